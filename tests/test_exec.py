"""`linkwizard exec`: which variables the command gets, masking, nesting, signals, exit status.

Each runs the real CLI as a subprocess with keys from the real keyring; the commands are
small shell or Python programs that report what they saw without printing a key.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable

import pytest

from fake_stripe import FakeStripe, make_key
from linkwizard.injection import Masker, child_environment
from linkwizard.keys import key_hint
from sandbox import CliResult

Cli = Callable[..., CliResult]


def link(cli: Cli, stripe: FakeStripe, name: str) -> str:
    key = stripe.add_key(make_key())
    result = cli("connect", "--environment", "test", "--name", name, "--json", stdin=key)
    assert result.code == 0, result.stderr
    return key


def test_the_command_gets_the_key_twice_the_marker_and_no_stale_key(
        cli: Cli, stripe: FakeStripe, api_base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    key = link(cli, stripe, "shop")
    monkeypatch.setenv("EXPECTED_KEY", key)  # not a STRIPE_ name: passed through, for the comparison
    for stale in ("STRIPE_API_KEY", "STRIPE_SECRET_KEY", "STRIPE_RESTRICTED_KEY", "STRIPE_KEY",
                  "STRIPE_CONTEXT"):
        monkeypatch.setenv(stale, make_key())
    monkeypatch.setenv("STRIPE_LEGACY", make_key("rk"))  # a key by its value, whatever the name
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", "whsec_LwFakeKeepMe")
    script = ('test "$STRIPE_API_KEY" = "$EXPECTED_KEY" && test "$STRIPE_SECRET_KEY" = "$EXPECTED_KEY" '
              '&& test "$LINKWIZARD_ACCOUNT" = shop && test "$STRIPE_WEBHOOK_SECRET" = whsec_LwFakeKeepMe '
              '&& env | cut -d= -f1 | grep ^STRIPE_ | sort | tr "\\n" " "')
    result = cli("exec", "shop", "--", "sh", "-c", script)
    assert result.code == 0, result.stderr
    assert result.stdout.split() == ["STRIPE_API_KEY", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"]


def test_the_key_is_masked_in_both_outputs_even_split_across_writes(
        cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    key = link(cli, stripe, "shop")
    # Half the key, a pause (two separate reads on our side), the other half; on both streams.
    program = ("import os, sys, time\n"
               "k = os.environ['STRIPE_API_KEY']\n"
               "for out in (sys.stdout, sys.stderr):\n"
               "    out.write('key=' + k[:9]); out.flush(); time.sleep(0.3)\n"
               "    out.write(k[9:] + ' done\\n'); out.flush()\n")
    result = cli("exec", "shop", "--", sys.executable, "-c", program)
    assert result.code == 0
    for output in (result.stdout, result.stderr):
        assert key not in output
        assert f"key={key_hint(key)} done" in output
    show = "import os; print(os.environ['STRIPE_API_KEY'])"
    plain = cli("exec", "--no-masking", "shop", "--", sys.executable, "-c", show)
    assert plain.code == 0 and plain.stdout.strip() == key


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 16, 1000])
def test_masker_replaces_every_occurrence_whatever_the_chunking(chunk: int) -> None:
    first, second = make_key(), make_key("rk", length=40)
    text = f"a {first}{first} b sk_ s{second}\nsk_test_ end sk".encode()
    masker = Masker([first, second])
    out = b"".join(masker.feed(text[i:i + chunk]) for i in range(0, len(text), chunk)) + masker.finish()
    expected = f"a {key_hint(first)}{key_hint(first)} b sk_ s{key_hint(second)}\nsk_test_ end sk".encode()
    assert out == expected


def test_stale_variables_are_judged_by_name_and_value() -> None:
    parent = {"STRIPE_API_KEY": "x", "STRIPE_CONTEXT": "acct_1", "STRIPE_DEVICE_NAME": "laptop",
              "STRIPE_OLD": "sk_test_abc", "PATH": "/bin", "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY": "pk_test_x"}
    environment = child_environment(parent, [], "shop")
    assert environment == {"STRIPE_DEVICE_NAME": "laptop", "PATH": "/bin",
                           "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY": "pk_test_x", "LINKWIZARD_ACCOUNT": "shop"}


def test_nested_exec_for_another_account_is_refused_unless_allowed(
        cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    link(cli, stripe, "shop")
    link(cli, stripe, "other")
    inner = [sys.executable, "-m", "linkwizard", "exec", "other", "--", "sh", "-c", "echo inner ran"]
    refused = cli("exec", "shop", "--", *inner)
    assert refused.code == 2 and "inner ran" not in refused.stdout
    assert "already runs under linkwizard exec for \u201cshop\u201d" in refused.stderr
    assert "--allow-nested" in refused.stderr
    same = cli("exec", "shop", "--", sys.executable, "-m", "linkwizard", "exec", "shop", "--", "echo", "again")
    assert same.code == 0 and "again" in same.stdout
    allowed = cli("exec", "shop", "--", *inner[:4], "--allow-nested", *inner[4:])
    assert allowed.code == 0 and "inner ran" in allowed.stdout


def test_env_hands_several_accounts_to_one_command(cli: Cli, stripe: FakeStripe, api_base: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    shop = link(cli, stripe, "shop")
    other = link(cli, stripe, "Other shop")
    monkeypatch.setenv("EXPECTED_SHOP", shop)
    monkeypatch.setenv("EXPECTED_OTHER", other)
    script = 'test "$STRIPE_API_KEY" = "$EXPECTED_SHOP" && test "$OTHER_KEY" = "$EXPECTED_OTHER" && echo "$OTHER_KEY"'
    result = cli("exec", "--env", "OTHER_KEY=Other shop", "shop", "--", "sh", "-c", script)
    assert result.code == 0, result.stderr
    assert result.stdout.strip() == key_hint(other)  # its key is masked too
    for bad in ("OTHER_KEY", "=shop", "1X=shop", "LINKWIZARD_ACCOUNT=shop"):
        wrong = cli("exec", "--env", bad, "shop", "--", "true")
        assert wrong.code == 2 and "--env" in wrong.stderr
    unknown = cli("exec", "--env", "X=nobody", "shop", "--", "true")
    assert unknown.code == 2 and "No such linked account" in unknown.stderr


def test_exit_status_and_death_by_signal_pass_through(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    link(cli, stripe, "shop")
    assert cli("exec", "shop", "--", "sh", "-c", "exit 7").code == 7
    assert cli("exec", "shop", "--", "sh", "-c", "kill -TERM $$").code == -signal.SIGTERM
    assert cli("exec", "--no-masking", "shop", "--", "sh", "-c", "kill -TERM $$").code == -signal.SIGTERM


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGUSR1])
def test_signals_sent_to_linkwizard_reach_the_command_once(cli: Cli, stripe: FakeStripe, api_base: str,
                                                          number: int) -> None:
    link(cli, stripe, "shop")
    program = ("import signal, sys, time\n"
               "got = []\n"
               f"signal.signal({int(number)}, lambda n, f: got.append(n))\n"
               "print('ready', flush=True)\n"
               "deadline = time.monotonic() + 20\n"
               "while not got and time.monotonic() < deadline: time.sleep(0.05)\n"
               "time.sleep(0.3)\n"
               "print('got', got, flush=True)\n"
               "sys.exit(3)\n")
    process = subprocess.Popen([sys.executable, "-m", "linkwizard", "exec", "shop", "--", sys.executable, "-c",
                                program], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=dict(os.environ), start_new_session=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        process.send_signal(number)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert out.strip() == f"got [{int(number)}]", err
    assert process.returncode == 3


def test_a_failing_command_leaves_no_key_in_the_logs(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    key = link(cli, stripe, "shop")
    cli("exec", "shop", "--", "sh", "-c", 'echo "$STRIPE_API_KEY" >&2; exit 1')
    state = os.environ["XDG_STATE_HOME"]
    for root, _, files in os.walk(state):
        for name in files:
            with open(os.path.join(root, name), "rb") as handle:
                assert key.encode() not in handle.read()


def test_a_reader_that_goes_away_stops_the_command_as_without_linkwizard(cli: Cli, stripe: FakeStripe,
                                                                        api_base: str) -> None:
    link(cli, stripe, "shop")
    pipeline = f"{sys.executable} -m linkwizard exec shop -- yes | head -n 3"
    done = subprocess.run(["sh", "-c", pipeline], capture_output=True, text=True, timeout=30,
                          env=dict(os.environ))
    assert done.stdout == "y\ny\ny\n"
