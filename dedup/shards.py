"""Shards in Themis-CodePreference's layout: ``data/{train,test}-XXXXX-of-YYYYY.parquet`` + card + stats.

Byte-for-byte deterministic for the same pairs, card and seed: rows are shuffled by ``random.Random(seed)``
from idx order, parquet is written by pyarrow with fixed options, JSON and YAML with sorted/fixed keys,
and nothing records a time or a path. The whole dataset is written into a temporary sibling folder and
renamed into place, so a reader never sees half a dataset.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from schemas import Aspect, Language, Pair, Problem, pair_to_row, themis_features

SPLITS = ("train", "test")
CARD = "README.md"
STATS = "stats.json"


class SourceInfo(BaseModel):
    """Provenance of one ``Pair.source``: where it comes from and under which licence."""

    model_config = ConfigDict(extra="forbid")

    name: str
    license: str
    origin: str = Field("", description="URL, repository@commit or folder the problems came from")
    note: str = ""


class CardInfo(BaseModel):
    """What the dataset card says beyond the counts."""

    model_config = ConfigDict(extra="forbid")

    pretty_name: str = "Themis-forge code preference pairs"
    description: str = (
        "Multilingual, multi-criteria code preference pairs in the Themis-CodePreference format, "
        "with execution- and analysis-verified labels."
    )
    license: str = "apache-2.0"
    sources: list[SourceInfo] = Field(default_factory=list)
    build: dict[str, str] = Field(default_factory=dict, description="seed, config hash, tool versions …")
    notes: list[str] = Field(default_factory=list, description="e.g. filter and dedup report summaries")
    decisions: dict[str, str] = Field(
        default_factory=dict, description="pairing policy name@version → how its chosen side beat the rejected one"
    )


class ShardFile(BaseModel):
    path: str
    split: str
    rows: int
    bytes: int
    sha256: str


class ShardManifest(BaseModel):
    out_dir: str
    files: list[ShardFile]
    splits: dict[str, int]
    stats: dict[str, Any]


def sources_from_problems(problems: Iterable[Problem], origins: dict[str, str] | None = None) -> list[SourceInfo]:
    """One ``SourceInfo`` per ``Problem.source``, its licences joined (sorted) when they differ."""
    licenses: dict[str, set[str]] = defaultdict(set)
    for problem in problems:
        licenses[problem.source].add(problem.license)
    origins = origins or {}
    return [
        SourceInfo(name=name, license=" / ".join(sorted(found)), origin=origins.get(name, ""))
        for name, found in sorted(licenses.items())
    ]


def held_out_split(problem_ids: Iterable[str], test_ratio: float = 0.1, salt: str = "themis-forge") -> dict[str, str]:
    """``problem_id → "train" | "test"`` by a hash of the id: stable across builds and languages."""
    if not 0 <= test_ratio <= 1:
        raise ValueError(f"test_ratio must be within [0, 1], got {test_ratio}")
    split = {}
    for problem_id in sorted(set(problem_ids)):
        digest = hashlib.sha256(f"{salt}:{problem_id}".encode()).digest()
        split[problem_id] = "test" if int.from_bytes(digest[:8], "big") / 2**64 < test_ratio else "train"
    return split


# ----------------------------------------------------------------------------- statistics and card


def pair_stats(pairs: list[Pair], by_split: dict[str, list[Pair]]) -> dict[str, Any]:
    table: dict[str, dict[str, int]] = {}
    for aspect in Aspect:
        counts = Counter(p.language.value for p in pairs if p.aspect == aspect)
        if counts:
            table[aspect.value] = {lang.value: counts[lang.value] for lang in Language if counts[lang.value]}
    return {
        "pairs": len(pairs),
        "splits": {split: len(rows) for split, rows in by_split.items()},
        "pairs_by_aspect_language": table,
        "pairs_by_source": dict(sorted(Counter(p.source for p in pairs).items())),
        "pairs_by_policy": dict(sorted(Counter(p.policy for p in pairs).items())),
        "problems": len({p.problem_id for p in pairs}),
    }


def _size_category(count: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")):
        if count < limit:
            return name
    return "1M<n<10M"


def _card_header(card: CardInfo, split_files: dict[str, list[str]], stats: dict[str, Any]) -> str:
    import yaml

    header = {
        "license": card.license,
        "language": ["en"],
        "pretty_name": card.pretty_name,
        "tags": ["code", "reward-modeling", "preference", "themis"],
        "size_categories": [_size_category(stats["pairs"])],
        "configs": [
            {
                "config_name": "default",
                "data_files": [{"split": s, "path": f"data/{s}-*"} for s in SPLITS if split_files.get(s)],
            }
        ],
        "dataset_info": {
            "features": themis_features()._to_yaml_list(),
            # datasets wants num_bytes too; the shards' parquet bytes are what a download costs
            "splits": [
                {"name": s, "num_bytes": sum(f["bytes"] for f in stats["files"] if f["split"] == s), "num_examples": stats["splits"][s]}
                for s in SPLITS
                if split_files.get(s)
            ],
        },
    }
    return "---\n" + yaml.safe_dump(header, sort_keys=False, allow_unicode=True, width=1000) + "---\n"


def _markdown_table(stats: dict[str, Any]) -> str:
    table = stats["pairs_by_aspect_language"]
    languages = [lang.value for lang in Language if any(lang.value in row for row in table.values())]
    lines = ["| criterion | " + " | ".join(languages) + " | total |", "|---" * (len(languages) + 2) + "|"]
    for aspect, row in table.items():
        cells = [str(row.get(lang, 0)) for lang in languages]
        lines.append(f"| {aspect} | " + " | ".join(cells) + f" | {sum(row.values())} |")
    return "\n".join(lines)


def render_card(card: CardInfo, stats: dict[str, Any], split_files: dict[str, list[str]]) -> str:
    used = set(stats["pairs_by_source"])
    known = {source.name: source for source in card.sources}
    missing = sorted(used - set(known))
    if missing:
        raise ValueError(f"card: no provenance (CardInfo.sources) for pair sources {missing}")
    provenance = "\n".join(
        f"| {name} | {known[name].license} | {known[name].origin or '-'} | {stats['pairs_by_source'][name]} |"
        + (f" {known[name].note}" if known[name].note else "")
        for name in sorted(used)
    )
    build = "\n".join(f"- {key}: `{value}`" for key, value in sorted(card.build.items())) or "- (not recorded)"
    decisions = "\n".join(f"| {f'`{policy}`' if policy else '(none recorded)'} | {count} | {card.decisions.get(policy, '-')} |"
                          for policy, count in stats["pairs_by_policy"].items())  # fmt: skip
    notes = "\n".join(f"- {note}" for note in card.notes)
    body = f"""
# {card.pretty_name}

{card.description}

```python
from datasets import load_dataset
ds = load_dataset("<this repo or folder>")
```

Columns: Themis' `system, input, chosen, rejected, language, aspect, source, idx` (`language` and `aspect`
are ClassLabels in Themis-CodePreference's order), then provenance: `problem_id`, `margin`, `chosen_sha`,
`rejected_sha` (sha256 of the normalized code), `policy` (pairing policy `name@version`) and `evidence`
(a JSON summary of the measurements behind the preference).

## Pairs per criterion and language

{_markdown_table(stats)}

Splits: {", ".join(f"{split} {n}" for split, n in stats["splits"].items())}; {stats["problems"]} problems.

## How chosen beat rejected

| policy | pairs | rule |
|---|---|---|
{decisions}

A reference and the readability mutants made from it (renamed identifiers, inlined helpers, stripped comments,
collapsed layout) behave the same by construction, so they are compared on readability only.

## Sources and licences

| source | licence | origin | pairs |
|---|---|---|---|
{provenance}

## Build

{build}
"""
    if notes:
        body += f"\n## Filters and deduplication\n\n{notes}\n"
    return _card_header(card, split_files, stats) + body


# ----------------------------------------------------------------------------- writing


def _write_parquet(pairs: list[Pair], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    features = themis_features()
    schema = features.arrow_schema.with_metadata(
        {"huggingface": json.dumps({"info": {"features": features.to_dict()}}, sort_keys=True)}
    )
    table = pa.Table.from_pylist([pair_to_row(pair) for pair in pairs], schema=schema)
    pq.write_table(table, path, compression="zstd", row_group_size=10_000, write_statistics=True)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _split_rows(pairs: list[Pair], split_by_problem: dict[str, str] | None) -> dict[str, list[Pair]]:
    by_split: dict[str, list[Pair]] = {split: [] for split in SPLITS}
    for pair in pairs:
        split = (split_by_problem or {}).get(pair.problem_id, "train")
        if split not in by_split:
            raise ValueError(f"split_by_problem[{pair.problem_id!r}] = {split!r}; expected one of {SPLITS}")
        by_split[split].append(pair)
    return by_split


def _replace_dir(staged: Path, out_dir: Path) -> None:
    """Swap the staged folder into ``out_dir`` with renames (the old one is removed afterwards)."""
    old = None
    if out_dir.exists():
        old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
        out_dir.rename(old)
    staged.rename(out_dir)
    if old is not None:
        shutil.rmtree(old)


def write_shards(
    pairs: list[Pair],
    out_dir: str | Path,
    *,
    split_by_problem: dict[str, str] | None = None,
    max_rows_per_shard: int = 50_000,
    seed: int = 0,
    card: CardInfo | None = None,
) -> ShardManifest:
    """Write ``out_dir/data/*.parquet``, ``README.md`` and ``stats.json``; pairs without a split go to train."""
    if max_rows_per_shard < 1:
        raise ValueError(f"max_rows_per_shard must be >= 1, got {max_rows_per_shard}")
    idxs = [pair.idx for pair in pairs]
    if len(set(idxs)) != len(idxs):
        raise ValueError("pairs have duplicate idx values; idx must identify a row")
    card = card or CardInfo()
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    ordered = sorted(pairs, key=lambda p: p.idx)
    random.Random(seed).shuffle(ordered)  # rows of one problem do not sit together in a shard
    by_split = _split_rows(ordered, split_by_problem)
    stats = pair_stats(ordered, by_split)

    staged = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        staged.chmod(0o755)  # mkdtemp makes it owner-only
        (staged / "data").mkdir()
        files: list[ShardFile] = []
        split_files: dict[str, list[str]] = {}
        for split, rows in by_split.items():
            if not rows:
                continue
            chunks = [rows[i : i + max_rows_per_shard] for i in range(0, len(rows), max_rows_per_shard)]
            for number, chunk in enumerate(chunks):
                relative = f"data/{split}-{number:05d}-of-{len(chunks):05d}.parquet"
                _write_parquet(chunk, staged / relative)
                path = staged / relative
                size, digest = path.stat().st_size, _sha256(path)
                files.append(ShardFile(path=relative, split=split, rows=len(chunk), bytes=size, sha256=digest))
                split_files.setdefault(split, []).append(relative)
        stats["files"] = [file.model_dump() for file in files]
        (staged / STATS).write_text(json.dumps(stats, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        (staged / CARD).write_text(render_card(card, stats, split_files), encoding="utf-8")
        _replace_dir(staged, out_dir)
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    return ShardManifest(out_dir=str(out_dir), files=files, splits=stats["splits"], stats=stats)
