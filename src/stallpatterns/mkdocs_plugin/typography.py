"""Dashes and ellipses for Python-Markdown, exactly as its ``smarty`` extension makes them
with ``smart_quotes: false``, for a fraction of the cost.

``smarty`` runs a second full inline-pattern pass over every page for three
substitutions; that pass cost 0.3 s per 1,000 pattern pages, a tenth of the build. Here
the same three regular expressions run once over the text of the finished tree, at the
same place in the pipeline (after ``attr_list``, before ``toc``), skipping the same
atomic text (code). ``tests/test_typography.py`` checks that the HTML is identical.

In ``mkdocs.yml``::

    markdown_extensions:
      - stallpatterns.mkdocs_plugin.typography
"""

from __future__ import annotations

import re
from typing import Any
from xml.etree.ElementTree import Element

from markdown import Markdown
from markdown.extensions import Extension
from markdown.extensions.smarty import substitutions
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

# smarty's own patterns; each looks around at the same characters, so one alternation
# finds what smarty's three patterns, tried in turn (em dash, en dash, ellipsis), find.
_TYPOGRAPHY = re.compile(r"(?P<mdash>(?<!-)---(?!-))|(?P<ndash>(?<!-)--(?!-))|(?P<ellipsis>(?<!\.)\.{3}(?!\.))")
SMARTY_PRIORITY = 6  # smarty's inline pass: after attr_list (8), before toc (5)


class TypographyTreeprocessor(Treeprocessor):
    def run(self, root: Element) -> None:
        for element in root.iter():
            if element is root:
                continue
            if element.text and not isinstance(element.text, AtomicString):
                element.text = self._substitute(element.text)
            if element.tail and not isinstance(element.tail, AtomicString):
                element.tail = self._substitute(element.tail)

    def _substitute(self, text: str) -> str:
        if "--" not in text and "..." not in text:
            return text
        # Stashed like smarty's, so the entities reach the page as written, not escaped.
        return _TYPOGRAPHY.sub(lambda match: self.md.htmlStash.store(substitutions[match.lastgroup]), text)


class TypographyExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(TypographyTreeprocessor(md), "typography", SMARTY_PRIORITY)
        # smarty makes \" and \' escapes even without curly quotes; so do we.
        md.ESCAPED_CHARS.extend(['"', "'"])


def makeExtension(**kwargs: Any) -> TypographyExtension:  # noqa: N802
    return TypographyExtension(**kwargs)
