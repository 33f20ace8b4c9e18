"""What a person can do, for both front ends: link, verify, import, rename, remove,
share with a team.

It composes `stripe`, `store`, `secrets` and `team`, and is the only layer the command line and the
window call for work. Public modules: `__all__`.
"""

__all__ = ["app_settings", "cancellation", "checks_process", "diagnostics", "exec", "importing", "linking",
           "managing", "selftest", "services", "team", "verifying", "watching"]
