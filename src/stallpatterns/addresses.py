"""Link and image addresses: which a reader may follow, where they go, and the slips an
author makes in them (a file on their own computer, a private document, a page on
``localhost``). An address is read as a browser reads it, after removing the characters
a browser ignores, so that no spelling of a scheme or host gets past the allowlist."""

from __future__ import annotations

import posixpath
import re
import unicodedata
from collections.abc import Iterator
from urllib.parse import parse_qsl, unquote, urlsplit

from . import hosts, services
from .text import LOOKS_LATIN, character_name, invisible_characters, is_bidi_control, printable_start

LINK_SCHEMES = frozenset({"http", "https", "mailto"})
"""Schemes a link may use; addresses without a scheme (relative, ``#``) are allowed too."""


def scrolls_to_the_top(fragment: str) -> bool:
    """'#top' (in any case), and an empty fragment: a browser goes to the top of any page
    (HTML's rule for fragments); scripts/check_links.py reads fragments so too."""
    return not fragment or fragment.lower() == "top"


# A URL as a browser reads it: leading and trailing C0 controls and spaces are trimmed,
# tabs and newlines removed anywhere. Stricter here: every control, space and invisible
# format character goes before the scheme is read.
_URL_IGNORED = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):", re.I)


def url_scheme(url: str) -> str | None:
    """The scheme of ``url`` as a browser would read it, lower-cased; None if relative.

    Percent-encoded characters are decoded first: ``%01javascript:`` is harmless to a
    browser, but never what an honest author meant, so it is read as ``javascript:``.
    """
    match = _SCHEME.match(as_read(url))
    return match.group(1).lower() if match else None


def scheme_as_written(url: str) -> str | None:
    """The scheme of ``url`` as the page writes it, lower-cased: None where a character
    percent-encoded stands in it ('ht%09tps:', from 'ht&#9;tps:'), which a browser reads as
    part of a relative address, not as the scheme :func:`url_scheme` reads."""
    match = _SCHEME.match(without_ignored(url))
    return match.group(1).lower() if match else None


def scheme_typed(url: str) -> str:
    """``url`` with the scheme a browser-like reading finds in it (:func:`url_scheme`) typed
    plainly: 'ht%09tps://x', 'https%3A//x' and 'http%73://x' are 'https://x'."""
    written, scheme = without_ignored(url), url_scheme(url)
    for end in range(1, min(len(written), _LONGEST_SCHEME_WRITTEN) + 1):
        if as_read(written[:end]).lower() == f"{scheme}:":
            return f"{scheme}:{written[end:]}"
    return written


_LONGEST_SCHEME_WRITTEN = 80  # 'mailto:' with each letter percent-encoded and more between


def without_ignored(url: str) -> str:
    """``url`` without the characters a browser ignores in it (spaces, controls, invisible
    format characters), as it is then written in a page's HTML."""
    return _URL_IGNORED.sub("", url)


def as_read(url: str) -> str:
    """``url`` without the characters a browser ignores, before and after percent-decoding."""
    return _URL_IGNORED.sub("", unquote(_URL_IGNORED.sub("", url)))


# A browser never ends an address's host part at '%2F', '%5C', '%3F' or '%23': in
# 'https://www.gov.uk%2F@evil.example/' all before the '@' is a user name, and the host is
# evil.example. Decoded, they would end it early and name www.gov.uk.
_ENCODED_AUTHORITY_END = re.compile(r"%(2[fF]|5[cC]|3[fF]|23)")


def _as_read_for_host(url: str) -> str:
    """:func:`as_read`, but with an encoded '/', '\\', '?' or '#' kept encoded, so that the
    part of a web address before its path is split where a browser splits it."""
    return as_read(_ENCODED_AUTHORITY_END.sub(r"%25\1", _URL_IGNORED.sub("", url)))


def after_scheme(url: str) -> str:
    """What follows the scheme's ':' in ``url`` as a browser reads it, each backslash a slash
    as in a web address ('https:/\\evil.example' has '//' after 'https:')."""
    return as_read(url).partition(":")[2].replace("\\", "/")


def is_safe_link(url: str) -> bool:
    """A link a reader may follow: https, http, mailto, or relative to the site."""
    scheme = url_scheme(url)
    return scheme is None or scheme in LINK_SCHEMES


def target_of(url: str) -> tuple[str, str] | None:
    """Where a link goes, as a reader would name it: ("web", its host) for an http(s)
    address, ("mail", the address) for a mailto: one; None for a page of this site."""
    read = as_read(url)
    scheme = url_scheme(read)
    if scheme == "mailto":
        return "mail", read.partition("?")[0].partition(":")[2]
    if scheme in ("http", "https") or (scheme is None and read.replace("\\", "/").startswith("//")):
        # As a browser reads a web address: any slashes or backslashes after the scheme
        # (``https:evil.example`` is evil.example), then the host, without a user or port.
        authority = _AUTHORITY.match(_as_read_for_host(url))
        host = authority.group(1).rpartition("@")[2] if authority else ""
        return "web", (host[: host.rindex(":")] if ":" in host and not host.endswith("]") else host).lower()
    return None


def web_path(url: str) -> str:
    """The path (and query) a browser asks a web address's host for: each backslash a
    slash, dot segments resolved ('/owner/project/../../other/x' is '/other/x'), without
    the fragment; '/' for none."""
    read = _as_read_for_host(url)
    authority = _AUTHORITY.match(read)
    path, mark, query = read[authority.end() if authority else 0 :].partition("#")[0].partition("?")
    return posixpath.normpath("/" + path.replace("\\", "/").lstrip("/")) + mark + query


def mail_recipients(url: str) -> list[str]:
    """Everyone a mailto: address writes to, in lower case: the addresses before any '?',
    then those its to=, cc= and bcc= fields add (``mailto:a@x.org?bcc=b@y.org``)."""
    read = as_read(url)
    path, _, query = read.partition(":")[2].partition("?")
    # Some mail programs split fields at ';' as well as '&', or at a second '?' ('?subject=a?bcc=…'),
    # others addresses at ';' as well as ',': read every way, everyone any way is written to.
    fields = [
        value
        for separated in (query, query.replace(";", "&"), query.replace("?", "&"))
        for key, value in parse_qsl(separated, keep_blank_values=True)
        if key.lower() in ("to", "cc", "bcc")
    ]
    found = [address.strip().lower() for part in (path, *fields) for address in part.replace(";", ",").split(",") if address.strip()]
    return list(dict.fromkeys(found))


def mail_path(url: str) -> str:
    """What a mailto: address writes to before any '?', as read, without the marks that part
    addresses: '' for 'mailto:?to=…' and 'mailto:,?to=…'."""
    return as_read(url).partition(":")[2].partition("?")[0].strip(",; ")


def mail_path_spaced(url: str) -> bool:
    """Whether a mailto: address's path holds a space, decoded ('mailto:Stall%20Patterns%20spy@…'):
    a name written before the address, which a mail program may show in its place."""
    path = unquote(url.partition(":")[2].partition("?")[0]).strip()
    return any(char.isspace() for char in path)


def mail_subjects(url: str) -> list[str]:
    """Every subject a mailto: address sets, decoded: a mail program may take any of them
    ('?subject=hi&subject=Book%20a%20Stall%20Review')."""
    return [unquote(field.partition("=")[2]) for key, field in _mail_fields_written(url) if key == "subject"]


def mail_texts(url: str) -> list[str]:
    """The words a mailto: address fills in for the reader, decoded: every subject and keyword it sets (a
    mail program may take any of them), each as the reader's mail program shows it."""
    return [unquote(field.partition("=")[2]) for key, field in _mail_fields_written(url) if key in ("subject", "keywords")]


def _mail_fields_written(url: str) -> Iterator[tuple[str, str]]:
    """Each field of a mailto: address, as its name in lower case and the field as written.
    Split at '&' as written, before their values are decoded: a subject's '%3B' or '%26' is
    part of the subject."""
    for field in url.partition("?")[2].split("&"):
        yield unquote(field.partition("=")[0]).strip().lower(), field


# A field after a ';' as some mail programs read one ('?subject=Hi;body=Send'): a name, then '='.
_FIELD_AFTER_SEMICOLON = re.compile(r";([^;&=]*)=")
# What a link to write to someone may set beside whom (mail_recipients' to=, cc= and bcc=):
# what the message is about, and how urgent. Not its words (body=), nor any other field.
_MAIL_FIELDS_ALLOWED = frozenset(("subject", "importance", "priority", "keywords", "to", "cc", "bcc"))


def mail_fields(url: str) -> list[str]:
    """The fields of a mailto: address that it may not set, by name ('body', 'x-mailer'),
    split at '&' and at ';' as mail programs split them. A field that is no field (the
    '%0D%0A' of a subject, before 'Cc:') is :func:`mail_field_lines`'."""
    names = [key for key, field in _mail_fields_written(url) if field and key not in _MAIL_FIELDS_ALLOWED]
    for _, field in _mail_fields_written(url):
        names += [name for found in _FIELD_AFTER_SEMICOLON.finditer(field) if (name := unquote(found.group(1)).strip().lower()) not in _MAIL_FIELDS_ALLOWED]
    return list(dict.fromkeys(names))


def mail_field_lines(url: str) -> str | None:
    """The name of the first field of a mailto: address whose value holds a line end or another
    control character, decoded, or None: a mail program may take what follows for another line
    of the message's header ('?subject=Hi%0D%0ACc:%20someone@evil.example' copies the message to
    them). Every field, and every subject of several: a program may take any of them."""
    for key, field in _mail_fields_written(url):
        if any(unicodedata.category(char) in _LINE_ENDS for char in unquote(field.partition("=")[2])):
            return key
    return None


# A control character, or a line or paragraph separator ('%E2%80%A8'), which a mail program
# may take for a line end as well.
_LINE_ENDS = frozenset(("Cc", "Zl", "Zp"))


def mail_field_hidden(url: str) -> tuple[str, str] | None:
    """The first field of a mailto: address holding a character that shows as nothing, decoded
    ('?subject=Stall%20Re%E2%80%8Bview', a zero-width space that a reviewer's search for the
    words misses, or a byte order mark or tag), with the character's name; or None. Not a
    joiner, which words and emoji hold ('👩‍💻', a Persian subject), nor a variation selector
    after the symbol it belongs to: :func:`text.invisible_characters` allows those, as typed."""
    for key, field in _mail_fields_written(url):
        value = unquote(field.partition("=")[2])
        if value.isascii():
            continue
        if hidden := invisible_characters(value, emoji_joiners=True):
            return key, character_name(value[hidden[0]])
    return None


def hidden_encoded(url: str) -> str | None:
    """The first character that reorders text ``url`` holds percent-encoded, by its name
    ('%E2%80%AE', U+202E RIGHT-TO-LEFT OVERRIDE, shows 'fdp.exe' in an e-mail's subject as
    'exe.pdf'), or None. Written as itself or as a reference, another check finds it. Not a
    joiner or a variation selector, which addresses hold as words and emoji do (a Persian
    page's title, '%E2%80%8C'; '👩‍💻', '%E2%80%8D'), nor a soft hyphen."""
    if "%" not in url:
        return None
    return next((character_name(char) for char in unquote(url) if is_bidi_control(char)), None)


def mail_subject(url: str) -> str:
    """A mailto: address's subject as written (still encoded), or ''."""
    return next((field for key, field in _mail_fields_written(url) if key == "subject"), "")


_AUTHORITY = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*:)?[/\\]*([^/\\?#]*)")
# A web address's host as GitHub and markdown-it write it: after its scheme (if any) and
# '//', without a user name before an '@' or a port after a ':'.
_WRITTEN_HOST = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.\-]*:)?//(?:[^/?#@]*@)?([^/?#:]*)")


def with_host_lowered(url: str) -> str:
    """``url`` with its host in lower case, as a browser asks for it ('https://www.Ärztekammer.de/'
    is 'https://www.ärztekammer.de/'); the rest, a user name among it, as written."""
    host = _WRITTEN_HOST.match(url)
    if host is None or host.group(1).islower() or not host.group(1):
        return url
    return url[: host.start(1)] + host.group(1).lower() + url[host.end(1) :]


def foreign_host(url: str) -> tuple[str, list[str]] | None:
    """The host of a web or e-mail address as a reader sees it, with the characters in it
    that pass for others: letters of another alphabet that look Latin (``www.gоv.uk`` with
    a Cyrillic о), or signs that look like a dot or slash (``gov.uk⁄login.evil.example``).
    None when it has none: ``münchen.de`` is the name it looks like. markdown-it has turned
    any other letters into punycode (``xn--…``), read back here."""
    target = target_of(url)
    if target is None:
        return None
    host = unicode_host(target[1].rpartition("@")[2])
    if host.isascii():
        return None
    odd = [char for char in dict.fromkeys(host) if ord(char) in LOOKS_LATIN or not (char.isascii() or char.isalnum())]
    return (host, odd) if odd else None


def unicode_host(host: str) -> str:
    return ".".join(_unicode_label(label) for label in host.split("."))


def _unicode_label(label: str) -> str:
    if not label.lower().startswith("xn--"):
        return label
    try:
        return label[4:].encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return label


COMPUTER_FILE_HINT = "link to where readers can open it on the web (https://…), or name the document in words"


def is_local(url: str) -> bool:
    """An address on this site: no scheme and no host (``//host`` is another site)."""
    return url_scheme(url) is None and not as_read(url).replace("\\", "/").startswith("//")


# A web address or an e-mail address written without its scheme, which makes it an address
# on this site ("www.gov.uk/guidance" is a page under the pattern's own).
_HOST_FIRST = re.compile(
    r"(?i)(?:www\.[^/?#\s]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|int|io|ai|co|uk|eu|info|biz|app|dev|ie|de|fr|nl|us|ca|au|nz))(?:[/?#].*)?"
)
# 'https//example.com', 'http;//example.com': a web address whose ':' was left out or
# mistyped, which a browser reads as a page of this site.
_SCHEME_WITHOUT_COLON = re.compile(r"(?i)(https?)([;.]?)//([^/\s]+\.[^/\s]+(?:/.*)?)")
_MAILBOX = re.compile(r"(?i)[^/@\s?#:]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+")
# A file on the author's computer or their office's network, as a word processor or a
# file manager copies its address: a backslash first ('\\server\share', which Markdown
# reads as '\server\share'), or a home folder ('/Users/jo/…').
_COMPUTER_PATH = re.compile(r"\\|/(?:Users|home)/[^/]+/")


def on_a_computer(url: str) -> bool:
    """Whether ``url`` names a file on a computer or a network drive ('C:\\reports\\plan.docx',
    'file:///…', '\\\\server\\share\\plan.docx'), which no reader of the site can open."""
    scheme = url_scheme(url)
    if scheme is not None:
        return scheme == "file" or (len(scheme) == 1 and scheme.isalpha())
    return _COMPUTER_PATH.match(unquote(url)) is not None


# Where a consultant's working documents live: a link there opens for its author, and for
# no reader outside their organisation (or without access given). A warning: a few are shared
# with anyone, which the address does not tell.
_PRIVATE_DOCUMENTS = ("sharepoint.com", "onedrive.live.com", "1drv.ms", "docs.google.com", "drive.google.com", "teams.microsoft.com", "atlassian.net")


def _private_documents(href: str) -> str | None:
    """The host of a link to documents kept for an organisation's own people, if it is one."""
    found = target_of(href)
    if found is None or found[0] != "web":
        return None
    host = found[1].removeprefix("www.")
    return host if any(host == name or host.endswith("." + name) for name in _PRIVATE_DOCUMENTS) else None


def address_slip(href: str) -> tuple[str, str, bool] | None:
    """A link address that works nowhere a reader is, or that goes or tells more than its
    page: (message, hint, whether a warning)."""
    if (unreachable := _unreachable(href)) is not None:
        return unreachable
    if (wrapped := wrapper_of(href)) is not None:
        return wrapped
    if (tracked := _tracked(href)) is not None:
        return tracked
    if (hidden := _hidden_destination(href)) is not None:
        return hidden
    if (private := _private_documents(href)) is not None and services.booking_service(href) is None:  # (a Teams meeting: told as one, catalogue.py)
        return (
            f"'{private}' holds working documents, which open only for people signed in and given access: most readers of the site cannot open this link",
            "link to a page anyone can open, or name the document in words",
            True,
        )
    if url_scheme(href) is None and on_a_computer(href):  # '\\server\share' reads as '//server/share' to a browser
        return f"'{printable_start(unquote(href), 80)}' is a file on a computer, which readers cannot open", COMPUTER_FILE_HINT, False
    if not is_local(href) or _PATTERN_FILE.fullmatch(href):
        return None
    shown = printable_start(href, 200)
    if (slip := _SCHEME_WITHOUT_COLON.fullmatch(href)) is not None:
        scheme, typed, rest = slip.group(1), slip.group(2), slip.group(3)
        return (
            f"'{shown}' has {f'a {typed!r} in place of' if typed else 'no'} ':' after '{scheme}', so it would open a page of this site",
            f"write it as {scheme.lower()}://{printable_start(rest, 200)}",
            False,
        )
    if _MAILBOX.fullmatch(href):
        return f"'{shown}' is an e-mail address written as a page of this site", f"write it as mailto:{shown}", False
    if _HOST_FIRST.fullmatch(href):
        return f"'{shown}' is a web address without https://, so it would open a page of this site", f"write it as https://{shown}", False
    return None


# Where a mail program, a chat or a search engine sends a click to check or count it, with
# the page's own address in a field of its own: (host, or the end of one; the path, or how
# it starts where it ends in '/' or '__'; the fields it may be in; whose it is). An address copied from a mail or a search result is one
# of these, and a reader who follows it goes through that service first, with the details
# it keeps (Outlook's carries the address the mail was sent to).
_WRAPPERS = (
    ("safelinks.protection.outlook.com", "/", "url", "Outlook's Safe Links"),
    ("statics.teams.cdn.office.net", "/evergreen-assets/safelinks/", "url", "Teams' Safe Links"),
    ("google.com", "/url", "q url", "Google's"),
    ("google.co.uk", "/url", "q url", "Google's"),
    ("l.facebook.com", "/l.php", "u", "Facebook's"),
    ("lm.facebook.com", "/l.php", "u", "Facebook's"),
    ("linkedin.com", "/redir/redirect", "url", "LinkedIn's"),
    ("slack-redir.net", "/link", "url", "Slack's"),
    ("linkprotect.cudasvc.com", "/url", "a", "Barracuda's"),
    ("urldefense.proofpoint.com", "/v2/url", "u", "Proofpoint's"),
    ("urldefense.com", "/v3/__", "", "Proofpoint's"),
    ("mimecast.com", "/s/", "", "Mimecast's"),
)
# A word of each wrapper's host, as any spelling of it holds it (a host is read in lower case).
_WRAPPER_WORDS = ("safelinks", "office.net", "google", "facebook", "linkedin", "slack-redir", "cudasvc", "urldefense", "mimecast")
# Proofpoint's second version writes the address with '_' for '/' and '-' and hex for a mark.
_PROOFPOINT_MARK = re.compile(r"-([0-9A-F]{2})")


def wrapper_of(href: str) -> tuple[str, str, bool] | None:
    """A web address that wraps another (:data:`_WRAPPERS`), or carries another to send readers
    on to (:func:`_carried`): an error, with the page's own address to write where the wrapper
    holds it as written."""
    lowered = unquote(href).lower()  # (as target_of reads its host: 'www.g%6Fogle.com', helper-231)
    if any(name in lowered for name in _WRAPPER_WORDS) and (wrapped := _wrapped(href)) is not None:
        return wrapped
    if (carried := _carried(href)) is not None:
        return (
            f"this address carries another in its query, '{printable_start(carried, 120)}', and its site may send readers on to it: "
            "readers would see one site's address and land on another's",
            f"write the page's own address: {printable_start(carried, 300)}",
            False,
        )
    return None


def _wrapped(href: str) -> tuple[str, str, bool] | None:
    found = target_of(href)
    if found is None or found[0] != "web":
        return None
    host = found[1].rstrip(".")
    parts = urlsplit(as_read(href).strip())
    for name, path, fields, whose in _WRAPPERS:
        if (host == name or host.endswith("." + name)) and (parts.path == path or (path.endswith(("/", "__")) and parts.path.startswith(path))):
            query = dict(parse_qsl(parts.query))
            inner = next((query[field] for field in fields.split() if query.get(field)), "")
            if name == "urldefense.proofpoint.com":
                inner = _PROOFPOINT_MARK.sub(lambda mark: chr(int(mark.group(1), 16)), inner.replace("_", "/"))
            elif name == "urldefense.com":
                inner = parts.path.removeprefix(path).partition("__;")[0]
                inner = "" if "*" in inner else inner  # a mark written as '*': not the address as it was
            if url_scheme(inner) not in ("http", "https"):
                inner = ""
            message = (
                f"this address is {whose} wrapper round another, copied from a mail, a chat or a search: "
                "readers would go through that service before the page, and take with them the details the wrapper keeps"
            )
            if inner:
                return message, f"write the page's own address: {printable_start(inner, 300)}", False
            return message, "open the link, and write the address your browser then shows", False
    return None


# Any other site that sends its readers on to an address it carries, whole, in its query ('google.de/url?q=…',
# 'l.instagram.com/?u=…', 'duckduckgo.com/l/?uddg=…', 'href.li/?https://…': the attack round of the fifty-seventh
# session, each to a booking page): a field's value, or the query itself, that is a web address, as written or
# encoded once or twice, where the address says it sends readers on: its path's last part is a word of sending
# on ('/url', '/l', '/redirect', '/away.php', '/safety/go'), its host's first ('out.reddit.com', 'l.instagram.com'),
# or its path is none and the field is one that sends on ('?u=', '?to=', or the whole query). (Not a tool that reads
# the address it carries, 'validator.w3.org/nu/?doc=…', 'pagespeed.web.dev/report?url=…', 'gtmetrix.com/?url=…',
# a viewer or a translator: the false-refusal round of the fifty-seventh session.)
_CARRIED = re.compile(r"(?i)\s*(?:https?:)?//[^/\s]|\s*www\.[a-z0-9-]+\.")
_SENDS_ON = frozenset(
    "url l redirect redir redirector away out go goto link click jump exit leave outbound external ext forward safelink r".split()
)
_SENDS_ON_FIELDS = frozenset(("", "u", "to", "dest", "destination", "target", "goto", "link", "redirect", "redirect_url", "out"))


def _carried(href: str) -> str | None:
    """The web address a web address carries in its query, to send readers on to, or None."""
    query = href.partition("?")[2].partition("#")[0]
    if not query or ("//" not in (lowered := unquote(unquote(query)).lower()) and "www." not in lowered):
        return None  # most addresses: read no further
    found = target_of(href)
    if found is None or found[0] != "web":
        return None
    path = web_path(href).partition("?")[0].lower()
    last = path.rstrip("/").rpartition("/")[2].partition(".")[0]
    named = last in _SENDS_ON or found[1].partition(".")[0] in _SENDS_ON
    fields = [("", query)] + parse_qsl(query, keep_blank_values=True)
    for field, value in fields:
        if not (named or (path.strip("/") == "" and field.lower() in _SENDS_ON_FIELDS)):
            continue
        for _ in range(3):  # (encoded once, or twice: '%253A%252F%252F')
            if _CARRIED.match(value):
                return value.strip()
            value = unquote(value)
    return None


# Services that shorten addresses: the reader sees 'bit.ly/3xYz' and not where it leads, which
# its owner may change after the pattern is published.
_SHORTENERS = frozenset(
    "bit.ly t.co tinyurl.com lnkd.in t.ly ow.ly buff.ly goo.gl is.gd v.gd rebrand.ly shorturl.at tiny.cc cutt.ly "
    "rb.gy s.id bl.ink short.io shorte.st adf.ly tr.im x.co qr.ae trib.al dlvr.it ift.tt aka.ms on.ft.com amzn.to "
    "bbc.in j.mp wp.me"
    # (And under each, 'm.bit.ly', 'maps.app.goo.gl'; and more services: the attack round of the fifty-sixth session.)
    " bit.do dub.sh dub.co surl.li tiny.one qrco.de short.gy kutt.it clck.ru"
    # (The attack round of the fifty-seventh session: HubSpot's, Amazon's, Linktree's,
    # Razorpay's payment links, and more services.)
    " hubs.ly hubs.la a.co tr.ee rzp.io snip.ly spoo.me da.gd u.to vk.cc shorturl.asia lnk.to smarturl.it geni.us".split()
)
# Mail services' click trackers, and a search engine's and a newsletter's own redirects, which send
# readers on to an address they hold in a code: the reader sees the tracker and not where it leads,
# as with a shortener ('click.convertkit-mail.com/…', 'email.mg.<domain>/c/…', Bing's
# '/ck/a?…&u=a1…' in base 64: the attack round of the fifty-seventh session, each published).
# Each a host (or the host it is under; a first label with '.' at its end) and the path that tracks.
_CLICK_TRACKERS = (
    ("list-manage.com", "/track/click"), ("ct.sendgrid.net", "/"), ("sendgrid.net", "/wf/click"), ("mandrillapp.com", "/track/click"),
    ("convertkit-mail.com", "/"), ("convertkit-mail2.com", "/"), ("convertkit-mail3.com", "/"), ("convertkit-mail4.com", "/"),
    ("clicks.aweber.com", "/"), ("click.pstmrk.it", "/"), ("klclick.com", "/"), ("klclick1.com", "/"), ("klclick2.com", "/"), ("klclick3.com", "/"),
    ("rs6.net", "/tn.jsp"), ("hubspotlinks.com", "/"), ("hs-sales-engage.com", "/"), ("sendibt3.com", "/mk/cl/"), ("sendibt2.com", "/mk/cl/"),
    ("mailtrack.io", "/trace/link"), ("links.iterable.com", "/"), ("mailchimp.com", "/track/click"), ("email.", "/c/"),
    ("bing.com", "/ck/a"), ("substack.com", "/redirect/"),
)


def _click_tracker(host: str, path: str) -> str | None:
    """The click tracker (:data:`_CLICK_TRACKERS`) an address at ``host`` and ``path`` goes through, or None."""
    for tracker, tracked in _CLICK_TRACKERS:
        at = host.startswith(tracker) if tracker.endswith(".") else host == tracker or host.endswith("." + tracker)
        if at and path.startswith(tracked) and path != "/":
            return host
    return None


# Files a browser hands to the reader's computer to run, or to open with what they hold run:
# programs and scripts, documents with macros, and archives that may hold either.
# (And what mail attacks now send in their place: OneNote's and Windows' help files, Excel's add-ins
# and web queries, shortcuts, disk images, app packages and Java's launch files: the attack round of
# the fifty-fifth session. Not '.js', a library's name as often: 'PDF.js', 'chart.js'.)
_RUNNABLE = re.compile(
    r"(?i)\.(?:exe|msi|msix|msixbundle|appx|appxbundle|appinstaller|dmg|pkg|apk|bat|cmd|scr|pif|cpl|ps1|vbs|vbe|jse|wsf|wsh|hta|jar|jnlp|sh|reg|lnk|url|scf|msc"
    r"|docm|dotm|xlsm|xltm|xlam|xll|xla|xlsb|iqy|slk|pptm|potm|ppam|ppsm|sldm|wll|one|onepkg|chm|hlp|mht|mhtml|msp|inf|diagcab|application|vsto"
    r"|appimage|command|scpt|pyw|ipa|zip|rar|7z|gz|tgz|tar|xz|bz2|zst|lzh|arj|cab|ace|iso|img|vhd|vhdx|vmdk|deb|rpm"
    # (And a browser's or an editor's extensions, a device's settings, Windows' search and settings
    # files, desktop launchers, a VPN's settings, torrents, Flash: the attack round of the fifty-sixth session.)
    r"|mobileconfig|vsix|crx|xpi|search-ms|searchconnector-ms|library-ms|settingcontent-ms|desktop|website|gadget|ovpn|torrent|swf"
    # (And ClickOnce's launchers, Python's and .NET's packages, office suites' extensions, AutoHotkey's and
    # Automator's scripts, certificates to install, Access's databases and more archives: the attack round
    # of the fifty-seventh session.)
    r"|appref-ms|whl|nupkg|oxt|ahk|workflow|crt|cer|der|p7b|accdb|accde|mdb|tbz2|tbz|txz|zipx|lz|lzma|war|ear)$"
)
# Files that a calendar or an address book takes in as they come: an invitation to a meeting, or
# a person's card with their number and address ('[the invite](https://…/invite.ics)': the attack
# round of the fifty-sixth session).
_TAKEN_IN = re.compile(r"(?i)\.(?:ics|ical|ifb|vcs|vcf|vcard)$")


# Hosts whose pages show files as text, and the fields of an address that name a file to
# download.
_FILE_PAGES_HOSTS = frozenset({"github.com", "gitlab.com", "bitbucket.org", "gist.github.com", "codeberg.org"})
# What a code host's address hands over as a file, not a page: a release's files, a file as it is,
# a folder packed ('github.com/…/releases/download/v1/setup.msi', 'gitlab.com/…/-/raw/main/setup.exe':
# the attack round of the fifty-sixth session published each, as every address on a code host was a page).
# (Straight after the owner's and the repository's names, or after GitLab's '/-/': not a repository named 'raw'.)
_CODE_HOST_FILES = re.compile(r"^/[^/]+/[^/]+/(?:releases/download|raw|archive|downloads|get)/|/-/(?:raw|archive|jobs/artifacts)/")
_FILE_FIELDS = frozenset({"file", "filename", "download", "dl", "attachment", "name", "f"})
# A field that tells a store which name to give the file it hands over ('response-content-disposition=
# attachment; filename=setup.exe', as Amazon's, Google's and Azure's stores take it).
_DISPOSITION_FIELDS = frozenset({"response-content-disposition", "content-disposition", "rscd"})
_DISPOSITION_NAME = re.compile(r"(?i)filename\*?=(?:[\w-]*'[\w-]*')?\"?([^\";]+)")
# What a server may read a file's name up to ('setup.exe;.pdf', 'setup.exe%00.pdf', 'setup.exe%3F.pdf'
# once decoded), and what Windows leaves off its end ('setup.exe.').
_NAME_ENDS = re.compile(r"[;?#\x00]")


def _hidden_destination(href: str) -> tuple[str, str, bool] | None:
    """A link's address that hides where it leads, or hands over a file (:func:`hidden_destination`):
    an error, as what a reader gets is not what the page said."""
    if (hidden := hidden_destination(href)) is None:
        return None
    kind, name = hidden
    if kind == SHORT:
        return (
            short_address(printable_start(href, 120), name, "follow it"),
            "open the link, and write the address your browser then shows",
            False,
        )
    return f"the link hands readers the file '{printable_start(name, 80)}', {HANDED_OVER[kind][0]}", HANDED_OVER[kind][1], False


def short_address(shown: str, name: str, used: str) -> str:
    """What is wrong with ``shown``, an address a shortener ``name`` gives, that readers ``used``
    ('follow it', 'type it in')."""
    return (
        f"'{shown}' is a short address from {name}: readers cannot see where it leads before they {used}, "
        "and its owner can change where it leads after the pattern is published"
    )


SHORT, RUNS, TAKEN_IN = "short", "runs", "taken in"
# What a file handed over is, and what readers' computers do with it; and what to link to instead.
HANDED_OVER = {
    RUNS: (
        "a program, a document with macros or an archive, which their computer would open or run as it came",
        "link to the page that describes it, where readers can judge it, not to the file",
    ),
    TAKEN_IN: (
        "an invitation to a meeting or a person's contact card, which their calendar or address book would take in as it came",
        "link to the page that tells of the event or the organisation, not to the file; this site's offers are booked through its own pages",
    ),
}


def hidden_destination(href: str) -> tuple[str, str] | None:
    """Whether a web address hides where it leads, (:data:`SHORT`, the shortener's host), or
    hands the reader a file to run (:data:`RUNS`: a program, a document with macros, an archive)
    or to take in (:data:`TAKEN_IN`: an invitation, a contact's card), with the file's name; or None."""
    if url_scheme(href) not in ("http", "https") or (found := target_of(href)) is None:
        return None
    host = found[1].lower().rstrip(".").removeprefix("www.")
    if (shortener := next((name for name in _SHORTENERS if host == name or host.endswith("." + name)), None)) is not None:
        return SHORT, shortener
    parts = urlsplit(href)
    path = posixpath.normpath("/" + unquote(parts.path).lstrip("/"))  # '…/setup.exe/' is the file too, and '…/blob/../setup.exe'
    if (tracker := _click_tracker(host, path.lower())) is not None:
        return SHORT, f"a click tracker, {tracker}"
    if host in _FILE_PAGES_HOSTS:
        if _CODE_HOST_FILES.search(path + "/") is None:
            return None  # a page that shows a file, or a repository named as one ('…/blob/main/deploy.sh', 'acmesh-official/acme.sh')
    elif ("/blob/" in path and host.startswith("git")) or ("/wiki/" in path and (host.split(".")[-2:-1] in (["wikipedia"], ["wiktionary"], ["wikimedia"]) or host.startswith("wiki"))):
        return None  # a code host's page of a file, or an article about one ('…/wiki/.exe')
    # The path's last part, and the value of a field that names the file to hand over
    # ('?file=setup.msi'), never a search's words ('?q=raci.docm').
    fields = parse_qsl(parts.query)
    named = [
        path.rpartition("/")[2],
        *(unquote(value) for key, value in fields if key.lower() in _FILE_FIELDS),
        *(given.group(1) for key, value in fields if key.lower() in _DISPOSITION_FIELDS and (given := _DISPOSITION_NAME.search(unquote(value)))),
    ]
    # Each as a server or Windows may read it: up to a mark that ends it there, without dots at its end.
    read = [name.strip().rstrip(". ") for written in named for name in dict.fromkeys((written, _NAME_ENDS.split(written, 1)[0]))]
    for kind, files in ((RUNS, _RUNNABLE), (TAKEN_IN, _TAKEN_IN)):
        if (file := next((name for name in read if files.search(name)), None)) is not None:
            return kind, file.rpartition("/")[2]
    return None


# Fields added to an address to tell a site where its readers came from (a newsletter, an
# advert, a share button): the page is the same without them.
_TRACKING_FIELDS = frozenset({"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "igshid", "yclid"})


def _tracked(href: str) -> tuple[str, str, bool] | None:
    """A web address with tracking fields in it: a warning, with the address without them."""
    if "?" not in href or url_scheme(href) not in ("http", "https"):
        return None
    address, _, rest = href.partition("?")
    query, hash_mark, fragment = rest.partition("#")
    fields = query.split("&")
    kept = [f for f in fields if not _tracks(f.partition("=")[0])]
    if len(kept) == len(fields):
        return None
    named = sorted({unquote(f.partition("=")[0]) for f in fields if _tracks(f.partition("=")[0])})
    clean = address + ("?" + "&".join(kept) if any(kept) else "") + hash_mark + fragment
    return (
        f"the address carries fields that tell the site where its readers came from ({', '.join(named[:4])}{', …' if len(named) > 4 else ''}): "
        "the page is the same without them",
        f"write it without them: {printable_start(clean, 300)}",
        True,
    )


def _tracks(field: str) -> bool:
    field = unquote(field).lower()
    return field.startswith("utm_") or field in _TRACKING_FIELDS


# What a reader is told of a web address whose host no reader can reach, by where it is:
# (what it is, what to do). On a computer or a network, an error: the address reaches no
# page of the author's for any reader, and a reader who clicks it asks their own computer
# or network for it ('http://192.168.1.1/cgi-bin/reboot', a router's: the smuggling round of
# the forty-fourth session found it published with a warning). One set aside (for
# examples, say) reaches nothing at all: a warning.
_UNREACHABLE = {
    "computer": (
        "an address on the computer it was written on: no reader can open it, and a reader's click asks their own computer for it",
        "link to the published page instead",
    ),
    "network": (
        "an address inside the author's network: readers outside it cannot open it, and a reader's click asks their own network for it",
        "link to a page anyone can open on the web (https://…), or name the page in words",
    ),
    "reserved": (
        "an address set aside for examples, tests or other uses than sites: no reader can open it",
        "check the address, or link to the published page instead",
    ),
}


def _unreachable(href: str) -> tuple[str, str, bool] | None:
    """An http: or https: address whose host no reader can reach, read as a browser reads
    it (:mod:`stallpatterns.hosts`): (message, hint, whether a warning: one set aside for
    other uses only). An address written otherwise than its usual spelling
    ('http://2130706433/') is named in it, so the author sees why."""
    found = target_of(href)
    if url_scheme(href) not in ("http", "https") or found is None:
        return None
    host = found[1]
    place = hosts.place_of(host)
    if place is None:
        return None
    message, hint = _UNREACHABLE[place]
    if place == "computer" and (page := _PREVIEWED_PATTERN.search(urlsplit(href).path)) is not None:
        hint = f"link to the pattern by its file name, as GitHub's preview does: ({page.group(1)}.md)"  # copied from the preview
    address = hosts.address_of(host)
    spelled = f"{address}, " if address is not None and str(address) != host.strip("[]").rstrip(".") else ""
    return f"'{printable_start(href, 200)}' is {spelled}{message}", hint, place == "reserved"


# A pattern's page in the address of a preview ('http://127.0.0.1:8000/stall-patterns/patterns/x/').
_PREVIEWED_PATTERN = re.compile(r"/patterns/([a-z0-9]+(?:-[a-z0-9]+)*)/?(?:index\.html)?$")

# A link to another pattern's file, as GitHub's preview follows it: the site's page for it.
_PATTERN_FILE = re.compile(r"(?:\./)?([a-z0-9]+(?:-[a-z0-9]+)*)\.md(#[^\s]*)?")


def on_the_site(url: str) -> str:
    """Where a local address in a pattern goes from the pattern's page (``patterns/<slug>/``):
    another pattern's file (``the-sponsor-who-moved-on.md``, as GitHub's preview links it)
    is that pattern's page, and an address from the site's root (``/assets/chart.png``) is
    found from the page, since the site may be published under a path."""
    if (found := _PATTERN_FILE.fullmatch(url)) is not None:
        return f"../{found.group(1)}/{found.group(2) or ''}"
    if url.startswith("/") and not url.startswith(("//", "/\\")):
        return "../.." + url
    return url


_DEFAULT_PORTS = {"http": 80, "https": 443}


def under_site(address: str, site: str) -> str | None:
    """The path from the site's root ('/contact/') of an address under the site's published
    address ``site``, whichever of http or https, and capitals in its host; else None."""
    if not address.lower().startswith(("http://", "https://")):
        return None
    here, there = urlsplit(address), urlsplit(site)
    root = there.path if there.path.endswith("/") else there.path + "/"
    try:  # a scheme's own port written out (':443') is no port of another
        ports = [None if url.port == _DEFAULT_PORTS.get(url.scheme.lower()) else url.port for url in (here, there)]
    except ValueError:  # a port that is no number
        return None
    if (here.hostname or "") != (there.hostname or "") or ports[0] != ports[1] or not (here.path + "/").startswith(root):
        return None
    rest = here.path[len(root) :]
    return "/" + rest + (f"?{here.query}" if here.query else "") + (f"#{here.fragment}" if here.fragment else "")


def before_host(href: str) -> tuple[str, str] | None:
    """What a web address (http:, https: or '//') has before an '@' in front of its host,
    and the host (('www.gov.uk', 'evil.example') for 'https://www.gov.uk@evil.example/' and
    '//www.gov.uk@evil.example/'): it makes the address look like another site's."""
    target = target_of(href)
    if target is None or target[0] != "web":
        return None
    authority = _AUTHORITY.match(_as_read_for_host(href))
    if authority is None or "@" not in authority.group(1):
        return None
    before, _, host = authority.group(1).rpartition("@")
    return unquote(before), host
