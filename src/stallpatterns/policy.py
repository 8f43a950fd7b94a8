"""The Content Security Policy every page carries, and the one inline script it allows.

The policy is the last wall behind the checks and the sanitizer: even if markup ever
reached a page, a browser would run no inline script or event handler, load nothing
from another host, and send no form elsewhere. It is a ``<meta http-equiv>`` so that it
holds on any static host, without server configuration.
"""

from __future__ import annotations

import base64
import hashlib

INLINE_SCRIPT = (
    "var h=document.documentElement;"
    'h.className=h.hasAttribute("data-url-filter")&&/[?&](q|category)=[^&]/.test(location.search)?"js filtering":"js";'
)
"""Marks the page as scripted before it is painted (styles for enhanced controls key on it),
and All patterns (``<html data-url-filter>``) opened with ``?q=`` or ``?category=`` as
filtering: its list stays hidden until site.js has applied the filter, rather than being
painted whole and then cut down under the reader's eyes (CLS about 0.6 on a phone and on a desktop)."""


def _hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(previewing: bool = False) -> str:
    """The policy for a page. ``previewing`` (``mkdocs serve``) also allows the inline
    script MkDocs injects for live reload; a published page never does."""
    scripts = "'self' 'unsafe-inline'" if previewing else f"'self' {_hash(INLINE_SCRIPT)}"
    return "; ".join(
        (
            "default-src 'self'",
            f"script-src {scripts}",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "frame-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
        )
    )


# A redirect page's one script: with a #fragment in the old address, go on to the same
# section of the new one (a refresh cannot carry it).
REDIRECT_SCRIPT = "if(location.hash)location.replace(document.links[0].href+location.hash);"
REDIRECT_POLICY = f"default-src 'none'; script-src {_hash(REDIRECT_SCRIPT)}; base-uri 'none'; form-action 'none'"
"""For the redirect pages left at a pattern's former addresses: they load nothing at all."""
