"""The ``stallpatterns`` command: ``validate`` patterns, scaffold ``new`` ones, and
``check-deploy`` the settings before the site is published."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Collection, Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from . import catalogue, diagnostics, facts, files, scaffold, source
from .diagnostics import AUTHOR_COMMAND, Diagnostic, Severity
from .names import title_key
from .pattern import DEVICE_NAMES, RESERVED_SLUGS
from .rules import file_name_for
from .settings import ConfigError, Settings, deploy_problems, find_config, load_settings, site_url
from .store import CheckStore
from .text import closest, counted, invisible_characters, is_slug, is_visible, printable, slugify

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser(_categories_help(), sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    try:
        settings = load_settings(args.config.resolve() if args.config else find_config())
        return args.run(args, settings)
    except ConfigError as error:
        print(f"stallpatterns: configuration error: {printable(str(error))}", file=sys.stderr)
        if _annotates(args):
            # On the pull request's mkdocs.yml, at the setting's line, as a pattern's errors are.
            print(diagnostics.annotation("error", printable(str(error)), file=error.file, line=error.line, title="configuration error"))
        return EXIT_USAGE
    except KeyboardInterrupt:  # pragma: no cover
        return 130
    except BrokenPipeError:
        # 'validate | head -1': the reader stopped reading, which is no fault. Python would
        # write a traceback as it flushed standard output on the way out; it is sent nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PROBLEMS


def _annotates(args: argparse.Namespace) -> bool:
    """Whether errors are GitHub Actions annotations too: validate's --format says, and other
    commands annotate when run in Actions, as validate does by default."""
    default = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    return getattr(args, "format", default) == "github"


def _categories_help() -> str:
    """The categories with their descriptions, for ``new --help``; empty without a mkdocs.yml."""
    try:
        settings = load_settings(find_config())
    except ConfigError:
        return ""
    return "categories (from mkdocs.yml):\n" + "\n".join(f"  {c.id:<16} {c.description}" for c in settings.categories)


class _Parser(argparse.ArgumentParser):
    """argparse's parser, except that a title starting with '-' ('new "-40% output"'), which
    it reads as an option it does not know, is told how to write it, not that no title was given."""

    words: Sequence[str] = ()  # the command line, after the program's name
    options: Collection[str] = ()  # those of 'new' and the program's: where a title ends

    def error(self, message: str) -> NoReturn:
        words = list(self.words[self.words.index("new") + 1 :]) if "new" in self.words else []
        known = self.options
        first = next((i for i, w in enumerate(words) if _title_like(w) and w.partition("=")[0] not in known), None)
        if first is not None and "--" not in words:
            # The title: from that word to the next option ('--category …'), if any.
            end = next((i for i in range(first + 1, len(words)) if words[i].partition("=")[0] in known), len(words))
            options = "".join(f"{printable(w)} " for w in words[:first] + words[end:])
            self.exit(
                EXIT_USAGE,
                f"stallpatterns: '{printable(words[first])}' starts with '-', so it is read as an option, not as the title's first word: "
                f"write -- before the title, as in: {AUTHOR_COMMAND} new {options}-- \"{printable(' '.join(words[first:end]))}\"\n",
            )
        super().error(message)


def _title_like(word: str) -> bool:
    """A word that starts with '-' and reads as a title's, not as an option misspelt ('--categroy',
    '-x'): '-40%', '---'."""
    return word.startswith("-") and not word.lstrip("-")[:1].isalpha()


def _parser(categories: str = "", words: Sequence[str] = ()) -> argparse.ArgumentParser:
    parser = _Parser(prog="stallpatterns", description="Check and scaffold stall patterns.")
    # Words left over are told by this parser: those of 'new' are a title's.
    parser.words = words if "new" in words else ()
    parser.add_argument("--config", type=Path, help="the properdocs.yml or mkdocs.yml to read (default: the nearest one)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    validate = commands.add_parser("validate", help="check pattern files against the authoring contract")
    validate.add_argument("paths", nargs="*", type=Path, help="files or folders (default: every pattern)")
    validate.add_argument(
        "--format",
        choices=diagnostics.FORMATS,
        default="github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text",
        help="text for people, github for Actions annotations, json for tools",
    )
    validate.add_argument(
        "--changed-since",
        metavar="REVISION",
        help="a git revision, such as origin/main: a title, slug or alias used twice is blamed on the "
        "pattern files changed since it (as in a pull request), never on one already there",
    )
    validate.set_defaults(run=_validate)

    new = commands.add_parser(
        "new", help="write a new pattern file to fill in", epilog=categories, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    new.add_argument("title", nargs="+", help='the pattern\'s title, in quotes: "Pilots that never reach production"')
    new.add_argument("--category", help="one of the categories below (asked for when left out in a terminal)")
    new.add_argument("--slug", help="the file name without .md (default: made from the title)")
    new.set_defaults(run=_new)
    new.words = words
    parser.options = new.options = {*parser._option_string_actions, *new._option_string_actions}

    deploy = commands.add_parser(
        "check-deploy", help="refuse settings that must not be published (a placeholder contact address)"
    )
    deploy.set_defaults(run=_check_deploy)
    return parser


def _check_deploy(args: argparse.Namespace, settings: Settings) -> int:
    """The deploy workflow's gate: pull requests may build with the shipped placeholder
    address, but a published site must reach a real inbox."""
    problems = deploy_problems(settings, site_url(args.config.resolve() if args.config else find_config()))
    if problems:
        for problem in problems:
            print(f"stallpatterns: {printable(problem)}", file=sys.stderr)
        print("stallpatterns: the site was not published", file=sys.stderr)
        return EXIT_PROBLEMS
    contact = settings.contact
    ways = [f"{offer.name}: {contact.booking_urls.get(offer.id) or contact.email}" for offer in settings.offers]
    print(f"stallpatterns: ready to deploy: offers are booked through {'; '.join(ways) or contact.email}")
    return EXIT_OK


def _validate(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.patterns_dir.is_dir():
        raise ConfigError(f"patterns folder not found: {settings.patterns_dir}")
    chosen = _expand(args.paths, settings)
    if chosen is None:
        return EXIT_USAGE
    if args.paths and not chosen:
        if all(os.path.abspath(p) in _site_pages(settings) for p in args.paths):
            return EXIT_USAGE  # each said to be a page of the site's
        pages = " (the site's own pages are there: patterns go in " + catalogue.display_path(settings.patterns_dir, settings.root) + "/)"
        named_pages = settings.site_folders and any(os.path.abspath(p) == os.path.abspath(settings.site_folders[0]) for p in args.paths)
        print(f"stallpatterns: no pattern files (*.md) in {printable(', '.join(map(str, args.paths)))}{pages if named_pages else ''}", file=sys.stderr)
        return EXIT_USAGE
    everything = catalogue.pattern_files(settings)
    changed = _changed_since(args.changed_since, settings) if args.changed_since else []
    if changed is None:
        return EXIT_USAGE
    if chosen:
        # Check the chosen files, but against the whole catalogue: related slugs must exist,
        # and a title or alias used twice is blamed on the file named here.
        listed = {os.path.abspath(p) for p in everything}
        extra = {os.path.abspath(p): p for p in chosen if os.path.abspath(p) not in listed}  # each file once
        paths = everything + list(extra.values())
        wanted = {catalogue.display_path(p, settings.root) for p in chosen}
        folders = _named_folders(args.paths, settings)
    else:
        paths, wanted, folders = everything, None, ()
    # The checks kept by earlier builds and validations (signed; see stallpatterns.store):
    # only the files that changed are checked again, and a fresh clone checks them all.
    store = CheckStore.open(settings)
    result = catalogue.load(settings, paths, include_drafts=True, named=[*chosen, *changed], cache=store)
    store.save(over_others=False)  # a build's store is never replaced by a hook's
    # A file in a folder named here that is never published ('x.markdown', 'sub/x.md') is
    # reported as the whole catalogue's check reports it: the build refuses it.
    # And an error in another file that a file named here caused (a heading retitled here,
    # which a link there goes to): it is told at the link, where the fix is.
    found = [d for d in result.diagnostics if wanted is None or d.path in wanted or d.path.startswith(folders) or d.about in wanted]
    unlisted = {d.path for d in found if d.code == "unlisted-page"}  # said of a page in docs/ already
    found += [d for d in _outside_patterns(chosen, settings) if d.path not in unlisted]
    if wanted is None:  # the whole check, as CI runs it: a pattern saved in the top folder by mistake
        found += catalogue.patterns_at_the_top(settings)
    if args.changed_since:
        moved = _moved_pages(args.changed_since, settings, result.catalogue)
        if moved is None:
            return EXIT_USAGE
        found += moved
    checked = len(wanted | {d.path for d in found}) if wanted is not None else result.files
    if found:
        print(diagnostics.render(found, args.format))
    elif args.format == "json":
        print("[]")
    if args.format == "text":
        print(diagnostics.summary(found, checked), file=sys.stderr)
        told = {d.path for d in found if d.code == "outside-patterns"}
        # (Not a file inside it that the site does not take, 'patterns/drafts/x.md' or 'patterns/x.markdown':
        # told why by its own error, the note contradicted it, helper-246.)
        inside = os.path.abspath(settings.patterns_dir) + os.sep
        elsewhere = [
            shown for path in extra.values() if not os.path.abspath(path).startswith(inside) and (shown := catalogue.display_path(path, settings.root)) not in told
        ] if chosen else []
        if elsewhere:
            # ('0 errors' for a draft on the desktop: its author took it as published, helper-242.)
            folder = catalogue.display_path(settings.patterns_dir, settings.root)
            print(f"Note: {printable(', '.join(elsewhere))} {'is' if len(elsewhere) == 1 else 'are'} not in {folder}/: the site publishes only the pattern files there", file=sys.stderr)
    return EXIT_PROBLEMS if any(d.is_error for d in found) else EXIT_OK


def _outside_patterns(chosen: Sequence[Path], settings: Settings) -> list[Diagnostic]:
    """An error for each '.md' file named in the repository's top folder or in the site's
    pages' folder (docs/), where an author who missed patterns/ saves one (GitHub's 'Add
    file' in the top folder): the site never publishes it as a pattern (docs/ publishes it
    as a page no check reads), so '0 errors' would tell its author it is ready. Files
    elsewhere (the tests' fixtures) are checked as they are."""
    misplaced = {os.path.abspath(settings.root), *(os.path.abspath(f) for f in settings.site_folders or ())}
    misplaced.discard(os.path.abspath(settings.patterns_dir))  # patterns_dir: . or docs: that is where they go
    shown = catalogue.display_path(settings.patterns_dir, settings.root)
    found = []
    for path in dict.fromkeys(chosen):
        if path.suffix != ".md" or os.path.abspath(path.parent) not in misplaced:
            continue
        name = path.name if is_slug(path.stem) else file_name_for(path.stem)
        found.append(
            Diagnostic(
                catalogue.display_path(path, settings.root), 1, 1, "outside-patterns",
                f"'{printable(path.name)}' is not in the {shown}/ folder, so the site never publishes it as a pattern",
                f"move it to {shown}/{name}",
            )
        )
    return found


def _named_folders(paths: Sequence[Path], settings: Settings) -> tuple[str, ...]:
    """Each folder named, as the start of the paths of the files in it ('patterns/')."""
    return tuple(
        os.path.join(catalogue.display_path(path, settings.root), "")
        for path in paths
        if path.is_dir() and not path.is_symlink()
    )


def _changed_since(revision: str, settings: Settings) -> list[Path] | None:
    """The pattern files added, changed or renamed since ``revision`` (git), and those not
    committed yet; or None, said why, when git cannot tell."""
    folder = settings.patterns_dir
    names: list[str] = []
    for command in (
        ["git", "diff", "--name-only", "--relative", "--diff-filter=ACMR", "-z", revision, "--", "."],
        ["git", "ls-files", "--others", "--exclude-standard", "-z", "--", "."],
    ):
        try:
            result = subprocess.run(command, cwd=folder, capture_output=True, encoding="utf-8", errors="surrogateescape", check=False)
        except OSError as error:
            print(f"stallpatterns: cannot run git to list the files changed since {printable(revision)}: {error}", file=sys.stderr)
            return None
        if result.returncode != 0:
            reason = printable(result.stderr.strip().splitlines()[-1] if result.stderr.strip() else f"git exited with {result.returncode}")
            print(f"stallpatterns: cannot list the files changed since {printable(revision)}: {reason}", file=sys.stderr)
            return None
        names += result.stdout.split("\0")
    return [folder / name for name in names if name]


def _moved_pages(revision: str, settings: Settings, published: catalogue.Catalogue) -> list[Diagnostic] | None:
    """A pattern published at ``revision`` whose file is renamed, deleted or made a draft
    since, or whose former address is taken out of its aliases, where no pattern keeps that
    address among its aliases now: readers' links and bookmarks to it would break. A rename
    is an error at the new file; a deletion, a draft or an alias taken out, which may retire
    an address on purpose, a warning. None, said why, when git cannot tell."""
    folder = settings.patterns_dir
    command = ["git", "diff", "--name-status", "--find-renames", "--relative", "--diff-filter=DRM", "-z", revision, "--", "."]
    try:
        listed = subprocess.run(command, cwd=folder, capture_output=True, check=False)
    except OSError as error:
        print(f"stallpatterns: cannot run git to list the files moved since {printable(revision)}: {error}", file=sys.stderr)
        return None
    if listed.returncode != 0:
        print(f"stallpatterns: cannot list the files moved since {printable(revision)}", file=sys.stderr)
        return None
    # The addresses kept: each published pattern's own and former ones (validate reads drafts too).
    shown = [p for p in published if not p.draft]
    kept = {p.slug: p.slug for p in shown} | {alias: p.slug for p in shown for alias in p.aliases}
    fields = [os.fsdecode(f) for f in listed.stdout.split(b"\0")]
    found = []
    at = 0
    while at + 1 < len(fields) and fields[at]:
        status, old = fields[at], fields[at + 1]
        new = fields[at + 2] if status.startswith("R") else None
        at += 3 if new is not None else 2
        slug = old.removesuffix(".md")
        if "/" in old or not old.endswith(".md") or not is_slug(slug):
            continue
        then = _published_at(revision, folder, old)
        if then is None:
            continue  # not there, or a draft there: no page of it was published
        aliases_then, date_then = then
        # Its former addresses then, which no pattern keeps now.
        dropped = [f"/patterns/{alias}/" for alias in aliases_then if alias not in kept and is_slug(alias)]
        now_published = published.get((folder / (new or old)).stem) if "/" not in (new or old) else None
        if now_published is not None and not now_published.draft and date_then is not None and now_published.published != date_then:
            # The date is the feed entry's id, and the pattern's place in date order: changed,
            # every subscriber gets it again as new.
            found.append(
                Diagnostic(
                    catalogue.display_path(folder / (new or old), settings.root), now_published.lines.get("published", 1), 1, "published-changed",
                    f"'published' was {date_then.isoformat()} at {printable(revision)}: a published pattern keeps its date, "
                    "and feed readers would show it again as a new pattern",
                    f"write 'published: {date_then.isoformat()}' again; for a revision, add 'updated: {now_published.published.isoformat()}' under it",
                    Severity.WARNING,
                )
            )
        address = f"/patterns/{slug}/"
        now = catalogue.display_path(folder / (new or old), settings.root)
        if status.startswith("M"):
            if slug not in kept and _is_draft_now(folder / old):
                found.append(
                    Diagnostic(
                        now, 1, 1, "page-unpublished",
                        f"{old} is a draft now: its page, {address}, goes{_and_former(dropped)}, and readers' links to it break",
                        "if it is to stay published while you revise it, delete 'draft: true' (or revise it in another file)",
                        Severity.WARNING,
                    )
                )
            elif slug in kept and dropped:
                found.append(_aliases_dropped(now, dropped, revision))
            continue
        if new is not None:
            pattern = published.get((folder / new).stem) if "/" not in new else None
            if pattern is None:
                continue  # not a pattern now (or in a folder): its own errors say why, and its aliases are unknown
            if slug not in kept:
                found.append(
                    Diagnostic(
                        now, 1, 1, "page-moved",
                        f"this file was {old}, published at {address}: renamed, the page moves, and readers' links to the old address break",
                        f"keep the old address: add '  - {slug}' to the front matter's 'aliases:' list"
                        if pattern.aliases
                        else f"keep the old address: add 'aliases:' to the front matter, with '  - {slug}' on the line under it",
                    )
                )
            if dropped:
                found.append(_aliases_dropped(now, dropped, revision))
        elif slug not in kept:
            found.append(
                Diagnostic(
                    now, 1, 1, "page-removed",
                    f"{old} is deleted: its page, {address}, goes{_and_former(dropped)}, and readers' links to it break",
                    f"if another pattern takes its place, add '{slug}'{_and_aliases(dropped)} to that pattern's aliases; if the pattern is retired on purpose, leave it",
                    Severity.WARNING,
                )
            )
        elif dropped:  # merged into the pattern that keeps its address, without its own former ones
            found.append(
                Diagnostic(
                    now, 1, 1, "page-removed",
                    f"{old} is deleted, and its former addresses ({', '.join(dropped)}) go with it: readers' links to them break",
                    f"add{_and_aliases(dropped).removeprefix(' and')} to the aliases of {catalogue.display_path(folder / (kept[slug] + '.md'), settings.root)}, which keeps its address",
                    Severity.WARNING,
                )
            )
    return found


def _and_former(dropped: Sequence[str]) -> str:
    return f" (and its former {'address' if len(dropped) == 1 else 'addresses'}, {', '.join(dropped)})" if dropped else ""


def _and_aliases(dropped: Sequence[str]) -> str:
    return "".join(f" and '{address.split('/')[2]}'" for address in dropped)


def _aliases_dropped(display: str, dropped: Sequence[str], revision: str) -> Diagnostic:
    """Former addresses of a pattern taken out of its aliases, which no pattern keeps now."""
    names = [address.split("/")[2] for address in dropped]
    return Diagnostic(
        display, 1, 1, "alias-removed",
        f"{', '.join(repr(n) for n in names)} {'was' if len(names) == 1 else 'were'} in this pattern's 'aliases' at {printable(revision)}: "
        f"without {'it' if len(names) == 1 else 'them'}, {', '.join(dropped)} {'goes' if len(names) == 1 else 'go'}, and readers' links break",
        f"keep {'it' if len(names) == 1 else 'them'}: add {', '.join(repr('  - ' + n) for n in names)} under 'aliases:', unless the address is retired on purpose",
        Severity.WARNING,
    )


def _published_at(revision: str, folder: Path, name: str) -> tuple[tuple[str, ...], date | None] | None:
    """The aliases and publication date of the pattern file ``name`` at ``revision``, if it
    was published there (not a draft there); None if it was not. A file that cannot be read
    there counts as published, with no aliases and no date known."""
    shown = subprocess.run(["git", "show", f"{revision}:./{name}"], cwd=folder, capture_output=True, check=False)
    if shown.returncode != 0:
        return None
    read, _ = source.read(folder / name, name, len(shown.stdout) + 1, shown.stdout)
    if read is None:
        return (), None
    if facts.is_draft(read):
        return None
    then = facts.facts_of(read, False, folder)
    return tuple(alias for alias, _ in then.aliases), then.published


def _instead_of_taken(target: Path, title: str, *, by_slug: bool) -> str:
    """What to do when ``new`` would write over ``target``: a file chosen by --slug is another
    name to choose; one with the same title (as its check of titles reads it) is the pattern
    itself, which --slug would only refuse as a second with its title."""
    if by_slug:
        return "choose another --slug"
    try:
        data = target.read_bytes()
    except OSError:
        data = b""
    read, _ = source.read(target, target.name, len(data) + 1, data)
    written = source.written_title(read)
    if written is not None and title_key(written) == title_key(title):
        return "it has this title: edit that file, or choose another title"
    return "choose another title or --slug"


def _is_draft_now(path: Path) -> bool:
    """Whether the pattern file at ``path`` reads as a draft (its other errors aside)."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    read, _ = source.read(path, path.name, len(data) + 1, data)
    return read is not None and facts.is_draft(read)


def _expand(paths: Sequence[Path], settings: Settings) -> list[Path] | None:
    """The files named and the pattern files in the folders named; None if one is missing.
    The site's own pages (those mkdocs.yml's nav lists, in docs/) are no patterns: left out."""
    found: list[Path] = []
    pages = _site_pages(settings)
    for path in paths:
        if path.is_dir() and not path.is_symlink():  # as catalogue.pattern_files reads the patterns folder
            found += [p for p in files.candidates(path) if os.path.abspath(p) not in pages]
        elif os.path.abspath(path) in pages:
            print(f"stallpatterns: {printable(str(path))} is one of the site's pages (mkdocs.yml's nav lists it), not a pattern: not checked as one", file=sys.stderr)
        elif os.path.lexists(path):  # a link to nowhere, a FIFO: each gets its diagnostic
            found.append(path)
        else:
            print(f"stallpatterns: no such file or folder: {printable(str(path))}{_meant(path, settings)}", file=sys.stderr)
            return None
    return found


def _site_pages(settings: Settings) -> set[str]:
    """The absolute paths of the hand-written pages mkdocs.yml's nav lists."""
    if not settings.site_nav or not settings.site_folders:
        return set()
    return {os.path.abspath(settings.site_folders[0] / page) for page in settings.site_nav}


def _meant(path: Path, settings: Settings) -> str:
    """' (did you mean …?)' for a path that does not exist: the pattern file of that name,
    or of the nearest name (a typo, capitals, a space at the end), written as it is reached
    from the folder the command runs in (run in patterns/, 'patterns/x.md' is 'x.md')."""
    name = path.name.strip()
    try:
        names = [p.name for p in files.candidates(settings.patterns_dir)]
    except OSError:
        return ""
    guess = name if name in names else closest(name, names)
    if guess is None:
        return ""
    there = settings.patterns_dir / guess
    inside = Path.cwd().resolve().is_relative_to(settings.root.resolve())
    shown = os.path.relpath(there) if inside else str(there)  # from outside the repository: the whole path
    spaced = " (the name you typed ends with a space)" if path.name != path.name.rstrip() else ""
    return f" (did you mean {printable(shown)}?){spaced}"


def _new(args: argparse.Namespace, settings: Settings) -> int:
    # Its words, with or without the quotes: 'new Nobody owns the prompts' is that title.
    args.title = " ".join(args.title)
    problem = _title_problem(args.title, settings)
    if problem:
        print(f"stallpatterns: {problem}", file=sys.stderr)
        return EXIT_USAGE
    limit = settings.limits.slug_length
    slug = args.slug or _slug_for(args.title, limit)
    if not slug:
        print("stallpatterns: cannot make a file name from that title; pass --slug a-short-name", file=sys.stderr)
        return EXIT_USAGE
    if not is_slug(slug) or len(slug) > limit:
        print(
            f"stallpatterns: --slug '{printable(slug)}' is not a valid file name: lower-case words joined by hyphens, "
            f"at most {limit} characters (try '{slugify(slug)[:limit]}')",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if slug in RESERVED_SLUGS:
        print(f"stallpatterns: '{slug}' is reserved (its address is the All patterns page); pass --slug another-name", file=sys.stderr)
        return EXIT_USAGE
    if slug in DEVICE_NAMES:
        print(f"stallpatterns: '{slug}' is a device's name on Windows, where nobody could check the file out; pass --slug another-name", file=sys.stderr)
        return EXIT_USAGE
    target = settings.patterns_dir / f"{slug}.md"
    shown = catalogue.display_path(target, settings.root)
    taken = f"stallpatterns: {shown} already exists; {_instead_of_taken(target, args.title, by_slug=bool(args.slug))}"
    if os.path.lexists(target):  # said before the category is asked for (created below only if still not there)
        print(taken, file=sys.stderr)
        return EXIT_USAGE
    category = args.category or _ask_category(settings)
    if category is None:
        return EXIT_USAGE
    if category.strip().lower() in settings.category_ids:
        category = category.strip().lower()  # as the question in a terminal takes it: 'Value' is value
    if category not in settings.category_ids:
        guess = closest(category, settings.category_ids, by_prefix=True)
        hint = f"did you mean '{guess}'?" if guess else "choose one of:\n" + _category_list(settings)
        print(f"stallpatterns: unknown category '{printable(category)}': {hint}", file=sys.stderr)
        return EXIT_USAGE
    target.parent.mkdir(parents=True, exist_ok=True)
    text = scaffold.render(args.title, category, settings)
    try:
        _create(target, text)
    except FileExistsError:
        print(taken, file=sys.stderr)
        return EXIT_USAGE
    refused = _title_refused(target, text, settings)
    if refused:
        target.unlink()
        for said in refused:
            print(f"stallpatterns: {printable(said.message)}" + (f"; {printable(said.hint)}" if said.hint else ""), file=sys.stderr)
        # What to change: the title, for a problem at its line; the file name (--slug), for one
        # at the file's first line. A look-alike --slug was told to change the title.
        by_title, by_name = any(said.line != 1 for said in refused), any(said.line == 1 for said in refused)
        if by_name and not by_title:
            change = "another --slug" if args.slug else "another title (or choose the file name with --slug)"
        elif by_title and not by_name:
            change = "another title"
        else:
            change = "another title and " + ("another --slug" if args.slug else "file name (--slug)")
        print(f"No file was written: run the command again with {change}.", file=sys.stderr)
        return EXIT_USAGE
    if not args.slug and slug != slugify(args.title):
        print(f"Note: the file name was shortened at a word boundary to fit {limit} characters: {slug}.md")
        print("      (choose another with --slug a-short-name)\n")
    if not args.slug and (left_out := [word for word in args.title.split() if any(c.isalnum() for c in word) and not slugify(word)]):
        # ('Ωμέγα pilots' is pilots.md: a file name holds the letters a to z alone.)
        print(f"Note: the file name leaves out {', '.join(repr(printable(word)) for word in left_out)}, in letters a file name cannot hold (a to z): {slug}.md")
        print("      (choose another with --slug a-short-name)\n")
    print(f"Wrote {shown}\n")
    print("Next:")
    print(f"  1. Fill in the summary, the signs and the three sections of {shown}")
    print(f"  2. Preview it live:  {AUTHOR_COMMAND} serve   (the page reloads each time you save)")
    print(f"  3. Check it:         {AUTHOR_COMMAND} validate {shown}")
    return EXIT_OK


_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def _create(target: Path, text: str) -> None:
    """Write a new file; never through a symbolic link, never over an existing file."""
    handle = os.open(target, _CREATE_FLAGS, 0o644)
    with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
        out.write(text)


def _title_refused(target: Path, text: str, settings: Settings) -> list[Diagnostic]:
    """The errors the checks find in the title of the file ``new`` wrote, and in its name:
    another pattern's title or one that looks like it, a tag in the words. The author would
    meet them at once in 'validate', for words they typed, not for the template's parts to
    fill in. Checked by the catalogue's own rules, with the checks kept from earlier runs."""
    title_line = next(number for number, line in enumerate(text.split("\n"), 1) if line.startswith("title:"))
    store = CheckStore.open(settings)
    result = catalogue.load(settings, include_drafts=True, named=[target], cache=store)
    store.save(over_others=False)
    shown = catalogue.display_path(target, settings.root)
    return [d for d in result.diagnostics if d.path == shown and d.is_error and d.line in (1, title_line)]


def _title_problem(title: str, settings: Settings) -> str | None:
    low, high = settings.limits.title
    if not is_visible(title):
        return "the title has no visible text"
    if invisible_characters(title) or "\n" in title:
        return "the title holds a control or invisible character; type it again as plain text"
    if slugify(title) in RESERVED_SLUGS:
        return f"'{title}' is a reserved name (its address is the All patterns page); choose another title"
    length = len(" ".join(title.split()))
    if length > high:
        return f"the title is {counted(length, 'character')} long; the limit is {high}: shorten it"
    if length < low:
        return f"the title is {counted(length, 'character')} long; it needs at least {low}"
    return None


def _category_list(settings: Settings) -> str:
    return "\n".join(f"  {c.id:<16} {c.description}" for c in settings.categories)


def _ask_category(settings: Settings) -> str | None:
    """Ask for the category in a terminal; elsewhere say which ones there are."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        print("stallpatterns: give --category, one of:\n" + _category_list(settings), file=sys.stderr)
        return None
    print("Which category? Where does the rollout stall:")
    for number, category in enumerate(settings.categories, start=1):
        print(f"  {number}. {category.id:<16} {category.description}")
    answer = ""
    for _ in range(3):  # a typo is asked again, not the whole command
        try:
            answer = input("Number or id: ").strip()
        except EOFError:
            return None
        if answer.isdigit() and 1 <= int(answer) <= len(settings.categories):
            return settings.categories[int(answer) - 1].id
        if answer.lower() in settings.category_ids:
            return answer.lower()
        guess = closest(answer, settings.category_ids, by_prefix=True) if answer else None
        print(f"'{printable(answer)}' is not one of them" + (f": did you mean {guess}?" if guess else ".") +
              f" Type a number from 1 to {len(settings.categories)}, or an id.")
    # Three answers missed: the list is on the screen already, so say only how to go on.
    print("stallpatterns: no category chosen, so no file was written; run the command again, "
          "or add --category with one of the ids above", file=sys.stderr)
    return None


def _slug_for(title: str, limit: int) -> str:
    """The title's slug, cut at a word boundary to fit the configured length."""
    slug = slugify(title)
    if len(slug) > limit:
        slug = slug[: limit + 1].rsplit("-", 1)[0] if "-" in slug[: limit + 1] else slug[:limit]
    return slug


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
