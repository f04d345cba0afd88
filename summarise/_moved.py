"""The module paths of 0.1 (``summarise.read``, ``summarise.checks``...), kept for one release.

0.2 put the modules into packages by concern. An import of an old path gets the module at its
new place (the same module object, so its names and a test's monkeypatching are shared) with
a ``DeprecationWarning`` naming the new path. Remove in 0.3.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
import warnings
from types import ModuleType

MOVED = {
    "summarise.patterns": "summarise.text.patterns",
    "summarise.read": "summarise.text.read",
    "summarise.clean": "summarise.text.clean",
    "summarise.boilerplate": "summarise.text.boilerplate",
    "summarise.segment": "summarise.text.segment",
    "summarise.checks": "summarise.quality.checks",
    "summarise.loading": "summarise.models.loading",
    "summarise.translate": "summarise.models.translate",
    "summarise.summarise": "summarise.models.summarise",
    "summarise.terms": "summarise.models.terms",
    "summarise.memory": "summarise.store.memory",
    "summarise.rundir": "summarise.store.rundir",
    "summarise.evaluate": "summarise.review.evaluate",
    "summarise.ray_executor": "summarise.pipeline.ray_executor",
    "summarise.export": "summarise.review.export",
}


class MovedModules(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds an old module path and loads it as the module at its new place."""

    def find_spec(self, fullname: str, path: object = None, target: object = None):
        if fullname not in MOVED:
            return None
        return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec) -> ModuleType:
        new = MOVED[spec.name]
        warnings.warn(f"{spec.name} is now {new}; the old path goes in 0.3", DeprecationWarning, stacklevel=2)
        module = importlib.import_module(new)
        self._spec = module.__spec__  # the import system gives the module the old path's spec
        return module

    def exec_module(self, module: ModuleType) -> None:
        module.__spec__ = self._spec  # its own again: the module is the one at its new place


class _Package(ModuleType):
    """The ``summarise`` package: ``import summarise.export`` (the 0.1 path of the module
    ``summarise.review.export``) must not rebind the package's ``export``, the function."""

    def __setattr__(self, name: str, value: object) -> None:
        if name == "export" and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


def install() -> None:
    """Add the finder. The old paths load on first use, so ``import summarise`` stays light;
    the one whose name the package gives a function (the module ``summarise.export`` is
    ``summarise.review.export`` while ``summarise.export`` is the function) leaves it alone."""
    if not any(isinstance(finder, MovedModules) for finder in sys.meta_path):
        sys.meta_path.insert(0, MovedModules())
    sys.modules["summarise"].__class__ = _Package
