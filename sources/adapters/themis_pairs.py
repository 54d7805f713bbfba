"""Themis-format pair parquet: Themis-CodePreference (``input``, ClassLabel ints) or CodeRewardBench
(``prompt``, ``subset``, ``id``, string language/aspect) → ``Pair``.

Integer labels are decoded with the file's own ClassLabel names (the ``huggingface`` schema
metadata ``datasets`` writes), else with Themis' published orders. Rows whose language or aspect
is outside our eight languages / five criteria (Themis' ``NL``, ``Helpfulness``, ``Harmlessness``)
are left out and counted in ``filtered``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from schemas import THEMIS_ASPECT_LABELS, THEMIS_LANGUAGE_LABELS, Aspect, Language, Pair
from sources.base import LoadContext, Row, need, record, require_file

BATCH_ROWS = 4096


def parquet_files(path: Path) -> list[Path]:
    require_file(path, "themis-pairs")
    files = [path] if path.is_file() else sorted(path.rglob("*.parquet"))
    if not files:
        raise FileNotFoundError(f"themis-pairs: no .parquet files under {path}")
    return files


def class_label_names(schema_metadata: dict[bytes, bytes] | None) -> dict[str, list[str]]:
    """Column → ClassLabel names, from the ``datasets`` features stored in the parquet schema."""
    raw = (schema_metadata or {}).get(b"huggingface")
    if not raw:
        return {}
    features = json.loads(raw).get("info", {}).get("features", {})
    return {name: feature["names"] for name, feature in features.items() if feature.get("_type") == "ClassLabel"}


def parquet_rows(path: Path) -> Iterator[Row]:
    import pyarrow.parquet as pq

    for file in parquet_files(path):
        handle = pq.ParquetFile(file)
        labels = class_label_names(handle.schema_arrow.metadata)
        number = 0
        for batch in handle.iter_batches(batch_size=BATCH_ROWS):
            for data in batch.to_pylist():
                yield Row(f"{file}#row{number}", data, {"labels": labels, "file": file.name})
                number += 1


def load(path: Path | None, context: LoadContext) -> Iterator[Pair]:
    if path is None:
        raise ValueError("themis-pairs needs a path: a .parquet file or a folder of them (or a Hub dataset id)")
    yield from convert_rows(parquet_rows(path), context)


def convert_rows(rows: Iterator[Row], context: LoadContext) -> Iterator[Pair]:
    counter = iter(range(10**12))
    yield from context.convert_rows(rows, lambda row: convert(row, context, counter))


def _label(value: Any, column: str, names: list[str] | None, default: tuple[str, ...]) -> str:
    if isinstance(value, bool) or value is None:
        raise ValueError(f"{column}: {value!r} is not a label")
    if isinstance(value, int):
        table = names or list(default)
        if not 0 <= value < len(table):
            raise ValueError(f"{column}: label {value} out of range 0..{len(table) - 1}")
        return table[value]
    return str(value)


def _parse(parse, value: str):
    try:
        return parse(value)
    except ValueError:
        return None


def convert(row: Row, context: LoadContext, counter: Iterator[int]) -> list[Pair]:
    data, labels = row.data, row.hints.get("labels", {})
    language = _label(need(data, "language"), "language", labels.get("language"), THEMIS_LANGUAGE_LABELS)
    aspect = _label(need(data, "aspect"), "aspect", labels.get("aspect"), THEMIS_ASPECT_LABELS)
    language_value, aspect_value = _parse(Language.from_any, language), _parse(Aspect.from_any, aspect)
    if language_value is None or aspect_value is None:
        if (language_value or language in THEMIS_LANGUAGE_LABELS) and (aspect_value or aspect in THEMIS_ASPECT_LABELS):
            context.filtered[f"outside our languages/criteria: {language}/{aspect}"] += 1
            return []
        Language.from_any(language), Aspect.from_any(aspect)  # raises with the offending field's message
    layout = "crb" if "prompt" in data and "input" not in data else "themis"
    pair = {
        "system": data.get("system"),
        "input": need(data, "input" if layout == "themis" else "prompt"),
        "chosen": need(data, "chosen"),
        "rejected": need(data, "rejected"),
        "language": language_value,
        "aspect": aspect_value,
        "source": data.get("source") or data.get("subset") or row.hints.get("file") or "themis-pairs",
        "idx": data["idx"] if isinstance(data.get("idx"), int) and data["idx"] >= 0 else next(counter),
        "problem_id": str(data.get("problem_id") or data.get("id") or ""),
    }
    for column in ("margin", "chosen_sha", "rejected_sha", "policy", "evidence"):
        if data.get(column) is not None:
            pair[column] = data[column]
    return [record(Pair, pair)]
