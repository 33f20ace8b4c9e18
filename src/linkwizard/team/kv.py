"""The team vault's KV v2 requests, described once: the paths of an entry's data and metadata,
the headers every request carries, the field the key is kept in, the time-outs, and what a
read of the current version answers. The full client (`vault.Session`, httpx) and `exec`'s
quick reader (`direct.read_current`, the standard library) both build their requests here, so
they send the same request (tests/unit/team/test_kv.py records both).

Pure: no I/O."""

from __future__ import annotations

from urllib.parse import quote

from linkwizard.net.transport import USER_AGENT
from linkwizard.team.settings import Settings

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

SECRET_FIELD = "api_key"  # the entry's data: {"api_key": "sk_..."}
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 15.0  # for each wait on the socket


def data_path(settings: Settings, name: str) -> str:
    """`<mount>/data/<prefix>/<name>`: the key, by version (below /v1/)."""
    return f"{settings.mount}/data/{settings.prefix}/{quote(name, safe='')}"


def metadata_path(settings: Settings, name: str) -> str:
    """`<mount>/metadata/<prefix>/<name>`: the versions and who wrote them, never the key."""
    return f"{settings.mount}/metadata/{settings.prefix}/{quote(name, safe='')}"


def headers(settings: Settings, token: str | None = None) -> dict[str, str]:
    """What every request says: JSON, no compression, the vault's anti-CSRF header, the
    namespace (Vault Enterprise) and, once logged in, the token."""
    made = {"User-Agent": USER_AGENT, "Accept": "application/json", "Accept-Encoding": "identity",
            "X-Vault-Request": "true"}
    if settings.namespace:
        made["X-Vault-Namespace"] = settings.namespace
    if token:
        made["X-Vault-Token"] = token
    return made


def current(body: Any) -> tuple[str, int, dict[str, Any]] | None:
    """A read's answer as (key, version, metadata), or None when it holds no usable key:
    `{"data": {"data": {"api_key": ...}, "metadata": {"version": N, ...}}}`."""
    data = body.get("data") if isinstance(body, dict) else None
    secret = data.get("data") if isinstance(data, dict) else None
    metadata = data.get("metadata") if isinstance(data, dict) else None
    key = secret.get(SECRET_FIELD) if isinstance(secret, dict) else None
    version = metadata.get("version") if isinstance(metadata, dict) else None
    if not isinstance(key, str) or not key or not isinstance(version, int) or isinstance(version, bool):
        return None
    assert isinstance(metadata, dict)
    return key, version, metadata
