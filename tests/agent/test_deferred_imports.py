"""Deferred package inits: LangGraph imports without loading the SDK's HTTP client or LangSmith's API models,
and the packages still work in full when something reads them."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import json, sys
from agent.deferred_imports import defer_unused_package_inits
defer_unused_package_inits()
import langgraph.graph
before = {m: m in sys.modules for m in ("langgraph_sdk.client", "langsmith.types.run", "langgraph_sdk.auth.types")}
import langgraph_sdk
from langgraph_sdk import get_client
import langsmith.types
from langsmith.types import Run
after = {"get_client": callable(get_client), "Run": Run.__name__, "client": "langgraph_sdk.client" in sys.modules}
print(json.dumps({"before": before, "after": after}))
"""


def test_langgraph_imports_without_the_unused_package_inits_which_still_load_on_use() -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["before"] == {"langgraph_sdk.client": False, "langsmith.types.run": False, "langgraph_sdk.auth.types": True}
    assert out["after"] == {"get_client": True, "Run": "Run", "client": True}


def test_an_already_imported_or_missing_package_is_left_alone() -> None:
    from agent.deferred_imports import defer_package_init

    assert defer_package_init("json") is False  # already imported
    assert defer_package_init("no_such_package_here") is False
    assert json.dumps({}) == "{}"
