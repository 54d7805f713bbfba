"""What each step dropped and why: one record per dropped pair, counts per reason."""

from __future__ import annotations

from collections import Counter
from typing import Any

from pydantic import BaseModel, Field

from schemas import Pair


class Dropped(BaseModel):
    """A pair a step removed, with the reason and the evidence (e.g. the shared 13-gram)."""

    idx: int
    problem_id: str
    language: str
    aspect: str
    reason: str
    detail: dict[str, Any] = Field(default_factory=dict)

    @classmethod
    def of(cls, pair: Pair, reason: str, **detail: Any) -> "Dropped":
        return cls(
            idx=pair.idx,
            problem_id=pair.problem_id,
            language=pair.language.value,
            aspect=pair.aspect.value,
            reason=reason,
            detail=detail,
        )


class StepReport(BaseModel):
    """One step (a filter, exact dedup, near dedup, decontamination): pairs in, pairs kept, pairs dropped."""

    step: str
    total: int
    kept: int
    dropped: list[Dropped] = Field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return dict(sorted(Counter(d.reason for d in self.dropped).items()))

    def summary(self) -> str:
        reasons = ", ".join(f"{reason}: {n}" for reason, n in self.counts().items()) or "nothing dropped"
        return f"{self.step}: kept {self.kept}/{self.total} ({reasons})"


def split_kept(pairs: list[Pair], dropped: list[Dropped], step: str) -> tuple[list[Pair], StepReport]:
    """The pairs not in ``dropped`` (by idx, order kept) and the step's report."""
    gone = {d.idx for d in dropped}
    kept = [pair for pair in pairs if pair.idx not in gone]
    return kept, StepReport(step=step, total=len(pairs), kept=len(kept), dropped=dropped)
