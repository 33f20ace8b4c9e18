"""HTTP as both remote services are spoken to: Stripe (`stripe`) and the team vault (`team`).

Bounded bodies, one layer of compression at most, the system trust store, loopback without a
proxy. It imports only `domain` and httpx. Public modules: `__all__`.
"""

__all__ = ["transport"]
