"""Diagnostics: one problem in one file, at one line, said for an author."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from enum import StrEnum

from .text import counted, printable

AUTHOR_COMMAND = "python3 scripts/dev.py"

FUTURE_DATE = "future-date"
"""The code of a date still to come: the only check whose verdict depends on the day it runs."""
"""How authors run the tools after the README's quick start (``… new``, ``… validate``,
``… serve``): written once here, quoted by every message that names a command."""


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """A problem found in a pattern file. Lines and columns are 1-based.

    Diagnostics sort by file, line, column, code and message (a hint may be None, so
    the generated field-by-field ordering could compare None with text and fail).
    """

    path: str
    line: int
    column: int
    code: str
    message: str
    hint: str | None = None
    severity: Severity = Severity.ERROR
    rename: str | None = field(default=None, compare=False, repr=False)
    """The file name the hint tells the author to give the file, where it does: the
    catalogue checks that no other pattern has it (a hint is for people, not to be parsed)."""
    about: str | None = field(default=None, compare=False, repr=False)
    """The other file, where there is one, whose change this error follows from (a link to a
    heading's part that its file no longer has): a check of that file alone tells it too."""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.code, self.message)

    def __lt__(self, other: Diagnostic) -> bool:
        return self.sort_key() < other.sort_key()

    def format_text(self) -> str:
        """One line (two with a hint), safe for a terminal: control characters are escaped."""
        head = f"{printable(self.path)}:{self.line}:{self.column}: {self.severity}[{self.code}]: {printable(self.message)}"
        return f"{head}\n  hint: {printable(self.hint)}" if self.hint else head

    def format_github(self) -> str:
        text = f"{printable(self.message)}\n{printable(self.hint)}" if self.hint else printable(self.message)
        return annotation(self.severity, text, file=self.path, line=self.line, col=self.column, title=self.code)

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        del data["rename"]  # the hint says it
        del data["about"]  # the message names it
        data["severity"] = str(self.severity)
        return data


class Report:
    """The diagnostics of one file, in the order the checks found them."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.items: list[Diagnostic] = []

    def error(self, line: int, code: str, message: str, hint: str | None = None, column: int = 1, rename: str | None = None) -> None:
        self.items.append(Diagnostic(self.display, line, column, code, message, hint, rename=rename))

    def warning(self, line: int, code: str, message: str, hint: str | None = None, column: int = 1) -> None:
        self.items.append(Diagnostic(self.display, line, column, code, message, hint, Severity.WARNING))

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.items)


def annotation(severity: str, text: str, **where: str | int | None) -> str:
    """A GitHub Actions workflow command that shows ``text`` (made :func:`printable` by the
    caller, its lines apart) on a pull request's file, at ``where``'s file and line (those
    that are None are left out)."""
    props = ",".join(f"{name}={_escape_property(printable(str(value)))}" for name, value in where.items() if value is not None)
    return f"::{severity} {props}::{_escape_data(text)}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


FORMATS = ("text", "github", "json")
_TERMINAL_UNSAFE = re.compile("[\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")


_SURROGATE = re.compile("[\ud800-\udfff]")


def render(diagnostics: Iterable[Diagnostic], fmt: str) -> str:
    """Render diagnostics in one of ``FORMATS``, sorted by file and line."""
    ordered = sorted(diagnostics)
    if fmt == "json":
        # JSON escapes C0 controls itself; escape the rest that a terminal would act on too.
        text = json.dumps([d.to_dict() for d in ordered], indent=2, ensure_ascii=False)
        # A file name that is not UTF-8 holds lone surrogates: escaped too, or the output is not UTF-8.
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", _TERMINAL_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
    if fmt == "github":
        return "\n".join([*(d.format_github() for d in ordered), *_unannotated(ordered)])
    return "\n".join(d.format_text() for d in ordered)


GITHUB_ANNOTATIONS = 10
"""Annotations of one kind (errors, warnings) GitHub shows beside a pull request's lines for
one step of a workflow: it drops the rest without a word, so the author would fix those
shown, push, and only then meet the others."""


def _unannotated(ordered: list[Diagnostic]) -> list[str]:
    """A notice, when GitHub shows only some of the problems beside the lines, that says how
    many there are and where to read them all (a notice is a kind of its own, so it is shown)."""
    errors = sum(d.is_error for d in ordered)
    counts = {"error": errors, "warning": len(ordered) - errors}
    if max(counts.values()) <= GITHUB_ANNOTATIONS:
        return []
    found = " and ".join(counted(n, kind) for kind, n in counts.items() if n)
    text = (
        f"this check found {found}; GitHub shows at most {GITHUB_ANNOTATIONS} of each beside the changed lines. "
        f"Every one is listed in this step's log, and '{AUTHOR_COMMAND} validate' lists them all on your computer"
    )
    return [f"::notice title={_escape_property('more problems than GitHub shows')}::{_escape_data(text)}"]


def summary(diagnostics: Iterable[Diagnostic], files: int) -> str:
    """A closing line such as ``2 errors, 1 warning in 12 files``."""
    items = list(diagnostics)
    errors = sum(d.is_error for d in items)
    warnings = len(items) - errors
    return (
        f"{counted(errors, 'error')}, {counted(warnings, 'warning')} "
        f"in {counted(files, 'file')}"
    )

