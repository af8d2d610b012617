"""The rubric judge: verdict parsing, on-disk cache keyed by model+rubric+question+answer, atomic writes."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from lead_core.settings import load_settings
from evals.judge import RUBRIC, RubricJudge, cache_key, parse_verdict


class FakeClient:
    """Mimics client.chat.completions.create, replying with scripted contents and counting calls."""

    def __init__(self, *contents):
        self.contents = list(contents)
        self.calls = []
        self.chat = SimpleNamespace(completions=SimpleNamespace(create=self._create))

    def _create(self, **kwargs):
        self.calls.append(kwargs)
        content = self.contents.pop(0)
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=content))])


def test_parse_verdict_accepts_json_in_prose_and_rejects_bad_scores():
    v = parse_verdict('Sure! {"score": 4, "reasons": ["leads with decision"]} done')
    assert v.score == 4 and v.reasons == ["leads with decision"]
    with pytest.raises(ValueError, match="invalid"):
        parse_verdict('{"score": 9, "reasons": []}')
    with pytest.raises(ValueError, match="JSON object"):
        parse_verdict("four out of five")


def test_cache_key_depends_on_every_part():
    base = cache_key("m", RUBRIC, "q", "a")
    assert base != cache_key("m2", RUBRIC, "q", "a")
    assert base != cache_key("m", RUBRIC + "x", "q", "a")
    assert base != cache_key("m", RUBRIC, "q2", "a")
    assert base != cache_key("m", RUBRIC, "q", "a2")
    assert cache_key("ab", RUBRIC, "c", "d") != cache_key("a", RUBRIC, "bc", "d")


def test_second_grade_comes_from_cache(tmp_path):
    client = FakeClient('{"score": 4, "reasons": ["no confidence range"]}')
    judge = RubricJudge(load_settings(home=tmp_path), client=client, model="judge-1")
    first = judge.grade("How do I tell my VP?", "Let her finish [1].")
    second = RubricJudge(load_settings(home=tmp_path), client=client, model="judge-1").grade(
        "How do I tell my VP?", "Let her finish [1]."
    )
    assert len(client.calls) == 1
    assert (first.score, first.reasons, first.cached) == (4, ["no confidence range"], False)
    assert (second.score, second.reasons, second.cached) == (4, ["no confidence range"], True)
    files = list((tmp_path / "judge-cache").iterdir())
    assert [f.name for f in files] == [cache_key("judge-1", RUBRIC, "How do I tell my VP?", "Let her finish [1].") + ".json"]
    assert json.loads(files[0].read_text())["score"] == 4
    assert client.calls[0]["temperature"] == 0 and client.calls[0]["messages"][0]["content"] == RUBRIC


def test_failed_grade_is_reported_and_not_cached(tmp_path):
    client = FakeClient("no idea", '{"score": 2, "reasons": ["blames the team"]}')
    judge = RubricJudge(load_settings(home=tmp_path), client=client, model="judge-1")
    bad = judge.grade("q?", "a")
    assert bad.score is None and "JSON object" in bad.error
    good = judge.grade("q?", "a")
    assert good.score == 2 and len(client.calls) == 2


def test_judge_against_scripted_server_caches_across_runs(tmp_path):
    from tests.support.scripted_openai import ScriptedOpenAI, reply_text

    verdicts = [reply_text('{"score": 4, "reasons": ["leads with the decision"]}'),
                reply_text('{"score": 2, "reasons": ["blames the data team"]}')]  # fmt: skip
    pairs = [("Tell my VP?", "Priya finishes first [1]."), ("Explain the miss?", "The data team broke it.")]
    with ScriptedOpenAI(verdicts) as server:
        settings = load_settings(home=tmp_path, openai_base_url=server.url, openai_api_key="test-key", model="judge-m")
        first = [RubricJudge(settings).grade(q, a) for q, a in pairs]
        assert len(server.requests) == 2
        assert server.requests[0]["model"] == "judge-m" and server.requests[0]["messages"][0]["content"] == RUBRIC
        second = [RubricJudge(settings).grade(q, a) for q, a in pairs]
        assert len(server.requests) == 2  # the rerun made zero requests
    assert [(v.score, v.reasons) for v in first] == [(v.score, v.reasons) for v in second]
    assert [v.score for v in first] == [4, 2] and all(v.cached for v in second)


def test_privacy_on_pseudonymises_team_names_before_sending(tmp_path, team_file):
    from tools.team import load_team

    client = FakeClient('{"score": 5, "reasons": []}')
    judge = RubricJudge(load_settings(home=tmp_path, privacy="on"), client=client, model="judge-1")
    judge.grade("Should Priya finish?", "Yes, Priya finishes first.", team=load_team(team_file))
    sent = client.calls[0]["messages"][1]["content"]
    assert "Priya" not in sent and "finish" in sent
