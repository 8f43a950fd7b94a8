"""``stallpatterns new``: a pattern file laid out for an author to fill in.

The scaffold is honest about being unfinished: its summary and signs are empty and each
section holds only a guidance comment, so validation fails until the author writes it.
"""

from __future__ import annotations

from datetime import date

from .rules import GUIDANCE
from .settings import Settings

# Keyed by the section keys in mkdocs.yml; the word range comes from editorial.section_words.
_SECTION_GUIDANCE = {
    "symptoms": "Describe the scene a reader would recognise from their own organisation: what they see, hear and are asked. Concrete and specific.",
    "causes": "Name the diagnosis: why this happens, and why the obvious fixes do not work. '### ' subheadings are fine.",
    "intervention": "Say what to do instead: the shape of the intervention, in steps a leader could start next week. No vendor or product names.",
}
_GENERAL_GUIDANCE = "Write this section in plain words, for a leader who recognises the situation."


def _guidance(key: str, settings: Settings) -> str:
    text = _SECTION_GUIDANCE.get(key, _GENERAL_GUIDANCE)
    if settings.editorial.section_words:
        low, high = settings.editorial.section_words
        text += f" Aim for {low} to {high} words."
    return text


def render(title: str, category: str, settings: Settings, today: date | None = None) -> str:
    """The text of a new pattern file."""
    low, high = settings.limits.summary
    signs_low, signs_high = settings.limits.signs
    escaped = title.replace("\\", "\\\\").replace('"', '\\"')
    lines = [
        "---",
        f'title: "{escaped}"',
        f"# One or two plain sentences ({low}–{high} characters): the situation, in the reader's words.",
        "summary:",
        f"category: {category}",
        f"# {signs_low} to {signs_high} observable signs a reader could tick, each on its own line starting with '  - '.",
        "signs: []",
        f"published: {(today or date.today()).isoformat()}",
        "# Optional: slugs of related patterns (file names without .md), one per line starting with '  - '.",
        "related: []",
        "---",
        "",
    ]
    for section in settings.sections:
        lines += [f"## {section.heading}", "", f"{GUIDANCE} {_guidance(section.key, settings)} -->", ""]
    return "\n".join(lines)
