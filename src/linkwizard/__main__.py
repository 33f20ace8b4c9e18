"""`python -m linkwizard` behaves exactly like the `linkwizard` command."""

import sys

from linkwizard.cli import main

sys.exit(main())
