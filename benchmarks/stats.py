"""Interleaved measurement and the statistics the report uses (standard library only).

Every comparison runs its variants in rounds, A B C, then B C A, then C A B..., so that a
slow spell of a noisy machine hits every variant alike; the report gives the median over
rounds and the median of the per-round ratios to the baseline (paired, so a drift of the
machine between rounds cancels out).
"""

from __future__ import annotations

import gc
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Group:
    """One comparison: variants measured in the same rounds, against one baseline.

    `kind` is "time" (seconds per operation, lower is better) or "rate" (operations per
    second, higher is better). `samples[variant]` holds one number per round.
    """

    id: str
    title: str
    kind: str
    unit: str
    baseline: str
    samples: dict[str, list[float]] = field(default_factory=dict)
    # The same measurement by the CPU time of the measured process (where taken): much less
    # disturbed by other processes on a busy machine than the wall clock.
    cpu: dict[str, list[float]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # Variants whose best median is the baseline ("best raw transport"), instead of `baseline`.
    baseline_pool: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def add(self, variant: str, value: float, cpu: float | None = None) -> None:
        self.samples.setdefault(variant, []).append(value)
        if cpu is not None:
            self.cpu.setdefault(variant, []).append(cpu)


def rotations(names: Sequence[str], rounds: int) -> list[list[str]]:
    """The order of each round: each round starts one variant later than the one before."""
    count = len(names)
    return [[names[(r + i) % count] for i in range(count)] for r in range(rounds)]


def interleave(
    group: Group,
    variants: dict[str, Callable[[], float | tuple[float, float]]],
    rounds: int,
    *,
    progress: bool = True,
) -> Group:
    """Run each measurement function once per round, in rotated order, and record its result
    (a value, or a pair: the value by the wall clock and by CPU time)."""
    for number, order in enumerate(rotations(list(variants), rounds), 1):
        for name in order:
            gc.collect()
            result = variants[name]()
            if isinstance(result, tuple):
                group.add(name, result[0], result[1])
            else:
                group.add(name, result)
        if progress:
            print(f"  {group.id}: round {number}/{rounds}", file=sys.stderr, flush=True)
    return group


def per_op_times(operation: Callable[[], object], count: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) per call of `operation`, over `count` calls."""
    cpu = time.process_time()
    started = time.perf_counter()
    for _ in range(count):
        operation()
    return (time.perf_counter() - started) / count, (time.process_time() - cpu) / count


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def spread(values: Sequence[float]) -> tuple[float, float]:
    return min(values), max(values)


def baseline_name(group: Group) -> str:
    """The baseline variant: the fixed one, or the best (by median) of the pool."""
    pool = [name for name in group.baseline_pool if name in group.samples]
    if not pool:
        return group.baseline
    pick = max if group.kind == "rate" else min
    return pick(pool, key=lambda name: median(group.samples[name]))


def ratio(group: Group, variant: str, *, cpu: bool = False) -> float | None:
    """Median over rounds of variant/baseline (paired by round); None without data."""
    table = group.cpu if cpu else group.samples
    base = table.get(baseline_name(group))
    values = table.get(variant)
    if not base or not values:
        return None
    pairs = [v / b for v, b in zip(values, base) if b]
    return median(pairs) if pairs else None


def dump_groups(groups: Sequence[Group], path: str) -> None:
    with open(path, "w", encoding="utf-8") as out:
        json.dump([asdict(g) for g in groups], out, indent=1)


def load_groups(path: str) -> list[Group]:
    with open(path, encoding="utf-8") as source:
        return [Group(**raw) for raw in json.load(source)]
