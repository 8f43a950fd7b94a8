"""``stallpatterns new``: a pattern file laid out for an author to fill in.

The scaffold is honest about being unfinished: its summary and signs are empty and each
section holds only a guidance comment, so validation fails until the author writes it.
"""

from __future__ import annotations

from datetime import date

from .editorial import purpose
from .frontmatter import RELATED_NOTE, SIGNS_NOTE, SUMMARY_NOTE
from .leftovers import GUIDANCE, GUIDANCE_OPENING
from .settings import Settings


def _guidance(key: str, heading: str, settings: Settings) -> str:
    """What the section holds (as the length hints say it) and its word range from mkdocs.yml."""
    holds = purpose(key, heading)[0]
    text = f"{GUIDANCE_OPENING}{holds}. '### ' subheadings are fine."
    bounds = settings.editorial.words_for(key)
    if bounds:
        text += f" Aim for {bounds[0]} to {bounds[1]} words."
    return text


def render(title: str, category: str, settings: Settings, today: date | None = None) -> str:
    """The text of a new pattern file."""
    low, high = settings.limits.summary
    signs_low, signs_high = settings.limits.signs
    escaped = title.replace("\\", "\\\\").replace('"', '\\"')
    lines = [
        "---",
        f'title: "{escaped}"',
        f"# {SUMMARY_NOTE} ({low}–{high} characters): the situation, in the reader's words.",
        "summary:",
        f"category: {category}",
        f"# {signs_low} to {signs_high} {SIGNS_NOTE}, each on its own line starting with '  - '.",
        "signs:",
        f"published: {(today or date.today()).isoformat()}",
        f"# {RELATED_NOTE} (file names without .md), one per line starting with '  - '.",
        "related:",
        "---",
        "",
    ]
    for section in settings.sections:
        lines += [f"## {section.heading}", "", f"{GUIDANCE} {_guidance(section.key, section.heading, settings)} -->", ""]
    return "\n".join(lines)
