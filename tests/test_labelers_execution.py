"""Correctness, runtime and memory labels, end to end through the sandbox and on hand-made executions."""

from __future__ import annotations

import statistics

import pytest

import labelers
from labelers.execution import memory_label, runtime_label
from schemas import Aspect, Candidate, Execution, Problem, Status, StdioCase, StdioTests
from schemas import TestResult as RunResult

PROBLEM = Problem(
    id="unit/double",
    source="unit",
    language="Python",
    prompt="Print twice the integer read from standard input.",
    tests=StdioTests(cases=[StdioCase(name="one", stdin="1\n", expected="2\n"), StdioCase(name="zero", stdin="0\n", expected="0\n")]),
    license="Apache-2.0",
)
RIGHT = "print(2 * int(input()))\n"
WRONG = "print(int(input()) + 1)\n"  # right for 1, wrong for 0


def _candidate(code: str) -> Candidate:
    return Candidate(problem_id=PROBLEM.id, language="Python", code=code, origin="reference:unit")


@pytest.fixture(scope="module")
def labelled():
    import sandboxes

    candidates = [_candidate(RIGHT), _candidate(WRONG)]
    executions = sandboxes.execute(candidates, [PROBLEM], repeats=3)
    baseline = sandboxes.baseline("Python")
    labels = labelers.label_batch([(PROBLEM, c, e) for c, e in zip(candidates, executions)], baselines={"Python": baseline})
    return executions, baseline, labels


def test_correctness_is_the_pass_rate_with_failing_tests_named(labelled):
    _, _, (right, wrong) = labelled
    assert right.criteria[Aspect.Functional_Correctness].score == 1.0
    label = wrong.criteria[Aspect.Functional_Correctness]
    assert label.score == 0.5
    assert label.evidence.notes == ["failed zero: failed"]


def test_runtime_is_median_cpu_with_cv_only_for_passing_candidates(labelled):
    (execution, _), _, (right, wrong) = labelled
    runtime = right.criteria[Aspect.Runtime_Efficiency]
    assert runtime.direction == "lower_better"
    assert runtime.score == pytest.approx(statistics.median(execution.cpu_ms_repeats), abs=1e-3)
    assert runtime.evidence.metrics["repeats"] == 3 and "cv" in runtime.evidence.metrics
    assert wrong.criteria[Aspect.Runtime_Efficiency].score is None
    assert wrong.criteria[Aspect.Memory_Efficiency].score is None


def test_memory_is_peak_rss_net_of_the_language_baseline(labelled):
    (execution, _), baseline, (right, _) = labelled
    memory = right.criteria[Aspect.Memory_Efficiency]
    assert memory.score == max(0, execution.peak_rss_kb - baseline.peak_rss_kb)
    assert memory.evidence.metrics["baseline_rss_kb"] == baseline.peak_rss_kb


def test_all_five_criteria_are_labelled_in_input_order(labelled):
    _, _, labels = labelled
    assert [label.candidate_sha for label in labels] == [_candidate(RIGHT).sha256, _candidate(WRONG).sha256]
    for label in labels:
        assert set(label.criteria) == set(Aspect) and label.problem_id == PROBLEM.id


def _execution(**fields) -> Execution:
    base = dict(candidate_sha="x", language="Python", backend="local", status=Status.passed, tests_passed=1, tests_total=1,
                tests=[RunResult(name="t", status=Status.passed)])  # fmt: skip
    return Execution(**{**base, **fields})


def test_cv_of_repeats_and_single_repeat_confidence():
    stable = runtime_label(_execution(cpu_ms=100.0, cpu_ms_repeats=[90.0, 100.0, 110.0]))
    assert stable.evidence.metrics["cv"] == pytest.approx(statistics.pstdev([90, 100, 110]) / 100, abs=1e-6)
    assert (stable.evidence.metrics["cpu_ms_min"], stable.evidence.metrics["cpu_ms_max"]) == (90.0, 110.0)  # pairing's range
    single = runtime_label(_execution(cpu_ms=100.0, cpu_ms_repeats=[100.0], instructions=5000, instructions_repeats=[5000]))
    assert single.confidence < stable.confidence and single.evidence.metrics["instructions"] == 5000
    assert "cpu_ms_min" not in single.evidence.metrics  # one run has no range: pairing calls it unstable


def test_memory_without_baseline_is_gross_with_a_note():
    label = memory_label(_execution(peak_rss_kb=9000), None)
    assert label.score == 9000 and "baseline" in label.evidence.notes[0]


def test_mismatched_execution_is_refused():
    with pytest.raises(ValueError, match="candidate_sha"):
        labelers.label(PROBLEM, _candidate(RIGHT), _execution(candidate_sha="0" * 64))
