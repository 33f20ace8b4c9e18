"""What went wrong on the way, for both HTTP clients: an httpx failure named as one of a few
kinds a person can act on (a proxy, the name lookup, the certificate, a time-out, the
connection). Stripe's client and the team vault's each word them for their own service."""

from __future__ import annotations

import enum
import socket
import ssl
import urllib.request
from urllib.parse import urlsplit

from linkwizard.net.http import httpx
from linkwizard.net.transport import is_loopback_url


class Failure(enum.Enum):
    PROXY = "proxy"  # the proxy the environment names did not work
    TIMEOUT = "timeout"
    TLS = "tls"  # the certificate could not be verified
    DNS = "dns"  # the name could not be looked up
    CONNECTION = "connection"  # refused, unreachable
    BAD_URL = "bad url"  # not an address httpx can use
    DROPPED = "dropped"  # the connection ended part-way


def failure_of(exc: httpx.HTTPError, url: str) -> Failure:
    if isinstance(exc, httpx.ProxyError):
        return Failure.PROXY
    if isinstance(exc, httpx.TimeoutException):
        return Failure.PROXY if isinstance(exc, httpx.ConnectTimeout) and proxy_for(url) else Failure.TIMEOUT
    if isinstance(exc, httpx.ConnectError):
        if caused_by(exc, ssl.SSLError) or "CERTIFICATE_VERIFY_FAILED" in str(exc):
            return Failure.TLS
        if proxy_for(url):
            return Failure.PROXY
        if caused_by(exc, socket.gaierror) or looks_like_dns(str(exc)):
            return Failure.DNS
        return Failure.CONNECTION
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return Failure.BAD_URL
    return Failure.DROPPED


def caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    """`exc` is a `kind`, or was raised while handling one, however deep."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def looks_like_dns(text: str) -> bool:
    lowered = text.lower()
    return any(sign in lowered for sign in (
        "name or service not known", "temporary failure in name resolution",
        "nodename nor servname", "getaddrinfo failed", "no address associated"))


def proxy_for(url: str) -> bool:
    """Whether the environment routes `url` through a proxy (as httpx will); loopback never."""
    if is_loopback_url(url):
        return False
    parts = urlsplit(url)
    proxies = urllib.request.getproxies()
    if not (proxies.get(parts.scheme) or proxies.get("all")):
        return False
    return not urllib.request.proxy_bypass(parts.hostname or "")
