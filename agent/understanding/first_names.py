"""The first names gender-guesser knows (only the names, never their genders), for spotting people named in
lower case. Parsing the library's 4 MB data file takes about 0.2-0.3 s, so the names are kept as a plain list in
the user cache folder, keyed by that data file's size and modification time (a new or reinstalled package is a
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
    """The cached list for this copy of the data file: its path, size and modification time name it."""
    stat = source.stat()
    key = hashlib.sha256(f"{source}\0{stat.st_size}\0{stat.st_mtime_ns}".encode()).hexdigest()[:16]
    return cache_folder() / f"{prefix}{key}.txt"


def parse_names() -> frozenset[str]:
    """Every first name in gender-guesser's list, lower case, read by the library's own parser."""
    from gender_guesser.detector import Detector

    return frozenset(Detector(case_sensitive=False).names)


def _save(path: Path, names: frozenset[str]) -> None:
    """Write the list (best effort: a read-only cache folder just means parsing again next time)."""
    try:
        atomic_write_text(path, "\n".join(sorted(names)))
        for stale in path.parent.glob(f"{CACHE_PREFIX}*.txt"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass


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
    _save(path, names)
    return names
