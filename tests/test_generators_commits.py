"""Commit mining on a repository the test scripts: single-file commits, Themis terms, pairs, parquet."""

from __future__ import annotations

import json
from pathlib import Path

from generators.commits import classify_message, mine_pairs, single_file_commits, term_patterns, write_pairs
from schemas import Aspect, row_to_pair

from conftest import FAST_SUM, SLOW_SUM


def test_term_lists_ship_with_the_package() -> None:
    patterns = term_patterns()
    assert set(patterns) == set(Aspect)
    assert sum(len(p) for p in patterns.values()) == 822  # the five Themis lists, unchanged


def test_classify_message_by_themis_terms() -> None:
    assert classify_message("Fix SQL injection in login")[0] == Aspect.Security_Hardness
    assert classify_message("Reduce memory footprint of the cache")[0] == Aspect.Memory_Efficiency
    assert classify_message("Update docs") is None


def test_only_single_file_source_modifications_are_considered(scripted_repo: Path) -> None:
    commits = list(single_file_commits(scripted_repo))
    assert [c.message.splitlines()[0] for c in commits] == [
        "Fix XSS: escape user input before rendering",
        "Tweak things",
        "Optimize performance of total: use the builtin sum",
    ]
    assert {c.language for c in commits} == {"Python", "JavaScript"}


def test_mined_pairs_roundtrip_through_parquet(scripted_repo: Path, tmp_path: Path) -> None:
    pairs = mine_pairs(scripted_repo, seed=3)
    assert [(p.language.value, p.aspect) for p in pairs] == [
        ("JavaScript", Aspect.Security_Hardness),
        ("Python", Aspect.Runtime_Efficiency),
    ]
    runtime = pairs[1]
    assert runtime.chosen == FAST_SUM and runtime.rejected == SLOW_SUM
    assert runtime.input.startswith("Optimize performance of total") and SLOW_SUM.strip() in runtime.input
    assert json.loads(runtime.evidence)["path"] == "stats.py" and runtime.source == "commits:demo"
    assert [p.idx for p in pairs] == [0, 1]
    assert len(mine_pairs(scripted_repo, max_pairs=1)) == 1

    from datasets import load_dataset

    out = write_pairs(pairs, tmp_path / "out" / "commits.parquet")
    loaded = load_dataset("parquet", data_files=str(out), split="train")
    assert loaded.features["aspect"].names[loaded[1]["aspect"]] == "Runtime Efficiency"
    assert row_to_pair(loaded[1]).chosen == FAST_SUM
    assert not list(out.parent.glob(".*tmp*"))


def test_cli_mine_commits(scripted_repo: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from flows.cli import app

    out = tmp_path / "pairs.jsonl"
    result = CliRunner().invoke(app, ["mine-commits", "--repo", str(scripted_repo), "--out", str(out), "--max", "5"])
    assert result.exit_code == 0, result.output
    assert "2 pairs" in result.output
    assert len(out.read_text().splitlines()) == 2
    missing = CliRunner().invoke(app, ["mine-commits", "--repo", str(tmp_path / "nope"), "--out", str(out)])
    assert missing.exit_code != 0
    (tmp_path / "plain").mkdir()  # a folder, but no git repository
    plain = CliRunner().invoke(app, ["mine-commits", "--repo", str(tmp_path / "plain"), "--out", str(out)])
    assert plain.exit_code == 2 and "not a git repository" in plain.stderr and plain.stderr.startswith("error: git log")
