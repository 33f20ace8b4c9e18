"""How a person logs in to the team vault: one name for each of the vault's auth methods,
for the command line's `--method`, the window's list and the login kept in the keyring."""

from __future__ import annotations

import enum


class LoginMethod(enum.Enum):
    _value_: str
    TOKEN = "token"
    USERPASS = "userpass"
    APPROLE = "approle"  # for CI: a role ID and a secret ID from the environment
    OIDC = "oidc"  # in the browser: the vault hands the person to the team's identity provider

    @classmethod
    def of(cls, value: object) -> LoginMethod:
        """A stored login's method; one kept before methods were recorded was a token."""
        try:
            return cls(value)
        except ValueError:
            return cls.TOKEN
