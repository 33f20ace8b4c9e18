"""Every CLI flow, including every failure, run in this process: afterwards no file under the
test's HOME and XDG folders, no log line, no output and no exception text holds a key or any
12-character slice of its secret part."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest

from linkwizard import cli
from support import fake_stripe as fs
from support.fake_stripe import FakeStripe, Reply, make_key
from support.sandbox import Home
from support.secret_scan import ExceptionRecorder, files_under, leaks


def run(monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main(list(argv))


def test_no_trace_of_any_key_after_every_cli_flow(stripe: FakeStripe, api_base: str, home: Home,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capfd: pytest.CaptureFixture[str]) -> None:
    good, restricted = make_key(), make_key("rk")
    stripe.add_key(good, account_id="acct_1LwFakeHygiene1", display_name="Hygiene Ltd")
    failing: dict[str, tuple[str, Callable[[str], Reply | list[Reply]]]] = {
        "invalid": (make_key(), fs.invalid_key),
        "expired": (make_key(), fs.expired_key),
        "forbidden": (make_key("rk"), fs.missing_permission),
        "limited": (make_key(), lambda k: fs.rate_limited()),
        "broken": (make_key(), lambda k: [fs.server_error(500)] * 3),
        "portal": (make_key(), lambda k: fs.captive_portal()),
        "reset": (make_key(), lambda k: [Reply(fault="reset")] * 3),
    }
    for key, reply in failing.values():
        stripe.add_key(key, customers=reply(key))
    stripe.add_key(restricted)
    refused = [make_key("pk"), make_key("sk", "live"), make_key()[:-3] + "!!!", make_key("whsec", "x")]
    everything = [good, restricted, *(key for key, _ in failing.values()), *refused]
    codes = []
    with ExceptionRecorder() as recorder:
        codes.append(run(monkeypatch, "connect", "--environment", "test", "--name", "good", "--verbose",
                         stdin=f'"Bearer {good}"\n'))
        codes.append(run(monkeypatch, "connect", "--environment", "test", "--name", "restricted", "--json",
                         stdin=restricted))
        for name, (key, _) in failing.items():
            codes.append(run(monkeypatch, "connect", "--environment", "test", "--name", name, "--verbose",
                             stdin=key))
        for key in refused:
            codes.append(run(monkeypatch, "connect", "--environment", "test", "--verbose", stdin=key))
        stripe.add_key(good, customers=fs.expired_key(good))  # the key is rolled after linking
        codes.append(run(monkeypatch, "verify", "--all", "--verbose"))
        codes.append(run(monkeypatch, "accounts", "--json"))
        codes.append(run(monkeypatch, "rename", "good", "better"))
        codes.append(run(monkeypatch, "remove", "restricted", "--yes"))
    assert codes[:2] == [0, 0]
    assert codes[2:9] == [3, 3, 4, 5, 5, 5, 5]
    assert codes[9:13] == [2, 2, 2, 2]
    assert codes[13:] == [3, 0, 0, 0]
    output = capfd.readouterr()
    assert "Hygiene Ltd" in output.out  # the flows really ran
    assert len(recorder.texts) > 20, "the recorder saw the failures being raised"
    assert any("LinkwizardError" in text for _, text in recorder.texts)
    haystacks = [("stdout", output.out), ("stderr", output.err), *recorder.texts,
                 *((str(path), text) for path, text in files_under(home.root))]
    assert (home.log_dir / "linkwizard.log").stat().st_size > 0
    assert leaks(everything, haystacks) == []


def test_the_scan_finds_what_it_looks_for() -> None:
    key = make_key()
    secret = key.split("_", 2)[2]
    assert leaks([key], [("file", f"x{secret[5:17]}y")]) == [f"file: ...{secret[11:17]}"]
    assert leaks([key], [("file", secret[:11])]) == []
