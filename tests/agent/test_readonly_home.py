"""A LEAD_HOME that cannot be written (an immutable folder, which even root cannot write): one clear line naming
the folder, exit 2, never "unexpected"."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from agent.cli import main


@pytest.fixture
def frozen_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(home)], capture_output=True).returncode:
        pytest.skip("needs chattr +i to make a folder read-only for root")
    monkeypatch.setenv("LEAD_HOME", str(home))
    yield home
    subprocess.run(["chattr", "-i", str(home)], check=True)


@pytest.mark.parametrize("argv", [
    ["ask", "How often should I hold one-on-ones?", "--brain", "offline"],
    ["index", "status", "--ensure"],
    ["feedback", "export", "-"],
])
def test_read_only_home_is_one_line_and_exit_2(frozen_home, capsys, argv):
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unexpected" not in err[0], err
    assert str(frozen_home) in err[0] and ("read-only" in err[0] or "permission denied" in err[0]), err
