"""Page ids and field names: the contract between the wizard's pages."""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QWizardPage

from linkwizard.domain.account import Account
from linkwizard.domain.keys import Environment


class PageId(enum.IntEnum):
    ENVIRONMENT = 0
    FIND_KEY = 1
    ENTER_KEY = 2
    CONNECT = 3


FIELD_PRODUCTION = "production"  # bool: the Production radio is checked
FIELD_TEST = "testMode"  # bool: the Test Mode radio is checked
FIELD_KEY = "apiKey"
FIELD_NAME = "accountName"
FIELD_CONTEXT = "stripeContext"  # str: the account the key acts on (acct_...), "" for the key's own
FIELD_TEAM = "keepInTeam"  # bool: keep the key in the team vault, not this computer's keyring
FIELD_SCOPES = "scopes"  # str: the scopes asked of a restricted key, comma-separated; "" on the secret-key path


def chosen_environment(page: QWizardPage) -> Environment:
    return Environment.PRODUCTION if page.field(FIELD_PRODUCTION) else Environment.TEST


def replaced_account(page: QWizardPage) -> Account | None:
    """The account whose key the wizard replaces (`LinkWizard.replacing`), None while linking a
    new one: a page reads it when it is shown, as it reads the fields."""
    found = getattr(page.wizard(), "replacing", None)
    return found if isinstance(found, Account) else None
