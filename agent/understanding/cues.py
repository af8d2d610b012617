"""What a manager says about a person before a 1-on-1 (or in the 1-on-1 tab's notes), as cues the
agenda is built from: a quiet new hire, burnout, a promotion ask, a research bet that needs a go/no-go.
"""

from __future__ import annotations

import re

from tools.agenda_spinning import SPINNING

# Struggling with a thing, not a person: "fighting the DSP simulator build", "wrestling with the cuda drivers".
THING_FIGHT = (r"\b(?:fighting|wrestling|battling)\s+(?:with\s+)?(?:the|a|an|his|her|their|our)\s+[\w /.-]{0,30}?\b(?:build|env(?:ironment)?|setup|"
               r"install\w*|config\w*|cluster|tooling|dependenc\w+|drivers?|cuda|docker|simulator|ci|toolchain|infra\w*|permissions?|access|tests?)\b")

CUE_RULES: tuple[tuple[str, str], ...] = (
    ("new_hire", r"\bnew (?:hire|joiner|starter|grad|engineer|person|guy|girl|member)\b|(?:(?<=, )|(?<=,)|(?<=he's )|(?<=she's )|(?<=hes )|(?<=shes )|(?<=they're )|(?<=only )|(?<=just ))\d+ (?:days?|weeks?) in\b(?=\s*(?:[,.;]|$|and\b))|\bjust (?:joined|started)\b|\bjoined (?:\d+|a|last|this|two|three)\b|\bjoined\b.{0,20}\bago\b|\bfirst (?:week|month|weeks|months|30 days|90 days)\b|(?<![\w-])(?<!customer )(?<!merchant )(?<!client )(?<!user )(?<!vendor )(?<!supplier )(?<!partner )onboarding\b(?![-\w])(?!\s+(?:risk|flow|model|funnel|process|pipeline|form|journey|fraud|team|project|service)s?\b)|\bstill ramping\b|\bramping up\b|\bnew (?:intern|grad|hire|joiner|starter)\b|\b(?:started|joined) (?:last week|this week|(?:on |last )?(?:mon|tues|wednes|thurs|fri)day)\b|\b(?:joins|joining) (?:us|the team|my team) (?:on |this |next )?(?:mon|tues|wednes|thurs|fri)?(?:day)?\b|\bjoins (?:on )?(?:monday|tuesday|wednesday|thursday|friday|next week)\b|\bstarts (?:on )?(?:monday|tuesday|wednesday|thursday|friday|next week|tomorrow)\b|\b(?:his|her|their) first day (?:is|was)\b|\b(?:she|he|they)(?:'s|'re| is| are)?\s+(?:starts|start|joins|join|starting|joining)\s+(?:us\s+|the team\s+)?(?:on\s+)?(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri)[a-z]*\.?,?\s+)?(?:the\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b|\bfirst day\b|\bnew starter\b|\b(?:joins|joining|starts|starting)\b(?! (?:to|a|the|work|on (?:the|a|his|her|their) (?!\d))\b)[^.;,]{0,25}?\b(?:on the \d+(?:st|nd|rd|th)?|the team|our team|my team)\b"),
    ("quiet", r"(?<!keep it )(?<!keep this )(?<!keep that )(?<!keep )(?<!keeping it )(?<!on the )\bquiet\b(?! about\b)(?! until\b)|\bshy\b|\bnever (?:asks?|speaks?|talks?)\b|\bnever says? (?:a word|anything|much|a thing)\b|\bhasn'?t asked\b|\bdoesn'?t (?:ask|speak|talk|say much)\b|\bwon'?t ask\b|\bdoesn'?t ask\b|\b(?:is|'s|seems|quite|very|pretty|bit|fairly|more|rather|naturally|so|too|stays|gets|got|and)\s+reserved\b(?!\s+(?:for|by|until|till|from|on)\b)|\bintrovert\w*\b|\bkeeps to (?:him|her|them)sel\w*\b|\bsilent\b|\brarely (?:asks|speaks|talks)\b|\bnot asked (?:a|one|any)\b|\bhas not asked\b|\b(?:no|zero|not a single|not one|0) questions?\b(?! (?:asked|from (?:the|them|him|her)))|\bone question\b|\bnever said a word\b|\bdid(?:n'?t| not) tell anyone\b|\bquietly\b(?!\s+(?:re\w+|asked|told|mentioned|said|raised|flagged|complained|came|pulled|fixed|changed|deleted|merged|pushed|took|did|went|moved|dropped|shipped|handled|sorted|made)\b)|\bwithout (?:saying|uttering) a (?:single )?word\b|\bhasn'?t said (?:a|one) (?:word|thing)\b|\bdoesn'?t (?:say|speak) (?:much|a word)\b|\bbarely (?:says|speaks|talks)\b|\bsilent\b|\bsays \W?(?:all good|fine|it'?s fine|everything'?s fine|no blockers|on track)\W? (?:at|in) (?:every|each)\b"),
    ("burnout", r"\b(?:carrying|juggling)\b[^.;]{0,40}\b(?:and|plus|on top)\b(?!\s+(?:she|he|they)(?:'s|'re| is| are)\b)|\bstretched (?:thin|across)\b|\bonline at (?:midnight|\d+ ?am)\b|\b(?:at|past|until|till) midnight\b|\blate nights?\b|\bat all hours\b|\bworking (?:till|until|past) \d+\s*(?:pm|am)?\b|\b(?:most|every) (?:nights|weekends?)\b|\bweekends? too\b|\bburn(?:ed|t|ing)? ?out\b|\b(?:he'?s|she'?s|they'?re|i think (?:he|she|they)'?(?:s|re)) (?:totally |completely |a bit )?cooked\b|\bfell asleep\b|\brunning on empty\b|\bwhat can i (?:actually )?take off (?:him|her|them)\b|\bcancell?ed (?:his|her|their) (?:\w+ )?(?:holiday|vacation|leave|time off|pto|break)\b|\bcovering\b[^.;]{0,60}\b(?:plus|and|on top of)\b[^.;]{0,40}\bon-?call\b|\bburnout\b|\bexhausted\b|\boverwhelmed\b|\bworking (?:late|weekends|nights)\b|\bstressed\b|\bdrained\b|\bon fumes\b|\bfried\b|\bcrunch\b|\boverworked\b|\btoo much on (?:his|her|their) plate\b|\bon top of\b[^.;]{0,80}\btoo much\b|\blong hours\b|\btired\b|\bdrowning\b|\bswamped\b"
     # work at the edges of the day: 'doing the retrains at 6am', 'answering slack at 11pm'
     r"|\b(?:at|before|past|till|until|around|after) (?:(?:9|10|11|12)(?::\d\d)? ?pm|[1-6](?::\d\d)? ?am)\b"
     # out of character, and 'fine' said in quotes: the signs a manager notices before anyone says burnout
     r"|\b(?:so+|very|really|totally|completely) not (?:like )?(?:her|him|them)\b|\bnot (?:like )?(?:her|him|them)sel(?:f|ves)\b|\bnot like (?:her|him|them)\b|\bout of character\b"
     r"|\b(?:says|said|insists|keeps saying) (?:she'?s|he'?s|they'?re|it'?s|everything'?s|all)\s*['\"‘“](?:fine|ok|okay|good)['\"’”]"),
    ("wants_promotion", r"(?<!got )(?<!was )(?<!been )(?<!newly )(?<!recently )(?<!just )(?<!i )\bpromot\w+\b(?! to lead last)|\bpromos?\b(?!\s+(?:data|code|codes|campaigns?|calendar|period|feed|prices?|pricing|sales|events?|offers?|items?|season|emails?|spend|uplift|lift|model|mechanics|days?|weeks?))|\b(?:go|goes|going|move|moving|step|stepping|get|getting) up to (?:senior|staff|principal|lead)\b|\bpassed over\b|\bnext level\b|\bsenior(?:ity)? (?:role|title|ask)\b|\bstaff (?:role|level|engineer)\b(?=.{0,30}\b(?:wants?|asked|push|ready|path)\b)|\bcareer (?:path|growth|progression|step)\b|\blevel up\b|\bbecome (?:a |the )?(?:tech )?lead\b|\btitle\b|\b(?:a|for a|get a|pay|salary) raise\b|\bmake (?:senior|staff|lead)\b|\bput(?:ting)? (?:him|her|them|me|[a-z]+) (?:up|forward) for (?:senior|staff|principal|promo\w*|lead)\b|\bwants? (?:to be )?(?:senior|staff|principal)\b|\b(?:(?:go|going|push|pushing|ready|gunning|aiming|angling|on track) for|ask(?:s|ed|ing)? for|apply(?:ing)? for) (?:the )?(?:senior|staff|principal|lead|promo|tech lead|team lead)\b(?! (?:on|of) (?:the|a|an|our|this)\b)|\b(?:go|goes|going|went|be|being|put|putting) (?:him |her |them )?up for (?:senior|staff|principal|lead|promo\w*)\b|\bwhen (?:he|she|they)(?:'ll| will| can| could) (?:be|get|make) (?:senior|staff|promoted|lead)\b|\b(?:senior|staff) (?:within|by|next)\b|\b(?:asks?|asked|asking) about (?:senior|staff|principal|promo\w*|the next level|a promotion|a title)\b|\bnot there yet\b"
     r"|\b(?:be|being|get|getting)\s+(?:named|made)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:lead|senior|staff|principal|manager)\b|\bin the (?:spring|autumn|fall|summer|winter|next|h[12]|q[1-4]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*) (?:promo(?:tion)? )?cycle\b"
     # 'if she's going to staff in the march cycle': the level reached, not staffing a project ('going to staff the team')
     r"|\b(?:go|goes|going|get|gets|getting|make|makes|making|move|moves|moving) to (?:senior|staff|principal)\b(?!\s+(?:the|it|up|this|that|a|an|our|my|his|her|their|them)\b)"),
    ("stuck", r"\bstuck\b|\b(?:lost|wasted|burn(?:ed|t)|sank|spent)\s+(?:most of |half (?:of )?|all of |the better part of |a good part of )?(?:the |a |his |her |their |this |last |\w+ )?(?:\w+ )?(?:week|weeks|days?|afternoon|morning|sprint)\s+(?:fighting|wrestling|battling|debugging|stuck|trying to (?:get|fix|make))\b|" + THING_FIGHT + r"|\bseems? (?:a bit |totally |completely )?lost\b|\bout of (?:his|her|their) depth\b|\bblocked\b|\bspinning (?:his|her|their) wheels\b|" + SPINNING + r"|\bno progress\b|\bnot making progress\b|\bgoing in circles\b|\bcan'?t (?:get|figure)\b"),
    ("underperforming", r"\bprobation\b[^.;]{0,60}\bnot going (?:well|great)\b|\bextend(?:ing)? (?:his |her |their |the )?probation\b|\b(?-i:PIP)\b|\bperformance improvement plan\b|\blate (?:\d+|two|three|four) sprints\b|\bquality\b[^.;]{0,40}\b(?:dropped|slipped|declined|gone down|got worse)\b|\brollbacks?\b|\bunderperform\w*\b|\bunder-?perform\w*\b|\bperformance (?:issue|problem|concern)s?\b|\bmiss(?:ing|ed|es) (?:deadlines|commitments|targets)\b|\bmiss(?:ed|es|ing) (?:her|his|their|the) (?:last )?(?:\d+ )?(?:sprint )?(?:commitments|deadlines|targets)\b|\b(?:hinted|hinted at it) (?:twice|\d+ times|a few times)\b|\bnot (?:delivering|pulling (?:his|her|their) weight)\b|\bsloppy\b|\bquality (?:issues|problems)\b|\bslipping\b(?=.{0,20}\b(?:work|quality|output)\b)|\bbehind on everything\b|\bpoor (?:work|output|performance)\b|\bunderdeliver\w*\b|\bmissed \d+ deadlines\b|\bmiss(?:ed|es|ing) (?:his |her |their |the )?(?:last )?(?:\d+ |two |three |four )?(?:sprint goals?|deadlines|dates|milestones)\b|\bslipped (?:twice|again|\d+ times|(?:two|three|four) times)\b|\bnot pulling (?:his|her|their) weight\b"
     # 'missed three of four sprint commitments', 'need to address his performance directly'
     r"|\bmiss(?:ed|es|ing) (?:\w+ (?:of|out of) (?:the |his |her |their )?(?:last )?\w+ )(?:sprint )?(?:commitments|deadlines|targets|goals|dates|milestones)\b"
     r"|\b(?:address|discuss|raise|tackle|talk about|confront)\s+(?:his|her|their)\s+performance\b"
     # a pattern of missed delivery raised before: 'delivered 4 of 11 committed tickets', 'raised it informally twice, no change', 'now formal'
     r"|\bdelivered (?:only )?\d+ (?:of|out of) (?:the )?\d+\b|\b(?:raised|flagged|mentioned) (?:it|this) informally\b|\bthis is now formal\b|\bmake it formal\b|\bformal (?:warning|process|performance)\b|\b(?:weeks?|months?) late\b[^.;]{0,60}\b(?:again|no change|still)\b|\bno change\b(?=[^.;]{0,40}\b(?:since|after)\b)"
     r"|\bmiss(?:ed|es|ing) (?:the|his|her|their) [\w -]{2,30}? (?:(?:two|three|four|five|\d+) (?:weeks?|times|sprints?|cycles?) (?:running|in a row)|again)\b"
     # missed dates nobody hears about, already raised: 'misses his own dates', "'2 weeks away' for 8 weeks", 'mentioned it twice, nothing changed'
     r"|\bmiss(?:ed|es|ing) (?:his|her|their|the|our) (?:own )?(?:dates|estimates|deadlines|commitments)\b|\b(?:weeks?|days?) away['\u2019\"]? for (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:weeks|months)\b"
     r"|\b(?:mentioned|raised|flagged|brought (?:it|this) up)\b[^.;]{0,20}\b(?:twice|two times|three times|a few times|\d+ times)\b[^.;]{0,40}\b(?:nothing (?:has )?changed|no change|still)\b"
     r"|\bdoes(?:n'?t| not) (?:flag|raise|say|tell (?:me|anyone))\b[^.;]{0,15}\buntil (?:i|someone) (?:ask|chase)"
     # the thing missed before the verb, and work undone after landing: 'two sprint commitments missed in a row', 'his last three PRs got reverted'
     r"|\b(?:sprint )?(?:commitments|deadlines|targets|milestones|sprint goals?|due dates)\s+(?:\w+\s+)?(?:missed|slipped|blown)\b"
     r"|\b(?:PRs?|pull requests?|merges?|commits|changes|deploys?|releases?)\b[^.;]{0,40}?\b(?:got|were|was|have been|has been|had to be|keep getting|kept getting)\s+(?:\w+\s+)?(?:reverted|rolled back|backed out|pulled)\b"
     # the manager's verdict on the work: 'the pipeline work isn't good enough', 'his code is not up to standard'
     r"|\b(?:work|code|output|quality|analysis|analyses|reports?|models?|prs?|deploys?|pipelines?)\b[^.;:!?]{0,20}?\b(?:isn'?t|is not|aren'?t|are not|wasn'?t|weren'?t|not) (?:good enough|up to (?:standard|scratch)|acceptable)\b"
     r"|\b(?:half|partly|mostly|largely|straight|word for word)[- ]copied\b|\bcopied (?:\w+ )?(?:from|off) (?:a |an |some )?(?:blog|article|stack ?overflow|chat ?gpt|the internet|online|paper|someone)|\bplagiari\w+"),
    ("conflict", r"\b(?:haven'?t|havent|have not|hasn'?t|aren'?t|arent|are not|not) (?:spoken|speaking|talked|talking|been talking|been speaking)(?: to each other)? since\b|\bnot (?:speaking|talking) to each other\b|\bat war\b|\bturf war\b|\bfeud\w*\b|\bbeef\b|\bsnippy\b|\bat each other'?s throats\b|\bconflict\b|\bclash\w*\b|\bfriction\b|\btension\b|\bdon'?t get along\b|\bargu\w+\b|\bbutting heads\b|\b(?:fight(?:s|ing)?|fought)\b(?!\s+(?:with\s+)?(?:the|a|an|his|her|their|our|my|this|that|some|fires?|through|off|for)\b(?![^.;,]{0,30}?\b(?:team|lead|manager|pm|colleagues?|peers?|people|folks|reviewers?|designers?|scientists?|engineers?|devs?)\b))|\b(?:a|had a|got into a) fight\b|\bat each other\b|\b(?:got|gotten|getting|went|gone|turned|it'?s) personal\b|\b(?:they(?:'re| are)?|theyre|both(?: of them)?|the two(?: of them)?)\s+(?:\w+\s+)?(?:not|aren'?t|arent|stopped|no longer|barely)\s+(?:talking|speaking)\b|\bfell out\b|\bhad it out\b|\bwent at each other\b|\bblew up at\b|\bdisagree\w*\b|\bcomplain\w* about\b|\bsnapp(?:ing|ed) at\b|\bteam dynamics\b|\bnot pulling (?:his|her|their) weight\b|\b(?:rewrote|redid|reverted|overwrote|ripped out|rolled back|undid|chang(?:es|ed|ing)|renam(?:es|ed|ing)|delet(?:es|ed|ing)|broke)\b(?=[^.;]{0,60}?\b(?:her|his|their|[a-z]+'s|someone'?s|others'?|other people'?s|a colleague'?s|the team'?s)\b)[^.;]{0,60}\bwithout (?:asking|telling|checking)\b|\bbehind (?:his|her|their) back\b|\btook (?:the )?credit\b|\bwent over (?:his|her|their) head\b"),
    # How someone treats others, raised by the people on the receiving end: a behaviour conversation, not a quiet person.
    ("conduct", r"\bcame to me\b[^.;]{0,30}\babout\b|\b(?:both|each|two of them|they(?: both)?) came to me (?:separately|independently|on (?:their|my) own)\b|\btold me separately\b|"
     # a put-down in front of others, or talking over people: 'told her that her corrections were the work of a child, in front of the whole room'
     r"\b(?:told|called|described|said|dismissed)\b[^.;!?]{0,90}\bin front of (?:the |all the |his |her |their )?(?:whole |entire )?(?:room|team|trustees|board|everyone|group|class|clients?|customers?|juniors?|others)\b|"
     r"\btalks? over (?:them|her|him|people|others|everyone|the juniors?|junior \w+)\b|\b(?:tears?|tore|tearing|rips?|ripped|ripping) (?:their|her|his|my|our|people'?s|everyone'?s|others'?|the (?:juniors?|team)'?s?) (?:[\w-]+ ){0,2}?(?:reviews?|prs?|pull requests?|work|code|ideas?|designs?|docs?|notebooks?) (?:apart|to shreds|to pieces)\b|\bdid you (?:even|actually) (?:run|test|read|try|check)\b|\binterrupt\w* (?:the )?(?:juniors?|people|others|colleagues|teammates|her|him|them|everyone)\b|\bcomments? like\b|\bbelittl\w*|\bcondescend\w*|\bdismissive\b|\b(?:dismiss(?:es|ed|ing)?|brush(?:es|ed|ing)? off|shoots? down|shot down|talks? over|talked over|mocks?|mocked|mocking) (?:their|her|his|people'?s|others'?|everyone'?s|the (?:[\w-]+ )?(?:juniors?|analysts?|team|engineers?)'?s?) (?:[\w-]+ )?(?:questions?|ideas?|concerns?|suggestions?|work|input)\b|\brude\b|\bdemean\w*|\bhumiliat\w*|\bbull(?:y|ies|ying|ied)\b|\bharass\w*|\binappropriate\b|\b(?:yell|yelled|yells|yelling|shout\w*|swore|swears|snarl\w*) at\b|\bmade (?:him|her|them|someone|people) cry\b|\bcomplaints? (?:about|from|against)\b|\btoxic\b|\bmean to\b|\bsexist\b|\bracist\b|\bhostile\b|\bpublicly (?:criticis|criticiz|shamed|called out)\w*|\b(?:comments?|reviews?|feedback|tone)\b[^.;]{0,25}\b(?:brutal|harsh|nasty|scathing|savage|snarky|cutting|vicious)\b|\bamateur hour\b"),
    ("research_go_no_go", r"\bgo/?no[- ]?go\b|\b(?:beats?|matches|outperforms?|wins? (?:over|against)|is better than)\b[^.;]{0,60}?\b(?:in|on) (?:(?:~|about |around |maybe |only |roughly |under |less than )\s*)*[1-5]?\d ?% of\b|\bkeep(?:ing)? (?:funding|paying for) (?:it|this|that)\b|\bwhether (?:we|to|i) keep (?:it )?(?:going|funding)\b|\bkeep[- ]or[- ]kill\b|\bkill[- ]or[- ]keep\b|\b(?:research|experiment|bet|approach|poc|prototype|spike)\b[^.;]{0,60}\b(?:thinks?|reckons?|says|puts? it at|maybe|estimates?)\s+(?:maybe |about |around |only )?\d{1,3} ?%|\b\d{1,3} ?% (?:chance )?(?:that )?(?:it|this|she|he|they) (?:ever |actually |really )?(?:works?|beats?|pans? out|lands?|succeeds?|outperforms?)\b|\bwants? (?:it|this|that|(?:the|her|his|their) [\w-]+(?: [\w-]+)?) (?:parked|killed|stopped|shelved|cut|dropped|canned)\b|\bwhy (?:we'?re|were|we are) (?:still )?(?:paying for|funding|doing|spending on) (?:it|this|that)\b|\bkill (?:it|the (?:project|research|experiment))\b|\b(?:\d+|low|slim|small) ?%? (?:chance|odds)\b.{0,40}\b(?:research|experiment|bet|approach)\b|\bresearch bet\b|\bmoonshot\b|\blong shot\b|\bwhether to (?:continue|stop|keep going)\b|\bdo we keep going\b|\bstop ?(?:/|or|vs\.?) ?continue\b|\bcontinue ?(?:/|or|vs\.?) ?stop\b|\bkeep going or (?:stop|kill|drop)\b|\bshould (?:we|i|they) (?:stop|keep going|continue|pull the plug)\b|\bpull the plug\b|\bnot (?:converging|working out)\b|\bwhether (?:his|her|their|the) [\w ]{0,30}continues\b|\bunlikely to (?:pan out|work|land|succeed)\b|\bwhether (?:it|this|that) continues\b|\bwhether to (?:continue|keep going|stop)\b|\bgo[/ -]no[- ]go\b|\bexploration\b.{0,30}\b(?:months|weeks|going nowhere)\b|\b(?:still )?no (?:signal|results?|lift|progress)\b.{0,40}\b(?:research|experiment|weeks|months)\b|\b(?:research|experiment|bet)\b.{0,60}\b(?:still )?no (?:signal|results?|lift)\b|\b(?:very|too|really) attached to (?:it|the (?:idea|research|approach))\b|\b(?:stops?|ends?|gets? (?:killed|cut|stopped)|is (?:killed|cut|stopped)) (?:at|by|on)? ?(?:the )?(?:end of \w+|\w+ \d+|\d+(?:st|nd|rd|th)?)?,? ?unless (?:it|she|he|they)\b"),
    ("returning_from_leave", r"\bback\b[^.]{0,60}\b(?:weeks?|months?) of (?:[\w']+\s+){0,2}leave\b|\b(?:back|returns?|returning|coming back|comes back)\s+(?:[\w']+\s+){0,3}(?:from|after)\s+(?:[\w'-]+\s+){0,4}(?:leave|parental|paternity|maternity|adoption|sabbatical|medical|secondment)\b|\b(?:back|returns?|returning|coming back|comes back)\b[^.;]{0,50}\bfrom (?:a |an |her |his |their )?(?:[\w'-]+\s+){0,3}secondment\b|\bafter (?:\w+ ){0,4}(?:parental|paternity|maternity|medical|sick|long) leave\b|\bback (?:from|after) (?:\w+ ){0,4}(?:leave|off|vacation|holiday|sabbatical)\b|\bback (?:tomorrow|monday|next week) after\b|\bback from (?:leave|parental|paternity|maternity|vacation|holiday|sabbatical|sick|medical)\b|\breturn\w* from (?:leave|parental|paternity|maternity|sabbatical|vacation|holiday)\b|\bcoming back (?:from|after)\b|\bjust (?:got )?back\b|\bafter (?:\w+[- ]){0,3}(?:weeks?|months?) (?:off|away|out)\b|\bback (?:on|from|this|next) [^.;]{0,25}\bafter\b[^.;]{0,25}\b(?:off|leave|away)\b"
     # 'a return-to-work one-to-one', 'has been on parental leave for nine months and is coming back four days a week'
     r"|\breturn[- ]to[- ]work\b|\b(?:been|is|was) (?:away )?on (?:[\w'-]+ ){0,2}leave\b[^.;]{0,60}\b(?:coming back|returning|comes back|back)\b"),
    ("reprioritized", r"\b(?:got |was |been )?moved off\b|\breprioriti\w+\b|\bmov(?:e|es|ing) (?:him|her|them) (?:off|to|onto)\b|\b(?:pull|pulling|switch|switching) (?:him|her|them) (?:off|to|onto)\b|\bpulled (?:him|her|them) off\b|\b(?:just )?moved \w+ off\b|\bmoved (?:him|her|them) (?:off|to|onto)\b|\bswitch(?:ed)? (?:him|her|them|projects|teams)\b|\bchange (?:of|in) priorit\w+\b|\bwhiplash\b|\bshelv(?:e|ed|es|ing)\b|\b(?:scrapp(?:ed|ing)|cann(?:ed|ing)|kill(?:ed|ing)|cancell?(?:ed|ing)) (?:the |her |his |their )?(?:[\w-]+ ){0,3}(?:project|model|work|research|revamp|rebuild|rewrite|migration|initiative|workstream|effort|launch)\b|\bthird switch\b|\b(?:project|work|model|pipeline|area|workstream)\s+(?:was |got |has been )?(?:moved|handed|given|reassigned|transferred)\s+(?:over\s+)?to\b"),
    ("near_finish", r"\balmost done\b|\bnearly done\b|\bnear(?:ly)? finish\w*\b|\bclose to (?:done|finishing|shipping|landing)\b|\bwrapping up\b|\b(?:days|a week|1 weeks?) from done\b"),
    ("disengaged", r"\bdisengag\w+\b|\b(?:does|doing|do) (?:exactly |only |just )(?:what(?:\'s| is) (?:on the ticket|asked|assigned)|the (?:bare )?minimum)\b|\bbare minimum\b|\b(?:camera|cam|video) off\b|\bnothing in (?:retros?|standups?|planning|meetings)\b|\bused to be (?:the |our |a )?(?:loudest|most (?:vocal|active|engaged)|first to)\b|\bhasn'?t proposed anything\b|\bchecked out\b|\bunmotivated\b|\blost (?:interest|motivation)\b|\bbored\b|\bcoasting\b|\bjust going through the motions\b|\bmotivation\b|\blow energy\b|\bquiet quitting\b"),
    # Signs they may leave, in the manager's words: an outside offer, interviews, talks with other companies.
    ("retention_risk", r"\b(?:convos?|conversations?|talks?|talking|chats?|chatting|interview\w*|speaking)\b[^.;]{0,30}?\b(?:with |to )?(?:other|another|a few other|some other|outside)"
     r" (?:compan\w+|firms?|employers?|startups?|jobs?|places|teams)\b|\brecruiters?\b|\b(?:competing|outside|external|counter-?) ?offers?\b|"
     r"\b(?:got|has|have|received|holding|sitting on) an? (?:job |written |verbal )?offer\b|\bflight risk\b|\b(?:thinking|talking) (?:of|about) (?:leaving|quitting)\b|"
     r"\blooking (?:around|elsewhere|for (?:a |another |other )?(?:new )?jobs?)\b|\binterviewing\b|\b(?:don'?t|do not) want to lose (?:him|her|them)\b|"
     r"\b(?:might|may|could|about to|going to) (?:leave|quit)\b|\bresign(?:ing|ation)\b|\bon the fence about staying\b|\b(?:might|may|could) not stay\b|\bhanded in (?:his|her|their) notice\b"),
    ("inherited", r"\binherit\w*\b|\btak(?:e|ing|en) over (?:\w+ ){0,3}(?:team|reports?|people)\b|\bfrom (?:another|a previous|the previous|the old|her old|his old|their old) manager\b|\bas (?:their|her|his) new manager\b|\bjust took over\b"
     r"|\btransferr?(?:ing|ed|s) (?:in|over) from\b|\b(?:i'?ll|i will|i'?m going to) be (?:her|his|their) (?:new|next|\w+) manager\b|\b(?:her|his|their) (?:old|previous|last|former) manager\b"),
    # 'my skip-level keeps going to my engineers': a person (the boss's boss), managing up; 'my skip-level 1:1s with ...' stays a meeting
    ("skip_level", r"(?<!\bmy )(?<!\bour )\bskip[- ]level\b|\b(?:my|our) skip[- ]levels?\s+(?:1[:-]?(?:on-?)?1s?|meetings?|with|chats?|conversations?|syncs?|sessions?|agendas?)\b|\bskip[- ]?1[:-]?1\b|\bmy (?:manager'?s|lead'?s) reports?\b|\breports? of my (?:managers|leads)\b"),
    ("managing_up", r"\b(?:1[:-]?1|1[- ]on[- ]1|one[- ]on[- ]one|sync|catch[- ]?up|meeting|\d+ ?(?:min(?:ute)?s?|m))\s+with\s+(?:my|our)\s+(?:own\s+)?(?:manager|boss|vp|director|head of [\w-]+|cto|ceo|skip)\b|\bmy own (?:manager|boss)\b|\bmanaging up\b"
     # someone senior going around the manager to the team: the talk with them is the manager's ask, not their growth
     r"|\b(?:skipping|skips|skipped|bypassing|bypasses|bypassed|going around|goes around|went around) me\b"
     r"|\b(?:dm\w*|ping\w*|messag\w*|slack\w*|going|goes|went|comes|came|asks?|asking)\s+(?:\w+\s+){0,2}?(?:straight|directly)\s+(?:to\s+)?(?:my|our)\s+(?:people|team|reports|engineers|folks|ds|mles)\b"
     r"|\b(?:dm\w*|ping\w*|messag\w*)\s+my\s+(?:people|team|reports|engineers|folks)\s+(?:directly|straight)\b"
     # moving the manager's people without asking them: someone with authority over the team ('he's moved someone on my team without asking me first')
     r"|\b(?:mov|reassign|pull|transferr?|shift|loan)\w*\s+(?:someone|somebody|people|folks|one of my [\w-]+|\w+)\s+(?:on|from|off|out of|in)\s+my team\b[^.;:]{0,20}?\bwithout (?:asking|telling|checking with|consulting) me\b"
     # the manager's own boss who keeps cancelling on them, or commits their team without asking them
     r"|\bmy (?:s?vp|boss|manager|director|skip|cto|ceo|cpo|head of [\w-]+)\b[^.;]{0,30}\b(?:keeps?|kept|always)\s+(?:cancel\w*|skip+\w*|moving|rescheduling|bumping|overrul\w*)\b"
     # the boss's boss named as a person, not a meeting: 'my skip-level keeps ...', 'my skip level wants'
     r"|\b(?:my|our) skip[- ]level(?:\s+(?:manager|boss))?\b(?!\s*(?:1[:-]?(?:on-?)?1s?|meetings?|with|chats?|conversations?|syncs?|sessions?|agendas?|s)\b)"
     r"|\b(?:agreed|committed|promised|signed (?:us|my team) up)\b[^.;]{0,100}\bwithout (?:asking|telling|checking with|consulting) me\b"),
)
CUES: tuple[str, ...] = tuple(dict.fromkeys(name for name, _ in CUE_RULES))
# A cue that makes another one a misreading: someone back from leave is not a new hire ('her first week back'),
# a complaint about how someone treats others is not about a quiet person ('without telling them').
OVERRULES: dict[str, tuple[str, ...]] = {"returning_from_leave": ("new_hire",), "conduct": ("quiet",), "underperforming": ("quiet",)}  # 'gone quiet in planning' beside missed commitments is part of the performance talk


# "how do i say not yet without killing her motivation": a worry about what might happen, not how they are now.
WORRY_BEFORE = re.compile(r"\b(?:without|don'?t want to|never want to|avoid|not)\s+(?:killing|hurting|losing|crushing|tanking|denting|damaging|kill|hurt|lose|crush|dent)\s+(?:her|his|their|the team'?s|its|any)\s+$", re.I)


def _first_match(pattern: str, text: str) -> re.Match[str] | None:
    return next((m for m in re.finditer(pattern, text or "", re.IGNORECASE)
                 if not WORRY_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) and not AIM_BEFORE.search(text[max(0, m.start() - 45) : m.start()])
                 and not OTHERS_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) and not REFUSED_BEFORE.search(text[max(0, m.start() - 45) : m.start()])), None)


# What they said no to is not what they are doing: 'turned down two external offers to stay', 'declined a recruiter's offer'.
REFUSED_BEFORE = re.compile(r"\b(?:turned|turning|turns)\s+down\s+(?:[\w'’-]+\s+){0,3}$|\b(?:declined|declines|declining|rejected|rejects|refused|refuses|"
                            r"said no to|says no to|passed on|walked away from|ignored|ignores|ignoring)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# A guess the manager is unsure of, not what they saw: "i don't know if something's going on or if he's out of his depth".
HEDGED_BEFORE = re.compile(r"\b(?:(?:don'?t|do not|dont|doesn'?t) (?:really )?know|not sure|unsure|wonder(?:ing)?|no idea|can'?t tell)\s+(?:if|whether)\b[^.;!?]*$", re.I)


def hedged(text: str, cue: str) -> bool:
    """The cue's words sit inside a guess the manager says they are unsure of ('not sure whether she's burning out')."""
    span = cue_span(text, cue)
    return span is not None and bool(HEDGED_BEFORE.search(text[max(0, span[0] - 120) : span[0]]))


# Someone else's state, not the person's: 'other people are now blocked on it', 'the team is swamped'.
OTHERS_BEFORE = re.compile(r"\b(?:other people|others|(?<!my )(?<!our )people|the (?:rest of the )?(?:[\w-]+ )?team|everyone(?: else)?|other teams|two teams|downstream teams?)"
                           r"\s+(?:are|were|is|'re|got|get|have been|has been)\s+(?:now\s+|all\s+|still\s+|also\s+)?$", re.I)
# The manager's aim or a denial, not the person's state: 'without drowning him', "she's not quiet", 'so he isn't swamped'.
# 'without it turning into a turf fight': what the manager fears the talk becomes, not what is happening.
AIM_BEFORE = re.compile(r"\b(?:without|avoid|avoiding|not|never|don'?t|doesn'?t|isn'?t|so (?:he|she|they) (?:doesn'?t|isn'?t|aren'?t|won'?t)(?: get| feel| be)?)\s+$"
                        r"|\b(?:without|not|never|don'?t want) (?:it|this|that|things) (?:turning|becoming|getting|escalating|blowing up) (?:into )?(?:a |an )?(?:[\w-]+ )?$", re.I)


def detect_cues(text: str) -> list[str]:
    """The 1-on-1 cues a manager's words imply, in the order of CUES."""
    found = [name for name, pattern in CUE_RULES if _first_match(pattern, text)]
    overruled = {lost for cue in found for lost in OVERRULES.get(cue, ())}
    if "retention_risk" in found and len(set(found)) > 1 and re.search(r"\bwant to lose\b", cue_words(text, "retention_risk"), re.I):
        overruled.add("retention_risk")  # "need it to stop, don't want to lose him": the manager's stake in the talk, no sign they are leaving
    if "managing_up" in found and "skip_level" in found and re.match(r"my skip\b(?![- ]?level (?:meetings?|1[:-]?1s?|one[- ]on[- ]ones?|with)\b)", cue_words(text, "skip_level") and text[cue_span(text, "skip_level")[0] - 3 :], re.I):
        overruled.add("skip_level")  # 'my skip-level keeps going around me': the manager's own boss's boss, a talk up, not one with their reports' reports
    if "stuck" in found and "quiet" in found and _said_after_in_sentence(text, cue_span(text, "stuck"), cue_span(text, "quiet")):
        overruled.add("quiet")  # "stuck eight days on the feed and hasn't said a word": silent about the blocker, which the stuck item asks about
    kept = [cue for cue in dict.fromkeys(found) if cue not in overruled]
    seen = [cue for cue in kept if not hedged(text, cue)]
    return seen if seen else kept  # a guess yields to what the manager saw; alone it is still the best reading


def _said_after_in_sentence(text: str, a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """`b` said after `a` in the same sentence."""
    return a is not None and b is not None and a[0] < b[0] and not re.search(r"[.;!?\n]", text[a[0] : b[1]])


def cue_words(text: str, cue: str) -> str:
    """The words that triggered a cue (for provenance)."""
    span = cue_span(text, cue)
    return text[span[0] : span[1]] if span else ""


def cue_span(text: str, cue: str) -> tuple[int, int] | None:
    """Where in the text the words that triggered a cue are."""
    for name, pattern in CUE_RULES:
        if name == cue:
            m = _first_match(pattern, text)
            if m:
                return m.start(), m.end()
    return None


def cue_clause(text: str, cue: str, max_words: int = 8) -> str:
    """The clause of the manager's words that a cue came from ('online at midnight most of this week'), at most
    `max_words` words around the trigger, for the agenda to say what was noticed."""
    span = cue_span(text, cue)
    if span is None:
        return ""
    left = max(text.rfind(c, 0, span[0]) for c in ".;!?\n") + 1
    ends = [i for i in (text.find(c, span[1]) for c in ".;!?\n") if i != -1]
    before = text[left : span[0]].split()[-(max_words // 3) :] if text[left : span[0]].strip() else []
    after = text[span[1] : min(ends) if ends else len(text)].split()
    words = before + text[span[0] : span[1]].split() + after
    return " ".join(words[:max_words]).strip(" ,:-")

STUCK_ON = re.compile(
    r"\bstuck (?:for |on it for )?(?P<how>\d+(?:\.\d+)? (?:days?|weeks?|hours?)|a (?:day|week|while)|days|weeks)?\s*(?:on|with) (?:a |an |the |some )?(?P<what>[\w /.-]{3,60}?)(?=[,.;!?]|$| and\b| but\b| for\b)"
    r"|\b(?:been )?stuck on (?:a |an |the )?(?P<what2>[\w /.-]{3,60}?) (?:for )?(?P<how2>\d+(?:\.\d+)? (?:days?|weeks?)|a week|days|weeks)\b"
    r"|\b(?:lost|wasted|burn(?:ed|t)|sank|spent) (?P<how3>(?:most of |half (?:of )?|all of |the better part of |a good part of )?(?:the |a |his |her |their |this |last |\w+ )?(?:\w+ )?(?:week|weeks|days?|afternoon|morning|sprint)) "
    r"(?:fighting|wrestling|battling|debugging|stuck on|trying to (?:get|fix|make)) (?:with )?(?:a |an |the |his |her |their |our )?(?P<what3>[\w /.-]{3,60}?)(?=[,.;!?]|$| and\b| but\b| for\b| to\b)",
    re.IGNORECASE,
)


def stuck_on(text: str) -> str | None:
    """What the person is stuck on and for how long, in the manager's words ('2 days on a cuda env issue')."""
    m = STUCK_ON.search(text or "")
    if not m:
        return None
    what = (m.group("what") or m.group("what2") or m.group("what3") or "").strip()
    how = (m.group("how") or m.group("how2") or m.group("how3") or "").strip()
    return f"{how} on {what}".strip() if how else f"on {what}"


# Work said to go slowly, not stopped: "tom's been slow on the rubric", "she's struggling with the eval harness",
# "he's behind on the labelling".
SLOW_ON = re.compile(r"\b(?:been\s+|is\s+|'s\s+)?(?P<how>slow|struggling|behind|dragging|crawling)\s+(?P<on>on|with)\s+(?P<what>[\w /.-]{3,50}?)(?=[,.;!?]|$| and\b| but\b| fwiw\b| tbh\b| so\b)", re.I)


def slow_on(text: str) -> str | None:
    """What the person is slow on, in the manager's words ('slow on the rubric'); None when nothing is said to drag."""
    m = SLOW_ON.search(text or "")
    return f"{m.group('how').lower()} {m.group('on').lower()} {m.group('what').strip()}" if m else None
