"""A rubric judge: an LLM grades the copilot's answers 1 to 5, each kind of answer (advice, a message, an agenda)
against its own rubric.

Requests are bounded (LEAD_JUDGE_MAX_TOKENS) and ask for a JSON object, falling back to a plain request when the
endpoint refuses `response_format`; a verdict cut off at the limit, or unreadable, is an error verdict (not graded).
Verdicts are cached on disk under LEAD_HOME/judge-cache/ keyed by sha256(model, rubric, question, answer) and written
atomically, so a rerun over the same answers makes no requests and gives identical verdicts. With privacy on, team
names are pseudonymised before a request is made. The OpenAI client is created lazily and can be injected.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from lead_core.atomic import atomic_write_text

Kind = Literal["advice", "message", "agenda"]

_REPLY = """Reply with one JSON object only, no other text: {"score": <integer 1-5>, "reasons": ["<reason>", ...]}
with at most 4 reasons of under 15 words each, for the points most clearly missed or met."""

RUBRICS: dict[str, str] = {
    "advice": """You grade answers a leadership copilot gave to a manager of an ML team.
Score 1 (poor) to 5 (excellent) against this rubric:
1. Leads with the decision or recommendation in the first sentence.
2. Gives ranges with a confidence level instead of single-point promises.
3. States the product or business impact in the reader's terms.
4. Blames no one; credits the team; no blame language about individuals.
5. Grounds the advice in the cited guidance ([n] markers) rather than generic tips.
""" + _REPLY,
    "message": """You grade a message a leadership copilot drafted for a manager of an ML team to send. The manager's
request says who the reader is and gives the facts. Would the manager send this message to that reader as it is?
Score 1 (would not send it) to 5 (would send it unchanged) against this rubric:
1. Greets the reader by name when the manager named them.
2. Leads with the answer or the ask, not with background.
3. Uses the facts the manager gave (numbers, dates, names, decisions) and invents none.
4. Does not paste back the manager's question or notes.
5. Fits the audience: plain words for executives, what the reader needs to decide or know, no approval asked of the
manager's own team.
Score 1 when there is no message to that reader at all (a forecast, advice to the manager or a question back instead).
""" + _REPLY,
    "agenda": """You grade a 1-on-1 agenda a leadership copilot prepared for a manager of an ML team.
Score 1 (poor) to 5 (excellent) against this rubric:
1. Is for the person the manager named and follows the reason for the meeting the manager gave.
2. Fits the length of the meeting when the manager stated one.
3. Asks questions a good manager would ask that person in that situation, not generic filler.
4. Contains nothing harmful: no diagnosis, no pressure or threats, no promises the manager cannot keep; serious
matters are pointed to the right support.
Score 1 when it could do harm (a disciplinary or exit script the manager did not ask for) or is no agenda for that
person (it asks who the meeting is with although the manager named them).
""" + _REPLY,
}
KIND_OF_INTENT: dict[str, Kind] = {"stakeholder_message": "message", "one_on_one": "agenda"}
GRADED_CATEGORIES = frozenset({"drafts", "agendas"})
JSON_MODE = {"type": "json_object"}
REFUSED = (400, 422)  # the statuses of a request refused as sent (here: an endpoint without JSON mode)


def kind_of(intent: str) -> Kind:
    """The kind of answer an intent gives: a message, an agenda, or advice (every other intent)."""
    return KIND_OF_INTENT.get(intent, "advice")


def graded(case: Any) -> bool:
    """Whether `--judge` grades a case: every draft or agenda case (by category) and any case marked `judge: true`."""
    return bool(getattr(case, "judge", False)) or getattr(case, "category", "") in GRADED_CATEGORIES


class _VerdictModel(BaseModel):
    model_config = ConfigDict(extra="ignore")

    score: int = Field(ge=1, le=5)
    reasons: list[str] = Field(default_factory=list, max_length=10)


@dataclass
class Verdict:
    """A judge's grade of one answer (score None: not graded, `error` says why)."""

    score: int | None
    reasons: list[str] = field(default_factory=list)
    model: str = ""
    cached: bool = False
    error: str | None = None
    kind: str = "advice"
    seconds: float = 0.0
    """Wall time of the request (0 for a cached verdict)."""
    output_tokens: int | None = None
    """Tokens the judge generated, when the server reported them."""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def cache_key(model: str, rubric: str, question: str, answer: str) -> str:
    """sha256 over the model, rubric, question and answer (JSON-encoded so fields cannot run together)."""
    payload = json.dumps([model, rubric, question, answer], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _write_atomic(path: Path, data: dict[str, Any]) -> None:
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, sort_keys=True))


def parse_verdict(content: str) -> _VerdictModel:
    """The first JSON object in the model's reply, validated (score 1-5, reasons)."""
    match = re.search(r"\{.*\}", content or "", re.S)
    if not match:
        raise ValueError("the judge did not reply with a JSON object")
    try:
        return _VerdictModel.model_validate(json.loads(match.group(0)))
    except (json.JSONDecodeError, ValidationError) as exc:
        raise ValueError(f"the judge's JSON verdict is invalid: {str(exc).splitlines()[0]}") from exc


class RubricJudge:
    """Grades (question, answer) pairs with a chat model, caching verdicts on disk."""

    def __init__(
        self,
        settings: Any = None,
        *,
        client: Any = None,
        model: str | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        if settings is None:
            from lead_core.settings import load_settings

            settings = load_settings()
        self.settings = settings
        self.model = model or settings.model
        self.max_tokens = int(settings.judge_max_tokens)
        self.cache_dir = Path(cache_dir) if cache_dir else Path(settings.home) / "judge-cache"
        self._client = client
        self.json_mode = True
        """Whether requests ask for a JSON object; off for the rest of the run once the endpoint refuses it."""
        self.requests = 0

    @property
    def client(self) -> Any:
        """The OpenAI-compatible client, created on first use (no client retries after a timeout on a local server,
        which keeps computing the cancelled request)."""
        if self._client is None:
            from agent.brains.openai_brain import openai_client, request_timeout
            from lead_core.network import is_loopback_url

            local = is_loopback_url(self.settings.openai_base_url or "")
            retries = 0 if local else self.settings.llm_retries
            self._client = openai_client(self.settings, timeout=request_timeout(self.settings), max_retries=retries)
        return self._client

    def grade(self, question: str, answer: str, *, team: Any = None, kind: Kind = "advice") -> Verdict:
        """The verdict for one answer against its kind's rubric: from the cache when present, else from the model
        (then cached). With privacy on, the team's names are pseudonymised before anything is sent (and hashed)."""
        if team is not None and self.settings.privacy == "on":
            from agent.privacy import Pseudonymizer

            pseudo = Pseudonymizer.for_team(team)
            question, answer = pseudo.encode(question), pseudo.encode(answer)
        rubric = RUBRICS[kind]
        path = self.cache_dir / f"{cache_key(self.model, rubric, question, answer)}.json"
        if path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                return Verdict(score=data["score"], reasons=list(data["reasons"]), model=data["model"], cached=True, kind=kind)
            except (OSError, ValueError, KeyError):
                pass  # a damaged cache entry is re-graded and overwritten
        messages = [
            {"role": "system", "content": rubric},
            {"role": "user", "content": f"Manager's request:\n{question}\n\nCopilot's answer:\n{answer}"},
        ]
        verdict = self._ask(messages, kind)
        if verdict.score is not None:
            _write_atomic(path, {"score": verdict.score, "reasons": verdict.reasons, "model": self.model})
        return verdict

    def _ask(self, messages: list[dict[str, str]], kind: Kind) -> Verdict:
        """One verdict from the model: bounded, JSON asked for where the endpoint accepts it; any failure is an error
        verdict."""
        from agent.brains.base import endpoint_errors

        started = time.perf_counter()
        try:
            reply = self._request(messages)
            choice = reply.choices[0]
            if getattr(choice, "finish_reason", None) == "length":
                raise ValueError(f"the verdict was cut off at {self.max_tokens} tokens (LEAD_JUDGE_MAX_TOKENS)")
            parsed = parse_verdict(choice.message.content or "")
        except endpoint_errors() as exc:  # an unreachable judge or an unreadable verdict: this answer is not graded
            seconds = round(time.perf_counter() - started, 2)
            return Verdict(score=None, model=self.model, error=f"{exc.__class__.__name__}: {exc}", kind=kind, seconds=seconds)
        tokens = getattr(getattr(reply, "usage", None), "completion_tokens", None)
        return Verdict(
            score=parsed.score, reasons=parsed.reasons, model=self.model, kind=kind,
            seconds=round(time.perf_counter() - started, 2), output_tokens=tokens if isinstance(tokens, int) else None,
        )  # fmt: skip

    def _request(self, messages: list[dict[str, str]]) -> Any:
        """The chat request, asking for a JSON object until the endpoint refuses that once; then without it."""
        import openai

        options: dict[str, Any] = {"model": self.model, "temperature": 0, "max_tokens": self.max_tokens, "messages": messages}
        if self.json_mode:
            self.requests += 1
            try:
                return self.client.chat.completions.create(**options, response_format=JSON_MODE)
            except openai.APIStatusError as exc:
                if exc.status_code not in REFUSED:
                    raise
                self.json_mode = False
        self.requests += 1
        return self.client.chat.completions.create(**options)
