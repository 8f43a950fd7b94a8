"""``stallpatterns new``: a pattern file laid out for an author to fill in.

The scaffold is honest about being unfinished: its summary and signs are empty and each
section holds only a guidance comment, so validation fails until the author writes it.
"""

from __future__ import annotations

from datetime import date

from .rules import GUIDANCE
from .settings import Settings

_SECTION_GUIDANCE = {
    0: "Describe the scene a reader would recognise from their own organisation: what they see, hear and are asked. Concrete and specific, 80 to 250 words.",
    1: "Name the diagnosis: why this happens, and why the obvious fixes do not work. 120 to 350 words; '### ' subheadings are fine.",
    2: "Say what to do instead: the shape of the intervention, in steps a leader could start next week. 80 to 250 words, no vendor or product names.",
}


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
    for index, section in enumerate(settings.sections):
        guidance = _SECTION_GUIDANCE.get(index, "Write this section.")
        lines += [f"## {section.heading}", "", f"{GUIDANCE} {guidance} -->", ""]
    return "\n".join(lines)
