"""Open the case store the way the app and the command line both need it."""

from __future__ import annotations

from datetime import datetime

from mediator.paths import DataDir
from mediator.persistence.db import (
    SYSTEM,
    Database,
    Operator,
    create_db_engine,
    precheck_sqlite_file,
    probe,
    sqlite_path,
)
from mediator.persistence.migrate import (
    SchemaState,
    ensure_schema,
    read_status_of_file,
    refuse_unusable,
)


def open_database(
    url: str,
    *,
    data_dir: DataDir | None = None,
    operator: Operator = SYSTEM,
    now: datetime | None = None,
    daily_backup: bool = False,
) -> Database:
    """Check, create or upgrade, and open the database at ``url``.

    Raises ``StorageUnavailable`` (with a Chinese message) for a file that
    cannot be used; such a file is left exactly as it was.
    """
    now = now or datetime.now()
    path = sqlite_path(url)
    where = str(path) if path else url
    if path is not None:
        precheck_sqlite_file(path)
        refuse_unusable(read_status_of_file(path), where)
    engine = create_db_engine(url)
    try:
        if path is not None:
            probe(engine, where)
        backups = data_dir.backups if data_dir else (path.parent / "backups" if path else None)
        status = ensure_schema(engine, where, backups, now)
        if daily_backup and path is not None and backups is not None:
            from mediator.persistence.backup import daily_backup as take_daily_backup

            take_daily_backup(engine, backups, now)
    except BaseException:
        engine.dispose()
        raise
    database = Database(url=url, engine=engine, path=path, operator=operator)
    if status.state is SchemaState.OLDER and (status.revision or "") < LIMITATION_REVISION:
        _fill_limitation_dates(database)
    return database


LIMITATION_REVISION = "0009"
"""Migration 0009 added ``applicants.limitation_due``, which the to-do board reads."""


def _fill_limitation_dates(database: Database) -> None:
    # Derived by the domain rules, so filled here rather than in SQL in the migration.
    from mediator.persistence.limitation import refresh_all

    try:
        with database.write() as session:
            refresh_all(session)
    except BaseException:
        database.dispose()
        raise
