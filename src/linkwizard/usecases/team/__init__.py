"""The team vault, the second place a key lives: its use cases behind one door.

- `local`: whether and where a vault is set up, and the login this computer keeps;
- `session`: setting up, logging in and out, and a session with this computer's login;
- `entries`: status, the entries, reading and writing a key, and the team's add and share;
- `oidc`: the browser login; `policies`: the vault policy the app prints.

Everything else imports from here, never from the modules. A name is loaded with its module on
first use: the window's first look and `exec` ask only `local`, which never loads httpx.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names for type checkers; at run time `__getattr__` brings them
    from linkwizard.domain.team_login import LoginMethod as LoginMethod
    from linkwizard.team.settings import Settings as Settings
    from linkwizard.team.vault import TokenInfo as TokenInfo
    from linkwizard.usecases.team.entries import Added as Added
    from linkwizard.usecases.team.entries import Listed as Listed
    from linkwizard.usecases.team.entries import Read as Read
    from linkwizard.usecases.team.entries import Status as Status
    from linkwizard.usecases.team.entries import about_key as about_key
    from linkwizard.usecases.team.entries import add as add
    from linkwizard.usecases.team.entries import check_may_write as check_may_write
    from linkwizard.usecases.team.entries import entry_name as entry_name
    from linkwizard.usecases.team.entries import list_entries as list_entries
    from linkwizard.usecases.team.entries import place as place
    from linkwizard.usecases.team.entries import read_key as read_key
    from linkwizard.usecases.team.entries import read_keys as read_keys
    from linkwizard.usecases.team.entries import status as status
    from linkwizard.usecases.team.entries import who as who
    from linkwizard.usecases.team.entries import write_key as write_key
    from linkwizard.usecases.team.local import Credentials as Credentials
    from linkwizard.usecases.team.local import StoredLogin as StoredLogin
    from linkwizard.usecases.team.local import config as config
    from linkwizard.usecases.team.local import name_in_vault as name_in_vault
    from linkwizard.usecases.team.local import quick_read as quick_read
    from linkwizard.usecases.team.local import saved_settings as saved_settings
    from linkwizard.usecases.team.local import settings_of as settings_of
    from linkwizard.usecases.team.local import stored_login as stored_login
    from linkwizard.usecases.team.local import team_settings as team_settings
    from linkwizard.usecases.team.oidc import browser_login as browser_login
    from linkwizard.usecases.team.policies import policy as policy
    from linkwizard.usecases.team.session import SetupResult as SetupResult
    from linkwizard.usecases.team.session import credentials_from_environment as credentials_from_environment
    from linkwizard.usecases.team.session import in_session as in_session
    from linkwizard.usecases.team.session import login as login
    from linkwizard.usecases.team.session import logout as logout
    from linkwizard.usecases.team.session import setup as setup

_HOMES = {
    "local": ("Settings", "Credentials", "LoginMethod", "StoredLogin", "config", "name_in_vault", "quick_read",
               "saved_settings", "settings_of", "stored_login", "team_settings"),
    "entries": ("Added", "Listed", "Read", "Status", "about_key", "add", "check_may_write", "entry_name",
                "list_entries", "place", "read_key", "read_keys", "status", "who", "write_key"),
    "oidc": ("browser_login",),
    "policies": ("policy",),
    "session": ("TokenInfo", "SetupResult", "credentials_from_environment", "in_session", "login", "logout",
                "setup"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> object:
    """`name` from its module, loaded now (PEP 562), and kept here for the next use."""
    if (module := _HOME_OF.get(name)) is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
