"""The first-name list: the same names gender-guesser's parser reads, cached per copy of its data file."""

from __future__ import annotations

import shutil

import pytest

from agent.understanding import first_names as fn
from agent.understanding.people import is_first_name


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache folder and no list loaded in this process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    fn.first_names.cache_clear()
    yield tmp_path
    fn.first_names.cache_clear()


def test_cached_list_is_the_librarys_list(fresh):
    parsed = fn.parse_names()
    assert fn.first_names() == parsed  # parsed and written
    fn.first_names.cache_clear()
    assert fn.first_names() == parsed  # read back from the file
    assert {"priya", "tobias", "keanu"} <= parsed and "fraud" not in parsed


def test_second_load_reads_the_cache_file(fresh):
    fn.first_names()
    path = fn.cache_path(fn.data_file())
    path.write_text("zelda\nmarcus", encoding="utf-8")
    fn.first_names.cache_clear()
    assert fn.first_names() == {"zelda", "marcus"}


def test_a_changed_data_file_is_a_miss(fresh, monkeypatch):
    copy = fresh / "nam_dict.txt"
    shutil.copy(fn.data_file(), copy)
    monkeypatch.setattr(fn, "data_file", lambda: copy)
    fn.first_names()
    before = fn.cache_path(copy)
    assert before.is_file()
    with copy.open("a", encoding="utf-8") as handle:
        handle.write("\n")
    after = fn.cache_path(copy)
    assert after != before
    fn.first_names.cache_clear()
    assert "priya" in fn.first_names()
    assert after.is_file() and not before.exists()  # the stale list is removed


def test_unwritable_cache_folder_still_gives_the_names(fresh, monkeypatch):
    blocker = fresh / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert "priya" in fn.first_names()


def test_is_first_name_uses_the_list_and_skips_everyday_words(fresh):
    assert is_first_name("Tobias") and is_first_name("keanu")
    assert not is_first_name("will") and not is_first_name("launch") and not is_first_name("x")


def test_two_installs_sharing_the_cache_folder_keep_a_list_each(fresh, monkeypatch):
    copies = []
    for name in ("venv-a", "venv-b"):
        (fresh / name).mkdir()
        copies.append(fresh / name / "nam_dict.txt")
        shutil.copy(fn.data_file(), copies[-1])
    for copy in copies + copies:  # each install loads twice, in turn, as two checkouts' processes would
        monkeypatch.setattr(fn, "data_file", lambda copy=copy: copy)
        fn.first_names.cache_clear()
        assert "priya" in fn.first_names()
    assert all(fn.cache_path(copy).is_file() for copy in copies)
    assert len(list(fn.cache_folder().glob(f"{fn.CACHE_PREFIX}*.txt"))) == 2
