"""The core's wording, translated for the window: problems, environments, resources.

The core marks its texts with QT_TRANSLATE_NOOP (it never imports Qt); they are translated
here, when shown. A problem's wording is translated before its `{fields}` are filled in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from linkwizard.domain.account import Account
from linkwizard.domain.keys import KIND_LABELS, Environment, KeyKind
from linkwizard.domain.permissions import BY_NAME, Scope
from linkwizard.domain.problems import QT_TRANSLATE_NOOP, Problem, ProblemKind


def _translate(context: str, text: str) -> str:
    return str(QCoreApplication.translate(context, text))


def _filled(template: str, found: Problem, fallback: str) -> str:
    if not template:
        return _translate("problems", fallback)
    values = {name: _translate("values", value) for name, value in found.values}
    text = _translate("problems", template)
    return text.format(**values) if values else text


def problem_title(found: Problem) -> str:
    return _filled(found.templates[0], found, found.title)


# The window's own advice where the command line's names a command: the window offers the
# action (a menu item, a button) instead of telling a person to open a terminal.
WINDOW_ADVICE = {
    ProblemKind.ACCOUNT_NOT_FOUND: QT_TRANSLATE_NOOP(
        "problems", "It was removed or renamed elsewhere; the list on the left shows the accounts linked now."),
    ProblemKind.USAGE: QT_TRANSLATE_NOOP("problems", "Try again; if it happens again, copy the diagnostics and "
                                                     "report it."),
    ProblemKind.KEY_ORGANIZATION: QT_TRANSLATE_NOOP(
        "problems", "Every request with an organization key (sk_org) names one account of the organization. Enter "
                    "that account's id in Acts on account (acct_…, in the Dashboard under Settings › Business › "
                    "Account details, or in the account switcher)."),
    ProblemKind.TEAM_NOT_INITIALISED: QT_TRANSLATE_NOOP(
        "problems", "It was started but never set up. Check the address, or ask whoever runs it."),
    ProblemKind.TEAM_NOT_SET_UP: QT_TRANSLATE_NOOP(
        "problems", "Set one up first in Accounts › Team vault…."),
    ProblemKind.TEAM_ENTRY_EXISTS: QT_TRANSLATE_NOOP(
        "problems", "Written by {by} at {at}. Add that one from the team vault, or choose another name; nothing "
                    "was overwritten."),
    ProblemKind.TEAM_NOT_LOGGED_IN: QT_TRANSLATE_NOOP("problems", "Log in to the team vault, then try again."),
    ProblemKind.TEAM_LOGIN_EXPIRED: QT_TRANSLATE_NOOP("problems", "Log in to the team vault again, then try again."),
    ProblemKind.TEAM_TLS: QT_TRANSLATE_NOOP(
        "problems", "If your team uses its own certificate authority, choose its file as the CA file in "
                    "Accounts › Team vault…. Otherwise something on this network is in the way."),
    ProblemKind.TEAM_NOT_KV2: QT_TRANSLATE_NOOP(
        "problems", "linkwizard keeps keys in KV version 2, which has versions and check-and-set. Enter the mount "
                    "of one in Accounts › Team vault… (ask whoever runs the vault)."),
    ProblemKind.TEAM_CONFLICT: QT_TRANSLATE_NOOP(
        "problems", "Your new key was tested but not saved: use it in your next try, or revoke it in the Stripe "
                    "Dashboard. Choose Verify now to pick up their key, then replace the key again."),
}


def problem_advice(found: Problem) -> str:
    if (window := WINDOW_ADVICE.get(found.kind)) is not None:
        return _filled(window, found, window)
    return _filled(found.templates[1], found, found.advice)


def problem_sentence(found: Problem) -> str:
    """Title and advice as one line, for a banner, a summary or a screen reader."""
    return f"{problem_title(found)}. {problem_advice(found)}"


def reason(text: str) -> str:
    """A stored status reason (a problem's title in English) in the app's language."""
    return _translate("problems", text)


def environment_label(environment: Environment) -> str:
    return _translate("values", environment.label)


def environment_label_of(value: str) -> str:
    """An environment named by text from elsewhere (a team entry's metadata); "" if unknown."""
    try:
        return environment_label(Environment(value))
    except ValueError:
        return ""


def key_kind_label(kind: KeyKind) -> str:
    return _translate("KeyKind", KIND_LABELS[kind])


def resource_label(resource: str) -> str:
    return _translate("permissions", BY_NAME[resource].label)


def scope_label(scope: Scope) -> str:
    return _translate("permissions", scope.label)


def account_summary(account: Account) -> list[str]:
    """What was linked, in plain text lines; the success page and the linked dialog both show it."""
    lines = [f"{environment_label(account.environment)} · {account.key_hint}"]
    if account.stripe_account_id:
        business = f" ({account.display_name})" if account.display_name else ""
        lines.append(QCoreApplication.translate("AccountSummary", "Stripe account %s") % account.stripe_account_id
                     + business)
    else:
        lines.append(QCoreApplication.translate("AccountSummary", "Stripe did not name the account this key belongs "
                                                                  "to."))
    if account.stripe_context:
        lines.append(QCoreApplication.translate("AccountSummary", "Acts on %s") % account.stripe_context)
    return lines


def expiry_note(account: Account) -> str | None:
    """`Account.expiry_note`, translated."""
    if (note := account.expiry_note()) is None:
        return None
    template, value = note
    return QCoreApplication.translate("Expiry", template).replace("%1", value)


def not_stripe(api_base: str, sends_live_keys: bool) -> str:
    """The window's banner when LINKWIZARD_API_BASE points elsewhere than Stripe."""
    if sends_live_keys:
        return _translate("MainWindow", "Not connected to Stripe: requests go to %s (LINKWIZARD_API_BASE). Live "
                          "keys are sent there too (LINKWIZARD_SEND_LIVE_KEYS_TO_API_BASE=1).") % api_base
    return _translate("MainWindow", "Not connected to Stripe: requests go to %s (LINKWIZARD_API_BASE). Live keys "
                      "are not sent there.") % api_base
