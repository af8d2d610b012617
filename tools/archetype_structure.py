"""How ML is laid out across an org, read from a description: centralized, embedded in a product org, a hub and spokes
(a central platform with people embedded in product teams), or federated (teams inside business units with a thin
central group that has no mandate). The name comes first in an org answer, then that layout's usual fixes, and the
direct questions a description asks ("should I push to move under the CTO?", "what do I ask for before I say yes?",
"which fix works without authority?") are answered with a recommendation. Complements the five FSDL archetypes, which
say how mature ML is, not how it is laid out. Pure: rules as data.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

from lead_core.number_words import SAID_NUMBER, number
from tools.archetype_facts import StatedFact, fact, read_facts

Layout = Literal["centralized", "embedded", "hub_and_spoke", "federated", "hybrid"]


class OrgStructure(BaseModel):
    """The layout a description shows, its name, why, and the usual fixes for it."""

    layout: Layout = Field(description="centralized, embedded, hub_and_spoke or federated.")
    name: str = Field(description="What it is called, in plain words.")
    why: str = Field(description="The words of the description it rests on.")
    summary: str = Field(description="One or two sentences on what the layout is and what it tends to cause.")
    fixes: list[str] = Field(description="The two or three usual fixes, most useful first.")
    no_platform: bool = Field(default=False, description="True when the description says nobody owns the shared stack (pipelines, serving).")
    small_team: bool = Field(default=False, description="True for one small team doing ML for the whole organisation (where it reports is not said).")
    units: list[str] = Field(default_factory=list, description="The business functions ML groups sit in, as named, when there are several.")


class OrgAnswer(BaseModel):
    """A direct question in the description, answered: the recommendation first, then why."""

    question: str = Field(description="The question, in short.")
    answer: str = Field(description="The recommendation, then why.")
    moves: list[str] = Field(default_factory=list, description="What to do, in order, each with its trade-off (may be empty).")
    moves_heading: str = Field(default="", description="The heading the moves go under.")
    whole_answer: bool = Field(default=False, description="True when it answers everything asked (the shape of a first team and its "
                                                          "first hire): a maturity label and its generic moves would only bury it.")


_ML_PEOPLE = r"(?:data scientists?|ds(?: teams?| folks| people)?|mles?|ml (?:engineers?|people|folks|teams?)|analysts?|data (?:people|teams?)|scientists?)"
_UNITS = r"(?:product (?:squads?|teams?|orgs?|lines?)|squads|business units?|bus?\b|business lines?|each (?:bu|business unit|product team|squad)|(?:bu|business unit|product) heads?)"
_CENTRAL = re.compile(
    r"\b(?:central(?:i[sz]ed)?|shared|core|tiny|small)\b[^.;]{0,40}\b(?:platform|enablement|ml|infra\w*|mlops|data)['’\"”]? (?:team|group|org|function)\b|"
    r"\b(?:platform|enablement|mlops|ml infra\w*) (?:team|group)\b|\bcentral (?:platform|group|team)\b|"
    r"\b(?:ml|data science|ai|ds|data) team (?:that )?(?:report\w*|sit\w*) (?:in)?to (?:the )?(?:cto|ceo|cio|cdo|vp|head|chief)",
    re.I,
)
_SPOKES = re.compile(
    rf"\b{_ML_PEOPLE}\b[^.;]{{0,50}}\b(?:sit|sits|sitting|are|is|live|embedded|report\w*|belong\w*)?\s*(?:in|inside|within|to|per)\s+(?:the\s+|their\s+|each\s+)?{_UNITS}|"
    rf"\b(?:each|every) (?:bu|business unit|region|market|country|department|division|product (?:team|squad|line)|squad|product|business line|line of business)\b"
    rf"[^.;]{{0,30}}\bhas (?:its|their) own\b[^.;]{{0,20}}\b(?:ds|data|ml|analytics|science)\b|"
    rf"\b{_ML_PEOPLE}\b[^.;]{{0,30}}\bembedded (?:in|into|within|inside|with)\b|"
    r"\b(?:they|who|all of them|each of them|each one|\w+ of them)\s+(?:all\s+)?report\w* (?:in)?to (?:those|the|their|these|each|its) "
    r"(?:[\w-]+ ){0,2}?(?:business units?|business lines?|units|divisions|departments|squads|product teams|functions|areas)\b",
    re.I,
)
_NO_MANDATE = re.compile(
    r"can'?t (?:tell|make|force) (?:anyone|anybody|them|teams)|\bno (?:authority|mandate|teeth)\b|without (?:any )?(?:authority|a mandate)|"
    r"\bnobody (?:has to|must) use\b|(?:optional|voluntary) to use|\bno one listens\b",
    re.I,
)
_INSIDE_ORG = re.compile(
    r"\b(?:sitting|sit|sits|live|living|are|we're|were)\s+(?:inside|within|in|under)\s+(?:the\s+|a\s+)?[\w -]{2,30}?\b(?:org|organi[sz]ation|division|department|group)\b|"
    r"\bown\b[^.;]{0,40}\bend[- ]to[- ]end\b|\bembedded (?:in|inside|within)\b|"
    r"\b(?:ml|ai|data science|applied ml|ds) (?:team|group) (?:inside|within|in|under) (?:the |a |our )?[\w-]+(?: [\w-]+)? (?:product |business )?(?:org|organi[sz]ation|division)\b",
    re.I,
)
# The team builds and others run it: 'then hand the code over to their IT teams', 'hands them over to each brand's IT team'.
HANDS_OVER = r"\bhand(?:s|ing|ed)?\s+(?:(?:them|it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+)?(?:over|off)\s+to\b|\bafter the hand-?off\b"
_SERVES = re.compile(
    r"\bcentral (?:ml|data science|ai|ds) team\b|\b(?:takes|take|gets) requests from (?:all|every|the other|other)\b|\bserv(?:es|ing) (?:all|every|the whole)\b|"
    r"\b(?:build|do|make|run|train)\b[^.;]{0,30}\bfor (?:the )?[\w -]{2,30}? (?:when|whenever|if|as) (?:they|someone|anyone|people) (?:ask|need)\b|"
    r"\bon request\b|\bas an? (?:internal )?(?:service|consultancy|agency)\b|\binternal (?:consultan\w+|service team|agency)\b|"
    r"\bcent(?:re|er) of excellence\b|\bCoE\b|\bconsults? (?:for|to|with)\b|\b(?:come|comes) (?:to )?us with (?:their )?(?:projects|requests|problems|asks)\b|"
    + HANDS_OVER,
    re.I,
)
# Data scientists embedded in the business with no line to the ML head: "each therapeutic area has 1 or 2 data
# scientists who report to the scientists, not to me".
_BUSINESS_UNIT = r"(?:[\w-]+ ){0,2}?(?:areas?|units?|lines?|departments?|divisions?|functions?|regions?|markets?|franchises?|brands?|labs?|sites?|businesses)"
_OUTSIDE_LINE = re.compile(
    rf"\b(?:each|every)\s+(?:one\s+)?(?:of\s+(?:the|our)\s+(?:\w+\s+)?)?(?:{_BUSINESS_UNIT}|(?:product\s+)?(?:squads?|teams?))\b[^.;]{{0,30}}\bhas\s+(?:(?:its|their) own|\d+|an?|one|two|three|a few|a couple of|some)\b[^.;]{{0,25}}\b{_ML_PEOPLE}\b|"
    rf"\b{_ML_PEOPLE}\b[^.;]{{0,40}}\b(?:report\w*|belong\w*) (?:in)?to (?:the |their )?(?!me\b)[\w -]{{2,30}}?,? (?:and )?not (?:to )?me\b|"
    rf"\b{_ML_PEOPLE}\b[^.;]{{0,30}}\b(?:don'?t|do not|doesn'?t) report to me\b",
    re.I,
)
# The platform (cloud, tracking, GPUs) owned by another org: "a separate 'digital' team under IT owns the cloud, mlflow and the GPU budget".
_PLATFORM_ELSEWHERE = re.compile(
    r"\b(?:team|group|org|department|function)\b[^.;]{0,30}\b(?:under|in|inside|part of|run by|reporting to|reports to)\s+(?:the\s+)?(?-i:IT|CIO|CTO)\b"
    r"[^.;]{0,40}\bowns?\b[^.;]{0,60}\b(?:cloud|platform|infra\w*|mlflow|gpus?|compute|budget|tooling|clusters?)\b",
    re.I,
)


# A central group that does research and prototypes, not a platform: "a central 'AI lab' of six people doing research".
_LAB = re.compile(r"\b(?:central\s+)?['‘\"“]?(?:ai|ml|research|data science|applied science)['’\"”]?\s+lab\b['’\"”]?|\bresearch (?:team|group|lab)\b", re.I)
# Nobody owns the shared stack: "nobody owns feature pipelines or serving, every squad rolled their own".
_NO_PLATFORM = re.compile(
    r"\b(?:nobody|no one|no-one|no team)\s+(?:really\s+)?owns?\b[^.;]{0,40}\b(?:pipelines?|serving|infra\w*|platform|mlops|deploy\w*|tooling)\b|"
    r"\b(?:every|each)\s+(?:squad|team|product team|unit|bu)\s+(?:has\s+)?(?:rolled|built|builds|runs|ran|rolls|wrote|writes|does|did)\s+(?:its|their)\s+own\b|"
    r"\bno (?:shared |central |common )?(?:ml )?(?:platform|infra\w*|mlops)(?: team| owner)?\b",
    re.I,
)


def _lab_and_embedded(text: str) -> OrgStructure | None:
    """A central research lab beside data scientists embedded in product squads (reporting to the squads), often with
    nobody owning the shared stack: two halves with no hub between them."""
    lab, spokes = _LAB.search(text), _SPOKES.search(text) or _OUTSIDE_LINE.search(text)
    if lab is None or spokes is None:
        return None
    bare = _NO_PLATFORM.search(text)
    name = ("a research lab beside data scientists embedded in the product squads, with no platform between them: "
            "the lab researches and prototypes, each squad's data scientist reports to the squad"
            + (", and nobody owns pipelines or serving, so each squad runs its own" if bare else ""))
    why = "; ".join(m.group(0).strip() for m in (lab, spokes, bare) if m)
    return OrgStructure(layout="hybrid", name=name, why=why, summary=LAB_SUMMARY, fixes=list(LAB_FIXES), no_platform=bool(bare))


def _hybrid(text: str) -> OrgStructure | None:
    """A central ML team working as a service, maybe a platform owned by IT, and ML people embedded in the business
    who report there, not to the ML head: a hybrid with no hub."""
    outside, serves, platform = _OUTSIDE_LINE.search(text), _SERVES.search(text), _PLATFORM_ELSEWHERE.search(text)
    if outside is None or (serves is None and platform is None):
        return None
    parts = ["your ML team works as a central service" if serves else "your ML team is central"]
    if platform:
        parts.append("the platform (cloud, tracking, GPUs) is owned by IT")
    parts.append("and data scientists are embedded in the business, reporting there, not to you")
    why = "; ".join(m.group(0).strip() for m in (serves, platform, outside) if m)
    return OrgStructure(layout="hybrid", name="a hybrid of centralized and embedded ML with no hub: " + ", ".join(parts), why=why,
                        summary=HYBRID_SUMMARY, fixes=list(FIXES["hybrid"]))  # fmt: skip


# A change someone proposes, not how the org is today: "the CTO wants to create a central platform team", "CTO wants to split my
# four DS up and embed one in each product squad from Q2", "wants to pull everyone into a central AI centre of excellence",
# "VP is floating splitting off a research pod". One home: the questionnaire reading (tools.archetype) uses it too.
PROPOSED = re.compile(
    r"\b(?:wants?|plans?|planning|proposes?|proposed|proposing|thinking (?:about|of)|considering|would like|is going|are going|asked me) to "
    r"(?:create|set up|build|start|form|spin up|stand up|make|move|merge|reorg\w*|restructure|centrali[sz]e|decentrali[sz]e|split|embed|"
    r"distribute|break up|dissolve|fold|pull|bring|consolidate|put)\b[^.;?]*"
    r"|\b(?:is floating|floated|floating|suggest(?:s|ed|ing)?|propos(?:es|ed|ing)|push(?:es|ing)? for|considering)\s+(?:the idea of\s+)?"
    r"(?:splitting|merging|moving|pulling|creating|centrali[sz]ing|embedding|spinning|setting up|standing up|bringing)\b[^.;?]*"
    # a question put to the manager: 'the board has asked whether we should form a central AI team'
    r"|\b(?:asked|asks|asking|wonders?|wondering|wants? to know)\s+(?:me\s+|us\s+)?(?:whether|if)\s+(?:we|i|they)\s+(?:should|could|ought to|need to)\s+"
    r"(?:create|set up|build|start|form|spin up|stand up|make|move|merge|centrali[sz]e|split|embed|consolidate|bring|pull|put|have)\b[^.;?]*",
    re.I,
)


def read_structure(text: str) -> OrgStructure | None:
    """The layout the description shows, or None when it does not say how ML is laid out."""
    text = _OPTIONS.sub(" ", PROPOSED.sub(" ", text or ""))  # 'whether we merge or stand up a platform team': options, not today's layout
    hybrid = _hybrid(text) or _lab_and_embedded(text)
    if hybrid is not None:
        return hybrid
    central, spokes = _CENTRAL.search(text), _SPOKES.search(text)
    if central and spokes:
        why = f"{spokes.group(0).strip()}; {central.group(0).strip()}"
        if _NO_MANDATE.search(text):
            return OrgStructure(layout="federated", name="a federated setup with a thin central hub (hub-and-spoke, where the hub has no mandate)", why=why,
                                summary=FEDERATED_SUMMARY, fixes=list(FIXES["federated"]))  # fmt: skip
        return OrgStructure(layout="hub_and_spoke", name="a hub-and-spoke (hybrid) setup: a central platform hub with ML people embedded in product teams", why=why,
                            summary=HUB_SUMMARY, fixes=list(FIXES["hub_and_spoke"]))  # fmt: skip
    units = _units_with_heads(text)
    if len(units) >= 2 and not central:
        said = "; ".join(f"{unit} under the {head}" for unit, head in units)
        return OrgStructure(layout="embedded", name=f"ML embedded in {len(units)} business functions, each reporting to its own head ({said}), "
                            "with no line between them", why=said, summary=SPLIT_UNITS_SUMMARY, fixes=list(FIXES["federated"]),
                            units=[unit for unit, _ in units])  # fmt: skip
    inside = _INSIDE_ORG.search(text)
    dotted = _DOTTED.search(text)
    if spokes and dotted:
        return OrgStructure(layout="embedded", name="embedded ML with a dotted line to you: the data scientists sit in the business units and report there, and you set standards without line authority",
                            why=f"{spokes.group(0).strip()}; {dotted.group(0).strip()}", summary=DOTTED_SUMMARY, fixes=list(DOTTED_FIXES),
                            no_platform=bool(_NO_PLATFORM.search(text)))  # fmt: skip
    if spokes or inside:
        return OrgStructure(layout="embedded", name="embedded ML: the ML people sit inside a product or business org, close to its priorities",
                            why=(spokes or inside).group(0).strip(), summary=EMBEDDED_SUMMARY, fixes=list(FIXES["embedded"]))  # type: ignore[union-attr]  # fmt: skip
    small = _SMALL_TEAM_FOR.search(text)
    if small:
        return _small_central(text, small)
    said = _SMALL_TEAM_SAID.search(text)
    if said:
        return _small_team_said(said)
    serves = _SERVES.search(text)
    if serves and re.search(HANDS_OVER, text, re.I):
        return OrgStructure(layout="centralized", name="a central ML team that builds for the rest of the organisation and hands models over "
                            "for others to run (a centre-of-excellence or consultancy model)", why=serves.group(0).strip(),
                            summary=HANDOFF_SUMMARY, fixes=list(HANDOFF_FIXES))  # fmt: skip
    if serves:
        return OrgStructure(layout="centralized", name="a centralized ML team that serves the rest of the company", why=serves.group(0).strip(),
                            summary=CENTRAL_SUMMARY, fixes=list(FIXES["centralized"]))  # fmt: skip
    return None


_NUM = rf"(?:\d+|{SAID_NUMBER})"
# One small team doing ML for the whole organisation: "we're 7 people doing ML for a regional bus agency".
_SMALL_TEAM_FOR = re.compile(
    rf"\bwe(?:'re| are)\s+(?:about |around |~)?(?P<n>{_NUM})\s+(?:people\s+|of us\s+|folks\s+|engineers\s+)?(?:doing|running|covering|on)\s+"
    r"(?:ml|ai|data science|machine learning|analytics|ds)\s+for\s+(?P<org>(?:a|an|the|our)\s+[\w -]{3,40}?)(?=[,.;]|\s+(?:and|but|so)\b|$)",
    re.I,
)
# The manager's own small team and the models it runs, said without 'for <the organisation>': 'me + 3 do the seedling
# grading vision + the germination forecast', 'my team is five people we do the voyage ETA model and the fuel burn
# optimiser'.
_SMALL_TEAM_SAID = re.compile(
    rf"\b(?:(?P<me>me|i)\s*(?:\+|and|plus|&)\s*(?P<k>{_NUM})(?:\s+(?:others?|people|engineers|of us))?\s+|my team(?:'s| is)\s+(?:about |around |~)?(?P<n>{_NUM})"
    rf"(?:\s+(?:people|engineers|of us|strong))?[\s,;:.-]+we\s+)(?:do|run|build|own|handle|cover|look after|are on)\s+"
    r"(?P<what>(?:the\s+)?[\w +&/-]{3,80}?(?:model|forecast|optimi[sz]er|vision|classifier|ranker|scorer|pipeline|predictions?|detection|recommender)s?"
    r"(?:\s*(?:\+|and|&|,)\s*(?:the\s+)?[\w -]{3,40}?(?:model|forecast|optimi[sz]er|vision|classifier|ranker|scorer|pipeline|predictions?|detection|recommender)s?)?)\b",
    re.I,
)


def _small_team_said(m: re.Match[str]) -> OrgStructure:
    """The manager's own small team running the organisation's models, named with its size and its models."""
    size = _n(m.group("k")) + 1 if m.group("k") else _n(m.group("n"))
    models = [w.strip() for w in re.split(r"\s*(?:\+|\band\b|&|,)\s*", m.group("what")) if w.strip()]
    return OrgStructure(layout="centralized", name=f"one small central ML team of {size} running the organisation's models ({_listed(models)})",
                        why=m.group(0).strip(), summary=SMALL_CENTRAL_SUMMARY, fixes=list(SMALL_CENTRAL_FIXES), small_team=True)


# Its people grouped by product: "2 on ridership forecasting, 2 on the realtime arrival predictions".
_STREAMS = re.compile(
    rf"(?<![\w.])(?P<n>{_NUM})\s+(?:people\s+|folks\s+|of us\s+|engineers\s+)?(?:on|doing|working on)\s+"
    r"(?!(?:ml|ai|data science|machine learning|analytics)\b)(?P<what>(?:the\s+)?[\w -]{3,40}?)(?=\s*[,.;]|\s+and\b|$)",
    re.I,
)
HANDOFF_SUMMARY = (
    "Good for talent density and shared standards; the weak point is the hand-off. Once a model leaves the team, nobody "
    "who understands it is watching it, so models stall before production or decay in it without anyone noticing."
)
HANDOFF_FIXES = (
    "Own what you build in production: the team that builds a model keeps it (monitoring, alerts on input changes, "
    "retraining), or hands it over only to a named owner who accepts it with a runbook and the monitoring.",
    "One shared path to production (register, deploy, monitor) run by the central team or a platform owner, so hand-offs stop being bespoke.",
    "One intake with the units: each request comes with a business owner who will use and look after the result.",
)
# An ML group inside a business function, reporting to that function's head: 'my team is 6 people in revenue management
# (cabin pricing) reporting to the CCO', '4 data scientists sitting in fleet ops ..., they report to the marine director'.
_UNIT_LINE = re.compile(
    rf"\b(?:{_ML_PEOPLE}|my team|our team|(?:\d+|two|three|four|five|six|seven|eight|nine|ten) people)\b[^.;]{{0,30}}?\b(?:in|sitting in|sit in|sits in|inside|within)\s+"
    r"(?P<unit>[a-z][\w&-]*(?: [a-z][\w&-]*)?)(?=\s*(?:\(|,)|\s+(?:doing|reporting|who|that|and|working|on)\b)[^.;]{0,80}?"
    r"\breport(?:ing|s)? (?:in)?to (?:the )?(?!me\b)(?P<head>[\w -]{2,30}?)(?=[,.;)]|\s+(?:and|but|so|who|not)\b|$)",
    re.I,
)
_HEAD_UPPER = {"cco", "cfo", "coo", "cmo", "cto", "ceo", "cio", "cpo", "cro", "vp"}


def _units_with_heads(text: str) -> list[tuple[str, str]]:
    """Each business function an ML group sits in, with the head it reports to, as the manager named them."""
    found: dict[str, str] = {}
    for m in _UNIT_LINE.finditer(text):
        head = m.group("head").strip()
        found.setdefault(m.group("unit").strip().lower(), head.upper() if head.lower() in _HEAD_UPPER else head.lower())
    return list(found.items())


SPLIT_UNITS_SUMMARY = (
    "Each group is close to its own function's priorities, but nothing joins them: each builds and deploys its own way, and "
    "whatever they share (a workspace, a registry, one platform person) has no owner with a mandate."
)
SMALL_CENTRAL_SUMMARY = (
    "The right shape at this size: one team, one manager, one priority list, with people grouped by product so each model "
    "has owners. It holds only while those groups stay on their products; pulled onto each new urgent ask, it becomes a "
    "pool with no owners."
)
SMALL_CENTRAL_FIXES = (
    "Stable owners per product for at least a quarter: the people on each product keep it, its roadmap and its fixes.",
    "One door for urgent asks: they come to you, are ranked with your sponsor on a fixed rhythm, and one named person takes them while the others stay put.",
    "Write down what the team depends on outside it (data engineering, IT, infrastructure) and get a fixed share of it in writing.",
)


def _streams(text: str) -> list[str]:
    """The product groups as stated ('2 on ridership forecasting')."""
    return [f"{m.group('n')} on {m.group('what').strip()}" for m in _STREAMS.finditer(text)][:4]


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def _small_central(text: str, m: re.Match[str]) -> OrgStructure:
    """One small team doing ML for the whole organisation, named with its size, its organisation and its product groups."""
    org = m.group("org").split()[-1].lower()
    streams = _streams(text)
    by = f", grouped by product ({_listed(streams)})" if len(streams) >= 2 else ""
    return OrgStructure(layout="centralized", name=f"one small central ML team of {m.group('n')} serving the whole {org}{by}",
                        why=m.group(0).strip(), summary=SMALL_CENTRAL_SUMMARY, fixes=list(SMALL_CENTRAL_FIXES), small_team=True)


# The manager is the technical home of ML people who report elsewhere: "they report to those business units with a dotted line to me".
_DOTTED = re.compile(r"\bdotted[- ]line (?:to|into|back to) (?:me|us|my (?:team|group))\b", re.I)
DOTTED_SUMMARY = (
    "Each data scientist is close to their unit's problems, which is worth keeping. What nobody owns is what every unit "
    "needs the same way: the path to production, the shared pipelines, a second person on each model. With only a dotted "
    "line you can set standards, not priorities, so the fixes go through shared tools and agreements, not a reorg."
)
DOTTED_FIXES = (
    "Own centrally the few things every unit needs the same way (one path to production, one feature pipeline, shared "
    "code reviews) and leave each model's priorities with its unit.",
    "A second owner for every model a unit depends on, so no model rests on one person.",
    "A service level for getting models live, agreed with whoever runs releases and backed by your executive, instead of "
    "queueing behind the general release.",
)
HUB_SUMMARY = (
    "The hub (a platform team) owns the shared stack: training, serving, the registry; the spokes (data scientists or ML "
    "engineers in product squads) own models close to the product. It works when ownership at the seam is written down; "
    "it drifts when each squad builds its own way around the hub."
)
FEDERATED_SUMMARY = (
    "Each business unit's team reports to the business, and the central group can offer but not require, so every unit "
    "rebuilds what the others already have (pipelines, vendors, tooling). Duplication is the expected result of that "
    "layout, not a failure of the people in it."
)
EMBEDDED_SUMMARY = (
    "Close to the product's priorities and fast to ship, but the things the team does not own (compute, data, standards) "
    "come from other orgs as favours, and the team's ML practice has no home beyond it."
)
HYBRID_SUMMARY = (
    "Each part is common on its own. Together, with no shared standards, tooling or technical home for the embedded "
    "people, they rebuild what the central team already has and nobody owns the seams; that duplication comes from the "
    "layout, not from the people. The embedded data scientists are close to the domain, which is worth keeping."
)
LAB_SUMMARY = (
    "The embedded data scientists are close to their squads' products and ship what the squads need; the lab explores. "
    "With no platform in between, every squad rebuilds pipelines and serving its own way, the lab's prototypes have no "
    "road to production, and the embedded people have no technical home or shared standards."
)
LAB_FIXES = (
    "Name an owner for the shared stack first (feature pipelines, serving, monitoring): a small platform team or one "
    "engineer per two squads; it is the gap every squad is paying for today, whatever the reporting lines.",
    "Give the embedded data scientists a technical home without moving them: a dotted line to the lab for standards, "
    "shared code reviews and one career ladder, while they stay in their squads.",
    "A path from lab to product: each lab prototype gets a squad that commits to trying it, and ships on the shared stack.",
)
CENTRAL_SUMMARY = (
    "Strong on standards, talent density and shared tooling; weaker on closeness to each product, so intake and hand-offs "
    "decide whether the work lands."
)
FIXES: dict[Layout, tuple[str, ...]] = {
    "hub_and_spoke": (
        "Write down who owns what at the seam: the squad owns each model and its product metric, the platform owns the stack and its on-call.",
        "One paved road: the platform's way to train, deploy and monitor is the default, with a short list of supported exceptions.",
        "A technical home for the embedded people: shared reviews, a guild and one career ladder across squads, so they don't drift.",
    ),
    "federated": (
        "A paved road that is cheaper than rebuilding: make one shared piece (a feature pipeline template, the registry) the easiest path for one or two willing units first, then show the time saved; adoption follows cost, not mandates.",
        "An easy consolidation win first: where several units pay for the same thing (vendors, tools, compute), bring it under one contract; it saves money the sponsor can see and needs no one's permission to propose.",
        "A sponsor for the few standards that must hold: ask the executive who gave you the goal to require one or two (the registry, a shared feature store for new pipelines) and let a council of the units' leads decide the rest.",
    ),
    "embedded": (
        "Fix the dependency you don't control directly: a reserved quota or a service level for compute and data, agreed with the owner and backed by your executive, instead of queueing.",
        "Borrow standards without moving: join the central data org's reviews, registry and tooling, so you get shared infrastructure while keeping your product priorities.",
        "Protect a slice of capacity for longer ML work the product roadmap would otherwise crowd out.",
    ),
    "hybrid": (
        "A technical home without a reorg: a dotted line to you for standards, a guild or community of practice (shared code reviews, a monthly show-and-tell) and one career ladder for everyone doing ML.",
        "Make reuse cheaper than rebuilding: your models and pipelines as documented, versioned packages or templates on the shared platform, with a short catalogue of what exists and who to ask.",
        "Write down the seams: who owns the platform and the GPU budget, what your team and the embedded people can self-serve, and who reviews a model before it goes to production.",
    ),
    "centralized": (
        "One intake and one priority list with the product leads, reviewed every few weeks, so the queue is visible and negotiated.",
        "Put an ML engineer with each main client team for launches and the weeks after, so hand-offs land.",
        "A short service catalogue: what the team builds, how to ask, typical lead times.",
    ),
}

# Options someone asks the manager to choose between: "the CTO wants to know if we merge into one ML team or stand up a
# small platform team". They are proposals, so they say nothing about the layout today.
_OPTIONS = re.compile(r"\b(?:whether|if)\s+(?:we|i|they|to)\b[^?.;]{0,120}?\bor\b[^?.;]{0,80}", re.I)

# Direct questions a description asks, each answered by a rule (decision rules as data).
_MOVE = re.compile(r"\b(?:push|ask|lobby|try)?\s*(?:for us |to )?(?:to )?move (?:us|the team|my team|me|them)?\s*(?:under|into|to|over to)\s+(?P<target>[^?.;,]{3,50})", re.I)
CONDITIONS_QUESTION = "What do you ask for before you say yes?"
# The team split up or spread out ('dissolve my team and place one data scientist in each resort', 'embed us in the plants'):
# its conditions are about what the pieces keep, not what a combined team owns.
_SPLIT_UP = re.compile(r"\b(?:dissolv|disband|break\w* up|split\w* up|spread|scatter|distribut|embed)\w*\b[^.?!]{0,60}\b(?:team|group|us|them|people)\b"
                       r"|\b(?:place|put|embed|station|post)\w*\s+(?:one|a|an)\s+[\w ]{0,20}?\b(?:in|at|into|with) (?:each|every)\b", re.I)
_SPLIT_CONDITIONS = ("If it goes ahead: one named owner for each model that serves every site, with the time to run it written into "
                     "their local role; a dotted line from every embedded person to one technical lead for reviews, standards and "
                     "hiring; one shared place and process for deploying and reviewing models, kept by someone; a career path that "
                     "does not depend on a local manager who has never managed data people; and a review date (six months) with the "
                     "measures agreed now. Say yes once those are agreed, not before.")
_CONDITIONS = re.compile(r"\bwhat (?:do|should|would) i (?:ask for|ask|need|want|negotiate|get)\b[^?.]{0,30}\b(?:before|if) i (?:say yes|agree|accept|take)|\bconditions\b|\bwhat (?:should|do) i ask for\b", re.I)
_NO_AUTHORITY = re.compile(r"\b(?:which|what) (?:one |fix |of them )?(?:actually )?works?\b[^?.]{0,40}\b(?:no|without)\s+(?:any\s+)?(?:authority|mandate|power)\b|\bwithout (?:authority|a mandate)\b[^?.]{0,30}\?|\bwhen i have no (?:authority|mandate)\b", re.I)
_IS_THIS = re.compile(r"\bis (?:this|it|that|us) (?:the |an? )?['\"‘“]?(?P<label>[\w -]{3,30}?)['\"’”]? (?:model|setup|archetype|structure|org)\b", re.I)
_WHAT_CALLED = re.compile(r"\bwhat (?:do you|do we|would you) call\b|\bwhat(?:'s| is) (?:it|this|that) called\b|\bwhat(?:'s| is) the name for\b|\bname for (?:this|it|that)\b|\bwhat kind of (?:org|organi[sz]ation|setup|structure) is (?:this|it)\b|\bis there a name for\b", re.I)
_PULL_IN = re.compile(
    r"\b(?:pull|bring|move|get|consolidate|absorb|fold)\s+(?P<who>(?:those|the|these|all|our|them)\b[\w -]{0,40}?)\s+(?:under|into|in to|over to|onto)\s+(?:me|my (?:team|group|org))\b|"
    r"\bshould (?:they|those [\w -]{2,30}?) (?:report|be) (?:to|under) me\b|"
    r"\b(?:whether|if)\s+(?P<who2>(?:the|those|these|our|their)\b[\w &-]{0,40}?)\s+should\s+(?:move|report|come|sit|be)\s+(?:under|to|into|with)\s+(?:me|my (?:team|group))\b",
    re.I,
)
# The manager is asked to give people to a new or central platform team ("move 3 of my engineers into it").
_MERGE = re.compile(r"\bmerg\w+|\bfold\w*\b[^.;]{0,40}\binto\b|\btake (?:on|over) (?:the|their|a)\b|\bjoin(?:ing)? (?:my|our) team\b|\binto (?:my|our) (?:\w+ )?team\b", re.I)


# Someone proposes moving the embedded ML people into the central group: "cto is floating pulling all the embedded DS into the lab".
_CENTRALISE = re.compile(
    rf"\b(?:pull\w*|mov\w*|bring\w*|centrali[sz]\w*|consolidat\w*|fold\w*|merg\w*)\s+(?:all\s+|every\s+)?(?:of\s+)?(?:the\s+|our\s+|those\s+)?"
    rf"(?:embedded\s+)?(?:{_ML_PEOPLE}|everyone|everybody|all of us|both (?:teams|groups)|the (?:teams|groups))\b[^.;?]{{0,30}}\b(?:into|under|to|back to|in)\s+(?:the\s+|a\s+)?(?:central\w*\s+)?(?:['‘\"“]?(?:ai|ml|research|data science)['’\"”]?\s+)?"
    rf"(?:lab|team|group|hub|org|centre|center)\b",
    re.I,
)


def _centralise_answer(structure: OrgStructure | None, facts: list[StatedFact] | None = None) -> str:
    """What moving embedded ML people into a central group breaks, what it fixes, and the conditions for it."""
    if structure is not None and structure.units:
        return _centralise_groups_answer(structure, facts or [])
    bare = structure is not None and structure.no_platform
    return ("It breaks the squads first: each loses its only ML person and the product context that comes with them, "
            "and the models and pipelines they run today lose their owner"
            + (" (with nobody owning pipelines or serving, nobody is left to keep them running)" if bare else "")
            + ". Priorities move from the squads' roadmaps to the central group's, so squad work queues behind research. "
            "What it fixes is real but smaller: shared standards, a career path and a technical home for the data scientists"
            + (". It does not fix the actual gap, which is that nobody owns the shared stack: moving people does not build a "
               "platform" if bare else "")
            + ". If the move goes ahead, ask for: "
            + ("a named owner for feature pipelines and serving first; " if bare else "")
            + "each data scientist stays assigned to their squad (a dotted line, a standing slot in its planning) for at least "
            "a quarter; and a handover of every model in production before anyone moves. A lighter option that keeps most of "
            "the gain: leave them in the squads with a dotted line to the lab for standards, reviews and career.")


def _centralise_groups_answer(structure: OrgStructure, facts: list[StatedFact]) -> str:
    """Pulling whole groups out of the business functions they sit in: what breaks first, what it fixes, the conditions."""
    units = structure.units
    one = fact(facts, "shared_person")
    single = (f" It does not fix the one-person platform by itself (\"{one.evidence}\"): that stays a single point of failure "
              "whatever the org chart says." if one else "")
    return (f"It breaks the closeness first: {_listed(units)} each lose a group that sits with their priorities today, and "
            "the heads they report to lose people they steer; expect the first quarter to go on re-learning those priorities "
            "from a distance. What it fixes is real: one registry and one way to deploy, shared standards and a technical home "
            f"for everyone doing ML.{single} If the move goes ahead, ask for: each group keeps its business owner (a dotted line "
            "and a standing slot in their planning) for at least a quarter; the shared platform gets an owner with more than one "
            "person; and every model in production is handed over before anyone moves. A lighter option that keeps most of the "
            "gain: leave the groups where they are and make the registry and one deployment path shared, owned by the platform.")


# A choice between bringing ML people together and standing up a platform team first.
_PLATFORM = r"(?:stand(?:ing)? up|set(?:ting)? up|creat\w+|build\w*|start\w*|form\w*|spin\w* up)\s+(?:a\s+|an\s+|the\s+)?(?:small\s+|dedicated\s+|separate\s+|new\s+)?(?:ml\s+|data\s+|ai\s+)?platform team"
_TOGETHER = r"(?:merg\w+|pull\w*|bring\w*|mov\w+|consolidat\w+|combin\w+|fold\w*)\b"
_MERGE_OR_PLATFORM = re.compile(rf"\b{_TOGETHER}[^?.;]{{0,80}}?\bor\s+(?:to\s+|we\s+|should\s+we\s+)?{_PLATFORM}|\b{_PLATFORM}[^?.;]{{0,40}}?\bor\s+(?:to\s+|we\s+)?{_TOGETHER}", re.I)
# Splitting part of the manager's team off into its own pod: "splitting off a dedicated research pod of 2 from my team".
_SPLIT_OFF = re.compile(
    r"\bsplit(?:ting)?\s+(?:off\s+|out\s+)?(?:a\s+|an\s+)?(?:dedicated\s+|separate\s+|new\s+)?(?P<what>[\w-]+\s+)?(?:pod|team|group|squad|unit)\s+of\s+"
    r"(?P<n>\d+|two|three|four|five|six)\b[^.?;]{0,30}?\bfrom\s+(?:my|our|the)\s+team\b",
    re.I,
)
_MY_TEAM_SIZE = re.compile(rf"\bmy team\s*(?:\(|of\s+|is\s+|has\s+|,\s*)(?:about\s+|around\s+)?(?P<n>\d+|{SAID_NUMBER})\b|\b(?P<m>\d+|{SAID_NUMBER}) of us\b", re.I)
# Another org's request to hire ML people of its own, or to have the roles sit with the manager.
_THEIR_HIRES = re.compile(
    r"\b(?:support|back|agree to|accept|approve)\b[^?.;]{0,30}\b(?:their|the|this|that)\s+(?:request|plan|proposal|ask|hires?|hiring)\b[^?.;]{0,30}\bor\b"
    r"[^?.;]{0,40}\b(?:sit|report|be|live)\s+(?:with|under|to|in)\s+(?:me|my (?:team|group))\b",
    re.I,
)


def _n(word: str) -> int:
    return int(number(word) or 0)


def _said(m: re.Match[str] | None) -> str:
    return f'"{m.group(0).strip()}"' if m else ""


def _merge_or_platform_answer(text: str) -> str:
    """Platform first: the pain is in the shared stack a merge leaves unowned; merge later if the teams still diverge."""
    from tools.archetype_facts import read_facts

    pain = [f'"{f.evidence.split("; ")[0]}"' for f in read_facts(text) if f.kind in ("broken_shared_feature", "duplicated_pipelines", "babysat_serving")]
    why = (f"What you describe hurting is the shared stack, not the reporting lines: {', '.join(pain[:2])}. " if pain else
           "The usual pain in this choice is the shared stack (features, serving), not the reporting lines. ")
    return ("Stand up the platform first, and don't merge yet. " + why
            + "A merge moves people under one manager but leaves shared features and serving without an owner; a small "
            "platform team (two or three engineers, or one to start with a written contract for shared features) owns them: "
            "shared features versioned and tested before a change ships, one way to serve models, one on-call. Keep the teams "
            "where they sit, with shared reviews. What would change it: if after a quarter on the platform the teams still "
            "build the same models twice or fight over one roadmap, merge them then.")


def _split_off_answer(m: re.Match[str], text: str) -> tuple[str, str]:
    """Whether to split a standing pod off the manager's team, from the stated numbers."""
    n = _n(m.group("n"))
    what = (m.group("what") or "").strip().lower()
    size_m = _MY_TEAM_SIZE.search(text)
    size = _n(size_m.group("n") or size_m.group("m")) if size_m else None
    share = f"{n} of your {size} people, {round(100 * n / size)}% of the team" if size and size > n else f"{n} people"
    pod = f"{what} pod" if what else "pod"
    question = f"Should {'an' if pod[0] in 'aeiou' else 'a'} {pod} of {n} split off from your team?"
    answer = (f"Not as a standing {pod}, not from this team. That is {share}, taken from the models you ship today, and a "
              f"pod of {n} has no cover when one is out. Do the {what or 'new'} work without the split: a named bet with one "
              "owner for a quarter (a rotation, so it is nobody's side job and nobody's exile), a checkpoint with what would "
              "make it ship, and the product work re-planned for the time it takes. What would change it: new headcount for "
              f"the pod (then yes, with a shared backlog and reviews with your team), or a {what or 'new'} bet leadership "
              "ranks above what the team ships today.")
    return question, answer


def _their_hires_answer() -> str:
    """Another org hiring ML people of its own: support it with conditions, unless they would retrain shared models."""
    return ("Support it, with conditions, rather than pulling the roles under you. People who sit with the product know its "
            "problems, and under you they would be one more queue for that division. The conditions: they build on your "
            "platform and services (no second training or serving stack); a dotted line to you for standards, code review "
            "and career; your team keeps the shared models and they own what they build on top; and someone from your group "
            "is on the hiring panel. What would change it: if their job is to retrain or change the shared models "
            "themselves, ask for the roles to sit with you, since two owners of one model is worse than a queue.")


def _choice_answers(text: str) -> list[tuple[int, OrgAnswer]]:
    """The concrete choices asked (platform first or merge, split off a pod, another org's own hires), each made, with
    where in the text it was asked."""
    found: list[tuple[int, OrgAnswer]] = []
    choice = _MERGE_OR_PLATFORM.search(text)
    if choice:
        found.append((choice.start(), OrgAnswer(question="Bring the ML people together, or a platform team first?",
                                                answer=_merge_or_platform_answer(text))))
    split = _SPLIT_OFF.search(text)
    if split:
        question, answer = _split_off_answer(split, text)
        found.append((split.start(), OrgAnswer(question=question, answer=answer)))
    theirs = _THEIR_HIRES.search(text)
    if theirs:
        found.append((theirs.start(), OrgAnswer(question="Support their hires, or ask for the roles to sit with you?", answer=_their_hires_answer())))
    return found


# 'is the current setup the problem', 'what should it look like', 'how should we be structured'.
_SETUP_ASKED = re.compile(
    r"\bis (?:the|our|this|that) (?:current |whole )?(?:setup|set-up|structure|org(?:ani[sz]ation)?|shape|team (?:setup|structure))\b[^?.]{0,20}\bproblem\b|"
    r"\bwhat should (?:it|this|we|the team|the org|our (?:team|org|setup)) look like\b|\bhow should (?:we|i|the team|it) (?:be )?(?:structured|organi[sz]ed|set up)\b|"
    r"\bhow (?:should|do) (?:i|we) (?:structure|organi[sz]e|set up) (?:the|our|my) (?:team|org)\b",
    re.I,
)
# Who the shared person also works for: 'shared with the IT dept', 'in IT keeps the workspace alive'.
_SHARED_WITH = re.compile(r"\b(?:shared|split|borrowed|on loan|half[- ]time)\s+(?:with|from|between)\s+(?:the\s+)?(?P<o>.+)$|"
                          r"\b(?:in|from)\s+(?:the\s+)?(?P<p>[\w -]{2,20}?)\s+(?:keeps?|runs?|maintains?|looks after|holds)\b", re.I)
_ANGRY_AT = re.compile(r"\bwhatever (?:the )?(?P<who>board|ceo|cto|execs?|leadership|management|vp|director|business|customers?|press|council|mayor|minister)\b", re.I)
_OPTIMISATION = re.compile(r"optimi[sz]\w*|schedul\w*|roster\w*|routing|route planning|allocation|timetabl\w*|solver|dispatch\w*", re.I)
_UPPER = {"ceo", "cto", "cfo", "coo", "cio", "vp"}


def _the(word: str) -> str:
    word = word.strip()
    return f"the {word.upper() if word.lower() in _UPPER else word.lower()}"


def _role_of(who: str) -> str:
    """'1 data eng' -> 'the data engineer', as a role the answer can name."""
    role = re.sub(r"^(?:1|one|a|an|our|the|only|half (?:an?|of an?))\s+", "", who.strip(), flags=re.I)
    role = re.sub(r"\bdata eng\b", "data engineer", role, flags=re.I)
    return f"the {role}"


# 'what is the smallest structural change', 'the one structural change i should push for', 'what do we fix first'.
_CHANGE_ASKED = re.compile(
    r"\b(?:smallest|one|single|first|main|biggest) (?:structural )?(?:change|fix|move)\b|\bwhat (?:do|should) (?:we|i) (?:fix|change|push for)\b|"
    r"\bwhat(?:'s| is| would you)? (?:to )?(?:fix|change) first\b|\bfix first\b",
    re.I,
)


def _handoff_answer(text: str, structure: OrgStructure | None, facts: list[StatedFact]) -> OrgAnswer | None:
    """For a team whose models nobody owns once handed over: the change that stops them decaying unseen, with its trade-off."""
    unowned = fact(facts, "unowned_after_handoff")
    if unowned is None or not (re.search(HANDS_OVER, text, re.I) or (structure is not None and structure.layout == "centralized")):
        return None
    asked = _CHANGE_ASKED.search(text)
    said = "; ".join(f'"{part}"' for part in unowned.evidence.split("; "))
    answer = (f"Make the team that builds a model its owner in production, by default. You said {said}: the models fail "
              "in the gap after the hand-off, not in the building.")
    moves = [
        "Every model in production gets a named owner on your team and monitoring on its inputs and outputs, with an alert "
        "when an input changes (a new classification, a schema change, a drifting distribution), so you hear it before any "
        "user does.",
        "The receiving team keeps running the servers, but a model moves only with a runbook, the monitoring and an owner "
        "who accepts it; otherwise it stays yours.",
        "Trade-off: your team takes on run work (on-call for its models, retraining), so fewer new builds each quarter. "
        "Put that to your sponsor as the price of models that keep working.",
    ]
    question = "The smallest structural change that stops it" if asked else "What your description points to"
    return OrgAnswer(question=question, answer=answer, moves=moves, moves_heading="What that takes")


def _setup_answer(text: str, structure: OrgStructure | None, facts: list[StatedFact]) -> OrgAnswer | None:
    """Whether the setup is the problem and what it should look like, from what the description says happens: the team
    pulled onto whatever is urgent, someone it depends on shared with another group, new work asked for. Each move says
    its trade-off. None when the description states none of those."""
    rotation, shared, scope = fact(facts, "rotation"), fact(facts, "shared_person"), fact(facts, "new_scope")
    asked = _SETUP_ASKED.search(text)
    if not (rotation or scope or (shared and asked)):  # a shared person alone decides the setup only when the setup is asked about
        return None
    angry = _ANGRY_AT.search(rotation.evidence) if rotation else None
    sponsor = _the(scope.evidence.split()[0]) if scope else _the(angry.group("who")) if angry else "your sponsor"
    streams = _streams(text)
    size = _SMALL_TEAM_FOR.search(text)
    if rotation:
        shape = ("One small team with people grouped by product is the right shape at your size. " if structure is not None
                 and structure.layout == "centralized" else "The shape can stay for now. ")
        verdict = (f"Mostly not the shape: the rotation. {shape}What costs you is \"{rotation.evidence}\": every switch "
                   "restarts the context, nothing stays owned long enough to finish, and the products lose their owners.")
    elif shared:
        verdict = "Partly: the dependency, more than the shape."
    else:
        verdict = "Not the shape yet: the question is how the new work is staffed."
    moves: list[str] = []
    if rotation:
        owners = (f"{_listed(streams)} keep their product" if streams else "the people on each product keep it")
        urgent = f"{_the(angry.group('who'))}'s urgent asks" if angry else "urgent asks"
        waits = _the(angry.group("who")) if angry else "whoever asks"
        moves += [
            f"Make the product groups stable owners: {owners}, its roadmap and its fixes for at least a quarter, and nobody "
            "moves off without you deciding it.",
            f"Give {urgent} one door and a fixed slice: they come to you, you and {sponsor} rank them on a fixed rhythm, and "
            f"one named person (rotating, or you) takes them while the others stay put. Trade-off: {waits} waits days "
            "rather than hours for small asks; in exchange the products finish.",
        ]
    if shared:
        role = _role_of(shared.subject)
        where = _SHARED_WITH.search(shared.evidence)
        other = (where.group("o") or where.group("p")).strip() if where else "other team"
        verdict += (f" {'The second cost' if rotation else 'The cost'} is \"{shared.evidence}\": the data work every model "
                    f"needs is done part-time for someone else, so the {other}'s priorities set your pace.")
        moves.append(f"Make {role} yours in writing: a fixed share of the week agreed with the {other}, or your own as the "
                     f"next hire. Trade-off: the {other} loses that time, so it needs {sponsor}'s backing.")
    if scope:
        what = re.sub(r"^(?:the|a|an|our)\s+", "", scope.subject, flags=re.I)
        people = f"with {size.group('n')} people" if size else "with the team you have"
        kind = (" It is an optimisation problem (constraints, rules, a solver), a different skill and different data from "
                "forecasting, so it needs" if _OPTIMISATION.search(what) else " It needs")
        moves.append(f"Treat the {what} as its own line, not one more thing to rotate onto.{kind} its own owner (a hire with "
                     f"that experience, or someone grown into it), the data it runs on agreed first, and a date set only "
                     f"after a short scoping phase. Trade-off: {people}, taking it on without a hire means pausing one of "
                     f"the existing products; say which to {sponsor}.")
        pieces = [p for p in ("stable owners" if rotation else "", f"its own {_role_of(shared.subject)[4:]}" if shared else "",
                              f"a line for the {what}") if p]
        moves.append(f"For {sponsor}: what they are asking for is this team with {_listed(pieces)}; the decision to put to "
                     f"them is the headcount, not a new structure.")
    question = "Is the setup the problem, and what should it look like?" if asked else "What your description points to"
    return OrgAnswer(question=question, answer=verdict, moves=moves, moves_heading="What it should look like")


def answer_org_questions(text: str, structure: OrgStructure | None) -> list[OrgAnswer]:
    """The description's direct questions about its org, each with a recommendation and why, in the order asked."""
    found: list[tuple[int, OrgAnswer]] = []
    text = text or ""
    is_this = _IS_THIS.search(text)
    if is_this and structure is not None:
        label = is_this.group("label").strip().lower()
        same = label.split()[0] in structure.layout.replace("_", " ") or (label.startswith("embed") and structure.layout == "embedded")
        verdict = f"Yes: {structure.name}." if same else f"Not quite: it is {structure.name}."
        found.append((is_this.start(), OrgAnswer(question=f"Is this the '{label}' model?", answer=verdict)))
    move = _MOVE.search(text)
    if move:
        target = move.group("target").strip()
        found.append((move.start(), OrgAnswer(
            question=f"Should you push to move under {target}?",
            answer=("Not as your first move. A new reporting line trades closeness to the priorities you serve today for shared "
                    "infrastructure and standards, and it rarely fixes a resource problem by itself. Fix the dependency directly "
                    "first (a reserved quota or a service level for what you queue for, backed by your executive). Push to move "
                    f"only if, after that, you still can't get what you need, or your work needs {target} more than it needs "
                    "your current org's roadmap; if you do, ask for the compute and the standards in writing as part of the move."),
        )))  # fmt: skip
    conditions = _CONDITIONS.search(text)
    if conditions:
        merger = bool(_MERGE.search(text))
        found.append((conditions.start(), OrgAnswer(
            question=CONDITIONS_QUESTION,
            answer=_SPLIT_CONDITIONS if _SPLIT_UP.search(text) and not merger else ("A written mandate for what the combined team owns; one intake and one priority list, with who decides between "
                    "the two kinds of work; the headcount and budget that come with them; protected capacity so the model work you "
                    "own now doesn't drop; and a career path for the people joining" + (" (analysts who build dashboards have "
                    "different ladders from ML engineers)" if merger and re.search(r"analyst|dashboard|report", text, re.I) else "")
                    + ". Say yes once those are agreed, not before."),
        )))  # fmt: skip
    choices = _choice_answers(text)
    found += choices
    pull = None if _MERGE_OR_PLATFORM.search(text) else _PULL_IN.search(text)  # the either-or answers the pull too
    if pull:
        who = (pull.group("who") or pull.group("who2") or "them").strip()
        found.append((pull.start(), OrgAnswer(
            question=f"Should you pull {who} under you?",
            answer=("Not as your first move. Moving them under you trades their closeness to the people they serve (the reason "
                    "they sit there) for shared standards, and their managers will resist losing people they rely on; a reorg "
                    "fight costs a quarter and can be lost. Fix the duplication first: a dotted line to you for technical "
                    "standards, a guild with shared reviews, and your work packaged so reusing it is cheaper than rebuilding. "
                    "Track what still gets rebuilt for a quarter; if it persists, propose the reporting change with their "
                    "business leads' agreement and a career ladder for them, and with the numbers of what the duplication costs."),
        )))  # fmt: skip
    central = _CENTRALISE.search(text)
    if central:
        found.append((central.start(), OrgAnswer(question="What does pulling the embedded data scientists into the central group break?"
                                                 if not (structure and structure.units) else "What does pulling the groups into one central team break?",
                                                 answer=_centralise_answer(structure, read_facts(text)))))
    no_authority = _NO_AUTHORITY.search(text)
    if no_authority:
        found.append((no_authority.start(), OrgAnswer(
            question="Which fix works without authority?",
            answer=("The ones that don't need it: a paved road that is cheaper to use than to rebuild, piloted with one or two "
                    "willing teams, and a consolidation that saves money people can see. Standards only stick with a sponsor, "
                    "so ask the executive who set the goal to require the one or two that matter. With a small central team, "
                    "promise a pilot and a measured saving by the deadline, not the whole duplication gone."),
        )))  # fmt: skip
    found += _fact_answers(text, structure)
    return [a for _, a in sorted(found, key=lambda x: x[0])]


def _fact_answers(text: str, structure: OrgStructure | None) -> list[tuple[int, OrgAnswer]]:
    """The answers built from what the description says happens (models unowned after the hand-off, the team pulled onto
    urgent asks...), each placed where its question was asked, else at the end."""
    facts, found = read_facts(text), []
    for build, asked_re in ((_handoff_answer, _CHANGE_ASKED), (_setup_answer, _SETUP_ASKED)):
        answer = build(text, structure, facts)
        if answer is not None:
            asked = asked_re.search(text)
            found.append((asked.start() if asked else len(text), answer))
    return found


# What a layout says about where ML reports, for a description that does not say it otherwise.
REPORTS_TO: dict[Layout, str] = {"federated": "product_engineering_lead", "embedded": "product_engineering_lead", "centralized": "senior_leadership"}


def wants_short(text: str) -> bool:
    """True when the description asks only for a name ('what do you call it ... for a reorg doc')."""
    return bool(_WHAT_CALLED.search(text or "")) and len((text or "").split()) < 45
