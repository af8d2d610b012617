"""The counterparts a manager can rehearse with: each role's title, goals and stance, and how hard each
difficulty pushes (how many extra pushbacks come once the manager's replies lack nothing)."""

from __future__ import annotations

from dataclasses import dataclass

from agent.rehearse.models import Case, Difficulty, Role


@dataclass(frozen=True)
class Persona:
    """Who the copilot plays."""

    role: Role
    title: str
    default_name: str
    goals: tuple[str, ...]
    stance: str


PERSONAS: dict[str, Persona] = {
    "vp": Persona(
        "vp", "VP of Engineering", "Victor",
        ("get the new priority staffed now", "have a plan to take to the CEO", "avoid surprises later"),
        "Impatient and outcome-focused; respects a clear recommendation with numbers, pushes on anything vague.",
    ),
    "cto": Persona(
        "cto", "CTO", "Carmen",
        ("bet on the right technical work", "understand the real risk on both sides", "keep the platform healthy"),
        "Technically literate and sceptical; asks for distributions, failure modes and what rots if work pauses.",
    ),
    "cfo": Persona(
        "cfo", "CFO", "Farid",
        ("know what each option costs", "see the return on the team's time", "avoid open-ended commitments"),
        "Cost-minded; wants figures, not adjectives, and asks about contractors and the price of delay.",
    ),
    "head_of_product": Persona(
        "head_of_product", "Head of Product", "Helen",
        ("a date to give customers", "a scope that ships", "not be surprised by a slip"),
        "Customer-focused; pushes for a firm date and a smaller first version, worries about promises already made.",
    ),
    "peer_lead": Persona(
        "peer_lead", "peer team lead", "Pat",
        ("protect their own team's roadmap", "be told early", "a fair share of scarce people"),
        "Collegial but protective of their team; wants acknowledgement, dates to replan around, and no blame.",
    ),
    "report": Persona(
        "report", "engineer on your team", "Alex",
        ("finish the work they care about", "be heard", "know what this means for their growth"),
        "Frustrated by switches; calms down when heard, given the numbers and a say in how the move happens.",
    ),
}

PRESSES = {"easy": 0, "realistic": 1, "tough": 2}


def persona_for(role: Role) -> Persona:
    """The persona of a role."""
    return PERSONAS[role]


def counterpart_name(role: Role, case: Case, name: str | None) -> str:
    """The name the counterpart goes by: the one given, the person moved (report), the requester, or a default."""
    if name and name.strip():
        return name.strip()[:40]
    if role == "report" and case.person:
        return case.person
    if role == "vp" and case.requester:
        return case.requester
    return PERSONAS[role].default_name


def presses(difficulty: Difficulty) -> int:
    """Extra pushbacks after the manager's replies stop lacking anything."""
    return PRESSES[difficulty]
