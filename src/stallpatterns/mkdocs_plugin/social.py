"""Which pages get a social card, what each card says, and where it is written.

The cards themselves are drawn by the core (:mod:`stallpatterns.cards`); this module
only knows MkDocs' pages and folders.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import cards
from ..catalogue import Catalogue
from ..generated import CARDS_DIR
from ..pattern import Pattern
from ..text import counted
from .engine import MkDocsConfig

HOME_SOURCE = "index.md"
# Hand-written and generated pages with a card of their own; every other page shows the home card.
CARD_PAGES = (HOME_SOURCE, "patterns/index.md", "finder.md")
STYLESHEET = "assets/site.css"


@dataclass(frozen=True)
class SocialCard:
    """One page's card: where it is in the site, and the text that describes it."""

    path: str
    card: cards.Card

    @property
    def alt(self) -> str:
        return f"{self.card.eyebrow}: {self.card.title.rstrip('.')} — {self.card.site_name}"


def card_path(src_uri: str) -> str:
    return CARDS_DIR + src_uri.removesuffix(".md") + ".png"


def pattern_card(pattern: Pattern, catalogue: Catalogue, site_name: str, src_uri: str) -> SocialCard:
    label = catalogue.category(pattern.category).label
    return SocialCard(card_path(src_uri), cards.Card(pattern.title, f"Stall pattern · {label}", site_name))


def page_card(src_uri: str, title: str, catalogue: Catalogue, site_name: str) -> SocialCard | None:
    if src_uri not in CARD_PAGES:
        return None
    return SocialCard(card_path(src_uri), cards.Card(title, counted(len(catalogue), "stall pattern"), site_name))


def palette(config: MkDocsConfig) -> cards.Palette:
    """The colours of the site's own stylesheet (overrides/ first, then docs/)."""
    for folder in (config.theme.custom_dir, config.docs_dir):
        if folder and (Path(folder) / STYLESHEET).is_file():
            return cards.Palette.from_css((Path(folder) / STYLESHEET).read_text(encoding="utf-8"))
    return cards.Palette()


def cache_dir(config: MkDocsConfig) -> Path:
    """Beside mkdocs.yml, ignored by git: cards made by earlier builds, by content hash."""
    return Path(config.config_file_path or "mkdocs.yml").resolve().parent / ".cache" / "stallpatterns" / "cards"
