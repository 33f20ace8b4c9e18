"""Finding the plaintext keys: the Stripe CLI's files (both layouts and the migration's copy),
its credentials fallback, this process's environment and the .env files a person names, each
also searched as text."""

from __future__ import annotations

import datetime
import json
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from linkwizard.domain import untrusted
from linkwizard.domain.keys import (
    PUBLISHABLE_PREFIXES,
    SECRET_KEY_IN_TEXT,
    KeyKind,
    classify,
    environment_of,
    key_hint,
)
from linkwizard.domain.problems import ProblemKind, problem
from linkwizard.secrets.plaintext.candidates import (
    _DOTENV_LINE,
    _KEY_LIKE,
    _PROFILES_TABLE,
    MIGRATION_BACKUP_SUFFIX,
    PUBLISHABLE_FIELDS,
    SECRET_FIELDS,
    Candidate,
    Origin,
    Scan,
    Unreadable,
    UnreadableFile,
    _text,
    fingerprint,
    read_limited,
    stripe_cli_configs,
)


# -- finding ----------------------------------------------------------------------------------
def scan(environ: Mapping[str, str], dotenv: list[str] = [], stripe_config: str | None = None) -> Scan:  # noqa: B006
    """Every plaintext key in the Stripe CLI's files, the environment and the given .env files,
    numbered in a stable order (the numbers are what `import --pick` takes)."""
    found: list[Candidate] = []
    unreadable: list[Unreadable] = []
    searched: list[str] = []

    def read(path: Path, parse: Any, origin: Origin) -> None:
        searched.append(str(path))
        try:
            data = read_limited(path)
            text, digest = _text(data), fingerprint(data)
            found.extend(with_every_copy(list(parse(path, text, digest)), origin, path, text, digest))
        except FileNotFoundError:
            if path in explicit_files:
                unreadable.append(Unreadable(str(path), "does not exist"))
        except UnreadableFile as exc:
            unreadable.append(Unreadable(str(path), str(exc)))

    explicit_files = [Path(p).expanduser() for p in dotenv]
    for config in stripe_cli_configs(environ, stripe_config):
        read(config, _from_stripe_config, Origin.STRIPE_CLI)
        read(config.with_name(config.name + MIGRATION_BACKUP_SUFFIX), _from_stripe_config, Origin.STRIPE_CLI)
        read(config.with_name("credentials.json"), _from_credentials, Origin.STRIPE_CLI_CREDENTIALS)
    searched.append("environment")
    found.extend(_from_environment(environ))
    for path in explicit_files:
        read(path, _from_dotenv, Origin.DOTENV)
    numbered = [_numbered(c, i) for i, c in enumerate(found, start=1)]
    return Scan(tuple(numbered), tuple(unreadable), tuple(searched))


def with_every_copy(structured: list[Candidate], origin: Origin, path: Path, text: str,
                    digest: str) -> list[Candidate]:
    """The candidates a parser found in a file, each with every line that holds its key, and
    one more for each key found only as text (a comment, a URL, `Bearer sk_...`)."""
    copies = copies_in_text(text)
    refused_lines = {c.line for c in structured if not c.key}
    result = []
    for candidate in structured:
        lines = sorted({*copies.pop(candidate.key, []), *([candidate.line] if candidate.line else [])})
        result.append(replace(candidate, lines=tuple(lines)))
    lines_of_text = text.splitlines()
    for key, lines in copies.items():
        if key in {c.key for c in structured} or set(lines) <= refused_lines:
            continue
        first = lines[0]
        result.append(_candidate(origin, path, first, _entry_at(lines_of_text[first - 1], origin), key, digest,
                                 lines=tuple(lines), in_text=True))
    return result


def copies_in_text(text: str) -> dict[str, list[int]]:
    """Every usable secret key written out in `text`, with the lines (from 1) that hold it."""
    found: dict[str, list[int]] = {}
    for match in SECRET_KEY_IN_TEXT.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        lines = found.setdefault(match.group(0), [])
        if line not in lines:
            lines.append(line)
    return found


def _entry_at(line: str, origin: Origin) -> str:
    """What a key found as text is part of: a comment, a variable of a .env file, or text."""
    if line.lstrip().startswith("#"):
        return "comment"
    match = _DOTENV_LINE.fullmatch(line.rstrip("\r")) if origin is Origin.DOTENV else None
    return match["name"] if match else "text"


def _numbered(candidate: Candidate, number: int) -> Candidate:
    return replace(candidate, number=number)


def _candidate(origin: Origin, path: Path | None, line: int | None, name: str, value: str, digest: str = "",
               **facts: Any) -> Candidate:
    check = classify(value)
    refusal: str | None = None
    hint, environment, found = check.hint, check.environment, check.problem
    redacted = _REDACTED.fullmatch(value.strip()) is not None
    if redacted:
        refusal = "redacted: the Stripe CLI keeps only a hint here (the full key is in its own keyring)"
        hint, found = _redacted_hint(value.strip()), None
    elif check.key.startswith(PUBLISHABLE_PREFIXES):
        refusal = "a publishable key: it is public by design, so there is nothing to keep secret"
        hint = f"{check.key[:8]}...{check.key[-4:]}"
    elif check.kind is KeyKind.ORGANIZATION and found is None:
        found = problem(ProblemKind.KEY_ORGANIZATION)  # which account it acts on is not in the file
        refusal = "an organization key: link it with linkwizard connect --stripe-context acct_…"
    elif found is not None:
        refusal = found.message()
    environment = environment or environment_of(value)
    return Candidate(number=0, origin=origin, path=str(path) if path else None, line=line, entry=name,
                     hint=hint, environment=environment, kind=check.kind, refusal=refusal,
                     problem=found if refusal else None, redacted=redacted,
                     key=check.key if refusal is None else "", fingerprint=digest, **facts)


# How the Stripe CLI writes a key it keeps elsewhere: at most 8 characters, stars, the last 4
# (its RedactAPIKey). Anything else with a star in it is a (malformed) key, not a hint.
_REDACTED = re.compile(r"[A-Za-z0-9_]{0,8}\*+[A-Za-z0-9]{0,4}")


def _redacted_hint(value: str) -> str:
    """A redacted value's hint: the key's prefix (never more of the head) and its last 4."""
    head, _, tail = value.partition("*")
    prefix = key_hint(head + "0" * 8).removesuffix("...0000").removesuffix("...")
    return f"{prefix}...{tail.lstrip('*')[-4:]}"


_TOO_DEEP = "holds values nested too deeply to read (hundreds of levels); no Stripe CLI file looks like this"


def _from_stripe_config(path: Path, text: str, digest: str) -> Iterator[Candidate]:
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UnreadableFile(f"is not valid TOML ({exc}); fix or remove it, then scan again") from None
    except RecursionError:
        raise UnreadableFile(_TOO_DEEP) from None
    lines = text.splitlines()
    for name, table in _profiles(document):
        facts = {"profile": name, "display_name": _string(table.get("display_name")),
                 "account_id": _account_id(table.get("account_id"))}
        for key_field in (*SECRET_FIELDS, *PUBLISHABLE_FIELDS):
            value = table.get(key_field)
            if not isinstance(value, str) or not value.strip():
                continue
            mode = "live" if key_field.startswith("live_") else "test"
            expires = _string(table.get(f"{mode}_mode_key_expires_at")) if key_field in SECRET_FIELDS else None
            yield _candidate(Origin.STRIPE_CLI, path, _line_of(lines, key_field, value), f"{name}.{key_field}",
                             value, digest, expires_at=expires if expires and _is_date(expires) else None, **facts)


def _profiles(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, value in document.items():
        if not isinstance(value, dict):
            continue
        if name == _PROFILES_TABLE and all(isinstance(v, dict) for v in value.values()):
            yield from ((n, v) for n, v in value.items() if isinstance(v, dict))
        elif any(f in value for f in (*SECRET_FIELDS, *PUBLISHABLE_FIELDS)):
            yield name, value


def _string(value: Any) -> str | None:
    return untrusted.plain_text(value) if isinstance(value, str) and value.strip() else None


def _account_id(value: Any) -> str | None:
    return untrusted.account_id(value.strip()) if isinstance(value, str) else None


def _is_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _line_of(lines: list[str], name: str, value: str) -> int | None:
    for number, line in enumerate(lines, start=1):
        if name in line and value in line:
            return number
    return None


def _from_credentials(path: Path, text: str, digest: str) -> Iterator[Candidate]:
    try:
        entries = json.loads(text)
    except ValueError:
        raise UnreadableFile("is not valid JSON") from None
    except RecursionError:
        raise UnreadableFile(_TOO_DEEP) from None
    if not isinstance(entries, dict):
        raise UnreadableFile("is not the Stripe CLI's credentials file (a JSON object)")
    lines = text.splitlines()
    for name, value in entries.items():
        if isinstance(name, str) and isinstance(value, str) and _KEY_LIKE.match(value.strip()):
            profile = name.split(".", 1)[0] if "." in name else None
            yield _candidate(Origin.STRIPE_CLI_CREDENTIALS, path, _line_of(lines, name, value), name, value, digest,
                             profile=profile)


def _from_environment(environ: Mapping[str, str]) -> Iterator[Candidate]:
    for name in sorted(environ):
        value = environ[name]
        if name.startswith("STRIPE") and _KEY_LIKE.match(value.strip()):
            yield _candidate(Origin.ENVIRONMENT, None, None, name, value)


def _from_dotenv(path: Path, text: str, digest: str) -> Iterator[Candidate]:
    first_line: dict[str, int] = {}
    found: list[tuple[int, str, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        match = _DOTENV_LINE.fullmatch(raw.rstrip("\r"))
        if match is None or raw.lstrip().startswith("#"):
            continue
        name, value = match["name"], dotenv_value(match["value"])
        if _KEY_LIKE.match(value):
            found.append((number, name, value))
        first_line.setdefault(name, number)
    last_line = {name: number for number, name, _ in found}
    for number, name, value in found:
        note = None
        if last_line[name] != number:
            note = f"{name} is set again on line {last_line[name]}; most loaders use the last one"
        elif first_line[name] != number:
            note = f"{name} was set before, on line {first_line[name]}; most loaders use this one"
        yield _candidate(Origin.DOTENV, path, number, name, value, digest, note=note)


def dotenv_value(raw: str) -> str:
    """The value as dotenv loaders read it: quotes removed, an unquoted ` # comment` dropped."""
    text = raw.strip()
    if text[:1] in ("'", '"'):
        quote = text[0]
        end = text.find(quote, 1)
        return text[1:end] if end > 0 else text[1:]
    return re.split(r"\s+#", text, maxsplit=1)[0].strip()


