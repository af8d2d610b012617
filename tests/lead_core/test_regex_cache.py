"""The regex cache: patterns compiled during an import are saved and rebuilt identically in a later process without
being parsed again; patterns compiled at run time (from user text) never reach the file; a damaged file is ignored."""

from __future__ import annotations

import importlib
import marshal
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lead_core.regex_cache import RegexCache, cache_path

MODULE = textwrap.dedent(
    r'''
    import re

    DEADLINE = re.compile(r"\b(?P<day>mon|tue|wed)(?:day)?\s+the\s+(?P<n>\d{1,2})(?:st|nd|rd|th)?\b", re.I)
    WORDS = re.compile(rb"[a-z]+")
    '''
)


@pytest.fixture
def module_dir(tmp_path, monkeypatch):
    folder = tmp_path / "mods"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    return folder


def _import_fresh(folder: Path, name: str, source: str):
    (folder / f"{name}.py").write_text(source)
    sys.modules.pop(name, None)
    importlib.invalidate_caches()
    re.purge()  # re's own in-process cache would answer before ours
    return importlib.import_module(name)


def _installed(path: Path) -> RegexCache:
    cache = RegexCache(path, packages=frozenset({"cached_rules_a", "cached_rules_b", "cached_rules_c"}))
    cache.install()
    return cache


def test_a_pattern_compiled_during_an_import_is_rebuilt_from_the_file_without_parsing(tmp_path, module_dir, monkeypatch):
    path = tmp_path / "regex.marshal"
    first = _installed(path)
    try:
        mod = _import_fresh(module_dir, "cached_rules_a", MODULE)
    finally:
        first.uninstall()
    first.save()
    assert path.exists() and first.new == 0
    expected = (mod.DEADLINE.pattern, mod.DEADLINE.flags, mod.DEADLINE.groupindex, mod.DEADLINE.groups)

    from re import _parser

    def no_parsing(*args, **kwargs):
        raise AssertionError("a cached pattern was parsed again")

    second = _installed(path)
    monkeypatch.setattr(_parser, "parse", no_parsing)
    try:
        again = _import_fresh(module_dir, "cached_rules_a", MODULE)
    finally:
        second.uninstall()
    assert (again.DEADLINE.pattern, again.DEADLINE.flags, again.DEADLINE.groupindex, again.DEADLINE.groups) == expected
    found = again.DEADLINE.search("Can we ship by Tue the 14th?")
    assert found and found.group("day", "n") == ("Tue", "14")
    assert again.WORDS.findall(b"ab 12 cd") == [b"ab", b"cd"]
    assert second.new == 0 and len(second.used) == 2


def test_patterns_compiled_at_run_time_or_by_other_packages_are_never_written(tmp_path, module_dir):
    path = tmp_path / "regex.marshal"
    cache = _installed(path)
    try:
        _import_fresh(module_dir, "cached_rules_b", MODULE)
        _import_fresh(module_dir, "other_package_rules", MODULE.replace("mon|tue|wed", "thu|fri"))
        re.purge()
        name_from_a_question = re.compile(r"\bZebedee Quartermaine\b")
        assert name_from_a_question.search("ask Zebedee Quartermaine")
    finally:
        cache.uninstall()
    cache.save()
    saved = marshal.loads(path.read_bytes())
    assert not any("Zebedee" in str(pattern) for pattern, _ in saved)
    assert any("mon|tue|wed" in str(pattern) for pattern, _ in saved)
    assert not any("thu|fri" in str(pattern) for pattern, _ in saved)


def test_a_damaged_file_or_entry_is_compiled_as_usual(tmp_path, module_dir):
    path = tmp_path / "regex.marshal"
    path.write_bytes(b"not marshal data")
    assert RegexCache(path).entries == {}
    key = (r"\b(?P<day>mon|tue|wed)(?:day)?\s+the\s+(?P<n>\d{1,2})(?:st|nd|rd|th)?\b", int(re.I))
    path.write_bytes(marshal.dumps({key: (int(re.I), [999, 1, 2], 2, {"day": 1, "n": 2}, (None, "day", "n"))}))
    cache = _installed(path)
    try:
        mod = _import_fresh(module_dir, "cached_rules_c", MODULE)
    finally:
        cache.uninstall()
    assert mod.DEADLINE.search("monday the 3rd").group("n") == "3"
    assert cache.new == 2  # the bad entry was replaced by a fresh compile


def test_uninstall_restores_re():
    from re import _compiler

    original = _compiler.compile
    cache = RegexCache(Path("/nonexistent/regex.marshal"))
    cache.install()
    assert _compiler.compile != original
    cache.uninstall()
    assert _compiler.compile == original


def test_the_cache_file_is_named_by_the_interpreter(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = cache_path()
    assert path.parent == tmp_path / "lead-copilot"
    assert f"{sys.version_info[0]}-{sys.version_info[1]}-{sys.version_info[2]}" in path.name


def test_a_new_cli_process_writes_the_cache_and_the_next_one_reads_it(tmp_path, repo_root):
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "-c", "import sys; from agent.cli import main; from lead_core import regex_cache; import agent.understanding; "
               "code = main([]); regex_cache.save(); print(regex_cache._installed.new if regex_cache._installed else -1)"]  # fmt: skip
    subprocess.run(command, cwd=repo_root, env=env, check=True, capture_output=True, text=True)
    saved = list((tmp_path / "lead-copilot").glob("regex-*.marshal"))
    assert len(saved) == 1 and len(marshal.loads(saved[0].read_bytes())) > 50
    second = subprocess.run(command, cwd=repo_root, env=env, check=True, capture_output=True, text=True)
    assert second.stdout.strip().splitlines()[-1] == "0"  # nothing new to compile and save


def test_past_the_limit_a_save_keeps_only_the_patterns_this_process_used(tmp_path, module_dir, monkeypatch):
    from lead_core import regex_cache

    path = tmp_path / "regex.marshal"
    stale = {(f"old pattern {i}", 0): (0, [1], 0, {}, ()) for i in range(5)}
    path.write_bytes(marshal.dumps(stale))
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 4)
    cache = _installed(path)
    try:
        _import_fresh(module_dir, "cached_rules_a", MODULE)
    finally:
        cache.uninstall()
    cache.save()
    kept = marshal.loads(path.read_bytes())
    assert len(kept) == 2 and not any(str(pattern).startswith("old pattern") for pattern, _ in kept)
