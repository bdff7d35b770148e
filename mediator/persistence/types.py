"""Column types shared by the models."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Dialect
from sqlalchemy.types import TypeDecorator

from mediator.domain.money import from_fen, to_fen


class Fen(TypeDecorator[Decimal]):
    """Money: ``Decimal`` yuan in Python, integer fen in the database.

    SQLite's NUMERIC is not a true decimal, and floats lose fen; an integer
    column is exact on every backend and sums correctly in SQL aggregates.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        return None if value is None else to_fen(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else from_fen(int(value))
