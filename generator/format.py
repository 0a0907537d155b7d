"""Format generated Python with black, the style users read and diff."""

from __future__ import annotations

from generator.cache import NO_CACHE, Cache, content_key
from generator.diagnostics import Diagnostic, SpecError

LINE_LENGTH = 110


def format_source(path: str, source: str) -> str:
    import black

    mode = black.Mode(line_length=LINE_LENGTH, target_versions={black.TargetVersion.PY311})
    try:
        return black.format_str(source, mode=mode)
    except black.InvalidInput as exc:
        # Generated code that does not parse is a generator bug, never a spec
        # problem; say which file so it can be reproduced.
        raise SpecError(
            [Diagnostic("error", f"internal error: generated {path} does not parse: {exc}", "")]
        ) from None


def format_files(files: dict[str, str], skip: set[str], cache: Cache = NO_CACHE) -> dict[str, str]:
    """Black over every generated Python file; a file whose source is unchanged comes from the cache."""
    formatted = {}
    for path, text in files.items():
        if path in skip or not path.endswith(".py"):
            formatted[path] = text
            continue
        key = content_key("black", LINE_LENGTH, text)
        cached = cache.get("format", key)
        if cached is None:
            cached = format_source(path, text)
            cache.put("format", key, cached)
        formatted[path] = cached
    return formatted
