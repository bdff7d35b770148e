"""A read-only table over a Python list (history, operators, holiday entries)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class ListModel(QAbstractTableModel):
    """Subclasses name the columns (``headers``) and show an item (``cells``, ``style``)."""

    show_tooltips = False
    """Repeat each cell as its tooltip (for long texts in narrow columns)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []
        self._headers = self.headers()

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cells(self, item: Any) -> list[str]:
        raise NotImplementedError

    def style(self, item: Any, role: int) -> Any:
        """Colours and fonts of a whole row; None for the default look."""
        return None

    def set_items(self, items: Iterable[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole or (
            role == Qt.ItemDataRole.ToolTipRole and self.show_tooltips
        ):
            return self.cells(item)[index.column()]
        return self.style(item, role)
