"""Retiring a plaintext copy leaves no copy (security review 2026-12, F1, F2, F4, F5, F7):
every occurrence of the key in the file is rewritten or the file is refused whole, the Stripe
CLI's own backups and newer layout are covered, the file written is the file checked, and
nothing a hostile folder holds can hang, crash or widen the file's permissions.

The real CLI, the fake Stripe server, the real keyring; the second user is `setpriv`."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Cli, CliResult

OTHER_UID = 1000  # the second user: any uid but root's works with setpriv
as_root = pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None,
                             reason="a second user needs root and setpriv (CI runs as root)")


@pytest.fixture
def shared_root() -> Iterator[Path]:
    """A folder the second user can reach (the test's own tmp_path is root's alone)."""
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="linkwizard-shared-", dir="/tmp"))
    root.chmod(0o755)
    yield root
    shutil.rmtree(root, ignore_errors=True)


def stripe_dir() -> Path:
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "stripe"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def as_other_user(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["setpriv", f"--reuid={OTHER_UID}", f"--regid={OTHER_UID}", "--clear-groups", *command],
                          capture_output=True, text=True, timeout=30, check=False)


def imported(cli: Cli, *args: str) -> tuple[CliResult, dict[str, Any]]:
    result = cli("import", "--all", "--retire-plaintext", "--json", *args)
    return result, json.loads(result.stdout) if result.stdout.strip() else {}


# 1. No copy left, anywhere in the file --------------------------------------------------------
def test_a_stripe_config_keeps_no_copy_in_comments_or_other_profiles(
        cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    first, second = stripe.add_key(make_key()), stripe.add_key(make_key())
    config = stripe_dir() / "config.toml"
    config.write_text(f"# my old key was: {second}\n"
                      f'[default]\ntest_mode_api_key = "{first}" # backup copy: {first}\n'
                      f'[other]\ntest_mode_api_key = "{second}"\n')
    config.chmod(0o600)
    found = json.loads(cli("import", "--scan", "--json").stdout)["candidates"]
    assert {tuple(c["lines"]) for c in found} == {(3,), (1, 5)}  # every occurrence is reported

    result, report = imported(cli)
    assert result.code == 0, result.stderr
    text = config.read_text()
    assert first not in text
    assert second not in text
    assert len(report["retired"]) >= 2
    assert "# backup copy" not in text or first[-4:] in text  # the comment keeps at most the hint


def test_a_dotenv_keeps_no_copy_in_comments_other_values_or_quotes(
        cli: Cli, stripe: FakeStripe, api_base: str, tmp_path: Path) -> None:
    first, second, third = (stripe.add_key(make_key()) for _ in range(3))
    dotenv = tmp_path / ".env"
    dotenv.write_text(f"# previous: STRIPE_SECRET_KEY={first}\n"
                      f"STRIPE_SECRET_KEY={first}\n"
                      f"NEXT_PUBLIC_URL=https://x.example/?k={first}&v=1\n"
                      f"STRIPE_SECRET_KEY_OLD=Bearer {second}\n"
                      f"#STRIPE_BACKUP='{third}'\n"
                      "PORT=3000\n")
    found = json.loads(cli("import", "--scan", "--json", "--dotenv", str(dotenv)).stdout)["candidates"]
    lines = sorted(tuple(c["lines"]) for c in found)
    assert lines == [(1, 2, 3), (4,), (5,)], found

    result, report = imported(cli, "--dotenv", str(dotenv))
    assert result.code == 0, result.stderr
    text = dotenv.read_text()
    for key in (first, second, third):
        assert key not in text
    assert text.endswith("PORT=3000\n")
    assert "https://x.example/?k=" in text
    assert report["retire_refused"] == []


def test_a_copy_that_cannot_be_rewritten_refuses_the_whole_file(
        cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key())
    escaped = "".join(f"\\u{ord(c):04x}" for c in key)  # the same key, written with TOML escapes
    config = stripe_dir() / "config.toml"
    original = f'[default]\ntest_mode_api_key = "{key}"\nnote = "old: {escaped}"\n'
    config.write_text(original)
    result, report = imported(cli)
    assert result.code == 6, result.stderr
    assert config.read_text() == original  # untouched, never called retired
    assert report["retired"] == []
    assert "still" in report["retire_refused"][0]
    human = cli("import", "--all", "--retire-plaintext")
    assert "Retired" not in human.stdout
    assert "still" in human.stderr
    assert key not in human.stdout + human.stderr


# 2. The Stripe CLI's own copies ----------------------------------------------------------------
def test_the_migration_backup_and_the_v2_layout_are_scanned_and_retired(
        cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key())
    folder = stripe_dir()
    # What `stripe` writes when it migrates a v1 config (pkg/config/migrate.go): the original,
    # byte for byte, as config.toml.v1.bak (0600), and config.toml in the v2 layout, as the
    # BurntSushi/toml encoder writes it (top-level keys, then nested tables indented).
    v1 = (f'color = "auto"\n\n[default]\n  account_id = "acct_1LwFakeCli00001"\n'
          f'  display_name = "Rocket Rides"\n  test_mode_api_key = "{key}"\n'
          '  test_mode_key_expires_at = "2027-03-01"\n')
    v2 = (f'color = "auto"\nconfig_version = 2\n\n[profiles]\n  [profiles.default]\n'
          f'    account_id = "acct_1LwFakeCli00001"\n    display_name = "Rocket Rides"\n'
          f'    test_mode_api_key = "{key}"\n    test_mode_key_expires_at = "2027-03-01"\n')
    (folder / "config.toml.v1.bak").write_text(v1)
    (folder / "config.toml").write_text(v2)
    for name in ("config.toml", "config.toml.v1.bak"):
        (folder / name).chmod(0o600)
    found = json.loads(cli("import", "--scan", "--json").stdout)
    sources = sorted(Path(c["path"]).name for c in found["candidates"])
    assert sources == ["config.toml", "config.toml.v1.bak"]

    result, report = imported(cli)
    assert result.code == 0, result.stderr
    for name in ("config.toml", "config.toml.v1.bak"):
        assert key not in (folder / name).read_text()
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    assert "[profiles.default]" in (folder / "config.toml").read_text()
    assert sorted(Path(r["path"]).name for r in report["retired"]) == ["config.toml", "config.toml.v1.bak"]


# 3. Checked file, checked write ---------------------------------------------------------------
@as_root
def test_a_folder_others_may_write_to_without_the_sticky_bit_is_not_retired(
        cli: Cli, stripe: FakeStripe, api_base: str, shared_root: Path) -> None:
    key = stripe.add_key(make_key())
    shared = shared_root / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    dotenv = shared / ".env"
    original = f"STRIPE_SECRET_KEY={key}\nDATABASE_URL=postgres://app:S3cret@db/prod\n"
    dotenv.write_text(original)
    dotenv.chmod(0o600)
    result, report = imported(cli, "--dotenv", str(dotenv))
    assert result.code == 6
    assert dotenv.read_text() == original
    assert stat.S_IMODE(dotenv.stat().st_mode) == 0o600
    assert "other users" in report["retire_refused"][0]
    assert "sticky" in report["retire_refused"][0]
    assert as_other_user("cat", str(dotenv)).returncode != 0


@as_root
@pytest.mark.parametrize("swap", ["file", "symlink"])
def test_a_second_user_who_swaps_the_file_at_the_moment_of_the_write_is_refused(
        shared_root: Path, swap: str) -> None:
    from linkwizard.secrets import plaintext

    key = make_key()
    project = shared_root / "project"  # the other user's folder: they may rename in it
    project.mkdir()
    os.chown(project, OTHER_UID, OTHER_UID)
    dotenv = project / ".env"
    dotenv.write_text(f"STRIPE_SECRET_KEY={key}\nDATABASE_URL=postgres://app:S3cret@db/prod\n")
    dotenv.chmod(0o600)
    os.chown(dotenv, OTHER_UID, OTHER_UID)
    [candidate] = plaintext.scan(os.environ, [str(dotenv)]).candidates
    theirs = project / "theirs"
    done = as_other_user("sh", "-c", f"umask 0; echo planted > {theirs}")
    assert done.returncode == 0, done.stderr

    def at_the_write(folder_fd: int, name: str) -> None:
        if swap == "file":
            moved = as_other_user("mv", "-f", str(theirs), str(dotenv))
        else:
            moved = as_other_user("ln", "-sfn", "/etc/passwd", str(dotenv))
        assert moved.returncode == 0, moved.stderr

    report = plaintext.retire([(candidate, "shop")], before_replace=at_the_write)
    assert report.retired == []
    assert len(report.refused) == 1
    assert "changed" in str(report.refused[0])
    if swap == "file":
        assert dotenv.read_text() == "planted\n"
    else:
        assert dotenv.is_symlink()
        assert Path("/etc/passwd").read_text().startswith("root:")
    assert not [p for p in project.iterdir() if p.name.endswith(".tmp")]  # no temporary file left


@as_root
def test_mode_owner_and_group_come_from_the_file_that_was_checked(
        cli: Cli, stripe: FakeStripe, api_base: str, tmp_path: Path) -> None:
    key = stripe.add_key(make_key())
    dotenv = tmp_path / ".env"
    dotenv.write_text(f"STRIPE_SECRET_KEY={key}\nDATABASE_URL=postgres://x\n")
    os.chown(dotenv, OTHER_UID, 33)
    dotenv.chmod(0o640)
    has_acl = shutil.which("setfacl") is not None and subprocess.run(
        ["setfacl", "-m", f"u:{OTHER_UID + 1}:r", str(dotenv)], capture_output=True, check=False).returncode == 0
    result, _ = imported(cli, "--dotenv", str(dotenv))
    assert result.code == 0, result.stderr
    info = dotenv.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (OTHER_UID, 33, 0o640)
    assert key not in dotenv.read_text()
    if has_acl:
        acl = subprocess.run(["getfacl", "-c", str(dotenv)], capture_output=True, text=True, check=True).stdout
        assert f"user:{OTHER_UID + 1}:r--" in acl


# 4. Hard links --------------------------------------------------------------------------------
def test_a_file_with_another_name_is_not_retired(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key())
    config = stripe_dir() / "config.toml"
    original = f'[default]\ntest_mode_api_key = "{key}"\n'
    config.write_text(original)
    backup = config.parent.parent / "config-backup.toml"
    os.link(config, backup)
    result, report = imported(cli)
    assert result.code == 6
    assert config.read_text() == original
    assert backup.read_text() == original
    assert "other name" in report["retire_refused"][0]


# 5. Not a regular file, deep nesting, write errors -----------------------------------------------
def test_a_fifo_swapped_in_during_the_scan_never_blocks_it(tmp_path: Path) -> None:
    """Another process swaps a FIFO and a regular file at the path, as fast as it can, while
    the path is read again and again: no read may block (the review saw 28 in 6 s)."""
    from linkwizard.secrets import plaintext

    dotenv, fifo = tmp_path / ".env", tmp_path / "fifo-keep"
    os.mkfifo(fifo)
    dotenv.write_text("A=1\n")
    swapper = subprocess.Popen([sys.executable, "-c", (
        "import os, sys\n"
        "folder = sys.argv[1]\n"
        "while True:\n"
        "    os.link(folder + '/fifo-keep', folder + '/f.tmp')\n"
        "    os.replace(folder + '/f.tmp', folder + '/.env')\n"
        "    open(folder + '/r.tmp', 'w').write('A=1\\n')\n"
        "    os.replace(folder + '/r.tmp', folder + '/.env')\n"), str(tmp_path)])
    outcomes: list[str] = []

    def read() -> None:
        for _ in range(20000):
            try:
                plaintext.read_limited(dotenv)
                outcomes.append("read")
            except (plaintext.UnreadableFile, FileNotFoundError) as exc:
                outcomes.append(type(exc).__name__)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(30)
    swapper.kill()
    swapper.wait()
    blocked = reader.is_alive()
    while reader.is_alive():  # let a blocked reader go, so the test can end
        with contextlib.suppress(OSError):
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(0.1)
    assert not blocked, f"a read blocked on the FIFO after {len(outcomes)} reads"
    assert "UnreadableFile" in outcomes
    assert "read" in outcomes


@pytest.mark.parametrize("name", ["config.toml", "credentials.json"])
def test_deep_nesting_is_a_clear_message_not_a_traceback(cli: Cli, name: str) -> None:
    path = stripe_dir() / name
    path.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n" if name.endswith(".toml")
                    else '{"a": ' + "[" * 100_000 + "]" * 100_000 + "}")
    result = cli("import", "--scan", "--json")
    assert result.code == 0, result.stderr
    [problem] = json.loads(result.stdout)["unreadable"]
    assert "nested too deeply" in problem["reason"]
    assert "Traceback" not in result.stderr


def test_a_write_error_keeps_the_summary_and_the_json_with_exit_6(
        cli: Cli, stripe: FakeStripe, api_base: str, tmp_path: Path) -> None:
    key = stripe.add_key(make_key())
    folder = tmp_path / "readonly"
    folder.mkdir()
    dotenv = folder / ".env"
    dotenv.write_text(f"STRIPE_SECRET_KEY={key}\n")
    folder.chmod(0o500)  # the temporary file cannot be created
    immutable = os.geteuid() == 0  # root writes anyway: the review's `chattr +i` stops root too
    if immutable:
        subprocess.run(["chattr", "+i", str(folder)], check=True)
    try:
        result, report = imported(cli, "--dotenv", str(dotenv))
        human = cli("import", "--all", "--retire-plaintext", "--dotenv", str(dotenv))
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o700)
    assert result.code == 6
    assert "Traceback" not in result.stderr
    assert report["results"][0]["status"] == "linked"
    assert report["retired"] == []
    assert "could not be written" in report["retire_refused"][0]
    assert human.code == 6
    assert "Linked 0, already linked 1" in human.stdout
    assert "Traceback" not in human.stderr
    assert key in dotenv.read_text()


# 6. Hints are hints ---------------------------------------------------------------------------
def test_a_star_after_a_key_never_prints_more_than_the_hint(cli: Cli, tmp_path: Path) -> None:
    key = make_key("sk", "live")
    dotenv = tmp_path / ".env"
    dotenv.write_text(f'STRIPE_SECRET_KEY="{key}*"\n')
    for args in (("--json",), ()):
        result = cli("import", "--scan", "--dotenv", str(dotenv), *args)
        assert result.code == 0
        assert key not in result.stdout + result.stderr
        assert key[:20] not in result.stdout + result.stderr


if sys.platform != "linux":  # pragma: no cover
    pytestmark = pytest.mark.skip("the checks here use Linux's file system calls")
