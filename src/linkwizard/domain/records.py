"""An account record as it is stored: its fields and the rule each must meet.

The one place that says what a valid record is. `accounts.Account.from_json` builds the
account from what `validate` returns; `listing` prints `accounts --json` from it directly,
without the classes, so that command answers about as fast as Python starts. Deliberately
light: no dataclasses, enums or pathlib here.
"""

from __future__ import annotations

from linkwizard.domain import untrusted

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

SCHEMA_VERSION = 1  # later fields are optional, so version 1 files stay readable
# The release that wrote the file, beside its schema version: how an older release names the
# newer one it must not overwrite. Read from version 1 on; written once the schema changes (the
# first release, 0.1.0, refuses any top-level key it does not know).
WRITTEN_BY = "written_by"
DOCUMENT_KEYS = frozenset({"schema_version", "accounts", WRITTEN_BY})


class NewerFile(Exception):
    """The account list was written by a newer linkwizard (a higher schema version): it is read
    by nothing here and changed by nothing here."""

    def __init__(self, schema_version: int, written_by: str | None) -> None:
        super().__init__(f"schema version {schema_version} is newer than {SCHEMA_VERSION}")
        self.schema_version = schema_version
        self.written_by = written_by

# The file keeps one stable key order: Account's fields, in this order (accounts.py checks).
FIELD_ORDER = (
    "id", "name", "environment", "key_kind", "key_hint", "created_at", "stripe_account_id", "display_name",
    "last_verified_at", "status", "status_reason", "auth_failures", "last_http_status", "last_stripe_code",
    "last_request_id", "permissions", "permissions_checked_at", "requested_scopes", "key_expires_at",
    "stripe_context", "store", "team_address", "team_mount", "team_path", "team_version", "offline_copy",
)
# Where the key lives: the OS keyring (every record written before teams, and the default), or
# the team vault at team_address, KV v2 mount team_mount, path team_path under it. A keyring
# record is written without the team fields, so the release before teams still reads the file.
STORES = ("keyring", "team")
TEAM_FIELDS = ("store", "team_address", "team_mount", "team_path", "team_version", "offline_copy")
FIELD_NAMES = frozenset(FIELD_ORDER)
# What `accounts --json` shows of each account (never the key).
PUBLIC_FIELDS = ("id", "name", "environment", "key_kind", "key_hint", "stripe_account_id", "display_name",
                 "status", "status_reason", "created_at", "last_verified_at", "key_expires_at", "stripe_context",
                 "store", "team_path", "team_version")

# The values a record may hold. The enums (keys.Environment, keys.KeyKind, accounts.Health,
# permissions.Access) are built from these, member by member in this order.
ENVIRONMENTS = ("production", "test")
KEY_KINDS = ("secret", "restricted", "organization")
STATUSES = ("ok", "needs_attention", "unreachable", "unknown")
ACCESS = ("read", "none", "unknown")
RESOURCE_NAMES = ("customers", "charges", "payment_intents", "refunds", "disputes", "invoices", "subscriptions",
                  "products", "prices", "payouts", "balance", "events", "checkout_sessions")
SCOPE_NAMES = ("customers", "charges", "payment_intents", "refunds", "disputes", "invoices", "subscriptions",
               "products", "payouts", "balance", "checkout_sessions", "events")


def validate(data: Any) -> dict[str, Any]:
    """A record's fields, checked strictly and cleaned (server text loses unsafe characters,
    ids must have their exact shape); a wrong type, value or unknown field raises ValueError."""
    if not isinstance(data, dict):
        raise ValueError("account is not an object")
    unknown = set(data) - FIELD_NAMES
    if unknown:
        raise ValueError(f"unknown fields {sorted(unknown)}")
    try:
        return {
            "id": _text(data["id"]), "name": _text(data["name"]),
            "environment": _one_of(data["environment"], ENVIRONMENTS, "environment"),
            "key_kind": _one_of(data["key_kind"], KEY_KINDS, "key_kind"),
            "key_hint": _text(data["key_hint"]), "created_at": _text(data["created_at"]),
            "stripe_account_id": untrusted.account_id(_optional_text(data.get("stripe_account_id"))),
            "display_name": untrusted.plain_text(_optional_text(data.get("display_name"))),
            "last_verified_at": _optional_text(data.get("last_verified_at")),
            "status": _one_of(data.get("status", "unknown"), STATUSES, "status"),
            "status_reason": _optional_text(data.get("status_reason")),
            "auth_failures": _count(data.get("auth_failures", 0)),
            "last_http_status": _optional_count(data.get("last_http_status")),
            "last_stripe_code": untrusted.code(_optional_text(data.get("last_stripe_code"))),
            "last_request_id": untrusted.request_id(_optional_text(data.get("last_request_id"))),
            "permissions": _permissions(data.get("permissions")),
            "permissions_checked_at": _optional_text(data.get("permissions_checked_at")),
            "requested_scopes": _scopes(data.get("requested_scopes")),
            "key_expires_at": _date(data.get("key_expires_at")),
            "stripe_context": _context(data.get("stripe_context")),
            **_place(data),
        }
    except KeyError as exc:
        raise ValueError(f"missing field {exc}") from None


def validate_document(document: Any) -> list[dict[str, Any]]:
    """Every record of a whole account list (`{"schema_version": 1, "accounts": [...]}`), parsed
    already: what `read_document` gives record by record, and the tests' reference for it."""
    _refuse_if_newer(document)
    if not isinstance(document, dict) or not {"schema_version", "accounts"} <= set(document) <= DOCUMENT_KEYS:
        raise ValueError("not an account list")
    _check_version(document["schema_version"], document)
    if not isinstance(document["accounts"], list):
        raise ValueError("accounts is not a list")
    return _unique([validate(item) for item in document["accounts"]])


def _check_version(version: Any, document: Any = None) -> None:
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError(f"schema version {version!r} is not {SCHEMA_VERSION}")
    if version > SCHEMA_VERSION:
        raise NewerFile(version, _written_by(document))
    if version != SCHEMA_VERSION:
        raise ValueError(f"schema version {version!r} is not {SCHEMA_VERSION}")


def _refuse_if_newer(document: Any) -> None:
    """NewerFile for a whole document a newer linkwizard wrote, whatever else it holds: a
    newer writer may add or rename anything but the version."""
    version = document.get("schema_version") if isinstance(document, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        raise NewerFile(version, _written_by(document))


def _written_by(document: Any) -> str | None:
    """The writer's version, when it looks like one (it is shown in a message)."""
    value = document.get(WRITTEN_BY) if isinstance(document, dict) else None
    if isinstance(value, str) and 0 < len(value) <= 32 and all(c.isalnum() or c in ".-+~" for c in value):
        return value
    return None


def _unique(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if len({r["id"] for r in records}) != len(records):
        raise ValueError("duplicate account ids")
    return records


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError("expected a non-empty string")
    return value


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def _one_of(value: Any, allowed: tuple[str, ...], name: str) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise ValueError(f"{name} is not one of {sorted(allowed)}")
    return value


def _context(value: Any) -> str | None:
    text = _optional_text(value)
    if text is not None and not all(untrusted.account_id(part) for part in text.split("/")):
        raise ValueError("stripe_context is not an account id or path")
    return text


def _place(data: dict[str, Any]) -> dict[str, Any]:
    """Where the key lives: a team record names its vault, mount and path; a keyring record
    names none of them."""
    store = _one_of(data.get("store", "keyring"), STORES, "store")
    offline = data.get("offline_copy", False)
    if not isinstance(offline, bool):
        raise ValueError("offline_copy is not true or false")
    place = {"store": store, "team_address": _optional_text(data.get("team_address")),
             "team_mount": _optional_text(data.get("team_mount")), "team_path": _optional_text(data.get("team_path")),
             "team_version": _optional_count(data.get("team_version")), "offline_copy": offline}
    if store == "team":
        if place["team_address"] is None or place["team_mount"] is None or place["team_path"] is None:
            raise ValueError("a team record needs team_address, team_mount and team_path")
    elif any(place[name] is not None for name in ("team_address", "team_mount", "team_path", "team_version")) \
            or offline:
        raise ValueError("a keyring record has team fields")
    return place


def _date(value: Any) -> str | None:
    text = _optional_text(value)
    if text is not None:
        import datetime

        datetime.date.fromisoformat(text)  # ValueError: not a date
    return text


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("expected a count")
    return value


def _optional_count(value: Any) -> int | None:
    return None if value is None else _count(value)


def _permissions(value: Any) -> list[dict[str, Any]] | None:
    """The last probe: [{"resource", "access", "permission"}] with known resources."""
    if value is None:
        return None
    if not isinstance(value, list):
        raise ValueError("permissions is not a list")
    for item in value:
        if not isinstance(item, dict) or set(item) != {"resource", "access", "permission"}:
            raise ValueError("permission check is not an object with resource, access, permission")
        resource, permission = item["resource"], item["permission"]
        if not isinstance(resource, str) or resource not in RESOURCE_NAMES:
            raise ValueError(f"unknown resource {resource!r}")
        _one_of(item["access"], ACCESS, "access")
        if permission is not None and not (isinstance(permission, str) and permission.startswith("rak_")):
            raise ValueError("permission is not a rak_ name")
    return value


def _scopes(value: Any) -> list[str] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) and v in SCOPE_NAMES for v in value):
        raise ValueError("requested_scopes is not a list of known scopes")
    return value


_SPACE = frozenset(" \t\n\r")  # JSON's whitespace


def read_document(text: str) -> Iterator[dict[str, Any]]:
    """What `validate_document(json.loads(text))` returns, one record at a time as the text is
    read; ValueError (or RecursionError) as soon as the text is not a valid account list.

    Between two records the caller may do what it likes (a reader beside a window lets the
    window have the interpreter there: one `json.loads` of 1,000 accounts holds it for 10 ms,
    longer than a frame). And no moment holds every record twice over, as parsed JSON and as
    accounts. A name given twice is refused (the file is never written so; `json.loads` would
    keep the second).

    A whole JSON document with a newer schema version is NewerFile wherever its version
    stands, as in `validate_document`; one cut short or broken is damaged, whoever wrote it."""
    try:
        yield from _read_records(text)
    except (ValueError, RecursionError):
        _refuse_if_newer(_whole(text))  # the failure path only: one whole parse to tell which
        raise


def _read_records(text: str) -> Iterator[dict[str, Any]]:
    import json

    decoder = json.JSONDecoder()
    index = _skip(text, 0)
    if not text.startswith("{", index):
        decoder.decode(text)  # JSONDecodeError, if it is not JSON at all
        raise ValueError("not an account list")
    names: set[str] = set()
    ids: set[str] = set()
    index = _skip(text, index + 1)
    if text.startswith("}", index):
        raise ValueError("not an account list")
    while True:
        if not text.startswith('"', index):
            raise json.JSONDecodeError("Expecting property name enclosed in double quotes", text, index)
        name, index = decoder.raw_decode(text, index)
        index = _expect(text, index, ":")
        if name in names or name not in DOCUMENT_KEYS:
            raise ValueError("not an account list")
        names.add(name)
        if name == "schema_version":
            version, index = decoder.raw_decode(text, index)
            if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
                raise ValueError("newer")  # read no further: `read_document` tells newer from damaged
            _check_version(version)
        elif name == WRITTEN_BY:
            _, index = decoder.raw_decode(text, index)
        elif not text.startswith("[", index):
            raise ValueError("accounts is not a list")
        elif text.startswith("]", index := _skip(text, index + 1)):
            index += 1
        else:
            while True:
                item, index = decoder.raw_decode(text, index)
                record = validate(item)
                if record["id"] in ids:
                    raise ValueError("duplicate account ids")
                ids.add(record["id"])
                yield record
                index = _skip(text, index)
                if text.startswith("]", index):
                    index += 1
                    break
                index = _expect(text, index, ",")
        index = _skip(text, index)
        if text.startswith("}", index):
            index += 1
            break
        index = _expect(text, index, ",")
    if _skip(text, index) != len(text):
        raise json.JSONDecodeError("Extra data", text, index)
    if not {"schema_version", "accounts"} <= names:
        raise ValueError("not an account list")


def _whole(text: str) -> Any:
    import json

    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _expect(text: str, index: int, delimiter: str) -> int:
    """Past `delimiter` and the space around it."""
    index = _skip(text, index)
    if not text.startswith(delimiter, index):
        import json

        raise json.JSONDecodeError(f"Expecting {delimiter!r} delimiter", text, index)
    return _skip(text, index + 1)


def _skip(text: str, index: int) -> int:
    while index < len(text) and text[index] in _SPACE:
        index += 1
    return index
