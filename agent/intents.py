"""Offline intent classification: high-precision keyword rules (sensitive topics first), then a
k-nearest-neighbour vote over embedded labelled examples (agent/intent_examples.yaml) with keyword boosts
and a boost for the kind of answer the ask names (agent/routing.py).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from agent.types import INTENTS

DATASET = Path(__file__).resolve().parent / "intent_examples.yaml"
K = 5

# Signs someone may be at risk of harming themselves, phrased indirectly ("doesn't see the point
# anymore"); these get the crisis note, not coaching. Kept narrow so "no point in this meeting" is not one.
HOPELESSNESS = (
    r"(?:doesn'?t|dont|don'?t|does not|do not|can'?t|cannot|no longer) see (?:the|any) point"
    r"(?: (?:in|of) (?:anything|living|life|going on|it all|trying))?(?:\s*any ?more)(?![a-z])|"
    r"see (?:the|any) point (?:in|of) (?:anything|living|life|going on|it all)|"
    r"\bhopeless(?:ness)?\b|no reason to (?:live|go on)|better off (?:without (?:me|him|her|them)|dead|gone)|"
    r"(?:easier|better) (?:not to|if (?:i|he|she|they) (?:didn'?t|did not|wasn'?t|weren'?t)) (?:wake up|be here|exist|go on|here)|"
    r"(?:do(?:n'?t|es(?:n'?t| not)| not)|not) (?:want(?:ing)? to |to )?(?:wake up|be here|be around|exist|go on)(?: (?:any ?more|tomorrow))?(?=\s*(?:[.,;!?'\x22”’)]|$))|"
    r"wish (?:i|he|she|they) (?:was|were)(?:n'?t| not) (?:here|around|alive)|no point (?:in )?(?:living|going on)"
)

# Sensitive topics win over everything: they are routed to HR, legal or crisis resources.
SENSITIVE_RE = re.compile(
    HOPELESSNESS + "|"
    r"harass|sexual|discriminat|racis[tm]|sexis[tm]|bull(?:y|ied|ying)|intimidat|retaliat|"
    r"\bsue\b|\bsuing\b|lawsuit|lawyer|attorney|legal action|wrongful(?:ly)? (?:termination|dismiss)|"
    r"suicid|self[- ]harm|hurt(?:ing)? (?:them|him|her)sel(?:f|ves)|kill (?:my|him|her|them)sel|"
    r"point of living|end (?:my|his|her|their) life|want to die|"
    r"mental health|medical condition|chronic illness|sick leave|disabilit|pregnan|maternity|"
    r"inappropriate (?:comment|touch|behaviou?r)|assault|because (?:she|he|they)(?:'s| is| are) (?:a )?(?:woman|man|black|gay|old|muslim|jewish)|"
    # Ending someone's employment (names are matched case-sensitively so "fire off a note" is not a firing).
    r"\b(?:fire|fired|firing|sack|sacked|dismiss|dismissing)\s+(?:him|her|them|someone|somebody|people|(?-i:[A-Z][a-z]+)\b)|"
    r"\b(?:fire|dismiss|let go of|sack) (?:one of )?(?:an?|my|our|the|this|that|one) (?:\w+ )?(?:engineer|scientist|researcher|report|employee|person|hire|intern|contractor|lead|analyst)s?\b|"
    r"\bget(?:ting)? (?:fired|sacked|dismissed)\b|\bmade redundant\b|\bseverance\b|\blayoffs?\b|"
    r"\bterminat(?:e|ing) (?:him|her|them|(?-i:[A-Z][a-z]+)\b)|\b(?:his|her|their) termination\b|terminat\w* (?:of )?(?:his |her |their |the )?(?:employment|contract)|"
    r"\b(?:lay|laying|laid) (?:(?:him|her|them|people|staff|folks|someone|engineers|(?-i:[A-Z][a-z]+)) )?off\b(?! (?:the|a|an|this|that|work|project)\b)|"
    r"\b(?:let|letting) (?:him|her|them|someone|(?!(?:it|this|that|me|us|things|go)\b)[A-Za-z][a-z]+) go(?=\s*(?:[.,;:?!]|$|before|after|at the end|now|this|next|from|because|for good|quietly|soon|or)\b|\s*[.,;:?!]|\s*$)|\b(?:lay|laying|laid) (?:him|her|them|(?-i:[A-Z][a-z]+)) off\b|"
    # Immigration status is a legal matter.
    r"\bvisas?\b|immigration|work permit|green card|\bH-?1B\b|"
    # Health, family leave and protected characteristics.
    r"medical (?:leave|treatment|reasons?|appointments?|condition)|(?:his|her|their) health\b|\bdepression\b|panic attacks?|"
    r"\bcancer\b|\btherapy\b|parental leave|paternity|reasonable accommodation|religio(?:n|us)|\bageis[tm]\b|"
    r"hostile (?:work )?environment|whistle-?blow|\bgrievance\b|"
    r"(?:comments?|jokes?|remarks?|mock\w*|makes? fun of|mak\w+ fun of|teas\w*|ridicul\w*|insult\w*)(?: about)? (?:his|her|their|my) "
    r"(?:accent|race|religion|age|appearance|body|weight|gender|ethnicity|skin|nationality|disability)",
    re.IGNORECASE,
)

# "finance wants ravi for the backtest ... do i let him go?": letting someone go TO other work is a loan, not a firing.
LENT_TO_WORK = re.compile(r"\b(?:wants?|needs?|asked for|asking for|begging for|pleading for|borrow\w*|loan\w*|lend\w*|pull\w*)\s+(?:\w+\s+){0,2}?(?:(?:full|part|half)[- ]time\s+)?(?:for|on|onto|to help|to join|to work on)\b|\bfixed loan\b|\bcomes? back after\b", re.I)


def sensitive_words(text: str) -> re.Match[str] | None:
    """The words that make a message sensitive, if any (a release to other work is not a firing)."""
    m = SENSITIVE_RE.search(text)
    if m and re.fullmatch(r"(?:let|letting) \S+ go", m.group(0), re.I) and LENT_TO_WORK.search(text):
        return SENSITIVE_RE.search(text[: m.start()] + " " + text[m.end() :])
    return m


# Keyword cues per intent: each match adds a boost to that intent's kNN score.
CUES: dict[str, re.Pattern[str]] = {
    "reprioritization": re.compile(
        r"\b(?:(?<!one-)off|pull|(?<!my )(?<!next )(?<!best )(?<!right )move|moving|switch|switching|reassign\w*|split|defer|pause|pausing|stage the switch|"
        r"reprioriti\w*|priorit(?:y|ies) (?:changed|shift)|change tracks|drop the|top priority|onto|part-time|to help with)\b",
        re.I,
    ),
    "stakeholder_message": re.compile(
        r"\b(?:draft|write|email|e-mail|note to|message|slack|reply|wording|word a|tell my|communicate|"
        r"status update|progress update|rewrite|say in|stakeholders?|announce\w*|channel|put it|tell (?:the|our)|let (?:the|our) \w+ know)\b",
        re.I,
    ),
    "one_on_one": re.compile(r"\b(?:1[- :]?on[- ]?1|1on1|1:1|1-1|one[- ]on[- ]one|check-in|sync with|agenda|talking points)\b", re.I),
    "triage": re.compile(
        r"\b(?:requests?|inbox|incoming|asks?|interrupt\w*|triage|queue|drive-by|ad[- ]hoc|absorb|"
        r"decline|accept|take it|let through|say yes|demo|incident|alerts?|on-call|audit|sales wants|wants .{0,30}docs|worth (?:it|interrupting|doing|pulling)|one-off|borrow\w*|lend\w*|loan|yes or no|wants? .{0,20}(?:my|our) (?:engineers?|people|team))\b",
        re.I,
    ),
    "archetype": re.compile(
        r"\b(?:archetype|(?:ml|machine learning) org\w*|org structure|organi[sz]e|organi[sz]ation|report to|embedded|"
        r"centrali[sz]ed|division|ml-first|maturity|mature|structured)\b",
        re.I,
    ),
    "planning": re.compile(
        r"\b(?:forecast|when will|probabilit\w*|chances?|odds|p50|p80|p95|monte carlo|estimate\w*|how long|"
        r"how many weeks|deadline|realistic|finish date|schedule|likely|predict|(?:land|ship|finish|deliver|get) both|this quarter|next quarter)\b",
        re.I,
    ),
    "guidance": re.compile(
        r"\b(?:how do i|how can i|tips|advice|best way|what makes|convince|culture|feedback|hir(?:e|ing)|interview\w*|"
        r"retain|morale|learning time|hands-on|tech debt|mentor\w*|collaborat\w*|different from|why (?:is|are|do|does)|harder|unpredictable)\b",
        re.I,
    ),
    # a word inside a product's name ('the dye-recipe recommender', 'weather-feed model') is the team's work, not off topic
    "out_of_scope": re.compile(
        r"(?<![\w-])(?:weather|poem|joke|recipe|stocks?|football|translate|flight|capital of|novel|sql|kubernetes|"
        r"python error|keyerror|self-attention|lasagna|laptop|restaurant|holiday plans|birthday|meeting room|conference room|book (?:a|the) room|expense report|printer|wifi|"
        r"rsus?|401k|mortgage|index funds?|my taxes|tax return|pension|crypto|bitcoin|(?:python|bash|shell|sql|javascript|typescript|java|rust|scala) (?:script|code|query|function|class|program|snippet)|write (?:the |some |me )?(?:code|sql|regex|a function|a script|a query)|the sql)\b(?!-)",
        re.I,
    ),
}
# An explicit request for words to send ("write a Slack message", "help me write something") is a draft.
DRAFT_RE = re.compile(
    r"\b(?:write|draft|compose|word|phrase|post)\b.{0,40}\b(?:message|msg|email|e-mail|note|slack|reply|update|announcement|something)\b|"
    r"\bhelp me (?:write|word|phrase|reply|respond)\b",
    re.IGNORECASE,
)
# Thanks and acknowledgements ("ok great, thanks", "got it"): nothing new is asked, so the reply is short.
ACKNOWLEDGEMENT = (
    r"^\s*(?:(?:ok(?:ay)?|cool|great|perfect|nice|good|got it|makes sense|understood|sounds good|noted|brilliant|awesome)[\s,.!]*)*"
    r"(?:thanks?(?: you)?(?: so much| a lot)?|thx|ty|cheers|much appreciated)(?:[\s,.!-]+(?:that|this|it)(?:'s| is| was)? (?:helps|helped|helpful|great|perfect|useful))?[\s,.!]*$|^\s*(?:got it|makes sense|sounds good|ok(?:ay)?|cool|perfect)[\s,.!]*$"
)
ACKNOWLEDGEMENT_RE = re.compile(ACKNOWLEDGEMENT, re.IGNORECASE)
# Greetings, "what can you do?" and thanks: the product explains itself, or says you're welcome.
HELP_RE = re.compile(
    r"^\s*(?:hi|hello|hey|yo|good (?:morning|afternoon|evening)|hiya|howdy)\b[\s!,.]*(?:there|copilot|lead copilot)?[\s!,.?]*$"
    r"|\bwhat (?:can|do) you do\b|\bwhat are you (?:for|good at|able to do)\b|\bhow (?:can|do) you (?:help|work)\b|\bwho are you\b"
    r"|\bwhat (?:is|'s) (?:this|lead copilot)(?: tool| app| thing)?\s*[?!.]*\s*$|\bhelp me get started\b|^\s*help\s*[?!.]*\s*$|\bwhat should i ask you\b"
    r"|\bwhat kinds? of things can i ask\b|\bhow does this tool work\b|\bwhat (?:is )?lead copilot (?:is )?for\b|\bexample questions\b"
    r"|\bwhat can you help\b|" + ACKNOWLEDGEMENT,
    re.IGNORECASE,
)
DRAFT_WEIGHT = 0.5
ASK_WEIGHT = 0.8
CUE_WEIGHT = 0.35
CUE_WEIGHTS = {"one_on_one": 0.8, "out_of_scope": 0.8}


@dataclass(frozen=True)
class IntentPrediction:
    """An intent label with its score and how it was decided."""

    intent: str
    score: float
    method: str  # "rule" or "knn"


@dataclass(frozen=True)
class Example:
    """A labelled prompt."""

    text: str
    intent: str


def load_examples(path: Path = DATASET) -> list[Example]:
    """Read the labelled prompts."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: the pure-Python loader took ~0.1 s of each start
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or []
    return [Example(str(item["text"]), str(item["intent"])) for item in data]


class IntentClassifier:
    """kNN over example embeddings plus keyword cues; `exclude` supports leave-one-out evaluation."""

    def __init__(self, examples: list[Example], vectors: np.ndarray | None = None) -> None:
        from knowledge.embeddings import embed_cached

        self.examples = examples
        self.labels = np.array([INTENTS.index(e.intent) for e in examples])
        self.vectors = vectors if vectors is not None else embed_cached([e.text for e in examples])

    def classify(self, text: str, *, exclude: int | None = None, vector: np.ndarray | None = None) -> IntentPrediction:
        """The most likely intent for the text."""
        if sensitive_words(text):
            return IntentPrediction("sensitive", 1.0, "rule")
        if HELP_RE.search(text):
            return IntentPrediction("help", 1.0, "rule")
        if vector is None:
            from knowledge.embeddings import embed_texts

            vector = embed_texts([text])[0]
        sims = self.vectors @ vector
        sims = np.where(self.labels == INTENTS.index("help"), -np.inf, sims)  # small talk is recognised by form only
        if exclude is not None:
            sims[exclude] = -np.inf
        top = np.argsort(-sims)[:K]
        scores = np.zeros(len(INTENTS))
        for i in top:
            scores[self.labels[i]] += max(float(sims[i]), 0.0)
        scores /= max(scores.sum(), 1e-9)
        for intent, pattern in CUES.items():
            hits = len(pattern.findall(text))
            if hits:
                scores[INTENTS.index(intent)] += CUE_WEIGHTS.get(intent, CUE_WEIGHT) * min(hits, 2)
        if DRAFT_RE.search(text):
            scores[INTENTS.index("stakeholder_message")] += DRAFT_WEIGHT
        from agent.routing import FORMS, intents_asked

        asked = [] if CUES["out_of_scope"].search(text) else intents_asked(text)[:1]  # 'write me a python function' is no message
        for name in (n for n in asked if n in FORMS):  # the form of answer the ask names (agent/routing.py)
            scores[INTENTS.index(name)] += ASK_WEIGHT
        best = int(np.argmax(scores))
        return IntentPrediction(INTENTS[best], float(scores[best]), "knn")


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _default_classifier() -> IntentClassifier:
    return IntentClassifier(load_examples())


def default_classifier() -> IntentClassifier:
    """The process-wide classifier over the bundled examples (embedded once, thread-safe)."""
    with _lock:
        return _default_classifier()


def classify_intent(text: str) -> IntentPrediction:
    """Classify one message with the default classifier."""
    return default_classifier().classify(text)
