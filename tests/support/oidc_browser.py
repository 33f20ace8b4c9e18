"""A browser for the OIDC login test: `BROWSER="python oidc_browser.py %s"` makes Python's
`webbrowser.open` run this with the vault's auth_url. First a forged callback with a wrong
`state` (which linkwizard must refuse), then the real thing: follow the provider's redirects
back to the callback, as a browser would. What happened goes to $OIDC_BROWSER_LOG as JSON."""

from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlsplit


def get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # follows the provider's 302
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def main() -> None:
    url = sys.argv[1]
    callback = parse_qs(urlsplit(url).query)["redirect_uri"][0]
    forged = get(f"{callback}?state=st_forged&code=forged-code")
    followed = get(url)
    with open(os.environ["OIDC_BROWSER_LOG"], "w") as out:
        json.dump({"redirect_uri": callback, "forged": forged, "followed": followed}, out)


if __name__ == "__main__":
    main()
