"""CLI plumbing: input files load with line-numbered errors, validation errors become one sentence."""

import json

import pytest
from pydantic import BaseModel, Field

from agent import cli
from agent.commands.common import print_json
from lead_core.errors import UserError


class _Model(BaseModel):
    weeks: float = Field(gt=0)
    name: str


def test_print_json_accepts_models(capsys):
    print_json(_Model(weeks=1, name="n"))
    assert json.loads(capsys.readouterr().out) == {"weeks": 1.0, "name": "n"}


def test_main_turns_user_errors_into_one_line_and_exit_2(monkeypatch, capsys):
    def handler(args):
        raise UserError("Team file not found: x.yaml; pass --team with an existing file.")

    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda *_: _with_handler(parser, handler))
    assert cli.main(["__probe"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "error: Team file not found: x.yaml; pass --team with an existing file."


@pytest.mark.parametrize(
    "error",
    [
        "agent.errors.AgentError", "agent.brains.base.BrainUnavailable", "knowledge.errors.KnowledgeError",
        "knowledge.errors.StorageError", "tools.errors.ToolInputError", "tools.team.TeamFileError",
    ],
)
def test_main_prints_every_layers_user_error_as_one_line(monkeypatch, capsys, error):
    import importlib

    module, _, name = error.rpartition(".")
    error_class = getattr(importlib.import_module(module), name)

    def handler(args):
        raise error_class("The thing you gave is not usable; give another.")

    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda *_: _with_handler(parser, handler))
    assert cli.main(["__probe"]) == 2
    assert capsys.readouterr().err.strip() == "error: The thing you gave is not usable; give another."


def test_main_hides_tracebacks_of_unexpected_errors(monkeypatch, capsys):
    def handler(args):
        raise RuntimeError("kaboom")

    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda *_: _with_handler(parser, handler))
    assert cli.main(["__probe"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "kaboom" in err and "LEAD_DEBUG" in err


def test_each_command_is_registered_by_the_module_commands_names():
    import argparse
    import importlib

    from agent.commands import COMMAND_MODULES, COMMANDS

    for name in COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"agent.commands.{name}").register(sub)
        assert {command: name for command in sub.choices} == {c: m for c, m in COMMANDS.items() if m == name}


def test_a_command_parses_alone_and_an_unknown_one_lists_them_all(capsys):
    args = cli.build_parser("whatif").parse_args(["whatif", "plan.yaml"])
    assert args.command == "whatif" and callable(args.func)
    with pytest.raises(SystemExit) as info:
        cli.main(["nonsense"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'nonsense'" in err and "rehearse" in err and "whatif" in err


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["--help"])
    assert info.value.code == 0
    assert "lead ask" in capsys.readouterr().out


def _with_handler(parser, handler):
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    sub.add_parser("__probe").set_defaults(func=handler)
    return parser


def test_quick_exit_flushes_output_waits_for_threads_and_keeps_the_code(tmp_path):
    import subprocess
    import sys

    marker = tmp_path / "thread-finished"
    script = (
        "import threading, time, pathlib\n"
        "from agent.cli import exit_without_teardown\n"
        f"def work():\n    time.sleep(0.3)\n    pathlib.Path({str(marker)!r}).write_text('done')\n"
        "threading.Thread(target=work).start()\n"
        "print('answer', end='')\n"
        "exit_without_teardown(3)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 3
    assert done.stdout == "answer"
    assert marker.read_text() == "done"


def test_quick_exit_does_not_wait_for_idle_embedding_workers():
    import subprocess
    import sys

    script = (
        "from concurrent.futures import ThreadPoolExecutor\n"
        "from knowledge import embeddings\n"
        "from agent.cli import exit_without_teardown\n"
        "pool = ThreadPoolExecutor(2, thread_name_prefix='embed')\n"
        "embeddings._POOLS.add(pool)\n"
        "print(pool.submit(sum, [1, 2]).result(), end='')\n"
        "exit_without_teardown(0)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout == "3"
