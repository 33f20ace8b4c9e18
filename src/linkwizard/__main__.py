"""`python -m linkwizard` behaves exactly like the `linkwizard` command."""

import sys

# The app itself (no arguments, or only a language) goes straight to the window, without
# loading the CLI's parser first.
if sys.argv[1:] == [] or (len(sys.argv) == 3 and sys.argv[1] == "--lang"):
    from linkwizard.gui.app import main as gui_main

    sys.exit(gui_main())

from linkwizard.cli import main

sys.exit(main())
