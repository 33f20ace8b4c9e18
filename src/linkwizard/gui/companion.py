"""What keeps watch while linkwizard runs, with its window or without (the background mode):
a re-check when the network comes back, desktop notifications when an account newly needs
attention, and the tray icon where the desktop has a tray.

The rules (what to re-check, when to notify) are the core's (usecases/watching.py); the
notifications go over the session bus from a thread of their own (desktop/notifications.py).
This module only connects them to Qt's network information, the controller and the window.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from linkwizard.desktop.notifications import Note, Notifier
from linkwizard.domain.account import Reason
from linkwizard.gui.common import i18n
from linkwizard.usecases.watching import Alert

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.gui.controller import Controller

log = logging.getLogger(__name__)
ONLINE_SETTLE_MS = 1000  # after coming online, routes and DNS settle before the first request
Reachability = QNetworkInformation.Reachability


def note_for(alert: Alert) -> Note:
    """What a notification says: the account, what happened, what to do. At most the key's hint."""
    translate = QCoreApplication.translate
    account, name = alert.account, alert.account.name
    if alert.reason is Reason.REFUSED:
        summary = translate("Companion", "“%1” needs a new key").replace("%1", name)
        body = translate("Companion", "Stripe refused its key (%1). Open linkwizard and replace the key.").replace(
            "%1", account.key_hint)
    elif alert.reason is Reason.EXPIRED:
        summary = translate("Companion", "The key of “%1” has expired").replace("%1", name)
        body = translate("Companion", "Create a new key in the Stripe Dashboard, then replace it in linkwizard.")
    elif alert.reason is Reason.GONE:
        summary = translate("Companion", "The key of “%1” is missing").replace("%1", name)
        body = translate("Companion", "It is no longer where linkwizard keeps it. Open linkwizard to link the "
                                      "account again.")
    else:
        summary = translate("Companion", "The key of “%1” expires soon").replace("%1", name)
        body = translate("Companion", "%1. Replace it before then: create a new key in the Stripe Dashboard, "
                                      "then choose Replace key in linkwizard.").replace(
            "%1", i18n.expiry_note(account) or "")
    return Note(account.id, summary, body, urgent=alert.reason is not Reason.EXPIRING)


class Companion(QObject):
    """The checks' notifications, the network's comings and goings, and the tray. It asks the
    window through its signals: `open_account` (a notification was clicked), `open_requested`
    and `quit_requested`."""

    open_account = Signal(str)
    open_requested = Signal()  # the tray: *Open linkwizard*, or a click on the icon
    quit_requested = Signal()  # the tray: *Quit linkwizard*
    _clicked = Signal(str)  # from the notifications' thread: queued to this one

    def __init__(self, parent: QObject, controller: Controller) -> None:
        super().__init__(parent)
        self.controller = controller
        self.notifier = Notifier(self._clicked.emit, action_label=self.tr("Open"))
        self._clicked.connect(self.open_account)
        controller.needs_attention.connect(self.tell)
        controller.attention_over.connect(lambda account: self.notifier.withdraw(account.id))
        self.settle = QTimer(self)
        self.settle.setObjectName("networkSettleTimer")
        self.settle.setSingleShot(True)
        self.settle.setInterval(ONLINE_SETTLE_MS)
        self.settle.timeout.connect(controller.recheck_after_network)
        self.network: QNetworkInformation | None = None
        self.tray: QSystemTrayIcon | None = None

    def watch_network(self) -> None:
        """Qt's reachability (NetworkManager's on Linux); without a backend, checks simply run."""
        if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            log.info("no network information backend: checks run on their timer only")
            return
        self.network = QNetworkInformation.instance()
        if self.network is None:
            return
        log.info("network information: %s, %s", self.network.backendName(), self.network.reachability().name)
        self.controller.offline = self.network.reachability() is Reachability.Disconnected
        self.network.reachabilityChanged.connect(self._reachability)

    def _reachability(self, reachability: Reachability) -> None:
        self.controller.offline = reachability is Reachability.Disconnected
        log.info("network: %s", reachability.name)
        if reachability is Reachability.Online:
            self.settle.start()  # Unknown says nothing: the timer's checks go on trying anyway
        elif self.controller.offline:
            self.settle.stop()

    def tell(self, alert: Alert) -> None:
        log.info("notifying: %s %s", alert.account.id, alert.reason.name)
        self.notifier.show(note_for(alert))

    # the tray ----------------------------------------------------------------------------------
    def show_tray(self, icon: QIcon) -> None:
        """Only where the desktop has a tray; it is never the only way in (the menu and the
        notifications open the window too)."""
        if self.tray is not None or not QSystemTrayIcon.isSystemTrayAvailable():
            return
        menu = QMenu()
        menu.setObjectName("trayMenu")
        menu.addAction(self.tr("&Open linkwizard"), self.open_requested.emit).setObjectName("trayOpenAction")
        menu.addAction(self.tr("&Check all accounts now"), self._check_all).setObjectName("trayCheckAction")
        menu.addSeparator()
        menu.addAction(self.tr("&Quit linkwizard"), self.quit_requested.emit).setObjectName("trayQuitAction")
        self.tray = QSystemTrayIcon(icon, self)
        self.tray.setObjectName("trayIcon")
        self.tray.setToolTip("linkwizard")
        self.tray.setContextMenu(menu)
        self.tray_menu = menu  # a menu has no parent widget here: this keeps it alive
        self.tray.activated.connect(self._tray_activated)
        self.tray.show()

    def hide_tray(self) -> None:
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def _check_all(self) -> None:
        self.controller.verify(self.controller.model.accounts())

    def close(self) -> None:
        self.settle.stop()
        self.hide_tray()
        self.notifier.close()

