"""Shards: datasets round-trip with Themis ClassLabels, byte-identical rebuilds, card/stats, export layout."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from dedup import CardInfo, SourceInfo, held_out_split, write_shards
from dedup.export import ExportError, export_to_dir, push_to_hub
from schemas import Aspect, Pair, row_to_pair, themis_features

LANGUAGES = ["Python", "Cpp", "Go", "CSharp"]
ASPECTS = [Aspect.Functional_Correctness, Aspect.Runtime_Efficiency, Aspect.Security_Hardness]


def make_pairs(count: int = 60) -> list[Pair]:
    pairs = []
    for idx in range(count):
        aspect = ASPECTS[idx % len(ASPECTS)]
        pairs.append(
            Pair(
                system=None if idx % 5 == 0 else f"system prompt {idx % 3}",
                input=f"Solve task {idx // 4}: print the answer.",
                chosen=f"int solve_{idx}() {{ return {idx}; }}\n",
                rejected=f"int solve_{idx}() {{ return {idx + 1}; }}\n",
                language=LANGUAGES[idx % len(LANGUAGES)],
                aspect=aspect,
                source="seed" if idx % 2 else "mbxp",
                idx=idx,
                problem_id=f"p/{idx // 4}",
                margin=float(idx) / 7,
                chosen_sha=f"{idx:064x}",
                rejected_sha=f"{idx + 1:064x}",
                policy="runtime@1",
                evidence=json.dumps({"rule": "x", "i": idx}),
            )
        )
    return pairs


CARD = CardInfo(
    sources=[
        SourceInfo(name="seed", license="Apache-2.0", origin="themis-forge sources/seed"),
        SourceInfo(name="mbxp", license="CC-BY-4.0", origin="amazon-science/mxeval"),
    ],
    build={"seed": "3"},
)


def digest_tree(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


def test_round_trip_through_datasets_with_themis_features(tmp_path):
    from datasets import load_dataset

    pairs = make_pairs()
    split = held_out_split([p.problem_id for p in pairs], test_ratio=0.3)
    assert set(split.values()) == {"train", "test"}
    out = tmp_path / "build" / "ds"
    manifest = write_shards(pairs, out, split_by_problem=split, max_rows_per_shard=16, seed=3, card=CARD)

    files = sorted(str(p.relative_to(out)) for p in (out / "data").iterdir())
    train_n, test_n = manifest.splits["train"], manifest.splits["test"]
    assert train_n + test_n == 60 and test_n == sum(split[p.problem_id] == "test" for p in pairs)
    shards = -(-train_n // 16)
    assert [f for f in files if f.startswith("data/train")] == [f"data/train-{i:05d}-of-{shards:05d}.parquet" for i in range(shards)]
    assert sorted(f.path for f in manifest.files) == files

    loaded = load_dataset(str(out), cache_dir=str(tmp_path / "cache"))
    assert set(loaded) == {"train", "test"}
    assert loaded["train"].features == themis_features()
    assert loaded["train"].features["language"].names == themis_features()["language"].names
    assert loaded["train"].num_rows == train_n and loaded["test"].num_rows == test_n
    back = sorted((row_to_pair(row) for name in ("train", "test") for row in loaded[name]), key=lambda p: p.idx)
    assert back == pairs
    assert {split[row["problem_id"]] for row in loaded["test"]} == {"test"}
    assert not list(tmp_path.joinpath("build").glob(".ds.tmp-*"))  # the staging folder was renamed away


def test_card_and_stats(tmp_path):
    pairs = make_pairs()
    out = tmp_path / "ds"
    write_shards(pairs, out, seed=3, card=CARD.model_copy(update={"notes": ["length: kept 60/60"]}))
    stats = json.loads((out / "stats.json").read_text())
    table = stats["pairs_by_aspect_language"]
    assert sum(n for row in table.values() for n in row.values()) == 60
    assert table["Functional_Correctness"]["Python"] == sum(
        1 for p in pairs if p.aspect == Aspect.Functional_Correctness and p.language.value == "Python"
    )
    text = (out / "README.md").read_text()
    header = yaml.safe_load(text.split("---\n")[1])
    assert header["license"] == "apache-2.0"
    assert header["configs"] == [{"config_name": "default", "data_files": [{"split": "train", "path": "data/train-*"}]}]
    features = {f["name"]: f["dtype"] for f in header["dataset_info"]["features"]}
    assert features["aspect"]["class_label"]["names"]["3"] == "Functional Correctness"
    assert "| mbxp | CC-BY-4.0 | amazon-science/mxeval | 30 |" in text
    assert "length: kept 60/60" in text
    assert "| `runtime@1` | 60 | - |" in text  # a policy the card was not told about is listed, its rule "-"
    with pytest.raises(ValueError, match=r"no provenance .* \['mbxp'\]"):
        write_shards(pairs, tmp_path / "bad", card=CardInfo(sources=CARD.sources[:1]))
    assert not (tmp_path / "bad").exists()


def test_card_says_how_each_policy_decided_with_the_settings_used(tmp_path):
    """The card's "How chosen beat rejected" table: one row per policy that made pairs, its rule from the pairing
    config actually used (a changed threshold shows), and the measure's unit for the efficiency policies."""
    from dedup import PairingConfig

    config = PairingConfig.model_validate({"runtime": {"min_ratio": 2.0}, "readability": {"enabled": False}})
    rules = config.decision_rules()
    assert "readability@1" not in rules and set(rules) == {"correctness@1", "runtime@2", "memory@1", "security@3"}
    assert "min_ratio = 2.0" in rules["runtime@2"] and "Measure: CPU time in ms." in rules["runtime@2"]
    assert "in kB" in rules["memory@1"] and "hardening_tiebreak = True" in rules["security@3"]
    pairs = [pair.model_copy(update={"policy": "runtime@2"}) for pair in make_pairs()]
    write_shards(pairs, tmp_path / "ds", seed=3, card=CARD.model_copy(update={"decisions": rules}))
    text = (tmp_path / "ds" / "README.md").read_text()
    assert f"| `runtime@2` | 60 | {rules['runtime@2']} |" in text and "correctness@1" not in text


def test_same_seed_same_bytes_other_seed_other_order(tmp_path):
    pairs = make_pairs()
    first = digest_tree(write_shards(pairs, tmp_path / "a", seed=3, card=CARD, max_rows_per_shard=25) and tmp_path / "a")
    second = digest_tree(write_shards(list(reversed(pairs)), tmp_path / "b", seed=3, card=CARD, max_rows_per_shard=25) and tmp_path / "b")
    assert first == second and len(first) == 5  # 3 shards + card + stats
    # rewriting in place replaces the old dataset and stays identical
    write_shards(pairs, tmp_path / "a", seed=3, card=CARD, max_rows_per_shard=25)
    assert digest_tree(tmp_path / "a") == first
    other = digest_tree(write_shards(pairs, tmp_path / "c", seed=4, card=CARD, max_rows_per_shard=25) and tmp_path / "c")
    assert other["data/train-00000-of-00003.parquet"] != first["data/train-00000-of-00003.parquet"]


def test_held_out_split_is_stable_and_ratio_driven():
    ids = [f"p/{i}" for i in range(2000)]
    split = held_out_split(ids, test_ratio=0.2)
    assert split == held_out_split(reversed(ids), test_ratio=0.2)
    assert 0.17 < sum(v == "test" for v in split.values()) / 2000 < 0.23
    assert set(held_out_split(ids, test_ratio=0).values()) == {"train"}
    with pytest.raises(ValueError, match="test_ratio"):
        held_out_split(ids, test_ratio=1.5)


def export_app():
    """A root app with only this stage's commands (the full `themis` app imports every stage)."""
    import typer

    from dedup.cli import register

    app = typer.Typer()
    app.callback()(lambda: None)  # keep `export` a subcommand, as under `themis`
    register(app)
    return app


def test_export_to_dir_and_cli(tmp_path):
    app = export_app()
    built = tmp_path / "built"
    write_shards(make_pairs(), built, seed=3, card=CARD, max_rows_per_shard=40)
    (built / "scratch.log").write_text("not part of the upload")
    out = tmp_path / "upload"
    result = CliRunner().invoke(app, ["export", str(built), "--to-dir", str(out)])
    assert result.exit_code == 0, result.output
    expected = ["README.md", "data/train-00000-of-00002.parquet", "data/train-00001-of-00002.parquet", "stats.json"]
    assert sorted(digest_tree(out)) == expected
    assert {k: v for k, v in digest_tree(built).items() if k in expected} == digest_tree(out)
    assert export_to_dir(out, tmp_path / "again") == ["README.md", "stats.json", *expected[1:3]]
    (out / "data" / "train-00001-of-00002.parquet").unlink()
    with pytest.raises(ExportError, match="stats.json lists"):
        export_to_dir(out, tmp_path / "broken")


def test_push_uploads_exactly_the_layout_through_the_hub_client(tmp_path, monkeypatch, fake_hub):
    """The real huggingface_hub client against a local Hub: the repo is created as a dataset, the branch made,
    the card's YAML accepted, and the commit holds exactly the files `export --to-dir` writes, byte for byte."""
    import huggingface_hub.constants

    built = tmp_path / "built"
    pairs = make_pairs(40)
    split = held_out_split([p.problem_id for p in pairs], test_ratio=0.3)
    write_shards(pairs, built, split_by_problem=split, max_rows_per_shard=16, seed=3, card=CARD)
    monkeypatch.delenv("HF_HUB_OFFLINE")
    # TRANSFORMERS_OFFLINE (set by builds and by conftest) also turns huggingface_hub offline at import time; an
    # explicit push must still go out
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    monkeypatch.setattr(huggingface_hub.constants, "ENDPOINT", fake_hub.url)
    monkeypatch.setenv("HF_TOKEN", "hf_local_test_token")
    url = push_to_hub(built, "org/themis-pairs", private=True, revision="nightly")
    assert huggingface_hub.constants.HF_HUB_OFFLINE is True  # restored after the push
    assert url.startswith(f"{fake_hub.url}/datasets/org/themis-pairs/commit/")
    assert fake_hub.repos["org/themis-pairs"] == {"type": "dataset", "visibility": "private", "branches": {"main", "nightly"}}
    layout = tmp_path / "layout"
    files = export_to_dir(built, layout)
    assert fake_hub.files("org/themis-pairs", "nightly") == {name: (layout / name).read_bytes() for name in files}
    assert len(files) > 3  # card, stats and several shards of both splits


def test_push_fails_clearly_offline_or_without_token(tmp_path, monkeypatch):
    app = export_app()
    built = tmp_path / "built"
    write_shards(make_pairs(8), built, seed=3, card=CARD)
    result = CliRunner().invoke(app, ["export", str(built), "--repo", "org/name"])  # conftest sets HF_HUB_OFFLINE=1
    assert result.exit_code == 2
    assert "HF_HUB_OFFLINE is set" in result.output
    monkeypatch.delenv("HF_HUB_OFFLINE")
    monkeypatch.delenv("HF_TOKEN", raising=False)
    import huggingface_hub.constants

    monkeypatch.setattr(huggingface_hub.constants, "HF_TOKEN_PATH", str(tmp_path / "token"))  # no cached token either
    monkeypatch.setattr(huggingface_hub.constants, "HF_STORED_TOKENS_PATH", str(tmp_path / "stored_tokens"))
    with pytest.raises(ExportError, match="no Hugging Face token"):
        push_to_hub(built, "org/name")
    with pytest.raises(ExportError, match="ORG/NAME"):
        push_to_hub(built, "just-a-name")
    result = CliRunner().invoke(app, ["export", str(built)])
    assert result.exit_code != 0 and "exactly one of --repo" in result.output
