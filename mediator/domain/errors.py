"""Errors and validation results of the domain layer.

Messages are Chinese sentences written for the office staff: they say what is
wrong and how to put it right. ``field`` is a dotted path into the form or the
import row (``applicants.2.id_number``) so the GUI can show the message beside
the field and the importer can name the column.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """One problem found in user input."""

    field: str
    message: str
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


class MediatorError(Exception):
    """Root of the errors the application reports to the user in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationFailed(MediatorError):
    """Input was refused; nothing was changed."""

    def __init__(self, issues: list[Issue]) -> None:
        errors = [i for i in issues if i.is_error]
        summary = "；".join(i.message for i in errors[:3])
        more = f"（另有{len(errors) - 3}处问题）" if len(errors) > 3 else ""
        super().__init__(f"输入有误，未保存：{summary}{more}")
        self.issues = issues


class InvalidTransition(MediatorError):
    """A case was asked to move along a transition the workflow forbids."""


class NotFound(MediatorError):
    """The record asked for does not exist (or was deleted meanwhile)."""
