"""Read and change a copy of mkdocs.yml in tests, as MkDocs would read it.

mkdocs.yml uses MkDocs' ``!ENV [NAME, default]`` tag, which ``yaml.safe_load`` rejects;
here it reads as the environment variable or its default. Changes are made to the
text, so the tags and comments of the file survive them.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml


class _Loader(yaml.SafeLoader):
    pass


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> object:
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(loader.construct_scalar(node))
    *names, default = loader.construct_sequence(node)
    return next((os.environ[n] for n in names if n in os.environ), default)


_Loader.add_constructor("!ENV", _env)


def read_config(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)


def plugin_block(config: dict) -> dict:
    return next(p["stallpatterns"] for p in config["plugins"] if isinstance(p, dict) and "stallpatterns" in p)


def replace_in_config(path: Path, old: str, new: str) -> None:
    """Change one exact piece of mkdocs.yml (it must occur exactly once)."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")
