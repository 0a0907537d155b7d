"""`python -m tests.realdocs [--only NAME] [--markdown PATH]`: sweep the real documents, print the table.

Per document: whether the client was generated and imports, the errors
`mypy --strict` finds in it, how many operations Prism validated out of all,
and how many warnings the generator gave; then every operation that did not
pass, with the reason. Exit code 0 when every step ran, whatever the results.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.cache import default_cache_dir
from tests.realdocs.documents import all_documents
from tests.realdocs.report import failures, table, timings
from tests.realdocs.sweep import run_document


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.realdocs", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", action="append", metavar="NAME", help="a document (file name without .yaml); repeatable"
    )
    parser.add_argument(
        "--markdown", type=Path, metavar="PATH", help="also write the table and failures as Markdown"
    )
    parser.add_argument(
        "--no-mypy", action="store_true", help="skip `mypy --strict` (minutes on the reference)"
    )
    parser.add_argument("--cache-dir", type=Path, default=default_cache_dir(), help="the generator's cache")
    args = parser.parse_args(argv)
    documents = all_documents()
    if args.only:
        unknown = set(args.only) - {d.name for d in documents}
        if unknown:
            parser.error(f"unknown document(s) {sorted(unknown)}; known: {[d.name for d in documents]}")
        documents = [d for d in documents if d.name in args.only]
    reports = []
    for document in documents:
        print(f"sweeping {document.name} ...", file=sys.stderr, flush=True)
        reports.append(run_document(document, args.cache_dir, with_mypy=not args.no_mypy))
    sys.stdout.write(table(reports, markdown=False))
    sys.stdout.write(failures(reports, markdown=False))
    sys.stdout.write("\nseconds per step:\n" + timings(reports))
    if args.markdown is not None:
        args.markdown.write_text(table(reports, markdown=True) + failures(reports, markdown=True), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
