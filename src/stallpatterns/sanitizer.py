"""The second wall: an allowlist HTML sanitizer over every rendered pattern body.

:mod:`stallpatterns.body` renders only safe markup by construction. This module checks
that independently with ``nh3`` (the Rust ``ammonia`` sanitizer), allowing exactly the
tags, attributes and URL schemes the authoring contract can produce. It never repairs
anything: if the sanitizer would change a body, that is a bug in the first wall, and
:func:`differences` says what it would have changed so the build can stop and name it.
"""

from __future__ import annotations

import re
from html import unescape

import nh3

from .addresses import LINK_SCHEMES
from .body import TABLE_REGION_CLASS

TAGS = frozenset(
    {"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em", "strong", "del",
     "a", "img", "br", "hr", "table", "thead", "tbody", "tr", "th", "td", "div"}
)
# ``class`` is allowed through CLASSES only, value by value.
ATTRIBUTES = {
    "a": {"href", "title", "aria-label"},
    "img": {"src", "alt", "title", "loading"},
    "ol": {"start"},
    # A heading's name is its words, without those of the link to it that it holds.
    "h2": {"id", "aria-label"},
    "h3": {"id", "aria-label"},
    "h4": {"id", "aria-label"},
    "h5": {"id", "aria-label"},
    "h6": {"id", "aria-label"},
    "div": {"aria-label"},  # only the region a table scrolls in (see VALUES)
}
# Attributes admitted with these values only: a div is a table's scroll region, focusable in
# the page's order (never ahead of it) and a region, nothing else.
VALUES = {"div": {"role": {"region"}, "tabindex": {"0"}}}
CLASSES = {"div": {TABLE_REGION_CLASS}, "a": {"anchor", "print-address"}, "th": {"align-left", "align-center", "align-right"}, "td": {"align-left", "align-center", "align-right"}}


_CLEANER = nh3.Cleaner(
    tags=set(TAGS),
    # "*": no attribute on every element. Without it ammonia admits its defaults, 'lang' and
    # 'title', everywhere: a renderer bug that put an author's words in either would pass.
    attributes={"*": set()} | {tag: set(names) for tag, names in ATTRIBUTES.items()},
    allowed_classes={tag: set(names) for tag, names in CLASSES.items()},
    tag_attribute_values={tag: {name: set(values) for name, values in names.items()} for tag, names in VALUES.items()},
    url_schemes=set(LINK_SCHEMES),
    link_rel=None,
    strip_comments=True,
)


def clean(html: str) -> str:
    """``html`` as the allowlist lets it through."""
    return _CLEANER.clean(html)


def differences(html: str) -> list[str]:
    """What the sanitizer would change in ``html``, as readable lines; empty when nothing.

    Both are compared as parsed HTML (tags, sorted attributes, text), not as strings, so
    that the sanitizer's own way of writing the same markup is not a difference.
    """
    cleaned = clean(html)
    if cleaned == html:  # the sanitizer writes ordinary prose exactly as the renderer does
        return []
    ours, theirs = _events(html), _events(cleaned)
    if ours == theirs:
        return []
    changed: list[str] = []
    for index, (mine, sanitised) in enumerate(zip(ours, theirs)):
        if mine != sanitised:
            changed.append(f"{mine!r} would become {sanitised!r}")
            break
    else:
        index = min(len(ours), len(theirs))
        changed.append(f"{(ours[index:] or theirs[index:])[0]!r} would be {'removed' if len(ours) > len(theirs) else 'added'}")
    return changed


def fetched(html: str) -> list[str]:
    """The addresses a browser fetches to show ``html`` as the sanitizer leaves it (its
    pictures'), in order: on a page of the site, each must be the site's own."""
    return [value for kind, _, pairs in _events(clean(html)) if kind == "start" for name, value in pairs if name in ("src", "srcset")]


Event = tuple[str, str, tuple[tuple[str, str], ...]]

# Both sides are machine-written HTML (markdown-it's and html5ever's serialisers): tags with
# double-quoted attributes, and text. Anything else in a tag makes it no tag here, so it
# is compared as text, and differs from whatever the sanitizer made of it.
_TOKEN = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z][a-zA-Z0-9:-]*(?:=\"[^\"<]*\")?)*)\s*/?>|[^<]+|<")
_ATTRIBUTE = re.compile(r"([a-zA-Z][a-zA-Z0-9:-]*)(?:=\"([^\"]*)\")?")


def _events(html: str) -> list[Event]:
    """Tags (with sorted, unescaped attributes) and runs of unescaped text, in order."""
    events: list[Event] = []
    for match in _TOKEN.finditer(html):
        closing, tag, attributes = match.group(1), match.group(2), match.group(3)
        if tag is None:
            text = unescape(match.group(0))
            if events and events[-1][0] == "text":
                text = events.pop()[1] + text
            events.append(("text", text, ()))
        elif closing:
            events.append(("end", tag.lower(), ()))
        else:
            pairs = tuple(sorted((name.lower(), unescape(value or "")) for name, value in _ATTRIBUTE.findall(attributes or "")))
            events.append(("start", tag.lower(), pairs))
    return events
