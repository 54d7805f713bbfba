"""The `train`, `score` and `export` flows: thin Prefect wrappers over the trainer, scorer and dedup stages.

The build flow runs all three as its subflows (``--train`` / ``--score`` / ``--push``, or the config's sections);
the scheduled `train` deployment runs the first after each build."""

from __future__ import annotations

from pathlib import Path

from prefect import flow


@flow(name="train", log_prints=True, persist_result=False)
def train_flow(data: str, out: str, preset: str = "tiny-cpu", overrides: dict | None = None) -> str:
    """Train a Bradley-Terry reward model on a build's shards."""
    from trainer import resolve_config, train

    return str(train(resolve_config(data, Path(out), preset, overrides or {}), progress=False))


@flow(name="score", log_prints=True, persist_result=False)
def score_flow(model: str, bench: str, out: str, prompts: str = "none", bench_format: str = "auto", split: str = "test") -> dict:
    """Score a reward model on a benchmark (CRB metric); writes results.json, scores.parquet, report.html and
    returns the results (overall, by aspect, by language, by subset)."""
    from scorer import RewardModel, load_bench, save_scores, score_with_model

    items = load_bench(bench, bench_format, split=split)
    frame = score_with_model(RewardModel(model), items, prompts)
    return save_scores(frame, Path(out))


@flow(name="export", log_prints=True, persist_result=False)
def export_flow(build_dir: str, repo: str, private: bool = False, revision: str | None = None) -> str:
    """Push a build's shards and card to the Hugging Face Hub."""
    from dedup.export import push_to_hub

    return push_to_hub(Path(build_dir), repo, private=private, revision=revision)
