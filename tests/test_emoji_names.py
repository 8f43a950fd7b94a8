"""The table of emoji names is what scripts/make_emoji_names.py makes of GitHub's list (as
pymdown-extensions, installed with Material, ships it): the names GitHub's preview draws."""

from __future__ import annotations

import runpy
from pathlib import Path

from stallpatterns.emoji_names import GITHUB_EMOJI

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "make_emoji_names.py"


def test_the_committed_table_is_the_scripts_reading_of_githubs_list():
    # A newer list (a pymdown-extensions release) fails here: run the script again.
    assert GITHUB_EMOJI == runpy.run_path(str(SCRIPT))["table"]()


def test_the_table_draws_names_as_github_does():
    assert GITHUB_EMOJI["rocket"] == "🚀" and GITHUB_EMOJI["+1"] == "👍" and GITHUB_EMOJI["100"] == "💯"
    assert GITHUB_EMOJI["warning"] == "\u26a0\ufe0f"  # with the selector for the emoji's picture, as GitHub draws it
    assert GITHUB_EMOJI["octocat"] == ""  # GitHub's own picture: no character to type
    assert len(GITHUB_EMOJI) > 1800
