"""The Linux deliverables, as a person gets them: packaging/build.sh builds them from this
checkout; the .deb is installed for real with apt-get, the tarball unpacked; each is started
from its menu entry's Exec line on a real X server (Xvfb, the xcb platform, not offscreen),
looked at, closed, and removed again without a trace outside the user's data.

Slow (two builds, an install): run by .ci/run through scripts/test.sh.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from linkwizard import APP_ID, __version__
from support import fake_stripe as fs
from support.desktop_spec import read_exec
from support.fake_stripe import FakeStripe
from support.sandbox import Home
from support.x11 import desktop_env, eventually, xdotool

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
DEB = DIST / f"linkwizard_{__version__}_amd64.deb"
TARBALL = DIST / f"linkwizard-{__version__}-linux-x86_64.tar.gz"
MB = 1000 * 1000
CONVERT = "/usr/bin/convert"  # ImageMagick's; a stand-in may sit earlier on PATH


@dataclass(frozen=True)
class Build:
    stdout: str
    sums: str
    apt_index: dict[str, bytes]  # the APT repository's Release and Packages files


APT_INDEX = ("dists/stable/Release", "dists/stable/main/binary-amd64/Packages",
             "dists/stable/main/binary-amd64/Packages.gz")


@pytest.fixture(scope="module")
def built() -> Build:
    done = subprocess.run([str(ROOT / "packaging" / "build.sh")], cwd=ROOT, capture_output=True, text=True,
                          timeout=1200, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return Build(done.stdout, (DIST / "SHA256SUMS").read_text(),
                 {name: (DIST / "apt" / name).read_bytes() for name in APT_INDEX})


# the build ------------------------------------------------------------------------------

def test_the_bundle_has_every_command(built: Build, home: Home, api_base: str) -> None:
    """The command line loads each command's module by name: every one must be in the bundle
    (the analysis does not follow such imports, and once left them all out)."""
    program = str(DIST / "linkwizard" / "linkwizard")
    from linkwizard.cli import COMMANDS

    for command, expected in ((["accounts"], 0), (["accounts", "--json"], 0), (["verify", "--all"], 0),
                              (["team", "status"], 2), (["team", "list"], 2), (["key-recipe", "--environment",
                               "test"], 0), (["import", "--scan"], 0), (["exec", "nothing", "--", "true"], 2),
                              (["settings", "--json"], 0), (["autostart", "status"], 0)):
        done = subprocess.run([program, *command], capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == expected, (command, done.stderr[-1500:])
        assert "ModuleNotFoundError" not in done.stderr
    modules = {module for module, _ in COMMANDS.values()}
    archive = subprocess.run([sys.executable, "-m", "PyInstaller.utils.cliutils.archive_viewer", "--list",
                              "--recursive", program], capture_output=True, text=True, timeout=120, check=False)
    for module in modules:
        assert f"linkwizard.cli.{module}" in archive.stdout, module
    # The companion: notifications over jeepney's threaded router, NetworkManager's reachability.
    assert "jeepney.io.threading" in archive.stdout
    assert "linkwizard.desktop.notifications" in archive.stdout
    assert list((DIST / "linkwizard").rglob("networkinformation/libqnetworkmanager.so"))


def test_every_deliverable_is_built_with_its_checksum(built: Build) -> None:
    assert (DIST / "linkwizard" / "linkwizard").is_file()
    for path in (DEB, TARBALL):
        assert path.is_file()
        assert f"  {path.name}\n" in built.sums
    checked = subprocess.run(["sha256sum", "--check", "SHA256SUMS"], cwd=DIST, capture_output=True, text=True,
                             check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert not list(DIST.glob("*.part"))


def test_the_deb_is_what_debian_expects(built: Build) -> None:
    assert "lintian: E:" not in built.stdout
    assert "lintian: W:" not in built.stdout
    fields = subprocess.run(["dpkg-deb", "--field", str(DEB)], capture_output=True, text=True, check=True).stdout
    assert "Package: linkwizard" in fields
    assert f"Version: {__version__}" in fields
    assert "libxcb1" in fields
    assert "Recommends: gnome-keyring | libkf5wallet-bin" in fields
    listing = subprocess.run(["dpkg-deb", "--contents", str(DEB)], capture_output=True, text=True, check=True).stdout
    for path in ("./opt/linkwizard/linkwizard", "./usr/bin/linkwizard -> /opt/linkwizard/linkwizard",
                 f"./usr/share/applications/{APP_ID}.desktop", f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
                 f"./usr/share/icons/hicolor/48x48/apps/{APP_ID}.png",
                 f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
                 "./usr/share/doc/linkwizard/copyright", "./usr/share/man/man1/linkwizard.1.gz"):
        assert path in listing, path


def test_sizes_are_within_the_limits(built: Build) -> None:
    """What a person downloads (issue 12): the .deb at most 45 MB, the tarball 55 MB, the
    unpacked bundle 120 MB. packaging/README.md has the figures part by part."""
    assert DEB.stat().st_size <= 45 * MB
    assert TARBALL.stat().st_size <= 55 * MB
    bundle = sum(p.lstat().st_size for p in (DIST / "linkwizard").rglob("*") if p.is_file() and not p.is_symlink())
    assert bundle <= 120 * MB
    assert "ICU data: 32.0 MB -> " in built.stdout


def test_a_second_build_by_a_builder_with_another_umask_gives_the_same_checksums(built: Build) -> None:
    """Reproducible, and independent of the builder's umask (the review's F12: the tarball's
    modes followed it): this build makes its files group-writable, the first one did not."""
    again = subprocess.run(["sh", "-c", 'umask 002 && exec "$0"', str(ROOT / "packaging" / "build.sh")], cwd=ROOT,
                           capture_output=True, text=True, timeout=1200, check=False)
    assert again.returncode == 0, again.stdout[-3000:] + again.stderr[-3000:]
    assert (DIST / "SHA256SUMS").read_text() == built.sums
    # The APT repository's index too, byte for byte: only the signatures differ (each build
    # without LINKWIZARD_SIGNING_KEY signs with a key of its own, and says so).
    assert {name: (DIST / "apt" / name).read_bytes() for name in APT_INDEX} == built.apt_index
    assert "signed with an ephemeral key made for this build. This is not a release." in again.stdout
    import tarfile

    with tarfile.open(TARBALL) as tarball:
        loose = [m.name for m in tarball.getmembers() if m.mode & 0o022 or not m.mode & 0o004]
    assert loose == []


# a real X server ------------------------------------------------------------------------

def start_from_entry(entry: Path, display: str, **extra: str) -> tuple[subprocess.Popen[bytes], str]:
    """Start the program the way a menu does (its Exec line), then wait for its mapped window."""
    [exec_line] = [line for line in entry.read_text().splitlines() if line.startswith("Exec=")]
    argv = read_exec(exec_line.removeprefix("Exec="))
    app = subprocess.Popen(argv, env=desktop_env(display, **extra), stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
    deadline = time.monotonic() + 45
    window = ""
    while not window and time.monotonic() < deadline and app.poll() is None:
        window = xdotool(display, "search", "--onlyvisible", "--pid", str(app.pid)).split("\n")[0]
        time.sleep(0.2)
    if not window:
        app.kill()
        _, err = app.communicate()
        pytest.fail(f"no window was mapped (exit {app.returncode}): {err.decode()[-2000:]}")
    assert xdotool(display, "getwindowname", window) == "linkwizard"
    subprocess.run(["xwininfo", "-id", window, "-display", display], check=True, capture_output=True)
    return app, window


def screenshot(display: str, target: Path) -> int:
    """The whole X screen as PNG; returns how many distinct colours it has (a blank one has 1)."""
    from PIL import Image

    dump = subprocess.run(["xwd", "-root", "-silent", "-display", display], capture_output=True, check=True).stdout
    subprocess.run([CONVERT, "xwd:-", f"png:{target}"], input=dump, check=True)
    with Image.open(target) as image:
        return len(image.convert("RGB").getcolors(1 << 24) or [])


def close(app: subprocess.Popen[bytes], window: str, display: str) -> None:
    """Ctrl+Q in the window, as a person would; the app must end by itself."""
    xdotool(display, "windowfocus", "--sync", window)
    xdotool(display, "key", "--clearmodifiers", "ctrl+q")
    try:
        app.wait(15)
    except subprocess.TimeoutExpired:
        app.send_signal(signal.SIGKILL)
        app.wait()
        pytest.fail("the app did not close on Ctrl+Q")
    finally:
        assert app.stderr is not None
        app.stderr.close()
    assert app.returncode == 0


def check_autostart(program: str, home: Home, expected: str) -> None:
    """`autostart on` writes a login item that validates and starts `expected` in the
    background (a path that exists); `off` removes it."""
    entry = home.root / ".config" / "autostart" / "linkwizard.desktop"
    turned_on = subprocess.run([program, "autostart", "on"], capture_output=True, text=True, timeout=60, check=False)
    assert turned_on.returncode == 0, turned_on.stdout + turned_on.stderr
    validated = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False)
    assert validated.returncode == 0, validated.stdout
    [exec_line] = [line for line in entry.read_text().splitlines() if line.startswith("Exec=")]
    argv = read_exec(exec_line.removeprefix("Exec="))
    assert argv == [expected, "--background"]
    assert os.access(argv[0], os.X_OK)
    assert "X-GNOME-Autostart-Delay=10" in entry.read_text()
    turned_off = subprocess.run([program, "autostart", "off"], capture_output=True, text=True, timeout=60, check=False)
    assert turned_off.returncode == 0
    assert not entry.exists()


# the .deb -------------------------------------------------------------------------------

PACKAGE_FILES = ("/opt/linkwizard", "/usr/bin/linkwizard", f"/usr/share/applications/{APP_ID}.desktop",
                 f"/usr/share/metainfo/{APP_ID}.metainfo.xml", f"/usr/share/icons/hicolor/256x256/apps/{APP_ID}.png",
                 "/usr/share/doc/linkwizard", "/usr/share/man/man1/linkwizard.1.gz")


@pytest.fixture
def installed(built: Build) -> Iterator[Path]:
    """The .deb installed with apt-get (so its Depends are resolved), and always removed again."""
    if os.geteuid() != 0:
        pytest.skip("installing a package needs root (CI runs as root)")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    done = subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", str(DEB)], env=env,
                          capture_output=True, text=True, timeout=600, check=False)
    try:
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        yield Path(f"/usr/share/applications/{APP_ID}.desktop")
    finally:
        subprocess.run(["apt-get", "remove", "--purge", "-y", "-q", "linkwizard"], env=env, capture_output=True,
                       timeout=600, check=False)
    left = [path for path in PACKAGE_FILES if os.path.lexists(path)]
    assert left == [], f"left behind by apt-get remove --purge: {left}"
    assert subprocess.run(["dpkg", "-s", "linkwizard"], capture_output=True, check=False).returncode != 0


def test_the_deb_installs_opens_from_its_menu_entry_and_uninstalls(installed: Path, display: str, home: Home,
                                                                    tmp_path: Path) -> None:
    assert shutil.which("linkwizard") == "/usr/bin/linkwizard"
    checked = subprocess.run(["/usr/bin/linkwizard", "--self-test"], env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                             capture_output=True, text=True, timeout=120, check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert subprocess.run(["desktop-file-validate", str(installed)], capture_output=True).returncode == 0
    check_autostart("/usr/bin/linkwizard", home, "/usr/bin/linkwizard")
    app, window = start_from_entry(installed, display)
    assert eventually(lambda: screenshot(display, tmp_path / "deb.png") > 50), "the screen is blank"
    shutil.copy(tmp_path / "deb.png", ROOT / "build" / "deliverable-deb.png")
    close(app, window, display)


def test_the_installed_app_without_a_keyring_says_so(installed: Path, display: str, home: Home,
                                                     tmp_path: Path) -> None:
    """A session bus with no Secret Service on it (and none it could start)."""
    config = tmp_path / "bus.conf"
    config.write_text(
        "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>"
        "<policy context='default'><allow send_destination='*' eavesdrop='true'/><allow eavesdrop='true'/>"
        "<allow own='*'/></policy></busconfig>")
    bus = subprocess.Popen(["dbus-daemon", f"--config-file={config}", "--print-address=1", "--nofork"],
                           stdout=subprocess.PIPE, text=True)
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        app, window = start_from_entry(installed, display, DBUS_SESSION_BUS_ADDRESS=address)
        log = home.log_dir / "linkwizard.log"
        assert eventually(lambda: log.exists() and "keyring unavailable at start-up: NO_SECURE_KEYRING"
                          in log.read_text()), "the missing keyring was not noticed"
        assert app.poll() is None, "the app ended by itself"
        assert eventually(lambda: screenshot(display, tmp_path / "no-keyring.png") > 50)
        shutil.copy(tmp_path / "no-keyring.png", ROOT / "build" / "deliverable-no-keyring.png")
        close(app, window, display)
    finally:
        bus.terminate()
        bus.communicate(timeout=10)


# the portable tarball ---------------------------------------------------------------------

def test_the_tarball_installs_its_menu_entry_opens_and_uninstalls(built: Build, display: str, home: Home,
                                                                  tmp_path: Path) -> None:
    apps = tmp_path / "My Apps $HOME 100%"  # a folder name the Exec line must quote and escape
    apps.mkdir()
    subprocess.run(["tar", "-xzf", str(TARBALL), "-C", str(apps)], check=True)
    program = apps / "linkwizard" / "linkwizard"
    added = subprocess.run([str(program), "--install-desktop-entry"], capture_output=True, text=True, timeout=60,
                           check=False)
    assert added.returncode == 0, added.stdout + added.stderr
    entry = home.data / "applications" / f"{APP_ID}.desktop"
    assert subprocess.run(["desktop-file-validate", str(entry)], capture_output=True).returncode == 0
    [exec_line] = [line for line in entry.read_text().splitlines() if line.startswith("Exec=")]
    assert read_exec(exec_line.removeprefix("Exec=")) == [str(program)]
    assert (home.data / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    check_autostart(str(program), home, str(program))
    app, window = start_from_entry(entry, display)
    assert eventually(lambda: screenshot(display, tmp_path / "tarball.png") > 50)
    close(app, window, display)
    removed = subprocess.run([str(program), "--uninstall-desktop-entry"], capture_output=True, text=True,
                             timeout=60, check=False)
    assert removed.returncode == 0
    assert not entry.exists()
    assert not list((home.data / "icons").rglob(f"{APP_ID}.*"))


def test_the_bundle_checks_accounts_in_a_process_of_its_own(built: Build, home: Home, stripe: FakeStripe,
                                                            tmp_path: Path) -> None:
    """The window starts its batch checks as `<its own executable> --internal-checks`: the
    bundle answers that as the source does (tests/unit/usecases/test_checks_process.py)."""
    import json

    from support.checks import linked, talk_to_child

    subprocess.run(["tar", "-xzf", str(TARBALL), "-C", str(tmp_path)], check=True)
    accounts, keys = linked(stripe, 8)
    stripe.add_key(keys[1], customers=fs.invalid_key(keys[1]))
    lines, said = talk_to_child([str(tmp_path / "linkwizard" / "linkwizard"), "--internal-checks"], accounts,
                                stripe.url)
    results = [json.loads(line)["result"] for line in lines[:-1]]
    assert json.loads(lines[-1]) == {"done": True}
    assert len(results) == 8
    assert sorted(r["account"]["status"] for r in results) == ["needs_attention"] + ["ok"] * 7
    assert all(key not in said for key in keys)
