"""httpx, as this program loads it, and the one factory of its clients (stripe.client and
team.vault).

httpx imports its own command line (click, rich, pygments) whenever they are installed, as
they are beside the dev tools: 40 ms of every network command, for a program linkwizard never
runs. Marked missing before httpx loads, httpx skips it, as it does when installed alone
(benchmarks: team exec). Nothing else of the process is touched."""

from __future__ import annotations

import sys
from collections.abc import Mapping

sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

import httpx  # noqa: E402

from linkwizard.net.retry import RetryPolicy  # noqa: E402

TYPE_CHECKING = False
if TYPE_CHECKING:
    import ssl

__all__ = ["httpx", "make_client"]


def make_client(policy: RetryPolicy, headers: Mapping[str, str], trust: ssl.SSLContext, *, loopback: bool,
                base_url: str = "", connections: int = 10) -> httpx.AsyncClient:
    """A pooled client with the policy's time limits, TLS verified against `trust`, redirects
    never followed (a key or a token is not sent on to another address), and the proxy
    settings of the environment honoured, except for this computer (`loopback`): a request to
    it never goes through a proxy."""
    return httpx.AsyncClient(
        base_url=base_url, headers=dict(headers),
        timeout=httpx.Timeout(policy.read_timeout, connect=policy.connect_timeout),
        limits=httpx.Limits(max_connections=connections, max_keepalive_connections=connections),
        follow_redirects=False, verify=trust, trust_env=not loopback)
