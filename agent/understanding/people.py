"""Who the question is about and who it is for: team members and other people named in it (with or
without capitals), the requester, the recipient of a message and their role, and project names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from agent.understanding.first_names import first_names
from agent.understanding.word_classes import classes_of
from tools.team import Team

# Audience roles, most specific first: (pattern, audience). Matched on the normalised text.
AUDIENCE_RULES: tuple[tuple[str, str], ...] = (
    (r"\bhead of product\b|\bproduct (?:director|vp)\b|\bvp(?: of)? product\b|\bcpo\b", "head_of_product"),
    (r"\bcfo\b|\bfinance (?:chief|director|head)\b|\bhead of finance\b", "cfo"),
    (r"\bcto\b", "cto"),
    (r"\bceo\b|\bfounder\b|\bmanaging director\b|\b(?:our|the|my) md\b|(?:^|[.!?]\s+)md(?= (?:wants|asked|needs|is asking|says)\b)", "ceo"),
    (r"\bcoo\b", "coo"),
    (r"\b(?:sales|marketing|finance|product|eng\w*|data) vp\b|\bvps?\b|\bvice president\b", "vp"),
    (r"\bdirectors?\b|\bskip[- ]?level\b|\bmy (?:boss|manager)\b|\bhead of (?:eng\w*|ml|ai|data|research)\b", "director"),
    (r"\bproduct (?:manager|lead|owner|team|folks|people)\b|\bpms?\b|\bproduct\b(?= (?:wants|asked|needs|is asking))|\b(?:for|to) product\b", "product"),
    (r"\bhead of (?:sales|marketing|growth|ops|operations|revenue|partnerships|customer \w+|cs|support|legal|compliance|risk|people|hr|trust and safety|fin\w* crime|[\w-]+(?: [\w-]+)?)\b|\bchair(?:s|man|woman|person)?\b|\bcommittee\b|\b(?:exec(?:utive)?s?|leadership(?: team)?|the board|board members?|steering committee|c-?suite|higher[- ]ups|cmo|cro|ciso|cdo|chief \w+ officer|gm|general manager)\b", "exec"),
    (r"\bdesign partners?\b|\bpilot (?:customer|client|partner)s?\b|\bcustomers?\b|\bclients?\b(?= (?:wants?|asked|is asking|needs?))", "customer"),
    (r"(?<!not )\bmy (?:direct )?report\b(?!s)|\bone of my (?:reports|engineers|mles|people)\b", "report"),
    (r"(?<!not on )(?<!not in )(?<!not )\b(?:my|our|the) (?:whole |ml |data |research )?team\b|\beveryone on (?:my|the) team\b|\bmy (?:reports|engineers|folks|people)\b|\bthe squad\b", "own_team"),
    (r"\b(?:partner|peer|sister|other|platform|infra|sales|marketing|finance|ops|legal|support|data eng\w*) team\b|\b(?:data eng\w*|data platform|platform|infra\w*|analytics|backend|front-?end|sre|devops|security|mlops|data) (?:manager|lead|tl|eng(?:ineering)? manager)\b|\bsales\b(?! (?:vp|director|head|chief|lead))|\bmarketing\b(?! (?:vp|director|head|chief|lead))|\banother team\b|\bpeer (?:lead|manager)\b|\bmy peer\b|(?:^|\(|,\s)peer\b(?!\s+review)|\bnot (?:on|in) (?:my|our) team\b|\bnot my team\b|(?-i:\b[A-Z][a-z]+)(?:'s|’s) (?:manager|lead|boss)\b|\((?:our |the )?(?!(?:tech|team|ml|eng\w*|my)\b)[\w&-]+(?: [\w&-]+)? (?:lead|manager)\)", "peer_team"),
)
# Words that are capitalised but are not people's names.
NOT_NAMES = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred dr dr. prof mr mrs ms mx sir dame i i'm i've i'll i'd she's he's they're we're you're it's there's that's what's let's don't can't won't isn't
    my we our the a an and but or so if is it it's this that they he she you your his her their
    easter christmas xmas valentine valentines diwali eid ramadan hanukkah thanksgiving halloween passover
    vp cto cfo ceo coo cpo pm hr ml ai llm nlp gpu q1 q2 q3 q4 okr okrs kpi eng mle ds de sre ok okay yes no hi hey hello
    mles dss des sres pms swe swes ic ics em ems tl tls are were am be been being has have had not
    thanks thank please also what when where why how who which should can could would will do does did just quick
    monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri
    january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    director head product sales finance marketing legal support ops engineering research data platform team manager boss skip skip-level
    board exec exec's lead tech staff senior junior principal new one two three any some every each
    fraud churn search pricing ranking recsys summarizer model pipeline project migration launch demo experiment
    councillor councilor alderman mayor senator minister non-technical nontechnical technical systems labs inc ltd corp solutions technologies analytics
    per via vs versus re amid upon onto into unto till til etc cc fyi btw asap eod eow im ive ill id dont cant wont isnt didnt doesnt wasnt shes hes theyre were youre thats whats lets""".split()
)
NAME_TOKEN = r"(?-i:[^\W\d_a-z][^\W\d_A-Z]+(?:[-'][^\W\d_a-z]?[^\W\d_A-Z]+)?)"  # any script's letters: 'Kristýna', 'Ondřej', 'Zoë'
NAME_CONTEXT = re.compile(
    rf"\b(?:with|for|about|to|from|tell|ask|pull|move|moving|pulling|yank|put|reassign|switch|let|is|engineer|scientist|researcher|hire|report|lead|named|called|says|said|and|have|borrow|take|wants?|needs?|give|lend)\s+({NAME_TOKEN})\b"
    rf"|\b({NAME_TOKEN})(?=\s*(?:,|\(|'s\b|\s+(?:and|both|is|was|has|had|who|joined|started|just|keeps|never|hasn'?t|doesn'?t|isn'?t|seems|wants|asked|needs|said|thinks|will|would|can|could|should|might|from|on|off|got|gets|told|went|left|moved|returns|returned|starts|comes|came|resigned|quit|1:1|1-1)(?!\w)))",
)
# In lower-case messages, the person a move is about ("cpo wants ana moved onto ...").
LOWER_MOVED = re.compile(r"\b(?:wants?|(?:can|could) have|(?:is |are )?(?:begging|pleading|asking|pushing|angling) for|pull(?:ing)?|mov(?:e|ing)|borrow(?:ing)?|tak(?:e|ing)|steal(?:ing)?|poach(?:ing)?|grab(?:bing)?|loan(?:ing)?)\s+([a-z][a-z'-]{1,15})(?:\s+and\s+me)?(?:\s+(?:half[- ]time|full[- ]time|part[- ]time|\d+(?:\.\d+)? days? (?:a|1|per) (?:week|wk)|half (?:of )?(?:his|her|their) (?:week|time)))?\s+(?:(?:pulled|taken|moved|switched|lent|loaned)\s+)?(?:moved|off|on|onto|to help|for|from)\b")
# A share of a person's week asked of them ('whether bogumil can give two days a week to', normalised '2 days 1 week').
LOWER_SHARE = re.compile(r"\b(?:if|whether|can|could)\s+([a-z][a-z'-]{1,15})\s+(?:can |could |would |might )?(?:give|spare|lend|spend|do|put in)\s+"
                         r"(?:\d+(?:\.\d+)?|a|one|half a) days? (?:1|a|per|each|every) (?:week|wk)\b")
LOWER_STOP = frozenset(
    """someone somebody everyone anyone one people engineers engineer folks us them him her it this that these those some more any
    all both half two three time stuff things work help me you myself ownership over back out up down himself herself themselves
    themself yourself ourselves mine yours ours theirs hers""".split()
)
MONTH_NAMES = frozenset("jun june may april august".split())
# When a meeting is, said between the meeting word and its attendee ('1:1 monday w ifeoma', '1:1 at 3pm with bongani').
MEETING_WHEN = (
    r"(?:(?:today|tomorrow|tmrw|tonight|later|(?:on |this |next )?(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri)(?:day)?|on the \d{1,2}(?:st|nd|rd|th)|"
    r"at \d{1,2}(?::\d\d)?\s*(?:am|pm)?|\d+ ?(?:min(?:ute)?s?|m))\s+){0,2}"
)
# The word that joins a meeting to its attendee ('with', 'w/', a bare 'w').
MEETING_WITH = rf"{MEETING_WHEN}(?:with|wiht|wtih|w/|w(?=\s))"  # as typed: 'wiht'
# In lower-case messages, a name after "with" in a 1-on-1 ("1:1 w/ dev tomorrow").
LOWER_WITH = re.compile(rf"\b(?:1[: -]?on[: -]?1|1:1|1-1|one[- ]on[- ]one|1on1|sync|check-?in|chat|meeting|talk|conversation|convo|sit-?down|(?:prep(?:are)?|get) (?:me|us) (?:ready )?for)\s+{MEETING_WITH}\s+([a-z][a-z'-]{{1,20}})\b", re.I)
# Where a first name that is also a word ('matt', 'amber', 'piers') stands for a person once the question gives them a
# person's role: met in a 1-on-1 ('1:1 with matt'), told or asked something ('tell piers that ...'), or with someone.
WORD_NAME_SLOTS = re.compile(rf"\b(?:(?:1[: -]?on[: -]?1|1:1|1-1|one[- ]on[- ]one|1on1|skip[- ]level|check-?in|catch-?up|sit-?down)\s+{MEETING_WITH}"
                             r"|tell|told|telling|ask|asked|asking|remind|ping|with)\s+([a-z][a-z'-]{2,20})\b", re.I)
# ... the role: a later he/she ('... he seems checked out'), a role said beside them ('amber, my senior ds'), or what only
# a person has ('piers's promotion').
PERSON_ROLE_AFTER = re.compile(r"^(?:\s*,\s*(?:my|our|a|an|the)?\s*(?:[\w-]+\s+){0,2}?(?:ds|mles?|engineers?|scientists?|researchers?|reports?|analysts?|devs?|hire|intern|lead|pm|manager|boss|director|vp|head)\b"
                               r"|(?:'s|’s)\s+(?:promotion|promo|review|leave|raise|offer|performance|1:1|team|manager)\b"
                               r"|[^\n]{0,160}?\b(?:he|she|him|her|his|hers|he's|she's)\b)", re.I)


# The attendee written straight after a 1-on-1 with no 'with' ('1:1 lauri thurs', '1on1 dmitri'): a name only when the
# word is a known first name or not English at all ('1:1 prep', '1:1 tomorrow' name no one).
MEETING_THEN_NAME = re.compile(r"\b(?:1[: -]?on[: -]?1|1:1|1-1|one[- ]on[- ]one)\s+(?:(?:today|tomorrow|tmrw|(?:this |next )?(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri)(?:day)?)\s+)?([a-z][a-z'-]{1,20})\b(?!\s+(?:with|w/|w\s))", re.I)


# A meeting the manager has with someone on a day: "i'm seeing faisal first on monday", "i'm telling him friday".
MET_ON_A_DAY = r"(?:\bi'?m |\bi am |(?<![\w,] )(?:^|(?<=[.!?] )))(?:telling|seeing|meeting|sitting down with)"  # 'seeing fiachra first, monday'
ON_A_DAY = r"\s+(?:first\s*,?\s*)?(?:on\s+)?(?:mon|tue|wed|thu|fri|tomorrow|today|this|next)"


# Lower-case names ("agenda for tobias", "keanu's been stuck"). Where a person is certainly named (a strong
# place) any uncommon word will do; elsewhere (a weak place) the word must be a known first name. Known first
# names come from gender-guesser's list (about 40,000 first names from many countries; only the list is used,
# never the gender), loaded once and only when a lower-case candidate needs it (agent/understanding/first_names.py).
_W = r"([a-z][a-z'-]{1,20})"
STRONG_SLOTS = re.compile(
    rf"\b(?:report|engineer|ds|mle|scientist|researcher|analyst|hire|intern|dev)\s*\(\s*{_W}\s*,|"  # 'report (hyacinth, senior, ...) told me'
    rf"\b(?:agenda|talking points|prep|1[: -]?on[: -]?1|1:1|1-1|one[- ]on[- ]one|1on1|skip[- ]level) (?:for|{MEETING_WITH}) (?:(?:my|our) (?:new |former |old )?(?:boss|manager|report|skip|director|vp|lead|hire|joiner|starter|grad|intern|mle|engineer|ds|data scientist|researcher|tl|tech lead) )?{_W}\b"
    rf"|\binherit\w* {_W}(?: (?:from|on|in|when|after)\b|\s*[,(])"
    rf"|(?:^|[.!?]\s+){_W}\s+(?:is\s+(?:back|returning|coming back|out|off|leaving)|(?:come|comes|will come|returns?) back)\b"  # 'mirko come back from sick leave'
    rf"|(?:^|[.!?]\s+){_W}(?:'s)?\s+back\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|tomorrow|today|next|this|from|after|in\s+\d|on\s+the)"  # 'mairead back monday after 5 months leave'
    rf"|(?:^|[.!?]\s+){_W}\s+(?:joins|starts|is joining|is starting)\s+(?:us\s+|the team\s+)?(?:on\s+)?(?:mon|tue|wed|thu|fri|tomorrow|today|next|this|in|the\s+\d)"  # 'temitope joins tuesday'
    rf"|{MET_ON_A_DAY} {_W}{ON_A_DAY}"  # "i'm seeing faisal first on monday"
    rf"|\bmy (?:former |new |old |ex-)?(?:boss|manager|skip|director|vp|new hire|mle|ds|report|lead|tl|engineer|researcher|peer|colleague|teammate|coworker)[, ]+{_W}(?=\s*(?:\(|,|$|\.|-|\bthursday|\bmonday|\btuesday|\bwednesday|\bfriday|\btomorrow|\btoday|\bon\b|\bnext\b|\bthis\b|\bat\b|\bwho\b|\bis\b|\bhas\b|\bstarted\b|\bjoined\b|\band\b))"
    rf"|\b{_W} \((?:my |our |the )?(?:[\w-]+ ){{0,3}}?(?:mle|ds|engineer|scientist|researcher|lead|manager|head|vp|cto|cfo|ceo|coo|cpo|director|pm|senior|junior|intern|new hire|not in)"
    rf"|\b(?:of mine|of my (?:reports|people|team|engineers|folks|mles|ds))\s*[,:]\s*{_W}\b"  # 'two of mine, leilani (recs) and bartek'
    rf"|\b(?:incl\.?|including|especially|esp\.?|namely)\s+{_W}\b|\b{_W} is the only one\b|(?:^|[.!?]\s+|\n){_W}'s (?:(?:probably |definitely |likely |also )?(?:going to|gonna|about to|planning to|asking|pushing|angling|hoping)|been|back|out|off|leaving|returning|on leave)\b"
    rf"|\b(?:putting|put|nominating|nominate)\s+{_W}\s+(?:up|forward)\s+for\b"

    rf"|^\s*{_W}\s*\([^)]{{1,40}}\)\s+(?:just\s+)?(?:pulled|asked|told|said|came|is|was|has|had|wants|messaged|pinged|mentioned|emailed|dm'?d)\b"
    rf"|(?:^|[.!?]\s+){_W}(?:,\s+(?:my|our|(?:one|1) of (?:my|our))\s+[\w -]{{2,40}}?,)?\s+(?:just\s+|finally\s+|also\s+)?(?:told|asked|messaged|pinged|emailed|texted|dm'?d|slacked|pulled|confided in|came to)\s+me\b"
    rf"|\b(?:starts?|started|joins?|joined|joining|starting)\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|next|this|tomorrow|today)\w*\s*[,-]\s*{_W}\s*[,(-]"
    rf"|\b(?:cfo|cto|ceo|coo|cpo|vp|director|head of \w+|lead|manager|boss|pm)\s*\({_W}\)"
    rf"|\bnew (?:senior |junior |staff |remote )?(?:hire|joiner|starter|grad|mle|ml engineer|engineer|ds|data scientist|scientist|researcher|intern|analyst|pm|tl|tech lead)\s+{_W}(?=\s*(?:,|\(|\bstarts\b|\bjoins\b|\bjoined\b|\bstarted\b|\bis\b|\bwas\b|\bhas\b|\bfrom\b|\.|$))"
    rf"|\bmy (?:new |incoming |interim |next )?(?:boss|manager|director|vp|skip)(?: from \w+)? (?:is|will be) {_W}\b"
    rf"|(?:^|[:.!?;]\s+){_W}(?=,\s+(?:my|our)\s+(?:[\w-]+\s+){{0,2}}?(?:ds|mles?|engineers?|scientists?|researchers?|reports?|analysts?|devs?|hires?|interns?|tech lead|lead)\b)"  # 'akosua, my strongest engineer on ...'
    rf"|(?:^|[:.!?;]\s+){_W}(?=,\s+(?:one|1) of (?:my|our)\s+(?:[\w-]+\s+){{0,3}}?(?:ds|mles?|engineers?|scientists?|researchers?|reports?|analysts?|devs?|people|folks|hires?|interns?)\s*,)"  # 'ilinca, one of my data scientists, started crying'
    rf"|(?:^|[:.!?;]\s+){_W}(?=,\s+(?:a |an |my |our )?(?:senior|junior|staff|principal|mid-level|lead|new|applied)\s+(?:mle|ml engineer|engineer|ds|data scientist|scientist|researcher|analyst|pm|dev|tl|tech lead|hire)\b)",
    re.IGNORECASE,
)
WEAK_SLOTS = re.compile(
    rf"(?:^|[.!?;,:]\s+|\n|\b(?:and|but|so|because|since|if|what if|when|then)\s+|\bmy (?:best |top |strongest |most senior |senior |junior |lead |new |only )?(?:engineer|mle|ds|data scientist|scientist|researcher|report|analyst|dev|hire|intern|tech lead)\s+){_W}(?=(?:\s*\([^()]{{1,30}}\))?(?:'s(?!\s+(?:in|on|at|the|a|an|up|down|over|done|ready|live|fine|ok|what|how)\b)|\s+(?:and|or|from|is|was|has|had|gets|got|goes|went|wants|lost|loses|told|came|called|texted|emailed|messaged|said|says|thinks|reckons|spotted|asked|asks|came|moved|moves|needs|keeps|joins|joined|starts|started|been|did|does|can|could|will|would|hasn't|isn't|doesn't|won't|just|also|only|missed|skipped|forgot|snapped|interrupted|ignored|pushed|shipped|broke))\b)"
    rf"|\b(?:with|for|about|tell|ask|told|asked|pull|move|borrow|give|lend|wants?|needs?|both|and|from|to|off|inherit\w*|take|takes|cost|costs)\s+(?!(?:my|our|his|her|their|the|a|an)\b){_W}\b"  # 'about my ds camille': the role slot reads it
    rf"|\b(?:one|1) of my (?:[\w-]+\s+){{0,2}}?(?:ds|mles?|engineers?|scientists?|researchers?|reports?|analysts?|devs?)\s+{_W}\b"  # 'one of my data scientists eamon slacked me'
    rf"|\b(?:is|was|it'?s|that'?s|would be)\s+{_W}(?=\s*(?:,\s*who\b|,\s*who'?s\b|\())"  # 'the only one who has done on-call is tamsin, who ...'
    rf"|\b{_W}(?=,\s+(?:a |an |my |our )?(?:senior|junior|staff|principal|mid-level|mid|lead|new|applied)\b)"  # 'agenda pls: femi, senior MLE, ...'
    rf"|\b{_W}(?=\s+(?:has|had)\s+(?:spent|been (?:on|working|building)|worked on|poured)\b)",  # 'the model noemi has spent 4 months on'
    re.IGNORECASE,
)
# Known first names that are also everyday words, and words a first-name list holds by accident.
COMMON_WORD_NAMES = frozenset(
    """lowkey highkey tbh ngl imo fwiw lol will may june mark bill rose dawn faith hope art sunny chase drew pat sue rob max ray jack frank joy guy the van de la le
    young lane long king page case miles grant sky summer autumn august april star gay rich hunter carter major penny
    age bay boy chance door go job line lot love made man march night price run said side son song spring take tell way win
    honor justice forest river rock stone storm olive sage brook cliff dale glen crystal sim eval test demo ops
    data model ship launch asset done
    so an in on at to do go am be me my no or us we ok hi lou ed al di""".split()
)


def is_first_name(word: str) -> bool:
    """True for a known first name that is not also an everyday word."""
    w = word.casefold()
    if w in COMMON_WORD_NAMES or w in NOT_NAMES or w in LOWER_STOP or len(w) < 2 or everyday_word(w):
        return False
    return w.lower() in first_names()


def everyday_word(word: str) -> bool:
    """A word English uses as something other than a name, whatever a first-name list holds: an adverb or auxiliary
    ('even', 'partly', 'soon'), a describing word only ('fine', 'odd'), or a plural or verb form of a dictionary word
    ('trees', 'lies'). Nouns and verbs in their plain form stay possible names (Grace, Tom, Peter)."""
    w = word.casefold()
    classes = classes_of(w)
    if classes & {"ADV", "AUX"} or (classes and not classes & {"NOUN", "VERB"}):
        return True
    stem = w[:-2] if w.endswith("es") else w[:-1] if w.endswith("s") else ""
    return bool(classes) and bool(stem) and bool(classes_of(stem) or classes_of(w[:-1]))


@cache
def common_words() -> frozenset[str]:
    """Everyday English words: the whole words of the embedding model's vocabulary (about 22,000), loaded once
    and only when a word's commonness decides something."""
    import json

    from knowledge.embeddings import locate_model_files

    try:
        vocab = json.loads(locate_model_files().tokenizer.read_text(encoding="utf-8"))["model"]["vocab"]
    except (OSError, ValueError, KeyError):
        return frozenset()
    return frozenset(w for w in vocab if w.isalpha())


def rare_word(word: str) -> bool:
    """A word English does not have (nor an inflection that looks like one): in a place a person stands, a name."""
    w = word.casefold()
    return w.isalpha() and w not in common_words() and not re.search(r"(?:ing|ed|ly|tion|ment|ness|ity|ous|ive|able|ise|ize)$", w)


# Places only a person's things stand in: 'calibration said no on wairimu's promotion'.
PERSONAL_SLOTS = re.compile(
    rf"\b{_W}(?='s (?:promotion|promo|review|leave|raise|offer|performance|1:1|one-on-one|packet|case)\b)"
    # 'zanele used to be the loudest voice ... she does exactly what's on the ticket': a subject later called she or he
    rf"|(?:^|[.!?]\s+){_W}(?=\s+(?:used to be (?:the|our|my|a|an)\b|used to (?:lead|run|own|speak|talk|push|love|drive)\b|has gone quiet|went quiet|seems (?:off|down|checked|disengaged|quiet|burnt|burned|tired|stressed)|stopped (?:talking|speaking|contributing|showing|caring)|is (?:checked out|quiet|burnt|burned|stressed|struggling))[^\n]{{0,200}}?\b(?:she|he|her|his|him)\b)"
    # 'so nomvula asked me straight out if she'll make senior': a sentence's subject who asked or told the manager, later she/he
    rf"|(?:^|[.!?]\s+)(?:(?:so|and|but|ok|okay|well|also|then|right)\s*,?\s+)?{_W}(?=\s+(?:just\s+|finally\s+|also\s+)?(?:asked|told|messaged|pinged|emailed|slacked|dm'?d|came to|pulled)\s+me\b[^\n]{{0,200}}?\b(?:she|he|her|his|him)\b)"
    rf"|\b{_W}(?=\s+(?:on|in|from)\s+(?:my|our)\s+(?:own\s+)?team\b(?!\s+(?:meeting|channel|page|budget|wiki|doc)))"  # 'efua on my team was sharing'
    rf"|\b(?:one|1) of my (?:[\w-]+ ){{0,2}}?(?:ds|mles?|engineers?|scientists?|researchers?|reports?|analysts?|devs?|people|folks|seniors?|juniors?)\s*,\s*{_W}\s*,",  # 'one of my senior DS, wolfram, is ...'
    re.IGNORECASE,
)


def _name_or_rare(word: str) -> bool:
    return is_first_name(word) or rare_word(word)


def _uncommon(word: str) -> bool:
    w = word.casefold()
    if "-" in w and all(part in common_words() for part in w.split("-") if part):
        return False  # 'including on-costs', 'especially follow-ups': everyday words joined, no name
    if w in common_words() and "NOUN" in classes_of(w):
        return False  # 'esp luxury watches', 'including premium': a dictionary noun is no name unless a name list knows it
    return w not in NOT_NAMES and w not in LOWER_STOP and w not in COMMON_WORD_NAMES and not everyday_word(w) and not re.search(r"(?:ing|ed|ly|tion|ment|er|est|ness|ity|ous|ive|able)$", w)


# What follows a verb's object after 'to' ('to merge BI into', 'to tackle the backlog'), where a name would not stand.
INFINITIVE_OBJECT = re.compile(r"\s+(?:(?i:the|a|an|our|my|your|their|his|its|us|them|it|this|that|these|those|all|some|any|every|more|less|out|up|down)\b|\d|[A-Z]{2,}\b)")


def lowercase_names(text: str, known: set[str]) -> list[Mention]:
    """People named in lower case, in strong places (any uncommon word) or weak ones (known first names)."""
    out: dict[str, Mention] = {}
    for pattern, accept in ((STRONG_SLOTS, _uncommon), (WEAK_SLOTS, is_first_name), (PERSONAL_SLOTS, _name_or_rare)):
        for m in pattern.finditer(text):
            i = next(g for g in range(1, (pattern.groups or 0) + 1) if m.group(g))
            word = m.group(i).removesuffix("'s")
            if word.casefold() in known or word.capitalize() in out or (not word.islower() and not is_first_name(word)) or word.isupper():
                continue  # a capitalised word counts only when it is a known first name ("Jonas lost his mother"); 'BI', 'QA' are acronyms
            if re.search(r"\bto\s+$", text[: m.start(i)], re.I) and "VERB" in classes_of(word) and INFINITIVE_OBJECT.match(text, m.start(i) + len(word)):
                continue  # 'the idea is to merge BI into my team': after 'to' and with an object, a verb, not a person ('went to grace on the 3rd')
            if accept(word) or (accept is _uncommon and is_first_name(word)):
                out[word.capitalize()] = Mention(word.capitalize(), False, m.start(i), m.start(i) + len(word))
    return list(out.values())


# A name right after a role ("my boss reinhardt", "my director, Ilse").
NAME_AFTER_ROLE = re.compile(r"\s*,?\s*(?:[A-Z][a-z]+|(?!(?:on|at|in|for|this|next|tomorrow|today|tonight|about|re|and|to|is|was|who)\b)[a-z]+(?=\s*(?:\(|,|\.|$|\bon\b|\bthursday|\bmonday|\btuesday|\bwednesday|\bfriday|\btomorrow|\btoday)))")


def named_in(text: str) -> str | None:
    """The first person named in the text (capitalised or not), when nothing more specific says who."""
    found = find_people(text, None)
    return found[0].name if found else None


@dataclass
class Mention:
    """A person named in the question: as written, whether the team file knows them, and where."""

    name: str
    in_team: bool
    start: int
    end: int


def _team_names(team: Team | None) -> list[str]:
    if team is None:
        return []
    return [p.name for p in team.people]


# A title or an institution 'of' something: the word after it names a field or a place ('Director of Digital').
TITLE_OF = re.compile(r"\b(?:director|head|vp|vice[- ]president|chief|chair|chairman|chairwoman|chairperson|president|treasurer|clerk|manager|dean|minister|secretary|department|dept|ministry|office|school|"
                      r"faculty|university|college|institute|bank|board|council|museum|professor|lead) of (?:the )?(?:(?-i:[A-Z])[\w&-]+\s+){0,2}$", re.I)  # 'Head of Retail Partnerships'


# A sentence that opens with a lower-case word and a verb said of it ('lyle owns ...'): the word is its subject.
SUBJECT_DOES = re.compile(r"(?:^|[.!?]\s+|\n)([a-z][a-z'-]{2,})\s+([a-z]{3,}s)\b")


PEOPLE_VERBS = frozenset("joins starts leaves quits resigns returns asks tells says thinks wants reckons feels worries".split())  # what only a person does


# A place said as one: 'the north of England', 'across Yorkshire', 'based in Leeds' (a first name there is still a person).
PLACE_BEFORE = re.compile(r"\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|rest|centre|center|heart|middle|outside|edge) of|"
                          r"across|throughout|around|based in|located in|sites? in|clinics? in|offices? in|branches? in)\s+(?:the\s+)?$", re.I)
# Contractions and abbreviations that a capital or a typo can make look like a name: "He'll", "Theres", "Wks".
CONTRACTION = re.compile(r"(?i:(?:i|we|you|he|she|they|it|there|that|what|who)['’](?:ll|re|ve|d|s|m)|theres|thats|whats|hes|shes|im|ive|dont|cant|wont|didnt|isnt|wasnt|wks?|hrs?|mins?|yrs?|mths?|mos)")


# A number right after a capitalised word ('Courts 1-3', 'Gate 4', 'Halls 2 and 3'): things counted, not a person.
NUMBERED_AFTER = re.compile(r"\s+(?:#\s*)?\d{1,3}(?![\d:./%])(?!\s*(?:%|percent|pm|am|weeks?|wks?|days?|months?|hours?|hrs?|years?|yrs?|people|of|in|to\b(?!\s*\d)))", re.I)


def find_people(text: str, team: Team | None) -> list[Mention]:
    """People named in the text, in order: team members first match by name (any case), others by context."""
    found: dict[str, Mention] = {}
    for name in _team_names(team):
        for part in {name, name.split()[0]}:
            m = re.search(rf"(?<![\w-]){re.escape(part)}(?![\w-])", text, re.IGNORECASE)
            if m and name not in found:
                found[name] = Mention(name, True, m.start(), m.end())
    known = {n.casefold() for n in found} | {n.split()[0].casefold() for n in found}
    for m in NAME_CONTEXT.finditer(text):
        name = m.group(1) or m.group(2)
        if name and re.search(r"['’]s$", name):
            name = name[:-2]  # "Ben's demo": the person is Ben
        at = m.start(1) if m.group(1) else m.start(2)
        if name and _also_lowercase(text, name) and (not text[:at].strip() or text[:at].rstrip()[-1] in ".!?:;"):
            continue  # "LLM guardrails ... Guardrails is ten days": a word capitalised at a sentence start
        if name and re.search(r"\b(?:the|our|their|its|my|your)\s+(?:(?-i:[a-z]+)\s+)?$", text[:at], re.I) and not is_first_name(name):
            continue  # "the City's accessibility review": an organisation, not a person; "our new Vice-Provost": a title
        if name and TITLE_OF.search(text[:at]):
            continue  # "the new Director of Digital", "Head of Risk", "our Chair of Trustees": what the title is of, not a person
        if name and PLACE_BEFORE.search(text[:at]) and not is_first_name(name):
            continue  # "the north of England", "across Yorkshire": a place, not a person
        if name and CONTRACTION.fullmatch(name):
            continue  # "He'll", "Theres", "Wks": a contraction or an abbreviation, never a name
        if name and NUMBERED_AFTER.match(text, at + len(name)) and not is_first_name(name):
            continue  # "Courts 1-3", "Gates 4 and 5", "Line 2": numbered things, never a person
        if name and "-" in name and not is_first_name(name.split("-")[0]):
            continue  # "the Hamburg-Vienna night trains": a route or pair of places; "Jean-Luc" is a person
        if name and re.search(r"\b[A-Z][\w&'-]+\s+$", text[:at]) and name.casefold() in common_words() and not is_first_name(name):
            continue  # "Kelmar Foods": an everyday word after a capitalised one ends an organisation's name
        if name and name.casefold() not in NOT_NAMES and name.casefold() not in known and not _is_sentence_start_word(text, m.start(2) if m.group(2) else -1) and not _people_or_language(name):
            known.add(name.casefold())
            start = m.start(1) if m.group(1) else m.start(2)
            found[name] = Mention(name, False, start, start + len(name))
    for m in ROLE_NAME_RE.finditer(text):  # "our CTO Elif", "(VP Victor)": named with their role
        name = m.group(1) or m.group(2)
        if name and not _qualifier_in_brackets(text, m) and name.casefold() not in NOT_NAMES and name.casefold() not in known and not (TITLE_OF.search(text[: m.start(1) if m.group(1) else m.start(2)]) and not is_first_name(name)):
            known.add(name.casefold())
            at = m.start(1) if m.group(1) else m.start(2)
            found[name] = Mention(name, False, at, at + len(name))
    for m in [*LOWER_MOVED.finditer(text), *LOWER_SHARE.finditer(text)]:
        name = m.group(1)
        month_name = name.casefold() in MONTH_NAMES  # "wants jun off the speech model"
        plain = name.casefold() not in NOT_NAMES | LOWER_STOP | COMMON_WORD_NAMES
        word_name = name.casefold() not in NOT_NAMES | LOWER_STOP and (plain or name.casefold() in first_names()) and _moved_word_name(text, name, m.end(1))
        if (month_name or word_name or (plain and (is_first_name(name) or rare_word(name)))) and name.casefold() not in known:
            known.add(name.casefold())
            found[name.capitalize()] = Mention(name.capitalize(), False, m.start(1), m.end(1))
    for m in LOWER_WITH.finditer(text):
        name = m.group(1)
        if (name.casefold() not in NOT_NAMES | LOWER_STOP or name.casefold() in MONTH_NAMES) and name.casefold() not in known and (not everyday_word(name) or name.casefold() in MONTH_NAMES) and not re.match(r"(?:my|the|our|a|an|him|her|them)$", name, re.I):
            known.add(name.casefold())
            found[name.capitalize()] = Mention(name.capitalize(), False, m.start(1), m.end(1))
    for m in WORD_NAME_SLOTS.finditer(text):
        name = m.group(1)
        if name.casefold() in known or not _word_name_in_role(text, name, m.end(1), meeting=not re.match(r"(?:tell|told|ask|remind|ping|with)", m.group(0), re.I)):
            continue
        known.add(name.casefold())
        found[name.capitalize()] = Mention(name.capitalize(), False, m.start(1), m.end(1))
    for m in MEETING_THEN_NAME.finditer(text):
        name = m.group(1)
        if name.casefold() not in known and _name_or_rare(name) and name.casefold() not in NOT_NAMES | LOWER_STOP | COMMON_WORD_NAMES:
            known.add(name.casefold())
            found[name.capitalize()] = Mention(name.capitalize(), False, m.start(1), m.end(1))
    for m in SUBJECT_DOES.finditer(text):  # 'lyle owns 3 of our stores', 'marisol runs two shops': a known first name doing something
        name, verb = m.group(1), m.group(2)
        stem = verb[:-2] if verb.endswith("es") and "VERB" in classes_of(verb[:-2]) else verb[:-1]
        unknown_name = rare_word(name) and verb in PEOPLE_VERBS and re.match(r"[^\n]{0,200}?\b(?:she|he|she'll|he'll|she's|he's|her|his)\b", text[m.end() :], re.I)  # 'rutendo joins us ... she'll pick up'
        if name.casefold() in known or name.casefold() in NOT_NAMES | LOWER_STOP | COMMON_WORD_NAMES or not (is_first_name(name) or unknown_name) or everyday_word(name) or "VERB" not in classes_of(stem):
            continue
        known.add(name.casefold())
        found[name.capitalize()] = Mention(name.capitalize(), False, m.start(1), m.end(1))
    for mention in lowercase_names(text, known):
        known.add(mention.name.casefold())
        found[mention.name] = mention
    for mention in _coordinated(text, list(found.values()), known):
        found[mention.name] = mention
    people = [m for m in found.values() if not CONTRACTION.fullmatch(m.name)]  # 'theres budget', 'He'll': never a name
    return sorted((_with_first_name(text, m) for m in people), key=lambda x: x.start)


# A capitalised name-like word right before a person's name ('Ozan Kaya, the highways asset manager'): their first name.
FIRST_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s(\"']))(?P<f>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+$")


def _with_first_name(text: str, m: Mention) -> Mention:
    """A person named in full is the whole name ('Ozan Kaya'), so a greeting uses the first name, never the surname."""
    before = FIRST_NAME_BEFORE.search(text[max(0, m.start - 30) : m.start])
    if m.in_team or " " in m.name or before is None or not m.name[:1].isupper():
        return m
    first = before.group("f")
    if first.casefold() in NOT_NAMES or first.casefold() in LOWER_STOP or (first.casefold() in common_words() and not is_first_name(first)):
        return m  # 'Ask Kaya', 'Monday Kaya': a word before the name, not its first half
    if not (is_first_name(first) or rare_word(first)):
        return m
    return Mention(f"{first} {m.name}", False, m.start - len(before.group(0)), m.end)


def _word_name_in_role(text: str, name: str, end: int, meeting: bool) -> bool:
    """A first name that is also a word ('matt', 'amber') is a person where the question gives it a person's role: in a
    1-on-1 (always with a person); after 'tell', 'ask' or 'with', with a role beside it or a later he or she."""
    w = name.casefold()
    if w not in first_names() or w in NOT_NAMES or w in LOWER_STOP or classes_of(w) & {"AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART"}:
        return False
    if meeting:
        return True  # a 1-on-1 is always with a person
    sentence_after = re.split(r"(?<=[.!?])\s", text[end : end + 200], maxsplit=1)[0]
    return PERSON_ROLE_AFTER.match(sentence_after) is not None


def _moved_word_name(text: str, name: str, end: int) -> bool:
    """A word that is also a name ('blessing', 'hope', 'faith') said where a move puts a person ('wants blessing off the
    tension model ... she's 6 weeks in'): a person, when a he or she follows and the word is never used as a thing ('the
    blessing')."""
    if classes_of(name) & {"AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "ADV", "NUM"}:
        return False
    if re.search(rf"\b(?:the|a|an|this|that|our|my|their|its|some)\s+{re.escape(name)}\b", text, re.I):
        return False
    return re.match(r"[^\n]{0,200}?\b(?:she|he|her|his|him|she's|he's|she'd|he'd|she'll|he'll)\b", text[end:], re.I) is not None


def moved_as_person(text: str, word: str) -> bool:
    """The word is said as the person a move is about ('wants blessing off the model ... she's'), see `_moved_word_name`."""
    return any(m.group(1).casefold() == word.casefold() and _moved_word_name(text, m.group(1), m.end(1)) for m in LOWER_MOVED.finditer(text))


def _people_or_language(word: str) -> bool:
    """'Finnish and Estonian jobs', 'the Canadian pilot': a nationality or a language, not a first name. English
    forms these with a few endings; a word with one that a first-name list knows (Brian, Julian) stays a name."""
    known = common_words()
    return bool(re.search(r"(?:ian|ish|ese|ean|ic)$", word, re.I)) and not is_first_name(word) and (not known or word.casefold() in known)  # 'Leofric' is no language


def _coordinated(text: str, named: list[Mention], known: set[str]) -> list[Mention]:
    """A word joined to a person by 'and', '&' or a comma is a person too when it could be a name ('tomasz and
    ifeoma', 'ifeoma and tomasz'): a first name, or a word English does not have."""
    out: list[Mention] = []
    for person in named:
        name = re.escape(person.name)
        after = re.finditer(rf"(?<![\w-]){name}(?:\s*\([^)]{{1,30}}\))?\s*(?:,|and|&|\+)\s*([a-z][a-z'-]{{1,20}})\b", text, re.I)
        before = re.finditer(rf"(?<!\bour )(?<!\bmy )(?<!\bthe )(?<!\btheir )(?<!\ba )(?<!\ban )\b([a-z][a-z'-]{{1,20}})(?:\s*\([^)]{{1,30}}\))?\s*(?:,|and|&|\+)\s*{name}(?![\w-])", text, re.I)  # 'zuzana (forecasting) and declan
        for m in [*after, *before]:
            w = m.group(1).casefold()
            if w in known or w in NOT_NAMES or w in LOWER_STOP or w in COMMON_WORD_NAMES or not (is_first_name(w) or rare_word(w)):
                continue
            known.add(w)
            out.append(Mention(m.group(1).capitalize(), False, m.start(1), m.end(1)))
    return out


def _also_lowercase(text: str, name: str) -> bool:
    """The word also appears in lower case in the text, and not where a person would be named ('say to marta'),
    so it is a common word, not a name ('LLM guardrails ... Guardrails is ten days')."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text):
        if not re.search(r"\b(?:to|with|tell|ask|and|for|from|at|w/|cc|ping|thank|thanks|told|asked)\s+$", text[: m.start()], re.I):
            return True
    return False


def _is_sentence_start_word(text: str, pos: int) -> bool:
    """A capitalised first word of a sentence that is a common English word is not a name."""
    if pos < 0:
        return False
    before = text[:pos].rstrip()
    word = re.match(r"[A-Za-z]+", text[pos:])
    common = {"Please", "Maybe", "Also", "Then", "Now", "Today", "Tomorrow", "Quick", "Help", "Need", "Any", "Thoughts", "Draft", "Write", "Prep", "Prepare", "Should", "Can", "Could", "Would", "Our", "Their", "Everyone", "Nobody", "Someone", "Product", "Sales", "Finance", "Legal", "Engineering", "Leadership", "Management"}
    return (not before or before[-1] in ".!?") and bool(word) and (word.group(0) in common or everyday_word(word.group(0)))


def audience_in(text: str) -> tuple[str, int, int] | None:
    """The first audience role mentioned, with its span."""
    best: tuple[str, int, int] | None = None
    for pattern, audience in AUDIENCE_RULES:
        m = re.search(pattern, text, re.IGNORECASE)
        if m and (best is None or m.start() < best[1]):
            best = (audience, m.start(), m.end())
    title = re.match(r"\s*,?\s*(?:who is |i\.e\. |aka )?(?:the |our |my )?", text[best[2] :], re.I) if best and RELATION_RE.fullmatch(text[best[1] : best[2]]) else None
    if best and title:  # 'my skip-level, the VP of engineering': the title said next to the relation is the reader's role
        named = audience_in(text[best[2] + title.end() :])
        if named and named[1] == 0 and named[0] != best[0]:
            return (named[0], best[2] + title.end(), best[2] + title.end() + named[2])
    return best


RELATION_RE = re.compile(r"skip[- ]?level|my (?:boss|manager)", re.I)  # who the reader is to the manager, not their title


HONORIFIC = r"(?-i:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Cllr|Councillor|Herr|Frau|Mme|Madame|Monsieur|Mlle)\.?"  # 'Mr Hallworth': someone addressed formally, a stakeholder
DEPARTMENTS = frozenset("product sales marketing finance legal compliance support ops security".split())
ROLE_WORDS = (
    r"(?:vps?(?: of (?:eng\w*|product|data|ml|ai|(?!(?:the|a|an|my|our|their|his|her|it|this|that|them|us)\b)[a-z][\w-]+)(?:\s+(?:operations|ops|engineering|products?|services|experience|analytics|strategy|planning|technology|sales|marketing|finance|risk|safety|quality|growth|care|partnerships))?)?|cto|cfo|ceo|coo|cpo|director(?: of (?:(?!(?:keeps?|is|was|has|had|just|also|now|still|again|asked|wants?|needs?)\b)[\w-]+\s+){0,2}?(?!(?:keeps?|is|was|has|had|just|also|now|still|again|asked|wants?|needs?)\b)[\w-]+)?|boss|manager|head(?!\s+of\b)(?=\s+(?:just |now |also |really |again |has |had )*(?:wants?|needs?|asked|asks|is asking)\b)|head of (?:product|finance|eng\w*|data|ml|ai|sales|marketing)|head of (?:(?!(?:keeps?|is|was|has|had|just|also|now|still|again|adding|asking|wants?|needs?|asked)\b)[\w-]+\s+){0,3}?(?!(?:keeps?|is|was|has|just|also|now|still|again)\b)[\w-]+|"
    r"(?:(?:ceo|cmo|cfo|cto|coo|cpo)['’]s )?chief of staff|skip(?:[- ]?level)?(?![- ](?:the|a|an|it|this|that|standup|stand-up|meeting|lunch)\b)|dpo|ciso|cmo|cro|cco|cdo|data protection officer|privacy officer|general counsel|mgrs?|pms?|gm|(?:data )?platform(?: team)?|infra(?:structure)?(?: team)?|sre|devops|superintendent|supervisor|foreman|product (?:manager|lead|owner)|product|sales|marketing|finance|legal|compliance|security|support|ops|risk|procurement|hr|board|execs?|executive\w*|leadership|founder|customer|client|owner|proprietor|chair(?:man|woman|person)?|president|principal|dean|provost|governors?|trustees?|commissioner)"
)
REQUEST_VERBS = (
    r"(?:just |now |also |really |suddenly |again |keeps? |already |still |has |have |had )*(?:wants?|needs?|asked (?:for|if we can|whether we can|us to|me to|to|if|whether|that)|asks\b|"
    r"is asking (?:for|us|me|to|if|whether)|asked(?=\s+(?:me\s+|us\s+)?(?:in\s+[\w-]+\s+|on\s+[\w-]+\s+)?[:'\"“‘])|requested|says(?!\s+(?:it'?ll\s+be\s+|it'?s\s+|we'?ll\s+|she'?ll\s+|he'?ll\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|next|end|mid|about|maybe|around|~|another|only|still|it'?s fine|on track))|said|told me|(?i:dm(?:s|ing|ed)?|pinging|pinged|messaging|bugging)|proposed|forwarded|pinged|is pushing|is pressuring|keeps? asking|would like|asking for|(?:is |are )?(?:begging|pleading|angling) for)\b"
)
# 'olivia from finance is back, now wants ...': an aside between the asker and the ask.
BACK_AGAIN = (r"(?:\s+(?:is|was|'s)\s+(?:back|at it again|back again|here again)\s*,?(?:\s+and)?"
              r"|['’]s(?=\s+(?:just\s+|also\s+|now\s+)?(?:asked|requested|been asking)\b)"  # "olivia's asked if sam can ...": she has asked
              r"|\s+(?:came|come|stopped|popped|swung|walked) (?:by|over|round|past)(?: (?:my|the) (?:desk|office))?(?: (?:today|this morning|earlier))?\s*,?\s+and"
              r"|\s+again\s*[-–:,.]+\s*(?:and\s+|so\s+)?(?:now\s+)?(?:she|he|they)(?:\s+now)?"  # 'olivia again - now she wants marco to ...'
              r"|\s+(?:grabbed|cornered|caught|collared|stopped|buttonholed|pulled) me(?: aside)?(?: (?:after|before|in|at|during|on|outside) (?:the |our |a |this )?[\w-]+(?: [\w-]+){0,2})?(?: (?:today|this morning|earlier|yesterday))?\s*,?\s+and)?")  # 'our VP of park operations grabbed me after the exec huddle and wants'
  # 'jolanda (our commercial director) came by my desk and wants
# 'hester, support ops lead (not in our file) asked ...': a role between the name and the ask.
APPOSITIVE_ROLE = (r"(?:,\s*(?:our |the |a |an )?(?:[\w-]+\s+){0,3}?(?:lead|manager|head|pm|director|engineer|scientist|owner|analyst|officer|vp)\b,?"
                   r"|,?\s+who (?:runs|leads|heads|manages|owns|is (?:in|on|from|our|the)) (?:[\w-]+\s+){0,3}?[\w-]+,?)?")  # 'fiorella who runs fraud ops (not on my team) wants'

ROLE_IN_BRACKETS = re.compile(r"\s*\((?:our |my |the |their )?(?:[\w-]+\s+){0,3}?(?:lead|manager|head|pm|director|engineer|scientist|owner|analyst|officer|vp|cto|cfo|ceo|coo|cpo|gm|treasurer|controller|counsel|chief)\b|\s*\([^)]{0,40}\bnot (?:in|on) (?:my|our|the) (?:team )?(?:file|team)\b", re.I)  # 'tuva (community lead) wants', 'dieter (group treasurer, not in my file) wants'
BRACKETED_NAME = r"(?:\b(?:the|our|my|their)\s+|^\s*|(?<=[.!?]\s))"  # 'the DPO (maelle, ...) wants': the pattern that reads the name in brackets starts so
REQUESTER_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?P<who>\b(?:(?:my|our|the|a|an)\s+)?(?:(?!(?:and|or|from|for|of|to|with|in|on|at|by|someone|somebody|days?|weeks?|who|runs|leads|heads|manages|owns)\b)[\w-]+\s+){{0,2}}?{ROLE_WORDS})(?:\s*\((?=[^)]*[\s,])[^)]{{1,60}}\))?{BACK_AGAIN}\s+{REQUEST_VERBS}", re.IGNORECASE),  # 'head of product (not my boss) asked'; '(rustam)' is a name
    re.compile(rf"{BRACKETED_NAME}(?:[\w-]+\s+){{0,2}}?{ROLE_WORDS}\s*\((?P<who>[A-Za-z][a-z'-]{{1,20}})(?:,[^)]{{0,50}})?\)\s+{REQUEST_VERBS}", re.IGNORECASE),  # 'the DPO (maelle, not in my file) wants', 'our ops VP (Ingvar) wants'
    re.compile(rf"(?P<who>{NAME_TOKEN}){APPOSITIVE_ROLE}(?:\s*\([^)]{{1,60}}\))?(?:\s+from\s+[\w ]{{2,40}}?)?(?:\s*\([^)]{{1,60}}\))?{BACK_AGAIN}\s+{REQUEST_VERBS}"),
    re.compile(rf"(?P<who>\b[a-z][a-z'-]{{1,20}}(?<!'s)){APPOSITIVE_ROLE}(?:\s*\([^)]{{1,60}}\))?(?:\s+(?:from|at)\s+(?:the\s+)?[a-z][\w ]{{2,40}}?)?(?:\s*\([^)]{{1,60}}\))?{BACK_AGAIN}\s+{REQUEST_VERBS}"),
    re.compile(rf"(?P<who>\b(?:(?:my|our|the)\s+)?{ROLE_WORDS}|{NAME_TOKEN})(?:'s|’s)\s+(?:[\w-]+\s+){{0,3}}?(?:request|ask|incident|demo|doc|deck|analysis|report|push)\b", re.IGNORECASE),
    # 'our regional director for the north, Torvald, has decided he wants': the name after the role asks
    re.compile(rf"\b(?:my|our|the)\s+(?:[\w-]+\s+){{0,3}}?{ROLE_WORDS}(?:\s+(?:for|of|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*,\s*(?P<who>(?:{HONORIFIC}\s+)?{NAME_TOKEN})\s*,\s+(?:(?:has |have )?(?:decided|said|says|told me)(?: that)? (?:he|she|they) )?{REQUEST_VERBS}", re.IGNORECASE),
    re.compile(rf"\b(?:request|ask)\s+from\s+(?P<who>(?:(?:my|our|the)\s+)?{ROLE_WORDS}|{NAME_TOKEN})", re.IGNORECASE),
    re.compile(rf"^\s*(?P<who>{ROLE_WORDS}|{NAME_TOKEN})\s*:\s*['\"“]", re.IGNORECASE),
    re.compile(rf"(?P<who>(?:\b(?:the|our)\s+|^|(?<=[.!?]\s))(?:[\w-]+\s+){{1,3}}(?:team|group|org|squad|council|committee|operator|regulator|vendor|agency|ministry))\s+{REQUEST_VERBS}", re.IGNORECASE),  # 'the data platform team wants'
    re.compile(r"(?P<who>\b(?:the|our)\s+(?:[\w-]+\s+){0,2}[a-z-]+(?<!s)s)\s+(?:want|need|are asking|asked|keep asking)\b", re.IGNORECASE),  # 'the pricing actuaries want'
    # 'sam's been asked by the platform guild to give them 2 days a week': the asker after a passive 'asked by'
    re.compile(rf"\b(?:been|was|were|is|are|got|being|gets?)\s+asked\s+by\s+(?P<who>(?:(?:the|our|my)\s+)?(?:[\w-]+\s+){{0,2}}?(?:team|group|guild|org|squad|council|committee|board|office|{ROLE_WORDS})|{NAME_TOKEN})\s+(?:to|for|if|whether)\b", re.IGNORECASE),
)
NOT_REQUESTERS = frozenset("i we she he they it you someone everyone nobody this that there".split())


FROM_A_TEAM = re.compile(r"\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:team|" + "|".join(sorted(DEPARTMENTS)) + r")\b"
                         # 'obafemi from collections just asked': any team, when the ask follows it
                         r"|\s+from\s+(?:the\s+)?[a-z][\w&-]*(?:\s+[a-z][\w&-]*)?\s+(?:just\s+|also\s+|now\s+)?(?:asked|asks|wants|needs|pinged|emailed|messaged|is asking|requested)\b"
                         # 'fearghal at the borderlands tourism partnership (external, ...) asked': a name, then where they work
                         r"|\s+at\s+(?:the\s+)?[a-z][\w&-]*(?:\s+[a-z][\w&-]*){0,3}(?:\s*\([^)]{1,60}\))?\s+(?:just\s+|also\s+|now\s+)?(?:asked|asks|wants|needs|pinged|emailed|messaged|is asking|requested)\b", re.I)


# 'obafemi from collections just asked if': a desk of one or two words between a name and the ask it makes.
FROM_A_DESK = re.compile(r"\s+from\s+(?:the\s+)?[a-z][\w-]+(?:\s+[\w-]+)?\s+(?:just |now |also |again )*(?:wants?|needs?|asked|asks|is asking|would like)\b", re.I)


def requester_in(text: str) -> tuple[str, int, int] | None:
    """Who is asking for something: 'my director wants...', 'Victor asked for...', 'Ben's demo request'."""
    found = []
    for pattern in REQUESTER_PATTERNS:
        m = pattern.search(text)
        if m:
            found.append(m)
    for m in sorted(found, key=lambda x: (not x.re.pattern.startswith(BRACKETED_NAME), x.start("who"))):  # a name in brackets after a role first
        who = re.sub(r"^(?:from|by)\s+|^(?:my|our|the|a|an)\s+", "", m.group("who").strip(), flags=re.I)
        who = re.sub(r"^(?:new|current|interim|acting)\s+", "", who, flags=re.I)
        after = text[m.end("who") :]
        from_a_team = FROM_A_TEAM.match(after) is not None or FROM_A_DESK.match(after[: m.end() - m.end("who")]) is not None  # 'mahlet from marketing', 'obafemi from collections just asked'
        titled = ((re.match(APPOSITIVE_ROLE + r"\S", after) is not None and after.startswith(",")) or ROLE_IN_BRACKETS.match(after) is not None or from_a_team) and rare_word(who)
        if who.islower() and " " not in who and not re.match(ROLE_WORDS + "$", who, re.I) and not is_first_name(who) and not titled:
            continue  # a lower-case word before "wants" is a person only when it is a first name ("olivia asked") or has a role after it
        if CONTRACTION.fullmatch(who):
            continue  # "He'll want to know": a pronoun, not who asks
        if who.casefold() in NOT_REQUESTERS or who.casefold() in NOT_NAMES - {"director", "board", "exec", "boss", "manager", "skip", "vp", "cto", "cfo", "ceo", "coo", "cpo", "pm", "head", "product", "sales", "finance", "marketing", "legal"}:
            continue
        if who.islower() and " " not in who and not re.match(ROLE_WORDS + "$", who, re.I):
            who = who.capitalize()  # 'hiroshi from legal wants ...': a name, written as one
        return who, m.start("who"), m.end("who")
    return None


RECIPIENT_RE = re.compile(
    rf"\b(?:reply|respond|answer|write|email|e-mail|message|slack|dm|note|tell|ping|update|explain(?: it| this)? to|say to|send)\s+(?:back\s+)?(?:to\s+)?({NAME_TOKEN})\b"
    rf"|\blet\s+({NAME_TOKEN})\s+know\b"
    rf"|\b(?:to|for)\s+({NAME_TOKEN})\b(?=\s*(?:\(|,|\.|\?|$|about|on|re|who|our|my|the|explaining|saying|asking))",
    re.IGNORECASE,
)


def named_folded(people: list[Mention]) -> set[str]:
    return {p.name.casefold() for p in people}


# A message for someone named only by a pronoun: "reply to her", "write him back", "let them know".
PRONOUN_RECIPIENT = re.compile(r"\b(?:reply|respond|answer|write|email|e-mail|message|tell|ping|note to|let)\s+(?:back\s+)?(?:to\s+)?(?:her|him|them)\b"
                               r"|\b(?:note|message|email|summary|brief|paragraph|answer|reply|explanation|line|lines|words)\s+(?:that\s+)?(?:she|he|they)\s+(?:can|could|will|'ll)\s+(?:use|read|send|share|take|bring|forward|say|quote|repeat|present|tell|give|pass on)\b", re.IGNORECASE)  # 'a short note she can use at the board'



def recipient_in(text: str, people: list[Mention]) -> str | None:
    """The name of the person a message is for, when named ('reply to Ben'), or the one person named
    when the message is for 'her', 'him' or 'them' ('Lena wants ... write her a note')."""
    for m in RECIPIENT_RE.finditer(text):
        name = m.group(1) or m.group(2) or m.group(3)
        if name and name.casefold() not in NOT_NAMES:
            return name
    named = {p.name for p in people}
    pronoun = PRONOUN_RECIPIENT.search(text)
    told = re.search(r"\b(?:say to|tell|reply to|write to|email|message|answer)\s+([a-z][a-z'-]+)\b", text, re.I)
    if told and told.group(1).casefold() in named_folded(people):
        return next(p.name for p in people if p.name.casefold() == told.group(1).casefold())  # "what do I say to marta"
    asker = requester_in(text[: pronoun.start()]) if pronoun else None
    role_asked = asker is not None and asker[0].casefold() not in named_folded(people)
    if len(named) == 1 and pronoun and not role_asked and not _other_gender(text, people[0], pronoun.group(0)):  # not "Head of product wants Ravi..., tell her"
        return people[0].name
    named_role = role_named(text)
    if named_role is not None:
        return named_role[0]
    for lower in LOWER_RECIPIENT_RE.finditer(text):
        told = lower.group(1) or lower.group(2) or ""
        if told and (is_first_name(told) or told.casefold() in named_folded(people)):
            return told.capitalize()  # "write to carmen"
    return None


HIM = re.compile(r"\b(?:he|him|his|he'?s|he'?d|he'?ll)\b", re.I)
HER = re.compile(r"\b(?:she|her|hers|she'?s|she'?d|she'?ll)\b", re.I)


def _other_gender(text: str, person: Mention, told: str) -> bool:
    """'md wants blessing off the model ... she's 6 weeks in ... what do i tell him': the one named is a she, the one
    told is a he, so the message is for someone else."""
    said = text[person.end : person.end + 300]
    if HIM.search(told):
        return bool(HER.search(said)) and not HIM.search(said[: HER.search(said).start()])
    if HER.search(told):
        return bool(HIM.search(said)) and not HER.search(said[: HIM.search(said).start()])
    return False


LOWER_RECIPIENT_RE = re.compile(r"\b(?i:email|e-mail|message|note|reply|update|letter|draft)\s+(?:to|for)\s+(?:our|my|the|their)\s+(?:main\s+)?(?:contact|counterpart|sponsor|client|customer|partner|liaison|champion|buyer|account lead)(?:\s+(?:at|from|in|with)\s+[^,(.;]{2,50}?)?\s*,\s*([a-z][a-z'-]{1,20})\b"
                                r"|\b(?:reply|respond|answer|write|email|e-mail|message|note|tell|ping|explain(?: it| this)? to|say to|send (?:it|this))\s+(?:back\s+)?(?:to\s+)?([a-z][a-z'-]{1,20})\b")  # 'an email to our contact at st bride's hospital trust, rhodri (head of facilities)'



def _role_name_re(name: str) -> re.Pattern[str]:
    """A stakeholder named with their role, either side of the name: 'our CTO Elif', 'Kwame (payments ML lead)'."""
    return re.compile(
        rf"\b(?i:head of [\w-]+|vp(?: of [\w-]+)?|cto|cfo|ceo|coo|cpo|cro|cmo|ciso|cdo|director|exec(?:utive)?|pm|product manager|boss|skip[- ]level|(?:[\w-]+ )?(?:team )?lead|manager)[,:]?\s+\(?({name})\b"
        rf"|\b({name})\s*\((?i:(?:our|my|the|their)\s+)?(?P<r>[^)]{{0,30}}?(?i:lead|manager|head|vp|cto|cfo|ceo|cpo|coo|cro|cmo|ciso|chief \w+|director|product|pm|sales|finance|legal|founder|gm))\)"
    )


ROLE_NAME_RE = _role_name_re(NAME_TOKEN)
ROLE_NAME_LOWER_RE = _role_name_re(r"[a-z][a-z'-]{1,20}")  # in lower case, a known first name only (see role_named)


def _qualifier_in_brackets(text: str, m: re.Match[str]) -> bool:
    """'Rafferty (Head of Sales, North)': the word after a role inside brackets that follow a name says where or
    which team; the name is the one before the brackets."""
    before = text[: m.start()].rstrip()
    return bool(m.group(1)) and re.search(r"[A-Za-z]\s*\([^()]{0,40}$", before) is not None and text[m.end(1) :].lstrip().startswith(")")


def role_named(text: str) -> tuple[str, str] | None:
    """(name, role words) when a stakeholder is named with their role: 'our CTO Elif', 'VP Victor:',
    'the platform team lead Jaroslav', 'Kwame (payments ML lead)', 'Jonah (product)', and in lower case
    when the word is a known first name ('nour (vp product)', 'vp carmen')."""
    for pattern, lower in ((ROLE_NAME_RE, False), (ROLE_NAME_LOWER_RE, True)):
        for m in pattern.finditer(text):
            name = m.group(1) or m.group(2)
            if not name or name.casefold() in NOT_NAMES or (lower and not is_first_name(name)):
                continue
            if TITLE_OF.search(text[: m.start(1) if m.group(1) else m.start(2)]) and not is_first_name(name):
                continue  # 'Head of Retail Partnerships': the field of the title, no one's name
            if _qualifier_in_brackets(text, m):
                continue
            role = m.group("r") or text[m.start() : m.start(1) if m.group(1) else m.start()].strip()
            return (name.capitalize() if lower else name), role
    return None


PROJECT_NOUNS = (
    r"model|models|pipeline|project|experiment|launch|migration|research|refactor|spike|service|system|platform|feature|features|"
    r"dashboard|analysis|retrain(?:ing)?|rollout|integration|evaluation|eval|revamp|redesign|prototype|poc|mvp|api|recommender|"
    r"classifier|summari[sz]er|ranker|ranking|personali[sz]ation|forecasting|detector|detection|chatbot|assistant|copilot|search|"
    r"backfill|deck|report|audit|demo|initiative|work|thing|stuff|store|app|engine|agent|bot|study|benchmark|tooling|infra"
)
# Heads that name a piece of ML work only with a word before them ('the berth-window prediction pilot', 'frost alerts').
ARTIFACT_NOUNS = r"predictor|nowcast|forecast|forecasts|forecaster|map|alerts|scores|scorer|pilot|estimator|matcher|tagger|segmenter|extractor"
PROJECT_RE = re.compile(
    rf"(?:\b(?:the|our|a|an|this|that|her|his|their|my|new)\s+|(?-i:\b[A-Z][a-z]+)(?:'s|’s)\s+|\b(?:for|on)\s+(?=(?:[a-z0-9][\w/.-]*\s+){{1,3}}(?:model|pipeline|classifier|ranker|recommender|forecast\w*)\b)|^\s*|(?<=[.!?]\s))((?:[a-z0-9](?:[\w/.-]*[\w/-])?\s+){{0,3}}(?:{PROJECT_NOUNS})|(?:[a-z0-9](?:[\w/.-]*[\w/-])?\s+){{1,3}}(?:{ARTIFACT_NOUNS}))\b(?:\s+(?:v\d+|project|work))?",
    re.IGNORECASE,
)
GENERIC = re.compile(
    r"^(?:(?:new|current|other|same|next|big|small|whole|ml|this|that|model|models|project|work|thing|stuff|feature|features|system|service|platform|research|analysis|launch|release|rollout|roadmap|plan)\s*)+$",
    re.I,
)


PHRASE_BREAKS = frozenset("the a an is are was saying says said that which who and or but to of for on in with team".split())


@dataclass
class ProjectMention:
    """A project named in the question."""

    name: str
    start: int
    end: int


def find_project_phrases(text: str) -> list[ProjectMention]:
    """Noun phrases that name a piece of work ('the pricing experiment', 'search relevance model')."""
    out: list[ProjectMention] = []
    for m in PROJECT_RE.finditer(text):
        phrase = re.sub(r"\s+", " ", m.group(1)).strip()
        words = phrase.split()
        cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.lower() in PHRASE_BREAKS), default=0)
        if cut:  # "the team saying the summarizer" names the summarizer
            phrase = " ".join(words[cut:])
            m_start = m.start(1) + len(" ".join(words[:cut])) + 1
            if not GENERIC.match(phrase) and len(phrase) >= 3:
                out.append(ProjectMention(phrase, m_start, m.end(1)))
            continue
        if GENERIC.match(phrase) or len(phrase) < 3:
            continue
        out.append(ProjectMention(phrase, m.start(1), m.end(1)))
    return out


def _project_tokens(name: str) -> list[str]:
    return [t for t in re.findall(r"[a-z0-9]+", name.lower()) if len(t) >= 3 and not re.fullmatch(r"v\d+", t)]


# Words too common in project names to identify one on their own ("the model", "the pipeline").
GENERIC_PROJECT_WORDS = frozenset(
    "model models project pipeline research migration platform service system launch data work feature features "
    "team analysis evaluation retraining".split()
)


def find_projects(text: str, team: Team | None) -> list[str]:
    """Project names from the team file (projects and current work) that the text mentions, in text order.

    A name matches in full, by two of its words, or by one distinctive word no other project uses
    ("the summarizer" is the LLM summarizer).
    """
    if team is None:
        return []
    names = list(dict.fromkeys([p.name for p in team.projects] + [p.current_work.project for p in team.people if p.current_work]))
    lowered = text.lower()
    words = set(re.findall(r"[a-z0-9]+", lowered))
    found: list[tuple[int, str]] = []
    for name in names:
        tokens = _project_tokens(name)
        others = {t for other in names if other != name for t in _project_tokens(other)}
        hit_tokens = [t for t in tokens if t in words or t.rstrip("s") in words or f"{t}s" in words]
        distinctive = [t for t in hit_tokens if t not in others and t not in GENERIC_PROJECT_WORDS and len(t) >= 5]
        version = re.findall(r"\bv\d+\b", name.lower())
        versioned = bool(hit_tokens) and any(re.search(rf"\b{re.escape(t)}\w*\s+(?:\w+\s+)?{v}\b", lowered) for t in hit_tokens for v in version)
        if name.lower() in lowered or (tokens and len(hit_tokens) >= min(2, len(tokens))) or distinctive or versioned:
            at = lowered.find(name.lower())
            whole = at >= 0
            if at < 0:
                at = _together(hit_tokens, lowered) if len(hit_tokens) >= 2 and not (distinctive or versioned) else None
                if at is None:
                    at = min((m.start() for t in hit_tokens for m in re.finditer(rf"\b{re.escape(t)}", lowered)), default=len(lowered))
            found.append((at, name, whole or bool(distinctive) or versioned))
    return [name for at, name, sure in sorted(found) if sure or not _outnamed(at, lowered, found)]


def _together(tokens: list[str], lowered: str) -> int | None:
    """Where two of a name's words stand together ('fraud model' in 'the graph fraud model'), if anywhere."""
    spots = sorted((m.start(), t) for t in tokens for m in re.finditer(rf"\b{re.escape(t)}", lowered))
    return next((a for (a, t), (b, u) in zip(spots, spots[1:]) if t != u and b - a <= 30), None)


def _outnamed(at: int, lowered: str, found: list[tuple[int, str, bool]]) -> bool:
    """A project matched only by words other projects share ('the graph fraud model' and 'Fraud model v3') gives way to
    one matched by its own word a few words away ('graph': Graph fraud research)."""
    window = range(max(0, at - 25), at + 25)
    return any(sure and other_at in window for other_at, _, sure in found)
