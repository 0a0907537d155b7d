"""The steps in order: load, validate, normalize, models, ir, render, format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import Diagnostic, Locator, SpecError
from generator.format import format_files
from generator.ir_build import build_ir
from generator.load import load_spec
from generator.models import generate_models
from generator.normalize import hoist_inline_schemas
from generator.render import render, runtime_files
from generator.validate import check_references, validate_document

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


def generate_client(spec: Path, package: str = DEFAULT_PACKAGE) -> Generated:
    """Every file of the client, in memory. Raises GenerationFailed."""
    try:
        loaded = load_spec(spec)
    except SpecError as exc:
        raise GenerationFailed(exc.diagnostics, exc.locator) from None
    locator = loaded.source_map
    try:
        errors = check_references(loaded.document) or validate_document(loaded.document)
        if errors:
            raise SpecError(errors)
        document = hoist_inline_schemas(loaded.document)
        sources = generate_models(document, package)
        api, warnings = build_ir(document, sources, package)
        files = format_files(render(api, sources), skip=runtime_files(package))
    except SpecError as exc:
        raise GenerationFailed(exc.diagnostics, locator) from None
    return Generated(files, warnings, locator)
