"""Facts an org description states that decide its answer: how models reach production (and how slowly), whether
anyone's job is ML engineering, duplicated pipelines, a shared piece that broke another team, and a model only one
person understands. Each fact keeps the words it came from, so the hire, the risk and the staffing notes can say why in
the manager's own words, and a generic archetype statement that contradicts them ("a tight feedback cycle" when models
take months to go live) is caught before it is said. Pure: rules as data.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

FactKind = Literal["slow_to_production", "no_ml_engineers", "duplicated_pipelines", "broken_shared_feature", "babysat_serving", "key_person",
                   "rotation", "shared_person", "new_scope", "unowned_after_handoff"]


class StatedFact(BaseModel):
    """One fact the description states, with the words it came from."""

    kind: FactKind = Field(description="What the fact is about.")
    evidence: str = Field(description="The description's own words.")
    subject: str = Field(default="", description="What it is about, when named ('the address parsing model').")


_PERIOD = r"(?:\d+(?:\s*[-–]\s*\d+)?|a few|several|many|two|three|four|five|six|nine|twelve)\s+(?:months?|quarters?)"
FACT_RULES: tuple[tuple[FactKind, re.Pattern[str]], ...] = (
    # Models wait months to go live, or ship only through another team's slow release.
    ("slow_to_production", re.compile(
        rf"\b(?:took|takes?|taking|wait(?:ed|s)?|spent)\b[^.;]{{0,30}}\b{_PERIOD}\b[^.;]{{0,40}}\b(?:live|production|prod|deploy\w*|ship\w*|release\w*)\b"
        rf"|\b{_PERIOD} (?:from|between) [^.;]{{0,30}}\b(?:to|and) (?:live|production|prod|deploy\w*|release)\b"
        r"|\b(?:go|goes|get|gets|ship|ships|reach|reaches|make it)\b[^.;]{0,25}\b(?:to |into )?(?:production|prod|live)\b[^.;]{0,20}\bthrough\b[^.;]{0,40}\b(?:quarterly|yearly|annual|twice[- ]a[- ]year|monthly)\b[^.;]{0,15}\brelease\w*"
        r"|\b(?:quarterly|yearly|annual) release (?:train|cycle|window)s?\b", re.I)),
    # Nobody's job is ML engineering or MLOps.
    ("no_ml_engineers", re.compile(
        r"\b(?:no|zero|without(?: any)?|don'?t have(?: any)?|do not have(?: any)?|not a single|none of us (?:are|is))\s+(?:dedicated\s+)?"
        r"(?:ml|machine learning|mlops|ml ?ops|ml platform)\s+(?:engineers?|engineering|people|folks)\b|\bno mles?\b", re.I)),
    # Each group keeps its own pipelines: the same work done several times.
    ("duplicated_pipelines", re.compile(
        r"\b(?:each|every)\s+(?:group|team|squad|unit|bu|one)\b[^.;]{0,30}\b(?:keeps?|has|runs?|builds?|built|maintains?|own)s?\s+(?:its|their)\s+own\s+(?:feature\s+)?(?:pipelines?|feature code|features|databases?)\b"
        r"|\b(?:\d+|two|three|four|five|six|several)\s+different\s+(?:feature\s+)?(?:pipelines?|feature code|feature stores?)\b"
        r"|\bdifferent feature code\b|\bown (?:feature )?pipelines? in (?:its|their) own\b", re.I)),
    # A shared piece another team changed and broke production.
    ("broken_shared_feature", re.compile(
        r"\b(?:changed|renamed|dropped|modified)\s+(?:a|the|our)\s+shared\s+[\w -]{2,30}?\s+and\s+(?:broke|took down|broken)\b[^.;]{0,40}", re.I)),
    # The team runs its own serving and resents it.
    ("babysat_serving", re.compile(
        r"\bwe\s+(?:run|host|serve)\s+(?:our|the)\s+own\s+models?\s+on\s+[^.;]{0,40}\b(?:babysit|baby-sit|nurse|keep alive)\w*", re.I)),
)  # fmt: skip

# One person holds a critical model: "the address parsing model is the one everything depends on and one person understands it".
_KEY_PERSON = re.compile(
    r"(?P<thing>\b(?:the|our)\s+[\w -]{2,40}?\s+(?:model|pipeline|service|system|job|codebase|forecast|classifier|ranker|parser|engine|scorer))\b[^.;]{0,80}?\b"
    r"(?:(?:only\s+)?one person|only \w+|just one person|a single person|nobody but \w+)\s+(?:who\s+)?(?:really\s+)?(?:understands|knows|can (?:touch|change|run|fix)|maintains)\b[^.;]{0,20}"
    r"|\b(?:single point of failure|bus factor of (?:one|1))\b",
    re.I,
)


# The whole team is pulled onto whatever is urgent: 'everyone rotates onto whatever the board is angry about that month'.
_ROTATION = re.compile(
    r"\b(?:every(?:one|body)|we all|all of us|the whole team|the team|people|we)\b[^.;]{0,30}?\b(?:rotat\w+|get(?:s)? pulled|"
    r"(?:are|is|get|gets) (?:moved|thrown|reassigned)|jump\w*|swarm\w*|drop(?:s)? everything)\b[^.;]{0,15}?\b(?:on ?to|to|into|on)\b[^.;]{0,80}"
    r"|\b(?:fire|crisis|emergency|priority|flavou?r|panic) of the (?:week|month|day)\b"
    r"|\bwhatever(?:'s| is) (?:on fire|urgent|hot|loudest)\b",
    re.I,
)
# Someone the team depends on, shared with another group: '1 data eng shared with the IT dept', 'half an MLE borrowed from platform'.
_SHARED_PERSON = re.compile(
    r"\b(?P<who>(?:1|one|a|an|our|the|only|half (?:an?|of an?))\s+(?:[\w-]+\s+)?(?:data eng\w*|data engineers?|mles?|ml engineers?|"
    r"mlops(?: engineers?)?|platform engineers?|devops(?: engineers?)?|analysts?|engineers?|sre))\s+(?:who(?:'s| is) )?"
    r"(?:shared|split|borrowed|on loan|half[- ]time)\s+(?:with|from|between)\s+(?P<with>[\w' -]{2,40}?)(?=[,.;]|\s+(?:and|but|so|who)\b|$)",
    re.I,
)
# One person in another department keeps a shared piece alive: 'one lone MLOps guy in IT keeps the shared databricks
# workspace alive for both of us'.
_LONE_KEEPER = re.compile(
    r"\b(?P<who>(?:one|a|the only|a single|only one)\s+(?:lone\s+|single\s+)?(?:mlops|ml ?ops|platform|devops|data|infra\w*)"
    r"(?:\s+(?:eng\w*|guy|person|engineer|woman|man))?)\s+(?:in|from)\s+(?:the\s+)?[\w -]{2,20}?\s+(?:keeps?|runs?|maintains?|looks after|holds)\b[^.;]{0,60}",
    re.I,
)
# A new kind of work leadership wants the team to take on: 'the CEO wants a proper AI team that also does the driver
# scheduling optimizer'.
_NEW_SCOPE = re.compile(
    r"\b(?P<asker>ceo|cto|cfo|coo|cio|board|vp|director|leadership|execs?|exec team|management)\b[^.;?]{0,20}?\b(?:wants?|asked for|is asking for|"
    r"expects?|has asked for)\b[^.;?]{0,60}?\b(?:that |to |us to |who )?(?:also |too |as well )?(?:does|do|doing|builds?|build|owns?|own|"
    r"takes? on|take on|covers?|cover|delivers?|runs?|run|handles?|handle)\s+(?:the\s+|a\s+|an\s+|our\s+)?"
    r"(?P<what>[\w' -]{3,50}?)(?=[,.;?]|\s+(?:and|but|so|is|which|too|as well)\b|$)",
    re.I,
)


# Models nobody owns once they are handed over: 'nobody on our side owns anything once it is in production', 'the ones that
# do rot because nobody retrains them', 'a model quietly degraded after a classification change'.
_UNOWNED = re.compile(
    r"\b(?:nobody|no one|noone)\b[^.;]{0,30}\bowns?\b[^.;]{0,40}\b(?:once|after|when)\b[^.;]{0,40}"
    r"|\b(?:rot|rots|rotting|decay\w*)\b[^.;]{0,50}"
    r"|\bnobody (?:retrains|monitors|watches|maintains|looks after)\b[^.;]{0,30}"
    r"|\b(?:quietly|silently)\s+(?:degraded|broke|failed|drifted|stopped working)\b[^.;]{0,90}",
    re.I,
)


def read_facts(text: str) -> list[StatedFact]:
    """The deciding facts a description states, in a fixed order, each once."""
    text = text or ""
    found = []
    for kind, pattern in FACT_RULES:
        said = list(dict.fromkeys(m.group(0).strip() for m in pattern.finditer(text)))[:2]  # 'took 4-5 months' and 'quarterly release'
        if said:
            found.append(StatedFact(kind=kind, evidence="; ".join(said)))
    key = _KEY_PERSON.search(text)
    if key:
        thing = (key.group("thing") or "").strip()
        found.append(StatedFact(kind="key_person", evidence=key.group(0).strip(), subject=re.sub(r"^(?:our|the)\s+", "the ", thing, flags=re.I)))
    unowned = list(dict.fromkeys(m.group(0).strip() for m in _UNOWNED.finditer(text)))[:2]
    if unowned:
        found.append(StatedFact(kind="unowned_after_handoff", evidence="; ".join(unowned)))
    rotation = _ROTATION.search(text)
    if rotation:
        found.append(StatedFact(kind="rotation", evidence=rotation.group(0).strip()))
    shared = _SHARED_PERSON.search(text) or _LONE_KEEPER.search(text)
    if shared:
        found.append(StatedFact(kind="shared_person", evidence=shared.group(0).strip(), subject=shared.group("who").strip()))
    scope = _NEW_SCOPE.search(text)
    if scope:
        found.append(StatedFact(kind="new_scope", evidence=scope.group(0).strip(), subject=scope.group("what").strip()))
    return found


def fact(facts: list[StatedFact], kind: FactKind) -> StatedFact | None:
    """The stated fact of that kind, or None."""
    return next((f for f in facts if f.kind == kind), None)


class ProfileCheck(BaseModel):
    """An archetype statement the description contradicts, and what was said instead."""

    statement: str = Field(description="The archetype's generic statement.")
    said: str = Field(description="The description's words that contradict it.")


# Generic archetype statements and what contradicts them: (statement pattern, answers that contradict it, facts that do).
_CONTRADICTIONS: tuple[tuple[re.Pattern[str], dict[str, tuple[str, ...]], tuple[FactKind, ...]], ...] = (
    (re.compile(r"tight feedback|easiest deployment|feedback cycle between", re.I), {"feedback_cycle": ("slow", "none")}, ("slow_to_production",)),
    (re.compile(r"ml engineers fully own|own(?:s)? the models they deploy", re.I),
     {"model_deployment": ("ad_hoc", "rarely_deployed", "ml_team_hands_off_and_maintains", "users_operate_and_maintain")},
     ("no_ml_engineers", "slow_to_production")),
    (re.compile(r"owns the company-wide data|voice in data governance and a robust data engineering", re.I),
     {"data_owner": ("other_teams", "unclear", "product_teams")}, ("duplicated_pipelines",)),
    (re.compile(r"research-oriented|research teams collaborate|mix of engineering and research", re.I),
     {"work_emphasis": ("product", "none")}, ()),
)  # fmt: skip


def contradiction(statement: str, answers: dict[str, str | None], facts: list[StatedFact], evidence: dict[str, str]) -> ProfileCheck | None:
    """The description's words that contradict an archetype statement, or None when nothing said does."""
    for pattern, by_answer, by_fact in _CONTRADICTIONS:
        if not pattern.search(statement):
            continue
        said = [f.evidence for f in facts if f.kind in by_fact]
        said += [evidence.get(q, "") for q, bad in by_answer.items() if answers.get(q) in bad]
        said = [s for s in dict.fromkeys(said) if s]
        if said:
            return ProfileCheck(statement=statement, said="; ".join(f'"{s}"' for s in said[:2]))
    return None


# Topics a description already covers, even when no answer could be read from it: never asked back.
_DOING_ML_FOR = r"\bwe(?:'re| are) (?:about |around |~)?\w+ (?:people |of us |folks )?(?:doing|running|covering) (?:ml|ai|data science|machine learning) for\b"
MENTIONS: dict[str, re.Pattern[str]] = {
    "ml_reports_to": re.compile(_DOING_ML_FOR + r"|\breport\w*\b|\bdotted line\b|\bunder (?:the|a|our|my)\b|\b(?:sits?|sitting) (?:in|with|inside|under)\b|\bembedded\b|\bpart of (?:the|a)\b", re.I),
    "model_deployment": re.compile(_DOING_ML_FOR + r"|\bdeploy\w*|\bproduction\b|\bprod\b|\brelease\w*|\bship\w*|\bserving\b|\bgo(?:es)? live\b|\bto live\b", re.I),
    "data_access": re.compile(r"\bdata (?:access|platform|eng\w*|team)\b|\bdatabricks\b|\bsnowflake\b|\blakehouse\b|\bworkspace\b|\bwarehouse\b|\bfeature (?:pipelines?|store|code)\b|\bpipelines?\b", re.I),
    "leadership_investment": re.compile(r"\bbudget\b|\binvest\w*|\bheadcount\b|\bfunding\b|\bsponsor\w*", re.I),
}


def mentioned(text: str) -> set[str]:
    """The questionnaire topics a description already talks about."""
    return {q for q, pattern in MENTIONS.items() if pattern.search(text or "")}
