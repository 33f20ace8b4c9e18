"""Where requests go: Stripe's API, or a test server given in LINKWIZARD_API_BASE.

Kept apart from the HTTP client so that commands which send no request never import it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from urllib.parse import urlsplit

from linkwizard.domain.keys import may_act_on_live_data
from linkwizard.domain.problems import LinkwizardError, ProblemKind, problem
from linkwizard.net.transport import is_loopback_host

DEFAULT_API_BASE = "https://api.stripe.com"
API_BASE_ENV = "LINKWIZARD_API_BASE"
# Live keys go to Stripe and nowhere else, unless this is set to 1 (the project's own tests).
SEND_LIVE_KEYS_ENV = "LINKWIZARD_SEND_LIVE_KEYS_TO_API_BASE"
# Every request names the API version this code reads (docs/stripe-notes.md says why this one):
# a change of the account's default version can then never change a response's shape here.
API_VERSION = "2026-02-25.clover"


def validate_api_base(url: str) -> str:
    """Return the API base without a trailing slash, or raise API_BASE_REFUSED.

    https:// to any host; http:// only to a loopback address; nothing with credentials,
    a query or a fragment.
    """
    refused = LinkwizardError(problem(ProblemKind.API_BASE_REFUSED, detail="rejected API base"))
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        _ = parts.port  # raises ValueError on a garbage port
    except ValueError:
        raise refused from None
    if not host or parts.username or parts.password or parts.query or parts.fragment:
        raise refused
    if parts.scheme == "https":
        pass
    elif parts.scheme == "http":
        if not is_loopback_host(host):
            raise refused
    else:
        raise refused
    return url.strip().rstrip("/")


def api_base_from_env(environ: Mapping[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    return validate_api_base(env.get(API_BASE_ENV) or DEFAULT_API_BASE)


def is_stripe(api_base: str) -> bool:
    return api_base.rstrip("/") == DEFAULT_API_BASE


def refuse_live_key_elsewhere(key: str, api_base: str, environ: Mapping[str, str] | None = None) -> None:
    """Raise LIVE_KEY_ELSEWHERE before a live key would go to anything but api.stripe.com."""
    env = os.environ if environ is None else environ
    if may_act_on_live_data(key) and not is_stripe(api_base) and env.get(SEND_LIVE_KEYS_ENV) != "1":
        raise LinkwizardError(problem(ProblemKind.LIVE_KEY_ELSEWHERE, values={"base": api_base},
                                      detail="live key withheld from a non-Stripe API base"))


def is_loopback_base(api_base: str) -> bool:
    host = urlsplit(api_base).hostname
    return host is not None and is_loopback_host(host)
