"""Grade a reward model (or any ``score(prompt, response, aspect) -> float`` judge) on a benchmark."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import polars as pl

from scorer.bench import BenchItem
from scorer.conversation import PromptMode, render_conversation, system_prompt_for
from scorer.metric import rm_bench_accuracies, scores_frame


class ModelLoadError(ValueError):
    """A model path or Hub id transformers cannot load: no such folder, not a checkpoint, offline and not cached."""


@contextmanager
def loading_model(path: str) -> Iterator[None]:
    """Turn transformers' loading failures (OSError, ValueError from deep inside the Hub client) into one
    :class:`ModelLoadError` naming the model."""
    folder = Path(path)
    if folder.is_dir() and not (folder / "config.json").is_file() and not any(folder.glob("*.gguf")):
        raise ModelLoadError(f"{path}: this folder holds no config.json (nor a GGUF file), so it is not a model checkpoint")
    try:
        yield
    except (OSError, ValueError) as error:
        raise ModelLoadError(f"{path}: cannot load a model from it (a local checkpoint folder, or a Hub id that is "
                             f"cached or reachable): {error}") from None  # fmt: skip


@dataclass
class RewardModel:
    """An ``AutoModelForSequenceClassification`` reward model (``num_labels=1``) on CPU or GPU."""

    path: str
    max_length: int = 4096
    batch_size: int = 8
    device: str | None = None

    def __post_init__(self) -> None:
        import torch
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        self.device = self.device or ("cuda" if torch.cuda.is_available() else "cpu")
        dtype = torch.bfloat16 if self.device == "cuda" and torch.cuda.is_bf16_supported() else torch.float32
        with loading_model(self.path):
            self.tokenizer = AutoTokenizer.from_pretrained(self.path)
            model = AutoModelForSequenceClassification.from_pretrained(self.path, dtype=dtype)
        self.model = model.to(self.device).eval()
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        self.tokenizer.padding_side = "right"
        self.tokenizer.truncation_side = "right"
        if self.model.config.pad_token_id is None:
            self.model.config.pad_token_id = self.tokenizer.pad_token_id
        limit = getattr(self.tokenizer, "model_max_length", None)
        if limit and limit < self.max_length:
            self.max_length = limit

    def score_texts(self, texts: Sequence[str]) -> list[float]:
        """Scores in input order; batches are formed over length-sorted texts to waste little padding."""
        import torch

        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        scores = [0.0] * len(texts)
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                batch = order[start : start + self.batch_size]
                encoded = self.tokenizer(
                    [texts[i] for i in batch], return_tensors="pt", truncation=True, max_length=self.max_length, padding=True
                ).to(self.device)
                logits = self.model(**encoded).logits[:, 0].float().cpu().tolist()
                for i, value in zip(batch, logits):
                    scores[i] = value
        return scores

    def conversation(self, system: str | None, prompt: str, response: str) -> str:
        return render_conversation(self.tokenizer, system, prompt, response)


def score_with_model(model: RewardModel, items: Sequence[BenchItem], prompt_mode: PromptMode = "none") -> pl.DataFrame:
    """Chosen and rejected are scored independently (one flat list, so batches mix them)."""
    texts = []
    for item in items:
        system = system_prompt_for(prompt_mode, item.aspect)
        texts += [model.conversation(system, item.prompt, item.chosen), model.conversation(system, item.prompt, item.rejected)]
    scores = model.score_texts(texts)
    return _frame(items, scores[0::2], scores[1::2])


def score_with_judge(judge, items: Sequence[BenchItem]) -> pl.DataFrame:
    """Grade any ``score(prompt, response, aspect) -> float`` callable, or a batch judge with ``score_many``."""
    from scorer.judge import JudgeRequest

    requests = [JudgeRequest(i.prompt, response, i.aspect, i.language) for i in items for response in (i.chosen, i.rejected)]
    if hasattr(judge, "score_many"):
        scores = judge.score_many(requests)
    else:
        scores = [judge(r.prompt, r.response, r.aspect) for r in requests]
    return _frame(items, scores[0::2], scores[1::2])


def rm_bench_with_model(model: RewardModel, items: Sequence[BenchItem], prompt_mode: PromptMode = "none") -> dict[str, float]:
    """RM-Bench easy / normal / hard: every chosen style variant against every rejected one."""
    texts = []
    for item in items:
        system = system_prompt_for(prompt_mode, item.aspect)
        for response in (*item.chosen_variants, *item.rejected_variants):
            texts.append(model.conversation(system, item.prompt, response))
    scores = np.asarray(model.score_texts(texts)).reshape(len(items), 2, 3)
    return rm_bench_accuracies(scores[:, 0, :], scores[:, 1, :])


def _frame(items: Sequence[BenchItem], chosen: Sequence[float], rejected: Sequence[float]) -> pl.DataFrame:
    return scores_frame(
        [i.id for i in items], chosen, rejected, [i.language for i in items], [i.aspect for i in items], [i.subset for i in items]
    )


def save_scores(frame: pl.DataFrame, out_dir: Path, extra: dict | None = None) -> dict:
    """results.json + scores.parquet (Themis layout), plus the report; ``extra`` results go to extra.json."""
    import json

    from scorer.metric import write_outputs
    from scorer.report import write_report

    results = write_outputs(frame, out_dir)
    if extra:
        (out_dir / "extra.json").write_text(json.dumps(extra, indent=2))
    write_report(frame, results, out_dir)
    return results
