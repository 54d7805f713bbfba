"""Our trainer (λ = μ = 0, i.e. plain Bradley-Terry) against TRL's RewardTrainer on the same tiny model and data.

Data: HumanEvalPack canonical (chosen) vs buggy (rejected) in 5 languages, held out by task.
Prints step time of each, their ratio, and held-out pairwise accuracy side by side.
    .venv/bin/python -P bench/trainer_vs_trl.py [--per-language 80] [--epochs 2]   (-P: bench/dedup.py must not shadow the dedup package)
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import torch


def make_shards(shared: Path, out: Path, per_language: int) -> Path:
    from scorer.bench import load_bench, write_bench_shards

    items = [i for i in load_bench(shared / "humanevalpack", "humanevalpack") if int(i.id.split("/")[1].split("@")[0]) < per_language]
    return write_bench_shards(items, out, license="MIT", origin="bigcode/humanevalpack")


def ours(data: Path, out: Path, epochs: float, max_length: int) -> dict:
    from trainer import resolve_config, train

    config = resolve_config(str(data), out, "tiny-cpu", {"lambda_lm": 0.0, "mu_magnitude": 0.0, "epochs": epochs, "max_length": max_length})
    started = time.perf_counter()
    train(config, progress=False)
    seconds = time.perf_counter() - started
    metrics = json.loads((out / "train_metrics.json").read_text())
    return {"seconds": seconds, "steps": metrics["steps"], "accuracy": metrics["eval"]["accuracy"], "tokenizer": out}


def trl(data: Path, tokenizer_dir: Path, out: Path, epochs: float, max_length: int) -> dict:
    """TRL RewardTrainer with the same tokenizer, architecture, batch size, lr and schedule."""
    from datasets import load_dataset
    from transformers import AutoTokenizer
    from trl import RewardConfig, RewardTrainer

    from scorer.conversation import messages
    from trainer.config import PRESETS, TinyModel
    from trainer.model import build_tiny

    preset = PRESETS["tiny-cpu"]
    tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir)
    model, _ = build_tiny(tokenizer, TinyModel())
    dataset = load_dataset(str(data))

    def conversational(row):
        return {"chosen": messages(None, row["input"], row["chosen"])[-2:], "rejected": messages(None, row["input"], row["rejected"])[-2:]}

    train_set = dataset["train"].map(conversational, remove_columns=dataset["train"].column_names)
    args = RewardConfig(
        output_dir=str(out), report_to=[], use_cpu=True, max_length=max_length, per_device_train_batch_size=preset["batch_size"],
        learning_rate=preset["lr"], num_train_epochs=epochs, lr_scheduler_type="cosine", warmup_steps=preset["warmup_ratio"],  # a float < 1 is a ratio in transformers 5
        logging_steps=10, save_strategy="no", seed=0,
    )
    trainer = RewardTrainer(model=model, args=args, train_dataset=train_set, processing_class=tokenizer)
    started = time.perf_counter()
    trainer.train()
    seconds = time.perf_counter() - started
    model.save_pretrained(out / "model")
    tokenizer.save_pretrained(out / "model")
    return {"seconds": seconds, "steps": trainer.state.global_step, "accuracy": held_out_accuracy(out / "model", data)}


def held_out_accuracy(model_dir: Path, data: Path) -> float:
    from scorer import RewardModel, load_bench, score_with_model

    frame = score_with_model(RewardModel(str(model_dir), max_length=768), load_bench(data, "shards", split="test"))
    return float(frame["correct"].mean())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--per-language", type=int, default=80)
    parser.add_argument("--epochs", type=float, default=2)
    parser.add_argument("--max-length", type=int, default=768)
    args = parser.parse_args()
    torch.manual_seed(0)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        data = make_shards(args.shared, root / "data", args.per_language)
        a = ours(data, root / "ours", args.epochs, args.max_length)
        a["accuracy"] = held_out_accuracy(root / "ours", data)  # scored the same way as TRL's model
        b = trl(data, root / "ours", root / "trl", args.epochs, args.max_length)
    print(f"ours: steps={a['steps']} seconds={a['seconds']:.1f} held_out_accuracy={a['accuracy']:.4f}")
    print(f"trl:  steps={b['steps']} seconds={b['seconds']:.1f} held_out_accuracy={b['accuracy']:.4f}")
    print(f"step_time_ratio_ours_over_trl={(a['seconds'] / a['steps']) / (b['seconds'] / b['steps']):.3f}")


if __name__ == "__main__":
    main()
