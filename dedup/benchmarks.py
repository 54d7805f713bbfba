"""Benchmark prompts that training pairs must not overlap (decontamination), read straight from the files.

Each loader yields ``(benchmark_id, prompt)``. The CRB loader takes a Themis-CodeRewardBench parquet
(any parquet with an ``input`` or ``prompt`` column); the others read ``../shared/data``.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from pathlib import Path

from sources import data_root  # one rule for where ../shared/data lives

BenchmarkPrompts = Iterator[tuple[str, str]]


def _jsonl(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not valid JSON ({error.msg})") from None


def _require(path: Path) -> Path:
    if not path.exists():
        raise FileNotFoundError(f"benchmark file or folder not found: {path}")
    return path


def _field(record: dict, name: str, where: str) -> str:
    value = record.get(name)
    if not isinstance(value, str):
        raise ValueError(f"{where}: field {name!r} is missing or not a string")
    return value


def humaneval_x(root: Path) -> BenchmarkPrompts:
    for path in sorted(_require(root / "humaneval-x").glob("*.jsonl.gz")):
        for record in _jsonl(path):
            yield f"humaneval-x/{record['task_id']}", _field(record, "prompt", str(path))


def humanevalpack(root: Path) -> BenchmarkPrompts:
    for path in sorted(_require(root / "humanevalpack").glob("*/humanevalpack.jsonl")):
        for record in _jsonl(path):
            task = f"humanevalpack/{record['task_id']}"
            yield task, _field(record, "prompt", str(path))
            if isinstance(record.get("instruction"), str):
                yield task + "#instruction", record["instruction"]


def mbxp(root: Path) -> BenchmarkPrompts:
    """MBXP in every language plus multilingual HumanEval (both from mxeval)."""
    folder = _require(root / "mxeval")
    for path in sorted([*folder.glob("mbxp/*.jsonl"), *folder.glob("multilingual_humaneval/*.jsonl")]):
        for record in _jsonl(path):
            yield f"mxeval/{record['task_id']}", _field(record, "prompt", str(path))


def rm_bench(root: Path) -> BenchmarkPrompts:
    path = _require(root / "rm-bench" / "code_filtered.json")
    for number, record in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        yield f"rm-bench/{record.get('id', number)}", _field(record, "prompt", f"{path}[{number}]")


def crb(path: Path) -> BenchmarkPrompts:
    """Themis-CodeRewardBench parquet (or a folder of them): the ``input`` (or ``prompt``) column."""
    import polars as pl

    files = sorted(path.rglob("*.parquet")) if path.is_dir() else [_require(path)]
    if not files:
        raise FileNotFoundError(f"no parquet files under {path}")
    for file in files:
        columns = pl.read_parquet_schema(file)
        column = next((c for c in ("input", "prompt") if c in columns), None)
        if column is None:
            raise ValueError(
                f"{file}: no 'input' or 'prompt' column to decontaminate against (columns: {list(columns)})"
            )
        ids = "id" if "id" in columns else None
        frame = pl.read_parquet(file, columns=[column, *([ids] if ids else [])])
        for number, row in enumerate(frame.iter_rows(named=True)):
            if isinstance(row[column], str):
                yield f"crb/{row[ids] if ids else f'{file.name}:{number}'}", row[column]


# name → loader over the shared-data root
SHARED_BENCHMARKS: dict[str, Callable[[Path], BenchmarkPrompts]] = {
    "humaneval-x": humaneval_x,
    "humanevalpack": humanevalpack,
    "mbxp": mbxp,
    "rm-bench": rm_bench,
}


def load_benchmark_prompts(
    names: list[str], root: Path | None = None, crb_path: Path | None = None
) -> BenchmarkPrompts:
    """Prompts of the named shared benchmarks, then of a CRB parquet when ``crb_path`` is given."""
    root = root or data_root()
    for name in names:
        if name not in SHARED_BENCHMARKS:
            raise KeyError(f"unknown benchmark {name!r}; known: {sorted(SHARED_BENCHMARKS)} (CRB: pass crb_path)")
        yield from SHARED_BENCHMARKS[name](root)
    if crb_path is not None:
        yield from crb(Path(crb_path))
