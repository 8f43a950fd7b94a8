"""Each offer's action: an email naming the offer, with the reader's pattern and a prompt,
encoded so that any title survives the trip; or the offer's booking page."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from stallpatterns.booking import PROMPT, Context, action_href, encode, mail_lines
from stallpatterns.settings import Contact, Offer

REVIEW = Offer("review", "Stall Review", "A first step.", "90 minutes", "£750", "Book a Stall Review", "contact/#review")
TRICKY = 'R&D’s "good enough" bar? #1 at 100% — café naïveté <b>'
URL = "https://stall.co.uk/patterns/r-and-d/?from=finder&s=a,b#signs"


def mail_parts(href: str) -> tuple[str, dict[str, list[str]]]:
    parts = urlsplit(href)
    assert parts.scheme == "mailto" and not parts.fragment, href
    return unquote(parts.path), parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)


def test_the_email_names_the_offer_and_carries_the_pattern_title_url_and_prompt() -> None:
    href = action_href(REVIEW, Contact(email="book@stall.co.uk"), Context("The pattern I was reading", TRICKY, URL))
    address, query = mail_parts(href)
    assert address == "book@stall.co.uk"
    assert query["subject"] == ["Stall Review"]
    [body] = query["body"]
    lines = body.split("\r\n")
    assert "I would like to book the Stall Review." in lines
    assert lines[lines.index("The pattern I was reading:") + 1 :][:2] == [TRICKY, URL]
    for line in PROMPT:
        assert line in lines


@pytest.mark.parametrize("character", list("&?#%=+\"'<> ,;/:@") + ["\n", "é", "’", "—", "😀"])
def test_every_character_of_a_title_is_encoded(character: str) -> None:
    title = f"Before {character} after"
    href = action_href(REVIEW, Contact(email="book@stall.co.uk"), Context("Read", title, URL))
    assert href.isascii() and not any(c in href.split("?", 1)[1] for c in "# \"'<>\n"), href
    assert title in mail_parts(href)[1]["body"][0]


def test_encoding_matches_what_site_js_produces() -> None:
    # site.js: encodeURIComponent, then ! ' ( ) * percent-encoded too.
    assert encode("a b!'()*~-._") == "a%20b%21%27%28%29%2A~-._"


def test_without_context_the_email_has_no_pattern_lines() -> None:
    _, query = mail_parts(action_href(REVIEW, Contact(email="book@stall.co.uk")))
    assert "reading" not in query["body"][0] and "I would like to book the Stall Review." in query["body"][0]


def test_a_booking_page_wins_and_gets_context_only_when_asked() -> None:
    page = "https://cal.stall.co.uk/review?team=a#slots"
    context = Context("The pattern I was reading", TRICKY, URL)
    plain = Contact(email="book@stall.co.uk", booking_urls={"review": page})
    assert action_href(REVIEW, plain, context) == page
    href = action_href(REVIEW, Contact(email="", booking_urls={"review": page}, booking_context=True), context)
    parts = urlsplit(href)
    assert (parts.netloc, parts.path, parts.fragment) == ("cal.stall.co.uk", "/review", "slots")
    assert parse_qs(parts.query) == {"team": ["a"], "offer": ["Stall Review"], "title": [TRICKY], "url": [URL]}


def test_with_neither_address_nor_booking_page_there_is_no_action() -> None:
    assert action_href(REVIEW, Contact()) is None


def test_a_finder_result_follows_the_pattern_in_the_email_and_goes_to_a_booking_page_as_finder() -> None:
    finder = "https://stall.co.uk/finder/?s=a-1,b-2"
    pattern = Context("The pattern I was reading", TRICKY, URL)
    result = Context("My stall finder result", None, finder, finder=True)
    lines = mail_parts(action_href(REVIEW, Contact(email="book@stall.co.uk"), pattern, result))[1]["body"][0].split("\r\n")
    at = lines.index("The pattern I was reading:")
    assert lines[at : at + 7] == ["The pattern I was reading:", TRICKY, URL, "", "My stall finder result:", finder, ""]
    page = Contact(booking_urls={"review": "https://cal.co.uk/r"}, booking_context=True)
    assert parse_qs(urlsplit(action_href(REVIEW, page, pattern, result)).query)["finder"] == [finder]
    # From the finder itself, its result is the only context: still finder=, never url=.
    alone = parse_qs(urlsplit(action_href(REVIEW, page, result)).query)
    assert alone["finder"] == [finder] and "url" not in alone


def test_encode_is_quote_with_nothing_safe_for_every_character() -> None:
    # ASCII is encoded through a table of its own (faster than quote()): the same text.
    from urllib.parse import quote

    every_ascii = "".join(map(chr, range(128)))
    assert encode(every_ascii) == quote(every_ascii, safe="")
    for text in ("", "plain", TRICKY, URL, "a\r\nb\tc", "é", "x💡y", every_ascii + "é"):
        assert encode(text) == quote(text, safe=""), text


def test_an_offers_email_is_the_same_however_often_it_is_asked() -> None:
    # The parts of an email are encoded once and kept: every action is as if made afresh.
    contact = Contact(email="book@stall.co.uk")
    first = Context("The pattern I was reading", TRICKY, URL)
    finder = Context("My stall finder result", None, "https://stall.co.uk/finder/", finder=True)
    other = Context("The pattern I was reading", "Another", URL + "x")
    asked = [(first,), (first, finder), (other,), (other, finder), (first,), (finder,), ()]
    for contexts in asked * 2:
        body = "".join(encode(line) + "%0D%0A" for line in mail_lines(REVIEW, contexts))
        assert action_href(REVIEW, contact, *contexts) == f"mailto:book@stall.co.uk?subject={encode(REVIEW.name)}&body={body}"


@pytest.mark.parametrize("context", [False, True])
def test_a_booking_address_gets_the_email_the_contact_address_would(context: bool) -> None:
    # A mail program reads no 'offer=' or 'url=' field: the email went with no subject, and
    # nothing of the pattern the reader was reading.
    pattern = Context("The pattern I was reading", TRICKY, URL)
    href = action_href(REVIEW, Contact(email="", booking_urls={"review": "mailto:bookings@stall.co.uk"}, booking_context=context), pattern)
    assert href == action_href(REVIEW, Contact(email="bookings@stall.co.uk"), pattern)
    address, query = mail_parts(href)
    assert address == "bookings@stall.co.uk" and query["subject"] == ["Stall Review"]
    assert TRICKY in query["body"][0].split("\r\n")


def test_a_booking_address_with_other_fields_still_gets_the_offer_and_the_page() -> None:
    # Any field once kept the address as written: a copy to a colleague ('cc=') sent the
    # email with no subject and nothing of the pattern the reader was reading.
    pattern = Context("The pattern I was reading", TRICKY, URL)
    page = "mailto:bookings@stall.co.uk?cc=partner%40stall.co.uk"
    href = action_href(REVIEW, Contact(email="", booking_urls={"review": page}, booking_context=True), pattern)
    address, query = mail_parts(href)
    assert address == "bookings@stall.co.uk" and query["subject"] == ["Stall Review"] and query["cc"] == ["partner@stall.co.uk"]
    assert TRICKY in query["body"][0].split("\r\n")


def test_a_booking_address_with_its_own_subject_is_kept_as_written() -> None:
    page = "mailto:bookings@stall.co.uk?subject=Review%20request"
    booking = Contact(email="", booking_urls={"review": page}, booking_context=True)
    assert action_href(REVIEW, booking, Context("The pattern I was reading", TRICKY, URL)) == page
