"""The release workflow and the platform icons it builds with: checked here, so a broken
workflow fails in the suite and not on the first tag."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
ACTIONLINT = Path(sys.executable).with_name("actionlint")


def test_every_workflow_passes_actionlint() -> None:
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert [w.name for w in workflows] == ["release.yml", "tests.yml"]
    done = subprocess.run([str(ACTIONLINT), *map(str, workflows)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_would_catch_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
                      "      - run: echo ${{ github.event.nonexistent.thing }}\n        shell: nosuchshell\n")
    done = subprocess.run([str(ACTIONLINT), str(broken)], capture_output=True, text=True, check=False)
    assert done.returncode != 0


def test_the_release_builds_each_platform_and_self_tests_it() -> None:
    text = (ROOT / ".github" / "workflows" / "release.yml").read_text()
    assert 'tags: ["v*"]' in text
    for needle in ("packaging/build.sh", "--self-test", "hdiutil create", "linkwizard-gui.exe",
                   "Compress-Archive", "--require-hashes"):
        assert needle in text, needle
    spec = (ROOT / "packaging" / "linkwizard.spec").read_text()
    assert 'APP_ID = "io.github.linkwizard.LinkWizard"' in spec
    assert "bundle_identifier=APP_ID" in spec
    assert 'program("linkwizard-gui", console=False)' in spec


def test_the_ico_holds_every_windows_size() -> None:
    with Image.open(ROOT / "packaging" / "icons" / "linkwizard.ico") as ico:
        assert ico.format == "ICO"
        assert set(ico.info["sizes"]) >= {(16, 16), (32, 32), (48, 48), (256, 256)}
        ico.size = (256, 256)  # type: ignore[misc]  # how PIL's ICO reader picks one of the images
        pixel = ico.convert("RGBA").getpixel((128, 128))
        assert isinstance(pixel, tuple)
        assert pixel[3] > 0  # drawn, not empty


def test_the_icns_holds_the_retina_sizes() -> None:
    with Image.open(ROOT / "packaging" / "icons" / "linkwizard.icns") as icns:
        assert icns.format == "ICNS"
        assert {(512, 512, 2), (256, 256, 1), (128, 128, 1), (16, 16, 2)} <= set(icns.info["sizes"])
        icns.load()  # the largest image
        assert icns.size == (1024, 1024)


def test_pull_requests_run_the_readmes_test_command() -> None:
    text = (ROOT / ".github" / "workflows" / "tests.yml").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "pull_request:" in text
    assert "scripts/test.sh" in text
    assert "scripts/test.sh" in readme


def test_the_signing_key_is_in_the_signing_job_only_and_actions_are_pinned() -> None:
    """Only `sign` holds LINKWIZARD_SIGNING_KEY; it runs no project code (no checkout, no
    script of the repository) and names the `release` environment; every action is pinned by
    a commit with its tag in a comment."""
    import re

    text = (ROOT / ".github" / "workflows" / "release.yml").read_text()
    jobs_text = text.split("\njobs:\n", 1)[1]
    parts = re.split(r"^  ([\w-]+):\n", jobs_text, flags=re.MULTILINE)
    jobs = dict(zip(parts[1::2], parts[2::2], strict=True))  # each job's name and its text
    assert {"linux", "macos", "windows", "sign", "release", "pages"} <= set(jobs)
    assert [name for name, job in jobs.items() if "LINKWIZARD_SIGNING_KEY" in job] == ["sign"]
    sign = jobs["sign"]
    assert re.search(r"^    environment: release\b", sign, flags=re.MULTILINE)
    assert "checkout" not in sign
    runs = "\n".join(line for line in sign.splitlines() if not line.lstrip().startswith("#"))
    assert not re.search(r"scripts/|packaging/|python|\.venv", runs), runs
    for path in sorted((ROOT / ".github" / "workflows").glob("*.yml")):
        for line in path.read_text().splitlines():
            if "uses:" in line:
                assert re.search(r"uses: [\w./-]+@[0-9a-f]{40}  # v\d+(\.\d+)*$", line), (path.name, line)
