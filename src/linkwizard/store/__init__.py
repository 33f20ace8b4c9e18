"""What this computer keeps on disk, none of it secret: the account list, its folders, logs.

It imports only `domain`. `listing` is the fast path for `accounts --json`. Public modules:
`__all__`.
"""

__all__ = ["accounts", "listing", "logs", "paths"]
