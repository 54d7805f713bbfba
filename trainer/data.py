"""Pairs → token ids, with response-only truncation: the prompt (system + user + template) is never cut."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import torch

from schemas import THEMIS_ASPECT_LABELS, THEMIS_LANGUAGE_LABELS
from scorer.conversation import render_conversation, render_prompt_only


@dataclass(frozen=True)
class PairText:
    system: str | None
    prompt: str
    chosen: str
    rejected: str
    aspect: str
    language: str
    margin: float = 0.0


@dataclass
class EncodedPair:
    chosen_ids: list[int]
    rejected_ids: list[int]
    chosen_prompt_len: int
    margin: float
    aspect: str
    language: str


@dataclass
class EncodeStats:
    kept: int = 0
    dropped_long_prompt: int = 0
    truncated_responses: int = 0
    by_reason: dict[str, int] = field(default_factory=dict)


class DataError(ValueError):
    """The training data cannot be read: no such folder or dataset, no such split, or not Themis pair columns."""


PAIR_COLUMNS = ("input", "chosen", "rejected", "aspect", "language")


def load_pairs(data: str, split: str) -> list[PairText]:
    """Rows of a shards directory (``out/<build>``) or a Hub dataset id."""
    from datasets import load_dataset

    path = Path(data)
    try:
        dataset = load_dataset(str(path), split=split) if path.exists() else load_dataset(data, split=split)
    except (OSError, ValueError) as error:  # datasets' not-found, empty-folder, offline and unknown-split errors
        raise DataError(f"{data}: cannot load its {split!r} split of Themis pairs (a folder `themis build` wrote, "
                        f"or a Hub dataset id): {error}") from None  # fmt: skip
    missing = [column for column in PAIR_COLUMNS if column not in dataset.column_names]
    if missing:
        raise DataError(f"{data} ({split} split): not Themis pairs, columns {missing} are missing")
    pairs = []
    for row in dataset:
        aspect = THEMIS_ASPECT_LABELS[row["aspect"]] if isinstance(row["aspect"], int) else row["aspect"]
        language = THEMIS_LANGUAGE_LABELS[row["language"]] if isinstance(row["language"], int) else row["language"]
        pairs.append(
            PairText(row.get("system"), row["input"], row["chosen"], row["rejected"], aspect, language, float(row.get("margin") or 0.0))
        )
    return pairs


def encode_side(tokenizer, system: str | None, prompt: str, response: str, max_length: int) -> tuple[list[int], int, bool] | None:
    """Token ids of one conversation and the prompt's length; None when the prompt alone exceeds ``max_length``.

    The prompt and the response are tokenized separately and concatenated, so cutting the response
    never shifts a token boundary inside the prompt.
    """
    full = render_conversation(tokenizer, system, prompt, response)
    head = render_prompt_only(tokenizer, system, prompt)
    if not full.startswith(head):  # templates that rewrite earlier turns: fall back to the common prefix
        cut = next((i for i, (a, b) in enumerate(zip(full, head)) if a != b), min(len(full), len(head)))
        head = full[:cut]
    prompt_ids = tokenizer(head, add_special_tokens=False)["input_ids"]
    response_ids = tokenizer(full[len(head) :], add_special_tokens=False)["input_ids"]
    if len(prompt_ids) >= max_length:
        return None
    room = max_length - len(prompt_ids)
    return prompt_ids + response_ids[:room], len(prompt_ids), len(response_ids) > room


def encode_pairs(tokenizer, pairs: list[PairText], max_length: int) -> tuple[list[EncodedPair], EncodeStats]:
    stats = EncodeStats()
    encoded = []
    for pair in pairs:
        chosen = encode_side(tokenizer, pair.system, pair.prompt, pair.chosen, max_length)
        rejected = encode_side(tokenizer, pair.system, pair.prompt, pair.rejected, max_length)
        if chosen is None or rejected is None:
            stats.dropped_long_prompt += 1
            continue
        stats.truncated_responses += int(chosen[2]) + int(rejected[2])
        encoded.append(EncodedPair(chosen[0], rejected[0], chosen[1], pair.margin, pair.aspect, pair.language))
    stats.kept = len(encoded)
    return encoded, stats


def collate(batch: list[EncodedPair], pad_id: int) -> dict[str, torch.Tensor]:
    """Chosen rows first, then rejected rows, right-padded. ``lm_labels`` mark chosen response tokens only."""
    sequences = [p.chosen_ids for p in batch] + [p.rejected_ids for p in batch]
    width = max(len(s) for s in sequences)
    input_ids = torch.full((len(sequences), width), pad_id, dtype=torch.long)
    attention = torch.zeros((len(sequences), width), dtype=torch.long)
    lm_labels = torch.full((len(batch), width), -100, dtype=torch.long)
    for row, ids in enumerate(sequences):
        input_ids[row, : len(ids)] = torch.tensor(ids)
        attention[row, : len(ids)] = 1
    for row, pair in enumerate(batch):
        lm_labels[row, pair.chosen_prompt_len : len(pair.chosen_ids)] = torch.tensor(pair.chosen_ids[pair.chosen_prompt_len :])
    margins = torch.tensor([p.margin for p in batch], dtype=torch.float32)
    return {"input_ids": input_ids, "attention_mask": attention, "lm_labels": lm_labels, "margins": margins}
