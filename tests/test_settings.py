"""The plugin block of mkdocs.yml: every mistake is a ConfigError naming the setting."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from stallpatterns.settings import ConfigError, Settings, find_config, inherited_files, load_settings

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml in the tests; MkDocs tags such as !ENV become None."""


_TolerantLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def plugin_block() -> dict:
    data = yaml.load(SHIPPED, Loader=_TolerantLoader)
    return next(p["stallpatterns"] for p in data["plugins"] if isinstance(p, dict) and "stallpatterns" in p)


def config_with(tmp_path: Path, block: object) -> Path:
    path = tmp_path / "mkdocs.yml"
    path.write_text(yaml.safe_dump({"site_name": "Test", "plugins": [{"stallpatterns": block}]}), encoding="utf-8")
    return path


def changed(change) -> dict:
    block = plugin_block()
    change(block)
    return block


def test_shipped_config_holds_the_contract():
    settings = load_settings(ROOT / "mkdocs.yml")
    assert settings.headings == ("What it looks like", "What is actually happening", "The intervention shape")
    assert settings.category_ids == ("verification", "workflow", "accountability", "sponsorship", "governance", "capability", "value")
    # The offers as mkdocs.yml writes them, in its order: an offer repriced there is no failure here.
    written = plugin_block()["offers"]
    assert len(settings.offers) == len(written) >= 1
    assert [(o.id, o.name, o.price, o.url) for o in settings.offers] == [(w["id"], w["name"], w["price"], w["url"]) for w in written]
    assert settings.patterns_dir == ROOT / "patterns"
    assert settings.cta_heading == "Is this your stall?"
    assert settings.limits.title == (10, 90) and settings.limits.signs == (3, 7)
    assert settings.limits.also_known_as == (0, 6) and settings.limits.also_known_as_length == 60
    assert settings.search.synonyms["roi"][:2] == ("return on investment", "return")
    assert settings.search.synonyms["sign off"] and settings.search.synonyms["shadow ai"]
    # Abbreviations written with an ampersand are terms too ("L&D" is learning and development).
    assert "training" in settings.search.synonyms["l&d"]


@pytest.mark.parametrize(
    ("change", "place"),
    [
        (lambda b: b.pop("sections"), "plugins.stallpatterns.sections: expected a non-empty list"),
        (lambda b: b.update(sections=[]), "plugins.stallpatterns.sections: expected a non-empty list"),
        (lambda b: b["sections"][1].pop("heading"), "plugins.stallpatterns.sections[1].heading"),
        (lambda b: b["sections"].__setitem__(2, "intervention"), "plugins.stallpatterns.sections[2]: expected a mapping"),
        (lambda b: b["categories"][3].update(id=""), "plugins.stallpatterns.categories[3].id"),
        (lambda b: b["categories"][1].update(id="verification"), "duplicate category id: verification"),
        (lambda b: b["sections"][2].update(heading="What it looks like"), "duplicate section heading: What it looks like"),
        (lambda b: b["offers"][0].pop("price"), "plugins.stallpatterns.offers[0].price"),
        (lambda b: b["limits"].update(title=[90, 10]), "plugins.stallpatterns.limits.title: expected [minimum, maximum]"),
        (lambda b: b["limits"].update(signs=[3, True]), "plugins.stallpatterns.limits.signs"),
        (lambda b: b["limits"].update(sign_length=0), "plugins.stallpatterns.limits.sign_length: expected a positive whole number"),
        (lambda b: b["limits"].update(words=5), "plugins.stallpatterns.limits: unknown setting words"),
        (lambda b: b.update(limits=[1, 2]), "plugins.stallpatterns.limits: expected a mapping"),
        (lambda b: b["editorial"].update(section_words="many"), "plugins.stallpatterns.editorial.section_words"),
        (lambda b: b["editorial"].update(spellings=["color"]), "plugins.stallpatterns.editorial.spellings"),
        (lambda b: b["editorial"]["spellings"]["words"].update({"": "colour"}), "plugins.stallpatterns.editorial.spellings.words: '' is not a single word"),
        (lambda b: b["editorial"]["spellings"]["words"].update({"color ": "colour"}), "editorial.spellings.words: 'color ' is not a single word"),
        (lambda b: b["editorial"]["spellings"]["stems"].update({"-": "colour"}), "editorial.spellings.stems: '-' is not a single word"),
        (lambda b: b["editorial"]["spellings"]["stems"].update({"color": ""}), "editorial.spellings.stems.color: '' is not a single word"),
        (lambda b: b["editorial"]["spellings"]["words"].update({"color": "colour!"}), "editorial.spellings.words.color: 'colour!' is not a single word"),
        (lambda b: b["editorial"]["spellings"].update(endings="ing"), "editorial.spellings.endings: expected a list of word endings"),
        (lambda b: b["editorial"]["spellings"].update(stem={}), "editorial.spellings: unknown setting stem (did you mean stems?)"),
        (lambda b: b["editorial"]["section_words"].update(symptom=[1, 2]), "editorial.section_words: unknown setting symptom (did you mean symptoms?)"),
        (lambda b: b["editorial"]["section_words"].update(causes=[400, 40]), "editorial.section_words.causes: expected [minimum, maximum]"),
        (lambda b: b.update(patterns_dir=5), "plugins.stallpatterns.patterns_dir: expected text, and YAML reads 5 as a number: write it between quotes"),
        (lambda b: b["limits"].update(also_known_as=[6, 0]), "plugins.stallpatterns.limits.also_known_as: expected [minimum, maximum]"),
        (lambda b: b["limits"].update(also_known_as_length=0), "limits.also_known_as_length: expected a positive whole number"),
        # Search synonyms: a mapping of a term to a list of terms, each a word or a short phrase.
        (lambda b: b["search"].update(synonyms=["roi"]), "plugins.stallpatterns.search.synonyms: expected a mapping"),
        (lambda b: b["search"]["synonyms"].update(roi="return"), "plugins.stallpatterns.search.synonyms.roi: expected a list of terms"),
        (lambda b: b["search"]["synonyms"].update(roi=[]), "search.synonyms.roi: expected a list of terms"),
        (lambda b: b["search"]["synonyms"].update(roi=["<b>return</b>"]), "search.synonyms.roi: '<b>return</b>' is not a search term"),
        (lambda b: b["search"]["synonyms"].update({"": ["return"]}), "search.synonyms: '' is not a search term"),
        (lambda b: b["search"]["synonyms"].update(roi=[5]), "search.synonyms.roi: 5 is not a search term"),
        (lambda b: b["search"]["synonyms"].update(roi=["a very long phrase of far too many words"]), "is not a search term"),
        (lambda b: b["search"].update(synonym={}), "search: unknown setting synonym (did you mean synonyms?)"),
        # A misspelt key would silently fall back to its default or turn a check off.
        (lambda b: b.update(cta_headng="Is this you?"), "plugins.stallpatterns: unknown setting cta_headng (did you mean cta_heading?)"),
        (lambda b: b.update(colour="blue"), "plugins.stallpatterns: unknown setting colour (known: patterns_dir, sections,"),
        (lambda b: b["editorial"].update(section_word=[40, 500]), "editorial: unknown setting section_word (did you mean section_words?)"),
        (lambda b: b["limits"].update(sign_lenght=100), "limits: unknown setting sign_lenght (did you mean sign_length?)"),
        (lambda b: b["sections"][0].update(headline="x"), "plugins.stallpatterns.sections[0]: unknown setting headline"),
        (lambda b: b["categories"][2].update(labels="x"), "categories[2]: unknown setting labels (did you mean label?)"),
        (lambda b: b["offers"][1].update(cost="£1"), "plugins.stallpatterns.offers[1]: unknown setting cost"),
        # Keys and ids become HTML ids and parts of URLs.
        (lambda b: b["sections"][0].update(key="Symptoms"), "sections[0].key: 'Symptoms' must be lower-case words joined by hyphens"),
        (lambda b: b["categories"][6].update(id="value add"), "categories[6].id: 'value add' must be lower-case words joined by hyphens"),
        (lambda b: b["offers"][1].update(id="stall_review"), "offers[1].id: 'stall_review' must be lower-case words joined by hyphens"),
        # Every address in the settings passes the scheme allowlist, and reaches HTML escaped.
        (lambda b: b["offers"][0].update(url="javascript:alert(1)"), "offers[0].url: 'javascript:alert(1)' 'javascript:' addresses are not allowed"),
        (lambda b: b["offers"][0].update(url="\x01javascript:alert(1)"), "offers[0].url: '\\x01javascript:alert(1)' 'javascript:'"),
        (lambda b: b["offers"][1].update(url='contact/#review" onmouseover="alert(17)" x="'), "offers[1].url: 'contact/#review\" onmouseover"),
        (lambda b: b["contact"].update(email="javascript:alert(1)//@x.co.uk"), "plugins.stallpatterns.contact.email: 'javascript:alert(1)//@x.co.uk' is not"),
        (lambda b: b["contact"].update(email="mailto:hello@stall.co.uk"), "contact.email: write the address alone, without 'mailto:'"),
        (lambda b: b["contact"].update(email=["hello@stall.co.uk"]), "contact.email: expected an email address"),
        (lambda b: b["contact"].update(booking_urls={"review": "vbscript:msgbox"}), "contact.booking_urls.review: 'vbscript:msgbox' 'vbscript:'"),
        (lambda b: b["contact"].update(booking_urls={"reveiw": "https://cal.co.uk/"}), "contact.booking_urls: unknown setting reveiw (did you mean review?)"),
        (lambda b: b["contact"].update(booking_urls=["https://cal.co.uk/"]), "contact.booking_urls: expected a mapping"),
        (lambda b: b["contact"].update(booking_context="yes"), "contact.booking_context: expected true or false"),
        (lambda b: b["contact"].update(phone="0"), "plugins.stallpatterns.contact: unknown setting phone"),
        # Text every page shows: plain, and each name one a reader can tell from the others.
        (lambda b: b["offers"][1].update(price=750), "offers[1].price: expected text, and YAML reads 750 as a number: write it between quotes (a price with its currency, such as '£750')"),
        (lambda b: b["offers"][0].update(description=True), "offers[0].description: expected text, and YAML reads True as true or false"),
        (lambda b: b["offers"][1].update(price="<b>£750</b>"), "offers[1].price: '<b>£750</b>' holds HTML: write plain text"),
        # What the contact page says of an offer: plain text too, where it is given.
        (lambda b: b["offers"][0].update(what_happens=5), "offers[0].what_happens: expected text, and YAML reads 5 as a number"),
        (lambda b: b["offers"][1].update(how_to_book="<a href=x>Book</a>"), "offers[1].how_to_book: '<a href=x>Book</a>' holds HTML"),
        (lambda b: b["offers"][1].update(in_short=""), "offers[1].in_short: expected a non-empty text value"),
        (lambda b: b["offers"][1].update(what_you_gets="A view"), "offers[1]: unknown setting what_you_gets (did you mean what_you_get?)"),
        (lambda b: b["categories"][0].update(label="Verification<img src=x onerror=alert(1)>"), "categories[0].label: 'Verification<img src=x onerror=alert(1)>' holds HTML"),
        (lambda b: b["sections"][0].update(heading="What <em>it</em> looks like"), "sections[0].heading: 'What <em>it</em> looks like' holds HTML: write plain text"),
        (lambda b: b.update(cta_heading="Is <i>this</i> your stall?"), "plugins.stallpatterns.cta_heading: 'Is <i>this</i> your stall?' holds HTML"),
        # The first offer's name in other capitals and spacing ('AI rollout stall  diagnosis'), as mkdocs.yml names it.
        (
            lambda b: b["offers"][1].update(name=b["offers"][0]["name"].lower().replace(" ", "  ", 1)),
            f"plugins.stallpatterns: duplicate offer name: {plugin_block()['offers'][0]['name']}",
        ),
        (lambda b: b["categories"][6].update(label="Workflow"), "plugins.stallpatterns: duplicate category label: Workflow"),
        (lambda b: b["search"]["synonyms"].update(ROI=["payback"]), "is listed twice (as 'roi'): put its terms in one list"),
        # The closing block's heading is told from the sections' by its words (authors' headings are compared so).
        (lambda b: b.update(cta_heading="What it looks like"), "plugins.stallpatterns.cta_heading: 'What it looks like' is also the heading of the section 'symptoms'"),
        (lambda b: b.update(cta_heading="The intervention shape?"), "cta_heading: 'The intervention shape?' is also the heading of the section 'intervention'"),
    ],
)
def test_config_error_names_the_setting(tmp_path: Path, change, place: str):
    with pytest.raises(ConfigError) as raised:
        load_settings(config_with(tmp_path, changed(change)))
    assert place in str(raised.value)


def test_the_shipped_contact_address_is_a_placeholder_that_is_reported():
    contact = load_settings(ROOT / "mkdocs.yml").contact
    assert contact.email == "hello@stallpatterns.example"
    assert not contact.reachable
    assert contact.problem.startswith("readers cannot reach you: set contact.email in mkdocs.yml")


def test_a_real_contact_address_and_booking_page_are_read(tmp_path: Path):
    block = changed(lambda b: b.update(contact={"email": "book@stall.co.uk", "booking_urls": {"review": "https://cal.co.uk/r"}, "booking_context": True}))
    contact = load_settings(config_with(tmp_path, block)).contact
    assert (contact.email, dict(contact.booking_urls), contact.booking_context) == ("book@stall.co.uk", {"review": "https://cal.co.uk/r"}, True)
    assert contact.reachable and contact.problem is None


def test_without_a_contact_block_readers_cannot_book_and_the_settings_say_so(tmp_path: Path):
    contact = load_settings(config_with(tmp_path, changed(lambda b: b.pop("contact")))).contact
    assert contact.email == "" and "no address is set" in contact.problem


def test_settings_the_plugin_hands_over_are_known_and_no_others():
    from stallpatterns.mkdocs_plugin.config import StallPatternsConfig

    config = StallPatternsConfig()
    config.load_dict(plugin_block())
    assert config.validate() == ([], [])
    block = dict(config)  # as the plugin passes it: every declared key, defaults filled in
    assert Settings.from_mapping(block, ROOT).headings
    with pytest.raises(ConfigError, match="unknown setting unused"):
        Settings.from_mapping({**block, "unused": 1}, ROOT)


def test_spellings_may_hold_hyphens_and_apostrophes(tmp_path: Path):
    block = changed(lambda b: b["editorial"]["spellings"]["words"].update({"e-mail": "email", "Judgment": "judgement", "it's": "its"}))
    spellings = load_settings(config_with(tmp_path, block)).editorial.spellings
    assert spellings["e-mail"] == "email" and spellings["judgment"] == "judgement" and spellings["it's"] == "its"


def test_spelling_stems_take_every_configured_ending(tmp_path: Path):
    spellings = load_settings(config_with(tmp_path, changed(lambda b: None))).editorial.spellings
    assert spellings["organization"] == "organisation" and spellings["organizing"] == "organising"
    assert spellings["behaviors"] == "behaviours" and spellings["favorite"] == "favourite"
    assert "laboratory" not in spellings  # a stem takes only the listed endings


def test_one_range_for_every_section_is_still_accepted(tmp_path: Path):
    words = load_settings(config_with(tmp_path, changed(lambda b: b["editorial"].update(section_words=[10, 20])))).editorial
    assert dict(words.section_words) == {"symptoms": (10, 20), "causes": (10, 20), "intervention": (10, 20)}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("site_name: Test\nplugins:\n  - search\n", "the 'stallpatterns' plugin is not configured"),
        ("site_name: Test\nplugins:\n  - stallpatterns\n", r"plugins\.stallpatterns\.sections"),
        ("site_name: [Test\n", "not valid YAML"),
        ("- just\n- a list\n", "not configured"),
    ],
    ids=["plugin-not-configured", "plugin-without-settings", "yaml-syntax-error", "not-a-mapping"],
)
def test_an_unusable_mkdocs_yml_is_a_config_error_that_says_why(tmp_path: Path, text: str, message: str):
    path = tmp_path / "mkdocs.yml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_settings(path)


def test_plugins_as_a_mapping_are_read(tmp_path: Path):
    path = tmp_path / "mkdocs.yml"
    path.write_text(yaml.safe_dump({"site_name": "Test", "plugins": {"stallpatterns": plugin_block()}}))
    assert len(load_settings(path).sections) == 3


def test_unreadable_mkdocs_yml_says_why_in_words(tmp_path: Path):
    with pytest.raises(ConfigError, match="cannot read: there is no such file$"):
        load_settings(tmp_path / "missing.yml")
    (tmp_path / "latin-1.yml").write_bytes(b"# A comment\nsite_name: caf\xe9\n")
    with pytest.raises(ConfigError, match=r"latin-1.yml:2: cannot read: not UTF-8 text; save it as UTF-8$"):
        load_settings(tmp_path / "latin-1.yml")
    with pytest.raises(ConfigError, match="cannot read: it is a folder; give the mkdocs.yml"):
        load_settings(tmp_path)


def test_mkdocs_tags_are_tolerated_not_executed(tmp_path: Path):
    path = tmp_path / "mkdocs.yml"
    path.write_text(SHIPPED + "extra:\n  base: !ENV [BASE, 'https://x.test/']\n  hook: !!python/name:os.system\n")
    assert isinstance(load_settings(path), Settings)


def test_find_config_walks_up_from_a_subfolder(tmp_path: Path):
    (tmp_path / "mkdocs.yml").write_text(SHIPPED)
    deep = tmp_path / "patterns" / "drafts"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "mkdocs.yml"


def test_find_config_without_one(tmp_path: Path):
    with pytest.raises(ConfigError, match="no properdocs.yml or mkdocs.yml found"):
        find_config(tmp_path)


def test_find_config_prefers_properdocs_yml_as_properdocs_does(tmp_path: Path):
    (tmp_path / "mkdocs.yml").write_text(SHIPPED)
    (tmp_path / "properdocs.yml").write_text("INHERIT: mkdocs.yml\n")
    assert find_config(tmp_path / "patterns") == tmp_path / "properdocs.yml"


def test_a_renamed_properdocs_yml_is_found_on_its_own(tmp_path: Path):
    (tmp_path / "properdocs.yml").write_text(SHIPPED)
    assert find_config(tmp_path) == tmp_path / "properdocs.yml"
    (tmp_path / "mkdocs.yml").write_text(SHIPPED)
    assert load_settings(tmp_path / "properdocs.yml") == load_settings(tmp_path / "mkdocs.yml")


def test_the_shipped_properdocs_yml_reads_the_settings_of_mkdocs_yml(tmp_path: Path):
    for name in ("mkdocs.yml", "properdocs.yml"):
        (tmp_path / name).write_text((ROOT / name).read_text(encoding="utf-8"), encoding="utf-8")
    assert load_settings(tmp_path / "properdocs.yml") == load_settings(tmp_path / "mkdocs.yml")


def test_inherited_files_are_listed_nearest_first(tmp_path: Path):
    (tmp_path / "base.yml").write_text(SHIPPED)
    (tmp_path / "mkdocs.yml").write_text("INHERIT: base.yml\n")
    (tmp_path / "properdocs.yml").write_text("INHERIT: mkdocs.yml\n")
    assert inherited_files(tmp_path / "properdocs.yml") == (tmp_path / "mkdocs.yml", tmp_path / "base.yml")
    assert inherited_files(tmp_path / "base.yml") == ()


def test_an_inheriting_file_replaces_lists_as_the_engines_do(tmp_path: Path):
    (tmp_path / "mkdocs.yml").write_text(SHIPPED)
    # Mappings merge key by key; a list (such as plugins) replaces the inherited one whole.
    (tmp_path / "properdocs.yml").write_text("INHERIT: mkdocs.yml\ntheme:\n  name: null\nplugins:\n  - search\n")
    with pytest.raises(ConfigError, match="the 'stallpatterns' plugin is not configured"):
        load_settings(tmp_path / "properdocs.yml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("INHERIT: missing.yml\n", "INHERIT: missing.yml does not exist"),
        ("INHERIT: properdocs.yml\n", "inherits from this file again"),
        ("INHERIT: [a, b]\n", "INHERIT must name a file"),
    ],
)
def test_a_broken_inherit_is_a_config_error(tmp_path: Path, text: str, message: str):
    (tmp_path / "properdocs.yml").write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_settings(tmp_path / "properdocs.yml")


def test_a_tab_the_engine_refuses_in_mkdocs_yml_is_refused_here_too(tmp_path: Path):
    # libyaml reads 'key: value<tab>', PyYAML (the engine's reader) refuses it: validation
    # passed a mkdocs.yml that every build then refused.
    text = re.sub(r"(?m)^(site_name:.*)$", lambda m: m.group(1) + "\t", SHIPPED, count=1)
    with pytest.raises(yaml.YAMLError):
        yaml.load(text, Loader=yaml.SafeLoader)
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError):
        load_settings(tmp_path / "mkdocs.yml")


@pytest.mark.parametrize(
    ("change", "line", "key"),
    [
        (lambda text: text.replace("      cta_heading: Is this your stall?\n", "      cta_heading: Is this your stall?\n      cta_heading: Another?\n"), "cta_heading", "cta_heading"),
        (lambda text: text.replace("strict: true\n", "strict: true\nstrict: false\n"), "strict: true", "strict"),
        (lambda text: text.replace("          money: [spend, budget]\n", "          money: [spend, budget]\n          money: [cash]\n"), "money:", "money"),
    ],
    ids=["plugin-setting", "engine-setting", "search-synonym"],
)
def test_a_key_set_twice_in_mkdocs_yml_is_refused_at_its_line(tmp_path: Path, change, line: str, key: str):
    # YAML keeps the last of the two without a word: the maintainer edits the first, and
    # the site goes on using the other.
    text = change(SHIPPED)
    first = next(n for n, written in enumerate(text.splitlines(), 1) if written.strip().startswith(line))
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_settings(tmp_path / "mkdocs.yml")
    assert str(raised.value).startswith(f"{tmp_path / 'mkdocs.yml'}:{first + 1}:")
    assert f"'{key}' is set twice, here and on line {first}" in str(raised.value)


def test_a_key_merged_in_from_an_anchor_may_be_set_again(tmp_path: Path):
    text = SHIPPED.replace("      limits:\n", "      limits:\n        <<: {sign_length: 100}\n", 1)
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    assert load_settings(tmp_path / "mkdocs.yml").limits.sign_length == 120


def test_not_valid_yaml_is_one_line_at_its_line_and_column(tmp_path: Path):
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\nplugins:\n\t- stallpatterns\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_settings(tmp_path / "mkdocs.yml")
    message = str(raised.value)
    assert message.startswith(f"{tmp_path / 'mkdocs.yml'}:3:1: not valid YAML: ")
    assert "indent with spaces, never a tab" in message
    assert "\n" not in message and "<unicode string>" not in message


@pytest.mark.parametrize("address", ["javascript://x.example/%0aalert(1)//", "www.example.org/stall-patterns/", "mailto:team@example.org", "https:///no-host/"])
def test_a_site_url_that_is_no_web_address_is_refused(tmp_path: Path, address: str):
    # It starts every page's canonical link, the feed and each shared link.
    text = SHIPPED.replace(next(line for line in SHIPPED.splitlines() if line.startswith("site_url:")), f"site_url: '{address}'")
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"^site_url: .* is not a web address: write the site's address"):
        load_settings(tmp_path / "mkdocs.yml")


@pytest.mark.parametrize("address", ["https://example.org/stall-patterns/", "http://127.0.0.1:8000/", "HTTPS://Example.org"])
def test_a_web_address_as_site_url_is_taken(tmp_path: Path, address: str):
    text = SHIPPED.replace(next(line for line in SHIPPED.splitlines() if line.startswith("site_url:")), f"site_url: '{address}'")
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    assert load_settings(tmp_path / "mkdocs.yml").site_address == address


@pytest.mark.parametrize(
    ("name", "action", "said"),
    [
        ("User Research Sprint", "Book the sprint", "a User Research Sprint"),
        ("AI Rollout Stall Diagnosis", "Book a Stall Diagnosis", "an AI Rollout Stall Diagnosis"),
        ("Hour with a partner", "Book it", "an Hour with a partner"),
        ("One-day review", "Book it", "a One-day review"),
        ("Unusual audit", "Book it", "an Unusual audit"),
        ("HR review", "Book it", "an HR review"),
        ("Evidence pack", "Book it", "an Evidence pack"),
        ("Europe call", "Book it", "a Europe call"),
        # The action's own article, where it writes the words: the author's word wins.
        ("Honest Review", "Book a Honest Review", "a Honest Review"),
    ],
)
def test_the_contact_page_names_each_offer_with_the_article_its_words_are_said_with(name: str, action: str, said: str) -> None:
    # A third offer, "User Research Sprint", made the page's title "Book … or an User Research Sprint".
    from stallpatterns import contact_page
    from stallpatterns.settings import Offer

    offer = Offer(id="x", name=name, description="d", duration="1 hour", price="£1", action=action, url="contact/#x")
    assert contact_page.description([offer]).startswith(f"How to book {said}, what it involves")
