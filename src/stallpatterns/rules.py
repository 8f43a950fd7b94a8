"""Check one pattern against the authoring contract.

``check`` turns a :class:`~stallpatterns.source.Source` into a :class:`Pattern` when it
is valid, and always returns every problem found (not only the first).
"""

from __future__ import annotations

import html as html_module
import os
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from markdown_it.token import Token

from . import (
    body,
    contacts,
    dialect,
    disguises,
    editorial,
    fields,
    files,
    foreign,
    github,
    handed,
    leftovers,
    outline,
    payments,
    postal,
    sanitizer,
    slips,
    written,
)
from .addresses import as_read, is_local, mail_recipients, mail_subjects
from .diagnostics import AUTHOR_COMMAND, Diagnostic, Report
from .hosts import PUBLIC_HOST
from .pattern import DEVICE_NAMES, RESERVED_SLUGS, Pattern, PatternSection
from .settings import Offer, Settings
from .source import Source, written_title
from .text import (
    SENTENCE_END,
    characters,
    clipped,
    html_words,
    in_small_letters,
    is_slug,
    names_parted,
    plain_forms,
    printable,
    printable_start,
    sentences_of,
    slugify,
    word_count,
)


def check(source: Source, settings: Settings) -> tuple[Pattern | None, list[Diagnostic]]:
    """Check a read pattern file. Returns the Pattern (None if any error) and all diagnostics."""
    report = Report(source.display)
    slug = source.path.stem
    _check_slug(slug, source, settings, report)
    # Front matter's keys below a stray '---' are one mistake, reported once: not as
    # missing keys, nor as headings or text in the body.
    cut, cut_keys = outline.front_matter_cut(source, report) if source.front_matter_read else (0, [])
    values, lines = fields.check_front_matter(source, settings, report, slug, cut_keys)
    sections = outline.check_sections(source, settings, report, cut)
    outline.check_heading_levels(source, report, cut)
    outline.check_subheading_lengths(source, report)
    outline.check_keys_in_body(source, settings, report, cut)
    outline.check_repeated_section_names(source, settings, report)
    _check_body(source, report)
    _check_offers_elsewhere(source, settings, report)
    _check_offer_prices(source, settings, report)
    _check_offer_deals(source, settings, report)
    _check_names_priced(values, lines, settings, report)
    _check_address_words(source, settings, report)
    _check_links_to_sources(source, settings, report)
    dialect.check_heading_marks(source, report)
    dialect.check_heading_spaces(source, report)
    dialect.check_edge_spaces(source, report)
    dialect.check_after_definitions(source, report)
    dialect.check_footnotes(source, report)
    dialect.check_list_items(source, report)
    dialect.check_quote_markers(source, report)
    dialect.check_indented_headers(source, report)
    dialect.check_nested_section_headings(source, settings, report)
    leftovers.check_guidance(source, report)
    leftovers.check_placeholders(source, report, values, lines)
    leftovers.check_invisible(source, report)
    leftovers.check_replacement_marks(source, report)
    leftovers.check_garbled(source, report)
    contacts.check_phone_numbers(source, report)
    contacts.check_email_addresses(source, report)
    payments.check_payment_details(source, report)
    contacts.check_chat_handles(source, report)
    contacts.check_contacts_as_published(source, report)
    contacts.check_bookings_elsewhere(source, settings.site_name or "", frozenset(settings.contact.booking_urls.values()), settings.offer_booked, report)
    contacts.check_offers_asked_elsewhere(source, settings.offer_or_its_last_word, frozenset(settings.contact.booking_urls.values()), report)
    handed.check_offers_handed(source, settings.site_name or "", tuple(offer.name for offer in settings.offers), report)
    written.check_written_addresses(source, report)
    postal.check_postal_addresses(source, report)
    dialect.check_control_references(source, report)
    dialect.check_autolink_space_references(source, report)
    dialect.check_address_readings(source, report)
    leftovers.check_assistant_citations(source, report)
    leftovers.check_review_suggestions(source, report)
    leftovers.check_comments_shown(source, report)
    leftovers.check_assistant_chatter(source, report)
    dialect.check_stacked_marks(source, report)
    dialect.check_spaces_by_addresses(source, report)
    dialect.check_table_edges(source, report)
    dialect.check_backslash_breaks(source, report)
    dialect.check_backslash_at_a_blocks_end(source, report)
    dialect.check_windows_paths(source, report)
    dialect.check_tabbed_fences(source, report)
    dialect.check_tabbed_quote_marks(source, report)
    dialect.check_tabbed_quoted_code(source, report)
    leftovers.check_mixed_alphabets(source, report)
    leftovers.check_styled_letters(source, report)
    foreign.check(source, report)
    # An empty section's error says it all: no warning that it is short as well.
    empty = {d.line for d in report.items if d.code == "section-empty"}
    editorial.check(source, settings, sections and tuple(s for s in sections if s.line not in empty), report.warning)
    complete = source.front_matter_read and all(f.name in values for f in fields.FIELDS if f.required)
    if not _only_guessed(report) or sections is None or not complete:
        return None, report.items
    sections, html = _render(source, sections, settings, report)
    if _only_guessed(report):  # (not after the sanitizer's)
        _check_github_reading(source, html, report)
    if report.has_errors:
        return None, report.items
    # Typographic quotes, dashes and ellipses wherever the plain-text fields are shown.
    for name in ("title", "summary"):
        values[name] = body.typographic(values[name])
    values["signs"] = tuple(body.typographic(sign) for sign in values["signs"])
    pattern = Pattern(
        slug=slug,
        path=source.path,
        body=source.body,
        sections=sections,
        html=html,
        word_count=sum(word_count(s.markdown) for s in sections),
        words=html_words(s.html for s in sections),
        lines=lines,
        **values,
    )
    return pattern, report.items


def _check_slug(slug: str, source: Source, settings: Settings, report: Report) -> None:
    if source.path.suffix != ".md":
        # Checked from another folder ('validate ../notes.txt'): moving it out is no fix.
        elsewhere = os.path.abspath(source.path.parent) != os.path.abspath(settings.patterns_dir)
        patterns = Path(os.path.relpath(settings.patterns_dir, settings.root)).as_posix() if elsewhere else None
        message, hint, rename = not_named_as_a_pattern(source.path.name, source.display.rpartition("/")[0] or ".", patterns)
        report.error(1, "bad-file-name", message, hint, rename=rename)
    elif not is_slug(slug):
        suggestion = slug_for(slug, settings)
        if _COPY_SUFFIX.search(slug) and (title := written_title(source)) and (named := _shortened(slugify(title), settings.limits.slug_length)):
            # 'the-sponsor-who-moved-on copy.md': a copy of another pattern's file, made to
            # start a new one. Its own title's slug, as 'new' makes one, not the original's
            # name with '-copy' (which passed, and was its address for good).
            suggestion = named
        report.error(
            1,
            "bad-slug",
            f"file name '{source.path.name}' is not a valid slug (lower-case words joined by hyphens)",
            f"rename it to '{suggestion}.md'",
            rename=f"{suggestion}.md",
        )
    elif slug in RESERVED_SLUGS:
        report.error(
            1,
            "reserved-slug",
            f"file name '{source.path.name}' is reserved: its URL is the All patterns page",
            "choose another file name: the slug is the pattern's URL",
        )
    elif slug in DEVICE_NAMES:
        report.error(
            1,
            "reserved-slug",
            f"file name '{source.path.name}' is reserved on Windows ('{slug}' is a device's name there): nobody on Windows could check the pattern out",
            "choose another file name: the slug is the pattern's URL",
        )
    elif len(slug) > settings.limits.slug_length:
        report.error(
            1,
            "bad-slug",
            f"file name is {characters(len(slug))} long; the limit is {settings.limits.slug_length}",
            f"shorten it by {characters(len(slug) - settings.limits.slug_length)}, for example rename it to "
            f"'{_shortened(slug, settings.limits.slug_length)}.md': the name is the page's address",
            rename=f"{_shortened(slug, settings.limits.slug_length)}.md",
        )


# The id a Notion export puts after a page's title in its file name.
_NOTION_ID = re.compile(r" [0-9a-f]{32}$")
# What a file manager or a browser adds to the name of a copy ('x copy', 'x - Copy', 'x copy 2',
# 'x (1)'), and a document's own ending left in ('x.docx.md').
_COPY_SUFFIX = re.compile(r"(?i)(?:\s*-\s*copy|\s+copy)(?:\s*\(?\d{1,3}\)?)?$|\s*\(\d{1,3}\)$")
# A draft's or a version's mark at the end of a document's name ('AI pilots (draft)', 'Prompt
# Library – v2 FINAL'), which is no part of a pattern's address for good (the authors' round of the
# fifty-third session: 'ai-pilots-draft.md' was suggested; a draft is kept off the site by 'draft: true').
_DRAFTS_MARK = re.compile(r"(?i)[\s_\-\u2013\u2014]*[(\[]?\s*\b(?:draft|final|wip|v\d+(?:\.\d+)*|version\s*\d+|rev\s*\d+|latest|updated)\s*[)\]]?$")
_DOCUMENT_ENDING = re.compile(r"(?i)\.(?:docx?|odt|rtf|pages|txt|markdown|md)$")


def _shortened(slug: str, limit: int) -> str:
    """The slug cut after its last whole word within ``limit`` characters."""
    if len(slug) <= limit:
        return slug
    return slug[: limit + 1].rpartition("-")[0] or slug[:limit]


def slug_for(stem: str, settings: Settings) -> str:
    """The slug a file named ``stem`` (without .md), which is no slug, is told to take."""
    # 'x.md.md' and 'x.docx': x; a Notion export's 'The sponsor who moved on 1a2b…(32)': its
    # title alone; a copy's 'x copy', 'x (1)': x.
    bare = _NOTION_ID.sub("", stem)
    while (shorter := _DRAFTS_MARK.sub("", _COPY_SUFFIX.sub("", _DOCUMENT_ENDING.sub("", bare)))) != bare and shorter.strip():
        bare = shorter
    return _shortened(slugify(bare), settings.limits.slug_length) or "a-short-name"


def file_name_for(stem: str) -> str:
    """The pattern file name to suggest for a file whose name (without its extension) is ``stem``."""
    return f"{slugify(stem) or 'a-short-name'}.md"


def not_named_as_a_pattern(name: str, folder: str, patterns: str | None = None) -> tuple[str, str, str | None]:
    """(message, hint, the name the hint renames it to) for a file ``name`` in the patterns
    folder (shown as ``folder``) that is never published, as 'x.markdown' or 'x.txt': the
    same said of it checked alone. ``patterns``: the patterns folder, when the file is
    checked from another folder."""
    if name.startswith(files.WORD_LOCK):
        return (*files.word_lock_told(name), None)
    if name == "Icon\r":
        # A folder's own icon on a Mac, which Finder hides: told to rename it, the author found no such file.
        return (
            "'Icon\\r' is the file a Mac's Finder keeps for a folder's own icon, hidden in Finder, not a pattern",
            f"delete it: in Terminal, rm {folder}/Icon$'\\r'",
            None,
        )
    meant = file_name_for(name.split(".")[0])
    if name.lower().endswith(files.PICTURE_ENDINGS):
        # 'chart.png', saved beside the pattern that shows it: told to rename it to 'chart.md'.
        return (
            f"'{printable(name)}' is a picture, which the site publishes only from its docs/assets/ folder",
            f"move it to docs/assets/ and show it in the pattern as ![…](/assets/{printable(name)}), with a few words between the brackets that say what it shows",
            None,
        )
    kind = _DOCUMENTS.get(name.rpartition(".")[2].lower()) if "." in name else None
    if kind is not None:
        # Renamed, it would still be a document, not text: its words are what is wanted.
        copy = (
            f"copy its text into a new plain-text file, {patterns or folder}/{meant}, in the pattern's layout "
            f"(start from '{AUTHOR_COMMAND} new'), and delete this one"
        )
        if name.lower().endswith(".pdf"):  # a report to link to, as likely as a pattern drafted in a PDF
            copy = f"if it is a document for readers to open, move it to docs/assets/ and link to it: [what it is](/assets/{printable(name)}); if it is a pattern, {copy}"
        return f"'{printable(name)}' is {kind}, not a pattern: only Markdown text files named <slug>.md are patterns", copy, None
    message = f"'{printable(name)}' is not published: only files named <slug>.md are patterns"
    if patterns is not None:
        return message, f"if it is a pattern, save it in {patterns}/ as '{meant}'", None
    return message, f"if it is a pattern, rename it to '{meant}'; if not, move it out of {folder}/", meant


# Documents an author may save where a pattern goes: renaming one does not make it text.
_DOCUMENTS = {
    "docx": "a Word document", "doc": "a Word document", "odt": "a word processor's document", "rtf": "a word processor's document",
    "pages": "a Pages document", "pdf": "a PDF", "gdoc": "a link to a Google Doc", "pptx": "a PowerPoint file", "xlsx": "a spreadsheet",
}


# --- what the body publishes ---------------------------------------------------------


_LINK_MARKS = ("[", "://", "www.")  # what every link's or shown address's text holds: a quick look first


def _check_offers_elsewhere(source: Source, settings: Settings, report: Report) -> None:
    """A link whose words name one of the site's offers, to another site: readers would take
    it for the site's own booking ('[Book a Stall Diagnosis](https://evil.example/book)')."""
    # Any link: '[Book a Stall Review](…)', and by reference, '[Book a Stall Review][book]' or
    # '[Book a Stall Review]' with its address on a line of its own.
    # And an address shown as its own link's words ('<https://evil.example/book-a-stall-review>',
    # 'www.…'), which names the offer as plainly.
    for token in source.tokens if settings.offers and any(mark in source.text for mark in _LINK_MARKS) else ():
        if token.type != "inline" or not token.map or not any(mark in token.content for mark in _LINK_MARKS):
            continue
        children = token.children or []
        places = _LinkPlaces(source, token)
        for index, name, where, named_by in disguises.offers_elsewhere(children, settings.offer_linked, settings.contact_asked):
            href = str(children[index].attrGet("href") or "")
            if href in settings.contact.booking_urls.values():
                continue  # the offer's own booking page, as mkdocs.yml names it
            if named_by == "subject" and (_to_the_site(href, settings) or len(mail_recipients(href)) > 1):
                continue  # a message about the offer, to the site's own address (a copy to anyone else is told as such)
            if named_by == "words" and settings.offer_called(body.words_of_link(children, index)) is None and PUBLIC_HOST.search(where):
                continue  # an offer by its last word alone, to a public body's page: its own review ('[Start your Review](https://www.gov.uk/…)')
            line, column = places.of(index)
            if named_by == "us asked":
                report.error(
                    line,
                    "link-text-elsewhere",
                    f"the link's words, with those before them, ask readers to write to or contact whoever wrote the page, this site, but the link goes to "
                    f"'{printable_start(where, 200)}': readers would take it for the site's own",
                    "name whom the link goes to ('write to the project office'), or link to the site's contact page",
                    column=column,
                )
                continue
            if named_by == "clause asks":
                if settings.site_page_named(body.words_of_link(children, index)) is not None:
                    continue  # ('[Contact](…) us': the words name the site's page, told as such with the catalogue)
                if PUBLIC_HOST.search(where):
                    continue  # a public body's page: its own ('book an [appointment](https://www.leeds.gov.uk/…)', the review of the session's change)
                report.error(
                    line,
                    "link-text-elsewhere",
                    f"the link's words, with those around them ('{printable_start(name, 80)}'), ask readers to contact or book this site, but the link goes to "
                    f"'{printable_start(where, 200)}': readers would take it for the site's own booking",
                    "name whom the link goes to ('book a call with the ICO'), or link to the site's contact page",
                    column=column,
                )
                continue
            if named_by == "title asks":
                report.error(
                    line,
                    "link-text-elsewhere",
                    f"the link's title (the words in quotes after its address) asks readers to contact or book this site, but the link goes to "
                    f"'{printable_start(where, 200)}': readers would take it for the site's own booking",
                    "delete the title, and keep the link's words and address",
                    column=column,
                )
                continue
            offer = next(o for o in settings.offers if o.name == name)
            said, hint = (
                ("title (the words in quotes after its address) names", "delete the title, and keep the link's words and address")
                if named_by == "title"
                else ("subject (after '?subject=') names", "delete the subject, and keep the link's words and address")
                if named_by == "subject"
                else (
                    "words" + (", with the words after them," if named_by == "after" else "") + " name",
                    f"link to the offer on this site, [{offer.action}](/{offer.url}), or write words that say where the link goes",
                )
            )
            report.error(
                line,
                "link-text-elsewhere",
                f"the link's {said} this site's offer, {name}, but the link goes to '{printable_start(where, 200)}': readers would take it for the site's own",
                hint,
                column=column,
            )


def _to_the_site(href: str, settings: Settings) -> bool:
    """Whether a mailto: address writes only to the site's own mail domain (contact.email's)."""
    domain = settings.contact.email.rpartition("@")[2].lower()
    return bool(domain) and all(recipient.rpartition("@")[2] == domain for recipient in mail_recipients(href))


# An amount of money as prose writes one: '£75', '£ 75' (a space of any width after the sign),
# '75£', '$1,200', '€4.5k', '₤75', 'GBP 750', '750 pounds' (not the full stop after it).
# An amount: its sign or currency before the figures, or after them ('£99', '99£', '450 GBP'),
# or before a number's word ('£ninety-nine'), or pence ('99p a minute').
# Every currency's sign (Unicode's 'Sc' characters, as a class of ranges: tests/test_rules.py
# checks it against the characters' table), and the yen's and yuan's written after an amount:
# a price in any currency is a price ('₴20,000', '﹩750', '750円': the attack round of the
# forty-seventh session).
_CURRENCY_SIGNS = (
    "$\u00a2-\u00a5\u058f\u060b\u07fe\u07ff\u09f2\u09f3\u09fb\u0af1\u0bf9\u0e3f\u17db\u20a0-\u20c0\ua838\ufdfc\ufe69\uff04"
    "\uffe0\uffe1\uffe5\uffe6\U00011fdd-\U00011fe0\U0001e2ff\U0001ecb0"
)
_SIGN_HELD = re.compile(f"[{_CURRENCY_SIGNS}]")
# In capitals, as written ('cad' and 'chf' are as often other words' letters).
_CODES = (
    "GBP", "USD", "EUR", "CHF", "ETH", "USDT", "USDC", "JPY", "AUD", "CAD", "NZD", "INR", "SEK", "NOK", "DKK", "SGD", "HKD", "CNY", "RMB", "ZAR", "BRL", "MXN",
    "PLN", "CZK", "HUF", "TRY", "AED", "SAR", "KRW", "THB", "MYR", "NGN", "KES", "ILS", "UAH", "RUB", "IDR", "PKR",
)
_CURRENCY_CODES = rf"(?-i:{'|'.join(_CODES)})"
_NUMBER_WORD = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
_NUMBER_WORDS = rf"(?:{_NUMBER_WORD}|hundred)\b"
# An amount with no currency that reads as money, not as a count: in thousands ('3k', '2.5 thousand', '4 grand', 'a few
# grand'), its thousands parted ('3,900', '3 900', '1,250.00'), or in words of hundreds or thousands ('fifteen hundred', 'a
# thousand', 'two thousand five hundred'); what an offer is had at or for just after its name (_price_words_for), after
# a word that says it is so little (_BARE_AMOUNT_SAID).
_BARE_AMOUNT = (
    r"\d++(?:\.\d++)?\s?(?:k|thousand|grand)|a\s++(?:couple\s++of|few)\s++grand"
    r"|\d{1,3}+(?:,\d{3})++(?:\.\d\d)?+|\d{1,3}+(?:[ \u00a0\u202f]\d{3})++"
    rf"|(?:a|(?:{_NUMBER_WORD})(?:[- ](?:{_NUMBER_WORD}))?)\s++(?:hundred|thousand)(?:\s++(?:and\s++)?(?:{_NUMBER_WORD})(?:[- ](?:{_NUMBER_WORD}))?(?:\s++hundred)?)?+"
)
_BARE_AMOUNT_SAID = r"(?:(?:just|only|about|around|roughly|a\s++mere)\s++)?"
_AMOUNT = r"\d(?:[\d,.]*\d)?(?:\s?(?:k|m|bn)\b)?"
# What follows an amount and its currency's code or name, as a price: the sentence's end, a
# mark, or a word that goes on to say what it buys ('300 CHF patients', '19 euro area banks'
# and '2 Bucks councils' are no money).
_AFTER_CURRENCY = r"(?=\s*(?:[.,;:!?)\]]|$)|\s+(?:a|an|per|each|for|plus|ex|excl|incl|including|excluding|only|now|this|that|to|in|and|or|with|from|sterling)\b)"
_MONEY = re.compile(
    # A sign, then the amount (spaces of any kind between: '£  75'), or a code ('CHF 75', not
    # 'CAD 3D models' or 'CHF 30-day readmission').
    # ('US$750', 'Rs 50,000' and 'Rs. 50,000' too.)
    rf"(?-i:\b(?:US|AU|A|C|CA|NZ|HK|S|NT|R))?[{_CURRENCY_SIGNS}]\s{{0,3}}(?:{_AMOUNT}|{_NUMBER_WORDS}|(?:nil|zero|nothing|free)\b)"  # '£nil' too
    rf"|(?-i:\bRs)\.?\s{{0,3}}{_AMOUNT}(?![\w-])|\bstg\.?\s{{0,3}}{_AMOUNT}(?![\w-])"  # ('stg 75', sterling: helper-240)
    rf"|\b{_CURRENCY_CODES}\s{{0,3}}(?:{_AMOUNT}(?![\w-])|{_NUMBER_WORDS})"
    # South Africa's rand, its R before thousands ('R45 000', 'R45,000', 'R4500': helper-270; not 'R2', 'R101').
    r"|(?-i:\bR)\s?(?:\d{1,3}+(?:[ ,\u00a0\u202f]\d{3})++|\d{4,}+)(?![\w-]|[,.]\d)"
    # Or the amount, then its currency: '75 GBP', '75 (GBP)', '75 pounds sterling', '75 euro', '99£';
    # or the tax it is charged with or without, whatever its currency: '750 + VAT', '750 ex VAT'.
    # (Each from the start of its run of figures: started at every figure of '1,1,1,…', each
    # read to the run's end, and a line of 12,000 took 23 CPU seconds.)
    rf"|(?<!\d)(?<!\d[,.])\b{_AMOUNT}\s{{0,3}}(?:(?:hundred|thousand|lakh|crore)\s{{1,3}})?(?:(?:\(?{_CURRENCY_CODES}\b\)?"
    # ('4500 Swiss francs', '45 hundred pounds', '4500 zł', '2 ETH': the prices round of the fifty-sixth session.)
    rf"|(?:(?:swiss|us|australian|aussie|canadian|kiwi|singapore|hong\s+kong|new\s+zealand|south\s+african)\s+)?(?:pounds?|dollars?|euros?|sterling|stg|quid|(?-i:bucks)|francs?|rupees?|pence|nicker|yen|yuan|bitcoins?|(?-i:BTC)|z\u0142(?:oty|otys|otych)?|kron(?:a|or|er|e|ur)|rand|pesos?|lira|lire|baht|ringgit|dirhams?|riyals?|shekels?|forints?|rupiah|naira|hryvnias?|reais|kr|k\u010d)\b(?!-)|[\u5186\u5143\u5713]){_AFTER_CURRENCY}"
    rf"|(?:\+|plus|ex|excl|exc|inc|incl|including|excluding)\.?\s{{0,3}}(?-i:VAT)\b(?!-))"
    rf"|(?<!\d)(?<!\d[,.])\b\d(?:[\d,.]*\d)?\s?(?:k|m|bn)?\s?[{_CURRENCY_SIGNS}]"
    r"|\b\d{1,3}p\b(?![.,]\d)",
    re.IGNORECASE,
)
# An amount in words alone, then what ends a price: 'four thousand.', 'seven hundred and fifty for a day'.
_IN_WORDS = (
    # (A few words each side, as an amount has: a run of any length, tried from each of its words,
    # took 28 CPU s for a paragraph of 12,500 'one's: the review of the fifty-second session's change.)
    rf"(?:(?:{_NUMBER_WORD})[\s-]+(?:and[\s-]+)?){{1,4}}(?:a[\s-]+half[\s-]+)?(?:hundred|thousand|grand)\b(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD}|hundred)\b){{0,4}}"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:for|a|an|per(?!\s?cent)|each|plus|ex|including|only|this|to)\b)"  # (not 'one hundred per cent')
)
_AMOUNT_IN_WORDS = re.compile(_IN_WORDS, re.IGNORECASE)
# A price said without an amount, or an amount in words: 'free for charities', 'half price',
# 'fifty per cent off', 'at no charge', 'seven hundred pounds'. Beside an offer's name, as an
# amount is: alone, 'free' is as often 'feel free' or 'free of jargon', and 'discount' 'a
# discount audit', so only the phrases that price a thing ('30% less time', 'a third off the
# backlog', 'no fee schedules' and 'on the house style' are none).
_PRICE_WORDS = re.compile(
    # (Not 'the forms are free text', 'staff are free to', 'no charge code', 'the sign-off was
    # waived', 'discounted cash flow', 'euros and pounds in the same column'.)
    r"\b(?:free of charge|(?:cost|fee|charge)[- ]free\b|at no (?:cost|charge)|(?:is|are|for|with|of) no charge|costs? nothing|half[- ]price"
    r"|(?:is|are|for|now|comes|completely|entirely|totally) free(?!-| (?:of|from|text|to|up|time|hand|rein|form|trial|tier|version)\b)"
    r"|free (?:for(?! (?:the|a|an|your|our|my|this|each|every)\b)|until|this)|discounted(?= (?:rate|price|fee|to|from|by|for|this|until)\b)"
    r"|(?:a|the) discount (?:of|on|for)|discount code|(?:fees?|charges?|costs?|price) (?:is |are |was |were |has been |have been )?waived"
    # ('We waive the Stall Review fee for charities': the attack round of the forty-seventh session.)
    # (Not 'why the vendor waived the implementation fee': the words between are a name's, in capitals.)
    r"|waive[sd]? (?:(?:the|its|our|all|your) )?(?-i:[A-Z][\w-]*(?:['’]s)? ){0,3}(?:fees?|charges?|costs?)\b"
    r"|complimentary|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?(?:hundred|thousand|grand|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?: (?:us|australian|aussie|canadian|kiwi|swiss))? (?:pounds|dollars|euros|quid|sterling|stg|rand|francs|rupees|yen)\b"
    # 'The Stall Review: free.' (not 'the question is: free text or a form?').
    r"|: free(?![\s-]*\w)"
    # 'A Stall Review at a third off', 'two for the price of one' (the attack round of the fifty-fourth
    # session; not 'a third off the backlog', 'at a third of the cost').
    # (At the sentence's end: not 'two stalls for the price of one: …', 'at a third off list price', the
    # review of the change.)
    r"|at (?:a )?(?:half|third|quarter|fifth|tenth) off(?=[\s.!]*$)|for the price of one(?=[\s.!]*$)"
    # Said of the offer: 'is on the house', 'is half off', 'is 2-for-1' (not 'on the house
    # style', 'cut a third off the backlog').
    r"|(?:is|are|comes|now) (?:now )?(?:on the house|without (?:charge|cost|a fee)|half off|(?:a )?(?:third|quarter|fifth|tenth) off|2-for-1|two-for-one)"
    # 'Charities get the Stall Review without charge', 'BOGOF' (the attack
    # round of the fifty-fifth session; not 'without cost overruns', 'without cost tracking').
    r"|without (?:charge|a charge|cost|a fee|fees|payment|paying)(?=\s*(?:[.,;:!?)]|$)|\s+(?:for|this|until|if|when|from)\b)|(?:bogof|buy one,? get one(?: free)?)(?=\s*(?:[.,;:!?)]|$)|\s+(?:for|this|until|on|offer|deal)\b)"
    # 'is on us', 'comes at no cost', 'pay what you can', 'gratis', 'buy one, get one free', 'costs
    # a tenner' (the attack round of the forty-fifth session: each published beside an offer).
    # (Not 'the onus is on us to act', 'is on us as leaders': the false-refusal round of the
    # forty-sixth session.)
    # ('at no extra cost when…' is the deal check's, which reads what follows it: 'comes at no
    # extra cost to the team's calendar' tells of no price. Not 'is on me', one's own part to do.)
    r"|(?:is|are|comes|now) (?:now )?(?:on us(?! (?:as|to|all|both|too|now|alone)\b)|at no cost|pay what you (?:can|want|like)|two for one|2 for 1)|gratis"
    r"|get (?:one|a second|another) free|(?:costs?|is|for) (?:just |only )?(?:a tenner|a fiver|a grand|a few quid)(?![ \t]+(?!(?:per|each|a|an|for)\b)[a-z])"
    # An amount with no currency, said to be its price: 'costs 3000', 'is priced at 4k' (not
    # 'costs 2 analysts a day').
    # ('costs 300 claims a week' and 'costs 1.5 FTE' count things.)
    r"|(?:costs?|priced at|(?:a )?price of|fee of) (?:\d{3,}|\d[\d,.]*\d|\d+ ?(?:k|m|bn))\b"
    r"(?! ?(?:%|per|minutes?|hours?|days?|weeks?|months?|years?|people|staff|users|teams?|pilots?|times|analysts|reviewers|managers|engineers"
    r"|fte|claims?|calls?|cases?|tickets?|jobs?|errors?|records?|letters?|seats?|licences?|licenses?|hours|shifts?|patients?|customers?|queries)\b)"
    # 'free to NHS trusts', 'free to members' (not 'free to decide'), 'half off the Stall Review',
    # an amount in words alone ('costs four thousand', 'charged at seven hundred and fifty'), or
    # a price in words before the offer's name ('A five-hundred-pound Stall Review'): the attack
    # round of the forty-seventh session published each.
    r"|(?:is|are|now|comes) free to (?:(?-i:[A-Z])\w*|all|any|every|members|readers|charities|subscribers|students|the public)"
    r"|(?:half|a third|a quarter) off(?= (?:(?:the|your|a|an|our|this|every|each|any) )?(?:(?:first|next) )?(?:(?-i:[A-Z])|fee\b))"  # not 'the usual timeline'
    rf"|(?:costs?|charged at|priced at|(?:a )?price of|fee of)\s+{_IN_WORDS}"
    rf"|(?:{_NUMBER_WORD})[- ](?:hundred|thousand)[- ](?:pound|dollar|euro|quid)\b"  # not 'the thousand-dollar question'
    # 'Save 40% on the Stall Review' (not 'save 40% on handling time').
    r"|save (?:up to )?\d+(?:\.\d+)? ?(?:%|per ?cent) (?:on|off)(?= (?:(?:the|your|a|an|our|this|every|each|any) )?(?:(?:first|next) )?(?:(?-i:[A-Z])|fee\b))"
    r"|per ?cent (?:off|discount|cheaper)(?!\s+(?:your|the|our|their|its)\s+(?!first|next|booking|Stall|price|fee|usual|list|normal)\w))\b"
    # ('20% off handling time', '30 per cent off your handling time' are no price.)
    r"|%\s?(?:off|discount|cheaper)\b(?!\s+(?:your|the|our|their|its)\s+(?!first|next|booking|Stall|price|fee|usual|list|normal)[a-z]"
    r"|\s+(?!(?:your|the|our|their|its|a|an|for|this|until|on|every|all|any|today|now)\b)[a-z])",
    re.IGNORECASE,
)
# The smuggling round of the forty-sixth session, each published beside an offer: nothing
# to pay ('for nothing', 'no fee', 'nil', 'pro bono', 'fully funded', 'a money-back guarantee'),
# less by a share ('40% less', 'a 40% reduction', 'less 40 per cent'), a code to quote, 'two
# grand', an amount in thousands with no currency said to be its price ('is now 2k'). (Not
# 'is now 1,200', a count as often; 'The Stall Review: 750.' is read by _NAMED_THEN_BARE.)
_MORE_PRICE_WORDS = (
    r"(?:\b(?:is|are|comes|now|for|costs?|pays?)|:)\s+(?:now\s+|just\s+|only\s+)?(?:nothing|nil|zero|not\s+a\s+penny|no\s+(?:extra\s+)?(?:fee|cost|charge)"
    r"|pro\s+bono|fully\s+funded|pay\s+what\s+you\s+(?:can|want|like|wish))"
    r"(?=\s*(?:[.,;:!?)\]]|$)|\s+(?:for|to|this|until|if|when|with|per)\b)"
    r"|\b(?:money[\s-]+back\s+(?:guarantee|if)|(?:promo|promotional|discount|voucher|coupon)\s+code|quote\s+(?-i:[A-Z]+\d+))\b"
    # A code to use: 'Use voucher READER', 'voucher STALL50' (not 'the voucher SCHEME had stalled').
    r"|\b(?:(?:use|enter|apply|with)\s+(?:the\s+|a\s+)?(?:promo|voucher|coupon)\s+(?-i:[A-Z][A-Z0-9]{3,})|(?:promo|voucher|coupon)\s+(?-i:[A-Z]+\d+[A-Z0-9]*))\b"
    r"|\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+grand|a\s+grand(?![ \t]+[a-z]))\b"  # not 'a grand plan'
    r"|(?:\b\d+(?:\.\d+)?\s?(?:%|per\s?cent)\s+(?:less|reduction|cheaper)|\bless\s+\d+\s?(?:%|per\s?cent))(?=\s*(?:[.,;:!?)\]]|$)|\s+(?:for|off|this|until|to)\b)"
    r"|\b(?:is|are)\s+(?:now\s+|just\s+|only\s+)?\d++(?:\.\d++)?\s?k\b(?=\s*(?:[.,;!?)]|$)|\s+(?:for|per|a|each|this|until|to)\b)"
)
# A file holds them only if, in small letters, it holds one of these (their words parted by
# spaces, emphasis marks or no-break spaces, as the page shows them: 'for **nothing**') or
# _MORE_AMOUNTS matches it: read for them only then (tried in every block, they cost a third
# more of the price check's time). One expression, looked for at C speed: each of its readings
# starts with a letter or a mark of its own (the readings that start alike are written as one:
# 'n' for 'now … nothing', 'nil' and 'no fee'), which Python's re looks for before it tries any
# (written one after another, every reading was tried at every character: three times as long).
_GAP_SHOWN = r"(?:[\s*_]|&nbsp;|&#160;)+"
_NOTHING = rf"{_GAP_SHOWN}(?:(?:now|just|only){_GAP_SHOWN})?nothing"  # ('is nothing', 'is just nothing')
_MORE_HELD = re.compile(
    rf"f(?:or{_NOTHING}|ully{_GAP_SHOWN}funded)|is{_NOTHING}|are{_NOTHING}|:{_NOTHING}"
    rf"|n(?:ow{_NOTHING}|il\b|o{_GAP_SHOWN}(?:fee|extra|charge|cost))|p(?:ays?(?:{_NOTHING}|{_GAP_SHOWN}what)|enny|romo)"
    rf"|zero|bono|money(?:[\s*_-]|&nbsp;|&#160;)++back|voucher|discount{_GAP_SHOWN}code|c(?:oupon|ent{_GAP_SHOWN}(?:less|reduction|cheaper)|omes{_NOTHING}|osts?{_NOTHING})|quote{_GAP_SHOWN}|grand"
)
# Each reading starts at a figure, a per cent sign or a mark, which the expression looks for
# first, as one class (then which it was, looking back), for the same reason. The last is an
# amount alone after a mark, a sentence's end or a line's start: _NAMED_THEN_BARE's, and
# _BARE_ALONE's ('- Stall Review' then '- 750').
# (The spaces and marks between a mark and its amount are read from the last mark of a run, '*' or
# a line's end, which the reading after it also starts at: from each of a run of thousands of '*',
# read to the run's end, a text as the page shows it took time in the square of the run's length.)
_MORE_AMOUNTS = re.compile(
    r"(?m:[\d%:\u2013\u2014(.!?\n|*+-](?:(?<=%)\s*+(?:less|reduction|cheaper)"
    r"|(?<=[:\u2013\u2014(.!?\n|*+-])(?:[^\S\n]|_)*+\d[\d,]*(?:\.\d+)?\s?k?[\s*_]*(?:[.;!?)|]|,? ?(?:fixed|flat|each|only|per|a )|$)))"
)


# An amount after a verb or a word that says it is the price, with spaces, emphasis or a no-break
# space between ('is  750', 'is **750**', 'is&nbsp;750').
_MORE_SAID = re.compile(rf"(?:is|are|now|just|only|less){_GAP_SHOWN}\d")


def _may_price_more(lowered: str) -> bool:
    return _MORE_HELD.search(lowered) is not None or _MORE_AMOUNTS.search(lowered) is not None or _MORE_SAID.search(lowered) is not None


def _price_words(settings: Settings, more: bool = True) -> re.Pattern[str]:
    """:data:`_PRICE_WORDS` (and :data:`_MORE_PRICE_WORDS`, with ``more``: for a file that
    :func:`_may_price_more`), and 'free' just before an offer's name ('a free Stall Review',
    'a free 90-minute Stall Diagnosis'), where 'a free trial' or 'our free guide' beside one
    is no price; nor is 'feel free to book a Stall Review'."""
    names = tuple(name for offer in settings.offers for name in offer.names if name != offer.action)
    return _price_words_for(names, tuple(_by_last_word(settings)), more)


@lru_cache(maxsize=8)
def _price_words_for(names: tuple[str, ...], last_words: tuple[str, ...], more: bool) -> re.Pattern[str]:
    named = names_parted(names, r"\s+")
    # Or an offer's last word alone, as the site calls it and capitalised as it writes it ('a
    # free Diagnosis'), which _short_priced reads: not 'a free review of the code'.
    short = "|".join(map(re.escape, last_words)) or "(?!)"
    # Between them, only what says which offer ('a free 90-minute Stall Diagnosis', 'a free
    # initial Stall Review'): not 'a jargon-free', 'a free and frank' or 'free before the'.
    kind = r"(?:[\w-]*\d[\w-]*|initial|first|introductory|one-day|half-day|full|short|quick)\s+"
    # Or before words in capitals, which _offer_priced reads as an offer's name, written with a
    # slip or in part as readers read past them ('a free Stall Reveiw', 'a free StallReview',
    # 'Free Reviews'; the smuggling round of the forty-sixth session): not 'free Copilot licences'.
    capitals = r"(?P<freed>(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))"
    # Or 'free' after the offer's name and a comma, ending the sentence ('Try our Stall Review, free.',
    # 'our Stall-Review, free': the attack round of the fifty-fourth session; not 'the licences, free.'),
    # or after a dash, in brackets or in the next cell of a table's row ('Stall Review (free)', 'The
    # Stall Review – free.', '| Stall Review | Free |': the attack round of the fifty-fifth session).
    hyphened = names_parted(names, r"[\s-]+")
    # (And after a slash, an arrow or an equals sign, or as nothing at all: '/ free', '→ free', '(zero cost)',
    # '(on the house)': the review of the fifty-fifth session's change.)
    apart = r"\s*(?:[,(|/=\u2192\u2013\u2014]|\s-{1,2}(?=\s)|->)\s*"
    nothing = r"(?:free(?:\s+of\s+charge)?|no\s+(?:charge|cost|fee)|at\s+no\s+(?:charge|cost)|zero\s+cost|nil|on\s+the\s+house|gratis|complimentary)"
    return re.compile(
        rf"{_PRICE_WORDS.pattern}{'|' + _MORE_PRICE_WORDS if more else ''}|(?P<freeing>(?<![\w-])free\s+(?:{kind}){{0,2}}?(?:(?:{named}|(?-i:{short}))\b|{capitals}))"
        rf"|(?:{hyphened})s?{apart}{nothing}(?=[\s.!)]*(?:$|\|))"
        # ('The fee for the Stall Review is waived': the attack round of the fifty-fifth session; not
        # 'The fee for the pilot was waived, and the Stall Review found why'.)
        rf"|\b(?:fees?|charges?|costs?|price)\s+for\s+(?:(?:the|a|an|our|your|each|every)\s+)?(?:{named}|(?-i:{short}))s?\s+(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+waived"
        # Or the offer itself waived, or two of it for one ('The Stall Review is waived for charities', 'Two Stall
        # Reviews for the price of one this spring': the attack round of the fifty-fifth session).
        # (The offer the sentence's subject, and two for one where the sentence ends or says when: not 'The
        # need for a Stall Review is waived when…', 'two Stall Reviews for the price of one workshop'.)
        rf"|^\W*(?:(?:the|our|your|a|each|every)\s+)?(?:{named})s?\s+(?:is|are|will\s+be|has\s+been|have\s+been)\s+waived"
        rf"|\b(?:two|2|three|3)\s+(?:{named})s?\s+for\s+the\s+price\s+of\s+(?:one|1)(?=\s+(?:this|until|for|when|if|in|during)\b)"  # (at the sentence's end, _PRICE_WORDS reads it)
        # An amount with no currency that reads as money (_BARE_AMOUNT), at or for which the offer is had ('The Stall Diagnosis
        # at 3k is a bargain', 'The Stall Review for 2.5k', 'is yours for 4 grand': helper-270's round; 'The Stall Diagnosis for
        # 3,900.', 'for fifteen hundred'), or figures alone for which it is had ('The Stall Diagnosis for 750.'), not a year's
        # ('The Stall Review for 2025.'). Just after its name, and ending as a price does: not 'The Stall Review found the queue
        # stalls at 3k', 'for 3k users', 'for 3,900 staff', 'The Stall Review at 1500 was tense' (a time).
        rf"|(?:{named})s?(?:['’]s)?(?:\s*+[:,(\u2013\u2014-])?(?:\s++(?:is|are|now|yours|only|just|available|offered|booked|sold|costs?|comes|goes|sells|will\s++be|can\s++be)\b){{0,3}}+"
        rf"\s++(?:(?:at|for)\s++{_BARE_AMOUNT_SAID}(?:{_BARE_AMOUNT})|for\s++{_BARE_AMOUNT_SAID}(?!0|(?:19|20)\d\d\b)\d{{3,6}}+(?:\.\d\d)?+)\b"
        r"(?=\s*+(?:[.,;:!?)]|$)|\s++(?:is|was|for|a|an|per|each|this|until|fixed|flat|all|plus|ex|incl|excl|including|only|now|upfront|total)\b|\s*+\+)"
        # ('Stall Review price drop: 20%'; not 'we saw a price drop in GPUs', 'tracked a price cut'.)
        rf"|(?:{named})s?\s+price\s+(?:drop|cut|reduction)s?\b"
        # ('We won't charge charities for the Stall Review': the review of the change.)
        rf"|\b(?:won['’]t|will\s+not|do\s+not|don['’]t|never)\s+charge\s+(?:[\w-]+\s+){{0,3}}?for\s+(?:(?:the|a|an|our|your|their)\s+)?(?:{named})s?\b",
        re.IGNORECASE,
    )


def _price_in(words: str, price_words: re.Pattern[str], settings: Settings) -> re.Match[str] | None:
    """The first amount of money or price in ``words``: 'free' before words in capitals only
    where they name an offer, whole or by its last word (:func:`_price_words_for`)."""
    if (money := _MONEY.search(words)) is not None:
        return money
    for price in price_words.finditer(words):
        if price.group("freeing") is None or _freed_offer(words, price, settings) is not None:
            return price
    return None


def _freed_offer(words: str, price: re.Match[str], settings: Settings) -> str | None:
    """The offer that 'free' in ``words`` is said of (``price``, a match of :func:`_price_words_for`
    whose 'freeing' reading it is): the words after it name it whole, or end with its last word as the
    site writes it ('a free Stall Reveiw', 'Free Reviews'), where no word in capitals follows the
    last, as in a title ('Why Free Diagnosis Tools Fail'); not 'free Copilot licences'; or None."""
    freed = price.group("freed") or price.group("freeing")
    if (named := settings.offer_named(freed)) is not None:
        return named  # its whole name, whatever follows ('a free Stall Diagnosis Session')
    if price.group("freed") is not None and len(freed.split()) > 1:
        return None  # words in capitals that name another's ('a free Spending Review template')
    return _offer_by_word(freed.split()[-1], settings) if _FREED_ENDS.match(words, price.end()) else None


# What follows an offer named by its last word after 'free', where it is the offer ('Free Reviews
# for readers', 'a free Diagnosis today'): not a word in capitals, as in a title ('Why Free
# Diagnosis Tools Fail'), nor what else it is ('a free Review tool', 'a free Review of the prompts').
_FREED_ENDS = re.compile(r"\s*(?:[.;:!?)\]]|$)|\s+(?:for|to|this|today|now|with|until|when|if|and|or|on|is|are|worth)\b")


def _offer_by_word(word: str, settings: Settings) -> str | None:
    """The offer whose last word ``word`` is as the site writes it, or its plural ('Reviews', 'Diagnoses'), or None."""
    by_last = _by_last_word(settings)
    return by_last.get(word) or by_last.get(word.removesuffix("s")) or by_last.get(word.removesuffix("es") + "is")


# What an amount or a price in words holds, in lower case: looked for at C speed before either
# expression reads a text (most paragraphs have none).
_PRICE_HOLDS = (
    "￡", "＄", "￥", "\u5186", "\u5143", "\u5713", "&", "pound", "dollar", "sterling", "quid", "bucks", "rupee", "free", "charge", "cost nothing", "no fee", "zero cost", "nil", "without fee", "without payment", "without paying", "bogof", "buy one",
    "costs nothing", "price", "discount", "waive", "complimentary", "per cent", "percent", "%", "franc",
    "on the house", "without cost", "without a fee", "half off", "third off", "quarter off", "fifth off", "tenth off", "2-for-1", "two-for-one",
    "on us", "no cost", "pay what", "two for one", "2 for 1", "gratis", "tenner", "fiver", "grand", "hundred", "thousand", "pence", "nicker", "yen", "yuan", "bitcoin", "btc", "fee of", "stg", "z\u0142", "kron", "rand", "peso", "lira", "lire", "baht", "ringgit", "dirham", "riyal", "shekel", "forint", "rupiah", "naira", "hryvnia", "reais", "kr", "k\u010d",
)


_PENCE = re.compile(r"p(?<=\dp)\b")  # ('\dp\b', the letter first: looked for as a literal, fastest)
_EUROS = re.compile(r"euros?\b")  # ('750 euro' at a paragraph's end, or before any mark; not 'European')


def _may_price(source: Source) -> bool:
    """Whether a file may hold an amount or a price in words: looked for at C speed, before
    either expression reads its blocks."""
    plainly, more = _price_looks(source)
    return plainly or more


def _price_looks(source: Source) -> tuple[bool, bool]:
    """Whether a file may hold what :data:`_PRICE_WORDS` and :data:`_MONEY` read, and what
    :data:`_MORE_PRICE_WORDS` and the readings of an amount alone read (:func:`_may_price_more`):
    in its text as the page shows it and the expressions read it (:attr:`Source.shown`), its words
    in small letters with each run of spaces as one ('fr**ee**', '[fr](…)ee', 'per' then 'cent' on
    the next line: each was published while the look read the text as written). Read once: the
    text as written as well doubled the look's time."""
    plainly, more = _price_looks_of(source.shown, source.shown_small, source.shown_words)
    return plainly or "mailto:" in source.lowered, more  # (a mail link's subject, read from its address, which the page does not show)


def _price_looks_in(shown: str) -> tuple[bool, bool]:
    """:func:`_price_looks`, in a text as the page shows it."""
    lowered = in_small_letters(shown)
    return _price_looks_of(shown, lowered, " ".join(lowered.split()))


def _price_looks_of(shown: str, lowered: str, words: str) -> tuple[bool, bool]:
    """:func:`_price_looks_in`, given ``shown`` in small letters (``lowered``) and its words parted by one
    space each (``words``): a file's, worked out once for the checks that look in it (:attr:`Source.shown_words`)."""
    return _may_price_plainly(shown, words), _may_price_more(lowered)


def _names_an_offer(source: Source, settings: Settings) -> bool:
    """Whether a file holds the last word of an offer's name as the site writes it, as written
    or as the page shows it ('Review', 'Diagnos' of 'Diagnoses' too), or in capitals ('DIAGNOS'):
    what every reading of an amount with no currency reads beside it."""
    stems = [form for stem in map(_stem, _by_last_word(settings)) for form in (stem, stem.upper())]
    return any(stem in source.text or stem in source.shown for stem in stems)


def _may_price_plainly(text: str, lowered: str) -> bool:
    """:func:`_may_price`, for what :data:`_PRICE_WORDS` and :data:`_MONEY` read, in ``text`` (as
    it is, for signs and codes in capitals) and ``lowered`` (its words)."""
    return (
        _SIGN_HELD.search(text) is not None
        or any(word in lowered for word in _PRICE_HOLDS)
        or _PENCE.search(lowered) is not None
        or _EUROS.search(lowered) is not None
        or _CODE_HELD.search(text) is not None  # as written, in capitals: 'audit' and 'European' hold none
        or _COSTS_A_NUMBER.search(lowered) is not None
    )


_CODE_HELD = re.compile("|".join((*_CODES, "VAT", "Rs", r"R\s?\d")))  # (one expression of capitals: a third of the time of twelve looks for each)
_COSTS_A_NUMBER = re.compile(r"cost \d|costs \d|(?:at|for) (?:(?:just|only|about|around|roughly|a mere) )?\d(?:[\d.]*+ ?(?:k|thousand)\b|\d\d|\d?\d?[, ]\d{3})")  # 'costs 3000': an expression that starts with a letter, looked for fastest


_PRICE_ITEM_WORDS = 4  # '£50', 'Price: £50 a day'

# A sentence that prices what the one before names ('Consider a Stall Diagnosis. It costs
# £99.', 'It is free for charities'): its price straight after (not 'It cost the firm £2m').
_PRICED_BACK = re.compile(
    # ('Now it's £3,000', 'We charge £500 for it': the attack round of the forty-seventh session.)
    r"(?:(?:now|so|and|but|today),?\s+)?(?:(?:we|I) (?:now )?(?:charge|bill|ask(?: for)?)|it['’]s(?: now| only| just)?"
    # Or the reader asked to pay: 'Expect to pay around £500', 'You'll pay £600' (the attack round
    # of the forty-eighth session).
    r"|(?:expect|plan|budget) to pay|(?:you|you['’]ll|you will) (?:only |just )?pay"
    # Or the writer's own, done for an amount: 'I do mine for £500', "I'll do yours for £500", 'My rate
    # for it is £500' (the attack round of the fifty-seventh session; not 'They cost £2m a year', a story's).
    r"|(?:I|we)(?:(?:['’]ll|['’]d| will| can| would| could)? (?:do|run|deliver|offer|sell|provide)|(?:['’]ve| have) done)"
    r" (?:mine|ours|yours|it|them|one|these|those)(?: (?:myself|ourselves|directly|independently|privately))? for"
    r"|(?:my|our) (?:own )?(?:rate|price|fee|charge|day rate)(?: for (?:it|them|one|this|that|these|those))? is"
    r"|(?:it|this|that|both|each|the (?:price|fee|cost|charge|rate)"
    # Or what is booked, as the offer's unit: 'A session is £75', 'Each day costs £400'.
    r"|(?:a|an|one|each|every|the|your|per) (?:session|day|half-day|hour|review|diagnosis|place|seat|slot|booking|visit))"
    r"(?: now| only| just)? (?:costs?|is|comes to|runs to|will cost))(?: now| only| just| about| around| roughly)?\s",
    re.IGNORECASE,
)
# Or an amount offered outright, and what it buys: 'Just £75 for ninety minutes', 'Only £75.'
# (not 'Only £40,000 of the spend was tracked').
_PRICED_OUTRIGHT = re.compile(
    rf"(?:just|only|yours for|all for|from just|from only)\s+(?:{_MONEY.pattern})(?![\d,.]*\d)(?:\s+(?:for|per|a|an|each|with)\b|\s*[,;:\u2013\u2014-]|\W*$)"
    # Or with the writer: '£500 with me, same format' (the attack round of the fifty-seventh session).
    rf"|(?:{_MONEY.pattern})(?![\d,.]*\d)\s+(?:with|from)\s+(?:me|us)\b",
    re.IGNORECASE,
)


def _check_offer_prices(source: Source, settings: Settings, report: Report) -> None:
    """An offer named with an amount of money in one sentence, or one row of a table ('The
    Stall Review now costs £75', '| Stall Review | £75 |'): readers take the amount for the
    offer's price, which mkdocs.yml sets once and every page shows (attack round: a price
    of an author's own, 'by bank transfer to our new account', published)."""
    if not settings.offers:
        return
    plainly, more = _price_looks(source)
    # An amount with no currency is read as a price only beside an offer's name, or its last word
    # as the site writes it ('The Review sells for 900'): in a file that holds one, its blocks
    # are read for such an amount too.
    bare = more or _names_an_offer(source, settings)
    if not (plainly or bare):
        return
    price_words = _price_words(settings, more)
    row: list[str] | None = None  # the cells of the table row being read, joined when it ends
    row_line = 0
    items: list[Token | None] = []  # the first words of each list item the token is in, outermost first
    block_before: Token | None = None  # the block of text before, outside tables
    header: list[str] | None = None  # the cells of the table's first row, once read
    before_items = 0  # how many lists deep the block before is
    before, last = "", ""  # the block before's text as shown, and its last sentence
    table: list[tuple[int, str]] | None = None  # the rows of the table being read, each as its line and its cells joined
    lists: list[tuple[int, list[tuple[int, str]]]] = []  # each list being read: the report's length at its start, and its items' lines and words
    for token in source.tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            lists.append((len(report.items), []))
        elif token.type in ("bullet_list_close", "ordered_list_close") and lists:
            # Both offers priced in one list, an item each ('- Review: £600' then '- Diagnosis: £3,900': the
            # attack round of the fifty-third session), as in one table or paragraph.
            told_before, listed = lists.pop()
            _each_priced_in([text for _, text in listed], [line for line, _ in listed], told_before, settings, report)
        if token.type == "inline" and lists and items and items[-1] is None and token.map:
            if _NAME_AND_AMOUNT.fullmatch(shown := _as_shown(token)):
                lists[-1][1].append((token.map[0] + source.body_start, shown))  # an item of a name and an amount, no more
        if token.type == "list_item_open":
            items.append(None)
        elif token.type == "list_item_close" and items:
            items.pop()
        elif token.type == "inline" and items and items[-1] is None:
            items[-1] = token
        if token.type == "table_open":
            header, table, told = None, [], len(report.items)
        elif token.type == "table_close" and table is not None:
            # Both offers priced in one table, row by row ('| Review | £600 |' then '| Diagnosis | £3,900 |').
            _each_priced_in([text for _, text in table], [line for line, _ in table], told, settings, report)
            table = None
        if token.type == "tr_open":
            row, row_line = [], token.map[0] if token.map else 0
        elif token.type == "tr_close" and row is not None:
            if table is not None:
                table.append((row_line + source.body_start, " | ".join(row)))
            if not _offer_priced(" | ".join(row), row_line + source.body_start, settings, price_words, report) and header is not None:
                _row_priced(row, header, row_line + source.body_start, settings, price_words, report)
            header = row if header is None else header
            row = None
        elif token.type == "inline" and row is not None:
            row.append(_as_shown(token))  # a cell: read with its row
        elif token.type in ("fence", "code_block") and token.map and _MONEY.search(_as_read(token.content, code=True)):
            # Code is published as it is typed: a price in it reads as one ('Stall Review: £75').
            for number, code_line in enumerate(token.content.splitlines()):
                _offer_priced(_as_read(code_line, code=True), token.map[0] + source.body_start + number + (token.type == "fence"), settings, price_words, report)
        elif (
            token.type == "inline"
            and token.map
            and (
                _MONEY.search(shown := _as_shown(token))
                or price_words.search(flat := shown.replace("\n", " "))
                or (bare and (_BARE_AFTER.search(flat) or _AMOUNT_IN_WORDS.search(flat)))
            )  # most have none
        ):
            previous, told = "", len(report.items)
            for start, sentence in sentences_of(shown):
                line = token.map[0] + source.body_start + shown.count("\n", 0, start)
                if not previous and block_before is not None:
                    # The first sentence of a block is read after the last of the block before:
                    # a paragraph or heading may price what the one before names ('Consider a
                    # Stall Review.' then 'It costs £75 for ninety minutes.', published until
                    # the forty-sixth session).
                    before = _as_shown(block_before)
                    last = SENTENCE_END.split(before)[-1] or before
                    if not any(word in last for word in _by_last_word(settings)):
                        last = ""  # 'We held a stall review.' then 'It cost £3,000 in staff time': the client's

                if any(d.line == line and d.code == "offer-price" for d in report.items[told:]):
                    pass  # one a line: 'Review: £600. Diagnosis: £3,900.' is one price list
                elif _offer_priced(sentence, line, settings, price_words, report):
                    pass
                elif not previous and block_before is not None and _GOES_ON.match(sentence) and not _ENDED.search(before):
                    # A sentence that goes on from the block before, unfinished, in the next list
                    # item or quoted paragraph ('- The Stall Review' then '- costs £75'): read with
                    # that block's last sentence (the attack round of the forty-fifth session).
                    _offer_priced(sentence, line, settings, price_words, report, named_in=SENTENCE_END.split(before)[-1])
                elif (named := previous or (last if block_before is not None else "")) and (
                    back := _PRICED_BACK.match(sentence) or _PRICED_OUTRIGHT.match(sentence)
                ):
                    _offer_priced(sentence, line, settings, price_words, report, named_in=named, within=back.end())
                elif (previous or (named and (not items or _item_after_item(before_items, items, last)))) and len(sentence.split()) <= _PRICE_ITEM_WORDS:
                    # Little but an amount, after a sentence that names an offer ('Stall Review. £75.'),
                    # or a paragraph or heading of little else after one, or an item after an item of
                    # little else ('- Stall Review' then '- £75'). Not a list's item after a paragraph,
                    # which may count the costs a Stall Review finds: '- £40,000 on the pilot'.
                    _offer_priced(sentence, line, settings, price_words, report, named_in=named)
                elif (above := _item_above(items, token)) and len(shown.split()) <= _PRICE_ITEM_WORDS:
                    # Little but a price, in or under an item that names an offer: '- Stall Review', '  - £50'.
                    _offer_priced(sentence, line, settings, price_words, report, named_in=above)
                previous = sentence
            # Both offers priced in one paragraph, a sentence each ('Review: £600. Diagnosis: £3,900.').
            _each_priced_in(shown.split("\n"), [token.map[0] + source.body_start + n for n in range(shown.count("\n") + 1)], told, settings, report)
        if token.type == "inline" and row is None:
            block_before, before_items = token, len(items)
        if token.type == "inline" and token.map and "mailto:" in token.content.lower() and "?" in token.content:
            _mail_subjects_priced(token, token.map[0] + source.body_start, settings, price_words, report)


# --- an offer's price said as a deal of the author's own ------------------------------
#
# (The prices round of the fifty-sixth session: each published.) A deal on an offer with no
# amount, or its amount in another form: a share off ('The Stall Review is 20% cheaper if you
# mention this page', 'is a tenth less for members', 'is 750 minus 20 per cent'), a price by
# the reader's choice ('is pay-what-you-can this month', 'Stall Review: by donation'), a rate of
# its own ('The Diagnosis has an early-bird rate until Friday'), a discount on it ('Public-sector
# teams get a discount on the Diagnosis'), its price said to be less or open ('The Diagnosis
# price below is before our 30% public-sector discount', 'The price shown for the Diagnosis
# below is negotiable'), one offer thrown in with or taken off another ('The Review is included
# when you book the Diagnosis', 'is deducted from the Diagnosis fee'), a deal for booking it
# ('Book the Diagnosis before 31 March and save a third', 'Quote STALL20 when you book the Review
# for a better rate'), or an amount billed for it ('The Diagnosis is billed at 1,950 a day', 'For
# the Stall Diagnosis (two days), I charge 3900'). Each said of the offer, as its subject or what
# is booked, discounted or priced: the same words of another thing publish ('The Review found
# the licences were 20% cheaper in a bundle of three', 'The Review is included in the board
# pack', 'The Diagnosis was deducted from the risk register', 'The consultants billed 1,950 a day').
_SHARE = r"(?:(?<![\d.])\d+(?:\.\d+)?\s?(?:%|per\s?cent)|(?:a\s+|one[\s-]+)?(?:half|third|quarter|fifth|tenth))"
# (Not what else is at that rate: 'a special rate of success'.) (Or a rate for those the writer favours: 'mates' rates',
# 'the friends-and-family rate', 'a readers' discount': the attack round of the fifty-ninth session.)
_DEAL_RATE = (
    r"(?:early[\s-]+bird|introductory|launch|members?['’]?|special|reduced|discounted|concession(?:ary)?|public[\s-]+sector|charity|student|loyalty"
    r"|friends?[\s-]+(?:and|&|n['’]?)[\s-]+family|mates['’]?|mate['’]s|preferential|favourable|vip|insider|readers?['’]?|subscribers?['’]?)"
    r"\s+(?:rate|price|fee|discount|offer|deal)s?\b(?!\s+of\b)"
)
# (At the sentence's end, or before when, with what or for whom: not 'The Review comes at no cost to anyone but the team'.)
_AT_NO_COST = r"(?:at|for)\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge|fee)(?=\s*(?:[.,;:!?)]|$)|\s+(?:if|when|with|for|this|until|in|during)\b)"
# An amount billed, and what ends it as a price ('1,950 a day', '3900.'; not 'we ask 300 staff').
_BILLED = (
    r"(?:\d{3,}+|\d{1,3}+(?:,\d{3})++|\d++(?:\.\d++)?\s?k)(?![\w,.]*\d|\s?%)"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:a|an|per|each|for|plus|ex|excl|incl|including|fixed|flat|only|this|upfront)\b|\s*\+)"
)
# What ends a share less or cheaper, as a price's ('20% cheaper if …', 'a tenth less for members'; not 'a third less rework').
_LESS_ENDS = r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:for|if|when|this|until|than|on|with|to|in|off)\b)"
_COLLOQUIAL = r"(?:one|two|three|four|five|six|seven|eight|nine)[\s-](?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
# (Not the idiom, 'half what it says on the tin': the false-refusal round of the fifty-eighth session.)
_HALF_WHAT = r"half\s+(?:of\s+)?what\s+(?:it|the\s+[\w-]+|you['’]d|you\s+would|others|they)\s+(?:says?|shows?|costs?|lists?|asks?|charges?|pay)\b(?!\s+on\s+the\s+tin\b)"
# What an offer is, as its sentence's subject: a deal of its own.
_DEAL_SAID = (
    rf"{_SHARE}\s+(?:cheaper|less|off|lower)\b{_LESS_ENDS}"
    rf"|(?:\d[\d,.]*\s?k?\s+)?(?:minus|less)\s+{_SHARE}{_LESS_ENDS}"
    r"|cheaper\s+(?:if|when|for|in|with|this|until|by|through|as|together)\b"
    r"|pay[\s-]+what[\s-]+you[\s-]+(?:can|want|like|wish)|(?:by|on|for\s+a)\s+donation\b|donation[\s-]+based|negotiable|open\s+to\s+(?:offers|negotiation)"
    # ('The Review is on a sliding scale', 'The Diagnosis can be paid in kind', 'is at cost'.)
    r"|(?:(?:on\s+a\s+)?sliding[\s-]+scale(?!\s+of\b)|(?:paid|payable)\s+in\s+kind|at\s+cost(?:\s+price)?)(?=\s*(?:[.,;:!?)]|$)|\s+(?:for|to|if|when|this|until)\b)"
    rf"|discounted(?:{_LESS_ENDS}|\s+by\s+{_SHARE})|reduced\s+(?:to|by|for|from)\s+(?:[£$€\d]|a\s+(?:half|third|quarter|fifth|tenth))"
    rf"|thrown\s+in|included\s+(?:free|when|if|with|{_AT_NO_COST})|bundled\s+(?:in|with|free)|free\s+(?:with|when|if)\b"
    rf"|(?:with\s+it\s+)?{_AT_NO_COST}"
    rf"|(?:billed|charged|invoiced|priced)\s+at\s+{_BILLED}"
    # ('The Review is deducted from the Diagnosis fee': not 'The Diagnosis was deducted from the risk register'.)
    r"|(?:deducted|credited|offset|refunded|taken\s+off)\s+(?:from|against|off)\s+(?:(?:the|your|its)\s+)?(?:[\w'’-]+\s+){0,3}?(?:fee|price|cost|bill|invoice)s?\b"
    rf"|(?:at|for|on)\s+(?:a|an|the|our)\s+{_DEAL_RATE}"
    # ('The Stall Review — ask me for the friends-and-family rate.')
    rf"|ask\s+(?:me|us)\s+(?:for|about)\s+(?:a|an|the|our|my)\s+{_DEAL_RATE}"
    r"|(?:two|three|four|five|\d)\s+for\s+the\s+price\s+of\s+(?:one|two|three|four|\d)\b(?!\s+[a-z])"
    # A share of what it shows ('The Review is half what it says on the button', 'half what you'd pay'; not 'half what the team feared').
    rf"|{_HALF_WHAT}"
)
# A deal the writer offers in words, with no amount: a quote matched or beaten, a share taken off ('I'll match
# any quote you get for it', "We'll beat any price", "I'll take a third off": the attack round of helper-270).
# Not one told of or refused ('We knocked a third off the cycle time', 'We could not match any quote'), nor a
# share off another thing ("I'll take a third off your cycle time").
_OWN_DEAL = (
    r"\b(?-i:I|[Ww]e)(?:['’](?:ll|d)|\s++(?:will|would|can|could|always|happily|gladly|now))*+\s++"
    r"(?:(?:match|beat|better|undercut)\s++(?:any|every|your|their|a|the)\s++(?:[\w'’-]++\s++){0,2}?(?:quotes?|prices?|offers?|rates?|fees?)\b"
    rf"|(?:knock|take|shave|give\s++you)\s++(?:(?:an?\s++)?extra\s++)?{_SHARE}\s++off\b"
    r"(?!\s++(?:the|your|their|its|our)\s++(?!price|fee|bill|invoice|rate|list|usual|cost)\w))"
)


@lru_cache(maxsize=4)
def _deals_for(names: tuple[str, ...], short: tuple[str, ...]) -> re.Pattern[str]:
    """The deals of :data:`_DEAL_SAID` and the readings beside it, said of an offer by its name
    (``names``, in any letters) or by its last word as the site writes it (``short``: 'the Review')."""
    whole = names_parted(names, r"[\s-]+")
    by_last = "|".join(map(re.escape, (form for form in short if not form.isupper()))) or "(?!)"
    capitals = "|".join(map(re.escape, (form for form in short if form.isupper()))) or "(?!)"
    # By its last word after a word that says which ('the Review', 'two Reviews'), or in capitals: at a
    # sentence's start, its capital says nothing ('Diagnosis rates are 1,200 per 100,000').
    # (From a word's start: tried at each figure of a long run, '\d+' read to its end each time.)
    which = r"(?<![\w-])(?:the|our|your|this|that|a|an|each|every|any|my|their|two|three|four|five|\d+)\s+(?:(?:first|next)\s+)?"
    named = rf"(?:(?i:{whole})|(?i:{which})(?-i:{by_last})|(?-i:{capitals}))"
    # The offer as the subject ('The Review is', 'The Diagnosis price is', 'Stall Review:'), as
    # what is discounted or priced ('a discount on the Diagnosis', 'the price shown for the
    # Diagnosis'), or as what is booked ('Book the Diagnosis … and save a third'): not a longer
    # name's first word ('the Review Board').
    offer = rf"{named}(?![\w-])(?!\s+(?-i:[A-Z]))"
    its = r"(?:(?:the|a|an|your|our|any|each|every|their|this|two|three|four|five|\d+)\s+)?(?:(?:first|next)\s+)?"
    price = r"(?:price|fee|rate|cost)s?\b(?!-)"
    return re.compile(
        rf"{offer}(?:['’]s?)?(?:\s+{price})?\s+(?:is|are|comes|will\s+be|can\s+be|gets?)(?:\s+(?:now|also|only|just|currently|usually|even|then|still))*\s+(?:{_DEAL_SAID})"
        # An amount as it is spoken, or a rate in figures ('The Review is seven fifty', 'The Diagnosis rate is 1,950 per day').
        rf"|{offer}\s+(?:is|are|costs)\s+(?:now\s+|just\s+|only\s+)?{_COLLOQUIAL}(?=\s*(?:[.,;:!?)]|$)|\s+(?:or|for|a|per|each|plus|ex|fixed|flat)\b)"
        rf"|{offer}(?:['’]s?)?\s+(?:day\s+|daily\s+|hourly\s+)?(?:rate|fee|price)\s+(?:is|are)\s+(?:now\s+|just\s+|only\s+)?{_BILLED}"
        rf"|{offer}\s*[:\u2013\u2014]\s*(?:{_DEAL_SAID}|{_SHARE}\s+off\b{_LESS_ENDS}|{_COLLOQUIAL}(?=\s*(?:[.,;:!?)]|$)|\s+(?:or|for|a|per|each|plus|ex|fixed|flat)\b))"
        # ('The Diagnosis comes with a 10% loyalty discount', 'The Review has a 2-for-1 offer this month'.)
        rf"|{offer}\s+(?:has|offers|carries|comes\s+with|gets|qualifies\s+for)\s+(?:an?\s+|its\s+)?(?:{_SHARE}\s+)?"
        rf"(?:{_DEAL_RATE}|(?:[\w-]+\s+)?(?:discount|reduction)s?\b(?!\s+(?:plans?|programmes?|targets?|strateg(?:y|ies)|models?|rates?|roadmaps?|work|projects?)\b)|(?:2|two)[\s-]+for[\s-]+(?:1|one)\b)"
        # Discounted, or for less or free ('Members pay 20% less for the Diagnosis', 'get the Review at a reduced rate', 'for free').
        rf"|(?:discount|reduction|{_SHARE}(?:\s+(?:less|cheaper))?|{_DEAL_RATE})\s+(?:off|on|from|for)\s+{its}{offer}"
        rf"|\bpay(?:s|ing)?\s+(?:{_SHARE}\s+)?(?:less|nothing|half|what\s+(?:you|they|we)\s+(?:can|like|want))\s+for\s+{its}{offer}"
        rf"|{offer}\s+(?:at|for)\s+(?:(?:a|an|the|our)\s+{_DEAL_RATE}|free\b|half[\s-]+price)"
        # ('Mention STALL20 at booking for a reduced Diagnosis fee'.)
        rf"|\b(?:reduced|discounted|cheaper|lower|special|concession(?:ary)?)\s+(?:(?i:{whole})|(?-i:{by_last}|{capitals}))\s+{price}"
        # Its price, then a deal ('The Diagnosis price below is before our 30% … discount').
        rf"|(?:{offer}(?:['’]s?)?\s+{price}|{price}(?:\s+(?:shown|given|listed|quoted))?\s+(?:for|of)\s+{its}{offer})"
        r"[^.!?;]{0,40}?\b(?:is|are|will\s+be|can\s+be)\b[^.!?;]{0,60}?"
        rf"\b(?:discount|negotiable|negotiated|reduc|early[\s-]+bird|concession|knock|bundle|{_SHARE}\s+(?:off|less|lower))"
        # Booked, then a deal ('Book the Diagnosis before 31 March and save a third').
        rf"|\b(?:book|buy|order|commission|bundle|combine|add|pair)(?:s|ed|ing)?\s+{its}{offer}[^.!?;]{{0,80}}?"
        rf"(?:\bsave\s+(?:up\s+to\s+)?(?:{_SHARE}(?!\s+of\b)|[£$€]\s?\d)|\bknock\w*\s+(?:\S+\s+){{0,3}}?off\b|\bthrown\s+in\b|\bbetter\s+(?:rate|price|deal)"
        rf"|\bdiscount|{_AT_NO_COST}|\bcomes?\s+with\s+it\b|\b{_SHARE}\s+off\b|\b(?:get|gets|receive|have)\s+(?:\S+\s+){{0,4}}?free\b|\bfor\s+free\b)"
        # Or what the author charges for it, in figures: 'For the Stall Diagnosis (two days), I charge 3900'.
        rf"|{offer}[^.!?;]{{0,60}}?\b(?-i:I|[Ww]e)\s+(?:now\s+|only\s+|just\s+)?(?:charge|bill|invoice|ask(?:\s+for)?)\s+(?:just\s+|only\s+|around\s+|about\s+)?{_BILLED}"
        rf"|\b(?-i:I|[Ww]e)\s+(?:now\s+|only\s+|just\s+)?(?:charge|bill|invoice|ask)\s+(?:just\s+|only\s+|around\s+|about\s+)?{_BILLED}[^.!?;]{{0,40}}?\bfor\s+{its}{offer}"
        # Or a deal the writer offers on it in words ('The Stall Diagnosis is good value, and I'll match any quote
        # you get for it', 'For the Stall Diagnosis I'll take a third off', "I'll beat any quote for the Stall Review").
        # (The offer's name before 'I', which is no longer name's next word: 'For the Stall Diagnosis I'll take a third off'.)
        rf"|{named}(?![\w-])(?!\s+(?-i:(?!I\b)[A-Z]))[^.!?;]{{0,80}}?{_OWN_DEAL}|{_OWN_DEAL}[^.!?;]{{0,60}}?\bfor\s+{its}{offer}",
        re.IGNORECASE,
    )


def _deals(settings: Settings) -> re.Pattern[str]:
    """:func:`_deals_for` this site's offers."""
    names = tuple(dict.fromkeys(name for offer in settings.offers for name in offer.names if name != offer.action))
    short = tuple(form for last in _by_last_word(settings) for form in _forms_of(last))
    return _deals_for(names, short)


# A deal offered to the readers of this page, on whatever it is ('Readers of this page get 20% off
# with code STALL20', 'The review I offer readers of this page is £600, half the usual rate'): readers
# take it for one on this site's offers. (A code to quote, or this page's readers, with a discount or an
# amount of money in the same sentence: not 'Readers of this page will know the NAO report'.)
_READERS_OFFERED = re.compile(
    r"\b(?:readers\s+of\s+this\s+(?:page|site|pattern)|mention(?:s|ing)?\s+this\s+(?:page|site|pattern)|quot(?:e|es|ing)\s+this\s+(?:page|site|pattern)"
    r"|(?:with|use|using|enter|quote|quoting|apply)\s+(?:the\s+)?(?:(?:promo|discount|voucher|coupon)\s+)?(?:code|coupon|voucher)\s+(?-i:[A-Z][A-Z0-9]{3,})"
    r"|quot(?:e|es|ing)\s+(?-i:[A-Z]{2,}[A-Z0-9]*\d[A-Z0-9]*))\b",
    re.IGNORECASE,
)
_A_DEAL = re.compile(
    rf"(?i:{_SHARE}\s+(?:off|less|cheaper|discount)|\bdiscount|\bcheaper\b|\bhalf\s+the\s+(?:usual|normal|standard|full|list)\b|\bbetter\s+(?:rate|price|deal)|{_AT_NO_COST}"
    r"|\bfor\s+free\b|\bfree\s+of\s+charge|\bbook(?:s|ed|ing)?\b|\bcheckout\b|\bknock\w*\s+(?:\S+\s+){0,3}?off\b|\bsave\s+(?:up\s+to\s+)?(?:\d|[£$€]|a\s+(?:half|third|quarter|fifth|tenth)\b)"
    # (Or in words: 'half what it says on the button if you mention this page', 'I'll match any quote for readers of this page'.)
    rf"|\b{_HALF_WHAT}|{_OWN_DEAL})"
)
# What a text holds for :data:`_READERS_OFFERED` to read it, in small letters (:func:`in_small_letters`):
# looked for before it, once a file and once a block.
_READERS_HELD = re.compile(r"this\s+(?:page|site|pattern)|code|coupon|voucher|quot")


def _offer_in(words: str, settings: Settings) -> str | None:
    """The offer ``words`` name, whole or by the first of its last word's forms in them ('Diagnosis is billed at 1,950')."""
    if (named := settings.offer_named(words, stall_as_verb=False)) is not None:
        return named
    at = {words.find(form): name for last, name in _by_last_word(settings).items() for form in _forms_of(last) if form in words}
    return at[min(at)] if at else None


def _may_name_for_a_deal(text: str, small: str, settings: Settings) -> bool:
    """Whether ``text`` (``small``, :func:`in_small_letters`) may name an offer as :func:`_deals` reads
    it, at C speed: its last word's start as the site writes it or in capitals ('Review', 'DIAGNOS'), or
    each word of one of its names in small letters ('stall review'; not 'review the output', which
    most sentences that hold the word are: the big expression tried on each cost a fifth of a file's check)."""
    stems, names, _ = _deal_names(settings.offers)
    return any(stem in text for stem in stems) or any(all(word in small for word in words) for words in names)


@lru_cache(maxsize=4)
def _deal_names(offers: tuple[Offer, ...]) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...], bool]:
    """What :func:`_may_name_for_a_deal` looks for, worked out once, not in each sentence it reads: each
    offer's last word's start as the site writes it and in capitals, and the words of each of its names
    in small letters; and whether all of these are ASCII (in a block, each is where it is in a sentence
    of it: a letter of ASCII is the same in small letters whatever is around it)."""
    by_last: dict[str, str] = {}
    for offer in offers:
        if offer.name.split():
            by_last.setdefault(offer.name.split()[-1], offer.name)  # as _by_last_word
    stems = tuple(form for stem in map(_stem, by_last) for form in (stem, stem.upper()))
    names = tuple(tuple(name.lower().split()) for offer in offers for name in offer.names if name != offer.action)
    return stems, names, all(form.isascii() for form in stems) and all(word.isascii() for words in names for word in words)


def _check_offer_deals(source: Source, settings: Settings, report: Report) -> None:
    """A deal on an offer, or one for this page's readers, of the author's own (:func:`_deals_for`,
    :data:`_READERS_OFFERED`): one error a sentence, none on a line told of a price already."""
    if not settings.offers:
        return
    lowered = source.shown_small
    stems = tuple({_stem(last).lower() for last in _by_last_word(settings)})
    offered = any(stem in lowered for stem in stems)  # ('review', 'diagnos': most files name no offer)
    if not offered and _READERS_HELD.search(lowered) is None:
        return
    deals = _deals(settings)
    narrow = _deal_names(settings.offers)[2]
    told = {d.line for d in report.items if d.code == "offer-price"}
    for token in source.tokens:
        if token.type != "inline" or not token.map:
            continue
        shown = _as_shown(token)
        low = in_small_letters(shown)
        if not any(stem in low for stem in stems) and _READERS_HELD.search(low) is None:
            continue
        if narrow and not _may_name_for_a_deal(shown, low, settings) and _READERS_HELD.search(low) is None:
            continue  # (a sentence's own look, at the block: 'review the output' names no offer)
        for start, sentence in sentences_of(shown):
            flat = sentence.replace("\n", " ")
            small = in_small_letters(flat)
            found = deals.search(flat) if _may_name_for_a_deal(flat, small, settings) else None
            offer = _offer_in(found.group(), settings) if found is not None else None
            if found is None and _READERS_HELD.search(small) is not None and (readers_found := _READERS_OFFERED.search(flat)) is not None:
                deal = _A_DEAL.search(flat) or _MONEY.search(flat)
                found = readers_found if deal is not None else None
            if found is None:
                continue
            line = token.map[0] + source.body_start + shown.count("\n", 0, start + found.start())
            if line in told:
                continue
            told.add(line)
            quoted = f"'{clipped(' '.join(flat.split()), 80)}'"
            what = f"this site's offer, {offer}," if offer is not None else "this page's readers"
            prices = "; ".join(f"{o.name}: {o.price}" for o in settings.offers)
            report.error(
                line,
                "offer-price",
                f"{quoted} offers {what} a deal of its own ('{clipped(' '.join(found.group().split()), 60)}'): readers would take it for "
                f"the site's own terms, which the site sets once ({prices}) and shows with each offer on every page",
                "delete the deal, and say what the offer finds or gives without a price, a discount or terms: "
                "the site's offers are the same for every reader",
            )


# A list's item that is a price list's: a name and an amount, no more ('Review: £600'; not 'Diagnosis:
# £1,200 per patient', the second review of the change).
_NAME_AND_AMOUNT = re.compile(r"\W*+[\w ]{1,40}?\W*+(?:[:=\u2013\u2014|-]\s*+)?(?:from\s++)?[£$€]?\s?[\d,.]++\s?(?:k|m|GBP|USD|EUR)?\W*+")


def _each_priced_in(texts: list[str], lines: list[int], told: int, settings: Settings, report: Report) -> None:
    """Both offers priced in ``texts`` (a paragraph's lines, or a table's rows, at ``lines``) by
    their last words (:func:`_each_priced`), where none of them was told of since ``told`` items."""
    text = "\n".join(texts)
    if len(report.items) == told and (found := _each_priced_at(text, settings)) is not None:
        at, offer, amount = found
        _report_price(report, lines[text.count("\n", 0, at)], f"'{clipped(' '.join(text.split()), 80)}'", offer, amount, True, _SAY_APART, settings)


def _mail_subjects_priced(inline: Token, line: int, settings: Settings, price_words: re.Pattern[str], report: Report) -> None:
    """An e-mail link's subject that prices an offer ('mailto:hello@…?subject=Free%20Stall%20Review'):
    the reader's message would quote the price, to this site's own address as to any other
    (the smuggling round of the forty-sixth session found it published)."""
    site = settings.contact.email.lower()
    for child in inline.children or []:
        href = str(child.attrGet("href") or "") if child.type == "link_open" else ""
        # (To any other address, a subject that names an offer is told already: disguises.offers_elsewhere.)
        if href[:7].lower() == "mailto:" and site and all(recipient.lower() == site for recipient in mail_recipients(href)):
            for subject in map(_as_read, mail_subjects(href)):
                # (Read as the text is: 'Stall Review: 750', 'Free Reviews', 'The Review is 750'.)
                if (priced := _priced(subject, settings, price_words)) is not None:
                    offer, _, shown, amount = priced
                    hint = "write the subject without a price, or link to the address alone: the offer's price is the site's to say"
                    at = inline.content.lower().find(href[:20].lower())  # the link's line, in a paragraph of several
                    _report_price(report, line + inline.content.count("\n", 0, max(at, 0)), f"the e-mail link's subject '{clipped(subject, 80)}'", offer, shown, amount, hint, settings)
                    return


def _row_priced(row: list[str], header: list[str], line: int, settings: Settings, price_words: re.Pattern[str], report: Report) -> None:
    """A price in a table's row for an offer its column's heading names ('| Stall Review |' over
    '| £75 |'; the smuggling round of the forty-sixth session found it published). Not a row
    that names an offer's last word alone ('| Review | £2,000 |'), as a table of costs may."""
    for cell, heading in zip(row, header):
        # (Headed by the offer as the site writes it: 'Before the stall review' heads the client's figures.)
        if any(word in heading for word in _by_last_word(settings)) and (named := settings.offer_named(heading)) is not None and _price_in(cell, price_words, settings) is not None:
            _offer_priced(cell, line, settings, price_words, report, named_in=named)
            return


def _item_after_item(before_items: int, items: list[Token | None], before: str) -> bool:
    """Whether a list's item comes after an item of the same list, or one it is in, whose words
    are little else than an offer's name ('- Stall Review' then '- £75')."""
    return 0 < before_items and len(items) <= before_items and len(before.split()) <= _PRICE_ITEM_WORDS


# A sentence that goes on from one before it to say its price: it starts with a verb or word of
# price in small letters ('costs £75', 'only £75'), after a block whose text does not end as a
# sentence does (not '- the pilot, which cost £2m', an item of a list).
_GOES_ON = re.compile(r"\s*(?:costs?|is|are|was|were|comes\s+to|runs\s+to|will\s+cost|priced|for|at|only|just|now|from)\b")
_ENDED = re.compile(r"[.!?…][\"'’”)\]]*\s*\Z")


# The front matter's texts a reader sees as the pattern's own words, on its page, cards and feeds.
_SHOWN_NAMES = ("title", "summary", "signs", "also_known_as")


def _check_names_priced(values: dict[str, object], lines: dict[str, int], settings: Settings, report: Report) -> None:
    """An offer named by its last word alone and priced in the front matter's text ('title: The
    Diagnosis now costs £99'): shown on every card and in every feed, as the body's would be
    on its page (the front matter's check names an offer named whole; the attack round of the
    forty-fifth session found this published)."""
    texts = [(name, index, text) for name in _SHOWN_NAMES for index, text in enumerate(_listed(values.get(name))) if isinstance(text, str)]
    if not any(word in text for _, _, text in texts for word in _by_last_word(settings)):
        return  # most front matter names no offer's last word
    price_words = _price_words(settings)
    for name, index, text in texts:
        if (priced := _short_priced(_as_read(text), settings, price_words)) is not None:
            offer, _, shown, amount = priced
            where = f"'{clipped(text, 60)}' in '{name}'" if isinstance(values.get(name), (list, tuple)) else f"'{name}'"
            _report_price(
                report,
                lines.get(f"{name}[{index}]", lines.get(name, 1)),
                where,
                offer,
                shown,
                amount,
                f"say what the stall is, without the offer or a price: every pattern's page offers the {offer} by itself",
                settings,
            )


def _listed(value: object) -> list[object]:
    """A front matter value's items: a list's, or the value alone."""
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _item_above(items: list[Token | None], inline: Token) -> str:
    """The first words of the list item that ``inline`` is in, or under if they are its own
    ('' for none): what a price there is the price of."""
    above = items[-1] if items and inline is not items[-1] else items[-2] if len(items) > 1 else None
    return _as_read(above.content) if above is not None else ""


def _as_shown(inline: Token) -> str:
    """A block's text as the page shows it (:func:`body.shown_text`), its character references
    read already: 'Sta<!-- -->ll Review' and 'Stall **Review**' name the offer."""
    return _as_read(body.shown_of(inline) if inline.children is not None else inline.content, code=inline.children is not None)


def _as_read(content: str, code: bool = False) -> str:
    """A line's Markdown as the reader sees it, which the price check reads: its character
    references as what they stand for ('&#163;' is '£', 'Stall&nbsp;Review' two words; not in
    code, which shows them as typed), and each character that is another's form as that one
    ('£⁹⁹' and '￡99' are '£99')."""
    if "&" in content and not code:
        content = html_module.unescape(content)
    return plain_forms(content)


@lru_cache(maxsize=4)
def _short_named_for(last_words: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    # As written, in its plural or in capitals ('Diagnoses', 'DIAGNOSIS: £2,000', 'Two Diagnoses for
    # £5,000': the attack round of the fifty-sixth session published each).
    names = "|".join(map(re.escape, dict.fromkeys(form for last, _ in last_words for form in _forms_of(last))))
    before = "|".join(sorted({re.escape(word) for _, words in last_words for word in words}))
    return re.compile(
        # A word that says which one, or words of the offer's own name, before its last word as it
        # writes it ('the Diagnosis', 'An AI Rollout Diagnosis'; not 'the review', nor 'the
        # Independent Review', another's): then 'free' before it, or its price said after it, in
        # the present ('costs', 'is', 'will cost', 'starts at', or a mark: 'The Diagnosis: £99'),
        # not what a review in a story cost ('The Review cost £1.2m', 'was £300k over budget').
        # Or nothing before it, where the words or a sentence start: 'Review: £600', 'Reviews are £75 this
        # month' (the attack round of the fifty-third session, helper-244: each published).
        rf"(?<![\w-])(?:(?i:the|a|an|this|that|these|those|your|our|my|each|every|any|one)\s+(?:(?P<free>free)\s+|(?:{before})\s+)*|(?:{before})\s+|(?P<alone>(?<![^\n])[*_>#+ \t-]*|(?<=[.!?] ))(?P<count>(?i:two|three|four|five|2|3|4|5)\s+)?)"
        # Its fee, price or cost, its own ('The Review fee is £50', 'The Review's costs are £50', 'the
        # Reviews' fee': helper-240); not 'costs' after the name, the verb.
        rf"(?P<name>{names})(?:(?:['’]s|s?['’])(?![\w-])(?:\s+(?i:fees?|prices?|costs?|charges?)\b)?|(?:s|es)?(?![\w-])(?:\s+(?i:fees?|prices?|cost|charges?)\b)?)"
        r"(?P<said>\s*[:(\u2013\u2014|]|,)?"  # ('|': a table's row, '| the Review | £500 |')
        r"(?:\s+(?:now|only|just|still|currently|usually|normally|typically|also)){0,2}"
        # (Or 'runs', 'goes for', compared with another's, and 'for' after a count at the words' start:
        # 'The Diagnosis runs £3,900', 'The Review goes for £450', 'The Diagnosis, versus £3,900
        # elsewhere', 'Two Diagnoses for £5,000': the attack round of the fifty-sixth session.)
        r"(?P<verb>\s+(?:(?:is\s+|are\s+)?priced\s+at|costs|is|are|comes\s+to|runs\s+to|runs|goes\s+for|versus|vs\.?|compared\s+(?:with|to)"
        r"|will\s+(?:now\s+)?cost|sells\s+(?:for|at)|starts?\s+(?:at|from)|has\s+been\s+cut\s+to|(?(count)for|(?!))))?"
        r"(?:\s+(?:now|only|just|still|about|around|roughly|from|a\s+mere)){0,2}\s*"
    )


# An offer compared with an amount ('The Diagnosis, versus £3,900 elsewhere'): its price only where the
# amount is what others ask, which says the offer's own is another (not 'versus £4m for the audit').
_COMPARED = re.compile(r"\s+(?:versus|vs\.?|compared\s+(?:with|to))")
_ELSEWHERE = re.compile(r"(?i)\s+(?:elsewhere|(?:at|from|with|by)\s+(?:other|rival|most|typical|comparable)\b)")
_ITS_FEE = re.compile(r"(?i)\b(?:fees?|prices?|costs?|charges?)\b")
# What ends an offer's price said at a sentence's start: the sentence's end, or an offer's words
# ('this month', 'now', 'only', '+ VAT'); not a unit ('each', 'per patient', 'an hour').
_OFFERED_ENDS = re.compile(r"(?i)\)?\s*+(?:[.;!?]|$|(?:this|today|now|only|until|fixed|flat|all\s+in|\+|plus|ex|excl|incl|including)\b)")


# What follows a price said to be an offer's own: the sentence's end or a mark, or words that
# say what it buys or when ('£50 this month', '£99 a session'), not what else ('£300k over budget').
_PRICE_ENDS = re.compile(r"\)?\s*(?:[.,;:!?\]|]|$)|\)?\s+(?:a|an|per|each|for|plus|ex|excl|incl|including|only|now|this|that|until|today|fixed|flat|all)\b")
# And after an amount of money, its terms or what it was or is instead ('£600 in total', '£600 + VAT',
# '£3,900 instead of £4,500', '£3,900 (save £600)', '£3,900 ~~£4,500~~', '£600 net', '£3,900 from April':
# the attack round of the fifty-fifth session). Not after a count ('The Review is 150 with the
# appendices'), nor what else it was ('£300k (about a tenth of the budget)', '£40k/month was going
# on unused seats', '£300k from a budget of £3m': the review of the change).
_MONEY_ENDS = re.compile(
    _PRICE_ENDS.pattern + r"|\s*(?:[+~£$€]|\(\s*(?:save|was|were|down|reduced|normally|usually|rrp|saving)\b)"
    r"|\s+(?:in\s+total|total|net|gross|inclusive|excluding|instead|rather\s+than|not|down\s+from|reduced\s+from|save|saving|vat"
    r"|from\s+(?:(?:next|this)\s+|the\s+(?:\d+(?:st|nd|rd|th)\s+of\s+)?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|friday|week|month|year|\d)[a-z\d]*"
    # (Or when it is paid, or what it is beside: '£450 upfront', '£3,900 elsewhere': the attack round of the fifty-sixth session.)
    r"|before|after|when|if|up\s*front|in\s+advance|payable|elsewhere)\b",
    re.IGNORECASE,
)


# An amount with no currency, said to be an offer's price by a verb or a mark ('The Diagnosis
# is now 2k', 'The Diagnosis costs 2,000'): read as money where _PRICE_ENDS follows it.
# Not a year ('the Review, 2019'), nor a share ('100 per cent').
_BARE_PRICE = re.compile(r"(?!(?:19|20)\d\d\b)(?:\d++(?:\.\d++)?\s?k|\d{1,3}+(?:,\d{3})++|\d{3,}+)(?!\w|[,.]\d|\s?(?:%|per\s?cent|percent)\b)")


_A_WORD = re.compile(r"\w")


def _by_last_word(settings: Settings) -> dict[str, str]:
    """Each offer's name by its last word, as the offer writes it ('Diagnosis': 'AI Rollout Stall Diagnosis')."""
    named: dict[str, str] = {}
    for offer in settings.offers:
        if offer.name.split():
            named.setdefault(offer.name.split()[-1], offer.name)  # the first offer, where two end alike
    return named


def _forms_of(last: str) -> tuple[str, ...]:
    """An offer's last word as prose writes it: as the site does and in its plural, then both in
    capitals ('Diagnosis', 'Diagnoses', 'DIAGNOSIS', 'DIAGNOSES')."""
    plural = last[:-2] + "es" if last.endswith("is") else last + "s"
    return last, plural, last.upper(), plural.upper()


def _stem(last: str) -> str:
    """What an offer's last word and its plural both hold ('Review', 'Diagnos' of 'Diagnoses')."""
    return last.removesuffix("is")


def _short_named(settings: Settings) -> re.Pattern[str]:
    """An offer named by the last word of its name alone, as the site's pages call it ('the
    Diagnosis', 'the Review'), capitalised as the offer writes it, with what may come between
    it and a price said to be its own; ``free``, where 'free' comes before it."""
    return _short_named_for(tuple((last, tuple(w for w in name.split()[:-1] if w[:1].isupper())) for last, name in _by_last_word(settings).items()))


# An amount with no currency is an offer's price only where a verb or a mark says that it is
# ('The Review is 750', 'The Review costs 2,000', 'The Diagnosis: 2,500'), not where it counts
# what the Review holds or how many there are ('The Review runs to 140', 'has been cut to 600',
# 'comes to 1,100 a month', 'The Reviews, 140 a year', 'The Review, 340', a page) nor tells when
# it starts ('The Review starts at 0930'): the false-refusal round of the fiftieth session
# (helper-232), once a block that names an offer is read for such amounts.
_COUNTED_BY = re.compile(r"\s*(?:runs(?:\s+to)?|comes\s+to)|\s*has\s+been\s+cut\s+to")  # ('The Review runs 140.', pages)
_PERIOD_WORDS = r"\s++(?:(?:a|an|per|each|every|this|that|last|next|for\s++(?:the|this|that|each|every))\s++(?:{})|{})\b"
# What counts how many in a year ('300 a year', '150 this year'), not what a day costs ('750 a day',
# the review of the session's change: a price as often as not); after Reviews in the plural, any
# period counts them ('The Reviews are 200 a month').
_A_YEARS_COUNT = re.compile(_PERIOD_WORDS.format("year|quarter|term", "annually"), re.IGNORECASE)
_A_PERIOD_AFTER = re.compile(_PERIOD_WORDS.format("year|month|week|fortnight|quarter|day|shift|term", "annually|monthly|weekly|daily"), re.IGNORECASE)
# (Possessive: two runs of spaces about an optional comma, tried at every split of a long run, took
# 17 CPU s for a line of 24,000 spaces: the review of the session's change.)
_SOLD_AFTER = re.compile(
    rf"(?:{_A_PERIOD_AFTER.pattern})?+\s*+,?+\s*+(?:(?:\+|plus|ex|excl|exc|inc|incl|including|excluding)\.?\s{{0,3}}+(?:VAT\b|\Z)|(?:fixed|flat)\b)",  # ('incl.' ends a sentence)
    re.IGNORECASE,
)
_A_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")  # '0930', '1400': a time of day on the 24-hour clock
_STARTS_AT = re.compile(r"\bstarts\s++at\s*+\Z")
_THEN_WHERE = re.compile(r",\s*\w")


def _said_as_its_price(short: re.Match[str], amount: re.Match[str], words: str, plural: bool) -> bool:
    """Whether an amount with no currency, at ``amount`` in ``words`` after an offer called by its
    last word (``short``, :func:`_short_named`), is said to be its price."""
    verb, said = short.group("verb") or "", short.group("said") or ""
    if _SOLD_AFTER.match(words, amount.end()):
        return True  # 'The Diagnosis comes to 5400 incl. VAT', '300 a year plus VAT'
    plural = plural or words[short.end("name") : short.end()].startswith(("s", "es"))  # 'The Reviews are 200 a month'
    if _COUNTED_BY.match(verb) or (said == "," and not verb) or (_A_PERIOD_AFTER if plural else _A_YEARS_COUNT).match(words, amount.end()):
        return False
    # A time of day after 'starts at', or after a mark and before a place ('The Review: 1400, boardroom');
    # not after a price's verb ('is priced at 1500', 'costs 1500, paid upfront').
    return not (_A_TIME.fullmatch(amount.group()) and (_STARTS_AT.search(short.group()) or (not verb and _THEN_WHERE.match(words, amount.end()))))


def _short_priced(words: str, settings: Settings, price_words: re.Pattern[str], first: bool = False) -> tuple[str, int, str, bool] | None:
    """The offer ``words`` name by the last word of its name alone (:func:`_short_named`) and
    price, where the price is, the price as written, and whether it is an amount; or None.
    ``first``: only where the name starts the words, as the sentence's subject ('The Review is
    750.'; not 'Responses to the Review are now 1,200', a count)."""
    by_last = _by_last_word(settings)
    if not any(_stem(last) in words or _stem(last).upper() in words for last in by_last):
        return None
    # (Each form of each offer's last word: its offer, and whether it is the plural.)
    by_form = {form: (name, at % 2 == 1) for last, name in by_last.items() for at, form in enumerate(_forms_of(last))}
    for short in _short_named(settings).finditer(words):
        if first and _A_WORD.search(words, 0, short.start()):
            return None
        offer, plural = by_form[short.group("name")]
        alone = short.group("alone") is not None
        capitals = short.group("name").isupper() and (short.group("said") or "").strip() in (":", "\u2013", "\u2014")  # (not a table's row, '| REVIEW | £12,000 |')
        if alone and not (short.group("verb") or _ITS_FEE.search(words, short.end("name"), short.end()) or capitals):
            # At a sentence's start, its capital says nothing: a list or a table of costs or counts may
            # name a review ('- Review: £12,000' under '- Discovery: £40,000', '| Review | £2,000 |',
            # 'Review: 640.'); only a verb or its fee says the amount is its price ('Reviews are now £750'),
            # or the name in capitals, as an advertisement's label ('DIAGNOSIS: £2,000': the attack round
            # of the fifty-sixth session).
            continue
        # (Said to be its price by a verb or a mark: 'The Diagnosis cost nothing' tells of one.)
        said = short.group("verb") is not None or short.group("said") is not None
        at = short.end()
        priced = (_MONEY.match(words, at) or price_words.match(words, at) or _BARE_PRICE.match(words, at) or _AMOUNT_IN_WORDS.match(words, at)) if said else None
        if priced is not None and priced.re in (_BARE_PRICE, _AMOUNT_IN_WORDS) and not _said_as_its_price(short, priced, words, plural):
            priced = None  # 'The Review runs to 140', 'The Review starts at 0930', 'The Reviews are 300 a year'
        if priced is not None and alone and (priced.re is not _MONEY or not _OFFERED_ENDS.match(words, priced.end())):
            # 'Reviews are free for NHS staff on the e-learning platform', 'Reviews are £300 each when done
            # by hand', 'Diagnosis costs £120 per patient': another's cost (the second review of the change).
            priced = None
        if priced is not None and _COMPARED.fullmatch(short.group("verb") or "") and not _ELSEWHERE.match(words, priced.end()):
            priced = None  # 'The Review, versus £4m for the audit, was cheap': the other's amount, not a price of the offer's
        if priced is not None and priced.re is price_words and priced.group("freeing") and _freed_offer(words, priced, settings) is None:
            priced = None  # 'The Review, free Copilot licences and £2m of training all landed in March'
        if priced is not None and (priced.re is price_words or (_MONEY_ENDS if priced.re is _MONEY else _PRICE_ENDS).match(words, priced.end())):
            return offer, priced.start(), priced.group(), priced.re is not price_words
        if short.group("free") is not None:
            return offer, short.start("free"), short.group("free"), False
    return None


def _offer_priced(
    words: str, line: int, settings: Settings, price_words: re.Pattern[str], report: Report, named_in: str | None = None, within: int | None = None
) -> bool:
    """Whether ``words`` price an offer they name, or that ``named_in`` names (the sentence
    before), with the price starting ``within`` characters: reported if so. ``price_words``:
    :func:`_price_words`, made once for the file."""
    # Read as the page shows it, a line's end as a space ('The Stall Review is' then 'free.': the
    # attack round of the fifty-fourth session), one character for one, so that ``at`` stays where it is.
    if (priced := _priced(words.replace("\n", " "), settings, price_words, named_in, within)) is None:
        return False
    offer, at, shown, amount = priced
    quoted = f"{named_in} {words}" if named_in else words
    _report_price(
        report,
        line + words.count("\n", 0, at),
        f"'{clipped(' '.join(quoted.split()), 80)}'",
        offer,
        shown,
        amount,
        _SAY_APART if amount else _LEAVE_THE_PRICE,
        settings,
    )
    return True


def _priced(
    words: str, settings: Settings, price_words: re.Pattern[str], named_in: str | None = None, within: int | None = None
) -> tuple[str, int, str, bool] | None:
    """The offer that ``words`` price, where the price is in them, the price as written, and
    whether it is an amount; or None (:func:`_offer_priced`; an e-mail link's subject is read so too)."""
    money = _price_in(words, price_words, settings)
    if money is None and named_in is None:
        # 'The Stall Review: 750.', 'Stall Review – 4,500, fixed', '| Stall Review | 500 |' (a price list's row).
        for reading in (_NAMED_THEN_BARE.match, _NAMED_CELL_THEN_BARE.fullmatch):
            if (
                (bare := reading(words)) is not None
                and _offer_by_word(bare.group("name").split()[-1], settings) is not None  # 'Stall reviews completed: 14' is a count
                and (offer := settings.offer_named(bare.group("name"))) is not None
            ):
                return offer, bare.start("amount"), bare.group("amount"), True
        # 'The Review is 750.': an amount alone said to be the price of an offer called by its
        # last word (the differential run of the forty-sixth session found it published).
        short = _short_priced(words, settings, price_words, first=True)
        return short if short is not None and short[3] else None
    if money is None and named_in is not None and within is None and not _ABBREVIATED.search(named_in) and (alone := _BARE_ALONE.fullmatch(words)) is not None:
        money = alone  # '- Stall Review' then '- 750': an amount alone after the offer's name
    if money is None or (within is not None and money.start() > within):
        return None
    at, shown, amount = (money.start("amount"), money.group("amount"), True) if money.re is _BARE_ALONE else (money.start(), money.group(), money.re is _MONEY)
    if (offer := settings.offer_named(named_in or words, stall_as_verb=False) or settings.offer_owned(named_in or words)) is not None:
        return offer, at, shown, amount
    # Or by the last word of its name alone, as the site's own pages call it ('The Diagnosis
    # now costs £99', 'a free Diagnosis'), where the amount is said to be its price.
    if named_in is None and (short := _short_priced(words, settings, price_words)) is not None:
        return short
    said = f"{named_in} {words}" if named_in else words
    if money.re is _MONEY and named_in is None and (offer := _labelled_with_its_length(words, settings) or _each_priced(words, settings)) is not None and not _NOT_ITS_PRICE.search(words):
        return offer, at, shown, amount  # '- **Review:** 90 minutes, £600', '| Review | 90 min | £600 |', 'Review – £600; Diagnosis – £3,900'
    if (
        money.re is _MONEY
        # (Or said as its price in the next sentence, 'It costs £600.' after 'The Review is the smaller step.')
        and ((sold := bool(_SOLD_AS.search(said) or (within is not None and not _PAST_COST.search(words, 0, within)) or (_PRICE_SAID.search(said) and _THE_READER.search(said)))) or _LENGTH_HELD.search(said))
        and not _TOLD_OF_THEN.search(said)
        and not _NOT_ITS_PRICE.search(said)
        and (offer := settings.offer_or_its_last_word(named_in or words)) is not None
        and (sold or _its_length(offer, settings).search(said))  # (or at its own length: 'The Review (90 minutes, £600)')
    ):
        # An amount of money in a sentence that calls an offer so, with a word that says which,
        # and words that say what someone pays ('We ask £600 for the Review', 'For £600 you get
        # the Review', 'the Diagnosis is charged at a day rate of £950': the attack round of the
        # forty-eighth session); not a review of a year's, told of ('The Review, published in
        # 2019, cost £1.2m', 'The Review's budget: £0').
        return offer, at, shown, amount
    if money.re is price_words and money.group("freeing") and (freed := _freed_offer(words, money, settings)):
        return freed, at, shown, amount  # 'Free Reviews for readers', 'Free Diagnosis sessions'
    return None


# An amount, then the sentence's end or what it buys or when ('£600.', '£950 a day', '£450 and'):
# not what it is of ('£250k of slides', '£40m was the largest item').
_SAID_AMOUNT = r"[£$€]\s?\d[\d,.]*(?:\s?(?:k|m|bn))?(?=\s*(?:[.,;:!?)]|$)|\s+(?:a|an|per|each|and|for|fixed|flat|all|ex|plus|including|excluding)\b)"
# Words that say an amount is what someone pays, or asks, for a thing (with _priced's offer called
# by its last word). By themselves, words of how it is sold: a day rate, what it is per ('per
# consultant day', '/day'), how it is billed or paid for ('is charged at', 'payments of', 'a purchase
# order', 'Expect to pay'), or asked after ('How much is the Review?').
_SOLD_AS = re.compile(
    r"(?i:\b(?:day|hourly|daily)\s+rate|\blist\s+price|\bsets?\s+you\s+back"
    r"|\bper\s+(?:consultant|session|head|participant)\b|/(?:day|hr|hour|session)\b|\bpaid\s+(?:monthly|quarterly|in\s+instalments|up\s*front)"
    r"|\bpayments?\s+of\b|\binstal?ments?\b|\bpurchase\s+order|\bPO\b|\b(?:expect|plan)\s+to\s+pay|\bhow\s+much\b|\bwhat\s+(?:does|will)\s+(?:\w+\s+){1,4}cost\b"
    r"|\b(?:gets|buys)\s+you\b"
    # Or its price, as its own ('The Review's price is £600': the attack round of the forty-eighth session).
    # (Not 'the Review's price tag of £2m' nor 'the Review's price of carbon', what it cost or put a price on.)
    # (Nor one that another sets: 'the Review's price is set by the framework contract', helper-229.)
    # Or 'its' fee or charge after a sentence that names it ('Book the Review. Its fee is £50': the
    # attack round of the fifty-second session, helper-240); another's fee in a sentence that names
    # the Review is another's ('the supplier's fee is £90,000'): an offer's own is read by _short_named_for.
    r"|(?:[’']s\s+(?:list\s+|usual\s+|full\s+)?price|\bits\s+(?:list\s+|usual\s+|full\s+)?(?:price|fee|charge|cost)s?)\b"
    r"(?!\s+(?:tag|of\s+(?![£$€\d])|(?:is|was)\s+set\b)))"
)
# Or words of price with the reader or the site in the sentence ('We ask £600 for the Review', 'For
# £600 you get the Review', "We offer the Review; it's £600"): a price, a fee, what it costs or is,
# a discount, tax. Without them, such words tell of another's review or a clinician's diagnosis
# ('NHS teams pay £300 for…', 'Under the tariff, the Diagnosis is £95': the false-refusal round of
# the forty-eighth session).
_PRICE_SAID = re.compile(
    # (Who asks, or is asked to pay: 'We pay £1,100 for the Review every year' is a client's.)
    r"(?i:\b(?:we|I)\s+(?:\w+\s+){0,2}?(?:ask|charge|bill|invoice|quote)\b|\byou\s+(?:\w+\s+){0,2}?(?:pay|get)\b|\b(?:is|are)\s+(?:charged|billed|invoiced)\s+at\b"
    r"|\b(?:usual\s+|full\s+|old\s+|new\s+)?prices?\b|\bpriced\b|\bpricing\b|\bfees?\b|\ban?\s+(?:day|hour|session)\b|\bper\s+(?:day|hour|person|seat)\b"
    r"|\bdiscount|\b\d+\s+off\b|\boff\s+(?:until|till|for|this)\b|\bsave\b|\bbudget\s+(?:for\s+)?[£$€\d]|\bset\s+aside|\bincluded\b|\bVAT\b"
    r"|(?<!\bcalled\s)(?<!\basked\s)(?<!\bbid\s)(?<!\bargued\s)(?<!\bpressed\s)(?<!\ballowed\s)(?<!\baccounted\s)\bfor\s+(?:just\s+|only\s+)?[£$€]\s?\d[\d,.]*(?:\s?(?:k|m|bn))?"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:a|an|per|each|and|you|with|plus|ex|inc|incl|including|excluding|only|all)\b)"
    r"|\binvoice[ds]?\b|\bbuys?\b"
    rf"|\b(?:costs|will\s+cost)\s+(?:you\s+|your\s+\w+\s+)?(?:about\s+|around\s+|roughly\s+|just\s+|only\s+)?{_SAID_AMOUNT}"
    rf"|\b(?:is|are|it[’']s|it\s+is)\s+(?:now\s+|just\s+|only\s+|about\s+|around\s+|roughly\s+)?{_SAID_AMOUNT}|\bis\s+a\s+[£$€]\s?\d[\d,.]*\s+line"
    rf"|\bat\s+{_SAID_AMOUNT}|\b(?:cheaper|dearer|every\s+penny)\b)"
    r"|[£$€]\s?\d[\d,.]*\s?(?:k\b)?\s+[A-Z]"  # an amount before a capitalised name, as a price before the offer's: 'a £500 Review'
)
# How long an offer takes, as its settings say ('90 minutes', 'One to two days'), read as prose
# writes it ('90-minute', 'ninety minutes', '1.5 hours', 'an hour and a half', '1h30', "90'", '1-2
# days', 'a day or two', 'up to two days'): with an amount and the offer called by its last word,
# what the site sells, at its own length ('The Review (90 minutes, £600)', '- **Review:** 90
# minutes, £600', '| Review | 90 min | £600 |': the attack rounds of the forty-eighth session),
# where a government's review or a clinician's diagnosis takes no such time.
_FIGURE_WORDS = dict(
    zip(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(),
        range(1, 21),
    )
) | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS = {"minute": r"min(?:ute)?s?", "hour": r"h(?:ou)?rs?", "day": r"days?", "week": r"weeks?"}
# What every reading holds ('90min', '1-2days', '1 h30', 'one to two d' too): looked for first.
_LENGTH_HELD = re.compile(rf"(?i)min|h(?:ou)?rs?|day|week|\d\s?h|(?:\d|{'|'.join(_FIGURE_WORDS)})[\s-]*+[mdw]\b|\d+['’]|\d(?:\.5|½)")


def _its_length(offer: str, settings: Settings) -> re.Pattern[str]:
    """The duration of ``offer`` (its name) as prose writes it (:func:`_length_read`); one that never matches where it has none."""
    duration = next((o.duration for o in settings.offers if o.name == offer), "")
    return _length_read(duration)


def _said(number: int) -> str:
    """A number as prose writes it: in figures or in words ('90', 'ninety'; 'a' or 'an' for one)."""
    words = [word for word, value in _FIGURE_WORDS.items() if value == number] + (["an?"] if number == 1 else [])
    return "(?:" + "|".join([str(number), *words]) + ")"


@lru_cache(maxsize=8)
def _length_read(duration: str) -> re.Pattern[str]:
    words = re.findall(r"\w+", duration.lower())
    numbers = [int(word) if word.isdigit() else _FIGURE_WORDS[word] for word in words if word.isdigit() or word in _FIGURE_WORDS]
    unit = next((unit for word in words for unit in _UNITS if word.rstrip("s") == unit or word == unit + "s"), None)
    if not numbers or unit is None:
        return re.compile("(?!)")
    gap, units = r"[\s-]*+", _UNITS[unit]  # (possessive, as each gap below: helper-227)
    if len(numbers) == 1:
        number = numbers[0]
        forms = [rf"{_said(number)}{gap}{units}"]
        if unit == "minute":
            forms.append(rf"{number}(?:['’]|m\b)")
            if number % 30 == 0 and number >= 60:
                hours, half = divmod(number, 60)
                if half:
                    forms += [rf"{hours}(?:\.5|½){gap}h(?:ou)?rs?", rf"{_said(hours)}\s+and\s+a\s+half\s+hours?", rf"{_said(hours)}\s+hours?\s+and\s+a\s+half", rf"{hours}\s?h(?:rs?)?\s?30(?:\s?m(?:in(?:ute)?s?)?)?"]
                else:
                    forms.append(rf"{_said(hours)}{gap}h(?:ou)?rs?")
    else:
        low, high = numbers[0], numbers[-1]
        forms = [
            rf"{_said(low)}\s*+(?:to|or|-|\u2013|/)\s*+{_said(high)}{gap}(?:{units}|{unit[0]}\b)",
            rf"up\s+to\s+{_said(high)}{gap}{units}",
            rf"{_said(low)}\s+{unit}\s+or\s+{_said(high)}",
        ]
    length = "(?:" + "|".join(forms) + ")"
    # Beside an amount, with no more between them than marks or a word that joins them ('90 minutes,
    # £600', '£600 for 90 minutes', '| 90 min | £600'); not '90-minute workshop, £600 catering' nor
    # 'a day or two of clinical tests, costing the trust £400' (helper-229).
    amount = r"[£$€]\s?\d[\d,]*+(?:\.\d+)?\s?k?"
    between = r"(?:[\s,;:|()\u2013\u2014-]|\b(?:at|for|costs?|is|from)\b)*+"
    return re.compile(rf"(?i)(?<![\w.£$€]){length}{between}{amount}|{amount}{between}(?<![\w.£$€]){length}")  # (not '£90m', an amount)


# An offer called by its last word as a label, at the start of an item, a row or a line, and
# its own length after it: a price list's line.
_LABEL_FIRST = re.compile(r"[\W_]*+(?P<last>[A-Z][\w-]*+)[*_]*+\s*+(?::|\||(?<=\s)[\u2013\u2014-])")  # (possessive: read once, helper-227)


def _each_priced(words: str, settings: Settings) -> str | None:
    """The first of the site's offers, where ``words`` call each of them (two or more) by the last
    word of its name, capitalised or in capitals, one or more, straight before an amount: a list
    of the site's own prices ('Review – £600; Diagnosis – £3,900', 'REVIEWS: from £600'), which
    no other review and diagnosis make together."""
    found = _each_priced_at(words, settings)
    return found[1] if found is not None else None


def _each_priced_at(words: str, settings: Settings) -> tuple[int, str, str] | None:
    """:func:`_each_priced`, with where the first amount is and the amount as written."""
    by_last = _by_last_word(settings)
    if len(by_last) < 2 or not all(_stem(last) in words or _stem(last).upper() in words for last in by_last):
        return None  # (at C speed: 'Review' and 'Diagnos', as either is written)
    found = [
        (at.start("amount"), name, at.group("amount"))
        for last, name in by_last.items()
        if (at := next(filter(_no_name_before, _priced_by_word(last).finditer(words)), None)) is not None
    ]
    if len(found) < len(by_last) or sum(1 for _ in _MONEY.finditer(words)) > len(by_last):
        return None  # (with other amounts, a breakdown of costs: '| Discovery | £40,000 |' then '| Review | £12,000 |' …)
    if _TOLD_OF_THEN.search(words) or _NOT_ITS_PRICE.search(words):
        return None  # (a year's, or what else: 'In 2023 the Review cost £600', '£600 in overtime': helper-229)
    return min(found)


def _no_name_before(found: re.Match[str]) -> bool:
    """Whether the word before an offer's last word is no capitalised word of another's name ('the
    Spending Review'), an article aside ('The Review')."""
    before = found.string[max(0, found.start() - 40) : found.start()].rpartition("\n")[2].split()  # (on its line: a row's)
    # (A word that ends in a mark is a label, no name's: 'Pricing: Review £600, Diagnosis £3,900', helper-244.)
    return not before or not before[-1][:1].isupper() or before[-1].lower() in ("the", "our", "a", "an", "your") or not before[-1][-1:].isalnum()


@lru_cache(maxsize=8)
def _priced_by_word(last: str) -> re.Pattern[str]:
    # As written or in capitals, one or more ('Diagnosis', 'DIAGNOSES'), then a mark or a word that
    # says its price, and an amount, in a currency's sign or code ('£600', 'GBP 600', '600 GBP').
    plural = last[:-2] + "es" if last.endswith("is") else last + "s"
    names = "|".join(map(re.escape, dict.fromkeys((last, plural, last.upper(), plural.upper()))))
    return re.compile(
        rf"\b(?:{names})\b[*_]*+\s*+(?:[:=\u2192\u2013\u2014|(-]|\bis\b|\bat\b|\bcosts?\b)?+\s*+(?:(?i:from|only|just)\s++)?+[*_]*+"
        r"(?P<amount>(?:[£$€]|(?:GBP|USD|EUR|US\$)\s?)\d[\d,]*+(?:\.\d+)?(?:\s?(?:k|m|bn)\b)?|\d[\d,]*+(?:\.\d+)?\s?(?:£|GBP|USD|EUR)\b)"
    )


def _labelled_with_its_length(words: str, settings: Settings) -> str | None:
    """The offer ``words`` start with as a label, by the last word of its name ('Review:',
    '| Review |', 'Diagnosis –'), and whose length they give; or None."""
    if (label := _LABEL_FIRST.match(words)) is None or (offer := _offer_by_word(label.group("last"), settings)) is None:
        return None
    return offer if _its_length(offer, settings).search(words, label.end()) else None


_PAST_COST = re.compile(r"(?i)\bcost\b")  # 'It cost £2m': what one cost, told of
# (Not 'our' or 'us', as often a client's: 'Our board has set aside £40,000 for the Review'.)
_THE_READER = re.compile(r"(?i:\b(?:we|we[’']re|we[’']ll|you|you[’']ll|your|readers?)\b)")
# An amount that is not what is paid for it: time ('£2,000 in overtime'), or another review, of
# something ('a Review of each pathway').
_NOT_ITS_PRICE = re.compile(r"(?i:\bin\s+(?:staff|overtime|people[’']s|senior|management|cover|lost)\b)|\b(?i:a|the)\s+[A-Z][a-z]+\s+of\s+(?!(?i:your|our)\b)")
# What tells of a review of a year's, or one finished, or quotes one as a paper that reports
# ('The Review, published in 2019, cost £1.2m', 'The Review found that firms spend £40,000 a
# year', 'According to the Review, teams get £5,000': the forty-eighth session's own probes).
_TOLD_OF_THEN = re.compile(
    r"(?i)(?<!\bfrom\s)(?<!\bsince\s)(?<!\buntil\s)\b(?:19|20)\d\d\b|\b(?:was|were)\s+(?:published|commissioned|completed|launched)\b|\baccording\s+to\b"
    r"|\b(?:found|finds|recommended|recommends|noted|notes|said|says|estimated|estimates|concluded|concludes|reported|reports|showed|shows"
    r"|argued|argues|suggested|suggests|warned|warns|calculated|calculates|put|puts|commissioned|procured|funded|paid|spent)\b"
)
# (Not 'say the amount in a sentence of its own': the offer's price said in the next sentence is
# refused too, as the guide says; the authors' round of the fifty-third session followed that hint.)
_LEAVE_THE_PRICE = "delete the price: the site shows the offer's own with it on every page"
_SAY_APART = f"{_LEAVE_THE_PRICE}; an amount that is something else's (a budget, a saving) goes in a sentence that does not name the offer"
# What ends a sentence in an abbreviation before a number, not a sentence: 'the Stall Review report, p. 340'.
_ABBREVIATED = re.compile(r"(?i)\b(?:p|pp|no|nos|para|paras|fig|figs|vol|ch|sec|art|ref|tel|ext|ward|room|page|line)\.\s*\Z")
# A table's row of an offer's name, then an amount alone in the next cell, of three figures or
# more ('| Stall Review | 500 |': the attack round of the forty-seventh session; not '| Stall
# Reviews | 14 |', a count).
_NAME_FIRST = r"\W*+(?P<name>(?:(?:the|a|an|our|your|this)\s+)?(?:[\w-]+\s+){0,3}[\w-]+)"  # an offer's name, perhaps, and no more before it
_FIXED_AFTER = r"(?:\s*,?\s*(?:fixed|flat|each|only|per\s+\w+|a\s+(?:session|day|head))\b)?"  # what says an amount is fixed: '4,500, fixed'
_NAMED_CELL_THEN_BARE = re.compile(rf"{_NAME_FIRST}\s*\|\s*(?P<amount>{_BARE_PRICE.pattern})\s*(?:\|.*)?", re.IGNORECASE | re.DOTALL)
# A sentence of an amount alone, with no currency ('750.', '4,500, fixed'), read after one that
# names an offer; not a year, nor a count of two figures.
_BARE_ALONE = re.compile(rf"\W*(?P<amount>{_BARE_PRICE.pattern}){_FIXED_AFTER}\W*")
# What a block holds that _NAMED_THEN_BARE, _short_priced's amount or an amount alone may read in a sentence of it.
# (After each word or mark that _short_named_for reads before an amount: 'The Diagnosis starts at
# 2,000', 'The Review sells for 900' were published when only 'is' and 'are' were looked for.)
_BARE_AFTER = re.compile(
    r"[:\u2013\u2014(|,-]\s*\d|\b(?:is|are|now|just|only|still|currently|usually|normally|typically|also|to|at|for|from|costs?|about|around|roughly|mere|runs|versus|vs\.?|with)\s*\d|(?:^|[.!?]\s)\W{0,6}\d"
)  # (marks bounded: read from each of a long run of '! ')
# An offer's name and nothing more before a mark, then an amount with no currency, and nothing
# more than what says it is fixed ('The Stall Review: 750.', 'Stall Diagnosis – 4,500, fixed'; the
# smuggling round of the forty-sixth session): not 'Interviews held for the Review: 140', a count,
# nor a year.
_NAMED_THEN_BARE = re.compile(
    rf"{_NAME_FIRST}\s*[:\u2013\u2014(-]\s*"  # or in brackets: 'Stall Review (750)'
    r"(?P<amount>(?!(?:19|20)\d\d\b)(?:\d{1,3}+(?:,\d{3})++|\d{2,}+)(?:\.\d\d)?)"
    rf"{_FIXED_AFTER}\W*$",
    re.IGNORECASE,
)


def _report_price(report: Report, line: int, where: str, offer: str, shown: str, amount: bool, hint: str, settings: Settings) -> None:
    """An offer priced by the author: ``where`` names the text, ``shown`` the price as written."""
    price = next(o.price for o in settings.offers if o.name == offer)
    report.error(
        line,
        "offer-price",
        f"{where} names this site's offer, {offer}, with {'an amount of money' if amount else 'a price'}, '{shown}': "
        f"readers would take it for the offer's price, which the site sets once ({price}) and shows with the offer on every page",
        hint,
    )


def _check_address_words(source: Source, settings: Settings, report: Report) -> None:
    """Words spelt out in a web link's address ('https://www.gov.uk/guidance?Book+a+Stall+Review+on+020+7946+0960'):
    a printed page shows the address after the link's words (a board pack), and there they
    read as this site's own. An offer's name or a phone number in one is refused, as in the text.
    So in a link to one of the site's own pages with a search in it ('../?q=Call+020…'): the
    page's search box shows the words as the reader's own."""
    for token in source.tokens if "://" in source.text or "?" in source.text else ():
        if token.type != "inline" or not token.map or ("://" not in token.content and "?" not in token.content):
            continue
        children = token.children or []
        places = _LinkPlaces(source, token)
        for index, child in enumerate(children):
            href = str(child.attrGet("href") or "") if child.type == "link_open" else ""
            web = href.lower().startswith(("http://", "https://"))
            if not (web or ("?" in href and is_local(href))) or not (words := disguises.address_words(href)):
                continue
            if href in settings.contact.booking_urls.values():
                continue  # an offer's own booking page, as mkdocs.yml names it
            if (offer := settings.offer_named(words)) is not None:
                if settings.offer_named(body.words_of_link(children, index)) is not None:
                    continue  # its words name it too: told once, as link words (_check_offers_elsewhere)
                said, code = f"spells out this site's offer, {offer}", "link-address"
            elif (phone := contacts.phone_number(_ADDRESS_DATE.sub("\n", _as_dialled_from(href, words)))) is not None:
                if settings.contact_asked(body.words_of_link(children, index)) is not None:
                    continue  # '[Message us on WhatsApp](https://wa.me/44…)': told once, as link words
                said, code = f"holds a phone number, '{phone[1]}'", "phone-number"
            else:
                continue
            line, column = places.of(index)
            report.error(
                line,
                code,
                f"the link's address {said}: "
                + (
                    "a printed page shows the address after the link's words, where it reads as this site's own"
                    if web
                    else "the page's search box shows what follows the '?' as the reader's own words"
                ),
                "link to the page itself, with none of those words in its address",
                column=column,
            )


# Messaging apps' addresses that open a chat with a number ('https://wa.me/447700900123',
# 'https://api.whatsapp.com/send?phone=447700900123'): their figures are a phone number,
# written without its '+'.
_CHAT_HOSTS = frozenset({"wa.me", "api.whatsapp.com", "web.whatsapp.com", "whatsapp.com", "www.whatsapp.com", "signal.me", "t.me", "telegram.me", "viber.me"})
_WITHOUT_ITS_PLUS = re.compile(r"(?<![\d+])(\d{10,15})(?!\d)")


# A date in an address's path, as news sites date their articles ('/2025/08/21/1122288/…', MIT
# Technology Review's): a date, and no part of a number after it (the authors' round of the
# fifty-fifth session found '08 21 1122288' read as a phone number).
_ADDRESS_DATE = re.compile(r"\b(?:19|20)[0-9]{2} (?:0?[1-9]|1[0-2]) (?:0?[1-9]|[12][0-9]|3[01])\b")


def _as_dialled_from(href: str, words: str) -> str:
    """An address's words, with a messaging app's number as the phone number it is."""
    try:
        host = (urlsplit(href).hostname or "").lower()
    except ValueError:
        return words
    return _WITHOUT_ITS_PLUS.sub(r"+\1", words) if host in _CHAT_HOSTS else words


def _check_links_to_sources(source: Source, settings: Settings, report: Report) -> None:
    """A link to a pattern's file in this site's own repository on GitHub ('…/blob/main/patterns/x.md',
    '…/tree/…', '…/edit/…' or its raw address): readers leave the site for the file's Markdown,
    where a link by its file name goes to the pattern's page, as GitHub's preview follows it too
    (helper-238)."""
    repository = urlsplit(settings.repository_address or "")
    if repository.hostname != "github.com" or "github" not in source.lowered:
        return
    owner_and_name = repository.path.strip("/").lower()
    root, patterns = os.path.join(settings.root.resolve(), ""), os.path.abspath(settings.patterns_dir)
    if not patterns.startswith(root):
        return
    folder = patterns[len(root) :].replace(os.sep, "/")  # 'patterns', as the repository holds it
    for token in source.tokens:
        if token.type != "inline" or not token.map or "github" not in token.content.lower():
            continue
        places = _LinkPlaces(source, token)
        children = token.children or []
        for index, child in enumerate(children):
            if child.type != "link_open" or (found := _pattern_file_on_github(str(child.attrGet("href") or ""), owner_and_name, folder)) is None:
                continue
            name, part = found
            words = "the pattern's title" if child.markup in ("linkify", "autolink") else body.words_of_link(children, index)
            line, column = places.of(index)
            report.error(
                line,
                "link-to-source",
                f"this link goes to the repository's copy of {folder}/{name}.md on GitHub: readers would leave the site for the pattern's Markdown",
                f"link to it by its file name, [{printable_start(words, 60)}]({name}.md{'#' + part if part else ''}), "
                "which goes to the pattern's page on the site and in GitHub's preview",
                column=column,
            )


def _pattern_file_on_github(href: str, owner_and_name: str, folder: str) -> tuple[str, str] | None:
    """The file name, without '.md', of the pattern in ``folder`` of the repository ``owner_and_name``
    that ``href`` opens on GitHub, and the part of it named after '#' (not a line's, '#L12'); or None."""
    try:
        address = urlsplit(as_read(href))
        host = address.hostname
    except ValueError:  # 'https://github.com]/…': a bracket never opened, told as a bad link
        return None
    parts = address.path.strip("/").split("/")
    if host in ("github.com", "www.github.com") and len(parts) > 2 and parts[2] in ("blob", "raw", "tree", "edit"):
        tail = "/".join(parts[3:])
    elif host == "raw.githubusercontent.com":
        tail = "/".join(parts[2:])
    else:
        return None
    # After the branch, which may hold a slash ('feature/rewrite', 'refs/heads/main'): the folder, then the file.
    found = re.fullmatch(rf"(?:[^/]+/)+{re.escape(folder)}/([^/]+)\.md", tail)
    if found is None or "/".join(parts[:2]).lower() != owner_and_name:
        return None
    return found.group(1), "" if _LINE_ON_GITHUB.fullmatch(address.fragment) else address.fragment


_LINE_ON_GITHUB = re.compile(r"L\d+(?:-L\d+)?")


class _LinkPlaces:
    """Where each link told of in one inline token is (:meth:`of`). The lines of its
    children are counted once, when the first is told of: counted again for each, a
    paragraph of 4,000 links told of took 5 CPU seconds (complexity round of the
    forty-fourth session)."""

    def __init__(self, source: Source, token: Token) -> None:
        self.source, self.token = source, token
        self.lines: list[int] | None = None

    def of(self, index: int) -> tuple[int, int]:
        """The line and column of the link that opens at child ``index``: its '[' on its line,
        found by the words after it."""
        children = self.token.children or []
        if self.lines is None:
            self.lines = [offset for _, offset in body.lines_of(children)]
        start = self.token.map[0] if self.token.map else 0
        line = start + self.source.body_start + self.lines[index]
        written = self.source.lines[line - 1] if line <= len(self.source.lines) else ""
        words = children[index + 1].content if index + 1 < len(children) and children[index + 1].type == "text" else ""
        return line, written.find("[" + words) + 1 or (words and written.find(words) + 1) or written.find("[") + 1 or 1  # an address shown as itself: where it is


def _check_body(source: Source, report: Report) -> None:
    """Raw HTML, unsafe addresses and Markdown the site would not show as GitHub previews it."""
    reported = set()
    places: dict[tuple[int, str], list[int]] = {}  # where each needle is on each line, as far as looked for
    for problem in slips.problems(source.tokens):
        line = problem.line + source.body_start
        text = source.lines[line - 1] if line <= len(source.lines) else ""
        at = _nth_place(text, problem.needle, problem.nth, places.setdefault((line, problem.needle), [])) if problem.needle else -1
        column = at + 1 if at >= 0 else 1
        if (line, column, problem.code, problem.message) in reported:
            continue  # the same address linked twice on one line, say
        reported.add((line, column, problem.code, problem.message))
        add = report.warning if problem.warning else report.error
        add(line, problem.code, problem.message, problem.hint, column=column)


def _nth_place(text: str, needle: str, nth: int, found: list[int]) -> int:
    """Where the needle is on the line for the nth time (0: the first), or else the last
    time; -1 if never. ``found`` holds the places found by calls before for this line and
    needle, then -1 once there are no more: each place is looked for once (counted again
    from the line's start for each problem, a line of 6,000 links took 10 seconds)."""
    while len(found) <= nth and (not found or found[-1] != -1):
        found.append(text.find(needle, found[-1] + 1 if found else 0))
    if nth < len(found) and found[nth] != -1:
        return found[nth]
    return found[-2] if len(found) > 1 else -1  # fewer places than asked for: the last one


def _render(source: Source, sections: tuple[PatternSection, ...], settings: Settings, report: Report) -> tuple[tuple[PatternSection, ...], str]:
    """The sections with their HTML, and the whole body's HTML, from the one parse.

    The HTML must pass the sanitizer unchanged; if it would not, the renderer has a bug,
    and the pattern is not published until it is fixed.
    """
    tokens = source.tokens
    body.assign_heading_ids(tokens, taken={f"offer-{offer.id}" for offer in settings.offers})
    starts = [i for i, t in enumerate(tokens) if t.type == "heading_open" and t.level == 0 and t.tag in ("h1", "h2")]
    by_line = {line[0] + source.body_start: i for i in starts if (line := tokens[i].map)}
    rendered: list[PatternSection] = []
    for section in sections:
        start = by_line[section.line]
        stop = next((i for i in starts if i > start), len(tokens))
        rendered.append(replace(section, html=body.render(tokens[start + 3 : stop])))
    html = "".join(body.render(tokens[by_line[s.line] : by_line[s.line] + 3]) + s.html for s in rendered)
    for change in sanitizer.differences(html):
        report.error(
            sections[0].line,
            "sanitizer",
            f"the rendered page would be changed by the HTML sanitizer: {change}",
            "this is a bug in stallpatterns, not in your file: please report it with this pattern attached",
        )
    return tuple(rendered), html


# Checks that tell where GitHub's reading parts from the site's by how the Markdown looks,
# in a corner where the look is not enough to be sure ('ahttps://…' is no address to either
# reader, and a no-break space after it nothing). Where they alone refuse a pattern, GitHub's
# own reading is asked: if it is the site's after all, they are taken back.
_GUESSED = frozenset({"space-by-address", "definition-then-block"})


def _only_guessed(report: Report) -> bool:
    """Whether every error so far is one of :data:`_GUESSED` (or there is none)."""
    return all(d.code in _GUESSED for d in report.items if d.is_error)


def _check_github_reading(source: Source, html: str, report: Report) -> None:
    """The last wall of one dialect: the body the site would publish has the elements, in
    the order, that GitHub's preview shows (:mod:`stallpatterns.github`). Asked only of a
    pattern the other checks pass, whose own messages name the corners they know; where
    only those of :data:`_GUESSED` refuse it, they stand if the readings part (their
    messages say where and why), and are taken back if not."""
    difference = github.first_difference(source.body, html, list(body.addresses(source.tokens)))
    if report.has_errors:
        if difference is None:
            report.items[:] = [d for d in report.items if not d.is_error]
    elif difference is not None:
        report.error(source.body_start + difference.line - 1, "github-differs", difference.message, difference.hint)
