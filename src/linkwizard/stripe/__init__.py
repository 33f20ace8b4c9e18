"""Everything said to Stripe over HTTP: the API base, the client, the connection test.

No httpx exception leaves this package: every failure becomes a `domain.problems.Problem`.
It imports only `net` and `domain`. Public modules: `__all__`.
"""

__all__ = ["base", "client"]
