"""Defer the package `__init__` of two upstream dependencies that LangGraph imports but a turn never uses.

`langgraph.runtime` imports `langgraph_sdk.auth.types`, whose package `__init__` loads the whole HTTP
client (httpx, websockets); `langchain_core` imports `langsmith.types.run_select_field`, whose package
`__init__` loads about 160 generated API models. Registering those two packages first, with their
`__init__` run only when one of their attributes is read, lets the submodules load alone. Nothing
changes for code that does use the packages: the first attribute read runs the real `__init__`.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from types import ModuleType

DEFERRED_PACKAGES = ("langgraph_sdk", "langsmith.types")


def defer_package_init(name: str) -> bool:
    """Register package `name` with its `__init__` deferred to the first attribute read; False if not possible."""
    if name in sys.modules:
        return False
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return False
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        return False
    module = importlib.util.module_from_spec(spec)
    lock = threading.RLock()
    state = {"started": False}

    def __getattr__(attr: str) -> object:  # PEP 562: called only for names the module does not have yet
        with lock:
            if state["started"]:
                # While `__init__` runs, a missing name means "not defined yet" (e.g. `from . import sub`).
                raise AttributeError(f"module {name!r} has no attribute {attr!r}")
            state["started"] = True
            del module.__dict__["__getattr__"]
            spec.loader.exec_module(module)  # type: ignore[union-attr]
        return getattr(module, attr)

    module.__getattr__ = __getattr__  # type: ignore[method-assign]
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    return True


def defer_unused_package_inits() -> None:
    """Apply `defer_package_init` to every package in DEFERRED_PACKAGES."""
    for name in DEFERRED_PACKAGES:
        defer_package_init(name)


def is_deferred(module: ModuleType) -> bool:
    """True while the package's own `__init__` has not run."""
    return "__getattr__" in module.__dict__
