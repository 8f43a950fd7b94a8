"""Realistic, valid pattern files for the benchmarks, the same for a given seed.

Each pattern is about the size of the shipped ones (3.5 KB, 600 words): a title, a
two-sentence summary, 3 to 7 signs, a category, a publication date (every third one
also updated), related patterns, and the three sections with paragraphs, a bullet
list and one ``###`` subheading. Some sentences have the typography authors paste
(curly quotes, dashes, an accent), as most real patterns have somewhere. Category ids, section headings and the limits come
from this repository's ``mkdocs.yml``, read by ``stallpatterns.settings``, so the
generated files stay valid when those change.

    sys.path.insert(0, str(Path(__file__).resolve().parent))  # scripts/ is not a package
    from pattern_generator import write_patterns
    slugs = write_patterns(project / "patterns", 1000)
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from stallpatterns.settings import Settings, load_settings
from stallpatterns.text import as_compared

ROOT = Path(__file__).resolve().parent.parent
SETTINGS: Settings = load_settings(ROOT / "mkdocs.yml")
SEED = 20260301
SUBHEADING = "The first month"

ROLES = (
    "the sponsor", "the delivery team", "the risk committee", "the head of operations", "the data team",
    "the finance director", "the service desk", "the legal team", "the programme board", "the team leads",
    "the security architect", "the procurement office", "the customer team", "the chief executive",
)
THINGS = (
    "pilot", "approval", "review step", "handover", "business case", "licence renewal", "dashboard",
    "training plan", "policy", "steering group", "proof of concept", "status report", "risk register",
    "operating model", "budget line", "vendor contract", "quality check", "service level",
)
ADJECTIVES = (
    "quiet", "endless", "borrowed", "orphaned", "cautious", "informal", "unsigned", "optimistic",
    "fragile", "hidden", "shared", "parallel", "second", "late", "local", "overdue", "unfunded", "stalled",
)
FRAMES = (
    "Every month {role} asks about the {thing}, and every month the answer is that it is nearly ready.",
    "The {adj} {thing} was meant to take six weeks; it is now in its third quarter and nobody has stopped it.",
    "{Role} assumed that {role2} would own the {thing}, and {role2} assumed the opposite.",
    "When the {thing} was first shown, the room went quiet, and then the questions about the {thing2} began.",
    "Nobody argues against the {thing}; it simply waits behind the {adj} {thing2} that nobody owns.",
    "One {adj} {thing} sits between the model and the customer, and everything queues in front of it.",
    "The people closest to the work already use AI on their own, which makes the {adj} {thing} harder to explain.",
    "{Role} is measured on the {thing2}, not on the {thing}, so the incentive to finish it is weak.",
    "What looks like caution is usually a missing decision: who signs off the {thing}, and on what evidence.",
    "The {thing} answers whether the model can do the task; it says nothing about whether the organisation can absorb it.",
    "Each team can explain its own part of the {thing}, but nobody can draw the whole of it on one page.",
    "The fix is rarely technical: it is a named owner for the {thing} and a date for the first real decision.",
    "Start with one workflow, trace where the {thing} stopped, and change that join before anything else.",
    "Give {role} a measure the board already understands, and report against it every month.",
    "Retire the {adj} {thing} on purpose, in writing, so that the team can stop carrying it.",
    # As authors paste them from a word processor: curly quotes, dashes, accents.
    "The team’s “quick win” — a {adj} {thing} — was signed off before anyone asked what it would replace.",
    "Nobody’s name is on the {thing}, so the real decisions about it are made over coffee in the café.",
)


def sentence(rng: random.Random, frame: str | None = None) -> str:
    role, role2 = rng.sample(ROLES, 2)
    thing, thing2 = rng.sample(THINGS, 2)
    return (frame or rng.choice(FRAMES)).format(
        role=role, role2=role2, Role=role[0].upper() + role[1:], thing=thing, thing2=thing2, adj=rng.choice(ADJECTIVES)
    )


def paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


def title_for(index: int) -> str:
    return f"The {ADJECTIVES[index % len(ADJECTIVES)]} {THINGS[index // len(ADJECTIVES) % len(THINGS)]}, case {index}"


def slug_for(index: int) -> str:
    return title_for(index).lower().replace(",", "").replace(" ", "-")


def pattern_text(index: int, count: int, rng: random.Random, used: set[str] | None = None) -> str:
    """Pattern ``index`` of a catalogue of ``count``: valid, with no warnings. Its summary
    and signs are none of those in ``used`` (a copy of another pattern's is an error), which
    it adds them to."""
    limits = SETTINGS.limits
    used = set() if used is None else used
    published = date(2024, 1, 1) + timedelta(days=index % 700)
    related = sorted({rng.randrange(count) for _ in range(3)} - {index})
    signs = [_unused(used, lambda: _clip(sentence(rng).rstrip("."), limits.sign_length))
             for _ in range(rng.randint(*limits.signs))]
    summary = _unused(used, lambda: _clip(f"{sentence(rng)} {sentence(rng)}", limits.summary[1]))
    lines = [
        "---",
        f"title: {title_for(index)}",
        f"summary: {_scalar(summary)}",
        f"category: {SETTINGS.category_ids[index % len(SETTINGS.category_ids)]}",
        "signs:",
        *(f"  - {_scalar(sign)}" for sign in signs),
        f"published: {published.isoformat()}",
        *([f"updated: {(published + timedelta(days=30)).isoformat()}"] if index % 3 == 0 else []),
        *(["related:", *(f"  - {slug_for(r)}" for r in related)] if related else []),
        "---",
    ]
    headings = SETTINGS.headings
    for number, heading in enumerate(headings):
        lines += ["", f"## {heading}", "", paragraph(rng, 4)]
        if number == 1:  # the second section has a list
            lines += ["", *(f"- {sentence(rng)}" for _ in range(3))]
        if number == len(headings) - 1:  # the last one a subheading
            lines += ["", f"### {SUBHEADING}"]
        lines += ["", paragraph(rng, 3 if number == 0 else 2)]
    return "\n".join(lines) + "\n"


def write_patterns(folder: Path, count: int, seed: int = SEED) -> list[str]:
    """Write ``count`` patterns into ``folder`` (made if missing); their slugs, in order."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    slugs = [slug_for(index) for index in range(count)]
    used: set[str] = set()
    for index, slug in enumerate(slugs):
        (folder / f"{slug}.md").write_text(pattern_text(index, count, rng, used), encoding="utf-8")
    return slugs


def _unused(used: set[str], draw: Callable[[], str]) -> str:
    """The first text ``draw`` gives whose words are none in ``used`` (case and marks aside),
    added to it."""
    while (key := as_compared(text := draw())) in used:
        pass
    used.add(key)
    return text


def _clip(text: str, limit: int) -> str:
    """``text`` cut at the last whole word that fits in ``limit`` characters."""
    return text if len(text) <= limit else text[: limit + 1].rsplit(" ", 1)[0].rstrip(",;:")


def _scalar(text: str) -> str:
    """``text`` as a YAML scalar: plain where YAML allows it, else double-quoted."""
    return json.dumps(text, ensure_ascii=False) if ": " in text or " #" in text else text
