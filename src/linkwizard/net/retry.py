"""How long to wait for a remote service and how often to try again: one policy for Stripe and
the team vault alike. Each service subclasses it and owns its numbers as defaults
(`stripe.client.Policy`, `team.vault.Policy`); which answers may be retried stays with the service that knows them."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class RetryPolicy:
    """Time limits in seconds: to connect, for each read, and for the whole call with its
    retries. A retry waits `delay(n)`: exponential backoff from `initial_delay`, at most
    `max_delay`, with jitter to 50-100% so that clients failed together do not come back together."""

    connect_timeout: float
    read_timeout: float
    total_timeout: float
    max_retries: int
    initial_delay: float
    max_delay: float

    def delay(self, retry: int) -> float:
        """The wait before retry number `retry` (1, 2, ...), never under half the first delay."""
        raw = min(self.initial_delay * 2 ** (retry - 1), self.max_delay)
        return float(max(raw * random.uniform(0.5, 1.0), self.initial_delay / 2))
