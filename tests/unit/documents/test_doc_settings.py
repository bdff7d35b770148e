"""The office's document settings: stored in the settings table, used by ``generate``."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from mediator.documents.context import DocumentOptions
from mediator.persistence.officesettings import OfficeSettings
from mediator.persistence.services import Services


def test_document_settings_round_trip(services: Services) -> None:
    assert services.settings().sign_every_page is True
    changed = replace(
        services.settings(),
        sign_every_page=False,
        roster_threshold=8,
        chinese_signature_date=True,
        pdf_fonts="simfang.ttf\nsimsun.ttc; SimSun-ExtB.ttf",
    )
    services.save_settings(changed)
    loaded = services.settings()
    assert loaded == changed
    options = DocumentOptions.from_settings(loaded, Path("/tmp/t"))
    assert options == DocumentOptions(
        template_dir=Path("/tmp/t"),
        fonts=("simfang.ttf", "simsun.ttc", "SimSun-ExtB.ttf"),
        sign_every_page=False,
        roster_threshold=8,
        chinese_signature_date=True,
    )


def test_defaults_are_the_document_defaults() -> None:
    assert DocumentOptions.from_settings(OfficeSettings()) == DocumentOptions()


def test_roster_threshold_is_checked() -> None:
    issues = replace(OfficeSettings(), roster_threshold=0).validate()
    assert [i.field for i in issues] == ["roster_threshold"]
