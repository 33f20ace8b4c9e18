"""Times as a person reads them: local time, in the locale's format."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt


def local_time(stamp: str | None) -> str:
    """An ISO 8601 UTC stamp in the user's local time and locale format."""
    if not stamp:
        return QCoreApplication.translate("AccountDetails", "Never")
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    local = moment.toLocalTime()
    if QLocale().language() == QLocale.Language.C:  # no locale set: an unambiguous form
        return str(local.toString("yyyy-MM-dd HH:mm"))
    return str(QLocale().toString(local, QLocale.FormatType.ShortFormat))
