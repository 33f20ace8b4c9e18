"""The command line's exit codes (DESIGN "Command line"), by name, for every command."""

from __future__ import annotations

from linkwizard.problems import Category

OK = 0
WINDOW = 1  # --self-test: the window could not be shown
INTERNAL = 1  # a fault in linkwizard itself
USAGE = 2  # usage, or a key refused before any request
REJECTED = 3  # Stripe rejected the key (401)
FORBIDDEN = 4  # the key lacks a permission (403)
UNREACHABLE = 5  # Stripe unreachable or failing, or an answer that is not Stripe's
STORAGE = 6  # no secure keyring, an unreadable account list, a folder that is not ours
NOT_EXECUTABLE = 126  # exec: the command cannot be run
NOT_FOUND = 127  # exec: the command was not found
CANCELLED = 130  # Ctrl+C

BY_CATEGORY = {
    Category.REFUSED: USAGE,
    Category.REJECTED: REJECTED,
    Category.FORBIDDEN: FORBIDDEN,
    Category.UNREACHABLE: UNREACHABLE,
    Category.STORAGE: STORAGE,
    Category.CANCELLED: CANCELLED,
    Category.INTERNAL: INTERNAL,
}
