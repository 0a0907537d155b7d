"""Keeping the cache within a size budget, least recently used entries first.

Every regeneration after an edit stores new entries (on our spec about 1.8 MB, most of
it the whole result), and nothing else ever removes them. So after a run that stored
something, at most once every `PRUNE_EVERY_SECONDS`, the entries are listed and the
least recently used (by modification time: `Cache` sets it on every read) are deleted
until the rest fit the budget.

Only files of the cache's own layout are ever deleted: `<root>/<kind>/<xx>/<key>`, a
kind in lower case, `<key>` 40 to 64 hexadecimal digits starting with `<xx>`, and, after an
hour, the partial files a write that died left in those folders. Anything else under the
root (a cache directory pointed at a folder holding other files) is left alone, and
symbolic links are never followed. Another run reading an entry being deleted finds it
missing and computes it again: deleting is always safe, only slower.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from generator.cache import PARTIAL_PREFIX

# The default budget; `--cache-max-mb` or OAICLIENT_GENERATOR_CACHE_MAX_MB change it.
DEFAULT_MAX_MB = 1024
MAX_MB_VARIABLE = "OAICLIENT_GENERATOR_CACHE_MAX_MB"
# Listing the entries costs a few milliseconds per thousand: done at most this often.
PRUNE_EVERY_SECONDS = 600
# The file whose modification time says when the cache was last pruned.
STAMP = ".last-pruned"
# A partial file older than this belongs to no write still going on.
PARTIAL_MAX_AGE_SECONDS = 3600

_KIND = re.compile(r"[a-z][a-z0-9-]*\Z")
_SHARD = re.compile(r"[0-9a-f]{2}\Z")
_KEY = re.compile(r"[0-9a-f]{40,64}\Z")  # sha256, or sha1 for jinja's compiled templates


@dataclass
class Pruned:
    removed: int  # entries (and stale partial files) deleted
    freed: int  # their bytes
    kept: int  # bytes of the entries left


def budget_from(value: str | None) -> int:
    """A budget in bytes from a number of megabytes (MiB) as given on the command line or
    in the environment; None gives the default. Raises ValueError for anything else."""
    if value is None or value.strip() == "":
        return DEFAULT_MAX_MB * 2**20
    try:
        megabytes = float(value)
    except ValueError:
        raise ValueError(f"not a number of megabytes (0 or more): {value!r}") from None
    if not megabytes >= 0 or megabytes == float("inf"):  # also refuses NaN
        raise ValueError(f"not a number of megabytes (0 or more): {value!r}")
    return int(megabytes * 2**20)


def prune_if_due(root: Path, budget: int, now: float | None = None) -> Pruned | None:
    """`prune(root, budget)` when the last pruning is `PRUNE_EVERY_SECONDS` old (or never
    happened), else None."""
    now = time.time() if now is None else now
    stamp = root / STAMP
    try:
        if now - stamp.stat().st_mtime < PRUNE_EVERY_SECONDS:
            return None
    except OSError:
        pass  # never pruned (or the stamp is unreadable): prune
    pruned = prune(root, budget, now)
    try:
        stamp.touch()
        os.utime(stamp, (now, now))
    except OSError:
        pass  # a cache that cannot be written is pruned again next time
    return pruned


def prune(root: Path, budget: int, now: float | None = None) -> Pruned:
    """Delete the least recently used entries under `root` until the others take at most
    `budget` bytes, and partial files older than an hour."""
    now = time.time() if now is None else now
    entries: list[tuple[float, str, int]] = []  # (last used, path, bytes)
    removed = freed = 0
    for path, stat, partial in _own_files(root):
        if partial:
            if now - stat.st_mtime > PARTIAL_MAX_AGE_SECONDS and _delete(path) == "deleted":
                removed, freed = removed + 1, freed + stat.st_size
        else:
            entries.append((stat.st_mtime, path, stat.st_size))
    kept = sum(size for _, _, size in entries)
    entries.sort()  # oldest first; the path breaks ties, so the order is always the same
    for _, path, size in entries:
        if kept <= budget:
            break
        outcome = _delete(path)
        if outcome != "kept":
            kept -= size
        if outcome == "deleted":
            removed, freed = removed + 1, freed + size
    return Pruned(removed, freed, kept)


def _own_files(root: Path) -> list[tuple[str, os.stat_result, bool]]:
    """(path, stat, is a partial file) of every file of the cache's layout under `root`."""
    found: list[tuple[str, os.stat_result, bool]] = []
    for kind in _folders(str(root), _KIND):
        for shard in _folders(kind.path, _SHARD):
            try:
                listing = list(os.scandir(shard.path))
            except OSError:
                continue
            for item in listing:
                partial = item.name.startswith(PARTIAL_PREFIX)
                ours = partial or (_KEY.match(item.name) is not None and item.name[:2] == shard.name)
                try:
                    if ours and item.is_file(follow_symlinks=False):
                        found.append((item.path, item.stat(follow_symlinks=False), partial))
                except OSError:
                    continue  # deleted meanwhile by another run
    return found


def _folders(path: str, name: re.Pattern[str]) -> list[os.DirEntry[str]]:
    try:
        listing = list(os.scandir(path))
    except OSError:
        return []
    found = []
    for item in listing:
        try:
            if name.match(item.name) and item.is_dir(follow_symlinks=False):
                found.append(item)
        except OSError:
            continue
    return sorted(found, key=lambda item: item.name)


def _delete(path: str) -> str:
    """ "deleted", "gone" (another run deleted it first) or "kept" (not ours to delete
    after all: permissions)."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        return "gone"
    except OSError:
        return "kept"
    return "deleted"
