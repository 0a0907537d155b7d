"""Compare generated files with the output directory, or replace it atomically."""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
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

    The new tree is written beside `root` and swapped in with two renames, so
    a failure while writing leaves the old tree untouched.
    """
    if not diff_tree(root, files):
        return False
    root = root.resolve()
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{root.name}.new-", dir=root.parent))
    retired: Path | None = None
    try:
        for relative, text in files.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text.encode("utf-8"))
        if root.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{root.name}.old-", dir=root.parent))
            os.replace(root, retired / root.name)
        os.replace(staging, root)
    except BaseException:
        if retired is not None and not root.exists() and (retired / root.name).exists():
            os.replace(retired / root.name, root)
        shutil.rmtree(staging, ignore_errors=True)
        if retired is not None:
            shutil.rmtree(retired, ignore_errors=True)
        raise
    if retired is not None:
        shutil.rmtree(retired, ignore_errors=True)
    return True
