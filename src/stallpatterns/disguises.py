"""Links whose words name another place than the one they go to: a link whose text is an
address or a domain (``[www.gov.uk](https://evil.example/)``) must go there, or to a part
of that site. Hosts are compared as a browser asks for them (IDNA, with the letters
browsers now keep), and look-alike dots and separators are read as dots."""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from ipaddress import IPv4Address, IPv6Address
from urllib.parse import unquote, unquote_plus, urlsplit

from markdown_it.token import Token

from . import hosts
from .addresses import mail_recipients, mail_subjects, target_of, unicode_host, web_path
from .body import EMPHASIS, picture_words, words_of_link
from .text import PUNCTUATION_ALIKE, as_an_address_reads, printable_start

# An address shown as a link's text. Possessive, so that a long text that is not one is
# given up at once (each part can be read only one way).
_ADDRESS_IN_TEXT = re.compile(
    r"(?i)(?:https?:[/\\]*+(?:[^\s/\\?#@]*+@)?(?P<host>\[[0-9a-f:.]*+\]|[^\s/\\?#:]++)\S*+"
    r"|(?P<www>www\.[^\s/\\?#:]++)\S*+"
    # A name whose last part has a letter, as every top-level domain does, or an IP address
    # ('203.0.113.5/login'): not a number ('4.5/5', a DOI's '10.1038/nature12373').
    r"|(?P<domain>(?:[a-z0-9-]++\.)++[a-z0-9-]*?[a-z][a-z0-9-]*+|[0-9]{1,3}(?:\.[0-9]{1,3}){3})/\S*+"
    r"|[^\s@<>()/]++@(?P<mailbox>[a-z0-9-]++(?:\.[a-z0-9-]++)++))"
)
_LONGEST_ADDRESS_SHOWN = 2_000


def _host_as_compared(host: str) -> str:
    host = host.lower().rstrip(".")
    try:
        host = ".".join(map(_label_as_compared, _LABEL_DOTS.split(host)))
    except UnicodeError:
        pass
    return host.removeprefix("www.")


def _label_as_compared(label: str) -> str:
    """A part of a host in ASCII, as a browser asks for it: IDNA 2003 (Python's codec), but
    for the letters browsers now keep where it changed them (UTS #46's deviations: 'ß' is no
    'ss'), written in punycode as markdown-it writes them in a link's address, so that
    '[Straße.de](https://straße.de/)' goes where it shows and '[straße.de](https://strasse.de/)' not."""
    if _DEVIATIONS.search(label):
        return "xn--" + unicodedata.normalize("NFC", label).encode("punycode").decode("ascii")
    return label.encode("idna").decode("ascii") if label else label


# The dots IDNA reads between a host's parts, and the letters whose reading it changed.
_LABEL_DOTS = re.compile("[.\u3002\uff0e\uff61]")
_DEVIATIONS = re.compile("[\u00df\u03c2\u200c\u200d]")


def _same_site(shown: str, target: str) -> bool:
    """Whether the host a link goes to is the one its text shows, or a part of that site
    (``tax.service.gov.uk`` for ``gov.uk``), unless anyone may have a name under the one
    shown (``evil.github.io`` is not ``github.io``'s)."""
    if (address := hosts.address_of(shown.lower())) is not None:  # '203.0.113.5' is the host however the link writes it
        return address == hosts.address_of(target.lower())
    shown, target = _host_as_compared(shown), _host_as_compared(target)
    return target == shown or (target.endswith("." + shown) and shown not in _SHARED_SUFFIXES)


# Names under which anyone can have a site of their own: a link's text naming one of them
# names no one site (a few of the public suffix list's, the ones most used for sites).
_SHARED_SUFFIXES = frozenset(
    {"co.uk", "org.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "com.au", "net.au", "org.au", "co.nz", "co.za", "co.in",
     "com", "org", "net", "io", "co", "ai", "app", "dev", "uk", "eu", "info", "biz",
     "github.io", "gitlab.io", "netlify.app", "vercel.app", "pages.dev", "web.app", "firebaseapp.com", "herokuapp.com",
     "azurewebsites.net", "cloudfront.net", "s3.amazonaws.com", "blogspot.com", "wordpress.com", "wixsite.com",
     "squarespace.com", "notion.site", "glitch.me", "onrender.com", "fly.dev", "workers.dev", "sharepoint.com"}
)


def disguised_links(children: Sequence[Token]) -> Iterator[tuple[int, str, str, str]]:
    """Links whose text is an address other than the one they go to, as (the child index
    of the link, its text, the address it shows, where it goes): '[https://www.gov.uk/](https://evil.example/)'."""
    opened: int | None = None
    text: list[str] = []
    titles: list[str] = []
    for index, child in enumerate(children):
        if child.type == "link_open" and child.markup not in ("linkify", "autolink"):
            opened, text, titles = index, [], [str(child.attrGet("title") or "")]
        elif child.type == "link_close" and opened is not None:
            shown = "".join(text)
            # Words that are the link's address as written go where they say, whatever a bare
            # address would leave off their end ('[…/wiki/Foo_(bar)](…/wiki/Foo_(bar))').
            as_written = shown.strip() == str(children[opened].attrGet("href") or "")
            found = (None if as_written else _disguise(children[opened], shown)) or next((d for t in titles if (d := _disguise(children[opened], t))), None)
            if found is not None:
                yield opened, shown, *found
            opened = None
        elif opened is not None and child.type in ("text", "code_inline", "image"):
            # An image's is its description: what readers hear, or see when it fails ('g**ov.uk**').
            text.append(picture_words(child) if child.type == "image" else child.content)
            if child.type == "image":
                titles.append(str(child.attrGet("title") or ""))  # shown on hovering, as the link's own is


def offers_elsewhere(
    children: Sequence[Token], offer_named: Callable[[str], str | None], contact_asked: Callable[[str], object] = lambda text: None
) -> Iterator[tuple[int, str, str, str]]:
    """Links whose words name one of this site's offers ('Book a Stall Diagnosis', 'the
    Stall Review', 'Book a Stall Revíew'), or hold a picture described so (the site's own
    button, pictured), or whose title does, or that start its name for the words after them
    to end it ('[Book a Stall](…) Review'), and that go to another site, as (the child index
    of the link, the offer's name, where it goes, and what names it: "words", "title" or
    "after"): a reader takes such a link for the site's own booking. So does a link whose
    title asks to contact or book the site ('"Contact us"'), as ("", "title asks").
    ``offer_named``: the offer a text names, if any (:meth:`Settings.offer_named`);
    ``contact_asked``: whether a text asks so (:meth:`Settings.contact_asked`)."""
    for index, child in enumerate(children):
        if child.type != "link_open" or (target := target_of(str(child.attrGet("href") or ""))) is None:
            continue
        if (named := offer_named(words := words_of_link(children, index))) is not None:
            yield index, named, unicode_host(target[1]), "words"
        # Its title, shown on hovering over it ('[the survey](https://… "Book a Stall Review with us")').
        elif (title := str(child.attrGet("title") or "")) and (named := offer_named(title)) is not None:
            yield index, named, unicode_host(target[1]), "title"
        elif title and contact_asked(title):
            yield index, "", unicode_host(target[1]), "title asks"
        # The subject an e-mail link fills in ('mailto:pmo@firm.example?subject=Book%20a%20Stall%20Review'):
        # the reader's message about the site's offer, to someone else.
        elif target[0] == "mail" and (
            named := next((found for subject in mail_subjects(str(child.attrGet("href") or "")) if (found := offer_named(subject)) is not None), None)
        ) is not None:
            yield index, named, target[1], "subject"
        # The name begun in the link and ended after it, in bold or in a link of its own
        # ('**[Book a Stall](…) Review**', '[Book a Stall](…)[ Review](/contact/#review)'):
        # read as one button. A name wholly after the link is not the link's.
        elif (after := _words_after(children, index)) and (named := offer_named(f"{words} {after}")) is not None and offer_named(after) is None:
            yield index, named, unicode_host(target[1]), "after"
        # 'us' or 'me' alone, after words that ask to write or talk to them ('Write to [us](mailto:…)':
        # the attack round of the forty-seventh session); not 'one CIO told [us](…)', 'Photo by [me](…)'.
        # (The words before as the page shows them: 'Write to **[us](…)**', 'Wr**ite** to', 'Write' at a
        # line's end: the attack round of the forty-eighth session.)
        elif _US.fullmatch(words) and index and _ASKED_BEFORE.search(_words_before(children, index)):
            yield index, "", unicode_host(target[1]), "us asked"
        # Words that ask to contact or book the site with those around the link, as one clause
        # ('Book a [call](…).', '[Book a](…) call', 'If you are stuck, get in [touch](…)': the attack
        # round of the forty-eighth session); not 'Book a [call](…) with the vendor', which says whose.
        elif contact_asked(words) is None and (clause := _clause_of(children, index, words)) != words.strip() and contact_asked(clause):
            yield index, clause, unicode_host(target[1]), "clause asks"


_US = re.compile(r"\W*(?:[uU]s|[mM]e)\W*")  # (not the [US](…), a country)
_ASKED_BEFORE = re.compile(
    r"(?i)\b(?:write\s+to|contact|e-?mail|call|ring|phone|message|text|talk\s+to|speak\s+to|ask|reach|book\s+with|hire|work\s+with|chat\s+with"
    r"|get\s+in\s+touch\s+with|drop|pay|buy\s+from|order\s+from)\s*\Z"
)
_WORDS_AFTER = 4  # an offer's name is no longer ('AI Rollout Stall Diagnosis')
# The tokens read for them: a few words' text, marks and links' ends, not a long line's every
# token after every link (3,500 empty links on a line were read in the square of their number).
_TOKENS_AFTER = 12


def _shown_beside(children: Iterable[Token]) -> list[str]:
    """The text of each of ``children``, in their order, as the page shows it: emphasis marks read
    past, a line's end as a space; up to the first other token (a link, code, a picture)."""
    words: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            words.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            words.append(" ")
        elif child.type not in EMPHASIS:
            break
    return words


def _words_before(children: Sequence[Token], opened: int) -> str:
    """The text shown just before the link opened at ``opened``, a few tokens back (:func:`_shown_beside`)."""
    return "".join(reversed(_shown_beside(reversed(children[max(0, opened - _TOKENS_AFTER) : opened]))))


# What parts a sentence's clauses: its end, a mark between clauses, a bracket or a dash.
_CLAUSE_MARKS = re.compile(r"[.!?;:,()\[\]\u2013\u2014]")


def _clause_of(children: Sequence[Token], opened: int, words: str) -> str:
    """The clause that the link opened at ``opened`` (its words, ``words``) is in, as the page
    shows it: the text before it back to a mark that parts clauses, and after it to the next
    (:func:`_shown_beside`)."""
    closed = next((at for at in range(opened + 1, len(children)) if children[at].type == "link_close"), len(children))
    after = "".join(_shown_beside(children[closed + 1 : closed + 1 + _TOKENS_AFTER]))
    before = _JOINED_CLAUSES.split(_CLAUSE_MARKS.split(_words_before(children, opened))[-1])[-1]
    clause = " ".join(f"{before}{words}{_CLAUSE_MARKS.split(after)[0]}".split())
    # Without the words that urge or say when, before and after what asks ('Just book a [call](…)',
    # 'Why not get in [touch](…)?', 'Book a [call](…) this week': helper-228, the attack round of the
    # forty-eighth session).
    return _URGED_AFTER.sub("", _URGED_BEFORE.sub("", clause)) or clause


_JOINED_CLAUSES = re.compile(r"(?i)\b(?:and|or|but)\s")  # ('Read the guide and book a [call](…)': helper-227)
_URGED_BEFORE = re.compile(r"(?i)^(?:(?:why\s+not|just|simply|so|then|now|and|or|but|do|please|go\s+ahead\s+and|feel\s+free\s+to|you\s+can|you\s+could|you\s+may|do\s+feel\s+free\s+to)\s+)+")
_URGED_AFTER = re.compile(r"(?i)(?:\s+(?:today|now|soon|first|instead|anytime|any\s+time|this\s+(?:week|month)|with\s+(?:me|us|the\s+authors?)|here))+$")


def _words_after(children: Sequence[Token], opened: int) -> str:
    """The first few words shown after the link opened at ``opened``, on its line: in text,
    in bold, or in the next link."""
    closed = next((at for at in range(opened + 1, len(children)) if children[at].type == "link_close"), len(children))
    words: list[str] = []
    for child in children[closed + 1 : closed + 1 + _TOKENS_AFTER]:
        if child.type in ("softbreak", "hardbreak") or len(words) >= _WORDS_AFTER:
            break
        if child.type in ("text", "code_inline"):
            words += child.content.split()
    return " ".join(words[:_WORDS_AFTER])


def address_words(href: str) -> str:
    """The words a web address spells out after its host, in its path, query and fragment
    ('/guidance?Book+a+Stall+Review' as 'guidance Book a Stall Review'), as a printed page
    shows them; '' for none."""
    try:
        parts = urlsplit(href)
    except ValueError:
        return ""
    written = " ".join(part for part in (parts.path, parts.query, parts.fragment) if part)
    return " ".join(_ADDRESS_MARKS.sub(" ", unquote_plus(written)).split()) if written else ""


_ADDRESS_MARKS = re.compile(r"[/?&=#_.+~:;,-]+")


def _disguise(link: Token, text: str) -> tuple[str, str] | None:
    """(the address the text shows, where the link goes) when the text shows an address,
    alone or among words ('Visit www.gov.uk', '(www.gov.uk)'), and the link goes elsewhere."""
    if len(text) > _LONGEST_ADDRESS_SHOWN:
        return None
    href = str(link.attrGet("href") or "")
    target = target_of(href)
    page = _PAGE_SHOWN.fullmatch(text.strip().strip("\"'‘’“”«»<>()[]"))
    if target is None:
        # This site's own page: one the text names must be the one it goes to
        # ('[/contact/](/finder/)', '[the-sponsor-who-moved-on.md](ai-pilots….md)').
        if page is not None and (named := _page_name(page.group())) and (going := _page_name(href)) and named != going:
            return page.group(), printable_start(href, 200)
        return None
    kind, where = target
    if page is not None and page.group().startswith("/") and not page.group().startswith("//") and _page_name(page.group()):
        return page.group(), where  # '[/contact/](https://evil.example/contact/)': a page of this site, by its words
    if text.isascii():
        if (found := _disguise_read(link, text, kind, where)) is not None:
            return found
        # 'paypal[.]com', 'paypal . com': an address written so that it is no link, which a
        # reader still reads as the address.
        defanged = _DEFANGED.sub(".", text) if "." in text or "dot" in text.lower() else text
        return _disguise_read(link, defanged, kind, where) if defanged != text else None
    if "\u0323" in unicodedata.normalize("NFD", text):
        # A dot below a letter ('paypaḷcom') sits where a full stop would: read as one.
        below = unicodedata.normalize("NFD", text).replace("\u0323", ".")
        if (found := _disguise_read(link, unicodedata.normalize("NFKC", below).translate(PUNCTUATION_ALIKE), kind, where)) is not None:
            return found
    # 'www．gov．uk', 'https：//': read as the address they pass for, twice: with the marks a
    # reader sees beside a word as spaces ('paypal.com™'), and with the letters drawn small,
    # in a circle or a square as the letters they show ('paypal.cᵒm', 'ⓟⓐⓨⓟⓐⓛ.com').
    spaced = _marks_as_spaces(text)
    for reading in (spaced, text) if spaced != text else (text,):
        if (found := _disguise_read(link, unicodedata.normalize("NFKC", reading).translate(PUNCTUATION_ALIKE), kind, where)) is not None:
            return found
    # Any other mark between two ASCII letters or digits may pass for a dot ('paypalꓸcom',
    # 'www⸳gov⸳uk', 'paypal•com'): read as one, whatever its script.
    dotted = _SEPARATOR_BETWEEN.sub(_as_dot, text)
    if dotted != text:
        return _disguise_read(link, unicodedata.normalize("NFKC", dotted).translate(PUNCTUATION_ALIKE), kind, where)
    return None


# A link's text that names a page of a site by its address: a path from the site's root
# ('/contact/', '/patterns/x/'), a pattern's file name ('x.md', '../x.md#part'), or a whole
# web address.
_PAGE_SHOWN = re.compile(r"(?i)/[\w./%#-]*|(?:\.\./|\./)?[\w.%-]+\.md(?:#[\w-]*)?|https?://\S+")


def _page_name(address: str) -> str:
    """The page an address names, as its last part, in small letters: '/patterns/x/',
    'x.md', '../x.md#part' and 'https://…/patterns/x/' are all 'x'; '' for a site's root or
    a part of this page ('#part')."""
    try:
        path = urlsplit(address).path if "://" in address else address.partition("#")[0].partition("?")[0]
    except ValueError:  # a host no address can have ('https://example.com[1]'): the path after it
        path = address.partition("://")[2].partition("/")[2].partition("#")[0].partition("?")[0]
    name = unquote(path).rstrip("/").rpartition("/")[2].lower()
    name = name.removesuffix(".md").removesuffix(".html")
    return "" if name in ("index", "..", ".") else name


# A dot written so that a link is not made of the address ('[.]', '(.)', '{.}', '[dot]'), or
# with a space on each side between two words: a reader reads a dot there all the same.
_DEFANGED = re.compile(r"(?i)\s*(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\})\s*|(?<=\w) \. (?=\w)")
# A character beyond ASCII between two ASCII letters or digits.
_SEPARATOR_BETWEEN = re.compile(r"(?<=[A-Za-z0-9])[^\x00-\x7f](?=[A-Za-z0-9])")
# What may pass for a dot there: punctuation other than dashes, brackets and quotes; symbols;
# modifier letters (ꓸ, ˙); digits of other scripts (the Arabic-Indic zero, ٠).
# (Not a combining mark: an accent typed after its letter, 'Cre\u0300me', is the letter's.)
_DOT_LIKE_CATEGORIES = frozenset(("Po", "Sk", "Sm", "So", "Lm", "Nd"))


def _as_dot(found: re.Match[str]) -> str:
    char = found.group()
    return "." if unicodedata.category(char) in _DOT_LIKE_CATEGORIES else char


def _disguise_read(link: Token, text: str, kind: str, where: str) -> tuple[str, str] | None:
    """:func:`_disguise`, of one reading of the link's text."""
    words = text.split()
    alone = sum(any(char.isalnum() for char in word) for word in words) == 1
    for word in words:
        shown = _address_in(word)
        match = _ADDRESS_IN_TEXT.fullmatch(shown)
        address = _ip_address_in(word) if alone and match is None else None
        if match is None and address is None and (host := _AFTER_A_HOST.split(shown, 1)[0]) != shown:
            shown = host  # 'paypal.com:443', 'paypal.com?login', 'me@paypal.com#x': the host, before its port, query or fragment
            match = _ADDRESS_IN_TEXT.fullmatch(shown)
            address = hosts.written_address(shown) if match is None else None  # '203.0.113.5:8443', among words too
        if address is not None:
            if kind == "web" and (address == hosts.address_of(where) or hosts.place_of(str(address)) == hosts.place_of(where) == "computer"):
                continue  # the address it shows, however written; or this computer both ('[127.0.0.1:8000](http://localhost:8000/)')
            return str(address), where if kind == "web" else ", ".join(mail_recipients(str(link.attrGet("href") or "")))
        if match is None:
            # (A generic ending only with a path or 'www.': alone it is as often a setting's or a program's
            # name, '[user.email](…)', the review of the change.)
            generic = "/" in shown or shown.lower().startswith("www.")
            bare = _bare_domain(shown, generic) or _bare_domain(_host_first(shown), generic)
            if bare is None:
                continue
            domain = bare.group("bare")
            if kind == "web" and _same_site(domain, where):
                continue
            if kind == "mail":  # '[hello at acme.org](mailto:hello@acme.org)': the mail's own domain
                recipients = mail_recipients(str(link.attrGet("href") or ""))
                if recipients and all(_same_site(domain, r.rpartition("@")[2]) for r in recipients):
                    continue
                return domain, ", ".join(recipients)
            return domain, where
        if match.group("mailbox"):
            if kind == "mail":
                # Every address the e-mail goes to: the one shown, and no one copied in.
                recipients = mail_recipients(str(link.attrGet("href") or ""))
                if recipients == [shown.lower()]:
                    continue
                return shown, ", ".join(recipients)
            # A handle such as jane@mastodon.social, linked to the profile on its own site.
            if kind == "web" and _same_site(match.group("mailbox"), where):
                continue
            return shown, where
        written = match.group("host") or match.group("www") or match.group("domain") or ""
        if not (kind == "web" and _same_site(written, where)):
            return written, where
        # The host shown, but another page than the one shown: on a site where the path says
        # whose page it is ('[github.com/stallpatterns](https://github.com/attacker)'), or
        # a file other than the one named ('[…/guide.pdf](https://…/setup.exe)'). (A part of
        # the site the text names, 'gov.uk/tax' for tax.service.gov.uk, has paths of its own.)
        if _host_as_compared(written) == _host_as_compared(where):
            shown_path = web_path(shown if match.group("host") else "http://" + shown)
            target_path = web_path(str(link.attrGet("href") or ""))
            if not _under(shown_path, target_path, truncated=word[word.find(shown) + len(shown) :].startswith(("…", "..."))):
                return shown, where + (target_path if target_path != "/" else "")
    return None


def _under(shown: str, target: str, truncated: bool) -> bool:
    """Whether a link to the path (and query) ``target`` goes where a text showing ``shown``
    says: to that page, or to a page under it ('gov.uk/guidance' for '/guidance/ai-playbook');
    one cut short with '…' to any page whose address it begins. Compared in small letters
    (most sites' paths, and every site's names of people, ignore case), with or without a
    '/' at the end."""
    shown, target = shown.lower(), target.lower()
    if truncated:
        return target.startswith(shown.rstrip("/"))
    shown_page, _, shown_query = shown.partition("?")
    target_page, _, target_query = target.partition("?")
    shown_page, target_page = shown_page.rstrip("/"), target_page.rstrip("/")
    page_kept = target_page == shown_page or target_page.startswith(shown_page + "/")
    return page_kept and (not shown_query or shown_query == target_query)


# The generic endings sold most to consultants and small firms, each a word no file or program
# ends with ('jsmith.consulting', 'bookings.agency': the attack round of the fifty-fifth session; 'janesmith.guru',
# 'stallfix.systems' and 'jsmith.consultancy', as a reader takes it: the fifty-sixth's), read in small letters,
# or in a word all in capitals ('JSMITH.CONSULTING'): in title case they start a sentence ('Contact IT at once . Email was down').
_GENERIC_ENDINGS = (
    "consulting consultants consultancy agency xyz online site website store shop tech digital solutions services systems group studio partners "
    "associates ventures guru email live cloud expert coach training academy company ltd business pro global world network link page work works today one"
).split()
# A domain name alone ('gov.uk', 'paypal.com', 'GOV.UK', 'münchen.de'), as people write one:
# in small letters; with a brand's capitals before a last part in small letters ('PayPal.com',
# 'HMRC.gov.uk', as shops and banks write their own); or with an ending in capitals or title
# case (not a name such as 'ASP.NET'). The endings are those a British reader trusts
# (gov.scot, gov.wales, paypal.me, a bank's .bank), and any country's under its own co.,
# com., org., gov., ac. (paypal.co.jp, amazon.com.br); not every ending, which would take
# in names such as 'Node.js' and files such as 'setup.py'.
_BARE_DOMAIN = re.compile(
    r"(?i)(?P<bare>(?:[^\W_]|-)++(?:\.(?:[^\W_]|-)++)*?\.(?P<tld>(?:co|com|org|net|gov|ac|edu)\.[^\W\d_]{2}|com|org|net|gov|edu|int|io|ai|co|uk|eu|info|biz|app|dev|ie|de|fr|nl|us|ca|au|nz|me|scot|wales|cymru|london|bank"
    rf"|{'|'.join(_GENERIC_ENDINGS)}))"
)


_PRODUCT_ENDINGS = ("NET", "AI", "IO")
# A name in small letters with any ending of letters, and a path ('calendly.xyz/stall',
# 'evil.example/book'), read as a site where a sentence asks readers to book there; not a
# file's or a program's name ('setup.py', 'df.groupby').
_ANY_ENDING = re.compile(r"(?:[^\W_]|-)++(?:\.(?:[^\W_]|-)++)*?\.[^\W\d_]{2,63}")
# What a file's name ends with, never a host's: 'logo@2x.png' and 'scores@v2.csv' are files.
FILE_ENDINGS = frozenset(
    {"png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "csv", "pdf", "txt", "md", "json", "xlsx", "docx", "pptx", "zip"}
    | {"doc", "xls", "ppt", "html", "htm", "xml", "yml", "yaml", "toml", "py", "js", "ts", "rb", "sh", "mp4", "mp3"}
)


def bare_domain_in(text: str, any_ending: bool = False, generic: bool = True) -> str | None:
    """The first web address written out in ``text`` with neither scheme nor 'www.', which
    neither GitHub nor the site links ('stallreview.co.uk'), or None. ``any_ending``: with an
    ending no list holds too, in small letters, with a path ('evil.example/book'). ``generic``:
    with one of :data:`_GENERIC_ENDINGS` too."""
    for word in as_an_address_reads(text).split():
        host = word.strip("()[]<>\"'“”‘’,;:!?").rstrip(".").partition("/")[0]
        if "." not in host:
            continue
        if _bare_domain(host, generic) is not None or (
            any_ending and "/" in word and host.islower() and _ANY_ENDING.fullmatch(host) and host.rpartition(".")[2] not in FILE_ENDINGS
        ):
            return host
    return None


def _bare_domain(word: str, generic: bool = True) -> re.Match[str] | None:
    """``word`` read as a domain name alone, or None. ``generic``: with one of
    :data:`_GENERIC_ENDINGS` too, in small letters or in a word all in capitals (in title
    case they start a sentence)."""
    match = _BARE_DOMAIN.fullmatch(word)
    if match is None:
        return None
    tld = match.group("tld")
    if tld.lower() in _GENERIC_ENDINGS and not (generic and (tld.islower() or word.isupper())):
        return None
    # An ending in capitals or in title case ('PAYPAL.COM', 'HMRC.GOV.UK', 'Gov.Uk',
    # 'Barclays.Co.Uk') is read as a domain too, as a browser reads it; but for '.NET', '.AI'
    # and '.IO', which end product names ('ASP.NET', 'VB.Net', 'Character.AI', 'Socket.IO')
    # far more often than a link's own address, and a report on one may well link elsewhere.
    capitals = tld.isupper() or tld.istitle()
    if not (word.islower() or tld.islower() or (capitals and not tld.upper().endswith(_PRODUCT_ENDINGS))):
        return None
    return match




def _address_in(word: str) -> str:
    """A word of a link's text as the address it may show: from its first letter or digit
    to its last letter, digit or '/'. Whatever stands around it (brackets and quotes of any
    script, '「paypal.com」', arrows, punctuation, the '//' of '//paypal.com') is no part of
    the host a reader takes it for."""
    start = next((at for at, char in enumerate(word) if char.isalnum()), len(word))
    end = next((at for at in range(len(word), start, -1) if word[at - 1].isalnum() or word[at - 1] == "/"), start)
    return word[start:end]


# What ends the host of an address written without its scheme: its port, query or fragment.
_AFTER_A_HOST = re.compile(r"[:?#]")
# The characters of a host name, from the start of a word: what a reader takes for the
# name in 'paypal.com’s', 'paypal.com(TM)' or 'paypal.com^1', before what cannot be in one.
_HOST_FIRST_PART = re.compile(r"(?:[^\W_]|[-.])+")


def _host_first(shown: str) -> str:
    """The host name a word starts with, without a dot after it ('paypal.com' in 'paypal.com’s')."""
    found = _HOST_FIRST_PART.match(shown)
    return found.group().rstrip(".") if found else ""


def _ip_address_in(word: str) -> IPv4Address | IPv6Address | None:
    """The IP address a word of a link's text shows, whatever stands around it
    ('«203.0.113.5»', '[2001:db8::1]', '203.0.113.5.'). Read only in a text that is the
    address alone: among words, four numbers between dots are as often a version or a
    section ('version 1.2.3.4', 'clause 4.2.1.3') as an address."""
    kept = [at for at, char in enumerate(word) if char in _IN_AN_IPV6_ADDRESS]  # '[::1]': its colons are the address's
    written = word[kept[0] : kept[-1] + 1] if kept else ""
    return hosts.written_address(_address_in(word)) or (hosts.written_address(written) if ":" in written else None)


_IN_AN_IPV6_ADDRESS = frozenset(string.hexdigits + ":")


def _marks_as_spaces(text: str) -> str:
    """``text`` with each mark a reader sees beside a word, not as letters of it, read as a
    space, though NFKC spells it so: '™' is 'TM', '²' is '2', '①' is '1' (superscripts,
    subscripts, letters in a circle or a square, fractions, and symbols spelt in letters).
    'paypal.com™' shows 'paypal.com'."""
    return "".join(" " if not char.isascii() and _is_mark_beside(char) else char for char in text)


def _is_mark_beside(char: str) -> bool:
    decomposition = unicodedata.decomposition(char)
    return decomposition.startswith(("<super>", "<sub>", "<circle>", "<square>", "<fraction>")) or (
        decomposition.startswith("<") and unicodedata.category(char).startswith("S")
    )
