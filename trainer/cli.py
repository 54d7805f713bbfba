"""`themis train`: Bradley-Terry reward-model training (the Themis recipe) from a preset plus overrides."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer


def train(
    data: str = typer.Option(..., help="Shards directory (out/<build>) or Hub dataset id."),
    out: Path = typer.Option(..., help="Where the checkpoint, train_log.jsonl and train_metrics.json go."),
    preset: str = typer.Option("tiny-cpu", help="tiny-cpu | smollm2-135m | qwen3-0.6b | qwen3-1.7b | qwen3-4b | qwen3-8b"),
    model: Optional[str] = typer.Option(None, help="Override the preset's base model (path or Hub id)."),
    init_from: Optional[str] = typer.Option(None, help="Stage-1 checkpoint: train stage 2 from it."),
    set_: Optional[list[str]] = typer.Option(None, "--set", help="Override any TrainConfig field: --set lr=1e-4 --set tiny.hidden_size=192"),
) -> None:
    """Train a reward model; saves an AutoModelForSequenceClassification checkpoint (num_labels=1, head `score`)."""
    from schemas import RecordError, input_errors
    from scorer.score import ModelLoadError
    from trainer.config import resolve_config
    from trainer.data import DataError
    from trainer.loop import train as run

    overrides = parse_overrides(set_ or [])
    if model:
        overrides["model"] = model
    if init_from:
        overrides["init_from"] = init_from
    with input_errors(RecordError, DataError, ModelLoadError, OSError):  # OSError: an --out that cannot be written
        path = run(resolve_config(data, out, preset, overrides))
    metrics = json.loads((path / "train_metrics.json").read_text())
    typer.echo(json.dumps({k: metrics[k] for k in ("train_pairs", "steps", "seconds", "eval")}, indent=2))


def parse_overrides(items: list[str]) -> dict:
    """``["lr=1e-4", "tiny.hidden_size=192"]`` → ``{"lr": 0.0001, "tiny.hidden_size": 192}`` (values read as JSON
    when they are JSON, as strings otherwise)."""
    overrides = {}
    for item in items:
        key, equals, value = item.partition("=")
        if not equals or not key.strip():
            raise typer.BadParameter(f"{item!r} is not key=value (e.g. --set lr=1e-4)", param_hint="--set")
        overrides[key.strip()] = json.loads(value) if _is_json(value) else value
    return overrides


def _is_json(value: str) -> bool:
    try:
        json.loads(value)
    except ValueError:
        return False
    return True


def register(app: typer.Typer) -> None:
    app.command()(train)
