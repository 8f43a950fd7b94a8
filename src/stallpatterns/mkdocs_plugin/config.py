"""The plugin's settings as MkDocs sees them.

MkDocs only checks the shape here; the meaning (sections, categories, offers, bounds)
is checked once, by :meth:`stallpatterns.settings.Settings.from_mapping`, which the CLI
uses too.
"""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class StallPatternsConfig(Config):
    patterns_dir = c.Type(str, default="patterns")
    sections = c.Type(list, default=[])
    cta_heading = c.Type(str, default="Is this your stall?")
    categories = c.Type(list, default=[])
    offers = c.Type(list, default=[])
    limits = c.Type(dict, default={})
    editorial = c.Type(dict, default={})
