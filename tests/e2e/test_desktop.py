"""Fitting the desktop: --version, --self-test, the desktop entry and metainfo, installing
them for the current user and removing them again."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from linkwizard import APP_ID, __version__
from support.desktop_spec import read_exec
from support.sandbox import Cli, Home

RESOURCES = Path(__file__).resolve().parents[2] / "src" / "linkwizard" / "resources"


def test_version(cli: Cli) -> None:
    result = cli("--version")
    assert result.code == 0
    assert result.stdout.strip() == f"linkwizard {__version__}"


def test_self_test_passes_here(cli: Cli, home: Home) -> None:
    result = cli("--self-test")
    assert result.code == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ok    Qt platform: offscreen (main window shown and painted in ")
    assert lines[1].startswith("ok    keyring: keyring.backends.SecretService")
    assert lines[2] == f"ok    data folder: {home.data_dir} (writable)"
    assert lines[3] == "linkwizard is ready to use."


def test_self_test_names_a_missing_keyring(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    result = cli("--self-test")
    assert result.code == 6
    assert "FAIL  keyring: No secure keyring is available." in result.stdout
    assert "1 of 3 checks failed" in result.stderr


def test_self_test_names_an_unwritable_data_folder(cli: Cli, home: Home) -> None:
    home.data.rmdir()
    home.data.write_text("a file where the folder should be")
    result = cli("--self-test")
    assert result.code == 6
    assert "FAIL  data folder:" in result.stdout
    assert "not writable" in result.stdout


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    done = run("desktop-file-validate", str(RESOURCES / f"{APP_ID}.desktop"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == ""


def test_the_metainfo_passes_appstreamcli() -> None:
    done = run("appstreamcli", "validate", "--no-net", str(RESOURCES / f"{APP_ID}.metainfo.xml"))
    assert done.returncode == 0, done.stdout + done.stderr
    text = (RESOURCES / f"{APP_ID}.metainfo.xml").read_text()
    for image in ("08-accounts-panel.png", "02b-create-restricted-key.png", "09-restricted-key-checklist.png"):
        assert image in text
        assert (RESOURCES.parent.parent.parent / "docs" / "images" / image).exists()


def test_install_and_uninstall_the_desktop_entry(cli: Cli, home: Home) -> None:
    installed = cli("--install-desktop-entry")
    assert installed.code == 0, installed.stderr
    share = home.data
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert run("desktop-file-validate", str(desktop)).returncode == 0
    exec_line = next(line for line in desktop.read_text().splitlines() if line.startswith("Exec="))
    [program] = read_exec(exec_line.removeprefix("Exec="))
    assert Path(program).name == "linkwizard-gui"
    assert Path(program).exists()
    icons = sorted(p.relative_to(share / "icons" / "hicolor").as_posix()
                   for p in (share / "icons" / "hicolor").rglob(f"{APP_ID}.*"))
    assert "scalable/apps/io.github.linkwizard.LinkWizard.svg" in icons
    assert "48x48/apps/io.github.linkwizard.LinkWizard.png" in icons
    assert len(icons) == 9
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
    removed = cli("--uninstall-desktop-entry")
    assert removed.code == 0
    assert not desktop.exists()
    assert not list((share / "icons").rglob(f"{APP_ID}.*"))
    assert "was not in the menu" in cli("--uninstall-desktop-entry").stdout


def test_self_test_names_a_locked_keyring(cli: Cli, locked_keyring: None) -> None:
    result = cli("--self-test")
    assert result.code == 6
    assert "FAIL  keyring: The keyring is locked." in result.stdout


@pytest.mark.parametrize("folder", [
    "/opt/link wizard", '/home/o"brien/apps', "/home/me/100% apps", "/home/$USER/apps", "/srv/`id`/x",
    "/home/me/back\\slash", "/home/me/'single'", "/tmp/%f %u", "/home/me/ünïcødé",
])
def test_the_exec_line_survives_any_path(folder: str, tmp_path: Path) -> None:
    from linkwizard.cli.desktop_entry import render

    program = f"{folder}/linkwizard-gui"
    entry = tmp_path / f"{APP_ID}.desktop"
    entry.write_text(render(program), encoding="utf-8")
    checked = run("desktop-file-validate", str(entry))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout == ""
    [exec_line] = [line for line in entry.read_text().splitlines() if line.startswith("Exec=")]
    assert read_exec(exec_line.removeprefix("Exec=")) == [program]


@pytest.mark.parametrize("folder", ["/tmp/evil\nExec=/bin/sh", "/tmp/tab\there", "/tmp/nul\x00x", "/tmp/\x1b[31m"])
def test_a_path_with_control_characters_is_refused(folder: str, home: Home, capsys: pytest.CaptureFixture[str]) -> None:
    from linkwizard.cli import desktop_entry

    assert desktop_entry.install(f"{folder}/linkwizard-gui") == 2
    assert "control character" in capsys.readouterr().err
    assert not (home.data / "applications").exists()
