"""One window per data folder: a second launch hands over to the first and exits.

The running app listens on a local socket named after the data folder; a new launch
that can connect to it asks it to come to the front instead of opening a second
window on the same accounts.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
TIMEOUT_MS = 1000


def server_name(data_dir: Path) -> str:
    """Short and per user and data folder (socket paths are limited to about 100 bytes)."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    digest = hashlib.sha256(f"{uid}:{data_dir.resolve()}".encode()).hexdigest()[:16]
    return f"linkwizard-{digest}"


def ask_running_instance(name: str) -> bool:
    """True when another instance answered and was asked to come to the front."""
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
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        """Stop listening and drop connections still open (before this object goes away)."""
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
        socket = self.sender()
        if not isinstance(socket, QLocalSocket) or socket.bytesAvailable() < len(ACTIVATE):
            return  # the rest of the message is still on its way
        if bytes(socket.read(len(ACTIVATE)).data()) == ACTIVATE:
            self.activated.emit()
