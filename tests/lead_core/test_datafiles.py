"""Reading a user's YAML or JSON file: same data from either format, one-sentence errors with the line."""

import pytest

from lead_core.datafiles import load_data_file
from lead_core.errors import UserError


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
