"""What this computer keeps on disk, none of it secret: the account list, its folders, logs,
settings.

It imports only `domain`. `listing` is the fast path for `accounts --json`. Public modules:
`__all__`.
"""

__all__ = ["accounts", "config", "listing", "logs", "paths"]
