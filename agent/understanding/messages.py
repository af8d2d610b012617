"""What a message must do and what it must say: its purpose, the stakeholder's relayed question, a
decision the manager has already made, and whether the manager is asking for words to send at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agent.understanding.writer_notes import ASIDE_TO_WRITER as WRITER_NOTE
from agent.understanding.writer_notes import OFFER_AFTER_NO
from agent.understanding.writer_notes import OFFER_IN_TEXT as OFFER_RE
from agent.understanding.writer_notes import OFFER_LABEL as OFFER_LABEL_RE

# Words that say the matter is settled: the message announces it, it does not propose it.
DECIDED_WORDS = r"(?:decided|it'?s decided|decision(?:'s| is) made|(?:made|making) the (?:call|decision)|final(?: call)?|done deal|not (?:a|up for) (?:discussion|debate|vote)|non-?negotiable|signed off)\b"
# The manager's own people, as the readers of a message ('my team', 'my engineers', 'my group of 6').
OWN_PEOPLE = r"(?:(?:ml|data|research|eng|platform|applied)\s+)?(?:team|reports|engineers|people|group|folks|squad|crew|direct reports)\b"
# The first rule that matches decides the purpose (checked in this order).
PURPOSE_RULES: tuple[tuple[str, str], ...] = (
    ("explain_uncertainty", r"\bwhy (?:we|i) can'?t (?:promise|commit to|guarantee|give (?:them |her |him )?(?:a|one|the))\b|\bexplain\w*\b.{0,120}\b(?:uncertain\w*|why (?:i|we) can'?t (?:give|commit|promise)|(?:one|1|a single|exact|firm|fixed) (?:date|number|catch rate)|ranges?|probabilit\w*|how ml (?:works|projects work)|why ml|estimates?|can'?t promise)\b|\bwhy (?:ml|ai|data science|the model|it|we)(?:'s| is| are)? (?:always |so |projects )*(?:late|slow|unpredictable|uncertain)\b|\bcan'?t promise a (?:fixed|single|firm)\b|\bas a range\b[^.?!]{0,80}\brather than (?:a |one |1 )?(?:single |fixed |firm )?(?:figure|number|date)\b"
     # what a model can and cannot do ('tell her what the flood alert can and cant do'): its limits, explained
     r"|\bwhat\b[^.?!]{0,80}\bcan (?:and|&) (?:can'?t|cannot) do\b|\bwhat\b[^.?!]{0,80}\bdoes (?:and|&) (?:doesn'?t|does not) do\b"
     # a metric misread: "saw '99.2% precision' and now thinks 0.8% get a wrong bill. thats not what it means"
     r"|\b(?:that'?s|thats|this is|it'?s|its) not what (?:it|that|the (?:number|metric|figure)) means\b|\bwhat ['\"“‘]?(?:\d*\.?\d+\s*%?\s*)?(?:precision|recall|accuracy|auc|f1|error rate|mape|the metric|the number|that number)['\"”’]? (?:actually |really )?means\b|\b(?:it|that|this) (?:doesn'?t|does not|didn'?t) mean (?:that|this)\b|\b(?:plain|simple|clear|short|non-?technical|layman'?s?) (?:version|explanation)\b|\ban explanation\b"
     # a quoted figure taken for something else: "keeps quoting 'MAPE 8%' as 8% of stores being wrong", 'thinks it means'
     r"|\b(?:quot|read|tak|present|treat|report|sell|pitch)\w*\s+['\"“‘][^'\"”’]{1,30}['\"”’]\s+as\b|\bthinks? (?:it|that|this) means\b"
     # a reader's wrong idea of a metric: 'thinks 92% accuracy means it's wrong 8% of the time everywhere', 'reads our
     # P80 as a promise', 'believes 0.9 AUC means 9 in 10 alerts are real', "keeps saying it's '70% accurate' like a grade"
     r"|\b(?:thinks?|thought|believes?|assumes?|reads?|takes?|treats?|sees?|understands?|keeps? (?:saying|quoting|calling)|tells? (?:people|everyone|\w+ (?:that|it'?s))|is (?:quoting|reading|selling))\b"
     r"[^.?!]{0,80}?(?:\d\s*%|\b0?\.\d+\b|\b[pP][5-9]0\b|\b(?:accura\w+|precision|recall|auc|f1|error rate|mape|rmse|hit rate|catch rate|false (?:alarm|positive)s?)\b)"
     r"[^.?!]{0,80}?\b(?:means?|as (?:a|an|if|though|the)|like (?:it'?s|a|an)|equals?|=)\b"
     r"|\b(?:reads?|takes?|treats?|sees?|understands?)\s+(?:our|the|that|this|my)\b[^.?!]{0,60}?\bas (?:a|an) (?:promise|guarantee|grade|score|hit rate|pass mark|percentage|share)\b"
     # a wrong verdict on a model from a result: 'thinks the ranking model is a dud because clicks did not move'
     r"|\b(?:thinks?|thought|believes?|assumes?|is convinced|(?:has )?decided)\b[^.?!]{0,60}?\b(?:model|forecast\w*|classifier|recommender|detector|scorer|it)\s+"
     r"(?:is|was|'s)\s+(?:a dud|a failure|a flop|useless|broken|worthless|no good|pointless|rubbish|junk|not working|a waste)\b"),
    ("announce_change", rf"\b(?:post|message|note|announcement)\s+(?:for|to|in)\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+){{0,3}}(?:channel|team channel|team)\b.{{0,40}}\b{DECIDED_WORDS}|\b{DECIDED_WORDS}.{{0,40}}\bpost\b|\b(?:tell|inform|announce|(?<!status )(?<!progress )(?<!weekly )(?<!monthly )(?<!\ba )(?<!\ban )(?<!\bthe )update|notify)\b.{{0,25}}\b(?:my|the|our) (?:whole )?(?:ml |data |research |eng |platform |applied )?(?:team|reports|engineers|folks|squad)\b(?!\s*(?:lead|manager|head|pm|owner|'s|’s|\())|\blet (?:my|the|our) (?:whole )?(?:team|reports|engineers|folks|squad) know\b|\b(?:message|note|post|email|slack|update)\b.{{0,20}}\b(?:to|for) (?:my|the|our) (?:whole )?(?:team|reports|engineers)\b|\bannounc(?:e|es|ing|ements?)\b|\bteam (?:announcement|update|post)\b|\bpost in (?:the )?team\b|\b{DECIDED_WORDS}[\s\S]{{0,300}}?\b(?:write|draft)\s+(?:the|a|an)\s+(?:post|message|note|announcement)\s+(?:for|to|in)\s+the channel\b"),
    ("ask_for_resources", r"\braise (?:the|our|my) (?:[\w-]+ ){0,2}?(?:budget|spend|allocation)\b|\b(?:take|raise|increase|grow|bump|double|lift|up|move)\s+(?:our|the|my)\s+(?:[\w-]+\s+){0,2}?(?:spend|budget|allocation|quota|headcount)\s+(?:from|up|by)\b|\bask(?:ing)?\s+[a-z]+\s*(?:\([^)]{1,40}\)\s*)?for\s+(?:\d+|a|an|one|two|three)\s+(?:more\s+)?(?:[\w/-]+\s+){0,2}?(?:heads?|headcount|engineers?|mles?|people|hires?|data engineers?|scientists?|gpus?|l4s|a100s|h100s)\b|\bsign off (?:on )?(?:a |the |our )?(?:reserved |gpu |compute |cloud |budget |spend |headcount )|\breserv(?:e|ing) \d+ (?:h100|a100|gpu|node)s?\b|\b(?:gpu|compute|cloud) commitment\b|\bask(?:ing)? (?:my \w+ |the \w+ |our \w+ )?(?:for )?(?:an? )?(?:\d+ )?(?:more|another|extra|additional)\b|\basking (?:\w+ )?for (?:a |an |some |more )?(?:[\w-]+ ){0,2}(?:compute|gpu|cloud|budget|headcount|hires?|people|engineers?)\b|\basking (?:\w+ )?(?:for|to hire) (?:\d+|a|an|one|two|another) (?:[\w-]+ ){0,2}(?:engineers?|scientists?|annotators?|labell?ers?|contractors?|mles?|people|hires?|analysts?|headcount)\b|\bask(?:ing)? (?:the|my|our) (?:[\w-]+ ){1,3}?for (?:\d+|a|an|one|two|some|more|budget|headcount|help)\b|\bheadcount\b|\b(?:more|extra|additional) (?:[\w-]+ )?(?:people|engineers?|mles?|researchers?|analysts?|annotators?|labell?ers?|headcount|budget|gpus?|a100s?|h100s?|compute|hires?|help|time|scientists?|posts|roles|positions|reqs|ftes?)\b|\bthe ask to\b|\bbudget for\b|\b(?:budget|spend|compute|headcount|hiring) request\b|\b(?:more|extra|additional) (?:[\w-]+ )?spend\b|\b(?:budget|headcount|hiring|resourcing|compute|gpu) ask\b|\bwhy we need (?:a |an |one more |another |two |2 |\d+ )?(?:second |more |extra |new )?[\w-]+|\bwe need (?:a second|another|one more|two more|\d+ more)\b|\bgpu budget\b|\bhire (?:\d+|another|more)\b|\bopen (?:a )?req\b|\bbackfill (?:for|the)\b|\b(?:a|an|another|one|two|three|\d+|more|extra|short-term|temporary|temp)\s+(?:[\w-]+\s+)?contractors?\b|\bcontractor (?:budget|money|spend|costs?|help|hours|days|for)\b|\b(?:hire|hiring|get|bring in|bringing in|pay for|fund|budget for)\s+(?:a |an |some )?contractors?\b|\bweeks of an? (?:data |ml |platform )?(?:engineer|scientist|sre)\b"),
    ("forecast_risk", r"\bwon'?t make (?:it by |the )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the (?:date|deadline))"),
    ("forecast_risk", r"\b(?:was|were|we) (?:promised|due|supposed to (?:land|ship|be (?:done|ready)))\b[^.;]{0,80}[.;]\s*(?:realistically,?\s+|honestly,?\s+)?(?:it'?ll|it will|now it'?s|now|it'?s now|it'?s|realistically it'?ll) (?:be|land|ship|now|looking like|more like)\b"),
    ("ask_for_resources", r"\basking (?:them |him |her )?for help\b|\bwe need someone (?:for|to)\b|\bneed (?:a person|help) for\b"
                          r"|\b(?:need|needs|want|asking for|ask for)\s+(?:an? )?(?:extra |additional |another |more )?[$€£]\s?\d[\d.,]*\s?(?:k|m|bn)?\b(?:\s+more)?"),  # 'need €9k more a month for annotation'
    ("decline_or_negotiate", r"\bdecided\s*:?\s*no\b|\bwhat i can (?:give|offer)(?: (?:her|him|them))?\s*:|\bi (?:want|'d like|would like) to offer\b|\boffer(?:ing)? (?:\d+|one|a|an) (?:week|day|days|weeks|hours?)\b|\bno way\b|(?:^|[.!]\s*)no[.!]\s|\b(?:say no|decline|push ?back|turn (?:it |them |this )?down|(?:can'?t|cannot|won'?t|will not|not able to|not going to|unable to) (?:take|do|fit|build|run|support|deliver|make|have|commit|help with|lend|spare|give)|negotiate|counter[- ]?offer|counter\s*:|no (?:capacity|bandwidth)|reject|refuse)\b|\b(?:we|i) can'?t\b|\bthe answer is no\b|\b(?:friendly|polite|kind|short|firm) no\b|\bdescop\w+|\b(?:offer|propos\w+) [^.;]{0,40}\binstead\b|\bbut only (?:for|with|if)\b|\bisn'?t the (?:moment|time|right time)\b|\bnow isn'?t\b|\bnot happening\b|\b(?:a |the )?(?:clear|firm|hard|polite|friendly) no\b|\bwhat (?:i|we) (?:can|will|'ll|could) (?:do|offer|give)(?: instead)?\s*:|\bwe(?:'re| are) not (?:taking|doing|building|picking up|committing to|signing up for)\b|\bso no\b[.!,]|\bnot doing (?:it|this|that)\b|(?:^|[.!]\s*)can'?t\s*[-–—:,.]|(?:^|[.!]\s*)no\s+-\s|\bif (?:not|it'?s a no|its a no)\b|\bno live\b|\bnot (?:ready|possible) (?:for|by)\b|\bwhat (?:i|we)'?ll (?:offer|give)(?: instead)?\s*:|\bso no for\b|\b(?:write|draft|word) (?:the|a|my) no\b"),
    ("progress_update", r"\b(?:weekly|biweekly|bi-weekly|fortnightly|monthly|quarterly|status|progress|monday|tuesday|wednesday|thursday|friday|eod|eow|end of week|daily|sprint) (?:update|report|note|email|bullets)\b|(?:^|[.!?]\s+)update (?:to|for) (?:our |my |the )?\w|(?:^|[.!?]\s+)(?:the |my |our )?(?:weekly|biweekly|fortnightly|monthly)(?: one| note)? (?:to|for) (?:our |my |the )?\w|\bexec(?:utive)? summary\b|\bqbr\b|\bnewsletter\b|\bshout-?out\b|\bkudos\b|\bcall(?:ing)? out \w+'?s? (?:win|work|launch)\b|\bcelebrat\w+\b"),
    ("forecast_risk", r"\bslip\w*\b(?! through\b)|\bat risk\b|\bwon'?t make\b|\bnot going to make\b|\bmiss(?:ing)? the (?:date|deadline)\b"
                      # 'we told him the 15th ... and it's not going to happen. realistically that puts it at the 12th': a slip
                      r"|\b(?:it'?s|it is|that'?s|that is)\s+not going to happen\b|\brealistically,?\s+(?:that|this|it)\s+puts\s+(?:it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:at|to|on|in)\b"),
    # 'heads-up note to radhika ... she should plan on march 1 for now': a risk said ahead, with the date to plan on
    ("forecast_risk", r"\bheads?[- ]up (?:note|email|message|to)\b|\b(?:should|to|can|better) plan (?:on|for|around) (?:\w+ )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"),
    ("explain_uncertainty", r"\bexplain\b[^.?!]{0,40}\bwhy\b[^.?!]{0,60}\b(?:got worse|worse|dropped|fell|moved|changed|went (?:up|down)|dipped|spiked|regress\w*|degrad\w*|broke|jumped)\b"),
    # "it dropped because we changed the labelling guideline, the model didn't get worse": a number that moved, explained
    ("explain_uncertainty", r"\b(?:dropped|fell|went (?:up|down)|dipped|spiked|jumped|regressed|degraded)\b[^.?!;]{0,30}\bbecause\b|\b(?:drop|fall|dip|spike|jump|go (?:up|down))\s+from\s+[\d.]+\s*%?\s+to\s+[\d.]+\s*%?\s+(?:\w+\s+)?because\b|\b(?:model|it|forecast|classifier)\s+(?:didn'?t|did not|hasn'?t|has not)\s+(?:get|gotten|become|got)\s+worse\b"),
    ("explain_uncertainty", r"\bwhy\b[^?]{0,140}?\b(?:and not|not|instead of|rather than) (?:just )?(?:a |one |1 |a single |an exact )(?:number|date|figure|estimate)\b"),
    ("explain_uncertainty", r"\bwants? (?:one|1|a single|an exact|a firm|a fixed) (?:number|date|figure|estimate)\b"),
    # the reader takes a range for ignorance, or wants the one value: 'he thinks a range means we don't know', "wants 'the lap'"
    ("explain_uncertainty", r"\b(?:thinks?|thought|believes?|feels?|says?|assumes?)\s+(?:that\s+)?(?:a|the|our|any)\s+(?:range|spread|band|interval)\s+means\b"
                            r"|\bwants?\s+['\"“‘]?(?:the|one|a single|an exact)\s+(?:\w+\s+)?(?:lap|day|date|number|figure|value|week|answer)['\"”’]?\s+(?:from|for|out of|instead of|not)\b"),
    # a figure about to be quoted beyond what it means: 'so she says something true', "'94% accurate' is on our test set"
    ("explain_uncertainty", r"\b(?:says?|saying|claims?|quotes?|tells?)\s+(?:\w+\s+)?something\s+(?:true|accurate|defensible|honest)\b|\b(?:about to|going to|plans? to|will)\s+(?:tell|say to|quote to|pitch to|promise)\s+[^.?!]{0,40}['\"“‘][^'\"”’]{0,40}\d+\s*%[^'\"”’]{0,40}['\"”’]"),
    # 'asked why the new forecaster can't get food waste to zero': a limit of the model, explained
    ("explain_uncertainty", r"\bwhy\b[^.?!]{0,60}\b(?:can'?t|cannot|won'?t|doesn'?t|isn'?t|never)\b[^.?!]{0,40}\b(?:zero|0|100\s*%|perfect\w*|exact(?:ly)?|every (?:time|case|one)|always right)\b"),
    # a figure misquoted by the reader: "now says the model is '90% right'", "tells everyone it's '81% accurate'"
    ("explain_uncertainty", r"\b(?:says|said|tells (?:everyone|people|the \w+)|told (?:everyone|people|the \w+)|is telling (?:everyone|people)|claims|quotes?|calls? it)\b[^.?!]{0,60}['\"“‘][^'\"”’]{0,30}\d+\s*%\s*(?:accurate|right|correct|sure|certain|reliable|precise)['\"”’]"),
    # 'I need to explain, kindly but clearly, why that would be a mistake': a use of a model's figure advised against, explained
    ("explain_uncertainty", r"\bexplain\b[^.?!]{0,60}\bwhy\s+(?:that|this|it|doing (?:that|this|so))\s+(?:would|will|could|might)\s+(?:be\s+)?(?:a\s+)?(?:mistake|bad idea|wrong|risky|unwise|unfair|misleading|backfire)\b"),
    # 'asked why our alert cannot simply never miss', 'why the model can't just get it right': a limit asked about, explained
    ("explain_uncertainty", r"\bwhy\b[^.?!]{0,80}\b(?:can'?t|cannot|won'?t|doesn'?t|couldn'?t)\s+(?:simply|just)\b(?![^.?!]{0,30}\b(?:date|deadline|ship|launch|finish)\b)"),
    # a reader uneasy about one of our models or tools ('the board chair is nervous about our auto-grader'): what it does, explained
    ("explain_uncertainty", r"\b(?:is|are|'s|seems?|gets?|got|feels?)\s+(?:really\s+|a (?:bit|little)\s+|quite\s+|very\s+|so\s+)?(?:nervous|worried|anxious|uneasy|sceptical|skeptical|wary|suspicious|unconvinced)\s+(?:about|of)\s+(?:our|the|this|that|its)\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:model|grader|scorer|classifier|forecast|forecaster|predictions?|alert|detector|recommender|tool|system|algorithm|ai|scores?|bot|matcher|ranker|engine)s?\b"),
    ("explain_uncertainty", r"\bwhy\b.{0,60}\b(?:can'?t|cannot|won'?t|doesn'?t)\b.{0,30}\b(?:fixed|firm|single|exact|one|set) (?:[\w-]+ )?(?:date|deadline)\b|\b(?:keeps? asking|asking|asks|wants|pushing|pushes) (?:me |us )?for (?:just |only )?(?:a|one|a single|an exact|a firm|a fixed) (?:date|number|deadline)\b|\b(?:give|share|offer) (?:them |her |him )?a range\b.{0,30}\b(?:not|instead of|rather than) (?:a|one|a single) (?:date|number)\b"),
    ("answer_question", r"\b(?:asked|asking|asks|wants to know|wondering|wonders|want(?:s|ed)? to know|needs to know|question (?:is|was))\b(?:.{0,12}|\s+(?:on|in|during|at|over|via)\s+(?:the |our |a |my )?[#\w-]+(?:\s+[\w-]+)?\s+)\b(?:if|whether|when|can|could|will|how|why|what)\b|\basked (?:me )?(?:'|\"|“)|\bkeeps asking\b.{0,10}['\"“]|\bhelp me answer\b|\banswer (?:him|her|them)\b|\bwants a yes or no\b|\b(?:write|give|send|draft|get)\s+(?:(?:her|him|them|[a-z]+)\s+)?(?:a|an|my)\s+(?:(?:straight|honest|clear|direct|quick|short|plain|proper|real|simple|yes or no|yes/no)\s+)?answer\b"),
    ("respond_to_reprioritization", r"\b(?:reply|respond|answer|push back|what do i (?:say|tell))\b.{0,60}\b(?:mov\w+|pull\w*|switch\w*|reassign\w*|off|onto|reprioriti\w*)\b|\b(?:mov\w+|pull\w*|switch\w*|reassign\w*)\b.{0,80}\b(?:what do i (?:say|tell)|how (?:do|should) i (?:respond|reply))\b"),
    ("forecast_risk", r"\bslip\w*\b(?! through\b)|\bat risk\b|\brisk(?:s|y)?\b(?![\s-]+(?:ml|scor\w*|models?|team|channel|management|register|assessment|engine|lead|officer|committee|appetite|function|data|analytics|flags?))|\bdelay\w*\b|\blate\b|\bbehind\b|\bwon'?t (?:make|pan out|land|work)\b|\bnot going to make\b|\bmiss(?:ing)? the (?:date|deadline)\b|\bbad news\b|\bflag(?:ging|ged|s)? (?:it|this|that|the (?:risk|slip|delay)|a (?:risk|slip|delay)|up|early)\b|\bdate moves\b|\bmoves? (?:from|into|to) (?:jan|feb|mar|next)\w*|\b\d+% (?:load|capacity)\b|\bsomething has to (?:drop|give)\b"),
    ("explain_uncertainty", r"\b(?:give|share) (?:them |her |him )?a range\b.{0,30}\b(?:not|instead of) (?:a|one|a single) date\b"),
    # 'from next sprint i'm replacing the friday status meeting with ...': a change the manager makes, announced
    # a decision told to the manager's own people: "we've made the call: ... write it up for my team", "decided. let my
    # engineers know", "it's final ... need a note to the team"
    ("announce_change", rf"\b{DECIDED_WORDS}[\s\S]{{0,400}}?\b(?:for|to|with|let|tell|inform)\s+(?:my|our|the)\s+(?:whole\s+)?{OWN_PEOPLE}(?!\s*(?:lead|manager|head|pm|owner|'s|’s|\())"
                        rf"|\b(?:for|to|tell|inform|let)\s+(?:my|our)\s+(?:whole\s+)?{OWN_PEOPLE}(?!\s*(?:lead|manager|head|pm|owner|'s|’s|\())[\s\S]{{0,400}}?\b{DECIDED_WORDS}"),
    ("announce_change", r"\b(?:i'?m|we'?re|i am|we are|i'?ll be|we'?ll be|i will|we will)\s+(?:replacing|changing|scrapping|dropping|switching|introducing|cancell?ing|retiring|ending|merging|splitting|stopping|moving (?:the|our|to|from))\b"),
    ("progress_update", r"\bupdate for\b|\bwhere (?:we|things) stand\b|\bupdate\b|\bstatus\b|\bprogress\b|\bweekly\b|\bsummary\b"),
)
# A message named by its kind where the request opens ('weekly update to my director: ...', 'status report for the
# board'): that kind decides, whatever words its content holds ('if not signed', 'we can't').
NAMED_KIND = r"\b(?:weekly|biweekly|bi-weekly|fortnightly|monthly|quarterly|status|progress|eow|end of week|sprint) (?:update|report|note|email|bullets)\b"
# The manager wants words to send (a message, a reply, what to tell someone).
# A message word used as a verb of what others do, in a description ('two analysts who email a weekly forecast to the
# depots', 'they post results in slack'): how the work travels, never a message asked for.
_SAID_OF_OTHERS = r"(?<!\bwho )(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!\bthat )(?<!\bwhich )"
# 'Please note that the works is closed', 'note that she estimates': to note is to point out, not a note to write.
_NOT_A_NOTE = r"(?<!please note)(?<!pls note)(?!(?<=note)\s+(?:that|how|the fact|this|too|also)\b)"
WANTS_WORDS = re.compile(
    r"\b(?:budget|spend|compute|headcount|hiring|resourcing) (?:request|ask|pitch|proposal) (?:to|for)\b|"
    rf"\b(?:draft|write(?! (?:their|his|her|its|the code|code|tests|reviews|docs|papers)\b)|compose|reword)\b|\b(?:word|phrase|rewrite) (?:it|this|that|my|the (?:message|email|note|reply))\b|{_SAID_OF_OTHERS}\b(?:email|e-mail|mail|slack|dm|message|note|memo|reply|response|announcement|post|one-?pager|1-?pager|write-?up|brief)\b(?!-\w)(?! (?:from|by) ){_NOT_A_NOTE}|"
    r"\bwhat (?:do|should|can) i (?:say|tell|write|reply|respond|send)\b|\bhow (?:do|should|can) i (?:say|tell|word|phrase|respond|reply|explain|put|break|frame|pitch|communicate|ask)\b|"
    r"\bhelp me (?:ask|tell|explain|respond|reply|say|write|word|pitch|push back|decline|announce|communicate|answer)\b|\b(?:tell|explain to|let) (?:my|our|the) (?:\w+ ){0,2}(?:know|team|vp|cto|cfo|ceo|coo|cpo|cmo|cro|gm|chair|board|director|boss|head|pm|exec\w*|leadership|product|stakeholders?)\b|"
    r"\bwhat do i tell (?:her|him|them)\b|\bask my (?:vp|cto|cfo|ceo|director|boss|manager|head)\b|\b(?:need|have|got) to (?:tell|explain|break it to|let|answer|reply)\b|\b(?:need|have|got|want) to say (?:that|this|it)\b|\b\d+ bullets max\b|"
    r"\banswer (?:her|him|them)\b|\b(?:the )?actual words\b|\bwhat to say\b|\bgive (?:her|him|them) my (?:view|take|answer|opinion|recommendation)\b|"
    r"\b(?:qbr|status|progress|weekly|monthly|exec(?:utive)?) (?:update|summary|report|note)\b|\bmake the case\b|\bsay back\b|\bkeep it warm\b|\bkeep it (?:short|brief|simple|tight|high[- ]level)\b|\b(?:no|w/?o|without) jargon\b|\bno (?:stats?|statistics|maths?|tech(?:nical)?)[ -](?:talk|speak|jargon)\b|\bplain (?:english|language|words)\b|\b(?:biweekly|bi-weekly|fortnightly|quarterly) update\b|\b\d+ (?:short )?paragraphs?\b|\bunder \d+ words\b|\b(?:turn|make) (?:it|this|that) into (?:a|an) (?:[\w-]+ )?(?:ask|message|email|note|pitch|request|case)\b"
    # 'need the ask to our site director', 'what i'd tell her: ...', '5 sentences max', 'at most 3 lines'
    r"|\b(?:short|plain|simple|clear|non-?technical)\s+(?:\w+\s+)?version\b|\bversion (?:she|he|they|i|we) can (?:reuse|use|forward|share|send)\b"  # 'a short plain version she can reuse'
    r"|\b(?:the|an|my|our|compute|budget|headcount|gpu|hiring|resource|infra) ask (?:to|for)\b|^\s*ask\s+[a-z]+\s*\([^)]{1,30}\)\s+for\b|\bwhat i'?d (?:tell|say to) (?:her|him|them|[a-z]+)\b|\bwhat i (?:want|need|'d like) to (?:tell|say)\b|\b\d+ (?:sentences|lines|words) max\b|\b(?:max|at most|no more than) \d+ (?:sentences|lines|words)\b",
    re.IGNORECASE,
)
QUESTION_ASKED_RE = re.compile(
    r"\b(?:asked(?: me| us| (?:our|my|the) [\w-]+)?|asking(?: me)?|asks(?: me)?|wants to know|wondering|wonders|want(?:s|ed)? to know|needs to know|"
    r"(?:caught|stopped|cornered|collared|grabbed)\s+(?:me|us)\b[^:.?!]{0,60}:)\s+"  # 'grace caught me in the hallway: will it ...?'

    r"(?:(?:on|in|during|at|over|via)\s+(?:the |our |a |my )?[#\w-]+(?:\s+[\w-]+)?\s+)?"  # 'asked on the audit thread if ...'
    r"(?P<q>(?:if|whether|when|how|why|what|can|could|will)\b(?:[^.?!;]|(?<=\d)\.(?=\d)){3,140})",
    re.IGNORECASE,
)
STYLE_NEXT = r"(?=\.?\s*(?:something|short|keep it|quick (?:note|email)|brief|make it|no jargon|friendly|pls|please|write|draft|reply)\b|\.?\s*$)"
DECISION_RE = re.compile(
    r"\b(?:tell|let|inform|announce to|update)\s+(?:my|the|our)\s+(?:whole\s+)?(?:(?:ml|data|research|eng|platform|applied)\s+)?(?:team|reports|engineers|folks|squad)(?!\s*(?:lead|manager|head|pm|owner|'s|\())\s*:?\s+(?:know\s+)?(?:that\s+)?(?P<d>[^.?!;]{6,200})"
    r"|\b(?:we(?:'ve| have)? decided|i(?:'ve| have)? decided|the decision is)\s+(?:that\s+|to\s+)?(?P<e>[^.?!;]{6,200})"
    rf"|\b{DECIDED_WORDS}[^:.?!]{{0,50}}:\s*(?P<q>[^?!]{{6,400}}?)(?=\.\s+(?:this is because|because|reason\b|why\b|context\b|background\b|under \d|some (?:will|of them|people|folks)|i know|i think|short|keep it|make it|pls|please|no )|\.?\s*$)"
    r"|\b(?:saying|announcing|to say)\s+(?:that\s+)?(?P<f>[^.?!;]{6,200})"
    r"|\b(?:reply|respond|answer)\s+(?:\w+\s+)?that\s+(?P<h>[^.?!;]{6,200})"
    r"|\btell\s+(?:the\s+|my\s+|our\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:that\s+)?(?P<i>(?:we'?re|we are|we'?ll|we will|we'?ve|we have|we can'?t|we won'?t)\s+[^.?!;]{6,200})"
    r"|\b(?:flag|warn|tell|let)\s+(?:to\s+)?(?:\w+\s+){1,4}?(?:know\s+)?that\s+(?P<j>[^.?!;]{6,200})"
    r"|\b(?:need|have|want|got|going) to (?:tell|let|warn|inform|update)\s+(?:(?:the|my|our|his|her|their)\s+)?(?:[\w-]+\s*(?:\([^)]{0,40}\)\s*)?)(?:know\s+)?(?:that\s+)?(?P<l>[^?!]{6,400}?)" + STYLE_NEXT +
    r"|^\s*(?:weekly|monthly|quarterly|status|progress)\s+update\s+for\b[^.:]*[.:]\s*(?P<m>[^?!]{6,400}?)" + STYLE_NEXT +
    r"|^\s*(?:customer[- ]facing|to (?:the )?(?:team|customer|client|board|execs?)|for (?:the )?(?:team|customer|client|board|cfo|ceo|cto|vp)|heads?[- ]up|fyi)\s*:\s*(?P<n>[^?!]{20,500}?)" + STYLE_NEXT +
    r"|\b(?:our|my) (?:estimate|range|forecast|numbers?|take|view)\s*:\s*(?P<o>[^?!]{4,300}?)" + STYLE_NEXT +
    r"|\b(?:starting|from|as of|beginning)\s+(?:next\s+|this\s+)?(?:mon|tue|wed|thu|fri|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|sprint|month|q[1-4])\w*\s*,?\s+(?P<p>(?:i'?m|we'?re|i am|we are|we'?ll|i'?ll|we will|i will)\s+[^?!]{6,200}?)(?=\.\s*(?:how|what|can|should|help|pls|please)\b|\?|\.?\s*$)"
    r"|\b(?:my (?:call|answer|decision|position)|counter(?:[- ]?offer)?|(?:what )?i can offer|offer)\s*:\s*(?P<k>[^?!]{4,300}?)(?=\.?\s*(?:write|draft|reply|respond|send|keep it|make it|short|pls|please)\b|\.?\s*$)",
    re.IGNORECASE,
)


REASON_RE = re.compile(
    r"\bexplain(?:ing|s)?\s+(?:(?:it\s+|this\s+)?to\s+[^.?!;]{1,40}?\s+)?(?:why|how|that)\s+(?P<r>[^.?!;]{6,200})"
    r"|(?P<b>\b(?-i:[A-Z][a-z]+)\s+(?:is|'s)\s+(?:our|the)\s+only\s+[^.?!;]{2,160})"
    r"|\b(?:asked|asks|asking|wants to know|wondering|wonders)\s+(?:me\s+|us\s+)?(?P<w>why\s+[^.?!;]{6,200}?)(?=,\s+and\s+(?:whether|if)\b|[.?!;]|$)",  # 'she asked why we show a range ...'
    re.IGNORECASE,
)


STYLE_SENTENCE = re.compile(r"^\s*(?:short|keep it|make it|no jargon|friendly|pls|please|thanks|be )", re.I)


def explained_facts(text: str) -> str | None:
    """What the manager adds after asking for an explanation ('... and what we're doing. we found a data drift in
    the billing feed, fix lands next week'): the facts the explanation must use."""
    sentences = [x.strip() for x in re.split(r"(?<=[.!?])\s+", text) if x.strip()]
    at = next((i for i, x in enumerate(sentences) if re.search(r"\bexplain", x, re.I)), None)
    if at is None:
        return None
    rest = [x.rstrip(".") for x in sentences[at + 1 :] if not STYLE_SENTENCE.match(x) and len(x.split()) >= 4]
    return ". ".join(rest) if rest else None


def reason_in(text: str) -> tuple[str, int, int] | None:
    """What the manager wants explained ('why the offline gains did not show up in the A/B test')."""
    m = REASON_RE.search(text)
    if not m:
        return None
    group = "r" if m.group("r") else "w" if m.group("w") else "b"  # "explain why ...", "she asked why ...", or "Aisha is our only DE ..."
    r = re.split(r",?\s+(?:without|and (?:make|keep|don'?t)|but (?:keep|don'?t)|so (?:that )?(?:it|they))\b", m.group(group), flags=re.I)[0]
    return r.strip(" ,"), m.start(group), m.start(group) + len(r.strip(" ,"))


# The manager's own ask, where they say what they want written: 'ok need to ask haruto (VP finance) for ...', 'i need to
# explain why ...', 'help me say no to ...', 'can you answer her question'. The verb and its object say what the message
# does; words in the facts around it ('weekly', 'we can't', 'unlikely') only decide when no such ask is said.
ASK_LEAD = (
    r"(?:^|[.!?;\n]\s*|,\s*|\b(?:ok|okay|so|and|but|pls|please|just)\s+)"
    r"(?:(?:ok|okay|so|and|but|pls|please|just|now)\s+)*"
    r"(?:(?:i|we)\s+)?(?:(?:really|still|also|now|then)\s+)?"
    r"(?:(?:need|have|want|got|gotta|must|'?d like|would like|'?m going|am going|going)\s+(?:to\s+)?|help me\s+|(?:can|could) (?:you|u) (?:help me\s+)?)?"
)
# What the manager asks for, to a named reader: money, people, compute or time (the object of 'ask ... for').
RESOURCE_OBJECT = (
    r"[$€£]\s?\d|\b\d[\d,.]*\s?k\b|\b(?:\d+|one|two|three|more|extra|another) heads?\b(?![- ]up)|\b(?:budget|headcount|hires?|gpus?|compute|cloud|engineers?|mles?|scientists?|people|"
    r"contractors?|annotators?|labell?ers?|money|funding|spend|credits|reqs?|backfill|another (?:person|engineer))\b"
    # 'one more CV engeneer', 'two more labellers': a count of more people, whatever the spelling of the role
    r"|\b(?:one|two|three|four|five|\d+|a few|a couple of) more (?!(?:time|look|chance|try|round|question|thing|day|week|month|sprint)s?\b)[\w-]+"
)
# the manager's own need of money, people or compute, with a reader to get it from: 'need another 9k a month of
# cloud credits ... the finance director is priyanka', 'i have to get 3 more annotators from our COO'
NEED_OF_RESOURCES = re.compile(
    r"(?:^|[.!?;\n]\s*)(?:(?:ok|okay|so|and|but|just|now|hi|hey)[\s,]+)*(?:(?:i|we)\s+)?(?:really\s+|still\s+|urgently\s+|also\s+)?"
    r"(?:need|want|have to (?:get|find|secure)|gotta get|must get|'?d like)\s+(?:to (?:get|find|secure) )?(?:(?:~|about|around|roughly|another|an extra|extra|more|additional)\s*)*"
    r"(?P<obj>(?:[$€£]\s?\d|\d[\d,.]*\s?k?\b|one\b|two\b|three\b|four\b|five\b|six\b|more\b|extra\b|additional\b|another\b|budget\b|headcount\b|gpu\b|compute\b)[^.;:!?\n]{0,40}?(?:" + RESOURCE_OBJECT + r"))", re.I)
# Who gives money, people or compute: a need says it is an ask only when it names one ('from our COO', 'the CFO is ...').
RESOURCE_GIVER = re.compile(r"\b(?:cfo|coo|ceo|cto|cpo|cio|vp|svp|evp|director|head of \w+|finance|board|boss|gm|chief \w+|exec\w*|leadership|sponsor|budget holder)\b|\bfrom (?:my|our|the) \w+", re.I)
ASKED_PURPOSE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ask_for_resources", re.compile(
        ASK_LEAD + r"(?:ask|asking|request|pitch|make the case (?:to|for))\b\s+(?:(?:my|our|the)\s+)?(?:[\w'-]+\s+){0,3}?(?:\([^)]{1,40}\)\s*|[\w'-]+,\s*[\w'-]+(?:\s+[\w'-]+)?,\s*)?(?:for|to (?:fund|approve|sign off|pay for))\s+"
        r"(?P<obj>[^.;:!?\n]{0,40}?(?:" + RESOURCE_OBJECT + r"))", re.I)),
    ("ask_for_resources", re.compile(
        r"^\s*(?:(?:the|an?|my|our)\s+)?(?:(?:compute|budget|gpu|headcount|hiring|resource)\s+)?ask\s+(?:for|to)\s+[a-z][\w'-]*(?:\s*\([^)]{1,40}\))?\s*:\s*"
        r"(?P<obj>[^\n]{0,80}?(?:" + RESOURCE_OBJECT + r"))", re.I)),
    ("ask_for_resources", NEED_OF_RESOURCES),
    ("decline_or_negotiate", re.compile(ASK_LEAD + r"(?:say no|decline|turn (?:it |this |them )?down|(?:write|draft|word) (?:the|a|my) no)\b(?P<obj>)", re.I)),
    ("answer_question", re.compile(ASK_LEAD + r"(?:answer|reply to|respond to|get back to \w+ on)\s+(?:(?:his|her|their|the|that|this) )(?:[\w-]+ )?question\b(?P<obj>)", re.I)),
    ("explain_uncertainty", re.compile(
        ASK_LEAD + r"explain\b(?:\s+to\s+[^.?!;]{1,40}?)?\s+(?P<obj>(?:why|what|how)\b[^.?!;\n]{3,200})", re.I)),
    # words asked for about why or what a number means: 'write her something short on why 3% isn't a sure thing', 'a
    # short explanation she'll get', 'what it actually means: ...' (the manager's own reading of the figure)
    ("explain_uncertainty", re.compile(
        r"\b(?:something|a note|a message|a line|a reply|an email|words|a few lines|a paragraph)\s+(?:short\s+|quick\s+|brief\s+)?(?:on|about|explaining)\s+(?P<obj>(?:why|what|how)\b[^.?!;\n]{3,200})"
        r"|\b(?:an?\s+)?(?:(?:short|quick|brief|plain|simple|clear|plain[- ]english)\s+)?explanation\b(?=\s+(?:for\s+|to\s+)?(?:her|him|them|she|he|they|the\s+\w+|my\s+\w+|our\s+\w+)\b)(?P<obj2>)"
        r"|\bwhat (?:it|that|this|the (?:number|figure|metric|score)) (?:actually|really) means\b(?P<obj3>)", re.I)),
)
# Inside an 'explain why ...': a slip to warn of, or work we will not take on, says what the explanation is for.
EXPLAINED_SLIP = re.compile(r"\b(?:slip\w*|(?:be|running) late|won'?t (?:make|land|ship)|miss(?:ing)? (?:the|our) (?:date|deadline)|delay\w*|behind)\b", re.I)
EXPLAINED_NO = re.compile(r"\b(?:can'?t|cannot|won'?t|will not|not able to|unable to|not going to)\s+(?:take(?: on)?|pick up|build|do (?:it|this|that|the)|fit|lend|spare|staff|support|run|deliver|help with|commit to (?:building|doing|taking))\b|\bsay(?:ing)? no\b", re.I)


_LEAD_WORDS = re.compile(r"^[\s.,;!?]*(?:(?:ok|okay|so|and|but|pls|please|just|now|i|we|really|still|also|then|need|have|want|got|gotta|must|to|help me|can you|could you|can u|could u)\s+)*", re.I)


def asked_purpose(text: str) -> tuple[str, str] | None:
    """The purpose the manager's own ask names (its verb and object), with the words that say it (from the verb to
    the end of the word its object ends on), or None."""
    for purpose, pattern in ASKED_PURPOSE:
        m = pattern.search(text)
        if m is None or (pattern is NEED_OF_RESOURCES and not RESOURCE_GIVER.search(text)):
            continue
        end = m.end() + len(re.match(r"[^\s,;:!?\n]*", text[m.end() :]).group(0))  # '$2' of '$22k/month' ends at the word's end
        said = _LEAD_WORDS.sub("", text[m.start() : end]).strip(" ,.;")
        if purpose == "explain_uncertainty":
            what = m.group("obj") or ""
            if EXPLAINED_NO.search(what):
                return "decline_or_negotiate", said
            if EXPLAINED_SLIP.search(what):
                return "forecast_risk", said
        return purpose, said
    return _relayed_why(text)


# The reader's own question asks for a reason or a meaning ('wants to know why the forecast was off by a third', 'asked
# whether that means 8% of what we sell is fake'): the answer explains; a 'will it ship by X' is answered with odds.
MEANING_ASKED = re.compile(r"^(?:whether|if)\s+(?:that|this|it)\s+(?:really\s+)?means?\b|^what\b[^?]{0,60}\bmeans?\b", re.I)


# What an explanation of uncertainty is about: a forecast, a model's number, an estimate that was off.
ABOUT_A_NUMBER = re.compile(r"\b(?:forecasts?|predict\w*|models?|estimates?|metric|score|accura\w+|precision|recall|error|range|percent|\d+\s*%|off by|was off|so far off|wrong by)\b|\d\s*%", re.I)


def _relayed_why(text: str) -> tuple[str, str] | None:
    """An explanation the reader's relayed question asks for (a why or a meaning), with its words, or None."""
    asked = question_asked(text)
    if asked is None:
        return None
    q = asked[0].strip()
    if not ((re.search(r"(?:^|[.?!]\s*)why\b", q, re.I) and ABOUT_A_NUMBER.search(q)) or MEANING_ASKED.search(q)):
        return None  # 'why has marco been blocked for 3 days?' is a status question: answered, not explained as uncertainty
    said = text[asked[1] : asked[2]]
    if EXPLAINED_SLIP.search(q):
        return "forecast_risk", said
    return "explain_uncertainty", said


def purpose_of(text: str, *, reprioritization: bool = False) -> tuple[str, str]:
    """(purpose, the words that decided it); a reply about someone being moved is a reprioritization response.
    A channel's name ('#risk-ml') says where the message goes, not what it does. The manager's own ask ('need to ask
    X for ...', 'explain why ...') decides first; the words of the facts decide only when no such ask is said."""
    text = re.sub(r"#[\w-]+", "the channel", text)
    head = re.split(r"[:.!?\n]", re.sub(r"\([^)]{0,80}\)", " ", text.strip()), maxsplit=1)[0]  # '(non-technical, mostly ops heads)' is an aside
    named = re.search(NAMED_KIND, head, re.IGNORECASE) if len(head.split()) <= 12 else None
    if named and not reprioritization:
        return "progress_update", named.group(0)  # "weekly update to my director, bullets: ... if not signed we lose 2 weeks": the kind it is named as
    asked = None if reprioritization else asked_purpose(text)
    said = _purpose_in_words(text, reprioritization)
    if asked is not None and not (asked[0] == "explain_uncertainty" and said[0] in KINDS_AN_EXPLANATION_SERVES):
        return asked
    return said


# Messages that carry an explanation inside them: 'announcement for the team ... explain why it's worth it', 'explain
# why we need a second GPU node' (a resource ask). Their kind, named in the ask, stays.
KINDS_AN_EXPLANATION_SERVES = ("announce_change", "ask_for_resources")


# Where one clause of the question ends: a sentence end, a line break, a dash between words, an emoji.
CLAUSE_END = re.compile(r"(?<=[.?!;])\s+|\n+|\s+[-–—]\s+|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]+\s*")
# A clause that asks for words, beyond WANTS_WORDS: 'explain it to her', 'need a plain explanation she can repeat'.
ASKS_FOR_WORDS = re.compile(r"\bexplain\b|\bexplanation\b|\banswer\b|\breply\b|\brespond\b", re.I)
# Someone else's words quoted in the question ("she wrote: 'can we stop the checks?'"): they never pick the purpose. A
# quoted figure or term ('MAPE 8%', "'99% accurate'") is the manager's subject, and stays.
QUOTED_WORDS = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=:))(?:\"[^\"\n]{5,300}\"|“[^”\n]{5,300}”|['‘](?:[^'’\n]|(?<=\w)['’](?=\w)){5,300}['’](?!\w))")
# A purpose word the manager negates ('i don't want to say no outright', 'without pushing back').
NEGATED_WORD = re.compile(r"\b(?:don'?t|do not|never|not|without)\s+(?:(?:want|need|mean|have|plan|wish|going|trying)\s+to\s+)?$", re.I)
# The story's purpose rules that are too general to decide from an ask clause alone ('update' in 'write her an update
# on the slip' is the form; the slip is the purpose).
GENERAL_RULES = 1  # the last rule of PURPOSE_RULES


def _without_quoted_words(text: str) -> str:
    """The text with quoted sentences (four words or more) blanked, keeping every offset."""
    return QUOTED_WORDS.sub(lambda m: " " * len(m.group(0)) if len(m.group(0).split()) >= 4 else m.group(0), text)


def ask_clauses(text: str) -> list[str]:
    """The clauses in which the manager asks for words ('write her a straight answer', 'what do i tell him', 'draft a
    note to shirin asking to ...'), in order, without quoted words."""
    plain = _without_quoted_words(text)
    return [c for c in CLAUSE_END.split(plain) if c and c.strip() and (WANTS_WORDS.search(c) or ASKS_FOR_WORDS.search(c))]


def _first_rule(text: str, reprioritization: bool, rules: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    """The first rule that matches words not negated ('i don't want to say no') and not inside someone's quoted words."""
    plain = _without_quoted_words(text)
    for purpose, pattern in rules:
        if purpose == "respond_to_reprioritization" and not reprioritization:
            continue
        m = next((m for m in re.finditer(pattern, plain, re.IGNORECASE) if not NEGATED_WORD.search(plain[max(0, m.start() - 30) : m.start()])), None)
        if m:
            return purpose, m.group(0)
    return None


def _purpose_in_words(text: str, reprioritization: bool) -> tuple[str, str]:
    """The purpose the words of the question suggest: the first rule of PURPOSE_RULES that matches the manager's ask
    clause ('write her a straight answer'), else the first that matches the rest ('pull it back if not' or 'marketing
    already announced it' are the story, and only decide when the ask says nothing of its own)."""
    for clause in ask_clauses(text):
        found = _first_rule(clause, reprioritization, PURPOSE_RULES[:-GENERAL_RULES])
        if found is not None:
            return found
    found = _first_rule(text, reprioritization, PURPOSE_RULES)
    if found is not None:
        return found
    if reprioritization:
        return "respond_to_reprioritization", ""
    return "", ""


# A line of the manager's own status notes: '- fraud v3: training done', '* risk: churn blocked', '2. feature store ~70%'.
STATUS_LINE = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+\S", re.M)


def gives_the_update(text: str) -> bool:
    """The manager wrote the update's content as notes (two lines or more): the message says what they wrote, and a
    date in it (a go-live call, a decision date) is news to pass on, not a deadline to forecast."""
    return len(STATUS_LINE.findall(text)) >= 2


def wants_words(text: str) -> bool:
    """True when the manager asks for a message, a reply or what to say."""
    return bool(WANTS_WORDS.search(text.replace(PASTED_MARK.strip(), " ")))  # the mark of a pasted message is not a word of theirs


QUOTED_QUESTION_RE = re.compile(
    r"\b(?:asked|asks|asking|keeps asking|wants to know|question|pinged|wrote|messaged|slacked|dm'?d|emailed|texted)(?:\s+(?:me|us|point blank|straight out|outright|flat out|again|directly|in slack|on slack|in a dm|by email|in the channel|in standup|(?:in|on) (?:the |our |a )?[#\w-]+(?: [\w-]+)? (?:channel|thread|chat|standup|meeting|call|review)|(?:at|during|after) (?:the |our |a |this |last |yesterday'?s |today'?s )?(?:[\w-]+ ){0,2}[\w-]+))*\s*[:,]?\s*['\"“‘](?P<q>[^\"”’]{5,200}?)['\"”’](?!\w)"
    r"|^\s*(?:\w+\s*){1,3}:\s*['\"“‘](?P<r>[^\"”’]{5,200}\?)['\"”’](?!\w)"
    # "bertrand (ceo) in the exec channel: 'catch rate dropped?? what happened'"
    # "cmo rafaela, slightly annoyed: 'your forecast said 12,000 ... what happened?'"
    r"|^\s*[\w'-]+(?:\s+[\w'-]+){0,2}?(?:\s*\([^)]{1,30}\))?(?:,\s*[\w' -]{1,30}?)?(?:\s+(?:in|on|via)\s+(?:the\s+)?[#\w -]{1,25})?\s*:\s*['\"“‘](?P<s>[^\"”’]{5,200}?\?[^\"”’]{0,60})['\"”’](?!\w)",
    re.IGNORECASE,
)


def question_asked(text: str) -> tuple[str, int, int] | None:
    """The stakeholder's relayed question, in plain words ('whether churn ships this quarter'), or in
    their own words when quoted ("she asked 'what is your team working on and why'")."""
    quoted = QUOTED_QUESTION_RE.search(text)
    if quoted:
        group = next(g for g in ("q", "r", "s") if quoted.group(g))
        return quoted.group(group).strip(), quoted.start(group), quoted.end(group)
    m = QUESTION_ASKED_RE.search(text)
    if not m:
        return None
    q = re.split(r"\s+(?:and|but|so)\s+(?:i|we)\b|\s*[,-]\s*(?:what|how)\s+(?:do|should)\s+i\b", m.group("q"), flags=re.I)[0]
    q = q.strip(" ,")
    end = m.start("q") + len(q)
    return re.sub(r"^if\b", "whether", q, flags=re.I), m.start("q"), end


# "write to Victor: he can't have Priya until ...": what follows the colon of a message request is what it must say.
DICTATED_RE = re.compile(
    r"\b(?:draft|write|email|e-mail|note|reply|respond|message|heads[- ]?up|update|slack|dm|tell|announce|answer)\b[^:.?!]{0,60}:\s*(?![\"'“‘])(?P<g>[^?!\"“]{6,300}?)(?:\.\s+(?:i (?:want|'d like|would like|need)|keep|make|please|don'?t|do not|no jargon|short|friendly|be )\b.*)?$",
    re.IGNORECASE,
)


def offer_in(text: str) -> tuple[str, int, int] | None:
    """A counter-offer the manager labels as one ('what i can offer: ...', 'counter: billing only by mar 31') or
    gives right after a no ('no. we can do a shared rota from feb')."""
    m = OFFER_LABEL_RE.search(text) or OFFER_AFTER_NO.search(text)
    return (m.group("o").strip(" ,"), m.start("o"), m.end("o")) if m else None


def without_writer_notes(text: str) -> str:
    """What to say, without the manager's asides to the writer."""
    return WRITER_NOTE.sub("", text)


TRAILING_ASK = re.compile(r"(?:[.!]\s*(?:help|pls|please|thoughts|ideas|advice|help me|how|any tips|tips)\s*[?!.]*\s*)+$", re.I)


def decision_in(text: str) -> tuple[str, int, int] | None:
    """A decision already made that the manager wants to communicate (or the offer of a decline)."""
    m = DECISION_RE.search(text)
    dictated = DICTATED_RE.search(text)
    if dictated and (not m or dictated.end("g") > m.end()):  # the whole dictated message, its offer included
        body = dictated.group("g").rstrip(" .")
        return body, dictated.start("g"), dictated.start("g") + len(body)
    if not m:
        offer = OFFER_RE.search(text)
        if offer:
            g = "o" if offer.group("o") else "b"
            return offer.group(g).strip(), offer.start(g), offer.start(g) + len(offer.group(g).strip())
        return None
    group = next(g for g in ("d", "e", "q", "f", "h", "i", "j", "k", "l", "m", "n", "o", "p") if m.group(g))
    body, start = TRAILING_ASK.sub("", m.group(group)), m.start(group)
    lead_in = re.match(r"(?:[\w'-]+\s+){0,6}?that\s+", body, flags=re.I) if group == "l" else None
    if lead_in:  # 'tell my peer on the search team that we can't ...'
        body, start = body[lead_in.end() :], start + lead_in.end()
    named = re.match(r"(?:[\w-]+\s+){0,3}?[\w-]+\s*\([^)]{1,40}\)\s+", body) if group == "l" else None
    if named:  # 'tell the regional ops council (5 ops directors) the model moves ...': the reader, then the news
        body, start = body[named.end() :], start + named.end()
    if group == "l":  # '... the offsite is cancelled. they were looking forward to it': what follows is the manager's aside
        body = re.split(r"(?<=[.!])\s+(?=(?:they|he|she|it|people|everyone|folks|the team|which|this|that)\b)", body, maxsplit=1, flags=re.I)[0]
    if MANNER_FIRST.match(body):
        return None  # 'i need to say that without a wall of stats': how to say it, not what was decided
    d = re.split(r",?\s+(?:and (?:make|keep|don'?t)|but (?:keep|don'?t)|without (?:making|sounding|being|blaming|naming|mentioning|jargon|drama|fuss|any (?:drama|fuss|jargon|blame))|so (?:that )?(?:it|they))\b", body, flags=re.I)[0]
    return d.strip(" ,."), start, start + len(d.rstrip(" ,."))


MANNER_FIRST = re.compile(r"\s*(?:without|in a way|in plain|in (?:a|one) (?:line|sentence|paragraph)|nicely|gently|politely|carefully|kindly|briefly|diplomatically|so (?:it|she|he|they) (?:doesn'?t|don'?t|won'?t))\b", re.I)


# "clean this up: '...'", "make this less harsh", "ok to send to the VP? '...'": the manager pasted their own message.
# The comparatives a manager uses to ask for a reworked message ('make this gentler', 'softer pls'): one home.
TONE_COMPARATIVES = r"(?:softer|firmer|shorter|plainer|simpler|stronger|nicer|kinder|gentler|warmer|calmer|politer|friendlier|clearer|tighter|punchier|crisper|blunter|better)"
_INTENSITY = r"(?:(?:much|a lot|a good deal|considerably|significantly|substantially|way|far|a (?:bit|little|touch)|slightly)\s+)?"


REWORK_RE = re.compile(
    r"\b(?:(?<!had to )(?<!have to )(?<!has to )(?<!we )(?<!they )(?<!we'd )(?<!they'd )clean (?:this|it|that) up(?!\s+(?:ourselves|ourselfs|ourself|themselves|myself|first|after)\b)|clean up (?:this|my|the) (?:message|email|note|reply|slack|draft|post|dm)|tidy (?:this|it) up"
    r"|(?:soften|shorten|condense|tighten|trim|rewrite|reword|redo) (?:the following|the below|the (?:message|email|note|draft|reply) below)"
    r"|halve (?:this|it|that|my \w+)|cut (?:this|it|that) in half"
    r"|soften (?:this|it|that|my \w+)|shorten (?:this|it|that|my \w+)|condense (?:this|it|that)|trim (?:this|it|that)(?: down)?|cut (?:this|it|that) down|cut (?:this|it|that)(?: down)? to \w+|boil (?:this|it) down|make (?:this|it|that|my \w+|the following|the (?:message|email|note|draft|reply|text) below|the below) " + _INTENSITY + r"(?:less \w+|more \w+|sound \w+|" + TONE_COMPARATIVES + r")"
    r"|tighten (?:this|it|that)(?: up)?|polish (?:this|it|that)|(?<!the )(?<!a )(?<!our )(?<!their )(?<!its )(?<!his )(?<!her )(?<!this )(?<!that )(?<!big )(?<!full )rewrite (?:this|it|that|my \w+)|reword (?:this|it|that|my \w+)|proofread (?:this|it)"
    # 'softer version of this before i send it', 'a kinder version of my note pls': the pasted text, reworked
    r"|(?:an? |the )?" + TONE_COMPARATIVES + r"\s+(?:version|take|draft|rewrite) of (?:this|it|that|my \w+|the (?:message|email|note|draft|reply|text|post)(?: below)?)"
    r"|(?:is (?:this|it) )?ok(?:ay)? to send|good to send|can i send (?:this|it)|fix the tone)\b"
    r"(?:,?\s+and (?:make (?:it|this) )?(?:a (?:bit|little) )?(?:" + TONE_COMPARATIVES + r"|(?:more|less) \w+)\b)?",  # 'firmer and shorter': both goals
    re.IGNORECASE,
)
_OPENERS = {'"': '"', "“": "”", "'": "'", "‘": "’"}


def _pasted_around_the_ask(text: str, ask: re.Match[str]) -> tuple[str, int, int] | None:
    """Without a quote or a line break: the quoted text, else what follows (or precedes) the request to rework it
    ('clean this up: ...', '... - make it less harsh')."""
    for opener, closer in _OPENERS.items():
        first = re.search(rf"(?:^|(?<=[\s:(]))\{opener}(?=\S)", text)  # an opening quote, not the apostrophe of "it's"
        last = list(re.finditer(rf"(?<=\S)\{closer}(?=[\s.,!?)]|$)", text))
        if first and last and last[-1].start() - first.end() > 25:
            return text[first.end() : last[-1].start()].strip(), first.end(), last[-1].start()
    after = re.sub(r"^[^:?\n]{0,40}[:?]\s*", "", text[ask.end() :]).strip()
    if len(after) >= 20:
        return after, len(text) - len(after), len(text)
    before = text[: ask.start()].rstrip(" -–—:\n,.")
    if len(before) >= 20:
        return before.strip(), 0, len(before)
    return None


# "roughly 180k fully loaded", "about $30k", "budget roughly 420k total": what the ask costs, in the manager's words.
COST_RE = re.compile(
    r"(?:(?:\b(?:about|roughly|around|approx\.?|approximately)|~)\s*)?"
    r"(?:[$€£¥₹]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn)\b)?|\b(?:R|ZAR|CHF|CAD|AUD|NZD|NOK|SEK|DKK|INR|kr)\s?\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn)\b|\b\d[\d,]*(?:\.\d+)?\s?(?:k|m)\b(?!\s+(?!dollars\b|euros\b|pounds\b)(?:[a-z-]+\s+)?[a-z-]{3,}s\b)(?!\s*(?:(?:gpu|cpu|tpu|node|compute|a100|h100)[\s-]*)?(?:hours?|hrs?|h\b|rows|users|tokens|segments|samples|images|labels|records|examples|requests|queries|customers|events|params|parameters|steps|docs|documents|tickets|calls|left|remaining))|\b\d[\d,]*\s?(?:dollars|usd|eur|euros?|pounds|gbp)\b)"
    r"(?:\s*/\s*(?:mo|month|yr|year)\b|\s+(?:eur|usd|gbp)\b)?(?:\s+(?:fully[- ]loaded|loaded|total|in total|(?:a|1|per) year|annually|(?:a|1|per) month|one-off))?"
    r"(?:\s+(?:each|apiece|per (?:head|person|contractor)))?(?:\s+fully[- ]loaded)?",  # '210k each fully loaded'
    re.IGNORECASE,
)
# The total said right after a unit cost: '22k a month each, so roughly 400k for the lot'.
COST_TOTAL = re.compile(r"\s*[,;]?\s*(?:so|which is|that'?s|=)?\s*(?:about|roughly|around|approx\.?|~)?\s*(?:[$€£]\s?)?\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn)?\b\s*(?:for the lot|in total|total|all in|for (?:all|the) (?:of them|\d+|two|three|four|five|lot))", re.I)
# What is spent or lost now, not what the ask costs: 'we spend ~45k/mo on on-demand', 'downtime cost us 3.1M'.
SPEND_BEFORE = re.compile(r"\b(?:we(?:'re| are)? (?:spend\w*|pay\w*|paying)|currently|cost us|costs us|lost|losing|burn\w*|saved?|saving)\b[^.;]{0,40}$", re.I)
# '... ~£1.8M last year', '$300k in fraud losses': money said of a past period or a loss is what the problem costs.
LOSS_AFTER = re.compile(r"^[^.;,]{0,12}\b(?:last (?:year|quarter|month|season)|in (?:lost|losses|fines|penalties|damages|refunds|write-?offs|waste|chargebacks)|(?:of |in )?(?:lost|losses|wasted?)\b)", re.I)


COST_PLUS = re.compile(r"(?:\bplus|\band another|\bon top of that|\+)\s+(?P<w>(?:an?\s+)?(?:one-?off\s+|upfront\s+|one[- ]time\s+)?)$", re.I)


MONEY_BEFORE = re.compile(r"\b(?:costs?|cost is|budget|price|priced|salary|fee|quote[ds]?|invoice)\b[^.;]{0,20}$", re.I)


RAISED_TO = re.compile(r"\s+to\s+" + COST_RE.pattern + r"(?:\s+(?:a|per) (?:month|year|quarter))?(?:\s+(?:for|from|starting|in) [\w]+(?:\s*(?:to|through|thru|-|–)\s*[a-z]+)?)?", re.I)


# A loss named in the money's own clause ('scrap from missed defects runs around €90k a month', "we're losing ~£40k a month
# to fraud", 'rejected batches run about £45k'): what the problem costs, never the ask's price.
LOSS_BEFORE = re.compile(
    r"\b(?:lost|losing|lose|loses|losses|loss|wasted?|wasting|scrap|write-?offs?|written off|fines?|fined|penalt(?:y|ies)|refunds?|chargebacks?|downtime|outages?|churn(?:ed)?|"
    r"stockouts?|damages?|overtime|leak(?:s|ing|age)?|rejected|rejects|rework|recalls?|missed|failures?|failed|errors?|defects?|incidents?|complaints?|delays?|spoilage|spoilt|spoiled|shrinkage|breakages?|misrouted|mislabell?ed)\b"
    r"[^.;,$€£¥₹]{0,45}$",  # in the same clause: 'the vendor missed the date, a new quote is $40k' is a price
    re.I,
)
_LOSS_VERB = re.compile(r"\bcost(?:s|ing)?\s+(?!(?:us|is|was|will|would|be|of|at|to|per|around|about|roughly|comes|runs|me|approx\w*|estimate\w*|here|there|now|then|maybe|probably|likely|just|only|another|an?|each|for)\b)(?:the\s+|our\s+|their\s+|its\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:about\s+|around\s+|roughly\s+|~\s*|over\s+|nearly\s+)?$", re.I)


def cost_in(text: str) -> tuple[str, int, int] | None:
    """What a request costs, as the manager says it ('roughly 180k fully loaded'), not what is spent or lost now."""
    found = list(COST_RE.finditer(text))
    money = [x for x in found if re.search(r"[$€£¥₹]|\b(?:usd|eur|gbp|dollars|euros|pounds|R\d|zar|chf|cad|aud|nzd|nok|sek|dkk|inr|kr)", x.group(0), re.I) or MONEY_BEFORE.search(text[max(0, x.start() - 30) : x.start()])]
    found = money or found  # '1.2M camera trap images ... cost is about $78k': the money, not a count
    # 'misrouted bags cost the airport ~£1.8M last year': what a thing cost someone, or a past period's loss, is never the ask's price
    loss = [x for x in found if _LOSS_VERB.search(text[max(0, x.start() - 50) : x.start()]) or LOSS_AFTER.match(text[x.end() :]) or LOSS_BEFORE.search(text[max(0, x.start() - 60) : x.start()])]
    spent = [x for x in found if SPEND_BEFORE.search(text[max(0, x.start() - 50) : x.start()])]
    every = list(COST_RE.finditer(text))  # when every sum of money is a loss, a bare '160k loaded' may still be the price
    m = next((x for x in found if x not in loss and x not in spent), None)
    if m is None and loss:
        m = next((x for x in every if x.start() > loss[-1].end() and not LOSS_AFTER.match(text[x.end() :]) and not _LOSS_VERB.search(text[max(0, x.start() - 50) : x.start()])), None)
    elif m is None:
        m = found[0] if found else None
    if m is None:
        return None
    total = COST_TOTAL.match(text, m.end())
    end = total.end() if total else m.end()
    start = m.start()
    raised = RAISED_TO.match(text, m.end())
    if raised is not None and re.search(r"\bfrom\s*$", text[max(0, start - 6) : start], re.I):
        start, end = text.rfind("from", 0, start), raised.end()  # 'raise the GPU budget from ~$9k to $15k a month': both ends of the ask
    return text[start:end].strip(), start, end


def second_cost_in(text: str, after: int) -> tuple[int, int] | None:
    """A second part of the ask joined by 'plus' ('$7,500 a month ... plus a one-off $40k'): the span of its words."""
    for x in COST_RE.finditer(text, after):
        window = max(after, x.start() - 20)
        joined = COST_PLUS.search(text[window : x.start()])
        if joined is not None:
            return window + joined.start("w"), x.end()
    return None


# A message the manager pasted to be reworked or answered: a long quote after a colon ('soften this before I
# send it to Leon: "your team broke..."'), or everything after "this:" and a line break.
# A message dictated with its quotes said as words ('here's my draft quote hi edvard ... end quote').
SPOKEN_QUOTE_RE = re.compile(r"\bquote\s*[:,]?\s+(?P<p>(?:(?!\b(?:end|close)\s+quote\b|\bunquote\b)[\s\S]){40,}?)\s*[.,]?\s+(?:(?:end|close)\s+(?:of\s+)?quote|unquote)\b", re.I)
QUOTED_PASTE_RE = re.compile(r":\s*\n?\s*(?P<q>[\"“'‘])(?P<p>[\s\S]{40,}?)[\"”'’](?=\s*(?:\n|$))")
LINE_QUOTE_RE = re.compile(r"(?:^|\n)[ \t]*(?P<q>[\"“])(?P<p>[^\"“”]{40,}?)[\"”](?=[ \t]*(?:\n|$))")  # a quoted message on lines of its own
BLOCKQUOTE_RE = re.compile(r"(?P<p>(?:^[ \t]*>[^\n]*(?:\n|$))+)", re.MULTILINE)  # lines quoted with '>' (email or Slack)
TRAILING_PASTE_RE = re.compile(
    r"\b(?:this|it|below|the following|my (?:draft|note|message|email|reply))\b[^:\n]{0,80}:\s*\n(?P<p>[\s\S]{40,}?)\s*$", re.IGNORECASE
)
# The manager asks for words to send, as an instruction (not merely mentioning an email): these make the message
# the main ask, whatever the message is about.
WRITE_ASK = re.compile(
    r"\b(?:draft(?:ing)?|writ(?:e|ing)|compos(?:e|ing))\s+(?:up\s+)?(?!(?:the |a |an |some |me |my |our )?(?:sql|code|query|queries|script|python|function|regex|unit tests?|tests?|dockerfile|notebook|dag)\b)"
    r"(?:the|a|an|my|our|this|that|it|him|her|them|to|back|something|some|short|quick|\d+(?!\s*(?:weeks?|days?|months?|sprints?|times|runs?)\b))\b"
    r"|(?:^|[,.;]\s*)(?:pls |please )?(?:reply|respond)\b(?:\s*(?:,|to\b|back\b|$))|\bhelp me (?:answer|reply|respond|write|word|phrase)\b"
    r"|\b(?:make|write|writing|draft|drafting|put together|prep)\s+(?:a|the|my)\s+(?:(?:budget|headcount|hiring|resourcing|compute|gpu)\s+)?ask\b"
    r"|\b(?:short|quick|brief|one[- ]line|friendly|firm|polite)\s+(?:email|e-mail|note|reply|message|slack|dm|answer)\b"
    r"|\b(?:email|e-mail|note|message|reply|slack|dm)\s+to\s+(?:the|my|our)\b|\bannounce\b|\btell (?:my|the|our) (?:whole )?team\b"
    r"|\bcustomer[- ]facing\b|\bsomething (?:honest|short|i can send)\b|\bbullets? (?:she|he|they|i) can (?:forward|send|share)\b"
    r"|\b(?:monthly|weekly|quarterly|status|progress) update for\b|\b(?:counter(?:[- ]?offer)?|my (?:call|answer|position)|offer)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
REWRITE_RE = re.compile(
    r"\b(?:clean (?:this |it |that )?up|soften|tighten|shorten|condense|trim|reword|rephrase|(?<!the )(?<!a )(?<!our )(?<!their )(?<!its )(?<!his )(?<!her )(?<!this )(?<!that )(?<!big )(?<!full )rewrite|polish|proofread|tone (?:it |this )?down|cut (?:this |it )?down)\b"
    r"|\btl;?dr\b|\bsum (?:this|it|that) up\b|\bsummari[sz]e (?:this|it|that)\b|\bthe gist of (?:this|it|that)\b"
    r"|\b(?:plainer|simpler|more assertive|more direct)\b|\bput (?:this|it) in plain (?:english|words|language)\b"
    r"|\bless (?:harsh|blunt|aggressive|angry|hedgy|long|rude|passive[- ]aggressive)\b"
    r"|\bmake (?:this|it) " + _INTENSITY + r"(?:" + TONE_COMPARATIVES + r"|less \w+|more \w+)\b|\btoo (?:long|hedgy|harsh|blunt|soft|wishy[- ]washy)\b"
    r"|(?:^|[.,;:!]\s*)" + TONE_COMPARATIVES + r"(?:\s+(?:pls|please|version))?\s*[,.:!]|\bfirm (?:it|this) up\b"
    r"|\bfix (?:the |my )?(?:grammar|spelling|typos|wording)\b|\bmake (?:it|this) (?:flow|read) better\b|\bmake (?:it|this) (?:clear|obvious) (?:that )?(?:it'?s|this is) a no\b",
    re.IGNORECASE,
)


# An email forwarded with its header block ('---------- Forwarded message ---------', 'From:', 'Date:', 'Subject:', 'To:'):
# the message is the body after the headers, up to its sign-off (a short line on its own) or the next blank line.
FORWARDED_HEADERS_RE = re.compile(r"^[ \t]*-{2,}\s*(?:forwarded message|original message|(?:my |the |current )?(?:draft|message|email|e-mail|reply))\s*-{2,}[ \t]*\n(?:[ \t]*(?:from|date|sent|subject|to|cc)\s*:[^\n]*\n)+", re.I | re.M)


def _forwarded_body(text: str) -> tuple[str, int, int] | None:
    """The body of an email forwarded with its headers, with the span of the headers and the body, or None."""
    head = FORWARDED_HEADERS_RE.search(text)
    if head is None:
        return None
    start = head.end() + (len(text[head.end() :]) - len(text[head.end() :].lstrip()))
    paragraphs = [m for m in re.finditer(r"\S[\s\S]*?(?=\n[ \t]*\n|\Z)", text[start:])]
    end = start
    for m in paragraphs:
        end = start + m.end()
        if len(m.group(0).split()) <= 3 and "\n" not in m.group(0).strip():
            break  # the sign-off ('Hartmut'): the message ends with it
        if m is not paragraphs[0] and not re.match(r"(?i)(?:thanks|thank you|best|cheers|regards)\b", m.group(0)):
            end = start + paragraphs[paragraphs.index(m) - 1].end()
            break  # no sign-off: the message is its first paragraph
    return text[start:end].strip(), head.start(), end  # the span holds the headers too: none of it is the manager's words


@lru_cache(maxsize=256)
def paste_span(text: str) -> tuple[str, int, int] | None:
    """A message the manager pasted (verbatim, with its span), whatever they want done with it."""
    forwarded = _forwarded_body(text)
    if forwarded is not None:
        return forwarded
    m = QUOTED_PASTE_RE.search(text) or SPOKEN_QUOTE_RE.search(text) or LINE_QUOTE_RE.search(text) or BLOCKQUOTE_RE.search(text) or TRAILING_PASTE_RE.search(text)  # a quoted message first
    if not m:
        return None
    if m.re is BLOCKQUOTE_RE:
        quoted = "\n".join(re.sub(r"^\s*>\s?", "", line) for line in m.group("p").strip("\n").splitlines())
        return quoted.strip(), m.start("p"), m.end("p")
    start, end = m.start("p"), m.end("p")
    while end - start > 2 and text[start] in "\"“'‘ \n" and text[end - 1] in "\"”'’ \n":
        start, end = start + 1, end - 1  # the quotes around a pasted message are not part of it
    return text[start:end].strip(), start, end


PASTED_MARK = " [the pasted message] "


def instruction_text(text: str) -> str:
    """The manager's own words: the question with a pasted message taken out (so words inside someone
    else's message do not decide what the manager asks for)."""
    pasted = paste_span(text)
    if pasted is None:
        return text
    return (text[: pasted[1]] + PASTED_MARK + text[pasted[2] :]).strip()


def _rework_ask(text: str) -> re.Match[str] | None:
    """The ask to rework a message, never a negated one ('don't make it sound optional' is a note on a new message)."""
    return _unnegated(REWORK_RE, text) or _unnegated(REWRITE_RE, text)


NEGATED = re.compile(r"\b(?:don'?t|do not|never|not|without|can'?t|cannot|won'?t|couldn'?t|no need to)\s+$", re.I)  # 'a four week A/B, can't shorten that
# The same words told of what someone did ('we had to clean that up ourselves', 'they shortened it'): a report, no ask.
_DONE_BY = re.compile(r"\b(?:we|they|he|she)\s+(?:(?:had|have|needed|need|got|were able|managed|tried)\s+to\s+|(?:also|then|just)\s+)?$|\bhad to\s+$", re.I)


def _unnegated(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of `pattern` that no negation, and no one who did it, comes right before."""
    return next((m for m in pattern.finditer(text) if not NEGATED.search(text[max(0, m.start() - 12) : m.start()]) and not _DONE_BY.search(text[max(0, m.start() - 24) : m.start()])), None)


def pasted_message(text: str) -> tuple[str, int, int] | None:
    """The message the manager pasted to rework or check ('clean this up: ...', 'make this less harsh', 'ok to
    send?'): the pasted block, else the text around the ask."""
    if _rework_ask(instruction_text(text)) is None:
        return None
    strict = _unnegated(REWORK_RE, text)  # without a pasted block, only a clear ask ('clean this up') finds the text around it
    pasted = paste_span(text)
    if pasted is None and strict is not None and SOUND_NOTE.match(strict.group(0)):
        return None  # 'need to say no to darragh ... make it sound like a yes-ish': how the message to write should sound
    return pasted or (_pasted_around_the_ask(text, strict) if strict else None)


# How a message should sound ('make it sound like a yes-ish', 'make it sound friendly'): with nothing pasted, a note on
# the message the manager asks for, never a message to rework.
SOUND_NOTE = re.compile(r"make (?:it|this|that) sound\b", re.I)


def rewrite_asked(text: str) -> bool:
    """The manager pasted a message (or the text holds the pasted-message mark) and asks to rework it."""
    return pasted_message(text) is not None or (PASTED_MARK.strip() in text and _rework_ask(text) is not None)


def asks_to_write(text: str) -> bool:
    """An explicit instruction to produce words to send ('draft the reply', 'short email', 'write to carmen')."""
    return bool(WRITE_ASK.search(instruction_text(text))) or rewrite_asked(text)


# A line of the manager's own notes that labels their ask of the reader ('- ask: can you push the review?'): not a question
# the reader asked.
OWN_ASK_LINE = re.compile(r"^\s*(?:[-*•]\s*)?(?:(?:my|the|one)\s+)?(?:ask|asks|request|need from you)\s*[:–—-]", re.I)


def pasted_question(text: str) -> str | None:
    """The question inside a pasted message the manager wants to answer ('Are we confident ... before the freeze?')."""
    pasted = paste_span(text)
    if pasted is None:
        return None
    asked = [q for q in re.findall(r"[^.?!\n]{8,200}\?", pasted[0]) if not OWN_ASK_LINE.match(q)]
    return without_opening(asked[0].strip()) if asked else None


# What opens a pasted message before its question ('Hi Dana, quick one - is it live by ...?'): not part of the question.
_PASTED_OPENING = re.compile(r"^(?:(?:hi|hello|hey|dear)\b[^,\n]{0,30},\s*)?(?:quick (?:one|1|q|question)\b\s*[-–—:,]?\s*)?", re.I)


def without_opening(asked: str) -> str:
    """A question taken from a pasted message, without the greeting and 'quick one -' that open the message."""
    return _PASTED_OPENING.sub("", asked) or asked
_ASKING_SENTENCE = re.compile(
    r"\bask(?:ing)?\b|\bdraft\b|\bwrite\b|\bhelp me\b|\bmake the case\b|\bpitch\b|\brequest (?:for|to)\b|\bemail\b|\bnote to\b|\bmessage\b"
    r"|\b(?:one-?pager|1-?pager|memo|write-?up|brief|deck|doc)\b|\bwants? (?:a|an|the)\b"
    r"|\bneed \w+(?:\s*\([^)]*\))? to (?:ok|okay|approve|sign off|greenlight|green-light|fund)\b", re.IGNORECASE
)
_WITHOUT_IT = re.compile(r"^(?:without (?:it|them|this|that|the \w+)|otherwise|if we don'?t|if not|else)\b", re.IGNORECASE)
_WRITER_NOTE = re.compile(r"\bjargon\b|\bkeep it\b|\bpls\b|\bplease\b|\bplain (?:english|words)\b|\bshort\b|\bparagraphs?\b|\bwords? max\b", re.IGNORECASE)


def why_of_ask(text: str) -> tuple[str, int, int] | None:
    """For a resource ask: the manager's own sentence saying why ('the fine-tune sits behind everyone's jobs and
    priya loses a day a week waiting'), not the ask itself and not words to the writer."""
    found = []
    for m in re.finditer(r"(?:[^.!?\s]|(?<=\d)\.(?=\d)|\s(?![-–—]\s))+", text):  # "0.71 F1" is not two sentences; " - " ends a clause
        sentence = m.group(0).strip(" ,;-–—")
        if len(sentence.split()) >= 5 and not _ASKING_SENTENCE.search(sentence) and not _WRITER_NOTE.search(sentence):
            start = m.start() + m.group(0).index(sentence)
            found.append((sentence, start, start + len(sentence)))
    costly = next((f for f in found if _WITHOUT_IT.search(f[0])), None)  # the cost of not having it is the reason to give
    return costly or (found[0] if found else None)
