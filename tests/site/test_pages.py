"""The built site, read as parsed HTML: every pattern page has the seed page's anatomy,
All patterns lists the catalogue, the call to action comes from mkdocs.yml, and no page
asks another host for anything. The project is built for real by `mkdocs build --strict`;
expectations come from mkdocs.yml and the pattern files, not from the templates."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup, Tag

from stallpatterns import catalogue as catalogue_module
from stallpatterns.settings import load_settings

from .conftest import ROOT, Project, pattern_text

BASE = "https://site.invalid/"


def text(element: Tag) -> str:
    """The element's words, without a heading's own "#" link."""
    words = [s for s in element.find_all(string=True) if "anchor" not in (s.parent.get("class") or [])]
    return " ".join(" ".join(words).split())


def resolve(page: str, href: str) -> str:
    """A link on the page at ``page`` ("patterns/x/") as a path from the site root."""
    url = urljoin(BASE + page, href)
    return url.removeprefix(BASE) if url.startswith(BASE) else url


def target_file(site: Path, path: str) -> Path:
    """The built file a site path ("contact/#review", "patterns/") is served from."""
    path = urlsplit(path).path
    return site / path / "index.html" if path == "" or path.endswith("/") else site / path


def links(soup: BeautifulSoup | Tag, page: str) -> list[tuple[Tag, str]]:
    return [(a, resolve(page, a["href"])) for a in soup.find_all("a", href=True)]


def pattern_slug(path: str) -> str | None:
    match = re.fullmatch(r"patterns/([a-z0-9-]+)/", urlsplit(path).path)
    return match.group(1) if match else None


@pytest.fixture(scope="module")
def plugin_config(built_site: Project) -> dict:
    return built_site.plugin_config()


def test_the_site_has_a_page_for_every_published_pattern(built_site, catalogue):
    assert len(catalogue) >= 10
    built = {p.parent.name for p in (built_site.site / "patterns").glob("*/index.html")}
    assert {p.slug for p in catalogue} <= built


def test_a_pattern_page_says_the_other_names_search_finds_it_by(built_site, catalogue):
    # Search finds a pattern by its other names ("pilot purgatory"), and the page it opened
    # never said them: the reader could not tell they had landed where they meant to.
    named = [p for p in catalogue if p.also_known_as]
    assert named
    for pattern in catalogue:
        soup = BeautifulSoup((built_site.site / "patterns" / pattern.slug / "index.html").read_text(encoding="utf-8"), "html.parser")
        aka = soup.select(".pattern-header .aka")
        if not pattern.also_known_as:
            assert aka == [], pattern.slug
            continue
        names = list(pattern.also_known_as)
        said = ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]
        assert [" ".join(p.get_text().split()) for p in aka] == [f"Also known as {said}"], pattern.slug
        # Under the summary, before the facts; each name isolated, so that a name in a
        # right-to-left script does not carry the commas and the next name with it.
        assert aka[0].find_previous_sibling("p", class_="lede") is not None and aka[0].find_next_sibling("ul", class_="facts") is not None
        assert [b.get_text() for b in aka[0].find_all("bdi")] == names


def test_every_pattern_page_has_the_seed_anatomy_in_order(built_site, catalogue, plugin_config):
    headings = [s["heading"] for s in plugin_config["sections"]]
    cta_heading = plugin_config["cta_heading"]
    for pattern in catalogue:
        page = pattern.url
        soup = built_site.html(page)
        where = f"{page}: "
        order = {id(element): i for i, element in enumerate(soup.find_all(True))}

        back = [a for a, _ in links(soup, page) if text(a) == "← All patterns"]
        assert len(back) == 1, where + "one '← All patterns' link"
        assert resolve(page, back[0]["href"]) == "patterns/", where + "the back link goes to All patterns"

        eyebrow = soup.find(string=re.compile(r"^\s*Stall pattern\s*$"))
        assert eyebrow is not None, where + "the 'Stall pattern' eyebrow"
        eyebrow = eyebrow.parent

        h1s = soup.find_all("h1")
        assert [text(h) for h in h1s] == [pattern.title], where + "one h1, the title"

        h2s = soup.find_all("h2")
        assert [text(h) for h in h2s[:4]] == [*headings, cta_heading], where + "the sections in configured order, then the call to action"

        ledes = [p for p in soup.find_all("p") if text(p) == pattern.summary and order[id(h1s[0])] < order[id(p)] < order[id(h2s[0])]]
        assert ledes, where + "the summary as the lede, between the title and the first section"
        description = soup.find("meta", attrs={"name": "description"})
        assert description is not None and description["content"] == pattern.summary, where + "the summary as the meta description"

        sequence = [back[0], eyebrow, h1s[0], ledes[0], *h2s[:4]]
        positions = [order[id(element)] for element in sequence]
        assert positions == sorted(positions), where + "back link, eyebrow, title, lede, sections, call to action, in that order"


def test_every_pattern_page_offers_both_offers_from_mkdocs_yml_with_working_links(built_site, catalogue, plugin_config):
    offers = plugin_config["offers"]
    assert len(offers) == 2
    for pattern in catalogue:
        page = pattern.url
        soup = built_site.html(page)
        cta_heading = next(h for h in soup.find_all("h2") if text(h) == plugin_config["cta_heading"])
        block = cta_heading.parent
        block_text = text(block)
        for offer in offers:
            for field in ("name", "description", "duration", "price"):
                assert offer[field] in block_text, f"{page}: offer {offer['id']}'s {field} {offer[field]!r}"
            targets = [path for _, path in links(block, page) if path == offer["url"]]
            assert targets, f"{page}: a link to {offer['url']} for {offer['name']}"
            built = target_file(built_site.site, targets[0])
            assert built.is_file(), f"{page}: {targets[0]} links to a page that was not built"
            fragment = urlsplit(targets[0]).fragment
            assert BeautifulSoup(built.read_text(encoding="utf-8"), "html.parser").find(id=fragment), f"{targets[0]}: no #{fragment}"


def test_a_browsers_translation_keeps_the_sites_and_the_offers_names(built_site, catalogue, plugin_config):
    # Translated, 'Stall Review' became a German barn's review, beside a booking e-mail whose
    # subject kept the English name: each name is marked as one (translate="no").
    names = {offer["name"] for offer in plugin_config["offers"]}
    for page in ("", "patterns/", next(iter(catalogue)).url, "finder/", "contact/"):
        soup = built_site.html(page)
        brand = soup.select_one(".brand")
        assert brand is not None and brand.get("translate") == "no", page
        shown = [tag for tag in soup.find_all(["h2", "h3", "h4", "span"]) if text(tag) in names]
        assert shown or page in ("", "patterns/"), f"{page}: no offer's name"  # the home page and All patterns offer none
        assert [tag for tag in shown if tag.get("translate") != "no"] == [], page


def test_the_contact_page_has_the_anchors_the_offers_link_to(built_site, plugin_config):
    contact = built_site.html("contact/")
    for anchor in ("diagnosis", "review"):
        assert contact.find(id=anchor) is not None, f"contact page has no #{anchor}"
    assert sorted(urlsplit(o["url"]).fragment for o in plugin_config["offers"]) == ["diagnosis", "review"]
    assert {urlsplit(o["url"]).path for o in plugin_config["offers"]} == {"contact/"}


def test_all_patterns_lists_every_published_pattern_once_grouped_by_category_with_the_count(built_site, catalogue, plugin_config):
    page = "patterns/"
    soup = built_site.html(page)
    main = soup.find("main")
    labels = {c["id"]: c["label"] for c in plugin_config["categories"]}

    cards: dict[str, set[int]] = {}
    for a, path in links(main, page):
        slug = pattern_slug(path)
        if slug:
            cards.setdefault(slug, set()).add(id(a.find_parent("li")))
    assert set(cards) == {p.slug for p in catalogue}, "every published pattern, and nothing else"
    assert all(len(items) == 1 for items in cards.values()), f"listed more than once: {[s for s, i in cards.items() if len(i) > 1]}"

    groups = [h for h in main.find_all("h2") if text(h) in labels.values()]
    used = [c["id"] for c in plugin_config["categories"] if any(p.category == c["id"] for p in catalogue)]
    assert [text(h) for h in groups] == [labels[c] for c in used], "one group per category in use, in configured order"
    for heading in groups:
        section = heading.find_parent("section")
        assert section is not None, f"group {text(heading)} is a section"
        members = {pattern_slug(path) for _, path in links(section, page)} - {None}
        expected = {p.slug for p in catalogue if labels[p.category] == text(heading)}
        assert members == expected, f"group {text(heading)}"

    assert re.search(rf"\b{len(catalogue)} patterns\b", text(main.find("header") or main)), "the count of patterns"


def test_the_call_to_action_on_every_pattern_page_comes_from_mkdocs_yml(project):
    # The terms mkdocs.yml has now, whatever they are, replaced by others.
    offer = project.plugin_config()["offers"][0]
    before = (offer["price"], offer["price"].split()[0], offer["duration"])  # the price's figure alone too ('£4,500')
    assert not {"£5,250 fixed", "£5,250", "Two to three days"} & set(before)

    def change(plugin: dict) -> None:
        plugin["offers"][0].update(price="£5,250 fixed", duration="Two to three days")

    project.edit_plugin_config(change)
    result = project.build()
    assert result.returncode == 0, result.stderr
    pages = sorted((project.site / "patterns").glob("*/index.html"))
    assert len(pages) >= 10
    # Former addresses (aliases) hold redirect pages, not patterns.
    settings = load_settings(project.config_file)
    former = {alias for pattern in catalogue_module.load(settings).catalogue for alias in pattern.aliases}
    assert former, "the shipped catalogue has a renamed pattern"
    for path in pages:
        if path.parent == project.site / "patterns" or path.parent.name in former:
            continue
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        heading = next(h for h in soup.find_all("h2") if text(h) == "Is this your stall?")
        block = text(heading.parent)
        assert "£5,250 fixed" in block and "Two to three days" in block, path
        assert all(old not in block for old in before), path
    # The contact page states the terms from the same place.
    contact = text(project.html("contact/").find("main"))
    assert "£5,250 fixed" in contact and "Two to three days" in contact
    assert all(old not in contact for old in before)


def test_the_home_page_links_to_all_patterns(built_site):
    main = built_site.html("").find("main")
    assert any(path == "patterns/" for _, path in links(main, "")), "a link to All patterns in the home page's content"


# Where a page would fetch something: elements and their URL attributes.
FETCHES = {
    "link": ("href",),
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "iframe": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
}
OFF_SITE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
CSS_URL = re.compile(r"url\(\s*['\"]?\s*((?:[a-z][a-z0-9+.-]*:)?//[^)'\"]*)|@import", re.I)


def test_no_page_requests_anything_from_another_host(built_site):
    pages = sorted(built_site.site.rglob("*.html"))
    assert len(pages) > 10
    offenders = []
    for path in pages:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for name, attributes in FETCHES.items():
            for element in soup.find_all(name):
                if name == "link" and "canonical" in (element.get("rel") or []):
                    continue  # names the page's own address; nothing is fetched
                for attribute in attributes:
                    value = element.get(attribute)
                    if value and OFF_SITE.match(value):
                        offenders.append(f"{path.relative_to(built_site.site)}: <{name} {attribute}={value!r}>")
        for style in [s.get_text() for s in soup.find_all("style")] + [e["style"] for e in soup.find_all(style=True)]:
            offenders += [f"{path.relative_to(built_site.site)}: style {m.group(0)!r}" for m in CSS_URL.finditer(style)]
    for css in built_site.site.rglob("*.css"):
        offenders += [f"{css.relative_to(built_site.site)}: {m.group(0)!r}" for m in CSS_URL.finditer(css.read_text(encoding="utf-8"))]
    assert not offenders, "\n".join(offenders)


def asset_addresses(soup: BeautifulSoup) -> list[str]:
    """The stylesheets and scripts a page asks for, with the ones its search loads on first use."""
    addresses = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    addresses += [script["src"] for script in soup.find_all("script", src=True)]
    for form in soup.find_all(attrs={"data-engine": True}):
        addresses += form["data-engine"].split()
    return addresses


def fingerprint(file: Path) -> str:
    return hashlib.sha256(file.read_bytes()).hexdigest()[:10]


def test_every_page_asks_for_the_stylesheet_and_scripts_of_its_own_build(built_site):
    # A reader's browser (or GitHub Pages' cache) may keep last week's site.css: each page
    # names its assets with their content's fingerprint, so new pages never get old styles.
    pages = sorted(built_site.site.rglob("*.html"))
    site_path = urlsplit(built_site.config()["site_url"]).path
    asked = Counter()
    for path in pages:
        page = path.relative_to(built_site.site).as_posix().removesuffix("index.html")
        for address in asset_addresses(BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")):
            # The not-found page, served at any depth, names them from the site's root.
            parts = urlsplit(resolve(page, address.removeprefix(site_path)))
            file = built_site.site / parts.path
            assert file.is_file(), f"{page}: {address}"
            assert parts.query == f"v={fingerprint(file)}", f"{page}: {address}"
            asked[parts.path] += 1
    assert {"assets/site.css", "assets/site.js", "assets/finder.js", "assets/search.js"} <= set(asked)
    redirects = sum('http-equiv="refresh"' in path.read_text(encoding="utf-8") for path in pages)
    assert asked["assets/site.css"] == len(pages) - redirects  # an old address's page has none


def test_a_changed_stylesheet_is_asked_for_by_a_new_address(project: Project):
    stylesheet = project.root / "overrides" / "assets" / "site.css"
    before = project.build()
    assert before.returncode == 0, before.stderr
    old = BeautifulSoup((project.site / "index.html").read_text(encoding="utf-8"), "html.parser").find("link", rel="stylesheet")["href"]
    stylesheet.write_text(stylesheet.read_text(encoding="utf-8") + "\n.added-by-a-test { color: inherit; }\n", encoding="utf-8")
    after = project.build()
    assert after.returncode == 0, after.stderr
    new = BeautifulSoup((project.site / "index.html").read_text(encoding="utf-8"), "html.parser").find("link", rel="stylesheet")["href"]
    assert new != old
    assert new == f"assets/site.css?v={fingerprint(project.site / 'assets' / 'site.css')}"


def test_every_page_tells_the_sites_it_links_to_only_which_site_a_reader_came_from(built_site):
    # Which pattern an executive was reading says which stall they are in: other sites get
    # the origin alone, whatever a browser's own default.
    pages = [p for p in sorted(built_site.site.rglob("*.html")) if "http-equiv=\"refresh\"" not in p.read_text(encoding="utf-8")]
    assert len(pages) > 10
    for path in pages:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        policies = [m.get("content") for m in soup.find_all("meta", attrs={"name": "referrer"})]
        # The finder's address holds a reader's ticks: it sends none at all.
        policy = "no-referrer" if path.relative_to(built_site.site).as_posix() == "finder/index.html" else "strict-origin-when-cross-origin"
        assert policies == [policy], path.relative_to(built_site.site)


def test_no_page_lets_a_phone_make_its_figures_into_numbers_to_call(built_site):
    # A phone's browser made runs of digits in a pattern ('010 200 3000', a cost centre)
    # into links that call them, where the site gives no number to call.
    pages = [p for p in sorted(built_site.site.rglob("*.html")) if "http-equiv=\"refresh\"" not in p.read_text(encoding="utf-8")]
    assert len(pages) > 10
    for path in pages:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        assert [m.get("content") for m in soup.find_all("meta", attrs={"name": "format-detection"})] == ["telephone=no"], path.relative_to(built_site.site)


def test_the_edit_link_of_a_pattern_points_at_its_file_in_the_repository(built_site, catalogue):
    config = built_site.config()
    repo = config["repo_url"].rstrip("/")
    branch_path = config["edit_uri"].removesuffix(config.get("docs_dir", "docs") + "/")
    for pattern in catalogue:
        soup = built_site.html(pattern.url)
        edits = [a["href"] for a in soup.find_all("a", href=True) if a["href"].startswith(repo + "/") and a["href"].endswith(".md")]
        assert edits == [f"{repo}/{branch_path}patterns/{pattern.slug}.md"], pattern.url
        assert (ROOT / "patterns" / f"{pattern.slug}.md").is_file()


def test_a_pattern_page_links_only_to_its_related_previous_and_next_patterns(built_site, catalogue):
    """No sidebar listing every pattern: the page size must not grow with the catalogue."""
    published = {p.slug for p in catalogue}
    for pattern in catalogue:
        page = pattern.url
        soup = built_site.html(page)
        backlinks = {p.slug for p in catalogue if pattern.slug in p.related}
        pager = {resolve(page, a["href"]) for a in soup.find_all("a", href=True, rel=re.compile("^(prev|next)$"))}
        assert len(pager) <= 2, page
        allowed = set(pattern.related) | backlinks | {pattern_slug(p) for p in pager}
        allowed |= {slug for slug in published if slug in pattern.body}  # links an author wrote
        linked = Counter(pattern_slug(path) for _, path in links(soup, page))
        linked.pop(None, None)
        linked.pop(pattern.slug, None)
        assert set(linked) <= allowed, f"{page} links to unrelated patterns: {sorted(set(linked) - allowed)}"
        assert len(linked) < len(published) - 1 or len(published) <= 3, page


@pytest.mark.parametrize("page", ["contact/", "authoring/"])
def test_each_heading_of_a_hand_written_page_has_a_link_to_itself(built_site, page):
    headings = built_site.html(page).select("main :is(h2, h3)[id]")
    assert headings
    for heading in headings:
        anchor = heading.select_one("a.anchor")
        assert anchor is not None and anchor["href"] == f"#{heading['id']}", heading


def test_every_heading_link_is_named_for_its_heading(built_site):
    # A screen reader reads a heading's link by its name: "#" says nothing. Hand-written
    # pages' links come from Python-Markdown, patterns' from their own renderer.
    checked = 0
    for page in sorted(built_site.site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for link in soup.select("a.anchor"):
            heading = link.find_parent(re.compile(r"^h[1-6]$"))
            assert heading is not None, page
            text = " ".join(heading.get_text(" ").replace("#", " ").split())
            assert " ".join(link.get("aria-label", "").split()) == f"Link to the section {text}", (page, str(link))
            checked += 1
    assert checked > 20


def test_numbers_written_with_thousands_commas_are_listed_by_their_value(project: Project):
    # A generated catalogue of titles that start with numbers listed '1,000 licences…' first,
    # before '2 pilots…': the comma split the number into 1 and 000. All patterns, the home
    # page and the pager all follow the catalogue's order.
    titles = {
        "one-thousand-licences": "1,000 licences and nobody logged in",
        "two-pilots": "2 pilots and no owner",
        "ten-pilots": "10 pilots and no owner",
        "a-hundred-pilots": "100 pilots and no owner",
    }
    for slug, title in titles.items():
        project.write_pattern(slug, pattern_text(title=title, category="value").replace("The first observable", f"The first ({slug})"))
    result = project.build()
    assert result.returncode == 0, result.stderr

    wanted = ["two-pilots", "ten-pilots", "a-hundred-pilots", "one-thousand-licences"]
    listed = [a["href"].split("/")[0] for a in project.html("patterns/").select("#value h3.card__title a")]
    assert [slug for slug in listed if slug in titles] == wanted
    home = project.html("").find(id="home-value").find_parent("section").select(".home__titles a")
    assert [a["href"].split("/")[1] for a in home if a["href"].split("/")[1] in titles] == wanted
    for before, after in zip(wanted, wanted[1:]):
        following = project.html(f"patterns/{before}/").select_one("a[rel=next]")
        assert following is not None and following["href"] == f"../{after}/", before


def test_a_site_with_no_pattern_published_says_so_where_its_lists_would_be(project: Project):
    # Before the first pattern goes live, or with every one a draft by mistake: the home
    # page listed nothing, All patterns an empty row of links and "0 patterns", and the
    # finder asked "Where does it feel stuck?" with nothing to choose.
    for path in (project.root / "patterns").glob("*.md"):
        path.unlink()
    project.write_pattern("a-draft", pattern_text(title="A pattern still in draft", extra="draft: true\n"))
    result = project.build()
    assert result.returncode == 0, result.stderr
    for page in ("", "patterns/", "finder/"):
        main = project.html(page).find("main")
        said = main.select(".none-published")
        assert len(said) == 1 and said[0].get_text(" ", strip=True).startswith("No patterns are published yet"), page
        for empty in (".home__catalogue", ".jump", "#filter", "#count", "#count-status", ".finder__choose", "#finder-form", "#finder-results"):
            assert main.select_one(empty) is None, f"{page}: {empty}"


def test_a_pattern_updated_on_its_day_of_publication_shows_the_date_once(project: Project):
    # 'updated' equal to 'published' is allowed (an edit on the day it went live): the page
    # read "Published 1 May 2026 · Updated 1 May 2026", one date twice.
    project.write_pattern("same-day", pattern_text(title="A pattern updated on the day", extra="updated: 2026-05-01\n"))
    project.write_pattern("later-day", pattern_text(title="A pattern updated a day later", extra="updated: 2026-05-02\n"))
    result = project.build()
    assert result.returncode == 0, result.stderr
    facts = {slug: project.html(f"patterns/{slug}/").select_one(".pattern-header .facts").get_text(" ", strip=True) for slug in ("same-day", "later-day")}
    assert "Published 1 May 2026" in facts["same-day"] and "Updated" not in facts["same-day"]
    assert "Published 1 May 2026" in facts["later-day"] and "Updated 2 May 2026" in facts["later-day"]


def _renamed(plugin: dict) -> None:
    plugin["offers"][1].update(name="Stall Check-up", action="Book a Stall Check-up")


def _a_third(plugin: dict) -> None:
    plugin["offers"].append({
        "id": "workshop", "name": "Stall Workshop", "description": "A morning with your leadership team, working through the patterns.",
        "duration": "Half a day", "price": "£2,000", "action": "Book a Stall Workshop", "url": "contact/#workshop",
        "in_short": "The Workshop takes your leadership team through the patterns together.",
        "what_happens": "We work through the patterns with your leadership team, one category at a time.",
    })


def _only_one(plugin: dict) -> None:
    del plugin["offers"][1:]


@pytest.mark.parametrize(
    ("change", "title", "ways", "gone", "home"),
    [
        (_renamed, "Book a Stall Diagnosis or a Stall Check-up", "There are two ways to work with us", "Stall Review", "the two ways to work with us are"),
        (_a_third, "Book a Stall Diagnosis, a Stall Review or a Stall Workshop", "There are three ways to work with us", None, "the three ways to work with us are"),
        (_only_one, "Book a Stall Diagnosis", "There is one way to work with us", "Stall Review", "the way to work with us is"),
    ],
    ids=["renamed", "a-third", "only-one"],
)
def test_the_contact_page_says_exactly_the_offers_mkdocs_yml_has(project: Project, change, title: str, ways: str, gone: str | None, home: str):
    # It named the offers in its own prose ('Book a Stall Diagnosis or a Stall Review', 'There
    # are two ways…', '## How the Review works'): an offer renamed, added or removed in
    # mkdocs.yml left the page saying the old ones.
    project.edit_plugin_config(change)
    result = project.build()
    assert result.returncode == 0, result.stderr
    offers = project.plugin_config()["offers"]
    names = [offer["name"] for offer in offers]
    page = project.html("contact/")
    main = page.find("main")
    assert [text(h) for h in main.find_all("h1")] == [title]
    description = page.find("meta", attrs={"name": "description"})["content"]
    assert description.startswith("How to book ") and all(name in description for name in names), description
    # Each offer's terms and action, then the words of each, in mkdocs.yml's order.
    assert [text(h) for h in main.select(".offers h2")] == names
    assert [a["id"] for a in main.select(".offers .offer")] == [offer["id"] for offer in offers]
    prose = main.select_one(".prose")
    assert text(prose.find("p")).startswith(ways + ", ")
    assert all(offer["in_short"] in text(prose.find("p")) for offer in offers)
    assert [text(h) for h in prose.find_all("h2")] == [f"How the {name} works" for name in names] + ["What to send us"]
    for offer in offers:
        section = prose.find(id=f"how-the-{offer['id']}-works")
        said = [text(p) for p in section.find_next_siblings("p", limit=3)]
        assert f"What happens. {offer['what_happens']}" in said
    # Headings in order for a screen reader: one h1, then h2s (the offers, their sections).
    assert [h.name for h in main.find_all(re.compile(r"^h[1-6]$"))] == ["h1"] + ["h2"] * (2 * len(offers) + 1)
    if gone:
        assert gone not in text(main) and gone not in description and gone not in text(page.find("title"))
    # The home page and the stall finder count them too.
    assert f"{home} on the contact page" in text(project.html("").find("main"))
    assert f"has {home.rsplit(' ', 1)[0]}." in text(project.html("finder/").find("main"))
