"""The words that say a thing is now somewhere else, or given by someone else: 'The Stall
Review has moved to …', 'Stall Patterns now lives at …', 'The Stall Review is now offered
by …'. One list, read three ways: of an offer (settings.py), of the site in its own voice
(contacts.py), and as the quick look that decides whether a file is read for either at all
(contacts.py), which must therefore hold a word of each."""

from __future__ import annotations

# Words that say a thing has gone to another place: '… has moved to …', '… migrated to …'.
MOVED = ("moved", "relocated", "transferred", "migrated")
# Words that say who else now gives it, before 'by': '… is now offered by …', '… is run by …'.
HANDED = ("offered", "taken", "run", "delivered", "provided", "handled", "sold", "owned", "operated", "hosted")
# Words that say where it now is, before the place's own word ('at', 'on', 'via'), as one
# expression: 'now lives at', 'has a new home at', 'can now be found at', 'is now at'.
SAID_TO_BE_AT = r"(?:now\s+)?lives|(?:has|have)\s+(?:a\s+)?new\s+(?:home|address)|(?:can|may)\s+(?:now\s+)?be\s+found|is\s+now|are\s+now"

# The quick look: in a text in small letters, each an expression that starts with a word of its
# own, which Python's re looks for as fast as a plain word. Spaces stand for any gap the page
# shows as one (contacts.py). (A superset of what the readings above and contacts.py's read.)
HELD = (
    r"now (?:at|on|via|through|online|here|hosted|part)\b",
    r"new (?:home|address|site|website|domain)",
    r"found (?:at|on|via|through|hosted)\b",  # ('can be found hosted on': the review of the fiftieth session's change)
    "lives",
    "acquired",
    "merged",
    "relocat",
    "migrat",
    *(word for word in MOVED if not word.startswith(("relocat", "migrat"))),
    *(f"{word} (?:by|over)" for word in HANDED),
    "bought by",
    r"(?:button|booking link|booking form|booking page)s? (?:below|above|on this page|at the)",
)
