"""One connection test against the fake Stripe, as the core runs it."""

from __future__ import annotations

from linkwizard.domain.keys import Environment, KeyKind
from linkwizard.stripe import client as stripe_api
from linkwizard.stripe.client import ConnectionResult, Policy, make_client
from linkwizard.usecases.cancellation import CancelToken, run_cancellable

FAST = Policy(connect_timeout=2, read_timeout=2, total_timeout=10, initial_delay=0.05, max_delay=0.2)


def run_test(url: str, key: str, environment: Environment = Environment.TEST,
             policy: Policy = FAST, cancel: CancelToken | None = None) -> ConnectionResult:
    kind = KeyKind.RESTRICTED if key.startswith(("rk_", "rkcs_")) else KeyKind.SECRET

    async def work() -> ConnectionResult:
        async with make_client(url, policy) as client:
            return await stripe_api.test_connection(client, key, kind, environment, policy)

    return run_cancellable(work, cancel)
