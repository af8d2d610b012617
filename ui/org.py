"""The Org tab: the archetype questionnaire with human labels, pre-filled from a description (each inferred
answer shown with the words it came from, and still editable), a bar chart of the five archetype scores
labelled by name, and the recommended design choices as Markdown."""

from __future__ import annotations

import logging
import typing
from typing import Any

from lead_core.errors import explain_failure
from tools.errors import ToolInputError
from ui.plots import new_figure

log = logging.getLogger(__name__)

UNKNOWN = "(don't know)"


def _archetype_module() -> Any:
    import tools.archetype as archetype

    return archetype


def answer_label(question: str, answer: str) -> str:
    """The human label of one answer (the tool's ANSWER_LABELS when it has them)."""
    labels = getattr(_archetype_module(), "ANSWER_LABELS", {}) or {}
    found = labels.get(question, {}).get(answer) if isinstance(labels.get(question), dict) else labels.get(answer)
    return str(found) if found else answer.replace("_", " ")


def archetype_label(archetype_id: str) -> str:
    """The display name of an archetype: the tool's ARCHETYPE_LABELS, else its profile's name."""
    mod = _archetype_module()
    labels = getattr(mod, "ARCHETYPE_LABELS", {}) or {}
    if archetype_id in labels:
        return str(labels[archetype_id])
    profile = getattr(mod, "PROFILES", {}).get(archetype_id)
    return profile.name if profile is not None else archetype_id.replace("_", " ")


def questionnaire() -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(field, question, [(label, answer)]) for every archetype question, answers read from the input model."""
    mod = _archetype_module()
    out = []
    for name, field in mod.ArchetypeAnswers.model_fields.items():
        choices: list[tuple[str, str]] = [(UNKNOWN, UNKNOWN)]
        for arg in typing.get_args(field.annotation):
            choices += [(answer_label(name, str(c)), str(c)) for c in typing.get_args(arg)]
        out.append((name, mod.QUESTIONS.get(name, field.description or name), choices))
    return out


def infer(description: str) -> list[tuple[str, str, str]]:
    """(question id, answer, the words it came from) for what the description states."""
    mod = _archetype_module()
    text = (description or "").strip()
    if not text:
        return []
    if hasattr(mod, "infer_with_evidence"):
        return [(str(i.question), str(i.answer), str(getattr(i, "evidence", "") or "")) for i in mod.infer_with_evidence(text)]
    answers, notes, _unknown = mod.infer_answers(text)
    evidence = {}
    for note in notes:  # 'question=answer (matched "words")'
        head, _, rest = note.partition(" (matched ")
        evidence[head.split("=", 1)[0]] = rest.rstrip(")").strip('"')
    return [(q, a, evidence.get(q, "")) for q, a in answers.items()]


def inferred_markdown(found: list[tuple[str, str, str]]) -> str:
    """What the description filled in, with the words each answer came from."""
    if not found:
        return "Nothing in the description matched a question; answer them above."
    questions = _archetype_module().QUESTIONS
    lines = [f"**Filled in from your description** ({len(found)} of {len(questions)}; change any answer above):"]
    for question, answer, words in found:
        quote = f" (from \u201c{words}\u201d)" if words else ""
        lines.append(f"- {questions.get(question, question)} **{answer_label(question, answer)}**{quote}")
    return "\n".join(lines)


def score(answers: dict[str, str | None], description: str) -> Any:
    """Score the questionnaire (unknown answers left out) plus the free-text description."""
    mod = _archetype_module()
    given = {k: v for k, v in answers.items() if v and v != UNKNOWN}
    if not given and not (description or "").strip():
        raise ToolInputError("Answer at least one question or describe how ML is organized.")
    return mod.score_archetype(mod.ArchetypeInput(answers=given, description=(description or "").strip()))


def scores_figure(result: Any) -> Any:
    """A horizontal bar chart of the five archetype scores by name, the best one highlighted."""
    fig, ax = new_figure(6.5, 3.2)
    names = list(result.scores)
    values = [result.scores[n] for n in names]
    colors = ["#2b6cb0" if n == result.top else "#a0aec0" for n in names]
    ax.barh([archetype_label(n) for n in names], values, color=colors)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("how well each type fits (scores add up to 1)")
    for i, v in enumerate(values):
        ax.text(v + 0.01, i, f"{v:.2f}", va="center", fontsize=9)
    ax.set_title(f"Best match: {archetype_label(result.top)}\n({result.confidence} confidence)", fontsize=10)
    fig.tight_layout()
    return fig


def result_markdown(result: Any) -> str:
    """The match, why, and the recommended design choices."""
    p, d = result.profile, result.profile.design_choices
    questions = _archetype_module().QUESTIONS
    lines = [
        f"### {p.name}",
        p.summary,
        "",
        f"Runner-up: **{result.runner_up_profile.name}** \u00b7 confidence **{result.confidence}** \u00b7 "
        f"{result.answered} of {result.total_questions} questions answered",
        "",
        "**Recommended design choices**",
        f"- Software vs research: **{d.software_vs_research.replace('_', ' ')}**. {d.software_vs_research_note}",
        f"- Data ownership: **{d.data_ownership.replace('_', ' ')}**. {d.data_ownership_note}",
        f"- Model ownership: **{d.model_ownership.replace('_', ' ')}**. {d.model_ownership_note}",
    ]
    if p.strengths:
        lines += ["", "**Strengths**"] + [f"- {s}" for s in p.strengths]
    if p.challenges:
        lines += ["", "**Challenges**"] + [f"- {s}" for s in p.challenges]
    if result.drivers:
        lines += ["", "**What drove the match**"] + [
            f"- {questions.get(c.question, c.question)} {answer_label(c.question, c.answer)}"
            f"{' (from your description)' if c.inferred else ''}" for c in result.drivers
        ]
    if result.unknown:
        lines += ["", "**Still unanswered** (answering them sharpens the match)"]
        lines += [f"- {questions.get(q, q)}" for q in result.unknown]
    return "\n".join(lines)


def build(ctx: Any) -> None:
    """Lay out the Org tab and wire its events."""
    import gradio as gr


    questions = questionnaire()
    with gr.Tab("Org", id="org"):
        gr.Markdown("### What kind of ML organization are you?\nDescribe how ML is organized and press **Fill in "
                    "from description**; check the answers it filled in, answer what you know, then **Score**.")
        desc = gr.Textbox(label="How is ML organized? (optional)", lines=3, elem_id="org-description",
                          placeholder="e.g. ML reports to the CTO, product teams deploy the models, data access "
                                      "takes weeks of tickets.")
        fill = gr.Button("Fill in from description", elem_id="org-fill")
        inferred = gr.Markdown(elem_id="org-inferred")
        with gr.Row():
            dropdowns = [gr.Dropdown(label=question, choices=choices, value=UNKNOWN, min_width=240,
                                     elem_id=f"org-{name}") for name, question, choices in questions]
        run = gr.Button("Score", variant="primary", elem_id="org-score")
        plot = gr.Plot(label="Archetype scores", visible=False, elem_id="org-plot")
        md = gr.Markdown(elem_id="org-result")

    def prefill(description: str, *current: str):
        found = {q: a for q, a, _ in infer(description)}
        values = [found.get(name, value) if value in (None, UNKNOWN) else value
                  for (name, _, _), value in zip(questions, current)]
        return [inferred_markdown(infer(description)), *values]

    fill.click(prefill, [desc, *dropdowns], [inferred, *dropdowns], api_name=False)

    def run_org(*values: Any):
        *answers, description = values
        try:
            result = score({name: v for (name, _, _), v in zip(questions, answers)}, description)
        except Exception as exc:  # boundary: the score button's handler
            return gr.Plot(visible=False), f"Could not score: {explain_failure(exc, log, 'Scoring the org')}"
        return gr.Plot(scores_figure(result), visible=True), result_markdown(result)

    run.click(run_org, [*dropdowns, desc], [plot, md], api_name="org")
