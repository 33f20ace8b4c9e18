"""The side panel's model: the saved accounts as a QAbstractListModel, fed by the core store.

It exists (empty) at the window's first paint, before the core is loaded (gui/app.py), so the
core's modules are imported only where rows are read.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.domain.account import Account, Health
    from linkwizard.domain.keys import Environment

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1
CHECKING_ROLE = Qt.ItemDataRole.UserRole + 2


def health_text(health: Health) -> str:
    return QCoreApplication.translate("health", health.label)


def badge_text(environment: Environment) -> str:
    if environment.value == "production":
        return QCoreApplication.translate("badge", "LIVE")
    return QCoreApplication.translate("badge", "TEST")


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of adjacent rows: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row <= runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class AccountsModel(QAbstractListModel):
    """One row per account, in the store's order."""

    def __init__(self) -> None:
        super().__init__()
        self._accounts: list[Account] = []
        self._rows: dict[str, int] = {}  # account id -> row: a thousand results, not a million comparisons
        self._checking: set[str] = set()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._accounts)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._accounts):
            return None
        account = self._accounts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return account.name
        if role == ACCOUNT_ROLE:
            return account
        if role == CHECKING_ROLE:
            return account.id in self._checking
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self._described(account, role)
        return None

    @staticmethod
    def _described(account: Account, role: int) -> str:
        from linkwizard.gui.common import i18n

        if role == Qt.ItemDataRole.AccessibleTextRole:
            reason = f": {i18n.reason(account.status_reason)}" if account.status_reason else ""
            team = QCoreApplication.translate("AccountsModel", ", in the team vault (version %d)") % (
                account.team_version or 0) if account.in_team_vault else ""
            return (f"{account.name}, {i18n.environment_label(account.environment)}{team}, "
                    f"{health_text(account.status)}{reason}, key {account.key_hint}")
        reason = f"\n{i18n.reason(account.status_reason)}" if account.status_reason else ""
        return f"{account.name}: {health_text(account.status)}{reason}"

    def accounts(self) -> list[Account]:
        return list(self._accounts)

    def names(self) -> list[str]:
        return [a.name for a in self._accounts]

    def account(self, account_id: str) -> Account | None:
        row = self.row_of(account_id)
        return self._accounts[row] if row >= 0 else None

    def row_of(self, account_id: str) -> int:
        return self._rows.get(account_id, -1)

    def set_accounts(self, accounts: list[Account]) -> None:
        self.beginResetModel()
        self._accounts = list(accounts)
        self._index_rows()
        self.endResetModel()

    def _index_rows(self) -> None:
        self._rows = {account.id: row for row, account in enumerate(self._accounts)}

    def upsert(self, account: Account) -> int:
        row = self.row_of(account.id)
        if row < 0:
            row = len(self._accounts)
            self.beginInsertRows(QModelIndex(), row, row)
            self._accounts.append(account)
            self._rows[account.id] = row
            self.endInsertRows()
        else:
            self._accounts[row] = account
            self.dataChanged.emit(self.index(row), self.index(row))
        return row

    def update_many(self, accounts: list[Account]) -> None:
        """Records that changed (a frame's worth of check results): one dataChanged for each
        run of adjacent rows, not one from the first changed row to the last, which would
        cover rows that did not change (results land all over a long list)."""
        rows = []
        for account in accounts:
            row = self.row_of(account.id)
            if row >= 0:
                self._accounts[row] = account
                rows.append(row)
        for first, last in _runs(sorted(rows)):
            self.dataChanged.emit(self.index(first), self.index(last))

    def remove(self, account_id: str) -> None:
        row = self.row_of(account_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._accounts[row]
            self._index_rows()
            self.endRemoveRows()

    def set_checking(self, account_ids: set[str]) -> None:
        self._checking = set(account_ids)
        if self._accounts:
            self.dataChanged.emit(self.index(0), self.index(len(self._accounts) - 1))

    def is_checking(self, account_id: str) -> bool:
        return account_id in self._checking

    def done_checking(self, account_id: str) -> None:
        self._checking.discard(account_id)
