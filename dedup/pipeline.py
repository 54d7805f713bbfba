"""The stage after pairing, in order: filters → exact dedup → near dedup → decontamination."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict

from dedup.decontam import DecontamConfig, decontaminate
from dedup.duplicates import NearDedupConfig, exact_dedup, near_dedup
from dedup.filters import FilterConfig, filter_pairs
from dedup.report import StepReport
from schemas import Pair


class DedupConfig(BaseModel):
    """Everything between ``make_pairs`` and ``write_shards``; the build config nests it."""

    model_config = ConfigDict(extra="forbid")

    filters: FilterConfig = FilterConfig()
    near: NearDedupConfig = NearDedupConfig()
    decontam: DecontamConfig = DecontamConfig()
    decontaminate: bool = True


def clean_pairs(
    pairs: list[Pair], config: DedupConfig | None = None, *, seed: int = 42, data_root: Path | None = None
) -> tuple[list[Pair], list[StepReport]]:
    """Run every step; the reports, in order, say what each one dropped and why."""
    config = config or DedupConfig()
    pairs, reports = filter_pairs(pairs, config.filters)
    pairs, exact = exact_dedup(pairs)
    pairs, near = near_dedup(pairs, config.near, seed=seed)
    reports += [exact, *near]
    if config.decontaminate:
        pairs, contamination = decontaminate(pairs, config.decontam, root=data_root)
        reports.append(contamination)
    return pairs, reports
