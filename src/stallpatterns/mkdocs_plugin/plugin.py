"""The ``stallpatterns`` MkDocs plugin: a thin adapter over the core.

Event wiring only. Reading and checking happen in the core; page files are made in
:mod:`.pages`; files written after the build in :mod:`.outputs`; templates render.
"""

from __future__ import annotations

import os
from collections.abc import Hashable
from pathlib import Path
from typing import Any, cast
from urllib.parse import urljoin

from jinja2 import ChoiceLoader, DictLoader
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from .. import catalogue as catalogue_module
from .. import policy
from ..catalogue import Catalogue, Invalid, LoadResult
from ..diagnostics import Diagnostic
from ..pattern import Pattern
from ..settings import ConfigError, Settings
from ..signs import signs_of
from ..text import counted
from . import outputs, pages
from .config import StallPatternsConfig
from .preview import UNCHANGED_TEMPLATE, IncrementalPreview
from .watching import PatternsFolderWatch

log = get_plugin_logger(__name__)

class StallPatternsPlugin(BasePlugin[StallPatternsConfig]):
    def __init__(self) -> None:
        self.command = "build"
        self.settings: Settings | None = None
        self.result: LoadResult | None = None
        # Kept across `mkdocs serve` rebuilds (on_startup keeps this instance): files
        # already checked, and what each page showed, so a rebuild does only what changed.
        self.checked = catalogue_module.CheckCache()
        self.preview = IncrementalPreview()

    # Defining on_startup keeps one plugin instance across `mkdocs serve` rebuilds;
    # every per-build value is reset in on_config.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command

    @property
    def previewing(self) -> bool:
        return self.command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path or ".").resolve().parent
        try:
            given = {key: value for key, value in self.config.items() if value is not None}
            settings = Settings.from_mapping(given, root)
        except ConfigError as error:
            raise PluginError(f"stallpatterns: configuration error: {error}") from None
        if not settings.patterns_dir.is_dir():
            raise PluginError(
                f"stallpatterns: patterns folder not found: {settings.patterns_dir} "
                f"(set plugins.stallpatterns.patterns_dir in {Path(config.config_file_path or 'mkdocs.yml').name})"
            )
        self.settings = settings
        if self.previewing:
            templates = [config.theme.custom_dir] if config.theme.custom_dir else []
            config.site_dir = self.preview.begin(config.site_dir, config.config_file_path, templates)
        self.result = catalogue_module.load(settings, include_drafts=self.previewing, cache=self.checked if self.previewing else None)
        for diagnostic in self.result.diagnostics:
            _report(diagnostic, previewing=self.previewing)
        return config

    @property
    def catalogue(self) -> Catalogue:
        assert self.result is not None
        return self.result.catalogue

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.settings is not None and self.result is not None
        edit_prefix = _edit_prefix(self.settings, config)
        for pattern in self.catalogue:
            previous, following = self.catalogue.neighbours(pattern)
            shows = (pattern, previous, following, tuple(self.catalogue.related(pattern)), self.catalogue.category(pattern.category))
            files.append(pages.pattern_file(pattern, config, edit_prefix, self._template(pattern.slug, shows)))
        if self.previewing:
            for invalid in self.result.invalid:
                if files.get_file_from_path(pages.src_uri(invalid.slug)) is None:
                    files.append(pages.invalid_file(invalid, config, edit_prefix, self._template(invalid.slug, invalid)))
        files.append(pages.index_file(self.catalogue, config))
        for unused in [f for f in files if pages.is_unused_theme_asset(f, config)]:
            files.remove(unused)
        return files

    def _template(self, slug: str, shows: Hashable) -> str | None:
        """The empty template for a page a preview rebuild need not write again."""
        return UNCHANGED_TEMPLATE if self.previewing and self.preview.unchanged(slug, shows) else None

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        if self.settings is not None:
            PatternsFolderWatch(server, self.settings.patterns_dir).start()
        if config.theme.custom_dir:
            # The templates shape every page; MkDocs watches them only with --watch-theme.
            server.watch(config.theme.custom_dir)
        return server

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        pattern = self._pattern_for(page)
        if pattern is not None:
            page.update_date = pattern.last_modified.isoformat()
        return markdown

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        assert self.settings is not None
        assert self.result is not None
        invalid = self.result.invalid if self.previewing else ()
        env.globals["stall"] = SiteData(self.settings, self.catalogue, invalid, config.site_url, previewing=self.previewing)
        env.filters["counted"] = counted
        if self.previewing:
            env.loader = ChoiceLoader([DictLoader({UNCHANGED_TEMPLATE: ""}), env.loader])
            env.bytecode_cache = self.preview.templates
        return env

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        assert self.settings is not None
        outputs.write_all(self.catalogue, config, self.settings.search.synonyms)
        if self.previewing and self.result is not None:
            slugs = {p.slug for p in self.catalogue} | {i.slug for i in self.result.invalid}
            self.preview.finish(slugs | {alias for p in self.catalogue for alias in p.aliases})

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        # TemplateContext types MkDocs' own keys; the templates' keys go in beside them.
        extra = cast(dict[str, Any], context)
        pattern = self._pattern_for(page)
        if pattern is not None:
            related, previous, following = self.catalogue.page_links(pattern)
            extra.update(
                pattern=pattern,
                category=self.catalogue.category(pattern.category),
                related=related,
                previous=previous,
                next=following,
            )
        invalid = self._invalid_for(page)
        if invalid is not None:
            extra["invalid"] = invalid
        return context

    def _pattern_for(self, page: Page) -> Pattern | None:
        slug = pages.slug_of(page.file.src_uri)
        return self.catalogue.get(slug) if slug else None

    def _invalid_for(self, page: Page) -> Invalid | None:
        slug = pages.slug_of(page.file.src_uri)
        if not slug or not self.previewing or self.result is None:
            return None
        return next((i for i in self.result.invalid if i.slug == slug), None)


class SiteData:
    """What every template may use: the settings' offers and categories, the catalogue,
    and, while previewing, the patterns that failed their checks."""

    def __init__(
        self,
        settings: Settings,
        catalogue: Catalogue,
        invalid: tuple[Invalid, ...],
        site_url: str | None,
        *,
        previewing: bool = False,
    ) -> None:
        self.catalogue = catalogue
        # The finder's signs with their stable ids, by pattern slug.
        self.signs = signs_of(catalogue)
        self.offers = settings.offers
        self.cta_heading = settings.cta_heading
        self.invalid = invalid
        self.csp = policy.content_security_policy(previewing)
        self.inline_script = policy.INLINE_SCRIPT
        # Where each offer is booked, as an address that still works on paper.
        self.offer_addresses = [(offer, urljoin(site_url or "", offer.url)) for offer in settings.offers]


def _report(diagnostic: Diagnostic, previewing: bool) -> None:
    # Errors are warnings to MkDocs: `--strict` fails the build on them, a plain build
    # leaves the pattern out. Editorial warnings are only information. While previewing,
    # errors are shown in the page itself, so they must not stop a strict `serve`.
    if diagnostic.is_error and not previewing:
        log.warning(diagnostic.format_text())
    else:
        log.info(diagnostic.format_text())


def _edit_prefix(settings: Settings, config: MkDocsConfig) -> str:
    """The path from docs_dir to the patterns folder, for each pattern's "edit" link
    (MkDocs joins it to repo_url + edit_uri, which point at docs_dir)."""
    relative = os.path.relpath(settings.patterns_dir, Path(config.docs_dir).resolve())
    return Path(relative).as_posix() + "/"
