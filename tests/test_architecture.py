"""The layering a newcomer can rely on: imports point downward only (plumbing <- tools, knowledge <- agent
<- ui, evals <- CLI), nothing imports the CLI but its entry point, and the modules named by string in the
tool and intent registries obey the same rule."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

# What each layer may import besides itself. The CLI is `agent/cli.py` and `agent/commands/`.
ALLOWED: dict[str, frozenset[str]] = {
    "lead_core": frozenset(),
    "tools": frozenset({"lead_core"}),
    "knowledge": frozenset({"lead_core"}),
    "agent": frozenset({"lead_core", "tools", "knowledge"}),
    "ui": frozenset({"lead_core", "tools", "knowledge", "agent"}),
    "evals": frozenset({"lead_core", "tools", "knowledge", "agent"}),
    "cli": frozenset({"lead_core", "tools", "knowledge", "agent", "ui", "evals"}),
    "benchmarks": frozenset({"lead_core", "tools", "knowledge", "agent", "ui", "evals"}),
    "scripts": frozenset({"lead_core", "tools", "knowledge", "agent", "ui", "evals"}),
}
PACKAGES = tuple(name for name in ALLOWED if name != "cli")


def layer(module: str) -> str | None:
    """The layer a dotted module name belongs to (None: not ours)."""
    if module == "agent.cli" or module.startswith(("agent.cli.", "agent.commands")):
        return "cli"
    top = module.split(".")[0]
    return top if top in ALLOWED else None


def module_name(path: Path, root: Path) -> str:
    """The dotted name of a source file under `root`."""
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(source: str, module: str, is_package: bool = False) -> list[tuple[str, int]]:
    """Every module a source file imports (at the top, inside functions and under TYPE_CHECKING), with its line."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")[: len(module.split(".")) - node.level + (1 if is_package else 0)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            # `from agent import cli` imports the CLI although `agent` itself is not the CLI.
            names = [f"{target}.{alias.name}" for alias in node.names]
            found += [(name, node.lineno) for name in names if layer(name) == "cli"] or [(target, node.lineno)]
    return found


def back_edges(files: dict[str, tuple[str, bool]]) -> list[str]:
    """`importer:line -> imported` for every import that points up the layers or into the CLI."""
    problems = []
    for module, (source, is_package) in sorted(files.items()):
        source_layer = layer(module)
        for target, line in imported_modules(source, module, is_package):
            target_layer = layer(target)
            if target_layer is None or target_layer == source_layer:
                continue
            if target_layer not in ALLOWED[source_layer]:
                problems.append(f"{module}:{line} ({source_layer}) imports {target} ({target_layer})")
    return problems


def _sources() -> dict[str, tuple[str, bool]]:
    files = {}
    for package in PACKAGES:
        for path in (REPO_ROOT / package).rglob("*.py"):
            files[module_name(path, REPO_ROOT)] = (path.read_text(encoding="utf-8"), path.name == "__init__.py")
    return files


def test_every_layer_imports_downward_only():
    problems = back_edges(_sources())
    assert not problems, "imports against the layering:\n" + "\n".join(problems)


def test_the_checker_sees_back_edges_in_functions_relative_imports_and_the_cli():
    files = {
        "tools.fake": ("def f():\n    from agent.service import Copilot\n", False),
        "knowledge.fake": ("from ..agent import graph\n", False),
        "ui.fake": ("from agent.commands import common\n", False),
        "evals.fake": ("import agent.cli\n", False),
        "lead_core.fake": ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from tools.team import Team\n", False),
        "agent.fine": ("from tools.team import Team\nfrom lead_core.errors import LeadError\nimport numpy\n", False),
        "agent.commands.fine": ("from ui.app import build_app\nfrom evals.runner import run\n", False),
    }
    problems = back_edges(files)
    assert [p.split(":")[0] for p in problems] == ["evals.fake", "knowledge.fake", "lead_core.fake", "tools.fake", "ui.fake"]


def _registry_targets() -> list[tuple[str, str]]:
    from agent.intent_specs import SPECS
    from tools.registry import TOOL_SPECS

    targets = [("tools", spec.module) for spec in TOOL_SPECS]
    for spec in SPECS:
        targets += [("agent", path.partition(":")[0]) for path in (spec.planner, spec.composer) if path]
    return targets


@pytest.mark.parametrize("owner, target", _registry_targets())
def test_registries_name_modules_of_their_own_layer_or_below(owner, target):
    assert layer(target) == owner or layer(target) in ALLOWED[owner]


MAX_FUNCTION_LINES = 80


def long_functions(files: dict[str, tuple[str, bool]], limit: int = MAX_FUNCTION_LINES) -> list[str]:
    """`module:line name (n lines)` for every function or method longer than `limit` lines."""
    found = []
    for module, (source, _) in sorted(files.items()):
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > limit:
                    found.append(f"{module}:{node.lineno} {node.name} ({lines} lines)")
    return found


def test_no_function_outside_tests_is_longer_than_80_lines():
    found = long_functions(_sources())
    assert not found, "split these into smaller functions:\n" + "\n".join(found)


def test_the_length_check_counts_nested_functions_and_methods():
    body = "\n".join(f"    x{i} = {i}" for i in range(80))
    files = {"tools.fake": (f"class A:\n    def m(self):\n    {body.replace(chr(10), chr(10) + '    ')}\n\ndef ok():\n    return 1\n", False)}
    assert [f.split(" ")[1] for f in long_functions(files)] == ["m"]


def test_every_tool_a_model_can_call_is_in_the_one_registry():
    from agent.model_tools import MODEL_TOOLS
    from tools.registry import TOOLS

    assert set(MODEL_TOOLS) == set(TOOLS)


# Where a tool record's raw result (the JSON dump the graph state keeps) may be read. Everything else reads results
# through agent.tool_results, typed; the app (ui/) renders the service's records and is the rendering layer.
RAW_RESULT_READERS: dict[str, str] = {
    "agent.tool_results": "validates stored results back into the tools' output models",
    "agent.graph:call_tools": "sends each dump, whole, to the model as the tool message",
    "agent.graph:verify_answer": "hands every dump, whole, to the check that the model's numbers come from somewhere",
}
RENDERING_LAYERS = ("ui",)


SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def _is_result_key(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value == "result"


def _keyed_record_result(node: ast.AST) -> bool:
    """`x.result[<str>]` or `x.result.get(<str>)`: a string key read into a ToolCallRecord's result."""
    def is_result_attr(n: ast.AST) -> bool:
        return isinstance(n, ast.Attribute) and n.attr == "result"

    if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and is_result_attr(node.value):
        return isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str)
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get"
            and is_result_attr(node.func.value) and bool(node.args) and isinstance(node.args[0], ast.Constant))  # fmt: skip


def raw_result_reads(module: str, source: str) -> list[str]:
    """`module:line in function` for every `x["result"]` or `x.get("result")` read (writes are fine), and every string
    key read into a service record's result (`call.result["body"]`, `call.result.get("lint")`)."""
    found = []

    def visit(node: ast.AST, where: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = where
            if isinstance(child, SCOPES):
                inner = f"{where}.{child.name}" if where else child.name
            subscript = isinstance(child, ast.Subscript) and isinstance(child.ctx, ast.Load) and _is_result_key(child.slice)
            get = (isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute) and child.func.attr == "get"
                   and bool(child.args) and _is_result_key(child.args[0]))  # fmt: skip
            if subscript or get or _keyed_record_result(child):
                found.append(f"{module}:{child.lineno} in {inner or '<module>'}")
            visit(child, inner)

    visit(ast.parse(source), "")
    return found


def _allowed_raw_read(module: str, function: str) -> bool:
    top = function.split(".")[0]
    return module in RAW_RESULT_READERS or f"{module}:{top}" in RAW_RESULT_READERS or layer(module) in RENDERING_LAYERS


def test_tool_results_are_read_typed_outside_the_rendering_layer():
    found = []
    for module, (source, _) in sorted(_sources().items()):
        for hit in raw_result_reads(module, source):
            function = hit.rsplit(" in ", 1)[1]
            if not _allowed_raw_read(module, function):
                found.append(hit)
    assert not found, "read these results through agent.tool_results (typed), not by string keys:\n" + "\n".join(found)


def test_the_raw_result_check_sees_subscripts_and_get_but_not_writes():
    source = (
        "def plan(records):\n"
        "    for r in records:\n"
        "        r['result'] = {}\n"
        "    last = records[-1]['result']['p80']\n"
        "    return last, records[0].get('result', {}).get('summary')\n"
        "class Brain:\n"
        "    def think(self, r):\n"
        "        return r.get('name'), r['result']\n"
        "def score(call, turn):\n"
        "    return call.result.get('lint'), call.result['body'], turn.result.answer, call.result\n"
    )
    assert raw_result_reads("agent.fake", source) == [
        "agent.fake:4 in plan", "agent.fake:5 in plan", "agent.fake:8 in Brain.think", "agent.fake:10 in score", "agent.fake:10 in score"]  # fmt: skip
    assert _allowed_raw_read("agent.graph", "call_tools") and _allowed_raw_read("ui.tool_steps", "details")
    assert not _allowed_raw_read("agent.brains.offline", "plan_forecast")


def test_every_allowed_raw_result_reader_still_reads_raw_results():
    sources = _sources()
    reads = {(m, hit.rsplit(" in ", 1)[1].split(".")[0]) for m, (src, _) in sources.items() for hit in raw_result_reads(m, src)}
    for entry in RAW_RESULT_READERS:
        module, _, function = entry.partition(":")
        assert any(m == module and (not function or f == function) for m, f in reads), f"{entry} reads no raw result any more: drop it"


# The only places that catch every exception without raising again: each turns the failure into one sentence for
# the person in front of it (and logs it) or hands it on. Anywhere else, catch what can occur, or translate and raise.
BOUNDARIES: dict[str, str] = {
    "agent.cli:main": "the CLI's top level: a user's problem is one line and exit 2, anything else one line and exit 1",
    "agent.brains.openai_brain:OpenAIBrain._complete": "the model brain's request: any failure falls back to the offline brain",
    "ui.chat:ChatHandlers.turn": "the chat's submit handler",
    "ui.chat:ChatHandlers.forget_turns": "the undo and retry handlers",
    "ui.chat:ChatHandlers.thread_choices": "the page-load and refresh handlers (an empty conversation list)",
    "ui.chat:ChatHandlers.delete": "the delete-conversation handler",
    "ui.app:_wire_page_load.on_load": "the page-load handler (the chat works without a team file)",
    "ui.team_tab:_wire_team.apply": "the team tab's Use in this session handler",
    "ui.team_tab:_wire_team.save": "the team tab's Save to team file handler",
    "ui.team_tab:_wire_team.reload": "the team tab's Reload from file handler",
    "ui.planner:build.run_whatif": "the planner's what-if handler",
    "ui.planner:build.run_forecast": "the planner's forecast handler",
    "ui.planner:build.draft": "the planner's draft handler",
    "ui.org:build.run_org": "the org tab's score handler",
    "ui.triage_tab:build.run_triage": "the triage tab's handler",
    "ui.one_on_one:build.run_agenda": "the 1-on-1 tab's agenda handler",
    "ui.throttle:batched.produce": "hands the failure of the event thread to the consumer, which raises it",
    "evals.runner:run_scenarios": "one case's failure is that case's result and the run goes on",
    "knowledge.embeddings:preload_encoder.load": "a preload on a background thread: the same load runs again on first use and raises there",
    "knowledge.ingest:ingested_sources": "a damaged index raises errors of every kind (SQLite, Chroma's Rust core); None sends the rebuild to the manifest",
    "knowledge.ingest:_drop_collection": "drops a collection that may be absent or half-built; a failure must not hide the error being cleaned up after",
    "benchmarks.__main__:main": "one benchmark's failure is reported and the others still run",
    "benchmarks.bench_ui:_session": "a load-test client's errors are counted: they are what the benchmark measures",
}


def _catches_everything(handler: ast.ExceptHandler) -> bool:
    kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return handler.type is None or any(isinstance(k, ast.Name) and k.id in ("Exception", "BaseException") for k in kinds)


def swallowing_handlers(module: str, source: str) -> list[tuple[str, int]]:
    """(`module:function`, line) for every `except`, `except Exception` or `except BaseException` that does not end by
    raising (a handler that translates the error into another one, or cleans up and re-raises, is fine)."""
    found = []

    def visit(node: ast.AST, where: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = where
            if isinstance(child, SCOPES):
                inner = f"{where}.{child.name}" if where else child.name
            if isinstance(child, ast.ExceptHandler) and _catches_everything(child) and not isinstance(child.body[-1], ast.Raise):
                found.append((f"{module}:{where}", child.lineno))
            visit(child, inner)

    visit(ast.parse(source), "")
    return found


def test_only_the_documented_boundaries_catch_every_exception():
    found = [f"{where} (line {line})" for m, (src, _) in sorted(_sources().items()) for where, line in swallowing_handlers(m, src)
             if where not in BOUNDARIES]  # fmt: skip
    assert not found, "catch the exceptions that can occur here (or document a boundary in BOUNDARIES):\n" + "\n".join(found)


def test_every_documented_boundary_still_catches_everything():
    present = {where for m, (src, _) in _sources().items() for where, _ in swallowing_handlers(m, src)}
    assert not set(BOUNDARIES) - present, f"no longer boundaries, drop them: {sorted(set(BOUNDARIES) - present)}"


def test_the_boundary_check_sees_bare_and_tuple_catch_alls_but_not_reraising_ones():
    source = (
        "def a():\n    try:\n        f()\n    except Exception:\n        return None\n"
        "class B:\n    def b(self):\n        try:\n            f()\n        except (ValueError, BaseException) as exc:\n            log(exc)\n"
        "def c():\n    try:\n        f()\n    except:\n        pass\n"
        "def d():\n    try:\n        f()\n    except Exception as exc:\n        raise LeadError('x') from exc\n"
        "def e():\n    try:\n        f()\n    except (ValueError, KeyError):\n        return None\n"
    )
    assert swallowing_handlers("tools.fake", source) == [("tools.fake:a", 4), ("tools.fake:B.b", 10), ("tools.fake:c", 15)]


def test_one_place_builds_an_openai_client():
    """Chat, the doctor, the rehearsal counterpart and the embeddings all get their client from lead_core.network."""
    builders = []
    for folder in ("agent", "knowledge", "lead_core", "tools", "ui", "evals"):
        for path in (REPO_ROOT / folder).rglob("*.py"):
            if "OpenAI(" in path.read_text(encoding="utf-8"):
                builders.append(path.relative_to(REPO_ROOT).as_posix())
    assert builders == ["lead_core/network.py"]
