"""One window per data folder: a second launch hands over to the first and exits.

The running app listens on a local socket named after the data folder; a new launch
that can connect to it asks it to come to the front instead of opening a second
window on the same accounts.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import zlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

ACTIVATE = b"activate\n"
BACKGROUND = b"bckgrnd!\n"  # a `--background` launch: keep running after the window closes (as long as ACTIVATE)
ACK = b"ok\n"  # the running instance's answer: only then does a launch step aside
TIMEOUT_MS = 1000


def _warn(message: str, *args: object) -> None:
    """Most launches never warn: logging is loaded (after the first paint) only when one does."""
    from linkwizard.store.logs import early_logger

    early_logger(__name__).warning(message, *args)


def server_name(data_dir: Path) -> str | None:
    """Per user and data folder, and short (socket paths are limited to about 100 bytes).

    On Unix a path in this user's runtime folder ($XDG_RUNTIME_DIR, or a 0700 folder of
    this user's in the temp folder), so no other user can create, replace or reach it; None
    when no such folder can be had (then there is simply no single-instance check). On
    Windows a pipe name (Qt restricts the pipe to this user, see docs/security.md).
    """
    uid = os.getuid() if hasattr(os, "getuid") else 0
    # Only tells this user's data folders apart (it guards nothing: the folder does), so two
    # checksums from zlib, which Qt has already loaded, not hashlib, which loads OpenSSL.
    which = f"{uid}:{data_dir.resolve()}".encode()
    digest = f"{zlib.crc32(which):08x}{zlib.adler32(which):08x}"
    if sys.platform == "win32":
        return f"linkwizard-{digest}"
    folder = runtime_folder()
    return None if folder is None else str(folder / f"linkwizard-{digest}")


def runtime_folder() -> Path | None:
    """$XDG_RUNTIME_DIR, or a folder of this user's in the temp folder; each must be a real
    folder (not a symlink) that this user owns, and is made 0700 (paths.private_dir)."""
    from linkwizard.store import paths

    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    fallback = Path(tempfile.gettempdir()) / f"linkwizard-{os.getuid()}"
    candidates = [(Path(runtime), False)] if os.path.isabs(runtime) else []
    for folder, create in [*candidates, (fallback, True)]:
        try:
            if not folder.is_symlink() and paths.private_dir(folder, create=create):
                return folder
        except OSError:
            pass
        except Exception as exc:  # another user's folder; the core's errors are loaded only then
            from linkwizard.domain.problems import LinkwizardError

            if not isinstance(exc, LinkwizardError):
                raise
    _warn("single instance off: %s is not a private folder of this user", fallback)
    return None


def _ours(path: str) -> bool:
    """The socket file exists, is a socket, and this user made it."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISSOCK(info.st_mode) and info.st_uid == os.getuid()


def ask_running_instance(name: str | None, message: bytes = ACTIVATE) -> bool:
    """True when another instance of this user's answered and was asked to come to the front
    (or, with BACKGROUND, to keep running in the background).

    A socket that is not this user's, or a listener that does not answer as linkwizard does,
    never silences this launch: it is logged and the window opens.
    """
    if name is None:
        return False
    if sys.platform != "win32":
        if not os.path.lexists(name):
            return False
        import socket

        if not _ours(name):
            _warn("ignoring %s: not a socket of this user's", name)
            return False
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as knock:
            knock.settimeout(TIMEOUT_MS / 1000)
            try:
                knock.connect(name)
                knock.sendall(message)
                answer = knock.recv(len(ACK))
            except OSError:  # nobody listens (or a file left by a crash): we are the first
                return False
        if answer != ACK:
            _warn("ignoring %s: the listener did not answer as linkwizard does", name)
        return answer == ACK
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(message)
    delivered = socket.waitForBytesWritten(TIMEOUT_MS) and socket.waitForReadyRead(TIMEOUT_MS)
    answered = delivered and bytes(socket.read(len(ACK)).data()) == ACK
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(TIMEOUT_MS)
    return answered


def peer_uid(descriptor: int) -> int | None:
    """The user id of the process at the other end of a Unix socket (SO_PEERCRED), or None."""
    import socket
    import struct

    if not hasattr(socket, "SO_PEERCRED"):
        return None
    with socket.fromfd(descriptor, socket.AF_UNIX, socket.SOCK_STREAM) as peer:
        _, uid, _ = struct.unpack("3i", peer.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))
    return int(uid)


class SingleInstance(QObject):
    """The listening side; emits `activated` when a later launch knocks, `background` when a
    later `--background` launch does."""

    activated = Signal()
    background = Signal()

    def __init__(self, name: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a socket left behind by a crashed instance is cleaned up first."""
        if self.name is None:
            return False
        if self.server.listen(self.name):
            return True
        if ask_running_instance(self.name):
            return False  # somebody else got there first
        if os.path.lexists(self.name) and sys.platform != "win32" and not _ours(self.name):
            _warn("cannot answer later launches: %s belongs to someone else", self.name)
            return False
        self.server.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        """Stop listening and drop connections still open (before this object goes away)."""
        from PySide6.QtNetwork import QLocalSocket

        self.server.close()
        for socket in self.server.findChildren(QLocalSocket):
            socket.readyRead.disconnect(self._read)
            socket.abort()
            socket.deleteLater()

    @Slot()
    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            if sys.platform != "win32" and peer_uid(int(socket.socketDescriptor())) != os.getuid():
                _warn("ignored a knock from another user")
                socket.abort()
                socket.deleteLater()
                continue
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                socket.readyRead.emit()

    @Slot()
    def _read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if not isinstance(socket, QLocalSocket) or socket.bytesAvailable() < len(ACTIVATE):
            return  # the rest of the message is still on its way
        message = bytes(socket.read(len(ACTIVATE)).data())
        if message in (ACTIVATE, BACKGROUND):
            socket.write(ACK)
            socket.flush()
            (self.activated if message == ACTIVATE else self.background).emit()
