"""pyproject.toml: metadata that today's setuptools builds without a deprecation."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from packaging.licenses import canonicalize_license_expression
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]


def pyproject() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def test_the_licence_is_an_spdx_expression_not_the_table_setuptools_stops_reading() -> None:
    # `license = { text = "MIT" }` builds with a warning pip -q hides, and not at all from 2027-02-18.
    project = pyproject()["project"]
    assert isinstance(project["license"], str), "write license = \"MIT\" (an SPDX expression), not a table"
    assert canonicalize_license_expression(project["license"]) == project["license"]
    # setuptools refuses a licence classifier beside an expression.
    assert not [c for c in project.get("classifiers", []) if c.startswith("License ::")]


def test_the_build_needs_a_setuptools_that_reads_spdx_expressions() -> None:
    (setuptools,) = [Requirement(r) for r in pyproject()["build-system"]["requires"] if r.startswith("setuptools")]
    # 77.0 is the first setuptools to read `license` as an SPDX string.
    assert not setuptools.specifier.contains("76.1.0") and setuptools.specifier.contains("77.0.3")
    # And one that ends: the release that stops reading our metadata comes as a Dependabot pull request.
    assert not setuptools.specifier.contains("999.0")
