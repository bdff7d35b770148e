"""Environmental storage failures, told apart from bugs.

A ``StorageUnavailable`` is something the user can act on (another copy of
the app holds the file, the disk is read-only, the file is not ours): the GUI
shows it in a dialog, the command line prints it and exits non-zero, and the
file is never overwritten, deleted or "repaired". Anything else is a bug.
"""

from __future__ import annotations

from mediator.domain.errors import MediatorError


class StorageUnavailable(MediatorError):
    """The database cannot be used; the message says why and what to do."""

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class StaleEdit(MediatorError):
    """Someone else saved the record after this copy was loaded."""


def classify_sqlite_error(exc: BaseException, where: str) -> StorageUnavailable | None:
    """Map an sqlite3 / SQLAlchemy error to a user-facing message, or None for a bug."""
    text = str(getattr(exc, "orig", exc) or exc).lower()
    table: list[tuple[tuple[str, ...], str, str]] = [
        (
            ("file is not a database", "file is encrypted"),
            "not_a_database",
            f"文件“{where}”不是本软件的数据库（或已损坏）。软件没有改动它。"
            "请确认选择的文件是否正确，或从备份恢复（mediator restore 备份文件）。",
        ),
        (
            ("malformed", "corrupt"),
            "corrupt",
            f"数据库“{where}”已损坏，无法读取。软件没有改动它。"
            "请从 backups 文件夹中的最近一次备份恢复（mediator restore 备份文件），"
            "并保留损坏的文件以便技术人员检查。",
        ),
        (
            ("readonly", "read-only", "attempt to write a readonly"),
            "read_only",
            f"数据库“{where}”是只读的，无法保存。请检查文件或所在文件夹的写入权限，"
            "或将数据文件夹移到可写的位置（例如不要放在只读的U盘或光盘上）。",
        ),
        (
            ("database is locked", "database table is locked", "busy"),
            "locked",
            f"数据库“{where}”正被其他程序占用（可能已在另一个窗口或另一台电脑上打开）。"
            "请关闭其他正在使用它的程序后重试。",
        ),
        (
            ("unable to open", "cannot open", "disk i/o error"),
            "cannot_open",
            f"无法打开数据库“{where}”。请检查文件夹是否存在、磁盘是否已连接且有写入权限。",
        ),
        (
            ("database or disk is full", "disk full"),
            "disk_full",
            f"磁盘已满，无法写入数据库“{where}”。请清理磁盘空间后重试；已保存的数据不受影响。",
        ),
    ]
    for needles, reason, message in table:
        if any(n in text for n in needles):
            return StorageUnavailable(message, reason=reason)
    return None
