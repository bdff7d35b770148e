"""What every use-case class shares: the open store and an injectable clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from mediator.persistence.db import Database


class UseCases:
    """Base of ``Services``, ``WorkflowServices`` and ``DocumentServices``.

    ``today`` and ``now`` are parameters so that tests (and a clerk entering
    last week's papers) control the date the rules see.
    """

    def __init__(
        self,
        db: Database,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.db = db
        self.today = today
        self.now = now
