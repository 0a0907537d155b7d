"""A valid instance of a schema, built deterministically.

The document's own values come first (`const`, `example`, `examples`,
`default`, `enum`), as long as their JSON type fits the schema; anything else is
made up from the schema's constraints. Binary strings (`format: binary`, or a
`contentMediaType`) come out as bytes, so a caller can send them as files.
"""

from __future__ import annotations

import base64
import math
import re
from typing import Any

# How deep nested schemas are followed before an optional part is left out.
MAX_DEPTH = 14
FILE_CONTENT = b"realdocs sample file\n"

# A sample for each string format the documents use; the rest read as plain text.
FORMAT_SAMPLES = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05Z",
    "duration": "P1D",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com/a",
    "url": "https://example.com/a",
    "iri": "https://example.com/a",
    "uri-reference": "https://example.com/a",
    "uri-template": "https://example.com/{a}",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uuid": "123e4567-e89b-42d3-a456-426614174000",
    "byte": base64.b64encode(b"realdocs").decode(),
    "password": "secret-password",
    "json-pointer": "/a",
    "regex": "^a$",
    "int64": "1",
    "int32": "1",
}
JSON_TYPES = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}


def without_bytes(value: Any) -> Any:
    """The value as JSON can carry it: binary content as base64 text."""
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if isinstance(value, list):
        return [without_bytes(item) for item in value]
    if isinstance(value, dict):
        return {key: without_bytes(item) for key, item in value.items()}
    return value


class UnbuildableSchema(Exception):
    """No value could be made for a schema (at `where`, a path into the value)."""


class SchemaValues:
    """Builds values for the schemas of one loaded document (its `$ref`s are local)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    # -- references and combinators -------------------------------------

    def resolve(self, schema: Any) -> Any:
        for _ in range(64):
            if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
                return schema
            ref = schema["$ref"]
            if not ref.startswith("#"):
                raise UnbuildableSchema(f"external reference {ref!r}")
            target: Any = self.document
            for token in ref[1:].strip("/").split("/"):
                token = token.replace("~1", "/").replace("~0", "~")
                target = target[int(token)] if isinstance(target, list) else target[token]
            # Keywords beside a 3.1 `$ref` apply too (a description, a default).
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            schema = {**target, **siblings} if siblings and isinstance(target, dict) else target
        raise UnbuildableSchema("a cycle of references")

    def flatten(self, schema: Any) -> dict[str, Any]:
        """The schema with its `allOf` pieces merged in (properties and required lists joined)."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return {}
        if "allOf" not in schema:
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties = dict(merged.get("properties") or {})
        required = list(merged.get("required") or [])
        for piece in schema["allOf"]:
            flat = self.flatten(piece)
            for key, value in flat.items():
                if key == "properties":
                    for name, sub in value.items():
                        properties.setdefault(name, sub)
                elif key == "required":
                    required += [r for r in value if r not in required]
                else:
                    merged.setdefault(key, value)
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = required
        return merged

    @staticmethod
    def types(schema: dict[str, Any]) -> list[str]:
        """The schema's types, null last; guessed from its keywords when it names none."""
        kind = schema.get("type")
        kinds = list(kind) if isinstance(kind, list) else [kind] if isinstance(kind, str) else []
        if not kinds:
            if "properties" in schema or "additionalProperties" in schema or "required" in schema:
                kinds = ["object"]
            elif "items" in schema or "prefixItems" in schema:
                kinds = ["array"]
        return sorted(kinds, key=lambda k: k == "null")

    def fits(self, value: Any, schema: dict[str, Any]) -> bool:
        """A cheap check that a value the document offers has the schema's JSON type."""
        kinds = self.types(schema)
        if schema.get("nullable") is True:
            kinds.append("null")
        if not kinds:
            return True
        for kind in kinds:
            allowed = JSON_TYPES.get(kind, ())
            if isinstance(value, bool) and kind != "boolean":
                continue
            if isinstance(value, allowed):
                return True
        return False

    # -- values ---------------------------------------------------------

    def value(self, schema: Any, where: str = "", depth: int = 0, *, optional: bool = False) -> Any:
        """A valid instance of `schema`; with `optional`, an object also gets its optional properties."""
        if depth > MAX_DEPTH:
            raise UnbuildableSchema(f"{where or '(value)'}: nested too deeply")
        schema = self.flatten(schema)
        if schema is True or schema == {}:
            return "string"
        if "const" in schema:
            return schema["const"]
        offered = self.offered(schema)
        if offered is not None:
            return offered[0]
        variants = schema.get("oneOf") or schema.get("anyOf")
        if variants:
            return self.variant_value(schema, variants, where, depth, optional)
        kinds = [k for k in self.types(schema) if k != "null"]
        if not kinds:
            return None if "null" in self.types(schema) else "string"
        kind = kinds[0]
        if kind == "object":
            return self.object_value(schema, where, depth, optional)
        if kind == "array":
            return self.array_value(schema, where, depth)
        if kind == "string":
            return self.string_value(schema)
        if kind in ("integer", "number"):
            return self.number_value(schema, integer=kind == "integer")
        if kind == "boolean":
            return False
        raise UnbuildableSchema(f"{where or '(value)'}: unknown type {kind!r}")

    def offered(self, schema: dict[str, Any]) -> tuple[Any] | None:
        """The first value the document itself offers for this schema, if one fits."""
        candidates: list[Any] = []
        if "example" in schema:
            candidates.append(schema["example"])
        if isinstance(schema.get("examples"), list):
            candidates += schema["examples"]
        if "default" in schema:
            candidates.append(schema["default"])
        candidates += [v for v in schema.get("enum") or () if v is not None]
        for candidate in candidates:
            if candidate is None or not self.fits(candidate, schema):
                continue
            if isinstance(candidate, str) and not self.string_fits(candidate, schema):
                continue
            return (candidate,)
        return None

    def variant_value(
        self, schema: dict[str, Any], variants: list[Any], where: str, depth: int, optional: bool
    ) -> Any:
        """The first branch of a oneOf/anyOf that can be built, merged with the keywords beside it."""
        problems = []
        outer = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf", "discriminator")}
        for index, branch in enumerate(variants):
            flat = self.flatten(branch)
            if self.types(flat) == ["null"]:
                continue
            merged = (
                self.flatten({"allOf": [outer, flat]}) if outer.keys() - {"description", "title"} else flat
            )
            try:
                built = self.value(merged, where, depth + 1, optional=optional)
            except UnbuildableSchema as exc:
                problems.append(f"branch {index}: {exc}")
                continue
            return self.tagged(schema, branch, built)
        raise UnbuildableSchema(f"{where or '(value)'}: no branch could be built ({'; '.join(problems)})")

    def tagged(self, schema: dict[str, Any], branch: Any, built: Any) -> Any:
        """A discriminated branch's value carries the tag the mapping gives that branch."""
        discriminator = schema.get("discriminator")
        if not isinstance(discriminator, dict) or not isinstance(built, dict):
            return built
        name = discriminator.get("propertyName")
        ref = branch.get("$ref") if isinstance(branch, dict) else None
        if not isinstance(name, str) or not isinstance(ref, str) or name in built and built[name] is not None:
            return built
        own = (self.flatten(branch).get("properties") or {}).get(name)
        if own is not None:
            # The branch says its own tag (an enum or const), even where the tag is optional.
            return {**built, name: self.value(own, name)}
        mapping = discriminator.get("mapping") or {}
        tag = next((key for key, target in mapping.items() if target == ref), ref.rsplit("/", 1)[-1])
        return {**built, name: tag}

    def object_value(self, schema: dict[str, Any], where: str, depth: int, optional: bool) -> dict[str, Any]:
        properties = schema.get("properties") or {}
        required = [name for name in schema.get("required") or () if isinstance(name, str)]
        # A property with one possible value is a tag that tells union branches apart: always sent.
        wanted = list(required) + [n for n in properties if n not in required and self.is_tag(properties[n])]
        if optional:
            wanted += [name for name in properties if name not in wanted]
        minimum = schema.get("minProperties") or 0
        wanted += [name for name in properties if name not in wanted][: max(0, minimum - len(wanted))]
        built: dict[str, Any] = {}
        for name in wanted:
            sub = properties.get(name)
            if sub is None:
                extra = schema.get("additionalProperties")
                sub = extra if isinstance(extra, dict) else {"type": "string"}
            flat = self.flatten(sub)
            if flat.get("readOnly") and name not in required:
                continue
            try:
                built[name] = self.value(sub, f"{where}/{name}", depth + 1)
            except UnbuildableSchema:
                if name in required:
                    raise
        extra = schema.get("additionalProperties")
        index = 1
        while len(built) < minimum:
            key = f"key{index}"
            built[key] = self.value(extra if isinstance(extra, dict) else {}, f"{where}/{key}", depth + 1)
            index += 1
        return built

    def is_tag(self, schema: Any) -> bool:
        flat = self.flatten(schema)
        return "const" in flat or len([v for v in flat.get("enum") or () if v is not None]) == 1

    def array_value(self, schema: dict[str, Any], where: str, depth: int) -> list[Any]:
        prefix = schema.get("prefixItems") or []
        items = schema.get("items")
        # One item at least, so that the client's handling of items is judged too.
        count = max(schema.get("minItems") or 0, 1)
        if isinstance(schema.get("maxItems"), int):
            count = min(count, schema["maxItems"])
        values = []
        for index in range(count):
            sub = prefix[index] if index < len(prefix) else items if isinstance(items, dict) else {}
            value = self.value(sub, f"{where}/{index}", depth + 1)
            if schema.get("uniqueItems") and value in values:
                value = self.distinct(value, index)
            values.append(value)
        return values

    @staticmethod
    def distinct(value: Any, index: int) -> Any:
        """Another item for a `uniqueItems` array, near the first one."""
        if isinstance(value, str):
            return f"{value}{index}"
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value + index
        raise UnbuildableSchema(f"cannot make {value!r} unique")

    # -- scalars --------------------------------------------------------

    def string_value(self, schema: dict[str, Any]) -> Any:
        if schema.get("format") == "binary" or "contentMediaType" in schema:
            return FILE_CONTENT
        text = FORMAT_SAMPLES.get(str(schema.get("format")), "string")
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and not re.search(pattern, text):
            text = sample_for_pattern(pattern) or text
        minimum, maximum = schema.get("minLength"), schema.get("maxLength")
        if isinstance(minimum, int) and len(text) < minimum:
            text += "x" * (minimum - len(text))
        if isinstance(maximum, int) and len(text) > maximum:
            text = text[:maximum]
        return text

    @staticmethod
    def string_fits(text: str, schema: dict[str, Any]) -> bool:
        pattern = schema.get("pattern")
        try:
            if isinstance(pattern, str) and not re.search(pattern, text):
                return False
        except re.error:
            pass
        if isinstance(schema.get("minLength"), int) and len(text) < schema["minLength"]:
            return False
        return not (isinstance(schema.get("maxLength"), int) and len(text) > schema["maxLength"])

    @staticmethod
    def number_value(schema: dict[str, Any], *, integer: bool) -> int | float:
        """1, moved inside the bounds and onto the `multipleOf` grid where needed."""
        step = 1 if integer else 0.5
        low, high = schema.get("minimum"), schema.get("maximum")
        # 3.0 says `exclusiveMinimum: true` beside `minimum`; 3.1 gives the bound itself.
        for key, inclusive, sign in (("exclusiveMinimum", "minimum", 1), ("exclusiveMaximum", "maximum", -1)):
            exclusive = schema.get(key)
            if exclusive is True and isinstance(schema.get(inclusive), (int, float)):
                moved = schema[inclusive] + sign * step
            elif isinstance(exclusive, (int, float)) and not isinstance(exclusive, bool):
                moved = exclusive + sign * step
            else:
                continue
            low, high = (moved, high) if sign > 0 else (low, moved)
        value: float = 1
        if isinstance(low, (int, float)) and value < low:
            value = low
        if isinstance(high, (int, float)) and value > high:
            value = high
        multiple = schema.get("multipleOf")
        if isinstance(multiple, (int, float)) and multiple > 0 and value % multiple:
            value = (value // multiple + 1) * multiple
        return int(math.ceil(value)) if integer else value


# -- simple regular expressions -----------------------------------------

_CLASSES = {"d": "0", "w": "a", "s": " ", "D": "a", "W": "-", "S": "a"}


def sample_for_pattern(pattern: str) -> str | None:
    """A string matching a simple pattern (literals, classes, groups, quantifiers), or None."""
    try:
        text = _Sampler(pattern).sequence()
        return text if re.search(pattern, text) else None
    except (IndexError, ValueError, re.error):
        return None


class _Sampler:
    """Walks a pattern once and writes the shortest text that matches it."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.at = 0

    def peek(self) -> str:
        return self.pattern[self.at] if self.at < len(self.pattern) else ""

    def take(self) -> str:
        char = self.pattern[self.at]
        self.at += 1
        return char

    def sequence(self) -> str:
        """Up to the end, or to the `|` or `)` closing this alternative (then the first one is kept)."""
        out = ""
        while self.peek() and self.peek() not in "|)":
            atom = self.atom()
            out += atom * self.repeats()
        if self.peek() == "|":
            # Keep the first alternative: skip the others at this level.
            depth = 0
            while self.peek() and not (self.peek() == ")" and depth == 0):
                char = self.take()
                if char == "\\":
                    self.take()
                elif char == "(":
                    depth += 1
                elif char == ")":
                    depth -= 1
        return out

    def atom(self) -> str:
        char = self.take()
        if char in "^$":
            return ""
        if char == ".":
            return "a"
        if char == "\\":
            escaped = self.take()
            return _CLASSES.get(escaped, escaped)
        if char == "[":
            return self.char_class()
        if char == "(":
            if self.pattern.startswith("?:", self.at):
                self.at += 2
            inner = self.sequence()
            if self.take() != ")":
                raise ValueError("unclosed group")
            return inner
        return char

    def char_class(self) -> str:
        negated = self.peek() == "^"
        if negated:
            self.take()
        first = ""
        while self.peek() != "]":
            char = self.take()
            if char == "\\":
                char = _CLASSES.get(self.peek(), self.peek())
                self.take()
            first = first or char
        self.take()
        if negated:
            raise ValueError("negated class")
        return first

    def repeats(self) -> int:
        char = self.peek()
        if not char:
            return 1
        if char in "*?":
            self.take()
            count = 0
        elif char == "+":
            self.take()
            count = 1
        elif char == "{":
            end = self.pattern.index("}", self.at)
            low = self.pattern[self.at + 1 : end].split(",")[0]
            self.at = end + 1
            count = int(low or 0)
        else:
            return 1
        if self.peek() == "?":
            self.take()
        return count
