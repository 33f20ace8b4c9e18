"""Many keys from the Secret Service at once: one connection, one encrypted session, and
the secrets `BULK_READ` at a time through the service's `GetSecrets`.

keyring reads one item at a time, six D-Bus calls and a key exchange each; at 1,000 accounts
the keyring daemon's share of the processor left the window waiting (docs/performance.md).
This reaches into secretstorage's helpers (`DBusAddressWrapper`, its constants) and decrypts
with `cryptography` itself, as secretstorage does: tests/unit/secrets/test_secret_service_bulk.py
and test_os_keyring.py hold it to what keyring would read.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from secretstorage.defines import SS_PATH, SS_PREFIX
from secretstorage.util import DBusAddressWrapper, open_session, unlock_objects

BULK_READ = 50  # keys per GetSecrets call: checks start after the first few, not the last


def read(backend: Any, wanted: set[str], service_name: str) -> Iterator[tuple[str, str]] | None:
    """Our items from the Secret Service over one connection and one encrypted session, as
    they are read; None when the keyring is not the Secret Service.

    Each item costs one call (its attributes, to know whose key it is); the secrets come
    `BULK_READ` at a time through the service's `GetSecrets`. Item by item, as keyring reads
    them, each key costs six calls, and at 1,000 accounts the keyring daemon's share of the
    processor left the window waiting for one."""
    if type(backend).__module__ != "keyring.backends.SecretService":
        return None
    service = backend

    def items() -> Iterator[tuple[str, str]]:
        collection = service.get_preferred_collection()  # unlocked, or KeyringLocked
        connection = collection.connection
        with closing(connection):
            found, = DBusAddressWrapper(collection.collection_path, SS_PREFIX + "Collection",
                                        connection).call("SearchItems", "a{ss}", {"service": service_name})
            secrets = DBusAddressWrapper(SS_PATH, SS_PREFIX + "Service", connection)
            session = None  # one session for every item: each costs a key exchange
            for start in range(0, len(found), BULK_READ):
                ours = {}
                for path in found[start:start + BULK_READ]:
                    username = dict(DBusAddressWrapper(path, SS_PREFIX + "Item", connection)
                                    .get_property("Attributes")).get("username")
                    if username in wanted:
                        wanted.discard(username)
                        ours[path] = username
                if not ours:
                    continue
                if unlock_objects(connection, list(ours)):
                    raise PermissionError("unlocking was dismissed")
                session = session or open_session(connection)
                answer, = secrets.call("GetSecrets", "aoo", list(ours), session.object_path)
                for path, username in ours.items():
                    yield username, decrypted(session, answer[path]).decode("utf-8")

    return items()


def decrypted(session: Any, secret: tuple[str, bytes, bytes, str]) -> bytes:
    """A Secret Service secret `(session, parameters, value, content type)` as plain bytes:
    AES-128-CBC with PKCS#7 padding under the session's key, the parameters being the IV."""
    if not session.encrypted:
        return bytes(secret[2])
    decryptor = Cipher(algorithms.AES(session.aes_key), modes.CBC(bytes(secret[1]))).decryptor()
    padded = decryptor.update(bytes(secret[2])) + decryptor.finalize()
    if not 1 <= padded[-1] <= 16:
        raise ValueError("bad padding")
    return padded[:-padded[-1]]
