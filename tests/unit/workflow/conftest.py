"""Fixtures of the workflow tests: the workflow services and cases at each stage."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from mediator.persistence.cases import CaseRef
from mediator.persistence.services import Services
from mediator.persistence.workflow_services import WorkflowServices
from tests.conftest import NOW, TODAY
from tests.helpers.factories import single_case


@pytest.fixture
def flow(services: Services) -> WorkflowServices:
    return WorkflowServices(services.db, today=lambda: TODAY, now=lambda: NOW)


def flow_on(services: Services, today: date) -> WorkflowServices:
    """The workflow services with another fixed date."""
    return WorkflowServices(services.db, today=lambda: today, now=lambda: NOW)


@pytest.fixture
def new_case(services: Services) -> Callable[..., CaseRef]:
    def make(name: str = "吉𠮷", received_on: date = date(2026, 11, 10)) -> CaseRef:
        return services.create_case(single_case(name, received_on))

    return make


@pytest.fixture
def accepted_case(
    flow: WorkflowServices, new_case: Callable[..., CaseRef]
) -> Callable[..., CaseRef]:
    def make(name: str = "吉𠮷", received_on: date = date(2026, 11, 10)) -> CaseRef:
        ref = new_case(name, received_on)
        return flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=received_on)

    return make
