"""The Org tab's logic: the archetype questionnaire's choices, scoring, a bar chart of the five scores and
the recommended design choices as Markdown."""

from __future__ import annotations

import typing
from typing import Any

from tools.errors import ToolInputError
from ui.plots import new_figure

UNKNOWN = "(don't know)"


def questionnaire() -> list[tuple[str, str, list[str]]]:
    """(field, question, choices) for every archetype question, choices read from the input model."""
    from tools.archetype import QUESTIONS, ArchetypeAnswers

    out = []
    for name, field in ArchetypeAnswers.model_fields.items():
        choices: list[str] = []
        for arg in typing.get_args(field.annotation):
            choices += [str(c) for c in typing.get_args(arg)]
        out.append((name, QUESTIONS.get(name, field.description or name), [UNKNOWN] + choices))
    return out


def score(answers: dict[str, str | None], description: str) -> Any:
    """Score the questionnaire (unknown answers left out) plus the free-text description."""
    from tools.archetype import ArchetypeInput, score_archetype

    given = {k: v for k, v in answers.items() if v and v != UNKNOWN}
    if not given and not (description or "").strip():
        raise ToolInputError("Answer at least one question or describe how ML is organized.")
    return score_archetype(ArchetypeInput(answers=given, description=(description or "").strip()))


def scores_figure(result: Any) -> Any:
    """A horizontal bar chart of the five archetype scores, the best one highlighted."""
    fig, ax = new_figure(6.5, 3.2)
    names = list(result.scores)
    values = [result.scores[n] for n in names]
    colors = ["#2b6cb0" if n == result.top else "#a0aec0" for n in names]
    ax.barh(names, values, color=colors)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("score (sums to 1)")
    for i, v in enumerate(values):
        ax.text(v + 0.01, i, f"{v:.2f}", va="center", fontsize=9)
    ax.set_title(f"Best match: {result.profile.name} (confidence {result.confidence})")
    fig.tight_layout()
    return fig


def result_markdown(result: Any) -> str:
    """The match, why, and the recommended design choices."""
    p, d = result.profile, result.profile.design_choices
    lines = [
        f"### {p.name}",
        p.summary,
        "",
        f"Runner-up: **{result.runner_up_profile.name}** · confidence **{result.confidence}** · "
        f"{result.answered}/{result.total_questions} questions answered",
        "",
        "**Recommended design choices**",
        f"- Software vs research: **{d.software_vs_research}**. {d.software_vs_research_note}",
        f"- Data ownership: **{d.data_ownership}**. {d.data_ownership_note}",
        f"- Model ownership: **{d.model_ownership}**. {d.model_ownership_note}",
    ]
    if p.strengths:
        lines += ["", "**Strengths**"] + [f"- {s}" for s in p.strengths]
    if p.challenges:
        lines += ["", "**Challenges**"] + [f"- {s}" for s in p.challenges]
    if result.drivers:
        lines += ["", "**What drove the match**"] + [
            f"- {c.question} = {c.answer}{' (inferred from your description)' if c.inferred else ''}" for c in result.drivers
        ]
    if result.unknown:
        lines += ["", f"_Unanswered: {', '.join(result.unknown)}. Answering them sharpens the match._"]
    return "\n".join(lines)
