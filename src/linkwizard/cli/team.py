"""`team ...` and `share`: the team vault (OpenBao or HashiCorp Vault) from the command line."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from typing import Any

from linkwizard.cli.output import public, read_secret, usage_error
from linkwizard.domain import exit_codes, moments
from linkwizard.domain.keys import Environment
from linkwizard.domain.untrusted import for_terminal
from linkwizard.usecases import team
from linkwizard.usecases.linking import share
from linkwizard.usecases.services import Services


def cmd_team(args: argparse.Namespace) -> int:
    return int({"setup": _setup, "login": _login, "status": _status, "logout": _logout, "list": _list,
                "add": _add, "policy": _policy}[args.team_command](args))


def _policy(args: argparse.Namespace) -> int:
    """The HCL for the configured mount and prefix; nothing is sent anywhere."""
    print(team.policy(team.team_settings(Services.for_this_computer()), read_only=args.read_only), end="")
    return exit_codes.OK


def _setup(args: argparse.Namespace) -> int:
    found = team.setup(Services.for_this_computer(), args.address, args.mount, args.prefix, args.namespace,
                       args.ca_cert)
    settings = found.settings
    print(for_terminal(f"Team vault set up: {settings.address} ({found.health.state}, version "
                       f"{found.health.version or 'unknown'}), keys under {settings.mount}/{settings.prefix}."))
    if not found.kv_checked:
        print("Next: linkwizard team login (the mount is checked for KV version 2 then).")
    return exit_codes.OK


def _login(args: argparse.Namespace) -> int:
    method = team.LoginMethod(args.method)
    credentials = team.credentials_from_environment(method)
    if credentials is None:
        if method is team.LoginMethod.TOKEN:
            credentials = team.Credentials(method, token=read_secret("Vault token").strip())
        elif method is team.LoginMethod.USERPASS:
            username = args.username or (input("User name: ").strip() if sys.stdin.isatty() else "")
            if not username:
                raise usage_error("give the user name with --username")
            credentials = team.Credentials(method, username=username,
                                           password=read_secret(f"Password for {username}", whole=False))
        elif method is team.LoginMethod.OIDC:
            credentials = team.Credentials(method)
        else:
            raise usage_error("set VAULT_ROLE_ID and VAULT_SECRET_ID for an AppRole login")
    flow = team.browser_login(args.role, args.callback_port, _announce_browser) \
        if method is team.LoginMethod.OIDC else None
    info = team.login(Services.for_this_computer(), credentials, oidc=flow)
    left = f", valid for {_duration(info.ttl)}" if info.ttl else ", with no expiry"
    print(for_terminal(f"Logged in to the team vault as {info.display_name} (policies: "
                       f"{', '.join(info.policies) or 'none'}){left}. The token is kept in your keyring."))
    return exit_codes.OK


def _announce_browser(url: str) -> None:
    print("Finish the login in your browser. If it did not open, open this address:", file=sys.stderr)
    print(f"  {for_terminal(url)}", file=sys.stderr)
    print("Waiting up to 2 minutes (Ctrl+C cancels)...", file=sys.stderr, flush=True)


def _status(args: argparse.Namespace) -> int:
    found = team.status(Services.for_this_computer())
    settings = found.settings
    reach = "reachable" if found.reachable_problem is None else found.reachable_problem.title.lower()
    sealed = found.health is not None and found.health.status == 503
    trouble = found.reachable_problem or found.login_problem
    data = {
        "address": settings.address, "mount": settings.mount, "prefix": settings.prefix,
        "namespace": settings.namespace, "reachable": found.health is not None, "sealed": sealed,
        "state": found.health.state if found.health else None,
        "version": found.health.version if found.health else None,
        "logged_in": found.token is not None,
        "display_name": found.token.display_name if found.token else None,
        "policies": list(found.token.policies) if found.token else [],
        "token_seconds_left": found.seconds_left,
        "renewable": found.token.renewable if found.token else None,
        "capabilities": sorted(found.capabilities),
        "problem": trouble.message() if trouble is not None else None,
    }
    if args.json:
        print(json.dumps(data, indent=2))
    else:
        print(for_terminal(f"Team vault: {settings.address} ({reach}"
                           f"{', ' + found.health.state if found.health and found.reachable_problem is None else ''})"))
        print(for_terminal(f"Keys under: {settings.mount}/{settings.prefix}"))
        if found.token is not None:
            left = _duration(found.seconds_left) if found.seconds_left else "no expiry"
            print(for_terminal(f"Logged in as: {found.token.display_name} (policies: "
                               f"{', '.join(found.token.policies) or 'none'}); time left: {left}"))
            print(f"May do on the keys: {', '.join(sorted(found.capabilities)) or 'nothing'}")
        elif found.login_problem is not None:
            print(for_terminal(f"Login: {found.login_problem.message()}"))
    if found.reachable_problem is not None:
        return exit_codes.BY_CATEGORY[found.reachable_problem.category]
    if found.login_problem is not None:
        return exit_codes.BY_CATEGORY[found.login_problem.category]
    return exit_codes.OK


def _logout(args: argparse.Namespace) -> int:
    revoked = team.logout(Services.for_this_computer())
    print("Logged out: the token was revoked and removed from your keyring." if revoked else
          "Logged out on this computer: the token was removed from your keyring, but the vault could not be "
          "told to revoke it (it was unreachable); it ends with its time-out.")
    return exit_codes.OK


def _list(args: argparse.Namespace) -> int:
    """Environment, hint and Stripe account as tested here for an entry linked here (and at its
    version); otherwise as the teammate who wrote it described them, and labelled so."""
    services = Services.for_this_computer()
    listed = team.list_entries(services)
    tested = {item.entry.name: account for item in listed if item.linked_as is not None
              and (account := services.store.find(item.linked_as)).team_version == item.entry.version}
    rows: list[dict[str, Any]] = [{"name": item.entry.name, "environment": (
             tested[item.entry.name].environment.value if item.entry.name in tested
             else item.entry.about.get("environment")),
             "key_hint": (tested[item.entry.name].key_hint if item.entry.name in tested
                          else item.entry.about.get("key_hint")),
             "tested_here": item.entry.name in tested,
             "stripe_account_id": (tested[item.entry.name].stripe_account_id if item.entry.name in tested
                                   else item.entry.about.get("stripe_account_id")),
             "display_name": item.entry.about.get("display_name"), "version": item.entry.version,
             "updated_at": item.entry.updated_at, "updated_by": item.entry.updated_by,
             "deleted": item.entry.deleted, "linked": item.linked_as is not None, "linked_as": item.linked_as}
            for item in listed]
    if args.json:
        print(json.dumps(rows, indent=2))
        return exit_codes.OK
    if not rows:
        print("No Stripe keys in the team vault yet. Share one with: linkwizard share NAME", file=sys.stderr)
        return exit_codes.OK
    header = ("NAME", "ENVIRONMENT", "KEY", "STRIPE ACCOUNT", "VERSION", "UPDATED", "BY", "HERE")
    table = [header] + [(
        for_terminal(r["name"]), _environment(r["environment"]) + ("" if r["tested_here"] or not r["key_hint"]
                                                                 else " (as described)"),
        str(r["key_hint"] or "(no details)"),
        str(r["stripe_account_id"] or "-"), str(r["version"]) + (" (deleted)" if r["deleted"] else ""),
        moments.to_the_minute(str(r["updated_at"])) if r["updated_at"] else "?", for_terminal(str(r["updated_by"])),
        "linked" if r["linked"] else "-") for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return exit_codes.OK


def _environment(value: object) -> str:
    """The words `accounts` uses (Test Mode, Production), not the metadata's value."""
    try:
        return Environment(str(value)).label
    except ValueError:
        return "?"


def _add(args: argparse.Namespace) -> int:
    if args.all == bool(args.names):
        raise usage_error("name the team entries to add, or give --all")
    services = Services.for_this_computer()
    results = team.add(services, None if args.all else args.names, args.offline_copy)
    code = exit_codes.OK
    for result in results:
        if result.problem is not None:
            print(for_terminal(f"linkwizard: {result.name}: {result.problem.message()}"), file=sys.stderr)
            code = code or exit_codes.BY_CATEGORY[result.problem.category]
        elif result.account is not None:
            account = result.account
            if args.json:
                continue
            print(for_terminal(f"Added \u201c{account.name}\u201d from the team vault: {account.environment.label}, "
                               f"{account.key_hint}, version {account.team_version}."))
    if args.json:
        print(json.dumps([public(r.account) for r in results if r.account is not None], indent=2))
    if not results:
        print("No Stripe keys in the team vault to add.", file=sys.stderr)
    return code


def cmd_share(args: argparse.Namespace) -> int:
    services = Services.for_this_computer()
    account = share(args.name, services, keep_local=args.keep_local)
    where = f"{account.team_mount}/{account.team_path}"
    kept = " A copy stays in your keyring (--keep-local)." if args.keep_local else \
        " The copy in your keyring was deleted."
    print(for_terminal(f"Shared \u201c{account.name}\u201d with your team: its key is now in the team vault at "
                       f"{where} (version {account.team_version}).{kept}"))
    print(for_terminal(f"  Teammates add it with: linkwizard team add {shlex.quote(team.name_in_vault(account))}"))
    return exit_codes.OK


def _duration(seconds: int | None) -> str:
    if not seconds:
        return "no expiry"
    template, numbers = moments.duration(seconds)
    return template % numbers

