"""Every registered tool, called the way the agent calls it (`spec.run(dict)`), with arbitrary JSON built from its
own field names: it returns its output model or raises ValidationError/ToolInputError, never anything else. And
every registered input model has its own dedicated fuzz test in tests/tools."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from tools.errors import ToolInputError
from tools.registry import TOOL_SPECS

TESTS = Path(__file__).resolve().parent

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40), st.sampled_from(["", " ", "2026-11-23", "Priya", "high", "feature", "x" * 5000]),
)


def json_values(keys: list[str]) -> st.SearchStrategy:
    """Arbitrary JSON whose object keys are mostly the model's own field names, so validation goes deep."""
    key = st.one_of(st.sampled_from(keys), st.text(max_size=8))
    return st.recursive(scalars, lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(key, inner, max_size=6)), max_leaves=25)


def field_names(model: type[BaseModel], seen: set | None = None) -> list[str]:
    """The field names of a model and of the models nested in it."""
    seen = seen if seen is not None else set()
    names = []
    for name, field in model.model_fields.items():
        names.append(name)
        for candidate in _models_in(field.annotation):
            if candidate not in seen:
                seen.add(candidate)
                names += field_names(candidate, seen)
    return sorted(set(names))


def _models_in(annotation) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in getattr(annotation, "__args__", ()) for m in _models_in(arg)]


@pytest.mark.parametrize("spec", TOOL_SPECS, ids=lambda s: s.name)
def test_registered_tool_never_crashes_on_arbitrary_json(spec):
    _, model = spec.load()
    keys = field_names(model)

    @settings(max_examples=25, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.dictionaries(st.sampled_from(keys), json_values(keys), max_size=len(keys)))
    def check(arguments):
        try:
            result = spec.run(arguments, team=None, search=lambda query, use_for: [])
        except (ValidationError, ToolInputError):
            return
        assert isinstance(result, BaseModel)

    check()


def _fuzz_tests() -> dict[str, str]:
    """Source of every hypothesis-driven test in tests/tools whose name mentions fuzz, by file::name."""
    found = {}
    for path in TESTS.glob("test_*.py"):
        if path.name == Path(__file__).name:
            continue
        text = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef) and "fuzz" in node.name and any(
                isinstance(d, ast.Call) and getattr(d.func, "id", "") == "given" for d in node.decorator_list
            ):
                found[f"{path.name}::{node.name}"] = ast.get_source_segment(text, node) or ""
    return found


@pytest.mark.parametrize("spec", TOOL_SPECS, ids=lambda s: s.name)
def test_every_input_model_has_a_dedicated_fuzz_test(spec):
    found = [name for name, source in _fuzz_tests().items() if f"{spec.input_model}.model_validate" in source]
    assert found, f"no @given fuzz test validates {spec.input_model} ({spec.module}) in tests/tools"
