"""`stallpatterns new`: the scaffold's guidance follows the configured sections and word bounds."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from stallpatterns import scaffold
from stallpatterns.leftovers import GUIDANCE
from stallpatterns.settings import Editorial, Section, Settings


def guidance(settings: Settings) -> dict[str, str]:
    """Each section heading of a new pattern with the guidance comment under it."""
    lines = scaffold.render("Dashboards nobody opens", "value", settings, date(2026, 3, 2)).split("\n")
    return {
        line.removeprefix("## "): next(text for text in lines[index:] if text.startswith(GUIDANCE))
        for index, line in enumerate(lines)
        if line.startswith("## ")
    }


def test_guidance_follows_the_section_key_not_its_position(settings: Settings):
    shown = guidance(replace(settings, sections=tuple(reversed(settings.sections))))
    assert "what to do instead" in shown["The intervention shape"]
    assert "the scene a reader would recognise" in shown["What it looks like"]
    assert "the diagnosis" in shown["What is actually happening"]


def test_guidance_gives_each_section_its_configured_word_range(settings: Settings):
    shown = guidance(settings)
    assert len(shown) == 3
    for section in settings.sections:
        low, high = settings.editorial.section_words[section.key]
        assert f"Aim for {low} to {high} words." in shown[section.heading]
    assert len({settings.editorial.section_words[s.key] for s in settings.sections}) > 1  # the ranges differ


def test_guidance_gives_no_word_counts_when_none_are_configured(settings: Settings):
    shown = guidance(replace(settings, editorial=Editorial()))
    assert len(shown) == 3 and not any(re.search(r"\d", text) for text in shown.values())


def test_section_with_another_key_gets_general_guidance(settings: Settings):
    sections = (*settings.sections, Section("evidence", "What the evidence says"))
    shown = guidance(replace(settings, sections=sections))
    assert shown["What the evidence says"].startswith(f"{GUIDANCE} Write ") and '"What the evidence says"' in shown["What the evidence says"]
    assert "words" not in shown["What the evidence says"]  # no range is configured for it
