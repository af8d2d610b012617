"""The rubric judge: bounded JSON requests with a plain fallback, cut-off verdicts, the rubric by kind of answer,
verdict parsing, the on-disk cache keyed by model+rubric+question+answer."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from lead_core.settings import load_settings
from evals.judge import RUBRICS, RubricJudge, cache_key, graded, kind_of, parse_verdict

RUBRIC = RUBRICS["advice"]


class FakeClient:
    """Mimics client.chat.completions.create, replying with scripted contents (a (content, finish_reason) pair for
    another finish reason) and recording each request's keyword arguments."""

    def __init__(self, *contents):
        self.contents = list(contents)
        self.calls = []
        self.chat = SimpleNamespace(completions=SimpleNamespace(create=self._create))

    def _create(self, **kwargs):
        self.calls.append(kwargs)
        content, finish = self.contents.pop(0), "stop"
        if isinstance(content, tuple):
            content, finish = content
        message = SimpleNamespace(content=content)
        return SimpleNamespace(choices=[SimpleNamespace(message=message, finish_reason=finish)], usage=None)


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


def test_request_is_bounded_and_asks_for_json(tmp_path):
    client = FakeClient('{"score": 4, "reasons": []}')
    RubricJudge(load_settings(home=tmp_path, judge_max_tokens=150), client=client, model="judge-1").grade("q?", "a")
    assert client.calls[0]["max_tokens"] == 150
    assert client.calls[0]["response_format"] == {"type": "json_object"}


def test_judge_max_tokens_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("LEAD_JUDGE_MAX_TOKENS", "120")
    client = FakeClient('{"score": 4, "reasons": []}')
    RubricJudge(load_settings(home=tmp_path), client=client, model="judge-1").grade("q?", "a")
    assert client.calls[0]["max_tokens"] == 120


def test_a_verdict_cut_off_at_the_limit_is_not_graded_nor_cached(tmp_path):
    client = FakeClient(('{"score": 4, "reasons": ["it opens with the ask and then', "length"), '{"score": 3, "reasons": []}')
    judge = RubricJudge(load_settings(home=tmp_path, judge_max_tokens=40), client=client, model="judge-1")
    cut = judge.grade("q?", "a")
    assert cut.score is None and "cut off at 40 tokens" in cut.error
    assert judge.grade("q?", "a").score == 3 and len(client.calls) == 2  # the cut-off verdict was not cached


def test_a_complete_json_verdict_cut_off_after_it_is_still_not_graded(tmp_path):
    client = FakeClient(('{"score": 5, "reasons": []} and furthermore the message', "length"))
    verdict = RubricJudge(load_settings(home=tmp_path), client=client, model="judge-1").grade("q?", "a")
    assert verdict.score is None and "LEAD_JUDGE_MAX_TOKENS" in verdict.error


def test_endpoint_refusing_json_mode_is_asked_again_without_it_and_not_again(tmp_path):
    from tests.support.scripted_openai import ScriptedOpenAI, reply_status, reply_text

    refusal = reply_status(400, "response_format is not supported by this server")
    with ScriptedOpenAI([], default=reply_text('{"score": 2, "reasons": ["invents a date"]}'), structured=refusal) as server:
        settings = load_settings(home=tmp_path, openai_base_url=server.url, openai_api_key="k", model="judge-m")
        judge = RubricJudge(settings)
        first = judge.grade("Tell my VP we slip?", "Hi Ana, we ship 3 March.", kind="message")
        second = judge.grade("Agenda for Bo?", "1. How are you?", kind="agenda")
        asked_json, plain = list(server.structured_requests), list(server.requests)
    assert (first.score, first.error, second.score) == (2, None, 2)
    assert len(asked_json) == 1 and len(plain) == 2  # refused once, then never asked for again
    assert all(b["max_tokens"] == settings.judge_max_tokens and "response_format" not in b for b in plain)


def test_endpoint_accepting_json_mode_answers_in_one_request(tmp_path):
    from tests.support.scripted_openai import ScriptedOpenAI, reply_text

    with ScriptedOpenAI([], structured=reply_text('{"score": 5, "reasons": ["greets Ana"]}')) as server:
        settings = load_settings(home=tmp_path, openai_base_url=server.url, openai_api_key="k", model="judge-m")
        verdict = RubricJudge(settings).grade("Tell my VP we slip?", "Hi Ana, we ship 3 March.", kind="message")
        assert len(server.structured_requests) == 1 and not server.requests
        assert server.structured_requests[0]["response_format"] == {"type": "json_object"}
    assert (verdict.score, verdict.output_tokens) == (5, 5)


def test_other_endpoint_errors_are_error_verdicts_without_a_plain_retry(tmp_path):
    from tests.support.scripted_openai import ScriptedOpenAI, reply_status

    with ScriptedOpenAI([reply_status(401, "bad key")]) as server:
        settings = load_settings(home=tmp_path, openai_base_url=server.url, openai_api_key="k", model="judge-m", llm_retries=0)
        verdict = RubricJudge(settings).grade("q?", "a")
        assert len(server.requests) == 1
    assert verdict.score is None and "AuthenticationError" in verdict.error


def test_rubric_follows_the_kind_of_answer(tmp_path):
    assert (kind_of("stakeholder_message"), kind_of("one_on_one"), kind_of("reprioritization")) == ("message", "agenda", "advice")
    client = FakeClient(*['{"score": 3, "reasons": []}'] * 3)
    judge = RubricJudge(load_settings(home=tmp_path), client=client, model="judge-1")
    verdicts = [judge.grade("same question?", "same answer", kind=k) for k in ("message", "agenda", "advice")]
    sent = [c["messages"][0]["content"] for c in client.calls]
    assert sent == [RUBRICS["message"], RUBRICS["agenda"], RUBRICS["advice"]]
    assert "send" in sent[0] and "1-on-1" in sent[1] and [v.kind for v in verdicts] == ["message", "agenda", "advice"]


def test_every_draft_or_agenda_case_is_graded_and_others_only_when_marked():
    assert graded(SimpleNamespace(judge=False, category="drafts"))
    assert graded(SimpleNamespace(judge=False, category="agendas"))
    assert graded(SimpleNamespace(judge=True, category="understanding"))
    assert not graded(SimpleNamespace(judge=False, category="understanding"))
