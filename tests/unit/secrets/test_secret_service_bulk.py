"""The bulk read's own decryption: what the Secret Service's `dh-ietf1024-sha256-aes128-cbc-pkcs7`
session sends (AES-128-CBC, PKCS#7, the IV as the secret's parameters) comes back as the bytes
that were stored. The read itself runs against gnome-keyring in test_os_keyring.py."""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from linkwizard.secrets.secret_service_bulk import decrypted


@dataclass
class Session:
    encrypted: bool
    aes_key: bytes


def sealed(key: bytes, plain: bytes) -> tuple[str, bytes, bytes, str]:
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    value = encryptor.update(padder.update(plain) + padder.finalize()) + encryptor.finalize()
    return "/session", iv, value, "text/plain"


@pytest.mark.parametrize("length", [0, 1, 15, 16, 17, 40])
def test_a_sealed_secret_opens_to_what_was_stored(length: int) -> None:
    key = os.urandom(16)
    plain = bytes(range(length))
    assert decrypted(Session(True, key), sealed(key, plain)) == plain


def test_a_plain_session_hands_the_value_over() -> None:
    assert decrypted(Session(False, b""), ("/session", b"", b"value", "text/plain")) == b"value"


def test_bad_padding_is_refused_not_returned() -> None:
    key = os.urandom(16)
    _, iv, _, kind = sealed(key, b"x" * 16)
    other = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    broken = other.update(b"\x00" * 32) + other.finalize()  # a last byte of 0 is never padding
    with pytest.raises(ValueError, match="padding"):
        decrypted(Session(True, key), ("/session", iv, broken, kind))
