"""Definitions imported on first use.

The `models` and `params` packages map each name they export to the submodule that
defines it. A name is imported when something first asks for it, and then stays in
the package's namespace, so later lookups cost nothing and a program pays only for
the definitions it uses. Type checkers see ordinary imports instead (the packages
import everything under `TYPE_CHECKING`).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_definitions", "lazy_submodules"]


def lazy_definitions(
    package: str, locations: Mapping[str, str], *, resource: str | None = None
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A package's `__getattr__` and `__dir__` for `locations` (name -> submodule).

    `resource` names a resource of the module-level client that shares the package's
    name; names the package does not define are looked up on it."""
    namespace = vars(sys.modules[package])

    def __getattr__(name: str) -> Any:
        submodule = locations.get(name)
        if submodule is not None:
            return _imported(package, submodule, name, namespace)
        if resource is not None:
            from ._module_client import resource_attribute

            return resource_attribute(resource, name, package)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(locations))

    return __getattr__, __dir__


def lazy_submodules(
    package: str, names: frozenset[str], definitions: Mapping[str, str] | None = None
) -> Callable[[str], Any]:
    """A package's `__getattr__` importing its submodules `names` on first use, and the
    `definitions` (name -> submodule) from theirs."""
    namespace = vars(sys.modules[package])

    def __getattr__(name: str) -> Any:
        if name in names:
            return importlib.import_module(f"{package}.{name}")
        submodule = (definitions or {}).get(name)
        if submodule is not None:
            return _imported(package, submodule, name, namespace)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__


def _imported(package: str, submodule: str, name: str, namespace: dict[str, Any]) -> Any:
    """`name` from `package.submodule`, kept in the package's namespace for next time."""
    value = getattr(importlib.import_module(f"{package}.{submodule}"), name)
    namespace[name] = value
    return value
