"""The plugin's settings as the engine (ProperDocs or MkDocs) sees them.

MkDocs only checks the shape here; the meaning (sections, categories, offers, bounds)
is checked once, by :meth:`stallpatterns.settings.Settings.from_mapping`, which the CLI
uses too.
"""

from .engine import Config
from .engine import config_options as c


class StallPatternsConfig(Config):
    # Defaults live once, in Settings.from_mapping; an unset option stays None here.
    patterns_dir = c.Optional(c.Type(str))
    sections = c.Optional(c.Type(list))
    cta_heading = c.Optional(c.Type(str))
    categories = c.Optional(c.Type(list))
    offers = c.Optional(c.Type(list))
    contact = c.Optional(c.Type(dict))
    limits = c.Optional(c.Type(dict))
    editorial = c.Optional(c.Type(dict))
    search = c.Optional(c.Type(dict))
