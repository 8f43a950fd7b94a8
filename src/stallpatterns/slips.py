"""What the parse of a body shows an author got wrong: :func:`problems` walks the tokens
of :func:`stallpatterns.body.parse` once and reports raw HTML, unclosed fences and
quotes, text pasted from chat assistants and word processors, shortcodes, links and
images that would not work, mathematics GitHub draws and the site would not, and the
places where GitHub's preview and the site read the same Markdown differently."""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from html import escape
from urllib.parse import unquote, urlsplit

from markdown_it.token import Token

from .addresses import (
    COMPUTER_FILE_HINT,
    address_slip,
    after_scheme,
    as_read,
    before_host,
    foreign_host,
    hidden_encoded,
    is_local,
    is_safe_link,
    mail_field_hidden,
    mail_field_lines,
    mail_fields,
    mail_path,
    mail_path_spaced,
    mail_recipients,
    mail_subject,
    on_a_computer,
    scheme_as_written,
    scheme_typed,
    target_of,
    unicode_host,
    url_scheme,
    without_ignored,
    wrapper_of,
)
from .body import (
    DEFINED_TITLE,
    HTML_COMMENTS,
    MOST_NESTED_LISTS,
    MOST_NESTING,
    code_spans,
    inline_html,
    is_dividing_row,
    lines_of,
    picture_words,
    row_cells,
)
from .disguises import disguised_links
from .files import PICTURE_ENDINGS
from .foreign import GITHUB_ALERTS
from .text import character_name, invisible_characters, is_visible, printable_start, slugify, spans_replaced, strip_comments
from .urls import is_yours

_TYPED_QUOTE_MARKS = "’‘“”"
# Closing marks a word processor types, at the end of a link's address.
_TYPED_END = re.compile("[”’»“‘«…]+$")
_TAG_NAME = re.compile(r"</?([a-zA-Z][a-zA-Z0-9-]*)")
# Never past another '{': a scan from each '{' to the end of its line would be quadratic.
ATTRIBUTE_LIST = re.compile(r"\{:[^{}\n]*\}|\{[ \t]*[.#][\w-]+(?:[ \t][^{}\n]*)?\}|(?<!\])\{[ \t]*[A-Za-z][\w-]*=[^{}\n]*\}")
"""Python-Markdown's ``{: .class #id key=value }``, its colon left out or not (``{onclick="…"}``):
text in CommonMark, but an author may expect more. (Not ChatGPT's ``[oaicite:0]{index=0}``,
told as the mark it is.)"""
# GitHub's task-list item: '[ ]' or '[x]' first on the item's own line, then a space or a
# tab ('- [x]' over a line of text is text: the box is followed by a line end). An item of
# '[ ]' alone is a box only where spaces end its line, which the parse no longer shows: the
# comparison with GitHub's reading tells it (:mod:`stallpatterns.github`), and passes '- [x]'.
_TASK_ITEM = re.compile(r"\[[ xX]\][ \t]")
# A task's box with the space after it left out ('- [x]Done'): text on GitHub and the site
# alike, so a warning, as what the author meant may be a box (not '[x](…)', a link, nor '[x][a]').
_TASK_ITEM_UNSPACED = re.compile(r"\[[ xX]\](?=[^\s(\[:])")
_ALERT = re.compile(rf"\[!({'|'.join(sorted(GITHUB_ALERTS))})\]", re.I)


# An e-mail address as a mail program takes one: a name, an '@', and a host with a dot in it.
_MAILBOX = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+\.?")  # a full stop after it is a slip, told as one
# The schemes of a phone's addresses: a link with one is a phone number as well as a link.
_PHONE_SCHEMES = frozenset(("tel", "sms", "callto"))
# An address with a name beside it, as a mail header writes one ('"Bookings" <spy@evil.example>').
_NAMED_MAILBOX = re.compile(r'[<>"()]')
_ADDRESS_IN_NAMED = re.compile(r'[^<>"()\s,;]+@[^<>"()\s,;]+')


def wiki_link_hint(written: str, folder: str) -> str:
    """How to write a wiki's link ('[[prompt library]]') in Markdown, when no pattern is known
    to be the one meant: a pattern's file name, from the list of them in ``folder``."""
    named, _, label = written[2:-2].partition("|")  # '[[page|the words shown]]'
    words = printable_start(label.strip() or named.strip(), 60)
    return f"to link to a pattern, write [{words}](file-name.md) with the name of its file in {folder}, or to a web page, [{words}](https://…)"


@dataclass(frozen=True)
class Problem:
    line: int  # 0-based body line
    code: str
    message: str
    hint: str
    needle: str = ""  # text to find on the line, for the column
    warning: bool = False
    nth: int = 0  # which of the needle's places on the line (0: the first)


def is_unclosed(fence: Token) -> bool:
    """A fenced code block without its closing fence: it runs to the end of the list item,
    quote or body it is in (its lines are the opening one and the code's)."""
    if fence.map is None:
        return False
    lines = fence.content.count("\n") + (not fence.content.endswith("\n") and fence.content != "")  # a last line without its line end
    return lines == fence.map[1] - fence.map[0] - 1


# CommonMark's HTML blocks of kinds 1 to 5 end at the line holding their end mark, or
# with the document: (how each starts, the end it needs after its start).
_HTML_BLOCK_ENDS = (
    (re.compile(r"[ \t]*<(?:pre|script|style|textarea)(?=[\s>]|$)", re.I), re.compile(r"</(?:pre|script|style|textarea)>", re.I)),
    (re.compile(r"[ \t]*<!--"), re.compile(r"-->")),
    (re.compile(r"[ \t]*<\?"), re.compile(r"\?>")),
    (re.compile(r"[ \t]*<!\[CDATA\["), re.compile(r"\]\]>")),
    (re.compile(r"[ \t]*<![A-Za-z]"), re.compile(r">")),
)


def is_unclosed_html(block: Token) -> bool:
    """An HTML block that never meets its end mark (an opened ``<!--`` with no ``-->``,
    a ``<pre>`` with no ``</pre>``): it runs to the end of the list item, quote or body."""
    for start, end in _HTML_BLOCK_ENDS:
        opened = start.match(block.content)
        if opened:
            return not end.search(block.content, opened.end())
    return False


_DEFINITION_LINE = re.compile(
    r"\[(?=[^\]]*[^\s\]])((?:[^\[\]\\]|\\.){1,999})\]:[ \t]*(?!<)(\S+)"
    r"""(?:[ \t]+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?[ \t]*"""
)


def _definition_github_hides(line: str) -> bool:
    """Whether a paragraph's first line is a link definition to GitHub (which reads it, and
    shows nothing) but not to markdown-it: cmark-gfm lets a definition's address end with
    up to 32 brackets left open, where CommonMark wants them closed."""
    match = _DEFINITION_LINE.fullmatch(line)
    if match is None:
        return False
    address, opened, at = match.group(2), 0, 0
    while at < len(address):
        char = address[at]
        if char == "\\" and at + 1 < len(address) and address[at + 1] in string.punctuation:
            at += 1
        elif char == "(":
            opened += 1
            if opened > 32:
                return False
        elif char == ")":
            if opened == 0:
                return False  # the address ends here, before text: no definition to either
            opened -= 1
        at += 1
    return opened > 0


def _rest(block: Token) -> str:
    """What a block never closed takes in: the body after it, or its list item or quote."""
    return "everything after it" if block.level == 0 else "the rest of its list item or quote"


def swallowed_from(tokens: Sequence[Token]) -> int | None:
    """The 0-based body line of a code block or HTML block, outside any list or quote,
    that is never closed (everything after it, sections included, is in it), or of text
    nested deeper than the site reads (in a list, markdown-it leaves out the rest of the
    body with it)."""
    return next(
        (
            t.meta["too_deep"] if "too_deep" in t.meta else t.map[0]
            for t in tokens
            if t.map
            and (
                "too_deep" in t.meta
                or (t.level == 0 and ((t.type == "fence" and is_unclosed(t)) or (t.type == "html_block" and is_unclosed_html(t))))
            )
        ),
        None,
    )


_CONTAINER_CLOSE = frozenset({"bullet_list_close", "ordered_list_close", "blockquote_close"})


def _lazy_in_github(tokens: Sequence[Token], index: int) -> bool:
    """Whether the code block at ``index`` starts on the line right after a list or quote
    that ends in a paragraph: GitHub reads an indented line there as a lazy continuation of
    that paragraph (code cannot interrupt one), markdown-it closes the list or quote."""
    code = tokens[index].map
    if index == 0 or tokens[index - 1].type not in _CONTAINER_CLOSE or not code:
        return False
    before = index - 1
    while before >= 0 and tokens[before].type in _CONTAINER_CLOSE | {"list_item_close"}:
        before -= 1
    if before < 1 or tokens[before].type != "paragraph_close":
        return False  # a heading, table or code ends it: GitHub shows code too
    last = tokens[before - 1]
    return last.type == "inline" and last.map is not None and last.map[1] == code[0]


# What a word processor pastes, which Markdown shows as it is rather than as meant (warnings).
# Lines that start like list items and are not read as any: Word's bullets ('o' and a tab is
# its second level), ticks and arrows from chat tools, 'a)' and 'ii.' outlines, keycap
# digits (1️⃣), a dash or number glued to its word ('-Ask', '1.Ask'), and numbers that
# cannot start a list inside a paragraph ('4. ' after a line of text); and the marks a
# document's export escapes ('\- ', '1\. ': a year written '1984\.' is escaped on purpose).
# Bullets as word processors, slides and chat tools draw them (Word's symbol fonts among them:
# '⦁', '❖', '➢', '■'), ticks, crosses and arrows; and dashes, with a space after them (a
# line of text may start with a dash against its word).
_BULLETS = "•●○◦▪▫■□◾◽◼◻◆◇❖⬥⬦⦁⦿‣⁃∙⋅·➢➣➤➔➜➝➞➙→⇒⇨►▶▸▹✦✧★☆✱✳❑❒❏❐✅✔✓☑✗✘❌👉☞☛🔹🔸🔷🔶📌"
_BULLET_LINE = re.compile(
    r"(?m)^[ \t]*(?:[" + _BULLETS + r"][ \t]*+(?=\S)|[–—―][ \t]++|o\t++|\\[-*+][ \t]++|\d{1,2}\\[.)][ \t]++|(?:[a-z]|i{1,3}|iv|vi{0,3}|ix|x)[.)][ \t]++"
    r"|o[ \t]++(?=[A-Z])|\d{1,9}[.)][ \t]++|\d\ufe0f?\u20e3[ \t]*+|-(?=[A-Z])|\d{1,9}\.(?=[A-Z])|(?:[-*+]|\d{1,9}[.)])[\u00a0\u202f]++"
    r"|(?:Step|Phase|Stage) \d{1,2}[:.)][ \t]++"
    # a sub-step numbered as a document numbers one ('1.1 Ask the board', not '1.5 million'), and a letter or
    # number in brackets ('(a) ', '(ii) '): both run into the line above
    r"|\d{1,2}\.\d{1,2}\.?[ \t]++(?=[A-Z])|\((?:[a-zA-Z]|i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})\)[ \t]++|[A-Z]\)[ \t]++)\S"
)
# Marks a document's export escaped: a heading's at a line's start ('\### Owners'), or bold's about words ('\*\*Important:\*\*').
# (Two marks or more for a heading: '\# of requests fell' escapes its one '#' on purpose, and deleted,
# its backslash made a heading. Bold about words, not stars alone: '4929 \*\*\*\* 1234' masks a card's
# number. The review of the session's change.)
_ESCAPED_MARKS = re.compile(r"(?m)^[ \t]*\\#(?:\\?#){1,5}[ \t]+\S[^\n]{0,60}|^[ \t>*+-]*+\\\*\\\*(?=[^\s\\*])[^\n]{1,80}?(?<=[^\s\\*])\\\*\\\*")
# A mention of a person, a channel or everyone, as Slack writes it when its text is copied raw ('<@U024BE7LH>', '<#C02ABCD|general>', '<!here>').
_SLACK_CODE = re.compile(r"<@[UW][A-Z0-9]{6,12}(?:\|[^>\n]{0,40})?>|<#C[A-Z0-9]{6,12}(?:\|[^>\n]{0,40})?>|<!(?:here|channel|everyone)(?:\|[^>\n]{0,20})?>")
# A list's mark followed by a no-break space, which a word processor puts there: Markdown
# wants an ordinary space or a tab after the mark.
_NO_BREAK_AFTER_MARK = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[\u00a0\u202f]")
# '[text] (https://…)', '[text] (other-pattern.md)', '[text] (www.…)': a space makes it text.
_SPACED_LINK = re.compile(r"\[[^\[\]\n]+\][^\S\n]+\((?:https?:|mailto:|www\.|\.{0,2}/|#|[\w-]++\.md\b)[^)\s]*\)")
# '[text](https://example.com/annual report.pdf)', '[text](The sponsor who moved on)': a
# space inside the address (not before a title in quotes or brackets) makes it text.
_TITLE_IN_CURLY_QUOTES = re.compile(r"(\S++)[ \t]++[\u201c\u2018\u00ab]([^\u201c\u201d\u2018\u2019\u00ab\u00bb\n]*+)[\u201d\u2019\u00bb]")
_SPACE_IN_ADDRESS = re.compile(r"\[[^\[\]\n]+\]\((?!<)[^()\s]++[ \t]++(?![\"'(])[^()\n]*+\)")
_UNDEFINED_REFERENCE = re.compile(r"\[[^\[\]\n]+\]\[[^\[\]\n]+\]")
# '[[The sponsor who moved on]]': a link in a wiki or a notes app, text in Markdown.
WIKI_LINK = re.compile(r"\[\[[^\[\]\n]+\]\]")
# A cell, a tab, a cell: not a bullet, nor Word's 'o', 'a.' or '1)' and a tab before a list item.
# Each part read once (possessive: a run of tabs or spaces is not tried again from each of its
# characters), from the line's start.
_TAB_COLUMNS = re.compile(r"(?m)^(?![ \t]*(?:[•●▪◦–]|o\t|\(?[A-Za-z0-9]{1,3}[.)]\t))[^\t\n]*+(?<=\S)\t[^\S\n]*+\S")
_STRONG_MARKS = re.compile(r"\*\*|__")
# An emoji's name between colons (':smile:', ':+1:', ':e-mail:'), not a time or a ratio
# (10:30:00, a:b:c): GitHub's preview draws it where the name is one it knows.
_SHORTCODE = re.compile(r"(?<![\w:]):([a-z0-9+\-][a-z0-9_+\-]*):(?![\w:])")
_TABLE_ROW = re.compile(r"(?m)^[ \t]*\|[^\n]*\|[ \t]*$")
# A grid table's border: '+-------+------+', '+=====+' under its heading row.
_GRID_BORDER = re.compile(r"(?m)^[ \t]*\+(?:[-=:]++\+)++[ \t]*$")
_BRACKETED = re.compile(r"\[[^\[\]\n]+\]")  # never across another '[': linear on '[[[…'
# Prose, not code: words and spaces, ending as a sentence does.
# A sentence: a capitalised word, then five words at least (figures and sums among them:
# 'In 2024 the board asked what the £2m had bought.'), to its full stop.
_PROSE = re.compile(r"\A\s*[A-Z][a-z]+(?: [A-Za-z0-9£$€%,;'’-]+){5,}[.?!]")
# A list's first item, in words ('1. Ask for two decisions'), not code ('- name: x').
# Any list's mark a word processor or a chat pastes ('● ', '◦ ', '▪ ', '➢ ', '✓ ', 'a) ', '(1) ', 'i. ':
# a review of the authors' path in the forty-fifth session found them in a code box with no word).
_LIST_PROSE = re.compile(
    r"\A\s*(?:[-*+•●◦▪■□–—·➢➤►▶→✓✔☐☑]|\d{1,9}[.)]|\(\d{1,3}\)|[a-z][.)]|\([a-z]\)|(?:i{1,3}|iv|vi{0,3}|ix|x)\.)[ \t]+[A-Z][a-z]+(?: [A-Za-z,;'’-]+){2,}"
)


def _shortcodes(block: Token, line: int) -> Iterator[Problem]:
    """The first emoji name GitHub knows between colons in the block's text (not in code,
    nor in an address shown as its own link), at its line, and at its place on the line
    (not at the same name in code before it)."""
    from stallpatterns.emoji_names import GITHUB_EMOJI  # (read only where a name may be: most text has none)

    in_address = False
    for child, offset in lines_of(block.children or []):
        if child.type == "link_open":
            in_address = child.markup in ("linkify", "autolink")
        elif child.type == "link_close":
            in_address = False
        if child.type != "text" or in_address or child.content.count(":") < 2:
            continue
        found = next((m for m in _SHORTCODE.finditer(child.content) if m.group(1) in GITHUB_EMOJI), None)
        if found is None:
            continue
        name, emoji = found.group(), GITHUB_EMOJI[found.group(1)]
        written = block.content.split("\n")[offset] if offset < block.content.count("\n") + 1 else ""
        places = [m.start() for m in re.finditer(re.escape(name), written)]
        nth = next((i for i, at in enumerate(places) if written.count("`", 0, at) % 2 == 0), 0)
        yield Problem(
            line + offset,
            "emoji-shortcode",
            f"GitHub's preview shows '{name}' as " + (f"the emoji {emoji}" if emoji else "a picture of its own")
            + "; the site shows the colons and the name as typed",
            (f"type the emoji itself ({emoji}), or write the word without the colons" if emoji else "write the word without the colons"),
            needle=name,
            warning=True,
            nth=nth,
        )
        return


# Bold's marks, and italics' (one '*' or '_' with no other beside it), left in a text.
_EMPHASIS_MARKS = {2: _STRONG_MARKS, 1: re.compile(r"(?<!\*)\*(?!\*)|(?<!_)_(?!_)")}


def _spaced_emphasis(block: Token, line: int, width: int) -> Iterator[Problem]:
    """Bold's marks (``width`` 2) or italics' (1) shown as typed, on GitHub and on the site
    alike: a space just inside them ('** bold **', '**bold **', '*very *'), or a mark inside
    them against a word outside (:func:`_glued_to_a_word`). The marks left in the text are
    the sign: those that made bold or italics are gone. Each pair is looked at once."""
    name = "bold" if width == 2 else "italics"
    for child in block.children or ():
        if child.type != "text" or ("*" not in child.content and "_" not in child.content):
            continue
        text = child.content
        marks = [found.start() for found in _EMPHASIS_MARKS[width].finditer(text)]
        for opening, closing in zip(marks[::2], marks[1::2]):
            inner = text[opening + width : closing]
            if sum(c.isalpha() for c in inner) < (1 if width == 2 else 2):
                continue  # no word inside; 'x * y * z': a formula, not a word in italics
            around = text[opening - 1 : opening] + text[closing + width : closing + width + 1]  # no word just outside: not 2**8
            if _beside(text, opening - 1, -1).isdigit() and _beside(text, closing + width, 1).isdigit():
                continue  # '2 ** 3 to 3 ** 4': arithmetic
            if _SENTENCE_END.search(inner):
                # '*twice this year. The chair was **always* late': two stray marks, each of its own
                # sentence, not one pair: told to close them up, the clause between went into italics.
                mark = text[opening : opening + width]
                at = block.content.find(text[opening : opening + 20])
                yield Problem(
                    line + (block.content.count("\n", 0, at) if at != -1 else 0),
                    f"{name}-spaced",
                    f"this '{mark}' and the one after it are shown as typed: a sentence ends between them, so they make no {name}",
                    f"delete each '{mark}' not meant; for {name}, put the marks round the words meant, with no space inside them: "
                    f"{mark}{inner.strip().split()[0][:30]}{mark}",
                    needle=text[opening : opening + 20] if at != -1 else "",
                    warning=True,
                )
                return
            # A no-break space pasted from a document is a space to the reader, and to Markdown.
            spaced = inner[:1].isspace() or inner[-1:].isspace()
            # '**Name an owner **for each': a document's export leaves the space inside the marks
            # and the next word against them; the mark before the words is clear of a word.
            trailing = inner[-1:].isspace() and not inner[:1].isspace() and not text[opening - 1 : opening].isalnum() and text[opening] == "*"
            if not spaced and text[opening] == text[closing] and (glued := _glued_to_a_word(text, opening, closing, width)):
                yield _glued_problem(block, line, text, opening, closing, glued, width)
                return
            if spaced and (trailing or not any(c.isalnum() for c in around)) and text[opening] == text[closing]:
                shown = text[opening : closing + width]
                at = block.content.find(shown)
                yield Problem(
                    line + (block.content.count("\n", 0, at) if at != -1 else 0),
                    f"{name}-spaced",
                    f"'{shown[:40]}' shows its marks as typed: "
                    + (f"bold takes no space just inside its '{shown[:2]}'" if width == 2 else f"italics take no space just inside their '{shown[0]}'"),
                    f"write {shown[:width]}{inner.strip()[:30]}{shown[:width]}, with no space inside the marks"
                    + (" (the space goes after them)" if text[closing + width : closing + width + 1].isalnum() else ""),
                    needle=shown[:20] if at != -1 else "",
                    warning=True,
                )
                return


# The end of a sentence and the start of the next, inside what two marks hold.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")


def _beside(text: str, at: int, step: int) -> str:
    """The first character from ``at`` on, going ``step`` (1 or -1), that is no space; '' if
    none. Only the spaces are walked: a copy of the text before or after each pair of marks
    made the check quadratic in a line of many."""
    while 0 <= at < len(text) and text[at].isspace():
        at += step
    return text[at] if 0 <= at < len(text) else ""


def _glued_to_a_word(text: str, opening: int, closing: int, width: int) -> str | None:
    """'before' or 'after' where emphasis marks show as typed because a mark inside them meets
    a word outside: '**Signs:**The team' (a closing '**' after a ':' and straight before a
    letter opens bold, it closes none), or 'the**(draft)** plan'. None otherwise."""
    inner = text[opening + width : closing]
    if _is_mark(inner[-1:]) and text[closing + width : closing + width + 1].isalnum() and not text[opening - 1 : opening].isalnum():
        return "after"
    if _is_mark(inner[:1]) and text[opening - 1 : opening].isalnum() and not text[closing + width : closing + width + 1].isalnum():
        return "before"
    return None


def _is_mark(char: str) -> bool:
    """A punctuation mark (or symbol) to Markdown, whose emphasis may not end against a word after it."""
    return bool(char) and not char.isalnum() and not char.isspace() and char not in "*_"


def _glued_problem(block: Token, line: int, text: str, opening: int, closing: int, side: str, width: int) -> Problem:
    """The warning for emphasis marks that meet a word (:func:`_glued_to_a_word`), with where the space goes."""
    shown = text[opening : closing + width]
    marks, inner = shown[:width], text[opening + width : closing]
    name, more = ("bold", "more bold") if width == 2 else ("italics", "more italics")
    at = block.content.find(shown)
    if side == "after":
        after = text[closing + width :].split(None, 1)[0][:20]  # the word the marks meet
        message = (f"'{shown[:40]}{after}' shows its marks as typed: after the '{inner[-1]}', "
                   f"the closing '{marks}' meets the word after it, so Markdown reads it as the start of {more}, not its end")
        hint = f"put a space after the closing marks: {shown[:40]} {after}"
    else:
        before = text[:opening].rsplit(None, 1)[-1][-20:]
        message = (f"'{before}{shown[:40]}' shows its marks as typed: before the '{inner[0]}', the opening '{marks}' meets "
                   f"the word before it, so Markdown reads it as the end of {name}, not its start")
        hint = f"put a space before the opening marks: {before} {shown[:40]}"
    return Problem(
        line + (block.content.count("\n", 0, at) if at != -1 else 0),
        f"{name}-spaced",
        message,
        hint,
        needle=shown[:20] if at != -1 else "",
        warning=True,
    )


_COMMENT_MARKS = re.compile(r"<!--|-->")
_CODE_SPAN = re.compile(r"`[^`]*+`")


def _item_of(tokens: Sequence[Token], index: int) -> Token | None:
    """The list item whose text the inline token at ``index`` is, when it is its first line's
    (lines typed under '1. Team' are that item's text, not a list of their own)."""
    if index >= 2 and tokens[index - 1].type == "paragraph_open" and tokens[index - 2].type == "list_item_open":
        return tokens[index - 2]
    return None


def _sub_list_hint(item: Token, text: str) -> str:
    """How to write lines under a list item as a list inside it: each '- ' indented as far
    as the item's text starts (a list indented less is another list, after the item's)."""
    mark = f"{item.info}{item.markup}"
    first = printable_start(text.split("\n", 1)[0], 30)
    return (f"start each item with '- ', on its own line, indented {len(mark) + 1} spaces further than the '{mark}' "
            f"before '{first}', so that it lines up under '{first}' and shows as a list inside that item")


def _early_end(comment: str) -> int | None:
    """Where a browser ends the comment ``comment`` (markdown-it's, and GitHub's, from its
    '<!--' to its last '-->'), if before its last '-->': after a '-->' or '--!>' inside it
    ('<!-- legal ----> security -->'). None for none ('<!-->' and '<!--->' are whole comments)."""
    found = _COMMENT_END.search(comment, 4) if len(comment) > 7 else None
    return found.end() if found is not None and found.end() < len(comment) else None


_COMMENT_END = re.compile(r"--!?>")


def _pasted(block: Token, line: int, item: Token | None = None) -> Iterator[Problem]:
    """Word processor habits in a paragraph: bullets, a link with a space in it, a reference
    to a link no line defines (each shows as typed, on GitHub and on the site alike); and
    the end of a comment whose start was deleted."""
    content = block.content
    if "-->" in content:
        # What is left of a comment whose start was deleted (the scaffold's guidance, say):
        # everything before the '-->' is published.
        opened = False  # a comment started on a line before, and still open
        for offset, text in enumerate(content.split("\n")):
            marks = _COMMENT_MARKS.findall(_CODE_SPAN.sub("", text) if "`" in text else text)  # '<!--' in code is text
            ends_stray = not opened and marks[:1] == ["-->"] and len(marks) == 1
            opened = marks[-1] == "<!--" if marks else opened
            if ends_stray and text.rstrip().endswith("-->") and "`" not in text:
                yield Problem(
                    line + offset,
                    "comment-end-stray",
                    "'-->' ends a comment that was never opened, so the text before it is published",
                    "delete the rest of the comment, up to and including '-->' (or start it again with '<!--'); for an arrow, write →",
                    needle="-->",
                )
                break
    if "|" in content and len(rows := _TABLE_ROW.findall(content)) > 1:
        lines = content.split("\n")
        first = next(i for i, text in enumerate(lines) if text == rows[0])
        under = lines[first + 1] if first + 1 < len(lines) else ""
        header, divider = row_cells(rows[0]), row_cells(under)
        spaced = "".join(" " if c.isspace() else c for c in under)  # a no-break space, pasted, as it shows
        if rows[0].lstrip().startswith("||") and (headings := [cell.strip() for cell in rows[0].strip().strip("|").split("||")]):
            # Confluence's heading row, '||Quarter||Meetings||': told to add a dividing row of as
            # many cells as its bars make (five), it made a table of five columns, three empty.
            message = "the first row is a heading row as Confluence writes one, with '||' between its cells, so these lines show as text"
            hint = (f"write it with single bars, and a dividing row under it: | {' | '.join(printable_start(h, 30) for h in headings)} | "
                    f"then |{' --- |' * len(headings)}")
        elif is_dividing_row(rows[0]) and first == 0:
            # The dividing row starts the lines: a blank line parts it from the table's first row
            # above, or there is none. (Told to add a dividing row, one more was added under it.)
            message = "this table's dividing row has no row straight above it, so these lines show as text: a table's first row, its headings, goes on the line above its dividing row"
            hint = "put the table's first row on the line straight above this one; if it is there already, delete the blank line between them"
        elif (border := _GRID_BORDER.search(content)) is not None:
            # A grid table, as Pandoc writes one from a word processor's table.
            first = content.count("\n", 0, border.start())
            message = "these lines are a grid table, as Pandoc writes one from a document: GitHub and the site show them as text"
            hint = (f"delete the lines of '+' and '-' (or '='), and put a dividing row with a '---' for each of the {header} cells "
                    f"under the first row: |{' --- |' * header}")
        elif is_dividing_row(under) and divider != header:
            # The row is there; its cells are not as many as the first row's.
            message = (f"the dividing row under the first row has {divider} cell{'s' * (divider != 1)}, and the first row {header}: "
                       "a table needs as many, so these lines show as text")
            hint = f"write the dividing row with a '---' for each of the {header} cells: |{' --- |' * header}"
        elif spaced != under and is_dividing_row(spaced) and (odd := next((c for c in under if c.isspace() and c not in " \t"), None)):
            # It reads as a dividing row, but a word processor's space in it is none to Markdown.
            message = (f"the dividing row under the first row has {character_name(odd)} in it, pasted from a word processor, "
                       "which Markdown does not read as a space, so these lines show as text")
            hint = f"type the dividing row again with ordinary spaces: |{' --- |' * header}"
        elif spaced != under and is_dividing_row(spaced):
            # Only tabs: one before the row indents it four columns or more, where no row of a
            # table may start (it was an internal error: no word processor's space was found).
            message = "the dividing row under the first row has a tab in it, which indents it too far to be read as one, so these lines show as text"
            hint = f"type the dividing row again with spaces, starting where the first row starts: |{' --- |' * header}"
        else:
            message = "these lines look like a table's rows, but without a dividing row under the first, they show as text"
            hint = "add a line such as '| --- | --- |' (a '---' for each column) under the first row"
        yield Problem(line + first, "table-without-divider", message, hint, warning=True)
    if "\t" in content and len(columns := _TAB_COLUMNS.findall(content)) > 1:
        yield Problem(
            line + content.count("\n", 0, content.find(columns[0])),
            "pasted-columns",
            "these lines are columns separated by tabs (pasted from a spreadsheet, say): they show as one run of text, not a table",
            "write a table: '| a | b |' for each row, with a line such as '| --- | --- |' under the first",
            warning=True,
        )
    if "**" in content or "__" in content:
        yield from _spaced_emphasis(block, line, 2)
    if "*" in content or "_" in content:
        yield from _spaced_emphasis(block, line, 1)
    if ":" in content:
        yield from _shortcodes(block, line)
    # Two lines at least, each starting with a mark (a block of one line is not looked at).
    if "\n" in content and (found := _BULLET_LINE.search(content)) is not None and len(_BULLET_LINE.findall(content)) > 1:
        yield Problem(
            line + content.count("\n", 0, found.start()),
            "pasted-bullets",
            "these lines start like list items, but with marks Markdown does not read as a list, so they show as one run of text",
            ("delete the backslash before each item's mark (a document's export adds it), and leave a blank line before the list"
             if re.match(r"[ \t]*\d{0,9}\\", found.group())
             else "the space after each item's mark is a no-break space (pasted from a word processor), which Markdown does not "
             "read as one: delete it and type an ordinary space, and leave a blank line before the list"
             if _NO_BREAK_AFTER_MARK.match(found.group())
             else _sub_list_hint(item, content)
             if item is not None and found.start() > 0
             else "start each item with '- ' (or '1. ', '2. '…) and a space, on its own line, after a blank line"),
            needle=found.group().strip()[:1],
            warning=True,
        )
    if "\\" in content and (escaped := _ESCAPED_MARKS.search(content)) is not None:
        # A document's export escapes the marks it does not mean as Markdown: '\*\*Important:\*\*',
        # '\### Owners' (the authors' round of the fifty-third session: published as typed).
        meant = escaped.group().replace("\\", "").strip()
        yield Problem(
            line + content.count("\n", 0, escaped.start()),
            "escaped-marks",
            f"'{printable_start(escaped.group().strip(), 40)}' has its marks escaped with backslashes (a document's export adds them), so the page "
            f"shows the marks as typed, not {'a heading' if meant.startswith('#') else 'bold text'}",
            f"delete the backslashes: {printable_start(meant, 40)}",
            needle=escaped.group().strip()[:2],
            warning=True,
        )
    if "<@" in content or "<#C" in content or "<!here" in content or "<!channel" in content:
        if (mention := _SLACK_CODE.search(content)) is not None:
            yield Problem(
                line + content.count("\n", 0, mention.start()),
                "pasted-mention",
                f"'{mention.group()}' is how Slack writes a mention of a person or a channel in its own code: the page shows it as typed",
                "write the person's role or the channel's name in words",
                needle=mention.group()[:3],
                warning=True,
            )
    if "[" not in content:
        return
    if "]:" in content and (empty := _EMPTY_DEFINITION.search(content)) is not None:
        label = printable_start(empty.group(1), 40)
        yield Problem(
            line + content.count("\n", 0, empty.start()),
            "link-definition-empty",
            f"'{label}:' has no address after it, so it defines no link: GitHub and the site show it as typed",
            f"to define a link, write its address after the colon ({label}: https://…); to show the words, write them without the brackets",
            needle=empty.group(1)[:20],
            warning=True,
        )
    shown_text: str | None = None  # the block's text as shown, read once when a match needs it
    shown: set[str] = set()  # the brackets in it
    for pattern, code, message, hint in (
        (_SPACED_LINK, "link-spaced", "a space between ']' and '(' makes this text, not a link", "delete the space: [text](address)"),
        (_UNDEFINED_REFERENCE, "link-undefined", "no line defines this link's reference, so it shows as typed",
         "write the address in it: [text](https://…), or add a line '[label]: https://…'"),
        (_SPACE_IN_ADDRESS, "link-space-in-address", "a space inside the link's address makes this text, not a link",
         "to link to a pattern, write its file name: [text](other-pattern.md); in a web address, write %20 for "
         "each space (https://example.com/annual%20report.pdf), or put the address in <…>"),
        (WIKI_LINK, "wiki-link", "'[[…]]' makes a link in a wiki or a notes app (Notion, Obsidian, Confluence), not in Markdown: "
         "GitHub and the site show it as typed", ""),
    ):
        # One pass: where each match's line starts, and whether a backtick comes before it
        # on that line, are read from the text since the match before.
        read, line_start, code_before = 0, 0, False
        for found in pattern.finditer(content):
            at = found.start()
            if (newline := content.rfind("\n", read, at)) != -1:
                line_start, code_before = newline + 1, False
            code_before = code_before or content.find("`", max(read, line_start), at) != -1
            read = at
            if code_before or (at > line_start and content[at - 1] == "\\"):
                continue  # after code on its line, or escaped: as meant
            if code != "link-spaced":
                if shown_text is None:
                    shown_text = _text_shown(block)
                    shown = set(_BRACKETED.findall(shown_text))
                if code == "wiki-link":
                    if _with_marks_as_typed(found.group()) not in shown_text:
                        continue  # a Markdown link whose text is in brackets ('[[1]](https://…)'): shown as '[1]'
                    # Which patterns exist is the catalogue's to know: it names one, where one is
                    # meant (catalogue._wiki_links_meant). A file name made from the words linked to
                    # no pattern, which the author was then told was a broken link.
                    hint = wiki_link_hint(found.group(), "the patterns folder")
                    stem, dot, extension = found.group()[2:-2].partition("|")[0].strip().rpartition(".")
                    if at > 0 and content[at - 1] == "!" and dot and f".{extension.lower()}" in PICTURE_ENDINGS:
                        # '![[Steering group.png]]': a picture shown in its place, in Obsidian.
                        file = f"{slugify(stem) or 'picture'}.{extension.lower()}"
                        message = "'![[…]]' shows a picture in a notes app (Obsidian), not in Markdown: GitHub and the site show it as typed"
                        hint = f"save the picture in docs/assets/ as {file}, and write: ![what the picture shows](/assets/{file})"
                elif _with_marks_as_typed(found.group()[: found.group().index("]") + 1]) not in shown:
                    continue  # a link after all (its label is defined)
            if code == "link-space-in-address" and _address_to_come(address := found.group()[found.group().index("](") + 2 : -1].strip()):
                # '(insert link)': an address still to find. Told the file name, the author linked to no file.
                message = f"'{printable_start(address, 60)}' is left for an address to come: the page shows it as typed, brackets and all"
                hint = "write the page's address between the round brackets, as [the report](https://…); or delete the brackets"
            elif code == "link-space-in-address" and (titled := _TITLE_IN_CURLY_QUOTES.fullmatch(address)) is not None:
                # '(https://… “The audit”)': a title in a word processor's quotes, which Markdown does not
                # read as one. Told to write %20 for the space, the author made the title part of the
                # address (helper-249 and the authors' round of the fifty-fourth session).
                url, title = titled.groups()
                words = found.group()[1 : found.group().index("](")]
                message = f"the link's title, '{printable_start(title, 60)}', is in curly quotes, which Markdown does not read as a title's: the page shows the link as typed"
                hint = f"write the title in straight quotes, or delete it: [{printable_start(words, 60)}]({url} \"{title}\")"
            elif code == "link-space-in-address" and _LIKE_A_TITLE.fullmatch(address):
                # '(AI pilots that never reach production)': a pattern's title as its address.
                # Told to write %20 for the spaces, the author made a link to no file.
                words = found.group()[1 : found.group().index("](")]
                hint = f"to link to a pattern, write its file name, with hyphens for spaces: [{printable_start(words, 60)}]({slugify(address) or 'other-pattern'}.md)"
            elif code == "link-space-in-address" and address.lower().endswith(".md"):
                # '(the sponsor who moved on.md)': a pattern's title as its file name. '%20' or '<…>'
                # made a link to a file that does not exist.
                words = found.group()[1 : found.group().index("](")]
                hint = f"write the pattern's file name, with hyphens for spaces: [{printable_start(words, 60)}]({slugify(address[:-3]) or 'other-pattern'}.md)"
            if code == "link-undefined" and (defined := _definition_in_text(content, found.group())) is not None:
                # The definition is there, but straight after a line of text: it is text too.
                message = f"this link's definition ('{printable_start(defined, 40)}…') is a line of the same paragraph, straight after text, which makes it text too"
                hint = "put a blank line before the line that defines the link"
            yield Problem(line + content.count("\n", 0, found.start()), code, message, hint, needle=found.group()[:20], warning=True)
            break
    if "](" in content:
        yield from _unclosed_link(block, line)


# A line that would define a link but has no address ('[report]:' and nothing after it): in
# a paragraph, since a definition with its address never is one.
_EMPTY_DEFINITION = re.compile(r"(?m)^ {0,3}(\[[^\[\]\n]+\]):[ \t]*$")

# '[text](address' and no ')' after it on its line: the link is never closed.
_LINK_OPENED = re.compile(r"\[[^\[\]\n]+\]\((?!<)[^()\s]++")


def _unclosed_link(block: Token, line: int) -> Iterator[Problem]:
    """A link whose address is never closed with ')' ('See [the report](https://… for the
    figures.'): GitHub and the site both show '[the report](' as typed. The first of a block,
    its line's last ')' found once a line."""
    content = block.content
    closed_to = (-1, -1)  # on the line read last: where it ends, and its last ')'
    shown: set[str] | None = None
    for found in _LINK_OPENED.finditer(content):
        if found.end() > closed_to[0]:
            end = content.find("\n", found.end())
            end = len(content) if end == -1 else end
            closed_to = (end, content.rfind(")", found.start(), end))
        if closed_to[1] >= found.end():
            continue  # a ')' later on its line: closed there, or another matter
        start = content.rfind("\n", 0, found.start()) + 1
        if "`" in content[start : found.start()] or (found.start() and content[found.start() - 1] == "\\"):
            continue  # after code on its line, or escaped: as meant
        if shown is None:
            shown = set(_BRACKETED.findall(_text_shown(block)))
        label = found.group()[: found.group().index("]") + 1]
        if _with_marks_as_typed(label) in shown:
            yield Problem(
                line + content.count("\n", 0, found.start()),
                "link-unclosed",
                "this link's address is never closed with ')', so the link shows as typed",
                f"end the address with ')': {printable_start(label, 40)}({printable_start(found.group()[len(label) + 1 :], 60)})",
                needle=found.group()[:20],
                warning=True,
            )
            return


# An address of words and spaces alone, as a title is written: no scheme, path or ending.
_LIKE_A_TITLE = re.compile(r"[^\W\d_][\w'’ -]*")


def _text_shown(block: Token) -> str:
    """A block's text as shown: its text tokens, without its links' addresses or its code, and
    with the quote marks and dashes the page draws as they are typed, as a bracket is read."""
    return _with_marks_as_typed("".join(c.content for c in block.children or [] if c.type == "text"))


# The marks the page's typography draws for those typed ('’' for "'", '–' for '--', '…' for
# '...'): a bracket as typed is one as shown, with "the ICO's guidance" shown with '’' (helper-242).
_TYPOGRAPHY = re.compile(r"[‘’]|[“”]|[-–—]+|…")
_MARK_TYPED = {"‘": "'", "’": "'", "“": '"', "”": '"', "…": "..."}


def _with_marks_as_typed(text: str) -> str:
    return _TYPOGRAPHY.sub(lambda mark: _MARK_TYPED.get(mark.group(), "-"), text) if not text.isascii() or "-" in text else text


def _definition_in_text(content: str, reference: str) -> str | None:
    """How a paragraph's ``content`` would define ``reference`` ('[text][label]') on a line
    of its own, if it does ('[label]:')."""
    label = f"[{reference[reference.rindex('[') + 1 : -1]}]:"
    return next((label for text in content.split("\n") if text.lstrip(" ").lower().startswith(label.lower())), None)


def problems(tokens: Sequence[Token]) -> Iterator[Problem]:
    """Everything in a body that the site would not publish as the author previewed it."""
    yield from _descriptions_repeated(tokens)
    if not tokens or not (refused := tokens[0].meta.get("refused")):
        yield from _problems(tokens)
        return
    yield Problem(
        refused[1],
        "links-overused",
        "the links that take their address from this definition take so much text in all that GitHub's reader "
        "stops reading them as links part of the way through, and shows the rest as typed",
        "link to this address a few times only, or write a shorter address",
        needle="[",
    )
    # The links past that point show as typed, each told as a link no line defines: told once, here.
    yield from (problem for problem in _problems(tokens) if problem.code != "link-undefined")


def _descriptions_repeated(tokens: Sequence[Token]) -> Iterator[Problem]:
    """A picture described in the words of one above it: a screen reader's listener hears the
    same words twice and cannot tell the pictures apart (and thirty pictures described alike
    carried text no reader sees). A warning at each picture after the first."""
    seen: set[str] = set()
    for token in tokens:
        if token.type != "inline" or not token.map or "![" not in token.content:
            continue
        for child, offset in lines_of(token.children or []):
            if child.type != "image" or not (words := " ".join(picture_words(child).split())):
                continue
            if words.casefold() not in seen:
                seen.add(words.casefold())
                continue
            yield Problem(
                token.map[0] + offset,
                "image-description-repeated",
                f"this picture's description, '{printable_start(words, 60)}', is an earlier picture's: "
                "a screen reader says the same words for both, and its listener cannot tell the pictures apart",
                "say what this picture shows that the other does not",
                needle="![",
                warning=True,
            )


# What a private copy's address holds after its '?': a key, a token or a signature ('?key=…',
# Google Docs' pictures; '?sig=…&se=…', a shared file's).
_PRIVATE_QUERY = re.compile(r"(?i)(?:^|[&;])(?:key|token|access_token|auth|sig|signature|x-amz-signature|expires)=")
# A comment's end typed with a dash for its hyphens ('—>', '–>', '-–>').
DASHED_CLOSE = re.compile("-?[\u2010-\u2015\u2212]-?>")


def _problems(tokens: Sequence[Token]) -> Iterator[Problem]:
    for index, token in enumerate(tokens):
        line = token.map[0] if token.map else 0
        if token.type == "html_block":
            if token.content.lstrip().startswith(("<!-->", "<!--->")) and is_unclosed_html(token):
                # An empty comment as CommonMark 0.31 writes it: GitHub's reader (0.29) closes it
                # on its line, and shows what follows; the site's does not.
                empty = token.content.lstrip()[: 6 if token.content.lstrip().startswith("<!--->") else 5]
                yield Problem(
                    line,
                    "comment-unclosed",
                    f"'{empty}' is read two ways: GitHub takes it as an empty comment and shows the lines after it, the site does not",
                    "delete it; a comment is written '<!-- words -->'",
                    needle="<!--",
                )
            elif token.content.lstrip().startswith("<!--") and is_unclosed_html(token):
                dashed = DASHED_CLOSE.search(token.content)  # ('<!-- check with Sam —>': helper-238)
                yield Problem(
                    line,
                    "comment-unclosed",
                    f"the comment opened with '<!--' on this line is never closed, so {_rest(token)} is hidden",
                    f"write '-->', two hyphens and '>', in place of its '{dashed.group()}': a word processor or a phone made a dash of the hyphens"
                    if dashed
                    else "add '-->' where the comment ends",
                    needle="<!--",
                )
            elif not HTML_COMMENTS.fullmatch(token.content):
                visible = strip_comments(token.content).strip()
                start = token.content.find(visible[:1]) if visible else 0
                problem = _raw_html(visible, line + token.content.count("\n", 0, start))
                if token.content.lstrip().startswith("<!--") and not visible.startswith("<"):
                    problem = replace(
                        problem,
                        message="text after an HTML comment in the same block: GitHub reads it all as HTML, not Markdown",
                        hint="put the comment on a line of its own, with a blank line after it",
                    )
                if is_unclosed_html(token):
                    problem = replace(problem, message=f"{problem.message}, and it is never closed, so it takes in {_rest(token)}")
                yield problem
        elif token.type == "inline":
            opened = tokens[index - 1].type if index > 0 else ""
            yield from _inline_problems(token, line, paragraph=opened == "paragraph_open", one_line=_ONE_LINE.get(opened))
            yield from _pasted(token, line, _item_of(tokens, index))
        elif (
            token.type == "code_block"
            and token.level == 0
            and ((listed := _LIST_PROSE.match(token.content) is not None) or _PROSE.search(token.content))
            and not _lazy_in_github(tokens, index)
        ):
            what = "list" if listed else "text"
            yield Problem(
                line,
                "indented-text",
                f"this {what} is indented by four spaces or a tab, so GitHub and the site show it as code, in a box",
                f"delete the spaces or tab before {'each item' if listed else 'it'}; for code, put it between lines of three backticks (```)",
                warning=True,
            )
        elif token.type == "table_open" and _table_github_declines(tokens, index):
            yield Problem(
                line,
                "table-in-text",
                "GitHub shows these lines as text, not a table: a line of the paragraph they follow looks like a "
                "table's dividing row (such as '-|-'), and after one GitHub starts no table in that paragraph",
                "leave a blank line before the table's first row",
            )
        elif token.type == "paragraph_open" and _definition_github_hides(tokens[index + 1].content.partition("\n")[0]):
            yield Problem(
                line,
                "definition-github-hides",
                "GitHub reads this line as a link definition, and hides it, though its address leaves a '(' open; "
                "the site shows it as text",
                "close the bracket in the address, or write '\\(' for a bracket that stays open; "
                "if the line is meant as text, start it with a word before the '['",
                needle="[",
            )
        elif token.nesting == 1 and "too_deep" in token.meta:
            yield Problem(
                token.meta["too_deep"],
                "nesting-too-deep",
                "this line is inside more lists and quotes, nested in each other, than the site reads: the site would "
                "leave it out, with the rest of its quote, or in a list with everything after it, where GitHub shows them",
                # (One count for both, which the hint says: '> - > - > - > deep' is three lists and four quotes,
                # each within the deepest either may go alone, and too deep: helper-245.)
                f"count each list the line is in twice and each quote once: the site reads {MOST_NESTING - 1} in all "
                f"(lists {MOST_NESTED_LISTS} deep, or quotes {MOST_NESTING - 1} deep); take out a level, or write the text as a paragraph of its own",
            )
        elif token.type == "code_block" and _lazy_in_github(tokens, index):
            yield Problem(
                line,
                "indented-after-list",
                "GitHub reads this indented line as more of the text of the list item or quote above it; the site shows it as code",
                "indent it as far as the item's text to keep it in the item, or leave a blank line before it for code",
            )
        elif token.type == "fence" and is_unclosed(token):
            text_line = _fence_as_text(tokens, index) if token.markup[0] == "`" else None
            if text_line is not None:  # the author's closing fence was read as an opening one
                yield Problem(
                    text_line,
                    "fence-unclosed",
                    "this line opens no code block: with a backtick after its '```', it is text, so the '```' "
                    f"meant to close the code opens a code block that is never closed, and {_rest(token)} is shown as code",
                    "delete the backtick after '```' on this line: only a language name may follow it",
                    needle="```",
                )
            elif not token.info.strip() and not token.content.strip():
                # The '```' that closed a code block around the whole draft (a chat assistant's
                # answer), left when the line that opened it was deleted: nothing follows it.
                # In a quote or list item, its text may go on after it: only the last is a leftover.
                last = all(tokens[after].type.endswith("_close") for after in range(index + 1, len(tokens)))  # no copy of the rest
                yield Problem(
                    line,
                    "fence-unclosed",
                    f"this '{token.markup}' has nothing after it: it opens an empty code block, which the page would show as an empty box "
                    "(it is likely the end of a code block whose first line was deleted)"
                    if last
                    else f"this '{token.markup}' opens a code block with nothing in it, which the page would show as an empty box",
                    "delete this line",
                    needle=token.markup,
                )
            else:
                # '``' typed to close '```': with a mark too few, it is a line of the code.
                short = next((t.strip() for t in token.content.split("\n") if t.strip() and set(t.strip()) == {token.markup[0]}), "")
                yield Problem(
                    line,
                    "fence-unclosed",
                    f"the code block opened with '{token.markup}' on this line is never closed, so {_rest(token)} is shown as code",
                    f"the line '{short}' further down has too few marks to close it: write '{token.markup}' in its place"
                    if short and len(short) < len(token.markup)
                    else f"add a line '{token.markup}' where the code ends",
                    needle=token.markup,
                )
        elif token.type == "fence" and (kind := token.info.strip().split(" ")[0].lower()) in DRAWN_FENCES:
            yield Problem(
                line,
                "unsupported-markdown",
                f"GitHub's preview draws a '{kind}' code block as a {'formula' if kind == 'math' else 'diagram or map'}; "
                "the site shows its text as code",
                "describe it in words, a list or a table (or put a picture of it in docs/assets/ and show that)",
                needle=token.markup,
            )
        elif token.type == "heading_open" and token.tag == "h1" and token.level > 0:
            # One inside a list or quote; the rules report the body's own headings.
            yield Problem(
                line,
                "h1-in-body",
                "the body must not have a level-1 heading, in a list or quote either (the title comes from front matter)",
                "use '### ' for a subheading, or write the line as text",
                needle="#",
            )
        elif token.type in ("blockquote_open", "list_item_open") and index + 2 < len(tokens):
            first = tokens[index + 2]  # the inline content of the first paragraph inside
            if first.type != "inline":
                continue
            alert = _ALERT.match(first.content) if token.type == "blockquote_open" else None
            if alert:
                yield Problem(
                    line,
                    "unsupported-markdown",
                    f"GitHub's {alert.group(0)} alert is not supported: the site shows it as a plain quote",
                    "write the note as an ordinary paragraph",
                    needle="[!",
                )
            elif token.type == "list_item_open" and _TASK_ITEM.match(first.content) and first.map and token.map and first.map[0] == token.map[0]:
                box = first.content[:3]
                yield Problem(
                    line,
                    "unsupported-markdown",
                    f"task-list checkboxes ('{token.info}{token.markup} {box}') are not supported: the site shows the brackets as text",
                    f"write the items as a plain list, without '{box}'",
                    needle="[",
                )
            elif token.type == "list_item_open" and _TASK_ITEM_UNSPACED.match(first.content) and first.map and token.map and first.map[0] == token.map[0]:
                box = first.content[:3]
                yield Problem(
                    line,
                    "unsupported-markdown",
                    f"'{token.info}{token.markup} {box}' starts a task-list checkbox with no space after it: GitHub and the site both show "
                    f"the brackets as text, and the site supports no checkboxes",
                    f"write the items as a plain list, without '{box}'",
                    needle="[",
                    warning=True,
                )


def _paragraph_before(tokens: Sequence[Token], index: int) -> tuple[int, list[str]] | None:
    """The first body line and the lines of a paragraph that runs right up to the block
    opened at ``index`` (no blank line between), if there is one."""
    if index < 3 or tokens[index - 1].type != "paragraph_close":
        return None
    paragraph, block = tokens[index - 3].map, tokens[index].map
    if paragraph is None or block is None or paragraph[1] != block[0]:
        return None
    return paragraph[0], tokens[index - 2].content.split("\n")


def _table_github_declines(tokens: Sequence[Token], index: int) -> bool:
    """A table straight after a paragraph (its header one of the paragraph's lines on
    GitHub), where GitHub had already tried a line of that paragraph as a dividing row,
    found no header to match it, and so tries no more: the paragraph goes on as text."""
    before = _paragraph_before(tokens, index)
    if before is None:
        return False
    tried = before[1][1:]  # each line after the first was tried
    header = []
    for at in range(index + 1, len(tokens)):
        if tokens[at].type == "inline":
            header.append(tokens[at].content)
        elif tokens[at].type == "thead_close":
            break
    return any(is_dividing_row(line) for line in tried) or all(is_dividing_row(cell) for cell in header)


_FENCE_WITH_A_BACKTICK = re.compile(r" {0,3}`{3,}[^`]*`")


def _fence_as_text(tokens: Sequence[Token], index: int) -> int | None:
    """The body line of a line that looks like an opening fence but is text (three
    backticks or more, and a backtick after them), in the paragraph that runs up to the
    fence at ``index``: the author's opening fence, so that this fence was meant to close."""
    before = _paragraph_before(tokens, index)
    if before is None:
        return None
    first, lines = before
    for offset in reversed(range(len(lines))):
        if _FENCE_WITH_A_BACKTICK.match(lines[offset]):
            return first + offset
    return None


def _hides_a_character(href: str, written: str) -> bool:
    """Whether the address's host holds a character that shows as nothing (a soft hyphen
    pasted from a document), written as it is in ``written`` (the block's text): the check of
    invisible characters tells where it stands, and the address opens once it is deleted.
    Told as well that the address cannot be opened, or passes for another, the author heard
    twice of one slip, once of a host they never wrote ('xn--example-oka.com'). A host
    written in that form is read as ever: its characters are nowhere in the file."""
    try:
        host = unicode_host(urlsplit(href).hostname or "")
    except ValueError:
        return False
    hidden = {host[index] for index in invisible_characters(host, emoji_joiners=True)}
    return bool(hidden) and all(char in written for char in hidden)


def glued_mark(written: str) -> int | None:
    """Where a bare address as written (``https://example.com—it``) runs on into a mark a word
    processor types: the first em dash after a plain ASCII start that has a dot in it (Word
    makes one of '--' between two words), or else the closing quotes, dashes, ellipses and
    other marks outside ASCII it ends in. GitHub's reader ends a bare address only at a
    space or '<', and leaves out only ASCII marks at its end. None when there is none: an
    en dash inside a path ('Michelson–Morley_experiment') is part of many addresses."""
    dash = written.find("—")
    if dash > 0 and _bracketable(written[:dash]) and "." in written[:dash]:
        return dash
    end = len(written)
    while end > 0 and not written[end - 1].isascii() and unicodedata.category(written[end - 1])[0] == "P":
        end -= 1
    return end if 0 < end < len(written) and _bracketable(written[:end]) else None


def _bracketable(address: str) -> bool:
    """Whether an address can be written between angle brackets as it is: plain ASCII, and
    no bracket of its own."""
    return address.isascii() and "<" not in address and ">" not in address


def _with_scheme(address: str) -> str:
    """A bare address with its scheme: https:// before one that starts 'www.'."""
    return address if url_scheme(address) else f"https://{address}"


def _opens(href: str) -> bool:
    """Whether the sanitizer keeps ``href`` as the renderer writes it: it drops an address
    that no browser could open (``http://www.123.456``: a host that is neither a name nor
    an IP address), which is the author's to fix, not a failure of the renderer."""
    from .sanitizer import differences  # the sanitizer reads this module's LINK_SCHEMES

    return not differences(f'<a href="{escape(without_ignored(href))}">x</a>')


# cmark-gfm reads every '[^…]' that is not a link as a footnote's mark, and where no line
# defines the label it puts back '[^', the text between the brackets as written (none of it
# when the brackets are on different lines) and ']': Markdown inside it is never read. It
# never starts an image at '![^' either: '![^a](b.png)' is '!' and a link there. An
# escaped caret ('[\^k]') makes a mark for it too, which it puts back with a ']' too many
# ('[^k]]'; '![\^k]' is '[^k] ]'), where it makes no link of it (the site makes none either).
_MARKUP_CHARACTER = re.compile(r"[\\`*_~<>&\[\]!]")
_MOST_MARKS_COMPARED = 3
# What makes ']' the end of a link: '(' then an address (in <…>, or without spaces, with
# balanced parentheses) and a title on one line, then ')'. Possessive: one pass.
_LINK_ADDRESS = re.compile(
    r"""\([ \t\n]*+(?:<[^<>\n]*+>|[^\s()<]*+(?:\([^\s()]*+\)[^\s()<]*+)*+)(?:[ \t\n]++(?:"[^"\n]*+"|'[^'\n]*+'|\([^()\n]*+\)))?[ \t\n]*+\)"""
)


@dataclass(frozen=True)
class _Mark:
    start: int  # its '['
    close: int  # its ']'
    image: bool = False  # '![^…](…)': an image on the site, '!' and a link on GitHub
    escaped: bool = False  # '[\^…]': shown with a ']' too many on GitHub


_FOOTNOTE_MARK_PROBLEMS = {
    "image": (
        "GitHub never starts an image at '![^': it shows '!' and a link where the site shows the picture",
        "write the image's description without a '^' at its start",
    ),
    "escaped": (
        "GitHub takes '{needle}' for a footnote's mark although its '^' is escaped, and shows it otherwise than "
        "the site: with a ']' too many ('{shown}')",
        "put the backslash before the '[' instead ('\\[^'), which both show as '[^'; or, if it is code, put it in backticks (`…`)",
    ),
    "escaped image": (
        "GitHub takes '{needle}' for a footnote's mark although its '^' is escaped, and shows it otherwise than "
        "the site: without the '!' before it, and with a ']' too many ('{shown}')",
        "put the backslash before the '[' instead ('\\[^'), which both show as '[^'; or, if it is code, put it in backticks (`…`)",
    ),
    "mark": (
        "GitHub takes '{needle}' for a footnote's mark and shows what is between "
        "'[^' and ']' as written (nothing of it when it runs over a line), where the site reads it as Markdown",
        "if it is code or a pattern, put it in backticks (`…`); otherwise a backslash before the '[' ('\\[^') "
        "makes GitHub read it as the site does",
    ),
}


def _shows_text(block: Token, text: str) -> bool:
    """Whether the site shows ``text`` in the words of an inline block (outside code)."""
    return any(child.type == "text" and text in child.content for child in block.children or [])


def _footnote_mark_shown_otherwise(content: str, paragraph: bool, shown_as_text: bool = True) -> tuple[int, str, str] | None:
    """The first '[^…]' of a paragraph, heading or cell (as written) that the site shows
    otherwise than GitHub: where it starts, its text, and what it is ("image" for an
    image's, "escaped" for '[\\^…]', "escaped image" for '![\\^…]', else "mark"); None if
    the site shows them all alike.
    ``shown_as_text``: whether the site shows a '[^' as text in the block at all (an
    escaped mark the site makes a link of, '[\\^k][r]', is one on GitHub too)."""
    marks = _footnote_marks(content, paragraph)
    if not marks:
        return None
    image = next((mark for mark in marks if mark.image), None)
    if image is not None:
        return image.start - 1, content[image.start - 1 : image.close + 1], "image"
    escaped = next((mark for mark in marks if mark.escaped), None) if shown_as_text else None
    if escaped is not None:
        # After a '!' ('![\^k]'), GitHub loses the '!' too, and shows '[^k] ]'.
        bang = escaped.start > 0 and content[escaped.start - 1] == "!" and (escaped.start < 2 or content[escaped.start - 2] != "\\")
        return escaped.start, content[escaped.start : escaped.close + 1], "escaped image" if bang else "escaped"
    marks = [mark for mark in marks if not mark.escaped]
    if not marks:
        return None
    shown = inline_html(content)
    if shown == inline_html(_with_marks_as_written(content, marks)):
        return None
    # Which one: of the first few, the first the site shows otherwise on its own; past them,
    # the first with a mark of Markdown in it (each comparison reads the whole paragraph).
    first = next(
        (mark for mark in marks[:_MOST_MARKS_COMPARED] if shown != inline_html(_with_marks_as_written(content, [mark]))),
        next((mark for mark in marks if _MARKUP_CHARACTER.search(content, mark.start + 2, mark.close) or "\n" in content[mark.start : mark.close]), marks[0]),
    )
    return first.start, content[first.start : first.close + 1], "mark"


def _footnote_marks(content: str, paragraph: bool) -> list[_Mark]:
    """Each '[^…]' GitHub takes for a footnote's mark, in one pass as cmark-gfm pairs
    brackets: outside code, not escaped, closed by its own ']', with no link inside it
    (a link stops the brackets around it being anything) and none after it; and not a
    definition (a paragraph's line starting '[^label]:', reported by dialect.check_footnotes)."""
    code = dict(code_spans(content, github=True))  # where each code span starts: where it ends
    openers: list[tuple[int, int]] = []  # each '[' still open, with how many links were made before it
    links = 0
    marks: list[_Mark] = []
    pos = 0
    while pos < len(content):
        char = content[pos]
        if pos in code:
            pos = code[pos]
            continue
        if char == "\\":
            pos += 2
            continue
        if char == "[":
            openers.append((pos, links))
        elif char == "]" and openers:
            start, links_before = openers.pop()
            address = _LINK_ADDRESS.match(content, pos + 1)
            image = start > 0 and content[start - 1] == "!" and (start < 2 or content[start - 2] != "\\")
            escaped = content.startswith("\\^", start + 1)
            if (escaped or content.startswith("^", start + 1)) and links_before == links:
                label = content[start + 2 + escaped : pos]
                defines = paragraph and content.startswith(":", pos + 1) and _starts_a_line(content, start) and not re.search(r"[ \t\n]", label)
                if image and address and not escaped:  # '![\^k](b.png)' is an image on GitHub too
                    marks.append(_Mark(start, pos, image=True))
                elif not address and not defines and label:
                    marks.append(_Mark(start, pos, escaped=escaped))
            if address and not image:
                links += 1  # GitHub makes a link: no bracket open around it is a mark or a link
        pos += 1
    return marks


def _starts_a_line(content: str, pos: int) -> bool:
    while pos > 0 and content[pos - 1] in " \t":
        pos -= 1
    return pos == 0 or content[pos - 1] == "\n"


def _with_marks_as_written(content: str, marks: Sequence[_Mark]) -> str:
    """``content`` with each mark's text escaped, so that the site shows it as GitHub does."""
    return spans_replaced(content, ((mark.start + 2, mark.close) for mark in marks), _as_written_in_a_mark)


def _as_written_in_a_mark(inner: str) -> str:
    return "" if "\n" in inner else _MARKUP_CHARACTER.sub(r"\\\g<0>", inner)


# GitHub's preview draws mathematics (and, from a fenced block of one of these kinds,
# diagrams, maps and formulas) that the site shows as typed: $$…$$ (on one line or over
# several) and $`…`$ are always mathematics there; $…$ is when it holds a sign of it and
# starts with no digit or space ('$5 to $10' is prices). Escaped dollar signs are no
# exception: GitHub reads '\\$x^2\\$' as mathematics too.
DRAWN_FENCES = ("mermaid", "math", "geojson", "topojson", "stl")
_MATH_SIGNS = frozenset("^_\\{}=")


# Or a short formula in letters, which GitHub draws as mathematics too ('between $a$ and $b$',
# '$x+y$': helper-245, published with its dollar signs and unwarned).
_SHORT_FORMULA = re.compile(r"[A-Za-z](?:[A-Za-z0-9+\-*/<>().,' ]{0,20}[A-Za-z0-9)'])?")


def _inline_math(text: str) -> str | None:
    """The first '$…$' in ``text`` that GitHub takes for mathematics. Each '$' is paired
    with the next one: one pass, however many dollar signs."""
    starts = [i for i, char in enumerate(text) if char == "$"] if "$" in text else []
    for opening, closing in zip(starts, starts[1:]):
        inner = text[opening + 1 : closing]
        if inner and "\n" not in inner and (_MATH_SIGNS.intersection(inner) or _SHORT_FORMULA.fullmatch(inner)) and _math_edges(text, opening, closing):
            return text[opening : closing + 1]
    return None


def _math_edges(text: str, opening: int, closing: int) -> bool:
    """Whether '$' at ``opening`` and ``closing`` can open and close mathematics: no word or
    dollar sign just outside them, no space (or digit, a price) just inside."""
    before, after = text[opening - 1 : opening], text[closing + 1 : closing + 2]
    first, last = text[opening + 1], text[closing - 1]
    outside_clear = not (before == "$" or before.isalnum() or before == "_") and not (after == "$" or after.isalnum() or after == "_")
    return outside_clear and not (first.isspace() or first.isdigit()) and not (last.isspace() or last == "\\")


def _display_math(prose: str) -> tuple[int, str] | None:
    """Where the first '$$…$$' is in ``prose`` (over lines too) and what it is: each '$$'
    paired with the next, with something other than spaces between them."""
    at = prose.find("$$")
    while at != -1:
        end = prose.find("$$", at + 2)
        if end == -1:
            return None
        inner = prose[at + 2 : end]
        if inner.strip() and "$" not in inner:
            return at, prose[at : end + 2]
        at = end
    return None


def _mathematics(block: Token, line: int) -> Iterator[Problem]:
    """Mathematics GitHub's preview draws, where the site shows the dollar signs and text."""
    children = list(lines_of(block.children or []))
    # The paragraph's prose, a line for each line (code, links' addresses and the like left out).
    prose = "".join(t.content if t.type == "text" else "\n" if t.type in ("softbreak", "hardbreak") else " " for t, _ in children)
    shown, at = None, 0
    if (display := _display_math(prose)) is not None:
        at, shown = prose.count("\n", 0, display[0]), display[1]
    for index, (token, token_line) in enumerate(children if shown is None else ()):
        before = children[index - 1][0].content if index else ""
        after = children[index + 1][0].content if index + 1 < len(children) else ""
        if token.type == "code_inline" and before.endswith("$") and after.startswith("$"):
            shown, at = f"$`{token.content}`$", token_line
            break
    if shown is not None:
        yield Problem(
            line + at,
            "unsupported-markdown",
            f"GitHub's preview shows '{printable_start(shown, 40)}' as mathematics; the site shows the dollar signs and text as typed",
            "say it in words, or write it as code without the dollar signs: `E = mc^2`",
            needle=shown[:2],
        )
        return
    for token, token_line in children:
        if token.type == "text" and (math := _inline_math(token.content)):
            yield Problem(
                line + token_line,
                "mathematics",
                f"GitHub's preview shows '{printable_start(math, 40)}' as mathematics; the site shows the dollar signs and text as typed",
                "say it in words, or write it as code: `x^2`",
                needle=math,
                warning=True,
            )
            return


# What holds one line of text, where a line break cannot be written: what to do instead.
_ONE_LINE = {
    "th_open": "a table's cell is one line: write '; ' in place of the '<br>', or put each part in a row of its own",
    "td_open": "a table's cell is one line: write '; ' in place of the '<br>', or put each part in a row of its own",
    "heading_open": "a heading is one line: write a space in place of the '<br>'",
}


def _inline_problems(block: Token, line: int, paragraph: bool = True, one_line: str | None = None) -> Iterator[Problem]:
    """What in a line of text (a paragraph's, a heading's, a cell's) the site would not publish
    as previewed. ``one_line``: where a line break cannot be written, what to do instead."""
    if "$" in block.content:
        yield from _mathematics(block, line)
    if "invisible" in block.meta:
        at, reference = block.meta["invisible"]
        if reference == DEFINED_TITLE:
            yield Problem(
                line + at,
                "invisible-character",
                "the title this link's definition gives it holds an invisible character, which reads differently from what a reviewer sees",
                "delete the character (or its reference, such as &#x202E;) from the title in the definition '[…]: address \"title\"'",
            )
        else:
            yield Problem(
                line + at,
                "invisible-character",
                (f"the character reference {printable_start(reference)}" if reference.startswith("&") else f"a character reference {reference}")
                + " makes an invisible character, which reads differently from what a reviewer sees",
                "delete it",
                needle=reference if reference.startswith("&") else "",
            )
    if "address" in block.meta:
        yield Problem(
            line + block.meta["address"],
            "unsupported-markdown",
            "GitHub links this address otherwise than the site: it reads a www. address on through the "
            "marks written next to it ('*', '_', '~', a backslash, an entity such as '&amp;', a backtick), "
            "and an e-mail address together with escaped characters in it",
            "write the address in angle brackets, with its scheme: <https://www.example.com/…> or <name@example.com>",
            needle="www." if "www." in block.content else "@",
        )
    if block.content.count("`") >= 4:
        ours, theirs = code_spans(block.content, github=False), code_spans(block.content, github=True)
        if ours != theirs:
            first = min(set(ours) ^ set(theirs))[0]
            yield Problem(
                line + block.content.count("\n", 0, first),
                "unsupported-markdown",
                "GitHub shows this code differently from the site: after a backtick that nothing closes, "
                "it reads only the first later code span of each length as code",
                "write a backtick that is not code as '\\`', or close it",
                needle="`",
            )
    if "tildes" in block.meta:
        at, single = block.meta["tildes"]
        yield Problem(
            line + at,
            "unsupported-markdown",
            "text between single tildes ('~text~') is struck through on GitHub, but the site shows the tildes"
            if single
            else "GitHub would strike through other text here than the site: it pairs each tilde mark with the nearest "
            "one before it ('~' or '~~'), strikes only between alike ones, and never takes three tildes as a mark",
            "write '~~text~~' to strike it through, or '\\~' for a tilde that stays",
            needle="~",
        )
    if ("[^" in block.content or "[\\^" in block.content) and (
        bracket := _footnote_mark_shown_otherwise(block.content, paragraph, _shows_text(block, "[^"))
    ) is not None:
        at, written, kind = bracket
        needle = written.partition("\n")[0]
        line_start = block.content.rfind("\n", 0, at) + 1
        message, hint = _FOOTNOTE_MARK_PROBLEMS[kind]
        yield Problem(
            line + block.content.count("\n", 0, at),
            "unsupported-markdown",
            message.format(
                needle=printable_start(needle, 60),
                shown=printable_start(needle.replace("\\^", "^", 1) + (" ]" if kind == "escaped image" else "]"), 60),
            ),
            hint,
            needle=needle,
            nth=block.content.count(needle, line_start, at),
        )
    disguised = {index: (text, shown, target) for index, text, shown, target in disguised_links(block.children or [])}
    for index, offset, pictured in _unseen_links(block.children or []):
        yield Problem(
            line + offset,
            "link-without-text",
            "this link shows only a picture with no description: a screen reader has no name to give it, and says its address, or nothing"
            if pictured
            else "this link has no text a reader can see, so nobody knows it is there but a keyboard or a screen reader, which lands on it",
            "describe the picture between its brackets, as where the link goes: [![the 2025 survey](…)](https://…)"
            if pictured
            else "write the words to click between the brackets: [the report](https://…)",
            needle="[",
        )
    for child, offset in lines_of(block.children or []):
        if child.type in ("link_open", "image") and len(title := str(child.attrGet("title") or "")) > LONGEST_TITLE:
            what = "picture" if child.type == "image" else "link"
            yield Problem(
                line + offset,
                "link-title-long",
                f"the {what}'s title (the words in quotes after its address) is {len(title)} characters long: "
                "it shows only while a mouse pointer rests on it, never on a phone, so it is text most readers never see",
                f"keep it to a few words, at most {LONGEST_TITLE} characters, or delete it and put those words in the text",
                needle=title[:20],
            )
    html_found = False
    links = 0
    bracketed: dict[int, int] = {}  # on each line, the links written '[text](…)' so far: which '](' is this one's
    nth = 0
    for index, (child, offset) in enumerate(lines_of(block.children or [])):
        if child.type in ("link_open", "image"):
            own = child.markup not in ("linkify", "autolink")  # '[text](…)': it has a '](' of its own
            nth = bracketed.get(offset, 0) if own else 0
            if own:
                bracketed[offset] = nth + 1
        # A wrapper's address (Outlook's Safe Links) is told with the page's own to write, which
        # the words show: told to make the words the wrapper's, an author kept the wrapper.
        if index in disguised and wrapper_of(str(child.attrGet("href") or "")) is None:
            text, shown, target = disguised[index]
            yield Problem(
                line + offset,
                "link-text-elsewhere",
                f"the link's text is an address at '{printable_start(shown, 200)}', but the link goes to '{printable_start(unicode_host(target), 200)}': "
                "readers trust the address they see",
                "make the text the address the link goes to, or words that say where it goes",
                needle="[" + text,
            )
        if child.type in ("link_open", "link_close"):
            links += 1 if child.type == "link_open" else -1
            if child.type == "link_open" and links > 1:
                yield Problem(
                    line + offset,
                    "link-in-link",
                    "an address in <…> inside a link's text makes a link inside a link, which no browser shows as written",
                    "write the address without the angle brackets, or outside the link's [text]",
                    needle="<",
                )
        if child.type == "html_inline":
            if child.content.startswith("<!--") and (early := _early_end(child.content)) is not None:
                shown, mark = child.content[early:].strip(), "--!>" if child.content[early - 4 : early] == "--!>" else "-->"
                yield Problem(
                    line + offset,
                    "comment-shown",
                    f"this note holds '{mark}' before its end, where a browser ends it: GitHub shows what follows ('{printable_start(shown, 40)}'), and the site does not",
                    f"delete the '{mark}' inside the note, with any hyphens just before it (for an arrow, write →)",
                    needle="<!--",
                )
            # One report per tag: a closing tag after a reported opening one adds nothing. Not a
            # declaration in small letters ('<!doctype html>'): GitHub's reader takes only capitals
            # there, and shows it as text, as the site shows any HTML.
            if not child.content.startswith("<!--") and not _LOWER_DECLARATION.match(child.content) and not (html_found and child.content.startswith("</")):
                html_found = True
                problem = _raw_html(child.content, line + offset)
                children = block.children or []
                before = children[index - 1].content if index > 0 and children[index - 1].type == "text" else ""
                after = children[index + 1].content if index + 1 < len(children) and children[index + 1].type == "text" else ""
                if problem.code == "placeholder" and before[-1:].isalnum():
                    # 'cost<benefit and risk>zero': a comparison, its '<' straight after a word,
                    # which GitHub and the site read as a tag's start and hide.
                    problem = replace(
                        problem,
                        code="raw-html",
                        message=f"'{printable_start(child.content)}' is read as an HTML tag, which the page would not show: "
                        f"a '<' straight after a word or figure starts a tag",
                        hint="put a space after '<' (cost < benefit), or say the comparison in words",
                    )
                elif problem.code == "placeholder" and before.endswith("<") and after.startswith(">"):
                    # '<<add case study>>': the note is all four marks and what they hold; deleting
                    # the inner pair left '<>' on the page.
                    whole = f"<{child.content}>"
                    problem = replace(problem, message=problem.message.replace(f"'{child.content}'", f"'{whole}'", 1), needle=whole)
                elif problem.code == "placeholder" and _in_a_quotation(before, after):
                    # 'starts "Dear <first name>"': a merge field quoted from a letter, written about (the
                    # authors' round of the fifty-fifth session), which a quotation does not keep from
                    # being read as a tag: in backticks, the page shows it as typed.
                    problem = replace(problem, hint=f"{problem.hint}; to write about the mark itself, put it in backticks, `{printable_start(child.content)}`, which the page shows as typed")
                if one_line is not None and (tag := _TAG_NAME.match(child.content)) is not None and tag.group(1).lower() == "br":
                    problem = replace(problem, hint=one_line)  # no line ends inside it, with a backslash or otherwise
                yield problem
        elif child.type == "text" and "{" in child.content and ATTRIBUTE_LIST.search(child.content):  # (most text has no '{')
            yield Problem(
                line + offset,
                "unsupported-markdown",
                "attribute lists ('{: ... }') are not supported: GitHub and the site show them as text",
                "delete the '{ }' part",
                needle="{",
                warning=True,
            )
        elif child.type == "link_open":
            href = str(child.attrGet("href") or "")
            # Where the address stands on its line: a bare one as written ('www.…' has no
            # 'http://' before it), one in <…> at its '<', any other at its '](' .
            at = (block.children or [])[index + 1].content if child.markup == "linkify" else "<" if child.markup == "autolink" else "]("
            if not href.strip():  # '[the report]()': the address left out
                yield Problem(
                    line + offset,
                    "link-without-address",
                    "this link has no address: a reader who clicks it stays on this page",
                    "write the address between the round brackets: [the report](https://…); or delete the brackets",
                    needle="](" if own else "",
                    nth=nth,
                )
            elif own and (href.strip() == "#" or _address_to_come(href)):
                # '[the report](#)', '[the report](insert-link-here)': an address left to fill in.
                yield Problem(
                    line + offset,
                    "link-without-address",
                    f"this link's address is '{printable_start(_as_typed(href), 60)}', "
                    + ("which only goes to the top of this page" if href.strip() == "#" else "words left for an address to come")
                    + ": a reader who clicks it finds nothing",
                    "write the address between the round brackets: [the report](https://…); or delete the brackets"
                    + ("; to link to the top of the page, write (#top)" if href.strip() == "#" else ""),
                    needle="](",
                    nth=nth,
                )
            elif is_safe_link(href) and _hides_a_character(href, block.content):
                pass  # told where the character stands, by the check of invisible characters
            elif is_safe_link(href) and not _opens(href):
                yield Problem(
                    line + offset,
                    "bad-link",
                    f"'{printable_start(href)}' is not an address a browser can open",
                    "check the address: a host name, or its numbers, may be mistyped",
                    needle=at,
                    nth=nth,
                )
            elif is_safe_link(href) and (scheme := url_scheme(href)) is not None and scheme_as_written(href) != scheme:
                # 'ht&#9;tps://…', written 'ht%09tps://…': the checks read https, a browser a page of this site (helper-234).
                yield Problem(
                    line + offset,
                    "bad-link",
                    f"the page writes this address as '{printable_start(href)}', whose '{scheme}:' is not typed plainly, "
                    "so a browser reads it as a page of this site, which does not exist",
                    f"write it as '{printable_start(scheme_typed(href))}'",
                    needle=at,
                    nth=nth,
                )
            elif (scheme := url_scheme(href)) in ("http", "https") and not (rest := after_scheme(href)).startswith("//"):
                # 'https:evil.example' goes to evil.example from a page read over http (a preview,
                # a saved copy) and to a page of this site from one read over https: a browser
                # reads the scheme of the page's own as no more than a relative address. Before
                # the checks of the host: 'https:/intranet/report' is no more certain to go to
                # 'intranet' than 'https:evil.example' to evil.example.
                yield Problem(
                    line + offset,
                    "link-address",
                    f"'{printable_start(href, 200)}' has no '//' after '{scheme}:', so it goes to another site from some "
                    "copies of the page and to a page of this site from others",
                    _no_slashes_hint(scheme, rest),
                    needle="<" if child.markup == "autolink" else "](",
                    nth=nth,
                )
            elif not is_safe_link(href):
                scheme = url_scheme(href)
                drive = on_a_computer(href)  # C:\reports\plan.docx, file:///…
                yield Problem(
                    line + offset,
                    "unsafe-link",
                    f"'{printable_start(unquote(href), 80)}' is a file on a computer, which readers cannot open"
                    if drive
                    else f"link address uses '{printable_start(scheme or '')}:'; only https:, http:, mailto:, relative and # addresses are allowed",
                    COMPUTER_FILE_HINT
                    if drive
                    else "link to a web page (https://…) or an e-mail address (mailto:…)"
                    # An address written as it is ('ftp://…') is mentioned, maybe, not meant as a link;
                    # a phone's ('<tel:…>') is a phone number, which the site gives none of.
                    + (
                        "; a phone number is no part of a pattern: to say whom a reader should call, name them or their role in words"
                        if scheme in _PHONE_SCHEMES
                        else f"; or, to show the address as text, put it between backticks: `{href}`"
                        if child.markup in ("autolink", "linkify")
                        else ""
                    ),
                    needle=at,
                    nth=nth,
                )
            elif scheme == "mailto" and (
                (named := next((r for r in mail_recipients(href) if _NAMED_MAILBOX.search(r)), None)) is not None
                # Or a name before it with no marks ('mailto:Stall%20Patterns%20spy@…'), as written.
                or (mail_path_spaced(href) and (named := unquote(href.partition(":")[2].partition("?")[0])))
            ):
                # '"Stall Patterns bookings" <spy@evil.example>': a mail program shows the reader
                # the name, and writes to the address, which nobody reads.
                bare = _ADDRESS_IN_NAMED.search(named)
                yield Problem(
                    line + offset,
                    "link-address",
                    f"the e-mail link's address '{printable_start(unquote(href), 80)}' gives a name beside the address: "
                    "a reader's mail program shows the name, not the address the mail goes to",
                    f"link to the address alone: (mailto:{printable_start(bare.group() if bare else 'name@example.org', 120)})",
                    needle=at,
                    nth=nth,
                )
            elif scheme == "mailto" and not mail_path(href) and mail_recipients(href):
                # 'mailto:?to=pmo@firm.example': the address is out of sight in a field, where a
                # reader checking where the link goes looks straight after 'mailto:'.
                yield Problem(
                    line + offset,
                    "link-address",
                    f"the e-mail link '{printable_start(unquote(href), 80)}' gives its address in a field after '?', "
                    "where a reader checking where it goes looks straight after 'mailto:'",
                    f"write the address straight after 'mailto:': (mailto:{printable_start(mail_recipients(href)[0], 120)})",
                    needle=at,
                    nth=nth,
                )
            elif scheme == "mailto" and not any(
                _MAILBOX.fullmatch(recipient) and not host_to_come(recipient.rpartition("@")[2]) for recipient in mail_recipients(href)
            ):
                # 'mailto:' or 'mailto:...', left to fill in: a reader's mail program opens with no one to write to.
                yield Problem(
                    line + offset,
                    "link-address",
                    f"the e-mail link '{printable_start(unquote(href), 80)}' writes to no address: it is still to be filled in",
                    "write the address the reader is to write to straight after 'mailto:', or take the link out and keep its words",
                    needle=at,
                    nth=nth,
                )
            elif scheme == "mailto" and (stopped := [r for r in mail_recipients(href) if r.endswith(".")]):
                # 'mailto:pmo@firm.co.uk.': the sentence's full stop, taken into the address.
                yield Problem(
                    line + offset,
                    "link-address",
                    f"the e-mail address '{printable_start(stopped[0], 120)}' ends in a full stop: mail to it may not arrive",
                    f"take the full stop out of the link's address, (mailto:{printable_start(stopped[0].rstrip('.'), 120)}), "
                    "and put it after the link if the sentence ends there",
                    needle=at,
                    nth=nth,
                )
            elif scheme == "mailto" and len(recipients := mail_recipients(href)) > 1:
                # 'mailto:hello@…?cc=notes@evil.example', 'mailto:a@x,b@y': the reader's message goes
                # to someone the link's words do not name, unseen until the mail program opens.
                yield Problem(
                    line + offset,
                    "link-address",
                    f"the e-mail link writes to {len(recipients)} addresses ({printable_start(', '.join(recipients), 200)}), "
                    "where a reader expects one: whoever else it copies in is out of sight until their mail program opens",
                    f"link to one address, with nothing after it but a subject: (mailto:{printable_start(recipients[0], 120)})",
                    needle=at,
                    nth=nth,
                )
            elif scheme == "mailto" and (filled := mail_fields(href)):
                # '?body=Please attach your board papers': the author's words, sent in the reader's
                # name; '?x-mailer=1', '?subject=Hi;body=Send': fields the reader never sees.
                recipient = mail_recipients(href)[0]
                yield Problem(
                    line + offset,
                    "link-address",
                    (
                        f"the e-mail link fills in the reader's message ('{printable_start(filled[0], 40)}=' after the address): "
                        "the words would be the author's, sent in the reader's name"
                        if filled[0] == "body"
                        else f"the e-mail link sets '{printable_start(filled[0], 40)}=' in the reader's message, out of their sight: "
                        "after the address, a link may give a subject, and how urgent it is, and nothing more"
                    ),
                    f"link to the address alone, or with a subject: (mailto:{printable_start(recipient, 120)}"
                    + (f"?{printable_start(subject, 120)})" if (subject := mail_subject(href)) else ")"),
                    needle=at,
                    nth=nth,
                )
            elif scheme == "mailto" and (field := mail_field_lines(href)) is not None:
                # '?subject=Hi%0D%0ACc:%20spy@evil.example': a line the reader's mail program may
                # read as the message's own, copying it to someone unseen.
                field = printable_start(field, 40)
                yield Problem(
                    line + offset,
                    "link-address",
                    f"the e-mail link's {field} holds a line end or another control character ('%0D', '%0A', '%E2%80%A8'): "
                    "a mail program may read what follows as another line of the message's header, such as a copy to someone else",
                    f"write the {field} on one line, with no '%0D', '%0A', '%E2%80%A8', '%E2%80%A9' or other '%0…' or '%1…' in it",
                    needle=at,
                    nth=nth,
                )
            elif (invisible := hidden_encoded(href)) is not None:
                yield Problem(
                    line + offset,
                    "link-address",
                    f"the address holds a character that reorders text, percent-encoded ({invisible}), which reads differently from what "
                    "a reviewer sees: in an e-mail's subject, a right-to-left override shows 'fdp.exe' as 'exe.pdf'",
                    "delete it from the address",
                    needle=at,
                    nth=nth,
                )
            elif scheme == "mailto" and (hidden_field := mail_field_hidden(href)) is not None:
                # '?subject=Stall%20Re%E2%80%8Bview': words a reviewer's search misses.
                field, name = printable_start(hidden_field[0], 40), hidden_field[1]
                yield Problem(
                    line + offset,
                    "link-address",
                    f"the e-mail link's {field} holds a character that shows as nothing, percent-encoded ({name}): "
                    "the words a reader's mail program sends are not the words a reviewer reads",
                    f"delete it from the {field}",
                    needle=at,
                    nth=nth,
                )
            elif (hidden := before_host(href)) is not None:
                yield Problem(
                    line + offset,
                    "link-address",
                    f"the address has '{printable_start(hidden[0], 80)}@' before its host, so it goes to '{printable_start(unicode_host(hidden[1]), 200)}', "
                    "not to the site it seems to name",
                    "write the address of the page itself, with nothing before an '@' in it",
                    needle=at,
                    nth=nth,
                )
            elif (slip := address_slip(href)) is not None:
                message, hint, warning = slip
                if child.markup in ("autolink", "linkify") and not warning:
                    # 'The demo ran on http://localhost:8501 on a laptop': an address told of, linked
                    # only because it is written bare.
                    written = (block.children or [])[index + 1].content if child.markup == "linkify" and index + 1 < len(block.children or []) else href
                    hint += f"; or, to mention the address without a link, put it between backticks: `{printable_start(written, 200)}`"
                yield Problem(
                    line + offset,
                    "link-address",
                    message,
                    hint,
                    # A bare address as written: 'www.intranet.local' has no 'http://' before it.
                    needle=(block.children or [])[index + 1].content
                    if child.markup == "linkify"
                    else href
                    if child.markup == "autolink"
                    else "](",
                    nth=nth,
                    warning=warning,
                )
            elif (found := foreign_host(href)) is not None and set(found[1]) <= set(_TYPED_QUOTE_MARKS):
                # 'www.gov.uk’s guidance': the typed apostrophe runs on into the address.
                host = found[0]
                yield Problem(
                    line + offset,
                    "link-address",
                    f"the address '{printable_start(host, 200)}' runs on into the quote mark after it, on GitHub as on the site, so the link is broken",
                    "put the address in angle brackets with its scheme, before the quote mark: <https://"
                    + printable_start(host.rstrip("".join(_TYPED_QUOTE_MARKS) + "s"), 200) + ">’s; or rephrase",
                    needle=host if child.markup == "linkify" else found[1][0],
                )
            elif child.markup == "linkify" and (glued := glued_mark(at)) is not None and not (at[glued] == "）" and any(f"{b}（{at[:glued]}" in block.content for b in "]］")):
                # 'https://example.com—it explains', 'www.gov.uk/guidance”.': a word processor's
                # dash or closing mark typed straight after a bare address, which GitHub reads
                # on into the address, as the site does.
                address, mark = at[:glued], at[glued:]
                yield Problem(
                    line + offset,
                    "link-address",
                    f"the address '{printable_start(address, 200)}' runs on into the '{mark[0]}' typed after it: GitHub links "
                    f"'{printable_start(at, 200)}', as the site would, so the link is broken",
                    f"put the address in angle brackets with its scheme: <{printable_start(_with_scheme(address), 200)}>{printable_start(mark, 60)}"
                    + (f"; or put a space between the address and the '{mark[0]}'" if unicodedata.category(mark[0]) == "Pd" else ""),
                    needle=at,
                    nth=nth,
                )
            elif (
                child.markup not in ("linkify", "autolink")
                and (ends := _TYPED_END.search(unquote(href))) is not None
                and ends.start() > 0
                and not unquote(href).startswith(("“", "‘", "«"))  # between quotation marks: the catalogue's check names both
            ):
                # '(https://example.com/minutes”)': Word made the straight quote typed after the
                # address a closing one, inside the brackets: the page linked '…/minutes%E2%80%9D'.
                meant = unquote(href)[: ends.start()]
                yield Problem(
                    line + offset,
                    "link-address",
                    f"the address ends in '{ends.group()}', which is part of it: the link goes to '{printable_start(meant, 200)}{ends.group()}', "
                    "a page that does not exist",
                    f"delete the '{ends.group()}' from the address: ({printable_start(meant, 200)})",
                    needle="](",
                    nth=nth,
                )
            elif (found := foreign_host(href)) is not None:
                host, odd = found
                named = ", ".join(f"'{c}' ({unicodedata.name(c, 'unnamed').lower()})" for c in odd[:3])
                yield Problem(
                    line + offset,
                    "link-host-lookalike",
                    f"the link goes to '{printable_start(host, 200)}', whose name has {printable_start(named, 200)}, which pass"
                    + ("es" if len(odd) == 1 else "")
                    + " for another character: readers cannot tell the address from the one it looks like",
                    "type the address afresh in plain Latin letters",
                    needle=host if child.markup == "linkify" else odd[0],
                )
            elif url_scheme(href) is None and (read := as_read(href).replace("\\", "/")).startswith("//"):
                # '//host/…' takes the scheme of wherever the page is read: a saved copy's is file:.
                yield Problem(
                    line + offset,
                    "link-address",
                    f"'{printable_start(href, 200)}' leaves out the 'https:' before it: a link to another site is written in full",
                    f"write it as https://{printable_start(read.lstrip('/'), 200)}",
                    needle="](",
                    nth=nth,
                )
        elif child.type == "image":
            src = str(child.attrGet("src") or "")
            if not src.strip():  # '![the chart]()': the picture's file left out
                yield Problem(
                    line + offset,
                    "image-without-address",
                    "this picture has no address, so the page shows a broken image",
                    "save the picture in the site's docs/assets/ folder and write its name between the round brackets: "
                    f"![{printable_start(child.content, 60) or 'what it shows'}](/assets/picture.png)",
                    needle="![",
                )
            elif on_a_computer(src):
                # A picture inserted from the author's own disk: they need to know where to put it.
                name = re.sub(r"\s+", "-", re.split(r"[\\/]", unquote(src))[-1]) or "picture.png"
                yield Problem(
                    line + offset,
                    "external-image",
                    f"'{printable_start(unquote(src), 80)}' is a picture on a computer, which readers cannot see",
                    f"save the picture in the site's docs/assets/ folder and write ![{printable_start(child.content, 60) or 'what it shows'}](/assets/{printable_start(name, 60)})",
                    needle="![",
                )
            elif not is_local(src):
                pasted = url_scheme(src) == "data"  # the picture itself, pasted in as text
                words = printable_start(child.content, 60) or "what it shows"
                # Where the picture is among the site's pictures, if its address says: the site's
                # own address, copied from the browser, is written from the site's root.
                try:
                    split = urlsplit(src) if not pasted else None
                    path, query = (split.path, split.query) if split is not None else ("", "")
                except ValueError:  # 'https://[::1/chart.png': a bracket never closed
                    path, query = "", ""
                # A file's name, if its address ends in one; a document's copy of a picture
                # ('…googleusercontent.com/docsz/AD_4nX…?key=…') has none (helper-238).
                named = name if (name := path.rpartition("/")[2]).lower().endswith(PICTURE_ENDINGS) else "picture.png"
                saved = path[path.find("/assets/") :] if "/assets/" in path else "/assets/" + named
                yield Problem(
                    line + offset,
                    "external-image",
                    "images must be files on this site: an image pasted into the file as a 'data:' address is not published"
                    if pasted
                    else "images must be files on this site, written from its root (/assets/…): an image at a full address "
                    "would make readers' browsers contact that address",
                    "save the picture as a file in the site's docs/assets/ folder and write ![what it shows](/assets/picture.png)"
                    if pasted
                    else f"if it is one of this site's own pictures, write it as ![{words}]({printable_start(saved, 200)}); "
                    + (
                        # An address with a key or a signature in it ('?key=…'): a private copy's, no link to it.
                        f"otherwise save it in the site's docs/assets/ folder and write that, or link to it instead: [{words}]({printable_start(src, 200)})"
                        if _PRIVATE_QUERY.search(query) is None
                        else "otherwise save the picture as a file in the site's docs/assets/ folder and write that: this address holds a key "
                        "to a private copy (after its '?'), which readers cannot open"
                    ),
                    needle="![",
                )
            elif (markup := next((c for c in child.children or [] if c.type == "html_inline" and not c.content.startswith("<!--")), None)) is not None:
                # HTML in the description: a screen reader reads out the tag as text. Refused
                # as in a link's text; it was told there was no description.
                yield replace(_raw_html(markup.content, line + offset), needle="![")
            elif len(child.content) > LONGEST_IMAGE_DESCRIPTION:
                yield Problem(
                    line + offset,
                    "image-description-long",
                    f"the picture's description is {len(child.content)} characters long: only screen readers read it, "
                    "so it is text that most readers never see",
                    f"say what the picture shows in at most {LONGEST_IMAGE_DESCRIPTION} characters; put the rest in the text",
                    needle="![",
                )
            elif (vague := _tells_nothing(picture_words(child))) is not None:
                yield Problem(
                    line + offset,
                    "image-description",
                    (f"the picture's description, '{printable_start(vague, 60)}', is only {_kind_of_nothing(vague)}"
                     if vague.strip() else "this picture has no description")
                    + ": readers who cannot see it, whose screen reader reads the description out in its place, are told nothing of what it shows",
                    "say in a few words what the picture shows, between the square brackets "
                    f"(say, 'claims waiting each month, 2024 to 2026'): ![…]({printable_start(src, 80)})",
                    needle="![",
                    warning=True,
                )
        elif child.type == "text" and "&#" in child.content and (reference := _long_reference(child.content, block.content)):
            number = int(reference[3:-1], 16) if reference[2] in "xX" else int(reference[2:-1])
            shown = f"'{chr(number)}'" if 0 < number <= 0x10FFFF and not 0xD800 <= number <= 0xDFFF else "a replacement mark (\ufffd)"
            yield Problem(
                line + offset,
                "unsupported-markdown",
                f"'{reference}' has more digits than a character reference may have: GitHub shows {printable_start(shown)}, the site the text as written",
                "write the character itself, or delete the reference",
                needle=reference,
            )


# Longer than CommonMark's references (seven decimal digits, six hexadecimal ones), which
# markdown-it leaves as text, but not longer than GitHub's (eight), which it reads.
_LONG_REFERENCE = re.compile(r"&#(?:[0-9]{8}|[xX][0-9a-fA-F]{7,8});")


def _long_reference(text: str, written: str) -> str | None:
    """The first such reference in a text token that the author wrote as one (not escaped,
    nor made of '&amp;')."""
    for found in _LONG_REFERENCE.finditer(text):
        if re.search(r"(?<!\\)" + re.escape(found.group()), written):
            return found.group()
    return None


_HTML_HINTS = {
    "br": "for a line break, end the line with a backslash (\\)",
    "a": "write a link as [text](https://…)",
    "b": "write **bold**",
    "strong": "write **bold**",
    "i": "write *italic*",
    "em": "write *italic*",
    "p": "separate paragraphs with a blank line",
    "ul": "write a list as lines starting with '- '",
    "ol": "write a numbered list as lines starting with '1. '",
    "li": "write a list as lines starting with '- '",
    # What Markdown has nothing for: what to write instead, not 'write Markdown'.
    "u": "Markdown has no underline (on a web page it reads as a link): write the words in *italics* or **bold**, or delete the tags",
    "ins": "Markdown has no underline (on a web page it reads as a link): write the words in *italics* or **bold**, or delete the tags",
    "mark": "Markdown has no highlight: write the words in **bold**, or delete the tags",
    "sup": "Markdown has no raised text: for a note, put it in brackets after the sentence; for a power or an ordinal, write it plainly (m2, 1st) or in words",
    "sub": "Markdown has no lowered text: write it plainly (CO2) or in words",
    "s": "write ~~struck-through text~~",
    "del": "write ~~struck-through text~~",
    "strike": "write ~~struck-through text~~",
    "small": "Markdown has no smaller text: write the words as they are, or in brackets, or delete the tags",
    "font": "the site sets every pattern's fonts and colours itself: delete the tags, keeping the words",
    "span": "the site sets every pattern's fonts and colours itself: delete the tags, keeping the words",
    "center": "the site sets every pattern's layout itself: delete the tags, keeping the words",
    "div": "the site sets every pattern's layout itself: delete the tags, keeping the words",
}


_NOTE_IN_ANGLES = re.compile(r"<([A-Za-z]+)(?: [A-Za-z]+)*>")
# Keys named in angle brackets ('press <Enter>'): not text still to be written.
_KEYS = frozenset("enter return tab esc escape shift ctrl control alt option cmd command space backspace delete home end".split())
# HTML's elements: '<details open>' and '<script async>' are tags, not notes.
_HTML_ELEMENTS = frozenset(
    "a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup "
    "data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head "
    "header hgroup hr html i iframe img input ins kbd label legend li link main map mark math menu meta meter nav noscript "
    "object ol optgroup option output p param picture pre progress q rp rt ruby s samp script search section select slot small "
    "source span strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track u ul var "
    "video wbr center font frame frameset marquee "
    # Obsolete and other elements a browser still reads as such ('<plaintext>' swallows the page).
    "acronym applet basefont bgsound big blink dir image isindex keygen listing menuitem multicol nextid nobr noembed noframes "
    "plaintext rb rtc spacer strike tt xmp portal fencedframe selectedcontent".split()
)


# An address left to fill in, as a template or a hurried author writes it: 'insert link',
# 'insert-link-here', 'link_here', 'url here', 'add URL': the whole address, or the last part
# of its path (not a real page's 'TODO', 'links' or 'add-address-book').
_ADDRESS_TO_COME = re.compile(
    r"(?i)[\s_-]*(?:(?:insert|add|paste|put)[\s_-]+(?:the[\s_-]+)?(?:link|url|address)(?:[\s_-]+here)?|(?:link|url|address)[\s_-]+(?:goes[\s_-]+)?here)[\s_-]*"
)


# A single word for a host, left to fill in ('https://TBC', 'https://URL'), and the words that
# fill in for a whole host's name ('https://tbc.tbc', 'mailto:TBC@TBC.com').
_HOST_WORDS_TO_COME = frozenset("tbc tbd tba todo url link links placeholder website domain xxx".split())
_NAME_TO_COME = frozenset("tbc tbd tba todo xxx".split())


def host_to_come(host: str) -> bool:
    """Whether a host is still to be filled in: none, dots or an ellipsis ('https://...',
    'https://…'), a word for one ('https://TBC', 'https://link-to-report', 'tbc.tbc'), or a
    part written to be replaced ('yourfirm.com', 'your-domain.co.uk', 'insert-link-here.com').
    Real sites named with such words keep them: 'link.com', 'domain.com', 'website.com'."""
    host = host.lower().rstrip(".")
    if "xn--" in host:
        host = unicode_host(host)  # 'https://…', as the parse writes it: 'xn--rvg'
    if not host.strip(".… \t"):
        return True
    labels = host.removeprefix("www.").split(".")
    if len(labels) == 1 and (labels[0] in _HOST_WORDS_TO_COME or labels[0].startswith("link-to-")):
        return True
    if len(labels) > 1 and all(label in _NAME_TO_COME for label in labels[:-1]):
        return True
    return any(is_yours(label) or _ADDRESS_TO_COME.fullmatch(label) for label in labels)


def _as_typed(href: str) -> str:
    """A web address with its host as typed, where the parse wrote it for the wire ('https://…'
    for 'https://xn--rvg')."""
    scheme, mark, rest = href.partition("://")
    host, slash, path = rest.partition("/")
    return scheme + mark + unicode_host(host) + slash + path if mark and "xn--" in host.lower() else href


def _address_to_come(href: str) -> bool:
    """Whether an address, the last part of its path, or a web address's host, is words for
    one to come."""
    written = unquote(href).strip()
    if _ADDRESS_TO_COME.fullmatch(written.rstrip("/").rpartition("/")[2]) is not None:
        return True
    found = target_of(href) if url_scheme(href) in ("http", "https") else None
    return found is not None and host_to_come(found[1])  # the host as a browser reads it: 'https:///x' is 'https://x'


def _no_slashes_hint(scheme: str, rest: str) -> str:
    """What to write for an address with no '//' after its scheme ('https:/patterns/'): the
    address in full and, where what follows one '/' names no host on the web (no dot in it),
    the page of this site it goes to from the published site, which may be the one meant."""
    hint = f"write it as {scheme}://{printable_start(rest.lstrip('/'), 200)}"
    path = rest.lstrip("/")
    if rest.startswith("/") and "." not in path.partition("/")[0]:
        hint += f", or as /{printable_start(path, 200)} for a page of this site"
    return hint


def _in_a_quotation(before: str, after: str) -> bool:
    """Whether the text ``before`` a piece opens a quotation that the text ``after`` it closes."""
    opened = before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")
    return opened and ('"' in after or "”" in after)


def _raw_html(content: str, line: int) -> Problem:
    """One report for a piece of HTML (a block, or a tag in a line), naming its tag as
    written (``</p>`` for a closing one) and the other tags of a block, all at once."""
    written = content.lstrip()
    note = _NOTE_IN_ANGLES.match(written)
    if note is not None and note.group(1).lower() not in _HTML_ELEMENTS:
        if " " not in note.group() and note.group(1).lower() in _KEYS:
            # 'press <Enter>': a key's name, which the page would not show.
            return Problem(
                line, "raw-html", f"'{printable_start(note.group())}' is read as an HTML tag, which the page would not show",
                f"to name the key, write it without the angle brackets: {note.group(1)}", needle=note.group(),
            )
        # '<client name>', '<client>', '<TBC>': words in angle brackets, where a note of text
        # still to be written goes; a tag's attributes are 'name=value'. (Told as HTML, the
        # hint's backticks published the note in a code box.)
        return Problem(
            line, "placeholder", f"'{printable_start(note.group())}' marks text still to be written, which is never published",
            "write the text it stands for, or delete it", needle=note.group(),
        )
    name = _TAG_NAME.match(written)
    tag = name.group(1).lower() if name else ""
    # The tag as the author typed it ('<TBC>', not '<tbc>'); other markup ('<?php', '<![CDATA[',
    # '<!DOCTYPE html>') as it starts.
    first_line = written.split("\n")[0]
    shown = f"<{'/' if written.startswith('</') else ''}{printable_start(name.group(1) if name else tag)}>" if tag else f"'{printable_start(first_line, 30)}'"
    others = list(dict.fromkeys(f"<{m.group(1)}{m.group(2).lower()}>" for m in _ANY_TAG.finditer(written[name.end() if name else 0 :])))
    if others:
        shown += " (and " + ", ".join(printable_start(t) for t in others[:4]) + (", …" if len(others) > 4 else "") + ")"
    hint = _HTML_HINTS.get(tag, "write Markdown instead; to show a tag as text, put it in backticks: `<tag>`")
    return Problem(line, "raw-html", f"HTML is not allowed in a pattern: {shown}", hint, needle=written.split("\n")[0][:20])


_ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
# A declaration whose name starts with a small letter: HTML to CommonMark 0.31 (markdown-it),
# text to 0.29 (GitHub's cmark-gfm).
_LOWER_DECLARATION = re.compile(r"<![a-z]")


LONGEST_IMAGE_DESCRIPTION = 150
LONGEST_TITLE = 100
"""A link's or picture's title, shown on hovering over it: a few words."""


# A description that tells a reader who cannot see the picture nothing: a picture file's
# name ('IMG_2034.png'), or the name a camera, a screenshot or GitHub's upload gives any
# picture ('image', 'Screenshot 2024-03-01 at 10.15.32', 'IMG_2034'). A warning, not an
# error: the page is still right for everyone who sees it.
_FILE_NAME = re.compile(r"(?i)\S+\.(?:png|jpe?g|gif|webp|avif|svg|bmp|tiff?|heic)")
# The words a hint or a template gives for the description to come ('what the picture shows',
# 'Insert alt text here', 'Describe the picture').
_HINTS_PHRASES = (
    r"(?:insert |image )?(?:description|alt text)(?: (?:here|goes here))?|insert alt text here|describe (?:the|this) (?:picture|image|chart)"
    r"|what (?:the (?:picture|image|chart)|it|this) shows"
)
_ANY_PICTURES_NAME = re.compile(
    r"(?i)(?:an? |the )?(?:image|img|picture|pic|photo|photograph|screenshot|screen ?shot|screen capture|capture|"
    r"figure|fig|graphic|dsc|dscn|pxl|alt|untitled|" + _HINTS_PHRASES + ")"
    r"(?:[\s_.:-]*+(?:at|\d++))*+[\s_.:-]*+"  # possessive: in linear time
)
_HINTS_WORDS = re.compile(r"(?i)(?:" + _HINTS_PHRASES + r")[\s_.:-]*+")


def _kind_of_nothing(words: str) -> str:
    """What a description that tells nothing is, for its message."""
    bare = words.strip()
    if _FILE_NAME.fullmatch(bare):
        return "a file name"
    if _HINTS_WORDS.fullmatch(bare):
        return "words that stand for a description to come"
    return "marks" if not any(char.isalnum() for char in bare) else "a name any picture could have"


def _tells_nothing(words: str) -> str | None:
    """The description when it tells nothing of what the picture shows, else None. (The
    name of the picture's own file may: 'claims waiting by month' for claims-waiting-by-month.png.)"""
    bare = words.strip()
    if not any(char.isalnum() for char in bare):  # '', '-', '.', '→'
        return words
    return words if _FILE_NAME.fullmatch(bare) or _ANY_PICTURES_NAME.fullmatch(bare) else None


def _unseen_links(children: Sequence[Token]) -> Iterator[tuple[int, int, bool]]:
    """(the child index, its line, and whether a picture is all it shows) of each link with
    nothing a reader sees between its brackets ('[](…)', '[ ](…)', '[&nbsp;](…)', '[` `](…)',
    code of a space: a blank box), or nothing a screen reader can name it by: a picture with
    no description ('[![](/assets/favicon.svg)](…)')."""
    opened: tuple[int, int] | None = None
    seen = named = False
    for index, (child, offset) in enumerate(lines_of(children)):
        if child.type == "link_open":
            opened, seen, named = (index, offset), False, False
        elif child.type == "link_close" and opened is not None:
            if not named:
                yield *opened, seen
            opened = None
        elif opened is not None and not named:
            shown = child.type in ("text", "code_inline") and is_visible(child.content)
            seen = seen or shown or child.type == "image"
            named = shown or (child.type == "image" and is_visible(child.content))
