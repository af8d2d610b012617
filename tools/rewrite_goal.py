"""The structural half of a rewrite and its check: each sentence read for what it does (an ultimatum, an order to
the reader, a sweeping 'you always', a hedged request, a preamble, a bare fragment) and said again in the form the
goal asks for, then the result checked against that goal (the flagged lines gone, the length reached, no hedge left,
the named things kept). Word-level rules live in `tools.rewrite`; this module works on whole clauses.
"""

from __future__ import annotations

import re

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


# --- firmer ---------------------------------------------------------------------------------------------------------

_SOFT_LEAD_RE = re.compile(
    r"^(?:(?:hey|hi|hello)\b[!,.]*\s*)?(?:(?:sorry to (?:bother|chase|nag|pester) you|no worries if not|I know (?:you'?re|you are) (?:super |really |very |so )?(?:busy|swamped|slammed|stretched)|not to be a pain|(?:so |really )?sorry(?: to (?!say\b)\w+(?: you)?(?: again)?)?|I hate to (?:ask|chase|bother you)|hope (?:you'?re|you are|all is) (?:well|good)|(?:I )?hope (?:it'?s|this is) (?:ok|okay|fine|alright) to ask|(?:I'?m )?not sure if (?:this|that) is possible|(?:just )?checking in|if (?:it'?s|it is) not too much (?:trouble|hassle|bother))\s*[,;:.!-]*\s*(?:but|so|and)?\s*)+",
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


# --- shorter --------------------------------------------------------------------------------------------------------

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
    (r"\bI wanted to let you (?:all )?know(?: that)?\s+", ""),
    (r"\bplease do let me know\b", "let me know"),
    (r"\bwould go live in\b", "was due in"),
    (r"^(?:we|I) (?:said|told you|mentioned|announced) (?:that )?(?=the\b)", ""),
    (r"\s+(?:properly|fully|completely|carefully)(?=[.,;]|$)", ""),
    (r"\bgive ourselves enough time to\b", "have time to"),
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

_NAMED_THING_RE = re.compile(rf"\b(?:the|our|this|that|a|an|your)\s+(?P<x>(?:[A-Za-z][\w-]*\s+){{1,3}}{_HEADS})\b", re.I)


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
        for thing in named_things(original):
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
