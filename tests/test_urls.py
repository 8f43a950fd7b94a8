"""Addresses in the settings: only https:, http:, mailto:, relative and #fragment, judged
after removing what a browser ignores; booking addresses that can receive mail."""

from __future__ import annotations

import pytest

from stallpatterns.urls import UnsafeURL, checked_email, checked_url, is_reserved_email


@pytest.mark.parametrize(
    "url",
    ["https://cal.example.com/review?x=1#top", "http://example.org/", "mailto:hello@stall.co.uk", "contact/#review",
     "/contact/", "#diagnosis", "../contact/", "contact/?offer=review", "https://cal.example.com/review?at=10:30#time:slot"],
)
def test_allowed_addresses_pass_unchanged(url: str) -> None:
    assert checked_url(url) == url


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("javascript:alert(1)", "'javascript:' addresses are not allowed"),
        ("JavaScript:alert(1)", "'javascript:' addresses are not allowed"),
        ("%01javascript:alert(1)", "'javascript:' addresses are not allowed"),
        ("\x01javascript:alert(1)", "'javascript:' addresses are not allowed"),
        ("java\tscript:alert(1)", "'javascript:' addresses are not allowed"),
        ("java\u200bscript:alert(1)", "'javascript:' addresses are not allowed"),
        (" \u00a0vbscript:msgbox", "'vbscript:' addresses are not allowed"),
        ("data:text/html,<script>alert(1)</script>", "'data:' addresses are not allowed"),
        ("contact/#review\" onmouseover=\"alert(17)\" x=\"", "control or whitespace"),
        ("contact/\n#review", "control or whitespace"),
        ("//evil.test/", "another host"),
        ("/\\evil.test/", "another host"),
        ("", "is empty"),
        # Made relative to the page it is on, the engine's 'url' filter leaves the scheme.
        ("patterns/the-sponsor-who-moved-on/javascript:alert(1)", "':' in it"),
        ("contact/x:y/", "':' in it"),
        # The engine reads '..' in a query or fragment too (the review of the day's changes).
        ("patterns/the-sponsor-who-moved-on/?/../javascript:alert(document.domain)", "':' in it"),
        ("contact/#/../../javascript:alert(1)", "':' in it"),
    ],
)
def test_unsafe_addresses_are_refused_with_the_reason(url: str, message: str) -> None:
    with pytest.raises(UnsafeURL, match=message.replace("(", r"\(")):
        checked_url(url)


@pytest.mark.parametrize("address", ["hello@stallpatterns.co.uk", "first.last+book@mail.example-firm.com"])
def test_plain_email_addresses_pass(address: str) -> None:
    assert checked_email(address) == address


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("mailto:hello@firm.co.uk", "without 'mailto:'"),
        ("hello", "not an email address"),
        ("hello@firm.co.uk?bcc=all@firm.co.uk", "not an email address"),
        ("hel lo@firm.co.uk", "not an email address"),
        ('x"@firm.co.uk', "not an email address"),
        ("hello@firm.co.uk\x00", "not an email address"),
    ],
)
def test_odd_email_addresses_are_refused(address: str, message: str) -> None:
    with pytest.raises(UnsafeURL, match=message):
        checked_email(address)


@pytest.mark.parametrize(
    ("address", "reserved"),
    [
        ("hello@stallpatterns.example", True),
        ("hello@stall.invalid", True),
        ("hello@stall.test", True),
        ("hello@localhost", True),
        ("hello@mail.localhost", True),
        ("hello@example.com", True),
        ("book@eu.example.org", True),
        ("", True),
        ("hello@intranet.local", True),
        ("hello@stall.internal", True),
        ("hello@stall.home.arpa", True),
        ("hello@stall.alt", True),
        ("hello@stall.onion", True),
        ("hello@localhost.com", False),
        ("hello@local.co.uk", False),
        ("hello@stallpatterns.co.uk", False),
        ("hello@examples.com", False),
        ("hello@testing.io", False),
    ],
)
def test_reserved_addresses_are_recognised(address: str, reserved: bool) -> None:
    assert is_reserved_email(address) is reserved


@pytest.mark.parametrize(
    ("url", "recipients"),
    [
        ("mailto:a@x.org", ["a@x.org"]),
        ("mailto:a@x.org,B@y.org", ["a@x.org", "b@y.org"]),
        # Some mail programs split addresses at ';' and fields at ';' as at '&'.
        ("mailto:a@x.org;b@y.org", ["a@x.org", "b@y.org"]),
        ("mailto:a@x.org?subject=Hi;bcc=c@z.org", ["a@x.org", "c@z.org"]),
        ("mailto:a@x.org?subject=Hi&cc=c@z.org;d@w.org", ["a@x.org", "c@z.org", "d@w.org"]),
    ],
)
def test_everyone_a_mail_link_writes_to_is_found(url: str, recipients: list[str]) -> None:
    from stallpatterns.addresses import mail_recipients

    assert mail_recipients(url) == recipients
