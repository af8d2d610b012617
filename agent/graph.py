"""The Lead Copilot LangGraph: understand the request, retrieve guidance, let the brain call tools in a
bounded loop, compose the reply and check it (citations, message lint, escalation notes).

Nodes are module-level functions; what a run needs besides its state (the brain, the retriever, the team
file, today's date) is LangGraph's run context, `GraphContext` (`context_schema`). `build_graph(brain=...,
retriever=...)` binds those as the graph's default context, and the service adds the team and date per run.
`graph` (for `langgraph.json`) is built lazily with the offline brain, so importing this module touches
neither the network nor the index.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.runtime import Runtime

from agent.brains.base import BrainUnavailable, TurnContext
from agent.brains.offline import OfflineBrain
from agent.compose import ESCALATION_NOTE, FLAGGED_LABEL, LINTED_LABEL, compose_answer, not_ready_label, sensitive_answer
from agent.checks import drafted_sources, echo_source, known_values, still_unclear, turn_draft_problems, unused_mentions
from tools.readable import mend
from agent.intent_specs import spec
from agent.review import completed_answer, unsupported_answer
from agent.situation import Situation, Unused
from agent.state import AgentState
from agent.tool_results import all_results
from tools.registry import TOOLS

CITATION_RE = re.compile(r"\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")
PASSAGES_PER_TURN = 5
GUIDANCE_HITS = 3


@dataclass
class GraphContext:
    """What a run needs besides its state (the graph's `context_schema`); never checkpointed."""

    brain: Any = None
    """The brain that plans and answers (a `Brain`); None: the offline brain."""

    fallback: Any = None
    """The offline brain that answers when `brain` is unreachable; None: `brain` itself when it is local."""

    retriever: Any = None
    """Searches the guidance (`knowledge.retrieval`); None: no guidance is retrieved."""

    max_steps: int = 8
    """Most brain/tool rounds per turn (LEAD_MAX_STEPS)."""

    team: Any = None
    """The team file (`tools.team.Team`) for this run, or None."""

    today: date | None = None
    """The run's date; None: today."""

    corrections: dict[str, Any] = field(default_factory=dict)
    """Facts the user corrected (fact name -> value); they override what was understood."""

    retriever_lock: Any = field(default_factory=threading.Lock)
    """One search at a time on the shared retriever (kept when a run's context is derived from the defaults)."""

    def __post_init__(self) -> None:
        self.brain = self.brain or OfflineBrain()
        if self.fallback is None:
            self.fallback = self.brain if not getattr(self.brain, "remote", False) else OfflineBrain()

    @property
    def run_date(self) -> date:
        """The run's date."""
        return self.today or date.today()

    def search(self, query: str, k: int, use_for: list[str] | None) -> list[Any]:
        """Up to k guidance passages, preferring cards meant for `use_for`, topped up unfiltered when those are few."""
        if self.retriever is None:
            return []
        with self.retriever_lock:
            found = self.retriever.search(query, k, use_for=use_for) if use_for else self.retriever.search(query, k)
            if use_for and len(found) < 3:
                extra = self.retriever.search(query, k)
                found += [p for p in extra if p.id not in {f.id for f in found}][: k - len(found)]
        return found


class CopilotGraph(CompiledStateGraph):
    """The compiled graph with the context `build_graph` was given as each run's default.

    A run's own context wins: a `GraphContext`, or a dict of fields laid over the defaults (what LangGraph's
    API server sends).
    """

    def __init__(self, *, default_context: GraphContext | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.default_context = default_context or GraphContext()

    def run_context(self, context: Any = None, **overrides: Any) -> GraphContext:
        """The context for one run: the defaults with `context` (a dict or a GraphContext) and `overrides` on top."""
        if isinstance(context, GraphContext):
            return replace(context, **overrides) if overrides else context
        known = {f.name for f in fields(GraphContext)}
        given = {k: v for k, v in {**(context or {}), **overrides}.items() if k in known}
        return replace(self.default_context, **given) if given else self.default_context

    def stream(self, input: Any, config: Any = None, *, context: Any = None, **kwargs: Any) -> Any:
        return super().stream(input, config, context=self.run_context(context), **kwargs)

    def astream(self, input: Any, config: Any = None, *, context: Any = None, **kwargs: Any) -> Any:
        return super().astream(input, config, context=self.run_context(context), **kwargs)


def understand_question(
    question: str, history: list[dict[str, str]], team: Any, today: date, brain: Any = None, corrections: dict[str, Any] | None = None
) -> tuple[Situation, list[str]]:
    """The turn's Situation and notices about it: a short follow-up that leans on the previous turn continues its
    request, or takes its facts when it asks for something new on top (agent/routing.py); a model reads the question when its brain says so (LEAD_LLM_UNDERSTAND), else the
    offline parser does."""
    from agent.routing import FOLLOW_UP_WORDS, builds_on_previous, continues_previous, two_readings
    from agent.understanding import parse_situation

    text, own = question, None
    previous = _previous_turn(history)
    if previous and len(question.split()) <= FOLLOW_UP_WORDS:
        own = parse_situation(question, team, today)
        if continues_previous(question, own.intent):
            text, own = f"{previous[1]} {question}", None  # "and what about the VP?" continues the previous request
        elif builds_on_previous(question, own.intent):
            joined = f"{previous[1]}\n{question}"
            built = parse_situation(joined, team, today)
            if own.intent in built.intents:  # "now draft the note to Dana": the earlier facts, this turn's ask
                text, own = joined, built

    def parse() -> Situation:
        """The offline parse of `text`, reusing the one above when it read the same text with no corrections."""
        return own if own is not None and not corrections else parse_situation(text, team, today, corrections=corrections)

    understand = getattr(brain, "understand", None)
    if understand is not None and getattr(brain, "model_understands", False):
        situation, notices = understand(text, team, today, parse)
        for name, value in (corrections or {}).items():
            situation.put(name, value, "question", "corrected by you")
    else:
        situation, notices = parse(), []
    situation.clarifying_question = situation.clarifying_question or two_readings(question, situation)
    return situation, notices


def known_tools() -> list[str]:
    """Every tool name a brain may call."""
    return list(TOOLS)


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


def understand(state: AgentState, runtime: Runtime[GraphContext]) -> dict[str, Any]:
    """Understand the question once: the intents asked for and the facts of the situation, with their sources."""
    from agent.understanding.text import self_corrected

    ctx = runtime.context
    question = self_corrected(state.question)  # 'with wynn no wait sorry not wynn with Morwen': what they meant, read once for the whole turn
    situation, notices = understand_question(question, state.history, ctx.team, ctx.run_date, ctx.brain, ctx.corrections)
    return {"intent": situation.intent, "situation": situation.model_dump(mode="json"), "notices": [*state.notices, *notices], "question": question}


def retrieve(state: AgentState, runtime: Runtime[GraphContext]) -> dict[str, Any]:
    """Retrieve guidance passages for the question, filtered to cards meant for this intent."""
    intent = spec(state.intent)
    use_for = [intent.name] if intent.retrieval_filter else None
    query = f"{state.question} {intent.query_hint}".strip()
    found = runtime.context.search(query, PASSAGES_PER_TURN, use_for)
    return {"passages": [p.to_dict() for p in found]}


def think(state: AgentState, runtime: Runtime[GraphContext]) -> dict[str, Any]:
    """Ask the brain for the next step: tool calls, or the answer."""
    ctx = runtime.context
    active = ctx.fallback if state.fallback else ctx.brain
    turn = TurnContext(
        question=state.question,
        intent=state.intent,
        situation=Situation.model_validate(state.situation),
        team=ctx.team,
        passages=state.passages,
        messages=state.messages,
        tool_calls=turn_records(state),
        history=state.history,
        today=ctx.run_date,
    )
    update: dict[str, Any] = {"steps": state.steps + 1}
    notices = list(state.notices)
    fell_back = state.fallback
    spent: list[dict[str, Any]] = []
    try:
        step = active.think(turn)
        reviewed = None if fell_back or not getattr(active, "remote", False) else unsupported_answer(step, turn, ctx.fallback)
        if reviewed is None and not fell_back and getattr(active, "remote", False):
            step = completed_answer(step, turn)
    except BrainUnavailable as exc:
        spent = exc.usage  # requests that got a reply count, even when the reply could not be used
        reviewed = (f"The model's reply could not be used ({exc})" if exc.usage else f"The model endpoint was unreachable ({exc})"), None
    if reviewed is not None:
        reason, fresh = reviewed
        spent = step.usage if fresh is not None else spent  # the model's request was made, even if its answer is not used
        fell_back = True
        notices.append(f"{reason}; this answer comes from the offline brain.")
        update["offline_from"] = len(state.tool_calls)  # the offline brain plans from the Situation, as if fresh
        step = fresh or ctx.fallback.think(replace(turn, messages=[], tool_calls=[]))
        active = ctx.fallback
    update.update(
        usage=[*state.usage, *spent, *step.usage],
        notices=[*notices, *(n for n in step.notices if n not in notices)],  # a repeated tool call repeats its assumptions
        fallback=fell_back,
        brain="offline (fallback)" if fell_back else active.label,
        model=None if fell_back else active.model,
        assumptions=step.assumptions,
    )
    if step.tool_calls:
        calls = [dict(c) for c in step.tool_calls]
        update.update(pending=calls, messages=[*state.messages, _assistant_message(step.content, calls)])
    else:
        update.update(pending=[], answer=step.content)
    return update


def _assistant_message(content: str | None, calls: list[dict[str, Any]]) -> dict[str, Any]:
    """The brain's tool calls as an assistant message in OpenAI chat format."""
    return {
        "role": "assistant",
        "content": content or None,
        "tool_calls": [
            {"id": c["id"], "type": "function", "function": {"name": c["name"], "arguments": c.get("model_arguments", c["arguments"])}}
            for c in calls
        ],
    }


def call_tools(state: AgentState, runtime: Runtime[GraphContext]) -> dict[str, Any]:
    """Run the pending tool calls; invalid arguments and unknown tools come back as error messages."""
    write = runtime.stream_writer
    records = list(state.tool_calls)
    messages = list(state.messages)
    passages = list(state.passages)
    search = guidance_search(runtime.context, passages)
    for call in state.pending:
        record = run_tool(call, team=runtime.context.team, search=search)
        write({"kind": "tool_start", "name": record["name"], "arguments": record["arguments"]})
        records.append(record)
        content = json.dumps({"error": record["error"]} if record["error"] else record["result"], default=str, ensure_ascii=False)
        messages.append({"role": "tool", "tool_call_id": call["id"], "content": content})
        write({"kind": "tool_end", "record": record})
    return {"tool_calls": records, "messages": messages, "passages": passages, "pending": []}


def guidance_search(ctx: GraphContext, passages: list[dict[str, Any]]) -> Any:
    """The search `search_guidance` runs: hits numbered as citations, new passages appended to the turn's."""

    def search(query: str, use_for: str | None) -> list[dict[str, Any]]:
        hits = []
        for p in ctx.search(query, GUIDANCE_HITS, [use_for] if use_for else None):
            known = next((i for i, q in enumerate(passages) if q["id"] == p.id), None)
            if known is None:
                passages.append(p.to_dict())
                known = len(passages) - 1
            hits.append({"n": known + 1, "id": p.id, "title": p.title, "text": p.text})
        return hits

    return search


def stop(state: AgentState, runtime: Runtime[GraphContext]) -> dict[str, Any]:
    """End a turn that hit the step limit, answering from the tool results gathered so far."""
    answer = compose_answer(Situation.model_validate(state.situation), state.question, turn_records(state), state.passages)
    notice = (
        f"Stopped after {state.steps} reasoning steps (the limit is {runtime.context.max_steps}, LEAD_MAX_STEPS); "
        "this answer uses the tool results gathered so far."
    )
    return {"answer": answer, "pending": [], "notices": [*state.notices, notice]}


def decline(state: AgentState, runtime: Runtime[GraphContext]) -> dict[str, Any]:
    """Answer sensitive and out-of-scope requests directly, without tools or a model: a sensitive people situation
    (a bereavement, a complaint, burnout...) from its guidance card, cited; anything else pointed to the right people."""
    from agent.sensitive import topic_passages

    passages = topic_passages(state.question) if state.intent == "sensitive" else []
    answer = compose_answer(Situation.model_validate(state.situation), state.question, [], passages, runtime.context.run_date)
    # Nothing was sent to a model.
    return {"answer": answer, "passages": passages, "brain": runtime.context.fallback.label, "model": None}


def check(state: AgentState, runtime: Runtime[GraphContext]) -> dict[str, Any]:
    """Validate citations against this turn's passages, lint and check drafted messages, ensure escalation notes; an
    answer that is not the form the ask names (a forecast's question back when a message to the CEO was asked for) is
    sent back once to be answered as that form."""
    from agent.routing import misfit

    wanted = None if state.rerouted else misfit(state.question, Situation.model_validate(state.situation).intents, state.answer)
    if wanted is not None:
        return {"reroute_to": wanted}
    answer, citations, notices = verify_answer(state, runtime.context.run_date, team=runtime.context.team)
    history = [
        {"role": "user", "content": state.question},
        {"role": "assistant", "content": answer, "intent": state.intent},
    ]
    out = {"answer": answer, "citations": citations, "notices": notices, "history": history}
    situation = Situation.model_validate(state.situation)
    if not situation.clarifying_question:  # what the manager named and the answer leaves out is said as not used
        unused = unused_mentions(situation, state.question, answer, runtime.context.team)
        unclear = still_unclear(situation, answer)
        if unused or unclear != situation.unclear:
            situation.unused = [Unused(words=w, what=what) for w, what in unused]
            situation.unclear = unclear
            out["situation"] = situation.model_dump(mode="json")
    return out


def reroute(state: AgentState, runtime: Runtime[GraphContext]) -> dict[str, Any]:
    """Read the question again as the kind of answer its ask names and start this turn's work over (once)."""
    from agent.routing import FORM_NAMES
    from agent.understanding import parse_situation

    ctx = runtime.context
    situation = parse_situation(state.question, ctx.team, ctx.run_date, corrections=ctx.corrections, intent=state.reroute_to)
    notice = f"You asked for {FORM_NAMES[state.reroute_to]}, and the first reading ({state.intent.replace('_', ' ')}) did not give one; this answer is {FORM_NAMES[state.reroute_to]}."
    return {
        "intent": situation.intent, "situation": situation.model_dump(mode="json"), "passages": [], "messages": [], "pending": [],
        "tool_calls": [], "answer": "", "assumptions": [], "notices": [*state.notices, notice], "steps": 0, "offline_from": 0,
        "reroute_to": "", "rerouted": True,
    }


def route_after_check(state: AgentState) -> str:
    """Answer again when the answer did not fit the ask; otherwise the turn is done."""
    return "reroute" if state.reroute_to and not state.rerouted else END


def route_after_understand(state: AgentState) -> str:
    """Sensitive and out-of-scope requests skip retrieval and tools."""
    return "decline" if spec(state.intent).answered_without_tools else "retrieve"


def route_after_think(state: AgentState, runtime: Runtime[GraphContext]) -> str:
    """Run tools while the brain asks for them and steps remain; otherwise check the answer."""
    if state.pending:
        return "call_tools" if state.steps < runtime.context.max_steps else "stop"
    return "check"


def build_graph(
    *,
    brain: Any = None,
    retriever: Any = None,
    checkpointer: Any = None,
    max_steps: int = 8,
    fallback: Any = None,
) -> CopilotGraph:
    """Compile the Lead Copilot graph; the brain, retriever and step limit become each run's default context."""
    builder = StateGraph(AgentState, context_schema=GraphContext)
    for node in (understand, retrieve, think, call_tools, stop, decline, check, reroute):
        builder.add_node(node.__name__, node)
    builder.add_edge(START, "understand")
    builder.add_conditional_edges("understand", route_after_understand, ["decline", "retrieve"])
    builder.add_edge("retrieve", "think")
    builder.add_conditional_edges("think", route_after_think, ["call_tools", "stop", "check"])
    builder.add_edge("call_tools", "think")
    builder.add_edge("stop", "check")
    builder.add_edge("decline", "check")
    builder.add_conditional_edges("check", route_after_check, ["reroute", END])
    builder.add_edge("reroute", "retrieve")
    compiled = builder.compile(checkpointer=checkpointer)
    defaults = GraphContext(brain=brain, fallback=fallback, retriever=retriever, max_steps=max_steps)
    return CopilotGraph(default_context=defaults, **{k: v for k, v in vars(compiled).items() if k != "__orig_class__"})


def turn_records(state: AgentState) -> list[dict[str, Any]]:
    """The tool records of the brain answering this turn: after a fallback only the offline brain's own, so it
    never mistakes the model's failed calls for work done."""
    return state.tool_calls[state.offline_from :]


def run_tool(call: dict[str, Any], *, team: Any, search: Any) -> dict[str, Any]:
    """Execute one tool call through the registry (validating its JSON arguments) and return its record."""
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
    tool = TOOLS.get(name)
    try:
        if tool is None:
            record["error"] = f"Unknown tool {name!r}; known tools: {', '.join(known_tools())}."
        else:
            record["result"] = tool.run(arguments, team=team, search=search).model_dump(mode="json")
    except ValidationError as exc:
        record["error"] = f"Invalid arguments for {name}: {describe_validation_error(exc)}"
    except (ToolInputError, ValueError, KeyError) as exc:
        record["error"] = f"{name} failed: {exc}"
    record["duration_ms"] = round((time.perf_counter() - started) * 1000, 2)
    return record


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
    from agent.grounding import answer_sources, strip_ungrounded
    from tools.message import LintInput, lint_message

    answer = state.answer or "I could not produce an answer this time; please rephrase the question."
    notices = list(state.notices)
    if state.model and not state.fallback:  # a model's numbers must come from the user, the team file or a tool
        sources = answer_sources(state.question, state.history, state.situation, state.passages, team, [r["result"] for r in state.tool_calls])
        answer, invented = strip_ungrounded(answer, sources)
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
    drafts = [draft.body for draft in all_results(records, "draft_message") if not any(n.startswith("Unchanged: ") for n in draft.notes)]  # a rewrite that changed nothing is not shown
    if not drafts and spec(state.intent).drafts:
        quoted = "\n".join(line[2:] for line in answer.splitlines() if line.startswith("> "))
        drafts = [quoted] if quoted.strip() else []
    situation = Situation.model_validate(state.situation)
    sources = drafted_sources(records, state.question)  # what the manager told the writer, per draft
    for i, body in enumerate(drafts):
        source = sources[i] if i < len(sources) else state.question
        report = lint_message(LintInput.model_validate(_lint_fields(body, situation, source, today)))
        if not report.clean:
            found = "; ".join(f"{f.rule}: {f.message}" for f in report.findings[:3])
            notices.append(f"The drafted message has lint findings ({found}); fix them before sending.")
    linted = len(notices)
    problems = turn_draft_problems(records, situation, state.question, today or date.today())
    for problem in problems:
        notices.append(f"Check the draft before sending: {problem}.")
    missing = [p.detail for p in problems if p.check in ("dropped", "dropped-fact")]
    if missing:  # a stated fact the draft lost: never presented as ready, and what is missing is named
        answer = answer.replace(LINTED_LABEL, not_ready_label(missing)).replace(FLAGGED_LABEL, not_ready_label(missing))
    if len(notices) > linted or any(n.startswith("The drafted message has lint findings") for n in notices[:linted]):
        answer = answer.replace(LINTED_LABEL, FLAGGED_LABEL)  # never say a check passed when it did not
    if state.intent == "sensitive" and ESCALATION_NOTE not in answer and "HR" not in answer:
        answer = answer.rstrip() + "\n\n" + sensitive_answer(state.question)
        notices.append("Added the escalation note: this topic needs HR, legal or employee-assistance support.")
    answer, _ = mend(answer, known_values(situation, today))  # a doubled word, list mark or empty slot never reaches the reader
    return answer, citations, notices


def _lint_fields(body: str, situation: Situation, question: str, today: date | None = None) -> dict[str, Any]:
    """The lint input for a draft: the audience, the manager's own words (echo) and plain language for a CFO-style reader."""
    from typing import get_args

    from tools.message import LintInput, Purpose

    from agent.drafting import COARSE_AUDIENCE

    fields: dict[str, Any] = {"text": body, "audience": COARSE_AUDIENCE.get(situation.get("audience") or "", None)}
    optional = {
        "source_text": echo_source(question, situation.get("draft_text")),
        "plain_language": situation.get("purpose") == "explain_uncertainty",
        "purpose": situation.get("purpose") if situation.get("purpose") in get_args(Purpose) else None,
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
