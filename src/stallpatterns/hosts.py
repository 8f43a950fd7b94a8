"""Where a web address's host is, as a reader's browser finds it: on the computer the
link was written on, inside the author's network, set aside for no site at all, or on
the internet, where any reader can open it.

A browser reads a host that ends in a number as an IPv4 address (the URL standard's
IPv4 parser, https://url.spec.whatwg.org/#concept-ipv4-parser), in more spellings than
four parts in decimal: ``2130706433``, ``0x7f000001``, ``0177.0.0.1`` and ``127.1`` are
all 127.0.0.1. The host is read here as a browser reads it, and the address it comes to
is then judged by what it is (:mod:`ipaddress`), never by how it is written: a list of
spellings to refuse would always miss one. Only what is public passes.
"""

from __future__ import annotations

import re
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network
from typing import Literal

# Countries' domains that sell names to anyone, as '.com' does: a name under one is nobody's in particular.
# (Not '.me' or '.am', whose second levels Montenegro and Armenia keep for their own: 'ucg.ac.me', helper-229.)
_OPEN_COUNTRIES = ("io", "to", "co", "tv", "ws", "ai", "cc", "fm", "ly", "gg", "sh", "la", "nu", "tk", "so", "st", "vc", "ag", "im", "gd")
PUBLIC_HOST = re.compile(
    r"(?i)(?:^|\.)(?:(?:gov|edu|mil|int)(?:\.[a-z]{2})?|(?:nhs|parliament|ac|police|mod|sch|gc|govt|gouv|gob|bund|gv|go)\.(?!(?:" + "|".join(_OPEN_COUNTRIES) + r")$)[a-z]{2}"
    r"|europa\.eu|nhs\.scot|nhs\.wales"
    # The UK's public bodies outside GOV.UK, each by its own domain: regulators, the central bank, the
    # auditor and the research funder ('The ICO's [Ask a question](https://ico.org.uk/…)': the
    # false-refusal round of the fifty-sixth session).
    r"|(?:ico|fca|ofcom|cqc|nice|nao|sra|nmc)\.org\.uk|(?:gmc-uk|hcpc-uk|ukri)\.org|bankofengland\.co\.uk)$"
)
"""A public body's host, whose 'Review' is its own: GOV.UK's, the NHS's, a university's, a UK
regulator's (a government's, an NHS trust's or a university's second-level domain, in any country; not
'.ac' alone, a country's domain anyone may register, nor such a name under a country's domain
that anyone may register names under ('mod.io', 'go.to', 'nhs.io': helper-228)."""

Place = Literal["computer", "network", "reserved"]
"""Where a host is that no reader can reach: the computer the link was written on, a
network of the author's own, or an address set aside for other uses than sites."""

NETWORK_TLDS = ("local", "internal", "lan", "corp", "home", "intranet", "private", "localdomain")
"""Last parts of the names a network gives its own computers: '.local' (RFC 6762) and
'.internal', which are reserved for it, and the ones networks commonly take (RFC 6762,
appendix G). No name under them is on the internet."""
NETWORK_DOMAINS = ("home.arpa",)
"""A domain reserved for home networks (RFC 8375): no name under it is on the internet."""

# Addresses that only a network of one's own reaches: RFC 1918's, the carrier-grade NAT's
# (RFC 6598, which many offices and home routers sit behind) and IPv6's unique local ones
# (RFC 4193). Link-local and IPv6 site-local ones are known to ipaddress by their properties.
_OWN_NETWORKS_V4 = tuple(IPv4Network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"))
_OWN_NETWORKS_V6 = (IPv6Network("fc00::/7"),)
# 'This host on this network' (RFC 1122): a browser asked for 0.0.0.0 reaches the computer it runs on.
_THIS_HOST = IPv4Network("0.0.0.0/8")

_DIGITS = {10: frozenset("0123456789"), 16: frozenset("0123456789abcdefABCDEF"), 8: frozenset("01234567")}


def place_of(host: str) -> Place | None:
    """Where ``host`` is (the host of an http: or https: address, without its port,
    percent-decoded), or None when it may be on the internet."""
    host = host.lower()
    address = address_of(host)
    if address is not None:
        return _place_of_address(address)
    name = host.rstrip(".")
    if not name:
        return None
    if name == "localhost" or name.endswith(".localhost"):  # browsers take every name under localhost to this computer
        return "computer"
    if "." not in name:  # 'http://intranet/': a name only the author's network knows
        return "network"
    if name.rpartition(".")[2] in NETWORK_TLDS or any(name == d or name.endswith("." + d) for d in NETWORK_DOMAINS):
        return "network"
    return None


def address_of(host: str) -> IPv4Address | IPv6Address | None:
    """The IP address a browser connects to for ``host``, however it is written; None for a
    name, or for a host a browser would refuse. An IPv4 address written inside an IPv6 one
    (``[::ffff:127.0.0.1]``) is the IPv4 address: that is the one a browser reaches."""
    if host.startswith("[") and host.endswith("]"):
        try:
            address = IPv6Address(host[1:-1])
        except ValueError:
            return None
        return address if address.ipv4_mapped is None else address.ipv4_mapped
    return ipv4_of(host)


def ipv4_of(host: str) -> IPv4Address | None:
    """``host`` read by the URL standard's IPv4 parser: one to four parts between dots (a
    dot at the end is dropped), each in decimal, in hexadecimal after '0x' or in octal after
    a '0'; the last part fills every byte the others leave. None when the host is a name
    (its last part is not a number) or no address at all."""
    parts = host.split(".")
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    if len(parts) > 4 or _number(parts[-1]) is None:
        return None
    numbers = [_number(part) for part in parts]
    if any(n is None for n in numbers):
        return None
    *first, last = [n for n in numbers if n is not None]
    if any(n > 255 for n in first) or last >= 256 ** (5 - len(numbers)):
        return None
    return IPv4Address(last + sum(n * 256 ** (3 - at) for at, n in enumerate(first)))


def _number(part: str) -> int | None:
    """One part of an IPv4 host as the URL standard reads it: '0x' then hexadecimal (an
    empty rest is 0), a '0' then octal, otherwise decimal; None when it is not a number."""
    radix = 10
    if part[:2] in ("0x", "0X"):
        part, radix = part[2:], 16
        if not part:
            return 0
    elif len(part) > 1 and part.startswith("0"):
        part, radix = part[1:], 8
    if not part or not set(part) <= _DIGITS[radix]:
        return None
    if len(part.lstrip("0")) > 11:
        return 1 << 32  # past any address (and never handed to int(), which refuses over 4,300 digits)
    return int(part, radix)


def _place_of_address(address: IPv4Address | IPv6Address) -> Place | None:
    if address.is_loopback or address.is_unspecified or (isinstance(address, IPv4Address) and address in _THIS_HOST):
        return "computer"
    own = _OWN_NETWORKS_V4 if isinstance(address, IPv4Address) else _OWN_NETWORKS_V6
    if address.is_link_local or any(address in network for network in own) or (isinstance(address, IPv6Address) and address.is_site_local):
        return "network"
    # Kept for documentation, benchmarks, multicast or later use ('203.0.113.5', '2001:db8::1'): no site is there.
    if not address.is_global or address.is_multicast or address.is_reserved:
        return "reserved"
    return None


_DOTTED_QUAD = re.compile(r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}")
# The longest IPv6 address as written ('ffff:…:255.255.255.255'): no longer text is tried,
# as the expression below can take time growing with the square of a long text's length.
_LONGEST_IPV6 = 45
_IPV6_WRITTEN = re.compile(r"[0-9a-fA-F:]*:[0-9a-fA-F]*:[0-9a-fA-F:.]*")


def written_address(text: str) -> IPv4Address | IPv6Address | None:
    """The IP address ``text`` shows to a reader, who knows one by its usual spellings only:
    four numbers from 0 to 255 between dots ('203.0.113.5'), or an IPv6 address in hexadecimal
    with colons and a digit ('2001:db8::1', not a word such as 'add::'). A version or section
    number ('2.0', '3.1.4') is none."""
    if _DOTTED_QUAD.fullmatch(text):
        return IPv4Address(text)
    if len(text) <= _LONGEST_IPV6 and _IPV6_WRITTEN.fullmatch(text) and any(char.isdigit() for char in text):
        return address_of(f"[{text}]")
    return None
