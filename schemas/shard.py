"""The shard layout: Arrow / ``datasets.Features`` identical to Themis-CodePreference.

Themis columns come first, in Themis' order, with ``language`` and ``aspect`` as
ClassLabels in Themis' orders; provenance columns follow and load fine in ``datasets``.
"""

from __future__ import annotations

from typing import Any

from schemas.enums import THEMIS_ASPECT_LABELS, THEMIS_LANGUAGE_LABELS, themis_aspect_label, themis_language_label
from schemas.records import Pair

THEMIS_COLUMNS: tuple[str, ...] = ("system", "input", "chosen", "rejected", "language", "aspect", "source", "idx")
PROVENANCE_COLUMNS: tuple[str, ...] = (
    "problem_id",
    "margin",
    "chosen_sha",
    "rejected_sha",
    "policy",
    "evidence",
)


def themis_features(with_provenance: bool = True):
    """The ``datasets.Features`` of a shard."""
    from datasets import ClassLabel, Features, Value

    columns: dict[str, Any] = {
        "system": Value("string"),
        "input": Value("string"),
        "chosen": Value("string"),
        "rejected": Value("string"),
        "language": ClassLabel(names=list(THEMIS_LANGUAGE_LABELS)),
        "aspect": ClassLabel(names=list(THEMIS_ASPECT_LABELS)),
        "source": Value("string"),
        "idx": Value("int64"),
    }
    if with_provenance:
        columns |= {
            "problem_id": Value("string"),
            "margin": Value("float64"),
            "chosen_sha": Value("string"),
            "rejected_sha": Value("string"),
            "policy": Value("string"),
            "evidence": Value("string"),
        }
    return Features(columns)


def pair_to_row(pair: Pair, with_provenance: bool = True) -> dict[str, Any]:
    """A shard row: ClassLabel integers for language and aspect, Themis columns first."""
    row: dict[str, Any] = {
        "system": pair.system,
        "input": pair.input,
        "chosen": pair.chosen,
        "rejected": pair.rejected,
        "language": themis_language_label(pair.language.value),
        "aspect": themis_aspect_label(pair.aspect.value),
        "source": pair.source,
        "idx": pair.idx,
    }
    if with_provenance:
        row |= {column: getattr(pair, column) for column in PROVENANCE_COLUMNS}
    return row


def row_to_pair(row: dict[str, Any]) -> Pair:
    """Inverse of :func:`pair_to_row`; accepts ClassLabel integers or names."""
    data = dict(row)
    if isinstance(data.get("language"), int):
        data["language"] = THEMIS_LANGUAGE_LABELS[data["language"]]
    if isinstance(data.get("aspect"), int):
        data["aspect"] = THEMIS_ASPECT_LABELS[data["aspect"]]
    data = {k: v for k, v in data.items() if k in Pair.model_fields}
    from schemas.errors import parse_record

    return parse_record(Pair, data, where=f"row idx={row.get('idx')}")
