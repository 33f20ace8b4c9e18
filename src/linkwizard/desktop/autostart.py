"""Start at login: one function each to turn it on, off, and ask, on every platform.

- Linux and the BSDs: an XDG autostart entry, `$XDG_CONFIG_HOME/autostart/linkwizard.desktop`
  (default ~/.config/autostart), starting the stable launcher with `--background`.
- Inside Flatpak: the Background portal's RequestBackground (the sandbox cannot write the
  host's autostart folder; the portal writes it for us and may ask the person).
- macOS: a login item as a LaunchAgent, ~/Library/LaunchAgents/<app id>.plist, RunAtLoad.
- Windows: the value `linkwizard` under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run.

The values each writes are plain functions (`xdg_entry`, `launch_agent`, `run_value`,
`portal_options`), so they are tested on every platform.
"""

from __future__ import annotations

import contextlib
import enum
import importlib
import os
import plistlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from linkwizard import APP_ID
from linkwizard.desktop.launcher import exec_value, in_flatpak, launcher
from linkwizard.domain.problems import LinkwizardError, ProblemKind, problem
from linkwizard.store.paths import xdg

BACKGROUND = "--background"
DELAY_SECONDS = 10  # after the desktop has settled: the tray and the keyring are up by then
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE_NAME = "linkwizard"
PORTAL_REASON = "Check your linked Stripe accounts and tell you when one needs attention."


class LoginItemKind(enum.Enum):
    """How this platform starts programs at login; `words` is what the command line calls it."""

    _value_: str
    XDG = "xdg"  # an autostart .desktop file
    FLATPAK = "flatpak"  # the Background portal
    MACOS = "macos"  # a LaunchAgent
    WINDOWS = "windows"  # a Run value in the registry

    @property
    def words(self) -> str:
        return {"xdg": "login item", "flatpak": "Background portal", "macos": "LaunchAgent",
                "windows": "Run value"}[self.value]


@dataclass(frozen=True)
class LoginItem:
    """Where start at login is kept here, and what it starts."""

    kind: LoginItemKind
    where: str  # a file, a registry value, or the portal
    command: tuple[str, ...]
    enabled: bool


def platform_kind() -> LoginItemKind:
    if sys.platform == "win32":
        return LoginItemKind.WINDOWS
    if sys.platform == "darwin":
        return LoginItemKind.MACOS
    return LoginItemKind.FLATPAK if in_flatpak() else LoginItemKind.XDG


def command(program: str | None = None) -> tuple[str, ...]:
    return (program or launcher(), BACKGROUND)


# The values -----------------------------------------------------------------------------------
def xdg_entry(program: str) -> str:
    """The autostart desktop entry (it passes desktop-file-validate)."""
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=linkwizard",
        "Comment=Keeps checking your linked Stripe accounts and tells you when one needs attention",
        "Comment[de]=Prüft Ihre verknüpften Stripe-Konten und meldet, wenn eines Aufmerksamkeit braucht",
        f"Exec={exec_value(program, BACKGROUND)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Utility;",
        "X-GNOME-Autostart-enabled=true",
        f"X-GNOME-Autostart-Delay={DELAY_SECONDS}",
        "X-KDE-autostart-after=panel",
        "",
    ])


def launch_agent(program: str) -> bytes:
    """The macOS LaunchAgent: run once at login, as an app of the person's session."""
    return plistlib.dumps({"Label": APP_ID, "ProgramArguments": [program, BACKGROUND], "RunAtLoad": True,
                           "ProcessType": "Interactive", "LimitLoadToSessionType": "Aqua"})


def run_value(program: str) -> str:
    """The Windows Run value: the program quoted (a path may have spaces), then the flag."""
    if '"' in program:
        raise ValueError("a quote in the program's path")
    return f'"{program}" {BACKGROUND}'


def portal_options(enable: bool) -> dict[str, tuple[str, object]]:
    """RequestBackground's options (org.freedesktop.portal.Background), as D-Bus variants."""
    return {"reason": ("s", PORTAL_REASON), "autostart": ("b", enable),
            "commandline": ("as", ["linkwizard", BACKGROUND]), "dbus-activatable": ("b", False)}


# Where they go --------------------------------------------------------------------------------
def xdg_path() -> Path:
    return xdg("XDG_CONFIG_HOME", ".config") / "autostart" / "linkwizard.desktop"


def agent_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def status(recorded: bool = False) -> LoginItem:
    """Whether linkwizard starts at login. `recorded`: what the settings say, for the portal,
    which cannot be asked."""
    kind = platform_kind()
    if kind is LoginItemKind.WINDOWS:
        return LoginItem(kind, f"HKCU\\{RUN_KEY}\\{RUN_VALUE_NAME}", command(), _windows_value() is not None)
    if kind is LoginItemKind.FLATPAK:
        return LoginItem(kind, "org.freedesktop.portal.Background", ("linkwizard", BACKGROUND), recorded)
    path = agent_path() if kind is LoginItemKind.MACOS else xdg_path()
    return LoginItem(kind, str(path), command(), path.exists())


def set_enabled(enable: bool, program: str | None = None) -> LoginItem:
    """Turn start at login on or off; raises LinkwizardError when it cannot be written."""
    kind = platform_kind()
    program = program or launcher()
    try:
        if kind is LoginItemKind.FLATPAK:
            _request_background(enable)
        elif kind is LoginItemKind.WINDOWS:
            _set_windows_value(run_value(program) if enable else None)
        else:
            path = agent_path() if kind is LoginItemKind.MACOS else xdg_path()
            if enable:
                path.parent.mkdir(parents=True, exist_ok=True)
                text = launch_agent(program) if kind is LoginItemKind.MACOS else xdg_entry(program).encode()
                _replace(path, text)
            else:
                path.unlink(missing_ok=True)
    except OSError as exc:
        raise LinkwizardError(problem(ProblemKind.STORE_UNWRITABLE,
                                      detail=f"autostart: {type(exc).__name__} (errno {exc.errno})")) from None
    except ValueError as exc:  # exec_value, run_value: a path no login item can name
        raise LinkwizardError(problem(ProblemKind.AUTOSTART_PATH_UNUSABLE, detail=str(exc))) from None
    return status(recorded=enable)


def _replace(path: Path, content: bytes) -> None:
    """Written whole or not at all: a session manager never reads half an entry."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        partial.write_bytes(content)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _winreg() -> Any:
    """Windows' registry module (it exists only there)."""
    return importlib.import_module("winreg")


def _windows_value() -> str | None:
    winreg = _winreg()
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            value, _ = winreg.QueryValueEx(key, RUN_VALUE_NAME)
            return str(value)
    except OSError:
        return None


def _set_windows_value(value: str | None) -> None:
    winreg = _winreg()
    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        if value is not None:
            winreg.SetValueEx(key, RUN_VALUE_NAME, 0, winreg.REG_SZ, value)
        else:
            with contextlib.suppress(FileNotFoundError):
                winreg.DeleteValue(key, RUN_VALUE_NAME)


PORTAL_TIMEOUT_S = 120.0  # the portal may ask the person first


def _request_background(enable: bool) -> None:
    """Ask the Background portal, and wait for its answer (0: granted). The answer is the
    Response signal of the request object whose path the call returns."""
    from jeepney import DBusAddress, MatchRule, new_method_call
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import Proxy, open_dbus_connection
    from jeepney.low_level import HeaderFields

    portal = DBusAddress("/org/freedesktop/portal/desktop", bus_name="org.freedesktop.portal.Desktop",
                         interface="org.freedesktop.portal.Background")
    rule = MatchRule(type="signal", interface="org.freedesktop.portal.Request", member="Response")
    options = {**portal_options(enable), "handle_token": ("s", f"linkwizard{os.getpid()}")}
    with open_dbus_connection(bus="SESSION") as connection:
        Proxy(message_bus, connection).AddMatch(rule)
        with connection.filter(rule, bufsize=16) as responses:  # subscribed before asking: none is missed
            reply = connection.send_and_get_reply(new_method_call(portal, "RequestBackground", "sa{sv}",
                                                                  ("", options)), timeout=PORTAL_TIMEOUT_S)
            if reply.header.message_type.name == "error":
                raise OSError(5, "the Background portal refused the request")
            (handle,) = reply.body
            while True:
                answer = connection.recv_until_filtered(responses, timeout=PORTAL_TIMEOUT_S)
                if answer.header.fields.get(HeaderFields.path) == handle:
                    break
    code, results = answer.body
    if code != 0 or (enable and not results.get("autostart", ("b", False))[1]):
        raise OSError(13, "the Background portal did not allow starting at login")
