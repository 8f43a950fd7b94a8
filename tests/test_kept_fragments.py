"""{% call stall.kept(name, values…) %}: a fragment of a template is rendered once for each
set of values it names, and only for those (stallpatterns.mkdocs_plugin.fragments)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from jinja2 import DictLoader, Environment

from stallpatterns.mkdocs_plugin import fragments
from stallpatterns.mkdocs_plugin.fragments import KeptFragments


def environment(**templates: str) -> tuple[Environment, KeptFragments]:
    kept = KeptFragments()
    env = Environment(loader=DictLoader(templates))
    env.globals["stall"] = SimpleNamespace(kept=kept)
    return env, kept


LIST = """<ul>
{%- for item in items %}
{%- call stall.kept("entry", item, base) %}
{%- set shown = item | upper %}
  <li><a href="{{ base }}{{ item }}/">{{ shown }}</a> {{ counter() }}</li>
{%- endcall %}
{%- endfor %}
</ul>"""


def test_a_fragment_is_rendered_once_for_each_set_of_values_and_reused() -> None:
    env, kept = environment(list=LIST)
    calls: list[int] = []

    def counter() -> int:
        calls.append(1)
        return len(calls)

    page = env.get_template("list")
    first = page.render(items=["a", "b"], base="../", counter=counter)
    assert first == '<ul>\n  <li><a href="../a/">A</a> 1</li>\n  <li><a href="../b/">B</a> 2</li>\n</ul>'
    again = page.render(items=["a", "c", "b"], base="../", counter=counter)
    assert again == '<ul>\n  <li><a href="../a/">A</a> 1</li>\n  <li><a href="../c/">C</a> 3</li>\n  <li><a href="../b/">B</a> 2</li>\n</ul>'
    assert kept.rendered == 3, "only the new entry was rendered"
    page.render(items=["a"], base="../../", counter=counter)
    assert kept.rendered == 4, "another value named (the page's base) is another fragment"


def test_fragments_of_other_names_with_the_same_values_are_apart() -> None:
    env, kept = environment(
        both='{% call stall.kept("h", item) %}<h3>{{ item }}</h3>{% endcall %}{% call stall.kept("p", item) %}<p>{{ item }}</p>{% endcall %}',
        other='{% call stall.kept("li", item) %}<li>{{ item }}</li>{% endcall %}',
    )
    assert env.get_template("both").render(item="x") == "<h3>x</h3><p>x</p>"
    assert env.get_template("other").render(item="x") == "<li>x</li>"
    assert kept.rendered == 3


def test_a_fragment_renders_as_it_would_without_the_call() -> None:
    plain = LIST.replace('{%- call stall.kept("entry", item, base) %}', "").replace("{%- endcall %}", "")
    values = {"items": ["one & two", "<b>"], "base": "", "counter": lambda: 7}
    with_call, _ = environment(list=LIST)
    without, _ = environment(list=plain)
    assert with_call.get_template("list").render(**values) == without.get_template("list").render(**values)


def test_the_store_keeps_at_most_its_limit_dropping_the_least_recently_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fragments, "KEPT_FRAGMENTS", 2)
    env, kept = environment(one='{% call stall.kept("one", item) %}{{ item }}{% endcall %}')
    page = env.get_template("one")
    for item in ("a", "b", "a", "c"):  # "a" used again, so "b" is the one dropped for "c"
        page.render(item=item)
    assert len(kept.fragments) == 2
    assert kept.rendered == 3
    page.render(item="a")
    assert kept.rendered == 3, "the recently used fragment was kept"
    page.render(item="b")
    assert kept.rendered == 4, "the least recently used fragment was dropped"
