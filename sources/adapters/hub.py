"""Any adapter's format read from the Hugging Face Hub through ``datasets.load_dataset``.

``load_source("hf", "bigcode/humanevalpack", format="humanevalpack", languages=["cpp"])`` — or
simply ``load_source("humanevalpack", "bigcode/humanevalpack")``. Per-language sets are loaded
one config per language (``config`` overrides); rows then go through the same converters as the
local files, so records are identical.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from schemas import Pair, Problem, canonical_language
from sources.base import LoadContext, Row

# format → (the upstream config per language, default split)
PER_LANGUAGE_CONFIGS: dict[str, tuple[dict[str, str], str]] = {
    "humaneval-x": ({"cpp": "cpp", "go": "go", "java": "java", "js": "js", "python": "python", "rust": "rust"}, "test"),
    "humanevalpack": ({"cpp": "cpp", "go": "go", "java": "java", "js": "js", "python": "python", "rust": "rust"}, "test"),
    "mbxp": ({"python": "python", "java": "java", "javascript": "javascript", "typescript": "typescript", "ruby": "ruby",
              "php": "php", "cpp": "cpp", "csharp": "csharp", "go": "go"}, "test"),
    "mxeval-humaneval": ({"python": "python", "java": "java", "javascript": "javascript", "typescript": "typescript",
                          "ruby": "ruby", "php": "php", "csharp": "csharp", "go": "go"}, "test"),
}
SINGLE_TABLE = {"safecoder": "train", "cyberseceval": "train", "themis-pairs": "train"}


def load(
    path: Path,
    context: LoadContext,
    *,
    format: str | None = None,
    config: str | None = None,
    split: str | None = None,
    languages: Iterable[str] | None = None,
    **options: Any,
) -> Iterator[Problem | Pair]:
    dataset_id = str(path)
    if format is None:
        raise ValueError("hf: pass format=<source name> (e.g. format='humanevalpack') to say how to read the rows")
    if format in PER_LANGUAGE_CONFIGS:
        configs, default_split = PER_LANGUAGE_CONFIGS[format]
        wanted = [config] if config else _configs(configs, languages)
        rows = (row for name in wanted for row in _rows(dataset_id, name, split or default_split, {"language": name}))
    elif format in SINGLE_TABLE:
        rows = _rows(dataset_id, config, split or SINGLE_TABLE[format], {})
    else:
        known = sorted([*PER_LANGUAGE_CONFIGS, *SINGLE_TABLE])
        raise ValueError(f"hf: format {format!r} cannot be read from the Hub; known formats: {known}")
    yield from _converter(format, context, options)(rows)


def _configs(configs: dict[str, str], languages: Iterable[str] | None) -> list[str]:
    if languages is None:
        return list(configs.values())
    by_language = {canonical_language(name): config for name, config in configs.items()}
    return [by_language[canonical_language(name)] for name in languages]


def _rows(dataset_id: str, config: str | None, split: str, hints: dict[str, Any]) -> Iterator[Row]:
    import datasets

    try:
        table = datasets.load_dataset(dataset_id, config, split=split)
    except Exception as error:  # datasets raises many types (ConnectionError, DatasetNotFoundError, …) offline
        raise RuntimeError(
            f"hf: cannot load {dataset_id!r} (config={config!r}, split={split!r}) from the Hub: "
            f"{type(error).__name__}: {error}. Offline machines must use the local copies under data_root()."
        ) from None
    labels = {name: feature.names for name, feature in table.features.items() if hasattr(feature, "names")}
    for number, data in enumerate(table):
        yield Row(f"{dataset_id}[{config or 'default'}:{split}]#row{number}", dict(data), {**hints, "labels": labels})


def _converter(format: str, context: LoadContext, options: dict[str, Any]) -> Callable[[Iterator[Row]], Iterator]:
    if format in ("humaneval-x", "humanevalpack"):
        from sources.adapters import humaneval

        return lambda rows: context.convert_rows(rows, lambda row: humaneval.convert(row, context, format))
    if format in ("mbxp", "mxeval-humaneval"):
        from sources.adapters import mxeval

        def with_language(row: Row) -> Row:
            return row._replace(hints={**row.hints, "language": canonical_language(row.hints["language"])})

        return lambda rows: context.convert_rows(map(with_language, rows), lambda row: mxeval.convert(row, context, format))
    if format == "safecoder":
        from sources.adapters import security

        def with_origin(rows: Iterator[Row]) -> Iterator[Row]:
            for row in rows:
                yield row._replace(hints={**row.hints, "split": "hub", "file": row.where.split("#")[0]})

        return lambda rows: security.convert_safecoder(with_origin(rows), context, **options)
    if format == "cyberseceval":
        from sources.adapters import security

        return lambda rows: context.convert_rows(rows, lambda row: security.cyberseceval_problem(row, context))
    from sources.adapters import themis_pairs

    return lambda rows: themis_pairs.convert_rows(rows, context)
