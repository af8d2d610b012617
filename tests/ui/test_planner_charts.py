"""The chat's inline charts: each tool call's chart is drawn once into a PNG file named by the call, and the
folder of chart files stays bounded."""

from __future__ import annotations

import pytest

from tools.simulate import PlanInput, WorkItem, forecast_completion
from ui import planner


def _forecast(likely: float) -> dict:
    plan = PlanInput(tasks=[WorkItem(name="t", optimistic=2, most_likely=likely, pessimistic=9)], trials=500)
    return forecast_completion(plan).model_dump(mode="json")


@pytest.fixture
def drawn(monkeypatch):
    """Counts the figures drawn."""
    calls: list[str] = []
    real = planner.chart_for_tool

    def counting(name, arguments, result):
        calls.append(name)
        return real(name, arguments, result)

    monkeypatch.setattr(planner, "chart_for_tool", counting)
    return calls


def test_a_chart_is_drawn_once_and_reused_for_the_same_call(tmp_path, drawn):
    result = _forecast(5)
    first = planner.chart_file("forecast_completion", {}, result, tmp_path)
    again = planner.chart_file("forecast_completion", {}, dict(result), tmp_path)
    assert first is not None and first == again
    assert first.read_bytes().startswith(b"\x89PNG")
    assert drawn == ["forecast_completion"]


def test_a_different_call_gets_its_own_chart(tmp_path, drawn):
    one = planner.chart_file("forecast_completion", {}, _forecast(4), tmp_path)
    other = planner.chart_file("forecast_completion", {}, _forecast(7), tmp_path)
    dated = planner.chart_file("forecast_completion", {"start": "2026-12-07"}, _forecast(4), tmp_path)
    assert len({one, other, dated}) == 3
    assert len(drawn) == 3


def test_tools_without_a_chart_get_no_file(tmp_path):
    assert planner.chart_file("lint_message", {"text": "hi"}, {"issues": []}, tmp_path) is None
    assert list(tmp_path.iterdir()) == []


def test_the_chart_folder_keeps_only_the_newest_files(tmp_path, monkeypatch):
    monkeypatch.setattr(planner, "MAX_CHART_FILES", 2)
    paths = [planner.chart_file("forecast_completion", {}, _forecast(likely), tmp_path) for likely in (3, 4, 5)]
    assert sorted(p.name for p in tmp_path.glob("chart-*.png")) == sorted(p.name for p in paths[1:])


def test_the_chart_folder_is_private_to_its_user(tmp_path):
    import os
    import stat

    from ui.plots import chart_dir, own_private_folder

    folder = own_private_folder(tmp_path / "charts")
    assert folder is not None and stat.S_IMODE(os.lstat(folder).st_mode) == 0o700
    assert stat.S_IMODE(os.lstat(chart_dir()).st_mode) == 0o700


def test_a_chart_folder_open_to_others_or_a_link_is_not_used(tmp_path):
    from ui.plots import own_private_folder

    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "elsewhere").mkdir(mode=0o700)
    assert own_private_folder(shared) is None
    assert own_private_folder(link) is None
