"""The structural half of a rewrite and its check: each sentence read for what it does (an ultimatum, an order to
the reader, a sweeping 'you always', a hedged request, a preamble, a bare fragment) and said again in the form the
goal asks for, then the result checked against that goal (the flagged lines gone, the length reached, no hedge left,
the named things kept). Word-level rules live in `tools.rewrite`; this module works on whole clauses.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# --- reading a sentence ---------------------------------------------------------------------------------------------

_SUBJECT = r"(?:we|I|they|it|he|she|you|this|that|these|those|the\s[\w-]+(?:\s[\w-]+)?|our\s[\w-]+|your\s[\w-]+)"
# 'Fix them or they stay demoted', 'Could you redo the batch by Friday or we cancel the contract?'
_ULTIMATUM_RE = re.compile(
    rf"^(?P<lead>(?:could you|can you|please|would you)\s+)?(?P<ask>[^?!]+?),?\s+(?:or(?: else)?|otherwise)\s*,?\s+(?P<cons>{_SUBJECT}\b[^?!]*?)[.?!]*$", re.I
)
# 'Do that again without telling us and I'm escalating to the VP', 'Skip the review again and we'll revert it'
_AGAIN_AND_RE = re.compile(r"^(?P<act>(?!if\b)[a-z]+\b[^,.!?]*?\bagain\b[^,.!?]*?),?\s+and\s+(?P<cons>(?:we|I)\b[^.!?]+?)[.!?]*$", re.I)
# 'If you do that again, I'll escalate': the act and what the writer will do
_IF_AGAIN_RE = re.compile(r"^(?:and |so )?(?:if|next time|one more time and|the next time)\s+(?P<act>[^,]+?),?\s+(?:then\s+)?(?P<cons>(?:we|I)\b[^.!?]+?)[.!?]*$", re.I)
_WRITER_ACTS_RE = re.compile(
    r"^(?P<who>we|I)\s*(?:'ll have to|will have to|'ll|will|am going to|'m going to|are going to|'re going to|have to|'m|am|'re|are)?\s+(?P<rest>.+)$", re.I
)
_CONSEQUENCE_VERBS = frozenset("stay remain keep be is are get go lose slip miss move fail break stop end close drop lapse expire".split())
_ORDER_HEAD_RE = re.compile(
    r"^(?!(?:please|could|can|would|will|let'?s|thanks|thank|hope|see|note|just)\b)(?P<v>fix|redo|resend|send|update|clean|stop|add|remove|change|get|make|finish|ship|review|check|rerun|rewrite|submit|complete|"
    r"delete|revert|move|drop|tell|call|answer|reply|respond|sort|do|don'?t|never|put|use|read|follow|include|write|merge|test|run|hand|turn|deliver|provide|share|book|join|attend|return|resend|upload|prepare|document|label|retrain|rerun)\b",
    re.I,
)
_HABIT_RE = re.compile(r"^you (?P<when>always|never|constantly|keep) (?P<rest>.+?)[.!]*$", re.I)
_BLAME_WORDS_RE = re.compile(
    r"\b(?:your fault|you (?:always|never)|(?:is|are|was|were) (?:a mess|sloppy|lazy|useless|unacceptable|garbage|rubbish|ridiculous)|what were you thinking|how (?:hard|difficult) (?:is|can) it be)\b", re.I
)
_ESCALATION_RE = re.compile(r"\b(?:escalat\w+|report (?:you|it|this)|go (?:to|over your head)|take (?:it|this) to|involve|loop in)\b", re.I)


def _cap(x: str) -> str:
    return x[:1].upper() + x[1:] if x else x


def _end(x: str, mark: str = ".") -> str:
    x = re.sub(r"\s{2,}", " ", x).strip(" ,;")
    return x if not x or x[-1] in ".?!" else x + mark


_ING_E = re.compile(r"(?:at|iz|is|ov|ak|rc|ag|ur|ud|uc|ap|ib|ar|os|ot|in|id|ut|us|ac|ad)$")


def _base_of_ing(word: str) -> str:
    """'escalating' -> 'escalate', 'blocking' -> 'block', 'cancelling' -> 'cancel', 'pulling' -> 'pull'."""
    stem = word[:-3]
    if re.search(r"([bdgmnprt])\1$", stem):
        return stem[:-1]
    if re.search(r"(?:at|iz|ov|ok|ak|rc|ag|ur|ud|uc|ib|os|ot|id|ut|us|ac|ad|ar|in)$", stem) and not re.search(r"(?:ain|oin|ear|air|our|ead|eat|oad|ook|eak|oot)$", stem):
        return stem + "e"
    return stem


def _base_of_s(verb: str) -> str:
    """'gets' -> 'get', 'stays' -> 'stay', 'goes' -> 'go', 'carries' -> 'carry'; a base form stays as it is."""
    if re.search(r"[^aeiou]ies$", verb):
        return verb[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|z|o)es$", verb):
        return verb[:-2]
    return verb[:-1] if re.search(r"[^su]s$", verb) else verb


def base_of_ing(word: str) -> str:
    """The base form of an -ing word ('taking' -> 'take'), public for tools.rewrite's threat rules."""
    return _base_of_ing(word)


def _ing(verb: str) -> str:
    """'show' -> 'showing', 'make' -> 'making', 'stop' -> 'stopping'."""
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    return verb + verb[-1] + "ing" if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb) else verb + "ing"


def _base_of_ed(word: str) -> str:
    """'approved' -> 'approve', 'signed' -> 'sign', 'shipped' -> 'ship', 'copied' -> 'copy'."""
    w = word.lower()
    if w.endswith("ied"):
        return w[:-3] + "y"
    stem = w[:-2]
    if re.search(r"([bdgmnprt])\1$", stem):
        return stem[:-1]
    return stem + "e" if re.search(r"(?:ov|at|iz|ar|ur|os|ag|uc|ud|ib|ok|in|as|ir|ur|ut|id)$", stem) and not re.search(r"(?:ain|oin|ear|eat|oad)$", stem) else stem


def writer_consequence(cons: str) -> str:
    """What the writer says they will do, said as what they would have to do ('we cancel the contract' -> 'we would have
    to cancel the contract', "I'm escalating to the VP" -> 'I would have to escalate to the VP'); another subject's
    state as what would follow ('they stay demoted' -> 'they will stay demoted')."""
    cons = re.sub(r"(?i)\byour\s+(?=[\w-]+)", "", cons.strip().rstrip(".!?"))  # 'block your deploys': the deploys, not whose
    m = _WRITER_ACTS_RE.match(cons)
    if m:
        rest = m.group("rest").strip()
        first, _, tail = rest.partition(" ")
        if first.lower().endswith("ing") and len(first) > 5:
            rest = f"{_base_of_ing(first.lower())} {tail}".strip()
        rest = re.sub(r"(?i)^(?:have to|need to|be forced to)\s+", "", rest)
        return f"{m.group('who')} would have to {rest}"
    splits = [m for n in ("", "(?:\\s[\\w-]+)") if (m := re.match(rf"(?i)^(?P<s>they|it|he|she|this|that|these|those|the\s[\w-]+{n})\s+(?:will\s+|would\s+)?(?P<v>\w+)\b(?P<rest>.*)$", cons))]
    s = next((m for m in splits if _base_of_s(m.group("v").lower()) in _CONSEQUENCE_VERBS), splits[0] if splits else None)
    if s:
        verb = s.group("v").lower()
        verb = "be" if verb in ("is", "are") else "have" if verb == "has" else _base_of_s(verb)
        return f"{s.group('s')} will {verb}{s.group('rest')}"
    return cons


_BY_RE = re.compile(r"\s+(?P<by>(?:by|before)\s+[^,;.?!]+?)(?=\s*(?:[,;.?!]|$))", re.I)


def _request(ask: str) -> str:
    """An order said as a request: 'Fix them' -> 'Could you fix them?'; a request already is one."""
    ask = ask.strip().rstrip(".!?")
    ask = re.sub(r"(?i)^(?:just|now|please)\s+", "", ask)
    if re.match(r"(?i)(?:could|can|would|will) you\b", ask):
        return _end(_cap(ask), "?")
    stop = re.match(r"(?i)^stop (?:doing )?(?:that|this|it)$", ask)
    if stop:
        return "Could we agree on a different approach?"
    stop = re.match(r"(?i)^stop (?P<v>\w+ing)\b(?P<rest>.*)$", ask)
    if stop:
        return f"Could you avoid {stop.group('v')}{stop.group('rest')} from now on?"
    dont = re.match(r"(?i)^(?:don'?t|do not|never) (?P<rest>.+)$", ask)
    if dont:
        return f"Could you make sure not to {dont.group('rest')}?"
    return f"Could you {ask[:1].lower()}{ask[1:]}?"


def ultimatum_as_request(sentence: str) -> list[str] | None:
    """Softer: 'Redo the batch by Friday or we cancel the contract.' -> 'Could you redo the batch by Friday?' and 'If
    that isn't possible, we would have to cancel the contract, which I'd like to avoid.': the ask as a request, the
    consequence stated as a fact and not as a threat; None when the sentence is no ultimatum."""
    m = _ULTIMATUM_RE.match(sentence.strip())
    if m is None or len(m.group("ask").split()) < 2 and not m.group("lead"):
        return None
    ask = (m.group("lead") or "") + m.group("ask")
    if not (m.group("lead") or _ORDER_HEAD_RE.match(m.group("ask"))):
        return None  # 'We can ship Friday or we can wait': two options, no ultimatum
    if re.search(r"(?i)\b(?:can'?t|cannot|won'?t be able|not able)\b", m.group("cons")):
        return None  # 'or we can't certify the line': what the ask is for, a fact (tools.rewrite says it as 'Otherwise')
    cons = writer_consequence(m.group("cons"))
    if _ESCALATION_RE.search(cons) or re.match(r"(?i)(?:we|I) would have to", cons):
        said = f"If that isn't possible, {cons}, which I'd much rather avoid."
    else:
        said = f"Until then, {cons}."
    return [_request(ask), _end(_cap(said))]


def repeat_threat_as_need(sentence: str) -> list[str] | None:
    """Softer: 'Do that again without telling us and I'm escalating to the VP.' -> what we need next time (a heads-up)
    and, said plainly, what would follow if it happened again; None when the sentence is no such threat."""
    m = _AGAIN_AND_RE.match(sentence.strip())  # 'If it moves again, ...' is read by tools.rewrite's threat rules
    if m is None or not _WRITER_ACTS_RE.match(m.group("cons")):
        return None
    act = m.group("act")
    without = re.search(r"(?i)\bwithout (?:telling|warning|asking|checking with|notifying|informing) (?:us|me|anyone|the team)\b", act)
    need = "Could you give us a heads-up before the next change like this?" if without else "Could we agree together how to avoid a repeat?"
    cons = writer_consequence(m.group("cons"))
    return [need, _end(_cap(f"If it happened again, {cons}, which I'd much rather avoid."))]


_IRREGULAR = {"forget": "forgotten", "break": "broken", "leave": "left", "take": "taken", "write": "written", "do": "done", "send": "sent", "get": "got", "make": "made", "run": "run", "read": "read"}


def participle(verb: str) -> str:
    """'ship' -> 'shipped', 'update' -> 'updated', 'send' -> 'sent'."""
    v = verb.lower()
    if v in _IRREGULAR:
        return _IRREGULAR[v]
    if v.endswith("e"):
        return v + "d"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", v):
        return v + v[-1] + "ed"  # skip -> skipped
    return v[:-1] + "ied" if re.search(r"[^aeiou]y$", v) else v + "ed"


_PLURAL_RE = re.compile(r"(?<!s)s$|\b(?:people|data|children)$", re.I)


def habit_as_fact(sentence: str) -> str:
    """Softer: 'You always ship schema changes on Fridays.' -> 'Schema changes have often gone out on Fridays.'; 'You
    never update the tickets.' -> 'The tickets haven't been updated lately.' (what happens, not who always does it)."""
    m = _HABIT_RE.match(sentence.strip())
    if m is None:
        return sentence
    rest = m.group("rest")
    v = re.match(r"(?i)^(?P<v>[a-z]+) (?P<art>the |our |your |all the |any )?(?P<x>[\w-]+(?: [\w-]+){0,2}?)(?P<tail>\s+(?:on|in|at|during|after|before|without|for|to|late|early)\b.*|\s+\w+ly\b.*)?$", rest)
    if v is None:
        return sentence
    verb, x, tail = v.group("v").lower(), v.group("x"), v.group("tail") or ""
    if re.match(r"(?i)(?:up|in|out|on|off|to|at|for|back|down|over|around|away)\b", x):  # 'show up to the 1:1s': what slipped, not who
        doing = _cap(_ing(verb)) + " " + rest[len(verb) :].strip()
        return _end(f"{doing} has slipped a few times lately" if m.group("when").lower() == "never" else f"{doing} has happened a few times")
    if m.group("when").lower() == "keep":
        return sentence
    art = "the " if (v.group("art") or "").strip().lower() in ("the", "your", "our", "all the") else ""
    plural = bool(_PLURAL_RE.search(x))
    done = participle(verb)
    if m.group("when").lower() == "never":
        return _end(_cap(f"{art}{x} {'haven' if plural else 'hasn'}'t been {done}{tail} lately"))
    return _end(_cap(f"{art}{x} {'have' if plural else 'has'} often been {done}{tail}"))


_FAULT_ADJ = r"(?:inaccurate|wrong|incorrect|out of date|outdated|incomplete|missing|poor|off|misleading|unclear|late)"


def fault_of_the_work(sentence: str) -> str:
    """Softer: 'because your condition descriptions are inaccurate' -> 'because some of the condition descriptions are
    inaccurate': the work that is off, not the reader's."""
    sentence = re.sub(rf"(?i)\byour ((?!(?:last|first|latest|recent|two|three|four|both|all|\d)\b)(?:[\w-]+ ){{0,2}}[\w-]+s) (are|were) ({_FAULT_ADJ})\b", r"some of the \1 \2 \3", sentence)
    return re.sub(rf"(?i)\byour ((?:[\w-]+ ){{0,2}}[\w-]+) (is|was) ({_FAULT_ADJ})\b", r"the \1 \2 \3", sentence)


# What the manager says the reader has done or been ('been with us 9 yrs', 'she built our ingestion pipeline'): credit.
_TENURE_RE = re.compile(
    r"\b(?:(?:has|have|'s|'ve|who'?s|they'?ve|she'?s|he'?s)\s+)?(?:been|worked|working|partnered|selling|sold) (?:with|for) us (?:for )?(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|\w+ and a half) ?(?P<u>yrs?|years?|months?|mos?)\b"
    r"|\b(?:been|worked|working|partnered|selling) (?:with|for) us since (?P<y>(?:19|20)\d\d)\b"
    r"|\b(?P<n2>\d+|one|two|three|four|five|six|seven|eight|nine|ten) ?(?P<u2>yrs?|years?) (?:here|with us|on the team|at the company|in the team)\b",
    re.I,
)
_DID_RE = re.compile(
    r"\b(?:she|he|they|who)\s+(?:has\s+|have\s+)?(?P<v>built|led|wrote|shipped|designed|created|set up|launched|ran|owned|rescued|fixed|migrated|mentored|trained)\s+(?P<what>(?:our|the|all|a|an|most of)\b[^,.;:!?]+)",
    re.I,
)
_GERUND = {"built": "building", "led": "leading", "wrote": "writing", "shipped": "shipping", "designed": "designing", "created": "creating", "set up": "setting up",
           "launched": "launching", "ran": "running", "owned": "owning", "rescued": "rescuing", "fixed": "fixing", "migrated": "migrating", "mentored": "mentoring", "trained": "training"}


# What the manager says of the reader's worth ('he is a good engineer', "she's my best caption engineer", 'one of my
# strongest analysts', "i don't want to lose her"): credit said first, in their words.
_PRAISE_RE = re.compile(
    r"\b(?:he|she|they)(?:'s|’s| is| are|s)\s+(?P<who>(?:(?:a|an|my|our|one of (?:my|our|the))\s+)(?:really |very |genuinely |truly )?"
    r"(?:good|great|strong|excellent|brilliant|talented|solid|best|strongest|top|smartest|most reliable)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:engineers?|scientists?|analysts?|researchers?|leads?|developers?|people|performers?|hires?|annotators?|designers?|ones?))\b",
    re.I,
)
_KEEP_RE = re.compile(r"\b(?:do ?n[o']?t|do not) want to (?:lose|loose) (?:her|him|them)\b|\bcan'?t afford to (?:lose|loose) (?:her|him|them)\b", re.I)


def _praise_line(notes: str) -> str:
    """The manager's praise of the reader said to them ('You're my best caption engineer, and I value your work.'); ''."""
    m = _PRAISE_RE.search(notes)
    if m:
        return f"You're {m.group('who')}, and I value your work."
    return "I value your work a lot, and I want to be straight with you about this." if _KEEP_RE.search(notes) else ""


def credit_line(notes: str) -> str:
    """The credit the manager's notes give the reader, said to them ('You've been with us for 9 years, and I value
    that.', 'Thank you again for building our whole ingestion pipeline last year.'); '' when the notes give none."""
    did = _DID_RE.search(notes)
    if did:
        what = re.sub(r"(?i)\s+(?:and|but|so)\s+.*$", "", did.group("what")).strip()
        return f"Thank you again for {_GERUND[did.group('v').lower()]} {what}."
    t = _TENURE_RE.search(notes)
    if t is None:
        return _praise_line(notes)
    if t.group("y"):
        return f"You've worked with us since {t.group('y')}, and I value that."
    n, unit = (t.group("n") or t.group("n2")), (t.group("u") or t.group("u2")).lower()
    unit = "months" if unit.startswith("mo") else "years"
    return f"You've been with us for {n} {unit}, and I value that." if n not in ("1", "one") else ""


def tone_flags(sentence: str) -> list[str]:
    """What in one sentence reads as harsh to its reader: an ultimatum, a threat if it happens again, an order, a
    sweeping 'you always/never', blame words."""
    x = sentence.strip()
    out = []
    m = _ULTIMATUM_RE.match(x)
    if m and (m.group("lead") or _ORDER_HEAD_RE.match(m.group("ask"))):
        out.append("an ultimatum")
    stated = re.search(r"(?i)\b(?:we|I) would have to\b", x)  # a consequence said as what would follow, not as a threat
    if not stated and (_AGAIN_AND_RE.match(x) or (_IF_AGAIN_RE.match(x) and re.search(r"(?i)\bagain\b|\bnext time\b", x) and _ESCALATION_RE.search(x))):
        out.append("a threat")
    if _ORDER_HEAD_RE.match(x) and not x.endswith("?"):
        out.append("an order")
    if _HABIT_RE.match(x) or _BLAME_WORDS_RE.search(x):
        out.append("blame")
    return out


_WHY_STILL_RE = re.compile(r"^why (?P<be>is|are) (?P<x>this|that|it|the [\w -]+?|your [\w -]+?) still (?P<s>(?!not\b)[\w-]+(?: [\w-]+)?)\s*\?*$", re.I)


def why_still_as_question(sentence: str) -> list[str] | None:
    """Softer: 'Why is this still broken?' (a charge said as a question) -> 'This is still broken. Is something blocking it
    on your side?'; None for any other sentence."""
    m = _WHY_STILL_RE.match(sentence.strip())
    if m is None:
        return None
    x = re.sub(r"(?i)^your\b", "the", m.group("x"))
    return [_end(_cap(f"{x} {m.group('be').lower()} still {m.group('s')}")), "Is something blocking it on your side?"]


def _often(sentence: str) -> str:
    """'The dashboards are always late' -> 'The dashboards are often late': the pattern, without the sweep."""
    return re.sub(r"(?i)\b(is|are|was|were) always (?=(?:late|wrong|broken|missing|behind|off|slow|incomplete|out of date)\b)", r"\1 often ", sentence)


_NOT_READY_RE = re.compile(r"^(?:this|the|your) (?P<x>[\w -]+?) (?P<be>is|are) (?:just |still |really )?not (?:ready|good enough|up to (?:standard|scratch)|there yet|acceptable)(?: yet)?[.!]*$", re.I)


def verdict_as_work(sentence: str) -> str:
    """Softer: 'This design doc is not ready.' -> 'The design doc needs a bit more work before it's ready.' (the work,
    not a verdict on it)."""
    m = _NOT_READY_RE.match(sentence.strip())
    if m is None:
        return sentence
    plural = m.group("be").lower() == "are"
    return f"The {m.group('x')} {'need' if plural else 'needs'} a bit more work before {'they are' if plural else 'it is'} ready."


_JUDGEMENT_RE = re.compile(r"^(?:it'?s|that'?s|this is|it is|that is|which is) (?:really |very |so |just |frankly |honestly |quite )?(?:disrespectful|rude|unprofessional|unacceptable|ridiculous|embarrassing|a joke|careless|lazy|sloppy|pathetic)[.!]*$", re.I)


def soften_structure(sentences: list[str], notes: str = "") -> list[str]:
    """Softer, clause by clause: an ultimatum as a request and a neutral consequence, a repeat threat as the need
    behind it, a sweeping habit as what happened, the reader's work (not the reader) at fault, and the credit the
    notes give the reader said first."""
    out: list[str] = []
    for x in sentences:
        if _JUDGEMENT_RE.match(x.strip()):
            continue  # 'It's disrespectful.': a verdict on the reader; the fact before it says what happened
        said = ultimatum_as_request(x) or repeat_threat_as_need(x) or why_still_as_question(x)
        out += said if said else [verdict_as_work(_often(fault_of_the_work(habit_as_fact(x))))]
    credit = credit_line(notes)
    if credit and not any(credit[:20].lower() in y.lower() for y in out):
        out.insert(0, credit)
    return out


# --- softer, word by word ----------------------------------------------------------------------------------------

_BE_PAST = {"was": "wasn't", "were": "weren't"}
# The words a reader hears as blame, a verdict, an absolute or sarcasm, each said as the fact under it (a table, applied
# in order, after the clause rules): 'were unusable again' -> "couldn't be used", 'Three weeks of data wasted.' ->
# "That means we've lost three weeks of data.", 'you ignored the checklist' -> "the checklist wasn't followed".
def _lower_first(x: str) -> str:
    return x if re.match(r"[A-Z]{2}|[A-Z][a-z]+ [A-Z]", x) else x[:1].lower() + x[1:]


_HARSH_WORD_RULES: tuple[tuple[str, "str | Callable[[re.Match[str]], str]"], ...] = (
    (r"^(?:I|we)(?:'ve| have)? (?:already )?(?:raised|flagged|mentioned|reported|chased|asked about) (?:it|this|that)(?: with you| to you)? (?:twice|three times|\w+ times|before|again|repeatedly|more than once)(?: now| already| before)?[.!]*$", ""),  # a told-you-so tally
    (r"^(?:thanks|thank you) for nothing[.!]*$|^(?:must be nice|nice one|great job|well done)[.!]*$|^(?:seriously|really|unbelievable|typical)[?!.]+$", ""),
    (r",?\s*\b(?:as usual|as always|like always|per usual|(?:once|yet) again|for the (?:umpteenth|hundredth|nth) time)\b,?", ""),  # a count of the harm to us ('failed for the second time') stays
    (r"\bI'?m sure you(?:'re| are| were| have been) (?:very |really |so )?busy\b,?\s*(?:but\s+)?", ""),
    (r"\b(unusable|usable|useless|wrong|late|broken|missing|failed|down|off|incorrect|empty|corrupt\w*|garbage|rubbish|junk|unreadable)\s+again\b", r"\1"),
    (r"\b(?P<be>was|were) (?:just |completely |totally |absolutely |utterly |frankly )?not working as well as (?:it|they) should\b", lambda m: f"{m.group('be')}n't what we needed"),
    (r"\b(was|were) (?:completely |totally |just |basically |utterly )?(?:unusable|not usable|useless|worthless|no use)\b", r"couldn't be used"),
    (r"\b(is|are) (?:completely |totally |just |basically |utterly )?(?:unusable|not usable|useless|worthless|no use)\b", r"can't be used yet"),
    (r"^(?P<x>(?:a |an |all |the )?(?:whole |full |entire )?(?:\w+ )?(?:hours?|days?|weeks?|months?|afternoon|morning|sprints?|time|effort|work)(?: of (?:[\w-]+ ){0,2}?[\w-]+)?) (?:(?:was|were|has been|have been|got|is|are) )?(?:completely |totally |just )?(?:wasted|thrown away|down the drain|lost)[.!]*$", lambda m: f"That means we've lost {_lower_first(m.group('x'))}."),
    (r"\b(was|were) (?:a |an )?(?:complete |total |huge |massive |utter )?waste of (?:time|effort|money)\b", "didn't give us what we needed"),
    (r"\b(?:a |an )?(?:complete |total |huge |massive |utter )?waste of (?:time|effort|money)\b", "not what we needed"),
    (r"\bwasted\b(?= (?:a|an|the|all|our|\d|one|two|three|four|five|six|several|many|most)\b)", "cost"),
    (r"\b(?:totally |completely |utterly |really |so )?(?:careless|sloppy|lazy|stupid|silly|pointless|needless|unforgivable|inexcusable|amateurish|pathetic|hopeless|shambolic)\s+(?=[a-z])", ""),
    (r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:frankly |honestly |just |really |quite |totally |completely )?(?:pathetic|ridiculous|embarrassing|unacceptable|a joke|a disgrace|shameful|hopeless|shambolic|useless|worthless)(?=\s*[.!?]*$)", ""),  # a verdict tacked on
    (r"\b(?:totally |completely |utterly |really |so )?(?:embarrassing|basic|rushed|avoidable)\s+(?=(?:[\w-]+ )?(?:mistakes?|errors?|typos?|delays?|bugs?|slips?|misses|oversights?|problems?|issues?|work|shortcuts?|workarounds?|hacks?)\b)", ""),
    (r"\band (?:you )?(?:broke|killed|took down) (?P<y>(?:the |our )?[\w-]+(?: [\w-]+){0,3}?)(?=\s+(?:for|on|in|at|during|last|this|yesterday|today|overnight)\b|\s*[,.;!?]|$)", r"and \g<y> broke"),
)
_PASSIVE = {"ignored": "not followed", "skipped": "skipped", "missed": "missed", "bypassed": "bypassed", "overlooked": "missed", "forgot": "missed", "forgot about": "missed"}


_YOU_SKIPPED_RE = re.compile(r"^you (?:have |had )?(?P<v>ignored|skipped|missed|bypassed|overlooked|forgot(?: about)?) (?P<x>(?:the|our|my) [\w -]+?)(?=\s+and\b|\s*[,.;!?]|$)", re.I)


def _step_not_done(sentence: str) -> str:
    """'You ignored the rollout checklist and broke staging' -> "The rollout checklist wasn't followed and staging broke":
    the step that was missed, not the person."""
    m = _YOU_SKIPPED_RE.match(sentence)
    if m is None:
        return sentence
    x = re.sub(r"(?i)^(?:our|my) ", "the ", m.group("x"))
    plural = bool(re.search(r"(?<!s)s$", x))
    done = _PASSIVE[m.group("v").lower()]
    be = f"{'weren' if plural else 'wasn'}'t {done[4:]}" if done.startswith("not ") else f"{'were' if plural else 'was'} {done}"
    return _cap(f"{x} {be}{sentence[m.end():]}")


def soften_words(sentence: str) -> str:
    """Softer, word by word, after the clause rules: what is left of blame, verdicts, absolutes and sarcasm said as the
    fact under it; '' when nothing of the sentence is left (a bare 'Totally pointless delay.')."""
    y = _step_not_done(sentence.strip())
    for pattern, said in _HARSH_WORD_RULES:
        y = re.sub(pattern, said, y, flags=re.I)
    if re.search(r"(?i)n't\b|\bnot\b|\b(?:wrong|late|broken|missing|failed|down)\b", y) and not re.search(r"(?i)\bhappen(?:s|ing)? again\b", y):
        y = re.sub(r"(?i),?\s+(?:yet |once )?again(?=\s*[,.;!?]|$)", "", y)  # the fault, without the tally
    y = re.sub(r"\s{2,}", " ", re.sub(r"\s+([,.;?!])", r"\1", y)).strip(" ,;")
    words = re.findall(r"[\w'’-]+", y)
    if y != sentence.strip() and len(words) <= 2 and not _VERB_RE.search(y):
        return ""  # what was left of a verdict with no fact ('Delay.'); 'Fix it.' as written stays
    if y != sentence.strip() and len(words) <= 8 and not _VERB_RE.search(y.partition(" ")[2]) and re.match(r"(?i)[a-z]+s\b", y):
        y = f"There were {_lower_first(y)}"  # 'Sloppy mistakes in the config' -> 'There were mistakes in the config.
    return _end(_cap(y)) if y else ""


_QUOTED_RE = re.compile(r"[\"“”'‘’](?P<q>[^\"“”'‘’\n]{2,60}?)[\"“”'‘’]")
_NAMED_PART_RE = re.compile(
    r"\b(?:the (?:bit|part|line|word|phrase|sentence)s? (?:about|with|saying|that says|where I say)|especially|particularly|mainly)\s+(?P<x>[\w' -]{2,40}?)(?=\s*(?:[,.;:!?]|$|\s+(?:is|are|sounds?|feels?|reads?|seems?|comes? across)\b))"
    r"|(?P<y>\b[\w'-]+(?: [\w'-]+){0,3}) (?:sounds?|feels?|reads?|seems?|comes? across|is|are) (?:way |a bit |much )?(?:too )?(?:harsh|mean|rude|blunt|aggressive|much|strong|accusatory|passive[- ]aggressive)\b",
    re.I,
)


def named_harsh(instruction: str, original: str) -> list[str]:
    """The words the manager names as too harsh, as their message says them ('"wasted" and "careless" feel too much', 'soften
    the part about a complete waste of time'): quoted words, or the words before 'sounds harsh' / after 'the bit about'."""
    said = original.lower()
    found = [m.group("q") for m in _QUOTED_RE.finditer(instruction or "")]
    found += [m.group("x") or m.group("y") for m in _NAMED_PART_RE.finditer(instruction or "")]
    out = []
    for x in found:
        x = re.sub(r"(?i)^(?:the|that|this|it|word|phrase)\s+", "", x.strip(" .,;:!?")).strip()
        if x and x.lower() in said and x.lower() not in ("this", "it", "that") and len(x) <= 60:
            out.append(x)
    return list(dict.fromkeys(out))


def without_named(sentences: list[str], named: list[str]) -> list[str]:
    """Softer: every phrase the manager named as too harsh taken out of the sentence that still says it; a sentence left
    with no verb or under three words goes."""
    out = []
    for x in sentences:
        y = x
        for phrase in named:
            y = re.sub(rf"(?i),?\s*\b{re.escape(phrase)}\b", "", y)
        y = re.sub(r"\s{2,}", " ", re.sub(r"\s+([,.;?!])", r"\1", y)).strip(" ,;")
        if y == x or len(re.findall(r"[\w'’-]+", y)) >= 3 and _VERB_RE.search(y):
            out.append(x if y == x else _end(_cap(y)))
    return out


_HARSH_LEFT_RE = re.compile(
    r"\b(?:wasted?|waste of|unusable|useless|worthless|careless|sloppy|lazy|stupid|pointless|incompetent|pathetic|ridiculous|unacceptable|embarrassing|garbage|rubbish"
    r"|as usual|yet again|thanks for nothing|you always|you never|your fault|what were you thinking)\b|\b(?:unusable|useless|wrong|late|broken|missing|failed|down)\s+again\b",
    re.I,
)


def harsh_left(text: str, named: list[str] = ()) -> list[str]:  # type: ignore[assignment]
    """The blame, verdict, absolute or sarcasm words a softer version still says, and the phrases the manager named as
    too harsh that it still says, read off the output."""
    found = [m.group(0) for m in _HARSH_LEFT_RE.finditer(text)]
    found += [x for x in named if re.search(rf"(?i)\b{re.escape(x)}\b", text)]
    return list(dict.fromkeys(found))


# --- firmer ---------------------------------------------------------------------------------------------------------

_SOFT_LEAD_RE = re.compile(
    r"^(?:(?:hey|hi|hello)\b[!,.]*\s*)?(?:(?:(?:so |really )?sorry to (?:bother|chase|nag|pester) you(?: again)?|(?:so |really )?sorry to be (?:a |such a )?(?:pain|nuisance|bother|nag)(?: again)?|no worries if not|I know (?:you'?re|you are) (?:super |really |very |so )?(?:busy|swamped|slammed|stretched)|not to be a pain|(?:so |really )?sorry(?: to (?!say\b)\w+(?: you)?(?: again)?)?|I hate to (?:ask|chase|bother you)|hope (?:you'?re|you are|all is) (?:well|good)|(?:I )?hope (?:it'?s|this is) (?:ok|okay|fine|alright) to ask|(?:I'?m )?not sure if (?:this|that) is possible|(?:just )?checking in|if (?:it'?s|it is) not too much (?:trouble|hassle|bother))\s*[,;:.!-]*\s*(?:but|so|and)?\s*)+",
    re.I,
)
_HEDGED_ASK_RE = re.compile(
    r"^(?:(?:I was|I'm|I am|we were|we're|just)\s+)*(?:just\s+)?wondering\s+(?:if|whether)\s+(?P<x>(?:you\s+)?(?:maybe\s+)?(?:had|have|got) a chance to .+?)\??$"
    r"|^would it (?:maybe |perhaps |possibly )?be (?:possible|ok|okay|alright|feasible) (?:for you )?to\s+(?P<y>.+?)\??$"
    r"|^(?:could|can|would) you (?:maybe |possibly |perhaps |please |kindly )*be able to (?:maybe |possibly )?(?P<s>.+?)\??$"
    r"|^would you mind (?:maybe |possibly |perhaps )?(?P<m>\w+ing\b.*?)\??$"
    r"|^(?:could|can) we (?:maybe |possibly |perhaps )+(?P<q>.+?)\??$"
    r"|^(?:to see )?if there'?s any chance (?:that )?(?P<e>(?:the|our|my|this) [\w -]+? (?:could|can|might) be \w+ed\b.*?)\??$"
    r"|^(?:could|can|would) you (?:maybe |possibly |perhaps |please |kindly )+(?P<w>.+?)\??$"
    r"|^(?:could|can|would) you (?P<r>(?!be\b).+?\b(?:sometime|some time|at some point|soonish|when you can)\b.*?)\??$"
    r"|^(?:it|that) would be (?:really |so |super |very )?(?:great|amazing|helpful|lovely|ideal|awesome|appreciated) if you could (?:maybe |possibly |please )?(?P<u>.+?)\??$"
    r"|^you could (?:maybe |possibly |please )?(?P<t>.+?)\??$"
    r"|^(?:(?:if|when|whenever) you (?:get|have) a (?:chance|moment|sec|minute)),?\s+(?:to\s+|could you\s+|can you\s+)?(?P<v>.+?)(?:,?\s+(?:that|it) would be (?:amazing|great|lovely|helpful|awesome|ideal))?[.!?]*$",
    re.I,
)
_HAD_A_CHANCE_RE = re.compile(r"^(?:if )?(?:you )?(?:maybe )?(?:had|have|got|get) a chance to (?P<v>look at|review|check|read|go through|finish|send)\s+(?P<x>.+)$", re.I)
_BARE_CONDITION_RE = re.compile(
    r"^(?:(?:but|and|so)\s+)?(?:(?:only |just )?if (?:it'?s|it is|that'?s|that is) not (?:too )?(?:much )?(?:trouble|hassle|bother|disruptive|a problem|inconvenient|a pain)|if not,?(?: (?:totally|completely) (?:understand|get it|fine)| no worries| that'?s (?:ok|okay|fine))?|if (?:at all )?possible|"
    r"if you can|no (?:rush|pressure|worries|stress)(?: at all)?(?: though)?|(?:totally|completely) (?:understand|get it)|whenever (?:works|suits|you can|you get a chance)(?: (?:is|would be) (?:fine|great|ok|okay))?|(?:any ?time|whenever) is fine|(?:that|it) would be (?:amazing|great|lovely|awesome))[.!?]*$",
    re.I,
)
_TAIL_HEDGE_RE = re.compile(
    r",?\s+(?:(?:some ?time|at some point|soonish)(?=\s*[.?!]|\s*$)|(?:only|just) if (?:it'?s|it is|that'?s) not (?:too )?(?:much )?(?:trouble|hassle|bother|disruptive|a problem)|if (?:at all )?possible|if you can|at some point|"
    r"(?:whenever|when) you (?:get|have) a (?:chance|moment|sec)|when you can|no (?:rush|pressure) at all|(?:that|it) would be (?:amazing|great|lovely|awesome|helpful))\b[^.?!]*",
    re.I,
)


def _direct(x: str, who: str = "I") -> str:
    """'maybe get the extra GPU quota at some point' -> 'I need the extra GPU quota'; 'not schedule meetings ...' ->
    "Please don't schedule meetings ..."; 'check with me before ...' -> 'Please check with me before ...'."""
    x = re.sub(r"(?i)\b(?:maybe|perhaps|possibly|just|kindly)\s+", "", x.strip()).rstrip(" ?.!")
    x = _TAIL_HEDGE_RE.sub("", x).strip(" ,")
    again = _HEDGED_ASK_RE.match(x)  # 'whenever you get a chance, it would be great if you could ...': the ask inside
    if again:
        x = next(g for g in again.groups() if g).rstrip(" ?.!")
    had = _HAD_A_CHANCE_RE.match(x)
    if had:
        x = f"{'send' if had.group('v') == 'send' else 'review'} {had.group('x')}"
    get = re.match(r"(?i)^(?:get|have|receive) (?P<o>.+)$", x)
    if get:
        return _end(f"{who} need {get.group('o')}")
    neg = re.match(r"(?i)^(?:not|never) (?P<v>.+)$", x)
    if neg:
        return _end(f"Please don't {neg.group('v')}")
    return _end(f"Please {x[:1].lower()}{x[1:]}")


def firm_structure(sentences: list[str]) -> list[str]:
    """Firmer, clause by clause: the apologies and softeners before the ask cut, a hedged request ('would it be possible
    to ...', 'I was wondering if ...', 'could you maybe ...') said as one direct ask, a bare condition left behind
    ('Only if it's not too much trouble.') dropped, and a standing rule said as one from now on."""
    out: list[str] = []
    for x in sentences:
        y = _SOFT_LEAD_RE.sub("", x.strip()).strip(" ,;")
        if not y or _BARE_CONDITION_RE.match(y):
            continue
        m = _HEDGED_ASK_RE.match(y)
        if m and m.lastgroup not in ("m", "q", "e") and re.match(r"(?i)(?:(?:maybe|perhaps|possibly),?\s+)?(?:the|a|an|our|my|your|this|that|these|those|there|it|it'?s|we|they|he|she|I|any|some)\b|(?:(?:maybe|perhaps|possibly),?\s+)?(?:consider|think about|discuss|talk about|explore|look into|agree)\s+(?:whether|if|on)\b", next(g for g in m.groups() if g)):
            m = None  # 'wondering if the sample could be ready', 'if there's any news': tools.rewrite's firm rules say these
        if m and m.group("m"):  # 'would you mind reviewing my doc': review it
            first, _, rest = m.group("m").partition(" ")
            y = _direct(f"{_base_of_ing(first.lower())} {rest}")
        elif m and m.group("q"):  # 'could we possibly push the review to Thursday': a proposal, said as one
            y = _end("Let's " + re.sub(r"(?i)\b(?:maybe|perhaps|possibly)\s+", "", _TAIL_HEDGE_RE.sub("", m.group("q"))).rstrip(" ?.!"))
        elif m and m.group("e"):  # 'any chance the access request could be approved': approve it
            e = re.match(r"(?i)(?P<x>.+?) (?:could|can|might) be (?P<v>\w+ed)\b(?P<rest>.*)$", m.group("e"))
            y = _direct(f"{_base_of_ed(e.group('v'))} {e.group('x')}{e.group('rest')}") if e else y
        elif m:
            said = next(g for g in m.groups() if g)
            y = _direct(said, "We" if re.search(r"(?i)\bwe (?:could|can|might)\b", y[: m.start(m.lastindex or 0)]) else "I")
        else:
            cut = _end(_cap(_TAIL_HEDGE_RE.sub("", y).strip(" ,")))
            y = y if not cut or is_fragment(cut) or re.search(r"(?i)\b(?:that|if|to|and|but|so)[.!?]$", cut) else cut  # 'A gentle reminder that.': the cut left no sentence
        if y and re.match(r"(?i)^please (?:don'?t|check with|ask|talk to|tell|loop|run|clear)\b", y) and re.search(r"(?i)\b(?:before|first|over|without)\b", y) and not re.search(r"(?i)\b(?:by|from now on|going forward|from today)\b", y):
            y = "From now on, p" + y[1:]  # a standing rule: from now on is its date
        if y and not is_fragment(y):
            out.append(y)
    return out


# The ask said as an instruction, the last hedges gone: 'could your drivers maybe try to switch on the GPS units?' ->
# 'Please make sure your drivers switch on the GPS units.'; 'Could you possibly fill in the sheet?' -> 'Please fill in the sheet.'
_FIRM_HEDGE_RULES: tuple[tuple[str, "str | Callable[[re.Match[str]], str]"], ...] = (
    (r"(?:^|,?\s+and\s+|(?<=,)\s*)I (?:hate|don'?t like|don'?t want to be) (?:saying no|to say no|doing this|to do this|to ask|to chase|being difficult|difficult|the bad guy)\s*,?\s*(?:but\s+)?",
     lambda m: ", but " if m.start() else ""),  # the writer's reluctance: the ask stays
    (r"\bplease not\b", "please don't"),
    (r"^(?:again|once again|also|so|and|but|anyway)\b,?\s+(?=\w)", ""),  # what an apology cut in front of the ask left behind
    (r"\b(?:maybe|possibly|perhaps|kindly|hopefully)\b,?\s*", ""),
    (r"\bjust\s+(?!(?:in time|in case|now|before|after|one|a few)\b)", ""),
    (r"\btry (?:to|and)\s+(?=[a-z]+\b)", ""),
    (r"\b(you|them|him|her|everyone) to be able to\s+(?=[a-z]+\b)", r"\1 to "),
    (r",?\s*\b(?:if (?:at all )?possible|if you can|at some point|some ?time soon|when(?:ever)? you (?:get|have) (?:a )?(?:chance|moment|sec|minute)|no worries if not)\b", ""),
)
_YOU_ASK = r"^(?:please,?\s+)?(?:could|can|would|will) you\s+(?:please\s+)?(?!(?:be|let me know if|tell me if|mind)\b)(?P<rest>[a-z]+\s.+?)[?.!]*$"
_FIRM_ASK_RULES: tuple[tuple[str, str], ...] = (
    (r"^(?:please,?\s+)?(?:could|can|would|will) (?:everyone|everybody|all of you|you all)\s+(?:please\s+)?(?P<rest>[a-z].+?)[?.!]*$", r"Everyone needs to \g<rest>."),
    (r"^(?:please,?\s+)?(?:could|can|would|will) (?P<who>your [\w-]+(?: [\w-]+)?|the (?:[\w-]+ )?(?:team|shift|crew|drivers|analysts|engineers|staff|vendor|contractors|annotators|labell?ers|reviewers|leads|managers|on-call))\s+(?:please\s+)?(?P<rest>[a-z].+?)[?.!]*$", r"Please have \g<who> \g<rest>."),
    (_YOU_ASK, r"Please \g<rest>."),  # 'Can you help?' alone stays a question
)


def firm_words(sentence: str, hedged: bool = False) -> str:
    """Firmer, word by word: the hedges left in a sentence ('maybe', 'try to', 'if possible') cut and a request asked as
    a question said as a plain instruction ('Could you send it by Fri?' -> 'Please send it by Fri.')."""
    y = sentence.strip()
    for pattern, said in _FIRM_HEDGE_RULES:
        y = re.sub(pattern, said, y, flags=re.I)
    cut = y != sentence.strip()
    for pattern, said in _FIRM_ASK_RULES if hedged or cut else ():  # a hedged message: its request said as the instruction it is
        y = y if pattern == _YOU_ASK and not cut else re.sub(pattern, said, y, flags=re.I)  # 'Could you send it by Thu?' alone is fine
    y = re.sub(r"\s{2,}", " ", re.sub(r"\s+([,.;?!])", r"\1", y)).strip(" ,;")
    return _end(_cap(y)) if y and not is_fragment(_end(_cap(y))) else sentence


_ORDINALS = {"2": "second", "3": "third", "4": "fourth", "5": "fifth", "6": "sixth", "twice": "third", "two": "third", "three": "fourth", "four": "fifth"}
_ASKED_BEFORE_RE = re.compile(
    r"\b(?:(?:it'?s|it is|this is|this'?ll be|that'?s)\s+(?:now\s+)?(?:the\s+|my\s+|our\s+)?(?P<n>second|third|fourth|fifth|sixth|[2-6](?:nd|rd|th))\s+time\s+(?:(?P<who>I|we)(?:'ve| have)?\s+)?ask(?:ed|in'?g?)?"
    r"|(?P<n2>[2-6](?:nd|rd|th)|second|third|fourth|fifth)\s+(?:time\s+)?(?:ask(?:ed|in'?g?)?|request|reminder|chase)"
    r"|(?P<who2>I|we)(?:'?ve| have)?\s+(?:already\s+)?asked\s+(?:them\s+|him\s+|her\s+|you\s+)?(?P<n3>twice|two times|three times|four times)(?:\s+(?:already|before|now))?)\b",
    re.I,
)


def times_asked(instruction: str) -> str:
    """The manager's count of asks said to the reader ("it's the third time I've asked", '3rd time askin', "I've asked
    twice already" -> "This is the third time I've asked."); '' when the instruction gives no count."""
    m = _ASKED_BEFORE_RE.search(instruction or "")
    if m is None:
        return ""
    n = (m.group("n") or m.group("n2") or m.group("n3")).lower()
    n = _ORDINALS.get(n[:1] if n[:1].isdigit() else n.split()[0], n)
    who = (m.group("who") or m.group("who2") or "I").lower()
    return f"This is the {n} time {'I' if who == 'i' else 'we'}'ve asked."


_COUNT_OF_RE = re.compile(
    r"\b(?P<n>second|third|fourth|fifth|sixth|[2-6](?:nd|rd|th))\s+(?:(?P<miss>miss(?:ed (?:date|deadline))?|slip|late delivery)|time\s+(?P<when>this (?:week|month|quarter|sprint|year)|in (?:a|two|three) (?:weeks?|months?)))\b", re.I
)


def times_counted(instruction: str) -> str:
    """The count the manager gives beside the message, said to the reader: of asks ("This is the third time I've
    asked."), of misses ('third miss' -> 'This is the third missed date.') or of the thing itself ('second time this
    month' -> 'This is the second time this month.'); '' when the instruction gives none."""
    asked = times_asked(instruction)
    m = _COUNT_OF_RE.search(instruction or "") if not asked else None
    if m is None:
        return asked
    n = m.group("n").lower()
    n = _ORDINALS.get(n[:1], n) if n[:1].isdigit() else n
    return f"This is the {n} missed date." if m.group("miss") else f"This is the {n} time {m.group('when').lower()}."


# --- shorter --------------------------------------------------------------------------------------------------------

# A reference back to an earlier talk ('as we discussed at some length last Tuesday', 'which we covered in standup').
_NOT_A_VERB = r"(?:\s+(?!(?:is|are|was|were|will|has|have|had|needs?|should|can|could|would|must|goes|starts|moves|needs|stays|won'?t|isn'?t)\b)[\w'’-]+)*"  # a clause's words, up to the main verb
_AS_DISCUSSED = r",?\s*\bas (?:we|I|you and I|we all)(?: had)?(?: (?:briefly|already|just))? (?:discussed|mentioned|talked about|agreed|said|covered|flagged|went over)\b" + _NOT_A_VERB + r"(?:,(?=\s)|(?=[.;!?]|$))"
_WHICH_DISCUSSED = r",?\s*\b(?:which|that) (?:we|I)(?: had)? (?:briefly |already )?(?:talked about|discussed|covered|mentioned|flagged|went over)\b" + _NOT_A_VERB + r"(?:,(?=\s))?"
_FILLER_CLAUSES: tuple[tuple[str, str], ...] = (
    (r"^(?:so|well|ok so|okay so|anyway)\b,?\s+", ""),
    (r"\b(?:as|like) (?:you|some of you|many of you|most of you|we all|you all|I'?m sure you(?: all)?|I am sure you(?: all)?|everyone) (?:probably |may |might |will |already )?(?:know|remember|recall|are aware|heard)\b,?\s*", ""),
    (r"\b(?:as I am sure|as I'?m sure) (?:you(?: all)?|everyone) (?:know|knows|remember)s?\b,?\s*", ""),
    (r",?\s*(?:as|than) (?:we|I) (?:had |have )?(?:originally |initially |first |all )?(?:hoped|planned|expected|thought|intended|wanted|promised)(?: (?:for|to))?\b", ""),
    (r"\bit turns out(?: that)?,?\s*", ""),
    (r"\b(?:unfortunately|sadly|basically|essentially|actually|honestly|obviously|really|just|very|quite|a bit|somewhat)\b,?\s*", ""),
    (r"\b(?:some )?unexpected\s+(?=problems|issues|delays|trouble)", ""),
    (r",?\s*which (?:basically |essentially )?(?:means|meant)(?: that)?\s+", ", so "),
    (r",?\s*and as a result,?\s+", ", so "),
    (r"\bas a result,?\s+", "so "),
    (r"\bin order to\b", "to"),
    (r"^(?:however|that said|that being said|having said that),?\s+", ""),
    (r"\bdue to a (?:number|variety|range|couple) of (?:factors|reasons|issues|things),? (?:including|such as|like)\s+", "due to "),
    (r"\bwe (?:have |'ve )?decided to\s+", "we will "),
    (r"\bwe (?:now )?(?:think|believe|expect) (?:that )?(?P<x>the [\w -]+?|it) will (?:likely |probably )?be\b", r"\g<x> should be"),
    (r"\bwe are now expecting (?P<x>the [\w -]+?|it) to be\b", r"\g<x> is now expected to be"),
    (r"\bwe are now expecting\b", "we now expect"),
    (r"\bhave been working (?:really |very )?hard on\b", "have been working on"),
    (r"\bfor the past few\b", "for a few"),
    (r",?\s*so that the team can\b", " while we"),
    (r"\b(?:in|during) that window\b", "then"),
    (r"\bI wanted to let you (?:all )?know(?: that)?,?\s+", ""),
    (r"\bplease do let me know\b", "let me know"),
    (r"\bwould go live in\b", "was due in"),
    (r"^(?:we|I) (?:said|told you|mentioned|announced) (?:that )?(?=the\b)", ""),
    (r"\s+(?:properly|fully|completely|carefully)(?=[.,;]|$)", ""),
    (r"\bgive ourselves enough time to\b", "have time to"),
    # a reference back to an earlier talk, a heads-up run-up, a hedge: the reader needs none of them to act
    (_AS_DISCUSSED, ""),
    (r"^as (?:discussed|mentioned|agreed|promised)\b(?: [^,.;!?]*?)?,\s*", ""),
    (_WHICH_DISCUSSED, ""),
    (r"^(?:I\s+)?(?:just\s+)?(?:wanted|want|thought I'?d|am writing|'m writing)\s+to\s+(?:reach out (?:and|to)\s+)?(?:give you (?:a |an )?(?:quick |short |brief )?heads[- ]?up|let you know|flag|tell you|remind (?:you|everyone|you all|all of you)(?: all)?)\s*,?\s*(?:that\s*,?\s*|(?=(?:the|our|we|I|it|this|at)\b))", ""),
    (r"^at this (?:point|moment) in time,?\s*", ""),
    (r"^(?:just )?(?:a )?(?:quick |short |brief )?(?:note|line|heads[- ]?up) to (?:let you know|say|flag|tell you|confirm)(?: that)?,?\s*(?=\w)", ""),
    (r"\s*\bat this (?:point|moment) in time\b,?", ""),
    (r"^(?:I am|I'm|I'?m just) writing to (?:follow up|check in|circle back) (?:on|about|regarding)\s+", "Following up on "),
    (r"\b(we|I) (?:are|am|'re|'m) going to need to\b", r"\1 need to"),
    (r"^(?:here are |just )?(?:a )?(?:few|couple of) (?:quick |short |small )?(?:things|updates|notes|points)\b[^:.!?]*:?$", ""),
    (r",?\s*\bif (?:at all )?possible\b", ""),
    (r"\b((?:problem|issue|question|concern)s?) at all\b|\s+at all(?=\s*[.!?]*$)", r"\1"),
    (r"\bso that (?:we|I) can\b", "to"),
    (r"\bshould hopefully\b|\bhopefully will\b|\bwill hopefully\b", "should"),
    (r",?\s*\bhopefully\b,?", ""),
    (r"\bprobably (?=(?:around|about|roughly)\b)", ""),
    (r"\bbetween (\d{1,2}) and (\d{1,2}) in the morning\b", r"from \1 to \2am"),
    (r"\bfor (?:around |about |roughly |approximately )?(?:an? |one |two |three |four |\d+ )?hours?\s+(?=(?:(?:on|this|next|tomorrow) [^,.;]{0,30}?\s)?(?:from|between) \d)", ""),  # the length said twice: the window says it
    (r"\bbetween (\d{1,2}) and (\d{1,2}) in the (?:afternoon|evening)\b", r"from \1 to \2pm"),
    (r",?\s*as (?:it|they) (?:always )?(?:has|have) (?:always )?been\b", ""),
    (r",?\s*(?:it|this|that) (?:really )?(?:does |would )?helps? (?:us )?(?:a lot|loads|massively|hugely|enormously|so much)\b", ""),
    (r"\b(?:in advance|so much|very much)(?=\s*[.!]|$)", ""),
)
# A preamble that only names the topic ('I wanted to take a moment to give a bit of context on where we are with the
# biomass estimation model for the pens.'): its topic is the named thing the rest must keep.
_PREAMBLE_RE = re.compile(
    r"^(?:(?:hi|hello|hey)(?: all| everyone| team)?,?\s+)?(?:I\s+)?(?:just\s+)?(?:wanted|want|would like|thought I'?d)\s+to\s+(?:take a (?:quick |short )?(?:moment|minute|second) to\s+|reach out(?: and| to)?\s+|quickly\s+)*"
    r"(?:(?:give|share|send|provide|offer)\s+(?:you|everyone|you all|all of you)?\s*(?:a\s+)?(?:bit of |quick |short |brief )?(?:status |progress )?(?:context|update|overview|heads-?up|status|background|summary)\s+(?:on|about|regarding)"
    r"|(?:quickly\s+)?(?:let|tell)\s+(?:you|everyone|you all|all of you)(?: all)?(?:\s+know)?(?:\s+(?:about|on))?|update\s+(?:you|everyone)(?: all)?\s+on)\s+"
    r"(?:where (?:we are|things stand|things are|we stand)\s+(?:with|on)\s+|how (?:things are going|we'?re doing|we are doing)\s+(?:with|on)\s+)?(?P<t>[^.!?]+?)[.!]*$",
    re.I,
)
# A sentence that carries no news for a shorter message: an apology, the effort story with no figure.
_NO_NEWS_RE = re.compile(
    r"^(?:(?:I am|I'm|we are|we're) (?:really |so |very |truly )?sorry(?: about (?:this|that|the delay))?[.!]*$"
    r"|(?:(?:we'?re |I'?m |we are |I am )?(?:really |so )?sorry for (?:the|any) (?:inconvenience|delay|trouble|disruption|confusion)|thanks (?:so much |again )?for (?:your|bearing|being)\b)(?![^.]*\d)[^.]*[.!]*$"
    r"|(?:as you (?:probably |may )?know,?\s+)?(?:we|I|the team)(?:'ve| have| has) been working (?:really |very |so |incredibly )?(?:hard )?on (?:it|this)\b(?![^.]*\d)[^.]*[.!]*$)",
    re.I,
)
_KNOWN_RE = re.compile(r"^(?:as (?:you|some of you|many of you|most of you) (?:know|may know|may remember|will remember|might remember|may recall|might recall|will recall)|as you'?re aware)\b", re.I)
_HEADS = r"(?:model|service|pipeline|project|system|tool|engine|dashboard|migration|launch|feed|classifier|forecaster|session|review|spec|report|rollout|pilot)"


_DATED_NEWS_RE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def topic_of_preamble(sentence: str) -> str:
    """The thing a preamble sentence names ('the biomass estimation model for the pens'), or ''."""
    m = _PREAMBLE_RE.match(sentence.strip())
    return m.group("t").strip() if m else ""


def _named(topic: str, sentences: list[str]) -> list[str] | None:
    """The first 'the model' (or 'it' opening the first sentence) after a cut preamble said as the thing it names;
    None when no sentence has a place for it."""
    head = re.search(rf"(?i)\b{_HEADS}s?\b", topic)
    thing = topic if re.match(r"(?i)(?:the|our|my)\s", topic) else f"the {topic}"
    out = list(sentences)
    for i, x in enumerate(out):
        if head and re.search(rf"(?i)\bthe {re.escape(head.group(0))}\b", x):
            out[i] = re.sub(rf"(?i)\bthe {re.escape(head.group(0))}\b", thing, x, count=1)
            return out
    if out and re.match(r"It\b", out[0]) and not _DUMMY_IT_RE.match(out[0]):
        out[0] = _cap(thing) + out[0][2:]
        return out
    return None


# A clause that carries background, not the news: an aside ('which is roughly in line with last year'), a cause
# ('mostly because the parquet schema changed'), a purpose ('so the team can rest'). Shorter, past the filler, these go
# one by one (the one with least in it first) until the length is reached; one with a figure or a date stays.
_ASIDE_RE = re.compile(r",\s*(?:which|who)\b[^,.;!?]*|,?\s+(?:(?:mostly|mainly|partly|largely|probably) )?because\b[^,.;!?]*|,?\s+so that\b[^,.;!?]*|\s*\([^)]*\)", re.I)
_FACT_IN_RE = re.compile(r"\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:tomorrow|tonight|today)\b|\b(?:never|can'?t|cannot|won'?t|risk|unless|otherwise|still|until|blocks?|blocked|remains?|needs?)\b", re.I)


_REFERENCE_BACK_RE = re.compile(_AS_DISCUSSED + "|" + _WHICH_DISCUSSED, re.I)


def cut_asides(sentences: list[str], target: int) -> list[str]:
    """The asides of the sentences cut, the one with least in it first, until the words are at most `target`; an aside
    with a figure, a date or a negation stays."""
    out = list(sentences)
    count = lambda: sum(len(re.findall(r"[\w'’-]+", x)) for x in out)
    while count() > target:
        found = [(i, m) for i, x in enumerate(out) for m in _ASIDE_RE.finditer(x) if not _FACT_IN_RE.search(m.group(0)) and len(x[: m.start()].split()) >= 3]
        if not found:
            break
        i, m = min(found, key=lambda f: -len(f[1].group(0).split()))  # the longest aside first: the most words for one cut
        out[i] = _end(re.sub(r"\s+,", ",", (out[i][: m.start()] + out[i][m.end() :]).strip()))
    return out


def shorten_structure(sentences: list[str]) -> list[str]:
    """Shorter, clause by clause: a preamble that only names the topic goes (its named thing moved into the sentence
    that says 'the model'), then the filler clauses ('as many of you know', 'as we had originally hoped', 'it turns out
    that', 'which meant that') are cut or said in fewer words."""
    topic, preamble = "", ""
    out = []
    for x in sentences:
        t = topic_of_preamble(x) if not topic else ""
        if t and re.match(r"(?i)(?:the|our|my)\s", t):
            topic, preamble = t, x
            continue
        if _KNOWN_RE.match(x) and _DATED_NEWS_RE.search(x):  # 'As you may remember, we start on 11 January': the date is news (a year of history is not)
            x = _cap(_KNOWN_RE.sub("", x).lstrip(" ,"))
        if _NO_NEWS_RE.match(x) or (_KNOWN_RE.match(x) and not re.search(r"(?i)\b(?:done|finished|complete|completed|live|shipped|launched|resolved|fixed|now)\b", x)):
            continue  # an apology, the effort story, or background the reader already has
        asked = _HEDGED_ASK_RE.match(x.strip())
        said = next((g for g in asked.groups() if g), "") if asked else ""
        y = _direct(said) if said and not re.match(r"(?i)(?:(?:maybe|perhaps),?\s+)?(?:the|a|an|our|my|your|this|that|these|there|it|it'?s|we|they|I|any|some)\b", said) else x  # a hedged ask: the ask
        for pattern, plain in _FILLER_CLAUSES:
            y = re.sub(pattern, plain, y, flags=re.I)
        y = re.sub(r"\s+,", ",", re.sub(r"\s{2,}", " ", y)).strip(" ,")
        y = re.sub(r",\s*so\s+so\b", ", so", y)
        if y.count(", so ") > 1:  # 'which meant ...' and 'as a result ...' both said as 'so': the first is 'and'
            y = y.replace(", so ", " and ", 1)
        out.append(_end(_cap(y)) if y else "")
    out = [x for x in out if x]
    named = _named(topic, out) if topic else None
    if named is not None:
        return named
    return ([f"Quick update on {topic}." if not re.search(r"\d", topic) else preamble] if preamble else []) + out  # no place to name it: the topic line tools.rewrite labels the message with


# --- the check ------------------------------------------------------------------------------------------------------

_VERB_RE = re.compile(r"\b(?:is|are|was|were|be|been|am|has|have|had|do|does|did|can|could|will|would|should|must|may|might|need|needs|let|'s|'re|'ll|'ve|'d|n't)\b|\w+(?:ed|es|ing)\b", re.I)
_FRAGMENT_WORDS = frozenset("only just again also maybe perhaps still even though so and but or then too anyway otherwise possibly hopefully".split())
_FRAGMENT_OK_RE = re.compile(r"^(?:thanks|thank you|cheers|best|regards|sorry|congrats|welcome|noted|agreed|done|yes|no)\b", re.I)


def is_fragment(sentence: str) -> bool:
    """A sentence that cannot stand on its own: a word or two with no verb ('Only.'), or a lone condition ('If it is not
    too much hassle.')."""
    x = sentence.strip()
    words = re.findall(r"[\w'’]+", x)
    if not words or _FRAGMENT_OK_RE.match(x) or re.search(r"\d", x) or ":" in x:
        return False
    if len(words) <= 2 and not _VERB_RE.search(x) and words[0].lower() in _FRAGMENT_WORDS:
        return True
    return bool(re.match(r"(?i)^(?:only |just )?if\b[^,]*[.!]$", x))


_HEDGE_RE = re.compile(
    r"\b(?:would it (?:maybe |perhaps )?be possible|is there any chance|any chance|if you (?:get|have) a (?:chance|moment|sec)|whenever you (?:can|get)|when you can|at some point|no worries|no rush|no pressure|"
    r"wondering|maybe|perhaps|possibly|sorry|hate to ask|(?:would|could) you be able to|some ?time|soonish|I know you'?re (?:\w+ )?busy|only if|too much (?:trouble|hassle)|if (?:at all )?possible|totally (?:understand|get))\b|\bjust\b",
    re.I,
)

_NAMED_THING_RE = re.compile(rf"\b(?:the|our|this|that|a|an|your)\s+(?P<x>(?!(?:the|our|this|that|a|an|your)\b)(?:[A-Za-z][\w-]*\s+){{1,3}}{_HEADS})\b", re.I)


def named_things(text: str) -> list[str]:
    """The things a message names that a rewrite must keep: 'biomass estimation model', 'fraud scoring service'."""
    return list(dict.fromkeys(m.group("x") for m in _NAMED_THING_RE.finditer(text)))


def goal_misses(goal: str, original: str, sentences: list[str], *, shorter: bool = False) -> list[str]:
    """What the rewrite still misses of the goal, read off the result sentence by sentence: a line that still reads as
    an ultimatum, threat, order or blame (softer); a hedge (firmer); a fragment; a named thing the cut lost. Each item
    says what is left so the answer never shows the rewrite as done."""
    out = []
    if goal == "soften":
        for x in sentences:
            flags = tone_flags(x)
            if flags:
                out.append(f"'{x[:60].rstrip()}' still reads as {flags[0]}")
    if goal == "firm":
        for x in sentences:
            h = _HEDGE_RE.search(x)
            if h:
                out.append(f"'{h.group(0)}' still hedges the ask")
                break
    for x in sentences:
        if is_fragment(x):
            out.append(f"'{x}' is a fragment, not a sentence")
    if goal == "tighten" or shorter:
        said = " ".join(sentences).lower()
        for thing in named_things(_REFERENCE_BACK_RE.sub("", original)):  # 'as we discussed in the last ops review': no thing to keep
            if thing.lower() not in said:
                out.append(f"the {thing} is no longer named")
    return out


_DUMMY_IT_RE = re.compile(r"^It(?:'s| is| was| would be| will be)? (?:[\w-]+ ){0,2}?(?:great|good|nice|worth|important|helpful|hard|easy|possible|likely|time|clear|true)\b", re.I)


def it_named_from_cut(kept: list[str], full: list[str]) -> list[str]:
    """A kept sentence opening with 'It' whose sentence before it was cut ('The quarterly planning session is coming up.
    It will be on Tuesday ...'): 'It' said as the thing the cut sentence named."""
    out = list(kept)
    for i, x in enumerate(out):
        if not re.match(r"It\s+(?:will|is|was|has|had|'s|should|can|starts?|runs?|takes?)\b", x) or _DUMMY_IT_RE.match(x) or x not in full:
            continue
        at = full.index(x)
        before = full[at - 1] if at else ""
        thing = _NAMED_THING_RE.search(before) if before and before not in out else None
        if thing:
            out[i] = f"The {thing.group('x')}{x[2:]}"
    return out
