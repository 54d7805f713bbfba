"""Scorer: exact Themis reproduction, bench readers on the real files, RM-Bench's matrix, end-to-end scoring."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from typer.testing import CliRunner

from flows.cli import app
from scorer import BenchFormatError, RewardModel, load_bench, rm_bench_accuracies, rm_bench_with_model, save_scores, score_with_model
from scorer.metric import compile_results, read_scores


@pytest.mark.parametrize("run", ["Themis-RM-0.6B", "AceCodeRM-7B"])
def test_from_scores_reproduces_themis_results_byte_for_byte(shared_data, tmp_path, run):
    source = shared_data / "themis" / "crb-runs" / run
    (tmp_path / "scores.parquet").write_bytes((source / "scores.parquet").read_bytes())
    result = CliRunner().invoke(app, ["score", "--from-scores", str(tmp_path / "scores.parquet")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "results.json").read_text() == (source / "results.json").read_text()
    # and our own scores.parquet round-trips to the same results
    assert compile_results(read_scores(tmp_path / "scores.parquet")) == json.loads((source / "results.json").read_text())


def test_ties_are_wrong():
    from scorer.metric import scores_frame

    frame = scores_frame(["a", "b"], [1.0, 2.0], [1.0, 1.0], ["Go", "Go"], ["Functional_Correctness"] * 2, ["s", "s"])
    assert frame["correct"].to_list() == [False, True]
    assert compile_results(frame)["overall"]["accuracy"] == 0.5


def test_rm_bench_matrix_by_hand():
    chosen = np.array([[3.0, 2.0, 1.0]])
    rejected = np.array([[2.5, 0.5, 1.5]])
    # M[i,j] = chosen_i > rejected_j: row0 = 1 1 1; row1 = 0 1 1; row2 = 0 1 0
    result = rm_bench_accuracies(chosen, rejected)
    assert result["normal"] == pytest.approx(2 / 3)
    assert result["hard"] == pytest.approx((1 + 1 + 1) / 3)  # upper triangle: (0,1) (0,2) (1,2)
    assert result["easy"] == pytest.approx((0 + 0 + 1) / 3)  # lower triangle: (1,0) (2,0) (2,1)


def test_readers_on_real_files(shared_data, tmp_path):
    rm_items = load_bench(shared_data / "rm-bench" / "code_filtered.json")
    assert len(rm_items) == 228 and all(len(i.chosen_variants) == 3 for i in rm_items)
    assert {i.language for i in rm_items} <= {"Cpp", "Go", "Java", "JavaScript", "Python", "Rust"}

    hep = load_bench(shared_data / "humanevalpack", "humanevalpack")
    assert len(hep) >= 164 * 5 and len(hep) % 164 == 0  # Rust is kept only where a Rust sandbox exists
    assert all(i.chosen != i.rejected for i in hep)

    crb = pl.DataFrame({"id": ["x1"], "prompt": ["p"], "chosen": ["a"], "rejected": ["b"], "language": ["C++"], "aspect": ["Security Hardness"], "subset": ["S"]})
    crb.write_parquet(tmp_path / "crb.parquet")
    (item,) = load_bench(tmp_path / "crb.parquet")
    assert (item.language, item.aspect, item.subset) == ("Cpp", "Security_Hardness", "S")

    rewardbench = pl.DataFrame({"prompt": ["p", "q"], "chosen": ["a", "c"], "rejected": ["b", "d"], "subset": ["hep-go", "chat-easy"], "id": [1, 2]})
    rewardbench.write_parquet(tmp_path / "rb.parquet")
    (item,) = load_bench(tmp_path / "rb.parquet")
    assert (item.language, item.subset) == ("Go", "hep-go")


def test_our_shards_are_read_from_the_build_or_its_data_folder(tmp_path):
    """Shards carry ClassLabel integers; pointing at `<build>/data` must not be mistaken for CRB's layout."""
    _test_shard(tmp_path)
    for location in (tmp_path, tmp_path / "data"):
        (item,) = load_bench(location, split="test")
        assert (item.id, item.language, item.aspect, item.subset) == ("seed-7", "Go", "Functional_Correctness", "seed")
    with pytest.raises(BenchFormatError, match="no train-"):
        load_bench(tmp_path / "data", "shards", split="train")
    (tmp_path / "data" / "test-00000-of-00001.parquet").write_bytes(b"PAR1 truncated")
    with pytest.raises(BenchFormatError, match="test-00000-of-00001.parquet: not a readable parquet file"):
        load_bench(tmp_path)


def _test_shard(build: Path) -> None:
    """``<build>/data/test-00000-of-00001.parquet`` with one pair, written as our shards are (ClassLabel ints)."""
    from schemas import THEMIS_ASPECT_LABELS, THEMIS_LANGUAGE_LABELS

    (build / "data").mkdir(parents=True)
    row = {"system": None, "input": "Sum two numbers.", "chosen": "a + b", "rejected": "a - b",
           "language": THEMIS_LANGUAGE_LABELS.index("Go"), "aspect": THEMIS_ASPECT_LABELS.index("Functional Correctness"),
           "source": "seed", "idx": 7}  # fmt: skip
    pl.DataFrame([row]).write_parquet(build / "data" / "test-00000-of-00001.parquet")


@pytest.fixture(scope="module")
def tiny_checkpoint(tmp_path_factory) -> Path:
    """A real (randomly initialised) Qwen3 reward model with a locally trained tokenizer, saved to disk."""
    import torch

    from trainer.config import TinyModel
    from trainer.model import build_tiny
    from trainer.tokenizer import train_tokenizer

    torch.manual_seed(0)
    tokenizer = train_tokenizer(["def f(x):\n    return x + 1\n", "int main(){return 0;}", "Write a function."] * 30, 400)
    model, _ = build_tiny(tokenizer, TinyModel(hidden_size=32, num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=1, head_dim=16, intermediate_size=64))
    torch.nn.init.normal_(model.score.weight)  # a non-trivial head, so scores differ
    out = tmp_path_factory.mktemp("rm")
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


def test_end_to_end_rm_bench_and_humanevalpack(shared_data, tiny_checkpoint, tmp_path):
    model = RewardModel(str(tiny_checkpoint), max_length=256, batch_size=8)
    rm_items = load_bench(shared_data / "rm-bench" / "code_filtered.json", limit=6)
    accuracies = rm_bench_with_model(model, rm_items, "full")
    assert set(accuracies) == {"easy", "normal", "hard", "average"} and all(0 <= v <= 1 for v in accuracies.values())

    hep = load_bench(shared_data / "humanevalpack", "humanevalpack")[::100]
    frame = score_with_model(model, hep, "aspect")
    results = save_scores(frame, tmp_path / "score")
    assert results["overall"]["total_examples"] == len(hep)
    assert set(results["by_language"]) == {i.language for i in hep}
    stored = pl.read_parquet(tmp_path / "score" / "scores.parquet")
    assert stored["correct"].to_list() == (stored["chosen_score"] > stored["rejected_score"]).to_list()
    html = (tmp_path / "score" / "report.html").read_text()
    assert html.count("data:image/png;base64,") == 2
    assert (tmp_path / "score" / "heatmap.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_scores_do_not_depend_on_batching(tiny_checkpoint):
    texts = ["short", "a much longer text " * 20, "medium length text " * 4]
    one = RewardModel(str(tiny_checkpoint), batch_size=1).score_texts(texts)
    many = RewardModel(str(tiny_checkpoint), batch_size=3).score_texts(texts)
    assert one == pytest.approx(many, abs=1e-4)


def test_compare_prints_both_runs(shared_data):
    runs = shared_data / "themis" / "crb-runs"
    result = CliRunner().invoke(app, ["score", "--compare", str(runs / "AceCodeRM-7B/results.json"), "--compare", str(runs / "Themis-RM-0.6B/results.json")])
    assert result.exit_code == 0
    assert "0.7111" in result.output and "0.7937" in result.output


def test_analyzer_judge_prefers_fixed_code_on_real_safecoder_pairs(tmp_path):
    """Static analyzers only: on SafeCoder Python pairs the vulnerable 'before' is flagged more often than the fix."""
    items = [i for i in load_bench("safecoder", "source") if i.language == "Python"][:40]
    result = CliRunner().invoke(app, ["score", "--judge", "analyzers", "--bench", "safecoder", "--format", "source", "--out", str(tmp_path), "--limit", "1"])
    assert result.exit_code == 0, result.output
    from scorer import score_with_judge
    from scorer.judge import AnalyzerJudge

    frame = score_with_judge(AnalyzerJudge(), items)
    wins = (frame["chosen_score"] > frame["rejected_score"]).sum()
    losses = (frame["chosen_score"] < frame["rejected_score"]).sum()
    assert wins > losses


def test_score_command_refuses_a_bad_model_or_benchmark_by_name(tiny_checkpoint, tmp_path):
    """A model folder that is no checkpoint, a benchmark folder with nothing to read, a Hub id that cannot be
    reached (the tests run offline): one `error:` line naming it, exit 2, no traceback and no output written."""
    empty = tmp_path / "empty"
    empty.mkdir()
    shards = tmp_path / "shards"
    _test_shard(shards)
    cases = {
        (str(empty), str(shards)): f"error: {empty}: this folder holds no config.json",
        (str(tiny_checkpoint), str(empty)): f"error: {empty}: no parquet files",
        (str(tiny_checkpoint), "org/no-such-bench"): "error: org/no-such-bench: no such local file or folder, and not a loadable Hub dataset",
    }
    for (model, bench), expected in cases.items():
        result = CliRunner().invoke(app, ["score", "--model", model, "--bench", bench, "--out", str(tmp_path / "out")])
        assert result.exit_code == 2 and result.stderr.strip().splitlines()[-1].startswith(expected), result.output
    assert not (tmp_path / "out").exists()
