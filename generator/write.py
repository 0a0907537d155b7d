"""Compare generated files with the output directory, or replace it atomically."""

from __future__ import annotations

import difflib
import os
import shutil
import secrets
from pathlib import Path

IGNORED_DIRS = {"__pycache__", ".mypy_cache", ".pytest_cache"}


def read_tree(root: Path) -> dict[str, str]:
    tree: dict[str, str] = {}
    if not root.is_dir():
        return tree
    for directory, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in IGNORED_DIRS)
        for filename in sorted(filenames):
            path = Path(directory, filename)
            relative = path.relative_to(root).as_posix()
            try:
                tree[relative] = path.read_text("utf-8")
            except UnicodeDecodeError:
                tree[relative] = "<binary file>\n"
    return tree


def diff_tree(root: Path, files: dict[str, str]) -> list[str]:
    """Unified diffs of every file that differs, is missing or is extra."""
    on_disk = read_tree(root)
    chunks: list[str] = []
    for relative in sorted(set(on_disk) | set(files)):
        old, new = on_disk.get(relative), files.get(relative)
        if old == new:
            continue
        chunks.append(
            "".join(
                difflib.unified_diff(
                    (old or "").splitlines(keepends=True),
                    (new or "").splitlines(keepends=True),
                    fromfile=f"a/{relative}" if old is not None else "/dev/null",
                    tofile=f"b/{relative}" if new is not None else "/dev/null",
                )
            )
        )
    return chunks


def write_tree(root: Path, files: dict[str, str]) -> bool:
    """Make `root` hold exactly `files`. Returns False when it already did.

    Only files whose text changed are written, so the others keep their
    modification times. Every new text is first written to a temporary file
    beside its target; only when all are written are they renamed into place
    (and stale files removed), so a failure while writing leaves the old tree
    as it was.
    """
    on_disk = read_tree(root)
    changed = {relative: text for relative, text in files.items() if on_disk.get(relative) != text}
    stale = sorted(relative for relative in on_disk if relative not in files)
    if not changed and not stale:
        return False
    staged: list[tuple[Path, Path]] = []
    created: list[Path] = []
    try:
        for relative, text in sorted(changed.items()):
            target = root / relative
            for parent in reversed(target.parents):
                if not parent.exists():
                    parent.mkdir()
                    created.append(parent)
            temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
            staged.append((temporary, target))
            _write_new_file(temporary, text.encode("utf-8"))
    except BaseException:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        for directory in reversed(created):
            shutil.rmtree(directory, ignore_errors=True)
        raise
    for temporary, target in staged:
        os.replace(temporary, target)
    for relative in stale:
        (root / relative).unlink()
    _remove_empty_directories(root)
    return True


def _write_new_file(path: Path, data: bytes) -> None:
    with open(path, "xb") as out:
        out.write(data)


def _remove_empty_directories(root: Path) -> None:
    for directory, dirnames, filenames in os.walk(root, topdown=False):
        path = Path(directory)
        if path != root and not filenames and not any((path / d).exists() for d in dirnames):
            if path.name not in IGNORED_DIRS:
                path.rmdir()
