"""Keep keys out of crash dumps: no core file, and on Linux a process nobody else may dump.

A key lives in this process's memory while a command or the window uses it; a core file
written on a crash (SIGABRT, SIGSEGV) would hold copies of it on disk. Called first thing
by every entry point.
"""

from __future__ import annotations

import sys

PR_SET_DUMPABLE = 4


def forbid_core_dumps(holds_keys: bool = True) -> None:
    """RLIMIT_CORE 0 (soft and hard), and PR_SET_DUMPABLE 0 on Linux, which also keeps
    other processes of the same user from attaching with ptrace. Failures are ignored:
    a platform without these has no core files of this kind to forbid.

    `holds_keys=False` (listing accounts, printing a link: no key is ever read) skips
    loading ctypes for prctl; the core limit is set all the same.
    """
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    if holds_keys and sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass
