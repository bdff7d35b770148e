"""Where mediator keeps its state.

Everything lives under one data folder: the platform's user data folder by
default, or the folder given by ``--data-dir`` / ``MEDIATOR_DATA_DIR`` (tests,
a portable install on a USB stick, a demo).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "mediator"
DATA_DIR_ENV = "MEDIATOR_DATA_DIR"
DB_FILENAME = "mediator.db"


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def drafts(self) -> Path:
        """Unsaved form input, written as the user types (crash recovery)."""
        return self.root / "drafts"

    def default_db_url(self) -> str:
        return f"sqlite:///{self.database}"

    def ensure(self) -> None:
        for folder in (self.root, self.backups, self.logs, self.drafts):
            folder.mkdir(parents=True, exist_ok=True)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> DataDir:
    """The data folder: explicit argument, then the environment, then the platform default."""
    chosen = explicit or os.environ.get(DATA_DIR_ENV) or user_data_dir(APP_NAME, appauthor=False)
    return DataDir(Path(chosen).expanduser().resolve())


def resources_dir() -> Path:
    """The ``resources/`` folder (templates, translations, schemas).

    It sits beside the package in a source checkout and an editable install;
    a wheel ships it as the data package ``mediator_resources``.
    """
    beside = Path(__file__).resolve().parent.parent / "resources"
    if beside.is_dir():
        return beside
    import importlib.util

    spec = importlib.util.find_spec("mediator_resources")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("mediator's resources folder is missing; reinstall mediator")
    return Path(next(iter(spec.submodule_search_locations)))
