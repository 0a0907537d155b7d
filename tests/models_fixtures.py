"""Fixtures of the model tests: our spec's document as the model step sees it, and a
cache holding its models (copied for each test, since a run stores a new base entry)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.cache import NO_CACHE, Cache
from generator.load import load_spec
from generator.normalize import hoist_inline_schemas
from tests.generator_helpers import ROOT

PACKAGE = "oaiclient"


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return hoist_inline_schemas(load_spec(ROOT / "spec" / "openapi.yaml", NO_CACHE).document)


@pytest.fixture(scope="module")
def warm(document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache holding the models of the unedited spec (and the base entry for them)."""
    folder = tmp_path_factory.mktemp("warm")
    pipeline._models(document, PACKAGE, Cache(folder))
    return folder


@pytest.fixture
def cache(warm: Path, tmp_path: Path) -> Cache:
    """A copy of the warm cache: a run stores a new base entry."""
    shutil.copytree(warm, tmp_path / "cache")
    return Cache(tmp_path / "cache")
