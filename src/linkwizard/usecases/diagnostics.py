"""The plain-text block behind "Copy diagnostics": what support needs, never the key."""

from __future__ import annotations

import platform

from linkwizard import __version__
from linkwizard.domain.account import Account, now_iso
from linkwizard.domain.keys import Environment
from linkwizard.domain.problems import Problem
from linkwizard.stripe.base import API_VERSION


def diagnostics_text(account: Account | None = None, found: Problem | None = None,
                     environment: Environment | None = None, key_hint: str | None = None) -> str:
    rows: list[tuple[str, str]] = [
        ("linkwizard", __version__),
        ("OS", f"{platform.system()} {platform.release()} ({platform.machine()})"),
        ("Python", platform.python_version()),
        ("Time", now_iso()),
    ]
    if account is not None:
        rows += [("Account", account.id), ("Environment", account.environment.value),
                 ("Key", account.key_hint), ("Key kind", account.key_kind.value),
                 ("Status", account.status.value)]
        if account.status_reason:
            rows.append(("Reason", account.status_reason))
        if account.stripe_account_id:
            rows.append(("Stripe account", account.stripe_account_id))
        if account.stripe_context:
            rows.append(("Stripe-Context", account.stripe_context))
        if account.key_expires_at:
            rows.append(("Key expires", account.key_expires_at))
        rows.append(("Stripe-Version", API_VERSION))
        rows.append(("Last verified", account.last_verified_at or "never"))
        for name, value in (("HTTP status", account.last_http_status), ("Stripe error code", account.last_stripe_code),
                            ("Request-Id", account.last_request_id)):
            if value is not None and found is None:
                rows.append((name, str(value)))
    else:
        if environment is not None:
            rows.append(("Environment", environment.value))
        if key_hint:
            rows.append(("Key", key_hint))
    if found is not None:
        rows += [("Message", found.title), *found.diagnostics()]
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name.ljust(width)}  {value}" for name, value in rows) + "\n"
