"""`linkwizard import`: find Stripe keys left in plaintext, link them, and retire the copies.

    import --scan [--dotenv PATH ...] [--json]           list what was found (never a key)
    import [--all | --pick N ...] [--retire-plaintext]   link them exactly as `connect` does

Exit status: 0 when every chosen key is linked (or was already), else the code of the first
key refused (2 before any request, 3/4/5 from Stripe, 6 for this computer's keyring or files);
6 when a plaintext copy could not be retired.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from linkwizard.cli.output import public, usage_error
from linkwizard.domain import exit_codes
from linkwizard.domain.exit_codes import BY_CATEGORY
from linkwizard.domain.untrusted import for_terminal
from linkwizard.usecases import importing
from linkwizard.usecases.importing import Imported, Origin
from linkwizard.usecases.services import Services

TYPE_CHECKING = False  # the parser is built for every command: the use cases load only for `import`
if TYPE_CHECKING:
    from linkwizard.usecases.importing import Candidate, ImportOutcome, Retired, Scan


def cmd_import(args: argparse.Namespace) -> int:
    services = Services.for_this_computer()
    chosen_ways = sum((args.scan, args.all, bool(args.pick)))
    if chosen_ways != 1:
        raise usage_error("choose one: --scan to list the keys found, --all to import them all, "
                     "or --pick N ... to import some (numbers from --scan)")
    if args.scan and args.retire_plaintext:
        raise usage_error("--retire-plaintext needs --all or --pick: --scan changes nothing")
    scan, candidates = importing.scan(os.environ, services, tuple(args.dotenv), args.stripe_config)
    if args.scan:
        return _print_scan(args, candidates, scan)
    by_number = {c.number: c for c in candidates}
    unknown = [n for n in args.pick if n not in by_number]
    if unknown:
        raise usage_error(f"no key numbered {', '.join(map(str, unknown))} was found; "
                     "run linkwizard import --scan to see the numbers")
    chosen = [by_number[n] for n in dict.fromkeys(args.pick)] if args.pick else list(candidates)
    outcomes = importing.import_keys(chosen, services, on_outcome=_quiet if args.json else _say)
    retired: list[Retired] = []
    refused: list[str] = []
    if args.retire_plaintext:
        report = importing.retire_plaintext(outcomes, services)
        retired, refused = report.retired, [str(r) for r in report.refused]
    code = _exit_code(outcomes, picked=bool(args.pick))
    if refused and code == exit_codes.OK:
        code = exit_codes.STORAGE
    if args.json:
        print(json.dumps({"results": [_outcome_json(o) for o in outcomes],
                          "retired": [vars(r) for r in retired], "retire_refused": refused,
                          "unreadable": [u.to_json() for u in scan.unreadable]}, indent=2))
        return code
    _print_summary(outcomes, retired, refused, args.retire_plaintext)
    return code


def _exit_code(outcomes: list[ImportOutcome], picked: bool) -> int:
    for outcome in outcomes:
        if outcome.status is Imported.REFUSED and outcome.problem is not None:
            return BY_CATEGORY[outcome.problem.category]
        if outcome.status is Imported.SKIPPED and picked:
            return exit_codes.USAGE  # the person picked a key that cannot be imported
    return exit_codes.OK


def _print_scan(args: argparse.Namespace, candidates: tuple[Candidate, ...], scan: Scan) -> int:
    if args.json:
        print(json.dumps({"candidates": [c.to_json() for c in candidates],
                          "unreadable": [u.to_json() for u in scan.unreadable], "searched": list(scan.searched)},
                         indent=2))
        return exit_codes.OK
    for place in scan.unreadable:
        print(for_terminal(f"linkwizard: {place.path} {place.reason}"), file=sys.stderr)
    if not candidates:
        print("No Stripe keys in plaintext were found in: " + for_terminal(", ".join(scan.searched)))
        return exit_codes.OK
    print(f"Found {len(candidates)} Stripe key{'s' if len(candidates) != 1 else ''} in plaintext:")
    for candidate in candidates:
        print(for_terminal(f"{candidate.number:>3}  {_describe(candidate)}"))
        for line in _details(candidate):
            print(for_terminal(f"     {line}"))
    if any(c.offerable for c in candidates):
        print("Import them with: linkwizard import --all   (or --pick N ...; add --retire-plaintext to "
              "replace each copy with a hint once its key is linked)")
    return exit_codes.OK


def _describe(candidate: Candidate) -> str:
    environment = candidate.environment.label if candidate.environment else "unknown mode"
    kind = f"{candidate.kind.value} key" if candidate.kind else "key"
    return f"{environment}, {kind} {candidate.hint}  {candidate.source}"


def _details(candidate: Candidate) -> list[str]:
    lines = []
    about = [f"profile {candidate.profile}" if candidate.profile else "", candidate.display_name or "",
             candidate.account_id or "", f"expires {candidate.expires_at}" if candidate.expires_at else ""]
    if any(about):
        lines.append(", ".join(a for a in about if a))
    if candidate.in_text:
        lines.append(f"written in {'a comment' if candidate.entry == 'comment' else 'the text'}, not as a setting")
    if len(candidate.lines) > 1:
        lines.append("the same key is on lines " + ", ".join(map(str, candidate.lines)))
    if candidate.linked_as:
        lines.append(f"already linked as \u201c{candidate.linked_as}\u201d")
    if candidate.refusal:
        lines.append(f"not importable: {candidate.refusal}")
    if candidate.note:
        lines.append(candidate.note)
    return lines


def _quiet(outcome: ImportOutcome) -> None:
    pass


def _say(outcome: ImportOutcome) -> None:
    print(for_terminal(f"{outcome.candidate.number:>3}  {_outcome_words(outcome)}"), flush=True)


def _outcome_words(outcome: ImportOutcome) -> str:
    source = outcome.candidate.source
    if outcome.status is Imported.LINKED and outcome.account is not None:
        return f"linked as \u201c{outcome.account.name}\u201d ({outcome.account.key_hint}) from {source}"
    if outcome.status is Imported.ALREADY_LINKED and outcome.account is not None:
        how = "this key" if outcome.same_key else "this Stripe account, with another key,"
        return f"already linked: {how} is \u201c{outcome.account.name}\u201d ({source})"
    if outcome.status is Imported.REFUSED and outcome.problem is not None:
        return f"refused: {outcome.problem.message()} ({source})"
    return f"skipped: {outcome.reason or 'not importable'} ({source})"


def _outcome_json(outcome: ImportOutcome) -> dict[str, Any]:
    return {"number": outcome.candidate.number, "source": outcome.candidate.source,
            "key_hint": outcome.candidate.hint, "status": outcome.status.value,
            "account": public(outcome.account) if outcome.account is not None else None,
            "reason": outcome.problem.message() if outcome.problem is not None else outcome.reason}


def _print_summary(outcomes: list[ImportOutcome], retired: list[Retired], refused: list[str],
                   asked_to_retire: bool) -> None:
    counts = {status: sum(1 for o in outcomes if o.status is status) for status in Imported}
    print(f"Linked {counts[Imported.LINKED]}, already linked {counts[Imported.ALREADY_LINKED]}, "
          f"refused {counts[Imported.REFUSED]}, skipped {counts[Imported.SKIPPED]}.")
    for why in refused:
        print(for_terminal(f"linkwizard: not retired: {why}"), file=sys.stderr)
    if retired:
        print("Retired these plaintext copies (the keys are in the keyring now):")
        for change in retired:
            print(for_terminal(f"  {change.path}:{change.line}  {change.entry} is now: {change.now}"))
    holders = [o for o in outcomes if o.account is not None and o.same_key]
    if holders:
        print("Run your tools with the key from the keyring:")
        for outcome in holders:
            assert outcome.account is not None
            print(for_terminal(f"  {outcome.candidate.run_hint(outcome.account.name)}"))
    left = [o.candidate for o in holders if not o.candidate.retirable]
    for candidate in left:
        if candidate.origin is Origin.ENVIRONMENT:
            print(for_terminal(f"  ${candidate.entry} still holds the key in this shell: remove its export from "
                               "your shell's startup file."))
        elif asked_to_retire:
            print(for_terminal(f"  {candidate.source}: the Stripe CLI's own fallback store; linkwizard leaves it "
                               "alone (stripe logout removes it)."))
    if holders and not asked_to_retire and any(o.candidate.retirable for o in holders):
        print("The plaintext copies are still there: run the same command with --retire-plaintext to replace "
              "them with hints.")
