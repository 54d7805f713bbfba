"""`themis sources list|show|stats` through typer's runner (only this stage's commands registered)."""

from __future__ import annotations

import gzip
import json

import pytest
import typer
from typer.testing import CliRunner

from schemas import Problem
from sources import SOURCES
from sources.cli import register


@pytest.fixture(scope="module")
def app():
    root = typer.Typer()
    register(root)
    return root


def _run(app, *args):
    return CliRunner().invoke(app, ["sources", *args])


def test_list_names_every_source(app):
    result = _run(app, "list")
    assert result.exit_code == 0
    assert all(name in result.output for name in SOURCES)


def test_show_prints_problems_as_json_lines(app, shared_data):
    result = _run(app, "show", "exercism-c", "--path", str(shared_data / "exercism-c"), "--limit", "2")
    assert result.exit_code == 0, result.output
    problems = [Problem.from_json(line) for line in result.stdout.splitlines()]
    assert [p.id for p in problems] == ["exercism-c/acronym", "exercism-c/all-your-base"]


def test_stats_json(app, shared_data):
    result = _run(app, "stats", "humanevalpack", "--path", str(shared_data / "humanevalpack"), "--json")
    assert result.exit_code == 0, result.output
    five = {"Cpp": 164, "Go": 164, "Java": 164, "JavaScript": 164, "Python": 164}
    assert json.loads(result.stdout) == {
        "problems": 820,
        "languages": five,
        "references_by_tag": {"buggy": five, "canonical": five},
    }
    assert 'dropped (no sandbox): {"Rust": 164}' in result.stderr


def test_stats_on_a_malformed_file_fails_or_counts_with_lenient(app, shared_data, tmp_path):
    with gzip.open(shared_data / "humaneval-x" / "humaneval_go.jsonl.gz", "rt") as handle:
        good = handle.readline()
    with gzip.open(tmp_path / "humaneval_go.jsonl.gz", "wt") as handle:
        handle.write(good + json.dumps({"task_id": "Go/9", "prompt": "x"}) + "\n")
    for lang in ("cpp", "java", "js", "python", "rust"):
        with gzip.open(tmp_path / f"humaneval_{lang}.jsonl.gz", "wt"):
            pass
    strict = _run(app, "stats", "humaneval-x", "--path", str(tmp_path), "--json")
    assert strict.exit_code == 2
    assert f"{tmp_path / 'humaneval_go.jsonl.gz'}:2" in strict.stderr and "canonical_solution" in strict.stderr
    lenient = _run(app, "stats", "humaneval-x", "--path", str(tmp_path), "--json", "--lenient")
    assert lenient.exit_code == 0
    assert json.loads(lenient.stdout)["languages"] == {"Go": 1}
    assert "skipped 1 malformed record(s)" in lenient.stderr
