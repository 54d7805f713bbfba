"""How good the mutants are, measured by execution: the figures in the build's stats.json.

A correctness mutant is *killed* when it fails at least one test; one that does not compile
(or whose run hit a sandbox error) is not a mutant that counts, so it is left out of the
kill ratio and reported apart. A readability mutant must still pass every test, so any
status but ``passed`` counts against it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from schemas import Candidate, Execution, Status

_NOT_COUNTED = {Status.compile_error, Status.sandbox_error}


def mutant_stats(candidates: Sequence[Candidate], executions: Sequence[Execution]) -> dict[str, dict[str, Any]]:
    """``{language: {correctness_killed_ratio, readability_passing_ratio, counts…}}`` over mutant candidates.

    ``executions`` are matched by position (as ``sandboxes.execute`` returns them); a ratio is
    None when the language had no mutant of that category.
    """
    if len(candidates) != len(executions):
        raise ValueError(f"{len(candidates)} candidates but {len(executions)} executions")
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for candidate, execution in zip(candidates, executions):
        if candidate.origin_kind != "mutant":
            continue
        if execution.candidate_sha != candidate.sha256:
            raise ValueError(f"execution for {execution.candidate_sha[:12]} does not match candidate {candidate.sha256[:12]}")
        tally = counts[candidate.language]
        if candidate.params.get("category") == "correctness":
            if execution.status in _NOT_COUNTED:
                tally[f"correctness_{execution.status.value}"] += 1
                continue
            tally["correctness_total"] += 1
            tally["correctness_killed"] += not execution.all_passed
        else:
            tally["readability_total"] += 1
            tally["readability_passing"] += execution.all_passed
    return {language: _ratios(tally) for language, tally in sorted(counts.items())}


def _ratios(tally: dict[str, int]) -> dict[str, Any]:
    def ratio(part: str, whole: str) -> float | None:
        return round(tally[part] / tally[whole], 4) if tally[whole] else None

    return {
        "correctness_killed_ratio": ratio("correctness_killed", "correctness_total"),
        "readability_passing_ratio": ratio("readability_passing", "readability_total"),
        **dict(sorted(tally.items())),
    }


def mutant_operator_stats(candidates: Sequence[Candidate], executions: Sequence[Execution]) -> dict[str, dict[str, int]]:
    """Per operator: how many mutants, how many failed a test, how many did not compile (for tuning operators)."""
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for candidate, execution in zip(candidates, executions):
        if candidate.origin_kind != "mutant":
            continue
        row = table[candidate.params["operator"]]
        row["total"] += 1
        row["passed"] += execution.all_passed
        row["compile_error"] += execution.status == Status.compile_error
        row["timeout"] += execution.status == Status.timeout
    return {operator: dict(row) for operator, row in sorted(table.items())}


def measure_mutants(problems, spec=None, *, limits=None, workers: int | None = None, backend: str = "local"):
    """Generate mutants of ``problems`` and run them in the sandbox; returns (stats, candidates, executions)."""
    import sandboxes
    from generators.mutants import mutate
    from generators.spec import MutantSpec

    problems = list(problems)
    candidates = list(mutate(problems, spec or MutantSpec()))
    executions = sandboxes.execute(candidates, problems, backend=backend, limits=limits, workers=workers)
    return mutant_stats(candidates, executions), candidates, executions
