"""Start at login: the entry each platform gets, and the command line that writes it."""

from __future__ import annotations

import json
import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest

from linkwizard.desktop import autostart
from linkwizard.desktop.launcher import exec_value
from support.sandbox import Cli, Home


def test_the_xdg_entry_validates_and_starts_the_program_in_the_background(tmp_path: Path) -> None:
    program = "/opt/link wizard/$HOME/linkwizard"  # a space and a dollar, quoted as the spec says
    entry = tmp_path / "linkwizard.desktop"
    entry.write_text(autostart.xdg_entry(program))
    assert shutil.which("desktop-file-validate"), "scripts/setup.sh installs desktop-file-utils"
    checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.strip() == ""  # not even a hint
    lines = entry.read_text().splitlines()
    assert 'Exec="/opt/link wizard/\\\\$HOME/linkwizard" --background' in lines
    assert "X-GNOME-Autostart-Delay=10" in lines
    assert exec_value("/usr/bin/linkwizard", "--background") == '"/usr/bin/linkwizard" --background'


def test_the_macos_login_item_and_the_windows_run_value() -> None:
    agent = plistlib.loads(autostart.launch_agent("/Applications/linkwizard.app/Contents/MacOS/linkwizard"))
    assert agent["ProgramArguments"] == ["/Applications/linkwizard.app/Contents/MacOS/linkwizard", "--background"]
    assert agent["RunAtLoad"] is True
    assert agent["Label"] == "io.github.linkwizard.LinkWizard"
    assert autostart.run_value(r"C:\Program Files\linkwizard\linkwizard.exe") == \
        r'"C:\Program Files\linkwizard\linkwizard.exe" --background'
    with pytest.raises(ValueError, match="quote"):
        autostart.run_value('C:\\a"b\\linkwizard.exe')


def test_the_portal_is_asked_for_autostart_with_the_flatpak_command() -> None:
    options = autostart.portal_options(True)
    assert options["autostart"] == ("b", True)
    assert options["commandline"] == ("as", ["linkwizard", "--background"])
    assert autostart.portal_options(False)["autostart"] == ("b", False)


def test_autostart_on_status_off_and_settings(cli: Cli, home: Home) -> None:
    path = home.root / ".config" / "autostart" / "linkwizard.desktop"
    assert json.loads(cli("autostart", "status", "--json").stdout)["start_at_login"] is False
    turned_on = cli("autostart", "on")
    assert turned_on.code == 0, turned_on.stderr
    assert path.exists()
    assert "--background" in path.read_text()
    assert "starts in the background when you log in" in turned_on.stdout
    shown = json.loads(cli("settings", "--json").stdout)
    assert shown["start_at_login"] is True
    assert shown["keep_checking_in_background"] is False
    assert shown["login_item"]["where"] == str(path)
    assert "Checks from login on, until the window is closed." in cli("settings").stdout  # what both mean
    assert cli("autostart", "off").code == 0
    assert not path.exists()
    assert "Start at login:                  off" in cli("settings").stdout
    assert "Checks only while the window is open." in cli("settings").stdout
    assert cli("autostart", "sideways").code == 2


# What the portal answers when linkwizard asks it: RequestBackground returns a request
# handle, and the Request object there signals Response (0: granted) with what was granted.
PORTAL_ANSWER = """
handle = '/org/freedesktop/portal/desktop/request/1_1/linkwizard'
if handle not in get_objects():
    self.AddObject(handle, 'org.freedesktop.portal.Request', {}, [])
get_object(handle).EmitSignal('org.freedesktop.portal.Request', 'Response', 'ua{sv}',
                              [%d, {'autostart': dbus.Boolean(args[1]['autostart'], variant_level=1)}])
ret = dbus.ObjectPath(handle)
"""


@pytest.mark.parametrize(("code", "granted"), [(0, True), (1, False)])
def test_inside_flatpak_the_background_portal_is_asked(monkeypatch: pytest.MonkeyPatch, code: int,
                                                       granted: bool) -> None:
    from support import dbus_mocks

    with dbus_mocks.private_bus() as address, \
            dbus_mocks.mock("org.freedesktop.portal.Background", address) as portal:
        portal.call("AddMethod", "sssss", "org.freedesktop.portal.Background", "RequestBackground", "sa{sv}", "o",
                    PORTAL_ANSWER % code)
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        if granted:
            autostart._request_background(True)
        else:  # the person said no in the portal's dialog
            with pytest.raises(OSError, match="did not allow"):
                autostart._request_background(True)
        [(parent, options)] = portal.calls("RequestBackground")
    assert parent == ""
    assert options["autostart"] == ("b", True)
    assert options["commandline"] == ("as", ["linkwizard", "--background"])


def test_a_control_character_in_the_install_path_is_a_message_not_a_traceback(home: Home) -> None:
    from linkwizard.domain.problems import LinkwizardError, ProblemKind

    with pytest.raises(LinkwizardError) as refused:
        autostart.set_enabled(True, program="/opt/link\nwizard/linkwizard-gui")
    assert refused.value.problem.kind is ProblemKind.AUTOSTART_PATH_UNUSABLE
    assert "Install linkwizard in a folder with a plain name" in refused.value.problem.advice
    assert not autostart.xdg_path().exists()  # nothing half-written
