"""HTTP as both remote services are spoken to: Stripe (`stripe`) and the team vault (`team`).

Bounded bodies, one layer of compression at most, the system trust store, loopback without a
proxy, one user agent, one client factory (`http.make_client`) and one retry policy
(`retry.RetryPolicy`). It imports nothing of linkwizard but its version, and httpx, ssl and
truststore only when a client is made. Public modules: `__all__`.
"""

__all__ = ["failures", "http", "retry", "transport"]
