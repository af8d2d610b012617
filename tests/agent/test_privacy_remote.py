"""Privacy mode end to end through the scripted OpenAI server: what the endpoint received never holds a team
name, whatever its script (Latin with diacritics, CJK, Cyrillic, Arabic) and however it was serialised."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from agent.brains.openai_brain import OpenAIBrain
from agent.privacy import Pseudonymizer
from agent.service import Copilot
from lead_core.settings import load_settings
from tests.agent.conftest import TODAY
from tests.agent.test_graph import MemoryRetriever
from tests.support.scripted_openai import ScriptedOpenAI, reply_text, reply_tool
from tools.team import Team

NAMES = ["Zoë", "Søren", "王伟", "Дмитрий", "محمد"]


def unicode_team() -> Team:
    people = [{"name": n, "role": "ML engineer", "blockers": [f"{n} waits on the data snapshot"]} for n in NAMES[:4]]
    inbox = [{"title": "Churn dashboard", "requester": NAMES[4]}]
    return Team.model_validate({"team": "Global ML", "manager": "Ingrid", "people": people, "inbox": inbox})


def make(server: ScriptedOpenAI, tmp_path, **overrides: Any) -> Copilot:
    options = {"openai_base_url": server.url, "openai_api_key": "k", "model": "scripted-model", "brain": "openai",
               "llm_retries": 0, "home": tmp_path}
    options.update(overrides)
    settings = load_settings(**options)
    return Copilot(settings, brain=OpenAIBrain(settings, backoff_base=0.01), retriever=MemoryRetriever(),
                   checkpointer_path=tmp_path / "c.sqlite", today=TODAY)


def _strings(value: Any) -> list[str]:
    """Every string in a decoded request body, descending into strings that are themselves JSON."""
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(k) + _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, str):
        try:
            inner = json.loads(value)
        except (json.JSONDecodeError, ValueError):
            return [value]
        return [value, *_strings(inner)] if isinstance(inner, (dict, list, str)) else [value]
    return []


def received_text(server: ScriptedOpenAI) -> str:
    """What the endpoint saw, decoded (JSON escapes resolved), NFC-normalised and case-folded."""
    text = "\n".join(s for body in server.requests for s in _strings(body))
    return unicodedata.normalize("NFC", text).casefold()


def test_non_ascii_names_never_reach_the_endpoint(tmp_path):
    team = unicode_team()
    pseudo = Pseudonymizer.for_team(team)
    zoe, wang = pseudo.encode("Zoë"), pseudo.encode("王伟")
    assert zoe.startswith("Person_") and wang.startswith("Person_")
    script = [
        reply_tool("get_team_context", {}, ("get_team_context", {"name": zoe})),
        reply_tool("draft_message", {"audience": "executive", "purpose": "status_update",
                                     "facts": {"summary": f"{wang} and {zoe} are blocked"}}),
        reply_text(f"Unblock {zoe} first, then {wang}."),
    ]
    question = "How do I help Zoë and Søren? 王伟 and Дмитрий are blocked, and محمد keeps asking them for advice."
    with ScriptedOpenAI(script, default=reply_text("ok")) as server:
        copilot = make(server, tmp_path)
        r = copilot.ask(question, team=team)
        copilot.close()
    assert [t.name for t in r.tool_calls][:2] == ["get_team_context", "get_team_context"]
    assert r.tool_calls[1].arguments == {"name": "Zoë"} and r.tool_calls[1].result["name"] == "Zoë"
    assert r.answer.startswith("Unblock Zoë first, then 王伟.")  # the draft it left out is appended, composed locally
    seen = received_text(server)
    assert len(server.requests) >= 3
    for name in [*NAMES, "Ingrid"]:
        assert name.casefold() not in seen, f"{name} reached the endpoint"
    assert zoe.casefold() in seen and wang.casefold() in seen


def test_tool_messages_are_sent_unescaped(tmp_path):
    """Tool results travel as readable UTF-8 JSON, so nothing hides behind \\u escapes."""
    team = unicode_team()
    with ScriptedOpenAI([reply_tool("get_team_context", {}), reply_text("ok")]) as server:
        copilot = make(server, tmp_path, privacy="off")
        copilot.ask("Prepare my 1-on-1 agenda with Zoë.", team=team)
        copilot.close()
    tool = [m for m in server.requests[1]["messages"] if m["role"] == "tool"][0]["content"]
    assert "Zoë" in tool and "\\u" not in tool


def test_privacy_label_names_every_endpoint_in_use(tmp_path):
    """An offline brain with remote embeddings is not "local": the label names the embedding endpoint."""
    from agent.brains.offline import OfflineBrain

    url = "http://127.0.0.1:9/v1"
    settings = load_settings(home=tmp_path, brain="offline", embeddings="openai", openai_base_url=url, privacy="off")
    copilot = Copilot(settings, brain=OfflineBrain(), retriever=MemoryRetriever(), checkpointer_path=tmp_path / "c.sqlite")
    assert copilot.privacy != "local" and f"embeddings at {url}" in copilot.privacy
    with ScriptedOpenAI([reply_text("ok")]) as server:
        chat = make(server, tmp_path, embeddings="openai", chroma_url="http://127.0.0.1:8000")
        label = chat.ask("How often should I hold one-on-ones?").privacy
        chat.close()
    assert label.startswith("on ") and f"chat model at {server.url}" in label
    assert f"embeddings at {server.url}" in label and "Chroma server at http://127.0.0.1:8000" in label
    local = Copilot(load_settings(home=tmp_path, brain="offline"), brain=OfflineBrain(), retriever=MemoryRetriever())
    assert local.privacy == "local"


def test_banner_never_says_nothing_leaves_when_something_does():
    from agent.privacy import describe_privacy

    remote = describe_privacy("off (sent to: embeddings at https://api.example.com/v1)")
    assert "nothing leaves" not in remote and "embeddings at https://api.example.com/v1" in remote
    assert "nothing leaves this machine" in describe_privacy("local")
