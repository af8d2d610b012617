"""The first names gender-guesser knows (only the names, never their genders), for spotting people named in
lower case. Parsing the library's 4 MB data file takes about 0.2-0.3 s, so the names are kept as a plain list in
the user cache folder, keyed by that data file's path, size and modification time (a new or reinstalled package is a
miss), and read back in about 15 ms."""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path

from lead_core.atomic import atomic_write_text

CACHE_PREFIX = "first-names-"


def data_file() -> Path:
    """gender-guesser's name list, where the installed package keeps it."""
    import gender_guesser

    return Path(gender_guesser.__file__).resolve().parent / "data" / "nam_dict.txt"


def cache_folder() -> Path:
    """The user cache folder (beside the optimised embedding graph)."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lead-copilot"


def cache_path(source: Path, prefix: str = CACHE_PREFIX) -> Path:
    """The cached list for this copy of the data file: a hash of its path, then one of its size and modification
    time, name it, so installs sharing the cache folder (several checkouts, several virtual environments) keep a
    list each instead of replacing one another's."""
    stat = source.stat()
    install = hashlib.sha256(str(source).encode()).hexdigest()[:8]
    state = hashlib.sha256(f"{stat.st_size}\0{stat.st_mtime_ns}".encode()).hexdigest()[:8]
    return cache_folder() / f"{prefix}{install}-{state}.txt"


def write_list(path: Path, text: str) -> None:
    """Write a cached list and remove the ones the same install wrote before (best effort: a read-only cache folder
    just means reading the library's data again next time)."""
    try:
        atomic_write_text(path, text)
        for stale in path.parent.glob(f"{path.stem.rsplit('-', 1)[0]}-*.txt"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass


def parse_names() -> frozenset[str]:
    """Every first name in gender-guesser's list, lower case, read by the library's own parser."""
    from gender_guesser.detector import Detector

    return frozenset(Detector(case_sensitive=False).names)


@cache
def first_names() -> frozenset[str]:
    """The known first names, lower case: from the cache when it matches the installed data, else parsed and cached."""
    path = cache_path(data_file())
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    if text:
        return frozenset(text.split("\n"))
    names = parse_names()
    write_list(path, "\n".join(sorted(names)))
    return names


@cache
def _detector():
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


def clear_gender(name: str) -> str:
    """'he' or 'she' when gender-guesser holds a first name as plainly male or female ('Marco', 'Olivia'); '' for a
    name it calls mostly one, either or unknown ('Sam', 'Alex'), so a pronoun is never pinned on a guess."""
    found = _detector().get_gender(name.strip().split()[0]) if name.strip() else "unknown"
    return {"male": "he", "female": "she"}.get(found, "")
