"""The least-privilege recipe: scopes, Stripe's permission names, the prefilled Dashboard link,
and the comparison of what a pasted key can read with what was asked for."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlsplit

import pytest

from linkwizard.domain.keys import Environment
from linkwizard.domain.permissions import (
    SCOPES,
    Access,
    PermissionCheck,
    compare,
    create_key_url,
    recipe_permissions,
    with_required,
)
from linkwizard.secrets.os_keyring import OSKeyring
from linkwizard.store import paths
from linkwizard.store.accounts import AccountStore
from linkwizard.stripe.base import validate_api_base
from linkwizard.usecases import linking
from linkwizard.usecases.linking import LinkRequest
from linkwizard.usecases.services import Services
from support.fake_stripe import READ_PERMISSIONS, FakeStripe, make_key
from support.sandbox import Cli


def test_every_scope_maps_to_permissions_stripe_knows() -> None:
    known = set(READ_PERMISSIONS.values())  # written down independently in the fake server
    assert len(SCOPES) == 12
    for scope in SCOPES:
        assert scope.permissions, scope.name
        assert set(scope.permissions) <= known, scope.name
    by_name = {s.name: s.permissions for s in SCOPES}
    assert by_name["products"] == ("rak_product_read", "rak_plan_read")  # Prices keep the API's old name
    assert by_name["checkout_sessions"] == ("rak_checkout_session_read",)
    covered = {p for s in SCOPES for p in s.permissions}
    assert covered == known  # every probed resource can be asked for


def test_customers_is_always_asked_for_and_order_is_stable() -> None:
    assert with_required([]) == ("customers",)
    assert with_required(["events", "invoices", "customers"]) == ("customers", "invoices", "events")
    assert recipe_permissions(["events"]) == ("rak_customer_read", "rak_event_read")
    with pytest.raises(KeyError):
        with_required(["everything"])


@pytest.mark.parametrize(("environment", "path"), [(Environment.TEST, "/test/apikeys/create"),
                                                   (Environment.PRODUCTION, "/apikeys/create")])
def test_the_url_is_stripes_form_correctly_encoded(environment: Environment, path: str) -> None:
    url = create_key_url(environment, "linkwizard - Café & Co", ["invoices", "products"])
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "dashboard.stripe.com", path)
    assert parse_qsl(parts.query) == [
        ("name", "linkwizard - Café & Co"), ("permissions[]", "rak_customer_read"),
        ("permissions[]", "rak_invoice_read"), ("permissions[]", "rak_product_read"),
        ("permissions[]", "rak_plan_read")]
    assert " " not in url
    assert "[" not in url
    assert "&Co" not in url
    assert "permissions%5B%5D=rak_invoice_read" in parts.query


def checks(readable: set[str], unknown: frozenset[str] = frozenset()) -> tuple[PermissionCheck, ...]:
    from linkwizard.domain.permissions import RESOURCES

    return tuple(PermissionCheck(r.name, Access.UNKNOWN if r.name in unknown else
                                 Access.READ if r.name in readable else Access.NONE,
                                 None if r.name in readable else r.permission) for r in RESOURCES)


def test_compare_names_missing_extra_and_unknown() -> None:
    asked = with_required(["invoices", "products"])
    exact = compare(asked, checks({"customers", "invoices", "products", "prices"}))
    assert exact.exact
    too_few = compare(asked, checks({"customers", "products"}))  # prices missing too
    assert [s.name for s in too_few.missing] == ["invoices", "products"]
    assert not too_few.extra
    too_many = compare(asked, checks({"customers", "invoices", "products", "prices", "payouts", "balance"}))
    assert [s.name for s in too_many.extra] == ["payouts", "balance"]
    assert not too_many.missing
    unsure = compare(asked, checks({"customers", "products", "prices"}, frozenset({"invoices"})))
    assert [s.name for s in unsure.unknown] == ["invoices"]
    assert not unsure.missing


def test_the_comparison_against_the_fake_server(stripe: FakeStripe, api_base: str) -> None:
    services = Services(store=AccountStore(paths.data_dir()), keyring=OSKeyring(),
                                api_base=validate_api_base(api_base))
    asked = ("customers", "invoices", "subscriptions")
    few = stripe.add_key(make_key("rk"), can_read={"/v1/customers", "/v1/invoices"})
    account = linking.link(LinkRequest(few, Environment.TEST, "Few", scopes=asked), services)
    assert account.requested_scopes == asked  # remembered with the account
    assert AccountStore(paths.data_dir()).find("Few").requested_scopes == asked
    assert account.permissions is not None
    assert [s.name for s in compare(asked, account.permissions).missing] == ["subscriptions"]
    many = stripe.add_key(make_key("rk"), can_read={"/v1/customers", "/v1/invoices", "/v1/subscriptions",
                                                    "/v1/payouts"})
    account = linking.link(LinkRequest(many, Environment.TEST, "Many", scopes=asked), services)
    assert account.permissions is not None
    result = compare(asked, account.permissions)
    assert not result.missing
    assert [s.name for s in result.extra] == ["payouts"]


def test_cli_key_recipe(cli: Cli) -> None:
    plain = cli("key-recipe", "--environment", "test", "--scope", "invoices", "--scope", "events",
                "--name", "linkwizard - Books")
    assert plain.code == 0
    url = plain.stdout.strip()
    assert url == create_key_url(Environment.TEST, "linkwizard - Books", ["invoices", "events"])
    as_json = cli("key-recipe", "--environment", "production", "--scope", "products", "--json")
    assert as_json.code == 0
    data = json.loads(as_json.stdout)
    assert data["permissions"] == ["rak_customer_read", "rak_product_read", "rak_plan_read"]
    assert data["scopes"] == ["customers", "products"]
    assert data["name"] == "linkwizard"
    assert data["url"].startswith("https://dashboard.stripe.com/apikeys/create?name=linkwizard&")
    assert cli("key-recipe", "--environment", "test", "--scope", "everything").code == 2
    assert cli("key-recipe", "--scope", "invoices").code == 2
