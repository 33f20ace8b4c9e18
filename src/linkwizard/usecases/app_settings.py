"""The app's own settings: keep checking in the background, and start at login.

Kept in the config file's `app` section (store/config.py), never in the account list; start
at login is the login item itself (desktop/autostart.py), so what the session manager will
do and what the settings say cannot differ."""

from __future__ import annotations

from dataclasses import dataclass

from linkwizard.desktop import autostart
from linkwizard.domain.problems import QT_TRANSLATE_NOOP
from linkwizard.store.config import ConfigFile

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

SECTION = "app"


@dataclass(frozen=True)
class AppSettings:
    background: bool  # closing the window leaves linkwizard checking in the background
    start_at_login: bool
    login_item: autostart.LoginItem

    def to_json(self) -> dict[str, Any]:
        return {"keep_checking_in_background": self.background, "start_at_login": self.start_at_login,
                "login_item": {"kind": self.login_item.kind.value, "where": self.login_item.where,
                               "command": list(self.login_item.command)}}


def read(config: ConfigFile | None = None) -> AppSettings:
    """The settings; `config`: the settings file (default: this user's)."""
    section = (config or ConfigFile()).section(SECTION) or {}
    item = autostart.status(recorded=section.get("start_at_login") is True)
    return AppSettings(section.get("keep_checking_in_background") is True, item.enabled, item)


def set_background(on: bool, config: ConfigFile | None = None) -> AppSettings:
    _change(config or ConfigFile(), keep_checking_in_background=on)
    return read(config)


def set_start_at_login(on: bool, config: ConfigFile | None = None) -> AppSettings:
    """Write or remove the login item; the setting is recorded too (the portal cannot be asked)."""
    autostart.set_enabled(on)
    _change(config or ConfigFile(), start_at_login=on)
    return read(config)


def _change(config: ConfigFile, **values: bool) -> None:
    config.set_section(SECTION, {**(config.section(SECTION) or {}), **values})


def together(background: bool, start_at_login: bool) -> str:
    """What the two settings mean together, in a line short enough for the Settings menu (they
    are independent, which nobody can guess); the window translates it in the "values" context."""
    if start_at_login and background:
        return QT_TRANSLATE_NOOP("values", "Checks from login on, and after the window is closed.")
    if start_at_login:
        return QT_TRANSLATE_NOOP("values", "Checks from login on, until the window is closed.")
    if background:
        return QT_TRANSLATE_NOOP("values", "Checks after the window is closed; not started at login.")
    return QT_TRANSLATE_NOOP("values", "Checks only while the window is open.")
