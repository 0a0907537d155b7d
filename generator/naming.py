"""Every identifier the generator emits comes from here.

Names are sanitised (non-identifier characters become `_`), kept clear of
keywords, soft keywords and builtins a generated module uses, and made unique
within their scope.
"""

from __future__ import annotations

import builtins
import keyword
import re
import sys
import unicodedata

from generator.escape import Code

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|[0-9]+")
_NOT_IDENT = re.compile(r"[^0-9a-zA-Z_]+")
# Parameters may shadow builtins (the official client has `input=` and `type=`);
# names at module level may not.
_KEYWORDS = frozenset(keyword.kwlist) | {"self", "cls"}
_BUILTINS = frozenset(dir(builtins))


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    return _WORD.findall(_NOT_IDENT.sub(" ", _ascii(text)))


def snake(text: str) -> str:
    return "_".join(word.lower() for word in words(text))


def pascal(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in words(text))


def identifier(
    text: str, *, reserved: set[str] | frozenset[str] = frozenset(), module_level: bool = False
) -> Code:
    """A valid, non-reserved Python identifier close to `text`."""
    name = _NOT_IDENT.sub("_", _ascii(text)).strip("_") or "value"
    if name[0].isdigit():
        name = "_" + name
    while name in _KEYWORDS or name in reserved or (module_level and name in _BUILTINS):
        name += "_"
    return Code(name)


def python_name(text: str, *, reserved: set[str] | frozenset[str] = frozenset()) -> Code:
    """A snake_case identifier for a parameter or method."""
    base = text if re.fullmatch(r"[a-z_][a-z0-9_]*", text) else snake(text)
    return identifier(base or "value", reserved=reserved)


class Scope:
    """Hands out names unique within one namespace (a signature, a module)."""

    def __init__(self, reserved: set[str] | frozenset[str] = frozenset()) -> None:
        self.taken: set[str] = set(reserved)

    def claim(self, name: str) -> Code:
        candidate = identifier(name, reserved=self.taken)
        self.taken.add(candidate)
        return candidate


# Names the generated definitions modules import or that the model generator
# renames on its own; a schema called so gets a suffix instead, the same one in
# both modules.
_DEFINITION_RESERVED = frozenset(
    {
        "Annotated",
        "Any",
        "AnyHttpUrl",
        "AnyUrl",
        "AwareDatetime",
        "Base64Str",
        "Decimal",
        "EmailStr",
        "IPv4Address",
        "IPv6Address",
        "NaiveDatetime",
        "Path",
        "UUID",
        "BaseModel",
        "ConfigDict",
        "Enum",
        "Field",
        "Literal",
        "NotRequired",
        "Optional",
        "Required",
        "RootModel",
        "TypeAlias",
        "TypeAliasType",
        "TypedDict",
        "Union",
    }
)
_CLASS_NAME = re.compile(r"[A-Z][A-Za-z0-9]*\Z")


def schema_class_names(names: list[str]) -> dict[str, str]:
    """Schema name -> the class name its model gets, unique and stable.

    A name that already is one (`ChatCompletion`) is kept; others become
    PascalCase (`pet-store` -> `PetStore`), and the later of two that meet
    (`foo-bar`, `foo_bar`) is numbered, in document order.
    """
    chosen: dict[str, str] = {}
    taken: set[str] = set()
    reserved = _DEFINITION_RESERVED | _BUILTINS
    kept = {n for n in names if _CLASS_NAME.match(n) and n not in reserved}
    taken.update(kept)
    for name in names:
        if name in kept:
            chosen[name] = name
            continue
        base = pascal(name) or "Schema"
        if base[0].isdigit():
            base = "Schema" + base
        if base in reserved:
            base += "Model"
        candidate, number = base, 2
        while candidate in taken:
            candidate, number = f"{base}{number}", number + 1
        taken.add(candidate)
        chosen[name] = candidate
    return chosen


def package_problem(name: str) -> str | None:
    """Why `name` cannot be the generated package's name, or None when it can."""
    if not (name.isascii() and name.isidentifier()) or keyword.iskeyword(name):
        return f"package name {name!r} is not a Python identifier (try {snake(name) or 'client'!r})"
    if name in sys.stdlib_module_names or name in ("pydantic", "httpx", "anyio", "typing_extensions"):
        return f"package name {name!r} would hide the module of that name the client imports"
    return None
