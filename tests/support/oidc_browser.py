"""A browser for the OIDC login test: `BROWSER="python oidc_browser.py %s"` makes Python's
`webbrowser.open` run this with the vault's auth_url. First a forged callback with a wrong
`state` (which linkwizard must refuse), then the real thing: follow the provider's redirects
back to the callback, as a browser would. What happened goes to $OIDC_BROWSER_LOG as JSON."""

from __future__ import annotations

import json
import os
import socket
import sys
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlsplit


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # follows the provider's 302
            return int(response.status), response.read().decode()
    except urllib.error.HTTPError as error:
        return int(error.code), error.read().decode()


def main() -> None:
    """OIDC_BROWSER_MODE=bad-code: the right state with a code the vault never issued, as
    another local user who read this command line could send. An idle connection to the
    listener stays open meanwhile (OIDC_BROWSER_IDLE=1), as a browser's preconnect does."""
    url = sys.argv[1]
    query = parse_qs(urlsplit(url).query)
    callback = query["redirect_uri"][0]
    idle = socket.create_connection(("127.0.0.1", 8250)) if os.environ.get("OIDC_BROWSER_IDLE") else None
    forged, _ = get(f"{callback}?state=st_forged&code=forged-code")
    if os.environ.get("OIDC_BROWSER_MODE") == "bad-code":
        followed, page = get(f"{callback}?state={query['state'][0]}&code=never-issued")
    else:
        followed, page = get(url)
    with open(os.environ["OIDC_BROWSER_LOG"], "w") as out:
        json.dump({"redirect_uri": callback, "forged": forged, "followed": followed, "page": page}, out)
    if idle is not None:
        idle.close()


if __name__ == "__main__":
    main()
