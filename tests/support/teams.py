"""Variants of the example team file for tests that need a different project structure."""

from __future__ import annotations

from tools.team import Team


def launch_waits_for_the_fine_tune(team: Team) -> Team:
    """The example team with a launch review that waits for the fine-tuned model too (in the file it waits only for the
    prompted baseline, which leaves the fine-tune off the release path), so the summarizer's plan runs over the year end."""
    project = team.project("LLM summarizer")
    tasks = [t.model_copy(update={"depends_on": [*t.depends_on, "Fine-tuned model"]}) if t.name == "Launch review" else t
             for t in project.tasks]
    projects = [p.model_copy(update={"tasks": tasks}) if p.name == project.name else p for p in team.projects]
    return team.model_copy(update={"projects": projects})
