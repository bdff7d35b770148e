"""Crash recovery for the intake form: unsaved input written to ``DataDir.drafts``.

While a form has unsaved changes it writes its state (see ``intakedata``:
the text as typed, so even an unreadable date survives) to one JSON file
every few seconds. Saving or discarding the form deletes the file; a file
still there at the next start means the app or the computer stopped first,
and the user is offered to reopen it.

Files are written to a temporary name and renamed, so a crash during the
write leaves the previous draft intact rather than half a file.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from mediator.gui.intakedata import decode_state

log = logging.getLogger("mediator.gui")

DRAFT_FORMAT = "mediator-intake-draft"
DRAFT_VERSION = 1


@dataclass(frozen=True)
class Draft:
    path: Path
    state: dict[str, Any]
    """The form state (enum members decoded)."""
    case_id: int | None
    case_version: int | None
    case_number: str
    saved_at: datetime | None
    operator: str

    def describe(self) -> str:
        """A one-line summary: case number or first applicant, and when it was saved."""
        names = [r.get("name", "") for r in self.state.get("applicants", []) if r.get("name")]
        who = self.case_number or "、".join(names[:3]) or "—"
        when = f"{self.saved_at:%Y-%m-%d %H:%M}" if self.saved_at else ""
        return f"{who}  {when}  {self.operator}".strip()


class DraftStore:
    """The drafts folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def new_path(self) -> Path:
        return self.folder / f"intake-{uuid.uuid4().hex}.json"

    def write(
        self,
        path: Path,
        state: dict[str, Any],
        *,
        case_id: int | None,
        case_version: int | None,
        case_number: str,
        operator: str,
    ) -> None:
        document = {
            "format": DRAFT_FORMAT,
            "version": DRAFT_VERSION,
            "saved_at": datetime.now().isoformat(timespec="seconds"),
            "operator": operator,
            "case_id": case_id,
            "case_version": case_version,
            "case_number": case_number,
            "state": state,
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)

    def delete(self, path: Path) -> None:
        path.unlink(missing_ok=True)

    def load_all(self) -> list[Draft]:
        """Every readable draft, oldest first; unreadable files are logged and left alone."""
        drafts = []
        for path in sorted(self.folder.glob("intake-*.json"), key=lambda p: p.stat().st_mtime):
            try:
                drafts.append(self.load(path))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("draft %s is unreadable and was skipped: %s", path, exc)
        return drafts

    def load(self, path: Path) -> Draft:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != DRAFT_FORMAT:
            raise ValueError("not an intake draft")
        saved_at = document.get("saved_at")
        return Draft(
            path=path,
            state=decode_state(document["state"]),
            case_id=document.get("case_id"),
            case_version=document.get("case_version"),
            case_number=document.get("case_number") or "",
            saved_at=datetime.fromisoformat(saved_at) if saved_at else None,
            operator=document.get("operator") or "",
        )
