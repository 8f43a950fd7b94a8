"""pyproject.toml: metadata that today's setuptools builds without a deprecation, and
ranges that all end, so every new major release arrives as a Dependabot pull request
(.github/dependabot.yml says so) rather than unnoticed in the next install."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from packaging.licenses import canonicalize_license_expression
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]

# The operators that put a ceiling on a range; `>=`, `>`, `!=` and none at all do not.
UPPER_BOUNDS = {"<", "<=", "~=", "==", "==="}


def pyproject() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def requirements() -> list[tuple[str, str]]:
    """Every requirement with where it is declared: the build's, the core's and each extra's."""
    data = pyproject()
    found = [("build-system.requires", r) for r in data["build-system"]["requires"]]
    found += [("project.dependencies", r) for r in data["project"]["dependencies"]]
    for extra, listed in data["project"]["optional-dependencies"].items():
        found += [(f"project.optional-dependencies.{extra}", r) for r in listed]
    return found


@pytest.mark.parametrize(("where", "requirement"), requirements(), ids=lambda value: value)
def test_every_requirement_has_an_upper_bound(where: str, requirement: str) -> None:
    # A cmarkgfm with a new reading of GitHub's Markdown, or a setuptools that refuses our
    # metadata, must come as a pull request that widens the range, where CI checks it.
    operators = {spec.operator for spec in Requirement(requirement).specifier}
    assert operators & UPPER_BOUNDS, f"{where}: {requirement!r} has no upper bound: add one, e.g. ',<next major'"


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


def test_the_licence_text_the_metadata_names_is_in_the_repository_and_the_package() -> None:
    # The metadata said MIT with no licence text anywhere: MIT asks that its notice go with
    # every copy.
    project = pyproject()["project"]
    assert project["license-files"] == ["LICENSE"]
    notice = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert notice.startswith(f"{project['license']} License\n") and "Permission is hereby granted" in notice
