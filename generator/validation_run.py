"""Validation of a document, beside the steps that follow it.

openapi-spec-validator is pure Python and takes seconds on a large document (15 s
on OpenAI's published one), while model generation and formatting do not need
its verdict until the end. So on a large document it runs in a forked process
while the other steps go on, and its findings are waited for before anything is
returned: they always decide, and they come first when a later step fails too.

Broken references and ambiguities (`check_references`, `check_unambiguous`) are
checked at once, in this process: the later steps cannot run without them.

Descriptions and summaries are emptied before validating: their text never makes a
document invalid, so a document that differs from a validated one only in its prose
(the most common edit) reuses the cached findings.

Any other edit to a previously clean document revalidates only the parts it can
affect (see validation_parts): the verdict is taken from them only when it is
"clean"; anything found, and every document that cannot be split soundly, is
validated whole, so findings are always those of `validate_document(document)`.
An edit of plain properties alone is found clean without the validator
(validation_leaves), under conditions that make its verdict the validator's. A document
with findings keeps the last such document's findings when only parts where nothing
was found changed, and those validate clean, or differ in enum values that nothing
depends on (validation_parts.since_found, validation_leaves.values_only).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from generator.cache import Cache, content_key
from generator.diagnostics import Diagnostic, SpecError
from generator.validate import (
    MAX_ERRORS,
    check_duplicate_operation_ids,
    check_duplicate_templates,
    check_references,
    check_unambiguous,
    validate_document,
)
from generator.validation_leaves import clean_by_leaves, keys_to_store, skeleton_keys, values_only
from generator.validation_parts import (
    ROOT,
    PartPlan,
    Refused,
    plan_parts,
    required_problem,
    since_found,
    store_clean,
    store_found,
    sub_document,
)
from generator.workers import can_fork, forked_pool

if TYPE_CHECKING:  # imported when a worker is started: a description edit starts none
    from concurrent.futures import Future, ProcessPoolExecutor

    from generator.black_ahead import BlackAhead

# Paths plus component schemas above which validating in another process pays for
# forking it and sending it the document.
BACKGROUND_MIN_PARTS = 300
# Revalidating more than this share of a document's parts is no cheaper than all of it.
INCREMENTAL_MAX_SHARE = 0.5


class ValidationRun:
    def __init__(
        self, document: dict[str, Any], cache: Cache, lenient: bool, ahead: BlackAhead | None = None
    ) -> None:
        """`ahead`: the processes forked at the start, one of which has been importing the
        validator meanwhile: it validates the changed parts."""
        # Validated (and cached) without its prose, so that editing a description, the
        # most common edit, does not validate the whole document again.
        document = without_prose(document)
        self.document, self.cache, self.lenient = document, cache, lenient
        self.key = content_key("valid", document)
        self.found: list[Diagnostic] | None = _stored(cache.get_json("valid", self.key))
        self.pending: Future[tuple[list[Diagnostic], bool]] | None = None
        self.pool: ProcessPoolExecutor | None = None
        # How the verdict was reached ("cached", "leaves", "incremental" or "full"), the
        # parts validated on the incremental route (or tried; on the leaves route, those
        # found clean by their plain properties), and why the whole document was
        # validated: for tests and for anyone measuring.
        self.route = "cached"
        self.revalidated: list[str] = []
        self.why_whole = ""
        self.plan: PartPlan | None = None
        self.changed: dict[str, Any] | None = None
        # The findings of the last document with findings, when this one is shown to
        # have the same by validating its changed parts (validation_parts.since_found).
        self.kept: list[Diagnostic] | None = None
        self.ahead: BlackAhead | None = None
        self.saved = self.found is not None
        if self.found is not None:
            if ahead is not None:
                ahead.no_validation()
            return
        if ahead is not None:
            # Planning the parts takes a while: the validator is imported meanwhile.
            ahead.import_validator()
        errors = check_references(document) + check_unambiguous(document)
        if errors:
            raise SpecError(errors)
        self.route = "full"
        self.changed = self._changed_parts()
        if self.route == "leaves":
            self.found = []
            if ahead is not None:
                ahead.no_validation()
            return
        if self.changed is not None and ahead is not None and ahead.validate(self.changed):
            self.ahead = ahead
        elif _parts(document) >= BACKGROUND_MIN_PARTS and can_fork():
            self.pool = forked_pool(1)
            self.pending = self.pool.submit(validate_changed_or_whole, document, self.changed)

    def _changed_parts(self) -> dict[str, Any] | None:
        """The sub-document to validate instead of the whole one (the root, the parts
        with no stored clean verdict, and what they reach), or None when the whole
        document must be validated."""
        try:
            self.plan = plan_parts(self.document, self.cache)
        except Refused as exc:
            self.why_whole = str(exc)
            return None
        plan = self.plan
        unclean = set(plan.contents) - plan.clean - {ROOT}
        parts = plan.closure(unclean | {ROOT})
        whole = f"{len(parts)} of {len(plan.contents)} parts to validate"
        # A document whose last findings are still there has them in parts with no clean
        # verdict: the route below would validate those parts and find them again.
        kept = since_found(
            plan,
            self.cache,
            MAX_ERRORS,
            lambda parts, stored: values_only(plan, self.document, parts, stored),
        )
        if not plan.clean and kept is None:
            self.why_whole = whole
            return None
        # Checks across parts, on the whole document: they must find nothing.
        if check_duplicate_operation_ids(self.document) or check_duplicate_templates(self.document):
            self.why_whole = "a check across parts found something"
            return None
        if required_problem(self.document, plan.all_of):
            self.why_whole = "a required property that allOf may not define"
            return None
        if kept is not None:
            # The last document with findings, less a few changed parts.
            changed, findings = kept
            parts = plan.closure(changed | {ROOT})
            whole = f"{len(parts)} of {len(plan.contents)} parts to validate (findings kept)"
        # Before the share below: a plain enum's values reach most parts (every part that
        # refers to it has a changed key), and the leaves route needs none validated.
        elif clean_by_leaves(plan, self.document, unclean):
            self.route, self.revalidated = "leaves", sorted(unclean)
            return None
        if len(parts) > 1 + INCREMENTAL_MAX_SHARE * (len(plan.contents) - 1):
            self.why_whole = whole
            return None
        if kept is not None:
            self.kept = findings
        self.revalidated = sorted(parts)
        return sub_document(self.document, parts)

    def check_early(self) -> None:
        """Fail now if the validator has already refused the document (strict mode)."""
        if self.pending is not None and self.pending.done() and not self.lenient:
            self.finish()

    def finish(self) -> list[Diagnostic]:
        """The validator's findings as warnings (lenient); raises SpecError with them (strict)."""
        if self.found is None:
            self.found, incremental = self._wait()
            if incremental:
                self.route = "incremental"
                if self.kept is not None:
                    self.found = self.kept
            elif self.changed is not None:
                self.why_whole = "the changed parts have findings"
            self.changed = None
        if not self.saved:
            found = [asdict(d) for d in self.found]
            self.cache.put_json("valid", self.key, found)
            if not self.found and self.plan is not None:
                validated = set(self.plan.contents) if self.route == "full" else set(self.revalidated)
                store_clean(
                    self.plan, validated, self.cache, keys_to_store(self.plan, self.document, validated)
                )
            elif self.found and self.plan is not None and len(self.found) < MAX_ERRORS:
                store_found(self.plan, found, self.cache, skeleton_keys(self.plan, self.document))
            self.saved, self.plan = True, None
        if self.found and not self.lenient:
            raise SpecError(self.found)
        return [Diagnostic("warning", d.message, d.pointer) for d in self.found]

    def _wait(self) -> tuple[list[Diagnostic], bool]:
        if self.ahead is not None:
            found, self.ahead = self.ahead.validation(), None
            if found == 0:
                return [], True
            if found is not None:  # something found in the changed parts: validate it all
                return validate_document(self.document), False
            return validate_changed_or_whole(self.document, self.changed)
        if self.pending is None:
            return validate_changed_or_whole(self.document, self.changed)
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.pending.result()
        except BrokenProcessPool:
            # The worker died (killed, out of memory): validate here instead.
            return validate_changed_or_whole(self.document, self.changed)
        finally:
            assert self.pool is not None
            self.pool.shutdown()
            self.pending = self.pool = None


def validate_changed_or_whole(
    document: dict[str, Any], changed: dict[str, Any] | None
) -> tuple[list[Diagnostic], bool]:
    """`validate_document(document)`, and whether it was reached by finding nothing in
    `changed` (a sub-document holding every part without a stored clean verdict)."""
    if changed is not None and not validate_document(changed):
        return [], True
    return validate_document(document), False


# Free text: any string is valid there, and nothing else depends on it.
_PROSE = frozenset({"description", "summary"})
# Values, not OpenAPI objects: a `description` key in them is data that schemas check.
_VALUES = frozenset({"default", "enum", "const", "example", "examples"})


def without_prose(node: Any) -> Any:
    """`node` with every description and summary string emptied (a value of another type
    is kept, so that its error is still reported)."""
    if isinstance(node, list):
        return [without_prose(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: (
            ""
            if key in _PROSE and isinstance(value, str)
            else value if key in _VALUES or str(key).startswith("x-") else without_prose(value)
        )
        for key, value in node.items()
    }


def _stored(stored: Any) -> list[Diagnostic] | None:
    """A cached finding, or None when it is missing or damaged."""
    try:
        return [Diagnostic(**d) for d in stored] if isinstance(stored, list) else None
    except TypeError:
        return None


def _parts(document: dict[str, Any]) -> int:
    paths = document.get("paths")
    schemas = (document.get("components") or {}).get("schemas")
    return (len(paths) if isinstance(paths, dict) else 0) + (len(schemas) if isinstance(schemas, dict) else 0)
