"""The CodeRewardBench metric, computed exactly as Themis does (pandas semantics, 4-decimal rounding).

``correct = chosen_score > rejected_score`` (a tie is wrong). Aggregates use numpy with the same
reductions pandas uses (pairwise sums, ``ddof=1`` std), so ``results.json`` is reproduced to the byte.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

SCORE_COLUMNS = ("chosen_score", "rejected_score", "correct", "score_diff", "language", "aspect", "subset")


def scores_frame(ids, chosen, rejected, languages, aspects, subsets) -> pl.DataFrame:
    chosen_arr = np.asarray(chosen, dtype=np.float64)
    rejected_arr = np.asarray(rejected, dtype=np.float64)
    return pl.DataFrame(
        {
            "id": [str(i) for i in ids],
            "chosen_score": chosen_arr,
            "rejected_score": rejected_arr,
            "correct": chosen_arr > rejected_arr,
            "score_diff": chosen_arr - rejected_arr,
            "language": list(languages),
            "aspect": list(aspects),
            "subset": list(subsets),
        }
    )


def _round4(value: float) -> float:
    return float(np.round(value, 4))


def _grouped(frame: pl.DataFrame, column: str) -> dict[str, dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for key in sorted(frame[column].unique().to_list()):
        correct = frame.filter(pl.col(column) == key)["correct"].to_numpy()
        groups[key] = {"accuracy": _round4(correct.astype(np.float64).sum() / len(correct)), "count": int(len(correct))}
    return groups


def compile_results(frame: pl.DataFrame) -> dict[str, Any]:
    """Themis' ``compile_results`` over a scores frame."""
    correct = frame["correct"].to_numpy().astype(np.float64)
    diff = frame["score_diff"].to_numpy()
    mean = diff.sum() / len(diff)
    std = np.sqrt(((diff - mean) ** 2).sum() / (len(diff) - 1)) if len(diff) > 1 else float("nan")
    return {
        "overall": {
            "accuracy": _round4(correct.sum() / len(correct)),
            "total_examples": int(len(frame)),
            "correct_predictions": int(correct.sum()),
            "mean_score_difference": _round4(mean),
            "median_score_difference": _round4(float(np.median(diff))),
            "std_score_difference": _round4(std),
        },
        "by_aspect": _grouped(frame, "aspect"),
        "by_language": _grouped(frame, "language"),
        "by_subset": _grouped(frame, "subset"),
    }


def read_scores(path: Path) -> pl.DataFrame:
    """A ``scores.parquet`` (Themis' layout: indexed by ``id``)."""
    frame = pl.read_parquet(path)
    missing = [c for c in ("id", *SCORE_COLUMNS) if c not in frame.columns]
    if missing:
        raise ValueError(f"{path}: not a scores.parquet, missing columns {missing}")
    return frame


def write_outputs(frame: pl.DataFrame, out_dir: Path) -> dict[str, Any]:
    """``results.json`` and ``scores.parquet`` in Themis' layout, each written atomically."""
    out_dir.mkdir(parents=True, exist_ok=True)
    results = compile_results(frame)
    _atomic_write_text(out_dir / "results.json", json.dumps(results, indent=2))
    table = frame.select("chosen_score", "rejected_score", "correct", "score_diff", "language", "aspect", "subset", "id")
    tmp = out_dir / ".scores.parquet.tmp"
    table.to_pandas().set_index("id").to_parquet(tmp, index=True)
    tmp.replace(out_dir / "scores.parquet")
    return results


def _atomic_write_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def rm_bench_accuracies(chosen: np.ndarray, rejected: np.ndarray) -> dict[str, float]:
    """RM-Bench's easy / normal / hard from (n, 3) chosen and rejected style-variant scores.

    ``M[i, j]`` = share of examples whose chosen variant i outscores rejected variant j; styles go
    concise → detailed → detailed+markdown, so the upper triangle (chosen plainer than rejected) is hard.
    """
    matrix = (chosen[:, :, None] > rejected[:, None, :]).mean(axis=0)
    k = matrix.shape[0]
    pairs_off_diagonal = k * (k - 1) / 2
    return {
        "easy": float(np.tril(matrix, -1).sum() / pairs_off_diagonal),
        "normal": float(np.mean(np.diag(matrix))),
        "hard": float(np.triu(matrix, 1).sum() / pairs_off_diagonal),
        "average": float(matrix.mean()),
    }
