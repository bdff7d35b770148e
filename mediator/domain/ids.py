"""Distinct id types so that mypy catches a case id passed as a party id."""

from typing import NewType

CaseId = NewType("CaseId", int)
ApplicantId = NewType("ApplicantId", int)
RespondentId = NewType("RespondentId", int)
ClaimId = NewType("ClaimId", int)
UserId = NewType("UserId", int)
