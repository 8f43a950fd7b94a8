#!/usr/bin/env python3
"""Validate stall patterns: the same as ``stallpatterns validate [PATH ...]``.

Runs from a checkout without installing the package itself; its dependencies (those
pyproject.toml lists: PyYAML, markdown-it-py, nh3, cmarkgfm…) must be importable.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

try:
    from stallpatterns.cli import main
except ImportError as error:
    missing = f"'{error.name}'" if error.name else "a dependency"
    print(
        f"validate_patterns.py: the Python package {missing} is missing; "
        "run 'python3 scripts/dev.py validate' instead (it installs what is needed into .venv)",
        file=sys.stderr,
    )
    sys.exit(2)

if __name__ == "__main__":
    sys.exit(main(["validate", *sys.argv[1:]]))
