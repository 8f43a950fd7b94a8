"""What the catalogue-wide rules need from each file, read even when the file has errors:
its slug, title and other names, dates, related patterns and former slugs, the ids of its
headings, and where each of its links to this site goes (with the line and column where
the link's address is written)."""

from __future__ import annotations

import hashlib
import os
import posixpath
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

# What reads a file (source.py, frontmatter.py, slips.py) is imported where a file is read: a build from kept
# checks unpickles Facts and never reads one (issue 14).
from . import addresses, body
from .text import as_shown, words_shown

if TYPE_CHECKING:
    from . import source


@dataclass(frozen=True)
class Link:
    """A link or image in a pattern's body to this site, as the catalogue-wide rules read it."""

    line: int
    column: int
    written: str  # the address, as the message shows it
    path: str  # where it goes from the site's root, without '#…' ('' for the pattern's own page)
    fragment: str  # the part of the page after '#' ('' for none)
    image: bool = False
    # An address on the web (path: the address itself), which is a link to this site where it
    # is under the site's published address: known when the catalogue is loaded, not when
    # each file is checked (a preview's address is another than a build's).
    web: bool = False
    # An image's words, as written (a hint that rewrites it keeps them), or a link's, as shown.
    words: str = ""

    def on_the_site(self, site: str | None, stem: str) -> Link | None:
        """This link as a link to one of the site's pages: itself, or a web address under
        ``site``, as a path from the site's root; None for another site's."""
        if not self.web:
            return self
        under = addresses.under_site(self.path, site) if site else None
        if under is None:
            return None
        path, fragment = _site_path(under, stem)
        return replace(self, path=path, fragment=fragment, web=False)


@dataclass(frozen=True)
class Facts:
    """What the catalogue-wide rules need from one file, read even when the file has errors."""

    slug: str
    display: str
    named: bool  # named on the command line: the file being added
    outside: bool  # not in the patterns folder
    published: date | None
    title: tuple[str, int] | None
    related: tuple[tuple[str, int], ...]
    aliases: tuple[tuple[str, int], ...]
    links: tuple[Link, ...] = ()  # to this site
    ids: frozenset[str] = frozenset()  # of its headings (a valid file's only)
    draft: bool = False
    other_names: tuple[tuple[str, int], ...] = ()  # 'also_known_as'
    # Where GitHub's preview names a heading's part otherwise than the site: (GitHub's name,
    # the site's, the heading's line)
    moved_ids: tuple[tuple[str, str, int], ...] = ()
    github_ids: frozenset[str] = frozenset()  # GitHub's preview's names of its headings' parts
    # Words shown in square brackets in the text ('[AI pilots that never reach production]'),
    # with their line and column: a link meant, to another pattern by its title or file name, is told.
    bracketed: tuple[tuple[str, int, int], ...] = ()
    # Its summary and signs, with their lines: each is one pattern's, never a copy of another's.
    summary: tuple[str, int] | None = None
    signs: tuple[tuple[str, int], ...] = ()
    # Links written as a wiki writes them ('[[prompt library]]'), with their lines: the hint
    # names a pattern only where one is meant.
    wiki_links: tuple[tuple[str, int], ...] = ()
    # Each section's name, a digest of its words as the page shows them, and its heading's line:
    # a section that says word for word what another pattern's says is told.
    sections: tuple[tuple[str, str, int], ...] = ()

    def blame_order(self, added: float = 0) -> tuple[bool, bool, float, date, str]:
        """Sorts the file that keeps a contested title, slug or alias first: one not being
        added, one in the patterns folder, then the one git has had longest (``added``, from
        :func:`stallpatterns.history.lateness`), then the earliest published, then by path."""
        return (self.named, self.outside, added, self.published or date.max, self.display)


def is_draft(read: source.Source) -> bool:
    """Whether a file read says ``draft: true``, valid or not (a build leaves a draft out)."""
    from . import frontmatter

    draft = False
    node = read.front_matter
    for entry in node.entries if isinstance(node, frontmatter.Mapping) else ():
        if entry.key == "draft" and isinstance(entry.value, frontmatter.Scalar):
            draft = entry.value.value.strip().lower() == "true"
    return draft


def facts_of(read: source.Source, named: bool, folder: Path) -> Facts:
    from . import frontmatter

    offset = read.fm_start - 1
    title: tuple[str, int] | None = None
    summary: tuple[str, int] | None = None
    published: date | None = None
    lists: dict[str, tuple[tuple[str, int], ...]] = {"related": (), "aliases": (), "also_known_as": (), "signs": ()}
    node = read.front_matter
    for entry in node.entries if isinstance(node, frontmatter.Mapping) else ():
        value = entry.value
        if entry.key == "title" and isinstance(value, frontmatter.Scalar) and value.value.strip():
            title = (words_shown(value.value), entry.key_line + offset)
        elif entry.key == "summary" and isinstance(value, frontmatter.Scalar) and value.value.strip():
            summary = (words_shown(value.value), entry.key_line + offset)
        elif entry.key == "published" and isinstance(value, frontmatter.Scalar):
            try:
                published = date.fromisoformat(as_shown(value.value).strip())
            except ValueError:
                pass
        elif entry.key in lists and isinstance(value, frontmatter.Sequence):
            lists[entry.key] = tuple(
                (words_shown(item.value), item.line + offset) for item in value.items if isinstance(item, frontmatter.Scalar)
            )
    # Compared as strings, in a third of the time a Path made and compared took: abspath
    # normalises, so its dirname is that Path's parent written out.
    outside = os.path.dirname(os.path.abspath(read.path)) != os.fspath(folder)
    headings = [t for t in read.tokens if t.type == "heading_open" and "id" in t.meta]
    ids = frozenset(str(t.meta["id"]) for t in headings)
    moved = tuple(
        (str(t.meta["github_id"]), str(t.meta["id"]), (t.map[0] if t.map else 0) + read.body_start)
        for t in headings
        if t.meta["github_id"] and t.meta["github_id"] != t.meta["id"]  # '' for a heading of marks alone: no part
    )
    return Facts(
        read.path.stem,
        read.display,
        named,
        outside,
        published,
        title,
        lists["related"],
        lists["aliases"],
        _links(read),
        ids,
        is_draft(read),
        lists["also_known_as"],
        moved,
        frozenset(str(t.meta["github_id"]) for t in headings) if moved else frozenset(),
        _bracketed(read),
        summary,
        lists["signs"],
        _wiki_links(read),
        _sections_written(read),
    )


_SECTION_WORDS_COMPARED = 20  # fewer, and two patterns may well say the same ('Nobody owns it.')


def _sections_written(read: source.Source) -> tuple[tuple[str, str, int], ...]:
    """Each section's name, a digest of its words as the page shows them (its subheadings' and
    code's too; case, spacing and the marks of emphasis and links aside), and its heading's
    line, for a section of :data:`_SECTION_WORDS_COMPARED` words or more (a copy of a pattern
    with its front matter rewritten and its sections left as they were passed: helper-238)."""
    found: list[tuple[str, str, int]] = []
    name, line = "", 0
    words: list[str] = []

    def ended() -> None:
        said = " ".join(words)
        if name and len(said.split()) >= _SECTION_WORDS_COMPARED:
            found.append((name, hashlib.blake2b(" ".join(said.casefold().split()).encode(), digest_size=12).hexdigest(), line))

    tokens = read.tokens
    for at, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h2" and token.level == 0 and token.map:
            ended()
            name, line, words = " ".join(tokens[at + 1].content.split()), token.map[0] + read.body_start, []
        elif name and token.type == "inline" and not (tokens[at - 1].type == "heading_open" and tokens[at - 1].tag == "h2"):
            words.append(body.shown_of(token))
        elif name and token.type in ("fence", "code_block"):
            words.append(token.content)
    ended()
    return tuple(found)


# Words in square brackets shown as typed: two words at least, or a file's name (hyphens).
_BRACKETED_WORDS = re.compile(r"\[([^\[\]\n]{3,120})\]")
_MOST_BRACKETED = 20


def _bracketed(read: source.Source) -> tuple[tuple[str, int, int], ...]:
    """Words a paragraph shows in square brackets (its text, not a link's), with their line
    and column."""
    found: list[tuple[str, int, int]] = []
    for block in read.tokens:
        if block.type != "inline" or "[" not in block.content or not block.map:
            continue
        for token, line in body.lines_of(block.children or []):
            if token.type != "text" or "[" not in token.content:
                continue
            for words in _BRACKETED_WORDS.findall(token.content):
                if " " in words.strip() or "-" in words:
                    at = block.map[0] + line + read.body_start
                    written = read.lines[at - 1] if 0 < at <= len(read.lines) else ""
                    found.append((words.strip(), at, written.find(f"[{words}]") + 1 or 1))
                    if len(found) >= _MOST_BRACKETED:
                        return tuple(found)
    return tuple(found)


def _wiki_links(read: source.Source) -> tuple[tuple[str, int], ...]:
    """The links a paragraph's text writes as a wiki does ('[[prompt library]]', not a
    picture's '![[…]]'), as written, with their lines: as many as are told, one a line."""
    from . import slips

    found: dict[int, str] = {}
    for block in read.tokens if "[[" in read.text else ():
        if block.type != "inline" or "[[" not in block.content or not block.map:
            continue
        for token, line in body.lines_of(block.children or []):
            if token.type != "text" or "[[" not in token.content:
                continue
            for link in slips.WIKI_LINK.finditer(token.content):
                at = block.map[0] + line + token.content.count("\n", 0, link.start()) + read.body_start
                if link.start() == 0 or token.content[link.start() - 1] != "!":
                    found.setdefault(at, link.group())
                if len(found) >= _MOST_BRACKETED:
                    return tuple((written, at) for at, written in found.items())
    return tuple((written, at) for at, written in found.items())


def _site_path(address: str, stem: str) -> tuple[str, str]:
    """Where a link to this site goes from a pattern's page (``patterns/<stem>/``), from the
    site's root and without '#…', and the part after its '#'."""
    target, _, fragment = addresses.on_the_site(address).partition("#")
    target = target.split("?")[0]
    return (posixpath.normpath(posixpath.join("patterns", stem, target)) if target else ""), unquote(fragment)


def _links(read: source.Source) -> tuple[Link, ...]:
    """Where each link and image to this site goes, from the pattern's page (``patterns/<slug>/``)."""
    found = []
    searched: dict[int, int] = {}  # on each line, where the link before ended: links come in order
    written_on: dict[int, dict[str, list[int]]] = {}  # each line's addresses after a '](', read once
    for body_line, address, image, web, label, words in body.local_links(read.tokens):
        line = body_line + read.body_start
        written = unquote(address)
        if line not in written_on:
            written_on[line] = _addresses_written(read.lines[line - 1] if 0 < line <= len(read.lines) else "")
        # As written: 'no%20such.md', or '<no such.md>' (both have the one address); after
        # its '](', so that a link whose text is its address is found by its address.
        at, length = _written_at(written_on[line], {address, written}, searched.get(line, 0))
        if at >= 0:
            searched[line] = at + length
        elif label:
            continue  # '[^src]' and '[^src]: Ibid.': a footnote, which is told as one (not a link to 'Ibid.')
        elif words and (at := _shown_at(read.lines[line - 1] if 0 < line <= len(read.lines) else "", words, searched.get(line, 0))) >= 0:
            searched[line] = at + len(words)  # an address shown as itself ('www.x.example/y'), or '[words][ref]': where its words are
        column = at + 1 if at >= 0 else 1
        if web:
            found.append(Link(line, column, written, address, "", image, web=True, words=words))
        else:
            found.append(Link(line, column, written, *_site_path(address, read.path.stem), image, words=words))
    return tuple(found)


# An address as a link writes it after its '](' (markdown-it's reading, near enough): in
# '<>', or up to a space or a ')' that closes no '(' of its own. Possessive, and each '('
# ends at the next '(' or ')', so a line is read once whatever it holds.
_WRITTEN_ADDRESS = re.compile(r"\]\([ \t]*+(?:<([^<>\n]*+)>|((?:[^\s()]++|\([^\s()]*+\))*+))")


def _shown_at(text: str, words: str, start: int) -> int:
    """Where a link's words are on its line (from ``start``), at the '[' before them if any."""
    at = text.find(words, start)
    return at - 1 if at > 0 and text[at - 1] == "[" else at


def _addresses_written(text: str) -> dict[str, list[int]]:
    """Each address written after a '](' on a line, with where each time (in order)."""
    places: dict[str, list[int]] = {}
    for match in _WRITTEN_ADDRESS.finditer(text):
        group = 1 if match.group(1) is not None else 2
        places.setdefault(match.group(group), []).append(match.start(group))
    return places


def _written_at(places: dict[str, list[int]], forms: Iterable[str], start: int) -> tuple[int, int]:
    """Where on a line (from ``start``) a link's address is written after its '](', in any
    of its ``forms``, and its length; (-1, 0) when it is not on the line (a reference's
    address). Looked up, not searched for: a line of thousands of links whose address is
    not on it (``[a][r] [a][r] …``) is read once, not once for each link."""
    found = []
    for form in forms:
        at = places.get(form, [])
        index = bisect_left(at, start)
        if index < len(at):
            found.append((at[index], len(form)))
    return min(found, default=(-1, 0))
