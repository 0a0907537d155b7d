"""The cache kept within its budget (generator/cache_prune.py): least recently used
entries go first, only files of the cache's own layout are ever deleted, and the command
line prunes by itself after a run that stored something, at most every ten minutes."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from generator.cache import PARTIAL_PREFIX, Cache
from generator.cache_prune import (
    DEFAULT_MAX_MB,
    PRUNE_EVERY_SECONDS,
    STAMP,
    budget_from,
    prune,
    prune_if_due,
)
from generator.pipeline import generate_client
from tests.generator_helpers import GOLDEN, run_cli

SHOP = GOLDEN / "shop" / "openapi.yaml"
NOW = time.time() - 100_000  # in the past: reading an entry makes it newer than NOW


def key(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def entry(cache: Cache, kind: str, name: str, size: int, last_used: float) -> Path:
    cache.put_bytes(kind, key(name), b"x" * size)
    path = cache._path(kind, key(name))
    os.utime(path, (last_used, last_used))
    return path


def test_the_least_recently_used_go_first_and_reading_counts_as_use(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    paths = {name: entry(cache, "models", name, 1000, NOW - 100 * i) for i, name in enumerate("abcdef")}
    # Oldest to newest: f e d c b a; reading "f" makes it the most recently used.
    assert cache.get_bytes("models", key("f")) == b"x" * 1000
    assert paths["f"].stat().st_mtime > NOW
    on_disk = {name: path.stat().st_size for name, path in paths.items()}
    pruned = prune(tmp_path, budget=3 * max(on_disk.values()), now=NOW)
    assert sorted(name for name, path in paths.items() if path.exists()) == ["a", "b", "f"]
    assert pruned.removed == 3
    assert pruned.freed == on_disk["c"] + on_disk["d"] + on_disk["e"]
    assert pruned.kept == on_disk["a"] + on_disk["b"] + on_disk["f"]


def test_within_the_budget_nothing_is_deleted(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    paths = [entry(cache, "client", str(i), 500, NOW - i) for i in range(5)]
    pruned = prune(tmp_path, budget=10**6, now=NOW)
    assert (pruned.removed, pruned.freed) == (0, 0)
    assert all(path.exists() for path in paths)


def test_only_files_of_the_cache_layout_are_deleted(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    ours = entry(cache, "format-units", "ours", 100, NOW - 10_000)
    shard = ours.parent
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_text("not the cache's")
    foreign = [
        tmp_path / "notes.txt",  # beside the kinds
        tmp_path / "Models" / key("a")[:2] / key("a"),  # a kind not in lower case
        tmp_path / "models" / "zz" / key("b"),  # a shard that is not hexadecimal
        shard / "readme",  # a name that is not a key
        shard / next(key(str(i)) for i in range(99) if key(str(i))[:2] != shard.name),  # another shard's
        shard / (key("e") + ".bak"),
    ]
    for path in foreign:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("keep me")
        os.utime(path, (NOW - 20_000, NOW - 20_000))
    link_name = shard / (shard.name + key("link")[2:])
    link_name.symlink_to(outside)  # a key's name, but a link: never followed nor deleted
    folder = shard / (shard.name + key("folder")[2:])
    folder.mkdir()  # a key's name, but a folder

    pruned = prune(tmp_path, budget=0, now=NOW)

    assert not ours.exists()
    assert pruned.removed == 1
    assert all(path.read_text() == "keep me" for path in foreign)
    assert link_name.is_symlink() and outside.read_text() == "not the cache's"
    assert folder.is_dir()
    outside.unlink()


def test_partial_files_are_deleted_once_an_hour_old(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    live = entry(cache, "split", "live", 10, NOW)
    stale = live.parent / f"{PARTIAL_PREFIX}dead1234"
    fresh = live.parent / f"{PARTIAL_PREFIX}busy5678"
    for path, age in ((stale, 3601), (fresh, 60)):
        path.write_bytes(b"half")
        os.utime(path, (NOW - age, NOW - age))
    pruned = prune(tmp_path, budget=10**6, now=NOW)
    assert not stale.exists() and fresh.exists() and live.exists()
    assert (pruned.removed, pruned.freed) == (1, 4)


def test_writes_leave_no_partial_file_and_name_them_as_pruning_expects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = Cache(tmp_path)
    cache.put("models", key("a"), "value")
    assert [p.name for p in (tmp_path / "models").rglob("*") if p.is_file()] == [key("a")]
    assert cache.stored == 1
    # A write that fails half-way leaves its partial file under the prefix pruning knows.
    monkeypatch.setattr(os, "replace", lambda *args: (_ for _ in ()).throw(OSError("disk full")))
    cache.put("models", key("b"), "value")
    assert cache.stored == 1
    left = [p.name for p in (tmp_path / "models").rglob("*") if p.is_file() and p.name != key("a")]
    assert len(left) == 1 and left[0].startswith(PARTIAL_PREFIX)


def test_pruning_is_due_once_per_interval(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    entry(cache, "models", "a", 100, NOW - 50)
    first = prune_if_due(tmp_path, 0, now=NOW)
    assert first is not None and first.removed == 1
    assert (tmp_path / STAMP).stat().st_mtime == NOW
    entry(cache, "models", "b", 100, NOW)
    assert prune_if_due(tmp_path, 0, now=NOW + PRUNE_EVERY_SECONDS - 1) is None
    assert cache.get_bytes("models", key("b")) is not None
    again = prune_if_due(tmp_path, 0, now=time.time() + PRUNE_EVERY_SECONDS)
    assert again is not None and again.removed == 1


def test_a_missing_or_unwritable_cache_prunes_nothing(tmp_path: Path) -> None:
    assert prune(tmp_path / "never-made", 0, now=NOW).removed == 0
    assert prune_if_due(tmp_path / "never-made", 0, now=NOW) is not None  # and raises nothing


@pytest.mark.parametrize(
    "given, expected",
    [(None, DEFAULT_MAX_MB * 2**20), ("", DEFAULT_MAX_MB * 2**20), ("0", 0), ("1.5", 3 * 2**19)],
)
def test_budgets(given: str | None, expected: int) -> None:
    assert budget_from(given) == expected


@pytest.mark.parametrize("given", ["-1", "abc", "nan", "inf", "1e400", "1 MB"])
def test_budgets_refused(given: str) -> None:
    with pytest.raises(ValueError, match="not a number of megabytes"):
        budget_from(given)


def test_generation_after_pruning_everything_gives_the_same_client(tmp_path: Path) -> None:
    cold = generate_client(SHOP, "shopclient", Cache(tmp_path)).files
    prune(tmp_path, 0)
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]
    assert generate_client(SHOP, "shopclient", Cache(tmp_path)).files == cold


# -- the command line --------------------------------------------------------------------------------


def cache_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and p.name != STAMP]


def test_generate_keeps_the_cache_within_the_budget_it_is_given(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {"OAICLIENT_GENERATOR_CACHE": str(cache)}
    done = run_cli("generate", "--spec", SHOP, "--out", tmp_path / "out", "--package", "shopclient", env=env)
    assert done.returncode == 0, done.stderr
    used = sum(p.stat().st_size for p in cache_files(cache))
    assert used > 0 and (cache / STAMP).exists()

    # A second cache, pruned after its first run to half of what that run stores.
    small = tmp_path / "small"
    env = {"OAICLIENT_GENERATOR_CACHE": str(small), "OAICLIENT_GENERATOR_CACHE_MAX_MB": str(used / 2 / 2**20)}
    done = run_cli("generate", "--spec", SHOP, "--out", tmp_path / "out2", "--package", "shopclient", env=env)
    assert done.returncode == 0, done.stderr
    kept = sum(p.stat().st_size for p in cache_files(small))
    assert 0 < kept <= used / 2
    first, second = (
        {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
        for out in (tmp_path / "out", tmp_path / "out2")
    )
    assert first == second


def test_a_run_that_stores_nothing_does_not_prune(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {"OAICLIENT_GENERATOR_CACHE": str(cache)}
    args = ("generate", "--spec", SHOP, "--out", tmp_path / "out", "--package", "shopclient")
    assert run_cli(*args, env=env).returncode == 0
    (cache / STAMP).unlink()
    before = sorted(cache_files(cache))
    done = run_cli(*args, "--cache-max-mb", "0", env=env)  # nothing changed: served from the cache
    assert done.returncode == 0, done.stderr
    assert sorted(cache_files(cache)) == before and not (cache / STAMP).exists()


def test_prune_cache_command(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    for i in range(4):
        entry(cache, "client", str(i), 2**20, NOW - i)
    done = run_cli("prune-cache", "--cache-dir", tmp_path / "cache", "--cache-max-mb", "2.5", env={})
    assert done.returncode == 0, done.stderr
    assert "2 file(s) deleted" in done.stderr and "2.0 MiB kept" in done.stderr
    assert sorted(cache._path("client", key(str(i))).exists() for i in range(4)) == [False, False, True, True]
    assert cache._path("client", key("0")).exists() and cache._path("client", key("1")).exists()


def test_a_budget_that_is_not_a_number_is_refused_with_where_it_came_from(tmp_path: Path) -> None:
    args = ("check", "--spec", SHOP, "--out", tmp_path / "out", "--package", "shopclient")
    done = run_cli(*args, env={"OAICLIENT_GENERATOR_CACHE_MAX_MB": "lots"})
    assert done.returncode == 2
    assert (
        "OAICLIENT_GENERATOR_CACHE_MAX_MB: error: not a number of megabytes (0 or more): 'lots'"
        in done.stderr
    )
    done = run_cli(*args, "--cache-max-mb", "-5", env={})
    assert done.returncode == 2
    assert "argument --cache-max-mb: not a number of megabytes (0 or more): '-5'" in done.stderr
