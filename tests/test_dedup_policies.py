"""Pairing policies on crafted labelled candidates: rules, ties, unstable measurements, caps, determinism."""

from __future__ import annotations

import json
import random

import pytest

from dedup import PairingConfig, PairingReport, make_pairs
from dedup.policies import EfficiencyPolicy
from schemas import (
    Aspect,
    Candidate,
    CriterionLabel,
    Evidence,
    Execution,
    Finding,
    Labels,
    Problem,
    Severity,
    Status,
    StdioCase,
    StdioTests,
    sample_training_system_prompt,
)

FC, RT, MEM, SEC, READ = (
    Aspect.Functional_Correctness,
    Aspect.Runtime_Efficiency,
    Aspect.Memory_Efficiency,
    Aspect.Security_Hardness,
    Aspect.Readability_Maintainability,
)
LOWER = {RT, MEM, SEC}


def problem(pid: str = "t/sum", language: str = "Python") -> Problem:
    return Problem(
        id=pid,
        source="crafted",
        language=language,
        prompt=f"Write a program that prints the sum of the numbers it reads ({pid}).",
        tests=StdioTests(cases=[StdioCase(name="one", stdin="1 2", expected="3")]),
        license="MIT",
    )


class Batch:
    """Candidates of one problem with hand-written executions and labels."""

    def __init__(self, prob: Problem):
        self.problem = prob
        self.candidates: list[Candidate] = []
        self.executions: list[Execution] = []
        self.labels: list[Labels] = []

    def add(
        self, name: str, passed: int, total: int = 10, status: Status | None = None, code: str | None = None,
        origin: str | None = None, params: dict | None = None, **scores,
    ) -> str:  # fmt: skip
        code = code or f"def solve(xs):\n    # {name}\n    return sum(x for x in xs if x is not None)\n"
        cand = Candidate(problem_id=self.problem.id, language=self.problem.language, code=code,
                         origin=origin or f"llm:{name}", params=params or {})  # fmt: skip
        status = status or (Status.passed if passed == total else Status.failed)
        self.executions.append(
            Execution(
                candidate_sha=cand.sha256,
                problem_id=self.problem.id,
                language=self.problem.language,
                backend="local",
                status=status,
                tests_passed=passed,
                tests_total=total,
            )
        )
        criteria = {FC: CriterionLabel(score=passed / total)}
        for key, value in scores.items():
            aspect = {"rt": RT, "mem": MEM, "sec": SEC, "read": READ}[key]
            score, spread, findings = value if isinstance(value, tuple) else (value, 0.02, [])
            # runtime labels carry their runs' range (score ± spread); memory ones one value
            metrics = {} if spread is None or key != "rt" else {"cpu_ms_min": score * (1 - spread), "cpu_ms_max": score * (1 + spread)}
            criteria[aspect] = CriterionLabel(
                score=score,
                direction="lower_better" if aspect in LOWER else "higher_better",
                evidence=Evidence(metrics=metrics, findings=findings),
            )
        self.labels.append(
            Labels(candidate_sha=cand.sha256, problem_id=self.problem.id, language=self.problem.language, criteria=criteria)
        )
        self.candidates.append(cand)
        return cand.sha256

    def pairs(self, config: PairingConfig | None = None, seed: int = 7, report: PairingReport | None = None):
        return make_pairs([self.problem], self.candidates, self.executions, self.labels, config or PairingConfig(), seed, report)


def by_aspect(pairs, aspect):
    return [p for p in pairs if p.aspect == aspect]


def test_correctness_all_pass_vs_fail_and_acecoder_rule():
    batch = Batch(problem())
    perfect = batch.add("perfect", 10)
    partial_hi = batch.add("partial_hi", 8)  # 0.8
    partial_lo = batch.add("partial_lo", 3)  # 0.3
    broken = batch.add("broken", 0, status=Status.compile_error)
    report = PairingReport()
    pairs = by_aspect(batch.pairs(PairingConfig(max_pairs_per_group=10), report=report), FC)
    got = {(p.chosen_sha, p.rejected_sha): p for p in pairs}
    # passes-all vs fails: perfect beats each of the others
    for other in (partial_hi, partial_lo, broken):
        assert (perfect, other) in got
    # AceCoder: 0.8 vs 0.3 (gap 0.5) and 0.8 vs 0.0 qualify; 0.3 vs 0.0 does not (chosen < 0.8)
    assert (partial_hi, partial_lo) in got and (partial_hi, broken) in got
    assert (partial_lo, broken) not in got
    assert len(pairs) == 5
    assert got[(partial_hi, partial_lo)].margin == pytest.approx(0.5)
    assert json.loads(got[(partial_hi, partial_lo)].evidence)["rule"] == "acecoder_partial"
    assert all(p.policy == "correctness@1" for p in pairs)
    assert report.refused["Functional_Correctness"]["gap_too_small"] == 1


def test_correctness_acecoder_gap_and_ties():
    batch = Batch(problem())
    a = batch.add("a", 9)  # 0.9
    batch.add("b", 6)  # 0.6: gap 0.3 < 0.4
    c = batch.add("c", 9, status=Status.failed)  # tie with a
    report = PairingReport()
    pairs = by_aspect(batch.pairs(report=report), FC)
    assert pairs == []
    assert report.refused["Functional_Correctness"] == {"gap_too_small": 2, "tie": 1}
    # with a lower required gap both 0.9 candidates beat the 0.6 one
    config = PairingConfig.model_validate({"correctness": {"acecoder_min_gap": 0.3}})
    assert sorted(p.chosen_sha for p in by_aspect(batch.pairs(config), FC)) == sorted([a, c])


def test_equal_margins_prefer_the_mutant_against_the_code_it_breaks():
    """K=1 among three pass-vs-fail pairs of margin 1: the one whose programs differ by the bug alone is kept."""
    loop = "def solve(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total\n"
    rewrite = "import functools\n\ndef solve(values):\n    return functools.reduce(lambda a, b: a + b, values, 0)\n"
    batch = Batch(problem())
    parent = batch.add("loop", 10, code=loop)
    batch.add("rewrite", 10, code=rewrite)
    mutant = batch.add("mutant", 3, code=loop.replace("total += x", "total -= x"))
    config = PairingConfig(max_pairs_per_group=1)
    for seed in range(5):  # whatever the seeded hash says
        pairs = by_aspect(batch.pairs(config, seed=seed), FC)
        assert [(p.chosen_sha, p.rejected_sha) for p in pairs] == [(parent, mutant)]
    off = PairingConfig(max_pairs_per_group=1, prefer_minimal_pairs=False)
    assert {by_aspect(batch.pairs(off, seed=seed), FC)[0].chosen_sha for seed in range(8)} != {parent}


def test_runtime_pairs_only_programs_whose_runs_are_apart():
    """Medians 1.5x apart are not enough: the slower program's fastest run must be 1.5x the faster one's slowest."""
    batch = Batch(problem())
    fast = batch.add("fast", 10, rt=10.0)  # runs 9.8-10.2
    slow = batch.add("slow", 10, rt=20.0)  # 19.6-20.4
    batch.add("slightly_slower", 10, rt=14.0)  # medians 1.4x fast; slow is 1.43x it: below 1.5
    noisy = batch.add("noisy_slow", 10, rt=(40.0, 0.25, []))  # 30-50: apart from fast and slightly_slower only
    batch.add("drifting", 10, rt=(25.0, 0.6, []))  # 10-40: median 2.5x fast, but its fastest run is as fast; overlaps all
    batch.add("one_run", 10, rt=(60.0, None, []))  # no range: unstable
    batch.add("failing_slow", 7, rt=80.0)  # fails a test: never a runtime pair
    report = PairingReport()
    pairs = by_aspect(batch.pairs(PairingConfig(max_pairs_per_group=10), report=report), RT)
    got = {(p.chosen_sha, p.rejected_sha): p for p in pairs}
    assert set(got) == {(fast, slow), (fast, noisy), (batch.candidates[2].sha256, noisy)}
    assert got[(fast, slow)].margin == pytest.approx(19.6 / 10.2)  # the conservative ratio, not the medians'
    assert {p.policy for p in pairs} == {"runtime@2"}
    refused = report.refused["Runtime_Efficiency"]
    assert refused == {"not_both_passing": 6, "unstable": 5, "runs_overlap": 4, "ratio_below_threshold": 3}
    evidence = json.loads(got[(fast, slow)].evidence)
    assert evidence["rule"] == "runs_apart>=1.5" and evidence["rejected"]["cpu_ms_min"] == pytest.approx(19.6)


def test_median_ratio_alone_when_runs_apart_is_off():
    batch = Batch(problem())
    fast = batch.add("fast", 10, rt=10.0)
    drifting = batch.add("drifting", 10, rt=(25.0, 0.6, []))
    config = PairingConfig(runtime=EfficiencyPolicy(runs_apart=False))
    assert [(p.chosen_sha, p.rejected_sha, p.margin) for p in by_aspect(batch.pairs(config), RT)] == [(fast, drifting, 2.5)]


def test_efficiency_reads_direction_from_labels():
    """A labeler that reports a higher-better throughput flips who is chosen; nothing is hard-coded."""
    batch = Batch(problem())
    low = batch.add("low", 10, mem=100.0)
    high = batch.add("high", 10, mem=400.0)
    for label in batch.labels:
        label.criteria[MEM].direction = "higher_better"
    pairs = by_aspect(batch.pairs(), MEM)
    assert [(p.chosen_sha, p.rejected_sha) for p in pairs] == [(high, low)]


def test_memory_floor_and_ties():
    batch = Batch(problem())
    tiny = batch.add("tiny", 10, mem=2.0)
    tiny2 = batch.add("tiny2", 10, mem=40.0)  # both under the 64 kB floor: ratio 1, no pair
    big = {batch.add("big_a", 10, mem=500.0), batch.add("big_b", 10, mem=500.0)}  # a tie
    report = PairingReport()
    pairs = by_aspect(batch.pairs(PairingConfig(max_pairs_per_group=10), report=report), MEM)
    # memory compares the one peak RSS an execution keeps (no range of runs)
    assert {p.chosen_sha for p in pairs} == {tiny, tiny2} and {p.rejected_sha for p in pairs} == big
    assert all(p.margin == pytest.approx(500 / 64) for p in pairs)
    assert report.refused["Memory_Efficiency"] == {"ratio_below_threshold": 1, "tie": 1}


def test_security_strictly_more_severe_and_both_pass():
    batch = Batch(problem())
    finding = Finding(tool="semgrep", rule="py-eval", severity=Severity.high, cwe="CWE-95")
    clean = batch.add("clean", 10, sec=0.0)
    risky = batch.add("risky", 10, sec=(5.0, None, [finding]))
    batch.add("risky_twin", 10, sec=(5.0, None, [finding]))  # tie with risky
    batch.add("risky_failing", 9, sec=(9.0, None, [finding]))
    report = PairingReport()
    pairs = by_aspect(batch.pairs(report=report), SEC)
    chosen = {p.chosen_sha for p in pairs}
    assert chosen == {clean} and risky in {p.rejected_sha for p in pairs} and len(pairs) == 2
    assert report.refused["Security_Hardness"]["tie"] == 1
    assert report.refused["Security_Hardness"]["not_both_passing"] == 3
    assert json.loads(pairs[0].evidence)["rejected"]["findings"][0]["cwe"] == "CWE-95"


def test_a_program_the_analyzers_could_not_fully_parse_is_never_the_more_secure_one():
    batch = Batch(problem())
    finding = Finding(tool="semgrep", rule="py-eval", severity=Severity.high, cwe="CWE-95")
    unparsed = batch.add("unparsed", 10, sec=0.0)
    risky = batch.add("risky", 10, sec=(5.0, None, [finding]))
    risky_unparsed = batch.add("risky_unparsed", 10, sec=(9.0, None, [finding, finding]))
    for sha in (unparsed, risky_unparsed):
        batch.labels[[c.sha256 for c in batch.candidates].index(sha)].criteria[SEC].confidence = 0.5
    report = PairingReport()
    made = {(p.chosen_sha, p.rejected_sha) for p in by_aspect(batch.pairs(report=report), SEC)}
    # fewer findings in an unparsed program may only mean less was seen; more findings in one still count
    assert made == {(risky, risky_unparsed)} and report.refused["Security_Hardness"]["incomplete_analysis"] == 2


def test_security_ties_between_versions_broken_by_hardening():
    from dedup.policies import SecurityPolicy

    batch = Batch(problem())
    finding = Finding(tool="semgrep", rule="py-eval", severity=Severity.high, cwe="CWE-95")
    plain = batch.add("plain", 10, sec=(5.0, None, [finding]))
    guarded = batch.add("guarded", 10, sec=(5.0, None, [finding]))
    for sha, hardening in ((plain, 1.0), (guarded, 3.0)):
        label = batch.labels[[c.sha256 for c in batch.candidates].index(sha)].criteria[SEC]
        label.evidence.metrics["hardening"] = hardening
    pairs = by_aspect(batch.pairs(), SEC)
    assert [(p.chosen_sha, p.rejected_sha, p.margin) for p in pairs] == [(guarded, plain, 2.0)]
    evidence = json.loads(pairs[0].evidence)
    assert evidence["rule"] == "equal_findings_more_hardening" and pairs[0].policy == "security@3"
    assert (evidence["chosen"]["hardening"], evidence["rejected"]["hardening"]) == (3.0, 1.0)
    report = PairingReport()
    off = PairingConfig(security=SecurityPolicy(hardening_tiebreak=False))
    assert not by_aspect(batch.pairs(off, report=report), SEC) and report.refused["Security_Hardness"]["tie"] == 1


def test_a_readability_mutant_meets_its_parent_on_readability_only():
    """A rename mutant behaves as the reference it was made from: a security pair between the two (here the rename
    dropped the name a timing rule keys on) or a runtime pair would teach a difference of names, not of the
    criterion; readability pairs are what such mutants are for. Another reference is compared on everything."""
    batch = Batch(problem())
    finding = Finding(tool="semgrep", rule="py-timing-compare", severity=Severity.medium, cwe="CWE-208")
    parent = batch.add("parent", 10, origin="reference:efficient", sec=(3.0, None, [finding]), rt=10.0, read=80.0)
    mutant = {"category": "readability", "reference_tag": "efficient", "reference_sha": parent}
    renamed = batch.add("renamed", 10, origin="mutant:rename_identifiers", params=mutant, sec=0.0, rt=30.0, read=40.0)
    other = batch.add("other", 10, origin="reference:efficient", sec=0.0, rt=10.0, read=80.0)  # same tag, own code
    report = PairingReport()
    made = {(p.aspect, p.chosen_sha, p.rejected_sha) for p in batch.pairs(report=report)}
    assert {pair for pair in made if {parent, renamed} == set(pair[1:])} == {(READ, parent, renamed)}
    assert report.refused["Security_Hardness"]["same_behaviour"] == 1
    assert report.refused["Runtime_Efficiency"]["same_behaviour"] == 1
    assert {(SEC, other, parent), (RT, other, renamed), (READ, other, renamed)} <= made


def test_readability_gap_threshold():
    batch = Batch(problem())
    good = batch.add("good", 10, read=80.0)
    batch.add("ok", 10, read=75.0)
    bad = batch.add("bad", 10, read=40.0)
    pairs = by_aspect(batch.pairs(), READ)
    assert {(p.chosen_sha, p.rejected_sha) for p in pairs} == {(good, bad), (batch.candidates[1].sha256, bad)}
    strict = PairingConfig.model_validate({"readability": {"min_gap": 39}})
    assert [(p.chosen_sha, p.rejected_sha) for p in by_aspect(batch.pairs(strict), READ)] == [(good, bad)]


def test_cap_keeps_largest_margins_and_is_order_independent():
    batch = Batch(problem())
    for i in range(8):
        batch.add(f"c{i}", 10, read=10.0 * i + 5)
    config = PairingConfig(max_pairs_per_group=3)
    report = PairingReport()
    pairs = by_aspect(batch.pairs(config, report=report), READ)
    assert len(pairs) == 3
    assert sorted(p.margin for p in pairs) == [60.0, 60.0, 70.0]
    assert report.capped["Readability_Maintainability"] == 28 - 3  # every gap is >= 10
    # same records in another order, same seed: identical rows
    shuffled = Batch(batch.problem)
    order = list(range(8))
    random.Random(3).shuffle(order)
    shuffled.candidates = [batch.candidates[i] for i in order]
    shuffled.executions = list(reversed(batch.executions))
    shuffled.labels = [batch.labels[i] for i in order]
    assert shuffled.pairs(config) == batch.pairs(config)


def test_idx_system_prompts_and_input_follow_the_seed():
    batches = [Batch(problem(f"t/p{i}")) for i in range(10)]
    for batch in batches:
        batch.add("good", 10, rt=5.0, read=90.0)
        batch.add("slow", 10, rt=50.0, read=20.0)
        batch.add("bad", 4)
    args = (
        [b.problem for b in batches],
        [c for b in batches for c in b.candidates],
        [e for b in batches for e in b.executions],
        [lab for b in batches for lab in b.labels],
        PairingConfig(),
    )
    pairs = make_pairs(*args, seed=11)
    assert len(pairs) == 40
    assert [p.idx for p in pairs] == list(range(len(pairs)))
    rng = random.Random(11)
    assert [p.system for p in pairs] == [sample_training_system_prompt(p.aspect, rng) for p in pairs]
    assert all(p.input == next(b.problem.prompt for b in batches if b.problem.id == p.problem_id) for p in pairs)
    assert make_pairs(*args, seed=11) == pairs
    assert [p.system for p in make_pairs(*args, seed=12)] != [p.system for p in pairs]


def test_unknown_problem_and_missing_records():
    batch = Batch(problem())
    batch.add("a", 10)
    batch.add("b", 0)
    batch.executions.pop()  # b has no execution
    report = PairingReport()
    assert batch.pairs(report=report) == []
    assert report.skipped_candidates == {"no_execution": 1}
    stray = Candidate(problem_id="t/other", language="Python", code="print(1)\n", origin="llm:x")
    with pytest.raises(ValueError, match="unknown problem 't/other@Python'"):
        make_pairs([batch.problem], [stray], [], [], PairingConfig(), 0)
