"""`python -m linkwizard` behaves exactly like the `linkwizard` command."""

import sys

from linkwizard.entry import main

sys.exit(main())
