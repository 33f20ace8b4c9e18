"""Updates that reach people: the signed APT repository the build writes, used for real.

Version A (this version) and version B (`LINKWIZARD_VERSION=...` builds the same code as B) are
built with one signing key; the repository is served from loopback and added exactly as the
README says (the published keyring in /etc/apt/keyrings, a deb822 source with Signed-By).
apt-get installs A, an account is linked with the installed command, B is published and
`apt-get upgrade` installs it, and the account is still there and verifies. Then tampering:
a Release changed by one byte, one signed by another key, a .deb changed in the pool. Always
purged and removed again. Slow (two builds): run by .ci/run through scripts/test.sh.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from linkwizard import APP_ID, __version__
from support.bao import free_port
from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Home

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
VERSION_B = __version__ + ".1"  # later than A by Debian's rules (0.1.0 < 0.1.0.1)
EPOCH = "1796000000"
KEYRING = Path("/etc/apt/keyrings/linkwizard-archive-keyring.gpg")
SOURCES = Path("/etc/apt/sources.list.d/linkwizard.sources")


def make_key_pair(name: str) -> str:
    """A new signing key (armored secret key), as the release workflow's secret holds one."""
    home = tempfile.mkdtemp(prefix="linkwizard-gpg-")
    gpg = ["gpg", "--homedir", home, "--batch", "--quiet", "--pinentry-mode", "loopback", "--passphrase", ""]
    try:
        subprocess.run([*gpg, "--quick-gen-key", f"{name} <{name}@localhost>", "ed25519", "sign", "0"], check=True)
        return subprocess.run([*gpg, "--armor", "--export-secret-keys"], check=True, capture_output=True,
                              text=True).stdout
    finally:
        subprocess.run(["gpgconf", "--homedir", home, "--kill", "all"], check=False, capture_output=True)
        shutil.rmtree(home, ignore_errors=True)


@dataclass(frozen=True)
class Release:
    version: str
    repo: Path  # a copy of dist/apt
    sums: Path  # a copy of dist/SHA256SUMS, with SHA256SUMS.asc beside it
    output: str


def build(version: str, key: str, into: Path) -> Release:
    env = dict(os.environ, LINKWIZARD_VERSION=version, LINKWIZARD_SIGNING_KEY=key, SOURCE_DATE_EPOCH=EPOCH)
    done = subprocess.run([str(ROOT / "packaging" / "build.sh")], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=1200, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    shutil.copytree(DIST / "apt", into / "apt")
    for name in ("SHA256SUMS", "SHA256SUMS.asc"):
        shutil.copy(DIST / name, into / name)
    return Release(version, into / "apt", into / "SHA256SUMS", done.stdout)


@pytest.fixture(scope="module")
def releases(tmp_path_factory: pytest.TempPathFactory) -> tuple[Release, Release]:
    key = make_key_pair("linkwizard release test")
    first = build(__version__, key, tmp_path_factory.mktemp("release-a"))
    second = build(VERSION_B, key, tmp_path_factory.mktemp("release-b"))
    return first, second


def test_the_build_says_which_key_signed(releases: tuple[Release, Release]) -> None:
    a, _ = releases
    assert "apt: signing with LINKWIZARD_SIGNING_KEY" in a.output
    assert "not a release" not in a.output
    for name in ("dists/stable/Release", "dists/stable/InRelease", "dists/stable/Release.gpg",
                 "dists/stable/main/binary-amd64/Packages", "dists/stable/main/binary-amd64/Packages.gz",
                 f"pool/main/l/linkwizard/linkwizard_{a.version}_amd64.deb", "linkwizard-archive-keyring.gpg",
                 "linkwizard-archive-keyring.asc"):
        assert (a.repo / name).is_file(), name


def test_signed_checksums_verify_and_a_changed_list_does_not(releases: tuple[Release, Release],
                                                             tmp_path: Path) -> None:
    a, _ = releases
    keyring = a.repo / "linkwizard-archive-keyring.gpg"
    good = subprocess.run(["gpgv", "--keyring", str(keyring), str(a.sums) + ".asc", str(a.sums)],
                          capture_output=True, text=True, check=False)
    assert good.returncode == 0, good.stderr
    assert "Good signature" in good.stderr
    print(good.stderr)  # the resolve note quotes it
    changed = tmp_path / "SHA256SUMS"
    changed.write_text(a.sums.read_text().replace("0", "1", 1))
    bad = subprocess.run(["gpgv", "--keyring", str(keyring), str(a.sums) + ".asc", str(changed)],
                         capture_output=True, text=True, check=False)
    assert bad.returncode != 0
    assert "BAD signature" in bad.stderr


# through apt, for real ------------------------------------------------------------------

class Served:
    """The repository on loopback (python -m http.server), stopped by its pid."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.process = subprocess.Popen([sys.executable, "-m", "http.server", "--bind", "127.0.0.1",
                                         str(self.port), "--directory", str(folder)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(300):
            try:
                urllib.request.urlopen(f"{self.url}/", timeout=1).close()
                return
            except urllib.error.HTTPError:
                return  # it answers
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise TimeoutError("http.server did not start")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def publish(self, release: Release) -> None:
        shutil.rmtree(self.folder)
        shutil.copytree(release.repo, self.folder)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def apt(*args: str, only_ours: Path | None = None) -> subprocess.CompletedProcess[str]:
    """apt-get as root, non-interactive; `only_ours`: a folder holding only our source, so that
    update and upgrade touch nothing but linkwizard (and keep the other lists)."""
    options = ["-o", "APT::Get::List-Cleanup=false"]
    if only_ours is not None:
        options += ["-o", "Dir::Etc::sourcelist=/dev/null", "-o", f"Dir::Etc::sourceparts={only_ours}"]
    return subprocess.run(["apt-get", "-q", *options, *args], capture_output=True, text=True, timeout=900,
                          env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"), check=False)


def installed_version() -> str | None:
    done = subprocess.run(["dpkg-query", "-W", "-f", "${Status} ${Version}", "linkwizard"], capture_output=True,
                          text=True, check=False)
    return done.stdout.split()[-1] if done.returncode == 0 and "installed" in done.stdout else None


@pytest.fixture
def repository(releases: tuple[Release, Release], tmp_path: Path) -> Iterator[tuple[Served, Path]]:
    """Version A's repository served and added as the README says; everything undone after."""
    if os.geteuid() != 0:
        pytest.skip("adding an APT source and installing a package needs root (CI runs as root)")
    assert installed_version() is None, "linkwizard is installed already; this test would remove it"
    a, _ = releases
    readme = (ROOT / "README.md").read_text()
    assert "/etc/apt/keyrings/linkwizard-archive-keyring.gpg" in readme
    assert "/etc/apt/sources.list.d/linkwizard.sources" in readme
    only_ours = tmp_path / "sources"
    only_ours.mkdir()
    (tmp_path / "served").mkdir()
    served = Served(tmp_path / "served")  # stopped by its pid below, whatever happens
    try:
        served.publish(a)
        KEYRING.parent.mkdir(parents=True, exist_ok=True)
        with open(KEYRING, "wb") as out:  # as the README's curl does: the published keyring
            out.write((served.folder / "linkwizard-archive-keyring.gpg").read_bytes())
        source = (f"Types: deb\nURIs: {served.url}\nSuites: stable\nComponents: main\nArchitectures: amd64\n"
                  f"Signed-By: {KEYRING}\n")
        SOURCES.write_text(source)
        (only_ours / "linkwizard.sources").write_text(source)
        yield served, only_ours
    finally:
        apt("remove", "--purge", "-y", "linkwizard")
        served.stop()
        SOURCES.unlink(missing_ok=True)
        KEYRING.unlink(missing_ok=True)
        for lists in Path("/var/lib/apt/lists").glob("127.0.0.1_*"):
            lists.unlink()
    assert installed_version() is None


def test_an_upgrade_through_the_repository_keeps_the_account(repository: tuple[Served, Path],
                                                              releases: tuple[Release, Release],
                                                              stripe: FakeStripe, api_base: str, home: Home) -> None:
    served, only_ours = repository
    a, b = releases
    updated = apt("update", only_ours=only_ours)
    assert updated.returncode == 0, updated.stdout + updated.stderr
    got = apt("install", "-y", "--no-install-recommends", "linkwizard")
    assert got.returncode == 0, got.stdout[-2000:] + got.stderr[-2000:]
    assert installed_version() == a.version
    key = stripe.add_key(make_key())
    linked = subprocess.run(["/usr/bin/linkwizard", "connect", "--environment", "test", "--name", "Shop"],
                            input=key, capture_output=True, text=True, timeout=120, check=False)
    assert linked.returncode == 0, linked.stderr

    served.publish(b)
    updated = apt("update", only_ours=only_ours)
    assert updated.returncode == 0, updated.stdout + updated.stderr
    upgraded = apt("upgrade", "-y", only_ours=only_ours)
    print(f"$ apt-get upgrade -y\n{upgraded.stdout}")  # the resolve note quotes it
    assert upgraded.returncode == 0, upgraded.stdout[-2000:] + upgraded.stderr[-2000:]
    assert f"Unpacking linkwizard ({b.version}) over ({a.version})" in upgraded.stdout
    assert installed_version() == b.version
    version = subprocess.run(["/usr/bin/linkwizard", "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.strip() == f"linkwizard {b.version}"
    metainfo = Path(f"/usr/share/metainfo/{APP_ID}.metainfo.xml").read_text()
    assert f'<release version="{b.version}"' in metainfo  # the release notes, from CHANGELOG.md
    assert '<release version="0.1.0" date="2026-11-28">' in metainfo
    listed = subprocess.run(["/usr/bin/linkwizard", "accounts", "--json"], capture_output=True, text=True,
                            check=True)
    assert [account["name"] for account in json.loads(listed.stdout)] == ["Shop"]
    verified = subprocess.run(["/usr/bin/linkwizard", "verify", "Shop"], capture_output=True, text=True, timeout=120,
                              check=False)
    assert verified.returncode == 0, verified.stderr
    assert "Shop: healthy" in verified.stdout

    # Tampering: each refused, and version B stays.
    release = served.folder / "dists" / "stable" / "InRelease"
    original = release.read_bytes()
    release.write_bytes(original.replace(b"Suite: stable", b"Suite: stabld", 1))
    refused = apt("update", only_ours=only_ours)
    assert refused.returncode != 0 or "BADSIG" in refused.stdout + refused.stderr
    assert "BADSIG" in refused.stdout + refused.stderr or "not signed" in refused.stdout + refused.stderr
    other = make_key_pair("someone else")
    signed_elsewhere = _signed_by(other, (served.folder / "dists" / "stable" / "Release").read_bytes())
    release.write_bytes(signed_elsewhere)
    refused = apt("update", only_ours=only_ours)
    assert "NO_PUBKEY" in refused.stdout + refused.stderr or "not signed" in refused.stdout + refused.stderr
    release.write_bytes(original)
    assert apt("update", only_ours=only_ours).returncode == 0
    deb = served.folder / "pool" / "main" / "l" / "linkwizard" / f"linkwizard_{b.version}_amd64.deb"
    data = bytearray(deb.read_bytes())
    data[len(data) // 2] ^= 0xFF
    deb.write_bytes(bytes(data))
    shutil.rmtree("/var/cache/apt/archives/partial", ignore_errors=True)
    for cached in Path("/var/cache/apt/archives").glob("linkwizard_*.deb"):
        cached.unlink()
    reinstall = apt("install", "--reinstall", "-y", "linkwizard")
    assert reinstall.returncode != 0
    assert "Hash Sum mismatch" in reinstall.stdout + reinstall.stderr or "hash" in reinstall.stderr.lower()
    assert installed_version() == b.version


def test_an_older_release_leaves_a_newer_account_list_alone(releases: tuple[Release, Release], home: Home,
                                                            tmp_path: Path) -> None:
    """Version A's own binary (unpacked from its .deb) with a list a newer release wrote."""
    a, _ = releases
    deb = a.repo / "pool" / "main" / "l" / "linkwizard" / f"linkwizard_{a.version}_amd64.deb"
    unpacked = tmp_path / "a"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    home.data_dir.mkdir(parents=True, mode=0o700)
    newer = home.data_dir / "accounts.json"
    newer.write_text(json.dumps({"schema_version": 2, "written_by": "9.0.0", "accounts": []}) + "\n")
    before = newer.read_bytes()
    done = subprocess.run([str(unpacked / "opt" / "linkwizard" / "linkwizard"), "accounts"], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 6, done.stderr
    assert "written by a newer linkwizard (version 9.0.0). Install that version or newer." in done.stderr
    assert newer.read_bytes() == before
    assert [p.name for p in home.data_dir.iterdir()] == ["accounts.json"]


def _signed_by(key: str, release: bytes) -> bytes:
    home = tempfile.mkdtemp(prefix="linkwizard-gpg-")
    gpg = ["gpg", "--homedir", home, "--batch", "--quiet", "--pinentry-mode", "loopback", "--passphrase", ""]
    try:
        subprocess.run([*gpg, "--import"], input=key.encode(), check=True, capture_output=True)
        return subprocess.run([*gpg, "--clearsign"], input=release, check=True, capture_output=True).stdout
    finally:
        subprocess.run(["gpgconf", "--homedir", home, "--kill", "all"], check=False, capture_output=True)
        shutil.rmtree(home, ignore_errors=True)
