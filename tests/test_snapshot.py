"""The snapshot harness itself (tests/snapshot.py): a difference fails with a readable diff; the flag rewrites."""

from __future__ import annotations

import json

import pytest
import snapshot


def test_records_json_is_the_data_one_record_a_line():
    data = {"view": "region", "nodes": [{"id": "n0", "x": 1.5}, {"id": "n1"}], "edges": [], "info": {"n0": {"t": "é"}}}
    text = snapshot.records_json(data)
    assert json.loads(text) == data
    assert '    {"id": "n0", "x": 1.5},\n    {"id": "n1"}\n' in text
    assert '  "edges": [],\n' in text and '    "n0": {"t": "é"}\n' in text


def test_a_difference_fails_with_a_diff_of_the_changed_line(tmp_path, monkeypatch):
    monkeypatch.setattr(snapshot, "SNAPSHOTS", tmp_path)
    monkeypatch.setattr(snapshot, "UPDATE", False)
    (tmp_path / "out.txt").write_bytes(b"one\ntwo\nthree\n")
    snapshot.assert_snapshot("out.txt", "one\ntwo\nthree\n")
    with pytest.raises(pytest.fail.Exception) as info:
        snapshot.assert_snapshot("out.txt", "one\n2\nthree\n")
    message = str(info.value)
    assert "-two\n+2\n" in message and "REGIENET_UPDATE_SNAPSHOTS=1" in message
    with pytest.raises(pytest.fail.Exception, match="other line endings"):
        snapshot.assert_snapshot("out.txt", "one\r\ntwo\r\nthree\r\n")
    with pytest.raises(pytest.fail.Exception, match="no snapshot"):
        snapshot.assert_snapshot("missing.txt", "x")


def test_the_update_flag_writes_instead_of_comparing(tmp_path, monkeypatch):
    monkeypatch.setattr(snapshot, "SNAPSHOTS", tmp_path)
    monkeypatch.setattr(snapshot, "UPDATE", True)
    snapshot.assert_snapshot("sub/new.csv", "a,b\r\n")
    assert (tmp_path / "sub" / "new.csv").read_bytes() == b"a,b\r\n"
