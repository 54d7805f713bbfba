"""Readers for the benchmark layouts the scorer grades: CodeRewardBench, RewardBench-style, RM-Bench code,
HumanEvalPack (canonical vs buggy), and our own shards' test split. Each yields :class:`BenchItem`."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import polars as pl

from schemas import THEMIS_ASPECT_LABELS, THEMIS_COLUMNS, THEMIS_LANGUAGE_LABELS, Aspect, Language, Pair, canonical_language

BenchFormat = Literal["auto", "crb", "rewardbench", "rm-bench", "shards", "humanevalpack", "source"]

# RewardBench code subsets are named hep-<lang> (HumanEvalPack); they are all correctness pairs.
_REWARDBENCH_LANGUAGES = {"hep-cpp": "Cpp", "hep-go": "Go", "hep-java": "Java", "hep-js": "JavaScript", "hep-python": "Python", "hep-rust": "Rust"}


@dataclass(frozen=True)
class BenchItem:
    id: str
    prompt: str
    chosen: str
    rejected: str
    language: str
    aspect: str
    subset: str
    chosen_variants: tuple[str, ...] = field(default=())
    rejected_variants: tuple[str, ...] = field(default=())


class BenchFormatError(ValueError):
    pass


def load_bench(location: str | Path, fmt: BenchFormat = "auto", *, config: str | None = None, split: str = "test", limit: int | None = None) -> list[BenchItem]:
    """Read a benchmark from a local path (or a Hub dataset id for CRB / RewardBench layouts)."""
    path = Path(location)
    if fmt == "auto":
        fmt = _detect(path)
    readers = {
        "crb": _read_crb,
        "rewardbench": _read_rewardbench,
        "rm-bench": _read_rm_bench,
        "shards": lambda p, **kw: _read_shards(p, split=split),
        "humanevalpack": lambda p, **kw: _read_humanevalpack(p),
        "source": lambda p, **kw: _read_pair_source(str(location), config),
    }
    items = readers[fmt](path, config=config, split=split) if fmt in ("crb", "rewardbench") else readers[fmt](path)
    return items[:limit] if limit else items


def _shard_folder(path: Path) -> Path | None:
    """Our shards live in ``<build>/data/<split>-NNNNN-of-NNNNN.parquet`` with the Themis columns first;
    either the build folder or its ``data`` folder may be given."""
    for folder in (path / "data", path):
        files = sorted(folder.glob("*-of-*.parquet")) if folder.is_dir() else []
        if not files:
            continue
        try:
            columns = set(pl.read_parquet_schema(files[0]))
        except Exception as error:  # polars raises several types for a damaged file
            raise BenchFormatError(f"{files[0]}: not a readable parquet file ({error})") from error
        if set(THEMIS_COLUMNS) <= columns:
            return folder
    return None


def _detect(path: Path) -> BenchFormat:
    if _shard_folder(path) is not None:
        return "shards"
    if path.is_dir() and path.name == "humanevalpack":
        return "humanevalpack"
    if path.suffix == ".json":
        head = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(head, list) and head and isinstance(head[0].get("chosen"), list):
            return "rm-bench"
    frame = _read_table(path, config=None, split="test", limit=1)
    if {"aspect", "language"} <= set(frame.columns):
        return "crb"
    if {"prompt", "chosen", "rejected"} <= set(frame.columns):
        return "rewardbench"
    raise BenchFormatError(f"{path}: cannot tell the benchmark layout; pass --format")


def _read_table(path: Path, *, config: str | None, split: str, limit: int | None = None) -> pl.DataFrame:
    if path.exists():
        files = sorted(path.glob("**/*.parquet")) if path.is_dir() else [path]
        if not files:
            raise BenchFormatError(f"{path}: no parquet files")
        if files[0].suffix in (".json", ".jsonl"):
            frame = pl.read_ndjson(files[0]) if files[0].suffix == ".jsonl" else pl.DataFrame(json.loads(files[0].read_text()))
        else:
            frame = pl.concat([pl.read_parquet(f) for f in files], how="diagonal_relaxed")
        return frame.head(limit) if limit else frame
    from datasets import load_dataset  # a Hub id: only reached with network access

    try:
        dataset = load_dataset(str(path), config, split=split)
    except (OSError, ValueError) as error:  # not found, offline and not cached, unknown config or split
        raise BenchFormatError(f"{path}: no such local file or folder, and not a loadable Hub dataset: {error}") from None
    return pl.from_arrow(dataset.data.table)


def _require(frame: pl.DataFrame, columns: tuple[str, ...], where: Path) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise BenchFormatError(f"{where}: missing columns {missing} (has {frame.columns})")


def _read_crb(path: Path, *, config: str | None, split: str) -> list[BenchItem]:
    frame = _read_table(path, config=config, split=split)
    prompt_column = "prompt" if "prompt" in frame.columns else "input"
    _require(frame, (prompt_column, "chosen", "rejected", "language", "aspect"), path)
    rows = frame.to_dicts()
    return [
        BenchItem(
            id=str(row.get("id", i)),
            prompt=row[prompt_column],
            chosen=row["chosen"],
            rejected=row["rejected"],
            language=canonical_language(row["language"]),
            aspect=Aspect.from_any(row["aspect"]).value,
            subset=str(row.get("subset") or row.get("source") or config or "default"),
        )
        for i, row in enumerate(rows)
    ]


def _read_rewardbench(path: Path, *, config: str | None, split: str) -> list[BenchItem]:
    frame = _read_table(path, config=config, split=split)
    _require(frame, ("prompt", "chosen", "rejected", "subset"), path)
    items = []
    for i, row in enumerate(frame.to_dicts()):
        subset = row["subset"]
        language = _REWARDBENCH_LANGUAGES.get(subset)
        if language is None:
            continue  # non-code subsets of RewardBench
        items.append(BenchItem(str(row.get("id", i)), row["prompt"], row["chosen"], row["rejected"], language, Aspect.Functional_Correctness.value, subset))
    return items


def _read_rm_bench(path: Path) -> list[BenchItem]:
    records = json.loads(path.read_text(encoding="utf-8"))
    items = []
    for n, record in enumerate(records):
        chosen, rejected = record.get("chosen"), record.get("rejected")
        if not (isinstance(chosen, list) and isinstance(rejected, list) and len(chosen) == len(rejected) == 3):
            raise BenchFormatError(f"{path}: record {n} (id {record.get('id')}): chosen/rejected must be lists of 3 style variants")
        items.append(
            BenchItem(
                id=str(record["id"]),
                prompt=record["prompt"],
                chosen=chosen[0],
                rejected=rejected[0],
                language=canonical_language(record.get("language", "unknown")),
                aspect=Aspect.Functional_Correctness.value,
                subset="rm-bench-code",
                chosen_variants=tuple(chosen),
                rejected_variants=tuple(rejected),
            )
        )
    return items


def _read_shards(path: Path, *, split: str) -> list[BenchItem]:
    folder = _shard_folder(path) or path / "data"
    files = sorted(folder.glob(f"{split}-*.parquet"))
    if not files:
        raise BenchFormatError(f"{folder}: no {split}-*.parquet shards")
    frame = pl.concat([pl.read_parquet(f) for f in files])
    items = []
    for row in frame.to_dicts():
        language = THEMIS_LANGUAGE_LABELS[row["language"]] if isinstance(row["language"], int) else row["language"]
        aspect = THEMIS_ASPECT_LABELS[row["aspect"]] if isinstance(row["aspect"], int) else row["aspect"]
        items.append(
            BenchItem(
                id=f"{row['source']}-{row['idx']}",
                prompt=row["input"],
                chosen=row["chosen"],
                rejected=row["rejected"],
                language=Language.from_any(language).value,
                aspect=Aspect.from_any(aspect).value,
                subset=row["source"],
            )
        )
    return items


def _read_pair_source(name: str, path: str | None) -> list[BenchItem]:
    """Any registered pair source (e.g. ``safecoder``, ``themis-pairs``); ``config`` is its path."""
    from sources import load_source

    items = []
    for pair in load_source(name, path):
        items.append(BenchItem(f"{pair.source}-{pair.idx}", pair.input, pair.chosen, pair.rejected, pair.language.value, pair.aspect.value, pair.source))
    return items


def _read_humanevalpack(path: Path) -> list[BenchItem]:
    """Canonical (chosen) vs buggy (rejected) solutions, with HumanEvalPack's instruction as the prompt."""
    from sources import load_source

    items = []
    for problem in load_source("humanevalpack", path):
        canonical, buggy = problem.references_tagged("canonical"), problem.references_tagged("buggy")
        if canonical and buggy:
            items.append(BenchItem(problem.key, problem.prompt, canonical[0].code, buggy[0].code, problem.language, Aspect.Functional_Correctness.value, "humanevalpack"))
    return items


def items_to_pairs(items: list[BenchItem]) -> list[Pair]:
    """Benchmark items as Themis pairs (no system prompt), e.g. to train on HumanEvalPack canonical vs buggy."""
    return [
        Pair(system=None, input=i.prompt, chosen=i.chosen, rejected=i.rejected, language=i.language, aspect=i.aspect, source=i.subset, idx=n, problem_id=i.id.split("@")[0])
        for n, i in enumerate(items)
        if i.language in Language._value2member_map_
    ]


def write_bench_shards(items: list[BenchItem], out: Path, *, license: str, origin: str, test_ratio: float = 0.2) -> Path:
    """A benchmark as a Themis shards folder (held out by task), so the trainer can learn from it."""
    from dedup import CardInfo, SourceInfo, held_out_split, write_shards

    pairs = items_to_pairs(items)
    sources = [SourceInfo(name=name, license=license, origin=origin) for name in sorted({p.source for p in pairs})]
    split = held_out_split([p.problem_id for p in pairs], test_ratio)
    write_shards(pairs, out, split_by_problem=split, seed=0, card=CardInfo(sources=sources))
    return out
