"""Offline answer composition: recommendation first, the tool results behind it (numbers only from the
tools, the team file or the question), what to say, and inline citations [n] to passages retrieved this turn.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from agent.intents import HOPELESSNESS
from agent.situation import Situation
from agent.tool_results import all_inputs, all_results, latest_input, latest_result, succeeded
from tools.agenda_reasons import hard_conversation
from lead_core.numbers import chance_words, days_words, odds_answer
from lead_core.units import WORKDAYS_PER_WEEK

if TYPE_CHECKING:
    from tools.simulate import Forecast, Percentile

ESCALATION_NOTE = (
    "This needs the right people involved, and you stay involved too. Today: listen, thank the person for telling "
    "you, and tell them what happens next; involve HR (or your people partner), who will bring in legal if a legal "
    "claim or threat is involved; and point them to your employee assistance programme for confidential support. "
    "Write down facts, not opinions, and keep it confidential."
)
CRISIS_NOTE = (
    "If someone may be at risk of harming themselves, treat it as urgent: stay with them or keep them talking, "
    "contact local emergency services if there is immediate danger, and share a crisis line (in the US call or "
    "text 988; elsewhere see findahelpline.com). Then inform HR and your employee assistance programme."
)
SELF_HARM_RE = re.compile(
    r"suicid|self[- ]harm|hurt(?:ing)? (?:them|him|her)sel|kill (?:my|him|her|them)sel|point of living|end (?:my|his|her|their) life|want to die|"
    + HOPELESSNESS,
    re.IGNORECASE,
)
HEALTH_NOTE = (
    "Leave, reduced hours and adjustments for health reasons go through HR, so the arrangement is fair, documented "
    "and compliant; don't agree anything informally or ask for medical details."
)
FEARED = re.compile(r"\b(?:afraid|scared|terrified|worried|panick\w*|fear\w*|convinced|thinks?|sure)\b[^.;!?]{0,20}\b(?:she|he|they|i)(?:'ll| will| might| may| is going to| are going to|'s going to)? (?:be |get )(?:fired|sacked|let go|dismissed|terminated)\b", re.I)
# A specific next step for the common sensitive topics (added after the general escalation note), with the guided
# topics (agent/sensitive.py) whose card already covers it ("*": every guided topic).
TOPIC_NOTES: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (
        re.compile(r"\bvisas?\b|immigration|work permit|green card|\bH-?1B\b", re.I),
        "Immigration status depends on the person's situation and the law: don't guess or reassure. Tell them you are "
        "taking the question to HR, who will involve the company's immigration counsel.",
        ("immigration",),
    ),
    (
        re.compile(r"\bfir(?:e|ed|ing)\b|terminat|\blet (?!it\b|this\b|that\b|things\b)\w+ go\b|layoff|dismiss|severance|redundan", re.I),
        "Ending someone's employment is an HR-led process: talk to HR before saying anything to the person, and bring "
        "the documented performance history and any support already given.",
        ("immigration", "layoff_rumour", "exit", "disclosed_struggle"),
    ),
    (
        re.compile(r"medical|health|pregnan|maternity|parental|disabilit|sick leave|depression|therapy", re.I),
        HEALTH_NOTE,
        ("*",),  # any guided card: each one routes leave and adjustments through HR already
    ),
)
SCOPE_NOTE = (
    "That is outside what Lead Copilot is for. I help managers and tech leads of ML teams with leadership "
    "work: reprioritization what-ifs, stakeholder messages, 1-on-1 agendas, triaging incoming requests, "
    "forecasts for ML projects, what kind of ML organization you are, and general leadership guidance with "
    "sources. Try, for example: \"My VP wants Priya moved to another project; how should I respond?\""
)
VAGUE_NOTE = (
    "I'd rather not guess: the right move depends on who is involved and what is at stake, and a wrong guess would "
    "give you confident advice for someone else's situation. A sentence or two is enough."
)
HELP_NOTE = (
    "I'm Lead Copilot, a copilot for managers and tech leads of ML teams. Tell me what just landed on your desk, "
    "in your own words, and I will work out the numbers and the words with you:\n"
    "- **Someone is being pulled off their work**: \"My VP wants Priya on the summarizer on Monday; she's two weeks from done.\" "
    "I compare switching now, finishing first, splitting and deferring, and draft your reply.\n"
    "- **A message to write**: \"Our CFO asked if churn ships this quarter; what do I tell her?\" I forecast and draft it.\n"
    "- **A 1-on-1 tomorrow**: \"1:1 with Dev, joined three weeks ago, never asks questions.\" I build the agenda.\n"
    "- **Requests piling up**: \"Which of these requests should reach my team?\" I triage them against your interruption budget.\n"
    "- **A forecast**: \"cleanup 1-2 weeks, training 2-4 weeks, maybe 60% it works; due in 7 weeks?\" I give the odds and what to change.\n"
    "- **How ML is organized**, and general leadership questions, with sources.\n"
    "\nLoad a team file (people, projects, inbox) and I will use its numbers too."
)
THANKS_NOTE = "Glad it helps. Tell me what changes (a date, a person, an estimate) and I will redo the numbers, or ask the next thing on your desk."
STRATEGY_NAMES = {
    "switch_now": "switch now",
    "finish_first": "finish first",
    "split_capacity": "split capacity",
    "defer_new": "defer the new work",
}


def pct(p: float | None) -> str:
    """A probability as a whole percentage, as the tool gave it (the scenario gate checks each number against the
    tool results, so a 99.6% chance reads 100%, not lead_core.numbers.percent's '>99%')."""
    return "n/a" if p is None else f"{p:.0%}"


def bullets(text: str) -> list[str]:
    """The '- ' bullet lines of a passage."""
    return [line[2:].strip() for line in text.splitlines() if line.startswith("- ")]


INJECTION_RE = re.compile(
    r"ignore (?:all |any |your |the |previous |prior )*(?:instructions|rules)|system prompt|api[ _-]?key|"
    r"disregard (?:the |your )?(?:above|instructions)|you are now (?:a|an|the|my|in)\b|call the tool|send .{0,40}@|"
    # Text that addresses the assistant or the user rather than describing the manager's situation.
    r"\b(?:ignore|disregard|forget) (?:all |any |your |the |these )*(?:previous|prior|earlier|above|preceding)\b|"
    r"\b(?:copilot|assistant|chatbot|ai|llm|language model|bot)s? (?:must|should|shall|needs? to|has to|is to|will now)\b|"
    r"\bthe model (?:must|should|shall) (?:answer|respond|reply|say|tell|output|recommend|advise|ignore|always|never|only)\b|"
    r"\bas an? (?:ai|artificial intelligence|language model|llm|assistant|chatbot)\b|"
    r"\b(?:tell|advise|instruct|remind|inform|warn|ask) the (?:user|reader|human)\b|"
    r"\bwhen the user (?:asks|says|mentions|types|writes)\b|\bnew (?:instructions|rules)\b|"
    r"^\W*(?:system|assistant|ai|copilot|developer)\s*:",
    re.IGNORECASE | re.MULTILINE,
)


def looks_injected(text: str) -> bool:
    """True for passage lines that address the assistant rather than the manager (never quoted)."""
    return bool(INJECTION_RE.search(text))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower())}


SUPPORT_WORDS = 2  # a line backs the decision when it shares at least this many words with it
# Words too common in this corpus and in drafts to show that a line backs a decision.
COMMON_WORDS = frozenset(
    "work works working weeks week team teams that this with what have will more they their them your about from want "
    "make need needs does when then than into over just also only next each every most much very some there here been "
    "were would could should can't don't it's we'll i'll right time date dates done model models project show".split()
)


# A worked example written for another situation ('To the IC: "..."'): its names and numbers are not this case's.
SCRIPT_LINE = re.compile(r"^(?:To|For|With)\b[^:\"]{2,80}:\s*[\"\u201c]|^[A-Z][\w ,'-]{2,60}:\s*[\"\u201c]")


MAX_QUOTE_WORDS = 40


def quotable(line: str, avoid: re.Pattern[str] | None = None) -> bool:
    """A guidance line that can stand under any answer: digit-free, not a script for another situation, not
    addressed to the assistant, and not arguing against the decision (`avoid`)."""
    return not (
        re.search(r"\d", line) or SCRIPT_LINE.search(line) or looks_injected(line) or (avoid and avoid.search(line))
        or len(line.split()) > MAX_QUOTE_WORDS  # a long line shares words with anything; a quote is one crisp line
    )


def _stems(text: str) -> set[str]:
    """Word stems for matching a line to a decision: 'risks' and 'risk', 'ranges' and 'range', 'finishing' and
    'finish' meet (a plural 's' dropped, then the first five letters)."""
    return {w.removesuffix("s")[:5] for w in _words(text)}


COMMON_STEMS = frozenset(w.removesuffix("s")[:5] for w in COMMON_WORDS)

# How much the words a line shares with the answer must weigh (summed inverse card frequency, natural log): two words
# that half the corpus uses ('keep', 'early', 'tell', 'leadership') show nothing about fit; one word a few cards use
# ('freeze', 'ranges', 'refusals') does.
MIN_BACKING_WEIGHT = 3.0


@lru_cache(maxsize=1)
def _card_frequency() -> tuple[int, Counter[str], Counter[str]]:
    """(cards, in how many cards each word appears, in how many each stem appears) over the built-in corpus."""
    from knowledge.corpus import load_corpus

    cards = load_corpus()
    words: Counter[str] = Counter()
    stems: Counter[str] = Counter()
    for card in cards:
        seen = _words(" ".join([card.title, *card.sections.values()]))
        words.update(seen)
        stems.update({w.removesuffix("s")[:5] for w in seen})
    return len(cards), words, stems


def backing_weight(words: set[str], stems: set[str]) -> float:
    """How distinctive the shared words (or stems, whichever weigh more) are: the sum of log(cards / cards using it)."""
    n, word_df, stem_df = _card_frequency()

    def weigh(items: set[str], df: Counter[str]) -> float:
        return sum(math.log(n / max(1, min(df[x], n))) for x in items)

    return max(weigh(words, word_df), weigh(stems, stem_df))


def pick_guidance(
    passages: list[dict[str, Any]],
    prefer: tuple[str, ...] = (),
    query: str = "",
    avoid: re.Pattern[str] | None = None,
    decision: str = "",
) -> list[tuple[int, str]]:
    """Up to two (citation number, advice line) pairs that back the answer, or none.

    A line is quoted only when it shares at least SUPPORT_WORDS content words with the decision reached (else, with
    no decision, with the question), and a second line only when it shares more: fewer, better quotes, not filler. Preferred cards come first among lines
    that back it equally; a line that argues against the decision (`avoid`) or is a script for another situation is
    never quoted.
    """
    asked, decided = _words(query) - COMMON_WORDS, _words(decision) - COMMON_WORDS
    basis = decided or asked

    def shared(line: str, words: set[str]) -> int:
        # Words in common, or stems when inflections hide them ('risks' backs 'risk'), whichever is more.
        return max(len(_words(line) & words), len(_stems(line) & ({w.removesuffix("s")[:5] for w in words} - COMMON_STEMS)))

    def support(line: str) -> int:
        return 2 * shared(line, decided) + shared(line, asked)

    basis_stems = {w.removesuffix("s")[:5] for w in basis} - COMMON_STEMS

    def distinctive(line: str) -> bool:
        return backing_weight(_words(line) & basis, _stems(line) & basis_stems) >= MIN_BACKING_WEIGHT

    scored: list[tuple[int, int, int, str, int]] = []  # (-support, core first, place, line, words backing it)
    for i, p in enumerate(passages):
        core = p["card_id"] in prefer
        if re.search(r"#what-to-(?:do|say)$", p["id"]):
            lines = bullets(p["text"])
        elif core or re.search(r"#(?:overview|the-principle)$", p["id"]):
            lines = _sentences(p["text"])[:4]  # a card's principle states its advice in general words
        else:
            continue
        for line in lines:
            backing = shared(line, basis)
            if quotable(line, avoid) and backing >= SUPPORT_WORDS and distinctive(line):
                scored.append((-support(line), 0 if core else 1, i, line, backing))
    out: list[tuple[int, str]] = []
    for _, _, i, line, backing in sorted(scored):
        if any(i + 1 == n or line == seen for n, seen in out):
            continue  # one line per passage; one card's sections can repeat a line
        if out and backing <= SUPPORT_WORDS:
            continue  # a second quote only when it backs the answer clearly: one good line beats two loose ones
        out.append((i + 1, line))
        if len(out) == 2:
            break
    return out


# The archetype cards (knowledge/corpus) by archetype id: an org answer quotes only its own archetype's card.
ARCHETYPE_CARDS = {
    "nascent_ad_hoc": "archetype-nascent-ad-hoc",
    "rnd": "archetype-rnd",
    "product_embedded": "archetype-product-embedded",
    "independent_division": "archetype-independent-ml-division",
    "ml_first": "archetype-ml-first",
}


# Org facts whose fix a card outside the archetypes holds: the whole team pulled onto whatever is urgent is an intake problem.
FACT_CARDS = {"rotation": "absorb-chaos-filter-requests"}


# Agenda rules whose guidance tag is not itself a card id: the cards that hold that advice.
AGENDA_TAG_CARDS = {
    "regular-feedback": ("holistic-feedback",),
    "invest-in-growth": ("protected-learning-time", "champion-career-growth"),
    "facts-not-blame": ("trust-and-safe-failure-culture",),
    "explain-the-why": ("protect-near-finished-work",),
    "follow-through": ("weekly-one-on-one-and-trust",),
    "trust-and-safe-failure-culture": ("trust-and-safe-failure-culture", "normalize-asking-for-help"),
}


def _quotable_passages(passages: list[dict[str, Any]], records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The passages an answer may quote: for an org archetype, only its own card and the overview of all five (another
    archetype's strengths under this one read as advice for this org); for an agenda, only the cards behind the rules
    that shaped it (a generic agenda quotes nothing); every passage otherwise. Each keeps its place, so citation
    numbers still point at the passage retrieved this turn."""
    org, agenda = latest_result(records, "score_archetype"), latest_result(records, "build_agenda")
    if org is not None:
        keep = {ARCHETYPE_CARDS.get(org.top, ""), "ml-org-archetypes"} | {FACT_CARDS[f.kind] for f in org.facts if f.kind in FACT_CARDS}
    elif agenda is not None:
        keep = {card for r in agenda.rules_applied for card in AGENDA_TAG_CARDS.get(r.guidance, (r.guidance,))}
    else:
        return passages
    return [p if p["card_id"] in keep else {**p, "text": ""} for p in passages]


def _guidance_lines(
    passages: list[dict[str, Any]],
    prefer: tuple[str, ...] = (),
    query: str = "",
    avoid: re.Pattern[str] | None = None,
    decision: str = "",
) -> list[str]:
    picked = pick_guidance(passages, prefer, query, avoid, decision)
    if not picked:
        return []
    return ["", "**What the guidance says**"] + [f"- {line} [{n}]" for n, line in picked]


def _quote(body: str) -> list[str]:
    return ["> " + line if line else ">" for line in body.strip().splitlines()]


def compose_answer(
    situation: Situation,
    question: str,
    records: list[dict[str, Any]],
    passages: list[dict[str, Any]],
    today: date | None = None,
) -> str:
    """The offline answer for one turn: the recommendation first, then the evidence, guidance and assumptions."""
    intent = situation.intent
    if intent == "sensitive":
        person = situation.get("person")
        return sensitive_answer(question, passages, person if isinstance(person, str) else None, situation, today)
    if intent == "out_of_scope":
        return SCOPE_NOTE
    if intent == "help":
        from agent.routing import is_acknowledgement

        return THANKS_NOTE if is_acknowledgement(question) else HELP_NOTE
    parts: list[str] = []
    if intent == "guidance" and "question_asked" in situation.missing and situation.clarifying_question:
        return f"**One question first:** {situation.clarifying_question}\n\n{VAGUE_NOTE}"
    if situation.clarifying_question:
        parts += [f"**One question first:** {situation.clarifying_question}", ""]
    from agent.intent_specs import spec

    composer = spec(intent).compose()
    no_agenda = intent == "one_on_one" and latest_result(records, "build_agenda") is None
    if no_agenda and "conduct" in (situation.get("cues") or []):
        parts += FALLBACK_CONDUCT  # a complaint about how they treat others, before the person is named
    elif no_agenda and hard_conversation(question):
        parts += FALLBACK_HARD_CONVERSATION  # no person yet, but a hard conversation never opens with their topics
    elif composer is not None:
        parts += composer(records, situation)
    else:
        parts += _guidance(passages, question)
        passages = []  # already quoted above
    for r in [r for r in records if r.get("error")]:
        parts += ["", f"Note: the {r['name']} tool could not run: {r['error']}"]
    from agent.sensitive import civic_note

    parts += civic_note(question, situation.get("person") if isinstance(situation.get("person"), str) else None)  # jury service in a forecast
    avoid = _either(_against_decision(records, situation), unfit_quotes(question, situation, records))
    quotable_here = _quotable_passages(passages, records)
    if latest_result(records, "compare_strategies") is None:  # a what-if is always about a move
        quotable_here = _cards_for_case(quotable_here, question)
    if not (situation.clarifying_question and not _tool_ran(records)):  # guidance for a case not yet known is noise
        parts += _guidance_lines(quotable_here, spec(intent).core_cards, question, avoid, decision_text(records, situation))
    assumed = situation.assumed()
    if assumed:
        parts += ["", "**Assumed** (tell me the real figures and I will redo this)"] + [f"- {f.text}" for f in assumed]
    return drop_dangling_references("\n".join(parts).strip())


def _tool_ran(records: list[dict[str, Any]]) -> bool:
    """A tool other than the guidance search gave a result this turn."""
    from agent.tool_results import succeeded

    return any(r.get("name") != "search_guidance" and succeeded(r) for r in records)


# A pointer to another section of the answer ('(see the changes below)') and the heading it points at: a pointer whose
# section is not below it is dropped rather than left pointing at nothing.
SECTION_REFERENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\s*\(see the (?:changes|plan changes|options) below\)"), "**What would change the odds**"),
    (re.compile(r"\s*\(see the guidance below\)"), "**What the guidance says**"),
    (re.compile(r"\s*\(see the (?:draft|message) below\)"), "**Draft"),
)


def drop_dangling_references(answer: str) -> str:
    """The answer without pointers to sections that do not follow them."""
    for pattern, heading in SECTION_REFERENCES:
        answer = pattern.sub(lambda m: m.group(0) if heading in answer[m.end():] else "", answer)
    return answer




# Sentence ends, but not "e.g." / "i.e." / "vs." inside a sentence.
SENTENCE_SPLIT = re.compile(r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<=[.!?])\s+")


def _sentences(text: str) -> list[str]:
    """Prose sentences of a passage (bullets count as sentences), without lines addressed to the assistant."""
    out: list[str] = []
    for line in text.strip().splitlines():
        line = line.strip().lstrip("-* ").strip()
        if not line or line.startswith("#"):
            continue
        out += [x.strip() for x in SENTENCE_SPLIT.split(line) if x.strip() and not looks_injected(x)]
    return out


def _summary(text: str, asked: set[str], max_words: int = 90) -> str:
    """The gist of a passage: its opening sentences plus the one most about the question, up to max_words."""
    sentences = _sentences(text)
    if not sentences:
        return ""
    best = max(range(len(sentences)), key=lambda i: (len(_words(sentences[i]) & asked), -i))
    chosen: list[int] = []
    words = 0
    for i in sorted({0, 1, best}):
        if i >= len(sentences):
            continue
        n = len(sentences[i].split())
        if chosen and words + n > max_words:
            break
        chosen.append(i)
        words += n
    return " ".join(sentences[i] for i in chosen)


def _guidance(passages: list[dict[str, Any]], question: str) -> list[str]:
    """A guidance-only answer: the gist of the best passage, then concrete steps from the others, each cited."""
    asked = _words(question)
    usable = [(i, p) for i, p in enumerate(passages) if _sentences(p["text"])]
    if not usable:
        return ["I found no guidance on that in the corpus; try rephrasing, or ask about reprioritization, stakeholder messages, 1-on-1s, triage, planning or org structure."]
    top_i, top = usable[0]
    lines = [f"**In short:** {_summary(top['text'], asked)} [{top_i + 1}]"]
    steps: list[tuple[int, str]] = []
    # Concrete steps: actionable sections first ("What to do", "What to say"), then the rest, most relevant line each.
    rest = sorted(usable[1:], key=lambda ip: (0 if re.search(r"#what-to-(?:do|say)$", ip[1]["id"]) else 1, ip[0]))
    top_bullets = [b for b in bullets(top["text"]) if not looks_injected(b)]
    for b in sorted(top_bullets, key=lambda b: -len(_words(b) & asked))[:2]:
        if b not in lines[0]:
            steps.append((top_i + 1, b))
    for i, p in rest:
        if len(steps) >= 4:
            break
        actionable = bool(re.search(r"#what-to-(?:do|say)$", p["id"]))
        lines_p = [b for b in bullets(p["text"]) if not looks_injected(b)] or _sentences(p["text"])[:3]
        best = max(lines_p, key=lambda b: (len(_words(b) & asked), -lines_p.index(b)))
        if not actionable and not _words(best) & asked:
            continue  # background from another card that does not touch the question
        if actionable and lines_p[0] != best:
            steps.append((i + 1, lines_p[0]))  # a card's first step is its core action
        steps.append((i + 1, best))
    if steps:
        lines += ["", "**What to do**"]
        for n, line in steps:
            card = re.split(r"\s+—\s+", passages[n - 1].get("title") or "")[0].strip()
            # Name the card the step comes from, so the reader can tell the ideas apart.
            lines.append(f"- *{card}*: {line} [{n}]" if card and n != top_i + 1 else f"- {line} [{n}]")
    return lines


def sensitive_answer(
    question: str,
    passages: list[dict[str, Any]] | None = None,
    person: str | None = None,
    situation: Situation | None = None,
    today: date | None = None,
) -> str:
    """The reply for sensitive topics: crisis resources first for self-harm; a people situation with its guidance
    card among `passages` (a bereavement, a harassment report, a visa worry, planned leave...) gets that card's steps,
    fitted to the situation's facts and cited; anything else the escalation note and the topic's next step."""
    from agent.sensitive import topic_answer, topic_of

    lines = []
    if SELF_HARM_RE.search(question):
        lines.append(CRISIS_NOTE)
        lines.append("")
    facts = {name: situation.get(name) for name in ("project", "deadline", "start_date")} if situation else {}
    guided = topic_answer(question, passages or [], person, facts, today)
    lines.append(guided or ESCALATION_NOTE)
    topic = topic_of(question) if guided else None
    asked = FEARED.sub(" ", question)  # 'terrified she'll be fired': their fear, not a firing to plan
    extra = [note for pattern, note, covered in TOPIC_NOTES if pattern.search(asked) and not (topic and {topic.name, "*"} & set(covered))]
    if extra:
        lines += [""] + extra[:2]
    return "\n".join(lines)


# What each decision stands for, in the words guidance that supports it uses.
DECISION_WORDS = {
    "switch_now": "the new work truly cannot wait: switch now, urgent, freeze checklist so the work stays resumable, move people with little sunk work first",
    "finish_first": "let near-finished work land before switching: finish, close out, finish line, protect the work already invested, then move over",
    "split_capacity": "split time between both pieces of work; context switching costs focus, so keep the split short and explicit",
    "defer_new": "defer the new request to a later slot, after the current commitments land; negotiate the start date and trade-offs",
    "decline_or_negotiate": "filter requests: say no to what does not need this team now, negotiate a smaller version or a later slot, offer a trade; be realistic with stakeholders about what the product can do, present options not refusals",
    "ask_for_resources": "resource asks for headcount, labels or GPUs get funded when tied to business value the approver understands: capacity, backlog, what it costs not to have them",
    "explain_uncertainty": "explain uncertainty to leadership in plain language: ranges, experiments, when the estimate narrows; translate metrics into product terms and consequences",
    "announce_change": "tell the team what changes and why, what stays protected, explain the reason behind the priority change; when priorities shift, decide how fast the shift reaches each person",
    "answer_question": "answer the stakeholder honestly: realistic expectations, the probability and the range, what would change it",
    "team_status": "report progress in terms of impact for the business and users, with a range and realistic expectations; flag blocked work and risks early, no surprises",
    "explain_limits": "explain uncertainty to leadership in plain language: be realistic about what the model can and cannot do; translate metrics into product terms and consequences, with a confidence level and the next validation step",
    "forecast_risk": "flag the risk early with the range and the options; realistic expectations, no surprises",
    "progress_update": "report progress in terms of impact for the business and users, with a range and realistic expectations",
    "share_decision": "tell the person the decision clearly and kindly, the reason behind it, and what happens next",
    "rewrite": "communicate clearly and kindly: lead with the ask, facts not blame, no certainty ML work cannot give",
}


# What a triage decision stands for, in the words guidance that supports it uses.
TRIAGE_WORDS = (
    "filter incoming requests: hold back what can wait, absorb small asks yourself, negotiate a date instead of ASAP, "
    "protect the team's focus and its interruption budget, pass on only what needs the team now"
)


def decision_text(records: list[dict[str, Any]], situation: Situation) -> str:
    """The decision this turn reached, in words retrieval can be re-ranked on: the what-if's recommendation, else the
    message's purpose and its body, else the agenda's items, the org archetype and its next moves, or triage."""
    what = next(iter(all_results(records, "compare_strategies")), None)  # the ask as made; later runs are offers beside it
    if what is not None:
        return f"{DECISION_WORDS.get(what.recommendation, '')} {what.summary}"
    draft = latest_result(records, "draft_message")
    if draft is not None:
        return f"{DECISION_WORDS.get(_drafted_purpose(records, situation), '')} {draft.body}"
    agenda = latest_result(records, "build_agenda")
    if agenda is not None:
        # What shaped this agenda (the cues' and records' rules and what to prepare), not the items every agenda has.
        return " ".join([f"{r.guidance.replace('-', ' ')} {r.detail}" for r in agenda.rules_applied] + list(agenda.prep_notes))
    org = latest_result(records, "score_archetype")
    if org is not None:
        prof = org.profile
        moves = [m for a in org.org_answers for m in a.moves]
        if moves:  # the moves written from their own facts are the decision: look up what backs them
            return " ".join([*moves, *(a.answer for a in org.org_answers)])
        if org.structure is not None and (org.short or org.confidence == "low"):  # the layout is the answer, not the maturity label
            return " ".join([f"{org.structure.name}. {org.structure.summary}", *org.structure.fixes, *(a.answer for a in org.org_answers)])
        return " ".join([f"{prof.name} archetype: {prof.summary}", *(org.next_moves or prof.next_moves), *prof.challenges])
    if latest_result(records, "triage_inbox") is not None or latest_result(records, "triage_request") is not None:
        return TRIAGE_WORDS
    forecast = latest_result(records, "forecast_completion")
    if forecast is not None:
        p = forecast.deadline_probability
        risk = (
            "at risk: schedule uncertain tasks early, keep a fallback, cut scope or move the date"
            if p is not None and p < 0.8
            else "re-rank every week or two and schedule uncertain tasks early"
        )
        return f"give dates as ranges with confidence, never a single date; {risk}"
    return ""


# Advice that contradicts a 1-on-1 situation: no critique or growth push for someone exhausted or just back.
AGAINST_CUES = {
    "burnout": re.compile(r"\bfeedback\b|\bstretch|\bgrowth\b|\bpromot|\btechnical\b|\bblocker", re.I),
    "returning_from_leave": re.compile(r"\bfeedback\b|\bstretch|\bpromot|\btechnical\b", re.I),
}


def _against_decision(records: list[dict[str, Any]], situation: Situation | None = None) -> re.Pattern[str] | None:
    """Wording that would argue against the what-if's recommendation or the 1-on-1's situation (never quoted under it)."""
    from agent.checks import CONTRADICTIONS

    what = next(iter(all_results(records, "compare_strategies")), None)  # the ask as made, not an offer re-run beside it
    if what is not None:
        return CONTRADICTIONS.get(what.recommendation)
    cues = situation.get("cues") if situation is not None and latest_result(records, "build_agenda") is not None else None
    return next((AGAINST_CUES[c] for c in cues or [] if c in AGAINST_CUES), None)


# Guidance lines that presuppose a case and the words that case needs in the question, the role, the agenda or the
# drafted message's purpose; a line whose case is absent is never quoted (a calendar audit under an outage, an
# exploration-phase line under a customer slip, a resource-ask line under a launch date, a near-finished line under a
# move of someone who is blocked anyway).
QUOTE_NEEDS: tuple[tuple[str, str], ...] = (
    (r"\bjuniors?\b|\bnew grads?\b|\binterns?\b", r"\bjunior|\bnew grad|\bintern|\bgraduate|\bentry[- ]level|\bfirst job"),
    (r"near[- ]finished|nearly (?:finished|done)|almost done|finish line|\bweeks? from finishing\b|\bclosed project\b|\bhalf-open loop",
     r"\bnear|\balmost\b|\bnearly\b|\bfinish|\bleft\b|\bremaining\b|\bfrom done\b|\bwrapping up\b"),
    (r"\bpriorit(?:y|ies)\b|\bshift reaches\b|\breprioriti", r"\bpriorit|\bmov(?:e|es|ed|ing) (?:\w+ )?(?:to|off|onto)\b|\bswitch|\breassign|\bpull(?:ed|ing)? \w+ off\b"),
    # A request for people, money or compute: the message must be one (its purpose), or the question must ask for them.
    (r"\bresource (?:asks?|requests?)\b|\bget funded\b",
     r"\bask for resources\b|\bbudget (?:ask|request)|\b(?:more|extra|new|additional|two|three|\d+) (?:heads|hires|engineers|MLEs|GPUs)\b|\bheadcount (?:ask|request)"),
    # Research run as exploration, and the sponsors who fund it.
    (r"\bexploration\b|\bresearch threads?\b|\bhypothes", r"\bresearch|\bexplor|\bexperiment|\bprototyp|\bproof of concept|\bspike\b|\bgo/no[- ]go|\bgo[- ]no[- ]go|\bhypothes"),
    (r"\bsponsors?\b", r"\bsponsor|\bfund|\bexec|\bleadership|\bboard\b|\bsteering|\b(?:VP|SVP|CEO|CTO|CPO|CFO|COO|CRO|CPTO)\b"),
    # The team's own calendar: meetings, status rituals, focus time.
    (r"\bcalendar\b|\bmeetings?\b|\bstatus rituals?\b|\bfocus blocks?\b",
     r"\bmeeting|\bcalendar|\bstatus (?:update|meeting|report|call)s?\b|\bstand-?ups?\b|\binterrupt|\bfocus\b|\bdeep work|\bcontext[- ]switch|\bsyncs?\b"),
    # Saying yes to demands: an ask that came to the team.
    (r"\bsay(?:s|ing)? yes to (?:every|everything)|\byes to every", r"\bask(?:s|ed|ing)?\b|\bwants?\b|\brequest|\bdemand|\bcan (?:you|we)\b|\bcould (?:you|we)\b|\bpush ?back|\bdecline|\bsay no\b|\bno to\b"),
    # A small data ask the manager can answer themselves.
    (r"\bmetric lookup|\bdata question|\bdata pulls?\b", r"\bnumbers?\b|\bmetrics?\b|\bpull\b|\blookup|\bquery|\bdata (?:request|question|pull)|\bcut by\b|\bbreakdown|\bdashboard"),
    # What the model cannot do: a stakeholder's expectation of capability.
    (r"\bwill not do\b|\bwon'?t do\b|\bnew languages\b", r"\bcan it\b|\bwill it\b|\bexpect|\bcapabilit|\blimits?\b|\bedge cases?\b|\bwork for\b|\bpromis|\boversell|\bhype"),
    # Feedback on how someone works with others.
    (r"\binterpersonal\b", r"\bfeedback|\breview|\bperformance|\bpromot|\bdisagree|\bgrowth|\bcareer"),
)
# Guidance lines the manager ruled out ("decision's made, I don't want options"): never quoted under that answer.
QUOTE_RULED_OUT: tuple[tuple[str, str], ...] = (
    (r"\boptions?\b|\bpropos\w+|\bdebate\b|\bvote\b|\bagree (?:on|the)\b|\btrade-?offs?\b",
     r"\bno options\b|\b(?:don'?t|do not|doesn'?t) want (?:any )?options\b|\bnot up for (?:a )?(?:vote|debate|discussion)\b|\bdecision'?s made\b|\balready decided\b|\bdecided, not\b"),
)


# Cards whose every line presupposes a case: quoted only when the question has it (near-finished work: someone moved
# off or pulled from work, a switch, a change of priorities).
CARD_NEEDS: dict[str, str] = {
    "protect-near-finished-work": r"\bpriorit|\bswitch(?:es|ed|ing)? (?:\w+ )?(?:to|onto|over|between)\b|\bredirect|\bmov(?:e|es|ed|ing)\b|\bpull|\breassign|\bnear|\balmost\b|\bnearly\b|\bfinish|\bleft\b|\bremaining\b|\bloan|\blend|\bborrow",
}


def _cards_for_case(passages: list[dict[str, Any]], question: str) -> list[dict[str, Any]]:
    """The passages with the text of a card whose case the question lacks blanked (each keeps its place and number)."""
    return [{**p, "text": ""} if p.get("card_id") in CARD_NEEDS and not re.search(CARD_NEEDS[p["card_id"]], question, re.I) else p for p in passages]


def unfit_quotes(question: str, situation: Situation | None, records: list[dict[str, Any]]) -> re.Pattern[str] | None:
    """Wording of guidance lines that do not fit this case: about a kind of person or situation the case does not
    have (a 'junior engineers' line for a senior hire), or something the manager ruled out (options, after 'no options')."""
    agenda = latest_input(records, "build_agenda")
    role = f"{agenda.person.role} {agenda.person.seniority}" if agenda is not None else ""
    # What the tools made of the case counts too: the draft's purpose, the what-if's recommendation, the agenda's rules.
    purpose = _drafted_purpose(records, situation) if situation is not None else ""
    what = next(iter(all_results(records, "compare_strategies")), None)
    built = latest_result(records, "build_agenda")
    rules = [r.guidance for r in built.rules_applied] if built is not None else []
    case = " ".join([question, str(situation.get("person_role") or "") if situation is not None else "", role, purpose,
                     what.recommendation if what is not None else "", *rules]).replace("_", " ").replace("-", " ")
    lines = [line for line, needs in QUOTE_NEEDS if not re.search(needs, case, re.I)]
    lines += [line for line, ruled in QUOTE_RULED_OUT if re.search(ruled, question, re.I)]
    return re.compile("|".join(f"(?:{x})" for x in lines), re.I) if lines else None


def _either(a: re.Pattern[str] | None, b: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """One pattern that matches what either matches (None when neither is given)."""
    if a is None or b is None:
        return a or b
    return re.compile(f"(?:{a.pattern})|(?:{b.pattern})", re.I)


def _role_label(situation: Situation) -> str:
    from agent.drafting import ROLE_LABELS

    from agent.drafting import unnamed_reader

    name = situation.get("recipient")
    if isinstance(name, str) and name:
        return name
    role = str(situation.get("audience") or "")
    title = unnamed_reader(situation, role) if role == "exec" else ""
    return (title.upper() if len(title) <= 4 else title) if title else ROLE_LABELS.get(role, "")


def compose_reprioritization(records: list[dict[str, Any]], situation: Situation) -> list[str]:
    compared = list(zip(all_inputs(records, "compare_strategies"), all_results(records, "compare_strategies")))
    if not compared:
        who = situation.get("person") or "the person"
        return [
            f"I can't compare switching strategies for {who} until I know how much work they have left; "
            "the what-if takes seconds once you tell me."
        ]
    inp, what = compared[0]
    owned = _owned_share_answer(inp, what, records, situation)
    if owned:
        who = _role_label(situation)
        return owned + _draft_lines(
            records, f"What to tell {who if situation.get('recipient') else 'your ' + who}" if who and who != "team" else "What to tell them")
    if inp.current.remaining_high == 0:
        return _free_answer(inp, what, situation)
    if inp.current.due_is_decision and inp.current.due_date is not None and inp.today is not None:
        who = _role_label(situation)
        return _checkpoint_answer(inp, what, situation) + _draft_lines(
            records, f"What to tell {who if situation.get('recipient') else 'your ' + who}" if who and who != "team" else "What to tell them")
    if inp.new_work.shape == "time_share" and _share_outcome(what) is not None:
        who = _role_label(situation)
        return _share_answer(compared, situation) + _draft_lines(
            records, f"What to tell {who if situation.get('recipient') else 'your ' + who}" if who and who != "team" else "What to tell them")
    if _is_fixed_loan(inp, what, situation):
        who = _role_label(situation)
        return _loan_answer(inp, what, situation, compared[1:]) + _draft_lines(
            records, f"What to tell {who if situation.get('recipient') else 'your ' + who}" if who and who != "team" else "What to tell them")
    lines = _whatif_lead(inp, what, situation) + [""]
    lines += [f"- {r}" for r in (what.reasons if what.basis in ("new_deadline", "no_deadline") else what.reasons[1:])]
    lines += _instead_lines(what)
    for other_inp, other in compared[1:]:
        lines += ["", _share_comparison(inp, what, other_inp, other, situation)]
    if not what.lands_before_start:  # with no conflict every strategy is the same plan: no table of them
        lines += ["", _strategy_heading(what)]
        for o in what.strategies:
            lines.append(f"- {_strategy_line(o, what)} {o.description}")
    lines += _break_note(inp, what, situation)  # stated time off ('he's off the 21st to the 23rd') counted, and said
    who = _role_label(situation)
    if latest_result(records, "draft_message") is None:
        lines += _ruling_reply(inp, what, situation) + _current_date_reply(inp, what, situation)
    lines += _draft_lines(records, f"What to tell {who if situation.get('recipient') else 'your ' + who}" if who and who != "team" else "What to tell them")
    return lines


def _ruling_reply(inp: Any, what: Any, situation: Situation) -> list[str]:
    """For new work with its own date, the line that tells whoever asked the ruling: yes with the date and what it costs
    the current work, or the earliest it can be and a smaller first version (said in weeks from the what-if)."""
    if what.basis != "new_deadline" or inp.new_work.due_date is None:
        return []
    best = next((o for o in what.strategies if o.strategy == what.recommendation), None)
    if best is None or best.deadline_probability is None:
        return []
    asker = _requester_words(situation)
    hello = f"Hi {asker}, " if asker != "they" and asker[:1].isupper() else ""
    person, title, project = inp.current.person, inp.new_work.title, inp.current.project
    due = f"{inp.new_work.due_date:%a %d %b}"
    cost = (f" It moves {project} back by {days_words(best.current_slip_days)}, which I'll manage on our side."
            if best.current_slip_days >= 0.5 else "")
    if best.deadline_probability >= TARGET:
        start = "now" if what.recommendation == "switch_now" else "once " + project + " is done" if what.recommendation == "finish_first" else "at our next planning"
        text = f"{hello}yes: {person} will take {title}, starting {start}, so it is in place by {due}.{cost}"
    else:
        fastest = min(what.strategies, key=lambda o: o.new_work.p80)
        text = (f"{hello}I can't promise {title} by {due}: even starting now, it is about {fastest.new_work.p80:.1f} weeks of work "
                f"for {person}. Can we agree what must be in place by {due}, and the rest after?")
    return ["", f"**What to tell {asker if asker != 'they' else 'them'}**", *_quote(text[0].upper() + text[1:])]


def _current_date_reply(inp: Any, what: Any, situation: Situation) -> list[str]:
    """For a move that decides on the current work's promised date, the line for whoever asked: how close the work is,
    the date (and to whom it was promised), whether it holds if the person moves now and if they finish first, and the
    start we can offer ('Bjarki is about 1.5 weeks from finishing ... If he moves now, Mon 11 Jan is almost certainly missed')."""
    by_name = {o.strategy: o for o in what.strategies}
    asked, first = by_name.get("switch_now"), by_name.get("finish_first")
    if (what.basis != "current_deadline" or inp.current.due_date is None or asked is None or first is None
            or asked.current_deadline_probability is None or first.current_deadline_probability is None):
        return []
    asker = _requester_words(situation)
    hello = f"Hi {asker}, " if asker != "they" and asker[:1].isupper() else ""
    person, project, title = inp.current.person, _the_work(inp.current.project), _the_work(inp.new_work.title)
    due = f"{inp.current.due_date:%a %d %b}"
    to = f" {inp.current.promised_to}" if inp.current.promised_to else ""
    left = inp.current.remaining_likely
    weeks = "a week" if left == 1 else f"{left:g} weeks"
    text = (f"{hello}{person} is about {weeks} from finishing {project}, which we promised{to} for {due}. "
            f"If {person} moves to {title} now, {_holds(due, asked.current_deadline_probability, said=True)}; if {person} finishes first, "
            f"{_holds(due, first.current_deadline_probability, said=True)}.")
    if what.recommendation == "finish_first" and first.current_p80_date is not None and first.current_deadline_probability > asked.current_deadline_probability:
        text += f" {person} can start on {title} from about {first.current_p80_date:%a %d %b}; does that work, or does it need {_someone_else(situation)} now?"
    return ["", f"**What to tell {asker if asker != 'they' else 'them'}**", *_quote(text[0].upper() + text[1:])]


def _someone_else(situation: Situation) -> str:
    """Who could take the new work instead: the people the team file marks available ('Sam, who is free in your team
    file'), else someone else."""
    free = situation.get("free_teammates")
    if isinstance(free, list) and free:
        names = " or ".join(str(n) for n in free[:2])
        return f"{names}, who {'is' if len(free) == 1 else 'are'} free in your team file,"
    return "someone else"


def _the_work(name: str) -> str:
    """A work name inside a sentence: 'the sailing delay predictor', but 'Fraud model v3' as named."""
    return name if name[:1].isupper() or re.match(r"(?i)(?:the|a|an|our|their|his|her)\b", name) else f"the {name}"


def _share_outcome(what: Any) -> Any:
    return next((o for o in what.strategies if o.strategy == "split_capacity"), None)


def _share_answer(compared: list[tuple[Any, Any]], situation: Situation) -> list[str]:
    """A share of someone's week for a period: when the current work lands with it and without it, each share the
    manager named side by side (or a smaller yes beside a large one), and whether the current work's own date holds."""
    inp, what = compared[0]
    share, without = _share_outcome(what), next((o for o in what.strategies if o.strategy == "finish_first"), None)
    project, person, title = inp.current.project, inp.current.person, inp.new_work.title
    due = _date_words(inp) if inp.current.due_date is not None else None
    gives = f"{person} gives {inp.split_fraction:.0%} of their time to {title}"
    if due is not None and share.current_deadline_probability is not None:
        p = share.current_deadline_probability
        head = (f"**Does {due} survive it? {_verdict(p).capitalize()}: if {gives}, {project} lands by {_p80_when(share)} "
                f"(P80), and {_holds(due, p)}.{_already_at_risk(due, p, without)}**")
    else:
        head = (f"**If {gives}, {project} lands by {_p80_when(share)} (P80), {days_words(share.current_slip_days)} later than "
                "without it.**")
    start = _start_line(inp, what, share, situation)
    lines = [head, ""] + start
    if without is not None and not (start and share.current_slip_days < 0.5):
        kept = f"; {_holds(due, without.current_deadline_probability or 0.0)}" if due is not None else ""
        lines.append(f"- Without it, {project} lands by {_p80_when(without)} (P80){kept}.")
        last = what.last_day
        too_late = last is not None and without.current_p80_date is not None and without.current_p80_date > last
        if due is not None and (share.current_deadline_probability or 0.0) < TARGET:
            asker = _requester_words(situation)
            other = f"{what.instead.person} (below)" if what.instead is not None else "someone else"
            offer = (f"{other} now: {person} is free only after the period ends" if too_late else
                     f"{person}'s {inp.split_fraction:.0%} from {_p80_when(without)}, once {project} lands; or {other} now")
            lines.append(f"- **What to offer {'them' if asker == 'they' else asker}:** {offer}.")
    named = {round(float(x), 3) for x in (situation.get("time_share") if isinstance(situation.get("time_share"), list)
                                         else [situation.get("time_share")]) if isinstance(x, (int, float))}
    hurts = share.current_slip_days >= 0.5 or (due is not None and (share.current_deadline_probability or 0.0) < TARGET)
    for other_inp, other in compared[1:]:
        o = _share_outcome(other)
        if o is None or (round(other_inp.split_fraction, 3) not in named and not hurts):
            continue  # a smaller yes only helps when the share asked for costs the current work something
        label = ("" if round(other_inp.split_fraction, 3) in named else " (a smaller yes you could offer)"
                 if other_inp.split_fraction < inp.split_fraction else " (if it grows to twice that)")
        holds = f"; {_holds(due, o.current_deadline_probability)}" if due is not None and o.current_deadline_probability is not None else ""
        lines.append(f"- At {other_inp.split_fraction:.0%} of their time{label}: {project} lands by {_p80_when(o)} (P80), "
                     f"{days_words(o.current_slip_days)} later than without it{holds}.")
    lines += _blocked_anyway(inp, days_words(share.current_slip_days), share=True)  # 'he's blocked anyway': what the share really costs
    lines += _instead_lines(what) + _owed_meanwhile(inp, what)
    if not what.lands_before_start:
        lines.append(f"- A share of the week costs more than its hours: {inp.split_overhead:.0%} of the time goes to switching "
                     "between the two, so say which one wins when they collide.")
    return lines + _break_note(inp, what, situation)


def _start_line(inp: Any, what: Any, asked: Any, situation: Situation) -> list[str]:
    """Whether to move the start of a share or a loan the manager dated: no need when the current work lands before it
    starts; otherwise, when the current work's date is at risk, what starting once it lands would keep (or that a later
    start falls after the period asked for)."""
    start = situation.get("start_date")
    without = next((o for o in what.strategies if o.strategy == "finish_first"), None)
    if not (isinstance(start, str) and situation.stated("start_date")) or without is None or asked is None:
        return []
    safe = inp.current.due_date is not None and (asked.current_deadline_probability or 0.0) >= TARGET
    if safe and asked.current_slip_days >= 0.5:
        return []  # the date holds as asked: when to start is not the question
    on, project = f"{date.fromisoformat(start):%a %d %b %Y}", inp.current.project
    if what.lands_before_start or asked.current_slip_days < 0.5:
        return [f"- **Keep the start on {on}; pushing it later buys nothing:** {project} lands by {_p80_when(without)} (P80) "
                "either way, so the start does not touch it."]
    last = what.last_day
    if last is not None and without.current_p80_date is not None and without.current_p80_date > last:
        return [f"- **A later start doesn't work here:** {project} lands ({_p80_when(without)}, P80) after the period asked "
                f"for ends ({last:%a %d %b %Y}), so starting later means not at all: it is this, someone else, or a no."]
    due = _date_words(inp) if inp.current.due_date is not None else ""
    keeps = (f" and {_holds(due, without.current_deadline_probability)}" if due and without.current_deadline_probability is not None
             else "")
    return [f"- **Pushing the start later helps:** starting once {project} lands ({_p80_when(without)}, P80) costs it nothing"
            f"{keeps}; starting on {on} costs it {days_words(asked.current_slip_days)}."]


def _instead_lines(what: Any) -> list[str]:
    """The other person the manager offered in the person's place: what the same ask does to their own work."""
    alt = what.instead
    if alt is None:
        return []
    if alt.p80_date_without is None or alt.project == "no project of their own":
        return [f"- **If {alt.person} goes instead:** {alt.person} has no project of their own in the team file, so nothing "
                "else moves; check they have the skills for it."]
    if alt.slip_days < 0.5:
        cost = f"{alt.project} still lands by {alt.p80_date:%a %d %b %Y} (P80): no measurable cost"
    else:
        cost = (f"{alt.project} lands by {alt.p80_date:%a %d %b %Y} (P80) instead of {alt.p80_date_without:%a %d %b %Y}, "
                f"{days_words(alt.slip_days)} later")
    due = ""
    if alt.due_date is not None and alt.due_probability is not None:
        due = f"; {_holds(f'{alt.due_date:%a %d %b %Y}', alt.due_probability)} (without it: {chance_words(alt.due_probability_without or 0.0)})"
    return [f"- **If {alt.person} goes instead:** {cost}{due}."]


def _is_fixed_loan(inp: Any, what: Any, situation: Situation) -> bool:
    """A fixed loan decided on its cost: against the current work's own date, or (with no date anywhere but its start
    and length given, so there is no date to ask for) on the slip."""
    if inp.new_work.shape != "fixed_loan":
        return False
    dated = what.basis == "no_deadline" and situation.stated("start_date") and what.first_day is not None
    return (what.basis == "current_deadline" and inp.current.due_date is not None) or dated


THIN_SLACK_DAYS = 2  # working days between the P80 date and the due date at or below which a date holds 'only just'


def _thin_p80_slack(inp: Any, what: Any, o: Any) -> float | None:
    """The working days between a strategy's P80 date and the current work's due date, when that is THIN_SLACK_DAYS or
    fewer (the date holds, but one bad day misses it); None otherwise or without dates."""
    from lead_core.units import working_days_between

    if o.current_p80_date is None or inp.current.due_date is None or o.current_p80_date > inp.current.due_date:
        return None
    gap = working_days_between(o.current_p80_date, inp.current.due_date, list(what.days_off)) - 1  # the days after P80, up to the due date
    return float(gap) if gap <= THIN_SLACK_DAYS else None


def _p80_when(o: Any) -> str:
    return f"{o.current_p80_date:%a %d %b %Y}" if o.current_p80_date is not None else f"week {o.current_work.p80:.1f}"


def _loan_answer(inp: Any, what: Any, situation: Situation, others: list[tuple[Any, Any]] | None = None) -> list[str]:
    """A fixed loan (its start and length are not on the table): what it does to the current work's date, the moves
    that are really open, the counter-offers re-run (part time, a shorter loan, after it lands), and the other shape
    mentioned once."""
    by_name = {o.strategy: o for o in what.strategies}
    loan, without = by_name.get("switch_now"), by_name.get("finish_first")
    if loan is None:
        return [f"**{what.summary}**"]
    if inp.current.due_date is None:
        return _undated_loan_answer(inp, what, loan, without, situation)
    project, person, title, due = inp.current.project, inp.current.person, _the_work(inp.new_work.title), _date_words(inp)
    p = loan.current_deadline_probability or 0.0
    after = _lend_after_it_lands(inp, loan, without, what)
    offers = _counter_offer_lines(inp, what, without, others or [], due, _requester_words(situation)) if p < TARGET else []
    thin = _thin_p80_slack(inp, what, loan) if p >= TARGET else None
    verdict = "Only just" if after or thin is not None else "Not safely" if offers and _verdict(p) in ("yes", "probably") else _verdict(p).capitalize()  # the headline says what the reply says
    head = (f"**Does {due} survive it? {verdict}: if {person} goes to {title} as asked, {project} lands by "
            f"{_p80_when(loan)} (P80), and {_holds(due, p)}.{_already_at_risk(due, p, without)}**")
    lines = [head, ""] + ([] if offers else _start_line(inp, what, loan, situation))
    lines += _blocked_anyway(inp, days_words(loan.current_slip_days))
    if without is not None:
        lines.append(f"- Without the loan it lands by {_p80_when(without)} (P80), so the loan costs {project} "
                     f"{days_words(loan.current_slip_days)}.")
    lines += _loan_over_a_break(inp, what, situation)
    asker = _requester_words(situation)
    if after is not None:
        lines += [f"- **Better than a plain yes: lend {person} once {project} lands.** Without the loan it lands by {_p80_when(without)} "
                  f"(P80), so {title} could start once it lands, a few days later than asked, and {_holds(due, without.current_deadline_probability or 0.0)} "
                  f"instead of {_holds(due, p).split(' that ')[0]}.",
                  f"- **If {title} can't wait, yes still works:** {due} survives it{_loan_end_condition(inp, what, asker, situation)}, "
                  "but with little room left before it."]
    elif p >= TARGET and thin is not None:  # 'holds' with a day of slack is no plain yes
        lines.append(f"- **You can say yes, but only just:** {due} survives it with {days_words(thin)} of slack at P80 (one sick day or "
                     f"a longer loan misses it){_loan_end_condition(inp, what, asker, situation)}. Tell the people waiting on "
                     f"{project} that {due} holds with that risk named, and agree now what gives if it slips.")
    elif p >= TARGET:
        lines.append(f"- **You can say yes:** {due} survives it{_loan_end_condition(inp, what, asker, situation)}. Tell the people waiting on "
                     f"{project} that {due} holds.")
    else:
        help_line = (f"- **Or keep the date by shrinking it:** agree now what {due} really needs from {project}, so "
                     f"{person}'s time before and after the loan goes to exactly that; nobody else can carry it meanwhile."
                     if inp.current.owner_only else
                     f"- **Or keep the date with help:** someone else carries {project} while {person} is away, if anyone "
                     "knows it well enough to keep it moving.")
        moved = loan.current_p80_date is None or inp.current.due_date is None or loan.current_p80_date > inp.current.due_date
        lines += [
            f"- **If you say yes, move the date:** tell the people waiting on {project} it lands by {_p80_when(loan)} "
            "instead, and say why now, before the loan starts." if moved else
            f"- **If you say yes anyway:** tell the people waiting on {project} now that {due} is no longer safe ({_holds(due, p)}), "
            "and say why, before the loan starts.",  # a P80 on the date itself is no new date to move to
            help_line,
        ]
        if not offers:
            lines.append(f"- Lending {person} only after {project} lands would keep {due}, but the loan's dates are fixed; ask "
                         f"{asker if asker != 'they' else 'the requester'} once whether they can move, and leave it there.")
        lines += offers
    lines += _instead_lines(what) + _owed_meanwhile(inp, what)
    lines += ["", "**With and without the loan**"]
    for name, o in (("with the loan", loan), ("without it", without)):
        if o is not None:
            lines.append(f"- {name}: lands by {_p80_when(o)} (P80); {_holds(due, o.current_deadline_probability or 0.0)}.")
    lines += _if_it_works_line(inp, loan, without)
    if not any(line.startswith("**What to tell") for line in offers):
        reply = (_lend_after_reply(inp, without, what, asker) if after is not None else
                 _loan_reply(inp, loan, what, asker) if p >= TARGET else _loan_condition_reply(inp, loan, without, what, asker))
        lines += ["", f"**What to tell {asker if asker != 'they' else 'them'}**", *_quote(reply)]
    if situation.get("fallback_asked") is True and not offers:  # 'what do i offer him if it's a no': drafted too
        lines += _if_no_lines(inp, what, without, others or [], due, situation)
    return lines + _break_note(inp, what, situation)


def _if_it_works_line(inp: Any, loan: Any, without: Any) -> list[str]:
    """The odds above are of the timing; a stated chance that the current work's approach works at all (the team
    file's 80%) is said beside them, with the date's chance once it counts, so 'almost certainly holds' is not read as
    certain."""
    works = inp.current.success_probability
    if works >= 0.995 or inp.current.success_assumed or loan is None:
        return []
    both = [f"{chance_words((o.current_deadline_probability or 0.0) * works)} {name}" for name, o in
            (("with the loan", loan), ("without it", without)) if o is not None]
    return [f"- These odds are of the timing, if {inp.current.project}'s approach works ({works:.0%} it does); counting "
            f"that too, the date's chance is {' and '.join(both)}."]


def _owed_meanwhile(inp: Any, what: Any) -> list[str]:
    """What else the person owes by a date inside the share or loan (another ask that names them, a step of another
    project), so a yes is not given blind to it."""
    person = inp.current.person
    lines = []
    for c in what.collisions[:3]:
        size = f", about {days_words(c.effort_days).removeprefix('about ')} of work" if c.effort_days else ""
        by = f" for {c.requester}" if c.requester else ""
        lines.append(f"- **Also due while {person} is on it:** {c.title}{by}, due {c.due_date:%a %d %b}{size}. Get it done "
                     f"first, hand it to someone else, or agree a later date with {c.requester or 'whoever is waiting'} now.")
    return lines


def _loan_over_a_break(inp: Any, what: Any, situation: Situation) -> list[str]:
    """A loan whose weeks take in days off: it is counted as that many weeks of work, so the person is back later than
    the same calendar weeks would say; the reading is stated, with the calendar one as the alternative."""
    first, last, back = what.first_day, what.last_day, what.back_day
    if first is None or last is None or back is None or not any(first <= d <= last for d in what.days_off):
        return []
    weeks = inp.new_work.estimate_likely
    calendar_back = first + timedelta(days=round(weeks * 7))
    while calendar_back.weekday() >= 5 or calendar_back in set(what.days_off):
        calendar_back += timedelta(days=1)
    if calendar_back >= back:
        return []
    who = _requester_words(situation)
    return [f"- **The days off inside the loan:** I counted it as {weeks:g} weeks of work, so {inp.current.person} is back on "
            f"{back:%a %d %b}. If {'they mean' if who == 'they' else who + ' means'} back on {calendar_back:%a %d %b} (the "
            f"days off count toward it), it costs {inp.current.project} less: agree which it is, and tell me to redo this."]


SAFE = 0.95  # a date kept with less chance than this leaves little room, though it clears the target


def _lend_after_it_lands(inp: Any, loan: Any, without: Any, what: Any) -> date | None:
    """The day to offer instead of a yes that only just keeps the date: when the current work lands soon (before half
    the loan would have run) and finishing it first keeps the date safely, the first working day after it lands."""
    from lead_core.units import next_working_day, working_days_between

    p = loan.current_deadline_probability or 0.0
    if not TARGET <= p < SAFE or without is None or (without.current_deadline_probability or 0.0) < SAFE:
        return None
    if without.current_p80_date is None or what.first_day is None or inp.current.due_date is None:
        return None
    wait = working_days_between(what.first_day, without.current_p80_date, what.days_off)
    if wait > inp.new_work.estimate_likely * WORKDAYS_PER_WEEK / 2:
        return None
    return next_working_day(without.current_p80_date + timedelta(days=1), what.days_off)


def _lend_after_reply(inp: Any, without: Any, what: Any, asker: str) -> str:
    """The line offering the person once the current work lands, with the loan as asked as the fallback."""
    person, title, project, due = inp.current.person, inp.new_work.title, inp.current.project, _date_words(inp)
    hello = f"Hi {asker}, " if asker != "they" and asker[:1].isupper() else ""
    when = f" on {what.first_day:%a %d %b}" if what.first_day else " as asked"
    lands = f"{without.current_p80_date:%a %d %b}" if without.current_p80_date else "soon"
    text = (f"{hello}{person} is a few days from finishing {project}, which has to land by {due}. Could {person} start on "
            f"{title} once it lands, by about {lands}? If it can't wait, {person} can start{when}, but that leaves us very "
            f"little room before {due}.")
    return text[0].upper() + text[1:]


def _loan_condition_reply(inp: Any, loan: Any, without: Any, what: Any, asker: str) -> str:
    """The line for a loan that costs the current work its date: what it does to that date, and the two conditions
    that keep it (a start once the work lands, or a shorter loan), as a question."""
    person, title, project, due = inp.current.person, inp.new_work.title, inp.current.project, _date_words(inp)
    hello = f"Hi {asker}, " if asker != "they" and asker[:1].isupper() else ""
    when = f" from {what.first_day:%a %d %b}" if what.first_day else ""
    after = (f" once {project} lands (about {without.current_p80_date:%a %d %b})" if without is not None and
             without.current_p80_date is not None else f" once {project} lands")
    text = (f"{hello}I want to help with {title}, but lending {person} full time{when} would push {project} to about "
            f"{_p80_when(loan)}, past {due}, which cannot move. Could {person} start{after}, or could we make the loan "
            "shorter or part time?")
    return text[0].upper() + text[1:]


def _counter_offer_lines(inp: Any, what: Any, without: Any, others: list[tuple[Any, Any]], due: str, asker: str = "they") -> list[str]:
    """What to offer instead of a full-time loan that costs the date, each re-run: the same weeks part time, half the
    loan, and the person once the current work lands; best first, with the line to say to whoever asked."""
    offers = _counter_offers(inp, what, without, others, due)
    if len(offers) < 2:
        return []
    ranked = sorted(offers, key=lambda x: -x[0])
    keeping = [said for p, _, said in ranked if p >= TARGET][:2]
    lines = ["", "**What to offer instead** (each re-run; the first keeps the date best)", *[text for _, text, _ in ranked]]
    if keeping:
        hello = f"Hi {asker}, " if asker != "they" and asker[:1].isupper() else ""
        lines += ["", f"**What to tell {asker if asker != 'they' else 'them'}**",
                  *_quote(f"{hello}I can't lend {inp.current.person} full time{f' from {what.first_day:%a %d %b}' if what.first_day else ''} "
                          f"without putting {inp.current.project}'s {due} date at risk. I can offer {inp.current.person} {', or '.join(keeping)}. "
                          f"{'Which works better for you?' if len(keeping) > 1 else 'Would that work for you?'}")]
    return lines


def _if_no_lines(inp: Any, what: Any, without: Any, others: list[tuple[Any, Any]], due: str, situation: Situation) -> list[str]:
    """Asked what to offer if the answer is no: who is free to go instead (nothing of ours moves), and the counter-offers
    that keep the date best (each re-run), with the line that says no and offers them."""
    person, title, asker = inp.current.person, inp.new_work.title, _requester_words(situation)
    named = situation.get("free_teammates") if isinstance(situation.get("free_teammates"), list) else []
    free = [str(n) for n in [*inp.current.free_teammates, *named] if str(n).casefold() != person.casefold()][:1]
    ranked = sorted(_counter_offers(inp, what, without, others, due), key=lambda x: -x[0])
    lines = [f"- {n}, who is free in your team file, for the same dates instead: nothing of ours moves (check {n} has the "
             "skills for it)." for n in free] + [text for _, text, _ in ranked]
    if not lines:
        return []
    said = [f"{n} for the same dates" for n in free] + [f"{person} {x}" for p, _, x in ranked if p >= TARGET][: 2 - len(free)]
    who = asker if asker != "they" else "them"
    hello = f"Hi {asker}, " if asker != "they" and asker[:1].isupper() else ""
    when = f" from {what.first_day:%a %d %b}" if what.first_day else ""
    reply = (f"{hello}I can't lend {person}{when} without putting {inp.current.project}'s {due} date at risk. "
             + (f"What I can offer instead: {', or '.join(said)}. {'Which works better for you?' if len(said) > 1 else 'Would that work for you?'}"
                if said else f"Once {inp.current.project} lands I can look again at how we help with {_the_work(title)}."))
    return ["", f"**If it's a no: what to offer {who} instead** (each re-run; the first keeps the date best)", *lines,
            "", f"**If it's a no, what to tell {who}**", *_quote(reply)]


def _counter_offers(inp: Any, what: Any, without: Any, others: list[tuple[Any, Any]], due: str) -> list[tuple[float, str, str]]:
    """The counter-offers re-run for a full-time loan, each as (chance the date holds, the line, the offer as said to
    the requester): the same weeks part time, half the loan, and the person once the current work lands."""
    project, person = inp.current.project, inp.current.person
    loan = next((x for x in what.strategies if x.strategy == "switch_now"), None)
    offers: list[tuple[float, str, str]] = []  # (chance the date holds, the line, the offer as said to the requester)
    for o_inp, o_what in others:
        if o_inp.new_work.shape == "time_share":
            o = _share_outcome(o_what)
            days = f"{o_inp.split_fraction * WORKDAYS_PER_WEEK:g} days a week"
            label, said = f"{person} {days} over the same weeks", f"{days} over the same weeks"
        elif o_inp.new_work.shape == "fixed_loan" and o_what.first_day and o_what.last_day:
            o = next((x for x in o_what.strategies if x.strategy == "switch_now"), None)
            span = f"{o_what.first_day:%a %d %b} to {o_what.last_day:%a %d %b}"
            label, said = f"Half the loan, full time ({span})", f"full time from {span}"
        else:
            continue
        if o is None or o.current_deadline_probability is None:
            continue
        if loan is not None and abs(o.current_slip_days - loan.current_slip_days) < 0.5:
            continue  # costs the same as the loan asked for (a break inside it): no offer
        p = o.current_deadline_probability
        offers.append((p, f"- {label}: {project} lands by {_p80_when(o)} (P80); {_holds(due, p)}.", said))
    if without is not None and without.current_p80_date is not None and without.current_deadline_probability is not None:

        landed = without.current_p80_date  # the tool's date; the day after it would be a number no tool gave
        p = without.current_deadline_probability
        offers.append((p, f"- {person} full time once {project} lands (P80 {landed:%a %d %b}): {_holds(due, p)}.",
                       f"full time once {project} is done, which should be by {landed:%a %d %b}"))  # the reader's words: no P80
    return offers


def _owned_share_answer(inp: Any, what: Any, records: list[dict[str, Any]], situation: Situation) -> list[str]:
    """A share of the week asked of someone who owns a step of a team project: the project forecast as planned and with
    them at the rest of their week, whether its date holds, and the offer that protects it (the share from when the
    project ships). Empty unless the planner ran those two forecasts."""
    runs = list(zip(all_inputs(records, "forecast_completion"), all_results(records, "forecast_completion")))
    person = inp.current.person
    mine = [(i, f) for i, f in runs if any(p.name.casefold() == person.casefold() and p.capacity < 1 for p in i.people)]
    planned = [(i, f) for i, f in runs if (i, f) not in mine]
    if not mine or not planned or inp.split_fraction is None:
        return []
    (plan, before), (_, after) = planned[0], mine[0]
    if before.p80.date is None or after.p80.date is None:
        return []
    days = inp.split_fraction * WORKDAYS_PER_WEEK
    project, title = inp.current.project, inp.new_work.title
    share = "half their week" if abs(inp.split_fraction - 0.5) < 0.01 else f"{days:g} day{'s' if days != 1 else ''} a week"
    steps = [t.name for t in plan.tasks if (t.assignee or "").casefold() == person.casefold()]
    slip = max(after.p80.working_days - before.p80.working_days, 0.0)
    due = f"{plan.deadline:%a %d %b %Y}" if plan.deadline is not None else ""
    p, p0 = after.deadline_probability, before.deadline_probability
    if due and p is not None and p0 is not None:
        head = (f"**Does {due} survive it? {_verdict(p).capitalize()}: with {person} giving {share} to {title}, {project} "
                f"finishes by {after.p80.date:%a %d %b %Y} (P80), and {_holds(due, p)}.**")
    else:
        head = f"**With {person} giving {share} to {title}, {project} finishes by {after.p80.date:%a %d %b %Y} (P80).**"
    lines = [head, "",
             f"- {person} owns {' and '.join(repr(x) for x in steps)} in {project}; at {share} it takes longer, so {project} "
             f"finishes {days_words(slip)} later than as planned ({before.p80.date:%a %d %b %Y}, P80)."]
    if due and p0 is not None and p0 < TARGET:
        lines.append(f"- **{due} was already at risk before this ask** (as planned: {chance_words(p0)}): reset it with "
                     "the people waiting on it, whatever you answer here.")
    from lead_core.units import next_working_day

    after_day = next_working_day(before.p80.date + timedelta(days=1), what.days_off)
    asked_day = what.first_day  # 'from the wk of jan 11': an offer never starts before the day they asked for
    if asked_day is not None and asked_day >= after_day:
        return _share_after_it_lands(inp, what, before.p80.date, (due, p0), steps, share, situation)
    asker = _requester_words(situation)
    lines.append(f"- **What to offer {'them' if asker == 'they' else asker}:** {person} for {share} from {after_day:%a %d %b}, "
                 f"once {project} ships (P80), or someone else on {title} until then.")
    for c in what.collisions[:2]:
        lines.append(f"- **Check first:** {person} also owes {c.title}, due {c.due_date:%a %d %b}; agree now which one wins "
                     "if they collide.")
    hello = f"Hi {asker}, " if asker != "they" and asker[:1].isupper() else ""
    costs = slip >= 0.5 or (p is not None and p < TARGET)
    reply = (f"{hello}yes to {person} on {title}, starting {after_day:%a %d %b}, once {project} ships: until then {person} "
             f"is on its {steps[0] if steps else 'last step'}{f', due {plan.deadline:%a %d %b}' if plan.deadline else ''}. "
             "Would starting then work for you?" if costs else
             f"{hello}yes: {person} can give {share} to {title}; {project} keeps its date.")
    return lines + ["", f"**What to tell {asker if asker != 'they' else 'them'}**", *_quote(reply[0].upper() + reply[1:])]


def _share_after_it_lands(inp: Any, what: Any, lands: Any, due: tuple[str, float | None], steps: list[str], share: str,
                          situation: Situation) -> list[str]:
    """A share asked from a day after the person's project lands as planned (P80 `lands`): it moves nothing of theirs
    unless the project runs late, so the answer is yes from the day they asked for, never an earlier one."""
    person, project, title, first = inp.current.person, inp.current.project, inp.new_work.title, what.first_day
    said, p0 = due
    lines = [f"**Yes, from {first:%a %d %b} as asked: {project} is 80% likely to land by {lands:%a %d %b %Y} as planned, before {person}'s "
             f"{share} on {title} starts, so the ask moves it only if it runs late.**", "",
             f"- {person} owns {' and '.join(repr(x) for x in steps) or 'a step'} in {project}: agree with them that {project} "
             f"comes first if it is still open on {first:%a %d %b}."]
    if said and p0 is not None and p0 < TARGET:
        lines.append(f"- **{said} was already at risk before this ask** (as planned: {chance_words(p0)}): reset it with the "
                     "people waiting on it, whatever you answer here.")
    for c in what.collisions[:2]:
        lines.append(f"- **Check first:** {person} also owes {c.title}, due {c.due_date:%a %d %b}; agree now which one wins "
                     "if they collide.")
    asker = _requester_words(situation)
    hello = f"Hi {asker}, " if asker != "they" and asker[:1].isupper() else ""
    reply = (f"{hello}yes: {person} can give {share} to {title} from {first:%a %d %b}, as you asked. If {project} is still "
             f"open then, it comes first for a few days, and I'll tell you if that happens. Could you confirm {first:%a %d %b} "
             "as the start?")
    return lines + ["", f"**What to tell {asker if asker != 'they' else 'them'}**", *_quote(reply[0].upper() + reply[1:])]


def _free_answer(inp: Any, what: Any, situation: Situation) -> list[str]:
    """Someone with no work in flight: nothing of theirs moves, so the answer is yes, with what else they owe by a date
    inside the stretch asked for and the line to say."""
    person, title = inp.current.person, inp.new_work.title
    first, last = what.first_day, what.last_day
    when = f" from {first:%a %d %b} to {last:%a %d %b %Y}" if first and last else ""
    lines = [f"**Yes: {person} has no project of their own in the team file, so {title}{when} moves nothing else of "
             f"theirs.**", ""]
    for c in what.collisions[:3]:
        size = f", about {days_words(c.effort_days).removeprefix('about ')} of work" if c.effort_days else ""
        lines.append(f"- **Check first:** {person} also owes {c.title}, due {c.due_date:%a %d %b}{size}; agree now which "
                     "one wins if they collide.")
    lines.append(f"- Say what {person} is taking on and until when, so it has an end date and nobody adds to it quietly.")
    asker = _requester_words(situation)
    back = f", back on our work from {what.back_day:%a %d %b}" if what.back_day else ""
    reply = f"{'Hi ' + asker + ', yes' if asker != 'they' and asker[:1].isupper() else 'Yes'}: {person} can take {title}{when}{back}."
    return lines + ["", f"**What to tell {asker if asker != 'they' else 'them'}**", *_quote(reply)]


def _undated_loan_answer(inp: Any, what: Any, loan: Any, without: Any, situation: Situation) -> list[str]:
    """A fixed loan when the current work has no date: the loan's dates are given, so there is no date to ask for. What
    it costs the current work, what the person owes while away, and the line to say to whoever asked."""
    project, person, title = inp.current.project, inp.current.person, inp.new_work.title
    slip = days_words(loan.current_slip_days)
    first, last = what.first_day, what.last_day
    away = f" from {first:%a %d %b} to {last:%a %d %b %Y}" if first and last else ""
    moved = f"by {_p80_when(loan)} (P80) instead of {_p80_when(without)}" if without is not None else f"by {_p80_when(loan)} (P80)"
    if inp.current.blocked_on:  # the question is 'is it free?': nearly, while the block lasts; the slip is the most it costs
        lines = [f"**Nearly free while {person} is blocked: {person} is on {title}{away}; at most {project} lands {moved}, "
                 f"{slip} later, if the block clears before {person} is back.**", ""]
    else:
        lines = [f"**What the loan does: {person} is on {title}{away}, and {project} lands {moved}, {slip} later.**", ""]
    lines += _blocked_anyway(inp, slip)
    for c in what.collisions[:3]:
        size = f", about {days_words(c.effort_days).removeprefix('about ')} of work" if c.effort_days else ""
        by = f" for {c.requester}" if c.requester else ""
        lines.append(f"- **Due while {person} is away:** {c.title}{by}, due {c.due_date:%a %d %b}{size}. Get it done before "
                     f"{first:%a %d %b}, hand it to someone else, or agree a later date with {c.requester or 'whoever is waiting'} now.")
    lines += _loan_over_a_break(inp, what, situation)
    lines.append(f"- Tell the people waiting on {project} now that it moves to about {_p80_when(loan)}, before the loan starts.")
    lines.append(f"- If {project} has a date that cannot move by {slip.removeprefix('about ')}, offer {person} once it lands "
                 f"({_p80_when(without) if without is not None else 'after it lands'}, P80) or someone else now, instead of this loan.")
    lines += _instead_lines(what)
    asker = _requester_words(situation)
    recipient = situation.get("recipient")
    asker = recipient if asker == "they" and isinstance(recipient, str) and recipient[:1].isupper() else asker
    lines += ["", f"**What to tell {asker if asker != 'they' else 'them'}**", *_quote(_loan_reply(inp, loan, what, asker))]
    return lines + _break_note(inp, what, situation)


def _blocked_anyway(inp: Any, slip: str, share: bool = False) -> list[str]:
    """A loan of someone who is blocked: while the block lasts their work cannot move, so the slip simulated is the
    cost only if the block clears before they are back; and who clears it meanwhile, so they come back to work that moves.
    For a share of their week, the slip is the cost only if the block clears while the share runs."""
    block = inp.current.blocked_on
    if not block:
        return []
    person, project = inp.current.person, inp.current.project
    if share:
        what = block[0].lower() + block[1:].rstrip(".")
        return [f"- **Blocked anyway, so it costs less than it looks:** {person} is stuck ({what}), and {project} cannot "
                f"move until that clears; the {slip.removeprefix('about ')} above is the cost only if the block clears "
                "while the share runs.",
                "- **Who unblocks it meanwhile:** "
                + (f"{' or '.join(inp.current.free_teammates[:2])} {'is' if len(inp.current.free_teammates) == 1 else 'are'} "
                   "free in the team file and could take it on now" if inp.current.free_teammates else
                   "nobody is free in the team file, so escalate it to whoever owns it today")
                + f", so {person}'s other days move {project}."]
    what = block[0].lower() + block[1:].rstrip(".")
    free = inp.current.free_teammates
    who = (f"{' or '.join(free[:2])} {'is' if len(free) == 1 else 'are'} free in the team file and could take it on now"
           if free else "nobody is free in the team file, so escalate it to whoever owns it today")
    return [f"- **Blocked anyway, so it costs less than it looks:** {person} is stuck ({what}), and {project} cannot move "
            f"until that clears; the {slip.removeprefix('about ')} above is the cost only if the block clears before "
            f"{person} is back.",
            f"- **Who unblocks it meanwhile:** {who}, so {person} comes back to work that can move; don't let the loan "
            "park the block."]


def _loan_reply(inp: Any, loan: Any, what: Any, asker: str) -> str:
    """The line to say yes to a fixed loan: the dates, the firm end, what it costs and what is handled first."""
    person, title, project = inp.current.person, _the_work(inp.new_work.title), inp.current.project
    first, last = what.first_day, what.last_day
    hello = f"Hi {asker}, yes" if asker != "they" and asker[:1].isupper() else "Yes"
    when = (f" full time from {first:%a %d %b} to {last:%a %d %b}, back with us on {what.back_day:%a %d %b}"
            if first and last and what.back_day else "")
    owed = what.collisions[0] if what.collisions else None
    handled = (f" {person} also owes {short_title(owed.title)} by {owed.due_date:%a %d %b}; I'll get that done or handed over "
               "before the loan starts, so it doesn't eat into your time." if owed else "")
    cost = (f"{person} is waiting on a fix on our side anyway, so it costs {project} little as long as the end date holds."
            if inp.current.blocked_on else
            f"It moves {project} back by {days_words(loan.current_slip_days)}, which I'll manage on our side, so the end date "
            "needs to hold.")
    return f"{hello}: {person} can take {title}{when}. {cost}{handled} Can we agree that now?"


CHECKPOINT_SHARE = 0.25  # an ask taking more than this share of the working days before a go/no-go moves it


@dataclass(frozen=True)
class CheckpointCost:
    """What an ask takes out of the time before a go/no-go date: the one decision both the answer and the reply use."""

    days: float  # working days of the person's time on the current work it takes before the date
    runway: int  # working days from tomorrow to the date
    moved: date  # the date if the go/no-go keeps all the time it had
    after: date  # the first working day after the go/no-go: when the ask could start without touching it
    asked: Any  # the what-if's outcome for the ask as made

    @property
    def fits(self) -> bool:
        return self.days / self.runway <= CHECKPOINT_SHARE


def checkpoint_cost(inp: Any, what: Any) -> CheckpointCost | None:
    """The cost of the ask against a go/no-go date (None when the what-if did not run the strategy asked for)."""
    from lead_core.units import add_working_days, next_working_day, working_days_between

    asked = _asked_outcome(inp, what)
    due_day = inp.current.due_date
    if asked is None or due_day is None or inp.today is None:
        return None
    cost = asked.current_slip_days
    if inp.new_work.shape == "fixed_loan" and what.first_day is not None and what.last_day is not None:
        # The time the loan takes out before the review: its working days up to the review, and the re-ramp after it,
        # not the finish's P80 slip (which mixes in how uncertain the rest of the work is).
        away = working_days_between(what.first_day, min(what.last_day, due_day), what.days_off)
        cost = float(away) + (inp.re_ramp_weeks * WORKDAYS_PER_WEEK if what.last_day < due_day else 0.0)
    elif inp.new_work.shape == "time_share":
        cost = _share_days_before(inp, what, due_day)  # the share's days as asked, not the finish's P80 slip
    runway = max(working_days_between(inp.today + timedelta(days=1), due_day, what.days_off), 1)
    return CheckpointCost(cost, runway, add_working_days(due_day, cost, what.days_off), next_working_day(due_day + timedelta(days=1), what.days_off), asked)


def _asked_outcome(inp: Any, what: Any) -> Any:
    """The what-if's outcome for the strategy the ask amounts to (tools.whatif.ASKED), or None."""
    from tools.whatif import ASKED

    return next((o for o in what.strategies if o.strategy == ASKED[inp.new_work.shape]), None)


def _checkpoint_answer(inp: Any, what: Any, situation: Situation) -> list[str]:
    """A go/no-go date against an ask: the date is a decision on the evidence so far, not the work finishing, so the
    question is how much of the time before it the ask takes, and what to tell whoever was promised it."""
    cp = checkpoint_cost(inp, what)
    if cp is None:
        return [f"**{what.summary}**"]
    asked, without = cp.asked, next((o for o in what.strategies if o.strategy == "finish_first"), None)
    project, person = inp.current.project, inp.current.person
    due, cost = _date_words(inp), cp.days
    moved = f"{cp.moved:%a %d %b %Y}"
    told = inp.current.promised_to or "whoever is waiting on it"
    asker = _requester_words(situation)
    asker = "the requester" if asker == "they" else asker
    takes = f"the ask takes {days_words(cost)} of {person}'s time on {project} before it"  # the share of the runway decides; its count is no tool's number
    question = f"**Does the go/no-go on {due} survive it?"
    if cp.fits:
        lines = [f"{question} Yes: a go/no-go is a decision on the evidence so far, not {project} finishing, and {takes}.**", "",
                 f"- **Say yes to {asker}**, with the end date agreed now so the loan does not stretch.",
                 f"- **Tell {told} now:** the go/no-go stays on {due}, with about {days_words(cost).removeprefix('about ')} less "
                 f"work behind it, or moves to {moved} if the full time matters more than the date."]
    else:
        lines = [f"{question} Not as it stands: {takes}, too much of the time left.**", "",
                 f"- **Offer {asker} a start on {cp.after:%a %d %b}**, straight after the go/no-go, so it keeps all its time.",
                 f"- **If it can't wait, you can still say yes**, if you choose now between two honest options and tell {told}: "
                 f"hold the go/no-go on {due} with about {days_words(cost).removeprefix('about ')} less work behind it, or move "
                 f"it to {moved}."]
    lines.append(f"- Before {person} goes, agree what the go/no-go needs (the result that says continue, the one that says "
                 "stop), so the time left goes to exactly that.")
    if without is not None:
        lines.append(f"- Finishing {project} is a separate question: by {_p80_when(asked)} (P80) with the ask, "
                     f"{_p80_when(without)} without it; the go/no-go does not need it finished.")
    return lines + _break_note(inp, what, situation)


def _share_days_before(inp: Any, what: Any, due_day: date) -> float:
    """Working days a share of someone's week takes before a date: its total as asked (the share's working weeks),
    only the part of its stretch that falls before the date."""
    from lead_core.units import working_days_between

    total = inp.new_work.estimate_likely * WORKDAYS_PER_WEEK
    first, last = what.first_day, what.last_day
    if first is not None and last is not None and last > due_day:
        span = max(working_days_between(first, last, what.days_off), 1)
        total *= max(working_days_between(first, due_day, what.days_off), 0) / span
    return round(total, 1)


def _loan_end_condition(inp: Any, what: Any, asker: str, situation: Situation) -> str:
    """The condition a yes to a loan rests on: it stays the length asked, with the days it really takes said (its last
    working day and the day the person is back, from the what-if), so 'three weeks' over a break is never a surprise."""
    first, last, back = what.first_day, what.last_day, what.back_day
    if first is None or last is None:
        return ""
    who = "" if asker == "they" else f" with {asker}"
    fact = situation.fact("new_work_weeks")
    asked = (fact.text if fact is not None and fact.text else f"{inp.new_work.estimate_likely:g} weeks")
    asked = re.sub(r"^(\d+(?:\.\d+)?)[\s-]+(day|week|sprint|month)$", lambda m: f"{m[1]} {m[2]}" + ("" if float(m[1]) == 1 else "s"), asked)  # 'a 3 week loan'
    returns = f", back on {inp.current.project} {back:%a %d %b}" if back is not None else ""
    return (f", as long as the loan stays {asked} from {first:%a %d %b} (last working day on it {last:%a %d %b}{returns}): "
            f"agree that end date{who} now, since every extra week comes off {inp.current.project}")


def _already_at_risk(due: str, p: float, without: Any) -> str:
    """When the date is not safe even without the ask, said in the headline: the ask is not what decides the date, and
    the date itself needs a conversation whatever the answer to the ask."""
    before = without.current_deadline_probability if without is not None else None
    if before is None or before >= TARGET or p >= TARGET:
        return ""
    return (f" {due} was already at risk without the ask ({chance_words(before)}), so whatever you answer, reset that date "
            "with the people waiting on it.")


def _holds(due: str, p: float, said: bool = False) -> str:
    """Whether a date holds, in words that match rough inputs; `said`: in a line said to someone (no 'certainly': rough
    estimates promise nothing)."""
    if p < 0.05:
        return f"we would very likely miss {due}" if said else f"{due} is almost certainly missed"
    if p > 0.95:
        return f"{due} very likely holds" if said else f"{due} almost certainly holds"
    return f"{chance_words(p)} that {due} holds"


def _break_note(inp: Any, what: Any, situation: Situation) -> list[str]:
    """Which days off the what-if's dates skip: the ones given, or an assumed year-end break (said to be assumed)."""
    if not what.days_off or inp.today is None:
        return []
    assumed = set(inp.assumed_holidays) & set(what.days_off)
    given = sorted(set(what.days_off) - assumed)
    span = f" ({_day_runs(given)})" if given and len(_day_runs(given)) <= 80 else ""  # each stretch, never one range over the working days between
    if not assumed:
        return ["", f"These dates skip the days off you gave{span} and weekends."]
    also = f"the days off you gave{span} and " if given else ""
    return ["", f"These dates skip {also}an assumed year-end break ({min(assumed):%a %d %b %Y} to {max(assumed):%a %d %b %Y}, "
            f"{len(assumed)} weekdays); tell me the team's real days off and I will redo them."]


def _date_words(inp: Any) -> str:
    """The current work's date as the answer names it (from the what-if's input, so it traces to a tool call)."""
    due = inp.current.due_date
    return f"{due:%a %d %b %Y}" if due is not None else f"its date ({inp.current.deadline_weeks:g} weeks away)"


def _verdict(p: float) -> str:
    """The answer a chance gives (the one table in lead_core.numbers): a coin flip is too close to call, never 'probably'."""
    return odds_answer(p)


def _whatif_lead(inp: Any, what: Any, situation: Situation) -> list[str]:
    """The answer to the question asked: does the date survive the ask (with its chance), what it depends on when no
    date was given, or the call for an urgent short request; then the recommendation."""
    by_name = {o.strategy: o for o in what.strategies}
    rec = f"**Recommendation: {STRATEGY_NAMES.get(what.recommendation, what.recommendation)}.** {what.summary}"
    project, person, title = inp.current.project, inp.current.person, inp.new_work.title
    first = by_name.get("finish_first")
    if what.lands_before_start and first is not None and what.recommendation == "finish_first":
        start = situation.get("start_date")
        on = f" on {date.fromisoformat(start):%a %d %b %Y}" if isinstance(start, str) else ""
        asker = _requester_words(situation)
        yes = f"say yes to {asker} for that start" if asker != "they" else "say yes to that start"
        return [f"**No conflict: {person} can finish {project} first. It lands by {_p80_when(first)} (P80), before "
                f"{title} starts{on}, so {yes}.**", "", rec]
    if what.basis == "current_deadline":
        asked = _asked_outcome(inp, what)
        if asked is not None and asked.current_deadline_probability is not None:
            p = asked.current_deadline_probability
            share = f" at {inp.split_fraction:.0%} of their time" if inp.new_work.shape == "time_share" else " as asked"
            loan = _loan_note(inp, what, situation) + _offer_line(inp, what, asked, situation) + _cheaper_line(inp, what, asked)
            head = (f"**Does {_date_words(inp)} survive it? {_verdict(p).capitalize()}: {_holds(_date_words(inp), p)} "
                    f"if {person} goes{share}** (P80 {_p80_when(asked)}, {days_words(asked.current_slip_days)} later than "
                    "finishing first).")
            return [head, "", rec] + loan
        return [rec]
    if what.basis == "no_deadline":
        first, now = by_name.get("finish_first"), by_name.get("switch_now")
        who = _requester_words(situation)
        lines = [f"**It depends on when {who} need{'s' if who != 'they' else ''} {title}: ask for the real date before deciding.**"]
        if now is not None:
            lines.append(f"- If it is needed within about {now.new_work.p80:.1f} weeks, switch now: {title} is done by week "
                         f"{now.new_work.p80:.1f} (P80) and {project} slips {days_words(now.current_slip_days)}.")
        if first is not None:
            lines.append(f"- If it can wait about {first.new_work.p80:.1f} weeks, let {person} finish first: {project} lands "
                         f"by {_p80_when(first) if first.current_p80_date is not None else f'week {first.current_work.p80:.1f}'} (P80) and nothing is lost to a half-done switch.")
        lines.append(f"- Ask {who if who != 'they' else 'the requester'}: when is it needed, how big is it really, and could "
                     "someone else do it? Saying yes to a short ask is normal; what it costs is the switch, not only the days.")
        return lines
    if what.basis == "new_deadline" and inp.new_work.due_date is not None:
        best = by_name[what.recommendation]
        p = best.deadline_probability
        how = {"switch_now": "switches now", "finish_first": f"finishes {project} first", "split_capacity": "splits their time",
               "defer_new": "starts at the next planning cycle"}.get(what.recommendation, what.recommendation)
        best_case = " at best" if what.deadline_at_risk else ""
        due = f"{inp.new_work.due_date:%a %d %b %Y}"
        head = f"**Can {title} make {due}? {_verdict(p).capitalize()}: {chance_words(p)}{best_case}, if {person} {how}**"
        fastest = min(what.strategies, key=lambda o: o.new_work.p80)
        if p < 0.05:
            head = (f"**Can {title} make {due}? No: no plan gets there ({chance_words(p)}); even if {person} "
                    f"{'switches now' if fastest.strategy == 'switch_now' else 'starts as soon as possible'}, it is done by "
                    f"week {fastest.new_work.p80:.1f} (P80)**")
            return [head + ". Negotiate the date or a smaller first version.", "", rec]
        return [head + (f"; {project} slips {days_words(best.current_slip_days)}." if best.current_slip_days >= 0.5 else "."), "", rec]
    return [rec]


ROLE_WORDS = frozenset("boss manager director vp cto ceo cfo founder skip skip-level".split())


def _requester_words(situation: Situation) -> str:
    """Who asked, as a sentence names them: 'Victor', 'finance', 'your boss' ('they' when nobody was named)."""
    who = situation.get("requester")
    if not isinstance(who, str) or not who:
        return "they"
    said = re.sub(r"^(?:my|our|the|a|an)\s+", "", (situation.fact("requester").text or "").strip(), flags=re.I)
    if "_" in who and 0 < len(said.split()) <= 3:
        return f"your {said}"  # 'head_of_product' is a reader's kind; the manager said 'CPO'
    if who.lower() in ROLE_WORDS:
        return f"your {who}"
    # A group or role of several words in lower case ('mill superintendent', 'pricing council') takes 'the'.
    return f"the {who}" if who[:1].islower() and " " in who and not who.lower().startswith(("the ", "our ", "my ")) else who


def _cheaper_line(inp: Any, what: Any, asked: Any) -> list[str]:
    """When the date survives the ask: what waiting would save, if the new work can wait."""
    first = next((o for o in what.strategies if o.strategy == "finish_first"), None)
    if what.recommendation != asked.strategy or first is None or asked.lost_days - first.lost_days < 1:
        return []
    return [f"- If {inp.new_work.title} can wait until about week {first.new_work.p80:.1f}, letting {inp.current.person} finish "
            f"first saves {days_words(asked.lost_days - first.lost_days)} of switching."]


def _offer_line(inp: Any, what: Any, asked: Any, situation: Situation) -> list[str]:
    """When the date does not survive the ask but survives another plan: what to offer the requester instead."""
    best = next(o for o in what.strategies if o.strategy == what.recommendation)
    if best is asked or (asked.current_deadline_probability or 0) >= TARGET or (best.current_deadline_probability or 0) < TARGET:
        return []
    if best.strategy == "finish_first":
        start = f"{best.current_p80_date:%a %d %b}" if best.current_p80_date is not None else f"week {best.current_work.p80:.1f}"
        when = f"from about {start}, once {inp.current.project} lands"
    else:
        when = f"on the {STRATEGY_NAMES.get(best.strategy, best.strategy)} plan (done by week {best.new_work.p80:.1f})"
    return [f"- **Push back, with an offer:** {inp.current.person} for {inp.new_work.title} {when}, which keeps "
            f"{_date_words(inp)} ({chance_words(best.current_deadline_probability)}); or {_someone_else(situation)} now."]


def _loan_note(inp: Any, what: Any, situation: Situation) -> list[str]:
    """For a fixed stretch the requester asked for, what not lending as asked means in practice."""
    if inp.new_work.shape != "fixed_loan" or what.recommendation == "switch_now":
        return []
    return [f"- {inp.new_work.title} is a fixed stretch, so not lending {inp.current.person} as asked means {_requester_words(situation)} "
            f"needs someone else or a smaller slice of {inp.current.person}'s time; offer that instead of a flat no."]


def _strategy_heading(what: Any) -> str:
    if what.basis == "current_deadline":
        return "**How the strategies compare** (chance the current work keeps its date; working days lost to switching)"
    if what.basis in ("no_deadline", "urgent") and all(o.current_deadline_probability is None for o in what.strategies):
        return "**How the strategies compare** (when the new work is done, P80; how much the current work slips)"
    return "**How the strategies compare** (chance the new work meets its deadline; working days lost to switching)"


def _strategy_line(o: Any, what: Any) -> str:
    name = STRATEGY_NAMES.get(o.strategy, o.strategy)
    if what.basis == "current_deadline":
        return f"{name}: {chance_words(o.current_deadline_probability)}, {_lost(o.lost_days)}."
    if what.basis in ("no_deadline", "urgent") and o.current_deadline_probability is None:
        return f"{name}: done by week {o.new_work.p80:.1f}, current work slips {days_words(o.current_slip_days)}."
    own = (f", current work keeps its own date: {chance_words(o.current_deadline_probability)}"
           if o.current_deadline_probability is not None else "")
    return f"{name}: {chance_words(o.deadline_probability)}, {_lost(o.lost_days)}{own}."


def _lost(days: float) -> str:
    """Switching cost in words: no measurable loss under half a day, else whole working days."""
    return "no switching cost you could measure" if days < 0.5 else f"{days_words(days)} lost to switching"


def _share_comparison(inp: Any, what: Any, other_inp: Any, other: Any, situation: Situation) -> str:
    """The other time share the manager named, side by side with the first (same draws, same date)."""
    def split(result: Any) -> Any:
        return next((o for o in result.strategies if o.strategy == "split_capacity"), None)

    a, b = split(what), split(other)
    if a is None or b is None:
        return ""
    def said(x_inp: Any, o: Any) -> str:
        chance = f"{_holds(_date_words(x_inp), o.current_deadline_probability)}, " if o.current_deadline_probability is not None else ""
        return f"at {x_inp.split_fraction:.0%} of their time, {chance}lands by {_p80_when(o)} (P80)"
    return f"**The two shares compared** ({inp.current.project}): {said(inp, a)}; {said(other_inp, b)}."


# What a draft's heading says of it; the check node keeps it only when the linter and the draft checks pass.
LINTED_LABEL = "(draft, checked by the message linter)"
FLAGGED_LABEL = "(draft: the checks found things to fix before sending, listed at the end)"


def not_ready_label(missing: list[str]) -> str:
    """The label of a draft that leaves out something the manager stated: said plainly, naming what is missing, so it
    is never taken for a message ready to send."""
    said = "; ".join(dict.fromkeys(m.removesuffix(" is not in the draft") for m in missing))
    return f"(NOT READY TO SEND: it leaves out {said}; add it before sending)"


def _draft_lines(records: list[dict[str, Any]], heading: str) -> list[str]:
    draft = latest_result(records, "draft_message")
    if draft is None:
        return []
    subject = [f"Subject: {draft.subject}"] if draft.subject else []  # a channel post has none
    lines = ["", f"**{heading}** {LINTED_LABEL}", *subject, ""]
    lines += _quote(draft.body)
    return lines


OPENERS = {
    "decline_or_negotiate": "**Say no to the request as asked, give the reason without blame, and offer a smaller version or a later date.**",
    "ask_for_resources": "**Lead with the ask and the number, then what it buys and what it costs not to have it.**",
    "respond_to_reprioritization": "**Lead with the plan for the change, and what it protects.**",
    "announce_change": "**Tell the team what changes, why, and what stays protected; it is news to share, not a question to put to them.**",
    "explain_uncertainty": "**Explain the range in plain words, why ML work is uncertain, and when the range will narrow.**",
    "explain_why": "**Answer their question first, then the reason, in words they can pass on.**",
    "team_status": "**One line per piece of work, most pressing first: where it stands against its date, or what blocks it, in the team file's figures.**",
    "explain_limits": "**Say what it can and can't do with its real rates, in plain words; correct the misunderstanding kindly, say where it is weaker and why, and what happens next.**",
    "answer_question": "**Answer the question first, with how likely it is and what would change the answer.**",
    "forecast_risk": "**Flag the risk early with the range and the options, and ask for the decision you need.**",
    "share_decision": "**Say what you decided first, in plain words, then why and what happens next.**",
    "rewrite": "**Your message, reworked: the same content and facts, in cleaner wording: chat speak, stock phrases and claims of certainty reworded.**",
}


def _opener(records: list[dict[str, Any]], purpose: str) -> str:
    """The advice line above the draft; a slip the manager has decided, with no options wanted, is told, not put to a vote."""
    drafted = next((r.get("arguments") for r in records if r["name"] == "draft_message" and isinstance(r.get("arguments"), dict)), None)
    told = (drafted or {}).get("constraints") or {}
    if purpose == "forecast_risk" and (told.get("no_options") or told.get("decided")):
        return "**Say what moves, why, and what happens next, plainly; it is decided, so no options and no ask for approval.**"
    return OPENERS.get(purpose, "**Lead with the decision you need, and give a range with confidence rather than a single date.**")


def _drafted_purpose(records: list[dict[str, Any]], situation: Situation) -> str:
    """The purpose the draft was written for (the decision object may pick one the question did not name); a 'why'
    the manager answered in their own words is 'explain_why', not a range to explain."""
    drafted = next((r.get("arguments") for r in reversed(records) if r["name"] == "draft_message" and isinstance(r.get("arguments"), dict)), None)
    purpose = str((drafted or {}).get("purpose") or situation.get("purpose") or "")
    facts = (drafted or {}).get("facts") or {}
    answers = ((drafted or {}).get("brief") or {}).get("answers")
    if ((drafted or {}).get("brief") or {}).get("status"):
        return "team_status"  # the whole team's work, one item each
    if ((drafted or {}).get("brief") or {}).get("limits") and not answers:
        return "explain_limits"  # what a model can and cannot do, from the manager's rates
    if ((purpose == "explain_uncertainty" and facts.get("question_asked")) or answers) and facts.get("points") and not facts.get("forecast"):
        return "explain_why"  # a question about what a model does, answered first in plain words
    return purpose


def _draft_heading(records: list[dict[str, Any]], situation: Situation) -> str:
    """'Draft to Adaeze' when the draft names its reader (the decision object may find a name the situation lacks)."""
    drafted = next((r.get("arguments") for r in reversed(records) if r["name"] == "draft_message" and isinstance(r.get("arguments"), dict)), None)
    named = str((drafted or {}).get("recipient") or "")
    named = "" if named == "all" else named  # 'Hi all,' names nobody
    who = _role_label(situation)
    if (drafted or {}).get("audience") == "own_team" and not named and situation.fact("audience") is not None and situation.fact("audience").source == "assumed":
        who = "team"  # a channel post the draft was written for the team, whatever reader the situation assumed
    if named and (not situation.get("recipient") or (drafted or {}).get("purpose") == "rewrite"):  # a rewrite's reader is read off the instruction and the message
        return f"Draft to {named}"
    return f"Draft to {who}" if situation.get("recipient") else f"Draft for your {who}" if who and who != "team" else "Draft for your team" if who == "team" else "Draft message"


def compose_stakeholder(records: list[dict[str, Any]], situation: Situation) -> list[str]:
    drafts = [r for r in records if r["name"] == "draft_message" and succeeded(r)]
    extra = drafts[1:]  # a second message asked for ("and a short post for my team") follows the first
    lines = _compose_first_draft([r for r in records if not any(r is x for x in extra)], situation)
    for record in extra:
        args = record.get("arguments") if isinstance(record.get("arguments"), dict) else {}
        to_team = args.get("audience") == "own_team" and not args.get("recipient")
        lines += _draft_lines([record], "Post for your team" if to_team else f"Draft to {args.get('recipient') or 'them'}")
    return lines


def _compose_first_draft(records: list[dict[str, Any]], situation: Situation) -> list[str]:
    lines: list[str] = []
    forecast = latest_result(records, "forecast_completion")
    purpose = _drafted_purpose(records, situation) or "progress_update"
    if forecast is not None:
        deadline = _forecast_deadlines(records)[-1]
        lines += [_forecast_lead(forecast, situation, _forecast_names(situation, 1)[0], deadline)]
        lines += _confidence_lines(forecast, situation.get("confidence_level")) + _part_risk_lines(situation, forecast)
        lines += [f"- {forecast.calendar_note}"] if forecast.calendar_note else []
        lines += _forecast_advice(forecast, records, deadline, _target(situation))
        lines += _prescription_lines(records)
    else:
        lines += [_rewrite_opener(records) if purpose == "rewrite" else _opener(records, purpose)]
    draft = latest_result(records, "draft_message")
    notes = draft.notes if draft is not None else []
    unchanged = next((n.removeprefix("Unchanged: ") for n in notes if n.startswith("Unchanged: ")), "") if purpose == "rewrite" else ""
    if unchanged:  # a rewrite that can't do what was asked says so in one sentence, then shows the closest version
        return [f"**{unchanged}**", *_draft_lines(records, _draft_heading(records, situation))]
    lines += _draft_lines(records, _draft_heading(records, situation))
    if purpose == "rewrite":
        changed = [n.removeprefix("Changed: ") for n in notes if n.startswith(("Changed: ", "Kept your"))]
        lines += ["", "**What changed**"] + [f"- {n}" for n in changed] + [f"- {n}" for n in notes if n.startswith(("Not met: ", "Left out "))]
    gaps = [n.removeprefix("Not said: ") for n in notes if n.startswith("Not said: ")]
    if gaps:  # what the purpose needs and the manager did not say: theirs to add, never invented
        lines += ["", "**Before you send, add** (you didn't say, so the draft doesn't make it up)"] + [f"- {g}" for g in gaps]
    kept = [f"- {n}" for n in notes if n.startswith("Kept out of the message: ")]
    lines += ["", *kept] if kept else []  # the notes the body leaves out, with why
    return lines


REWRITE_OPENERS = {
    "tighten": "**Your message, shorter: the same numbers, dates and ask, the filler cut.**",
    "soften": "**Your message, softer: the same facts and ask, said as the problem and a request, with an offer of help.**",
    "firm": "**Your message, firmer: the ask first with its date, then why and what happens if it is missed when you said so; no apologies or hedges.**",
    "plain": "**Your message, plainer: the same facts, the jargon said in everyday words.**",
}


def _rewrite_opener(records: list[dict[str, Any]]) -> str:
    """The lead line of a rewrite, naming the goal it was rewritten for."""
    drafted = next((r.get("arguments") for r in reversed(records) if r["name"] == "draft_message" and isinstance(r.get("arguments"), dict)), None)
    facts = (drafted or {}).get("facts") or {}
    opener = REWRITE_OPENERS.get(str(facts.get("rewrite_goal") or ""), OPENERS["rewrite"])
    opener = opener.replace(":", " and shorter:", 1) if facts.get("rewrite_shorter") else opener
    draft = latest_result(records, "draft_message")
    if draft is not None and any(n.startswith("Not met: ") for n in draft.notes):  # the check after the rewrite found the goal missed: never shown as done
        goal = opener.split(":", 1)[0].removeprefix("**Your message, ")
        return f"**My closest {goal} version: it does not fully do what you asked yet; what is left is under 'Not met' below.**"
    return opener


def _forecast_names(situation: Situation, count: int) -> list[str]:
    """A label per forecast made this turn: the project names when known."""
    project = situation.get("project")
    tasks = {str(t.get("name", "")).casefold() for t in situation.get("tasks") or [] if isinstance(t, dict)}
    names = project if isinstance(project, list) else [project] if isinstance(project, str) and project.casefold() not in tasks else []  # the work the plan is for, never one of its steps
    step = situation.get("milestone")
    if isinstance(step, str) and len(names) == 1:
        names = [f"{names[0]}, up to {step[:1].lower() + step[1:]}"]  # the date asked for one step of it
    return [str(n) for n in names[:count]] + [""] * (count - len(names[:count]))


def _forecast_lead(forecast: Forecast, situation: Situation, label: str = "", deadline: date | None = None) -> str:
    """The answer to 'will it be ready by <date>?' in one bold line naming the date, then the tool's summary (the why)."""
    p = forecast.deadline_probability
    asked = situation.get("question_asked")
    when = f"By {deadline:%a %d %b %Y}" if deadline is not None else "By the date"
    said = situation.get("deadline")
    if deadline is not None and situation.get("ready_before") and isinstance(said, str) and said > deadline.isoformat():  # in place before their date
        when = f"In place before {date.fromisoformat(said):%a %d %b %Y} (done by {deadline:%a %d %b %Y})"
    if forecast.deadline_passed:
        head = "**The date has already passed; plan a new one from the range below.**"
    elif p is None and forecast.commitment is not None and forecast.commitment.date is not None:  # 'what date, with 90% confidence?': that date first
        head = f"**The {forecast.commitment.level:g}% date: {forecast.commitment.date:%a %d %b %Y}.**"
    elif p is None and forecast.commitment is not None and not forecast.commitment.reachable:
        head = f"**No date reaches {forecast.commitment.level:g}% as planned; see the dates below.**"
    elif p is None:
        head = "**Plan on a range, not a date.**"
    elif forecast.single_point:
        head = f"**{when}: it fits on paper, but every estimate is a single number, so there is no real chance to give yet.**"
    elif p >= _target(situation) and _tight(forecast):
        head = f"**{when}: yes on paper, but with no slack.**"
    elif forecast.tail is not None and p >= _target(situation):
        head = f"**{when}: very likely yes ({forecast.deadline_chance}), unless '{forecast.tail.task}' runs to its worst case.**"
    elif p >= 0.995:
        head = f"**{when}: almost certainly yes.**"
    elif p >= _target(situation):
        head = f"**{when}: likely yes, about {pct(p)}.**"
    elif p >= TARGET:
        head = f"**{when}: likely, about {pct(p)}, but short of the {pct(_target(situation))} you want.**"
    elif p >= 0.05:
        head = f"**{when}: {BELOW_TARGET[odds_answer(p)].format(pct=pct(p))}.**"
    elif p >= 0.005:
        head = f"**{when}: no, not as planned ({pct(p)}).**"
    else:
        head = f"**{when}: no, not as planned (almost no chance).**"
    if isinstance(asked, str) and asked:
        said = asked.rstrip()
        colon = ":" if "?" in said and not re.match(r"(?i)(?:whether|if)\b", said) else ""  # a direct question is quoted after a colon
        head = f"{head} (You were asked{colon} {said}{'' if said.endswith(('.', '?', '!')) else '.'})"  # its own stop, said once
    if label:
        head = f"**{label}:** {head}"
    return f"{head} {forecast.summary}"


TARGET = 0.8  # the chance a date needs before it is safe to promise
# A date's chance below the target, by the answer it gives (lead_core.numbers.odds_answer).
BELOW_TARGET = {
    "yes": "likely, about {pct}",
    "probably": "probably, about {pct}, but not safe to promise",
    "too close to call": "too close to call as planned, about {pct}",
    "probably not": "probably not as planned, about {pct}",
    "no": "no, not as planned (about {pct})",
}
TIGHT_SHARE = 0.1  # slack under this share of the work (and under TIGHT_DAYS) leaves no room for a lost day
TIGHT_DAYS = 2.0


def _slack_days(forecast: Forecast) -> float | None:
    """Working days between the P80 finish and the deadline (None without both)."""
    if forecast.deadline_days is None or forecast.p80.working_days is None:
        return None
    return forecast.deadline_days - forecast.p80.working_days


def _tight(forecast: Forecast) -> bool:
    """True when the date holds on paper but one lost day or a re-run would miss it."""
    slack = _slack_days(forecast)
    return slack is not None and slack < min(TIGHT_DAYS, max(1.0, TIGHT_SHARE * (forecast.p80.working_days or 0)))


def _slack_words(forecast: Forecast) -> str:
    """The forecast's slack as a manager would say it: whole working days, since the estimates are rough."""
    days = forecast.slack_days
    if days is None or days < 1:
        return "less than a working day of slack"
    return f"about {days:g} working day{'s' if days != 1 else ''} of slack"


def _target(situation: Situation) -> float:
    """The chance a date must reach: the confidence the manager asked for, else TARGET."""
    level = situation.get("confidence_level")
    return min(max(float(level) / 100, 0.5), 0.99) if isinstance(level, (int, float)) else TARGET


def _forecast_advice(forecast: Forecast, records: list[dict[str, Any]], deadline: date | None, target: float = TARGET) -> list[str]:
    """What to do about the date, from the chance and the re-simulated plan changes (none for a passed date)."""
    p = forecast.deadline_probability
    if p is None or forecast.deadline_passed or forecast.single_point or deadline is None:
        return []
    when = f"{deadline:%a %d %b %Y}"
    slack = _slack_days(forecast)
    if p >= target and _tight(forecast):
        return [f"- **What I'd do:** don't give a flat yes to {when}: the plan uses the whole runway ({_slack_words(forecast)} "
                "at P80), so one sick day, a re-run or a late review misses it. Say yes with that risk named and a fallback date "
                f"agreed now, or ask for a few more days."]
    if p >= target:
        spare = f" ({_slack_words(forecast)} at P80)" if slack is not None else ""
        if forecast.tail is not None:
            return _tail_lines(forecast, when) + [f"- **What I'd do:** say yes to {when}{spare}, with that one risk named, and check "
                                                  f"'{forecast.tail.task}' against its likely case early, while there is still time to act."]
        return [f"- **What I'd do:** say yes to {when}{spare}; keep a short risk list in each update."]
    changes = latest_result(records, "suggest_plan_changes")
    reaching = [c for c in (changes.changes if changes else []) if c.reaches_target and c.kind != "move_date"]
    moved = next((c for c in (changes.changes if changes else []) if c.kind == "move_date"), None)
    later = (f"{moved.new_deadline_date:%a %d %b %Y} instead ({pct(moved.deadline_probability)})" if moved and moved.new_deadline_date
             else "a later date")
    capped = 1 - forecast.failure_share < target  # failures cap every date below the target: a later one does not help
    if reaching:
        lever = reaching[0].description[0].lower() + reaching[0].description[1:]
        planned = "almost no chance" if p < 0.005 else pct(p)
        if capped:
            return [f"- **What I'd do:** don't promise {when} as planned ({planned}); {lever} "
                    f"({pct(reaching[0].deadline_probability)}); a later date alone does not help while "
                    f"{pct(forecast.failure_share)} of trials fail outright."]
        date_first = moved is not None and moved.new_deadline_date is not None and moved.reaches_target
        if date_first:  # the answer to 'what date can I give?' first, the plan change as the way to keep the date
            return [f"- **What I'd do:** give {moved.new_deadline_date:%a %d %b %Y} ({pct(moved.deadline_probability)}) rather than "
                    f"{when} ({planned} as planned); or keep {when} only if you "
                    f"{lever[0].lower()}{lever[1:]} ({pct(reaching[0].deadline_probability)})."]
        return [f"- **What I'd do:** don't promise {when} as planned ({planned}); {lever} "
                f"({pct(reaching[0].deadline_probability)}), or plan on {later}."]
    if capped:
        from tools.task_names import is_gate

        cause = forecast.failure_causes[0].name if forecast.failure_causes else "the risky step"
        way = (f"give the date as 'if {cause} passes' and agree now what happens if it does not" if is_gate(cause)
               else f"add a fallback for '{cause}' or give the date as 'if {works_condition(cause)}'")
        return [f"- **What I'd do:** don't promise {when} at the confidence you want: no later date gets there while "
                f"{pct(forecast.failure_share)} of trials fail outright; {way}."]
    if p >= 0.5:
        return [f"- **What I'd do:** don't promise {when} yet, and don't give it up either: {pct(p)} is {'better than' if p >= 0.55 else 'about'} even. "
                f"Keep the later option (a later date, release or venue: {later}) open and decide once the first step is done."]
    odds = "a long shot" if p < 0.25 else f"less likely than not ({pct(p)}), though not out of reach"  # 44% is no long shot
    return [f"- **What I'd do:** plan on {later}; {when} is {odds} as planned. If there is a later slot you can still "
            "choose (a later release, venue or review), take it now."]


def _tail_lines(forecast: Forecast, when: str) -> list[str]:
    """Where a date that holds on the simulation could still slip: the task whose stated worst case misses it."""
    tail = forecast.tail
    if tail is None:
        return []
    lands = f", it lands {tail.date:%a %d %b %Y}" if tail.date else f", it takes {tail.working_days:.0f} working days"
    return [f"- **Where it could still slip:** if '{tail.task}' takes its worst case ({tail.pessimistic:g} {tail.unit}) and "
            f"the rest go as likely{lands}, after {when}. The trials seldom draw a worst case, so I say "
            f"{forecast.deadline_chance} rather than a near-certainty."]


def _margin_lines(result: Any, forecast: Forecast | None) -> list[str]:
    """When the date holds but a stated worst case misses it: the one re-simulated change that shortens the tail
    (the P95) most, with its effect; the date itself is not the lever."""
    base = forecast.p95 if forecast is not None else None
    if base is None or base.working_days is None:
        return []
    options = [c for c in result.changes if c.kind != "move_date" and c.new_p95 is not None and c.new_p95 < base.working_days - 0.5]
    if forecast.tail is None:
        return _spare_lever(options, forecast)
    if not options:
        task = forecast.tail.task if forecast is not None and forecast.tail is not None else "the riskiest task"
        return ["", f"**The one thing I'd change:** start '{task}' first and check it against its likely case after a week or "
                "two: none of the changes I re-simulated (cutting, deferring, a fallback, a second person) shortens the tail."]
    deadline = forecast.deadline_days if forecast is not None else None
    inside = [c for c in options if deadline is not None and c.new_p95 <= deadline]
    # The cheapest change that brings the bad case inside the date (scope is cut last); else the one that helps most.
    best = (min(inside, key=lambda c: (MARGIN_COST.index(c.kind) if c.kind in MARGIN_COST else len(MARGIN_COST), c.new_p95))
            if inside else min(options, key=lambda c: (c.new_p95, c.description)))
    before = f"{base.date:%a %d %b}" if base.date else f"{base.working_days:.0f} working days"
    after = f"{best.new_p95_date:%a %d %b}" if best.new_p95_date else f"{best.new_p95:.0f} working days"
    p80 = (f"; the P80 moves from {forecast.p80.date:%a %d %b} to {best.new_p80_date:%a %d %b}"
           if forecast.p80.date and best.new_p80_date else "")
    lines = ["", f"**The one thing I'd change:** {best.description[0].lower()}{best.description[1:]}. It brings the bad case (P95) "
             f"from {before} to {after}{p80} (re-simulated)."]
    lines += [f"  Assumes: {a}" for a in best.assumptions[:1]]
    other = next((c for c in sorted(options, key=lambda c: c.new_p95) if c is not best), None)
    if other is not None and other.new_p95_date is not None:
        lines.append(f"- Failing that: {other.description[0].lower()}{other.description[1:]} (bad case {other.new_p95_date:%a %d %b}).")
    return lines


def _spare_lever(options: list[Any], forecast: Forecast) -> list[str]:
    """A date that holds even in the stated worst cases: nothing needs cutting; the one lever that buys the most margin
    (re-simulated), for when something slips."""
    gain = [c for c in options if c.new_p80 is not None and forecast.p80.working_days is not None
            and forecast.p80.working_days - c.new_p80 >= SPARE_GAIN_DAYS]
    from tools.simulate import TAIL_CAP

    checked = (forecast.deadline_probability or 0.0) >= TAIL_CAP  # the forecast checks each task's worst case from there up
    holds = ("the date holds even if any one task runs to the worst case you gave" if checked
             else "the date reaches the chance you need as planned")
    if not gain:
        tried = "; ".join(f"{c.description[0].lower()}{c.description[1:]}" for c in options[:2])
        return ["", f"**Nothing needs cutting:** {holds}." + (f" No change I re-simulated buys even {SPARE_GAIN_DAYS:g} working "
                                                              f"days at P80 ({tried})." if tried else "")]
    best = min(gain, key=lambda c: (MARGIN_COST.index(c.kind) if c.kind in MARGIN_COST else len(MARGIN_COST), c.new_p80))
    moved = (f"from {forecast.p80.date:%a %d %b} to {best.new_p80_date:%a %d %b}" if forecast.p80.date and best.new_p80_date
             else f"by {forecast.p80.working_days - best.new_p80:.0f} working days")
    return ["", f"**Nothing needs cutting:** {holds}. If something slips anyway, the lever is to {best.description[0].lower()}{best.description[1:]}: it moves the P80 {moved} "
                "(re-simulated)."]


SPARE_GAIN_DAYS = 2.0  # a lever that buys less than this at P80 is not worth naming when the date already holds
MARGIN_COST = ("run_in_parallel", "add_person", "full_time", "parallel_fallback", "cut_task", "defer_task")  # cheapest first: scope goes last


def _prescription_lines(records: list[dict[str, Any]]) -> list[str]:
    result = latest_result(records, "suggest_plan_changes")
    if not result or not result.changes:
        return []
    if result.baseline_probability is not None and result.baseline_probability >= result.target_probability:
        return _margin_lines(result, latest_result(records, "forecast_completion"))
    useful = [c for c in result.changes if c.kind == "move_date" or c.reaches_target or c.gain >= USEFUL_GAIN]
    lines = ["", f"**What would change the odds** (target {pct(result.target_probability)}; each re-simulated)"]
    if not useful:
        return lines + _earlier_dates(result)
    if len(useful) < MIN_CHANGES:  # one change that works, and the next best so the manager sees what else was tried
        useful += [c for c in result.changes if c not in useful][: MIN_CHANGES - len(useful)]
    if len(useful) < len(result.changes):
        lines.append("- Cutting scope, a fallback or a second person: none of the changes I tried moves the chance by even five "
                     "points, so the date or the risky step is what has to give." if not [c for c in useful if c.kind != "move_date"]
                     else "- The other changes I tried move the chance by less than five points each; left out.")
    for c in useful[:5]:
        mark = "reaches the target" if c.reaches_target else "not enough alone"
        chance = "almost no chance" if c.deadline_probability < 0.005 else pct(c.deadline_probability)
        lines.append(f"- {c.description}: {chance} ({mark}).")
        for a in c.assumptions[:1]:
            lines.append(f"  Assumes: {a}")
    if result.gates:
        lines.append(_gate_line(result.gates[:3], latest_input(records, "suggest_plan_changes")))
    return lines


def _gate_line(gates: list[str], asked: Any) -> str:
    """Why the gates are not offered as cuts, and what to line up for each: its own kind of preparation ('book the
    reviewers' for a review, access for an integration), started now when it runs alongside the rest, else ready for
    the day the work before it is done."""
    from tools.task_names import gate_preparation

    tasks = {t.name: t for t in asked.plan.tasks} if asked is not None else {}
    one = len(gates) == 1
    names = " and ".join(f"'{g}'" for g in gates)
    preps = [gate_preparation(g) for g in gates]
    prep = preps[0] if one or len(set(preps)) == 1 else "; ".join(f"'{g}': {p}" for g, p in zip(gates, preps))
    waits = any(tasks[g].depends_on for g in gates if g in tasks)
    when = (f"Line {'it' if one else 'them'} up early ({prep}) so {'it starts' if one else 'they start'} the day the work before is done."
            if waits else f"{'It runs' if one else 'They run'} alongside the rest: {prep} now, so the release never waits on {'it' if one else 'them'}.")
    return f"- Not offered: cutting or deferring {names}: the release cannot go without {'it' if one else 'them'}. {when}"


USEFUL_GAIN = 0.05  # a plan change that moves the chance by less than this is left out (rough inputs)
MIN_CHANGES = 2  # a forecast that misses its date always shows at least two plan changes with their odds


def _earlier_dates(result: Any) -> list[str]:
    """When no change moves the odds by the date, what each one does to the date itself (the P80 it reaches), so the
    manager sees which change plus which new date would work; a fallback also removes most outright failures."""
    dated = [c for c in result.changes if c.new_p80_date is not None]
    ranked = sorted(dated, key=lambda c: (c.kind != "parallel_fallback", c.new_p80_date))[:3]
    lines = []
    for c in ranked:
        failing = ", and it removes most of the outright failures" if c.kind == "parallel_fallback" else ""
        lines.append(f"- {c.description}: still {pct(c.deadline_probability)} by the date; done by {c.new_p80_date:%a %d %b %Y} (P80 of the trials that finish){failing}.")
    return lines + ["None of these moves the chance by even five points by the date: pick the change, then give the later date it reaches."]


def _plan_doubts(records: list[dict[str, Any]]) -> list[str]:
    """Task names in the forecast that look misread (a date phrase, a verb): said, with a question, never used as levers."""
    from tools.task_names import name_problem, problem_text

    plans = all_inputs(records, "forecast_completion")
    doubts = [problem_text(t.name, why) for plan in plans for t in plan.tasks if (why := name_problem(t.name)) is not None]
    if not doubts:
        return []
    return ["", f"**Check the task list:** {'; '.join(dict.fromkeys(doubts))}. Did I read your tasks right? If not, tell me the "
            "tasks left with a rough range for each; I built no plan change on a name I doubt, and the dates above count it as work."]


# When the 1-on-1's person is unclear: the clarifying question comes first, then a structure that works for any.
WHO_IS_IT = "Who is the 1-on-1 with, and what is on your mind about them (what happened last time, what you want from this meeting)?"
FALLBACK_ONE_ON_ONE = [
    "Until you tell me, a structure that works for most 1-on-1s, even a short one:",
    "1. **Their topics first** (about half the time): \"What's on your mind?\", then listen.",
    "2. **Anything blocked or worrying**: \"What's in your way right now, and what would help?\"",
    "3. **One thing from you**: the feedback or news you owe them, or one question about where they want to grow.",
    "4. **Next steps**: who does what by when; write it down.",
]


# A hard conversation (feedback, a performance concern, a complaint) with no person named yet: how to run it.
FALLBACK_HARD_CONVERSATION = [
    "Until you tell me, how to run a hard conversation (it is not a regular 1-on-1: don't start with their topics):",
    "1. **Say the issue in your first two minutes**, plainly: \"I want to talk about X.\" No small talk first, no feedback sandwich.",
    "2. **The facts and the impact**: what you saw, with one or two dated examples, and why it matters for the work or the team.",
    "3. **Listen**: \"How do you see it?\" Ask what is behind it before you decide anything.",
    "4. **Agree next steps and a date to check in**: who does what by when; write it down and send it after.",
]


# A complaint about how someone treats others, with no person named yet: how to run that conversation.
FALLBACK_CONDUCT = [
    "Until you tell me, how to run a conversation about a complaint on how someone treats others (not a regular 1-on-1):",
    "1. **Say why you are meeting in the first two minutes**: what was reported, as specific behaviour (what was said or "
    "done, when) and its impact, without naming who raised it unless they agreed.",
    "2. **Their side**: \"How do you see it?\" Listen without arguing, and ask what is behind it.",
    "3. **The expectation**: what changes, concretely; their results or seniority don't buy an exception.",
    "4. **A follow-up date** in two to three weeks. Bring in HR before the meeting if it is a pattern (more than one person, "
    "or raised before), and say it becomes formal if it continues. Afterwards, check in with the people who raised it.",
]


def situation_names(situation: Situation) -> set[str]:
    """The people the situation names (the person, the others), as written."""
    person = situation.get("person")
    return {person.split()[0]} if isinstance(person, str) and person else set()


def compose_one_on_one(records: list[dict[str, Any]], situation: Situation) -> list[str]:
    agenda = latest_result(records, "build_agenda")
    if agenda is None:  # nobody named (or only "you-know-who"): ask who, once, never an agenda for an invented person
        ask = [] if situation.clarifying_question else [f"**One question first:** {WHO_IS_IT}", ""]
        return ask + FALLBACK_ONE_ON_ONE
    first = agenda.items[0].title if agenda.items else "their topics"
    names = {agenda.person.split()[0], *situation_names(situation)}
    if not re.match(r"[A-Z][a-z]+(?:['’]s)?\b", first) or re.match(r"[A-Za-z]+", first).group(0) not in names:
        first = first[0].lower() + first[1:]  # "What happened with Sam" -> "what happened...", never "tom's request"
    lead = f"**Start with {first}.**"
    if agenda.answers:  # the manager asked something directly: the answer comes first
        ask = agenda.answers[0]
        lead = f"**{ask.question} {ask.answer.split(': ')[0].split('. ')[0].rstrip('.')}.** Details under \"Your questions\"; start with {first}."
    return [lead, "", agenda.markdown.strip()]  # the agenda's own "Prep notes" section lists the preparation once


def compose_triage(records: list[dict[str, Any]], situation: Situation) -> list[str]:
    inbox = latest_result(records, "triage_inbox")
    if inbox is not None:
        focal = _focal_ask(inbox, latest_input(records, "triage_inbox"), situation)
        if focal is not None:
            return _focal_answer(*focal, inbox, latest_input(records, "triage_inbox"))
        lines = [_inbox_head(inbox), *_inbox_groups(inbox, latest_input(records, "triage_inbox")), ""]
        for d in inbox.decisions:
            reason = d.reasons[0].text if d.reasons else ""
            over = next((r.text for r in d.reasons[1:] if "interruption budget" in r.text and r.text != reason), "")  # what it costs against the budget
            who = _whose_work_moves(d, latest_input(records, "triage_inbox"))
            lines.append(f"- **{short_title(d.title)}**: {_decision_label(d)}. {reason}{f' {over}' if over else ''}{who}")
        lines += ["", _budget_line(inbox, situation)]
        lines += _unread_requests(situation)
        return lines + _inbox_replies(inbox, latest_input(records, "triage_inbox"))
    single = latest_result(records, "triage_request")
    if single is not None:
        request = latest_input(records, "triage_request").request
        lines = [f"**{_triage_subject(request)}: {_triage_answer(single, request)}.**"]
        lines += [f"- **First move:** {single.first_action}."] if single.first_action else []
        lines += [f"- {r.text}" for r in single.reasons[:3]]
        who = [n for n in request.interrupts if n]
        if who and not single.assignee and single.decision != "handle_yourself":
            sent = f"; {single.team_days:g} team days go to it now" if single.team_days else ""
            lines.append(f"- It would interrupt {', '.join(who)}{sent}.")
            lines += _triage_cost(single, latest_input(records, "triage_request"))
        elif not single.assignee:
            lines += _unnamed_cost(single, request, situation)
        return lines + _unread_size(situation) + ["", f"**What to say{_to_whom(request)}**"] + _quote(single.suggested_reply)
    return ["**Paste the asks, one per line (who, what, by when, roughly how big), and I will order them.** Until then, the "
            "order that usually holds:",
            "1. **Anything broken or blocking people now**, today, before anything else, however politely the rest was asked.",
            "2. **What is due soonest and only your team can do**, with the date agreed now.",
            "3. **Small things you can absorb yourself** (an hour or two), so the team keeps its focus.",
            "4. **Everything else** goes to the next planning, or gets a polite 'not now' with a date to look again.",
            "'Urgent' from everyone means nobody has said why: ask each of them what breaks, for whom, if it waits a week."]


def _focal_ask(inbox: Any, inp: Any, situation: Situation) -> tuple[Any, Any] | None:
    """The one new ask the question weighs with the team file's inbox ('on top of what's in the inbox, Ines wants Tom
    for two days'): its decision and request. None for a pasted list or a question about the inbox as a whole."""
    if inp is None or not inp.requests or situation.has("requests") or not situation.has("request_title"):
        return None
    new = inp.requests[-1]  # the planner adds the new ask after the team file's inbox
    d = next((d for d in inbox.decisions if d.title == new.title), None)
    return (d, new) if d is not None and len(inbox.decisions) > 1 else None


def _focal_answer(d: Any, req: Any, inbox: Any, inp: Any) -> list[str]:
    """The asked-about ask first, decided (yes and to whom, a smaller version that fits, or not yet and when), with the
    line for its requester; the rest of the inbox after it as context, without replies nobody asked for."""
    left = max(0.0, inbox.budget_days - (inbox.budget_used_days - d.team_days))
    who = _incident_owner(req.part_of, inbox, inp) if getattr(req, "part_of", "") else _focal_who(d, req, inp)
    verdict, reply = _focal_verdict(d, req, left, who)
    owner = f"{req.requester}'s ask" if req.requester else "The ask"
    said = [x for x in (f"about {req.effort_days:g} working day{'s' if req.effort_days != 1 else ''}" if req.effort_days else "",
                        f"due {req.deadline:%a %d %b}" if req.deadline else "") if x]
    lines = [f"**{owner} ({short_title(req.title)}{'; ' + ', '.join(said) if said else ''}): {verdict}**"]
    lines += [f"- **To who:** {who}."] if who and d.decision in ("pass_to_team", "hold_for_planning", "negotiate") else []
    fits = d.decision == "hold_for_planning" and req.effort_days <= left + 1e-9
    lines += ([f"- It fits: {req.effort_days:g} of the {left:g} days left of the interruption budget."] if fits else
              [f"- {r.text}" for r in d.reasons[:2] if d.decision != "hold_for_planning" or " aim" not in r.text])
    moves = _whose_work_moves(d, inp).strip()
    lines += [f"- {moves}"] if moves else []
    lines += _also_owed(d, req, inp)
    lines += ["", f"**What to tell {req.requester or 'them'}**", *_quote(reply)]
    rest = [x for x in inbox.decisions if x is not d]
    lines += ["", "**The rest of your inbox, for context**", _inbox_head(inbox)]
    lines += [f"- **{short_title(x.title)}**: {_decision_label(x)}." for x in rest]
    return lines


def _also_owed(d: Any, req: Any, inp: Any) -> list[str]:
    """What the person the ask names already owes from the inbox, with its date ('Aisha also owes Document model
    lineage, due Tue 15 Dec'): the load a yes adds to, said before the manager gives it to them."""
    named = {n.casefold() for n in req.interrupts}
    owed = [r for r in inp.requests if r.title != req.title and {n.casefold() for n in r.interrupts} & named]
    if not owed:
        return []
    said = "; ".join(f"{short_title(r.title)}{f', due {r.deadline:%a %d %b}' if r.deadline else ''}" for r in owed[:2])
    return [f"- {req.interrupts[0]} is also asked for: {said}."]


def _focal_who(d: Any, req: Any, inp: Any) -> str:
    """Who takes the ask: the person it names, the free person the triage chose, else the team's free people who are
    not already on something broken now (named with that, when they are the only ones)."""
    if d.assignee:
        return d.assignee
    if req.interrupts:
        return req.interrupts[0]
    on_fault = {n.casefold() for r in inp.requests if r.kind == "incident" for n in r.interrupts}
    free = [p.name for p in inp.people if p.status == "available"]
    idle = [n for n in free if n.casefold() not in on_fault]
    if idle:
        return idle[0]
    return f"{free[0]}, once the fault they are on now is handled (nobody else is free)" if free else ""


def _incident_owner(title: str, inbox: Any, inp: Any) -> str:
    """Who is on the live incident of this title: the person the triage gave it, the person it names, else the first
    free person on the team; '' when nobody is known."""
    decided = next((x for x in inbox.decisions if x.title == title), None)
    asked = next((r for r in inp.requests if r.title == title), None) if inp is not None else None
    free = [p.name for p in inp.people if p.status == "available"] if inp is not None else []
    return (decided.assignee if decided is not None and decided.assignee else
            asked.interrupts[0] if asked is not None and asked.interrupts else free[0] if free else "")


def _focal_verdict(d: Any, req: Any, left: float, who: str) -> tuple[str, str]:
    """The decision on the asked-about ask in one line, and the reply that says the same to its requester."""
    name = req.requester or "there"
    by = f" by {req.deadline:%a %d %b}" if req.deadline else ""
    person = who.split(",")[0] if who else "someone on the team"
    if getattr(req, "part_of", "") and d.decision == "pass_to_team":  # it started when a live incident did: one fault
        return (f"yes, today, as part of '{short_title(req.part_of)}': it started when that did, so {person}, who is on it, "
                "takes this with it.",
                f"Thanks{' ' + req.requester if req.requester else ''}, this looks like part of an issue we are already fixing, which started at the same time, so "
                f"it is in hand today: {person} will go through it as part of that, and we'll come back to you with what we "
                "find as we go.")
    if d.decision == "pass_to_team":
        return (f"yes, it gets through: {person} takes it{by}.",
                f"Thanks {name}, yes: {person} will take this{by}. I'll tell you straight away if anything gets in the way.")
    if d.decision == "handle_yourself":
        return f"yes, and you take it yourself{by}: it is small.", d.suggested_reply
    if d.decision == "hold_for_planning" and req.effort_days > left + 1e-9:
        if left < 0.5:
            return (f"not next week: the interruption budget is already spent, so it goes to planning and {by.strip() or 'its date'} "
                    "is only an aim until then.", d.suggested_reply)
        part = f"{left:g} day{'s' if left != 1 else ''}"
        return (f"not in full: its {req.effort_days:g} days are more than the {part} left of the interruption budget. Offer the "
                f"part that fits ({part}){by}, the rest after.",
                f"Thanks {name}. We can't give this {req.effort_days:g} full days next week without moving committed work. What "
                f"we can do: {part} on the part that matters most for you{by}, and the rest after that. Would that work?")
    if d.decision == "hold_for_planning":
        return (f"at Monday's planning, not before: it fits what is left of the interruption budget, so {person} can take it there{by}.",
                f"Thanks {name}, yes, we can do this{by}. It goes into Monday's planning, where I'll confirm who takes it, "
                "and I'll tell you straight away if the date is at risk.")
    label = {"negotiate": "not as asked: a smaller version or a later date", "decline_with_alternative": "no for now, with an "
             "alternative", "escalate": "escalate it today"}.get(d.decision, _decision_label(d))
    return f"{label}.", d.suggested_reply


def _whose_work_moves(d: Any, inp: Any) -> str:
    """' It asks for Aisha, who is heads-down on Feature store migration: ...': an ask that names someone in the team
    costs their work, said beside the decision so the manager weighs it (or gives it to someone else) at planning."""
    if inp is None or d.decision in ("escalate", "decline_with_alternative"):
        return ""
    req = next((r for r in inp.requests if r.title == d.title), None)
    people = {p.name.casefold(): p for p in inp.people}
    hit = [people[n.casefold()] for n in (req.interrupts if req is not None else []) if n.casefold() in people]
    p = next((p for p in hit if p.current_project), None)
    if p is None or req is None:
        return ""
    left = f", about {p.remaining_weeks:g} weeks left" if p.remaining_weeks else ""
    from tools.triage import BUSY_WORDS  # the triage's own words for where someone stands, one home

    doing = BUSY_WORDS.get(p.status, "blocked on" if p.status == "blocked" else "on")
    return (f" It asks for {p.name}, who is {doing} {p.current_project}{left}: a yes moves that by about "
            f"{days_words(req.effort_days).removeprefix('about ')}, unless someone else takes it.")


def _triage_cost(d: Any, inp: Any) -> list[str]:
    """What a yes costs the work of the person it goes to: their project moves by about the request's size."""
    if d.decision not in ("pass_to_team", "hold_for_planning", "negotiate") or inp is None:
        return []
    request = inp.request
    people = {p.name.casefold(): p for p in inp.people}
    hit = [people[n.casefold()] for n in request.interrupts if n.casefold() in people and people[n.casefold()].current_project]
    if not hit:
        return []
    p = hit[0]
    size = days_words(request.effort_days)
    left = f" (about {p.remaining_weeks:g} weeks left)" if p.remaining_weeks else ""
    return [f"- **What it costs:** {size.removeprefix('about ')} of {p.name}'s time, so {p.current_project}{left} moves by about that "
            f"much{_of_budget(request.effort_days, inp.team_budget_remaining_days)}; tell whoever waits on it now, not when it slips."]


def _of_budget(days: float, budget: float | None) -> str:
    """The ask against the interruption budget it is weighed with: ', and it takes the whole of this week's 3-day ...'."""
    if budget is None or budget <= 0 or days < 0.5:
        return ""
    if days >= budget - 1e-9:
        over = f" and {days - budget:g} more" if days > budget + 1e-9 else ""
        return f", and it takes the whole of this week's {budget:g}-day interruption budget{over}: nothing else gets through this week"
    return f", and it takes {days:g} of this week's {budget:g}-day interruption budget ({budget - days:g} left for anything else)"


COSTED = ("pass_to_team", "negotiate", "hold_for_planning")  # decisions that spend (or will spend) the team's time


def _unnamed_cost(d: Any, request: Any, situation: Situation) -> list[str]:
    """For an ask that names nobody: what a yes costs the team's planned work (the work the question names, with its
    date when it has one), and the smaller version to offer when that cost is too much. An incident has neither."""
    if d.kind == "incident" or d.decision not in COSTED or request.effort_days < 0.5:
        return []
    size = days_words(request.effort_days).removeprefix("about ")
    work = situation.get("project") if isinstance(situation.get("project"), str) else ""
    due = situation.get("current_deadline") if isinstance(situation.get("current_deadline"), str) else ""
    when = f" (due {date.fromisoformat(due):%a %d %b})" if due else ""
    planned = f"{work}{when}" if work else "the team's planned work"
    by = d.due or request.deadline
    first = f" by {by:%a %d %b}" if by is not None and not d.overdue else ""
    return [f"- **What it costs:** about {size} of someone's time, so {planned} moves by about that much unless something "
            "else gives; say so to whoever waits on it now.",
            f"- **A smaller version to offer** if that is too much: the part that matters most{first} (the highest-value or "
            "riskiest items first), the rest after."]


def _blocking_now(inbox: Any) -> list[Any]:
    """The incidents that go ahead now: something broken or blocking people, which comes before any planned ask."""
    return [d for d in inbox.decisions if d.kind == "incident" and d.decision in ("pass_to_team", "escalate")]


def _inbox_head(inbox: Any) -> str:
    """The headline: what is blocking people goes first, today; otherwise how many requests reach the team now."""
    total = _count(len(inbox.decisions))
    urgent = _blocking_now(inbox)
    if urgent:
        what = "; ".join(short_title(d.title) for d in urgent)
        escalate = " Escalate it now: it needs more hands than the team." if any(d.decision == "escalate" for d in urgent) else ""
        reached = inbox.reached_team
        only = len(reached) == 1 and reached[0] == urgent[0].title
        count = ("" if len(inbox.decisions) <= len(reached) else
                 f" Only {_count(len(reached))} of the {total} requests should reach your team now{': this one' if only else ''}.")
        move = next((d.first_action for d in urgent if d.first_action), "")
        first = f" **First move:** {move}." if move else ""
        return (f"**First, today: {_stop(what)}** It is broken or blocking people now, so it goes ahead of every planned or "
                f"polite ask.{first}{escalate}{count}")
    reached = inbox.reached_team
    if reached:
        return (f"**Only {_count(len(reached))} of the {total} requests should reach your team now**: "
                f"{_stop('; '.join(short_title(t) for t in reached))}")
    if len(inbox.decisions) == 1:
        return "**It does not need to reach your team now.**"
    return f"**None of the {total} requests needs to reach your team now.**"


DECISION_LABELS = {
    "pass_to_team": "the team takes it now",
    "handle_yourself": "you take it",
    "hold_for_planning": "later, at the next planning",
    "negotiate": "not as asked: agree a smaller version or a later date",
    "decline_with_alternative": "no, with an alternative",
    "escalate": "escalate it today",
}


def _decision_label(d: Any) -> str:
    """A decision in a manager's words; something blocking people now reads as first, today."""
    if d.kind == "incident" and d.decision == "pass_to_team":
        return "first, today"
    if d.question_back:
        return "a question back first, no work yet"
    if d.kind == "meeting" and d.decision == "handle_yourself":
        return "book a short chat; no work before it"
    return DECISION_LABELS.get(d.decision, d.decision.replace("_", " "))


def _budget_line(inbox: Any, situation: Situation) -> str:
    """The interruption budget as a manager reads it: how much is left this week after what reaches the team now, with
    the sizes said to be assumed where none was given."""
    from agent.brains.offline import budget_week

    budget, used = inbox.budget_days, inbox.budget_used_days
    week = budget_week(situation)
    if used <= 0:
        return f"Interrupt budget: all {budget:g} days left {week}; nothing here needs the team's time now."
    sized = {str(r.get("title")) for r in situation.get("requests") or [] if isinstance(r, dict) and r.get("effort_days")}
    unsized = [t for t in inbox.reached_team if t not in sized] if situation.has("requests") else []
    assumed = (f" ({'; '.join(short_title(t) for t in unsized)} sized at about a day{' each' if len(unsized) > 1 else ''}, "
               "since no size was given)" if unsized else "")
    left = inbox.budget_left_days
    over = f"; {'; '.join(short_title(t) for t in inbox.over_budget_incidents)} goes ahead anyway" if inbox.over_budget_incidents else ""
    return (f"Interrupt budget: {left:g} of {budget:g} days left {week} after what reaches the team now{assumed}{over}."
            f"{_budget_source(situation, budget)}")


def _budget_source(situation: Situation, budget: float) -> str:
    """Where the budget came from when the question did not state it: the team file's, or an assumption to correct."""
    if situation.has("interrupt_budget_days"):
        return ""
    if situation.has("requests") and not situation.has("person_in_team"):
        return f" You gave no budget I could read, so {budget:g} days is assumed: tell me your number and I will redo this."
    return ""


MAX_REPLIES = 5
TITLE_WORDS = 12  # a request is named in a few words, cut at a word, never mid-word

# Each triage decision as the answer to "yes or no?" (the priority score behind it stays internal).
TRIAGE_ANSWERS = {
    "pass_to_team": "yes, the team takes it now",
    "handle_yourself": "yes, and take it on yourself",
    "hold_for_planning": "not this week: schedule it at the next planning",
    "negotiate": "not as asked: agree a smaller version or a later date now",
    "decline_with_alternative": "no, with an alternative",
    "escalate": "escalate it today",
}


ALERT_PREFIX = re.compile(r"^[^\"“]{0,80}?\b(?:alerts?|bot|pager\w*|monitor\w*|on-?call)\b[^\"“]{0,40}?:\s+(?=[\"“A-Za-z])", re.I)


def short_title(title: str) -> str:
    """A request named in a few words: cut at a word boundary, never mid-word, and without a dangling quote."""
    alert = ALERT_PREFIX.match(title)  # 'alert from the ops bot, 05:40 today: "job FAILED ..."': the alert's own words
    title = title[alert.end() :].strip("\"“”' ") if alert else title
    title = re.split(r"(?<=\w)[?!.]\s", title, maxsplit=1)[0].rstrip("?!. ")  # the ask, without what follows it
    words = title.split()
    if len(words) <= TITLE_WORDS:
        return title.strip()
    return " ".join(words[:TITLE_WORDS]).rstrip(",;:-\"'“(") + "…"


def _triage_subject(request: Any) -> str:
    """What the headline names: whose request it is and what it asks, in a few words. A title read as the person asked
    for ('marco to redo the churn numbers') is the work without the name; a scrap ('marco for 1') is left out."""
    what = short_title(request.title)
    for name in request.interrupts:
        what = re.sub(rf"^{re.escape(name)}\s+(?:to|for)\s+", "", what, flags=re.I)
    if len(re.findall(r"[A-Za-z]{2,}", what)) < 2 or what.casefold() in {n.casefold() for n in request.interrupts}:
        return f"{request.requester}'s request" if request.requester else "This request"
    return f"{request.requester}'s request ({what})" if request.requester else f"\"{what}\""


def _triage_answer(d: Any, request: Any) -> str:
    """The decision as a yes or no, with who does it when it is not the person asked for."""
    if d.assignee:
        asked = " or ".join(request.interrupts) or "the person asked for"
        return f"yes, but not {asked}: give it to {d.assignee}"
    if d.decision == "pass_to_team" and d.kind == "incident":
        return "yes, now: it is an incident"
    due = d.due or request.deadline
    if d.decision == "hold_for_planning" and due is not None and not d.overdue:
        return f"yes, for {due:%a %d %b}: schedule it at the next planning"
    return TRIAGE_ANSWERS.get(d.decision, d.decision.replace("_", " "))


def _to_whom(request: Any) -> str:
    """' to Bastien' (or to their team) when the requester is known, so the reply is addressed."""
    if request.requester:
        return f" to {request.requester}"
    return f" to {request.requester_role}" if request.requester_role else ""


def _count(n: int) -> str:
    """A count of pasted items in words up to ten (it is counted, not computed, so no tool states it as a number)."""
    from lead_core.numbers import NUMBER_WORDS

    return NUMBER_WORDS[n] if 0 < n < len(NUMBER_WORDS) else str(n)


def _inbox_replies(inbox: Any, inp: Any) -> list[str]:
    """What to say to each person or team who asked, addressed to them: whoever reported something blocking people now
    first, then everyone who gets a no or a later, then the ones whose request goes ahead. An alert from a bot or channel has nobody to answer and gets no reply; a no or a
    later with nobody named goes to whoever asked, named by their request."""
    asked = {r.title: r for r in (inp.requests if inp is not None else [])}
    urgent = _blocking_now(inbox)
    later = [d for d in inbox.decisions if d.decision not in ("pass_to_team", "escalate")]
    ahead = [d for d in inbox.decisions if d.decision in ("pass_to_team", "escalate") and d not in urgent]
    one = _one_writer(inbox, asked)
    if one:  # every ask came in one message from one person: one reply to them, covering each ask in its order
        return ["", f"**What to say to {one}** (one reply to all {len(inbox.decisions)} asks)", *_quote(_combined_reply(one, inbox, asked))]
    lines: list[str] = []
    for d in [*urgent, *later, *ahead][: MAX_REPLIES * 2]:
        req = asked.get(d.title)
        to = _addressee(req) if req is not None else ""
        if not to and d in urgent:
            continue  # an alert from a bot or a channel has nobody to answer
        to = to or f"whoever asked for \"{short_title(d.title)}\""
        lines += ["", f"To {to} ({_reply_label(d)}):", *_quote(d.suggested_reply)]
    return ["", "**What to say to each of them**", *lines] if lines else []


def _one_writer(inbox: Any, asked: dict[str, Any]) -> str:
    """The one person every ask came from ('Thanks, Dagny' under three numbered asks), else ''."""
    who = {asked[d.title].requester for d in inbox.decisions if d.title in asked}
    return next(iter(who)) if len(who) == 1 and len(inbox.decisions) >= 2 and next(iter(who)) else ""


def _combined_reply(name: str, inbox: Any, asked: dict[str, Any]) -> str:
    """'Hi Dagny, thanks. On each: 1) the loss numbers: yes, ... 2) ...': each ask's own reply without its greeting, in the
    order they were asked."""
    order = {title: i for i, title in enumerate(asked)}
    parts = []
    for n, d in enumerate(sorted(inbox.decisions, key=lambda d: order.get(d.title, 99)), 1):
        said = re.sub(rf"^(?:thanks|thank you)(?:,? {re.escape(name)})?[,.!]?\s*", "", d.suggested_reply.strip(), flags=re.I)
        said = re.sub(r"^(?:yes|yes, we'll do this|we'll do this)[:,.]\s*", "yes: ", said, flags=re.I)
        what = d.title if len(d.title) <= 90 else short_title(d.title)
        said = said if re.match(r"I\b|I['’]", said) else said[:1].lower() + said[1:]
        parts.append(f"{n}) {what[:1].upper() + what[1:]}: {said}")
    return f"Hi {name}, thanks for these. On each:\n" + "\n".join(parts)


BOT_ROLES = re.compile(r"\b(?:bot|alerts?|monitor\w*|pager\w*|ops[- ]?bot|#)", re.I)


def _inbox_groups(inbox: Any, inp: Any = None) -> list[str]:
    """The rest of 'what goes first, what do I push back on, what can sit', one line: what you take on, what you push
    back on (a no, a smaller version, or a date that is only an aim until it is sized), and what can sit until planning."""
    asked = {r.title: r for r in (inp.requests if inp is not None else [])}
    today = inp.today if inp is not None else None
    later = [d for d in inbox.decisions if d.decision in ("hold_for_planning", "negotiate", "decline_with_alternative")]
    pushed = [d for d in later if _pushed_back(d, asked.get(d.title), today)]
    aimed = [d for d in pushed if d.decision == "hold_for_planning"]  # a near date taken as an aim, not a no
    pushed = [d for d in pushed if d not in aimed]
    sits = [d for d in later if d not in pushed and d not in aimed]

    def named(ds: list[Any]) -> str:
        return _stop("; ".join(f"{short_title(d.title)}{_by(asked.get(d.title))}" for d in ds))

    taken = [d for d in inbox.decisions if d.decision == "handle_yourself"]
    parts = [f"**You take:** {named(taken)}" if taken else "",
             f"**Push back on:** {named(pushed)} Not as asked: the reply below says what they get instead." if pushed
             else "**Nothing needs a push back:** nobody gets a flat no.",
             f"**Their date is an aim until sized:** {named(aimed)}" if aimed else "",
             f"**Can sit until planning:** {named(sits)}" if sits else ""]
    return ["", " ".join(p for p in parts if p)]


PUSH_BACK_WINDOW_DAYS = 15  # a dated ask this close competes with this week's work: its date is pushed back on until sized


def _pushed_back(d: Any, req: Any, today: date | None) -> bool:
    """A no, a smaller version, or a near date on work bigger than a day that nobody has sized yet (the reply makes the
    date an aim): the asks a manager pushes back on. Compliance is never pushed back on, only scheduled."""
    if d.kind in ("incident", "compliance"):
        return False
    if d.decision in ("negotiate", "decline_with_alternative"):
        return True  # a smaller version, a later date or a 'not now' is a push back, dated or not
    from tools.triage import SURE_SIZE_DAYS

    near = req is not None and req.deadline is not None and today is not None and (req.deadline - today).days <= PUSH_BACK_WINDOW_DAYS
    return d.decision == "hold_for_planning" and near and req.effort_days > SURE_SIZE_DAYS


def _by(req: Any) -> str:
    """' (Koa)', ' (Idunn, due Fri 08 Jan)': who asked and by when, when known, so the manager sees whose ask it is and
    the date they gave is in the answer, never only in the triage's inputs."""
    said = [str(req.requester)] if req is not None and req.requester else []
    due = getattr(req, "deadline", None)
    said += [f"due {due:%a %d %b}"] if due is not None else []
    return f" ({', '.join(said)})" if said else ""


def _stop(text: str) -> str:
    """The text as a sentence: a full stop, unless it already ends with one or with an ellipsis."""
    return text if text.endswith(("…", ".", "?", "!")) else f"{text}."


def _addressee(req: Any) -> str:
    """A person or team to write to: the requester, else their role ('sales'); never a bot or an alert channel."""
    if req.requester and not BOT_ROLES.search(req.requester):
        return f"{req.requester} ({req.requester_role})" if req.requester_role and not BOT_ROLES.search(req.requester_role) else req.requester
    if req.requester_role and not BOT_ROLES.search(req.requester_role):
        role = req.requester_role
        return f"the {role}" if re.search(r"\b(?:auditors?|regulators?|inspectors?|assessors?|examiners?|ombudsman)$", role, re.I) and not role.lower().startswith("the ") else role
    return ""


def _reply_label(d: Any) -> str:
    """A decision as the requester hears it: yes, later, a smaller version, no."""
    if d.kind == "incident" and d.decision == "pass_to_team":
        return "on it now"
    if d.question_back:
        return "a question first"
    if d.kind == "meeting" and d.decision == "handle_yourself":
        return "yes to a chat"
    return {"pass_to_team": "yes", "handle_yourself": "yes, you take it", "hold_for_planning": "later",
            "negotiate": "not as asked", "decline_with_alternative": "no, with an alternative",
            "escalate": "escalated"}.get(d.decision, d.decision.replace("_", " "))


def _unread_requests(situation: Situation) -> list[str]:
    """The pasted items the triage could not read, named, with a question: one bad item never sinks the rest."""
    from agent.brains.offline import readable_request

    items = situation.get("requests") or []
    bad = [str(r.get("title") or "an item") if isinstance(r, dict) else "an item" for r in items if readable_request(r) is None]
    if not bad:
        return []
    names = "; ".join(f'"{b[:80]}"' for b in bad[:3])
    return ["", f"**Not triaged:** I could not read {names} as a request (its size or date did not make sense). "
            "How big is it, and by when is it needed? I left it out rather than guess."]


def _unread_size(situation: Situation) -> list[str]:
    """When the stated size of the request could not be its effort (a period such as 'the last 18 months')."""
    from agent.brains.offline import request_effort_days

    fact = situation.fact("request_effort_weeks")
    if fact is None or request_effort_days(situation) is not None:
        return []
    said = f' "{fact.text}"' if fact.text else " the size you gave"
    return [f"- I did not take{said} as the size of the job: it reads as a period, not the work. I assumed about 2 days; "
            "tell me how big it really is and I will redo this."]


# A line for investors per archetype: the setup said as a deliberate choice (the next hire is added after it).
INVESTOR_LINES = {
    "nascent_ad_hoc": "We apply ML where we already have the data and a clear owner, and ship simple models fast",
    "rnd": "Our ML group works on long-term bets, each with a product owner waiting for the result",
    "product_embedded": "ML sits inside our product team: the people who build the models ship them to users themselves, so every model is measured on the product",
    "independent_division": "A dedicated ML division builds models into our client-facing products, on shared tooling and standards",
    "ml_first": "ML runs through the whole company: product teams ship models on a shared platform, and a central group takes the hard problems",
}
# Next moves that assume more ML people than a handful (a guild, a catalogue): left out for a few people.
BIG_ORG_MOVES = re.compile(r"\bguild\b|\bcatalogue\b|\bdivision\b|\bcross-team\b", re.I)


def _platform_split_lines(split: Any, situation: Situation) -> list[str]:
    """What is left of a platform team after a split, what breaks first and what would make it work."""
    pods = f", about {split.per_pod:g} per pod" if split.pods > 1 else ""
    verdict = (
        "A platform team in name only: pods that small can keep the lights on (on-call, upgrades) but not build the roadmap."
        if split.per_pod < 3 else "Still a platform team, but a thinner one: expect the shared roadmap to slow."
    )  # fmt: skip
    lines = [
        f"**What's left: {split.left} of {split.team_size} people on the platform{pods}.** {verdict}",
        "",
        "**What breaks first**",
        f"1. On-call and support: {split.left} people now cover the serving and training incidents {split.team_size} covered; the rota thins first.",
        "2. The shared roadmap: embedded engineers take their product team's priorities, so upgrades, migrations and shared features stall.",
        f"3. Standards drift: each of the {split.product_teams} product teams solves the same problem its own way, and soon there are several ways to train and deploy.",
        "4. The embedded engineers' careers: away from their platform peers and reviews, they drift or leave.",
        "",
        "**What would make it work** (conditions for your reply)",
        "- A dotted line back: embedded engineers keep the platform lead as their technical home (design reviews, standards, career), with a rotation so it isn't one-way.",
        "- Clear ownership: the pods own the shared serving and training stack and its on-call; product teams own their models on it.",
        "- A floor: keep the platform big enough to cover on-call without heroics, or put the embedded engineers on the rota.",
        "- A check after one quarter: incidents, platform lead times, and how often a product team forks the stack.",
    ]
    deadline = situation.get("deadline")
    if isinstance(deadline, str) and deadline:
        lines += ["", f"**Reply by {fact_value_text('deadline', deadline)}**: agree with the goal (ML closer to the product teams), and make the dotted line, the rotation and the on-call floor the conditions."]
    return lines + [""]


def _asked_lines(res: Any) -> list[str]:
    """Answers to what the manager asked besides 'what are we': the next hire, a line for investors, what breaks."""
    hire = res.next_hire
    lines: list[str] = []
    if "next_hire" in res.asked:
        lines += ["", _hire_line(hire)]
    if "investor_line" in res.asked:
        lines += ["", f"**A line for investors or the board:** \"{INVESTOR_LINES[res.top]}. Our next hire is {hire.role}, {hire.why}.\""]
    if "what_breaks" in res.asked and res.platform_split is None and not res.org_answers:  # an answered move says what it breaks
        lines += ["", "**What breaks first**"] + [f"- {c}." for c in res.profile.challenges[:2]]
    return lines


def _hire_line(hire: Any) -> str:
    """The hire as a call: the role, why in the manager's words, and what would change it."""
    if not hire.because:
        return f"**Next hire: {hire.role}**, {hire.why}." + (f" {hire.unless}" if hire.unless else "")
    said = [f'"{part.strip().replace(chr(34), chr(39))}"' for part in hire.because.split("; ") if part.strip()]
    quoted = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
    return f"**Next hire: {hire.role}.** You said {quoted}, so {hire.why}." + (f" {hire.unless}" if hire.unless else "")


def _risk_lines(res: Any) -> list[str]:
    """A risk the manager named (a model only one person understands), with what to do about it first."""
    key = next((f for f in res.facts if f.kind == "key_person"), None)
    if key is None:
        return []
    what = key.subject or "that model"
    owner = " The hire above becomes its second owner." if "next_hire" in res.asked and what in res.next_hire.why else ""
    return ["", f"**A risk you named: {what} depends on one person** (\"{key.evidence}\"). Start now, whatever the hire: "
            "pair a second person on its next change, write down how it is trained, deployed and rolled back, and make it "
            f"retrainable from the repository by someone else.{owner}"]


def _staffing_lines(res: Any) -> list[str]:
    """The archetype's design notes, strengths and challenges; a note the description contradicts is said as the gap, not as fact."""
    dc, prof = res.profile.design_choices, res.profile
    said = {c.statement: c.said for c in res.checks}

    def low(text: str) -> str:  # 'ML engineers' keeps its capitals
        return text if text[1:2].isupper() else text[:1].lower() + text[1:]

    def note(label: str, text: str) -> str:
        if text not in said:
            return f"- {label}: {text}"
        return f"- {label}: in this archetype, {low(text).rstrip('.')}. Not here yet: you said {said[text]}; that is the gap to close."

    strengths = [s for s in prof.strengths if s not in said]
    lines = ["", "**What it means for how you staff**", note("Emphasis", dc.software_vs_research_note),
             note("Data", dc.data_ownership_note), note("Models", dc.model_ownership_note)]
    if strengths:
        lines.append(f"- Strengths: {'; '.join(strengths)}.")
    lines += [f"- Not true here yet: {low(s)} (you said {said[s]})." for s in prof.strengths if s in said]
    return lines + [f"- Challenges: {'; '.join(prof.challenges)}."]


def _structure_lines(res: Any) -> list[str]:
    """The direct questions answered first, then how ML is laid out (named), the calls asked for (the hire) and a
    named risk, then that layout's usual fixes."""
    answers = [line for a in res.org_answers for line in _org_answer_lines(a)]
    st = res.structure
    if st is None:
        return answers
    if res.short:  # only the name was asked: the name and the two choices that make it work
        return answers + [f"**It is {st.name}.** {st.summary}", "", "What makes it work:"] + [f"- {fix}" for fix in st.fixes[:2]] + [""]
    named = [f"**What you have: {st.name}** (from \"{st.why}\"). {st.summary}", ""]
    calls = [line for line in _asked_lines(res) + _risk_lines(res)][1:]  # each starts with a blank line
    calls = calls + [""] if calls else []
    if any(a.moves for a in res.org_answers):  # the moves written from their facts replace the layout's usual fixes
        return named + answers + calls
    return named + answers + calls + ["**The usual fixes**"] + [f"{i}. {fix}" for i, fix in enumerate(st.fixes, 1)] + [""]


def _org_answer_lines(answer: Any) -> list[str]:
    """A direct org question answered: the verdict, then the moves (each with its trade-off) under their heading."""
    lines = [f"**{answer.question}** {answer.answer}", ""]
    if answer.moves:
        lines += [f"**{answer.moves_heading}**" if answer.moves_heading else ""] + [f"{i}. {m}" for i, m in enumerate(answer.moves, 1)] + [""]
    return lines


def compose_archetype(records: list[dict[str, Any]], situation: Situation) -> list[str]:
    """The org reading, and when someone asked the manager about the org and they want what to say back ('the CMIO
    asked me what structure we should have ... what do i tell her'), the call written for that reader."""
    lines = _archetype_lines(records, situation)
    res = latest_result(records, "score_archetype")
    return lines + _org_reply(res, situation) if res is not None and "stakeholder_message" in situation.intents else lines


def _org_reply(res: Any, situation: Situation) -> list[str]:
    """'What to tell the CMIO': each call on the org question, in the first person, with what to agree first."""
    calls = [a for a in res.org_answers if a.answer]
    if not calls:
        return []
    audience = situation.fact("audience")
    said = audience.text.strip() if audience is not None and audience.source == "question" and audience.text else ""
    reader = str(situation.get("recipient") or said or "them")
    reader = f"the {reader}" if reader != "them" and (reader.isupper() or reader.islower()) else reader
    body = []
    for a in calls[:2]:
        asked = re.sub(r"^Should (?P<s>.+?) (?P<v>(?:fold|move|join|split|merge|be|go|come|pull|hire)\b.*?)\??$", r"whether \g<s> should \g<v>", a.question)
        asked = re.sub(r"\byour\b", "my", re.sub(r"\byou\b", "me", asked))
        call = re.split(r"(?<=[.!?])\s+", a.answer.strip())[0]
        body.append(f"On {asked[:1].lower() + asked[1:]}: {call[:1].lower() + call[1:]}" if asked.lower().startswith("whether") else f"{asked} {call}")
        moves = [m for m in a.moves][:3]
        if moves:
            body.append("What I'd agree first: " + " ".join(f"({i}) {m[:1].lower() + m[1:].rstrip('.')}" + ("." if i == len(moves) else ";") for i, m in enumerate(moves, 1)))
    return ["", f"**What to tell {reader}**", *_quote("\n\n".join(body))]


def _archetype_lines(records: list[dict[str, Any]], situation: Situation) -> list[str]:
    res = latest_result(records, "score_archetype")
    if res is None:
        return ["Describe how ML is organized (who it reports to, who owns data and deployed models) and I will score it."]
    prof = res.profile
    few = res.answers.get("ml_team_size") in ("few", "none")
    lines = _platform_split_lines(res.platform_split, situation) if res.platform_split is not None else []
    stage = ", at an early stage" if few and res.top != "nascent_ad_hoc" else ""
    lines += _structure_lines(res)
    if any(a.whole_answer for a in res.org_answers):  # a first team's shape and hire: the answer, then only where it sits
        return lines + [f"In the five FSDL archetypes you sit closest to {prof.name} today; the first hire is how you leave it."]
    if res.structure is not None and res.confidence == "low" and any(a.moves for a in res.org_answers):
        while lines and not lines[-1]:
            lines.pop()
        return lines  # the moves from their own facts are the answer; a weak maturity label adds nothing they asked for
    if res.short or (res.structure is not None and res.confidence == "low"):  # the layout is the answer; a weak maturity label would bury it
        return lines + [f"In the five FSDL archetypes (how mature ML is, not how it is laid out) it sits closest to {prof.name}{stage}."]
    if res.answered == 0 and res.org_answers:  # a tie of priors is no reading: the decision asked is the answer
        while lines and not lines[-1]:
            lines.pop()
        return lines + _asked_lines(res)[:2] + ["", "Nothing you said places you among the five FSDL archetypes yet (all five "
                                               "score the same), so I left the label out rather than guess."]
    lead = "In the FSDL archetypes you look most like" if res.structure is not None else "You look most like:"
    lines += [
        f"**{lead} {prof.name}{stage}** ({res.confidence} confidence; runner-up: {res.runner_up_profile.name}). {prof.summary}",
    ]
    if res.structure is None:
        lines += _asked_lines(res) + _risk_lines(res)
    moves = [m for m in res.next_moves or prof.next_moves if not (few and BIG_ORG_MOVES.search(m))] if res.structure is None else []
    if moves:
        lines += ["", "**Next moves**"] + [f"- {m}" for m in moves[:5]]
    if res.platform_split is not None:
        return lines  # the reorg is the question: the staffing notes of an archetype label would bury the answer
    lines += _staffing_lines(res)
    if res.unknown and res.confidence == "low" and res.platform_split is None:
        from tools.archetype import QUESTIONS
        asks = [QUESTIONS.get(q, q) for q in res.unknown if q not in res.covered][:3]  # never ask back what the description covers
        if asks:
            lines += ["", "To sharpen this, tell me:"] + [f"- {q}" for q in asks]
    return lines


def _blocker_lines(situation: Situation) -> list[str]:
    """What a forecast assumes of a block the manager named ('marco's been stuck 3 days on the snapshot job')."""
    blocker, person = situation.get("blocker"), situation.get("person")
    if not situation.stated("blocker") or not isinstance(blocker, str):
        return []
    who = person if isinstance(person, str) else "The work"
    if re.match(r"(?:slow|struggling|behind|dragging|crawling)\b", blocker):  # 'tom's been slow on the rubric'
        return [f"- You said {who} has been {blocker}: these odds take the estimate as it stands; if that part keeps running long, "
                "plan on the later dates of the range, not the middle."]
    return [f"- {who} has been stuck {blocker}: these dates assume it clears today; each extra day it stays stuck moves them about a working day later, "
            "so clearing it comes first."]


def compose_planning(records: list[dict[str, Any]], situation: Situation) -> list[str]:
    forecasts = all_results(records, "forecast_completion")
    if not forecasts:
        return ["Give me the tasks left with a rough range for each (or a team file with projects) and I will forecast them."]
    lines: list[str] = []
    names = _forecast_names(situation, len(forecasts))
    deadlines = _forecast_deadlines(records)
    plans = all_inputs(records, "forecast_completion")
    for i, forecast in enumerate(forecasts):
        if i:
            lines.append("")
        lines += [_forecast_lead(forecast, situation, names[i], deadlines[i])]
        lines += _basis_lines(plans[i] if i < len(plans) else None, situation.get("milestone"), situation.get("done_tasks") if situation.stated("done_tasks") else None)
        lines += _confidence_lines(forecast, situation.get("confidence_level")) + _part_risk_lines(situation, forecast)
        lines += [f"- {n}" for n in forecast.notes]
        if len(forecasts) == 1:
            lines += _blocker_lines(situation) + _forecast_advice(forecast, records, deadlines[i], _target(situation))
    lines += _prescription_lines(records) + _plan_doubts(records)
    if latest_result(records, "draft_message") is not None:
        lines += _draft_lines(records, _draft_heading(records, situation))
    return lines


def _basis_lines(plan: Any, milestone: Any = None, done: Any = None) -> list[str]:
    """What the forecast counted when it used the owner's own estimate of what is left rather than the task plan from the
    project's start, with the units said (a week is five working days); for a date asked for one step, the steps counted;
    with steps said done, the steps left and where they start."""
    from agent.brains.offline import remaining_work_owner

    if plan is not None and plan.tasks and isinstance(done, list) and done and not any(t.name in done for t in plan.tasks):
        unit = "working days" if plan.unit == "days" else "weeks"
        steps = "; ".join(f"{t.name}{f' ({t.assignee})' if t.assignee else ''}, {t.optimistic:g}-{t.pessimistic:g} {unit}"
                          + (f", {t.success_probability:.0%} it works" if t.success_probability < 1 else "") for t in plan.tasks)
        start = f" from {plan.start:%a %d %b}" if plan.start else ""
        return [f"- Counted{start} on the team file's task plan for what is left: {steps}. Not counted, as you said it is done: {', '.join(done)}."]

    owner_first = plan is not None and bool(plan.tasks) and remaining_work_owner(plan.tasks[0].name) is not None
    if plan is not None and plan.tasks and isinstance(milestone, str) and plan.tasks[-1].name == milestone and not owner_first:
        unit = "working days" if plan.unit == "days" else "weeks"
        steps = "; ".join(f"{t.name}{f' ({t.assignee})' if t.assignee else ''}, {t.optimistic:g}-{t.pessimistic:g} {unit}"
                          + (f", {t.success_probability:.0%} it works" if t.success_probability < 1 else "") for t in plan.tasks)
        start = f" from {plan.start:%a %d %b}" if plan.start else ""
        return [f"- Counted{start} on the team file's task plan up to {milestone}: {steps}. The plan does not say how much is "
                "already done, and nothing after this step is counted."]
    first = plan.tasks[0] if plan is not None and plan.tasks else None
    owner = remaining_work_owner(first.name) if first is not None else None
    if owner is None:
        return []
    per = WORKDAYS_PER_WEEK if plan.unit == "days" else 1
    low, likely, high = (round(x / per, 2) for x in (first.optimistic, first.most_likely, first.pessimistic))
    unit = "working days" if plan.unit == "days" else "weeks"
    after = [f"{t.name}{f' ({t.assignee})' if t.assignee else ''}, {t.optimistic:g}-{t.pessimistic:g} {unit}" for t in plan.tasks[1:]]
    then = f", then {'; '.join(after)} (the team file's estimates are in {unit})" if after else ""
    start = " from today" if plan.start and plan.start == plan.today else f" from {plan.start:%a %d %b}" if plan.start else ""
    return [f"- Counted{start} on {owner}'s own estimate of what is left ({low:g}-{high:g} weeks, most likely {likely:g}; a week "
            f"is {WORKDAYS_PER_WEEK} working days){then}: the project's task plan runs from its start, and the team file does not "
            "say how much of it is done."]


def _forecast_deadlines(records: list[dict[str, Any]]) -> list[date | None]:
    """The deadline date of each forecast that ran this turn, in order (None when the plan gave none as a date)."""
    from tools.simulate import deadline_date

    return [deadline_date(plan) for plan in all_inputs(records, "forecast_completion")] or [None]


def _when(point: Percentile) -> str | None:
    if point.working_days is None:
        return None
    days = f"{point.working_days:.1f} working days"
    return f"{point.date} ({days})" if point.date else days


def _part_risk_lines(situation: Situation, forecast: Forecast) -> list[str]:
    """A chance said of one part of a step helping ('50/50 the SNR features help'): the forecast counts the step going
    ahead either way; the line says so, what the part costs a date that needs it, and when its answer is known."""
    tasks = situation.get("tasks") if situation.stated("tasks") else None
    lines = []
    for t in tasks or []:
        part, p = (t.get("risky_part"), t.get("success_probability")) if isinstance(t, dict) else (None, None)
        if not isinstance(part, str) or not isinstance(p, (int, float)):
            continue
        level = situation.get("confidence_level")
        needs = (f" If going live needs the {part} to help, no date reaches {level:g}%: the best any date gets is {pct(float(p))}."
                 if isinstance(level, (int, float)) and level / 100 > p else f" If going live needs the {part} to help, every chance here is at most {pct(float(p))}.")
        lines.append(f"- **The {pct(float(p))} is a risk to the {part}, not to '{t.get('name')}':** the dates above are for going live "
                     f"on '{t.get('name')}' with or without them.{needs} Decide on the {part} when '{t.get('name')}' is done, so "
                     "that day's choice is already agreed.")
    return lines


def _confidence_lines(forecast: Forecast, level: float | None) -> list[str]:
    """The answer to "what date, with N% confidence?": the date by which N% of all trials finish, counting the ones
    that fail outright as misses (never a percentile of the successful trials passed off as the overall chance)."""
    if level is None:
        return []
    shown = f"{level:g}"
    c = forecast.commitment
    if c is None:
        return _percentile_confidence(forecast, level)
    if not c.reachable:
        cause = forecast.failure_causes[0].name if forecast.failure_causes else "a risky step"
        works = works_condition(cause)
        date_line = (f"- **The {shown}% date: {c.if_works_date:%a %d %b %Y}, if {works}** ({shown}% of the trials where it "
                     "works finish by then): give it with that condition said." if c.if_works_date is not None else "")
        known = (f"- **Known by {c.known_by_date:%a %d %b %Y}** ({shown}% of trials): by then '{cause}' has either worked or "
                 f"not. Commit to the date above on that condition, and name now what happens if it has not (a fallback, or the "
                 "rest going ahead without it) so the decision on that day is already made." if c.known_by_date is not None else "")
        return [line for line in (date_line,
            f"- **No date reaches {shown}%** without that condition: in {pct(forecast.failure_share)} of trials '{cause}' fails "
            f"outright, so the best any date gets is {pct(c.best_probability)}. Give the date only as 'if {works}', or add a "
            "fallback for it first.", known) if line]  # fmt: skip
    failing = f", counting the {pct(forecast.failure_share)} of trials that fail outright as misses" if forecast.failure_share > 0 else ""
    when = f"{c.date:%a %d %b %Y}** ({c.working_days:.1f} working days)" if c.date else f"{c.working_days:.1f} working days**"
    return [f"- **The {shown}% date: {when}{failing}: that is the date to commit to."]


def works_condition(cause: str) -> str:
    """The condition a date is given under when a step can fail outright: 'Training works', or the owner's approach
    when the step is what they say is left of their work."""
    from agent.brains.offline import remaining_work_owner

    owner = remaining_work_owner(cause)
    return f"{owner}'s approach works" if owner else f"'{cause}' works"


def _percentile_confidence(forecast: Forecast, level: float) -> list[str]:
    """A confidence answer from the P50/P80/P95 points, for a forecast made without a commitment level."""
    shown = f"{level:g}"
    points = {lvl: _when(getattr(forecast, f"p{lvl}")) for lvl in (50, 80, 95)}
    if level in points and points[level]:
        return [f"- For {shown}% confidence: {points[level]}."]
    above = next((lvl for lvl in (50, 80, 95) if lvl >= level and points[lvl]), None)
    below = next((lvl for lvl in (95, 80, 50) if lvl <= level and points[lvl]), None)
    if above is None:
        return [f"- {shown}% confidence is beyond what the simulation resolves; the 95% point is {points[95] or 'not available'}."]
    text = f"- For {shown}% confidence, commit to the {above}% point: {points[above]}"
    if below is not None and below != above:
        text += f" (the {below}% point is {points[below]}, so {shown}% falls between the two)"
    return [text + "."]


FACT_LABELS = {
    "person": "Who", "person_in_team": "In your team file", "person_role": "Role", "project": "Current work",
    "done_weeks": "Already invested", "remaining_weeks": "Time left", "new_work": "New work",
    "new_work_weeks": "New work size", "success_probability": "Chance it works", "deadline": "Date that matters",
    "start_date": "Starts", "requester": "Asked by", "audience": "Message for", "recipient": "Recipient",
    "purpose": "Message purpose", "meeting_minutes": "Meeting length", "meeting_date": "Meeting on", "cues": "What you noticed",
    "question_asked": "Their question", "tasks": "Tasks", "parallel": "In parallel", "headcount": "People asked for",
    "load_percent": "Team load", "backlog_weeks": "Backlog", "confidence_level": "Confidence wanted",
    "decision": "Decision to share", "request_title": "Request", "request_kind": "Kind of request",
    "request_effort_weeks": "Request size", "urgency": "Urgency", "org": "Org answers", "org_change": "The change floated",
    "draft_text": "Your message", "days_off": "Days off", "away_days": "Their own days off", "away_person": "Whose days off", "no_year_end_break": "No break over the year end", "requests": "Requests", "interrupt_budget_days": "Interruption budget", "time_share": "Share of their time", "work_share": "Time on this work", "work_share_until": "That share holds until", "blocker": "Stuck on",
    "current_deadline": "Their current work is due", "answer_by": "They need the answer by", "due_item": "Due on that date", "new_date": "New date", "new_work_shape": "Kind of ask",
    "recipient_org": "Their organisation", "recipient_group": "Group", "offer": "Your offer", "reason": "To explain",
    "checkpoint": "That date is a decision checkpoint", "promised_to": "Promised to", "milestone": "Forecast up to", "ships_on": "Launches on", "done_tasks": "Done already (not counted)", "cost": "Cost",
    "with_inbox": "Weighed with your inbox", "free_teammates": "Free to take it instead", "fallback_asked": "Wants the offer for a no", "ready_before": "Needed in place before that date", "relationship": "Who they are to you",
}  # fmt: skip
# Facts that are the manager's own sentences: shown once, shortened, never echoed twice on one line.
WORDS_FACTS = frozenset({"decision", "reason", "offer", "question_asked", "blocker", "org_change"})


def _weeks(value: float) -> str:
    return f"{value:g} week" if value == 1 else f"{value:g} weeks"


def _said_in_days(said: str) -> bool:
    """True when the manager wrote the size in days ('3 days', 'a day and a half'), so it is said back in days."""
    return bool(re.search(r"\bdays?\b", said, re.I)) and not re.search(r"\b(?:weeks?|wks?|sprints?|months?)\b", said, re.I)


def fact_value_text(name: str, value: Any, said: str = "") -> str:
    """A fact's value in words ('1.5-3 weeks (most likely 2)', '60%', 'Fri 15 Jan 2027'); a size the manager wrote in
    days (`said`) is said back in working days."""
    if name in ("remaining_weeks", "new_work_weeks", "request_effort_weeks") and isinstance(value, list) and len(value) == 3:
        if _said_in_days(said):
            low, likely, high = (round(float(v) * WORKDAYS_PER_WEEK, 1) for v in value)
            return f"{likely:g} working day{'s' if likely != 1 else ''}" if low == likely == high else f"{low:g}-{high:g} working days (most likely {likely:g})"
        low, likely, high = (round(float(v), 1) for v in value)  # '2.62-3.75' reads as false precision: 2.6-3.8
        return _weeks(likely) if low == likely == high else f"{low:g}-{high:g} weeks (most likely {likely:g})"
    if name in ("done_weeks", "backlog_weeks"):
        return _weeks(value)
    if name == "success_probability":
        return pct(float(value))
    if name in ("load_percent", "confidence_level"):
        return f"{value:g}%"
    if name == "meeting_minutes":
        return f"{value} minutes"
    if name in ("deadline", "start_date", "meeting_date", "current_deadline", "new_date", "answer_by") and isinstance(value, str):
        from datetime import date

        return date.fromisoformat(value).strftime("%a %d %b %Y")
    if name == "work_share_until" and isinstance(value, str):
        from datetime import date

        return f"{date.fromisoformat(value):%a %d %b %Y}, full time after"
    if name == "tasks" and isinstance(value, list):
        return "; ".join(f"{t.get('name')} {fact_value_text('remaining_weeks', _as_triple(t.get('weeks')), 'days' if t.get('unit') == 'day' else '')}{_task_chance(t)}" for t in value)
    if name in ("days_off", "away_days") and isinstance(value, list) and value:
        from datetime import date

        return f"{_day_runs(sorted(date.fromisoformat(v) for v in value))} ({len(value)} working days, skipped by the forecast)"
    if name == "requests" and isinstance(value, list):
        return "; ".join(f"{r.get('requester') or r.get('requester_role') or 'someone'}: {r.get('title')}" for r in value)
    if name == "relationship":
        return {"peer": "a peer, not your report", "boss": "your own manager", "skip": "a report of one of your managers",
                "other_team": "someone in another team, not your report"}.get(str(value), str(value))
    if name == "new_work_shape":
        return "a fixed stretch of their time" if value == "fixed_loan" else str(value)
    if name == "work_share" and isinstance(value, (int, float)):
        return f"{float(value):.0%} of their time"
    if name == "time_share":
        return " or ".join(f"{float(v):.0%}" for v in value) if isinstance(value, list) else f"{float(value):.0%}"
    if name == "interrupt_budget_days":
        return f"{value:g} working day{'' if float(value) == 1 else 's'} (the time you said you have for asks)"
    if name == "draft_text" and isinstance(value, str):
        return f"pasted ({len(value.split())} words)"
    if name == "org" and isinstance(value, dict):
        return ", ".join(f"{k.replace('_', ' ')}: {v.get('answer') if isinstance(v, dict) else v}" for k, v in value.items())
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v).replace("_", " ") for v in value)
    return str(value).replace("_", " ") if name in ("audience", "purpose", "request_kind", "requester") else str(value)


def _task_chance(task: dict[str, Any]) -> str:
    """A task's stated chance of working, as the forecast counts it: ' (75% first go; if not, another 2-week round)'."""
    p = task.get("success_probability")
    if not isinstance(p, (int, float)) or p >= 1:
        return ""
    weeks = task.get("retry_weeks")
    again = f"another {weeks:g}-week round" if isinstance(weeks, (int, float)) else "another round, assumed as long as the first"
    if isinstance(task.get("risky_part"), str):
        return f" ({pct(float(p))} the {task['risky_part']} help)"
    return f" ({pct(float(p))} first go; if not, {again})" if task.get("retry") else f" ({pct(float(p))} it works)"


def _day_runs(days: list[Any]) -> str:
    """Days off as the stretches they make ('Fri 25 Dec to Fri 01 Jan and Wed 06 Jan'): a gap that is only a weekend
    keeps a stretch going, any working day between starts a new one, so no range claims days that were not given."""
    from datetime import timedelta

    runs: list[list[Any]] = []
    for day in days:
        between = [runs[-1][-1] + timedelta(days=k) for k in range(1, (day - runs[-1][-1]).days)] if runs else [None]
        if runs and all(d.weekday() >= 5 for d in between):
            runs[-1].append(day)
        else:
            runs.append([day])
    spans = [f"{r[0]:%a %d %b}" if len(r) == 1 else f"{r[0]:%a %d %b} to {r[-1]:%a %d %b}" for r in runs]
    return spans[0] if len(spans) == 1 else ", ".join(spans[:-1]) + f" and {spans[-1]}"


def _as_triple(value: Any) -> list[float]:
    if isinstance(value, (int, float)):
        return [float(value)] * 3
    values = [float(v) for v in value]
    return values if len(values) == 3 else [values[0], (values[0] + values[-1]) / 2, values[-1]]


def _shortened(text: str, limit: int) -> str:
    """The text, cut at a word before `limit` characters with '...' when longer."""
    if len(text) <= limit:
        return text
    return text[: limit - 3].rsplit(" ", 1)[0].rstrip(",;:") + "..."


def _fact_keys(f: Any) -> set[str]:
    """What a shown fact names, as a 'Not used' item would write it: its value and the manager's words for it."""
    keys = {str(f.value).strip().casefold()} if isinstance(f.value, str) else set()
    return keys | ({f.text.strip().casefold()} if f.source == "question" and f.text else set())


def _team_days_off(f: Any, situation: Situation) -> tuple[list[str], str] | None:
    """The team's own days off when one person's days off were said beside them and are listed on their own line."""
    away = situation.fact("away_days")
    if away is None or not isinstance(away.value, list) or not isinstance(f.value, list) or f.source != "question":
        return None
    team = [d for d in f.value if d not in set(away.value)]
    parts = [p for p in f.text.split("; ") if p != away.text]
    return (team, "; ".join(parts)) if team and len(parts) < len(f.text.split("; ")) else None


def understood_block(situation: Situation | dict[str, Any] | None) -> str:
    """The short 'What I understood' block front ends show above an answer (assumed facts marked)."""
    if not situation:
        return ""
    if isinstance(situation, dict):
        situation = Situation.model_validate(situation)
    facts = [f for f in situation.facts if f.name != "person_in_team"
             and not (f.name == "cues" and situation.intent not in ("one_on_one", "sensitive"))]  # cues shape an agenda; elsewhere they are noise
    if not facts and not situation.unclear and not situation.unused:
        return ""
    lines = ["**What I understood**"]
    shown: dict[str, int] = {}  # a fact's value or words -> its line, so a thing is never both understood and 'Not used'
    in_team = situation.get("person_in_team")
    for f in facts:
        label = FACT_LABELS.get(f.name, f.name)
        if f.name == "success_probability" and situation.intent == "stakeholder_message" and situation.has("deadline"):
            label = "Chance for the date that matters"
        if f.name == "deadline" and situation.has("current_deadline"):
            label = "New work needed by"  # the current work's own date is shown as its due date
        new_work = situation.get("new_work")
        if f.name == "deadline" and f.source == "team_file" and isinstance(new_work, str) and new_work and f.text.startswith(f"{new_work}'s "):
            label = "New work due"  # the new work's own date in the team file, never the current work's
        if f.name == "project" and situation.intent not in ("reprioritization", "one_on_one", "sensitive"):
            label = "The work"  # "current work" is someone's, set against new work; a message or a forecast is about the work
        if f.name == "person" and situation.intent == "stakeholder_message" and str(situation.get("recipient") or "").casefold() == str(f.value).casefold():
            continue  # the reader is shown once, as who the message is for
        if f.name == "away_days" and f.value == situation.get("days_off"):
            continue  # all the days off are the person's: shown once, as theirs
        if f.name == "days_off" and f.value == situation.get("away_days"):
            label = "Their days off"
        if f.name == "away_person":
            continue  # said in the days-off line: 'Sam's days off'
        if label == "Their days off" and isinstance(whose := situation.get("away_person"), str) and whose:
            label = f"{whose}'s days off"
        if f.name == "blocker" and isinstance(f.value, str) and re.match(r"(?:slow|struggling|behind|dragging|crawling)\b", f.value):
            label = "Going slowly"  # 'tom's been slow on the rubric' is no block
        value = fact_value_text(f.name, f.value, f.text if f.source == "question" else "")
        if (whose := situation.get("away_person")) and label == f"{whose}'s days off":
            value = value.replace("skipped by the forecast", f"only {whose}'s own work stops on them")
        if f.name == "days_off" and (team := _team_days_off(f, situation)) is not None:
            value, f = fact_value_text(f.name, team[0], ""), f.model_copy(update={"text": team[1]})  # 'dec 21 to jan 1, plus tom is off jan 4-5': the team's, apart from his
        share = situation.fact("time_share")
        if f.name == "new_work_weeks" and share is not None and f.text and f.text == share.text and isinstance(share.value, (int, float)):
            label = "New work in all"  # '3 days a week till xmas' is a share of the week, its size only that share of the period
            value += f", {float(share.value):.0%} of their time over the period"
        if f.name == "person" and in_team is not None:
            known = situation.fact("person_in_team")
            role = known.text if known is not None and not in_team and known.source == "team_file" and known.text else ""
            value += " (in your team file)" if in_team else f" ({role})" if role else " (not in your team file)"
        shown.update(dict.fromkeys(_fact_keys(f), len(lines)))
        if f.name in WORDS_FACTS and f.source == "question" and isinstance(f.value, str):
            lines.append(f'- {label}: "{_shortened(f.value, 140)}" (your words)')
            continue
        said = _shortened(f.text, 80)
        where = {"question": f'you said "{said}"' if f.text and f.text != "corrected by you" else "you said so",
                 "team_file": f.text or "team file", "assumed": "assumed"}[f.source]  # fmt: skip
        lines.append(f"- {label}: {value} ({where})")
    for u in situation.unclear:
        if u.fact != "deadline" and not re.search(r"[A-Za-z]{4,}", u.words):
            continue  # "are", "it": nothing a reader would miss
        lines.append(f'- Not used: "{u.words}" (it does not read as {u.read_as}, so I left it out)')
    for n in situation.unused:  # named by the manager, not used by the answer: said, never dropped
        at = shown.get(n.words.strip().casefold())
        if at is not None and at < len(lines):
            lines[at] += "; this answer does not use it"  # 'Who: Marco' is not also 'Not used: Marco'
            continue
        lines.append(f'- Not used: "{n.words}" ({n.what}; this answer does not cover it)')
    for d in (d for d in situation.dates if d.weekday_said):  # 'tue jan 6': the date stands, the slip is said
        day = date.fromisoformat(d.date)
        lines.append(f'- Check the day: you said "{d.weekday_said}" with "{d.words.strip()}", but {day:%d %b} is a {day:%A}; I used {day:%a %d %b %Y}')
    return "\n".join(lines)  # the clarifying question itself opens the answer ("One question first")
