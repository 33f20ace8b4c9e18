"""Checking many accounts in a process of its own, for the window.

A check's Python (the HTTP client, asyncio, the Secret Service client) holds the GIL while it
runs; in the window's process every call from Qt back into Python (painting a row, a
model's `data`) then waits for it, and the window stutters while 1,000 accounts are checked
(docs/performance.md). The window's batch checks therefore run `verifying.verify` in a child
process of the same program, which reads the keys from the keyring itself: no key crosses
the pipe.

The protocol, one JSON document a line:
- parent to child: the request, `{"accounts": [ids], "automatic": bool, "concurrency": int,
  "api_base": str, "data_dir": str, "policy": {...} | null}`; then nothing until the parent
  closes the pipe, which cancels what is left (as does the parent going away);
- child to parent: `{"result": {"account": record, "problem": problem | null}}` for each
  account as it is checked, then `{"done": true}` or `{"error": problem}`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import asdict, fields
from pathlib import Path

from linkwizard.desktop.crash_safety import forbid_core_dumps
from linkwizard.domain.account import Account
from linkwizard.domain.keys import KeyKind
from linkwizard.domain.problems import LinkwizardError, Problem, ProblemKind, problem
from linkwizard.secrets.os_keyring import OSKeyring
from linkwizard.store import paths
from linkwizard.store.accounts import AccountStore
from linkwizard.store.logs import setup_logging
from linkwizard.stripe.base import validate_api_base
from linkwizard.stripe.client import Policy
from linkwizard.usecases.cancellation import CancelToken
from linkwizard.usecases.services import Services
from linkwizard.usecases.verifying import VerifyResult, verify

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

ARGUMENT = "--internal-checks"  # entry.py hands this to `serve`; not part of the command line
STOP_WAITING_S = 10.0  # after the parent closes the pipe, how long the child may take to finish
BACKGROUND_NICENESS = 10  # the child's scheduling priority, below the window's (0)


def problem_to_json(found: Problem) -> dict[str, Any]:
    data = {f.name: getattr(found, f.name) for f in fields(found)}
    data["kind"] = found.kind.name
    return data


def problem_from_json(data: dict[str, Any]) -> Problem:
    """The Problem `problem_to_json` wrote (the child is this program: its output is trusted
    as far as its shape; a wrong one raises and is reported as an internal error)."""
    title, advice = data["templates"]
    return Problem(kind=ProblemKind[data["kind"]], title=str(data["title"]), advice=str(data["advice"]),
                   status=data["status"], stripe_code=data["stripe_code"], request_id=data["request_id"],
                   permission=data["permission"], detail=str(data["detail"]),
                   extra=tuple((str(k), str(v)) for k, v in data["extra"]), account_id=data["account_id"],
                   stripe_account=data["stripe_account"], templates=(str(title), str(advice)),
                   values=tuple((str(k), str(v)) for k, v in data["values"]))


def portable(services: Services) -> bool:
    """Whether a child process can rebuild these services: an OSKeyring given its own backend
    backend (tests, programs embedding linkwizard) cannot be handed to another process."""
    return services.keyring.uses_default_keyring()


def child_command() -> list[str]:
    """This program again: the bundle's executable, or this Python with the package, isolated
    (`-I`): neither the working folder nor PYTHON* variables decide what it imports, since it
    reads every key (docs/security.md)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, ARGUMENT]
    return [sys.executable, "-I", "-m", "linkwizard", ARGUMENT]


def verify_in_child(accounts: list[Account], services: Services, cancel: CancelToken,
                    on_result: Callable[[VerifyResult], None], concurrency: int,
                    automatic: bool) -> list[VerifyResult]:
    """`verifying.verify` for `accounts`, run in a child process; the same results, reported
    the same way, and the same LinkwizardError when the batch fails or is cancelled."""
    request = {"accounts": [a.id for a in accounts], "automatic": automatic, "concurrency": concurrency,
               "api_base": services.api_base, "data_dir": str(services.store.directory),
               "policy": None if services.policy is None else asdict(services.policy)}
    child = subprocess.Popen(child_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                             encoding="utf-8", bufsize=1)
    assert child.stdin is not None
    assert child.stdout is not None
    pipe = child.stdin

    def stop() -> None:  # the child sees the end of its input
        with contextlib.suppress(OSError, ValueError):
            pipe.close()

    deadlines: list[threading.Timer] = []

    def stop_child() -> None:
        if child.poll() is None:
            child.kill()

    def cancelled() -> None:  # from the canceller's thread
        stop()
        # The child finishes what is in flight and ends. One that has not within
        # STOP_WAITING_S (a background process at a low priority on a machine too busy to
        # run it) is stopped, so neither this thread nor a window closing and waiting for it
        # is held longer; the results it had saved stay saved.
        deadline = threading.Timer(STOP_WAITING_S, stop_child)
        deadline.daemon = True
        deadline.start()
        deadlines.append(deadline)

    remove = cancel.on_cancel(cancelled)
    results: list[VerifyResult] = []
    ending: dict[str, Any] | None = None
    try:
        pipe.write(json.dumps(request) + "\n")
        pipe.flush()
        for line in child.stdout:
            message = json.loads(line)
            if "result" in message:
                found, before = message["result"]["problem"], message["result"].get("kind_before")
                result = VerifyResult(Account.from_json(message["result"]["account"]),
                                      None if found is None else problem_from_json(found),
                                      message["result"].get("picked_up"),
                                      None if before is None else KeyKind(before),
                                      message["result"].get("replaced_by"), message["result"].get("replaced_at"))
                results.append(result)
                on_result(result)
            else:
                ending = message
                break
    except (OSError, ValueError, KeyError, TypeError) as exc:  # a pipe closed by a cancel is no fault
        found = problem(ProblemKind.CANCELLED) if cancel.cancelled else problem(
            ProblemKind.INTERNAL_ERROR, detail=f"checks process: {type(exc).__name__}")
        ending = {"error": problem_to_json(found)}
    finally:
        remove()
        stop()
        for deadline in deadlines:
            deadline.cancel()
        try:
            child.wait(STOP_WAITING_S)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        child.stdout.close()
    if ending is None and cancel.cancelled:
        ending = {"error": problem_to_json(problem(ProblemKind.CANCELLED))}
    if ending is None:  # the child ended without a word: it crashed
        ending = {"error": problem_to_json(problem(
            ProblemKind.INTERNAL_ERROR, detail=f"checks process ended with status {child.returncode}"))}
    if "error" in ending:
        raise LinkwizardError(problem_from_json(ending["error"]))
    return results


def serve() -> int:
    """The child: read the request, check, report each result as it comes, then end."""
    forbid_core_dumps()
    # Background work: when the CPUs are busy, the window that someone is using goes first.
    os.nice(BACKGROUND_NICENESS)
    setup_logging(paths.log_dir())
    out = sys.stdout
    lock = threading.Lock()
    cancel = CancelToken()

    def send(message: dict[str, Any]) -> None:
        with lock:
            try:
                out.write(json.dumps(message) + "\n")
                out.flush()
            except (BrokenPipeError, ValueError):  # the parent is gone: nobody to tell
                cancel.cancel()
                devnull = os.open(os.devnull, os.O_WRONLY)  # and no complaint at exit either
                os.dup2(devnull, out.fileno())

    try:
        request = json.loads(sys.stdin.readline())
        policy = None if request["policy"] is None else Policy(**request["policy"])
        services = Services(store=AccountStore(Path(request["data_dir"])), keyring=OSKeyring(),
                            api_base=validate_api_base(request["api_base"]), policy=policy)
        wanted = set(request["accounts"])
        accounts = [a for a in services.store.load() if a.id in wanted]
    except LinkwizardError as exc:
        send({"error": problem_to_json(exc.problem)})
        return 1
    except (OSError, ValueError, KeyError, TypeError) as exc:
        found = problem(ProblemKind.INTERNAL_ERROR, detail=f"checks request: {type(exc).__name__}")
        send({"error": problem_to_json(found)})
        return 1

    def watch_parent() -> None:  # the end of the input: the parent cancelled, or went away
        sys.stdin.read()
        cancel.cancel()

    threading.Thread(target=watch_parent, daemon=True).start()
    logging.getLogger(__name__).info("checks process %d: %d accounts", os.getpid(), len(accounts))

    def report(result: VerifyResult) -> None:
        found = result.problem
        send({"result": {"account": result.account.to_json(),
                         "problem": None if found is None else problem_to_json(found),
                         "picked_up": result.picked_up,  # a teammate's new version: the window says so
                         "kind_before": None if result.kind_before is None else result.kind_before.value,
                         "replaced_by": result.replaced_by, "replaced_at": result.replaced_at}})

    try:
        verify(accounts, services, cancel, on_result=report, concurrency=int(request["concurrency"]),
               automatic=bool(request["automatic"]))
    except LinkwizardError as exc:
        send({"error": problem_to_json(exc.problem)})
        return 1
    except Exception as exc:  # a bug: said as the window's own jobs say it, without its message
        logging.getLogger(__name__).exception("checks process failed")
        send({"error": problem_to_json(problem(ProblemKind.INTERNAL_ERROR, detail=f"{type(exc).__module__}."
                                               f"{type(exc).__qualname__} in the checks process"))})
        return 1
    send({"done": True})
    return 0
