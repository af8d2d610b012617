"""The decision object behind a drafted message: the drafting tool's input built once from the turn's
`Situation` and the tool results (what-if, forecast, prescriptions), so the body says what the manager
supplied (the decision, the offer, the reason, the dates and numbers) and never contradicts the
recommendation. Who the message is for is settled here too: the named recipient, else the person who
asked, else the person a pronoun points to.
"""

from __future__ import annotations

import re
from datetime import date
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from lead_core.fit import fit_to
from lead_core.number_words import number
from agent.draft_brief import cost_of_not, message_brief
from agent.draft_content import content_points, holds_writer_words, range_meaning, instruction_only, private_asides, quoted_message, respelt, reader_fallback, relayed_question, whole_sentences, writer_words
from agent.explaining import explained_points, explains
from agent.situation import Situation
from agent.understanding.dates import names_a_day
from agent.understanding.messages import NAMED_KIND
from agent.understanding.writer_notes import BUT_CAN, INSTRUCTION_START, OFFER_CLAUSE, REFUSAL, note_constraints
from agent.tool_results import latest_input, latest_result
from tools.message import Point, slip_said
from tools.reader_facing import KeptOut

if TYPE_CHECKING:
    from tools.simulate import Forecast, Prescriptions
    from tools.team import Team
    from tools.whatif import WhatIfResult

# Message audiences of the drafting tool, from the recipient's role.
COARSE_AUDIENCE = {
    "vp": "executive", "cto": "executive", "cfo": "executive", "ceo": "executive", "coo": "executive",
    "director": "executive", "exec": "executive", "head_of_product": "product", "product": "product",
    "own_team": "own_team", "report": "own_team", "peer_team": "peer_team", "customer": "peer_team",
}  # fmt: skip
ROLE_LABELS = {
    "vp": "VP", "cto": "CTO", "cfo": "CFO", "ceo": "CEO", "coo": "COO", "director": "director", "exec": "leadership",
    "head_of_product": "head of product", "product": "product", "own_team": "team", "report": "report",
    "peer_team": "partner team", "customer": "customer",
}  # fmt: skip
PRONOUNS = {"him", "her", "them", "he", "she", "they"}
# A reader that is a group, not a person ("Council", "the board"): greeted "Hi all,".
# A body of people the message goes to ('ask to the co-op's members' council', 'update for the board'), not a thing of
# theirs ('for the council contract meeting', 'the board deck').
BODY_OF_PEOPLE = re.compile(r"\b(?:to|for)\s+(?:the|our|my|their)\s+(?:[\w'’-]+\s+){0,3}?(?:council|board|committee|panel|trustees|governors|steering group)\b"
                            r"(?!['’]s|\s+(?:meeting|deck|pack|paper|contract|report|slides?|review|session|date|deadline|presentation)\b)", re.I)
GROUP_RE = re.compile(r"(?i:(?:the )?(?:council|board|committee|directors|leads|leadership|execs?|panel|group|squad|everyone|all))")
# Purposes whose body answers "will it make the date?": a stated chance stands in for a forecast.
ODDS_PURPOSES = ("answer_question", "forecast_risk", "explain_uncertainty", "progress_update")
STRATEGY_WORDS: tuple[tuple[str, str], ...] = (
    ("finish_first", r"\bfinish\w*\b.{0,60}\b(?:first|before)\b|\bafter .{0,40}\b(?:ships|lands|is done|wraps)\b|\bonce .{0,40}\b(?:ships|lands|is done|wraps)\b"),
    ("switch_now", r"\bswitch\w* (?:\w+ )?(?:now|right away|immediately)\b|\bstarts? (?:on it )?(?:now|monday|right away|immediately)\b"),
    ("split_capacity", r"\bsplit\b|\bpart[- ]time\b|\b50/50\b|\b(?:half|part|some|a (?:third|quarter|fifth)|\d{1,2}\s*%) (?:of )?(?:her|his|their|[a-z]+['’]s) time\b|\b\w+ days? (?:a|per|every|each) week\b"),  # 'half of priya's time'
    ("defer_new", r"\bdefer\w*\b|\bwait\w* (?:until|for|till)\b|\bnext (?:quarter|planning|cycle)\b"),
)
SLIP_SAID_RE = re.compile(r"\bwon'?t make\b|\bslip\w*|\bat risk\b|\bdelay\w*|\blate\b|\bmiss\w*|\bbehind\b|\bnot going to make\b", re.I)
# "marco still blocked on the warehouse schema, need platform's help": the need is the ask of the message.
NEED_RE = re.compile(r"(?:^|,\s+|;\s+|\s+and\s+)(?:so\s+)?(?:we\s+|i\s+)?(?:really\s+|urgently\s+)?need\s+(?!to\b)(?P<a>[^.;,]{3,120})", re.I)
GENERIC_OFFER = "a smaller first version, or a slot after the current commitments land"
# A number said in words ('about five weeks'): never a person's name, whatever a list of first names holds.


def draft_input(
    s: Situation,
    question: str,
    today: date,
    records: list[dict[str, Any]],
    *,
    forecast: Forecast | None = None,
    reprioritization: WhatIfResult | None = None,
    for_team: bool = False, team: Team | None = None,
) -> dict[str, Any]:
    """The drafting tool's input: one decision object from the situation and tool results (`for_team`: the team post)."""
    from tools.message import DraftInput, Facts

    role, recipient = _reader_of(s, question, for_team)
    if GROUP_RE.fullmatch(recipient):
        recipient = "all"  # "the regional ops council": a group is greeted as one ("Hi all,"), never by its title
    purpose = "announce_change" if for_team else s.get("purpose") or default_purpose(s, reprioritization is not None)
    pasted = s.get("draft_text") if isinstance(s.get("draft_text"), str) else pasted_to_shorten(question)
    said = re.sub(r"\bexplain (?:this|it|that)\b", " ", question.replace(pasted, " "), flags=re.I) if pasted else ""  # explaining to the reader is a reply
    if pasted and not isinstance(s.get("draft_text"), str) and ((_is_their_question(s, pasted) and not sounds_wrong(said)) or received_to_answer(question.replace(pasted, " ")) or sent_by_reader(question, pasted, recipient)):
        pasted = ""  # "explain it, no jargon" under the reader's quoted question, "njeri sent this, reply to it": the reply answers it, never rewords it
    if purpose == "rewrite" or pasted:
        return _rewrite_input(s, question, today, role, recipient, pasted)
    org = s.get("recipient_org") if isinstance(s.get("recipient_org"), str) else _org_in_brackets(question, recipient)
    points = dated_days(_slip_point(s, purpose, _manager_points(s, question, recipient, role, org, kept_out := [])), s)  # a slip's dates lead when the notes skip them; kept_out: no content for the reader, listed under the draft
    constraints = note_constraints(question)
    declined = purpose == "decline_or_negotiate" and (s.has("offer") or any(p.kind in ("offer", "reason") for p in points))
    if constraints.decided and points and purpose in ("respond_to_reprioritization", "decline_or_negotiate", "") and not declined:
        purpose, reprioritization = decided_purpose(s, points, role), None  # "decision's made": told, never proposed
    purpose = purpose_for_points(purpose, points, question, s, reprioritization is not None, role)
    purpose, constraints = _explained_purpose(purpose, constraints, points, question)
    dictated = s.stated("decision") and s.has("purpose") and purpose != "respond_to_reprioritization"
    facts = facts_from_situation(s, today, purpose)
    if dictated and reprioritization is not None:
        # The manager's own answer is the message; the what-if only adds the odds of the plan they stated.
        chosen = next((o for o in reprioritization.strategies if o.strategy == stated_strategy(s)), None)
        if chosen is not None and chosen.deadline_probability < 0.995:
            facts["deadline_probability"] = chosen.deadline_probability
        reprioritization = None
    project = s.fact("project")
    if dictated and not s.stated("tasks") and (project is None or project.source == "assumed"):
        forecast = None  # 'i'm replacing the friday status meeting ...': a decision about no project gets no project's forecast
    _with_forecast(facts, s, records, forecast, purpose, bool(dictated and SLIP_SAID_RE.search(str(s.get("decision")))))
    if reprioritization is not None and {"offer", "reason"} <= {p.kind for p in points} and purpose != "announce_change":
        purpose, reprioritization = "decline_or_negotiate", None  # "no: tom is on X. i can give her ...": the manager's no and offers, not a what-if plan
    date_first = reprioritization is not None and reprioritization.basis == "no_deadline" and purpose != "announce_change"
    if date_first:  # no date given: the reply says the share the manager gives, with its cost; else it asks for the date first
        facts.update(_share_given_facts(s, reprioritization, _current_project(facts, records)) or _date_first_facts(s, _current_project(facts, records)))
        purpose, reprioritization, points = "share_decision", None, []
    if reprioritization is not None:  # the run of the plan the manager stated ('half of priya's time'), else the first
        decided = _checkpoint_facts(records, s) or _facts_from_whatif(_run_of_stated(records, s) or reprioritization, s, _input_of(records, "compare_strategies"))
        facts.update(decided, project=_current_project(facts, records))
        if purpose != "announce_change":
            purpose = "respond_to_reprioritization"
    _with_managers_own(facts, s, question, purpose, today)
    facts.update({k: v for k, v in rewrite_limits(question).items() if k == "max_sentences"})  # "2 line reply", "3 lines max"
    constraints = constraints.model_copy(update={"odds_in_words": purpose not in ODDS_PURPOSES and not odds_wanted(s, question, facts)})
    if points and reprioritization is None:
        _with_points(facts, points, question, purpose)
    if isinstance(facts.get("offer"), str) and recipient:
        facts["offer"] = private_asides(facts["offer"], recipient)  # "(priya, 18th-ish)" is the manager's note, not the reader's
    clean = _sendable(facts, set(Facts.model_fields))
    if isinstance(clean.get("reason"), str):
        from lead_core.fit import cut_text

        clean["reason"] = cut_text(clean["reason"], DRAFT_REASON_CHARS)  # a draft's why is a sentence or two; a rewrite's note may say more
    draft: dict[str, Any] = {
        "audience": COARSE_AUDIENCE.get(role, "executive"),
        "purpose": purpose,
        "tone": tone_asked(question, instruction_only(question, points) if points else question),
        "facts": clean,
        "recipient": recipient[:80],
        "group": reader_group(s, recipient) or _group_in_brackets(question, recipient),
        "recipient_role": ROLE_LABELS.get(role, "") if role != "exec" else "",  # an unnamed senior reader has no title to use
        # The manager's content is meant to be said: only what they told the writer must never be pasted back.
        "source_text": _without_offer(instruction_only(question, points) if "points" in clean else question, s)[:5000],
        "constraints": constraints.model_dump(), "reader": reader_words(s, question, recipient, role, org), "kept_out": [asdict(k) for k in kept_out],
    }
    draft = _briefed(draft, message_brief(clean, points if "points" in clean else [], question, purpose, recipient, role, org))  # a long paste is cut below, never refused
    return DraftInput.model_validate(fit_to(DraftInput, _with_team_status(draft, s, None if for_team else team, question, today))).model_dump(mode="json")


def _with_team_status(draft: dict[str, Any], s: Situation, team: Team | None, question: str, today: date) -> dict[str, Any]:
    """A status of the whole team's work ('a status for his staff meeting, five bullets max'): the team file's items in
    the brief, the count asked for kept by them, to the reader the manager names."""
    from agent.team_status import items_allowed, status_reader, team_status, wants_team_status

    if team is None or not wants_team_status(s, team, question):
        return draft
    draft["brief"]["status"] = [i.model_dump() for i in team_status(team, today, items_allowed(question))]
    draft["facts"].pop("max_sentences", None)  # 'five bullets max' counts the items, kept above
    draft["constraints"]["bullets"] = False  # the items are the bullets already
    draft["recipient"] = draft["recipient"] or status_reader(question, team)  # 'Victor wants a status for ...'
    return draft


def _with_forecast(facts: dict[str, Any], s: Situation, records: list[dict[str, Any]], forecast: Forecast | None, purpose: str, slip_told: bool) -> None:
    """The forecast's facts and the plan changes as options, added to `facts`; a slip the manager reports beats the
    team file's forecast, and so do its options ('move the date to 7 Jan' never sits under the manager's 15 Jan)."""
    if forecast is not None and not slip_told:
        facts.update(_facts_from_forecast(forecast))
    if forecast is not None:
        facts.update(_forecast_basis(s, records))
        _works_as_said(facts)
    if not slip_told:
        facts.update(_prescribed(records, purpose))


def _briefed(draft: dict[str, Any], brief: dict[str, Any]) -> dict[str, Any]:
    """The drafting tool's input with its message brief; the reasons, the request and the offers the brief carries are
    meant to be said to the reader, so saying them is no echo of the manager's words."""
    limits = brief.get("limits") or {}
    carried = (*brief["reasons"], brief["declined"], *brief["offers"], *(limits.get(k, "") for k in ("caught", "caught_what", "early", "false_alarms", "not_replaced", "weaker_on", "weaker_why", "next_step")))
    for said in [x for x in carried if x.strip()]:
        draft["source_text"] = draft["source_text"].replace(said, " ")
    if brief.get("anticipated"):  # the reader's expected question is answered by the brief, never said back as a point
        asked = brief["anticipated"].removeprefix("whether ")
        draft["facts"]["points"] = [p for p in draft["facts"].get("points", []) if _shared_words(p["text"] if isinstance(p, dict) else p.text, asked) < 3]
        for name in ("decision", "reason", "what_changes", "offer", "ask"):
            said = draft["facts"].get(name)
            if isinstance(said, str):
                draft["facts"][name] = " ".join(x for x in re.split(r"(?<=[.;!?])\s+", said) if _shared_words(x, asked) < 3)
    return {**draft, "brief": brief}


_DATE_WORD = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{4}-\d{2}-\d{2}\b"


def _slip_point(s: Situation, purpose: str, points: list[Point]) -> list[Point]:
    """A slip's old and new date lead its message: when the manager's notes hold only the why and the meantime ('write
    to X that the alerts slip from dec 18 to feb 2. reason: ...'), the move they understood is said first."""
    old, new = s.get("deadline"), s.get("new_date")
    if purpose != "forecast_risk" or not (isinstance(old, str) and isinstance(new, str)):
        return points
    if any(re.search(r"\b(?:slip\w*|moves?|moved|pushed|now lands?|due)\b|" + _DATE_WORD, p.text, re.I) for p in points):
        return points  # the manager's notes say the move or its dates already
    work = s.get("project") if isinstance(s.get("project"), str) else "the work"
    work = re.sub(r"^(?:the|our)\s+", "", work, flags=re.I)
    said = f"the date for the {work} moves from {date.fromisoformat(old):%d %b} to {date.fromisoformat(new):%d %b}"
    return [Point(kind="point", text=said), *points]


def _without_offer(source: str, s: Situation) -> str:
    """The manager's words the draft must not paste back, without the counter-offer they gave: like their dictated
    points, the offer is content meant to be said ('what i can offer: a sizing badge on the top 50 styles by jan 15')."""
    offer = s.get("offer")
    if not isinstance(offer, str) or len(offer) < 12:
        return source
    at = source.casefold().find(offer.casefold())
    return source if at < 0 else source[:at] + " " + source[at + len(offer) :]


def _explained_purpose(purpose: str, constraints: Any, points: list[Point], question: str) -> tuple[str, Any]:
    """'what does 0.91 AUC mean', 'why a range': an explanation composed from the manager's figures, whatever the
    reader's question word; (purpose, constraints) unchanged otherwise."""
    if points and explains(question) and purpose in ("answer_question", "explain_uncertainty", "forecast_risk", "progress_update", "decline_or_negotiate", ""):
        return "explain_uncertainty", constraints.model_copy(update={"explained": True})
    return purpose, constraints


# A title the manager gives the one who asked ('board member asked what ...', 'our cro wants ...'): when the message
# answers them and names no other reader, the title is how the manager's notes speak of the reader.
_ASKER_TITLE = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:my|our|the|a|one|an)\s+)?(?P<t>(?:[\w-]+\s+){0,2}?(?:board member|ceo|cfo|coo|cto|cpo|cmo|cro|ciso|vp|svp|evp|gm|director|"
    r"head of [\w-]+|customer|client|partner|chair(?:person|woman|man)?|investor|regulator|auditor|trustee|founder|boss|skip[- ]level))\s+"
    r"(?:asked|asks|wants|wanted|needs|keeps|is asking|was asking|emailed|pinged|messaged|wrote)\b",
    re.I,
)
# Words that join a phrase to what follows ('his buildings with estimated ...'): never a name after a role word.
_FUNCTION_WORDS = frozenset(
    "with without for from into onto over under after before about above below and or but nor so yet than then that this these those which who whom "
    "whose where when while until till since because as at by in on of off out up down to via per plus".split()
)
_PRONOUN_RE = re.compile(r"\b(?P<he>he|hes|him|his|himself)\b|\b(?P<she>she|shes|her|hers|herself)\b", re.I)  # 'hes a landlord': his, typed fast
# Someone named after a word for a colleague ('his analyst kemi', 'our intern tolu'): a word English does not know there
# is a person, whatever the name list says.
_NAMED_AFTER_ROLE = re.compile(r"\b(?:his|her|their|our|my)\s+[a-z-]+\s+(?P<n>[a-z][a-z'-]{1,20})\b", re.I)


def reader_words(s: Situation, question: str, recipient: str, role: str, org: str) -> dict[str, Any]:
    """Who the message speaks to, as the manager's words name them (`tools.reader_voice.Reader`): their name, the title
    and organisation the question gives them, the pronoun used for them, and the other people named."""
    from agent.understanding.people import NOT_NAMES, is_first_name, rare_word
    from agent.understanding.word_classes import classes_of

    names = [recipient, *recipient.split()] if recipient and recipient != "all" else []
    names += _first_names_said(question, recipient)  # "Dr Roswitha Gruber" greeted as Dr Gruber: 'Roswitha' is her too
    audience = s.fact("audience")
    said = re.sub(r"^(?:to|for)\s+|^(?:my|our|the|your)\s+", "", audience.text.strip(), flags=re.I) if audience is not None and audience.source == "question" else ""
    pronoun_only = said.lower() in PRONOUNS or not said
    if said and not pronoun_only and role not in ("own_team", "peer_team") and not GROUP_RE.fullmatch(said):
        names.append(said)  # "Director of Network Ops", "biggest customer"
    if org:
        names.append(org)
    asker = [m.group("t") for m in _ASKER_TITLE.finditer(question)]
    if pronoun_only and len(set(a.lower() for a in asker)) == 1 and role not in ("own_team",):
        names.append(asker[0])  # "board member asked what ... write two paragraphs for him"
    names = [n for n in dict.fromkeys(n.strip() for n in names) if n and n.lower() not in ("prof.", "dr", "ms", "mr", "mrs", *_CIVIC_TITLES)]
    reader_set = {n.casefold() for n in names}
    others = [w for w in dict.fromkeys(re.findall(r"[A-Za-z][a-z'-]+", question)) if w.casefold() not in reader_set and w.casefold() not in NOT_NAMES and is_first_name(w)
              and (w[:1].isupper() or (not classes_of(w) and len(w) > 3 and rare_word(w)))]  # "til", "even", "than": words before they are names
    others += [m.group("n") for m in _NAMED_AFTER_ROLE.finditer(question) if m.group("n").casefold() not in reader_set | NOT_NAMES | _FUNCTION_WORDS and not classes_of(m.group("n"))]
    others += [n for n in _known_names(s, recipient, question) if is_first_name(n) and not any(n.casefold() in r for r in reader_set)]  # 'tom labels them himself': a person of the situation, though 'tom' is a word
    return {"names": names[:8], "pronoun": _reader_pronoun(question, names, others), "others": list(dict.fromkeys(others))[:20]}


def _first_names_said(question: str, recipient: str) -> list[str]:
    """The reader's first name as the question gives it before the surname the greeting uses ('Dr Roswitha Gruber',
    'roswitha gruber' for a recipient 'Dr Gruber'), with the whole name; [] when none is."""
    from agent.understanding.people import is_first_name

    surname = re.sub(r"^(?:dr|prof|professor|mr|mrs|ms|mx)\.?\s+", "", recipient.strip(), flags=re.I)
    if not surname or " " in surname or surname == recipient.strip():
        return []
    found = [m.group(1) for m in re.finditer(rf"\b([A-Za-z][\w'’-]+)\s+{re.escape(surname)}\b", question, re.I) if is_first_name(m.group(1))]
    return [x for n in dict.fromkeys(found) for x in (n, f"{n} {surname}")]


def _reader_pronoun(question: str, names: list[str], others: list[str]) -> str:
    """The pronoun the manager uses for the reader: the first he/she whose nearest person named before it is the
    reader ('Director of Network Ops (Gideon) ... his existing alarm data' -> 'he'); '' when none is."""
    if not names:
        return ""
    reader = re.compile("|".join(rf"\b{re.escape(n)}\b" for n in sorted(names, key=len, reverse=True)), re.I)
    other = re.compile("|".join(rf"\b{re.escape(n)}\b" for n in others), re.I) if others else None
    for m in _PRONOUN_RE.finditer(question):
        before = question[: m.start()]
        last_reader = max((x.end() for x in reader.finditer(before)), default=-1)
        last_other = max((x.end() for x in other.finditer(before)), default=-1) if other else -1
        if last_reader > last_other:
            return "he" if m.group("he") else "she"
        if last_other > last_reader:
            continue
    return ""


# A day named relative to today ('next fri', 'this coming thursday', 'tomorrow'): the reader gets its date, never the
# manager's shorthand ('next' is read two ways); a plain 'on wednesday' already says the day.
_WEEKDAY_SAID = re.compile(r"\b(?:next|this|this coming|coming)\s+(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:tomorrow|tmrw)\b", re.I)


_DAY_PREPOSITION = re.compile(r"\b(?:by|on|before|until|till|from|after|for|since|through|of|than)\s+$|^\s*$", re.I)


def dated_days(points: list[Point], s: Situation) -> list[Point]:
    """The manager's points with each day they named by its weekday ('decide by next fri') said with the date the
    understanding resolved it to ('Fri 11 Dec 2026', which the draft writes 'Friday 11 December')."""
    days = [(d.words, date.fromisoformat(d.date)) for d in s.dates if d.words and _WEEKDAY_SAID.search(d.words) and not re.search(r"\d", d.words)]
    if not days:
        return points
    out = []
    for p in points:
        text = p.text
        for words, day in days:
            text = re.sub(rf"(?i)(?<![\w-])(?<!\ba )(?<!\bany )(?<!\bone )(?<!\bevery )(?<!\beach )(?<!\blast ){re.escape(words)}(?![\w-])",
                          lambda m, day=day: ("" if _DAY_PREPOSITION.search(m.string[: m.start()]) else "on ") + f"{day:%a %d %b %Y}", text)  # 'the demo tomorrow' -> 'the demo on ...'
        out.append(p if text == p.text else p.model_copy(update={"text": text}))
    return out


def _manager_points(s: Situation, question: str, recipient: str, role: str, org: str, kept_out: list[KeptOut]) -> list[Point]:
    """The manager's content for the message, said to its reader (an unnamed one known by title too: "our CMO ... she
    wants" is written to as "you"), with a stated band explained where the manager asks for it."""
    voiced = recipient or unnamed_reader(s, role)
    question = _own_words_when_replying(question)
    points = [p for p in content_points(question, recipient=voiced, names=_known_names(s, recipient, question), org=org, kept_out=kept_out) if not _restates_tasks(p, s)]
    points = _reason_apart(points, s.get("reason") if s.stated("reason") else "")
    explained = explained_points(question, points)
    if explained is not None:
        return explained  # a range or a misread metric, explained in plain words from the manager's figures
    meaning = range_meaning(question)
    stating = next((i for i, p in enumerate(points) if re.search(r"\d\s*%[^.;]{0,30}\bbetween\b", p.text, re.I)), None)
    if meaning and points and stating is not None and meaning.startswith("nobody"):  # "80% it lands between 14k and 19k": explained in its place
        points[stating] = Point(kind="point", text=meaning)
    elif meaning and points:  # "explain what the band means": said right after the manager's point that gives the band
        at = next((i + 1 for i, p in enumerate(points) if re.search(r"\d\s*%\s+(?:[\w-]+\s+)?(?:band|range|interval)\b", p.text, re.I)), len(points))
        points.insert(at, Point(kind="point", text=meaning))
    return points


def _with_managers_own(facts: dict[str, Any], s: Situation, question: str, purpose: str, today: date) -> None:
    """The facts the manager stated in their own plan, in place of stock wording: what happens without the people asked
    for ('without them the launch slips to autumn'), and the day their plan starts the new work ('... on the 21st')."""
    stated_cost = cost_of_not(question) if purpose == "ask_for_resources" else ""
    if stated_cost:
        facts["cost_of_not"] = stated_cost
    moves_on = new_work_start(s.get("decision"), today) if purpose == "respond_to_reprioritization" and isinstance(s.get("decision"), str) else None
    if moves_on is not None:
        facts["later_date"] = moves_on.isoformat()


def _reason_apart(points: list[Point], reason: Any) -> list[Point]:
    """The points with the stated reason told apart from the point it closes ('we release on tuesdays only, after two
    friday releases broke pricing': the change, then why), so the message gives its why as one."""
    if not isinstance(reason, str) or len(reason.split()) < 4:
        return points
    out: list[Point] = []
    for p in points:
        at = p.text.lower().find(reason.lower())
        head = p.text[:at].rstrip() if at > 0 else ""
        cut = re.search(r",?\s*(?:and\s+)?(?:that'?s\s+)?(?:because|since|after|following|as)$", head, re.I) if head else None
        if p.kind == "point" and cut is not None and len(head[: cut.start()].split()) >= 3:
            out += [Point(kind="point", text=head[: cut.start()].strip(" ,")), Point(kind="reason", text=p.text[at:].strip(" ,."))]
        else:
            out.append(p)
    return out


def _own_words_when_replying(question: str) -> str:
    """The manager's own words when they forward someone's message and ask for the reply ('reply to this for me: "..."'):
    the reader's message says what they asked (read into the Situation), never what the reply says back to them."""
    from agent.understanding.messages import PASTED_MARK, instruction_text, paste_span

    pasted = paste_span(question)
    said = instruction_text(question)
    if pasted is None or rework_asked(said) or not REPLY_SAID_RE.search(said) or _notes_for_a_new_message(pasted[0], said):
        return question
    return said.replace(PASTED_MARK.strip(), " ").strip()


def _is_their_question(s: Situation, pasted: str) -> bool:
    """True when the quoted text is the reader's own question the manager relays, not a draft of theirs."""
    asked = s.get("question_asked")
    from tools.rewrite import greeting_name

    greets = re.match(r"\s*(?:hi|hey|hello|dear|morning|hiya)\b", pasted, re.I) or greeting_name(pasted)  # "Hi Lena, ...?", "Owen, ...": the manager's own draft
    return isinstance(asked, str) and bool(asked.strip()) and not greets and _shared_words(asked, pasted) >= min(6, len(asked.split()))


def _figure_named(asked: str, question: str) -> str:
    """'whether that's good or bad' about a figure the manager quoted ("saw '4.2 MOS' on my slide"): 'whether 4.2 MOS
    is good or bad', so the answer names what it judges."""
    m = re.match(r"(?i)^(?P<w>whether|if)\s+(?:that|it|this)(?:'s|’s| is)\s+", asked)
    said = [x for x in re.findall(r"(?<![\w])['‘\"“]([^'’\"”\n]{1,30}?)['’\"”](?![\w])", question) if re.search(r"\d", x)]
    return f"{m.group('w')} {said[-1]} is {asked[m.end() :]}" if m and len(said) == 1 else asked


def _with_points(facts: dict[str, Any], points: list[Point], question: str, purpose: str) -> None:
    """The facts beside the manager's own points: the points, the question they answer, and no fact that swallowed
    words to the writer or a stock offer."""
    facts["points"] = [p.model_dump() for p in points[:12]]
    ask = facts.get("ask") if isinstance(facts.get("ask"), str) else ""
    fuller = next((p.text for p in points if p.kind == "ask" and ask and _shared_words(p.text, ask) >= 5 and len(p.text) > len(ask.rstrip("?.")) + 10), "")
    if fuller and re.match(r"(?i)(?:could|can|would) (?:we|you)\b", fuller):
        facts["ask"] = (fuller[:1].upper() + fuller[1:].rstrip(" .?") + "?")[:300]  # "... for Q1 so we can retrain monthly": the ask with what it is for
    if not facts.get("question_asked") and purpose in ("answer_question", "explain_uncertainty"):
        facts["question_asked"] = relayed_question(question) or asked_in(question)  # what the reply answers, in the reader's words
    if isinstance(facts.get("question_asked"), str):
        facts["question_asked"] = _figure_named(facts["question_asked"], question)
    if purpose in ("answer_question", "explain_uncertainty"):
        facts["reader_message"] = quoted_message(question)[:1500]  # "... copy locks jan 26": their plan, read for the answer
    _add_reader_fallback(facts, question, purpose)
    for name in ("decision", "what_changes"):
        value = facts.get(name)
        if not isinstance(value, str):
            continue
        asked = any((p.kind == "ask" or re.match(r"(?i)(?:I|we) need you to\b", p.text)) and _shared_words(p.text, value) >= 4 for p in points)  # "... need her to tell the committee": the ask is a point
        several = purpose == "progress_update" and sum(1 for p in points if _shared_words(p.text, value) >= min(4, len(p.text.split()))) >= 2  # "done X. running Y. ask: Z": the points, run together
        if writer_words(value) or holds_writer_words(value, points, question) or asked or several:
            facts.pop(name)  # a span that swallowed words to the writer ("decided already") or the ask: the points say it cleanly
            continue
        clean = next((p.text for p in points if len(p.text) < len(value) and value.lower().endswith(p.text.lower())), "")
        if clean:
            facts[name] = clean  # "lead we can't do the demo": the point without the stray words before it
    if facts.get("offer") == GENERIC_OFFER:
        facts.pop("offer")  # the manager said what the message says: no stock offer is added to it
        facts.pop("ask", None)


# "a note to clara confirming the date, and a short post for my team": two messages, the second to the manager's own team.
TEAM_POST_TOO = re.compile(
    r"\b(?:note|message|email|reply|dm|mail)\s+(?:to|for)\s+(?!(?:my|the|our)\s+(?:whole\s+)?team\b)[\w'-]+\b.{0,160}?"
    r"\band\s+(?:also\s+)?(?:an?|one)\s+(?:(?:short|quick|brief|upbeat|slack)\s+)*(?:post|note|message|update|announcement)\s+(?:for|to|in)\s+(?:my|the|our)\s+(?:whole\s+)?team\b",
    re.I | re.S,
)


def _reader_of(s: Situation, question: str, for_team: bool) -> tuple[str, str]:
    """(audience role, recipient) of this draft; when two messages are asked for, the note goes to the named reader
    (a peer, not one of the manager's reports) and the second, `for_team`, to the manager's own team."""
    role, recipient = reader(s)
    person = s.get("person") if isinstance(s.get("person"), str) else ""
    if not recipient and person and s.get("purpose") in ("answer_question", "explain_uncertainty") and re.search(
        rf"\b{re.escape(person)}\b[^.?!]{{0,120}}\b(?:has asked|asked|wants to know|is asking|wonders)\b", question, re.I):
        recipient = person  # 'Mr Tiberius Haverkamp ... has asked me why ...': who asked is who the answer is for
    recipient = titled(recipient or named_reader(question), question)
    group, audience = s.get("recipient_group"), s.fact("audience")
    if not recipient and isinstance(group, str) and group.startswith("#") and (audience is None or audience.source == "assumed"):
        role = "own_team"  # "write the post for #contracts-nlp": a channel post with no reader named is for the manager's team
    if " " in recipient and role in ("report", "own_team"):
        role = "exec"  # "Councillor Abernethy", "Prof. Tanaka": a reader with a title is not one of the manager's reports
    if not recipient and audience is not None and audience.source == "question" and BODY_OF_PEOPLE.search(question):
        recipient = "all"  # "a resource ask to the co-op's members' council": a body of people, greeted as one, never "Hello,"
    if not team_post_too(question):
        return role, recipient
    return ("own_team", "") if for_team else ("peer_team" if role in ("own_team", "report") else role, recipient)


def reader_group(s: Situation, recipient: str) -> str:
    """The group a named reader's message also goes to ('wiebke + the 3 product leads' -> 'product leads'); '' for a
    channel or when the message has no named reader."""
    group = s.get("recipient_group") if isinstance(s.get("recipient_group"), str) else ""
    if not recipient or recipient == "all" or not group or group.startswith("#"):
        return ""
    return re.sub(r"^(?:the\s+|our\s+|my\s+)?(?:\d+|two|three|four|five|six|seven|eight|all)?\s*", "", group, flags=re.I)[:80]


def _group_in_brackets(question: str, recipient: str) -> str:
    """The group a message also goes to, named beside the reader in brackets ('(vp kirra + the 2 category GMs)'), read
    here until the understanding gives it as recipient_group; '' when none."""
    bare = recipient.split()[-1] if recipient and recipient != "all" else ""
    m = re.search(
        rf"\((?:[^()]{{0,30}}?\s)?{re.escape(bare)}\s*(?:\+|&|and)\s*(?:the\s+)?(?:\d+|two|three|four|five|six)?\s*(?P<g>[A-Za-z][\w -]{{1,40}}?)\s*\)"
        rf"|\b{re.escape(bare)}\s*(?:\+|&|and)\s*the\s+(?:\d+|two|three|four|five|six)\s+(?P<h>[A-Za-z][\w &-]{{1,40}}?)(?=\s*(?:pls|please|,|\.|:|$))",  # "ruben + the 2 trust & safety leads pls"
        question, re.I,
    ) if bare else None
    return (m.group("g") or m.group("h")).strip() if m else ""


def team_post_too(question: str) -> bool:
    """True when the manager asks for a message to a named reader and a post for their own team as well."""
    return bool(TEAM_POST_TOO.search(question))


WARM_RE = re.compile(r"\b(?:warm|warmly|friendly|upbeat|be kind|keep it kind|kindly|be nice|keep it nice)\b", re.I)  # not "kind of drowning"
FORMAL_RE = re.compile(r"\b(?:formal|committee|prof\.?|professor)\b", re.I)
# A stakeholder's forwarded message that asks something ('> is it going to be ready for feb 8?').
FORWARDED_QUESTION_RE = re.compile(r"^\s*>.*\?|[\"“'‘][^\"”’]{5,200}\?[\"”'’]", re.M)
SLIP_POINT_RE = re.compile(r"\bslip\w*|\bmoves? (?:from|to)\b|\bdelay\w*|\blate\b|\bpushed\b", re.I)
# A lower-case reader named where a message is addressed: 'email to adaeze (chair ...)', 'ceo aleksander', 'prof. tanaka'.
READER_SLOT_RE = re.compile(
    r"\b(?:prof|dr)\.?\s+(?P<t>[a-z][\w'-]{1,20})\b"
    r"|\b(?:to|tell|from|reply to|email|ping|partner|chair)\s+(?:(?:our|my|the)\s+)?(?:[\w-]+\s+){0,3}?(?P<n>[a-z][\w'-]{1,20})\s*\("
    r"|^\s*(?P<s>[a-z][\w'-]{1,20})\s*\((?:[^)]{1,40})\)"
    r"|\b(?:ceo|cto|coo|cfo|cpo|vp|director|head of [\w-]+)\s*,?\s+(?P<r>[a-z][\w'-]{1,20})\b"
    r"|^\s*>\s*(?P<q>[a-z][\w'-]{1,20})\s*:"  # "> aurelio: will it be live ...?": the sender of the pasted message
    r"|^\s*(?P<f>[a-z][\w'-]{1,20})\s+(?:from|at|in|on)\s+(?:the\s+)?[\w&-]+(?:\s+team)?\s+(?:wants|asked|asks|needs|is asking|pinged|emailed)\b",  # "oluwaseun from marketing wants ..."
    re.I | re.M,
)
NOT_READER = frozenset(
    "the a an my our your their his her team all everyone folks them him it this that who and wants asked is for to from with on in at about "
    "by of or but so was are has have needs says said just already again too also wants needs thinks before after until till since then "
    "when while during tomorrow today tonight next this last".split()
)


def named_reader(question: str) -> str:
    """The reader's name where the question addresses the message to a lower-case name ('' when none)."""
    from agent.understanding.doubt import doubtful_person
    from agent.understanding.people import NOT_NAMES, _uncommon, is_first_name

    for m in READER_SLOT_RE.finditer(question):
        word = next(g for g in m.groups() if g)
        if word.casefold() in NOT_READER or word.casefold() in NOT_NAMES or not (is_first_name(word) or _uncommon(word)):
            continue  # "our CPO explaining why ...": a verb, not a name
        if doubtful_person(word, question):
            continue  # "our COO keeps saying", "CEO saw", "to my director, bullets:": an everyday word after a title, never a greeting
        return f"Prof. {word.capitalize()}" if m.group("t") and m.group(0).lower().startswith("prof") else word.capitalize()
    return ""


def titled(name: str, question: str) -> str:
    """The reader's name with the title the question gives them ('prof. tanaka' -> 'Prof. Tanaka', 'dr okafor', 'ms. ito')."""
    if not name or name.startswith(("Prof.", "Dr ", "Ms ", "Mr ", "Mrs ", *(f"{t} " for t in _CIVIC_TITLES.values()))):
        return name
    from agent.understanding.people import NOT_NAMES, is_first_name

    m = re.search(rf"\b(prof|professor|dr|ms|mr|mrs|{'|'.join(_CIVIC_TITLES)})\.?\s+{re.escape(name)}\b(?:\s+(?P<sur>[A-Za-z][A-Za-z'’-]+))?", question, re.I)
    if m is None:
        return name
    title = {"dr": "Dr", "ms": "Ms", "mr": "Mr", "mrs": "Mrs", **_CIVIC_TITLES}.get(m.group(1).lower(), "Prof.")
    sur = m.group("sur") or ""
    if title in _FIRST_NAME_TITLES:
        return f"{title} {name.split()[0]}"  # "sir ian mckellen": "Sir Ian"
    if sur and sur.casefold() not in NOT_NAMES and sur.casefold() not in _NOT_SURNAMES and not re.search(r"(?:ing|ed)$", sur, re.I):
        return f"{title} {sur[:1].upper() + sur[1:]}"  # "Dr. Annika Lund": a title goes with the surname, "Dr Lund"
    if title in ("Dr", "Prof.") and " " not in name.strip() and re.search(rf"\b(?:dr|prof|professor)\.?\s+{re.escape(name)}\s*[,(]", question, re.I):
        return f"{title} {name}"  # "dr fenwick, discharge lead at ...": introduced by title, addressed by it
    if " " in name.strip():
        return f"{title} {name.split()[-1]}"  # "Mr Tiberius Haverkamp": "Mr Haverkamp"
    return name if is_first_name(name) else f"{title} {name}"  # "dr annika" alone: "Annika", never "Dr Annika"


# Words that may follow a reader's name and are no surname ('dr annika at aurivo', 'prof. tanaka from ...').
_NOT_SURNAMES = frozenset("at from in of on for to with about and or who is was will would can could has had wants asked says said".split())


# Titles a reader is addressed by in public life ('Councillor Abernethy', 'Senator Okafor').
_CIVIC_TITLES = {"councillor": "Councillor", "councilor": "Councilor", "cllr": "Cllr", "senator": "Senator", "minister": "Minister",
                 "mayor": "Mayor", "judge": "Judge", "commissioner": "Commissioner", "alderman": "Alderman", "governor": "Governor",
                 "lady": "Lady", "lord": "Lord", "dame": "Dame", "sir": "Sir"}  # fmt: skip
# Titles that go with the first name ('Sir Ian', 'Dame Judi'), never the surname.
_FIRST_NAME_TITLES = ("Sir", "Dame")


def _org_in_brackets(question: str, recipient: str) -> str:
    """The reader's organisation said in brackets after them ('joana (head of ops at freshcart)'), read here until the
    understanding gives it as recipient_org; '' when none."""
    bare = recipient.split()[-1] if recipient else ""
    m = re.search(rf"\b{re.escape(bare)}(?:\s*\([^)]*?|,\s+(?:[\w-]+\s+){{1,4}}?|(?<=\({re.escape(bare)})\s+)\b(?:at|from)\s+(?P<o>[\w&.'-]+)", question, re.I) if bare else None  # '(ayelet at nordhavn)' too
    return m.group("o") if m and m.group("o").lower() not in ("our", "my", "the", "work", "home") else ""


def tone_asked(question: str, notes: str | None = None) -> str:
    """warm when the manager's words to the writer (`notes`, default the whole question) ask for a warm or friendly
    note ('friendly fraud' in the content is no tone), formal for a committee, a board or a professor, else direct."""
    return "warm" if WARM_RE.search(question if notes is None else notes) else "formal" if FORMAL_RE.search(question) else "direct"


SHORTEN_RE = re.compile(
    r"\b(?:shorten|condense|trim|halve|cut (?:this|it) in half|cut (?:this|it)(?: down)? to|make (?:this|it) shorter|boil (?:this|it) down|tl;?dr|sum (?:this|it) up|summari[sz]e|recap|give (?:me )?the gist)\b", re.I
)  # a summary of a pasted text is that text, shorter
# A change the manager states ('from next sprint we ...', 'starting monday ...', 'X replaces Y', 'moves to ...').
CHANGE_RE = re.compile(r"\b(?:from|starting|as of|beginning)\s+(?:next|this|the|mon|tue|wed|thu|fri|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)|\breplac\w+\b|\bmoves? (?:from|to)\b|\bbecomes?\b|\bwill own\b|\bowns\b", re.I)


REWORK_RE = re.compile(r"\b(?:(?:explain|put|say|translate) (?:this|it|that)\b|(?:tone|calm|dial) (?:it|this) (?:down|back)|(?:fix|polish|edit|clean up) (?:it|this)|firmer|softer|shorter|plainer|kinder|gentler|tighter|less harsh|less wordy|more (?:direct|assertive|concise)|make (?:this|it)|needs? to (?:be|sound)|should (?:be|sound)|(?:re)?write (?:this|it)|reword|rework|redo|tweak|what i (?:wrote|drafted)|my draft)\b", re.I)


# Asking outright for an edit of the pasted text ('polish this', 'turn this into 3 bullets'): a rework with no goal named.
EDIT_RE = re.compile(
    r"\b(?:(?:edit|polish|proofread|rephrase|reword|rewrite|reformat|clean up|tidy up) (?:this|it|my (?:draft|message|note))|(?:clean|tidy|punch) (?:this|it) up"
    r"|turn (?:this|it) into|(?:make|put) (?:this|it) (?:into|as) (?:\w+ )?bullet|(?:\d+|two|three|four|five) bullet(?: point)?s"
    r"|fix (?:the )?(?:grammar|typos|spelling|wording|flow)|make (?:it|this) (?:flow|read) better|proofread|translate (?:this|it)(?: into| for| to)?|(?:put|say) (?:this|it) in (?:plain|simple|normal|everyday|human|other) (?:english|words|terms)"
    r"|(?:make|get) (?:this|it) (?:sound |read )?(?:more |less )?(?:professional|polished|grown[- ]up|casual|human|understandable))\b",
    re.I,
)


def pasted_to_shorten(question: str) -> str:
    """A message the manager pasted and asks to shorten ('shorten this to 2 sentences: "..."'), else ''."""
    from agent.understanding.messages import instruction_text, paste_span

    pasted = paste_span(question)
    said = instruction_text(question)
    reworked = rework_asked(said)
    limited = (WORD_LIMIT_RE.search(said) or re.search(r"\bkeep (?:it|this) (?:short|brief|tight)\b", said, re.I)) and not REPLY_SAID_RE.search(said)  # 'keep it under 50 words: "..."'
    if pasted and _notes_for_a_new_message(pasted[0], said):
        return ""  # "friday update for victor, keep it tight:" and a list of notes: a message to write from them, tight
    return pasted[0] if pasted and (SHORTEN_RE.search(said) or reworked or limited) else ""


def _notes_for_a_new_message(pasted: str, said: str) -> bool:
    """True when the 'pasted' text is the manager's list of notes (every line a bullet) under a request for a message of
    a kind, to someone ('update for victor', 'note to the team'), not a draft of theirs to rework."""
    lines = [x for x in pasted.splitlines() if x.strip()]
    listed = len(lines) >= 2 and all(re.match(r"\s*(?:[-*•]|\d+[.)])\s+", x) for x in lines)
    return listed and bool(re.search(r"\b(?:update|note|email|message|summary|recap|post|report)\s+(?:to|for)\s+\w", said, re.I)) and not rework_asked(said)


# The quoted text came from the reader and the manager asks for the answer ('X sent this, reply to it', 'got this from
# the union rep, answer it'): the reader's message, never a draft of the manager's to rework.
_RECEIVED = re.compile(r"\b(?:sent|wrote|emailed|messaged|forwarded|pinged|posted)\s+(?:me\s+|us\s+)?(?:this|that|the following|in)\b|\b(?:got|received)\s+(?:this|that)\s+from\b|\bfrom\s+[\w' -]{1,60}:\s*$", re.I | re.M)
_ANSWER_IT = re.compile(r"\b(?:reply|respond|answer|write back)\b(?:\s+to)?(?:\s+(?:it|this|that|her|him|them))?\b", re.I)


def received_to_answer(said: str) -> bool:
    """True when the manager's words around a quoted message say it was sent to them and ask for the answer to it."""
    return bool(_RECEIVED.search(said) and _ANSWER_IT.search(said)) and not re.search(r"\bmy (?:draft|reply|answer|message|note|email)\b", said, re.I)


def _folded(name: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))


def _sender_above(question: str, pasted: str) -> str:
    """The first word of the 'From:' header just above a pasted message, folded ('me', 'gisele'); '' when none."""
    header = list(re.finditer(r"(?im)^\s*(?:>\s*)?from\s*:\s*(?P<n>[^<\n@]+)", question[: max(question.find(pasted), 0)]))
    words = header[-1].group("n").split() if header else []
    return _folded(words[0]) if words else ""


def sent_by_reader(question: str, pasted: str, recipient: str) -> bool:
    """True when the pasted message is the reader's own (a 'From:' header just above it names them, or they sign it,
    by name or initial): context the reply answers, never a draft of the manager's to rework (b40-d01)."""
    first = _folded(recipient.split()[0]) if recipient.strip() and recipient != "all" else ""
    if not first or pasted not in question:
        return False
    if _sender_above(question, pasted) == first:
        return True
    signed = [x.strip(" -–—.,") for x in pasted.strip().splitlines() if x.strip()]
    return bool(signed) and len(signed) > 1 and (_folded(signed[-1]) == first or _folded(signed[-1]) == first[:1])


def sounds_wrong(said: str) -> bool:
    """True when the manager says how their pasted message reads ('this sounds desperate', 'less defensive', 'too
    harsh'): it is theirs to rework, even when it holds a question ('explain it plainly' is said of a reply, not this)."""
    return bool(rewrite_goal(said) and re.search(r"\b(?:less|more|too|sounds?|reads?|comes? across)\b", said, re.I)) or bool(EDIT_RE.search(said))


def rework_asked(said: str) -> bool:
    """True when the manager's words ask to rework their pasted message: a goal said as one ('this sounds desperate',
    'less defensive', 'needs to be firmer') or an edit asked outright ('polish this', 'fix the grammar')."""
    goal_said = rewrite_goal(said) and (REWORK_RE.search(said) or re.search(r"\b(?:less|more|too|sounds?|reads?|comes? across)\b", said, re.I))
    return bool(goal_said or EDIT_RE.search(said))


# Asking for an answer to the pasted message, not a rework of it ('reply to this in 3 lines').
REPLY_SAID_RE = re.compile(r"\b(?:repl(?:y|ies)|respond|response|answer|write back|get back to|what do i (?:say|tell)|asked|asks|asking|wants to know|question|explain|tell (?:him|her|them)|draft|write (?:a|an|me|something))\b", re.I)


def purpose_for_points(purpose: str, points: list[Point], question: str, s: Situation, whatif: bool, role: str = "") -> str:
    """The purpose corrected by what the manager's content shows: a forwarded yes/no question with the odds is
    answered (not declined); a counter-offer with no move to weigh is a negotiation; the reader's request with
    no slip in it is a reply to that request, not a schedule warning."""
    kinds = {p.kind for p in points}
    if purpose in ("forecast_risk", "progress_update", "share_decision", "") and s.stated("headcount") and RESOURCE_ASKED_RE.search(question) and "offer" not in kinds:
        return "ask_for_resources"  # "write to my director for 2 more MLEs ... the release slipped twice": the slip is the why of the ask
        return "answer_question"  # the reader asked something: the message answers it
    odds = s.stated("success_probability") or any(re.search(r"\d\s*%", p.text) for p in points)
    if purpose in ("decline_or_negotiate", "progress_update", "forecast_risk") and "offer" not in kinds and odds and FORWARDED_QUESTION_RE.search(question):
        return "answer_question"
    if purpose == "respond_to_reprioritization" and not whatif and points:  # no move was weighed: the manager's points say what it is
        return "decline_or_negotiate" if "offer" in kinds else "forecast_risk" if any(SLIP_POINT_RE.search(p.text) for p in points) else "share_decision"
    if purpose in ("progress_update", "") and (role or s.get("audience")) not in ("own_team", "report") and slip_said([p.text for p in points]):
        return "forecast_risk"  # "promised for dec 18, now realistically jan 22": a slip told, not a status list
    named = re.search(NAMED_KIND, question, re.I)  # 'turn these notes into a progress update': the kind they asked for stays
    if purpose == "progress_update" and not named and (role or s.get("audience")) in ("own_team", "report") and any(CHANGE_RE.search(p.text) for p in points):
        return "announce_change"  # a change the manager tells their own team is an announcement, not a status report
    if purpose in ("decline_or_negotiate", "forecast_risk", "progress_update") and any(p.kind == "request" and DATE_WANTED_RE.search(p.text) for p in points) and "offer" not in kinds:
        return "explain_uncertainty"  # "she wants one date": a question to answer honestly, not work to decline
    if purpose == "forecast_risk" and "request" in kinds and not any(SLIP_POINT_RE.search(p.text) for p in points):
        return "decline_or_negotiate"
    return purpose


# The manager asks the reader for people or money ('write to pieter for 2 more MLEs', 'ask callum for 1 hire').
RESOURCE_ASKED_RE = re.compile(
    r"\b(?:ask(?:ing)?|write|email|note|message|pitch|request)\b[^.;:]{0,60}?\bfor\s+(?:\d+|an?|one|two|three|four|five)\s+(?:more\s+|extra\s+|additional\s+|new\s+)?[\w/-]*\s*"
    r"(?:mles?|engineers?|hires?|heads?|headcount|people|scientists?|analysts?|contractors?|roles?|fte)\b",
    re.I,
)
# The reader wants a date or a figure, not work: 'you'd like one date for the go-live', 'a firm ETA'.
DATE_WANTED_RE = re.compile(r"^you(?:'d like| want| would like| asked for)\s+(?:one|a|an|the|single|firm|exact|fixed|hard)\s+(?:(?:firm|exact|fixed|single|hard|final)\s+)?(?:date|eta|deadline|number|estimate|figure|answer|launch date|go-live date)\b", re.I)


def _restates_tasks(point: Point, s: Situation) -> bool:
    """True for the manager's task list ('left: features 2 wks, training 3 to 5 wks'): the forecast says it."""
    tasks = s.fact("tasks")
    if SLIP_SAID_RE.search(point.text):
        return False  # "backfill slipped a week, realistic window now dec 28 to jan 8" is news to tell, even when read as tasks
    return tasks is not None and bool(tasks.text) and _shared_words(point.text, tasks.text) >= 3


def _known_names(s: Situation, recipient: str, question: str) -> list[str]:
    """Names the draft writes with a capital: the people of the situation, then anyone else the question names."""
    from agent.understanding.people import find_people, is_first_name

    names = [s.get(n) for n in ("person", "requester") if isinstance(s.get(n), str)] + [m.name for m in find_people(question, None)]
    said = (n for n in names if n and number(n) is None and (is_first_name(n) or re.search(rf"\b{re.escape(n)}\b", question)))  # "about five weeks": no name
    return list(dict.fromkeys(n for n in said if n[:1].isupper() and n.casefold() != recipient.casefold()))


# Messages about a date the forecast misses carry the re-simulated plan changes as their options.
PRESCRIBED_PURPOSES = ("answer_question", "forecast_risk", "progress_update")
CHANGE_LABELS = {
    "cut_task": "Cut a step", "defer_task": "Defer a step", "parallel_fallback": "Run a fallback in parallel",
    "add_person": "Add a person", "full_time": "Full time on it", "move_date": "Move the date", "run_in_parallel": "Run steps in parallel",
}  # fmt: skip


TIGHTEN_RE = re.compile(r"\bhalve\b|\bcut (?:it|this|that) in half\b|\bhalf (?:as long|the length)\b|\btight\w*|\bshort(?!ly|list)\w*|\btoo long\b|\bwordy\b|\bverbose\b|\brambl\w*|\bbriefer\b|\bmore brief\b|\blong-winded\b|\bhedg\w*|\bcrisp\w*|\bconcise\b|\bwaffl\w*|\bcut (?:it|this) down\b|\bless wordy\b|\bcondense\b|\btrim\b|\b(?:\d+|two|three|four|five) (?:lines|sentences|words)\b|\btl;?dr\b|\bsum (?:this|it) up\b|\bsummari[sz]e\b|\brecap\b|\bgist\b", re.I)
SOFTEN_RE = re.compile(r"\bdefensive\b|\bannoyed\b|\birritated\b|\bfrustrated\b|\bexasperated\b|\bpissed\b|\bgrumpy\b|\btesty\b|\bcranky\b|\bblam\w*|\baccus\w*|\bfinger[- ]point\w*|\bconfrontational\b|\bhostile\b|\bsarcas\w*|\bless (?:intense|heated|loaded|sharp|snarky)\b|\bsoft\w*|\bharsh\b|\bangry\b|\bcalm\w*|\bdiplomatic\b|\btactful\b|\bgentle\w*|\bpassive[- ]aggressive\b|\bsnarky\b|\bblunt\b|\bcurt\b|\babrupt\b|\bsnippy\b|\bcold\b|\bnic(?:e|er)\b|\bkind\w*|\bfriendl\w*|\bwarm\w*|\btone\b|\bpolite\w*|\brude\b|\baggressive\b|\bjerk\b|\bcrush\b|\bunder the bus\b|\bscapegoat\w*|\bmicro-?manag\w*|\bbossy\b|\bpushy\b|\boverbearing\b|\bcontrolling\b|\bconstructive\b|\bcomplain\w*|\bwhin\w*|\bmoan\w*|\brant\w*|\bless negative\b|\bmore positive\b|\bupbeat\b|\bless gloomy\b|\bless doom\w*|\bthrow\w* (?:my|the) (?:team|people|folks|engineers?) under\b", re.I)
FIRM_RE = re.compile(r"\bdesperate\b|\bneedy\b|\bbegging\b|\bpleading\b|\bfirm\w*|\bstronger\b|\bwishy[- ]?washy\b|\bspineless\b|\bmore confident\b|\bpunchier\b|\bdoormat\b|\bcave\w*|\bassertive\b|\bpushover\b|\bmore direct\b|\bless (?:apologetic|wishy|meek|timid|passive(?![- ]aggressive))\w*|\btoo (?:soft|nice|apologetic|meek|timid|passive(?![- ]aggressive))\b|\bstop apologi\w*|\bgrovel\w*", re.I)
SOFTER_SAID_RE = re.compile(r"\bsoft(?:er|en)\b|\b(?:less |too |sounds? )defensive\b|\bless (?:snippy|snarky|passive[- ]aggressive|negative|confrontational)\b|\btoo (?:harsh|blunt|angry|aggressive|rude|curt|cold)\b|\bless (?:harsh|blunt|angry|aggressive|rude|curt|cold)\b|\bcalmer\b|\bdiplomatic\b|\btactful\b|\bharsh\b|\bkinder\b|\bnicer\b|\bwarmer\b|\bfriendlier\b|\bgentler\b|\bpolite\w*", re.I)
PLAIN_RE = re.compile(r"\bplain\w*|\bsimpler\b|\bclearer\b|\bmore clear\b|\bclarify\b|\beasier to (?:read|follow|understand)\b|\bconfusing\b|\bhard to follow\b|\b(?:will|can|would|could) (?:actually )?understand\b|\bunderstandable\b|\bin (?:plain |simple )?english\b|\bjargon\b|\btechy\b|\bml[- ]speak\b|\bnon-?ml\b|\bnon-?technical\b|\blay(?:man|person)\b|\beli5\b|\bdumb (?:it|this) down\b|\bless technical\b", re.I)
# What the manager says they need, next to the message they want firmer ('what i actually need: the batch by wed').
STATED_NEED_RE = re.compile(r"\b(?:what (?:i|we) (?:actually |really )?need(?: is)?|the (?:real )?ask(?: is)?|(?:i|we) (?:actually |really )?need)\s*[:\-–]?\s*(?P<n>[^\n]{6,300})", re.I)


# A tone goal said next to 'shorter' ('firmer and shorter'): the words that name it outright ('kind of long' names none).
TONE_WITH_LENGTH = (("firm", FIRM_RE), ("soften", SOFTER_SAID_RE), ("plain", PLAIN_RE))


def rewrite_goal(instruction: str) -> str:
    """What the manager wants from the rework, read from their instruction (never the pasted text): 'tighten'
    (shorter), 'firm' (no hedges, a dated ask), 'soften' (kinder) or 'plain' (no jargon); '' for tone only.
    A tone named outright next to a length ('firmer and shorter') is the goal and shorter comes with it
    (rewrite_shorter); otherwise shorter wins (a length is measurable), then firmer (said about a message too soft)."""
    if TIGHTEN_RE.search(instruction):
        return next((goal for goal, pattern in TONE_WITH_LENGTH if pattern.search(instruction)), "tighten")
    for goal, pattern in (("firm", FIRM_RE), ("soften", SOFTEN_RE), ("plain", PLAIN_RE)):
        if pattern.search(instruction):
            return goal
    return ""


def reader_goal(instruction: str, role: str) -> str:
    """The rewrite's goal, and with none named, the one its reader sets: plain words for a reader outside ML
    ('rewrite this for our CFO', 'for the head of sales')."""
    from tools.message import NON_TECHNICAL_ROLE_RE

    return rewrite_goal(instruction) or ("plain" if role in ("cfo", "ceo", "coo") or NON_TECHNICAL_ROLE_RE.search(instruction) else "")


def rewrite_shorter(instruction: str) -> bool:
    """True when a rewrite for tone must also come out shorter ('firmer and shorter', 'softer, 3 lines max')."""
    return rewrite_goal(instruction) not in ("tighten", "") and bool(TIGHTEN_RE.search(instruction))


# A count the manager gives about the reader's side ('failed three times in five weeks', 'moved it 4 times').
COUNTED_RE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:times|weeks|days|months|sprints|runs|incidents|outages)\b|\btwice\b", re.I)
ABOUT_READER_RE = re.compile(
    r"\bwhose (?P<x>[^.;:]+)|^(?:and\s+)?(?:he|she|they)(?:'s| has| have|'ve) (?P<y>[^.;:]+?)(?=\s+and\s+(?:we|I|our|my)\b|[.;:]|$)|\b(?:he|she|they) (?P<z>(?:promised|agreed|committed|said they(?:'d| would))\b[^.;:]+)"
    r"|^(?:and\s+)?(?:his|her|their) (?P<g>team|group|squad|side|vendor|folks)(?:'s| has| have) (?P<w>[^.;:]+)",
    re.I,
)


def rewrite_background(question: str, pasted: str) -> str:
    """What the manager says the reader's side has done, with a count, written to the reader ('Gareth, whose feed
    has failed three times in five weeks' -> 'Your feed has failed three times in five weeks.'); '' when none."""
    return " ".join(said for _, said in _background(question, pasted))


def _background(question: str, pasted: str) -> list[tuple[str, str]]:
    """(the manager's words, the sentence to the reader) for each count they give about the reader's side."""
    before = question.partition(pasted)[0] if pasted and pasted in question else ""
    out = []
    for x in re.split(r"(?<=[.!?])\s+|\n+|;\s+|,\s+(?=(?:he|she|they|his|her|their)\b)", before):
        m = ABOUT_READER_RE.search(x.strip())
        if m is None or rewrite_goal(x) or not COUNTED_RE.search(m.group(0)):
            continue
        said = re.sub(r"\s*:\W*$", "", (m.group("x") or m.group("y") or m.group("z") or m.group("w")).strip(" ,"))
        group = m.group("g")
        out.append((m.group(0), f"Your {said}." if m.group("x") else f"You {said}." if m.group("z") else f"Your {group.lower()} {'have' if group.lower() == 'folks' else 'has'} {said}." if group else f"You've {said}."))
    return out


# Who the message goes to, said as a clause of the instruction ('for the product manager', "it's to rohan").
_READER_CLAUSE_RE = re.compile(r"^(?:(?:it|this)(?:'s| is| goes| will go)\s+|going\s+|send(?:ing)? (?:it|this)\s+)?(?:to|for)\s+(?:the |my |our |a |an )?[\w-]+(?:\s+[\w-]+){0,2}$", re.I)


def firm_background(question: str, pasted: str, need: str) -> str:
    """What makes a firmer message firm, from the manager's words before the pasted one: each sentence with a number,
    a date or a consequence that is neither the instruction nor the need ('the vendor has had the bug for 4 wks',
    'line 4 goes to 450 bottles/min on jan 4 and without the fix the inspection skips bottles'); '' when none."""
    from agent.understanding.writer_notes import is_writer_note

    before = question.partition(pasted)[0] if pasted and pasted in question else ""
    out = []
    for x in re.split(r"(?<=[.!?])\s+|\n+", before):
        x = re.sub(r"\s*:\W*$", "", x.strip())
        if rewrite_goal(x) and len(x.split()) >= 8 and DATE_SAID_RE.search(x):  # 'firmer please, for the pm, the spec was due last friday': the fact alone
            x = ", ".join(c for c in re.split(r",\s*|\s+-\s+|;\s*", x) if c.strip() and not rewrite_goal(c) and not _READER_CLAUSE_RE.match(c.strip()))
        instruction = rewrite_goal(x) and not (len(x.split()) >= 8 and DATE_SAID_RE.search(x))  # 'make this firmer', not a fact that reads 'firm' in 'firmware'
        if len(x.split()) < 5 or instruction or is_writer_note(x) or STATED_NEED_RE.search(x) or (need and need[:30] in x):
            continue
        if DATE_SAID_RE.search(x) or COST_SAID_RE.search(x):
            out.append(x[:1].upper() + x[1:] + ("" if x.endswith((".", "!", "?")) else "."))
    return " ".join(out)


def need_with_referent(need: str, question: str, pasted: str) -> str:
    """The need with 'it' said as what it is: the last thing the manager's note names with 'the' that their pasted
    message names too ('we need it on site by the 18th' after 'without the firmware fix' -> 'the firmware fix on site
    by the 18th'); the need as it is when no such thing is named."""
    if not re.match(r"(?i)it\b", need.strip()) or not pasted:
        return need
    before = (question.partition(pasted)[0] if pasted in question else "").lower()
    before = before[: before.find(need.lower()[:20])] if need.lower()[:20] in before else before
    said = pasted.lower()
    things = []
    for m in re.finditer(r"\bthe\s", before):
        words = re.split(r"[,.;:!?()]", before[m.end() :])[0].split()[:3]  # 'the repair outcomes file, it was due': the thing ends at the comma
        longest = next((" ".join(words[:n]) for n in (3, 2, 1) if len(words) >= n and re.search(rf"\bthe {re.escape(' '.join(words[:n]))}\b", said)), "")
        if longest and longest.split()[-1] not in ("it", "time", "line", "week", "day"):
            things.append(f"the {longest}")
    return f"{things[-1]}{need.strip()[2:]}" if things else need


def _without_dictated(instruction: str, need: str, question: str, pasted: str, told: str = "") -> str:
    """The manager's instruction without what they dictate for the message (its need, its cost, the counts about the
    reader, the facts `told` for a firmer one): those words belong in the rewrite, so they are no echo of the question."""
    for piece in [*re.split(r"(?<=[.!?])\s+", need), *(raw for raw, _ in _background(question, pasted)), *(x.rstrip(".").lower() for x in re.split(r"(?<=[.!?])\s+", told) if x)]:
        if len(piece.split()) >= 4:
            instruction = instruction.replace(piece.strip(), " ")
    return instruction


# The label of the pasted message, where the need ends ('. my draft:', ' here's my draft quote end quote').
_DRAFT_LABEL_END_RE = re.compile(r"(?i)(?:(?<=[.!;])|(?<=\w))\s+(?:here'?s |here is |this is |and )?(?:my|the|our|current|original) (?:current |original )?(?:draft|message|note|email|text|version)\b(?:\s*(?:quote|below|:))*(?:\s*(?:(?:end|close) quote|unquote))?\W*$")


def rewrite_need(question: str, pasted: str) -> str:
    """What the manager adds outside the pasted message: what they need ('what i actually need: the batch by wed')
    or, after the message, the facts it should carry ('the truth: without a second node we miss jan 15'); or ''."""
    instruction = question.replace(pasted, " ") if pasted else question
    m = STATED_NEED_RE.search(instruction)
    if m:  # 'i need it by friday. my draft:': the need ends where the label of the pasted message starts
        return _DRAFT_LABEL_END_RE.sub("", m.group("n").strip()).strip()
    before, _, after = question.partition(pasted) if pasted and pasted in question else ("", "", "")
    after = re.sub(r"^[\s\"”’'»]*(?:[\w' ]{1,30}:\s*)?", "", after).strip()  # 'the truth: ...', 'context: ...'
    dated = lambda x: len(x.split()) >= 6 and DATE_SAID_RE.search(x)
    if dated(after):
        return after
    # Before the message: its facts, without the instruction ('make this firmer.') and a bare lead-in ('my draft:');
    # a fact said as the lead-in ('the labels were due nov 30, without them we slip:') is a fact all the same.
    said = [re.sub(r"\s*:\W*$", "", x.strip()) for x in re.split(r"(?<=[.!?])\s+|\n+", before) if not rewrite_goal(x)]
    facts = [x for x in said if dated(x) or (x and COST_SAID_RE.search(x))]
    context = " ".join(facts)
    return context if dated(context) and COST_SAID_RE.search(context) else ""


# A date or a number said in the manager's note ('due nov 30', 'by thu', 'the 11th'); 'marketing' and 'may' alone are none.
DATE_SAID_RE = re.compile(
    r"\d|\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?"
    r"|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|tomorrow|tonight|next week|end of (?:the )?(?:day|week|month))\b",
    re.I,
)
# What a missed ask costs, said next to the message ('if it isn't in by thu we lose ...', 'without them the model can't train').
COST_SAID_RE = re.compile(r"\bif\b|\bwithout\b|\botherwise\b|\bor else\b|\bslip\w*|\bmiss\w*|\bcan'?t\b|\bcannot\b|\bwon'?t\b|\blose\b|\bstall\w*|\bblock\w*", re.I)


_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
SENTENCE_LIMIT_RE = re.compile(
    r"\b(\d+|one|two|three|four|five|six)[\s-]+(?:short\s+)?(?:sentences?|lines?|bullets?(?: points?)?|bullet points?)\b(?:\s+max)?|\bmax(?:imum)?\s+(\d+)\s+(?:sentences|lines|bullets)\b", re.I
)
BULLETS_RE = re.compile(r"\bbullet(?:s|ed|ted| points?)?\b|\bas a list\b|\bin list form\b", re.I)
WORD_LIMIT_RE = re.compile(r"\b(?:under|max(?:imum)?|at most|no more than|below|within)\s+(\d+)\s+words\b|\b(\d+)\s+words\s+(?:max|or (?:less|fewer))\b", re.I)


def rewrite_limits(instruction: str) -> dict[str, int]:
    """The length the manager asks a rewrite to fit ('cut this to 3 sentences', 'under 100 words')."""
    out: dict[str, int] = {}
    m = SENTENCE_LIMIT_RE.search(instruction)
    if m:
        said = (m.group(1) or m.group(2)).lower()
        out["max_sentences"] = _COUNT_WORDS.get(said) or int(said)
    w = WORD_LIMIT_RE.search(instruction)
    if w and int(w.group(1) or w.group(2)) >= 10:
        out["max_words"] = int(w.group(1) or w.group(2))
    return out


# The reader is one of the manager's reports ('who reports to me', 'one of my engineers').
REPORT_SAID_RE = re.compile(r"(?<!not )(?<!n't )\b(?:reports? (?:in)?to me|my (?:new |direct |newest )?report\b|(?:on|in) my team\b|one of my (?:reports|engineers|people|team)\b)", re.I)


_TO_READER_RE = re.compile(
    r"\b(?:to|for)\s+(?:(?:my|our|the|a|an|new|data|sales|product|platform|account|vendor|lead|manager|director|head|pm|of|\w+'s)\s+){0,4}(?P<n>[a-z][a-z'-]{1,20})\b(?=\s*(?:\(|,|:|$|\n|\s+(?:who|on|at|from|in|of|pls|please|the)\b))",
    re.I,
)


_GOES_TO_RE = re.compile(r"\b(?:goes to|going to|it'?s to|it'?s for|is for|send(?:ing)? (?:it|this) to)\s+(?:my|our|the)\s+(?P<r>[\w -]{2,40})", re.I)


def _role_named_as_reader(instruction: str) -> str:
    """The reader's title said where the manager says who the message goes to ('it goes to my vp rahul'), or ''."""
    from agent.understanding.people import audience_in

    m = _GOES_TO_RE.search(instruction)
    found = audience_in(m.group("r")) if m else None
    return found[0] if found and found[1] == 0 and found[0] not in ("own_team", "report", "peer_team") else ""


def _reader_in_instruction(instruction: str) -> str:
    """The person the manager says the message goes to ('more diplomatic pls, to felix (sales director)'), when a first
    name is said there; '' otherwise."""
    from agent.understanding.first_names import first_names

    names = first_names()
    return next((m.group("n").capitalize() for m in _TO_READER_RE.finditer(instruction) if m.group("n").lower() in names and m.group("n").lower() not in ("will", "may", "june", "april", "mark", "bill", "sunny")), "")


CASUAL_RE = re.compile(r"\bless (?:formal|stiff|corporate|robotic|official)\b|\binformal\b|\bcasual\b|\brelaxed\b|\bchattier\b|\bmore human\b", re.I)  # a rewrite asked to sound less formal


def _ENDS_A_THING_RE(word: str) -> re.Pattern[str]:
    """The word as the head of a phrase led by an article or possessive ('the repair outcomes file', 'our grace period')."""
    return re.compile(rf"(?i)\b(?:the|a|an|our|your|my|their|this|that)\s+(?:(?!(?:and|or|with|to|for|from|by|about|at|on|in|of)\b)[a-z-]+\s+){{0,3}}{re.escape(word)}\b")


def _names_capitalised(text: str, instruction: str = "") -> str:
    """A pasted message typed in lower case with its people's names capitalised ('before moving sam onto stuff' ->
    'Sam'): a name read where a person stands in the message, or a first name the manager's instruction names too
    ('victor keeps borrowing sam'); a word after an article stays ('a grace period')."""
    from agent.understanding.people import everyday_word, find_people, is_first_name

    names = {m.name.casefold() for m in find_people(text, None)}
    names |= {w for w in re.findall(r"[a-z][a-z'-]+", instruction.casefold()) if is_first_name(w) and not everyday_word(w)}
    names = {w for w in names if not _ENDS_A_THING_RE(w).search(f"{text}\n{instruction}")}  # 'the repair outcomes file': a thing, not File
    if not names:
        return text
    return re.sub(r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bour )(?<!\bmy )(?<!\bthis )(?<!\bsome )(?<![\w'’-])[a-z][a-z]{1,15}(?![\w'’-])", lambda m: m.group(0).capitalize() if m.group(0) in names else m.group(0), text)


def _rewrite_input(s: Situation, question: str, today: date, role: str, recipient: str, pasted: str) -> dict[str, Any]:
    """A message the manager pasted, to rework: their text is the content (so it is not an echo of the question)."""
    from tools.message import DraftInput

    from tools.rewrite import greeting_name

    instruction = question.replace(pasted, " ")  # the manager's words about the message, not the message
    said, pasted = pasted, _names_capitalised(pasted, instruction)  # their message as it stands in the question, to find it there
    if recipient and recipient.casefold() not in instruction.casefold() and recipient != greeting_name(pasted):
        recipient = _reader_in_instruction(instruction) or recipient  # 'to felix (sales director)': not a name the message mentions ('Acme')
    from agent.understanding.first_names import first_names

    greeted = greeting_name(pasted)
    if greeted and recipient and recipient.casefold() != greeted.casefold() and recipient.split()[-1].lower() not in first_names():
        recipient = greeted  # 'to the client (maria at northwind)', "hey maria!!": the person greeted, not the role
    recipient = recipient or greeted  # 'Yaw, your PR ...': the one person it is for
    titled = _role_named_as_reader(instruction)
    if titled and role in ("own_team", "report", "", "exec"):
        role = titled  # 'so it doesn't throw my team under the bus, it goes to my vp': the vp reads it
    elif role in ("", "exec") and REPORT_SAID_RE.search(instruction):
        role = "report"  # 'it's for rafa who reports to me': read here until the situation reads it (told to the lead)
    elif role in ("", "exec") and re.search(r"\b(?:to|for) (?:my|our) (?:own )?team\b", instruction, re.I):
        role = "own_team"  # 'it goes to my own team': the same
    need = need_with_referent(rewrite_need(question, said), question, said)
    goal = reader_goal(instruction, role)
    told = firm_background(question, said, need) if goal == "firm" else ""
    reason = " ".join(x for x in (rewrite_background(question, said), told) if x)
    draft = {
        "audience": COARSE_AUDIENCE.get(role, "executive"),
        "purpose": "rewrite",
        "facts": {"original": pasted[:5000], "today": today.isoformat(), "rewrite_goal": goal, "rewrite_shorter": rewrite_shorter(instruction), "rewrite_bullets": bool(BULLETS_RE.search(instruction)), "ask": need[:300], "reason": reason[:600], **rewrite_limits(instruction)},
        "recipient": recipient[:80],
        "recipient_role": ROLE_LABELS.get(role, "") if role != "exec" else "",
        "tone": "warm" if CASUAL_RE.search(instruction) or WARM_RE.search(instruction) else "direct",
        "source_text": _without_dictated(instruction, need, question, pasted, told)[:5000],
        "reader": reader_words(s, question, recipient, role, ""),  # who else is named, so the final check writes their names with capitals
        "constraints": {"lead_with_ask": note_constraints(instruction).lead_with_ask},  # 'put the ask up top'
    }
    return DraftInput.model_validate(draft).model_dump(mode="json")


DRAFT_REASON_CHARS = 300  # the why a new draft gives; a firmer rewrite's note (the overdue date and its cost) may run longer


def _sendable(facts: dict[str, Any], allowed: set[str]) -> dict[str, Any]:
    """The drafting facts that are set, with the manager's plain misspellings put right in the ones a body says
    ('maintanence' -> 'maintenance')."""
    clean = {k: v for k, v in facts.items() if k in allowed and v not in (None, "", [])}
    return {k: respelt(v) if k in ("project", "new_work", "reason", "decision", "what_changes", "offer") and isinstance(v, str) else v for k, v in clean.items()}


def plan_change_options(prescriptions: Prescriptions, limit: int = 3) -> list[dict[str, str]]:
    """The best re-simulated plan changes as message options, each with its new chance of meeting the date."""
    from lead_core.numbers import percent

    out = []
    useful = [c for c in prescriptions.changes if c.reaches_target or c.deadline_probability >= 0.5]  # "a fallback in parallel: 0%" is no option to put to a reader
    for c in useful[:limit]:
        chance = percent(c.deadline_probability, words=True)
        on = "chance on the new date" if c.kind == "move_date" else "chance of making the date"
        out.append({"name": CHANGE_LABELS.get(c.kind, "Change the plan"), "tradeoff": f"{c.description.rstrip('.')} ({on}: {chance})."[:300]})
    return out


# The reader asked about timing or odds ('will it be ready by March 1?', 'what are the chances'): odds may be given.
ODDS_ASKED_RE = re.compile(r"\b(?:when|by (?:the |mon|tue|wed|thu|fri|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d|q[1-4]|end|eo)|on track|ready|in time|chances?|odds|likely|how sure|confident|date|deadline|slip|still on)\b", re.I)


# The manager asks for the figures themselves: 'use her numbers', 'with the odds', 'give him the actual numbers'.
NUMBERS_ASKED_RE = re.compile(r"\b(?:use|give|include|quote|with|show|put in)\s+(?:(?:him|her|them|his|their|our|my|the|actual|real|hard)\s+){0,3}(?:numbers|figures|odds|percentages|estimates?)\b", re.I)


def new_work_start(decision: str, today: date) -> date | None:
    """The day the manager's own plan starts the new work ('... and start the summarizer fine-tune on the 21st')."""
    from agent.understanding.dates import find_dates

    for d in find_dates(decision, today):
        if d.role in ("start", "deadline") and d.value > today and re.search(r"\b(?:start|starts|begin|begins|move|moves|switch|switches|pick(?:s)? up|join|joins)\b[^.;]{0,60}$", decision[: d.start], re.I):
            return d.value
    return None


def odds_wanted(s: Situation, question: str, facts: dict[str, Any]) -> bool:
    """True when a chance may appear in the draft: the manager stated one, or the reader asked about dates or odds."""
    if s.stated("success_probability") or re.search(r"\d\s*%|\bin (?:\d+|one|two|three|four|five|ten)\b", question) or NUMBERS_ASKED_RE.search(question):
        return True
    asked = " ".join(str(facts.get(k) or "") for k in ("question_asked",)) or relayed_question(question)
    return bool(ODDS_ASKED_RE.search(asked))


def _current_project(facts: dict[str, Any], records: list[dict[str, Any]]) -> str:
    """The work in flight a reply about a move names: the question's, else the what-if's own input (from the team
    file), never the new work ('Priya switches to the summarizer, and the summarizer pauses')."""
    stated = facts.get("project") or ""
    if stated and stated != facts.get("new_work"):
        return stated
    run = next((r for r in reversed(records) if r.get("name") == "compare_strategies" and isinstance(r.get("arguments"), dict)), None)
    current = ((run or {}).get("arguments") or {}).get("current") or {}
    named = current.get("project") if isinstance(current, dict) else None
    return named if isinstance(named, str) and named != "current work" else stated


def _add_reader_fallback(facts: dict[str, Any], question: str, purpose: str) -> None:
    """The reader's own plan B ('so we can plan a generic send') as the answer's last point, when they gave one."""
    fallback = reader_fallback(question)
    if fallback and purpose in ("answer_question", "explain_uncertainty") and len(facts["points"]) < 12:
        facts["points"].append(Point(kind="point", text=f"if you need certainty now, {fallback}").model_dump())


def asked_in(question: str) -> str:
    """The reader's question the manager reports without quoting it ('tobiah asked why the forecast is a range'), or ''."""
    from agent.understanding.messages import question_asked

    found = question_asked(question)
    return re.split(r",\s+(?=(?:he|she|they|we|i|it)\b)", found[0])[0] if found else ""  # "..., he has to staff couriers" is context


def decided_purpose(s: Situation, points: list[Point], role: str = "") -> str:
    """A decision the manager has made, told rather than proposed: an announcement to their own team, news of a
    slip to others, else a decision to share."""
    if (role or s.get("audience")) in ("own_team", "report"):
        return "announce_change"
    return "forecast_risk" if any(SLIP_POINT_RE.search(p.text) for p in points) else "share_decision"


def default_purpose(s: Situation, whatif: bool) -> str:
    """The purpose when the manager names none: a reply about a move, a reply to an incoming request
    (negotiate it: the request is what they asked for), a resource ask when people are asked for, the decision or
    news they dictate, else a progress update."""
    if whatif:
        return "respond_to_reprioritization"
    if s.has("request_title"):
        return "decline_or_negotiate"
    if s.stated("decision"):
        return "share_decision"  # the manager's own words are the message, whatever numbers they contain
    return "ask_for_resources" if s.stated("headcount") else "progress_update"  # people asked for are a resource ask


def reader(s: Situation) -> tuple[str, str]:
    """(audience role, recipient name) of the message: a pronoun ('reply to him') points to the requester or
    to the outsider the question is about, never to the manager's own team."""
    role = str(s.get("audience") or "exec")
    recipient = s.get("recipient") if isinstance(s.get("recipient"), str) else ""
    if recipient and _about(s, recipient):
        recipient = ""  # "we can't spare Tom" is written about Tom, to whoever asked for him
    audience = s.fact("audience")
    by_pronoun = audience is not None and audience.text.strip().lower() in PRONOUNS
    requester = s.get("requester") if isinstance(s.get("requester"), str) else ""
    if requester and requester in COARSE_AUDIENCE and (by_pronoun or not s.has("audience")):
        role = requester  # "my VP wants ... reply to her": the VP is the reader
    elif requester and requester not in COARSE_AUDIENCE and requester[:1].isupper() and not recipient:  # "finance", "my boss" are no names
        recipient = requester
    person = s.get("person") if isinstance(s.get("person"), str) else ""
    if recipient and recipient == requester and person and person != recipient and role in ("report", "own_team"):
        role = "peer_team"  # "ines asked to move marco, reply to her": who asks for one of our people is not our report
    if not recipient and person and role == "report" and (by_pronoun or s.get("person_in_team") is False):
        recipient = person  # "Ben asked ..., reply to him": the person is the reader
        if s.get("person_in_team") is False and (by_pronoun or not s.stated("audience")):
            role = "peer_team"  # someone outside the team file is not one of the manager's reports, unless the manager says so
    return role, recipient


# A single senior reader named by title alone ('our CMO', 'my director', 'the head of finance'): the title stands in for
# their name when the manager's notes about them are said to them.
SINGLE_READER_TITLE = re.compile(r"(?:cmo|cpo|cto|ceo|cfo|coo|cro|ciso|vp|svp|evp|gm|director|boss|head of [\w-]+|skip[- ]level)", re.I)


def unnamed_reader(s: Situation, role: str) -> str:
    """The title the question gives an unnamed single reader ('CMO', 'director'), '' for a team, a group or no title."""
    audience = s.fact("audience")
    if audience is None or audience.source != "question" or role in ("own_team", "peer_team", "customer") or s.has("recipient_group"):
        return ""
    title = re.sub(r"^(?:to\s+|for\s+)?(?:my|our|the)\s+", "", audience.text.strip(), flags=re.I)
    return title if SINGLE_READER_TITLE.fullmatch(title) else ""


def _about(s: Situation, name: str) -> bool:
    """True when the message is about this person rather than to them: the person being moved, or someone
    the manager's own sentence names after its start ("we can't spare Tom before fraud v3 ships")."""
    moved = s.get("person") == name and (s.has("requester") or "reprioritization" in s.intents)
    decision = s.get("decision") if isinstance(s.get("decision"), str) else ""
    named_inside = bool(re.search(rf"(?<!^)\b{re.escape(name)}\b", decision.strip()))
    return moved or named_inside


def facts_from_situation(s: Situation, today: date, purpose: str) -> dict[str, Any]:
    """The message facts the situation states, fit for the purpose (the manager's words kept whole)."""
    project = s.get("project") or s.get("new_work") or ""
    if isinstance(project, str) and project.strip().lower() in _NOT_A_PROJECT:
        project = ""  # "left: retrain 1-2 wks, ..." names what is left, not a project
    facts: dict[str, Any] = {
        "person": s.get("person") if isinstance(s.get("person"), str) else "",
        "project": project if isinstance(project, str) else "",
        "question_asked": s.get("question_asked") or "",
        "headcount": s.get("headcount"),
        "load_percent": s.get("load_percent"),
        "backlog_weeks": s.get("backlog_weeks"),
        "new_work": s.get("new_work") or "",
        "today": today.isoformat(),
    }
    decision = s.get("decision") if isinstance(s.get("decision"), str) else ""
    tasks = s.fact("tasks")
    if decision and tasks is not None and tasks.text and _shared_words(decision, tasks.text) >= 4:
        decision = ""  # the task list is forecast, not a message to pass on
    said, offer = split_offer(decision, facts["person"])
    said, need = split_need(said)
    if need:
        facts["ask"] = f"Could you help us get {need}?"
    if said:
        facts["decision"] = said
    if offer:
        facts["offer"] = re.sub(r"(?<=[.!?])\s+\w+$", "", offer)  # "... what it would take. my": the next sentence's first word is no part of it
    if isinstance(s.get("reason"), str):
        reason, need = split_need(s.get("reason")) if purpose == "ask_for_resources" and "ask" not in facts else (s.get("reason"), "")
        facts["reason"] = reason
        if need:
            facts["ask"] = f"Could you help us get {need}?"  # "it's been 3 days, we need someone for half a day"
    if purpose == "respond_to_reprioritization" and stated_strategy(s):
        facts["strategy"] = stated_strategy(s)  # the body is written from the plan the manager already chose
    if isinstance(s.get("request_title"), str) and purpose in ("decline_or_negotiate", "answer_question", "progress_update") and not (
        purpose == "progress_update" and s.stated("project") and s.stated("decision")
    ):  # an update the manager dictates is about its project, not a request mentioned in it
        named = re.split(r"\s+(?:when|whenever|if|because|so that|once|as soon as)\b", s.get("request_title"), maxsplit=1)[0]  # 'model that emails past sellers when their car ...'
        facts["project"] = named if _names_a_thing(named) else facts["project"]
        facts["person"] = ""  # the request is the object of the reply, not the person who would do it
    deadline = s.fact("deadline")
    if deadline is not None and deadline.source != "assumed" and purpose != "announce_change" and (purpose != "decline_or_negotiate" or deadline.source == "question") and (
        deadline.source == "question" or purpose != "ask_for_resources"
    ):  # a resource ask states a date only when the manager gave one
        facts["deadline"] = deadline.value
    chance = s.fact("success_probability")
    if chance is not None and chance.source == "question" and purpose in ODDS_PURPOSES and deadline is not None:
        facts["deadline_probability"] = float(chance.value)  # the manager's own odds, until a forecast replaces them
    facts.update(PURPOSE_FACTS.get(purpose, lambda _s: {})(s))
    for name in ("decision", "reason", "what_changes"):
        if isinstance(facts.get(name), str) and facts[name].strip():
            facts[name] = whole_sentences(facts[name])  # "the rollout slips. was due the 18th, now ...": whole sentences
    return facts



_NOT_A_PROJECT = frozenset({"left", "remaining", "rest", "todo", "to do", "status", "next", "done", "still to do", "what's left", "whats left"})


def _names_a_thing(title: Any) -> bool:
    """A request title that reads as the name of a thing ('the churn dashboard'), not a clause of the manager's
    note ('my platform team to build them a custom GPU scheduler')."""
    return isinstance(title, str) and len(title.split()) <= 10 and not re.search(r"\b(?:my|me|them|their|him|her|us)\b|\n", title, re.I)


def split_offer(decision: str, person: str = "") -> tuple[str, str]:
    """A stated message as (what to say, the offer in it): 'he can't have Priya. offer Sam meanwhile', 'no. but she
    can do a design review next week'. Words to the writer ('keep it warm') and a bare 'no' are left out; a
    pronoun opening a counter-offer is the person it is about."""
    if not decision:
        return "", ""
    parts = [p.strip(" ,") for p in re.split(r"(?<=[.;!])\s+|,\s+(?=(?:and\s+|but\s+)?(?:offer|propose|suggest)\b)|\s+and\s+(?=offer\b)|,\s+(?=but\b)", decision) if p.strip(" ,.;")]
    said, offers = [], []
    for part in parts:
        clean = part.rstrip(".;!")
        m = OFFER_CLAUSE.match(clean)
        but = BUT_CAN.match(clean)
        if m:
            offers.append(re.sub(r"\s+(?:instead|in the meantime|meanwhile)$", "", m.group("o").strip(), flags=re.I))
        elif but:
            offer = but.group("o").strip()
            if person:
                offer = re.sub(r"^(?:she|he|they)\b", person, offer, flags=re.I)
            offers.append(offer)
        elif not INSTRUCTION_START.match(clean) and not REFUSAL.match(clean):
            if said and re.match(r"(?i)but\b", clean) and not said[-1].endswith((".", "!", "?")):
                said[-1] = f"{said[-1]}, {clean}"  # "not cutting scope yet, but we decide on Jan 8" stays one sentence
            else:
                said.append(clean)
    return ". ".join(said), "; ".join(offers)


OPTIONS_RE = re.compile(r",?\s+or\s+(?:else\s+)?(?:she|he|they|we|i|it|\w+)\s+(?:can|could|will|would|gives?|takes?|starts?|does)\b", re.I)


def stated_strategy(s: Situation) -> str:
    """The reprioritization strategy a decision the manager states amounts to ('' when none is stated)."""
    decision = s.get("decision")
    if not isinstance(decision, str) and s.get("share_offered") is True:
        return "split_capacity"  # "i'd rather give him one day a week of lena": a share is the manager's answer
    if not isinstance(decision, str) or OPTIONS_RE.search(decision):
        return ""  # "she finishes in ~3 weeks, or she can give it 2 days a week": two options, the reader picks
    return next((name for name, pattern in STRATEGY_WORDS if re.search(pattern, decision, re.I)), "")


def _shared_words(a: str, b: str) -> int:
    from tools.message import longest_shared_run

    return longest_shared_run(a, b)


def split_need(said: str) -> tuple[str, str]:
    """A stated message as (the rest, what the manager needs from the reader): '..., need platform's help'."""
    m = NEED_RE.search(said)
    if not m:
        return said, ""
    rest = (said[: m.start()] + said[m.end() :]).strip(" ,;")
    return rest, m.group("a").strip()


def _name(s: Situation, fact: str) -> str:
    value = s.get(fact)
    return value if isinstance(value, str) else ""


def _weeks_range(s: Situation) -> list[float]:
    """A [low, high] range the question states (a team-file estimate of someone's current work is not the message's)."""
    for name in ("remaining_weeks", "new_work_weeks", "request_effort_weeks"):
        stated = s.get(name) if s.stated(name) else None
        if isinstance(stated, list) and len(stated) == 3 and stated[0] < stated[2]:
            return [stated[0], stated[2]]
    return []


def _resource_facts(s: Situation) -> dict[str, Any]:
    count = s.get("headcount")
    words = s.fact("headcount").text if s.has("headcount") else ""
    kind = re.sub(r"^(?:\w+\s+)?(?:more|extra|additional|new)\s+", "", words.strip(), flags=re.I) or "engineers"
    kind = re.sub(r"^(?:\d+|one|an?|two|three|four|five)\s+", "", kind, flags=re.I)
    out: dict[str, Any] = {"resource": kind[:80]}
    if isinstance(s.get("cost"), str):
        out["cost"] = s.get("cost")
    title = s.get("request_title")
    if isinstance(title, str):
        wanted = re.sub(r"^(?:to\s+)?ask\s+(?:\w+\s+){0,3}?for\s+", "", title, flags=re.I)
        if wanted != title:
            out["ask"] = f"Could we have {wanted}?"  # "4 weeks of an SRE from the infra team so we finish the rollout"
    elif count:
        words = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
        out["ask"] = f"Could we add {words[count - 1] if count <= 10 else count} more {kind} to the team?"
    out["range_weeks"] = _weeks_range(s)
    if s.get("load_percent") or s.get("backlog_weeks"):  # the drafting tool states them; we add what they cost
        out["cost_of_not"] = "new work waits behind the backlog and the team stays over capacity, which is how quality and people slip"
    return out


def _announcement_facts(s: Situation) -> dict[str, Any]:
    person, new_work, project = s.get("person"), s.get("new_work"), s.get("project")
    decision, _ = split_offer(s.get("decision") if isinstance(s.get("decision"), str) else "", _name(s, "person"))
    out: dict[str, Any] = {}
    if decision:
        out["what_changes"] = decision  # the manager's own decision wins over one rebuilt from its parts
    elif isinstance(person, str) and isinstance(new_work, str):
        out["what_changes"] = f"{person} will move to the {new_work}" + (f" once {project} has shipped" if isinstance(project, str) and project != new_work else "")
    said = s.fact("start_date") or (s.fact("deadline") if s.fact("deadline") and s.fact("deadline").source == "question" else None)
    start = said.value if said is not None and (said.source != "question" or names_a_day(said.text)) else None
    if start:  # 'from january' names no day: the message makes none up
        out["starts"] = start  # when it takes effect
    if not decision:  # a change rebuilt from its parts says what it leaves alone; the manager's own words stand as said
        out["what_stays"] = "Current commitments stay as planned until the change takes effect, and nobody else's work changes."
    return out


def _explain_facts(s: Situation) -> dict[str, Any]:
    stated = _weeks_range(s)
    for name in ("deadline", "remaining_weeks", "new_work_weeks"):  # "5 to 11 weeks away" is a range, whatever it was read as
        said = s.fact(name)
        m = re.search(r"\b(\d+(?:\.\d+)?)\s*(?:to|-|–)\s*(\d+(?:\.\d+)?)\s+weeks?\b", said.text if said else "")
        if m and not stated and said.source == "question" and float(m.group(1)) < float(m.group(2)):
            stated = [float(m.group(1)), float(m.group(2))]
    return {"next_check": "after the next milestone, when the riskiest part has been tried", "range_weeks": stated}


def _decline_facts(s: Situation) -> dict[str, Any]:
    """The offer of a decline: the manager's own, else (when they said nothing of what to say) a generic one."""
    thing = s.get("request_title") or s.get("project")
    decision, offer = split_offer(s.get("decision") if isinstance(s.get("decision"), str) else "", _name(s, "person"))
    offer = s.get("offer") if isinstance(s.get("offer"), str) else offer  # the counter-offer the manager labelled as one
    if offer:
        return {"offer": offer, "ask": "Would that work for you?"}
    if decision:
        return {}  # the manager said what to say: no offer or ask of ours is added to it
    ask = f"Would a smaller version of the {thing}, or a later slot, work for you?" if isinstance(thing, str) and thing else "Would a smaller version or a later slot work for you?"
    return {"offer": GENERIC_OFFER, "ask": ask}


PURPOSE_FACTS = {
    "ask_for_resources": _resource_facts,
    "announce_change": _announcement_facts,
    "explain_uncertainty": _explain_facts,
    "decline_or_negotiate": _decline_facts,
}


def _facts_from_forecast(forecast: Forecast) -> dict[str, Any]:
    out: dict[str, Any] = {}
    dates = {"p50_date": forecast.p50.date, "p80_date": forecast.p80.date, "p95_date": forecast.p95.date}
    if any(dates.values()):
        caveat = {"calendar_note": forecast.calendar_caveat} if forecast.calendar_caveat else {}
        out["forecast"] = {"unit": "dates", **{k: v for k, v in dates.items() if v}, **caveat}
    if forecast.deadline_probability is not None and not forecast.deadline_passed:
        out["deadline_probability"] = forecast.deadline_probability
    if forecast.failure_share >= 0.005:
        out["works_probability"] = 1 - forecast.failure_share
    return out


def _works_as_said(facts: dict[str, Any]) -> None:
    """The simulated share of runs that work, when it is the one chance the manager stated (no retry), is that chance as
    said: 65% stays 65%, not a simulated 0.652 re-rounded to 'about 7 in 10'."""
    stated = facts.get("first_try_probability")
    if isinstance(stated, float) and not facts.get("first_try_retried") and abs(float(facts.get("works_probability") or 0) - stated) < 0.03:
        facts["works_probability"] = stated


def _forecast_basis(s: Situation, records: list[dict[str, Any]]) -> dict[str, Any]:
    """What the forecast counted that a reader should hear: the stated first-try chance, a date the work must be in
    place before, and the start the manager said (when the forecast counted from it)."""
    out = {**_first_try(s), "ready_before": bool(s.get("ready_before"))}
    plan = _input_of(records, "forecast_completion")
    if s.stated("start_date") and plan is not None and plan.start is not None and plan.start.isoformat() == str(s.get("start_date")):
        out["work_starts"] = plan.start
    return out


def _prescribed(records: list[dict[str, Any]], purpose: str) -> dict[str, Any]:
    """The re-simulated plan changes as what would change the odds and as options; none for a reader's question
    (whether we add a person or cut a step is the manager's to choose, not theirs)."""
    prescriptions = latest_result(records, "suggest_plan_changes")
    if prescriptions is None or purpose == "answer_question":
        return {}
    out: dict[str, Any] = {}
    reaching = [c for c in prescriptions.changes if c.reaches_target]
    if reaching:
        out["what_would_change"] = reaching[0].description[:300]
    if purpose in PRESCRIBED_PURPOSES:
        out["options"] = plan_change_options(prescriptions)
    return out


def _input_of(records: list[dict[str, Any]], name: str) -> Any:
    """The typed input of this turn's last `name` call, or None when the record carries no arguments to read."""
    from pydantic import ValidationError

    try:
        return latest_input(records, name)
    except ValidationError:
        return None


def _first_try(s: Situation) -> dict[str, Any]:
    """The stated chance the riskiest step works first time (the forecast counts it), and whether a miss is retried."""
    tasks = [t for t in s.get("tasks") or [] if isinstance(t, dict) and isinstance(t.get("success_probability"), (int, float))]
    if not tasks:
        return {}
    risky = min(tasks, key=lambda t: t["success_probability"])
    return {"first_try_probability": float(risky["success_probability"]), "first_try_retried": bool(risky.get("retry"))}


def _share_given_facts(s: Situation, result: WhatIfResult | None, current: str) -> dict[str, Any]:
    """The manager's own answer to a move, a share of the person's week ('i'd rather give him one day a week of lena'):
    the reply's decision says it in their words, with what it costs the current work from the what-if run at that share
    (its 8-in-10 date with and without it); the ask is only whether that share is enough. {} when no share was stated."""
    from lead_core.numbers import days_words

    share = next((o for o in result.strategies if o.strategy == "split_capacity"), None) if result is not None else None
    without = next((o for o in result.strategies if o.strategy == "finish_first"), None) if result is not None else None
    said, person = s.fact("time_share"), _name(s, "person")
    if share is None or said is None or said.source != "question" or not person or not current:
        return {}
    new = _name(s, "new_work") or "the new work"
    new = new if new[:1].isupper() or new.startswith(("the ", "a ", "an ")) else f"the {new}"
    weeks = s.fact("new_work_weeks")
    asked = f" for {weeks.text}" if weeks is not None and weeks.source == "question" and re.search(r"\b(?:weeks?|days?|months?)\b", weeks.text) else ""
    decision = f"I can give you {said.text} of {person}'s time for {new}, so {current} keeps moving rather than stopping{asked}."
    if share.current_slip_days >= 0.5 and share.current_p80_date is not None and without is not None and without.current_p80_date is not None:
        cost = (f"That costs {current} about {days_words(share.current_slip_days)}: it lands by {share.current_p80_date:%a %d %b %Y} "
                f"instead of {without.current_p80_date:%a %d %b %Y} (8 in 10).")
    else:
        cost = f"{current} keeps its dates with that."
    return {"decision": f"{decision} {cost}" if len(decision) + len(cost) < 300 else decision, "reason": "",
            "ask": f"If {new} needs more than that, tell me by when and we'll look at it together; would {said.text} work for now?", "strategy": ""}


def _date_first_facts(s: Situation, current: str) -> dict[str, Any]:
    """A reply to a request to move someone that gave no date: the answer depends on it, so the reply asks for it,
    says what the person is on (with the time left the team file gives) and what each answer would mean."""
    person = _name(s, "person") or "they"
    new = _name(s, "new_work") or "it"
    new = new if new == "it" or new[:1].isupper() else f"the {new}" if not new.startswith(("the ", "a ", "an ")) else new
    left = s.get("remaining_weeks")
    weeks = f", with about {left[1]:g} weeks left ({left[0]:g} to {left[2]:g})" if isinstance(left, list) and len(left) == 3 and current else ""
    on = f"{person} is in the middle of {current}{weeks}" if current and current != _name(s, "new_work") else f"{person} is mid-way through current work"
    return {
        "decision": f"Thanks for asking. Before I can say yes or no, I need to know when you need {new}.",
        "reason": f"{on}: if {new} can wait until that lands, {person} can move then with nothing left half-done; if it can't, we'll look at switching sooner."[:300],
        "ask": "When do you need it by, and roughly how much work is it?",
        "strategy": "",
    }


def _run_of_stated(records: list[dict[str, Any]], s: Situation) -> WhatIfResult | None:
    """The what-if run that holds the plan the manager stated ('half of priya's time' is a split): the one at the share
    they named when there is one, else the first that has it; None when they stated none or the first run has it."""
    from agent.tool_results import all_inputs, all_results

    chosen = stated_strategy(s)
    if not chosen:
        return None
    called = [r for r in records if r.get("arguments")]  # a result handed in without its call has no share to match
    runs = list(zip(all_inputs(called, "compare_strategies"), all_results(called, "compare_strategies")))
    if not runs or any(o.strategy == chosen for o in runs[0][1].strategies):
        return None
    share = s.get("time_share")
    having = [(i, r) for i, r in runs if any(o.strategy == chosen for o in r.strategies)]
    named = [r for i, r in having if isinstance(share, (int, float)) and abs(i.split_fraction - share) < 1e-3]
    return (named or [r for _, r in having] or [None])[0]


def _facts_from_whatif(result: WhatIfResult, s: Situation, asked: Any = None) -> dict[str, Any]:
    """The recommended strategy as the message's decision, with the new work's odds (for a date the requester gave)
    and the chance the current work keeps its own promised date under each strategy."""
    from agent.compose import STRATEGY_NAMES

    chosen = stated_strategy(s)  # the plan the manager already chose wins; the what-if gives its numbers
    best = next((o for o in result.strategies if o.strategy == chosen), None) or next(
        o for o in result.strategies if o.strategy == result.recommendation
    )
    options = [
        {"name": STRATEGY_NAMES.get(o.strategy, o.strategy).capitalize(), "tradeoff": o.description[:300]}
        for o in result.strategies[:3]
    ]
    name = STRATEGY_NAMES.get(best.strategy, best.strategy).capitalize()
    out: dict[str, Any] = {
        "strategy": best.strategy,
        "options": options,
        "decision": f"{name}: {best.description}"[:300],
        "ask": ASK_FOR_STRATEGY.get(best.strategy, "Does this work for you?"),
    }
    new_dated = asked is None or asked.new_work.deadline == "stated"  # an assumed date for the new work is no odds to give its requester
    if best.deadline_probability < 0.995 and new_dated:
        out["deadline_probability"] = best.deadline_probability
    if best.current_finish_probability is not None and not (asked is not None and asked.current.success_assumed):
        out["current_finish_probability"] = best.current_finish_probability  # an assumed chance it works is no odds to send anyone
    from tools.whatif import ASKED

    shown = {ASKED[asked.new_work.shape] if asked is not None else "switch_now", best.strategy, "finish_first"}  # what was asked, what we recommend, and finishing first
    chances = [{"strategy": o.strategy, "probability": o.current_deadline_probability} for o in result.strategies
               if o.current_deadline_probability is not None and o.strategy in shown]
    if result.current_due_date is not None and chances:
        out.update(current_due=result.current_due_date, current_due_chances=chances,
                   current_due_promised_to=(asked.current.promised_to if asked is not None else "")[:80])
    return out


def _checkpoint_facts(records: list[dict[str, Any]], s: Situation) -> dict[str, Any]:
    """A reply to an ask against a go/no-go date, from the same decision as the answer (compose.checkpoint_cost): yes
    when it takes little of the time before the date, else a start straight after the go/no-go, with moving the date as
    the fallback. Empty when the date is no go/no-go."""
    from pydantic import ValidationError

    from agent.compose import checkpoint_cost
    from agent.tool_results import all_inputs, all_results

    try:
        compared = list(zip(all_inputs(records, "compare_strategies"), all_results(records, "compare_strategies")))
    except ValidationError:
        return {}
    if not compared or not compared[0][0].current.due_is_decision or stated_strategy(s):
        return {}
    asked, result = compared[0]  # the ask as made (later runs are the offers weighed against it), as the answer reads it
    cp = checkpoint_cost(asked, result)
    if cp is None:
        return {}
    person, project, new, due = asked.current.person, asked.current.project, asked.new_work.title, asked.current.due_date
    share = (" half time" if abs(asked.split_fraction - 0.5) < 0.01 else f" {asked.split_fraction * 5:g} days a week") if asked.new_work.shape == "time_share" else ""
    start = f" from {result.first_day:%a %d %b}" if result.first_day else ""
    days = f"about {cp.days:.0f} working days"
    if cp.fits:
        return {"strategy": "", "decision": f"Yes: {person} can work on {new}{share}{start}. It takes {days} from {project} before its go/no-go on {due:%a %d %b}, which we can absorb.",
                "ask": "Can we agree the end date now, so it stays the size you asked for?"}
    board = f" and I'll ask {asked.current.promised_to} to move it to {cp.moved:%a %d %b}" if asked.current.promised_to else f" and we move the go/no-go to {cp.moved:%a %d %b}"
    return {"strategy": "",
            "decision": f"{person} starts on {new}{share} on {cp.after:%a %d %b}, straight after the {project} go/no-go on {due:%a %d %b}. Starting{start} would take {days} from it before then.",
            "offer": f"If {new} can't wait, {person} can start{start}{board}.",
            "ask": "Which of the two works better for you?"}


# The one question that fits each recommendation (never "can the new work wait?" under a switch-now plan).
ASK_FOR_STRATEGY = {
    "switch_now": "Can we agree the start date, so the current work is handed over cleanly?",
    "finish_first": "Does this work for you, or is there a reason the new work cannot wait?",
    "split_capacity": "Does this split work for you, or is one of the two more urgent than I think?",
    "defer_new": "Does this work for you, or is there a reason the new work cannot wait?",
}

