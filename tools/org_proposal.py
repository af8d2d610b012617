"""The change an org description proposes, read in any words, and answered from the description's own facts.

A manager describing their ML org nearly always ends with one concrete change someone floated: move the MLOps team
under me, merge BI into my team, add a platform person instead of another modeller, pull the lone researcher into a pod,
put every ML person into one centre of excellence. The answer they need is a call on that change (yes / yes with
conditions / not yet), why in their numbers, what it risks, what to agree first and what breaks first; the layout
label comes second. `read_units` reads the groups the description names (size, where each sits), `read_proposal` the
change, `org_facts` the facts that decide it (a deployment queue, nobody owning the shared stack, work nobody reviews,
a platform that serves other departments) and `proposal_answer` makes the call. Pure: rules as data.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

from lead_core.number_words import SAID_NUMBER, number
from tools.archetype_structure import OrgAnswer, OrgStructure

ProposalKind = Literal["take_platform", "merge_in", "centralise", "hire_choice", "pod", "split", "embed", "carve_out", "leader_above"]

_NUM = rf"(?:\d{{1,2}}|{SAID_NUMBER})"


def _n(word: str) -> int | None:
    said = number(word, article=True)
    return None if said is None else int(said)


class OrgUnit(BaseModel):
    """One group the description names: what it is, how many people, where it sits."""

    name: str = Field(description="The group as named ('MLOps team', 'BI team', 'data scientists in marketing').")
    size: int | None = Field(default=None, ge=0, le=10000, description="How many people, when said.")
    sits_in: str = Field(default="", description="Where it sits or whom it reports to, as said ('IT', 'finance', 'the CTO').")
    mine: bool = Field(default=False, description="True for the manager's own team.")
    work: str = Field(default="", description="What the group works on, as said ('blast fragmentation vision + crusher liner wear models').")


class Proposal(BaseModel):
    """The change floated, in short."""

    kind: ProposalKind = Field(description="take_platform (a platform/MLOps group or person moves under the manager), merge_in "
                                           "(analysts, BI or another group's people join the manager's team), centralise (every ML "
                                           "person into one central group), hire_choice (the next hire: one kind or another) or split (the team split "
                                           "into pods or sub-teams) or leader_above (a head of AI or data hired above the manager).")
    words: str = Field(description="The description's words for the change.")
    by: str = Field(default="", description="Who floated it ('the CDO', 'I'), when said.")


class OrgFacts(BaseModel):
    """The facts that decide the call, each with the words it came from ('' when not said)."""

    queue: str = Field(default="", description="How long models wait to be deployed ('three to five weeks in their queue').")
    serves_others: str = Field(default="", description="The platform group also serves other departments.")
    no_platform: str = Field(default="", description="Nobody owns the shared stack: each runs their own boxes, nothing versioned.")
    unreviewed: str = Field(default="", description="Work nobody reviews ('notebooks nobody reviews').")
    never_ships: str = Field(default="", description="Work that never reaches production ('experiments that never ship').")
    reads_theirs: str = Field(default="", description="The team's models read another group's tables.")
    gatekeeper: str = Field(default="", description="A change board or release train that gates what ships.")
    releases: str = Field(default="", description="How rarely models reach production ('models go out twice a year', 'roughly quarterly').")
    data_gate: str = Field(default="", description="Someone outside the team holds data back ('won't give us raw images without a change order').")
    advice_ignored: str = Field(default="", description="The people the models serve can ignore them ('captains can ignore our speed recommendations').")
    silent_change: str = Field(default="", description="Someone else changed or rolled back the team's model without telling it ('rolled back our caption model ... without telling us').")
    thin_it: str = Field(default="", description="IT or engineering is one person, or shared with other duties ('IT is one guy who also does the tills').")


# ---- Units ------------------------------------------------------------------------------------------------------------
_SITS = r"(?:sits?|sitting|is|are|lives?|report(?:s|ing)?|belongs?)\s+(?:with)?(?:in|within|inside|under|to|into)\s+(?:the\s+)?(?P<p>[A-Za-z][\w&'’-]*(?:\s+(?!and\b|who\b|which\b|but\b)[A-Za-z][\w&'’-]*){0,2})"
_MY_TEAM = re.compile(
    rf"\bmy (?:team|group|squad)\s*(?::|=|-|is)\s*(?P<p>{_NUM})\s*(?:ppl|people|folks|engineers|data scientists|of us)\b|"
    rf"\bmy (?:team|group|squad)\b(?:\s+(?:of|is|=)\s+(?P<n>{_NUM})(?:\s+people)?|\s*\((?P<m>{_NUM})\b)?|\bi run\b[^.;(]{{0,40}}\((?P<k>{_NUM}) people"
    rf"|\b(?:ml|ds|ai)['’\x22]? (?:today )?(?:=|is):? me \+ (?P<j>{_NUM})\b|\b(?:(?:ml|ds|ai|data science|we)['’\x22]?(?: team)? (?:today |now )?(?:=|is|are):?|there(?:'s| is| are)) (?P<q>{_NUM}) of us\b",
    re.I,
)
_SIZED_UNIT = re.compile(
    rf"\b(?:a |an |the |one |our )?(?:separate |central |small |tiny |lone )?(?P<n>{_NUM})[- ](?:person|people|strong|man)\s+(?P<u>['‘\"“]?[\w&' -]{{2,30}}?['’\"”]?\s+(?:team|group|squad|unit))\b"
    rf"|\b(?:a |an |the |our )?(?:separate |central |small )?(?P<u2>[\w&'’-]+(?: [\w&'’-]+)?\s+(?:team|group|squad))\s+(?:\((?P<n2>{_NUM})\)|of (?P<n3>{_NUM})\b)"
    rf"|\b(?P<u3>[\w&'’-]+(?: [\w&'’-]+)?) is (?P<n4>{_NUM}) (?P<r4>analysts|engineers|people|data scientists)\b",
    re.I,
)
_HAS_PEOPLE = re.compile(
    rf"\b(?:the\s+)?(?P<o>[A-Za-z][\w&'’-]*(?:\s+[\w&'’-]+){{0,3}}?)\s+(?:team|department|dept|group|org)?\s*has\s+(?:(?P<n>{_NUM}|their own|its own)\s+)?"
    r"(?P<r>['‘\"“]?(?:data scientists?|analysts?|data (?:guy|person|people)|ml (?:engineers?|people)|researchers?|modell?ers?)['’\"”]?)",
    re.I,
)
_LONE = re.compile(
    rf"\b(?P<n>{_NUM}|a|an)\s+(?:lone\s+)?(?P<r>(?:bi |ml |ai |data |junior |senior )?(?:data (?:person|guy|people)|data scientists?|researchers?|analysts?|forecasters?|engineers?"
    rf"|modell?ers?|statisticians?|ds|mles?|operations research (?:guy|person)|people))\s+"
    rf"(?:who\s+)?(?:(?:sits?|sitting|based)\s+(?:in|inside|within|under)|reports?\s+to|inside|embedded in|in|under)\s+(?:the\s+)?"
    rf"(?!(?:total|all|the past|january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|a row)\b)(?P<p>[\w&'’-]+(?:\s+[\w&'’-]+){{0,2}})",
    re.I,
)


def read_units(text: str) -> list[OrgUnit]:
    """The groups the description names, the manager's own first, each with its size and where it sits when said."""
    units: list[OrgUnit] = []
    mine = _MY_TEAM.search(text)
    if mine:
        size = next((_n(g) for g in (mine.group("n"), mine.group("m"), mine.group("k"), mine.group("j"), mine.group("q"), mine.group("p")) if g), None)
        size = size + 1 if size is not None and mine.group("j") else size  # 'me + 3'
        clause = re.split(r"[,;.]|\s+and\s+(?:a|an|one|the|two|three|\d)\b", text[mine.end() : mine.end() + 80], maxsplit=1)[0]  # 'me + 2, and a data engineer who reports to IT': not mine
        where = re.search(_SITS, clause, re.I) or re.match(r"\s+in (?:the )?(?P<p>[\w&'’-]+(?: [\w&'’-]+)?)", clause) or re.search(r"\bwe sit (?:in|within|under) (?:the\s+)?(?P<p>[\w&'’-]+(?: [\w&'’-]+)?)", text, re.I)
        does = re.match(r"\s*[,:-]\s*(?P<w>(?!(?:and|but|who|which|we|i)\b)[^.;]{5,90})", text[mine.end() : mine.end() + 100], re.I)
        units.append(OrgUnit(name="your team", size=size, sits_in=_clean_place(where.group("p")) if where else "", mine=True,
                             work=does.group("w").strip(" ,") if does and not re.search(_SITS, does.group("w"), re.I) else ""))
    for m in _SIZED_UNIT.finditer(text):
        name = re.sub(r"['‘’\"“”]", "", m.group("u") or m.group("u2") or m.group("u3") or "").strip()
        n = next((_n(g) for g in (m.group("n"), m.group("n2"), m.group("n3"), m.group("n4")) if g), None)
        if (not name or name.lower() in ("my team", "team", "my group") or _NOT_A_UNIT.match(name)
                or re.search(r"\b(?:as|into) (?:one|a single|a new)\b", text[max(0, m.start() - 24) : m.start()], re.I)):
            continue  # 'embedded in the firmware team' is where people sit; 'as one data & AI team of 7' is the proposal
        if m.group("u3"):
            name = f"{name} ({n} {m.group('r4')})"
        where = re.search(_SITS, text[m.end() : m.end() + 60], re.I) or re.search(r"\bunder (?P<p>[A-Z][\w&]*|finance|it|engineering|hardware)\b", text[m.end() : m.end() + 40], re.I)
        units.append(OrgUnit(name=name, size=n, sits_in=_clean_place(where.group("p")) if where else ""))
    for m in _HAS_PEOPLE.finditer(text):
        owner = re.sub(r"^(?:the|our|and|also|separately,?)\s+", "", m.group("o").strip(), flags=re.I)
        if owner.lower() in ("my team", "i", "we", "it", "there", "that", "which", "who", "she", "he", "they"):
            continue
        n = _n(m.group("n")) if m.group("n") and not m.group("n").endswith("own") else (1 if m.group("n") and m.group("r").lower().endswith(("guy", "person")) else None)
        role = m.group("r").strip(_QUOTES)
        units.append(OrgUnit(name=f"{role} in {owner}", size=n, sits_in=owner))
    for m in _LONE.finditer(text):
        if any(_clean_place(m.group("p")).lower() == u.sits_in.lower() for u in units if u.sits_in):
            continue
        if m.group("r").lower() == "people" and (_n(m.group("n")) or 1) > 8:
            continue  # 'roughly 25 people in IT': the size of a department, not a group doing ML
        role = "ML people" if m.group("r").lower() == "people" else m.group("r")
        mine_too = re.search(r"\bme (?:and|\+)\s*$", text[max(0, m.start() - 12) : m.start()], re.I) is not None  # 'there's me and 3 forecasters'
        marked = re.match(r"\s*\((?:me (?:\+|and|&) \w+|incl(?:uding|\.)? me|with me)\)", text[m.end() : m.end() + 24], re.I)  # '4 data scientists in clinical ops (me + 3)'
        if marked and not mine_too:
            mine_unit = next((u for u in units if u.mine), None)
            if mine_unit is not None and mine_unit.size is None:
                mine_unit.size, mine_unit.sits_in = _n(m.group("n")), _clean_place(m.group("p"))
                continue
        mine_unit = next((u for u in units if u.mine), None)
        if mine_too and mine_unit is not None:  # 'ML is: me + 2 analysts in pricing': the manager's own team, where it sits
            mine_unit.sits_in = mine_unit.sits_in or _clean_place(m.group("p"))
            continue
        units.append(OrgUnit(name=f"{role} in {_clean_place(m.group('p'))}", size=(_n(m.group("n")) or 1) + (1 if mine_too else 0),
                             sits_in=_clean_place(m.group("p")), mine=mine_too and not any(u.mine for u in units)))
    return _distinct(units)


_QUOTES = "'‘’\"“”"
_NOT_A_UNIT = re.compile(r"(?:embedded|in|inside|within|who|sitting|working|under|my|our)\b", re.I)


def _clean_place(words: str) -> str:
    words = re.sub(r"\s+(?:and|who|which|but|doing|does|builds?|built|runs?|ran|owns?|ports?|serves?|also|under|in|sitting|for|with|keeps?|kept|made|wrote)\b.*$", "", words.strip(), flags=re.I)
    return words.strip(" ,.")


def _distinct(units: list[OrgUnit]) -> list[OrgUnit]:
    out: list[OrgUnit] = []
    for u in units:
        if not any(u.name.lower() == o.name.lower() for o in out):
            out.append(u)
    return out


# ---- The proposal ------------------------------------------------------------------------------------------------------
_PLATFORM = r"(?:ml ?ops|platform|infra\w*|devops|sre|deployment|serving|ml engineering|integration|data engineer(?:ing|s)?|etl|pipelines?|data loads?)"
_ANALYSTS = r"(?:bi\b|analysts?|analytics|data (?:guy|person|people|scientists?)|researchers?|the researcher|dashboards?|reporting)"
_ME = r"(?:under me|to me|into mine|under mine|in with mine|into my (?:team|group|org)|in my (?:team|group)|under my (?:team|group)|reporting to me|into (?:one|a single|a new) [\w&'’ -]{0,30}?team|as one [\w&'’ -]{0,20}?team|into a (?:small )?['‘\"“]?[\w&' -]{0,20}?['’\"”]?\s*(?:pod|team|group) under me)"
_PROPOSALS: tuple[tuple[ProposalKind, re.Pattern[str]], ...] = (
    ("hire_choice", re.compile(
        rf"\b(?:add|hire|get|bring in|next hire)\b[^.?!]{{0,60}}?\b{_PLATFORM}\b[^.?!]{{0,40}}?\b(?:instead of|rather than|or|vs\.?|versus)\b[^.?!]{{0,30}}?\b(?:another|a|an|one more)\b[^.?!]{{0,20}}?\b(?:model(?:l)?er|scientist|engineer|researcher|\w+ engineer)\b"
        rf"|\b(?:next hire|hire next)\b[^.?!]{{0,60}}?\b(?:another|a|an)\s+[\w-]+\s+(?:engineer|scientist|model(?:l)?er|researcher)\b[^.?!]{{0,20}}?\bor\b[^.?!]{{0,40}}?\b(?:infra\w*|platform|ml ?ops|devops|tooling|pipelines?)\b"
        rf"|\b(?:add|hire)\b[^.?!]{{0,30}}?\b(?:another|a|an|one more)\b[^.?!]{{0,20}}?\b(?:model(?:l)?er|scientist|engineer)\b[^.?!]{{0,20}}?\b(?:or|instead of|rather than|vs\.?)\b[^.?!]{{0,30}}?\b{_PLATFORM}\b",
        re.I)),
    ("take_platform", re.compile(
        rf"\b(?:mov\w*|pull\w*|put\w*|bring\w*|fold\w*|transfer\w*|shift\w*|merg\w*|absorb\w*|combin\w*)\b[^.?!]{{0,50}}?\b{_PLATFORM}\b[^.?!]{{0,40}}?{_ME}"
        rf"|\b{_PLATFORM}\b[^.?!]{{0,30}}?\b(?:should|could|would|to|will|can)\s+(?:move|come|report|sit|go|transfer)\s+(?:over\s+)?{_ME}", re.I)),  # 'whether the data engineer should move under me'
    ("merge_in", re.compile(
        rf"\b(?:merg\w*|mov\w*|pull\w*|put\w*|bring\w*|fold\w*|absorb\w*|combin\w*|transfer\w*)\b[^.?!]{{0,60}}?\b{_ANALYSTS}[^.?!]{{0,80}}?{_ME}"
        rf"|\babsorb\w*\s+(?:the\s+)?{_ANALYSTS}", re.I)),
    ("centralise", re.compile(
        r"\b(?:pull|put|move|bring|centrali[sz]e|consolidat\w*)\b[^.?!]{0,40}?\b(?:all|every|everyone)\b[^.?!]{0,30}?\b(?:ml|ai|data)\b[^.?!]{0,60}?\b(?:central|one|a single|centre of excellence|center of excellence|coe|hub)\b"
        r"|\b(?:create|set up|build|form|start|stand up|wants?|proposes?|considering)\b[^.?!]{0,30}?\b(?:(?:centre|center) of excellence|coe)\b"
        r"|\b(?:pull|put|move|bring|merge|fold|combine)\b[^.?!]{0,40}?\b(?:all|every\w*|both)\b[^.?!]{0,30}?\binto (?:one|a single|a central|one central|the central|a new)\b[^.?!]{0,40}?\b(?:ml|ai|data)\b"  # 'pull all of it into one central data & ML team'
        r"|\bcentrali[sz]e (?:all )?(?:the |our )?(?:ml|ai|data science)\b"
        # 'whether we should form one data team', 'create a single analytics group': the groups named become one
        r"|\b(?:form|create|build|make|set up|stand up|merge (?:them|everyone|us) into)\b (?:one|1|a single|(?:one|1) central|a central) (?:[\w&]+ ){0,2}(?:team|group|function|unit|department)\b"
        # 'pull all of it into one central data & ML team', 'pull them into one analytics team': the groups become one
        r"|\b(?:pull|put|move|bring|fold|consolidat\w*|combin\w*)\b[^.?!]{0,40}?\b(?:into|under) (?:one|a single|a central|one central)\b[^.?!]{0,40}?\b(?:team|group|org|function|unit|department|hub)\b", re.I)),
)
_FOLD = ("merge_in", re.compile(
    r"\b(?:(?:and\s+)?(?:whether|if|that)\s+)?(?:the\s+)?(?P<who>(?!(?:whether|if|that|and)\b)[\w-]+(?: (?!(?:whether|if|that|and)\b)[\w-]+)?)\s+(?:should|could|would|to|will)\s+(?:fold|merge|move|come|go)\s+(?:in(?:to)?|under|in with)\s+(?:my|our)\s+(?:group|team|org)\b", re.I))
_SPLIT = ("split", re.compile(
    r"\bsplit\w*\b[^.?!]{0,30}?\binto (?:an? |two |2 |three |3 )?['‘\"“]?[\w-]+['’\"”]?\s+(?:pod|squad|team|group|sub-?team)s?\b"
    r"(?:\s+and\s+(?:a |an )?['‘\"“]?[\w-]+['’\"”]?\s+(?:pod|squad|team|group|sub-?team))?"
    r"|\bsplit\w* (?:the team|us|my team|ml)\b[^.?!]{0,20}?\b(?:in two|in half|into (?:two|2|three|3) (?:pods|squads|teams|groups|sub-?teams))\b", re.I))
_EMBED = ("embed", re.compile(
    r"\b(?:split|spread|scatter|distribut|embed|break(?:ing)? up|farm(?:ing)? out|hand(?:ing)? out)\w*\s+(?:up\s+)?(?:my|our|the)\s+(?:(?:ml |data |central )?team|group|people|\d+|one|two|three|four|five|six|seven|eight)\b"
    r"[^.?!]{0,30}?\b(?:across|among|between|out to|over|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[a-z][\w-]*s\b", re.I))  # 'split my 4 across the factories', '... across the bakeries'
# 'a central AI platform team of 3: two of mine + one of IT's data engs': a new group made partly of the manager's people
_CARVE = ("carve_out", re.compile(
    rf"\b(?:new |central |separate |dedicated )?['‘\x22“]?(?:[\w-]+ ){{0,2}}(?:platform|mlops|ml ?ops|enablement|infra\w*|ai|ml|data)(?: [\w-]+)?\s+(?:team|group|squad|unit)['’\x22”]?"
    rf"[^.?!]{{0,40}}?\b(?P<k>{_NUM}) of (?:mine|my (?:people|team|engineers|folks|ppl|data scientists))\b"
    rf"|\b(?:take|taking|pull|pulling|move|moving)\s+(?P<k2>{_NUM}) of (?:mine|my (?:people|team|engineers|folks|ppl))\b[^.?!]{{0,40}}?\b(?:platform|mlops|central|new)\b[^.?!]{{0,20}}?\b(?:team|group)\b", re.I))
# 'md wants to 'embed' 2 of my 3 in the two biggest sites', 'put one of my four at each plant': some of the team, one per site.
_PLACES = r"(?:sites?|plants?|stores?|branches|branch|factories|factory|depots?|regions?|offices?|hospitals?|clinics?|farms?|warehouses?|mills?|mines?|ports?|glasshouses?|bakeries|yards?|terminals?|stations?|business units?|bus?)"
_EMBED_SOME = ("embed", re.compile(
    rf"\b(?:embed|split|spread|scatter|distribut|farm|move|put|place|station|base|send|post|locat)\w*['’\x22”]?\s+(?P<k>{_NUM}) of (?:my|our|the) (?P<n>{_NUM})\b(?:\s+(?:people|engineers|folks|ppl|data scientists))?"
    rf"[^.?!]{{0,20}}?\b(?:in|into|at|across|out to|on|to)\s+(?:the\s+|each\s+|every\s+)?(?:[\w-]+\s+){{0,3}}?{_PLACES}\b", re.I))
# 'the owner wants to hire a 'head of AI' above me', 'ceo is thinking of bringing in a chief data officer over me'
_LEADER = ("leader_above", re.compile(
    r"\b(?:hir\w*|bring\w* in|recruit\w*|appoint\w*|get|add\w*|put\w*)\b[^.?!]{0,30}?\b(?:a |an )?['‘\x22“]?(?:(?:head|director|vp|chief|lead) of (?:ai|ml|data(?: science)?|machine learning|analytics|ai and data|data and ai)|chief (?:ai|data|analytics) officer|c[ad]io|cdo)['’\x22”]?"
    r"(?:[^.?!]{0,40}?\b(?:above|over|in charge of) (?:me|us|my team)\b)?", re.I))
_LEADER_TITLE = re.compile(r"(?:head|director|vp|chief|lead) of [\w ]+|chief (?:ai|data|analytics) officer|c[ad]io|cdo", re.I)
# 'dissolve my team and place one data scientist in each resort', 'disband the central team and put one of us in every region'
_DISSOLVE = ("embed", re.compile(
    r"\b(?:dissolv|disband|break\w* up|wind\w* down|scrap|abolish|get(?:ting)? rid of)\w*\s+(?:my|our|the)\s+(?:central |ml |data(?: science)? |analytics )?(?:team|group|unit|function)\b"
    r"[^.?!]{0,80}?\b(?:one|a|an|each)\b[^.?!]{0,40}?\b(?:in|into|at|to|with|for) (?:each|every)\b[^.?!]{0,40}"
    r"|\b(?:place|put|embed|station|post|base|move)\w*\s+(?:one|a|an)\s+(?:data scientist|ml engineer|analyst|engineer|person|of (?:us|them|mine|my (?:team|people)))\b[^.?!]{0,30}?\b(?:in|at|into|with) (?:each|every)\b[^.?!]{0,40}", re.I))
_PROPOSALS = (_CARVE, _LEADER, *_PROPOSALS, _EMBED_SOME, _DISSOLVE, _EMBED, _FOLD, _SPLIT)
_BY = re.compile(r"\b(?P<w>(?:our |the |my )?(?:new )?(?:cto|ceo|coo|cdo|cio|cfo|vp[\w ]{0,15}?|chief [\w ]+? officer|director|head of [\w ]+?|boss|board|owners?|founders?|md|managing director|president|chair(?:man|woman)?))\b[^.?!]{0,40}?\b(?:wants?|is (?:considering|floating|proposing|thinking)|proposes?|suggested|is keen|'s idea|idea is|asked|floating)\b|\bi want to\b", re.I)


def read_proposal(text: str) -> Proposal | None:
    """The change floated, the first kind that reads (a hire choice before a move: 'add a platform person to my team
    instead of another modeller' is a hire), with who floated it when said."""
    for kind, pattern in _PROPOSALS:
        m = pattern.search(text)
        if m:
            start = text.rfind(".", 0, m.start()) + 1
            sentence = text[start : m.end()]
            by = _BY.search(sentence)
            who = by.group("w").strip() if by and by.group("w") else ("I" if by else "")
            if kind in ("take_platform", "merge_in") and re.search(_PLATFORM, m.group(0), re.I) and re.search(_ANALYSTS, m.group(0), re.I):
                kind = "pod"  # 'pull the researcher plus one platform person into a pod under me': people from two groups
            if kind == "merge_in" and re.search(r"\b(?:everyone|everybody|all of (?:it|them|us)|every (?:ml|ai|data) \w+)\b[^.?!]{0,20}?\binto (?:one|a single)\b", m.group(0), re.I):
                kind = "centralise"  # 'fold everyone into a single data and AI group reporting to me': every group, not one
            return Proposal(kind=kind, words=m.group(0).strip(" '\"‘’“”"), by=who)
    return None


# ---- The facts that decide it ------------------------------------------------------------------------------------------
_FACTS: dict[str, re.Pattern[str]] = {
    "queue": re.compile(rf"\b(?:wait|waits|waiting|queue\w*|sit|sits)\b[^.;]{{0,40}}?\b(?:{_NUM}(?:\s*(?:to|-|–)\s*{_NUM})?|a few|several)\s+(?:weeks?|months?)\b[^.;]{{0,25}}"
                        rf"|\b(?:a )?queue of (?:about |around |roughly )?(?:{_NUM}|a few|several)\s+(?:weeks?|months?)\b|\bwe queue on [^.;]{{3,40}}", re.I),
    "serves_others": re.compile(r"\b(?:serve|serves|support|supports|also (?:run|serve|work for))\b[^.;]{0,20}?\b(?:\w+ )?(?:other|more) (?:departments?|teams?|groups?|business units?)\b"
                                r"|\b(?:half|most|a third|a quarter|a lot|much|\d{1,2} ?%) (?:of )?(?:his|her|their|its) (?:time|week|days?) (?:goes|go|is spent|are spent|went) (?:on|to|into) [^.;]{3,40}", re.I),  # 'half his time goes on finance's reporting'
    "no_platform": re.compile(r"\bno (?:shared )?(?:platform|mlops|infra\w*)\b[^.;(]{0,100}?(?=\s+and\s|[.;(]|$)|\b(?:each|we each|everyone)\b[^.;]{0,20}?\b(?:runs?|trains?|babysits?|keeps?|maintains?)\b[^.;]{0,15}?\b(?:own|their own|our own)\b[^.;]{0,30}"
                         r"|\bnothing is versioned\b[^.;]{0,20}|\bno shared platform\b[^.;]{0,30}"
                         r"|\b(?:nobody|no one|no-one)\s+owns?\s+(?:the\s+)?(?:infra\w*|platform|mlops|deployment|the stack|the servers?)\b[^.;(]{0,60}"  # 'nobody owns infrastructure'
                         r"|\b(?:runs?|running|lives?|sits?)\s+on\s+(?:a|an|one|some)\s+(?:vm|server|box|laptop|pc|desktop)\b[^.;(]{0,40}"
                         r"|\bno platform\b[^.;(]*?(?=\s+and\s|[.;(]|$)", re.I),
    "unreviewed": re.compile(r"(?:[\w'’-]+\s+){0,4}\b(?:nobody|no one|no-one|noone|never)\s+(?:reviews?|reviewed|checks?)\b(?:\s+(?:any|all|none|most) of (?:it|them|this|that)|\s+(?:it|them|their [\w-]+|the [\w-]+|anything))?"
                             r"|(?:[\w'’-]+\s+){0,2}\bunreviewed\b[^.;,]{0,20}", re.I),
    "never_ships": re.compile(r"(?:[\w'’-]+\s+){0,3}\b(?:never|don'?t|do not|rarely)\s+(?:ship|ships|shipped|reach production|go live)\b", re.I),
    "reads_theirs": re.compile(r"\b(?:everything|all|the models?|what) we (?:train|build)\b[^.;]{0,20}?\breads? from their\b[^.;]{0,20}", re.I),
    "gatekeeper": re.compile(r"\b(?:quarterly|monthly|yearly)\s+(?:change board|release|release train)\b[^.;]{0,20}|\bchange (?:advisory )?board\b"
                             r"|\b(?:needs?|requires?|goes through|waits? for) (?:a |an )?(?:change ticket|change request|cab approval|release ticket)\b[^.;]{0,40}"
                             r"|(?:[\w'’-]+\s+){0,9}\bchange window\b[^.;]{0,30}", re.I),
    "releases": re.compile(r"(?:[\w'’-]+\s+){0,4}\b(?:deploy\w*|releas\w*|push\w* (?:software|updates?|models?|code)|(?:models?|updates?) (?:go|goes|went|get|gets) (?:out|live)|ship\w*)\b"
                           r"[^.;]{0,90}?\b(?:quarterly|twice (?:a|1|per|each) year|once (?:a|1|per|each) (?:year|quarter)|(?:yearly|annually)\b|every (?:few |\d+ |two |three |six )?(?:months|quarters?)|in dry ?dock)\b[^.;,]{0,30}?(?=\s+(?:so|and|but|when)\b|[.;,]|$)", re.I),
    "data_gate": re.compile(r"(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,4}\b(?:vendor|supplier|partner|contractor|provider|it|client|customer)\b[^.;]{0,60}?\b(?:won'?t|will not|doesn'?t|does not|refuses? to|can'?t|cannot)\s+"
                            r"(?:give|share|send|release|hand over|let us (?:have|see|access))\b[^.;]{0,80}?\b(?:data|images?|logs?|raw|access|feeds?|records|footage|exports?)\b(?:[^.;,]{0,40}?\bwithout (?:a |an )?[\w -]{3,30}?(?=[.;,]|\s+(?:and|but|so)\b|$))?"
                            # 'the sensor data belong to the manufacturer, who provides them through a portal with a one-day delay'
                            r"|(?:the\s+)?(?:[\w'’-]+\s+){0,3}\b(?:data|readings|feeds?|logs)\b (?:belong to|are owned by|is owned by|are held by|sit with) (?:the |a |an )?(?:manufacturer|vendor|supplier|partner|provider|client|customer)\b[^.;]{0,90}", re.I),
    "advice_ignored": re.compile(r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:\b(?:can|could|often|mostly|usually|just|still|always|routinely|tend to)\s+(?:ignore|override|overrule|disregard)|\b(?:ignores|overrides|overrule[sd]|disregards|ignored|overrode))\b[^.;,]{0,40}?\b(?:recommendations?|advice|predictions?|forecasts?|suggestions?|scores?|model|grading|outputs?)\b(?:\s+and\s+(?:mostly|often|usually) do\b)?"
                                 r"|(?:[\w'’-]+\s+){0,5}\bdecide whether to (?:trust|use|follow)\b[^.;,]{0,30}?(?=[.;,]|\s+(?:and|but|so)\b|$)"
                                 # 'the line operators ignore our wind-hold advice about half the time'
                                 r"|(?:the\s+)?(?:[\w'’-]+\s+){0,3}\bignore (?:our|the|its|their|most of our) (?:[\w-]+ ){0,2}(?:recommendations?|advice|predictions?|forecasts?|alerts?|scores?|suggestions?|outputs?)\b[^.;,]{0,25}", re.I),
    "silent_change": re.compile(r"(?:[\w'’-]+\s+){0,4}\b(?:rolled|rolls|roll|switched|turned|took|pulled|changed)\s+(?:back|off|down)?\s*(?:our|my team's|the team's)\s+(?:[\w-]+\s+){0,2}?models?\b[^.;]{0,80}?\bwithout (?:telling|asking|warning|consulting|a word)\b[^.;,]{0,10}", re.I),
    "thin_it": re.compile(r"\b(?:IT|engineering|tech|infra\w*) is (?:one|a single|just one|only one|1) (?:guy|person|man|woman|bloke|engineer|contractor)\b[^.;]{0,40}|\bone[- ](?:person|man) (?:IT|engineering|tech)\b[^.;]{0,20}"),
}


def org_facts(text: str) -> OrgFacts:
    """The deciding facts the description states, in its words (never cut inside a word), from the clause that says them
    ('loggers and they only push software ...' is said from 'they')."""
    said = {name: _whole_words(text, m) if (m := pattern.search(text)) else "" for name, pattern in _FACTS.items()}
    return OrgFacts(**{name: _LEAD_IN.sub("", words) if name in _CLAUSE_FACTS else words for name, words in said.items()})


_LEAD_IN = re.compile(r"^(?:(?:[\w'’-]+\s+){0,3}?(?:and|but|so|then)\s+)+", re.I)
_CLAUSE_FACTS = ("releases", "data_gate", "advice_ignored", "silent_change")  # read with a few words before them: said from their own clause


def _whole_words(text: str, m: re.Match[str]) -> str:
    end = m.end() + len(re.match(r"[\w'’-]*", text[m.end() :]).group(0))
    return text[m.start() : end].strip(" ,")


# ---- The call ----------------------------------------------------------------------------------------------------------
def _q(words: str) -> str:
    return f'"{words}"'


def _mine(units: list[OrgUnit]) -> OrgUnit | None:
    return next((u for u in units if u.mine), None)


def _take_platform(p: Proposal, facts: OrgFacts, units: list[OrgUnit]) -> OrgAnswer:
    platform = next((u for u in units if re.search(_PLATFORM, u.name, re.I)), None)
    them = f"the {platform.name}" if platform else "the platform team"
    gain = (f"It goes at your biggest cost: you said {_q(facts.queue)}; one roadmap and one intake cuts that wait. " if facts.queue else
            "It puts deployment and the work that waits on it under one roadmap, which is usually where the weeks go. ")
    risk = (f"The risk is everyone else they serve ({_q(facts.serves_others)}): under you, those teams will fear they come second, "
            "and the first quarter is when that fear turns into escalations. " if facts.serves_others else
            "The risk is the teams they serve today: under you, they will fear they come second. ")
    gate = (f" The {facts.gatekeeper.strip()} you mentioned stays whoever owns the pipelines: say so before the move is sold as "
            "owning the work end to end." if facts.gatekeeper else "")
    answer = "Yes, with conditions. " + gain + risk + (
        f"What breaks first, if nothing is agreed: the other teams' requests, as {them}'s time quietly goes to your models.") + gate
    moves = [
        "A written mandate from the sponsor: the platform still serves every team it serves today, with a published intake and "
        "service level (how fast a request is answered, how long a deployment waits).",
        f"{them[0].upper() + them[1:]}'s headcount and budget move with them, and their roadmap for the first quarter is agreed "
        "with the other teams in the room, not only with you.",
        "One priority list for platform work, with the rule for ranking your team's asks against theirs written down.",
        "An on-call rota that stays with the platform people, and a check after a quarter on deployment wait and on the other "
        "teams' satisfaction; be ready to give it back if either got worse.",
    ]
    return OrgAnswer(question=f"Should {them} move under you?", answer=answer, moves=moves, moves_heading="Agree before you say yes")


def _merge_in(p: Proposal, facts: OrgFacts, units: list[OrgUnit]) -> OrgAnswer:
    joining = [u for u in units if not u.mine and re.search(_ANALYSTS, u.name, re.I)]
    named = [("the " if not u.name[:1].isupper() else "") + u.name + (f" ({u.size})" if u.size and not re.search(r"\(\d", u.name) else "") for u in joining]
    names = (" and ".join([", ".join(named[:-1]), named[-1]]) if len(named) > 1 else named[0]) if named else "the people joining"
    mine = _mine(units)
    total = (mine.size or 0) + sum(u.size or 0 for u in joining) if mine and mine.size and all(u.size for u in joining) and joining else None
    size = f" (a team of {total} instead of {mine.size})" if total and mine else ""
    gains = [f"you would own {_q(facts.reads_theirs)}" if facts.reads_theirs else "",
             f"the work you described as {_q(facts.unreviewed)} gets reviews and standards" if facts.unreviewed else ""]
    gain = "; ".join(g for g in gains if g)
    answer = (f"Not as proposed; yes only with conditions{size}. "
              + (f"It buys something real: {gain}. " if gain else "It buys shared standards and one place for data work. ")
              + f"The cost: {names} do different work (dashboards, reports, ad-hoc asks) on different clocks; their requests are "
              "urgent and constant, and without a wall between the two kinds of work they will eat the model work first, and you "
              "will manage two crafts with one calendar. What breaks first: the model roadmap, as the urgent reporting asks win "
              "every week.")
    moves = [
        "Two intakes and two priority lists (reporting and models), with who decides between them written down.",
        "A lead for the reporting work inside the team, so you are not the day-to-day manager of two crafts.",
        "The headcount and budget come with the people, and career paths that fit them (analysts are not on the ML engineers' ladder).",
        "A quarter's check on model throughput: if it fell, split the reporting work back out.",
    ]
    if facts.unreviewed:
        moves.insert(0, f"Whatever the org chart, put the work you described as {_q(facts.unreviewed)} under review now; that risk does not wait for the reorg.")
    return OrgAnswer(question=f"Should {names} join your team?", answer=answer, moves=moves, moves_heading="If you say yes, agree first")


def _centralise(p: Proposal, facts: OrgFacts, units: list[OrgUnit]) -> OrgAnswer:
    embedded = [u for u in units if not u.mine and u.sits_in]
    where = ", ".join(f"{u.name} in {u.sits_in}" if u.sits_in.lower() not in u.name.lower() else u.name for u in embedded[:3])
    answer = ("Centralise the shared parts, not the people. " + (f"The groups that sit with their product ({where}) are there because "
              "their work needs that closeness; pulled into a central group they lose it, and their business leads will fight the "
              "move. " if where else "People who sit with a product are there for its problems; pulled into a central group they "
              "lose that, and their business leads will fight it. ")
              + (f"The strongest case for a central group is what nobody owns today: you said {_q(facts.no_platform)}. " if facts.no_platform else "")
              + _head_count(units)
              + "What a central group does well is the shared layer: a platform, standards, reviews, hiring and careers. So: a hub "
              "that owns those, with the embedded people keeping their reporting line and a dotted line to the hub. What breaks "
              "first under full centralisation: the embedded groups' delivery, as their work joins one central queue.")
    moves = [
        "A hub with a written scope: platform and tooling, model review standards, hiring and the career ladder for every ML person.",
        "Embedded people stay where they sit, with a dotted line to the hub and shared reviews.",
        "Pull a person in only when their work has no home in their unit (it never ships, or nobody reviews it).",
    ]
    if facts.unreviewed:
        moves.insert(0, f"Whatever the org chart, put the work you described as {_q(facts.unreviewed)} under review now; that risk does not wait for the reorg.")
    return OrgAnswer(question="Should every ML person move into one central group?", answer=answer, moves=moves, moves_heading="A middle path")


def _head_count(units: list[OrgUnit]) -> str:
    """'All told that is 7 people (...)': the groups the description names, counted, when every one has a size."""
    if len(units) < 2 or not all(u.size for u in units):
        return ""
    total = sum(u.size or 0 for u in units)
    parts = ", ".join(f"{u.size} {u.name}" + (" with you" if u.mine else "") for u in units)
    return f"All told that is {total} people ({parts}): small enough that one group would know every model, too few to staff a platform and every product at once. "


def _hire_choice(p: Proposal, facts: OrgFacts, units: list[OrgUnit]) -> OrgAnswer:
    mine = _mine(units)
    n = mine.size if mine and mine.size else None
    people = f"all {n} of you" if n else "everyone on the team"
    if facts.no_platform or (n and n >= 4):
        why = (f"You said {_q(facts.no_platform)}: that is part-time infrastructure work done {n or 'several'} times over. " if facts.no_platform else
               f"With {n} people building models, the shared stack (training, tracking, the path to production) costs all of them time. ")
        answer = ("The platform person, if the role owns the training setup, experiment tracking and the hand-off to production. "
                  + why + f"Another modeller adds one more stream of models on the same hand-built setup; a platform person gives time "
                  f"back to {people} and makes runs reproducible. Hire the modeller instead only if the model roadmap is starved and "
                  "the setup pain is small.")
        moves = [
            "Write the role as an engineer who ships: owns the training machines, versioning and the hand-off, measured by the time "
            "from a trained model to the people who deploy it.",
            "Agree with the team which chores move to the new person first (the shared training boxes, the release steps).",
            "Check after a quarter: hours the modellers got back, and how long a model takes to reach production.",
        ]
    else:
        answer = ("Another modeller, for now: nothing you describe says the shared setup is what slows the team. Revisit when the team "
                  "passes four or five people building models, or when each of them runs their own infrastructure.")
        moves = []
    if facts.queue:
        answer += f" Either way, the wait you described ({_q(facts.queue)}) is the next thing to fix."
    return OrgAnswer(question="Platform person or another modeller?", answer=answer, moves=moves, moves_heading="If you hire the platform person")


def _pod(p: Proposal, facts: OrgFacts, units: list[OrgUnit]) -> OrgAnswer:
    platform = next((u for u in units if re.search(_PLATFORM, u.name, re.I) and not u.mine), None)
    left = f" (that leaves the {platform.name} with {platform.size - 1} for everyone else)" if platform and platform.size and platform.size > 1 else ""
    parts = [
        (f"The platform person: yes, if the wait is the problem; you said {_q(facts.queue)}. Agree it with their team rather than "
         f"take it{left}: a named person for your work with a dotted line back is most of the gain without the fight.")
        if facts.queue else "The platform person: only if waiting on their team is what slows you; say how long, in weeks, before you ask.",
        (f"The researcher: only with a shipping goal. You said {_q(facts.never_ships)}; under you the work must ship, so agree "
         "the first thing it ships and when, or leave the reporting line alone.") if facts.never_ships else
        "The researcher: only with a shipping goal agreed before the move.",
    ]
    answer = ("Partly. It is not empire-building if each person you move shortens a path to production you can name; it is if "
              "it only adds headcount. " + " ".join(parts))
    moves = ["Write down, per person, which delay or gap the move removes and how you'll measure it after a quarter.",
             "Agree the move with the managers losing the people, and what their teams keep.",
             "Make the pod's first deliverable one that ships, with a date."]
    return OrgAnswer(question="Should you pull them into a pod under you?", answer=answer, moves=moves, moves_heading="Before you propose it")


def _fold_in(p: Proposal, facts: OrgFacts, units: list[OrgUnit]) -> OrgAnswer:
    """A group that is not analysts (an innovation lab, a pilots team) folded into the manager's team."""
    m = _FOLD[1].search(p.words)
    who = m.group("who") if m else re.split(r"\s+(?:should|could|would|to|will)\s+", p.words, maxsplit=1)[0].strip()
    group = next((u for u in units if not u.mine and who.lower() in u.name.lower()), None)
    mine = _mine(units)
    name = f"the {group.name}" if group else f"the {who} group"
    total = f" (a team of {mine.size + group.size})" if group and group.size and mine and mine.size else ""
    parts = ["Yes, if the move gives their work a path to production; no, if it only redraws the org chart" + total + "."]
    if facts.never_ships:
        parts.append(f"You said {_q(facts.never_ships)}: under you their first goal is one pilot that ships, with a date and the "
                     "people who will use it, and pilots are judged by the same bar as your models.")
    if facts.gatekeeper or facts.queue:
        wait = facts.gatekeeper or facts.queue
        parts.append(f"Moving them does not touch {_q(wait)}: that wait stays whoever they report to, so work it with IT first "
                     "(a standard path for model releases), or it will slow both teams.")
    parts.append(f"What breaks first: {name}'s open-ended exploration, once it competes with a roadmap that has dates.")
    moves = ["Agree the one or two pilots that go to production in the first quarter, each with the people who will use it.",
             "One intake and one backlog; a small protected share of time for exploration, written down.",
             "The headcount and budget come with them; check after a quarter what shipped."]
    if facts.gatekeeper or facts.queue:
        moves.insert(2, "Take the deployment wait to IT before the move: a pre-approved change for model releases.")
    return OrgAnswer(question=f"Should {name} fold into your group?", answer=" ".join(parts), moves=moves, moves_heading="If you say yes, agree first")


def _embed(p: Proposal, facts: OrgFacts, units: list[OrgUnit]) -> OrgAnswer:
    """The manager's central team split across sites or units, each person reporting to a local manager."""
    mine = _mine(units)
    said = None if _DISSOLVE[1].search(p.words) else re.search(rf"\b({_NUM})\b", p.words, re.I)  # 'one data scientist in each resort': per site, not the team
    count = _n(said.group(1)) if said else (mine.size if mine and mine.size else None)
    n = f"{count} people become" if count else "a small team becomes"
    parts = [f"Not yet. Split across sites, {n} one person per site, each alone with their models, nobody to review "
             "their work, and nobody owning what serves every site."]
    of = re.search(rf"\b({_NUM}) of (?:my|our|the) ({_NUM})\b", p.words, re.I)
    stay = (_n(of.group(2)) or 0) - (_n(of.group(1)) or 0) if of else 0
    if stay > 0:
        parts.append(f"The {'one who stays' if stay == 1 else f'{stay} who stay'} (and you) carry every model for every other site.")
    parts += _embed_fact_lines(facts)
    if facts.no_platform:
        parts.append(f"You said {_q(facts.no_platform)}: today the shared stack is what the team holds together; split, each site "
                     "gets its own copy of that problem.")
    if facts.unreviewed:
        parts.append(f"You also said {_q(facts.unreviewed)}: the sites already have unreviewed models; one more person per site "
                     "without a team behind them adds to that rather than fixing it.")
    parts.append("What the move is after, people close to each site's problems, you can get without it. What breaks first if "
                 "you do it anyway: the models that serve every site, as they lose their owners to local priorities.")
    moves = ["Keep one team, and give each person a site as their customer: a named contact there and a regular day on site.",
             "Build the minimum shared platform first: a proper server, versioned deploys, one place to review every model.",
             "Bring the sites' own model builders into the same review, so local work gets the same bar.",
             "Revisit embedding when that platform exists and a site has a roadmap that needs a full-time person."]
    return OrgAnswer(question="Should your team be split across the sites?", answer=" ".join(parts), moves=moves, moves_heading="Instead, for now")


def _embed_fact_lines(facts: OrgFacts) -> list[str]:
    """What embedding changes, and doesn't, about the limits the description states (see `limits_answer`)."""
    unchanged = [what for said, what in ((facts.releases, "how often models ship"), (facts.data_gate, "the data held back from you")) if said]
    lines = [f"It changes neither {' nor '.join(unchanged)}." if len(unchanged) == 2 else f"It doesn't change {unchanged[0]}."] if unchanged else []
    if facts.advice_ignored:
        lines.append("What it could help is whether the people at the sites trust and use the models, and a regular day on site "
                     "gets you that without moving anyone.")
    return lines


def limits_answer(text: str) -> OrgAnswer | None:
    """What limits the team beyond its shape, from the facts the description states (how rarely models ship, data someone
    else holds back, advice the users can ignore), each with the move it calls for; None when it states none."""
    facts = org_facts(text)
    said = [(facts.releases, f"Models ship only as often as {_q(facts.releases)} allows. Ask for a release path for models "
             "apart from that cycle (a remote update, or a model file the software loads), agreed with whoever owns the release."),
            (facts.data_gate, f"The data you need sits behind someone else: {_q(facts.data_gate)}. Settle access once, in writing "
             "(a standing data clause or agreement), not one change order at a time."),
            (facts.advice_ignored, f"The value depends on use: {_q(facts.advice_ignored)}. Name an owner on the operations side, "
             "measure how often the advice is followed, and ask the people who override it why.")]
    moves = [move for fact_words, move in said if fact_words]
    if not moves:
        return None
    return OrgAnswer(question="What limits you today?", answer="Beyond the structure, what your description says holds the work back.",
                     moves=moves, moves_heading="What to do about each")


def _split(p: Proposal, facts: OrgFacts, units: list[OrgUnit]) -> OrgAnswer:
    mine = _mine(units)
    n = mine.size if mine and mine.size else None
    if n is not None and n <= 7:
        answer = (f"Not yet. At {n} people, two pods are two teams of two or three, each one holiday or one resignation away from "
                  "stalling, and a hand-off appears inside a team that today owns its models end to end. What a split is meant to "
                  "buy (someone who owns the platform work, models that stop waiting on it) you can get without one: name the owner.")
        moves = ["Name an owner for the platform work (deployment, monitoring, the pipelines) as one person's explicit share of "
                 "the week, or a rotation, and keep one backlog.",
                 "Write down the signals that would make a split worth it: platform work above one person's full time, models "
                 "waiting on it, or the team past about eight people.",
                 "Tell your skip-level the answer in those terms: not now, what you do instead, and when you would split."]
        return OrgAnswer(question=f"Should a team of {n} split into pods?", answer=answer, moves=moves, moves_heading="Instead, for now")
    size = f"At {n} people" if n else "Once the team is past about eight people"
    answer = (f"{size}, a split can pay off if each pod owns something whole (a product's models, or the platform other teams "
              "use) and has at least three people; split by hand-off stage (data, modelling, deployment) and you add queues.")
    moves = ["Split by what each pod owns end to end, not by stage.", "Give each pod at least three people and its own backlog.",
             "Keep one forum across pods (design reviews, shared standards) so the platform and the models stay one system."]
    return OrgAnswer(question="Should the team split into pods?", answer=answer, moves=moves, moves_heading="If you split")


def _carve_out(p: Proposal, facts: OrgFacts, units: list[OrgUnit]) -> OrgAnswer:
    """A new platform/central group staffed partly with the manager's people: what it costs the work they leave."""
    mine = _mine(units)
    k = next((_n(g) for g in re.findall(rf"\b({_NUM}) of (?:mine|my)\b", p.words, re.I)), None)
    n = mine.size if mine and mine.size else None
    work = mine.work if mine and mine.work else "the models you run today"
    by = re.sub(r"^(?:the|our|my)\s+", "", p.by, flags=re.I)
    who = f"The {by}'s" if by and by != "I" else "The"
    if k is None or n is None or (n - k >= 3 and k * 3 <= n):
        return _give_some(k, n)  # a few people from a team that keeps its work staffed: yes, on conditions
    lose = f"{k} of your {n} people leave {work}, which {n - k} then carry" if n > k else f"all of your people leave {work}"
    parts = [f"Not as proposed. {who} idea builds the platform out of the people who ship the models: {lose}."]
    if facts.gatekeeper:
        parts.append(f"The need behind it is real: you said {_q(facts.gatekeeper)}, and a group that owns the path to production "
                     "is the fix for that wait.")
    if facts.no_platform:
        parts.append(f"You also said {_q(facts.no_platform)}: a shared platform would own that.")
    parts.append(f"What breaks first if you say yes: {work}, as the models already live lose their owners to platform building, "
                 "and the new group starts with no first deliverable anyone agreed.")
    moves = ["Agree the new group's first deliverable before anyone moves (for example, a deploy path that does not wait for the "
             "next change window), and a date for it.",
             f"Staff it so every live model keeps a named owner: one of yours, not {k or 'several'}, plus the data engineers, or a "
             "new hire for the other seat.",
             "Write down who sets its priorities (you, IT or the sponsor) and how your team's asks rank against everyone else's.",
             "Check after a quarter: is the wait to production shorter, and did the live models keep their quality?"]
    return OrgAnswer(question="What breaks if you say yes to the new group?", answer=" ".join(parts), moves=moves,
                     moves_heading="If you say yes, agree first")



def _give_some(k: int | None, n: int | None) -> OrgAnswer:
    """A few of a larger team's people to a new central platform: yes, if it takes work off the team rather than add a queue."""
    fewer = f"{k} fewer people" if k else "fewer people"
    of = f" ({k} of {n})" if k and n else ""
    answer = ("Yes, with conditions, if the platform will take work off your team rather than add a queue. Before you agree: the "
              "platform's first roadmap covers what your product needs (serving, training, on-call), with dates; the people who "
              "move keep a dotted line back to your team (design reviews, a rotation) for the first quarter; your roadmap is "
              f"re-planned for {fewer}{of}, and the product lead agrees what slips; and a check after a quarter on lead times and "
              "incidents. Push back if the platform's scope is vague, or if the people asked for are the ones who own models in "
              "production today.")
    return OrgAnswer(question=f"Should you agree to move {k or 'some'} of your people to the new central group?", answer=answer)

def _leader_above(p: Proposal, facts: OrgFacts, units: list[OrgUnit]) -> OrgAnswer:
    """A head of AI or data hired above the manager: answered first, from the size of the team and what it lacks."""
    mine = _mine(units)
    n = mine.size if mine and mine.size else None
    who = re.sub(r"^(?:our|my)\s+", "your ", p.by, flags=re.I)
    by = f"{who} wants" if p.by and p.by != "I" else "the idea is"
    title = _LEADER_TITLE.search(p.words)
    role = title.group(0).strip(_QUOTES).lower().replace(" ai", " AI").replace(" ml", " ML") if title else "head of AI"
    size = f"a team of {n}" if n else "a team this size"
    gaps = [f"you said {_q(w)}" for w in (facts.unreviewed, facts.thin_it, facts.no_platform) if w]
    lacks = (f" What it lacks is below you, not above you: {'; '.join(gaps)}." if gaps else
             " What a small team usually lacks is people who build and run things, not a layer above it.")
    answer = (f"Not as the next hire. {by[0].upper() + by[1:]} a leader above you, but {size} is one a single lead can run, and a "
              "head above you adds a salary and a layer without adding anyone who builds, checks or runs the work." + lacks +
              f" Ask what the {role} is meant to fix; most answers (a plan, a sponsor, credibility) come cheaper than a new layer.")
    moves = [
        "Ask what the role is for: a strategy, someone senior to vouch for the work, or more capacity. Write down the one or two "
        "outcomes they expect in a year.",
        "Offer what meets them without a layer: your mandate and the roadmap in writing, reviewed with them each quarter, and the next "
        "hire below you.",
        "If they still want senior AI judgement, buy it part-time (an adviser a few days a month) and revisit a senior hire above "
        "you when the team passes six to eight people or AI becomes what you sell.",
    ]
    if facts.unreviewed:
        moves.append(f"Put {_q(facts.unreviewed)} under a light check (one owner, a look each month), since decisions ride on it; "
                     "that is a quick win a new layer would not give you.")
    if facts.thin_it:
        moves.append(f"Make the next hire one who keeps the forecasts and their data feeds running, so they stop resting on {_q(facts.thin_it)}.")
    return OrgAnswer(question=f"Should they hire a {role} above you?", answer=answer, moves=moves, moves_heading="What to do instead")


def stated_conditions(text: str) -> list[str]:
    """Conditions for taking on a wider remit, from the facts the description states (who deploys and on what rhythm, a
    model rolled back without a word, work nobody reviews): what the generic list of asks cannot know."""
    facts = org_facts(text)
    out = []
    gate = re.split(r",?\s+(?:and|but|so)\s+", facts.gatekeeper or facts.releases)[0]
    if gate:
        out.append(f"A path to production you control or a written service level for it: today {_q(gate)}, and a team that serves "
                   "everyone's models cannot keep their promises on someone else's release rhythm.")
    if facts.silent_change:
        out.append(f"A rule for changes to served models: {_q(facts.silent_change)} must not happen again. Nobody rolls back or "
                   "changes a model without telling its owner, and who pays for the compute (a budget or a cost ceiling per model) "
                   "is written down.")
    if facts.unreviewed:
        out.append(f"Who reviews the models you would serve for others: {_q(facts.unreviewed)}. Serving a model makes you answerable "
                   "for it, so agree a review before it joins your platform, or serve it only as theirs.")
    return out


# ---- A first team, from scratch ----------------------------------------------------------------------------------------
# The organisation wants its first data or ML team, or asks whom to hire first: 'board want to set up a data team', 'what
# shape should it be and who do we hire first?'.
HIRE_FIRST = re.compile(r"\b(?:hire|hiring|recruit)\s+(?:first|frst|1st)\b|\b(?:our|the|my|a) first (?:data |ml |ai |analytics )?hires?\b", re.I)
FIRST_TEAM = re.compile(
    r"\b(?:set(?:ting)? up|build(?:ing)?|start(?:ing)?|creat(?:e|ing)|stand(?:ing)? up|form(?:ing)?|hir(?:e|ing)|get(?:ting)?)\s+(?:a|an|our|the)\s+"
    r"(?:first\s+|proper\s+|new\s+|real\s+|small\s+|dedicated\s+)?['‘\"“]?(?:data|ml|ai|analytics|data science|machine learning|insights?)"
    r"(?: (?:and|&) (?:ml|ai|analytics|data))?['’\"”]?\s+(?:team|function|group|unit|capability)\b"
    rf"|{HIRE_FIRST.pattern}|\bwhat shape should (?:it|the team|this|that|they|we)\b",
    re.I,
)


class ExistingPiece(BaseModel):
    """One piece of data or ML work the organisation already has, in the description's words, with why it is fragile."""

    words: str = Field(description="The description's words for it.")
    personal_machine: bool = Field(default=False, description="It runs on someone's own laptop, desk machine or VM.")
    one_person: bool = Field(default=False, description="Nobody but its builder understands or can run it.")
    outsider: bool = Field(default=False, description="A volunteer, contractor or other non-staff person built or runs it.")
    vendor: bool = Field(default=False, description="A vendor's product the organisation cannot change itself.")
    spreadsheet: bool = Field(default=False, description="It lives in spreadsheets.")
    unsupported: bool = Field(default=False, description="Its builder works with no engineering support.")


_ON_A_LAPTOP = re.compile(r"\b(?:on|from|off) (?:one of )?(?:his|her|their|my|someone'?s|a|an|one|the|an old) (?:own |personal |old |spare )?(?:virtual )?"
                          r"(?:laptops?|desktops?|pcs?|machines?|computers?|macs?|vms?)\b|\bunder (?:a|someone'?s|his|her|my) desk\b", re.I)
_ONE_PERSON = re.compile(r"\b(?:nobody|no one|no-one|noone) (?:else|here|on our side|outside [\w-]+(?: [\w-]+)?) (?:really )?(?:understands|knows|can (?:run|fix|change|maintain|restart|retrain)|touches|maintains)\b|\bonly (?:he|she|they|[a-z]+) (?:knows|understands|can (?:run|fix))\b", re.I)
_OUTSIDER = re.compile(r"\b(?:volunteers?|contractors?|freelancers?|consultants?|interns?|students?|placement)\b|\ban? (?:outside |external )?agency (?:built|made|wrote|runs|set up|did)\b", re.I)
_VENDOR = re.compile(r"\b(?:a|the|our|an outside) vendor'?s?\b|\bbought[- ]in\b|\boff[- ]the[- ]shelf\b", re.I)
_SHEETS = re.compile(r"\b(?:excel|spreadsheets?|google sheets|access database)\b", re.I)
_UNSUPPORTED = re.compile(r"\bno (?:engineering|technical|tech|it|dev\w*|data) (?:support|help)\b|\bwithout (?:any )?(?:engineering|technical) (?:support|help)\b", re.I)
# Something built: a clause about the company itself ('we are an interpreting agency') is no piece of work.
_BUILT_THING = re.compile(r"\b(?:models?|scripts?|scrapers?|forecasts?|dashboards?|pipelines?|tools?|reports?|databases?|spreadsheets?|excel|"
                          r"notebooks?|apps?|classifiers?|predict\w*|analys[ie]s|captioning|pilot\w*|bots?|sheets?|systems?|servers?|selection|scoring)\b", re.I)
_LEANS_BACK = re.compile(r"^(?:it|which|this|that|they|he|she|and it|but it|so it)\b", re.I)
_APPROX = re.compile(r"^(?:about|around|roughly|~)\s*", re.I)
_STAFF = re.compile(r"\b(?:about |around |roughly |~\s?)?(?P<n>\d{1,4}) (?:paid |salaried |full[- ]time |permanent )?(?:staff|employees|people on payroll)\b", re.I)


def _clauses(text: str) -> list[str]:
    """The description's clauses, one that leans back on the one before ('...; it runs nightly on one of their own VMs')
    joined to it."""
    out: list[str] = []
    for clause in re.split(r"[;:\n]|\.(?:\s|$)", text):
        words = re.sub(r"^\s*(?:(?:and|also|plus|then|separately|meanwhile|besides),?\s+)*(?:(?:our|the)\s+)?", "", clause.strip(" ,"), flags=re.I).strip()
        if out and _LEANS_BACK.match(words):
            out[-1] = f"{out[-1]}; {words}"
        elif words:
            out.append(words)
    return out


def existing_pieces(text: str) -> list[ExistingPiece]:
    """The pieces of data or ML work the description lists, each clause that says one, with its fragility."""
    pieces = []
    for words in _clauses(text):
        flags = {"personal_machine": bool(_ON_A_LAPTOP.search(words)), "one_person": bool(_ONE_PERSON.search(words)),
                 "outsider": bool(_OUTSIDER.search(words)), "spreadsheet": bool(_SHEETS.search(words)), "vendor": bool(_VENDOR.search(words)),
                 "unsupported": bool(_UNSUPPORTED.search(words))}
        if any(flags.values()) and _BUILT_THING.search(words) and len(words.split()) >= 4 and not FIRST_TEAM.search(words):
            pieces.append(ExistingPiece(words=_short(words), **flags))
    return pieces


def _short(words: str, limit: int = 24) -> str:
    """At most about `limit` words: a joined clause keeps what the thing is and what was said of it ('the booking-match
    model ...; it runs nightly ... and nobody else knows how to restart it')."""
    parts = words.split("; ")
    if len(words.split()) <= limit or len(parts) == 1:
        split = words.split()
        return " ".join(split[:limit]).rstrip(",") + (" ..." if len(split) > limit else "")
    def cut(part: str, n: int) -> str:
        return " ".join(part.split()[:n]) + (" ..." if len(part.split()) > n else "")

    return "; ".join([cut(parts[0], 8)] + [cut(p, limit) for p in parts[1:]])  # what it is, then what was said of it


def _piece_move(piece: ExistingPiece) -> str:
    said = _q(piece.words)
    if piece.vendor and piece.one_person:
        return (f"{said}: agree with the vendor, in writing, how it is retrained and checked and what you may see of its data, "
                "and name one person on your side who owns that relationship.")
    if piece.one_person and piece.outsider:
        return (f"{said}: before anything new, get it documented and handed over (how it runs, where it breaks), paying for a "
                "few days of its builder's time if needed, while they are still reachable.")
    if piece.one_person:
        return (f"{said}: before anything new, have its builders write down how it runs and restarts, back it up, and move it "
                "to shared infrastructure someone else can look after, so a second person can run it.")
    if piece.personal_machine:
        return (f"{said}: move it off the personal machine onto a scheduled job on shared, backed-up infrastructure, code in "
                "version control, with its builder pairing with the new hire.")
    if piece.spreadsheet:
        return (f"{said}: leave it with the people who use it for now; the new hire gives them clean data to start from, then "
                "tests whether a simple model beats the spreadsheet.")
    if piece.unsupported:
        return (f"{said}: give it a share of the first hire's time (a day a week) so it can become something that runs, or agree "
                "with its sponsor that it stays research.")
    return f"{said}: give it a named owner on the staff and write down how it runs."


_SPONSOR = re.compile(r"\b(?:the |our |my )?(?P<w>board|trustees|ceo|md|managing director|owners?|founders?|directors|leadership|execs?|exec team|committee|council|chair)\b", re.I)


def _sponsor(text: str) -> str:
    """Who wants the team, as said in the sentence that asks for it ('the trustees'), else whoever sponsors it."""
    m = FIRST_TEAM.search(text)
    start = text.rfind(".", 0, m.start()) + 1 if m else 0
    said = _SPONSOR.search(text[start : m.end()]) if m else None
    if said is None:
        return "whoever sponsors it"
    word = said.group("w")
    return f"the {word.upper() if word.lower() in ('ceo', 'md') else word.lower()}"


def _today_line(pieces: list[ExistingPiece]) -> str:
    fragile = [p for p in pieces if p.personal_machine or p.one_person or p.outsider]
    return (f"What you have today rests on single people, not a team: {'; '.join(_q(p.words) for p in fragile[:3])}. "
            if fragile else "")


_FIRST_HIRE = "a data engineer who can also put models into production (an ML or analytics engineer), not another data scientist or a researcher"


def first_hire_answer(text: str) -> OrgAnswer | None:
    """The first hire, from what the organisation already has, when the description asks whom to hire first."""
    if not HIRE_FIRST.search(text or ""):
        return None
    pieces = existing_pieces(text)
    answer = (f"{_FIRST_HIRE[0].upper() + _FIRST_HIRE[1:]}. " + _today_line(pieces) + "Their first job is to make that work run "
              "without its builders (scheduled, documented, watched) and give everyone clean data; more modellers pay off only "
              "once that is in place.")
    return OrgAnswer(question="Who do you hire first?", answer=answer, moves=[_piece_move(p) for p in pieces[:4]],
                     moves_heading="What the first hire takes on, in order")


def fragile_answer(text: str) -> OrgAnswer | None:
    """What rests on one person or one machine today, whatever the structure: each piece with its first fix; None when
    the description names none."""
    pieces = [p for p in existing_pieces(text) if p.one_person or p.personal_machine]
    if not pieces:
        return None
    return OrgAnswer(question="What rests on one person or one machine today?",
                     answer="Whatever the org chart, these break first if their one owner leaves or the machine dies; fix them in "
                            "the first month, before the reorg is finished.",
                     moves=[_piece_move(p) for p in pieces[:4]], moves_heading="First fixes")


def first_team_answer(text: str) -> OrgAnswer | None:
    """The shape of a first data team and the first hire, from what the organisation already has; None when the
    description asks about neither."""
    if not FIRST_TEAM.search(text or "") or _MY_TEAM.search(text or ""):
        return None
    pieces = existing_pieces(text)
    staff = _STAFF.search(text)
    said = _APPROX.sub("", staff.group(0)) if staff else ""
    size = f"For an organisation of {said}, " if staff else "At this size, "
    answer = (f"{size}one small central team, one or two people reporting to one sponsor and serving the whole organisation; not a "
              f"team per department and not a research group. First hire: {_FIRST_HIRE}. " + _today_line(pieces) +
              "The first year's job is to make that work run without its builders and give everyone clean data to work from; new "
              "models come after. Second hire: an analyst or data scientist, once the data runs on its own and a second problem "
              "has an owner who will use the answer.")
    moves = [_piece_move(p) for p in pieces[:4]]
    moves.append(f"Before the job ad: write down with {_sponsor(text)} what the team is for in its first year (two or three "
                 "problems, each with an owner who will use the result) and whom it reports to.")
    return OrgAnswer(question="What shape should the team be, and who do you hire first?", answer=answer, moves=moves,
                     moves_heading="What the first hire takes on, in order", whole_answer=True)


_ANSWERS = {"leader_above": _leader_above, "carve_out": _carve_out, "embed": _embed, "split": _split, "pod": _pod, "take_platform": _take_platform, "merge_in": _merge_in, "centralise": _centralise, "hire_choice": _hire_choice}


def proposal_answer(text: str) -> OrgAnswer | None:
    """The call on the change the description floats, from its own facts; None when it floats none."""
    proposal = read_proposal(text)
    if proposal is None:
        return first_team_answer(text)
    if proposal.kind == "merge_in" and not re.search(r"analyst|\bbi\b|report|dashboard|insight", proposal.words, re.I):
        if re.search(r"data scien|\bds\b|ml (?:people|engineers)", proposal.words, re.I):
            return None  # data scientists embedded in the business pulled in: the layout's closeness answer fits them, not a merge of analysts
        return _fold_in(proposal, org_facts(text), read_units(text))  # another kind of group: its own call
    return _ANSWERS[proposal.kind](proposal, org_facts(text), read_units(text))


def units_structure(text: str) -> OrgStructure | None:
    """The layout named from the groups the description lists, for a description no layout rule reads: the manager's team
    and where it sits, and each other group with its home."""
    units = read_units(text)
    mine = _mine(units)
    others = [u for u in units if not u.mine]
    if mine is None or not others:
        return None
    where = f" in {mine.sits_in}" if mine.sits_in else ""
    listed = "; ".join(f"{u.name}" + (f" ({u.size})" if u.size and not re.search(r"\(\d", u.name) else "") + (f", under {u.sits_in}" if u.sits_in and u.sits_in.lower() not in u.name.lower() else "") for u in others[:5])
    size = f" of {mine.size}" if mine.size else ""
    return OrgStructure(
        layout="hybrid",
        name=f"a hybrid: your ML team{size}{where}, with {'other groups' if len(others) > 1 else 'another group'} doing ML-adjacent work elsewhere",
        why=listed,
        summary=("No one owns ML across the company: each group has its own home, priorities and way of shipping. That keeps each close "
                 "to its users and costs you shared standards, shared infrastructure and a clear path to production."),
        fixes=["One owner for the shared layer (platform, reviews, standards), whoever the people report to.",
               "A dotted line from every ML person to that owner: shared reviews, hiring and a career ladder.",
               "One agreed path to production with a service level, instead of each group's own queue."],
    )
