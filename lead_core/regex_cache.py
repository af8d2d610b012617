"""A disk cache of the regular expressions compiled while modules are imported, so a new process skips compiling them.

The understanding rules, answer checks and tools compile about 650 patterns when they are imported: about a third of
a cold `lead ask`'s CPU, redone by every new process. Once installed, `re` builds a pattern an earlier run saved from
its saved SRE code (`_sre.compile` checks that code before using it; anything unusable is compiled as usual), and
`save()` writes the ones that were new. Only the patterns the project's own modules compile while they are
imported are saved: module-level code never sees a question, so no user text, name or team detail reaches the file.
Python versions whose `re` internals differ from the ones this mirrors (3.11-3.13) run unpatched.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
from pathlib import Path
from typing import Any

import _sre
from re import _compiler, _parser

SUPPORTED = ((3, 11), (3, 12), (3, 13))
# About twice what the project compiles at import: past it, a save keeps only the patterns this process used, so
# the entries of edited patterns do not pile up (loading costs about 16 us an entry).
MAX_ENTRIES = 1500
_IMPORT_FRAMES = "<frozen importlib._bootstrap"
PACKAGES = frozenset({"agent", "tools", "knowledge", "lead_core", "evals", "ui"})  # the project's own, whose patterns are saved

Key = tuple[str | bytes, int]
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def cache_path() -> Path:
    """The cache file for this Python: in the user cache folder, named by the interpreter and its `re` engine."""
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lead-copilot"
    version = "-".join(str(part) for part in sys.version_info[:3])
    return root / f"regex-{sys.implementation.name}-{version}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


def _ours_during_import(packages: frozenset[str]) -> bool:
    """True when one of the project's own modules compiles a pattern while it is being imported (its module-level
    code and what that calls). Other packages' patterns are left alone: some vary from one process to the next
    (`tokenize` joins a set of string prefixes in hash order)."""
    frame: Any = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] == "re":
        frame = frame.f_back
    if frame is None or frame.f_globals.get("__name__", "").partition(".")[0] not in packages:
        return False
    while frame is not None:
        if frame.f_code.co_filename.startswith(_IMPORT_FRAMES):
            return True
        frame = frame.f_back
    return False


def _entry(pattern: str | bytes, flags: int) -> Entry:
    """What `re._compiler.compile` passes to `_sre.compile` for this pattern (the same steps, kept apart)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = {str(name): int(index) for name, index in parsed.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # Plain ints: the opcodes are int subclasses, which marshal does not write.
    return int(flags | parsed.state.flags), [int(op) for op in code], int(parsed.state.groups - 1), groupindex, tuple(indexgroup)


class RegexCache:
    """Compiled patterns by (pattern, flags), loaded from and saved to one file."""

    def __init__(self, path: Path, packages: frozenset[str] = PACKAGES) -> None:
        self.path = Path(path)
        self.packages = packages
        self.entries: dict[Key, Entry] = self._load()
        self.used: set[Key] = set()
        self.new = 0
        self._original = _compiler.compile

    def _load(self) -> dict[Key, Entry]:
        try:
            data = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return data if isinstance(data, dict) else {}

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        """`re._compiler.compile`, from the cache when this pattern was saved; a new pattern compiled during an import
        is kept for `save()`."""
        if not isinstance(pattern, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
            return self._original(pattern, flags)
        key = (pattern, int(flags))
        entry = self.entries.get(key)
        if entry is not None:
            try:
                compiled = _sre.compile(pattern, *entry)
            except (RuntimeError, TypeError, ValueError, OverflowError):
                del self.entries[key]  # not this engine's code: compiled below and saved again
            else:
                self.used.add(key)
                return compiled
        if not _ours_during_import(self.packages):
            return self._original(pattern, flags)
        entry = _entry(pattern, flags)
        compiled = _sre.compile(pattern, *entry)
        self.entries[key], self.new = entry, self.new + 1
        self.used.add(key)
        return compiled

    def install(self) -> None:
        _compiler.compile = self.compile

    def uninstall(self) -> None:
        if _compiler.compile == self.compile:
            _compiler.compile = self._original

    def save(self) -> None:
        """Write the cache when this process compiled new patterns (atomically; a failed write is ignored)."""
        if not self.new:
            return
        from lead_core.atomic import atomic_write_bytes

        keep = self.entries
        if len(keep) > MAX_ENTRIES:
            keep = {key: entry for key, entry in keep.items() if key in self.used}
        try:
            atomic_write_bytes(self.path, marshal.dumps(keep))
        except (OSError, ValueError):
            return  # a read-only or full cache folder only costs the next start its compile time
        self.new = 0


_installed: RegexCache | None = None


def install(path: Path | None = None) -> RegexCache | None:
    """Serve `re`'s compiles from the cache file for the rest of the process (None on an unsupported Python)."""
    global _installed
    if _installed is not None:
        return _installed
    if sys.implementation.name != "cpython" or sys.version_info[:2] not in SUPPORTED:
        return None
    _installed = RegexCache(path or cache_path())
    _installed.install()
    atexit.register(save)
    return _installed


def save() -> None:
    """Save what the installed cache learnt (nothing when none is installed)."""
    if _installed is not None:
        _installed.save()
