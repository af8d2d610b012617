"""Rewriting the manager's own message toward the goal they name: shorter (filler and stories cut to the stated
limit, or about half), softer (the problem instead of the person, a request with its why, an offer of help),
firmer (hedges and apologies cut, the ask with its date and what happens if it is missed) or plainer (jargon
explained); every number, date, name and ask kept. What changed is computed from the two texts, and a goal the
rewrite still misses is said, not claimed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from lead_core.number_words import digits

from tools.reader_check import theirs_as_yours
from tools.reader_voice import Reader
from tools.rewrite_goal import base_of_ing, cut_asides, firm_structure, firm_words, harsh_left, named_harsh, soften_words, times_counted, without_named, goal_misses, is_fragment, it_named_from_cut, participle, shorten_structure, soften_structure
from tools.message import (
    _DATE_MENTION_RE,
    _NAMED_DAY_RE,
    _PLEASANTRY_RE,
    ASK_RE,
    BULLET_MARK,
    JARGON_RE,
    WORD_RE,
    DraftedMessage,
    DraftInput,
    LintInput,
    LintReport,
    _resolve_date,
    _within,
    lint_message,
    polish,
    restate,
)

Rule = tuple[str, "str | Callable[[re.Match[str]], str]"]  # (pattern, replacement or a function of the match), matched case-insensitively


def _emoji_break(m: re.Match[str]) -> str:
    """An emoji between two thoughts ends the first ('. '), unless what comes before it on its line is a heading of a
    few words ('one miss 😬 bonfire night weekend, ...' -> 'one miss: bonfire night weekend, ...')."""
    line = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()]
    return ": " if 0 < len(line.split()) <= 3 and not re.search(r"[.,;:!?]", line) else ". "


def _not_checked(m: re.Match[str]) -> str:
    """'nobody checked the Scotland stores' -> 'the Scotland stores weren't checked' (the step that was missed)."""
    x = m.group("x")
    plural = x.lower().endswith("s") and not x.lower().endswith("ss")
    return f"{x} {'weren' if plural else 'wasn'}'t {m.group('v').lower()}"


# Tone, for every goal: wording that reads as harsh, impatient, certain or padded.
_TONE_RULES: tuple[Rule, ...] = (
    (r"\bno way\b", "we can't"),
    (r"\b(?:this|that|it) is (?:unacceptable|ridiculous|a joke|absurd|a mess)\b", "this isn't where it needs to be"),
    (r"\b(?:I'm|I am) (?:really |so |very )?(?:disappointed|frustrated|annoyed|fed up|upset)\b", "I'm concerned"),
    (r"\bas I(?: have|'ve)? (?:already )?(?:said|told you|mentioned|explained|pointed out)(?: (?:before|several times|a few times|many times|more than once|twice|repeatedly|previously))?\b,?\s*", ""),
    (r"^(?:as )?per my (?:last|previous|earlier) (?:email|e-mail|message|note|mail)\b,?\s*", ""),
    (r"^as (?:previously|already) (?:mentioned|stated|discussed|noted)\b,?\s*", ""),
    (r"\b(?:obviously|clearly|frankly|literally|seriously|honestly)\b,?\s*", ""),
    (r"\b(is|are|was|were) (?:just |completely |totally |absolutely |utterly |frankly )?useless\b", lambda m: {"is": "isn't usable yet", "are": "aren't usable yet", "was": "wasn't usable", "were": "weren't usable"}[m.group(1).lower()]),
    (r"(?<!\bthis )(?<!\bthat )(?<!\bit )(?<!\bthey )\b(is|are|was|were) (?:just |completely |totally |absolutely |utterly |frankly )?(?:rubbish|junk|garbage|crap|a mess|a shambles|a joke)\b",
     lambda m: f"{m.group(1)} not working as well as {'they' if m.group(1).lower() in ('are', 'were') else 'it'} should"),  # 'your slot planning is rubbish': the work, said without the insult
    (r"\bthat'?s why (your [\w -]+? (?:is|are) not working as well as it should)\b", r"that's partly why \1"),
    (r"\b(?:terrible|awful|horrible|garbage|crap)\b", "poor"),
    (r"\b(was|is|were|are) (?:completely |totally |really |just |pretty |frankly )?(?:reckless|irresponsible|negligent|unprofessional|amateurish|careless)\b",
     r"\1 a bigger risk than we can take"),  # 'pushing on a saturday night with no eval was reckless': the risk, not the verdict
    (r",?\s*\b(?:full stop|end of story|no excuses|no exceptions|end of discussion)\b(?=\s*[.!]|\s*$)|(?:,|\s[-–—])\s*period\b(?=\s*[.!]|\s*$)", ""),  # 'the Christmas period.' is no door slammed  # a door slammed after the rule
    (r"\b(?:sloppy|lazy)\b", "rushed"),
    (r"\b(?:stupid|dumb)\b", "avoidable"),
    (r",?\s*(?:but|and)?\s*(?:we'?re|I'?m|we are|I am) not (?:100% |completely |totally |entirely )?sure\b(?!\s+(?:why|what|how|where|when|who|if|whether)\b)", ", but that isn't certain"),
    (r"\b(?:definitely|certainly|for sure|without (?:a )?doubt|100% sure)\b\s*", ""),
    (r",?\s*\bno problem\b", ""),
    (r",?\s*\bguaranteed\b(?=\s*(?:[.!?]|$))", ""),
    (r"\bguaranteed\b", "expected"),
    (r"\bguarantee\b", "expect"),
    (r"\b(?:we'll|we will) (?=(?:have(?! to\b)|ship|deliver|launch|finish|be|get)\b)", "we're likely to "),
    (r"\bwill (?:definitely |certainly )?be (live|ready|done|shipped|launched|out|finished|complete|in production)\b", r"will likely be \1"),
    (r"\b(?:I )?(?:just )?wanted to (?:gently |quickly |briefly )?(?:reach out|touch base|follow up|check in)(?: again)?(?: with you)?(?: to (?:follow up|check in))?(?: again)?\s*(?:on|about|regarding)\s+", "Following up on "),
    (r"\b(?:I )?(?:just )?wanted to (?:reach out|touch base|follow up|check in)(?: with you)?[.,]?\s*", ""),
    (r"\bin order to\b", "to"),
    (r"\bat this point in time\b", "now"),
    (r"\bdue to the fact that\b", "because"),
    (r"\bwill (?=(?:cut|reduce|increase|improve|boost|lift|save|double|halve|raise)\b)", "should "),
    (r"\byour (team|pr|change|code|export|job|deploy|migration|script|update)\s+(broke|caused|killed|took down)\b", r"the \1 \2"),
    (r"\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?(?:\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?)*\s+(?=[a-z])", _emoji_break),  # an emoji between two thoughts ends the first
    (r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?", ""),  # emoji
    (r"!+", "."),
)
# For every goal: chat shorthand written out, hype that only says 'great', arrows as words, month names capitalised.
_CLEAN_RULES: tuple[Rule, ...] = (
    (r"\s*(?<![\w:])(?:[:;=]-?[)(DPp3]+|\^_?\^|<3|xD)(?!\w)", ""),  # a smiley typed as text: ':)', ';-)', ':D'
    (r"^(?:so|ok so|okay so|anyway|anyways),?\s+(?=\w)", ""),
    (r"^(?:look|listen|see|right|honestly|frankly|seriously)\s*[,:—–-]\s*(?=\w)", ""),
    (r"^(?:a )?(?:quick |short |brief )?(?:update|news|status|progress) on ((?:the |our )?[^:.]{3,60}):\s*(?=\w)", r"\1: "),  # 'Update on X: ...' is a label, never an order
    (r"^(?:I )?(?:just )?(?:wanted|want) to (?:reach out|write|get in touch|drop you a (?:line|note))(?: to you)?,? (?:because|as|since) ", ""),  # the reason is the message
    (r"\bsomething like (?=half|a third|a quarter|double|\d)", "about "),  # 'Look, we said ...': the speaker's run-up, not the reader's name
    (r"\b(can|won|don|didn|doesn|isn|aren|wasn|weren|shouldn|couldn|wouldn|haven|hasn)t\b", r"\1't"),  # 'we cant use it': a typed contraction
    (r"\blmk\b", "let me know"),
    (r"\bqs\b", "questions"),
    (r"\bq's\b", "questions"),
    (r"\bu\b(?!\.)", "you"),
    (r"\bur\b", "your"),
    (r"\bwanna\b", "want to"),
    (r"\bgonna\b", "going to"),
    (r"\bgotta\b", "have to"),
    (r"\bpl[sz]\b", "please"),
    (r"\bthx\b|\bty\b", "thanks"),
    (r"\bppl\b", "people"),
    (r"\btmrw\b|\btmr\b", "tomorrow"),
    (r"\bb/c\b|\bbc\b(?=\s+(?:we|it|the|they|i)\b)", "because"),
    (r"\bw/o\b", "without"),
    (r"\bw/(?=\s)", "with"),
    (r"\bimo\b", "in my view"),
    (r"\btbh\b,?\s*", ""),
    (r"\b(?:kinda|sorta)\s+", ""),
    (r",?\s*\b(?:our|my) bad\b,?", ","),
    (r"\b(?:was|were|got|has been|have been) (?:all )?messed up\b", "had problems"),
    (r"\bmessed up\b", "broken"),
    (r"\blike (?=(?:a|an|one|two|three|four|five|\d+)\s+(?:day|week|month|hour|minute|year|few)s?\b)", "about "),
    (r"\b(the (?:[\w-]+ ){1,3}?)thing\b(?=\s+(?:is|was|has|had|will|isn't|wasn't|got|keeps)\b)", r"\1work"),  # 'the fraud scores thing is delayed': the work
    (r"\bby (the \d{1,2}(?:st|nd|rd|th)|[A-Za-z]{3,9} \d{1,2}|\d{1,2} [A-Za-z]{3,9})-?ish\b", r"around \1"),
    (r"\b(for|on|until|till) (the \d{1,2}(?:st|nd|rd|th)|[A-Za-z]{3,9} \d{1,2}|\d{1,2} [A-Za-z]{3,9})-?ish\b", r"\1 around \2"),
    (r"^will (?=(?:keep|update|let|send|follow|share|circle|get back)\b)", "I'll "),
    (r"^need (?=(?:a|an|the|your)\b)", "I need "),
    (r"\bfyi\b,?\s*", ""),
    (r"(?<![\w.])(\d[\d.,]*%?)\s*(?:->|→|=>)\s*(\d[\d.,]*%?)", r"from \1 to \2"),
    (r"\bfrom from\b", "from"),
    (r",?\s*which (?:is|was) (?:really |very |super |so |pretty )?(?:awesome|amazing|great|cool|nice|huge|sick|epic|exciting|sweet|neat|dope|rad|solid)\b(?:(?:\s+[a-z]+){1,2}(?=\s*[,.;!?]|$))?!*", ""),
    (r"\s*\b(?:lol|lmao|haha+|hehe|rofl|jk)\b[.!]*", ""),  # chat laughter
    (r"\btho\b", "though"),
    (r"\bprob\b(?=\s+\w)", "probably"),
    (r"\b(is |was |at |of |hits? )?like (?=\d[\d.,]*\s?%)", r"\1about "),
    (r"\b(by|around|on) ((?:the )?\d{1,2}(?:st|nd|rd|th)?(?: [A-Za-z]{3,9})?|[A-Za-z]{3,9} \d{1,2}) or so\b", r"around \2"),
)
# Corporate speech said as a person would (tone only, softer, plainer).
_PLAIN_SPEECH_RULES: tuple[Rule, ...] = (
    (r"^to whom it may concern,?\s*", ""),
    (r"\bwe (?:require|request)\b", "we need"),
    (r"\bno later than\b", "by"),
    (r"^failure to comply will (?:result in|lead to|mean) (the [\w -]+?) being (\w+(?: back| out| off)?)[.!]*$", r"Otherwise, \1 will be \2."),
    (r"^failure to (?:deliver|respond|reply|provide (?:it|them|this))(?: on time)? will (\w+)", r"If it comes later, it would \1"),
    (r"^please be advised(?: that)?,?\s*", ""),
    (r"\beffective immediately\b", "from today"),
    (r"\bmust be accompanied by\b", "need"),
    (r"^non-?compliance will be (?:escalated|reported|flagged)[.!]*$", ""),
    (r"^(?:(?:we|I) )?(?:appreciate|thank you for|thanks for) your (?:cooperation|understanding|attention|compliance)(?: in this matter)?[.!]*$", "Thanks."),
    (r"\bplease do not hesitate to (?:contact|reach out to|get in touch with) (?:me|us)\b|\bplease do not hesitate to get in touch\b", "let me know"),
    (r"\bat your earliest convenience\b", "when you can"),
    (r"\bkindly\b", "please"),
    (r"\bprior to\b", "before"),
    (r"\butili[sz](e|es|ed|ing)\b", r"us\1"),
    (r"\bin the event that\b", "if"),
    (r"\bgoing forward\b", "from now on"),
)
# Orders said as requests (every goal but firmer, where a plain instruction is the point).
_REQUEST_RULES: tuple[Rule, ...] = (
    (r"\bjust (?=(?:do|fix|send|get|make|finish|ship)\b)", ""),
    (r"\byou need to\b", "could you"),
    (r"\byou must\b", "please"),
    (r"\basap\b", "as soon as you can"),
)
# Softer: the problem and its effect instead of the person, rules said as shared intent.
_SOFTEN_RULES: tuple[Rule, ...] = (
    (r"^who (?P<v>merged|pushed|deployed|shipped|changed|deleted|committed|broke|moved|renamed|dropped) (?P<o>(?:the |a |an |our |this |that )?[\w-]+(?: [\w-]+){0,2}?)(?P<rest>\s+(?:into|to|on|in|at|from|last|yesterday|this)\b[^?!.]*)?[?!.]*$",
     r"\g<o> was \g<v>\g<rest>."),  # 'Who merged the broken config into main?': what happened, not a hunt for the person
    (r"^whoever (?:it was|did (?:it|this|that))[,]? (?:needs to|has to|must|should)(?: start)? (\w+ing)\b(.*?)[.!]*$", r"From now on, let's all make sure we're \1\2."),
    (r"^whoever (?:it was|did (?:it|this|that))[,]? (?:needs to|has to|must|should) (\w+)\b(.*?)[.!]*$", r"From now on, let's all \1\2."),
    (r"^(?:every single (?:time|day|one)|no exceptions|period|end of story)[.!]*$", ""),
    (r"^(?:this|it|that) (?:needs|has) to be (\w+) by (.+?)[.!]*$", r"Could we get it \1 by \2?"),
    (r"^(?:this|it|that) must be (\w+) by (.+?)[.!]*$", r"Could we get it \1 by \2?"),
    (r"\b(is|are) (?:a |an )?(?:complete |total |huge |massive )?waste of (?:time|effort|money)\b", r"\1n't paying off for us"),
    (r"^(?:I think )?we should (?=\w)", "I'd suggest we "),
    (r"^please advise[.!]*$", "Could you let me know where this stands?"),
    (r"^(?:I|we) can'?t take on (.+?)[.!]?$", r"I don't see how we can take on \1 right now."),
    (r"^the ([\w -]+?) (?:must|has to|needs to) (arrive|land|be (?:here|in|delivered|ready|done|fixed)) by ([^.!?]+?),? or (?:else )?(?:we|I)(?:'ll| will) ([^.!?]+?)[.!]*$", r"Could we get the \1 by \3? Otherwise we'd have to \4, which I'd like to avoid."),
    (r"^(?:we|I)(?:'re| are| am|'m) paying for ([\w -]+?) and not getting it[.!]*$", r"We're not yet getting the \1 we're paying for."),
    (r"\b(?:I|we) can'?t afford (?:any )?surprises\b", "I'd like us to avoid surprises"),
    (r"^(?:I|we) need (daily|hourly|nightly|twice-daily) updates on (.+?)(?: from now on)?[.!]*$", r"Could we agree on a light \1 check-in on \2?"),
    (r"^if you (?:push|force|put|dump|give|add) (?:it|this|that) (?:on|to) (?:us|me|my team)\b,?\s*(.+?) will (?:break|fail|slip|suffer|fall over)\b", r"If we take it on now, \1 is likely to slip"),
    (r"^(?:I|we) can'?t keep (?:covering|making excuses|apologi[sz]ing) for (?:you|your team|them|him|her) (?:with|to) (the [\w -]+?)[.!]*$", r"The delays are starting to show with \1."),
    (r"^(?:I|we) can'?t keep (?:covering|making excuses|apologi[sz]ing) for (?:you|your team|them|him|her)[.!]*$", ""),
    (r"^(?:I|we) can'?t keep (\w+ing)\b(.*?)[.!]*$", r"It's hard for us to keep \1\2."),
    (r"^(?:to be fair|in (?:our|my) defen[cs]e|for the record|just to be clear),?\s*(?=\w)", ""),  # defensive openers
    (r"^(?:I'?m|I am) not (?:sure|clear) why (?:this|it|that|the [\w -]+?|your [\w -]+?)(?:'s|’s| is| are| has| have) still (?:been )?(?:pending|open|outstanding|not done|waiting|stuck|blocked|sitting there|unanswered)\b[.!?]*$|^(?:I )?(?:don'?t|do not) (?:understand|get|know) why (?:this|it|that|the [\w -]+?) (?:is|are) (?:still|taking so long)\b[^.!?]*[.!?]*$",
     "Is anything holding it up on your side?"),  # a pointed 'not sure why' said as the question it is
    (r"\b(are|is|were|was|get|gets|got|be) actually (?=\w)", r"\1 "),  # 'are actually actioned': the dig goes
    (r"^(?:we|I) (?:told|warned|informed|flagged to) you (?:back )?(in|on|last|at) ([\w ]+?),? (?:that )?(?=\w)", r"We flagged \1 \2 that "),  # 'we told you in October': what we flagged, not a told-you-so
    (r"^(?:it|this|that) (?:wasn'?t|was not|isn'?t|is not) (?:our|my|the team'?s) fault (?:that )?(?=\w)", ""),  # the fact without the plea
    (r"^you (?:can'?t|cannot|shouldn'?t|should not|must not|mustn'?t) (promise|commit to|offer|sell|tell|announce) (.+?)[.!]*$", r"Could you check with us before you \1 \2?"),
    (r"^(?:I need you to|you need to|you have to|you must|I want you to) (?:stop|quit) (\w+ing)\b(.*?)[.!]*$", r"Could you avoid \1\2 from now on?"),  # an order to the reader, said as a request
    (r"^(?:I need you to|you need to|you have to|you must|I want you to) never (\w+)\b(.*?)[.!]*$", r"Could we make sure you don't \1\2 again?"),
    (r"^(?:this|that)(?: is|'s|’s) (?:exactly |precisely |literally )?(?:why|the reason) we have (?P<x>(?:the|a|an|our) [\w -]+?)[.!]*$", r"\g<x> is there to catch exactly this kind of problem."),  # a told-you-so, said as what the safeguard is for
    (r"\bwould (?:kill|destroy|wreck|blow up|torpedo|tank)\b", "would derail"),
    (r"^(?:the |this )?(?:[\w-]+ ){0,2}?(?:wasn'?t|was not|isn'?t|is not) (?:our|my|the team'?s) fault[.!]*$", ""),
    (r"^(?:we|I) (?:did|tried) (?:everything|all|our best|my best|what (?:we|I) could)(?: (?:we|I) could)?[.!]*$", ""),
    (r"^(?:we|I) (?:said|told you|warned you|flagged|made it clear) (?:from the start|at the start|early on|up front|upfront|all along|from day one)(?: that)?,?\s+(?=\w)", "We flagged early on that "),
    (r"\band (?:nobody|no one|no-one) (?:told|warned|informed) (?:us|me)\b", "and we didn't hear"),
    (r"^attendance at (?:the )?(.+?) is (?:mandatory|required|compulsory|not optional|expected)[.!]*$", r"Please make sure you're at \1."),
    (r"^next time,? (?:please )?(?!let's\b)(\w+)\b(.*?)[.!]*$", r"Next time, could you \1\2?"),
    (r"^(?:you|you guys|you all|your team|they) (took|brought|shut|knocked) (?:the |our )?([\w -]+?) (down|offline)( for [\w ]+?)? without (?:telling|warning|notifying|asking) (?:anyone|us|me|anybody)\b", r"The \2 went \3\4 without notice"),
    (r"^(the [\w -]+?)(?: you (?:sent|shared|wrote))? (?:is|was) too (?:vague|thin|rough|high-level|unclear|sparse) to (\w+) (?:from|with|on)[.!]*$", r"\1 needs a bit more detail before we can \2 from it."),
    (r"^(the [\w -]+?)(?: you (?:sent|shared|wrote))? (?:is|was) too (?:vague|thin|rough|high-level|unclear|sparse)[.!]*$", r"\1 needs a bit more detail."),
    (r"^((?:I|we) need .+? by .+?),? (?:or|otherwise|or else) ((?:we|I|the|our|it)\b.*?)[.!]?$", r"\1. Otherwise \2."),
    (r"^(?:so )?what(?:'s| is) (?:going on|happening|the hold-?up|the delay)(?: here| with (?:it|this|that))?[?!.]*$", "Is something blocking it on your side?"),
    (r"\b(it|this|that) still (isn'?t|is not|hasn'?t been|has not been|hasn'?t|has not) (\w+)\b", r"\1 \2 \3 yet"),
    (r"\b(?:it|this|that) (?:doesn'?t|does not) make (?:any )?sense\b", "it isn't the right fit for us right now"),
    (r"^I (?:expected|expect|was expecting) (?:much |a lot |far |way )?(?:better|more) (?:from|of) (?:you|a [\w -]+)[.!]*$", ""),
    (r"\b(?:honestly,? )?(it|this|that)(?:'s| is) (?:just )?not ready\b", r"\1 needs more work before it's ready"),
    (r"^your (?:team'?s |side'?s )?((?:[\w-]+ ){0,2}?[\w-]+) (have been|has been|were|was|are|is|keep being|keeps being) (?=(?:\w+ )?(?:wrong|off|late|inaccurate|too optimistic|unreliable|missing|broken|incomplete|slow|sloppy|buggy|thin)\b)",
     r"The \1 \2 "),  # 'Your estimates have been wrong': what happened, not whose
    (r"^(?:your (?:team|side|folks|group)|you(?: guys| all)?) (?:have |has )?(missed|skipped|ignored|dropped|overlooked|moved|cancell?ed|postponed|delayed) (?:the |our |my )?([\w-]+(?: [\w-]+){0,5}?)(\s+again|\s+twice|\s+\w+ times)?(?=\s*[.!,;]|$)",
     r"The \2 was \1\3"),  # what happened, not who did it
    (r"^why (?:haven'?t|hasn'?t) (?:you|we|they|he|she) (?:yet |still )?(?P<pp>\w+(?:ed|en|t)) (?P<obj>[^?.!]+?)(?: yet| still)?[?!.]*$", r"Is anything stopping \g<obj> from being \g<pp>? I'm happy to help unblock it."),
    (r"^why is (?:this|that|it) (?:still )?not (?:done|finished|ready|fixed|merged|shipped)(?: yet)?[?!.]*$", "Is anything blocking this? I'm happy to help unblock it."),
    (r"^(?:I )?(?:shouldn'?t|should not) have to (?:ask|remind you|chase|keep asking)[^.!?]*[.!?]*$", ""),
    (r"^(?:seriously|really|come on|honestly)[?!.]+$", ""),
    (r"^(?:(?:it|that|this|he|she|they)(?: is|'s| are|'re)? (?:not|isn'?t|aren'?t)(?: true| right| correct| the case)?|wrong|not true|false|nope)[.!]*$", ""),  # a bare 'It isn't.': the next sentence says why
    (r"^let me be (?:clear|very clear|blunt)[:,]?\s*", ""),
    (r"\bI expect you to\b", "could you"),
    (r"\bimmediately\b", "as soon as you can"),
    (r",?\s*\bno (?:more )?(?:extensions|excuses|exceptions)\b(?: this time)?", ""),
    (r"\s+(?:on my desk|in my inbox|over to me|to me)(?=\s+by\b)", ""),  # 'send it to me before it goes out' keeps who sees it first
    (r"^(?:I|we) need (it|this|that|the [\w -]+?|your [\w -]+?) by ([^.!?]+?)[.!]?(?=\s+[A-Z]|\s*$)", r"Could you get \1 to me by \2?"),
    (r"^(?:I|we) (?:need|want|expect) ((?!to\b|you\b)[\w ,'-]+?) (by|before) ([^.!?]+?)[.!]?(?=\s+[A-Z]|\s*$)", r"Could we have \1 \2 \3?"),
    (r"\b(we)(?: are not| aren'?t|'re not) (building|doing|shipping|supporting|running|making|taking on|adding|including|starting|fitting)\b", r"\1 won't be able to \2"),
    (r"^(?:no|nope|absolutely not|definitely not|not happening)[.!]*$", ""),  # a bare 'No.': the sentence after it says what is not happening
    (r"^I(?:'ve| have)? (?:already )?asked (?P<o>for (?:it|them|this|that|the [\w -]+?) )?(?:you )?(?P<n>twice|three times|\w+ times|before|a few times)(?: already| now| before)?[.!]*$",
     r"I've asked \g<o>\g<n> now, so if something's in the way, tell me."),
    (r"\b(?P<x>(?:the|our|a|any) [\w -]+?) is (?:not optional|NOT optional|mandatory|non-negotiable|a must)\b(?=\s*(?:[,.;!]|$))", r"\g<x> needs to happen every time"),
    (r"\b(?P<x>(?:the|our) [\w -]+?) are (?:not optional|mandatory|non-negotiable|a must)\b(?=\s*(?:[,.;!]|$))", r"\g<x> need to happen every time"),
    (r"\bit was never (?:in scope|agreed|planned|committed|part of the plan)\b", "it wasn't part of what we agreed"),
    (r"\bwithout (?:my|me giving my|me signing off|me) (?:personal )?(?:approval|sign-?off|ok|okay|say-?so|permission|blessing)\b|\bwithout me signing (?:it )?off\b", "without a review"),  # a gate through the manager: the check itself
    (r"\bplease stop (\w+ing)\b([^.?!]*?)\s+and (go through|come to|talk to|check with) (me|us)((?: first| instead)?)\b", r"could you \3 \4\5 rather than \1\2"),
    (r"\bplease stop (\w+ing)\b", r"could you avoid \1"),
    (r"^(?:I'?m|I am) (?:really |so |very )?(?:frustrated|annoyed|angry|fed up|upset|disappointed|furious)\.?$", ""),
    (r"^(?:again|once again|yet again)\s*[,!.:—-]+\s*(?=\w)", ""),
    (r"^I need you to (?:pick it up|step (?:it )?up|do better|raise your game|up your game|get it together|sort it out)[.!]*$", "I'd like to help you get back on track."),
    (r"^(?:please )?stop doing (?:this|that|it),? and (?=\w)", "Could you "),
    (r",?\s+like everyone else(?: does)?\b", ""),  # the exasperated 'AGAIN,' before the fact
    (r"^(?:please )?(lock|fix|freeze|settle|agree|finish|sort|send|share|confirm|close|finalise|finalize) (.+?),? or (?:else )?(?:we|I)(?:'ll| will)? (?:won'?t|will not|can'?t|cannot) (.+?)[.!]*$", r"Could we \1 \2? Without that, it's hard for us to \3."),
    (r"^(?:it'?s|this is|that'?s|it is) (?:really |so |very |super |incredibly |just )?(?:frustrating|annoying|infuriating|maddening|exhausting|demoralising|demoralizing)(?:[.!]+$|\s*(?:,\s*)?(?:and|because|as)\s+)", ""),
    (r"\bnobody (?:tells|warns|informs|notifies) (?:us|me)\b", "we don't get a heads-up"),
    (r"\bwe wasted\b", "we spent"),
    (r"\bwasted (\w+ (?:weeks?|days?|months?|sprints?))\b", r"spent \1"),
    (r"\bnever (?:hit|reached|made|got to|met)\b", "didn't reach"),
    (r"^(?:(?:and|but) )?(?:nobody|no one|no-one|you|your team) (?:told|warned|informed|notified) (?:us|me|my team|the team)|^(?:(?:and|but) )?(?:nobody|no one|no-one) let (?:us|me) know|^(?:(?:and|but) )?(?:you|your team) (?:didn'?t|did not|never) (?:tell|warn|inform|notify) (?:us|me|my team)",
     "We didn't get a heads-up"),  # the missing notice said as what happened to us, not as a charge
    (r"^(We didn't get a heads-up) (?!that\b|about\b|before\b)(?=\w)", r"\1 that "),
    (r"^(?:your|his|her|their) (?:[\w-]+ ){0,2}?(changed|pushed|merged|shipped|deployed|dropped|moved|renamed|updated|deleted|removed) (?:the |our )?([\w-]+(?: [\w-]+){0,2}?) without (?:telling|asking|warning|notifying|checking with) (?:anyone|us|me|anybody)\b", r"The \2 was \1 without notice"),
    (r"\band now (our|the) ([\w-]+(?: [\w-]+){0,2}?) (?:is|are) broken\b", r"and \1 \2 broke"),
    (r"^stop (\w+ing)\b", r"could you avoid \1"),
    (r"\b(?:the|your) ([\w-]+(?: [\w-]+)?) you (?:sent|shared|wrote|did|built|made) (?:was|is) (?:not usable|unusable|useless|wrong|broken|no good|a mess)\b", r"there's a problem with the \1 you sent"),
    (r"\bnobody (?P<v>checked|reviewed|tested|validated) (?P<x>the (?:[\w-]+ ){0,3}?[\w-]+?)(?=\s+(?:and|but|so|before|until)\b|\s*[,.;!]|$)", _not_checked),  # 'nobody checked the Scotland stores': what went unchecked
    (r",?\s*\band nobody (?:checked|noticed|caught|reviewed|tested)(?: (?:it|them|this|that))?\b", ", and it wasn't caught"),
    (r"\bnobody (?:checked|noticed|caught|reviewed|tested)(?: (?:it|them|this|that))?\b", "it wasn't caught"),
    (r"\b(?:fix|change|sort out) your (process|approach|workflow|code|pipeline)\b", r"look at the \1 with us so this doesn't happen again"),
    (r"\bnobody (?:on|in|from) (my|our|the) team (agreed to|signed off on|committed to|signed up for|approved)\b", r"\1 team hasn't \2"),
    (r"^your (?=(?:[\w-]+ ){0,3}(?:says|shows|lists|has|claims|states|puts|mentions)\b)", "The "),
    (r"\s+and (?=(?:from now on|going forward|in future|from here on)\b)", ". "),  # a rule after an order is its own sentence
    (r",?\s+and never (\w+)\b([^.?!]*?)\s+again\b", r". From now on, let's not \1\2"),
    (r"(?:^|(?<=[.?!] ))(?:and )?(from now on|going forward|in future|from here on),?\s+(?=(?:copy|cc|send|run|ask|tell|loop|include|share|flag|check with|post|book|log)\b)", r"\1, please "),  # an order to the reader: asked
    (r"(?:^|(?<=[.?!] ))(?:and )?(from now on|going forward|in future|from here on),?\s+(?!let's\b|please\b|could\b|can\b|before\b)", r"\1, let's make sure "),
)
_BASE_FORMS = {"building": "build", "doing": "do", "shipping": "ship", "supporting": "support", "running": "run", "making": "make", "taking on": "take on", "adding": "add", "including": "include", "starting": "start", "fitting": "fit"}
# Shorter: filler, hedges and stories about causes the reader does not need.
_TIGHTEN_RULES: tuple[Rule, ...] = (
    (r"(,\s*and\s+)after (?:a few|some|several|many|a couple of|lots of) (?:false starts|hiccups|setbacks|detours|iterations|attempts|tries|rounds|ups and downs)(?: (?:with|on|in) (?:the |our )?[\w -]+?)?,?\s+(?=(?:it|we|the|this)\b)", r"\1"),  # the story of getting there
    (r"(?:^|(?<=,\s))after (?:a few|some|several|many|a couple of|lots of) (?:false starts|hiccups|setbacks|detours|iterations|attempts|tries|rounds|ups and downs)(?: (?:with|on|in) (?:the |our )?[\w -]+?)?,\s+", ""),
    (r"^(?:as (?:you|some of you|many of you|most of you) (?:know|may know|may remember|will remember|might remember)|as you'?re aware),?\s+(?=(?:we|I|the|our|this|it)\b)(?![^.!?]*\b(?:done|finished|complete|completed|live|shipped|launched|resolved|fixed|now)\b)[^.!?]*[.!?]*$", ""),  # background the reader already has (not news)
    (r"^(?:so,?\s+)?(?:I )?(?:just )?wanted to give you (?:a (?:bit of an?|quick|short) )?(?:update|heads-up) on (?:where we are with )?", "An update on "),
    (r"^(?:so|anyway|anyways|basically|well|ok so|okay so|also|just|in short|in brief|briefly|in summary|in a nutshell|long story short|tl;?dr)\b[,:]?\s*", ""),
    (r"^(?:a )?(?:quick|short|brief)(?:-ish)? (?:update|heads-?up|fyi|note)\s*[:–—-]\s*(?=\w)", ""),
    (r"\b(and )?I'?m (?:really |very |so )?(?:happy|pleased|glad|delighted|excited|thrilled) to (?:say|report|share|announce|confirm|tell you)(?: that)?,?\s*", r"\1"),
    (r"^on the (?:less positive|less good|negative|downside|flip|other|down) side,?\s*(?=\w)", ""),
    (r"\b(?:the long and (?:the )?short of it|the (?:short|long) version|the bottom line|the gist(?: of it)?|the headline|the upshot|the TL;?DR)(?: here)? is(?: that)?,?\s+|\b(?:to cut|to make) a long story short,?\s*", ""),
    (r"^(?:first(?: of all| off)?|firstly|secondly|second|thirdly|third|finally|lastly|last but not least|on top of that)\b,?\s+(?=\w)", ""),
    (r"^(?:I )?(?:just )?wanted to (?:flag|mention|note|highlight|point out|add)(?: that)?\s+", ""),
    (r",?\s*which (?:as you know|is (?:really |very |super |so )?(?:great|nice|good|awesome|encouraging|exciting|cool|promising|a relief))\b[^,.;]*", ""),
    (r",?\s*(?:although|though|but) it took (?:them|us|me|him|her)? ?(?:a few |\w+ )?(?:extra |more )?(?:days?|weeks?|time|longer)\b[^.;]*", ""),
    (r",?\s*which took (?:a bit |much |way )?(?:longer than (?:expected|planned|hoped)|a while|ages|some time|forever)[^.;]*", ""),
    (r",?\s*which took [^.;,]*?\b(?:instead of|rather than|longer than|more than (?:planned|expected))\b[^.;]*", ""),
    (r"\b(?:I|we) (?:think|believe) we (?:can|will|'ll|should be able to) ", "we're likely to "),
    (r"\b(?:I|we) (?:think|believe) I (?:can|will|'ll|should be able to) ", "I'm likely to "),
    (r",?\s*(?:\b(?:mostly|mainly|partly|largely|probably|simply|just)\s+)?\bbecause (?![^.;,]*(?:\d|\b(?:is|are|isn'?t|aren'?t|still|until|won'?t|can'?t|needs?|remains?|blocks?|otherwise)\b))[^.;,]+(?:,\s*not [^.;,]+)?", ""),
    (r"^(?:so,?\s+)?following up on [^:.]{3,80}:\s*(?=\w)", ""),  # 'Following up on the review from Tuesday: the root cause ...'
    (r",?\s*(?:thanks|thank you)(?: (?:everyone|all|team|so much|a lot))?(?=\s*[.!]|$)", ""),  # a past cause: a cause still in play stays
    (r"\b(?:finally|actually|really|just|pretty|quite|very|honestly)\s+(?=\w)", ""),
    (r"^(?:as you (?:might|may|will) (?:remember|recall|know)|as (?:you know|discussed|mentioned)),?\s*", ""),
    (r"^I(?:'m| am)? writ(?:e|ing)(?: to you)? (?:because|since|as)\b,?\s*(?=\w)", ""),  # 'I write because, ...': the news says why
    (r"(?:,\s*|\b)as (?:we|I|you)(?: have| had|'ve)? (?:briefly |already |just )?(?:discussed|talked about|mentioned|agreed|spoke about|said)(?: (?:briefly|earlier|before|already))?"
     r"(?:\s+(?:in|at|on|during|over|last|this|when|after)\b[^,.;]{0,50})?,\s*", lambda m: ", " if m.group(0).startswith(",") else ""),  # 'as we discussed in the corridor on Tuesday': history the reader was there for
    (r"^the (?:results|numbers|signs) (?:so far )?(?:are|look) (?:really |very )?(?:encouraging|promising|good|great|positive)\s*[:,–-]\s*", ""),
    (r"^there(?:'s| is),? (?:however,? |also,? |still )?(?:one|an?|just one) (?:open |outstanding |remaining )?(?:issue|question|problem|catch|snag)(?:,? however)?,?\s*(?:which is )?(?:that\s+)?(?=\w)", "Open issue: "),
    (r"\bwas able to (?=\w)", "could "),
    (r"\bwe did have\b", "we had"),
    (r"\bstill sitting at\b", "still at"),
    (r"^(?:one|the (?:main|big|one)) (?:risk|concern|worry) is\s+(?:that\s+)?", "Risk: "),
    (r"\bsitting at\b", "at"),
    (r",?\s*(?:and )?it should be with you by\b", ", with you by"),
    (r"\b(?:so )?realistically,?\s*", ""),
    (r",?\s*assuming nothing else goes wrong", ""),
    (r"\b(?:the )?(?:good|less[- ]good|bad|not[- ]so[- ]good|so-so) news is (?:that )?", ""),
    (r",?\s*which is a (?:big|huge|major|real|great|nice) (?:milestone|win|step|deal|achievement)(?: for (?:us|the team|everyone))?", ""),
    (r"\b(?:so\s+)?basically,?\s*", ""),
    (r"\b(?:I|we) (?:think|believe|feel),?\s*(?:maybe,?\s*)?(?:that\s+)?(?=[^.]*\bwould\b)(?P<x>[^.]*?\bwould)\b", r"\g<x> likely"),
    (r"\b(?:I|we) (?:think|believe|feel),?\s*(?:maybe,?\s*)?(?:that\s+)?", ""),
    (r"\bmaybe (?=\d)", "about "),  # 'maybe 2 weeks of work': an estimate, said as one
    (r",?\s*\bmaybe\b,?", ""),
    (r"\bmight possibly\b|\bmay possibly\b|\bcould possibly\b", "should"),
    (r"\bpossibly\s+", ""),
    (r"\bsometime (?:around|in)\b", "around"),
    (r"\s*\(ish\)|-ish\b", ""),
    (r"\s*\bwe'?ll see\b,?", ""),
    (r"\b(?:kind|sort) of\s+", ""),
    (r"\ba lot of things,?\s*(?:like\s+)?", ""),
    (r",?\s*\bprobably\s+(\d+(?:\s*[-–]\s*\d+)?\s*%)\??", r" (\1 likely)"),
    (r"\b(?:I|we) (?:just )?wanted to (?:say|let you know) (?:that )?", ""),
    (r"^(?:I )?(?:just )?wanted to (?:reach out )?(?:to |and )?let you know (?:that )?", ""),
    (r"^to let you know (?:that )?", ""),
    (r",?\s*\bif (?:at all )?possible\b", ""),
    (r"^the (?:main |real |simple )?reason (?:is|was) (?:that |simply that )?(?=\w)", ""),  # the topic label says what it is the reason for
    (r",?\s*which (?:was|is|had been) (?:always |all along |already )?(?:the plan|planned|expected|intended|agreed|budgeted)(?: all along)?\b", ""),
    (r"\bmore like\b(?=\s+[$€£]?\d)", "about"),
    (r"\s*\ba (?:little |tiny )?bit\b", ""),
    (r",?\s+though\b(?=\s*[,.;]|\s*$)", ""),
    (r"\b(we|I)(?:'re|'m| are| am) (?:thinking|considering|planning)(?: that)? (?:we|I) (?:should|could|might|would|will)\b", r"\1 plan to"),
    (r"\b(we|I) (also )?(?:think|believe|expect) (?:we|I) (?:can|could|will|'ll|should be able to)\b", r"\1 \2expect to"),
)
# Firmer: apologies, permission-seeking and hedges cut; a wondering question becomes what you need.
_FIRM_RULES: tuple[Rule, ...] = (
    # 'Just a small thing, and maybe I've got this wrong, but ...': the point without the shrug and the self-doubt
    (r"^(?:just\s+)?(?:a|one)\s+(?:small|quick|tiny|minor|little)\s+(?:thing|point|one)\s*[,:-]\s*", ""),
    (r"^(?:and\s+)?(?:maybe|perhaps|possibly)\s+I(?:'ve| have)?\s+(?:got (?:this|it|that) wrong|misunderstood|(?:am|'m) wrong|misread (?:this|it|that))\s*,?\s*(?:but\s+)?", ""),
    (r"^I think\s+(?=(?:a couple of|some|a few|two|three|\d+)\s)", ""),
    # 'Just wondering if there's any news on the lens housings?': the firm question is when they come
    (r"^(?:(?:I was|I'm|I am|we were|we're)\s+)?(?:just\s+)?wondering\s+(?:if|whether)\s+there(?:'s| is| are)\s+(?:any\s+)?news\s+(?:on|about|with)\s+(?P<x>[^?.!]+?)[?.!]*$",
     r"Can you confirm a firm date for \g<x>?"),
    # 'I was wondering if maybe we could think about whether new asks could go through planning?': the proposal, said as the rule it is
    (r"^(?:(?:I was|I'm|I am|we were|we're)\s+)?(?:just\s+)?(?:(?:wondering|asking|hoping)\s+(?:if|whether)\s+|(?=(?:could|can|should|might) (?:we|you)\b))(?:maybe,?\s+|perhaps,?\s+)?"
     r"(?:(?:when|if|whenever) you (?:get|have) a (?:chance|moment|sec(?:ond)?|minute),?\s+)?(?:(?:we|you)\s+(?:could|might|can|may|would|should)|(?:could|can|should|might) (?:we|you))\s+(?:possibly\s+|maybe\s+|perhaps\s+)?"
     r"(?:think about|consider|look at|look into|discuss|talk about|explore|agree(?: on)?)\s+(?:whether|if|that)\s+(?P<s>.+?)\s+(?:could|might|would|can|may|should)\s+(?:possibly\s+|maybe\s+)?(?P<v>[^?]+?)(?:\s+instead)?\??$",
     r"From now on, \g<s> will \g<v>."),
    (r"^I hope (?:it'?s|this is|that'?s) (?:ok|okay|alright|all right|fine) (?:to ask|that I ask|if I ask|to raise this)\s*[,.;!]?\s*(?:but\s+)?", ""),  # permission to ask: the ask follows
    (r"^(?:(?:I was|I'm|I am|we were)\s+)?(?:just\s+)?wondering (?:if|whether) (?:we|I) (?:could|might|can) (?:maybe |possibly |perhaps )?(?:talk about|discuss|look at|look into|get|have) (?:getting |adding |hiring |buying )?(?P<x>[^?]+?)\??$", r"We need \g<x>."),
    (r"^(?:so |really )?sorry(?: again| about this| for the (?:hassle|trouble|bother|noise))?[.!]*$", ""),  # a bare apology
    (r"(?<!but )(?<!though )(?<!although )\bthere(?:'s| is| might be| may be| could be) (?:a |some )?(?:chance|possibility) (?:that )?", ""),
    (r"\b(could|might|would) potentially\b", r"\1"),
    (r"\bit (?:seems|looks) like (?=it\b)", ""),
    (r",?\s*(?:although|but|though)\s+(?:I'?m|we'?re|I am|we are) not (?:completely |totally |entirely |100% |quite )?sure (?:about|of) (the [\w -]+?)(?: yet)?(?=\s*[.!,;]|$)", r" (\1 to be confirmed)"),
    (r"^would you be able to (?!let me know\b)(.+?)\??$", r"Please \1."),
    (r"^would you be able to let me know (.+?)\??$", r"Please let me know \1."),
    (r"\b(?:we|I) (?:were|was|are|am|'re|'m) (?:really |kind of |sort of |just )?hoping to (?:get|have) (it|them|this|that|the [\w -]+?) (\w+ed) (?=(?:before|by)\b)", r"I need \1 \2 "),
    (r",?\s*(?:but\s+)?(?:we'?re|I'?m|we are|I am) not (?:totally |entirely |100% |completely |quite )?sure(?: yet)?(?: about (?:it|that|this))?(?=\s*[.!,;]|$)", ""),  # the condition already said carries the doubt
    (r"(?<!we )(?<!I )(?<!you )\b(?:might|may|could) (?:maybe |possibly |perhaps )?(?=(?:catch|cut|reduce|improve|save|lift|increase|bring|reach|hit|find|double|halve)\b)", "should "),  # what the work should do, not a request
    (r"\b(we|I)(?:'d| would) (?:probably |likely |hopefully )?be ready\b", r"\1 expect to be ready"),
    (r",?\s*\bhopefully\b,?", ""),
    (r"^(?:is there )?any (?:way|chance|possibility) (?:that )?(?P<w>we|I) (?:could|might|can|may) (?:maybe |possibly |perhaps )?(?:get|have) (?P<x>[^?]+?)\??$", r"\g<w> need \g<x>."),
    (r"^(?:is there )?any (?:way|chance|possibility) (?:that )?you (?:could|might|can) (?:maybe |possibly |perhaps )?(?P<x>[^?]+?)\??$", r"I need you to \g<x>."),
    (r"^(?:but\s+)?(?:I|we) (?:totally |completely |fully |really )?(?:understand|get it|get|appreciate it) if (?!.*\b(?:by|before)\b)[^.!?]*[.!?]*$", ""),  # a sentence that excuses a no in advance
    (r"^(?:even|just|at least) (?:a |an |some )?[\w -]+ would (?:help|be (?:great|good|something|a start))(?: honestly)?[.!]*$", ""),  # conceding before asking
    (r"\b(we|I)(?:'re|'m| are| am) (?:completely |totally |really |just |so )?(?:drowning|swamped|underwater|under water|overwhelmed|at breaking point|dying|sinking)\b", r"\1're over capacity"),
    (r"^(?:but\s+)?no (?:rush|hurry|stress|pressure|worries)(?: at all)? if [^,.;!?]+,\s*(?:(?:it'?s|it is) (?:just |only )?(?:that )?)?", ""),  # 'No stress if it's busy, it's just that X': X
    (r",?\s*(?:but\s+)?no (?:rush|hurry|stress|pressure|worries)(?: at all)?,? if (?:it'?s|that'?s|this is|things are|you'?re) [^,.;!?]*", ""),
    (r"^(?:but\s+)?if (?:there'?s|there is) (?:any|a) (?:chance|way|possibility) (?:that )?(?=(?:we|I|you)\s+(?:could|might|can|may)\b)", ""),  # a plea for what the ask now says
    (r",?\s*(?:then\s+)?(?:that|it|this)(?:'d| would) be (?:really |so |super |very |just )*(?:great|amazing|helpful|lovely|fantastic|ideal|wonderful|appreciated|much appreciated|a huge help|a big help)\b(?!\s+(?:if|whether|to|for)\b)[.!]*", ""),
    (r"^(?:whenever|any ?time|any day)(?: (?:you can|it suits))? (?:works|suits(?: you)?|is (?:fine|good|ok|okay))(?: for you)?[.!]*$", ""),  # undoes the date the ask now names
    (r"\b(we|I) (?:were|was|are|am|'re|'m) (?:really |kind of |sort of )?hoping to\b(?!\s+(?:have|get|receive|see)\b)", r"\1 want to"),
    (r"^(?:just )?a (?:gentle |quick |friendly )?(?:reminder|nudge|ping)(?: that)?\s*[:,-]\s*", ""),
    (r"^(?:we|I) (?:were|was|are|am|'re|'m) (?:just |really )?wondering (?:if|whether) (?:it (?:might|would|could|may) (?:possibly )?be possible|we could|you could|there'?s any way) (?:for (?:us|you) )?to (?:get|have|receive|see|access) (.+?)\??$", r"We need \1."),
    (r"\bsometime before\b", "by"),
    (r"^(?:we|I)(?:'d| would) be (?:really |very |so |super |most )?(?:grateful|thankful|appreciative)[.!]*$", ""),
    (r"^(?:(?:hey|hi) (?:all|team|everyone),?\s+)?(?:just )?a (?:gentle |quick |friendly )?(?:reminder|nudge) that\s+", ""),
    (r"^it would be (?:really |super |so |very )?(?:great|helpful|good|nice|ideal|awesome) if (?:everyone|everybody|all of you|you all) could (?:maybe |please |possibly )?(?:try (?:to|and) )?", "Everyone needs to "),
    (r"^it would be (?:really |super |so |very )?(?:great|helpful|good|nice|ideal|awesome) if you could (?:maybe |please |possibly )?(?:try (?:to|and) )?", "Please "),
    (r"\btry (?:to|and) (?=(?:attend|join|send|get|finish|review|come|be)\b)", ""),
    (r",?\s*(?:but\s+)?\bno (?:worries|stress|problem|pressure)(?: at all)? if (?:you|they|it|we|your team) (?:can'?t|cannot|don'?t|doesn'?t|won'?t)\b[^,.;!?]*[.!]*", ""),
    (r"\bI don'?t want to be a (?:pain|nag|bother)(?:,)?\s*(?:but\s+)?", ""),
    (r",?\s*\bif (?:it'?s|it is|that'?s|that is|this is) not too much (?:trouble|to ask|of a bother)\b,?", ""),
    (r"^(?:also,?\s+)?it would (?:just |really )*be (?:really |super |so |very )?(?:helpful|great|good|nice) if (?:we|I) could (?:get|have|receive)\b", "We need"),
    (r"\bseemed to have\b", "had"),
    (r"\bseems to have\b", "has"),
    (r"\bseemed to be\b", "was"),
    (r"\bseems to be\b", "is"),
    (r"^(?:(?:I'?m|we'?re|I am|we are)\s+)?not (?:totally |entirely |100% |quite )?sure (?:if|whether) [^.;!?,]*,\s*(?:but\s+)?(?=\w)", ""),  # 'not sure if this is the right place, but X': X
    (r",?\s*(?:but\s+)?(?:(?:I'?m|we'?re|I am|we are)\s+)?not (?:totally |entirely |100% |quite )?sure (?:if|whether) [^.;!?]*", ""),
    (r"^(?:do you think you could|could you possibly|is there any way you could)\s+(\w+)", r"Please \1"),
    (r"\b(?:I'?m |I am )?(?:so |really |very )?sorry (?:to|for) [^,.;!?]*?(?=\s+but\b|[,.;!?]|$)[,.;!]*\s*(?:but\s+)?", ""),
    (r"\b(we'?re|I'?m) (?:completely |totally |really )?stuck and (?:desperate for|in need of|need)\b", r"\1 blocked until we get"),
    (r"\b(?:completely |totally |really )?desperate for\b", "in need of"),
    (r"\bplease,?\s+please\b", "please"),
    (r"^please,? (can|could) you\b", r"\1 you"),
    (r"^anything (?:at all )?(?:would|will) (?:be|help)[^.!?]*[.!]*$", ""),
    (r",?\s*\bit would (?:just |really )*be (?:really |super |so |very )?(?:helpful|great|amazing|nice|good)(?: for (?:us|me|the team))?(?: if (?:at all )?possible)?(?: to have)?\b(?!\s+(?:if|whether|to|for)\b)", ""),  # never leaves 'for us' behind
    (r"^(?:(?:I was|I'm|I am)\s+)?(?:just\s+)?(?:(?:wondering|checking|asking|hoping)\s+(?:if|whether)|hoping(?:\s+that)?(?!\s+(?:maybe\s+|perhaps\s+)?(?:we|I)\b))\s+(?:maybe\s+|perhaps\s+)?(?:there'?s\s+|there is\s+)?(?:any\s+|a\s+|some\s+)?(?:chance\s+|way\s+|possibility\s+)?(?:that\s+)?(?P<x>.+?)\s+(?:might|could|would|will|can|may)\s+(?:possibly\s+|maybe\s+)?(?P<v>[^?]+)\??$", r"I need \g<x> to \g<v>."),
    (r"^(?:(?:I was|I'm|I am|we were|we're|we are)\s+)?(?:just\s+|really\s+|kind of\s+|sort of\s+)?hoping (?:that\s+)?(?:maybe\s+|perhaps\s+)?(?=(?:we|I)\s+(?:could|might|can|may)\b)", ""),
    (r"\bwould it be possible (?:for (?:us|me) )?to (?:perhaps |maybe |possibly )?(?:get|have)\b", "I need"),
    (r"\bwould it be possible (?:for (?:you|someone|somebody|your team|one of your team) )?to\b", "please"),
    (r"^(?:(?:so|anyway|ok|okay|hey),?\s+)?(?:just )?(?:checking in|following up|circling back) (?:on|about) [^–—:.?!-]*(?:\s[-–—:]\s*|[.!]\s*$)", ""),
    (r"\b(?:I|we) (?:totally |completely |fully |really )?(?:get|understand|appreciate|reali[sz]e) (?:that )?(?:things are|things have been|it'?s|it is|this is|you'?re|you are|you'?ve been|your (?:team|folks|side|group)(?:'s| is| are| has been| have been)|everyone(?:'s| is)) [^,.;!?]*(?:busy|hectic|crazy|swamped|slammed|a lot|stretched|flat out|under ?water|overloaded|full)[^,.;!?]*[,.;!]*\s*(?:but\s+)?", ""),
    (r"\bI know (?:things have been|it'?s been|it'?s|it is|this is|you'?ve been|you'?re|you are|your (?:team|folks|side|group)(?:'s| is| are| has been| have been)|everyone(?:'s| is)) [^,.;!?]*(?:busy|hectic|crazy|swamped|slammed|a lot|stretched|flat out|under ?water|overloaded)[^,.;!?]*[,.;!]*\s*(?:but\s+)?", ""),
    (r"^(?:do you think |is there )?(?:there'?s |there is )?any chance (?:that )?(?P<x>.+?)\s+(?:might|could|would|will|can|may)\s+(?:possibly\s+|maybe\s+)?(?P<v>[^?]+)\??$", r"I need \g<x> to \g<v>."),
    (r"\b(?:it )?(?:might|may|would|could) be (?:worth (?:considering|exploring|looking at)|good|great|nice|helpful) (?:whether|if) ", ""),
    (r"\b(we|I) (?:could|might|may) (?:possibly |maybe )?(?:be able to )?(?:get|have)\b", r"\1 need"),
    (r"\bwe (?:might|may|could) (?:possibly |maybe )?be\b", "we're"),
    (r"\bI (?:might|may|could) (?:possibly |maybe )?be\b", "I'm"),
    (r"\bit (?:might|may|could) (?:possibly |maybe )?be\b", "it's"),
    (r",?\s*(?:although|but|though) there'?s a (?:small |slight |real )?chance (?:that )?(?:the )?(.+?) (?:could|might|may|will) (slip|be late|fail|run over|miss)\b", r"; the main risk is that the \1 could \2"),
    (r"\b(we|I)(?:'d| would) (?:ideally |really |probably )?need\b", r"\1 need"),
    (r"\b(need (?:[\w-]+ ){1,6}?)(?:maybe |probably )?(?:around|about|sometime around|roughly|by around) (?=(?:the \d{1,2}(?:st|nd|rd|th)|(?:mon|tues|wednes|thurs|fri)day|[A-Z][a-z]{2} \d|\d{1,2} [A-Z][a-z]{2})\b)", r"\1by "),
    (r"^any (?:news|update|updates|progress) (?:on|about|with) (.+?)\?*$", r"I need an update on \1."),
    (r"^(?:just )?checking (?:in )?(?:if|whether|to see if) there(?:'s| is| are) (?:any )?(?:update|news|progress)s? (?:on|about|with) (.+?)\?*$", r"I need an update on \1."),
    (r"\bI know there(?:'s| is| are) (?:a lot of|lots of|loads of|many|plenty of|a bunch of) [^,.;!?]*[,.;!]*\s*(?:but\s+)?", ""),
    (r"\b(we|I) (?:could|might|may) (?:possibly |maybe )?(use|add)\b", r"\1 need to \2"),
    (r",?\s*\bif (?:that'?s|it'?s|this is) (?:ok|okay|alright|fine|possible)\b", ""),
    (r"^(?:just )?a (?:thought|suggestion|idea)\b[,.]?\s*", ""),
    (r",?\s*\bno (?:rush|hurry|stress)(?: at all)?(?:,?\s*though)?\b[.!]*", ""),
    (r",?\s*\bno pressure(?: at all)?\b,?", ""),
    (r",?\s*(?:but\s+)?(?:I\s+|we\s+)?(?:totally|completely|fully)?\s*(?:get|understand)(?: it)? if (?:that'?s|it'?s|this is|that is|it is) (?:a bit |too |really )?(?:tricky|hard|difficult|not possible|a stretch|too much|a big ask|tight|not doable)\b", ""),
    (r"^if (?:it|this|that|they|the [\w -]+?)(?:'s|’s| (?:ends? up (?:being|coming|arriving)|is|are|comes?|arrives?|lands?|turns? up)) (?:any |a bit |much )?later,?\s+", "If it comes later, "),
    (r"\b(?:it|that|this)(?:'ll| will) (?:probably |likely |most likely |definitely )?(?:push|set|knock) (?P<x>(?:our|the|my) [\w -]+?) back (?:by )?(?P<n>[^,.;!?]+)", r"\g<x> slips by \g<n>"),
    (r"\b(it|that|this)(?:'ll| will) probably\b", r"\1 will"),
    (r",?\s*\bno worries if not\b", ""),
    (r",?\s*(?:but\s+)?\bno worries(?: at all)?\b[.!]*", ""),
    (r",?\s*(?:but\s+)?(?:I\s+)?(?:totally|completely|fully)?\s*(?:get|understand) (?:it |that )?if you'?re [^.,;!?]*", ""),
    (r",?\s*\bif (?:at all )?possible\b", ""),
    (r",?\s*\b(?:if|when|whenever) (?:you|they|someone|your team) (?:get|gets|have|has) a (?:chance|moment|sec(?:ond)?|minute)\b,?", ""),
    (r"\b(?:totally|completely|absolutely|totally) (?:fine|ok|okay) if\b[^.!?]*", ""),
    (r"^\s*(?:if )?you could (?:please )?(?:maybe )?(.+?)\??$", r"Please \1."),
    (r"\b(?:some ?time|at some point) (this|next) week\b", r"by the end of \1 week"),
    (r"\s*\b(?:at some point|sometime soon|some time soon|soon(?:ish|-ish)?|whenever you can|when you can)\b", ""),
    (r"^\s*(?:but\s+|and\s+)?(?:whenever|any ?time)(?: (?:works|suits|is good|is fine))?(?: for you)?(?: is (?:totally |completely )?(?:fine|ok|okay|good|great))?[.!]*$", ""),  # 'Whenever works for you is fine.'
    (r",?\s*\b(?:whenever|any ?time) (?:works|suits)(?: for you)?(?: is (?:totally |completely )?(?:fine|ok|okay|good|great))?\b", ""),
    (r"\b(?:probably|likely|possibly)\s+(?=(?:slips?|miss(?:es)?|moves?|push(?:es)?|lose|loses|delays?|blocks?|have to|need to)\b)", ""),
    (r"\bI know you'?re (?:super |really |very |so )?(?:busy|swamped|slammed|stretched)\b[,.;]?\s*", ""),
    (r"\b(?:I|we) (?:think|believe|feel|guess),?\s*(?:that\s+)?", ""),
    (r"\b(?:just|maybe|perhaps|possibly|hopefully)\s+", ""),
    (r"\b(?:kind|sort) of\s+", ""),
    (r"\s*\ba (?:little )?bit\b", ""),
    (r"^[\s,;]*(?:but|and|so)\b,?\s*", ""),  # what is left of 'no worries if not, but ...'
    (r"^((?:I|we) need\b[^?]*|please\b[^?]*)\?$", r"\1."),
    (r"^(?:just )?a (?:gentle |quick |friendly )?(?:reminder|nudge|ping) (?:about|on) ([^.!?:]+)[.!]$", r"Following up on \1."),  # the topic the ask's 'it' points to
    (r"[,;]?\s+(?:but|and|so)[.!]*$", "."),  # what is left of '..., but no pressure at all!'
    (r"^[\s,;]*(?:(?:so|and|but),?\s+)?(?:just\s+)?(?:let me know|lmk)[.!]*$", ""),  # a bare 'let me know': the closing asks for the date

)
# Plainer and clearer: the filler and the vague hedges that blur a sentence, before the jargon is explained.
_CLEAR_RULES: tuple[Rule, ...] = (
    (r"^(?:so|basically|anyway|ok so|okay so)\b,?\s*", ""),
    (r"\bbasically,?\s*", ""),
    (r"\bmaybe (?=\d)", "about "),
    (r",?\s*which it (?:probably|likely|most likely) will\b", ""),
    (r"\bassuming (the [\w -]+?) (?:holds? up|works out|is right|holds)\b", r"if \1 holds"),
)
# Plainer: jargon said in everyday words for a reader outside ML (first mention explained).
_PLAIN_TERMS: tuple[tuple[str, str], ...] = (
    (r"\b(?:the |our )?p(?:50|80|90|95|99)\s+(?:inference\s+)?latency (?:budget|target|sla|slo|limit)\b", "the response-time target"),
    (r"\bWER\b", "word error rate (the share of words the system gets wrong)"),
    (r"\bOOM(?:ing|s|ed)?\b", "running out of memory"),
    (r"\s+at batch size \d+\b", ""),
    (r"\bbatch size\b", "batch size (how much data is processed at once)"),
    (r"\bgradient accumulation\b", "the memory workaround"),
    (r"\btanks throughput\b", "slows training sharply"),
    (r"\bthroughput\b", "processing speed"),
    (r"\bA100s\b", "A100 GPUs"),
    (r"\bLLMs?\b", "language model"),
    (r"\binference p(50|80|90|95|99)\b(?: latency)?", r"response time for \1% of requests"),
    (r"\bQini(?: coefficient| score)?\b", "Qini score (how well the model finds the customers a discount actually changes)"),
    (r"\bpropensity scores?\b", "predicted likelihoods"),
    (r"\bcalibrat(?:e|ing)\b", "adjust"),
    (r"\bcalibrated\b", "adjusted"),
    (r"\bRMSE\b|\bMAE\b", "average error"),
    (r"\bMAPE\b", "average percentage error"),
    (r"\bhyper-?parameters?\b", "settings"),
    (r"\boverfit(?:ting)?\b", "learning the test data too closely"),
    (r"\bcross-?validation\b", "repeated testing on held-back data"),
    (r"\bfalse positives?\b", "false alarms"),
    (r"\bfalse negatives?\b", "missed cases"),
    (r"\bbacktest(?:ed|ing)?\b", "tested on past data"),
    (r"\bhallucinations?\b", "made-up answers"),
    (r"\bdata leakage\b", "test answers leaking into training"),
    (r"\bground truth\b", "the correct answers"),
    (r"\bASR\b", "speech recognition"),
    (r"\bp(50|80|90|95|99)\s+(?:inference\s+)?latency\b|\bp(50|80|90|95|99)\b", r"response time for \1\2% of requests"),
    (r"\blatency\b", "response time"),
    (r"\bF1\b", "accuracy score (F1)"),
    (r"\bAUC\b", "ranking quality score (AUC)"),
    (r"\bprecision\s*@\s*(\d+%?)", r"precision in the top \1 (how often a flag there is right)"),
    (r"\bprecision\b", "precision (how often a flag is right)"),
    (r"(?<!\ba )(?<!\bproduct )(?<!\bfood )(?<!\bpublic )\brecall\b(?!\s+(?:of|notice|costs?)\b)", "recall (how many real cases we catch)"),  # 'means a recall': a product recall, no metric
    (r"\b(?:the |our )?inference costs?\b", "the cost of running the model"),
    (r"\binference (?=runs|is|costs?|takes)", "the model "),
    (r"\binference\b", "running the model"),
    (r"\bheld-out set\b", "test data the model had not seen"),
    (r"\bfine-?tune\b", "further train"),
    (r"\bfine-?tuned\b", "further trained"),
    (r"\bfine-?tuning\b", "further training"),
    (r"\b(?:has|shows) no (?:data )?drift\b", "shows no change in the incoming data"),
    (r"\btokeni[sz]ation\b", "how text is split into words"),
    (r"\bembeddings?\b", "numeric representation"),
    (r"\b(?:data )?drift\b", "change in the incoming data"),
    (r"\bablations?\b", "tests that remove one part at a time"),
    (r"\bbaseline\b", "current version"),
    (r"\bCI\b", "automatic tests"),
    (r"\bPR\b", "code change"),
    (r"\bevals\b", "tests"),
    (r"\beval\b", "test"),
    (r"\bGPUs?\b", "GPU (the chips models run on)"),
    (r"\bP(?:50|80|95)\b", "likely estimate"),
    (r"\bMonte[- ]Carlo\b", "simulation"),
    (r"\bSLA\b", "service commitment"),
    (r"\bCTR\b", "click-through rate (the share of people who click)"),
    (r"\brecsys\b|\brecommender system\b", "recommendation system"),
    (r"\bat p\s*[<≤]\s*0?\.0[15]\b", "and unlikely to be chance"),
    (r"\bon the (?:holdout|hold-out)(?: set| data)?\b", "on test data the model had not seen"),
    (r"\bholdout\b|\bhold-out\b(?! set)", "comparison group"),
    (r"\bnovelty bias\b|\bnovelty effect\b", "novelty effect (people try anything new at first)"),
    (r"\bburn-?in\b", "settling-in period"),
    (r"\bramp (?:up )?to 100%", "roll it out to everyone"),
    (r"\bA/B test\b", "A/B test (a side-by-side comparison with real users)"),
    (r"\b(\d+(?:\.\d+)?)\s?ms\b", r"\1 milliseconds"),
    (r"\ba retrain\b", "to retrain the model"),
)

_SIGNOFF_RE = re.compile(
    r"\s*(?:(?:many )?thanks|thank you)(?: so much| a lot| again| in advance)?[,!.]?\s*(?:\n.*)?$|\s*(?:cheers|best(?: wishes)?|all the best|(?:kind |warm |best )?regards)[,!.]?\s*(?:\n.*)?$",
    re.IGNORECASE | re.DOTALL,
)
_GREETING_RE = re.compile(r"^\s*(?P<word>hi|hey|hello|dear|morning|good morning)\b[ \t]*(?P<name>(?:(?:prof|dr|mr|mrs|ms|professor)\.?[ \t]+)?[A-Za-z][\w-]*)?[ \t]*[,!:.—-]*\s*", re.IGNORECASE)
_GROUP_WORDS = frozenset("all team everyone folks there guys y'all you colleagues people friends crew squad".split())
_GROUP_SAID = {"guys": "all", "y'all": "all", "you": "all", "folks": "all", "colleagues": "all", "people": "all", "friends": "all", "crew": "all", "squad": "team"}  # a group greeted in words any reader is fine with
_VOCATIVE_RE = re.compile(r"^\s*(?P<name>[A-Z][a-z]+)\s*(?:,|\s[—–-]|:)\s+(?=\w)")
_NOT_NAMES = frozenset("so also team all ok okay well anyway hi hey hello yes no fyi update note thanks quick just re subject summary context tldr background agenda look listen honestly sorry right folks guys everyone basically frankly seriously".split())
_HOLIDAY_RE = re.compile(r"\b(?:christmas|easter|thanksgiving|new year'?s?(?: day| eve)?)\b", re.IGNORECASE)
_ACRONYMS = frozenset(
    "ASAP CTO CEO CFO COO VP ML AI API ETA SLA SLO KPI OKR QBR PR PM HR GPU CPU TPU AB MVP EOD EOQ EOW US UK EU NDCG AUC ROC MRR MAP "
    "CTR LLM RAG SQL ETL QA SRE DS PII GDPR SOC ASR WER CI CD OCR NLP".split()
)
_SHOUTED_WORDS = frozenset("NOT NOW THE AND YOU ALL ANY WHY STOP THIS THAT MUST NEED WHAT WILL JUST DONE EVER SAME FIX LIVE LATE OVER BACK DOWN HUGE VERY REAL BIG".split())
_ORDER_RE = re.compile(
    r"^(?:please\s+)?(do(?! you\b| we\b| I\b)|fix|sort (?:it|this|that|them) out|hand in|hand over|turn in|deliver|provide|return|resend|attend|join|reply|respond|answer|send|finish|stop|add|update|change|remove|rerun|ship|review|check|make sure|take|move|drop|delete|pull|get|put|revert|read|set up|install|submit|complete|prepare|fill in|fill out|sign|upload|post|have(?= (?:the|it|this|that|your)\b)|"
    r"roll(?: it)? back|roll|look(?: at| into)?|follow|stick to|keep to|proofread|double-check|redo|rerun|re-run|rewrite|write|merge|test|run|tell|call|book|schedule|cancel|clean(?: (?:it|this|them|that))? up|tidy(?: (?:it|this|them|that))? up|document|share|confirm|revert)\b(.*)$",
    re.IGNORECASE,
)
# A pleasantry sentence: cut when the message must be shorter.
_SMALL_TALK_RE = re.compile(
    r"^(?:(?:anyway|so|ok|okay),?\s+)?(?:(?:I )?hope\b|that'?s (?:where we are|all|it|the (?:update|news|latest))(?: for now)?\b|(?=[^\d]*$).*\blet me know if you have (?:any )?questions\b|(?:let me know|shout|ping me|any questions)\b[^.]*\b(?:questions?|talk|chat|discuss|through)\b"
    r"|(?=[^\d]*$)if you have any (?:questions|concerns|thoughts|worries)\b|happy to (?:chat|talk|discuss|share|go through|walk (?:you )?through|go into|explain)\b|thanks\b|thank you\b|cheers\b|(?:a )?(?:few|couple of) (?:things|updates|notes)\b)",
    re.IGNORECASE,
)
# 'Quick-ish update on the voice search work.': the topic, said before the content (it becomes the subject).
_TOPIC_RE = re.compile(
    r"^(?:(?:I\s+)?(?:just\s+)?wanted to (?:share|give you|send(?: you)?)\s+)?(?:just\s+)?(?:an?\s+)?(?:(?:quick|short|brief)(?:[- ]?ish|\s*\(ish\))?\s+)?(?:note|update|heads[- ]up|fyi|line|word|context|background)\s+(?:on|about|re:?)\s+(?P<t>[^\d]+?)[.!]?$",
    re.IGNORECASE,
)
# 'Following up on our chat last Thursday about the GPU spend, since it came up ...': no number, only the topic and why it is raised.
_FOLLOW_UP_RE = re.compile(
    r"^(?=[^\d$€£]*$)(?:following up|circling back|coming back to you|a follow-up)\s+(?:on|about|to)\s+(?:[^,.;]*?\b(?:about|on|re:?|regarding)\s+)?(?P<t>(?:the|our|my|your) [\w -]+?)(?=\s*(?:[,.;!?]|$)|\s+(?:since|because|as|which|that|so|and)\b)",
    re.IGNORECASE,
)
_SUBJECT_LINE_RE = re.compile(r"^\s*(?:re|subject|topic|fyi)\s*:\s*(?P<t>[^.\n]{2,60}?)\s*(?:\.|\n|$)\s*", re.I)
_INVITATION_RE = re.compile(r"\b(?:let me know|shout|ping me|reach out|questions?|talk (?:it )?through|happy to (?:chat|talk|discuss))\b", re.IGNORECASE)
_NEWS_RE = re.compile(
    r"\b(?:passed|shipped|launched|finished|completed|fixed|merged|delivered|signed|approved|went live|is live|landed|added|adding|introduced|rolled out|put in place|is done|are done|done)\b", re.IGNORECASE
)
_RISK_RE = re.compile(
    r"\b(?:risk\w*|worr\w*|concern\w*|block\w*|slip\w*|lose|lost|delay\w*|miss\w*|late|behind|fail\w*|couldn'?t|can'?t|cannot|stuck|outage|broken|issue|problem|root cause|caused|incident|bug|expired)\b",
    re.IGNORECASE,
)
_HEDGE_LEFT_RE = re.compile(
    r"\b(?:maybe|perhaps|sorry|just|I think|if possible|any chance|no pressure|no worries|might|kind of|sort of|at some point|sometime soon|wondering|(?:totally|completely) (?:understand|get)|hoped|hoping|whenever (?:works|suits))\b",
    re.IGNORECASE,
)
_BLAME_LEFT_RE = re.compile(
    r"\b(?:(?:your|his|her|their) [\w#'’-]+(?: [\w#-]+)? (?:broke|killed|took down|wiped)|not optional|non-negotiable|unacceptable|you (?:always|never)|nobody (?:on|in) \w+ team)\b",
    re.IGNORECASE,
)
_DATE_WORD_RE = re.compile(r"\b(?:end of (?:the |this |next )?(?:week|month|day)|this week|next week|\d{1,2}(?:st|nd|rd|th)?|mon|tue|wed|thu|fri|sat|sun|today|tomorrow|eod|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b", re.I)
# A request said as a plan or a condition ('we'd like to start from 18 Jan', 'if procurement can send us ...'): an ask.
_PROPOSAL_RE = re.compile(
    r"(?<!than )(?<!as )\b(?:we'?d like|we would like|I'?d like|we want to|we plan to|we propose|we suggest|(?:I|we) need|if (?:[\w-]+ ){1,4}(?:can|could) (?:send|give|share|provide|approve|sign|get|move|confirm))\b", re.I
)
# A proposal that waits on the reader's go-ahead ('we'd like to start from 18 Jan'); 'we plan to' only informs (no 'does that work').
_GO_AHEAD_RE = re.compile(r"(?<!than )(?<!as )\b(?:we'?d like|we would like|I'?d like|we propose|we suggest|if (?:[\w-]+ ){1,4}(?:can|could) (?:send|give|share|provide|approve|sign|get|move|confirm))\b", re.I)
_WORD_TARGET = 0.6  # with no limit stated, 'shorter' means about half: more than 60% of the words left is a miss
_WORD_AIM = 0.5  # what the cut aims for: half ('cut this in half' is read literally)


@dataclass
class Reworked:
    """A rewrite: the greeting, the sentences, the closing line, the topic it announced, and what is still short of the goal."""

    greeting: str = ""
    sentences: list[str] = field(default_factory=list)
    closing: str = ""
    topic: str = ""
    shortfalls: list[str] = field(default_factory=list)
    signoff: str = ""
    bullets: bool = False
    picked: list[str] = field(default_factory=list)  # what the rewrite chose that the manager did not say (a date)
    lines: bool = False  # a limit in lines: each sentence is a line of its own
    unchanged: bool = False  # softer or firmer found nothing to reword: no rewrite to show
    left_out: list[str] = field(default_factory=list)  # shorter: the sentences with a figure the cut dropped, said back as left out

    def text(self) -> str:
        if self.bullets:  # one point a line, the closing after the list
            return "\n\n".join(x for x in [self.greeting, "\n".join(f"- {x}" for x in self.sentences), self.closing, self.signoff] if x)
        if self.lines:
            return "\n\n".join(x for x in [self.greeting, *self.sentences, self.closing, self.signoff] if x)
        parts = [self.greeting, self.sentences[0] if self.sentences else "", " ".join(self.sentences[1:]), self.closing, self.signoff]
        return "\n\n".join(x for x in parts if x)


def greeting_name(text: str) -> str:
    """The name a pasted message greets ('Hi Victor, ...' or 'Yaw, your PR ...' -> the name), or ''."""
    m = _GREETING_RE.match(text)
    if m:
        name = m.group("name") or ""
        return " ".join(w[:1].upper() + w[1:].lower() for w in name.split()) if name and name.lower() not in _GROUP_WORDS and name.lower() not in _NOT_NAMES else ""  # 'Prof. Lindqvist' keeps its title
    v = _VOCATIVE_RE.match(text)
    return v.group("name") if v and v.group("name").lower() not in _NOT_NAMES else ""


def _greeting_line(text: str, recipient: str, tone: str = "direct") -> tuple[str, str]:
    """(the greeting to write, the message without its own greeting): the person greeted, else the recipient
    in the tone asked for."""
    m = _GREETING_RE.match(text)
    v = _VOCATIVE_RE.match(text) if not m else None
    name = greeting_name(text) or recipient.strip()
    rest = text[m.end() :] if m else text[v.end() :] if v and greeting_name(text) else text
    group = m is not None and (m.group("name") or "").lower() in _GROUP_WORDS - {"there"}
    word = "Dear" if (m and m.group("word").lower() == "dear" and tone != "warm") or (not m and tone == "formal") else "Hi"  # warmer or less formal: never 'Dear'
    warm = " hope you are well." if tone == "warm" and not m and not v else ""
    said = (m.group("name") or "").lower() if group and m else "team"
    said = _GROUP_SAID.get(said, said)
    greeting = f"{word} {name},{warm}" if name else f"Hi {said}," if group or re.match(r"\s*team\s*(?:,|\s[—–-])", text, re.I) else"Hello," if m else ""  # 'hey,' to someone unnamed: still greeted, neutrally
    rest = re.sub(r"^\s*team\s*(?:,|\s[—–-])\s*", "", rest, flags=re.I) if greeting == "Hi team," else rest
    return greeting, rest.strip()


def _apply(sentence: str, rules: tuple[Rule, ...]) -> str:
    for pattern, plain in rules:
        sentence = re.sub(pattern, plain, sentence, flags=re.IGNORECASE)
    return sentence


def _gerund(verb: str) -> str:
    """'push' -> 'pushing', 'merge' -> 'merging', 'ship' -> 'shipping'."""
    v = verb.lower()
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith("ee"):
        return v[:-1] + "ing"
    return v + v[-1] + "ing" if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", v) else v + "ing"


_DONT_RE = re.compile(r"^(?:do not|don'?t) (?P<v>\w+)(?P<rest>.*?)(?:\s+(?:ever )?again)?[.!]*$", re.I)


def _split_dont(sentence: str) -> list[str]:
    """'Fix it today and don't ship anything else without me.' -> the order and the prohibition, each said on its own."""
    m = re.match(r"^(?P<a>[^.!?]+?),?\s+and\s+(?P<b>(?:do not|don'?t)\s+[^.!?]+)[.!]*$", sentence.strip(), re.I)
    return [_tidy(m.group("a")), _tidy(m.group("b"))] if m and _SIGN_OFF_RULE_RE.match(m.group("b")) else [sentence]


# 'Do not take figures to senior people without my review again.': a gate through the manager, said as an order.
_GATE_ORDER_RE = re.compile(
    r"^(?:please )?(?:do not|don'?t|never) (?P<v>[a-z]+) (?P<x>[^.!?]+?) without (?:my|me|a|our|any) (?:personal |proper |quick )?(?P<g>review|sign-?off|approval|check|ok|okay|go-?ahead|look)(?:ing)?"
    r"(?: (?:it |them )?(?:first|again|ever again|from now on|beforehand))*[.!]*$",
    re.I,
)
# 'No more weekend deploys, full stop.': a rule slammed shut.
_NO_MORE_RE = re.compile(r"^no more (?P<x>[a-z][\w -]{2,40}?)(?:,? (?:full stop|period|ever|from now on|after this))?[.!]*$", re.I)


def _rule_as_agreement(sentence: str) -> str:
    """Softer: an order that gates the reader's work through the manager, or slams a rule shut, said as a rule agreed
    together ('Do not take figures to senior people without my review again.' -> 'From now on, before you take figures
    to senior people, could we do a quick review together first? ...'; 'No more weekend deploys.' -> 'Could we agree a
    simple rule from now on: no weekend deploys? ...'); any other sentence unchanged."""
    x = sentence.strip()
    gate = _GATE_ORDER_RE.match(x)
    if gate:
        check = gate.group("g").lower() if gate.group("g").lower() in ("look", "check") else "review"
        return (f"From now on, before you {gate.group('v').lower()} {gate.group('x')}, could we do a quick {check} together first? "
                "I'm glad to make the time, and it protects you as much as anyone.")
    rule = _NO_MORE_RE.match(x)
    if rule:
        return f"Could we agree a simple rule from now on: no {rule.group('x')}? I'd like us to set it up together."
    return sentence


def _dont_as_request(sentence: str) -> str:
    """Softer: 'Don't deploy on Fridays again.' -> 'Please avoid deploying on Fridays from now on.'"""
    agreed = _rule_as_agreement(sentence)
    if agreed != sentence or _SIGN_OFF_RULE_RE.match(sentence.strip()):
        return agreed  # 'don't ship anything without me looking at it': a sanction, said as a shared check later
    m = _DONT_RE.match(sentence)
    if m and m.group("v").lower() == "let" and re.match(r"\s*(?:this|it|that) happen", m.group("rest"), re.I):
        return "Let's work out together how to avoid it next time."
    return f"Please avoid {_gerund(m.group('v'))}{m.group('rest')} from now on." if m else sentence


def _split(body: str) -> list[str]:
    return [x.strip() for x in re.split(r"(?<=[.?!…])\s+(?=[\"'“(#\w])|\n+", body) if re.search(r"\w", x)]


_ITS_RE = re.compile(r"\bits (?=(?:been|not|a|an|the|going|gonna|already|still|just|over|only|too|very|about|fine|ok|okay|late|due|now|clear|true|hard)\b)")  # 'its been 17': it has


def _tidy(sentence: str) -> str:
    """A sentence with its spacing, capital and closing mark set right."""
    x = re.sub(r"\s{2,}", " ", re.sub(r"\s+([,.;:?!])", r"\1", sentence)).strip(" ,;-—")
    x = re.sub(r"([,;])\1+|,(?=[.?!])", r"\1", x).rstrip(",;")
    if not re.search(r"\w", x):
        return ""
    x = _ITS_RE.sub("it's ", x)
    x = re.sub(r"^(Could (?:we|you) )([A-Z])(?=[a-z]+\b)", lambda m: m.group(1) + m.group(2).lower(), x)  # 'Could we Lock the spec': a verb, not a name
    if re.fullmatch(r"(?i)(?:just|so|and|but|also|anyway|ok|okay|well|though|then)[.!?…]*", x):
        return ""  # what was left of 'just whenever you get a moment'
    x = x[:1].upper() + x[1:]
    asking = re.match(r"(?i)(?:could|can|would|will|do|does|is|are|what|when|why|how|who)\b", x) and not re.match(r"(?i)(?:is|are|will)\b[^?]*\b(?:is|are)\b", x)
    asking = asking and not re.match(r"(?i)what (?:I|we)(?:'d| would)? (?:need|want|propose|suggest)\b", x)  # 'What I need from you: ...' says, not asks
    if asking and x[-1] not in ".?!…":
        return x + "?"
    if re.match(r"(?i)could you\b", x) and x.endswith("."):
        return x[:-1] + "?"
    if re.match(r"(?i)(?:please|(?:I|we|you|everyone|everybody) needs?(?: to)?)\b", x) and x.endswith("?"):
        return x[:-1] + "."  # 'Please share what happened.' is a request, not a question
    return x if x[-1] in ".?!…" else x + "."


def _lower_shouting(text: str) -> str:
    """Words in capitals lower-cased; acronyms (ASR, WER, GPU) keep their case."""

    def fix(m: re.Match[str]) -> str:
        w = m.group(0)
        return w if w in _ACRONYMS or (len(w) <= 4 and w not in _SHOUTED_WORDS) else w.lower()

    return re.sub(r"\b[A-Z]{2,}\b", fix, text)


def _as_request(sentence: str) -> str:
    """'Fix it today.' -> 'Could you fix it today?'; 'Review comments have often been ignored.' is no order."""
    if re.match(r"(?i)^\w+(?: [\w-]+){0,2} (?:have|has|had|is|are|was|were|keeps?|gets?|got)\b(?! you\b)", sentence):
        return sentence  # a noun and its verb: a statement, whatever its first word
    order = _ORDER_RE.match(sentence)
    return f"Could you {order.group(1).lower()}{order.group(2).rstrip('.!')}?" if order else sentence


_BLAME_RE = re.compile(
    r"\b(?:your|his|her|their)\s+(?P<owner>(?:team|squad|group|folks|people|org)(?:'s|’s|s'|’)\s+)?(?P<x>[\w#-]+(?: [\w#-]+){0,2}?)\s+(?P<verb>broke|has broken|took down|killed|brought down|knocked over|wiped|deleted|corrupted|overwrote|clobbered|blocked)\s+"
    r"(?P<y>(?:the |our |my |a |an )?[\w#-]+(?: [\w#-]+){0,2}?)(?P<again>\s+again)?(?P<count>\s+(?:twice|once|\w+ times))?(?:\s+(?:with|by|through|via)\s+(?P<how>[^.,;]+?))?"
    r"(?P<tail>\s+(?:for|on|during|at|in|last|this|yesterday|today|overnight)\b[^.,;]*)?(?=[.,;!?]|$)",
    re.IGNORECASE,
)


_HABIT_RE = re.compile(r"^you (?P<when>always|never) (?P<v>[a-z]+) (?:the |our |your )?(?P<x>[\w-]+(?: [\w-]+){0,2}?)(?=\s+(?:and|so|but|before|when)\b|[,.;!?]|$)", re.I)
_participle = participle


def _habit(sentence: str) -> str:
    """'You always skip the design review' -> 'The design review has been skipped a few times' (what happens, not who)."""
    m = _HABIT_RE.match(sentence)
    if not m:
        return sentence
    said = "has been {} a few times" if m.group("when").lower() == "always" else "hasn't been {} lately"
    return f"The {m.group('x')} {said.format(_participle(m.group('v')))}{sentence[m.end():]}"


_NOT_OWNERS = frozenset("it that there what he she here who let this where how today everyone nobody someone the today's yesterday's".split())  # "It's", "That's": no one's work
_FAULT_RE = re.compile(r"\b(?:fail\w*|broke|broken|late|slipp?\w*|miss\w*|didn'?t|did not|never|delay\w*|wrong|bug\w*|behind)\b", re.I)
_WHOSE_RE = re.compile(r"(?<![.!?]\s)\b(?P<n>[A-Z][a-z]+)(?:'s|’s) (?=[a-z])")
_WHO_DIDNT_RE = re.compile(r"\b(?P<n>[A-Z][a-z]+) (?:didn'?t|did not|never|failed to) (?P<v>finish|deliver|ship|complete|send|fix|test|review|update|document|merge|deploy|label|clean) (?P<x>(?:the|our|their|his|her) [\w -]+?)(?P<t> on time| in time| before [\w ]+?| by [\w ]+?)?(?=\s*(?:[.,;!]|and\b|but\b|$))")


def _no_names_in_fault(sentence: str) -> str:
    """Softer, about a fault: the work that went wrong, not the person named with it ('Priya's model kept failing evals
    and Tom didn't finish the data pipeline on time' -> 'the model kept failing evals and the data pipeline wasn't
    finished on time'); the team owns it together."""
    if not _FAULT_RE.search(sentence):
        return sentence
    said = _WHOSE_RE.sub(lambda m: m.group(0) if m.group("n").lower() in _NOT_NAMES | _NOT_OWNERS else "the ", sentence)
    return _WHO_DIDNT_RE.sub(lambda m: m.group(0) if m.group("n").lower() in _NOT_NAMES else f"{re.sub(r'(?i)^(?:his|her|their) ', 'the ', m.group('x'))} wasn't {_participle(m.group('v'))}{m.group('t') or ''}", said)


_KEEPS_DOING_RE = re.compile(
    r"^(?:your (?:team|folks|people|side|group)|you(?: guys| all)?|they) keeps? (?P<v>[a-z]+)ing (?P<x>(?:our|the|my) [\w-]+(?: [\w-]+)?) (?P<how>without (?:asking|checking|telling (?:us|anyone)|notice|warning)|at short notice|late)(?P<rest>[^.!?]*)[.!]*$",
    re.I,
)


def _keeps_doing(sentence: str) -> str:
    """Softer: 'Your team keeps pulling our GPUs without asking.' -> 'Our GPUs keep getting pulled without notice.' (what
    keeps happening, not who keeps doing it)."""
    m = _KEEPS_DOING_RE.match(sentence)
    if m is None:
        return sentence
    verb = m.group("v")
    base = verb[:-1] if re.search(r"([bdgmnprt])\1$", verb) else verb  # 'dropping' -> 'drop'
    how = "without notice" if m.group("how").lower().startswith("without") else m.group("how")
    x = m.group("x")
    return f"{x[:1].upper()}{x[1:]} keep{'s' if not re.search(r's$', x) else ''} getting {_participle(base)} {how}{m.group('rest')}."


def _soften_blame(sentences: list[str]) -> tuple[list[str], str]:
    """'your PR #412 broke nightly eval again' -> 'The nightly eval failed after PR #412 went in'; also the thing
    that broke (for the why of a rule), and 'X is not optional' said as a request with that why."""
    counted = any(re.search(r"\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time\b|\btwice\b", x, re.I) for x in sentences)
    hit = ""
    out = []
    for x in sentences:
        m = _BLAME_RE.search(x)
        if m and (m.group("owner") or not re.match(r"(?i)broke|has broken|took down|killed|brought down|knocked over", m.group("verb"))):
            # 'your team's export broke our run', 'your job wiped the cache': the thing and what it did, no owner
            x = x[: m.start()] + f"the {m.group('x')} {m.group('verb')} " + x[m.start("y") :]
            hit = hit or m.group("y")
        elif m:
            y = m.group("y") if re.match(r"(?i)(?:the|our|my|a|an)\b|(?:prod|production|staging|main|master|dev)$", m.group("y")) else "the " + m.group("y")
            again = " again" if m.group("again") and not counted else ""
            who = m.group("x")
            named = re.search(r"[#\d]", who) or re.match(r"[A-Z][a-z]|(?i:the|a|an|our|my)\b", who)  # 'PR #412' stands alone, 'PR' and 'config change' take 'the'
            cause = m.group("how") or (f"a change from the {who}" if re.fullmatch(r"(?i)team|squad|folks|people|guys", who) else f"{'' if named else 'the '}{who} went in")
            lead = re.fullmatch(r"(?i)(?:the |these |those |some )?(?P<t>(?:[\w-]+ ){0,3}?[\w-]+ (?:in|of|from|on|inside) )", x[: m.start()])  # 'the shortcuts in your pipeline broke prod'
            cause = f"the {lead.group('t')}the {who} went in" if lead and not m.group("how") else cause
            x = ("" if lead else x[: m.start()]) + f"{y} failed{again}{m.group('count') or ''}{m.group('tail') or ''} after {cause}" + x[m.end() :]
            x = x[:1].upper() + x[1:]
            hit = hit or y
        out.append(x)
    return [_counted_again(_habit(_why_not_optional(x, hit))) for x in out], hit


_TIMES = {"second": "twice", "third": "three times", "fourth": "four times", "fifth": "five times"}
_AGAIN_RE = re.compile(
    r"^this is the (?P<n>second|third|fourth|fifth) time (?:that )?(?P<x>the [\w -]+?|your [\w -]+?|this [\w -]+?) (?:is|has been|was|'s|went out|came in|arrived|got sent|was sent|got) "
    r"(?P<how>late|delayed|slipped|missed|moved|rescheduled|cancel+ed|postponed|pushed(?: back)?)\b\.?$",
    re.I,
)
# The manager says the reader is going through something ('his dad's been in hospital'): the softer note says it knows.
_HARD_TIME_RE = re.compile(r"\b(?:stressed|stretched(?: thin)?|under (?:a lot of )?pressure|hospital|ill|sick|surgery|bereave\w*|passed away|funeral|grieving|going through|stuff going on|a lot going on|tough time|hard time|struggl\w*|caring for|new baby|divorce)\b", re.I)


# A verdict on the situation ('This is not acceptable', 'this keeps happening'): the reader hears a charge, not what is needed.
_VERDICT = (
    r"(?:this|that|it|these|they)(?: is|'s| was| are|'re| were) (?:just |completely |totally |frankly |basically |simply |honestly )?"
    r"(?:not acceptable|unacceptable|not ok(?:ay)?|not good enough|ridiculous|a joke|absurd|not how we work|unusable|not usable|useless|garbage|rubbish|junk"
    r"|a mess|a disaster|a shambles|embarrassing|sloppy|careless|worthless|pointless|amateurish|not professional|unprofessional)"
    r"|(?:this|that|it) (?:can(?:'?t|not) (?:keep (?:on )?happening|happen again|go on|continue)|(?:has|needs) to stop|keeps (?:on )?happening|is the last time|won'?t happen again)"
    r"|(?:I|we) (?:won'?t|will not|can(?:'?t|not)) (?:accept|tolerate) (?:this|that|it)|enough is enough|(?:I|we) can(?:'?t|not) keep (?:doing|dealing with) this"
)
_VERDICT_RE = re.compile(rf"^(?:{_VERDICT})(?:\s+any ?more|\s+again)?(?P<when>\s+(?:today|now|right now|immediately|this week|from now on))?(?:[.!]+$|$|\s*(?:,\s*(?:and|so)?|and|so|[-–—:;])\s+(?=\w))", re.I)
_VERDICT_LEFT_RE = re.compile(rf"\b(?:{_VERDICT})\b", re.I)
_NTH_TIME_RE = re.compile(r"^(?:this|that|it)(?: is|'s| was) (?:now )?the (?P<n>second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time(?P<when> (?:this|in|over|since) [\w ]+?)?[.!]*$", re.I)
_RECURS_RE = re.compile(r"\bkeeps? (?:on )?happening\b", re.I)
_COUNT_SAID_RE = re.compile(r"\b(?:again|twice|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time|\w+ times)\b", re.I)


# A fault of the reader's own ('the numbers you posted were wrong again'): softer, it is the work's, and no tally is kept.
# (Not 'your change broke our pipeline for the third time': there the count is of the harm to us, and it stays.)
_READERS_FAULT_RE = re.compile(
    r"\byou\s+(?:posted|sent|shared|pushed|uploaded|wrote|ran|published|reported|filed|merged|gave us)\b[^.;!?]*?\b(?:was|were|is|are)\s+(?:\w+\s+)?(?:wrong|incorrect|off|late|broken|missing)\b"
    r"|\byour\s+(?:[\w#-]+\s+){0,2}?(?:numbers?|figures?|results?|report|analysis|estimate|data|labels|notes|update|summary)\s+(?:was|were|is|are)\s+(?:\w+\s+)?(?:wrong|incorrect|off|late)\b"
    r"|\byou\s+(?:got|made)\s+(?:it|them|this|that|the [\w-]+)\s+wrong\b",
    re.I,
)
_TALLY_RE = re.compile(r",?\s+(?:again|(?:for\s+)?the\s+(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time|twice|(?:three|four|five|several|multiple)\s+times)(?:\s+now)?\b", re.I)
_YOU_MADE_RE = re.compile(r"\b(?P<x>(?:the|these|those)\s+(?:[\w#-]+\s+){0,3}?[\w#-]+)\s+you\s+(?P<v>posted|sent|shared|pushed|uploaded|wrote|ran|published|reported|filed|merged)\b", re.I)


# 'You presented an unreviewed 11% saving to the works director, based on three days of data.': the reader as the
# subject of a charge whose fault is an un-done check.
_YOU_UNCHECKED_RE = re.compile(
    r"^you (?P<v>presented|shared|sent|posted|published|shipped|pushed|released|gave|showed|quoted|reported) (?:an?|the|some) (?P<un>un(?P<done>reviewed|tested|checked|validated|approved|verified|vetted))\s+"
    r"(?P<x>[^,.;!?]+?)(?P<to>\s+(?:to|with|in|at)\s+[^,.;!?]+?)?(?P<rest>,\s*[^.!?]+)?[.!]*$",
    re.I,
)


def _unchecked_as_fact(sentence: str) -> str:
    """Softer: 'You presented an unreviewed 11% saving to the works director, based on three days of data.' -> 'The 11%
    saving you presented to the works director hadn't been reviewed yet, and it was based on three days of data.' (the
    missing check, not the person, at the centre)."""
    m = _YOU_UNCHECKED_RE.match(sentence.strip())
    if m is None:
        return sentence
    rest = re.sub(r"^,\s*(?=(?:based|built|measured|drawn|taken)\b)", ", and it was ", m.group("rest") or "")
    return f"The {m.group('x')} you {m.group('v').lower()}{m.group('to') or ''} hadn't been {m.group('done').lower()} yet{rest}."


def _fault_without_tally(sentence: str) -> str:
    """Softer, about the reader's own slip: 'The eval numbers you posted in #results were wrong again' -> 'The eval
    numbers posted in #results had errors' (the work, not the person; no 'again', no count)."""
    if not _READERS_FAULT_RE.search(sentence):
        return sentence
    said = _YOU_MADE_RE.sub(lambda m: f"{m.group('x')} {m.group('v').lower()}", _TALLY_RE.sub("", sentence))
    said = re.sub(r"(?i)\b(sent|shared|posted|reported) (?=(?:the|our|all|both|every) (?!(?:day|week|morning|night|evening|time)\b)[a-z])", r"\1 to ", said)  # 'the forecast sent the managers': sent to them
    return re.sub(r"\b(were|was) (?:wrong|incorrect)\b", lambda m: "had errors" if m.group(1).lower() == "were" else "had an error", said)


def _without_verdicts(sentences: list[str]) -> tuple[list[str], bool]:
    """Softer: a verdict sentence goes and a verdict clause before the ask goes ('This is not acceptable and I need a
    fix by Wed' -> 'I need a fix by Wed'); 'this keeps happening', when nothing else says it recurs, stays as the fact
    ('This has happened more than once now'). True when a verdict went."""
    counted = any(_COUNT_SAID_RE.search(x) for x in sentences)
    out, dropped = [], False
    for x in sentences:
        count = _NTH_TIME_RE.match(x)
        if count and out and _READERS_FAULT_RE.search(out[-1]):  # 'you posted wrong numbers. This is the third time.': a tally kept on the reader
            dropped = True  # said instead as the ask to fix it together
            continue
        if count and out:  # 'This is the second time this month.' said as a charge: the count joins the fact it counts
            out[-1] = out[-1].rstrip(".!") + f", the {count.group('n').lower()} time{count.group('when') or ''}."
            continue
        m = _VERDICT_RE.match(x)
        if not m:
            out.append(x)
            continue
        dropped = True
        rest = x[m.end() :].strip()
        if _RECURS_RE.search(m.group(0)) and not counted:
            out.append("This has happened more than once now.")
        if m.group("when") and not rest:  # 'This has to stop today.': the urgency stays, as a request
            out.append(f"Could we make sure it doesn't happen again, starting {m.group('when').strip().lower()}?")
        if rest:
            out.append(rest[:1].upper() + rest[1:])
    return out, dropped


# A threat: 'If it moves again we will do Q1 planning without your team's input', 'Next time I'm escalating to your manager'.
_THREAT_RE = re.compile(
    r"^(?:and |so )?(?:if|next time|one more time and|should) (?P<cond>[^,]+?),?\s+(?:then\s+)?(?P<who>we|I)(?:'ll| will| are going to|'re going to| am going to|'m going to|'ll have to| will have to| have to|'re|'m| are| am) "
    r"(?P<act>[^.!?]+?)[.!?]*$",
    re.I,
)
_ESCALATE_RE = re.compile(r"\b(?:escalat\w+|raise (?:it|this|that)|take (?:it|this|that) (?:to|up with)|go (?:to|over)|loop in|involve|report (?:it|this|that|you)|formal)\b", re.I)
_WITHOUT_YOU_RE = re.compile(r"^(?:(?:just|simply) )?(?P<verb>go ahead with|carry on with|proceed with|[a-z]+) (?P<what>.+?) without (?P<y>(?:you|your|your team'?s?|your side'?s?) ?[\w -]*)$", re.I)
_MOVED_RE = re.compile(r"\b(?:moves?|moved|gets? moved|is moved|reschedul\w+|cancel+\w*|postpon\w+|bump\w*)\b", re.I)
_MISSING_BY_RE = re.compile(
    r"^(?:(?:we|I) (?:don'?t|do not|can'?t|cannot) (?:get|have|receive|see) (?P<x>.+?)|(?P<y>it|this|that|the [\w -]+?|your [\w -]+?)(?:'s not|'re not| isn'?t| is not| aren'?t| are not| hasn'?t been| haven'?t been) (?P<state>[\w-]+)) (?P<by>by|before) (?P<d>.+)$",
    re.I,
)


def _threat_as_need(sentence: str) -> tuple[str, bool]:
    """Softer: a threat said as the need behind it ('If it moves again we will plan without your input' -> 'We need your
    input for the planning, so could we find a time that works for you and keep it?'); an escalation threat goes, its
    date kept as a request. (the sentence, True when it was a threat)."""
    m = _THREAT_RE.match(sentence)
    if not m:
        return sentence, False
    cond, act = m.group("cond").strip(), m.group("act").strip()
    missing = _MISSING_BY_RE.match(cond)
    if missing:
        thing = missing.group("x") or re.sub(r"(?i)^your\b", "the", missing.group("y"))
        request = f"Could we get {thing}{' ' + missing.group('state') if missing.group('state') else ''} {missing.group('by').lower()} {missing.group('d')}?"
    elif _MOVED_RE.search(cond):
        request = "could we find a time that works for you and keep it?"
    else:
        request = ""
    if _ESCALATE_RE.search(act):
        return request[:1].upper() + request[1:] if request else "", True  # the escalation goes, the need stays
    without = _WITHOUT_YOU_RE.match(act)
    if without:
        verb = without.group("verb").lower()
        done = f"for {without.group('what')}" if verb in ("do", "run", "hold", "have", "make") else f"before we {verb} {without.group('what')}"
        need = f"I'd like {without.group('y').strip()} {done}"
        return f"{need}, so {request[:1].lower() + request[1:]}" if request else f"{need}.", True
    first, _, rest = act.partition(" ")
    act = f"{base_of_ing(first)} {rest}".strip() if first.lower().endswith("ing") and len(first) > 5 else act  # 'have to moving the contract': move
    if request:
        return f"{request[:1].upper() + request[1:]} Otherwise we'd have to {act}, which I'd like to avoid.", True
    return f"I'd like to avoid having to {act}, so could we talk about what would help?", True


_NTH_TIME_THAT_RE = re.compile(
    r"^(?:this|that|it)(?: is|'s) (?:now )?the (?P<n>second|third|fourth|fifth) time(?: (?P<when>this (?:week|month|sprint|quarter|year)|today|in (?:a|one|two|three) (?:weeks?|months?|days?)))?,?\s+(?:that\s+)?(?P<rest>(?!(?:in|this|over|since|today|now|for|of)\b)\w.+?)[.!]*$",
    re.I,
)


def _counted_again(sentence: str) -> str:
    """'This is the second time the eval report is late' -> 'The eval report has been late twice now'; 'This is the
    second time this week prod went down after a merge' -> 'Twice this week, prod went down after a merge' (what
    happened and how often, not a charge)."""
    m = _AGAIN_RE.match(sentence)
    if not m:
        said = _NTH_TIME_THAT_RE.match(sentence)
        if said is None:
            return sentence
        times, rest = _TIMES[said.group("n").lower()], said.group("rest")
        if said.group("when"):
            return f"{times[:1].upper()}{times[1:]} {said.group('when').lower()}, {rest}."
        return f"{rest[:1].upper()}{rest[1:]}, {times} now."
    x = re.sub(r"(?i)^your\b", "the", m.group("x"))
    return f"{x[:1].upper()}{x[1:]} has been {m.group('how').lower()} {_TIMES[m.group('n').lower()]} now."


def _why_not_optional(sentence: str, broke: str) -> str:
    m = re.match(r"^(?P<x>[\w\s-]{2,40}?)\s+(?P<be>are|is)\s+(?:not optional|mandatory|non-negotiable|required|a must)\.?$", sentence, re.I)
    if not m or not re.search(r"\b(?:review|test|check|approval|sign-?off|eval|qa|linting|ci)\w*\b", m.group("x"), re.I):
        return sentence  # 'attendance at standup is mandatory' is no check that catches problems
    x, plural = m.group("x").strip(), m.group("be").lower() == "are"
    where = f"before they reach {broke}" if broke else "early"
    them = "They're what catch" if plural else "It's what catches"
    return f"Could you make sure {x[:1].lower() + x[1:]} {'are' if plural else 'is'} part of every change? {them} problems like this {where}."


def _topic(sentences: list[str], label_it: bool = True) -> tuple[list[str], str]:
    """The sentences without an opener that only names the topic ('Quick-ish update on X'), and that topic; with
    label_it, the topic labels the first line instead (a chat message has no subject line)."""
    for i, x in enumerate(sentences[:2]):
        m = _TOPIC_RE.match(x) or _FOLLOW_UP_RE.match(x)
        if m:
            topic = re.split(r"\s+(?:that |which )?(?:we|you|I) (?:talked|spoke|discussed|chatted|mentioned)\b|,?\s+(?:since|because|as) |,?\s+and (?:also )?(?:to )?(?:ask|request|check|raise|flag)\b", m.group("t"))[0].strip(" .")  # 'on the X and also ask for something': the topic is X
            topic = re.sub(r"(?i)\s+(?:thing|stuff|situation|business)$", "", topic)  # 'the frost model thing': the frost model
            if re.match(r"(?i)(?:a |the )?(?:few|couple of|some|several|various|a number of) (?:things|updates|items|points|bits)\b|(?:things|where we are|what'?s (?:been )?happening)\b", topic):
                return sentences[:i] + sentences[i + 1 :], ""  # 'an update on a few things': no topic to keep
            rest = sentences[:i] + sentences[i + 1 :]
            label = re.sub(r"(?i)^(?:the|our|my)\s+", "", topic)
            if label_it and rest and label.lower() not in rest[0].lower():  # the topic stays in the message, as a label of its first line
                first = rest[0] if re.match(r"[A-Z]{2}|I\b", rest[0]) else rest[0][:1].lower() + rest[0][1:]
                rest[0] = f"{label[:1].upper()}{label[1:]}: {first}"
            return rest, topic
    return sentences, ""


def _fuller(ask: str, pasted: str) -> str:
    """'the batch by Wed' -> 'the relabelled claims batch by Wed' when the pasted message names it in full."""
    m = re.match(r"(?i)(?:(?:i|we) need )?(?P<det>(?:the|our) )?(?P<head>[\w-]+)\b", ask)
    if not m:
        return ask
    full = re.search(rf"(?i)\b(?P<det>the|our) (?P<more>(?:[\w-]+ ){{1,3}}){re.escape(m.group('head'))}\b", pasted)
    if not full:
        return ask
    return ask[: m.start("head")] + ("" if m.group("det") else full.group("det") + " ") + full.group("more") + ask[m.start("head") :]


def _qualified(ask: str, pasted: str) -> str:
    """'the GPS exports by Fri' -> 'the GPS exports from the last 2 seasons by Fri' when the pasted message says
    which ones with a number: the dated ask replaces the pasted one, so its count must not go with it."""
    m = re.match(r"(?i)(?:(?:i|we) need )?(?P<obj>.+?)(?=\s+(?:by|before|until)\b)", ask)
    if not m or re.search(r"\d", m.group("obj")):
        return ask
    core = re.sub(r"(?i)^(?:the|our|my|your)\s+", "", m.group("obj"))
    more = re.search(rf"(?i)\b{re.escape(core)}(?P<q>\s+(?:from|for|of|on|covering|across|over|in) [^,.;?!]*?\d[^,.;?!]*?)(?=\s+(?:could|to|might|would|will|can|may|by|before|should|are|is)\b|[,.;?!]|$)", pasted)
    return ask[: m.end("obj")] + more.group("q") + ask[m.end("obj") :] if more else ask


# Exasperation ('I'm tired of re-checking your team's work', 'we're sick of chasing this'): the cost it names, as a fact.
_FED_UP_RE = re.compile(
    r"(?P<join>,\s*|\s+)?(?:(?:and|but|so)\s+)?\b(?:I'?m|I am|we'?re|we are|I'?ve been|I have been|we'?ve been|we have been|I'?m getting|we'?re getting) (?:so |really |very |just |pretty |frankly )?"
    r"(?:sick and tired|tired|sick|fed up|done|exhausted|weary|over)(?: of| with)(?: having to)? (?P<rest>[^.!?;]*)",
    re.I,
)
# Whose work it is said as a charge ('your team's work', 'your people's labels'): the work itself.
_WHOSE_WORK_RE = re.compile(r"\byour (?:team|people|folks|group|side|guys|lot|vendors?|annotators?|labell?ers?)(?:'s|’s|s'|’) (?=[\w-])", re.I)
# An order aimed at the reader's own process ('Fix your QA before the next batch'): a look at it together.
_FIX_YOURS_RE = re.compile(
    r"^(?:please )?(?:just )?(?:go )?(?:fix|sort out|sort|improve|tighten(?: up)?|clean up|get a grip on|get on top of|rethink|redo|overhaul|review) your (?:team'?s?\s+|own\s+)?"
    r"(?P<x>[\w-]+(?: [\w-]+){0,2}?)(?P<rest>\s+(?:before|by|for|ahead of|prior to|so that|so)\s[^.!?]+)?[.!]*$",
    re.I,
)


# 'You pushed the update to the Leeds sites last Thursday without running the night-footage eval AGAIN': what went out
# and the step it skipped, said as a fact; the skipped step is what the softer message then asks for.
_DID_WITHOUT_RE = re.compile(
    r"^(?:you|your (?:team|guys|folks|people|side)|you guys|they) (?:(?:have |has )?(?:just )?)(?P<v>pushed|shipped|deployed|released|merged|rolled out|put out|launched|published|uploaded|sent out|sent|changed|retrained|updated)"
    r" (?P<x>(?:the|a|an|our|your|this|that|their) [^,.;!?]+?)(?P<where>\s+(?:to|into|onto|on|in) (?:the |our |all |both |two |\w+ )?[^,.;!?]+?)??"
    r"(?P<when>\s+(?:last|this|on|yesterday|today|over|earlier|at)\b[^,.;!?]*?)? without (?:(?:first |even )?(?P<g>[a-z]+ing) )?(?P<y>(?:the|a|an|our|any) [^,.;!?]+?)"
    r"(?P<tally>,?\s+(?:again|twice|(?:for )?the (?:second|third|fourth|fifth) time|(?:three|four|five|several) times)(?:\s+now)?)?[.!]*$",
    re.I,
)
_DIDNT_RUN_RE = re.compile(r"^(?:you|your (?:team|guys|folks|people|side)|you guys|they) (?:didn'?t|did not|forgot to|failed to) (?P<v>run|test|check|review|update|validate|rerun)\b (?P<x>(?:the|a|an|our|your|any) (?:[\w-]+ ){0,4}?[\w-]+)(?:\s+(?:first|beforehand|again|before (?:shipping|releasing|pushing) (?:it|this)))?[.!]*$", re.I)
_WENT = {"merged": "went in", "changed": "was changed", "retrained": "was retrained", "updated": "was updated", "uploaded": "went up"}


def _did_without(sentence: str) -> tuple[str, str, bool]:
    """Softer: 'You pushed X to the sites last Thursday without running Y again' -> 'X went out to the sites last
    Thursday without Y.' (what happened, not who did it, no tally); also the skipped step (Y) and whether a repeat was
    said. (sentence, step, repeated)."""
    m = _DID_WITHOUT_RE.match(_lower_shouting(sentence.strip()))
    skipped = _DIDNT_RUN_RE.match(sentence.strip()) if m is None else None
    accused = _YOU_DID_RE.match(_lower_shouting(sentence.strip()))
    if (accused is not None and accused.group("harm")) or (m is None and skipped is None):
        return _you_did_as_fact(sentence)  # what it did to others, said as its impact
    if skipped:  # 'You didn't run the regression set.': the step that was skipped, not who skipped it
        x = re.sub(r"(?i)^(?:a|an|any|your)\b", "the", skipped.group("x"))
        return _tidy(f"{x[:1].upper()}{x[1:]} wasn't {_participle(skipped.group('v').lower())} before it went out"), x, False
    if m is None:
        return sentence, "", False
    x = re.sub(r"(?i)^your\b", "the", m.group("x"))
    tally = _TALLY_END_RE.search(x)  # 'the thresholds again without ...': the repeat is a tally, never part of the thing
    x = x[: tally.start()] if tally else x
    went = _WENT.get(m.group("v").lower(), "went out")
    if went.startswith("was ") and _plural_head(x):
        went = "were " + went[4:]  # 'the restock thresholds ... were changed', never 'was changed'
    where = m.group("where") or ""
    if re.match(r"(?i)\s+(?:into|to|onto|in)\b", where) and went in ("went in", "went out"):
        went = "went"  # 'went into the parser', 'went to the sites': the place says where
    told = m.group("g") and _TOLD_RE.match(m.group("g"))  # 'without telling the route planners': the telling is the point
    y = f"{m.group('g').lower()} {m.group('y').strip()}" if told else m.group("y").strip()
    said = f"{x[:1].upper()}{x[1:]} {went}{where}{m.group('when') or ''} without {y}"
    step = y if told else re.sub(r"(?i)^(?:a|an|any)\b", "the", m.group("y")).strip()  # the step asked for next: 'the review'
    return _tidy(said), step, bool(m.group("tally") or tally)


_TALLY_END_RE = re.compile(r"\s+(?:again|once again|yet again|twice|(?:for )?the (?:second|third|fourth|fifth) time)(?:\s+now)?$", re.I)
# An accusing 'you' with what it did and what broke ('Tanvir, you shipped the model to all users on Tuesday with no
# holdout, and broke sync for a day'): softer, the thing that went out and its impact, without the 'you'.
_YOU_DID_RE = re.compile(
    r"^(?:[A-Z][a-z]+,\s+)?(?:you|you guys|your team) (?:just )?(?P<v>pushed|shipped|deployed|released|merged|rolled out|put out|launched|published|uploaded|sent out|sent|changed|retrained|updated|switched on|turned on|enabled|disabled)"
    r" (?P<x>(?:the|a|an|our|your|this|that|their) (?:[\w-]+ ){0,3}?[\w-]+)(?P<rest>(?:\s+(?:to|into|onto|on|in|at|from|last|this|yesterday|today|with|without|against|before|after|over)\b|,)[^.!?]*?)?"
    r"(?:,?\s+and (?:it |that )?(?P<harm>broke|took down|crashed|wiped|deleted|corrupted|knocked out|brought down|caused|cost us) (?P<y>[^.!?]+?))?[.!]*$",
    re.I,
)
_SKIPPED_IN_RE = re.compile(r"\b(?:with no\s+|without (?:(?:first |even )?[a-z]+ing )?(?:a |an |any |the )?)(?P<y>(?:[\w-]+ ){0,2}?[\w-]+?)(?=\s*(?:[,;]|$|\s+(?:and|or|against|on|in|for|to|before)\b))", re.I)


def _you_did_as_fact(sentence: str) -> tuple[str, str, bool]:
    """Softer: an accusing 'you' sentence said as the fact and its impact ('The lyric-sync model went to 100% of users
    on Tuesday with no holdout. It broke sync for every iOS user for a day.'); also the step it skipped ('the
    holdout') and whether a repeat was said. Unchanged when it names neither a skipped step nor a harm."""
    m = _YOU_DID_RE.match(_lower_shouting(sentence.strip()))
    rest = (m.group("rest") or "") if m else ""
    skipped = _SKIPPED_IN_RE.search(rest)
    untold = re.search(r"\bwithout (?:telling|informing|warning|notifying|asking|checking with) (?:anyone|anybody|us|me)\b", rest, re.I)
    if m is None or not (m.group("harm") or skipped) or (untold and not m.group("harm")):
        return sentence, "", False  # 'changed X without telling anyone': said 'without notice' by the phrase table, count kept
    tally = _TALLY_RE.search(rest)
    rest = _TALLY_RE.sub("", rest).rstrip(" ,")
    x = re.sub(r"(?i)^your\b", "the", m.group("x"))
    went = _WENT.get(m.group("v").lower(), "went out")
    went = ("were " + went[4:] if went.startswith("was ") and _plural_head(x) else went)
    went = "went" if re.match(r"(?i)\s+(?:into|to|onto)\b", rest) and went in ("went in", "went out") else went
    said = f"{x[:1].upper()}{x[1:]} {went}{rest}."
    if m.group("harm"):
        said += f" {'They' if _plural_head(x) else 'It'} {m.group('harm').lower()} {m.group('y').strip()}."
    step = f"the {skipped.group('y')}" if skipped else ""
    return _tidy(said), step, bool(tally)
# Gerunds of telling someone: the step skipped is the telling ('without telling the planners'), not the people.
_TOLD_RE = re.compile(r"^(?:telling|informing|warning|asking|notifying|consulting|checking|looping|letting|flagging|warning)$", re.I)


def _plural_head(phrase: str) -> bool:
    """True when a noun phrase's head is plural: 'the restock thresholds for the hospital machines' (the head comes
    before its first preposition), never 'the data for the sites'."""
    from lemminflect import getAllLemmas

    head = re.split(r"\s+(?:for|of|on|in|at|to|from|with|across|by|under)\s+", phrase.strip(), maxsplit=1)[0]
    last = (re.findall(r"[a-z]+", head.lower()) or [""])[-1]
    lemma = (getAllLemmas(last).get("NOUN") or ("",))[0]
    return bool(last) and last.endswith("s") and not last.endswith("ss") and lemma not in ("", last)


# 'Again.' said as a sentence of its own: the repeat, kept as a fact for the request, never sent as a charge.
_TALLY_ALONE_RE = re.compile(r"^(?:and )?(?:again|once again|yet again|twice now|(?:for )?(?:the )?(?:second|third|fourth|fifth|2nd|3rd|4th|5th) time(?: now| this (?:week|month|quarter|year|sprint))?|not for the first time)[.!]*$", re.I)
# A threat over a skipped step ('Next time you skip review I'm taking away your merge rights'): the step, agreed together.
_SKIP_THREAT_RE = re.compile(r"^(?:and |so )?(?:next time|if|one more time|the next time|if ever)\b[^,.!?]*\b(?:skip|skips|skipped|bypass\w*|ignore\w*|without|merge\w* without|push\w* without)\b", re.I)


# Heat reported about others ('the site managers are furious with us'): that they raised it, said without the heat.
_HEAT_RE = re.compile(
    r"\b(?P<be>are|were|is|was|got|have been|has been) (?:really |very |absolutely |so |pretty |rightly |quite )?"
    r"(?:furious|livid|fuming|raging|irate|incandescent|up in arms|angry|mad|beside themselves|going (?:mad|nuts|crazy|ballistic))"
    r"(?: (?:with|at) (?:us|me|the team|our team))?(?: about (?:it|this|that))?\b",
    re.I,
)


def _heat_as_fact(sentence: str) -> str:
    """Softer: 'the site managers are furious with us' -> 'the site managers have raised it with us'."""
    return _HEAT_RE.sub(lambda m: "has raised it with us" if m.group("be").lower() in ("is", "was", "has been") else "have raised it with us", sentence)


# A control imposed as a sanction ('From now on nothing goes out without my sign-off'): a shared check instead.
_SIGN_OFF_RULE_RE = re.compile(
    r"^(?:(?:so |and )?(?:from now on|going forward|from today|after this|as of now),?\s*)?(?:nothing|no (?:change|update|release|model|deploy|push|code)\w*)"
    r" (?:else )?(?:goes out|ships|goes live|goes in|goes (?:to|into) (?:prod\w*|live|the (?:app|store|site|fleet|field))|gets (?:pushed|deployed|merged|released|shipped)|is (?:pushed|deployed|merged|released|shipped)|will (?:go out|ship|go live))"
    r" without (?:my|me|our|a manager'?s?) (?:personal |explicit |written )?(?:sign-?off|signing off|approval|ok|okay|review|say-?so|blessing|go-?ahead)"
    r"(?:,? (?:from now on|going forward|period|full stop))?[.!]*$"
    r"|^(?:(?:and|so|please) )?(?:do not|don'?t|never) (?:ship|deploy|release|push|merge|send out|put out|roll out) (?:anything|any (?:\w+ )?(?:change|update|release|model)s?)(?: else)?(?: out)? without (?:me|my|a manager'?s?) [^.!?]*[.!]*$",
    re.I,
)


# An order to stop what the reader does ('Stop pushing changes on your own.').
_STOP_ORDER_RE = re.compile(r"^(?:please |and |so )?(?:just )?stop \w+ing\b[^.!?]*[.!]*$", re.I)


def _shared_check(sentence: str, step: str, repeated: bool) -> str:
    """Softer: a sign-off imposed as a sanction becomes the request with its why and a check agreed together ('Since
    this has happened before, could we make sure the night-footage eval runs before every release? ...')."""
    if not _STOP_ORDER_RE.match(sentence.strip()) and not _SIGN_OFF_RULE_RE.match(sentence.strip()) and not (step and _SKIP_THREAT_RE.match(sentence.strip())):
        return sentence
    since = "Since this has happened before, could" if repeated else "Could"
    told = _TOLD_RE.match(step.split(" ", 1)[0]) if step else None
    if told and " " in step and _STOP_ORDER_RE.match(sentence.strip()):  # 'Stop pushing changes on your own': the telling it skipped, asked for
        return f"{since} you let {step.split(' ', 1)[1]} know before the next change goes live?"
    if not _SIGN_OFF_RULE_RE.match(sentence.strip()) and not (step and _SKIP_THREAT_RE.match(sentence.strip())):
        return sentence
    if step and not told:
        return (f"{since} we make sure {step} runs before every release? It's the check that catches problems like this before they reach anyone. "
                "Could we put a short release checklist together so it can't be skipped? I'm happy to work on it with you.")
    return f"{since} we agree together on the checks that run before anything goes out? I'm happy to work on a short release checklist with you."


# 'your guys keep overriding the detector and pushing trays through': what keeps happening, without whose hands.
_THEY_KEEP_RE = re.compile(r"^(?:your (?:guys|team|people|folks|side|shift|crew|lot)|you guys|you all|you|they) keeps? (?:on )?(?P<rest>[a-z]+ing\b[^.!?]*?)[.!]*$", re.I)
# 'It makes our data useless': the verdict said as the cost it names.
_MAKES_USELESS_RE = re.compile(r"^(?:it|this|that) (?:makes?|made|is making|renders?|leaves?) (?P<x>(?:our|the|my|all the|all our) [\w -]+?) (?:useless|unusable|worthless|garbage|pointless|meaningless|a mess)[.!]*$", re.I)
# 'Stop doing it or we can't fix the false alarms': the order goes, the reason stays, with a way found together.
_STOP_OR_RE = re.compile(r"^(?:please )?(?:just )?stop (?:doing )?(?:it|that|this|them)(?: now)?,?\s+(?:or|otherwise|or else) (?P<c>(?:we|I)(?:'ll| will)? (?:can'?t|cannot|won'?t be able to|will never|never) [^.!?]+?)[.!]*$", re.I)
# The manager grants the reader a point ('he's not wrong to be annoyed'): the softer message says so first.
_FAIR_POINT_RE = re.compile(r"\b(?:(?:is|are|'s|'re) not wrong|(?:isn'?t|aren'?t) wrong|(?:has|have) a (?:fair )?point|fair enough|rightly|understandabl[ey]|to be fair to (?:him|her|them))\b", re.I)


def _habit_as_fact(sentence: str) -> str:
    """Softer: 'your guys keep overriding the detector' -> 'Overriding the detector keeps happening'; 'It makes our data
    useless' -> 'It means we can't use our data'; 'Stop doing it or we can't fix X' -> a way found together,
    with the reason kept."""
    m = _THEY_KEEP_RE.match(sentence.strip()) if not _KEEPS_DOING_RE.match(sentence.strip()) else None  # that one says it better
    if m:
        rest = m.group("rest")
        return _tidy(f"{rest[:1].upper()}{rest[1:]} keeps happening")
    m = _MAKES_USELESS_RE.match(sentence.strip())
    if m:
        return _tidy(f"It means we can't use {m.group('x')}")
    m = _STOP_OR_RE.match(sentence.strip())
    if m:
        return "Could we find another way that works for you? " + _tidy(f"Otherwise {m.group('c')}")
    return sentence


def _fed_up_as_cost(sentence: str) -> str:
    """Softer: exasperation said as the cost it names ('... and I'm tired of re-checking your team's work' -> '..., and
    we're spending time re-checking the work'); with no cost named ('I'm fed up with this') it goes."""
    m = _FED_UP_RE.search(sentence)
    if m is None:
        return sentence
    rest = m.group("rest").strip()
    gerund = re.match(r"(?i)[a-z-]*[a-z]ing\b", rest) and not re.match(r"(?i)(?:thing|nothing|something|everything|anything)\b", rest)
    said = f"we're spending time {rest}" if gerund else ""
    head = sentence[: m.start()].rstrip(" ,")
    if not head:
        return said[:1].upper() + said[1:] + sentence[m.end() :] if said else sentence[m.end() :].lstrip(" ,.;")
    return f"{head}, and {said}{sentence[m.end():]}" if said else head + sentence[m.end() :]


def _look_together(sentence: str) -> str:
    """Softer: 'Fix your QA before sending the next batch.' -> 'Could we look at the QA step together before sending the
    next batch?' (the process, looked at together; the timing kept)."""
    m = _FIX_YOURS_RE.match(sentence.strip())
    if m is None:
        return sentence
    x = m.group("x")
    step = " step" if re.fullmatch(r"[A-Z]{2,5}|[\w-]+ing", x) else ""  # 'QA', 'labelling': a step of the work
    return f"Could we look at the {x}{step} together{m.group('rest') or ''}?"


_DUE_SAID_RE = re.compile(r"\s*\((?:due|needed|wanted)\s+(?:on\s+|by\s+)?(?P<d>[^)]+)\)|,?\s+(?:due|needed)\s+(?:on\s+|by\s+)?(?P<e>(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Za-z]{3,9})?|[A-Za-z]{3,9}\s+\d{1,2}|(?:mon|tues|wednes|thurs|fri)day)\b", re.I)


def _need_as_request(need: str, today: object) -> str:
    """Softer with what the manager says they still need ('the next batch (due the 18th) under 3% disagreement'): one
    clear request with its date ('I need the next batch by Fri 18 Dec, under 3% disagreement.'); '' without a date."""
    need = _to_reader(re.sub(r"(?i)^(?:(?:i|we) (?:still |really |also )?need\s+)", "", need.strip()).rstrip(" .;:"))
    due = _DUE_SAID_RE.search(need)
    if due:
        rest = (need[: due.start()] + need[due.end() :]).strip(" ,")
        qualifier = re.search(r"(?i)\s+(?=(?:under|below|above|over|with|at|within|without)\s+[^\s]*\d)", rest)
        head, tail = (rest[: qualifier.start()], ", " + rest[qualifier.end() :]) if qualifier else (rest, "")
        need = f"{head} by {due.group('d') or due.group('e')}{tail}"
    if not re.search(r"(?i)\b(?:by|before|until)\s", need) or not _DATE_WORD_RE.search(need):
        return ""
    said = polish(need, today, capital=False) if isinstance(today, date) else need  # type: ignore[arg-type]
    return _tidy(f"I need {_short_dates(said, today).rstrip('. ')}")


# 'if it's not in by wed we miss the dec 18 retrain': a dated need said as what a miss costs.
_IF_NOT_RE = re.compile(
    r"^(?:and\s+)?(?:if (?P<x>it|this|that|the [\w -]+?)(?:'s not| is not| isn'?t|'re not| are not| aren'?t) (?P<state>in|done|ready|merged|fixed|shipped|live|landed|deployed|there|sorted|out)"
    r"|(?:if (?:we|I) (?:don'?t|do not|can'?t|cannot) (?:have|get|receive|see)|unless (?:we|I) (?:have|get|receive|see)|without) (?P<y>it|this|that|them|the [\w -]+?))"  # 'if we don't have it by the 11th we miss ...'
    r"\s+by (?P<d>.+?),?\s+(?P<then>(?:we|I|they|our|the)\b.+?)[.!]?$",
    re.I,
)
_WAITS_ON_IT_RE = re.compile(r"\b(?:can'?t|cannot|won'?t) (?:start|run|begin|train|ship|go ahead|move)\b[^.;]*\bwithout (?:it|them|this|that)\b|\bis blocked (?:on|by|until)\b", re.I)  # what waits on the thing asked for
_THING_RE = re.compile(r"\bthe ((?:[\w-]+ ){0,2}[\w-]+?)(?=\s+(?:\d|\w+ times\b|twice\b|once\b|again\b|for\b|since\b)|[,.;]|$)", re.I)
_FACT_RE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice)\b|" + _DATE_WORD_RE.pattern[2:-2], re.I)


def _context(need: str, recipient: str) -> tuple[str, list[str]]:
    """What the manager says next to the message, when it holds a dated need said as a condition ('it's blocked two
    of my people for nine days, and if it's not in by wed we miss the dec 18 retrain'): that need as an ask ('the
    schema fix in by wed, or we miss the dec 18 retrain') and the other facts said there, written to the reader
    (their name as the subject becomes 'you'); ('', []) without such a condition."""
    clauses = [c.strip(" .") for c in re.split(r"(?<=[.!?])\s+|;\s*|,\s*(?:and\s+)?|\s+and\s+(?=if\b)", need) if c.strip(" .")]
    hit = next((m for c in clauses if (m := _IF_NOT_RE.match(c))), None)
    if hit is None:
        return "", []
    thing = hit.group("x") or hit.group("y")
    named = next((m.group(0) for c in clauses if c is not hit.string and (m := _THING_RE.search(c))), "")
    if thing.lower() in ("it", "this", "that", "them") and named:
        thing = named
    state = f" {hit.group('state')}" if hit.group("state") else ""
    ask = f"{thing}{state} by {hit.group('d')}, or {hit.group('then')}"
    facts = []
    for c in clauses:
        if c is hit.string or not (_FACT_RE.search(c) or _WAITS_ON_IT_RE.search(c)):
            continue
        wait = _SAT_ON_RE.match(c)
        if wait:  # 'the MES team has owed us the export for a month': the wait, said as ours
            facts.append(f"We've been waiting on this{wait.group('rest')}")
            continue
        if recipient:
            who = rf"(?i)^{re.escape(recipient)}\b(?:\s*\([^)]*\)|\s+(?:on|from|in|at) (?:the )?[\w-]+)?\s+"  # 'sorin (data platform lead)', 'bram on infra'
            c = re.sub(who + r"is\b", "you are", re.sub(who + r"(?:has|have)\b", "you have", c))
        facts.append(re.sub(r"(?i)\b(it|that|this|he|she)'s (?=\w+ed\b|(?:been|got|held|kept|left|cost|taken|gone|put|run|sat)\b)", r"\1 has ", c))  # 'it's blocked two people': has
    return ask, facts


def _stems(text: str) -> set[str]:
    """The content words of a text, cut to five letters ('blocking', 'blocked' -> 'block')."""
    stop = {"pleas", "could", "would", "need", "there", "about", "look", "with", "your", "that", "this", "soon", "somet", "today"}
    return {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", text)} - stop


def _same_ask(sentence: str, ask: str) -> bool:
    """True for the pasted message's own, vaguer request for what the dated ask names ('Please look at the schema change')."""
    return bool(re.match(r"(?i)(?:please|could you|can you|would you)\b", sentence)) and bool(_stems(sentence) & _stems(ask))


# 'the campaign labels were due nov 30, without them the model can't train': what was owed, when, and what a miss costs.
_DUE_RE = re.compile(r"\b(?P<x>(?:the|our|your|their) [\w -]+?)\s+(?:was|were|is|are)\s+(?:due|promised|owed(?: to us)?|supposed to (?:land|arrive|come|be (?:in|here|ready|done)))\s+(?:on\s+|by\s+|for\s+)?(?:the\s+)?", re.I)
_REQUEST_HEAD_RE = re.compile(r"^(?:(?:I|we) need|please|(?:could|can|would|will) (?:you|your [\w-]+|the [\w-]+ team))\b", re.I)
_WORKING_DAYS_TO_ANSWER = 3  # a past due date asks for a new one: three working days out, said as the tool's pick


def _working_days_after(day: date, n: int) -> date:
    while n:
        day += timedelta(days=1)
        n -= day.weekday() < 5
    return day


def _due_ask(sentences: list[str], need: str, today: object, source: str = "") -> tuple[list[str], str, str] | None:
    """Firmer with what the manager says was owed ('the labels were due nov 30, without them the launch slips'): the
    message's own request with a date on it (the due date when still ahead, else one picked and said to be picked),
    then when it was due and what a miss costs. (sentences, the date asked for, a note on a picked date), or None."""
    m = _DUE_RE.search(need)
    said = _DATE_MENTION_RE.match(need, m.end()) if m and isinstance(today, date) else None
    due = _resolve_date(said, today) if said else None  # type: ignore[arg-type]
    if m is None or said is None or due is None or not isinstance(today, date):
        return None
    rest = re.sub(r"^[\s,;]*(?:and|but|so)?\s*", "", need[said.end() :]).strip(" .")
    cost = _short_dates(polish(rest, today, capital=False), today).rstrip(".") if rest else ""
    thing = m.group("x")
    many = re.search(r"[^s']s$", thing.split()[-1]) is not None
    picked = due < today
    when_day = _working_days_after(today, _WORKING_DAYS_TO_ANSWER) if picked else due
    when = f"{when_day:%a} {when_day.day} {when_day:%b}"
    request = next((i for i, x in enumerate(sentences) if _REQUEST_HEAD_RE.match(x) and not re.search(r"\b(?:by|before|until)\b", x, re.I)), None)
    out = list(sentences)
    if request is None:
        out.insert(0, f"I need {thing} by {when}.")
    else:
        ask = out.pop(request)
        out.insert(0, re.sub(r"[.?!]*$", "", ask) + f" by {when}" + ("?" if ask.endswith("?") else "."))
    they = ("They were" if many else "It was") if picked else ("They're" if many else "It's")
    said_due = f"{they} due {due.day} {due:%b}"
    out.insert(1, restate(_tidy(f"{said_due}, and {cost[:1].lower() + cost[1:]}" if cost else said_due), source, today))  # the manager's note, not pasted back
    note = f"the ask now names {when}, a date I picked because {due.day} {due:%b} has passed; put the day you need instead" if picked else ""
    return out, when, note


_THEIR_SIDE_RE = re.compile(r"\b(from|by|of|with) (?:them|their team|her team|his team|that team)\b", re.I)
_THEM_ONE_RE = re.compile(r"\b(from|by|of|with) (?:her|him)\b(?!\s+(?:team|side|group)\b)", re.I)


def _to_reader(need: str) -> str:
    """The manager's need said to its reader: 'a fix plan from them' (her team) -> 'a fix plan from your team', 'a
    date from her' -> 'a date from you'."""
    need = re.sub(r"(?i)\b(?:her|his|their) (answer|decision|sign-?off|approval|go-ahead|input|feedback|reply|ok|okay|call|view)\b", r"your \1", need)
    return _THEM_ONE_RE.sub(r"\1 you", _THEIR_SIDE_RE.sub(r"\1 your team", need))


_HAD_A_CHANCE_RE = re.compile(
    r"^(?:(?:I was|I'm|I am|we were|we're)\s+)?(?:just\s+)?(?:wondering|checking|asking|hoping) (?:if|whether) you(?:'d| had|'ve| have)? (?:had|got) a (?:chance|moment|minute|sec) to "
    r"(?:think about|look at|look into|review|consider|decide on|go through|check|read) (?P<x>.+?)[.?!]*$",
    re.I,
)


def _decision_on(ask: str, sentences: list[str]) -> tuple[str, list[str]]:
    """Firmer: 'I need your answer by Wed' with the message's 'wondering if you'd had a chance to think about the
    contractor' -> 'I need your answer on the contractor by Wed'; the wondering sentence goes."""
    m = re.search(r"(?i)\byour (?:answer|decision|sign-?off|approval|go-ahead|input|feedback|reply|call|view)\b(?!\s+(?:on|about|for|to)\b)", ask)
    hit = next((h for x in sentences if (h := _HAD_A_CHANCE_RE.match(x))), None)
    if m is None or hit is None:
        return ask, sentences
    return ask[: m.end()] + f" on {hit.group('x')}" + ask[m.end() :], [x for x in sentences if x != hit.string]


# What the manager says next to the message, in clauses: the dated need is one, the history around it ('the vendor has
# been sitting on this for 3 weeks') is another, and each is said on its own.
_CLAUSE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+|;\s*|,\s*(?:and\s+)?(?=(?:our|the|my|we|I|it|this|they|he|she)\b)|\s+and\s+(?=(?:our|the|my|we|I|it|this|they|he|she)\b)", re.I)
_DATED_NEED_RE = re.compile(r"\b(?:needs?|needed|requires?|depends? on|must have)\b[^.;]*?\b(?:by|before)\s", re.I)
_NEEDER_RE = re.compile(r"^(?P<who>(?:our|the|my) [\w -]+?) (?:needs?|requires?|depends? on) (?P<what>.+?) (?P<by>(?:by|before) [^,;]+?)(?P<tail>,?\s+(?:or(?: else)?|otherwise)\b.*)?$", re.I)
# 'the vendor has been sitting on this for 3 weeks': the wait, said to the one who kept us waiting.
_SAT_ON_RE = re.compile(r"^(?:the |your |their |our )?(?:[\w-]+ ){0,3}?(?:vendor|supplier|team|side|partner|they|he|she|[a-z]+)(?: (?:has|have)(?: been)?|'s|'ve) (?:sitting on|sat on|holding(?: onto)?|held onto|stalling on|dragging (?:their|his|her) feet on|had|owed us|owed) (?:this|it|that|our (?:[\w-]+ ){0,3}?(?:ask|request|order|email|spec)|the [\w -]+?)(?P<rest> (?:for|since) .+)$", re.I)


def _dated_need_alone(need: str) -> tuple[str, list[str]]:
    """The clause of the manager's note that holds the dated need, said as ours ('our pilot needs the feed by the 11th
    or we lose the slot' -> 'we need the feed by the 11th for our pilot or we lose the slot'), and the other clauses
    that carry a figure, said to the reader ('the vendor has been sitting on this for 3 weeks' -> 'We've been waiting
    on this for 3 weeks'); (need, []) when the note is one clause."""
    clauses = [c.strip(" .") for c in _CLAUSE_SPLIT_RE.split(need) if c and c.strip(" .")]
    dated = next((c for c in clauses if _DATED_NEED_RE.search(c)), None)
    if dated is None or len(clauses) < 2:
        return need, []
    at = clauses.index(dated)
    rest = clauses[at + 1 :]
    while rest and re.match(r"(?i)(?:or|otherwise|the next one|which|and the next)\b", rest[0]):
        dated += (", and " if re.match(r"(?i)the next one\b", rest[0]) else " ") + rest.pop(0)  # the cost belongs with the need
    m = _NEEDER_RE.match(dated)
    said = f"we need {m.group('what')} {m.group('by')} for {m.group('who')}{m.group('tail') or ''}" if m else re.sub(r"(?i)^(?:still |really |also )?needs? ", "we need ", dated)  # 'need the files by ...': ours
    facts = []
    for c in clauses[:at] + rest:
        if not _FACT_RE.search(c):
            continue
        wait = _SAT_ON_RE.match(c)
        facts.append(f"We've been waiting on this{wait.group('rest')}" if wait else c)
    return said, facts


# Firmer with a dated ask: the pasted message's hedged versions of it go (a chaser, a plea, sympathy for the delay).
_CHASER_RE = re.compile(
    r"^(?:(?:just|I'?m|I am|I was|we'?re|we are)\s+)*(?:circling back|following up|checking in|chasing|pinging|nudging|touching base|bumping)\b"
    r"|\bany (?:update|news|word|eta)\b|\bwhen (?:we|I) (?:might|could|can|will|would) (?:see|get|expect|have)\b",
    re.I,
)
_SYMPATHY_RE = re.compile(r"\b(?:totally |completely |fully )?understand (?:you'?re|you'?ve|you are|you have|that you|how)|\byou'?(?:ve| have) got a lot\b|\byou'?re (?:stretched|busy|swamped|slammed|flat out)\b|\bwould be (?:amazing|great|lovely|fantastic|awesome)\b", re.I)


# 'just checking in again on the tariff feed - ...': the thing the message chases, which an 'it' in the dated ask means.
_CHASED_THING_RE = re.compile(r"\b(?:circling back|following up|checking in|chasing|asking|pinging|nudging|(?:any )?(?:news|update|updates|progress))(?: again)? (?:on|about|re|regarding|for|with) (?P<t>(?:the|our) [\w -]+?)(?=\s*(?:[-–—,.;!?]|$)|\s+(?:since|because|as|which|that|so|and)\b)", re.I)
_WISHFUL_RE = re.compile(r"\bideally\b|\bif (?:that|it|this) works\b|\bif possible\b|\bno rush\b", re.I)


def _hedged_only(sentence: str) -> bool:
    """A pasted sentence that only chases, pleads or sympathises, with no figure of its own: the dated ask says it."""
    soft = _CHASER_RE.search(sentence) or _SYMPATHY_RE.search(sentence) or _WISHFUL_RE.search(sentence) or _PLEA_RE.search(sentence) or _SMALL_TALK_RE.match(sentence) or _HEDGE_LEFT_RE.search(sentence)
    return bool(soft) and not re.search(r"\d", sentence)


def _need_first(sentences: list[str], need: str, today: object, source: str, pasted: str = "", recipient: str = "") -> tuple[list[str], str]:
    """Firmer with what the manager says they need ('the batch by wed the 9th or our retrain slips'): the ask with
    its date first, then what happens if it is missed, then the facts said with it; the pasted message's hedged
    version of the ask goes."""
    need = _to_reader(need.strip().rstrip(":;,–—- "))  # 'or we miss the january camp:' before the pasted message
    need = re.sub(r"(?i)\bthe\s+(?:(?:twenty|thirty)[- ])?(?:first|second|third|[a-z]+th)\b", lambda m: digits(m.group(0), ordinals=True), need)  # 'friday the eighteenth' is dated as 'Fri 18 Dec'
    need, history = _dated_need_alone(need)
    conditional, facts = _context(need, recipient)
    facts = facts + history
    if conditional:
        need = conditional
        stated = _stems(" ".join(facts))
        sentences = [x for x in sentences if not _same_ask(x, conditional) and not (_stems(x) and _stems(x) <= stated)]  # said better by the facts
    said = polish(need, today, capital=False).rstrip(". ")  # type: ignore[arg-type]
    said = re.sub(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?=(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{2} )", "", said)  # 'wed Wed 09 Dec'
    said = re.sub(r"(?i)\b(?!(?:by|on|from|since|till|until|the|and|or)\b)(\w+) (?=(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{2} \w{3} \d{4} [a-z])", r"\1 the ", said)
    parts = re.split(r",?\s+(?:or(?: else)?|otherwise)\s+", said, maxsplit=1)
    ask = _qualified(_fuller(parts[0], pasted or " ".join(sentences)), pasted or " ".join(sentences))
    ask, sentences = _decision_on(ask, sentences)
    kept = [x for x in sentences if not re.match(r"(?i)(?:i|we) need\b|can you confirm a firm date for\b", x)]  # the dated need says what they asked for, and when
    by = re.search(r"(?i)\bby (.+?)(?=\s+(?:for|so that|so|to|because|or|otherwise|and|plus)\b|[,.;]|$)", ask)
    if not by:  # no dated ask in it: what the manager adds is context the message should carry, after its ask
        said = _told(said, today, recipient) if recipient.strip() else said  # "Augustin's company owes us ...": said to Augustin
        return sentences[:1] + [restate(_tidy(said), source, today)] + sentences[1:], ""  # type: ignore[arg-type]
    pronoun = re.match(r"(?i)(?:(?:i|we) need )?(?:it|this|that|them|these|those)\b", ask)  # "we need them by thurs": what the message chases
    request = next((x for x in sentences if re.match(r"(?i)(?:please|could you|can you|(?:i|we) need)\b", x) and not re.match(r"(?i)can you confirm a firm date\b", x)), None) if pronoun else None  # a chaser made a question names the thing, it asks for no date
    chased = _CHASED_THING_RE.search(pasted or " ".join(sentences)) if pronoun is not None else None
    if chased and re.search(r"(?i)\b(?:them|these|those)$", pronoun.group(0)) and re.search(r"[^s']s$", chased.group("t")):  # type: ignore[union-attr]
        request = None  # "we need them by fri": the files chased, not the update asked for
    if request is not None:  # 'i need it by monday': 'it' is what the message asks for
        kept = [x for x in sentences if x is not request]
        ask = request.rstrip(".?! ") + ask[pronoun.end() :]  # type: ignore[union-attr]
    elif pronoun is not None and (named := _CHASED_THING_RE.search(pasted or " ".join(sentences))):  # 'checking in on the tariff feed': 'it' is the feed
        ask = f"I need {named.group('t')}" + ask[pronoun.end() :]
    out = [_tidy(ask if re.match(r"(?i)(?:i|we) need\b|please\b|could you\b|can you\b", ask) else f"I need {ask}")]
    after: list[str] = []
    if len(parts) > 1:
        head = re.split(r"(?i)\s+(?:from|for|of|on|in|by|before|until|to)\s", re.sub(r"(?i)^(?:i|we) need\s+", "", ask))[0].split()
        while len(head) > 1 and re.fullmatch(r"(?i)(?!\w*eed$)\w+(?:ed|en)|done|ready|in|back|fixed|sent", head[-1]):
            head.pop()  # 'all 4,000 images labelled': the images come later
        many = bool(head) and re.search(r"[^s']s$", head[-1]) is not None  # 'the GPS exports': they come later
        then, *more = _split(parts[1]) or [parts[1]]  # the cost; what the note says after it is the history
        after = [_tidy(re.sub(r"(?i)^(contract|agreement|sla|sow|spec|policy|plan)\b", lambda m: "the " + (m.group(1) if m.group(1).isupper() else m.group(1).lower()), x)) for x in more]
        then = re.sub(r"(?i)^(?P<who>(?:the|our|my|we|I)\b[^,;]*?)\s+(?P<v>miss|slip|lose|fail|stall|slide)(?:es|s)?\b", r"\g<who> will \g<v>", then)  # what happens then: 'will miss'
        then = re.sub(r"(?i)\b(escalat\w* (?:this |it )?to|raise (?:it|this) with|go to|take (?:it|this) to) their\b", r"\1 your", then)  # their side is the reader's
        two = re.search(r"\s(?:and|plus)\s(?:\d|a |an |the )", ask, re.I)  # 'a report by the 15th and 48 hours' notice': not one thing that comes later
        late = "Otherwise" if two else "If they come later" if many else "If it comes later"
        out.append(_tidy(f"{late}, {then}"))
    if facts:  # one sentence: what it costs, in the manager's facts
        out.append(_tidy(polish(", and ".join([*[x.rstrip(".") for x in facts[:-1]], facts[-1]]) if len(facts) > 1 else facts[0], today, capital=False)))  # type: ignore[arg-type]
    out = [restate(x, source, today) for x in out]  # type: ignore[arg-type]  # the manager's note, not pasted back word for word
    return out + kept + [restate(x, source, today) for x in after], by.group(1).strip() if by else ""  # type: ignore[arg-type]


# 'We'd kind of hoped for it by the 11th': the date the hedged ask never stated as one.
_HOPED_RE = re.compile(
    r"^(?:(?:we|I)(?:'d| had| were| was| would have)?\s+)?(?:really\s+|originally\s+|ideally\s+)?(?:hoped|hoping|wanted|planned|counting on|aiming|expecting|expected)\s+"
    r"(?:for\s+|to (?:have|get)\s+|on (?:having|getting)\s+)?(?:it|them|this|that|the [\w -]+?)?\s*(?:by|for|on|before)\s+(?P<d>[^,.;!?]+?)[.!]?$",
    re.I,
)
_START_ON_RE = re.compile(
    r"^(?:we|I)(?:'d| would)? (?:ideally |really |also )?(?:want|need|plan|hope|hoped|were hoping|are hoping|'re hoping|like|were planning|are planning|'re planning) to (?P<v>start|begin|kick off|launch) (?P<x>[\w -]+?) (?:on|by|from) (?P<d>(?:(?:mon|tues|wednes|thurs|fri)day|the \d{1,2}(?:st|nd|rd|th)|[A-Za-z]{3,9} \d{1,2}|\d{1,2} [A-Za-z]{3,9}|tomorrow|next week)[^,.;!?]*?)[.!]?$",
    re.I,
)
_ASK_HEAD_RE = re.compile(r"^(?:(?:I|we) need|please|could you|can you)\b", re.I)
_ARRIVES_RE = re.compile(r"^(?P<head>(?:I|we) need .+?) to (?:come through|arrive|land|get to us|reach us|be with us|be (?P<state>[\w-]+))\.?$", re.I)
_FULL_DAY_RE = re.compile(r"\b(?P<wd>Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?P<d>\d{2}) (?P<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?P<y>\d{4})\b")


def _short_dates(text: str, today: object) -> str:
    """'Fri 11 Dec 2026' -> 'Fri 11 Dec' within the coming months (the year is noise in a chat message); a weekday said
    twice ('Wed Wed 09 Dec') once."""
    text = re.sub(r"(?i)\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?=(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{2} )", "", text)
    year = getattr(today, "year", None)

    def say(m: re.Match[str]) -> str:
        near = year is not None and (int(m.group("y")) == year or (int(m.group("y")) == year + 1 and m.group("m") in ("Jan", "Feb", "Mar")))
        return f"{m.group('wd')} {int(m.group('d'))} {m.group('m')}" + ("" if near else f" {m.group('y')}")

    return _FULL_DAY_RE.sub(say, text)


_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DUE_WEEKDAY_RE = re.compile(r"\b(?P<lead>(?:by|before|until) )(?P<day>(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b(?!['’]s\b|\s+(?:the\s+)?\d|,?\s+the\s+(?:first|second|third|[a-z-]+(?:th|st|nd|rd))\b|,?\s+(?:next|this)\b)", re.I)  # 'friday the eighteenth' names its own day


def _dated_weekday(text: str, today: object) -> str:
    """'by Wed' -> 'by Wed 9 Dec' (the coming one): a deadline the reader can put in a calendar."""
    if not isinstance(today, date):
        return text

    def say(m: re.Match[str]) -> str:
        day = m.group("day")
        ahead = (_DAYS.index(day[:3].lower()) - today.weekday()) % 7 or 7
        when = today + timedelta(days=ahead)
        return f"{m.group('lead')}{day[:1].upper()}{day[1:]} {when.day} {when:%b}"

    return _DUE_WEEKDAY_RE.sub(say, text)


def _date_on_ask(sentences: list[str], today: object) -> tuple[list[str], str]:
    """Firmer with a date the message only hoped for ('We'd hoped for it by the 11th'): that date goes on the ask
    ('I need the 40k batch by Fri 11 Dec') and the hoping sentence goes; (sentences, the date) or (sentences, '')."""
    hoped = next(((i, m) for i, x in enumerate(sentences) if (m := _HOPED_RE.match(x))), None)
    starts = next(((i, m) for i, x in enumerate(sentences) if (m := _START_ON_RE.match(x))), None) if hoped is None else None
    if hoped is None and starts is None:
        return sentences, ""
    i, m = hoped or starts  # type: ignore[misc]
    when = _short_dates(polish(m.group("d"), today, capital=False).rstrip(". "), today) if today is not None else m.group("d")  # type: ignore[arg-type]
    if starts is not None:  # 'we want to start training on Monday': the work it waits for is needed by then, and the start is said as a plan
        sentences = [*sentences[:i], f"We {m.group('v').lower()} {m.group('x')} on {when}.", *sentences[i + 1 :]]
        i = -1
    ask = next((k for k, x in enumerate(sentences) if k != i and _ASK_HEAD_RE.match(x) and not re.search(r"\b(?:by|before|until)\b", x, re.I)), None)
    out = list(sentences)
    if ask is None:
        if i < 0:
            return out, ""
        out[i] = f"I need it by {when}."
        return out, when
    out[ask] = re.sub(r"(?i)\s+(?:in|during|sometime in|some time in|early in|late in) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?=[.?!]*$)", "", out[ask])  # the date asked for replaces the month hoped for
    arrives = _ARRIVES_RE.match(out[ask])
    out[ask] = f"{arrives.group('head')}{' ' + arrives.group('state') if arrives.group('state') else ''} by {when}." if arrives else re.sub(r"[.?!]*$", "", out[ask]) + f" by {when}" + ("?" if out[ask].endswith("?") else ".")
    return (out[:i] + out[i + 1 :] if i >= 0 else out), when


def _plainer(sentences: list[str]) -> list[str]:
    """Jargon in everyday words (explained at its first mention), and long sentences split at their joins."""
    text = "\n".join(sentences)
    said: list[str] = []  # the plain words, held out of the text until every term is done (so none is explained twice)
    for pattern, plain in _PLAIN_TERMS:
        first = True

        def say(m: re.Match[str], plain: str = plain) -> str:
            nonlocal first
            words = m.expand(plain)
            said.append(words if first else words.split(" (")[0])
            first = False
            return f"\x00{len(said) - 1}\x00"

        text = re.sub(pattern, say, text, flags=re.IGNORECASE if not re.search(r"[A-Z]{2}", pattern) else 0)
    text = re.sub(r"\x00(\d+)\x00", lambda m: said[int(m.group(1))], text)
    out = []
    for x in text.split("\n"):
        parts = re.split(r",\s+(?=(?:and|but|so)\s)|;\s+", x) if len(x.split()) > 25 else [x]
        out += [_tidy(re.sub(r"^and\s+", "", p)) for p in parts]
    return [x for x in out if x]


# A figure said as what the work gains ('could stop around 60% of repeat scammers', 'saves about 220k a year'): the reason
# for the ask, which a shorter version keeps before a detail of how.
_PAYOFF_RE = re.compile(r"\b(?:stop|prevent|save|cut|reduce|catch|lift|raise|increase|improve|avoid|recover|win|gain|earn)(?:s|es|ed|ing)?\b[^.;]*\d|\bworth\b[^.;]*\d", re.I)


# History told as a year ('has been through several versions since 2023'): no figure the reader acts on.
_HISTORY_YEAR_RE = re.compile(r"\b(?:since|in|back in|from|during)\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d{2}\b", re.I)
# A standing offer to be contacted ('please do not hesitate to get in touch', 'happy to set up a call whenever suits you'):
# a courtesy with no fact or ask; shorter, it is the first thing cut.
_STANDING_OFFER_RE = re.compile(
    r"\b(?:do not|don'?t) hesitate to\b|\b(?:happy|delighted|glad|pleased) to (?:arrange|set up|have|jump on|hop on|schedule) a (?:call|chat|meeting)\b"
    r"|\bshould you (?:need|require) anything\b|\bif you (?:need|require|have) anything (?:else|further)\b"
    r"|\b(?:happy|delighted|glad|pleased) to (?:go through|walk (?:you )?through|talk (?:you )?through|discuss|explain)\b[^.!?]{0,80}?\b(?:should (?:that|it|you)|if (?:that|it|you))\b",
    re.I,
)


# What stays as it is for the reader ('Nothing changes to the subsidy amount', 'the price stays the same'): often the one
# fact they need to say yes, however short.
_STAYS_RE = re.compile(r"\b(?:nothing (?:else )?changes|no change (?:to|in)|(?:stays?|remains?) (?:the same|as (?:it is|they are|is))|(?:is|are|stays?|remains?) unchanged|(?:won'?t|will not|doesn'?t|does not|don'?t|do not) change|(?:is|are) not affected|unaffected)\b", re.I)
# A sentence opening on the one before it ('Based on it,', 'Since then,'): cut off from that sentence, the opener goes.
_BACK_LEAD_RE = re.compile(r"^(?:based on (?:it|this|that|these|those)|since then|after that|because of (?:it|this|that)|as a result|given (?:this|that)|with (?:that|this)|on (?:that|this) basis|that'?s why|so|and|but|also|then)\s*,?\s+(?=\w)", re.I)


def _without_dangling_leads(kept: list[str], sentences: list[str]) -> list[str]:
    """A kept sentence whose opener points at the sentence before it ('Based on it, we would like ...', 'Since then, ...')
    loses the opener when that sentence is no longer right before it (cut, or the kept one moved)."""
    out = []
    for i, x in enumerate(kept):
        at = sentences.index(x) if x in sentences else -1
        before = sentences[at - 1] if at > 0 else None
        if _BACK_LEAD_RE.match(x) and (i == 0 or before is None or kept[i - 1] != before):
            x = _BACK_LEAD_RE.sub("", x)
            x = x[:1].upper() + x[1:]
        out.append(x)
    return out


def _weight(sentence: str) -> float:
    """What a sentence carries: numbers and dates first (in figures or words: 'four minutes'), then the ask, what it gains
    and risks, then its length."""
    sentence = digits(sentence) if re.search(r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b", sentence) else sentence
    facts = len(re.findall(r"\d+(?:\.\d+)?%?", _HISTORY_YEAR_RE.sub(" ", sentence))) + len(re.findall(r"(?i)\b(?:half|double|twice|triple|a third|a quarter|dozen|hundred|thousand|million)\b", sentence))
    planned = re.match(r"(?i)(?:I|we)(?:'ll| will| plan to| are going to|'re going to)\b", sentence)
    facts += bool(planned and re.search(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:tomorrow|tonight|next week|end of (?:the )?(?:day|week|month|quarter))\b", sentence))  # a plan with a day said in words: a dated commitment
    ask = 8 if (ASK_RE.search(sentence) or _PROPOSAL_RE.search(sentence)) and not _PLEASANTRY_RE.match(sentence) else 0
    news = 3 if _NEWS_RE.search(sentence) and not _RISK_RE.search(sentence) else 0  # a risk already counts
    payoff = 4 if _PAYOFF_RE.search(sentence) else 0
    same = 6 if _STAYS_RE.search(sentence) else 0  # 'Nothing changes to the subsidy amount': what the reader keeps
    return facts * 3 + ask + payoff + same + (3 if _RISK_RE.search(sentence) else 0) + news + len(sentence.split()) / 20


def _carries(sentence: str) -> bool:
    return _weight(sentence) >= 3


_POINTS_BACK_RE = re.compile(r"\b(?:sign|renew|approve|fix|review|unblock|chase|escalate|get|move|close|push|fund|cover) (?:it|this|that|them)\b", re.I)


def _paired(sentences: list[str], limit: int) -> list[str]:
    """Over a sentence limit that would drop a fact, two short neighbouring statements of fact become one ('We migrated all 14 models.' +
    'Error is down 8%.' -> 'We migrated all 14 models, and error is down 8%.'), so a limit drops fewer facts."""
    out = list(sentences)
    short = lambda x: len(x.split()) <= 14 and x.endswith(".") and _carries(x) and not ASK_RE.search(x) and not _PROPOSAL_RE.search(x)
    i = 0
    while sum(_carries(x) for x in out) > limit and i < len(out) - 1:  # only when the limit would drop a fact
        a, b = out[i], out[i + 1]
        keep_case = re.match(r"[A-Z]{2}|I\b|[A-Z][a-z]+ [A-Z]", b)  # 'ASR ...', 'I ...', 'Fraud Ops ...' keep their capital
        if short(a) and short(b):
            out[i : i + 2] = [f"{a[:-1]}, and {b if keep_case else b[:1].lower() + b[1:]}"]
        elif a.endswith(".") and not ASK_RE.search(a) and _POINTS_BACK_RE.search(b) and (ASK_RE.search(b) or _PROPOSAL_RE.search(b)):
            out[i : i + 2] = [f"{a[:-1]}; {b if keep_case else b[:1].lower() + b[1:]}"]  # 'the contract ends Dec 31' + 'help me get it signed': one point, or 'it' is lost
        else:
            i += 1
    return out


# Praise with nothing the reader acts on ('The team has done amazing work on the pipeline'): the first thing a cut drops.
_PRAISE_ONLY_RE = re.compile(r"\b(?:(?:amazing|great|fantastic|incredible|awesome|brilliant|outstanding|stellar|excellent|superb|heroic) (?:work|job|effort)|(?:worked|working) (?:incredibly |really |so )?hard|kudos|shout-?out)\b", re.I)


def _shorter(sentences: list[str], total: int, max_sentences: int | None, max_words: int | None) -> list[str]:
    """Small talk and topic openers gone, then the limit met (or about half, with no limit) by dropping the
    sentences that carry the least; a sentence with a number, a date, a risk or the ask stays for 'about half'."""
    kept = [x for x in sentences if not _SMALL_TALK_RE.match(x) and not (_STANDING_OFFER_RE.search(x) and not re.search(r"\d", x))] or sentences
    kept = [x for x in kept if re.search(r"\d", x) or ASK_RE.search(x) or not _PRAISE_ONLY_RE.search(x)] or kept  # 'the team has done amazing work on X': warm, but no fact
    if max_sentences:
        kept = _paired(kept, max_sentences)
    if max_sentences or max_words:
        return _split_to_fill(_within(kept, max_sentences, max_words, _weight), max_sentences)
    target = total * _WORD_AIM
    for x in sorted((x for x in kept if not _carries(x)), key=_weight):
        if sum(len(s.split()) for s in kept) <= target or len(kept) <= 1:
            break
        kept.remove(x)
    return cut_asides(kept, int(total * _WORD_TARGET))


_JOIN_RE = re.compile(r",\s+(?=(?:so|and so|which means)\s+(?:we|I|the|our|it)\b)|;\s+|,\s+(?=(?:and\s+)?(?:we|I)(?:'d|'ll| would| will| plan)\b)", re.I)
_LONG_LINE = 25  # words: more than this on a phone is two lines


def _split_to_fill(kept: list[str], max_sentences: int | None) -> list[str]:
    """Under a line limit, a long sentence is split at its joins ('..., so we plan to ...') while lines are left, so
    each line says one thing."""
    out = list(kept)
    while max_sentences and len(out) < max_sentences:
        longest = max(range(len(out)), key=lambda i: len(out[i].split()), default=None)
        if longest is None or len(out[longest].split()) <= _LONG_LINE:
            break
        x = out[longest]
        joins = [m for m in _JOIN_RE.finditer(x) if 6 <= len(x[: m.start()].split()) and len(x[m.end() :].split()) >= 6]
        if not joins:
            break
        mid = min(joins, key=lambda m: abs(len(x[: m.start()].split()) - len(x.split()) / 2))
        out[longest : longest + 1] = [_tidy(x[: mid.start()]), _tidy(re.sub(r"(?i)^(?:and so|so|and)\s+", "", x[mid.end() :]))]
    return out


def _named_first(kept: list[str], sentences: list[str], topic: str = "") -> list[str]:
    """'It got 88% right' left first after a cut: 'it' named from the sentence before it that was cut ('... on the
    contract-clause extraction eval we finished' -> 'The contract-clause extraction eval got 88% right')."""
    obj = re.match(r"(?:We|I)(?: \w+){0,2}? (?:\w+ed|ran|built|shipped|sent|put|took|got|made|did) (it)\b", kept[0]) if kept and topic else None
    if obj and kept[0] in sentences and sentences.index(kept[0]) == 0:  # 'We retrained it on ...' after 'Quick update on the X classifier': the X
        named = topic if re.match(r"(?i)(?:the|our|my)\s", topic) else f"the {topic}"
        return [kept[0][: obj.start(1)] + named + kept[0][obj.end(1) :], *kept[1:]]
    dummy = re.match(r"It(?: is|'s| was) (?:[\w-]+ ){0,3}?(?:to|that)\b", kept[0]) if kept else None  # 'It's worth noting that ...'
    if not kept or not re.match(r"It (?:'s )?[a-z]+\b", kept[0]) or dummy or kept[0] not in sentences:
        return kept
    said = re.split(r"\s+(?:we|that|which|I)\s", topic)[0] if re.match(r"(?i)(?:the|our)\s", topic) else ""
    for x in [*reversed(sentences[: sentences.index(kept[0])]), f"on {said}" if said else ""]:
        m = re.search(r"\b(?:on|about|of|with|for) (?:the|our) ([\w-]+(?: [\w-]+){0,3}?)(?=\s+(?:we|that|which|I)\b|[.,;!?]|$)", x)
        if m:
            return [f"The {m.group(1)}{kept[0][2:]}", *kept[1:]]
    return kept


# An 'it' the reader cannot place once the sentence naming it is cut: the object of a verb ('switch it on', 'redo it')
# or the subject of a past result ('it caught 94%').
_DOES_IT_RE = re.compile(
    r"\b(?:redo|fix|send|finish|review|update|share|rerun|resubmit|rewrite|revise|check|merge|ship|switch|turn|roll|deploy|launch|use|run|test|pilot|enable|approve) (?P<it>it)\b"
    r"|(?<![\w'’])(?P<sub>it) (?=(?:caught|found|flagged|missed|saw|ran|hit|beat|cut|scored|picked|\w+ed)\b)",
    re.I,
)
_THING_NAMED_RE = re.compile(
    r"\b(?:your|the|our) ((?:[\w-]+ ){0,2}?(?:doc|document|report|plan|proposal|draft|analysis|deck|spec|PR|pull request|notebook|estimate|dashboard|model|pipeline|review|write-?up|summary|"
    r"detector|classifier|forecaster|forecast|recommender|ranker|scorer|checker|tool|system|service|feature|agent|bot|filter|rig|camera))\b",
    re.I,
)


def _it_named(kept: list[str], sentences: list[str]) -> list[str]:
    """'Could you redo it by Friday?' left after the sentence naming 'it' was cut: 'it' named ('redo the design doc')."""
    gone = [x for x in sentences if x not in kept]
    yours = next((t.group(1) for y in gone if (t := _THING_NAMED_RE.search(y)) and t.group(0).lower().startswith("your")), "")  # 'your design doc': what they are asked to redo
    for i, x in enumerate(kept):
        m = _DOES_IT_RE.search(x)
        if m is None or (not yours and (any(_THING_NAMED_RE.search(y) for y in kept[:i]) or _THING_NAMED_RE.search(x[: m.start()]))):
            continue
        named = yours or next((t.group(1) for y in gone if (t := _THING_NAMED_RE.search(y))), "")
        if named:
            g = "it" if m.group("it") else "sub"
            kept[i] = x[: m.start(g)] + ("The" if m.start(g) == 0 else "the") + f" {named}" + x[m.end(g) :]
        break
    return kept


def _words(sentences: list[str]) -> int:
    return sum(len(WORD_RE.findall(x)) for x in sentences)


_SENSITIVE_RE = re.compile(r"\b(?P<who>it|the model|the \w+ model|the tool)(?:'s| is) (?P<p>\d{2}(?:\.\d+)?)% sensitive\b(?:,?\s*which means it misses [^,.;]*)?", re.I)


def _sensitivity_in_words(sentence: str) -> str:
    """'It's 94% sensitive' -> 'It catches 94% of real cases, so it still misses some' (what the reader can act on; no
    number the manager did not give)."""

    def say(m: re.Match[str]) -> str:
        missed = ", so it still misses some" if float(m.group("p")) < 100 else ""
        return f"{m.group('who')} catches {m.group('p')}% of real cases{missed}"

    return _SENSITIVE_RE.sub(say, sentence)


# 'Following up on the scans, they were supposed to come last Friday': what was due, said as a fact.
_WAS_DUE_RE = re.compile(
    r"^(?:(?:following up|checking in|circling back|a follow-up) (?:on|about) (?P<x>(?:the|our|my|your) [^,;:.?!]+?),\s*(?:and\s+)?(?:they|it)"
    r"|(?:(?:I was|I'm|I am|we were)\s+)?(?:just\s+)?(?:wondering|checking|asking) (?:if|whether) (?P<y>(?:the|our|my|your) [^,;:.?!]+?)) (?P<v>were|was) (?:maybe |probably |possibly )?(?:supposed|meant|due|expected|promised) to "
    r"(?:come|arrive|land|reach us|be (?:in|here|delivered|ready|done|with us|sent))\b\s*(?P<d>[^?.!]*)[?.!]*$",
    re.I,
)
_QUESTION_HEAD_RE = re.compile(r"^(?:could|can|would|will|do|does|did|is|are|was|were|what|when|why|how|who|which|where|have|has|shall|should|may|might|any)\b", re.I)


_VAGUE_COUNT_RE = re.compile(r"\b(?:a few|a couple of|several|some|many|a number of) times\b|\ba (?:bit|little) (?:late|behind|slow|off)\b|\b(?:lately|recently|sometimes|now and then|every so often|here and there)\b", re.I)


def _without_vaguer(sentences: list[str], told: list[str]) -> list[str]:
    """Firmer: a line of the message that says vaguely what the manager's facts count ('late a few times recently')
    goes when those counted facts are said ('missed the SLA 6 times in 3 weeks')."""
    counted = [x for x in told if re.search(r"\d|\btwice\b|\b(?:two|three|four|five|six|seven|eight|nine|ten) times\b", x)]
    return [x for x in sentences if not (counted and x not in told and _VAGUE_COUNT_RE.search(x) and not re.search(r"\d", x))] if counted else sentences


def _stated(sentence: str) -> str:
    """Firmer: a fact said as a fact ('Following up on the scans, they were supposed to come last Friday?' -> 'The scans
    were due last Friday.'): what was due named, and no question mark on a statement."""
    m = _WAS_DUE_RE.match(sentence)
    if m:
        x = m.group("x") or m.group("y")
        sentence = f"{x[:1].upper()}{x[1:]} {m.group('v')} due {m.group('d').strip()}".strip() + "."
    if sentence.endswith("?") and not _QUESTION_HEAD_RE.match(sentence) and not re.search(r"(?i)\b(?:could|can|would|will) you\b", sentence):
        sentence = sentence[:-1] + "."  # 'they were supposed to come last Friday?': said as a fact
    return sentence


_PERMISSION_RE = re.compile(r"^(?:would|is|will) it (?:be )?(?:ok|okay|alright|all right|fine) if I (?P<v>[a-z]+)\b(?P<rest>.*?)\??$", re.I)
_BASE = {"wrote": "write", "sent": "send", "took": "take", "made": "make", "did": "do", "ran": "run", "got": "get", "gave": "give", "went": "go", "brought": "bring", "set": "set", "put": "put", "shared": "share"}


def _base_form(verb: str) -> str:
    """'wrote' -> 'write', 'drafted' -> 'draft', 'planned' -> 'plan', 'scheduled' -> 'schedule' (a verb said after 'if I')."""
    v = verb.lower()
    if v in _BASE or not v.endswith("ed"):
        return _BASE.get(v, v)
    stem = v[:-3] + "y" if v.endswith("ied") else v[:-2]
    if re.search(r"([bdgmnprt])\1$", stem):
        return stem[:-1]
    return stem + "e" if re.search(r"(?:[aeiou][rtvzcsg]|ul)$", stem) and not re.search(r"(?:oo|ee|ai|oa)[a-z]$", stem) else stem


_COST_LEAD_RE = re.compile(r"(?:otherwise|if not|failing that|if (?:it|this|that|they|these) (?:doesn'?t|does not|don'?t|isn'?t|is not|aren'?t|can'?t|comes? later|arrives? later|lands? later|(?:is|are) late))\b,?", re.I)


def _told_all(background: str, today: object, recipient: str = "") -> list[str]:
    """Each fact of the manager's note told to the reader, a 'her' of the next sentence read as the reader named before;
    with no he or she for the reader, 'their'/'they' is the reader's side ('Their portal has ...' -> 'Your portal has ...')."""
    said = _split(background)
    if recipient.strip() and not re.search(r"(?i)\b(?:she|her|he|him|his)\b", background):
        said = [theirs_as_yours(x, said[i - 1] if i else "", Reader(names=[recipient.split()[0]])) for i, x in enumerate(said)]
    she, he = (bool(re.search(rf"(?i)\b(?:{w})\b", background)) for w in ("she|her|hers", "he|him|his"))
    pronoun = "she" if she and not he else "he" if he and not she else ""  # the one pronoun the note uses for the reader
    return [_told(x, today, recipient, said[i - 1] if i else "", pronoun) for i, x in enumerate(said)]


def _adds_a_fact(sentence: str, out: list[str]) -> bool:
    """True when the sentence states a number or a date the lines so far do not ('it was due 13 nov')."""
    have = " ".join(out).lower()
    return any(x.lower() not in have for x in re.findall(r"\d+|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", sentence, re.I))


def _told(sentence: str, today: object, recipient: str = "", previous: str = "", pronoun: str = "") -> str:
    """A fact the manager gave next to the message, ready to send: shorthand written out ('4 wks' -> '4 weeks'),
    dates in the rewrite's own form ('jan 4' -> 'Mon 4 Jan') and the reader said as 'you' ("Augustin's company owes
    us ..." -> 'Your company owes us ...')."""
    from tools.message import polish
    from tools.reader_voice import to_reader

    waiting = _SAT_ON_RE.match(sentence.strip().rstrip("."))
    if waiting:  # "the supplier has sat on the images for 3 wks", said to the supplier: how long we have waited, no charge
        sentence = f"We've been waiting on this{waiting.group('rest')}."
    if recipient.strip():  # "sales director amaury told 2 customers": the reader by name, their title dropped before the 'you'
        sentence = re.sub(rf"(?i)^(?:the |our |my )?(?:[\w-]+ ){{0,2}}?(?:director|manager|lead|head|vp|ceo|cto|cfo|coo|owner|partner)(?: of [\w-]+)? (?={re.escape(recipient.split()[0])}\b)", "", sentence.strip())
        sentence = re.sub(rf"(?i)\b({re.escape(recipient.split()[0])})\s+(?:at|from)\s+[\w&.-]+(?:\s+\([^()]{{0,60}}\))?", r"\1", sentence)  # 'amandine at repairlink (our partner)': she is 'you'
    said = _tidy(_short_dates(polish(sentence, today), today))  # type: ignore[arg-type]
    return (to_reader(said, Reader(names=[recipient.split()[0]], pronoun=pronoun), previous=previous) or said) if recipient.strip() else said


def _plan_not_permission(sentence: str) -> str:
    """Firmer: 'Would it be okay if I wrote up a plan by Thursday?' -> 'I'll write up a plan by Thursday.'"""
    m = _PERMISSION_RE.match(sentence)
    return f"I'll {_base_form(m.group('v'))}{m.group('rest')}." if m else sentence


def _structured(sentences: list[str], goal: str, need: str, source: str) -> list[str]:
    """The clause-level half of the goal, before the word rules (tools.rewrite_goal): softer, an ultimatum, a repeat threat
    and a sweeping habit said anew and the reader credited; firmer, a hedged request said as one direct ask (with a stated
    need, the ask is composed from it instead, in _need_first)."""
    if goal == "soften":
        return soften_structure(sentences, source)
    if goal == "firm" and not need.strip():
        return firm_structure(sentences) or sentences
    return sentences


def _with_background(out: list[str], pasted: list[str], background: str, by: str, today: object, source: str, recipient: str) -> list[str]:
    """Firmer with a stated need: the ask, then why (the facts of the manager's note not said yet), then what follows a
    miss ('If I don't have this by Wed 9 Dec, I will escalate ...'), then the message's own lines."""
    told = [restate(t, source, today) for x, t in zip(_split(background), _told_all(background, today, recipient)) if _adds_a_fact(x, out) or not any(len(_stems(x) & _stems(y)) >= 3 for y in out)]  # type: ignore[arg-type]  # a count or date not said yet
    at = next((i for i, x in enumerate(out) if x in pasted), len(out))  # after the ask and its cost, before the message's own lines
    cost = next((i for i, x in enumerate(out[:at]) if i and _COST_LEAD_RE.match(x)), None)
    if cost is not None and told:
        lead = f"If I don't have this by {_short_dates(by, today)}, " if by else "If that doesn't happen, "
        out[cost] = lead + _COST_LEAD_RE.sub("", out[cost], count=1).lstrip(" ,").rstrip()
        at = cost
    out[at:at] = told
    return _without_vaguer(out, told)


def _hedged(body: str) -> bool:
    """The manager's message hedges or apologises somewhere: firmer, its requests are said as instructions."""
    return bool(_HEDGE_LEFT_RE.search(body) or _PLEA_RE.search(body) or re.search(r"(?i)\b(?:sorry|maybe|possibly|perhaps|if (?:at all )?possible|no worries|too much trouble)\b", body))


def _reworded(body: str, goal: str, need: str, today: object, source: str = "", recipient: str = "", shorten: bool = False, background: str = "") -> tuple[list[str], str, str]:
    """The pasted body sentence by sentence through the goal's rules, the date the ask names (firmer), and a note
    when that date is the tool's pick; firmer with a stated need also says the `background` the manager gives."""
    sentences = _split(_SIGNOFF_RE.sub("", body).strip()) or _split(body)
    verdict = False
    sentences = _structured(sentences, goal, need, source)
    if goal == "soften":
        sentences = _split(re.sub(r"(?i)\b(every)\.\s+(single)\.\s+(\w+)\.", r"\1 \2 \3.", " ".join(sentences))) or sentences
        sentences = [y for x in sentences for y in _split_dont(x)]
        sentences = [_dont_as_request(x) for x in sentences]
        alone = [x for x in sentences if _TALLY_ALONE_RE.match(x.strip())]
        sentences = [x for x in sentences if x not in alone]
        skipped = [_did_without(x) for x in sentences]
        step, repeated = next((st for _, st, _ in skipped if st), ""), any(r for _, _, r in skipped) or bool(alone)
        sentences = [_habit_as_fact(_shared_check(_heat_as_fact(x), step, repeated)) for x, _, _ in skipped]
        sentences, _ = _soften_blame(sentences)
        sentences, verdict = _without_verdicts(sentences)
        sentences = [_fault_without_tally(_unchecked_as_fact(x)) for x in sentences]
        threats = [_threat_as_need(x) for x in sentences]
        sentences, verdict = [x for x, _ in threats if x], verdict or any(t for _, t in threats)
        sentences = [_keeps_doing(_no_names_in_fault(_look_together(_WHOSE_WORK_RE.sub("the ", _fed_up_as_cost(x))))) for x in sentences]
        sentences = [x for x in sentences if x.strip(" .,;")]
    rules = {"soften": _SOFTEN_RULES, "tighten": _TIGHTEN_RULES, "firm": _FIRM_RULES}.get(goal, ()) + (_TIGHTEN_RULES if shorten and goal != "tighten" else ())
    rules = (_PLAIN_SPEECH_RULES if goal in ("", "soften", "plain", "tighten") else ()) + (_CLEAR_RULES if goal == "plain" else ()) + rules
    out = []
    for x in sentences:
        x = _apply(_apply(_apply(_sensitivity_in_words(x), _CLEAN_RULES), rules), _TONE_RULES + (() if goal == "firm" else _REQUEST_RULES))
        x = re.sub(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b(?=\.?\s*\d)", lambda m: m.group(1).capitalize(), x)
        x = re.sub(r"\bable to (" + "|".join(_BASE_FORMS) + r")\b", lambda m: "able to " + _BASE_FORMS[m.group(1)], x)
        x = _HOLIDAY_RE.sub(lambda m: m.group(0).title(), _NAMED_DAY_RE.sub(lambda m: m.group(0).capitalize(), _lower_shouting(x)))
        out += [_tidy(p) for p in _split(x)]  # a rule may have made two sentences of one
    out = [y for x in out if x and (y := firm_words(_stated(_plan_not_permission(x)), _hedged(body)) if goal == "firm" else _tidy(_as_request(soften_words(x) if goal == "soften" else x)))]
    by = ""
    if goal == "firm":
        out = [x for x in out if not _SMALL_TALK_RE.match(x) or ASK_RE.search(x) or re.search(r"(?i)\bwe need\b", x)] or out  # 'hope all is well' is not firm; an ask after it stays
    picked = ""
    pasted = list(out)
    due = _due_ask(out, need, today, source) if goal == "firm" and need.strip() and not _context(need, recipient)[0] else None
    if due is not None:
        out, by, picked = due
    if goal == "firm" and need.strip() and due is None:
        out, by = _need_first(out, need, today, source, body, recipient)
        out = _with_background(out, pasted, background, by, today, source, recipient)
    elif goal == "firm":
        out, by = _date_on_ask(out, today)
        dated = next((i for i, x in enumerate(out) if re.match(r"(?i)(?:I|we) need\b[^.?!]*\b(?:by|before)\b", x)), None)
        dated = next((i for i, x in enumerate(out) if re.match(r"(?i)(?:I|we) need\b", x)), 0) if dated is None else dated  # the need leads, dated or not
        out = [out[dated], *out[:dated], *out[dated + 1 :]] if dated else out  # the dated need leads
        told = [restate(t, source, today) for t in _told_all(background, today, recipient)]  # type: ignore[arg-type]  # what they promised, said to them
        out[1:1] = told
        out = _without_vaguer(out, told)
        said = next((m.group(1) for x in out if _ASK_HEAD_RE.match(x) and (m := re.search(r"\b(?:by|before) ([^,.;!?]+?)(?=\s+(?:for|so|to|or|because)\b|[,.;!?]|$)", x, re.I))), "")
        by = by or said  # the date the message's own ask names: the one to confirm
    elif goal == "plain":
        out = _plainer(out)
    if goal == "firm" and by and need.strip():  # the ask composed from the manager's note names its thing
        out = [x for x in out if x not in pasted or not _hedged_only(x)] or out  # the dated ask replaces its hedged versions
    if goal == "firm":
        out, by, dated = _firm_dated(out, by, today, source, pick=not need.strip())  # a stated need: the closing confirms against its date
        picked = picked or dated
    if goal == "soften" and _HARD_TIME_RE.search(source) and out:
        out.insert(0, "I know there's a lot going on for you right now, and I want to make this work.")  # no detail: theirs to share
    elif goal == "soften" and _FAIR_POINT_RE.search(source) and out:
        out.insert(0, "I know this has been frustrating on your side too, and you have a point.")  # the manager grants it: said first
    asked = _need_as_request(need, today) if goal == "soften" and need.strip() else ""
    if asked:  # the manager's own ask survives the softening, said once and plainly, last before the closing
        out = [x for x in out if not _same_ask(x, asked)] + [asked]
    complaint = goal == "soften" and any(re.search(r"(?i)\b(?:down|broke|broken|fail\w*|miss\w*|lose|lost|late)\b", x) and re.search(r"(?i)\b(?:again|twice|times|every time|each time|keeps?)\b", x) for x in out)  # a recurring fault
    if goal == "soften" and (verdict or complaint) and not any(ASK_RE.search(x) or _PROPOSAL_RE.search(x) or re.search(r"(?i)\blet'?s\b", x) for x in out):
        out.append("Could we work out together how to stop it happening again?")  # the verdict's point, said as the ask
    if goal == "soften":
        asking = lambda x: x.endswith("?") or re.match(r"(?i)(?:please|could|can|would|will|(?:I|we) (?:still )?need)\b", x)  # the date asked of the reader, not one in a condition
        when = next((m.group(1) for x in out if asking(x) and (m := re.search(r"\b(?:by|before) ((?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?\d{1,2} [A-Z][a-z]{2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|[A-Z][a-z]{2} \d{1,2})\b", x, re.I))), "")
        by = when[:1].upper() + when[1:]
    out = _without_flagged(out, goal) if goal in ("soften", "firm") else out
    out = [re.sub(r"(?i)^(could you .+?) (?:right )?now\?$", r"\1 as soon as you can?", x) if goal == "soften" else x for x in out if not is_fragment(x)] or out  # 'Fix it now' asked; 'Again.' is no sentence
    out = _with_words_to_use(_with_why_and_check(out)) if goal == "soften" else out
    out = (without_named(out, named_harsh(source, body)) or out) if goal == "soften" else out  # the words the manager named as too harsh: gone
    return out, by, picked


_STANDING_RE = re.compile(r"\b(?:when(?:ever)? (?:they|you|we|he|she|it)\b|(?:after|before|at|on|for|during) (?:each|every)\b|(?:each|every) ?(?:time|day|week|shift|run|morning|night|visit|trip|call|release|deploy)|from now on|going forward|always)\b", re.I)
_DATED_RE = re.compile(r"\b(?:by|before|until|from|starting|no later than|today|tonight|tomorrow|this (?:week|morning|afternoon)|end of)\b|\b(?:on )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]* \d", re.I)
_FIRM_ASK_RE = re.compile(r"^(?:please|everyone needs to|(?:I|we) need you to|could you|can you)\b", re.I)
_POINTS_BACK_AT_RE = re.compile(r"\b(?:it|them|this|that|these|those|they)\b", re.I)


def _firm_dated(out: list[str], by: str, today: object, source: str, pick: bool = True) -> tuple[list[str], str, str]:
    """Firmer with no need stated beside the message: the ask first, with a date (a standing ask starts on the next
    working day, a one-off is due three working days out, both said to be picked), then the manager's count of asks
    ('This is the third time I've asked.') when they give one. (sentences, the date, a note on a picked date)."""
    told = times_counted(source)
    if told and not any(_COUNT_SAID_RE.search(x) for x in out):
        out = [*out, told]  # after the ask and its reason: the history, said once
    at = next((i for i, x in enumerate(out) if _FIRM_ASK_RE.match(x)), None)
    at = next((i for i, x in enumerate(out) if re.match(r"(?i)(?:I|we) need\b", x)), None) if at is None else at
    if at is None:
        return out, by, ""
    if not _POINTS_BACK_AT_RE.search(out[at]):  # 'Please fix it' stays after what 'it' is
        out, at = [out[at], *out[:at], *out[at + 1 :]], 0
    picked = ""
    if pick and not by and not _DATED_RE.search(out[at]) and not re.search(r"(?i)\bdates?\b", out[at]) and isinstance(today, date):
        standing = bool(_STANDING_RE.search(out[at]))
        day = _working_days_after(today, 1 if standing else _WORKING_DAYS_TO_ANSWER)
        by = f"{day:%a} {day.day} {day:%b}"
        out[at] = out[at].rstrip(".!?") + (f", starting {by}" if standing else f" by {by}") + ("?" if out[at].endswith("?") else ".")
        picked = f"the ask now {'starts on' if standing else 'names'} {by}, a date I picked; put the day you need instead"
    return out, by, picked


# Harm to a third party ('The vet team made treatment decisions on bad numbers'): who the corrected work is for.
_ACTED_ON_RE = re.compile(r"^(?P<who>(?:the|our) [\w -]+?) (?:made|took|based|placed|set) (?P<what>(?:[\w-]+ )?(?:decisions?|orders?|calls?|plans?|bets?|forecasts?))\b[^.]*?\bon (?:the )?(?:bad|wrong|incorrect|stale|broken|faulty) (?:numbers|data|figures|counts|readings)\b", re.I)
# A missed step as the cause ('because the camera calibration for site 4 was never updated').
_STEP_MISSED_RE = re.compile(r"\b(?P<x>the (?:[\w-]+ ){0,3}?[\w-]+)(?: (?:for|at|on|in) (?:[\w-]+ ){0,3}[\w-]+)? (?:was|were) (?:never|not) (?P<v>updated|checked|run|rerun|re-run|tested|reviewed|validated|refreshed|recalibrated|calibrated)\b", re.I)


def _with_why_and_check(sentences: list[str]) -> list[str]:
    """Softer: the request for a fix says who it is for ('..., so the vet team can re-check their treatment
    decisions?'), and a cause that was a missed step gets a check agreed together, once, after the request."""
    acted = next((m for x in sentences if (m := _ACTED_ON_RE.match(x))), None)
    missed = next((m for x in sentences if (m := _STEP_MISSED_RE.search(x))), None)
    at = next((i for i, x in enumerate(sentences) if re.match(r"(?i)could (?:you|we)\b", x) and re.search(r"(?i)\b(?:fix|correct|send|rerun|re-run|update|redo)\w*\b", x)), None)
    if at is None:
        return sentences
    out = list(sentences)
    if acted and not re.search(r"(?i)\bso (?:that )?(?:the|they|we)\b", out[at]):
        out[at] = out[at].rstrip("?.") + f", so {acted.group('who')[:1].lower() + acted.group('who')[1:]} can re-check their {acted.group('what').lower()}?"
    if missed and not any(re.search(r"(?i)\bchecklist|\bcheck (?:for|that)\b|\btogether\b", x) for x in out):
        out.insert(at + 1, f"Could we add a check that {missed.group('x')} {'get' if re.search(r'[^s]s$', missed.group('x')) else 'gets'} {missed.group('v')} whenever the setup changes, so a miss gets caught before anyone relies on the numbers? I'm happy to work on it with you.")
    return out


# A request about what the reader tells others ('Please stop telling people it's live'): the claim to stop making.
_TELLING_RE = re.compile(
    r"\b(?:avoid|stop|not|don'?t|do not|refrain from|hold off(?: on)?)\s+(?:telling|saying|calling it|describing it as|announcing|presenting it as|promising|calling)\b"
    r"(?:\s+(?:to\s+)?(?:people|anyone|others|everyone|customers|users|the \w+|your \w+))?(?:\s+(?:that|it'?s|it is))?\s*(?P<claim>[^?.]*)",
    re.I,
)
# 'the picking-route model you demoed to your regional VP was ...': the reader's part, and who they told.
_YOU_SHOWED_RE = re.compile(r"\s+(?:that\s+)?you\s+(?:demoed|showed|presented|pitched|described|sold|promised|mentioned)(?:\s+(?:it\s+)?(?:to|with)\s+(?P<who>your\s+[\w -]+?|the\s+[\w -]+?))?(?=\s+(?:was|is|were|are|has|had)\b)", re.I)
_STILL_RE = re.compile(r"\b(?:was|were) (?P<x>a|an) (?P<n>prototype|demo|pilot|test version|draft|mock-?up|proof of concept|experiment|trial|beta)\b", re.I)


def _with_words_to_use(sentences: list[str]) -> list[str]:
    """Softer, when the request is about what the reader tells others: after it, words they can use, built from the
    message's own facts ('If it helps, you could put it to your regional VP like this: "The model is still a
    prototype. ..."'); the sentences unchanged otherwise."""
    at = next((i for i, x in enumerate(sentences) if _TELLING_RE.search(x) and (x.endswith("?") or re.match(r"(?i)(?:please|could|can|would)\b", x))), None)
    if at is None:
        return sentences
    facts, who = [], ""
    for x in sentences[:at]:
        shown = _YOU_SHOWED_RE.search(x)
        if shown:
            who = who or (shown.group("who") or "").strip()
            x = x[: shown.start()] + x[shown.end() :]
        if re.search(r"(?i)\b(?:you|your)\b", x) or x.endswith("?"):
            continue  # about the reader, or a question: not theirs to repeat
        facts.append(_STILL_RE.sub(lambda m: f"is still {m.group('x').lower()} {m.group('n')}", x))
    if not facts:
        return sentences
    to = f"to {who} " if who else ""
    said = " ".join(facts)
    before = [x for x in sentences[:at] if x in facts[1:] and x != sentences[0]]  # said in the words that follow: once is enough
    return [*(x for x in sentences[:at] if x not in before), sentences[at], f"If it helps, you could put it {to}like this: \"{said}\"", *sentences[at + 1 :]]


# 'we miss the Fri 15 Jan launch': the dated thing a late answer costs.
_AT_STAKE_RE = re.compile(
    r"\b(?:miss|lose|slip|delay|push|blow|jeopardi[sz]e|risk)\w* (?:the |our )(?P<d>(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?(?:\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2} \d{1,2})(?: \d{4})?) (?P<n>[a-z][\w-]+(?: (?!by\b|and\b|or\b|if\b)[a-z][\w-]+)?)"
)


# A firm rule for how new work comes in ('From now on, new asks will go through sprint planning'): what it goes through.
_RULE_SAID_RE = re.compile(r"^From now on, (?:all |any )?(?:[\w-]+ ){0,2}?(?:asks|requests|scope|work|tickets|features|changes|items)\b[^.]*?\b(?:go|come|run) (?:through|via|into) (?P<via>[^.,;]+?)[.]?$", re.I)


def _closing(goal: str, sentences: list[str], by: str, had_invitation: bool, room: bool, team: bool = False) -> str:
    """The line the goal needs at the end: an offer of help (softer), the date to confirm (firmer), an
    invitation to ask kept when nothing else asks anything (shorter)."""
    text = " ".join(sentences)
    asks = any((ASK_RE.search(x) or _PROPOSAL_RE.search(x)) and not _SMALL_TALK_RE.match(x) for x in sentences)
    if goal == "soften" and by and team:
        return f"If {by} isn't realistic, tell me what would help (a smaller first version, someone to pair with, a different date) and we'll work it out."
    if goal == "soften" and by:  # a peer or a partner team: their constraints, worked out together
        return f"If anything puts {by} at risk on your side, tell me early and we'll work it out together."  # the date holds; the help is offered
    if goal == "soften" and not re.search(r"\bhappy to\b|\bI can help\b|\bhelp (?:you|with)\b|\btogether\b|\bin the way\b", text, re.I):
        if re.search(r"\b(?:date|deadline|timeline|estimate)s?\b", text, re.I):
            return "Happy to work out a date or a range together." if asks else "Let me know if you'd like to go through the dates together."
        if not asks:  # nothing is asked of the reader: nothing of theirs is 'in the way'; the offer is the next step
            return "Let me know if you'd like to talk it through."
        return "I'm happy to help or talk it through if anything's in the way."
    if goal == "soften":
        return ""  # the message already offers help or asks to work it out
    if goal == "firm":
        if any(re.search(r"(?i)\b(?:please confirm|can you confirm|confirm (?:by|today|tomorrow)|reply by|let me know by|get back to me by)\b", x) for x in sentences):
            return ""  # the message already asks for the confirmation: asking twice reads as nagging
        if team:  # the own team is told, not asked to approve
            return "Please tell me now if that date won't work, so we can plan around it." if by else "If anything's in the way, please tell me now."
        rule = next((m for x in sentences if (m := _RULE_SAID_RE.match(x))), None)
        if rule and not by:  # a rule for how work comes in: the one way round it, said with it
            now = "the current sprint" if re.search(r"(?i)\bsprint", rule.group("via")) else "our current work"
            return f"If something can't wait for {rule.group('via')}, please tell me what it should replace in {now}, and we'll swap it."
        if not by and not asks:  # an update with nothing asked of the reader: no date to confirm
            return "Let me know if you have questions."
        at_stake = _AT_STAKE_RE.search(text)
        if not by and at_stake:  # no date on the ask, but the date a miss costs: the reader confirms against that one
            return f"Can you confirm we'll have it in time for the {at_stake.group('d')} {at_stake.group('n')}? If not, tell me what it would take."
        if by and not re.search(r"\d|\b(?:mon|tue|wed|thu|fri|sat|sun)|\btomorrow\b|\bend of\b", by, re.I):
            return "Can you confirm that timing works? If not, what date can you commit to?"  # 'before the holidays': no day to name back
        if not by and any(x.startswith("From now on,") for x in sentences):  # a standing rule: agreed to, not dated
            return "Can you confirm that works for you? If something makes it hard, tell me and we'll sort it out."
        return f"Can you confirm {by} works? If not, what date can you commit to?" if by else "When can you get back to me on this? If something's in the way, tell me what it would take."
    invited = any(_SMALL_TALK_RE.match(x) and _INVITATION_RE.search(x) for x in sentences)
    if not asks and room and not invited:  # an invitation still in the message is not said twice
        return "Let me know if you want to talk it through." if had_invitation else "Let me know if you have questions."
    return ""


# The decision an executive is asked for ('If we get sign-off on the extra spend by Dec 15, ...', 'we need your approval').
_DECISION_RE = re.compile(r"\b(?:sign[- ]?off|sign (?:it |this )?off|approv\w*|go-ahead|green[- ]?light|budget|(?:extra|more|additional) (?:spend|money|funding|headcount)|decision)\b", re.I)
_LABEL_RE = re.compile(r"^(?P<l>[A-Z][\w -]{1,40}):\s+(?P<rest>.+)$")


_POINTS_BACK_TO_RE = re.compile(r"(?i)\b(?:by|until|before|after|from) then\b|\bthat point\b|\bat that time\b")  # 'ready by then': after what it points to


def _decision_first(sentences: list[str]) -> list[str]:
    """For an executive reader, the decision asked of them leads (a label on the first line stays on the first line)."""
    i = next((k for k, x in enumerate(sentences) if k and _DECISION_RE.search(x) and (ASK_RE.search(x) or _PROPOSAL_RE.search(x) or re.match(r"(?i)if\b", x)) and not _POINTS_BACK_TO_RE.search(x)), None)
    if i is None:
        return sentences
    out = list(sentences)
    decision = out.pop(i)
    label = _LABEL_RE.match(out[0])
    if label:
        rest = label.group("rest")
        out[0] = rest[:1].upper() + rest[1:]
        said = decision if re.match(r"[A-Z]{2}|I\b", decision) else decision[:1].lower() + decision[1:]
        decision = f"{label.group('l')}: {said}"
    return [decision, *out]


def _ask_first(sentences: list[str], goal: str, asked: bool = False) -> list[str]:
    """The ask moved up to lead: past the second line for an update or a shorter version, and whatever the goal when
    the manager asks for it ('put the ask first')."""
    offer = re.compile(r"(?i)^(?:let me know|shout|ping me) if you(?:'d| would)? (?:want|like|wanna|need)\b")  # an offer, not the ask: it stays last
    asks = [i for i, x in enumerate(sentences) if ASK_RE.search(x) and len(x.split()) >= 6 and not _PLEASANTRY_RE.match(x) and not offer.match(x) and not _POINTS_BACK_TO_RE.search(x)]
    if asks and ((asks[0] > 1 and goal not in ("soften", "firm")) or (asked and asks[0] > 0)):
        moved = re.sub(r"(?i)^(?:for|to do|to get|to make) (?:that|this|it)(?: to happen)?,?\s+(?=(?:we|I)\b)", "", sentences.pop(asks[0]))  # 'For that we need ...' first: nothing before it for 'that'
        sentences.insert(0, moved[:1].upper() + moved[1:])
    return sentences


def _what_it_is_on(sentences: list[str]) -> list[str]:
    """'We'd need your answer by the 15th' first: what the answer is on (the proposal, the spend) comes with it, first."""
    lead = sentences[0] if sentences else ""
    whose = r"(?:your|the [\w-]+(?:'s|’s)|[A-Z][\w-]+(?:'s|’s))"  # 'your approval', 'the municipality's approval'
    bare = re.search(rf"(?i)\b{whose} (?:answer|decision|approval|go-ahead|sign-?off|ok)\b(?!\s+(?:on|for|to|of)\b)|\byou (?:can |could )?(?:approve|sign off|say yes)(?=\s+(?:by|before)\b)", lead) and not re.search(rf"(?i)\bneed (?!{whose})", lead)
    what = next((i for i, x in enumerate(sentences[1:], 1) if _ASKED_FOR_RE.search(x)), None) if bare else None
    if what is None:
        return sentences
    said = re.sub(r"(?i)^(?:for|to do|to get|to make) (?:that|this|it)(?: to happen)?,?\s+(?=(?:we|I)\b)", "", sentences[what])
    return [said[:1].upper() + said[1:], *(x for i, x in enumerate(sentences) if i != what)]


# What the reader's answer is on: a proposal or the spend it needs ('We would like to extend ...', 'we need to buy ...').
_ASKED_FOR_RE = re.compile(r"\b(?:we(?:'d| would)(?: now| also| then| therefore| next| really)? like to|we(?: now| therefore)? propose|we(?: now)? want to|(?:we|I) need to (?:buy|hire|get|spend|add|extend|order|book)|(?:we|I) need (?:\d+|one|two|three|four|five|a|an|another) (?:more |additional |extra |new )?[\w-]+)\b", re.I)


_PLAN_RE = re.compile(r"^(?:(?:next|then|after that|from there),?\s+(?=(?:we|I)\b)|(?=(?:we|I)(?:'ll| will| plan to|'re planning to| are planning to|'re going to| are going to| intend to| aim to| then)\b))", re.I)


def _next_step_named(sentences: list[str]) -> list[str]:
    """An update with no ask and no line left for one: its last plan said as the next step ('Next we go to 50% on Dec 14'
    -> 'Next step: go to 50% on Dec 14'), never a question appended for form's sake."""
    i = next((k for k in reversed(range(len(sentences))) if _PLAN_RE.match(sentences[k])), None)
    if i is None:
        return sentences
    x = re.sub(r"^(?:(?:next|then|after that|from there),?\s+)?(?:we|I)(?:'ll| will| plan to|'re planning to| are planning to|'re going to| are going to| intend to| aim to| then)?\s+", "", sentences[i], flags=re.I)
    return [*sentences[:i], f"Next step: {x[:1].lower() + x[1:]}", *sentences[i + 1 :]]


def _shortfalls(r: Reworked, goal: str, before: int, max_sentences: int | None, max_words: int | None, shorter: bool = False, original: str = "", need: str = "", today: object = None) -> list[str]:
    """What the rewrite still misses of its goal, one line each (never claimed as met)."""
    text, words = " ".join([*r.sentences, r.closing]), _words([*r.sentences, r.closing])
    out = []
    if max_sentences and len(r.sentences) + bool(r.closing) > max_sentences:
        out.append(f"still {len(r.sentences) + bool(r.closing)} sentences, over your limit of {max_sentences}")
    if max_words and words > max_words:
        out.append(f"still {words} words, over your limit of {max_words}")
    said = _words(r.sentences)  # the standard invitation to ask is a sign-off, not content
    if (goal == "tighten" or shorter) and not (max_sentences or max_words) and said > before * _WORD_TARGET:
        out.append(f"still {said} of your {before} words: every sentence left carries a number, a date, a risk or the ask; cut one yourself if it must be shorter")
    left = (_BLAME_LEFT_RE.search(text) or _VERDICT_LEFT_RE.search(text)) if goal == "soften" else _HEDGE_LEFT_RE.search(text) if goal == "firm" else None
    kept = harsh_kept(original, text) if goal == "soften" else hedges_in(text) if goal == "firm" else []
    if left or kept:
        out.append(f"'{left.group(0) if left else kept[0]}' may still read as {'blame' if goal == 'soften' else 'a hedge'}")
    if isinstance(today, date):
        shortened = goal == "tighten" or shorter or bool(max_sentences or max_words)
        out += [f"{x} is no longer in it" for x in facts_lost(original, need, text, today, figures=not shortened, tallies=goal != "soften")]
    if goal == "firm" and not _DATE_WORD_RE.search(" ".join(r.sentences)) and _RULE_SAID_RE.match(r.sentences[0] if r.sentences else ""):
        out.append("the rule has no start date: add the date it applies from (the next planning session, say) if you know it")
    elif goal == "firm" and not _DATE_WORD_RE.search(" ".join(r.sentences)) and not any(x.startswith("From now on,") for x in r.sentences):  # a standing rule holds from now on
        out.append("the ask has no date: say when you need it by and what happens if it is missed")
    jargon = JARGON_RE.search(text) if goal == "plain" else None
    if jargon:
        out.append(f"'{jargon.group(0)}' is still jargon for this reader")
    return out


# What a rewrite must not keep or lose, read off the texts (the rewrite's own notes and the answer checker use these).
_HARSH_RE = re.compile(
    rf"\b(?:{_VERDICT})\b|{_BLAME_LEFT_RE.pattern}|{_FED_UP_RE.pattern.split('(?P<rest>')[0].replace('(?P<join>', '(?:')}|{_WHOSE_WORK_RE.pattern}[\w-]+"
    r"|\b(?:fix|sort out|sort|get a grip on|clean up) your [\w-]+|\b(?:unusable|useless|garbage|rubbish|sloppy|lazy|stupid|incompetent|pathetic|careless|ridiculous|unacceptable)\b"
    r"|\bwhat were you thinking\b|\bhow hard (?:is|can) it be\b|\bI shouldn'?t have to\b|\b(?:I need you to|you need to|you have to|you must) (?:stop|quit|never)\b|\b(?:this|that)(?: is|'s) (?:exactly|precisely) why we have\b"
    r"|\b(?:I|we)(?:'ve| have| had)? (?:already )?(?:told|warned|reminded) you(?: (?:this|that|so|it))? (?:twice|again|before|already|repeatedly|(?:\w+|so many|many) times|(?:back )?(?:in|last) [A-Za-z]+)\b|\bbasic stuff\b",
    re.I,
)
_PLEA_RE = re.compile(
    r"\b(?:that|it|this)(?:'d| would) be (?:really |so |super |very )*(?:great|amazing|helpful|lovely|fantastic|ideal|wonderful|appreciated)\b|\bno (?:worries|pressure|rush|stress)\b"
    r"|\bif (?:you|we) (?:get|have) a (?:chance|moment|sec)\b|\bsometime soon\b|\bwhenever (?:you can|suits|works(?: for you)?(?: is fine)?)\b|\b(?:any ?time|whenever) is fine\b|\bsorry to (?:bother|chase|nag|pester)\b|\b(?:I|we) (?:was|were) wondering\b",
    re.I,
)
_DUE_DATE_RE = re.compile(r"\b(?:by|before|until|till|due|no later than|deadline(?: is| of)?)\s+(?:on\s+|the\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?P<wd>Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?P<d>\d{2}) (?P<m>[A-Z][a-z]{2}) \d{4}\b")
_FIGURE_RE = re.compile(r"(?<![\w.,-])\d+(?:[.,]\d+)*(?![\d.,]*\d)(?:\s?%|k\b)?(?!s\b)")  # 'under-18s', 'Sentinel-1': names, not figures


# A reproach that carries no fact: a told-you-so ('We told you this twice'), the work called trivially easy ('This is basic
# stuff'), the writer's grievance ('I shouldn't have to check it'). Softer, such a clause goes; what happened stays.
_REPROACH_RE = re.compile(
    r"\b(?:I|we)(?:'ve| have| had)? (?:already |now )?(?:told|warned|reminded|asked) you(?: (?:this|that|so|about (?:this|that|it)|it))?"
    r" (?:twice|again|before|already|repeatedly|more than once|(?:\w+|so many|many) times|(?:back )?(?:in|on|at|last|during) (?:the )?[A-Za-z]+(?: \d{1,2})?(?: (?:week|month|meeting|review|call))?)\b|\bas (?:I|we) (?:told|warned) you\b|\bhow many times\b"
    r"|\b(?:this|that|it)(?:'s| is| was) (?:really |pretty |such |very )?(?:basic|elementary|obvious|simple|easy)(?: stuff| things?| work)?\b|\bbasic stuff\b|\bnot rocket science\b"
    r"|\b(?:I|we) (?:shouldn'?t|should not) (?:have|need) to\b|\byou (?:should|ought to) (?:have known|know better)\b",
    re.I,
)
# Firmer: an opener that apologises, sympathises or gushes before the point ('we'd love to help!', 'totally understand').
_OPENER_RE = re.compile(r"^(?:it |that |this )?would be (?:really |so |super |very )*(?:great|amazing|helpful|lovely|fantastic|appreciated|awesome)\b|\b(?:we|I)(?:'d| would) (?:love|be (?:happy|glad|delighted)) to (?:help|support|get there)\b|\b(?:totally|completely|fully) (?:understand|get)\b|\bsorry\b|\bjust a thought\b", re.I)
_TOLD_FRAME_RE = re.compile(r"^(?:I|we)(?:'ve| have| had)? (?:already |now )?(?:told|warned|reminded) you(?: (?:twice|again|before|already|repeatedly|more than once|(?:\w+|so many|many) times))?(?: now)?(?:,? that)?,?\s+"
                            r"(?=(?:the|our|your|they|we)\b|(?:this|it)\s+(?!(?:back|in|last|on|at|before|again|twice|already)\b))", re.I)  # 'told you this in May' frames no fact
_CLAUSES_RE = re.compile(r",?\s+(?:and|but)\s+(?=(?:I|we|you|it|this|that|they|he|she|the|our|my)\b)|;\s+|,\s+(?=(?:I|we|you|it|this|that)\b)", re.I)


def _flagged(sentence: str, goal: str) -> bool:
    if goal == "soften":
        return bool(_REPROACH_RE.search(sentence) or _VERDICT_LEFT_RE.search(sentence))
    return bool(_OPENER_RE.search(sentence) or _PLEA_RE.search(sentence) or _SYMPATHY_RE.search(sentence))


def _without_flagged(sentences: list[str], goal: str) -> list[str]:
    """The check that finds what the goal says must go also takes it out: softer, a reproach clause ('We told you this
    twice', 'and I shouldn't have to check it'); firmer, an apology, sympathy or plea clause ('Totally understand ...',
    'Would be super helpful if it could happen'). A clause that carries a figure stays (the note says it still reads
    so); the other clauses of its sentence stay."""
    out = []
    for x in sentences:
        if not _flagged(x, goal):
            out.append(x)
            continue
        framed = _TOLD_FRAME_RE.sub("", x) if goal == "soften" else x  # 'We've told you three times the labels are late': the fact stays
        if framed != x and len(framed.split()) >= 3 and not _flagged(framed, goal):
            out.append(_tidy(framed))
            continue
        parts = [p for p in _CLAUSES_RE.split(x) if p.strip(" .,;!?")]
        kept = [p for p in parts if not _flagged(p, goal)]
        if len(kept) == len(parts) or any(re.search(r"\d", p) for p in parts if p not in kept):
            out.append(x)  # the flag spans the clauses, or a figure rides on it: kept, and said in the notes
            continue
        out += [y for p in kept if (y := _tidy(p))]
    return out


def harsh_kept(original: str, rewritten: str) -> list[str]:
    """The accusing, sweeping or exasperated phrases of the original that a softer rewrite still says."""
    said = " ".join(rewritten.lower().split())
    return list(dict.fromkeys(m.group(0).strip(" ,") for m in _HARSH_RE.finditer(original) if " ".join(m.group(0).lower().split()) in said))


def hedges_in(text: str) -> list[str]:
    """The hedges and pleas a firmer rewrite still says, and a requirement said as a question ('I need it by Fri?')."""
    found = [m.group(0) for m in _HEDGE_LEFT_RE.finditer(text)] + [m.group(0) for m in _PLEA_RE.finditer(text)]
    found += [x for x in _split(text) if re.match(r"(?i)(?:I|we) need\b", x) and x.endswith("?")]
    return list(dict.fromkeys(found))


def _due_dates(text: str, today: date) -> dict[tuple[str, str], str]:
    return {(m.group("d"), m.group("m")): f"{m.group('wd')} {int(m.group('d'))} {m.group('m')}" for m in _DUE_DATE_RE.finditer(polish(text, today))} if text.strip() else {}


def _figures(text: str, today: date) -> set[str]:
    text = re.sub(r"(?i)(\d)\s*(?:per ?cent|pct)\b", r"\1%", digits(text))  # 'two months' is '2 months'; 'eleven percent' is '11%'
    bare = re.sub(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{2} [A-Z][a-z]{2} \d{4}\b", " ", polish(text, today))  # dates are checked as dates
    return {m.group(0).replace(",", "").replace(" ", "").lower() for m in _FIGURE_RE.finditer(bare)}


def facts_lost(original: str, need: str, rewritten: str, today: date, *, figures: bool = True, tallies: bool = True) -> list[str]:
    """The dated asks (a date after 'by', 'before', 'due') of the original or of what the manager says they need, and
    (with `figures`) the numbers of the original, that the rewrite no longer says; without `tallies`, a count of times
    ('three times', 'twice') is no fact to keep (softer drops the tally on purpose)."""
    original = original if tallies else re.sub(r"(?i)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+times\b|\btwice\b", " ", original)
    wanted = {**_due_dates(original, today), **_due_dates(need, today)}
    said = polish(rewritten, today)
    days = {(m.group("d"), m.group("m")) for m in re.finditer(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?P<d>\d{2}) (?P<m>[A-Z][a-z]{2}) \d{4}\b", said)}
    out = [f"the date you need it by, {when}" for key, when in wanted.items() if key not in days]
    if figures:
        said_figures = " ".join(x for x in _split(original) if not _SMALL_TALK_RE.match(x) and not _PLEASANTRY_RE.match(x))  # 'hope the under-18s are flying': no fact
        out += [f"the figure {x}" for x in sorted((_figures(said_figures, today) | _figures(need, today)) - _figures(rewritten, today))]
    return out


def left_out(original: str, rewritten: str, today: date) -> list[str]:
    """A shorter version's cut, said back: each sentence of the original whose figure the rewrite no longer says
    (clipped past 24 words), so no stated number is dropped without the manager being told."""
    lost = _figures(original, today) - _figures(rewritten, today)
    out = []
    for sentence in _split(original):
        if _SMALL_TALK_RE.match(sentence) or _PLEASANTRY_RE.match(sentence):
            continue
        if _figures(sentence, today) & lost:
            words = sentence.rstrip(".!?").split()
            out.append("'" + " ".join(words[:24]) + (" ..." if len(words) > 24 else "") + "'")
    return out


# A line of the manager's notes that labels their ask of the reader ('need from her: sign-off to ...', 'ask: ...').
_ASK_LABEL_RE = re.compile(
    r"(?im)^(?P<lead>[ \t]*)(?:(?:what )?(?:I |we )?need(?:ed)? from (?:her|him|them|you)|(?:my |the |one |our )?ask(?: (?:for|of) (?:her|him|them|you))?|what (?:I|we) need(?: from (?:her|him|them|you))?)[ \t]*[:–—-][ \t]*(?=\S)"
)


_LIST_RE = re.compile(r"(?P<lead>[^\n]*?)[ \t]*:[ \t]*\n(?P<items>(?:[ \t]*(?:[-*•·–]|\d{1,2}[.)])[ \t]+[^\n]+\n?)+)(?P<tail>[ \t]*[a-z][^\n]*)?")


def _list_as_sentences(text: str) -> str:
    """A bulleted list read as prose: items after a lead-in that ends in ':' joined into its sentence ('could everyone:
    - update the tickets - add estimates' + 'before planning?' -> 'could everyone update the tickets and add estimates
    before planning?'); any other bullet without a closing mark is a sentence of its own."""

    def joined(m: re.Match[str]) -> str:
        items = [BULLET_MARK.sub("", x).strip().rstrip(".;,") for x in m.group("items").splitlines() if x.strip()]
        if not m.group("lead").strip() or any(len(x.split()) > 12 for x in items):
            return m.group(0)  # long points are sentences of their own
        said = ", ".join(items[:-1]) + f" and {items[-1]}" if len(items) > 1 else items[0]
        return f"{m.group('lead').rstrip()} {said}{' ' + m.group('tail').strip() if m.group('tail') else '.'}\n"

    text = _LIST_RE.sub(joined, text)
    return re.sub(r"(?m)^([ \t]*(?:[-*•·–]|\d{1,2}[.)])[ \t]+.*?\w)[ \t]*$", r"\1.", text)


def rewrite(
    text: str, goal: str = "", max_sentences: int | None = None, max_words: int | None = None, *, recipient: str = "", tone: str = "direct", need: str = "", today: object = None, source: str = "", team: bool = False, shorter: bool = False, bullets: bool = False, executive: bool = False, background: str = "", ask_first: bool = False
) -> Reworked:
    """The manager's message rewritten toward its goal ('tighten', 'soften', 'firm', 'plain' or '' for tone
    only), and shorter as well with `shorter`: same facts and ask; a stated limit met by dropping the sentences
    that carry least."""
    text = BULLET_MARK.sub("", text if bullets else _list_as_sentences(text))  # a bulleted note: each point is a sentence
    text = _ASK_LABEL_RE.sub(r"\g<lead>What I need from you: ", text)  # 'need from her: sign-off ...' is the ask, said to her
    text = re.sub(r"(?i)^\s*(?:my|the|current|original) (?:draft|message|note|email|text|version)\s*:\s*", "", text)  # 'My draft: ...': the label is not the message
    greeting, body = _greeting_line(text.strip(), recipient, "direct" if goal == "tighten" else tone)
    greeting = greeting or ("Hi team," if team else "")  # a note to the own team with no one named
    greeting = "" if goal == "tighten" and greeting == "Hello," else greeting  # shorter: a bare 'Hi,' is the first cut
    label = _SUBJECT_LINE_RE.match(body)  # 'Re: churn model.' opens the message: it is its subject
    body = body[label.end() :].strip() if label and body[label.end() :].strip() else body
    before = _words(_split(body))
    shorten = goal == "tighten" or shorter or bool(max_sentences or max_words)
    named = body
    if shorten:  # the preamble and filler clauses go first, the thing the preamble names kept
        signed = _SIGNOFF_RE.search(body)  # 'Best,\nSam' stays as written, on its own lines
        head, tail = (body[: signed.start()], body[signed.start() :]) if signed else (body, "")
        body = (" ".join(shorten_structure(_split(head))) or head) + tail
    sentences, by, picked = _reworded(body, goal, need, today, source, recipient or greeting_name(text), shorten, background)
    topic = label.group("t").strip() if label else ""
    had_invitation = any(_SMALL_TALK_RE.match(x) and _INVITATION_RE.search(x) for x in sentences)
    if shorten:
        limited = bool(max_sentences or max_words)  # every word counts against a stated limit: the subject carries the topic
        sentences, found = _topic([x for x in sentences if not _SMALL_TALK_RE.match(x)] or sentences, label_it=not limited and not topic)
        topic = topic or found
        full = list(sentences)
        sentences = _named_first(_shorter(list(sentences), before, max_sentences, max_words), sentences, topic)
    sentences = _ask_first(sentences, goal, ask_first)
    label = re.sub(r"(?i)^(?:the|our|my)\s+", "", topic)
    if label and len(sentences) > 1:  # the topic labels the first line only: a labelled line moved down loses it
        sentences[1:] = [re.sub(rf"^{re.escape(label[:1].upper() + label[1:])}:\s+(\w)", lambda m: m.group(1).upper(), x) for x in sentences[1:]]
    sentences = _decision_first(sentences) if executive and goal not in ("soften", "firm") else sentences
    sentences = _what_it_is_on(sentences) if goal not in ("soften", "firm") else sentences
    sentences = it_named_from_cut(_it_named(sentences, full), full) if shorten else sentences  # named once the order is final: the first 'it' the reader meets
    sentences = _without_dangling_leads(sentences, full) if shorten else sentences
    sentences = [re.sub(r"(?<!\.)\.\.(?!\.)", ".", _dated_weekday(_short_dates(x, today), today)) for x in sentences]  # '... the rota..': one stop
    by = _dated_weekday("by " + _short_dates(by, today), today)[3:] if by else by  # the date the closing asks to confirm
    room = bullets or not max_sentences or len(sentences) < max_sentences  # a closing line after a list is no extra point
    closing = _closing(goal, sentences, by, had_invitation, room, team)
    closing = "" if shorten and _words([*sentences, closing]) > before else closing  # shorter is never longer than theirs: the stock closing goes first
    r = Reworked(greeting=greeting, sentences=sentences, topic=topic, bullets=bullets, closing=closing, picked=[picked] if picked else [], lines=bool(max_sentences))
    r.picked += _gate_said_as_check(body, goal, " ".join(sentences))
    if sentences and not room and not any(ASK_RE.search(x) for x in sentences):  # no line left for an ask
        if _GO_AHEAD_RE.search(sentences[-1]):
            sentences[-1] = sentences[-1].rstrip(".!") + "; does that work for you?"  # 'we'd like to start from 18 Jan': the go-ahead asked on its line
        else:
            sentences[:] = _next_step_named(sentences)  # an update asks nothing: its plan is the reader's next step
    signed = _SIGNOFF_RE.search(body)
    r.signoff = signed.group(0).strip() if signed and "\n" in signed.group(0).strip() else ""  # 'Best,\nKai': theirs, kept
    r.shortfalls = _shortfalls(r, goal, before, max_sentences, max_words, shorter, body, need, today)
    r.left_out = left_out(body, r.text(), today) if shorten and isinstance(today, date) else []
    said = " ".join(r.shortfalls)  # the word-level notes first; the clause check adds what they did not already say
    r.shortfalls += [x for x in goal_misses(goal, named, [*r.sentences, r.closing, r.topic] if r.closing or r.topic else r.sentences, shorter=shorten) if x not in r.shortfalls and not (x.endswith("hedges the ask") and "as a hedge" in said) and not (x.endswith("as blame") and "as blame" in said)]
    said = {_norm(x) for x in _split(body)}
    if goal in ("soften", "firm") and r.sentences and all(_norm(x) in said for x in r.sentences) and len(r.sentences) >= len(said):  # nothing reworded or cut: never claimed
        r.unchanged = True
    harsh = harsh_left(r.text(), named_harsh(source, named)) if goal == "soften" else []
    if harsh:  # 'nothing reads as harsh' is read off the output, never claimed over a word still there
        r.unchanged = False
        r.shortfalls += [f"'{harsh[0]}' may still read as harsh" for _ in [0] if not any(f"'{harsh[0]}'" in x for x in r.shortfalls)]
    return r


def _gate_said_as_check(body: str, goal: str, said: str) -> list[str]:
    """Softer: the manager's own gate ('nothing goes to prod without my sign-off') said as a check agreed together is a
    change of their rule, so it is said, never made silently."""
    gate = next((x.strip() for x in _split(body) if _SIGN_OFF_RULE_RE.match(x.strip())), "") if goal == "soften" else ""
    if not gate or re.search(r"(?i)\b(?:sign-?off|signing off|approval|say-?so|go-?ahead)\b", said):
        return []
    return [f"your rule ('{gate.rstrip('.!')}') is now a check agreed together; put your sign-off back in if it must stay"]


def _norm(token: str) -> str:
    return token.strip(".,;:!?\"'“”‘’()…-—").lower()


def _quote(tokens: list[str], most: int = 12) -> str:
    words = tokens if len(tokens) <= most else [*tokens[: most - 4], "…", *tokens[-3:]]
    return "'" + " ".join(words).strip(" ,.;:!?—-") + "'"


def _greeting_end(text: str) -> int:
    """Where a message's greeting ends ('Hi Wendell, ', 'hey magnus!! ', 'Yaw, '), 0 without one."""
    m = _GREETING_RE.match(text) or (_VOCATIVE_RE.match(text) if greeting_name(text) else None) or re.match(r"\s*(?:team|all|folks|everyone)\s*(?:[,:!]|\s[—–-])\s*", text, re.I)
    return m.end() if m else 0


def _pairs(before: list[str], after: list[str]) -> list[tuple[int | None, int, int]]:
    """Sentences of the two texts matched in order by shared words, as (before index, first, end of the after
    sentences it became); a sentence split in two maps to both, and (None, j, j + 1) is a sentence added."""
    words = lambda x: [_norm(t) for t in WORD_RE.findall(x) if _norm(t)]
    ratio = lambda x, ys: difflib.SequenceMatcher(a=words(x), b=words(" ".join(ys)), autojunk=False).ratio()
    out: list[tuple[int | None, int, int]] = []
    j = 0
    for i, x in enumerate(before):
        best = max(((ratio(x, [y]), k) for k, y in enumerate(after) if k >= j), default=(0.0, -1))
        if best[0] < 0.3:
            out.append((i, j, j))
            continue
        end = best[1] + 1
        nxt = before[i + 1] if i + 1 < len(before) else ""
        while end < len(after) and ratio(x, [after[end]]) >= 0.2 and ratio(x, [after[end]]) > ratio(nxt, [after[end]]):
            end += 1  # the rest of a sentence that was split in two
        out += [(None, k, k + 1) for k in range(j, best[1])] + [(i, best[1], end)]
        j = end
    return out + [(None, k, k + 1) for k in range(j, len(after))]


# What a cut or dropped piece was, for the notes: they name the kind and count, never quote the words that went
# (an answer that repeats the phrase it cut reads as if the phrase were still there).
_CUT_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("pleasantries", r"\bhope\b|\bthanks?\b|\bthank you\b|\bcheers\b|\blet me know\b|\bany questions\b|\bshout\b|that'?s (?:the update|where we are|all)"),
        ("apologies", r"\bsorry\b|\bapologi"),
        ("lines that undercut the ask", r"\bno (?:pressure|worries|rush)\b|\btotally get\b|\bunderstand if\b|\bbusy\b|\bswamped\b|\bhelpful\b"),
        ("hedges", r"\b(?:maybe|perhaps|possibly|i think|we think|i believe|we believe|might|kind of|sort of|at some point|sometime|soon|ish|we'?ll see|assuming|wondering|any chance|if possible)\b"),
        ("the story of the cause", r"\bbecause\b|\bwhich took\b|\bdue to\b"),
        ("blame", r"\byour\b|\bagain\b|\bnot optional\b|\bnobody\b|\bnever\b|\bbroke\b|\bno more\b|\bextensions?\b|\btime\b"),
        ("impatient or harsh words", r"\b(?:obviously|clearly|frankly|literally|seriously|unacceptable|ridiculous|terrible|sloppy|lazy|stupid|unusable|useless|garbage|rubbish|a mess|tired of|sick of|fed up)\b"),
        ("certainty ML work cannot give", r"\b(?:definitely|certainly|guarantee\w*|for sure|no problem)\b"),
        ("filler", r"\b(?:so|just|finally|really|actually|basically|quite|pretty|very|anyway|which is|good news|realistically|sitting|should be|and)\b"),
        ("emoji", r"[\U0001F300-\U0001FAFF\u2600-\u27BF]"),
    )
)


def _kind(text: str, after: str = "") -> str:
    topic = _TOPIC_RE.match(text.strip())
    if topic:
        label = re.sub(r"(?i)^(?:the|our|my)\s+", "", topic.group("t")).split()[:3]
        return "the topic line (now the label of the first line)" if after.lower().count(" ".join(label).lower() + ":") else "the topic line"
    return next((kind for kind, pattern in _CUT_KINDS if pattern.search(text)), "other words")


def _word_changes(a: list[str], b: list[str], notes: dict[str, list[str]], after: str = "") -> None:
    """Words cut (by kind), reworded (the new words), added and lower-cased between two matched sentences."""
    matcher = difflib.SequenceMatcher(a=[_norm(t) for t in a], b=[_norm(t) for t in b], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old, new = [t for t in a[i1:i2] if _norm(t)], [t for t in b[j1:j2] if _norm(t)]
        if tag == "equal":
            notes["lower-cased"] += [_quote([x]) for x, y in zip(a[i1:i2], b[j1:j2]) if x != y and x.isupper() and len(_norm(x)) > 1 and not y.isupper()]
        elif old and new:
            more = [t for t in b[j2 : j2 + 3] if _norm(t)][: max(0, 3 - len(new))]  # 'The' alone says nothing: 'The export broke'
            notes["reworded"].append(_quote(new + more))
        elif old:
            gone = re.sub(r"(?i)^(?:and|but|so)\s+|\s+(?:and|but|so)$", "", " ".join(_norm(t) for t in old))
            moved = len(gone.split()) >= 2 and gone in " ".join(_norm(t) for t in WORD_RE.findall(after))
            notes["split" if moved else "cut"].append("split" if moved else _kind(" ".join(old)))
        elif new:
            notes["added"].append(_quote(new))


def _counted(kinds: list[str]) -> str:
    counts = {k: kinds.count(k) for k in dict.fromkeys(kinds)}
    return ", ".join(f"{k} ({n} places)" if n > 1 else k for k, n in counts.items())


def what_changed(before: str, after: str) -> list[str]:
    """What differs between the manager's message and the rewrite, read off the two texts sentence by sentence
    and word by word: the length, the kinds of sentences dropped and words cut, and the new wording."""
    ga, gb = _greeting_end(before), _greeting_end(after)
    sa, sb = _split(before[ga:]), _split(after[gb:])
    notes: dict[str, list[str]] = {"dropped": [], "cut": [], "split": [], "reworded": [], "added": [], "new": [], "lower-cased": []}
    pairs = _pairs(sa, sb)
    skip = False
    for k, (i, j, end) in enumerate(pairs):
        following = pairs[k + 1] if k + 1 < len(pairs) else (0, 0, 0)
        if skip:
            skip = False
        elif i is not None and j == end and following[0] is None:
            notes["reworded"].append(_quote(WORD_RE.findall(sb[following[1]]), 14))
            skip = True  # a sentence said anew in place of the one dropped: reworded
        elif i is not None and j == end:
            kind = _kind(sa[i], after)
            notes["dropped"].append("one with no number, date, risk or ask" if kind == "other words" else kind)
        elif i is None:
            notes["new"].append(_quote(WORD_RE.findall(sb[j]), 14))
        else:
            _word_changes(WORD_RE.findall(sa[i]), WORD_RE.findall(" ".join(sb[j:end])), notes, after)
    wa, wb = len(WORD_RE.findall(before)), len(WORD_RE.findall(after))
    out = [f"{wa} words became {wb}"] if wa != wb else []
    if _norm(before[:ga].strip()) != _norm(after[:gb].strip()):
        out.append(f"the greeting is now {_quote(WORD_RE.findall(after[:gb]))}" if gb else "dropped the greeting")
    if notes["dropped"]:
        out.append(f"dropped {len(notes['dropped'])} sentence{'s' if len(notes['dropped']) > 1 else ''}: {_counted(notes['dropped'])}")
    if notes["cut"]:
        out.append(f"cut {_counted(notes['cut'])}")
    if notes["split"]:
        out.append("split a sentence in two, so each part stands on its own")
    if notes["reworded"]:
        out.append(f"reworded, now {', '.join(notes['reworded'])}")
    for kind, head in (("new", "added the sentence"), ("added", "added"), ("lower-cased", "lower-cased")):
        items = list(dict.fromkeys(notes[kind]))
        if items:
            out.append(f"{head}{'s' if kind == 'new' and len(items) > 1 else ''} {', '.join(items)}")
    return out


def rewrite_text(text: str, goal: str = "", max_sentences: int | None = None, max_words: int | None = None) -> tuple[list[str], list[str]]:
    """The rewrite's sentences and what changed (computed from the two texts)."""
    r = rewrite(text, goal, max_sentences, max_words)
    return r.sentences, what_changed(text, r.text())


_UNCHANGED = {
    "soften": "None of your sentences reads as blame, a threat or sarcasm to my rules, so the closest softer version is your message as it is{closing}; tell me which line still feels harsh and I'll rework that one.",
    "firm": "None of your sentences hedges or apologises to my rules, so the closest firmer version is your message as it is{closing}; tell me which line still feels soft and I'll rework that one.",
}


_NEED_SENTENCE_RE = re.compile(r"^(?:(?:I|we)\s+)?(?:really\s+|still\s+|absolutely\s+)?(?:need|needs|must have|have to have)\s+(?P<x>.+?\bby\b.+)$", re.I)


def dated_need(notes: str) -> tuple[str, str]:
    """Firmer: the manager's dated need in their notes beside the message ('Need them by mon 14th or the valuation goes
    out on the old method'), as the need the rewrite leads with, and the rest of the notes; ('', notes) without one."""
    sentences = _split(notes)
    hit = next((x for x in sentences if _NEED_SENTENCE_RE.match(x.strip())), None)
    if hit is None:
        return "", notes
    return f"we need {_NEED_SENTENCE_RE.match(hit.strip()).group('x')}", " ".join(x for x in sentences if x is not hit)


def rewrite_message(inp: DraftInput) -> DraftedMessage:
    """The draft_message tool for purpose 'rewrite': the pasted message rewritten toward its goal, the notes
    saying what changed (from the texts) and what is still short of the goal, and the lint report."""
    f = inp.facts
    need, background = (f.ask, f.reason) if f.ask.strip() or f.rewrite_goal != "firm" else dated_need(f.reason)
    r = rewrite(f.original, f.rewrite_goal, f.max_sentences, f.max_words, recipient=inp.recipient, tone="direct" if inp.audience == "executive" else inp.tone, need=need, today=f.today, source=inp.source_text, team=inp.audience == "own_team", shorter=f.rewrite_shorter, bullets=f.rewrite_bullets, executive=inp.audience == "executive", background=background, ask_first=inp.constraints.lead_with_ask)
    if not r.sentences:
        r.sentences = ["[Paste the message to rework.]"]
    if f.rewrite_goal == "soften" and not r.greeting and not r.unchanged:
        r.greeting = "Hello,"  # a softer message greets its reader, by name when the manager gives one
    body = r.text()
    if not r.unchanged:  # every sentence the reader gets passes the one final check (names and holidays, fragments, words meant for the writer)
        from tools.reader_check import reader_check

        body = reader_check(body, inp.reader.model_copy(update={"names": [*inp.reader.names, inp.recipient][:8]}) if inp.recipient else inp.reader).body
    changed = what_changed(f.original, body)
    greeting = [x for x in changed if x.startswith(("the greeting is now", "dropped the greeting"))]
    wording = [x for x in changed if x not in greeting and not re.match(r"\d+ words became", x)]
    notes = [f"Changed: {x}." for x in changed] if wording else ["Kept your wording: nothing read as harsh or unclear.", *(f"Changed: {x}." for x in greeting)]
    notes += [f"Changed: {x}." for x in r.picked] + [f"Not met: {x}." for x in r.shortfalls]
    notes += [f"Left out to keep it short (add it back if they need it): {x}." for x in r.left_out]
    if r.unchanged:  # never shown as a rewrite: what could not change and why, in one sentence
        notes = ["Unchanged: " + _UNCHANGED[f.rewrite_goal].format(closing=" with one closing line added" if r.closing else "")]
    lint = lint_message(
        LintInput(text=body, audience=inp.audience, source_text=inp.source_text, today=f.today, recipient_role=inp.recipient_role, purpose="rewrite")
    )
    if r.unchanged:  # the manager's own message, shown as the closest version: theirs, not linted
        lint = LintReport(clean=True, findings=[], word_count=0, word_limit=lint.word_limit)
    subject = f"{r.topic[:1].upper()}{r.topic[1:]}" if r.topic and len(r.topic.split()) <= 8 else ""  # no topic: their message had no subject line either
    return DraftedMessage(subject=subject, body=body, word_count=len(WORD_RE.findall(body)), lint=lint, notes=notes)
