"""Assemble a `Situation` from what the parsers found: decide the intents, pick the facts each intent
needs from the question, fill the rest from the team file, mark defaults as assumed, and decide
whether one clarifying question is needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from agent.situation import FACT_NAMES, Situation
from agent.situation import StatedDate as SituationDate
from agent.understanding.addressee import MESSAGE_NOUNS, Addressee, addressee_in, name_like
from agent.understanding import cues as cue_mod
from agent.understanding import messages, people, requests
from agent.understanding.dates import BACK_BETWEEN, HOLIDAY_BREAK, StatedDate, find_dates
from agent.understanding.doubt import DECISION_ONLY, PRONOUN_LED, check_deadline, described_work, doubtful_work, set_aside_doubtful, too_vague, vague_question
from agent.understanding.word_classes import classes_of
from agent.understanding.quantities import Duration, Quantity, chances_by_date, find_durations, find_headcount, find_minutes, find_percentages, size_in_hours, work_share
from agent.intents import HOPELESSNESS
from agent.sensitive import DATED_COMMITMENT, DATED_EVENT, IDENTIFIERS, IDENTIFIERS_SENT, PERSONAL_DATA_PUBLIC
from agent.understanding.text import Text, expand_abbreviations, final_ask
from lead_core.units import WEEKS_PER_UNIT, WORKDAYS_PER_WEEK, weeks_until
from tools.triage import A_CHANGE_STARTED, reads_as_incident
from tools.reader_voice import has_verb

# A set time with someone, the day said or not ('30 min thursday with gisela', 'i've got thirty minutes with him on
# thursday'): a meeting to prepare unless words to send are asked for; never a working session ('3 hours with sam to pair').
SET_TIME_WITH = re.compile(
    r"\b\d+ ?(?:min(?:ute)?s?|m|hours?|hrs?|hr)\b(?:\s+(?:on\s+|this\s+|next\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tmrw))?\s+(?:with|w/)\s+(?!(?:the|a|an|our|my|their|this|that|it|us|you)\b)(?:him|her|them|[a-z]+)\b(?!\s+(?:to\s+)?(?:pair|pairing|work|working|fix|fixing|debug|debugging|code|coding|build|building|finish)\b)",
    re.I,
)


ONE_ON_ONE_RE = re.compile(
    r"\b(?:1[: -]?on[: -]?1s?|1:1s?|1-1s?|1on1s?|one[- ]on[- ]ones?|one[- ]to[- ]ones?|1[- ]to[- ]1s?|skip[- ]level (?:with|meeting))\b|\b\d+ ?(?:min(?:ute)?s?|m) with (?:my )?(?:skip|boss|manager|director|vp|skip[- ]level)\b|\bmeeting with my (?:skip|boss|manager)\b|\b\d+ minutes with (?-i:[A-Z][a-z]+)\b|\b(?:agenda|talking points) (?:for|with) (?:my )?(?-i:[A-Z][a-z]+)\b"
    # a person seen for a set time, or 'the X one' to prepare: 'seeing zuzana first, tues, 30 min', 'help me prep the zuzana one'
    r"|\b(?:seeing|meeting|sitting down with|catching up with|(?:a |the |my )?(?:sit-?down|catch-?up|check-?in|(?:hard |difficult |tough |awkward |honest )?(?:conversation|talk)) (?:with|w/))\s+[a-z]+\b[^.;?!]{0,30}?\b\d+ ?(?:min(?:ute)?s?|m)\b|\bprep(?:are)? (?:for )?the [a-z]+ (?:one|1)\b"
    # a meeting with both sides of a conflict: 'a joint session with both on monday', 'sit them both down'
    r"|\b(?:have|having|had) (?:to have )?(?:the|a|that) (?:talk|conversation|chat|sit-?down)\s+(?:with|w/?)\s+[a-z]"
    # a hard conversation on a day: 'i need to have the honest conversation thursday'
    r"|\b(?:have|having) (?:the|a|an|that) (?:\w+ )?(?:talk|conversation|convo|chat|sit-?down)\s+(?:on\s+|this\s+|next\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|tomorrow)\w*\b"
    r"|\bprep(?:are)? (?:for )?(?:a|the|my|this) (?:hard |tough |difficult |tricky |awkward )?(?:talk|conversation|convo|chat|sit-?down)\s+(?:with|w/?)\s*[a-z]"  # 'need to prep a convo w/ leandro' 
    # a meeting with someone to get ready for: 'prep me for tues w torbjorn', 'get me ready for tomorrow with ana'
    r"|\b(?:prep(?:are)?|get)\s+(?:me|us)\s+(?:ready\s+)?for\s+" + people.MEETING_WITH + r"\s+[a-z]"
    r"|\b(?:joint|three-way|3-way|mediat\w+)\s+(?:session|meeting|conversation|sit-?down|chat|talk)\b|\bsit (?:them|the two of them) (?:both )?down\b|\b(?:session|meeting|sit-?down|conversation|chat) with (?:both|the two of them|them both)\b",
    re.I,
)
PAST_ONE_ON_ONE = re.compile(
    r"\b(?:told|said|mentioned|came up|brought (?:it |this )?up|raised|asked|admitted|shared|confided|dropped|let slip|found out|learned|heard|cried|broke down|got upset|was upset|vented)\b[^.?!]{0,60}?"
    r"\b(?:in|during|at|after)\s+(?:our|my|the|a|last week'?s|yesterday'?s|today'?s|this morning'?s|last)\s+(?:weekly\s+)?(?:1[: -]?on[: -]?1|1:1|1-1|one[- ]on[- ]one|skip[- ]level)s?\b",
    re.I,
)
MOVE_RE = re.compile(
    r"\b(?:pull\w*|yank\w*|releas(?:e|es|ed|ing)(?= (?-i:[A-Z])[a-z]+ (?:to|from|for)\b)|(?<!date )(?<!deadline )(?<!launch )(?<!it )(?<!got )(?<!been )(?<!was )mov(?:e|es|ed|ing)(?! up\b)(?! forward\b)|switch\w*(?!\s+(?:over\s+)?to\s+(?:the|a|an|our|new)\b)(?!\s+off\b)|reassign\w*|put(?:ting)?(?!\s+(?:about\s+|maybe\s+|like\s+|~\s*)?\d+\s*(?:%|percent|/))|loan\w*|lend(?:s|ing)?(?!\s+(?:a hand|an ear|support|weight|credibility)\b)|borrow\w*|steal\w*|poach(?:es|ed|ing)?(?![\w-])|(?<!or )take|taking|reprioriti\w*|drop(?:s|ped|ping)?(?!\s+(?:from|to|by)?\s*\.?\d)(?!\s+(?:the|a|an|our|their|its|this|that|some|any|all)\b)|go(?:es)? to|send\w*)\b"
    r"[^.;?!]{0,40}\b(?:off|onto|on|to|from|over|for|now or|after)\b|\bsplit (?-i:[A-Z][a-z]+|\w+ \d+/\d+)|\bpause\w* (?:the|her|his|their)\b|\bwants? (?:(?-i:[A-Z][a-z]+)|him|her|them|\w+ of my (?:people|engineers|team))(?:\s*,[^,.;]{1,60},)? (?:(?:full|part|half)[- ]time )?(?:off|on|onto|for|to help)\b|\bjust take (?-i:[A-Z][a-z]+)\b|\b(?:can|could|to) have [a-z]+ (?:\d+(?:\.\d+)? days? (?:a|1|per) (?:week|wk)|(?:full|part|half)[- ]time|for (?:a|the|\d))|(?<!switch )(?<!switching )(?<!switched )(?<!turn )(?<!turning )(?<!turned )(?<!shut )(?<!shutting )(?<!sign )(?<!log )\b(?:off|onto) the\b|\bborrow\w* \w+|\bpoach(?:es|ed|ing)?\s+(?:him|her|them|my|our|one|two|[a-z]+ from)\b|\bwants? \w+ (?:help|from)\b|\b(?:help|from) (?-i:[A-Z][a-z]+)\b(?= for)|\bhave (?-i:[A-Z][a-z]+) for\b|\basking for (?-i:[A-Z][a-z]+)\b|\bdetour\b|\b(?:both|all) go to\b|\bneeds? someone\b[^.?!]{0,40}\b(?:now|asap|urgently|today)\b|\b(?:has|have|needs?) to come from my team\b|\bneeds? (?:an?|one) [\w-]+ (?:person|engineer|body)\b[^.?!]{0,60}\bfrom my team\b|\bwants? (?-i:[A-Z][a-z]+) to (?:build|do|lead|own|work on|run|take over)\b|\bgive (?:them|him|her) (?-i:[A-Z][a-z]+)\b"
    r"|\b(?:taken|took) (?:\w+ )?(?:off|away from|out of) (?:the|her|his|their)\b"  # 'wants ingeborg taken off the fuel model'
    r"|\b(?:do|doing|give|giving|spend|spending|put|lend)\s+(?:half|a third|a quarter|\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)? days?)\s+(?:of\s+)?(?:his|her|their)\s+(?:week|time)\b"
    # 'whether bogumil can give two days a week to the camera setup' (normalised '2 days 1 week'): a share of the week asked for
    r"|\b(?:give|giving|spare|sparing|lend|lending|spend|spending|put|putting|do|doing)\s+(?:\d+(?:\.\d+)?|a|one|half a) days?\s+(?:1|a|per|each|every)\s+(?:week|wk)\s+(?:to|on|for|helping|with)\b",
    re.IGNORECASE,
)
PARALLEL_RE = re.compile(r"\balongside\b(?!\s+(?:the\s+|our\s+|their\s+)?(?:[\w-]+\s+)?(?:engineers?|inspectors?|operators?|humans?|people|staff|crew|analysts?|annotators?|reviewers?|clinicians?|doctors?|experts?|agents?|nurses|[a-z]+(?:ers|ors|ists|ians))\b)|\bin parallel\b|\bside[- ]by[- ]side\b(?!\s+(?:\w+ing|comparisons?|runs?|tests?|evals?|evaluations?|checks?|reviews?|with)\b)(?<!of side by side)|\ball at once\b|\bin tandem\b|\b(?:running|going|happening|under ?way|in flight)\s+(?:both\s+)?at once\b|\bmeanwhile\b|\bwork ?streams? (?:running|going) (?:at once|together)\b|\b(?:two|three|four|2|3|4)\s+(?:work ?streams?|tracks?|streams?|threads?)\s+(?:at once|together|side by side)\b|\b(?:can'?t|cannot|won'?t|doesn'?t|does not) (?:start|begin|go)\s+(?:till|until|before)\s+(?:both|all(?: \w+)?)\s+(?:land|are done|finish|ship)|\bat the same time\b|\bsimultaneous\w*\b|\bconcurrent\w*\b|\bindependent(?:ly)?\b", re.I)
PRONOUN_NEAR = re.compile(r"\b(?:she|he|they|shes|hes)(?:'s|'re| is| are| has| have| needs| thinks| says)?\s+(?:about |around |roughly |maybe |like |only |just |still |got )?$", re.I)
NEW_WORK_RE = re.compile(
    r"\b(?:onto|on|to|help(?:ing)? with|join|for)\s+(?:the\s+|our\s+|a\s+|an\s+)?(?P<w>(?:[\w/-]+\s+){0,3}(?:" + people.PROJECT_NOUNS + r"))\b",
    re.IGNORECASE,
)
CURRENT_WORK_RE = re.compile(
    r"\b(?:off|from done (?:on|with)|done (?:on|with)|finish\w* (?:up )?(?:the\s+)?|wrap\w* (?:up )?(?:the\s+)?|into (?:the\s+)?|on (?:the\s+)?|working on (?:the\s+)?)"
    r"(?:the\s+|her\s+|his\s+|their\s+|a\s+|an\s+)?(?P<w>(?:[\w/-]+\s+){0,3}(?:" + people.PROJECT_NOUNS + r"))\b",
    re.IGNORECASE,
)
EXPLICIT_DEADLINE = re.compile(r"\d", re.I)
TASK_SPLIT = re.compile(r"[.;?!]\s|\s+(?=\([1-9a-h]\)\s)|(?<!\d),\s*|(?<=\d),(?!\d{3}(?!\d))\s*|\s+-\s+|\s+(?:can |could |will )?run alongside\s+|\s+alongside\s+|\s+then\s+|\s+and then\s+|\s+after that\s+|\s+followed by\s+|\s+plus\s+|\n|:\s+", re.I)
TASK_FILLER = re.compile(
    r"(?<![/-])\b(?:then|and|about|around|roughly|maybe|probably|likely|a|an|the|of|for|is|are|takes?|will|would|should|needs?|"
    r"need|we|i|it|its|it's|our|my|another|more|extra|to|do|be|with|approx|est|estimate[sd]?|plus|first|also|weeks?|days?|sprints?|months?|"
    r"working|more|probably|most|ish|flat|exactly|tops|max|min|which|no shortcuts|shortcuts|~|\d+(?:\.\d+)?%?(?![\w.,])|try|works?|chance|percent|can|could|realistically|he|she|they|says|said|thinks|left|"
    r"reckons?|quick|one|so|ok|okay|still|just|really|honestly|like|basically|actually|he's|she's|they're|s)\b(?![/-])",
    re.IGNORECASE,
)


@dataclass
class Signals:
    """What the parsers found in one question."""

    text: Text
    durations: list[Duration]
    dates: list[StatedDate]
    percents: dict[str, Any]
    mentions: list[people.Mention]
    requester: tuple[str, int, int] | None
    audience: tuple[str, int, int] | None
    recipient: str | None
    projects: list[people.ProjectMention]
    addressee: Addressee | None = None
    team_projects: list[str] = field(default_factory=list)
    found_addressee: Addressee | None = None  # as found, before the checks that keep only a message's reader
    team_tasks: dict[str, list[str]] = field(default_factory=dict)  # each team-file project's task names

    @property
    def mentions_moved(self) -> bool:
        """A named person is the object of a move ('wants Sam on...', 'borrow Ana')."""
        return any(re.search(rf"\b(?:wants?|borrow\w*|pull\w*|move\w*|put|reassign\w*|from|poach\w*)\s+{re.escape(m.name)}\b", self.text.normal, re.I) for m in self.mentions)

    def words(self, start: int, end: int) -> str:
        return self.text.words(start, end)

    def by_role(self, *roles: str) -> list[Duration]:
        return [d for d in self.durations if d.role in roles]


# The last word of a company's name ('write to Mhairi at Harbourgate Shopping Centres'): no person.
ORG_TAIL = re.compile(r"\b(?:at|from|with|of)\s+(?-i:[A-Z][\w&'-]+)(?:\s+(?-i:[A-Z][\w&'-]+))+$")


def _signals(question: str, team: Any, today: date) -> Signals:
    from agent.understanding.people import find_projects

    text = Text.of(question)
    normal = text.normal
    me = str(getattr(team, "manager", "") or "").casefold()
    mentions = [m for m in people.find_people(normal, team) if (not me or m.name.casefold() != me) and not ORG_TAIL.search(normal[: m.end])]  # 'Dana, are we still good ...' greets the manager
    addressee = found = addressee_in(normal)
    if addressee is not None and addressee.name and re.search(rf"\b(?:wants?|put|pull\w*|mov\w*|borrow\w*|reassign\w*|steal\w*|poach\w*)\s+{re.escape(addressee.name)}\b", normal, re.I):
        addressee = None  # 'wants to put Mei on ... how do I break it to Mei': the person moved, not a stakeholder
    if addressee is not None and addressee.direction == "from" and not messages.wants_words(normal):
        addressee = None  # 'marco messaged me at 1am ... do i bring it up': who wrote is the person, no reply is asked
    return Signals(
        text=text,
        durations=find_durations(normal),
        dates=find_dates(normal, today),
        percents=find_percentages(normal),
        mentions=mentions,
        requester=people.requester_in(normal),
        audience=people.audience_in(normal),
        recipient=(addressee.name if addressee else None) or people.recipient_in(normal, mentions),
        projects=people.find_project_phrases(normal),
        addressee=addressee,
        team_projects=find_projects(question, team),
        found_addressee=found,
        team_tasks={p.name: [t.name for t in p.tasks] for p in getattr(team, "projects", None) or []},
    )


# Intents ------------------------------------------------------------------------------------------
# Structural signals decide the intent where they are clear; the embedding classifier decides the rest.
TRIAGE_WORDS = re.compile(
    r"\btriage\b|\btake it or leave it\b|\bworth (?:it|taking|doing|the interruption)\b|\btake it on\b|\btake (?:it|this|that)\?|"
    r"\bshould (?:we|i|my team) (?:take|accept|do) (?:it|this|that|on)\b|\bsay yes\b|\binterruption budget\b|\binbox\b|"
    r"\bincoming requests?\b|\bwhich (?:of these )?requests?\b|\bgot a request\b|\b(?:feature|audit|demo|data|analysis) request\b|\b\w+'s (?:\w+ )?request\b|"
    r"\brequest from\b|\bnew ask\b|\bp[0-2] incident\b|\bwho takes it\b|\bdrop everything\b|\brequest:|\breach (?:my|the) team\b|"
    r"\byes,? no,? or (?:later|not now|wait|next \w+)\b|\bnow or later\b|\bhandle it myself\b|\bhand (?:it )?off\b|\bsoak (?:it )?up\b|\babsorb (?:it|this)\b",
    re.IGNORECASE,
)
# Weaker signs of an incoming request: they yield to a person being moved.
ANSWER_NUMBERS = re.compile(r"\b(?:our|my|the) (?:numbers|forecast|odds|estimate|read|answer)\s*(?::|are|is|say)|\b(?:straight|short|honest) (?:answer|reply)\b", re.I)
INCIDENT_WHAT_NOW = re.compile(r"\bwhat (?:do|should) (?:i|we) do\b|\bwhat now\b|\bsteps\??\s*$|\bhow do (?:i|we) (?:handle|play|run) (?:this|it)\b|\bwhere do (?:i|we) start\b|\bpull (?:anyone|someone|people) (?:else )?in\b", re.I)
REQUEST_HINTS = re.compile(
    r"\bkeeps? (?:dming|pinging|bugging)\b|\bdrive-?by\b|\bquick questions\b"
    r"|\bfrom (?:legal|sales|finance|compliance|risk[\w ]{0,10}|ops|marketing|support|customer success|another team)\b[^.?!]{0,20}\b(?:asked|asks|wants|needs|pinged)\b",
    re.IGNORECASE,
)
DECIDED = re.compile(r"\bdecided\s*:?\s*no\b|\bwhat (?:i|we) can (?:give|offer|do)(?: (?:her|him|them|instead))?\s*:|\b(?:we'?re |i'?m )?not doing (?:it|this|that)\s*[:.,;-]|\bno way\b|(?:^|[.!]\s*)no[.!]\s|\bthe answer is no\b|\boffer(?:ing)?\b[^.?!]{0,60}\binstead\b|\boffering\b|\bi (?:want|'d like|would like) to offer\b", re.I)
QUOTED = re.compile(r"['\"“‘][^'\"”’]{5,200}\?['\"”’]")
DECIDE_MOVE = re.compile(r"\bdo i (?:even )?agree\b|\bshould i (?:agree|let (?:him|her|them)|say yes|allow|approve)\b|\bfinish first or\b|\bswitch (?:now|them|him|her)\b.{0,20}\?|\blet (?:him|her|them)\?", re.I)
# A general how-to ("how do you estimate ML work...") asks for guidance, whatever words it shares with a plan.
GENERAL_HOWTO = re.compile(r"^\s*(?:how (?:do|should|can) (?:you|one|teams?|managers?|a manager|people|i|we) (?:run|do|set up|build|handle|write|structure|hire|grow|coach|give|get|make|keep|plan|estimate|measure|improve|start)\b|what(?:'s| is) the best way to|is there a good way to)\b", re.I)
REQUEST_RE = re.compile(
    r"(?<!\bi )(?<!\bi just )(?<!\bi only )(?<!\bwe )(?<!\bwe just )\b(?:wants?|needs?|asked (?:us |me )?for|is asking (?:us |me )?for|requested|would like)\s+(?:us\s+to\s+|me\s+to\s+)?"
    r"(?:an?|the|some|our|(?:\d+|a few)\s+)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:analysis|report|dashboard|demo|chatbot|model|feature|deck|numbers|score|breakdown|answer|retrain|prototype|poc|data pull|query|estimate|a/b|review|audit|slides?|walkthrough)",
    re.IGNORECASE,
)
FORECAST_RE = re.compile(
    r"\bwhen (?:does|will|would|can|could|do) (?:that|this|it|we|they|the \w+)\b.{0,30}\b(?:end|ship|land|finish|be done|be ready|done|launch)|"
    r"\b(?:odds|chances?|probability|how likely|likelihood)\b.{0,40}\b(?:by|before|make|hit|land|ship|finish)\b|"
    r"\bforecast\b|\bhow long\b|\b(?:hurts?|affects?|impacts?|delays?|push(?:es)?|slips?) (?:the |our )?[\w -]{0,25}?\b(?:date|deadline|launch|timeline)\b|\bstill (?:hold|make it|make|on track|land|ship)\b|\b(?:does|will|would|can) (?:the|that|our|this|its|her|his) (?:date|deadline|launch date) (?:still )?(?:hold|survive|stand)\b|\bwhat date\b|\ba date\b|\b(?:realistic(?:ally)?|feasible|doable)\b.{0,80}\b(?:date|ship|land|finish|done|by|before)\b|\bon track\b|\bmonte carlo\b|\bp(?:50|80|95)\b|\bconfiden\w+\b",
    re.IGNORECASE,
)
ORG_RE = re.compile(
    r"\borg(?:ani[sz]ation|ani[sz]ed|ani[sz]e|s)?\b|\bstructur\w+\b|\breports? (?:in)?to\b|\breporting line|\bcentrali[sz]\w*|\bembedded\b|\barchetype\b|"
    r"\bdivision\b|\bunder (?:the )?(?:cto|cpo|cio|vp|ceo|coo|product|engineering)\b|\bwhere (?:should )?(?:ml|data science|the ml team) (?:sit|live|report)|\bml[- ]first\b|"
    r"\bhub and spoke\b|\bcenter of excellence\b|\bplatform team\b|\bwho (?:owns|deploys)\b|\bmaturity\b|\bai company\b|\bmodel is the product\b|"
    r"\br&d\b|\bresearch (?:lab|arm|group|org)\b|\bwhat (?:are we|kind of (?:ml |data science )?(?:org|team|company|shop|group) (?:are|is) (?:we|this))\b|\bnothing ships\b",
    re.IGNORECASE,
)
# Groups put into one ('pull them into one analytics team', 'move the analysts in marketing and finance under one central
# data team'): the shape of the org is the question, even though people move.
GROUPS_INTO_ONE = re.compile(r"\b(?:pull|bring|fold|consolidat|combin|mov|put|group)\w* (?:\w+ ){0,10}?(?:into|under) (?:one|1|a single|a central|one central|1 central) (?:[\w&-]+ ){0,3}?(?:team|org|organi[sz]ation|group|function|unit|department)\b", re.I)
STRONG_ORG = re.compile(GROUPS_INTO_ONE.pattern
                        # the team's remit widened to serve everyone: 'turn my team into a platform team', 'my team to serve models for every team'
                        + r"|\b(?:turn|make|convert|chang)\w*\b[^.?!]{0,30}\b(?:my|our|the) (?:ml |ai |data )?team into (?:a |an |the )?['‘\"“]?(?:platform|central|shared|service|enablement|serving)\b"
                        + r"|\b(?:my|our) (?:ml |ai |data )?team (?:to )?(?:serve|run|host|own) (?:the )?models for (?:every|all|the whole|everyone|other)\b"
                        + r"|\bwhat (?:org(?:ani[sz]ation(?:al)?)? )?structure (?:we|should|do|would|to)\b|\bhow should (?:we|ml|data science) be (?:structured|organi[sz]ed)\b|\b(?:fold|merge)\w* (?:in(?:to)?|in with) (?:my|our) (?:group|team|org)\b|\bsplit\w*\b[^.?!]{0,30}?\binto (?:an? |two |2 )?['‘\"“]?[\w-]+['’\"”]?\s+(?:pod|squad|sub-?team)s?\b|\bwhat kind of (?:an? )?(?:org|organi[sz]ation|setup|structure)\b|\b(?:pod|squad|team|group|unit|org)[\x27\x22\u2019]?\s+(?:under|reporting (?:in)?to)\s+(?:me|myself|the (?:cto|ceo|cpo|coo|vp\w*))\b|\bbuilding (?:an|my own|a little) empire\b|\bempire[- ]building\b|\bmerge (?:\w+ ){0,2}into one (?:ml |data |ai )?(?:team|org)\b|\bstand up a (?:small |central )?(?:ml )?platform team\b|\b(?:research|ml|ai) lab\b[^?]{0,200}\bwhat (?:are we|is this)\b|\bwhat (?:org )?(?:model|structure|setup) is (?:this|that)\b|\bhub[- ]and[- ]spoke\b|\barchetypes?\b|\bcentrali[sz]e\b|\bunder one org\b|\borg (?:structure|design|chart)\b|\bwhere should (?:ml|data science)\b|\breport (?:in)?to (?:the )?(?:cto|cpo|product|engineering)\b|\bstructure question\b|\bwhat are we (?:today|now|right now)\b|\bwhat (?:kind|sort|type) of (?:ml )?(?:team|org|organi[sz]ation|setup) are we\b|\b(?:a )?'?proper'? ml team\b|\b(?:how would you|how do i|how to) (?:even )?describe (?:our|the|this) (?:setup|org|structure|set-?up)\b|\bwhat is this and what would you (?:propose|do|change)\b|\b(?:should|move|pull|bring) (?:the )?(?:\w+ ){0,3}(?:forecasters|analysts|data scientists|mles|ml people|ml folks|scientists) (?:move )?(?:under|into|report to) (?:me|my team|one team|one org)\b", re.I)
RESOURCE_ASK_FIRST = re.compile(r"^\s*(?:(?:i )?(?:need|have|want) to\s+)?(?:(?:the|a|an|my|our|compute|budget|headcount|gpu|hiring)\s+)*ask\b", re.I)
MESSAGE_FIRST = re.compile(r"^\s*(?:pls |please |can you |could you |can u )?(?:reply|write|draft|email|e-mail|respond|help me (?:write|reply|word|answer)|(?:write|draft) (?:a|an|the|my)|(?:qbr|weekly|biweekly|bi-weekly|fortnightly|monthly|quarterly|status|progress|exec(?:utive)?) (?:update|summary|report|note|email)|post for)\b", re.I)
# What to do with several asks at once, and in what order: 'which first?', 'what do i do with these', 'how do i order these'.
ORDER_ASKED = re.compile(
    r"\bwhich (?:one |ones |of (?:these|them|those) )?(?:first|1st|comes first|goes first|to (?:do|start|pick|tackle) first|now)\b|\bwhat (?:do|should) i (?:do|tackle|pick|start with) (?:first|with (?:these|them|those|this lot|all (?:of )?(?:this|these|them)|it all))\b"
    r"|\bhow (?:do|should) i (?:order|prioriti[sz]e|rank|sequence|handle|deal with|juggle) (?:these|them|those|this lot|all (?:of )?(?:this|these|them)|it all)\b|\bwhere (?:do|should) i start\b|\b(?:in )?what order\b|\bwhat (?:comes|goes) first\b",
    re.I,
)
# 'will she make it?', 'can we make jan 22?', 'will lena make the 15th': the odds of a date, asked in plain words.
MAKE_THE_DATE = (r"\b(?:will|can|could|would|do|does|is|are) (?:\w+ ){0,4}(?:make|hit|meet) (?:it\b(?! (?:work|happen|better|easier|harder|clear))|"
                 r"(?:the|that|this|our|her|his|their) (?:date|deadline|cut-?off|launch date|window)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? ?\d|"
                 r"the \d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:mon|tues|wednes|thurs|fri)day\b)")
ODDS_RE = re.compile(MAKE_THE_DATE + r"|\b(?:will|can|could|would|is|are) (?:\w+ ){0,4}(?:be )?(?:done|ready|finished|live|shipped|out|in prod(?:uction)?) (?:by|before|in time for)\b|\b(?:does|will|can|is) (?:\w+ ){0,3}still (?:hold|work|land|realistic|doable|on track|make it)\b|\bstill (?:hold|realistic|doable)\?|\b(?:odds|chances?|probability|how likely)\b[^.?!]{0,40}\b(?:by|before|make|hit|ship|land|finish)\b|\bwhen (?:will|does|can) (?:we|it|that|this)\b[^.?!]{0,20}\b(?:ship|land|finish|be done|be ready)\b", re.I)
SOFT_SENSITIVE = re.compile(r"parental leave|paternity|maternity|sick leave|medical leave|back from (?:leave|medical)|(?:weeks|months) (?:of|on) leave", re.IGNORECASE)
SENSITIVE_CORE = re.compile(r"harass|discriminat|suicid|self[- ]harm|lawsuit|lawyer|legal action|assault|fire|fired|terminat|layoff|laid off", re.I)
# A person in crisis, a loss, mistreatment or exposed personal data: a careful, human answer comes first, whatever
# else the question mentions (a deadline, a message to write, a 1-on-1).
HARDSHIP = (
    r"\b(?:died|dead(?!\s*\?)(?! in the water)(?!\s+end)|passed away|funeral|bereave\w*|griev(?!ances?\b)\w*|grief|miscarri\w*|terminal(?:ly)? ill|(?:has|got|with) cancer|in hospital|hospitali[sz]ed)\b"
)
# A loss or an illness the manager mentions as the reason for care: the answer is careful, but a form of answer the
# manager asks for (a rewrite of their own message, an agenda) is still the answer, written with that care.
HARDSHIP_RE = re.compile(HARDSHIP, re.IGNORECASE)
# A system, a job or a piece of work that is 'dead' or 'died' ('the snapshot job has been dead 3 days', 'the pipeline
# died overnight', 'a dead dashboard'): stopped, never a loss; read out before a loss is looked for.
_THING = (r"(?:job|cron|pipeline|model|server|service|feature|dashboard|etl|db|database|cluster|node|api|endpoint|process|build|"
          r"feed|sensor|camera|link|laptop|battery|disk|drive|queue|worker|container|pod|app|script|backfill|test|integration|"
          r"project|idea|deal|plan|system|machine|box|instance|gpu|vm|host|site|page|repo|branch|ticket|thread|channel|"
          r"connection|key|token|account|bot|alert|monitor|export|import|sync|migration|prototype|demo|poc|experiment|run)s?")
THING_DOWN = re.compile(
    rf"\b{_THING}\b(?:\s+(?:has|have|had|is|are|was|were|went|just|completely|basically|totally|kinda|pretty much|now|been|"
    rf"already|also|still|all but))*\s*(?:['’]s\s+)?(?:dead|died)\b|\b(?:dead|died)\s+(?:on us\b|overnight\b|again\b)|"
    rf"\bdead\s+(?:\w+\s+)?{_THING}\b",
    re.I,
)


def _stopped_not_dead(normal: str) -> str:
    """The question with systems and work that are 'dead' read as stopped, before a loss is looked for."""
    return THING_DOWN.sub(" stopped ", normal)


def crisis_in(normal: str) -> re.Match[str] | None:
    """A crisis or a hardship in the question (CRISIS), with systems and work that are 'dead' read as stopped."""
    return CRISIS.search(_stopped_not_dead(normal))
HARDSHIP_TOPICS = ("bereavement",)  # the guidance cards that are about a hardship, not a danger
CRISIS = re.compile(
    HARDSHIP + r""
    r"|\bsuicid\w*|\bself[- ]harm\b|\bkill (?:my|him|her|them)sel(?:f|ves)\b|\bend (?:it all|my life|his life|her life)\b|" + HOPELESSNESS + r""
    r"|\bharass\w*\b(?!\s+(?:classifiers?|models?|detection|detectors?|filters?|labels?|queues?|content))|\bdiscriminat\w*|\bbull(?:y|ied|ying)\b|\bsexual\w*\b|\bracis\w*|\bsexis\w*|\binappropriate (?:comment|remark|joke|touch\w*|behaviou?r)\b|\btalk(?:s|ing)? over (?:her|him|them)\b|\bcalled (?:her|his|their) (?:idea|work) ['\"]?\w+"
    r"|\bpublic[- ]read\b|\bpublicly (?:readable|accessible|exposed|visible)\b|\bdata (?:leak|breach)\b(?!(?:[- ]response)? (?:tabletop|drill|exercise|simulation|rehearsal|training|workshop|policy|playbook|runbook|plan)\b)|\b(?:leaked|exposed) (?:\w+ )?(?:customer|personal|user|patient)\b|\b(?:customer|personal|user|patient) (?:data|emails|records)\b[^.?!]{0,40}\b(?:exposed|leaked|public|readable)\b|\bexfiltrat\w*|\bpii\b[^.?!]{0,40}\b(?:exposed|leaked|public|copied|downloaded)\b"
    r"|\b(?:pasted|uploaded|copied|put|pushed|committed|published|posted|shared)\b[^.?!]{0,140}\b(?:into|to|in|on)\s+(?:a |an |the |some |his |her |their |my |our )?(?:public|external|free|personal|open)\s+(?:ai\s+|llm\s+)?(?:chat ?bot|chatgpt|ai|llm|tool|site|drive|gist|repo(?:sitory)?|github|gitlab|bitbucket|hugging ?face|bucket|s3|forum|kaggle)\b"  # 'pushed a repo to his PUBLIC github ... customer foot scans linked to emails'
    # personal identifiers shared where they should not be: 'sharing a sample with the vendor ... the csv had passport numbers'
    r"|" + IDENTIFIERS_SENT + r"|" + PERSONAL_DATA_PUBLIC + r"|\b(?:leaked|exposed)\b[^.?!]{0,250}\b" + IDENTIFIERS +
    r"|\b" + IDENTIFIERS + r"[^.?!]{0,80}\b(?:shared|sent|posted|emailed|uploaded|leaked|exposed|visible to|went to)\b",
    re.IGNORECASE,
)
# Pay, a competing offer, burnout or withdrawal: sensitive unless the manager asks for a 1-on-1 agenda.
PEOPLE_SENSITIVE = re.compile(
    r"\b(?:a|for a|\d+ ?%|big|pay) raise\b|\bpay (?:rise|bump|cut)\b|\b(?:counter-?offer|competing offer)\b|\boffer from (?:a |another )?(?:competitor|company|startup|\w+)\b"
    r"|\blayoffs?\b|\blaid off\b|\bredundanc\w*|\breduction in force\b|\bcutting (?:~|about |around )?\d+ ?%|\bheadcount cuts?\b"
    r"|\b(?:has|have|with|diagnosed with|told me about (?:his|her|their))\s+(?:adhd|add|dyslexia|autism|a disability|a chronic \w+)\b|\b(?:reasonable )?accommodations?\b|\bneurodivergen\w*|\bdone with (?:this place|this job|this team|this company|it all|everything)\b|\bcan'?t do this any ?more\b|\bcomp (?:is )?(?:frozen|freeze)\b|\bburn(?:ed|t|ing)?[- ]?out\b|\bgone (?:quiet|dark|silent)\b|\bcamera off\b|\bmental health\b|\bpanic attacks?\b|\bcrying\b",
    re.IGNORECASE,
)
# Layoffs that already happened, as the background of a plan ('we lost two people in the layoffs; can we still ship'):
# the question is the plan, not the people situation.
LAYOFF_CONTEXT = re.compile(r"\b(?:lost|after|since|post|following|because of|due to|in)\b[^.?!]{0,40}\blayoffs?\b", re.I)
# The manager has made the call and states it ("my call: yes, but one week only", "counter: billing only").
DECIDED_REPLY = re.compile(r"\bi(?:'ve| have)? already (?:said|told (?:him|her|them)|decided|agreed)\b|\bi(?:'ve| have)? decided\b|\b(?:counter(?:[- ]?offer)?|my (?:call|answer|position|decision)|(?:what )?i can (?:offer|give)|offer)\s*:|(?:^|[.!]\s*)no\s+-\s|\bcan'?t,|(?:^|[.!]\s+)(?:we|i) (?:can'?t|cannot|won'?t)(?: do (?:it|that|this))?\s*[.!]|\bit'?s (?:decided|done)\b|\bmy call\b", re.I)
# The manager asks to decide something; a message they also want is the second ask.
DECIDE_QUESTION = re.compile(
    r"\bdo i (?:fight|push back|agree|let|say yes|say no)\b|\bshould i\b|\bworth (?:it|taking|fighting)\b|\bor let it go\b|\bwho,? and what\b|\bwhat do i lose\b|\bcan (?:she|he|they) do both\b|\btake (?:it|this)\?|\bhow (?:do|should) i handle\b",
    re.IGNORECASE,
)


def decide_intents(sig: Signals, whole: str | None = None) -> list[str]:
    """The intents asked for, main one first: structural signals first, the embedding classifier for the rest. `whole`
    is the full question when `sig` reads only the manager's own words (a pasted block taken out): requests pasted
    one per line from their senders are still counted there."""
    from agent.intents import DRAFT_RE, HELP_RE, LENT_TO_WORK, classify_intent, sensitive_words
    from agent.routing import form_named, intents_asked, prefer_the_ask
    from agent.sensitive import takes_over as people_situation
    from agent.sensitive import topic_of as people_topic

    original, normal = sig.text.original, sig.text.normal
    prediction = classify_intent(original)
    one_on_one = bool(ONE_ON_ONE_RE.search(PAST_ONE_ON_ONE.sub(" ", normal))) or _told_in_person(normal) or _welcomed_back(sig) or (bool(SET_TIME_WITH.search(normal)) and not messages.asks_to_write(original))  # 'my director told me in our 1:1' is context
    prep_asked = ONE_ON_ONE_WITH.search(normal) or re.search(r"\bagenda\b|\b(?:1:1|1-1|one[- ]on[- ]one)\s+(?:tomorrow|today|on|in|at|next|this|that|later|mon|tue|wed|thu|fri|\d)", normal, re.I) or (one_on_one and RUN_THE_MEETING.search(normal))
    layoffs_as_context = LAYOFF_CONTEXT.search(normal) and (FORECAST_RE.search(normal) or ODDS_RE.search(normal)) and not PEOPLE_SENSITIVE.search(LAYOFF_CONTEXT.sub(" ", normal))
    rework = messages.rewrite_asked(original)
    if prediction.intent == "out_of_scope" and len(_task_durations(sig)) >= 2:
        prediction = replace(prediction, intent="planning")  # 'weather + school holiday features 2-4 wks, backfill 3-4 wks': a topic word inside a plan of work
    # A message or a forecast named outright ('post for the team: ...', 'forecast pls') is the answer wanted even when a
    # loss, an illness or a raise is its context; only a real crisis (see danger) comes first. An agenda asked for with
    # a loss or an illness stays with its card: the agenda has no item for it yet.
    asked = rework or (form_named(original) and not danger(normal) and "one_on_one" not in intents_asked(original))
    if danger(normal) or (not asked and crisis_in(normal)) or (PEOPLE_SENSITIVE.search(normal) and not prep_asked and not layoffs_as_context and not asked):
        return ["sensitive"]
    if rework:
        return ["stakeholder_message"]  # their own message to rework or check, even about a hard time: the rewrite is the ask
    lent = LENT_TO_WORK.search(original) and not sensitive_words(original) and not people_topic(original)
    org_asked = bool(STRONG_ORG.search(normal))  # 'what kind of org is this ... they build the harassment classifiers': the org is the question
    unexplained = prediction.intent == "sensitive" or (prediction.intent in ("reprioritization", "planning", "archetype") and UNEXPLAINED_EVENT.search(normal))
    if unexplained and _names_nothing(sig) and not sensitive_words(original) and not people_topic(original):
        prediction = replace(prediction, intent="guidance")  # 'that went badly, how do i walk it back??', 'it happend again ... whats my move?': what happened is the question
    if prediction.intent == "sensitive" and not layoffs_as_context and not lent and not asked and not org_asked:  # 'wants ravi for X ... let him go?': a loan
        soft = (SOFT_SENSITIVE.search(original) and not SENSITIVE_CORE.search(original)) or "underperforming" in cue_mod.detect_cues(normal)  # a probation talk to prepare
        if not (one_on_one and soft):
            return ["sensitive"]
    topic = people_topic(original)
    hardship = asked and topic is not None and topic.name in HARDSHIP_TOPICS
    if not layoffs_as_context and not hardship and not org_asked and people_situation(original, prediction.intent, one_on_one, bool(asked or DRAFT_RE.search(original))):
        return ["sensitive"]  # a bereavement, a data incident, burnout, a raise ask...: answered from its guidance card
    if HELP_RE.search(original):
        return ["help"]
    wants_words = messages.wants_words(normal)
    purpose, purpose_words = messages.purpose_of(normal)
    listed = _order_asked(whole or original) or _reply_to_several_asks(whole or original)
    # asks pasted one per line, then 'which first?' or 'what do i do with these': the order is the answer
    structural = "triage" if listed and not one_on_one else _structural_intent(sig, prediction.intent, wants_words, purpose, one_on_one)
    guessed = structural is None  # no structure decided: the nearest examples' guess, which an ask outranks
    structural = structural or prediction.intent
    decided = bool(DECIDED.search(normal) or DECIDED_REPLY.search(normal)) or purpose == "announce_change"  # an announcement tells a decision
    decision_asked = bool(DECIDE_QUESTION.search(normal) or (_is_move(sig) and sig.requester))
    own_update = purpose == "progress_update" and messages.asks_to_write(original)  # 'turn my standup notes into the weekly update'
    pasted = not own_update and sum(1 for r in requests.pasted_requests(whole or original) if r["requester"] or r["requester_role"]) >= 2  # each from someone
    primary = prefer_the_ask(structural, original, decided=decided, decision_asked=decision_asked, requests_pasted=pasted, guessed=guessed)  # the ask wins
    if primary == "stakeholder_message" and _org_question_relayed(normal) and not _is_move(sig):
        primary = "archetype"  # 'the CMIO asked me what structure we should have ... what do i tell her': the call, then the reply
    intents = [primary]
    if primary == "reprioritization" and wants_words and _tells_the_person(sig, primary):
        intents.append("one_on_one")  # telling the person moved is a conversation to prepare, not a message to a stakeholder
    elif primary in ("reprioritization", "planning", "archetype", "triage") and wants_words and purpose != "announce_change" and not (primary == "triage" and (listed or requests.pasted_requests(original)) and not messages.asks_to_write(original)) \
            and not (primary == "archetype" and not _words_asked(original, normal)):
        intents.append("stakeholder_message")
    forecast_words = FORECAST_RE.search(normal) or ODDS_RE.search(normal) or re.search(r"\b(?:realistic|feasible|doable|date|when|odds|chances?|likely|on track|ships?|lands?|ready|make it|deadline|in time)\b", normal, re.I)
    about = [purpose_words, *messages.ask_clauses(normal), (messages.question_asked(normal) or ("",))[0]]  # 'keeps asking for just a date' explains a date
    schedule_unasked = purpose in ("explain_uncertainty", "progress_update") and not any(DATE_ASKED.search(c) for c in about)  # a status note forecasts only when asked
    if primary == "stakeholder_message" and _forecast_asked(sig) and forecast_words and not DECIDED_REPLY.search(normal) and purpose not in ("ask_for_resources", "announce_change", "decline_or_negotiate") and not schedule_unasked:
        intents.append("planning")  # but a metric or a number explained ('why 99% accurate still lets cracked eggs through') needs no schedule
    return intents


# An ask about a date or the odds of one ('give a range and not one date', 'will it make march?'): a forecast can answer it.
DATE_ASKED = re.compile(r"\b(?:dates?|when|deadline|odds|chances?|likely|on track|ship|land|launch|by (?:the )?(?:end|\d)|eta|timeline|schedule)\b", re.I)


def _words_of_its_kind_asked(normal: str, purpose: str) -> bool:
    """The manager's own ask names a message of this purpose: money, people or compute asked of someone ('compute ask to
    zofia: ...', 'need 3 more annotators from our COO'), or words about a figure for a reader ('a short explanation
    she'll get', 'something short on why 3% isn't a sure thing'); 'explain how X works' asks us, not for words."""
    if purpose == "ask_for_resources" and RESOURCE_ASK_FIRST.match(normal):
        return True
    asked = messages.asked_purpose(normal) or ("", "")
    return asked[0] == purpose and (purpose == "ask_for_resources" or (purpose == "explain_uncertainty" and not asked[1].lower().startswith("explain")))


def _order_asked(whole: str) -> bool:
    """Asks pasted one per line, then what to do with them ('which first?', 'what do i do with these'), and no words
    to send asked for: the order is the answer. Read on the whole question: the closing ask after a pasted list is
    the manager's own, even where the paste is taken to run to the end."""
    listed = len(requests.pasted_requests(whole)) >= 2
    if not listed and len(requests.prose_asks(whole)) >= 2:  # 'help me order these. head of ops wants X, legal needs Y, and ...'
        return bool(ORDER_ASKED.search(Text.of(whole).normal) or PROSE_ORDER.search(whole)) and not messages.asks_to_write(whole)
    return listed and bool(ORDER_ASKED.search(final_ask(Text.of(whole).normal))) and not messages.asks_to_write(whole)


# Asked to order asks told in prose: 'help me order these', 'sort my monday', 'prioritise this lot'.
PROSE_ORDER = re.compile(r"\b(?:order|sort|prioriti[sz]e|rank|triage|juggle)\b[^.?!]{0,25}\b(?:these|them|this lot|my (?:monday|week|day|inbox|queue)|it all|out)\b|\bwhat (?:goes|comes|do i do) first\b", re.I)


def _words_asked(original: str, normal: str) -> bool:
    """An org reading that also wants words for someone: its asks name them ('... and what do i tell the CFO?') or someone
    asked the org question; a word of the description ('they email a csv to the account managers') asks for none."""
    from agent.routing import the_asks

    asked_for = [x for x in re.split(r"(?<=[.?!])\s+|\n+", original) if _WORDS_REQUESTED.search(x)]  # 'the COO asked me for a one-pager on ...'
    return (_org_question_relayed(normal) or messages.asks_to_write(original) or any(messages.wants_words(ask.lower()) for ask in the_asks(original))
            or any(messages.wants_words(x.lower()) for x in asked_for))


# Someone asked the manager for a piece of writing ('asked me for a one-pager', 'wants a note on'): words are wanted.
_WORDS_REQUESTED = re.compile(r"\b(?:asked (?:me|us) for|wants? (?:me to write )?|needs?|requested|is asking (?:me )?for)\s+(?:a|an|the|my|our)\b", re.I)


# Groups made into one team, asked about: 'whether we should form one data team', 'create a single analytics group'.
ONE_TEAM = re.compile(r"\b(?:form|create|set up|build|start|stand up|have|make)\b (?:one|1|a single|a central|(?:one|1) central|a shared) (?:[\w&]+ ){0,2}(?:team|group|function|unit|department)\b", re.I)


def _team_shape_asked(normal: str) -> bool:
    """A team to form or start is the question ('whether we should form one data team', 'who do we hire first')."""
    from tools.org_proposal import FIRST_TEAM

    return bool(ONE_TEAM.search(normal) or FIRST_TEAM.search(normal))


def _org_question_relayed(normal: str) -> bool:
    """Someone asked the manager an org question ('the CMIO asked me what structure we should have')."""
    relayed = messages.question_asked(normal)
    return bool(relayed and (STRONG_ORG.search(relayed[0]) or _team_shape_asked(relayed[0])))


def _reply_to_several_asks(whole: str) -> bool:
    """A forwarded message that asks for several things ('1) ... 2) ... 3) ...') and the manager's ask to answer it: each
    ask is weighed (a triage) and the answer is one reply to its writer covering them all."""
    pasted = messages.paste_span(whole)
    answer_it = messages.asks_to_write(whole) or re.search(r"\b(?:repl(?:y|ies)|respond|answer|write back|get back to)\b", messages.instruction_text(whole), re.I)
    own_notes = messages.purpose_of(Text.of(whole).normal)[0] == "progress_update"  # 'turn this into the weekly update: bullets from standup'
    return pasted is not None and bool(answer_it) and not own_notes and len(requests.pasted_requests(pasted[0])) >= 2


def _names_nothing(sig: Signals) -> bool:
    """A short question with no person, work, number or date in it ('that went badly, how do i walk it back??')."""
    dated = [d for d in sig.dates if not NOW_WORDS.fullmatch(sig.words(d.start, d.end).strip()) and d.role != "past"]  # 'in todays review', 'like last month': no date of anything to do
    sized = [d for d in sig.durations if not re.search(r"\b(?:it'?s been|been|for|since|over)\s+(?:about\s+|like\s+)?$", sig.text.normal[max(0, d.start - 16) : d.start], re.I)]  # 'it's been a week': time gone
    return not sig.mentions and not sig.projects and not dated and not sized and len(sig.text.normal.split()) <= 60  # a ramble names nothing either


NOW_WORDS = re.compile(r"(?:on |by |in )?(?:today|tonight|tomorrow|yesterday|this morning|this afternoon)(?:'?s)?", re.I)


def danger(normal: str) -> bool:
    """A crisis no form of answer overrides: self-harm, mistreatment, exposed personal data (a loss or an illness
    alone is a hardship, see HARDSHIP)."""
    return any(not HARDSHIP_RE.fullmatch(m.group(0)) for m in CRISIS.finditer(_stopped_not_dead(normal)))


def _forecast_asked(sig: Signals) -> bool:
    """A message that needs a forecast first: several tasks with estimates, or a team project whose date
    or readiness is in question (one stated duration alone is a fact for the message, not a plan)."""
    if len(_task_durations(sig)) >= 2:
        return True
    return bool(sig.team_projects) and bool(re.search(r"\b(?:when|ready|on track|land|ship|odds|chances?|date)\b", sig.text.normal, re.I))


TRUTH_ASKED = re.compile(r"\bcan (?:i|we) (?:tell|promise|commit to|give|say)\b[^?.]{0,60}\?|\bwhether\b[^.?!]{0,40}\bis (?:even |at all )?(?:realistic|doable|feasible|possible)\b|\ba date (?:i'?m|we'?re|i am|we are) \d+% (?:sure|confident) (?:of|in|about)\b", re.I)


# News to give one person face to face: 'i have to tell her monday, 30 min. what do i say' (a meeting, not a message).
TELL_IN_PERSON = re.compile(rf"\b(?:have|need|got|going) to (?:tell|break (?:it|the news) to|sit down with) (?:her|him|them|[a-z]+)\b|{people.MET_ON_A_DAY} (?:her|him|them|[a-z]+){people.ON_A_DAY}\w*", re.I)
WRITTEN = re.compile(r"\b(?:e-?mail|mail|slack|dm|post|message|note|memo|text|channel|write(?![- ]?up)|draft(?= (?:a|an|the|my|me|it|this|something)\b)|(?:a|my) draft|letter)\b", re.I)  # someone's write-up, 'the rubric draft', is no message


def _told_in_person(normal: str) -> bool:
    """News told to one person in a meeting of a stated length, with no written form named."""
    written = WRITTEN.search(final_ask(normal)) or messages.asks_to_write(normal)  # 'half copied from a blog post' is no written form
    return bool(TELL_IN_PERSON.search(normal) and find_minutes(normal) is not None and not written)


# Whether to raise someone's behaviour with them: 'do i say something this time or let it go'.
FEEDBACK_ASK = re.compile(r"\b(?:do|should) i (?:say something|say anything|bring it up|raise it|call (?:it|him|her|them) out|address it|mention it)\b|\bor (?:just )?let it (?:go|slide)\b", re.I)


# Preparing a conversation: 'how do i prep this', 'help me prepare', 'prep me for it'.
PREP_ASKED = re.compile(r"\b(?:prep|prepare|get ready for|plan)\s+(?:me\s+)?(?:for\s+)?(?:this|it|that|the (?:talk|conversation|chat|meeting|1:1))\b|\bhow (?:do|should) i (?:prep|prepare|approach|run|handle) (?:this|it|that|the)\b"
                        # 'how do i prep so it stays calm', 'how should i prepare?': the booked talk is what is prepared
                        r"|\bhow (?:do|should|can) i (?:best )?(?:prep|prepare)\b(?:\s+(?:for\s+)?(?:it|this|that|him|her|them))?\s*(?:so\b|without\b|[?.,!]|$)", re.I)


# An order to write, said as the closing ask ('write her something short, no jargon', 'draft the reply to marguerite').
WRITE_ORDER = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|and|now|pls|please|can you|could you|can u|just|then)\s+)*(?:write|draft|compose)\s+(?:(?:him|her|them|me|us)\s+)?(?:a|an|the|my|our|something|some|it|this|back|up)\b", re.I)


def _prep_asked(sig: Signals) -> bool:
    """A talk of a stated length with someone named, and the ask is how to prepare it ('corentin ... missed his last 3
    deadlines ... friday, 30 min. how do i prep this', 'a 30 min sync with bruno ... how do i prep so it stays calm')."""
    normal = sig.text.normal
    return bool(PREP_ASKED.search(final_ask(normal)) and find_minutes(normal) is not None and sig.mentions and not messages.asks_to_write(sig.text.original))


def _person_moved(sig: Signals) -> bool:
    """A move said of a person ('wants Omar on onboarding', 'pull her off the eval'), not of things ('send the rest to
    the graders'): a reply to it waits on the decision."""
    people_words = {m.name.casefold() for m in sig.mentions} | {"him", "her", "them", "someone", "one"}
    normal = sig.text.normal
    for m in MOVE_RE.finditer(normal):
        said = normal[: m.start()].split()[-1:] + m.group(0).split()  # 'wants oda off the ...': the word before counts
        if people_words & {w.casefold().strip(",'") for w in said}:
            return True
    return False


def _write_is_the_ask(normal: str) -> bool:
    """The question closes on an order to write words for someone: whatever moves, sends or requests the context names
    ('send the rest to the usual graders'), the words are what is asked."""
    from agent.intents import CUES

    return bool(WRITE_ORDER.search(final_ask(normal))) and not CUES["out_of_scope"].search(normal)  # 'write me a python function' is no message


def _welcomed_back(sig: Signals) -> bool:
    """Someone back from a leave, and a meeting of a stated length ('back monday from parental leave ... 45 min
    monday morning'), with no written form asked for: the first conversation back is the meeting to prepare."""
    normal = sig.text.normal
    return "returning_from_leave" in cue_mod.detect_cues(normal) and find_minutes(normal) is not None and not messages.wants_words(normal)


def _only_words_asked(sig: Signals) -> bool:
    """'... what do i tell her': words asked for a call still open, with no message named (the call's answer ends with
    the line to say)."""
    from agent.routing import MESSAGE_NAMED, SAY_ASK

    tail = sig.text.normal[-80:]
    return bool(SAY_ASK.search(tail)) and not MESSAGE_NAMED.search(tail)


def _structural_intent(sig: Signals, predicted: str, wants_words: bool, purpose: str, one_on_one: bool) -> str | None:
    """The intent the shape of the question gives, or None when nothing in its shape decides (the guess stands)."""
    normal = sig.text.normal
    moved = _is_move(sig)
    # A decision or reason to communicate makes an announcement, unless someone asked for the move (then it is a reply).
    announced = purpose == "announce_change" or (wants_words and bool(messages.decision_in(normal) or messages.reason_in(normal)) and sig.requester is None)
    if moved and DECIDE_MOVE.search(normal):
        return "reprioritization"  # "before I prep Tom's 1:1 - do I even agree to this?": the move is the question
    if one_on_one or (re.search(r"\bagenda\b", normal, re.I) and sig.mentions and predicted == "one_on_one") or _told_in_person(normal) or _prep_asked(sig):
        return "one_on_one"
    decided = DECIDED.search(normal) or DECIDED_REPLY.search(normal)
    if _forecast_is_the_last_ask(sig) and not moved:
        return "planning"  # 'victor wants a date for his exec update. what would you put at 90%, is jan 29 realistic?'
    if _words_of_its_kind_asked(normal, purpose):
        return "stakeholder_message"  # 'compute ask to zofia (vp eng): ...', 'ask desmond (CTO) for 2 heads': the ask is the message
    if STRONG_ORG.search(normal) and (predicted in ("archetype", "guidance", "stakeholder_message", "planning", "sensitive") or not moved or GROUPS_INTO_ONE.search(normal)) and not messages.asks_to_write(sig.text.original):
        return "archetype"  # 'structure question ... what are we today and what would you change first'
    if TRUTH_ASKED.search(normal) and len(_task_durations(sig)) >= 2 and not moved:
        return "planning"  # "can i tell the VP feb 5 and mean it? left: ...": whether the date is true is the ask
    if _write_is_the_ask(normal) and not DECIDE_QUESTION.search(normal) and not DECIDE_MOVE.search(normal) and not (_person_moved(sig) and sig.requester and not decided):
        return "stakeholder_message"  # '... send the rest to the graders. write her something short': the closing order is the ask
    if _message_first(sig) and not DECIDE_QUESTION.search(normal) and not (moved and not decided and (sig.requester or _only_words_asked(sig))):
        return "stakeholder_message"  # 'note to kofi (...): ...', 'tell our pilot customer renata ...': the message is the ask
    if messages.asks_to_write(sig.text.original) and not DECIDE_QUESTION.search(normal) and (not moved or decided):
        return "stakeholder_message"  # "draft the reply", "write to carmen", "soften this": words to send are the ask
    if (wants_words or messages.OFFER_LABEL_RE.search(normal)) and purpose == "decline_or_negotiate" and DECIDED.search(normal):
        return "stakeholder_message"  # the manager already decided ("no way", "offer X instead"): the reply is the ask
    if wants_words and messages.question_asked(normal) and not moved and (QUOTED.search(normal) or purpose == "answer_question"):
        return "stakeholder_message"  # "victor asked in slack '...?' what do i say back", "grace asked on the thread if ... reply"
    sender = sig.found_addressee
    if sender is not None and sender.direction == "from" and not moved and ANSWER_NUMBERS.search(normal):
        return "stakeholder_message"  # 'ines in slack: > will it be out by mar 16? ... our numbers: ~40% by mar 2': the reply is the ask
    if _odds_asked_last(sig) and not moved:
        return "planning"  # '... left: backfill 2-4 days, retrain 3 days. yes or no, and whats the odds': the plan's odds are the ask
    if FEEDBACK_ASK.search(normal) and not moved and not wants_words:
        return "one_on_one" if sig.mentions else "guidance"  # 'priya missed standup again, do i say something': a talk to prepare
    pulled = any(_pulled_object(m.name).search(normal) for m in sig.mentions)
    if TRIAGE_WORDS.search(normal) and not (moved and (_person_with_time(sig) or pulled)):
        return "triage"
    if wants_words and MESSAGE_FIRST.match(normal) and (purpose or sig.recipient):
        return "stakeholder_message"
    if STRONG_ORG.search(normal) and predicted in ("guidance", "stakeholder_message", "planning"):
        return "archetype"
    live_incident = requests.request_kind(normal)[0] == "incident" and re.search(r"outage|spik|alert|paged|\bdown\b|on-?call|\bsev|\bp[01]\b|broken|fire", normal, re.I)
    if moved and live_incident and not _person_with_time(sig) and not sig.by_role("rate") and not HALF_TIME.search(normal):  # 'one day a week on alert tuning' is a share of them
        return "triage"  # pulling someone onto a live incident is an interruption to weigh, not a reprioritization
    if (moved or not wants_words) and not announced and _small_one_off(sig) and not (FORECAST_RE.search(normal) and not moved):
        return "triage"  # 'sales wants 2 days of Ana for a churn analysis', 'X asked if tom can hand-label 500 tickets, 3 days max': a request to weigh
    if moved and not announced:
        return "reprioritization"
    if REQUEST_HINTS.search(normal):
        return "triage"
    if requests.request_kind(normal)[0] == "incident" and INCIDENT_WHAT_NOW.search(normal) and not wants_words and not moved:
        return "triage"  # 'since this morning's release the fraud model is blocking good payments. what do i do?': an incident to handle
    if GENERAL_HOWTO.match(normal) and not sig.durations and not sig.mentions and predicted in ("planning", "reprioritization", "triage"):
        return "guidance"
    odds = ODDS_RE.search(normal)
    words_at = messages.WANTS_WORDS.search(normal)
    if odds and (words_at is None or odds.start() < words_at.start()):
        return "planning"  # the odds come first; a message about them is the second ask
    if purpose in ("explain_uncertainty", "ask_for_resources", "announce_change") and wants_words:
        return "stakeholder_message"
    if REQUEST_RE.search(normal) and not sig.mentions_moved and predicted not in ("archetype", "sensitive"):
        return "triage"
    if (len(_task_durations(sig)) >= 2 or FORECAST_RE.search(normal)) and not wants_words and predicted not in ("archetype", "one_on_one"):
        return "planning"
    if predicted in ("guidance", "planning", "reprioritization", "triage") and wants_words and (sig.audience or sig.recipient):
        return "stakeholder_message"
    if sig.requester and not wants_words and re.search(r"\bwants? (?:us|me|my team|the team) to\b|\basked (?:us|me|my team) to\b", normal, re.I):
        return "triage"  # "VP of sales wants us to 'add AI' to the pricing page by friday": an incoming request to weigh
    if predicted == "archetype" and not ORG_RE.search(normal) and not _team_shape_asked(normal):
        return "guidance"
    if predicted == "one_on_one" and not one_on_one and PAST_ONE_ON_ONE.search(normal) and not re.search(r"\b(?:agenda|prep|talking points)\b", normal, re.I):
        return "guidance"  # 'my director told me in our 1:1 ...; what do i say to them': advice, no meeting to prepare
    asked_of_us = sig.requester or requests.request_title(normal) or requests.wants_whole_inbox(normal) or requests.pasted_requests(sig.text.original)
    if predicted == "triage" and not asked_of_us:
        return "guidance"  # "should I ask for headcount or kill a project?": advice, not an incoming request to weigh
    if predicted == "reprioritization" and not moved and (len(_task_durations(sig)) >= 2 or FORECAST_RE.search(normal)):
        return "planning"
    return None


MESSAGE_LEAD_IN = re.compile(r"^\s*(?:(?:pls|please|can you|could you|can u|help me|quick|ok|so|need to|i need to|have to|gotta|want to|need|i need|i want|want)\s+)*(?:(?:write|draft|send|do|put together|compose)\s+)?(?:(?:a|an|the|my|our)\s+)?(?:(?:short|quick|brief|friendly|firm|polite|formal|informal|warm|kind|gentle|honest|careful|internal|external|slack|weekly|biweekly|fortnightly|monthly|quarterly|status|progress|monday|tuesday|wednesday|thursday|friday|eod|eow|daily|sprint)\s+)*(?:update\s+)?$", re.I)


def _message_first(sig: Signals) -> bool:
    """The question opens with a message to someone ('note to kofi (...): ...', 'biweekly update to director siobhan',
    'tell our pilot customer renata ...', 'help me write the ask to the lab director (prof. tanaka)')."""
    a = sig.addressee
    return a is not None and a.direction == "to" and bool(MESSAGE_LEAD_IN.match(sig.text.normal[: a.start]))


ODDS_ASK = re.compile(r"\b(?:odds|chances?|probability|how likely|p\d0|confiden\w+|bet on|and mean it|yes or no|realistic(?:ally)?|on track|still (?:hold|on|ok|good)|make it|when (?:will|does|do|can|would) (?:we|it|they|this|that)|what date|how long)\b", re.I)


CONFIDENCE_ASK = re.compile(r"\b(?:at|with|to|for) (?:a )?\d{2}\s?%(?! (?:of|time|capacity|load|share))|\b\d{2}\s?% (?:confiden\w+|sure|certain)\b", re.I)


def _forecast_is_the_last_ask(sig: Signals) -> bool:
    """The question ends asking for a date at a confidence ('what would you put at 90%', 'is jan 29 realistic?'), not
    for words: whatever message it serves is the asker's own ('for the january exec update he writes')."""
    ask = final_ask(sig.text.normal)
    if messages.wants_words(ask) or messages.asks_to_write(sig.text.original) or MESSAGE_FIRST.match(sig.text.normal):
        return False
    return bool(CONFIDENCE_ASK.search(ask)) and bool(ODDS_ASK.search(ask) or re.search(r"\bwhat (?:date|would you|do i)\b", ask, re.I))


def _odds_asked_last(sig: Signals) -> bool:
    """A plan of several estimated tasks, and the last ask is about its odds or date (not for words to send)."""
    ask = final_ask(sig.text.normal)
    return len(_task_durations(sig)) >= 2 and bool(ODDS_ASK.search(ask)) and not messages.wants_words(ask)


SMALL_ONE_OFF_WEEKS = 0.6  # three working days
# The manager's own chain sets priorities; what it asks for is a reprioritization, not a request to weigh.
OWN_CHAIN = re.compile(r"\b(?:manager|boss|skip|s?vp|evp|director|head|cto|ceo|cpo|coo|cfo|cio|leadership|exec\w*|gm)\b", re.I)


def _small_one_off(sig: Signals) -> bool:
    """Someone outside the manager's chain asks for one small piece of work (every stated size is three days or
    less), not a share of the week or a stretch away from the current work."""
    sizes = sig.by_role("effort")
    outside = sig.requester is not None and not OWN_CHAIN.search(sig.requester[0])
    return outside and bool(sizes) and not sig.by_role("rate") and max(d.likely for d in sizes) <= SMALL_ONE_OFF_WEEKS + 1e-9  # 3 days is 0.6000000000000001 weeks; 'three-ish days' is about 3


def _person_with_time(sig: Signals) -> bool:
    return bool(sig.mentions) and bool(sig.by_role("remaining", "done"))


def _is_move(sig: Signals) -> bool:
    """Someone is being moved off their work (a person named or meant, and a move)."""
    normal = sig.text.normal
    if not _move_said(sig) and not any(_pulled_object(m.name).search(normal) for m in sig.mentions):
        return False  # "wants ingrid on the fire drill": a person in lower case is moved too
    has_person = bool(sig.mentions) or bool(
        re.search(r"\b(?:one of my|my (?:only |senior |best |lead |strongest )?(?:engineer|scientist|researcher|mle|ds|person|people)|half (?:of )?my team|(?:\d+) of (?:my|\d+)|her|him|them)\b", normal, re.I)
    )
    return has_person and not re.search(r"\b(?:request|ask)s?\b.{0,20}\b(?:inbox|queue)\b", normal, re.I)


def _move_said(sig: Signals) -> bool:
    """A move verb, or a bare 'off the' / 'onto the' said of a person ('i need ana off the ranking model'); a bare
    'off the' after a thing is no move ('new features off the pollen feed')."""
    names = {m.name.casefold() for m in sig.mentions}
    for m in MOVE_RE.finditer(sig.text.normal):
        before = [w.casefold().strip(",") for w in sig.text.normal[: m.start()].split()[-2:]]
        if not BARE_OFF.fullmatch(m.group(0)) or (before and before[-1] in names):
            return True
        if before and before[-1] in PRONOUNS_MOVED and len(before) == 2 and PUTS_PEOPLE.fullmatch(before[0]):
            return True  # 'get her onto the', 'want them off the'; never 'joining them onto the surveys' (things joined)
    return False


PRONOUNS_MOVED = frozenset({"him", "her", "them", "me", "us"})
# Verbs that put a person somewhere before a bare 'off the' / 'onto the' ('i need her off the ranker').
PUTS_PEOPLE = re.compile(r"(?:get|gets|getting|got|put|puts|putting|move|moves|moving|moved|need|needs|want|wants|wanted|pull|pulls|pulling|pulled|take|takes|taking|took|"
                         r"keep|keeps|switch|switching|switched|shift|shifting|shifted|bring|bringing|brought|have|having|let|lend|lending|loan|borrow|borrowing|swap|swapping)")


BARE_OFF = re.compile(r"(?:off|onto) the", re.I)


# Durations by meaning -----------------------------------------------------------------------------
def _task_durations(sig: Signals) -> list[Duration]:
    """The durations that are steps of a plan: efforts, what is left, and a whole step part done ('halfway through the
    4-week labelling'); a length inside someone's quoted words ("I'd love to lead with 'we warn you 3 days before'")
    is their words, not a step, when the plan is stated outside the quotes."""
    found = sorted(sig.by_role("effort", "remaining") + [d for d in sig.by_role("total") if _share_left(sig.text.normal, d) is not None],
                   key=lambda d: d.start)
    quoted = [(m.start(), m.end()) for m in INLINE_QUOTE.finditer(sig.text.normal)]
    outside = [d for d in found if not any(a < d.start and d.end < b for a, b in quoted)]
    return outside if outside else found


# Words quoted inline: 'we'll warn you 3 days before every bill', "two weeks tops", “ready in a week” (an apostrophe
# inside a word is no quote mark).
INLINE_QUOTE = re.compile(r"(?<!\w)'(?=\S)(?:[^'\n]|(?<=\w)'(?=\w)){3,200}?(?<=\S)'(?!\w)|\"[^\"\n]{3,200}?\"|“[^”\n]{3,200}?”")


# How much of a step is done, said around its length: 'halfway through the 4-week labelling', 'data import (3 wks) is
# half done', 'about 60% done out of 5 weeks', 'a third of the way through the 6 week annotation'.
SHARE = r"(?P<f>halfway|half way|half|a third|a quarter|two thirds|three quarters|\d{1,2}(?:\.\d+)?\s*%)"
SHARE_BEFORE = re.compile(SHARE + r"\s+(?:of the way\s+)?(?:through|into|done with|done on|done (?:out )?of)\s+(?:the|a|an|our|its|her|his|their)?\s*$"
                          r"|" + SHARE.replace("?P<f>", "?P<g>") + r"\s+(?:done|through|complete)\s+(?:out of|of)\s+(?:the\s+|a\s+|an\s+)?(?:planned\s+)?$", re.I)
SHARE_AFTER = re.compile(r"^[\s,;:)(-]*(?:(?:it'?s|is|are|was|and|but)\s+)?(?:about\s+|around\s+|roughly\s+|~\s*|maybe\s+|nearly\s+|almost\s+)?"
                         + SHARE.replace("?P<f>", "?P<h>") + r"\s+(?:done|through|complete[d]?|finished|of the way(?: there| through)?)\b", re.I)
SHARE_VALUES = {"halfway": 0.5, "half way": 0.5, "half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "two thirds": 2 / 3, "three quarters": 0.75}


def _share_left(normal: str, d: Duration) -> tuple[float, bool] | None:
    """The share of a step still to do when the words around its length say how much is done, and whether the
    share was said before the length (so the step's name follows it); None when nothing is said."""
    before = SHARE_BEFORE.search(normal[max(0, d.start - 50) : d.start])
    after = SHARE_AFTER.match(normal[d.end :]) if before is None else None
    said = (before.group("f") or before.group("g")) if before else after.group("h") if after else None
    if said is None:
        return None
    said = said.lower().strip()
    done = float(said.rstrip("% ").strip()) / 100 if said.endswith("%") else SHARE_VALUES.get(said, 0.0)
    return (round(1 - done, 3), before is not None) if 0 < done < 1 else None


def _near_person(sig: Signals, d: Duration, names: list[str]) -> bool:
    """The duration is said of the person ('Wei is 5 weeks', 'she has 2 weeks'), not of the new work."""
    before = sig.text.normal[max(0, d.start - 40) : d.start]
    said_of = any(re.search(rf"\b{re.escape(n)}(?:'s| is| has| needs| thinks| says)\s+(?:about |around |roughly |maybe |like |only |just |still )?$", before, re.I) for n in names)
    return said_of or bool(PRONOUN_NEAR.search(before))


# Facts --------------------------------------------------------------------------------------------
def build_situation(question: str, team: Any, today: date, corrections: dict[str, Any], intent: str | None = None) -> Situation:
    """Parse the question into a Situation (see the package docstring for the rules); `intent`, when given, is the
    one kind of answer to give (the reading that chose another is set aside)."""
    sig = _signals(question, team, today)
    instruction = messages.instruction_text(question)
    situation = Situation(intents=[intent] if intent else decide_intents(sig if instruction == question else _signals(instruction, team, today), sig.text.original))
    _common_facts(situation, sig, team, today)
    for intent in situation.intents:
        if intent != situation.intents[0] and situation.intents[0] == "triage" and situation.has("requests"):
            situation.intents = [i for i in situation.intents if i == "triage" or i != intent]  # the replies are in the triage
            continue
        FILLERS.get(intent, _nothing)(situation, sig, team, today)
    if situation.intents[0] == "triage" and situation.has("requests"):
        for name in ("tasks", "deadline", "project", "purpose", "audience", "question_asked", "recipient"):
            situation.drop(name)  # each request carries its own; nothing in the whole message is one plan's
    _checkpoint(situation, sig)
    _share_is_no_chance(situation)
    _without_pasted_facts(situation, instruction)
    set_aside_doubtful(situation, question, team)
    _apply_corrections(situation, corrections)
    _from_team_file(situation, sig, team, today)
    _assume_and_ask(situation, sig, team, today)
    _ask_when_vague(situation, sig)
    situation.dates = [SituationDate(date=d.value.isoformat(), role=d.role, words=sig.words(d.start, d.end), weekday_said=d.weekday_said) for d in sig.dates]  # type: ignore[arg-type]
    check_deadline(situation, today)
    _due_item(situation, sig)
    return situation


# Something happened that the question never says: 'that went as badly as it could', 'how do i walk it back'.
UNEXPLAINED_EVENT = re.compile(r"\b(?:went|go(?:ne|ing)?|got|turned|was|were)\s+(?:really\s+|so\s+|very\s+|totally\s+|a bit\s+|kind of\s+|kinda\s+)?(?:sideways|badly|south|pear[- ]shaped|off the rails|sour|ugly|terribly|horribly|awfully|a disaster|a mess|a car ?crash|a trainwreck|a train wreck|nuclear)\b|\b(?:happ\w+|did (?:it|that)|doing (?:it|that)|same thing|at it)\s+again\b|\bout of ideas\b|\bat (?:my|the) wits'? end\b|\b(?:that|it|this)\s+(?:went|blew up|backfired|landed|got out of hand)\b|\b(?:walk|take|fix|undo|repair|smooth over|patch up|recover from)\s+(?:it|that|this)(?:\s+back)?\b"
                               r"|\b(?:handled|dealt with|botched|fumbled|messed up|screwed up|blew)\s+(?:it|that|this)\b|\bbring (?:it|that|this) up again\b"
                               r"|\b(?:say|tell|raise|mention|send) (?:it|this|that|them|him|her)\b[^.?!]{0,12}\b(?:now|today)\b[^.?!]{0,15}\bor (?:wait|hold)\b"  # 'better to say it now or wait till the numbers are in?': say what?  # 'i handled that badly ... bring it up again or let it go?'"
                               r"|" + PRONOUN_LED + r"(?:said|says|refused|declined|pushed|won'?t|wont|didn'?t|did|is|was|has|had|keeps?)\b", re.I)  # 'She said no. escalate or drop it?': who, and no to what?


DECISION_FACTS = ("request_title", "request_kind", "urgency", "audience", "requester")


def _ask_when_vague(s: Situation, sig: Signals) -> None:
    """A question that names no one and nothing gets one question back, not a guess (unless it is a crisis)."""
    unexplained = _names_nothing(sig) and UNEXPLAINED_EVENT.search(sig.text.normal) is not None  # 'that went badly, how do i walk it back??'
    if not (too_vague(sig.text.original) or unexplained) or crisis_in(sig.text.normal) or PEOPLE_SENSITIVE.search(sig.text.normal) or s.intent in ("help", "out_of_scope"):
        return
    # a work name read from 'dont want a repeat' is no fact of a vague question; nor, when only a call is asked for
    # ('they need my decision by tomorrow, what would you pick'), is the call itself, who waits for it or when
    loose = ("new_work", "project", "deadline") + (DECISION_FACTS if DECISION_ONLY.search(sig.text.normal) else ()) + (("decision",) if unexplained else ())
    if any(f.source == "question" and f.name not in loose for f in s.facts):
        return
    for name in ("new_work", "project") + (DECISION_FACTS if DECISION_ONLY.search(sig.text.normal) else ()) + (("decision",) if unexplained else ()):
        s.drop(name)  # 'say it now or wait': no decision of anyone's to share
    for fact in s.assumed():
        s.drop(fact.name)  # guesses made for an answer not given ('Message for: exec (assumed)'): the question is asked instead
    s.intents = ["guidance"]  # a date alone ('they need my decision by tomorrow') says when, not what
    s.missing = ["question_asked"]
    s.clarifying_question = vague_question(sig.text.original)


def _without_pasted_facts(s: Situation, instruction: str) -> None:
    """A message to rework is someone's text, not the manager's situation: facts read from inside it go (a person
    only when the manager's own words around the paste do not name them too)."""
    pasted = s.get("draft_text")
    if not isinstance(pasted, str):
        return
    keep = {"purpose", "draft_text", "recipient", "audience", "person_in_team"}
    own_words = instruction.casefold().replace(pasted.casefold(), " ")
    for fact in list(s.facts):
        inside = fact.source == "question" and bool(fact.text) and fact.text.casefold() in pasted.casefold()
        if fact.name == "person" and inside and not re.search(rf"(?<![\w-]){re.escape(fact.text.casefold())}(?![\w-])", own_words):
            s.drop("person")
            s.drop("person_in_team")  # 'rewrite this for our CFO: "Inference costs are up ..."': nobody in it is the subject
        elif fact.name not in keep | {"person"} and inside:
            s.drop(fact.name)


# A date that is a decision on the evidence so far, not the work finishing ('a go/no-go by end of feb').
CHECKPOINT = re.compile(r"\bgo[/ -]?(?:or[ -])?no[- ]?go\b|\bcheckpoint\b|\bdecision (?:point|gate)\b|\bstage[- ]gate\b|"
                        r"\b(?:decide|call on|call it on) whether (?:to )?(?:continue|keep going|kill|stop)\b", re.I)
CHECKPOINT_BEFORE = 60  # characters before the date's words where the checkpoint's own words are
CHECKPOINT_AFTER = 25  # ... or right after them ('end of jan is the go/no-go')
PROMISED = re.compile(r"\b(?:told|promised|owe|committed to)\s+(?P<who>[A-Za-z]+)\b", re.I)


def _share_is_no_chance(s: Situation) -> None:
    """'wants priya at 60% for six weeks': the percentage is a share of her time, not the chance the work succeeds."""
    share, chance = s.fact("time_share"), s.fact("success_probability")
    if share is None or chance is None or chance.source != "question" or not chance.text:
        return
    if chance.text.casefold() in share.text.casefold() or share.text.casefold() in chance.text.casefold():
        s.drop("success_probability")


def _checkpoint(s: Situation, sig: Signals) -> None:
    """Whether the date that matters is a decision checkpoint, and who was promised it."""
    fact = s.fact("current_deadline") or s.fact("deadline")
    if fact is None or fact.source != "question" or not fact.text:
        return
    text = sig.text.original
    at = text.casefold().find(fact.text.casefold())
    if at < 0:
        return
    before, after = text[max(0, at - CHECKPOINT_BEFORE) : at], text[at + len(fact.text) : at + len(fact.text) + CHECKPOINT_AFTER]
    said = CHECKPOINT.search(before) or CHECKPOINT.search(re.split(r"[.;!?]", after)[0])
    if said is None:
        return
    s.put("checkpoint", True, "question", said.group(0))
    sentence = re.split(r"[.;!?]\s", text[:at])[-1] + re.split(r"[.;!?](?:\s|$)", text[at:])[0]
    told = PROMISED.search(sentence)
    if told is None or not name_like(told.group("who")):
        return
    who = told.group("who").capitalize()
    s.put("promised_to", who, "question", told.group(0))
    if str(s.get("person", "")).casefold() == who.casefold() and s.stated("person"):  # 'i told marta': she is told, not the subject
        s.drop("person")
        s.drop("person_in_team")


def _nothing(*_args: Any) -> None:
    return None


def _common_facts(s: Situation, sig: Signals, team: Any, today: date) -> None:
    if s.intent in ("help", "out_of_scope"):
        return
    subject = _subject(sig, s.intent)
    if subject is not None:
        s.put("person", subject.name, "question", sig.words(subject.start, subject.end))
        s.put("person_in_team", subject.in_team, "team_file" if subject.in_team else "question",
              "in your team file" if subject.in_team else "not in your team file")  # fmt: skip
    if s.intent == "sensitive":
        _sensitive_work(s, sig, today)  # 'she owns the ranking retrain due mid feb': cover and handover need them
        return
    asks_for_work = s.intent in ("reprioritization", "triage")  # elsewhere the asker is the audience, not a requester
    asker = subject is not None and sig.requester is not None and sig.requester[0].casefold() == subject.name.casefold()
    if asks_for_work and sig.requester and (not asker or s.intent == "triage"):
        who, a, b = sig.requester
        s.put("requester", _role_word(who), "question", sig.words(a, b))
        if asker:  # 'valeska (head of collections) now wants a list ...': in a triage the one asking is the requester
            s.drop("person")
            s.drop("person_in_team")
    stuck = (cue_mod.stuck_on(sig.text.normal) or cue_mod.slow_on(sig.text.normal)) if s.intent == "planning" and subject is not None else None
    if stuck:  # "marco's been stuck 3 days on the snapshot job", "tom's slow on the rubric": the forecast says what it assumes of it
        s.put("blocker", stuck, "question", stuck)
    slip = _slip(sig)
    deadline = (slip[0], slip[2]) if slip else _deadline(sig, today, s.intent)
    if deadline is not None:
        s.put("deadline", deadline[0].isoformat(), "question", deadline[1])
    if slip is not None:
        s.put("new_date", slip[1].isoformat(), "question", slip[2])
    answer_by = next((d for d in sig.dates if d.role == "answer_by" and d.value >= today), None)
    if answer_by is not None:
        s.put("answer_by", answer_by.value.isoformat(), "question", sig.words(answer_by.start, answer_by.end))
    away = _time_away(sig)
    _put_days_off(s, sig, today, away)
    slipped = slip[0] if slip else None
    away_start = away[2] if away else None
    start = next((d for d in sig.dates if d.role == "start" and d.value != slipped and d.value != away_start), None)  # 'slip from the 15th': the old date, not a start
    if start is not None:
        s.put("start_date", start.value.isoformat(), "question", sig.words(start.start, start.end))
    success = _chance_of_deadline(sig, deadline[0] if deadline else None) or sig.percents.get("success")
    if success is not None:
        s.put("success_probability", round(success.value, 3), "question", sig.words(success.start, success.end))
    confidence = sig.percents.get("confidence")
    if confidence is not None:
        s.put("confidence_level", confidence.value, "question", sig.words(confidence.start, confidence.end))


def _due_item(s: Situation, sig: Signals) -> None:
    """What the date that matters (as finally read) is due for, when its own clause names it ('grace's lineage doc (due the
    15th)') and it is not the work the question is already about."""
    from agent.understanding.dates import due_item

    if not s.stated("deadline") or s.intent not in ("one_on_one", "sensitive", "guidance"):
        return
    deadline = date.fromisoformat(s.get("deadline"))
    for d in sig.dates:
        found = due_item(sig.text.normal, d) if d.value == deadline else None
        if found is not None and sig.words(found[1], found[2]).casefold() != str(s.get("project") or "").casefold():
            s.put("due_item", sig.words(found[1], found[2]), "question", sig.words(found[1], found[2]))
            return


def _chance_of_deadline(sig: Signals, deadline: date | None) -> Quantity | None:
    """The chance said of the date that matters when several are said of several dates ('1 in 3 for feb 1, 75% by
    feb 22' with feb 1 asked about): that one, not the first percentage."""
    if deadline is None:
        return None
    for chance in chances_by_date(sig.text.normal):
        said_of = next((d for d in sig.dates if abs(d.start - chance.end) <= 4), None)
        if said_of is not None and said_of.value == deadline:
            return chance
    return None


LAST_WEEKS_OFF = re.compile(r"\b(?:off|out|closed|away|shut)\b[^.;?!]{0,15}?\b(?:the )?(?:last|final) (?P<n>\d) weeks? of (?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)


def _time_away(sig: Signals) -> tuple[list[str], str, date] | None:
    """'ana has jury duty for two weeks starting jan 11': the weekdays away from the work, with the words and its start."""
    for d in sig.by_role("leave"):
        start = next((x for x in sig.dates if 0 <= x.start - d.end <= 30 and re.match(r"\s*,?\s*(?:starting|from|beginning)\b", sig.text.normal[d.end : x.start], re.I)), None)
        if start is None:
            continue
        days, day = [], start.value
        while len(days) < round(d.likely * 5):
            if day.weekday() < 5:
                days.append(day.isoformat())
            day += timedelta(days=1)
        return days, sig.words(d.start, start.end), start.value
    return None


def _last_weeks_off(sig: Signals, today: date) -> tuple[list[str], str] | None:
    """'we're all off the last two weeks of dec': the weekdays of those weeks (Monday to Friday, to the month's last week)."""
    from agent.understanding.dates import MONTHS, _last_day_of

    m = LAST_WEEKS_OFF.search(sig.text.normal)
    if m is None:
        return None
    end = _last_day_of(MONTHS[m.group("m").lower()[:3]], today)
    monday = end - timedelta(days=end.weekday()) - timedelta(weeks=int(m.group("n")) - 1)
    friday = end + timedelta(days=max(0, 4 - end.weekday()))
    days = [monday + timedelta(days=i) for i in range((friday - monday).days + 1)]
    return [d.isoformat() for d in days if d.weekday() < 5], sig.words(m.start(), m.end())


def _named_break(sig: Signals, today: date) -> tuple[list[str], str] | None:
    """'the usual xmas shutdown' with no dates: the weekdays from 24 December to 1 January, an assumption to say."""
    from tools.simulate import year_end_break  # numpy: loaded only when a break is named

    m = HOLIDAY_BREAK.search(sig.text.normal)
    if m is None:
        return None
    days = year_end_break(today, date(today.year + 1, 1, 1))  # the next break, the one the simulation would assume
    return [d.isoformat() for d in days], sig.words(m.start(), m.end())


# The team works through the year end: no break is assumed ('we work through christmas', 'no xmas shutdown this year').
NO_YEAR_END_BREAK = re.compile(
    r"\b(?:we(?:'re| are)?|the team(?:'s| is)?|everyone(?:'s| is)?)\s+(?:\w+\s+)?(?:work(?:ing)?|open|on)\s+(?:right\s+)?(?:through|over)\s+"
    r"(?:the\s+)?(?:christmas|xmas|the holidays|holidays|new year|the festive\w*|year[- ]end)\b"
    r"|\bno\s+(?:christmas|xmas|holiday|year[- ]end|festive)\s+(?:break|shut-?down|closure)\b"
    r"|\bno\s+(?:break|shut-?down|closure)\s+(?:this year|over (?:the )?(?:christmas|xmas|holidays|new year|year[- ]end))\b"
    r"|\b(?:we|the team|the office|the site)\s+(?:don'?t|do not|doesn'?t|does not|won'?t|will not|aren'?t|are not|isn'?t|is not)\s+(?:\w+\s+)?(?:clos\w+|shut\w*|stop\w*|off|tak\w+ (?:a |any )?(?:break|time off))\s+(?:over|for|at)\s+(?:the\s+)?(?:christmas|xmas|holidays|new year|year[- ]end)\b",
    re.I,
)
BACK_ON = re.compile(r"^[\s(,-]*(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+)?(?:we'?re|we are|everyone'?s|they'?re|i'?m)?\s*back\b", re.I)


WEEK_OF_BEFORE = re.compile(r"\b(?:wk|week)\s+of\s+(?:the\s+)?$", re.I)
WEEK_SAID = re.compile(r"(?:the\s+)?(?:week after next|next week|this week)", re.I)  # a stretch of days off said as a whole week


def _put_days_off(s: Situation, sig: Signals, today: date, away: tuple[list[str], str, date] | None) -> None:
    """The days the forecast skips: the team's stated break and each person's own time off ('he's also off the 21st to the
    23rd', 'jury duty for two weeks starting jan 11'), the person's also kept apart (away_days: no team break); with none
    stated, a break named without dates ('the usual xmas shutdown') is assumed."""
    team_off, own = _days_off(sig, today), _days_off(sig, today, "away")
    if own is None and team_off is None and s.intent in ("planning", "reprioritization"):
        own = _away_till_back(sig, today)
    stated = [x for x in (team_off, own, away) if x]
    if stated:
        s.put("days_off", sorted({d for x in stated for d in x[0]}), "question", "; ".join(x[1] for x in stated))
        person = [x for x in (own, away) if x]
        if person:
            s.put("away_days", sorted({d for x in person for d in x[0]}), "question", "; ".join(x[1] for x in person))
            if (whose := _whose_days_away(sig)) is not None:
                s.put("away_person", whose.name, "question", sig.words(whose.start, whose.end))
    if s.intent in ("planning", "reprioritization") and (through := NO_YEAR_END_BREAK.search(sig.text.normal)) is not None:
        s.put("no_year_end_break", True, "question", sig.words(through.start(), through.end()))
    if stated:
        return
    if s.intent in ("planning", "reprioritization") and not s.has("no_year_end_break") and (named := _named_break(sig, today)) is not None:
        s.put("days_off", named[0], "assumed", f"'{named[1]}' read as 24 December to 1 January; tell me your dates if they differ")


def _whose_days_away(sig: Signals) -> "people.Mention | None":
    """The person named last before the first day one person is away, in the same sentence ('sam is off 14-18 dec',
    'priya, who is on leave from the 21st'); None when no name stands there (then it is nobody's in particular)."""
    at = min([d.start for d in sig.dates if d.role in ("away", "back")] + [d.start for d in sig.by_role("leave")], default=None)
    if at is None:
        return None  # 'she's out for two weeks from the 14th': the leave's length stands where its first day would
    sentence_start = max((m.end() for m in re.finditer(r"[.;!?\n]", sig.text.normal[:at])), default=0)
    before = [m for m in sig.mentions if sentence_start <= m.start and m.end <= at]
    return before[-1] if before else None


def _away_till_back(sig: Signals, today: date) -> tuple[list[str], str] | None:
    """'she's back from leave on the 9th' with no day off said before it: away from today to the day before she is back."""
    back = next((d for d in sig.dates if d.role == "back" and d.value > today), None)
    if back is None or not re.search(r"\b(?:she|he|i|[a-z]+)(?:'s|'m| is| am)\s+back\b", sig.text.normal[max(0, back.start - 60) : back.start], re.I):
        return None
    days = [today + timedelta(days=i) for i in range((back.value - today).days)]
    weekdays = [d.isoformat() for d in days if d.weekday() < 5][:60]
    return (weekdays, sig.words(back.start, back.end)) if weekdays else None


def _days_off(sig: Signals, today: date, role: str = "off") -> tuple[list[str], str] | None:
    """The weekdays of a stated break ('off dec 24 through jan 1') or, with role "away", of one person's time off, as ISO
    dates, with the words."""
    off = [d for d in sig.dates if d.role == role]
    if not off:
        return _last_weeks_off(sig, today) if role == "off" else None
    first, last = off[0], off[1] if len(off) > 1 else off[0]
    begin, end = first.value, last.value
    said = sig.text.normal[max(0, first.start - 10) : first.end]
    same_month = re.match(r"\s*(?:to|-|through|thru|until|till)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|days?|weeks?))", sig.text.normal[first.end :])
    if len(off) == 1 and same_month and first.value.day < int(same_month.group(1)) <= 31:
        end = first.value.replace(day=min(int(same_month.group(1)), 28 if first.value.month == 2 else 30 if first.value.month in (4, 6, 9, 11) else 31))
        last = first  # "out on leave jan 4-15": the range ends in the same month
    elif len(off) == 1 and re.search(r"\b(?:till|until)\s+\S", said) and first.value > today:
        begin, end = today, first.value - timedelta(days=1)  # "out sick till wednesday": from today, back on wednesday
    back_on = BACK_ON.search(sig.text.normal[last.end : last.end + 30])
    back_on_another = back_on is not None and any(d.start > last.end and d.value != last.value and re.fullmatch(r"\s*(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:the\s+)?", sig.text.normal[last.end + back_on.end() : d.start], re.I) for d in sig.dates)  # 'through jan 6, back thurs the 7th'
    if last is not first and ((back_on and not back_on_another) or BACK_BETWEEN.fullmatch(sig.text.normal[first.end : last.start])):
        end = last.value - timedelta(days=1)  # "out from the 23rd til jan 4th (4th we're back)"
    extra = off[2:]
    back = next((i for i in range(1, len(off)) if BACK_BETWEEN.fullmatch(sig.text.normal[off[i - 1].end : off[i].start])), None)
    if back is not None and back >= 2:  # 'closed dec 23 - jan 3 (back on the 4th)': the day back is no day off
        end, extra = min(end, off[back].value - timedelta(days=1)), [d for i, d in enumerate(off[2:], 2) if i != back]
    if len(off) == 1 and (WEEK_OF_BEFORE.search(sig.text.normal[max(0, first.start - 15) : first.start]) or WEEK_SAID.fullmatch(sig.text.normal[first.start : first.end])):
        begin = first.value - timedelta(days=first.value.weekday())  # "she's out the week of the 14th", "off next week": that whole week
        begin, end = max(begin, today), begin + timedelta(days=4)  # "off this week": what is left of it
    back_day = next((d for d in sig.dates if d.role == "back" and d.start > first.end and d.value > first.value), None)
    if len(off) == 1 and back_day is not None:
        end, last = back_day.value - timedelta(days=1), back_day  # "shuts from xmas eve and doesn't come back till the 7th": to the 6th
    days = [begin + timedelta(days=i) for i in range((end - begin).days + 1)] + [d.value for d in extra]  # "... plus jan 4"
    weekdays = sorted({d.isoformat() for d in days if d.weekday() < 5})[:60]
    said = "; ".join([sig.words(first.start, last.end)] + [sig.words(d.start, d.end) for d in off[2:]])  # "... and the 8th of january off"
    return (weekdays, said) if weekdays else None


# After "'s", words that make it "is" or "has" ('priya's going to ask about staff', 'marco's been pushing for lead'), not a
# possessive ('ben's demo request'): the person is the sentence's subject, not the owner of someone's request.
IS_OR_HAS = r"(?!(?:going|gonna|been|got|gotten|about|not|also|just|always|never|still|finally|probably|definitely|really|likely|asking|pushing|planning|hoping|expecting|due|bound|set|keen|worried|nervous|angling|gunning|after|on|in|back|off|out|here)\b)"
NOT_SUBJECT_AFTER = re.compile(
    rf"^(?:'s|’s)\s+{IS_OR_HAS}(?:[\w-]+\s+){{0,2}}?(?:manager|boss|team|lead|org|director|vp|group|people|pm|contact|owner|cto|ceo|cfo)\b|^(?:'s|’s)\s+and\b"
    rf"|^(?:'s|’s)\s+{IS_OR_HAS}(?:[\w-]+\s+){{0,2}}?(?:requests?|asks?|incident|demo|doc|deck|analysis|report|question|bug|ticket|push|complaint)\b"
    r"|^\s*\(\s*(?:our|my|the|their)?\s*(?:cto|cfo|ceo|coo|cpo|vp\b[\w ]*|director|head of \w+|pm|product \w+|manager|boss)\s*\)"
    r"|^\s*\(\s*(?:not (?:on|in) (?:my|our|the) team|from (?:the )?\w+|on (?:the )?\w+ team)\b[^)]{0,50}\)",
    re.I,
)
SELF_MOVE = re.compile(r"\b(?:move|moving|switch\w*|transfer\w*)\s+(?:him|her|them)sel(?:f|ves)\b|\basked (?:me )?(?:him|her|them)sel(?:f|ves)\b|\b(?:asked|wants|asking) to (?:move|switch|join|transfer)\b", re.I)


def _subject(sig: Signals, intent: str = "") -> people.Mention | None:
    """The person the question is about: not the requester or the recipient (in a 1-on-1, a sensitive or a
    guidance question the one who asked is the person), not someone named as a stakeholder ("Kofi's
    manager", "Raj (our CTO)", "Kofi from risk ops"), team members first; nobody when the question
    weighs two people against each other ('Aisha or Priya?', 'Aisha and Lena')."""
    about_person = intent in ("one_on_one", "sensitive", "guidance") or SELF_MOVE.search(sig.text.normal) is not None
    asker = None if about_person else (sig.requester or ("", 0, 0))[0]
    told = "" if intent == "sensitive" else sig.recipient or ""  # 'tom messaged me that his mum died ... what do i say to him': he is the person
    skip = {x.casefold() for x in (told, asker or "") if x}
    skip |= {re.sub(r"^(?:mr|mrs|ms|mx|dr|prof|professor|sir|dame|lady|lord|cllr|councillor|herr|frau|mme|madame|monsieur|mlle)\.?\s+", "", x) for x in skip}  # 'Mr Hallworth' asks: Hallworth is no subject
    named_role = people.role_named(sig.text.normal)
    if named_role is not None:
        skip.add(named_role[0].casefold())  # "our CTO Elif", "Kwame (payments ML lead)": a stakeholder
    candidates = [m for m in sig.mentions if m.name.casefold() not in skip and not NOT_SUBJECT_AFTER.search(sig.text.normal[m.end :])]
    with_me = [m for m in candidates if re.match(r"\s+and\s+(?:i|me)\b", sig.text.normal[m.end :], re.I)]  # 'victor and i decided': beside the manager
    if intent == "one_on_one" and with_me and len(candidates) > len(with_me):
        candidates = [m for m in candidates if m not in with_me]
    up = UP_MEETING.search(sig.text.normal)
    named_near = up is not None and any(up.end() <= m.start <= up.end() + 30 for m in sig.mentions)
    bracketed = people.role_named(sig.text.normal[up.end() : up.end() + 40]) if up else None
    if intent == "one_on_one" and up and bracketed is not None and not named_near:
        at = up.end() + sig.text.normal[up.end() :].lower().find(bracketed[0].lower())
        return people.Mention(bracketed[0], False, at, at + len(bracketed[0]))  # 'my own manager (vp rania)'
    if intent == "one_on_one" and up and not named_near and not people.NAME_AFTER_ROLE.match(sig.text.normal[up.end() :]):
        role = re.sub(r"^skip$", "skip-level", up.group("role").lower())
        return people.Mention(f"Your {role}", False, up.start("role"), up.end("role"))  # an unnamed boss or skip-level
    met = ONE_ON_ONE_WITH.search(sig.text.normal) or (SEEING_FIRST.search(sig.text.normal) if intent == "one_on_one" else None)
    if met:
        after = sig.text.normal[met.end() : met.end() + 40]  # "1:1 with marco", "1:1 with my own manager (VP Victor)"
        named = [m for m in sig.mentions if re.search(rf"(?<![\w-]){re.escape(m.name)}(?![\w-])", after, re.I)]
        if named:
            return min(named, key=lambda m: after.lower().find(m.name.lower()))
        before = [m for m in sig.mentions if m.end <= met.start()]
        pronoun = re.match(r"(?:her|him|them)\b", after, re.I)
        if pronoun and before:
            return _antecedent(sig, pronoun.group(0).casefold(), before, met.start())
        boss = list(re.finditer(MY_BOSS, sig.text.normal[: met.start()], re.I))
        if pronoun and boss:  # 'my director keeps committing my team to dates ... 1:1 with her thursday': the boss
            role = re.sub(r"^skip$", "skip-level", boss[-1].group(0).split()[-1].lower())
            return people.Mention(f"Your {role}", False, boss[-1].start(), boss[-1].end())
    if not candidates and sig.recipient and intent == "one_on_one":
        told = next((m for m in sig.mentions if m.name.casefold() == sig.recipient.casefold()), None)
        if told is not None:
            return told  # 'need to tell lena that ... 1:1 thursday': the person told is the one the meeting is with
    if not candidates and sig.recipient:
        # "I have to tell Priya she is moving": the person told is the one the news is about.
        told = next((m for m in sig.mentions if m.name.casefold() == sig.recipient.casefold()), None)
        if told is not None and (
            re.search(rf"\b{re.escape(told.name)}\s+(?:that\s+)?(?:she|he|they)\b", sig.text.normal, re.I) or people.PRONOUN_RECIPIENT.search(sig.text.normal)
        ):
            return told
    names = [re.escape(m.name) for m in candidates]
    either = "|".join(names)
    side_by_side = rf"\b(?:{either})(?:\s*\([^)]{{0,60}}\))?\s*(?:,|and|&|or|vs\.?|versus)\s*(?:\w+\s+)?(?:{either})\b|\b(?:{either})\b[^.?!]{{0,60}}\bor\b[^.?!]{{0,30}}\b(?:{either})\b"
    if len(names) >= 2 and re.search(side_by_side, sig.text.normal, re.I):
        if intent == "one_on_one" and "conflict" in cue_mod.detect_cues(sig.text.normal):
            pair = sorted(candidates, key=lambda m: m.start)[:2]  # 'rahul and mette ... separate 1:1s with each': both
            return people.Mention(f"{pair[0].name} and {pair[1].name}", False, pair[0].start, pair[1].end)
        return None  # "Aisha or Priya?", "both Ravi and Mei": two people weighed, nobody is the subject
    if intent == "one_on_one" and candidates:
        return min(candidates, key=lambda m: m.start)  # the person the 1-on-1 is about is named first
    moved = [m for m in candidates if _moved_object(m.name).search(sig.text.normal)]
    pulled = [m for m in candidates if _pulled_object(m.name).search(sig.text.normal)]
    # the one the move is about outranks a team-file name said in passing ('borrow ruxandra (not in the team file yet) ...
    # tom's eval rubric needs those labels'): the file confirms who someone is, it does not pick the subject
    in_team = [m for m in candidates if m.in_team]
    first_in_team = min((m.start for m in in_team), default=len(sig.text.normal))
    moved_first = [m for m in moved if m.start < first_in_team]  # named before anyone in the file ('I could also borrow Ikram' later is an option)
    ranked = pulled + [m for m in moved if m.in_team] + moved_first + in_team + moved + candidates
    return ranked[0] if ranked else None


SHE_WORDS = re.compile(r"\b(?:she|her|hers|she'?s|she'?d|she'?ll)\b", re.I)
HE_WORDS = re.compile(r"\b(?:he|him|his|he'?s|he'?d|he'?ll)\b", re.I)


def _antecedent(sig: Signals, pronoun: str, before: list[people.Mention], upto: int) -> people.Mention:
    """Who '1:1 with her' is with: the last one named, unless they are the manager's boss or a later-named person
    was never spoken of as she/he and an earlier one was ('lena ... she thinks ... victor asked me ... 1:1 with
    her': Lena); '... my new boss is agnieszka. first 1:1 with her': Agnieszka."""
    family = SHE_WORDS if pronoun == "her" else HE_WORDS if pronoun == "him" else None
    last = before[-1]
    if family is None or _is_my_boss(sig.text.normal, last.name):
        return last
    for i in range(len(before) - 1, -1, -1):
        end = before[i + 1].start if i + 1 < len(before) else upto
        if family.search(sig.text.normal[before[i].end : end]):
            return before[i]
    return last


UP_MEETING = re.compile(r"\b(?:1[: -]?on[: -]?1|1:1|1-1|one[- ]on[- ]one|meeting|sync|\d+ ?(?:min(?:ute)?s?|m))\s+with\s+my\s+(?:own\s+)?(?P<role>skip(?:[- ]level)?|boss|manager|director|vp(?: of \w+)?|head of \w+)\b", re.I)
# How to run a meeting already named ('how do i structure it', 'what should i cover'): the agenda is the ask.
RUN_THE_MEETING = re.compile(r"\b(?:structure|run|open|frame|plan|prep(?:are)?) (?:it|this|that|the (?:1:1|1-1|meeting|conversation|chat|call))\b|\bwhat (?:should|do) i (?:cover|ask|bring up)\b", re.I)
# "i'm seeing faisal first on monday ... how do i run the faisal one": the one met first is the attendee.
SEEING_FIRST = re.compile(rf"{people.MET_ON_A_DAY} (?=[a-z]+{people.ON_A_DAY})|\bhow (?:do|should) i (?:run|structure|open|handle|do) the (?=[a-z]+ (?:one|1)\b)|\bprep(?:are)? (?:for )?the (?=[a-z]+ (?:one|1)\b)", re.I)
ONE_ON_ONE_WITH = re.compile(rf"\b(?:1[: -]?on[: -]?1s?|1:1s?|1-1s?|one[- ]on[- ]ones?|skip[- ]level|check-?in|sync|(?:the|a|that) (?:talk|conversation|sit-?down))\s+{people.MEETING_WITH}\s+", re.I)


def _pulled_object(name: str) -> re.Pattern[str]:
    """'pull Chioma off the ASR fine-tune', 'wants Sam to build', 'is asking for priya two days a week for the next
    three weeks to help build': taken off their work, whoever they are."""
    return re.compile(rf"\b(?:pull\w*|yank\w*|mov\w+|reassign\w*|switch\w*|take|taking|releas\w*|free(?: up)?)\s+{re.escape(name)}\s+(?:off|from|onto|to)\b|\b(?:wants?|needs?|asks? for|asking for|asked for)\s+(?:me and\s+)?{re.escape(name)}(?:\s*\([^)]{{0,60}}\))?(?:\s+and\s+(?:me|[a-z]+))?(?:\s+(?:half[- ]time|full[- ]time|part[- ]time|at \d+\s?%|half (?:of )?(?:his|her|their) (?:week|time)|(?:\d+(?:\.\d+)?|one|two|three|four)(?: or \d+)? days? (?:a|1|per|/|each) ?(?:week|wk)))?(?:\s+(?:for|over) the next (?:\w+ )?(?:days?|weeks?|months?|sprints?))?\s+(?:to (?:build|do|lead|own|work on|help|run|take|cover)|on|off|onto|for|doing|running|covering|helping|through|until|till|from|starting)\b"
                      rf"|{_joins(name)}", re.I)


def _joins(name: str) -> str:
    """'asked whether Ragnhild, one of my senior data scientists, can join the plan team': a move asked of someone."""
    return rf"\b(?:whether|if|can|could)\s+{re.escape(name)}\b(?:\s*,[^,.;]{{1,60}},)?\s+(?:can|could|would|will)\s+(?:join|move (?:to|over to|onto)|go (?:to|over to)|be (?:seconded|lent|loaned) to)\b"


def _moved_object(name: str) -> re.Pattern[str]:
    """'pull Marco off', 'wants Tom on', 'borrow Ana': the person a move is about."""
    return re.compile(rf"\b(?:pull\w*|mov\w+|take|taking|borrow\w*|reassign\w*|switch\w*|put\w*|poach\w*|yank\w*|steal\w*|loan\w*|wants?|needs?)\s+{re.escape(name)}\b(?!\s+(?:is|was|has)\b)"
                      rf"|\b{re.escape(name)}\s+(?:be|being|is|was|to be|gets?|got|should be)\s+(?:\w+\s+)?(?:moved|pulled|switched|reassigned|loaned|lent|seconded|borrowed|taken off|released)\b", re.I)  # 'asked that Leofric be moved




def _role_word(who: str) -> str:
    """A role as its audience word ('my VP' -> vp, 'head of product' -> head_of_product); a name stays a
    name ('Grace's' -> Grace) and a department its own word ('sales')."""
    who = re.sub(r"^(?:and|or|but|so)\s+|(?:'s|’s)$", "", who.strip(), flags=re.I)
    if re.match(r"^[A-Z][a-z]+(?:[-'][A-Za-z]+)?$", who) and who.casefold() not in people.NOT_NAMES:
        return who
    if who.casefold() in people.DEPARTMENTS:
        return who.casefold()
    if re.search(r"\b(?:team|group|org|squad|council|committee)$", who, re.I) and len(who.split()) > 1:
        return re.sub(r"^(?:the|our)\s+", "", who, flags=re.I)  # 'the data platform team' is better said as they said it
    if re.match(r"head of ", who, re.I) and not re.match(r"head of (?:product|eng\w*|ml|ai|data|research|finance)\b", who, re.I):
        return who  # 'head of fin crime compliance' is better said as they said it than as 'exec'
    plain = re.sub(r"^(?:the|our|my)\s+", "", who, flags=re.I)
    if QUALIFIED_ROLE.fullmatch(plain) and (" of " in plain or plain.split()[0].casefold() not in NOT_A_QUALIFIER):
        return plain  # 'ops director', 'claims VP', 'payments platform': said as they said it, the kind of reader stays in audience
    audience = people.audience_in(who)
    return audience[0] if audience else who


NOT_A_QUALIFIER = frozenset("vp svp evp senior new other a an their his her your".split())  # 'senior director' is a rank, not a team
QUALIFIED_ROLE = re.compile(r"[a-z][\w&-]*(?:\s+[a-z][\w&-]*)?\s+(?:director|vp|svp|gm|platform|lead|manager)|(?:vps?|directors?) of (?!eng\w*$|product$|data$|ml$|ai$)[a-z][\w-]+(?:\s+[a-z][\w-]+)?", re.I)
PERIOD_WORDS = re.compile(r"^(?:on |by )?(?:this|next) (?:week|month|quarter|year)$|^q[1-4]\b", re.I)
DEADLINE_VERB = re.compile(r"\b(?:by|before|due|deadline|ship\w*|land\w*|deliver\w*|finish\w*|done|ready|launch\w*|releas\w*|hit|make it|out|live|complete\w*|wrap\w*)\b[^.;?!]{0,60}$", re.I)
MEETING_WORDS = re.compile(r"\b(?:1[: -]?on[: -]?1s?|1:1s?|1-1s?|one[- ]on[- ]ones?|skip[- ]levels?|conversation|talk|chat|meeting|sync|check-?in|feedback|next one|back|agendas?)\b[^.;]{0,25}$|^\W*(?:1[: -]?on[: -]?1|1:1|1-1)", re.I)
RECURRING = re.compile(r"\b(?:every|each|other|twice|once|times|x)\s+(?:\w+\s+)?$", re.I)


def _is_deadline_phrase(sig: Signals, start: int, words: str, meeting_first: bool) -> bool:
    """A date or period is a deadline unless it dates a meeting ('1:1 on Monday'), counts past events
    ('five times this quarter'), recurs ('every other Friday') or is a bare period without a deadline verb."""
    before = sig.text.normal[max(0, start - 70) : start]
    if RECURRING.search(before):
        return False
    if PERIOD_WORDS.search(words.strip()) and not DEADLINE_VERB.search(before):
        return False
    if meeting_first and not re.search(r"\b(?:due|deadline|by|before|until)\W+(?:\w+\W+){0,3}$", before, re.I):
        return False
    return True


SLIP_VERB = re.compile(r"\b(?:slip\w*|mov\w+|push\w*(?: back| out)?|delay\w*|shift\w*|go(?:es|ing)? live|land\w*|ship\w*|chang\w+|is now|now)\s+(?:back\s+|out\s+)?from\s*$", re.I)


def _slip(sig: Signals) -> tuple[date, date, str] | None:
    """(old date, new date, words) when the question moves a date: 'slips from dec 18 to feb 5', 'moves from jan 11
    to feb 1'. The old date is the one that mattered (the deadline); the new one is what the message announces."""
    dates = sorted(sig.dates, key=lambda d: d.start)
    for first, second in zip(dates, dates[1:]):
        between = sig.text.normal[first.end : second.start]
        before = sig.text.normal[max(0, first.start - 70) : first.start]
        if re.fullmatch(r"\s*(?:to|->|→|until|till|-)\s*(?:early |mid |late |around |about |roughly |realistically )?(?:the )?(?:(?:wk|week|w/c|week commencing|week starting) (?:of )?)?", between, re.I) and SLIP_VERB.search(before) and second.value > first.value:
            return first.value, second.value, sig.words(first.start, second.end)
        if (WAS_DUE.search(before) and NOW_DATE.fullmatch(between) or MOVED_TO.fullmatch(between)) and second.value > first.value:
            return first.value, second.value, sig.words(first.start, second.end)  # 'was due on the 14th, now it's the wk of jan 18'
        if len(between) <= 80 and NEW_DATE_LABEL.search(between) and second.value > first.value:
            return first.value, second.value, sig.words(first.start, second.end)  # "won't make 15/01 as promised. new date 12/02"
    return _slip_told_apart(sig, dates)


# A promised date said missed, and the realistic one put sentences later: 'we told him it would be with him on the 15th
# of january ..., and it's not going to happen. ... realistically that puts the forecast at the 12th of february'.
SAID_MISSED = re.compile(r"\b(?:(?:it'?s|it is|that'?s|that is)\s+not going to happen|won'?t (?:make it|happen|land)|(?:isn'?t|is not) going to (?:make it|happen|land)|we(?:'ll| will) miss it)\b", re.I)
NEW_DATE_PUT = re.compile(r"\b(?:puts?|put)\s+(?:it|that|us|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:at|to|on|into)\s+(?:the\s+)?$"
                          r"|\b(?:realistically|now)[,\s]+(?:it'?s|it will be|it'?ll be|we'?re looking at|more like)\s+(?:the\s+)?$", re.I)


def _slip_told_apart(sig: Signals, dates: list) -> tuple[date, date, str] | None:
    """(old date, new date, words) when the promised date is said missed and the new one is put later in the text."""
    text = sig.text.normal
    for i, first in enumerate(dates):
        if not WAS_DUE.search(text[max(0, first.start - 120) : first.start]):
            continue
        for second in dates[i + 1 :]:
            missed = SAID_MISSED.search(text, first.end, second.start)
            if missed and second.value > first.value and NEW_DATE_PUT.search(text[max(0, second.start - 60) : second.start]):
                return first.value, second.value, sig.words(second.start, second.end)
    return None


# The later date labelled as the new one in its own words: "won't make 15/01. new date 12/02", "misses the 8th; revised eta: jan 20".
NEW_DATE_LABEL = re.compile(r"\b(?:new|revised|updated|realistic|moved|reset)\s+(?:(?:target|delivery|launch|ship|go-?live|due)\s+)?(?:date|eta|target|deadline|landing date)\s*(?:is\s+|=\s*|:\s*|will be\s+|now\s+|would be\s+)?(?:now\s+)?(?:the\s+)?$", re.I)


# The old date's own clause says it moved: 'the pickup window we promised for dec 15 is now going to be jan 19', 'the
# review on the 9th has moved to the 16th', 'dec 15, now pushed to jan 8'. The later date is the new one, never unused.
MOVED_TO = re.compile(r"\s*[,;]?\s*(?:(?:is|are|has|have|had|'s|was|were|got|been|will|'ll|be)\s+){0,3}(?:now\s+|realistically\s+|probably\s+|actually\s+){0,2}"
                      r"(?:going to (?:be|land|ship|move to|slip to)|gonna be|moved (?:out |back )?to|moving (?:out |back )?to|pushed (?:out |back )?to|slipped to|slipping to|shifted to|changed to|rescheduled (?:for|to)|postponed (?:to|until|till)|delayed (?:to|until|till)|now)\s+"
                      r"(?:(?:early|mid|late|around|about|roughly|realistically)\s+)?(?:the\s+)?(?:(?:wk|week|w/c) (?:of\s+)?)?", re.I)
WAS_DUE = re.compile(r"\b(?:was|were|is|are)\s+(?:due|supposed to|planned|meant|promised|scheduled|set)\b[^.;]{0,60}$|\bwe\s+(?:promised|committed to|told (?:them|her|him|[a-z]+))\b[^.;]{0,80}$", re.I)
NOW_DATE = re.compile(r"\s*(?:,|;|-|–|—|but|and)?\s*(?:but\s+)?now\s+(?:it'?s\s+|its\s+|it is\s+|looking like\s+|more like\s+)?(?:early |mid |late |around |about |roughly |realistically )?(?:the\s+)?(?:(?:wk|week|w/c) (?:of\s+)?)?"
                      r"|\s*[.;,]?\s*(?:(?:realistically|honestly|actually),?\s+)?(?:it'?s|its|it is|we'?re|it'?ll|it will)\s+(?:now\s+)?(?:realistically\s+|honestly\s+|probably\s+)?(?:looking (?:like|at)\s+|more like\s+|going to (?:be|land|ship|slip to|move to)\s+|gonna be\s+|(?:be |land |ship )?(?:landing|slipping to|moving to)\s+)?(?:early |mid |late |around |about )?(?:the\s+)?"  # '... by the 18th. realistically it's now the 29th'
                      r"|\s*[,;.]?\s*(?:and |but |so )?(?:the\s+|our\s+)?(?:realistic|new|revised|updated|likely|real|honest)(?:\s+new)?\s+(?:date|eta|target|landing date)\s*(?:is|=|:|now|would be|will be)\s*(?:now\s+)?(?:more like\s+|about\s+|around\s+|roughly\s+)?(?:the\s+)?"  # '..., realistic new date is jan 25'
                      r"|\s*[,;.]?\s*(?:and |but )?(?:they|it|this|that|these)\s+(?:will|'ll|would)\s+now\s+(?:come|be|land|move|go|arrive|ship)\s+(?:to|in|on|at|by|for)\s+(?:the\s+)?", re.I)  # '...; they will now come to the 28 January meeting'


def _deadline(sig: Signals, today: date, intent: str = "") -> tuple[date, str] | None:
    """The date that matters: a stated date or 'in N weeks'; numbers beat period words ('this quarter').
    In a 1-on-1 or a guidance question a date is the meeting's unless a deadline word comes with it."""
    meeting_first = intent in ("one_on_one", "guidance")
    candidates: list[tuple[int, int, date, str]] = []
    for d in sig.dates:
        if d.role != "deadline" or d.value < today:
            continue
        words = sig.words(d.start, d.end)
        if NOW_WORDS.fullmatch(words.strip()):
            continue  # 'by tomorrow', "in todays review": no date the work must meet
        if not _is_deadline_phrase(sig, d.start, sig.text.normal[d.start : d.end], meeting_first):
            continue
        answer_by = re.search(r"\b(?:know|hear|answer|decide|decision|reply|respond|confirm|tell (?:him|her|them))\s+$", sig.text.normal[max(0, d.start - 20) : d.start], re.I)
        explicit = EXPLICIT_DEADLINE.search(words) or (re.match(r"(?:by|before)\s+(?:this\s+|next\s+)?(?:mon|tue|wed|thu|fri)", words, re.I) and not answer_by)  # 'by friday', not 'need to know by wednesday'
        rank = 0 if explicit and not re.match(r"(?:in |by )?q[1-4]\b", words, re.I) else 1
        candidates.append((_weight_of_date(sig, d), rank, d.start, d.value, words))
    for d in sig.by_role("deadline"):
        if any(x.start <= d.start < x.end for x in sig.dates):
            continue
        if RECURRING.search(sig.text.normal[max(0, d.start - 20) : d.start]) or meeting_first:
            continue
        value = today + timedelta(days=round(d.likely * 7))
        candidates.append((_weight_of_date(sig, d), 0, d.start, value, sig.words(d.start, d.end)))
    if not candidates and meeting_first:
        return None  # 'oren (covering her, here till march)': a period in a 1-on-1 story is not a deadline
    if not candidates and intent == "reprioritization":
        return None  # 'wants aisha 2 days a week till end of jan': the loan's end, not a date the work must meet
    if not candidates:
        until = next((d for d in sig.dates if d.role == "until" and d.value >= today), None)  # 'through january': the period's end
        return (until.value, sig.words(until.start, until.end)) if until else None
    _, _, _, value, words = min(candidates)
    return value, words


# What a date's own clause makes of it, for choosing the date that matters among several: the date the question asks
# about ('can we hit the 29th?'), then a date the clause says is due ('finance wants it before the sign-off on feb 3',
# 'the chain decides on march 15'), then any other, and last a date that only places a meeting ('our all-hands is jan 12').
ASKING = re.compile(r"\b(?:can|could|will|would|do|does|is|are|odds|chances?|likely|realistic|make it|hit|what|when)\b", re.I)
DUE_CUE = re.compile(r"\b(?:due|deadline|by|before|no later than|in time for|ready (?:for|by)|live (?:by|for|before|on)|go-?live|launch(?:es|ing)?|submission|submit\w*|sign-?off|signs? off|decides?|decision|board|committee|panel|regulator\w*|audit|inspection|contract|promised|committed|needs? (?:it|this|them)|wants? (?:it|this|them)|has to|have to|must|for (?:the|our|their|his|her|a|an) (?:[\w'-]+ ){1,4}(?:on|in))\b", re.I)  # 'a classifier for the ombudsman visit on feb 2'
MEETING_ONLY = re.compile(r"\b(?:all-?hands|retro|standup|stand-up|sync|1:1|one-on-one|offsite|off-site|town ?hall|vendor demo|kick-?off|lunch|party|drinks)\b", re.I)


def _weight_of_date(sig: Signals, d: Any) -> int:
    """0 for the date the asking sentence names, 1 for a date its clause says is due, 3 for a meeting's, else 2."""
    normal = sig.text.normal
    begin = max(normal.rfind(c, 0, d.start) for c in ".?!;\n") + 1
    end = min([i for i in (normal.find(c, d.end) for c in ".?!;\n") if i >= 0] or [len(normal)])
    if normal[end : end + 1] == "?" and ASKING.search(normal[begin:end]):
        return 0
    before = normal[max([begin] + [x.end for x in sig.dates if x.end <= d.start]) : d.start]
    after = re.split(r",|\b(?:and|but|while|whereas)\b", normal[d.end : min([end] + [x.start for x in sig.dates if x.start >= d.end])])[0]
    if DUE_CUE.search(before) or DUE_CUE.search(after[:60]):
        return 1
    if re.match(r"\s*(?:by|before)\b", normal[d.start : d.end], re.I) and re.search(r"\b(?:i|we|they|he|she)\s+(?:really\s+)?(?:need|needs|want|wants)\b", before, re.I):
        return 1  # 'i need the missing data and a fix by wednesday the 9th': the date the ask is due
    return 3 if MEETING_ONLY.search(before) else 2


# Asked what to offer when the answer is no: 'what do i offer dagfinn if it's a no', 'if we say no, what can i give
# her instead', 'what's the consolation prize if i decline', 'and a plan b for him if not'.
IF_NO = r"if (?:it'?s|the answer(?:'s| is)|i(?:'m| am)? (?:say(?:ing)?|go(?:ing)? with)|we (?:say|go with)|that'?s) (?:a |an? )?(?:no|not|nope)\b|if (?:i|we) (?:decline|refuse|can'?t|won'?t|turn (?:it|him|her|them) down|say no)\b|if not\b"
FALLBACK_ASKED = re.compile(
    rf"\b(?:what|which|how)\b[^.?!]{{0,40}}?\b(?:offer|give|propose|counter|suggest|put on the table)\b[^.?!]{{0,40}}?\b(?:{IF_NO})"
    rf"|\b(?:{IF_NO})[^.?!]{{0,40}}?\b(?:what|which)\b[^.?!]{{0,30}}?\b(?:offer|give|propose|counter|suggest)\b"
    r"|\b(?:consolation (?:prize|offer)|counter-?offer|plan b|fallback offer)\b[^.?!]{0,30}\b(?:for|to)\s+(?:him|her|them|[a-z]+)\b",
    re.I,
)


def _reprioritization(s: Situation, sig: Signals, team: Any, today: date) -> None:
    asked_no = FALLBACK_ASKED.search(sig.text.normal)
    if asked_no:
        s.put("fallback_asked", True, "question", sig.words(asked_no.start(), asked_no.end()))
    person = s.get("person")
    names = [person] if person else []
    remaining = sig.by_role("remaining")
    done = sig.by_role("done")
    efforts = [d for d in sig.by_role("effort") if not _alternative(sig.text.normal, d)]
    after_done = [d for d in efforts if done and 0 <= d.start - done[0].end <= 45 and not re.search(r"[.;?!]", sig.text.normal[done[0].end : d.start])]
    if not remaining and after_done:  # "ianto's 6 wks into the grading model, 2 wks best case, 3 prob": what is left of that work
        remaining, efforts = [after_done[0]], [d for d in efforts if d is not after_done[0]]
    if not remaining:
        near = [d for d in efforts if _near_person(sig, d, names)]
        if near and (len(efforts) > 1 or not _mentions_new_work_before(sig, near[0])):
            remaining = [near[0]]
            efforts = [d for d in efforts if d is not near[0]]
    if remaining:
        d = remaining[0]
        s.put("remaining_weeks", _spread(d, _team_spread(s, team)), "question", sig.words(d.start, d.end))
    if done:
        d = done[0]
        s.put("done_weeks", round(d.likely, 2), "question", sig.words(d.start, d.end))
        total = sig.by_role("total")
        if total and not remaining and total[0].likely > d.likely:  # "2 weeks into a 6 week rebuild": 4 left
            left = total[0].likely - d.likely
            s.put("remaining_weeks", [round(left * 0.875, 2), round(left, 2), round(left * 1.25, 2)], "question", sig.words(total[0].start, total[0].end))
    elif sig.by_role("total"):
        total = sig.by_role("total")[0]
        share = _share_done(sig.text.normal, total)
        if remaining:
            s.put("done_weeks", round(max(total.likely - remaining[0].likely, 0), 2), "question", sig.words(total.start, total.end))
        elif share is not None:
            s.put("done_weeks", round(total.likely * share, 2), "question", sig.words(total.start, total.end))
            left = total.likely * (1 - share)
            s.put("remaining_weeks", [round(left * 0.875, 2), round(left, 2), round(left * 1.25, 2)], "question", sig.words(total.start, total.end))
    if efforts:
        d = efforts[0]
        exact = (EXACT_BEFORE.search(sig.text.normal[max(0, d.start - 25) : d.start]) or EXACT_AFTER.match(sig.text.normal[d.end :])) and d.low == d.high
        s.put("new_work_weeks", [d.weeks[1]] * 3 if exact else _spread(d, None), "question", sig.words(d.start, d.end))
    _time_share(s, sig, today)
    _whole_period(s, sig, today)
    new_work, current = _work_names(sig, s)
    if new_work:
        s.put("new_work", *_before_a_name(sig, new_work))
    if current:
        s.put("project", *_in_full(sig, current))
    _deadline_of_current_work(s, sig)
    loan = next((m for m in FIXED_LOAN.finditer(sig.text.normal) if not ALREADY_ON.search(sig.text.normal[: m.start()]) and not RECURRING_SHARE.match(sig.text.normal[m.end() :])), None)
    if loan and not s.has("time_share"):
        s.put("new_work_shape", "fixed_loan", "question", sig.words(loan.start(), loan.end()))
    urgent = requests.urgency(sig.text.normal)
    names = " ".join(str(s.get(n) or "") for n in ("new_work", "project")).casefold()
    if urgent and urgent[0] in ("high", "critical") and not re.fullmatch(r"today|tomorrow", urgent[1], re.I) and urgent[1].casefold() not in names:
        # 'an urgent data pull for the ceo's office'; not a word of a work's name ('the storm outage prediction thing')
        s.put("urgency", urgent[0], "question", urgent[1])
    if isinstance(s.get("new_work"), str):
        s.put("new_work", re.sub(r"\s+(?:all|full(?:[- ]time)?|part(?:[- ]time)?|half(?:[- ]time)?|asap|now|too|instead|themselves|himself|herself|ourselves)$", "", s.get("new_work"), flags=re.I), "question", s.fact("new_work").text)
    if person:
        _person_role(s, sig)


def _before_a_name(sig: Signals, work: tuple[str, str]) -> tuple[str, str, str]:
    """A work's name ends where a person is named ('fix his rota spreadsheet thorfinn's three weeks into ...': the rota
    spreadsheet), as (value, source, words) for `Situation.put`."""
    names = {m.name.casefold() for m in sig.mentions}
    words = work[0].split()
    cut = next((i for i, w in enumerate(words) if i and re.sub(r"['’]s$", "", w).casefold() in names), len(words))
    return " ".join(words[:cut]), "question", " ".join(work[1].split()[:cut]) if cut < len(words) else work[1]


def _in_full(sig: Signals, work: tuple[str, str]) -> tuple[str, str, str]:
    """The current work by the full name said earlier when it is later called by its head ('off the salt usage forecast
    ... three weeks into the forecast': the salt usage forecast)."""
    if len(work[0].split()) == 1:
        fuller = next((p for p in sig.projects if len(p.name.split()) > 1 and p.name.split()[-1].casefold() == work[0].casefold()), None)
        if fuller is not None:
            return fuller.name, "question", sig.words(fuller.start, fuller.end)
    return work[0], "question", work[1]


RECURRING_SHARE = re.compile(r"^[^.?!]{0,25}?\b(?:every|per|each|a|1)\s+(?:week|sprint|month)\b", re.I)  # after a loan, 'a day or two every week' is a share
ALREADY_ON = re.compile(r"\b(?:been|has been|have been|was|spent|into|is|'s)\b[^.?!,]{0,60}$", re.I)  # 'has been on the POC for six weeks'
# The new work is a fixed stretch of someone's time: 'borrow tom ... two weeks starting the 14th', 'for a couple sprints',
# 'full time until the meeting on the 17th'.
FIXED_LOAN = re.compile(
    r"\b(?:borrow\w*|loan\w*|lend\w*)\b[^.?!]{0,80}?\b\d+(?:\.\d+)?\s+(?:working\s+|business\s+)?(?:days?|weeks?|sprints?|months?)\b"
    r"|\bfor\s+(?:the\s+next\s+|a\s+|about\s+|another\s+)?\d+(?:\.\d+)?\s+(?:working\s+|business\s+)?(?:days?|weeks?|sprints?|months?)\b(?!\s+(?:of work|of effort|left|to go|more))"
    r"|\bfixed\s+(?:\d+(?:\.\d+)?[\s-]+(?:days?|weeks?|sprints?|months?)\s+)?(?:loan|stint|term)\b|\bcomes? back (?:after|when it'?s done)\b"
    r"|\bthen (?:he|she|they|it)(?:'ll| will)? (?:comes?|goes|go) back (?:to (?:me|us|my team|the team)|after)\b"
    r"|\b\d+(?:\.\d+)?\s+(?:working\s+|business\s+)?(?:days?|weeks?|sprints?)\s*,?\s+(?:starting|from)\s+(?:the\s+)?(?:\d|next|this|mon|tue|wed|thu|fri|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tomorrow|today)"
    r"|\b(?:full[- ]time\s+)?(?:until|till|through)\s+(?:the\s+)?(?:meeting|demo|offsite|launch|event|review|board|conference|deadline)\b",
    re.I,
)


def _name_words(text: Any) -> set[str]:
    """The telling words of a name or sentence (4+ letters, not 'model' or 'project')."""
    return {w for w in re.findall(r"[a-z0-9]{4,}", str(text or "").casefold()) if w not in ("model", "models", "project", "work", "team")}


HEAD_NOUNS = ("model", "pipeline", "forecast", "forecaster", "classifier", "dashboard", "migration", "service", "system", "ranker", "detector")


def _head_noun_in(name: Any, other: Any, sentence: str) -> bool:
    """The sentence calls the work by its kind ('crack detection model' ... 'the model HAS to be on it'), which the
    other work's name does not share."""
    head = (str(name or "").casefold().split() or [""])[-1]
    return head in HEAD_NOUNS and not str(other or "").casefold().endswith(head) and re.search(rf"\b(?:the|our|that) {head}\b", sentence.casefold()) is not None


# A date already promised to someone ('we told marketing the live wait times go in for the feb 12 reopening'): the new work
# was only just asked for, so a promise made earlier is the current work's.
ALREADY_PROMISED = re.compile(r"\b(?:we(?:'ve| have)?|i(?:'ve| have)?)\s+(?:already\s+)?(?:told|promised|committed|announced|signed|guaranteed)\b|\b(?:is|was|are|were|been) (?:promised|committed|announced)\b|\balready (?:put|announced|promised|committed|printed)\b", re.I)


def _called_by_its_head(name: Any, other: Any, sentence: str) -> bool:
    """The sentence names the work by its last word with a definite article ('we told the harbour master the predictor is
    live for the jan 11 timetable change'), and not the other work: a shared middle word ('timetable') does not count."""
    def head(text: Any) -> str:
        piece = re.split(r"\s+(?:for|of)\s+", str(text or "").casefold())[0]  # 'ticket labels for the summarizer': labels
        words = [w for w in re.findall(r"[a-z0-9]+", piece) if w not in ("model", "models", "project", "work")]
        return words[-1] if words else ""
    said = lambda word: bool(word) and re.search(rf"\b(?:the|our|that|this|those|these) (?:[\w-]+ )?{re.escape(word)}\b", sentence.casefold()) is not None
    mine, theirs = head(name), head(other)
    return len(mine) >= 4 and mine != theirs and said(mine) and not said(theirs)


def _initials_in(name: Any, sentence: str) -> bool:
    """The name's initials stand for it in the sentence ('demand response model' ... 'DR model has to be live by feb 1')."""
    words = [w for w in re.findall(r"[a-z0-9]+", str(name or "").casefold()) if w not in ("model", "models", "project", "the")]
    initials = "".join(w[0] for w in words)
    return len(initials) >= 2 and re.search(rf"\b{initials}\b", sentence.casefold()) is not None


def _sensitive_work(s: Situation, sig: Signals, today: date) -> None:
    """In a sensitive case only the person's own work and its date are read: what a handover needs."""
    owned = re.search(r"\b(?:owns|leads|runs|is on|is leading|is running|(?:the )?only (?:one|1|person) (?:who (?:knows|understands|can (?:run|fix|maintain|operate))|on))\s+(?:the\s+|our\s+)?"
                      r"(?P<p>[\w/-]+(?:\s+[\w/-]+){0,3}?)\s*(?:due|by|which|that|for|until|and|but|so|,|\.|;|$)", sig.text.normal, re.I)  # 'the only one who knows the downlink scheduler
    if owned is None:
        _dated_commitment(s, sig, today)
        return
    s.put("project", _team_name(sig, owned.group("p")), "question", sig.words(owned.start("p"), owned.end("p")))
    deadline = _deadline(sig, today, s.intent)
    if deadline is not None:
        s.put("deadline", deadline[0].isoformat(), "question", deadline[1])


def _dated_commitment(s: Situation, sig: Signals, today: date) -> None:
    """The day of the one thing the person still wants to do ('still wants to present the rubric draft thursday'), else of
    the event their work is for ('we have a launch window on jan 19'): the date that matters in a bereavement or an
    illness, which the answer is about."""
    said = re.search(DATED_COMMITMENT, sig.text.normal, re.I) or DATED_EVENT.search(sig.text.normal)  # or the event the work is for
    day = next((d for d in sig.dates if said and said.start("d") <= d.start < said.end("d") + 1 and d.value >= today), None)
    if said is not None and day is not None:
        s.put("deadline", day.value.isoformat(), "question", sig.words(said.start("d"), said.end("d")))


def _deadline_of_current_work(s: Situation, sig: Signals) -> None:
    """A stated date said of the current work, not the new ('he's 5 wks into the credit limit model ... limit model has
    to be with model risk by end of jan'), is the current work's deadline; the new work's deadline stays unknown."""
    deadline, project, new_work = s.fact("deadline"), s.get("project"), s.get("new_work")
    if deadline is None or deadline.source != "question" or not isinstance(project, str) or not deadline.text:
        return
    if _said_of_current_work(sig, deadline.text, project, new_work):
        s.drop("deadline")
        s.put("current_deadline", deadline.value, "question", deadline.text)
        for other in (d for d in sig.dates if d.role == "deadline" and d.value.isoformat() != deadline.value):
            said = sig.words(other.start, other.end)
            if not _said_of_current_work(sig, said, project, new_work):
                s.put("deadline", other.value.isoformat(), "question", said)  # '... for the holiday peak. peak starts 19 dec': the new work's
                break
        return
    for other in (d for d in sig.dates if d.role == "deadline"):  # 'the review on jan 21 ... ops need the refreshed forecast by jan 22': the second
        said = sig.words(other.start, other.end)
        if re.match(r"(?:in\s+|within\s+)?\d+(?:\.\d+)?\s+(?:working\s+|business\s+|calendar\s+)?(?:days?|weeks?|months?|sprints?)\b", sig.text.normal[other.start : other.end].strip(), re.I):
            continue  # 'ten working days out on fraud v3': how long is left, not a date anyone promised
        if other.value.isoformat() != deadline.value and _said_of_current_work(sig, said, project, new_work):
            s.put("current_deadline", other.value.isoformat(), "question", said)
            return


def _last_said(words: set[str], text: str) -> int:
    """Where the last of these words ends in the text (-1 when none is said): 'the damage model' names 'damage detection model'."""
    return max((m.end() for w in words for m in re.finditer(rf"\b{re.escape(w)}", text)), default=-1)


PROGRESS_SAID = re.compile(r"\b(?:weeks?|wks?|days?|months?|sprints?) (?:into|in on)\b|\b(?:left|to go|remaining|more to do)\b", re.I)


def _said_of_current_work(sig: Signals, date_words: str, project: str, new_work: Any) -> bool:
    """The sentence that states a date is about the current work: it names that work (by its words, initials or last
    word) and not the new work, or it is a promise already made."""
    sentence = _sentence_of(sig.text.original, date_words)
    at = sentence.casefold().find(date_words.casefold())
    before = sentence.casefold()[: max(at, 0)]
    if at > 0 and isinstance(new_work, str) and new_work and project.casefold() in before and new_work.casefold() in before:
        mine, theirs = _last_said(_name_words(project) - _name_words(new_work), before), _last_said(_name_words(new_work) - _name_words(project), before)
        progress = max((m.end() for m in PROGRESS_SAID.finditer(before)), default=-1)  # "... four weeks into the model one left it's due": the work in progress
        return max(mine, progress) > theirs  # both named: the one nearest the date owns it, by any word of its own ('... the damage model has to be live by jan 22')
    said = _name_words(sentence)
    clause = next((c for c in sentence.split(";") if date_words.casefold() in c.casefold()), sentence)
    promised = ALREADY_PROMISED.search(clause) is not None and not _name_words(new_work) & _name_words(clause)
    named = (_name_words(project) & said or _initials_in(project, sentence) or _head_noun_in(project, new_work, sentence)) and not _name_words(new_work) & said
    return bool(promised or _called_by_its_head(project, new_work, clause) or named)
        # 'interview loops all of january, 2 days a week ... dedup is promised for feb 15': the period's end sizes the share
        # (see _time_share) but is no deadline of its own; the question is whether the current work's date survives.


def _period_weeks(sig: Signals, today: date) -> tuple[float, Any] | None:
    """Working weeks of a stated period ('for the whole of january': that month; 'through january': from now), with it."""
    period = next((d for d in sig.dates if d.role == "until"), None)
    if period is None:
        return None
    weeks = weeks_until(today, period.value.isoformat())
    whole_month = re.search(r"\b(?:all|the whole|the rest) of\s+$", sig.text.normal[max(0, period.start - 16) : period.start], re.I)
    if weeks and whole_month and period.value.replace(day=1) > today:
        weeks -= weeks_until(today, (period.value.replace(day=1) - timedelta(days=1)).isoformat()) or 0
    return (weeks, period) if weeks else None


# 'would it be better if i just gave her one full week in january instead': an option to weigh, not the ask's size.
ALTERNATIVE_BEFORE = re.compile(r"\b(?:better|easier|simpler) (?:if|to)\b[^.?!]{0,40}$|\b(?:what if|or should i|or do i|alternatively|or (?:i )?just)\b[^.?!]{0,40}$|\binstead of\s+(?:\w+\s+){0,3}$", re.I)
ALTERNATIVE_AFTER = re.compile(r"^[^.?!,]{0,40}\binstead\b", re.I)


def _alternative(normal: str, d: Duration) -> bool:
    return bool(ALTERNATIVE_BEFORE.search(normal[max(0, d.start - 60) : d.start]) or ALTERNATIVE_AFTER.match(normal[d.end :]))


# 'wants to borrow her full time all next week', 'for the week of the 14th': the loan is that one working week.
WEEK_LOAN_BEFORE = re.compile(r"\b(?:all|for|the whole|full[- ]time|all of|for all of|for the whole of)\s+(?:of\s+)?(?:the\s+)?(?:(?:wk|week)\s+of\s+(?:the\s+)?)?$", re.I)


def _week_loan(s: Situation, sig: Signals) -> bool:
    """A loan of one stated working week: its size is a week and it starts that Monday."""
    for d in sig.dates:
        if d.role in ("off", "away"):
            continue  # 'we're all off the whole of next week': days off, not a loan
        phrase = sig.text.normal[d.start : d.end]
        week_of = re.search(r"\b(?:wk|week)\s+of\s+(?:the\s+)?$", sig.text.normal[max(0, d.start - 16) : d.start], re.I)
        if not (week_of or re.fullmatch(r"\s*(?:all\s+(?:of\s+)?)?next\s+(?:wk|week)\s*", phrase, re.I)):
            continue
        if not WEEK_LOAN_BEFORE.search(sig.text.normal[max(0, d.start - 30) : d.start]):
            continue
        monday = d.value - timedelta(days=d.value.weekday())
        s.put("new_work_weeks", [1.0, 1.0, 1.0], "question", sig.words(d.start, d.end))
        s.put("new_work_shape", "fixed_loan", "question", sig.words(d.start, d.end))
        if not s.has("start_date"):
            s.put("start_date", monday.isoformat(), "question", sig.words(d.start, d.end))
        return True
    return False


def _whole_period(s: Situation, sig: Signals, today: date) -> None:
    """'pulled into the safety review for the whole of january': the new work takes that period, full time."""
    if s.has("new_work_weeks") or s.has("time_share") or _week_loan(s, sig):
        return
    found = _period_weeks(sig, today)
    if found is not None:
        weeks, period = found
        s.put("new_work_weeks", [round(weeks * 0.95, 2), round(weeks, 2), round(weeks, 2)], "question", sig.words(period.start, period.end))
        s.put("new_work_shape", "fixed_loan", "question", sig.words(period.start, period.end))


HALF_TIME = re.compile(r"\bhalf[- ]time\b|\bhalf (?:of )?(?:her|his|their|my|[a-z]+['’]s) (?:time|week)\b|\bat (?P<p>\d{2})\s?%(?! (?:chance|odds|confiden))|\b(?P<q>\d{2})\s?% of (?:her|his|their|my|the person'?s) time\b", re.I)


HALF_DAYS = re.compile(r"\b(?P<n>[1-9])\s+(?:mornings?|afternoons?|half[- ]days?)\s+(?:a|1|per|each|every)\s+(?:week|wk)\b", re.I)


# The manager giving a share of someone's week in their own voice: 'i'd rather give him', 'i can offer', 'we could spare'.
SHARE_GIVEN = re.compile(r"\b(?:i|we)(?:['’]d|\s+would)?(?:\s+(?:rather|prefer to|happy to|be happy to|can|could|will|['’]ll|am happy to|['’]m happy to|only))+\s+(?:just\s+)?(?:give|offer|lend|spare|loan|let (?:him|her|them) have)\b"
                         r"|\b(?:i|we)(?:['’]d|\s+would)?\s+rather\s+(?:he|she|they|you|\w+)\s+(?:gets?|has|have|takes?)\b|\bmy (?:answer|offer)\s*(?:is|:)", re.I)


def _sentence_before(text: str, at: int) -> str:
    """The words of the sentence up to position `at` ('... i'd rather give him' before 'one day a week')."""
    start = max(text.rfind(x, 0, at) for x in (". ", "? ", "! ", "\n", ": ")) + 1
    return text[start:at]


def _time_share(s: Situation, sig: Signals, today: date) -> None:
    """'2 days a week through january', 'half time', 'on-call at 50%': the share of their time the new work takes,
    and (with the period's end) its size as that share of the working weeks until then."""
    rates = sig.by_role("rate")
    half = HALF_TIME.search(sig.text.normal)
    halves = HALF_DAYS.search(sig.text.normal)
    if not rates and not half and not halves:
        return
    if halves and not rates:  # 'three mornings a week': half days, a share of the week like '1.5 days a week'
        shares = [round(min(max(float(halves.group("n")) * 0.1, 0.05), 0.95), 2)]
        said = sig.words(halves.start(), halves.end())
    elif rates:
        shares = list(dict.fromkeys(round(min(max(r.likely, 0.05), 0.95), 2) for r in rates))
        per = re.match(r"\s*(?:a|1|per|each|every)\s+(?:week|wk|sprint|month)\b", sig.text.normal[rates[-1].end :], re.I)
        said = sig.words(rates[0].start, rates[-1].end + (per.end() if per else 0))  # '3 days a week', not '3 days
    else:
        shares = [round(min(max(float(half.group("p") or half.group("q") or 50) / 100, 0.05), 0.95), 2)]
        said = sig.words(half.start(), half.end())
    share = shares[0]
    s.put("time_share", shares if len(shares) > 1 else share, "question", said)  # '2 days a week ... what if 1 day/wk': both
    at = rates[0].start if rates else (halves or half).start()
    if SHARE_GIVEN.search(_sentence_before(sig.text.normal, at)):
        s.put("share_offered", True, "question", said)  # "i'd rather give him one day a week of lena": the manager's answer
    found = _period_weeks(sig, today)
    until = found[1].value.isoformat() if found else s.get("deadline")
    if not s.has("new_work_weeks") and until:
        weeks = found[0] if found else weeks_until(today, until)  # 'all of january': that month only
        start = s.get("start_date")
        if weeks and isinstance(start, str) and today.isoformat() < start < until:
            weeks = max(weeks - (weeks_until(today, start) or 0), 0)  # 'from after new year till end of jan': that stretch only
        if weeks:
            size = round(share * weeks, 2)
            s.put("new_work_weeks", [round(size * 0.875, 2), size, round(size * 1.25, 2)], "question", said)


# A single stated figure is the most likely value; the range around it comes from the team file's
# estimate for that work when there is one, else from the usual skew of estimates (-12.5%, +25%).
DEFAULT_SPREAD = (0.875, 1.25)


EXACT_BEFORE = re.compile(r"\b(?:exactly|precisely|a fixed|fixed|strictly|no more than|a hard)\s+$", re.I)  # 'for exactly three weeks': no range
EXACT_AFTER = re.compile(r"^[^.?!]{0,40}?\b(?:fixed (?:loan|stint|term)|and not a day more|hard stop)\b", re.I)  # 'three weeks, starting the 14th, fixed loan'


def _spread(d: Duration, ratios: tuple[float, float] | None) -> list[float]:
    if d.low != d.high:
        return d.weeks
    low_r, high_r = ratios or DEFAULT_SPREAD
    return [round(d.likely * low_r, 2), round(d.likely, 2), round(d.likely * high_r, 2)]


def _team_spread(s: Situation, team: Any) -> tuple[float, float] | None:
    member = team.person(s.get("person")) if team is not None and isinstance(s.get("person"), str) else None
    work = member.current_work if member is not None else None
    if work is None or work.remaining_weeks_likely <= 0:
        return None
    return work.remaining_weeks_low / work.remaining_weeks_likely, work.remaining_weeks_high / work.remaining_weeks_likely


def _share_done(normal: str, total: Duration) -> float | None:
    """'halfway through a six week project' -> 0.5; 'about 80% done with ... 10 weeks total' -> 0.8."""
    around = normal[max(0, total.start - 80) : total.end + 20]
    if re.search(r"\bhalf ?way\b", around, re.I):
        return 0.5
    m = re.search(r"\b(\d{1,2})\s*%\s*(?:done|through|of the way)", around, re.I)
    return int(m.group(1)) / 100 if m else None


def _mentions_new_work_before(sig: Signals, d: Duration) -> bool:
    before = sig.text.normal[max(0, d.start - 40) : d.start]
    return bool(re.search(r"\b(?:new|the ask|request|it|that|this|which)\b[^.;]{0,20}$", before, re.I))


# Where work is named around a move: the current work after "off/from/finishing/wraps", the new work
# after "onto/to help with/for the". A phrase runs up to four words and stops at time words and fillers.
CURRENT_TRIGGERS = re.compile(
    r"\b(?:off(?: of)?|from|(?<!they can )(?<!they could )(?<!they'd )(?<!they'll )finish(?:es|ing)?(?: up)?|wraps?(?: up)?|wrapping(?: up)?|done (?:with|on)|from done (?:on|with)|between|"
    r"(?:is|was|been|she'?s|he'?s|they'?re|working|stay(?:s|ing)?|keep(?:s|ing)? going) on|(?:weeks?|wks?|days?|months?|sprints?) (?:into|in on|left on|from done on|out on|out from (?:wrapping|finishing)?)|"
    r"mid-?(?:way|stream|experiment)? (?:on|through)|halfway through|\d+% (?:of the way )?(?:through|into|done with)|(?<!pulled )(?<!dragged )(?<!looped )(?<!drafted )(?<!dig )(?<!digging )(?<!look )(?<!looking )(?<!delve )(?<!poke )into|(?:her|his|their) actual project|pause|after|once|until|(?:the one|the 1|who'?s|that'?s|is|'s) (?:doing|running|leading|owning|building|training|writing)|the (?:one|1) (?:working on|who'?s (?:doing|building|on)))\s+",
    re.IGNORECASE,
)
NEW_TRIGGERS = re.compile(
    r"\b(?:onto|on to|to help (?:on|with)?|help(?:ing)? (?:[\w-]+ )?(?:on|with)|help(?:ing)?(?: them| us| him| her)?(?=\s+(?:re)?(?:train|build|ship|fix|label|migrate|tune|port|debug|set up|clean)\b)|to do|to work on|(?<=pulled )into|(?<=dragged )into|(?<=looped )into|(?<=drafted )into|for|detour on|to|on|and|go(?:es)? to|move(?:s|d)? to|join)\s+",
    re.IGNORECASE,
)
# The clauses that say outright what someone is in the middle of ('5 wks into the refund detector', 'halfway through the
# ranking retrain', 'off the lead scoring model'): they name the current work before any weaker trigger ('from', 'into').
CURRENT_SAID = re.compile(
    r"\b(?:(?:weeks?|wks?|days?|months?|sprints?) (?:into|in on|left on|from done on|out on|out from (?:wrapping|finishing)?)|mid-?(?:way|stream)? (?:on|through)|halfway through|"
    r"\d+% (?:of the way )?(?:through|into|done with)|(?<!pulled )(?<!dragged )off(?: of)?|(?:is|she'?s|he'?s|they'?re) (?:still )?(?:working|busy) on|(?:finishing|wrapping)(?: up)?)\s+",
    re.IGNORECASE,
)
ONTO = re.compile(r"\b(?:onto|on to)\s+", re.I)  # the destination of a move, said outright
PHRASE_STOP = frozenset(
    """now asap monday tuesday wednesday thursday friday saturday sunday tomorrow today next this by from for in on at and or but so
    because until till before after with when while since then instead which who that is was are be it its it's he she they him her them
    his their our my your we i you week weeks day days month months sprint sprints quarter the a an to of as if than start starting
    first job work thing stuff anyway already maybe probably about around roughly has have had was give gives due says said asks
    keeps wants needs should could would can will do does did me us ships ship lands land launches done finishes wraps too also
    off into onto using via themselves himself herself ourselves itself through thru""".split()
)
# Words that cannot start the name of a piece of work.
NOT_WORK = frozenset(
    """full part half wrong right same i me my we our us you your he him his she her they them their it its this that these those there here what which who
    monday tuesday wednesday thursday friday saturday sunday tomorrow today vp cto cfo ceo coo director boss manager team
    someone everyone anyone nobody yes no ok okay customer customers client clients board execs leadership product sales
    marketing legal finance infra ops january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec christmas how why when what where go reassign say tell handle make get pull
    move put take give write draft ask answer reply respond explain push decide protect borrow lend loan steal poach grab use
    keep let have get cover onto into off left remaining todo to-do not whole entire rest remainder""".split()
)
# "the pricing work is 4-6 weeks", "wants forecasting help from Sam": new work named by its estimate or its asker.
NEW_WORK_ESTIMATE = re.compile(r"\b(?:the|a|an)\s+(?P<w>(?:[\w/-]+\s+){0,2}?[\w/-]+)\s+(?:is|are|would be|will be|=)\s+(?:about |around |roughly |maybe |probably )?\d", re.I)
NEW_WORK_IS = re.compile(r"\bthe new (?:thing|project|work|ask|request|one|priority)\s+(?:is|would be|will be)\s+(?:a |an |the )?(?P<w>(?:[\w/-]+\s+){0,3}?[\w/-]+?)(?=[,.;]|\s+(?:about|around|roughly|maybe|which|that|and|for|due|needed|by)\b|$)", re.I)
NEW_WORK_WANTED = re.compile(r"\b(?:wants?|needs?|asked for)\s+(?:the|a|an)\s+(?P<w>(?:[\w/-]+\s+){0,2}?[\w/-]+)(?=\s+(?:for|by|before|done|built|ready|asap|now|in|on|from)\b|[,.;?]|$)", re.I)
NEW_WORK_FROM = re.compile(r"\bwants?\s+(?P<w>(?:[\w/-]+\s+){0,3}?[\w/-]+)\s+from\s+(?-i:[A-Z][a-z]+)\b", re.I)
LEADING_VERB = re.compile(r"^(?:(?:move |moving |go |going |switch |switching )?(?:onto|on to|into|over to)|join|pause|help(?: out)?(?: with| on)?|move to|go to|start(?: on)?|work on|do|take(?: over)?|pick up|lead|own|staff|sort out|fix up|clean up|look at)\s+", re.I)
LEADING = re.compile(r"^(?:the|a|an|our|my|her|his|their|this|that)\s+", re.I)


def _phrase_after(normal: str, start: int) -> tuple[str, int, int] | None:
    """Up to four words of a work name starting at `start` (leading articles skipped)."""
    rest = normal[start:]
    verb = LEADING_VERB.match(rest)  # "to join the summarizer", "help with the audit": the work follows the verb
    if verb:
        start += verb.end()
        rest = normal[start:]
    lead = LEADING.match(rest)
    offset = start + (lead.end() if lead else 0)
    size = re.match(r"(?:\d+(?:\.\d+)?|a|one|two|three|four|five|six|eight|ten)[- ](?:weeks?|days?|months?|sprints?)(?:[- ]long)?\s+", normal[offset:], re.I)
    if size:  # "a six week distillation project": the size is not the name
        offset += size.end()
    words = []
    for m in re.finditer(r"[A-Za-z0-9][\w/.&'-]*|(?<= )&(?= [A-Za-z])", normal[offset : offset + 60]):
        token = m.group(0).rstrip(".'")
        if token.lower() in PHRASE_STOP and (words or token.lower() not in ("first",)):
            break
        if re.fullmatch(r"\d+(?:\.\d+)?", token):
            break
        gap = normal[offset + (words[-1][2] if words else 0) : offset + m.start()]
        if words and re.search(r"[,;:.!?()'\"]", gap):
            break
        words.append((token, m.start(), m.start() + len(token)))
        if len([w for w in words if w[0] != "&"]) == 4:  # "steam & energy dashboard": the & is no word of its own
            break
    if not words:
        return None
    return " ".join(w[0] for w in words), offset + words[0][1], offset + words[-1][2]


def _in_parentheses(text: str, at: int) -> bool:
    return text.rfind("(", 0, at) > text.rfind(")", 0, at)


INTO_A_SYSTEM = re.compile(r"\b(?:port|migrat|load|feed|integrat|copy|put|build|plug|wire|merge|ingest|fold|bake|turn|make|convert|transform|develop|grow|evolve|shape|change)\w*\b[^.,;]{0,40}$", re.I)


PLACE_OFF = re.compile(r"\b(?:array|farm|field|coast|island|rig|platform|buoys?|turbines?|wrecks?|reefs?|ships?|vessels?|sites?|waters?|bay|port|harbour|harbor|lighthouse|shore|site|point|cape)\s+$", re.I)


def _work_after(sig: Signals, trigger: re.Pattern[str], start: int = 0, skip: set[str] | None = None, others: frozenset[str] = frozenset(),
                said_of: str | None = None) -> tuple[str, str] | None:
    """The work named after a trigger word; with `said_of`, only where that person is its subject ('dmitri is 3 wks
    into the churn dashboard'); words after a trigger said of one of `others` are someone else's work."""
    normal = sig.text.normal
    people_names = {m.name.casefold() for m in sig.mentions}
    for m in trigger.finditer(normal, start):
        if said_of and not re.search(rf"\b{re.escape(said_of)}\b(?:'s)?[^.;,?!]{{0,30}}$", normal[max(0, m.start() - 40) : m.start()], re.I):
            continue
        if _in_parentheses(normal, m.start()):
            continue  # "(not on my team, she's on platform)": an aside about someone else
        if others and {w.casefold() for w in normal[max(0, m.start() - 30) : m.start()].split()[-2:]} & others:
            continue  # "wants hendrik on the lineage doc so aisha stays on the migration": someone else's work
        if m.group(0).strip().casefold() == "into" and INTO_A_SYSTEM.search(normal[max(0, m.start() - 40) : m.start()]):
            continue  # "port their GLMs into our scoring service": where the new work goes, not someone's current work
        if m.group(0).strip().casefold() == "off" and PLACE_OFF.search(normal[max(0, m.start() - 40) : m.start()]) and re.match(r"(?-i:[A-Z])", normal[m.end() :]):
            continue  # "the turbines of our array off Ouessant": a place off a coast, not work someone is taken off
        found = _phrase_after(normal, m.end())
        if found is None:
            continue
        phrase, a, b = found
        verb_led = m.group(0).strip().casefold() == "to" or m.group(0).casefold().startswith("help") or re.fullmatch(r"[a-z]+ing", phrase, re.I) is not None  # '3 weeks into migrating the old rules
        verb_object = re.match(r"\s+(?:a|an|the|our|their|his|her|its|some|a new|a quick)\s+", normal[b:]) if verb_led and len(phrase.split()) <= 2 else None
        if verb_object is not None and (obj := _phrase_after(normal, b + verb_object.end() - 1)) is not None:
            redo = phrase if re.fullmatch(r"re[a-z]+", phrase, re.I) else ""
            phrase, a, b = obj  # 'to wire up a pricing experiment': the thing built, not the verb
            if doubtful_work(phrase):
                continue
            phrase = f"{phrase} {redo}".strip()  # 'helping them retrain their dispute-rate model': the dispute-rate model retrain
        elif doubtful_work(phrase) or re.fullmatch(r"(?:help|work|do|support|assist)ing", phrase, re.I):
            continue  # "'after new year'": a time, not a piece of work; 'for 2 weeks helping them ...': the work comes after
        first = phrase.split()[0].casefold()
        if first in ("fixed", "full", "whole", "solid", "straight", "further", "extra", "another", "additional", "set") and re.match(r"\s*(?:\d+(?:\.\d+)?|a|one|two|three|four|five|six)\s*(?:-\s*)?(?:weeks?|wks?|days?|months?|sprints?)\b", normal[a + len(first) :], re.I):
            continue  # "for a fixed 4 weeks": how long, not what
        if first in people_names or first in NOT_WORK or phrase.casefold() in people.DEPARTMENTS or re.fullmatch(r"\d+(?:st|nd|rd|th)|q[1-4]", first) or re.fullmatch(r"(?:(?:his|her|their|current|other|own|new|main|day[- ]job)\s+)*(?:project|work|thing|stuff|job|task)s?", phrase, re.I):
            continue  # "off his project", "onto new work": no name for the work
        name = _team_name(sig, phrase)
        whole = _project_it_is_part_of(sig, b)
        if whole is not None and name not in sig.team_projects and _one_of_its_tasks(sig, whole[0], name):
            name, b = whole  # 'the shadow deployment for fraud v3': a piece of the team's project is that project's work
        elif whole is not None and name not in sig.team_projects:
            b = whole[1]  # 'support ticket labels for the summarizer': its own work, called as said
            name = re.sub(r"^(?:the|our|a|an|her|his|their)\s+", "", sig.words(a, b), flags=re.I)
        if skip and name.casefold() in skip:
            continue
        return name, sig.words(a, b)
    return None


def _one_of_its_tasks(sig: Signals, project: str, piece: str) -> bool:
    """The piece of work names one of the project's tasks in the team file ('the shadow deployment for fraud v3'); a
    piece the file does not list ('support ticket labels for the summarizer') is work of its own, with its own numbers."""
    said = set(re.findall(r"[a-z0-9]+", piece.casefold())) - GENERIC_WORDS - PIECE_FILLER
    tasks = sig.team_tasks.get(project)
    if not tasks:
        return True  # no tasks listed: nothing says the piece is anything but the project's work
    return any(said & (set(re.findall(r"[a-z0-9]+", task.casefold())) - GENERIC_WORDS - PIECE_FILLER) for task in tasks)


PIECE_FILLER = frozenset("and of for to a an on in with set".split())


def _project_it_is_part_of(sig: Signals, end: int) -> tuple[str, int] | None:
    """A team-file project named right after a piece of work ('... for fraud v3'), with where its words end."""
    m = re.match(r"\s+(?:for|of|on|in)\s+(?:the\s+)?((?:[\w/.-]+)(?:\s+[\w/.-]+){0,3})", sig.text.normal[end:], re.I)
    if m is None or not sig.team_projects:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        name = _team_name(sig, " ".join(words[:n]))
        if name in sig.team_projects:
            return name, end + m.start(1) + len(" ".join(words[:n]))
    return None


def _work_names(sig: Signals, s: Situation) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    """(new work, current work) named in the question: team projects where the words name one."""
    move = _first_move(sig)
    subject = s.get("person")
    others = frozenset(m.name.casefold() for m in sig.mentions if isinstance(subject, str) and m.name.casefold() != subject.casefold())
    current = ((_work_after(sig, CURRENT_SAID, said_of=subject) if isinstance(subject, str) else None) or _work_after(sig, CURRENT_SAID, others=others)
               or (_work_after(sig, CURRENT_TRIGGERS, said_of=subject) if isinstance(subject, str) else None) or _work_after(sig, CURRENT_TRIGGERS, others=others))
    current = current or (_their_dated_work(sig, subject) if isinstance(subject, str) else None)
    skip = {current[0].casefold()} if current else set()
    doing = NEW_WORK_DOING.search(sig.text.normal)  # "off the speech model to build the board demo": the thing built
    new_work = (_team_name(sig, doing.group("w")), sig.words(doing.start("w"), doing.end("w"))) if doing else None
    named = _named_new_work(sig, skip) if new_work is None and move else None
    if named and 0 <= sig.text.normal.casefold().find(named[1].casefold()) < move.start():
        new_work = named  # 'wants a liquidity model from us ... floated borrowing aisha for it': the thing asked for comes first
    if new_work is None and move:
        new_work = _work_after(sig, ONTO, move.start(), skip) or _work_after(sig, NEW_TRIGGERS, move.start(), skip)  # 'off X for PM3 and onto a dashboard': where they go
    if new_work is None:
        new_work = _named_new_work(sig, skip)
    if new_work is None and (move is not None or current is not None):
        new_work = _work_after(sig, NEW_TRIGGERS, 0, skip)
    asked_for = next((m for m in sig.mentions if isinstance(subject, str) and m.name.casefold() == subject.casefold()), None)
    if new_work is None and asked_for is not None:
        new_work = _work_after(sig, NEW_TRIGGERS, asked_for.end, skip)  # 'wants priya two days a week from monday on a chargeback cost model'
    return new_work, current


def _their_dated_work(sig: Signals, person: str) -> tuple[str, str] | None:
    """The moved person's own work said with its date ('jonas's slotting model has to ship before the freeze on feb 20'):
    their current work, when no clause said what they are in the middle of."""
    m = re.search(rf"\b{re.escape(person)}['’]s\s+(?P<w>[\w-]+(?:\s+[\w-]+){{0,3}}?)\s+(?:has to|have to|must|needs? to|is due|are due|due|is promised|was promised)\b", sig.text.normal, re.I)
    if m is None or m.group("w").split()[0].casefold() in PHRASE_STOP:
        return None
    return _team_name(sig, m.group("w")), sig.words(m.start("w"), m.end("w"))


# A share of someone's time said between their name and the work: 'wants priya one day a week on ...' (normalised '1 day 1 week').
SHARE_SAID = r"(?:(?:\d+(?:\.\d+)?|half|a) (?:days?|hours?|afternoons?|mornings?) (?:a|per|1|each|every) (?:week|wk)\s+|(?:half|part)[- ]time\s+)?"


def _first_move(sig: Signals) -> re.Match[str] | None:
    """The earliest words that move someone: a move verb, or someone asking for a person named in the question
    ('security wants kwesi on their pen-test remediation', in whatever case the name is written)."""
    normal = sig.text.normal
    found = [m for m in (MOVE_RE.search(normal),) if m]
    for person in sig.mentions:
        asked = re.search(rf"\b(?:wants?|needs?|asked for|asking for|begging for|pleading for|borrow\w*|loan\w*)\s+{re.escape(person.name)}\s+{SHARE_SAID}(?:off|on|onto|for|to help)\b", normal, re.I)
        found += [asked] if asked else []
        joined = re.search(_joins(person.name), normal, re.I)
        found += [joined] if joined else []
    return min(found, key=lambda m: m.start()) if found else re.search(r"\bwants?\s+(?:\w+\s+){1,4}?(?:on|for|onto)\b", normal, re.I)


# "wants kofi doing interview loops about 2 days a week", "lena gets pulled into the LLM safety review".
NEW_WORK_DOING = re.compile(
    r"\b(?:wants? [a-z]+ (?:doing|running|covering)|wants? [a-z]+ to (?:build|make|lead|own|ship|prototype|write|set up|stand up|do|pull|run|produce|prepare|put together)|wants? [a-z]+(?: (?:full|part|half)[- ]time)? for (?:[^.;]|(?<=\d)\.(?=\d)){0,60}? to(?=\s+(?:walk|help|support|present|prep|review|cover|train|demo|run|port|migrate|integrate|rebuild|build|set up|stand up)\b)|(?:pulled|dragged|looped|drafted) into|off the [\w -]{2,40}? to (?:build|do|make|prep(?:are)?|run|help with|work on)|\bthey (?:can|could|'d|'ll|would) (?:finish|do|build|ship|run|close out|get through)|(?:wants?|needs?|borrow\w*) [a-z]+ (?:full[- ]time |part[- ]time |half[- ]time )?for [^.;]{0,80}?, to (?!help\b|be\b|do\b)[a-z]+(?=\s+(?:the|our|their|its|a|an)\s)|(?:is asking for|asked for|asking for|borrow(?:ing)?|needs?|wants?|lend(?:ing)?) [a-z]+(?:[^.;]|(?<=\d)\.(?=\d)){0,60}? to (?:help (?:(?:his|her|their|our|the|my|your) (?:[\w-]+ )?(?:team|group|folks|people|org|squad|crew) )?(?:build|with|on|ship|make|set up)|help them (?:build|with|ship)|help (?:them |us )?(?!be\b|do\b|out\b)[a-z]+(?=\s+(?:the|our|their|its|a|an)\s)|dig into|look into|delve into|investigate|work on|focus on|debug|audit|chase down))\s+(?:the\s+|an?\s+)?(?P<w>[\w-]+(?:\s+[\w-]+){0,4}?)(?=\s+(?:about|for|through|until|till|from|starting|beginning|which|by(?!\s+(?:product|region|segment|country|channel|store|customer|category|cohort|team|type|line|month|week|day|source|model|market|site|brand|sku))|next|into|onto|after|once|when|because|since|\(|\d)|[,.;]|$)",
    re.IGNORECASE,
)


# Words naming a group that, followed by more words, name that group's piece of work ('the board deck', 'the sales forecast').
ORG_NOUNS = frozenset("board sales marketing legal finance product customer client leadership execs ops infra".split())
# 'wants to borrow ines full time all next week for the board deck churn cuts': the loan's purpose after its period.
NEW_WORK_LOAN_FOR = re.compile(
    r"\b(?:borrow\w*|loan\w*|lend\w*|wants?|needs?)\s+[a-z]+\s+(?:\([^)]{0,120}\)\s*)?(?:[^.;,?()]{0,40}?\s)?for\s+(?:the|a|an|our|their|his|her)\s+"
    r"(?!(?:whole|rest|week|month|next|day|sprint|quarter|first|last|remainder)\b)(?P<w>[\w-]+(?:\s+[\w-]+){0,4}?)(?=\s*[,.;?!]|\s+(?:and|but|so|because|which|that|while|from|starting|until|till|by|before|next|this)\b|$)",
    re.IGNORECASE,
)


def _named_new_work(sig: Signals, skip: set[str]) -> tuple[str, str] | None:
    """New work named by its estimate ('the pricing work is 4-6 weeks') or its asker ('wants forecasting help from Sam')."""
    for pattern in (NEW_WORK_DOING, NEW_WORK_LOAN_FOR, NEW_WORK_IS, NEW_WORK_FROM, NEW_WORK_WANTED, NEW_WORK_ESTIMATE):
        for m in pattern.finditer(sig.text.normal):
            phrase = re.sub(r"\s+(?:work|project|thing|stuff)$", "", m.group("w"), flags=re.I)
            first = phrase.split()[0].casefold()
            owned = pattern is NEW_WORK_LOAN_FOR and first in ORG_NOUNS and len(phrase.split()) > 1  # 'for the board deck'
            if (first in NOT_WORK and not owned) or first in PHRASE_STOP or first in {x.name.casefold() for x in sig.mentions}:
                continue
            name = _team_name(sig, phrase)
            if name.casefold() not in skip:
                return name, sig.words(m.start("w"), m.end("w"))
    return None


def _move_at(normal: str) -> int:
    m = MOVE_RE.search(normal)
    return m.start() if m else 0


def _team_name(sig: Signals, phrase: str) -> str:
    """A team-file project name when the phrase names one, else the phrase itself."""
    from agent.understanding.people import find_projects

    bare = re.sub(r"^(?:the|our|a|an|her|his|their)\s+", "", phrase.strip(), flags=re.I)
    for name in sig.team_projects:
        if find_projects(phrase, _team_with([name])):
            extra = set(re.findall(r"[a-z0-9]+", bare.lower())) - set(re.findall(r"[a-z0-9]+", name.lower())) - GENERIC_WORDS
            return name if not extra else bare
    return re.sub(r"^(?:the|our|a|an|her|his|their)\s+", "", phrase.strip(), flags=re.I)


GENERIC_WORDS = frozenset("thing stuff work project model models the our new v1 v2 v3 launch".split())


def _team_with(names: list[str]) -> Any:
    from tools.team import Project, Team

    return Team(projects=[Project(name=n) for n in names])


# Work left counted in items, done at a stated rate: "34 teams left to migrate, we do 2-3 teams a week".
ITEMS_TO_DO = re.compile(r"\b(?:migrat|mov|onboard|label|convert|review|process|ship|roll\w* out to|retrain|backfill|port|clean)\w*\s+(?:the\s+|all\s+|another\s+|remaining\s+)?(?P<n>\d+)\s+(?P<what>[a-z]+)\b", re.I)
ITEMS_LEFT = re.compile(r"\b(?P<n>\d+)\s+(?P<what>[a-z]+(?:\s(?!left\b|remaining\b|to\b)[a-z]+)?)\s+(?:left|remaining|to go|still to (?:\w+)|to (?:migrate|move|onboard|label|ship|review|process|convert|retrain|backfill))\b", re.I)
ITEMS_RATE = re.compile(r"\b(?P<a>\d+(?:\.\d+)?)(?:\s+(?:to|or)\s+(?P<b>\d+(?:\.\d+)?))?\s+(?:[a-z]+\s+)?(?:a|per|each|every|1)\s+(?P<u>week|day|sprint)\b", re.I)
RATE_WEEKS = {"week": 1.0, "day": 1 / WORKDAYS_PER_WEEK, "sprint": 2.0}


# A chance about whether the work works (not about the date): it belongs to a task.
WORKS_NEAR = re.compile(r"\b(?:works?|working|beats?|outperform\w*|first (?:try|go|time|attempt|pass|shot)|gets? (?:under|below|above|over|past)|clears?|passes|meets?|pans? out|converge\w*|succeed\w*|improves?|wins?|helps?|pays? off|lifts?|moves? the needle|holds? up|reach(?:es)?|makes? (?:the|its) (?:bar|cut|grade)|(?:acceptance|quality) bar)\b", re.I)


def _throughput_task(sig: Signals) -> dict[str, Any] | None:
    """One task from items left and the rate they get done at: weeks = items / rate (the faster rate gives the low)."""
    left = ITEMS_LEFT.search(sig.text.normal) or ITEMS_TO_DO.search(sig.text.normal)
    rate = ITEMS_RATE.search(sig.text.normal)
    if not left or not rate:
        return None
    n = float(left.group("n"))
    slow, fast = float(rate.group("a")), float(rate.group("b") or rate.group("a"))
    per_week = 1 / RATE_WEEKS[rate.group("u").lower()]
    if min(slow, fast) <= 0:
        return None
    weeks = sorted(round(n / (r * per_week), 2) for r in (fast, (slow + fast) / 2, slow))
    words = sig.words(left.start(), left.end()) + "; " + sig.words(rate.start(), rate.end())
    return {"name": f"{left.group('n')} {left.group('what')}", "weeks": weeks, "unit": "week", "_words": words, "_span": (min(left.start(), rate.start()), max(left.end(), rate.end()))}


def _planning(s: Situation, sig: Signals, team: Any, today: date) -> None:
    if len(sig.team_projects) > 1 and not s.has("project"):
        s.put("project", sig.team_projects[:3], "question", ", ".join(sig.team_projects[:3]))
    throughput = _throughput_task(sig)
    tasks = _tasks(sig, outside=throughput.pop("_span")) + [throughput] if throughput else _tasks(sig)  # "tooling 3-5 wks, then 14 teams at 2-3 a week"
    added_words = r"\bneeds? (?:a|an|another|one more)\b|\b(?:adds?|added|extra|on top)\b|\balso (?:needs?|wants?)\b|\b(?:loses?|lost|losing|spends?) \d"
    added = len(tasks) == 1 and s.intent == "planning" and sig.team_projects and re.search(added_words, _sentence_of(sig.text.original, tasks[0]["_words"]), re.I)
    if len(tasks) == 1 and (sig.team_projects or s.intent != "planning") and not added:
        tasks = []  # one stated duration beside a team project, or in a message, is a fact, not a plan (unless it is work added to it)
    if added and tasks:
        tasks[0]["added_to_project"] = True
    for retry in ANOTHER_ROUND.finditer(sig.text.normal) if tasks else ():  # 'retrain 2 wks (70% first try, otherwise a further 2 wk round)': the round is the retrain again, not a step of its own
        again = [t for t in tasks if retry.start() <= t.get("_at", -1) <= retry.end()]
        tasks = [t for t in tasks if t not in again] if len(tasks) > len(again) else tasks
        retried = _task_said_before(tasks, sig.text.normal, retry.start())
        retried["retry"] = True
        if again and retried not in again and re.search(_RETRY_LEN, retry.group(0), re.I):
            retried["retry_weeks"] = max(again, key=lambda t: t["_at"])["weeks"][1]  # 'otherwise another 2 wk round': what a miss costs, as said ('1 more labelling round' is a count)
    chance = sig.percents.get("success")
    if tasks and chance is not None and not any("success_probability" in t for t in tasks) and WORKS_NEAR.search(sig.text.normal[max(0, chance.start - 50) : chance.end + 50]):
        _task_said_before(tasks, sig.text.normal, chance.start)["success_probability"] = round(chance.value, 3)
    done = [t for t in tasks if t.get("done")]
    if done and len(done) < len(tasks):
        tasks = [t for t in tasks if not t.get("done")]
        s.put("done_tasks", [t["name"] for t in done], "question", "; ".join(t["_words"] for t in done))
    for t in tasks:
        t.pop("_at", None)
        t.pop("done", None)
    _ready_before(s, sig)
    if tasks:
        s.put("tasks", tasks, "question", "; ".join(t.pop("_words") for t in tasks))
        if any("success_probability" in t for t in tasks):
            s.drop("success_probability")  # the chance belongs to the task it was said of
        if PARALLEL_RE.search(sig.text.normal):
            s.put("parallel", True, "question", PARALLEL_RE.search(sig.text.original).group(0) if PARALLEL_RE.search(sig.text.original) else "in parallel")
    if (share := work_share(sig.text.normal)) is not None:
        s.put("work_share", round(share.value, 2), "question", sig.words(share.start, share.end))  # "he's only at 50% on it", of stated tasks or a person's part of a project
        _share_until(s, sig, share.end)
    _named_project(s, sig, team)


# The end of a stated share of time, said after it in the same sentence ('60% on it cause he's on the rota till mid jan').
_UNTIL_BEFORE = re.compile(r"\b(?:till|until|til|thru|through|up to)\s+(?:the\s+)?(?:end of\s+)?$", re.I)


def _share_until(s: Situation, sig: Signals, after: int) -> None:
    """'tom's only on it about 60% cause he's covering the support rota till mid jan': the share holds until that date,
    which is then no deadline of the work."""
    for d in sig.dates:
        between = sig.text.normal[after : d.start]
        if d.start < after or len(between) > 90 or re.search(r"[.;?!]\s", between) or not _UNTIL_BEFORE.search(between):
            continue
        words = sig.words(d.start, d.end)
        s.put("work_share_until", d.value.isoformat(), "question", words)
        deadline = s.fact("deadline")
        if deadline is not None and deadline.source == "question" and deadline.value == d.value.isoformat():
            s.drop("deadline")  # the rota's end, not the date the work is due
        return


# The work must be in place before the date, for something that happens on it: 'live for the feb 1st price emails',
# 'running before the march 15 shutdown', 'ready in time for the jan 11 timetable change' (never 'by', which includes the day).
READY_FOR_RE = re.compile(
    r"(?:\b(?:live|ready|running|in place|usable|working|deployed|on)\s+(?:in time\s+)?for\s+(?:the|our|their|his|her)\s+|\bin time for\s+(?:the\s+)?|\bbefore\s+(?:the\s+)?)"
    r"(?:[\w-]+\s+){0,4}?$",
    re.I,
)


def _ready_before(s: Situation, sig: Signals) -> None:
    """'live for the feb 1st emails': a date the work must be in place before (the forecast counts to the day before)."""
    found = s.fact("deadline")
    if found is None or found.source != "question" or not found.text:
        return
    at = sig.text.original.lower().find(found.text.lower())
    before = READY_FOR_RE.search(sig.text.original[max(0, at - 60) : at]) if at > 0 else None
    if before is not None:
        s.put("ready_before", True, "question", sig.text.original[max(0, at - 60) + before.start() : at + len(found.text)].strip())


# A failed attempt is done again: 'otherwise another 2 wk round', 'if not, one more pass'.
_RETRY_LEN = r"(?:\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?|one|two|three|four|five|six)[\s-]*(?:wk|week|day|sprint)s?"
ANOTHER_ROUND = re.compile(r"\b(?:otherwise|if not|else|failing that|if (?:it|that|they|we|this) (?:fails?|doesn'?t|don'?t|misses|miss(?:es)?|falls? short)(?: \w+){0,3}?)\b,?\s+(?:it'?s\s+|we do\s+|we need\s+|we run\s+|that'?s\s+|there'?s\s+|it takes\s+)?"
                           r"(?:(?:\+|plus|add(?:s|ing)?(?: on)?|tack on)\s*" + _RETRY_LEN + r"\b|" + _RETRY_LEN + r"\s+more\b|"  # 'else +2 wks', 'otherwise add a week', 'if not, 2 weeks more'
                           r"(?:another|one more|1 more|a second|a 2nd|a further|an extra|a fresh|a new)\s+(?:(?:" + _RETRY_LEN + r"\s+)?(?:[\w-]+\s+)?(?:round|go|try|pass|attempt|iteration|cycle|run|loop)\b"
                           r"(?:\s+of\s+(?:about\s+|around\s+|roughly\s+|~\s*)?" + _RETRY_LEN + r"\b)?"  # 'a second round of about two weeks'
                           r"|" + _RETRY_LEN + r"\b|fortnight\b|week\b|sprint\b))", re.I)  # 'if not another 2 wks', 'else another 2-3 wks', 'otherwise another fortnight'


def _task_said_before(tasks: list[dict[str, Any]], normal: str, at: int) -> dict[str, Any]:
    """The task a chance is said of: the one whose estimate comes just before it in the same sentence ("quantization
    2-3 wks, and tbh 50/50 it hits the budget"), else the last step ("maybe 70% the new model even beats prod")."""
    before = [t for t in tasks if t.get("_at", at + 1) <= at and not re.search(r"[.?!]\s", normal[t["_at"] : at])]
    return max(before, key=lambda t: t["_at"]) if before else tasks[-1]


def _sentence_of(text: str, words: str) -> str:
    """The sentence of `text` the words are in (the words themselves when not found)."""
    at = text.find(words)
    if at < 0:
        return words
    start = max(text.rfind(c, 0, at) for c in ".?!\n") + 1
    ends = [i for i in (text.find(c, at + len(words)) for c in ".?!\n") if i != -1]
    return text[start : min(ends) if ends else len(text)]


# A chance said of the first attempt ('good enough first go', 'first time'): a miss means another round.
FIRST_GO = re.compile(r"\bfirst (?:go|time|try|pass|attempt|shot|round)\b|\bon the first (?:go|try|pass|attempt)\b", re.I)
# Who gave the estimate, standing alone before it ('Malik reckons', 'vendor says', 'they think about'): not the work's name.
SAID_BY = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:the\s+|our\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:reckons?|says?|said|thinks?|estimates?|quotes?|quoted|guesses|figures?)"
                     r"(?:\s+(?:it'?s|it will take|it takes|about|around|roughly|maybe|like))?\s*$"
                     r"|^\W*(?:(?:and|but|so)\s+)?(?:(?:let'?s\s+)?call it|say|let'?s say|i'?d say|i'?d guess|figure)(?:\s+(?:about|around|roughly|maybe|like))?\s*$", re.I)  # '..., call it one to two weeks'
# The same length said again as someone's requirement ('a four week A/B, finance wants four full weeks'): no new task.
RESTATED = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:wants?|insists? on|asked for|requires?|needs?)\s*$", re.I)


# A step that waits for the work before it: 'can only start when both are done', 'once all three land'.
WAITS_FOR_ALL = re.compile(r"\b(?:when|once|after|until)\s+(?:both|all|those|these|they|the (?:two|three|others?|rest))\b(?:\s+\w+){0,3}?\s+(?:are\s+|is\s+|have\s+)?(?:done|finished|complete[d]?|landed|in|ready|over)\b", re.I)


# A clause that asks the tool for something ('write her something she can use', 'help me say no', 'give me a date'):
# a length inside it belongs to the ask, never a step of the plan.
TOOL_REQUEST = re.compile(
    r"^\W*(?:(?:and|so|now|pls|please|can you|could you|just)\s+)*(?:(?:write|draft|send)\s+(?:her|him|them|me|us|something|back|"
    r"(?:a|an|my) (?:note|reply|message|email|line|response|draft|answer))|(?:help|tell|give|show)\s+me)\b",
    re.I,
)


LIST_MARK = re.compile(r"\((?:[1-9]|[a-h])\)\s+")


def _list_item_start(normal: str, durations: list[Duration], d: Duration, since: int) -> int:
    """Where a numbered list item's words start when its estimate closes it after commas ('(1) link the masts, the
    sensors and the logs, 1 week'): at its mark, not after the last comma; else `since` unchanged."""
    previous = max((x.end for x in durations if x.end <= d.start), default=0)
    marks = [m for m in LIST_MARK.finditer(normal, previous, d.start)]
    return marks[-1].end() if marks and marks[-1].end() < since else since


def _step_words_start(normal: str, durations: list[Duration], d: Duration, seg_start: int) -> int:
    """Where a step's own words start in its clause: after the estimate before it when they are joined ('cleanup 2-3 wks
    and the webhook 4-6 wks') or run on ('cleaning the feed 1 to 2 weeks building the model 2 to 3 weeks'), at a list
    item's mark, else at the clause's start."""
    since = max((x.end for x in durations if seg_start <= x.end <= d.start), default=seg_start)
    joined = re.match(r"^\W*(?:and|plus|&|while|with)\s+(?:the\s+|a\s+|an\s+|our\s+)?[a-z]", normal[since : d.start], re.I)
    run_on = since > seg_start and re.match(r"^\s+(?:\w+ing|the|a|an)\b(?:\s+[\w/-]+){1,5}\s*$", normal[since : d.start], re.I)
    since = since if joined or run_on else seg_start
    return _list_item_start(normal, durations, d, since)  # '(1) link the masts, the sensors and the logs, 1 week': the item's first words


def _purpose_name(before: str, after: str) -> str:
    """A step said as someone's time for a purpose: the purpose is the work ('he wants a week to sanity check it', 'the
    supplier needs 4 to 6 weeks to mount the cameras'); time for a thing is that someone's work on it ('the contract
    labellers need 3 to 5 weeks for the bulb images': contract labellers for the bulb images). '' when not said so."""
    purpose = PURPOSE_AFTER.match(after)
    who = WHO_WANTS_TIME.fullmatch(before)
    if purpose is None or who is None:
        return ""
    if purpose.group(0).lstrip().lower().startswith("to "):
        return _task_name(purpose.group("w"))
    worker = _phrase_of(who.group("who") or "")
    thing = _task_name(purpose.group("w"))
    return f"{worker} for {thing}" if worker and thing and worker.casefold() not in ("he", "she", "they", "we", "i", "you") else thing


def _modifies_next(normal: str, end: int, upto: int) -> bool:
    """A work noun that describes the noun after it ('collect the store photos'): part of the step's name, not its whole."""
    after = re.match(r"\s+([a-z][\w-]*)", normal[end:upto])
    return after is not None and "NOUN" in classes_of(after.group(1)) and not TASK_FILLER.fullmatch(after.group(1)) and after.group(1).lower() not in PHRASE_STOP


def _not_a_step(normal: str, seg_start: int, d: Duration) -> bool:
    """A length in a clause that asks the tool for something ('write her something ... without me promising a quarter')
    or that is time gone ('~3 wks of training labels were garbage', 'we lost 2 weeks to the outage'): no step to plan."""
    return bool(TOOL_REQUEST.match(normal[seg_start : d.start]) or LOST_AFTER.match(normal[d.end :])
                or LOST_BEFORE.search(normal[max(0, d.start - 30) : d.start]))


def _tasks(sig: Signals, outside: tuple[int, int] | None = None) -> list[dict[str, Any]]:
    """Tasks with their estimates, in order ("cleanup 1-2 wks, training 2-4 wks, then a week of integration");
    durations inside `outside` (a rate already read as a throughput task) are not tasks of their own."""
    normal = sig.text.normal
    durations = [d for d in _task_durations(sig) if outside is None or not outside[0] <= d.start < outside[1]]
    if not durations:
        return []
    tasks: list[dict[str, Any]] = []
    splits = list(TASK_SPLIT.finditer(normal))
    starts = [0] + [m.end() for m in splits]
    ends = [m.start() for m in splits] + [len(normal)]
    for d in durations:
        seg_start = max(b for b in starts if b <= d.start)
        seg_end = min(b for b in ends if b >= d.end)
        segment = normal[seg_start:seg_end]
        if tasks and d.weeks == tasks[-1]["weeks"] and RESTATED.search(normal[seg_start : d.start]):
            continue
        if _not_a_step(normal, seg_start, d):
            continue
        intro = PLAN_INTRO.match(normal[seg_start : d.start])
        step_start = seg_start + intro.end() if intro else seg_start  # what comes before 'so here is whats left' is the question
        named = next((p.name for p in sig.projects if step_start <= p.start < d.start and not _modifies_next(normal, p.end, d.start)), None)  # "can kwame finish the fraud backfill (6 days left)"
        whole = named or _task_name(re.sub(r"\([^()]*(?:\)|$)", " ", segment.replace(normal[d.start : d.end], " ")))  # '(their estimate lol)' is an aside, no name
        worded = re.search(r"\b(?:needs?|adds?|requires?|loses?|lost|losing|spends?)\b", segment, re.I)  # "loses 3 days to interviews"
        since = _step_words_start(normal, durations, d, seg_start)
        name = whole if worded or named else _task_name(normal[since : d.start]) or (_task_name(normal[d.end : seg_end]) if since != seg_start else "") or whole  # "ablations 2-5 wks if ...": the name comes first; '... and a 1 wk review': after it
        name = name if named else _purpose_name(normal[seg_start : d.start], normal[d.end : seg_end]) or name  # 'then he wants a week to sanity check it with the skippers': the check
        if (SAID_BY.search(normal[seg_start : d.start]) and not named) or name.casefold() in {m.name.casefold() for m in sig.mentions}:
            name = ""  # '..., the ridership rebuild, Malik reckons 3-5 wks': who estimated it is no name of the work
        if QUALIFIED_AFTER.match(normal[d.end : seg_end]) and not _task_name(normal[seg_start : d.start]) and not named:
            name = ""  # "pricing API + guardrails, 4 to 6 wks depending on their sprint": the name is in the clause before
        if not name and LEFT_OF_IT.match(normal[d.end : seg_end]):
            name = "Remaining work"  # '..., 2-3 wks of work left': what is left of their work, not the clause before it
        if not name and seg_start > 0:  # "model fixes after that 1-3 wks": the name sits before the joining words
            previous = max((b for b in starts if b < seg_start - 1), default=0)
            name = _task_name(normal[previous : seg_start]) if not any(previous <= x.start < seg_start for x in durations) else ""
        task: dict[str, Any] = {"name": name or f"Task {len(tasks) + 1}", "weeks": d.weeks, "unit": d.unit, "_words": sig.words(seg_start, seg_end), "_at": d.end}
        around = normal[max(0, seg_start - 15) : seg_start + 12]
        previous = max((x.end for x in durations if x.end <= d.start), default=0)  # its own clause: after the estimate before it
        sentence = normal[max(previous, normal.rfind(". ", 0, d.start), normal.rfind("? ", 0, d.start), normal.rfind("\n", 0, d.start) + 1) : d.start]
        if tasks and (re.search(r"\b(?:then|after that|followed by|afterwards)\b", around, re.I) or WAITS_FOR_ALL.search(sentence)):
            task["after_all"] = True  # "..., then 3 days of QA at the end": waits for everything before it
        chance, said = find_percentages(segment).get("success"), segment
        later = [x.start for x in durations if x.start > d.end]
        after = re.split(r"[.;?!]\s", normal[seg_end : min(later) if later else len(normal)], maxsplit=1)[0]
        restated = find_percentages(after).get("success") if chance is not None and not re.search(r"\d", segment[chance.start : chance.end]) else None
        if restated is not None and re.search(r"\d", after[restated.start : restated.end]) and restated.start < 40:
            chance, said = restated, after  # "a coin flip-ish, 60 percent maybe": the number said right after the word is the chance
        if chance is None:  # '2-4 weeks, and i'd put 65% on it beating v1': said of it in the clause after, before the next step
            later = [x.start for x in durations if x.start > d.end]
            said = re.split(r"[.;?!]\s", normal[seg_end : min(later) if later else len(normal)], maxsplit=1)[0]
            chance = find_percentages(said).get("success") if re.search(r"\b(?:on it|it (?:works|beats|lands|helps|hits|passes|clears|reaches|meets|gets)|that it|whether)\b", said, re.I) or WORKS_NEAR.search(said) else None
        if chance is not None:
            task["success_probability"] = round(chance.value, 3)
            part = PART_HELPS.search(said)
            if part is not None and part.group("part").split()[0].casefold() not in NOT_A_PART and part.group("part").casefold() not in task["name"].casefold():
                task["risky_part"] = part.group("part")  # '50/50 the optical SNR features help at all': a risk to that part, not to the step
            if FIRST_GO.search(said):
                task["retry"] = True  # '70% it's good enough first go': a miss is another round, not the end of the plan
        share = _share_left(normal, d)
        if share is not None:  # 'halfway through the 4-week labelling': what is left of it
            task["weeks"] = [round(w * share[0], 2) for w in task["weeks"]]
            after = _task_name(normal[d.end : seg_end]) if share[1] else ""
            task["name"] = after or task["name"]
        if DONE_AFTER.match(normal[d.end :]) and not NOT_YET_BEFORE.search(normal[seg_start : d.start]):
            task["done"] = True  # 'the data pull (2 wks) is done': a step behind them, not one to simulate
        tasks.append(task)
    tasks = [t for i, t in enumerate(tasks) if not (i and REQUIRED_LENGTH.fullmatch(t["name"]) and t["weeks"] == tasks[i - 1]["weeks"])]  # 'a four week A/B, finance wants four full weeks': one step
    if len(tasks) == 1 and tasks[0]["weeks"][0] == tasks[0]["weeks"][2] and not sig.by_role("deadline") and not sig.dates:
        return []  # one plain duration is not a plan
    seen: set[str] = set()
    for t in tasks:
        while t["name"].casefold() in seen:
            t["name"] += " (2)"
        seen.add(t["name"].casefold())
    return tasks


# A chance said of one part of a step helping ('50/50 the optical SNR features help at all', 'maybe 40% the weather data
# adds anything'): if it does not, the step goes ahead without that part; the step itself does not fail.
PART_HELPS = re.compile(r"\b(?:the\s+|our\s+|those\s+|these\s+)?(?P<part>(?:[\w/-]+\s+){0,3}?[\w/-]+)\s+(?:will\s+|would\s+|even\s+|actually\s+|really\s+)*"
                        r"(?:help|helps|pay off|pays off|add anything|adds anything|add much|adds much|make a difference|makes a difference|move the needle|moves the needle|buy us anything|buys us anything)\b", re.I)
NOT_A_PART = frozenset("it they this that which we he she its the chance odds whether if".split())


# Time already gone, said of a duration: 'about 3 wks of labels were garbage', '2 weeks of runs got thrown out', 'we
# lost/burned 2 weeks on the outage'.
LOST_AFTER = re.compile(r"^\s*(?:of\s+(?:[\w'-]+\s+){0,4}?)?(?:were|was|got|went|have been|had been|are now)\s+(?:\w+\s+)?(?:garbage|junk|bad|wrong|broken|lost|wasted|useless|unusable|corrupt\w*|thrown (?:out|away)|double[- ]counted|mislabell?ed|for nothing)\b", re.I)
LOST_BEFORE = re.compile(r"(?:\b(?:lost|wasted|burned|burnt|threw away|blew|sunk)|\b(?:which|that|this|it|and) (?:already )?(?:cost|took) (?:us|me|them|the team|her|him))\s+(?:about\s+|around\s+|roughly\s+|~\s*|like\s+)?$", re.I)  # 'which cost us 3 weeks': time gone


# Someone's requirement on the step just named ('finance wants four full weeks'): its length again, no step of its own.
REQUIRED_LENGTH = re.compile(r"[\w'-]+(?: [\w'-]+)? (?:wants?|needs?|insists?(?: on)?|requires?|says?|asked for|asks for)", re.I)


# A step said as someone's time for a purpose ('he wants a week to sanity check it', 'we need 2 days for the handover'):
# the name is the purpose after the duration, not the words before it.
WHO_WANTS_TIME = re.compile(r"\W*(?:then\s+|and\s+|plus\s+|after that\s+)?(?P<who>he|she|they|we|i|you|ops|legal|(?:(?:the|our|their|a)\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z]+)\s+(?:also\s+)?(?:'d like|would like|wants?|needs?|asks? for|asked for|gets?|requires?)\s+(?:a|an|another|about|around|roughly|~)?\s*", re.I)
PURPOSE_AFTER = re.compile(r"^\s*(?:to|for)\s+(?P<w>(?:[^,;.?!]|(?<=\d)[,.](?=\d)){3,80})", re.I)  # 'for the 40,000 bulb images'


# Where a step's name ends and what it is measured against or sits beside begins.
TASK_TAIL = re.compile(r"\s+(?:next to|alongside|against|before (?:quality|the|we|it|they|anyone|sign)|until|till|so (?:that|we)|because|while|"
                       r"(?:that|which|(?:they|we|he|she|you)\s+)(?:already\s+|just\s+)?(?:sent|gave|shared|have|had|did|made|built|got|delivered))\b.*$", re.I)  # 'the sample tiles they already sent'
QUALIFIED_AFTER = re.compile(r"^\W*(?:depending|depends|if|assuming|unless|because|since|given|give or take|maybe|probably|realistically|worst case|best case|hopefully)\b", re.I)
LEFT_OF_IT = re.compile(r"^\W*(?:of (?:work|dev|effort)\s+)?(?:left|remaining|to go)\b", re.I)


# Words that introduce the plan ('so here is whats left', 'the plan:', 'where we are:'): what comes before them is the
# question ('i need a realistic date for the X going live'), never a step's name.
PLAN_INTRO = re.compile(
    r"^.*\b(?:(?:here(?:'s| is|s)\s+)?(?:what'?s|whats|what is|all that'?s) (?:left|remaining|still to do|to do)(?: to do)?(?: is| are)?|here(?:'s| is|s) the plan|"
    r"the (?:plan|steps|remaining work|work left)(?: is| are| looks like)?\s*:|where we are\s*:|what remains(?: is)?|"
    r"(?:the |my |our )?(?:steps|stages|tasks)(?: left| remaining| to go)? (?:are|is)(?: as follows)?)\s*[:,-]?\s+",  # '... steps are pull the gps history ...'

    re.I,
)


# What the manager must do, said before the work itself ('we got to get the route prediction done'): no word of its name.
MUST_DO = re.compile(r"^\W*(?:(?:so|and|but|ok|okay)\s+)?(?:we|i|you|they|the team)?\s*(?:(?:'ve|have|'d|had)\s+)?(?:got to|gotta|have to|need to|needs to|must|should|want to|have got to)\s+"
                     r"(?:(?:get|finish|do|ship|build|deliver|complete|land|wrap up|sort(?: out)?)\s+)?", re.I)


def _task_name(segment: str) -> str:
    segment = MUST_DO.sub("", re.sub(r"\s+", " ", segment))
    intro = PLAN_INTRO.match(segment)
    if intro and _phrase_of(segment[intro.end() :]):
        segment = segment[intro.end() :]  # 'i need a date for X so here is whats left pull the records': the pull
    segment = re.sub(r"^.*?\b(?:done|finished|complete[d]?|wrapped(?: up)?)\s+(?:except(?: for)?|but(?: for)?|apart from|other than|save for|bar)\s+", "", segment, flags=re.I)  # 'all done except the QA pass': the QA pass
    segment = re.sub(r"^\W*\(?(?:[a-h]|[1-9]|i{1,3}|iv)\)\s*", "", segment, flags=re.I)  # "(b) pricing API": the list mark is no word of the name
    segment = re.sub(r"\s+(?:w/|with)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:team|vendor|partner|contractor|agency|supplier|client|customer)s?\b.*", "", segment, flags=re.I)  # "guardrails w/ the platform team"
    needed = re.search(r"\b(?:needs?|adds?|requires?) (?:a |an |the |another |one more )?([\w/-]+(?: [\w/-]+){0,3}?)(?= before| first| by|,|\.|$)", segment, re.I)
    needed = needed or re.search(r"\b(?:loses?|lost|losing|spends?)\s+(?:[\d.]+\s+\w+\s+)?(?:to|on)\s+(?:the\s+)?([\w/-]+(?: [\w/-]+){0,2}?)(?= next| this| before| by|,|\.|\?|$)", segment, re.I)
    if needed and re.match(r"\d|(?:minimum|maximum|min|max|tops|total|at least|more|extra)\b", needed.group(1), re.I):
        segment = segment[: needed.start()]  # "the A/B needs 1 full week minimum": the task is the A/B
    elif needed:
        segment = needed.group(1)  # "the summarizer needs a red-team safety review before launch": the task is the review
    segment = re.sub(r"\b(?:after that|afterwards|after it)\b", " ", segment, flags=re.I)
    tail = TASK_TAIL.search(segment)
    beside = re.match(r"\s+(?:next to|alongside)\s+(?:the\s+|our\s+)?(?P<who>[\w-]+)", tail.group(0), re.I) if tail else None
    if tail and tail.start() > 0:  # 'running in shadow next to the planners': the step, not who it sits beside
        segment = segment[: tail.start()]
        if beside and re.fullmatch(r"\W*\w+ing\W*", TASK_FILLER.sub(" ", segment)):
            segment = f"{segment.strip()} alongside {beside.group('who')}"  # 'then 4 wks running next to the inspectors'
    return _phrase_of(segment)


TASK_TOKEN = re.compile(r"(?<![\w/.,-])[\w](?:[\w/'-]|[.,](?=\w))*")  # "relabel 2k queries", "grade 1.2m eggs": a quantity is one token
NOT_NAME_WORDS = frozenset("wks wk to or in on st nd rd th if asked quick then fixed flat tops max min minimum maximum each total firm solid straight".split())  # '3 weeks fixed'
# Small words that may stand inside a step's name, between its words ('train and validate', 'pilot in 6 centres',
# 'clean up 3 years of appointment logs'); any other filler ends the name.
JOINING_WORDS = frozenset("of and in on for with the a an to & at it them this".split())  # 'sanity check it with the skippers'
# Where a long name's own words end and where the thing comes from begins ('... appointment logs from the booking system').
NAME_ENDS = frozenset("from at via using across into on with for out".split())  # '... telemetry out of the old CRMs'


def _phrase_of(segment: str) -> str:
    """The step's name as the manager wrote it: up to six of its words, kept together with the small words and
    quantities between them ('train and validate', 'pilot in 6 centres'), never words picked out across a number."""
    tokens = list(TASK_TOKEN.finditer(segment))
    content = [not TASK_FILLER.fullmatch(t.group(0)) and t.group(0).lower() not in NOT_NAME_WORDS and re.search(r"[A-Za-z]", t.group(0)) is not None for t in tokens]
    first = next((i for i, c in enumerate(content) if c), None)
    if first is None:
        return ""
    last, count = first, 0
    for i in range(first, len(tokens)):
        word = tokens[i].group(0).lower()
        if i > first and re.search(r"[,;:()\[\]?!]|\.\s", segment[tokens[i - 1].end() : tokens[i].start()]):
            break  # a comma or bracket ends the name: 'ablations (on the new data)' is the ablations
        if count >= 3 and word in NAME_ENDS:
            break  # '... appointment logs from the booking system': where the thing comes from is not its name
        if word in ("the", "a", "an") and i - 1 > first and "NOUN" in classes_of(tokens[i - 1].group(0)) and not classes_of(tokens[i - 1].group(0)) & {"ADV", "ADJ", "AUX"}:
            break  # 'the dispatch tablets the drivers use': a noun then 'the' starts a clause about it
        if content[i]:
            if count >= 6:
                break
            last, count = i, count + 1
        elif not (word in JOINING_WORDS or re.fullmatch(r"~?\d[\d.,]*[kmb]?", word)):
            break  # 'features off the reminder data, maybe 3': a filler that is no joining word ends the name
    phrase = segment[tokens[first].start() : tokens[last].end()]
    return re.sub(r"\s+", " ", phrase).strip()


PERIOD_PHRASE = re.compile(r"(?:in |by |for )?(?:q[1-4]|(?:this|next) quarter|this (?:week|month)|end of|eo[qmyw]|year[- ]end|next month)", re.I)  # 'headcount for q2': a period, not the meeting day
GROUP_MEETING = re.compile(
    r"\b(?:with|w/)\s+(?P<g>(?:the\s+|all\s+(?:the\s+)?)?(?:ics|engineers|folks|people|reports|team|devs|scientists)\s+(?:on|in|of|under)\s+(?:[\w'-]+\s+){0,2}?[\w-]+(?:'s)?\s+team|[\w-]+'s\s+(?:team|reports|ics|engineers|directs))\b",
    re.I,
)


MY_BOSS = r"\bmy (?:new |incoming |interim |next |own )?(?:boss|manager|director|vp|skip(?:[- ]level)?)\b"


def _is_my_boss(normal: str, person: Any) -> bool:
    """The attendee is the manager's own boss when introduced as one ('my new boss from jan is agnieszka')."""
    if not isinstance(person, str) or not person:
        return False
    name = re.escape(person)
    return bool(re.search(rf"{MY_BOSS}[^.;]{{0,25}}\b{name}\b|\b{name}\b[^.;]{{0,25}}\b(?:is|will be) {MY_BOSS}", normal, re.I))


# A role above the manager's: a 1-on-1 with someone in it, who asks the team for work, is managing up.
SENIOR_ROLE = re.compile(r"\b(?:s?vp|vice president|director|head of|chief|c[etfopr]o|president|gm|general manager)\b", re.I)


def _senior_requester(team: Any, person: Any) -> bool:
    """The attendee is not on the team and asks it for work from a senior role (an inbox requester who is a VP)."""
    if team is None or not isinstance(person, str) or any(p.name.casefold() == person.casefold() for p in team.people):
        return False
    return any(r.requester.casefold() == person.casefold() and SENIOR_ROLE.search(r.requester_role or "") for r in team.inbox)


def _an_unnamed_boss(person: Any) -> bool:
    """'Your director', 'Your boss': the attendee read from 'my director ... 1:1 with her'."""
    return isinstance(person, str) and re.fullmatch(r"Your (?:boss|manager|director|vp|skip-level)", person) is not None


def _relationship(s: Situation, sig: Signals, team: Any, cues: list[str]) -> None:
    """Who the person is to the manager, when not one of their reports (a peer, their boss, a skip-level, someone in
    another team): it chooses the agenda's question set."""
    from agent.understanding.relationship import relationship_of, relationship_words

    person = s.get("person")
    in_team = team is not None and isinstance(person, str) and any(p.name.casefold() == person.casefold() for p in team.people)
    found = relationship_of(sig.text.normal, cues, in_team)
    if found != "report":  # a boss or a skip-level is read from the cues: their words are the cues' own
        said = relationship_words(sig.text.normal) if found in ("peer", "other_team") else str(s.fact("cues").text) if s.has("cues") else ""
        s.put("relationship", found, "question", said)


# The day a talk with someone is said to happen: 'a proper conversation with szymon on wednesday', 'sit down with ana thursday'.
TALK_WITH_ON = re.compile(r"\b(?:conversation|talk|chat|sit[- ]?down|catch[- ]?up|meeting|1:1|one[- ]on[- ]one|sit down|meet)\s+with\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:on\s+|this\s+|next\s+)?$", re.I)


def _put_meeting_day(s: Situation, sig: Signals, meeting: StatedDate) -> None:
    """The day of the meeting: the one said, except 'tomorrow' on a Friday or Saturday, which is a weekend day nobody
    meets on: the next working day, said as assumed."""
    words = sig.words(meeting.start, meeting.end)
    if meeting.value.weekday() >= 5 and re.fullmatch(r"\s*tomorrow\s*", sig.text.normal[meeting.start : meeting.end], re.I):  # 'tmrw' is normalised to 'tomorrow' (text.py)
        monday = meeting.value + timedelta(days=7 - meeting.value.weekday())
        s.put("meeting_date", monday.isoformat(), "assumed", f"'{words}' is a {meeting.value:%A}, so I took the next working day, {monday:%a %d %b}")
        return
    s.put("meeting_date", meeting.value.isoformat(), "question", words)


def _one_on_one(s: Situation, sig: Signals, team: Any, today: date) -> None:
    group = GROUP_MEETING.search(sig.text.normal)
    if group is not None and not s.has("person"):  # 'skip level with the ICs on kofi's team': the group is who it is with
        s.put("person", sig.words(group.start("g"), group.end("g")), "question", sig.words(group.start("g"), group.end("g")))
    minutes = find_minutes(sig.text.normal)
    if minutes is not None:
        s.put("meeting_minutes", int(minutes.value), "question", sig.words(minutes.start, minutes.end))
    meeting_word = ONE_ON_ONE_RE.search(sig.text.normal)
    told = TELL_IN_PERSON.search(sig.text.normal)
    at = told.end() if told else minutes.start if minutes is not None else meeting_word.start() if meeting_word else None  # '45 minutes on the tuesday'
    near = sorted(sig.dates, key=lambda d: abs(d.start - at) if at is not None else d.start)  # the date said with the meeting
    said_with = [d for d in sig.dates if meeting_word is not None and meeting_word.start() <= d.start and d.start - meeting_word.end() <= 40
                 and not re.search(r"[.;!?]", sig.text.normal[meeting_word.end() : max(d.start, meeting_word.end())])]  # 'prep me for tues w X': said inside the words too
    said_with += [d for d in sig.dates if d not in said_with and TALK_WITH_ON.search(sig.text.normal[max(0, d.start - 60) : d.start])]  # 'a proper conversation with szymon on wednesday'
    near = said_with + [d for d in near if d not in said_with]  # '1:1 with my boss wednesday. ... after new year ... 30 mins'
    meeting = None if at is None else next((d for d in near if d.value >= today and d.value.isoformat() != s.get("deadline") and not re.match(r"(?:from|starting|as of)\b", sig.text.normal[d.start : d.end].strip(), re.I)
                    and not PERIOD_PHRASE.match(sig.text.normal[d.start : d.end])), None)  # 'off X and on Y from monday' starts work, it books no meeting
    if meeting is not None:
        _put_meeting_day(s, sig, meeting)
    found = cue_mod.detect_cues(sig.text.normal)
    if "reprioritization" in s.intents and "reprioritized" not in found:
        found.append("reprioritized")  # the conversation is about their move
    tenure = sig.by_role("tenure") or _tenure_after_name(sig, s.get("person"))
    if tenure and tenure[0].likely <= 13 and "new_hire" not in found:
        found.insert(0, "new_hire")
    elif tenure and tenure[0].likely > 13 and "new_hire" in found and not NEW_BY_NAME.search(sig.text.normal):
        found.remove("new_hire")  # 'joined 5 months ago', "he's 8 months in": here a while, no settling-in
    if (_is_my_boss(sig.text.normal, s.get("person")) or _an_unnamed_boss(s.get("person")) or _senior_requester(team, s.get("person"))) and "managing_up" not in found:
        found.insert(0, "managing_up")
    if "managing_up" in found:
        found = [c for c in found if c in ("managing_up", "skip_level")]  # with one's own boss the notes are the manager's asks, not the boss's state
    if found:
        spans = [cue_mod.cue_span(sig.text.normal, c) for c in found]
        words = "; ".join(sig.words(*span) for span in spans if span)  # the manager's own words, not the normalised text
        s.put("cues", found, "question", sig.text.words(0, 0) or words)
        s.fact("cues").text = words
    _relationship(s, sig, team, found)
    if "reprioritized" in found:
        new_work, _current = _work_names(sig, s)
        if new_work:
            s.put("new_work", new_work[0], "question", new_work[1])
    stuck = cue_mod.stuck_on(sig.text.normal)
    if stuck:
        s.put("blocker", stuck, "question", stuck)
    done = [d for d in sig.by_role("done") if d not in tenure]
    tenure_words = done and re.match(r"\s+in\b(?!\s*to\b)", sig.text.normal[done[0].end :])  # "3 weeks in": how long they have been here
    away = done and LEAVE_AFTER.match(sig.text.normal[done[0].end :])  # "after seven months' adoption leave": time away, not work done
    if done and not (tenure_words and "new_hire" in found) and not away:
        s.put("done_weeks", round(done[0].likely, 2), "question", sig.words(done[0].start, done[0].end))
    _named_project(s, sig, team)
    _person_role(s, sig)


NEW_BY_NAME = re.compile(r"\bnew (?:hire|joiner|starter|grad|intern)\b|\bfirst (?:day|week|1:1|one[- ]on[- ]one)\b|\bonboarding\b", re.I)


def _tenure_after_name(sig: Signals, person: Any) -> list[Duration]:
    """'1:1 tuesday w/ yusra, 2 months in, very quiet': a time 'in' said right after the person's name is how long they
    have been here, not work already done on something."""
    if not isinstance(person, str) or not person:
        return []
    name = re.escape(person.split()[0])
    return [d for d in sig.by_role("done") if re.search(rf"(?<![\w-]){name}\s*,\s*(?:only |just |about |nearly |almost )?$", sig.text.normal[max(0, d.start - 40) : d.start], re.I)
            and re.match(r"\s*in\s*(?:[,.;:)]|-|$|and\b|but\b)", sig.text.normal[d.end :], re.I)]


LEAVE_AFTER = re.compile(r"['’]?\s*(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:leave|off|away|out|sabbatical|pto|vacation|holiday)\b", re.I)
ASKED_ABOUT = re.compile(r"\b(?:will|can|does|is|could)\s+(?:the\s+)?(?P<p>[\w/-]+(?:\s+[\w/-]+){0,3}?)\s+(?:be ready|be done|ship|land|launch|make it|go live)\b", re.I)

# 'need an 80% date for the new morning-route optimiser for the buses', 'a go-live date for the ticket auto-router': the
# work a date is asked for (not a step of its plan).
DATE_FOR = re.compile(r"\b(?:date|eta)\s+(?:for|on)\s+(?:the\s+|our\s+|my\s+)?(?:new\s+)?(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|next|this|end|mid|early|late)[a-z]*\b)(?P<p>[a-z][\w/-]*(?:\s+(?!(?:for|that|which|i|we|so|by|before|with|to|and|at)\b)[\w/-]+){0,3}?)(?=\s+(?:for|that|which|i|we|so|by|before|with|to|and|at)\b|\s*[,.?!:;(]|$)", re.I)


# The work a status is said of: 'AML scenario tuning slips from ...', 'whether seller churn alerts are live', 'workshop
# paper deadline jan 29'. The phrase starts after a boundary and holds no pronoun or verb.
STATUS_OF = re.compile(
    r"(?:^|[:.;!?]\s*|\b(?:whether|if|that|the|our|and|but|so|says)\s+)(?P<p>[a-z][\w/-]*(?:\s+[\w/-]+){0,3}?)\s+"
    r"(?:slips?|slipping|slipped|moves?|is moving|(?:is |was |got )?pushed|(?:is |was )?delayed|is late|will be late|won'?t make|(?:is|are) (?:still )?(?:live|ready|done|on track|at risk|blocked)|goes live|go live|deadline|is due|was due|were due|ships|lands|launches"
    r"|['‘’\"]?(?:got|gets|is getting|has gotten|went) (?:worse|better|broken|wrong)|(?:has |have )?(?:regressed|degraded|dropped|tanked)|is (?:broken|wrong|worse))\b",
    re.I,
)
NOT_IN_WORK_NAME = frozenset("i we you he she they it this that there which who is are was were will would can could should has have had be been do does did my our your his her their me us them when if whether not no thinks think thought says said saw sees feels felt believes claims reckons worries nothing everything something anything every each may might must shall once both either starts begins until while because unless".split())


WAITED_ON = re.compile(r"\b(?:until|till|til|once|wait(?:ing)? (?:for|on)|depends on|blocked on|blocked by)\b[^.;?!]{0,60}$", re.I)


def _status_subject(sig: Signals) -> tuple[str, int, int] | None:
    pos = 0
    while (m := STATUS_OF.search(sig.text.normal, pos)) is not None:
        words = m.group("p").split()
        waited = WAITED_ON.search(sig.text.normal[max(0, m.start("p") - 70) : m.start("p")])  # "can't start until the feed from the new supplier lands": what we wait for
        if waited or any(w.casefold() in NOT_IN_WORK_NAME for w in words) or words[0].casefold() in NOT_WORK | PHRASE_STOP or re.search(r"(?<![a-z])\d", m.group("p"), re.I) or (len(words) == 1 and words[0].casefold() in GENERIC_WORDS):
            pos = max(m.start("p"), m.start() + 1)  # 'and thinks the essay scorer got worse': try again from inside the rejected words
            continue
        return m.group("p"), m.start("p"), m.end("p")
    return None


def _someone_elses(s: Situation, project: str, team: Any) -> bool:
    """A team-file project that is another named person's current work ('marco's been covering her area': the churn
    pipeline is Marco's), so it is not the work of a person the team file does not know."""
    person = s.get("person")
    if s.intent not in ("one_on_one", "sensitive") or not isinstance(person, str) or s.get("person_in_team") is not False or team is None:
        return False
    owner = team.current_work_owner(project)
    return owner is not None and owner.name.casefold() != person.casefold()


def _named_project(s: Situation, sig: Signals, team: Any = None) -> None:
    """The piece of work the question names: a team-file project first, else the phrase as written, else
    the subject of the question asked ('will recommendations v2 be ready...')."""
    if s.has("project"):
        return
    owned = [p for p in sig.team_projects if not _someone_elses(s, p, team)]
    if owned:
        s.put("project", owned[0], "question", owned[0])
        return
    person = s.get("person")
    doing = (_work_after(sig, CURRENT_SAID, said_of=person) if isinstance(person, str) else None) or _work_after(sig, CURRENT_SAID)
    doing = None if doing is None or described_work(doing[0]) else doing
    asked = ASKED_ABOUT.search(sig.text.normal) or (DATE_FOR.search(sig.text.normal) if s.intent == "planning" else None)
    if asked and asked.group("p").split()[0].casefold() not in NOT_WORK | PHRASE_STOP and not described_work(asked.group("p")):
        if doing is not None and _name_words(asked.group("p")) <= _name_words(doing[0]):
            s.put("project", doing[0], "question", doing[1])  # 'teo is 5 wks into the refund fraud detector ... the detector is due'
            return
        s.put("project", _team_name(sig, asked.group("p")), "question", sig.words(asked.start("p"), asked.end("p")))
        return
    labelled = WORK_LABEL.search(sig.text.normal) if s.intent == "stakeholder_message" else None
    if labelled is not None and labelled.group("p").split()[0].casefold() not in LABEL_WORDS | NOT_WORK and not MESSAGE_LABEL.search(labelled.group("p")):
        s.put("project", _team_name(sig, labelled.group("p")), "question", sig.words(labelled.start("p"), labelled.end("p")))
        return  # 'fortnightly update for paz. AVM v3: median abs error 7.9% ...': the work the update is about
    quoted = QUOTED_WORK.search(sig.text.normal) if doing is None else None
    if quoted is not None and not described_work(quoted.group("p")):
        s.put("project", quoted.group("p"), "question", sig.words(quoted.start("p"), quoted.end("p")))
        return  # "can we have the 'ai tuning assistant' live for ...": the work, named in quotes
    status = _status_subject(sig)
    if status is not None and not (doing is not None and _name_words(status[0]) <= _name_words(doing[0])):
        s.put("project", _team_name(sig, status[0]), "question", sig.words(status[1], status[2]))
        return
    if doing is not None:
        s.put("project", doing[0], "question", doing[1])  # 'he's 6 wks into the style match thing. cool demo but ...': what he is doing
        return
    phrases = [p for p in sig.projects if not described_work(p.name)] or sig.projects  # 'a cool demo' only when nothing names the work
    for p in phrases:
        first = p.name.split()[0].casefold()
        if first in NOT_WORK or re.fullmatch(r"\d+(?:st|nd|rd|th)|q[1-4]", first):
            continue
        if re.match(r"\s+(?:lead|manager|owner|team|pm|contact)\b", sig.text.normal[p.end :], re.I):
            continue  # "Acme's integration lead Pilar": a role, not a piece of work
        named = _team_name(sig, p.name)
        s.put("project", p.name if _someone_elses(s, named, team) else named, "question", sig.words(p.start, p.end))
        return


# A work named in quotes after a determiner ("the 'ai tuning assistant'", 'our "route planner"').
QUOTED_WORK = re.compile(r"\b(?:the|our|a|an|their|its|your)\s+['\"“‘](?P<p>[a-z][\w -]{2,50}?)['\"”’](?!\w)", re.I)
# A work name as the label of a status line ('AVM v3: median abs error 7.9%'), after a sentence ends.
WORK_LABEL = re.compile(r"(?:^|[.!?]\s+)(?P<p>[A-Za-z][\w-]*(?:\s+[\w.-]+){0,3}?):\s+(?=[^.;:]{0,40}\d)")
MESSAGE_LABEL = re.compile(r"\b(?:update|note|email|post|message|reply|summary|draft|for|to|with|from|answer|numbers|version|story|context|reason|truth|line|ask|offer|plan|status|facts?)\b", re.I)
LABEL_WORDS = frozenset("tasks task steps step stages todo to-do remaining reason reasons ask asks numbers truth answer context update note notes fyi ps edit question background why risk risks status summary tldr tl;dr decision offer my our the counter what cause root impact fix next eta options option issue problem plan result results ask:".split())


ROLE_RE = re.compile(
    r"\b(?:new hire|new grad|intern|(?:junior|senior|staff|principal|lead|mid[- ]level) (?:[\w-]+ ){0,2}?(?:mle|ml engineer|eng|engineer|data scientist|scientist|researcher|ds|analyst)(?![\w-])|"  # 'a junior CV eng', 'mid level ML eng'
    r"(?:(?:junior|senior|staff|lead) )?(?:data|analytics|research|platform|software|backend|ml ops|mlops) engineer|tech lead|researcher|data scientist|ml engineer|mle|analyst|"
    r"(?<!old )(?<!previous )(?<!former )manager|(?<=\bas a )ds)\b",
    re.IGNORECASE,
)


FIRST_JOB = re.compile(r"\bfirst (?:real |proper )?job (?:out of|after) (?:uni|university|college|school|grad school|the phd)\b|\b(?:fresh|straight) (?:out of|from) (?:uni|university|college|school)\b|\bfresh grad\b", re.I)
OWN_ROLE_BEFORE = re.compile(r"(?:(?:^|[.!?;]\s*|\bi\s+\w+\s+)as an?|\bi'?m an?|\bi am an?|\bi'?ve been an?)\s+(?:new\s+|first[- ]time\s+)?$|\b(?:first[- ]time|new(?:ly promoted)?|rookie)\s+$", re.I)  # the manager's own role
SOMEONES_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our)\s+(?:[\w-]+\s+)?$", re.I)  # 'her manager', "i'll be her third manager": someone's manager, not their role
OWN_ROLE_AFTER = re.compile(r"^\s+(?:here|myself|so|and i|,? sorry)\b", re.I)  # 'first time manager here'


# 'we demo it to the airport concession manager', 'reports to the dispatch manager': a role with 'the' (and the words that
# say whose) before it is another person's, not the role of the person the question is about.
OTHERS_ROLE_BEFORE = re.compile(r"\b(?:the|a|an|their|that|this)\s+(?:[\w-]+\s+){0,3}$", re.I)


CLAUSE_SUBJECT = re.compile(r"\s+(?:has|have|had|says|said|wants|made|makes|insists|insisted|told|asked|keeps|thinks|thought|agreed|decided)\b", re.I)


def _someone_elses_role(normal: str, role: re.Match[str], person: Any, named: set[str]) -> bool:
    """The role names someone other than the person: another named person's ('our ops manager tiberiu is asking for
    nnamdi'), or said with 'the' or 'a' before it and away from the person's name."""
    after = re.match(r"\s*,?\s*([A-Za-z][\w'-]*)", normal[role.end() :])
    if after and after.group(1).casefold() in named and (not isinstance(person, str) or after.group(1).casefold() != person.split()[0].casefold()):
        return True
    if not OTHERS_ROLE_BEFORE.search(normal[max(0, role.start() - 40) : role.start()]) or re.match(r"(?:new hire|new grad|intern)$", role.group(0), re.I):
        return False
    if not isinstance(person, str) or not person:
        return role.group(0).casefold() == "manager"
    name = re.escape(person.split()[0])
    near = normal[max(0, role.start() - 40) : role.end() + 40]
    if re.search(rf"(?<![\w-]){name}(?![\w-])", near, re.I) is None and CLAUSE_SUBJECT.match(normal[role.end() :]):
        return True  # 'as the plant manager has made very clear': the subject of a clause of its own, someone else
    return re.search(rf"(?<![\w-]){name}(?![\w-])", near, re.I) is None and not re.search(r"\b(?:as|is|was|she'?s|he'?s|they'?re)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$", normal[max(0, role.start() - 40) : role.start()], re.I)


def _the_askers_title(s: Situation, m: re.Match[str]) -> bool:
    """'the potroom manager wants to borrow ekaterina': 'manager' is who asks, already read as the requester, never the
    role of the person asked for."""
    asker = s.fact("requester")
    return asker is not None and bool(asker.text) and m.group(0).casefold() in asker.text.casefold() and asker.text.casefold() != m.group(0).casefold()


def _person_role(s: Situation, sig: Signals) -> None:
    """The person's role as the question describes it ('my only researcher, Wei', 'Dev (senior MLE)')."""
    role = next((m for m in ROLE_RE.finditer(sig.text.normal) if not OWN_ROLE_BEFORE.search(sig.text.normal[max(0, m.start() - 25) : m.start()]) and not OWN_ROLE_AFTER.match(sig.text.normal[m.end() :])
                 and not (m.group(0).casefold() == "manager" and SOMEONES_BEFORE.search(sig.text.normal[max(0, m.start() - 25) : m.start()]))
                 and not _someone_elses_role(sig.text.normal, m, s.get("person"), {x.name.casefold() for x in sig.mentions})
                 and not _the_askers_title(s, m)), None)
    graduate = FIRST_JOB.search(sig.text.normal)
    if graduate and not s.has("person_role") and (role is None or role.start() > graduate.start()):
        s.put("person_role", "new grad", "question", sig.words(graduate.start(), graduate.end()))  # 'first job out of uni'
        return
    if role and not s.has("person_role"):
        value = "data scientist" if role.group(0).casefold() == "ds" else role.group(0)  # 'joined as a DS'
        s.put("person_role", value, "question", sig.words(role.start(), role.end()))
    hired = _contracted(sig.text.normal, s.get("person"))
    if hired and not s.has("person_role"):
        s.put("person_role", hired.group("c").casefold(), "question", sig.words(hired.start("c"), hired.end("c")))


def _contracted(normal: str, person: Any) -> re.Match[str] | None:
    """Where the question says the person is a contractor ('ulrich, the contractor helping aisha', 'he's a consultant'),
    never a contractor it names beside them ('oren (the contractor covering her)')."""
    kind = r"(?P<c>contractor|consultant|freelancer)"
    name = re.escape(person) if isinstance(person, str) and person else None
    said = [rf"\b(?:he|she|they)(?:'s| is|'re| are) (?:only )?(?:a |an |our |the )?(?:[\w-]+ )?{kind}\b"]
    if name:
        day = r"(?:\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri)day|tomorrow|today|next week))?"  # '1:1 with bruna thursday, the contractor'
        said += [rf"\b{name}\b{day},?\s+(?:\(\s*)?(?:the |our |a |an )?(?:[\w-]+ )?{kind}\b", rf"\b(?:our|the|my|a) (?:[\w-]+ )?{kind},? {name}\b"]
    return min((m for m in (re.search(p, normal, re.I) for p in said) if m), key=lambda m: m.start(), default=None)


# What was asked for, in a request the manager declines: 'wants my team to build them a custom GPU scheduler',
# 'wants a personalized push notification model for the spring sale'.
WANTED_WORK = re.compile(
    r"(?:\b(?:wants?|asked (?:for|us to|me to)|asking (?:for|us to)|needs?)\s+(?:(?:my team|us|me|our team|the team)\s+to\s+(?:build|do|make|create|run|own|ship|set up|write|deliver)\s+(?:them\s+|her\s+|him\s+|us\s+)?)?"
    r"(?:a|an|the|some)\s+"
    r"|\b(?:told|promised|sold|committed to)\s+(?:\w+\s+){1,4}?(?:we'?d|we would|we will|we'?ll|we could|we can)\s+(?:do|build|deliver|have|ship|give them|provide)\s+(?:a |an |the )?)"  # 'told a wind farm operator we'd do 15-minute hail nowcasts'
    r"(?P<w>(?:['\w/-]+\s+){0,4}?[\w/-]+)(?=\s*(?:[.,;:!?]|$|\bfor\b|\bby\b|\bbefore\b|\bin time\b|\bthat\b|\bwhich\b|\bso\b|\bnext\b|\bthis\b))",
    re.I,
)


# What a resource ask asks for: 'ask finance for 40k more annotation budget for q1', 'why we need a second GPU node'.
RESOURCE_ASKED = re.compile(
    r"\bask(?:ing)?\s+(?:(?:my|our|the)\s+)?(?:[\w-]+\s+){0,2}?for\s+(?P<w>(?:\d[\w$€£.,]*|a|an|one|two|three|another|more|extra|some|budget|headcount)\b[^.;:!?()]{2,80}?)(?=\s*(?:[-–—.;:!?(]|,\s|\bso\b|\bbecause\b|\bsince\b|\bto (?:cover|finish|ship|hit|get)\b|$))"
    r"|\bwhy we need\s+(?P<w2>[^.;:!?()]{3,60}?)(?=\s*[-–—.;:!?(]|\s*$)",
    re.I,
)


# A no the manager means to send, not a "we can't" said about the work: 'say no', 'decline', 'write the no'.
SAID_NO = re.compile(r"\b(?:say(?:ing)? no|decline|turn (?:it |them |this )?down|push ?back|refuse|reject|(?:write|draft|word) (?:the|a|my) no|the answer is no|(?:clear|firm|polite|friendly|hard|soft) no|no way|(?:i|we) (?:want|'d like|would like|can) to offer|what (?:i|we) can (?:offer|do|give)|counter[- ]?offer|offer (?:instead|them|her|him))\b", re.I)
ODDS_NOT_NO = re.compile(r"\binstead of (?:a |an )?(?:flat |straight |simple |plain )?(?:yes|no|yes/no|yes or no|yes-or-no)\b|\b(?:honest|real) (?:odds|chances?)\b", re.I)


def _message_purpose(s: Situation, sig: Signals, instruction: str) -> tuple[str, str]:
    """What the message must do, and the words that say so."""
    normal = sig.text.normal
    purpose, words = messages.purpose_of(instruction, reprioritization="reprioritization" in s.intents or (_is_move(sig) and bool(sig.mentions)))
    decided = DECIDED_REPLY.search(instruction)
    if _is_move(sig) and decided and purpose in ("forecast_risk", "progress_update", ""):
        purpose, words = "respond_to_reprioritization", decided.group(0)  # "my call: yes, but one week only"
    declined = re.search(dict(messages.PURPOSE_RULES)["decline_or_negotiate"], instruction, re.I)
    if purpose == "ask_for_resources" and declined and messages.OFFER_LABEL_RE.search(instruction):
        purpose, words = "decline_or_negotiate", declined.group(0)  # "we're not taking X. we'd need 3 more people. what i can do: ..."
    slip = _slip(sig)
    missed = purpose == "decline_or_negotiate" and re.fullmatch(r"(?i)won'?t make|(?:is\s+)?not going to make|will miss", words.strip())  # "won't make it" of our own date is no no to a request
    if slip is not None and (purpose in ("respond_to_reprioritization", "progress_update", "") or missed):
        purpose, words = "forecast_risk", slip[2]  # 'tell the council the ETA model moves from the 18th to jan 11': a slip notice
    if not purpose and s.intent == "planning":
        purpose, words = ("answer_question", "their question") if messages.question_asked(normal) else ("forecast_risk", "")
    asked_something = messages.pasted_question(normal) or messages.question_asked(normal)
    if purpose == "decline_or_negotiate" and asked_something and ODDS_NOT_NO.search(instruction):
        purpose, words = "answer_question", "their question"  # 'honest odds, and offer a checkpoint instead of a flat yes/no': an answer
    if purpose == "decline_or_negotiate" and asked_something and REPLY_ASKED.search(instruction) and not SAID_NO.search(instruction):
        purpose, words = "answer_question", "their question"  # '"can we drop the manual check by march?" ... we cant start til jan 11. write him a straight answer
    replied = messages.pasted_question(normal) or (messages.question_asked(normal) and REPLY_ASKED.search(instruction))
    if purpose == "forecast_risk" and slip is None and replied and not re.search(r"slip|make|miss|moves?", words, re.I):
        purpose, words = "answer_question", "their question"  # a reply to 'Can I tell them X by 1 Feb? Yes or no', or to 'will it be in by the 18th so the risk audit can include it?'
    if not purpose and (messages.pasted_question(normal) or messages.question_asked(normal)):
        purpose, words = "answer_question", "their question"  # 'rafael just pinged "still on for feb 2?" ... reply'
    if purpose == "explain_uncertainty" and QUOTED.search(normal) and messages.question_asked(normal) and REPLY_ASKED.search(instruction):
        purpose, words = "answer_question", "their question"  # "asked 'will we have it by the 29th?' write her a reply with honest odds, she's not technical": plain words are the style, the answer the purpose
    return purpose, words


# A date the reader asks the work to be in use from ('will it be running the night shift from the start of February?',
# 'live in all stores from 1 March?'): the date their yes or no is about, never the day the work starts.
_IN_USE_FROM = re.compile(r"\b(?:running|live|in production|in use|in place|operational|working|switched on|rolled out|up)\b[^.?!;]{0,80}?\bfrom\s+(?:the\s+)?$", re.I)


def _in_use_from(s: Situation, sig: Signals, asked: str, today: date) -> bool:
    """The date the reader's question asks the work to be in use from, put as the date that matters; a start read from
    the same words gives way to the next start the manager states ('we start monday'). False when there is none."""
    said = next((d for d in find_dates(asked, today) if d.role in ("start", "deadline") and d.value >= today and _IN_USE_FROM.search(asked[: d.start])), None)
    if said is None:
        return False
    s.put("deadline", said.value.isoformat(), "question", asked[said.start : said.end])
    if s.get("start_date") == said.value.isoformat():
        s.drop("start_date")
        start = next((d for d in sig.dates if d.role == "start" and d.value != said.value and d.value >= today), None)
        if start is not None:
            s.put("start_date", start.value.isoformat(), "question", sig.words(start.start, start.end))
    return True


def _date_asked_about(s: Situation, sig: Signals, today: date) -> None:
    """The date the stakeholder's own question is about is the date that matters ('the owners' meeting is on the 15th.
    Can I tell them it runs before bookings open on 1 February?': 1 February), not another date around it."""
    asked, deadline = s.fact("question_asked"), s.fact("deadline")
    if asked is not None and isinstance(asked.value, str) and _in_use_from(s, sig, asked.text or asked.value, today):
        return
    if asked is None or not isinstance(asked.value, str) or (deadline is not None and deadline.text and deadline.text.casefold() in asked.value.casefold()):
        return
    found = find_dates(asked.text or asked.value, today)
    asked_text = asked.text or asked.value
    on_a_day = [d for d in found if d.role == "start" and re.search(r"\bon\s+(?:the\s+)?$", asked_text[: d.start], re.I)]  # 'still good to switch off X on Jan 4?', not 'starting Jan 4th'
    said = next((d for d in found if d.role == "deadline"), None) or next(iter(on_a_day), None)
    if said is not None and said.value >= today:
        text = (asked.text or asked.value)[said.start : said.end]
        s.put("deadline", said.value.isoformat(), "question", text)
        chance = _chance_of_deadline(sig, said.value)
        if chance is not None:  # '60% for all 38 by feb 1, 90% by feb 22' asked about feb 1: 60%
            s.put("success_probability", round(chance.value, 3), "question", sig.words(chance.start, chance.end))


# A decision's reason said after it: '... release on tuesdays only, after two friday releases broke the pricing', '...,
# because the vendor doubled the price'. The clause must say what happened (a verb), not when ('after the standup').
_REASON_AFTER = re.compile(r",\s+(?:(?:and\s+)?(?:that'?s\s+)?(?:because|since|after|following|as)\b)\s+(?P<why>[^.;!?]{12,240})$", re.I)


def _put_decision(s: Situation, said: str, purpose: str) -> None:
    """The decision to share, with a reason said after an announced change put as its reason ('..., after two friday
    releases broke pricing in forty stores': the why the team is told)."""
    decided = messages.without_writer_notes(said)
    decided, why = _reason_behind(decided) if purpose in ("announce_change", "share_decision") else (decided, "")
    s.put("decision", decided, "question", said)
    if why and not s.has("reason"):
        s.put("reason", why, "question", why)


def _reason_behind(decision: str) -> tuple[str, str]:
    """(the decision, its reason) when the reason ends one of its sentences as a clause of what happened, cut out of
    that sentence; else (decision, '')."""
    sentences = re.split(r"(?<=[.!?])\s+", decision)
    for i, sentence in enumerate(sentences):
        m = _REASON_AFTER.search(sentence.rstrip(" ."))
        if m is not None and len(m.group("why").split()) >= 4 and has_verb(m.group("why")):
            end = "." if sentence.rstrip().endswith(".") else ""
            sentences[i] = sentence[: m.start()].strip(" ,") + end
            return " ".join(sentences), m.group("why").strip(" ,")
    return decision, ""


def _stakeholder(s: Situation, sig: Signals, team: Any, today: date) -> None:
    normal = sig.text.normal
    if _pasted_facts(s, sig):
        return
    instruction = messages.instruction_text(normal)
    purpose, words = _message_purpose(s, sig, instruction)
    if purpose:
        s.put("purpose", purpose, "question", words)
    asked_for = WANTED_WORK.search(instruction) if purpose == "decline_or_negotiate" and "triage" not in s.intents else None
    built = asked_for is not None and (asked_for.group(0).count(" to ") or re.match(r"(?:told|promised|sold|committed)\b", asked_for.group(0), re.I) or re.search(r"(?:model|tool|scheduler|dashboard|pipeline|service|system|platform|app|bot|agent|feature|integration)s?$", asked_for.group("w"), re.I))
    generic = asked_for is not None and re.fullmatch(r"(?:a |an |the )?(?:model|tool|dashboard|thing|app|system|pipeline|service|feature|bot|agent)", asked_for.group("w").strip(), re.I)
    if asked_for is not None and built and not generic and not s.has("new_work") and not s.has("request_title"):  # 'wants a model that emails ...': the request says what
        s.put("new_work", asked_for.group("w").strip(), "question", sig.words(asked_for.start("w"), asked_for.end("w")))
    audience = _audience(s, sig, purpose)
    if audience is not None:
        s.put("audience", audience[0], "question", audience[1])
    _recipient_facts(s, sig, purpose)
    asked = messages.question_asked(normal)
    pasted_asked = messages.pasted_question(normal)
    if pasted_asked is not None and (asked is None or asked[0] in pasted_asked):
        s.put("question_asked", pasted_asked, "question", pasted_asked)
    elif asked is not None:
        said = sig.words(asked[1], asked[2])  # the manager's words ('one number'), not the normalised ones ('1 number')
        said += "?" if asked[0].endswith("?") and not said.endswith("?") else ""
        numbers_in_words = set(re.findall(r"\d+", asked[0])) - set(re.findall(r"\d+", said))  # 'one number' normalised to '1 number'
        s.put("question_asked", messages.without_opening(re.sub(r"^if\b", "whether", said, flags=re.I) if numbers_in_words else asked[0]), "question", said)
    _date_asked_about(s, sig, today)
    offer = messages.offer_in(instruction)
    decision = None if offer is not None and purpose == "decline_or_negotiate" else messages.decision_in(normal)
    if offer is not None and purpose == "decline_or_negotiate":
        at = normal.find(offer[0])
        said = sig.words(at, at + len(offer[0])) if at >= 0 else offer[0]  # the manager's words ('first one jan 11'), not the normalised ones
        s.put("offer", said, "question", said)  # the counter-offer is the message's offer, not a decision to pass on
    decision = None if decision is not None and _inside_their_question(s, decision[1], decision[2], sig) else decision  # their plan B ('if not i ...')
    if decision is not None:
        said = sig.words(decision[1], decision[2])
        _put_decision(s, said, purpose)
    explained = messages.explained_facts(sig.text.original) if purpose == "explain_uncertainty" and not s.has("decision") else None
    if explained:
        s.put("decision", explained, "question", explained)  # the facts the explanation must use
    reason = messages.reason_in(normal)
    if reason is not None and purpose == "explain_uncertainty" and re.search(r"\b(?:can'?t|cannot|won'?t) (?:give|commit|promise|say)\b|\b(?:one|a single|an exact|a firm) (?:date|number)\b", sig.words(reason[1], reason[2]), re.I):
        reason = None  # 'why i can't give her one date' is what to explain, not a reason to give
    if reason is not None and (not s.has("decision") or explained):
        kind = "decision" if purpose == "respond_to_reprioritization" else "reason"
        s.put(kind, sig.words(reason[1], reason[2]), "question", sig.words(reason[1], reason[2]))
    answered = purpose == "answer_question" and s.has("question_asked")  # their question is the request: no second reading of it
    title = None if _is_move(sig) or answered or purpose not in ("decline_or_negotiate", "answer_question", "ask_for_resources", "") else requests.request_title(instruction)
    wanted = RESOURCE_ASKED.search(instruction) if purpose == "ask_for_resources" else None
    if wanted is not None:  # 'help me ask finance for 40k more annotation budget for q1', 'why we need a second GPU node'
        group = "w" if wanted.group("w") else "w2"
        title = (f"ask for {wanted.group(group).strip(' ,')}", wanted.start(group), wanted.end(group))
    if title is not None and not s.has("request_title"):
        s.put("request_title", title[0], "question", sig.words(title[1], title[2]))
    if _is_move(sig) and not s.has("new_work"):
        new_work, current = _work_names(sig, s)
        if new_work and not re.match(rf"(?:{MESSAGE_NOUNS})\s+(?:to|for)\b", new_work[0], re.I):  # 'a heads-up to victor' is the message, not work
            s.put("new_work", new_work[0], "question", new_work[1])
        if current:
            s.put("project", current[0], "question", current[1])
    headcount = find_headcount(normal)
    if headcount is not None:
        s.put("headcount", int(headcount.value), "question", sig.words(headcount.start, headcount.end))
    why = messages.why_of_ask(normal) if purpose == "ask_for_resources" and not s.has("reason") and not s.has("decision") else None
    if why is not None:
        s.put("reason", sig.words(why[1], why[2]), "question", sig.words(why[1], why[2]))
    cost = messages.cost_in(normal)
    if cost is not None and (purpose == "ask_for_resources" or (not purpose and s.has("headcount"))):  # 'one ml engineer, about £85k': people asked for are a resource ask
        more = messages.second_cost_in(normal, cost[2])
        said = sig.words(cost[1], cost[2]) + (" plus " + sig.words(*more) if more else "")
        s.put("cost", said, "question", said)
    load = sig.percents.get("load")
    if load is not None:
        s.put("load_percent", load.value, "question", sig.words(load.start, load.end))
    backlog = sig.by_role("backlog")
    if backlog:
        s.put("backlog_weeks", round(backlog[0].likely, 2), "question", sig.words(backlog[0].start, backlog[0].end))
    _named_project(s, sig, team)
    if "planning" in s.intents or (s.get("purpose") in ("answer_question", "forecast_risk") and "reprioritization" not in s.intents):
        _planning(s, sig, team, today)  # 'will it run before the shutdown? what's left: labelling 2-3 wks, retrain 2 wks ...': the answer is a forecast


def _pasted_facts(s: Situation, sig: Signals) -> bool:
    """A pasted message to rework: its text, what to do with it, and who it is for; nothing else is read
    from it (its words are someone's draft, not the manager's situation). True when it was one."""
    pasted = messages.pasted_message(sig.text.original)
    if pasted is None or not messages.rewrite_asked(sig.text.original):
        return False
    ask = messages.REWORK_RE.search(sig.text.original) or messages.REWRITE_RE.search(sig.text.original)
    s.put("purpose", "rewrite", "question", ask.group(0) if ask else "rework your message")
    s.put("draft_text", pasted[0], "question", "the message you pasted")
    instruction = Text.of(messages.instruction_text(sig.text.original))
    addressee = addressee_in(instruction.normal)
    audience = people.audience_in(instruction.normal)
    if addressee is not None and addressee.direction == "to" and OWN_REPORT.match(instruction.normal[addressee.start :]):
        s.put("audience", "report", "question", addressee.name)  # 'to yaw, mid-level on my team': one person, in private
    elif audience is not None:
        s.put("audience", audience[0], "question", instruction.words(audience[1], audience[2]))
    greeted = GREETING.match(str(s.get("draft_text") or ""))  # 'Hi Alastair, hope ...': the pasted message names its reader
    recipient = (addressee.name if addressee else None) or people.recipient_in(instruction.normal, people.find_people(instruction.normal, None)) or people.named_in(instruction.normal) or (greeted.group(1) if greeted else None)
    if recipient and ask and recipient.casefold() in ask.group(0).casefold():  # 'make this firmer, victor keeps ...': 'firmer' is the ask, victor the reader
        recipient = next((w.capitalize() for w in re.findall(r"[a-z][a-z'-]+", instruction.normal.casefold()) if w not in ask.group(0).casefold() and people.is_first_name(w)), None) or (greeted.group(1) if greeted else None)
    if recipient:
        s.put("recipient", recipient, "question", recipient)
        org = _recipient_org(instruction.normal, recipient)
        if org is not None:
            s.put("recipient_org", org[0], "question", org[1])  # 'gareth, our account manager at clearline systems'
    return True


GREETING = re.compile(r"\s*(?:hi|hello|hey|dear|morning|good morning)\s+(?-i:((?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+)?[^\W\d_a-z][^\W\d_]+(?:-[^\W\d_a-z][^\W\d_]+)?))\b(?!\s+(?:team|all|everyone|folks))", re.I)  # 'Dear Dr Pennock': the title stays with the name


ANSWER_WORDS = re.compile(r"\b(?:reply|respond|answer|get back to|write back|what do i (?:tell|say))\b|^\s*(?:reply|respond)\b", re.I)


REPLY_ASKED = re.compile(r"\b(?:reply|answer|respond|get back to|write (?:her|him|them) back)\b", re.I)
REPLY_PURPOSES = ("decline_or_negotiate", "respond_to_reprioritization", "answer_question")


def _asker_to_answer(sig: Signals, purpose: str = "") -> str | None:
    """'Grace wants the doc by the 15th. Reply that...': a named asker is the one the reply goes to (a reply
    to a request or a move goes to whoever asked, whatever words ask for it)."""
    if sig.requester is None or not (ANSWER_WORDS.search(sig.text.normal) or purpose in REPLY_PURPOSES):
        return None
    who = sig.requester[0]
    named = re.fullmatch(r"[A-Z][a-z]+(?:[-'][A-Za-z]+)?", who) and who.casefold() not in people.NOT_NAMES
    if not named and re.fullmatch(r"[a-z][a-z'-]+", who) and people.is_first_name(who):
        return who.capitalize()  # "olivia asked when ... reply?"
    return who if named else None


MESSAGE_OBJECT = re.compile(
    r"\b(?:tell|email|e-mail|message|reply to|respond to|explain to|break it to|talk to|write (?:to)?|note to|draft (?:\w+ ){0,3}?to|update|ask|answer|for|to)\s+"
    r"(?:(?:my|our|the|a)\s+)?(?P<o>him|her|them|(?-i:[A-Z][a-z]+)|(?:[\w-]+\s+){0,2}?(?:vp|cto|cfo|ceo|coo|cpo|director|boss|skip[- ]level|pm|head of \w+|board|execs?|leadership|team|peer|manager|customer|client|product))\b",
    re.IGNORECASE,
)


# The organisation after a recipient's name: 'mariana at valle verde co-op:', 'kemal at our labelling vendor.'
ORG_AFTER = r"\s*(?:\([^)]{0,40}\)\s*)?(?:,\s*(?:our|their|the|an?)?\s*(?:[\w-]+\s+){0,3}?)?(?:at|from|@)\s+(?P<org>(?:the |our )?[a-z][\w&'-]*(?:\s+(?:&\s+)?[a-z0-9][\w&'-]*){0,3}?)(?=\s*[:,.;(!?]|\s+(?:about|re|that|to|and|saying|asking|who|on|wants?|asked)\b|\s*$)"
INTERNAL_ORG = re.compile(rf"\b(?:team|department|dept|squad|group|org|side|office|{'|'.join(sorted(people.DEPARTMENTS))})$", re.I)


def _recipient_facts(s: Situation, sig: Signals, purpose: str) -> None:
    """recipient, recipient_group and recipient_org; an outside organisation makes the audience an assumed customer."""
    normal = sig.text.normal
    sender = sig.found_addressee
    recipient = sig.recipient or _asker_to_answer(sig, purpose) or (sender.name if sender and sender.direction == "from" else None) or _who_asked(normal, purpose) or _pronoun_asker(sig, purpose)
    group = _recipient_group(normal, recipient)
    if group is not None:
        s.put("recipient_group", group[0], "question", group[1])
    if not recipient:
        return
    s.put("recipient", recipient, "question", recipient)
    org = _recipient_org(normal, recipient)
    if org is not None:
        s.put("recipient_org", org[0], "question", org[1])
        funder = FUNDER_ROLE.search(sender.role) if sender and sender.name == recipient else None
        if funder is not None:  # 'Aurelie, our lead investor at Larchmont Ventures': a funder, not a customer
            s.put("audience", funder.group(0), "question", sender.role)  # type: ignore[union-attr]
            return
        client = re.search(rf"{re.escape(org[1])}\s*\(\s*(?:our|a|the)\s+(?:client|customer|partner)\s*\)", normal, re.I)
        if (not s.has("audience") or client or s.get("audience") in ("exec", "vp", "director", "head_of_product")) and _outside(org[0]):
            s.put("audience", "customer", "question", f"{recipient} at {org[1]}")  # an outside organisation's person: a customer or partner, whatever their title


# A reader who funds or governs us, said beside their name: their role is the audience, never an assumed customer.
FUNDER_ROLE = re.compile(r"\b(?:(?:lead|main|angel|seed|series [a-d]|biggest|largest)\s+)?(?:investors?|funders?|donors?|trustees?|program(?:me)? officer|grant (?:officer|manager))\b", re.I)


WHO_ASKED = re.compile(r"\b(?P<who>[a-z][\w'-]+)(?:\s*\([^)]{1,40}\))?\s+(?:asked|asks|wants to know|was asking|is asking|wondered|wonders)\b", re.I)


def _who_asked(normal: str, purpose: str) -> str | None:
    """'grace asked on the audit thread if ...': a reply goes to whoever asked the question."""
    m = WHO_ASKED.search(normal) if purpose in (*REPLY_PURPOSES, "explain_uncertainty") else None
    if m is None or not name_like(m.group("who")):
        return None
    who = m.group("who")
    return who.capitalize() if who.islower() else who


# 'benedetta (our COO) saw the drop ... she's asking me if the model got worse': the one person named asked it.
PRONOUN_ASKING = re.compile(r"\b(?:she|he|they)(?:'s| is| was|'re| are| were)? (?:asking|asked|wants to know|wanted to know|keeps asking)(?: me| us)? (?:if|whether|when|why|how|what)\b", re.I)


def _pronoun_asker(sig: Signals, purpose: str) -> str | None:
    names = {m.name for m in sig.mentions}
    if purpose not in (*REPLY_PURPOSES, "explain_uncertainty") or len(names) != 1 or not PRONOUN_ASKING.search(sig.text.normal):
        return None
    return names.pop()


GROUP_NOUNS = r"(?:leads|managers|pms|team|teams|folks|people|stakeholders|directors|heads|engineers|analysts|owners|partners|reviewers|everyone|group|council|board|committee|execs|leadership|squad|chapter|guild|scientists|researchers|ics|reports)"
GROUP_AFTER_NAME = re.compile(rf"^\s*(?:\+|&|and|,|plus|cc)\s*(?P<g>(?:the|our|all|my|all the)\s+(?:\d+\s+|two |three |four |five |six )?(?:[\w&-]+\s+){{0,3}}?{GROUP_NOUNS})\b", re.I)
CHANNEL = re.compile(r"\b(?:post|message|note|update|announcement|msg|reply|thread)\s+(?:for|in|to|on)\s+(?P<g>#[\w-]+)", re.I)


def _recipient_group(normal: str, recipient: str | None) -> tuple[str, str] | None:
    """(group, words) a message is for: a channel ('post for #contracts-ml') or a group named with the recipient
    ('our CTO wiebke + the 3 product leads')."""
    channel = CHANNEL.search(normal)
    if channel is not None:
        return channel.group("g"), channel.group("g")
    if recipient:
        at = re.search(rf"(?<![\w-]){re.escape(recipient)}(?![\w-])(?:\s*\([^)]{{0,40}}\))?", normal, re.I)
        m = GROUP_AFTER_NAME.match(normal[at.end() :]) if at else None
        if m is not None:
            words = m.group("g")
            return re.sub(r"^(?:the|our|my|all the|all)\s+", "the ", words, flags=re.I), words
    return None


def _recipient_org(normal: str, recipient: str) -> tuple[str, str] | None:
    """(organisation, words) the recipient belongs to, when the question names it right after them."""
    m = re.search(rf"(?<![\w-]){re.escape(recipient)}(?:\s+(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?))?{ORG_AFTER}", normal, re.I)  # "Annika Lund at ..."
    surname = re.search(rf"(?<![\w-]){re.escape(recipient)}\s+(?P<s>[a-z][a-z'-]+)\b{ORG_AFTER}", normal, re.I) if m is None else None  # 'pennington what the ...': no 'wh' + 'at the ...'
    if surname is not None and people.rare_word(surname.group("s")):
        m = surname  # "dr. ines varga at our clinical partner": a surname written in lower case
    if m is None:
        before = re.search(rf"\b(?:our|my|the|their)\s+(?:main\s+)?(?:contact|counterpart|sponsor|liaison|champion|buyer)\s+at\s+(?P<org>[^,(.;]{{2,50}}?)\s*,\s*{re.escape(recipient)}\b", normal, re.I)
        if before is None:
            return None
        return _org_name(before.group("org")), before.group("org")  # 'our contact at st bride's hospital trust, rhodri': the organisation said first
    words = m.group("org")
    named = re.match(r"\s*\((?P<n>[A-Za-z][\w&' -]{1,30})\)", normal[m.end("org") :])
    if named and OUTSIDE_PARTY.search(words):
        name = named.group("n")
        return (name[0].upper() + name[1:] if name.islower() else name), name  # "at our pharma partner (Aurivo)": the partner's own name
    if words.split()[0].casefold() in NOT_WORK:
        return None
    return _org_name(words), words


def _org_name(words: str) -> str:
    """An organisation's name as written by it ('st bride's hospital trust' -> "St Bride's Hospital Trust")."""
    return " ".join(w if not w.islower() or w in ("of", "and", "the", "our") else w[0].upper() + w[1:] for w in words.split())


OUTSIDE_PARTY = re.compile(r"\b(?:partner|client|customer|vendor|supplier|insurer|regulator|funder|sponsor)s?$", re.I)


def _outside(org: str) -> bool:
    """An organisation outside the manager's company: not 'our data team' nor 'the finance side' (but 'our pharma
    partner' is outside)."""
    return not INTERNAL_ORG.search(org) and (not org.casefold().startswith("our ") or bool(OUTSIDE_PARTY.search(org)))


OWN_REPORT = re.compile(r"^[^.;:(]{0,40}?[,(]\s*(?:a |an |one of |1 of )?(?:[\w-]+\s+){0,2}?(?:on|in|from) my team\b|^[^.;:(]{0,40}?[,(]\s*(?:one of |1 of )?my (?:reports?|engineers?|mles?|ds|data scientists?|people)\b", re.I)


def _audience(s: Situation, sig: Signals, purpose: str) -> tuple[str, str] | None:
    if purpose == "announce_change":
        return "own_team", "your team"
    normal = sig.text.normal
    if sig.addressee is not None and sig.addressee.role:
        found = people.audience_in(sig.addressee.role)
        if found:
            return found[0], sig.addressee.role  # 'note to kofi (our head of payments)'
    named = sig.recipient and re.search(rf"(?<![\w-]){re.escape(sig.recipient)}\s*\((?P<r>[^)]{{2,60}})\)", normal, re.I)
    found = people.audience_in(named.group("r")) if named else None
    if named and found:
        return found[0], named.group("r")  # 'ezra (head of merchant success, not in the team file) wants ...'
    if sig.addressee is not None and sig.addressee.direction == "to" and OWN_REPORT.match(normal[sig.addressee.start :]):
        return "report", sig.addressee.name  # 'to yaw, mid-level on my team': one of the manager's people, in private
    subject = s.get("person")
    for m in MESSAGE_OBJECT.finditer(normal):
        who = m.group("o")
        if who.lower() in ("him", "her", "them") or (isinstance(subject, str) and who.casefold() == subject.casefold()):
            if isinstance(subject, str) and (who.casefold() == subject.casefold() or _pronoun_is_subject(normal, m.start("o"), subject, sig.requester is not None)):
                return "report", sig.words(m.start("o"), m.end("o"))
            continue
        found = people.audience_in(who)
        if found:
            return found[0], sig.words(m.start("o"), m.end("o"))
    m = re.search(r"\b(?:to|tell|email|message|reply to|respond to|explain to|ask|update|for)\s+(?:my|our|the)\s+((?:[\w-]+\s+){0,2}?\w+)", normal, re.I)
    if m:
        found = people.audience_in(m.group(1))
        if found:
            return found[0], sig.words(m.start(1), m.end(1))
        group = re.match(rf"(?:[\w'-]+\s+){{0,2}}(?:{READER_GROUPS})\b", normal[m.start(1) : m.start(1) + 60], re.I)
        if group:
            return group.group(0), sig.words(m.start(1), m.start(1) + group.end())  # 'note for the union reps': that group reads it
    if sig.requester:
        found = people.audience_in(sig.requester[0])
        if found:
            return found[0], sig.words(sig.requester[1], sig.requester[2])
    owns = bool(sig.audience) and re.match(r"['’]s\b", normal[sig.audience[2] : sig.audience[2] + 3]) is not None  # "the furniture customer's audit": whose audit, not who reads
    if sig.audience and not owns and not (sig.recipient and sig.recipient[:1].isupper() and sig.audience[0] == "own_team"):  # a note to darragh that says 'the whole team is on ...' is not for the team
        return sig.audience[0], sig.words(sig.audience[1], sig.audience[2])
    return None


# Groups that read a message as one body, none of them a kind of audience the table knows ('the union reps', 'the works
# council', 'the parents' forum'): the group, as said, is the audience.
READER_GROUPS = r"reps|representatives|union|unions|council|forum|association|trustees|governors|parents|residents|members|volunteers|stewards"


FEMALE = re.compile(r"\b(?:she|she's|shes|she'll|her|hers|herself)\b", re.I)
MALE = re.compile(r"\b(?:he|he's|hes|he'll|him|his|himself)\b", re.I)
TELL_TARGET = re.compile(r"\b(?:tell|break (?:it|the news) to|talk to|explain (?:it |this )?to|let)\s+(?P<o>him|her|(?-i:[A-Z][a-z]+))\b", re.I)


def _subject_gender(before: str, subject: str) -> str | None:
    """'f' or 'm' when the question already referred to the subject by a pronoun (after their name)."""
    m = re.search(rf"\b{re.escape(subject)}\b", before, re.I)
    if not m:
        return None
    after = before[m.end() :]
    f, h = FEMALE.search(after), MALE.search(after)
    if f and (not h or f.start() < h.start()):
        return "f"
    return "m" if h else None


def _pronoun_is_subject(normal: str, at: int, subject: str = "", has_requester: bool = False) -> bool:
    """A pronoun refers to the person the question is about when it matches the pronoun already used for
    them; without that, unless a role was named just before it or someone else asked for the move."""
    pronoun = re.match(r"\w+", normal[at:])
    gender = _subject_gender(normal[:at], subject) if subject else None
    if gender and pronoun and pronoun.group(0).lower() in ("her", "him"):
        return gender == ("f" if pronoun.group(0).lower() == "her" else "m")
    before = normal[max(0, at - 80) : at]
    if has_requester:
        return False
    return not re.search(r"\b(?:vp|cto|cfo|ceo|coo|director|boss|head of \w+|pm|manager)\b[^.]*$", before, re.I)


def _tells_the_person(sig: Signals, intent: str) -> bool:
    """'how do I break it to Mei', 'he'll be crushed, how do I tell him': the person moved is the one told."""
    subject = _subject(sig, intent)
    if subject is None:
        return False
    for m in TELL_TARGET.finditer(sig.text.normal):
        who = m.group("o")
        if who.casefold() == subject.name.casefold():
            return True
        if who.lower() in ("him", "her") and _subject_gender(sig.text.normal[: m.start("o")], subject.name) == ("f" if who.lower() == "her" else "m"):
            return True
    return False


def _sender_of_the_paste(text: str) -> str:
    """Who wrote a pasted message: its sign-off name ('Thanks, Dagny', '- Ottoline'), else ''."""
    pasted = messages.paste_span(text)
    tail = pasted[0][-60:] if pasted else ""
    m = re.search(r"(?:thanks|thank you|cheers|best|regards|many thanks|thx|ta)\s*[,!.]?\s*(?:[-–—]\s*)?(?P<n>[A-Z][a-z'’-]+)\s*[.!]?\s*$|[-–—]\s*(?P<m>[A-Z][a-z'’-]+)\s*$", tail, re.I)
    name = (m.group("n") or m.group("m")) if m else ""
    return name if name and name[:1].isupper() else ""


# 'on top of what's already in the inbox', 'two more just landed on top of the inbox': new asks added to the team's inbox.
ON_TOP_OF_INBOX = re.compile(r"\b(?:on top of|in addition to|besides|as well as|plus)\b[^.;]{0,40}\binbox\b"
                             r"|\b(?:add(?:ing|ed|s)?|(?:one|1|another) more|another(?: one)?|(?:a )?new one|just landed|landed|also)\s+(?:\w+\s+)?(?:to|for|in|into)\s+(?:the|my|our)\s+inbox\b", re.I)  # 'adding to the inbox: ...'



def _triage(s: Situation, sig: Signals, team: Any, today: date) -> None:
    normal = sig.text.normal
    pasted = requests.pasted_requests(sig.text.original) or requests.prose_asks(sig.text.original)
    sender = _sender_of_the_paste(sig.text.original) if _reply_to_several_asks(sig.text.original) else ""
    pasted = [r | {"requester": r["requester"] or sender} for r in pasted]  # 'Thanks, Dagny': every ask in her message is hers
    said = requests.budget_in_normal(normal)
    if said is not None:
        week = re.match(r"[^.;?!]{0,40}?\b(?:next|this|the coming) week\b", normal[said[2] :], re.I)  # '2 days of team time next week'
        s.put("interrupt_budget_days", said[0], "question", sig.words(said[1], said[2] + (week.end() if week else 0)))
    elif pasted and (own := requests.budget_in_own_words(sig.text.original, pasted)) is not None:
        s.put("interrupt_budget_days", own[0], "question", own[1])
    listed = [_asked_of(_pasted_request(r, today), r["text"], team) for r in pasted]
    if listed:
        s.put("requests", listed, "question", f"{len(listed)} pasted requests")
        on_top = ON_TOP_OF_INBOX.search(normal)
        if on_top and team is not None and getattr(team, "inbox", None):
            s.put("with_inbox", True, "question", sig.words(on_top.start(), on_top.end()))  # 'two more landed on top of the inbox'
        for f in [f for f in s.facts if f.name in ("start_date", "days_off", "deadline", "answer_by") and f.text]:
            if any(f.text.casefold() in r["text"].casefold() for r in pasted):
                s.drop(f.name)  # 'the legal clock started tuesday' inside a pasted request is that request's, not the manager's plan
        for name in ("person", "person_in_team", "requester", "request_title", "project", "audience", "recipient", "reason", "deadline", "urgency"):
            s.drop(name)  # each pasted request carries its own; the whole message names nobody in particular
        return
    added = ON_TOP_OF_INBOX.search(normal)
    on_top = added if added is not None and requests.request_title(normal) else None
    if (requests.INBOX_STRONG.search(normal) or (requests.wants_whole_inbox(normal) and not requests.request_title(normal))) and not on_top:
        return  # the whole inbox; but 'on top of what's in the inbox, mahlet just asked for X' adds X to it
    if on_top and team is not None and getattr(team, "inbox", None):
        s.put("with_inbox", True, "question", sig.words(on_top.start(), on_top.end()))
    title = requests.request_title(normal)
    kind, words = requests.request_kind(_sentence_of(normal, normal[title[1] : title[2]]) if title is not None else normal)  # the ask's own sentence: 'raj says the alert spike is fixed' is another's
    if title is None and kind == "incident":
        found = _incident_title(normal)  # 'since the release the fraud model is blocking good payments': what is broken
        title = (sig.words(found[1], found[2]), found[1], found[2]) if found else None  # in their words ('a fifth', not 'a 5th')
    if title is not None:
        s.put("request_title", title[0], "question", sig.words(title[1], title[2]))
        own = next((d for d in sig.dates if title[1] <= d.start < title[2] and d.role == "deadline" and d.value >= today), None)
        if own is not None:  # 'two days this week setting up an endpoint for her demo on wednesday': the ask is due on its own date
            s.put("deadline", own.value.isoformat(), "question", sig.words(own.start, own.end))
    s.put("request_kind", kind, "question" if words else "assumed", words or "nothing more specific was said, so a feature request")
    efforts = sig.by_role("effort", "remaining")
    if efforts:
        d = efforts[0]
        s.put("request_effort_weeks", d.weeks, "question", sig.words(d.start, d.end))
    level = requests.urgency(normal)
    if level is not None:
        s.put("urgency", level[0], "question", level[1])


def _asked_of(req: dict[str, Any], text: str, team: Any) -> dict[str, Any]:
    """A pasted request that names people of the team file ('can Priya re-run the tiers?'): the people it pulls in."""
    members = getattr(team, "people", None) or []
    named = [m.name for m in members if re.search(rf"\b{re.escape(m.name.split()[0])}\b", text, re.I)]
    return req | {"interrupts": named} if named and not req.get("interrupts") else req


def _inside_their_question(s: Situation, start: int, end: int, sig: Signals) -> bool:
    """A span of the question that sits inside the reader's own question, as relayed ('is it live by the 14th? if not i
    move the validation'): their words, never the manager's decision."""
    theirs = s.get("question_asked")
    said = sig.words(start, end).strip(" '\"’”").casefold()
    return isinstance(theirs, str) and len(said) > 8 and said in theirs.casefold()


def _incident_title(normal: str) -> tuple[str, int, int] | None:
    """The sentence that says what is broken, with what it started with ('since this morning's release ...')."""
    m = re.search(r"(?:^|[.!?]\s+)(?P<t>(?:since [^,.]{3,60}?(?:release|deploy|deployment|rollout|push|update|migration)\s*,?\s*)?[^.?!]{8,140}?\b(?:is|are|has been|have been|keeps?)\s+(?:\w+\s+)?(?:blocking|rejecting|failing|dropping|flagging|erroring|returning|timing out|crashing|double[- ]counting)[^.?!]{0,80})", normal, re.I)
    return (m.group("t").strip(), m.start("t"), m.start("t") + len(m.group("t").strip())) if m else None


ASKER_INSIDE = re.compile(r"^(?:someone|somebody|a (?:guy|person|dev|pm)|an? \w+|\w+) from (?P<team>[\w ]{1,25}?)\s+(?:is\s+)?(?:asking|asks|wants|needs|wondering|pinged)(?: about| for| if| whether| re)?\s+", re.I)
COMPLIANCE_ROLES = re.compile(r"\b(?:legal|compliance|risk|audit\w*|privacy|dpo|regulat\w*|counsel|data protection|inspector\w*|ehs|hse)\b", re.I)


def _short_title(text: str, limit: int = 90) -> str:
    """A request's title short enough to read in a list: cut at a clause break after its first words, else at a word,
    never mid-number ('... since last night's model update 😬 ~1')."""
    if len(text) <= limit:
        return text.strip()
    cut = re.search(r",\s|;\s|\s+(?:since|because|so|and then|but)\s|\s[^\w\s'\"“”‘’()/.,?!-]+\s", text[30:limit])
    if cut:
        return text[: 30 + cut.start()].strip(" ,;")
    return text[:limit].rsplit(" ", 1)[0].strip(" ,;") + "…"


def _pasted_request(line: dict[str, str], today: date) -> dict[str, Any]:
    """One pasted request, read like a single one: what is asked, its kind, urgency, effort and date."""
    text = Text.of(line["text"]).normal
    title = requests.request_title(text)
    plain = re.sub(r"^(?:(?:@\w+|hey|hi|quick one|quick q|fyi|pls|please)[\s,:-]+)+", "", expand_abbreviations(line["text"]), flags=re.I)
    plain = re.sub(r"^(?:can|could) (?:someone|somebody|we|you|u|ml|the team)(?: from [\w ]{1,20}?)? (?=\w)", "", plain, flags=re.I)
    plain = re.sub(r"^(?:can|could) (?-i:[A-Z][a-z'’-]+) (?:please )?(?=[a-z]+\b)", "", plain, flags=re.I)  # 'Could Tom add ...': the ask, not who
    plain = re.sub(r"^(?:get|do|have) (?=(?:a|an|the|some)\b)", "", plain, flags=re.I).rstrip("?! ")
    via = ASKER_INSIDE.match(plain)  # "someone from platform asking about GPU quota next qtr"
    if via:
        plain, title = plain[via.end() :], None
    role = line["requester_role"] or (via.group("team").strip() if via else "")
    kind = requests.request_kind(text)[0]
    if kind == "feature" and COMPLIANCE_ROLES.search(role) and not requests.request_kind(text)[1]:
        kind = "compliance"  # legal's ask with no kind of its own: a compliance one
    if title and DANGLING_TITLE.match(title[0]):
        title = None  # 'need it by the 16th' -> 'it', 'need ML to pull from the archive' -> 'from the archive': the ask is said before
    plain = re.sub(r"^(?:if |whether )?(?:we|you|u|someone|the team|ml) (?:could|can|would|might) (?:maybe |possibly |please )?", "", plain, flags=re.I)  # 'asked if we could ...'
    plain = re.sub(r"^i(?:'d| would) (?:like|love|appreciate)\s+", "", plain, flags=re.I)  # "I'd like a view on whether ..."
    plain = re.sub(r"^['‘\"“]?(?:have|take) a (?:quick )?look (?:at|into)['’\"”]?\s+", "a look at ", plain, flags=re.I)
    if not title:  # 'the model inventory updated before their fieldwork starts 11 jan, half a day': the ask, not its date or size
        cut = re.split(rf",\s|\s+\(|\s+(?:{requests.BY_A_DATE}|before|due)\b", plain, maxsplit=1, flags=re.I)[0].strip(" ,")
        plain = cut if len(cut.split()) >= 3 else plain  # an incident's cause is added back below
    out: dict[str, Any] = {"title": _short_title(_first_ask(title[0] if title else plain)), "requester": line["requester"], "requester_role": role, "kind": kind}
    level = requests.urgency(text) or (("high", "eod") if re.search(r"\beod\b|\btoday\b|\btomorrow\b", text, re.I) else None)
    if level:
        out["urgency"] = level[0]
    if kind != "incident" and reads_as_incident(text):  # the harm may sit past what the title keeps ('..., the buyer rejected two bales')
        out["kind"], out["urgency"], out["impact"] = "incident", "critical", "high"
    cause = A_CHANGE_STARTED.search(line["text"]) if out["kind"] == "incident" else None
    if cause and cause.group(0) not in out["title"] and len(out["title"]) + len(cause.group(0)) < 120:
        out["title"] = f"{out['title'].rstrip(' .,;')} {cause.group(0)}"  # what it started with decides the first move: roll that back
    clock = LEGAL_CLOCK.search(text)
    effort = next((d for d in find_durations(text) if d.role in ("effort", "remaining") and not (clock and d.start <= clock.start("n") < d.end)), None)
    hours = size_in_hours(line["text"]) if effort is None else None  # '~2 hrs': a small ask's stated size, never a day assumed
    if effort is not None:
        out["effort_days"] = round(effort.likely * WORKDAYS_PER_WEEK, 1)
    elif hours is not None:
        out["effort_days"] = round(hours * WEEKS_PER_UNIT["hour"] * WORKDAYS_PER_WEEK, 3)
    else:
        out["size_given"] = False  # 'no idea how big that is': the triage's day is assumed, and its date only an aim
    soon = re.search(r"\b(today|tonight|tomorrow)\b", text, re.I)
    when = ("deadline", "answer_by", "start") if out["kind"] == "meeting" else ("deadline", "answer_by")  # 'let's chat in the new year': when to book it, never a date due
    due = next((d.value for d in find_dates(text, today) if d.role in when and d.value >= today), None)
    if soon:
        due = today + timedelta(days=1 if soon.group(1).lower() == "tomorrow" else 0)
    clock_due = _clock_due(text, clock, today) if clock else None
    if clock_due is not None and (due is None or clock_due < due):
        due = clock_due  # 'a 30-day legal clock started tuesday': due 30 days after it started
    if due is not None:
        out["deadline"] = due.isoformat()
    return out


# A time limit running from a day already past: 'the 30-day legal clock started tuesday', 'one month from monday to respond'.
LEGAL_CLOCK = re.compile(r"\b(?P<n>\d+)[- ](?P<u>days?|weeks?|months?)\b(?:[- ](?:legal|statutory|response|regulatory|sla))?[- ]?(?:clock|deadline|window|limit|time limit|sla)\b", re.I)
DANGLING_TITLE = re.compile(r"(?:it|this|that|them|these|those|one|from|to|into|with|for|of|on|at|by)\b", re.I)


def _clock_due(text: str, clock: re.Match[str], today: date) -> date | None:
    """The last day of a stated time limit, counted from the day it started ('started tuesday' -> that Tuesday + 30 days)."""
    started = next((d.value for d in find_dates(text[clock.end() : clock.end() + 60], today) if d.value <= today), None)
    if started is None:
        return None
    n, unit = int(clock.group("n")), clock.group("u").lower()
    return started + timedelta(days=n * (7 if unit.startswith("week") else 30 if unit.startswith("month") else 1))


def _first_ask(text: str) -> str:
    """A request's first sentence or question, the rest being its context ('rerun the forecast? by the 11th' -> 'rerun
    the forecast'); the whole text when the first one is too short to say what is asked."""
    first = re.split(r"(?<=[?.!])\s+(?=\S)|\?\s*$", text.strip(), maxsplit=1)[0].rstrip("?. ")
    return first if len(first.split()) >= 3 else text

def _archetype(s: Situation, sig: Signals, team: Any, today: date) -> None:
    from tools import archetype

    text = sig.text.original
    infer = getattr(archetype, "infer_with_evidence", None)
    if infer is not None:
        found = {i.question: {"answer": i.answer, "evidence": i.evidence} for i in infer(text)}
    else:
        answers, notes, _ = archetype.infer_answers(text)
        found = {q: {"answer": a, "evidence": next((n.split('"')[1] for n in notes if n.startswith(q + "=") and '"' in n), "")} for q, a in answers.items()}
    if found:
        s.put("org", found, "question", "; ".join(v["evidence"] for v in found.values() if v["evidence"]))
    from tools.org_proposal import read_proposal

    change = read_proposal(text)
    if change is not None:
        s.put("org_change", change.words, "question", change.words)


FILLERS = {
    "reprioritization": _reprioritization,
    "planning": _planning,
    "one_on_one": _one_on_one,
    "stakeholder_message": _stakeholder,
    "triage": _triage,
    "archetype": _archetype,
}


# Corrections, team file, assumptions --------------------------------------------------------------
def _apply_corrections(s: Situation, corrections: dict[str, Any]) -> None:
    for name, value in corrections.items():
        if name in FACT_NAMES and value not in (None, ""):
            s.put(name, value, "question", "corrected by you")


def _stated_date_is_current_works(s: Situation, project: Any) -> None:
    """In a move, a stated date that is the current work's own deadline in the team file ('does dec 18 survive that?')
    is the current work's deadline, not the new work's."""
    deadline = s.fact("deadline")
    due = getattr(project, "deadline", None)
    if deadline is None or deadline.source != "question" or due is None or s.has("current_deadline") or deadline.value != due.isoformat():
        return
    s.drop("deadline")
    s.put("current_deadline", deadline.value, "question", deadline.text)


def _from_team_file(s: Situation, sig: Signals, team: Any, today: date) -> None:
    if team is None:
        return
    name = s.get("person")
    member = team.person(name) if isinstance(name, str) else None
    if member is not None:
        s.put("person_in_team", True, "team_file", "in your team file")
        work = member.current_work
        stated, new = s.get("project"), s.get("new_work")
        if work is not None and isinstance(stated, str) and isinstance(new, str) and stated.casefold() == new.casefold() != work.project.casefold():
            s.drop("project")  # the work asked for is never also the work it is taken from: theirs is in the team file
        if work is not None and "reprioritization" in s.intents and _about_current_work(s, work.project):
            if not s.has("project"):
                s.put("project", work.project, "team_file", f"{member.name}'s current work")
                if sig is not None:  # the team file's defaults (no signals): no stated date to re-bind
                    _deadline_of_current_work(s, sig)  # "aisha's feature store migration has to be done before the freeze on feb 12": hers
            if not s.has("remaining_weeks"):
                s.put("remaining_weeks", [work.remaining_weeks_low, work.remaining_weeks_likely, work.remaining_weeks_high], "team_file", f"{member.name}'s estimate in the team file")
            if not s.has("done_weeks"):
                s.put("done_weeks", work.weeks_invested, "team_file", f"{member.name}'s current work in the team file")
            if not s.has("success_probability"):
                s.put("success_probability", work.success_probability, "team_file", f"{work.project} in the team file")
            _stated_date_is_current_works(s, team.project(str(s.get("project"))))
            free = team.free_people(besides=member.name)
            if free:
                s.put("free_teammates", free, "team_file", "marked available in your team file")
        elif work is None and "reprioritization" in s.intents and s.get("project") in {p.name for p in team.projects}:
            _stated_date_is_current_works(s, team.project(str(s.get("project"))))  # 'sam's doing the shadow deployment for fraud v3'
        if "one_on_one" in s.intents:
            _team_cues(s, member)
    elif isinstance(name, str) and s.get("person_in_team") is not False:
        s.put("person_in_team", False, "question", "not in your team file")
    asker = next((r for r in team.inbox if r.requester and r.requester_role and isinstance(name, str) and r.requester.casefold() == name.casefold()), None)
    if member is None and asker is not None and s.get("person_in_team") is False:  # someone who sends the team requests: known by their role
        s.put("person_in_team", False, "team_file", f"{asker.requester_role}, a requester in your team file's inbox")
    _milestone(s, sig, team)
    _done_steps_of_project(s, sig, team)
    _team_project_facts(s, team, today)
    _team_audience(s, team)
    _team_defaults(s, team, today, sig.text.original if sig is not None else "")


# 'ignore the fine-tuned model, that's its own thing': a task the manager leaves out of what they ask about.
SET_ASIDE = re.compile(r"\b(?:ignore|ignoring|excluding|except(?: for)?|leave out|leaving out|not counting|not including|without|apart from|skip|skipping|drop|dropping|forget(?: about)?)\s+(?:the\s+|our\s+)?(?P<w>[\w-]+(?:\s+[\w-]+){0,3})", re.I)
# A step said not to make it ('assume the fine-tuned model doesn't make it', 'the distillation won't land'): set aside.
WONT_MAKE_IT = re.compile(r"\b(?:the\s+|our\s+)?(?P<w>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:doesn'?t|does not|won'?t|will not|isn'?t going to|never)\s+(?:make it|lands?|ships?|happens?|works? out|come through)\b", re.I)
# The step the release goes out on ('we launch on the prompted baseline', 'we'll ship with the rules version'): the plan that is real.
SHIPS_ON = re.compile(r"\b(?:we|we'll|we will|we're|it|it'll)\s+(?:just\s+|only\s+)?(?:launch|ship|go live|release|go out|go)(?:ing)?\s+(?:on|with)\s+(?:just\s+|only\s+)?(?:the\s+|our\s+)?(?P<w>[\w-]+(?:\s+[\w-]+){0,3})", re.I)
TASK_NAME_GENERIC = frozenset("and the a an of for to set test model work task step phase v1 v2 v3".split())


def _milestone(s: Situation, sig: Signals, team: Any) -> None:
    """A forecast asked for one task of the named team project ('when is the summarizer's prompted baseline demo-ready'):
    that task, when the question names it by its own words and does not set it aside; the forecast then ends there."""
    if s.intent not in ("planning", "stakeholder_message") or not isinstance(s.get("project"), str):
        return
    project = team.project(s.get("project"))
    if project is None or len(project.tasks) < 2:
        return
    normal = sig.text.normal.lower()
    aside = " ".join(m.group("w").lower() for m in [*SET_ASIDE.finditer(normal), *WONT_MAKE_IT.finditer(normal)])
    ships = [m for m in SHIPS_ON.finditer(normal)]
    named, shipped_on = [], []
    for task in project.tasks:
        words = [w for w in re.findall(r"[a-z0-9-]+", task.name.lower()) if w not in TASK_NAME_GENERIC]
        said = bool(words) and all(re.search(rf"\b{re.escape(w)}\b", normal) for w in words)
        if said and not all(re.search(rf"\b{re.escape(w)}\b", aside) for w in words):
            named.append(task.name)
        on = next((m for m in ships if words and all(re.search(rf"\b{re.escape(w)}\b", m.group("w")) for w in words)), None)
        if on is not None:
            shipped_on.append((task.name, on))
    if len(shipped_on) == 1:  # 'we launch on the prompted baseline': the release is that step and what waits on it, not a date for the step
        name, on = shipped_on[0]
        s.put("ships_on", name, "question", sig.words(on.start(), on.end()))
        return
    if len(named) == 1:  # the last task too ('the launch review'): its task plan is asked about, not the owner's overall estimate
        s.put("milestone", named[0], "question", named[0].lower())


# The state of a plan: a step said done ('the backfill wrapped this afternoon', 'schema mapping (3 days, already done)'),
# and where the remaining work picks up ('the plan picks up at train and tune on monday', 'we're on offline eval now').
DONE_AFTER = re.compile(r"^[\s,;:)(-]*(?:(?:and|but|which|that)\s+)?(?:(?:it|that)'?s\s+|(?:is|was|are|were|has been|have been|got|'s)\s+)?(?:already\s+|just\s+|now\s+|all\s+|fully\s+|basically\s+)?"
                        r"(?:done|finished|wrapped(?:\s+up)?|complete[d]?|shipped|landed|behind us|in the bag|out of the way)\b(?!\s+(?:by|before|in|within|around|once|when|if|after|next|tomorrow|on (?:mon|tue|wed|thu|fri)))", re.I)
NOT_YET_BEFORE = re.compile(r"\b(?:once|when|after|until|till|til|if|before|whether|unless|can|will|should|needs? to|has to|to get)\b[^.;?!]*$", re.I)
PICKS_UP_AT = re.compile(r"\b(?:picks? up (?:again )?(?:at|with|from)|resum\w* (?:at|with|from)|restart\w* (?:at|with|from)|mov(?:es|ing|ed) on to|on to|next up is|next is|(?:we'?re|we are|she'?s|he'?s|they'?re|it'?s) (?:now )?(?:on|at|into)|now on|starts? (?:at|with))\s+(?:the\s+)?$", re.I)
STEP_VERBS = frozenset("finish do run build complete".split())


def _step_at(normal: str, name: str) -> list[tuple[int, int]]:
    """Where a plan step is named by its own words ('the feature backfill' for 'Finish feature backfill'), as spans."""
    words = [w for w in re.findall(r"[a-z0-9-]+", name.lower()) if w not in TASK_NAME_GENERIC and w not in STEP_VERBS]
    if not words:
        return []
    said = "".join(rf"(?:{re.escape(w)}\w*\W+(?:\w+\W+){{0,2}}?)?" for w in words[:-1]) + re.escape(words[-1]) + r"\w*"  # 'the backfill' names 'Finish feature backfill'
    return [(m.start(), m.end()) for m in re.finditer(rf"\b{said}\b", normal, re.I)]


def _done_steps_of_project(s: Situation, sig: Signals, team: Any) -> None:
    """Steps of the named team project the question says are done, and those before the step the work picks up at:
    the forecast counts what is left from there, not the owner's overall estimate from today."""
    if s.intent not in ("planning", "stakeholder_message") or not isinstance(s.get("project"), str) or s.has("tasks"):
        return
    project = team.project(s.get("project"))
    if project is None or len(project.tasks) < 2:
        return
    normal = sig.text.normal
    deps = {t.name: list(t.depends_on) for t in project.tasks}

    def before(name: str) -> set[str]:
        out: set[str] = set()
        for d in deps.get(name, []):
            out |= {d} | before(d)
        return out

    done: set[str] = set()
    said: list[str] = []
    resumed: set[str] = set()
    for task in project.tasks:
        for a, b in _step_at(normal, task.name):
            clause = re.split(r"[.;?!]\s|,\s*(?:so|and|but)\b", normal[:a])[-1]
            if DONE_AFTER.match(normal[b:]) and not NOT_YET_BEFORE.search(clause):
                done |= {task.name} | before(task.name)
                said.append(sig.words(a, b + DONE_AFTER.match(normal[b:]).end()))
            elif PICKS_UP_AT.search(normal[max(0, a - 40) : a]):
                done |= before(task.name)
                resumed.add(task.name)
                said.append(sig.words(max(0, a - 40) + PICKS_UP_AT.search(normal[max(0, a - 40) : a]).start(), b))
                when = next((d for d in sig.dates if 0 <= d.start - b <= 25 and not re.search(r"[.;?!,]", normal[b : d.start])), None)
                if when is not None and not s.stated("start_date"):  # 'picks up at train and tune on monday': the rest starts then
                    s.put("start_date", when.value.isoformat(), "question", sig.words(a, when.end))
    left = [t.name for t in project.tasks if t.name not in done]
    if done and left:
        s.put("done_tasks", [t.name for t in project.tasks if t.name in done], "question", "; ".join(said))
        first_left = {t.name for t in project.tasks if t.name not in done and set(deps[t.name]) <= done}
        if s.get("milestone") in done | resumed | first_left:
            s.drop("milestone")  # 'picks up at train and tune': where the work restarts, not the step the date is for


def _team_defaults(s: Situation, team: Any, today: date, question: str = "") -> None:
    """What the team file can reasonably stand in for when the question leaves it out (always marked assumed); a
    status of the whole team's work stands for no one project."""
    from agent.team_status import status_reader, wants_team_status

    if wants_team_status(s, team, question) and not s.has("recipient") and (who := status_reader(question, team)):
        s.put("recipient", who, "question", who)  # 'Victor wants a status for his staff meeting': the status is for Victor
        _team_audience(s, team)

    if s.intent == "reprioritization" and not s.has("person"):
        member = _most_affected(team, s.get("new_work"))
        if member is not None:
            s.put("person", member.name, "assumed", f"you did not name anyone, so I took {member.name}, whose current work is furthest along")
            s.put("person_in_team", True, "team_file", "in your team file")
            _from_team_file(s, None, team, today)
    wants_forecast = s.intent == "planning" or (s.intent == "stakeholder_message" and s.get("purpose") in ("forecast_risk", "progress_update", "answer_question", "explain_uncertainty"))
    if wants_forecast and not s.has("project") and not s.has("tasks") and not wants_team_status(s, team, question):
        dated = sorted((p for p in team.projects if p.tasks and p.deadline and p.deadline >= today), key=lambda p: p.deadline)
        if dated:
            s.put("project", dated[0].name, "assumed", f"you did not name a project, so I took {dated[0].name}, the next deadline in your team file")
            if not s.has("deadline"):
                s.put("deadline", dated[0].deadline.isoformat(), "team_file", f"{dated[0].name}'s deadline in the team file")


def _most_affected(team: Any, new_project: Any) -> Any:
    """The person whose current work (not the new project) is furthest along: the costliest to switch."""
    candidates = [p for p in team.people if p.current_work and p.current_work.project != new_project and p.status != "on_leave"]
    if not candidates:
        return None

    def progress(p: Any) -> float:
        cw = p.current_work
        return cw.weeks_invested / max(cw.weeks_invested + cw.remaining_weeks_likely, 1e-9)

    return max(candidates, key=lambda p: (p.status == "near_finish", progress(p)))


def _about_current_work(s: Situation, project: str) -> bool:
    stated = s.get("project")
    return stated is None or s.fact("project").source != "question" or stated.casefold() == project.casefold() or not s.stated("remaining_weeks")


def _team_cues(s: Situation, member: Any) -> None:
    extra = []
    if member.status == "blocked" or member.days_stuck > 0:
        extra.append("stuck")
    if member.status == "near_finish":
        extra.append("near_finish")
    if member.status == "ramping_up":
        extra.append("new_hire")
    if member.recent_reprioritizations:
        extra.append("reprioritized")
    if extra and not s.has("cues"):  # the team file's signals stand in only when the question says nothing
        s.put("cues", extra, "team_file", f"{member.name}'s status in the team file")


def _inbox_request_facts(s: Situation, team: Any, today: date) -> None:
    """A move the inbox already holds ('Move Priya to the LLM summarizer on Monday'): its size and date fill the gaps."""
    from agent.understanding.people import find_projects

    person = s.get("person")
    if "reprioritization" not in s.intents or not isinstance(person, str) or s.stated("new_work_weeks"):
        return
    req = next((r for r in team.inbox if person.casefold() in (n.casefold() for n in r.interrupts)), None)
    if req is None or not _is_the_request(s, req, team):
        return
    named = find_projects(req.title, team)
    if not s.has("new_work"):
        s.put("new_work", named[0] if named else req.title, "team_file", f"the inbox request '{req.title}'")
    if isinstance(s.get("new_work"), str) and team.project(s.get("new_work")) is not None:
        return  # the project's own tasks and deadline size the new work
    s.put("new_work_weeks", list(req.effort_weeks()), "team_file", f"the inbox request '{req.title}' ({req.effort_days:g} days)")
    if not s.has("deadline") and req.deadline and req.deadline >= today:
        s.put("deadline", req.deadline.isoformat(), "team_file", "the inbox request's deadline")


def _is_the_request(s: Situation, req: Any, team: Any) -> bool:
    """The inbox request is the ask the question is about unless the question names another asker or other work ('Barnabas
    wants Priya ... for a collections score' is not Victor's 'Move Priya to the LLM summarizer'): then its size and date
    are another ask's."""
    from agent.understanding.people import find_projects

    asker = s.get("requester") if s.stated("requester") else None
    theirs = {w.casefold() for w in re.findall(r"[A-Za-z]+", f"{req.requester} {req.requester_role or ''}")}  # 'my VP': Victor, VP Engineering
    said = {w.casefold() for w in re.findall(r"[A-Za-z]+", asker)} - {"my", "our", "the", "a", "of"} if isinstance(asker, str) else set()
    if said and not said & theirs:
        return False
    work = s.get("new_work") if s.stated("new_work") else None
    if not isinstance(work, str):
        return True
    named = find_projects(req.title, team)
    return bool(_name_words(work) & (_name_words(req.title) | _name_words(named[0] if named else "")))


def _team_project_facts(s: Situation, team: Any, today: date) -> None:
    _inbox_request_facts(s, team, today)
    new_work = s.get("new_work")
    project = team.project(new_work) if isinstance(new_work, str) else None
    if project is not None:
        if not s.has("deadline") and project.deadline and project.deadline >= today:
            s.put("deadline", project.deadline.isoformat(), "team_file", f"{project.name}'s deadline in the team file")
        person = s.get("person")
        if project.tasks and not s.has("new_work_weeks"):
            weeks = list(project.weeks_for(person if isinstance(person, str) else None))
            s.put("new_work_weeks", weeks, "team_file", f"the task estimates of {project.name} in the team file")
    owner = team.current_work_owner(s.get("project")) if isinstance(s.get("project"), str) else None
    if owner is not None and s.intent == "stakeholder_message" and not s.has("remaining_weeks"):
        work = owner.current_work
        s.put("remaining_weeks", [work.remaining_weeks_low, work.remaining_weeks_likely, work.remaining_weeks_high], "team_file", f"{owner.name}'s estimate for {work.project} in the team file")
    named = team.project(s.get("project")) if isinstance(s.get("project"), str) else None
    if named is not None and s.intent in ("planning", "stakeholder_message") and not s.has("deadline") and named.deadline and s.get("milestone", named.tasks[-1].name if named.tasks else None) == (named.tasks[-1].name if named.tasks else None):  # the project's date is not its step's, but is its last step's
        s.put("deadline", named.deadline.isoformat(), "team_file", f"{named.name}'s deadline in the team file")


def _team_audience(s: Situation, team: Any) -> None:
    for key in ("recipient", "requester"):
        who = s.get(key)
        req = next((r for r in team.inbox if isinstance(who, str) and r.requester.casefold() == who.casefold()), None)
        if req is not None and req.requester_role and not s.has("audience") and "stakeholder_message" in s.intents:
            role = people.audience_in(req.requester_role)
            if role:
                s.put("audience", role[0], "team_file", f"{req.requester} is {req.requester_role} in the team file")
        if req is not None and key == "requester" and "stakeholder_message" in s.intents and not s.has("recipient"):
            s.put("recipient", req.requester, "question", who)
    _own_boss_by_role(s, team)


def _own_boss_by_role(s: Situation, team: Any) -> None:
    """'ask my VP for two more engineers': when the team file names exactly one person in that role (an inbox requester
    who is 'VP Engineering'), the message greets them by name."""
    said = s.fact("audience")
    bare = re.sub(r"^(?:(?:for|to|ask|tell)\s+)?(?:(?:the|our|my)\s+)?", "", (said.text or "") if said else "", flags=re.I)  # 'for the VP' is 'VP'
    if s.has("recipient") or said is None or said.source != "question" or len(bare.split()) > 2 or "stakeholder_message" not in s.intents:
        return
    named = {r.requester: r.requester_role for r in team.inbox if r.requester and r.requester_role
             and (role := people.audience_in(r.requester_role)) and role[0] == s.get("audience")}
    if len(named) == 1:
        who, role = next(iter(named.items()))
        s.put("recipient", who, "team_file", f"{who} is {role} in the team file")


# Defaults and the one clarifying question, per intent.
def _assume_and_ask(s: Situation, sig: Signals, team: Any, today: date) -> None:
    intent = s.intent
    if intent == "reprioritization":
        free = team.person(s.get("person")) if team is not None and isinstance(s.get("person"), str) else None
        if free is not None and free.current_work is None and not s.has("remaining_weeks"):  # free: nothing to ask
            s.put("remaining_weeks", [0.0, 0.0, 0.0], "team_file", f"{free.name} has no current work in the team file")
        _assume_reprioritization(s, today)
    elif intent == "one_on_one" and not s.has("person") and (boss := re.search(MY_BOSS, sig.text.normal, re.I)):
        said = sig.words(boss.start(), boss.end())
        s.put("person", "your " + said.split()[-1].lower(), "question", said)  # '1:1 with my boss wednesday': the meeting is with them
        s.put("person_in_team", False, "question", "your own manager")
    elif intent == "one_on_one" and not s.has("person"):
        s.missing.append("person")
        s.clarifying_question = "Who is the 1-on-1 with, and what is on your mind about them (new, quiet, stuck, wants promotion...)?"
    elif intent == "planning" and not s.has("tasks") and not _team_project(s, team):
        s.missing.append("tasks")
        s.clarifying_question = "What are the main tasks left, with a rough range for each (e.g. 'data cleanup 1-2 weeks, training 2-4 weeks')?"
    elif intent == "stakeholder_message":
        said_enough = len(re.findall(r"\d+", sig.text.normal)) >= 2 and len(sig.text.normal.split()) >= 30  # numbers and sentences: the content is there
        if team is None and not any(s.has(name) for name in MESSAGE_CONTENT) and not said_enough:
            s.missing.append("decision")  # 'write something for the board about where we are with it': about what?
            s.clarifying_question = "What should it say? Tell me the project and where it stands (what's done, what's left, any date or risk), and I'll write it."
        group = s.get("recipient_group")
        if not s.has("audience") and isinstance(group, str) and not group.startswith("#"):
            s.put("audience", re.sub(r"^(?:the|our|my)\s+", "", group, flags=re.I), "question", group)  # 'grete and the works council': the group is the reader
        if not s.has("audience") and s.get("purpose") != "rewrite":
            reason = f"{s.get('recipient')}'s role was not given, so I wrote for a senior stakeholder" if s.has("recipient") else "no recipient was named, so I wrote for a senior stakeholder"
            s.put("audience", "exec", "assumed", reason)
    elif intent == "triage" and team is None and not s.has("requests") and not s.has("request_title") and not s.clarifying_question:
        s.missing.append("requests")  # 'got 3 asks this morning, all urgent, where do i start': which asks?
        s.clarifying_question = "Which asks are they? Paste them one per line (who asked, what, by when) and I'll rank them."
    elif intent == "archetype" and len(s.get("org") or {}) < 2 and not s.has("org_change") and not _org_asked(sig.text.original) and (ask := _org_question(s.get("org") or {}, sig.text.original)):  # a floated change is answered from what was said
        s.missing.append("org")
        s.clarifying_question = ask
    if "stakeholder_message" in s.intents and intent != "stakeholder_message":
        if not s.has("purpose"):
            _stakeholder(s, sig, team, today)
        if not s.has("audience"):
            s.put("audience", "exec", "assumed", "no recipient was named, so I wrote for a senior stakeholder")


ORG_ASKS = {"ml_reports_to": "who does ML report to", "model_deployment": "who deploys and maintains the models", "data_access": "how easy is it to get data"}


# Facts a message can be written from; with none of them (and no team file) there is nothing to say yet.
MESSAGE_CONTENT = ("project", "decision", "reason", "offer", "question_asked", "draft_text", "headcount", "cost", "new_date", "tasks", "request_title", "new_work")


def _org_asked(text: str) -> bool:
    """The description asks a direct org question the reading answers from its own facts ('what do i ask for before i say
    yes'): that answer comes first, not a question back."""
    from tools.archetype_structure import answer_org_questions
    from tools.org_proposal import first_team_answer

    return bool(answer_org_questions(text, None)) or first_team_answer(text) is not None


def _org_question(known: dict[str, Any], text: str = "") -> str:
    """One question for what the description leaves out (never for what it already says, read or not); empty when it
    covers all of it."""
    from tools.archetype_facts import mentioned

    covered = mentioned(text)
    asks = [ask for key, ask in ORG_ASKS.items() if key not in known and key not in covered]
    if not asks:
        return "" if covered else "How much does leadership invest in ML, and who owns the data it needs?"
    joined = asks[0] if len(asks) == 1 else ", ".join(asks[:-1]) + " and " + asks[-1]
    return joined[0].upper() + joined[1:] + "?"


def _team_project(s: Situation, team: Any) -> bool:
    """The named project is in the team file: a project, or someone's current work."""
    if team is not None and isinstance(s.get("project"), list):
        return all(_team_project_named(team, p) for p in s.get("project"))
    if team is None or not isinstance(s.get("project"), str):
        return False
    return _team_project_named(team, s.get("project"))


def _team_project_named(team: Any, project: str) -> bool:
    return team.project(project) is not None or team.current_work_owner(project) is not None


def _assume_reprioritization(s: Situation, today: date) -> None:
    if not s.has("remaining_weeks"):
        s.missing.append("remaining_weeks")
        who = s.get("person")
        s.clarifying_question = (
            f"How much work does {who} have left on their current project (a rough range is fine)?"
            if isinstance(who, str)
            else "Who would move, and how much work do they have left on their current project (a rough range is fine)?"
        )
        return  # nothing to compare yet: assume nothing else
    if not s.has("new_work_weeks"):
        s.put("new_work_weeks", [2.0, 3.0, 4.0], "assumed", "the size of the new work was not given; I assumed 2-4 weeks")
    if not s.has("deadline") and (s.get("new_work_shape") == "fixed_loan" or s.has("time_share")):
        return  # a fixed loan or a share of the week has its own dates: what it costs the current work is the question
    if not s.has("deadline"):
        # Nothing says the new work is urgent: assume it can wait for the current work and still land, so an
        # assumed date never decides the recommendation on its own.
        wait = s.get("remaining_weeks")[-1] + s.get("new_work_weeks")[-1] + 1
        weeks = max(round(wait), round(s.get("new_work_weeks")[1] * 2), 2)
        new_work = s.get("new_work") if isinstance(s.get("new_work"), str) else "the new work"
        given = "no date was given for " + new_work if s.has("current_deadline") else "no deadline was given"  # the current work's date was
        s.put("deadline", (today + timedelta(days=weeks * 7)).isoformat(), "assumed",
              f"{given}; I assumed {weeks} weeks from now, time to finish the current work first")  # fmt: skip
    if s.fact("new_work_weeks").source == "assumed" and s.fact("deadline").source == "assumed":
        # The comparison below is only illustrative: both numbers that decide it were assumed.
        s.missing += ["new_work_weeks", "deadline"]
        s.clarifying_question = "How big is the new work, and when does it need to land? The comparison below uses assumed figures until you tell me."
