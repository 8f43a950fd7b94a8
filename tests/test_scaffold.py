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


def test_each_note_on_a_key_with_its_hash_deleted_is_told_as_the_scaffolds_note_to_delete(settings: Settings, check):
    # Without its '#', the note on 'signs' was told to join 'category's line (which then named
    # no category), and the others were unknown keys named after the note's words.
    from pathlib import Path

    from stallpatterns.frontmatter import RELATED_NOTE, SIGNS_NOTE, SUMMARY_NOTE

    written = scaffold.render("Dashboards nobody opens", "value", settings, date(2026, 3, 2))
    filled = written.replace("summary:\n", "summary: The dashboards the programme paid for are opened by nobody who decides anything.\n")
    filled = filled.replace("signs:\n", "signs:\n  - The views are counted\n  - Nobody asks\n  - The figures go stale\n")
    lines = filled.split("\n")
    notes = {n: text for n, text in enumerate(lines, 1) if text.startswith("# ")}
    assert [next(note for note in (SUMMARY_NOTE, SIGNS_NOTE, RELATED_NOTE) if note in text) for text in notes.values()] == [
        SUMMARY_NOTE, SIGNS_NOTE, RELATED_NOTE
    ]
    path, end = Path("patterns/dashboards-nobody-opens.md"), lines.index("---", 1) + 1
    for (line, text), key in zip(notes.items(), ("summary", "signs", "related"), strict=True):
        broken = "\n".join(text[2:] if n == line else other for n, other in enumerate(lines, 1))
        front = [d for d in check(path, broken) if d.line <= end]
        assert [(d.code, d.line, d.hint) for d in front] == [("scaffold-guidance", line, "delete this line (or put '# ' back at its start)")]
        assert f"the note 'python3 scripts/dev.py new' wrote on '{key}'" in front[0].message
        followed = "\n".join(other for n, other in enumerate(lines, 1) if n != line)
        assert [d for d in check(path, followed) if d.line < end] == []
