"""The ``stallpatterns`` MkDocs plugin: a thin adapter over the core.

Event wiring, and in `mkdocs serve` the update of only the pages an edit to patterns
reached (rendered by the engine's own page builder). Reading and checking happen in the
core; page files are made in :mod:`.pages`; files written after the build in
:mod:`.outputs`; templates render.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import posixpath
import re
import time
from collections.abc import Callable, Hashable
from html import escape as html_escape
from html import unescape as html_unescape
from pathlib import Path
from typing import Any, cast
from urllib.parse import unquote, urljoin, urlsplit

import yaml
from jinja2 import BytecodeCache, ChoiceLoader, DictLoader, Environment, FileSystemBytecodeCache, TemplateError, Undefined
from jinja2 import __version__ as jinja_version
from jinja2.bccache import Bucket

from .. import body, booking, cards, contact_page, policy
from .. import catalogue as catalogue_module
from ..catalogue import Catalogue, Invalid, LoadResult
from ..diagnostics import Diagnostic, annotation
from ..pattern import Pattern
from ..settings import PLUGIN_NAME, ConfigError, Offer, Settings, engine_settings, inherited_files, placed, with_site_folders
from ..signs import signs_of
from ..store import CheckStore, user_folder
from ..text import closest, counted, printable
from ..urls import UnsafeURL, checked_url, url_scheme
from . import links, outputs, pages, social
from .config import StallPatternsConfig
from .engine import (
    Abort,
    BasePlugin,
    ConfigurationError,
    File,
    Files,
    InclusionLevel,
    MkDocsConfig,
    Navigation,
    Page,
    PluginError,
    TemplateContext,
    build_page,
    build_theme_template,
    config_options,
    get_plugin_logger,
    populate_page,
)
from .fragments import KeptFragments
from .preview import UNCHANGED_TEMPLATE, IncrementalPreview

log = get_plugin_logger(__name__)


class StallPatternsPlugin(BasePlugin[StallPatternsConfig]):
    def __init__(self) -> None:
        self.command = "build"
        self.process_ends = False
        self.froze_catalogue = False  # see _freeze_first_catalogue
        self.settings: Settings | None = None
        self.result: LoadResult | None = None
        self.cards: dict[str, social.SocialCard] = {}
        # Kept across `mkdocs serve` rebuilds (on_startup keeps this instance): files
        # already checked, what each page showed, and each social card written, so a
        # rebuild does only what changed.
        self.checked = catalogue_module.CheckCache()
        self.preview = IncrementalPreview()
        self.patterns_watch: Any = None  # `serve`: the patterns folder's watch (watching.py)
        self.cards_written: dict[str, str] = {}
        # What a preview update needs from the last build: its nav, Jinja environment and
        # files, and its config once the build has finished.
        self.nav: Navigation | None = None
        self.env: Any = None
        self.files: Files | None = None
        self.built: MkDocsConfig | None = None
        self.kept = KeptFragments()

    def load_config(self, options: dict[str, Any], config_file_path: str | None = None) -> tuple[Any, Any]:
        errors, warnings = super().load_config(options, config_file_path)
        # A setting the plugin does not know ('categroies') is an error, as the validator
        # says: the engine's warning is hidden by `build -q`, where strict mode then aborted
        # without a reason, and a build without strict mode dropped the setting.
        known = [name for name, _ in self.config_scheme]
        unknown = [(key, message) for key, message in warnings if isinstance(key, str) and key not in known]
        for key, _ in unknown:
            guess = closest(key, known)
            near = f"did you mean {guess}?" if guess else f"known: {', '.join(known)}"
            errors.append((key, config_options.ValidationError(f"unknown setting {key} ({near})")))
        # Each told at the setting's own line ('mkdocs.yml:60: …'), as the validator tells it.
        config_file = Path(config_file_path or "mkdocs.yml")
        errors = [(key, config_options.ValidationError(_placed_text(str(error), key, config_file))) for key, error in errors]
        for _, error in errors:
            _annotate(str(error))
        return errors, [warning for warning in warnings if warning not in unknown]

    # Defining on_startup keeps one plugin instance across `mkdocs serve` rebuilds;
    # every per-build value is reset in on_config.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command
        if dirty:
            # The engine then builds only the files that changed: the pages that list or
            # read other pages (the home page, All patterns, the finder, related links) keep
            # what they showed, and the pages that show the home page's text lose it.
            log.warning(
                "--dirty builds only the pages whose files changed, so pages that list patterns, or show the home "
                "page's text, may be out of date: build or serve without --dirty to see the site as it will be published"
            )
        # Only the command line calls on_startup. For `build` and `gh-deploy` the heap is
        # frozen for the collector (as a server does before it forks): the modules and
        # settings loaded so far are never walked again by a collection during the build
        # ... (`serve --clean` also starts as "build": what is frozen there lives as long
        # as the server anyway, and each rebuild's objects are collected as usual.)
        self.process_ends = command in ("build", "gh-deploy")
        if self.process_ends:
            gc.freeze()

    def on_shutdown(self) -> None:
        # ... and a finished build's objects are not walked and freed one by one on the
        # way out (about a sixth of a build's CPU time at 1,000 patterns): the process
        # ends soon (gh-deploy pushes the site first) and the system takes its memory
        # back at once.
        if self.process_ends:
            gc.freeze()

    def _freeze_first_catalogue(self) -> None:
        """In a command-line build, the checked catalogue just loaded (the largest part of
        the heap, kept until the process ends) is frozen too: checking every file of a fresh
        clone leaves enough new objects for the collector to walk the whole heap once more
        while the pages are written (0.03 to 0.04 s at 1,000 patterns). Only the process's
        first build: a `serve --clean` rebuild (also "build") would freeze what the previous
        build left, such as its pages, which refer to each other and then stay for ever."""
        if self.process_ends and not self.froze_catalogue:
            self.froze_catalogue = True
            gc.freeze()

    @property
    def previewing(self) -> bool:
        return self.command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path or ".").resolve().parent
        try:
            given = {key: value for key, value in self.config.items() if value is not None}
            settings = with_site_folders(Settings.from_mapping(given, root), config.docs_dir, config.theme.custom_dir, _as_written(config))
        except ConfigError as error:
            error = placed(error, Path(config.config_file_path or "mkdocs.yml"))
            _annotate(str(error), error.file, error.line)
            raise PluginError(f"stallpatterns: configuration error: {error}") from None
        if not settings.patterns_dir.is_dir():
            raise PluginError(
                f"stallpatterns: patterns folder not found: {settings.patterns_dir} "
                f"(set plugins.stallpatterns.patterns_dir in {Path(config.config_file_path or 'mkdocs.yml').name})"
            )
        self.settings = settings
        _refuse_links_to_folders(config.docs_dir)
        _check_repository_addresses(config)
        if not self.previewing and os.path.islink(str(config.site_dir).rstrip("/\\")):
            # The engine empties the site folder first: through a link, the folder it points to.
            raise PluginError(
                f"stallpatterns: the site folder {config.site_dir} is a symbolic link, and a build would empty "
                f"what it points to ({os.path.realpath(config.site_dir)}): delete the link (it is never committed)"
            )
        config.theme.dirs = pages.own_template_dirs(config.theme.dirs, config.theme.custom_dir)
        if settings.contact.problem:
            # Information, not a warning: pull requests build the shipped placeholder
            # with --strict. `stallpatterns check-deploy` refuses it before publishing.
            log.info(f"{settings.contact.problem}; the deploy workflow refuses to publish it")
        # A build, and the first build of a `mkdocs serve` session, take the checks kept
        # by earlier builds; the session's later builds, its own (self.checked).
        store = CheckStore.open(settings) if not (self.previewing and self.checked) else None
        if self.previewing:
            if self.patterns_watch is not None and self.patterns_watch.folder != settings.patterns_dir:
                # patterns_dir changed in mkdocs.yml: edits in the new folder rebuild, not the old one's.
                self.patterns_watch = self.patterns_watch.moved_to(settings.patterns_dir)
            config.site_dir = self.preview.begin(config.site_dir, *_preview_inputs(config))
            self.built = None
            self.checked.earlier = store
            self.result = catalogue_module.load(settings, include_drafts=True, cache=self.checked)
            self.checked.earlier = None
        else:
            self.result = catalogue_module.load(settings, cache=store)
        if store is not None:
            store.save()
            log.debug(f"{counted(store.checked, 'pattern file')} checked, the others' checks kept from earlier builds")
        self._freeze_first_catalogue()
        self.cards = {}
        for diagnostic in self.result.diagnostics:
            _report(diagnostic, previewing=self.previewing)
        return config

    @property
    def catalogue(self) -> Catalogue:
        assert self.result is not None
        return self.result.catalogue

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.settings is not None and self.result is not None
        _drop_files_from_elsewhere(files, [config.docs_dir, *config.theme.dirs])
        if not self.previewing:  # the preview shows a page being written, as a build would once listed
            _drop_unlisted_pages(files, self.settings)
        _drop_unsafe_files(files, self.settings, self.result.diagnostics)
        edit_prefix = _edit_prefix(self.settings, config)
        for pattern in self.catalogue:
            files.append(pages.pattern_file(pattern, config, edit_prefix, self._template(pattern)))
        if self.previewing:
            for invalid in self.result.invalid:
                if invalid.has_page and files.get_file_from_path(pages.src_uri(invalid.slug)) is None:
                    files.append(pages.invalid_file(invalid, config, edit_prefix, self._template(invalid)))
        files.append(pages.index_file(self.catalogue, config))
        _check_offer_pages(self.settings.offers, files, Path(config.config_file_path or "mkdocs.yml"))
        if self.previewing and self.preview.served is not None:
            # Pages go straight to the served folder (a preview update writes them there too).
            for page_file in files.documentation_pages(inclusion=InclusionLevel.is_in_serve):
                page_file.dest_dir = str(self.preview.served)
        return files

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        self.nav = nav
        return nav

    def _template(self, item: Pattern | Invalid) -> str | None:
        """The empty template for a page a preview rebuild need not write again (what the
        page shows is worked out only while previewing)."""
        if not self.previewing:
            return None
        shows = self._shows(item) if isinstance(item, Pattern) else self._shows_invalid(item)
        return UNCHANGED_TEMPLATE if self.preview.unchanged(item.slug, shows) else None

    def _shows(self, pattern: Pattern) -> Hashable:
        """Everything a pattern's page shows: a rebuild rewrites the page when this changes."""
        previous, following = self.catalogue.neighbours(pattern)
        return (
            pattern, previous, following, tuple(self.catalogue.related(pattern)), self.catalogue.category(pattern.category),
            self._warnings_for(pattern),
        )

    def _warnings_for(self, pattern: Pattern) -> tuple[Diagnostic, ...]:
        """While previewing, the pattern's warnings (an American spelling, a short section),
        shown on its page as its author writes; a build shows none."""
        if not self.previewing or self.result is None or self.settings is None:
            return ()
        return self.result.warnings_of(pattern.path)

    def _shows_invalid(self, invalid: Invalid) -> Hashable:
        """Everything an invalid pattern's preview page shows: its problems, and the home
        card's text, which counts the patterns."""
        return (invalid, len(self.catalogue))

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        from .watching import GitRecordWatch, PatternsFolderWatch  # watchdog: `serve` only, not worth importing for a build

        server.builder = self._serve_builder(server.builder)
        # The engine waits for 0.1 s without changes before it rebuilds; an update here takes
        # a fraction of its rebuild, so a shorter wait still gathers an editor's save.
        server.build_delay = min(server.build_delay, SERVE_BUILD_DELAY)
        if self.settings is not None:
            self.patterns_watch = PatternsFolderWatch(server, self.settings.patterns_dir)
            self.patterns_watch.start()
            GitRecordWatch(server, self.settings.patterns_dir).start()
        if config.theme.custom_dir:
            # The templates shape every page; MkDocs watches them only with --watch-theme.
            server.watch(config.theme.custom_dir)
        if config.config_file_path:
            # properdocs.yml inherits mkdocs.yml, which holds every setting: reload on it too.
            for inherited in inherited_files(Path(config.config_file_path)):
                server.watch(str(inherited))
        return server

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        # A hand-written page's heading links (Python-Markdown's toc) are named for their
        # heading, as a pattern's are: a screen reader says more than "#".
        # Only the toc's own links are looked for: a pattern's (the core's, already named)
        # are in every pattern page, and the expression took longer to find none there.
        html = _HEADING_LINK.sub(_named_heading_link, html) if _TOC_LINK_END in html else html
        # A hand-written page's tables scroll in the region a pattern's do (body.table_region).
        return _TABLE.sub(_table_in_region, html) if "<table" in html else html

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        pattern = self._pattern_for(page)
        if pattern is not None:
            page.update_date = pattern.last_modified.isoformat()
        if page.meta.get("template") == CONTACT_TEMPLATE and self.settings is not None:
            # Its title and description name the offers, as mkdocs.yml has them (unless the
            # page's own front matter words them).
            page.meta.setdefault("title", contact_page.title(self.settings.offers))
            page.meta.setdefault("description", contact_page.description(self.settings.offers))
        return markdown

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        # Fragments kept for this environment, and so for this build and its preview updates.
        self.kept = KeptFragments()
        # A name a template prints but nothing defines (a misspelt `offer.prise`) stops the
        # build at its line: the engine's default printed nothing, on every page.
        env.undefined = UnprintedUndefined
        env.globals["stall"] = self._site_data(config, files)
        env.filters["counted"] = counted
        # A problem's words quote the author's text: shown as `validate` shows them, with a
        # bidirectional override or a zero-width space written out, not reordering the message.
        env.filters["printable"] = printable
        # The same addresses on every page, each worked out once; the stylesheets and scripts
        # named with their fingerprint (links.py).
        env.filters["url"] = links.fingerprinted(links.remembered(env.filters["url"]), files)
        # One build renders with this environment and the next makes its own (a preview
        # update keeps it only while no template changes): never stat a template again.
        env.auto_reload = False
        # Each page includes about fifteen partials, each looked up in the loaded templates:
        # in a plain mapping (what Jinja's cache_size=-1 makes), not a locked LRU that moves
        # each to its front (three times as long). There are a few dozen templates.
        if env.cache is not None:
            env.cache = dict(env.cache.items())
        if self.previewing:
            env.loader = ChoiceLoader([DictLoader({UNCHANGED_TEMPLATE: ""}), env.loader])
            env.bytecode_cache = self.preview.templates
        else:
            env.bytecode_cache = _compiled_templates(env)
        self.env, self.files = env, files
        return env

    def _site_data(self, config: MkDocsConfig, files: Files) -> SiteData:
        assert self.settings is not None and self.result is not None
        invalid = self.result.invalid if self.previewing else ()
        data = SiteData(self.settings, self.catalogue, invalid, config.site_url, self.kept, previewing=self.previewing)
        data.strays = _strays(self.result) if self.previewing else ()
        # Pages without a card of their own (and the 404 page, rendered first) show the home card.
        home = files.get_file_from_path(social.HOME_SOURCE)
        if home is not None and home.page is not None:
            card = self._card_for(home.page, None, config)
            if card is not None:
                self.cards[card.path] = card
                data.home_card = card
        return data

    def on_build_error(self, *, error: Exception) -> None:
        # A slip in a template stops `build` with one line at its place, not the engine's
        # traceback. While serving, the rebuild's own handler says it (_serve_builder).
        if isinstance(error, TemplateError) and not self.previewing:
            raise Abort(f"{_where_it_failed(error)}: fix the template and build again") from None

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        assert self.settings is not None
        own, previews = self._own_pages(self.files)
        outputs.write_all(self.catalogue, config, self.settings.search.synonyms, own, previews)
        self._write_cards(config)
        if self.previewing and self.result is not None:
            self.preview.finish(_outline(self.result)[0], frozenset(self.cards), own)
            self.built = config
        self._stop_strict_build_on_pattern_errors(config)

    def _own_pages(self, files: Files | None) -> tuple[frozenset[str], frozenset[str]]:
        """Where this build's files go in the site, and which of them are the previews of
        invalid patterns (`mkdocs serve`): no redirect replaces either."""
        if files is None or self.result is None:
            return frozenset(), frozenset()
        invalid = _outline(self.result)[1] if self.previewing else frozenset()
        # Only the files this build writes: a page in exclude_docs (or draft_docs, in a build)
        # is in ``files`` but never written, and keeps no redirect from its address.
        written = InclusionLevel.is_in_serve if self.previewing else InclusionLevel.is_included
        own = frozenset(file.dest_uri for file in files if written(file.inclusion))
        return own, frozenset(file.dest_uri for file in files if pages.slug_of(file.src_uri) in invalid)

    # --- `mkdocs serve`: an edit to patterns alone updates the served site page by page ---

    def _serve_builder(self, full_build: Callable[[], None]) -> Callable[[], None]:
        def build() -> None:
            try:
                updated = self._update_preview()
            except Exception as error:  # noqa: BLE001 (any failure: the engine's full rebuild is the way back)
                log.info(f"the preview update failed ({error}); rebuilding every page")
                self.preview.keys.clear()  # what each page showed is no longer known
                updated = False
            if not updated:
                if self.built is not None:
                    self.preview.rebuilding(*_preview_inputs(self.built))
                try:
                    full_build()
                except (ConfigurationError, TemplateError) as error:
                    # A slip in mkdocs.yml or a template, saved while serving: said in one line
                    # at its place, as the engine says its own clean errors (no traceback). The
                    # engine's server holds every request until a build succeeds (it said "the
                    # preview shows the site as it was last built", and a click then waited for
                    # ever), so the line says what the browser does meanwhile.
                    self.preview.keys.clear()
                    raise Abort(
                        f"{_where_it_failed(error)}: fix it and save again "
                        "(until then, the page open in the browser stays as it was, and any other waits for the fix)"
                    ) from None
                except BaseException:
                    # Pages recorded as written may not have been: the next build writes them all.
                    self.preview.keys.clear()
                    raise

        return build

    def _update_preview(self) -> bool:
        """Bring the served site up to date after edits to pattern files alone, without the
        engine's rebuild: the edited patterns' pages and the pages that show them (their
        neighbours and related pages, All patterns, the finder, the home page, feeds and
        search data) are read and rendered by the engine's own page builder, as a full
        build renders them; no other page is touched. False, with nothing done, when
        anything else changed (mkdocs.yml, a template, a hand-written page) or the set of
        patterns did (one added, removed, renamed, newly valid or invalid): the engine
        then rebuilds as usual."""
        config, files, nav, env = self.built, self.files, self.nav, self.env
        if config is None or files is None or nav is None or self.settings is None or self.result is None:
            return False
        if not self.preview.only_patterns_changed(*_preview_inputs(config)):
            return False
        start = time.perf_counter()
        result = catalogue_module.load(self.settings, include_drafts=True, cache=self.checked)
        if _outline(result) != _outline(self.result):
            return False
        self.result = result
        for diagnostic in result.diagnostics:
            _report(diagnostic, previewing=True)
        _in_catalogue_order(files, self.catalogue)
        config.site_dir = str(self.preview.served)
        env.globals["stall"] = self._site_data(config, files)
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        # The pages of the edited patterns (and their neighbours and related pages) first:
        # the author is looking at one of them. Then every other page, which may list
        # patterns (All patterns, the finder, the home page).
        changed, listing = [], []
        for file in doc_files:
            page = file.page
            slug = pages.slug_of(file.src_uri)
            pattern = self.catalogue.get(slug) if slug else None
            invalid = self._invalid_for(page) if page is not None else None
            if page is None or (pattern is not None and self.preview.unchanged(pattern.slug, self._shows(pattern))):
                continue
            if invalid is not None and self.preview.unchanged(invalid.slug, self._shows_invalid(invalid)):
                continue
            if pattern is not None:
                cast(pages.GeneratedPage, page).show(pages.pattern_meta(pattern), pattern.html)
            elif invalid is not None:
                cast(pages.GeneratedPage, page).show(pages.invalid_meta(invalid))
            else:
                listing.append(page)
                continue
            populate_page(page, config, files)
            changed.append(page)
        for page in changed + listing:
            build_page(page, config, doc_files, nav, env)
        for template in sorted(config.theme.static_templates):
            build_theme_template(template, env, files, config, nav)
        outputs.write_all(self.catalogue, config, self.settings.search.synonyms, *self._own_pages(files))
        self._write_cards(config)
        log.info(f"{counted(len(changed) + len(listing), 'page')} updated in {time.perf_counter() - start:.2f} s (an edit to patterns/)")
        return True

    def _stop_strict_build_on_pattern_errors(self, config: MkDocsConfig) -> None:
        """End a strict build that met pattern errors with a line that calls them errors
        (MkDocs alone would say "Aborted with N warnings"). Every error is listed above it."""
        if self.previewing or not config.strict or self.result is None or not self.result.errors:
            return
        errors = self.result.errors
        files = len({d.path for d in errors})
        others = {d.code for d in errors} & {"unlisted-page", "unsafe-file"}  # a page or a file in docs/ too
        noun = "file" if others else "pattern file"
        publishes = "a strict build publishes no invalid pattern" + "".join(
            f" and no {what}" for code, what in (("unlisted-page", "page the nav leaves out"), ("unsafe-file", "file a browser would run")) if code in others
        )
        # Each error was logged as a warning; 'build -q' shows only errors, so there the
        # list goes with this line, where the author sees it, not 'above', where nothing is.
        shown = log.isEnabledFor(logging.WARNING)
        raise PluginError(
            f"stallpatterns: {counted(len(errors), 'error')} in {counted(files, noun)} ({'listed above' if shown else 'listed below'}): "
            + publishes
            + ("" if shown else "".join("\n" + d.format_text() for d in errors))
        )

    def _write_cards(self, config: MkDocsConfig) -> None:
        """Every page's card; in an incremental preview rebuild, only the cards whose text
        changed (the served folder keeps the others)."""
        palette = social.palette(config)
        keys = {path: item.card.key(palette) for path, item in self.cards.items()}
        incremental = self.previewing and self.preview.incremental
        due = [path for path in self.cards if not incremental or self.cards_written.get(path) != keys[path]]
        site_dir = Path(config.site_dir)
        # The preview copies its scratch folder over the served one: hard links to one
        # cached file would be the same file on both sides, so it gets copies.
        chosen = ((site_dir / path, self.cards[path].card) for path in due)
        cache = social.cache_dir(config)
        written = cards.write_cards(chosen, palette, cache, link=not self.previewing)
        self.cards_written = keys
        # Only a whole build knows every card in use (a preview update writes a few).
        removed = 0 if self.previewing else cards.prune(cache, written.used)
        log.debug(f"social cards: {written.rendered} drawn, {written.reused} from the cache; {counted(removed, 'unused card')} deleted from it")

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
        if pattern is not None and (warnings := self._warnings_for(pattern)):
            extra["warnings"] = warnings
        invalid = self._invalid_for(page)
        if invalid is not None:
            extra["invalid"] = invalid
        card = self._card_for(page, pattern, config)
        if card is not None:
            self.cards[card.path] = card
            extra["social_card"] = card
        return context

    def _card_for(self, page: Page, pattern: Pattern | None, config: MkDocsConfig) -> social.SocialCard | None:
        if pattern is not None:
            return social.pattern_card(pattern, self.catalogue, config.site_name, page.file.src_uri)
        if page.file.src_uri == social.HOME_SOURCE:
            title = page.meta.get("description") or config.site_description or config.site_name
            return social.page_card(page.file.src_uri, str(title), self.catalogue, config.site_name)
        return social.page_card(page.file.src_uri, str(page.title or config.site_name), self.catalogue, config.site_name)

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
        kept: KeptFragments,
        *,
        previewing: bool = False,
    ) -> None:
        self.catalogue = catalogue
        # {% call stall.kept(...) %}: entries of All patterns and the finder, rendered once (fragments.py).
        self.kept = kept
        self.home_card: social.SocialCard | None = None
        # Shown on every page of `mkdocs serve` while the booking address cannot receive mail.
        self.preview_problem = settings.contact.problem if previewing else None
        # The finder's signs with their stable ids, by pattern slug.
        self.signs = signs_of(catalogue, settings.patterns_dir)
        self.offers = settings.offers
        # The contact page's words for the offers: 'There are two ways to work with us, …'.
        self.ways = contact_page.ways(settings.offers)
        self.the_ways = contact_page.the_ways(settings.offers)
        self.contact = settings.contact
        self.cta_heading = settings.cta_heading
        self.invalid = invalid
        # While previewing: the errors of files in the patterns folder that are no pattern's
        # file ('x.md.txt', 'X.MD'), which have no page of their own to show them.
        self.strays: tuple[Diagnostic, ...] = ()
        self.csp = policy.content_security_policy(previewing)
        self.inline_script = policy.INLINE_SCRIPT
        # Where each offer is booked, as an address that still works on paper.
        # (On paper: a booking page, or the offer's page on the site and the address to write to.)
        self.offer_addresses = [
            (offer, settings.contact.booking_urls.get(offer.id) or _page_or_mail(urljoin(site_url or "", offer.url), settings.contact.email))
            for offer in settings.offers
        ]

    def action(
        self,
        offer: Offer,
        pattern: Pattern | None = None,
        url: str | None = None,
        finder: bool = False,
        finder_url: str | None = None,
        reading_url: str | None = None,
    ) -> str | None:
        """The offer's primary action (see :func:`stallpatterns.booking.action_href`), with
        the pattern the reader is on, or their stall finder result at ``url``; from a
        pattern page, the finder result that led there at ``finder_url``; from the contact
        page, the pattern the reader was reading at ``reading_url``."""
        contexts = []
        if pattern is not None:
            contexts.append(booking.Context(PATTERN_CONTEXT, pattern.title, url))
        elif reading_url:
            contexts.append(booking.Context(PATTERN_CONTEXT, None, reading_url))
        if finder or finder_url:
            contexts.append(booking.Context(FINDER_CONTEXT, None, finder_url or url, finder=True))
        return booking.action_href(offer, self.contact, *contexts)


# Python-Markdown's toc permalink (mkdocs.yml: permalink_class anchor, permalink_title),
# after its heading's text.
_HEADING_LINK = re.compile(r'(<h[1-6] id="([^"<>]*)">)((?:(?!</h).)*?)<a class="anchor" href="#\2" title="Link to this section">#</a>', re.S)
# The end of every link the expression finds: a page without it has none.
_TOC_LINK_END = '" title="Link to this section">#</a>'


def _named_heading_link(found: re.Match[str]) -> str:
    opening, anchor, inner = found.groups()
    label = html_escape(" ".join(html_unescape(re.sub(r"<[^>]*>", "", inner)).split()))
    # Named by its words alone, as a pattern's headings are (see body.py).
    named = f'{opening[:-1]} aria-label="{label}">' if label else opening
    return f'{named}{inner}<a class="anchor" href="#{anchor}" aria-label="Link to the section {label}">#</a>'


# A table (Markdown's tables hold no table), with the region it already scrolls in, if any.
_TABLE = re.compile(r'(<div class="table-scroll"[^>]*>\s*)?<table>(.*?)</table>', re.S)
_HEADING_CELL = re.compile(r"<th\b[^>]*>(.*?)</th>", re.S)


def _table_in_region(found: re.Match[str]) -> str:
    region, inner = found.groups()
    if region:
        return found.group()
    head = inner.split("</thead>", 1)[0] if "</thead>" in inner else ""
    headings = [html_unescape(re.sub(r"<[^>]*>", "", cell)) for cell in _HEADING_CELL.findall(head)]
    return f"{body.table_region(headings)}\n<table>{inner}</table>\n</div>"


def _page_or_mail(page: str, email: str) -> str:
    return f"{page} or write to {email}" if email else page


SERVE_BUILD_DELAY = 0.05  # seconds

# The template of the page whose words for the offers are made from them (contact_page.py).
CONTACT_TEMPLATE = "contact.html"

PATTERN_CONTEXT = "The pattern I was reading"
FINDER_CONTEXT = "My stall finder result"


def _preview_inputs(config: MkDocsConfig) -> tuple[str | None, list[str], list[str]]:
    """What a preview build reads besides patterns: the config file, the templates, and the
    hand-written pages with any other watched paths."""
    templates = [config.theme.custom_dir] if config.theme.custom_dir else []
    return config.config_file_path, templates, [config.docs_dir, *config.watch]


def _in_catalogue_order(files: Files, catalogue: Catalogue) -> None:
    """Pattern pages in the order a build lists them (the catalogue's, which an edited title
    or date changes), for what a preview update renders from the files: the sitemap."""
    listed = list(files)
    placed = [(i, catalogue.position(slug)) for i, file in enumerate(listed) if (slug := pages.slug_of(file.src_uri)) and slug in catalogue]
    spots = [i for i, _ in placed]
    found = [listed[i] for i in spots]
    ordered = [listed[i] for i, _ in sorted(placed, key=lambda spot: spot[1])]
    if ordered == found:
        return
    for i, file in zip(spots, ordered):
        listed[i] = file
    for file in listed[spots[0] :]:  # an engine's Files keeps the order of appending: each goes to the end
        files.remove(file)
        files.append(file)


def _strays(result: LoadResult) -> tuple[Diagnostic, ...]:
    """The errors of files that were not checked as patterns: named otherwise than
    '<slug>.md', a link, a folder. A file saved as 'x.md.txt' (Windows hides the ending)
    vanished from the preview, its page a 'not found', with its error only in the terminal."""
    checked = set(result.shown.values())
    return tuple(d for d in result.diagnostics if d.is_error and d.path not in checked and d.code in _STRAY_CODES)


_STRAY_CODES = frozenset({"bad-file-name", "pattern-in-folder", "symlink", "not-a-file", "git-instructions"})


def _outline(result: LoadResult) -> tuple[frozenset[str], frozenset[str]]:
    """Which pages a preview has (its patterns' and invalid files' pages and redirects),
    and which of them are invalid: a preview update keeps both."""
    slugs = {p.slug for p in result.catalogue} | {i.slug for i in result.invalid}
    aliases = {alias for p in result.catalogue for alias in p.aliases}
    return frozenset(slugs | aliases), frozenset(i.slug for i in result.invalid)


def _compiled_templates(env: Environment) -> BytecodeCache | None:
    """Templates compiled by earlier builds, kept in the user's cache folder (as Python keeps
    its bytecode): compiling them takes a twentieth of a build. Jinja compares each template's
    source with the one its code was compiled from, so an edited template is compiled again;
    the folder is one per engine and Jinja settings that compiling depends on. Never in
    ``.cache/`` of the project: compiled code is run, and a pull request can write there.
    None when the folder cannot be made."""
    folder = user_folder()
    if folder is None:
        return None
    settings = (
        type(env).__module__, jinja_version, sorted(env.extensions), callable(env.autoescape) or env.autoescape,
        env.block_start_string, env.variable_start_string, env.comment_start_string, env.line_statement_prefix,
        env.line_comment_prefix, env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline,
        env.optimized, env.finalize is not None, env.is_async,
    )
    kept = folder / "templates" / hashlib.sha256(repr(settings).encode()).hexdigest()[:16]
    try:
        kept.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None
    return _KeptTemplates(str(kept))


class _KeptTemplates(FileSystemBytecodeCache):
    """A folder of compiled templates that a build may fail to read or write (another
    user's, a read-only home, a full disk): then the template is compiled, as without one."""

    def load_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


_MOST_LINKS_SHOWN = 5


def _refuse_links_to_folders(docs_dir: str) -> None:
    """Refuse a symbolic link to a folder in the pages' folder, before the engine walks it.
    The engine follows such links as it lists the files to publish, and never stops at one
    it has been through: two links to '.' made a build walk 2, 4, 8... copies of the folder
    for ever, and a link to '/' walked the whole machine, before any file was left out. A
    pull request can commit either; the folder's own files are what a page needs."""
    found: list[str] = []
    for folder, names, _ in os.walk(docs_dir):  # links are listed, never followed
        found += (os.path.relpath(os.path.join(folder, name), docs_dir) for name in names if os.path.islink(os.path.join(folder, name)))
    if found:
        shown = ", ".join(f"'{printable(name)}'" for name in sorted(found)[:_MOST_LINKS_SHOWN])
        more = f" and {len(found) - _MOST_LINKS_SHOWN} more" if len(found) > _MOST_LINKS_SHOWN else ""
        raise PluginError(
            f"stallpatterns: {shown}{more} in {printable(os.path.basename(os.path.normpath(docs_dir)))}/ "
            f"{'is a symbolic link to a folder' if len(found) == 1 else 'are symbolic links to folders'}, which the site "
            "would follow, publishing what the folder it points to holds (and, for a folder it is in, walking it for ever): "
            "delete the link, and put the files themselves there"
        )


def _drop_files_from_elsewhere(files: Files, folders: list[str]) -> None:
    """Publish only files that are in the site's own folders (docs_dir, the templates'):
    the engine follows links, so a link that a pull request adds under docs/ would publish
    whatever it points at ('docs/env.txt' to /proc/self/environ, a folder to ~/.ssh). Each
    is left out with a warning, which a strict build stops on."""
    roots = [Path(folder).resolve() for folder in folders]
    for file in list(files):
        source = file.abs_src_path
        if source is not None and not any(Path(source).resolve().is_relative_to(root) for root in roots):
            files.remove(file)
            log.warning(f"{file.src_uri} is a link to a file outside the site's own folders: it is not published; copy the file in instead")


def _check_offer_pages(offers: tuple[Offer, ...], files: Files, config_file: Path) -> None:
    """Each offer's address in the site (``url``) names one of its pages: every page's
    closing block links it, and a slip ('contakt/#review') was a broken link on all of them.
    Told at the address's line in ``config_file`` (or the file it inherits it from)."""
    published = {file.dest_uri for file in files}
    for index, offer in enumerate(offers):
        if url_scheme(offer.url) is not None or offer.url.startswith(("#", "//")):
            continue  # another site's page, or this page's own part
        path = unquote(urlsplit(offer.url).path)
        where = f"plugins.stallpatterns.offers[{index}].url: '{offer.url}'"
        problem = None
        if path.startswith("/"):
            # From the server's root: a site published under a path (…/stall-patterns/) is not there.
            problem = f"{where} starts at the server's root, not the site's: write it without the first '/', such as '{offer.url.lstrip('/')}'"
        page = posixpath.normpath(path + "index.html" if path == "" or path.endswith("/") else path)
        if problem is None and page not in published and f"{page}/index.html" not in published:
            problem = f"{where} is no page of the site: write the address of one, such as 'contact/#{offer.id}'"
        if problem is not None:
            error = placed(ConfigError(problem), config_file)
            _annotate(str(error), error.file, error.line)
            raise PluginError(f"stallpatterns: configuration error: {error}")


def _placed_text(message: str, key: object, config_file: Path) -> str:
    """``message`` about the plugin's setting ``key``, after the file and line it is written on."""
    where = f"plugins.{PLUGIN_NAME}.{key}" if isinstance(key, str) else f"plugins.{PLUGIN_NAME}"
    found = placed(ConfigError(message, at=where), config_file)
    return f"{found.file}:{found.line}: {message}" if found.file else message


_PLACE = re.compile(r"(?P<file>[^:\n]+):(?P<line>\d+): ")


def _annotate(message: str, file: str | None = None, line: int | None = None) -> None:
    """In a GitHub Actions run, a settings error shown on the pull request's mkdocs.yml at
    the setting's line (read from the message's 'mkdocs.yml:60: ' where not given), as
    `validate` shows it."""
    if os.environ.get("GITHUB_ACTIONS") != "true":
        return
    if file is None and (found := _PLACE.match(message)):
        file, line = found["file"], int(found["line"])
    print(annotation("error", printable(message), file=file, line=line, title="configuration error"), flush=True)


def _as_written(config: MkDocsConfig) -> dict[str, Any]:
    """The engine's settings as mkdocs.yml writes them: `serve` replaces site_url with its own."""
    written = engine_settings(Path(config.config_file_path)) if config.config_file_path else {"site_url": config.site_url}
    return {**written, "nav": config.nav}


def _drop_unlisted_pages(files: Files, settings: Settings) -> None:
    """Publish only the hand-written pages the nav lists: a page added under docs/ is
    never read by the checks (a pattern saved there by mistake). The catalogue's check
    has reported each one (catalogue.unlisted_pages)."""
    listed, patterns = settings.site_nav, str(settings.patterns_dir)
    if listed is None:
        return
    for file in list(files.documentation_pages()):
        source = file.abs_src_path
        if file.inclusion.is_not_in_nav():
            continue  # left out of the nav on purpose (not_in_nav)
        if file.src_uri not in listed and not (source and os.path.dirname(os.path.realpath(source)) == patterns):
            files.remove(file)


def _drop_unsafe_files(files: Files, settings: Settings, diagnostics: tuple[Diagnostic, ...]) -> None:
    """Never publish a file of the pages' folder that a reader's browser would run (a scripted
    SVG, a web page among the pictures), in the preview either: the catalogue's check has
    reported each one (catalogue.unsafe_files), at the file, and a strict build stops on it.
    One that took the place of the site's own file (docs/assets/site.js) gives it back: the
    engine had left the site's own out for it, and every page loads it."""
    unsafe = {os.path.realpath(settings.root / d.path) for d in diagnostics if d.code == "unsafe-file"}
    if not unsafe:
        return
    for file in list(files):
        if not file.is_documentation_page() and file.abs_src_path and os.path.realpath(file.abs_src_path) in unsafe:
            files.remove(file)
            own = catalogue_module.folder_of_the_file_replaced(file.src_uri, (settings.site_folders or ())[1:])
            if own is not None:
                files.append(File(file.src_uri, str(own), file.dest_dir, file.use_directory_urls))


def _template_frame(error: Exception) -> tuple[str, str] | None:
    """The template and line where a rendering error happened: the innermost frame of its
    traceback that is a template's (Jinja rewrites those to the template's file and line)."""
    place, frame = None, error.__traceback__
    while frame is not None:
        name = frame.tb_frame.f_code.co_filename
        if not name.endswith(".py") and os.path.isfile(name):
            place = (name, str(frame.tb_lineno))
        frame = frame.tb_next
    return place


class UnprintedUndefined(Undefined):
    """What a template gets for a name or attribute nothing defines: printing it is an
    error at its line; ``if``, ``is defined`` and ``default`` still read it as missing."""

    __slots__ = ()
    __str__ = Undefined._fail_with_undefined_error


def _report(diagnostic: Diagnostic, previewing: bool) -> None:
    # Errors are warnings to MkDocs: `--strict` fails the build on them, a plain build
    # leaves the pattern out. Editorial warnings are only information. While previewing,
    # errors are shown in the page itself, so they must not stop a strict `serve`.
    if diagnostic.is_error and not previewing:
        log.warning(diagnostic.format_text())
    else:
        log.info(diagnostic.format_text())


def _check_repository_addresses(config: MkDocsConfig) -> None:
    """``repo_url``, ``edit_uri`` and ``edit_uri_template`` reach every page's links as
    written: the engine's own check lets any scheme with a host through
    (``javascript://host/%0Aalert(1)``), and a scheme in either edit setting wins over
    ``repo_url``."""
    for key, absolute in (("repo_url", True), ("edit_uri", False), ("edit_uri_template", False)):
        value = config.get(key)
        if not value:
            continue
        try:
            address = str(value).replace("{path}", "x").replace("{path_noext}", "x")  # a template's fields
            scheme = url_scheme(address)
            if scheme is None:
                checked_url(address.replace(":", "%3A"))  # a path: no ':' in it becomes a scheme here
            else:
                checked_url(address)
            if scheme not in ("https", "http") and (absolute or scheme is not None):
                raise UnsafeURL("must be an https: or http: address" if absolute else "must be a path, or an https: or http: address")
        except UnsafeURL as error:
            raise PluginError(f"stallpatterns: configuration error: {key} {error}") from None


def _edit_prefix(settings: Settings, config: MkDocsConfig) -> str:
    """The path from docs_dir to the patterns folder, for each pattern's "edit" link
    (MkDocs joins it to repo_url + edit_uri, which point at docs_dir)."""
    relative = os.path.relpath(settings.patterns_dir, Path(config.docs_dir).resolve())
    return Path(relative).as_posix() + "/"


def _where_it_failed(error: Exception) -> str:
    """'file:line: what' for an error in mkdocs.yml (its YAML) or a template."""
    cause = error.__cause__ or error.__context__
    if isinstance(cause, yaml.MarkedYAMLError) and cause.problem_mark is not None:
        mark = cause.problem_mark
        where, line, what = mark.name, f"{mark.line + 1}:{mark.column + 1}", cause.problem or cause.context or "not valid YAML"
    elif isinstance(error, TemplateError) and getattr(error, "lineno", None):
        where, line, what = getattr(error, "filename", None) or getattr(error, "name", None) or "a template", str(error.lineno), error.message or str(error)  # type: ignore[attr-defined]
    elif isinstance(error, TemplateError) and (place := _template_frame(error)):
        # Met while rendering (an undefined name): Jinja puts the template's own line in the traceback.
        (where, line), what = place, error.message or str(error)
    else:
        return " ".join(str(error).split()).rstrip(".")
    with contextlib.suppress(ValueError):  # on another drive (Windows): as it is
        if not os.path.relpath(where).startswith(".."):
            where = os.path.relpath(where)
    return f"{where}:{line}: {' '.join(what.split()).rstrip('.')}"
