"""The use-case layer both front ends share: every change that touches a secret or an
account record goes through linking (the store holds records only)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import keyring
import pytest

from linkwizard.domain.account import Account, new_account_id, now_iso
from linkwizard.domain.keys import Environment, KeyKind, key_hint
from linkwizard.domain.problems import LinkwizardError, ProblemKind
from linkwizard.secrets.os_keyring import SERVICE, OSKeyring
from linkwizard.store import paths
from linkwizard.store.accounts import AccountStore
from linkwizard.usecases import linking, managing, verifying
from linkwizard.usecases.linking import LinkRequest
from linkwizard.usecases.services import Services, Stage
from support import fake_stripe as fs
from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Home

SRC = Path(__file__).resolve().parents[3] / "src" / "linkwizard"


def services(api_base: str = "http://127.0.0.1:9") -> Services:
    return Services(store=AccountStore(paths.data_dir()), keyring=OSKeyring(), api_base=api_base)


def make_account(name: str = "Shop") -> tuple[Account, str]:
    key = make_key()
    return Account(id=new_account_id(), name=name, environment=Environment.TEST, key_kind=KeyKind.SECRET,
                   key_hint=key_hint(key), created_at=now_iso()), key


class _SeesTheKeyring(AccountStore):
    """The real store, noting whether the keyring held the key when the record was added."""

    held_when_added: list[bool]

    def add(self, account: Account) -> Account:
        self.held_when_added.append(keyring.get_password(SERVICE, account.id) is not None)
        return super().add(account)


def test_save_new_writes_keyring_then_record(home: Home, api_base: str) -> None:
    account, key = make_account()
    store = _SeesTheKeyring(paths.data_dir())
    store.held_when_added = []
    try:
        assert linking.save_new(account, key, Services(store=store, keyring=OSKeyring(), api_base=api_base)) == account
        assert store.held_when_added == [True]  # the key was in the keyring before the record named it
        assert AccountStore(home.data_dir).load() == [account]
        assert keyring.get_password(SERVICE, account.id) == key
        assert key not in store.path.read_text()
        assert json.loads(store.path.read_text())["schema_version"] == 1
    finally:
        managing.remove(account.id, services())


def test_a_taken_name_stores_no_key(home: Home) -> None:
    first, key = make_account("Shop")
    linking.save_new(first, key, services())
    twin, twin_key = make_account("sHOP")
    with pytest.raises(LinkwizardError) as raised:
        linking.save_new(twin, twin_key, services())
    assert raised.value.problem.kind is ProblemKind.NAME_TAKEN
    assert keyring.get_password(SERVICE, twin.id) is None
    managing.remove(first.id, services())


class _FullDisk(AccountStore):
    """Fails where a full disk would: while writing the file."""

    def _write(self, accounts: list[Account]) -> None:
        import errno

        from linkwizard.store.accounts import _unwritable

        raise _unwritable(OSError(errno.ENOSPC, "No space left on device"))


def test_a_failed_record_write_undoes_the_keyring_entry(home: Home) -> None:
    account, key = make_account()
    with pytest.raises(LinkwizardError) as raised:
        linking.save_new(account, key, Services(_FullDisk(home.data_dir), OSKeyring(), "http://127.0.0.1:9"))
    assert raised.value.problem.kind is ProblemKind.STORE_UNWRITABLE
    assert keyring.get_password(SERVICE, account.id) is None


def test_rename_and_remove_go_through_linking(home: Home) -> None:
    account, key = make_account("Old name")
    linking.save_new(account, key, services())
    assert managing.rename("old NAME", "  New   name ", services()).name == "New name"
    with pytest.raises(LinkwizardError) as raised:
        managing.rename("New name", "bell\x07", services())
    assert raised.value.problem.kind is ProblemKind.NAME_INVALID
    managing.remove("New name", services())
    assert AccountStore(home.data_dir).load() == []
    assert keyring.get_password(SERVICE, account.id) is None


# one request, every option honoured ---------------------------------------------------------

def test_a_request_links_with_its_scopes_and_reports_each_stage(stripe: FakeStripe, home: Home) -> None:
    key = stripe.add_key(make_key("rk"), can_read={"/v1/customers", "/v1/invoices"})
    stages: list[Stage] = []
    request = LinkRequest(key, Environment.TEST, "Invoices", scopes=("customers", "invoices"))
    account = linking.link(request, services(stripe.url), on_stage=stages.append)
    assert account.name == "Invoices"
    assert account.requested_scopes == ("customers", "invoices")
    assert stages == [Stage.CHECKING, Stage.CONTACTING, Stage.PERMISSIONS, Stage.SAVING]
    assert key[8:] not in repr(request)


def test_allow_other_account_is_honoured_when_linking(stripe: FakeStripe, home: Home) -> None:
    """A second key (say a restricted one beside the secret one) for a Stripe account that is linked."""
    first = stripe.add_key(make_key(), account_id="acct_1LwFakeShared01")
    second = stripe.add_key(make_key(), account_id="acct_1LwFakeShared01")
    linking.link(LinkRequest(first, Environment.TEST, "Secret"), services(stripe.url))
    with pytest.raises(linking.AlreadyLinked):
        linking.link(LinkRequest(second, Environment.TEST, "Second"), services(stripe.url))
    both = linking.link(LinkRequest(second, Environment.TEST, "Second", allow_other_account=True),
                        services(stripe.url))
    assert both.stripe_account_id == "acct_1LwFakeShared01"


def test_a_replacement_honours_name_environment_and_other_account(stripe: FakeStripe, home: Home) -> None:
    old = stripe.add_key(make_key(), account_id="acct_1LwFakeOld00001")
    account = linking.link(LinkRequest(old, Environment.TEST, "Shop"), services(stripe.url))
    new = stripe.add_key(make_key(), account_id="acct_1LwFakeNew00001")
    wrong_environment = LinkRequest(new, Environment.PRODUCTION, "Shop", replacing=account.id)
    with pytest.raises(LinkwizardError) as raised:
        linking.link(wrong_environment, services(stripe.url))
    assert raised.value.problem.kind is ProblemKind.KEY_WRONG_ENVIRONMENT
    with pytest.raises(LinkwizardError) as raised:
        linking.link(LinkRequest(new, Environment.TEST, "Shop", replacing=account.id), services(stripe.url))
    assert raised.value.problem.kind is ProblemKind.OTHER_STRIPE_ACCOUNT
    renamed = linking.link(LinkRequest(new, Environment.TEST, "Shop (new key)", replacing=account.id,
                                       allow_other_account=True), services(stripe.url))
    assert renamed.id == account.id
    assert renamed.name == "Shop (new key)"
    assert renamed.stripe_account_id == "acct_1LwFakeNew00001"
    assert keyring.get_password(SERVICE, account.id) == new
    managing.remove(account.id, services())


def test_automatic_verification_skips_paused_accounts(stripe: FakeStripe, home: Home) -> None:
    from dataclasses import replace

    key = stripe.add_key(make_key())
    account = linking.link(LinkRequest(key, Environment.TEST, "Paused"), services(stripe.url))
    store = AccountStore(home.data_dir)
    paused = store.update(account.id, lambda a: replace(a, auth_failures=3))
    stripe.reset_counts()
    assert verifying.verify([paused], services(stripe.url), automatic=True) == []
    assert stripe.count() == 0
    assert len(verifying.verify([paused], services(stripe.url))) == 1  # asked for: it runs


def test_a_bulk_check_runs_in_lanes_at_the_concurrency_asked_and_no_more(stripe: FakeStripe, home: Home,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Lanes of at most LANE_WIDTH checks, each with a client of its own; together exactly
    `concurrency` at once, every account checked once."""
    monkeypatch.setattr(verifying, "LANE_WIDTH", 2)
    linked = services(stripe.url)
    accounts = [linking.link(LinkRequest(stripe.add_key(make_key()), Environment.TEST, f"Shop {n}"), linked)
                for n in range(12)]
    stripe.reset_counts()
    stripe.latency = 0.3
    try:
        results = verifying.verify(accounts, linked, concurrency=5)  # lanes of 2, 2 and 1
    finally:
        stripe.latency = 0.0
    assert sorted(r.account.id for r in results) == sorted(a.id for a in accounts)
    assert all(r.problem is None for r in results)
    assert stripe.count() == 12
    assert stripe.max_in_flight == 5


class _SlowSecondKey(OSKeyring):
    """Hands over the first key at once, then takes its time: a check is in flight while the
    bulk verification still waits for keys."""

    def iter_many(self, account_ids: list[str]):  # type: ignore[no-untyped-def]
        iterator = super().iter_many(account_ids)
        yield next(iterator)
        time.sleep(1.5)
        yield from iterator


def test_cancelling_a_bulk_check_while_keys_arrive_closes_every_connection(stripe: FakeStripe, home: Home) -> None:
    """Checks already started must end before the client goes: none may outlive it with an
    open connection (seen as ResourceWarnings, which fail the suite)."""
    import gc

    from linkwizard.usecases.cancellation import CancelToken

    slow = services(stripe.url)
    accounts = [linking.link(LinkRequest(stripe.add_key(make_key()), Environment.TEST, f"Shop {n}"), slow)
                for n in range(2)]
    stripe.latency = 5.0
    cancel = CancelToken()
    seen = fs.cancel_while_waiting(
        stripe, lambda: verifying.verify(accounts, Services(slow.store, _SlowSecondKey(), stripe.url), cancel), cancel,
        timeout=5)
    stripe.latency = 0.0
    assert seen.in_flight == 1  # the first check waited at the server; the second key was not read yet
    assert isinstance(seen.raised[0], LinkwizardError)
    assert seen.raised[0].problem.kind is ProblemKind.CANCELLED
    gc.collect()  # an orphaned connection would warn here
