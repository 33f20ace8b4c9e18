"""What a person can do, for both front ends: link, verify, import, rename, remove.

It composes `stripe`, `store` and `secrets`, and is the only layer the command line and the
window call for work. Public modules: `__all__`.
"""

__all__ = ["cancellation", "checks_process", "diagnostics", "importing", "linking", "managing", "selftest", "services",
           "verifying"]
