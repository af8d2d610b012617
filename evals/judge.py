"""A rubric judge: an LLM grades stakeholder messages and advice against the guidance, 1 to 5.

Verdicts are cached on disk under LEAD_HOME/judge-cache/ keyed by sha256(model, rubric, question,
answer) and written atomically, so a rerun over the same answers makes no requests and gives
identical verdicts. With privacy on, team names are pseudonymised before a request is made. The
OpenAI client is created lazily and can be injected.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from lead_core.atomic import atomic_write_text

RUBRIC = """You grade answers a leadership copilot gave to a manager of an ML team.
Score 1 (poor) to 5 (excellent) against this rubric:
1. Leads with the decision or recommendation in the first sentence.
2. Gives ranges with a confidence level instead of single-point promises.
3. States the product or business impact in the reader's terms.
4. Blames no one; credits the team; no blame language about individuals.
5. Grounds the advice in the cited guidance ([n] markers) rather than generic tips.
Reply with JSON only: {"score": <integer 1-5>, "reasons": ["<short reason>", ...]} with one reason per
rubric point that was missed or notably met (at most 5)."""


class _VerdictModel(BaseModel):
    model_config = ConfigDict(extra="ignore")

    score: int = Field(ge=1, le=5)
    reasons: list[str] = Field(default_factory=list, max_length=10)


@dataclass
class Verdict:
    """A judge's grade of one answer."""

    score: int | None
    reasons: list[str] = field(default_factory=list)
    model: str = ""
    cached: bool = False
    error: str | None = None

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
        rubric: str = RUBRIC,
    ) -> None:
        if settings is None:
            from lead_core.settings import load_settings

            settings = load_settings()
        self.settings = settings
        self.model = model or settings.model
        self.rubric = rubric
        self.cache_dir = Path(cache_dir) if cache_dir else Path(settings.home) / "judge-cache"
        self._client = client
        self.requests = 0

    @property
    def client(self) -> Any:
        """The OpenAI-compatible client, created on first use."""
        if self._client is None:
            from agent.brains.openai_brain import openai_client

            self._client = openai_client(self.settings, timeout=self.settings.llm_timeout, max_retries=self.settings.llm_retries)
        return self._client

    def grade(self, question: str, answer: str, *, team: Any = None) -> Verdict:
        """The verdict for one answer: from the cache when present, else from the model (then cached).

        With privacy on, the team's names are pseudonymised before anything is sent (and hashed).
        """
        if team is not None and self.settings.privacy == "on":
            from agent.privacy import Pseudonymizer

            pseudo = Pseudonymizer.for_team(team)
            question, answer = pseudo.encode(question), pseudo.encode(answer)
        key = cache_key(self.model, self.rubric, question, answer)
        path = self.cache_dir / f"{key}.json"
        if path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                return Verdict(score=data["score"], reasons=list(data["reasons"]), model=data["model"], cached=True)
            except (OSError, ValueError, KeyError):
                pass  # a damaged cache entry is re-graded and overwritten
        from agent.brains.base import endpoint_errors

        self.requests += 1
        try:
            reply = self.client.chat.completions.create(
                model=self.model,
                temperature=0,
                messages=[
                    {"role": "system", "content": self.rubric},
                    {"role": "user", "content": f"Manager's question:\n{question}\n\nCopilot's answer:\n{answer}"},
                ],
            )
            verdict = parse_verdict(reply.choices[0].message.content or "")
        except endpoint_errors() as exc:  # an unreachable judge or an unreadable verdict: this answer is not graded
            return Verdict(score=None, model=self.model, error=f"{exc.__class__.__name__}: {exc}")
        _write_atomic(path, {"score": verdict.score, "reasons": verdict.reasons, "model": self.model})
        return Verdict(score=verdict.score, reasons=verdict.reasons, model=self.model)
