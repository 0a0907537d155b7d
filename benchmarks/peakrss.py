"""Run one command and print what it cost, its child processes included, as one JSON line.

    python -m benchmarks.peakrss [--timeout SECONDS] COMMAND [ARG...]

Prints {"exit" (-1 when stopped at the time limit), "wall_s", "cpu_s", "peak_rss_mib", "stdout_lines", "stderr_lines",
"stderr_tail"}. Standard library only.

Why a process of its own: the peak that `getrusage(RUSAGE_CHILDREN).ru_maxrss` reports is
that of the largest process ever waited for, so in a long-lived benchmark process it only
grows from one sample to the next. A fresh wrapper has waited for nothing but this one
command (and, through it, for the command's own children), so its numbers are the
command's alone. The peak is that of the largest process of the tree, not a sum over
processes running at the same time (the generator runs in one process).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time


def measure(command: list[str], timeout: float | None = None) -> dict[str, object]:
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, errors="replace", timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        # subprocess.run has killed and waited for the command: its usage is counted.
        done = subprocess.CompletedProcess(command, -1, "", f"timed out after {timeout:.0f} s")
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    peak_bytes = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    stderr = done.stderr.strip().splitlines()
    return {
        "exit": done.returncode,
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "peak_rss_mib": peak_bytes / 2**20,
        "stdout_lines": len(done.stdout.splitlines()),
        "stderr_lines": len(stderr),
        "stderr_tail": "\n".join(stderr[-3:]),
    }


def main(argv: list[str]) -> int:
    timeout = None
    if argv[:1] == ["--timeout"]:
        timeout, argv = float(argv[1]), argv[2:]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    print(json.dumps(measure(argv, timeout)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
