"""Exact and near-duplicate removal over pairs: keep the first pair (lowest idx) of every duplicate cluster.

Exact: same criterion and the same ``normalize_code`` of both sides (their sha256s). Near: MinHash-LSH
over each pair's code (chosen + rejected, 5-gram tokens, 256 perms, J ≥ 0.7) and then over its key
(input + chosen + rejected, 20-gram tokens, J ≥ 0.75), clustered within one criterion — the same
two programs may legitimately form a runtime pair and a readability pair.

A pair whose two sides are versions of one program (a mutant and the code it breaks, a fix and the code
it fixes) is compared by its change instead — the differing lines with two lines of context — in both
passes: two different bugs put into one program are two lessons, though as whole texts they are nearly
the same, while the same edit made twice is still one.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from dedup.minhash import Engine, MinHashParams, cluster_roots
from dedup.report import Dropped, StepReport, split_kept
from schemas import Pair, code_sha256, program_change, versions_of_one_program


class NearDedupConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code_ngram: int = Field(5, ge=1)
    code_threshold: float = Field(0.7, gt=0, le=1)
    key_ngram: int = Field(20, ge=1)
    key_threshold: float = Field(0.75, gt=0, le=1)
    num_perm: int = Field(256, ge=16)
    engine: Engine = "rensa"
    workers: int = Field(1, ge=1, description="sketching threads of the rensa engine")
    versions_by_change: bool = Field(
        True, description="compare pairs of two versions of one program by their change, not their whole text"
    )


def exact_dedup(pairs: list[Pair]) -> tuple[list[Pair], StepReport]:
    first: dict[tuple[str, str, str], Pair] = {}
    dropped = []
    for pair in sorted(pairs, key=lambda p: p.idx):
        key = (pair.aspect.value, code_sha256(pair.chosen), code_sha256(pair.rejected))
        if key in first:
            dropped.append(Dropped.of(pair, "exact_duplicate", kept_idx=first[key].idx))
        else:
            first[key] = pair
    return split_kept(pairs, dropped, "exact_dedup")


def _near_pass(
    pairs: list[Pair], text_of: Callable[[Pair], str], params: MinHashParams, config: NearDedupConfig, reason: str
) -> list[Dropped]:
    ordered = sorted(pairs, key=lambda p: p.idx)
    dropped = []
    for aspect in sorted({p.aspect for p in ordered}, key=lambda a: a.value):
        group = [p for p in ordered if p.aspect == aspect]
        roots = cluster_roots([text_of(p) for p in group], params, engine=config.engine, workers=config.workers)
        for i in np.flatnonzero(roots != np.arange(len(group))):
            kept_idx = group[roots[i]].idx
            dropped.append(Dropped.of(group[i], reason, kept_idx=kept_idx, threshold=params.threshold, ngram=params.ngram))
    return dropped


def _change_of(pair: Pair) -> str | None:
    """The pair's change when its two sides are versions of one program, else None. The key pass leaves
    the input out for such pairs: every pair of one problem shares it, and it would outweigh a small edit."""
    if not versions_of_one_program(pair.chosen, pair.rejected):
        return None
    return program_change(pair.rejected, pair.chosen)


def near_dedup(
    pairs: list[Pair], config: NearDedupConfig | None = None, seed: int = 42
) -> tuple[list[Pair], list[StepReport]]:
    """Code near-dups first, then pair-key near-dups; one report per pass."""
    config = config or NearDedupConfig()
    code = MinHashParams(config.code_ngram, config.num_perm, config.code_threshold, seed)
    key = MinHashParams(config.key_ngram, config.num_perm, config.key_threshold, seed)
    changes = {id(p): _change_of(p) for p in pairs} if config.versions_by_change else {}

    def code_text(p: Pair) -> str:
        return changes.get(id(p)) or f"{p.chosen}\n{p.rejected}"

    def key_text(p: Pair) -> str:
        return changes.get(id(p)) or f"{p.input}\n{p.chosen}\n{p.rejected}"

    code_dropped = _near_pass(pairs, code_text, code, config, "near_duplicate_code")
    kept, code_report = split_kept(pairs, code_dropped, "near_dedup_code")
    key_dropped = _near_pass(kept, key_text, key, config, "near_duplicate_key")
    kept, key_report = split_kept(kept, key_dropped, "near_dedup_key")
    return kept, [code_report, key_report]
