"""One window per data folder: a second launch hands over to the first and exits.

The running app listens on a local socket named after the data folder; a new launch
that can connect to it asks it to come to the front instead of opening a second
window on the same accounts.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

ACTIVATE = b"activate\n"
TIMEOUT_MS = 1000


def server_name(data_dir: Path) -> str:
    """Per user and data folder, and short (socket paths are limited to about 100 bytes).

    On Unix a full path in the temp folder, so this module can knock with a plain socket
    before Qt's network module is loaded; on Windows a pipe name.
    """
    uid = os.getuid() if hasattr(os, "getuid") else 0
    digest = hashlib.sha256(f"{uid}:{data_dir.resolve()}".encode()).hexdigest()[:16]
    if sys.platform == "win32":
        return f"linkwizard-{digest}"
    return os.path.join(tempfile.gettempdir(), f"linkwizard-{digest}")


def ask_running_instance(name: str) -> bool:
    """True when another instance answered and was asked to come to the front."""
    if sys.platform != "win32":
        import socket

        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as knock:
            knock.settimeout(TIMEOUT_MS / 1000)
            try:
                knock.connect(name)
                knock.sendall(ACTIVATE)
            except OSError:  # nobody listens (or a file left by a crash): we are the first
                return False
        return True
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(ACTIVATE)
    delivered = socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(TIMEOUT_MS)
    return delivered


class SingleInstance(QObject):
    """The listening side; emits `activated` when a later launch knocks."""

    activated = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a socket left behind by a crashed instance is cleaned up first."""
        if self.server.listen(self.name):
            return True
        if ask_running_instance(self.name):
            return False  # somebody else got there first
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
        if bytes(socket.read(len(ACTIVATE)).data()) == ACTIVATE:
            self.activated.emit()
