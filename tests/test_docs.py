"""The guides authors read say what mkdocs.yml says: the same category ids and the same
section headings, and no offer terms of their own (those are rendered from config)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from stallpatterns.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]
GUIDES = ["README.md", "CONTRIBUTING.md", "docs/authoring.md"]


@pytest.fixture(scope="module")
def settings() -> Settings:
    return load_settings(ROOT / "mkdocs.yml")


@pytest.mark.parametrize("guide", GUIDES)
def test_the_guide_lists_exactly_the_configured_categories(guide: str, settings: Settings) -> None:
    row = next(line for line in (ROOT / guide).read_text(encoding="utf-8").splitlines() if line.startswith("| `category`"))
    assert re.findall(r"`([a-z-]+)`", row.split("|")[3]) == list(settings.category_ids)


@pytest.mark.parametrize("guide", GUIDES)
def test_the_guide_names_the_configured_sections(guide: str, settings: Settings) -> None:
    text = (ROOT / guide).read_text(encoding="utf-8")
    for heading in settings.headings:
        assert f"## {heading}" in text or f"| {heading} |" in text, f"{guide} does not name the section {heading!r}"


def test_no_hand_written_page_states_an_offer_price(settings: Settings) -> None:
    for page in sorted((ROOT / "docs").rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        for offer in settings.offers:
            amount = re.search(r"£[\d,.]+", offer.price).group(0)
            assert amount not in text, f"{page.name} repeats the price of {offer.name}; it is rendered from mkdocs.yml"
