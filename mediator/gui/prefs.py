"""Per-computer window preferences, kept in ``gui.ini`` inside the data folder.

Office data that prints on documents lives in the database (``Services.settings``);
this file only holds what belongs to one desk: the interface language, window
geometry and column widths. Keeping it in the data folder (not the registry)
means ``--data-dir`` moves everything together and tests never touch the
real user profile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from mediator.gui.i18n import DEFAULT_LANGUAGE, LANGUAGES

PREFS_FILENAME = "gui.ini"


class Prefs:
    def __init__(self, folder: Path) -> None:
        self._settings = QSettings(str(folder / PREFS_FILENAME), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self._settings.value("language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("language", value)

    def restore_bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_bytes(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()
