"""Route a turn on what the manager asks for. The ask is the opening instruction ("agenda pls: ...", "post
for #risk-ml, ...") and the last sentence that asks; the kind of answer it names (a message, an agenda, a
triage of several requests, a reading of the org) wins over the topic of the rest of the question, which
is context, as is the team file. The words that name each kind live in its IntentSpec (`asked_by`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from agent.intent_specs import SPECS

# Intents that are a form of answer: when the ask names one, it is the answer wanted, whatever the topic.
FORMS = ("stakeholder_message", "one_on_one", "triage", "archetype")
# The analyses a message may need first; an open decision about them is answered before the words.
ANALYSES = ("reprioritization", "planning", "triage")
# Readings the ask never overrides.
KEPT = ("out_of_scope", "sensitive", "help")
OPENING_WORDS = 20  # an opening clause counts only when the ask opens it (see intents_asked), so a longer one is safe
# Words a manager puts before the ask itself ("ok so pls", "quick one:", "can you").
# Interjections and emoji before it ('ugh ok 😬 need a msg to ...') are a mood, not the ask.
LEAD_IN = re.compile(r"^\s*(?:(?:ugh+|argh+|sigh|oof|ouch|yikes|phew|welp|well|right|hmm+|lol|man|[^\w\s,]+|ok(?:ay)?|so|pls|please|hey|hi|quick(?: one)?|can you|could you|can u|help me|i need(?: you)? to|need to|(?:i )?need(?= an? )|(?:i )?(?:gotta|have to|got to|'ve got to|must)|just|now|also|and|formal|short|quick)[\s,]+)*", re.I)
# A turn this short, in a conversation, continues the previous request unless its ask names a new one.
FOLLOW_UP_WORDS = 12
# A new ask that builds on the previous answer: it opens with a connective or names that answer's thing.
BUILDS_ON = re.compile(
    r"^\s*(?:now|then|ok(?:ay)?|so|great|thanks|cool|perfect|and)\b|\bthe (?:note|reply|email|message|update|post|answer|draft|agenda|numbers|forecast|odds|plan)\b",
    re.IGNORECASE,
)
# Someone else's words quoted in the question ("victor pinged: 'can we get it live by the 18th?'") are not the ask.
QUOTED = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=:))['\"“‘][^'\"”’\n]{5,300}['\"”’](?!\w)")
# Someone's question quoted, then an instruction to answer it ("cmo: 'what happened?' ... explain without stats-speak"):
# the answer to them is a message.
QUOTED_QUESTION = re.compile(r"['\"“‘][^'\"”’\n]{5,300}\?[^'\"”’\n]{0,200}['\"”’]")
ANSWER_THEM = re.compile(r"^(?:(?:pls|please|now|just|so|and|can you|could you|help me)\s+)*(?:explain|answer|address|reassure|respond)\b(?!\s+(?:to\s+)?me\b)", re.I)
# The words that name a form of answer outright ('post for the team', 'agenda for my 1:1', 'forecast pls'); 'what do I
# say' asks for words too, but for a hard moment those words are the guidance card's script.
FORM_WORDS = re.compile(
    r"\b(?:draft|write|post|note|email|e-mail|message|msg|slack|dm|announcement|update|memo|reply|agenda|talking points|forecast|odds|chances?|p[5-9]0|tl;?dr|summary)\b",
    re.I,
)
# A meeting named anywhere: without one, a forecast asked for is not a 1-on-1.
MEETING = re.compile(r"\b(?:1[: -]?on[: -]?1s?|1:1s?|1-1s?|1on1s?|one[- ]on[- ]ones?|one[- ]to[- ]ones?|agenda|check-?in|sync|skip[- ]level|meet\w*|talking points|conversation|talk (?:to|with)|chat with)\b", re.I)
# A date asked for at a confidence ('a date i can stand behind at 80%'), and a verb that asks us to write.
AT_A_CONFIDENCE = re.compile(r"\b(?:at|with|to)\s+(?:a\s+)?\d{2}\s?%(?!\s*(?:of|time|capacity|load))", re.I)
WRITE_VERB = re.compile(r"\b(?:draft|write|compose|reword|rewrite|reply|respond)\b", re.I)
# 'what do i say / tell them' with no message named: words for a call still open, which the call's own answer gives.
SAY_ASK = re.compile(r"\bwhat (?:do|should|can|would) i (?:actually |even )?(?:say|tell)\b|\bwhat to (?:say|tell)\b|\bhow (?:do|should|would|can) i (?:say|tell)\b", re.I)
MESSAGE_NAMED = re.compile(r"\b(?:draft|write|compose|reword|rewrite|email|e-mail|note|message|msg|slack|dm|memo|post|announcement|reply)\b", re.I)
# The manager's own work asked about under a yes ('does feb 1 hold if i say yes?'): the cost of the move, not whether to take a request.
SAID_YES = re.compile(r"\bif (?:i|we) (?:say yes|agree|lend|loan|let (?:him|her|them) go)\b", re.I)
# A meeting already set with someone, said in passing: 'i've got 30 min with her monday', 'have a 1:1 with my director
# tomorrow', 'we're meeting thursday'.
BOOKED_MEETING = re.compile(
    r"\b(?:i'?ve got|i have|i'?ve|i got|got|have|having|booked|scheduled|there'?s)\s+(?:a\s+|an\s+|my\s+|our\s+)?"
    r"(?:(?:\d+|half an?|an|one|two)\s*-?\s*(?:min(?:ute)?s?|hours?|hrs?|h)\b(?:\s+(?:1[: -]?on[: -]?1|1:1|1-1|one[- ]on[- ]one|meeting|slot|call|sync|catch-?up|chat))?"
    r"|(?:1[: -]?on[: -]?1|1:1|1-1|one[- ]on[- ]one|meeting|call|sync|catch-?up))"
    r"\s+with\s+(?:her|him|them|my\s+[\w-]+|our\s+[\w-]+|the\s+(?:s?vp|cto|ceo|cpo|coo|cfo|director|head|board|exec\w*|[\w-]+ lead)|(?!(?:the|a|an|this|that|it|us|you|me)\b)[a-z]+)\b"
    r"[^.?!]{0,30}\b(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|thu|thurs|fri|next week|this week|later|at \d)",
    re.I,
)
# A turn that leans on the previous one: it opens with a connective or a short question word, or points back.
REFERS_BACK = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|so|and|but|then|hmm+|right|also|wait|sorry|great|thanks)\b[\s,.!]*)*(?:why|how come|what about|how about|what if|and if|if|"
    r"tell me more|more|go on|explain|really|same|even|instead|is that|does that|would that|will that|what does that|what happens|then what)\b"
    r"|\b(?:she|he|they|her|him|them|it|that|this|those|these|instead)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _ask_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((s.name, re.compile(s.asked_by, re.IGNORECASE | re.MULTILINE)) for s in SPECS if s.asked_by)


def the_asks(text: str) -> list[str]:
    """The opening instruction (a first clause of a few words), the last sentence that asks, the last sentence (an
    instruction such as 'send him something friendly' often closes the question), and then the manager's other
    questions, last first ('when does it land if she takes the week off? give it to me at 90%'), in that order."""
    from agent.understanding.text import final_ask

    stripped = QUOTED.sub(" [quoted] ", text).strip()
    first = re.split(r"[:.?!\n]|,\s|\s[-–—]\s", stripped, maxsplit=1)[0].strip()
    asks = [first] if first and len(first.split()) <= OPENING_WORDS else []
    sentences = [x.strip() for x in re.split(r"(?<=[.?!])\s+|\n+", stripped) if x.strip()]
    questions = [x for x in reversed(sentences) if x.endswith("?")]
    for ask in (final_ask(stripped).strip(), sentences[-1] if sentences else "", *questions):  # 'write it, she is pushy' ends it
        if ask and ask not in asks:
            asks.append(ask)
    return asks


def intents_asked(text: str) -> list[str]:
    """The kinds of answer the asks name, in the order they are named (the opening instruction first, and only
    when it opens with the ask: 'agenda pls: ...', not 'my MLE wants to rewrite the pipeline ...')."""
    found: list[tuple[int, int, str]] = []
    asks = the_asks(text)
    for i, ask in enumerate(asks):
        opening = i == 0 and len(asks) > 1
        for name, pattern in _ask_patterns():
            m = pattern.search(ask)
            if m and not (opening and m.start() > LEAD_IN.match(ask).end()):
                found.append((i, m.start(), name))
        if ANSWER_THEM.search(ask) and QUOTED_QUESTION.search(text):
            found.append((i, 0, "stakeholder_message"))
    return list(dict.fromkeys(name for _, _, name in sorted(found)))


def _opens_with(text: str, name: str) -> bool:
    """The opening instruction names this kind of answer ('need a heads-up to victor before monday: ...')."""
    asks = the_asks(text)
    return len(asks) > 1 and name in intents_asked(asks[0])


def form_named(text: str) -> bool:
    """An ask that names its form of answer in so many words (an opening instruction only when it opens with it)."""
    asks = the_asks(text)
    for i, ask in enumerate(asks):
        m = FORM_WORDS.search(ask)
        if m and not (i == 0 and len(asks) > 1 and m.start() > LEAD_IN.match(ask).end()) and intents_asked(ask):
            return True
    return False


def prefer_the_ask(structural: str, text: str, *, decided: bool, decision_asked: bool, requests_pasted: bool = False, guessed: bool = False) -> str:
    """The main intent: the form of answer the ask names when it names one (a message, an agenda, a triage, an
    org reading), else the intent the structure of the question gave.

    When no structure decided and the intent is only the nearest labelled examples' guess (`guessed`), any kind of
    answer the ask names wins ('when does it land ... give it to me at 90%' is a forecast), and a meeting already
    booked with someone ('i've got 30 min with her monday') is the conversation to prepare when nothing else is asked.

    Several requests pasted from their senders are a triage unless the ask names another form. An analysis asked
    for before a message ('what are the odds, and draft my answer') comes first and the message follows. Three
    readings stay: a question out of scope stays out (a 'write me a function' is not a message); a 1-on-1 stays a
    1-on-1 when the ask is what to say in it; and a message waits behind a decision it depends on that the manager
    has not made (who moves, take the request or not): that decision is answered first, the message follows."""
    if structural in KEPT:
        return structural
    named = intents_asked(text)
    asked = named[0] if named and named[0] in FORMS else None
    if requests_pasted and asked in (None, "triage"):
        return "triage"
    if guessed and named:
        return named[0]
    if guessed and BOOKED_MEETING.search(text) and not FORM_WORDS.search(text):
        return "one_on_one"
    if named and named[0] in ANALYSES and structural == "stakeholder_message" and "stakeholder_message" in named:
        return named[0]
    if named == ["planning"] and structural == "stakeholder_message" and AT_A_CONFIDENCE.search(text) and not WRITE_VERB.search(text):
        return "planning"  # 'need a date for the board memo i can stand behind at 80%': the date is asked; their memo follows
    if named and named[0] == "planning" and structural == "one_on_one" and not MEETING.search(text):
        return "planning"  # 'if marco stays blocked another week, when does churn land?' names no meeting
    if named and named[0] == "reprioritization" and (structural == "planning" or (structural == "triage" and SAID_YES.search(text))):
        return "reprioritization"  # '... 2 wks left on the eval. lend him now or after?', 'does feb 1 hold if i say yes?': the move's cost is the question
    if asked is None or asked == structural:
        return structural
    if asked == "stakeholder_message" and structural == "one_on_one":
        return structural
    if asked == "stakeholder_message" and structural == "reprioritization" and not decided and SAY_ASK.search(text) and not MESSAGE_NAMED.search(text):
        return structural  # 'ops want priya on X from monday ... what do i say?': the open call first, with the line to say
    if asked == "stakeholder_message" and structural in ANALYSES and not decided and (decision_asked or (structural == "triage" and not _opens_with(text, asked))):
        return structural  # 'take it? if not, write the reply'; but 'need a heads-up to victor: ...' opens with the message
    return asked


# What each form of answer looks like once composed: a draft (or the words to send, quoted), an agenda, a ranked
# list of requests, a reading of the org.
FORM_SHOWN: dict[str, re.Pattern[str]] = {
    "stakeholder_message": re.compile(r"^\*\*Draft\b|^> \S", re.M),
    "one_on_one": re.compile(r"^# 1-on-1\b|^## Agenda\b", re.M),
    "triage": re.compile(r"^- \*\*[^*]+\*\*: (?:first|the team takes it|later|no|you take it|decline|absorb)", re.M | re.I),
    "archetype": re.compile(r"\*\*You look most like\b"),
}


FORM_NAMES = {"stakeholder_message": "a message", "one_on_one": "a 1-on-1 agenda", "triage": "a triage of the requests", "archetype": "a reading of your org"}


# An answer that is only a question back ('**One question first:** what are the main tasks left?'): nothing of the
# form asked for was given.
QUESTION_BACK = re.compile(r"^\s*\*\*One question first:\*\*", re.M)


def misfit(question: str, intents: list[str], answer: str) -> str | None:
    """The form of answer the ask names when the answer shown is not that form, else None: a message asked for and
    answered with a forecast's 'what are the main tasks left?', or with a 1-on-1's 'who is the 1-on-1 with?' when no
    meeting is named. A 1-on-1 asked what to say in it keeps its agenda; a message planned after an analysis
    (`intents` holds it) is in that answer, unless the ask never named the analysis and it stopped at a question back
    ('write him something he can forward', answered with 'what are the main tasks left?')."""
    if not intents or intents[0] in KEPT:
        return None
    named = intents_asked(question)
    asked = named[0] if named and named[0] in FORM_SHOWN else None
    if asked is None or FORM_SHOWN[asked].search(answer):
        return None
    if intents[0] == "one_on_one" and asked == "stakeholder_message" and MEETING.search(question):
        return None  # 'what do i say to him in our 1:1': the agenda is the words
    if asked in intents and (intents[0] != "planning" or intents[0] in named or not QUESTION_BACK.search(answer)):
        return None  # 'what are the odds ...? then draft my answer': the question back is for the odds asked; a decision the message waits on (who moves) is asked first
    return asked


def is_acknowledgement(text: str) -> bool:
    """'thanks', 'ok great', 'got it': nothing new is asked."""
    from agent.intents import ACKNOWLEDGEMENT_RE

    return bool(text.strip(" .!,")) and ACKNOWLEDGEMENT_RE.search(text) is not None


def continues_previous(question: str, own_intent: str) -> bool:
    """A short turn that leans on the previous one ('why?', 'ok and if she's only half time?', 'what about Priya?')
    continues the previous request, unless it names a kind of answer of its own ('now draft the note to Dana', 'what
    are the odds?'), is a people or safety matter, or only says thanks. A short question that stands alone is new."""
    from agent.intents import SENSITIVE_RE

    if len(question.split()) > FOLLOW_UP_WORDS or own_intent == "help" or is_acknowledgement(question):
        return False
    if own_intent == "sensitive" and SENSITIVE_RE.search(question):
        return False  # named words of a people or safety matter; a nearest-example guess on 'half time?' is not one
    return not intents_asked(question) and REFERS_BACK.search(question) is not None


def builds_on_previous(question: str, own_intent: str) -> bool:
    """A short turn that names a new kind of answer and builds on the previous one ('now draft the note to Dana',
    'ok, and an agenda for telling her'): the previous request gives the facts, this turn gives the ask."""
    if len(question.split()) > FOLLOW_UP_WORDS or own_intent in KEPT:
        return False
    return bool(intents_asked(question)) and (BUILDS_ON.search(question) is not None or REFERS_BACK.search(question) is not None)


def two_readings(question: str, situation: Any) -> str | None:
    """One question offering the two readings when the manager relays a stakeholder's question about a date and asks
    for nothing ('victor asked if fraud v3 makes the 18th'): the forecast for them, or the reply. The forecast is
    given either way."""
    from agent.understanding.messages import question_asked

    if situation.intent != "planning" or len(situation.intents) > 1 or situation.clarifying_question or intents_asked(question):
        return None
    if question_asked(question) is None:
        return None
    from agent.understanding.people import requester_in

    asker = requester_in(question)
    named = [situation.get(n) for n in ("recipient", "requester", "person")] + [asker[0] if asker else None]
    who = next((v for v in named if isinstance(v, str) and v[:1].isupper()), None)
    to = f" to {who}" if who else ""
    return f"Do you want the reply{to}, or the forecast first? Here is the forecast; say 'draft the reply' and I will write it."
