"""The Lead Copilot LangGraph: understand the request, retrieve guidance, let the brain call tools in a
bounded loop, compose the reply and check it (citations, message lint, escalation notes).

The brain and retriever are injected (`build_graph(brain=..., retriever=...)`); the team file and today's
date travel in the run config (`configurable.team`, `configurable.today`). `graph` (for `langgraph.json`)
is built lazily with the offline brain, so importing this module touches neither the network nor the index.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import replace
from datetime import date
from typing import Any

from langgraph.config import get_stream_writer
from langgraph.graph import END, START, StateGraph
from langchain_core.runnables import RunnableConfig

from agent.brains.base import Brain, BrainUnavailable, TurnContext
from agent.brains.offline import OfflineBrain, team_summary
from agent.compose import ESCALATION_NOTE, compose_answer, sensitive_answer
from agent.checks import turn_draft_problems
from agent.intent_specs import spec
from agent.situation import Situation
from agent.state import AgentState
from tools.registry import TOOLS

EXTRA_TOOLS = ("search_guidance", "get_team_context")
CITATION_RE = re.compile(r"\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")
PASSAGES_PER_TURN = 5


def _team(config: RunnableConfig | None) -> Any:
    return ((config or {}).get("configurable") or {}).get("team")


def _today(config: RunnableConfig | None) -> date:
    return ((config or {}).get("configurable") or {}).get("today") or date.today()


def _corrections(config: RunnableConfig | None) -> dict[str, Any]:
    return ((config or {}).get("configurable") or {}).get("corrections") or {}


def understand_question(
    question: str, history: list[dict[str, str]], team: Any, today: date, brain: Any = None, corrections: dict[str, Any] | None = None
) -> tuple[Situation, list[str]]:
    """The turn's Situation and notices about it: a short unclear follow-up continues the previous request; a model
    reads the question when its brain says so (LEAD_LLM_UNDERSTAND), else the offline parser does."""
    from agent.understanding import parse_situation

    text = question
    previous = _previous_turn(history)
    if previous and len(question.split()) <= 12:
        own = parse_situation(question, team, today)
        if own.intent in ("guidance", "out_of_scope") and not own.facts:
            text = f"{previous[1]} {question}"  # "and what about the VP?" continues the previous request
    understand = getattr(brain, "understand", None)
    if understand is not None and getattr(brain, "model_understands", False):
        situation, notices = understand(text, team, today, lambda: parse_situation(text, team, today, corrections=corrections))
        for name, value in (corrections or {}).items():
            situation.put(name, value, "question", "corrected by you")
        return situation, notices
    return parse_situation(text, team, today, corrections=corrections), []


def _writer() -> Any:
    try:
        return get_stream_writer()
    except Exception:
        return lambda _event: None


def known_tools() -> list[str]:
    """Every tool name a brain may call."""
    return [*TOOLS, *EXTRA_TOOLS]


def _previous_turn(history: list[dict[str, str]]) -> tuple[str, str] | None:
    """(intent, question) of the last answered turn that used tools or guidance, if any."""
    for i in range(len(history) - 1, 0, -1):
        turn = history[i]
        if turn.get("role") == "assistant" and turn.get("intent") not in (None, "", "sensitive", "out_of_scope"):
            return turn["intent"], history[i - 1].get("content", "")
    return None


def parse_citations(text: str) -> list[int]:
    """Citation numbers in order of first use ("[2]", "[1, 3]")."""
    seen: list[int] = []
    for m in CITATION_RE.finditer(text):
        for part in m.group(1).split(","):
            n = int(part)
            if n not in seen:
                seen.append(n)
    return seen


def build_graph(
    *,
    brain: Brain | None = None,
    retriever: Any = None,
    checkpointer: Any = None,
    max_steps: int = 8,
    fallback: Brain | None = None,
) -> Any:
    """Compile the Lead Copilot graph with an injected brain, retriever and optional checkpointer."""
    brain = brain or OfflineBrain()
    offline = fallback or (brain if not getattr(brain, "remote", False) else OfflineBrain())
    retriever_lock = threading.Lock()

    def search(query: str, k: int, use_for: list[str] | None) -> list[Any]:
        if retriever is None:
            return []
        with retriever_lock:
            found = retriever.search(query, k, use_for=use_for) if use_for else retriever.search(query, k)
            if use_for and len(found) < 3:
                extra = retriever.search(query, k)
                found += [p for p in extra if p.id not in {f.id for f in found}][: k - len(found)]
        return found

    def understand(state: AgentState, config: RunnableConfig) -> dict[str, Any]:
        """Understand the question once: the intents asked for and the facts of the situation, with their sources."""
        situation, notices = understand_question(state.question, state.history, _team(config), _today(config), brain, _corrections(config))
        return {"intent": situation.intent, "situation": situation.model_dump(mode="json"), "notices": [*state.notices, *notices]}

    def retrieve(state: AgentState) -> dict[str, Any]:
        """Retrieve guidance passages for the question, filtered to cards meant for this intent."""
        intent = spec(state.intent)
        use_for = [intent.name] if intent.retrieval_filter else None
        query = f"{state.question} {intent.query_hint}".strip()
        found = search(query, PASSAGES_PER_TURN, use_for)
        return {"passages": [p.to_dict() for p in found]}

    def think(state: AgentState, config: RunnableConfig) -> dict[str, Any]:
        """Ask the brain for the next step: tool calls, or the answer."""
        active = offline if state.fallback else brain
        ctx = TurnContext(
            question=state.question,
            intent=state.intent,
            situation=Situation.model_validate(state.situation),
            team=_team(config),
            passages=state.passages,
            messages=state.messages,
            tool_calls=turn_records(state),
            history=state.history,
            today=_today(config),
        )
        update: dict[str, Any] = {"steps": state.steps + 1}
        notices = list(state.notices)
        fell_back = state.fallback
        try:
            step = active.think(ctx)
        except BrainUnavailable as exc:
            fell_back = True
            notices.append(f"The model endpoint was unreachable ({exc}); this answer comes from the offline brain.")
            update["offline_from"] = len(state.tool_calls)  # the offline brain plans from the Situation, as if fresh
            step = offline.think(replace(ctx, messages=[], tool_calls=[]))
            active = offline
        notices += step.notices
        update["usage"] = [*state.usage, *step.usage]
        update.update(
            notices=notices,
            fallback=fell_back,
            brain="offline (fallback)" if fell_back else active.label,
            model=None if fell_back else active.model,
            assumptions=step.assumptions,
        )
        if step.tool_calls:
            calls = [dict(c) for c in step.tool_calls]
            message = {
                "role": "assistant",
                "content": step.content or None,
                "tool_calls": [
                    {"id": c["id"], "type": "function", "function": {"name": c["name"], "arguments": c.get("model_arguments", c["arguments"])}}
                    for c in calls
                ],
            }
            update.update(pending=calls, messages=[*state.messages, message])
        else:
            update.update(pending=[], answer=step.content)
        return update

    def call_tools(state: AgentState, config: RunnableConfig) -> dict[str, Any]:
        """Run the pending tool calls; invalid arguments and unknown tools come back as error messages."""
        write = _writer()
        records = list(state.tool_calls)
        messages = list(state.messages)
        passages = list(state.passages)
        for call in state.pending:
            record = run_tool(call, team=_team(config), passages=passages, search=search)
            write({"kind": "tool_start", "name": record["name"], "arguments": record["arguments"]})
            records.append(record)
            content = json.dumps({"error": record["error"]} if record["error"] else record["result"], default=str, ensure_ascii=False)
            messages.append({"role": "tool", "tool_call_id": call["id"], "content": content})
            write({"kind": "tool_end", "record": record})
        return {"tool_calls": records, "messages": messages, "passages": passages, "pending": []}

    def stop(state: AgentState) -> dict[str, Any]:
        """End a turn that hit the step limit, answering from the tool results gathered so far."""
        answer = compose_answer(Situation.model_validate(state.situation), state.question, turn_records(state), state.passages)
        notice = (
            f"Stopped after {state.steps} reasoning steps (the limit is {max_steps}, LEAD_MAX_STEPS); "
            "this answer uses the tool results gathered so far."
        )
        return {"answer": answer, "pending": [], "notices": [*state.notices, notice]}

    def decline(state: AgentState) -> dict[str, Any]:
        """Answer sensitive and out-of-scope requests directly, without tools or coaching."""
        answer = compose_answer(Situation.model_validate(state.situation), state.question, [], [])
        return {"answer": answer, "brain": offline.label, "model": None}  # nothing was sent to a model

    def check(state: AgentState, config: RunnableConfig) -> dict[str, Any]:
        """Validate citations against this turn's passages, lint and check drafted messages, ensure escalation notes."""
        answer, citations, notices = verify_answer(state, _today(config), team=_team(config))
        history = [
            {"role": "user", "content": state.question},
            {"role": "assistant", "content": answer, "intent": state.intent},
        ]
        return {"answer": answer, "citations": citations, "notices": notices, "history": history}

    def route_after_understand(state: AgentState) -> str:
        """Sensitive and out-of-scope requests skip retrieval and tools."""
        return "decline" if spec(state.intent).answered_without_tools else "retrieve"

    def route_after_think(state: AgentState) -> str:
        """Run tools while the brain asks for them and steps remain; otherwise check the answer."""
        if state.pending:
            return "call_tools" if state.steps < max_steps else "stop"
        return "check"

    builder = StateGraph(AgentState)
    builder.add_node("understand", understand)
    builder.add_node("retrieve", retrieve)
    builder.add_node("think", think)
    builder.add_node("call_tools", call_tools)
    builder.add_node("stop", stop)
    builder.add_node("decline", decline)
    builder.add_node("check", check)
    builder.add_edge(START, "understand")
    builder.add_conditional_edges("understand", route_after_understand, ["decline", "retrieve"])
    builder.add_edge("retrieve", "think")
    builder.add_conditional_edges("think", route_after_think, ["call_tools", "stop", "check"])
    builder.add_edge("call_tools", "think")
    builder.add_edge("stop", "check")
    builder.add_edge("decline", "check")
    builder.add_edge("check", END)
    return builder.compile(checkpointer=checkpointer)


def turn_records(state: AgentState) -> list[dict[str, Any]]:
    """The tool records of the brain answering this turn: after a fallback only the offline brain's own, so it
    never mistakes the model's failed calls for work done."""
    return state.tool_calls[state.offline_from :]


def run_tool(call: dict[str, Any], *, team: Any, passages: list[dict[str, Any]], search: Any) -> dict[str, Any]:
    """Execute one tool call (validating its JSON arguments) and return its record."""
    from pydantic import ValidationError

    from lead_core.errors import describe_validation_error
    from tools.errors import ToolInputError

    name = call.get("name", "")
    started = time.perf_counter()
    record: dict[str, Any] = {"name": name, "arguments": {}, "result": None, "duration_ms": 0.0, "error": None}
    if call.get("error"):  # the brain could not turn the model's call into the tool's input
        return {**record, "error": call["error"]}
    try:
        raw = call.get("arguments") or "{}"
        arguments = json.loads(raw) if isinstance(raw, str) else dict(raw)
        if not isinstance(arguments, dict):
            raise ValueError("arguments must be a JSON object")
    except (json.JSONDecodeError, ValueError) as exc:
        record["error"] = f"Invalid JSON arguments for {name}: {exc}. Send a JSON object matching the tool's schema."
        return record
    record["arguments"] = arguments
    try:
        if name == "search_guidance":
            record["result"] = _search_guidance(arguments, passages, search)
        elif name == "get_team_context":
            record["result"] = _team_context(arguments, team)
        elif name in TOOLS:
            record["result"] = TOOLS[name].run(arguments).model_dump(mode="json")
        else:
            record["error"] = f"Unknown tool {name!r}; known tools: {', '.join(known_tools())}."
    except ValidationError as exc:
        record["error"] = f"Invalid arguments for {name}: {describe_validation_error(exc)}"
    except (ToolInputError, ValueError, KeyError) as exc:
        record["error"] = f"{name} failed: {exc}"
    record["duration_ms"] = round((time.perf_counter() - started) * 1000, 2)
    return record


def _search_guidance(arguments: dict[str, Any], passages: list[dict[str, Any]], search: Any) -> list[dict[str, Any]]:
    query = str(arguments.get("query") or "").strip()
    if not query:
        raise ValueError("search_guidance needs a non-empty 'query'")
    use_for = arguments.get("use_for")
    found = search(query, 3, [use_for] if isinstance(use_for, str) and use_for else None)
    out = []
    for p in found:
        known = next((i for i, q in enumerate(passages) if q["id"] == p.id), None)
        if known is None:
            passages.append(p.to_dict())
            known = len(passages) - 1
        out.append({"n": known + 1, "id": p.id, "title": p.title, "text": p.text})
    return out


def _team_context(arguments: dict[str, Any], team: Any) -> dict[str, Any]:
    if team is None:
        raise ValueError("no team file is loaded; use what the user said, and ask them for what is missing")
    name = str(arguments.get("name") or "").strip()
    if not name:
        return team_summary(team) or {}
    person = team.person(name)
    if person is not None:
        return person.model_dump(mode="json", exclude_defaults=True)
    project = team.project(name)
    if project is not None:
        return project.model_dump(mode="json", exclude_defaults=True)
    raise ValueError(f"no person or project named {name!r}; known people: {', '.join(p.name for p in team.people)}")


def renumber_citations(answer: str, passages: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Renumber valid [n] markers 1..k in order of first use and build the matching citations.

    Marker n refers to passages[n - 1]; every marker must already be valid. Within one bracket the
    numbers come out sorted and de-duplicated ("[4, 2, 4]" -> "[1, 2]" when 4 was cited first).
    """
    order = parse_citations(answer)
    new_number = {old: i + 1 for i, old in enumerate(order)}

    def _rewrite(m: re.Match[str]) -> str:
        numbers = sorted({new_number[int(part)] for part in m.group(1).split(",")})
        return f"[{', '.join(str(n) for n in numbers)}]"

    citations = []
    for old in order:
        p = passages[old - 1]
        citations.append(
            {"n": new_number[old], "id": p["id"], "card_id": p["card_id"], "title": p["title"], "source": p["source"], "text": p["text"]}
        )
    return CITATION_RE.sub(_rewrite, answer), citations


def verify_answer(
    state: AgentState, today: date | None = None, team: Any = None
) -> tuple[str, list[dict[str, Any]], list[str]]:
    """Check and repair an answer: drop a model's ungrounded numbers and invalid citations, renumber the rest 1..k,
    lint drafts, add the escalation note."""
    from agent.grounding import grounding_sources, strip_ungrounded
    from tools.message import LintInput, lint_message

    answer = state.answer or "I could not produce an answer this time; please rephrase the question."
    notices = list(state.notices)
    if state.model and not state.fallback:  # a model's numbers must come from the user, the team file or a tool
        asked = " ".join([state.question, *(t["content"] for t in state.history if t.get("role") == "user")])
        facts = [json.dumps(getattr(state, "situation", None) or {}, default=str), *(p["text"] for p in state.passages)]
        team_text = team.model_dump_json() if team is not None else None
        answer, invented = strip_ungrounded(answer, grounding_sources(asked, team_text, [r["result"] for r in state.tool_calls], facts))
        if invented:
            notices.append(f"Removed what the model said with {', '.join(invented[:6])}: no such number is in your message, the team file or a tool result.")
            answer = answer or "The model's answer rested on numbers I could not trace to your message, the team file or a tool; please ask again."
    valid = {n for n in range(1, len(state.passages) + 1)}
    used = parse_citations(answer)
    invalid = [n for n in used if n not in valid]
    if invalid:

        def _keep(m: re.Match[str]) -> str:
            kept = [p.strip() for p in m.group(1).split(",") if int(p) in valid]
            return f"[{', '.join(kept)}]" if kept else ""

        answer = CITATION_RE.sub(_keep, answer)
        answer = re.sub(r"[ \t]+([.,;:!?])", r"\1", re.sub(r"[ \t]{2,}", " ", answer))
        notices.append(
            f"Removed citation(s) {', '.join(f'[{n}]' for n in invalid)}: they did not refer to a passage retrieved in this turn."
        )
    answer, citations = renumber_citations(answer, state.passages)
    records = turn_records(state)
    drafts = [r["result"]["body"] for r in records if r["name"] == "draft_message" and r.get("result")]
    if not drafts and spec(state.intent).drafts:
        quoted = "\n".join(line[2:] for line in answer.splitlines() if line.startswith("> "))
        drafts = [quoted] if quoted.strip() else []
    situation = Situation.model_validate(state.situation)
    for body in drafts:
        report = lint_message(LintInput.model_validate(_lint_fields(body, situation, state.question, today)))
        if not report.clean:
            found = "; ".join(f"{f.rule}: {f.message}" for f in report.findings[:3])
            notices.append(f"The drafted message has lint findings ({found}); fix them before sending.")
    for problem in turn_draft_problems(records, situation, state.question, today or date.today()):
        notices.append(f"Check the draft before sending: {problem}.")
    if state.intent == "sensitive" and ESCALATION_NOTE not in answer and "HR" not in answer:
        answer = answer.rstrip() + "\n\n" + sensitive_answer(state.question)
        notices.append("Added the escalation note: this topic needs HR, legal or employee-assistance support.")
    return answer, citations, notices


def _lint_fields(body: str, situation: Situation, question: str, today: date | None = None) -> dict[str, Any]:
    """The lint input for a draft: the audience, the manager's own words (echo) and plain language for a CFO-style reader."""
    from tools.message import LintInput

    from agent.drafting import COARSE_AUDIENCE

    fields: dict[str, Any] = {"text": body, "audience": COARSE_AUDIENCE.get(situation.get("audience") or "", None)}
    optional = {
        "source_text": question,
        "plain_language": situation.get("purpose") == "explain_uncertainty",
        "purpose": situation.get("purpose"),
        "today": today,
    }
    fields.update({k: v for k, v in optional.items() if k in LintInput.model_fields and v is not None})
    return fields


_lazy_graph: Any = None


def __getattr__(name: str) -> Any:
    """`graph` for langgraph.json: the offline-brain graph with the default retriever, built on first access."""
    global _lazy_graph
    if name != "graph":
        raise AttributeError(name)
    if _lazy_graph is None:
        from knowledge.retrieval import open_retriever

        _lazy_graph = build_graph(brain=OfflineBrain(), retriever=open_retriever())
    return _lazy_graph
