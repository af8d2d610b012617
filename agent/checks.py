"""Checks a drafted message must pass before it leaves, read the way the recipient would: named when
known, leading with the answer or the ask, no paste-back of what the manager told the writer (their
tone, length or format instructions) or of the reader's own question, no offer of the manager's dropped, no
unfinished aside, an ask that fits the audience, a body that agrees with the
recommendation, no date in the past promised, no number that neither the question nor a tool gave, and
a rewrite that honours the length the manager asked for, drops the harsh phrases (softer) or hedges (firmer)
and keeps every dated ask.

The graph's check node turns problems into notices; the eval runner counts them (`draft_checks`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from tools.readable import Slip, slips
from agent.situation import Situation
from agent.tool_results import all_results, succeeded, typed_result
from lead_core.number_words import amounts, number, numbers_in
from lead_core.units import MONTHS
from tools.message import SAY_BACK_WORDS, THEIR_QUESTION_TOLD_RE
from tools.reader_voice import fragment
from tools.rewrite import facts_lost, harsh_kept, hedges_in

ECHO_LIMIT = 8  # a draft never repeats more than this many consecutive words of the question
# Wording that argues for finishing first, per recommendation that contradicts it.
CONTRADICTIONS: dict[str, re.Pattern[str]] = {
    "switch_now": re.compile(r"\bclos(?:e|ing) it out first\b|\bproperly closed\b|\bafter they close out\b|\bfinish(?:es|ing)? (?:it |\w+ |the \w+ )?(?:first|properly)\b|\blet (?:her|him|them|someone) finish\b|\bletting (?:them|her|him) finish\b|\bfinish before (?:switching|moving)\b", re.I),
    "finish_first": re.compile(r"\bswitch(?:es|ing)? (?:her|him|them|\w+ )?(?:right away|immediately|now)\b|\bstarts? (?:on it )?(?:right away|immediately|today)\b", re.I),
}
APPROVAL_ASK = re.compile(r"\b(?:can you confirm|please confirm|confirm this plan|approve|sign off|your approval|does this work for you)\b", re.I)
LEAD_FILLER = re.compile(r"^(?:hi|hello|hey|dear)\b[^\n]*\n+|^\s+", re.I)
DATE_IN_TEXT = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)\w* (\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* (\d{4})\b", re.I)


@dataclass(frozen=True)
class DraftProblem:
    """One problem with a drafted message."""

    check: str
    detail: str

    def __str__(self) -> str:
        return f"{self.check}: {self.detail}"


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def longest_echo(body: str, question: str) -> int:
    """The longest run of consecutive words the body shares with the question."""
    a, b = _words(body), _words(question)
    positions: dict[str, list[int]] = {}
    for j, w in enumerate(b):
        positions.setdefault(w, []).append(j)
    best = 0
    for i, w in enumerate(a):
        for j in positions.get(w, []):
            n = 0
            while i + n < len(a) and j + n < len(b) and a[i + n] == b[j + n]:
                n += 1
            best = max(best, n)
    return best


_RETOLD_RUN = 5  # words in a row the manager's context shares with their own pasted draft: the draft retold, not new words


def echo_source(question: str, pasted: object) -> str:
    """The words of the question a draft must not paste: for a rewrite, the question without the manager's own pasted
    message and without the runs of context that retell it ('the director put the figure in his board report and I have
    to walk it back' beside a draft that says the same), since reworking their own message is the task."""
    if not isinstance(pasted, str) or not pasted.strip():
        return question
    rest = _words(question.replace(pasted, " "))
    own = " " + " ".join(_words(pasted)) + " "
    keep = [True] * len(rest)
    for i in range(len(rest) - _RETOLD_RUN + 1):
        if f" {' '.join(rest[i : i + _RETOLD_RUN])} " in own:
            keep[i : i + _RETOLD_RUN] = [False] * _RETOLD_RUN
    return " ".join(w if k else "|" for w, k in zip(rest, keep))


def _past_dates(body: str, today: date) -> list[str]:
    found = []
    for m in DATE_IN_TEXT.finditer(body):
        try:
            d = date(int(m.group(3)), MONTHS[m.group(2).lower()[:3]], int(m.group(1)))
        except ValueError:
            continue
        if d < today:
            found.append(m.group(0))
    return found


def draft_problems(
    body: str, situation: Situation, question: str, today: date, *, recommendation: str | None = None, rewrite: bool = False
) -> list[DraftProblem]:
    """Everything a careful reader would send back about this draft."""
    problems: list[DraftProblem] = []
    recipient = situation.get("recipient")
    from agent.drafting import GROUP_RE

    by_title = re.match(r"^\s*(?:dear|hi|hello)\s+(?:Dr|Prof\.|Professor|Ms|Mr|Mrs|Mx)\s+[A-Z]", body, re.I)  # "Dear Dr Lund" names Annika Lund
    named = isinstance(recipient, str) and any(re.search(rf"(?i)\b{re.escape(part)}\b", body) for part in recipient.split() if len(part) > 2)  # 'Dear Eulalia' names Eulalia Marchetti
    if isinstance(recipient, str) and recipient and not GROUP_RE.fullmatch(recipient) and recipient.casefold() not in body.casefold() and not named and not by_title:
        problems.append(DraftProblem("recipient", f"{recipient} is not named in the draft"))
    first = LEAD_FILLER.sub("", body.strip()).split("\n", 1)[0]
    if re.match(r"^(?:here is|i wanted to|just a quick|hope you|as you know|following up)\b", first, re.I):
        problems.append(DraftProblem("lead", f"the draft opens with '{first[:40]}' instead of the answer or the ask"))
    pasted = situation.get("draft_text")
    if re.match(r"^\s*(?:hi|hey|dear)\s*[,!]", body, re.I):  # "Hello," is the neutral greeting; "Hi ," greets nobody
        problems.append(DraftProblem("greeting", "the draft greets nobody ('Hi ,'): add the reader's name or a neutral greeting"))
    if "[add " in body:
        problems.append(DraftProblem("gap", "the draft has a bracket to fill in: your question did not say what it should tell them"))
    echo = longest_echo(body, echo_source(question, pasted))  # their own message, reworked, is no echo
    if echo > ECHO_LIMIT:
        problems.append(DraftProblem("echo", f"{echo} consecutive words are pasted from your question"))
    from agent.drafting import reader

    if reader(situation)[0] in ("own_team", "report") and APPROVAL_ASK.search(body):
        problems.append(DraftProblem("ask-fit", "the draft asks your own team for approval"))
    contradiction = CONTRADICTIONS.get(recommendation or "")
    prose = "\n".join(line for line in body.splitlines() if not line.lstrip().startswith("- "))  # options may name the others
    if contradiction is not None and contradiction.search(prose):
        problems.append(DraftProblem("agrees", f"the draft argues against the recommendation ({recommendation.replace('_', ' ')})"))
    for d in _past_dates(body, today):
        problems.append(DraftProblem("past-date", f"{d} is already in the past"))
    if not rewrite:
        problems += sentence_problems(body) + answer_problems(body, situation)
    return problems + framing_problems(body, situation, question, rewrite=rewrite) + ([] if rewrite else fact_problems(body, situation))


# A sentence of a draft that opens on its verb, with no subject ('Was due 22 Dec, now ...'): a note, not a sentence.
FRAGMENT_START = re.compile(
    r"^(?:Was|Were|Has|Had|Is|Are|Will|Won't|Needs|Slips|Slipped|Moved|Moves|Rolled|Shipped|Landed|Got|Looks|Seems)\b"
    r"(?!\s+(?:there|it|this|that|we|you|he|she|they|the|our|your|I|anyone|anything|everyone)\b)(?![^?]*\?$)"
)
# A number word with a capital inside a sentence ('about Five weeks'): a name-casing slip.
STRAY_CAPITAL = re.compile(r"(?<=[a-z,] )(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Hundred)\b(?! [A-Z])")
# Typos a drafter must never introduce: 'its' where 'it's' is meant, an article doubled with 'about'.
DRAFTER_TYPO = re.compile(r"\bits (?:a|an|the|been|not|about|going|ten|\d)\b|\ba about\b|\ban about\b", re.I)


def sentence_problems(body: str) -> list[DraftProblem]:
    """Sentences a reader would stop at: a note fragment with no subject, a number word with a stray capital, a typo."""
    problems: list[DraftProblem] = []
    for sentence in _message_sentences(body):
        for part in re.split(r"(?<=[.!?])\s+", sentence):
            if FRAGMENT_START.match(part.strip()):
                problems.append(DraftProblem("fragment", f"'{part.strip()[:50]}' is a note fragment, not a sentence: give it its subject"))
        if STRAY_CAPITAL.search(sentence):
            problems.append(DraftProblem("capital", f"'{STRAY_CAPITAL.search(sentence).group(0)}' has a stray capital inside a sentence"))
        if DRAFTER_TYPO.search(sentence):
            problems.append(DraftProblem("typo", f"'{DRAFTER_TYPO.search(sentence).group(0)}' is a typo"))
    return problems


# A yes/no question, as the reader asked it ('will it be live by ...?', 'whether the ranker broke').
YES_NO_ASKED = re.compile(r"^\s*(?:(?!(?:why|what|how|when|where|who|which)\b)[\w'-]+,?\s+){0,6}?(?:is|are|was|were|will|would|can|could|did|does|do|has|have|should|whether|if)\b(?![^?]*\b(?:why|what|how|when|where|which)\b)", re.I)
# Words that answer a yes/no question ('no,', 'likely', 'a coin flip', '80%').
VERDICT_SAID = re.compile(
    r"\b(?:yes|no|not|never|likely|unlikely|probably|certain|certainly|coin flip|too close to call|won'?t|can'?t|didn'?t|isn'?t|wasn'?t|doesn'?t|aren'?t|on track|expect(?:ed)? to)\b",
    re.I,
)


def answer_problems(body: str, situation: Situation) -> list[DraftProblem]:
    """A reply to a yes/no question whose opening never says yes, no or how likely: the reader will ask 'so, yes or no?'."""
    asked = situation.get("question_asked")
    if situation.get("purpose") not in ("answer_question", "explain_uncertainty") or not isinstance(asked, str) or not YES_NO_ASKED.match(asked):
        return []
    sentences = _message_sentences(body)
    opening = " ".join(re.split(r"(?<=[.!?])\s+", sentences[0])[:2]) if sentences else ""
    if opening and not VERDICT_SAID.search(opening):
        return [DraftProblem("unanswered", "the reader asked a yes/no question and the opening never answers it")]
    return []


# A subject that says nothing, or is a note to the writer, or a fragment of one ('Your question', 'Re: Can you confirm').
EMPTY_SUBJECT = re.compile(r"^(?:re:\s*)?(?:your question|your message|the honest version|my reply|reply|update|can you confirm|any update|thoughts)\??$", re.I)
DANGLING_END = re.compile(r"\b(?:and|or|the|of|to|for|with|a|an|but|so|if|from|gonna|will|can|is|are|our|their|your|my)$", re.I)


def subject_problems(subject: str) -> list[DraftProblem]:
    """A subject line that does not say the content: empty words, a note to the writer, or a fragment cut mid-phrase."""
    from agent.understanding.writer_notes import is_writer_note

    said = subject.strip().rstrip("?.!")
    bare = re.sub(r"(?i)^(?:re|ask|fwd?):\s*", "", said)
    if not said:
        return []
    from tools.reader_voice import leak

    if EMPTY_SUBJECT.match(said) or is_writer_note(bare) or leak(bare) or re.match(r"(?i)^(?:so|and|but),?\s+i\s+(?:want|need)\b|^i\s+(?:want|need)\s+[$€£]?\d|^[-*•]\s", bare):
        return [DraftProblem("subject", f"the subject '{subject}' does not say what the message is about")]
    if DANGLING_END.search(bare):
        return [DraftProblem("subject", f"the subject '{subject}' stops mid-phrase")]
    return []


# An aside the manager left unfinished ('even though, well', 'but, like...'): never a sentence of the message.
UNFINISHED_ASIDE = re.compile(r"(?:\b(?:even though|although|though|but|and|because|so)\s*,?\s*(?:well|like|um+|uh+|you know)|,\s*(?:well|like|um+|uh+))\s*(?:[.…]+|\.\.\.)?\s*$", re.I)
_CONTENT_STOP = frozenset("the a an and or but of to in on for at by with from we our you your i my it its is are was be that this they them their her his him she he".split())


def fact_problems(body: str, situation: Situation) -> list[DraftProblem]:
    """What the draft does with the facts it was given: an offer the manager made that the body drops (its numbers,
    or most of its words), the reader's own question said back to them, an unfinished aside left in."""
    problems: list[DraftProblem] = []
    text = "\n".join(_message_sentences(body))
    offer = situation.get("offer")
    if isinstance(offer, str) and offer.strip() and not _carried(offer, text):
        problems.append(DraftProblem("dropped-fact", f"your offer ('{offer[:60]}') is not in the draft"))
    asked = situation.get("question_asked")
    if isinstance(asked, str) and len(_words(asked)) > SAY_BACK_WORDS and longest_echo(text, asked) >= min(8, len(_words(asked)) - 2):
        problems.append(DraftProblem("said-back", "the draft says the reader's own question back to them instead of answering it"))
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if UNFINISHED_ASIDE.search(sentence.strip()):
            problems.append(DraftProblem("aside", f"'{sentence.strip()[:60]}' ends on your unfinished aside, not something to send"))
    return problems


def _carried(fact: str, text: str) -> bool:
    """True when the text carries a fact: each of its numbers (dates aside) and at least half of its content words."""
    if not _values(fact) <= _numbers(text):
        return False
    words = {w for w in _words(fact) if len(w) > 3 and w not in _CONTENT_STOP}
    said = set(_words(text))
    return not words or len(words & said) >= len(words) / 2


# Pleasantries and filler an executive reads past ("hope you are well", "I'll keep you posted").
EXEC_FILLER = re.compile(r"\bhope (?:you are|you're|all'?s|all is) (?:well|good)\b|\bkeep you posted\b|\bhope your week\b", re.I)


def framing_problems(body: str, situation: Situation, question: str, *, rewrite: bool = False) -> list[DraftProblem]:
    """What the draft does with its purpose and reader: a note to the writer said to the reader, a decided change
    put up for agreement, the team greeted on a message to one person, pleasantries to an executive."""
    from agent.drafting import COARSE_AUDIENCE, GROUP_RE, reader
    from agent.understanding.writer_notes import DRAFTER_REQUEST, STYLE_ONLY, THANKS_TAIL, describes_reader, is_writer_note, note_constraints
    from tools.message import AGREEMENT_RE

    problems: list[DraftProblem] = []
    for sentence in _message_sentences(body):
        if is_writer_note(sentence) or describes_reader(sentence) or THANKS_TAIL.search(sentence) or any(STYLE_ONLY.match(c.strip()) for c in sentence.split(", ")[1:]):
            problems.append(DraftProblem("note", f"'{sentence[:60]}' is your note about the reader or the message, not something to send"))
        elif DRAFTER_REQUEST.search(sentence):
            problems.append(DraftProblem("note", f"'{sentence[:60]}' is what you asked me to write, not something to send"))
    problems += voice_problems(body, situation, rewrite=rewrite)
    if note_constraints(question).decided and (AGREEMENT_RE.search(body) or re.search(r"(?m)^Options:", body)):
        problems.append(DraftProblem("decided", "the decision is made, but the draft asks for agreement or offers options"))
    role, recipient = reader(situation)
    if re.match(r"^\s*(?:hi|dear) team\b", body, re.I) and recipient and not GROUP_RE.fullmatch(recipient):
        problems.append(DraftProblem("private", f"the draft greets the team, but it is a message to {recipient} alone"))
    if COARSE_AUDIENCE.get(role) == "executive" and EXEC_FILLER.search(body):
        problems.append(DraftProblem("exec-filler", f"'{EXEC_FILLER.search(body).group(0)}' is filler to an executive: lead with the answer and stop"))
    return problems


# A calendar stamp in prose ('Mon 11 Jan 2027'): a person writes 'Monday 11 January'.
STAMPED_DATE = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b")
_THIRD_PERSON_VERB = r"(?:saw|said|asked|thinks|thought|wants|wanted|needs|says|is|was|has|had|will|would|can|feels|believes|expects|agreed|mentioned|read|tells|told|wrote|sent|cares)"
# Who the reader is, said between the name and its verb ('Prosper (chair of trustees) read', 'Aurelie, our lead investor, asked').
_DESCRIBED = r"(?:\s*\([^()]{1,80}\)|,\s+(?:our|my|the|a|an|their)\s+[^,.;:()]{2,80},)?"


# A message to nobody by name that opens on a titled person as its subject ('Prosper (chair of trustees) read ...',
# 'Aurelie, our lead investor at Larchmont, asked ...'): the reader, described to themself.
_TITLE_WORD = r"(?:chair\w*|investor|director|head|ceo|cfo|coo|cto|vp|founder|owner|partner|rep(?:resentative)?|officer|trustee|board member|sponsor|dean|president|lead)"
_TITLED_OPENING = re.compile(
    rf"^(?P<n>[A-Z][a-z]+)\s*(?:\([^()]*\b{_TITLE_WORD}\b[^()]*\)|,\s+(?:our|my|the)\s+[^,.;]*\b{_TITLE_WORD}\b[^,.;]*,)\s+(?:\w+ly\s+)?(?:asked|read|said|wants|wanted|thinks|told|wrote|heard|saw|needs|is|was|has)\b"
)


def voice_problems(body: str, situation: Situation, *, rewrite: bool = False) -> list[DraftProblem]:
    """How the draft speaks to its reader: about them in the third person ('our CAO dr. Amadi saw ...', 'we send him
    a report' when nobody else is named) instead of to them, and dates as calendar stamps instead of words."""
    from agent.drafting import GROUP_RE, reader
    from agent.understanding.people import NOT_NAMES, is_first_name

    problems: list[DraftProblem] = []
    text = "\n".join(_message_sentences(body))
    recipient = reader(situation)[1]
    name = recipient.split()[-1] if recipient and not GROUP_RE.fullmatch(recipient) else ""
    if name and re.search(rf"\b(?:our|my|the)\s+(?:[\w.-]+\s+){{0,4}}{re.escape(name)}\b|\b{re.escape(name)}(?:['’]s\b|{_DESCRIBED}\s+(?:\w+ly\s+)?{_THIRD_PERSON_VERB}\b)", text, re.I):
        problems.append(DraftProblem("voice", f"the draft speaks about {recipient} in the third person; it is written to them"))
    elif name:
        others = {w for w in re.findall(r"\b[A-Z][a-z]+\b", text) if w.casefold() not in NOT_NAMES and w != name and is_first_name(w)}
        pronoun = re.search(r"\b(?:send|give|tell|show|offer|owe)\s+(?:him|her)\b|\b(?:his|her) (?:team|request|question|merchants|customers)\b", text, re.I)
        if pronoun and not others:
            problems.append(DraftProblem("voice", f"'{pronoun.group(0)}' means {recipient}, who is reading it: say 'you'"))
    titled = None if recipient else _TITLED_OPENING.match("\n".join(_message_sentences(body)))
    if titled:  # "Hello,\n\nProsper (chair of trustees) read ...": the message is to them, and speaks of them
        problems.append(DraftProblem("voice", f"the draft greets nobody and opens by describing {titled.group('n')} ('{titled.group(0)[:50]}'); if it is to them, greet them and say 'you'"))
    role = reader(situation)[0]
    problems += leak_problems(body, team_post=role == "own_team" or bool(recipient and GROUP_RE.fullmatch(recipient)))
    rewrite = rewrite or isinstance(situation.get("draft_text"), str) or situation.get("purpose") == "rewrite"
    stamp = STAMPED_DATE.search(text) if not rewrite else None  # a rewrite keeps its own date form (tools/rewrite.py)
    if stamp:
        problems.append(DraftProblem("date-form", f"'{stamp.group(0)}' is a calendar stamp: write the date as a person would ('Monday 11 January')"))
    return problems


def leak_problems(body: str, *, team_post: bool = False) -> list[DraftProblem]:
    """Sentences of the draft that are the manager's and not the reader's (tools/reader_voice.leak): their own aside or
    feeling ('I'm dreading correcting the chair'), or their words to the tool ('make it sound like a yes-ish', 'honest
    framing:', 'they mostly care what gets recorded'); in a post to a group, 'their ideas' said of its readers."""
    from tools.reader_voice import GROUP_THEIRS, leak

    problems: list[DraftProblem] = []
    for sentence in _message_sentences(body):
        for part in re.split(r"(?<=[.!?])\s+", sentence):
            kind = leak(part)
            if kind == "aside":
                problems.append(DraftProblem("aside", f"'{part.strip()[:60]}' is your own aside, not something to send"))
            elif kind == "instruction":
                problems.append(DraftProblem("instruction", f"'{part.strip()[:60]}' is what you told me about the message, not something to send"))
            elif team_post and GROUP_THEIRS.search(part):
                problems.append(DraftProblem("voice", f"'{GROUP_THEIRS.search(part).group(0)} ...' speaks of the readers of this post: say 'your'"))
    return problems


def known_values(situation: Situation, today: date | None = None) -> dict[str, str]:
    """The facts the manager stated or the team file gave, as words a bracket to fill could take ('[name]' -> 'Ramesh',
    '[deadline]' -> 'Friday 22 January'); assumed ones are left out."""
    from tools.message import human_day

    out: dict[str, str] = {}
    for fact in situation.facts:
        if fact.source == "assumed" or not isinstance(fact.value, str) or not fact.value.strip():
            continue
        try:
            out[fact.name] = human_day(date.fromisoformat(fact.value), today)
        except ValueError:
            out[fact.name] = fact.value
    return out


def readable_slips(answer: str, situation: Situation, today: date | None = None) -> list[Slip]:
    """Where a reader of the answer would stop at how it was put together (tools/readable.py)."""
    return slips(answer, known_values(situation, today))


def drafted_sources(records: list[dict[str, Any]], question: str) -> list[str]:
    """Per draft made this turn, the words to the writer it must not paste back: the drafter's source_text (the
    question with the content the manager dictated blanked out), else the whole question."""
    from pydantic import ValidationError

    from tools.message import DraftInput

    out = []
    for r in records:
        if r["name"] == "draft_message" and succeeded(r):
            try:
                out.append(DraftInput.model_validate(r.get("arguments") or {}).source_text)
            except ValidationError:
                out.append(question)
    return out


def turn_draft_problems(records: list[dict[str, Any]], situation: Situation, question: str, today: date) -> list[DraftProblem]:
    """Problems in every draft made this turn (the recommendation taken from the what-if, if one ran)."""
    from agent.drafting import stated_strategy

    whatifs = all_results(records, "compare_strategies")
    recommendation = (stated_strategy(situation) or whatifs[0].recommendation) if whatifs else None  # the plan the manager stated is the one to agree with
    out: list[DraftProblem] = []
    sources = drafted_sources(records, question)
    given = numbers_given(question, records)
    posts = [not (r.get("arguments") or {}).get("recipient") and (r.get("arguments") or {}).get("audience") == "own_team"
             for r in records if r["name"] == "draft_message" and succeeded(r)]
    rewrites = [(r.get("arguments") or {}).get("purpose") == "rewrite" for r in records if r["name"] == "draft_message" and succeeded(r)]
    arguments = [r.get("arguments") or {} for r in records if r["name"] == "draft_message" and succeeded(r)]
    for i, draft in enumerate(all_results(records, "draft_message")):
        source = sources[i] if i < len(sources) else question
        rewrite = i < len(rewrites) and rewrites[i]
        found = draft_problems(draft.body, situation, source, today, recommendation=recommendation, rewrite=rewrite) + content_problems(draft.body, question, given, situation)
        found += subject_problems(draft.subject)
        found += rewrite_problems(draft.body, arguments[i], today) if rewrite and i < len(arguments) else []
        team_post = i > 0 and i < len(posts) and posts[i]  # the second message asked for: a post for the team, not to the named reader
        out += [p for p in found if not (team_post and p.check in ("private", "recipient", "voice"))]  # the team post speaks of the named reader
    return out + [DraftProblem("dropped", f"{what} is not in the draft") for what, kept in turn_stated_facts(records, situation) if not kept]


# Words that only ever tell the writer how to write: seen in a draft, they were pasted from the instruction.
WRITER_WORDS = re.compile(
    r"\b(?:no excuses tone|just (?:the )?facts|keep it (?:warm|short|brief|friendly|tight|simple)|make the case|slack-?ish|plain english|no jargon|"
    r"w/o jargon|upbeat but|not cheesy|decided already|\d+ (?:lines|words|sentences) max|max \d+ (?:lines|words|sentences)|write the reply|draft (?:a|the) reply|help me (?:write|word|ask))\b",
    re.I,
)
_DATES = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:mon|tue|wed|thu|fri|sat|sun)\w* \d{1,2} \w{3} \d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:\s*[-–]\s*\d{1,2})? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2}\b", re.I)
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")


def _numbers(text: str) -> set[float]:
    """The numbers a text states (dates aside), in figures or words, each as its value and as written ('300k' gives
    300000 and 300; 'a hundred and thirty percent' gives 130): what a draft says, to look a stated number up in."""
    return numbers_in(_DATES.sub(" ", text))


def _values(text: str) -> set[float]:
    """The numbers a text states (dates aside), each once, at its value ('three hundred k' is 300000): what must be said."""
    return {a.value for a in amounts(_DATES.sub(" ", text))}


def _unstated(body: str, given: set[float]) -> set[float]:
    """The numbers a draft states that are neither given as written nor at their value ('95k' is given by 'ninety-five
    thousand', '300k' by a tool's 300)."""
    return {a.value for a in amounts(_DATES.sub(" ", body)) if a.value not in given and a.face not in given}


def _out_of(percent: int) -> tuple[int, ...]:
    from math import gcd

    step = gcd(percent, 100)
    tenths = (percent // 10, 10) if percent % 10 == 0 else ()  # '80%' as '8 in 10'
    return ((percent // step, 100 // step) if 100 // step <= 20 else ()) + tenths


# A year said short ('like it did in twenty-four', "since '19"): a draft writes it in full.
_SHORT_YEAR = re.compile(r"\b(?:in|since|of)\s+(?P<y>(?:twenty|nineteen)[- ][a-z]+|'\d{2})(?![\w-])(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|percent|per\s?cent|%))", re.I)


def _short_years(text: str) -> set[float]:
    """The two-digit years a text says short ('in twenty-four' -> 24)."""
    return {v for m in _SHORT_YEAR.finditer(text) if (v := number(m.group("y").lstrip("'"))) is not None and v < 100}


def _said_number(n: float, said: set[float], years: set[float] = frozenset()) -> bool:
    """True when a draft's numbers say `n`: as it is, a percentage as 'N in 10' ('80%' said '8 times in 10'), or a short
    year in full ('twenty-four' as 2024)."""
    if n in said or (n in years and {2000 + n, 1900 + n} & said):
        return True
    pairs = _out_of(int(n)) if 0 < n < 100 and n == int(n) else ()
    return any(pairs[i] in said and pairs[i + 1] in said for i in range(0, len(pairs), 2))


def numbers_given(question: str, records: list[dict[str, Any]]) -> set[float]:
    """Every number the question states or a tool returned (a probability also as a percentage, figures also rounded,
    a short year also in full)."""
    given = _numbers(question)
    given |= {y + c for y in _short_years(question) for c in (1900.0, 2000.0)}
    given |= {float(n) for p in given if 0 < p < 100 and p == int(p) for n in _out_of(int(p))}  # "80%" said as "4 times out of 5"
    for r in records:
        status = ((r.get("arguments") or {}).get("brief") or {}).get("status") if r["name"] == "draft_message" else None
        given |= {float(x) for item in status or [] for x in _NUMBER.findall(str(item))}  # a team status: the team file's own figures
        result = typed_result(r) if r["name"] != "draft_message" and succeeded(r) else None
        if result is None:
            continue
        for x in _NUMBER.findall(result.model_dump_json()):
            v = float(x)
            given |= {v, round(v), round(v, 1), round(v * 100), round(v * 100, 1), float(int(v * 100)), round(v * 5, 1)}  # %, "over 99%", days
    return given | {50.0, 80.0, 95.0, 8.0, 10.0, 19.0, 20.0, 1.0, 2.0}  # the percentile names a forecast states ('8 in 10', '19 in 20'), and "one"/"two" said as plain words


# A sentence that says its number is worked out from the manager's ('my sum', 'computed from').
_SAID_COMPUTED = re.compile(r"\bmy sum\b|\bcomputed\b|\bmy arithmetic\b|\badds up to\b", re.I)


def summed(body: str, stated: set[float]) -> set[float]:
    """Numbers a draft says it computed ('about 300k in total: two at about 150k each, my sum') that are the sum or
    product of two numbers the manager stated: grounded, not made up."""
    out: set[float] = set()
    for sentence in _message_sentences(body):
        if _SAID_COMPUTED.search(sentence):
            out |= {n for n in _numbers(sentence) if any(a + b == n or a * b == n for a in stated for b in stated)}
    return out


def content_problems(body: str, question: str, given: set[float], situation: Situation) -> list[DraftProblem]:
    """What the draft did with the manager's content: their words to the writer pasted in, a number from nowhere,
    and the length they asked for ('3 lines max', 'cut it to 2 sentences')."""
    problems: list[DraftProblem] = []
    for m in WRITER_WORDS.finditer(body):
        if m.group(0).lower() in question.lower():
            problems.append(DraftProblem("instruction", f"'{m.group(0)}' is an instruction to the writer, not part of the message"))
    from tools.message_brief import adds_up, payback

    headcount, cost = situation.get("headcount"), situation.get("cost")
    given = given | _numbers(adds_up(question, headcount if isinstance(headcount, int) else None))  # the manager's cost and payoff, added up by the tool
    given |= _numbers(payback(question, cost)) if isinstance(cost, str) else set()  # a loss against the ask's price, worked out by the tool
    stray = sorted(n for n in _unstated(body, given) - summed(body, _numbers(question)) if n not in (0.0,))
    if stray:
        problems.append(DraftProblem("wrong-number", f"{', '.join(f'{n:g}' for n in stray[:3])} appear(s) neither in your question nor in a tool result"))
    from agent.drafting import rewrite_limits

    pasted = situation.get("draft_text") if isinstance(situation.get("draft_text"), str) else ""
    limits = rewrite_limits(question.replace(pasted, " ") if pasted else question)
    if limits:
        sentences = _message_sentences(body)
        items = len(re.findall(r"(?m)^- ", body))  # 'five bullets max' over a bulleted status counts its bullets
        if limits.get("max_sentences") and (items or len(sentences)) > limits["max_sentences"]:
            problems.append(DraftProblem("length", f"{items or len(sentences)} {'items' if items else 'sentences'}, but you asked for {limits['max_sentences']}"))
        words = sum(len(x.split()) for x in sentences)
        if limits.get("max_words") and words > limits["max_words"]:
            problems.append(DraftProblem("length", f"{words} words, but you asked for at most {limits['max_words']}"))
    return problems


def rewrite_problems(body: str, arguments: dict[str, Any], today: date) -> list[DraftProblem]:
    """What a rewrite kept that its goal removes, or lost that it must keep: a harsh phrase of the original still in a
    softer version, a hedge or plea in a firmer one, and a dated ask (or, unless shortened, a figure) of the original
    or of the manager's stated need no longer said."""
    facts = arguments.get("facts") or {}
    original, goal, need = str(facts.get("original") or ""), facts.get("rewrite_goal") or "", str(facts.get("ask") or "")
    if not original.strip():
        return []
    problems = [DraftProblem("harsh-kept", f"'{x}' from your message is still in the softer version") for x in (harsh_kept(original, body) if goal == "soften" else [])]
    problems += [DraftProblem("hedge-kept", f"'{x}' still hedges the firmer version") for x in (hedges_in(body) if goal == "firm" else [])]
    shortened = goal == "tighten" or bool(facts.get("rewrite_shorter") or facts.get("max_sentences") or facts.get("max_words"))
    problems += [DraftProblem("fact-lost", f"{x} is no longer in the rewrite") for x in facts_lost(original, need, body, today, figures=not shortened, tallies=goal != "soften")]
    return problems


def _message_sentences(body: str) -> list[str]:
    """The sentences of a message, without its greeting and sign-off."""
    text = LEAD_FILLER.sub("", body.strip())
    text = re.sub(r"\n\n(?:thanks|kind regards|best|cheers),?\s*(?:\n.*)?$", "", text, flags=re.I | re.S)
    return [x for x in re.split(r"(?<=[.!?])\s+", text) if re.search(r"\w", x)]


# The facts of the case a draft must carry when the manager stated them: its dates and its numbers.
CARRIED_DATES = ("deadline", "new_date", "start_date")
CARRIED_NUMBERS = ("headcount", "load_percent", "backlog_weeks", "cost")
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY_AND_MONTH = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{_MONTH_WORD})(?![a-z])|\b(?P<m2>{_MONTH_WORD})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|\b(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b|\bthe (?P<d3>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{_MONTH_WORD})",
    re.I,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Points the manager gave the drafter that say something to the reader (a request is the reader's own words).
_SAID_KINDS = ("point", "reason", "offer", "ask", "safeguard")


# In a dictated point: a day of the month ('the 14th', a date the draft writes in full), a time from now ('in 5 weeks',
# a date the draft names), a split of a hundred ('60/40': one chance, said once).
# A day of the month said as an ordinal ('by the 16th'); an ordinal before what it counts ('a quick 2nd PCR check', 'the 3rd round') is none.
_ORDINAL_DAY = re.compile(
    r"\b(\d{1,2})(?i:st|nd|rd|th)\b(?!\s+(?:[A-Z]{2,6}\s+)?(?i:check|round|pass|attempt|try|go|time|version|step|place|opinion|look|review|test|run|batch|shift|wave|phase|iteration|release|draft|reminder|option|choice)s?\b)"
)
_RELATIVE_WHEN = re.compile(r"\bin\s+(?:about\s+|~)?\d+(?:\s*(?:-|to)\s*\d+)?\s+(?:working\s+)?(?:days?|weeks?|wks?|months?)\b", re.I)
_SPLIT_OF_100 = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\b(?!\s*/)")


# The year of a written date ('3 Dec 2026', 'Dec 3, 2026'): part of the date, never a figure of its own to carry.
_YEAR_OF_DATE = re.compile(rf"\b(\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD}|{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?),?\s+(?:19|20)\d\d\b", re.I)
_DAY_LEAD = re.compile(r"\b(?:the|on|by|before|until|till|from|after|since|due)\s*$", re.I)


def _is_day_of_month(text: str, m: re.Match[str]) -> bool:
    """True when an ordinal of a dictated point names a day of the month ('by the 18th', 'the 2nd of March'), not a
    rank of the thing after it ('a quick 2nd PCR check', '3rd attempt')."""
    from agent.understanding.dates import MONTH, NOT_A_DAY_AFTER

    after = text[m.end() :]
    if NOT_A_DAY_AFTER.match(after):
        return False
    if _DAY_LEAD.search(text[: m.start()]) or re.match(rf"\s*(?:of\b|{MONTH})", after, re.I):
        return True
    return not re.match(r"\s+[a-z]", after, re.I)


def _ordinal_suffix(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _numeric_pairs(text: str) -> set[tuple[int, int]]:
    """The (month, day) pairs of the numeric dates a text writes ('by 26/2', 'on 1/2'), each read both ways when both are
    dates: a draft keeps the manager's own order, which the text alone may not settle."""
    from agent.understanding.dates import FRACTION_AFTER, NUMERIC_DATE

    pairs: set[tuple[int, int]] = set()
    for m in NUMERIC_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if m.group(0) == "24/7" or FRACTION_AFTER.match(text[m.end() :]):
            continue  # '24/7', '4/5 sites': no date
        pairs |= {(month, day) for month, day in ((b, a), (a, b)) if 1 <= month <= 12 and 1 <= day <= 31}
    return pairs


def _dates_in(text: str, *, numeric: bool = False) -> tuple[set[tuple[int, int]], set[int]]:
    """The (month, day) pairs a text names, and the days it names without a month ('the 22nd'), a day in words too ('the
    eighteenth of December'); with `numeric`, its numeric dates as well ('26/2')."""
    from lead_core.number_words import digits

    pairs: set[tuple[int, int]] = _numeric_pairs(text) if numeric else set()
    days: set[int] = set()
    if re.search(r"(?i)\b(?:[a-z]+-)?(?:first|second|third|[a-z]+th)\b", text):
        text = digits(text, ordinals=True)  # 'the eighteenth' is 'the 18th'
    for m in _DAY_AND_MONTH.finditer(text):
        if m.group("iso"):
            try:
                d = date.fromisoformat(m.group("iso"))
            except ValueError:
                continue
            pairs.add((d.month, d.day))
        elif m.group("d3"):
            days.add(int(m.group("d3")))
        else:
            month = MONTHS.get((m.group("m") or m.group("m2")).lower().rstrip(".")[:3])
            if month:
                pairs.add((month, int(m.group("d") or m.group("d2"))))
    return pairs, days


def _date_carried(when: date, words: str, text: str) -> bool:
    """True when the text says the date the manager gave: a day and month they named ('jan 25', 'the 18th'), or, when
    they named no day of the month ('this quarter', 'from monday', 'in 5 weeks'), the date's month or weekday, or their
    own words for it."""
    words, text = (re.sub(r"(?i)\bxmas\b", "christmas", x) for x in (words, text))  # 'before xmas' is said 'before Christmas'
    words = re.sub(r"(?i)\b(?:tom+or+ow|tmrw?|2moro)\b", "tomorrow", words)  # 'tommorow' is said 'tomorrow'
    if _date_written(when, words, text):
        return True
    pairs, days = _dates_in(text)
    named_pairs, named_days = _dates_in(words)
    if named_pairs or named_days:
        return bool((named_pairs | {(when.month, when.day)}) & pairs) or bool((named_days | {d for _, d in named_pairs} | {when.day}) & (days | {d for _, d in pairs}))
    said = set(re.findall(r"[a-z]+", text.lower()))
    if {name for name, n in MONTHS.items() if n == when.month} & said or {_WEEKDAYS[when.weekday()], _WEEKDAYS[when.weekday()][:3]} & said:
        return True
    own = {w for w in re.findall(r"[a-z]+", words.lower()) if w not in _CONTENT_STOP and w not in ("from", "in", "by", "on", "until", "till", "after", "before", "next")}
    return bool(own) and own <= said and _values(words) <= _numbers(text)


def _date_written(when: date, words: str, text: str) -> bool:
    """True when the text writes this very date, its day and month in any form ('Fri 18 Dec', 'the eighteenth of
    December', '18/12') or the manager's own numeric words: a weekday or a month alone says some other day too."""
    if re.fullmatch(r"\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*", words) and re.search(rf"(?<![\d/]){re.escape(words.strip())}(?![\d/])", text):
        return True
    return (when.month, when.day) in _dates_in(text, numeric=True)[0]


def stated_facts(body: str, arguments: dict[str, Any], situation: Situation) -> list[tuple[str, bool]]:
    """Each fact the manager stated for a drafted message, and whether the draft carries it: the case's dates and
    numbers from the question (a deadline, a new date, a headcount, a load, a backlog, a cost), every number in the
    points they dictated, and their asks of the reader (what is asked, or most of its words)."""
    text = "\n".join(_message_sentences(body))
    said_numbers = _numbers(text)
    facts = arguments.get("facts") or {}
    out: list[tuple[str, bool]] = []
    for name in CARRIED_DATES:
        if name == "start_date" and arguments.get("purpose") == "respond_to_reprioritization":
            continue  # when the new work starts is what the recommendation decides
        fact = situation.fact(name)
        if fact is None or fact.source != "question" or not isinstance(fact.value, str):
            continue
        asked = situation.get("question_asked")
        if isinstance(asked, str) and fact.text and fact.text.lower() in asked.lower() and re.match(r"\W*(?:why|how|what)\b", asked, re.I):
            continue  # 'why did it block more orders this week?': the reader's words, answered, not a date to give them
        try:
            when = date.fromisoformat(fact.value)
        except ValueError:
            continue
        out.append((f"the date you gave ('{fact.text or fact.value}')", _date_carried(when, fact.text, text)))
    out += _other_dates(text, arguments, situation, {x for n in CARRIED_DATES if isinstance(x := situation.get(n), str)})
    for name in CARRIED_NUMBERS:
        fact = situation.fact(name)
        if fact is None or fact.source != "question" or _clipped_note(fact.text, facts):
            continue
        wanted = _values(fact.value) if isinstance(fact.value, str) else {float(fact.value)} if isinstance(fact.value, (int, float)) and not isinstance(fact.value, bool) else set()
        wanted -= {1.0} if name == "headcount" else set()  # 'a CV engineer' says one
        if wanted:
            out.append((f"{' and '.join(f'{n:g}' for n in sorted(wanted))} ('{fact.text or fact.value}')", wanted <= said_numbers))
    pairs, days = _dates_in(text)
    said_days = days | {day for _, day in pairs}
    for point in facts.get("points") or []:
        if _for_the_writer(str(point.get("text", "")), arguments) or fragment(str(point.get("text", ""))):
            continue  # 'hes a landlord with 38 buildings', 'the chair is nervous about ...': the writer's context, never the reader's facts
        if point.get("kind") in _SAID_KINDS and not THEIR_QUESTION_TOLD_RE.match(str(point.get("text", "")).strip()):  # their question told back: no fact of ours
            said = point.get("text", "")
            where = _clip_words(said, 10)
            for day in sorted({int(m.group(1)) for m in _ORDINAL_DAY.finditer(said) if _is_day_of_month(said, m)}):
                out.append((f"the {day}{_ordinal_suffix(day)} (from '{where}')", day in said_days))
            for n in sorted(_values(_RELATIVE_WHEN.sub(" ", _ORDINAL_DAY.sub(" ", _YEAR_OF_DATE.sub(r"\1", _SPLIT_OF_100.sub(lambda m: m.group(1) if int(m.group(1)) + int(m.group(2)) == 100 else m.group(0), said)))))):
                out.append((f"{n:g} (from '{where}')", _said_number(n, said_numbers, _short_years(said))))
            if point.get("kind") == "ask":
                out.append((f"your ask ('{_clip_words(point.get('text', ''), 10)}')", _carried(point.get("text", ""), text)))
    return out


def _clipped_note(words: str, facts: dict[str, Any]) -> bool:
    """True when the words a number was read from stand alone in the notes as a clipped fragment ('Eleven people.'):
    the reader-voice gate leaves it to the writer's notes, so the draft is not held back for it."""
    points = [str(p.get("text", "")) for p in facts.get("points") or []]
    return bool(words) and any(words.lower() in p.lower() and fragment(p) for p in points)


def _for_the_writer(text: str, arguments: dict[str, Any]) -> bool:
    """True when the reader-voice gate keeps no word of a point for the reader (tools/reader_voice.to_reader): a note
    on who the reader is or how they feel, an instruction to the writer."""
    from tools.reader_voice import Reader, to_reader

    try:
        reader = Reader.model_validate(arguments.get("reader") or {})
    except ValueError:
        reader = Reader()
    recipient = str(arguments.get("recipient") or "").strip()
    reader = reader.model_copy(update={"names": list(dict.fromkeys([*reader.names, *([recipient] if recipient and recipient != "all" else [])]))[:8]})
    return bool(text.strip()) and not to_reader(text.strip(), reader, source=text)


# Dates a message carries when the manager states them for it, whatever their role: a new date, when something starts
# or ends, what a miss costs, an event; a date gone, the day they need an answer by, and days off shape it instead.
_MESSAGE_DATE_ROLES = ("deadline", "start", "until", "stake", "event")
_SPAN_WORDS = re.compile(r"\b(?:\d+|a|one|two|three|four|five|six|a few|couple of)\s+(?:working\s+)?(?:days?|weeks?|wks?|months?|sprints?)\b", re.I)


# Today and tomorrow, however typed ('tommorow', 'tmrw'): when the manager acts, not a date the message gives its reader.
_NOW_WORDS = re.compile(r"(?i)today|tonight|tonite|now|tom+or+ow|tmrw?|2moro")


def _other_dates(text: str, arguments: dict[str, Any], situation: Situation, carried: set[str]) -> list[tuple[str, bool]]:
    """The dates the manager stated in the content of a drafted message (its source, their notes to the writer left
    aside) beyond the case's deadline, new date and start, and whether the draft says each (b37-d02: 'jan 19' unused)."""
    source = str(arguments.get("source_text") or "").lower()
    out: list[tuple[str, bool]] = []
    for d in situation.dates:
        words = d.words.strip()
        if d.role not in _MESSAGE_DATE_ROLES or d.date in carried or not words or words.lower() not in source or _NOW_WORDS.fullmatch(words):
            continue
        if _SPAN_WORDS.search(words):
            continue  # '5 to 11 weeks away': a span of time, said as the span, not a day
        if re.search(rf"(?m)^\s*(?:date|sent)\s*:[^\n]*{re.escape(words.lower())}", source):
            continue  # 'Date: Thu, 3 Dec 2026 at 17:42': when a forwarded email was sent, no date of the message's content
        carried.add(d.date)
        out.append((f"the date you gave ('{words}')", _date_carried(date.fromisoformat(d.date), words, text)))
    return out


def _clip_words(text: str, n: int) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" ..." if len(words) > n else "")


def turn_stated_facts(records: list[dict[str, Any]], situation: Situation) -> list[tuple[str, bool]]:
    """`stated_facts` over every draft made this turn, but a rewrite (its own facts are checked against the original)
    and a second post for the team (it speaks of the named reader's message, not all of it)."""
    out: list[tuple[str, bool]] = []
    drafts = [r for r in records if r["name"] == "draft_message" and succeeded(r)]
    for i, record in enumerate(drafts):
        arguments = record.get("arguments") or {}
        team_post = i > 0 and not arguments.get("recipient") and arguments.get("audience") == "own_team"
        if arguments.get("purpose") != "rewrite" and not team_post:
            out += stated_facts(typed_result(record).body, arguments, situation)
    return out


# Facts whose value is a date the tools already use: a date the manager gave as one of them is used.
_DATE_FACTS = ("deadline", "start_date", "meeting_date", "current_deadline", "new_date", "answer_by")


_UNUSED_WHAT = {"person": "the person you named", "requester": "who is asking", "recipient": "who the message is for",
                "project": "the work you named", "new_work": "the new work you named"}


def still_unclear(situation: Situation, answer: str) -> list[Any]:
    """The words set aside as unclear that the answer did not use after all: a date set aside that the answer says anyway
    ('the 18th' set aside as the due date, then written 'by Friday 18 December') is used, never listed as not used."""
    dated = {d.words.strip().casefold(): d for d in situation.dates}
    out = []
    for u in situation.unclear:
        d = dated.get(u.words.strip().casefold())
        if d is not None and d.words.strip() and _date_written(date.fromisoformat(d.date), d.words, answer):
            continue
        out.append(u)
    return out


def unused_mentions(situation: Situation, question: str, answer: str, team: Any = None) -> list[tuple[str, str]]:
    """What the manager named that neither the answer nor the facts the tools used carry: a dated event ('the board
    on weds'), a project or person of the team file, a blocker in their words. Each is then said as not used, so
    nothing the manager named is dropped silently. Returns (their words, what it is)."""
    from agent.understanding.people import find_projects

    out: list[tuple[str, str]] = []
    facts_dates = {str(situation.get(n)) for n in _DATE_FACTS if isinstance(situation.get(n), str)}
    off_stated = situation.stated("days_off")
    for d in situation.dates:
        if d.role == "past" or d.date in facts_dates or not d.words.strip():
            continue
        if any(u.words == d.words for u in situation.unclear):
            continue  # already said, with why it was left out
        if re.search(rf"(?im)^\s*(?:date|sent)\s*:[^\n]*{re.escape(d.words.strip())}", question):
            continue  # 'Date: Thu, 3 Dec 2026': when a forwarded email was sent, nothing the manager named
        if d.role in ("off", "away", "back") and off_stated:
            continue  # a day of a stated break or time off, or the day back after it: the forecast's days off carry it
        when = date.fromisoformat(d.date)
        if not _date_carried(when, d.words, answer) and (d.words.strip(), f"{when:%a %d %b}") not in out:  # 'Dec 9' said twice is one date
            out.append((d.words.strip(), f"{when:%a %d %b}"))
    if team is not None:
        used = {p.casefold() for p in find_projects(answer, team)}
        used |= {str(situation.get(n)).casefold() for n in ("project", "new_work") if isinstance(situation.get(n), str)}
        for name in find_projects(question, team):
            if name.casefold() not in used:
                out.append((name, "a project in your team file"))
        said = set(re.findall(r"[a-z]+", answer.lower()))
        for member in team.people:
            first = member.name.split()[0].lower()
            if re.search(rf"\b{re.escape(first)}\b", question, re.I) and first not in said:
                out.append((member.name, "in your team file"))
    said = set(re.findall(r"[a-z]+", answer.lower()))
    for name in ("person", "requester", "recipient", "project", "new_work"):
        fact = situation.fact(name)  # a name or a piece of work the manager said, which the answer never names
        if fact is None or fact.source != "question" or not isinstance(fact.value, str) or any(fact.value == w for w, _ in out):
            continue
        own = {w for w in re.findall(r"[a-z]+", fact.value.lower()) if len(w) > 2 and w not in _CONTENT_STOP}
        if own and not own & said:
            out.append((fact.text or fact.value, _UNUSED_WHAT[name]))
    blocker = situation.fact("blocker")
    if blocker is not None and blocker.source == "question" and isinstance(blocker.value, str):
        own = {w for w in re.findall(r"[a-z]+", blocker.value.lower()) if len(w) > 3 and w not in _CONTENT_STOP}
        if own and not own & set(re.findall(r"[a-z]+", answer.lower())):
            out.append((blocker.value, "what they are blocked on"))
    return out
