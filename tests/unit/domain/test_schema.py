"""The record schema (domain/records.py) is the one source: the enums are built from it, and
the classes and tables that mirror it say the same, in the same order."""

from __future__ import annotations

from dataclasses import fields

from linkwizard.domain import records
from linkwizard.domain.account import Account, Health
from linkwizard.domain.keys import Environment, KeyKind
from linkwizard.domain.permissions import BY_NAME, SCOPES_BY_NAME, Access


def test_the_enums_hold_exactly_the_schemas_values() -> None:
    assert [e.value for e in Environment] == list(records.ENVIRONMENTS) == ["production", "test"]
    assert [k.value for k in KeyKind] == list(records.KEY_KINDS)
    assert [h.value for h in Health] == list(records.STATUSES)
    assert [a.value for a in Access] == list(records.ACCESS)
    assert Health.NEEDS_ATTENTION.value == "needs_attention"
    assert KeyKind.ORGANIZATION.value == "organization"


def test_the_account_and_the_tables_follow_the_schemas_order() -> None:
    assert tuple(f.name for f in fields(Account)) == records.FIELD_ORDER
    assert tuple(BY_NAME) == records.RESOURCE_NAMES
    assert tuple(SCOPES_BY_NAME) == records.SCOPE_NAMES
