"""Labels read off an `Execution`: functional correctness, runtime and memory efficiency.

Runtime and memory are comparable only among candidates that pass every test of the same problem and
language, so they are ``None`` for any other candidate. Runtime reports the spread of its repeats
(``cv`` = standard deviation / mean of ``cpu_ms_repeats``) so pairing can refuse unstable comparisons;
with a single repeat there is no spread to report: ``cv`` is 0, ``repeats`` is 1 and confidence is 0.5.
Memory is peak RSS net of the language runtime's own footprint (an empty program in the same sandbox).
"""

from __future__ import annotations

import statistics

from schemas import CriterionLabel, Evidence, Execution, Problem, Status

SINGLE_REPEAT_CONFIDENCE = 0.5
MAX_NAMED_FAILURES = 20


def _failing_tests(execution: Execution) -> list[str]:
    return [f"{test.name}: {test.status.value}" for test in execution.tests if test.status != Status.passed]


def correctness_label(problem: Problem, execution: Execution) -> CriterionLabel:
    failing = _failing_tests(execution)
    notes = [f"failed {name}" for name in failing[:MAX_NAMED_FAILURES]]
    if len(failing) > MAX_NAMED_FAILURES:
        notes.append(f"… and {len(failing) - MAX_NAMED_FAILURES} more failing tests")
    if execution.tests_total == 0:
        notes.append(f"no test ran: execution status {execution.status.value}")
    elif execution.status != Status.passed and not failing:
        notes.append(f"execution status {execution.status.value}")
    return CriterionLabel(
        score=round(execution.pass_rate, 6),
        direction="higher_better",
        evidence=Evidence(
            metrics={"passed": float(execution.tests_passed), "total": float(execution.tests_total)}, notes=notes
        ),
    )


def _spread(values: list[float]) -> float:
    """Coefficient of variation; 0 with fewer than two values."""
    if len(values) < 2 or statistics.fmean(values) == 0:
        return 0.0
    return round(statistics.pstdev(values) / statistics.fmean(values), 6)


def _not_applicable(execution: Execution, direction: str, what: str) -> CriterionLabel:
    return CriterionLabel(
        score=None,
        direction=direction,
        confidence=0.0,
        evidence=Evidence(notes=[f"{what} applies only to candidates passing every test (status {execution.status.value})"]),
    )


def runtime_label(execution: Execution) -> CriterionLabel:
    if not execution.all_passed or execution.cpu_ms is None:
        return _not_applicable(execution, "lower_better", "runtime")
    repeats = execution.cpu_ms_repeats or [execution.cpu_ms]
    metrics = {
        "cpu_ms": round(statistics.median(repeats), 3),
        "cv": _spread(repeats),
        "repeats": float(len(repeats)),
    }
    if len(repeats) >= 2:  # the range pairing compares (dedup.policies.RUN_RANGE)
        metrics.update(cpu_ms_min=round(min(repeats), 3), cpu_ms_max=round(max(repeats), 3))
    if execution.wall_ms is not None:
        metrics["wall_ms"] = round(execution.wall_ms, 3)
    notes = []
    if execution.instructions is not None:
        metrics["instructions"] = float(execution.instructions)
        metrics["instructions_cv"] = _spread([float(v) for v in execution.instructions_repeats])
    if len(repeats) < 2:
        notes.append("single repeat: run-to-run spread not measured")
    return CriterionLabel(
        score=metrics["cpu_ms"],
        direction="lower_better",
        confidence=1.0 if len(repeats) >= 2 else SINGLE_REPEAT_CONFIDENCE,
        evidence=Evidence(metrics=metrics, notes=notes),
    )


def memory_label(execution: Execution, baseline: Execution | None) -> CriterionLabel:
    if not execution.all_passed or execution.peak_rss_kb is None:
        return _not_applicable(execution, "lower_better", "memory")
    notes = []
    baseline_kb = baseline.peak_rss_kb if baseline is not None else None
    if baseline_kb is None:
        notes.append("no runtime baseline for this language: score is gross peak RSS")
    net = max(0, execution.peak_rss_kb - (baseline_kb or 0))
    metrics = {"peak_rss_kb": float(execution.peak_rss_kb), "net_rss_kb": float(net)}
    if baseline_kb is not None:
        metrics["baseline_rss_kb"] = float(baseline_kb)
    return CriterionLabel(
        score=float(net),
        direction="lower_better",
        confidence=1.0 if baseline_kb is not None else SINGLE_REPEAT_CONFIDENCE,
        evidence=Evidence(metrics=metrics, notes=notes),
    )
