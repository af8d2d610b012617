"""CLI plumbing: input files load with line-numbered errors, validation errors become one sentence."""

import json

import pytest
from pydantic import BaseModel, Field, ValidationError

from agent import cli
from agent.commands.common import UserError, describe_validation_error, load_data_file, print_json


class _Model(BaseModel):
    weeks: float = Field(gt=0)
    name: str


def test_validation_error_names_field_rule_and_value():
    with pytest.raises(ValidationError) as info:
        _Model(weeks=-1, name="x")
    message = describe_validation_error(info.value, source="plan.yaml")
    assert message.startswith("Invalid input in plan.yaml: weeks:")
    assert "greater than 0" in message and "-1" in message
    assert "\n" not in message


def test_load_yaml_and_json(tmp_path):
    (tmp_path / "a.yaml").write_text("weeks: 2\nname: x\n")
    (tmp_path / "a.json").write_text('{"weeks": 2, "name": "x"}')
    assert load_data_file(tmp_path / "a.yaml") == load_data_file(tmp_path / "a.json") == {"weeks": 2, "name": "x"}


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("bad.yaml", b"a: [1, 2\n", "line"),
        ("bad.json", b'{"a": 1,,}', "line 1"),
        ("bin.yaml", b"\xff\xfe\x00\x01", "UTF-8"),
    ],
)
def test_bad_files_raise_user_errors(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError, match=expected):
        load_data_file(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(UserError, match="not found"):
        load_data_file(tmp_path / "missing.yaml")
    with pytest.raises(UserError, match="folder"):
        load_data_file(tmp_path)


def test_print_json_accepts_models(capsys):
    print_json(_Model(weeks=1, name="n"))
    assert json.loads(capsys.readouterr().out) == {"weeks": 1.0, "name": "n"}


def test_main_turns_user_errors_into_one_line_and_exit_2(monkeypatch, capsys):
    def handler(args):
        raise UserError("Team file not found: x.yaml; pass --team with an existing file.")

    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda: _with_handler(parser, handler))
    assert cli.main(["__probe"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "error: Team file not found: x.yaml; pass --team with an existing file."


def test_main_hides_tracebacks_of_unexpected_errors(monkeypatch, capsys):
    def handler(args):
        raise RuntimeError("kaboom")

    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda: _with_handler(parser, handler))
    assert cli.main(["__probe"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "kaboom" in err and "LEAD_DEBUG" in err


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["--help"])
    assert info.value.code == 0
    assert "lead ask" in capsys.readouterr().out


def _with_handler(parser, handler):
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    sub.add_parser("__probe").set_defaults(func=handler)
    return parser
