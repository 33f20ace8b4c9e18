"""What every HTTP client of this program shares: where trust comes from, what counts as this
computer, and how much of an answer is read before it is refused."""

from __future__ import annotations

import ipaddress
import os
import socket
import zlib
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from linkwizard import __version__

TYPE_CHECKING = False
if TYPE_CHECKING:
    import ssl

    import httpx

MAX_BODY_BYTES = 1024 * 1024
USER_AGENT = f"linkwizard/{__version__}"  # to Stripe and to the team vault alike


@dataclass(frozen=True)
class Reply:
    """An answer read in full: its status, its body parsed (None when there was none), and the
    request id when the service gives one (Stripe's `Request-Id`, for support)."""

    status: int
    body: Any
    request_id: str | None = None


class BodyRefused(Exception):
    """An answer too large, or compressed in a way this program does not read. The message is
    a short description for the log; it never holds any of the body."""


async def read_body(response: httpx.Response) -> bytes:
    """The body, bounded before and after decoding (a small compressed body may inflate to
    gigabytes); raises BodyRefused."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_raw():  # as sent, not decoded
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise BodyRefused("response body over 1 MiB")
        chunks.append(chunk)
    raw = b"".join(chunks)
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding in ("", "identity"):  # what every request asks for
        return raw
    decoded = inflate(raw, encoding)
    if decoded is None:
        shown = encoding if encoding.isascii() and encoding.replace("-", "").isalnum() and len(encoding) < 20 \
            else "encoded"
        raise BodyRefused(f"undecodable or oversized {shown} body")
    return decoded


def inflate(raw: bytes, encoding: str) -> bytes | None:
    """One layer of gzip or deflate, stopped at MAX_BODY_BYTES of output; None if that is
    exceeded, the data is damaged, or the encoding is anything else (`gzip, gzip` included)."""
    wbits = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}.get(encoding)
    if wbits is None:
        return None
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(raw, MAX_BODY_BYTES + 1)
    except zlib.error:
        return None
    if len(out) > MAX_BODY_BYTES or not inflater.eof:
        return None
    return out


def trust_context(ca_file: str | None = None) -> ssl.SSLContext:
    """The system's trust store (through `truststore`), with SSL_CERT_FILE's certificates and
    then `ca_file`'s added when given. Verification is never switched off."""
    import ssl  # only where a request goes out: ssl is slow to load

    import truststore

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    for extra in (os.environ.get("SSL_CERT_FILE"), ca_file):
        if extra:
            context.load_verify_locations(cafile=extra)
    return context


def is_loopback_host(host: str) -> bool:
    """A loopback address, or `localhost` while it resolves to loopback addresses only (a
    resolver that answered it from the network would get secrets in clear)."""
    if host.lower().rstrip(".") == "localhost":
        try:
            found = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
        except OSError:
            return False
        return bool(found) and all(ipaddress.ip_address(str(info[4][0]).split("%")[0]).is_loopback
                                   for info in found)
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_loopback_url(url: str) -> bool:
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    return host is not None and is_loopback_host(host)
