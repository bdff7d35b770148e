"""Fixtures of the arrears tests: a collective wage case and its ledger services."""

from __future__ import annotations

import pytest

from mediator.persistence.arrears_services import ArrearsServices
from mediator.persistence.cases import CaseRef
from mediator.persistence.services import Services
from tests.conftest import NOW, TODAY
from tests.helpers.factories import collective_case


@pytest.fixture
def arrears(services: Services) -> ArrearsServices:
    return ArrearsServices(services.db, today=lambda: TODAY, now=lambda: NOW)


@pytest.fixture
def case(services: Services) -> CaseRef:
    return services.create_case(collective_case(3))
