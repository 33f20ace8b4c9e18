"""`python -m linkwizard` behaves exactly like the `linkwizard` command."""

import sys

if len(sys.argv) == 1:  # the app itself: straight to the window, without the CLI's parser
    from linkwizard.gui.app import main as gui_main

    sys.exit(gui_main())

from linkwizard.cli import main

sys.exit(main())
