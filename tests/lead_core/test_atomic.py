"""Atomic writes leave the old file or the new one, never a partial file or a stray temp file."""

import os

import pytest

from lead_core.atomic import atomic_write_bytes, atomic_write_text


def test_writes_and_replaces(tmp_path):
    target = tmp_path / "sub" / "f.txt"
    atomic_write_text(target, "one")
    atomic_write_text(target, "two")
    assert target.read_text() == "two"
    assert os.listdir(target.parent) == ["f.txt"]


def test_failure_keeps_the_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "f.bin"
    atomic_write_bytes(target, b"old")

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr("lead_core.atomic.os.replace", boom)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["f.bin"]
