"""The steps in order: load, validate, normalize, models, ir, render, format."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from generator.cache import NO_CACHE, Cache, content_key
from generator.diagnostics import Diagnostic, Locator, SpecError
from generator.format import format_files
from generator.ir_build import build_ir
from generator.load import load_spec
from generator.models import ModelSources, generate_models, models_from_sources
from generator.naming import package_problem
from generator.normalize import hoist_inline_schemas
from generator.render import render, runtime_files
from generator.validation_run import ValidationRun

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = PROJECT_ROOT / "spec" / "openapi.yaml"
DEFAULT_OUT = PROJECT_ROOT / "generated"
DEFAULT_PACKAGE = "oaiclient"


class GenerationFailed(Exception):
    """Spec errors, with the locator that turns their pointers into positions."""

    def __init__(self, diagnostics: list[Diagnostic], locator: Locator | None) -> None:
        super().__init__(f"{len(diagnostics)} error(s)")
        self.diagnostics = diagnostics
        self.locator = locator


@dataclass
class Generated:
    files: dict[str, str]
    warnings: list[Diagnostic]
    locator: Locator


def generate_client(
    spec: Path, package: str = DEFAULT_PACKAGE, cache: Cache = NO_CACHE, *, lenient: bool = False
) -> Generated:
    """Every file of the client, in memory. Raises GenerationFailed.

    With a cache, an unchanged spec costs its loading and one lookup; a changed
    one reuses the validation, models and formatting that did not change.
    """
    problem = package_problem(package)
    if problem is not None:
        raise GenerationFailed([Diagnostic("error", problem, file="--package")], None)
    try:
        loaded = load_spec(spec)
    except SpecError as exc:
        raise GenerationFailed(exc.diagnostics, exc.locator) from None
    locator = loaded.source_map
    result_key = content_key("client", package, lenient, loaded.document)
    stored = _load_json(cache.get("client", result_key))
    if stored is not None:
        return Generated(stored["files"], [Diagnostic(**d) for d in stored["warnings"]], locator)
    try:
        with _fewer_collections():
            return _generate(loaded.document, package, cache, lenient, result_key, locator)
    except SpecError as exc:
        raise GenerationFailed(exc.diagnostics, locator) from None


def _generate(
    document: dict[str, Any], package: str, cache: Cache, lenient: bool, result_key: str, locator: Locator
) -> Generated:
    """The steps after loading; raises SpecError."""
    validation = ValidationRun(document, cache, lenient)
    try:
        document = hoist_inline_schemas(document)
        sources = _models(document, package, cache)
        validation.check_early()
        api, warnings = build_ir(document, sources, package)
        validation.check_early()
        files = format_files(render(api, sources), skip=runtime_files(package), cache=cache)
    except Exception:
        # A document the validator refuses can break a later step: its errors say why.
        validation.finish()
        raise
    warnings = validation.finish() + warnings
    cache.put("client", result_key, json.dumps({"files": files, "warnings": [asdict(w) for w in warnings]}))
    return Generated(files, warnings, locator)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Fewer, larger garbage collections for one run: a run allocates millions of objects
    that live to its end, which the collector's defaults scan again and again (a fifth of
    the CPU time of a cold run on OpenAI's spec, for about 60% more peak memory)."""
    before = gc.get_threshold()
    gc.set_threshold(50_000, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _load_json(text: str | None) -> Any:
    """A cached JSON entry, or None when it is missing or damaged."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _models(document: dict[str, object], package: str, cache: Cache) -> ModelSources:
    # Models depend on the schemas only (after inline bodies were named).
    key = content_key("models", package, document.get("components"))
    stored = _load_json(cache.get("models", key))
    if stored is not None:
        return models_from_sources(
            stored["models"], stored["params"], [Diagnostic(**d) for d in stored["warnings"]]
        )
    sources = generate_models(document, package)
    cache.put(
        "models",
        key,
        json.dumps(
            {
                "models": sources.models,
                "params": sources.params,
                "warnings": [asdict(w) for w in sources.warnings],
            }
        ),
    )
    return sources
