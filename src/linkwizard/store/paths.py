"""Where linkwizard keeps its files. Keys are never among them."""

from __future__ import annotations

import contextlib
import os
import sys

TYPE_CHECKING = False  # pathlib loads only where a Path is made: `accounts --json` needs none
if TYPE_CHECKING:
    from pathlib import Path

APP = "linkwizard"


def data_dir() -> Path:
    from pathlib import Path

    if (text := data_dir_text()) is not None:
        return Path(text)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def data_dir_text() -> str | None:
    """The data folder, as text, where it is an XDG folder (None elsewhere)."""
    return os.path.join(_xdg_text("XDG_DATA_HOME", ".local/share"), APP) if _uses_xdg() else None


def config_dir() -> Path:
    """Where settings live (never a secret): the team vault's address, and the like."""
    from pathlib import Path

    if _uses_xdg():
        return xdg("XDG_CONFIG_HOME", ".config") / APP
    import platformdirs

    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def log_dir() -> Path:
    from pathlib import Path

    if _uses_xdg():
        return xdg("XDG_STATE_HOME", ".local/state") / APP / "log"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def private_log_dir() -> Path:
    """The log folder, made private (with the state folder it sits in) if nothing was logged yet."""
    folder = log_dir()
    private_dir(folder.parent)
    private_dir(folder)
    return folder


def _uses_xdg() -> bool:
    """Linux and the BSDs follow the XDG base directories, exactly as platformdirs reads them;
    computing them here keeps platformdirs (and its imports) off the start-up path."""
    return not sys.platform.startswith(("win32", "darwin", "cygwin")) and "ANDROID_DATA" not in os.environ


def xdg(variable: str, default: str) -> Path:
    """An XDG base directory; a relative value is invalid (the spec says to ignore it)."""
    from pathlib import Path

    return Path(_xdg_text(variable, default))


def _xdg_text(variable: str, default: str) -> str:
    value = os.environ.get(variable, "").strip()
    return value if value and os.path.isabs(value) else os.path.join(os.path.expanduser("~"), default)


def private_dir(path: Path, create: bool = True) -> bool:
    """Make sure `path` is a folder of this user's that nobody else can read (0700).

    Creates it when `create` (returns False when it does not exist and was not created),
    repairs a looser mode, and refuses a folder another user owns with FOLDER_NOT_OWNED.
    OSError from creating it is the caller's to report.
    """
    if create:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name != "posix":
        return path.is_dir()
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return False
    if info.st_uid != os.getuid():
        from linkwizard.domain.problems import LinkwizardError, ProblemKind, problem

        raise LinkwizardError(problem(ProblemKind.FOLDER_NOT_OWNED, values={"path": str(path)},
                                      detail=f"owner uid {info.st_uid}"))
    if info.st_mode & 0o077:
        os.chmod(path, 0o700)
    return True


# Opening a file never follows a symbolic link planted in its place.
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def open_private(path: Path | str, flags: int) -> int:
    """os.open for linkwizard's own files: no symlinks, mode 0600 whatever the umask."""
    fd = os.open(path, flags | NOFOLLOW, 0o600)
    if hasattr(os, "fchmod") and flags & (os.O_WRONLY | os.O_RDWR):
        try:
            os.fchmod(fd, 0o600)
        except OSError:
            os.close(fd)
            raise
    return fd


def replace_file(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace `path` with `data` atomically: a new private file beside it (never through a
    symbolic link), written and synced, given `mode`, renamed over it, the folder synced.
    Nothing is left behind on failure; the OSError is the caller's to report."""
    temporary = os.path.join(os.path.dirname(path), f".{os.path.basename(path)}-{os.urandom(6).hex()}.tmp")
    fd = open_private(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    try:
        with open(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if mode != 0o600 and hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    if os.name == "posix":
        directory = os.open(os.path.dirname(path) or ".", os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
