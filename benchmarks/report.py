"""Markdown for BENCHMARKS.md from the sections' JSON results (standard library only).

`render(...)` gives the block between the markers; `write_report` puts it into the file
and leaves everything outside the markers (the hand-written analysis) as it was.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from benchmarks import generation as gen_names
from benchmarks import scale as scale_names
from benchmarks import wire as wire_names
from benchmarks.stats import Group, baseline_name, load_groups, median, ratio

BEGIN = "<!-- BEGIN GENERATED RESULTS: written by benchmarks/run.py, edits here are overwritten -->"
END = "<!-- END GENERATED RESULTS -->"

SKELETON = f"""# Benchmarks

{BEGIN}
{END}

## Where the time goes

(Written by hand from the profiles of a run; see the profile digest above.)
"""


def number(value: float) -> str:
    if math.isnan(value):
        return "n/a"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 100:
        return f"{value:.0f}"
    return f"{value:.3g}"


def scale(group: Group) -> float:
    unit = group.unit
    if group.kind != "time":
        return 1.0
    if unit.startswith("us"):
        return 1e6
    if unit.startswith("ms"):
        return 1e3
    return 1.0


def ratio_text(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}x"


def group_table(group: Group) -> list[str]:
    factor = scale(group)
    base = baseline_name(group)
    better = "higher is better" if group.kind == "rate" else "lower is better"
    what = "rate" if group.kind == "rate" else ("size" if group.kind == "size" else "time")
    with_cpu = bool(group.cpu)
    head = f"| {group.title} | median {group.unit} | min to max | {what} / baseline ({better}) |"
    rule = "|---|---:|---:|---:|"
    if with_cpu:
        head += f" by CPU time: median {group.unit} | by CPU time: / baseline |"
        rule += "---:|---:|"
    lines = [head, rule]
    for name, values in group.samples.items():
        low, high = min(values), max(values)
        label = f"**{name}** (baseline)" if name == base else name
        row = (
            f"| {label} | {number(median(values) * factor)} | {number(low * factor)} to {number(high * factor)} "
            f"| {ratio_text(ratio(group, name))} |"
        )
        cpu = group.cpu.get(name)
        if with_cpu:
            row += f" {number(median(cpu) * factor) if cpu else 'n/a'} | {ratio_text(ratio(group, name, cpu=True))} |"
        lines.append(row)
    rounds = max((len(v) for v in group.samples.values()), default=0)
    notes = list(group.notes)
    if group.baseline_pool:
        notes.append(f"Baseline: the best raw transport of this run ({base}).")
    share = group.extra.get("server_cpu_share")
    if isinstance(share, float):
        notes.append(f"The server process used {share:.0%} of one core during this comparison.")
    if with_cpu:
        notes.append(
            "By CPU time: the same samples measured by the CPU time of the measured process (and its "
            "children), which other processes on a busy machine disturb far less than the wall clock."
        )
    lines.append("")
    lines.append(f"{rounds} rounds, interleaved. " + " ".join(notes))
    return lines


class Results:
    def __init__(
        self, folder: Path, sections: tuple[str, ...] = ("startup", "wire", "generation", "profiles")
    ) -> None:
        self.groups: dict[str, Group] = {}
        for name in ("startup", "wire", "generation", "scale"):
            path = folder / f"{name}.json"
            if name in sections and path.exists():
                for group in load_groups(str(path)):
                    self.groups[group.id] = group
        path = folder / "profiles.json"
        self.profiles: dict[str, Any] = (
            json.loads(path.read_text()) if "profiles" in sections and path.exists() else {}
        )

    def get(self, group_id: str) -> Group | None:
        return self.groups.get(group_id)


# -- targets ----------------------------------------------------------------------------------


def _row(target: str, baseline: str, measured: str, goal: str, status: str, cpu: str = "n/a") -> str:
    return f"| {target} | {baseline} | {measured} | {cpu} | {goal} | {status} |"


def _check(value: float | None, goal: float, at_most: bool) -> str:
    if value is None:
        return "not measured"
    ok = value <= goal if at_most else value >= goal
    return "met" if ok else "**not met**"


def targets(results: Results) -> list[str]:
    lines = [
        "| target (issue 6) | compared with | measured | by CPU time | goal | status |",
        "|---|---|---:|---:|---:|---|",
    ]
    reference = results.get("gen_reference")
    if reference is None:
        lines.append(
            _row(
                "Cold full generation, reference spec",
                "the faster peer",
                "n/a",
                "<= 0.50x",
                "not measured (--quick)",
            )
        )
    else:
        peers = {
            name: median(reference.samples[name])
            for name in (gen_names.OPC, gen_names.DMCG)
            if reference.samples.get(name)
        }
        faster = min(peers, key=peers.__getitem__) if peers else None
        full = reference.samples.get(gen_names.OURS_FULL)
        info = reference.extra.get("ours_full", {})
        if full and faster:
            value = median(full) / peers[faster]
            mode = info.get("mode", "strict")
            cpu_full, cpu_peer = reference.cpu.get(gen_names.OURS_FULL), reference.cpu.get(faster)
            cpu_text = f"{median(cpu_full) / median(cpu_peer):.2f}x" if cpu_full and cpu_peer else "n/a"
            refused = [
                p.get("validation_errors")
                for p in reference.extra.get("phases", [])
                if p.get("validation_errors")
            ]
            note = (
                f"; strict validation refuses it ({refused[0]} errors)"
                if refused and mode != "strict"
                else ""
            )
            samples = f", {len(full)} sample{'s' if len(full) > 1 else ''}" if len(full) < 3 else ""
            lines.append(
                _row(
                    f"Cold full generation, reference spec (`--validation {mode}`{note}{samples})",
                    faster,
                    f"{value:.2f}x",
                    "<= 0.50x",
                    _check(value, 0.5, True),
                    cpu_text,
                )
            )
        else:
            reason = _not_possible_reason(reference)
            partial = ""
            phases = reference.samples.get(gen_names.OURS_PHASES)
            if phases and faster:
                partial = f"load + validate alone: {median(phases) / peers[faster]:.2f}x"
            lines.append(
                _row(
                    "Cold full generation, reference spec",
                    faster or "the faster peer",
                    partial or "n/a",
                    "<= 0.50x",
                    f"**not yet possible**: {reason}",
                )
            )
        noop = ratio(reference, gen_names.OURS_NOOP)
        if noop is not None:
            lines.append(
                _row(
                    "No-op regeneration, reference spec",
                    "parse floor",
                    ratio_text(noop),
                    "<= 2.00x",
                    _check(noop, 2.0, True),
                    ratio_text(ratio(reference, gen_names.OURS_NOOP, cpu=True)),
                )
            )
        for name in (gen_names.EDIT_DOC, gen_names.EDIT_FIELD, gen_names.EDIT_ENUM):
            measured = ratio(reference, name)
            if measured is not None:
                enum = name == gen_names.EDIT_ENUM
                lines.append(
                    _row(
                        f"Regeneration, {name}, reference spec",
                        "parse floor",
                        ratio_text(measured),
                        "<= 3.00x (as for an operation)" if enum else "<= 3.00x",
                        "reported" if enum else _check(measured, 3.0, True),
                        ratio_text(ratio(reference, name, cpu=True)),
                    )
                )
    own = results.get("gen_own")
    if own is not None:
        for name, goal in ((gen_names.NOOP, 2.0), (gen_names.EDIT_DOC, 3.0), (gen_names.EDIT_FIELD, 3.0)):
            measured = ratio(own, name)
            title = "No-op regeneration" if name == gen_names.NOOP else f"Regeneration, {name}"
            lines.append(
                _row(
                    f"{title}, our spec",
                    "parse floor",
                    ratio_text(measured),
                    f"<= {goal:.2f}x",
                    _check(measured, goal, True),
                    ratio_text(ratio(own, name, cpu=True)),
                )
            )
        for name in (gen_names.EDIT_ENUM, gen_names.EDIT_OPEN_ENUM):
            if own.samples.get(name):
                measured = ratio(own, name)
                lines.append(
                    _row(
                        f"Regeneration, {name}, our spec",
                        "parse floor",
                        ratio_text(measured),
                        "<= 3.00x (as for an operation)",
                        "reported",
                        ratio_text(ratio(own, name, cpu=True)),
                    )
                )
        cold = own.samples.get(gen_names.COLD)
        if cold:
            lines.append(
                _row(
                    "Cold generation, our spec",
                    "parse floor",
                    f"{number(median(cold))} s ({ratio_text(ratio(own, gen_names.COLD))})",
                    "feel instant",
                    "reported",
                    ratio_text(ratio(own, gen_names.COLD, cpu=True)),
                )
            )
    fmt = results.get("format_own")
    if fmt is not None and fmt.samples.get(gen_names.RUFF):
        same = fmt.extra.get("identical_to_black", {}).get(gen_names.RUFF)
        lines.append(
            _row(
                "ruff format instead of black, our client",
                gen_names.BLACK_SERIAL,
                ratio_text(ratio(fmt, gen_names.RUFF)),
                "identical output",
                f"{same} of {fmt.extra.get('files')} files identical"
                + (" (input already black's)" if any("committed client" in n for n in fmt.notes) else ""),
                ratio_text(ratio(fmt, gen_names.RUFF, cpu=True)),
            )
        )
    simple = [
        ("import", wire_names.OURS, "Import of the generated package", 0.3, True),
        ("sync_chat", wire_names.OURS, "Sync chat call", 1.2, True),
        ("stream", wire_names.OURS, "Streaming chunks per second", 0.8, False),
        ("embeddings_float", wire_names.OURS, "Embeddings, float", 0.8, False),
        ("embeddings_base64", wire_names.OURS, "Embeddings, base64", 0.8, False),
        ("async_c1", wire_names.OURS, "Async, concurrency 1", 0.9, False),
        ("async_c10", wire_names.OURS, "Async, concurrency 10", 0.9, False),
        ("async_c50", wire_names.OURS, "Async, concurrency 50", 0.9, False),
        ("memory_rss", wire_names.OURS, "Peak memory (RSS) after import + one call", 1.3, True),
    ]
    for group_id, variant, title, goal, at_most in simple:
        group = results.get(group_id)
        if group is None:
            lines.append(_row(title, "", "n/a", "", "not measured"))
            continue
        measured = ratio(group, variant)
        lines.append(
            _row(
                title,
                baseline_name(group),
                ratio_text(measured),
                f"{'<=' if at_most else '>='} {goal:.2f}x",
                _check(measured, goal, at_most),
                ratio_text(ratio(group, variant, cpu=True)) if group.cpu else "n/a",
            )
        )
    return lines


def _not_possible_reason(reference: Group) -> str:
    info = reference.extra.get("ours_full", {})
    phases = [p for p in reference.extra.get("phases", []) if "validation_errors" in p]
    errors = phases[0]["validation_errors"] if phases else None
    if info.get("too_slow"):
        return "ran, but too slow to repeat"
    text = info.get("stderr", "").strip().splitlines()
    last = text[-1] if text else ""
    if errors:
        return f"the generator refuses the spec ({errors} validation errors; it said: `{last}`)"
    return f"the generator failed (exit {info.get('exit')}: `{last}`)"


# -- profiles ------------------------------------------------------------------------------------


def profile_tables(profiles: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    titles = {
        "chat": "sync chat call",
        "stream": "streaming, per stream",
        "embeddings_base64": "embeddings (base64 on the wire, floats back), per call",
        "async_c10": "async chat calls at concurrency 10, per call",
    }
    for key, title in titles.items():
        digest = profiles.get(key)
        if not digest:
            continue
        lines.append(
            f"**oaiclient, {title}**: {number(digest['us_per_call'])} us per call under the profiler "
            f"({digest['calls']} calls sampled, on a core {digest.get('cpu_share', 1.0):.0%} of the time; "
            "the profiler slows everything: read the shares)."
        )
        lines.append("")
        lines.append(
            "| self time by area | us | share |  | our code calling other code (inclusive) | us | share |"
        )
        lines.append("|---|---:|---:|---|---|---:|---:|")
        areas = digest["by_area"][:10]
        functions = digest.get("calls_out", [])[:10]
        for index in range(max(len(areas), len(functions))):
            left = areas[index] if index < len(areas) else None
            right = functions[index] if index < len(functions) else None
            cells = [
                left[0] if left else "",
                number(left[1]) if left else "",
                f"{left[2]:.0%}" if left else "",
                "",
                f"`{right[0]}`" if right else "",
                number(right[1]) if right else "",
                f"{right[2]:.0%}" if right else "",
            ]
            lines.append("| " + " | ".join(cells) + " |")
        own = digest.get("own_self", [])[:5]
        if own:
            lines.append("")
            lines.append(
                "Our own code's self time: "
                + ", ".join(f"`{name}` {number(us)} us ({share:.0%})" for name, us, share in own)
                + "."
            )
        lines.append("")
    imports = profiles.get("import")
    if imports:
        lines.append(
            f"**`import oaiclient`** (`python -X importtime`, median of 3): {number(imports['total_ms'])} ms in all."
        )
        lines.append("")
        lines.append(
            "| self time by package | ms | share |  | slowest modules (self) | self ms | cumulative ms |"
        )
        lines.append("|---|---:|---:|---|---|---:|---:|")
        packages, modules = imports["by_package"][:10], imports["modules"][:10]
        for index in range(max(len(packages), len(modules))):
            left = packages[index] if index < len(packages) else None
            right = modules[index] if index < len(modules) else None
            cells = [
                left[0] if left else "",
                number(left[1]) if left else "",
                f"{left[2]:.0%}" if left else "",
                "",
                f"`{right[0]}`" if right else "",
                number(right[1]) if right else "",
                number(right[2]) if right else "",
            ]
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    return lines


# -- the whole block -------------------------------------------------------------------------------


def sections_table(facts: dict[str, Any]) -> list[str]:
    """How each section ran; with sections kept from earlier runs, which run measured each."""
    sections = facts["sections"]
    stamps = {(info.get("date"), info.get("commit")) for info in sections.values()}
    mixed = len(stamps) > 1
    out = []
    if mixed:
        out.append(
            "This command ran only some sections; the others are kept from the earlier runs named "
            "in the table (their ratios were measured in those runs, against their own baselines)."
        )
        out.append("")
        out.append("| section | run by | date | commit | seconds | load average before, after | outcome |")
        out.append("|---|---|---|---|---:|---|---|")
    else:
        out.append("| section | seconds | load average before, after | outcome |")
        out.append("|---|---:|---|---|")
    for name, info in sections.items():
        outcome = "done" if not info.get("exit") else f"**failed** (exit {info['exit']}): left out"
        timing = f"{info['seconds']:.0f} | {info['load_before']:.2f}, {info['load_after']:.2f}"
        if mixed:
            run = f"`{info.get('command', 'unknown')}` | {info.get('date', 'unknown')} | {info.get('commit', 'unknown')}"
            out.append(f"| {name} | {run} | {timing} | {outcome} |")
        else:
            out.append(f"| {name} | {timing} | {outcome} |")
    return out


def render(results: Results, facts: dict[str, Any]) -> str:
    out: list[str] = [BEGIN, "", "## Results of the last run", ""]
    out.append(
        f"Command: `{facts['command']}` ({facts['mode']}), {facts['date']}, {facts['elapsed_s']:.0f} s in all."
    )
    out.append("")
    out.append("| machine | |")
    out.append("|---|---|")
    for key, value in facts["machine"].items():
        out.append(f"| {key} | {value} |")
    out.append("")
    out.append("Package versions (the benchmark's own environments, created by the command):")
    out.append("")
    for venv, packages in facts["versions"].items():
        listed = ", ".join(f"{name} {version}" for name, version in packages.items())
        out.append(f"- {venv}: {listed}")
    out.append("")
    out.append(
        "Every comparison runs its variants interleaved in rounds (A B C, B C A, ...); tables give the "
        "median over rounds, the range, and the median of the per-round ratios to the baseline. "
        "Only the ratios are meant to be compared between runs."
    )
    if facts.get("sections"):
        out += [""] + sections_table(facts)
    out += ["", "### Targets", ""]
    out += targets(results)
    out += ["", "### Generation", ""]
    for group_id in ("gen_reference", "gen_own", "format_own", "format_reference"):
        group = results.get(group_id)
        if group is None:
            if group_id in ("gen_reference", "format_reference"):
                out += [f"(`{group_id}`: not run with --quick.)", ""]
            continue
        out += group_table(group)
        out += _generation_details(group)
        out.append("")
    scaled = results.get("scale")
    if scaled is not None:
        out += ["### Scale: the reference spec copied 1, 2 and 4 times", ""]
        out += scale_tables(scaled)
        out.append("")
    out += ["### On the wire", ""]
    meta = results.get("wire_meta")
    if meta is not None:
        cap = meta.extra.get("capacity", {})
        chat, stream = cap.get("chat", {}), cap.get("stream", {})
        if chat:
            out.append(
                f"The canned server (asyncio, its own process) answered at least {number(chat['requests_per_s'])} "
                f"chat calls/s and {number(stream.get('chunks_per_s', float('nan')))} stream chunks/s to a "
                "pipelining load generator (itself Python, so these are lower bounds), using "
                f"{chat.get('server_cpu_share', 0):.0%} and {stream.get('server_cpu_share', 0):.0%} of a core. "
                "The busiest client below needs a small fraction of that; each table says how busy the "
                "server was during it."
            )
            out.append("")
    for group_id in (
        "sync_chat",
        "stream",
        "embeddings_float",
        "embeddings_base64",
        "async_c1",
        "async_c10",
        "async_c50",
        "construct",
        "decode_chat",
        "decode_chunk",
    ):
        group = results.get(group_id)
        if group is not None:
            out += group_table(group)
            out.append("")
    out += ["### Import and memory (a fresh process per sample)", ""]
    for group_id in ("import", "import_wall", "memory_rss", "memory_traced", "cold_start", "first_call"):
        group = results.get(group_id)
        if group is not None:
            out += group_table(group)
            bare = group.extra.get("bare_interpreter_mib")
            if bare:
                out[-1] += f" A bare interpreter peaks at {number(bare)} MiB."
            out.append("")
    if results.profiles:
        out += ["### Profile digest", ""]
        out.append(
            "From `benchmarks/profiles.py` (pyinstrument; the call trees are in "
            f"`{facts['profiles_dir']}`). Time in C functions counts for the Python code that called them, "
            "except socket calls, which are shown apart."
        )
        out.append("")
        out += profile_tables(results.profiles)
    out.append(END)
    return "\n".join(out) + "\n"


def _generation_details(group: Group) -> list[str]:
    lines: list[str] = []
    phases = group.extra.get("phases")
    if isinstance(phases, dict):
        phases = [phases]
    if phases:
        usable = [p for p in phases if "validate_s" in p]
        if usable:
            keys = ["load_s", "references_s", "validate_s", "locate_errors_s"]
            parts = []
            for key in keys:
                values = [p[key] for p in usable if key in p]
                if values:
                    parts.append(f"{key[:-2].replace('_', ' ')} {number(median(values))} s")
            errors = usable[0].get("validation_errors")
            lines.append(
                f"Our phases, in process (median of {len(usable)}): "
                + ", ".join(parts)
                + f"; {errors} validation errors."
            )
            if usable[0].get("first_error"):
                # Shown relative to wherever the run was: keep the file name and position only.
                first = re.sub(r"^(\.\./)+(\w+/)*", "", usable[0]["first_error"])
                lines.append(f"First error: `{first}`")
        else:
            lines.append(f"Our phases: {phases[0]}")
    info = group.extra.get("ours_full")
    if info:
        lines.append(
            f"Our full generation: mode `{info.get('mode')}`, exit {info.get('exit')}"
            + (f", last words `{info.get('stderr', '').splitlines()[-1]}`" if info.get("stderr") else "")
            + "."
        )
    if "no-op left the output alone" in group.extra:
        lines.append(
            f"Checks: the no-op runs left the output alone {group.extra['no-op left the output alone']} times; "
            f"{group.extra['change changed the output']} of {group.extra['runs']} change runs changed it."
        )
    elif group.extra.get("runs"):
        lines.append(
            f"Checks: {group.extra['change changed the output']} of {group.extra['runs']} change runs changed the output."
        )
    if group.extra.get("failures"):
        lines.append(f"Failures: {group.extra['failures'][:3]}")
    if "identical_to_black" in group.extra:
        same = ", ".join(
            f"{k}: {v} of {group.extra['files']}" for k, v in group.extra["identical_to_black"].items()
        )
        lines.append(
            f"{group.extra['files']} files, {number(group.extra['lines'])} lines; identical to black's output: {same}."
        )
    versions = group.extra.get("versions")
    if versions:
        lines.append("Peers: " + ", ".join(f"{k} {v}" for k, v in versions.items()) + ", default settings.")
    if group.extra.get("opc_files"):
        lines.append(f"openapi-python-client wrote {group.extra['opc_files']} Python files.")
    if lines:
        lines.insert(0, "")
    return lines


def _linearity(kind: str, at_one: float, at_k: float, copies: int) -> str:
    """A verdict on growth above the constant part: k copies against one, per copy."""
    if at_one <= 0:
        return f"{kind}: n/a"
    per_copy = at_k / at_one / copies
    if per_copy < 0.75:
        verdict = "less than linear"
    elif per_copy <= 1.25:
        verdict = "linear"
    elif per_copy <= 2:
        verdict = "**somewhat faster than linear**"
    else:
        verdict = "**clearly faster than linear**"
    return (
        f"{kind} above the constant part grew {at_k / at_one:.2f}x for {copies}x the document, "
        f"{per_copy:.2f} per copy (1.00 is linear; growing with the square would give {copies}.00): {verdict}"
    )


def scale_tables(group: Group) -> list[str]:
    documents = group.extra.get("documents", {})
    memory = group.extra.get("peak_rss_mib", {})
    outputs = group.extra.get("outputs", {})

    def med(table: dict[str, list[float]], name: str) -> float:
        values = table.get(name)
        return median(values) if values else float("nan")

    first = f"{scale_names.COPIES[0]}x"
    one = scale_names.generation_name(scale_names.COPIES[0])
    base = scale_names.BASE
    wall_1, cpu_1, rss_1 = med(group.samples, one), med(group.cpu, one), med(memory, one)
    head = (
        "| document | MB | operations | schemas | parse floor s | cold generation s | by CPU s "
        "| wall / 1x | CPU / 1x | s per MB | / parse floor | peak RSS MiB | RSS / 1x | RSS above 1x MiB "
        "| output files, MiB |"
    )
    lines = [
        head,
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    wall_b, cpu_b, rss_b = med(group.samples, base), med(group.cpu, base), med(memory, base)
    if not math.isnan(wall_b):
        out_b = outputs.get(base, [{}])[0]
        lines.append(
            f"| {base} | | 1 | 0 | | {number(wall_b)} | {number(cpu_b)} | | | | | {number(rss_b)} | | "
            f"| {out_b.get('files', '')}, {number(out_b.get('mib', float('nan')))} |"
        )
    for label, info in documents.items():
        name = scale_names.generation_name(info["copies"])
        wall, cpu, rss = med(group.samples, name), med(group.cpu, name), med(memory, name)
        floor = med(group.samples, scale_names.floor_name(info["copies"]))
        out = (outputs.get(name) or [{}])[0]
        lines.append(
            f"| {label} | {info['mb']:.2f} | {info['operations']:,} | {info['schemas']:,} | {number(floor)} "
            f"| {number(wall)} | {number(cpu)} | {wall / wall_1:.2f}x | {cpu / cpu_1:.2f}x "
            f"| {number(wall / info['mb'])} | {wall / floor:.0f}x | {number(rss)} | {rss / rss_1:.2f}x "
            f"| {number(rss - rss_1)} | {out.get('files', '')}, {number(out.get('mib', float('nan')))} |"
        )
    rounds = max((len(v) for v in group.samples.values()), default=0)
    lines.append("")
    lines.append(
        f"{rounds} round{'s' if rounds != 1 else ''} (medians when more). Each sample is a fresh process under "
        "`benchmarks/peakrss.py`: wall clock, CPU time and peak RSS of the command and its children; "
        "the parse floor is pyyaml's C loader over the same file, interpreter start-up included. The "
        "constant part (interpreter, libraries, templates, the runtime written out) is a cold generation "
        "of a one-operation document; it does not grow with the document, so growth is judged above it."
        + (" " + " ".join(group.notes) if group.notes else "")
    )
    largest = max(documents.values(), key=lambda info: info["copies"], default=None)
    if largest is not None and first in documents and not math.isnan(wall_b):
        copies = largest["copies"]
        name = scale_names.generation_name(copies)
        wall_k, cpu_k, rss_k = med(group.samples, name), med(group.cpu, name), med(memory, name)
        if not math.isnan(wall_k):
            per_schema = (cpu_k / largest["schemas"]) / (cpu_1 / documents[first]["schemas"])
            lines.append("")
            lines.append(
                f"- Time per schema at {copies}x is {per_schema:.2f} times that at 1x by CPU time "
                f"({(wall_k / largest['schemas']) / (wall_1 / documents[first]['schemas']):.2f} by the wall clock)."
            )
            lines.append("- " + _linearity("CPU time", cpu_1 - cpu_b, cpu_k - cpu_b, copies) + ".")
            lines.append("- " + _linearity("Peak RSS", rss_1 - rss_b, rss_k - rss_b, copies) + ".")
            # What each copy after the first adds: constant when growth is linear, whatever
            # the constant part is.
            later = [info["copies"] for info in documents.values() if info["copies"] > 1]

            def added(table: dict[str, list[float]], unit: str) -> str:
                first_value = med(table, one)
                return ", ".join(
                    f"{(med(table, scale_names.generation_name(k)) - first_value) / (k - 1):.0f} {unit} at {k}x"
                    for k in later
                )

            lines.append(
                f"- Added per copy beyond the first: CPU time {added(group.cpu, 's')}; "
                f"peak RSS {added(memory, 'MiB')}."
            )
    for failure in group.extra.get("failures", [])[:3]:
        lines.append(f"- Failed: `{failure}`")
    return lines


def write_report(path: Path, block: str) -> None:
    text = path.read_text("utf-8") if path.exists() else SKELETON
    if BEGIN in text and END in text:
        head, _, rest = text.partition(BEGIN)
        _, _, tail = rest.partition(END)
        text = head + block.rstrip("\n") + tail
    else:
        text = text.rstrip("\n") + "\n\n" + block
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
