"""linkwizard: link a Stripe account to this computer by API key."""

import sys

__version__ = "0.1.0"
APP_ID = "io.github.linkwizard.LinkWizard"  # desktop file, icon and AppStream id

# httpx imports its own command line (click, rich, pygments) whenever they are installed, as
# they are beside the dev tools: 40 ms of every network command, for a program linkwizard never
# runs. Marked missing, httpx skips it, as it does when installed alone (benchmarks: team exec).
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
