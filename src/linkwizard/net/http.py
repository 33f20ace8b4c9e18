"""httpx, as this program loads it: the one door to it (stripe.client and team.vault).

httpx imports its own command line (click, rich, pygments) whenever they are installed, as
they are beside the dev tools: 40 ms of every network command, for a program linkwizard never
runs. Marked missing before httpx loads, httpx skips it, as it does when installed alone
(benchmarks: team exec). Nothing else of the process is touched."""

import sys

sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

import httpx  # noqa: E402

__all__ = ["httpx"]
