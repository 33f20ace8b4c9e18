"""The rules of the app, with no I/O: key shapes, problems, permissions, the record schema.

It imports nothing else of linkwizard, and nothing heavier than the standard library.
Its public modules are listed in `__all__`; the package imports none of them, so a fast
path that needs one module loads only that one.
"""

__all__ = ["account", "exit_codes", "keys", "launch", "moments", "permissions", "problems", "records", "redaction",
           "team_login", "untrusted"]
