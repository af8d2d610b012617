"""The manager's own content for a drafted message: the question split into sentences and labelled
clauses, the words meant for the writer (tone, length, "draft", "help me", who the reader is) dropped,
and the rest said in the message's voice ("my team" -> "our team", the reader as "you"), each point
labelled as a reason, an offer, an ask, the reader's request or a plain point.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agent.understanding.writer_notes import (
    DONT,
    INSTRUCTION_WORDS,
    MOOD_TAIL,
    OFFER_START,
    READER_STATE_TAIL,
    READER_NOTE_START,
    REFUSAL,
    STYLE_ONLY,
    THANKS_TAIL,
    is_writer_note,
    without_asides,
    without_source,
)
from agent.understanding.reader_content import reader_clauses
from tools.message import Point, address, offer_to_reader
from tools.reader_facing import KeptOut
from tools.reader_voice import header_line, note_label, one_reader, read_note, suggested, without_chat_log

# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = re.compile(r"\b(prof|dr|mr|mrs|ms|vs|approx|est|e\.g|i\.e|etc|incl|fwd|re)\.(?=\s)", re.I)
_DOT = "\u2024"  # a one-dot leader stands in for a protected full stop while splitting
_SENTENCE_END = re.compile(r"(?<=[.!?\u2600-\u27bf\U0001f300-\U0001faff])\s+(?=\S)|\s*\n+\s*")  # "down to 2.5% 🎉 3 of 7 live": the emoji ends it
# "main reason the feed was late", "the real cause was ...": a why named as such, with no colon after it.
_BARE_REASON = re.compile(r"^(?:the\s+)?(?:main|real|biggest|big|root|actual)\s+(?:reason|cause)(?:\s+(?:is|was|being))?\s*[:,-]?\s+(?=\S)", re.I)
_LABEL_RE = re.compile(r"^(?P<label>[^:]{1,90}?)\s*:\s+(?P<rest>\S.*)$", re.S)
_DASH_LABEL_RE = re.compile(r"^(?P<label>[^-–—:]{1,90}?)\s+[-–—]\s+(?P<rest>\S.*)$", re.S)
# A label that addresses the message ("email to adaeze (chair of ...)", "fwd from mercy (COO)"): what follows is content.
_ADDRESSING_LABEL = re.compile(
    r"\b(?:email|e-mail|note|message|reply|answer|respond|slack|dm|update|announcement|post|memo|draft|write|fwd|forwarded|from|to|for|tell|let|inform|announce|"
    r"wrote|writes|asked|asks|emailed|messaged|pinged|slacked)\b", re.I
)
_WRITER_VERB_START = re.compile(
    r"^(?:pls |please )?(?:(?:can|could|would|will) (?:you|u|ya) (?:pls |please )?)?(?:write|draft|reply|respond|compose|help|make|keep|cut|explain|announce|give|check|send|ask (?:my|our|the|him|her|them)\b|answer (?:her|him|them)\b|level with (?:her|him|them)\b|get back to (?:her|him|them)\b|need to ask\b|need (?:budget|to tell|to write|a (?:reply|note|message|email))|(?:i )?need (?:to (?:email|e-mail|message|slack|dm|write to|reply to|answer|send)|(?:the|an?|my) (?:(?:short|quick|brief|one-page|two-page)\s+)?(?:ask|email|note|message|reply|post|update|memo|one-pager|one pager|1-pager|two-pager|pitch|write-up|brief|doc|document|proposal|paper|case) (?:to|for))\b|"
    r"(?:\w+ )?(?:email|note|message|slack|dm|update|announcement|reply|memo|weekly|monthly|biweekly|quarterly|daily|status|summary|recap) (?:to|for)\b)",
    re.I,
)
# "tell jonas (at freightly) the beta moves ...": the message starts after the reader is named.
_TELL_RE = re.compile(
    r"^(?:pls |please )?(?:(?:can|could|would|will) (?:you|u|ya) (?:pls |please )?)?(?:i\s+)?(?:have to |need to |got to |gotta |must |want to |should )?(?:tell|let|inform|remind|warn|notify|update)\s+", re.I
)
# Where the message starts after 'tell the sales lead ...': the first subject of a sentence of its own.
_TOLD_START = re.compile(
    r"^(?:[^\s:()]+\s+|\([^)]{0,60}\)\s+){0,8}?(?:that\s+)?(?=(?:we|we'?re|we'?ll|we'?ve|i|i'?m|i'?ll|it|it'?s|they|our|there|"
    r"(?:the |(?-i:[A-Z]))(?:(?!(?:the|after|before|to|for|of|on|in|until|once|when|with)\b)[\w/-]+ ){0,3}(?:is|are|was|were|has|had|will|moves?|slips?|ships?|lands?|goes|launch(?:es)?|starts?|pauses?))\b)",
    re.I,
)
# "write a note to Dana saying the API slips ...": what follows the saying is the message.
_SAYING = re.compile(r"\b(?:saying|to say|that says|telling (?:her|him|them|the \w+|our \w+)|explaining|letting (?:her|him|them) know)\s+(?:that\s+)?", re.I)
# A label that gives the answer ('honest: no, ...', 'short answer: yes ...', 'the truth: no').
_ANSWER_LABEL = re.compile(r"(?:^|(?<=[\s\"'”’]))(?:(?:the|my|our)\s+)?(?:honest(?:ly)?|truthfully|(?:honest|short|real|straight|true)\s+answer|answer|truth|the truth)\s*:\s*(?:no|nope|yes)\b", re.I)
# "email to sofia asking her to extend the contract": what follows is the ask of the message.
_ASKING = re.compile(r"\basking\s+(?:(?:her|him|them|you|(?!to\b|for\b)\w+)\s+)?(?P<w>to|for)\s+", re.I)
# A question the manager asks the copilot ("how do i even decide", "whats the agenda").
_QUESTION_TO_US = re.compile(
    r"^(?:(?:also|and|plus|oh and|btw|ps|p\.s\.|one more thing|separately)[,:]?\s+)?(?:how|what|whats|what's|is it|should i|should we|do i|can i|could you|can you|any tips|which|"
    r"would it be|is that|am i|do you think|or should i|is it ok|is it okay)\b(?!(?:\s+[\w'’-]+){0,5}\s*:\s+\S)",  # 'what it actually means: ...' heads content
    re.I,
)
# The reader's own question relayed ("victor just pinged 'still on for jan 29?'"): what the reply answers.
_RELAYED = re.compile(
    r"\b(?:pinged|asked|asks|asking|slacked|emailed|messaged|wants to know|wondering|wants a)\b.*\?|\b(?:asked|asks|asking|wants to know|wondering)\s+(?:me\s+|us\s+)?(?:if|whether|when|why|how)\b"
    r"|\bkeeps? (?:asking|pushing|pinging|bugging)\b(?!\s+for\b)"  # "the plants keep asking for textiles": demand, a reason
    r"|\b(?:in|on) (?:the |our |a )?(?:[\w#-]+ )?(?:channel|slack|dm|thread|chat)\b[^:]{0,20}:\s*['\"“‘][^'\"”’]{5,200}\?",  # "in the exec channel: 'why ...?'"
    re.I,
)
# Where the reader's request ends and the manager's own point begins ("... for the board deck and Marco is the only one").
_REQUEST_END = re.compile(r",?\s+(?:and|but)\s+(?=(?:\S+\s+){0,6}?(?:is|are|was|has|knows|can't|cannot|won't|isn't)\b)|,\s+but\s+", re.I)
_ROLE_NOUN = r"(?:pm|lead|director|manager|head|vp|cto|ceo|cfo|coo|cmo|cpo|gm|owner|chair|partner)"
_NO_SUBJECT = re.compile(r"^(?:has|have|wants?|needs?|thinks?|says?|asks?|is|hopes?|expects?)\b", re.I)
_READER_WANTS = re.compile(r"^you\s+(?:wants?|would like|asked for|asks? for)\s+", re.I)


def content_points(
    question: str, *, recipient: str = "", pasted: str = "", names: list[str] | None = None, org: str = "", kept_out: list[KeptOut] | None = None
) -> list[Point]:
    """The content clauses of the question, in the message's voice, words to the writer left out (the
    people in `names` written with their capital; `org`, the reader's organisation, said as 'your'); the clauses a
    sentence held that are no content for the reader go to `kept_out`, with why."""
    text = question.replace(pasted, " ") if pasted else question
    text = _QUOTED_QUESTION.sub("\n", without_asides(_without_quoted_messages(text)))
    if recipient:
        text = private_asides(text, recipient)
    points: list[Point] = []
    for sentence in (part for whole in _sentences(text) for part in _verdict_split(whole)):
        sentence = _pronoun_as_named(sentence, points, recipient, text[: text.find(sentence)] if sentence in text else "")
        for point in _point(sentence, recipient, org, kept_out) or ():
            for name in names or ():
                point = point.model_copy(update={"text": re.sub(rf"\b{re.escape(name)}\b", name, point.text, flags=re.I)})
            if point.kind == "offer" and names:  # "but she can do a design review": the person it is about
                point = point.model_copy(update={"text": re.sub(r"^(?:she|he)\b", names[0], point.text, flags=re.I)})
            if point.kind in ("point", "reason"):
                point = point.model_copy(update={"text": whole_sentence(point.text, has_subject=bool(points))})
            points.append(point)
    for i, point in enumerate(points):
        event = _READER_EVENT.match(point.text.strip())
        if event and point.kind == "point":  # "she's presenting to the board tuesday", said to her: what the message is for, first
            when = f" on {event.group('d').capitalize()}" if event.group("d") else ""
            points.insert(0, points.pop(i).model_copy(update={"text": f"here's a short version you can reuse with {event.group('x').strip()}{when}"}))
            break
    still_open = open_item(text)
    if still_open and not any(_shares_words(p.text, still_open, 3) for p in points):
        points.append(Point(kind="ask", text=still_open))  # "not up for debate, but i'm open to tweaks on X": the one thing they can shape
    wanted = asked_for(text)
    if wanted and not any(_shares_words(p.text, wanted, 5) for p in points):
        points.insert(0, Point(kind="ask", text=wanted))  # "write the ask to ngozi for one MLOps engineer": the ask leads
    return points


# The reader's own event the message serves, said to them ('you're presenting to the co-op board tuesday').
_READER_EVENT = re.compile(
    r"^you(?:'re| are)\s+(?:presenting|speaking|talking|reporting|pitching)\s+(?:to|at)\s+(?P<x>[^,.;]+?)"
    r"(?:\s+(?:on\s+|this\s+|next\s+)?(?P<d>(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow))?\s*[.!]?$",
    re.I,
)
# What the manager leaves open in a decided message ('i'm open to tweaks on handover times', 'happy to hear ideas on the rota').
_OPEN_TO = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are)\s+(?:still\s+|totally\s+|happy\s+and\s+)?(?:open to|happy to (?:hear|take)|flexible on)\s+"
    r"(?:(?:tweaks|changes|suggestions|ideas|input|feedback|adjustments)\s+(?:on|to|about|for|around)\s+)?(?P<x>[^.;!?\n]{3,80}?)\s*(?=[.;!?\n]|$|,\s*(?:but|and|so)\b)",
    re.I,
)


def open_item(text: str) -> str:
    """What the manager leaves open for the reader to shape, said as the ask: 'open to tweaks on handover times' ->
    'if the handover times don't work for you, let me know what would work better'."""
    m = _OPEN_TO.search(text)
    if m is None:
        return ""
    thing = re.sub(r"\s+(?:though|too|as well|anyway|still)$", "", re.sub(r"^(?:the|our|my)\s+", "", m.group("x").strip(" ,"), flags=re.I), flags=re.I)
    return f"if the {thing} don't work for you, let me know what would work better" if re.search(r"s$", thing.split()[-1]) else f"if the {thing} doesn't work for you, let me know what would work better"


# A note that opens on its verb ('was due the 22nd, now wk of jan 11'): the thing the sentence before named is its subject.
_SUBJECTLESS = re.compile(r"^(?P<v>was|were|is|has|had|will|won'?t|slips?|slipped|moves?|moved|needs?|needed|lands?|landed|ships?|shipped)\b(?!\s+(?:it|this|that)\b)", re.I)
# An action of ours told without its subject ('rolled back at 09:40', 'patched it friday').
_WE_DID = re.compile(r"^(?:rolled (?:back|out)|reverted|redeployed|restarted|patched|hotfixed|paused|re-?ran|retrained|switched (?:it )?(?:off|back))\b", re.I)
# 'alert volume back to about 120': a measure and where it is now, with no verb.
_BACK_TO = re.compile(r"(?:(?<=^)|(?<=,\s))((?:[a-z][\w-]+\s+){0,2}[a-z][\w-]+)\s+((?:back|down|up)\s+(?:to|at|under|below|near)\b)", re.I)
_VERB_LIKE = re.compile(r"^(?:\w+ed|is|are|was|were|be|been|came|come|comes|went|go|goes|got|get|gets|it|we|they|he|she|i|you|them)$", re.I)


def _is_back(m: re.Match[str]) -> str:
    """'alert volume back to 120' -> 'alert volume is back to 120'; 'rolled back to', 'came back to' stay."""
    words = m.group(1).split()
    if any(_VERB_LIKE.search(w) for w in words) or words[0].lower() in _DETERMINERS - {"the", "our", "a", "an"}:
        return m.group(0)
    return f"{m.group(1)} is {m.group(2)}"


# 'was due X, now Y': the second half says where it is now.
_WAS_NOW = re.compile(r"^(?P<a>(?:it|this|that)\s+)?(?P<v>was|were)\s+(?P<x>[^,;]{3,80}?),\s+(?:but\s+)?now\s+(?!(?:we|i|it|they|he|she|the team|there)\b)", re.I)
# 'also code freeze dec 18 to jan 4': a thing and its dates, with no verb.
_ALSO_THING = re.compile(
    r"^also,?\s+(?P<np>[a-z][\w-]+(?:\s+[a-z][\w-]+)?)\s+(?=(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
    re.I,
)
# A noun phrase of two or three words opening a note without its article ('vendor patch is already in').
_BARE_SUBJECT = re.compile(r"^(?P<np>[a-z][\w-]+(?:\s+[a-z][\w-]+){1,2})\s+(?=(?:is|was|has|had|will|isn'?t|wasn'?t|hasn'?t)\b)")
# A lone countable noun opening a note ('team is on X', 'vendor says Y'): it takes its article.
# "3 of us running ...", "all of us covering ...": a subject and its -ing verb with the 'are' left out.
_SOME_OF_US_DOING = re.compile(r"^(?P<the>the\s+)?(?P<n>\d+|two|three|four|five|six|seven|eight|all|both)\s+of\s+us\s+(?=[a-z]+ing\b)", re.I)
_LONE_NOUN_SUBJECT = re.compile(r"^(?:team|model|pipeline|vendor|client|customer|partner|feed|dashboard|release|launch|migration|rollout|retrain|patch|fix|build|job|report|deck|audit)\s+(?=(?:is|was|are|were|has|had|will|won'?t|isn'?t|wasn'?t|says|said|needs)\b)", re.I)
_DETERMINERS = frozenset(
    "the a an this that these those our my your his her their its it we i they he she there here what which who whose everything nothing "
    "everyone nobody all both each every some any no one two three four five six seven eight nine ten most many few half none "
    "before after now then since when if so because also still just only once while until as at on in by for from to of with and but or".split()
)


def whole_sentence(text: str, has_subject: bool = True) -> str:
    """A note made a whole sentence: a clause that opens on its verb gets 'it' (when a sentence before named the
    thing), 'was X, now Y' says 'and is now Y', and a bare noun phrase subject gets its article ('vendor patch is in'
    -> 'the vendor patch is in'). Words are only added, never changed."""
    from agent.understanding.people import is_first_name

    out = text.strip()
    if _WE_DID.match(out):
        out = "we " + out  # "rolled back at 09:40": an action of ours
    elif has_subject and re.match(r"(?i)need\b", out):
        out = "I " + out  # "need a yes by wed": the manager needs it ('it need' never agrees)
    elif has_subject and _SUBJECTLESS.match(out):
        out = "it " + out
    out = _BACK_TO.sub(_is_back, out)  # "alert volume back to 120 an hour"
    was_now = _WAS_NOW.match(out)
    if was_now:
        now = "are" if was_now.group("v").lower() == "were" else "is"
        out = f"{was_now.group('a') or ''}{was_now.group('v')} {was_now.group('x')} and {now} now {out[was_now.end() :]}"
    also = _ALSO_THING.match(out)
    if also:  # "also code freeze dec 18 to jan 4 except fixes" -> "there's also a code freeze from dec 18 to jan 4, except for fixes"
        rest = re.sub(r"\s+except\s+(?!for\b)", ", except for ", out[also.end() :])
        span = "from " if re.search(r"\bto\b|\buntil\b|\bthrough\b", rest) else "on "
        out = f"there's also a {also.group('np')} {span}{rest}"
    us = _SOME_OF_US_DOING.match(out)
    if us:  # "3 of us running at 140%": the 3 of us are
        the = us.group("the") or ("" if us.group("n").lower() in ("all", "both") else "the ")
        out = f"{the}{us.group('n')} of us are {out[us.end():]}"
    lone = _LONE_NOUN_SUBJECT.match(out)
    if lone:
        out = "the " + out  # "team is on the pricing engine till mid jan": the team
    bare = _BARE_SUBJECT.match(out)
    if bare and not {w.lower() for w in bare.group("np").split()} & _DETERMINERS and not is_first_name(bare.group("np").split()[0]):
        out = "the " + out
    return out


def whole_sentences(text: str) -> str:
    """Every sentence of a note made whole (see `whole_sentence`); a later one may take its subject from the one before."""
    said = _sentences(text)
    if len(said) < 2:
        return whole_sentence(text, has_subject=False)
    made = [whole_sentence(x.rstrip("."), has_subject=i > 0) for i, x in enumerate(said)]
    if made == [x.rstrip(".") for x in said]:
        return text  # nothing to mend: the manager's words as they were
    out = " ".join(x + "." for x in made)
    return out if text.rstrip().endswith((".", "!", "?")) else out.rstrip(".")


# A question the manager expects from the reader, with its answer ('she'll also ask when it recovers, and honestly we don't know').
_THEY_WILL_ASK = re.compile(
    r"^(?:and\s+|but\s+)?(?:she|he|they)(?:'ll|’ll| will| is going to| are going to)\s+(?:also\s+|probably\s+|definitely\s+)*ask\s+(?P<q>(?:when|why|whether|if|how|what)\b[^,;]{3,80}?)\s*(?:[,;]|\s[-–—])\s+(?:and\s+)?(?P<a>\S.{3,200})$",
    re.I,
)
# The reader's question quoted after a colon ("asked in the channel: 'did it work or not?'"): what the reply answers.
_QUOTED_QUESTION = re.compile(r"(?<=:)[ \t]*['‘][^\n]{12,300}?\?(?:['’]|[^'’\n?]{1,200}[.!]['’](?=\s|$))", re.S)  # "...? I need to lock it by the 18th.'"
_NAMED_SUBJECT = re.compile(r"^(?-i:[A-Z][a-z'-]+)\s+(?!is\b|are\b)")


def _pronoun_as_named(sentence: str, points: list[Point], recipient: str, before: str = "") -> str:
    """'he finishes the handover first' after 'Eitan moves to your team': the 'he' is Eitan, not the reader; so is
    'he's blocked' after 'olivia wants marco to ...' written to Olivia (the last person named whom the pronoun fits)."""
    from agent.understanding.people import is_first_name

    said = re.match(r"(?i)(?P<p>he|she)(?P<c>['’]s)?\b", sentence)
    if not said:
        return sentence
    m = _NAMED_SUBJECT.match(points[-1].text) if points else None
    name = m.group(0).strip() if m else ""
    if not name or name.casefold() == recipient.casefold() or not is_first_name(name):
        name = _last_named(before, said.group("p").lower(), recipient)
    if not name:
        return sentence
    rest = sentence[said.end() :]
    if said.group("c"):  # "he's blocked" -> "Marco is blocked", "she's got" -> "Aino has got"
        rest = (" has" if re.match(r"\s+(?:been|got|had)\b", rest) else " is") + rest
    return name + rest


def _last_named(before: str, pronoun: str, recipient: str) -> str:
    """The last person named in `before` whom the pronoun plainly fits ('he' and 'Marco'), when that is someone
    other than the reader; '' when the reader fits too and was named later, or no name plainly fits."""
    from lemminflect import getAllLemmas

    from agent.understanding.first_names import clear_gender
    from agent.understanding.people import is_first_name

    reader = recipient.split()[0].casefold() if recipient.strip() else ""
    for word in reversed(re.findall(r"(?<![\w'’-])[A-Za-z][a-z'’-]+", before)):
        folded = word.casefold()
        if folded == reader:
            return ""  # the reader is the last one the pronoun fits: it is theirs
        if len(folded) > 2 and is_first_name(folded) and (word[:1].isupper() or not getAllLemmas(folded)) and clear_gender(folded) == pronoun:  # 'grace' in lower case is a word
            return folded.capitalize()
    return ""


# "write the ask to ngozi (VP eng) for one MLOps engineer": what is asked for, inside the words to the writer.
_ASKED_FOR = re.compile(
    r"\b(?:the|my|an?)\s+ask\s+(?:to\s+[^:;.\n]{1,60}?\s+)?for\s+(?P<a>[^.,;:\n]{3,80}"  # "the ask to our gm, henk, for three people"
    r"(?:,\s+(?:one|two|three|an?|\d+)\s+[^.,;:\n+&]{2,40}?\s*(?:\+|&|\band\b)\s*(?:one|two|three|an?|\d+)\s+[^.,;:\n]{2,40})?)"  # "..., one MLE + one data engineer": who they are
    r"|\b(?:need|have|want|got)\s+to\s+ask\s+(?:my\s+|our\s+|the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s*(?:\([^)]{1,60}\)\s*)?for\s+(?P<b>(?:[^.;:\n]|\.(?=\d)){3,240})",  # "need to ask callum (GM) for 1 hire, about $210k, and to move ..."
    re.I,
)


def asked_for(text: str) -> str:
    """What a resource ask asks for, where the manager names it in their request to the writer ('' when not)."""
    m = _ASKED_FOR.search(text)
    if m is None:
        return ""
    wanted = (m.group("a") or m.group("b")).strip()
    return re.sub(r",\s+and\s+to\s+(?=[a-z])", ", and your OK to ", wanted)  # "1 hire, and to move training to cloud": the second ask said as one


def relayed_question(question: str) -> str:
    """The reader's own question the manager relays ('ceo wants a yes/no: will the agent cut tickets 30% by march?'),
    in the reader's words, or ''."""
    for sentence in _sentences(_without_quoted_messages(question)):
        if sentence.rstrip(" .'\"’”").endswith("?") and _RELAYED.search(sentence):  # "...: 'what happened?'." 
            parts = re.split(r":\s+|['‘“\"]", sentence) if re.search(r":\s+|['‘“\"]", sentence) else [""]
            asked = next((x for x in reversed(parts) if x.strip().endswith("?")), parts[-1])  # the quoted question, not the full stop after it
            asked = asked.strip(" '\"’”")
            if 3 <= len(asked.split()) <= 16 and asked.endswith("?"):
                return asked[:1].upper() + asked[1:]
    return ""


def instruction_only(question: str, points: list[Point]) -> str:
    """The question with the sentences that gave these points blanked out: what is left is what the manager told
    the writer (their content is meant to be said, their instructions never)."""
    out = _without_quoted_messages(question)  # the reader's own words may be quoted back to them
    for sentence in _sentences(out):
        relayed = _RELAYED.search(sentence)  # the reader's question (quoted or reported) may be said back to them
        holds = any(len(p.text.split()) >= 4 and p.text.lower() in sentence.lower() for p in points)  # "...?' truth: <the point>"
        if relayed or holds or (_point(sentence, "") and any(_shares_words(p.text, sentence) for p in points)):
            out = out.replace(sentence, " ")
    wanted = asked_for(out)
    m = _ASKED_FOR.search(out)
    raw = (m.group("a") or m.group("b")).strip() if m else ""
    return out.replace(raw, " ") if wanted and any(p.kind == "ask" and p.text == wanted for p in points) else out  # the ask is said


# "If not I need to know now so we can plan a generic send": what the reader will do if the answer is no.
_READER_FALLBACK = re.compile(r"\bif not,?\s+(?:i|we)\s+(?:need|'ll need|will need|would need|have)\s+to\s+know\b[^.?!]*?\bso\s+(?:that\s+)?(?:we|i)\s+can\s+(?P<x>[^.?!]{4,80})", re.I)


def reader_fallback(question: str) -> str:
    """The reader's own plan B, from their forwarded message ('... so we can plan a generic send'), or ''."""
    m = _READER_FALLBACK.search(question)
    return m.group("x").strip() if m else ""


def _shares_words(a: str, b: str, run: int = 4) -> bool:
    wa, wb = re.findall(r"\w+", a.lower()), re.findall(r"\w+", b.lower())
    grams = {tuple(wb[i : i + run]) for i in range(len(wb) - run + 1)}
    return any(tuple(wa[i : i + run]) in grams for i in range(len(wa) - run + 1)) or (len(wa) < run and " ".join(wa) in " ".join(wb))


def _without_quoted_messages(text: str) -> str:
    """The question without a stakeholder's forwarded message ('> hey, is it ready?', a long quote, the posts of a
    pasted chat log): their words are what the reply answers, not what it says."""
    lines = [line for line in without_chat_log(text).splitlines() if not line.lstrip().startswith(">") and not header_line(line)]  # 'Sent: Thursday, ...': e-mail furniture; a chat log's posts
    text = "\n".join(lines)
    # A quoted message opens a line or follows a colon; the closing quote of '"before xmas"' opens nothing.
    return re.sub(r"(?:^|(?<=[:\n]))[ \t]*[\"“][^\"”]{30,}[\"”]", " ", text, flags=re.M)


# The reader's own observation of a number ('saw X drop from 14% to 9%', 'noticed accuracy went from 0.82 to 0.74').
_SEEN = re.compile(r"\b(?:saw|sees|noticed|spotted|flagged)\b.{0,120}\bfrom\s+\d+(?:\.\d+)?%?\s+to\s+\d+(?:\.\d+)?%?", re.I)


def quoted_message(question: str) -> str:
    """The reader's own message as the manager quoted it ('> is it ready for feb 9? ...', or a long quote in quotation
    marks), or ''."""
    lines = [line.lstrip()[1:].strip() for line in question.splitlines() if line.lstrip().startswith(">")]
    if lines:
        return " ".join(lines)
    m = re.search(r"(?:^|(?<=[:\n]))[ \t]*[\"“](?P<q>[^\"”]{30,})[\"”]", question, re.M)
    if m:
        return m.group("q").strip()
    seen = next((x for x in _sentences(question) if _SEEN.search(x)), "")
    return seen  # "our ceo saw match rate drop from 14% to 9% and asked ...": what the reader saw


# A day.month date written with dots ('slips from 15.1. to 26.2.', 'since 30.11., because'): its last dot ends no sentence
# when the words run on after it.
_DOTTED_DATE = re.compile(r"\b(\d{1,2}\.\d{1,2}(?:\.\d{2,4})?)\.(?=,|\s+[a-z(])")


def _sentences(text: str) -> list[str]:
    protected = _DOTTED_DATE.sub(lambda m: m.group(1) + _DOT, _ABBREVIATIONS.sub(lambda m: m.group(1) + _DOT, text))
    return [x for s in _SENTENCE_END.split(protected) if s.strip(" .") for x in run_on_sentences(s.replace(_DOT, ".").strip())]


# A run-on note typed with no stops ('... is now going to be jan 19 the reasons are ... plus we underestimated ...
# meanwhile ... dont make it sound like excuses'): where its sentences start, at the words that open a new thought.
_RUN_ON_WORDS = 45  # words with no stop: more than any sentence a manager writes on purpose
_RUN_ON_BREAK = re.compile(
    r"\s+(?=(?:the\s+(?:main\s+|real\s+)?reasons?\s+(?:are|is|being|were|was)|plus|meanwhile|in the meantime|also|btw|anyway|on top of that|"
    r"so\s+(?!that\b|far\b|much\b|many\b|long\b|it\s+goes\b)(?=(?:the|we|our|their|it|they|i|pickups|[a-z]+s)\b)|"
    r"(?:dont|don'?t|do not|pls|please|make sure|keep it|no need to)\s+(?:make|promise|say|mention|sound|blame|apologi[sz]e|over|use|want|be|let|keep|forget)|"
    r"(?:write|draft|send|email|e-mail|message)\s+(?:him|her|them|[a-z]+)\s+(?:a|an|the)\s+(?:reply|note|message|email|e-mail|answer|response|line)|"  # '... write ignazio a reply with ...'
    r"the\s+(?:[a-z-]+\s+){1,2}(?:needs|wants|has|is|are|was|will)\s+(?:the|a|an|to|it|\d))\b)",  # '... and the harbour board needs the model by ...'

    re.I,
)


# A verb that follows a person named as the subject of a new thought ('... tender bid hjalmar is six weeks in').
_SUBJECT_VERBS = frozenset("is has was needs wants will can can't says reckons thinks".split())
_NOT_BEFORE_SUBJECT = frozenset("to for with ask tell and or off on from at by of about let director manager head lead boss cfo ceo coo cto vp gm pm chair owner".split())  # 'the fleet director ignazio wants': one subject


def _at_named_subjects(text: str) -> list[str]:
    """A run-on split before a person who starts a thought of their own ('bid hjalmar is six weeks into'), where a name
    follows a word that cannot take it as its object and a verb follows the name."""
    from agent.understanding.people import is_first_name

    words = text.split()
    cuts = [i for i in range(2, len(words) - 1) if words[i + 1].lower() in _SUBJECT_VERBS and words[i - 1].lower() not in _NOT_BEFORE_SUBJECT and is_first_name(words[i].lower())]
    bounds = [0, *cuts, len(words)]
    return [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:]) if a < b]


def run_on_sentences(sentence: str) -> list[str]:
    """A long sentence with no stop, comma or colon in it split where a new thought starts; any other sentence as it is."""
    if len(sentence.split()) < _RUN_ON_WORDS or re.search(r"[,;:]|[.!?]\s", sentence.rstrip(".!? ")):
        return [sentence]
    parts = (re.sub(r"(?i)\s+(?:and|but|or|so)$", "", x.strip()) for x in _RUN_ON_BREAK.split(sentence) for x in _at_named_subjects(x))  # 'dont make it sound like excuses and'
    parts = (re.sub(r"(?i)^so\s+", "", re.sub(r"(?i)^plus\s+", "also, ", x)) for x in parts)  # the joining word goes with the stop that replaces it
    return [x for x in parts if x.strip(" .")]


_VERDICT = re.compile(r"^(?P<v>(?:it'?s|it is|this is|that'?s|that is|the answer is|short answer)\s+[^:]{2,30}?)\s*:\s+(?P<rest>\S.*)$", re.I | re.S)


def _verdict_split(sentence: str) -> list[str]:
    """'it's expected: the retrain used ...' -> the verdict and its reason, as two sentences."""
    m = _VERDICT.match(sentence)
    return [m.group("v"), m.group("rest")] if m else [sentence]


def _point(sentence: str, recipient: str, org: str = "", kept_out: list[KeptOut] | None = None) -> list[Point] | None:
    """One sentence as points of the message (the reader's request split from the manager's point after it), or
    None when it is meant for the writer."""
    note = read_note(sentence)
    if note.kind == "instruction":
        return None  # "say no to X", "no stats words", "dont want it to sound like excuses": applied as style, never sent
    if note.kind == "frame" and note_label(sentence.strip()) is None:
        sentence = note.text  # "ok need to ask X for ...", "this is happening, but i want ideas on ...": the content, said to the reader
    kind, body = _label(sentence)
    answered = _ANSWER_LABEL.search(sentence.strip())
    after = sentence.strip()[answered.start() :].split(":", 1)[1].strip() if answered else ""
    verdict = re.match(r"(?i)(?P<v>no|nope|yes)\b[,.;:]?\s*(?P<rest>.*)$", after) if answered else None
    if kind == "point" and verdict:  # "honest: no, the eval set isn't labelled yet": the verdict, then why
        rest = verdict.group("rest").strip(" .")
        said = voice(rest, recipient, org=org) if rest else ""
        return [Point(kind="point", text=verdict.group("v").lower()), *([Point(kind="reason", text=_capitalised_names(said))] if said else [])]
    if kind == "drop" or (kind == "point" and _TERSE_NOTE.match(body.strip()) and not REFUSAL.match(body.strip())):
        return None
    body = READER_STATE_TAIL.sub("", MOOD_TAIL.sub("", THANKS_TAIL.sub("", without_source(_after_tell(body, recipient)))))  # "... and i want to thank them": a constraint, not a sentence
    if is_writer_note(body):
        return _content_in_instruction(body, recipient, org) or None  # "she's not technical", "post for the team channel": constraints; "... and make the point that X": X is content
    saying = _SAYING.search(body)
    if kind == "point" and saying and _WRITER_VERB_START.match(body):
        body = body[saying.end() :]  # "write a note to Dana saying the API slips": the message is what is said
    asking = _ASKING.search(body)
    if kind == "point" and asking and _WRITER_VERB_START.match(body):  # "email to sofia asking her to extend the contract ...": the ask
        rest = voice(body[asking.end() :].strip(" ."), recipient, org=org)
        return [Point(kind="ask", text=f"could you {rest}" if asking.group("w") == "to" else f"could we have {rest}")]
    if DONT.match(body.strip()):
        return None
    foreseen = _THEY_WILL_ASK.match(body.strip())
    if foreseen:  # "she'll also ask when the number goes back up, and honestly we don't know yet": answered before asked
        said = voice(foreseen.group("a").strip(" ."), recipient, org=org)
        q = re.sub(r"^if\b", "whether", foreseen.group("q").strip(), flags=re.I)  # "she'll ask if we can ship": whether we can
        lead = f"you may ask {q}" if re.match(r"(?i)whether\b", q) else f"as for {q}"
        return [Point(kind="point", text=f"{lead}: {said}")]
    if body.rstrip().endswith(":") or REFUSAL.match(body.strip()):
        return None
    single = len(re.split(r",\s+", body)) == 1  # a sentence of clauses is sorted clause by clause below
    if kind == "point" and ((_is_instruction(body) and (single or _WRITER_VERB_START.match(body))) or _RELAYED.search(body) or READER_NOTE_START.match(body) or body.rstrip().endswith("?") or _QUESTION_TO_US.match(body)):
        return _content_in_instruction(body, recipient, org) or None
    if kind == "point" and OFFER_START.match(body):
        kind, body = "offer", re.sub(r"\s+instead\W*$", "", OFFER_START.sub("", body, count=1))
    clauses = [c for c in re.split(r"(?:,\s+|\s+-\s+)(?![^()]*\))", body) if c.strip()]  # never inside an aside: "meinrad (our CEO, ex-sales) is furious"
    kept = [
        c for c in clauses
        if not (INSTRUCTION_WORDS.search(c) and len(c.split()) <= 8) and not is_writer_note(c) and not READER_NOTE_START.match(c.strip()) and not REFUSAL.match(c.strip()) and not STYLE_ONLY.match(c.strip())
    ]
    offered = [c for c in kept if OFFER_START.match(c.strip())] if kind == "point" and len(clauses) > 1 else []
    if kind == "point" and len(clauses) > 1 and clauses[0] not in kept and not offered and not REFUSAL.match(clauses[0].strip()):
        return None  # "newly promoted, managing my old peers": a sentence that opens as words to the writer is all theirs
    if kind in ("point", "reason"):
        kept = _with_evidence(clauses, kept, offered, recipient, kept_out)
    if offered:  # "short friendly reply, offer office hours on Tuesdays instead": the offer stands on its own
        kept = [c for c in kept if c not in offered]
        extra = [Point(kind="offer", text=re.sub(r"\s+instead$", "", OFFER_START.sub("", c.strip(), count=1))) for c in offered]
        return ([Point(kind=kind, text=voice(", ".join(kept).strip(" .,;"), recipient, org=org))] if kept else []) + extra
    if not kept:
        return None
    if kind == "point" and len(clauses) > 1 and REFUSAL.match(clauses[0].strip()):
        kind = "reason"  # "no, sam's on the shadow deploy": what follows the no is why not
    text = _capitalised_names(voice(", ".join(kept).strip(" .,;"), recipient, pronouns=kind != "offer", org=org))  # an offer's "she" is our person
    if kind == "offer" and recipient:
        text = _their_as_yours(offer_to_reader(text))
        if not _capitalised_people(sentence, recipient):
            text = re.sub(r"\b(?:her|his)\b(?=\s+(?:own\s+)?(?:team|org|people|folks|analysts|engineers|group|side|launch)\b)", "your", text)  # "scoped with her team": no one of ours is named, so she is the reader
    if not text.strip(" .,;'\""):
        return None
    if _READER_WANTS.match(text):
        request, *rest = _REQUEST_END.split(_READER_WANTS.sub("you'd like ", text, count=1), maxsplit=1)
        owner = re.search(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s\b", request)  # "a partner bank's data before their renewal": theirs is the bank's
        theirs = r"\bhis\b" if owner else r"\b(?:his|their)\b"
        request = re.sub(theirs, "your", _object_as_you(request, r"\bhim\b" if owner else r"\b(?:him|them)\b"))  # what they asked, said to them
        # "... and has marco in mind": a clause with no subject of its own is still what the reader asked for
        return [Point(kind="request", text=request)] + [
            Point(kind="request" if _NO_SUBJECT.match(x) else "point", text=x) for x in rest if x.strip(" .,;")
        ]
    return [Point(kind=kind, text=text)]


def _with_evidence(clauses: list[str], kept: list[str], offered: list[str], recipient: str, kept_out: list[KeptOut] | None) -> list[str]:
    """The kept clauses that are content for the reader on positive evidence (an offer stays); those it takes out go
    to `kept_out`, to be listed under the draft, never silently lost."""
    content, gone = reader_clauses(clauses, recipient)
    lost = {c.strip(" .,;") for c in kept if c not in content and c not in offered}
    if kept_out is not None:
        kept_out.extend(g for g in gone if g.text in lost)
    return [c for c in kept if c in content or c in offered]


# A clause with a subject of its own before the object ('so her team can start calling them'): 'them' is that clause's.
_OWN_SUBJECT = re.compile(r"\b(?:your|her|his|their|the|our|my)\s+(?:[\w-]+\s+){0,2}?(?:can|could|will|would|may|might|should|must|is|are|to)\b(?!.*\b(?:so|and|but|because|that)\b)", re.I)


def _object_as_you(request: str, objects: str) -> str:
    """The reader as the object of what they asked ('she wants us to call him' -> 'call you'), unless a clause with its
    own subject holds it ('so her team can start calling them': the members, not the reader)."""
    def said(m: re.Match[str]) -> str:
        clause = re.split(r"\b(?:so|and|but|because|that)\b|[,;]", request[: m.start()])[-1]
        return m.group(0) if _OWN_SUBJECT.search(clause) else "you"

    return re.sub(objects, said, request)


def _capitalised_people(sentence: str, recipient: str) -> bool:
    """True when the sentence names someone other than the reader (a known first name, in any case)."""
    from agent.understanding.people import is_first_name

    reader = recipient.split()[-1].casefold() if recipient else ""
    return any(is_first_name(w) and w.casefold() != reader for w in re.findall(r"[A-Za-z][a-z']+", sentence))


# What an instruction to the writer says the message must carry: "say why (most projects never left a notebook)",
# "... and that we're adding weather features in january", "mention that the first week is the 8th".
_WHY_IN_BRACKETS = re.compile(r"\b(?:say|explain|give|include|mention|add)\s+(?:them\s+|him\s+|her\s+)?(?:the\s+)?(?:why|reason)\s*\((?P<r>[^()]{6,200})\)", re.I)
_THAT_CLAUSE = re.compile(
    r"(?:,\s*|\b)(?:(?:and|plus|also)\s+(?:also\s+)?that|(?:say|mention|add|note|tell (?:him|her|them|the team|everyone))(?:\s+also)?(?:\s+that)?|(?:make (?:the |a )?point|point out|stress|emphasi[sz]e|remind (?:him|her|them))(?:\s+also)?\s+that)\s+"  # "and say we think it's fine": what to say is content
    r"(?P<c>(?:we|we'?re|we'?ll|we'?ve|our|the|it|it'?s|there|i|i'?m|i'?ll|this|they)\b[^;()]{6,200}?)(?=\s*(?:,\s*(?:and\s+)?(?:say|mention|keep|make|no|pls|please)\b|[.;]|$))",
    re.I,
)


def _content_in_instruction(body: str, recipient: str, org: str = "") -> list[Point]:
    """The content an instruction to the writer carries (its why in brackets, its 'and that ...' clauses), as points."""
    found: list[Point] = []
    why = _WHY_IN_BRACKETS.search(body)
    if why:
        found.append(Point(kind="reason", text=whole_sentence(voice(why.group("r").strip(" ."), recipient, org=org))))
    for m in _THAT_CLAUSE.finditer(body):
        found.append(Point(kind="point", text=whole_sentence(voice(m.group("c").strip(" .,"), recipient, org=org))))
    return found


# "explain what the band means": the manager wants the stated range explained in plain words.
_RANGE_MEANING_ASKED = re.compile(r"\bexplain\w*\s+(?:to\s+\w+\s+)?what\s+(?:the|our|an?|that|this)\s+(?:\d{2}\s*%\s+)?(?:[\w-]+\s+)?(?:band|range|interval|error bars?|spread)\s+(?:means|is)\b", re.I)
# "explain the range", "why it can't just give one number": the manager wants the range itself explained.
_RANGE_WHY_ASKED = re.compile(r"\bexplain\w*\s+(?:\w+\s+){0,2}?(?:the|a|our)\s+range\b|\b(?:just\s+)?(?:give|be|say)\s+(?:just\s+)?(?:one|a single|1)\s+(?:number|figure|date)\b", re.I)
# "80% it lands between 14k and 19k boxes": a chance and the range it covers.
_STATED_BETWEEN = re.compile(
    r"\b(?P<p>[5-9]\d)\s*%\s+(?:(?:that\s+)?(?:it|we|the\s+\w+)\s+)?(?:lands?|falls?|comes?\s+in|ends?\s+up|will\s+be|is|needs?)\s+between\s+"
    r"(?P<lo>[$€£]?[\d.,]+\s*[km]?)\s+and\s+(?P<hi>[$€£]?[\d.,]+\s*[km]?)(?P<rest>[^.;:\n]{0,60})",
    re.I,
)
_STATED_RANGE = re.compile(r"\b(?P<p>[5-9]\d)\s*%\s+(?:[\w-]+\s+)?(?P<w>band|range|interval)\b", re.I)


def range_meaning(question: str) -> str:
    """What a stated 'N% band' means, in words, when the manager asks for it explained ('' otherwise): how often the
    actual figure lands inside it, from the manager's own percentage."""
    from math import gcd

    between = _STATED_BETWEEN.search(question)
    if between is not None and _RANGE_WHY_ASKED.search(question):
        inside = int(between.group("p"))
        a, b = inside // gcd(inside, 100), 100 // gcd(inside, 100)
        often = f"about {a} times out of {b}" if b <= 20 else f"about {inside}% of the time"
        where = f"between {between.group('lo')} and {between.group('hi')}{between.group('rest').rstrip()}"
        return (f"nobody can know the exact figure in advance, so we give a range instead of one number: {often} it lands {where}. "
                "Any single number would be too high or too low most of the time; the range shows how far it can swing")
    stated = _STATED_RANGE.search(question)
    if not _RANGE_MEANING_ASKED.search(question) or stated is None:
        return ""
    inside = int(stated.group("p"))
    step = gcd(inside, 100)
    a, b = inside // step, 100 // step
    article = "An" if str(inside).startswith(("8", "11", "18")) else "A"
    often = f"about {a} times out of {b} and outside it about {b - a} {'time' if b - a == 1 else 'times'} in {b}" if b <= 20 else f"about {inside}% of the time"
    return f"{article} {inside}% {stated.group('w').lower()} means the actual figure should land inside it {often}. A result near its edge is still inside what we planned for"


# A lower-case name doing something in the note ("and kemi owns the runbook"): written with its capital.
_NAME_DOING = re.compile(r"(?:^|\band\s+|,\s+|\bwhile\s+)([a-z][a-z']{2,15})\s+(?=(?:owns|becomes|moves|covers|leads|takes over|joins|runs|will own|will lead|steps in|triages|handles|reviews|checks|approves|answers|picks up|manages|hosts|chairs|pairs)\b)")


def _capitalised_names(text: str) -> str:
    from agent.understanding.people import NOT_NAMES, _uncommon, is_first_name

    def cap(m: re.Match[str]) -> str:
        word = m.group(1)
        keep = word.casefold() in NOT_NAMES | _JOINING_WORDS or not (is_first_name(word) or _uncommon(word) and not _english_word(word)) or word in ("she", "he", "they", "it", "we", "who", "everyone", "nobody")
        return m.group(0) if keep else m.group(0).replace(word, word.capitalize(), 1)

    return _places(_listed_names(_CLAUSE_NAME.sub(cap, _NAME_DOING.sub(cap, text))))


def _english_word(word: str) -> bool:
    """True when English knows the word as a noun, verb or adjective ('backlog'): no name unless it is a first name."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word.lower()))


_JOINING_WORDS = frozenset("because since although though unless whereas whether which where when while after before until once then".split())  # ', because the supplier ...': no name
# A lower-case name opening a clause of a list of who does what ('Lena takes over X, marco the eval harness').
_CLAUSE_NAME = re.compile(r"(?:^|,\s+|;\s+|\band\s+)([a-z][a-z']{2,15})(?=\s+(?:the|takes|will|is|has|owns|gets|moves|covers|leads|picks|starts|joins|hands)\b)")


# City names of the IANA time zones that are also everyday words: never read as places.
_NOT_PLACES = frozenset("act center christmas easter north south east west oral virgin wake midway reunion canary jersey phoenix knox currie chatham stanley".split())


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Lower-case names of the world's cities that have a time zone (Lagos, Dhaka, Berlin), from the system's zone
    database; empty where it is missing."""
    import zoneinfo

    regions = ("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")
    zones = zoneinfo.available_timezones()  # an empty set where the system has no zone database
    return frozenset(z.split("/")[-1].replace("_", " ").lower() for z in zones if z.split("/")[0] in regions) - _NOT_PLACES


def _places(text: str) -> str:
    """Lower-case city names written with their capital ('lagos and dhaka blocked' -> 'Lagos and Dhaka blocked')."""
    names = _place_names()
    return re.sub(r"\b[a-z][a-z]{2,}\b", lambda m: m.group(0).capitalize() if m.group(0) in names else m.group(0), text)


# A run of single words in a list ('sam, then priya, aisha, marco, tom'): names, when most of them are first names.
_WORD_LIST = re.compile(r"\b[A-Za-z][a-z']{1,15}(?:,\s+(?:and\s+|then\s+)?[A-Za-z][a-z']{1,15}\b){2,}")


def _listed_names(text: str) -> str:
    """The lower-case names in a list of people written with their capital ('sam, then priya, aisha' -> 'Sam, then
    Priya, Aisha'); a list of everyday words is left alone."""
    from agent.understanding.people import is_first_name

    def cap(m: re.Match[str]) -> str:
        words = re.findall(r"[A-Za-z][a-z']+", m.group(0))
        items = [w for w in words if w.lower() not in ("and", "then")]
        if sum(1 for w in items if w[:1].isupper() or is_first_name(w)) < max(2, len(items) - 1):
            return m.group(0)
        return re.sub(r"[A-Za-z][a-z']+", lambda w: w.group(0).capitalize() if is_first_name(w.group(0)) else w.group(0), m.group(0))

    return _WORD_LIST.sub(cap, text)


# An offer said as 'what I can offer is ...' (no colon): what follows the 'is' is the offer.
_CLEFT_OFFER = re.compile(
    r"^(?:but\s+|so\s+)?what (?:i|we)(?: can| could|'ll| will|'d| would)? (?:offer|do|give|propose|suggest)(?: (?:her|him|them|you|the \w+))?(?: instead| meanwhile| in the meantime| for now)? is\s+",
    re.I,
)


def _label(sentence: str) -> tuple[str, str]:
    """(kind, text) of a sentence with its label taken off; kind 'drop' for a label that is only addressing."""
    if _MESSAGES_WANTED.search(sentence):
        return "drop", ""
    framed = re.match(r"(?i)^(?:so\s+)?(?:the\s+)?(?:background|context|backstory|situation)(?:\s+(?:here\s+)?is)?\s*,\s+(?=\S)", sentence.strip())
    if framed:  # "the background is, our matching model ...": the content, without the writer's label
        sentence = sentence.strip()[framed.end() :]
    planned = _NEXT_STEP.match(sentence.strip())
    if planned:  # "Next step: add the wave-buoy data, planned for 29/01": our plan, never a suggestion to them
        return "point", next_step(planned.group("r"))
    cleft = _CLEFT_OFFER.match(sentence.strip())
    if cleft and len(sentence.strip()[cleft.end() :].split()) >= 2:  # "What I can offer is a vendor assessment by 18 Dec": the offer, never a question
        return "offer", sentence.strip()[cleft.end() :]
    bare = _BARE_REASON.match(sentence.strip())
    if bare:  # "main reason their feed arrived late, but ...": the why, said without its label
        return "reason", re.sub(r"(?i)\b(but|and)\s+honestly,?\s+", r"\1 ", sentence.strip()[bare.end() :])  # "i need two things: a note to clara ... and a short post for my team": what to write, not what to say
    m = _LABEL_RE.match(sentence.strip())
    dashed = _DASH_LABEL_RE.match(sentence.strip())
    if (not m or re.search(r"\d$", m.group("label"))) and dashed and _WRITER_VERB_START.match(dashed.group("label")):
        return "point", dashed.group("rest").strip()  # "firm note to the data eng manager (yusuf) - third time this month ..."
    if not m or re.search(r"\d$", m.group("label")):  # "10:30" is a time, not a label
        return "point", sentence.strip()
    label, rest = re.sub(r"^[-*•]\s+", "", m.group("label").strip().lower()), m.group("rest").strip()  # "- ask: ...": a bulleted label
    labelled = note_label(sentence)
    if labelled:  # "reason: ...", "can offer: ...", "Proposal: report ...": the label says what kind of content follows
        kind, said = labelled
        return ("point", suggested(said)) if kind == "suggest" else (kind, said)
    if re.fullmatch(r"what (?:he|she|they|you|it|we|i)(?:'s|’s|'re| is| are| was| were)? (?:\w+ing|saw|sees|means)(?: \w+){0,3}? (?:is|are|was)(?: basically| really| actually| just| simply)?", label):
        return "point", rest  # "what he's looking at is basically: of the players we flag ...": the content follows
    told = _after_tell(m.group("label").strip(), "") if _TELL_RE.match(label) else ""
    if told and told != m.group("label").strip() and len(told.split()) >= 3:
        return "point", f"{told}: {rest}"  # "let my boss carla know the test was a wash: +0.3% ...": the verdict is content
    if is_writer_note(label) and len(rest.split()) >= 3:
        return "point", rest  # "decided, just need the words: from jan 4 we ...", "the honest version: ...": a note, then the content
    if re.search(r"\bwhat (?:we|i)(?:'d| would)? (?:suggest|recommend|propose)$", label) and (_ADDRESSING_LABEL.search(label) or re.fullmatch(r"(?:(?:and|so|but)\s+)?what (?:we|i)(?:'d| would)? \w+", label)):
        return "point", f"our suggestion: {rest}"  # "... explain the range, and what we suggest: order 17k now": the suggestion, named
    if _ADDRESSING_LABEL.search(label) or _WRITER_VERB_START.match(label):
        return _label(rest) if _LABEL_RE.match(rest) and rest != sentence.strip() else ("point", rest)  # "email to adaeze (chair of ...): AML tuning slips ..."
    return "point", sentence.strip()


_NEXT_STEP = re.compile(r"^(?:the\s+|our\s+)?next\s+steps?\s*[:\-–]\s+(?P<r>\S.*)$", re.I)


def next_step(rest: str) -> str:
    """What we do next, said as our plan: 'add the buoy data, planned for 29/01' -> 'Next, we add the buoy data,
    planned for 29/01'; one with its own subject ('Priya retrains ...') after 'Next,'."""
    from lemminflect import getAllLemmas

    words = [w.lower() for w in re.findall(r"[A-Za-z]+", rest)] or [""]
    object_next = len(words) > 1 and words[1] in ("the", "a", "an", "our", "their", "your", "it", "them", "this", "that", "these", "those", "in", "up", "out", "over")
    verb = getAllLemmas(words[0]).get("VERB", ("",))[0] == words[0] and (not getAllLemmas(words[0]).get("NOUN") or object_next)  # 'switch the scoring': a verb before its object
    return f"Next, we {rest[:1].lower() + rest[1:]}" if verb else f"Next, {rest if _NAMED_SUBJECT.match(rest) else rest[:1].lower() + rest[1:]}"


# The messages the manager wants written ("a note to clara confirming the date, and a short post for my team").
_MESSAGES_WANTED = re.compile(
    r"(?:^|:\s*|\b(?:need|want|write|draft)\s+)(?:both\s+)?(?:an?|one)\s+(?:(?:short|quick|brief|friendly|upbeat)\s+)?(?:note|post|message|email|reply|dm|announcement|update)\s+(?:to|for)\b"
    r".{0,120}\band\s+(?:an?|one)\s+(?:(?:short|quick|brief|friendly|upbeat)\s+)?(?:note|post|message|email|reply|dm|announcement|update)\b",
    re.I,
)
# A sentence of one or two words with no number, name or denial in it ("Honest.", "One paragraph.", "Serious tone"): a note to
# the writer; "we didn't." is the manager's answer.
_TERSE_NOTE = re.compile(
    r"^(?!.*(?:n['’]t\b|\bnot\b))(?!.*\b(?:yes|approved|agreed|confirmed|done|shipped|live|fixed|resolved|today|tomorrow|tonight|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b)"
    r"(?:[a-z][\w'/-]*)(?:\s+[a-z][\w'/-]*)?[.!]*$",
    re.I,
)


def _after_tell(text: str, recipient: str) -> str:
    """'tell jonas (at freightly) the beta moves' -> 'the beta moves'; 'tell them that we ...' -> 'we ...'."""
    if not _TELL_RE.match(text):
        return text
    if recipient:
        m = re.search(rf"\b{re.escape(recipient)}\b(?:\s*\([^)]*\)|[^()]{{0,60}}\))?\s*(?:that\s+)?", text, re.I)  # "the team lead (gustavo) we ...", "(ayelet at nordhavn) that ...": after the bracket
        if m:
            return text[m.end() :]
    rest = text[_TELL_RE.match(text).end() :]
    m = _TOLD_START.match(rest) or re.search(r"\bthat\s+", rest)
    return rest[m.end() :] if m else text


def holds_writer_words(text: str, points: list[Point], question: str) -> bool:
    """True when a sentence of the text comes from the question but is none of its points: the words there were
    meant for the writer ('quick reply', 'stick to the facts'). Text the question does not hold (a fact corrected
    in the app) is the manager's too."""
    sentences = [x.strip(" .") for x in _sentences(text) if re.search(r"\w", x)]
    return any(x.lower() in question.lower() and not any(_shares_words(p.text, x, 3) for p in points) for x in sentences)


def writer_words(text: str) -> bool:
    """True when the text holds words meant for the writer (tone, length, 'decided already', a note on the reader)."""
    clauses = (c for x in _sentences(text) for c in re.split(r",\s+|\s+-\s+", x))
    return bool(INSTRUCTION_WORDS.search(text) or THANKS_TAIL.search(text)) or any(is_writer_note(c) for c in clauses)


def _is_instruction(text: str) -> bool:
    return bool(_WRITER_VERB_START.match(text)) or (bool(INSTRUCTION_WORDS.search(text)) and len(text.split()) <= 12)


# Whatever title stands before the reader's name ('our chief academic officer dr. amadi', 'vp ruth', 'the growth pm lucia').
_TITLE = (
    r"(?:(?:my|our|the)\s+)?(?:(?:[\w-]+\s+){0,3}?(?:vp|cto|ceo|coo|cfo|cpo|cmo|pm|gm|director|boss|head|lead|officer|president|chair|partner|owner|"
    r"principal|dean|provost|founder|manager)\s+(?:of\s+[\w-]+(?:\s+[\w-]+)?\s+)?)?(?:(?:dr|prof|professor|mr|mrs|ms)\.?\s+)?"
)
_YOU_AND_VERB = re.compile(r"(\byou\b[^.;:!?]*?\band\s+)(thinks|says|wants|needs|feels|believes|asks|expects|hopes|worries|wonders|knows|sees|reads)\b", re.I)
_THEY = re.compile(r"\b(?:they|their|theirs|them|themselves)(?:['’](?:re|ve|ll|d))?\b", re.I)
# A word before 'them' that takes a person ('tell them', 'for them'); after any other ('adds to them') 'them' is a thing.
_PERSON_BEFORE = re.compile(r"\b(?:tell|ask|send|give|show|help|let|update|remind|call|email|thank|offer|owe|for|with|brief|warn|invite|meet|join|pay|bill|charge|told|asked|sent|gave|showed|helped)\s+$", re.I)
_THEY_AS_YOU = {"they": "you", "their": "your", "theirs": "yours", "them": "you", "themselves": "yourselves"}
# A plural thing 'they' could stand for ('the drivers said their ...'): a plural noun after a determiner or a number.
_PLURAL_THING = re.compile(r"\b(?:the|these|those|our|some|all|many|most|both|\d+|two|three|four|five|six)\s+(?:[\w-]+\s+)?(?!(?:is|was|has|this|its|us|plus|always)\b)[a-z][\w-]{2,}[^s\W]s\b", re.I)


def _their_as_yours(offer: str) -> str:
    """'Sam for a week to review their spreadsheet model', offered to its reader: 'your spreadsheet model'. Only when no
    plural thing or pair of people comes before the 'their' (else it may be theirs), but always in what the offer is for
    ('so their team can start')."""
    offer = re.sub(r"\bso (that )?their\b", r"so \1your", offer, flags=re.I)  # "... so their team can start": what it is for is the reader's
    first = re.search(r"\btheir\b", offer, re.I)
    if first is None or _PLURAL_THING.search(offer[: first.start()]) or re.search(r"\b\w+\s+and\s+\w+\s+(?:will|can|could|would)\b", offer[: first.start()], re.I):
        return offer
    return re.sub(r"\btheir\b", "your", offer, flags=re.I)


def _base_form(verb: str) -> str:
    return verb[:-3] + "y" if verb.endswith("ies") else verb[:-1]


def _theirs_as_yours(text: str) -> str:
    """'their sensors had gaps ... after they fix the feed', said to someone at that organisation: 'your sensors ...
    after you fix the feed'. Only when no plural thing comes before the first 'they' (else 'they' may be those)."""
    from tools.reader_voice import has_verb

    first = _THEY.search(text)

    def stands_for(between: str) -> bool:  # 'the drivers said their', 'the labels and their': the plural thing may own it
        return not re.fullmatch(r"\s+", between) and (has_verb(between) or bool(re.search(r"\b(?:and|with|or|[,;:])", between)) or len(between.split()) > 3)

    if first is None or any(stands_for(text[m.end() : first.start()]) for m in _PLURAL_THING.finditer(text[: first.start()])):
        return text  # a plural thing 'they' may stand for; but 'the recordings they sent': 'they' opens a clause about the recordings, and 'the images from their units' are no owners

    def said(m: re.Match[str]) -> str:
        if _AS_THEY_ARE.match(text, m.start()) or (m.group(0).lower() == "them" and not _PERSON_BEFORE.search(text[: m.start()])):
            return m.group(0)  # 'routes stay exactly as they are': the routes, as they stand; 'adds to them': things
        word, _, tail = m.group(0).partition("'") if "'" in m.group(0) else m.group(0).partition("’")
        you = _THEY_AS_YOU[word.lower()]
        you = you[:1].upper() + you[1:] if word[:1].isupper() else you
        return you + (m.group(0)[len(word) :] if tail else "")

    return _THEY.sub(said, text)


# 'as they are', 'as they stand', 'as they were': things kept in their state, never the reader.
_AS_THEY_ARE = re.compile(r"they\s+(?:are|were|stand|stood)\b(?=\s*(?:[.,;:!?)]|$|\s+(?:today|now|for now|and|but)\b))", re.I)


# A bracketed note of who does it and when ('(priya, 18th-ish)'): in a message to someone else, only the when, in words.
_WHO_WHEN_ASIDE = re.compile(r"\s*\((?P<who>[a-z][a-z'-]+)(?:\s*,\s*(?P<when>[^()]{1,30}))?\)", re.I)


def private_asides(text: str, recipient: str) -> str:
    """The manager's own who-does-what asides taken out of a message to someone else ('ships (priya, 18th-ish)' ->
    'ships (around the 18th)'); an aside naming no person of ours stays."""
    from agent.understanding.people import NOT_NAMES, is_first_name

    def said(m: re.Match[str]) -> str:
        who, when = m.group("who"), (m.group("when") or "").strip()
        if who.isupper() or who.casefold() in NOT_NAMES or not is_first_name(who) or who.casefold() == recipient.split()[-1].casefold():  # "(UK, IE)"
            return m.group(0)
        if not m.group("when") and m.string[m.end() :].lstrip().startswith(":"):
            return f" ({who.capitalize()})"  # "graph research (lena): readout feb 26": a status line's owner is a fact of the update
        if not when:
            return ""
        rough = re.search(r"-?ish\b|~|\?|\bmaybe\b|\bprobably\b", when)
        when = re.sub(r"-?ish\b|~|\?|\bmaybe\b|\bprobably\b", "", when).strip()
        if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", when):
            when = f"the {when}"
        return f" ({'around ' if rough else ''}{when})" if when else ""

    return _WHO_WHEN_ASIDE.sub(said, text)


_OURS = re.compile(
    r"\bmy ((?:(?:\w+|all|three|two|four) )?(?:teams?|squads?|groups?|org|analysts|engineers|scientists|people|reports|folks|devs|developers|mles))\b", re.I
)


def _known_word(word: str) -> bool:
    """An English word, an inflection or a derivation of one ('summarizer', 'roasteries'), a British spelling, or two
    words run together ('backfill', 'standup')."""
    from lemminflect import getAllLemmas

    from agent.understanding.people import common_words

    vocab = common_words()

    def base(w: str) -> bool:
        return w in vocab or bool(getAllLemmas(w)) or w.replace("is", "iz") in vocab or w.replace("our", "or") in vocab

    if not vocab or base(word):
        return True
    for suffix, stem in (("ies", "y"), ("eries", ""), ("ery", ""), ("ers", ""), ("er", ""), ("r", ""), ("es", ""), ("s", ""), ("ed", ""), ("d", ""), ("ing", "")):
        root = word[: -len(suffix)] + stem
        if word.endswith(suffix) and len(root) >= 3 and (base(root) or (len(root) > 3 and root[-1] == root[-2] and base(root[:-1]))):  # "labeller": label
            return True
    prefixed = re.match(r"(?:re|un|pre|co|sub|over|under|mis|non|multi|post|out)(?=\w{4})", word)  # "relaunch", "reskin": a known word with its prefix
    return bool(prefixed and _known_word(word[prefixed.end() :])) or (_compound(word) and (not _letter_dropped(word) or _phrasal_compound(word)))


def _phrasal_compound(word: str) -> bool:
    """A verb and its particle run together ('payback', 'rollout', 'signoff'): a word of its own, never a slip."""
    from agent.understanding.people import common_words

    return any(word.endswith(p) and len(word) - len(p) >= 3 and word[: -len(p)] in common_words() for p in ("back", "up", "out", "off", "down", "over", "through", "away"))


def _compound(word: str) -> bool:
    """Two words run together ('backfill', 'standup')."""
    from agent.understanding.people import common_words

    vocab = common_words()
    return any(word[:i] in vocab and word[i:] in vocab for i in range(3, len(word) - 1))


@lru_cache(maxsize=2048)
def _letter_dropped(word: str) -> str:
    """The one everyday word this is with a single letter dropped ('forcast' -> 'forecast', never read as 'for' +
    'cast'); '' when there is none or more than one."""
    from agent.understanding.people import common_words

    near = {v for v in common_words() if len(v) == len(word) + 1 and v[:1] == word[:1] and any(v[:i] + v[i + 1 :] == word for i in range(1, len(v)))}
    return next(iter(near)) if len(near) == 1 else ""


@lru_cache(maxsize=2048)
def _respelt_word(word: str) -> str:
    """The word English has one or two letters away from a misspelt one ('maintanence' -> 'maintenance',
    'realisticly' -> 'realistically'); the word itself when it is known, a first name ('halvard' is never 'harvard'),
    or a term near no word, near two, or near one only by losing letters: a slip adds at most one letter, so
    'riesling' is a grape, never 'rising'."""
    import difflib

    from lemminflect import getAllLemmas

    from agent.understanding.people import common_words, is_first_name

    if len(word) < 7 or is_first_name(word):
        return word
    if _compound(word) and _letter_dropped(word) and not _known_word(word) and not _phrasal_compound(word):
        return _letter_dropped(word)  # "forcast": a word missing a letter, never two words run together
    if _known_word(word):
        return word
    near = [v for v in common_words() if v[:1] == word[:1] and abs(len(v) - len(word)) <= 2]
    if word.endswith("ly"):  # an adverb the vocabulary has only as its adjective: 'realistic' -> 'realistically'
        near = [v for v in near if v.endswith("ly")] + [v + ("ally" if v.endswith("ic") else "ly") for v in common_words() if v[:1] == word[:1] and "ADJ" in getAllLemmas(v) and abs(len(v) + 3 - len(word)) <= 3]
    ranked = sorted(((difflib.SequenceMatcher(None, word, v).ratio(), v) for v in set(near)), reverse=True)
    if not ranked or ranked[0][0] < 0.8 or (len(ranked) > 1 and ranked[1][0] > ranked[0][0] - 0.02) or ranked[0][1][:-2] == word[:-2] or ranked[0][1].startswith(word) or len(ranked[0][1]) < len(word) - 1:  # never an ending added ('relaunch' -> 'relaunched'), never two letters lost
        return word  # near two words, or another ending of the same one ('labeller', 'labelled'): left as written
    return ranked[0][1]


# 'there' typed for 'their' ('there promo calendar', 'there produce buyer'): 'there' with no verb of being before it.
_THERE_BEFORE = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bout )(?<!\bover )(?<!\bin )(?<!\bup )(?<!\bdown )(?<!\bfrom )"
    r"(?<!\bget )(?<!\bgot )(?<!\bgo )(?<!\bwent )(?<!\bhere and )(?<!\bisn't )(?<!\baren't )\b(?P<t>[Tt]here)(?P<rest>\s+(?P<w>[a-z][a-z-]+))"
)


def _owned_noun(word: str) -> bool:
    """A word that can only be owned after 'there': a noun (or a base form no 'there' could precede, 'produce'), never
    a verb said of 'there' ('needs', 'seems'), an adverb ('today', 'now') or a function word ('and', 'is')."""
    from lemminflect import getAllLemmas

    if re.fullmatch(r"(?:wo|ca|do|is|are|was|were|should|could|would|ai|has|have|had|does|did)nt", word):
        return False  # 'there wont be': a contraction typed without its apostrophe
    lemmas = getAllLemmas(word.split("-")[0])
    from agent.understanding.people import is_first_name

    if word == "own" or (not lemmas and len(word) >= 4 and not word.endswith("nt") and not is_first_name(word)):
        return True  # 'there own analysts'; 'there promo calendar': a word no dictionary has, a thing of theirs
    if "NOUN" not in lemmas or "ADV" in lemmas or word in ("is", "are", "was", "were", "will", "may", "might", "must", "should", "would", "could", "can", "has", "have", "had"):
        return False
    return "VERB" not in lemmas or lemmas["VERB"][0] == word.split("-")[0]  # 'there needs to be': an inflected verb of 'there'


def respelt(text: str) -> str:
    """The manager's words with their plain misspellings put right ('predictive maintanence alerts for there 40
    buildings' -> 'predictive maintenance alerts for their 40 buildings'); names and capitalised words are left."""
    from tools.reader_voice import without_tool_notes

    out = re.sub(r"\b([Tt])here(?=\s+\d)", r"\1heir", without_tool_notes(text))  # "for there 40 buildings": theirs, never a place
    out = _THERE_BEFORE.sub(lambda m: m.group(0) if not _owned_noun(m.group("w")) else m.group("t").replace("here", "heir") + m.group("rest"), out)
    return re.sub(r"(?<![\w'-])[a-z]{7,}(?![\w'-])", lambda m: _respelt_word(m.group(0)), out)


def voice(text: str, recipient: str = "", pronouns: bool = True, org: str = "") -> str:
    """A clause of the manager's note said in the message: 'my team' as 'our team', the reader as 'you' (and, with
    `pronouns`, a sentence opening 'he'/'she' as the reader too; with `org`, 'their sensors' of the reader's
    organisation as 'your sensors'), plain misspellings put right."""
    out = _OURS.sub(lambda m: "our " + m.group(1), respelt(text))
    out = re.sub(r"\ball (\w+) of my (teams?)\b", r"all \1 of our \2", out, flags=re.I)
    out = re.sub(r"\bmy (forecast|estimate|numbers|plan|roadmap)\b", r"our \1", out, flags=re.I)
    if org:
        out = _theirs_as_yours(out)
    if recipient:
        out = address(out) if pronouns else out  # "he can't have Marco" written to him: "you can't have Marco"
        bare = re.sub(r"^(?:dr|prof|professor|mr|mrs|ms)\.?\s+", "", recipient, flags=re.I)
        out = re.sub(
            rf"\b{_TITLE}{re.escape(bare)}(?P<s>'s)?(?:\s*\([^)]*\)|,\s+(?:our|my|the|a|an)\s+[^,.;:()]{{2,80}}?,(?=\s+(?:\w+ly\s+)?(?:asked|read|said|saw|wants|wanted|thinks|told|wrote|heard|needs)\b))?",  # "Aurelie, our lead investor at X, asked": all of it is the reader
            lambda m: "your" if m.group("s") else "you", out, flags=re.I,
        )
        out = re.sub(r"\b(?:(?:our|my|the)\s+)?[\w-]+/(?:[\w-]+\s+)?(?=you(?:r)?\b)", "", out, flags=re.I)  # "our cofounder/CEO Hortense": one reader, never "Our cofounder/you"
        out = one_reader(out)  # "our head of clinical services Dr Chidinma Nwachukwu has asked": one reader, never "Dr Chidinma you"
        out = _YOU_AND_VERB.sub(lambda m: m.group(1) + _base_form(m.group(2)), out)  # "you saw it and thinks" -> "and think"
        out = re.sub(rf"\b(?:the|my|our)\s+(?:[\w-]+\s+){{0,2}}?{_ROLE_NOUN}(?:\s+(?:at|of|from|for|in)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?[\w-]+)?\s*\(you\)", "you", out, flags=re.I)  # "the growth pm (lucia)", "the ops director at the plant (aoife)"
        out = re.sub(r"\s*\(you\)", "", out)  # "GM for the lisbon launch (tobiah)": the name in brackets is said by the greeting
        out = re.sub(r"\byou\s+(?:from|at|in|on)\s+(?:the\s+)?[\w&-]+(?:\s+team)?\s+(?=(?:wants|asked|asks|needs|is asking)\b)", "you ", out)  # "you from marketing wants"
        out = re.sub(r"\byou (?:keeps?|kept) (saying|telling (?:us|me|people)|claiming)\b", "you've said", out)  # "our COO keeps saying it was wrong", said to him
        out = re.sub(r"^(can|could|would|will) (?:she|he)\b", lambda m: ("could" if m.group(1).islower() else "Could") + " you", out)  # "ask: can she nudge their legal", asked of her
        out = re.sub(r"\byou (wants|thinks|asks|needs|says|has|is)\b", lambda m: "you " + {"wants": "want", "thinks": "think", "asks": "ask", "needs": "need", "says": "say", "has": "have", "is": "are"}[m.group(1)], out)
        out = re.sub(r"\b(to build|for) them\b", r"\1 you", out)
        out = re.sub(r"\bwhat (?:she|he)(?:['’]?s| is) (asking(?: for)?|after|proposing|suggesting)\b", r"what you're \1", out, flags=re.I)  # "I can't do what she's asking": her request, said to her
        out = re.sub(r"\bwhat (?:she|he) (wants|needs|asked for|asks for|requested|proposed|suggested)\b", lambda m: "what you " + {"wants": "want", "needs": "need", "asks for": "ask for"}.get(m.group(1), m.group(1)), out, flags=re.I)
        out = re.sub(r",\s+(think|thinks)\b", ", and you think", out)
    if recipient:
        out = re.sub(r"^(?:i |we )?need (?:her|him|them) to\b", "I need you to", out, flags=re.I)  # "need her to tell the committee", said to her
    return re.sub(r"^(?:i )?need (?=you\b)", "I need ", out, flags=re.I)  # "need the cfo to sign off" said to her: "I need you to sign off"
