"""The sweep's results as text: one table row per document, then what did not pass."""

from __future__ import annotations

from collections import Counter

from tests.realdocs.sweep import DocumentReport, Outcome

COLUMNS = ("document", "generated", "imports", "mypy --strict errors", "Prism-validated / total", "warnings")


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def row(report: DocumentReport) -> tuple[str, ...]:
    mypy = "not run" if report.mypy_errors is None else str(report.mypy_errors)
    return (
        report.document.name,
        _yes(report.generated),
        _yes(report.imports),
        mypy,
        f"{report.passed} / {len(report.results)}",
        str(len(report.warnings)),
    )


# What "Prism-validated" counts, printed under the table.
PASSED_MEANS = (
    "Prism-validated: Prism accepted the request, the client sent what its arguments say "
    "(no undeclared query parameter, the JSON body unchanged), and the answer parsed into the declared type."
)


def table(reports: list[DocumentReport], *, markdown: bool) -> str:
    rows = [COLUMNS, *(row(report) for report in reports)]
    if markdown:
        lines = ["| " + " | ".join(cells) + " |" for cells in rows]
        lines.insert(1, "|" + "|".join(" --- " for _ in COLUMNS) + "|")
        return "\n".join(lines) + f"\n\n{PASSED_MEANS}\n"
    widths = [max(len(cells[i]) for cells in rows) for i in range(len(COLUMNS))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(cells, widths)).rstrip() for cells in rows]
    return "\n".join(lines) + f"\n{PASSED_MEANS}\n"


def failures(reports: list[DocumentReport], *, markdown: bool) -> str:
    """Every operation that did not pass, by document and outcome, with Prism's reason."""
    out = []
    for report in reports:
        counts = Counter(result.outcome for result in report.results if result.outcome is not Outcome.PASSED)
        if not counts and not report.errors:
            continue
        heading = f"{report.document.name}: " + ", ".join(f"{n} {o.value}" for o, n in counts.items())
        out.append(f"\n### {heading}\n" if markdown else f"\n{heading}")
        out += [f"- error: {error[:500]}" for error in report.errors]
        for outcome in Outcome:
            for result in report.by_outcome(outcome):
                if outcome is Outcome.PASSED:
                    continue
                method = f" `{result.method}`" if markdown and result.method else f" {result.method}"
                out.append(f"- {result.operation}{method.rstrip()}: {outcome.value}: {result.detail[:500]}")
                if result.sent:
                    out.append(f"  sent: {result.sent[:300]}")
    return "\n".join(out) + "\n" if out else ""


def timings(reports: list[DocumentReport]) -> str:
    lines = []
    for report in reports:
        steps = ", ".join(f"{step} {seconds:.1f} s" for step, seconds in report.seconds.items())
        lines.append(f"{report.document.name}: {steps}")
    return "\n".join(lines) + "\n"
