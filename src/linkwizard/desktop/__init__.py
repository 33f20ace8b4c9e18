"""This computer's desktop session and process: how linkwizard is started (the launcher),
whether it starts at login, its notifications, the system libraries its window needs, and
keeping keys out of crash dumps. Files and settings of the session, never a key."""

__all__ = ["autostart", "crash_safety", "launcher", "notifications", "system_libraries"]
