"""Sensitive people situations (a bereavement, a complaint about a colleague, a raise request, burnout, a health
crisis, a personal-data incident): which one a question describes, and the answer built from that situation's
guidance card: the first thing to do, what to say today, the steps in order (with when to bring in HR, legal,
security or the EAP), and what not to say. These answers never go to a model and call no tools.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

_RELATIVE = (
    r"(?:mother|father|mom|mum|dad|parents?|brother|sister|sibling|wife|husband|partner|spouse|son|daughter|child|kid|baby|"
    r"grand(?:mother|father|ma|pa|parent)|aunt|uncle|cousin|(?:best )?friend|fianc[ée]e?)"
)
_DATA = (
    r"(?:\bPII\b|personal (?:data|information|info)|(?:customer|user|patient|client|employee)s?'? (?:data|records|pii|details|emails|"
    r"addresses|names|phone numbers|information|info|database|dataset|table|files?)|(?:production|prod|customer) (?:data(?:base|set)?|dump|db)|"
    r"health (?:data|records)|medical records|credit cards?|card numbers|social security)"
)
_OUTSIDE = (
    r"(?:personal (?:laptop|computer|device|drive|phone|email|account|gmail|dropbox|google drive|cloud)|home (?:computer|laptop|pc)|"
    r"\busb\b|(?:thumb|flash|external) drive|chatgpt|an? (?:public|outside|external) (?:bucket|repo|service|vendor|tool|llm|api)|"
    r"(?:a |an )?public (?:\w+ )?(?:bucket|repo|repository|link|site|channel|drive|gist)|github|kaggle|hugging ?face|"
    r"outside (?:the company|our systems))"
)


@dataclass(frozen=True)
class Topic:
    """One sensitive people situation: how it is recognised and the guidance card it is answered from."""

    name: str
    card: str  # the guidance card (knowledge/corpus/<card>.md) the answer is built from
    pattern: re.Pattern[str]
    headline: str  # the first, bold line; {who} / {whose} are the person's name or a pronoun
    # When another answer wins: never; when a 1-on-1 or a draft is asked for; or also when the question reads as a
    # computed answer or a 1-on-1 that merely mentions the situation (a tired team in a what-if).
    gives_way: Literal["never", "asked", "any"] = "never"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# The first topic that matches wins: an incident or a complaint outranks the feelings around it.
TOPICS: tuple[Topic, ...] = (
    Topic(
        "data_incident", "contain-a-data-privacy-incident",
        _rx(
            r"exfiltrat|data (?:breach|leak)|(?:leak(?:ed|ing|s)?|exposed)\b.{0,40}(?:data(?:set)?|records|\bPII\b|personal)|"
            r"\bpublic[- ]read\b|\bpublicly (?:readable|accessible|exposed|visible)\b|\bworld[- ]readable\b|"
            r"(?:data(?:set)?|records|\bPII\b|personal (?:data|information)) (?:was |were |got |has been |have been )?(?:leaked|exposed|posted|shared publicly)|"
            rf"(?:cop(?:y|ied|ying)|download\w*|upload\w*|export\w*|sen[dt]\w*|shar\w+|mov(?:e|ed|ing)|pull\w*|dump\w*|tak(?:e|en|ing)|took|email\w*|syncing|synced|paste\w*|push\w*|post\w*|publish\w*)\b.{{0,60}}{_DATA}.{{0,60}}{_OUTSIDE}|"
            rf"{_DATA}.{{0,60}}\b(?:on|to|onto|into|in) (?:(?:his|her|their|a|an|my) )?{_OUTSIDE}"
        ),
        "**Treat this as a data incident first: contain it and report it to your security or privacy team today, then talk "
        "to {who} with care. It cannot be handled quietly, however good the intentions or the performance.**",
    ),
    Topic(
        "harassment", "handle-a-complaint-about-a-colleague",
        _rx(
            r"harass|discriminat|bull(?:y|ied|ies|ying)\b|intimidat|hostile (?:work )?environment|inappropriate (?:comment|touch|"
            r"behaviou?r|joke|message)|racis[tm]|sexis[tm]|homophob|transphob|sexual|retaliat|"
            r"(?:comments?|jokes?|remarks?|mock\w*|fun of|teas\w*|ridicul\w*|insult\w*)(?: about)? (?:his|her|their|my) "
            r"(?:accent|race|religion|age|appearance|body|weight|gender|ethnicity|skin|nationality|disability|pregnancy)"
        ),
        "**Take it seriously and bring HR in today: harassment or discrimination is not a disagreement to mediate, and you "
        "stay involved and make sure {who} is not worse off for speaking up.**",
    ),
    Topic(
        "bereavement", "support-a-grieving-report",
        _rx(
            rf"passed away|\bfuneral\b|bereave\w*|\bgriev\w*|death in (?:the|his|her|their) family|"
            rf"\blost (?:his|her|their|a) {_RELATIVE}\b|\b{_RELATIVE}(?:'s)? (?:just |recently |suddenly )?(?:died|passed)\b|"
            rf"\bmiscarriage\b|\bstillbirth\b|\b(?:his|her|their) {_RELATIVE} (?:is )?dying\b"
        ),
        "**Be a person first: acknowledge the loss, tell {who} the deadline is now your problem, and let {who} choose how "
        "much to work, even after \"I'm fine\".**",
    ),
    Topic(
        "complaint", "handle-a-complaint-about-a-colleague",
        _rx(
            r"complain\w* (?:to me )?about (?:a |an |his |her |their |my |our |the )?(?:colleague|co-?worker|teammate|peer|"
            r"manager|lead|senior|(?-i:[A-Z][a-z]+))|(?:made|filed|raised|lodged|brought) (?:a |an )?(?:formal )?complaint|"
            r"\b(?:toxic|rude|disrespectful|demeaning|aggressive) (?:to|toward|towards|with) (?:her|him|them|(?-i:[A-Z][a-z]+))|"
            r"yell(?:s|ed|ing)? at (?:her|him|them|(?-i:[A-Z][a-z]+))|(?:refuses|won'?t) to work with"
        ),
        "**Listen first and thank {who} for telling you, then sort it: harassment or discrimination goes to HR today; "
        "ordinary friction between colleagues is yours to resolve.**",
        gives_way="asked",
    ),
    Topic(
        "health_crisis", "support-a-report-in-a-health-crisis",
        _rx(
            r"\bin (?:the )?hospital\b|hospitali[sz]ed|\b(?:was|been|got|just) diagnosed\b|\bcancer\b|\bchemo|heart attack|"
            r"\ba stroke\b|mental health (?:crisis|emergency)|(?:nervous |mental )?breakdown|panic attacks?|\bsurgery\b|"
            r"serious(?:ly)? ill|chronic illness|medical emergency|\bdepression\b|psychiatric|\bin rehab\b"
        ),
        "**{Whose} health comes first: cover the work today, keep the details private, and let HR set up leave and "
        "support.**",
        gives_way="asked",
    ),
    Topic(
        "burnout", "respond-to-signs-of-burnout",
        _rx(
            r"burn(?:ed|t|ing)? ?out\b|\bburnout\b|\bexhausted\b|running on fumes|\boverworked\b|breaking point|"
            r"\bclose to (?:breaking|quitting|tears)\b|\bcrying\b|(?:online|working|commit\w*|messag\w*) (?:at|past|until|till) (?:midnight|[1-5] ?am)\b|"
            r"\bevery (?:night|weekend)\b.{0,30}\b(?:working|online|on slack)\b|\bworking (?:every )?(?:weekends|nights)\b"
        ),
        "**Treat it as a workload problem you own, not a performance problem: say what you've noticed, ask, and take "
        "something off {whose} plate this week.**",
        gives_way="any",
    ),
    Topic(
        "raise", "respond-to-a-raise-request",
        _rx(
            r"\b(?:ask(?:ed|ing|s)?|want(?:s|ed)?|request(?:ed|ing|s)?|push(?:ing|ed)?|pitch\w*|begg\w*) (?:me |us )?(?:for )?"
            r"(?:a |an )?(?:raise|pay ?rise|salary (?:increase|bump|raise|review)|pay (?:increase|bump)|more (?:money|pay)|"
            r"(?:comp|compensation) (?:increase|bump|adjustment))\b|\bunderpaid\b|\bpaid (?:less|below)\b|"
            r"\b(?:a |an )?(?:competing|outside|higher) (?:job )?offer\b|\boffer from (?:another|a competitor)\b|"
            r"\b(?:pay|salary|compensation) (?:conversation|discussion|negotiation|gap)\b"
        ),
        "**Take the request seriously and don't answer with a number today: get the facts from HR and come back to "
        "{who} by a date you name.**",
        gives_way="any",
    ),
)
BY_NAME = {t.name: t for t in TOPICS}
# Intents read from the question that a topic which gives way to "any" yields to.
YIELDS_TO = ("reprioritization", "triage", "planning", "archetype", "one_on_one")


def topic_of(text: str) -> Topic | None:
    """The sensitive people situation a question describes, if any (first match in TOPICS)."""
    return next((t for t in TOPICS if t.pattern.search(text or "")), None)


def takes_over(text: str, predicted: str, one_on_one: bool, draft: bool) -> bool:
    """True when the question describes a sensitive people situation that should be answered as one (see
    `Topic.gives_way`): a data incident, harassment or a bereavement always; a complaint or a health crisis unless a
    1-on-1 or a draft is asked for; burnout or a raise also not when the question reads as a computed answer or a
    1-on-1."""
    topic = topic_of(text)
    if topic is None or topic.gives_way == "never":
        return topic is not None
    if one_on_one or draft:
        return False
    return topic.gives_way == "asked" or predicted not in YIELDS_TO


@lru_cache(maxsize=None)
def _card_passages(card_id: str) -> tuple[dict[str, Any], ...]:
    from knowledge.corpus import CORPUS_DIR, card_passages, load_card

    card = load_card(CORPUS_DIR / f"{card_id}.md")
    # The steps are our own guidance; the published source grounds only the principle (see the card's sources).
    source = f"Lead Copilot's own guidance, grounded in {card.source}"
    return tuple(
        {"id": p.id, "card_id": p.card_id, "title": p.title, "source": source, "text": p.text, "score": 1.0}
        for p in card_passages(card)
    )


def topic_passages(text: str) -> list[dict[str, Any]]:
    """The guidance passages the answer to this question cites (its topic's card), or none."""
    topic = topic_of(text)
    return [dict(p) for p in _card_passages(topic.card)] if topic else []


# The card sections the answer shows, in order, with the heading the manager reads.
PARTS: tuple[tuple[str, str, bool], ...] = (
    ("what-to-say", "What to say today", False),
    ("what-to-watch-out-for", "What not to say or do", False),
    ("what-to-do", "What to do, in this order", True),
)


def _bullets(text: str) -> list[str]:
    return [line[2:].strip() for line in text.splitlines() if line.startswith("- ")]


def topic_answer(text: str, passages: list[dict[str, Any]], person: str | None = None) -> str | None:
    """The answer for a sensitive people situation from its card's passages (cited [n] by their place in
    `passages`), or None when the question describes none or its card is not among the passages."""
    topic = topic_of(text)
    if topic is None:
        return None
    at = {p["id"]: i + 1 for i, p in enumerate(passages)}
    if f"{topic.card}#what-to-do" not in at:
        return None
    who = person or "them"
    whose = f"{person}'s" if person else "their"
    headline = topic.headline.format(who=who, whose=whose, Whose=whose[0].upper() + whose[1:])
    lines = [f"{headline} [{at[f'{topic.card}#the-principle']}]"]
    for section, heading, numbered in PARTS:
        n = at[f"{topic.card}#{section}"]
        items = [item.replace("[Name]", person or "[Name]") for item in _bullets(passages[n - 1]["text"])]
        lines += ["", f"**{heading}** [{n}]"]
        lines += [f"{i}. {item}" if numbered else f"- {item}" for i, item in enumerate(items, 1)]
    return "\n".join(lines)
