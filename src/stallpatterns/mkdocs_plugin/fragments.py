"""``{% call stall.kept("name", a, b) %}…{% endcall %}``: a fragment of a template rendered
once for the values it names.

All patterns and the finder list every pattern, and ``mkdocs serve`` renders both again
after each edit to one pattern, though every other entry shows what it showed before. An
entry wrapped so is rendered once for each set of values named, then reused:

    {% call stall.kept("finder-match", item, page.url) %}<li>{{ item.title | e }} …</li>{% endcall %}

The values named must be everything the fragment shows that can differ within one build
(the pattern, the page whose relative links it has); what else it reads (the site's
settings) must be the same for the whole build. The name tells fragments apart: give each
its own. The plugin makes the store anew with each build's Jinja environment, so a
changed ``mkdocs.yml`` or template starts it empty; preview updates between builds keep
it. Jinja's own ``call`` tag, not a tag of ours: a template must still compile in a build
without the plugin, which shows a notice in place of every page's content.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

# Enough for three fragments a pattern at several thousand patterns; the least recently
# used is dropped beyond it (memory stays bounded over a long `mkdocs serve` session).
KEPT_FRAGMENTS = 20_000


class KeptFragments:
    def __init__(self) -> None:
        self.fragments: OrderedDict[tuple[Hashable, ...], str] = OrderedDict()
        self.rendered = 0  # fragments rendered rather than reused, for the tests

    def __call__(self, name: str, *values: Hashable, caller: Callable[[], str]) -> str:
        key = (name, *values)
        found = self.fragments.get(key)
        if found is not None:
            self.fragments.move_to_end(key)
            return found
        found = self.fragments[key] = caller()
        self.rendered += 1
        if len(self.fragments) > KEPT_FRAGMENTS:
            self.fragments.popitem(last=False)
        return found
