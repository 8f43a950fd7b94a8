"""Addresses from the settings: a scheme allowlist, and the email address readers book through.

A browser ignores control and whitespace characters in many places of a URL, so
``\\x01javascript:`` and ``java\\tscript:`` are read as ``javascript:``. The scheme is
read as pattern links' are (:func:`stallpatterns.addresses.url_scheme`, with every such
character removed) and checked against the same allowlist; an address that holds any
of them is refused outright: a settings file has no reason to.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from urllib.parse import quote

from .addresses import LINK_SCHEMES, url_scheme
from .hosts import NETWORK_DOMAINS, NETWORK_TLDS

# Local part and domain of the addresses we accept: conservative, nothing that needs
# percent-encoding inside a mailto: link.
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+")
# Names no reader's mail or browser reaches on the internet: the reserved ones (RFC 2606,
# RFC 6761), the special-use ones for private names and Tor, and those a network gives its
# own computers (the same list the link checks read).
RESERVED_TLDS = ("example", "invalid", "test", "localhost", "alt", "onion", *NETWORK_TLDS)
RESERVED_DOMAINS = ("example.com", "example.net", "example.org", *NETWORK_DOMAINS)


class UnsafeURL(ValueError):
    """The address is not one the site may print. The message says why, for the person who wrote it."""


def _invisible(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Zs")


def without_ignored(value: str) -> str:
    """The address as a browser reads it: every control, format and whitespace character removed."""
    return "".join(char for char in value if not _invisible(char))


def checked_url(value: str) -> str:
    """``value`` if it is an https:, http: or mailto: address, a relative address or a
    ``#fragment``; otherwise :class:`UnsafeURL`."""
    cleaned = without_ignored(value)
    # Read both ways: as a browser would, and with every whitespace character gone too.
    scheme = url_scheme(value) or url_scheme(cleaned)
    if scheme is not None and scheme not in LINK_SCHEMES:
        raise UnsafeURL(
            f"'{scheme}:' addresses are not allowed "
            f"(use https:, http:, mailto:, an address relative to the site, or #fragment)"
        )
    if cleaned != value:
        raise UnsafeURL("holds control or whitespace characters (write spaces as %20)")
    if cleaned.startswith(("//", "\\", "/\\")):
        raise UnsafeURL("starts like an address on another host: write it in full, with https:")
    if not cleaned:
        raise UnsafeURL("is empty")
    if scheme is None and ":" in cleaned:
        # The engine makes a relative address relative to each page, reading '..' anywhere in
        # it (its query and fragment too): 'patterns/x/javascript:alert(1)', or
        # 'contact/?/../javascript:alert(1)', becomes 'javascript:alert(1)'.
        raise UnsafeURL("is a relative address with ':' in it, which a page can read as a scheme: give the full https: address")
    return cleaned


def path_segment(name: str) -> str:
    """A file's name as one segment of an address: every '/', '\\', ':', '#', '?' and space
    encoded, so no name reads as a path, a scheme or a fragment; a name that is not UTF-8
    keeps its bytes, each written as %XX."""
    return quote(name, safe="", errors="surrogateescape")


def checked_email(value: str) -> str:
    """An email address fit for a ``mailto:`` link; otherwise :class:`UnsafeURL`."""
    if value.lower().startswith("mailto:"):
        raise UnsafeURL("write the address alone, without 'mailto:'")
    if without_ignored(value) != value or _EMAIL.fullmatch(value) is None:
        raise UnsafeURL(f"'{value}' is not an email address such as name@your-domain.co.uk")
    return value


def is_reserved_email(address: str) -> bool:
    """True when ``address`` is empty, its domain can never receive mail, or it is an example's."""
    return not address or is_reserved_host(address.rpartition("@")[2]) or is_placeholder(address)


def is_reserved_host(host: str) -> bool:
    """True when ``host`` is empty or a name no reader can reach (``cal.example.com``,
    ``book.test``, ``intranet.local``, ``192.168.1.20``, ``[::1]``). See also
    :func:`is_placeholder`."""
    domain = host.lower().rstrip(".").strip("[]")
    if not domain:
        return True
    try:
        address = ipaddress.ip_address(domain)
    except ValueError:
        pass
    else:
        return not address.is_global
    return (
        domain.rpartition(".")[2] in RESERVED_TLDS
        or any(domain == reserved or domain.endswith("." + reserved) for reserved in RESERVED_DOMAINS)
    )


# Whole parts of an address written to be replaced ('name@your-domain.co.uk',
# 'https://calendly.com/your-name/review'): a label of the host, a segment of the path or
# the part before '@' (never a phrase inside a real name, 'grow-your-business.co.uk').
_YOURS = re.compile(
    r"(?:your|my|our)[-_]?+(?:domain|company|name|site|website|web|org|organisation|organization|team|firm|calendar|business|email|link|url|page)"
    r"(?:[-_]?+(?:name|here|link|url|address))?+"
)
_ADDRESS_PARTS = re.compile(r"[@./:?#&=]+")


def is_yours(part: str) -> bool:
    """Whether a whole part of an address is written to be replaced by the reader's own
    ('your-domain', 'yourfirm', 'our-company', 'your-company-name'), in any case."""
    return _YOURS.fullmatch(part.lower()) is not None


def is_placeholder(text: str) -> bool:
    """True when an address still holds a part of an example (``name@your-domain.co.uk``,
    ``https://calendly.com/your-name/review``, ``hello@example.co.uk``)."""
    return any(part == "example" or is_yours(part) for part in _ADDRESS_PARTS.split(text.lower()))
