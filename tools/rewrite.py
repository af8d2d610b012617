"""Rewriting the manager's own message: the same content and facts, with wording that reads as harsh,
impatient, certain or padded changed, and a length limit met by keeping the sentences that carry the facts.
"""

from __future__ import annotations

import re

from tools.message import _NAMED_DAY_RE, _PLEASANTRY_RE, ASK_RE, _within

# Rewriting the manager's own message: (pattern, replacement, what the note says). Content and facts stay;
# wording that reads as harsh, impatient, certain or padded is changed.
_REWRITE_RULES: tuple[tuple[str, str, str], ...] = (
    (r"\bno way\b", "we can't", "a flat 'no way' became a plain 'we can't'"),
    (r"\b(?:this|that|it) is (?:unacceptable|ridiculous|a joke|absurd|a mess)\b", "this isn't where it needs to be", "a verdict on the work became what needs to change"),
    (r"\b(?:I'm|I am) (?:really |so |very )?(?:disappointed|frustrated|annoyed|fed up|upset)\b", "I'm concerned", "frustration became concern"),
    (r"\bas I (?:already |have )?(?:said|told you|mentioned)(?: before)?\b,?\s*", "", "dropped 'as I said'"),
    (r"\b(?:obviously|clearly|frankly|literally|seriously|honestly)\b,?\s*", "", "dropped words that read as impatient ('obviously', 'frankly')"),
    (r"\bjust (?=(?:do|fix|send|get|make|finish|ship)\b)", "", "dropped an impatient 'just'"),
    (r"\byou need to\b", "could you", "an order became a request"),
    (r"\byou must\b", "please", "an order became a request"),
    (r"\basap\b", "as soon as you can", "'ASAP' became 'as soon as you can'"),
    (r"\b(?:terrible|awful|horrible|garbage|crap)\b", "poor", "harsh adjectives became plain ones"),
    (r"\b(?:sloppy|lazy)\b", "rushed", "harsh adjectives became plain ones"),
    (r"\b(?:stupid|dumb)\b", "avoidable", "harsh adjectives became plain ones"),
    (r",?\s*(?:but|and)?\s*(?:we'?re|I'?m|we are|I am) not (?:100% |completely |totally |entirely )?sure\b", ", but that isn't certain", "'not 100% sure' said plainly"),
    (r"\b(?:definitely|certainly|for sure|without (?:a )?doubt|100% sure)\b\s*", "", "dropped a promise of certainty ML work cannot give"),
    (r",?\s*\bno problem\b", "", "dropped 'no problem' (it promises certainty)"),
    (r",?\s*\bguaranteed\b(?=\s*(?:[.!?]|$))", "", "dropped a promise of certainty ML work cannot give"),
    (r"\bguaranteed\b", "expected", "'guarantee' became 'expect'"),
    (r"\bguarantee\b", "expect", "'guarantee' became 'expect'"),
    (r"\b(?:we'll|we will) (?=(?:have|ship|deliver|launch|finish|be|get)\b)", "we're likely to ", "a promise became a likelihood"),
    (r"\b(?:I )?(?:just )?wanted to (?:reach out|touch base|follow up|check in)(?: with you)?(?: to (?:follow up|check in))?\s*(?:on|about|regarding)\s+", "About ", "cut the warm-up so the message starts with its point"),
    (r"\b(?:I )?(?:just )?wanted to (?:reach out|touch base|follow up|check in)(?: with you)?[.,]?\s*", "", "cut the warm-up so the message starts with its point"),
    (r"\bI hope (?:this|you)[^.!?]*[.!?]\s*", "", "cut the warm-up so the message starts with its point"),
    (r"\bin order to\b", "to", "tightened wordy phrases"),
    (r"\bat this point in time\b", "now", "tightened wordy phrases"),
    (r"\bdue to the fact that\b", "because", "tightened wordy phrases"),
    (r"\bwill (?=(?:cut|reduce|increase|improve|boost|lift|save|double|halve|raise)\b)", "should ", "a promised result became an expected one"),
    (r"\byour (team|pr|change|code|export|job|deploy|migration|script|update)\s+(broke|caused|killed|took down)\b", r"the \1 \2", "'your X broke' became 'the X broke' (the problem, not the people)"),
    (r"\bthis is the (second|third|fourth|fifth) time\b", r"this is now the \1 time it has happened", "a count of repeats said as a fact, not a charge"),
    (r"!+", ".", "exclamation marks became full stops"),
)
_ORDER_RE = re.compile(r"^(fix|send|finish|stop|add|update|change|remove|rerun|ship|review|check|make sure)\b(.*)$", re.IGNORECASE)
_SHOUTED_RE = re.compile(
    r"\b(?!(?:ASAP|CTO|CEO|CFO|COO|VP|ML|AI|API|ETA|SLA|SLO|KPI|OKR|QBR|PR|PM|HR|GPU|CPU|TPU|AB|MVP|EOD|EOQ|EOW|US|UK|EU|NDCG|AUC|ROC|MRR|MAP|CTR|LLM|RAG|SQL|ETL|QA|SRE|DS|PII|GDPR|SOC)\b)[A-Z]{3,}\b"
)
_GREETING_RE = re.compile(
    r"^\s*(?:(?:hi|hey|hello|dear)\s*(?:(?:all|team|everyone|folks|there)\b|(?P<name>(?-i:[A-Z][\w-]*)))?\s*[,!:.]?|(?:team|all|folks|everyone)\s*[,:!])\s*",
    re.IGNORECASE,
)
_HOLIDAY_RE = re.compile(r"\b(?:christmas|easter|thanksgiving|new year'?s?(?: day| eve)?)\b", re.IGNORECASE)
_SIGNOFF_RE = re.compile(r"\s*(?:thanks|thank you|cheers|best|regards|kind regards)[,!.]?\s*(?:\n.*)?$", re.IGNORECASE | re.DOTALL)


def greeting_name(text: str) -> str:
    """The name a pasted message greets ('Hi Victor, ...' -> 'Victor'), or ''."""
    m = _GREETING_RE.match(text)
    return (m.group("name") or "") if m else ""


# Softening: a flat refusal, a verdict on scope and an order to stop said as a reason and a request.
_SOFTEN_RULES: tuple[tuple[str, str, str], ...] = (
    (r"\b(we) (?:are not|aren'?t|'re not) (building|doing|shipping|supporting|running|making|taking on)\b", r"\1 won't be able to \2", "a flat 'we are not doing it' became 'we won't be able to'"),
    (r"\bit was never (?:in scope|agreed|planned|committed|part of the plan)\b", "it wasn't part of what we agreed", "a verdict on scope became what was agreed"),
    (r"\bplease stop (\w+ing)\b([^.?!]*?)\s+and (go through|come to|talk to|check with) (me|us)((?: first| instead)?)\b", r"could you \3 \4\5 rather than \1\2", "an order to stop became a request"),
    (r"\bplease stop (\w+ing)\b", r"could you avoid \1", "an order to stop became a request"),
)
_BASE_FORMS = {"building": "build", "doing": "do", "shipping": "ship", "supporting": "support", "running": "run", "making": "make", "taking on": "take on"}

# Tightening: hedges and filler cut (only when the manager asks for it shorter or less hedgy).
_TIGHTEN_RULES: tuple[tuple[str, str, str], ...] = (
    (r"^(?:so,?\s+)?(?:I )?(?:just )?wanted to give you (?:a (?:bit of an?|quick|short) )?(?:update|heads-up) on (?:where we are with )?", "An update on ", "cut the warm-up so the message starts with its point"),
    (r",?\s*which as you know[^,.]*", "", "cut filler ('as you know')"),
    (r"\bpretty (?=promising|good|bad|sure|close|confident)", "", "cut filler ('pretty')"),
    (r"\b(?:so )?realistically,?\s*", "", "cut filler ('realistically')"),
    (r",?\s*assuming nothing else goes wrong", "", "cut a hedge ('assuming nothing else goes wrong')"),
    (r"\b(?:the )?(?:good|less good|bad|not so good) news is (?:that )?", "", "cut framing ('the good news is')"),
    (r"\b(?:so\s+)?basically,?\s*", "", "cut filler ('basically')"),
    (r"\b(?:I|we) (?:think|believe|feel),?\s*(?:maybe,?\s*)?(?:that\s+)?", "", "cut hedges ('we think, maybe')"),
    (r",?\s*\bmaybe\b,?", "", "cut hedges ('we think, maybe')"),
    (r"\bmight possibly\b|\bmay possibly\b|\bcould possibly\b", "should", "'might possibly' became 'should'"),
    (r"\bpossibly\s+", "", "cut hedges ('we think, maybe')"),
    (r"\bsometime (?:around|in)\b", "around", "tightened wordy phrases"),
    (r"-ish\b", "", "cut '-ish'"),
    (r"\s*\bwe'?ll see\b,?", "", "cut 'we'll see'"),
    (r"\b(?:kind|sort) of\s+", "", "cut filler ('kind of')"),
    (r"\ba lot of things,?\s*(?:like\s+)?", "", "tightened wordy phrases"),
    (r",?\s*\bprobably\s+(\d+(?:\s*[-–]\s*\d+)?\s*%)", r" (\1 likely)", "the chance stands as a number, without 'probably'"),
    (r"\b(?:I|we) (?:just )?wanted to (?:say|let you know) (?:that )?", "", "cut the warm-up so the message starts with its point"),
)


def rewrite_text(text: str, goal: str = "", max_sentences: int | None = None, max_words: int | None = None) -> tuple[list[str], list[str]]:
    """The manager's message reworked sentence by sentence, and what changed: harsh, impatient, certain or
    padded wording softened or cut, shouting lower-cased, the ask moved to the front (not when softening: a
    demand first reads blunter); with goal 'tighten' also hedges and filler cut, with 'soften' refusals and
    orders said as reasons and requests. A sentence or word limit keeps the sentences that carry the most
    facts (numbers, dates), in their order. Facts and numbers stay."""
    body = _SIGNOFF_RE.sub("", _GREETING_RE.sub("", text.strip(), count=1)).strip()
    changes: list[str] = []
    extra = _TIGHTEN_RULES if goal == "tighten" or max_sentences or max_words else _SOFTEN_RULES if goal == "soften" else ()
    for pattern, plain, why in extra[:1] + _REWRITE_RULES + extra[1:]:  # a warm-up is cut before the generic rules reword it
        new = re.sub(pattern, plain, body, flags=re.IGNORECASE)
        if new != body:
            body = new
            changes.append(why)
    body = re.sub(r"\bable to (" + "|".join(_BASE_FORMS) + r")\b", lambda m: "able to " + _BASE_FORMS[m.group(1)], body)
    body = _HOLIDAY_RE.sub(lambda m: m.group(0).title(), _NAMED_DAY_RE.sub(lambda m: m.group(0).capitalize(), body))
    shouted = _SHOUTED_RE.sub(lambda m: m.group(0).lower(), body)
    if shouted != body:
        body = shouted
        changes.append("words in capitals were lower-cased")
    sentences = []
    for x in re.split(r"(?<=[.?!])\s+|\n+", body):
        x = re.sub(r"\s{2,}", " ", x).strip(" ,;")
        if not re.search(r"\w", x):
            continue
        x = x[:1].upper() + x[1:]
        order = _ORDER_RE.match(x)
        if order:
            x = f"Could you {order.group(1).lower()}{order.group(2).rstrip('.')}?"
            changes.append("an order became a request")
        question = re.match(r"(?i)(?:could|can|would|will|do|does|is|are|what|when|why|how|who)\b", x)
        if question and x[-1] not in ".?!…":
            x += "?"
        elif re.match(r"(?i)could you\b", x) and x.endswith("."):
            x = x[:-1] + "?"
        sentences.append(x if x[-1] in ".?!…" else x + ".")
    if goal == "tighten" or max_sentences or max_words:
        kept = [x for x in sentences if not _PLEASANTRY_RE.match(x)]
        if len(kept) < len(sentences) and kept:
            sentences = kept
            changes.append("cut the sign-off pleasantry")
    limited = _within(sentences, max_sentences, max_words)
    if len(limited) < len(sentences):
        sentences = limited
        changes.append(f"kept the {len(limited)} sentences that carry the facts, to fit your limit")
    asks = [i for i, x in enumerate(sentences) if ASK_RE.search(x) and len(x.split()) >= 6 and not _PLEASANTRY_RE.match(x)]
    if asks and asks[0] > 1 and goal != "soften":
        sentences.insert(0, sentences.pop(asks[0]))
        changes.append("the ask now comes first, so the reader sees what you need")
    return sentences, list(dict.fromkeys(changes))
