"""Sensitive people situations (a bereavement, a harassment report, a complaint about a colleague, a visa holder
worried about their job, questions about layoff rumours, letting someone go, planned medical leave, a raise request, burnout, a health crisis, a personal-data incident):
which one a question describes, and the answer built from that situation's guidance card: how urgent it is, what
fits this case, what to say today, the steps in order (with when to bring in HR, legal, security or the EAP), and
what not to say. These answers never go to a model and call no tools.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any, Literal

from lead_core.number_words import number

from agent.sensitive_asks import CONFIDENTIAL, kept_in_confidence, question_lines

_RELATIVE = (
    r"(?:mother|father|mom|mum|dad|parents?|brother|sister|sibling|wife|husband|partner|spouse|son|daughter|child|kid|baby|"
    r"grand(?:mother|father|ma|pa|parent)|aunt|uncle|cousin|(?:best )?friend|fianc[ée]e?)"
)
# People a company keeps rows about ('ticket-buyer', 'donor', 'subscriber'): a list of them is personal data.
_PEOPLE = (
    r"(?:(?:ticket[- ]?)?buyer|customer|client|user|patient|donor|member|subscriber|supporter|guest|visitor|student|pupil|parent|"
    r"applicant|candidate|employee|staff|tenant|resident|passenger|claimant|policyholder|voter|caller|mailing|contact|shopper|account[- ]?holder)"
)
_DATA = (
    r"(?:\bPII\b|personal (?:data|information|info)|(?:customer|user|patient|client|employee)s?'? (?:[\w-]+ )?(?:data|records|pii|details|emails|"
    r"addresses|names|phone numbers|information|info|database|dataset|table|files?)|(?:production|prod|customer) (?:data(?:base|set)?|dump|db)|"
    r"health (?:data|records)|medical records|credit cards?|card(?:holder)? (?:numbers|names|details|data)|cardholder\w*|social security|"
    r"(?:raw |customer |user |payment |bank )?transactions|billing (?:addresses|details)|account numbers|(?:home |email )addresses|"
    r"(?:client|customer|partner)s?'? (?:NDAs?|contracts?|documents?|docs|agreements?)|\bNDAs\b|confidential (?:documents?|data|files|information|contracts?)|"
    r"trade secrets?|(?:api |secret )?keys|credentials|passwords|"
    # records about members of the public: 'a CSV of 40k 999 call records (caller addresses, some names)'
    r"(?:call|caller|patient|case|crime|incident|emergency|citizen|resident|donor|member|student|applicant|passenger|tenant|claimant|voter)s?'? (?:records|addresses|names|details|notes|data)|"
    # a list of people, whatever they are called: 'the ticket-buyer list', 'the donor database', 'our subscriber spreadsheet'
    rf"{_PEOPLE}s?'? (?:[\w-]+ )?(?:lists?|database|db|export|spreadsheet|csv|extract|file|records|contacts|contact details|details|data(?:set)?))"
)
# Sent to people outside the company ('sharing a sample with the pricing vendor's data scientists', 'emailed it to the
# wrong client'): who now holds a copy.
OUTSIDERS = r"(?:vendor|supplier|partner|contractor|agency|client|third[- ]party|external|outside)"
SHARED_OUTSIDE = (
    r"\b(?:shar(?:ed|ing|es)?|sent|send\w*|post\w*|email\w*|upload\w*|attach\w*|forward\w*|dropp\w*)\b[^.?!]{0,200}?\b(?:with|to|in|into)\b"
    r"[^.?!]{0,40}?\b(?:the |our |a |an |their |some )?(?:[\w-]+ )?" + OUTSIDERS + r"\w*|"
    r"\b(?:to|with) (?:the )?wrong (?:person|people|recipients?|address|channel|list|client|team)\b|"
    r"\b(?:at|from|in) (?:the |a )?(?:wrong|another|other) (?:firm|company|agency|insurer|bank|practice|office|supplier|vendor|client|organisation|organization)\b"
)
# Sent by email to the wrong people ('emailed the spreadsheet to a loss adjuster at the wrong firm'): containment is the
# recipient deleting it, and the sent item kept as evidence; no channel or post to take down.
EMAILED_WRONG = (
    r"\b(?:e-?mail(?:ed|s)?|sent|forwarded|cc'?d|bcc'?d|replied all|mailed)\b[^.?!]{0,160}?\b(?:wrong|another|other|external|outside)\b"
    r"|\b(?:wrong|another|other) (?:firm|company|agency|insurer|bank|practice|office|supplier|vendor|client)\b[^.?!]{0,80}?\b(?:e-?mail|inbox)"
)
# It was already taken down ('she noticed 40 minutes later and deleted it').
ALREADY_REMOVED = (
    r"\b(?:deleted|removed|took down|taken down|pulled|unsent|recalled) (?:it|them|the (?:file|message|post|csv|sheet|spreadsheet|data|link|repo))\b|"
    r"\b(?:it|the (?:file|message|post|csv|repo)) (?:was|has been|got) (?:deleted|removed|taken down|pulled)\b"
)
# Someone at work looked up the record of a person they know, for no work reason ('her brother is on the waiting list and
# she has been looking up his record', 'checked her ex's account', 'pulled up the file of a neighbour'): access by an
# insider is a data incident even though nothing left the building.
_KNOWN_PERSON = rf"(?:ex-[a-z]+|{_RELATIVE}|ex|neighbou?r|flatmate|housemate|landlord|celebrity|footballer|politician|famous [a-z]+)"
_LOOKED_UP = (r"(?:look(?:ed|ing|s)? (?:up|at|into|through)|check(?:ed|ing|s)?(?: on)?|open(?:ed|ing|s)?|access(?:ed|ing|es)?|"
              r"view(?:ed|ing|s)?|pull(?:ed|ing|s)? up|search(?:ed|ing|es)?(?: for)?|brows(?:ed|ing|es)|peek(?:ed|ing)? (?:at|into)|"
              r"snoop(?:ed|ing)?(?: (?:in|on|through|into))?|read(?:ing|s)?)")
_RECORD = r"(?:records?|files?|accounts?|charts?|case notes|case|claims?|applications?|entry|entries|profiles?|bookings?|test results)"
INSIDER_LOOKUP = (
    rf"\b{_KNOWN_PERSON}\b[^.?!]{{0,140}}?\b{_LOOKED_UP}\b[^.?!]{{0,30}}?\b(?:his|her|their) (?:own )?(?:[\w-]+ )?{_RECORD}\b|"
    rf"\b{_LOOKED_UP}\b[^.?!]{{0,40}}?\b(?:his|her|their|my|a|an|the) (?:own )?{_KNOWN_PERSON}(?:'s|s'|’s) (?:[\w-]+ )?{_RECORD}\b|"
    rf"\b{_LOOKED_UP}\b[^.?!]{{0,20}}?\b(?:the |a )?{_RECORD} (?:of|for|on) (?:his|her|their|a|an|the) (?:own )?{_KNOWN_PERSON}\b|"
    r"\bsnoop(?:ed|ing|s)?\b[^.?!]{0,60}\b(?:records?|files?|accounts?|data|database|system)\b"
)
# Sent inside the company, to the people it reports to ('the wrong version of the deck to the exec team'): a correction to
# send, not personal data gone outside.
_TO_INSIDERS = (r"[^.?!]{0,40}\bto (?:the |our |my )?(?:board|exec(?:utive)?s?(?: team)?|leadership(?: team)?|ceo|cto|cfo|coo|boss|manager|"
                r"director|vp|steering (?:committee|group)|management(?: team)?|trustees)\b")
# Personal identifiers whose exposure is an incident wherever they went ('the csv had passport numbers and dates of birth').
IDENTIFIERS = r"(?:passport (?:numbers?|details|scans?)|social security numbers?|NHS numbers?|medicare numbers?|national (?:id|identity) numbers?|tax (?:ids?|numbers?|file numbers?)|patient (?:ids?|identifiers|numbers)|ssns?\b|national insurance numbers?|credit card (?:numbers?|details)|card numbers|dates? of birth|\bDOBs?\b|driv(?:er|ing)'?s? licen[cs]e (?:numbers?|details)|medical records|health records|bank (?:details|account numbers?))"
# ... sent somewhere ('sharing a sample with the vendor ... the csv had passport numbers'): read by the crisis check and the card.
IDENTIFIERS_SENT = rf"\b(?:shar(?:ed|ing)|sent|sending|posted|posting|emailed|uploaded|attached)\b[^.?!]{{0,250}}\b{IDENTIFIERS}"
# Fields that identify people ('policyholder names, emails, postcodes'): two of them listed together are personal data,
# whatever the rows are called.
PERSONAL_FIELD = (
    r"(?:(?:full |first |last |real )?names|e-?mails?(?: addresses)?|(?:home |postal |street )?addresses|post ?codes|zip ?codes|"
    r"(?:phone|mobile|telephone) numbers|dates? of birth|\bDOBs?|birthdays|diagnos[ie]s|medical (?:history|conditions)|"
    r"(?:driv(?:er|ing)'?s? )?licen[cs]e numbers|passport (?:numbers|details)|bank (?:details|account numbers)|account numbers|"
    r"card numbers|salar(?:y|ies)|national insurance numbers|ssns?|appointment (?:dates|times)|room numbers)"
)
# ... held in something that carries rows ('a csv with', '3,800 rows of claims data in it. policyholder names, emails'),
# so fields a model merely uses ('uses customer names and postcodes as features') are no data put anywhere.
_HELD_IN = r"\b(?:csv|files?|spreadsheet|sheet|notebook|dataset|dump|export|table|rows|records|output|zip|parquet|screenshot|attachment|list|cells?|extract|sample|backup|in it|with|contain\w*|had|has|includ\w*)\b"
_FIELD_LIST = (rf"{_HELD_IN}[\s\S]{{0,60}}?\b{PERSONAL_FIELD}\b[^.?!\n]{{0,40}}?(?:,|\band\b|\+|/|&)\s*(?:their |the |and )?"
               rf"{PERSONAL_FIELD}\b")
# ... put somewhere anyone can read it ('posted a notebook link on a public community forum', 'pushed it to a public repo').
_PUT_IN_PUBLIC = (
    r"\b(?:post\w*|push\w*|upload\w*|publish\w*|shar\w+|put|commit\w*|paste\w*|link\w*|attach\w*|dropp?\w*|left)\b[^.?!]{0,120}?"
    r"\b(?:public(?:ly)?|forum|online|internet|anyone with the link|reddit|stack ?overflow|discord|linkedin|twitter|gist|pastebin)\b"
    r"|\bpublic (?:[\w-]+ ){0,2}(?:repo\w*|github|gitlab|bucket|forum|gist|drive|folder|link|site|page|channel)\b"  # 'our public github repo has a csv'
)
PERSONAL_DATA_PUBLIC = rf"(?:(?={_PUT_IN_PUBLIC})[\s\S]{{0,600}}?{_FIELD_LIST}|{_FIELD_LIST}[\s\S]{{0,400}}?(?:{_PUT_IN_PUBLIC}))"  # grouped: 'public channel' alone is no data put anywhere
# A person's own account or device ('his personal gmail', 'her own laptop'): work material moved there has left the
# company's control, whatever it holds.
PERSONAL_PLACE = (
    r"(?:(?:his|her|their|my|a|an) )?(?:personal|own|private|home) (?:e-?mail(?: account)?|gmail|hotmail|outlook|laptop|computer|device|"
    r"(?:usb |hard )?drive|phone|account|dropbox|google drive|one ?drive|icloud|cloud|pc)\b|\b(?:his|her|their) (?:gmail|hotmail|yahoo|icloud|dropbox)\b"
)


_OUTSIDE = (
    rf"(?:{PERSONAL_PLACE}|"
    r"\b(?:gmail|hotmail|yahoo|icloud|one ?drive|dropbox|google drive|whatsapp)\b|[\w-]+'s (?:own |personal )?laptop|(?:usb|memory) stick|"
    r"\busb\b|(?:thumb|flash|external) drive|chatgpt|an? (?:public|outside|external) (?:bucket|repo|service|vendor|tool|llm|api)|"
    r"(?:a |an )?public (?:\w+ )?(?:bucket|repo|repository|link|site|channel|drive|gist)|github|kaggle|hugging ?face|"
    r"outside (?:the company|our systems)|"
    r"(?:an? |some |the )?(?:public |free |external |outside |consumer )?(?:ai |llm |gen-?ai )?chat ?bots?|"
    r"(?:an? |some |the )?(?:public |free |external |outside |consumer )(?:ai|llm|gen-?ai) (?:assistants?|tools?|services?|apps?|sites?))"
)


# Personal data moved: copied, sent, put somewhere.
_MOVED = (r"(?:cop(?:y|ied|ying)|download\w*|upload\w*|export\w*|sen[dt]\w*|shar\w+|mov(?:e|ed|ing)|dump\w*|took|taken|email\w*|e-mail\w*|"
          r"sync\w*|paste\w*|push\w*|forward\w*|saved|sav(?:e|ing)|put|transferr?\w*|dropp\w*|attach\w*)")


_PAY = (
    r"(?:salar(?:y|ies)|payroll|pay (?:data|spreadsheet|sheet|list|bands?)|compensation (?:data|spreadsheet|sheet|list)|"
    r"everyone'?s (?:pay|salar\w+|comp\b))"
)
# Whose health: a family member's illness makes the report a carer, not a patient.
_ILL = (
    r"(?:(?:seriously|very|critically|terminally|chronically|gravely) )?(?:ill|sick|unwell)\b|diagnosed|in (?:the )?hospital|admitted (?:to|into)\b|"
    r"hospitali[sz]ed|having (?:surgery|treatment|chemo)|cancer|dementia|dying|needs? (?:care|looking after|full-time care)|"
    r"(?:had|has had|suffered) (?:a |an )?(?:stroke|heart attack|seizure|accident|bad fall|fall)\b|\bin (?:intensive care|the ICU|ICU|a coma)\b|"
    r"in (?:a |an )?(?:bad |serious |terrible |awful |horrible |major )?(?:car |road |traffic |bike |cycling |motorbike |work )?(?:accident|crash|collision)\b|"
    r"(?:in|going into|out of|having) surgery\b|rushed (?:to|into) (?:hospital|a&e|the er|emergency)|collapsed\b"
)


# Signs someone was impaired at work, as a manager reports them ('slurring on the call', 'smelled of alcohol').
IMPAIRED = (
    r"\b(?:drunk|intoxicated|stoned|tipsy|hungover|hung over|under the influence)\b(?! driv)|"
    r"\b(?:he|she) (?:was|seemed|looked|sounded|is|seems|looks|sounds) (?:\w+ )?high\b(?! (?:priority|risk|impact|level|up|on the list))|"
    r"\b(?:came|showed up|turned up|joined|logged on)\b(?: (?:to|into|in|on))? (?:the |a |our |this |today'?s )?(?:[\w-]+ ){0,2}?"
    r"(?:call|meeting|standup|stand-up|office|work|demo|review|sync|shift) high\b|\bhigh on (?:something|drugs|weed|pills|coke)\b|"
    r"\bslurr(?:ed|ing|s)?\b|\bsmell(?:ed|s|ing)? (?:\w+ly )?(?:of|like) (?:alcohol|booze|drink|beer|wine|weed|cannabis)\b|"
    r"\b(?:alcohol|booze|weed|cannabis) on (?:his|her|their) breath\b|"
    r"\b(?:drinking) (?:on|at|during|before) (?:the )?(?:job|work|shift|call|meetings?|on-?call|standup|lunch)\b|"
    r"\b(?:drink(?:ing)?|alcohol|substance|drug) (?:problem|issue|abuse|misuse)\b"
)


# A gambling, drinking or money problem as a person tells it ('down about £14k and can't stop', 'a drinking problem').
_STRUGGLE = (
    r"(?:gambl\w*|betting|\bbets\b|addict\w*|drinking problem|problem with (?:drink\w*|alcohol|gambling|betting)|alcoholi\w*|"
    r"(?:in|into|drowning in|serious|huge|crippling|mounting) debts?\b|debt collectors?|can'?t stop (?:gambling|betting|drinking)|"
    r"\brelaps\w*|in recovery)"
)
# What was seen at work rather than told: that stays an impairment case (safety first).
_SEEN_IMPAIRED = (
    r"\bslurr(?:ed|ing|s)?\b|\bsmell\w* (?:\w+ly )?(?:of|like) (?:alcohol|booze|drink|beer|wine|weed|cannabis)|\bon (?:his|her|their) breath\b|"
    r"\b(?:drunk|intoxicated|stoned|tipsy|hungover|under the influence)\b[^.;]{0,40}\b(?:at|on|in|to|during) (?:work|the (?:call|office|standup|meeting|shift))"
)
# Work only the person knows ('the only person who really understands the sleep staging pipeline'), and a dated event
# the work is for ('we have the FDA pre-sub meeting on feb 9').
_SOLE_KNOWER = (r"\b(?:the only (?:one|person)|only one|single person) (?:who|that) (?:really |truly |fully )?(?:knows|understands|can run|can fix|owns)\s+"
                r"(?P<w>[^.;,!?]{3,60}?)(?=\s+(?:and|but|so)\b|[.;,!?]|$)")
# A dated event the work is for: 'we have the FDA pre-sub meeting on feb 9', 'has to be ready for the clinic rollout on jan 18'.
DATED_EVENT = re.compile(r"\b(?:we have|we'?ve got|there'?s|there is|with|(?:has|have|needs?) to be (?:ready|done|live|finished|shipped) for)\s+"
                         r"(?:the |a |an |our )?(?P<e>[\w -]{3,40}?)\s+(?:on|by)\s+(?P<d>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b", re.I)
# The next time the person who reported must be with the one they named ('supposed to go back on site with him thursday').
_NEXT_CONTACT = (r"\b(?:supposed to|due to|has to|have to|meant to|scheduled to|going to|will)\s+(?:\w+\s+){0,6}?"
                 r"(?:with (?:him|her|them)\b|(?:on )?site\b|(?:the )?(?:install|visit|trip|shift|workshop|offsite)\b|"
                 r"back (?:out |over |in )?(?:to|at|on) (?:the |their |that )?[\w-]+)[^.?!]{0,60}")
# Someone at another company ('the liaison from the general contractor we partner with'), not 'her partner'.
OTHER_COMPANY = (r"\b(?:from|at|with|for) (?:our|the|a|an|one of our) (?:[\w-]+ ){0,3}(?:partner|vendor|supplier|client|customer|contractor|agency|consultancy)\b|"
                 r"\b(?:partner|vendor|supplier|client|customer) (?:company|firm|org\w*)\b")
# Where the person they named works: a site your person visits for the work ('when she's on site doing the calibration'),
# whoever runs it; what is said of them there goes to whoever owns that relationship, as for another company.
AT_A_SITE = (r"\b(?:when|while|whenever) (?:she|he|they)(?:'s| is| are|'re| was| were| goes| go) (?:out )?(?:on[- ]site|at (?:the|their) "
             r"(?:site|plant|mill|factory|warehouse|depot|yard|mine|store|hospital|farm|port|client|customer))\b|\bsite visits?\b")
# The people process that sets ratings and promotions ('sits on the calibration panel', 'in calibration'), not a
# model's or an instrument's calibration ('on site doing the log-scanner calibration').
PEOPLE_CALIBRATION = (
    r"\b(?:in|at|into|before|after|during|through|from) (?:the |this |next |our )?(?:promo(?:tion)? |performance |talent |"
    r"mid-?year |year-?end )?calibration\b|\b(?:promo(?:tion)?|performance|talent|review|rating|mid-?year|year-?end|people) "
    r"calibrations?\b|\bcalibrations? (?:panel|meeting|committee|session|round|cycle|discussion|said|decided|agreed)\b"
)
# Something in writing the person can keep ('he keeps DMing her', 'the slack messages').
WRITTEN = r"messag|\bDMs?\b|\bDMing\b|slack|e-?mails?|\btext|screenshot|\bchat\b|\bwrote\b|\bposted\b|whatsapp"
_DAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:tues?|weds?|thurs?|fri)\b|\btomorrow\b|\bnext week\b", re.I)
_DAY_NAMES = {"tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "weds": "Wednesday", "thur": "Thursday",
              "thurs": "Thursday", "thu": "Thursday", "fri": "Friday"}


# A name, pronouns or a transition as a person tells it ('she's transitioning and will go by Selene from january').
_TRANSITION = (
    r"\b(?:i'?m|i am|she'?s|he'?s|they'?re|they are|she is|he is|is|are) (?:\w+ )?transitioning\b"
    r"(?!\s+(?:to|from|off|onto|into|out|over|the|our|this|that|away|back|ownership|work|teams?|roles?|projects?|services?)\b)|"
    r"\bgender transition\b|\btransgender\b|\b(?:coming|came|come) out as (?:trans|non-?binary|a trans)\b|"
    r"\btrans (?:woman|man|colleague|engineer|person|employee)\b|\b(?:new|updated|correct) (?:name and )?pronouns\b|"
    r"\b(?:use|using|switch(?:ing)? to|chang\w+ (?:his|her|their) pronouns to) (?:she/her|he/him|they/them)\b"
)

# Evaluation numbers made to look better than they are, as someone reports it ('told him to quietly drop the hardest
# tickets from the test set', 'thinks she tuned on the held-out set', 'the results look too good'); plain data cleaning
# said by the manager ('we dropped duplicates from the test set') is no report (see the topic's premise).
_EVAL_SET = r"(?:test|eval\w*|holdout|held[- ]?out|benchmark|validation|hold-out)(?: (?:set|data|split|suite|examples|cases|results))?"
INTEGRITY = (
    r"\b(?:quietly|secretly|silently|discreetly|without telling (?:anyone|anybody))\s+(?:drop|remov|exclud|delet|filter|cut|tak(?:e|ing) out|swap|edit|tweak|chang|leav(?:e|ing) out|hid)\w*\b[^.;?]{0,120}?\b" + _EVAL_SET + r"|"
    r"\b(?:drop|remov|exclud|delet|filter|cut|pull|leav(?:e|ing)\b|left\b|keep|kept\b|tak(?:e|ing)\b|took\b)\w*\b[^.;?]{0,120}?\b(?:from|out of) the (?:[\w-]+ ){0,2}" + _EVAL_SET + r"\b[^.;?]{0,120}?"
    r"\b(?:looks? (?:bad|worse|better|good)|not representative|make (?:it|the (?:model|numbers|results)) look|before the (?:[\w-]+ ){0,2}(?:review|launch|readout|submission))|"
    r"\b(?:fudg\w*|fabricat\w*|falsif\w*|doctored|cook(?:ed|ing) (?:the |up )|massag(?:ed|ing) (?:the )|manipulat(?:ed|ing) (?:the )|cherry[- ]?pick\w*|p-?hack\w*)"
    r"[^.;?]{0,60}?\b(?:results?|numbers|data|metrics?|" + _EVAL_SET + r"|figures|accuracy|scores?|experiments?|runs?|plots?|charts?)\b|"
    r"\b(?:trained|tuned|tuning|fit(?:ted)?|picked|selected|chose) (?:\w+ ){0,3}on the (?:test|holdout|held[- ]?out|hold-out) (?:set|data|split)\b|"
    r"\b(?:results|numbers|metrics|scores) (?:look|looked|looks|seem|seemed) (?:too good|fishy|suspicious|made up|fake|faked|doctored|cooked)\b|"
    r"\b(?:hid(?:e|ing|den)?|bur(?:y|ied|ying)|leav(?:e|ing) out|left out|omit\w*)\b (?:the )?(?:bad|failing|worst|worse|poor|embarrassing) (?:results|slices|cases|numbers|runs|examples)\b|"
    # re-run or re-cut until the answer is the wanted one: 're-running the A/B analysis until it comes out significant'
    r"\b(?:re-?run\w*|re-?cut\w*|re-?slic\w*|tweak\w*|chang\w*|re-?do\w*|try\w*|tri(?:ed|es))\b[^.;?]{0,60}?\buntil (?:it|they|the [\w-]+) (?:comes? out|came out|shows?|showed|looks?|looked|gets?|got|hits?|hit|is|was|are|were) "
    r"(?:(?:statistically )?significant|better|good|positive|green|right|above)\b"
)


# The review the numbers were meant for: 'before the launch review', 'the readout to the VP is thursday'.
INTEGRITY_REVIEW = (r"\b(?:before|ahead of|for) (?:the |our |next |this |a )?(?:[\w-]+ ){0,2}(?:review|launch|release|readout|demo|submission|board|go[- ]live)\b|"
                    r"\b(?:review|launch|readout|demo|submission|board meeting|go[- ]live)\b(?: [\w-]+){0,4} (?:is|'s) (?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next week|this week)\b")


# A civic or legal duty on someone's time: jury service, a court summons, reserve duty.
_CIVIC = (
    r"\bjury (?:service|duty|summons)\b|\bcourt (?:date|summons|appearance)\b|\b(?:his|her|their|my) (?:court |criminal |civil )?trial (?:date|summons|appearance)\b|"  # 'a trial date for the pan boiling model' is a product trial
    r"\bsummoned (?:to|for) (?:court|jury)\b|"
    r"\bcalled (?:up )?for (?:jury|reserve|reservist|military)\b|\b(?:military |army |naval )?reserv(?:e|ist) (?:duty|training|call-?up|deployment)\b|"
    r"\bnational service\b|\bpoll(?:ing)? (?:station )?worker\b"
)
_DUTY_NAME = re.compile(r"jury (?:service|duty)|court date|trial|reserve duty|reserve training|national service|jury summons|court summons", re.I)

# The tools a name lives in ('get her name changed in slack/git/jira').
_SYSTEMS = r"\b(?:slack|teams|e-?mail|git(?:hub|lab)?|jira|confluence|notion|linear|okta|calendar|badge|directory|wandb|mlflow)\b"


# "Fire off an email", "fire up the cluster", "fire the vendor", "let Priya go to the summarizer": no one is let go.
_NOT_FIRE = r"(?!\s+(?:off|up|away|back|the|our|a|an|that|this|it|to|on|onto|into|for|with|and|work|help|join|early|home|ahead|first)\b)"


@dataclass(frozen=True)
class Topic:
    """One sensitive people situation: how it is recognised and the guidance card it is answered from."""

    name: str
    card: str  # the guidance card (knowledge/corpus/<card>.md) the answer is built from
    pattern: re.Pattern[str]
    headline: str  # the first, bold line; {who} / {whose} are the person's name (or pronoun) as object / possessive
    # When another answer wins: never; when a 1-on-1 or a draft is asked for; or also when the question reads as a
    # computed answer or a 1-on-1 that merely mentions the situation (a tired team in a what-if).
    gives_way: Literal["never", "asked", "any"] = "never"
    # How urgent this case is, by its timing (acute, planned, a rumour): the first pattern that matches the question.
    urgency: tuple[tuple[re.Pattern[str], str], ...] = ()
    # Lines for what this case adds to the card (a calibration panel, kept messages, a stated window), each shown
    # when its pattern matches the question; {name} (subject), {who} (object), {they}, {them}, {their} are the person's
    # name or pronouns.
    specifics: tuple[tuple[re.Pattern[str], str], ...] = ()
    # A case the pattern also matches that belongs to a later topic (an impairment seen at work, not a disclosure).
    unless: re.Pattern[str] | None = None
    # The situation the card is written for, when one keyword is not enough ('visa' in a question about a conference
    # trip is not a visa holder worried about a reorg): without it, the card is not this question's.
    premise: re.Pattern[str] | None = None


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Days out for treatment spread over weeks or months ('will need some treatment days over the next few months',
# 'hospital appointments every other week'): someone who keeps working between them, not a leave with a start date.
INTERMITTENT = (
    r"\b(?:treatment|hospital|clinic|infusion|therapy|physio\w*|medical|dialysis|chemo) (?:days|appointments|sessions|visits)\b|"
    r"\b(?:days?|time|afternoons?|mornings?) off (?:here and there |now and then )?for (?:treatment|appointments|therapy|infusions|check-?ups|scans)\b|"
    r"\bintermittent\b|\bon and off\b|\bthe odd day\b"
)
# ... said of the person: what they need or have ahead, so a model of clinic appointments is no sensitive topic.
_NEEDS_INTERMITTENT = (
    r"\b(?:needs?|needing|will need|'ll need|has|have|having|taking|take|gets?|getting|ask(?:ed|s)? for|booked)\s+"
    r"(?:some |a few |a couple of |the odd |regular |occasional |several |many |more )?(?:" + INTERMITTENT + r")"
)


# Who someone is, which remarks must never be about (protected characteristics and their visible signs).
PROTECTED = (
    r"accent|race|religion|faith|age|appearance|body|weight|gender|ethnicity|skin(?: colou?r)?|colou?r|nationality|disability|"
    r"pregnancy|sexuality|sexual orientation|pronouns|caste|hijab|headscarf|head ?scarf|turban|kippah|yarmulke|veil|niqab|hair|name"
)


# The manager was told something about cuts or plans in confidence ('my director told me in confidence', 'asked me not
# to share', 'off the record').
TOLD_IN_CONFIDENCE = (r"\bin confidence\b|\b(?:asked|told) me not to (?:share|tell|say)\b|\bconfidential(?:ly)?\b|\boff the record\b|"
                      r"\b(?:can'?t|cannot|not allowed to) (?:share|say|tell)\b")


# A condition that can call for a change in how someone works (not an emergency by itself).
CONDITION = r"\b(?:anxiety|depression|ptsd|ocd|bipolar|a mental health condition|migraines?|panic attacks?|epilepsy|seizures?|vertigo|a heart condition|asthma)\b"
# One change to the work the person asked for: to stop or not do something (alone), to have someone with them.
WORK_CHANGE_ASKED = (
    r"\b(?:she|he|they|who)(?:'s|'ve| has| have| is| are)? (?:asked|asking|asks|wants|would like|requested|requesting)\b(?: (?:me|us))? "
    r"(?:(?:to|if|whether|for) (?:(?:she|he|they) (?:can|could) )?)?(?:stop|not|no longer|skip|avoid|drop|come off|be taken off|pair|work with|"
    r"have (?:someone|somebody|a colleague|company)|go with|be accompanied|someone (?:to )?(?:go|come) with|switch|reduce|do (?:fewer|less))\b"
)
# Work done alone that the person asked to stop doing alone: 'stop doing the remote moss surveys on her own', 'not do site visits alone'.
SOLO_WORK = re.compile(
    r"\b(?:stop|not|no longer|avoid|skip)\s+(?:to\s+)?(?:doing\s+|going on\s+|going to\s+|running\s+|covering\s+|do\s+|go on\s+|go to\s+)?"
    r"(?P<w>(?:the |her |his |their |any )?[\w -]{3,50}?)\s+(?:on (?:her|his|their) own|alone|solo|by (?:her|him|them)sel(?:f|ves)|unaccompanied)\b"
    r"|\b(?:solo|lone|lone[- ]working) (?P<w2>(?:site |field )?(?:visits?|surveys?|trips?|shifts?|inspections?|call-?outs?|drives?))\b",
    re.I,
)
# The only person who can do a part of the work: 'she's the only one trained on the drone', 'the only person licensed to fly it'.
ONLY_TRAINED = re.compile(
    r"\b(?:the only (?:one|person)|only one|the one person)(?: (?:who(?:'s| is)?|that(?:'s| is)?))? (?:trained|qualified|certified|licensed|"
    r"able|who can (?:fly|drive|run|operate|use))(?: (?:on|to (?:fly|use|run|operate|drive)|for|in|with))? (?:the |a |an )?"
    r"(?P<w>[\w -]{2,40}?)(?=[.;,!?]|\s+(?:and|but|so|which)\b|$)",
    re.I,
)


# Someone threatened, attacked or hurt while working out of the office (a site visit, a survey, a call-out).
HARMED = (r"\b(?:threaten(?:ed|ing)(?! to\b)|assaulted|attacked|punched|spat at|(?:verbally |physically )?abused|shouted at and \w+|chased|bitten|"
          r"injured|hurt (?:herself|himself|themselves|(?:her|his|their) (?:back|arm|leg|hand|head|knee|ankle))|fell (?:off|from|down|over|through)|"
          r"had an accident|was in an accident|near[- ]miss(?![- ](?:detection|model|prediction|classifier|data|reports?|logs?|dataset)))\b")
AT_WORK_OUT = (r"\b(?:site visits?|(?:solo |lone )?visits? to|on[- ]site|in the field|field ?work|field visits?|surveys?|call-?outs?|inspections?|"
               r"deliver(?:y|ies)|installs?|home visits?|the (?:wind|solar) farm|the plant|the depot|the warehouse|landowner|farmer|"
               r"(?:a |the )?client'?s? (?:site|premises|home))\b")


# The first topic that matches wins: an incident or a complaint outranks the feelings around it.
TOPICS: tuple[Topic, ...] = (
    Topic(
        "pay_leak", "handle-leaked-pay-data",
        _rx(
            rf"{_PAY}[^.;]{{0,80}}\b(?:leak\w*|posted|shared|dropped|sent|circulat\w+|went round|in #[\w-]+|in (?:a |the )?(?:\w+ )?channel)|"
            rf"\b(?:leak\w*|posted|shared|dropped|sent|circulat\w+)\b[^.;]{{0,60}}{_PAY}"
        ),
        "**Two problems: report the leak to HR and security today (nobody re-shares or discusses the numbers), and take "
        "the pay gap people saw seriously: no defence and no promise, a real answer by a date you name.**",
        urgency=((_rx(r"."), "Today: the leak is reported the same day however briefly it was up; the pay conversation "
                  "can follow within days, but say today when it will happen."),),
        specifics=(
            (
                _rx(r"paid less|less than|pay gap|underpaid|paid more|furious|angry|upset"),
                "To the ones who saw a gap: acknowledge it, don't confirm, defend or discuss anyone's numbers, promise "
                "no raise, and say you are taking their pay to HR for review and will come back by a date you name.",
            ),
        ),
    ),
    Topic(
        "data_incident", "contain-a-data-privacy-incident",
        _rx(
            r"exfiltrat|data (?:breach|leak(?!age))|(?:leak(?:ed|ing|s)?|exposed)\b.{0,40}(?:data(?:set)?|records|\bPII\b|personal)|"
            r"\bpublic[- ]read\b|\bpublicly (?:readable|accessible|exposed|visible)\b|\bworld[- ]readable\b|"
            rf"{IDENTIFIERS_SENT}|{PERSONAL_DATA_PUBLIC}|"
            # a file sent to the wrong people: 'emailed the wrong spreadsheet to the events agency ... names, home addresses'
            r"(?:email\w*|sent|send\w*|forward\w*|shared|attached|upload\w*)\b.{0,40}\b(?:the )?wrong (?:spreadsheet|file|attachment|list|csv|sheet|document|extract|version|dataset|export)\b"
            rf"(?!{_TO_INSIDERS})"
            r".{0,300}\b(?:names?|home addresses|addresses|e-?mails?|phone numbers|dates? of birth|DOBs?|salar\w+|gift amounts|donations|bank details|medical|health|diagnos\w+)\b|"
            # 'emailed a workbook with tenants' names and rent arrears to a surveyor at the wrong company': fields, then the wrong recipient
            r"(?:e-?mail\w*|sen[dt]\w*|forward\w*|mailed)\b.{0,160}\b(?:names?|home addresses|addresses|dates? of birth|DOBs?|salar\w+|arrears|claim amounts|medical|health|bank details|diagnos\w+)\b"
            r".{0,120}\b(?:wrong|another) (?:firm|company|agency|insurer|bank|practice|office|supplier|vendor|client|person|people|recipient|address|"
            r"customer|broker|landlord|school|hospital|council|team|department|family|parent|tenant|patient|colleague|contact|inbox|list)\b|"
            # the wrong recipient first, then what the file held: 'emailed a spreadsheet ... to the wrong address ... donor records, names, dates of birth'
            r"(?:e-?mail\w*|sen[dt]\w*|forward\w*|mailed)\b.{0,160}\b(?:the )?wrong (?:address|person|recipient|e-?mail(?: address)?|inbox|contact|people|company|firm)\b"
            rf".{{0,400}}\b(?:{IDENTIFIERS}|names?|home addresses|medical|health|diagnos\w+|blood groups?|test results)\b|"
            # personal data copied somewhere it must not be, what it holds said after: 'copied the recordings onto his personal dropbox ... names and dates of birth'
            rf"(?:cop(?:y|ied|ying)|download\w*|mov(?:e|ed|ing)|put|sync\w*|upload\w*|took|taken|saved)\b.{{0,140}}\b(?:on|to|onto|into|in) (?:(?:his|her|their|a|an|my) )?{_OUTSIDE}.{{0,300}}\b{IDENTIFIERS}|"
            r"(?:data(?:set)?|records|\bPII\b|personal (?:data|information)) (?:was |were |got |has been |have been )?(?:leaked|exposed|posted|shared publicly)|"
            rf"(?:cop(?:y|ied|ying)|download\w*|upload\w*|export\w*|sen[dt]\w*|shar\w+|mov(?:e|ed|ing)|pull\w*|dump\w*|tak(?:e|en|ing)|took|email\w*|syncing|synced|paste\w*|push\w*|post\w*|publish\w*)\b.{{0,60}}{_DATA}.{{0,100}}{_OUTSIDE}|"
            rf"{_DATA}.{{0,60}}\b(?:on|to|onto|into|in) (?:(?:his|her|their|a|an|my) )?{_OUTSIDE}|"
            # in one sentence, what moved names people's data and where it went is outside: 'exported the buyer list (names
            # emails postcodes, 180k people) to his personal google drive', 'synced the donor database to his onedrive'
            rf"{_MOVED}\b[^.?!]{{0,250}}?(?:{_DATA}|\b{PERSONAL_FIELD}\b|{IDENTIFIERS})[^.?!]{{0,250}}?\b(?:on|to|onto|into|in) (?:(?:his|her|their|a|an|my|our|the) )?{_OUTSIDE}|"
            # lost or left somewhere with the data on it: 'left an unencrypted laptop with the payroll extract on a train'
            rf"\b(?:left|lost|misplaced|forgot|stolen)\b[^.?!]{{0,40}}\b(?:laptop|phone|usb|memory stick|hard drive|bag|folder|printouts?|papers)\b[^.?!]{{0,80}}(?:{_DATA}|\b{PERSONAL_FIELD}\b|{_PAY}|\b(?:extract|records)\b)|"
            # carried home on paper or a device: 'printed the applicant spreadsheet and took it home'
            rf"{_DATA}[^.?!]{{0,80}}\b(?:took|taken|carried|brought|taking)\b[^.?!]{{0,20}}\bhome\b|"
            # where it went first, what it held in the next sentence: 'forwarded the sheet to her gmail. it has names and emails'
            rf"{_MOVED}\b[^.?!]{{0,160}}?\b(?:on|to|onto|into|in) (?:(?:his|her|their|a|an|my|our|the) )?{_OUTSIDE}[^?!]{{0,300}}?(?:{_FIELD_LIST}|{_DATA})|"
            rf"(?:push\w*|post\w*|publish\w*|upload\w*|commit\w*)\b.{{0,40}}\b(?:on|to|onto|into|in) (?:(?:his|her|their|a|an|my) )?(?:public )?{_OUTSIDE}.{{0,160}}{_DATA}|"  # 'pushed a repo to his PUBLIC github ... linked to emails and home addresses'
            r"(?:opened|accessed|looked (?:at|up|into)|viewed|browsed|pulled up|searched)\b.{0,80}\b(?:files?|records?|accounts?|details|data|history)\b.{0,80}\b(?:no |without (?:a |any )?)(?:case|business|work|legitimate|valid) (?:reason|need|purpose)|"
            # work material moved to a person's own account or device: 'forwarded the hearing audio to his personal gmail to finish at home'
            rf"{_MOVED}\b[^.?!]{{0,200}}?\b(?:on|to|onto|into|in) {PERSONAL_PLACE}|"
            rf"{INSIDER_LOOKUP}"  # access without a reason, or to someone they know
        ),
        "**Treat this as a data incident first: contain it and report it to your security or privacy team today, then talk "
        "to {who} with care. It cannot be handled quietly, however good the intentions or the performance.**",
        specifics=(
            (  # asked outright whether it must be reported: answered outright, with the clock that decides how fast
                _rx(r"\b(?:have|need|got|ought|supposed) to (?:report|declare|disclose|notify|flag|escalate)\b|\b(?:do|should|must|shall) (?:i|we) "
                    r"(?:really |actually )?(?:report|declare|disclose|notify|flag|escalate|tell (?:anyone|someone|security|the dpo|the regulator|compliance|legal))\b|"
                    r"\breportable\b|\bis (?:this|it|that) a (?:reportable |data )?(?:breach|incident)\b"),
                "Do you have to report it? Yes, today, through your security or privacy team: personal data outside the "
                "company's systems is an incident whatever the intent. Whether the regulator and the people in the data must "
                "be told is the data protection officer's call, on a clock that starts when the company learns of it (in the "
                "EU and UK, 72 hours to tell the regulator), so the report goes in today, not after you have looked into it.",
            ),
            (
                _rx(r"\bpublic\b|github|gitlab|kaggle|hugging ?face|\bforum\b|researcher|reported (?:it )?to us|found (?:it|our)"),
                "It was public, so every hour counts: ask security today to check it is really gone (the link, forks, caches) "
                "and who viewed or downloaded it; treat the data as copied.",
            ),
            (  # found by someone outside: they are a witness security will want
                _rx(r"researcher|reported (?:it )?to us|(?:an? |some )(?:outsider|stranger|customer|user|journalist)\b[^.;]{0,40}\b(?:found|spotted|emailed|told)"),
                "An outsider found it: keep their message. Security will want to thank them and ask what they saw or kept.",
            ),
            (
                _rx(r"\b(?:tell|inform|loop in|escalate to|let) (?:my |our )?(?:boss|manager|director|vp|head|cto|skip)|haven'?t told anyone"),
                "Yes, tell your boss today, even out of hours: one message with what happened, that security has it, "
                "and what you have asked {who} to do. A leak of customer data is not yours to hold alone, and your boss "
                "hearing it first from security is worse for everyone.",
            ),
        ),
        # a rehearsal or a plan for one, not one that happened: 'the data breach tabletop exercise moves to thursday'
        unless=_rx(r"\b(?:data )?(?:breach|leak|incident)(?:[- ]response)? (?:tabletop|drill|exercise|simulation|rehearsal|training|workshop|policy|playbook|runbook|plan)\b|"
                   r"\b(?:tabletop|drill|mock|simulated|practice) (?:[\w-]+ ){0,3}(?:breach|leak|incident)\b"),
    ),
    Topic(
        "harassment", "respond-to-a-harassment-report",
        _rx(
            r"harass|discriminat|bull(?:y|ied|ies|ying)\b|intimidat|hostile (?:work )?environment|inappropriate (?:comment|touch|"
            r"behaviou?r|joke|message)|racis[tm]|sexis[tm]|homophob|transphob|sexual|retaliat|unwanted (?:advances|attention|"
            r"messages|touch\w*|comments)|\bcreepy\b|propositioned|hit(?:s|ting)? on (?:her|him|them)\b|"
            r"(?:comment\w*|jok(?:e|es|ed|ing)|remarks?|messages?|texts?|DMs?|mock\w*|mimick?\w*|imitat\w*|fun of|teas\w*|ridicul\w*|insult\w*)(?: about| on)? "
            r"(?:his|her|their|my|(?:my |our |the )?(?:[\w-]+ ){0,3}?[\w-]+['\u2019]s) "
            rf"(?:{PROTECTED}|looks|figure|clothes|outfit|legs|chest|sex life|love life)|\babout (?:his|her|their) (?:looks|figure|legs|chest|sex life|love life)\b|"
            # remarks about who someone is, passed off as humour: 'remarks about her hijab ... presented as jokes'
            rf"\b(?:remarks?|comments?|jokes?|digs?|mock\w*|imitat\w*)\b[^.;?]{{0,60}}\b(?:his|her|their)\s+(?:{PROTECTED})\b[^.;?]{{0,120}}\b(?:as (?:a )?(?:jokes?|banter|humou?r|fun)|just (?:a )?(?:jok\w+|banter|kidding)|(?:presented|passed off|framed|dressed up|laughed off) as)\b|"
            r"\bdiversity hire\b|\btoken (?:hire|woman|girl|minority)\b|\bslurs?\b|"
            # 'comments about what she wears on video calls', "'joking' she should come round to his flat"
            r"\b(?:comment\w*|jok\w*|remarks?|messages?|DMs?|texts?)\b[^.;?]{0,30}\babout what (?:she|he|they) (?:wears?|wore|looks like)\b|"
            r"\b(?:come|go|pop|drop) (?:round|over|back|by) (?:to )?(?:his|her|their) (?:flat|place|house|apartment|room|hotel)\b|"
            r"\bpeople like (?:you|him|her|them) (?:shouldn'?t|can'?t|don'?t|aren'?t|never)\b|\bcall(?:s|ed|ing)? (?:him|her|them) ['\u2018\x22\u201c]?the (?:foreign|immigrant|black|brown|gay|old|fat|disabled) (?:guy|girl|woman|man|one|kid|lady)\b|"  # who someone is, used as a put-down
            # belittling one person again and again: 'keeps mocking her questions', 'keeps putting him down in front of the team'
            r"\b(?:keeps?|kept|always|constantly|repeatedly)\s+(?:mocking|belittling|humiliating|ridiculing|putting (?:her|him|them) down|talking down to|sneering at|laughing at)\b|"
            r"\b(?:keeps? |kept )?call(?:s|ing|ed)? (?:her|him|them|me) (?:the |a |an )?['\u2018\"\u201c][^'\u2019\"\u201d]{3,40}['\u2019\"\u201d]"
            r"[^.;]{0,20}\b(?:as a |as an? )?['\u2018\"\u201c]?(?:joke|banter)\b"
        ),
        "**Take it seriously and bring HR in today: harassment is not a disagreement to mediate. Be honest with {who} that "
        "you have to report it, and make sure {they} {are} not worse off for speaking up.**",
        specifics=(
            (
                _rx(rf"{PEOPLE_CALIBRATION}|promo(?:tion)?\b|review panel|performance review|\brating|sits on|has a say|\bprobation\w*|\bsign-?off\b|\bappraisal"),
                "The person {they} reported has a say in {their} promotion or review: a conflict of interest. Tell HR "
                "today so that person is recused from {their} case, and speak up for {their} case in calibration.",
            ),
            (
                _rx(r"make it a thing|(?:doesn'?t|does not|don'?t) want (?:to|it|a fuss)|asked me not to|keep (?:it|this) "
                    r"(?:quiet|between us|confidential|secret)|not to (?:use|tell|say)"),
                "{They} asked you to keep it small. Respect {their} pace in everything except the report: before promising "
                "anything, tell {them} you have to take it to HR, and that HR can act with discretion.",
            ),
            (
                _rx(r"\bDM\w*|messag\w*|\btext(?:s|ed|ing)?\b|e-?mails?|slack|whatsapp|screenshot"),
                "The messages are the record: ask {them} to keep them (screenshots with dates) and not to reply or delete "
                "anything.",
            ),
            (
                _rx(r"\b(?:1[:-]1|1-on-1|one[- ]on[- ]one|meeting|check-?in)\b[^.?!]{0,30}\bwith (?:him|her|them)\b|"
                    r"\b(?:his|her|their) (?:1[:-]1|1-on-1|one[- ]on[- ]one)\b|\bbring it up\b|\braise it with (?:him|her|them)\b"),
                "Your own meeting with the person {they} named: don't raise it there before HR has advised you. Tell HR today "
                "and follow their lead on whether and how you say anything; on your own it can point straight back to {them}. "
                "Keep the meeting to its usual topics and act normally.",
            ),
            (  # the person reported holds a role over them: a buddy, a mentor, their lead
                _rx(r"\b(?:onboarding |assigned )?buddy\b|\bmentor(?:s|ing)?\b|\b(?:her|his|their) (?:tech |team )?lead\b|\bsupervis\w+"),
                "The person {they} reported has a role over {them} (buddy, mentor or lead): through HR, end that role now and "
                "give {them} someone else, framed so {they} lose{s} nothing by it and nobody has to ask why.",
            ),
            (
                _rx(r"\bdirector\b|\bVP\b|head of|\bsenior\b|principal|executive|another (?:org|team|department)"),
                "Seniority or another org changes nothing: HR handles it the same way, and you don't approach that "
                "person yourself.",
            ),
            (
                _rx(_NEXT_CONTACT),
                "{They} {are} due to be with that person again{contact_day}: don't send {them} with that person. Before then, someone "
                "else goes in {their} place or with {them}, or the visit moves; agree which with {them}, and give a neutral "
                "reason that says nothing about why. Changing who goes, with {their} agreement, protects {them}; it is not "
                "moving {them} off {their} work.",
            ),
            (
                _rx(r"\b(?:paired|pairing|pair(?:s|ed)? up|co-?own\w*|work(?:s|ing)? (?:closely )?(?:together|side by side)|on the same (?:model|project|squad|work))\b"),
                "{They} and the person {they} named work together: change that now, with {their} agreement, so that "
                "{they} {are} not the one who loses the work (move the other person, or put a third person between them), "
                "with a neutral reason. A deadline on that work is a scheduling problem to solve after, not a reason to wait.",
            ),
            (
                _rx(OTHER_COMPANY),
                "The person works for another company: HR (and whoever owns that relationship) takes it to that company under "
                "the contract's conduct terms. You don't contact that person or their company yourself.",
            ),
            (
                _rx(rf"^(?![\s\S]*(?:{OTHER_COMPANY}))[\s\S]*(?:{AT_A_SITE})"),
                "The person works at the site {they} visit{s}, not on your team: tell whoever owns that site relationship on "
                "your side (the account or project lead), through HR, so the site's own management deals with that person. "
                "You don't approach that person or their managers yourself.",
            ),
        ),
    ),
    Topic(
        "safety_incident", "respond-to-a-safety-incident-at-work",
        _rx(rf"{HARMED}[^.?!]{{0,100}}?{AT_WORK_OUT}|{AT_WORK_OUT}[^.?!]{{0,80}}?{HARMED}|\blone[- ]work(?:ing|er)?\b[^.?!]{{0,80}}\b(?:incident|unsafe|scared|frightened|threat\w*)"),
        "**A safety incident first: make sure {name} {are} safe and looked after today, record it through your incident or "
        "health-and-safety process the same day, and nobody does that work alone again until the risk is looked at.**",
        premise=_rx(r"\b(?:she|he|they|her|him|them|someone|somebody|one of (?:my|our|the) \w+|(?:my|our) (?:[\w-]+ )?(?:engineers?|surveyors?|technicians?|"
                    r"analysts?|scientists?|staff|people|colleagues?|reports?|drivers?|inspectors?|ecologists?|nurses?|interns?))\b"),
        specifics=(
            (
                _rx(r"\b(?:doesn'?t|does not|won'?t|don'?t) want to (?:go|do|work|visit)[^.?!]{0,60}\b(?:alone|on (?:her|his|their) own|solo)\b|"
                    r"\b(?:alone|on (?:her|his|their) own|solo)\b[^.?!]{0,40}\bany ?more\b"),
                "{They} asked not to go alone again: say yes today, and make it the rule for that work, not a favour to {them}: "
                "pair the visits or send two people.",
            ),
            (
                _rx(r"\bpolice\b|\bassault\w*|\battack\w*|\bpunch\w*|\bweapon|\bknife\b"),
                "If {they} {are} willing, report the threat or assault to the police as well; offer to go with {them} or to make "
                "the call together.",
            ),
        ),
    ),
    Topic(
        "transition", "support-a-colleague-through-a-gender-transition",
        _rx(_TRANSITION),
        "**{Name} leads and you make it work: agree with {them} the words, the day and who tells the team, get {their} "
        "name changed in every system before that day, and keep the note to {their} name, {their} pronouns and what you "
        "expect of the team. Nothing about {their} body, health or history.**",
        specifics=(
            (
                _rx(r"\bbefore (?:the )?(?:break|holidays?|christmas|new year|end of (?:the )?year)\b|\bbefore (?:mon|tues|wednes|thurs|fri)day\b|"
                    r"\bby (?:mon|tues|wednes|thurs|fri)day\b|\bthis week\b|\bnext week\b"),
                "{They} asked for the note {when}: agree the exact day with {them} this week, and have IT switch the "
                "accounts the same day, so the tools match the note.",
            ),
            (
                _rx(r"20 times|\bover and over\b|\beach person\b|\beveryone (?:individually|separately)\b|\bso (?:she|he|they) (?:doesn'?t|does not|don'?t) have to\b"),
                "{They} asked you to tell the team so {they} {are} spared telling each person: the note is yours to send, "
                "in words {they} approved first, and questions come to you, not to {them}.",
            ),
            (
                _rx(_SYSTEMS),
                "The accounts {they} named ({systems}): ask IT this week to change {their} name in all of them at once, "
                "with the directory, email and calendar, ready for the day the note goes out.",
            ),
        ),
    ),
    Topic(
        "disclosed_struggle", "support-a-report-who-disclosed-an-addiction-or-debt",
        _rx(
            rf"\b(?:told me|confided|opened up|admitted|disclosed|came to me|confessed|shared with me)\b[^?]{{0,200}}?{_STRUGGLE}|"
            r"\b(?:gambling|betting) (?:problem|addiction|habit|debts?)\b|\bcan'?t stop (?:gambling|betting)\b|"
            r"\b(?:betting|gambling) (?:heavily|a lot|every day)\b|\baddicted to (?:gambling|betting|online (?:casinos?|poker)|sports betting)\b"
        ),
        "**Support first: thank {who} for trusting you, get {them} to confidential specialist help today, and be honest "
        "about where confidentiality ends before you promise anything. It is a health matter, not a performance or exit "
        "conversation.**",
        unless=_rx(_SEEN_IMPAIRED),
        specifics=(
            (
                _rx(r"\b(?:banned|not allowed|prohibited|forbidden|against (?:the |our |company |staff )?(?:rules?|policy|policies|code))\b|"
                    r"\bbreach\w*|\bour own (?:app|product|platform|site|games?|casino|sportsbook)\b"),
                "What {they} told you breaks a staff rule{rule}. That part you can't keep to yourself, and in a regulated "
                "business it may have to be reported: tell {them} so today, before you promise anything, then go to HR (and "
                "compliance) together and ask them to handle it as a health matter, support first. Don't check "
                "{their} accounts or transactions yourself.",
            ),
            (
                _rx(r"\b(?:fired|sacked|let go|lose (?:his|her|their) job|losing (?:his|her|their) job|disciplin\w*)\b"),
                "{They} {are} afraid of being fired: don't promise {their} job is safe (that isn't yours alone to decide), "
                "but say what you will do: support {them}, go to HR with {them}, and speak up for the fact that {they} "
                "came forward {themselves}.",
            ),
            (
                _rx(r"asked me not to|not to (?:name|tell)|keep (?:it|this) (?:quiet|private|between us|secret)|"
                    r"(?:people|anyone|others|the team) (?:finding|to find) out|(?:doesn'?t|does not|don'?t) want (?:anyone|people|the team) to know"),
                "{They} asked for privacy: nobody beyond HR (and compliance, if a rule is involved) hears it from you, the "
                "team hears nothing, and you tell {them} exactly who will know before anyone does.",
            ),
            (
                _rx(r"[£$€]\s?\d|\bdebts?\b|\bowes?\b|\bloans?\b|\bdown (?:about |around |~)?\d"),
                "The money{money}: point {them} to a free debt advice service; don't lend money or get involved in the debt.",
            ),
        ),
    ),
    Topic(
        "domestic_abuse", "support-a-report-facing-domestic-abuse",
        _rx(r"\bdomestic (?:abuse|violence)\b|\babusive (?:partner|relationship|husband|wife|boyfriend|girlfriend|ex)\b|"
            r"\b(?:partner|husband|wife|boyfriend|girlfriend|ex)\b[^.;?]{0,30}\b(?:hits|hit|abuses|abused|threaten\w*|stalk\w*|controls)\b|"
            r"\b(?:being|been|is) (?:abused|stalked) (?:at home|by (?:her|his|their) (?:partner|husband|wife|ex))\b|\bfleeing\b[^.;?]{0,20}\b(?:partner|home)\b"),
        "**Safety first: believe {who}, thank {them}, and ask what would help at work. Say yes now to the changes asked "
        "for, keep it private, make sure work gives nobody {their} whereabouts, and point {them} to specialist help; "
        "if {they} {are} in immediate danger, call emergency services.**",
        specifics=(
            (
                _rx(r"\b(?:change|changing|different|move|moving|earlier|later|flexible) (?:her |his |their )?(?:hours|shifts?|schedule|start|location|desk|office)\b|\bwork from (?:home|another|a different)\b|\bremote\b"),
                "{They} asked for a change at work: say yes now to what is yours to give, start it this week, and record it "
                "with HR afterwards; to the team it is \"an arrangement we've agreed\".",
            ),
        ),
    ),
    Topic(
        "conflict_of_interest", "handle-a-possible-conflict-of-interest",
        _rx(r"\bmoonlight\w*|\bside (?:gig|job|hustle|project)s?\b[^.;?]{0,60}\b(?:competitor|rival)\b|"
            r"\b(?:working|works|consult\w*|freelanc\w*|contract\w*) (?:on the side )?for (?:a |our )?(?:competitor|rival)\b|\bconflict of interest\b|"
            r"\b(?:second|another) job\b[^.;?]{0,40}\b(?:competitor|rival)\b"),
        "**Check the facts and the rules before you say anything: take what you know to HR today (the contract, the "
        "outside-work policy), then ask {who} directly and privately, as a question, not an accusation.**",
        gives_way="asked",
        specifics=(
            (
                _rx(r"\bcompetitor\b|\brival\b"),
                "For a competitor, the questions are what the contract and the policy allow and whether any of our data, code "
                "or know-how is involved; if it might be, tell security now, before the conversation.",
            ),
        ),
    ),
    Topic(
        "integrity", "handle-a-research-integrity-concern",
        _rx(INTEGRITY),
        "**Thank {who} and keep {them} out of the line of fire; preserve the data, code and results as they stand today; "
        "hear {named} before you conclude anything; and let no number in doubt go to a decision meanwhile.**",
        gives_way="asked",
        urgency=(
            (
                _rx(INTEGRITY_REVIEW),
                "This week: the evidence is preserved today, and nothing in doubt goes to the review it was meant for.",
            ),
            (_rx(r"."), "Today for the evidence (before anything is edited or re-run); the conversations can follow within days."),
        ),
        specifics=(
            (  # the one who raised it fears for the colleague: fairness to both is the answer
                _rx(r"\b(?:doesn'?t|does not|don'?t|didn'?t) want (?:to )?(?:get (?:her|him|them) (?:in|into) trouble|(?:her|him|them) (?:to )?(?:get )?in(?:to)? trouble)|\bmentor\w*|\bloyal\w*|\bclose to (?:her|him|them)\b"),
                "{Name} doesn't want to get {named} in trouble: tell {them} you'll hear the other side first and decide "
                "on the facts, not on {their} word alone. That is fair to both, and {they} {are} not the one deciding.",
            ),
            (  # what the numbers were for
                _rx(INTEGRITY_REVIEW),
                "The figures that go to the review come from the complete, agreed data and method, hard cases included, or they "
                "wait until this is settled: if the model does worse on them, that is what the review is there to learn.",
            ),
            (  # the colleague is someone the manager leans on
                _rx(r"\b(?:strongest|best|star|most (?:senior|experienced)|top performer|go-to)\b"),
                "How much you rely on {named} is no evidence either way: hear {named} with the same care, and don't let "
                "a strong record settle it for you.",
            ),
        ),
        premise=_rx(r"\b(?:told me|came to me|came to see me|says|said|flagged|raised|reported|mentioned|pulled me aside|confided|"
                    r"messaged me|showed me|noticed|spotted|thinks|suspects?|worried|asked (?:him|her|them) to)\b"),
    ),
    Topic(
        "impairment", "respond-to-suspected-impairment-at-work",
        _rx(IMPAIRED),
        "**Safety first: keep {who} off on-call and production work until you have talked, and arrange cover quietly. "
        "Then talk to {them} privately about what you observed and its impact, not a diagnosis, with HR's advice first "
        "and the employee assistance programme on offer.**",
        gives_way="asked",
        urgency=(
            (
                _rx(r"\bon[- ]?call\b|\brota\b|\bpager\b|\bpaged\b|\bprimary\b|\bshift\b|\bdeploy\w*|\bprod(?:uction)?\b"),
                "Urgent before {their} next shift: the rota changes now, the conversation can follow within a day or two.",
            ),
        ),
        specifics=(
            (
                _rx(r"not the first time|\b(?:second|third|another) time\b|\bagain\b(?! (?:from|on|this|next|starting|after)\b)|"
                    r"\b(?:happened|did (?:it|this)|doing (?:it|this)) (?:again|before)\b|\bpattern\b|"
                    r"\b(?:others?|someone|people|colleagues?|teammates?|a few|two|several)(?:'s| has| have)? (?:\w+ )?"
                    r"(?:mentioned|noticed|said|raised|flagged|told me|hinted|warned|brought (?:it|this) up)"),
                "Others have noticed something before: give HR the dated facts you have, including that concerns were "
                "raised earlier, but don't question colleagues or build a case yourself.",
            ),
        ),
    ),
    Topic(
        "bereavement", "support-a-grieving-report",
        _rx(
            rf"passed away|\bfuneral\b|bereave\w*|\bgriev(?!ances?\b)\w*|death in (?:the|his|her|their) family|"
            rf"\blost (?:his|her|their|a) {_RELATIVE}\b|\b{_RELATIVE}(?:'s)? (?:just |recently |suddenly )?(?:died|passed)\b|"
            rf"\bmiscarriage\b|\bstillbirth\b|\b(?:his|her|their) {_RELATIVE} (?:is )?dying\b|"
            # a parent in their last days: grief has started ('it's end of life, probably days', 'moved to palliative care')
            rf"\bend of life\b|\bend-of-life\b|\bpalliative\b|\b(?:days|weeks|hours) (?:left )?to live\b|\bnot expected to (?:live|survive|make it)\b"
        ),
        "**Be a person first: acknowledge the loss, tell {who} the deadline is now your problem, and let {who} choose how "
        "much to work, even after \"I'm fine\".**",
        specifics=(
            (
                _rx(r"\b(?:only )?been (?:here|with us|on the team) (?:for )?(?:a few|a couple of|\d+|two|three|four|five|six) (?:weeks|months)\b|"
                    r"\bjust (?:joined|started)\b|\bnew (?:starter|joiner|hire)\b|\b(?:a few|\d+|two|three|four|five|six) (?:weeks|months) in\b"),
                "{They} joined recently: {they} may not know the policy or feel able to ask. Find out from HR today what "
                "applies to someone this new, and tell {them} plainly, so nothing depends on {them} asking.",
            ),
            (  # their own work reaches the relative: records they can open, a model that scores them, an account they serve
                # the relative as what the work holds, not the subject of the news ('a data scientist ... said her husband died')
                _rx(rf"\b(?:access|records?|warehouse|data(?! (?:scien\w+|engineer\w*|analyst\w*|team|platform|lead)\b)|model|scores?|account|case ?load)\b[^.?!]{{0,120}}\b(?:including |incl\.? )?(?:her|his|their) {_RELATIVE}(?:'s)?\b"
                    r"(?!\s+(?:(?:has |had |just |suddenly |unexpectedly )*(?:died|passed|was|is|has been|had been|got|fell|collapsed)\b))|"
                    rf"\b(?:her|his|their) {_RELATIVE}\b[^.?!]{{0,80}}\b(?:one of )?our own\b"),
                "{Their} own work reaches {their} relative's records: treat it as the ordinary conflict-of-interest safeguard, said "
                "kindly. Someone else covers anything that touches that person (alerts, on-call for that unit), and the privacy or "
                "information-governance lead restricts access to that one record; tell {them} it is the rule for anyone in "
                "{their} place, not doubt about {them}.",
            ),
        ),
    ),
    Topic(
        "immigration", "support-a-report-worried-about-immigration-status",
        _rx(r"\bvisas?\b|immigration|work permit|residence permit|green card|blue card|\bH-?1-?B\b|\bL-?1\b|"
            r"\bleave the country\b(?!\s+(?:office|team|site|lead|manager|unit))|\bdeport\w*|(?:visa|immigration) sponsor\w*"),
        "**Be honest with {who} that you don't know, and don't guess or reassure: take the question to HR and the "
        "company's immigration counsel today, and come back with what can be shared by a day you name.**",
        gives_way="asked",
        urgency=(
            (
                _rx(r"(?:is|was|being|been|got|will be) (?:laid off|let go|cut|made redundant|terminated)|lost (?:his|her|"
                    r"their) job|last day|notice period"),
                "Decided, not a rumour: HR and immigration counsel before anything is said or a last day is set; "
                "{their} clock starts when the job ends.",
            ),
            (
                _rx(r"rumou?r|\bmight\b|\bcould\b|whether|\bif\b|worried|scared|afraid|heard"),
                "A rumour, nothing decided that you know of: not an emergency, but {they} will be counting days, so "
                "answer honestly today and come back within the week.",
            ),
        ),
        specifics=(
            (
                _rx(r"\b\d+\s*-?\s*days?\b|grace period|leave the country"),
                "{They} named {window} {they} would have if the job ended: take it seriously and don't interpret it. "
                "Immigration counsel can explain what applies to {them} (a transfer, a change of status, the timing).",
            ),
            (
                _rx(r"reorg|restructur|layoffs?|cuts?\b|redundanc"),
                "Don't fill the gap with reassurance or speculation about the reorg: ask HR today what the timeline is "
                "and what can be shared with {them}.",
            ),
        ),
        premise=_rx(r"reorg|re-org|restructur|lay-?offs?|laid off|let go|redundan|\bcuts?\b|\b(?:his|her|their|my|a) (?:job|role|position)\b|"
                    r"\bjobs?\b|fired|terminat|rumou?r|grace period|notice|last day|job security|\bsafe\b|status|sponsor\w*|deport\w*|"
                    r"contract|renew\w*|extension|freeze|hiring|cut back|budget|funding|headcount|leave the company|"
                    r"leave the country|(?:lose|losing|lost) (?:his|her|their) (?:job|status|visa|right)"),
    ),
    Topic(
        "layoff_rumour", "respond-to-layoff-rumours",
        _rx(
            r"\blay-?offs?\b|\blaid off\b|\bredundanc\w*|\b(?:job|headcount|staff) cuts?\b|\bcuts? (?:are|is) coming\b|"
            r"\b(?:roles?|jobs?|positions?) (?:could|might|will|may|are going to) (?:be|get) (?:cut|eliminated)\b|"
            r"\b(?:is|are) (?:my|their|his|her|our) (?:jobs?|roles?) safe\b|\b(?:my|their|his|her|our) (?:jobs?|roles?) (?:is|are) safe\b|"
            r"\bjob security\b|"
            r"\brumou?rs? (?:of|about|that) (?:a |the )?(?:reorg\w*|restructur\w*|cuts|layoffs?|downsiz\w*)|\breorg rumou?rs?\b|"
            r"\brumou?r\w*\b[^.;?]{0,80}\b(?:getting|being|going to be|will be|to be) (?:cut|axed|shut down|closed|downsized|disbanded|let go)\b|"
            r"\b(?:team|org|group|department|division|unit|office)\b(?:\s*\([^)]{0,120}\))?[^.;?]{0,10}\b(?:is|are|'s) (?:getting|being|going to be) (?:[\w-]+ ){0,4}?(?:cut|axed|shut down|closed|downsized|disbanded)\b|"
            # the team asks it straight out: 'are we safe', 'is our team next', 'will we be cut'
            r"\b(?:are|is) (?:we|us|our (?:team|group|jobs?)|my (?:team|job)|the team) (?:safe|next|at risk|on the list)\b(?!\s+(?:to|for|from)\b)|"
            r"\bwill (?:we|our (?:team|group)|my team) (?:be|get) (?:cut|laid off|axed|made redundant|let go)\b|"
            r"\b(?:if|whether) (?:we(?:'re| are)|our (?:team|group|jobs?) (?:is|are)|my (?:job|team) is) (?:safe|next|at risk|on the list)\b(?!\s+(?:to|for|from)\b)|"
            r"\b(?:merged|folded|absorbed|rolled) (?:in)?to\b[^.;?]{0,40}\bor (?:cut|axed|closed|shut down|let go|disbanded)\b|"
            r"\bthere (?:will|'ll|is going to|are going to) be (?:\w+ )?cuts\b"
        ),
        "**Be honest about what you know and don't guess: tell {who} what you know and what you don't, find out from "
        "your manager and HR what can be shared, and come back by a day you name.**",
        gives_way="any",
        urgency=(
            (
                _rx(r"(?s)^(?!.*\b(?:know nothing|don'?t know (?:anything|of any)|nothing (?:official|decided|confirmed)|no idea|haven'?t (?:been told|heard))\b)"
                    r"(?=.*(?:(?:were|was|are|is|being|been|got|will be) (?:laid off|let go|made redundant|cut)\b|announced|"
                    r"\blost (?:\w+ )?(?:people|engineers|folks|of us|teammates|colleagues|heads) (?:in|to) (?:the )?(?:lay-?offs?|cuts)\b|"
                    r"\b(?:it'?s|cuts are) (?:decided|confirmed|final)\b|\bi (?:know|was told|'ve been told)\b))"),
                "Decided, or you know more than you can say: HR leads the process and its timing; don't deny what you "
                "know, and don't announce it ahead of them.",
            ),
            (
                _rx(r"."),
                "A rumour, nothing decided that you know of: not an emergency, but answer today, since silence reads "
                "as confirmation.",
            ),
        ),
        specifics=(
            (  # the manager was told something in confidence: it is not theirs to pass on, nor to reassure with
                _rx(TOLD_IN_CONFIDENCE),
                "What you were told in confidence stays there: don't pass it on or hint at it, and don't use it to reassure "
                "either ('it's not us'), since it is not yours to give and plans change.",
            ),
            (  # asked outright whether they are safe
                _rx(r"\bsafe\b|\bnext\b[^.;?]{0,20}\?|\bat risk\b|\bon the list\b"),
                "They asked whether they are safe: don't promise it. Say you don't know of any decision about the team, that "
                "you won't guess, and the day you will come back to them.",
            ),
            (  # something they saw that started it: a fact that can be checked
                _rx(r"\bjob (?:ad|advert|posting|listing|opening)s?\b|\bcareers? (?:page|site)\b|\b(?:posted|advertis\w+) (?:a |the )?(?:role|job|position)\b|\bhiring for\b"),
                "What started it (the job posting) is something you can check: ask what the role is for, so that part of "
                "your answer is a fact, not a guess.",
            ),
            (
                _rx(r"\bvisas?\b|work permit|\bH-?1-?B\b|parental leave|maternity|paternity|just back|sole (?:earner|income)"),
                "Someone a cut would hit hardest came up: point them to HR (and to immigration counsel for a visa) for "
                "their options, and don't ask about their circumstances.",
            ),
            (
                _rx(r"\bresign|\binterview\w*|\bleav(?:e|ing) (?:the company|us)\b|\bupdate (?:my|their|his|her) (?:cv|resume)|\bjob hunt"),
                "People are already looking elsewhere: the honest answer and a date you will come back by do more to keep "
                "them than reassurance you can't back up.",
            ),
        ),
    ),
    Topic(
        "exit", "plan-a-fair-exit",
        _rx(
            rf"\b(?:need|have|want|going|planning|plan|decided|ready)\s+to\s+(?:fire|let\s+\w+\s+go|terminate|dismiss)\b{_NOT_FIRE}|"
            rf"\b(?:should|do|can|how do|how should)\s+i\s+(?:fire|let\s+\w+\s+go|terminate|dismiss)\b{_NOT_FIRE}|"
            r"\b(?:i|we|you|gonna|should|shall|will|would|could|can|must|might|just|then|or|and|not|never|i'?ll|we'?ll|i'?d|we'?d)\s+fire\s+(?!off\b|up\b|away\b|back\b|the\b|a\b|an\b|it\b|this\b|that\b|our\b|my\b|us\b|me\b|drills?\b)[a-z]+\b|"
            r"(?<!\bthe )(?<!\ba )\bfir(?:e|ing)\s+(?:him|her|them|(?-i:(?!Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Z][a-z]+))\b|"
            r"\b(?:about|of|considering|consider|on|before|after|without)\s+firing\s+(?!up\b|off\b|the\b|a\b|an\b|it\b|this\b|that\b)[a-z]+\b|"
            rf"\blet(?:ting)?\s+(?:him|her|them|(?!(?:it|this|that|me|us|things|go)\b)[A-Za-z][a-z]+)\s+go\b{_NOT_FIRE}|"
            r"\b(?:not|won'?t be|aren'?t) (?:renewing|extending) (?:\w+['’]s |his |her |their |the )?contract\b|"
            r"\b(?:have|need|going|decided|want) to let go of (?:one of )?(?:my |our |the |a |two of )?(?:contractors?|engineers?|reports?|interns?|"
            r"analysts?|scientists?|people|staff|him|her|them|someone|(?-i:[A-Z][a-z]+))\b|\bperformance improvement plan\b|\b(?-i:PIP)\b|"
            r"\bmanag(?:e|ing)\s+(?:him|her|them|(?-i:[A-Z][a-z]+))\s+out\b"
        ),
        "**Talk to HR before you say anything to {who}: letting someone go follows a fair, documented process, and the "
        "conversation itself is short, clear and kind.**",
        gives_way="any",
        urgency=(
            (
                _rx(r"\bthis week\b|\bnext week\b|\btoday\b|\btomorrow\b|\basap\b|\bquickly\b|\b(?:by|on) (?:mon|tues|wednes|thurs|fri)day\b|\bright away\b|\bbefore the holidays\b"),
                "You want it done quickly: it rarely can be, fairly. HR sets the timing; if expectations were never set "
                "in writing, the first step is a plan with a review date, not an exit.",
            ),
        ),
        specifics=(
            (
                _rx(r"\bjunior\b|\bnew (?:hire|grad)\b|\bintern\b|\bjust joined\b|\bfirst job\b"),
                "{They} {are} junior: check {they} had clear expectations, a mentor and achievable work before "
                "concluding it is performance.",
            ),
            (
                _rx(r"\b(?:on|under|in) (?:a |the )?(?:PIP|performance (?:improvement )?plan)\b"),
                "A plan is already running: follow it to its review date with HR, and decide on the evidence then, "
                "not before.",
            ),
        ),
    ),
    Topic(
        "planned_leave", "plan-cover-for-a-planned-medical-leave",
        _rx(
            r"\b(?:needs?|needing|having|has|getting|scheduled for|planned|booked(?: in)? for)\s+(?:(?:an?|her|his|their|"
            r"some) (?:[\w-]+ )?)?(?:surgery|operation|treatment)\b(?!.{0,20}\b(?:today|tonight|now|right away|urgent))|"
            r"\bsurgery\s+(?:in|on|next|from|this|early|late|mid|after)\b(?! (?:the )?hospital)|"
            r"\bgoing on (?:medical|sick) leave\b|\bplanned (?:medical |sick )?leave\b|"
            r"\b(?:is|she'?s|i'?m|she is) pregnant\b|\b(?:go|goes|going|be|is) (?:on|off on) (?:maternity|paternity|parental|adoption) leave\b|"
            r"\b(?:maternity|paternity|parental|adoption) leave (?:in|from|starting|next|this|early|late|mid|after)\b|\bexpecting a (?:baby|child)\b"
        ),
        "**This is planned leave, not an emergency: keep the reason private, set the leave up through HR, and use the "
        "weeks before the leave starts to agree a handover and a new owner for {their} work.**",
        gives_way="asked",
        # Treatment days spread over months are no leave: the health card's treatment-days case answers them.
        unless=_rx(INTERMITTENT),
        urgency=(
            (
                _rx(r"."),
                "Planned, weeks away: no emergency steps, but the handover and the new owner must be settled before "
                "the leave starts, not after.",
            ),
        ),
        specifics=(
            (
                _rx(r"without (?:outing|telling)|(?:doesn'?t|does not|don'?t|would ?n'?t|'?d rather|would rather) (?:want )?"
                    r"(?:the team|anyone|anybody|nobody|no one|people|others)(?: to)? (?:knew|know)|in confidence|keep (?:it|this|the reason|the details|why) (?:private|quiet|confidential|to (?:him|her|them)sel\w*)"),
                "Tell the team only that {name} will be out from [date] for a few weeks and who covers; the reason is "
                "{theirs} to share.",
            ),
            (
                _rx(_SOLE_KNOWER),
                "{name} is the only one who knows {sole_work}{event_inside}: name its owner now and make the weeks before the "
                "leave the handover: pairing on it, a written runbook, and {rehearsal}.",
            ),
            (
                _rx(rf"\bpromo(?:tion)?\b|{PEOPLE_CALIBRATION}|\bpacket\b|\breview cycle\b|\bperformance review\b|\bhurt (?:her|his|their) (?:case|career|rating)"),
                "About {their} promotion or review: say plainly that the case is judged on {their} work, on "
                "the same timeline, and the leave changes none of it; plan with {them} to have the case in before the leave "
                "starts, and tell HR so the process protects it.",
            ),
        ),
    ),
    Topic(
        "conduct", "handle-a-complaint-about-a-colleague",
        _rx(
            r"(?:complain\w*|came to me|come to me|raised (?:it|concerns?)|flagged|reported)\b[^.;]{0,40}\babout\b[^?]{0,160}?"
            r"\b(?:condescend\w*|dismissive|belittl\w*|demean\w*|patroni[sz]\w*|rude|harsh|abrasive|aggressive|snarky|sarcas\w*|"
            r"humiliat\w*|talk\w* down|yell\w*|shout\w*|comments? like|did you (?:actually|even))|"
            r"\b(?:condescend\w*|dismissive|belittl\w*|demean\w*|rude|harsh|abrasive|humiliat\w*)\b[^.;?]{0,80}\b(?:complain\w*|came to me|come to me)\b|"
            r"\b(?:two|three|several|a few|a couple of|some|multiple) (?:\w+ )?(?:people|juniors|engineers|colleagues|reports|of (?:the team|my team|them))\b[^.;]{0,30}"
            r"\b(?:told me|came to me|complained|flagged|raised)\b[^.;?]{0,80}\b(?:condescend\w*|dismissive|belittl\w*|demean\w*|rude|harsh|abrasive|"
            r"humiliat\w*|brutal|nasty|scathing|savage|vicious|did you (?:actually|even))"
        ),
        "**Thank the people who came to you and check in with each of them first; then talk to {who} this week about the "
        "specific behaviour, its impact and what has to change, with a follow-up date. Ask HR for advice now; it becomes "
        "HR's process if it touches a protected characteristic, a threat or retaliation, or if it continues.**",
        gives_way="asked",
        specifics=(
            (
                _rx(r"."),
                "With {who}: the examples as you heard them (what was said or done, when, where), their impact on the "
                "people involved, and the expectation from now on (review comments about the work, never the person); "
                "hear {their} side, then agree a follow-up date in two to three weeks.",
            ),
            (
                _rx(r"\bsenior\b|strongest|best|most (?:senior|productive)|ships? (?:the )?most|\bstar\b|top performer|key person|can'?t lose"),
                "{Their} seniority or output does not change what you do: a strong performer who makes others afraid to "
                "ask is costing the team more than the work shows.",
            ),
            (
                _rx(r"\bHR\b|people (?:team|partner)"),
                "Your question about HR: yes, for advice now, before you talk to {who}, and keep dated notes. Two or more "
                "people raising the same behaviour is a pattern, and a record from the start protects them and {who}.",
            ),
        ),
    ),
    Topic(
        "complaint", "handle-a-complaint-about-a-colleague",
        _rx(
            r"complain\w* (?:to me )?about (?:a |an |his |her |their |my |our |the )?(?:colleague|co-?worker|teammate|peer|"
            r"manager|lead|senior|(?-i:[A-Z][a-z]+))|(?:made|filed|raised|lodged|brought|submitted|put in) (?:a |an )?(?:formal )?(?:complaint|grievance)|\bgrievance (?:against|about)\b|"
            r"\b(?:toxic|rude|disrespectful|demeaning|aggressive) (?:to|toward|towards|with) (?:her|him|them|(?-i:[A-Z][a-z]+))|"
            r"yell(?:s|ed|ing)? at (?:her|him|them|(?-i:[A-Z][a-z]+))|(?:refuses|won'?t) to work with|"
            r"\b(?:talks?|talking|talked) over (?:her|him|them|me)\b|\b(?:takes|taking|taken|took) (?:the )?credit for (?:her|his|their|my)\b|"
            r"\b(?:keeps? )?(?:interrupt\w*|dismiss(?:es|ing)|shoots? down|steamroll\w*) (?:her|him|them)\b"
        ),
        "**Listen first and thank {who} for telling you, then sort it: harassment or discrimination goes to HR today; "
        "ordinary friction between colleagues is yours to resolve.**",
        gives_way="asked",
        specifics=(
            (
                _rx(r"make it a (?:big )?(?:deal|thing)|(?:doesn'?t|does not|don'?t) want (?:to|it|a fuss|me to)|asked me not to|keep (?:it|this) (?:quiet|between us|small)"),
                "{They} asked you to keep it small. Respect that in how you act (no public call-out, nothing that points back to "
                "{them}), but not by doing nothing: watch the next few reviews yourself, and tell {them} what you will do before you do it.",
            ),
            (
                _rx(r"credit|talks? over|interrupt"),
                "What you can change without naming {them}: run the next design reviews so each idea is attributed to whoever "
                "raised it (in the notes and the decision log), and stop interruptions in the room yourself.",
            ),
        ),
    ),
    Topic(
        "adjustment", "respond-to-an-adjustment-request",
        _rx(
            r"\b(?:has|have|with|diagnosed with|told me (?:he|she|they) (?:has|have|is|are))\s+(?:adhd|add|autism|dyslexia|dyspraxia|"
            r"dyscalculia|a disability|a hearing (?:loss|impairment)|tinnitus|ocd|chronic fatigue|long covid)\b|\bautistic\b|"
            r"\bdyslexic\b|\breasonable adjustments?\b|\b(?:workplace |an |any )accommodations?\b|"
            r"\b(?:anxiety|depression|ptsd|ocd|bipolar|a mental health condition|migraines?|panic attacks?)\b[^.?]{0,80}\b(?:asked|asks|asking|wants|would like|requested)\b(?: (?:me|us))?(?: (?:to|if|for|whether))|"
            r"\b(?:ramadan|iftar|friday prayers?|prayer (?:times?|breaks?|room)|prayers? (?:during|at|on|every)|sabbath|shabbat|eid|diwali|yom kippur|religious (?:holiday|observance|festival|reasons))\b|"
            # a condition, then in a later sentence one change to the work asked for: 'had her third panic attack on site. she's
            # asked to stop doing the remote surveys on her own'
            rf"{CONDITION}[^?]{{0,240}}?{WORK_CHANGE_ASKED}"
        ),
        "**This is a request for adjustments, not a crisis: say yes now to what is reasonable and yours to give, tell HR "
        "so it is recorded and {they} {are} protected, and keep the condition private.**",
        gives_way="asked",
        specifics=(
            (
                _rx(r"(?:can|could|should) i (?:just )?(?:say yes|agree|approve|ok|sign off)|\bi can (?:just )?(?:agree|say yes|approve)\b|"
                    r"(?:have|need|has|needs) to go (?:through|to|via) HR|\bHR (?:need|needs|has|have|must) to (?:sign off|approve|be involved|agree)|"
                    r"(?:do|does) (?:i|this|it) (?:have|need) to (?:involve|go (?:through|to)) HR"),
                "Your question: yes, say yes yourself to the reasonable steps, starting now; and it does go to HR as "
                "well, to record it and protect {them}, not to approve it before anything changes.",
            ),
            (
                _rx(r"standup|stand-up|meetings?|verbal|written|specs?|async|handoffs?|hand-offs?"),
                "What {they} asked for (written instead of spoken, async instead of a meeting) is cheap for an ML team "
                "that already works in docs and pull requests: agree exactly what replaces what, from this week.",
            ),
        ),
    ),
    Topic(
        "carer", "support-a-report-caring-for-someone-ill",
        _rx(
            rf"\b(?:his|her|their|my|whose|\w+['’]s) {_RELATIVE}(?:['’]s)?\s+(?:(?:is|was|has been|got|has|just|recently|now|been|become|became)\s+){{0,2}}(?:{_ILL})|"
            rf"\bcar(?:er|ing) for (?:his|her|their) {_RELATIVE}\b|\bcarer'?s leave\b|\blooking after (?:his|her|their) (?:sick|ill) {_RELATIVE}\b"
        ),
        "**It is {whose} {relative} who is ill, not {them}: {they} {are} a carer asking to work differently. Say yes to "
        "what you reasonably can, agree it through HR, keep the reason private, and re-plan the work at the time {they} "
        "will have.**",
        gives_way="asked",
        # the person's own symptoms beside a relative's illness: their own health comes first (a health crisis)
        unless=_rx(r"\b(?:she|he|they)(?:'s| is| has| have|'ve| are|'re)?\s+(?:been\s+)?(?:having|had|has|have)\s+(?:panic attacks|a breakdown)\b"
                   r"|\b(?:she|he|they)(?:'s| is| are|'re)?\s+(?:not|n't|isn'?t|aren'?t|hasn'?t been|haven'?t been)\s+sleeping\b|\b(?:she|he|they)\s+(?:isn'?t|aren'?t)\s+sleeping\b"),
    ),
    Topic(
        "health_crisis", "support-a-report-in-a-health-crisis",
        _rx(
            r"\bin (?:the )?hospital\b|hospitali[sz]ed|\b(?:was|been|got|just) diagnosed\b|\bcancer\b|\bchemo|heart attack|"
            r"\ba stroke\b|mental health (?:crisis|emergency)|(?:nervous|mental|emotional) breakdown|\b(?:had|having|has) a breakdown\b|panic attacks?|\bsurgery\b|"
            r"serious(?:ly)? ill|chronic illness|medical emergency|\bdepression\b|psychiatric|\bin rehab\b|" + _NEEDS_INTERMITTENT
        ),
        "**{Whose} health comes first: cover the work today, keep the details private, and let HR set up leave and "
        "support.**",
        gives_way="asked",
        specifics=(
            (
                _rx(r"make it a (?:big )?(?:thing|deal)|asked me not to|\bonly told me\b|\btold (?:only|just) me\b|\bnobody else knows\b|"
                    r"(?:doesn'?t|does not|don'?t) want (?:the team|anyone|people|others)|"
                    r"keep (?:it|this) (?:quiet|private|between us|confidential|to (?:my|him|her|them)sel\w*)|not to tell"),
                "{They} asked you not to make it a thing with the team: the team hears nothing about {their} health. If a "
                "changed schedule shows, \"an arrangement we've agreed\" is all anyone needs; agree those words with {them} first.",
            ),
        ),
    ),
    Topic(
        "quit_signal", "respond-to-a-quit-signal",
        _rx(
            r"\bdone with (?:this|the) (?:place|job|company|team)\b|\b(?:thinking (?:about|of)|about to|going to|might|wants? to) "
            r"(?:quit|resign|hand in (?:his|her|their) notice)\b|\bfed up with (?:this|the) (?:place|job|company)\b|"
            r"\bhad enough of (?:this|the) (?:place|job|company)\b|\b(?:messaged|posted|sent|wrote)\b[^.;]{0,80}\bdeleted (?:it|the message)\b"
        ),
        "**Bring it up, privately and soon, as a concerned question, not an accusation: ask how {name} {are} doing, "
        "listen, and fix what is behind it where you can this week.**",
        gives_way="any",
        specifics=(
            (
                _rx(r"\bblocked\b|\bstuck\b|waiting on|can'?t get"),
                "{They} {are} blocked on something you know about: unblock it yourself today (escalate it), and tell "
                "{them} what you did and when {they}'ll hear back; that answers the message better than words.",
            ),
            (
                _rx(r"let it go|ignore it|pretend|leave it"),
                "Don't let it go: a deleted message was still sent, and silence tells {them} nobody noticed or cared.",
            ),
        ),
    ),
    Topic(
        "hardship", "support-a-report-through-a-hard-time-at-home",
        _rx(r"\b(?:going|gone|went) through (?:a |her |his |their )?(?:divorce|separation|break-?up)\b|\b(?:getting|got) divorced\b|"
            r"\b(?:his|her|their) (?:divorce|separation|break-?up)\b|\bsplit (?:up )?(?:from|with) (?:his|her|their) (?:partner|wife|husband)\b|"
            r"\b(?:lost|losing) (?:his|her|their) (?:home|flat|house|apartment)\b|\beviction\b|\bfamily (?:stuff|issues|trouble|problems|crisis)\b|"
            r"\bgoing through (?:a lot|something|a (?:tough|hard|rough|difficult) (?:time|patch)) (?:at home|personally|outside work)\b"),
        "**Raise what you noticed kindly and privately, as a question, not a warning: ask how things are for {who}, offer "
        "flexibility for a few weeks (async updates, hours, a lighter load) and the EAP, agree what is realistic, and keep "
        "the reason private.**",
        gives_way="any",  # a forecast or a what-if that mentions it keeps its own answer
        specifics=(
            (
                _rx(r"\bmiss(?:es|ed|ing)? (?:\w+ )?(?:standups?|stand-ups?|meetings?|syncs?|deadlines?)\b|\blate to\b|\bnot (?:showing|turning) up\b"),
                "What you noticed is the opening, not the charge: \"I've noticed you've missed a few standups lately and wanted "
                "to check in rather than guess.\" Then offer a written update instead for the next few weeks.",
            ),
        ),
    ),
    Topic(
        "civic_duty", "plan-around-jury-service-or-a-civic-duty",
        _rx(_CIVIC),
        "**{Name}'s {duty} comes first: it is a legal duty, so plan the work around the longest it could run, hand "
        "{their} work over before {they} go{es}, and tell whoever depends on the date now, with the plan.**",
        gives_way="any",
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
            r"\b(?:got|has|have|received|holding|sitting on|came back with) an? (?:\w+ )?offer\b|\bcounter-?offer\b|"
            r"\b(?:pay|salary|compensation) (?:conversation|discussion|negotiation|gap)\b|"
            r"\b(?:on|paid|earns?|earning|making|gets?|getting)\s+(?:~|about |around |like )?[$€£]?\d[\d.,]*k? more than (?:me|her|him|them|us)\b|\banyone else'?s (?:pay|salary)\b"
        ),
        "**Take the request seriously and don't answer with a number today: get the facts from HR and come back to "
        "{who} by a date you name.**",
        gives_way="any",
        specifics=(
            (
                _rx(r"\bmore than (?:me|her|him|them|us)\b|\banyone else'?s (?:pay|salary)\b|\b(?:colleague|peer|new hire|someone)\b[^.;?]{0,40}\b(?:paid|earns?|on|makes?|making)\b[^.;?]{0,20}\bmore\b"),
                "Asked about a colleague's pay: say you don't discuss anyone else's pay, in the same words whether or not "
                "you know the number, so the answer neither confirms nor denies it. Then turn to {their} own: \u201cWhat I "
                "can do is check where your pay sits for your level and scope, and I will, by a date I'll give you.\u201d",
            ),
            (
                _rx(r"\bunderpaid\b|\bbelow (?:the )?market\b|\bpaid (?:less than|below) (?:the )?market\b|\bunder (?:the )?market\b"),
                "You think {they} {are} underpaid against the market: say so to HR with the market data. Correcting pay "
                "that is below market is a stronger case than matching an offer, and it is fair whatever happens with the offer.",
            ),
            (
                _rx(r"\bover-?shared\b|\b(?:heard|found out) (?:it )?(?:from|at)\b|\brumou?rs?\b|\bat (?:the )?drinks\b|\bgossip\b"),
                "Don't ask who told {them} or try to trace it in this conversation; if pay details are going round, tell HR separately.",
            ),
        ),
    ),
)
BY_NAME = {t.name: t for t in TOPICS}
# Topics the manager must report whatever the person asked: a promise of secrecy is never theirs to give.
MUST_REPORT = ("data_incident",)
# Intents read from the question that a topic which gives way to "any" yields to.
YIELDS_TO = ("reprioritization", "triage", "planning", "archetype", "one_on_one")


def topic_of(text: str) -> Topic | None:
    """The sensitive people situation a question describes, if any (first match in TOPICS); 'do i let him go?' about
    a loan to other work ('finance wants ravi for the backtest') is not an exit, nor is a plan the manager rules out."""
    from agent.intents import LENT_TO_WORK
    from tools.agenda_reasons import NOT_A_PLAN_YET

    text = NOT_A_PLAN_YET.sub(" ", text or "")  # 'without it turning into a PIP (yet)': a plan ruled out is no exit
    for topic in TOPICS:
        m = topic.pattern.search(text or "")
        if m and topic.unless is not None and topic.unless.search(text or ""):
            continue
        if m and topic.premise is not None and not topic.premise.search(text or ""):
            continue  # the keyword without the situation the card is written for
        if m and not (re.fullmatch(r"(?:.*\s)?let(?:ting)?\s+\S+\s+go", m.group(0).strip(), re.I) and LENT_TO_WORK.search(text)):
            return topic
    return None


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


def _pronouns(text: str, person: str | None) -> dict[str, str]:
    """The words the answer uses for the person: their name, else the pronoun the question uses most for them."""
    she = len(re.findall(r"\b(?:she|her|hers|herself)\b", text, re.I))
    he = len(re.findall(r"\b(?:he|him|his|himself)\b", text, re.I))
    they, them, their, theirs, are = (
        ("she", "her", "her", "hers", "is") if she > he else ("he", "him", "his", "his", "is") if he > she
        else ("they", "them", "their", "theirs", "are")
    )
    who = person or them
    words = {"who": who, "name": person or they, "they": they, "them": them, "their": their, "theirs": theirs, "are": are,
             "whose": f"{person}'s" if person else their}
    return words | {k[0].upper() + k[1:]: v[0].upper() + v[1:] for k, v in list(words.items())}


def _fact_lines(topic: Topic, facts: Mapping[str, Any], words: dict[str, str], stays: bool = False) -> list[str]:
    """What the situation's own facts (their project, its date) add for a leave: a new owner and a re-planned date; for
    someone who stays on the work (treatment days, or they chose to keep working), a backup and the date checked."""
    if topic.name not in ("planned_leave", "health_crisis"):
        return []
    project, deadline = facts.get("project"), facts.get("deadline")
    if not isinstance(project, str) or not project:
        return []
    when = f" (due {_day(date.fromisoformat(deadline))})" if isinstance(deadline, str) and deadline else ""
    if stays:
        return [
            f"{words['Who']} stays on {project}{when}. Put a second person alongside {words['them']} now so a day out never "
            f"stalls it, and once you know the schedule, check the date with {words['them']}; only if it cannot hold, agree "
            "a smaller scope or a later date with the stakeholders, for a team reason, without health details."
        ]
    return [
        f"Name a new owner for {project}{when} now and plan the handover with {words['who']} while {words['they']} "
        f"{words['are']} still here; if the date needed {words['them']}, agree a new date or a smaller scope with the "
        "stakeholders this week rather than discover it after."
    ]


_DAYS_A_WEEK = re.compile(r"\b(?P<n>[1-4]|one|two|three|four) days? (?:a|per|each) week\b", re.I)
# Days a week -> the share of a five-day week and how much longer the same work takes, in words (arithmetic on the
# manager's own figure, said the way a person would say it).
_SHARE_WORDS = {
    4: ("four fifths", "about a quarter longer"),
    3: ("three fifths", "about two thirds longer"),
    2: ("two fifths", "about two and a half times as long"),
    1: ("a fifth", "about five times as long"),
}
# Who will ask about the date: "victor will ask why the date moved", "what do i tell victor".
_ASKER = re.compile(r"\b(?P<a>[a-z]+) (?:will|'ll|is going to|might|would) (?:ask|want to know|notice)\b|\bwhat (?:do|should) i (?:tell|say to) (?P<b>[a-z]+)\b", re.I)
_NOT_ASKERS = frozenset("he she they someone people everyone anyone team them him her it this that my our the".split())


# Who is waiting on the work, as the manager names them ('what do i tell the insurer', 'the client expects it').
_WAITING = re.compile(r"\bwhat (?:do|should|can) i (?:tell|say to) (?P<w>(?:the |our |my )(?:insurer|client|customer|partner|stakeholders?|vp|board|exec\w*|ceo|cto|sponsor|funder|regulator|pilot \w+)"
                      r"|(?:the |our )?(?:risk|audit|model risk|credit|investment|steering|change|ethics) (?:committee|board|panel)|(?:the |our )?(?:risk|legal|compliance|finance|audit|sales|ops|product)(?= team\b|\?|$|\s+(?:and|about|or|so|now|today)\b)"
                      r"|(?-i:[A-Z][a-z]+))\b", re.I)  # 'what do I say to risk?': a department waiting on the date
# The work the person owns, as the manager names it ('she owns the flood extent model').
_OWNS = re.compile(r"\b(?:owns|runs|leads|is running|is leading) (?P<w>the [^.,;]{3,60}?)(?=\s+(?:and|but|so|which)\b|[.,;]|$)", re.I)


def _waiting_words(text: str, facts: Mapping[str, Any], words: dict[str, str], today: date | None = None) -> dict[str, str]:
    """For a work date someone outside is waiting on: the date (from the situation) and what to tell them, without
    the private reason."""
    m = _WAITING.search(text)
    deadline = facts.get("deadline")
    if not (isinstance(deadline, str) and deadline) and today is not None:  # a sensitive turn keeps no dates: read it here
        from agent.understanding.dates import find_dates
        from agent.understanding.text import normalise

        deadline = next((d.value.isoformat() for d in find_dates(normalise(text), today) if d.value > today and d.role == "deadline"), None)
    due = f" (due {_day(date.fromisoformat(deadline))})" if isinstance(deadline, str) and deadline else ""
    if m is None:
        return {"due": due, "asker_say": "", "asker_do": ""}
    who = m.group("w")
    who = who if who[:1].isupper() and not who.lower().startswith(("the ", "our ", "my ")) else who.lower()
    who = who.capitalize() if who in ("risk", "legal", "compliance", "finance", "audit", "sales", "ops", "product") else who  # 'To Risk:'
    when = f"the {_day(date.fromisoformat(deadline))} date" if due else "the date"
    return {
        "due": due,
        "asker_say": f"To {who}: \"An unexpected absence on the team puts {when} at risk. I'll confirm a realistic "
                     "date by [day]; in the meantime here is what we can still deliver.\" Nothing about whose absence or why.",
        "asker_do": f"Within a day or two: tell {who} early and plainly that {when} may move, and when you will confirm a new "
                    "one. An early warning keeps their trust; a late surprise costs it.",
    }


def _carer_lines(text: str, facts: Mapping[str, Any], words: dict[str, str]) -> list[str]:
    """For a carer: the work at the days a week asked for (about how much longer it takes), and what to tell whoever asks
    why the date moved; numbers only from the manager's words."""
    lines: list[str] = []
    project = facts.get("project") if isinstance(facts.get("project"), str) and facts.get("project") else f"{words['their']} work"
    days = _DAYS_A_WEEK.search(text)
    if days:
        n = int(number(days.group("n")) or 0)
        share, longer = _SHARE_WORDS[n]
        lines.append(
            f"At {days.group(0)} {words['name']} has {share} of {words['their']} time (against a five-day week), so "
            f"{project} takes {longer} for as long as it lasts: move its date or its scope now, and line up cover for "
            "the urgent parts without saying why."
        )
    asker = next((m.group("a") or m.group("b") for m in _ASKER.finditer(text) if (m.group("a") or m.group("b")).lower() not in _NOT_ASKERS), None)
    if asker:
        lines.append(
            f"What to tell {asker.capitalize()}: the new date and the plan, and that it is a personal matter you are handling "
            f"with HR. Nothing about {words['their']} family, and no hint that would let anyone guess."
        )
    return lines


# Card lines that presuppose a fact (a promotion case, a competing offer, a leave): shown only when the question says it.
PRESUPPOSED: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (_rx(r"promotion|calibration|review panel"), _rx(rf"promot|promo\b|{PEOPLE_CALIBRATION}|(?:performance|annual|mid-?year|year-?end|her|his|their) reviews?\b|review (?:cycle|season|panel)|\brating|panel|sits on|has a say|\blevel")),
    (_rx(r"competing offer|counter-offer|an offer\b"), _rx(r"\boffers?\b")),
    (_rx(r"\bis out for a while\b|\bwhen (?:they|you) come back\b|\bphased return\b"), _rx(r"\bleave\b|\boff\b|\bout\b|hospital|surgery|away")),
    (_rx(r"\bblocked on\b|\bthe blocker\b|\bunblock\b"), _rx(r"\bblock\w*|\bstuck\b|waiting on|can'?t get")),
    (_rx(r"\bonline late\b|\blate most nights\b"), _rx(r"\blate\b|\bnights?\b|midnight|\b\d+ ?am\b|evenings?")),
    (_rx(r"\bthe evaluation moves\b"), _rx(r"\beval\w*")),
    (_rx(r"\bNot this cycle\b"), _rx(r"\bcycle\b|\braise\b|\bpay rise\b|\bbump\b|\bincrease\b|\breview\b")),
    (_rx(r"\bthose messages\b"), _rx(WRITTEN)),
    (_rx(r"\bon-?call\b|\bthe rota\b"), _rx(r"\bon[- ]?call\b|\brota\b|\bpager\b|\bshift\b")),
    (_rx(r"where you post your update|written handoff"), _rx(r"stand-?ups?|\bupdates?\b|hand-?offs?|\bspecs?\b|\bwritten\b|\basync\b|\bmeetings?\b")),
    (_rx(r"\bbreaks a staff rule\b"), _rx(r"\b(?:banned|not allowed|prohibited|forbidden|against (?:the |our |company |staff )?(?:rules?|policy|policies|code))\b|\bbreach\w*")),
)


def _fits(item: str, text: str) -> bool:
    """False for a card line that presupposes a fact the question does not state (a conditional 'If ...' step is kept)."""
    if item.startswith(("If ", "Watch ", "Don't ")):
        return True
    return all(not line.search(item) or asked.search(text) for line, asked in PRESUPPOSED)


@dataclass(frozen=True)
class Stated:
    """What the manager stated or ruled out that changes a card's playbook ('she wants to keep the launch, I don't want
    to take it off her'; 'pushed it to a public repo', not a laptop copy): the card lines it contradicts are left out,
    and the lines written for this case lead the headline, what to say and the steps."""

    when: re.Pattern[str]
    drops: re.Pattern[str]
    headline: str
    say: tuple[str, ...] = ()
    do: tuple[str, ...] = ()
    unless: re.Pattern[str] | None = None  # the case the card was written for is stated too: nothing is dropped
    # A fact that combines with whichever case applies ('she already deleted it', 'she goes on site with him thursday'):
    # its drops and lines join that case's (or the card's, under the topic's own headline when it is the only one).
    adds: bool = False
    lead: bool = True  # its lines lead their section; False for facts that only add: they take a dropped line's place


# The person wants to keep working through an illness or treatment ('wants to keep working', 'would rather carry on').
KEEPS_WORKING = (
    r"\b(?:he|she|they)(?:'s| is|'re| are) still (?:on|working on|running|doing|leading|at work)\b|"
    r"\b(?:doesn'?t|does not|don'?t|do not) want (?:any )?(?:time off|(?:to take )?(?:sick )?leave|to stop working|to be off)\b|"
    r"\b(?:wants?|wanting|would like|'d like|would rather|'d rather|prefers?|asked|plans?|intends?|hopes?|insists?(?: on)?)"
    r"(?: to)? (?:keep|keeping|carry(?:ing)? on|continue|continuing|stay(?:ing)?) (?:working|at work|on (?:the|his|her|their) work|in the loop)\b|"
    r"\b(?:wants?|prefers?|would rather|'d rather) (?:to )?work (?:through|during) (?:it|the treatment|treatment)\b"
)
# Told to the manager in confidence ('told me in confidence', "doesn't want the team to know", 'diagnosed with MS'):
# a disclosure to keep and plan around, not an emergency.
DISCLOSED_IN_CONFIDENCE = (
    r"\bin confidence\b|\bconfided\b|\bin private\b|\bprivately\b|\b(?:only|just) told me\b|\btold (?:only|just) me\b|\bnobody else knows\b|"
    r"\b(?:doesn'?t|does not|don'?t|do not) want (?:the team|anyone|people|others|(?:the )?(?:rest|others) of the team|her team|his team|their team) (?:to )?(?:know|find out|hear)\b|"
    r"\b(?:hasn'?t|has not|haven'?t|have not) told (?:anyone|the team|anybody)\b|\bdon'?t tell (?:anyone|the team|anybody)\b|\bnot to tell\b|"
    r"\bkeep (?:it|this) (?:quiet|private|between us|confidential)\b|\b(?:was|been|got|just) diagnosed with\b|\bmight need (?:reduced|fewer|shorter|part[- ]time|flexible) hours\b"
)
# What keeps a health card acute: a hospital, an emergency, a crisis, time off now.
ACUTE = (
    r"\bhospital|\bemergenc|\bcrisis\b|\bICU\b|intensive care|\bsurgery\b|collapsed|heart attack|\ba stroke\b|breakdown|suicid|self[- ]harm|"
    r"\b(?:off|out) sick\b|signed off|\bon (?:sick |medical )?leave\b|can'?t (?:work|come in)|rushed|ambulance"
)
# One dated thing the person still wants to do ('he still wants to present the rubric draft thursday').
DATED_COMMITMENT = (
    r"\b(?:wants?|wanting|would like|'d like|insists?(?: on)?|plans?|intends?|hopes?|is keen|offered|still going)(?: to)? "
    r"(?P<v>present(?:ing)?|giv(?:e|ing)|run(?:ning)?|lead(?:ing)?|demo(?:ing)?|host(?:ing)?|teach(?:ing)?|deliver(?:ing)?|do(?:ing)?|"
    r"facilitat(?:e|ing)|chair(?:ing)?|ship(?:ping)?) (?P<o>[^.;,!?]{3,60}?)\s+(?:on |this |next )?"
    r"(?P<d>(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)\b"
)
_VERB_BASE = {"presenting": "present", "giving": "give", "running": "run", "leading": "lead", "demoing": "demo", "hosting": "host",
              "teaching": "teach", "delivering": "deliver", "doing": "do", "facilitating": "facilitate", "chairing": "chair",
              "shipping": "ship"}
_VERB_ING = {base: ing for ing, base in _VERB_BASE.items()}


def _commitment_words(text: str, person: str | None) -> dict[str, str]:
    """For a bereavement: the dated thing the person still wants to do, in the manager's words ('present the rubric
    draft', 'Thursday'), and how to address them by name."""
    m = re.search(DATED_COMMITMENT, text, re.I)
    words = {"hail": f"{person}, " if person else ""}
    if m is None:
        return words
    verb = _VERB_BASE.get(m.group("v").lower(), m.group("v").lower())
    thing = re.sub(r"^(?:his|her|their)\b", "the", m.group("o").strip(), flags=re.I)
    day = _capital_days(m.group("d").lower())
    return words | {"verb": verb, "thing": thing, "act": f"{verb} {thing}", "doing": f"{_VERB_ING.get(verb, verb)} {thing}",
                    "day": day, "Day": day[:1].upper() + day[1:]}


# Who alone does what ('the only one doing the shadow deploy and the launch review').
_SOLE = re.compile(
    r"\b(?:the only (?:one|person)|only one|sole (?:owner|person))(?: (?:who|that)(?:'s| is)?)? (?:doing|on|running|owning|owns|"
    r"knows|working on|handling|does|runs|who knows)\s+(?P<w>[^.;!?]{3,90})", re.I)
_ASKED_CHANGE = re.compile(r"\basked (?:me )?(?:if|whether) (?P<x>(?:someone else|somebody else|another person|i|we|she|he|they) (?:can|could) [^.?!;]{3,60})", re.I)
_TREATMENT = re.compile(r"\bchemo\w*|\btreatment|\btherapy\b|radiotherapy|dialysis|infusions?\b|\bsessions\b|\bsurgery\b", re.I)
# A treatment schedule as stated ('every other friday', 'twice a week', 'every three weeks').
_SCHEDULE = re.compile(
    r"\bevery (?:other |second |third )?(?:mon|tues|wednes|thurs|fri)day\b|\b(?:once|twice) a (?:week|month)\b|"
    r"\bevery (?:two|three|four|\d) weeks\b|\bweekly\b|\bfortnightly\b", re.I)
_OFFER_GAP = re.compile(r"[~≈]?\s*(?:about |around |roughly )?[$€£]?\d[\d.,]*\s*(?:%|k\b|percent)(?:\s+more)?", re.I)
_KEEPS_WORK = (
    r"\b(?:wants?|wanting|asked|asks|would like|'d like|prefers?) to keep (?:running|working(?: on)?|doing|leading|owning|on|going)\b|"
    r"\bi want to keep\b|\b(?:don'?t|do not|won'?t|not) (?:want to |going to )?(?:take|pull|move) (?:it|this|that|the \w+(?: \w+)?) "
    r"(?:off|away from) (?:her|him|them)\b"
)
STATED: dict[str, tuple[Stated, ...]] = {
    "layoff_rumour": (
        Stated(  # what the manager knows is someone else's to share: ask them first, then answer the team
            _rx(TOLD_IN_CONFIDENCE),
            _rx(r"^Today: answer the people who asked|^Today: ask your manager and HR what is decided"),
            "**Ask whoever told you in confidence what you may say before you answer; then tell {who} honestly what you know "
            "about the team and what you don't, promise no one they are safe, and come back by a day you name.**",
            do=(
                "First, before you talk to them: ask whoever told you (and HR) what is decided about your team, what you may "
                "say, and when the team will hear; ask for words you can use.",
                "Then, when you said you would: answer the people who asked: what you know about the team, what you don't, "
                "and the day you will come back.",
            ),
        ),
    ),
    "planned_leave": (
        Stated(
            _rx(r"pregnan|maternity|paternity|parental|adoption|expecting a (?:baby|child)"),
            _rx(r"medical|diagnosis|hospital|recovery|treatment|for a few weeks|a couple of sessions on the handover"),
            "**Good news, and planned: congratulate {who}, keep it private until {they} {are} ready to share it, set the leave "
            "up through HR, and use the months before it starts to agree a handover and a new owner for {their} work.**",
            say=(
                "\"Congratulations, and thank you for telling me early; that gives us time to do this well. I'll keep it to "
                "myself until you decide who should know, and when.\"",
                "\"Let's plan the handover together over the next few months, so nobody needs to reach you while you're off.\"",
            ),
            do=(
                "When {they} {are} ready (ask {them} first): tell HR (or your people partner) so the leave, pay and return "
                "are set up properly; ask nothing about health, and agree with {who} what the team hears, and when.",
                "Before the leave: a second person on {their} work now, pairing on it for weeks rather than a last-week "
                "handover, so what sits with {them} alone is shared while {they} {are} here.",
                "Keep {their} review, promotion case and projects on the same footing as before; the leave changes none of it.",
            ),
        ),
    ),
    "harassment": (
        # The card lines these facts contradict: keeping her off a day with that person is no 'moving her off her work', and a
        # person at another company has no say in her review.
        Stated(
            _rx(_NEXT_CONTACT), _rx(r"^Don't move them off their work"), "", adds=True,
            say=("About the next visit{contact_day}: \"You won't be back there with that person on your own. Would you rather someone "
                 "else goes in your place, someone goes with you, or we move it? It's your call, and nobody there hears why.\"",),
        ),
        Stated(  # said, not written ('comments about her looks'): there are no messages to keep, only notes to make
            _rx(rf"^(?![\s\S]*(?:{WRITTEN}))[\s\S]*\b(?:comment\w*|remarks?|jok\w+|said|says|saying)\b"),
            _rx(r"keep the messages"), "", adds=True,
            do=("Today: write down what {they} told you, in {their} words and dated: what was said, when, where and who else "
                "was there; ask {them} to note anything new the same way.",),
        ),
        Stated(_rx(rf"{OTHER_COMPANY}|{AT_A_SITE}"), _rx(r"^If the person they reported has any say over their review"), "", adds=True),
    ),
    "bereavement": (
        Stated(
            _rx(_KEEPS_WORK),
            _rx(r"deadline is (?:now )?your problem|that's mine to sort out|pick something lighter|take the deadline pressure off in practice|"
                r"Don't let the date quietly stay|agree on something lighter"),
            "**Be a person first: say you are sorry, plainly. {They} chose to keep the work: respect that, and quietly line up "
            "a backup so {they} can step away any day without having to ask.**",
            say=(
                "\"I'm so sorry about your {relative}. If carrying on with the work helps, it's yours. And if that changes on any day, "
                "tell me and it's covered, no questions asked.\"",
            ),
            do=(
                "This week: name a backup for {work}, brief them quietly, and tell {who} the cover is there: a "
                "safety net {they} can use without asking, not a takeover.",
                "Check in every few days with one short question rather than a meeting, and again after the date has passed.",
            ),
        ),
        Stated(  # one dated thing they still want to do ('still wants to present the rubric draft thursday'): that decision
            _rx(DATED_COMMITMENT),
            _rx(r"launch date|deadline is (?:now )?your problem|your problem now|pick something lighter|take the deadline pressure off "
                r"in practice|agree on something lighter|^Today: reach out privately and briefly|^\"You can take the leave now|"
                r"^Today: check the company's bereavement"),
            "**Be a person first: say you are sorry, plainly. {Day} is {whose} choice, and either way costs {them} nothing: "
            "{who} can {act} if it helps, someone else can {verb} it, or it moves, and {they} can change {their} mind up to "
            "the day itself.**",
            say=(
                "\"{hail}I'm so sorry about your {relative}. Thank you for telling me; don't think about anything else today.\"",
                "About {day}: \"If {doing} helps, it's yours, and I'm glad to have you there. If you'd rather not, on any day "
                "up to {day} itself, someone else can {verb} it or we move it; just tell me, no explanation needed.\"",
                "\"You can take bereavement leave now, later or in pieces. I'll find out from HR what you're entitled to and "
                "send it to you, so you don't have to ask.\"",
            ),
            do=(
                "Today: reply to {who} privately and briefly, with the condolences and the choice about {day} above, so "
                "{they} know{s} today that {day} is {their} call either way.",
                "Today or tomorrow: line up a backup for {day} quietly (whoever knows {thing} best, or you), so either "
                "choice costs nothing; tell {who} the backup is there as a safety net, not a takeover.",
                "If {day} moves, tell whoever is waiting on {thing} yourself, with the new date and no personal details.",
            ),
        ),
    ),
    "adjustment": (
        Stated(  # asked to stop doing something alone (a site visit, a field survey): pair it, and train a second person
            SOLO_WORK,
            _rx(r"where you post your update|written handoff|^Make the change concrete|Let's agree exactly how it works|"
                r"^Today: thank them|^\"Thank you for telling me\. Yes|^This week: tell HR \(or your people partner\) what was asked|"
                r"posts their update|about the diagnosis stays private"),
            "**{Name} asked for one change, not time off: to stop doing {solo_work} alone. Say yes now and make it real: "
            "nobody does {solo_work} alone from the next one (pair it){second_head}; record it through HR as an "
            "adjustment, and keep {their} health private.**",
            say=(
                "\"Thank you for telling me, and I'm sorry it's been so hard. Yes: from now on you won't do {solo_work} on "
                "your own. Honestly, that should have been the rule already.\"",
                "\"You're not being a problem: you've told me about a risk in how we work, and we're fixing it. Let's work out "
                "together who goes with you and when.\"",
                "{skill_say}",
            ),
            do=(
                "This week: agree with {them} who goes with {them} on {solo_work}, and put the pairs in the calendar; until a "
                "second person is free, it waits or two other people do it, never {them} alone.",
                "{skill_do}",
                "This week: tell HR (or your people partner) what {they} asked and what you agreed, so it is recorded as an "
                "adjustment; HR asks for any medical information, not you, and can arrange occupational health or the "
                "employee assistance programme if {they} want{s} it.",
                "Ask whoever owns health and safety about lone working: if doing {solo_work} alone is allowed today, pairing "
                "(or a check-in procedure) should be the rule for everyone, so this is never about {them}.",
                "Tell the team only the new arrangement (\"{solo_work} are done in pairs from now on\"), never the reason.",
            ),
        ),
        Stated(
            _rx(r"\b(?:ramadan|iftar|prayers?|prayer (?:times?|breaks?|room)|sabbath|shabbat|eid|diwali|yom kippur|religious|faith)\b"),
            _rx(r"diagnos|medical|condition|\bstandup\b|written spec|handoff"),
            "**A request to work around religious observance: say yes to what is reasonable and yours to give (the hours, a "
            "break, a quiet room), record it with HR like any flexible-working arrangement, and ask nothing about the faith itself.**",
            say=(
                "\"Of course, and thanks for telling me ahead of time. Let's agree how it works: which days and hours, and "
                "I'll move our recurring meetings out of that window.\"",
            ),
            do=(
                "This week: agree the change concretely (which days, which hours, from when to when) and move recurring "
                "meetings, reviews or on-call out of that window where needed.",
                "Tell HR (or your people partner) what you agreed, so it is recorded like any flexible-working arrangement.",
            ),
        ),
    ),
    "carer": (
        Stated(  # they asked to keep working ('he wants to keep working because it helps'): no reduced hours, no new date
            _rx(KEEPS_WORKING),
            _rx(r"say yes in principle|which days, from when|Agree the arrangement|fewer days|reduced hours|the time you'll actually have|"
                r"let's make this work|The date moves to|^Re-plan their work|^Tell stakeholders the new date|working less|"
                r"^Today: thank them|^This week: take the request to HR|^Line up cover for the critical path|^Check in every few weeks|"
                r"change in your working pattern"),
            "**It is {whose} {relative} who is ill, not {them}, and {they} asked to keep working: that is {their} call, so "
            "respect it. Make flexibility and carer's leave real options {they} can take on any day without asking twice, keep "
            "it private, and quietly put a second person on {their_work}{before_event}, as cover for {them}, not a takeover.**",
            say=(
                "\"Thank you for telling me, and I'm so sorry you're both going through this. If working helps, your work stays "
                "yours; nothing changes unless you want it to.\"",
                "\"On any day, or for a stretch, you can work less, move your hours or take time off around {treatment}: just "
                "tell me, no explanation needed. I'll find out from HR what carer's leave and flexible hours you can have, so "
                "you know your options without asking.\"",
                "\"This stays between us and HR unless you decide otherwise.\"",
                "About the work, once the rest is said: \"One thing I'd like to do anyway: have someone pair with you on "
                "{their_work} over the next weeks, so a day off never puts {event} at risk. It's cover for you, not a "
                "replacement, and you decide how it's done.\"",
            ),
            do=(
                "Tomorrow: talk to {who} privately, with the words above: thanks, that keeping working is {their} call, and that "
                "flexibility is there on any day without asking twice. Listen more than you plan.",
                "This week, with {their} agreement: ask HR (or your people partner) what carer's leave, flexible hours and "
                "employee assistance programme (EAP) support apply, and give it to {them} in writing; nothing is set up "
                "formally unless {they} want{s} it.",
                "This week: name a second person on {their_work} and start pairing now{before_event}: a written runbook, "
                "{who} walking them through it, and the second person running it once while {who} is there. Tell {who} "
                "first, so it reads as a safety net; the team hears it is ordinary bus-factor work, nothing more.",
                "Keep {event} as planned while {they} {are} working, and look at it together every week or two; only if it "
                "cannot hold, agree a smaller scope or a new date with the stakeholders, for a team reason, with no personal details.",
                "Check in every week or two on how it is working for {them}, not on the illness, and expect harder weeks "
                "around {treatment}.",
            ),
        ),
        Stated(
            _rx(r"\btonight\b|\bright now\b|\bflying\b|\bfly(?:ing)? (?:home|out|back)\b|\bon (?:a|the) (?:plane|flight|train)\b|\brushed\b|"
                r"\bjust (?:had|got|been)\b|\bemergency\b|\bintensive care\b|\bICU\b|\bstroke\b|\bheart attack\b|\baccident\b"),
            _rx(r"say yes in principle|what they asked for|which days, from when|Agree the arrangement|fewer days|Check in every few weeks|"
                r"working pattern|reduced hours|the time you'll actually have|flexible working|let's make this work|The date moves to|"
                r"^Line up cover for the critical path|^Tell stakeholders the new date|working less"),
            "**Tell {who} to go: {their} {relative} comes first, the work is covered, and nothing is needed from {them} now. Then "
            "re-plan {work} without {them}, and tell whoever is waiting on it early that the date may move, without the private "
            "reason.**",
            say=(
                "To {who}, now: \"I'm so sorry. Go; don't think about work. Everything here is covered and nothing needs an "
                "answer from you. Just tell me how you'd like me to keep in touch, and I'll take care of the rest with HR.\"",
                "{asker_say}",
            ),
            do=(
                "Now: tell {them} to go, with no handover call and nothing to reply to. Ask only how {they} would like you to "
                "keep in touch (a short message every few days is usually enough).",
                "Today or tomorrow: tell HR (or your people partner) so emergency or compassionate leave and pay are set up; "
                "HR contacts {them} about the formalities, not you, and not while {they} {are} travelling.",
                "This week: re-plan {work}{due} without {them}: who can run it, what is written down, what the date now "
                "looks like. Line up cover for the critical path, without telling the cover why.",
                "{asker_do}",
            ),
        ),
    ),
    "health_crisis": (
        Stated(
            _rx(KEEPS_WORKING),
            _rx(r"the work is covered|don't need to reply|crisis line|emergency services|quick handover|reassign the critical path|"
                r"Move or re-scope deadlines|is out for a while|[Pp]hased return|Welcome back|family contact|nothing is waiting on you|"
                r"hear from you|sick leave, medical leave"),
            "**{They} chose to keep working: respect that, it is {their} call. Plan the work around {treatment}, keep it "
            "private, and put a backup on {their} work as ordinary bus-factor cover, "
            "not a takeover.**",
            say=(
                "\"Thank you for telling me, and I'm sorry you're facing this. You decide how much you work and how; we'll "
                "plan around {treatment}, and you can change that at any time without explaining.\"",
                "\"I'll keep this between us and HR. If you'd like the team to know anything, tell me what and in which "
                "words; otherwise they hear nothing.\"",
            ),
            do=(
                "This week: agree with {who} how to plan around {treatment}{schedule}: those days off or light, no deadlines, "
                "reviews or on-call on them or the day after, and a simple way to tell you on a bad day without explaining.",
                "This week, with {their} agreement: tell HR (or your people partner) so flexible hours, sick days and any "
                "adjustments are set up and recorded; HR asks for any medical information, not you.",
                "This month: put a second person on {work} as ordinary bus-factor work (nothing should depend on one "
                "person), pairing with {who} now rather than a handover later. Tell {who} first, so it reads as a safety "
                "net, not a takeover.",
                "Keep {their} review, promotion case and projects on the same footing as before; the illness changes none of it.",
                "Share the employee assistance programme (EAP) details once, privately, and check in every week or two on "
                "how the arrangement is working, not on the illness.",
            ),
        ),
        Stated(
            _rx(INTERMITTENT),
            _rx(r"the work is covered|don't need to reply|crisis line|emergency services|quick handover|reassign the critical path|"
                r"Move or re-scope deadlines|is out for a while|[Pp]hased return|Welcome back|family contact|nothing is waiting on you|"
                r"hear from you|sick leave, medical leave|treat a health crisis"),
            "**Treatment days, not a leave: thank {who}, keep it private, ask what would help{schedule}, and offer "
            "flexibility around {treatment}; {they} {are} still on {their} work, with a backup beside {them}.**",
            say=(
                "\"Thank you for telling me, and I'm sorry you're dealing with this. It stays between us unless you decide "
                "otherwise.\"",
                "\"What would help around {treatment}? Moving days, working from home, a lighter week around them: tell me "
                "what works, and you can change it any time without explaining.\"",
                "\"Nothing about your role changes. Let's pick someone to pair with you, so a treatment day never holds "
                "anything up.\"",
            ),
            do=(
                "This week: ask {who} what would help and offer flexibility: which days off or light, remote days, no "
                "deadlines, reviews or on-call on treatment days or the day after, and a simple way to tell you on a bad "
                "day without explaining.",
                "Ask {who} before you go to HR, not behind {their} back: HR (or your people partner) can set up the time "
                "off and any adjustments confidentially and protect {them}; agree together what HR is told. HR asks for "
                "any medical information, not you.",
                "This month: put a second person on {work} as ordinary bus-factor cover, pairing with {who} now; tell "
                "{who} first, so it reads as a safety net, not a takeover.",
                "Keep {their} review, promotion case and projects on the same footing as before; the diagnosis changes none of it.",
                "Check in every few weeks on how the arrangement is working, not on the illness.",
            ),
        ),
        # Told in confidence, with nothing acute: a diagnosis, a condition, a change that may come later. No cover today,
        # no leave, no handover, nothing to HR without them; an emergency or a hospital stay keeps the card as written.
        Stated(
            _rx(DISCLOSED_IN_CONFIDENCE),
            _rx(r"the work is covered|don't need to reply|crisis line|emergency services|quick handover|reassign the critical path|"
                r"Move or re-scope deadlines|is out for a while|[Pp]hased return|Welcome back|family contact|nothing is waiting on you|"
                r"hear from you|sick leave, medical leave|treat a health crisis|while they are on leave|^Don't tell the team more"),  # said in 'In your situation'
            "**This is a disclosure in confidence, not an emergency: thank {who}, keep it between you, bring in HR only "
            "with {their} agreement, and change nothing about {their} role or work without {them}.**",
            say=(
                "\"Thank you for trusting me with this. It stays between us: nobody on the team hears anything unless you "
                "decide they should, and in your words.\"",
                "\"Nothing about your role changes because of this. When you know what you'd like, reduced hours or "
                "anything else, we'll plan it together; you don't need to decide anything now.\"",
                "\"HR can set up any adjustments confidentially and make sure you're protected. Would you like me to talk "
                "to them, or would you rather go yourself, and when?\"",
            ),
            do=(
                "In the conversation: ask what would help and what {they} want{s} kept private; don't ask about the "
                "diagnosis or the outlook, and write nothing about it where the team can see it.",
                "Only with {their} agreement: bring in HR (or your people partner) so reduced hours or other adjustments "
                "are set up confidentially and recorded; agree together what HR is told. HR asks for any medical "
                "information, not you.",
                "{Name} stay{s} the lead on {work}. Over the coming months, as ordinary bus-factor practice, put a second "
                "person alongside {them} so fewer hours later never stall it; tell {who} first, so it reads as support, "
                "not a takeover, and give the team a work reason, never a health one.",
                "When {they} know{s} what the hours will be: plan the load and dates around them together; re-plan any "
                "date with stakeholders for a team reason, without health details.",
                "Keep {their} review, promotion case and projects on the same footing as before; the diagnosis changes "
                "none of it. Check in every few weeks, on {their} terms, on how things are going.",
            ),
            unless=_rx(ACUTE),
        ),
    ),
    "raise": (
        Stated(
            _rx(r"\b(?:has|got|gotten|have|had|received|holding|sitting on|came back with|with) (?:an? |another )?(?:\w+ )?(?:job )?offer\b|"
                r"\boffer from\b|\bcompeting offer\b"),
            _rx(r"whether they have an offer|Not this cycle|If there is a competing offer|I'll come back to you by Friday"),
            "**{They} told you about a competing offer{offer_due}: thank {them}, give no number today, and take it to HR "
            "and your manager today, so you can answer {them} by {answer_by}.**",
            say=(
                "\"Thank you for telling me before you decided; I want you to stay. I can't give you a number today because "
                "it isn't mine alone to decide, but I'll come back to you by {answer_by} with a real answer.\"",
            ),
            do=(
                "In the conversation: ask what matters most to {them} besides the number (the work, the level, the people), "
                "and don't ask to see the offer letter.",
                "Today: tell HR (or your people partner) and your manager: the offer ({offer_gap}), {their} deadline, and "
                "what losing {them} would cost (the work on {their} plate, months to replace). Counter-offers have their own "
                "rules and approval times, so the clock runs for them too.",
                "{answer_step}",
            ),
        ),
    ),
    "exit": (
        Stated(
            _rx(r"\bcontract (?:ends|is ending|runs out|expires)\b|\bnot (?:renewing|extending)\b|\bwon'?t (?:be )?(?:renew|extend)\w*|\bend of (?:his|her|their) contract\b"),
            _rx(r"performance|isn't meeting the bar|fell short|Setting a plan|written plan|the person and not the work|never heard clearly|"
                r"end your employment|without relying on them"),
            "**A contract that ends is not a performance exit: check the terms with HR or procurement today, then tell {who} "
            "plainly and early, with the date, the reason and thanks for the work, and agree the handover.**",
            say=(
                "To {who}: \"I want to tell you early: we're not renewing your contract: it ends on [date]. It's about "
                "[the budget / the work ending], not about you. Thank you for [the work]; let's agree the handover, and I'm "
                "happy to be a reference.\"",
            ),
            do=(
                "Today: check the contract terms with HR or procurement (notice, the agency's role, who tells whom first) "
                "before you say anything.",
                "Tell {who} in person or on video, as early as the terms allow, not by email and not on the last day.",
                "Agree the handover: what is finished, what is written down, who picks it up, and when access ends.",
            ),
        ),
    ),
    "data_incident": (
        Stated(  # someone looked up the record of a person they know: no copy to contain; a disclosure to report, and them to look after
            _rx(INSIDER_LOOKUP),
            _rx(r"\blaptop\b|\b(?:that|the) copy\b|copied files|trying to go faster|^Within the hour|revoking access, recovering or wiping|"
                r"copying data locally|^Today: report it to your security|^To the team later|^Talk to the person the same day|"
                r"^Afterwards, run a short blame-free review|^Bring in HR once security"),
            "**Looking up {lookup_whose} without a work reason is unauthorised access to personal data: it has to be reported "
            "today, to your data protection officer or privacy lead, and you can't promise {who} to keep it between you. Tell "
            "{them} that honestly, report it accurately (including that {they} came to you first), and look after {them}.**",
            say=(
                "To {who}, today: \"Thank you for telling me; I know that wasn't easy. {cant_promise}I have to report this to our "
                "data protection officer: looking at a record without a work reason has to be reported, whoever it is about. "
                "I'll describe it accurately, including that you came to me yourself, and I'll stay with you through it.\"",
                "\"Please don't open {lookup_whose} or anything linked to it again, and don't try to tidy anything up. "
                "{audit_say}\"",
                "To the data protection officer or privacy lead, today: \"One of my team told me {when_told}that {they} looked up "
                "{lookup_whose}{how_often}. {They} came to me {themselves}. Here is what I know and what I don't.\"",
            ),
            do=(
                "Today: report it to the data protection officer (or privacy or information-governance lead) through the incident "
                "route, with what was looked at, how often, over what period, and that {they} told you {themselves}. Whether the "
                "person whose record it is must be told, and whether it goes to the regulator, is their call, on a clock that "
                "starts when the organisation learns of it.",
                "Today: bring HR in alongside the privacy lead, so what follows goes by policy and is consistent; don't promise "
                "{who} an outcome either way.",
                "{audit_do}",
                "Ask the privacy lead whether {their} access should be limited while it is looked at, and have it done through "
                "them, framed as standard practice rather than a punishment.",
                "{care_line}",
                "Tell nobody else in the team; it is not theirs to know.",
                "Afterwards: remind everyone, without naming {them}, that a record of someone you know is handed to a colleague, "
                "and that a conflict is declared rather than checked.",
            ),
        ),
        Stated(
            _rx(r"public (?:\w+ ){0,2}(?:repo|repository|gist|bucket|github|gitlab|forum|community|site|page|link|channel|drive|folder)|"
                r"\bgit ?hub\b|\bgitlab\b|hugging ?face|kaggle|pastebin|\bforum\b|reddit|stack ?overflow|\blinkedin\b"),
            _rx(r"\blaptop\b|\b(?:that|the) copy\b|copied files|trying to go faster|^Today: report it to your security|"
                r"revoking access, recovering or wiping|copying data locally"),
            "**Treat this as a data incident first: report it to your security or privacy team now. Deleting it is the start of "
            "containment, not the end: while it was public, anyone could copy it. Then talk to {who}: telling you fast was right.**",
            say=(
                "To {who}: \"Thank you for telling me straight away; that was the right call. I have to report this to security "
                "now: it's not optional for customer data. Please don't clean anything up yourself; write down what was in the "
                "file, when it went up and when it came down.\"",
                "To security: \"Customer personal data (which fields, about how many records) was publicly visible from "
                "[time] to [time]; it has been taken down. Here is what I know and what I don't.\"",
            ),
            do=(
                "Now: report it to security or privacy (the data protection officer, if you have one) through the incident "
                "channel, with when it was public, which fields and how many records. Many privacy laws start a short clock "
                "when the company learns of it (in the EU and UK, 72 hours to tell the regulator); ask the DPO today which "
                "applies and whether customers must be told.",
                "Containment beyond the delete, led by security: forks and clones made while it was public, cached views "
                "(the host's support can purge them), copies in search engines or paste sites, the file in the repo's git "
                "history (making a repo private or deleting the file does not remove it), and any credentials, keys or tokens "
                "it held (revoke and rotate them).",
                "Fix the reason it happened, blamelessly: real customer data ended up in something shared outside. Give the "
                "team masked or synthetic samples for asking for help, and a pre-push or pre-post check for personal data.",
            ),
            unless=_rx(r"\blaptop\b|\busb\b|\bcop(?:y|ied)\b.{0,30}\b(?:home|personal|drive|device)"),
        ),
        Stated(
            _rx(r"chat ?bots?|chatgpt|\b(?:ai|llm|gen-?ai) (?:assistants?|tools?|services?|apps?|sites?)\b"),
            _rx(r"\blaptop\b|\b(?:that|the) copy\b|copied files|^Within the hour|revoking access, recovering or wiping|"
                r"copying data locally|^Today: report it to your security"),
            "**Treat this as a data incident first: report it to your security or privacy team today{weekend}. "
            "What was pasted now sits with an outside AI provider, so containment means the provider, not a delete on our "
            "side. Then talk to {who}: telling you was right.**",
            say=(
                "To {who}: \"Thank you for telling me; that was the right call, and I'll say so when I report it. I have to "
                "report this to security today: it's {data_kind}, so it's not optional. Please don't delete the chat yet; "
                "write down which tool and account you used, when, and roughly what you pasted.\"",
                "To security: \"{data_said} went into a public AI chatbot{when_pasted}. Here is what I know, what "
                "I don't, and the account it was pasted from.\"",
            ),
            do=(
                "Today{weekend_step}: report it to security or privacy (the data protection officer, if you have one) "
                "through the incident channel, with which fields, about how many records, which tool and account, and when. "
                "A regulator's notification clock may already be running{clock}.",
                "Containment, led by security: the chat and its history (export it as evidence, then delete it), the "
                "account's settings on keeping and training on chats, and a deletion request to the provider{card_step}.",
                "{client_step}",
                "Fix the reason it happened: give the team an approved AI tool or a sandbox with masked or synthetic data "
                "for debugging, so the fast way is the safe way.",
            ),
        ),
        Stated(  # emailed to the wrong people: the recipient deletes it, the sent item stays as evidence, nothing to take down
            _rx(EMAILED_WRONG),
            _rx(r"\blaptop\b|\b(?:that|the) copy\b|copied files|trying to go faster|^Within the hour|revoking access, recovering or wiping|"
                r"copying data locally|^Today: report it to your security|quietly tell them to stop|^To the team later|"
                r"^Talk to the person the same day|^Afterwards, run a short blame-free review|^Bring in HR once security"),
            "**Treat this as a data incident now: report it to security or your data protection officer within the hour, and "
            "ask {recipients} in writing to delete the email and every copy and confirm it. {recalled_head}Then look after "
            "{who}: telling you fast was right.**",
            say=(
                "To {who}, today: \"Thank you for telling me straight away; that was the right call, and I'll say so when I "
                "report it. I have to report this to security now: it's personal data, so it's not optional. Please don't send "
                "them anything else, and don't delete the sent email; write down what the file held, who it went to and when.\"",
                "To security or the DPO, now: \"{data_said}{count_said} went by email to {recipients}{when_shared}. Here is "
                "what I know and what I don't.\"",
                "To {recipients}, in writing, with security copied: \"An email we sent you{when_shared} held personal data "
                "meant for someone else. Please don't open or share the attachment, delete the email and any copies "
                "(downloads, forwards), and confirm in writing today that you have and that it went no further.\"",
            ),
            do=(
                "Now, within the hour: report it to security or privacy (the data protection officer, if you have one) through "
                "the incident channel, with which fields, about how many people, and who received it. Many privacy laws start "
                "a short clock (in the EU and UK, 72 hours to tell the regulator) when the company learns of it, so it goes in "
                "today, whatever the time.",
                "Now: try to recall the email if your mail system allows (outside the company it rarely works, so don't rely "
                "on it), and ask {recipients} in writing to delete it and confirm; keep their reply for the report.",
                "Today: keep a record with times (what was attached, to whom, when, when it was noticed); leave the sent email "
                "where it is as evidence until security says how.",
                "Today: talk to {who} privately: a mistake caught and reported fast, not misconduct. Say you will describe it "
                "accurately, including that {they} raised it {themselves}, and point {them} to the employee assistance "
                "programme if it is weighing on {them}. Nothing about it in front of the team.",
                "Tell your own manager today, once it is reported, so they hear it from you.",
                "Don't contact the people whose data it was until the privacy team decides who is told and how.",
                "Afterwards: fix how files leave the company (no personal data in attachments by default, a check or a delay "
                "on mail to outside addresses), in a blame-free review that doesn't name {who}.",
            ),
            unless=_rx(r"\blaptop\b|\busb\b|\bpersonal (?:laptop|email|account|drive|device|gmail|dropbox)"),
        ),
        Stated(  # sent to people outside the company: containment is asking them to delete it, not guarding a copy of ours
            _rx(SHARED_OUTSIDE),
            _rx(r"\blaptop\b|\b(?:that|the) copy\b|copied files|trying to go faster|^Within the hour|revoking access, recovering or wiping|"
                r"copying data locally|^Today: report it to your security|quietly tell them to stop|^To the team later|"
                r"^Talk to the person the same day|^Afterwards, run a short blame-free review|^Bring in HR once security"),
            "**Treat this as a data incident now: report it to security or your data protection officer within the hour, and "
            "have {recipients} delete every copy and confirm it in writing. {removed_head}Then look after {who}: catching it "
            "and saying so fast is exactly what you want.**",
            say=(
                "To {who}, today: \"Thank you for telling me straight away; that was the right call, and I'll say so when I "
                "report it. I have to report this to security now: it's personal data, so it's not optional. Please write down "
                "what was in the file, when it went up and when it came down, and leave the channel as it is.\"",
                "To security or the DPO, now: \"{data_said}{count_said} went to {recipients}{where}{when_shared}. It was up for "
                "{window_said} before it was deleted, and {seen_said}. Here is what I know and what I don't.\"",
                "To {recipients}, in writing, with security copied: \"A file we shared{where_short} contained personal data it "
                "should not have. Please make sure nobody on your side keeps any copy (downloads, previews, anything "
                "forwarded), delete any that exist, and confirm in writing today that you have and that it went no further.\"",
            ),
            do=(
                "Now, within the hour: report it to security or privacy (the data protection officer, if you have one) through "
                "the incident channel, with which fields, about how many people, who could see it and for how long. Many "
                "privacy laws start a short clock (in the EU, 72 hours) when the company learns of it, so it goes in today, "
                "whatever the time.",
                "Now, with security copied: ask {recipients} in writing to delete every copy and confirm it in writing, and "
                "keep their reply for the report.",
                "Today: keep a record with times (when it was posted, when it came down, who was in the channel, who reacted "
                "or opened it); ask the workspace admin, through security, to confirm the file itself is gone and not only "
                "the message, and for its access log. Don't tidy anything else before security says how.",
                "Today: talk to {who} privately: a mistake caught and reported within the hour, not misconduct. Say you will "
                "describe it accurately, including that {they} raised it {themselves}, and point {them} to the employee "
                "assistance programme if it is weighing on {them}. Nothing about it in front of the team.",
                "Tell your own manager today, once it is reported, so they hear it from you.",
                "Don't contact the people whose data it was, and don't say anything to the team or other clients, until the "
                "privacy team decides who is told and how.",
                "Afterwards: fix how data leaves the company (a sample with the identifiers removed by default, and a check "
                "before anything is shared outside), in a blame-free review that doesn't name {who}.",
            ),
            unless=_rx(r"\blaptop\b|\busb\b|\bpersonal (?:laptop|email|account|drive|device|gmail|dropbox)"),
        ),
        Stated(  # they already took it down: that step is done, so no line tells them not to delete
            _rx(ALREADY_REMOVED),
            _rx(r"not to delete|Don't tell them to delete|deleting can destroy"),
            "",
            adds=True,
        ),
    ),
}


_KEPT_WORK = re.compile(r"\bkeep (?:running|working on|doing|leading|owning) (?:the |her |his |their )?([\w -]{3,60}?)(?=['’\".,;!?]|$)", re.I)
_IN_TROUBLE = _rx(r"\bin trouble\b|\bget (?:fired|sacked)\b|\bconsequences?\b|\bdisciplin\w*")


# When the manager will talk to the person, if not today ('i don't know what to say to him tomorrow').
_TALK_WHEN = re.compile(r"\b(?:say|talk|tell|speak|see|meet)\b[^.?!]{0,25}?\b(?P<w>tom+or+ow|tmrw?|tonight)\b", re.I)  # as typed: 'tommorow'
_TALK_DAY = {"tonight": "tonight"}  # any other word _TALK_WHEN reads is tomorrow, however it was spelled
_OPENER = re.compile(r"^\W*(?:Thank you|Thanks|I'm (?:so |really |very )?sorry)", re.I)


def stated_case(topic: Topic, text: str) -> Stated | None:
    """What the manager stated that changes this card's playbook, or None: the first case that applies, joined by every
    fact that adds to it (see `Stated.adds`)."""
    found = [x for x in STATED.get(topic.name, ()) if x.when.search(text) and not (x.unless and x.unless.search(text))]
    main = next((x for x in found if not x.adds), None)
    extra = [x for x in found if x.adds]
    if not extra:
        return main
    cases = ([main] if main else []) + extra
    return Stated(
        when=cases[0].when,
        drops=re.compile("|".join(f"(?:{x.drops.pattern})" for x in cases), re.IGNORECASE),
        headline=main.headline if main else topic.headline,
        say=tuple(line for x in cases for line in x.say),
        do=tuple(line for x in cases for line in x.do),
        lead=main is not None,
    )


# When the manager asks for two time frames ("tonight vs monday"): the first gets what is said and done with the person,
# the second what goes through HR and the follow-up; an off-hours first frame puts the HR contact in the second.
_FRAME = r"(?:tonight|this evening|today|this afternoon|right now|now|tomorrow|this weekend|over the weekend|this week|next week|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
_FRAMES = re.compile(rf"\b(?P<a>{_FRAME})\b[^.?!]{{0,25}}?(?:\bvs\.?|\bversus\b|\bv\.|\bor\b|\band\b|\bthen\b|/|&)[^.?!]{{0,15}}?\b(?P<b>{_FRAME})\b", re.I)
_OFF_HOURS = re.compile(r"tonight|evening|weekend|saturday|sunday", re.I)
_INSTITUTION = re.compile(r"\b(?:contact|report|tell|bring|involve|call|email|escalate)\b[^.;]{0,30}\b(?:HR|employee relations|security|privacy|legal|people partner)\b", re.I)
_LATER = re.compile(r"^(?:If |Watch|Afterwards|Before they return|Agree with them what happens next|Follow|Check in|Within (?:a|the) (?:few days|week))|\bafterwards\b|\bwithin a few days\b", re.I)
_WHEN_PREFIX = re.compile(r"^(?:Today(?: or tomorrow)?|This week|Within the hour|Within a day or two|In the conversation):\s*", re.I)


def time_frames(text: str) -> tuple[str, str] | None:
    """The two time frames the manager asks about, in order ('tonight', 'Monday'), or None."""
    m = _FRAMES.search(text)
    if m is None or m.group("a").lower() == m.group("b").lower():
        return None
    return _frame_name(m.group("a")), _frame_name(m.group("b"))


def _frame_name(word: str) -> str:
    w = re.sub(r"^on ", "", word.strip(), flags=re.I).lower()
    return w.capitalize() if w.endswith("day") and w != "today" else w


def _split_steps(steps: list[str], frames: tuple[str, str]) -> tuple[list[str], list[str]]:
    """The card's steps for the first and the second time frame (see _FRAMES)."""
    first, second = [], []
    off = bool(_OFF_HOURS.search(frames[0]))
    for step in steps:
        person_first = re.match(r"(?:Today: )?(?:listen|thank|reach out|ask them|tell them|acknowledge|keep|write down)", step, re.I)
        later = _LATER.search(step) or (off and _INSTITUTION.search(step) and not person_first)
        bare = _WHEN_PREFIX.sub("", step)
        (second if later else first).append(bare[:1].upper() + bare[1:])
    return first, second


# What a manager saw or heard, as the words to say it back plainly: (pattern, what to say), in the order spoken.
_OBSERVED: tuple[tuple[re.Pattern[str], str], ...] = (
    (_rx(r"\bslurr(?:ed|ing|s)?\b"), "you were slurring your words"),
    (_rx(r"lost the thread|losing the thread|lost track|incoheren\w*|confused|not making sense"), "you lost the thread"),
    (_rx(r"smell\w* (?:of|like) (?:alcohol|booze|drink|beer|wine)|(?:alcohol|booze) on (?:his|her|their) breath"), "I noticed a smell of alcohol"),
    (_rx(r"smell\w* (?:of|like) (?:weed|cannabis)"), "I noticed a smell of cannabis"),
    (_rx(r"nodd\w* off|fell asleep|falling asleep"), "you seemed to fall asleep"),
    (_rx(r"unsteady|stumbl\w*|couldn'?t stand"), "you were unsteady on your feet"),
)
# Where it was seen: 'on the 9am incident call today', 'in standup this morning'.
_OCCASION = re.compile(
    r"\b(?:on|in|at|during|to|into) (?P<o>(?:the |this |today'?s |yesterday'?s |our )?(?:[\w:-]+ ){0,3}(?:call|meeting|standup|stand-up|"
    r"review|demo|sync|huddle|offsite|dinner|retro)(?: (?:today|this morning|this afternoon|yesterday|last night))?)\b", re.I)


_ENDS_ON = re.compile(r"\b(?:ends|ending|expires|runs out)\s+(?:on\s+)?(?P<d>(?:mon|tues|wednes|thurs|fri)day|the \d{1,2}(?:st|nd|rd|th)?|[a-z]{3,9} \d{1,2})\b", re.I)


# The day a leave starts, as the manager said it ('surgery on jan 12', 'out from the 14th', 'leave starts monday').
_AWAY_FROM = re.compile(
    r"\b(?:surgery|operation|procedure|leave|out|off|away)\b(?:\s+(?:starts?|begins?|is|will be))?\s+(?:on|from|starting)\s+"
    r"(?P<d>(?:mon|tues|wednes|thurs|fri)day|the \d{1,2}(?:st|nd|rd|th)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b",
    re.I,
)


_COUNT = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# How long a leave lasts, as the manager said it ('out six to eight weeks', 'out about six weeks, maybe eight').
_AWAY_FOR = re.compile(
    rf"\b(?:out|off|away)\s+(?:for\s+)?(?P<about>(?:about|around|roughly)\s+)?(?P<a>{_COUNT})(?:\s*(?:-|to)\s*(?P<b>{_COUNT}))?\s+weeks?\b(?:,?\s+(?:maybe|possibly|perhaps|or)\s+(?P<c>{_COUNT})\b)?",
    re.I,
)


def _said_date(said: str) -> str:
    """A date as the manager said it, with capitals ('jan 12' -> 'Jan 12', 'thursday' -> 'Thursday')."""
    return re.sub(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", lambda m: m.group(0).capitalize(), _capital_days(said))


def _fill(item: str, text: str, person: str | None) -> str:
    """A card line with its placeholders filled from the question: the person's name, and for an observed incident
    where it happened and what was seen (a placeholder the question does not fill stays, for the manager to fill)."""
    item = item.replace("[Name]", person or "[Name]")
    ends = _ENDS_ON.search(text)
    if ends and "[date]" in item:
        item = item.replace("ends on [date]", f"ends on {_capital_days(ends.group('d'))}")
    away = _AWAY_FROM.search(text)
    if away and "from [date]" in item:  # "surgery on jan 12": the day they are out from
        item = item.replace("from [date]", f"from {_said_date(away.group('d'))}")
    weeks = _AWAY_FOR.search(text)
    if weeks and "for a few weeks" in item:  # "out about six weeks, maybe eight": how long, as they said it
        said = f"{weeks.group('a')} to {weeks.group('c')} weeks" if weeks.group("c") else f"{weeks.group('a')}{' to ' + weeks.group('b') if weeks.group('b') else ''} weeks"
        item = item.replace("for a few weeks", f"for {'about ' if weeks.group('about') else ''}{said}")
    occasion = _OCCASION.search(text)
    if occasion and "[when it happened]" in item:
        said = occasion.group("o")
        said = said if re.match(r"(?:the|this|today|yesterday|our)\b", said, re.I) else f"the {said}"
        item = item.replace("[when it happened]", said)
    seen = [said for pattern, said in _OBSERVED if pattern.search(text)]
    if seen and "[what you saw and heard]" in item:
        joined = seen[0] if len(seen) == 1 else ", ".join(seen[:-1]) + " and " + seen[-1].removeprefix("you ")
        item = item.replace("I noticed [what you saw and heard]", joined[0].upper() + joined[1:])
    return item


# What a disclosed struggle or a transition adds to the card's lines, read from the manager's words.
_RULE = re.compile(r"\b(?:staff|employees|we|people|everyone)(?: are| is|'re)? (?:banned|not allowed|prohibited|forbidden) (?:from |to )?(?P<r>[^.;,]{3,60})", re.I)
_MONEY = re.compile(r"(?:about |around |roughly |~\s?)?[£$€]\s?\d[\d.,]*\s?[kK]?\b")
_WHEN_ASKED = re.compile(r"\bbefore (?:the )?(?:break|holidays?|christmas|new year|end of (?:the )?year)\b|\bbefore (?:mon|tues|wednes|thurs|fri)day\b|\bby (?:mon|tues|wednes|thurs|fri)day\b|\bthis week\b|\bnext week\b", re.I)
_FROM_DATE = re.compile(r"\bfrom (?P<d>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: \d{1,2}(?:st|nd|rd|th)?)?|next (?:week|month|year)|the new year|(?:mon|tues|wednes|thurs|fri)day)\b", re.I)
_SYSTEM_NAMES = {"slack": "Slack", "teams": "Teams", "github": "GitHub", "gitlab": "GitLab", "git": "Git", "jira": "Jira",
                 "confluence": "Confluence", "notion": "Notion", "linear": "Linear", "okta": "Okta", "wandb": "W&B", "mlflow": "MLflow"}
_FIELDS = re.compile(r"\b(?:cardholder names|card numbers|last (?:4|four) digits|billing addresses|(?:home |email )?addresses|names|"
                     r"emails|phone numbers|dates of birth|passport numbers|account numbers|transaction amounts|health records|salaries)\b", re.I)
_CLIENT = re.compile(r"\bclients?\b|\bcustomer(?:'s)? (?:is|are|was)\b|\blaw firm\b|\bpartner(?:'s)? (?:data|documents|NDAs?)\b", re.I)
_COUNT = re.compile(r"(?:~\s?|about |around |roughly |some |over )?\d[\d,]*\s*(?:k\s+)?(?:rows of |records of |lines of )?$", re.I)


def _data_said(text: str) -> str:
    """What was exposed, in the manager's words with the count they gave ('~200 client NDAs'), or the fields named."""
    fields = [f.strip() for f in _FIELDS.findall(text)][:4]
    if fields:
        return f"Customer personal data ({_listed(fields)})"
    m = re.search(_DATA, text, re.I)
    if m is None:
        return "Customer personal data (which fields, about how many records)"
    count = _COUNT.search(text[max(0, m.start() - 25) : m.start()])
    said = f"{count.group(0).strip()} {m.group(0)}" if count else m.group(0)
    return said[:1].upper() + said[1:]


# What a share outside the company says about who got it, how much, for how long and whether it was seen.
_RECIPIENTS = re.compile(r"\b(?:the |our |a |an |their )?(?:(?!(?:with|to|in|into|our|the|a|an|some)\b)[\w-]+ )?" + OUTSIDERS + r"(?:'s|s)?\b"
                         r"|\b(?:a |an |the )?(?:(?!(?:with|to|in|into|a|an|the)\b)[\w-]+ ){0,2}?(?!(?:with|to|in|into)\b)[a-z][\w-]+ at (?:the |a )?(?:wrong|another|other) [\w-]+", re.I)
_HOW_MANY = re.compile(r"(?:(?:about|around|roughly|nearly|almost|over|some|like) |~\s?)?\d[\d,.]*k?\s+(?:guests|customers|users|patients|passengers|people|"
                       r"records|rows|employees|clients|members|students|accounts|applicants|candidates|donors|subscribers|policyholders|claimants|"
                       r"tenants|residents|borrowers|drivers|riders|visitors|pupils|parents|citizens)\b", re.I)
_UP_FOR = re.compile(r"\b(?P<n>(?:about |around |roughly |maybe |like )?(?:\d+|a few|an|a|half an|twenty|thirty|forty|fifty|ten|fifteen) (?:minutes?|mins?|hours?))"
                     r"(?: later| after| before)\b", re.I)
_IN_WHERE = re.compile(r"\bin (?:our |the |a |their )?(?P<w>(?:shared |joint |external |public )?(?:slack|teams|discord)? ?(?:channel|workspace|thread|group chat|chat))\b", re.I)
_WHEN_SHARED = re.compile(r"\b(?:this (?:morning|afternoon|evening)|earlier today|today|yesterday|last night)\b", re.I)
_SEEN = re.compile(r"\b(?:someone|somebody|one of them|at least one|they)\b[^.;]{0,20}\b(?:reacted|replied|saw|opened|downloaded|viewed|clicked|responded)\b|"
                   r"\b(?:at least one|one or more) (?:of them |person )?(?:saw|has seen|opened|downloaded)\b", re.I)
_CHANNEL_SIZE = re.compile(r"\b(?:like |about |around |maybe )?(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen) (?P<k>[\w-]+ )?people in (?:that|the|this) (?:channel|thread|chat)", re.I)


_ABOUT = re.compile(r"^(?:about|around|roughly|nearly|almost|over|some|like|~)\s*", re.I)


def _shared_words(text: str, words: dict[str, str]) -> dict[str, str]:
    """For personal data sent outside the company: who has it, how many people it is about, where and when it went,
    how long it was up and whether someone saw it, all in the manager's words (slots say so when not stated)."""
    got = next((m.group(0).strip() for m in _RECIPIENTS.finditer(text) if re.search(r"(?:with|to|in|into)\s*$", text[max(0, m.start() - 60) : m.start()], re.I)), "")
    recipients = re.sub(r"(?:'s|s)$", "", got, flags=re.I) if got else "the recipients"
    recipients = recipients if re.match(r"(?:the|our|their)\b", recipients, re.I) else f"the {re.sub(r'^(?:a|an) ', '', recipients)}"
    many, up, where = _HOW_MANY.search(text), _UP_FOR.search(text), _IN_WHERE.search(text)
    when, seen, size = _WHEN_SHARED.search(text), _SEEN.search(text), _CHANNEL_SIZE.search(text)
    could = f"{size.group('n')} {size.group('k') or ''}people could see it" if size else "people outside could see it"
    removed = re.search(ALREADY_REMOVED, text, re.I)
    return {
        "recipients": recipients.lower() if not re.search(r"[A-Z]", recipients[4:]) else recipients,
        "count_said": f" for about {_ABOUT.sub('', many.group(0))}" if many else "",
        "where": f" in our {where.group('w').lower().replace('slack', 'Slack')}" if where else "",
        "where_short": " in the channel" if where else "",
        "when_shared": f" {when.group(0).lower()}" if when else "",
        "window_said": re.sub(r"^(?:maybe|like) ", "about ", up.group("n").lower()) if up else "[how long]",
        "seen_said": f"{could} and at least one did" if seen else f"{could}; we don't know yet whether anyone opened it",
        "recalled_head": (f"{words['Who']} recalling it fast was the right first step, but a recall rarely reaches an outside "
                          "inbox. " if removed else ""),
        "removed_head": (f"{words['Who']} deleting it fast was the right first step, but it doesn't undo what was seen or "
                         "downloaded. " if removed else "Take it down now (note first who could see it, for the report). "),
    }


_HOW_OFTEN = re.compile(r"\b(?:several|a few|many|multiple|a couple of|\d+|two|three|four|five|six|ten|dozens of) times\b(?: (?:over|in|during|across) (?:the )?(?:last|past) [\w ]{3,20}?(?=[.,;!?]|\s+(?:and|but|so)\b|$))?", re.I)
_AUDIT = re.compile(r"\baudit(?:ing)? (?:log|trail)s?\b|\baccess logs?\b|\b(?:log|logs|system) will (?:probably |likely )?(?:flag|show|catch|pick)", re.I)
_WHEN_TOLD = re.compile(r"\b(?:this (?:morning|afternoon|evening)|earlier today|today|yesterday|last night)\b", re.I)
_THEIR_SITUATION = re.compile(r"\b(?:is|was|has been|being) (?:on (?:the |a )?[\w -]{0,20}?waiting list|in hospital|seriously ill|dying|in (?:a|the) (?:trial|case|dispute)[\w ]{0,20})", re.I)
_STRANGER = re.compile(r"celebrity|footballer|politician|famous", re.I)


def _lookup_words(text: str, words: dict[str, str]) -> dict[str, str]:
    """For a record looked up without a work reason: whose it was, how often, whether it was asked to stay secret and
    whether a log will show it, in the manager's words (empty when not said)."""
    m = re.search(INSIDER_LOOKUP, text, re.I)
    said = m.group(0) if m else ""
    who = re.search(rf"\b{_KNOWN_PERSON}\b", said, re.I)
    nouns = re.findall(rf"\b{_RECORD}\b", said, re.I)
    relation = who.group(0).lower() if who else "someone they know"
    owner = f"a {relation}'s" if _STRANGER.search(relation) else f"{words['their']} {relation}'s" if who else "the"
    record = (nouns[-1].lower() if nouns else "record")
    situation = _THEIR_SITUATION.search(text)
    often, told = _HOW_OFTEN.search(text), _WHEN_TOLD.search(text)
    audit = _AUDIT.search(text)
    care = (f"{words['their']} {relation} {situation.group(0)}, which is frightening to live with" if who and situation else
            f"whatever drove it, {words['they']} {words['are']} likely frightened now")
    return {
        "lookup_whose": f"{owner} {record}",
        "lookup_relation": relation,
        "how_often": f" ({often.group(0).strip()})" if often else "",
        "when_told": f"{told.group(0).lower()} " if told else "",
        "cant_promise": "You asked me not to tell anyone, and I can't promise that. " if CONFIDENTIAL.search(text) else "",
        "audit_say": ("The audit log will show what happened anyway, and it is far better for you that it matches what you've "
                      "told me." if audit else ""),
        "audit_do": ("Leave the audit log to the privacy lead: don't pull it or ask around yourself. That {who} told you before "
                     "it flagged anything counts for {them}; say so in the report." if audit else
                     "Don't look into it yourself (pulling access logs, asking colleagues): that belongs to the privacy lead."
                     ).format(**words),
        "care_line": f"Look after {words['who']}: {care}. Offer the employee assistance programme and time off if "
                     f"{words['they']} need{words['s']} it, and check in again in a few days.",
    }


def _solo_words(text: str, words: dict[str, str]) -> dict[str, str]:
    """For work the person asked to stop doing alone: the work in the manager's words, and the skill only they have,
    which a second person is trained on (empty lines when no one is said to be the only one)."""
    solo, only = SOLO_WORK.search(text), ONLY_TRAINED.search(text)
    work = (solo.group("w") or solo.group("w2") or "").strip() if solo else ""
    work = re.sub(r"^(?:her|his|their|any)\s+", "the ", work, flags=re.I) if work else "that work"
    work = work if re.match(r"(?:the|a|an)\b", work, re.I) else f"the {work}"
    skill = re.sub(r"^(?:the|a|an)\s+", "", only.group("w").strip(), flags=re.I) if only else ""
    return {
        "solo_work": work,
        "second_head": f", and train a second person on the {skill} so it stops resting on {words['them']}" if skill else "",
        "skill_say": (f"\"I'd also like to train a second person on the {skill}, so it never rests on one person. If you'd like "
                      "to help show them, great; if not, that's fine too.\"" if skill else ""),
        "skill_do": (f"This week: start training a second person on the {skill} (a colleague, or a short course), so the work "
                     f"no longer rests on {words['them']} alone and a deadline never depends on {words['them']} going out." if skill else ""),
    }


_WEEKEND = re.compile(r"\bfriday\b|\bweekend\b", re.I)
_PASTED_WHEN = re.compile(r"\b(?:yesterday|today|this morning|last night|last week|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
_PRONOUNS = re.compile(r"\b(?:she/her|he/him|they/them)\b", re.I)
_HELP_FOR = ((_rx(r"gambl|betting|\bbets\b"), "a gambling support helpline (and self-exclusion from betting sites and apps)"),
             (_rx(r"drink|alcohol"), "an alcohol support service or your doctor"),
             (_rx(r"\bdebts?\b|[£$€]\s?\d|\bowes?\b|\bloans?\b"), "a free debt advice service"))


def _care_words(text: str, words: dict[str, str]) -> dict[str, str]:
    """The words a disclosed struggle or a transition fills in: the rule broken, the money, the help that fits, when
    the note is wanted, the new date and pronouns."""
    rule, money = _RULE.search(text), _MONEY.search(text)
    when, start, said = _WHEN_ASKED.search(text), _FROM_DATE.search(text), _PRONOUNS.search(text)
    helps = [help for pattern, help in _HELP_FOR if pattern.search(text)][:2]
    systems = list(dict.fromkeys(_SYSTEM_NAMES.get(m.lower(), m.lower()) for m in re.findall(_SYSTEMS, text, re.I)))
    start_words = start.group("d") if start else "[the date]"
    if start and not start_words.lower().startswith(("next", "the")):
        start_words = start_words[:1].upper() + start_words[1:]
    return {
        "rule": f" ({rule.group('r').strip()})" if rule else "",
        "the_rule": rule.group("r").strip() if rule else "what you told me",
        "money": f" ({money.group(0).strip()}, as {words['they']} told you)" if money else "",
        "the_help": _listed(["the employee assistance programme (EAP)", *(helps or ["a specialist service"])]),
        "systems": _listed(systems),
        "weekend": ", not after the weekend" if _WEEKEND.search(text) else "",
        "weekend_step": ", before the weekend" if _WEEKEND.search(text) else "",
        "clock": ", and it runs over the weekend too" if _WEEKEND.search(text) else "",
        "data_said": _data_said(text),
        "client_step": ("Today, with security and legal: whether, when and how the client is told. Their contract may require "
                        "prompt notice; don't contact them yourself before that is decided, and don't wait for them to find out."
                        if _CLIENT.search(text) else ""),
        "fields": _listed([f.strip() for f in _FIELDS.findall(text)][:4]) or "which fields, about how many records",
        "when_pasted": f" ({_PASTED_WHEN.search(text).group(0).lower()})" if _PASTED_WHEN.search(text) else "",
        "data_kind": "confidential client material" if _CLIENT.search(text) else "customer data",
        "card_step": "; card data also goes to whoever owns payment-card compliance" if re.search(r"\bcard", text, re.I) else "",
        "when": when.group(0).lower() if when else "soon",
        "contact_day": _contact_day(text),
        **_handover_words(text, words),
        "the_date": _capital_days(start_words),
        "pronouns": said.group(0).lower() if said else {"she": "she/her", "he": "he/him"}.get(words["they"], "[pronouns]"),
        "themselves": {"he": "himself", "she": "herself"}.get(words["they"], "themselves"),
    }


def _handover_words(text: str, words: dict[str, str]) -> dict[str, str]:
    """What only the person on leave knows, and the dated event it is needed for, said back in the manager's words."""
    sole, event = re.search(_SOLE_KNOWER, text, re.I), DATED_EVENT.search(text)
    said = ""
    if event:
        day = re.sub(r"\b([a-z]{3})[a-z]*\b", lambda m: m.group(1).capitalize(), event.group("d"), count=1)
        what = re.sub(r"(?i)\b(?:fda|ema|iso|hipaa|gdpr)\b", lambda m: m.group(0).upper(), event.group("e").strip())  # agencies as written
        the = "" if re.match(r"(?i)(?:the|a|an|our|his|her|their)\b", what) else "the "
        said = f"{the}{what} on {day}"
    return {
        "sole_work": sole.group("w").strip() if sole else "this work",
        "their_work": sole.group("w").strip() if sole else f"{words['their']} work",
        "event": said or "the dates on {their} work".format(**words),
        "before_event": f", well before {said}" if said else "",
        "event_inside": f", and {said} needs it" if said else "",
        "rehearsal": (f"a dry run of {said} with the new owner before {words['they']} go{'es' if words['they'] != 'they' else ''}" if said else
                      f"the new owner running it once while {words['they']} {words['are']} still here"),
    }


def _contact_day(text: str) -> str:
    """The day of the next contact with the person named, as the manager said it (' on Thursday'), or ' soon'."""
    contact = re.search(_NEXT_CONTACT, text, re.I)
    day = _DAY.search(contact.group(0)) if contact else None
    if day is None:
        return " soon"
    said = day.group(0).lower()
    return f" {said}" if said in ("tomorrow", "next week") else f" on {_DAY_NAMES.get(said, said.capitalize())}"


# What a civic duty note names: the work they alone do, how long the duty may run, and who waits on the date.
_THE_ONE_DOING = re.compile(r"\bthe (?:one|only one|person) (?:doing|running|on|owning|who owns|who'?s doing|handling)\s+(?P<w>[^.;,!?]{3,60}?)(?=\s+(?:and|but|so)\b|[.;,!?]|$)", re.I)
_DUTY_SPAN = re.compile(r"\b(?:the (?:whole |entire )?week of (?:the )?\w+|(?:could|might|may|can) (?:run|go|last|drag) (?:on )?(?:into|until|till|past|to) (?:the )?\w+)", re.I)
_TELL_NOW = re.compile(r"\b(?:do|should) i tell (?P<n>[A-Za-z]+) (?:now|today|yet|already|right away)\b|\btell (?P<m>[A-Za-z]+) now or wait\b", re.I)


def _civic_words(text: str, person: str | None) -> dict[str, str]:
    """For a civic duty: which duty, the work the person alone does, the span the manager gave, who waits on the date."""
    duty = _DUTY_NAME.search(text)
    doing, span = _THE_ONE_DOING.search(text), [m.group(0) for m in _DUTY_SPAN.finditer(text)]
    tell = _TELL_NOW.search(text)
    asker = (tell.group("n") or tell.group("m")) if tell else ""
    asker = "" if asker.lower() in _NOT_ASKERS else asker.capitalize()
    return {"duty": duty.group(0).lower() if duty else "civic duty",
            "duty_work": doing.group("w").strip() if doing else "",
            "span": ", ".join(span[:2]), "waiting": asker}


def civic_note(text: str, person: str | None) -> list[str]:
    """For a computed answer (a forecast, a what-if) about someone called for jury service or another civic duty: the
    duty protected and the work planned around it, in a few lines under the answer; none when no such duty is named."""
    topic = topic_of(text)
    if topic is None or topic.name != "civic_duty":
        return []
    w = _pronouns(text, person) | _civic_words(text, person)
    span = f" ({w['span']}, as you said)" if w["span"] else ""
    work = w["duty_work"] or f"{w['their']} part of the work"
    lines = ["", f"**{w['Whose']} {w['duty']}**",
             f"- It is a legal duty, not something to negotiate: plan on the longest it could run{span}, and don't ask "
             f"{w['who']} to defer it or work around the court's hours.",
             f"- Name who covers {work} now, and have {w['who']} hand it over before {w['they']} go{'es' if w['they'] in ('he', 'she') else ''} "
             f"(a short write-up, a walkthrough, the access the cover needs); the dates above do not count the days {w['who']} is out."]
    if w["waiting"]:
        lines.append(f"- Tell {w['waiting']} now rather than when you know more: the risk, the plan with the cover, and the day "
                     "you will know (when the court confirms). Waiting for certainty turns a risk into a surprise.")
    lines.append("- HR only for the practicalities (pay during the duty, the summons letter); it is a scheduling question, not a people process.")
    return lines


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def _fill_words(item: str, words: dict[str, str]) -> str:
    """A card line's placeholders that the question's words fill (see _care_words); the rest stay for the manager."""
    for slot, key in (("[the rule]", "the_rule"), ("[the help]", "the_help"), ("[the date]", "the_date"),
                      ("[pronouns]", "pronouns"), ("[them]", "them"), ("[Their]", "Their")):
        if slot in item and key in words:
            item = item.replace(slot, words[key])
    return item


def _capital_days(text: str) -> str:
    return re.sub(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", lambda m: m.group(0).capitalize(), text)


def _day(value: date) -> str:
    return value.strftime("%a %d %b")


def _offer_words(text: str, today: date | None, words: dict[str, str]) -> dict[str, str]:
    """For a disclosed competing offer: its stated deadline and the date to answer by (a week before it, never
    sooner than two days from today), the gap as stated, and the step that sets the answer date."""
    from agent.understanding.dates import find_dates
    from agent.understanding.text import normalise

    gap = _OFFER_GAP.search(text)
    out = {"offer_gap": f"{gap.group(0).strip()} as {words['they']} told you" if gap else "what {they} told you about it".format(**words),
           "offer_due": "", "answer_by": "a date you name, and soon", "answer_step": ""}
    due = next((d.value for d in find_dates(normalise(text), today) if d.role in ("deadline", "answer_by") and d.value > today), None) if today else None  # 'needs to reply by feb 2': the offer's own date
    if due is None:
        return out
    two_working_days = today + timedelta(days=2 + (2 if today.weekday() >= 3 else 0))  # Thu/Fri: over the weekend
    answer = due - timedelta(days=7)
    if answer < two_working_days:  # too close for a week's margin: two working days, or the day before it is due
        answer = min(two_working_days, due - timedelta(days=1))
    answer = max(answer - timedelta(days=max(0, answer.weekday() - 4)), today)  # a weekend moves back to the Friday
    said = "the end of today" if answer == today else _day(answer)
    ahead = "a week before" if due - answer >= timedelta(days=7) else "before"
    out |= {
        "offer_due": f" and a deadline of {_day(due)}",
        "answer_by": said,
        "answer_step": f"Set your answer date from {words['their']} deadline: {said}, {ahead} {_day(due)}, so "
        f"{words['they']} can decide with your answer in hand. Tell HR and your manager that date today; it is theirs to meet too.",
    }
    return out


_ON_CALL = re.compile(r"\bon[- ]?call\b|\brota\b|\bpager\b", re.I)


def _impairment_lines(text: str, facts: Mapping[str, Any], words: dict[str, str], today: date | None) -> list[str]:
    """For suspected impairment: the on-call shift it puts at risk, on the day stated, and who covers it."""
    if not _ON_CALL.search(text):
        return []
    start = facts.get("start_date")
    if not (isinstance(start, str) and start) and today is not None:  # the situation keeps no dates for a sensitive turn
        from agent.understanding.dates import find_dates
        from agent.understanding.text import normalise

        start = next((d.value.isoformat() for d in find_dates(normalise(text), today) if d.value > today), None)
    if isinstance(start, str) and start:
        shift = f"{words['They']} {words['are']} on call from {_day(date.fromisoformat(start))}: take {words['them']} off that shift"
    else:
        shift = f"{words['They']} {words['are']} due on call: take {words['them']} off {words['their']} next shift"
    return [
        f"{shift} now and arrange cover (the "
        "secondary, or a swap), framed to the team as an ordinary rota change. Put "
        f"{words['them']} back on once you have talked and agreed it with HR."
    ]


_MONTH_DAY = r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)"
# When a planned leave starts and how long it runs, as stated ('spine surgery on jan 12 and will be out about six weeks, maybe eight').
_LEAVE_START = re.compile(rf"\b(?:surgery|operation|leave|out|off|procedure)\b[^.;]{{0,20}}?\b(?:on|from|starting)\s+(?P<d>{_MONTH_DAY})\b", re.I)
_LEAVE_WEEKS = re.compile(r"\b(?:out|off|away|on leave)\s+(?:for\s+)?(?:about |around |roughly |~)?(?P<a>\d+|\w+)\s+weeks?"
                          r"(?:,?\s+(?:maybe|possibly|or|up to|to|-)\s+(?P<b>\d+|\w+))?", re.I)


def _weeks(word: str | None) -> int | None:
    said = number(word) if word else None
    return None if said is None else int(said)


def _leave_window_lines(text: str, words: dict[str, str], today: date | None) -> list[str]:
    """For a planned leave with a stated start, length and a dated event the work is for: whether the event falls inside
    the leave, and so who leads it; arithmetic on the manager's own dates only."""
    from agent.understanding.dates import find_dates
    from agent.understanding.text import normalise

    start, span, event = _LEAVE_START.search(text), _LEAVE_WEEKS.search(text), DATED_EVENT.search(text)
    if today is None or not (start and span and event):
        return []
    first, last = _weeks(span.group("a")), _weeks(span.group("b")) or _weeks(span.group("a"))
    begins = next((d.value for d in find_dates(normalise(start.group("d")), today)), None)
    on = next((d.value for d in find_dates(normalise(event.group("d")), today)), None)
    if not (first and last and begins and on):
        return []
    back_late = begins + timedelta(weeks=max(first, last))
    said = span.group("a") if first == last else f"{span.group('a')} to {span.group('b')}"  # the manager's own numbers, as said
    what = event.group("e").strip()
    what = re.sub(r"(?i)\b(?:fda|ema|iso|hipaa|gdpr)\b", lambda m: m.group(0).upper(), what)
    the = "" if re.match(r"(?i)(?:the|a|an|our)\b", what) else "the "
    if begins <= on <= back_late:
        return [f"The dates: {words['name']} is out from {_day(begins)} for {said} weeks, so {the}{what} on {_day(on)} falls "
                f"inside the leave. The new owner leads it; rehearse it with {words['them']} before {_day(begins)}, and agree now "
                f"with whoever runs {the}{what} that it goes ahead on that basis."]
    if on < begins:
        return [f"The dates: {the}{what} on {_day(on)} comes before the leave starts on {_day(begins)}, so {words['name']} can "
                "still lead it; the handover is about what comes after."]
    return []


# Who brought a report to the manager ("luz (one of my DS) told me that kazimierz ..."): the person the answer is about.
_REPORTER = re.compile(r"\b(?P<n>[A-Za-z][a-z]{2,})\b(?:\s*\([^)]{0,40}\))?(?:,[^,]{0,40},)?\s+(?:told me|came to me|says|said|reported|mentioned|messaged me|confided)\b")
_ROLE_BEFORE = re.compile(r"\b(?:my|our|the|a|an|his|her|their|junior|senior|new|lead|staff|principal|grad|graduate)\s+$", re.I)
_NOT_REPORTERS = frozenset(
    "she he they someone somebody one it this that who which what and but so also team people colleagues folks everyone "
    "both two three several reports juniors seniors engineers analysts others members".split()
)


def _reporter(text: str, topic: Topic, person: str | None) -> str | None:
    """For a report about someone else (harassment, a complaint), the person who brought it; else `person`."""
    if topic.name not in ("harassment", "complaint", "integrity"):
        return person
    bracketed = _BRACKETED_REPORTER.search(text)  # 'one of my junior DS (Pilar) came to me'
    if bracketed:
        return bracketed.group("n")
    m = next((m for m in [*_REPORTER.finditer(text), *_REPORTER_APPOSED.finditer(text)] if m.group("n").lower() not in _NOT_REPORTERS and _could_be_a_name(m.group("n"))
              and not _ROLE_BEFORE.search(text[max(0, m.start() - 30) : m.start()])), None)  # 'one of my junior engs (he) told me': a role
    return m.group("n").capitalize() if m else person


# 'bethany, one of my junior ML engineers (4 months in, her first job), stayed after our 1:1 today and showed me DMs from
# corwin': a name opening its sentence, described, then bringing it to the manager.
_REPORTER_APPOSED = re.compile(r"(?:^|[.!?]\s+|\n)(?:[\w' ]{0,40}?[.:]\s+)?(?P<n>[A-Za-z][a-z]{2,}),[^.]{0,110}?\b(?:showed me|told me|came to me|came to see me|pulled me aside|confided in me|messaged me|flagged (?:it|this) to me)\b")
_BRACKETED_REPORTER = re.compile(r"\((?P<n>[A-Z][a-z]{2,})\)\s+(?:told me|came to me|came to see me|says|said|reported|mentioned|messaged me|confided|pulled me aside)\b")


def _could_be_a_name(word: str) -> bool:
    """'Pilar', 'kwame': a name; 'standup' ('came to me after standup, shaking, said'): a word."""
    from agent.understanding.people import is_first_name, rare_word

    return word[:1].isupper() or is_first_name(word) or rare_word(word)


# Dated things a hard personal moment lands on, by what the manager has to do about each before its day.
# The person said they want to do it anyway ('messaged that she still wants to', 'insists on presenting'): their choice, with a backup.
_WANTS_TO_PRESENT = re.compile(r"\b(?:still |really )?(?:wants?|wanting|would like|'d like|insists?|insisting|keen|determined|plans?|intends?) (?:on |to )?(?:do it|present\w*|pitch\w*|go ahead|give it|run it|be there)\b|\bstill wants? to\b", re.I)
_STAKE_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a judgement of their work the person they reported takes part in: 'he is reviewing her work for her probation sign-off'
    ("judged", re.compile(r"\bprobation\w*|\bsign-?off\b|\bappraisal|\bperformance review|\bpromotion (?:case|panel|review|packet)|"
                          r"\breview(?:ing|s)? (?:her|his|their) (?:work|code|case|packet)", re.I)),
    # a meeting the person shares with whoever they reported: 'the design review with him again on tuesday'
    ("together", re.compile(r"\b(?:review|meeting|standup|stand-up|sync|1:1|offsite|workshop|call|session|retro|planning|demo|walk-?through|site visit|visit|inspection|tour|shift)\b[^.;]{0,60}\bwith (?:him|her|them|this (?:guy|man|woman|person)|that (?:guy|man|woman|person))\b"
                            r"|\bwith (?:him|her|them|this guy|that guy)\b[^.;]{0,20}\b(?:review|meeting|standup|sync|offsite|workshop|call|session|retro|walk-?through|visit)\b", re.I)),
    ("personal", re.compile(r"\bfuneral|\bmemorial|\bwake\b|\bburial|\bsurgery|\boperation\b|\bappointment|\bhearing\b|\bcourt\b|\bscan\b", re.I)),
    ("return", re.compile(r"\b(?:goes|going|go|is|are|gets?|heads?|headed)\s+back\b|\bback (?:out|on|at|in|to)\b|\breturns?\b|\breturning\b|"
                          r"\b(?:be|come|coming|came|get|back) (?:in|into (?:work|the office))\b|\bbe back\b", re.I)),  # 'she'd probably be in on monday
    ("present", re.compile(r"\bpresent\w*|\bdemo\w*|\bpitch\w*|\bkeynote|\btalk\b|\bworkshop|\bto the board\b|\bboard (?:meeting|pack|review)|\ball[- ]hands|\bwalkthrough|\bshowcase", re.I)),
    ("cover", re.compile(r"\brota\b|\bon[- ]call|\bshifts?\b|\bovernight|\bnight (?:shift|duty)|\bcold snap|\bstorm\b|\bpeak\b|\brush\b", re.I)),
)
_STAKE_LEAD = re.compile(r"^\s*(?:and|but|so|also|plus|then|tho|though)?\s*(?:(?:he|she|they|it)(?:'s| is|'re| are)?\s+(?:the (?:one|only one|person)\s+(?:who(?:'s| is)?\s+)?)?)?", re.I)


def _stake_line(kind: str, when: str, words: dict[str, str], topic: Topic, days_away: int) -> str:
    """What to settle before one dated thing (`when`: its day and the manager's words), in the person's situation."""
    they, them, their = words["they"], words["them"], words["their"]
    if kind == "judged" and topic.name in ("harassment", "conduct", "complaint"):
        return (f"Before {when}: that review is already in another senior's hands, arranged through HR, and {their} result rests "
                f"on {their} work alone; tell {them} it is done, so {they} {words['are']} not left wondering.")
    if kind == "personal":
        return f"{when}: {they} {words['are']} off for it, no questions asked and no need to ask; plan the cover now and tell {them} it is done."
    if kind == "return":
        if topic.name in ("harassment", "conduct", "complaint"):
            return (f"Before {when}: make sure {they} {words['are']} not out there alone with the person: go with {them}, "
                    f"send someone with {them} or give {them} other work that day, and agree with HR before then what happens on "
                    "the other side.")
        return f"Before {when}: agree with {them} how that day will go, and what {they} can step back from if it is too much."
    if kind == "together" and topic.name in ("harassment", "conduct", "complaint"):
        return (f"Before {when}: don't leave {them} in that room with the person without a plan. Ask {them} what {they} "
                f"want{words['s']}: to skip it and send notes (at no cost to {them}), to go with you in the room chairing it, "
                "or to have the person join another way; and tell HR the meeting is coming.")
    if kind == "present" and topic.name in ("bereavement", "health_crisis"):  # nothing says they want to: it comes off them
        return (f"{when}: take it off {them} now: move the item, or have someone else present it (a colleague who knows the "
                f"work, or you), and tell {them} it is handled. Don't ask {them} to decide this week; if {they} later want{words['s']} "
                "to present it, offer that then.")
    if kind in ("present", "present_wanted"):
        return (f"{when}: have a backup ready now (a colleague who knows the work, or you) and tell {them} it is covered "
                f"whichever way {they} decide{words['s']}; let {them} choose, and if {they} still present{words['s']}, keep {their} part "
                "short and take the questions yourself.")
    if kind == "cover":
        return (f"{when}: line up the cover now; offer {them} the choice of keeping it with a named backup on call or "
                "handing it over, and make the backup real either way.")
    away = f", {days_away // 7} weeks away" if days_away >= 14 else f", {days_away} days away" if days_away > 1 else ""
    return (f"{when}{away}: decide this week whether it moves, narrows or gets a second person, and tell the stakeholder "
            f"yourself, without personal details; it must not quietly rest on {them}.")


def _dated_stakes(text: str, words: dict[str, str], topic: Topic, today: date | None) -> list[str]:
    """Each dated thing the question names that is still ahead (a presentation, a return to where it happened, a rota, an
    audit, a funeral), with what to settle before its day, in the manager's words: the card's playbook says 'the
    deadline'; this says which one and when."""
    if today is None or topic.name not in ("bereavement", "health_crisis", "harassment", "conduct", "complaint", "carer", "adjustment",
                                          "disclosed_struggle", "hardship", "impairment", "domestic_abuse", "planned_leave"):
        return []
    from agent.understanding.dates import find_dates
    from agent.understanding.text import normalise

    stakes: dict[str, list[tuple[str, str, int]]] = {}
    seen: set[date] = set()
    for said in (c.strip(" ,'\"") for c in _STAKE_SPLIT.split(re.sub(r"\s*[()]\s*", ", ", text))):  # an aside in brackets stays in its clause
        if len(said.split()) < 3 or _PAST_EVENT.search(said) or _ASKS_WHEN.search(said):
            continue  # 'his dad died on tuesday': what happened; 'what do i do tomorrow': the manager's time frame, not a date at stake
        normal = normalise(said)
        ahead = [d for d in find_dates(normal, today) if d.value >= today and d.role not in ("off", "away", "hedge")]
        specific = [d for d in ahead if not _WEEK_WORDS.fullmatch(normal[d.start : d.end].strip())]
        found = (specific or ahead)[-1] if ahead else None
        if found is None or found.value in seen or found.value == today:
            continue  # 'flying out tonight': what is happening now, not a date to plan for
        seen.add(found.value)
        kind = next((k for k, pattern in _STAKE_KINDS if pattern.search(said)), "deadline")
        quoted = _quoted(said, kind)
        kind = "present_wanted" if kind == "present" and _WANTS_TO_PRESENT.search(text) else kind
        phrase = normal[found.start : found.end].strip()
        day = (phrase[:1].upper() + phrase[1:] if found.value - today < timedelta(days=7 - today.weekday()) else
               f"The week of {_day(found.value - timedelta(days=found.value.weekday()))}") if _WEEK_WORDS.fullmatch(phrase) else (
               f"{found.value:%B}" if _MONTH_WORDS.fullmatch(phrase) else _day(found.value))  # 'next month': no day was said
        stakes.setdefault(kind, []).append((day, quoted, (found.value - today).days))
    out = []
    for kind, found_days in stakes.items():  # one line per kind of thing: 'the rota this week' and 'the cold snap from sunday' share their cover
        when = " and ".join(f"{d} ('{q}')" for d, q, _ in found_days)
        out.append(_stake_line(kind, when, words, topic, found_days[0][2]))
    return out[:3]


_STAKE_SPLIT = re.compile(r"[.;!?\n]+|,?\s+(?:and|but|so)\s+(?=(?:there'?s|theres|there is|he|she|they|it|we|i|his|her|their|the|our|my)\b)", re.I)


_PAST_EVENT = re.compile(r"\b(?:died|passed away|passed|happened|told me|found out|was|were|diagnosed|lost|last (?:night|week)|yesterday|ago)\b", re.I)
_ASKS_WHEN = re.compile(r"\b(?:what|how|should i|do i|can i|shall i)\b", re.I)
_MONTH_WORDS = re.compile(r"(?:(?:early|mid|late|the end of|end of)\s+)?(?:this|next|the) month", re.I)
_WEEK_WORDS = re.compile(r"(?:this|next|the) week|(?:on )?(?:this|next) (?:weekend)", re.I)


def _quoted(said: str, kind: str, limit: int = 16) -> str:
    """The manager's words for a dated thing, short: from its telling word ('presenting', 'funeral', 'rota') or its last
    words, at most `limit` words."""
    said = _STAKE_LEAD.sub("", said, count=1).strip() or said
    pattern = next((p for k, p in _STAKE_KINDS if k == kind), None)
    hit = pattern.search(said) if pattern else None
    if hit:  # from its telling word to the next clause
        said = said[: hit.end()] + re.split(r"\s+(?:and|but|so|because|bc|though)\s+", said[hit.end() :], maxsplit=1)[0]
    else:  # the part that says the date
        said = re.split(r"\s+(?:and|but|so|because|bc|though)\s+(?!(?:the|a|an)\b)", said)[-1]
    words = said.split()
    if hit:
        at = len(said[: hit.start()].split())
        start = at - 1 if at and words[at - 1].lower() in ("the", "a", "an", "his", "her", "their", "our", "my") else at
        return " ".join(words[start : start + limit]).strip(" ,")
    return " ".join(words[-limit:]).strip(" ,")


def _colleague_named(text: str, reporter: str | None) -> str:
    """The colleague a concern is about, by name when the question gives one other than the person who raised it ('says
    priya told him to quietly drop...'), else 'the colleague'."""
    from agent.understanding.people import is_first_name

    taken = (reporter or "").casefold()
    names = (w for w in re.findall(r"\b[A-Za-z][a-z]{2,}\b", text) if w.casefold() != taken and is_first_name(w))
    return next((w.capitalize() for w in names), "the colleague")


def _answer_words(topic: Topic, text: str, person: str | None, facts: Mapping[str, Any], today: date | None) -> dict[str, str]:
    """The words a topic's lines are filled with: the person's name and pronouns, and what the question says of this case
    (the relative, the work, a schedule, an offer, a dated commitment, a share outside the company...)."""
    words = _pronouns(text, person)
    days = re.search(r"\b(\d+)\s*-?\s*days?\b", text)
    words["window"] = f"the {days.group(1)}-day window" if days else "the window"
    relative = re.search(rf"\b(?:his|her|their|my|\w+['’]s) ({_RELATIVE})\b", text, re.I)
    words["relative"] = relative.group(1).lower() if relative else "family member"
    kept, sole = _KEPT_WORK.search(text), _SOLE.search(text)
    project = facts.get("project")
    owns = _OWNS.search(text)
    words["work"] = (
        sole.group("w").strip() if sole else owns.group("w").strip() if owns and topic.name == "carer" else f"the {kept.group(1).strip()}" if kept
        else project if isinstance(project, str) and project and topic.name == "health_crisis"
        else f"{words['their']} work" if topic.name == "health_crisis" else "the work and its date"
    )
    words["treatment"] = "the treatment days" if _TREATMENT.search(text) else "appointments and bad days"
    schedule = _SCHEDULE.search(text)
    words["schedule"] = f" ({_capital_days(schedule.group(0).lower())})" if schedule else ""
    words |= _offer_words(text, today, words) | _care_words(text, words) | _waiting_words(text, facts, words, today) | _civic_words(text, person)
    words["es"] = "es" if words["they"] in ("he", "she") else ""
    words["s"] = "s" if words["they"] in ("he", "she") else ""
    words |= _commitment_words(text, person)
    if topic.name == "integrity":
        words["named"] = _colleague_named(text, person)
    if topic.name == "adjustment":
        words |= _solo_words(text, words)
    if topic.name == "data_incident":
        words |= _shared_words(text, words) | _lookup_words(text, words)
    if topic.name == "data_incident" and _IN_TROUBLE.search(text):  # asked outright: answered outright
        words["trouble"] = "yes"
    return words


def _said_already(line: str, lines: list[str]) -> bool:
    """A dated line whose day another line of this case already plans for."""
    day = line.split(" (", 1)[0].removeprefix("Before ")
    return any(day in other for other in lines)


def topic_answer(
    text: str,
    passages: list[dict[str, Any]],
    person: str | None = None,
    facts: Mapping[str, Any] | None = None,
    today: date | None = None,
) -> str | None:
    """The answer for a sensitive people situation from its card's passages (cited [n] by their place in
    `passages`), or None when the question describes none or its card is not among the passages. Under the headline:
    how urgent it is and what this case adds (from the question's cues and the situation's facts), then the card's
    lines that fit it (none that presupposes a fact the question does not state), split by the time frames asked."""
    topic = topic_of(text)
    if topic is None:
        return None
    at = {p["id"]: i + 1 for i, p in enumerate(passages)}
    if f"{topic.card}#what-to-do" not in at:
        return None
    person = _reporter(text, topic, person)
    words = _answer_words(topic, text, person, facts or {}, today)
    stated = stated_case(topic, text)
    headline = stated.headline if stated else topic.headline
    lines = [f"{headline.format(**words)} [{at[f'{topic.card}#the-principle']}]"]
    urgency = next((line for pattern, line in topic.urgency if pattern.search(text)), None)
    if urgency:
        lines += ["", f"**How urgent:** {urgency.format(**words)}"]
    specific = _fact_lines(topic, facts or {}, words, stays=topic.name == "health_crisis" and stated is not None) + (_carer_lines(text, facts or {}, words) if topic.name == "carer" else [])
    specific += _impairment_lines(text, facts or {}, words, today) if topic.name == "impairment" else []
    specific += _leave_window_lines(text, words, today) if topic.name == "planned_leave" else []
    asked = _ASKED_CHANGE.search(text) if topic.name == "health_crisis" else None
    if asked:  # the one change they asked for: yes now if reasonable, recorded through HR
        specific.append(f"{words['They']} asked for one change ({asked.group('x').strip()}): say yes now if it is reasonable, agree it "
                        "through HR so it is recorded, and review it together in a few weeks.")
    specific += [_fill(line.format(**words), text, person) for pattern, line in topic.specifics if pattern.search(text)]
    specific += [line for line in _dated_stakes(text, words, topic, today) if not _said_already(line, specific)]
    if words.get("trouble"):
        specific.append(
            "Is {who} in trouble? Telling you fast is exactly what you want people to do: say so, and keep the review "
            "blameless. Don't promise there will be no consequences (that follows policy, through HR), but do promise to "
            "describe what happened accurately, including that {they} raised it {themselves}.".format(
                **words)
        )
    card = " ".join(p["text"] for p in passages if str(p.get("id", "")).startswith(f"{topic.card}#"))
    asked = question_lines(text, words, answered=" ".join(specific) + " " + card)
    if asked:
        lines += ["", "**Your questions**"] + [f"- {line}" for line in asked]
    if specific:
        lines += ["", "**In your situation**"] + [f"- {line}" for line in specific]
    frames = time_frames(text)
    for section, heading, numbered in PARTS:
        n = at[f"{topic.card}#{section}"]
        items, dropped_at = [], None
        for item in (_fill_words(_fill(item, text, person), words) for item in _bullets(passages[n - 1]["text"])):
            if stated and stated.drops.search(item):
                dropped_at = len(items) if dropped_at is None else dropped_at
            elif _fits(item, text):
                items.append(item)
        if stated:  # the lines written for what the manager stated lead their section
            ours = stated.say if section == "what-to-say" else stated.do if section == "what-to-do" else ()
            ours = [_fill(line.format(**words), text, person) for line in ours if line.format(**words)]
            if not stated.lead and dropped_at is not None:  # a fact that only adds: its lines take the dropped line's place
                items = items[:dropped_at] + ours + items[dropped_at:]
            else:  # the card's opening thanks stays first: a conversation about something hard opens with it
                opener = items[:1] if items and _OPENER.match(items[0]) and not any(_OPENER.match(line) for line in ours) else []
                items = opener + ours + items[len(opener):]
        if section == "what-to-do" and frames:
            first, second = _split_steps(items, frames)
            for frame, steps in zip(frames, (first, second)):
                if steps:
                    lines += ["", f"**What to do {frame}** [{n}]" if frame[0].islower() else f"**What to do on {frame}** [{n}]"]
                    lines += [f"{i}. {item}" for i, item in enumerate(steps, 1)]
            continue
        if section == "what-to-say" and frames:
            heading = f"What to say {frames[0]}" if frames[0][0].islower() else f"What to say on {frames[0]}"
        elif section == "what-to-say" and (talk := _TALK_WHEN.search(text)):  # 'what to say to him tomorrow'
            heading = f"What to say {_TALK_DAY.get(talk.group('w').lower(), 'tomorrow')}"
        lines += ["", f"**{heading}** [{n}]"]
        lines += [f"{i}. {item}" if numbered else f"- {item}" for i, item in enumerate(items, 1)]
    if topic.name in MUST_REPORT:  # a duty to report: asked to tell no one, the manager says so, not 'once they agree'
        return "\n".join(lines)
    return "\n".join(kept_in_confidence(line, text, words) for line in lines)
