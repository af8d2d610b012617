"""A probe of drafted messages written TO their reader: runs the drafts cases of the given scenario sets through the
offline copilot and prints every body sentence that speaks of the reader in the third person (their name, the
title the manager called them by, or he/she/his/her with no one else named before it) or fails a plain grammar
check (a 'you' with a third-person verb, 'I need we', a verbless fragment of the manager's notes, a dangling
'that'/'whether', an unclosed bracket or quote). Its checks are its own, kept apart from the drafter's gate so the
count measures the drafts, not the gate. Run: `python -m evals.reader_voice_probe [--sets blind_v21 dev_v19 ...]`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

SETS = [f"blind_v{n}" for n in (10, 12, 14, 16, 18, 20, 21)] + [f"dev_v{n}" for n in (13, 15, 17, 19)]
DATASETS = Path(__file__).parent / "datasets"

_TITLES = r"(?:ceo|cfo|coo|cto|cpo|cmo|cro|ciso|vp|svp|evp|gm|director|boss|head of [\w-]+|board member|chair|customer|client|partner|manager)"
_THIRD_VERB = re.compile(r"\byou\s+(?:keeps|wants|needs|has|is|was|does|doesn't|says|thinks|asks|goes|gets|lends|gives|takes|makes|knows|sees|wonders)\b", re.I)
_BAD_SUBJECT = re.compile(r"\b(?:I|we|you|they)\s+(?:need|want)\s+(?:we|they|I|he|she)\b(?!\s*(?:'|’))|\bI (?:needs|wants|has|is|keeps)\b|\bwe (?:needs|wants|has|is|was|keeps)\b", re.I)
_DANGLING = re.compile(r"\b(?:whether|if|because|and|or|but|to|of|the|a)\s*[.!?]?$", re.I)
_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.I)
_AUX = re.compile(
    r"\b(?:is|are|was|were|be|am|has|have|had|do|does|did|will|would|can|could|should|may|might|must|shall)\b|n['’]t\b|['’](?:s|re|ve|ll|d|m)\b", re.I
)
_SUBJECT_VERB = re.compile(r"\b(?:i|we|you|they|it|he|she)\s+(?:\w+ly\s+)?[a-z]+\b", re.I)


def has_verb(sentence: str) -> bool:
    """True when the sentence holds a finite verb: an auxiliary, a subject and its verb, or a word English knows
    only as a past or third-person form of a verb."""
    from lemminflect import getAllLemmas

    if _AUX.search(sentence) or _SUBJECT_VERB.search(sentence):
        return True
    words = re.findall(r"[a-z]+", sentence.lower())
    first = getAllLemmas(words[0]) if words else {}
    if words and first.get("VERB", ("",))[0] == words[0] and words[0] not in ("want", "need"):
        return True  # "Talk to me.": an imperative
    for i, word in enumerate(words):
        lemmas = getAllLemmas(word)
        if "VERB" not in lemmas or word.endswith("ing") or word in ("want", "need"):
            continue
        after_noun = i > 0 and words[i - 1] not in _DETERMINERS and not words[i - 1].isdigit()
        if ("NOUN" not in lemmas and "ADJ" not in lemmas) or (lemmas["VERB"][0] != word and after_noun):
            return True  # "the pilot slips", "it moved"; never "the slips"
    return False


_DETERMINERS = frozenset("the a an this that these those our my your his her their its some any no every each of for".split())


def sentences(body: str) -> list[str]:
    """The body's sentences after its greeting, without option lines, headings or the sign-off."""
    out: list[str] = []
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    for p in paragraphs[1:] if paragraphs and re.match(r"(?i)(?:hi|hello|hey|dear)\b", paragraphs[0]) else paragraphs:
        if re.fullmatch(r"(?i)(?:thanks|kind regards|best|cheers),?", p) or p.startswith("Options:"):
            continue
        for line in p.splitlines():
            if re.match(r"^\s*[-*•]\s+", line):
                continue  # a list item may be a fragment
            out += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'‘“(])", line) if s.strip()]
    return out


def reader_words(recipient: str, role: str, situation: dict[str, Any]) -> list[str]:
    """How the message or the manager named its reader: their name, the audience phrase, the role label."""
    words = [w for w in re.findall(r"[A-Z][\w'-]+", recipient) if w not in ("Prof", "Dr", "Ms", "Mr", "Mrs")] if recipient != "all" else []
    for fact in situation.get("facts", []):
        if fact.get("name") == "audience" and fact.get("source") == "question":
            said = re.sub(r"^(?:to|for)\s+|^(?:my|our|the|your)\s+", "", str(fact.get("text") or "").strip(), flags=re.I)
            if said and said.lower() not in ("him", "her", "them", "he", "she", "they", "team", "my team", "the team", "your team", "everyone"):
                words.append(said)
    if role and role.lower() not in ("team", "report", "leadership", "partner team", "product"):
        words.append(role)
    return list(dict.fromkeys(words))


def _unclosed_single(sentence: str) -> bool:
    """True when a single quote opens ('like 'this) and never closes; a plural's apostrophe (learners' scores) is none."""
    opened = len(re.findall(r"(?<![\w])['‘](?=\w)", sentence))
    closed = len(re.findall(r"(?<=[\w.?!%)])['’](?![\w])", sentence))
    return opened > closed


def problems(sentence: str, previous: str, readers: list[str], others: set[str]) -> list[str]:
    """What is wrong with one body sentence, in the probe's own terms."""
    found = []
    for word in readers:
        said = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", sentence, re.I)
        if said and not re.match(rf"(?i)^{re.escape(word)},", sentence) and not re.search(r"(?i)\b(?:you as|your)\s+$", sentence[: said.start()]):
            found.append(f"names the reader ({word})")
            break
    pronoun = _PRONOUN.search(sentence)
    if pronoun and readers:
        before = previous + " " + sentence[: pronoun.start()]
        if not any(re.search(rf"\b{re.escape(o)}\b", before, re.I) for o in others):
            found.append(f"'{pronoun.group(0)}' with no one else named before it")
    if _THIRD_VERB.search(sentence):
        found.append("'you' with a third-person verb")
    if _BAD_SUBJECT.search(sentence):
        found.append("broken subject after a swap")
    if _DANGLING.search(sentence.rstrip(" .!?")) and len(sentence.split()) > 2 and not sentence.endswith("?"):
        found.append("dangling end")
    head = re.match(r"^(?P<h>.+?)\s+(?:that|whether)\s+\w", sentence)
    if head and ":" not in head.group("h") and not has_verb(re.sub(r"\([^)]*\)", "", head.group("h"))):
        found.append("a that-clause with no main verb before it")
    if sentence.count("(") != sentence.count(")") or sentence.count('"') % 2 or _unclosed_single(sentence):
        found.append("unclosed bracket or quote")
    if ":" not in sentence and not sentence.endswith("?") and len(sentence.split()) >= 2 and not has_verb(sentence):
        found.append("no verb")
    return found


def probe_case(copilot: Any, case: Any, team: Any) -> list[tuple[str, list[str]]]:
    """(sentence, problems) for every drafted message of one case."""
    turn = copilot.ask(case.question, thread_id=f"probe-{case.id}", team=team)
    out = []
    names = {p.get("value") for p in turn.situation.get("facts", []) if p.get("name") in ("person", "requester") and isinstance(p.get("value"), str)}
    from tools.message import DraftedMessage, DraftInput

    for call in turn.tool_calls:
        if call.name != "draft_message" or not call.ok or call.result is None:
            continue
        args = DraftInput.model_validate(call.arguments)
        drafted = DraftedMessage.model_validate(call.result)
        readers = reader_words(args.recipient, args.recipient_role, turn.situation)
        body = drafted.body
        from agent.understanding.people import is_first_name

        capitalised = {w for w in re.findall(r"\b[A-Z][a-z]{2,}\b", body) if is_first_name(w)}
        others = ({n for n in names if n} | capitalised) - {w for r in readers for w in r.split()} - {args.recipient}
        said = sentences(body)
        for i, s in enumerate(said):
            found = problems(s, said[i - 1] if i else "", readers, others)
            if found:
                out.append((s, found))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="*", default=SETS)
    parser.add_argument("--cases", default="", help="only case ids starting with this")
    parser.add_argument("--json", default="", help="also write {case: [[sentence, problems], ...]} here")
    args = parser.parse_args(argv)
    from evals.cases import load_cases
    from evals.runner import build_copilot, resolve_team_path
    from knowledge.retrieval import open_retriever
    from lead_core.settings import load_settings
    from tools.team import load_team

    copilot = build_copilot("offline", retriever=open_retriever(load_settings()), checkpoint_dir=Path(tempfile.mkdtemp()))
    teams: dict[str, Any] = {}
    total, cases_hit, report = 0, 0, {}
    for name in args.sets:
        for case in load_cases(DATASETS / f"{name}.yaml"):
            if not re.search(r"-d\d+$", case.id) or not case.id.startswith(args.cases):
                continue
            team = teams.setdefault(case.team, load_team(resolve_team_path(case.team))) if case.team else None
            found = probe_case(copilot, case, team)
            report[case.id] = found
            if found:
                cases_hit += 1
                for sentence, why in found:
                    total += 1
                    print(f"{case.id}\t{'; '.join(why)}\t{sentence}")
    print(f"TOTAL {total} sentences in {cases_hit} cases", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
