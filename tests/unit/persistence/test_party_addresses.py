"""The 通讯地址 of both parties and the 职务 of the employer's representative (migration 0010)."""

from __future__ import annotations

import pytest

from mediator.domain.errors import ValidationFailed
from mediator.persistence.services import Services
from tests.helpers.factories import single_case


def test_mailing_address_and_title_are_stored_and_audited(services: Services) -> None:
    data = single_case()
    data.applicants[0].mailing_address = "  德清县武康街道英溪北路8号  "
    data.respondents[0].legal_rep_title = "总经理"
    data.respondents[0].mailing_address = "德清县阜溪街道科源路10号"
    ref = services.create_case(data)
    detail = services.get_case(ref.id)
    assert detail.data.applicants[0].mailing_address == "德清县武康街道英溪北路8号"
    assert detail.data.respondents[0].legal_rep_title == "总经理"
    assert detail.data.respondents[0].mailing_address == "德清县阜溪街道科源路10号"
    detail.data.respondents[0].legal_rep_title = "执行董事"
    services.update_case(ref.id, detail.version, detail.data)
    changes = [h for h in services.history(ref.id) if h.field == "legal_rep_title"]
    assert [(h.old_value, h.new_value) for h in changes] == [("总经理", "执行董事")]


def test_too_long_title_is_refused_beside_the_field(services: Services) -> None:
    data = single_case()
    data.respondents[0].legal_rep_title = "总" * 33
    data.applicants[0].mailing_address = "路" * 201
    with pytest.raises(ValidationFailed) as caught:
        services.create_case(data)
    fields = {i.field: i.message for i in caught.value.issues}
    assert "不能超过32个字" in fields["respondents.0.legal_rep_title"]
    assert "通讯地址不能超过200个字" in fields["applicants.0.mailing_address"]
