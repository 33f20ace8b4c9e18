"""Where the team vault is: address, KV v2 mount, path prefix, namespace, CA file. No secret."""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlsplit

from linkwizard.domain.problems import QT_TRANSLATE_NOOP, LinkwizardError, ProblemKind, problem
from linkwizard.net.transport import is_loopback_host

DEFAULT_MOUNT = "secret"
DEFAULT_PREFIX = "stripe"
# Each setting not given falls back to the variables the vault's own CLIs read, Vault's first.
ADDRESS_VARIABLES = ("VAULT_ADDR", "BAO_ADDR")
NAMESPACE_VARIABLES = ("VAULT_NAMESPACE", "BAO_NAMESPACE")
CA_VARIABLES = ("VAULT_CACERT", "BAO_CACERT")


@dataclass(frozen=True)
class Settings:
    address: str  # https://..., or http:// to this computer; no trailing slash
    mount: str = DEFAULT_MOUNT
    prefix: str = DEFAULT_PREFIX
    namespace: str | None = None  # sent as X-Vault-Namespace
    ca_cert: str | None = None  # a PEM file of the team's CA, added to the system's trust store

    def to_json(self) -> dict[str, Any]:
        return {name: value for name, value in asdict(self).items() if value is not None}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Settings:
        return build(data.get("address"), data.get("mount"), data.get("prefix"), data.get("namespace"),
                     data.get("ca_cert"), environ={})

    def entry_path(self, name: str) -> str:
        """The path of an entry under the mount: `<prefix>/<name>`."""
        return f"{self.prefix}/{name}"


def first_set(environ: Mapping[str, str], names: tuple[str, ...]) -> str | None:
    return next((environ[name].strip() for name in names if environ.get(name, "").strip()), None)


def build(address: Any, mount: Any = None, prefix: Any = None, namespace: Any = None, ca_cert: Any = None,
          environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from what was given, else the environment, else the defaults; each checked."""
    env = os.environ if environ is None else environ
    address = address or first_set(env, ADDRESS_VARIABLES)
    namespace = namespace or first_set(env, NAMESPACE_VARIABLES)
    ca_cert = ca_cert or first_set(env, CA_VARIABLES)
    if not isinstance(address, str) or not address.strip():
        raise LinkwizardError(problem(ProblemKind.TEAM_NOT_SET_UP, detail="no address"))
    return Settings(address=validate_address(address), mount=_segment(mount or DEFAULT_MOUNT, "mount"),
                    prefix=_segment(prefix or DEFAULT_PREFIX, "prefix"),
                    namespace=_segment(namespace, "namespace") if namespace else None,
                    ca_cert=_ca_file(ca_cert) if ca_cert else None)


def validate_address(url: str) -> str:
    """https:// to any host, http:// only to a loopback address; no credentials, query or
    fragment (a token never travels in an address)."""
    refused = LinkwizardError(problem(ProblemKind.TEAM_ADDRESS_REFUSED, detail="rejected vault address"))
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        _ = parts.port
    except ValueError:
        raise refused from None
    if not host or parts.username or parts.password or parts.query or parts.fragment \
            or parts.path.strip("/") not in ("",):
        raise refused
    if parts.scheme != "https" and not (parts.scheme == "http" and is_loopback_host(host)):
        raise refused
    return url.strip().rstrip("/")


def _segment(value: Any, setting: str) -> str:
    """A mount, prefix or namespace: path segments of letters, digits, - _ . separated by /."""
    text = value.strip().strip("/") if isinstance(value, str) else ""
    parts = text.split("/")
    if not text or any(not part or part in (".", "..") or not all(c.isascii() and (c.isalnum() or c in "-_.")
                                                                  for c in part) for part in parts):
        raise LinkwizardError(problem(
            ProblemKind.USAGE, title=QT_TRANSLATE_NOOP("problems", "The team vault's {setting} cannot be used"),
            advice=QT_TRANSLATE_NOOP("problems", "Use letters, digits, - _ and . separated by /, e.g. secret or "
                                     "team/stripe."),
            values={"setting": setting}, detail=f"bad {setting}"))
    return text


def _ca_file(path: Any) -> str:
    text = os.path.abspath(os.path.expanduser(str(path)))
    if not os.path.isfile(text):
        raise LinkwizardError(problem(
            ProblemKind.USAGE, title=QT_TRANSLATE_NOOP("problems", "The CA file was not found"),
            advice=QT_TRANSLATE_NOOP("problems", "Give the path of a PEM file with your team's CA certificate."),
            detail="ca file missing"))
    _only_yours(text)
    return text


def _only_yours(path: str) -> None:
    """The CA file decides which vault is trusted: it and every folder above it must belong to
    this user or root and be writable by no one else (a shared folder with the sticky bit,
    such as /tmp, protects what is yours in it)."""
    if not hasattr(os, "geteuid"):
        return  # Windows: the file's ACL is the system's business
    owners = (os.geteuid(), 0)
    refused = LinkwizardError(problem(ProblemKind.TEAM_CA_UNSAFE, values={"path": path}, detail="ca file unsafe"))
    found = os.stat(path)
    if found.st_uid not in owners or found.st_mode & 0o022:
        raise refused
    folder = os.path.dirname(path)
    while True:
        found = os.stat(folder)
        if found.st_uid not in owners or (found.st_mode & 0o022 and not found.st_mode & stat.S_ISVTX):
            raise refused
        parent = os.path.dirname(folder)
        if parent == folder:
            return
        folder = parent
