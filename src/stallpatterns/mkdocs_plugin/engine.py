"""The site engine's API, from whichever engine runs the build: ProperDocs or MkDocs 1.x.

ProperDocs is the maintained continuation of MkDocs 1.x: the same API under the module
name ``properdocs``. Every name the adapter takes from the engine is imported here, once;
no other module of the package imports ``mkdocs`` or ``properdocs`` (a test checks).

Which engine: the one already running. ``properdocs`` registers itself as ``mkdocs`` in
``sys.modules`` (so plugins written for MkDocs load), and ``mkdocs`` is the real MkDocs
inside ``mkdocs build``. With neither loaded yet (a test, a script), ProperDocs if it is
installed, else MkDocs. Both can be installed side by side: each CLI then gets its own.
"""

from __future__ import annotations

import importlib
import os
import sys
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

ENGINES = ("properdocs", "mkdocs")
CONFIG_FILES = {"mkdocs": "mkdocs.yml", "properdocs": "properdocs.yml"}
"""The file each engine's command builds: MkDocs with Material, ProperDocs without it."""


@dataclass(frozen=True)
class Command:
    """An engine's command-line program and the configuration file it builds."""

    name: str
    program: Path
    config_name: str


def build_command(bin_dir: Path | None = None) -> Command:
    """The engine the tests and benchmarks build with: ``$STALLPATTERNS_ENGINE`` if set,
    else MkDocs (the default stack) when its program is installed beside this Python,
    else ProperDocs."""
    folder = bin_dir or Path(sys.executable).parent
    name = os.environ.get("STALLPATTERNS_ENGINE") or ("mkdocs" if (folder / "mkdocs").is_file() else "properdocs")
    if name not in CONFIG_FILES:
        raise ValueError(f"STALLPATTERNS_ENGINE={name!r}: expected one of {', '.join(CONFIG_FILES)}")
    return Command(name, folder / name, CONFIG_FILES[name])


def _running() -> str:
    loaded = sys.modules.get("mkdocs")
    if loaded is not None:
        return loaded.__name__  # "properdocs" when ProperDocs stands in for MkDocs
    for name in ENGINES:
        if name in sys.modules or find_spec(name) is not None:
            return name
    raise ImportError("the stallpatterns site plugin needs ProperDocs or MkDocs 1.x: pip install properdocs")


NAME: str = _running()
"""``properdocs`` or ``mkdocs``: the engine whose API this module holds."""


def _module(path: str) -> ModuleType:
    return importlib.import_module(f"{NAME}.{path}")


if TYPE_CHECKING:
    from properdocs import __version__ as VERSION
    from properdocs.commands.build import _build_page as build_page
    from properdocs.commands.build import _build_theme_template as build_theme_template
    from properdocs.commands.build import _populate_page as populate_page
    from properdocs.commands.build import log as build_log
    from properdocs.config import config_options
    from properdocs.config.base import Config
    from properdocs.config.defaults import MkDocsConfig
    from properdocs.exceptions import Abort, ConfigurationError, PluginError
    from properdocs.plugins import BasePlugin, get_plugin_logger
    from properdocs.structure.files import File, Files, InclusionLevel
    from properdocs.structure.nav import Navigation
    from properdocs.structure.pages import Page
    from properdocs.utils.templates import TemplateContext
    from properdocs.utils.yaml import yaml_load
else:
    VERSION = importlib.import_module(NAME).__version__
    config_options = _module("config.config_options")
    Config = _module("config.base").Config
    MkDocsConfig = _module("config.defaults").MkDocsConfig
    PluginError = _module("exceptions").PluginError
    Abort = _module("exceptions").Abort
    ConfigurationError = _module("exceptions").ConfigurationError
    BasePlugin = _module("plugins").BasePlugin
    get_plugin_logger = _module("plugins").get_plugin_logger
    File = _module("structure.files").File
    Files = _module("structure.files").Files
    InclusionLevel = _module("structure.files").InclusionLevel
    Navigation = _module("structure.nav").Navigation
    Page = _module("structure.pages").Page
    TemplateContext = _module("utils.templates").TemplateContext
    yaml_load = _module("utils.yaml").yaml_load
    # The engine's own steps for one page and one theme template, so that a preview
    # update renders a page exactly as a full build does (stallpatterns.mkdocs_plugin.preview).
    # Private names, the same in MkDocs 1.6 and ProperDocs 1.6 (tests/site/test_serve_incremental.py).
    build_page = _module("commands.build")._build_page
    build_theme_template = _module("commands.build")._build_theme_template
    populate_page = _module("commands.build")._populate_page
    # The logger the engine's build writes through ("properdocs.commands.build" inside
    # ProperDocs, though it answers to the name mkdocs): the preview quiets a line of it.
    build_log = _module("commands.build").log

__all__ = [
    "NAME",
    "VERSION",
    "Abort",
    "BasePlugin",
    "Config",
    "ConfigurationError",
    "File",
    "Files",
    "InclusionLevel",
    "MkDocsConfig",
    "Navigation",
    "Page",
    "PluginError",
    "TemplateContext",
    "build_log",
    "build_page",
    "build_theme_template",
    "config_options",
    "get_plugin_logger",
    "populate_page",
    "yaml_load",
]
