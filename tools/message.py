"""Stakeholder messages: draft a message for one of eight purposes (answer a question, flag a risk,
decline, ask for resources, explain uncertainty, announce a change, respond to a reprioritization,
report progress), each leading with the answer or the ask, greeting the recipient by name when known,
using only the numbers in the facts and never repeating the manager's own wording; and lint any message
for single-date promises, hype, certainty, blame, length, echoed wording, jargon, past dates and
approval asks aimed at the manager's own team.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Callable, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from lead_core.fit import cut_text
from lead_core.number_words import UNITS, amounts, digits, numbers_in
from lead_core.numbers import odds_answer, odds_plain, percent
from lead_core.units import MONTHS
from tools.readable import mend
from tools.reader_check import reader_check, subject_checked
from tools.message_brief import ANTICIPATED_GAP, MessageBrief, Rendered, anticipated_said, fitting_closing, render, subject_of, what_it_means
from tools.reader_facing import KeptOut, Verdict, kept_out_note
from tools.reader_voice import TOLD_BACK, Reader, faults, for_the_drafter, gate, has_verb, note_as_prose, note_label, to_reader, unclosed, with_verdict, without_asides, without_furniture

Audience = Literal["executive", "product", "peer_team", "own_team"]
Purpose = Literal[
    "answer_question",
    "forecast_risk",
    "decline_or_negotiate",
    "ask_for_resources",
    "explain_uncertainty",
    "announce_change",
    "respond_to_reprioritization",
    "progress_update",
    "share_decision",
    "rewrite",
]
Tone = Literal["direct", "warm", "formal"]
Answer = Literal["yes", "likely", "unlikely", "no", ""]
Strategy = Literal["switch_now", "finish_first", "split_capacity", "defer_new", ""]
RuleId = Literal[
    "single-date-promise",
    "metric-hype",
    "certainty",
    "missing-ask",
    "blame",
    "too-long",
    "echo",
    "jargon",
    "past-date",
    "approval-ask",
]
AUDIENCES: tuple[str, ...] = ("executive", "product", "peer_team", "own_team")
PURPOSES: tuple[str, ...] = (
    "answer_question",
    "forecast_risk",
    "decline_or_negotiate",
    "ask_for_resources",
    "explain_uncertainty",
    "announce_change",
    "respond_to_reprioritization",
    "progress_update",
    "share_decision",
    "rewrite",
)
TONES: tuple[str, ...] = ("direct", "warm", "formal")

WORD_LIMITS = {"executive": 250}
DEFAULT_WORD_LIMIT = 400
MAX_ECHO_WORDS = 8
SAY_BACK_WORDS = 7  # a reader's question this short may be named as the one answered; a longer one is never said back

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|tomorrow|tonight|next week|end of (?:the )?(?:day|week|month|quarter|year)|eo[dwm]|q[1-4])(?!\w)"
)
PROMISE_RE = re.compile(
    rf"\b(?:ship|ships|shipped|deliver|delivered|launch|launched|finish|finished|done|complete|completed|release|released|ready|live)\b"
    rf"[^.!?\n]{{0,40}}?\b(?:(?:on|by|before)\s+)?(?:the\s+)?(?:{_DATE})",
    re.IGNORECASE,
)
REQUEST_RE = re.compile(r"(?:(?:I|we) need|please|could you|can you|would you)\b", re.IGNORECASE)
NEGATED_RE = re.compile(r"\b(?:cannot|can'?t|won'?t|will not|not going to|unable to)\b", re.IGNORECASE)
# A date put to the reader to decide ("we want to go live on 18 Jan ... I need your approval"): a proposal, not a promise.
PROPOSAL_RE = re.compile(r"\b(?:we|I)(?:'d| would)? (?:want|propose|plan|suggest|intend|like|recommend)s? to\b", re.IGNORECASE)
DECISION_ASK_RE = re.compile(r"\b(?:approv\w*|sign[- ]?off|go[- ]ahead|green light|your (?:ok|okay|decision|call)|agree to)\b", re.IGNORECASE)
CONFIDENCE_RE = re.compile(
    r"\d+\s*%|percent|likely|probab|chance|confiden|between|range|p50|p80|p95|estimate|forecast|odds|\b\d+ in \d+\b", re.IGNORECASE
)
RANGE_RE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:to|-|–)\s*\d+(?:\.\d+)?\s*(?:weeks?|days?|months?)\b", re.IGNORECASE)  # "1 to 2 weeks" is a range
SLIP_RE = re.compile(  # news of a slip is no promise: a date at risk, late, or a new date in place of the old one
    r"\bat risk\b|\bslip\w*|\bdelay\w*|\blate\b|\bmiss\w*|\bpast\b|\binstead of\b|\bpushed (?:back|out)\b|\bmoves? (?:back )?from\b",
    re.IGNORECASE)
METRIC_RE = re.compile(
    r"\b(?:f1(?:[- ]score)?|accuracy|roc[- ]auc|auc|precision|recall|bleu|rouge(?:-\w+)?|perplexity|mean average precision|rmse|mae|log[- ]?loss|ndcg)\b",
    re.IGNORECASE,
)
# The text says what a metric means ('0.91 AUC does not mean ...', 'it actually means 97% of ...', 'is the share of').
_METRIC_MEANING_SAID_RE = re.compile(r"\bdoes(?:n'?t| not) mean\b|\bactually means\b|\bis the share of\b|\bis one overall score\b", re.I)
IMPACT_RE = re.compile(
    r"\b(?:customers?|users?|revenue|costs?|savings?|saves?|losses|churn|conversion|retention|business|product impact|tickets?|agents?|sales|dollars?|minutes|hours|merchants?|patients?|clients?|orders?)\b|[$€£]",
    re.IGNORECASE,
)
CERTAINTY_RE = re.compile(
    r"(?<!\w)(?:guarantee[ds]?|guaranteeing|definitely|certainly|100\s?%(?!\s+(?:of\s+)?(?:capacity|load|utili[sz]ation|allocated|booked)|\s+of\s+(?!(?:the\s+)?(?:time|times|cases|runs|tries|attempts)\b)(?:the\s+|our\s+|your\s+|all\s+)?[\w-]+)|no risk|zero risk|risk[- ]free|for sure|promises?|without (?:a )?doubt)(?!\w)",  # "promised for the 17th" reports a past promise, not a new one
    re.IGNORECASE,
)
ASK_RE = re.compile(
    r"\?|\b(?:could you|can you|would you|please|decision needed|next steps?|let me know|i propose|i recommend|i suggest|need from you|your decision|your approval)\b"
    r"|\b(?:we|i)(?:'d| would| will|'ll)? need (?:a |your |the |an )?(?:[\w-]+(?:'s|’s) )?(?:decision|sign-?off|go-ahead|answer|approval|green light|steer)\b|\bneed (?:you|someone) to (?:decide|confirm|approve|sign off)\b"
    r"|\b(?:I|we) need you to\b"  # 'I need you to tell the committee on Thursday'
    r"|\b(?:one|my|the|our) ask\s*:|\byour (?:ok|okay|go-ahead|call)\b",  # 'One ask: your OK to shadow on all EU traffic
  # 'we'd need a decision by the 16th'
    re.IGNORECASE,
)
_PRONOUNS = r"(?!(?:We|I|You|They|It|This|That|He|She|Our|The|Nobody|No one)\b)"
BLAME_RE = re.compile(
    r"(?i:\b\w+(?:'s|’s) fault\b)|(?i:\bfault of\b)|(?i:\bbecause of) [A-Z][a-z]+(?:'s|’s)"
    r"|(?i:\b(?:blame[ds]?|blaming|dropped the ball|screwed up|messed up)\b)"
    rf"|\b{_PRONOUNS}[A-Z][a-z]+ (?:failed to|didn't|did not|forgot to|never) (?:deliver|finish|do|send|ship|test|update|tell)\b"
)
# Words that rule blame out just before it ('no blame', 'not about blame', 'without blaming', 'nobody is to blame').
_NO_BLAME_RE = re.compile(r"\b(?:no|not|without|nobody|no one|never|non)\b(?:[\s-]+(?:a|an|the|about|is|are|to|one|any|anyone|here|for|of))*[\s-]*$", re.I)
JARGON_RE = re.compile(
    r"\b(?:p(?:50|80|90|95|99)|percentiles?|monte[- ]?carlo|confidence intervals?|std\.? ?devs?|standard deviations?"
    r"|probability distributions?|error bars?)\b",
    re.IGNORECASE,
)
NON_TECHNICAL_ROLE_RE = re.compile(
    r"\b(?:cfo|ceo|coo|cmo|cro|board|financ\w*|sales|legal|marketing|hr|investors?|non[- ]?technical"
    r"|chief (?:financial|executive|operating|marketing|revenue) officer)\b",
    re.IGNORECASE,
)
APPROVAL_RE = re.compile(
    r"\b(?:confirm\w*|approv\w*|sign[- ]?off|sign (?:it |this |that )?off|green[- ]?light\w*|rubber[- ]stamp\w*)\b",
    re.IGNORECASE,
)
_ASKING_RE = re.compile(
    r"\?|\b(?:please|could you|can you|would you|will you|let me know|reply|need (?:you|your)|get back to me|by (?:eod|end of))\b",
    re.IGNORECASE,
)
_DATE_MENTION_RE = re.compile(  # never from inside a word: "fraud v3 dec 18" is v3 and 18 Dec
    r"(?<!\w)(?:\b(?P<wd1>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?,?\s+)?"
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>" + _MONTH + r")\.?(?:,?\s+(?P<y1>\d{4}))?"
    r"|(?P<m2>" + _MONTH + r")\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{4}))?"
    r"|(?P<iso>(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})))\b",
    re.IGNORECASE,
)
_TARGET_RE = re.compile(
    r"\b(?:by|before|target\w*|deadline|due|on track|will|we'll|ship\w*|deliver\w*|launch\w*|ready|live|done|finish\w*"
    r"|complete|release|commit\w*|expect\w*|plan\w*|aim\w*|promis\w*)\b",
    re.IGNORECASE,
)
_DONE_BEFORE_RE = re.compile(
    r"\b(?:shipped|landed|launched|released|went live|finished|completed|merged|closed|started|kicked off|began|happened|deployed|rolled out|delivered|signed|sent|held|ended)(?:\s+[a-z]+ing)?\s+(?:on\s+|in\s+|at\s+)?$",
    re.IGNORECASE,
)
_PAST_RE = re.compile(
    r"\b(?:passed|past|overdue|missed|slipped|was|were|ago|last|already|earlier|original(?:ly)?|had been)\b",
    re.IGNORECASE,
)
HOLD_OR_MOVE_RE = re.compile(
    r"\bhold\b[^.?!]{0,40}\b(?:date|deadline|line)\b|\bmove\b[^.?!]{0,20}\b(?:date|deadline|it)\b|\bsmaller scope\b",
    re.IGNORECASE,
)
WORD_RE = re.compile(r"\S+")
_TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*")
_WEEKDAYS = {d: i for i, d in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Words of a text, lower-cased without apostrophes, with their character spans."""
    return [(m.group(0).lower().replace("'", "").replace("’", ""), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def _grams(words: list[str], k: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + k]) for i in range(len(words) - k + 1)}


def longest_shared_run(a: str, b: str) -> int:
    """The longest run of consecutive words two texts share (case and punctuation ignored)."""
    wa, wb = [t for t, _, _ in _tokens(a)], [t for t, _, _ in _tokens(b)]
    # Shared runs are monotone in length (a shared k-run contains a shared (k-1)-run): binary search on k.
    low, high = 0, min(len(wa), len(wb))
    while low < high:
        k = (low + high + 1) // 2
        if _grams(wa, k) & _grams(wb, k):
            low = k
        else:
            high = k - 1
    return low


def _echo_span(source: str, text: str, limit: int = MAX_ECHO_WORDS) -> tuple[int, int] | None:
    """Character span in `text` of the first run of more than `limit` words that `source` also contains."""
    k = limit + 1
    src = _grams([t for t, _, _ in _tokens(source)], k)
    toks = _tokens(text)
    words = [t for t, _, _ in toks]
    hits = [i for i in range(len(words) - k + 1) if tuple(words[i : i + k]) in src]
    if not hits:
        return None
    first = last = hits[0]
    for i in hits[1:]:
        if i != last + 1:
            break
        last = i
    return toks[first][1], toks[last + k - 1][2]


def _resolve_date(m: re.Match[str], today: date) -> date | None:
    """The date a mention refers to; a missing year is the one that matches the weekday, else the nearest."""
    try:
        if m.group("iso"):
            return date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
        day = int(m.group("d1") or m.group("d2"))
        month = MONTHS[(m.group("m1") or m.group("m2"))[:3].lower()]
        year = m.group("y1") or m.group("y2")
        if year:
            return date(int(year), month, day)
        candidates = []
        for y in (today.year - 1, today.year, today.year + 1):
            try:
                candidates.append(date(y, month, day))
            except ValueError:
                continue
    except ValueError:
        return None
    weekday = m.group("wd1")
    if weekday:
        matching = [c for c in candidates if c.weekday() == _WEEKDAYS[weekday[:3].lower()]]
        candidates = matching or candidates
    return min(candidates, key=lambda c: abs((c - today).days)) if candidates else None


# Restating the manager's words so a draft keeps what they said without pasting a long run of it back:
# dates in the reader's form, small numbers as words, contractions opened or closed, a few plain swaps.
_CONTRACTIONS = {
    "can't": "cannot", "won't": "will not", "don't": "do not", "doesn't": "does not", "didn't": "did not",
    "isn't": "is not", "aren't": "are not", "wasn't": "was not", "it's": "it is", "we're": "we are",
    "they're": "they are", "he's": "he is", "she's": "she is", "we'll": "we will", "i'll": "I will",
    "we've": "we have", "that's": "that is", "there's": "there is", "haven't": "have not", "hasn't": "has not",
    "here's": "here is", "what's": "what is", "who's": "who is", "i'm": "I am", "you're": "you are", "i've": "I have",
    "i'd": "I would", "we'd": "we would", "you'll": "you will", "they'll": "they will", "couldn't": "could not",
    "wouldn't": "would not", "shouldn't": "should not", "weren't": "were not", "you've": "you have",
}  # fmt: skip
_OPENED = {v.lower(): k for k, v in _CONTRACTIONS.items()}
_SWAPS = {
    "probably": "likely", "in the meantime": "meanwhile", "meanwhile": "in the meantime", "because": "since",
    "until": "till", "about": "roughly", "approximately": "roughly", "around": "roughly", "wants": "would like",
    "want": "would like", "asked": "has asked", "needs to": "has to", "need to": "have to",
    "moves": "will move", "takes": "will take", "starts": "will start", "finishes": "will finish", "joins": "will join",
    "ships": "will ship", "lands": "will land", "can do": "could do", "after": "once", "so we": "so that we", "before the": "ahead of the",
    "is now": "has become", "of an": "of one", "of a": "of one",
    "we move": "we are moving", "move to": "switch to", "will": "is going to", "takes over": "will take over",
    "every other": "every second", "with a": "plus a", "happen": "take place", "happens": "takes place",
    "weeks left": "weeks to go", "days left": "days to go", "done": "complete", "covers": "will cover",
    "handles": "will handle", "leads": "will lead", "owns": "will own", "runs": "will run", "picks up": "will pick up",
    "eoq": "the end of the quarter", "eom": "the end of the month", "eow": "the end of the week", "q1": "the first quarter",
    "q2": "the second quarter", "q3": "the third quarter", "q4": "the fourth quarter", "our only": "the one", "every": "each",
    "bottleneck on": "bottleneck for", "and": "plus", "but": "though", "end to end": "from start to finish",
    "go/no-go": "go-or-no-go",
}  # fmt: skip
# "we decide go/no-go on Fri 8 Jan" -> "we will decide ...": a plan stated in the present, said in the future.
_WE_WILL_RE = re.compile(
    r"\b(we|I) (?!will\b|are\b|am\b|have\b|had\b|were\b|was\b|can\b|could\b|would\b|should\b|must\b|may\b|might\b|do\b|did\b|need\b|think\b|know\b|want\b|also\b|still\b|just\b|only\b|not\b|already\b|usually\b|always\b|never\b|often\b|currently\b|actually\b|really\b|now\b|then\b|all\b|both\b|each\b)([a-z]{3,}(?<!ed)(?<!ing))\b"
)
# A weekday is a date only when it is said as one ("on friday", "by Tuesday."); "the friday demo meeting" stays.
_WEEKDAY_RE = re.compile(
    r"\b(?:(?:on|from|this|next|by|until|till|before|starting) )(monday|tuesday|wednesday|thursday|friday)\b(?!s)"
    r"|\b(monday|tuesday|wednesday|thursday|friday)\b(?=\s*(?:[.,;!?]|$))",
    re.IGNORECASE,
)
# "the 18th": a day of the month, this month or the next.
_ORDINAL_DAY_RE = re.compile(
    r"(?:\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun)\.?,?\s+)?"  # "thursday the 10th" is one date, its weekday said once
    r"\bthe (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + _MONTH + r")"
    r"(?![\s-]*(?:grade|graders?|floor|place|percentile|attempt|try|time|round|year|quarter|gen(?:eration)?|version|iteration|option|choice|priority)\b)",  # "the 9th grade essays" is no date
    re.IGNORECASE,
)
# Where two clauses meet, a joining word breaks a pasted run without changing what is said.
_CLAUSE_JOIN_RE = re.compile(r",\s+(?!and\b|but\b|so\b|or\b|plus\b|which\b|who\b|whose\b|whom\b|where\b|when\b|while\b|that\b|although\b|though\b|because\b|since\b|if\b|unless\b|as\b)(?=\w)|;\s+|\.\s+(?!also\b)(?P<w>[a-z]+)\b|\s+-\s+", re.IGNORECASE)
# 'the 2nd of March': a date said the long way, written the short way when a run must break.
_NTH_OF_MONTH_RE = re.compile(r"\bthe (?P<d>\d{1,2})(?:st|nd|rd|th) of (?P<m>" + _MONTH + r")\b", re.IGNORECASE)
# ', and the planners will ...': a second clause with its own subject, said as its own sentence.
_AND_CLAUSE_RE = re.compile(r"(?<=,\s)(?:and|but)\s+(?P<w>the|our|we|they|he|she|it|this|that|these|those|I|you|their|my|your)\b(?=\s+\w+\s+(?:will|would|can|could|is|are|was|were|has|have|had|won't|can't|did|didn't|need|needs)\b|\s+(?:will|would|can|could|is|are|was|were|has|have|had|won't|can't)\b)")
# A present-tense state said as current ("sits behind" -> "currently sits behind"): the last resort inside a long run.
_NOW_VERB_RE = re.compile(r"(?<!currently )\b(sits|waits|loses|takes|needs|runs|breaks|fails|blocks|slows|costs|spends|burns|wastes|is|are)\b(?! currently)", re.IGNORECASE)
_FUNCTION_WORDS = frozenset("not no we the our it its this that they there a an and but still so then also now".split())
_NAMED_DAY_RE = re.compile(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|mon|tue|wed|thu|fri)\b"
)  # lower-case month and weekday names, capitalised ("may" is left alone: it is also a verb)
def _minutes_before(m: re.Match[str]) -> str:
    """'30 min' before a noun is an adjective ('a 30-minute call'); anywhere else it is a plural ('30 minutes per case',
    '30 minutes with you', '40 minutes longer')."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(m.group("next"))
    noun = "NOUN" in lemmas and not ({"ADV", "ADJ"} & set(lemmas)) and m.group("next") not in ("per", "each", "a", "an", "with", "of", "or", "and", "to")
    return f"{m.group(1)}-minute" if noun else f"{m.group(1)} minutes"


# Note-taking shorthand written out for the reader.
_SHORTHAND = (
    (r"\b(a|an) ~\s*(\d[\d,.]*k?)\s*/\s*(hr|hour|day|wk|week|mo|month)\s+(peak|rate|average|baseline|high|low|run rate)\b",
     lambda m: f"a {m.group(4)} of about {m.group(2)} a{'n' if m.group(3) in ('hr', 'hour') else ''} {_UNIT_WORD[m.group(3)]}"),  # "from a ~900/hr peak"
    (r"\b(a|an) ~\s*(?=\d)", "a roughly "),  # "a ~40% drop": never "a about"
    (r"\bits(?=\s+[~$£€]|\s+(?:a|an|the|been|not|going|got|just|only|still|already|also|about|around|roughly|over|under|too|very|now|done|fine|ok|okay|"
     r"\d[\w-]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)(?:-ish)?)\b)", "it's"),  # "its been 17 days", "its ten-ish weeks"
    (r"(?<=\w)/(?:hr|hour)\b", " an hour"), (r"(?<=\w)/(?:mo|month)\b", " a month"), (r"(?<=\w)/(?:wk|week)\b", " a week"), (r"(?<=\w)/day\b", " a day"),
    (r"\b(\d+)\s*-?min\b(?=\s+(?P<next>[a-z]+))", _minutes_before), (r"\bppl\b", "people"), (r"\b(the|these|those|our|your|its|their)\s+~\s*", r"\1 roughly "), (r"~\s*", "about "), (r"\bwks\b", "weeks"), (r"\bwk\b", "week"), (r"\bhrs?\b", "hours"), (r"(?<!/)\bmins?\b", "minutes"),
    (r"\bmtg\b", "meeting"), (r"\best\.(?=\s)", "estimated"), (r"\bxmas\b", "Christmas"), (r"\btues\b", "Tuesday"), (r"\bthurs\b", "Thursday"), (r"\bweds\b", "Wednesday"), (r"\s+\+\s+", " and "), (r"\bphd\b", "PhD"), (r"\b(gpu|cpu|tpu|api|sla|kpi|okr|etl|sql|aws|gcp|llm|nlp)(s?)\b", lambda m: m.group(1).upper() + m.group(2)),
    (r"\bml(?=\s+(?:engineers?|models?|teams?|ops|platform|research(?:ers?)?|scientists?|leads?|systems?|pipelines?|work)\b)", "ML"),  # 'one ml engineer'; never '500 ml'
    (r"\bq([1-4])\b", r"Q\1"), (r"\bw/o\b", "without"), (r"\b(dont|doesnt|didnt|cant|wont|isnt|arent|wasnt|havent|hasnt|shouldnt|wouldnt|couldnt)\b", lambda m: m.group(1)[:-1] + "'" + m.group(1)[-1]),
    (r"\b(shes|thats|whats|theres|heres|lets|youre|theyre|were|ive|weve|youve|theyve|ill|youll|well|theyll)\b(?=\s+(?:a|an|the|\d|\w+ing|not|going|all|only|just|also|still|about|over|under|too|\w+ed|what|why|how|no|fine|ok|okay|done|ready|it|on|in)\b)",
     lambda m: _APOSTROPHE.get(m.group(1).lower(), m.group(1))),  # "thats 3 months" -> "that's 3 months"
    (r"\bw/\s*", "with "), (r"\bw\b(?=\s+(?:her|him|his|them|their|the|our|your|my|us|you|me)\b)", "with"),
    (r"\b(by|before|until|till|from|at) end of\b", r"\1 the end of"), (r"\b(by|from|in|for|until) week of\b", r"\1 the week of"),
    (r"\bslack(?=\s+(?:dms?|channels?|messages?|posts?|threads?|huddles?)\b)|(?<=\bin )slack\b|(?<=\bon )slack\b|(?<=\bvia )slack\b", "Slack"),
    (r"(?:^|(?<=[.!?] ))if no,\s*", "if not, "), (r",?\s+so no for\s+", ", so it can't be ready for "),  # "if no, we ...", "... so no for jan 27"
    (r"(?-i:(?<=[a-z,] )(AND|BUT|NOT|NEVER|OR)(?= [a-z]))", lambda m: m.group(1).lower()),  # shouted joins: "work AND compliance"
    (r"\b(release|launch|rollout|deadline|date|deploy|project|model)\s+slip\s+(twice|again|\w+ times)\b", r"\1 slipped \2"),  # "the release slip twice"
    (r"\b(is|are|was) (the (?:main |big |real |only )?(?:risk|problem|issue|blocker|bottleneck|catch|worry|long pole)),\s+(?=(?:we|it|they|there)\b)", r"\1 \2: "),  # "estonian is the risk, we only have ..."
    (r"^(before|previously|until then|at first) (it|we|they) (was|were|had|counted|used)\b", r"\1, \2 \3"), (r",\s+(now (?:it|we|they)(?:'s|'re| is| are)\b)", r"; \1"),  # "before it was X, now it's Y"
    (r"(?<!\bthe )(?<!\ba )(?<!\bfirst )(?<!\bsecond )(?<!\bthird )(?<!\blast )(?<!\bnext )(?<!\bthis )(?<!\bthat )(?<!\bsame )(?<!\bevery )(?<!\beach )\bweek of\b(?=\s+(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri))", "the week of"),  # "now wk of jan 11"
    (r"^rest (?=by|from|in|on|of|is|are|will|done|expected|live|due)", "the rest "),
    (r"\b(the end of|mid|early|late|in|until|till|by|from|before|after|through|since|during) may\b(?!\s+(?:be|have|not|need|want|take|well|also|still|or|just)\b)", r"\1 May"),  # "report back in may": the month, never the verb
    (r"\b(the end of|mid|early|late|to|in|until|till|by|from|before|after|through|since|for|during|over|across) (jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?!\.?\s*\d)", lambda m: f"{m.group(1)} {_FULL_MONTHS[m.group(2).lower()[:3]]}"), (r"\bpls\b|\bplz\b", "please"), (r"\bb/c\b|\bbc\b", "because"),
    (r"\bthru\b", "through"), (r"\basap\b", "as soon as possible"), (r"\bi\b", "I"), (r"\bi'm\b", "I'm"), (r"\bi've\b", "I've"),
    (r"\bi'd\b", "I'd"), (r"\bi'll\b", "I'll"), (r"\s+&\s+", " and "), (r"\beoq\b", "the end of the quarter"),
    (r"\beom\b", "the end of the month"), (r"\beow\b", "the end of the week"), (r"\beod\b", "the end of the day"),
)  # fmt: skip
# Contractions written without their apostrophe, only where no real word is meant ("were", "ill", "well" and "lets" are
# words too: only the unambiguous ones are mended).
_APOSTROPHE = {"shes": "she's", "thats": "that's", "whats": "what's", "theres": "there's", "heres": "here's", "youre": "you're", "theyre": "they're",
               "ive": "I've", "weve": "we've", "youve": "you've", "theyve": "they've", "youll": "you'll", "theyll": "they'll"}  # fmt: skip
# 'the first monday after new year': the first such weekday of the coming January.
_FIRST_WEEKDAY_RE = re.compile(r"\b(?:the\s+)?first\s+(monday|tuesday|wednesday|thursday|friday)\s+(?:after|of|in)\s+(?:the\s+)?new\s+year\b", re.I)


def _first_weekday_of_year(weekday: str, today: date) -> str:
    """'the first monday after new year' as a date ('jan 4'), for polish to write in full."""
    year = today.year + 1 if today.month >= 7 else today.year
    first = date(year, 1, 1)
    day = first + timedelta(days=(_WEEKDAYS[weekday[:3].lower()] - first.weekday()) % 7)
    return f"{day:%b} {day.day}".lower()


_UNIT_WORD = {"hr": "hour", "hour": "hour", "day": "day", "wk": "week", "week": "week", "mo": "month", "month": "month"}
_FULL_MONTHS = {m[:3].lower(): m for m in ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")}
_SMALL = tuple(UNITS)[:11]  # 'zero' to 'ten', the numbers a message writes in words
_SWAP_RE = re.compile(
    r"\b(?:" + "|".join(sorted(_SWAPS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_CONTRACTION_RE = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in _CONTRACTIONS) + r")\b", re.IGNORECASE)
_OPENED_RE = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in _OPENED) + r")\b", re.IGNORECASE)
_SMALL_RE = re.compile(
    r"(?<![\d.,/-])(?<!\d to )(?<!\d-)\b(?:[2-9]|10|1(?=\s+(?:hour|day|week|month|person|engineer)\b))\b(?:(?![\d.,/%:-])|(?=-(?:week|day|month|hour|person)))(?! to \d)"
    r"|\b(?:" + "|".join(_SMALL[2:]) + r")\b",
    re.IGNORECASE,
)


def _keep_case(old: str, new: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def _sub_in(text: str, span: tuple[int, int], pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str | None]) -> str:
    """Replace the first match of `pattern` inside `span` of `text` (None from `replace` skips a match)."""
    for m in pattern.finditer(text, span[0], span[1]):
        if len(re.findall(r"(?<!\w)['‘\"“]|['’\"”](?!\w)", text[: m.start()])) % 2:
            continue  # inside a quoted name ("a 'runs small / runs large' badge"): the words are the thing's name
        new = replace(m)
        if new is not None and new != m.group(0):
            before = text[: m.start()]
            if new.startswith(". ") and before.rstrip().endswith(","):
                before = before.rstrip()[:-1]  # ', and the planners will' -> '. The planners will': the comma goes with the 'and'
            return before + new + text[m.end() :]
    return text


def _rewordings(today: date | None) -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]]]:
    def when(m: re.Match[str]) -> str | None:
        d = _resolve_date(m, today) if today is not None else None
        return d.strftime("%a %d %b %Y") if d is not None else None

    def join(m: re.Match[str]) -> str:
        return _join(m)

    def number(m: re.Match[str]) -> str:
        word = m.group(0).lower()
        return _SMALL[int(word)] if word.isdigit() else str(_SMALL.index(word))

    def swap(m: re.Match[str]) -> str | None:
        word = m.group(0).lower()
        if word == "and" and (re.search(r"\bbetween\s+\S+(?:\s+\S+){0,3}\s*$", m.string[: m.start()], re.I) or not re.match(r"\s+(?:\d|a\b|an\b|one\b)", m.string[m.end() :], re.I)):
            return None  # "between late December and mid January" keeps its "and"; "plus" only adds an amount ("and 3 more")
        if word in ("about", "around") and not re.match(r"\s+(?:\d|a\b|an\b|" + "|".join(_SMALL) + r"\b)", m.string[m.end() :], re.I):
            return None  # "talk about it" stays; "about two weeks" becomes "roughly two weeks"
        if word == "will" and re.search(r"(?:^|[.?!:;,(\"'‘“]|\b(?:whether|if|and|but|so))\s*$", m.string[: m.start()], re.I):
            return None  # "Will that be live ...?": a question's 'will' has no 'is going to' ("Is going to that be live")
        if word == "will":
            return _going_to(m.string[: m.start()])
        new = _SWAPS[word]
        if new.startswith("the ") and re.search(r"\b(?:the|our|your|their|my|his|her|its|this|that|next|last|a|an)\s+$", m.string[: m.start()], re.I):
            new = new[4:]  # "our Q1 plan" -> "our first quarter plan", never "our the first quarter plan"
        return new if m.group(0).isupper() and m.start() > 0 else _keep_case(m.group(0), new)  # "EOQ" mid-sentence stays lower case

    def weekday(m: re.Match[str]) -> str | None:
        if today is None:
            return None
        name = m.group(1) or m.group(2)
        ahead = (_WEEKDAYS[name[:3].lower()] - today.weekday()) % 7 or 7
        lead = m.group(0)[: m.group(0).lower().index(name.lower())]
        return lead + (today + timedelta(days=ahead)).strftime("%a %d %b %Y")

    def nth_of_month(m: re.Match[str]) -> str | None:
        if today is None:
            return None
        month, day = MONTHS[m.group("m")[:3].lower()], int(m.group("d"))
        for year in (today.year, today.year + 1):
            try:
                d = date(year, month, day)
            except ValueError:
                return None
            if d >= today - timedelta(days=31):  # 'the 16th of November' a few weeks back is this year's
                return d.strftime("%a %d %b %Y")
        return None

    def ordinal(m: re.Match[str]) -> str | None:
        day = _day_of_month(int(m.group(1)), today)
        return day.strftime("%a %d %b %Y") if day is not None else None

    return [
        (_DATE_MENTION_RE, when),
        (_ORDINAL_DAY_RE, ordinal),
        (_NTH_OF_MONTH_RE, nth_of_month),
        (_WEEKDAY_RE, weekday),
        (_CONTRACTION_RE, _open_contraction),
        (_OPENED_RE, lambda m: _keep_case(m.group(0), _OPENED[m.group(0).lower()])),
        (_SMALL_RE, number),
        (_WE_WILL_RE, lambda m: f"{m.group(1)} will {m.group(2)}"),
        (_SWAP_RE, swap),
        (_CLAUSE_JOIN_RE, join),
        (_AND_CLAUSE_RE, lambda m: ". " + m.group("w")[:1].upper() + m.group("w")[1:]),
        (_NOW_VERB_RE, lambda m: f"{m.group(1)} currently" if m.group(1).lower() in ("is", "are") else f"currently {m.group(1)}"),
    ]


def _going_to(before: str) -> str | None:
    """'will' said as 'is/are/am going to', agreeing with the word before it ('the planners will' -> 'the planners are
    going to'); None when the subject is unclear (no word, or a word that is no subject)."""
    last = re.search(r"([A-Za-z']+)\s*$", before)
    if last is None:
        return None
    w = last.group(1).lower()
    if w == "i":
        return "am going to"
    if w in ("we", "they", "you", "these", "those", "both", "all") or (re.search(r"[^su']s$", w) and w not in ("this", "its", "his", "hers", "yes", "was", "does", "has", "is")):
        return "are going to"
    if w in ("it", "he", "she", "that", "this", "one", "everyone", "nobody", "someone") or re.fullmatch(r"[a-z-]+", w):
        return "is going to"
    return None


def _open_contraction(m: re.Match[str]) -> str:
    """'we're' -> 'we are'; 'it's been' -> 'it has been' (the 's of a perfect is 'has')."""
    word = m.group(0).lower()
    opened = _CONTRACTIONS[word]
    if word in ("it's", "that's", "there's", "he's", "she's") and re.match(r"\s+(?:been|got|had)\b", m.string[m.end() :], re.I):
        opened = opened.replace(" is", " has")
    return _keep_case(m.group(0), opened)


def _day_of_month(day: int, today: date | None) -> date | None:
    """'The 18th': that day this month when it is still ahead, else next month."""
    if today is None or not 1 <= day <= 31:
        return None
    for months_ahead in (0, 1, 2):
        year, month = today.year + (today.month - 1 + months_ahead) // 12, (today.month - 1 + months_ahead) % 12 + 1
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    return None


def _join(m: re.Match[str]) -> str:
    said = m.group(0)
    if said.startswith("."):
        word = m.group("w")
        return ". Also, " + (word.lower() if word.lower() in _FUNCTION_WORDS else word)
    return ", and " if said.startswith(",") else "; and " if said.startswith(";") else ", and "


_MONTH_ABBR_RE = re.compile(r"\b(?:jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\b")
# A language's name, always written with its capital ('spanish calls', 'the english model'); 'polish' is left alone (a verb too).
_LANGUAGE_RE = re.compile(
    r"\b(?:english|spanish|french|german|italian|portuguese|dutch|japanese|chinese|mandarin|cantonese|arabic|hindi|korean|russian|swedish|"
    r"danish|norwegian|finnish|greek|turkish|hebrew|catalan|basque|welsh|irish|ukrainian|vietnamese|thai|indonesian|malay|tagalog|swahili)\b(?=[\s.,;:)/-]|$)"
)
_DAY_RANGE_RE = re.compile(r"\b(?P<m>" + _MONTH + r")\.?\s+(?P<a>\d{1,2})\s*[-–]\s*(?P<b>\d{1,2})\b(?!\s*(?:%|k\b|weeks?|days?))", re.IGNORECASE)
_ARROW_RE = re.compile(r"(\S+)\s*-+>\s*(\S+)")
_FULL_DATE_RE = re.compile(r"\b\w{3} (\d{2}) (\w{3}) (\d{4})\b")


# "on the 1st we changed ...": a day of the month told in the past tense is the last one, not the next.
# What a date was promised for, told as still not done: 'promised for oct 30 still isn't here, that's 5 weeks late'.
_STILL_LATE_RE = re.compile(r"^[^.;!?]{0,30}?\b(?:still (?:isn'?t|hasn'?t|not|no|nothing|haven'?t|aren'?t)|(?:is|are|that'?s|it'?s|now) (?:\d+ (?:days?|weeks?) )?(?:late|overdue)|never (?:came|arrived|showed))\b", re.I)
_PAST_TOLD_RE = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:(?:we|i|they|it|he|she|someone)\s+)?(?:changed|switched|moved|shipped|launched|started|was|were|went|had|did|released|"
    r"turned|updated|added|removed|began|flipped|merged|deployed|broke|happened|landed)\b",
    re.I,
)


# A clause told in the past before its day ('the lineage doc went to Grace on the 3rd'): that day has been.
_PAST_BEFORE_RE = re.compile(
    r"\b(?:went|sent|was|were|came|got|gave|signed|shipped|landed|merged|delivered|arrived|happened|started|finished|handed|submitted|shared|emailed|"
    r"published|released|launched|met|spoke|told|agreed|approved|broke|failed|crashed|went live)\b"
    r"(?![^,.;]*\b(?:will|going|due|planned|scheduled|supposed|meant|promised|expected|set|booked|until|by)\b)[^,.;!?]*\bon\s+$",  # 'went to Grace on the 3rd', never 'was due by the 16th'

    re.I,
)


def _ordinal_text(text: str, m: re.Match[str], today: date) -> str:
    """'the 18th' written out as the date it means where it is said: the last such day when told in the past tense
    ('on 1 December we changed ...'), else the next one in full."""
    day = int(m.group(1))
    if (_PAST_TOLD_RE.match(text[m.end() :]) or _PAST_BEFORE_RE.search(text[: m.start()])) and 1 <= day <= 31:
        for months_back in (0, 1, 2):
            year, month = today.year + (today.month - 1 - months_back) // 12, (today.month - 1 - months_back) % 12 + 1
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            if candidate <= today:
                return f"{m.group(0)[: m.group(0).lower().rindex('the ')]}{candidate.day} {candidate.strftime('%B')}"  # "on monday 30 November"
    d = _ordinal_after(text[: m.start()], day, today)
    return d.strftime("%a %d %b %Y") if d else m.group(0)


def _ordinal_after(before: str, day: int, today: date) -> date | None:
    """'The 19th' after 'Mon 08 Feb 2027' in the same note: the 19th of that month (else this month or the next)."""
    said = list(_FULL_DATE_RE.finditer(before))
    if said:
        last = said[-1]
        try:
            d = date(int(last.group(3)), MONTHS[last.group(2).lower()], day)
        except (KeyError, ValueError):
            d = None
        if d is not None and d >= today:
            return d
    return _day_of_month(day, today)


def _ahead_unless_past(m: re.Match[str], today: date) -> date | None:
    """The date a note means: a bare 'oct 30' that has just gone by is next year's when the note speaks of what is
    ahead ('85% by oct 30'); it stays this year's when told as past ('shipped oct 30', 'was due oct 30')."""
    d = _resolve_date(m, today)
    if d is None or d >= today or m.group("y1") or m.group("y2") or m.group("iso") or m.group("wd1"):
        return d
    before = m.string[max(0, m.start() - 40) : m.start()]
    if _DONE_BEFORE_RE.search(before) or _PAST_RE.search(before) or _PAST_TOLD_RE.match(m.string[m.end() :]) or _STILL_LATE_RE.match(m.string[m.end() :]) or not re.search(r"\b(?:by|before|until|till|on|for|from|due|target\w*)\s+(?:the\s+)?$", before, re.I):
        return d
    try:
        later = d.replace(year=d.year + 1)
    except ValueError:
        return d
    return later if (later - today).days <= 366 else d


def polish(text: str, today: date | None = None, capital: bool = True) -> str:
    """The manager's note made ready to send: shorthand written out ('~4 wks' -> 'about 4 weeks'), dates in
    the reader's form ('jan 8' -> 'Fri 08 Jan 2027', 'the 18th' -> 'Fri 18 Dec 2026'), and each sentence
    starting with a capital and ending with a full stop. What it says is unchanged."""
    if not text.strip():
        return text
    out = text.strip()
    for pattern, plain in _SHORTHAND:
        out = re.sub(pattern, plain, out, flags=re.IGNORECASE if pattern not in (r"\bi\b",) else 0)
    out = _NAMED_DAY_RE.sub(lambda m: m.group(0).capitalize(), out)
    out = _MONTH_ABBR_RE.sub(lambda m: m.group(0).capitalize(), out)
    out = _LANGUAGE_RE.sub(lambda m: m.group(0).capitalize(), out)
    out = _DAY_RANGE_RE.sub(lambda m: f"{m.group('a')}-{m.group('b')} {m.group('m')[:3].capitalize()}", out)  # "nov 2-20" -> "2-20 Nov"
    out = _ARROW_RE.sub(r"from \1 to \2", out)  # "38k -> 61k" -> "from 38k to 61k"
    if today is not None:
        out = _FIRST_WEEKDAY_RE.sub(lambda m: _first_weekday_of_year(m.group(1), today), out)
        out = _DATE_MENTION_RE.sub(
            lambda m: d.strftime("%a %d %b %Y") if m.string[max(0, m.start() - 1) : m.start()] not in ("-", "–") and (d := _ahead_unless_past(m, today)) else m.group(0),
            out,
        )  # "2-20 Nov" is a range of days, left as said
        out = _ORDINAL_DAY_RE.sub(lambda m: _ordinal_text(out, m, today), out)
        out = re.sub(r"(?i)^(starting|from) ((?:mon|tue|wed|thu|fri|sat|sun) \d{2} \w{3} \d{4}) (?=(?:we|the|our|all|everyone|nobody|each)\b)", r"\1 \2, ", out)  # "From 4 Jan, we ..."
    sentences = [x.strip() for x in re.split(r"(?<=[.!?])(?<!\b\d\.\d\.)(?<!\b\d\d\.\d\.)(?<!\b\d\.\d\d\.)(?<!\b\d\d\.\d\d\.)\s+", out) if x.strip()]  # '15.1. to 26.2.': a dotted date ends no sentence
    fixed = [x if i == 0 and not capital else x[:1].upper() + x[1:] for i, x in enumerate(sentences)]  # the first keeps its case
    out = " ".join(fixed)
    return out if out[-1] in ".!?…" else out + "."


def restate(text: str, source: str, today: date | None = None, limit: int = MAX_ECHO_WORDS) -> str:
    """The text reworded just enough that no run of more than `limit` words is pasted from `source`:
    dates in full ("Fri 15 Jan 2027"), small numbers as words or digits, contractions opened or closed,
    a few plain swaps ("probably" -> "likely"). The meaning and every fact stay; the text is returned
    unchanged when it shares no long run with the source."""
    if not text or not source.strip():
        return text
    rules = _rewordings(today)
    for _ in range(30):
        span = _echo_span(source, text, limit)
        if span is None:
            return text
        for pattern, replace in rules:
            changed = _sub_in(text, span, pattern, replace)
            if changed != text:
                text = changed
                break
        else:
            return text  # nothing left to reword inside the run; the caller decides
    return text


_CALENDAR_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october "
    "november december mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday".split()
)
OBJECT_NEXT = r"(?=\s*(?:$|[.,;:!?)]|\b(?:there|to|on|in|at|for|with|and|or|up|out|back|off|a|an|the|this|that|next|now|know|feel|what|how|why|when|too|again)\b))"


def address(text: str) -> str:
    """A sentence about the reader said to them: "he can't have Priya" -> "you can't have Priya", "she's not
    getting the promotion, but here's what gets her there" -> "you're not getting the promotion, but here's
    what gets you there" (later pronouns follow only when no one else is named)."""
    stripped = text.strip()
    m = re.match(r"(?i)(he|she)(?:(?P<c>['’]s)\s+(?P<n>\w+)|\s+(?P<v>\w+)\b)", stripped)
    if not m:
        return text
    verbs = {"is": "are", "has": "have", "wants": "want", "needs": "need", "gets": "get", "was": "were", "does": "do"}
    if m.group("c"):
        opening = ("you've " if m.group("n").lower() in ("been", "got", "had") else "you're ") + m.group("n")
    else:
        opening = "you " + verbs.get(m.group("v").lower(), m.group("v"))
    rest = stripped[m.end() :]
    names = [w for w in re.findall(r"(?<![.!?]\s)\b[A-Z][a-z]+\b", rest) if w.lower() not in _CALENDAR_WORDS and w not in ("Also", "I")]
    if not names:  # no one else is named: every he/she in the message is the reader
        if m.group(1).lower() == "she":
            rest = re.sub(r"\bherself\b", "yourself", rest)
            rest = re.sub(r"\bher\b" + OBJECT_NEXT, "you", rest)
            rest = re.sub(r"\bher\b", "your", rest)
            rest = re.sub(r"\bshe['’]s\b", "you're", rest)
            rest = re.sub(r"\bshe['’]ll\b", "you'll", rest)
            rest = re.sub(r"\bshe\b", "you", rest)
        else:
            rest = re.sub(r"\bhimself\b", "yourself", rest)
            rest = re.sub(r"\bhim\b", "you", rest)
            rest = re.sub(r"\bhis\b", "your", rest)
            rest = re.sub(r"\bhe['’]s\b", "you're", rest)
            rest = re.sub(r"\bhe['’]ll\b", "you'll", rest)
            rest = re.sub(r"\bhe\b", "you", rest)
    return _keep_case(stripped, opening) + rest


_LEADING_WHEN = r"(?:(?:once|after|when|as soon as|from|starting)\b[^,]*?,?\s+)?"
_OFFERED_VERB = r"(?:send|give|share|run|build|deliver|provide|set up|start|do|put together|email|walk|extend|add|train|ship|retrain|adapt)"


def offer_to_reader(text: str) -> str:
    """An offer we make said to the reader it is about: 'once v3 ships we send him a weekly report, first one jan 11' ->
    'once v3 ships we'll send you a weekly report, the first one jan 11'. The third person becomes 'you' only when
    no one else is named; a present-tense 'we send' becomes 'we'll send' (an offer is about what we will do)."""
    if not re.match(rf"(?i){_LEADING_WHEN}(?:we|i|our team)\b", text):
        return text
    text = re.sub(rf"(?i)\b(we|i) ({_OFFERED_VERB})\b", lambda m: f"{m.group(1)}'ll {m.group(2)}", text, count=1)
    text = re.sub(r"(?i)(?<!the )\bfirst one\b", "the first one", text)
    text = re.sub(rf"(?i)\b(the first one) (?=(?:{_MONTH}|mon|tue|wed|thu|fri|sat|sun)\w*\.?\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})", r"\1 on ", text)
    if any(w.lower() not in _CALENDAR_WORDS for w in re.findall(r"(?<!^)\b[A-Z][a-z]+\b", text)):
        return text  # someone else is named: 'her' may be them
    swaps = ((r"\b(?:she|he)['’]s\b", "you're"), (r"\b(?:she|he)['’]ll\b", "you'll"), (r"\b(?:she|he)\b", "you"),
             (r"\b(give|offer|send|show|lend|get|bring|tell|walk|pair|email)\s+(?:her|him)\b", r"\1 you"),
             (r"\b(?:her|him)\b" + OBJECT_NEXT, "you"), (r"\b(?:her|his)\b", "your"), (r"\bhim\b", "you"))
    for pattern, said in swaps:
        text = re.sub(pattern, said, text, flags=re.I)
    return text


class Span(BaseModel):
    """Where a finding is in the text."""

    start: int = Field(ge=0, description="Start character offset.")
    end: int = Field(ge=0, description="End character offset (exclusive).")
    text: str = Field(description="The matched text.")


class Finding(BaseModel):
    """One problem found in a message."""

    rule: RuleId = Field(description="Rule id.")
    severity: Literal["error", "warning"] = Field(description="error = fix before sending; warning = consider fixing.")
    span: Span = Field(description="Where it is.")
    message: str = Field(description="What is wrong.")
    fix: str = Field(description="Suggested fix.")


class LintInput(BaseModel):
    """A message to check, and optionally who it is for and what it must not repeat."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=50_000, description="The message text.")
    audience: Audience | None = Field(
        default=None,
        description="Who it is for (executive messages have a tighter length limit; own_team messages ask for no approval).",
    )
    source_text: str = Field(
        default="", max_length=20_000, description="The manager's own words (their question); the message must not repeat 9+ words of it."
    )
    today: date | None = Field(default=None, description="Today's date, to flag target dates already in the past.")
    recipient_role: str = Field(
        default="", max_length=80, description="The recipient's role (CFO, VP Engineering...); a non-technical one needs plain language."
    )
    plain_language: bool = Field(default=False, description="True for a non-technical reader: flag P80, percentile, Monte Carlo...")
    purpose: Purpose | None = Field(default=None, description="The message's purpose (explain_uncertainty implies plain language).")


class LintReport(BaseModel):
    """Findings for a message."""

    clean: bool = Field(description="True when there are no findings.")
    findings: list[Finding] = Field(description="Findings in text order.")
    word_count: int = Field(description="Words in the message.")
    word_limit: int = Field(description="Length limit applied.")


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in ".!?\n")
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
    return text[left + 1 : (min(rights) + 1 if rights else len(text))]


_ROLE_AUDIENCES = (  # checked in order: "the data team" is a peer team, "product team" is product
    (re.compile(r"\b(?:peer[ _]teams?|peers?|other teams?|platform|infra\w*|data team)\b", re.IGNORECASE), "peer_team"),
    (re.compile(r"\b(?:product|pm|head[ _]of[ _]product|product manager|design)\b", re.IGNORECASE), "product"),
    (re.compile(r"\b(?:own[ _]team|my team|team|reports?)\b", re.IGNORECASE), "own_team"),
)


def audience_for(role: str) -> Audience:
    """The audience a recipient's role implies (team -> own_team, product -> product, peers -> peer_team, else executive)."""
    for pattern, audience in _ROLE_AUDIENCES:
        if pattern.search(role):
            return audience  # type: ignore[return-value]
    return "executive"


def needs_plain_language(recipient_role: str, purpose: str | None = None, plain_language: bool = False) -> bool:
    """True when the reader is a non-technical executive (by role or purpose) or plain language is asked for."""
    return plain_language or purpose == "explain_uncertainty" or bool(NON_TECHNICAL_ROLE_RE.search(recipient_role))


def _style_findings(text: str) -> list[Finding]:
    """The original rules: single-date promises, metric hype, certainty, a missing ask and blame."""
    findings: list[Finding] = []
    for m in PROMISE_RE.finditer(text):
        sentence = _sentence_around(text, m.start(), m.end())
        if NEGATED_RE.search(sentence) or REQUEST_RE.match(sentence.strip()):
            continue  # "we cannot do the live demo on Wednesday" declines a date, "I need it done by Thu" asks for one: neither promises
        if re.search(r"\b(?:around|roughly|approximately|approx|estimated|expected)\b|~", text[max(0, m.start() - 20) : m.end()], re.I):
            continue  # "once v3 ships (around the 18th)": a rough date said as rough is no commitment
        if PROPOSAL_RE.search(text[max(0, m.start() - 40) : m.start()]) and DECISION_ASK_RE.search(text):
            continue  # "we want to go live on the 18th", with the reader's approval asked for: a proposed date, no promise
        if not CONFIDENCE_RE.search(sentence) and not SLIP_RE.search(sentence) and not RANGE_RE.search(sentence):
            findings.append(
                Finding(
                    rule="single-date-promise",
                    severity="warning",
                    span=_span(text, m.start(), m.end()),
                    message="A single-date commitment with no range or confidence.",
                    fix="Give a range with confidence, e.g. 'most likely by X, 80% likely by Y'.",
                )
            )
    metric = METRIC_RE.search(text)
    if metric and not IMPACT_RE.search(text) and not _METRIC_MEANING_SAID_RE.search(text):  # a metric explained is not hype
        findings.append(
            Finding(
                rule="metric-hype",
                severity="warning",
                span=_span(text, metric.start(), metric.end()),
                message=f"Reports '{metric.group(0)}' without saying what it means for the product or the business.",
                fix="Tie the metric to product impact (users, cost, revenue, time saved).",
            )
        )
    for m in CERTAINTY_RE.finditer(text):
        if NEGATED_RE.search(_sentence_around(text, m.start(), m.end())) or re.search(r"\b(?:was|were|been|had)\s+$", text[max(0, m.start() - 12) : m.start()], re.I):
            continue  # "we can't guarantee that" refuses the certainty; "were promised for the 17th" reports one made
        findings.append(
            Finding(
                rule="certainty",
                severity="error",
                span=_span(text, m.start(), m.end()),
                message=f"'{m.group(0)}' promises certainty ML work cannot give.",
                fix="State a likelihood instead (e.g. '80% likely') and name the main risk.",
            )
        )
    if not ASK_RE.search(text):
        stripped = text.rstrip()
        start = max(stripped.rfind("\n", 0, len(stripped) - 1) + 1, 0)
        findings.append(
            Finding(
                rule="missing-ask",
                severity="warning",
                span=_span(text, start, len(stripped)),
                message="No ask or next step: the reader does not know what you need from them.",
                fix="End with the decision you need or the next step, e.g. 'Could you confirm by ...?'.",
            )
        )
    for m in BLAME_RE.finditer(text):
        if _NO_BLAME_RE.search(text[max(0, m.start() - 30) : m.start()]) and re.match(r"(?i)blam", m.group(0)):
            continue  # 'No blame on anyone', 'not a blame session', 'a no-blame review': blame ruled out, not laid
        findings.append(
            Finding(
                rule="blame",
                severity="error",
                span=_span(text, m.start(), m.end()),
                message="Blame language puts a person, not the problem, at the centre.",
                fix="Describe what happened and what changes next, without naming fault.",
            )
        )
    return findings


def _echo_findings(text: str, source: str) -> list[Finding]:
    span = _echo_span(source, text) if source.strip() else None
    if span is None:
        return []
    return [
        Finding(
            rule="echo",
            severity="error",
            span=_span(text, *span),
            message=f"Repeats more than {MAX_ECHO_WORDS} consecutive words of your own message.",
            fix="Say it in the reader's terms: lead with the decision or answer, in new words.",
        )
    ]


def _jargon_findings(text: str) -> list[Finding]:
    return [
        Finding(
            rule="jargon",
            severity="warning",
            span=_span(text, m.start(), m.end()),
            message=f"'{m.group(0)}' is jargon for a non-technical reader.",
            fix="Use a plain range instead, e.g. 'most likely mid-February, possibly as late as March'.",
        )
        for m in JARGON_RE.finditer(text)
    ]


def _clause_around(sentence: str, said: str) -> str:
    """The comma- or semicolon-separated clause of the sentence that holds `said` (the sentence when none does)."""
    return next((c for c in re.split(r",\s+|;\s+", sentence) if said in c), sentence)


def _past_date_findings(text: str, today: date) -> list[Finding]:
    findings = []
    for m in _DATE_MENTION_RE.finditer(text):
        when = _resolve_date(m, today)
        if when is None or when >= today:
            continue
        sentence = _sentence_around(text, m.start(), m.end())
        if _DONE_BEFORE_RE.search(text[max(0, m.start() - 30) : m.start()]) or re.search(r"\b(?:since|as of)\s+$", text[max(0, m.start() - 12) : m.start()], re.I):
            continue  # "fraud v3 shipped Mon 30 Nov", "live since Tue 1 Dec": a report of what happened, not a target
        clause = _clause_around(sentence, m.group(0))  # "live since dec 1, results by dec 18": the target is another clause's
        if _TARGET_RE.search(clause) and not _PAST_RE.search(sentence):
            findings.append(
                Finding(
                    rule="past-date",
                    severity="error",
                    span=_span(text, m.start(), m.end()),
                    message=f"{when.isoformat()} is already past (today is {today.isoformat()}) but reads as a target.",
                    fix="Say the date has passed and give a new range from today.",
                )
            )
    return findings


def _approval_findings(text: str) -> list[Finding]:
    findings = []
    for m in APPROVAL_RE.finditer(text):
        if _ASKING_RE.search(_sentence_around(text, m.start(), m.end())):
            findings.append(
                Finding(
                    rule="approval-ask",
                    severity="warning",
                    span=_span(text, m.start(), m.end()),
                    message="Asks your own team to approve or confirm a decision that is yours to make.",
                    fix="Announce it: what changes, why, what stays protected and who to talk to.",
                )
            )
    return findings


def lint_message(inp: LintInput) -> LintReport:
    """Check a stakeholder message for single-date promises without confidence, metric hype without product impact, guarantee-style certainty, a missing ask or next step, blame language and excessive length; with the optional context also for 9+ words repeated from the manager's own text (source_text), jargon for a non-technical reader, target dates already past (today) and approval asks aimed at the own team; each finding has a rule, severity, character span and suggested fix."""
    text = inp.text
    findings = _style_findings(text) + _echo_findings(text, inp.source_text)
    if needs_plain_language(inp.recipient_role, inp.purpose, inp.plain_language):
        findings += _jargon_findings(text)
    if inp.today is not None:
        findings += _past_date_findings(text, inp.today)
    if inp.audience == "own_team":
        findings += _approval_findings(text)
    words = list(WORD_RE.finditer(text))
    limit = WORD_LIMITS.get(inp.audience or "", DEFAULT_WORD_LIMIT)
    if len(words) > limit:
        start = words[limit].start()
        findings.append(
            Finding(
                rule="too-long",
                severity="warning",
                span=_span(text, start, len(text)),
                message=f"{len(words)} words; keep it under {limit} for this audience.",
                fix="Lead with the decision, cut background, move detail to a linked doc.",
            )
        )
    findings.sort(key=lambda f: (f.span.start, f.rule))
    return LintReport(clean=not findings, findings=findings, word_count=len(words), word_limit=limit)


class Forecast(BaseModel):
    """Forecast percentiles, in weeks from now or as dates."""

    model_config = ConfigDict(extra="forbid")

    unit: Literal["weeks", "dates"] = Field(
        default="weeks", description="weeks: p50/p80/p95 are weeks; dates: p50_date/p80_date/p95_date."
    )
    p50: float | None = Field(default=None, gt=0, le=520, description="Median (50% likely) weeks.")
    p80: float | None = Field(default=None, gt=0, le=520, description="80%-likely weeks.")
    p95: float | None = Field(default=None, gt=0, le=520, description="95%-likely weeks.")
    p50_date: date | None = Field(default=None, description="50%-likely date.")
    p80_date: date | None = Field(default=None, description="80%-likely date.")
    p95_date: date | None = Field(default=None, description="95%-likely date.")
    calendar_note: str = Field(
        default="", max_length=300,
        description="How the dates treat holidays in the window (the forecast's calendar_caveat); said next to the dates.",
    )

    @model_validator(mode="after")
    def _consistent(self) -> Forecast:
        values = (
            [self.p50, self.p80, self.p95] if self.unit == "weeks" else [self.p50_date, self.p80_date, self.p95_date]
        )
        given = [v for v in values if v is not None]
        if not given:
            raise ValueError(
                f"a forecast in {self.unit} needs at least one percentile ({'p50/p80/p95' if self.unit == 'weeks' else 'p50_date/p80_date/p95_date'})"
            )
        if any(a > b for a, b in zip(given, given[1:])):
            raise ValueError("percentiles must satisfy p50 <= p80 <= p95")
        return self

    def points(self) -> list[tuple[int, float | date]]:
        """The given percentiles as (level, value) pairs, in order."""
        values = (
            [self.p50, self.p80, self.p95] if self.unit == "weeks" else [self.p50_date, self.p80_date, self.p95_date]
        )
        return [(lvl, v) for lvl, v in zip((50, 80, 95), values) if v is not None]


class Option(BaseModel):
    """An option with its trade-off."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=80, description="Short option name.")
    tradeoff: str = Field(min_length=1, max_length=300, description="What it costs or risks.")


class Point(BaseModel):
    """One thing the manager said the message must say, in the message's voice."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    kind: Literal["point", "reason", "offer", "ask", "request", "safeguard"] = Field(
        default="point",
        description="point, reason, offer (a counter-offer), ask (of the reader), request (what the reader asked for) or safeguard (what we do about a risk).",
    )
    text: str = Field(min_length=1, max_length=400, description="The clause, said to the reader.")

    @field_validator("text", mode="before")
    @classmethod
    def _whole_clauses(cls, value: object) -> object:
        """A long pasted paragraph is cut at its last clause that fits, never refused."""
        return cut_text(value.strip(), 400) if isinstance(value, str) else value


def _text(description: str, max_length: int = 300) -> str:
    return Field(default="", max_length=max_length, description=description)  # type: ignore[return-value]


class StrategyChance(BaseModel):
    """The chance the current work keeps its promised date under one way of handling the new work."""

    model_config = ConfigDict(extra="forbid")

    strategy: Literal["switch_now", "finish_first", "split_capacity", "defer_new"] = Field(description="The strategy.")
    probability: float = Field(ge=0, le=1, description="Chance the current work lands by its date under it (0-1).")


class Facts(BaseModel):
    """Structured facts a message may use; the draft uses no numbers beyond these."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    forecast: Forecast | None = Field(default=None, description="Forecast percentiles.")
    deadline: date | None = Field(default=None, description="The deadline in question.")
    deadline_probability: float | None = Field(
        default=None, ge=0, le=1, description="Probability of meeting the deadline (0-1)."
    )
    options: list[Option] = Field(default_factory=list, max_length=4, description="Options with trade-offs.")
    ask: str = _text("What you need from the reader.")
    decision: str = _text("The decision or recommendation.")
    reason: str = _text("Why (the reason for the change or the main risk).", 600)
    product_impact: str = _text("What it means for users or the business.")
    person: str = _text("Person involved, if any.", 80)
    project: str = _text("Project involved, if any.", 120)
    question_asked: str = _text("The stakeholder's question in plain words, e.g. 'can we ship by early January?'.")
    reader_message: str = _text("The reader's own message the reply answers, as they wrote it (their plans and dates; read, never said back).", 1500)
    answer: Answer = Field(
        default="",
        description="yes, likely, unlikely or no; empty: derived from deadline_probability (>=0.8 yes, >=0.5 likely, >=0.2 unlikely, else no).",
    )
    strategy: Strategy = Field(
        default="", description="The recommended reprioritization strategy: switch_now, finish_first, split_capacity or defer_new."
    )
    strategy_summary: str = _text("One sentence on why that strategy (from the strategy comparison).")
    current_finish_probability: float | None = Field(
        default=None, ge=0, le=1, description="Chance the current work finishes and works under the strategy (0-1)."
    )
    headcount: int | None = Field(default=None, ge=1, le=100, description="How many people you are asking for.")
    resource: str = _text("What kind of people or resource, e.g. 'ML engineers'.", 80)
    cost: str = _text("What the ask costs, in the manager's words, e.g. 'roughly 180k fully loaded'.", 120)
    load_percent: float | None = Field(default=None, ge=0, le=1000, description="The team's load as % of capacity, e.g. 120.")
    backlog_weeks: float | None = Field(default=None, ge=0, le=520, description="Backlog in weeks of work.")
    cost_of_not: str = _text("What happens without it, in the manager's terms.")
    offer: str = _text("A concrete smaller offer when declining.")
    later_date: date | None = Field(default=None, description="A later slot you can offer (a start date, not a finish promise).")
    decide_by: date | None = Field(default=None, description="When the reader's decision is needed.")
    starts: date | None = Field(default=None, description="For an announcement: when the change takes effect.")
    what_changes: str = _text("For an announcement: what changes.")
    what_stays: str = _text("For an announcement: what stays protected.")
    contact: str = _text("Who to talk to about the change (default: the sender).", 80)
    next_check: str = _text("When and what you will know more, e.g. 'after the first training run in two weeks'.")
    range_weeks: list[float] = Field(
        default_factory=list, max_length=2, description="A plain [low, high] range in weeks, e.g. [6, 10]."
    )
    new_work: str = _text("The new work, e.g. 'the LLM summarizer'.", 120)
    today: date | None = Field(default=None, description="Today's date (dates before it are never presented as targets).")
    what_would_change: str = _text("What would change the answer or the odds.")
    first_try_probability: float | None = Field(
        default=None, ge=0, le=1,
        description="The manager's chance that the plan's riskiest step works first time (counted in the forecast); said as the main uncertainty.",
    )
    first_try_retried: bool = Field(default=False, description="A step that misses first time gets another round (the forecast counts it).")
    works_probability: float | None = Field(
        default=None, ge=0, le=1, description="Chance the plan works at all when below 1: the forecast's dates count only the trials where it does.",
    )
    work_starts: date | None = Field(default=None, description="When the forecast work starts, as the manager said.")
    ready_before: bool = Field(default=False, description="The work must be in place before the deadline, for something that happens on it.")
    current_due: date | None = Field(default=None, description="The date promised on the current work, in a reprioritization.")
    current_due_promised_to: str = _text("Who was promised the current work's date ('the harbour master').", 80)
    current_due_chances: list[StrategyChance] = Field(
        default_factory=list, max_length=4, description="The chance the current work keeps that date under each way of handling the new work.",
    )
    original: str = Field(
        default="", max_length=5000, description="For a rewrite: the manager's own message to clean up (its content and facts are kept)."
    )
    max_sentences: int | None = Field(default=None, ge=1, le=30, description="For a rewrite: at most this many sentences ('cut it to 3 sentences').")
    max_words: int | None = Field(default=None, ge=10, le=2000, description="For a rewrite: at most this many words ('under 100 words').")
    points: list[Point] = Field(
        default_factory=list, max_length=12,
        description="What the manager's own words say the message must say (reasons, offers, numbers, dates, asks), in order; used before any stock wording.",
    )
    rewrite_goal: Literal["", "soften", "tighten", "firm", "plain"] = Field(
        default="",
        description="For a rewrite: soften (kinder), tighten (shorter), firm (no hedges, a dated ask), plain (no jargon) or '' (tone only).",
    )
    rewrite_shorter: bool = Field(default=False, description="For a rewrite whose goal is softer, firmer or plainer: shorter as well ('firmer and shorter').")
    rewrite_bullets: bool = Field(default=False, description="For a rewrite: the points as a bulleted list ('turn this into 3 bullets').")

    @field_validator("range_weeks")
    @classmethod
    def _range(cls, v: list[float]) -> list[float]:
        if v and (len(v) != 2 or not all(math.isfinite(x) and 0 < x <= 520 for x in v) or v[0] > v[1]):
            raise ValueError("range_weeks must be [low, high] with 0 < low <= high <= 520")
        return v


class Constraints(BaseModel):
    """What the manager's notes to the writer ask of the draft: notes shape the message, never become sentences of it."""

    model_config = ConfigDict(extra="forbid")

    no_options: bool = Field(default=False, description="No options list and no 'which do you prefer' ('decision's made, no options').")
    decided: bool = Field(default=False, description="A decision already made: the message announces it and asks no approval.")
    chat: bool = Field(default=False, description="A Slack or channel post: no subject line.")
    plain: bool = Field(default=False, description="A non-technical reader: plain words, no jargon.")
    lead_with_ask: bool = Field(default=False, description="The ask is the first line.")
    one_paragraph: bool = Field(default=False, description="The message after the greeting is one paragraph ('one paragraph').")
    odds_in_words: bool = Field(default=False, description="Chances said in words ('very likely'), no percentage: nobody asked for odds.")
    apology: bool = Field(default=False, description="One plain apology sentence, no grovelling ('apologetic but not grovelling').")
    no_apology: bool = Field(default=False, description="No apology line at all ('no grovelling', \"don't apologise\"): the slip is told plainly.")
    own_it: bool = Field(default=False, description="The manager owns the slip ('own it'): one line that the new date is ours to hold.")
    grumble: str = Field(default="", max_length=60, description="What the manager expects the team to grumble about ('the form'), acknowledged in one line.")
    valued: str = Field(default="", max_length=40, description="What the manager says the reader has been to them ('great', 'really helpful'): thanked in the close.")
    no_fluff: bool = Field(default=False, description="Numbers first, no stock lines ('she forwards these to finance, no fluff').")
    thank: list[str] = Field(default_factory=list, max_length=6, description="People to thank by name for what they built or did.")
    one_number: bool = Field(default=False, description="The reader wants one number ('she wants one number'): the range's top leads, the range follows.")
    forwardable: bool = Field(default=False, description="The reader forwards it as is ('something I can forward'): no line addressed to them alone.")
    no_blame: bool = Field(default=False, description="The cause said as a problem to fix, not the reader's fault ('don't make it sound like we're blaming them').")
    say_aloud: bool = Field(default=False, description="The reader needs a line to say out loud ('something he can say to the minister'): that line leads, in quotes.")
    assume: bool = Field(default=False, description="The reader plans around the answer ('what she should assume for the Q1 budget'): the close says what to assume, not options to pick.")
    bullets: bool = Field(default=False, description="The reader likes lists ('she likes bullets'): the body's sentences as one bulleted list.")
    explained: bool = Field(default=False, description="The points are a composed explanation (a range or a misread metric said in plain words): they lead in order, no stock lead.")


class DraftInput(BaseModel):
    """Who the message is for, what it must do, the facts and the tone."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    audience: Audience = Field(description="executive, product, peer_team or own_team.")
    purpose: Purpose = Field(
        description=(
            "answer_question, forecast_risk, decline_or_negotiate, ask_for_resources, explain_uncertainty, "
            "announce_change (to your own team), respond_to_reprioritization or progress_update."
        )
    )
    tone: Tone = Field(default="direct", description="direct, warm or formal.")
    facts: Facts = Field(default_factory=Facts, description="Facts the message may use.")
    recipient: str = Field(default="", max_length=80, description="The recipient's name for the greeting, if known.")
    recipient_role: str = Field(
        default="", max_length=80, description="The recipient's role, e.g. CFO, VP Engineering, director, team."
    )
    sender: str = Field(default="", max_length=80, description="Sign-off name, if any.")
    group: str = Field(default="", max_length=80, description="A group the message also goes to ('product leads'): greeted with the recipient, asked as a group.")
    source_text: str = Field(
        default="", max_length=20_000, description="The manager's own question; the draft never repeats 9+ words of it."
    )
    constraints: Constraints = Field(default_factory=Constraints, description="What the manager's notes to the writer ask of the draft.")
    reader: Reader = Field(default_factory=Reader, description="How the manager's words name the reader, so the draft speaks to them, never of them.")
    brief: MessageBrief = Field(default_factory=MessageBrief, description="What the message must do, typed: the ask and its object, what is declined and offered, the reasons, the reader's relation to us.")
    kept_out: list[KeptOut] = Field(default_factory=list, description="Clauses of the manager's notes that are no content for the reader (a note on the reader, an instruction), with why: listed under the draft.")


class DraftedMessage(BaseModel):
    """A drafted message and its lint report."""

    subject: str = Field(description="Subject line.")
    body: str = Field(description="Message body.")
    word_count: int = Field(description="Words in the body.")
    lint: LintReport = Field(description="Lint report of the body.")
    notes: list[str] = Field(description="Notes for the sender (what to fill in or check).")
    answer: Answer = Field(default="", description="The answer given (answer_question), derived or as given.")


def _num(x: float) -> str:
    return f"{x:g}"


def _day(d: date) -> str:
    return d.strftime("%a %d %b %Y")


_STAMPED_DAY_RE = re.compile(r"\b(?P<wd>Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?P<d>\d{2}) (?P<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?P<y>\d{4})\b")


# A weekday said just before a calendar stamp of the same day ('thursday Thu 10 Dec 2026'): the stamp says it already.
_SAID_WEEKDAY_RE = re.compile(
    r"\b(?P<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun)\.?,?\s+"
    r"(?=(?-i:(?P<wd>Mon|Tue|Wed|Thu|Fri|Sat|Sun)) \d{2} (?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b)",
    re.I,
)


def human_day(d: date, today: date | None) -> str:
    """A date as a reader says it ('Tuesday 15 December'); the year only when it is not the one they would assume
    (more than about ten months ahead or two months back, or no today to count from)."""
    said = f"{d:%A} {d.day} {d:%B}"
    near = today is not None and -60 <= (d - today).days <= 300
    return said if near else f"{said} {d.year}"


def human_dates(text: str, today: date | None) -> str:
    """Every calendar stamp in a message ('Mon 11 Jan 2027') written as a person would ('Monday 11 January'; 'the
    week of 11 January')."""

    def said(m: re.Match[str]) -> str:
        try:
            d = date(int(m.group("y")), MONTHS[m.group("m").lower()], int(m.group("d")))
        except (KeyError, ValueError):
            return m.group(0)
        return human_day(d, today)

    out = _SAID_WEEKDAY_RE.sub(lambda m: "" if m.group("w")[:3].lower() == m.group("wd").lower() else m.group(0), text)  # "Thursday Thu 10 Dec"
    out = _STAMPED_DAY_RE.sub(said, out)
    return re.sub(r"\b(the week (?:of|starting|beginning)) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) ", r"\1 ", out)


def _clip(text: str, words: int) -> str:
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " …"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else text + "."


def _strip_end(text: str) -> str:
    return text.strip().rstrip(".!?…").strip()


def _count(n: int) -> str:
    return _SMALL[n] if 0 <= n < len(_SMALL) else str(n)


def _month_phrase(d: date, today: date | None) -> str:
    part = "early " if d.day <= 10 else "mid-" if d.day <= 20 else "late "
    year = f" {d.year}" if today is not None and d.year != today.year else ""
    return f"{part}{d.strftime('%B')}{year}"


def derive_answer(f: Facts) -> Answer:
    """The answer to the stakeholder's question: as given, else from the deadline probability."""
    if f.answer:
        return f.answer
    if _deadline_passed(f):
        return "no"
    p = f.deadline_probability
    if p is None:
        return ""
    return "yes" if p >= 0.8 else "likely" if p >= 0.5 else "unlikely" if p >= 0.2 else "no"


@dataclass
class _Draft:
    """The parts of a message before it is assembled."""

    lead: str
    body: list[str] = field(default_factory=list)
    options: bool = False
    closing: str = ""


_SUBJECTS = {
    "answer_question": "Your question",
    "forecast_risk": "Schedule risk",
    "decline_or_negotiate": "On your request",
    "ask_for_resources": "Request for support",
    "explain_uncertainty": "Why a range, not a single date",
    "explain_plain": "What this means, in plain words",  # an explanation with no dates in it: no "single date" to refuse
    "announce_change": "A change to our plans",
    "respond_to_reprioritization": "Proposal on the priority change",
    "progress_update": "Progress update",
    "share_decision": "A decision to share",
    "rewrite": "Your message, reworked",
}


# What a draft says where the question gave nothing to say: a bracket to fill in, never invented content.
_MISSING = {
    "share_decision": "[add what you want to tell them].",
    "forecast_risk": "[add what is at risk, and why].",
    "ask_for_resources": "[add what you need: people, time or budget, and for how long].",
    "announce_change": "[add what changes, and from when].",
    "progress_update": "[add what changed and what comes next].",
}


def _deadline_passed(f: Facts) -> bool:
    return f.deadline is not None and f.today is not None and f.deadline < f.today


def _odds(p: float) -> str:
    """A chance as a stakeholder should read it: a percentage, but no false precision at the extremes (a
    simulated 0% or >99% rests on estimates, so it is said as 'under one in twenty' or 'better than nineteen in twenty')."""
    if p < 0.05:
        return "under one in twenty"
    if p > 0.95:
        return "better than nineteen in twenty"
    return percent(p, words=True)


def _chance(f: Facts) -> str:
    """The chance of meeting the deadline in a sentence, or that the original date has passed."""
    if f.deadline is not None and _deadline_passed(f):
        return f"The original date, {_day(f.deadline)}, has already passed; the range below counts from today."
    if f.deadline_probability is None:
        return ""
    target = _day(f.deadline) if f.deadline else "the deadline"
    return f"We put the chance of meeting {target} at {_odds(f.deadline_probability)}."


def _forecast_range(f: Facts) -> str:
    """The forecast as a range with confidence (for readers who know percentiles)."""
    what = f.project or "the work"
    fc = f.forecast
    if fc is not None:
        pts = fc.points()
        if len(pts) > 1 and len({v for _, v in pts}) == 1:  # no spread: the estimate was a single number, not a range
            when = f"within {_num(pts[0][1])} weeks" if fc.unit == "weeks" else f"by {_day(pts[0][1])}"  # type: ignore[arg-type]
            return f"Our forecast for {what}: {when}, from a single-number estimate, so it has no range yet."
        if fc.unit == "weeks":
            parts = [f"{lvl}% likely within {_num(v)} weeks" for lvl, v in pts]  # type: ignore[arg-type]
            lead = (
                f"Our forecast for {what} is between {_num(pts[0][1])} and {_num(pts[-1][1])} weeks: "  # type: ignore[arg-type]
                if len(pts) > 1
                else f"Our forecast for {what}: "
            )
        else:
            parts = [f"{_LEVEL_WORDS[lvl]} by {_day(v)}" for lvl, v in pts]  # type: ignore[arg-type]
            lead = f"Our forecast for {_the(what)}: "
            return lead + (", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]) + "."
        return lead + ", ".join(parts) + "."
    if f.range_weeks:
        low, high = f.range_weeks
        return f"Our forecast for {what} is between {_num(low)} and {_num(high)} weeks."
    return ""


# A forecast percentile as a reader says it: 'an 8 in 10 chance by ...', never 'P80' or '80% likely'.
_LEVEL_WORDS = {50: "about even odds", 80: "an 8 in 10 chance", 95: "19 in 20"}


def _plain_range(f: Facts) -> str:
    """The forecast in plain words: most likely X, possibly as late as Y (no percentiles)."""
    fc = f.forecast
    if fc is not None:
        pts = fc.points()
        first, last = pts[0][1], pts[-1][1]
        if fc.unit == "dates":
            most, late = _month_phrase(first, f.today), _month_phrase(last, f.today)  # type: ignore[arg-type]
            if most == late:
                return f"most likely {most}"
            return f"most likely {most}, possibly as late as {late}"
        if first == last:
            return f"most likely about {_num(first)} weeks from now"  # type: ignore[arg-type]
        return f"most likely about {_num(first)} weeks from now, possibly as long as {_num(last)} weeks"  # type: ignore[arg-type]
    if f.range_weeks:
        low, high = f.range_weeks
        return f"somewhere between {_num(low)} and {_num(high)} weeks from now"
    return ""


def _calendar_caveat(f: Facts) -> str:
    """The holiday caveat that goes with stated forecast dates ('' for weeks or without one)."""
    fc = f.forecast
    return fc.calendar_note if fc is not None and fc.unit == "dates" and fc.points() else ""


def _range_line(f: Facts, plain: bool) -> str:
    if plain:
        plain_range = _plain_range(f)
        line = f"Our best estimate for {_the(f.project) if f.project else 'the work'}: {plain_range}." if plain_range else ""
    else:
        line = _forecast_range(f)
    return f"{line} {_calendar_caveat(f)}".strip() if line else ""


def _role(inp: DraftInput) -> str:
    role = inp.recipient_role.strip()
    return "" if role.lower() in ("", "team", "own team", "own_team") else role


def _decision_ask(inp: DraftInput, f: Facts, fallback: str) -> str:
    """One decision for the reader: the stated ask, else the fallback question."""
    label = "Decision needed"  # never 'as VP': the reader knows their title, and a guessed one is wrong
    ask = f.ask
    if ask and f.decide_by and "?" not in ask:
        return f"{label}: {_strip_end(ask)}, by {_day(f.decide_by)} if you can."
    if ask:
        return _sentence(ask) if ask.rstrip().endswith("?") else f"{label}: {_sentence(ask)}"
    by = f" by {_day(f.decide_by)}" if f.decide_by else ""
    return fallback.replace("Decision needed", label).replace("{by}", by)


def _next_check(f: Facts, default: str) -> str:
    return f"Next step: I'll update you {_strip_end(f.next_check)}." if f.next_check else default


def _answer_phrase(f: Facts, likely: str) -> str:
    """The short answer in words that match the number (the one odds table): 'likely' only from 60%, a coin flip said as one."""
    answer = derive_answer(f)
    p = f.deadline_probability
    if answer in ("likely", "unlikely") and p is not None and odds_answer(p) == "too close to call":
        return "roughly a coin flip, so not a yes yet"  # 40-60% is neither 'likely' nor 'probably not'
    return {"yes": "yes, we expect to make it", "likely": likely, "unlikely": "probably not on the current plan",
            "no": "no, not on the current plan", "": "I can't give a firm yes or no yet"}[answer]  # fmt: skip


# A chance the manager gives for a date ('75% by Mon 22 Feb 2027', 'roughly 1 in 3 for ...'), after polish.
_DATED_CHANCE_RE = re.compile(
    r"(?P<p>(?:(?:about|roughly|around|~)\s*)?(?:\d{1,3}(?:\.\d+)?\s?%|\d+ in \d+))\s+(?:(?:that\s+)?(?:it'?s|it is|it'?ll be|we'?re|we are)\s+)?(?:(?:done|ready|live|finished|shipped|out)\s+)?"  # "35% it's done by ..."
    r"(?:for\s+(?:[\w-]+\s+){1,4}?(?:by|on|before)\s+|(?:for|by|on|before)\s+)"  # "60% for all 38 by ..."
    r"(?P<d>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4})",
    re.I,
)


def _dated_chances(text: str) -> list[tuple[date, float, str]]:
    """(date, chance, as said) for every chance the text gives a date, in order."""
    out = []
    for m in _DATED_CHANCE_RE.finditer(text):
        said = m.group("p")
        n = re.search(r"(\d+(?:\.\d+)?)\s?%|(\d+) in (\d+)", said)
        p = float(n.group(1)) / 100 if n.group(1) else int(n.group(2)) / max(int(n.group(3)), 1)
        day, mon, year = m.group("d").split()[1:]
        out.append((date(int(year), MONTHS[mon.lower()], int(day)), p, said.strip()))
    return out


def _safer_date(f: Facts, said: str) -> str:
    """When the date asked about is unlikely and the manager gave later dates with their chances, the date to stand
    behind instead (the first at 3 in 4 or better) and the safe one (9 in 10 or better), in their numbers."""
    if f.deadline is None or f.deadline_probability is None or f.deadline_probability >= 0.75 or _deadline_passed(f):
        return ""  # a date they can stand behind only when the one asked about is short of 3 in 4
    later = [(d, p, x) for d, p, x in _dated_chances(said) if d > f.deadline]
    good = next((c for c in later if c[1] >= 0.75), None)
    if good is None:
        return ""
    safe = next((c for c in later if c[1] >= 0.9 and c[0] > good[0]), None)
    also = f", or {_day(safe[0])} ({safe[2]}) to be safe" if safe else ""
    return f"So I wouldn't commit to {_day(f.deadline)}; if you need a date to stand behind, use {_day(good[0])} ({good[2]}){also}."


# The answer a chance gives, said at the head of a reply ('yes', 'likely, but not certain', 'probably not').
_VERDICT_WORDS = {"yes": "yes", "probably": "likely, but not certain,", "too close to call": "too close to call, roughly a coin flip",
                  "probably not": "probably not", "no": "no"}  # fmt: skip
# The reader's own words for the date they asked about ('by the end of January', 'by mid-March').
_ASKED_PERIOD_RE = re.compile(
    r"\b(?:by|before|for|in|at)\s+(?P<p>(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\w*"
    r"|(?:early|mid|late)[- ](?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\w*)",
    re.I,
)
# The reader's plan that locks on a date ('want to announce it in the on-sale email, copy locks jan 26').
_LOCKS_RE = re.compile(
    r"\b(?P<act>announce|mention|include|put|feature|promote|advertise|list)\s+it\s+in\s+(?P<thing>(?:the|our|their|your|his|her)\s+[\w -]{2,40}?)\s*[,;]\s*(?:and\s+)?(?:the\s+)?"
    r"(?P<what>[\w -]{2,20}?)\s+(?P<verb>locks|closes|freezes|goes out|is due|is final)\s+(?:on\s+)?(?P<d>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{2} \w{3} \d{4})",
    re.I,
)


def _asked_when(f: Facts) -> str:
    """The date asked about, in the reader's words when they gave a period ('by the end of January'), else 'by <day>'."""
    m = _ASKED_PERIOD_RE.search(polish(f.question_asked or "", None)) if f.question_asked else None
    if m:
        period = m.group("p")
        period = re.sub(r"(?i)\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\w*", lambda x: _FULL_MONTHS[x.group(1)[:3].lower()], period)
        return f"by {period if period.lower().startswith(('the ', 'early', 'mid', 'late')) else 'the ' + period}"
    return f"by {_day(f.deadline)}" if f.deadline else ""


def _dated_answer(f: Facts, said: str, rest: list[str]) -> _Draft | None:
    """The reader's yes or no first, from the chances the manager gave for dates ('~35% by jan 26, ~80% by feb 9'):
    the answer for the date asked with its chance, then what the other dates mean for the reader (a plan of theirs
    that locks earlier, a later date to stand behind), each chance said once; None when no chance is for that date."""
    if f.deadline is None or _deadline_passed(f):
        return None
    chances = [(d, p, x[:1].lower() + x[1:]) for d, p, x in _dated_chances(polish(said, f.today))]  # "About 40%" opened a sentence
    at = [c for c in chances if c[0] <= f.deadline and (f.deadline - c[0]).days <= 7]
    if not at:
        return None
    day, p, odds = at[-1]
    asked = _asked_when(f)
    d = _Draft(lead=f"Short answer: {_VERDICT_WORDS[odds_answer(p)]} {asked} ({odds}).")
    reader = polish(" ".join([f.question_asked, f.reader_message, *(x.text for x in f.points)]), f.today)
    for other, q, odds2 in chances:
        if other < day:
            lock = next((m for m in _LOCKS_RE.finditer(reader) if m.group("d") == other.strftime("%a %d %b %Y")), None)
            if lock:
                what = lock.group("what").strip()
                what = what if re.match(r"(?i)(?:the|our|your)\b", what) else f"the {what}"
                d.body.append(f"So I wouldn't {lock.group('act').lower()} it in {lock.group('thing')}: {what} {lock.group('verb')} on {_day(other)}, and by then we're only at {odds2}.")
            else:
                d.body.append(f"By {_day(other)} it's {odds_plain(q)} ({odds2}).")
    later = [c for c in chances if c[0] > day]
    good = next((c for c in later if c[1] >= 0.75), None) if p < 0.75 else None
    if good is not None:  # a date to stand behind, and a safe one, in the manager's numbers
        safe = next((c for c in later if c[1] >= 0.9 and c[0] > good[0]), None)
        also = f", or {_day(safe[0])} ({safe[2]}) to be safe" if safe else ""
        d.body.append(f"So I wouldn't commit to {re.sub(r'^by ', '', asked)}; if you need a date to stand behind, use {_day(good[0])} ({good[2]}){also}.")
    d.body += [_cap(x) for x in rest]
    d.closing = _next_check(f, "Next step: I'll tell you straight away if anything moves the odds.")
    return d


def _without_chances(point: str) -> str:
    """A point with its dated chances and its label taken out ('our forecast: 70% by ..., 90% by ...' -> ''):
    what else it says, or '' when it said only the chances."""
    left = _DATED_CHANCE_RE.sub(" ", point)
    left = re.sub(r"(?i)^\s*(?:our|my|the)?\s*(?:forecast|estimate|numbers|odds|sim(?:ulation)?)s?\s*(?:says?|is|are)?\s*:?", " ", left)
    left = re.sub(r"(?i)\b(?:it'?s|it is)\s+(?:done|ready|live)\b|\bitself\b", " ", left)
    return "" if len(re.findall(r"[A-Za-z]{3,}", left)) < 3 else point


def _answer_question(inp: DraftInput, f: Facts, plain: bool) -> _Draft:
    if f.decision and not f.answer:
        dated = _dated_answer(f, f.decision, [])
        if dated is not None:
            return dated
    if _simulated_answer(f):
        return _forecast_answer(f, plain)
    answer = derive_answer(f)
    phrase = _answer_phrase(f, "likely yes, but it is not settled")
    if not answer and f.deadline is not None and not _deadline_passed(f):
        phrase = f"I can't give a firm yes or no for {_day(f.deadline)} yet"
    if f.decision and not f.answer:
        return _answer_in_own_words(inp, f, plain)
    if answer in ("no", "unlikely") and f.deadline is not None and not _deadline_passed(f) and phrase.endswith("on the current plan"):
        phrase = phrase.replace(" on the current plan", f" by {_day(f.deadline)} on the current plan")  # the date the no is about
    d = _Draft(lead=f"Short answer: {phrase}.")
    chance = _chance(f)
    if f.question_asked:  # a short question is named as the one answered; a long one is answered, never said back
        asked = _strip_end(polish(f.question_asked, f.today, capital=False))  # dates in the message's one form
        question = f"Your question was '{asked}'; " if len(asked.split()) <= SAY_BACK_WORDS else ""
        if chance and f.deadline_probability is not None and not _deadline_passed(f):
            chance = f"{question}we put the chance at {_odds(f.deadline_probability)}." if question else chance
        else:
            d.body.append(_cap(f"{question}I'll give you the odds as soon as the forecast is in."))
    d.body += [chance, _range_line(f, plain), _first_try_line(f, _the(f.project) if f.project else "it")]
    if f.what_would_change:
        d.body.append(f"What would change that: {_sentence(f.what_would_change)}")
    elif f.reason:
        d.body.append(f"The main thing that could change it: {_sentence(f.reason)}")
    decision_needed = answer in ("unlikely", "no") or (answer != "yes" and bool(f.ask or f.options))
    d.options = decision_needed
    if not decision_needed:
        d.closing = _next_check(f, "Next step: I'll tell you straight away if anything moves the odds.")
    else:
        fallback = (
            "Which of these would you prefer{by}?"
            if f.options
            else "Which would you prefer: a smaller first version on the date, or the full version later{by}?"
        )
        d.closing = _decision_ask(inp, f, fallback)
    return d


def _simulated_answer(f: Facts) -> bool:
    """The reader's yes-or-no comes from our forecast alone: calendar dates, the chance for their date, and no answer,
    options or asks of the manager's own to put first."""
    fc = f.forecast
    return (fc is not None and fc.unit == "dates" and fc.p80_date is not None and f.deadline is not None and f.deadline_probability is not None
            and not _deadline_passed(f) and not (f.decision or f.answer or f.options or f.ask)
            and all(p.kind == "point" and _PLAN_NOTE_RE.search(p.text) for p in f.points))


# A manager's note the forecast already counted ('starting wk of dec 14, usual xmas break'), no news for the reader.
_PLAN_NOTE_RE = re.compile(r"\b(?:start\w*|kick\w* off|from|break|holidays?|christmas|xmas|wks?|weeks?|days?|shut(?:down)?|closed?|closure)\b", re.I)


# What the reader's date is for, in their question ('be live for the Feb 1 price increase emails'): their plan.
_FOR_PLAN_RE = re.compile(
    r"\b(?:live|ready|running|in place|usable|available|working|there|out)\s+(?:in time\s+)?(?:for|before)\s+"
    r"(?P<e>(?:the|our|my|your|their)\s+[^?.!,;]{3,80}?)\s*(?:[?.!,;]|$|\b(?:if|so|or|and)\b)",
    re.I,
)


def _reader_plan(f: Facts) -> str:
    """The reader's own plan the date serves ('the price increase emails'), without the date; '' when not said."""
    m = _FOR_PLAN_RE.search(polish(f.question_asked or "", f.today, capital=False))
    if m is None:
        return ""
    plan = re.sub(r"\s+", " ", _STAMPED_DAY_RE.sub(" ", m.group("e"))).strip()
    plan = re.sub(r"^(?:our|my)\b", "the", plan, flags=re.I)  # their 'our emails' are 'the emails' in our reply
    return plan if len(plan.split()) >= 2 else ""


def _forecast_answer(f: Facts, plain: bool) -> _Draft:
    """A reader's 'will it be ready by X?' answered from the forecast in their terms: the answer and its chance in
    words, the forecast as plain chances, the main uncertainty, and when the date is not safe a date they can plan
    on and a fallback in their own plans; engineering levers stay with the manager."""
    fc, p = f.forecast, f.deadline_probability
    assert fc is not None and fc.p80_date is not None and f.deadline is not None and p is not None
    work = _the(f.project) if f.project else "it"
    d = _Draft(lead=f"Short answer: {_answer_phrase(f, 'likely, but not certain yet')}.")
    starts = f"Counting from our start on {_day(f.work_starts)}, we" if f.work_starts and (f.today is None or f.work_starts > f.today) else "We"
    by = "in time for" if f.ready_before else "by"
    d.body.append(f"{starts} put the chance of it being ready {by} {_day(f.deadline)} at {_chance_said(p)}.")
    works = f.works_probability
    if works is not None and works < 0.995:  # the dates count only the trials where it works: said so, with how likely that is
        said = _chance_as_said(works) if works == f.first_try_probability else _chance_said(works)
        d.body.append(f"The main uncertainty is whether {work} works at all: the team puts that at {said}. If it does, {_uncap(_range_line(f, plain))}")
    else:
        d.body.append(_range_line(f, plain))
    if works is None or works >= 0.995:
        d.body.append(_first_try_line(f, work))
    if derive_answer(f) != "yes":
        plan_on = fc.p80_date if fc.p80_date > f.deadline and (works is None or works >= 0.995) else None
        if plan_on is not None:
            d.body.append(f"If you need a date to plan on, I'd use {_day(plan_on)}: we put that at 8 in 10.")
        ours = f"switch to {work} once it is live" if f.project else "switch over once it is live"
        plan = _reader_plan(f)
        d.body.append(f"If your plans have to lock before then, I'd plan {plan} on what you use today and {ours}." if plan
                      else f"If your plans have to lock before then, I'd plan on what you use today and {ours}.")
    d.closing = _next_check(f, "Next step: I'll tell you straight away if anything moves the odds.")
    return d


def _first_try_line(f: Facts, work: str) -> str:
    """The main uncertainty when a step may need another round: how likely the first try is; '' when none may."""
    if f.first_try_probability is None or f.first_try_probability >= 1:
        return ""
    again = "; if it doesn't, it needs another round, which is where the later dates come from" if f.first_try_retried else ""
    return f"The main uncertainty is whether {work} works on the first try, which the team puts at {_chance_as_said(f.first_try_probability)}{again}."


def _uncap(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != "I " else text


def _chance_said(p: float) -> str:
    """A chance from rough estimates in a reader's words: 'about 7 in 10', never '69%'."""
    if p < 0.05:
        return "under 1 in 20"
    if p > 0.95:
        return "better than 19 in 20"
    tenths = min(max(round(p * 10), 1), 9)
    return "about 3 in 4" if abs(p - 0.75) < 0.02 else "about 1 in 4" if abs(p - 0.25) < 0.02 else f"about {tenths} in 10"


def _chance_as_said(p: float) -> str:
    """A chance the manager stated, in the reader's words but never re-rounded: 70% is '7 in 10', 65% stays '65%'."""
    pct = round(p * 100, 1)
    if pct == int(pct) and int(pct) % 10 == 0 and 0 < pct < 100:
        return f"{int(pct) // 10} in 10"
    return {25.0: "1 in 4", 75.0: "3 in 4"}.get(pct, f"{pct:g}%")


def _answer_in_own_words(inp: DraftInput, f: Facts, plain: bool) -> _Draft:
    """The manager gave the answer ('ships late December to mid January, then two months'): it leads, as said."""
    d = _Draft(lead=f"Short answer: {_sentence(f.decision[:1].lower() + f.decision[1:] if not _starts_with_name(f.decision) else f.decision)}")
    d.lead = _kept_in_use(f.question_asked, [f.decision, *(p.text for p in f.points)], d.lead)  # 'whether we should stop using it': the no first
    if f.reason:
        d.body.append(f"Why: {_sentence(f.reason)}")
    if f.deadline_probability is not None and not _deadline_passed(f):
        target = _day(f.deadline) if f.deadline else "the date"
        d.body.append(f"On that plan, we put the chance of making {target} at {_odds(f.deadline_probability)}.")
    d.body.append(_range_line(f, plain))
    if f.what_would_change:
        d.body.append(f"What would change that: {_sentence(f.what_would_change)}")
    d.options = bool(f.options)
    d.closing = _sentence(f.ask) if f.ask.rstrip().endswith("?") else f"One thing I need from you: {_sentence(f.ask)}" if f.ask else _next_check(
        f, "Next step: I'll tell you straight away if anything changes; happy to talk it through."
    )
    return d


def _starts_with_name(text: str) -> bool:
    """True when the text opens with a proper name or 'I' (kept capitalised after 'Short answer:')."""
    first = text.split(" ", 1)[0]
    return first in ("I", "I'm", "I'll") or (first[:1].isupper() and first[1:2].islower() and first.lower() not in _COMMON_OPENERS)


_COMMON_OPENERS = frozenset(
    "the a an it we our this that yes no ships shipping probably likely not from after before will has have is are was were can could "
    "should would also still".split()
)


def _share(inp: DraftInput, f: Facts, plain: bool) -> _Draft:
    """A decision or news the manager wants to tell someone, in their words made ready to send."""
    d = _Draft(lead=_sentence(f.decision[:1].upper() + f.decision[1:]) if f.decision else f"An update on {f.project or 'where things stand'}: {_MISSING['share_decision']}")
    if f.reason:
        d.body.append(f"Why: {_sentence(f.reason)}")
    if f.offer:
        d.body.append(f"What I can offer: {_sentence(f.offer)}")
    d.body.append(_range_line(f, plain))
    d.options = bool(f.options)
    if f.ask:
        d.closing = _sentence(f.ask) if f.ask.rstrip().endswith("?") else f"One thing I need from you: {_sentence(f.ask)}"
    elif inp.audience == "own_team":
        d.closing = f"Questions or worries? Talk to {f.contact or inp.sender or 'me'}."
    else:
        d.closing = "Happy to talk it through; let me know if you have questions."
    return d


# A sign-off or pleasantry: cut when the message must be shorter, never moved to the front.
_PLEASANTRY_RE = re.compile(r"^(?:let me know if you have (?:any )?questions|any questions|hope (?:this|that) helps|thanks|thank you|cheers)\b", re.I)


def _weight(sentence: str) -> float:
    """How much a sentence carries: its numbers and dates first, then its words."""
    facts = len(re.findall(r"\d+(?:\.\d+)?%?|" + _MONTH + r"\b", sentence, re.I))
    ask = 5 if ASK_RE.search(sentence) and not _PLEASANTRY_RE.match(sentence) else 0  # what the reader must do stays
    return facts * 3 + ask + len(sentence.split()) / 20


def _within(sentences: list[str], max_sentences: int | None, max_words: int | None, weight: Callable[[str], float] = _weight) -> list[str]:
    """The sentences that fit the limit: the ones carrying the most facts, in their original order."""
    keep = list(range(len(sentences)))
    by_weight = sorted(keep, key=lambda i: weight(sentences[i]))
    while by_weight and (
        (max_sentences and len(keep) > max_sentences) or (max_words and sum(len(sentences[i].split()) for i in keep) > max_words and len(keep) > 1)
    ):
        keep.remove(by_weight.pop(0))
    return [sentences[i] for i in keep]


def _forecast_risk(inp: DraftInput, f: Facts, plain: bool) -> _Draft:
    project = f.project or "the project"
    if f.deadline_probability is not None and not _deadline_passed(f):
        target = _day(f.deadline) if f.deadline else "the deadline"
        state = "is on course, with a risk to watch" if f.deadline_probability >= 0.8 else "is at risk"
        starts = f"counting from our start on {_day(f.work_starts)}, " if f.work_starts and (f.today is None or f.work_starts > f.today) else ""
        lead = f"{project[:1].upper() + project[1:]} {state}: {starts}we put the chance of meeting {target} at {_odds(f.deadline_probability)}."
    elif f.decision:
        lead = f"Heads-up: {_sentence(f.decision)}"
    else:
        lead = f"I want to flag a schedule risk on {project} early, while we still have options: {_MISSING['forecast_risk']}"
    if f.decision and f.deadline_probability is not None and not _deadline_passed(f):
        lead = f"Heads-up: {_sentence(f.decision)} {lead}"
    d = _Draft(lead=lead)
    if f.deadline_probability is None or _deadline_passed(f):
        d.body.append(_chance(f))
    if f.reason:
        d.body.append(f"The main risk: {_sentence(f.reason)}")
    d.body.append(_range_line(f, plain))
    d.options = True
    on_course = f.deadline_probability is not None and f.deadline_probability >= 0.8 and not _deadline_passed(f)
    if on_course and not f.ask and not f.options:
        d.closing = _next_check(f, "Next step: I'll tell you straight away if the odds move.")
    else:
        d.closing = _decision_ask(inp, f, "Decision needed: which of these should we take{by}?" if f.options else "Next step: let's agree how to handle it{by}; can we find time this week?")
    return d


_REQUEST_VERB = re.compile(
    r"(?:borrow|lend|build|run|do|pull|give|add|review|help|join|present|share|demo|take|write|get|have|move|loan|put|make|ship|support|cover|own|staff)\b",
)


def _the(name: str) -> str:
    """A work name as it reads in a sentence: "the churn numbers", but "Fraud model v3" as named."""
    return name if not name or name[:1].isupper() or re.match(r"(?:the|a|an|our|your|their|his|her|my)\b", name) else f"the {name}"


def _option_line(name: str, tradeoff: str) -> str:
    """An option as one line: its name, then what it costs; a tradeoff that already opens with the name ('Move the
    date to 7 Jan ...') is said once, never 'Move the date: Move the date to ...'."""
    said = _sentence(tradeoff)
    return _cap(said) if said.casefold().startswith(name.strip().casefold()) else f"{name}: {said}"


def _cannot_take_on(thing: str, by: date | None = None) -> str:
    """The no to a request by what it names: a thing ('We can't take on the churn dashboard by Fri 15 Jan as asked'),
    or what they asked to do ('borrow one of our modelers for two weeks'), never 'take on the borrow ...'."""
    if thing and _REQUEST_VERB.match(thing):
        return f"Thanks for asking to {thing}; we can't do it right now."
    when = f" by {by:%A} {by.day} {by:%B}" if by is not None else ""
    return f"We can't take on {_the(thing)}{when} as asked." if thing else "We can't take this on as asked."


def _declined_thing(f: Facts) -> str:
    """What the no is to: the new work, else the project, never a thing the manager offers ('a which-lesson email')."""
    thing = f.new_work or f.project
    offered = " ".join([f.offer, *(p.text for p in f.points if p.kind == "offer")]).lower()
    return "" if thing and thing.lower() in offered else thing


def _decline(inp: DraftInput, f: Facts, plain: bool) -> _Draft:
    thing = _declined_thing(f)
    if f.decision:
        lead = _sentence(f.decision[:1].upper() + f.decision[1:])
    elif f.person and not f.new_work:
        lead = f"I can't free up {f.person} right now" + (f": {f.project} still needs them." if f.project else ".")
    else:
        lead = _cannot_take_on(thing, f.deadline)
    d = _Draft(lead=lead)
    if f.reason:
        d.body.append(f"The reason: {_sentence(f.reason)}")
    elif not f.decision and not f.offer:  # the manager's own words carry their reason; a stock one only stands in for silence
        d.body.append("The team is committed to work that is close to landing, and pulling people off it now would cost more than it gains.")
    offers = []
    if f.offer:
        offers.append(f"What I can offer instead: {_sentence(f.offer)}")
    if f.later_date:
        offers.append(f"We could start it in the week of {_day(f.later_date)}.")
    d.body += offers
    d.options = True
    if f.ask:
        d.closing = _decision_ask(inp, f, "")
    elif f.offer and f.later_date:
        d.closing = "Which works better for you: the smaller version now, or the full request from that later start?"
    elif f.offer or f.later_date:
        d.closing = "Would that work for you?"
    elif f.options:
        d.closing = "Which of these works best for you?"
    elif f.decision:
        d.closing = "Let me know if it would help to talk it through."
    else:
        d.closing = "Would a smaller version or a later start work for you?"
    return d


def _resources(inp: DraftInput, f: Facts, plain: bool) -> _Draft:
    what = re.sub(r"^(?:an?|one|more)\s+", "", f.resource or "engineers", flags=re.I)
    for_project = f" for {f.project}" if f.project else ""
    if f.headcount is not None:
        priced = f", {_strip_end(f.cost)}" if f.cost and _MONEY_RE.search(f.cost) else ""  # the price beside what is asked, never a line below it
        lead = f"I'm asking for {_count(f.headcount)} more {what}{for_project}{priced}."
    elif f.ask and re.match(r"(?i)(?:could|can|would) (?:we|you|I)\b", f.ask):
        lead = _sentence(f.ask)  # "Could we have an extra $18k a month ...?": the question is the ask
    elif f.ask:
        lead = f"What I need from you: {_sentence(f.ask)}"
    elif f.decision:
        lead = f"Decision needed: {_sentence(f.decision)}"
    else:
        lead = f"I'd like to ask for support{for_project}: {_MISSING['ask_for_resources']}"
    d = _Draft(lead=lead)
    load = []
    if f.load_percent is not None:
        load.append(f"the team is at {_num(f.load_percent)}% of capacity")
    if f.backlog_weeks is not None:
        backlog = f"the {f.project} backlog" if f.project else "the backlog"
        load.append(f"{backlog} is {_num(f.backlog_weeks)} weeks of work")
    if f.deadline is not None and not _deadline_passed(f):
        d.body.append(f"We need it in place before {_day(f.deadline)}.")
    reason = _NOTES_LABEL_RE.sub("", f.reason)  # 'numbers: we're 4 people ...': the label is the manager's, not the reader's
    bought = _what_people_buy(reason, f.headcount) if f.headcount else ""
    if f.product_impact:
        d.body.append(f"What it buys: {_sentence(f.product_impact)}")
    elif bought and reason:
        d.body.append(f"Where we are: {_sentence(reason)}")
        d.body.append(f"What {_count(f.headcount)} more would buy: {bought}.")
        reason = ""
    elif load:
        d.body.append("What it buys: a team working within its capacity, and a backlog that shrinks instead of growing.")
    if load:
        d.body.append("Where we are: " + " and ".join(load) + ".")
    if f.cost and _norm_words(f.cost) - _norm_words(lead):
        d.body.append(f"What it costs: {_sentence(f.cost)}")  # a cost the ask already names is not said twice
    if f.cost_of_not:
        cost = _sentence(f.cost_of_not)
        d.body.append(cost if cost.lower().startswith("without") else f"Without them: {cost}")
    elif load:
        d.body.append("Without them, new requests keep waiting behind that backlog and the team stays overloaded.")
    given = {_num(x) for x in (f.load_percent, f.backlog_weeks) if x is not None}
    said = set(re.findall(r"\d+(?:\.\d+)?", reason))
    if reason and not (said and said <= given):
        d.body.append(f"Why now: {_sentence(reason)}")  # a reason that only restates the load numbers is not repeated
    d.body.append(_range_line(f, plain))
    d.options = True
    by = f" by {_day(f.decide_by)}" if f.decide_by else ""
    if f.headcount is not None and f.ask:
        # The lead already states the number; the manager's ask closes the message as the one decision.
        d.closing = _decision_ask(inp, f, "")
    elif inp.audience == "peer_team":
        d.closing = f"Could someone on your team help{by}, or could you point me to the right person?"
    else:
        d.closing = f"Could you decide on this{by}?"
    return d


# A label the manager puts before their notes ('numbers: ...', 'context: ...').
_NOTES_LABEL_RE = re.compile(r"^\s*(?:the\s+)?(?:numbers|figures|facts|context|background|details|data|stats|key numbers)\s*:\s*", re.I)
# Time a duty takes from the team ('on-call eats ~30% of our time'), work nobody owns ('3 models nobody owns'), and what a
# problem costs someone ('misrouted bags cost the airport ~£1.8M last year'), in the manager's notes.
_DUTY_SHARE_RE = re.compile(r"\b(?P<what>on-?call|(?:incident |production |prod |customer )?support|firefighting|incidents?|ops work|maintenance|interrupts?|toil|tickets)\b[^,.;]{0,30}?(?P<p>~?\s*(?:about\s+)?\d{1,2}\s*%)", re.I)
_UNOWNED_RE = re.compile(r"\b(?P<k>\d+|two|three|four|five|six|seven|eight)\s+(?P<thing>(?:[\w-]+\s+)?(?:models?|pipelines?|services?|systems?|dashboards?))\s+(?:that\s+)?(?:nobody|no one|no-one)\s+owns\b", re.I)
_PROBLEM_COST_RE = re.compile(r"(?:^|,\s*|\band\s+)(?P<what>[a-z][\w\s-]{2,40}?)\s+(?P<v>cost|costs|lost|loses)\s+(?P<who>us|the\s+[\w-]+|our\s+[\w-]+)\s+(?P<m>(?:about\s+|around\s+|~\s*)?[$€£]\s?\d[\d,.]*\s?(?:k|m|bn)?\b(?:\s+(?:last|this|a|per)\s+(?:year|quarter|month))?)", re.I)


def _what_people_buy(reason: str, headcount: int) -> str:
    """What more people buy, said from the manager's own numbers: the duty that eats the team's time shared by more
    people, an owner for the work nobody owns, and time for the problem that costs the business; '' when the notes
    hold none of these."""
    out = []
    duty = _DUTY_SHARE_RE.search(reason)
    if duty:
        share = re.sub(r"^(?:~|about)\s*", "", duty.group("p").strip())
        out.append(f"{duty.group('what')} shared by more people, so it takes less than the {share} of everyone's time it takes now")
    unowned = _UNOWNED_RE.search(reason)
    if unowned:
        out.append(f"an owner for each of the {unowned.group('k')} {unowned.group('thing')} nobody owns today")
    problem = _PROBLEM_COST_RE.search(reason)
    if problem and out:
        out.append(f"time to work on {problem.group('what').strip()}, which {problem.group('v')} {problem.group('who')} {problem.group('m').strip()}")
    if not out:
        return ""
    return ", ".join(out[:-1]) + (", and " if len(out) > 1 else "") + out[-1]


_WHY_ML_IS_UNCERTAIN = (
    "Unlike most software, we can't know in advance whether a model will be good enough: each training run is an "
    "experiment, and when one falls short we change the data or the approach and try again."
)


# A why about what we can't promise ('why we can't just give her one number'): odds the manager gives answer it. A why about
# what happened ('why the forecast said May 10 and it filled April 22') is answered with the reason, never a yes or no.
WHY_NO_COMMITMENT = re.compile(
    r"\s*why\b[^?]{0,160}?\b(?:can'?t|cannot|won'?t|don'?t|do not|not|no)\b[^?]{0,40}?\b(?:give|commit|promise|guarantee|say|one|single|exact|firm|yes|date|number)\b", re.I
)


def _plain_odds(p: float) -> str:
    """A chance in plain words, with the number ("roughly a coin flip, about 50%")."""
    return f"{odds_plain(p).replace('almost certain', 'very likely').replace('very unlikely', 'unlikely')}, about {percent(p, words=True)}"


def _explain(inp: DraftInput, f: Facts, plain: bool) -> _Draft:
    what = f.project or "this work"
    plain_range = _plain_range(f)
    if f.question_asked and f.deadline_probability is not None and not _deadline_passed(f):
        asked = re.match(r"(?i)(?:whether|if)\s+(?P<c>[^?]{6,160})\??$", f.question_asked.strip())
        odds = _plain_odds(f.deadline_probability)
        lead = f"On whether {asked.group('c')}, the honest answer is {odds}." if asked else f"The honest answer: {odds}."  # answered, with what it answers
    elif plain_range:
        lead = f"I can't give one date for {what} yet, but I can give a range: {plain_range}."
    else:
        lead = f"I can't give one date for {what} yet, and I'd rather give you an honest range than a date I can't stand behind."
    d = _Draft(lead=lead)
    d.body.append(_calendar_caveat(f) if plain_range else "")
    d.body.append(_WHY_ML_IS_UNCERTAIN)
    if f.reason:
        d.body.append(f"Here the main unknown: {_sentence(f.reason)}")
    if not (f.question_asked and f.deadline_probability is not None):
        d.body.append(_chance(f))
    if f.next_check:
        d.body.append(f"The range will narrow {_strip_end(f.next_check)}, and I'll send you the tighter range then.")
    else:
        d.body.append("The range narrows as the first results come in, and I'll send you the tighter range then.")
    if f.what_would_change:
        d.body.append(f"What would move it: {_sentence(f.what_would_change)}")
    d.closing = "Next step: I'll keep you posted; happy to talk it through before then if useful."
    return d


def _announce(inp: DraftInput, f: Facts, plain: bool) -> _Draft:
    if f.what_changes:
        change = _sentence(f.what_changes)
    elif f.person and f.new_work:
        change = _strategy_sentence(f) or f"{f.person} moves to {f.new_work}."
    elif f.decision:
        change = _sentence(f.decision)
    else:
        change = _MISSING["announce_change"]
    dated = bool(_DATE_MENTION_RE.search(change) or _WEEKDAY_RE.search(change))  # "Ana moves on Mon 18 Jan" already says when
    when = f"From {_day(f.starts)}: " if f.starts and not dated and (f.today is None or f.starts >= f.today) else ""
    opener = "An update on our plans" if SLIP_RE.search(change) and not f.person else "A change to our plans"
    d = _Draft(lead=f"{opener}. {when}{change[:1].upper() + change[1:]}" if when else f"{opener}: {change}")
    if f.reason:
        d.body.append(f"Why: {_sentence(f.reason)}")
    if f.what_stays:
        d.body.append(f"What stays the same: {_sentence(f.what_stays)}")
    elif f.strategy == "finish_first" and f.project:
        d.body.append(f"What stays the same: {f.project} keeps its focus until it is done.")
    elif not f.points:  # the manager's own announcement says what it says; no stock line is added to it
        d.body.append("What stays the same: everything else on our plan, unless I talk to you about it directly.")
    d.body.append(_range_line(f, plain))
    who = f.contact or inp.sender or "me"
    d.closing = f"Questions or worries? Talk to {who}, any time this week."
    return d


def _strategy_sentence(f: Facts) -> str:
    """What the recommended strategy does, in one sentence built from the strategy itself."""
    who = f.person or "the team"
    current = f.project or "the current work"
    new = f.new_work or "the new work"
    return {
        "switch_now": f"{who} switches to {new} now, and {current} pauses.",
        "finish_first": f"{who} finishes {current} first, then moves to {new}{f' on {_day(f.later_date)}' if f.later_date else ''}.",
        "split_capacity": f"{who} splits time between {current} and {new} for now.",
        "defer_new": f"{who} stays on {current} for now, and {new} starts a little later.",
        "": "",
    }[f.strategy]


_STRATEGY_WHY = {
    "switch_now": "Switching now gets {new} the most time before its date; the cost is that {current} waits, and picking it up again later takes some ramp-up.",
    "finish_first": "Finishing first protects the work already invested in {current}: it lands instead of sitting half done, and {new} starts with full focus.",
    "split_capacity": "Splitting keeps {current} moving while {new} starts; the cost is that both go slower than with full focus, because switching between them takes time.",
    "defer_new": "Starting {new} a little later keeps {current} on course; the cost is that {new} gets less time before its date.",
}


# Each way of handling the new work, said from the person's side ('if Paavo finishes it first').
_IF_STRATEGY = {
    "switch_now": "if {who} moves now", "finish_first": "if {who} finishes it first",
    "split_capacity": "if {who} splits the week between them", "defer_new": "if {new} waits for the next planning cycle",
}  # fmt: skip


def _current_due_line(f: Facts, in_words: bool = False) -> str:
    """The date promised on the current work and its chance under each option, the one the requester asked for
    first ('The snowmaking scheduler is promised for Saturday 19 December: if Paavo moves now, about 1 in 10; ...');
    `in_words`: nobody asked for odds, so each is said without a number ('very unlikely')."""
    if f.current_due is None or not f.current_due_chances or (f.today is not None and f.current_due < f.today):
        return ""
    who, new = f.person or "they", f.new_work or "the new work"
    current = _the(f.project) if f.project else "The current work"
    to = f" to {f.current_due_promised_to}" if f.current_due_promised_to else ""
    order = {k: i for i, k in enumerate(_IF_STRATEGY)}
    said = [f"{_IF_STRATEGY[c.strategy].format(who=who, new=_the(new))}, {odds_plain(c.probability) if in_words else _chance_said(c.probability)}"
            for c in sorted(f.current_due_chances, key=lambda c: order[c.strategy])]
    head = "How likely it is to make that date" if in_words else "The chance it makes that date"
    return _cap(f"{current} is promised{to} for {_day(f.current_due)}. {head}: {'; '.join(said)}.")


def _reprioritization(inp: DraftInput, f: Facts, plain: bool) -> _Draft:
    if f.strategy:
        lead = f"My recommendation: {_strategy_sentence(f)}"
        if f.strategy_summary:
            lead += f" {_sentence(f.strategy_summary)}"
    elif f.decision:
        lead = f"My recommendation: {_sentence(f.decision)}"
    elif f.ask:
        lead = f"What I need from you: {_sentence(f.ask)}"
    else:
        lead = "Before we switch priorities, I'd like to agree how we do it so we keep the value of the work already invested."
    d = _Draft(lead=lead)
    if f.reason:
        d.body.append(f"I understand the reason for the change: {_sentence(f.reason)}")
    if f.offer and not f.strategy:
        d.body.append(_sentence(f.offer))  # the fallback the manager can live with, said after the recommendation
    if f.strategy:
        why = _STRATEGY_WHY[f.strategy].format(new=f.new_work or "the new work", current=f.project or "the current work")
        dated = f.deadline is not None and not _deadline_passed(f) and f.deadline_probability is None  # the odds line names it otherwise
        d.body.append(why.replace("before its date", f"before its date, {_day(f.deadline)}") if dated else why)
    d.body.append(_range_line(f, plain))
    d.body.append(_current_due_line(f, inp.constraints.odds_in_words))
    if f.deadline_probability is not None and not _deadline_passed(f):
        target = _day(f.deadline) if f.deadline else "its deadline"
        d.body.append(f"On this plan, how likely {f.new_work or 'the new work'} is to make {target}: {_odds(f.deadline_probability)}."
                      if inp.constraints.odds_in_words else  # odds nobody asked for are said in words, as the line above
                      f"On this plan, the chance {f.new_work or 'the new work'} meets {target} is {_odds(f.deadline_probability)}.")
    else:
        d.body.append(_chance(f))
    if f.current_finish_probability is not None and not inp.constraints.odds_in_words:  # the team's own risk is no news to a requester
        current = f.project or "the current work"
        d.body.append(f"The chance {current} lands and works on this plan: {_odds(f.current_finish_probability)}.")
    d.options = not f.strategy  # the plan is recommended: the reader gets it, not the team's internal menu of strategies
    if inp.audience == "own_team":
        d.closing = f"Questions or worries? Talk to {f.contact or inp.sender or 'me'}."
    elif f.ask and (f.strategy or f.decision):
        d.closing = f"Next step: {_sentence(f.ask)}" if "?" in f.ask else f"Next step: {_strip_end(f.ask)}. Can we go ahead on that basis?"
    else:
        d.closing = "Next step: let's agree the start date and scope of the switch. Can we go ahead on that basis?"
    return d


def _progress(inp: DraftInput, f: Facts, plain: bool) -> _Draft:
    project = f.project or "the project"
    name = project[:1].upper() + project[1:]
    range_line = _range_line(f, plain)
    chance = _chance(f)
    reason = f"What changed: {_sentence(f.reason)}" if f.reason else ""
    if f.decision:
        lead = f"Headline: {_sentence(f.decision)}"
    elif f.deadline_probability is not None and not _deadline_passed(f):
        state = "is on course" if f.deadline_probability >= 0.8 else "is at risk" if f.deadline_probability < 0.5 else "is possible but not safe"
        lead, chance = f"{name} {state}: {chance[:1].lower() + chance[1:]}", ""
    elif range_line:
        lead, range_line = f"Where {project} stands: {range_line[:1].lower() + range_line[1:]}", ""
    elif f.reason:
        lead, reason = f"In short: {_sentence(f.reason)}", ""
    else:
        lead = f"An update on {project}: {_MISSING['progress_update']}"
    d = _Draft(lead=lead)
    d.body += [range_line, chance, reason]
    d.options = bool(f.options)
    at_risk = f.deadline_probability is not None and f.deadline_probability < 0.8 and not _deadline_passed(f)
    if f.ask:
        d.closing = f"One thing I need from you: {_sentence(f.ask[:1].lower() + f.ask[1:] if f.ask.startswith('Could') else f.ask)}"
    elif at_risk and f.options and inp.audience != "own_team":
        d.closing = _decision_ask(inp, f, "Decision needed: which of these should we take{by}?")
    elif at_risk and f.options:
        d.closing = "I'll tell you which of these we take once it is decided; if you see another option, let me know."
    else:
        d.closing = _next_check(f, "Next step: we keep going and I'll flag any change to the forecast early.")
    return d


# Purposes whose body is the manager's own content when they gave it (the points), stock wording only around it.
_DICTATED = ("answer_question", "forecast_risk", "decline_or_negotiate", "ask_for_resources", "explain_uncertainty",
             "announce_change", "progress_update", "share_decision")  # fmt: skip
_NEED_RE = re.compile(r"\b(?:we|i) (?:need|want|would like|'d like|are asking for|ask for)\b|^also\b|\bneeds? to\b|^(?:\d+|one|two|three|four|five|six) (?:more|extra|additional) [\w-]+s?\b(?=[^.]*\b(?:fix(?:es)?|solves?|covers?|would|gets?)\b)", re.I)
# A point that is only the ask's label ('compute ask to you'): never the ask itself.
_ASK_LABEL = re.compile(r"^(?:[\w-]+\s+)?ask\s+(?:to|for)\s+(?:you|\w+)\.?$", re.I)


_BASE_VERB = {"ships": "ship", "launches": "launch", "lands": "land", "goes live": "go live"}


# A slip as the manager notes it: the work, the date promised and the date now ('the alerts were promised for dec 18,
# now realistically jan 22'), in one point or in two ('We promised X would be live by the 18th' + 'Realistically it's now ...').
PROMISED_NOW_RE = re.compile(
    r"^(?P<thing>.+?)\s+(?:was|were|is|are|had been)\s+(?:promised|due|planned|committed|scheduled|meant to (?:land|ship|go live|be live))\s+(?:for|by|on)\s+"
    r"(?P<old>[^,;]{3,40}?)\s*(?:[,;]|\s+-|\s+but)\s*(?:but\s+)?(?:it'?s\s+|we'?re\s+(?:looking at\s+)?|that'?s\s+)?now\s+"
    r"(?:realisti\w*\s+|likely\s+|probably\s+|more like\s+|looking like\s+)?(?:going to (?:be|land|ship)\s+|gonna be\s+|expected\s+(?:to be\s+)?)?(?:(?:on|for|by)\s+)?(?P<new>[^,;]{3,40}?)\s*\.?$",
    re.I,
)
_PROMISED_FOR_RE = re.compile(
    r"^we\s+(?:promised|committed to|said)\s+(?P<thing>.+?)\s+(?:for|by|on)\s+(?P<old>[^,;]{3,40}?)\s*[,;]\s*(?:but\s+)?(?:the\s+|our\s+)?(?:realistic\s+|new\s+|honest\s+){1,2}(?:date|eta)\s+is\s+(?:now\s+)?(?P<new>[^,;]{3,40}?)\s*\.?$",
    re.I,
)
_WE_PROMISED_RE = re.compile(r"^we\s+(?:promised|committed to|said)\s+(?P<thing>.+?)\s+(?:would|will)\s+(?P<state>be live|be ready|be done|ship|land|go live)\s+(?:by|for|on)\s+(?P<old>[^,;]{3,40}?)\s*\.?$", re.I)
_NOW_DATE_RE = re.compile(r"^(?:(?:realisti\w*|likely|probably|honestly)\s*,?\s+)?(?:it'?s|it is|we'?re looking at|the (?:new|realistic) date is)\s+now\s+(?:(?:on|for|by)\s+)?(?P<new>[^,;]{3,40}?)\s*\.?$", re.I)


def slip_said(points: list[str], project: str = "") -> tuple[str, list[str]] | None:
    """The slip the manager's points state, as the message's first sentence ('We promised the alerts for 18 December;
    the realistic date is now 22 January.'), and the points left; None when no point states a promise and a new date.
    A promise of 'it' names the `project`."""
    for i, x in enumerate(points):
        m = _PROMISED_FOR_RE.match(x.strip())
        if m:
            thing = _the(project) if m.group("thing").lower() == "it" and project else m.group("thing")
            return f"We promised {thing} for {m.group('old')}; the realistic date is now {m.group('new')}.", points[:i] + points[i + 1 :]
        m = PROMISED_NOW_RE.match(x.strip())
        if m:
            thing = m.group("thing").strip()
            lead = f"We promised {thing[:1].lower() + thing[1:] if not re.match(r'[A-Z]{2}|[A-Z][a-z]+ [A-Z]', thing) else thing} for {m.group('old')}; the realistic date is now {m.group('new')}."
            return lead, points[:i] + points[i + 1 :]
        m = _WE_PROMISED_RE.match(x.strip())
        now = _NOW_DATE_RE.match(points[i + 1].strip()) if m and i + 1 < len(points) else None
        if m and now:
            lead = f"We promised {m.group('thing')} would {m.group('state')} by {m.group('old')}; the realistic date is now {now.group('new')}."
            return lead, points[:i] + points[i + 2 :]
    return None


def reason_sentences(reason: str) -> list[str]:
    """A reason of several causes said one cause to a sentence: 'X so we had to rebuild it, and we underestimated Y'
    -> ['X so we had to rebuild it.', 'We also underestimated Y.']."""
    parts = re.split(r"(?:,|;)\s+and\s+(?:honestly,?\s+|also\s+)?(?=(?:we|our|the|i|it|they|there)\b)|;\s+(?=(?:we|our|the|i|it|they|there)\b)", reason.strip().rstrip("."))
    if len(parts) < 2 or any(len(x.split()) < 4 for x in parts):
        return [reason]
    out = [_cap(parts[0].strip()) + "."]
    for x in parts[1:]:
        x = re.sub(r"^(we|i|they)\s+(?!(?:also|have|had|are|were|will|'ll|need|can|could)\b)", r"\1 also ", x.strip(), count=1, flags=re.I)
        out.append(_cap(x) + ".")
    return out


def _said(inp: DraftInput, f: Facts, text: str, capital: bool = True) -> str:
    """A point of the manager's, ready to send: shorthand written out, dates in full, a capital and a full stop,
    kept in their words (they dictated it); 'rest done by jan 15' said as the expectation it is ('rest expected by')."""
    said = polish(BULLET_MARK.sub("", text), f.today, capital=capital)  # a pasted point's own list mark: the draft gives it one where it lists
    if inp.constraints.plain and not inp.constraints.explained:  # a composed explanation says its terms itself
        from tools.rewrite import _plainer  # the one table of jargon in everyday words

        plain = " ".join(_plainer([said]))
        said = plain[:1].lower() + plain[1:] if plain and not capital and said[:1].islower() else plain or said
    if inp.recipient and not _names_other(said, inp.recipient):
        said = _yours(said)  # "her team said": the reader's, when nobody else is named
    if re.match(r"(?i)(?:could|can|would) (?:you|we)\b", said):
        said = re.sub(r"[.!]$", "?", said)  # "could you renew ...": asked
    return as_expected(said)


def as_expected(said: str) -> str:
    """A dated promise of the manager's said as the expectation it is: 'live by Fri 15 Jan 2027' -> 'expected to be
    live by ...', 'ships on ...' -> 'is expected to ship on ...'; a sentence with its own confidence or range as it is."""
    if CONFIDENCE_RE.search(said) or RANGE_RE.search(said):
        return said
    said = re.sub(r"\b(done|ready|finished|complete|completed|live)\s+(by|on)\s+(?=\w{3} \d{2} \w{3} \d{4})", r"expected to be \1 \2 ", said)
    return re.sub(r"\b(ships|launches|lands|goes live)\s+(?:on\s+|by\s+)?(?=\w{3} \d{2} \w{3} \d{4})", lambda m: f"is expected to {_BASE_VERB[m.group(1)]} on ", said)


# A list mark at the start of a line ('- ', '* ', '• ', '2. '): a pasted point keeps its words, never its mark, so
# the list it goes into gives it exactly one.
BULLET_MARK = re.compile(r"^[ \t]*(?:[-*•·–]|\d{1,2}[.)])[ \t]+", re.M)


def _points(inp: DraftInput, f: Facts, *kinds: str) -> list[str]:
    return [_said(inp, f, p.text, capital=False) for p in f.points if p.kind in kinds]


def _names_other(text: str, recipient: str) -> bool:
    """True when the text names someone other than the reader (then 'her' may be them)."""
    return any(w.lower() not in _CALENDAR_WORDS and w != recipient.split()[-1] for w in re.findall(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]+\b", text))


_PREFIX = {"reason": "The reason: ", "offer": "What I can offer in the meantime: "}
_MEANTIME_END_RE = re.compile(r"[\s,]+(?:in the meantime|meanwhile|until then|in the interim)\s*[.]?$", re.I)


def _in_order(inp: DraftInput, f: Facts, skip: str) -> list[str]:
    """The manager's points in the order they said them, reasons and offers introduced as such; a change told to
    the team gives its why straight after the change, and a rota is a list."""
    out = []
    weekly = any(re.search(r"\bweekly\b|\b(?:one|a) (?:person|\w+) (?:a|per|each) week\b|\beach week\b|\bevery week\b", p.text, re.I) for p in f.points)
    for p in f.points:
        if p.kind in ("request", "safeguard") or (p.kind == "ask" and inp.purpose != "ask_for_resources"):
            continue  # the reader's request is not told back to them; an ask closes the message; safeguards are listed
        said = _said(inp, f, p.text, capital=False)
        if said == skip:
            continue
        prefix = "Why: " if p.kind == "reason" and inp.purpose != "forecast_risk" else _PREFIX.get(p.kind, "")
        if p.kind == "reason" and (inp.constraints.no_blame or inp.purpose == "forecast_risk"):
            said = without_blame(said)  # a slip's cause is a shared problem, never the reader's fault
        if p.kind == "offer" and "meantime" in _PREFIX["offer"]:
            cut = _MEANTIME_END_RE.sub("", said)
            said = cut + ("." if said.endswith(".") else "") if cut else said  # 'What I can offer in the meantime: a weekly list', said once
        line = _rota(said, f.starts if weekly else None) or (prefix + said if prefix else _cap(said))
        if p.kind == "reason" and inp.purpose == "announce_change":
            out.insert(0, line)  # the why is one sentence, right after what changes
        else:
            out.append(line)
    return out


# A fix put on the reader ('it has to be fixed on your side', 'your team needs to fix it').
_ON_YOUR_SIDE_RE = re.compile(
    r"\b(?:it|this|that)\s+(?:has|needs|will have|will need)\s+to\s+be\s+(?:fixed|sorted(?: out)?|resolved|addressed|corrected|changed)\s+(?:on|at|by)\s+(?:your|their)\s+(?:side|end|team)\b"
    r"|\b(?:you|your team|they|their team)\s+(?:have|has|need|needs|will have|will need)\s+to\s+(?:fix|sort out|resolve|correct|change)\s+(?:it|this|that)\b",
    re.I,
)
_YOU_SENT_RE = re.compile(r"\b((?:the|those|these)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:you|they|your team|their team)\s+(?:sent(?: us)?|gave us|shared|provided|uploaded|handed over)\b", re.I)
_YOUR_THING_RE = re.compile(r"^(?:your|their)\s+(?P<t>(?:[A-Za-z][\w-]*\s+){0,2}?(?:export|feed|feeds|data|system|pipeline|api|integration|file|files|dump|extract|labels|schema|config|setup|upload|job|service|logs?|readings|records|footage|images|photos|recordings|samples|inputs|spreadsheets?|sheets?))\b", re.I)


def without_blame(reason: str) -> str:
    """A cause said as a shared problem to fix, not the reader's fault: 'your WMS export drops ..., and it has to be
    fixed on your side' -> 'the WMS export drops ..., and it needs a fix in the export'."""
    thing = _YOUR_THING_RE.match(reason.strip())
    out = _YOUR_THING_RE.sub(lambda m: f"the {m.group('t')}", reason.strip(), count=1)
    out = _YOU_SENT_RE.sub(r"\1 we received", out)  # "the recordings you sent had ...": what we received, not what they did
    where = f"in the {thing.group('t').split()[-1]}" if thing else "at the source"
    return _ON_YOUR_SIDE_RE.sub(f"it needs a fix {where}", out)


# 'rota starts with Sam, then Priya, Aisha, and repeats', 'the order is: A, B, C': who takes each turn.
_ROTA_RE = re.compile(
    r"^(?:the\s+)?(?:rota|rotation|roster|order|on-?call order)\b[^:,]{0,30}?(?:starts? with|:|is|goes)\s+(?P<who>[^.]+?)(?P<again>,?\s*(?:and\s+)?(?:then\s+)?(?:it\s+)?repeats?)?[.]?$",
    re.I,
)


def _rota(text: str, start: date | None) -> str:
    """A rota the manager wrote in a line, one turn a line (with its week when it starts on a known date and runs
    weekly); '' when the text is no rota."""
    m = _ROTA_RE.match(text.strip())
    if not m:
        return ""
    who = [w.strip(" .") for w in re.split(r",\s*(?:and\s+|then\s+)?|\s+then\s+|\s+and\s+", m.group("who")) if w.strip(" .")]
    if len(who) < 2 or any(len(w.split()) > 3 for w in who):
        return ""
    heading = "The rota" + (" (it then repeats):" if m.group("again") else ":")
    if start is None:
        return heading + "".join(f"\n- {_cap(w)}" for w in who)
    return heading + "".join(f"\n- Week of {_day(start + timedelta(weeks=i))}: {_cap(w)}" for i, w in enumerate(who))


_STOCK = ("a smaller first version", "The team is committed to work that is close to landing", "[add ")
_CONTENT_STOP = frozenset("the a an and or but of to in on for at by with from we our you your i my it its is are was be that this they them their".split())


def _norm_words(text: str) -> set[str]:
    text = digits(text.lower())
    return {w for w in re.findall(r"[a-z0-9]+", text) if w not in _CONTENT_STOP}


def _drops_points(inp: DraftInput, d: _Draft, f: Facts) -> bool:
    """True when a draft built from the structured facts leaves a gap or stock wording, or loses a number or most
    of the words of a point the manager made."""
    if f.forecast is not None and inp.purpose in ("answer_question", "forecast_risk", "progress_update", "explain_uncertainty"):
        return False  # a forecast is the message's content; the manager's notes were its input
    if any(p.kind == "request" for p in f.points) and not d.lead.startswith("I know"):
        return True  # a reply to the reader's request says back what they asked for, in their terms
    text = " ".join([d.lead, *d.body, d.closing])
    stock = _STOCK if inp.purpose in ("decline_or_negotiate", "forecast_risk", "ask_for_resources", "announce_change") else ("[add ",)
    if any(x in text for x in stock):
        return True
    said = _norm_words(text)
    for p in f.points:
        words = _norm_words(polish(re.sub(r"\b\d+/\d+\b", " ", p.text), f.today))  # "honestly 60/40" is the odds, said as a chance
        numbers = {w for w in words if any(c.isdigit() for c in w)} if p.kind != "request" else set()  # the reader knows their own numbers
        plain = {w for w in words if len(w) > 3}
        lost_words = len(plain) >= 3 and len(plain & said) < len(plain) / 3
        lost_most = len(plain) >= 5 and len(plain & said) <= len(plain) / 2  # "from jan 4 no more requests by email": the 4 alone is not the point
        if numbers - said or ((not numbers or p.kind == "request") and lost_words) or lost_most:
            return True
    return False


_MONEY_RE = re.compile(r"(?P<approx>~|about |around |roughly |approx\.? )?(?P<c>[$€£]?)(?P<n>\d+(?:\.\d+)?)\s*(?P<u>k|m|K|M)\b")
_EACH_RE = re.compile(r"\beach\b|\bper (?:head|person|hire|engineer|role|seat|mle|fte)\b|\bapiece\b|\ba head\b", re.I)


_PER_PERIOD_RE = re.compile(r"\b(?:a|per|each|every)\s+(?:month|week|year|day|hour|quarter)\b|/(?:mo|month|wk|week|yr|year|day|hr|hour)\b|\bmonthly\b|\bweekly\b|\bannually\b", re.I)


def _is_money(text: str) -> bool:
    """True when a figure in the text is an amount of money: it has a currency sign or the text says it is a cost
    ('~3k cases a month' is a volume, '£3k a month' and '3k loaded' are money)."""
    m = _MONEY_RE.search(text)
    return bool(m and (m.group("c") or re.search(r"\b(?:costs?|price[ds]?|spend|budget|loaded|salary|fees?|eur|usd|gbp|dollars|euros|pounds)\b", text, re.I)))


def _total_cost(f: Facts) -> str:
    """The total of a per-person cost for the people asked for, computed and said to be ('about 300k in total: two at
    about 150k each'); '' unless the manager gave one cost per person."""
    if f.headcount is None or f.headcount < 2 or not f.cost or _PER_PERIOD_RE.search(f.cost + " " + " ".join(p.text for p in f.points if f.cost in p.text)):
        return ""  # "22k a month each": a rate, not a price; the manager's own total stands
    m = _MONEY_RE.search(f.cost)
    said = next((p.text for p in f.points if m and m.group("n") in p.text), f.cost)
    if m is None or not _EACH_RE.search(f"{said} {f.cost}"):
        return ""
    approx = "about " if m.group("approx") or re.search(r"~|\babout\b|\broughly\b|\baround\b", said) else ""
    loaded = " loaded" if re.search(r"\bloaded\b", f"{said} {f.cost}", re.I) else ""
    each = f"{approx}{m.group('c')}{m.group('n')}{m.group('u').lower()}"  # the currency the manager gave stays with the figure
    total = f"{approx}{m.group('c')}{_num(float(m.group('n')) * f.headcount)}{m.group('u').lower()}"
    return f"{total}{loaded} in total ({_count(f.headcount)} at {each} each, my sum from the per-person figure)"


def _ask_scope(f: Facts, what: str) -> str:
    """Where the people are asked for, from the manager's ask ('2 MLEs in the Q1 plan' -> ' in the Q1 plan')."""
    m = re.search(rf"\b(?:{f.headcount}|{_count(f.headcount or 0)})\s+(?:more\s+)?{re.escape(what)}\s+(?P<s>(?:in|for|on|from|by|this|next)\b[^?.!]{{2,60}})", f.ask, re.I)
    return f" {m.group('s').strip()}" if m else ""


_COUNTED_RE = re.compile(r"(?<![\d.])(?P<n>\d+)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][\w-]{3,}s)\b", re.I)
_ADDS_RE = re.compile(r"\badds?\s+(?P<a>roughly |about |around |~)?(?P<n>\d+)\s+(?:more|extra|new|additional)\s+(?P<noun>[a-z][\w-]{3,}s)\b", re.I)
_TEAM_SIZE_RE = re.compile(r"\b(?:run|handled|covered|owned|done) by (?P<n>\d+|two|three|four|five|six) of us\b|\bthe (?P<m>\d+|two|three|four|five|six) of us\b", re.I)


def _without_them(points: list[Point], today: date | None) -> str:
    """What the team carries without the people asked for, summed from the manager's own figures ('23 models run by
    3 of us' and 'adds roughly 8 more models' -> 'about 31 models for the same 3 people'); '' when they give no such pair."""
    text = " ".join(p.text for p in points)
    add = _ADDS_RE.search(text)
    if add is None:
        return ""
    now = next((m for m in _COUNTED_RE.finditer(text) if m.group("noun").lower() == add.group("noun").lower() and m.start() != add.start("n")), None)
    if now is None:
        return ""
    size = _TEAM_SIZE_RE.search(text)
    people = (size.group("n") or size.group("m")) if size else ""
    approx = "about " if add.group("a") else ""
    total = int(now.group("n")) + int(add.group("n"))
    who = f"the same {people} of us would run" if people else "we would run"
    return f"Without them, {who} {approx}{total} {add.group('noun')} ({now.group('n')} today plus {approx}{add.group('n')} more, my sum)."


_PER_ITEM_RE = re.compile(r"\b(?P<n>\d+(?:\.\d+)?)\s*(?P<u>min(?:ute)?s?|hours?|hrs?)\s+(?:per|a|each)\s+(?P<noun>[a-z][\w-]{2,})\b", re.I)
_VOLUME_RE = re.compile(r"(?P<a>~|about |roughly |around )?(?P<n>\d+(?:\.\d+)?)\s*(?P<k>k)?\s+(?P<noun>[a-z][\w-]{2,})\s+(?:a|per|each|every)\s+(?P<p>month|week|year|day)\b", re.I)


def _time_at_stake(points: list[Point]) -> str:
    """The time a stated saving adds up to, summed from the manager's own figures ('20 min per case' and '~3k cases a
    month' -> 'about 1,000 hours a month'); '' unless they give a time per item and a volume of the same items."""
    text = " ".join(p.text for p in points)
    each = _PER_ITEM_RE.search(text)
    if each is None:
        return ""
    noun = each.group("noun").lower().rstrip("s")
    volume = next((m for m in _VOLUME_RE.finditer(text) if m.group("noun").lower().rstrip("s") == noun), None)
    if volume is None:
        return ""
    minutes = float(each.group("n")) * (1 if each.group("u").lower().startswith("min") else 60)
    count = float(volume.group("n")) * (1000 if volume.group("k") else 1)
    hours = minutes * count / 60
    approx = "about " if volume.group("a") or volume.group("k") else ""
    said = f"{hours:,.0f}" if hours >= 10 else _num(round(hours, 1))
    per = "min" if each.group("u").lower().startswith("min") else "hours"
    items = f"{volume.group('n')}{volume.group('k') or ''} {volume.group('noun')}"
    return f"That adds up to {approx}{said} hours a {volume.group('p').lower()} ({_num(float(each.group('n')))} {per} x {items}, my sum)."


def _names_the_ask(point: str, f: Facts) -> bool:
    """True for the point that names what is asked for ('two transcription contractors for ten weeks ...')."""
    if f.headcount is None or not f.resource:
        return False
    count = rf"\b(?:{f.headcount}|{_count(f.headcount)})\b"
    kind = f.resource.split()[-1].lower().rstrip("s")
    return bool(re.match(rf"(?i){count}\s+(?:[\w-]+\s+){{0,2}}?{re.escape(kind)}", point))


# A question that only asks for an answer to the one before ('Can you confirm?', 'Any update?', 'Thoughts?').
_CONFIRM_ONLY_RE = re.compile(r"^(?:can|could|would) you (?:confirm|let (?:me|us) know|check|advise)(?: (?:this|that|please|asap))?\s*\??$|^(?:any (?:update|news|thoughts)|thoughts|update)\s*\??$", re.I)


def _last_question(asked: str) -> str:
    """The question a short answer answers: the last one when the reader asked two ('click rate went from 12% to 9%??
    did the new model break something' -> 'did the new model break something')."""
    said = [x for x in re.split(r"(?<=[.!?])\s+", asked.strip()) if x.strip()]
    questions = [x for x in said if x.rstrip().endswith("?") and len(x.split()) >= 2]
    last = said[-1] if said else ""
    if len(said) > 1 and len(last.split()) >= 2 and (last.rstrip().endswith("?") or re.match(r"(?i)(?:did|does|do|is|are|was|were|has|have|will|can|could|why|what|how|when)\b", last)):
        asked = last  # "Your forecast said 12,000 and we sold 8,500. What happened?": the question is the last sentence
    elif len(said) > 1 and questions:
        asked = questions[-1]  # "... Did the model get worse? I need something to send them.": the last question asked
    if _CONFIRM_ONLY_RE.match(asked.strip()) and asked.strip() in said and said.index(asked.strip()) > 0:
        before = said[said.index(asked.strip()) - 1]  # "... will be live by the end of January. Can you confirm?": the one before
        asked = re.sub(r"(?i)^(?:hi|hey|hello|dear)\b[^,]{0,30},\s*", "", before)
    parts = [_strip_end(p) for p in re.split(r"[?!]+", asked) if len(p.split()) >= 2]
    whole = _strip_end(re.sub(r"([?!])[?!]+", r"\1", asked))
    whole = re.split(r",\s+(?=(?:he|she|they|we|i|it)\s)", whole)[0]  # "..., he has to staff couriers" is their context
    return parts[-1] if len(whole.split()) > 20 and parts else whole


# The people an ask is for, by kind ('two reliability data scientists and one data engineer').
_PEOPLE_LIST_RE = re.compile(
    r"^(?:(?:\d+|an?|one|two|three|four|five|six)\s+(?:[\w-]+\s+){0,3}?(?:scientists?|engineers?|analysts?|mles?|designers?|researchers?|contractors?|pms?|"
    r"managers?|labell?ers?|annotators?|sres?|developers?|devs?)(?:,\s+(?:and\s+)?|\s+and\s+|\s+plus\s+|\.?$))+$",
    re.I,
)


# Work the team keeps putting off ('the eval infra we keep punting'): what more people would unlock.
_PUNTED_RE = re.compile(r"\b(?P<x>(?:the|our)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:that\s+)?we\s+(?:keep|kept|have been)\s+(?:punting|pushing back|deferring|postponing|putting off|dropping|deprioriti[sz]ing)\b", re.I)


def _without_cost_clause(text: str, cost: str) -> str:
    """A point without its clause that gives the per-person cost ('..., 14 weeks of backlog, ~210k each' -> '..., 14 weeks
    of backlog'): the total beside the ask says it."""
    m = _MONEY_RE.search(cost)
    if m is None:
        return text
    kept = ", ".join(c for c in re.split(r"[,;]\s+", text) if not re.search(rf"(?<![\d.]){re.escape(m.group('n'))}(?![\d.])", c)).strip(" ,.")
    end = text.rstrip()[-1:] if text.rstrip()[-1:] in (".", "!", "?") else ""
    return kept + end if kept else ""


_PRICE_IS_RE = re.compile(r"^(?:the\s+)?(?P<what>[\w\s/+&-]{3,40}?)\s+(?:is|comes to|would be|will be|runs)\s+(?P<c>(?:about|roughly|around|~|approx\.?)?\s*[€$£]?\d[\w.,]*(?:\s*(?:a|per)\s+(?:year|month))?)\.?$", re.I)


def _price_first(clause: str) -> str:
    """A cost clause said beside the ask: 'the band plus overhead is about €120k' -> 'about €120k (band plus overhead)'."""
    m = _PRICE_IS_RE.match(clause.strip().rstrip(".,;"))
    return f"{m.group('c').strip()} ({m.group('what').strip()})" if m else clause


_ONE_PERSON = r"(?:an?|one)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:\s+on\s+an?\s+[\w-]+(?:\s+[\w-]+)?\s+contract)?"


def _named_people(text: str, headcount: int) -> bool:
    """True when a note names the people asked for one by one, one per head ('a data engineer and a hydrologist on a
    twelve-month contract')."""
    return headcount >= 2 and re.fullmatch(rf"{_ONE_PERSON}(?:(?:,\s+|,?\s+and\s+){_ONE_PERSON}){{{headcount - 1}}}\.?", text, re.I) is not None


def _dictated_resources(f: Facts, points: list[str], reasons: list[str], asks: list[str], labelled: bool = False) -> _Draft:
    """A resource ask from the manager's points: what is asked for (with its cost) leads, then why, then what the team
    carries without it."""
    d = _Draft(lead="")
    points = [x for x in points if not _ASK_LABEL.match(x.strip())]
    wanted = [x for x in points if _NEED_RE.search(x) or _names_the_ask(x, f) or _ASKING_FOR_RE.match(x.strip())] + asks  # "ask to you for 2 more engineers": the ask, never its why
    wanted = sorted(wanted, key=lambda x: not (f.cost and _is_money(x) and _norm_words(f.cost) & _norm_words(x)))  # the ask that names the money leads; what it pays for follows
    rest = [x for x in points if x not in wanted]
    if wanted:
        priced = [x for x in rest if f.cost and _norm_words(f.cost) & _norm_words(x) and len(x.split()) <= 8]
        priced += [x for x in rest[:1] if x not in priced and _is_money(x) and not has_verb(x) and len(x.split()) <= 25]  # "10 weeks from jan 4, ~$1,100 a day, ~$55k all in": the ask's terms, in its line
        rest = [x for x in rest if x not in priced]  # "fully loaded about 170k" belongs beside the ask
        cost = [] if priced or not f.cost or _norm_words(f.cost) <= _norm_words(" ".join(points + wanted)) else [f.cost]
        total = _total_cost(f)
        if total:  # "~210k each" for two: the total leads beside the ask, the per-person clause leaves the why
            rest, priced, cost = [x for x in (_without_cost_clause(x, f.cost) for x in rest) if x], [], [total]
        ask = re.sub(r"\s+(?:fix(?:es)?|solves?|covers?|would fix|gets us past)\s+(?:it|this|that)\b", "", wanted[0], flags=re.I)  # '4 more L4s fixes it': the L4s
        ask = _ASKING_FOR_RE.sub("", _DOCUMENT_ASKING_RE.sub("", ask))  # "ask you for 2 heads", "I need a one-pager for you ... asking for 2 heads": the 2 heads
        money = _MONEY_RE.search(f.cost) if total else None
        ask = re.sub(rf"\s*\([^()]*(?<![\d.]){re.escape(money.group('n'))}(?![\d.])[^()]*\)", "", ask) if money else ask  # "(about $185k loaded each)": the total beside it says it
        ask = re.sub(r"(?i)^(?:I\s+)?need\s+you\s+to\s+(?:ok|okay|approve|sign off on|green-?light)\s+", "your OK for ", ask)  # "I need you to ok more compute"
        ask = re.sub(r",\s+needs? to (?:land|be (?:agreed|approved|decided|signed off|in place))\s+(?=before|by)", ", needed ", ask, flags=re.I)
        if not [w for w in re.findall(r"(?<!^)\b[A-Z][a-z]+\b", ask) if w.lower() not in _CALENDAR_WORDS]:  # nobody else named
            ask = re.sub(r"\b(?:his|her)\s+(?=(?:[\w-]+\s+)?(?:board|deck|budget|plan|review|offsite|meeting|planning|team|org)\b)", "your ", ask)  # "before his board deck": the reader's
        who = [x for x in rest if _PEOPLE_LIST_RE.match(x.strip())][:1]
        rest = [x for x in rest if x not in who]  # "two data scientists and one data engineer": who the ask is for, beside it
        ask = f"{_strip_end(ask)}: {_strip_end(who[0])}" if who else ask
        priced = [_price_first(x) for x in priced]  # "the band plus overhead is about 120k" -> "about 120k (band plus overhead)"
        d.lead = f"What I'm asking for: {', '.join([_strip_end(ask), *map(_strip_end, priced), *cost])}."
        if re.match(r"(?i)(?:could|can|would) (?:you|we)\b", ask):  # "could you extend the contract ...": asked as a question
            d.lead = _cap(f"{', '.join([_strip_end(ask), *map(_strip_end, priced), *cost])}?")
        d.body = [_cap(x) for x in wanted[1:]]
    elif f.headcount is not None:
        what = re.sub(r"^(?:an?|one|more)\s+", "", f.resource or "engineers", flags=re.I)
        total = _total_cost(f)
        priced = [x for x in rest if total and _norm_words(f.cost) & _norm_words(x) and len(x.split()) <= 8]
        rest = [x for x in rest if x not in priced]  # "each MLE ~150k loaded" is said in the total beside the ask
        more = " more" if not f.ask or re.search(r"\b(?:more|extra|additional|another)\b", f.ask, re.I) else ""  # "2 MLEs in the Q1 plan" is no "more"
        who = [x for x in rest if _named_people(x.strip(), f.headcount)][:1]
        rest = [x for x in rest if x not in who]  # "a data engineer and a hydrologist on a twelve-month contract": who they are, beside the ask
        named = f": {_strip_end(who[0])}" if who else ""
        total = total or (_strip_end(f.cost) if f.headcount == 1 and f.cost and _MONEY_RE.search(f.cost) else "")  # one person: their price as said
        d.lead = f"I'm asking for {_count(f.headcount)}{more} {what}{_ask_scope(f, what)}{named}" + (f"; {total}." if total and who else f": the hire costs {total}." if total and f.headcount == 1 else f": {total}." if total else ".")
    elif f.cost and re.match(r"(?i)from\s", f.cost):  # 'raise the GPU budget from £4,000 to £11,000 for January to March'
        said = re.sub(r"\s+for\s+", ", ", _strip_end(f.cost), count=1)  # in the reader's terms, not quoted back
        d.lead = f"What I'm asking for: an increase {said}."
    elif rest or reasons:
        d.lead = "What I'm asking for: " + _ASKING_FOR_RE.sub("", (rest or reasons).pop(0))
    else:
        d.lead = f"I'd like to ask for support: {_MISSING['ask_for_resources']}"
    said_price = _MONEY_RE.search(f.cost) if f.cost and f.cost in d.lead else None  # the price the lead gives: a line restating it is left to the repeat check
    costs = [x for x in rest if not (said_price and said_price.group("n") in x) and _is_money(re.split(r",\s+", x)[0]) and re.search(r"\beach\b|\bfor the lot\b|\bin total\b|\btotal\b|\bper\b|\ba (?:month|year|week)\b", x, re.I)]
    rest = [x for x in rest if x not in costs]
    prose = [note_as_prose(x) for x in rest + reasons]  # "5 of us, 130% loaded": a line of notes said as a sentence
    sentence = re.compile(r"(?i)^(?:we|i|there|it|they|our|today)\b")  # "there's 2 of us, running at 130%": a sentence of its own
    d.body += [(_cap(y) if y != x or i or (sentence.match(x) and not labelled) else "Why: " + x) for i, (x, y) in enumerate(zip(rest + reasons, prose))]  # a sentence follows the ask with no label; a note or a list keeps 'Why:'
    d.body += [f"What it costs: {x}" for x in costs[:1]] + [_cap(x) for x in costs[1:]]  # the price stands on its own line
    d.body.append(_without_them(f.points, f.today))
    d.body.append(_time_at_stake(f.points))
    punted = next((m for x in points + reasons if (m := _PUNTED_RE.search(x))), None)
    if punted and f.headcount:  # "the eval infra we keep punting": what the people asked for let us do
        d.body.append(f"{_cap(_count(f.headcount))} more {f.resource or 'people'} would let us finally take on {punted.group('x')} instead of punting it again.")
    bought = _what_people_buy(" ".join(points + reasons), f.headcount) if f.headcount and not punted else ""
    d.body += [f"What {_count(f.headcount)} more would buy: {bought}."] if bought else []  # the numbers joined to what the people do
    without = "Without them" if f.headcount else "Without it"
    d.body = [re.sub(r"^If (?:not|no),\s+", f"{without}, ", x) for x in d.body]  # the cost of a no, said as what happens without what is asked
    return d


def _dictated(inp: DraftInput, f: Facts, plain: bool) -> _Draft:
    """A message built from what the manager said it must say: the purpose picks the opening and the close,
    the manager's points are the body (their reasons, offers, numbers and dates, in their order)."""
    points, reasons, offers = _points(inp, f, "point"), _points(inp, f, "reason"), _points(inp, f, "offer")
    offers = [_yours(offer_to_reader(x)) for x in offers] if inp.recipient else offers  # "we send him ..." said to him
    if f.offer and not any(longest_shared_run(f.offer, x) >= 3 for x in offers):
        offers.append(_yours(offer_to_reader(f.offer)) if inp.recipient else f.offer)  # an offer the understanding found inside words to the writer ("draft a reply offering ..."), said to its reader
    asks = _points(inp, f, "ask")
    safeguards = _safeguards(inp, f)
    requests = [_said(inp, f, p.text, capital=False).rstrip(".") for p in f.points if p.kind == "request"]
    points = _verdict_first(points)
    if inp.purpose in ("answer_question", "explain_uncertainty"):
        points = [x for x in points if not _RESTATED_QUESTION_RE.match(x)] or points  # 'you asked why ...': the answer follows, the question is not said back
    if inp.purpose != "ask_for_resources":  # "I need a firm delivery date from you by Friday": the ask closes the message
        asks += [x for x in points[1:] if _ASK_OF_READER_RE.match(x)]
        points = [x for x in points if x not in asks]
    d, thanks = _Draft(lead=""), ""
    verdict = _verdict(points[0]) if points and inp.purpose in ("answer_question", "explain_uncertainty") else ""
    if verdict:
        d = _verdict_answer(f, verdict, points[1:], reasons)
        d.body += [listed("What I can do:", [x for o in offers for x in list_items(o)])] if offers else []
    elif inp.purpose == "answer_question":
        d = _dictated_answer(f, points, reasons, inp.constraints.one_number)
    elif inp.purpose == "decline_or_negotiate":
        d = _dictated_decline(f, points, reasons, offers, requests)
    elif inp.purpose == "ask_for_resources":
        d = _dictated_resources(f, points, reasons, asks, labelled=inp.constraints.bullets)  # a list keeps its 'Why:' heading
    elif inp.purpose == "explain_uncertainty" and points and _MISREAD_RE.match(points[0]):
        d = _misread_figure(_MISREAD_RE.match(points[0]), points[1:] + reasons)  # the number's real meaning leads, never their belief said back
    elif inp.purpose == "explain_uncertainty" and inp.constraints.explained and points:
        d.lead = _cap(points.pop(0))  # the composed explanation: its first sentence answers, the rest follow in order
        d.body = [_cap(x) for x in points + reasons]
    elif inp.purpose == "explain_uncertainty" and (inp.constraints.one_number or inp.constraints.say_aloud) and _one_figure(points, inp.constraints.say_aloud):
        d.lead = _one_figure(points, inp.constraints.say_aloud)
        d.body = [_cap(x) for x in points + reasons]
    elif inp.purpose == "explain_uncertainty" and f.question_asked and (denied := _belief_denied(points)) is not None:
        d = _Draft(lead=f"Short answer: {denied[0][:1].lower() + denied[0][1:]}", body=[x for x in [_flag_rate(f.question_asked)] if x] + [_cap(x) for x in denied[1] + reasons])
    elif inp.purpose == "explain_uncertainty" and f.question_asked and not f.forecast and f.deadline_probability is None:
        points = verdict_leads(f.question_asked, points)
        first = points.pop(0) if points else reasons.pop(0)
        d.lead = _kept_in_use(f.question_asked, points + reasons + offers, _short_answer(f.question_asked, first))
        d.body = [x for x in [_change_explained(f, d.lead)] if x] + [_cap(x) for x in points + reasons]
    elif inp.purpose == "explain_uncertainty":
        odds_said = any(re.search(r"(?i)\bcoin ?flip\b|\bchances?\b|\bodds\b|\blikely\b", x) for x in points)  # the manager talks odds: a why can be answered with them
        why = re.match(r"(?i)\s*why\b", f.question_asked or "")
        answered = f.question_asked and f.deadline_probability is not None and not _deadline_passed(f) and (not why or (odds_said and WHY_NO_COMMITMENT.match(f.question_asked)))  # a why is answered with the reason; odds lead only a 'why can't you promise a date'
        points = [_the_one_wanted(x, requests) for x in points]
        d.lead = _explain(inp, f, plain).lead if answered or not points else _cap(points.pop(0))  # their question is answered first
        if answered and any(re.search(r"\d\s*%", x) for x in points):
            d.lead = re.sub(r", about [^,.]*%(?=\.$)", "", d.lead)  # the manager's own figures follow; the lead gives the answer in words
        d.body = [_cap(x) for x in points + reasons]
        if f.deadline_probability is not None and not re.search(r"\d\s*%", " ".join([d.lead, *d.body])):
            d.body.append(_chance(f))
    elif inp.purpose in ("forecast_risk", "progress_update") and slip_said(points, f.project):
        d = _slip(f, *slip_said(points, f.project), reasons, offers)  # the new date with the old promise first, then each reason, then the meantime
        offers = []
    elif inp.purpose == "progress_update" and _is_status(f, points):
        d = _status_update(f, _bullets_whole(f, points), asks)
        thanks, asks = ("Thanks." if asks else ""), []  # the ask led: nothing more to promise than the update itself
    else:  # a slip, a change to announce, an update or a decision: the manager's first point leads
        d = _first_point_leads(inp, f, points, reasons, offers, asks)
    d.body += safeguards
    d.body.append(_range_line(f, plain) if inp.purpose not in ("explain_uncertainty", "decline_or_negotiate") else "")
    d.options = bool(f.options) and inp.purpose != "announce_change"
    d.closing = thanks or _dictated_close(inp, f, asks, offers)
    if _is_slip_told(inp, d):
        _own_the_slip(f, d, apologise=not inp.constraints.no_apology)
    if inp.purpose == "announce_change" and inp.audience == "own_team":
        d.body = [_acknowledged(x) for x in d.body]  # 'some of them loved the recommender', said to them
    return d


def _dictated_decline(f: Facts, points: list[str], reasons: list[str], offers: list[str], requests: list[str]) -> _Draft:
    """The no from the manager's own points: their own no leads ("you can't have Marco until ..."), else a promise told as
    ours ('We can't ...'), else the request named with its date; the reasons, the rest and the offers follow."""
    d = _Draft(lead="")
    thing = (f.new_work or f.project or "").casefold()
    if not requests and points and NEGATED_RE.search(points[0]) and (not thing or thing.split()[-1] in points[0].casefold()):
        d.lead = _cap(points.pop(0))  # their own no names what it refuses: it leads
    elif not requests and _promised_for_us(points):
        said, points = _promised_for_us(points), [x for x in points if not _PROMISED_RE.match(x)]  # told as our no, never as their fault
        d.lead = f"We can't {said}" + (f": {reasons.pop(0)}" if reasons else ".")
        d.lead = d.lead if d.lead.endswith((".", "!", "?")) else d.lead + "."
    else:
        if not reasons and not f.reason:
            reasons = [x for x in [_busy_until(offers or [f.offer])] if x]  # "once v3 ships we'll ...": v3 is why not now
        d.lead = f"I know {requests[0]}, but we can't take it on as asked." if requests else _cannot_take_on(_declined_thing(f), f.deadline)
    d.body = [_cap(x) for x in reasons + points] + _offered(offers)
    return d


# What the team will miss, in the manager's notes about them: 'some of them loved the recommender', 'a couple of them built it'.
_WILL_MISS_RE = re.compile(
    r"^(?P<who>some of them|a few of them|a couple of them|most of them|many of them|they|the team|everyone|a lot of them)\s+"
    r"(?P<rest>(?:really\s+|genuinely\s+)?(?:loved|liked|enjoyed|built|care(?:d)? about|will miss|are attached to|were attached to|put (?:a lot|years|months) into|invested (?:a lot )?in|were proud of|are proud of)\b[^.]*)\.?$",
    re.I,
)
_TEAM_AS_YOU = {"they": "you", "the team": "you", "everyone": "all of you"}


def _acknowledged(line: str) -> str:
    """A line about what the team will miss, said to them as an acknowledgement: 'I know some of you loved the
    recommender, and I don't take that lightly.'"""
    m = _WILL_MISS_RE.match(line.strip())
    if m is None:
        return line
    who = m.group("who").lower()
    who = _TEAM_AS_YOU.get(who, re.sub(r"\bthem\b", "you", who))
    return f"I know {who} {m.group('rest').strip()}, and I don't take that lightly."


# A date moved, said in the draft: 'slips from 15 Dec to 19 Jan', 'moves to 6 March', 'now lands on ...'.
_SLIP_TOLD_RE = re.compile(
    r"\b(?:slip\w*|mov(?:es|ed|ing)|push(?:es|ed)?(?: back)?|delay\w*|late)\b[^.]{0,60}\b(?:to|until|on|by|into)\b"
    r"|\bnow (?:lands?|ships?|expected|looks? like|looking like|more like)\b|\b(?:was|were) due\b[^.]{0,60}\bnow\b", re.I)
_APOLOGY_RE = re.compile(r"\b(?:sorry|apolog\w+|regret)\b", re.I)


def _is_slip_told(inp: DraftInput, d: _Draft) -> bool:
    """A slip told to someone outside the team: the purpose is the risk, and the draft says the date moved."""
    return inp.purpose == "forecast_risk" and inp.audience != "own_team" and bool(_SLIP_TOLD_RE.search(d.lead + " " + " ".join(d.body)))


def _own_the_slip(f: Facts, d: _Draft, apologise: bool = True) -> None:
    """A slip said the way the reader needs it: one apology beside the new date (none when the manager said 'no
    grovelling'), and when they hear next (the manager's check when they gave one, else an update each week until the new date)."""
    if apologise and not _APOLOGY_RE.search(" ".join([d.lead, *d.body, d.closing])):
        d.lead = f"{_strip_end(d.lead)}. I'm sorry for the delay."
    if not f.next_check and _GENERIC_CLOSE_RE.search(d.closing):
        offered = any(x.startswith(_PREFIX["offer"]) or x.startswith("What I can offer") for x in d.body)
        ask = "Would that help for now? " if offered else ""  # the one ask: whether the interim offer works for them
        d.closing = ask + "I'll send you an update every week until then, and straight away if anything changes."
        d.closing += "" if offered else " Let me know if you'd like to talk it through."


# The manager's request for the document itself, around what it asks for: 'I need a one-pager for you, our COO, asking for'.
_DOCUMENT_ASKING_RE = re.compile(r"^(?:I\s+|we\s+)?(?:need|want|have to write|must write)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:one-?pager|note|memo|email|message|letter|doc(?:ument)?|paper|pitch|draft|proposal|write-?up|case)\s+"
                                 r"(?:for|to)\s+[^.;]{1,80}?,?\s+asking\s+(?:you\s+|them\s+|him\s+|her\s+)?for\s+", re.I)
_ASKING_FOR_RE = re.compile(r"^(?:(?:to\s+)?ask|I['’]?m asking|I am asking)\s+(?:(?:to\s+)?you\s+)?for\s+|^(?:(?:I|we)\s+)?(?:want|need)\s+(?=(?:\d+|one|two|three|four|five|six)\s+(?:more\s+)?[\w-]+)", re.I)


def _first_point_leads(inp: DraftInput, f: Facts, points: list[str], reasons: list[str], offers: list[str], asks: list[str]) -> _Draft:
    """The manager's points in their order, the first leading (their ask first when they opened with it); a change's
    why stays with the change it explains. The lead is taken out of its list (`offers`, `asks` too)."""
    said = points or reasons or offers or asks
    if not said:  # nothing of the manager's own to lead with: the work and its status, never a crash
        return _Draft(lead=f"A short update on {_the(f.project)}." if f.project else "A short update from my side.")
    first = asks[0] if asks and f.points and f.points[0].kind == "ask" else said[0]  # their ask first: it leads
    for group in (points, reasons, offers, asks):
        if group and group[0] == first:
            group.pop(0)
            break
    d = _Draft(lead=first[:1].upper() + first[1:])
    asked = {x.rstrip(".").lower() for x in asks}
    d.body = [x for x in _in_order(inp, f, first) if x.rstrip(".").lower() not in asked]
    if inp.purpose == "announce_change" and d.body and d.body[0].startswith("Why: ") and len(d.body) > 1:
        d.lead = f"{d.lead.rstrip()} {d.body.pop(0)}"  # the why stays with the change it explains; the other news follows on its own
    if inp.purpose in ("forecast_risk", "progress_update") and f.deadline_probability is not None:
        d.body.append(_chance(f))
    return d


def _slip(f: Facts, lead: str, points: list[str], reasons: list[str], offers: list[str]) -> _Draft:
    """A slip told in order: the realistic date beside the one promised, each stated reason as a sentence of its own,
    then what the reader has in the meantime and what we offer."""
    said = [x for r in reasons for x in reason_sentences(without_blame(r))]
    if f.reason and not any(longest_shared_run(f.reason, x) >= 4 for x in said + points):
        said += reason_sentences(without_blame(polish(f.reason, f.today)))
    d = _Draft(lead=lead, body=[" ".join(_cap(x).rstrip(".") + "." for x in said)] if said else [])
    points = [x for x in points if not (SLIP_RE.search(x) and not re.search(r"\d", x) and len(x.split()) <= 12)]  # "the dashboard is late": the lead says so
    d.body += [_cap(x) for x in points] + _offered(offers)
    if f.deadline_probability is not None:
        d.body.append(_chance(f))
    return d


# The manager's verdict on the reader's question ('honest answer is no', 'short answer: not yet', 'no.').
_VERDICT_RE = re.compile(
    r"^(?:(?:the|my|our)\s+)?(?:(?:honest|short|real|straight|simple|true)\s+)?(?:answer\s*(?:is\s*)?:?\s*)?"
    r"(?P<v>no|yes|not yet|probably not|probably|likely|unlikely)\b(?:,?\s*(?:honestly|sadly|unfortunately))?[.!]*$",
    re.I,
)
# A rate of errors or misses in the manager's numbers ('wrong on 2-4% of cases', '1 in 8 rows').
_RATE_RE = re.compile(r"\d\s*%|\b\d+\s+in\s+(?:\d+|every)\b", re.I)
_NO_SYSTEM_IS_PERFECT = (
    "No system that handles this many cases is right every time, and neither are people doing the same job; "
    "what we can control is how often it is wrong and what catches it when it is."
)


def _verdict_answer(f: Facts, verdict: str, points: list[str], reasons: list[str]) -> _Draft:
    """The manager's verdict as the answer to the reader's question, then their figures; a 'no' to a guarantee of
    zero errors says first that no one is right every time, when the manager gives an error rate."""
    normal = [_NO_SYSTEM_IS_PERFECT] if verdict == "no" and any(_RATE_RE.search(x) for x in points) else []
    d = _Draft(lead=_verdict_lead(verdict, f.question_asked), body=normal + [_cap(x) for x in points + reasons])
    if f.deadline_probability is not None and not any(re.search(r"\d\s*%", x) for x in points):
        d.body.append(_chance(f))
    return d


def _verdict(point: str) -> str:
    """'no', 'yes', 'not yet' ... when the point is only the manager's verdict on the reader's question, else ''."""
    m = _VERDICT_RE.match(point.strip())
    return m.group("v").lower() if m else ""


def _verdict_lead(verdict: str, asked: str) -> str:
    """The answer to the reader's own question, first and in their terms, never their question said back:
    'Can you guarantee X?' answered 'No, we can't guarantee that.'."""
    can = re.match(r"(?i)^\s*(?:can|could)\s+(?:you|we|the team|your team)\s+(?P<v>[a-z]+)\b", asked or "")
    if verdict == "no":
        return f"No, we can't {can.group('v').lower()} that." if can else "No."
    if verdict == "yes":
        return "Yes, we can." if can else "Yes."
    return f"{_cap(verdict)}."


def _safeguards(inp: DraftInput, f: Facts) -> list[str]:
    """What the manager says we do about a risk, one line each under 'What we do about it:'."""
    items = [
        x for p in f.points if p.kind == "safeguard"
        for x in re.split(r",\s+(?:and\s+)?|;\s+|\s+and\s+(?=(?:we|i|our|every|each|anything|all)\b)", _said(inp, f, p.text, capital=False))
    ]
    return [listed("What we do about it:", items)] if items else []


# Someone promised our work to a third party ('you told a wind farm operator we'd do 15-minute nowcasts in Q1').
_PROMISED_RE = re.compile(
    r"^(?:you|he|she|they|sales|someone|\w+)\s+(?:told|promised|said to|committed to|offered|sold)\s+(?P<who>(?:an?|the|their|our|your)\s+[^,]{2,60}?)\s+"
    r"(?:that\s+)?(?:we'?d|we would|we'?ll|we will|we could|we can)\s+(?P<x>.{4,160}?)\.?$",
    re.I,
)


def _promised_for_us(points: list[str]) -> str:
    """What was promised on our behalf, said as what we can't do ('do 15-minute hail nowcasts for the wind farm
    operator's 12 sites in Q1'); '' when no point promises our work."""
    m = next((m for m in (_PROMISED_RE.match(x) for x in points) if m), None)
    if m is None:
        return ""
    who = re.sub(r"^(?:an?|the|their|our|your)\s+", "", m.group("who"), flags=re.I)
    said = re.sub(r"\btheir\b", f"the {who}'s", m.group("x"), count=1)
    return re.sub(r"(?<!\w)['‘\"“]|['’\"”](?!\w)", "", said).strip()  # "'in Q1'" -> "in Q1", "operator's" kept


def _yours(offer: str) -> str:
    """An offer to the reader's group said to them ('shared with her team by jan 15' -> 'with your team')."""
    return re.sub(r"\b(?:her|his|their)\s+(?=(?:team|org|group|people|side|analysts|agents|staff|department|leads)\b)", "your ", offer, flags=re.I)


def _offered(offers: list[str]) -> list[str]:
    """The manager's offers after a no: each offer on its own line when there are several."""
    items = list({x.strip(" .").casefold(): x for o in offers for x in list_items(o)}.values())  # an offer said twice is offered once
    items = [re.sub(r"^(?:her|him|them)\s+(?=(?:the|a|an|our|some|two|three|\d)\b)", "", x) for x in items]  # 'offer her the dashboard': the offer
    return [listed("What I can offer instead:", items)] if items else []


_UNTIL_RE = re.compile(r"\b(?:once|after|as soon as|when)\s+(?P<x>(?:[\w-]+\s+){0,4}?[\w-]+)\s+(?:ships|lands|is done|is live|goes live|wraps up|is out|launches|is finished)\b", re.I)


def _busy_until(offers: list[str]) -> str:
    """The reason for a no that the manager's own offer implies ('once fraud v3 ships we'll ...' -> the team is on
    fraud v3 until it ships); '' when the offer waits on nothing."""
    m = next((m for m in (_UNTIL_RE.search(o) for o in offers if o) if m), None)
    return f"Why not now: the team is committed to {m.group('x')} until it ships, and taking this on before then would put it at risk." if m else ""


_READER_VIEW_RE = re.compile(r"^you (?:saw|see|think|noticed|asked|feel|heard|read|were told)\b.*?\bthink\w*\s+(?P<s>the [\w -]{2,40}?)\s+['‘]?(?:got|is|has|went|was|looks|seems|became)\b|^you (?:saw|see|think|noticed|asked|feel|heard|read)\b", re.I)
_SHORT_NO_RE = re.compile(r"^(?:it|this|that|they|we)\s+(?:didn'?t|did not|isn'?t|is not|hasn'?t|has not|wasn'?t|won'?t|doesn'?t|aren'?t)\b", re.I)


def _verdict_first(points: list[str]) -> list[str]:
    """'You saw the dashboard and think the scorer got worse ... It didn't get worse. ...': the manager's short verdict
    leads ('The scorer didn't get worse.'), the reader's view follows as the context it answers."""
    view = _READER_VIEW_RE.match(points[0]) if points else None
    verdict = next((i for i, x in enumerate(points[1:3], 1) if _SHORT_NO_RE.match(x) and (len(x.split()) <= 7 or ":" in x[:40])), None)
    if view is None or verdict is None:
        return points
    said = points[verdict]
    thought = _THOUGHT_RE.search(points[0])
    if thought and re.fullmatch(r"(?i)(?:it|they|we)\s+(?:didn'?t|did not)[\s.!]*", said) and thought.group("v").lower() in _BASE_OF_PAST:
        said = f"{thought.group('s')} didn't {_BASE_OF_PAST[thought.group('v').lower()]}{thought.group('rest')}"  # "think we broke it. we didn't." -> "We didn't break it."
    elif view.group("s"):
        said = re.sub(r"^it\b", view.group("s"), said, flags=re.I)
    return [_cap(said.rstrip(".")) + ".", *[x for i, x in enumerate(points) if i != verdict]]


# What the reader thinks happened ('... and think we broke it', 'thinks detection got worse'): its subject, verb and rest.
_THOUGHT_RE = re.compile(r"\bthinks?\s+(?:that\s+)?(?P<s>we|it|they|the [\w-]+(?: [\w-]+)?|[a-z][\w-]+)\s+(?P<v>[a-z]+)(?P<rest>[^.;,]{0,60})", re.I)


def _top_level_commas(text: str) -> list[str]:
    """The text split at its commas outside brackets, never before a clause of its own ('..., and', '..., they')."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        depth += {"(": 1, ")": -1}.get(c, 0)
        thousands = i > 0 and text[i - 1].isdigit() and re.match(r",\d{3}(?!\d)", text[i:]) is not None  # '~4,000 addresses' is one number
        if c == "," and depth == 0 and not thousands and not re.match(r",\s+(?:and|but|so|they|he|she|we|it)\b", text[i:]):
            parts.append(text[start:i])
            start = i + 1
    return parts + [text[start:]]


def _is_status(f: Facts, points: list[str]) -> bool:
    """True for an update made of figures ('precision 0.88, recall up from 0.61 to 0.74, 3 of 5 live'): three lines or
    more, two with numbers, about named work, not a verdict with its reasons ('the test was a wash: +0.3% ...')."""
    items = _status_items(f, points)
    label = re.match(r"^(?P<l>[^:,]{3,40}):\s", points[0]) if points else None
    verdict = label is not None and re.search(r"\b(?:is|was|are|were|has|had|went|got|looks|did)\b", label.group("l"), re.I)
    return len(items) >= 3 and sum(1 for x in items if re.search(r"\d", x)) >= 2 and not verdict


# A clause that leans on the one before it ('the rest by ...', 'and ...', 'which ...'): never a list line of its own.
_CONTINUES_RE = re.compile(r"(?:the\s+)?rest\b|(?:and|but|which|so|then|while)\b", re.I)


# What opens a clause that cannot stand as a line of its own: a preposition or joining word ('against about 1 in 7
# overall'), or a bare count whose noun is the clause before ('7 confirmed on inspection', 'about 1 in 3 did not finish').
_LEANS_RE = re.compile(
    r"^(?:against|among|versus|vs\.?|compared(?:\s+(?:to|with))?|of|from|to|with|without|for|by|but|and|or|so|while|whereas|than|plus|including|excluding|except|out of)\b"
    r"|^(?:(?:about|roughly|around|nearly|almost|only|just|over|under|~)\s+)?\d[\d.,]*\s+(?:in\s+\d|(?:were\s+|was\s+)?(?:nothing|none|no)\b)",
    re.I,
)


def _leans_on_previous(clause: str) -> bool:
    """True when a clause of a status line leans on the one before it for its subject ('7 confirmed on inspection'
    after 'flagged 9 valve leaks'): split off, it is a fragment."""
    if _LEANS_RE.match(clause.strip()) or re.match(r"(?i)^(?:still|now|yet|again|already)\s+(?:at\s+)?(?:(?:about|roughly|around|nearly|almost|only|just|over|under)\s+|~\s*)?\d", clause.strip()):
        return True  # 'still around 10%': the figure of the thing before
    m = re.match(r"^(?:(?:about|roughly|around|nearly|almost|only|just|over|under|~)\s+)?\d[\d.,]*%?\s+(?P<w>[a-z]+)\b", clause.strip(), re.I)
    if m is None:
        return False
    from lemminflect import getAllLemmas

    kinds = getAllLemmas(m.group("w").lower())
    return "VERB" in kinds and "NOUN" not in kinds and "ADJ" not in kinds  # '7 confirmed', '2 failed': a count doing something, its noun said before ('3 open incidents' names its own)


def _lead_in(line: str) -> bool:
    """True when a line opens with a clause of its own before a colon ('What ours does well is ranking: among ...'):
    what follows the colon belongs to it, never a list of its own (a label such as 'churn model v4:' is no clause)."""
    m = re.match(r"^(?P<h>[^:]{1,120}):\s", line)
    return bool(m) and len(m.group("h").split()) >= 4 and has_verb(m.group("h"))  # 'churn model v4' is a name, however verb-like


def _status_items(f: Facts, points: list[str]) -> list[str]:
    """An update's points as the lines of a status list: the project's label taken off, a line of figures split at its
    commas ('precision 0.88, recall up from 0.61 to 0.74, 3 of 5 categories live' -> three lines)."""
    items = []
    for x in points:
        x = re.sub(rf"^(?i:{re.escape(f.project)})\s*:\s*", "", x) if f.project else x
        clauses = [c.strip(" .") for c in _top_level_commas(x) if c.strip(" .")]
        joined = any(_CONTINUES_RE.match(c) for c in clauses[1:])  # "38 of 60 rendered, the rest by the 18th": one line
        split = len(clauses) > 1 and all(re.search(r"\d", c) for c in clauses) and not joined and not any(_leans_on_previous(c) for c in clauses[1:]) and not _lead_in(x)
        items += clauses if split else [re.sub(r",\s+(?=(?:they|he|she)\s+(?:say|said|expect|promise)\b)", "; ", x).strip(" .")]
    items = [re.sub(r"(?i)^(?:the\s+)?rest\s+(?=expected|due|done|live|ready)", "the rest is ", x) for x in items]  # "rest done by ..."
    return [_cap(x) for x in items if x]


# An ask aimed at a group among the readers ('GMs please keep the 2 reviewers', 'the leads to confirm by friday').
_GROUP_ASK_RE = re.compile(
    r"^(?P<g>(?:the\s+)?(?:[\w-]+\s+)?[A-Za-z][\w-]*s|(?-i:[A-Z][A-Z&/]*[A-Z]))\s*,?\s+(?:(?:please|pls|to(?!\s+(?:the|a|an|our|your|their|this|that|these|those|\d))|could you|can you|needs? to|has to|have to|must|should)\s+"
    r"|(?=(?:tell|send|confirm|keep|let|share|give|review|sign|approve|decide|pick|choose|reply|check|book|hold)\b))(?P<r>.+)$",
    re.I,
)


# A note right after the ask saying what it is for or what it saves ('it would pull aisha off the migration for 3 days').
_ASK_WHY_RE = re.compile(r"^(?:it|this|that)\s+(?:would|'d|will|means|saves|frees|keeps)\b", re.I)


def _bullets_whole(f: Facts, points: list[str]) -> list[str]:
    """The manager's points one per bullet they wrote: a sentence read from a bullet that carries no mark of its own
    continues the bullet before it ('- live on 31 of 48 sites. rest by 26/2.' is one line, never 'rest by 26/2'
    alone)."""
    raw = [p.text for p in f.points if p.kind == "point"]
    if len(raw) != len(points) or not any(BULLET_MARK.match(x) for x in raw):
        return points
    follows = [i > 0 and f.points[i - 1].kind == "point" for i, p in enumerate(f.points) if p.kind == "point"]  # an ask between breaks the bullet
    out: list[str] = []
    for x, said, after_point in zip(raw, points, follows):
        if out and after_point and not BULLET_MARK.match(x):  # no mark of its own: the rest of the bullet before
            kept = re.match(r"[A-Z]{2}|I\b", said)
            out[-1] = f"{out[-1].rstrip(' .')}; {said if kept else said[:1].lower() + said[1:]}"
        else:
            out.append(said)
    return out


def _thing_asked(ask: str) -> str:
    """An ask noted as the thing wanted ('access to the metering feed by 18/12, otherwise the buoy work slips') said as
    a request ('could we have access to the metering feed by 18/12? Otherwise the buoy work slips'); any other as it is."""
    from lemminflect import getAllLemmas

    words = re.findall(r"[A-Za-z]+", ask.lower())
    first, lemmas = (words or [""])[0], getAllLemmas((words or [""])[0])
    noun_to = len(words) > 1 and words[1] in ("to", "for", "of", "on")  # 'access to', 'sign-off on': the thing, not the verb
    if not lemmas.get("NOUN") or (lemmas.get("VERB", ("",))[0] == first and not noun_to) or first in ("i", "we", "you", "please", "your", "our", "the", "a", "an"):
        return ask
    head, _, tail = ask.rstrip(".").partition(", otherwise ")
    return f"could we have {head[:1].lower() + head[1:]}?" + (f" Otherwise {tail}" if tail else "")


def _status_update(f: Facts, points: list[str], asks: list[str]) -> _Draft:
    """An update of several facts, scannable: the ask first (to whom, when it is aimed at a group among the readers),
    then one line per fact."""
    ask = ""
    if asks:
        m = _GROUP_ASK_RE.match(asks[0].strip())
        group = re.sub(r"^the\s+", "", m.group("g"), flags=re.I) if m else ""
        group = group if re.search(r"[A-Z]{2}|[A-Z]&[A-Z]", group) else group.lower()  # "GMs" as written, "Regional leads" mid-sentence
        group = group if re.fullmatch(r"[A-Z][A-Z&/]*[A-Z]", group) else f"the {group}"  # "for T&S", "for the GMs"
        wanted = re.sub(r"\bthey\b", "you", re.sub(r"\btheir\b", "your", re.sub(r"\bthem\b", "you", m.group("r")))) if m else ""
        mine = re.sub(r"^(?:an?\s+)?(?:ok|okay|go-ahead|green light|sign-off)\s+to\b", "your OK to", _strip_end(asks[0]), flags=re.I)  # "ok to switch on the 21st"
        asked = "?" if re.match(r"(?i)(?:could|can|would|will) you\b", mine) else "."  # "could you nudge their legal team?"
        thing = _thing_asked(mine)
        ask = f"One ask, for {group}: please {_strip_end(wanted)}." if m else f"One ask: {thing}{asked}" if thing == mine else f"One ask: {thing}{'' if thing.endswith('?') else '.'}"
        why = [x for x in points if _ASK_WHY_RE.match(x.strip())][:1]
        points = [x for x in points if x not in why]
        ask += f" {_cap(_strip_end(why[0]))}." if why else ""  # "it would pull aisha off the migration for 3 days": why the ask matters
    points = [x for x in points if not for_the_drafter(x)]  # "crop protection manager at the coop (customer)": who the reader is, never a line
    labels = [m for m in (re.match(r"^(?P<l>[^:,]{3,40}):\s", x) for x in points) if m]
    label = labels[0] if len(labels) == 1 and labels[0].string == points[0] and not f.project else None
    if label:  # "churn model v4: auc up ...": the label names the work (when each line has its own, none names it all)
        f = f.model_copy(update={"project": label.group("l")})
    what = _the(f.project) if f.project else "the work"
    items = _status_items(f, points)
    key = (f.project or "").split()[-1:]  # "feature store migration": every line about the migration, or several pieces of work
    several = label is None and (len(labels) >= 2 or bool(key) and sum(1 for x in items if not re.search(rf"(?i)\b{re.escape(key[0])}", x)) >= 2)
    heading = "Where things stand:" if several else f"Where {what} stands:"
    d = _Draft(lead=ask or heading, body=[] if not ask else [heading + "".join(f"\n- {x}" for x in items)])
    if not ask:
        d.body = ["".join(f"\n- {x}" for x in items).lstrip("\n")]
        d.lead = heading + "\n" + d.body.pop()
    return d


_WANTED_THING_RE = re.compile(r"\b(?P<t>(?:one|a|an|single|firm|exact|fixed|hard)\s+(?:(?:firm|exact|fixed|single|hard|final)\s+)?(?:date|eta|deadline|number|estimate|figure))\b", re.I)


def _the_one_wanted(point: str, requests: list[str]) -> str:
    """'I can't give one yet' said to someone who asked for one date: 'I can't give you one date yet'."""
    wanted = next((m.group("t") for m in (_WANTED_THING_RE.search(r) for r in requests) if m), "")
    if not wanted:
        return point
    return re.sub(r"\b(give|promise|commit to|name|offer|put)(?:\s+you)?\s+one\b(?!\s+(?:of|more|day|week|month|thing))", rf"\1 you {wanted}", point, count=1, flags=re.I)


_REPORTED_RE = re.compile(
    r"^(?:whether|if)\s+(?P<s>(?:our|the|your|their|its|my|this|that)\s+[\w -]{1,40}?)\s+(?P<v>got|get|gets|is|are|was|were|has|have|had|will|did|does|went|fell|dropped|broke|changed|became)\b(?P<rest>[^,.;:?]{0,40})", re.I
)
# The plain form of a past verb a reported question uses, for the 'didn't ...' that answers it.
_BASE_OF_PAST = {"got": "get", "went": "go", "fell": "fall", "dropped": "drop", "broke": "break", "changed": "change", "became": "become"}
# An answer that stops at its auxiliary ('it didn't: ...', 'it didn't.'): the verb of the question is left to fill in.
_ELLIPTIC_NO_RE = re.compile(r"^(?P<a>(?:they|it)\s+(?:didn'?t|did not)(?:\s+(?:really|actually|at all))?)(?=\s*(?:[:;,.]|$))", re.I)


def _completed_no(answer: str, reported: re.Match[str]) -> str:
    """'it didn't: on 30 Nov we changed ...' to 'whether the ranker broke': 'it didn't break anything: ...'."""
    m = _ELLIPTIC_NO_RE.match(answer.strip())
    verb = reported.group("v").lower() if "v" in reported.re.groupindex else ""
    if m is None or verb not in _BASE_OF_PAST:
        return answer
    rest = reported.group("rest").strip() if "rest" in reported.re.groupindex else ""
    said = f"{_BASE_OF_PAST[verb]} {rest}".strip() if rest else f"{_BASE_OF_PAST[verb]}{' anything' if verb == 'broke' else ''}"
    return f"{m.group('a')} {said}{answer.strip()[m.end():]}"
_NEGATIVE_RE = re.compile(r"^(?:(?:they|it|this|that|we)\s+)?(?:did not|didn'?t|is not|isn'?t|are not|aren'?t|has not|hasn'?t|have not|haven'?t|was not|wasn'?t|were not|weren'?t|will not|won'?t|no)\b", re.I)


_PERCENT_RANGE_RE = re.compile(r"\b(?:between\s+)?(?P<a>\d+(?:\.\d+)?)\s*%?\s*(?:and|to|-|–)\s*(?P<b>\d+(?:\.\d+)?)\s*%")


def _direct_subject(asked: str, answer: str) -> re.Match[str] | None:
    """The subject of a direct yes/no question, found before the verb the answer repeats ('Did the model get worse?' and
    'it did not get worse' -> 'the model'); None when the answer repeats no verb."""
    verb = re.match(r"(?i)^(?:they|it)\s+(?:did not|didn'?t|does not|doesn'?t|has not|hasn'?t|will not|won'?t)\s+(?P<v>[a-z]+)\b", answer.strip())
    if verb is None:
        return None
    return re.match(rf"(?i)^(?:did|does|do|has|have|will)\s+(?P<s>(?:the|our|your|their|this|that|its|my)\s+[\w -]{{1,40}}?)\s+{verb.group('v')}\b", asked)


# A move the reader saw in a number ('saw match rate drop from 14% to 9%'): from what to what.
_SEEN_MOVE_RE = re.compile(r"\bfrom\s+(?P<a>\d+(?:\.\d+)?%?)\s+to\s+(?P<b>\d+(?:\.\d+)?%?)(?!\s*(?:weeks?|days?|months?|people|hires?))", re.I)


def _change_explained(f: Facts, lead: str) -> str:
    """After 'No, the ranker didn't break anything: we changed what counts as a match', the number the reader saw, said
    as moved by that change ('The drop from 14% to 9% comes from that change, not from the new ranker.'); '' otherwise."""
    m = _SEEN_MOVE_RE.search(f.reader_message or "")
    said = re.match(r"No, (?P<s>.+?) didn'?t\b", lead)
    if m is None or said is None or m.group("a") in " ".join(p.text for p in f.points) or not re.search(r"\bchang|\bswitch|\bmoved to\b|\bnew (?:definition|rubric|metric|rule)", lead, re.I):
        return ""
    a, b = (float(x.rstrip("%")) for x in (m.group("a"), m.group("b")))
    move = "drop" if b < a else "rise"
    return f"The {move} from {m.group('a')} to {m.group('b')} comes from that change, not from {said.group('s')}."


def _short_answer(question: str, answer: str) -> str:
    """'Short answer to 'What went wrong?': ...' for a short question; a long one is answered, never said back; a
    question reported as 'whether our translations got worse' is answered 'No, our translations did not get worse.'."""
    asked = _last_question(polish(question))
    reported = _REPORTED_RE.match(asked) or _direct_subject(asked, answer)
    if reported:
        said = re.sub(r"^(?:they|it)\b", reported.group("s"), _completed_no(answer, reported), count=1, flags=re.I)
        verdict = "No, " if _NEGATIVE_RE.match(answer.strip()) else ""
        return _cap(f"{verdict}{said}") if verdict else f"Short answer: {said}"
    judged = re.match(r"(?i)^(?:whether|if) (?P<x>.{2,40}?) (?:is|was) (?:good or bad|bad or good|ok|okay|fine|good enough)$", asked)
    if judged and re.search(r"\d", judged.group("x")):
        return f"Short answer on {judged.group('x')}: {answer}"  # "whether 4.2 MOS is good or bad": the figure judged, named
    if re.match(r"(?i)^(?:whether|if)\b", asked):
        return f"Short answer: {answer}"  # a reported question said back reads oddly: the answer alone
    whole = 2 <= len(asked.split()) <= SAY_BACK_WORDS and not unclosed(asked) and not re.search(r"['‘’\"“”]", asked)  # "what '0" (cut at "0.91"), "why 'the AI' got it wrong" (quotes in quotes): no question to say back
    return f"Short answer to '{asked}?': {answer}" if whole else f"Short answer: {answer}"


# A range of amounts in the manager's words ('between €14m and €40m, most likely around €22m').
_AMOUNT = r"[€$£]?\d(?:[\d.,]*\d)?\s*(?:%|[kmb]n?\b|million\b|billion\b)?"
_AMOUNT_RANGE_RE = re.compile(
    rf"\bbetween\s+(?P<a>{_AMOUNT})\s+and\s+(?P<b>{_AMOUNT})(?:[^.;]{{0,40}}?\bmost likely\s+(?:around\s+|about\s+|~)?(?P<m>{_AMOUNT}))?", re.I
)


def _one_figure(points: list[str], say_aloud: bool) -> str:
    """The one figure a reader who wants one number (or a line to say out loud) gets first: the most likely amount
    with its range, in a sentence they can repeat; with no most likely amount, the top of a measured percentage
    range. '' when the points give no range."""
    for point in points:
        m = _AMOUNT_RANGE_RE.search(point)
        if m and m.group("m"):
            line = f"Our best estimate is about {m.group('m').strip()}, and it could be anywhere from {m.group('a').strip()} to {m.group('b').strip()}."
            return f"Something you can say: \"{line}\"" if say_aloud else f"Short answer: {line[:1].lower() + line[1:]}"
        ranged = _PERCENT_RANGE_RE.search(point)
        if ranged:
            return f"Short answer: plan for up to about {ranged.group('b')}%, the top of what we've measured."
    return ""


# A question that asks for a judgement ('is that good or bad', 'yes or no', 'is it ok'), and a point that gives one.
_JUDGEMENT_ASKED_RE = re.compile(r"\b(?:good or bad|bad or good|yes or no|(?:is|was|are) (?:that|this|it|they) (?:good|bad|ok|okay|fine|enough|worth it|a problem))\b", re.I)
_VERDICT_SAID_RE = re.compile(r"\b(?:(?:it'?s|is|are|looks?|seems?) (?:fine|good|great|bad|ok|okay|strong|weak|solid|enough|worth it|not good enough)|not (?:yet )?(?:ready|good enough|there)|ready for|good enough)\b", re.I)


# The reader's own question told back to them ('so you saw the dashboard and asked why ...'): context, never the answer.
THEIR_QUESTION_TOLD_RE = re.compile(r"^(?:so\s+)?(?:you|they|he|she)\b[^.;]{0,80}?\b(?:asked|wondered|want(?:ed)? to know|were asking|was asking)\b", re.I)


def verdict_leads(question: str, points: list[str]) -> list[str]:
    """The manager's points with the one that gives the judgement the reader asked for ('is that good or bad?' ->
    'we think it's fine for non-fiction but not yet for fiction') first: the answer, then the facts behind it."""
    points = [x for x in points if not THEIR_QUESTION_TOLD_RE.match(x)] or points  # their question is not its own answer
    if not _JUDGEMENT_ASKED_RE.search(question):
        return points
    judged = next((x for x in points if _VERDICT_SAID_RE.search(x)), "")
    return [judged, *[x for x in points if x != judged]] if judged else points


def _dictated_answer(f: Facts, points: list[str], reasons: list[str], one_number: bool = False) -> _Draft:
    """The reader's question answered from the manager's points: the short answer in words that match the odds, their
    points, the chance, and a safer date when the asked one is unlikely; a reader who wants one number gets the top
    of the manager's measured range as that number, the range after it."""
    points = [_without_answer_frame(x) for x in points]  # 'the honest answer is about 60%, depends on ...': the lead says it is the answer
    dated = _dated_answer(f, " ".join(points), [x for x in [_without_chances(x) for x in points] if x] + reasons)
    if dated is not None:
        return dated  # "70% by jan 29, 90% by feb 12": the yes or no for the date asked, each chance said once
    d = _Draft(lead=f"Short answer: {_answer_phrase(f, 'likely, but it is not settled yet')}.")
    ranged = _PERCENT_RANGE_RE.search(points[0]) if points and one_number and not derive_answer(f) else None
    if ranged:
        d.lead = f"Short answer: plan for up to about {ranged.group('b')}%, the top of what we've measured."
    elif not derive_answer(f) and points and _YES_NO_RE.match(f.question_asked) and _chance_in_points(points) is not None and not _OWN_VERDICT_RE.match(points[0]):
        d.lead = _plain_verdict(_chance_in_points(points), f.question_asked, _known_by(points))  # 'its 50/50 ..., we'll know after the trial': the yes or no first
    elif not derive_answer(f) and points and _YES_NO_RE.match(f.question_asked) and (rate := _rate_in_points(points)) is not None:
        # 'is it accurate?' with 'right about 4 in 5 times': how often, as the yes or no
        word = "mostly, yes" if rate >= 0.7 else "partly" if rate >= 0.5 else "not yet"
        first = points.pop(0)
        d.lead = f"Short answer: {word}. {_cap(first).rstrip('.')}."
    elif not derive_answer(f) and points and f.question_asked:  # "why did accuracy fall?": the manager's first point answers it
        points = verdict_leads(f.question_asked, points)
        d.lead = _short_answer(f.question_asked, points.pop(0))
        points = [x for x in [_change_explained(f, d.lead)] if x] + points
        d.lead = _kept_in_use(f.question_asked, points, d.lead)
    elif not derive_answer(f) and points and f.deadline_probability is None:
        d.lead = _cap(points.pop(0))  # no odds to give: the manager's own answer leads, not "I can't give a firm yes or no"
    d.body = [_cap(x) for x in points + reasons]
    if f.deadline_probability is not None and not any(re.search(r"\d\s*%", x) for x in points):
        d.body.append(_chance(f))
    safer = _safer_date(f, " ".join(points))
    d.body.append(safer)
    if safer and derive_answer(f) == "likely":
        d.lead = f"Short answer: not yet a safe yes for {_day(f.deadline)}."  # a date to stand behind follows: no 'likely' before it
    return d


# The reader asks whether to stop using the model ('whether we should stop using it'), and the manager's points keep it.
_STOP_ASKED_RE = re.compile(r"\b(?:whether|if|should)\s+(?:we|i|you|they)?\s*(?:should|ought to|need to)?\s*(?:stop(?: using)?|drop|scrap|abandon|(?:switch|turn) (?:it |this |that |the \w+ )?off|ditch|retire|pull)\b", re.I)
_KEEP_SAID_RE = re.compile(r"\b(?:keep|continue|carry on)\s+(?:using\s+|with\s+)?(?:the|it|our|this)\b", re.I)


def _kept_in_use(asked: str, points: list[str], lead: str) -> str:
    """The lead with the plain 'no' first when the reader asked whether to stop using it and the manager keeps it
    ('... and whether we should stop using it' with 'keep the forecast for routine ordering')."""
    if not _STOP_ASKED_RE.search(asked) or not any(_KEEP_SAID_RE.search(x) and not NEGATED_RE.search(x) for x in points):
        return lead
    rest = re.sub(r"^Short answer:\s*", "", lead)
    return f"Short answer: no, I wouldn't stop using it. {_cap(rest)}"


# The manager's label on their own answer ('honest answer is', 'short answer:'), and a chance said before what it depends on.
_ANSWER_FRAME_RE = re.compile(r"^(?:the\s+|my\s+)?(?:honest|short|real|truthful|straight)\s+answer(?:\s+is|\s*:)\s*", re.I)
_CHANCE_DEPENDS_RE = re.compile(r"^(?P<c>(?:about|around|roughly|maybe|~)?\s*\d{1,3}\s*%|(?:a\s+)?coin[- ]?flip|50/50|\d in \d{1,2})\s*,\s*(?:it\s+)?depends\s+on\b", re.I)


def _without_answer_frame(point: str) -> str:
    """A point of the manager's answer without their label on it: 'the honest answer is about 60%, depends on whether
    ...' -> "It's about 60%, and it depends on whether ..."."""
    said = _ANSWER_FRAME_RE.sub("", point.strip())
    if said == point.strip():
        return point
    m = _CHANCE_DEPENDS_RE.match(said)
    return f"it's {m.group('c').strip()}, and it depends on{said[m.end():]}" if m else said


# A question the reader asked that a yes or a no answers ('whether the model will cut costs this season').
_YES_NO_RE = re.compile(r"^\s*(?:whether|if|will|would|can|could|is|are|does|do|should|has|have)\b(?![^?]*\b(?:why|how|what|which|when)\b)", re.I)
# The manager's own verdict opening their answer ('probably not, 1 in 3, ...', "honestly it's a coin flip"): it leads as said.
_OWN_VERDICT_RE = re.compile(r"^(?:(?:honestly|frankly|realistically|truthfully),?\s+)?(?:it'?s\s+|its\s+)?(?:yes|no|nope|probably|likely|unlikely|not\b|a coin[- ]?flip)\b", re.I)
# A chance the manager states in words or numbers ('its 50/50', 'a coin flip', 'about 70%', '1 in 3').
_STATED_CHANCE_RE = re.compile(r"\b(?P<even>50/50|fifty[- ]fifty|coin[- ]?flip|even odds)\b|\b(?P<n>\d{1,3})\s*%|\b(?P<a>\d|one|two|three) in (?P<b>\d{1,2}|three|four|five|ten)\b", re.I)
_CHANCE_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
_A_RATE_AFTER = re.compile(r"\s*(?:times\b|of the time\b|of (?:cases|calls|flags|alerts|predictions|customers|the (?:cases|calls|flags|alerts))\b|(?:right|correct|accurate)\b)", re.I)
# The time the reader asked about ('this season', 'before christmas', 'by march'), said again in the verdict.
_ASKED_FRAME_RE = re.compile(r"\b(?:this|next) (?:season|quarter|year|month|week|summer|winter|spring|autumn|fall|half)\b|\bbefore (?:the )?[\w-]+(?: (?:season|holidays|break|launch|rush|peak|window))?\b|\bin time for [\w ]{3,30}$", re.I)


def _chance_in_points(points: list[str]) -> float | None:
    """The chance the manager's points state, as a probability (the first one said), or None; 'right about 4 in 5
    times', '92% of the time' are how often the model is right (`_rate_in_points`), not the odds of an event."""
    return _stated_share(points, rate=False)


def _rate_in_points(points: list[str]) -> float | None:
    """How often the model is right, as the manager's points state it ('right about 4 in 5 times', '92% of the time')."""
    return _stated_share(points, rate=True)


def _stated_share(points: list[str], *, rate: bool) -> float | None:
    """The first stated chance (rate=False) or rate (rate=True) in the points, as a fraction; None when none is said."""
    said = " ".join(points)
    m = next((m for m in _STATED_CHANCE_RE.finditer(said) if bool(_A_RATE_AFTER.match(said, m.end())) == rate and not (rate and m.group("even"))), None)
    if m is None:
        return None
    if m.group("even"):
        return 0.5
    if m.group("n"):
        return min(int(m.group("n")), 100) / 100
    a, b = (int(x) if x.isdigit() else _CHANCE_WORDS[x.lower()] for x in (m.group("a"), m.group("b")))
    return a / b if b else None


def _plain_verdict(p: float, asked: str, known: date | None = None) -> str:
    """A yes or no from a stated chance, in plain words, with the time the reader asked about and the day the answer
    will be known: 'Honest answer: it might not happen this season; right now it's a coin flip, and we'll know by ...'."""
    frame = _ASKED_FRAME_RE.search(asked)
    when = f" {frame.group(0)}" if frame else ""
    verdict = odds_answer(p)
    said = {"yes": f"yes{when}, very likely", "probably": f"likely{when}, but not certain yet",
            "too close to call": f"it might not happen{when}; right now it's a coin flip",
            "probably not": f"probably not{when}"}.get(verdict, f"no, very unlikely{when}")  # fmt: skip
    return f"Honest answer: {said}" + (f", and we'll know by {_day(known)}." if known else ".")


# A test that settles the answer: 'after a 3 week trial starting Mon 04 Jan 2027', 'a 2-week pilot from Mon 11 Jan 2027'.
_SETTLED_BY_RE = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|eight)[- ](?:wk|week)s?\s+(?:trial|pilot|test|shadow run|experiment|a/b test|run)\s+"
    r"(?:starting|from|that starts|beginning|on)\s+(?:on\s+)?(?P<d>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4})",
    re.I,
)


def _known_by(points: list[str]) -> date | None:
    """The day a trial the manager names ends, when the answer will be known (its start plus its weeks), or None."""
    m = _SETTLED_BY_RE.search(" ".join(points))
    if m is None:
        return None
    weeks = int(m.group("n")) if m.group("n").isdigit() else _CHANCE_WORDS.get(m.group("n").lower(), 0) or {"six": 6, "eight": 8}.get(m.group("n").lower(), 0)
    return datetime.strptime(m.group("d"), "%a %d %b %Y").date() + timedelta(weeks=weeks) if weeks else None


# The reader's wrong idea of a figure, as the manager's notes say it to them: 'You think 92% accuracy ... means it's
# wrong 8% of the time on every vineyard block'.
# What the reader believes, said by the manager ('she thinks it's broken', 'they believe the model is wrong'): the
# belief the explanation answers, never the answer itself.
_READER_BELIEF_RE = re.compile(r"^(?:she|he|they|you|the board|the ceo|our ceo)\s+(?:thinks?|think|believes?|assumes?|feels?|reckons?|(?:is|are) convinced)\s+(?:that\s+)?"
                               r"(?P<s>it|the model|this|that|they)\s*(?P<v>'s|’s|\s+is|\s+are|'re|’re)\s+(?P<b>[^.;,]{3,60}?)\.?$", re.I)


def _belief_denied(points: list[str]) -> tuple[str, list[str]] | None:
    """('It isn't broken.', the other points) when a point says what the reader believes about it; None otherwise."""
    for x in points:
        m = _READER_BELIEF_RE.match(x.strip())
        if m:
            verb = "aren't" if m.group("v").strip(" '’") in ("are", "re") else "isn't"
            return f"{_cap(m.group('s'))} {verb} {m.group('b').strip()}.", [y for y in points if y is not x]
    return None


# 'said high risk for 300 customers and only 90 of them actually left': a flag's hit rate, in the manager's numbers.
_FLAG_RATE_RE = re.compile(r"(?:['‘\x22“](?P<label>[^'’\x22”]{3,30})['’\x22”]\s+)?(?:for|on|to)\s+(?P<n>\d[\d,]*)\s+(?P<what>[a-z]+)\b[^.;]{0,20}?\b(?:only|just)\s+(?P<m>\d[\d,]*)\s+(?:of them\s+)?(?:actually\s+|really\s+)?(?P<did>[a-z]+)", re.I)


def _flag_rate(question: str) -> str:
    """'A "high risk" flag means more likely than most, not certain: of the 300 customers it flagged, 90 left.' from the
    question's own numbers (no rate worked out of them); '' when it states no such pair."""
    m = _FLAG_RATE_RE.search(question)
    if m is None:
        return ""
    n, k = int(m.group("n").replace(",", "")), int(m.group("m").replace(",", ""))
    if not 0 < k < n:
        return ""
    said = m.group("label")
    label = f"{'An' if said and said[0].lower() in 'aeiou' else 'A'} '{said}' flag" if said else "A flag"
    return f"{label} means more likely than most, not certain: of the {n} {m.group('what')} it flagged, {k} {m.group('did')}."


_MISREAD_RE = re.compile(
    r"^(?:(?:you|our\s+[\w\s-]{2,40}?|the\s+[\w\s-]{2,40}?|[A-Z][a-z]+)\s+)?(?:(?:think|thinks|thought|believes?|assumes?|reads?|takes?|sees?|understands?)\s+)?(?:that\s+)?"
    r"(?P<figure>(?:an?\s+)?\S*\d[^.]{0,70}?)\s+means\s+(?P<belief>[^.]{3,160})\.?$", re.I)
# What a metric measures, in plain words, for a reader who took it for something else.
_METRIC_MEANS = (
    (re.compile(r"\bauc\b", re.I), "It measures how well the model ranks real cases above the rest, not how many of its alerts are right; that depends on how common the real cases are and where we set the alert threshold."),
    (re.compile(r"\bprecision\b", re.I), "It says what share of the cases the model flags turn out to be right, averaged across everything it sees; it says nothing about the cases it misses."),
    (re.compile(r"\brecall\b", re.I), "It says what share of the real cases the model catches; it says nothing about how many of its flags are wrong."),
    (re.compile(r"\baccura\w+", re.I), "It's the share of all cases the model gets right, averaged across everything it sees, so it can hide where it does worse."),
)
# A figure that differs across the parts it averages over ('way worse on the old blocks and better on the new ones').
_VARIES_RE = re.compile(r"\b(?:worse|better|higher|lower|varies|vary|differs?|different|depends)\b[^.]{0,40}\b(?:on|for|in|at|across|by)\b", re.I)
_EACH_UNIT_RE = re.compile(r"\b(?:on|in|at|for|across)\s+(?:every|each|all(?: the)?|any)\s+(?P<u>[\w-]+(?:\s+(?!of\b|and\b)[\w-]+)?)", re.I)


def _misread_figure(m: re.Match[str], rest: list[str]) -> _Draft:
    """A figure the reader misreads, explained: what it does mean first (an average, when the manager says it differs
    from part to part), then the manager's facts, then what that means for any one part they look at."""
    figure, belief = m.group("figure").strip(), m.group("belief").strip()
    facts = [_cap(re.sub(r"(?i)^(?:but\s+)?(it'?s|it is|they'?re)\s+actually\b", r"\1", x)) for x in rest]  # 'It's actually worse ...': the fact, without the correction's edge
    varies = any(_VARIES_RE.search(x) for x in rest)
    lead = f"{_cap(figure)} is an average across everything the model sees: it doesn't mean {belief}." if varies else f"{_cap(figure)} doesn't mean {belief}."
    means = next((x for pattern, x in _METRIC_MEANS if pattern.search(figure)), "") if not varies else ""
    d = _Draft(lead=lead, body=[x for x in [means] if x] + facts)
    unit = _EACH_UNIT_RE.search(belief)
    number = re.search(r"\d+(?:\.\d+)?\s*%", figure)
    if varies and unit and number:
        d.body.append(f"So on any one {unit.group('u')}, the real figure can be well above or below {number.group(0)}; where it is lower, the model's calls need a closer look before we act on them.")
    return d


_ASK_OF_READER_RE = re.compile(r"^(?:I need|we need|I'd need|please|could you|can you)\b.*\b(?:from you|you to|by)\b|^(?:please|could you|can you)\b", re.I)


def _dictated_close(inp: DraftInput, f: Facts, asks: list[str], offers: list[str]) -> str:
    if asks and inp.purpose != "ask_for_resources":
        said = asks[0]
        if re.match(r"(?i)if\b[^,]{3,80},\s+let me know\b", said) and inp.constraints.decided:
            return f"The decision stands, but {_strip_end(said)}."  # what stays open in a decided change, said as such
        said = re.sub(r"^(?:[Nn]eed|[Ww]e need)\b", "I need", said)  # "need your sign-off by Tuesday", as the manager noted it: who needs it
        return _cap(said) if re.match(r"(?i)(?:I need|we need|please|could you|can you|if\b[^,]{3,80},\s+let me know)\b", said) else f"One thing I need from you: {said}"
    if inp.purpose == "ask_for_resources" and inp.audience == "peer_team":
        return "Could you confirm whether your team can do this, and by when?"  # a peer is asked, not asked to approve
    if inp.purpose == "ask_for_resources":
        what = re.sub(r"\bml\b", "ML", re.sub(r"^(?:an?|one|more)\s+", "", f.resource or "", flags=re.I))  # 'the ML engineer'
        asked = " ".join(p.text for p in f.points if p.kind == "ask")
        named = what and (not asked or re.search(rf"(?i)\b{re.escape(what.rstrip('s'))}", asked))  # "1 hire and a cloud move": asked as 'this'
        thing = (f"the {_count(f.headcount)} {what}" if f.headcount > 1 else f"the {what}") if f.headcount and named else "this"
        return f"Can you approve {thing}, or tell me what you'd need to see first?"  # the ask by its name, never "as director"
    if inp.purpose == "decline_or_negotiate":
        if offers:
            return "Would that work for you?"
        asked_of_us = f.new_work or f.question_asked or any(p.kind == "request" for p in f.points)
        # a later date or a smaller part is offered only to someone who asked us for work; to anyone else, an open door
        return "Is there a later date, or a smaller part you need first, that would still help you?" if asked_of_us else "Let me know if it would help to talk it through."
    if inp.purpose == "explain_uncertainty" and not f.forecast:
        return "Let me know if it would help to talk it through."
    if inp.purpose in ("announce_change", "share_decision") and inp.audience == "own_team":
        return "Questions or worries? Talk to me."  # a decided change is not reopened in its own announcement
    if f.options:
        return _decision_ask(inp, f, "Which of these would you prefer?")
    waits = _WAITS_ON_RE.search(" ".join(p.text for p in f.points)) if inp.purpose in ("forecast_risk", "progress_update") else None
    if waits and not f.next_check:  # "we need two weeks of clean data after you fix the feed": their fix sets our date
        return f"Next step: as soon as {waits.group('o')} is {_DONE_FORM.get(waits.group('v').lower(), waits.group('v') + 'ed')}, I'll confirm the exact date."
    return _next_check(f, "Next step: I'll keep you posted, and I'm happy to talk it through.")


# What our new date waits on, done by the reader ('after you fix the feed', 'once you send the labels').
_WAITS_ON_RE = re.compile(r"\b(?:after|once|when|as soon as)\s+you\s+(?P<v>fix|send|deliver|share|restore|update|finish|repair|sign|approve|upload)\s+(?P<o>the\s+[\w-]+(?:\s+(?!(?:we|i|you|they|and|so|but|then|or|to|by|on|in|for)\b)[\w-]+)?)", re.I)
_DONE_FORM = {"fix": "fixed", "send": "sent", "deliver": "delivered", "share": "shared", "restore": "restored", "update": "updated",
              "finish": "finished", "repair": "repaired", "sign": "signed", "approve": "approved", "upload": "uploaded"}  # fmt: skip


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


_BUILDERS = {
    "answer_question": _answer_question,
    "forecast_risk": _forecast_risk,
    "decline_or_negotiate": _decline,
    "ask_for_resources": _resources,
    "explain_uncertainty": _explain,
    "announce_change": _announce,
    "respond_to_reprioritization": _reprioritization,
    "progress_update": _progress,
    "share_decision": _share,
}


# Titles a reader is always written to by, in full and as "Dear" ('Lady Haverstock', 'Councillor Abernethy').
_TITLED = re.compile(r"(?:Lady|Lord|Dame|Sir|Councillor|Councilor|Cllr|Senator|Minister|Mayor|Judge|Commissioner|Alderman|Governor)\s")


def _greeting(inp: DraftInput) -> str:
    """'Hi Victor,' when the name is known, 'Hi team,' for the own team, otherwise a neutral 'Hello,' (never a
    bare 'Hi ,' or a title in place of a name)."""
    name = inp.recipient.strip() or ("team" if inp.audience == "own_team" and _role(inp) == "" else "")
    if name == "team":
        return "Hi team,"  # "hope you are well" reads oddly to the people you work with every day
    tone = "direct" if inp.tone == "warm" and inp.audience == "executive" else inp.tone  # an exec reads the answer, not pleasantries
    if not name:
        return {"direct": "Hello,", "warm": "Hello, hope you are well.", "formal": "Hello,"}[tone]
    name = f"{name} and {inp.group}" if inp.group else name  # "Hi Wiebke and product leads,"
    if re.match(r"(?:Dr|Prof\.|Professor|Ms|Mr|Mrs|Mx)\s", name) and tone == "direct" or _TITLED.match(name):
        tone = "formal"  # "Dr Lund", "Lady Haverstock": a reader addressed by title is written to as "Dear"
    elif tone != "formal" and not inp.group and re.fullmatch(r"[A-Z][a-z'-]+ [A-Z][a-z'-]+", name):
        name = name.split()[0]  # "Ozan Kaya": "Hi Ozan," (the full name is for "Dear")
    return {"direct": f"Hi {name},", "warm": f"Hi {name}, hope you are well.", "formal": f"Dear {name},"}[tone]


def _named_greeting(inp: DraftInput) -> bool:
    return bool(inp.recipient.strip()) or (inp.audience == "own_team" and _role(inp) == "")


def _within_limit(d: _Draft, body: list[str], limit: int) -> tuple[_Draft, list[str]]:
    """A draft cut to the number of sentences (or lines) the manager asked for: the lead, then the body sentences
    carrying the most facts, in order; no options list; the next step folded into the last sentence."""
    sentences = [x for b in body for x in re.split(r"(?<=[.!?])\s+", b) if x.strip()]
    odds_first = lambda x: _weight(x) + (100 if re.search(r"\bput the chance\b|\bchance (?:of|is|at)\b", x, re.I) else 0)  # the odds for their date are the answer
    asks = [d.closing] if d.closing.rstrip().endswith("?") and limit > 2 and not re.search(r"\bthese\b", d.closing) else []  # "Would that work for you?" is the message's ask: it stays; "which of these" goes with the options
    kept = _within(sentences, max(limit - 1 - len(asks), 0), None, odds_first) + asks if limit > 1 else []
    text = " ".join([d.lead, *kept])
    if not ASK_RE.search(text):
        last = kept[-1] if kept else d.lead
        folded = last.rstrip(".") + "; let me know if you need more detail."
        kept, d = (kept[:-1] + [folded], d) if kept else (kept, _Draft(lead=folded))
    return _Draft(lead=d.lead, body=kept, options=False, closing=""), kept


# Closings that ask the reader to agree to, or reopen, what the manager has decided.
AGREEMENT_RE = re.compile(r"\bagree\b|\bgo ahead\b|\bdoes (?:this|that) work\b|\bwould that work\b|\bapprov\w*|\bwhich (?:of these|would you prefer|works)\b|\bconfirm\b|\badjust it together\b|\bwhat do you think\b", re.I)
# Closings that are filler to an executive, who reads the answer and stops.
FILLER_CLOSE_RE = re.compile(r"\bkeep you posted\b|\bhappy to talk it through\b|\bif it would help to talk\b|\blet me know if you have questions\b", re.I)


def _framed(inp: DraftInput, d: _Draft) -> _Draft:
    """The draft framed for its purpose and reader: a decided change asks no approval and offers no options; an
    executive gets no filler close ('I'll keep you posted')."""
    c = inp.constraints
    if c.decided or c.no_options:
        d = _Draft(lead=d.lead, body=d.body, options=False, closing=d.closing)
    if c.decided and AGREEMENT_RE.search(d.closing) and inp.purpose != "decline_or_negotiate":  # a decided no still puts its offer to them
        d.closing = "Questions? Talk to me." if inp.audience == "own_team" else ""
    if inp.audience == "executive" and FILLER_CLOSE_RE.search(d.closing) and not AGREEMENT_RE.search(d.closing):
        d.closing = "Let me know if you want the detail."  # the message is the answer; no "I'll keep you posted"
    if c.forwardable and (FILLER_CLOSE_RE.search(d.closing) or "want the detail" in d.closing):
        d.closing = "If anyone would like more detail, please let me know and I'll go through the numbers."  # forwarded as is: fits any reader
    if d.closing and longest_shared_run(d.closing, inp.source_text) > MAX_ECHO_WORDS:
        d.closing = restate(d.closing, inp.source_text, inp.facts.today)  # a stock closing the manager happened to write too: said another way
    return d


def _odds_as_words(d: _Draft, f: Facts) -> _Draft:
    """The draft with the facts' chances said in words: internal odds stay internal unless the reader asked for them."""
    said = {_odds(p): odds_plain(p) for p in (f.deadline_probability, f.current_finish_probability) if p is not None}

    def words(text: str) -> str:
        for number, plain in said.items():
            text = text.replace(number, plain)
        return text

    return _Draft(lead=words(d.lead), body=[words(x) for x in d.body], options=d.options, closing=words(d.closing))


_NOT_NOUNS = frozenset("goes does moves slips ships starts stops runs takes makes needs means works stays comes builds lands changes includes keeps gets "
                       "always reasons things others ones plus less unless across process business".split())


def _ones(sentence: str, before: str) -> str:
    """'the custom ones' with the thing it stands for, from earlier in the message ('the custom extractors')."""
    if not re.search(r"\bones\b", sentence):
        return sentence
    nouns = [w for w in re.findall(r"(?<!\bwe )(?<!\bit )\b([a-z][a-z-]{4,}[^s\W]s)\b", before) if w not in _NOT_NOUNS]
    return re.sub(r"\bones\b", nouns[0], sentence, count=1) if nouns else sentence


def _with_thanks(d: _Draft, names: list[str]) -> _Draft:
    """The people the manager wants thanked, thanked by name for what they did: their sentence ('Lotte and Sunil
    built most of the custom ones') becomes the thank-you, else one is added."""
    if not names:
        return d
    who = " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
    group = r"\s*(?:,|and|&)\s*".join(re.escape(n) for n in names)
    said = re.compile(rf"^(?i:{group})\s+(?P<rest>[a-z].*?)[.!]?$")
    parts = [d.lead, *d.body]
    for i, part in enumerate(parts):
        sentences = re.split(r"(?<=[.!?])\s+", part)
        for j, sentence in enumerate(sentences):
            m = said.match(sentence.strip())
            if m:
                earlier = " ".join(parts[:i] + sentences[:j])
                sentences[j] = f"A real thank-you to {who}, who {_ones(m.group('rest'), earlier)}."
                parts[i] = " ".join(sentences)
                return _Draft(lead=parts[0], body=parts[1:], options=d.options, closing=d.closing)
    return _Draft(lead=d.lead, body=[*d.body, f"A real thank-you to {who} for the work that got us here."], options=d.options, closing=d.closing)


def _asked_of_group(d: _Draft, group: str, recipient: str) -> _Draft:
    """An ask the manager aims at the group ('product leads tell us by the 11th which regions they want') asked of
    them, in the second person; one aimed at the named reader among them says whose it is ('from you, Femke:'), and
    'you need to OK it' is asked, not ordered ('please OK it')."""
    closing = re.sub(r"^(One thing I need from you: )(?:you (?:need|have|will need) to|you must|you should)\s+", r"\1please ", d.closing)
    m = re.match(rf"^(?P<o>One thing I need from )you: (?:the\s+)?{re.escape(group)}\s+(?:to\s+|should\s+|please\s+)?(?P<r>.+)$", closing, re.I) if group else None
    if m is None:
        closing = closing.replace("One thing I need from you:", f"One thing I need from you, {recipient}:", 1) if group and recipient else closing
        return _Draft(lead=d.lead, body=d.body, options=d.options, closing=closing)
    rest = re.sub(r"\bthey\b", "you", re.sub(r"\btheir\b", "your", re.sub(r"\bthem\b", "you", m.group("r"))))
    return _Draft(lead=d.lead, body=d.body, options=d.options, closing=f"{m.group('o')}the {group}: please {rest}")


# The line that owns a slip: the new date is ours, and the reader hears first if it moves.
_OWNED = "The new date is ours to hold, and I'll tell you straight away if anything puts it at risk."


def _with_apology(inp: DraftInput, f: Facts, d: _Draft) -> _Draft:
    """One plain apology after the lead ('apologetic but not grovelling'): said once, about what the reader loses."""
    if re.search(r"\bsorry\b|\bapologi", " ".join([d.lead, *d.body])):
        return d
    if inp.purpose == "decline_or_negotiate":
        line = "I'm sorry I can't give you a yes on this one."
    elif SLIP_RE.search(d.lead) or inp.purpose in ("forecast_risk", "progress_update"):
        planned = f", and I know you were planning around {_day(f.deadline)}" if f.deadline and not _deadline_passed(f) else ""
        line = f"I'm sorry for the delay{planned}."
    else:
        line = "I'm sorry for the trouble this causes."
    return _Draft(lead=d.lead, body=[line, *d.body], options=d.options, closing=d.closing)


def _body_paragraphs(body: list[str]) -> list[str]:
    """The body's sentences as paragraphs: running sentences joined, a list ('What I can offer instead:' and its
    '- ' lines) a paragraph of its own."""
    out: list[str] = []
    run: list[str] = []
    for part in body:
        if "\n- " in part:
            out += [" ".join(run)] if run else []
            out.append(part)
            run = []
        elif part.endswith("\n"):  # a paragraph's last sentence (a brief rendered as paragraphs)
            out.append(" ".join([*run, part.strip()]))
            run = []
        else:
            run.append(part)
    return out + ([" ".join(run)] if run else [])


def listed(heading: str, items: list[str]) -> str:
    """A heading and its items, one line each ('What I can offer instead:' / '- the rubric by 15 Jan'); one item is
    said as a sentence after the heading."""
    items = [_strip_end(x) for x in items if x.strip(" .")]
    if len(items) == 1:
        first = items[0]
        plain = re.match(r"(?:Share|Send|Give|Run|Set|Walk|Pair|Host|Our|A|An|The|One|Two|Three)\b", first)
        return f"{heading} {first[:1].lower() + first[1:] if plain else first}."  # one item reads on after the heading
    return heading + "".join(f"\n- {_cap(x)}" for x in items)


# Items of one list said in a line ('the rubric by jan 15, and 2 hrs of sam in the wk of jan 11'; 'a; b; c').
_ITEMS_RE = re.compile(
    r";\s+|,\s+(?:and|plus)\s+(?=(?:\d|an?\b|one\b|two\b|three\b|the\b|our\b|[A-Z]|\w+['’]s\b))|,\s+(?=\d+\s)"
    r"|\s+(?:and|plus)\s+(?=(?:an?|one|two|three|\d+)\s+(?:\d+[\s-](?:minute|min|hour|hr)s?\s+)?(?:hours?|hrs?|days?|weeks?|sessions?|calls?|slots?|reviews?|workshops?|walkthroughs?)\b)"  # "... by dec 11 and an hour with Tom"
)


# 'X, 2 weeks, can start wk of jan 11': how long the offer takes and when it starts, said as a clause of it.
_SIZED_START_RE = re.compile(r",\s+((?:about\s+|~)?(?:\d+|an?|one|two|three|four|five|six)\s+(?:days?|weeks?|months?)),\s+(?:and\s+)?(?:we\s+|I\s+)?(?:can|could)\s+start\s+", re.I)
# A part that only says how long ('2 weeks', 'a day'): it belongs to the item before it.
_DURATION_ONLY_RE = re.compile(r"^(?:about\s+|~)?(?:\d+|an?|one|two|three|four|five|six)\s+(?:hours?|days?|weeks?|months?)(?:\s+of work)?\b(?=,|:|$)", re.I)


def list_items(text: str) -> list[str]:
    """The separate items of a list the manager wrote in one line; the text itself when it names one thing."""
    text = _SIZED_START_RE.sub(r": \1 of work, and we can start ", text)
    parts: list[str] = []
    for p in (p.strip(" .,;") for p in _ITEMS_RE.split(text) if p.strip(" .,;")):
        if parts and _DURATION_ONLY_RE.match(p):
            parts[-1] = f"{parts[-1]}, {p}"  # "..., 2 weeks, can start ...": the size of the item before
        else:
            parts.append(p)
    return parts if len(parts) > 1 and all(len(p.split()) >= 3 for p in parts) else [text]


def _assumption(f: Facts) -> str:
    """What a reader who plans around the date should assume: the date itself when it is safe (80% or more), else the
    forecast's later date, with anything earlier as upside; never the engineering options behind it."""
    assert f.deadline is not None and f.deadline_probability is not None
    if f.deadline_probability >= 0.8:
        return f"For your planning, you can assume {_day(f.deadline)}; I'll tell you straight away if that changes, and let me know if you need more for your numbers."
    later = next((x for x in (f.forecast.p80_date, f.forecast.p95_date) if x and x > f.deadline), None) if f.forecast else None
    plan = f"I'd plan on {_day(later)} or later and treat anything earlier as upside" if later else "I'd plan on a later date and treat it as upside if we make it"
    return f"For your planning, I wouldn't assume {_day(f.deadline)}: {plan}. I'll tell you straight away if that changes; let me know if that works for your numbers."  # an answer still closes on what the reader can do


_HEADED_RE = re.compile(r"^(?P<h>Why|What it costs|What I can do|What changes|Meanwhile|In the meantime|Risk|Risks):\s+(?=\S)")


def _as_bullets(d: _Draft) -> _Draft:
    """The body's sentences as one bulleted list, for a reader who asked for bullets; a body already holding a list, or
    with one sentence, stays as it is. A label the first sentence carries ('Why: ...') heads the list."""
    parts = [x for x in d.body if x]
    if any("\n- " in x for x in parts):
        return d
    sentences = [s for x in parts for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9€$£])", x) if s.strip()]
    if len(sentences) < 2:
        return d
    head = _HEADED_RE.match(sentences[0])
    heading = f"{head.group('h')}:" if head else "In short:"
    if head:
        sentences[0] = _cap(sentences[0][head.end() :])
    return _Draft(lead=d.lead, body=[listed(heading, sentences)], options=d.options, closing=d.closing)


def _with_what_it_means(inp: DraftInput, f: Facts, d: _Draft) -> _Draft:
    """The answer said in terms of what the reader will do: their fallback taken or not, what they wanted to say
    said or not, from the one verdict `derive_answer` gives (so the lead, this line and the close agree)."""
    if f.deadline is None or not (inp.brief.if_not or inp.brief.can_say):
        return d
    plan_on = f.forecast.p80_date if f.forecast is not None and f.forecast.p80_date is not None and f.forecast.p80_date > f.deadline else None
    answer = derive_answer(f)
    if answer == "likely" and f.deadline_probability is not None and odds_answer(f.deadline_probability) == "too close to call":
        answer = "unlikely"  # a coin flip is no yes to promise on: the lead said so
    odds = _chance_said(f.deadline_probability) if f.deadline_probability is not None else ""
    said = what_it_means(inp.brief, answer, _day(f.deadline), _day(plan_on) if plan_on else "", odds)
    if not said:
        return d
    unscoped = "smaller first version" in d.closing  # their plan is answered; no choice nobody scoped is put to them
    closing = "Next step: I'll tell you straight away if anything moves the date." if unscoped else d.closing
    body = [x for x in d.body if not (plan_on and x.startswith("If you need a date to plan on"))] if "stand behind" in said else d.body  # the date to plan on said once
    return _Draft(lead=d.lead, body=[said, *body], options=d.options and not unscoped, closing=closing)  # what they would do, answered right after the answer


def _from_brief(inp: DraftInput, f: Facts, d: _Draft, notes: list[str]) -> _Draft:
    """The body rendered from the message brief where it carries what the purpose needs (a money ask, a no with an
    offer), else the draft as built with a closing question that fits the reader."""
    rendered: Rendered | None = render(inp.brief, inp.reader)
    if rendered is None:
        return _Draft(lead=d.lead, body=d.body, options=d.options, closing=fitting_closing(inp.brief, d.closing))
    if rendered.withheld:
        notes.append("Not said (it reads as a note to you, not to them; say it in your words if it belongs): " + "; ".join(_clip(x.rstrip("."), 14) for x in rendered.withheld[:4]) + ".")
    body = ["\n".join(as_expected(polish(line, f.today)) for line in x.split("\n")) + ("\n" if rendered.paragraphs else "") for x in rendered.body]  # a list keeps its lines
    return _Draft(lead=polish(rendered.lead, f.today), body=body, options=False, closing=polish(rendered.closing, f.today))


def _with_payback(body: list[str], said: str) -> list[str]:
    """The body with the payback sum right after the sentence that gives the loss it weighs, else first: the manager's
    figures come before what they add up to."""
    loss = re.search(r"[$€£]?\d[\d.]*[km]\b|[$€£]\d[\d.]*", said)
    figures = {loss.group(0).lower()} if loss else set()
    at = next((i + 1 for i, x in enumerate(body) if figures and any(f in x.lower().replace(" ", "") for f in figures)), 0)
    return [*body[:at], said, *body[at:]]


def _compose(inp: DraftInput, f: Facts, notes: list[str]) -> str:
    plain = needs_plain_language(inp.recipient_role, inp.purpose, inp.constraints.plain)
    d = _BUILDERS[inp.purpose](inp, f, plain)
    if f.points and inp.purpose in _DICTATED and not (inp.purpose == "explain_uncertainty" and f.forecast) and _drops_points(inp, d, f):
        d = _dictated(inp, f, plain)  # the purpose's structure lost what the manager said: their points carry the message
    d = _from_brief(inp, f, d, notes)
    d = _with_what_it_means(inp, f, d)
    if inp.brief.anticipated:  # "she'll want to know if the staffing plan changes": answered, or a place left for the answer
        d = _Draft(lead=d.lead, body=[*d.body, anticipated_said(inp.brief)], options=d.options, closing=d.closing)
        if not inp.brief.anticipated_answer:
            notes.append(f"Fill in your answer to what they'll want to know ({inp.brief.anticipated}): the draft leaves {ANTICIPATED_GAP} for it.")
    if inp.brief.adds_up and "my sum" not in " ".join(d.body):  # the manager's cost and payoff, added up beside their figures
        up_front = inp.purpose == "ask_for_resources"  # an ask's numbers come first, right after what is asked
        d = _Draft(lead=d.lead, body=[inp.brief.adds_up + "\n", *d.body] if up_front else [*d.body, inp.brief.adds_up], options=d.options, closing=d.closing)
    if inp.brief.payback and "my sum" not in " ".join(d.body):
        d = _Draft(lead=d.lead, body=_with_payback(d.body, inp.brief.payback), options=d.options, closing=d.closing)
    d = _framed(inp, d)
    d = _with_thanks(d, inp.constraints.thank)
    d = _asked_of_group(d, inp.group, inp.recipient)
    if inp.constraints.apology:
        d = _with_apology(inp, f, d)
    if inp.constraints.grumble and inp.purpose in ("announce_change", "share_decision"):
        settled = ", but it's decided" if inp.constraints.decided else ""
        d = _Draft(lead=d.lead, body=[*d.body, f"I know not everyone will love {inp.constraints.grumble}{settled}; tell me what makes it harder than it should be."], options=d.options, closing=d.closing)
    if inp.constraints.valued and d.closing and inp.audience != "own_team":
        d = _Draft(lead=d.lead, body=d.body, options=d.options, closing=f"You've been {inp.constraints.valued} to us, so I hope this helps. {d.closing}".strip())
    if inp.constraints.own_it and inp.purpose in ("forecast_risk", "progress_update", "share_decision"):
        closing = "Let me know if you would like to talk it through." if re.search(r"keep you posted|tell you straight away", d.closing) else d.closing
        d = _Draft(lead=d.lead, body=[*d.body, _OWNED], options=d.options, closing=closing)
    if inp.constraints.assume and f.deadline is not None and f.deadline_probability is not None and not _deadline_passed(f):
        d = _Draft(lead=d.lead, body=[x for x in d.body if not x.startswith("What would change that")], options=False, closing=_assumption(f))
    if inp.constraints.odds_in_words:
        d = _odds_as_words(d, f)
    if inp.constraints.bullets:
        d = _as_bullets(d)
    body = [x for x in d.body if x]
    if f.product_impact and inp.purpose not in ("ask_for_resources", "explain_uncertainty", "announce_change"):
        body.append(f"Why it matters: {_sentence(f.product_impact)}")
    elif not f.product_impact and not f.points:  # the manager's own points say what it means, in their words
        mentions_metric = any(METRIC_RE.search(x) for x in (f.decision, f.reason, f.ask))
        if mentions_metric:  # a bare metric reads as hype: the reader needs what it means
            body.append("What this means for users and the business: [add the product impact before sending].")
            notes.append("Add the product impact (users, cost, revenue, time saved) in place of the bracketed text.")
        elif inp.purpose == "progress_update":
            notes.append("Say what it means for users or the business (users, cost, revenue, time saved) before sending.")
    if f.max_sentences and inp.purpose != "rewrite":
        d, body = _within_limit(d, body, f.max_sentences)
    paragraphs = [x for x in (_greeting(inp), d.lead) if x]
    paragraphs += _body_paragraphs(body)
    if d.options and f.options:
        paragraphs.append("Options:\n" + "\n".join(f"- {_option_line(o.name, o.tradeoff)}" for o in f.options))
    if d.closing:
        paragraphs.append(d.closing)
    if inp.constraints.one_paragraph and len(paragraphs) > 2 and not (d.options and f.options):
        paragraphs = paragraphs[:1] + [" ".join(paragraphs[1:])]  # "one paragraph": the greeting, then the message in one block
    sign = {"direct": "", "warm": "Thanks,", "formal": "Kind regards,"}["formal" if _TITLED.match(inp.recipient) and inp.tone == "warm" else inp.tone]  # 'Dear Lady Haverstock' closes 'Kind regards,', never 'Thanks,'
    signature = "\n".join(x for x in (sign, inp.sender) if x)
    if signature:
        paragraphs.append(signature)
    return human_dates("\n\n".join(paragraphs), f.today)


# Free-text facts: sentences (clipped first when a draft is too long) and names (clipped only as a last resort).
_SENTENCE_FACTS = (
    "decision",
    "ask",
    "reason",
    "product_impact",
    "question_asked",
    "strategy_summary",
    "cost_of_not",
    "offer",
    "what_changes",
    "what_stays",
    "next_check",
    "what_would_change",
)
_NAME_FACTS = ("new_work", "resource", "contact", "project", "person", "cost")
_MANAGER_FACTS = ("decision", "offer", "reason", "what_changes")  # free text in the manager's own note-taking words
_FREE_TEXT = _SENTENCE_FACTS + _NAME_FACTS


def _stated_chance(f: Facts) -> Facts:
    """The manager's own chance for the date asked about ('about 60% for all 38 by feb 1') wins over one read elsewhere."""
    if f.deadline is None or not f.points:
        return f
    said = [c for p in f.points for c in _dated_chances(polish(p.text, f.today)) if c[0] == f.deadline]
    return f.model_copy(update={"deadline_probability": said[0][1]}) if said and said[0][1] != f.deadline_probability else f


def _prepare(inp: DraftInput, notes: list[str]) -> Facts:
    """Facts fit for this purpose and audience: no past dates as targets, no boilerplate or approval asks."""
    f = _stated_chance(inp.facts)
    update: dict[str, object] = {}
    for name in _SENTENCE_FACTS:  # the manager's words kept, made ready to send, reworded where they would be pasted back
        value = getattr(f, name)
        said = polish(value, f.today, capital=False) if name in _MANAGER_FACTS else value
        said = address(said) if name in ("decision", "offer") and inp.recipient else said
        said = offer_to_reader(said) if name == "offer" and inp.recipient else said
        for known in {n for n in (f.person, inp.recipient) if n and n[:1].isupper()} if name in _MANAGER_FACTS else ():
            said = re.sub(rf"\b{re.escape(known)}\b", known, said, flags=re.IGNORECASE)  # "priya" as the team file writes her
        if name in _MANAGER_FACTS and f.deadline is not None and f.deadline_probability is not None and not _deadline_passed(f):
            day = _day(f.deadline)
            promised = next((m for m in PROMISE_RE.finditer(said) if day in m.group(0)), None)
            if promised is not None:  # "still targeting Fri 18 Dec 2026": the date the manager states gets its odds beside it
                said = said[: promised.end()] + f" (chance {_odds(f.deadline_probability)})" + said[promised.end() :]
        said = restate(said, inp.source_text, f.today)
        if said != value:
            update[name] = said
    if f.today is not None:
        if f.forecast is not None and f.forecast.unit == "dates":
            kept = {f"p{lvl}_date": v for lvl, v in f.forecast.points() if v >= f.today}  # type: ignore[operator]
            if len(kept) < len(f.forecast.points()):
                notes.append("Left out forecast dates that are already past; re-run the forecast from today.")
                dropped = {k: None for k in ("p50_date", "p80_date", "p95_date")}
                update["forecast"] = f.forecast.model_copy(update={**dropped, **kept}) if kept else None
        for name in ("later_date", "decide_by"):
            if getattr(f, name) is not None and getattr(f, name) < f.today:
                update[name] = None
                notes.append(f"Left out {name} ({getattr(f, name).isoformat()}): it is already past.")
        if _deadline_passed(f):
            notes.append("The deadline has passed: the draft says so and gives no chance of meeting it.")
    sure = f.deadline_probability is not None and f.deadline_probability >= 0.8
    if f.ask and HOLD_OR_MOVE_RE.search(f.ask) and (sure or inp.purpose in ("progress_update", "explain_uncertainty")):
        update["ask"] = ""
        notes.append("Dropped the hold-or-move ask: the forecast does not call for that decision.")
    if inp.constraints.decided or inp.constraints.no_options:
        update["options"] = []  # "decision's made, no options": told, not put to a choice
    if inp.audience == "own_team" or inp.purpose == "announce_change" or inp.constraints.decided:
        for name in ("ask", "decision"):
            if APPROVAL_RE.search(str(update.get(name, getattr(f, name)))):
                update[name] = ""
                notes.append(f"Dropped the {name} asking for approval: your own team is told, not asked to sign off.")
    return f.model_copy(update=update) if update else f


def _drop_field_behind(f: Facts, span_text: str) -> tuple[Facts, str] | None:
    """The facts without the free-text field (or option) most responsible for a flagged span."""
    target = [t for t, _, _ in _tokens(span_text)]
    if not target:
        return None
    best: tuple[int, int, str] | None = None
    for name in _FREE_TEXT:
        value = getattr(f, name)
        shared = longest_shared_run(value, span_text) if value else 0
        if shared and (best is None or (shared, len(value)) > (best[0], best[1])):
            best = (shared, len(value), name)
    for i, o in enumerate(f.options):
        shared = longest_shared_run(f"{o.name} {o.tradeoff}", span_text)
        if shared and (best is None or (shared, 0) > (best[0], best[1])):
            best = (shared, 0, f"option {i}")
    if best is None:
        return None
    name = best[2]
    if name.startswith("option "):
        i = int(name.split()[1])
        return f.model_copy(update={"options": f.options[:i] + f.options[i + 1 :]}), f"option '{f.options[i].name}'"
    sentences = re.split(r"(?<=[.!?])\s+", getattr(f, name).strip())
    if len(sentences) > 1:  # keep what the manager said elsewhere in the fact; only the sentence pasted back goes
        worst = max(range(len(sentences)), key=lambda i: longest_shared_run(sentences[i], span_text))
        kept = " ".join(x for i, x in enumerate(sentences) if i != worst)
        return f.model_copy(update={name: kept}), f"{name} sentence '{_clip(sentences[worst], 8)}'"
    return f.model_copy(update={name: ""}), name


_SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)|\n")


def _drop_sentence(body: str, start: int, end: int) -> str:
    """The body without the flagged words: only their clause when the sentence says more ("Joao is the only one
    who knows it, and it ships 22 Jan" keeps its first half), else the whole sentence."""
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(body)]  # "86.0" is no sentence end
    left = max((e for e in ends if e <= start), default=0)
    right = min((e for e in ends if e > end), default=len(body))
    sentence = body[left:right].rstrip()
    cut = re.search(r"(?:,\s+|\s+and\s+)(?=[^,]*$)", body[left:end])  # the boundary before the clause holding the date
    if cut and len(body[left : left + cut.start()].split()) >= 4 and not re.search(r",\s+|\s+and\s+", body[end:right]):
        kept = body[left : left + cut.start()].rstrip(" ,") + sentence[-1:] if sentence[-1:] in ".!?" else body[left : left + cut.start()]
        return re.sub(r"\n\n\s+", "\n\n", body[:left] + kept + body[right:]).strip()
    return re.sub(r"\n\n\s+", "\n\n", body[:left] + body[right:]).strip()


def _lint(inp: DraftInput, body: str) -> LintReport:
    return lint_message(
        LintInput(
            text=body,
            audience=inp.audience,
            source_text=inp.source_text,
            today=inp.facts.today,
            recipient_role=inp.recipient_role,
            purpose=inp.purpose,
        )
    )


_REPAIRABLE = {"echo", "jargon", "approval-ask", "past-date", "single-date-promise"}


def _repairable(finding: Finding, f: Facts, body: str = "") -> bool:
    """A finding the drafter fixes by dropping a fact; a date promise wholly inside one fact or one of the manager's points
    (their own dated offer) is the manager's own wording, kept and flagged."""
    if finding.rule not in _REPAIRABLE:
        return False
    if finding.rule == "echo" and any(longest_shared_run(p.text, finding.span.text) >= 5 for p in f.points):
        return False  # the manager dictated it: their own content is meant to be said (a counter-offer is left out of the source by the caller)
    if finding.rule != "single-date-promise":
        return True
    flagged = finding.span.text.lower()
    values = [str(getattr(f, n)) for n in _FREE_TEXT] + [f"{o.name}: {o.tradeoff}" for o in f.options]
    said = re.sub(r"\s*\b(?:mon|tue|wed|thu|fri|sat|sun|the \d|\d).*$", "", flagged)  # "delivered by Tuesday": the words before the date
    if len(said.split()) >= 2 and any(said in p.text.lower() and re.search(r"\d", p.text) for p in f.points):
        return False  # "delivered by the 22nd": the manager's own dated offer
    around = _sentence_around(body, finding.span.start, finding.span.end) if body else ""
    if around and any(re.search(r"\d", p.text) and longest_shared_run(human_dates(p.text, f.today), human_dates(around, f.today)) >= 4 for p in f.points):
        return False  # "other 2 glasshouses go live jan 11": the manager's own dated point, flagged but never dropped
    return not any(flagged in human_dates(v, f.today).lower() for v in values)  # the body says its dates as a person would


def _fit(inp: DraftInput, f: Facts) -> tuple[Facts, str, list[str]]:
    """Compose, then shorten step by step until the draft fits the audience's length limit; also returns the notes."""
    limit = WORD_LIMITS.get(inp.audience, DEFAULT_WORD_LIMIT) - 10
    notes: list[str] = []
    body = _compose(inp, f, notes)
    sentences = _SENTENCE_FACTS
    steps = [
        lambda x: x.model_copy(
            update={"options": [o.model_copy(update={"tradeoff": _clip(o.tradeoff, 15)}) for o in x.options]}
        ),
        lambda x: x.model_copy(update={"options": x.options[:2]}),
        lambda x: x.model_copy(update={k: _clip(getattr(x, k), 25) for k in sentences}),
        lambda x: x.model_copy(
            update={k: _clip(getattr(x, k), 12) for k in sentences}
            | {"options": [o.model_copy(update={"tradeoff": _clip(o.tradeoff, 8)}) for o in x.options]}
        ),
        lambda x: x.model_copy(update={k: _clip(getattr(x, k), 6) for k in _FREE_TEXT if k != "cost"} | {"options": x.options[:1]}),  # the money asked for is never cut
    ]
    for step in steps:
        if len(WORD_RE.findall(body)) <= limit:
            break
        f = step(f)
        notes = []
        body = _compose(inp, f, notes)
        notes.append("Shortened to fit the length limit for this audience; put detail in a linked doc.")
    return f, body, notes


# Labels a draft's first line may open with; a subject says what follows them.
_LEAD_LABEL_RE = re.compile(
    r"^(?:short answer|heads-up|my recommendation|what i'm asking for|what i need from you|headline|in short|decision needed|"
    r"a change to our plans|an update on our plans|the honest answer[^:]*)\s*[:.]\s*",
    re.I,
)
_FULL_DAY_RE = re.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]* (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?: \d{4})?\b"
    r"|(?<=the week of )(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?: \d{4})?\b"
)
_GREETING_LINE_RE = re.compile(r"^(?:hi|hello|hey|dear)\b[^\n]*$", re.I)


def content_subject(inp: DraftInput, f: Facts, body: str) -> str:
    """A subject that says the content: the reader's question answered ('Re: ...'), else the first clause of the
    draft's lead ('Driver ETA model moves to the week of 11 Jan'); '' when the lead is too long to say in one line."""
    if f.question_asked and inp.purpose in ("answer_question", "explain_uncertainty"):
        asked = _last_question(polish(f.question_asked))
        will_be = _WILL_BE_RE.search(asked)
        if will_be:  # "Nordbank are asking whether the quality scores for their jobs will be live by the end of January"
            return f"Re: {_cap(will_be.group('s'))} {will_be.group('state')} {will_be.group('when')}"
        parts = [_strip_end(p) for p in re.split(r"[?!]+", asked) if len(p.split()) >= 2]
        asked = asked if len(asked.split()) <= 12 or not parts else parts[-1]  # a two-part question: its last part
        first = re.split(r",?\s+and\s+|,\s+|;\s+", asked)[0]
        asked = asked if len(asked.split()) <= 12 or len(first.split()) < 4 else first  # "why the map said 'high' for the valley that didn't burn and ...": its first part
        reported = _REPORTED_RE.match(asked)
        if reported and reported.group("v").lower() in _BASE_OF_PAST:  # "whether the ranker broke" -> "Did the ranker break?"
            asked = f"did {reported.group('s')} {_BASE_OF_PAST[reported.group('v').lower()]}{reported.group('rest')}?"
        if 2 <= len(asked.split()) <= 14 and not unclosed(asked) and _names_something(asked):  # "what '0" (cut at "0.91"), "why, in that case" name nothing
            return f"Re: {asked[:1].upper() + asked[1:]}"
    paragraphs = [x.strip() for x in body.split("\n\n") if x.strip() and not _GREETING_LINE_RE.match(x.strip())]
    if not paragraphs:
        return ""
    if paragraphs[0].startswith("Something you can say:"):  # the line to say out loud: the subject names what it is about
        return f"{_cap(f.project)}: one figure you can use" if _subject_worthy(f.project) else "One figure you can use"
    if inp.purpose == "progress_update" and paragraphs[0].startswith("One ask") and _subject_worthy(f.project):
        return f"{_cap(f.project)}: update, and one ask"
    if inp.purpose == "answer_question" and paragraphs[0].startswith("Short answer:"):
        on = f" for {f.deadline.day} {f.deadline:%b}" if f.deadline and f.project else ""
        verdict = re.match(r"Short answer:\s+(?P<v>[^.;:]{2,40})[.;:]", paragraphs[0])
        if not _subject_worthy(f.project) and f.deadline and verdict:  # what it answers (the date asked about) and the answer
            return f"By {f.deadline.day} {f.deadline:%B}: {verdict.group('v')}"
        return f"Re: {_cap(f.project)}{on}" if _subject_worthy(f.project) else ""  # "Probably not" says nothing of what it answers
    wanted = next((re.sub(r"^you(?:'d like| want| would like| asked for)\s+", "", p.text) for p in f.points if p.kind == "request"), "")
    if inp.purpose == "explain_uncertainty" and 2 <= len(wanted.split()) <= 12:
        return f"Re: {_cap(wanted)}"  # the date or figure they asked for names what the reply is about
    if re.match(r"(?i)thanks for (?:asking|the question|checking)\b", paragraphs[0]) and _subject_worthy(f.new_work):
        return f"Re: {_cap(f.new_work)}"  # a reply that opens with thanks is about what they asked for
    asked_to = re.match(r"Thanks for asking to (?P<x>[^;.]+);", paragraphs[0])
    if asked_to and len(asked_to.group("x").split()) <= 10:
        return f"Re: your request to {asked_to.group('x')}"  # "borrow one of our modelers for two weeks"
    lead = _FULL_DAY_RE.sub(lambda m: f"{int(m.group(1) or m.group(3))} {m.group(2) or m.group(4)}", _LEAD_LABEL_RE.sub("", paragraphs[0]))  # "11 Jan" in a subject
    listed = re.match(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+", lead)
    lead = lead[listed.end() :] if listed else lead  # "In short:\n- Six of ten cameras up": the first item, never its list mark
    promised = re.match(r"We promised (?P<x>.+?)(?: would [\w ]+?)? (?:for|by) (?P<old>(?:(?! for | by )[^;])+); the realistic date is now (?P<new>[^.]+)\.", lead)  # 'the forecast for your wards for 18 Dec': the last 'for' holds the date
    promised = promised or _COMMITTED_RE.match(lead)  # "We committed to delivering the report on 22 Jan; it will now be 26 Feb."
    if promised:  # a slip: the work and its new date
        named = re.sub(r"^(?:the|our)\s+", "", promised.group("x"), flags=re.I)
        what = f.project if _subject_worthy(f.project) else (named if _subject_worthy(named) else "")
        return f"{_cap(what)}: new date {promised.group('new')} (was {promised.group('old')})" if what else f"New date: {promised.group('new')} (was {promised.group('old')})"
    request = re.match(r"I know you'd like (?P<x>.+?), but\b", lead)
    if request and len(request.group("x").split()) <= 14:
        wanted = re.sub(r"^(?:us|our team|the team|me|my team)\s+to\s+(?:(?:build|make|create|do|run|ship|deliver|get|put together)\s+)?", "", request.group("x"))
        return f"Re: {_cap(wanted)}"  # a no to a request is about that request
    wanted = _thing_wanted(request.group("x")) if request else ""
    if wanted:
        return f"Re: {_cap(wanted)}"  # a long request: the thing asked for names it ('a liquidity forecasting model')
    if request and _subject_worthy(f.new_work):
        return f"Re: {_cap(f.new_work)}"
    first = re.split(r",\s+|\s+and\s+(?:you|she|he|they)\b", request.group("x"))[0] if request else ""
    if request and 2 <= len(first.split()) <= 14:
        return f"Re: {_cap(first)}"  # "a model that predicts which toy trends will blow up, for the fair, ...": its first clause, never the lead's framing
    clause = _strip_end(re.split(r"(?<=[.;!?])\s+|:\s+|,\s+(?:and|but|so)\s+|\s+because\s+", lead)[0])
    slipped = _SLIPS_SUBJECT_RE.match(clause)
    now = _NOW_WHEN_RE.search(_FULL_DAY_RE.sub(lambda m: f"{int(m.group(1) or m.group(3))} {m.group(2) or m.group(4)}", body))
    if slipped and now and inp.purpose in ("forecast_risk", "progress_update", "share_decision") and len(slipped.group("s").split()) <= 8:
        named = re.sub(r"^(?:the|our)\s+", "", slipped.group("s"), flags=re.I)
        return f"{_cap(named)}: now {now.group('d')}"  # "Berth-window pilot: now the week of 11 Jan"
    if _LEAD_LABEL_RE.match(paragraphs[0]) and not inp.purpose == "ask_for_resources" and 2 <= len(clause.split()) <= 12 and "[" not in clause:
        return _cap(clause)  # "My recommendation: Priya finishes the fraud model first": the draft's own composed lead, never the notes
    asking = _ASKING_OPENER.match(clause) or re.match(r"(?i)what i'm asking for|what i need from you", paragraphs[0])
    if inp.purpose == "ask_for_resources" and asking and 2 <= len(clause.split()) <= 16 and "[" not in clause:
        return "Ask: " + _cap(_ASKING_OPENER.sub("", clause))  # the ask itself names an ask, never the sentence around it
    return typed_subject(inp, f, body)


_CONTENT_WORD_RE = re.compile(r"[A-Za-z][\w'-]{2,}|\d")
_EMPTY_WORDS = frozenset(
    "why what how when who whom whose which where whether that this these those then there case same anyway still even just "
    "the and but for nor yet our your their his her its with into from about does did doing done have has had are was were "
    "not can could would should will shall might must been being also very really".split()
)


def _names_something(asked: str) -> bool:
    """A question that names what it is about ('why the flagged claims go to a person'): two words beyond the
    question words and the glue ('why, in that case' names nothing a subject could say)."""
    return len([w for w in _CONTENT_WORD_RE.findall(asked) if w.lower() not in _EMPTY_WORDS]) >= 2


_TYPED_SUBJECTS = {
    "forecast_risk": "{topic}: {when} at risk",
    "answer_question": "Re: your question on {the_topic}",
    "explain_uncertainty": "Re: your question on {the_topic}",
    "progress_update": "{topic}: progress update",
    "share_decision": "{topic}: a decision",
    "respond_to_reprioritization": "{topic}: proposal on the priority change",
    "decline_or_negotiate": "Re: {topic}",
    "ask_for_resources": "{topic}: request for support",
}


def typed_subject(inp: DraftInput, f: Facts, body: str) -> str:
    """A subject made from the message's typed purpose and its topic, never a sentence of the body: 'Renewal-price
    model: 18 December at risk', 'A change to our plans, from Monday 14 December'; '' when there is no topic (the
    stock subject for the purpose then stands)."""
    if inp.purpose == "announce_change" and f.starts:
        return f"A change to our plans, from {human_dates(f.starts.strftime('%a %d %b %Y'), f.today)}"
    topic = f.project if _subject_worthy(f.project) else ""
    template = _TYPED_SUBJECTS.get(inp.purpose, "")
    if not topic or not template:
        return ""
    moved = inp.purpose == "forecast_risk" and re.search(r"\b(?:slip\w*|moves?|moved|pushed)\b", body, re.I)
    when = f"{f.deadline.day} {f.deadline:%B}" if f.deadline else "the date"
    said = template.format(topic=_cap(topic), the_topic=re.sub(r"^(?!the\b|our\b)", "the ", topic, flags=re.I), when=when)
    return said.replace(f"{when} at risk", f"the {when} date moves") if moved and f.deadline else said


# A slip in the manager's words: what was committed, when, and the new date.
_COMMITTED_RE = re.compile(
    r"We (?:committed to (?:delivering|deliver|ship(?:ping)?|send(?:ing)?)|said we(?:'d| would) (?:deliver|ship|send)|planned to (?:deliver|ship|send)) (?P<x>.+?) (?:on|for|by) (?P<old>[^;,]+)[;,] (?:it|this|that) (?:will now be|is now|now lands|moves to|will now land) (?:on )?(?P<new>[^.]+)\."
)


def _thing_wanted(request: str) -> str:
    """The thing a long request asks for, from its head ('a liquidity forecasting model from us in Q1 and floated ...' ->
    'liquidity forecasting model'); '' when its head is not a short noun phrase."""
    head = re.split(r",\s+|\s+(?:and|but|from|for|by|before|in|to|so|because|which|that)\s+", request, maxsplit=1)[0]
    head = re.sub(r"^(?:us|our team|the team|me|my team)\s+to\s+(?:(?:build|make|create|do|run|ship|deliver|get|put together)\s+)?", "", head)
    head = re.sub(r"^(?:an?|the|some|one)\s+", "", head, flags=re.I)
    head = re.sub(r"(?<!\w)['\"‘“]|['\"’”](?!\w)", "", head)  # "a 'VIP win-back' model" -> "VIP win-back model"
    return head if 2 <= len(head.split()) <= 6 else ""


# 'whether the quality scores for their jobs will be live by the end of January': the thing, its state and when.
_WILL_BE_RE = re.compile(
    r"\b(?:whether|if|can (?:i|we) (?:tell|promise|say to) (?:them|him|her|the \w+)(?: that)?)\s+(?:the\s+|our\s+|your\s+)?(?P<s>(?:[\w-]+\s+){0,4}?[\w-]+)(?:\s+(?:for|of|on|in)\s+[^,.?]{2,60}?)?\s+(?:will|would|is going to|are going to|is gonna|are gonna)\s+be\s+"
    r"(?P<state>live|ready|done|in prod(?:uction)?|shipped|available|finished|working|running|in place)(?:\s+(?:for|of|on|in|across)\s+[^,.?]{2,60}?)?\s+(?P<when>(?:by|before|for|in)\s+[^,.?]{3,45})",
    re.I,
)
# A lead that reports a slip ('the pilot slips', 'the rollout is delayed') and where the date is now ('now realistically the week of 11 Jan').
_SLIPS_SUBJECT_RE = re.compile(r"^(?P<s>.+?)\s+(?:slips|has slipped|is slipping|will slip|is late|is delayed|moves|has moved|won'?t make (?:it|the date))$", re.I)
_NOW_WHEN_RE = re.compile(r"\bnow\s+(?:realistically\s+|likely\s+|probably\s+|expected\s+|planned\s+for\s+)?(?:(?:on|for|by)\s+)?(?P<d>(?:the week of |early |mid-|late )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\b")
_ASKING_OPENER = re.compile(r"^(?:your OK for|I'm asking for|I am asking for|I'd like|I need you to|I need|could you|can you|would you|could we (?:have|get)|can we (?:have|get))\s+", re.I)


_WHY_SAID_RE = re.compile(
    r"\buntil\b[^.]{0,80}\b(?:fix|fixes|fixed|is ready|lands|ships|unblocks?|is resolved|comes back)\b|\bblock(?:ed|er|s)?\b|"  # "pauses until the team fixes the job"
    r"\b(?:because|since|so that|the reason|why|due to|as a result|which means|so we|so the|"
    r"to (?:cut|stop|save|reduce|put|free|focus|make room|meet|hit|fix|avoid|handle|support|get ready))\b", re.I)
_IN_FLIGHT_RE = re.compile(r"\b(?:in flight|in progress|current|existing|already|still|keeps?|stays?|until|finish|wind down|move over|migrat)\w*", re.I)
_CAUSE_SAID_RE = re.compile(r"\b(?:is|are|was|were|came|arrived|running)\s+late\b|\bblocked\b|\bwaiting on\b|\bmissing\b|\bbroke\b|\bfailed\b|\bgaps?\b|\boutage\b|\bon leave\b|\bout sick\b", re.I)
_GENERIC_CLOSE_RE = re.compile(r"I'll keep you posted|Let me know if you want the detail|Happy to talk it through", re.I)


def _purpose_gaps(inp: DraftInput, f: Facts, body: str) -> list[str]:
    """What the purpose needs that the manager's words did not give and the draft does not invent (for them to add
    before sending): the why of a change, what happens to work in flight, the cause of a slip, the next update."""
    if not f.points:
        return []
    text = body.split("\n\n", 1)[-1]
    reasons = bool(f.reason) or any(p.kind == "reason" for p in f.points)
    if inp.purpose == "forecast_risk" and not reasons:  # "the slip. our vendor shipped bad logs and we relabelled": a point beside the slip is its why
        reasons = any(p.kind == "point" and not SLIP_RE.search(p.text) and not _DATE_MENTION_RE.search(p.text) and p.text.lower()[:40] in text.lower() for p in f.points)
    gaps = []
    if inp.purpose == "announce_change" and inp.audience == "own_team":
        if not reasons and not _WHY_SAID_RE.search(text):
            gaps.append("why the change is happening; one line of why helps the team take it well.")
        if not f.what_stays and not _IN_FLIGHT_RE.search(text):
            gaps.append("what happens to work already in flight, and what stays as it is.")
    elif inp.purpose == "forecast_risk":
        if not reasons and not _WHY_SAID_RE.search(text) and not _CAUSE_SAID_RE.search(text):
            gaps.append("why it slipped, in one line.")
        if _GENERIC_CLOSE_RE.search(text) and not f.next_check:
            gaps.append("when they will hear from you next (a date for the next update).")
    return gaps + _dropped_facts(f, body)


def _dropped_facts(f: Facts, body: str) -> list[str]:
    """Facts the manager gave that the purpose needs but the body does not carry (their numbers, or most of their
    words): listed for them to add, never silently lost."""
    dated = human_dates(body, f.today)
    said, said_numbers = _norm_words(dated), numbers_in(dated)
    out = []
    for name, label in (("offer", "your offer"), ("cost", "what it costs"), ("ask", "what you need from them")):
        value = getattr(f, name)
        if not value or value == "a smaller first version, or a slot after the current commitments land":
            continue
        if name == "ask" and re.search(r"(?i)\b(?:can|could|would|will) you\b[^?]{3,200}\?", body):
            continue  # the body already asks the reader for it in its own words ("Can you approve the two heads ...?")
        given = human_dates(polish(value, f.today), f.today)  # dates in the body's form
        words = _norm_words(given)
        plain = {w for w in words if len(w) > 3 and not w.isdigit()}
        if {a.value for a in amounts(given)} - said_numbers or (len(plain) >= 3 and len(plain & said) < len(plain) / 2):  # '95,000' says 'ninety-five thousand'
            out.append(f"{label}: '{_clip(value, 20)}' (the draft does not say it yet).")
    return out


def _subject_worthy(project: str) -> bool:
    """A project name fit for a subject line: short, one line, not a clause of the manager's note."""
    bare = {"all", "everything", "it", "this", "that", "work", "the work", "stuff", "things", "everyone", "own model", "model", "project", "bullets", "notes", "points", "update", "list"}
    if note_label(f"{project.strip()}: x") is not None:
        return False  # 'Honest picture', 'the facts': the manager's label, not what the message is about
    return bool(project) and project.strip().lower() not in bare and len(project.split()) <= 5 and not re.search(r"\n|/|\b(?:my|them|their|me)\b|[^\w\s'&.,()-]", project)  # 'all', 'own model': a word of the note, no name


# The reader's question restated to them ('you asked in the exec channel why the forecaster can't get waste to zero').
_RESTATED_QUESTION_RE = re.compile(r"^(?:you|they|he|she) (?:asked|wanted to know|want to know|were asking|was asking|asks)\b", re.I)


def _explained_subject(inp: DraftInput, f: Facts) -> str:
    """A composed explanation's subject: what the misread figure means, or the figure to plan around; '' otherwise."""
    if not inp.constraints.explained:
        return ""
    said = " ".join(p.text for p in f.points)
    misread = re.search(r"(?P<x>[+-]?\d[\d.]*\s?%?\s*[A-Za-z][\w-]*) does not mean\b", said)
    if misread:
        return f"What {misread.group('x')} means"
    guess = re.search(r"^The (?P<x>\S+) is our best guess so far\b", said)
    if guess:
        return f"What the {guess.group('x')} means"
    best = re.search(r"\bOur best single figure is (?P<x>[^,.]+(?:\.\d[^,.]*)?)", said)
    return f"The figure to plan around: {best.group('x')}, and its range" if best else "Why we give a range, not one number"


_CLOSING_RE = re.compile(r"^(?:Next step|Decision needed|Let me know|Thanks|Questions or worries|Would that|Can you|Could you|Happy to|I'll keep you)\b|\?$")


_DAY_MONTH_RE = re.compile(r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


# Days the team or site is closed, counted by a dated forecast ('site is shut 23 dec - 4 jan', 'office closed over xmas').
_CLOSURE_NOTE_RE = re.compile(
    r"\b(?:shut(?:down)?|closed?|closure|break|holidays?|christmas|xmas|days? off)\b"
    r"|\b(?:we|we'?re|we are|the team'?s|team'?s|team is|office'?s|office is)\s+(?:all\s+)?(?:off|dark|away|out)\b",  # 'we're dark 24 dec-1 jan'
    re.I,
)


def _with_dropped_points(inp: DraftInput, f: Facts, body: str, kept_out: list[KeptOut] | None = None) -> tuple[str, list[str]]:
    """The body with every point of the manager's whose numbers or dates it lost, and every stated reason or ask it
    lost, put back (said to the reader, before the closing), and the sentences put back; a point that cannot be said
    as a sound sentence is left for the notes."""
    if inp.brief.limits is not None or inp.brief.status:
        return body, []  # what a model can and can't do is said whole from the manager's figures; no note of theirs goes back
    said = set(re.findall(r"(?<![\w.])\d+(?:\.\d+)?", human_dates(body, f.today)))  # 'v3' says no 3
    back: list[str] = []
    for p in f.points:
        if p.kind not in ("point", "reason", "ask", "offer") or THEIR_QUESTION_TOLD_RE.match(p.text.strip()):
            continue  # their own question told back is no fact of ours to put back
        if p.kind == "point" and _CLOSURE_NOTE_RE.search(p.text) and f.forecast is not None and f.forecast.unit == "dates":
            continue  # 'site is shut 23 dec - 4 jan': the forecast's dates already skip it, and the draft says so
        text = _said(inp, f, p.text)
        numbers = set(re.findall(r"(?<![\w.])\d+(?:\.\d+)?", human_dates(text, f.today)))
        words = {w for w in _norm_words(text) if len(w) > 3 and not w.isdigit()}
        status = p.kind == "point" and inp.purpose == "progress_update"  # 'feature store migration about half done': a status is what an update is made of
        lost_words = (p.kind in ("reason", "ask", "offer") or status) and len(words) >= 3 and len(words & _norm_words(body)) < len(words) / 2  # a stated reason, offer or the ask, gone
        lost_people = _people_in(text, inp.reader.others) - _people_in(body, inp.reader.others)  # "Marco and Aisha own the rota": who owns it is the point
        lost_day = bool(set(_DAY_MONTH_RE.findall(human_dates(text, f.today))) - set(_DAY_MONTH_RE.findall(human_dates(body, f.today))))  # '4 January', not a 4 in '3 in 4'
        if not lost_words and not lost_people and not lost_day and (not numbers or numbers <= said) or longest_shared_run(text, body) >= 6:
            continue
        sentence = re.sub(r"^Need\b", "I need", human_dates(to_reader(text, inp.reader), f.today))  # "Need your template by Tuesday": who needs it
        sentence = re.sub(r"^Start(?:ing)?\s+(?=(?:on\s+)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\s)", "We start on ", sentence)  # "start jan 4": who starts
        if TOLD_BACK.match(sentence):
            continue  # 'You asked me this morning whether ...': their own question, never put back after the answer
        if p.kind == "ask" and re.match(r"(?i)(?:a|an|the|your|one|some)\s", sentence) and not re.search(r"(?i)\b(?:is|are|was|were|will|would|can|could|should|must)\b", sentence):
            sentence = f"What I need from you: {sentence[:1].lower() + sentence[1:]}"  # 'a yes on keeping Sam on the shadow deploy': the ask, said as one
        sentence, against = with_verdict(sentence, _verdict_of(f))  # 'fraud model v3 is on track' under an at-risk forecast: never put back
        (kept_out if kept_out is not None else []).extend(against)
        if sentence and not faults(sentence) and has_verb(sentence) and not any(longest_shared_run(sentence, x) >= 6 for x in back):
            back.append(sentence)
            said |= numbers
    if not back:
        return body, []
    paragraphs = body.split("\n\n")
    at = len(paragraphs)
    while at > 1 and _SIGN_OFF_RE.match(paragraphs[at - 1].strip()):
        at -= 1  # "Kind regards,": nothing comes after the sign-off
    at = at - 1 if at >= 3 and _CLOSING_RE.search(paragraphs[at - 1].strip()) else at
    return "\n\n".join([*paragraphs[:at], " ".join(back), *paragraphs[at:]]), back


_SIGN_OFF_RE = re.compile(r"^(?:(?:kind|best|warm|many)\s+)?(?:regards|thanks|thank you|cheers|best(?: wishes)?|all the best|sincerely|yours(?: sincerely)?)[,.!]?(?:\n.*)?$", re.I | re.S)


def _people_in(text: str, people: list[str]) -> set[str]:
    """The people the manager named (`Reader.others`) that a text names: an owner, a helper, who a change is for."""
    return {p.lower() for p in people if len(p) > 2 and re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", text, re.I) and re.search(rf"\b{re.escape(p[:1].upper() + p[1:])}\b", text)}


def _verdict_of(f: Facts) -> Verdict | None:
    """The forecast's verdict on the work, which no sentence of the manager's notes in the body may contradict: on
    track at 80% or better, at risk under 50% (or with the date passed), none in between or without a forecast."""
    p = f.deadline_probability
    if p is None or f.deadline is None:
        return None
    on_track = False if p < 0.5 or _deadline_passed(f) else True if p >= 0.8 else None
    return Verdict(work=f.project, on_track=on_track, said=f"a {round(p * 100)}% chance of {f.deadline:%a %d %b}")


def _said_in(text: str, body: str) -> bool:
    """True when the body still says the piece (another pass put it back)."""
    return longest_shared_run(text, body) >= max(3, len(text.split()) - 1)


def _manager_words(f: Facts) -> list[str]:
    """The texts the body takes from the manager's own words: their points and free-text facts."""
    return [p.text for p in f.points] + [getattr(f, n) for n in (*_MANAGER_FACTS, "ask", "question_asked")]


def draft_message(inp: DraftInput) -> DraftedMessage:
    """Draft a message for one purpose (answer_question, forecast_risk, decline_or_negotiate, ask_for_resources, explain_uncertainty, announce_change to your own team, respond_to_reprioritization, progress_update): greets the recipient by name when known, leads with the answer or the ask, gives ranges (plain ones for non-technical readers), follows the recommended strategy, asks only what fits the audience, never repeats 9+ words of source_text and uses only the facts' numbers; returns its lint report."""
    if inp.purpose == "rewrite":
        from tools.rewrite import rewrite_message  # the rewrite module builds on this one's patterns and lint

        rewritten = rewrite_message(inp)
        body = without_furniture(rewritten.body)  # every purpose's body passes the same gate: no e-mail furniture or bare label
        return rewritten if body == rewritten.body else rewritten.model_copy(update={"body": body, "word_count": len(WORD_RE.findall(body))})
    notes: list[str] = []
    f = _prepare(inp, notes)
    f, body, fit_notes = _fit(inp, f)
    lint = _lint(inp, body)
    # A fact that echoes the manager's words, uses jargon for a non-technical reader or asks the own team for
    # approval is dropped and the draft recomposed; as a last resort the offending sentence goes.
    for _ in range(len(_FREE_TEXT) + 8):
        bad = next((x for x in lint.findings if _repairable(x, f, body)), None)
        if bad is None:
            break
        dropped = _drop_field_behind(f, bad.span.text)
        if dropped is not None:
            f, name = dropped
            notes.append(f"Left out the {name.replace('_', ' ')} fact ({bad.rule}): {bad.message}")
            f, body, fit_notes = _fit(inp, f)
        else:
            body = _drop_sentence(body, bad.span.start, bad.span.end)
            notes.append(f"Removed a sentence ({bad.rule}): {bad.message}")
        lint = _lint(inp, body)
    body, slipped = mend(body)  # a doubled word or list mark left where pieces were joined
    group = inp.audience == "own_team" and inp.recipient in ("", "all") and not inp.reader.pronoun
    reader = inp.reader.model_copy(update={"pronoun": "they"}) if group else inp.reader  # a post to the team: 'they' is its readers
    gated = gate(body, reader, _manager_words(f), verdict=_verdict_of(f))  # the manager's sentences said to the reader, or left out
    lint = _lint(inp, gated.body) if slipped or gated.body != body else lint
    body = gated.body
    body, repaired = _with_dropped_points(inp, f, body, gated.kept_out)
    if repaired:
        lint = _lint(inp, body)
        notes.append(f"Put back {len(repaired)} of your points the draft had lost (a number or date in them was missing): {'; '.join(_clip(x.rstrip('.'), 12) for x in repaired)}.")
    checked = reader_check(body, inp.reader, _manager_words(f) + [inp.source_text], to_one=inp.recipient != "all" and inp.audience != "own_team" and not inp.group)
    if checked.body != body:
        body = checked.body
        lint = _lint(inp, body)
    notes += fit_notes
    project = f" {f.project}:" if _subject_worthy(f.project) else ""
    kind = "answer_question" if inp.purpose == "explain_uncertainty" and f.points and f.question_asked else inp.purpose  # a why answered
    if kind == "explain_uncertainty" and f.forecast is None and f.deadline_probability is None and not f.range_weeks:  # a date, if any, is the reader's
        kind = "explain_plain"
    stock = f"{project} {_SUBJECTS[kind]}".strip() if project else _SUBJECTS[kind]
    subject = "" if inp.constraints.chat else subject_checked(without_asides(mend(subject_of(inp.brief) or _explained_subject(inp, f) or content_subject(inp, f, body) or stock)[0]), inp.reader)  # a channel post has no subject; the manager's feelings never head it
    if not lint.clean:
        notes.append("The facts contain phrasing the lint flags; see the lint report before sending.")
    if any(gap in body for gap in _MISSING.values()):
        notes.append("Your question did not say what the message should tell them: fill in the bracketed text before sending.")
    if not _named_greeting(inp):
        notes.append("No recipient name was given, so the draft greets them with 'Hello,'; put their name in the greeting if you know it.")
    notes += [f"Not said: {gap}" for gap in _purpose_gaps(inp, f, body)]
    lost = list(dict.fromkeys(gated.lost + checked.lost))
    if lost:
        notes.append(f"Not said: {', '.join(lost[:6])} (from a line of your notes the draft left out because it did not read as written to them; say it in your words).")
    notes += [x for x in [kept_out_note([k for k in gated.kept_out + inp.kept_out if not _said_in(k.text, body)])] if x]  # every piece of the notes left out, with why: never silently lost
    return DraftedMessage(
        subject=subject,
        body=body,
        word_count=len(WORD_RE.findall(body)),
        lint=lint,
        notes=notes,
        answer=derive_answer(f) if inp.purpose == "answer_question" else "",
    )
