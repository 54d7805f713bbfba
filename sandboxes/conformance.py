"""Conformance: known-good references must pass their tests, known-buggy ones must fail.

``check(problems)`` runs every ``canonical`` reference (any non-buggy tag for sets without one, e.g.
the seed set) and every ``buggy`` reference through :func:`sandboxes.execute` and counts per language.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable

from schemas import Candidate, Execution, Problem

BUGGY_TAG = "buggy"


@dataclass
class LanguageTally:
    passed: int = 0
    total: int = 0
    buggy_failed: int = 0
    buggy_total: int = 0
    exceptions: list[str] = field(default_factory=list, repr=False)

    def as_dict(self) -> dict[str, int]:
        return {"passed": self.passed, "total": self.total, "buggy_failed": self.buggy_failed, "buggy_total": self.buggy_total}


def reference_candidates(problems: Iterable[Problem]) -> list[tuple[Candidate, Problem]]:
    """One candidate per good reference (``canonical`` if present, else every non-buggy one) and per buggy one."""
    pairs = []
    for problem in problems:
        canonical = problem.references_tagged("canonical")
        good = canonical or [r for r in problem.references if r.tag != BUGGY_TAG]
        for reference in [*good, *problem.references_tagged(BUGGY_TAG)]:
            candidate = Candidate(problem_id=problem.id, language=problem.language, code=reference.code, origin=f"reference:{reference.tag}")
            pairs.append((candidate, problem))
    return pairs


def tally(pairs: list[tuple[Candidate, Problem]], executions: list[Execution]) -> dict[str, LanguageTally]:
    by_language: dict[str, LanguageTally] = defaultdict(LanguageTally)
    for (candidate, problem), execution in zip(pairs, executions):
        counts = by_language[candidate.language]
        if candidate.origin == f"reference:{BUGGY_TAG}":
            counts.buggy_total += 1
            counts.buggy_failed += not execution.all_passed
            if execution.all_passed:
                counts.exceptions.append(f"{problem.key} buggy reference passed")
        else:
            counts.total += 1
            counts.passed += execution.all_passed
            if not execution.all_passed:
                reason = (execution.stderr or execution.stdout).strip().splitlines()[-1:] or [""]
                counts.exceptions.append(f"{problem.key} {candidate.origin}: {execution.status.value}: {reason[0][:200]}")
    return dict(sorted(by_language.items()))


def check(problems: Iterable[Problem], *, backend: str = "local", workers: int | None = None,
          progress: Callable[[int, int], None] | None = None, chunk: int = 64) -> dict[str, LanguageTally]:
    """Run the references; ``progress(done, total)`` is called after every ``chunk`` executions."""
    from sandboxes import run_matched

    pairs = reference_candidates(problems)
    executions: list[Execution] = []
    for start in range(0, len(pairs), chunk):
        executions += run_matched(pairs[start:start + chunk], backend=backend, workers=workers)
        if progress is not None:
            progress(len(executions), len(pairs))
    return tally(pairs, executions)


def report(tallies: dict[str, LanguageTally]) -> dict:
    return {"by_language": {language: counts.as_dict() for language, counts in tallies.items()}}
