"""The connection test, as linking, replacing a key and adding from the team vault all give
it: one request that proves the key works (and whose account it is), then the permission
probe on the same connections. httpx is loaded only when a test runs."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from linkwizard.domain.keys import Environment, KeyKind, key_hint
from linkwizard.domain.permissions import REQUIRED, PermissionCheck
from linkwizard.domain.problems import LinkwizardError, Problem
from linkwizard.usecases.cancellation import CancelToken, cancelled_error, run_cancellable
from linkwizard.usecases.services import OnStage, Services, Stage, no_stage

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.stripe.client import ConnectionResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Tested:
    """A key that passed the connection test, with what the test and the probe learned."""

    result: ConnectionResult
    permissions: tuple[PermissionCheck, ...] | None


def test_and_probe(key: str, kind: KeyKind, environment: Environment, services: Services,
                   cancel: CancelToken | None = None, on_stage: OnStage = no_stage,
                   context: str | None = None) -> Tested:
    """The connection test and, when it passes, the permission probe on the same connections;
    LinkwizardError with Stripe's answer when it does not pass."""
    from linkwizard.stripe import client as stripe_api

    policy = services.stripe_policy()

    async def work() -> Tested:
        async with stripe_api.make_client(services.api_base, policy) as client:
            result = await stripe_api.test_connection(client, key, kind, environment, policy, context=context)
            if result.problem is not None:
                return Tested(result, None)
            on_stage(Stage.PERMISSIONS)
            probed = await stripe_api.probe_permissions(client, key, policy, frozenset({REQUIRED}), context)
            return Tested(result, None if isinstance(probed, Problem) else probed)

    on_stage(Stage.CONTACTING)
    tested = run_cancellable(work, cancel)
    log.info("connection test for %s (%s): %s", key_hint(key), environment.value,
             tested.result.problem.kind.name if tested.result.problem else "ok")
    if tested.result.problem is not None:
        raise LinkwizardError(tested.result.problem)
    if cancel is not None and cancel.cancelled:
        raise cancelled_error()
    return tested
