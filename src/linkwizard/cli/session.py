"""`linkwizard autostart on|off|status` and `linkwizard settings`: the app's own settings.
(`watch` and `--background` start the app itself: linkwizard.entry.)"""

from __future__ import annotations

import json

from linkwizard.domain import exit_codes
from linkwizard.usecases import app_settings

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse


def cmd_autostart(args: argparse.Namespace) -> int:
    on = args.action == "on"
    settings = app_settings.read() if args.action == "status" else app_settings.set_start_at_login(on)
    item = settings.login_item
    if args.json:
        print(json.dumps({"start_at_login": settings.start_at_login, "kind": item.kind.value, "where": item.where,
                          "command": list(item.command)}, indent=2))
        return exit_codes.OK
    if settings.start_at_login:
        print(f"linkwizard starts in the background when you log in ({item.kind.words}: {item.where}).\n"
              "Turn it off with: linkwizard autostart off")
    else:
        print("linkwizard does not start when you log in. Turn it on with: linkwizard autostart on")
    return exit_codes.OK


def cmd_settings(args: argparse.Namespace) -> int:
    settings = app_settings.read()
    if args.json:
        print(json.dumps(settings.to_json(), indent=2))
        return exit_codes.OK
    on_off = {True: "on", False: "off"}
    print(f"Keep checking in the background: {on_off[settings.background]}\n"
          f"Start at login:                  {on_off[settings.start_at_login]} "
          f"({settings.login_item.kind.words}: {settings.login_item.where})\n"
          f"{app_settings.together(settings.background, settings.start_at_login)}")
    return exit_codes.OK

