"""A last look at what was read, before anything is answered: a value that cannot be what its fact says (a
person called "Here", a project called "thinks", an effort of 78 weeks read from "the last 18 months") is set
aside and asked about, so the answer uses what was read well and says what it could not read.

Word classes come from lemminflect's English dictionary (which parts of speech a word can be, `word_classes`), first names
from the name list `people.first_names` already uses.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from agent.situation import Situation, Unclear
from agent.understanding import people

PERSON_FACTS = ("person", "recipient", "requester")
WORK_FACTS = ("project", "new_work", "request_title")
EFFORT_FACTS = ("new_work_weeks", "remaining_weeks", "request_effort_weeks")
# The unclear facts worth a question first, per intent; the others are only shown as not read.
ASK_FIRST = {
    "reprioritization": {"person", "project", "new_work", "new_work_weeks", "remaining_weeks"},
    "triage": {"request_title", "request_effort_weeks"},
    "one_on_one": {"person"},
    "stakeholder_message": {"recipient"},
}
MAX_EFFORT_WEEKS = 52.0  # an effort read as more than a year is a period someone mentioned, not work to plan

# Word classes that never name a person or a piece of work on their own.
NOT_A_NAME = frozenset({"ADV", "AUX", "ADP", "PRON", "DET", "CCONJ", "SCONJ", "PART", "VERB", "NUM", "INTJ"})
TIME_WORDS = frozenset(
    """wk wks week weeks day days month months year years quarter today tomorrow tonight xmas christmas holidays
    new eoy eom eoq date jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    mon tue tues wed thu thurs fri next last this mid early late end start beginning weekend
    january february march april may june july august september october november december""".split()
)
ROLE_NOUNS = frozenset("report reports manager managers lead boss director team reports' skip".split())  # 'my report' is a person
STOP_WORDS = frozenset(
    "the a an our my his her their its your this that these those of for on in to at by with and or it them him us me i we whats what's what how why which".split()
)
DESCRIBED = frozenset({"your", "my", "our", "the", "their"})  # "Your skip-level": a role put into words on purpose
# A name never ends on a word that joins clauses or takes an object, nor holds someone asking ('dig into', 'lab even though').
CLAUSE_ENDING = re.compile(r"\b(?:into|onto|though|although|even|well|and|or|but|so|of|to|for|with|the|a|an|if|because|than|that|which|while|whereas|wait|waits|waiting|depend|depends)\s*$", re.I)
ORDINAL_ONLY = re.compile(r"(?:first|second|third|last|next|final)", re.I)  # 'from the first monday': no work
ASKING_VERB = re.compile(r"\b(?:wants|needs|asked|asks|says|said|told|thinks|reckons)\b", re.I)
OPENING_WORD = re.compile(r"^(?:it|this|that|them|him|her|at|on|in|to|for|by|with|from|about|least|more|reply|note|email|message|draft|write|answer)(?:\s|$)", re.I)
SENTENCE_START = re.compile(r"(?:[.!?]\s+|^\s*|\n\s*|[\"'“]\s*)$")
PAST_BEFORE = re.compile(r"\b(?:last|past|previous|prior)\s+(?:about |around |roughly |~)?$", re.I)
READ_AS = {
    "person": "a person", "recipient": "the person the message is for", "requester": "the person asking",
    "project": "the work it is about", "new_work": "the new work", "request_title": "what is asked for", "effort": "an effort",
}  # fmt: skip
ASKS = {
    "person": "Who is this about? I could not tell whether '{w}' is a person.",
    "recipient": "Who is the message for? I could not tell whether '{w}' is a name.",
    "requester": "Who is asking? I could not tell whether '{w}' is a person or a team.",
    "project": "Which piece of work is this about? I could not read it from '{w}'.",
    "new_work": "What is the new work? I could not read it from '{w}'.",
    "request_title": "What exactly is being asked for? I could not read it from '{w}'. If there are several asks, paste them one per line (who asked, what, by when) and I'll rank them.",
    "effort": "How much work is it? I read '{w}' as a period of time, not an effort.",
}


def _classes(word: str) -> frozenset[str]:
    """The parts of speech English gives a word (empty when the dictionary does not know it)."""
    from agent.understanding.word_classes import classes_of

    return classes_of(word)


def _team_names(team: Any) -> set[str]:
    """The team file's names and first names, lower case (`tools.team.Team` keeps its members in `people`)."""
    names = {m.name.casefold() for m in getattr(team, "people", None) or []}
    return names | {name.split()[0] for name in names if name.split()}


def doubtful_person(value: str, question: str = "", team: Any = None, role_ok: bool = False, words: str = "") -> bool:
    """A value that reads as an everyday word, not a name: 'Here', 'Latency', 'Council' (but 'Yaw', written
    mid-sentence and rare as a word, stays a name)."""
    word = value.split()[0].strip(".,'\"").casefold() if value.strip() else ""
    if _placeholder(word):
        return True  # 'you-know-who', 'so-and-so': the manager did not say who
    if not word.isalpha() or word in _team_names(team) or word in DESCRIBED or (role_ok and (_is_role(value) or len(value.split()) > 1)):
        return False
    if _title_word(question, word):
        return True  # 'our Deputy National Statistician': a job title after a determiner, not a name
    classes = _classes(word)
    if classes == {"ADV"} and not people.is_first_name(word):
        return True  # 'Basically, the reason is...': an adverb opening a sentence is no name, whatever follows it
    if _introduced(question, word) or people.moved_as_person(question, word):
        return False  # 'mercy (COO)', '"Yaw, your PR...', '1:1 with may': the writer treats it as a name
    if not classes:
        return False  # a word no dictionary knows: in a person's place, a name
    if classes <= NOT_A_NAME:
        return True
    if people.is_first_name(word) or word in people.first_names() or _capital_mid_sentence(question, word):
        return False  # 'to Mercy': a capital where no sentence starts is the writer saying "a name"
    return word in people.common_words() or (words[:1].isupper() and not _capital_mid_sentence(question, word))


# Words a stand-in for a name is made of ('you-know-who', 'so-and-so', 'what's-his-name').
PLACEHOLDER_PARTS = frozenset("you know who what whats what's so and his her their name thing whatever such".split())


def _placeholder(word: str) -> bool:
    parts = [p for p in re.split(r"[-\s]+", word) if p]
    return len(parts) >= 2 and all(p in PLACEHOLDER_PARTS for p in parts)


def _title_word(question: str, word: str) -> bool:
    """An everyday noun capitalised as part of a job title after 'our', 'the', 'my' ('our Deputy National Statistician')."""
    if people.is_first_name(word) or "NOUN" not in _classes(word):
        return False
    return re.search(rf"\b(?:our|my|the|their|your)\s+(?:(?-i:[A-Z][a-z]+)\s+){{1,3}}{re.escape(word)}\b", question, re.I) is not None


def _introduced(question: str, word: str) -> bool:
    """The word comes with what only a person gets: a title in brackets, a role after a comma, or a greeting."""
    from agent.understanding.addressee import ROLE_HEADS

    w = re.escape(word)
    role_beside = rf"\b{w}\s*(?:\(\s*|,?\s+(?:my|our)\s+)(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(sorted(ROLE_HEADS))})\b"  # 'prosper (chair of trustees)', 'tuomas our ceo'
    return bool(
        re.search(role_beside, question, re.I)
        or re.search(rf"\b{w}\s*\(\s*(?:(?-i:[A-Z]{{2,4}})\b|(?:my|our|the|a|an|one of|head of|vp|svp)\b)", question, re.I)
        or re.search(rf"\b{w},\s*(?:my|our|a|an|the|mid|senior|junior|staff|lead|principal|new|one of)\b", question, re.I)
        or re.search(rf"(?:^|[\"\n“>]\s*)(?:hi |hey |dear |hello )?{w},", question, re.I)
        or re.search(rf"\b(?:1:1|1-1|one[- ]on[- ]one|1on1|sync|agenda|prep)\s+(?:with|w/|for)\s+{w}\b", question, re.I)
    )


def _capital_mid_sentence(question: str, word: str) -> bool:
    """The word is written with a capital somewhere no sentence starts."""
    spots = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", question, re.I) if question[m.start()].isupper()]
    return any(at > 0 and not SENTENCE_START.search(question[max(0, at - 3) : at]) for at in spots)


def _is_role(value: str) -> bool:
    v = value.casefold()
    return bool(people.audience_in(v) or people.audience_in(f"my {v}") or people.audience_in(f"the {v}")) or v in people.DEPARTMENTS


# Words that stand in for work without naming it: 'stuff this am', 'some asks', 'a few things from sales'.
PLACEHOLDER_WORK = re.compile(
    r"^(?:(?:some|a few|a couple of|a bunch of|random|various|different|diff|loads of|lots of)\s+)?"
    r"(?:stuff|things?|something|bits(?: and pieces)?|favou?rs?|asks?|requests?|tasks?|items?|help)\b"
    r"(?:\s+(?:this|today|earlier|from|at|all)\b.*)?$",
    re.I,
)


def placeholder_work(value: str) -> bool:
    """True when the words only stand in for work ('stuff this am', 'a few things from sales')."""
    return PLACEHOLDER_WORK.match(value.strip()) is not None


def doubtful_work(value: str) -> bool:
    """A work name with nothing in it that names a thing: 'thinks', 'wk', 'new year', 'it on 1 screen', 'stuff this am'."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", value)
    if not words or OPENING_WORD.match(value.strip()) or placeholder_work(value) or CLAUSE_ENDING.search(value) or ASKING_VERB.search(value) or ORDINAL_ONLY.fullmatch(value.strip()):
        return True  # 'dig into', 'lab even though', 'not file wants aisha': the reader ran past the name
    content = [w for w in words if w.casefold() not in STOP_WORDS | TIME_WORDS | ROLE_NOUNS]
    return not any(_names_a_thing(w) for w in content)


# A judgement of the work, not its name: 'cool demo', 'proper model', 'nice prototype', 'a real forecast'.
JUDGING_WORDS = frozenset("cool proper nice real great quick slick fancy shiny neat rough simple basic little big good decent fun interesting solid awesome amazing impressive lovely ambitious serious".split())
KIND_NOUNS = frozenset("demo demos model models prototype prototypes poc dashboard dashboards thing things forecast forecasts analysis version tool tools report reports project work idea ideas app piece result results number numbers".split())


def described_work(value: str) -> bool:
    """True when a work phrase only judges a kind of work ('cool demo', 'a proper model'): a clause's real noun
    ('the chargeback classifier', 'the style match thing') names it better."""
    words = [w.casefold() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", value) if w.casefold() not in ("a", "an", "the", "her", "his", "their", "our", "my")]
    return len(words) >= 2 and words[0] in JUDGING_WORDS and all(w in KIND_NOUNS or w in JUDGING_WORDS for w in words[1:])


def _names_a_thing(word: str) -> bool:
    classes = _classes(word)
    return not classes or not classes <= NOT_A_NAME or word.casefold().endswith("ing")  # 'pricing', 'tagging' name work


def past_period(text: str, question: str) -> bool:
    """A duration said as a stretch of the past ('the last 18 months'), not work to do."""
    at = question.casefold().find(text.casefold()) if text else -1
    return at > 0 and bool(PAST_BEFORE.search(question[max(0, at - 30) : at]))


# Words that carry no topic: a question made only of these does not say what is going on.
VAGUE_WORDS = frozenset(
    """off weird strange wrong odd bad good things thing stuff everything something anything nothing lately recently
    feel feels feeling felt seem seems seemed kinda kind sort handle deal advice help thoughts ideas idea tips going
    happening situation team teams people one ones senior seniors junior juniors folks guys mine someone vibe vibes
    not sure really just bit little quite very pretty super honestly totally right now today week how what why do does
    should could would can i me my we our us you your it this that these those there here is are was were be been
    the a an of with on in at for to about and or but so if any some all just like get got know think see
    did again say said time let go once more
    mean ok okay hmm um advise suggest way best start begin approach anymore
    quick q ugh argh sigh from morning afternoon yesterday tonight without making make worse better repeat
    last two both them him her he she they want wanted avoid mess messing up whole happened dont cant wont
    too late already change changed mind yes told tell agreed promised decided back take still out
    answer decision decide pick choose choice option options which way go torn forth keep keeps waiting
    genuinely truly call tomorrow leadership boss by""".split()
)
COURTESY = frozenset("thanks thank you ok okay cool great got it nice perfect cheers ty thx".split())
PEOPLE_WORDS = re.compile(r"\b(?:team|senior|seniors|junior|juniors|folks|people|someone|one of (?:my|mine)|report|reports|engineer|ic|(?:the )?two of them|both of them)s?\b", re.I)


# Push back on an ask or take it, with the ask never named: 'should i push back on this or just absorb it?', 'ugh. push
# back or let it go?', 'say no or suck it up?'.
_PUSH = r"(?:push(?:ing)? back|pushback|say(?:ing)? no|decline|refuse|fight (?:it|this|that)|escalate|object)"
_TAKE = r"(?:absorb(?:ing)?(?: (?:it|this|that))?|let (?:it|this|that) (?:go|slide)|suck it up|just do (?:it|this|that)|say(?:ing)? yes|go along|accept|take (?:it|this|that)(?: on)?|swallow (?:it|this|that))"
PUSH_OR_TAKE = re.compile(rf"\b{_PUSH}\b[^.?!]{{0,40}}?\b(?:or|vs\.?|versus)\b[^.?!]{{0,25}}?\b{_TAKE}\b|\b{_TAKE}\b[^.?!]{{0,40}}?\b(?:or|vs\.?|versus)\b[^.?!]{{0,25}}?\b{_PUSH}\b", re.I)
# How often it has come, said as a count ('the third time this month', 'second time now', 'again, for the 4th time').
REPEATED = re.compile(r"\b(?:the |a |for the )?(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|\d+(?:st|nd|rd|th)?|umpteenth|nth|(?:two|three|four|five|six) times?|twice)\s+(?:time|times|request|ask|one)?\s*(?:(?:this|in a|in the|since|now|running|in a row|already)\b[\w ]{0,15})?", re.I)
# Words an unnamed push-back question is made of: none of them says what the ask is.
CHOICE_WORDS = frozenset("push pushback pushing absorb absorbing slide suck swallow accept decline refuse escalate fight object second third fourth fifth sixth umpteenth nth times twice month row running since now along".split())


def too_vague(question: str) -> bool:
    """A short question that names no one and nothing: 'things are weird with one of my seniors, advice?', or a choice
    to push back on an ask or take it that never says what the ask is ('push back or let it go? second time now')."""
    words = re.findall(r"[a-z][a-z']*", question.casefold())
    content = [w for w in words if w.removesuffix("'s") not in VAGUE_WORDS and not w.endswith("'t")]
    if set(words) <= COURTESY:
        return False  # 'thanks', 'ok great': nothing to ask about
    if PUSH_OR_TAKE.search(question) and 0 < len(words) <= 25:
        return len([w for w in content if w not in CHOICE_WORDS and w != "its"]) <= 1
    return 0 < len(words) <= 25 and not re.search(r"\d", question) and len(content) <= 1


# A call asked for with nothing said of what it is: 'they want an answer and i don't know which way to go', 'what would you pick'.
DECISION_ONLY = re.compile(r"\bwhich (?:way|option|one|path|side)\b|\b(?:a|my|the|an) (?:decision|answer|call)\b|\bwhat would you (?:do|pick|choose|go with)\b|\bback and forth\b|\btorn\b|\bcan'?t decide\b|\bgo with\b", re.I)


# 'She said no. escalate or drop it?': someone only called she/he/they, and an answer to something never named.
PRONOUN_LED = r"^\W*(?:(?:so|well|ok|okay|and|but|ugh)\s*,?\s+)?(?P<who>she|he|they)\s+(?:just\s+|finally\s+)?"  # also read by assemble's UNEXPLAINED_EVENT
PRONOUN_ONLY = re.compile(PRONOUN_LED + r"(?P<did>said no|refused|declined|pushed back|won'?t|wont|didn'?t)?", re.I)


# A decision taken back, with nothing said of what it was: 'is it too late to change my mind? i already told them yes'.
REVERSAL = re.compile(r"\bchange my mind\b|\b(?:told|said|gave) (?:them|him|her|you|it) (?:a )?(?:yes|no|ok)\b|\btake (?:it|that|my yes|my no) back\b|\bgo back on (?:it|that|my word)\b|\bback out\b|\bsaid yes\b", re.I)


def vague_question(question: str) -> str:
    """The one question to ask back when the question says too little to answer well: it quotes what the manager did say
    and asks only for what is missing."""
    if PUSH_OR_TAKE.search(question):
        return _push_or_take_question(question)
    pronoun = PRONOUN_ONLY.match(question)
    if pronoun and pronoun.group("did"):
        return (f"Who is '{pronoun.group('who').lower()}', and what did you ask for that got the no? Tell me their role, what is "
                "at stake if you drop it, and who you would escalate to, and I'll help you weigh it.")
    if DECISION_ONLY.search(question) and not PEOPLE_WORDS.search(question):
        return ("What is the decision, and what are the options? Who is waiting on your answer, and by when? Tell me that and "
                "I'll help you weigh it.")
    if pronoun:
        return f"Who is '{pronoun.group('who').lower()}', and what happened? Tell me their role and what you need to decide, and I'll take it from there."
    if REVERSAL.search(question):
        return ("What did you say yes to, and to whom? Tell me what you agreed, when it starts and what changed since, and I'll "
                "help you decide whether to take it back and how to say it.")
    if PEOPLE_WORDS.search(question):
        return ("What are you seeing? One concrete example helps: who, what happened and since when (quiet in standups, "
                "missed dates, a clash between two people, someone talking about leaving...).")  # fmt: skip
    return "What happened? Tell me who is involved and what you need to decide, and I'll take it from there."


def _push_or_take_question(question: str) -> str:
    """What to ask when the manager weighs pushing back on an ask they never name; a repeat they counted ('the third time
    this month') is quoted, since a repeat is a pattern to raise with whoever sends it, not only one ask to weigh."""
    choice = PUSH_OR_TAKE.search(question)
    assert choice is not None
    said = choice.group(0).strip().rstrip("?").strip()
    repeat = REPEATED.search(question)
    if repeat:
        count = repeat.group(0).strip().rstrip("?.! ").strip()
        return (f"What is it (the ask, or what they did), and who is it from? You said \"{said}\" and \"{count}\": is it the "
                "same person or team each time, and the same thing? Tell me that and what is at stake (what taking it costs "
                "your team, what pushing back risks), and I'll say which, and how to raise the pattern with them, not just "
                "this one time.")
    return (f"What is it (the ask, or what they did), and who is it from? You said \"{said}\": tell me what they want, by "
            "when, and what is at stake (what taking it costs your team, what pushing back risks), and I'll say which, and "
            "how to word it.")


def set_aside_doubtful(s: Situation, question: str, team: Any = None) -> None:
    """Drop the facts whose values cannot be what they claim, note each in `unclear`, and ask about the first."""
    for name in PERSON_FACTS:
        fact = s.fact(name)
        if fact and fact.source == "question" and isinstance(fact.value, str) and doubtful_person(fact.value, question, team, role_ok=name != "person", words=fact.text):
            _set_aside(s, name, fact.text or fact.value, name)
    for name in WORK_FACTS:
        fact = s.fact(name)
        if fact and fact.source == "question" and isinstance(fact.value, str) and doubtful_work(fact.value):
            _set_aside(s, name, fact.text or fact.value, name)
    for name in EFFORT_FACTS:
        fact = s.fact(name)
        if fact and fact.source == "question" and isinstance(fact.value, list) and (max(fact.value) > MAX_EFFORT_WEEKS or past_period(fact.text, question)):
            _set_aside(s, name, fact.text, "effort")
    first = next((u for u in s.unclear if u.fact in ASK_FIRST.get(s.intent, ())), None)
    if first is not None and not s.clarifying_question:
        s.clarifying_question = first.ask


def _deadline_doubt(s: Situation, day: date) -> str:
    """Why `day` cannot be the date the work is due, or '': it falls before the stated start, inside stated days off (after
    their first day: work due before a closure is due on it), or on or before a day back after an absence that began
    before it ('off from the 21st, back on jan 4': nothing is due on the 23rd)."""
    start = s.get("start_date") if s.stated("start_date") else None
    if isinstance(start, str) and day < date.fromisoformat(start):
        return "it falls before the start"
    own = set(s.get("away_days") or [])  # one person's time off: the team's work can still be due on those days
    off = sorted(date.fromisoformat(d) for d in (s.get("days_off") or []) if d not in own) if s.stated("days_off") else []
    if off and off[0] < day and day.isoformat() in {d.isoformat() for d in off}:
        return "it falls inside the days off"
    first_off = min((date.fromisoformat(d.date) for d in s.dates if d.role == "off"), default=None)
    backs = [date.fromisoformat(d.date) for d in s.dates if d.role == "back"]
    if first_off is not None and any(first_off < day <= back for back in backs):
        return "it falls before the day back"
    return ""


def check_deadline(s: Situation, today: date) -> None:
    """A stated deadline that cannot be the work's (before the start, inside the days off, before the day back) is re-bound
    to another date the question says is due, or set aside and said, never forecast against."""
    fact = s.fact("deadline")
    if fact is None or fact.source != "question" or not isinstance(fact.value, str):
        return
    why = _deadline_doubt(s, date.fromisoformat(fact.value))
    if not why:
        return
    other = next((d for d in s.dates if d.role == "deadline" and d.date != fact.value and date.fromisoformat(d.date) >= today
                  and not _deadline_doubt(s, date.fromisoformat(d.date))), None)
    if other is not None:
        s.put("deadline", other.date, "question", other.words)
        return
    s.drop("deadline")
    words = fact.text or fact.value
    s.unclear.append(Unclear(fact="deadline", words=words, read_as=f"the date the work is due, as {why} you gave",
                             ask=f"Is '{words}' the date the work has to be done by? {why[0].upper()}{why[1:]} you gave."))


def _set_aside(s: Situation, name: str, words: str, kind: str) -> None:
    s.drop(name)
    if name == "person":
        s.drop("person_in_team")
    s.unclear.append(Unclear(fact=name, words=words, read_as=READ_AS[kind], ask=ASKS[kind].format(w=words)))
