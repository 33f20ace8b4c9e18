"""What a key can read: the resources linkwizard probes and Stripe's permission names for them.

One table serves the permission checklist (which resources a key can read) and the
restricted-key recipe (the Dashboard's prefilled "Create restricted key" form). The
permission names are Stripe's own `rak_*` identifiers as its 403 errors and the Dashboard's
create-key form use them; "Prices" is still `rak_plan_read`, the API's original name.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from linkwizard.domain import records
from linkwizard.domain.keys import Environment
from linkwizard.domain.problems import QT_TRANSLATE_NOOP

TYPE_CHECKING = False  # typing is not imported at run time: it is slow to load
if TYPE_CHECKING:
    from typing import Any


class Access(enum.Enum):
    """READ: the probe got a list back. NONE: Stripe answered 403, the key lacks the
    permission. UNKNOWN: network or Stripe trouble, nothing learned."""

    _value_: str
    READ, NONE, UNKNOWN = records.ACCESS


@dataclass(frozen=True)
class Resource:
    name: str  # the JSON and CLI name
    label: str  # what a person reads
    path: str  # the read-only list endpoint the probe calls
    permission: str  # Stripe's permission that allows reading it
    is_list: bool = True  # False for /v1/balance, which is one object


RESOURCES: tuple[Resource, ...] = (
    Resource("customers", QT_TRANSLATE_NOOP("permissions", "Customers"), "/v1/customers", "rak_customer_read"),
    Resource("charges", QT_TRANSLATE_NOOP("permissions", "Charges"), "/v1/charges", "rak_charge_read"),
    Resource("payment_intents", QT_TRANSLATE_NOOP("permissions", "Payment intents"),
             "/v1/payment_intents", "rak_payment_intent_read"),
    Resource("refunds", QT_TRANSLATE_NOOP("permissions", "Refunds"), "/v1/refunds", "rak_refund_read"),
    Resource("disputes", QT_TRANSLATE_NOOP("permissions", "Disputes"), "/v1/disputes", "rak_dispute_read"),
    Resource("invoices", QT_TRANSLATE_NOOP("permissions", "Invoices"), "/v1/invoices", "rak_invoice_read"),
    Resource("subscriptions", QT_TRANSLATE_NOOP("permissions", "Subscriptions"),
             "/v1/subscriptions", "rak_subscription_read"),
    Resource("products", QT_TRANSLATE_NOOP("permissions", "Products"), "/v1/products", "rak_product_read"),
    Resource("prices", QT_TRANSLATE_NOOP("permissions", "Prices"), "/v1/prices", "rak_plan_read"),
    Resource("payouts", QT_TRANSLATE_NOOP("permissions", "Payouts"), "/v1/payouts", "rak_payout_read"),
    Resource("balance", QT_TRANSLATE_NOOP("permissions", "Balance"), "/v1/balance", "rak_balance_read", is_list=False),
    Resource("events", QT_TRANSLATE_NOOP("permissions", "Events"), "/v1/events", "rak_event_read"),
    Resource("checkout_sessions", QT_TRANSLATE_NOOP("permissions", "Checkout sessions"),
             "/v1/checkout/sessions", "rak_checkout_session_read"),
)
BY_NAME = {resource.name: resource for resource in RESOURCES}
REQUIRED = "customers"  # the connection test lists customers: every key needs this


@dataclass(frozen=True)
class PermissionCheck:
    """One line of the checklist."""

    resource: str
    access: Access
    permission: str | None = None  # the `rak_` name when Stripe's 403 gave one

    def to_json(self) -> dict[str, Any]:
        return {"resource": self.resource, "access": self.access.value, "permission": self.permission}


@dataclass(frozen=True)
class Scope:
    """One line of "what do you need to read?": a few resources under one plain name."""

    name: str
    label: str
    resources: tuple[str, ...]

    @property
    def permissions(self) -> tuple[str, ...]:
        return tuple(BY_NAME[r].permission for r in self.resources)


SCOPES: tuple[Scope, ...] = (
    Scope("customers", QT_TRANSLATE_NOOP("permissions", "Customers"), ("customers",)),
    Scope("charges", QT_TRANSLATE_NOOP("permissions", "Payments (charges)"), ("charges",)),
    Scope("payment_intents", QT_TRANSLATE_NOOP("permissions", "Payment intents"), ("payment_intents",)),
    Scope("refunds", QT_TRANSLATE_NOOP("permissions", "Refunds"), ("refunds",)),
    Scope("disputes", QT_TRANSLATE_NOOP("permissions", "Disputes"), ("disputes",)),
    Scope("invoices", QT_TRANSLATE_NOOP("permissions", "Invoices"), ("invoices",)),
    Scope("subscriptions", QT_TRANSLATE_NOOP("permissions", "Subscriptions"), ("subscriptions",)),
    Scope("products", QT_TRANSLATE_NOOP("permissions", "Products and prices"), ("products", "prices")),
    Scope("payouts", QT_TRANSLATE_NOOP("permissions", "Payouts"), ("payouts",)),
    Scope("balance", QT_TRANSLATE_NOOP("permissions", "Balance"), ("balance",)),
    Scope("checkout_sessions", QT_TRANSLATE_NOOP("permissions", "Checkout sessions"), ("checkout_sessions",)),
    Scope("events", QT_TRANSLATE_NOOP("permissions", "Events"), ("events",)),
)
SCOPES_BY_NAME = {scope.name: scope for scope in SCOPES}
REQUIRED_SCOPE = "customers"  # always asked for: the connection test lists customers


def with_required(scopes: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The scopes in table order, Customers always included; unknown names raise KeyError."""
    wanted = {REQUIRED_SCOPE, *scopes}
    for name in wanted:
        SCOPES_BY_NAME[name]
    return tuple(scope.name for scope in SCOPES if scope.name in wanted)


def recipe_permissions(scopes: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(p for name in with_required(scopes) for p in SCOPES_BY_NAME[name].permissions)


def create_key_url(environment: Environment, key_name: str, scopes: list[str] | tuple[str, ...]) -> str:
    """Stripe's "Create restricted key" form, prefilled with a name and read permissions.

    The Dashboard reads `name` and one `permissions[]` per permission; test mode has the
    same form under /test/. Brackets and spaces are percent-encoded.
    """
    base = ("https://dashboard.stripe.com/apikeys/create" if environment is Environment.PRODUCTION
            else "https://dashboard.stripe.com/test/apikeys/create")
    query = [("name", key_name)] + [("permissions[]", p) for p in recipe_permissions(scopes)]
    return f"{base}?{urlencode(query, quote_via=quote)}"


def key_name_for(account_name: str) -> str:
    return f"linkwizard - {account_name}"


@dataclass(frozen=True)
class Comparison:
    """What a restricted key can read against what was asked for."""

    missing: tuple[Scope, ...]  # asked for, but Stripe refused at least one of its resources
    extra: tuple[Scope, ...]  # readable although nobody asked: more than needed
    unknown: tuple[Scope, ...]  # asked for, not learned (network trouble)

    @property
    def exact(self) -> bool:
        return not (self.missing or self.extra or self.unknown)


def compare(asked: tuple[str, ...], checks: tuple[PermissionCheck, ...]) -> Comparison:
    access = {check.resource: check.access for check in checks}
    wanted = set(with_required(asked))
    missing, extra, unknown = [], [], []
    for scope in SCOPES:
        states = {access.get(resource, Access.UNKNOWN) for resource in scope.resources}
        if scope.name in wanted:
            if Access.NONE in states:
                missing.append(scope)
            elif Access.UNKNOWN in states:
                unknown.append(scope)
        elif states == {Access.READ}:
            extra.append(scope)
    return Comparison(tuple(missing), tuple(extra), tuple(unknown))


# The words for each access state and the secret key's advice, for both front ends (the
# window translates them, in the context "Checklist").
ACCESS_WORDS = {
    Access.READ: QT_TRANSLATE_NOOP("Checklist", "can read"),
    Access.NONE: QT_TRANSLATE_NOOP("Checklist", "no access"),
    Access.UNKNOWN: QT_TRANSLATE_NOOP("Checklist", "unknown (network trouble)"),
}
FULL_ACCESS_NOTE = QT_TRANSLATE_NOOP(
    "Checklist", "A secret key has full access: it can also change and delete data. If your tools only read, a "
                 "restricted key with Customers: Read plus what they use is safer.")
