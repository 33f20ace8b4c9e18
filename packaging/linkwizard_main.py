"""The bundle's entry point: the same `linkwizard` command (no arguments: the window)."""

import sys

from linkwizard.entry import main

if __name__ == "__main__":
    sys.exit(main())
