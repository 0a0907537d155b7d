"""The steps in order: load, validate, normalize, models, ir, render, format."""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.cache import NO_CACHE, Cache, content_key
from generator.diagnostics import Diagnostic, Locator, SpecError, display_path
from generator.naming import package_problem

if TYPE_CHECKING:
    from generator.black_ahead import BlackAhead
    from generator.models import ModelSources

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
    spec: Path,
    package: str = DEFAULT_PACKAGE,
    cache: Cache = NO_CACHE,
    *,
    lenient: bool = False,
    exiting: bool = False,
) -> Generated:
    """Every file of the client, in memory. Raises GenerationFailed.

    `exiting`: the process ends soon after (`python -m generator`). The garbage collector
    is then left as the run set it: setting it back starts collections over everything
    the run made (15 ms of a small edit of our spec) that a process about to end never needs.

    With a cache, spec files whose bytes did not change cost one hash each and
    two lookups (no parsing); a changed spec whose bundled document is the same
    costs its loading and one lookup; any other reuses the validation, models and
    formatting that did not change.
    """
    problem = package_problem(package)
    if problem is not None:
        raise GenerationFailed([Diagnostic("error", problem, file="--package")], None)
    inputs_key = content_key("inputs", package, lenient, str(spec.resolve()))
    unchanged = _stored_result(cache, cache.get_json("inputs", inputs_key))
    if unchanged is not None:
        return unchanged
    from generator.black_ahead import black_ahead
    from generator.load import load_spec  # here, like the steps: a cached run needs no YAML

    # Before anything starts a thread or a process, and before loading, which it overlaps.
    ahead = black_ahead()
    try:
        with _fewer_collections(restore=not exiting) as settle:
            try:
                loaded = load_spec(spec, cache)
            except SpecError as exc:
                raise GenerationFailed(exc.diagnostics, exc.locator) from None
            locator = loaded.source_map
            result_key = content_key("client", package, lenient, loaded.document)
            generated = _stored_client(cache, result_key, locator)
            if generated is None:
                from generator.statements import saved_once

                settle()  # the loaded document lives to the end: no collection looks at it again
                try:
                    with saved_once():
                        generated = _generate(
                            loaded.document, package, cache, lenient, result_key, locator, ahead, settle
                        )
                except SpecError as exc:
                    raise GenerationFailed(exc.diagnostics, locator) from None
    finally:
        if ahead is not None:
            ahead.close()
    # Where each warning is, found now: the files cannot change without a new entry.
    located = iter(loaded.source_map.positions([w.pointer for w in generated.warnings if w.file is None]))
    places: list[tuple[Path, int | None, int | None]] = [
        next(located) if w.file is None else (Path(w.file), w.line, w.column) for w in generated.warnings
    ]
    positions = [[str(file), line, column] for file, line, column in places]
    digests = {str(path): digest for path, digest in loaded.digests.items()}
    cache.put_json("inputs", inputs_key, {"files": digests, "result": result_key, "positions": positions})
    # Shown with the places found, as a stored result's are: showing them reads no file again.
    generated.warnings = [
        replace(warning, file=display_path(file), line=line, column=column)
        for warning, (file, line, column) in zip(generated.warnings, places)
    ]
    return generated


def _stored_result(cache: Cache, inputs: Any) -> Generated | None:
    """The cached result for spec files holding the very bytes they held when it
    was made (an entry of the "inputs" kind), or None. Its warnings come with the
    places found when it was made, so showing them parses nothing either."""
    try:
        for path, digest in inputs["files"].items():
            if hashlib.sha256(Path(path).read_bytes()).hexdigest() != digest:
                return None
        generated = _stored_client(cache, str(inputs["result"]), _NOWHERE)
        if generated is None or len(inputs["positions"]) != len(generated.warnings):
            return None
        generated.warnings = [
            replace(warning, file=display_path(Path(file)), line=line, column=column)
            for warning, (file, line, column) in zip(generated.warnings, inputs["positions"])
        ]
        return generated
    except (OSError, KeyError, TypeError, ValueError, AttributeError):  # gone, changed, or not ours
        return None


def _stored_client(cache: Cache, key: str, locator: Locator) -> Generated | None:
    stored = cache.get_json("client", key)
    try:
        return Generated(stored["files"], [Diagnostic(**d) for d in stored["warnings"]], locator)
    except (KeyError, TypeError):  # missing (None) or not what we write
        return None


class _Nowhere:
    """The locator of a stored result, whose warnings all carry their places."""

    def locate(self, pointer: str) -> tuple[str, int, int]:
        return "<spec>", 1, 1


_NOWHERE = _Nowhere()


def _generate(
    document: dict[str, Any],
    package: str,
    cache: Cache,
    lenient: bool,
    result_key: str,
    locator: Locator,
    ahead: BlackAhead | None = None,
    settle: Callable[[], None] = lambda: None,
) -> Generated:
    """The steps after loading; raises SpecError. `ahead`: black being imported meanwhile;
    `settle`: takes what is alive out of later garbage collections."""
    # Imported here: a run whose result is cached never needs them (a no-op
    # regeneration is mostly interpreter start-up and imports).
    from generator.format import format_files
    from generator.ir_build import build_ir
    from generator.normalize import hoist_inline_schemas
    from generator.render import render_files, runtime_files
    from generator.validation_run import ValidationRun

    validation = ValidationRun(document, cache, lenient, ahead)
    try:
        document = hoist_inline_schemas(document)
        settle()  # the hoisted document lives to the end too
        sources = _models(document, package, cache)
        validation.check_early()
        api, warnings = build_ir(document, sources, package)
        validation.check_early()
        # Each file formatted (or sent to black) as soon as it is rendered.
        rendered = render_files(api, sources, cache)
        files = format_files(rendered, skip=runtime_files(package), cache=cache, ahead=ahead)
    except Exception:
        # A document the validator refuses can break a later step: its errors say why.
        validation.finish()
        raise
    warnings = validation.finish() + warnings
    cache.put_json("client", result_key, {"files": files, "warnings": [asdict(w) for w in warnings]})
    return Generated(files, warnings, locator)


@contextmanager
def _fewer_collections(restore: bool = True) -> Iterator[Callable[[], None]]:
    """Fewer, larger garbage collections for one run: a run allocates millions of objects
    that live to its end, which the collector's defaults scan again and again (a fifth of
    the CPU time of a cold run on OpenAI's spec, for about 60% more peak memory). Gives
    `settle()`, which takes every object alive then out of later collections (gc.freeze)
    until the end, unless the calling program has frozen objects itself. Not `restore`:
    left so at the end."""
    before = gc.get_threshold()
    ours = gc.get_freeze_count() == 0  # never undo a freeze of the program calling us
    gc.set_threshold(50_000, 20, 100)
    try:
        yield gc.freeze if ours else _nothing
    finally:
        if restore:
            gc.set_threshold(*before)
            if ours:
                gc.unfreeze()


def _nothing() -> None:
    pass


def models_key(document: dict[str, Any], package: str) -> str:
    """The cache key of the models: they depend on the schemas (after inline bodies were
    named), and the params on which of them the requests name."""
    from generator.schema_refs import request_roots

    return content_key("models", package, document.get("components"), request_roots(document))


def _models(document: dict[str, Any], package: str, cache: Cache) -> ModelSources:
    from generator.models import generate_models, sources_from_cache, sources_to_cache
    from generator.models_incremental import SchemaDigests, remember, update_models

    key = models_key(document, package)
    sources = sources_from_cache(cache.get_json("models", key))
    if sources is None:
        # A few changed schemas are regenerated alone when that provably gives the same.
        digests = SchemaDigests(document)
        sources = update_models(document, package, cache, digests) or generate_models(document, package)
        cache.put_json("models", key, sources_to_cache(sources))
        remember(document, package, cache, key, digests)
    return sources
