"""Notes to the writer inside a request for a message: sentences and asides that describe the reader ("she's
not technical", "kenji will grumble"), the message itself ("post for the team channel", "under 200 words", "no
options"), or the manager ("I'm a pushover", "(me lol)"). A note is never content: it becomes a constraint on the
draft (`tools.message.Constraints`). One home for these patterns: drafting, its checks and the evals import them from here.
"""

from __future__ import annotations

import re

from tools.message import Constraints

# Words that only say how a message should sound ("apologetic but not grovelling", "warm, not gushing").
TONE_WORDS = (
    r"(?:short|brief|friendly|warm|firm|polite|formal|casual|crisp|concise|tight|direct|kind|upbeat|professional|gentle|clear|apologetic|sorry|"
    r"contrite|humble|honest|candid|calm|reassuring|positive|grateful|appreciative|confident|respectful|diplomatic|neutral|serious|sober|"
    r"light(?:-hearted)?|optimistic|empathetic|factual|matter[- ]of[- ]fact|straight|plain|human|grovel+ing|gushing|defensive|cold|stiff|preachy|corporate)"
)
# Who a note about the reader or the audience is about: a pronoun, a name, a role, or "everyone".
_SUBJECT = (
    r"(?:(?:i know|i think|i suspect|i bet|i expect|fyi|note|heads up|honestly|and|but)[,:]?\s+)?"
    r"(?P<who>he|she|they|everyone|people|folks|the (?:team|council|board|execs?|room|others)|(?P<name>(?!(?:you|we|i|it|this|that|there|here|what|which|who)\b)[a-z][a-z-]{1,20}\b(?!['’](?:d|ll|ve|re|m)\b))"
    r"(?:\s+and\s+(?:a (?:couple|few)(?: of)?|some|two|three)\s+others)?|(?:my|our|the) (?:vp|cto|ceo|cfo|cmo|coo|director|boss|pm|manager|lead))"
)
# What such a note says about them: a trait, a preference about messages, or how they will take it.
_TRAIT = (
    r"(?:'s|’s|'re|’re|\s+is|\s+are|\s+isn'?t|\s+aren'?t)\s+(?:not\s+|a bit\s+|very\s+|really\s+|quite\s+|super\s+|pretty\s+|kind of\s+|so\s+|also\s+)*"
    r"(?:technical|non-?technical|ex-[\w-]+|nice|pushy|busy|sensitive|touchy|defensive|a friend|my friend|friendly|impatient|sceptical|skeptical|"
    r"new (?:here|to)|senior|junior|good|great|sharp|blunt|direct|numbers[- ]driven|data[- ]driven|allergic to|from (?:finance|sales|legal|marketing|ops)|"
    r"not a (?:tech|numbers|details?) person|an? (?:numbers|details?|big[- ]picture|data|finance|sales|tech|engineering) (?:person|guy|gal|type|man|woman)|an? (?:engineer|economist|accountant|lawyer|physicist|statistician|ex-\w+)|"
    r"stressed|anxious|upset|annoyed|touchy|worried|nervous|concerned|scared|afraid|livid|furious|angry|fuming|frying|fried|burnt out|burned out|exhausted|"
    r"an? (?:scientist|researcher|clinician|doctor|biologist|chemist|academic|designer|marketer|banker|policy person)|"
    r"an? [\w-]+(?: [\w-]+)?,? not an? [\w-]+(?: (?:person|guy|gal|type|man|woman))?)\b"  # "she's a scientist not a finance person"
)
_REACTION = (
    r"(?:['’](?:ll|d)|\s+(?:will|would|might|may|probably|definitely|always|usually|tends? to))+\s+(?:probably\s+|definitely\s+)?"
    r"(?:grumble|complain|moan|push back|hate|love|like|skim|forward|freak|panic|be (?:upset|annoyed|disappointed|unhappy|fine|happy|angry|mad)|"
    r"take (?:it|this|that)|want (?:it|this|that|the (?:email|note|message|update|post))|read (?:it|this)|not (?:like|read|care)|"
    r"want (?:an? |the |some )?(?:straight |clear |firm |quick |simple )?(?:yes|no|answer|number|numbers|date|good news|details?|certainty|commitment|promise)|"
    r"want (?:the |an? |some |all the )?[\w-]+(?: [\w-]+)? (?:laid out|spelled out|spelt out|explained|up front|in writing|in plain words))\b"  # "she'll want the tradeoff laid out"
    r"|(?:['’](?:re|s)|\s+(?:are|is))\s+(?:going to|gonna)\s+(?:be\s+)?(?:livid|furious|upset|annoyed|angry|mad|thrilled|disappointed|unhappy|fine|happy|freak|panic|hate|love)\b"  # "they're going to be livid"
    r"|\s+(?:takes?|took)\s+(?:no'?s|no’s|it|things|feedback|criticism|bad news)\s+(?:personally|badly|hard|well)\b"
    r"|\s+(?:hates?|loves?|likes?|prefers?|cares? (?:about|only about)|skims?|reads? (?:on|it on)|doesn'?t (?:read|care|like)|don'?t (?:read|care)|has no patience)\b"
    r"|\s+(?:forwards?|sends?|pass(?:es)?|shares?)\s+(?:these|this|it|them|everything|it all|my \w+|updates|emails)\s+(?:on\s+|straight\s+|up\s+)?to\b"  # "she forwards these to finance"
)
_ABOUT_READER = re.compile(rf"^{_SUBJECT}(?:{_TRAIT}|{_REACTION})", re.I)
# A request to the drafter ("need a short note that gives him something to say"): what to write, never what to send.
_REQUEST_TO_WRITER = (
    r"(?:need|needs|want|wants|'d like|would like)\s+(?:a|an|one)\s+(?:(?:short|quick|brief|clear|simple|plain|one-line|1-line|two-line|single|little)\s+)*"
    r"(?:reply|note|message|email|answer|response|update|post|line|sentence|paragraph|blurb|summary)\s+(?:(?:she|he|they|i|we)\s+can\b|for\b|that\b|which\b|to\b|so\b|giving\b|with\b)"
)
# The same request left in a draft, with whatever subject the draft gave it ("It need a short note that ...").
DRAFTER_REQUEST = re.compile(rf"(?:^|\b(?:i|we|it)\s+){_REQUEST_TO_WRITER}", re.I)
# Notes about the message itself: channel, format, length, tone, what it must or must not contain.
_ABOUT_MESSAGE = re.compile(
    r"^(?:(?:a |an |the |one |my )?(?:short |quick |brief |slack |team )?(?:post|message|note|email|reply|dm|update|announcement)\s+(?:for|in|to|on)\s+(?:the\s+|our\s+|my\s+)?(?:team\s+)?(?:channel|slack|#[\w-]+|chat))\b"
    r"|\bbullets?\b(?:\s+(?:pls|please|points?))?\s*$|^(?:pls |please )?(?:in )?bullets?\b"
    r"|\b(?:under|max|at most|no more than|within)\s+\d+\s+(?:words|lines|sentences)\b|\b\d+\s+(?:lines?|words|sentences)\s+max\b"
    r"|\b(?:(?:i )?don'?t want|no|without)\s+(?:any\s+)?(?:options|alternatives|a debate|debate|discussion|a vote)\b|\bnot up for (?:a )?(?:vote|debate|discussion)\b"
    r"|^(?:a |an |one )?(?:slack |teams |team |short |quick |brief )*(?:post|message|note|dm|update|announcement)\s+(?:for|in|to)\s+(?:the\s+|our\s+|my\s+)?(?:whole\s+)?(?:team|squad|group|org)\s*$"  # "slack post to the team"
    r"|\b(?:just\s+)?(?:need|want)\s+(?:the\s+)?(?:words|wording|copy|text)\b|\bjust the words\b|\bnot (?:corporate|a lecture|preachy|salesy|cheesy|stiff|formal|an essay|a novel|a memo|a wall of text|an email|a speech)\b"
    r"|\bon (?:a|one) (?:screen|page)\b|\bin \d+ seconds\b"
    r"|^(?:for|to)\s+an?\s+(?:numbers|data|details?|big[- ]picture|non-?technical|technical|busy|finance|sales)\s+(?:guy|gal|person|type|people|reader|audience|crowd|exec)\b"  # "for a numbers guy"
    r"|^(?:likes?|wants?|prefers?)\s+(?:it|things|them|updates|messages)\s+(?:straight|short|brief|blunt|direct|simple|plain)\b"  # "likes it straight"
    r"|^(?:the\s+)?(?:honest|short|plain|real|simple|true|blunt|straight)\s+version\s*$"  # "the honest version"
    rf"|^(?:i\s+|we\s+)?{_REQUEST_TO_WRITER}"
    r"|\b(?:make|making)\s+(?:it|this)\s+(?:sound|look|read|feel|come across)\s+(?:like|as if|as though)\b|\b(?:don'?t|do not|never)\s+(?:let (?:it|this) )?(?:sound|come across|read)\s+(?:like|as if|as though)\b"
    r"|\blead with\b|\bopen with\b|\bdon'?t lead with\b|\brather not lead with\b|\bmake (?:this|it) (?:firmer|softer|shorter|kinder|clearer|nicer)\b"
    r"|\b(?:decision'?s|decision is) (?:made|final)\b|\b(?:already )?decided(?:,| already|\.|$)|\bnot (?:asking|looking) for (?:approval|input|permission)\b"
    r"|\bdon'?t (?:overpromise|over-promise|promise|mention|name|single (?:anyone|anybody|them|him|her) out)\b"
    r"|^an?\s+(?:clear|firm|soft|polite|kind|gentle|honest|straight|hard|friendly)\s+(?:no|yes|answer|decline|refusal)\b(?!\s+is\b)"  # "a clear no, but ..."
    r"|^(?:clear|firm|soft|polite|kind|gentle|hard|friendly)\s+(?:no|yes)\b(?!\s+is\b)"
    r"|^(?:but\s+)?(?:he|she|they)\s+(?:still\s+)?(?:has|have|needs?|must)\s+to\s+(?:still\s+)?be\s+able\s+to\b"  # what the reader must keep: a note
    r"|^(?:and\s+)?(?:he|she|they)(?:'s|’s|'re|’re| is| are)\s+(?:totally\s+|completely\s+)?(?:fine|ok|okay|happy|cool|on board|good)\s+with\s+(?:it|this|that)\b"  # "he's fine with it, we talked"
    r"|^(?:and\s+)?(?:we|i)(?:'ve| have)?\s+(?:talked|spoke|chatted|discussed it|had a chat)(?:\s+(?:already|about it|to (?:him|her|them)))?$"
    r"|\b(?:skimm|scann)able\b"
    r"|^(?:pls |please |can you |could you )?(?:turn|make|shape|write up|work)\s+(?:my|these|the|this|those|our|some)\s+(?:rough\s+)?(?:notes|bullets|bullet points|points|jottings|list)\s+(?:in)?to\b"  # 'turn my notes into a friday update for griselda
    r"|^(?:but\s+|and\s+|so\s+)?i\s+(?:need|have|want|'d like|would like)\s+to\s+(?:say|put|word|phrase|write|explain|tell her|tell him|tell them)\s+(?:that|this|it)\s+(?:without|in|with|so|but)\b"  # "but I need to say that without a wall of stats"
    r"|\bwithout (?:a wall of (?:stats|numbers|text)|sounding (?:defensive|preachy|corporate|harsh|needy|desperate)|being (?:defensive|preachy|harsh))\b",
    re.I,
)
# The manager about themself: feelings and self-descriptions, never the message's content.
_ABOUT_ME = re.compile(
    r"^(?:ugh|sigh|lol|fml|argh|ok so|sorry)\b|\b(?:sorry (?:for the (?:long|wall|rant|essay|ramble|novel|length|brain ?dump)|long one|this is long)|long one)\b"
    r"|^(?:honestly\s+|tbh\s+)?i'?m\s+(?:a\s+|such a\s+|so\s+|really\s+|kind of\s+|pretty\s+|too\s+|honestly\s+|a bit\s+|a little\s+|totally\s+|lowkey\s+|low-key\s+|slightly\s+)*(?:pushover|annoyed|frustrated|tired|exhausted|nervous|worried|anxious|"
    r"bad at|terrible at|not great at|awful at|soft|nice|conflict[- ]averse|new to|stressed|fried|dreading|panicking|panicked|freaking out|"
    r"scared|terrified|overwhelmed|out of my depth|losing my mind|spiralling|spiraling|dying here|drowning)\b"
    r"|^i (?:sound|come across|feel|always sound)\b|^i (?:know i|tend to)\b|\bi don'?t want to (?:crush|upset|hurt|demoralis|demoraliz|lose|sound|come across|be (?:mean|harsh|a jerk))",
    re.I,
)
# The team's own mood or the manager's candour about their own tools ("everyone's frying", "our OCR mangles the tables"):
# a reason for the writer, never a sentence to send.
_MOOD_WORDS = (
    r"(?:frying|fried|burnt out|burned out|exhausted|drowning|knackered|cooked|toast|miserable|running on fumes|on fumes|dying|at breaking point|"
    r"mangles|butchers|chokes on|sucks(?: at)?|is (?:garbage|terrible|awful|janky|flaky|a mess|rubbish|crap|hopeless)(?: at)?)"
)
_OUR_MOOD = re.compile(
    rf"^(?:and\s+|but\s+|so\s+)?(?:(?:everyone|everybody|we|people|folks|all of us|the (?:whole )?team)(?:['’]s|['’]re|\s+is|\s+are)\s+(?:all\s+|completely\s+|totally\s+|basically\s+|already\s+)?"
    rf"|our\s+[\w-]+(?:\s+[\w-]+)?\s+(?:(?:just|totally|completely)\s+)?){_MOOD_WORDS}\b",
    re.I,
)
# The same note closing a sentence of content ("on-call is 1 week in 4 so everyone's frying"): cut from there on.
MOOD_TAIL = re.compile(
    rf"\s*(?:,\s*|\s+)(?:so|and|which means|meaning)\s+(?:everyone|everybody|we|people|folks|all of us|the (?:whole )?team)(?:['’]s|['’]re|\s+is|\s+are)\s+"
    rf"(?:all\s+|completely\s+|totally\s+|basically\s+|already\s+)?{_MOOD_WORDS}\b[^,.;]*",
    re.I,
)
# How the reader is taking it, closing a sentence of content ("the ceo saw the drop and is freaking out in the exec
# channel"): the manager's reason to write, never a line to send back to them.
READER_STATE_TAIL = re.compile(
    r"\s*(?:,\s*)?\s+(?:and|so)\s+(?:(?:she|he|they)(?:['’]s|['’]re|\s+is|\s+are)|is|was|are|were)\s+(?:now\s+|already\s+|really\s+|kind of\s+|a bit\s+|totally\s+)*"
    r"(?:freaking out|panicking|panicked|spooked|rattled|upset|livid|furious|fuming|angry|annoyed|worried|nervous|stressed|losing (?:it|sleep)|on the warpath|"
    r"(?:not )?happy|unhappy|alarmed|concerned|asking questions|escalating)\b[^,.;]*",
    re.I,
)
# A bracketed aside that is a note: a laugh, the manager themself, or any note above.
_ASIDE = re.compile(r"\s*\((?P<a>[^()]{1,80})\)")
_ASIDE_NOTE = re.compile(r"^(?:me|me lol|lol|ugh|sigh|yes really|seriously|i know(?:,? i know)*|i know i know|sorry|again|not my report|her words|his words|their words|!+|\?+)\W*$", re.I)
# A source named for the writer ("sim says 70%", "my numbers: ..."): the figures stay, the attribution goes.
SOURCE_PREFIX = re.compile(r"^(?:(?:the |our |my )?(?:sims?|simulations?|forecasts?|model|monte carlo|numbers?|estimates?)\s+(?:says?|said|gives?|give|shows?|show)\s*:?\s*)", re.I)


# A tone note of two or more words ('apologetic but not grovelling'); one word alone is a terse note handled by the drafter.
_TONE_WRONG = re.compile(rf"^{TONE_WORDS}\s+(?:is|would be|sounds?|feels?)\s+(?:wrong|not right|too much|off|weak)\b", re.I)  # "apologetic is wrong here"
_TONE_NOTE = re.compile(rf"^(?=\S+\s+\S)(?:(?:tone\s*:?|keep it|be|sound)\s+)?(?:very\s+|a bit\s+)?{TONE_WORDS}(?:\s*(?:,|and|but|yet|though)\s*(?:not\s+|never\s+|without\s+(?:being\s+)?)?(?:too\s+|overly\s+|over-)?{TONE_WORDS}){{1,3}}$", re.I)
# The manager wanting to thank people ('i want to thank them, not bury them', 'make sure to credit ana and li'): a
# constraint (a real thank-you line), never a sentence of its own.
_THANK_VERB = (
    r"(?:thank|credit|recogni[sz]e|acknowledge|celebrate|praise|call out|shout out to|give (?:a )?shout[- ]?out to|give credit to|"
    r"give (?:\w+\s+){1,2}?(?:proper |real |public |due |full |a )?(?:credit|kudos|thanks|shout-?out|recognition))"
)
THANKS_NOTE = re.compile(
    rf"^(?:and\s+|but\s+|also\s+)?(?:i(?:\s+(?:really\s+)?(?:want|would like|need|have)|['’]d like)\s+to|make sure (?:to|we|i)|be sure to|don'?t forget to|pls|please)\s+(?:publicly\s+|properly\s+)?{_THANK_VERB}\b",
    re.I,
)
# The same wish inside a sentence of content ('lotte built them and i want to thank her, not bury her'): cut from there on.
THANKS_TAIL = re.compile(
    rf"\s*(?:,\s*|\s+)(?:and|but|so)\s+(?:i(?:\s+(?:really\s+)?(?:want|would like|need|have)|['’]d like)\s+to|make sure (?:to|we|i)|be sure to)\s+(?:publicly\s+|properly\s+)?{_THANK_VERB}\b.*$",
    re.I | re.S,
)
_THANKED = re.compile(rf"\b{_THANK_VERB}\s+(?P<who>[^,.;!?]+)", re.I)


def thanked(question: str) -> list[str]:
    """The people the manager wants thanked ('lotte and sunil built them and i want to thank them' -> Lotte, Sunil):
    named in the wish, or, for 'them'/'her'/'him', the names just before it."""
    from agent.understanding.people import NOT_NAMES, is_first_name

    def names(text: str) -> list[str]:
        return [w.capitalize() for w in re.findall(r"[A-Za-z][a-z'-]+", text) if w.casefold() not in NOT_NAMES and is_first_name(w)]

    for sentence in re.split(r"(?<=[.!?])\s+|\n+", question):
        m = THANKS_TAIL.search(sentence) or (THANKS_NOTE.match(sentence.strip()) and _THANKED.search(sentence))
        if not m:
            continue
        who = _THANKED.search(sentence[m.start() :])
        said = names(re.split(r"\s+for\s+", who.group("who"))[0]) if who else []
        if said:
            return said
        before = sentence[: m.start()] if THANKS_TAIL.search(sentence) else ""
        earlier = question[: question.find(sentence)]
        return names(before) or names(re.split(r"(?<=[.!?])\s+", earlier.strip())[-1] if earlier.strip() else "")
    return []


def is_writer_note(sentence: str) -> bool:
    """True when a sentence (or a clause) is a note to the writer: about the reader in the third person, about the
    message itself, or about the manager; never content of the message."""
    text = sentence.strip(" .!;,-–—\"'")
    if not text:
        return False
    return bool(_about_reader(text) or _ABOUT_MESSAGE.search(text) or _ABOUT_ME.search(text) or _ASIDE_NOTE.match(text) or _OUR_MOOD.match(text) or _TONE_NOTE.match(text) or _TONE_WRONG.match(text) or THANKS_NOTE.match(text))


def _about_reader(text: str) -> bool:
    """A third-person note on the reader or audience; a one-word subject must be a person's name ('kenji will
    grumble'), never a thing ('accuracy is great')."""
    from agent.understanding.people import NOT_NAMES, common_words, is_first_name

    m = _ABOUT_READER.match(text)
    if not m:
        return False
    name = m.group("name")
    return not name or (name.casefold() not in NOT_NAMES and not _plural_noun(name) and (is_first_name(name) or name.casefold() not in common_words()))


def _plural_noun(word: str) -> bool:
    """True for a plural of an English noun ('surges like that aren't in the data'): things, never the reader."""
    from lemminflect import getAllLemmas

    return word.lower().endswith("s") and any(lemma != word.lower() for lemma in getAllLemmas(word.lower()).get("NOUN", ()))


# The same note said to the reader after a pronoun swap ("you're not technical", "you take no's personally").
_SAID_TO_READER = re.compile(
    r"^you(?:'re|’re| are)\s+(?:not\s+)?(?:technical|non-?technical|nice but|a friend|pushy|busy|sensitive|defensive|impatient|new here|"
    r"worried|nervous|anxious|concerned|scared|afraid|upset|annoyed|stressed|livid|furious|angry|going to be \w+|"
    rf"an? [\w-]+(?: [\w-]+)?,? not an? [\w-]+(?: (?:person|guy|gal|type|man|woman))?|an? (?:scientist|researcher|numbers person|details person|finance person|tech person))\b|^you(?:{_REACTION})",
    re.I,
)


def describes_reader(sentence: str) -> bool:
    """True when a sentence of a draft describes its reader (in the third person, or turned into 'you're ...'): a note
    to the writer that leaked into the message."""
    text = sentence.strip(" .!;,-–—\"'")
    return _about_reader(text) or bool(_SAID_TO_READER.match(text))


def without_asides(text: str) -> str:
    """The text without bracketed asides that are notes ('(me lol)', '(not my report)')."""
    return _ASIDE.sub(lambda m: "" if is_writer_note(m.group("a")) or ASIDE_TO_WRITER.match(m.group(0)) else m.group(0), text)


def without_source(text: str) -> str:
    """'sim says 70% by feb 1' -> '70% by feb 1': the figures, not who the writer got them from."""
    return SOURCE_PREFIX.sub("", text, count=1)


# ---- Patterns for words to the writer, refusals and offers: one home, imported by the understanding and drafting.
# Words to the writer: tone, length, format, who the reader is, what to do with the message.
INSTRUCTION_WORDS = re.compile(
    r"\b(?:tone|slack-?ish|\d+\s*(?:lines?|sentences?|words?|paragraphs?)(?:\s+max)?|(?:lines?|words?|sentences?) max|max \d+|"
    r"plain english|plain words|w/o jargon|without jargon|no jargon|zero jargon|jargon|upbeat|cheesy|keep it|make it|make the case|"
    r"just (?:the )?facts|no excuses|write (?:the|a|it|this|me)|draft (?:the|a|it|this|me)|help me|reply in|"
    r"decided already|already decided|yes or no|yes/no and|what(?:'s| is|s) the odds|whats the odds|how do i|how should i|what do i|"
    r"is it normal|give me|check it against|friendly but|firm but|warm but|not cheesy|humble|sound(?:ing)? like|went to my head|"
    r"newly promoted|got promoted|first[- ]time manager|new manager|sorry if|dumb q|stick to the facts|no drama|quick reply|short reply|"
    r"(?:just )?took over (?:the|this|a) team|inherited (?:the|this|a) team|power move|"
    r"(?:short|quick|brief|friendly|polite|firm|warm|nice)(?: (?:and|but) \w+| \w+)? (?:reply|note|message|email|answer|response|dm)|"
    r"(?:one|two|three|a single|single) (?:short )?(?:paragraphs?|sentences?|lines?)|give (?:her|him|them) (?:one|it straight|a straight \w+)|but honest|be honest|serious tone|sober tone|"
    r"use (?:\w+['’]s|the|my|our|the team file'?s?) (?:numbers|estimates?|figures|data|forecast|odds)|(?:skimm|scann)able|honest odds)\b",
    re.I,
)

# A sentence describing the reader for the writer ("she's ex-finance", "he cares about papers, not process").
READER_NOTE_START = re.compile(r"^(?:he|she|they)(?:'s| is| are)?\s+(?:ex-|cares|care|gets|get|hates|hate|likes|like|prefers|prefer|reads|is ex|our best|a friend|my friend)", re.I)

# An instruction in the imperative about how to write ("don't blame anyone", "never promise a date").
DONT = re.compile(
    r"^(?:don'?t|do not|never|avoid|no need to|without\b(?!\s+(?:them|it|this|that|him|her|those|these|us|the|a|an|more|extra|any more)\b))\b|^i (?:want|'d like|would like|need|have) to (?:give|tell|say|explain|ask|make|keep|sound|be|write|reply|respond|push back|word|"
    r"thank|credit|recogni[sz]e|acknowledge|celebrate|praise|call out|shout out)\b",
    re.I,
)

# A clause that is only a tone or length word ("short", "friendly and firm", "apologetic but not grovelling").
STYLE_ONLY = re.compile(
    rf"^(?:(?:tone\s*:?|keep it|be|sound|pls|please)\s+)?(?:very\s+|a bit\s+|slightly\s+)?{TONE_WORDS}"
    rf"(?:\s*(?:,|and|but|yet|though)\s*(?:not\s+|never\s+|without\s+(?:being\s+)?)?(?:too\s+|overly\s+|over-)?{TONE_WORDS}){{0,3}}(?:\s+(?:pls|please))?[.!]*$",
    re.I,
)

# A flat refusal ("not happening", "no way"): the draft says no in its own words.
REFUSAL = re.compile(
    r"^(?:so\s+)?(?:no|nope|no way|not happening|absolutely not|hard no|not a chance|(?:we|i) can'?t|(?:we|i) cannot|(?:we|i) won'?t|can'?t do it|cannot do it|won'?t happen|(?:that |it )?(?:can'?t|cannot|won'?t|isn'?t going to) (?:happen|work)|not (?:possible|doable|feasible))[.!]*$", re.I
)

# An offer opening a clause ('offer office hours on tuesdays', 'but she can ...').
OFFER_START = re.compile(
    r"^(?:and\s+)?(?:(?:i|we) (?:can|could|will|'ll) )?(?:offer(?:ing)?|propose)\s+|^(?:but\s+|and\s+)?(?:i|we) (?:can|could) (?:still )?give (?:her|him|them|you)\s+"
    r"|^(?:but\s+|and\s+)?(?:i|we) (?:can|could) (?:still )?(?=(?:share|send|walk|host|run|set up|pair)\b)"
    r"|^but\s+(?=(?:she|he|they|we|i)\s+(?:can|could)\b)",
    re.I,
)

# A clause of a stated message that is an offer ('offer Sam meanwhile', 'i can propose ...').
OFFER_CLAUSE = re.compile(
    r"^(?:and\s+|but\s+)?(?:i can |we can |i could |we could |happy to |i'?d be happy to |i (?:want|'d like|would like|'m going) to |i'?ll |we'?ll )?"
    r"(?:offer(?:ing)?|propose|suggest)\s+(?P<o>.+)$",
    re.I,
)

# "no. but she can do a 1 hour design review next week": what follows a refusal's "but" is the counter-offer.
BUT_CAN = re.compile(r"^(?:but|though|however),?\s+(?P<o>(?:she|he|they|we|i|\w+)\s+(?:can|could|is happy to|are happy to)\s+.+)$", re.I)

# Words to the writer about the message, not content of it ("keep it warm", "he's a friend", "zero jargon pls").
INSTRUCTION_START = re.compile(
    r"^(?:(?:pls|please)\s+)?(?:keep (?:it|this)|make (?:it|this)|be (?:nice|kind|warm|firm|brief|direct|polite)|write (?:it|this)|draft (?:it|this)|"
    r"no(?:t too)? (?:jargon|fluff)|zero\b.{0,20}\bjargon|plain (?:english|words|language)|short|brief|\d+ (?:short )?paragraphs?|under \d+ words|"
    r"(?:he|she|they)(?:'s| is| are) (?:a friend|my friend|friends|new|senior|junior)|don'?t (?:be|sound|make)|make the case|thanks?)\b",
    re.I,
)

# An offer anywhere in a question ('reply offering ...', 'we can offer ...', 'no. but she can ...').
OFFER_IN_TEXT = re.compile(
    r"(?:^|[.,;]\s*|\b(?:reply|response|note|message|email)\s+|\b(?:i|we)\s+(?:want to|'d like to|would like to|can|could|will|'ll|am happy to|'m happy to)\s+)"
    r"(?P<o>offer(?:ing)?(?:\s*:)?\s+(?!letter)[^.?!;]{4,120})"
    r"|(?:^|[.,;]\s*)(?P<b>but\s+(?:she|he|they|we|i)\s+can\s+[^.?!;]{4,120})",  # "no. but she can do a design review next week"
    re.IGNORECASE,
)

OFFER_LABEL = re.compile(
    r"\b(?:counter(?:[- ]?offer)?|(?:what )?(?:i|we) (?:can|will|'ll|could) (?:offer|do|give)(?: (?:her|him|them|you))?(?: instead| meanwhile| in the meantime| for now| in the interim| until then)?|(?:my |our )?offer)(?:\s*:\s*|(?<=offer)\s+(?:is|would be)\s+(?=(?:a|an|the|to|one|two|\d)\b))(?P<o>[^?!]{4,300}?)(?=\s+(?:keep it|make it|keep the tone)\b|[.,;]\s*(?:write|draft|reply|respond|send|keep it|make it|short|pls|please|say (?:no|it|this)|tone|friendly|warm|nicely|straight|no spin|be (?:nice|kind|firm|warm|honest))\b|[.!]\s+(?:i'?m|i am|i|i'?d|she|he|they|she'?s|he'?s|they'?re|it|it'?s|but|honestly|worried|not sure|also|btw|ps|don'?t|dont|my worry|the worry|this is)\b|\.?\s*$)",  # '... in march. i'm worried she'll go over my head': an aside
    re.IGNORECASE,
)

# After a refusal, what the manager can do instead: 'no. we can do a shared rota with them from feb, 1 person a week'.
OFFER_AFTER_NO = re.compile(
    r"(?:^|[.!;,-]\s*)(?:no|nope|not happening|can'?t do (?:that|it|this))\s*[.!,;-]\s*(?:but\s+|instead,?\s+)?(?:we|i)\s+(?:can|could)\s+(?:do\s+|offer\s+)?(?P<o>[^.?!;]{4,200}?)(?=\s*[.?!;]|\s+-\s|$)",
    re.IGNORECASE,
)

# "(they don't care about ndcg, translate it)": a note to the writer inside what to say, not part of it.
ASIDE_TO_WRITER = re.compile(r"\s*\((?=[^)]*\b(?:translate|explain (?:it|that|this)|they don'?t care|(?:she|he|they) hates?|don'?t mention|keep it|make it|no jargon)\b)[^)]*\)", re.I)


_NO_OPTIONS = re.compile(r"\b(?:(?:i )?don'?t want|no|without)\s+(?:any\s+)?(?:options|alternatives|a debate|debate)\b|\bnot up for (?:a )?(?:vote|debate)\b|\bjust the words\b", re.I)
_DECIDED = re.compile(r"\b(?:decision'?s|decision is) (?:made|final)\b|\b(?:it'?s |already |is |been )decided\b|\bdecided(?:[,:.]| already)|\bnot up for (?:a )?(?:vote|debate|discussion)\b|\bnot (?:asking|looking) for (?:approval|input|permission)\b", re.I)
_CHAT = re.compile(r"\b(?:slack|teams) (?:post|message|reply|dm)\b|\b(?:post|reply|message) (?:for|in|to) (?:the |our |my )?(?:team )?(?:channel|slack|#[\w-]+)\b|\bin (?:the |our )?(?:[\w-]+ )?channel\b|\bin slack\b|\bon slack\b|#[a-z][\w-]+|\bteam channel\b", re.I)
PLAIN_RE = re.compile(r"\b(?:not|isn'?t|non-?)\s*technical\b|\b(?:no|zero|without|w/o) jargon\b|\b(?:no|zero|without|w/o|avoid)\s+(?:stats?|statistic(?:s|al)|maths?|technical)\s+(?:words|terms|speak|talk|language|lingo)\b|\bplain (?:english|words|language)\b|\bnot a (?:tech|numbers) person\b|\bin \d+ seconds\b", re.I)
_ONE_PARAGRAPH = re.compile(r"\b(?:one|1|a single|single) (?:short )?para(?:graph)?\b|\bin a paragraph\b", re.I)
_APOLOGY = re.compile(r"\b(?:apologetic|apologi[sz]e|apology|say sorry|contrite)\b", re.I)
_NO_APOLOGY = re.compile(r"\b(?:not|no|don'?t|never|without|nothing)\s+(?:be\s+|sound\s+|too\s+|an?\s+)?(?:apologetic|apologi[sz]\w*|sorry|contrite)\b|\b(?:apologetic|sorry|apologi\w+)\s+(?:is|would be|sounds?)\s+(?:wrong|not right|too much|weak)\b", re.I)
# No apology at all: 'no grovelling', "don't apologise", 'no sorries' (unless they also ask for one, 'apologetic but not grovelling').
_NO_GROVEL = re.compile(r"\b(?:no|not|don'?t|never|without|zero|nothing)\s+(?:be\s+|too\s+|any\s+)?(?:grovel\w*|sorr(?:y|ies)|mea culpas?|hand-?wringing|apologi[sz]\w*)\b", re.I)
# "she's been great to us", "they've been really helpful": what the reader has been to the manager's team, thanked.
_VALUED = re.compile(r"\b(?:she|he|they)(?:'s|’s| has|'ve|’ve| have)\s+been\s+(?P<v>(?:so |really |very |incredibly |super )?(?:great|brilliant|amazing|fantastic|helpful|supportive|generous|patient|good))\s+(?:to|with)\s+us\b", re.I)
# "they'll grumble about the form, acknowledge that": what the team will mind, said once in the message.
_GRUMBLE = re.compile(r"\b(?:they|people|folks|some|everyone|(?:the|my|our|a few|some)\s+[\w-]+)(?:'ll|’ll| will| are going to| might| may)\s+(?:probably\s+)?(?:grumble|complain|moan|push back|whine|be (?:annoyed|upset|unhappy|disappointed|sad|grumpy))(?:\s+(?:about|at)\s+(?P<x>(?:the|this|that|our|a)\s+[\w#-]+(?:\s+[\w#-]+)?))?", re.I)
# What a decision takes away ("we stop the friday research afternoons"): what the team will miss when no other is said.
_STOPPED = re.compile(r"\b(?:we(?:'ll| will)?|i(?:'ll| will)?)\s+(?:stop|end|drop|cancel|scrap|retire|pause)\s+(?P<x>(?:the|our)\s+(?:[\w-]+\s+){0,3}?[\w-]+)(?=\s+(?:and|instead|from|for|in|on|so)\b|\s*[,.;]|$)", re.I)


def _grumbled(question: str) -> str:
    """What the team will mind, as the manager says it, else what the decision stops ('losing the friday afternoons'),
    else 'this change'; '' when the manager expects no grumbling."""
    m = _GRUMBLE.search(question)
    if m is None:
        return ""
    stopped = _STOPPED.search(question)
    said = m.group("x") or (f"losing {stopped.group('x')}"[:60] if stopped else "this change")
    return re.sub(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b", lambda d: d.group(0).capitalize(), said, flags=re.I)
_OWN_IT = re.compile(r"\bown (?:it|this|the (?:slip|delay|miss|mistake|date|new date)|our (?:part|share|bit|side|mistake|miss))\b|\btake (?:ownership|responsibility)\b|\bowning it\b", re.I)
_NO_FLUFF = re.compile(r"\bno fluff\b|\bjust the numbers\b|\bnumbers only\b|\b(?:forwards?|sends?|pass(?:es)?) (?:these|this|it|them|everything)(?: on| straight)? to finance\b|\bfor finance\b", re.I)
_NO_BLAME = re.compile(
    r"\b(?:don'?t|do not|never|without|not)\s+(?:make it |making it )?(?:sound(?:ing)?\s+(?:like|as if)\s+(?:we'?re|we are|i'?m|i am)\s+|to\s+)?(?:want to\s+)?(?:blam\w*|point(?:ing)? (?:the )?fingers?|throw(?:ing)? (?:them|him|her|their [\w-]+(?: team| people| folks)?|anyone) under)"
    r"|\bno (?:blame|finger[- ]pointing)\b",
    re.I,
)
_FORWARDABLE = re.compile(
    r"\b(?:(?:can|could|will|to|and)\s+forward|forwardable|forward (?:it|this) (?:on|to)|pass (?:it|this) (?:on|straight) to (?:the )?(?:clients?|customers?|board|team)"
    r"|something (?:i|we|she|he|they) can (?:send|share|pass on|pass along) (?:to )?(?:them|the clients?|the customers?|the board|on))\b",
    re.I,
)
_ONE_NUMBER = re.compile(r"\b(?:wants?|asked for|asks for|needs?|wanted)\s+(?:one|a single|a|1)\s+(?:number|figure|percentage|estimate)\b|\bjust (?:one|a) number\b", re.I)
# The reader needs a line to say out loud ('something he can say out loud', 'a line she can use with the board').
_SAY_ALOUD = re.compile(
    r"\b(?:something|a line|one line|a sentence|one sentence|words|a soundbite|a one-liner)\s+(?:that\s+)?(?:he|she|they|i|we)\s+can\s+(?:say|use|read out|quote|repeat)\b"
    r"|\bsay (?:it )?out loud\b|\bsoundbite\b|\bone-liner\b",
    re.I,
)
# The reader plans around the answer ('what she should assume', 'whether to bake the savings into the Q1 budget').
_ASSUME = re.compile(
    r"\bwhat (?:she|he|they|i|we|you|finance) should (?:assume|plan (?:on|for|around)|budget for)\b|\bwhat to (?:assume|plan (?:on|for|around)|budget for)\b"
    r"|\b(?:bake|build|put|include|count)\b[^.?!]{0,40}\b(?:into|in|on)\s+(?:the|our|my|her|his|their|next year'?s?)\s+(?:q[1-4]\s+|annual\s+|\d{4}\s+)?(?:budget|plan|forecast|numbers)\b",
    re.I,
)
# The manager wants the points as a list ('she likes bullets', 'bullet points pls', 'as a list').
_BULLETS = re.compile(r"\bbullet(?:s|ed| points?)?\b|\bas a list\b|\bin list form\b", re.I)
_LEAD_WITH_ASK = re.compile(r"\b(?:lead|open|start) with (?:the|my|our) (?:ask|request)\b|\b(?:ask|request) (?:first|up top|at the top|on top|in the first line|goes first|comes first)\b|\bput (?:the|my|our) (?:ask|request) (?:first|up top|at the top|on top)\b", re.I)


def note_constraints(question: str) -> Constraints:
    """The constraints the manager's notes put on the draft."""
    return Constraints(
        no_options=bool(_NO_OPTIONS.search(question)),
        decided=bool(_DECIDED.search(question)),
        chat=bool(_CHAT.search(question)),
        plain=bool(PLAIN_RE.search(question)),
        lead_with_ask=bool(_LEAD_WITH_ASK.search(question)),
        one_paragraph=bool(_ONE_PARAGRAPH.search(question)),
        apology=bool(_APOLOGY.search(question)) and not _NO_APOLOGY.search(question),
        no_apology=bool(_NO_GROVEL.search(question) or _NO_APOLOGY.search(question)) and not _APOLOGY.search(_NO_APOLOGY.sub("", question)),
        own_it=bool(_OWN_IT.search(question)),
        grumble=_grumbled(question),
        valued=(m.group("v") if (m := _VALUED.search(question)) else ""),
        no_fluff=bool(_NO_FLUFF.search(question)),
        thank=thanked(question),
        no_blame=bool(_NO_BLAME.search(question)),
        forwardable=bool(_FORWARDABLE.search(question)),
        one_number=bool(_ONE_NUMBER.search(question)),
        say_aloud=bool(_SAY_ALOUD.search(question)),
        assume=bool(_ASSUME.search(question)),
        bullets=bool(_BULLETS.search(question)),
    )
