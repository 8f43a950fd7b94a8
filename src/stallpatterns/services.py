"""The services on the web that book a meeting, take a payment, open a chat or hold a form:
a link to one, whatever its words, books, pays or asks for details whoever's page it is,
and on this site's page readers take it for the site's own. Pure: addresses in, hosts out."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urlsplit

# Services that book a meeting with someone, take a payment or open a chat with them: a link
# to one, whatever its words, books or pays whoever's page it is, and on this site's page
# readers take it for the site's own ('[The Review](https://calendly.com/…)', '[Book](https://cal.com/…)':
# the attack round of the forty-seventh session published each). Each host, or a host under it.
_BOOKING_HOSTS = (
    "calendly.com", "cal.com", "savvycal.com", "tidycal.com", "youcanbook.me", "zcal.co", "meetings.hubspot.com",
    "acuityscheduling.com", "as.me", "setmore.com", "simplybook.me", "koalendar.com", "oncehub.com", "calendar.app.google",
    "buy.stripe.com", "checkout.stripe.com", "donate.stripe.com", "paypal.me", "ko-fi.com", "buymeacoffee.com",
    "revolut.me", "monzo.me", "wa.me", "api.whatsapp.com", "t.me", "m.me", "signal.me",
    # Payments, tips and sales, and invitations to a chat or a call (the attack round of the
    # forty-eighth session: each published as a link).
    "square.link", "patreon.com", "gumroad.com", "lemonsqueezy.com", "chat.whatsapp.com", "discord.gg", "join.slack.com",
    # Meetings, chats, payments, invoices and sponsorships (the attack round of the fifty-sixth session: each published).
    "meet.google.com", "whereby.com", "meet.jit.si", "teams.live.com", "join.skype.com", "book.morgen.so", "bookings.cloud.microsoft",
    "bookwhen.com", "vyte.in", "telegram.me", "telegram.dog", "wa.link", "threema.id", "cash.app", "invoice.stripe.com",
    "pay.sumup.com", "sumup.me", "checkout.square.site", "square.site", "pay.gocardless.com", "in.xero.com", "commerce.coinbase.com",
    "opencollective.com", "podia.com",
    # Schedulers, calls sold by the hour, payment pages and donations, and invitations to a chat
    # (the attack round of the fifty-seventh session: each published).
    "meetings-eu1.hubspot.com", "harmonizely.com", "topmate.io", "superpeer.com", "intro.co", "clarity.fm", "meet.goto.com",
    "pay.stripe.com", "billing.stripe.com", "buy.paddle.com", "pay.zettle.com", "payment-links.mollie.com", "pay.sumup.io",
    "razorpay.me", "payhip.com", "liberapay.com", "donorbox.org", "app.swish.nu", "open.kakao.com",
)


# Services whose pages are one person's links, to reach, follow or pay them: a link to one, or
# its address written out, hands readers every channel of the author's that the page holds
# ('[my links](https://linktr.ee/…)': the attack round of the fifty-sixth session published each).
_LINK_PAGE_HOSTS = (
    "linktr.ee", "beacons.ai", "bio.link", "lnk.bio", "about.me", "carrd.co", "linkin.bio", "solo.to", "campsite.bio",
    "taplink.cc", "bento.me", "hoo.be", "msha.ke", "withkoji.com", "tap.bio",
)


# A host of an account of its own on one of these services, written out ('janesmith.as.me',
# 'janesmith.carrd.co'), from where no word, address or path runs on into it.
_ACCOUNT_HOSTS = "|".join(map(re.escape, _BOOKING_HOSTS + _LINK_PAGE_HOSTS))
ACCOUNT_HOST = re.compile(rf"(?i:(?<![\w.@/:%+~#=&?-])(?:[a-z0-9][\w-]*+\.)+(?:{_ACCOUNT_HOSTS})(?![\w/@-]|\.\w))")
ACCOUNT_ENDING = re.compile(rf"(?i:\.(?:{_ACCOUNT_HOSTS})\b)")  # (where one may be: looked for first)


def link_page(address: str) -> str | None:
    """The host of a web address to one person's page of links (:data:`_LINK_PAGE_HOSTS`), not the
    service's own pages; or None."""
    host, read = _host_and_path(address)
    return _account_page(host, "/" if read is None else read, _LINK_PAGE_HOSTS, own_pages_on_names=False)


def booking_service(address: str) -> str | None:
    """The host of a web address to a service that books, takes payments or opens a chat (:data:`_BOOKING_HOSTS`), or None."""
    host, read = _host_and_path(address)
    path = "/" if read is None else read
    if any(_at_or_under(host, known) and path.startswith(prefix) for known, prefix in _BOOKING_PAGES):
        return host  # a booking page on a service that is also much else (Google's appointments)
    # Not the home page of a name of its own on the service ('stallhelp.youcanbook.me'), but its
    # help or blog there; a page of links under a name of its own is the person's ('jane.carrd.co/about').
    return _account_page(host, path, _BOOKING_HOSTS, own_pages_on_names=True)


BOOKING, FORM, LINK_PAGE = "booking", "form", "link page"


def service_of(address: str) -> tuple[str, str] | None:
    """The host of a web address to a service that books, pays or opens a chat, to a form, or to
    one person's page of links, and which of the three it is (:data:`BOOKING`, :data:`FORM`,
    :data:`LINK_PAGE`); or None."""
    for kind, reading in ((BOOKING, booking_service), (FORM, form_service), (LINK_PAGE, link_page)):
        if (host := reading(address)) is not None:
            return host, kind
    return None


def _account_page(host: str, path: str, hosts: tuple[str, ...], *, own_pages_on_names: bool) -> str | None:
    """``host`` if it is one of ``hosts`` or under one, and ``path`` is an account's page there, not
    one of the service's own pages: its home page, its help, blog and the like ('calendly.com/blog/…'),
    at the service's own host, or also under a name of an account's with ``own_pages_on_names``; or None."""
    if not any(_at_or_under(host, known) for known in hosts):
        return None
    first = path.strip("/").partition("/")[0]
    own = any(host in (known, "www." + known) for known in hosts)
    services_page = first in _SERVICE_OWN_PAGES and (own or (own_pages_on_names and first != ""))
    return None if services_page or host.split(".")[0] in _SERVICE_OWN_HOSTS else host


def _host_and_path(address: str) -> tuple[str, str | None]:
    """A web address's host, in small letters, and its path as a browser goes to it, in small
    letters ('/blog/../stallhelp' is '/stallhelp'); None for a path that cannot be read."""
    host = _host_of(address).lower().rstrip(".")
    try:
        return host, posixpath.normpath("/" + urlsplit(address).path.lstrip("/")).lower()
    except ValueError:
        return host, None


def _at_or_under(host: str, known: str) -> bool:
    return host == known or host.endswith("." + known)


_SERVICE_OWN_PAGES = frozenset(
    ("", "blog", "resources", "help", "docs", "about", "features", "customers", "integrations", "legal", "privacy", "security", "pricing")
    # (And more of a service's own pages: 'donorbox.org/nonprofit-blog/…', 'liberapay.com/explore/…', 'clarity.fm/browse/…',
    # the false-refusal round of the fifty-seventh session.)
    + ("explore", "browse", "search", "faq", "terms", "news", "press", "careers", "jobs", "partners", "company", "guides", "templates",
       "solutions", "enterprise", "nonprofit-blog", "research", "reports")
)
# The names under a service's own domain that are the service's, not an account's, in three
# widths: at a link to a booking or payment service (where 'app.' and 'secure.' hold accounts'
# pages: 'app.acuityscheduling.com/schedule.php?owner=…'); at a form's service, where no
# account is so named (helper-229); and at a host written out alone with no path, where
# none of them is an account's ('api.calendly.com' in a firewall's log: the false-refusal round
# of the fifty-seventh session).
_SERVICE_OWN_HOSTS = frozenset(("help", "support", "docs", "blog", "community", "developer", "developers"))
_FORM_SERVICE_OWN_HOSTS = _SERVICE_OWN_HOSTS | frozenset(
    "www admin api info careers jobs medium news press status learn academy go get partners".split()
)
WRITTEN_ALONE_OWN_HOSTS = _FORM_SERVICE_OWN_HOSTS | frozenset(
    "app apps secure auth login sso cdn static assets mail email dashboard".split()
)
_BOOKING_PAGES = (
    ("calendar.google.com", "/calendar/appointments"), ("calendar.google.com", "/calendar/u/0/appointments"), ("paypal.com", "/paypalme"),
    ("outlook.office365.com", "/owa/calendar"), ("outlook.office.com", "/bookwithme"), ("outlook.office.com", "/book"),
    ("wise.com", "/pay"), ("monzo.com", "/pay"),
    ("zoom.us", "/j/"), ("zoom.us", "/my/"),
    # (The attack round of the fifty-sixth session: each published.)
    ("zoom.us", "/s/"), ("zoom.us", "/w/"), ("zoom.us", "/wc/"), ("zoom.com", "/j/"), ("zoom.com", "/s/"), ("zoom.com", "/w/"), ("zoom.com", "/wc/"), ("zoom.com", "/my/"),
    ("teams.microsoft.com", "/l/meetup-join"), ("teams.microsoft.com", "/l/chat"), ("teams.microsoft.com", "/l/call"),
    ("app.reclaim.ai", "/m/"), ("calendar.notion.so", "/meet/"), ("doodle.com", "/bp/"), ("doodle.com", "/meeting/"), ("app.usemotion.com", "/meet/"),
    ("discord.com", "/invite/"), ("discord.com", "/users/"), ("messenger.com", "/t/"), ("ig.me", "/m/"), ("line.me", "/ti/p"), ("line.me", "/r/"),
    ("x.com", "/messages/compose"), ("twitter.com", "/messages/compose"), ("linkedin.com", "/messaging/compose"), ("snapchat.com", "/add/"),
    ("matrix.to", "/"), ("signal.group", "/"),
    ("simplex.chat", "/contact"), ("simplex.chat", "/invitation"),  # (a SimpleX address to message, helper-269)
    ("venmo.com", "/u/"), ("paypal.com", "/ncp/payment"), ("paypal.com", "/invoice/p"), ("paypal.com", "/donate"), ("paypal.com", "/pools/"),
    ("squareup.com", "/pay-invoice"), ("quickbooks.intuit.com", "/pay/"), ("github.com", "/sponsors/"), ("gofundme.com", "/f/"),
    ("chargebee.com", "/hosted_pages"),
    # (The attack round of the fifty-seventh session: each published.)
    ("outlook.office365.com", "/book"), ("paypal.com", "/cgi-bin/webscr"), ("paypal.com", "/pay/"), ("squareup.com", "/pay/"),
    ("revolut.com", "/pay/"), ("wise.com", "/share/"), ("nowpayments.io", "/payment"), ("app.hellobonsai.com", "/invoice/"),
    ("webex.com", "/meet/"), ("app.vimcal.com", "/p/"), ("adplist.org", "/mentors/"), ("tawk.to", "/chat/"), ("invite.viber.com", "/"),
)


# Services whose pages are forms that readers fill in, and the addresses of their forms: a link
# to one asks readers for their details, and on this site's page they take the form for the
# site's own ('[Tell us about your stall](https://forms.gle/…)': the attack rounds of the forty-
# eighth session). A service's own pages, its home page and guides, are no form; nor are a
# form's summary of answers or its editor. (Airtable's forms share their addresses with its
# shared tables, and Cognito's with its own pages: both are left out.)
_SERVICE_HOSTS = "(?:" + "|".join(sorted(_FORM_SERVICE_OWN_HOSTS)) + ")"
_FORM_ADDRESS = re.compile(
    r"(?:forms\.gle/.+"
    r"|docs\.google\.com/(?:a/[^/]+/)?forms/(?:u/\d+/)?d/.+"
    rf"|(?:[\w-]+\.)?typeform\.com/to/.+|(?!{_SERVICE_HOSTS}\.)[\w-]+\.typeform\.com/.+"
    r"|forms\.(?:office\.com|cloud\.microsoft|microsoft\.com)/(?:r|e|pages/responsepage)\b.*"
    r"|form\.jotform(?:eu)?\.com/.+|(?:www\.)?jotform\.com/(?:form/)?\d{6,}(?:/.*)?"
    r"|(?:[\w-]+\.)?(?:surveymonkey\.(?:com|co\.uk|eu|de|fr|ca|com\.au)|research\.net)/r/.+"
    r"|share(?:-\w+)?\.hsforms\.com/.+|forms\.zohopublic\.(?:com|eu|in|com\.au)/.+|zfrmz\.(?:com|eu|in)/.+"
    rf"|(?!{_SERVICE_HOSTS}\.)[\w-]+\.formstack\.com/forms/.+|(?!{_SERVICE_HOSTS}\.)[\w-]+\.wufoo\.com/forms/.+|(?!{_SERVICE_HOSTS}\.)[\w-]+\.paperform\.co/.*"
    r"|tally\.so/(?:r|embed)/.+|(?:[\w-]+\.)?fillout\.com/t/.+|(?:www\.)?smartsurvey\.co\.uk/s/.+"
    # (The attack round of the fifty-seventh session: each published.)
    r"|[\w-]+\.qualtrics\.com/jfe/form/.+|forms\.monday\.com/forms/.+|survey\.alchemer\.(?:com|eu)/s3/.+|form\.123formbuilder\.com/.+)"
)
_FORM_NOT_FILLED = ("/viewanalytics", "/edit")


def form_service(address: str) -> str | None:
    """The host of a web address to a form on a service of forms (:data:`_FORM_ADDRESS`), or None."""
    host, path = _host_and_path(address)
    if path is None or path.endswith(_FORM_NOT_FILLED):
        return None
    return host if _FORM_ADDRESS.fullmatch(host + path) else None


def _host_of(address: str) -> str:
    """A web address's host, or an empty string for an address with none."""
    try:
        return urlsplit(address).hostname or ""
    except ValueError:
        return ""
