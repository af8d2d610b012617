"""The plumbing stays light: importing it (and the CLI module that formats forecasts with it) loads no NumPy,
so `lead --help` and argument errors stay fast."""

import subprocess
import sys

from tests.conftest import REPO_ROOT


def test_importing_the_plumbing_loads_no_numpy():
    code = ("import sys, lead_core.numbers, lead_core.units, lead_core.errors, lead_core.network, lead_core.atomic, "
            "lead_core.datafiles, agent.commands.forecast; assert 'numpy' not in sys.modules, 'numpy was imported'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO_ROOT)
