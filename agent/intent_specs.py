"""Every intent defined once: what it is, the words of an ask that name it, the facts it needs, the tools it
uses, how guidance is retrieved for it, the cards at its core, and where its planner and composer live.

The planner (offline brain) and composer (answer text) are named by import path and resolved on
first use, so this module imports nothing heavy and nothing imports it back. The labelled examples
the classifier learns from are kept with the agent (agent/intent_examples.yaml).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

EXAMPLES = Path(__file__).resolve().parent / "intent_examples.yaml"


@dataclass(frozen=True)
class IntentSpec:
    """One intent: its meaning, needs, tools, retrieval and where its planner and composer live."""

    name: str
    description: str
    needs: tuple[str, ...] = ()
    tools: tuple[str, ...] = ()
    retrieval_filter: bool = True
    query_hint: str = ""
    core_cards: tuple[str, ...] = ()
    planner: str = ""
    composer: str = ""
    drafts: bool = False
    answered_without_tools: bool = False
    asked_by: str = ""  # the words of an ask that name this kind of answer (agent/routing.py reads them)
    extra: dict[str, Any] = field(default_factory=dict)

    def _load(self, path: str) -> Callable[..., Any] | None:
        if not path:
            return None
        module, _, name = path.partition(":")
        return getattr(importlib.import_module(module), name)

    def plan(self) -> Callable[..., Any] | None:
        """The offline brain's planner for this intent (None: answered from guidance alone)."""
        return self._load(self.planner)

    def compose(self) -> Callable[..., Any] | None:
        """The composer of the answer text (None: a guidance answer)."""
        return self._load(self.composer)


SPECS: tuple[IntentSpec, ...] = (
    IntentSpec(
        "reprioritization", "Someone is being moved off their work: compare switching now, finishing first, splitting and deferring.",
        needs=("person", "remaining_weeks", "new_work_weeks", "deadline"), tools=("compare_strategies", "draft_message"),
        query_hint="switch priorities near-finished work", core_cards=("protect-near-finished-work", "educate-leadership-on-uncertainty"),
        planner="agent.brains.offline:plan_reprioritization", composer="agent.compose:compose_reprioritization", drafts=True,
        asked_by=(
            r"\bshould (?:i|we) (?:let|move|switch|pull|lend|loan|give|reassign)\b|\bswitch (?:now|her|him|them)\b|\bfinish(?:es)? first\b"
            r"|\bwhat (?:does|would|will) (?:that|this|it|the \w+) do to\b|\bwho (?:should )?(?:moves?|switches)\b"
            # 'compare lending her now vs after the release', 'now or after she ships?': the timing of a move
            r"|\bcompare\b[^.?!]{0,80}\b(?:now|today|right away)\b[^.?!]{0,30}\b(?:vs\.?|versus|or|with|against)\b[^.?!]{0,30}\b(?:after|later|once|when)\b"
            r"|\b(?:lend|loan|move|switch|pull|give|release|spare) (?:(?-i:[a-z]+)|her|him|them) (?:now|today) (?:vs\.?|versus|or) (?:after|later|once|when)\b"
            # 'does feb 1 hold if i say yes?', 'when does churn land if we agree?': the date under the move asked for
            r"|\b(?:does|do|will|would|can|could) (?:[\w-]+ ){1,4}(?:still )?(?:hold|land|ship|finish|make it|survive)\b[^.?!]{0,30}\bif (?:i|we) (?:say yes|agree|lend|loan|let (?:him|her|them) go)\b"
            r"|^(?:(?:so|and|ok|but)\s+)*now,? or (?:after|once|when) ?(?:(?:she|he|they)(?:'s| is| are)? (?:done|finished|ships?)|the \w+|it (?:ships|lands))?\s*\?*$"
        ),
    ),
    IntentSpec(
        "stakeholder_message", "A message to write: answer, risk, decline, headcount ask, uncertainty explained, team announcement, update.",
        needs=("audience", "purpose"), tools=("forecast_completion", "suggest_plan_changes", "draft_message"),
        query_hint="stakeholder expectations forecast range",
        core_cards=("realistic-expectations-with-stakeholders", "translate-ml-for-stakeholders"),
        planner="agent.brains.offline:plan_stakeholder", composer="agent.compose:compose_stakeholder", drafts=True,
        asked_by=(
            r"^(?:(?:ok|so|and|now|then|pls|please|can you|could you|can u|help me|just|quick(?:ly)?|also)\s+)*(?:draft|write|compose|reword|rewrite|help me (?:word|phrase)|"
            r"reply|respond|email|e-mail|post|send|soften)\b(?!-)(?!\s+(?:up|down|on|off)\b)"
            # 'can u decline mirela's ask for ...', 'pls turn down the vendor': the decline is ours to write
            r"|^(?:(?:ok|so|and|now|pls|please|can you|could you|can u|help me|just|politely|nicely)\s+)*(?:decline|turn down|say no to)\s+(?!(?:(?:it|this|that)\s+)?(?:or|and|vs)\b)"
            r"|^(?:(?:short|quick|formal|friendly|polite|brief|firm|warm|kind|weekly|monthly|status|progress|daily|eod|eow|friday|monday|end[- ]of[- ](?:the[- ])?(?:week|day|month|sprint|quarter))\s+)*(?:email|e-mail|note|message|msg|reply|post|slack|dm|memo|announcement|response|update|summary)(?:\s+(?:to|for)\b|\s*(?:pls|please|plz)?\s*[.!]*$)"
            r"|^(?:(?:ok|so|pls|please|can you|could you|can u|help me|just|now|also)\s+)*(?:put together|prepare|pull together|knock up|give me|make)\s+(?:me\s+)?(?:a|an|the|my|our)?\s*(?:(?:short|quick|brief|weekly|monthly|status|progress|exec\w*|friendly|formal)\s+)*"
            r"(?:update|note|message|email|summary|post|announcement|reply|memo|response)\b"
            r"|\b(?:draft|write|compose|reword|rewrite|soften) (?:it|this|that|me|him|her|them|one|something|a|an|the|my|our|back)\b"
            r"|\b(?:word|phrase) (?:it|this|that)\b"
            r"|\bwhat (?:do|should|can|would) i (?:actually |even )?(?:say|tell|write|reply|respond|send)\b|\bwhat to (?:say|tell|write)\b"
            r"|\bhow (?:do|should|would|can) i (?:say|tell|word|phrase|put|break)\b|\b(?:give|send) (?:him|her|them|(?-i:[a-z]+)) (?:something|a (?:line|note|reply|number|straight answer))\b"
            # an ask clause that only says how the words should read ('short, no stats talk', 'keep it brief, plain english'):
            # words for someone are wanted
            r"|^(?:(?:and|but|pls|please|just|keep it|make it)\s+)*(?:short|brief|simple|plain|concise|punchy|non-?technical|plain english|no (?:jargon|stats?|maths?|math|numbers|tech(?:nical)?)(?:[ -](?:talk|speak|jargon|words))?)"
            r"(?:\s*(?:,|and|&)\s*(?:(?:keep it|make it)\s+)?(?:short|brief|simple|plain|concise|punchy|non-?technical|plain english|friendly|warm|firm|no (?:jargon|stats?|maths?|math|numbers|tech(?:nical)?)(?:[ -](?:talk|speak|jargon|words))?))+\s*(?:pls|please)?[.!]*$"
            # one such clause alone when it names the words to avoid ('no stats words', 'no jargon please')
            r"|^(?:(?:and|but|pls|please|just|keep it|make it)\s+)*no (?:jargon|stats?|statistics|maths?|math|tech(?:nical)?)(?:[ -](?:talk|speak|jargon|words|terms))?\s*(?:pls|please)?[.!]*$"
            # 'need to give our CPO (malak) a heads up before ...', 'grace wants a status on the audit prep': words for them
            r"|\b(?:give|send|drop)\s+(?:(?:him|her|them|my|our|the)\s+)?(?:[\w-]+\s+){0,3}?(?:\([^)]{0,40}\)\s+)?an?\s+(?:quick\s+|short\s+|early\s+|proper\s+)?heads[- ]?up\b"
            r"|^(?:[\w-]+\s+){1,2}(?:\([^)]{0,40}\)\s+)?(?:wants|needs|asked (?:me )?for|is asking (?:me )?for)\s+(?:a|an|the|my)\s+(?:quick\s+|short\s+|written\s+|weekly\s+)?(?:status(?: update| note)?|progress update|update|heads[- ]?up)\s+(?:on|about|for)\b"
            r"|\b(?:a|an|the) (?:short |quick |formal |friendly |polite |brief )?(?:message|msg|email|e-mail|note|reply|post|slack|dm|memo|announcement|heads[- ]up) (?:to|for|in)\b"
            # words for someone to pass on or hear: 'need a plain explanation she can repeat', 'she needs 2-3 sentences she
            # can say out loud', 'explain it to the board' (never 'explain it to me', which asks us)
            r"|\b(?:explanation|version|answer|lines?|words|sentences|bullets?|summary|script|something|note|message|paragraphs?|text|statement)\s+(?:short\s+|simple\s+|plain\s+)?(?:that\s+)?(?:she|he|they)\s+can\s+(?:actually\s+)?(?:repeat|say|use|read|forward|reuse|share|give|quote|take|pass on|send on)\b"
            # the manager's notes to be made into words for someone: 'turn my notes into a friday update for griselda'
            r"|\b(?:turn|make|shape|write up|work)\s+(?:my|these|the|this|those|our|some)\s+(?:rough\s+)?(?:notes|bullets|bullet points|points|jottings|list)\s+(?:in)?to\s+(?:a|an|the|my)\s+(?:[\w-]+\s+){0,2}?(?:update|email|e-mail|note|message|post|summary|memo|announcement|report|reply|letter)\b"
            r"|\bexplain\s+(?:(?:it|this|that|the [\w-]+)\s+)?to\s+(?!me\b|myself\b|us\b)(?:her|him|them|(?:my|our|the)\s+[\w-]+|(?-i:[a-z]+)\s*(?:\(|,|$|why|how|what|that))"
            # 'need GPU budget from finance (the CFO)', 'want two more heads from my VP': an ask to someone for resources
            r"|^(?:(?:i|we|so|ok|pls|please)\s+)*(?:need|want|have to (?:get|ask for)|gotta get|asking for) (?:(?:more|extra|additional|some|a bit more|\d+(?: more)?)\s+)?(?:gpus?|gpu[\w -]{0,20}|compute[\w -]{0,20}|budget|headcount|heads|hc|money|funding|hires?|mles?|(?:ml )?engineers?|data scientists?|researchers?|people|contractors?|cloud[\w -]{0,20}|credits|[\w-]+[- ]hours)\s+from\b"
        ),
    ),
    IntentSpec(
        "one_on_one", "A 1-on-1 to prepare, for someone in the team file or not, shaped by what the manager noticed.",
        needs=("person",), tools=("build_agenda",), query_hint="one-on-one trust blocked feedback growth",
        core_cards=("weekly-one-on-one-and-trust", "two-hour-rule", "champion-career-growth", "holistic-feedback"),
        planner="agent.brains.offline:plan_one_on_one", composer="agent.compose:compose_one_on_one",
        asked_by=(
            r"\bagenda\b|\btalking points\b|\bprep(?:are)? (?:me |for )?(?:my |the |our |a )?(?:1|one|1:1|1-1|1on1|check-?in|sync|skip|first (?:1|one))(?![\w.,-])"
            r"|\b(?:plan|structure|run) (?:my |the |our |a )?(?:1|one|1:1|1-1|1on1|check-?in|first (?:1|one))(?![\w.,-])"
            # 'help me structure the conversation', 'plan the welcome-back talk': the talk itself is what is prepared
            r"|\b(?:structure|plan|run)\s+(?:the|this|that|our|my|a)\s+(?:(?:hard|difficult|first|return-to-work|welcome[- ]back)\s+)?(?:conversation|convo|talk|chat|one[- ]to[- ]one)\b"
            # 'prep me for a hard convo with osric', 'help me get ready for the talk with my director': a conversation to prepare
            r"|\b(?:prep|prepare|ready) (?:me |myself )?for (?:a |an |the |my |our |this |that |\w+'s )?(?:[\w-]+ ){0,2}?(?:convo|conversation|talk|chat|discussion|sit-?down|catch-?up|coffee|lunch|breakfast|dinner|drinks?|walk|call)\b"
            # a hard conversation named as the ask itself: 'hard conversation wiht bartosz on thursday', 'tough talk with my lead tomorrow'
            r"|^(?:(?:a|my|the|one|another|next)\s+)?(?:really\s+|very\s+|pretty\s+)?(?:hard|difficult|tough|tricky|awkward|sensitive|delicate|uncomfortable|serious|honest|frank|crucial) (?:convo|conversation|talk|chat|one[- ]on[- ]one|1:1|1-1|sit-?down|meeting|feedback (?:convo|conversation|talk|session)) w(?:ith|iht|th|/)\s*\w"
            r"|\b(?:prep|prepare|get) (?:me|myself) (?:ready )?for (?:a |an |the |my |our |this |that |\w+'s )?(?:[\w-]+ ){0,2}?meeting\b"
            r"|\bhow (?:do|should|can) i (?:prep|prepare) (?:for )?(?:this|it|that|the (?:talk|conversation|convo|chat|meeting|1:1|one[- ]on[- ]one))\b"
            # 'need to prep a hard one', 'prepare the tough one with desmond': a hard conversation named by its weight
            r"|\bprep(?:are)? (?:me |myself )?(?:for )?(?:a |the |this |that |my )?(?:really |very |pretty )?(?:hard|tough|difficult|tricky|awkward|sensitive|delicate|uncomfortable) (?:one|1|talk|conversation|convo|chat|meeting)\b"
            r"|\bhelp me (?:prep|prepare|get ready) for\b|\bhow (?:do|should) i (?:run|open|start|structure) (?:the|this|that|our|my|a) (?:[\w-]+ ){0,2}?(?:convo|conversation|talk|chat|meeting)\b"
        ),
    ),
    IntentSpec(
        "triage", "Incoming requests: which reach the team, which the manager absorbs, which wait.",
        needs=("request_title",), tools=("triage_request", "triage_inbox"),
        query_hint="filter incoming requests absorb chaos interruptions", core_cards=("absorb-chaos-filter-requests", "let-them-cook-deep-work"),
        planner="agent.brains.offline:plan_triage", composer="agent.compose:compose_triage",
        asked_by=(
            r"\bwho (?:gets|takes|handles|does) what\b|\bwhich (?:of (?:these|them|those)|requests?|asks?)\b|\bwhat (?:do|should) i (?:say yes|say no|take|accept|decline|park|drop) (?:to|on)?"
            r"|\bsort (?:these|them|through|my (?:inbox|requests|asks|queue|backlog)|out (?:these|them|the (?:requests|asks|inbox|queue)|my (?:inbox|requests|asks)|who|what|which))\b|\btriage\b|\bwhat gets (?:through|in)\b|\bwhat (?:reaches|goes to) (?:the|my) team\b"
            r"|\b(?:let|wave) (?:it|this|that|them|(?:this|that|the) (?:one|ask|request)) through\b"
            # 'a pile of asks ... i need to know what we actually take on'
            r"|\bwhat (?:(?:do|should|can|will) )?(?:we|i) (?:actually |really |realistically )?(?:take on|say yes to|pick up|agree to)\b"
        ),
    ),
    IntentSpec(
        "archetype", "What kind of ML organization this is, and its next moves.",
        needs=("org",), tools=("score_archetype",), query_hint="ML organization archetype structure",
        planner="agent.brains.offline:plan_archetype", composer="agent.compose:compose_archetype",
        asked_by=(
            r"\bwhat (?:kind|sort|type) of (?:an? )?(?:ml |ai |data(?: science)? )?(?:org|organi[sz]ation|setup|shop|company|structure|group)\b"
            r"|\borg(?:ani[sz]ation(?:al)?)?(?: design| structure)? (?:q|qs|questions?|qeustion|quesiton)\b"  # 'org question: ...', 'ok org q.'
            r"|\bwhat (?:would|does|will) (?:that|this|it|the \w+) make us\b|\bwhat (?:are|would) we (?:be|become)?\s*(?:now|then|after|\?|,|and|$)"
            # a first team: 'what shape should it be and who do we hire first?'
            r"|\bwhat shape should (?:it|the team|this|that|they|we|our \w+ team)\b|\b(?:who|what|which (?:roles?|person|people))\s+(?:do|should|would|shall|must)\s+(?:we|i)\s+hire\s+(?:first|frst|1st)\b"
            r"|\barchetypes?\b|\bhow should (?:we|ml|it|the (?:ml |data )?team) be (?:structured|organi[sz]ed|set up)\b|\bwhere should (?:ml|data science|the (?:ml |data )?team) (?:sit|live|report)\b"
            r"|\bwhich (?:org(?:ani[sz]ation)? )?(?:model|structure|setup) (?:is this|are we|fits)\b"
            r"|\bis there a (?:name|term|word) for (?:this|that|our|what we|us|the way)\b|\bwhat(?:'s| is) (?:this|that|our) (?:setup|structure|kind of team) called\b"
            # 'what do you even call this setup', 'how would you characterise what we have today', 'describe how data
            # science is organised across the company': the org itself is what is asked about
            r"|\bwhat (?:do|would|should) (?:you|we|i|people) (?:even |actually )?call (?:this|that|our|what we have)(?: (?:setup|set-up|structure|org\w*|arrangement|mess|model))?\b"
            r"|\b(?:characteri[sz]e|describe|name)\b (?:what we have|what we(?:'ve| have) got|(?:our|the|this) (?:current |existing )?(?:setup|set-up|structure|org(?:ani[sz]ation)?|arrangement))\b"
            r"|\b(?:describe|explain|map|lay out) how (?:ml|ai|data science|analytics|machine learning|the (?:ml|data|ai) (?:work|teams?|people)|data scientists|our \w+ teams?) (?:is|are) (?:organi[sz]ed|set up|structured|spread)\b"
            r"|\bsplit(?:ting)? (?:us |the team |the group |the org |ourselves )?into (?:a |an |two |separate )?[\w-]+ (?:and [\w-]+ )?(?:teams?|groups?|orgs?)\b"
            # 'is the current setup the problem, and what should it look like', 'how should i structure the ml team'
            r"|\bis (?:the|our|this) (?:current |existing |whole )?(?:setup|set-up|structure|team structure|org(?:ani[sz]ation)?(?: chart| design| structure)?|way we(?:'re| are) (?:organi[sz]ed|set up)) (?:the |a |part of the )?(?:real )?(?:problem|issue)\b"
            r"|\b(?:setup|set-up|structure|org(?:ani[sz]ation)?)\b[^.?!]{0,80}\bwhat should (?:it|that|this|ours|the (?:team|org|setup|structure)) look like\b"
            # a change to the org proposed or weighed: 'pull the researcher and one platform person into a pod under me',
            # 'central team vs embedded', 'who should ML report to', 'am i building an empire'
            r"|\b(?:am i|are we|is (?:it|this|that)) (?:just )?(?:empire[- ]building|building (?:an|my own|a little) empire)\b"
            r"|\b(?:central(?:i[sz]ed)?|platform|shared) (?:ml |data |ai )?(?:team|group|function) (?:vs\.?|versus|or) (?:embedded|distributed|in the (?:product )?teams)\b|\bembedded (?:vs\.?|versus|or) (?:central(?:i[sz]ed)?|a central team)\b"
            r"|\bwho should (?:ml|ai|data science|the (?:ml|data|ai|data science) (?:team|people|group)|[\w-]+ (?:team|group)) report (?:in)?to\b"
            r"|\bhow should (?:we|i) (?:structure|organi[sz]e|set up|shape) (?:the |our |my |this )?(?:ml |ai |data(?: science)? )?(?:team|org(?:ani[sz]ation)?|group|function)\b"
            r"(?![\w'’-]|\s+(?:rotation|meetings?|retros?|standups?|process|backlog|work|on-?call|roadmap|sprints?|okrs?|reviews?)\b)"
        ),
    ),
    IntentSpec(
        "planning", "A forecast: when it lands, the odds of a date, and what would change them.",
        needs=("tasks", "deadline"), tools=("forecast_completion", "suggest_plan_changes"),
        query_hint="probabilistic planning forecast uncertainty",
        core_cards=("plan-probabilistically", "portfolio-of-approaches", "why-ml-teams-are-harder"),
        planner="agent.brains.offline:plan_forecast", composer="agent.compose:compose_planning",
        asked_by=(
            # a forecast spoken of as a thing that does or says something ('why the demand forecast cant just say one
            # number', 'our forecast is too wide') is the subject of an explanation, not a forecast asked for
            r"\b(?:odds|chances?|probabilit\w*|how likely|likelihood|p[5-9]0|forecast(?!s?\s+(?:can'?t|cannot|won'?t|isn'?t|is|are|was|were|says|shows|keeps|has|doesn'?t|don'?t|looks|gives)\b))\b|\bwhat date\b|\bon track\b|\bhow long\b"
            # 'need a date for the board memo i can stand behind at 80%': the date is the answer, the memo is theirs to write
            r"|(?:\b(?:a|the|one)\s+)?(?:realistic\s+|firm\s+|honest\s+|solid\s+)?\b(?:date|eta|deadline)\b[^.?!]{0,40}?\b(?:i|we)\s+can\s+(?:stand behind|commit to|defend|promise|bet on|stick to)\b"
            r"|\bwhen (?:will|does|would|can|could|do) (?:it|we|this|that|they|the(?: [\w-]+){1,3}|[\w-]+(?: [\w-]+){0,2}?) (?:(?:actually|really|realistically|finally|then) )?(?:ship|land|finish|launch|be (?:done|ready|live))\b"
            r"|\b(?:can|could|will) we (?:still )?(?:get|land|ship|finish|deliver|make)\b[^?.]{0,80}\b(?:by|before|this quarter|next quarter|in time)\b"
        ),
    ),
    IntentSpec("guidance", "A leadership question answered from the guidance, with sources.", retrieval_filter=False),
    IntentSpec("sensitive", "HR, legal, health or safety: a people situation (bereavement, complaint, raise, burnout, health crisis, data incident) answered from its guidance card, the rest pointed to the right people.", retrieval_filter=False, answered_without_tools=True),
    IntentSpec("out_of_scope", "Not about leading an ML team.", retrieval_filter=False, answered_without_tools=True),
    IntentSpec("help", "A greeting or 'what can you do?': the capabilities, with examples.", retrieval_filter=False, answered_without_tools=True),
)
BY_NAME: dict[str, IntentSpec] = {s.name: s for s in SPECS}


def spec(name: str) -> IntentSpec:
    """The spec of an intent (guidance for an unknown name)."""
    return BY_NAME.get(name, BY_NAME["guidance"])
