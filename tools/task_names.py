"""What a plan's task names say about the levers a manager really has: a gate (a sign-off, a review, testing, a
go-live) is a step the release cannot ship without, so it is never cut or deferred; a name that reads as a date
phrase or a bare verb ('before xmas', 'got') is probably a misread, not a task, so no lever is built on it.
"""

from __future__ import annotations

import re
from typing import Literal

# Steps a release cannot ship without: approvals, reviews, tests and checks, compliance, the launch itself, integration.
GATE_WORDS = re.compile(
    r"\b(sign[- ]?offs?|evals?|evaluations?|backtest\w*|approv\w*|reviews?|audits?|tests?|testing|qa|uat|validat\w*|verif\w*|acceptance|complian\w*|"
    r"legal|security|pen[- ]?tests?|certif\w*|committee|go[- ]?live|going live|launch\w*|roll[- ]?outs?|release|"
    r"cut[- ]?overs?|shadow|a/b|ab tests?|canary|dry[- ]?runs?|soak|pilot(?:s|ing)?|"
    # ... and the step that puts the work where it is used: without it nothing reaches anyone.
    r"integrat\w*|deploy\w*|hand[- ]?overs?|productioni[sz]\w*|ship(?:ping)? to prod\w*)\b",
    re.IGNORECASE,
)
# Steps in which more hands do not help: someone else's decision or a fixed stretch of observation.
WAIT_WORDS = re.compile(
    r"\b(sign[- ]?offs?|approv\w*|committee|legal|audits?|certif\w*|shadow|a/b|ab tests?|canary|soak|field tests?|"
    r"field testing|go[- ]?live|cut[- ]?overs?)\b",
    re.IGNORECASE,
)
DATE_WORDS = re.compile(
    r"\b(x-?mas|christmas|new year|holidays?|eoy|eoq|end of (the )?(year|quarter|month)|"
    r"mon|tues?|wed|thu(rs)?|fri|monday|tuesday|wednesday|thursday|friday|weekend|today|tomorrow|tonight|"
    r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|"
    r"before|until|till|by the|next week|this week|\d{1,2}(st|nd|rd|th))\b",
    re.IGNORECASE,
)
# Words that make a name a clause rather than a task ('got', 'council wants', 'they take').
VERB_WORDS = frozenset(
    "got get gets getting take takes took wants want wanted needs need needed said says thinks think is are was were "
    "be been have has had do does did can could will would should might may maybe minimum maximum about around".split()
)

NameProblem = Literal["date", "verb"]

# Words every piece of work shares, which say nothing about which task is the heart of it.
GENERIC_WORK_WORDS = frozenset(
    "model models launch release project work system pipeline service services data new the and for our with v1 v2 v3 "
    "version phase feature features app tool update".split()
)


def is_core(name: str, delivers: str) -> bool:
    """True when the task is named after what the plan delivers ('yield model' in a 'crop yield launch'): the release
    is that work, so deferring it is no lever."""
    words = {w for w in re.findall(r"[a-z][a-z0-9-]{2,}", delivers.casefold()) if w not in GENERIC_WORK_WORDS}
    return bool(words & set(re.findall(r"[a-z][a-z0-9-]{2,}", name.casefold())))


def is_gate(name: str) -> bool:
    """True when the task is a step the release cannot ship without (a sign-off, a review, testing, a go-live)."""
    return bool(GATE_WORDS.search(name))


# What to line up ahead of each kind of gate so it can start the moment it is needed, first match wins: an
# integration needs the other side's access, not reviewers; a test needs its data, not a booking.
GATE_PREPARATION: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(sign[- ]?offs?|approv\w*|committee|legal|complian\w*|certif\w*|audits?|security)\b", re.I),
     "book the approvers' time and send them what they will need"),
    (re.compile(r"\breviews?\b", re.I), "book the reviewers"),
    (re.compile(r"\b(shadow|canary|soak|pilot\w*|field tests?|field testing|roll[- ]?outs?|go[- ]?live|going live|launch\w*|release|"
                r"cut[- ]?overs?)\b", re.I), "agree the window and who watches it"),
    (re.compile(r"\b(integrat\w*|deploy\w*|hand[- ]?overs?|productioni[sz]\w*|ship(?:ping)? to prod\w*)\b", re.I),
     "agree access and the interface with whoever owns the other side"),
    (re.compile(r"\b(evals?|evaluations?|backtest\w*|tests?|testing|qa|uat|validat\w*|verif\w*|acceptance|dry[- ]?runs?|a/b)\b", re.I),
     "prepare the test data and the environment"),
)


def gate_preparation(name: str) -> str:
    """What to line up ahead of a gate so it starts on time ('book the reviewers' only for a review)."""
    return next((prep for pattern, prep in GATE_PREPARATION if pattern.search(name)), "prepare what it needs")


def helped_by_people(name: str) -> bool:
    """False for steps more people do not speed up: waiting on a decision or a fixed stretch of observation."""
    return not WAIT_WORDS.search(name)


def name_problem(name: str) -> NameProblem | None:
    """Why a task name looks like a misread rather than a task: a date phrase ('go live before xmas') or a verb or
    filler word ('got', 'council wants'); None when it reads as a task."""
    words = re.findall(r"[a-z][a-z'/-]*", name.lower())
    if not words:
        return "verb"
    if DATE_WORDS.search(name):
        return "date"
    if words[0] in VERB_WORDS or words[-1] in VERB_WORDS:
        return "verb"
    return None


def problem_text(name: str, problem: NameProblem) -> str:
    """The doubt about one task name, in words for the manager."""
    if problem == "date":
        return f"'{name}' reads like a date or a deadline, not a piece of work"
    return f"'{name}' reads like part of a sentence, not a piece of work"
