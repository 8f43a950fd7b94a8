"""An MkDocs hook (``hooks:`` in ``mkdocs.yml``) that stops the build with one clear line
when the ``stallpatterns`` plugin has been taken out of ``plugins:``.

Without the plugin no pattern page, index, feed or card is made, and the templates
would render pages without their offers. MkDocs loads this file by its path, apart from
the package, so it imports nothing of ours.
"""

from __future__ import annotations

from typing import Any

from mkdocs.exceptions import PluginError

PLUGIN = "stallpatterns"


def on_config(config: Any) -> Any:
    if PLUGIN not in config.plugins:
        raise PluginError(
            f"the '{PLUGIN}' plugin is missing from plugins: in mkdocs.yml; put it back "
            f"(`- {PLUGIN}:` with its settings): it builds every pattern page"
        )
    return config
