"""Incoming requests described in a question: what is asked, its kind, its urgency, and whether the
manager means one request or the whole inbox.
"""

from __future__ import annotations

import re

from lead_core.number_words import SAID_NUMBER, number
from tools.triage import only_written_about

# 'down' as in something that stopped ('the API is down'), not the idioms of focus and sizing ('everyone's heads down',
# 'narrow it down', 'write it down', 'down to two options').
DOWN = (r"(?<!heads )(?<!head )(?<!heads-)(?<!put )(?<!write )(?<!wind )(?<!slow )(?<!step )(?<!narrow )(?<!cut )"
        r"(?<!knuckle )(?<!settle )(?<!calm )(?<!it )\bdown\b(?! to\b| from\b| by\b| the (?:line|road)\b)")
KIND_RULES: tuple[tuple[str, str], ...] = (
    ("incident", r"incident|outage|\balerts?\b|on-?call|" + DOWN + r"|broken in prod|spik\w+|regression in prod|sev[- ]?\d|paged|p[01]\b"
                 r"|\b(?:has been|have been|keeps?|is|are|been) (?:failing|crashing|erroring|timing out|down)\b[^.?!]{0,20}\b(?:since|all (?:day|morning|night)|again)\b|\bstopped (?:working|running|sending|loading)\b"
                 r"|\b(?:has been|have been|is|are|keeps?|started)\s+(?:\w+\s+){0,2}?(?:flagging|blocking|rejecting|failing|dropping|mislabell?ing|misclassifying|crashing|erroring)\b[^.?!]{0,100}\bsince\b"  # 'has been flagging every upload as explicit since last night's update'
                 r"|\bstuck in (?:the |our )?(?:[\w-]+ )?queue\b"
                 r"|\bsince (?:the |this morning'?s |last night'?s |yesterday'?s |today'?s |the \d{1,2}(?::\d\d)?\s?(?:am|pm)? |friday'?s |monday'?s )(?:\w+ )?(?:release|deploy|deployment|rollout|push|update|migration)\b[^.?!]{0,80}\b(?:is|are|has been|have been|started|keeps?)\s+(?:\w+ )?(?:blocking|rejecting|failing|dropping|flagging|erroring|returning errors|timing out|crashing|double[- ]counting)"),
    ("compliance", r"complian\w*|\baudit\w*|regulat\w*|lineage|\bgdpr\b|model risk|legal review|\bsoc ?2\b|privacy review|\bdpa\b|data protection|\bdsar\b|litigation|legal hold|\bsubpoena|e-?discovery|\bregulator\w*|\bdpia\b|\bprivacy\b|\bconsent\b|retention polic\w*|\bdpo\b|inspectorate|ombudsman|watchdog|statutory|subject access|legal clock|retention (?:deletes?|deletion|rules?|periods?)|\bnew (?:\w+ )?policy\b|\bpermit\b|\b(?:environment(?:al)?|government|federal|state|food|medicines?|aviation|safety|health) agency\b|\bEHS\b|accreditation|\blicen[cs]e renewal\b"),
    # A conversation asked for, not work: 'let's chat in the new year', 'can we grab 30 min to discuss'.
    ("meeting", r"\b(?:let'?s|we should|can we|could we|shall we|happy to|want to|would like to|i'?d like to)\s+(?:have a |grab a |set up a |book a |hop on a )?"
                r"(?:chat|talk|catch up|catch-up|discuss it|sync|call|coffee|meet)\b(?! (?:to|with) (?:the )?(?:customers?|clients?|vendors?)\b)"
                r"|\b(?:grab|find|book|set up|get) (?:some time|time|a slot|\d+ ?min\w*|half an hour|an hour)\s+(?:\w+ ){0,3}?(?:to (?:chat|talk|discuss|go over)|in the new year)\b"),
    ("feature", r"\bfeature request\b|\bnew (?:[\w-]+ )?feature\b|\bretrain(?:ing)? (?:the |our )?[\w-]+ (?:model )?on\b"),
    # Something someone has to stand up and give: a demo, or a talk, webinar or panel ('co-present on a customer webinar').
    ("demo", r"\bwalk-?through\b|\bwebinar\b|\bco-?present\w*|\bkeynote\b|\b(?:give|giving|do|doing) a (?:short |quick |lightning )?talk\b|\bspeak(?:ing)? (?:at|on)\b|\b(?:sit|be|speak|join) on (?:a|the|their) panel\b|\bguest (?:lecture|talk)\b|\bpresent\w* (?:at|on) (?:a|the|our|their) (?:\w+ )?(?:conference|meetup|summit|event|webinar|offsite|town ?hall|all-hands)\b|\bdemo\w*|\bshowcase\b|\bshow (?:it )?off\b|\bpresent(?:ation)? to (?:a )?(?:customer|prospect|client)|\bpoc for (?:a )?(?:customer|prospect)"),
    ("ad_hoc_analysis", r"\bquick look\b|\blook into\b|\bsanity[- ]check\w*|\bwhy\b[^.]{0,60}\b(?:dipped|dropped|fell|spiked|jumped|moved|changed|doubled|tripled|halved|rose|went (?:up|down)|increased|decreased)\b|\bdig into\b|analys[ie]s|\bnumbers\b|data pull|\bpull (?:the |some )?(?:data|numbers)\b|one-off|breakdown|by region|\bby (?:product|segment|channel|country|cohort|category|store|customer|market|brand|sku|month|week)\b|\bcuts?\b(?= (?:of|for|by)\b)|\b(?:a|the|quick) cut\b|\bquery\b|\bstats\b|deep[- ]dive"),
    ("report", r"\breport\b|\bdashboard\b|\bslides?\b|\bdeck\b"),
    ("question", r"\basking about\b|\bwondering\b|\bquestions?\b|\bexplain\b|how does|\badvice on\b|\bhelp understanding\b|\basked (?:me )?(?:whether|if|why|how)\b(?! [a-z]+ (?:can|could|would) (?!you\b|i\b|we\b))|\bcomplaint\b"),
)
# The whole inbox is meant when the manager talks about several requests at once.
INBOX_RE = re.compile(
    r"\binbox\b|\bqueue\b|\b(?:requests|asks|interruptions)\b(?!\s+(?:if|whether|for|to|me|us|about|when|why|how|that|him|her|them|[a-z]+ (?:can|could|would))\b)|\bthese\b|(?<!drop )\beverything\b|\ball (?:of )?(?:the|my|these)\b|"
    r"interruption budget|\bbudget\b|what do i say yes to|\bthis week's\b|\b\d+ (?:things|asks|requests)\b",
    re.IGNORECASE,
)
# Plainly about the whole inbox, whatever single asks it mentions.
INBOX_STRONG = re.compile(r"\b(?:\d+|two|three|four|five|six|several|a few|a bunch of) (?:new )?(?:asks|requests)\b|\binbox\b|\bqueue\b|\b(?:these|all (?:the|my|of (?:the|my))) (?:requests|asks|interruptions)\b|\bwhat comes in\b|\bwhich (?:of these )?requests\b", re.I)
URGENCY_RULES: tuple[tuple[str, str], ...] = (
    ("critical", r"\bcritical\b|\bsev ?[01]\b|\bp[01]\b|\bon fire\b|\bcustomers? (?:are )?(?:down|affected)\b|\boutage\b"),
    ("low", r"\b(?:not|non-?|no)\s?urgent\b|\bnot (?:a )?(?:priority|rush)\b"),  # 'not urgent 🙂': said so before any other urgency word counts
    ("high", r"\burgent\w*\b|\basap\b|\bright now\b|\bimmediately\b|\btoday\b|\btomorrow\b|\bby eod\b|\bthis afternoon\b|\bhigh (?:priority|urgency)\b"),
    ("normal", r"\b(?:normal|medium|regular) (?:priority|urgency)\b"),
    ("low", r"\bno rush\b|\bwhenever\b|\blow priority\b|\bnice to have\b|\bno hurry\b"),
)
TITLE_RE = re.compile(
    r"(?<!\bi )(?<!\bwe )\b(?:wants?|needs?|asked (?:us |me |my team )?(?:for|to)|ask(?:ed|s)? (?:me |us )?(?:if|whether) [a-z]+ (?:can|could|would)|is asking (?:us |me )?(?:for|to)|requested|would like|pinged (?:me |us )?(?:about|for)|(?:pinged|messaged|emailed|slacked|dm'?d|asked|wrote)(?: me| us)?\s*(?::|-|–)\s*['\x22\u201c]?(?:hey,?\s+|hi,?\s+|quick one,?\s+)?(?:can|could) (?:we|you|u|someone|your team|the team)(?= (?:please )?(?:pull|get|build|do|run|make|have|give|send|put|knock|rerun|refresh|look|check|add|share|prepare|produce|update|fix|score|forecast)\b)|says(?: that)?(?=\s+[\w ]{0,30}\b(?:alerts?|spik\w+|down|broken|failing|stale|outage)\b))\s+"
    r"(?!(?:to\s+)?(?:say|tell|write|reply|respond|decline|answer|let|explain|push back|draft|send|email|message|get back)\b)"  # 'need to say no to henrike': the manager's own task
    r"(?:us |me |my team |the team |someone )?(?:to\s+)?(?P<t>(?:[^.?!;]|(?<=\d)\.(?=\d)){4,120})",
    re.IGNORECASE,
)


# A piece of writing asked for, whose subject follows: 'a written explanation of how we pick which alerts get a crew',
# 'a one-pager on our outage process'. The words after it are what it is about, not something broken now.
WRITTEN_ABOUT = re.compile(r"\b(?:written|write-?up|explanation|explainer|document(?:ation)?|docs?|one-?pager|memo|report|summary|slides?|deck|policy|paper|faq)\b"
                           r"\s+(?:of|on|about|for|covering|explaining|describing|setting out)\b[^.;:!?]{0,80}$", re.I)


def request_kind(text: str) -> tuple[str, str]:
    """(kind, the words that decided it); feature when nothing more specific fits. Incident words that are the subject
    of a piece of writing asked for ('an explanation of how we triage alerts') say what it is about, not an incident."""
    for kind, pattern in KIND_RULES:
        m = re.search(pattern, text, re.IGNORECASE)
        if m and kind == "incident" and (WRITTEN_ABOUT.search(text[: m.start()]) or only_written_about(text)):
            continue
        if m:
            return kind, m.group(0)
    return "feature", ""


def urgency(text: str) -> tuple[str, str] | None:
    """A stated urgency with its words."""
    for level, pattern in URGENCY_RULES:
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            return level, m.group(0)
    return None


COLON_TITLE_RE = re.compile(r"\b(?:request|ask|incident)(?: from [\w ]{2,30}?)?\s*:\s*(?P<t>[^.?!;]{4,120})|\b(?:got|have) a request for\s+(?P<u>[^.?!;,]{4,120})|\b(?:p[0-2]|sev ?\d) incident,?\s+(?P<v>[^.?!;,]{4,120})", re.I)


PERSON_FOR_TIME = re.compile(r"[a-z][\w'-]+\s+(?:(?:full|part|half)[- ]time\s+)?for\s+(?:~\s*|about\s+|around\s+|roughly\s+|approx(?:\.|imately)?\s+)?(?:a|an|one|two|three|four|five|\d[\d.]*)\b[^;]{0,30}?\s+to\s+(?P<w>.{4,})", re.I)
# 'sam can spend two days this week setting up a serving endpoint': the work, without the time it takes.
SPEND_TIME_ON = re.compile(r"(?:[a-z][\w'-]+\s+(?:can|could|would)\s+)?spend(?:ing)?\s+(?:about\s+|around\s+)?(?:a|an|one|two|three|four|five|half a|a couple of|\d[\d.]*)\s+(?:days?|weeks?|hours?|afternoons?|mornings?)\b"
                           r"(?:\s+(?:this|next|the coming)\s+week)?\s+(?:on\s+)?(?P<w>.{4,})", re.I)
# 'aisha to implement 90-day retention deletes': the work asked of someone, without them and the verb.
PERSON_TO_DO = re.compile(r"[a-z][\w'-]+\s+to\s+(?:implement|build|add|write|run|do|set up|put in|ship|make|fix|create|deliver|prepare|pull|produce)\s+(?P<w>.{4,})", re.I)


APPROVAL_ASK = re.compile(r"\bneed\s+[\w-]+(?:\s*\([^)]{1,40}\))?\s+to\s+(?:ok|okay|approve|sign off on|greenlight|green-light|fund)\s+(?P<w>[^.,;:!?]{3,60})", re.I)


# 'by' that dates the ask ('by friday', 'by the 16th'), not 'fraud rates cut by customer segment'.
BY_A_DATE = r"by(?=\s+(?:the\s+\d+|\d+|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|tomorrow|today|tonight|eo[dw]|end|next|this|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|mid|early|late|noon|lunch)\b)"


def request_title(text: str) -> tuple[str, int, int] | None:
    """What is being asked, in short ('an analysis of churn by region')."""
    approve = APPROVAL_ASK.search(text)
    if approve:  # 'need kasper (ceo) to ok more compute': what they are to approve
        return approve.group("w").strip(), approve.start("w"), approve.start("w") + len(approve.group("w").strip())
    colon = COLON_TITLE_RE.search(text)
    if colon:
        group = next(g for g in ("t", "u", "v") if colon.group(g))
        title = re.split(rf",\s|\s+(?:{BY_A_DATE}|before|due)\b", colon.group(group))[0].strip(" ,")
        return title, colon.start(group), colon.start(group) + len(title)
    m = TITLE_RE.search(text)
    if not m:
        return None
    title = re.split(rf",?\s+(?:{BY_A_DATE}|before|for (?:the|a) (?:board|meeting|demo)|and (?:it|that|they|i|we)|but|(?<!through )(?<!about )(?<!on )(?<!explaining )(?<!showing )(?<!of )(?<!pick )(?<!choose )(?<!decide )(?<!know )(?<!see )(?<!score )(?<!rank )(?<!flag )(?<!predict )(?<!list )(?<!show )(?<!find )(?<!identify )(?<!work out )which|should|can|do i|is it)\b|,\s", m.group("t"), flags=re.I)[0]
    title = title.strip(" ,")
    start = m.start("t")
    lent = PERSON_FOR_TIME.match(title) or PERSON_TO_DO.match(title) or SPEND_TIME_ON.match(title)  # "marco for 1.5 days to debug the partner webhook": the work, not the loan
    if lent:
        title, start = lent.group("w").strip(" ,"), start + lent.start("w")
    verb = re.match(r"(?:dig|look|delve|poke)\s+into\s+(?=\S)", title, re.I)  # "dig into why X doubled" -> "why X doubled"
    if verb:
        title, start = title[verb.end() :], start + verb.end()
    lead = re.match(r"(?:an?|the)\s+", title, re.I)  # "a full personalisation model" -> "full personalisation model"
    start += lead.end() if lead else 0
    title = title[lead.end() :] if lead else title
    return (title, start, start + len(title)) if len(title) >= 4 else None


def wants_whole_inbox(text: str) -> bool:
    """True when the manager asks about several requests at once."""
    return bool(INBOX_RE.search(text))


# Several requests pasted as a list ("> can we get a churn score ... – Felix, CS"): one per line.
LIST_LINE = re.compile(r"^\s*(?:>|[-*•]|\d+[.)])\s*(?P<body>\S.{5,})$", re.MULTILINE)
# Messages pasted from a chat, one per line: 'wren (brand): "could someone ..."', '[#ml-alerts] check FAILED 3x'.
# A time stamp opening the line ('[08:52] jarrah: ...', '10:17 rolf (sales): ...') marks a pasted chat message too.
CHAT_LINE = re.compile(
    r"^\s*(?P<ts>\[?\d{1,2}[:.]\d{2}(?:\s*[ap]m)?\]?\s*)?(?:\[(?P<chan>#?[\w-]{2,40})\]|(?P<at>@)?(?P<who>[A-Za-z][\w'’.-]{1,30}(?:\s+[A-Za-z][\w'’.-]{1,20}){0,3}?)(?:\s*\((?P<role>[^)]{1,40})\))?"
    # the time after the sender, as a chat copies it: 'Themba (Ops, Stirling venue) 9:02 AM: ...'
    r"(?:[ \t]+(?P<ts2>\d{1,2}[:.]\d{2}(?:[ \t]*[apAP][mM])?))?[ \t]*:)[ \t]*(?P<body>\S.{5,})$",
    re.MULTILINE,
)
ACRONYM_ROLE = re.compile(r"[A-Z]{2,5}s?")  # 'DPO: ...', 'CISO: ...', 'GC: ...': a role written as its letters, no one's name
PEOPLE_WORDS = frozenset("ceo cto cfo coo cpo vp svp director head lead legal sales finance marketing support ops security compliance product risk audit hr".split())
# After a quoted message, a signature of several words is who sent it: '"..." - duty ops mgr', '"..." - one of my engs'.
SIGNED = re.compile(r"\s*[–—-]+\s*(?P<who>[A-Za-z][\w'-]*)(?:\s*\((?P<role>[^)]{1,40})\)|,\s*(?P<role2>[\w ]{1,30}))?\s*$"
                    r"|(?<=[\"”])\s*[–—-]+\s*(?P<role3>[A-Za-z][\w'’ ]{1,40}?)\s*$")
LEADING_ROLE = re.compile(r"^(?:the\s+)?(?P<role>legal|sales|finance|marketing|support|ops|security|compliance|product|cs|hr|ceo|cto|cfo|coo|vp|pm|risk|audit)(?:'s)?\s*(?::|(?=\s+(?:wants?|needs?|asked|asks|is asking|pet|request)\b))\s*", re.I)
# An item opened by the group or title asking, then its verb: 'the consignment team want ...', 'the chairman wants ...'.
LEADING_ASKER = re.compile(
    r"^(?:the\s+|our\s+)?(?P<role>(?:[a-z][\w'’-]*\s+){0,2}(?:team|department|dept|desk|office|group)|chair(?:man|woman|person)?|board|ceo|cto|cfo|coo|md|"
    r"(?:managing |sales |marketing |finance |ops |operations )?director|head of [a-z ]{2,20}?)(?=\s+(?:wants?|needs?|asked|asks?|is asking|would like)\b)",
    re.I,
)
# A list line opened by who sent it, as in a chat: '- jorge (sales): can someone ...', '- the intern cohort: a notebook ...'.
LEADING_SENDER = re.compile(
    r"^(?:(?P<who>[A-Za-z][\w'.-]{1,30})\s*\((?P<role>[^)]{1,40})\)|(?P<group>(?:one of (?:the|our|my)\s+)?(?:the\s+)?[A-Za-z][\w'’]*(?:\s+[A-Za-z][\w'’]*){0,3}))"
    r"\s*:\s+(?=\S)"
)
# A list line opened by a team and its person in brackets: 'control room (Hamid): ...', 'the night desk (Priya): ...'.
# A note in the brackets that is no name is where it came from: 'board member (via CEO office): ...'.
NAME_IN_BRACKETS = re.compile(r"^(?P<team>(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})\s*\((?P<name>[^)]{1,30})\)\s*:\s+(?=\S)", re.I)
ALERT_SOURCE = re.compile(r"pager|alert|\bbot\b|monitor|datadog|sentry|grafana|on-?call|opsgenie|nagios|prometheus", re.I)  # keeps its words
NOT_SENDERS = frozenset({"deadline", "note", "fyi", "update", "re", "context", "budget", "todo", "status", "ask", "request", "eta"})
# Requests numbered inline: "(1) sales wants a churn list, ~2 days; (2) legal needs model cards by the 18th; (3) ...".
INLINE_MARK = re.compile(r"(?:^|(?<=[\s;:,.]))\(?(?:[1-9]|[a-e])\)\s+")


# ... or counted out in words, as said aloud or typed without a break: 'first one from the depot manager ... second one the
# commercial director wants ...', 'firstly, ... secondly, ...', 'ask 1: ... ask 2: ...'.
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")
ORDINAL_MARK = re.compile(
    r"(?:^|(?<=[\s;:,.]))(?:(?:the|and|then|a|and the)\s+)?(?:(?P<w>first|second|third|fourth|fifth|sixth|seventh|last)(?:ly)?|(?P<d>[1-7])(?:st|nd|rd|th))"
    r"(?:\s+(?:one|thing|item|ask|request|message|email|ping))?\s*(?:[:,\-–—]|\s+(?:is|was)\b)?\s+(?=\S)"
    r"|(?:^|(?<=[\s;:,.]))(?:ask|request|item|thing|number|no\.|#)\s*(?P<n>[1-7]|one|two|three|four|five|six|seven)\b\s*[:,\-–—]?\s*",
    re.I,
)


def _ordinal_marks(text: str) -> list[re.Match[str]]:
    """The marks of items counted out in words, when they count from the first in order (first, second, ... or 1, 2, ...);
    a lone 'first' ('first move', 'finish first') counts nothing."""
    marks, want = [], 1
    for m in ORDINAL_MARK.finditer(text):
        said = (m.group("w") or "").casefold()
        n = _ORDINALS.index(said) + 1 if said in _ORDINALS else int(m.group("d") or number(m.group("n") or "0") or 0)
        if said == "last" and len(marks) >= 2:
            n = want
        if n == want and (said in _ORDINALS or said == "last" or m.group("d") or m.group("n")) and (n > 1 or _NAMES_ITEM.match(m.group(0).strip())):
            marks.append(m)
            want += 1
    return marks if len(marks) >= 2 else []


# The first mark names an item ('first one', 'firstly,', 'ask 1:'), so 'first move' or 'finish first' opens no list.
_NAMES_ITEM = re.compile(r"(?:(?:the|and|then|a|and the)\s+)?(?:first(?:ly)?|1st)\s*(?:one|thing|item|ask|request|message|email|ping|[:,\-–—])|(?:ask|request|item|thing|number|no\.|#)\s*(?:1|one)\b", re.I)


# ... or counted out in bare numbers, as dictated without a break: 'the rest is the march model one the bidding platform has
# been rejecting bids two the consignment team want a list three the chairman wants a chatbot'. Three at least, in order,
# each opening a clause, so a stray 'one the' counts nothing.
CARDINAL_MARK = re.compile(r"(?:^|(?<=[\s;:,.]))(?P<n>one|two|three|four|five|six|seven|[1-7])\s+(?=(?:the|our|a|an|their|his|her|my|we|they|someone|somebody)\b)", re.I)


def _cardinal_marks(text: str) -> list[re.Match[str]]:
    """The marks of items counted out in bare numbers from one, in order; fewer than three count nothing."""
    marks: list[re.Match[str]] = []
    for m in CARDINAL_MARK.finditer(text):
        if int(number(m.group("n")) or 0) == len(marks) + 1:
            marks.append(m)
    return marks if len(marks) >= 3 else []


def _inline_items(text: str) -> list[str]:
    """The items of an inline numbered list (or one counted out in words); the last one ends at its first full stop
    (what follows is the ask)."""
    marks = list(INLINE_MARK.finditer(text))
    if len(marks) < 2:
        marks = _ordinal_marks(text) or _cardinal_marks(text)
    if len(marks) < 2:
        return []
    items = [text[a.end() : b.start()] for a, b in zip(marks, marks[1:])]
    items.append(re.split(r"(?<=[.?!])\s+(?=\S)|\.\s*$", text[marks[-1].end() :], maxsplit=1, flags=re.I)[0])
    return [i.strip(" ;,.") for i in items if len(i.strip(" ;,.")) >= 5]


def pasted_requests(text: str) -> list[dict[str, str]]:
    """Requests pasted one per line (quoted, bulleted or numbered), each with its text, who signed it and their role.
    Fewer than two lines is not a list."""
    out = []
    mails = email_messages(text)
    if mails:
        return mails
    chat = _chat_lines(text) or _slack_blocks(text)
    if chat:
        return chat
    bodies = [m.group("body").strip() for m in LIST_LINE.finditer(text)]
    if len(bodies) < 2:
        bodies = _inline_items(text)
    for body in bodies:
        who, role = "", ""
        signed = SIGNED.search(body)
        if signed:
            who, role = signed.group("who") or "", (signed.group("role") or signed.group("role2") or signed.group("role3") or "").strip()
            body = body[: signed.start()].strip()
            if body[:1] in "\"“" and body[-1:] in "\"”":
                body = body[1:-1].strip()  # the quoted message, without its quotes
        lead = LEADING_ROLE.match(body)
        if lead:
            role = role or lead.group("role")
            body = body[lead.end() :]
        asker = None if role or who else LEADING_ASKER.match(body)
        if asker:  # 'the consignment team want a list of ...': who asks opens the item; the item keeps its words
            role = asker.group("role").strip()
        named = NAME_IN_BRACKETS.match(body)  # 'control room (Hamid): ...': the team, and its person in brackets
        if named and not who:
            note = named.group("name").strip()
            if re.fullmatch(r"[A-Z][a-z'’-]+", note) and note.casefold() not in PEOPLE_WORDS:
                who, role = note, role or named.group("team").strip()
            else:  # 'jorge (sales)': a name and its role; 'board member (via CEO office)': a role and where it came from
                one_word = re.fullmatch(r"[A-Za-z][\w'’.-]*", named.group("team").strip()) and named.group("team").strip().casefold() not in PEOPLE_WORDS
                who, role = (named.group("team").strip().capitalize(), role or note) if one_word else ("", role or named.group("team").strip())
            body = body[named.end() :].strip().strip("\"“”'")
        sender = None if named else LEADING_SENDER.match(body)
        group = (sender.group("group") or "") if sender else ""
        if sender and not who and group.casefold().strip() not in NOT_SENDERS and not ALERT_SOURCE.search(group):
            who = (sender.group("who") or "").capitalize()
            role = role or (sender.group("role") or group).strip()
            body = body[sender.end() :].strip().strip("\"“”'")
        if not who and not role:
            who, role, body = _sender_as_subject(body)
        if not who and not role:
            role, body = _role_opening(body)
        out.append({"text": body, "requester": who, "requester_role": role})
    return out if len(out) >= 2 else []


def _role_opening(body: str) -> tuple[str, str]:
    """(the asker's role, the ask) when an item opens with its asker ('from the depot manager in preston the optimiser is
    failing', 'the commercial director wants ...', 'someone in HR asked ...'); ('', body) otherwise. A 'from ...' opening
    is only who sent it, so the ask is what follows it."""
    from agent.understanding.people import ROLE_WORDS

    m = re.match(r"^(?P<from>from\s+)?(?:someone|somebody|a (?:guy|woman|man|person)) (?:in|from|on) (?:the )?(?P<r>[\w-]+)(?: team)?\b", body, re.I)
    if not m:
        m = re.match(rf"^(?P<from>from\s+)?(?:the|our|my|a|an)?\s*(?P<r>(?:[\w-]+\s+){{0,2}}?{ROLE_WORDS})\b(?:\s+(?:in|at|from|of)\s+[\w-]+)?(?=\s|$|[,:])", body, re.I)
    if not m:
        return "", body
    role = m.group("r").strip()
    role = role if role.isupper() else role.lower()
    return role, (body[m.end() :].strip(" ,:-–—") if m.group("from") else body)


# E-mails pasted with their headers ('From: Ikenna (Partner Integrations)', 'Date: ...', 'Subject: ...', then the body):
# each 'From:' opens one message; a forwarding marker or a quoted reply ('On Tue ... wrote:') closes the one before.
MAIL_HEADER = re.compile(r"^[ \t>]*(?P<key>from|date|sent|to|cc|bcc|subject|re)\s*:[ \t]*(?P<val>[^\n]*)$", re.I | re.M)
MAIL_BREAK = re.compile(r"^[ \t>]*(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:?|on [^\n]{4,80} wrote:)[ \t]*$", re.I | re.M)
MAIL_SENDER = re.compile(r"^[\"'“]?(?P<name>[^<(\"”@,]*?)[\"'”]?\s*(?:\((?P<role>[^)]{1,60})\))?\s*(?:<(?P<addr>[^>]{3,80})>)?\s*$")


def _mail_sender(value: str) -> tuple[str, str]:
    """(first name, role) of a 'From:' value: 'Ikenna (Partner Integrations)', 'Ikenna Obi <io@x.com>', 'io@x.com'."""
    value = value.strip()
    if "," in value and "<" not in value and "(" not in value:  # 'Obi, Ikenna': surname first
        value = " ".join(reversed([v.strip() for v in value.split(",", 1)]))
    m = MAIL_SENDER.match(value)
    if m is None:
        return "", ""
    name, role = (m.group("name") or "").strip(), (m.group("role") or "").strip()
    if not name:
        local = (m.group("addr") or value).split("@")[0]
        name = re.split(r"[._+-]", local)[0] if "@" in (m.group("addr") or value) else ""
    first = name.split()[0] if name.split() else ""
    if first and not _name_like(first) and first.casefold() not in PEOPLE_WORDS and not first[:1].isupper():
        return "", role or name
    return first.capitalize(), role


def email_messages(text: str) -> list[dict[str, str]]:
    """E-mails pasted with their header blocks, one request each: the body (and the subject, which often carries the
    date or the urgency), who sent it and their role. Fewer than two is not a list."""
    senders = [m for m in MAIL_HEADER.finditer(text) if m.group("key").casefold() == "from"]
    if len(senders) < 2:
        return []
    out = []
    for i, start in enumerate(senders):
        end = senders[i + 1].start() if i + 1 < len(senders) else len(text)
        chunk = text[start.start() : end]
        cut = MAIL_BREAK.search(chunk)
        chunk = chunk[: cut.start()] if cut else chunk
        subject = next((h.group("val").strip() for h in MAIL_HEADER.finditer(chunk) if h.group("key").casefold() in ("subject", "re")), "")
        body = " ".join(line.strip(" >\t") for line in chunk.splitlines() if line.strip(" >\t") and not MAIL_HEADER.match(line))
        body = re.sub(r"\s*(?:thanks|thank you|cheers|best|regards|many thanks|thx)\s*[,!.]?\s*(?:[-–—]\s*)?[A-Z][\w'’-]*\.?\s*$", "", body, flags=re.I).strip()
        subject = re.sub(r"^(?:(?:re|fwd?|aw|sv)\s*:\s*)+", "", subject, flags=re.I).strip()
        said = body if not subject or subject.casefold() in body.casefold() else (f"{body}{'' if body[-1] in '.?!' else '.'} {subject}" if body else subject)
        if len(said) < 5:
            continue
        who, role = _mail_sender(start.group("val"))
        out.append({"text": said, "requester": who, "requester_role": role})
    return out if len(out) >= 2 else []


# A list line whose subject is who sent it: 'Marguerite (head of claims) says ...', 'our auditor (KPMG, Hal) wants ...',
# 'Bettina in marketing would love ...': the sender, their role, and what they ask (the line after the verb).
SUBJECT_SENDER = re.compile(
    r"^(?:(?:our|the|my)\s+)?(?P<who>[A-Za-z][\w'’-]{1,30})(?:\s*\((?P<role>[^)]{1,40})\))?"
    r"(?:\s+(?:in|from|at|on)\s+(?P<dept>(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?))?"
    r"\s+(?:says|said|wants|asks|asked|needs|would (?:love|like)|is asking(?: for| if| whether)?|wonders|wondered|writes|wrote)\b\s*(?:that\s+|:\s*)?",
    re.I,
)


# 'fuel duty auditor wants ...', 'the building control inspector needs ...': a role of a few words as the line's subject.
ROLE_AS_SUBJECT = re.compile(
    r"^(?:(?:our|the|my|a|an)\s+)?(?P<who>(?:[\w-]+\s+){0,3}?(?:auditors?|regulators?|inspectors?|lawyers?|counsel|accountants?|controllers?|treasurers?|ombudsman|assessors?|examiners?))"
    r"(?P<role>)(?P<dept>)\s+(?:wants|needs|asks|asked|is asking(?: for| if| whether)?|would like|requires|requested)\b\s*(?:that\s+|:\s*)?",
    re.I,
)


def _sender_as_subject(body: str) -> tuple[str, str, str]:
    """(who, their role, the ask) when the line opens with its sender as the subject of an ask verb; else ('', '', body)."""
    from agent.understanding.people import ROLE_WORDS

    m = SUBJECT_SENDER.match(body) or ROLE_AS_SUBJECT.match(body)
    if not m:
        return "", "", body
    word, bracket, dept = m.group("who"), (m.group("role") or "").strip(), (m.group("dept") or "").strip()
    rest = body[m.end() :].strip().strip("\"“”'")
    if m.re is ROLE_AS_SUBJECT or re.fullmatch(ROLE_WORDS + r"|auditors?|regulators?|lawyers?|counsel|accountants?|controllers?|treasurers?", word, re.I):
        names = [w for w in re.split(r"[,;/]\s*|\s+", bracket) if re.fullmatch(r"[A-Z][a-z'’-]+", w) and _name_like(w)]
        others = ", ".join(w for w in re.split(r"[,;]\s*", bracket) if w and w not in names)
        role = ", ".join(x for x in (word.lower(), others, dept) if x)  # 'auditor, KPMG'
        return (names[-1] if names else ""), role, rest
    if word.casefold() in NOT_SENDERS or not (word[:1].isupper() or _name_like(word)) or not _name_like(word):
        return "", "", body
    return word.capitalize(), bracket or dept, rest


# Several asks told in one sentence, each opened by who asks: 'head of stores wants X by wed, finance wants Y due the 17th,
# and someone from the loyalty team asked if we could Z'.
PROSE_ASK = re.compile(
    r"(?:^|(?<=[,;:.]\s)|(?<=\band\s)|(?<=\bthen\s)|(?<=\balso\s)|(?<=\bplus\s))"
    r"(?P<who>(?:the |our |my )?(?:head of [\w-]+(?: [\w-]+)?|someone (?:from|in|on) (?:the )?[\w-]+(?: team)?|[\w-]+ team|vp of [\w-]+|[\w-]+(?: \([^)]{1,40}\))?))"
    r"\s+(?:(?:also|now|just|then|again) )?(?:wants|needs|asked (?:if|for|whether|us|me)|asks (?:if|for|whether)|would (?:like|love)|is asking (?:for|if|whether))\b",
    re.I,
)


def prose_asks(text: str) -> list[dict[str, str]]:
    """Asks told one after another in prose, each from its own asker (a name, a role or a team); fewer than two is not
    an inbox. The last ask ends at its sentence: what follows is the manager's own context."""
    from agent.understanding.people import DEPARTMENTS, ROLE_WORDS

    found = []
    for m in PROSE_ASK.finditer(text):
        who = re.sub(r"^(?:the|our|my)\s+", "", m.group("who"), flags=re.I).strip()
        word = who.split()[0].casefold()
        if not (re.match(ROLE_WORDS + r"\b", who, re.I) or word in DEPARTMENTS or word in ("someone", "head") or who.casefold().endswith(" team")
                or (" " not in who and _name_like(who))):
            continue
        found.append((m, who))
    if len(found) < 2:
        return []
    out = []
    for i, (m, who) in enumerate(found):
        end = found[i + 1][0].start() if i + 1 < len(found) else len(text)
        body = text[m.end() : end]
        if i + 1 == len(found):
            body = re.split(r"(?<=[.!?])\s+(?=\S)", body, maxsplit=1)[0]
        body = re.sub(r"[\s,;]*(?:and|then|also|plus)?\s*$", "", body.strip(), flags=re.I).strip(" ,;.")
        name = who if " " not in who and who.casefold() not in DEPARTMENTS and not re.fullmatch(ROLE_WORDS, who, re.I) else ""
        role = "" if name else re.sub(r"^someone (?:from|in|on) (?:the )?", "", who, flags=re.I)
        out.append({"text": body, "requester": name.capitalize(), "requester_role": role})
    return out


def _name_like(word: str) -> bool:
    """'Orla', 'Keoni': a name; 'Archive', 'Warehouse': a team signing as itself."""
    from agent.understanding.addressee import name_like

    return name_like(word)


# A chat export's message: its sender (with a role in brackets) and the time on a line of their own, the words on the
# lines below ('Angharad (Factory Mgr)  7:48 AM' then 'the predictions on the intake screen are blank ...').
SLACK_HEADER = re.compile(r"^[ \t]*(?P<who>[A-Z][\w'’.-]{1,30}(?:[ \t]+[A-Z][\w'’.-]{1,20}){0,2})(?:[ \t]*\((?P<role>[^)\n]{1,40})\))?[ \t]+"
                          r"(?:\[?\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?\]?|(?:today|yesterday)[ \t]+at[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp][Mm])?)[ \t]*$", re.MULTILINE)


def _slack_blocks(text: str) -> list[dict[str, str]]:
    """Messages pasted from a chat export, each under its sender's line; fewer than two is not a list."""
    heads = list(SLACK_HEADER.finditer(text))
    out = []
    for i, m in enumerate(heads):
        body = text[m.end() : heads[i + 1].start() if i + 1 < len(heads) else len(text)]
        body = re.split(r"\n[ \t]*\n", body.strip("\n"), maxsplit=1)[0]  # the message ends at a blank line
        body = " ".join(line.strip() for line in body.splitlines() if line.strip())
        if len(body) >= 5:
            out.append({"text": body, "requester": m.group("who").split()[0], "requester_role": (m.group("role") or "").strip()})
    return out if len(out) >= 2 else []


def _chat_lines(text: str) -> list[dict[str, str]]:
    """Chat messages pasted one per line, each opened by its channel ('[#ml-alerts] ...'), or its sender with a role
    or a quoted message ('oksana (legal): "..."'); fewer than two is not a list."""
    out = []
    for m in CHAT_LINE.finditer(text):
        who = m.group("who") or ""
        stamped = m.group("ts") or m.group("ts2")
        if not (m.group("chan") or m.group("role") or m.group("body")[0] in "\"“'" or stamped or m.group("at")) or (" " in who and not stamped):
            continue  # 'Deadline: jan 29' is a fact, not a message someone sent
        body = m.group("body").strip().strip("\"“”'")
        if m.group("chan"):
            out.append({"text": body, "requester": "", "requester_role": m.group("chan").lstrip("#")})
        elif re.fullmatch(r"[A-Za-z][\w'.-]+ (?:again|too|also|here|later|follow-?up)", who, re.I):
            out.append({"text": body, "requester": who.split()[0].capitalize(), "requester_role": (m.group("role") or "").strip()})  # 'rachida again: ...'
        elif (" " in who or who.casefold() in PEOPLE_WORDS) and re.fullmatch(r"[A-Z][a-z'’-]+", m.group("role") or "") and _name_like(m.group("role")):
            out.append({"text": body, "requester": m.group("role"), "requester_role": who})  # 'night desk (Tomasz): ...'
        elif " " in who or who.casefold() in PEOPLE_WORDS or ACRONYM_ROLE.fullmatch(who) or not _name_like(who):
            out.append({"text": body, "requester": "", "requester_role": who})  # '[11:40] safety team: ...', 'ceo: ...'
        else:
            out.append({"text": body, "requester": who.capitalize(), "requester_role": (m.group("role") or "").strip()})
    return out if len(out) >= 2 else []



# ---- The days the manager can give to asks (one home: the triage reading and nothing else reads them)
# Said in the normalised question: '2 days of slack', 'team can spare about 2 days', 'capacity is 2 days'.
BUDGET_RE = re.compile(r"(\d+(?:\.\d+)?) (?:working )?days? of (?:interrupt(?:ion)?s?|interrupt(?:ion)? capacity|capacity for interrupt\w*|slack|spare capacity|capacity)"
                       r"|\bspare (?:maybe |about |around |roughly |only |just )?(\d+(?:\.\d+)?) (?:working )?days?\b(?: total)?(?= for (?:interrupt|non-?roadmap|unplanned|ad[- ]hoc|asks|requests|this|these)| of (?:the |my |our )?(?:team|people|folks|engineers|capacity|time)\b)"
    r"|\b(?:have|has|got|there'?s|with) (?:maybe |about |around |roughly |only |just )?(\d+(?:\.\d+)?) (?:working )?days? of (?:the |my |our )?(?:team'?s?|people'?s?|engineers'?|folks'?) (?:time|capacity)\b"  # 'i have about 2 days of team time next week'
    r"|\b(?:have|has|got|there'?s|with) (?:maybe |about |around |roughly |only |just )?(\d+(?:\.\d+)?) (?:working )?days? (?:of (?:the |my |our )?(?:team'?s?|people'?s?|engineers'?|folks'?)(?: time)? )?(?:spare|free|to spare|of slack|left over|for (?:this|these|them|interrupts|asks|(?:non-?roadmap|unplanned|ad[- ]hoc|off-?roadmap|side|other) (?:stuff|work|asks|requests|things))|between (?:us|the (?:two|three|four) of us|me and \w+))"
                       r"|\b(?:can|could|will|i'?ll|we'?ll)\s+(?:\w+\s+)?(?:spare|give|free up|set aside|carve out|afford|find|put in|offer|budget|commit)\s+(?:you\s+|it\s+|them\s+)?(?:maybe |about |around |roughly |only |just |up to |at most |tops )?(\d+(?:\.\d+)?) (?:working )?days?\b"  # 'team can spare about 2 days next week max', 'i can give maybe two days of the team'
                       r"|\b(?:capacity|budget|bandwidth|slack)\b[^.;\d]{0,20}?\b(?:is|of|=|:)\s+(?:maybe |about |around |roughly |like |only |just )?(\d+(?:\.\d+)?) (?:working )?days?\b"
                       r"|\b(?:can'?t|cannot|can not) (?:lose|spare|give up|free up|release) (?:anyone|anybody|a person|someone|one person|people) (?:for )?(?:more than|over|longer than|beyond) (\d+(?:\.\d+)?) (?:working )?days?\b", re.I)  # "i can't lose anyone for more than a day"


def budget_in_normal(normal: str) -> tuple[float, int, int] | None:
    """(days, start, end) of the time for asks said in the normalised question, or None."""
    m = BUDGET_RE.search(normal)
    return (float(next(g for g in m.groups() if g)), m.start(), m.end()) if m else None


# Time the manager can give away, said in their own words around the pasted requests: 'two days of the team to give
# away', 'release at most two days of one engineer', 'a day of slack', 'maybe 2 days outside the roadmap'.
BUDGET_CUE = re.compile(r"\b(?:spare|slack|free|give(?: away)?|giving|release|lend|set aside|carve out|budget|interrupt\w*|bandwidth|"
                        r"outside (?:the|of|our)|on top of|beyond|besides|apart from|available|capacity|to play with|left over|leftover)\b", re.I)
BUDGET_DAYS = re.compile(rf"\b(?P<n>{SAID_NUMBER}|an?) (?:working |whole |full )?days?(?P<h2> and a half)?\b", re.I)


def budget_in_own_words(original: str, pasted: list[dict[str, str]]) -> tuple[float, str] | None:
    """The days the manager says they can give to asks, read only from their own sentences (never a pasted request's
    estimate): a number of days in a sentence that says it is spare, free, to give away or outside the planned work."""
    own = original
    for r in pasted:
        own = own.replace(r["text"], " ")
    for sentence in re.split(r"(?<=[.!?\n])\s+", own):
        days = BUDGET_DAYS.search(sentence)
        if days and BUDGET_CUE.search(sentence):
            half = 0.5 if days.group("h2") else 0.0  # 'a day and a half'; 'one and a half days' is the number itself
            week = re.match(r"[^.;?!]{0,40}?\b(?:next|this|the coming) week\b", sentence[days.end() :], re.I)  # '~2 days of team time next week'
            return (number(days.group("n"), article=True) or 0.0) + half, days.group(0) + (sentence[days.end() : days.end() + week.end()] if week else "")
    return None
