"""Who a message is for, read from the words around it rather than from where a name usually stands: 'note to
kofi (our head of payments)', 'the ask to our research director (dr. okonkwo)', 'tell our pilot customer
renata', 'update to director siobhan + the leads', and who wrote the message the manager answers ('fwd from
ingrid (CRO):', 'aiko (PM) on slack: "..."', 'pavel just pinged ...'). After a message word the next few
words are walked: role words are everyday English, the name is the word that is a known first name, follows a
title (dr., prof.), or is not an everyday word at all (the embedding model's vocabulary is the word list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from agent.understanding.people import COMMON_WORD_NAMES, DEPARTMENTS, LOWER_STOP, NOT_NAMES, is_first_name, rare_word


@dataclass(frozen=True)
class Addressee:
    """The person a message is for ('to') or came from ('from', so the reply goes back to them)."""

    name: str | None
    role: str
    direction: Literal["to", "from"]
    start: int  # where the message word starts


MESSAGE_NOUNS = (
    r"(?:e-?)?mail|note|reply|response|message|msg|slack|dm|update|ask|pitch|memo|answer|write-?up|letter|text|heads[- ]up|"
    r"announcement|summary|status|readout|brief(?:ing)?|request|proposal|case|one-pager|deck|weekly|recap|digest|paragraphs?|blurb|lines|sentences"
)
TO_TRIGGERS = re.compile(
    rf"\b(?:{MESSAGE_NOUNS})\s+(?:back\s+)?(?:to|for)\s+"
    r"|\b(?:a|the|my|our|polite|firm|soft|gentle|clear|kind|nice)\s+no\s+to\s+|\bsay (?:no|yes)\s+to\s+|\bturn(?:ing)? down\s+(?=[\w'-]+\s*[,(.])"  # 'write a no to rosamund (head of marketing)'
    r"|\b(?:tell|e-?mail|message|ping|reply to|respond to|write(?: back)?(?: to)?|update|brief|warn|remind|let(?=\s+[\w'-]+\s+know\b)|answer|"
    r"explain(?: \w+){0,2}? to|say to|pitch(?: \w+){0,2}? to|break (?:it|the news) to|send(?: \w+){0,2}? to|ask(?=\s+[\w'-]+\s*(?:\([^)]{0,60}\)\s*)?for\b))\s+"
    # 'ask our COO, Mr Aldous Penhaligon, for one more engineer': the reader between commas before 'for'
    r"|\bask\s+(?=(?:our|my|the)\s+[\w-]+(?:\s+[\w-]+){0,3}\s*,\s*[^,.;?!]{2,50}?,?\s+for\b)"
    # 'draft her a reply', 'write him a short note': the reader is a pronoun, named elsewhere in the question
    rf"|\b(?:draft|write|send|do)\s+(?=(?:him|her|them)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{MESSAGE_NOUNS})\b)"
    # a rewrite's reader: 'soften pls. to yaw, mid-level', 'cut this down for my director wojciech', 'this is going to ottavio (PM)'
    r"|\b(?:decline|turn(?:ing)? down|say no to)\s+(?=[\w-]+['’]s\s+(?:ask|request|idea|proposal|brief|pitch)\b)"  # 'decline mirela's ask'
    r"|(?:^|(?<=[.:!]\s))to\s+(?=[\w'-]+\s*[,(])"
    r"|\b(?:soften|shorten|rewrite|reword|tighten|polish|firm up|clean up|cut)\b(?:\s+(?:this|it|that|down|up|pls|please|my \w+))*\s+(?:to|for)\s+"
    r"|\b(?:it'?s|its|this is|the (?:note|message|email|update) is)\s+for\s+(?=(?:dr|prof|professor|mr|ms|mrs)\.?\s|[\w'-]+\s*,|[\w'-]+\s+(?:in|at|from|on)\s)"  # "it's for dr whitcombe, lab director at ..."
    r"|\b(?:is |it'?s )?going to\s+(?=[\w'-]+\s*\()|\bit'?s (?:going )?to\s+(?=[\w'-]+\s+(?:who|at|from|on|in)\b)",
    re.IGNORECASE,
)
FROM_TRIGGERS = re.compile(
    r"^\s*from\s+(?=[^.?!\n]{1,60}?(?:\b(?:on|in|via|over) (?:slack|teams|email|e-mail|dm|chat)\b|:))|"  # 'from our harbourmaster, Ilse, in slack: "..."'
    r"(?:^|\n)[ \t]*from:[ \t]*(?=[A-Z])|"  # a pasted mail's header line 'From: Olivia <olivia@...>': who wrote it
    rf"\b(?:fwd|fw|forwarded)(?:\s+from)?\s*:?\s+|\b(?:{MESSAGE_NOUNS}|question|ping|pushback|dm) from\s+|\b(?:(?:just\s+)?came\s+in|(?:just\s+)?came|landed|arrived|(?:got|received)\s+(?:this|that|a \w+))\s+from\s+|\b(?:reply|respond|answer) to\s+(?=\w+\s*(?:\(|'s\b))",
    re.IGNORECASE,
)
# A pasted message introduced by its writer: 'aiko (PM) on slack: "..."', 'pavel just pinged "..."'.
SENDER_FIRST = re.compile(
    r"^\s*(?P<who>[A-Za-z][\w'-]+)(?:\s*\((?P<role>[^)]{1,60})\))?\s*(?:(?:just|also|again)\s+)?"
    r"(?:(?:on|in|via|over) (?:slack|teams|email|e-mail|dm|chat)\b\s*:?|(?:pinged|wrote|emailed|messaged|dm'?d|slacked|texted|replied)\b"
    r"|asked\b(?=\s*(?:me\s+|us\s+)?(?:(?:in|on|over) (?:the |our |a )?[#\w-]+(?: [\w-]+)?\s+)?[:'\"“‘])|:)",
    re.IGNORECASE,
)
QUOTED_LINE = re.compile(r"(?m)^[ \t]*>[ \t]*")  # a pasted line marked as a quote
# The asker introduced by role first: 'GM for the lisbon launch (tobiah) asked why ...'.
# A department in the brackets after a name ('grace (compliance) asked'): the name is the person, the bracket where they sit.
DEPARTMENT_WORDS = DEPARTMENTS | frozenset("operations risk hr audit privacy procurement engineering data analytics research design comms "
                                           "communications partnerships".split())
ROLE_FIRST = re.compile(
    r"^\s*(?P<role>(?:[\w-]+\s+){0,7}?[\w-]+)\s*\((?P<who>[a-z][\w'-]+)(?:\s*,[^()]{1,100})?\)\s+(?:just\s+)?"  # 'owner (ragnvald, 70s, built the mill) wants ...'
    r"(?:asked|asks|wants|pinged|wrote|messaged|emailed|dm'?d|slacked|read|reads|saw|sees|thinks|thought|heard|noticed|believes|"
    r"(?:caught|stopped|cornered|collared|grabbed|rang|phoned)(?=\s+(?:me|us)\b))\b",  # '... (aoife) read that ...', 'grace (compliance) caught me in the hallway'
    re.I,
)
# ... or with the name right after the role: 'ceo thandiwe asked in the all-hands ...', 'Our Chief Customer Officer, Gudrun, wrote'.
ROLE_THEN_NAME = re.compile(r"^\s*(?:(?:our|my|the)\s+)?(?P<role>(?:[\w-]+\s+){0,4}?[\w-]+)\s*,?\s+(?P<who>[A-Za-z][\w'-]+)\s*,?\s+(?:just\s+|also\s+)?"
                            r"(?:asked|asks|wants|pinged|wrote|writes|messaged|emailed|dm'?d|slacked|replied|posted|thinks|believes|keeps|read|saw)\b", re.I)
# ... or with the role after the name, between commas: 'Aurelie, our lead investor at Larchmont Ventures, asked why ...'.
NAME_THEN_ROLE = re.compile(r"^\s*(?P<who>[A-Za-z][\w'-]+)\s*,\s*(?P<role>(?:our|my|the|their)\s+[^,.;:?!]{2,80}?)\s*,\s*(?:just\s+|also\s+)?"
                            r"(?:asked|asks|wants|pinged|wrote|writes|messaged|emailed|dm'?d|slacked|replied|posted|read|saw|thinks)\b", re.I)
# The head word of a role before a name ('our pilot customer renata'): without one, the words were not a role.
ROLE_HEADS = frozenset(
    """commissioner minister mayor councillor councilor secretary deputy governor chief president provost dean principal superintendent director chair chairman chairwoman chairperson customer client partner head vp svp evp lead manager pm cto cfo ceo coo
    cpo cro cmo ciso cdo founder cofounder co-founder boss skip owner officer president sponsor stakeholder professor prof
    advisor adviser engineer scientist researcher recruiter counsel lawyer analyst designer peer colleague report hire intern
    contact rep champion buyer executive exec chief gm principal friend mentor mentee coach investor board member
    trustee trustees treasurer governor representative""".split()
)
TITLES = frozenset("dr dr. prof prof. professor mr mr. ms ms. mrs mrs. sir dame councillor councilor cllr alderman alderwoman senator mayor minister judge".split())
DETERMINERS = frozenset("the our my their his her your a an this".split())
# Words that end the walk: the message's content begins.
ENDERS = frozenset(
    """that about re on the to with why how what when whether if we i you it is are was will can could should would
    and but so because since for from by in at of as know back this these those there here till until after before up off out over""".split()
)
TOKEN = re.compile(r"[A-Za-z][\w'.-]*|[(),:+&;.!?\"“”']")


def name_like(word: str, after_title: bool = False) -> bool:
    """A word that names a person here: a known first name, a title's object, or a word English does not have."""
    w = word.strip(".'").casefold()
    if len(w) < 2 or w in NOT_NAMES or w in LOWER_STOP or w in DETERMINERS or w in ENDERS:
        return False
    if after_title:
        return True
    if w in COMMON_WORD_NAMES:
        return False
    return is_first_name(w) or rare_word(w)


def _bracket(tokens: list[str], i: int) -> tuple[list[str], int]:
    """The words inside a bracket opened at tokens[i], and the index of its closing bracket."""
    inside: list[str] = []
    i += 1
    while i < len(tokens) and tokens[i] != ")":
        inside.append(tokens[i])
        i += 1
    return inside, i


def _walk(text: str, at: int) -> tuple[str | None, str]:
    """(name, role words) in the few words after a message word: role words first ('our pilot customer'), then
    the name, then a role in brackets or after a comma ('kofi (our head of payments)', 'wojciech, our vp eng')."""
    tokens = [m.group(0) for m in TOKEN.finditer(text, at)][:12]
    role: list[str] = []
    name: str | None = None
    title = seen_determiner = after_comma = False
    i = 0
    while i < len(tokens) and name is None:
        tok, low = tokens[i], tokens[i].casefold()
        if tok == "(":
            inside, i = _bracket(tokens, i)
            titled = any(w.casefold() in TITLES for w in inside)
            name = _bracket_name(inside, titled) if (role or titled) else None
            if name is None and len(role) == 1 and _has_role_head(inside):
                name, role = role[0], inside  # 'mercy (COO)': a word with its role in brackets is a name
            elif name is None:
                role.extend(inside)
        elif tok == "," and role:
            after_comma = True  # 'the steering committee chair, yusra': the name comes next or not at all
        elif low in TITLES:
            title = True
        elif low == "of" and role and role[-1].casefold() in ("head", "vp", "director", "chief", "svp", "evp", "manager", "lead", "chair", "gm", "officer"):
            role.append(tok)  # 'our head of sales (rodrigo)'
        elif low in DETERMINERS and not role:
            seen_determiner = True
        elif low in ("name's", "named", "called") or (low in ("name", "contact") and i + 1 < len(tokens) and tokens[i + 1].casefold() == "is"):
            i += 1 if low in ("name", "contact") else 0  # "head of collections, name's ingrid", "contact is marisol": the name comes next
            title = True
        elif after_comma and not name_like(tok, after_title=title):
            break
        elif name_like(tok, after_title=title) and (title or after_comma or _has_role_head(role) or not (role or seen_determiner)):
            name = tok.strip(".")  # 'the roadmap' is not a person; 'the lab director tanaka' is
            if title and _surname(tokens[i + 1 : i + 2]):
                name, i = f"{name} {tokens[i + 1]}", i + 1  # 'Mr Aldous Penhaligon': the whole name, so the greeting can use the surname
        elif i == 0 and not role and re.fullmatch(r"[A-Za-z]+['’]s", tok) and re.match(r"(?:ask|request|idea|proposal|brief|pitch)\b", tokens[1] if len(tokens) > 1 else "", re.I) and name_like(tok[:-2]):
            name = tok[:-2]  # 'decline mirela's ask': whose ask it is, the reader of the no
        elif re.fullmatch(r"[A-Za-z]+'s", tok) and low not in ("name's", "it's", "that's", "what's", "who's", "he's", "she's", "there's"):
            role = [tok]  # "our customer's IT lead ravindra": the role starts again after its owner ("the partner hospital's radiology head")
        elif tok.isalpha() and ((low not in ENDERS and low not in LOWER_STOP) or (tok.isupper() and len(tok) > 1 and role)):
            role.append(tok)  # "IT lead": a department in capitals is a role word, never the 'it' that ends the walk
        else:
            break
        i += 1
    if name is not None and i < len(tokens):
        role.extend(_role_after(tokens[i:]))
    return (name.capitalize() if name and name.islower() else name), " ".join(role)


def _surname(after: list[str]) -> bool:
    """The word after a titled first name is a surname: written with a capital, and no everyday word."""
    return bool(after) and after[0][:1].isupper() and after[0].isalpha() and name_like(after[0], after_title=True) and rare_word(after[0].casefold())


def _bracket_name(inside: list[str], titled: bool) -> str | None:
    """The person in a bracket after a role: a known first name before any other unknown word, so
    '(Kelmar Foods, their ops director is Bettina)' is Bettina, not the company."""
    candidates = [w for w in inside if w.casefold() not in TITLES and name_like(w, after_title=titled)]
    return next((w for w in candidates if is_first_name(w)), candidates[0] if candidates else None)


def _has_role_head(words: list[str]) -> bool:
    return any(w.casefold().strip(".") in ROLE_HEADS or w.casefold() in NOT_NAMES and w.casefold() in ("vp", "cto", "cfo", "ceo", "coo", "cpo", "pm") for w in words)


def _role_after(tokens: list[str]) -> list[str]:
    """'(chair of the model risk committee)' or ', our vp eng' right after a name."""
    if tokens[0] == "(":
        inside, _ = _bracket(tokens, 0)
        return inside
    if tokens[0] == "," and len(tokens) > 1 and tokens[1].casefold() in ("our", "my", "the", "their"):
        out = []
        for tok in tokens[2:]:
            if not tok.isalpha():
                break
            out.append(tok)
        return out
    return []


# The reader's name stated beside their role, not after a message word: 'CFO is dorothea', 'finance director is beatrix',
# 'our cfo's name is halvard', '(a bakery chain, contact is marisol)', 'name's ingrid'.
NAME_STATED = re.compile(
    r"\b(?:(?P<role>(?:[\w-]+\s+){0,3}?[\w-]+?)(?:'s\s+name)?\s+is\s+(?:called\s+|named\s+)?|name(?:'s|\s+is)\s+|(?:is\s+)?(?:called|named)\s+)(?P<who>[A-Za-z][\w'-]+)\b",
    re.I,
)


def stated_name(text: str) -> Addressee | None:
    """The one reader whose name the manager states beside a role ('CFO is dorothea', 'contact is marisol',
    "name's ingrid"); None when none is, or when two different people are."""
    found = []
    for m in NAME_STATED.finditer(text):
        role = (m.group("role") or "").split()
        if role and not _has_role_head(role[-1:]) and role[-1].casefold() != "contact":
            continue  # 'the model is ready': no role, no name
        if name_like(m.group("who")) and is_first_name(m.group("who")):
            who = m.group("who")
            found.append(Addressee(who.capitalize() if who.islower() else who, " ".join(role), "to", m.start()))
    return found[0] if len({a.name for a in found}) == 1 else None


# The name of someone spoken of as him or her, given on the side: 'his name is Ambrose', 'she's called nneka'.
NAME_GIVEN = re.compile(r"\b(?:(?:his|her|their) name(?:'s| is)|(?:he|she)(?:'s| is) called)\s+(?P<who>[A-Za-z][\w'-]+)", re.I)
PRONOUN_OBJECT = re.compile(r"\s*(?:him|her|them)\b", re.I)
# Someone introduced with a role or a title before the message is asked for: 'our chief academic officer dr. amadi
# saw ...', 'prof. lindqvist wants ...'. 'explain it to her' then means them.
INTRODUCED = re.compile(
    r"\b(?:(?:our|my|the|their)\s+(?P<role>(?:[\w-]+\s+){0,3}?(?:officer|director|head|vp|svp|cto|ceo|cfo|coo|cpo|chair\w*|dean|principal|president|founder|provost|"
    r"partner|customer|client|sponsor|professor|superintendent|commissioner|minister|editor|headteacher|headmaster|headmistress|clerk|secretary|treasurer|"
    r"trustee|governor|councillor|mayor|curator|manager|coordinator|registrar|matron)(?:\s+of\s+[\w-]+)?)\s*,?\s+(?:(?P<t1>dr|prof|professor|mr|ms|mrs)\.?\s+)?"
    r"|(?P<t2>dr|prof|professor)\.?\s+)(?P<who>[a-z][\w'-]{1,20})\b"
    # ... or as the one who runs a group or an event: 'the harp fair people (ysolt runs it)', 'the choir, run by morwenna'
    r"|\(\s*(?P<who2>[a-z][\w'-]{1,20})\s+(?:runs|leads|chairs|heads|organi[sz]es|manages|owns)\s+(?:it|them|that|this|the\s+[\w-]+)\s*\)"
    r"|\b(?:run|led|chaired|headed|organi[sz]ed|managed)\s+by\s+(?P<who3>[a-z][\w'-]{1,20})\b"
    # ... or by any role with a title and name after a comma: 'the school bursar, Mr Ignatius Pellow, asked ...'
    r"|\b(?:our|my|the|their)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s*,\s*(?P<t4>dr|prof|professor|mr|ms|mrs|mx)\.?\s+(?P<who4>[a-z][\w'-]{1,20})\b",
    re.I,
)


# ... or by name with their role beside it: 'prosper (chair of trustees) read ...', 'school board chair (delyth) is
# nervous ...', 'Aurelie, our lead investor at Larchmont Ventures, asked ...', 'tuomas our ceo keeps asking ...'.
NAME_WITH_ROLE = re.compile(
    r"(?<![\w'-])(?P<who>[A-Za-z][\w'-]{1,20})\s*\((?P<role>[^()]{2,60})\)"
    r"|(?P<role2>(?:[\w-]+\s+){0,4}?[\w-]+)\s*\((?P<who2>[A-Za-z][\w'-]{1,20})\)"
    r"|(?<![\w'-])(?P<who3>[A-Za-z][\w'-]{1,20})\s*,?\s+(?:our|my|the|their)\s+(?P<role3>(?:[\w-]+\s+){0,3}?[\w-]+)(?=\s*(?:,|\bat\b|\bfrom\b|\bof\b|\(|\s(?:just|also|keeps?|has|had|is|was|asked|asks|wants|read|reads|saw|said|says|thinks|wrote|emailed|pinged)\b))",
)


def _with_role(text: str, end: int) -> list[Addressee]:
    """People named beside a role word before `end` (a name in brackets after a role, a role in brackets after a
    name, or 'name, our role')."""
    found = []
    for m in NAME_WITH_ROLE.finditer(text, 0, end):
        who = m.group("who") or m.group("who2") or m.group("who3")
        role = (m.group("role") or m.group("role2") or m.group("role3") or "").strip()
        words = re.findall(r"[\w.-]+", role)
        if _has_role_head(words) and name_like(who) and not _has_role_head([who]):
            found.append(Addressee(who.capitalize() if who.islower() else who, role, "to", m.start()))
    return found


def _introduced_before(text: str, end: int) -> Addressee | None:
    """The one person introduced by role or title before `end`, when there is exactly one."""
    found = [
        Addressee(who, (m.group("role") or "").strip(), "to", m.start())
        for m in INTRODUCED.finditer(text, 0, end)
        if (who := m.group("who") or m.group("who2") or m.group("who3") or m.group("who4")) and name_like(who, after_title=bool(m.group("t1") or m.group("t2") or m.group("t4")))
    ] + _with_role(text, end)
    names = {a.name.casefold() for a in found}
    if len(names) != 1:
        return None
    first = min(found, key=lambda a: a.start)
    return Addressee(first.name.capitalize() if first.name.islower() else first.name, first.role, "to", first.start)


# The reader meant by a pronoun in the ask: 'a short kind note he can actually use', 'something she can read out',
# 'write him something short he can forward'.
READER_PRONOUN = re.compile(
    rf"\b(?:{MESSAGE_NOUNS}|something|explanation|version|words|script)\s+(?:[\w-]+\s+){{0,2}}?(?:that\s+)?(?:she|he|they)\s+can\b", re.I
)


def addressee_in(text: str) -> Addressee | None:
    """The first person a message in the question is for, or came from."""
    found: list[Addressee] = []
    role_first = ROLE_FIRST.match(text)
    swapped = role_first is not None and " " not in role_first.group("role").strip() and (
        _has_role_head([role_first.group("who")]) or role_first.group("who").casefold() in DEPARTMENT_WORDS) and name_like(role_first.group("role").strip())
    if role_first and swapped:  # 'annelie (owner) wants ...': the name outside the brackets, the role inside
        found.append(Addressee(role_first.group("role").strip().capitalize(), role_first.group("who"), "from", role_first.start("role")))
    elif role_first and name_like(role_first.group("who"), after_title=True):
        found.append(Addressee(role_first.group("who").capitalize(), role_first.group("role"), "from", role_first.start("who")))
    role_then = ROLE_THEN_NAME.match(text)
    if role_then and _has_role_head(role_then.group("role").split()) and name_like(role_then.group("who")):
        who = role_then.group("who")
        found.append(Addressee(who.capitalize() if who.islower() else who, role_then.group("role"), "from", role_then.start("who")))
    name_then = NAME_THEN_ROLE.match(text)
    if name_then and _has_role_head(re.findall(r"[\w.-]+", name_then.group("role"))) and name_like(name_then.group("who")):
        who = name_then.group("who")
        found.append(Addressee(who.capitalize() if who.islower() else who, name_then.group("role"), "from", name_then.start("who")))
    sender, at = SENDER_FIRST.match(text), 0
    for quoted in [] if sender else QUOTED_LINE.finditer(text):  # 'draft my reply to this:\n> Rafferty (Head of Sales): ...'
        sender, at = SENDER_FIRST.match(text[quoted.end() :]), quoted.end()
        if sender:
            break
    titled = bool(sender and sender.group("role") and _has_role_head(re.findall(r"[\w.-]+", sender.group("role"))))  # 'fitz (head of marketing) on slack:'
    if sender and name_like(sender.group("who"), after_title=titled) and sender.group("who").casefold() not in ("i", "we", "fwd", "fw", "re"):
        who = sender.group("who")
        found.append(Addressee(who.capitalize() if who.islower() else who, sender.group("role") or "", "from", at + sender.start("who")))
    for pattern, direction in ((TO_TRIGGERS, "to"), (FROM_TRIGGERS, "from")):
        for m in pattern.finditer(text):
            name, role = _walk(text, m.end())
            if name:
                found.append(Addressee(name, role, direction, m.start()))  # type: ignore[arg-type]
                break
            if direction == "to" and PRONOUN_OBJECT.match(text, m.end()):
                named = NAME_GIVEN.search(text)  # 'two paragraphs for him, his name is Ambrose'
                if named is not None and name_like(named.group("who"), after_title=True):
                    who = named.group("who")
                    found.append(Addressee(who.capitalize() if who.islower() else who, "", "to", m.start()))
                    break
                earlier = _introduced_before(text, m.start())  # 'explain it to her': the one introduced by role or title
                if earlier is not None:
                    found.append(earlier)
                    break
    pronoun = READER_PRONOUN.search(text) if not found else None
    if pronoun is not None:
        earlier = _introduced_before(text, pronoun.start())
        found += [earlier] if earlier is not None else []
    if not found:
        signed = signed_by(text)
        return Addressee(signed[0], "", "from", signed[1]) if signed else stated_name(text)
    return min(found, key=lambda a: a.start)


# A pasted message signed at its end: '... another "it depends". Bertil"', '... thanks,\nMarta'.
SIGN_OFF = re.compile(r"(?:[.!?]\s+|\n\s*|\b(?i:thanks|thank you|best|cheers|regards|br|thx)[,!.]?\s+)-?\s*(?P<who>[A-Z][a-z'-]{1,20})\s*[\"”'’]\s*(?:\n|$)")


def signed_by(text: str) -> tuple[str, int] | None:
    """The name a quoted message is signed with, and where it stands."""
    m = SIGN_OFF.search(text)
    if m is None or not name_like(m.group("who")):
        return None
    return m.group("who"), m.start("who")
