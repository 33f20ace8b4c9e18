from __future__ import annotations

import json
import multiprocessing
import uuid
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

import keyring
import pytest

from linkwizard.domain import records
from linkwizard.domain.account import Account, Health, clean_name, default_name, new_account_id, now_iso
from linkwizard.domain.keys import Environment, KeyKind, key_hint
from linkwizard.domain.problems import LinkwizardError, ProblemKind
from linkwizard.secrets.os_keyring import SERVICE, OSKeyring
from linkwizard.store.accounts import AccountStore
from linkwizard.usecases.linking import save_new
from linkwizard.usecases.services import Services
from support.fake_stripe import make_key
from support.sandbox import Home


def make_account(name: str = "Demo", environment: Environment = Environment.TEST) -> tuple[Account, str]:
    key = make_key("sk", environment.key_mode)
    account = Account(id=new_account_id(), name=name, environment=environment, key_kind=KeyKind.SECRET,
                      key_hint=key_hint(key), created_at=now_iso())
    return account, key


@pytest.fixture
def store(home: Home) -> AccountStore:
    return AccountStore(home.data_dir)


def test_add_writes_only_the_record(store: AccountStore) -> None:
    account, _key = make_account()
    store.add(account)
    assert store.load() == [account]
    assert keyring.get_password(SERVICE, account.id) is None  # keys are linking's and the keyring's
    assert json.loads(store.path.read_text())["schema_version"] == 1
    assert oct(store.path.stat().st_mode & 0o777) == "0o600"


def test_rename_find_and_remove_records(store: AccountStore) -> None:
    account, _ = make_account("Old name")
    store.add(account)
    assert store.rename("old NAME", "  New   name ").name == "New name"
    assert store.find(account.id).name == "New name"
    other, _ = make_account("Other")
    store.add(other)
    with pytest.raises(LinkwizardError):
        store.rename("Other", "new name")
    assert store.remove("New name") == replace(account, name="New name")
    assert [a.name for a in store.load()] == ["Other"]
    with pytest.raises(LinkwizardError) as raised:
        store.find("New name")
    assert raised.value.problem.kind is ProblemKind.ACCOUNT_NOT_FOUND


def test_update_changes_one_record(store: AccountStore) -> None:
    account, _ = make_account()
    store.add(account)
    store.update(account.id, lambda a: replace(a, status=Health.UNREACHABLE, status_reason="x"))
    assert store.load()[0].status is Health.UNREACHABLE


_GOOD = {"id": "lw_0123456789abcdef", "name": "Shop", "environment": "test", "key_kind": "secret",
         "key_hint": "sk_test_...abcd", "created_at": "2026-11-26T10:00:00Z"}
DAMAGED = {
    "empty file": b"",
    "truncated JSON": json.dumps({"schema_version": 1, "accounts": [_GOOD]}).encode()[:-7],
    "not an object": b"[]",
    "schema version 0": b'{"schema_version": 0, "accounts": []}',
    "schema version as text": b'{"schema_version": "1", "accounts": []}',
    "wrong type for a field": json.dumps({"schema_version": 1, "accounts": [dict(_GOOD, name=5)]}).encode(),
    "wrong enum value": json.dumps({"schema_version": 1, "accounts": [dict(_GOOD, environment="staging")]}).encode(),
    "unknown top-level field": b'{"schema_version": 1, "accounts": [], "extra": true}',
    "unknown account field": json.dumps({"schema_version": 1, "accounts": [dict(_GOOD, key="sk")]}).encode(),
    "not UTF-8": b"\xff\xfe",
    "an account without an id": b'{"schema_version": 1, "accounts": [{"id": 5}]}',
}


def test_the_good_record_used_below_is_valid(store: AccountStore) -> None:
    store.directory.mkdir(parents=True)
    store.path.write_text(json.dumps({"schema_version": 1, "accounts": [_GOOD]}))
    assert [a.name for a in store.load()] == ["Shop"]


@pytest.mark.parametrize("content", list(DAMAGED.values()), ids=list(DAMAGED))
def test_damaged_files_are_kept_aside_and_reported(store: AccountStore, content: bytes) -> None:
    store.directory.mkdir(parents=True)
    store.path.write_bytes(content)
    with pytest.raises(LinkwizardError) as raised:
        store.load()
    assert raised.value.problem.kind is ProblemKind.STORE_CORRUPT
    kept = list(store.directory.glob("accounts.json.corrupt-*"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == content
    assert store.load() == []  # the next start begins empty, the damaged copy stays
    assert kept[0].read_bytes() == content


@pytest.mark.parametrize("raw", ["", "   ", "a" * 65, "tab\there\x00", "bell\x07", "rtl\u202eevil"])
def test_bad_names_are_refused(raw: str) -> None:
    with pytest.raises(LinkwizardError) as raised:
        clean_name(raw)
    assert raised.value.problem.kind is ProblemKind.NAME_INVALID


def test_default_names_count_up() -> None:
    assert default_name(Environment.TEST, []) == "Stripe (Test)"
    assert default_name(Environment.TEST, ["stripe (test)"]) == "Stripe (Test) 2"
    assert default_name(Environment.PRODUCTION, ["Stripe (Test)"]) == "Stripe (Live)"


def _add_many(directory: str, prefix: str, count: int) -> None:
    services = Services(store=AccountStore(Path(directory)), keyring=OSKeyring(), api_base="http://127.0.0.1:9")
    for number in range(count):
        account, key = make_account(f"{prefix} {number}")
        save_new(account, key, services)


def test_two_processes_adding_at_once_lose_nothing(store: AccountStore) -> None:
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_add_many, args=(str(store.directory), f"p{n}-{uuid.uuid4().hex[:4]}",
                                                         50)) for n in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    accounts = store.load()
    assert len(accounts) == 100
    local_keyring = OSKeyring()
    for account in accounts:
        local_keyring.delete(account.id)


def test_xdg_folders_match_platformdirs(home: Home) -> None:
    """linkwizard computes the XDG folders itself (to start faster); they must agree."""
    import platformdirs

    from linkwizard.store import paths

    assert paths.data_dir() == Path(platformdirs.user_data_dir("linkwizard", appauthor=False))
    assert paths.log_dir() == Path(platformdirs.user_log_dir("linkwizard", appauthor=False))
    assert paths.data_dir() == home.data_dir
    assert paths.log_dir() == home.log_dir


# reading in pieces (docs/performance.md: the window's thread is not kept waiting) ------------

def _document(*accounts: Mapping[str, object], spacing: int | None = 2) -> str:
    return json.dumps({"schema_version": 1, "accounts": list(accounts)}, indent=spacing)


_OTHER = dict(_GOOD, id="lw_00000000000000ff", name="Other", permissions=[
    {"resource": "balance", "access": "read", "permission": None}])
_READABLE = [
    _document(), _document(_GOOD), _document(_GOOD, _OTHER), _document(_GOOD, _OTHER, spacing=None),
    '\r\n {"accounts" :[ ], "schema_version":1 } \t',
    '{"accounts": [' + json.dumps(_GOOD) + ' ,\n' + json.dumps(_OTHER) + '], "schema_version": 1}',
]
_UNREADABLE = [
    '', '{', '[]', '"text"', '{}', '{"schema_version": 1}', '{"accounts": []}',
    '{"schema_version": 1 "accounts": []}',
    '{"schema_version": 1, "accounts": []}}', '{"schema_version": 1, "accounts": []} x',
    '{"schema_version": 1, "accounts": [,]}', '{"schema_version": 1, "accounts": [' + json.dumps(_GOOD) + ',]}',
    '{"schema_version": 1, "accounts": [' + json.dumps(_GOOD) + ' ' + json.dumps(_OTHER) + ']}',
    '{"schema_version": 1, "accounts": [' + json.dumps(_GOOD) + ']', "{'schema_version': 1, 'accounts': []}",
    '{"schema_version": 1, "accounts": {}}', '{"schema_version": true, "accounts": []}',
    '{"schema_version": 1, "accounts": [' + json.dumps(_GOOD) + ', ' + json.dumps(_GOOD) + ']}',
    '{"schema_version": 1, "accounts": [[[[' * 1000,
    *(content.decode("utf-8", "replace") for content in DAMAGED.values()),
]


def test_reading_record_by_record_refuses_a_name_given_twice() -> None:
    """json.loads keeps the second; the app never writes a file so, and does not guess."""
    with pytest.raises(ValueError, match="not an account list"):
        list(records.read_document('{"schema_version": 1, "accounts": [], "schema_version": 1}'))


@pytest.mark.parametrize("text", _READABLE)
def test_reading_record_by_record_reads_what_the_whole_document_gives(text: str) -> None:
    assert list(records.read_document(text)) == records.validate_document(json.loads(text))


@pytest.mark.parametrize("text", _UNREADABLE)
def test_reading_record_by_record_refuses_what_the_whole_document_refuses(text: str) -> None:
    with pytest.raises((ValueError, RecursionError)):
        records.validate_document(json.loads(text))
    with pytest.raises((ValueError, RecursionError)):
        list(records.read_document(text))


def test_both_readers_name_a_newer_list_and_neither_calls_it_damaged() -> None:
    """A higher schema version is another release's file (test_newer_file.py), not damage."""
    text = '{"written_by": "0.9.0", "schema_version": 2, "accounts": [{"a field of the future": 1}]}'
    for read in (lambda: records.validate_document(json.loads(text)),
                 lambda: list(records.read_document(text))):
        with pytest.raises(records.NewerFile) as raised:
            read()
        assert raised.value.written_by == "0.9.0"
        assert raised.value.schema_version == 2


def test_loading_gives_way_after_each_record(store: AccountStore) -> None:
    store.directory.mkdir(parents=True)
    store.path.write_text(json.dumps({"schema_version": 1, "accounts": [
        dict(_GOOD, id=f"lw_{number:016x}") for number in range(5)]}))
    calls: list[None] = []
    assert len(store.load(lambda: calls.append(None))) == 5
    assert len(calls) == 5


def test_the_file_keeps_one_account_a_line(store: AccountStore) -> None:
    """Easy to read and to diff, and written by json's fast encoder."""
    accounts = [make_account(f"Shop {n}")[0] for n in range(3)]
    for account in accounts:
        store.add(account)
    lines = store.path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == '{"schema_version": 1, "accounts": ['
    assert lines[-1] == "]}"
    assert [json.loads(line.rstrip(","))["name"] for line in lines[1:-1]] == ["Shop 0", "Shop 1", "Shop 2"]
    assert store.load() == accounts
