"""One read of a team key without loading httpx: `exec`'s path when all is well.

`exec` reads one key and hands it over; importing httpx (and asyncio) for that one request
cost 60 ms, half of what `exec` of a keyring account takes in all (benchmarks: team exec).
This path sends the same GET with the standard library under the same rules, and only for
the ordinary case: it declines (returns None) whenever anything is out of the ordinary (a
proxy in the environment, a redirect, an encoded body, any status but 200, a network error),
and the full client (`vault.Session`) then makes the request again and says what happened.
So every refusal, fault and message has one owner.
"""

from __future__ import annotations

import http.client
import json
import os
from typing import Any
from urllib.parse import quote, urlsplit

from linkwizard import __version__
from linkwizard.net import transport
from linkwizard.team.settings import Settings

PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 15.0


def read_current(settings: Settings, token: str, name: str) -> tuple[str, int] | None:
    """The current version's key and its number, or None: ask the full client instead."""
    parts = urlsplit(settings.address)
    loopback = transport.is_loopback_url(settings.address)
    if not loopback and any(os.environ.get(variable) for variable in PROXY_VARIABLES):
        return None  # proxies and NO_PROXY are httpx's to honour
    host, port = parts.hostname or "", parts.port
    connection: http.client.HTTPConnection
    if parts.scheme == "https":
        try:
            context = transport.trust_context(settings.ca_cert)
        except (OSError, ValueError):
            return None
        connection = http.client.HTTPSConnection(host, port, timeout=CONNECT_TIMEOUT, context=context)
    else:
        connection = http.client.HTTPConnection(host, port, timeout=CONNECT_TIMEOUT)
    headers = {"X-Vault-Token": token, "X-Vault-Request": "true", "Accept": "application/json",
               "Accept-Encoding": "identity", "User-Agent": f"linkwizard/{__version__}"}
    if settings.namespace:
        headers["X-Vault-Namespace"] = settings.namespace
    path = f"/v1/{settings.mount}/data/{settings.prefix}/{quote(name, safe='')}"
    try:
        connection.connect()
        if connection.sock is not None:
            connection.sock.settimeout(READ_TIMEOUT)
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        encoding = (response.getheader("Content-Encoding") or "").strip().lower()
        if response.status != 200 or encoding not in ("", "identity"):
            return None
        raw = response.read(transport.MAX_BODY_BYTES + 1)
    except (OSError, http.client.HTTPException):
        return None  # the full client says which network trouble it was
    finally:
        connection.close()
    if len(raw) > transport.MAX_BODY_BYTES:
        return None
    return _key_in(raw)


def _key_in(raw: bytes) -> tuple[str, int] | None:
    try:
        body: Any = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    data = body.get("data") if isinstance(body, dict) else None
    secret = data.get("data") if isinstance(data, dict) else None
    metadata = data.get("metadata") if isinstance(data, dict) else None
    key = secret.get("api_key") if isinstance(secret, dict) else None
    version = metadata.get("version") if isinstance(metadata, dict) else None
    if not isinstance(key, str) or not key or not isinstance(version, int) or isinstance(version, bool):
        return None
    return key, version
