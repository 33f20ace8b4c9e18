"""This computer's desktop session: how linkwizard is started (the launcher), and whether
it starts at login, and the system libraries its window needs. Files and settings of the
session, never a key."""

__all__ = ["autostart", "launcher", "notifications", "system_libraries"]
