"""`linkwizard exec`: which variables the command gets, masking, nesting, signals, exit status.

Each runs the real CLI as a subprocess with keys from the real keyring; the commands are
small shell or Python programs that report what they saw without printing a key.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from linkwizard.domain.keys import key_hint
from linkwizard.secrets.injection import Masker, child_environment
from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Cli


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
    assert plain.code == 0
    assert plain.stdout.strip() == key


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
    assert refused.code == 2
    assert "inner ran" not in refused.stdout
    assert "already runs under linkwizard exec for \u201cshop\u201d" in refused.stderr
    assert "--allow-nested" in refused.stderr
    same = cli("exec", "shop", "--", sys.executable, "-m", "linkwizard", "exec", "shop", "--", "echo", "again")
    assert same.code == 0
    assert "again" in same.stdout
    allowed = cli("exec", "shop", "--", *inner[:4], "--allow-nested", *inner[4:])
    assert allowed.code == 0
    assert "inner ran" in allowed.stdout


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
        assert wrong.code == 2
        assert "--env" in wrong.stderr
    unknown = cli("exec", "--env", "X=nobody", "shop", "--", "true")
    assert unknown.code == 2
    assert "No such linked account" in unknown.stderr


def test_exit_status_and_death_by_signal_pass_through(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    link(cli, stripe, "shop")
    assert cli("exec", "shop", "--", "sh", "-c", "exit 7").code == 7
    assert cli("exec", "shop", "--", "sh", "-c", "kill -TERM $$").code == -signal.SIGTERM
    assert cli("exec", "--no-masking", "shop", "--", "sh", "-c", "kill -TERM $$").code == -signal.SIGTERM


def test_exec_sends_nothing_to_stripe_so_a_refused_api_base_does_not_stop_it(
        cli: Cli, stripe: FakeStripe, api_base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    link(cli, stripe, "shop")
    monkeypatch.setenv("LINKWIZARD_API_BASE", "http://stripe.example")  # plain http off loopback: refused
    assert cli("verify", "shop").code == 2  # a command that sends requests refuses it
    assert cli("exec", "shop", "--", "sh", "-c", "exit 7").code == 7


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


# -- hardening, round two (security review 2026-12: F8, F9, F10) ---------------------------------
def encoded_forms(key: str) -> dict[str, str]:
    """The forms a key takes in a command's output, computed here independently of the masker."""
    import base64
    from urllib.parse import quote

    raw = key.encode()
    forms = {"hex": raw.hex(), "HEX": raw.hex().upper(), "percent": "".join(f"%{b:02X}" for b in raw),
             "percent lower": "".join(f"%{b:02x}" for b in raw), "underscore %5F": key.replace("_", "%5F"),
             "quote": quote(key, safe="").replace("_", "%5F")}
    for label, data in (("key", raw), ("key:", raw + b":")):
        for shift in range(3):
            for name, encode in (("b64", base64.b64encode), ("b64url", base64.urlsafe_b64encode)):
                forms[f"{name} of {label} at {shift}"] = encode(b"=" * shift + data).decode()
    return forms


def test_masking_covers_base64_hex_and_percent_encoding(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    key = link(cli, stripe, "shop")
    forms = encoded_forms(key)
    program = ("import os, sys, base64\n"
               "from urllib.parse import quote\n"
               "k = os.environ['STRIPE_API_KEY']; raw = k.encode()\n"
               "out = [raw.hex(), raw.hex().upper(), ''.join('%%%02X' % b for b in raw),\n"
               "       ''.join('%%%02x' % b for b in raw), k.replace('_', '%5F'),\n"
               "       quote(k, safe='').replace('_', '%5F')]\n"
               "for data in (raw, raw + b':'):\n"
               "    for shift in range(3):\n"
               "        for encode in (base64.b64encode, base64.urlsafe_b64encode):\n"
               "            out.append(encode(b'=' * shift + data).decode())\n"
               "for line in out: print('form', line, flush=True)\n"
               "for line in out: print('form', line, file=sys.stderr, flush=True)\n")
    result = cli("exec", "shop", "--", sys.executable, "-c", program)
    assert result.code == 0, result.stderr
    for output in (result.stdout, result.stderr):
        assert output.count("form ") == len(forms)
        for label, form in forms.items():
            for start in range(len(form) - 15):
                assert form[start:start + 16] not in output, f"{label} leaked"
        assert key_hint(key) in output


def test_curl_basic_auth_as_stripe_documents_it_is_masked(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    import base64
    import shutil

    if shutil.which("curl") is None:
        pytest.fail("curl is needed (scripts/setup.sh --test installs it)")
    key = link(cli, stripe, "shop")
    result = cli("exec", "shop", "--", "sh", "-c",
                 'curl -sS -v -o /dev/null -u "$STRIPE_API_KEY:" "$LINKWIZARD_API_BASE/v1/customers?limit=1"')
    assert "Authorization: Basic" in result.stderr, result.stderr
    basic = base64.b64encode(f"{key}:".encode()).decode()
    assert basic[:16] not in result.stderr
    assert basic[-16:] not in result.stderr
    assert key not in result.stderr
    assert key_hint(key) in result.stderr


@pytest.mark.parametrize("variable", [
    "LD_PRELOAD", "LD_LIBRARY_PATH", "DYLD_INSERT_LIBRARIES", "PATH", "IFS", "BASH_ENV", "ENV", "PYTHONPATH",
    "PYTHONSTARTUP", "NODE_OPTIONS", "PERL5OPT", "RUBYOPT", "STRIPE_API_KEY", "STRIPE_SECRET_KEY", "STRIPE_CONTEXT",
    "LINKWIZARD_ACCOUNT", "LINKWIZARD_OTHER"])
def test_env_refuses_injection_variables_and_the_ones_exec_sets(cli: Cli, stripe: FakeStripe, api_base: str,
                                                               variable: str) -> None:
    link(cli, stripe, "shop")
    other = link(cli, stripe, "other")
    result = cli("exec", "--no-masking", "--env", f"{variable}=other", "shop", "--", "sh", "-c", "echo ran")
    assert result.code == 2, result.stderr
    assert "ran" not in result.stdout
    assert variable in result.stderr
    assert other not in result.stdout + result.stderr


def test_the_nesting_guard_covers_env_accounts(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    link(cli, stripe, "shop")
    link(cli, stripe, "other")
    inner = [sys.executable, "-m", "linkwizard", "exec", "--env", "OTHER_KEY=other", "shop", "--", "echo", "inner"]
    refused = cli("exec", "shop", "--", *inner)
    assert refused.code == 2
    assert "inner" not in refused.stdout
    assert "\u201cother\u201d" in refused.stderr
    assert "--allow-nested" in refused.stderr


def test_sigterm_and_sigint_end_linkwizard_once_the_command_has_exited(
        cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    import time

    link(cli, stripe, "shop")
    for number in (signal.SIGTERM, signal.SIGINT):
        # The command exits at once; a background grandchild keeps both pipes open for 20 s.
        process = subprocess.Popen([sys.executable, "-m", "linkwizard", "exec", "shop", "--", "sh", "-c",
                                    "(sleep 20) & echo started; exit 3"], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=dict(os.environ), start_new_session=True)
        try:
            assert process.stdout is not None
            assert process.stdout.readline() == b"started\n"
            time.sleep(1.0)  # the command has exited by now; linkwizard waits for the pipes
            sent = time.monotonic()
            process.send_signal(number)
            process.wait(timeout=10)
            assert time.monotonic() - sent < 5
            assert process.returncode == -number
        finally:
            os.killpg(process.pid, signal.SIGKILL)  # the grandchild
            process.wait()
            process.stdout.close()
            process.stderr.close()


def test_a_signal_sent_as_the_command_starts_is_held_for_it_not_lost(
        cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    """SIGTERM sent the moment the command's process appears reaches the command: nothing is left
    running unsignalled (the review saw linkwizard die and the command run on, 5 times in 6)."""
    import time

    link(cli, stripe, "shop")
    for _ in range(5):
        process = subprocess.Popen([sys.executable, "-m", "linkwizard", "exec", "shop", "--", "sleep", "30"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ))
        children = f"/proc/{process.pid}/task/{process.pid}/children"
        command = 0
        deadline = time.monotonic() + 20
        while not command and time.monotonic() < deadline:
            try:
                with open(children) as handle:
                    command = int(handle.read().split()[0]) if handle.read(0) == "" else 0
            except (OSError, IndexError, ValueError):
                pass
        try:
            assert command, "the command never started"
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=20)
            gone = time.monotonic() + 5
            while time.monotonic() < gone and os.path.exists(f"/proc/{command}") and _running(command):
                time.sleep(0.02)
            assert not _running(command), "the command was left running, never signalled"
            assert process.returncode == -signal.SIGTERM
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            if command and _running(command):
                os.kill(command, signal.SIGKILL)
            process.stderr.close()


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_command_killed_by_sigkill_gives_137_and_no_traceback(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    link(cli, stripe, "shop")
    done = subprocess.run(["sh", "-c", f"{sys.executable} -m linkwizard exec shop -- sh -c 'kill -KILL $$'; "
                           "echo status=$?"], capture_output=True, text=True, timeout=30, env=dict(os.environ))
    assert done.stdout.strip() == "status=137"
    assert ("Traceback" not in done.stderr and done.stderr.strip() == "") or "Killed" in done.stderr


def test_the_command_gets_the_key_not_the_teams_credentials(cli: Cli, stripe: FakeStripe, api_base: str,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A CI job logs linkwizard in with VAULT_TOKEN or an AppRole: the script it runs gets the
    account's key only, unless the person names a credential with --keep-env."""
    link(cli, stripe, "shop")
    credentials = ("VAULT_TOKEN", "BAO_TOKEN", "VAULT_ROLE_ID", "VAULT_SECRET_ID", "BAO_ROLE_ID", "BAO_SECRET_ID")
    for name in credentials:
        monkeypatch.setenv(name, f"team-credential-{name.lower()}")
    show = "env | cut -d= -f1 | grep -E '^(VAULT|BAO)_' | sort | tr '\\n' ' '"
    plain = cli("exec", "shop", "--", "sh", "-c", show)
    assert plain.code == 0, plain.stderr
    assert plain.stdout.split() == []
    kept = cli("exec", "--keep-env", "VAULT_TOKEN", "shop", "--", "sh", "-c", show)
    assert kept.code == 0, kept.stderr
    assert kept.stdout.split() == ["VAULT_TOKEN"]
