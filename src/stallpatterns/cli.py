"""The ``stallpatterns`` command: ``validate`` patterns, scaffold ``new`` ones, and
``check-deploy`` the settings before the site is published."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import catalogue, diagnostics, scaffold
from .settings import ConfigError, Settings, find_config, load_settings
from .text import closest, is_slug, slugify

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings(args.config.resolve() if args.config else find_config())
        return args.run(args, settings)
    except ConfigError as error:
        print(f"stallpatterns: configuration error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # pragma: no cover
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="stallpatterns", description="Check and scaffold stall patterns.")
    parser.add_argument("--config", type=Path, help="the properdocs.yml or mkdocs.yml to read (default: the nearest one)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = commands.add_parser("validate", help="check pattern files against the authoring contract")
    validate.add_argument("paths", nargs="*", type=Path, help="files or folders (default: every pattern)")
    validate.add_argument(
        "--format",
        choices=diagnostics.FORMATS,
        default="github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text",
        help="text for people, github for Actions annotations, json for tools",
    )
    validate.set_defaults(run=_validate)

    new = commands.add_parser("new", help="write a new pattern file to fill in")
    new.add_argument("title", help='the pattern\'s title, in quotes: "Pilots that never reach production"')
    new.add_argument("--category", required=True, help="one of the category ids in mkdocs.yml")
    new.add_argument("--slug", help="the file name without .md (default: made from the title)")
    new.set_defaults(run=_new)

    deploy = commands.add_parser(
        "check-deploy", help="refuse settings that must not be published (a placeholder contact address)"
    )
    deploy.set_defaults(run=_check_deploy)
    return parser


def _check_deploy(args: argparse.Namespace, settings: Settings) -> int:
    """The deploy workflow's gate: pull requests may build with the shipped placeholder
    address, but a published site must reach a real inbox."""
    problem = settings.contact.problem
    if problem:
        print(f"stallpatterns: {problem}; the site was not published", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"stallpatterns: ready to deploy: offers are booked through {settings.contact.email}")
    return EXIT_OK


def _validate(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.patterns_dir.is_dir():
        raise ConfigError(f"patterns folder not found: {settings.patterns_dir}")
    chosen = _expand(args.paths)
    if chosen is None:
        return EXIT_USAGE
    if args.paths and not chosen:
        print(f"stallpatterns: no pattern files (*.md) in {', '.join(map(str, args.paths))}", file=sys.stderr)
        return EXIT_USAGE
    everything = catalogue.pattern_files(settings)
    if chosen:
        # Check the chosen files, but against the whole catalogue (related slugs must exist).
        resolved = {p.resolve() for p in everything}
        extra = {p.resolve(): p for p in chosen if p.resolve() not in resolved}  # each file once
        files = everything + list(extra.values())
        wanted = {catalogue.display_path(p, settings.root) for p in chosen}
    else:
        files, wanted = everything, None
    result = catalogue.load(settings, files, include_drafts=True)
    found = [d for d in result.diagnostics if wanted is None or d.path in wanted]
    checked = len(wanted) if wanted is not None else result.files
    if found:
        print(diagnostics.render(found, args.format))
    elif args.format == "json":
        print("[]")
    if args.format == "text":
        print(diagnostics.summary(found, checked), file=sys.stderr)
    return EXIT_PROBLEMS if any(d.is_error for d in found) else EXIT_OK


def _expand(paths: Sequence[Path]) -> list[Path] | None:
    """The files named and the pattern files in the folders named; None if one is missing."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():  # as catalogue.pattern_files reads the patterns folder
            files += sorted(p for p in path.glob("*.md") if p.is_file() and not p.name.startswith("."))
        elif path.exists():
            files.append(path)
        else:
            print(f"stallpatterns: no such file or folder: {path}", file=sys.stderr)
            return None
    return files


def _new(args: argparse.Namespace, settings: Settings) -> int:
    if args.category not in settings.category_ids:
        guess = closest(args.category, settings.category_ids)
        hint = f"did you mean '{guess}'?" if guess else f"choose one of: {', '.join(settings.category_ids)}"
        print(f"stallpatterns: unknown category '{args.category}': {hint}", file=sys.stderr)
        return EXIT_USAGE
    slug = args.slug or _slug_for(args.title, settings.limits.slug_length)
    if not slug:
        print("stallpatterns: cannot make a file name from that title; pass --slug a-short-name", file=sys.stderr)
        return EXIT_USAGE
    if not is_slug(slug) or len(slug) > settings.limits.slug_length:
        print(
            f"stallpatterns: --slug '{slug}' is not a valid file name: lower-case words joined by hyphens, "
            f"at most {settings.limits.slug_length} characters (try '{slugify(slug)[: settings.limits.slug_length]}')",
            file=sys.stderr,
        )
        return EXIT_USAGE
    target = settings.patterns_dir / f"{slug}.md"
    if target.exists():
        print(f"stallpatterns: {catalogue.display_path(target, settings.root)} already exists; choose another title or --slug", file=sys.stderr)
        return EXIT_USAGE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(scaffold.render(args.title, args.category, settings), encoding="utf-8")
    shown = catalogue.display_path(target, settings.root)
    print(f"Wrote {shown}\n")
    print("Next:")
    print(f"  1. Fill in the summary, the signs and the three sections of {shown}")
    print("  2. Preview it live:  mkdocs serve   (then open http://127.0.0.1:8000/)")
    print(f"  3. Check it:         stallpatterns validate {shown}")
    return EXIT_OK


def _slug_for(title: str, limit: int) -> str:
    """The title's slug, cut at a word boundary to fit the configured length."""
    slug = slugify(title)
    if len(slug) > limit:
        slug = slug[: limit + 1].rsplit("-", 1)[0] if "-" in slug[: limit + 1] else slug[:limit]
    return slug


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
