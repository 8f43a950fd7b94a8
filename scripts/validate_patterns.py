#!/usr/bin/env python3
"""Validate stall patterns: the same as ``stallpatterns validate [PATH ...]``."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from stallpatterns.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["validate", *sys.argv[1:]]))
