"""Every internal link of the real built site resolves: pages, anchors, assets, feeds."""

from __future__ import annotations

import subprocess
import sys

from tests.site.conftest import ROOT

CHECKER = ROOT / "scripts" / "check_links.py"


def test_every_internal_link_of_the_built_site_resolves(built_site) -> None:
    site_url = built_site.config()["site_url"]
    result = subprocess.run(
        [sys.executable, str(CHECKER), str(built_site.site), "--site-url", site_url],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
