"""Pairing policies: which two labelled candidates of one problem make a (chosen, rejected) pair per criterion.

Each policy is versioned (``name@version`` goes into ``Pair.policy``); bump the version whenever a rule
changes what it accepts. Policies read ``CriterionLabel.direction`` rather than assuming which way is
better, compare only candidates of the same problem and language, drop ties, and explain every refusal
with a reason that ``PairingReport`` counts.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from schemas import (
    Aspect,
    Candidate,
    CriterionLabel,
    Execution,
    Labels,
    Language,
    Pair,
    Problem,
    Status,
    line_similarity,
    sample_training_system_prompt,
)

POLICY_VERSIONS: dict[Aspect, str] = {
    Aspect.Functional_Correctness: "correctness@1",
    Aspect.Runtime_Efficiency: "runtime@2",  # 2: the runs' ranges must be min_ratio apart, not just the medians
    Aspect.Memory_Efficiency: "memory@1",
    # 2: equal-findings ties between versions broken by hardening; 3: an incompletely parsed program is never chosen
    Aspect.Security_Hardness: "security@3",
    Aspect.Readability_Maintainability: "readability@1",
}
ASPECT_ORDER: dict[Aspect, int] = {aspect: i for i, aspect in enumerate(Aspect)}
_EPS = 1e-9


class _Config(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CorrectnessPolicy(_Config):
    """Chosen passes every test and rejected fails at least one; or AceCoder's partial-pass rule."""

    enabled: bool = True
    acecoder: bool = Field(True, description="also pair partial passes: chosen rate >= min_chosen, gap >= min_gap")
    acecoder_min_chosen: float = Field(0.8, ge=0, le=1)
    acecoder_min_gap: float = Field(0.4, ge=0, le=1)


class EfficiencyPolicy(_Config):
    """Both pass every test; the worse measure is ``min_ratio`` times the better — with ``runs_apart``, even the
    worse one's best run against the better one's worst run."""

    enabled: bool = True
    min_ratio: float = Field(1.5, gt=1)
    runs_apart: bool = Field(
        True,
        description="compare the runs' ranges (the label's <measure>_min / _max), not their medians, so a pair holds "
        "whatever the machine was doing during either program's runs; a label without a range (one run) is unstable",
    )
    floor: float = Field(
        1.0, ge=0, description="measures below this are raised to it, so near-zero values make no huge ratios"
    )


class SecurityPolicy(_Config):
    """Both pass every test; rejected has strictly more severe (severity-weighted) findings — or, for two
    versions of one program with equally severe findings, fewer defensive constructs (hardening tie-break). Never
    is a program an analyzer could not fully parse the chosen one (nor either side of a tie-break)."""

    enabled: bool = True
    min_gap: float = Field(0.0, ge=0, description="the score gap must exceed this")
    hardening_tiebreak: bool = Field(True, description="break equal-findings ties between versions of one program")


class ReadabilityPolicy(_Config):
    """Both pass every test; the readability scores (0–100) differ by at least ``min_gap``."""

    enabled: bool = True
    min_gap: float = Field(10.0, gt=0)


class PairingConfig(_Config):
    """Pairing settings; the build config nests this."""

    correctness: CorrectnessPolicy = CorrectnessPolicy()
    runtime: EfficiencyPolicy = EfficiencyPolicy(floor=1.0)  # cpu ms
    # kB of net peak RSS. Executions keep the peak over all repeats, not one per repeat, so there is no CV to
    # check; peak RSS of the same program and input is near-deterministic, and min_ratio guards the rest.
    memory: EfficiencyPolicy = EfficiencyPolicy(floor=64.0, runs_apart=False)
    security: SecurityPolicy = SecurityPolicy()
    readability: ReadabilityPolicy = ReadabilityPolicy()
    max_pairs_per_group: int = Field(4, ge=1, description="K: pairs per (problem, criterion, language)")
    prefer_minimal_pairs: bool = Field(
        True,
        description="among pairs of equal margin keep those whose programs differ least (a mutant against the code it "
        "breaks, not against an unrelated rewrite), so a pair teaches its criterion rather than a difference of style",
    )

    def decision_rules(self) -> dict[str, str]:
        """``policy@version`` → how its chosen side beat the rejected one, with the settings used (for the card)."""
        measures = {Aspect.Runtime_Efficiency: "CPU time in ms", Aspect.Memory_Efficiency: "peak RSS net of the runtime's baseline, in kB"}
        rules = {}
        for aspect, version in POLICY_VERSIONS.items():
            policy = self.policy_for(aspect)
            if not policy.enabled:
                continue
            rule = " ".join((type(policy).__doc__ or "").split()).replace("``", "`")
            measure = f" Measure: {measures[aspect]}." if aspect in measures else ""
            settings = ", ".join(f"{name} = {value}" for name, value in policy.model_dump().items() if name != "enabled")
            rules[version] = f"{rule}{measure} Settings: {settings}." if settings else f"{rule}{measure}"
        return rules

    def policy_for(self, aspect: Aspect) -> _Config:
        return {
            Aspect.Functional_Correctness: self.correctness,
            Aspect.Runtime_Efficiency: self.runtime,
            Aspect.Memory_Efficiency: self.memory,
            Aspect.Security_Hardness: self.security,
            Aspect.Readability_Maintainability: self.readability,
        }[aspect]


class PairingReport(BaseModel):
    """Counts of pairs made and of candidate combinations refused, per criterion and reason."""

    made: dict[str, int] = Field(default_factory=dict)
    refused: dict[str, dict[str, int]] = Field(default_factory=dict)
    capped: dict[str, int] = Field(default_factory=dict)
    skipped_candidates: dict[str, int] = Field(default_factory=dict)


# ----------------------------------------------------------------------------- one candidate, labelled


@dataclass(frozen=True)
class Scored:
    candidate: Candidate
    execution: Execution
    labels: Labels

    @property
    def sha(self) -> str:
        return self.candidate.sha256

    def label(self, aspect: Aspect) -> CriterionLabel | None:
        return self.labels.criteria.get(aspect)

    def summary(self, aspect: Aspect) -> dict[str, Any]:
        label = self.label(aspect)
        out: dict[str, Any] = {
            "sha": self.sha[:16],
            "origin": self.candidate.origin,
            "status": self.execution.status.value,
            "tests": f"{self.execution.tests_passed}/{self.execution.tests_total}",
        }
        if label is not None:
            out["score"] = label.score
            for metric in ("cv", "cpu_ms_min", "cpu_ms_max", "hardening"):
                if metric in label.evidence.metrics:
                    out[metric] = label.evidence.metrics[metric]
            if label.evidence.findings:
                out["findings"] = [
                    {"rule": f.rule, "severity": f.severity.value, **({"cwe": f.cwe} if f.cwe else {})}
                    for f in label.evidence.findings[:5]
                ]
        return out


@dataclass(frozen=True)
class Decision:
    chosen: Scored
    rejected: Scored
    margin: float
    rule: str


Verdict = Decision | str  # a pair, or the reason there is none


def _scores(a: Scored, b: Scored, aspect: Aspect) -> tuple[CriterionLabel, CriterionLabel] | str:
    la, lb = a.label(aspect), b.label(aspect)
    if la is None or lb is None or la.score is None or lb.score is None:
        return "no_score"
    if la.direction != lb.direction:
        raise ValueError(
            f"{aspect.value}: candidates {a.sha[:12]} and {b.sha[:12]} have labels with opposite directions "
            f"({la.direction} vs {lb.direction})"
        )
    return la, lb


def _order(a: Scored, b: Scored, la: CriterionLabel, lb: CriterionLabel) -> tuple[Scored, Scored, float, float] | None:
    """``(better, worse, better_score, worse_score)`` by the label's direction; None on a tie."""
    if la.score == lb.score:
        return None
    a_better = (la.score > lb.score) == (la.direction == "higher_better")
    return (a, b, la.score, lb.score) if a_better else (b, a, lb.score, la.score)


def _both_pass(a: Scored, b: Scored) -> bool:
    return a.execution.all_passed and b.execution.all_passed


def _ranked(a: Scored, b: Scored, aspect: Aspect, *, both_pass: bool) -> tuple[Scored, Scored, float, float] | str:
    """``(better, worse, better_score, worse_score)`` on ``aspect``, or why the two cannot be ranked (the
    efficiency, security and readability criteria compare only candidates that both pass)."""
    if both_pass and not _both_pass(a, b):
        return "not_both_passing"
    scores = _scores(a, b, aspect)
    if isinstance(scores, str):
        return scores
    return _order(a, b, *scores) or "tie"


def correctness(a: Scored, b: Scored, policy: CorrectnessPolicy) -> Verdict:
    ranked = _ranked(a, b, Aspect.Functional_Correctness, both_pass=False)
    if isinstance(ranked, str):
        return ranked
    better, worse, better_rate, worse_rate = ranked
    gap = abs(better_rate - worse_rate)
    if better.execution.all_passed and not worse.execution.all_passed:
        return Decision(better, worse, gap, "passes_all_vs_fails")
    # pass rates are ratios of small integers: compare with a tolerance so 0.9 - 0.6 counts as 0.3
    if policy.acecoder and better_rate >= policy.acecoder_min_chosen - _EPS and gap >= policy.acecoder_min_gap - _EPS:
        return Decision(better, worse, gap, "acecoder_partial")
    return "gap_too_small"


# the evidence metrics holding the fastest and slowest run of a measure that is repeated
# (executions keep one peak RSS, so memory has none)
RUN_RANGE = {Aspect.Runtime_Efficiency: ("cpu_ms_min", "cpu_ms_max")}


def _runs_ratio(better: CriterionLabel, worse: CriterionLabel, aspect: Aspect, floor: float) -> float | None:
    """The worse program's best run over the better program's worst run (lower-better: its fastest over the other's
    slowest), as a ratio ≥ 1 when they do not overlap; None when a label carries no range of runs."""
    low_name, high_name = RUN_RANGE.get(aspect, ("", ""))
    ranges = [(label.evidence.metrics.get(low_name), label.evidence.metrics.get(high_name)) for label in (better, worse)]
    if any(value is None for pair in ranges for value in pair):
        return None
    (better_low, better_high), (worse_low, worse_high) = ranges
    if better.direction == "higher_better":
        return max(better_low, floor) / max(worse_high, floor)
    return max(worse_low, floor) / max(better_high, floor)


def efficiency(aspect: Aspect) -> Callable[[Scored, Scored, EfficiencyPolicy], Verdict]:
    def decide(a: Scored, b: Scored, policy: EfficiencyPolicy) -> Verdict:
        ranked = _ranked(a, b, aspect, both_pass=True)
        if isinstance(ranked, str):
            return ranked
        better, worse, better_value, worse_value = ranked
        high, low = max(better_value, worse_value, policy.floor), max(min(better_value, worse_value), policy.floor)
        ratio = high / low if low > 0 else float("inf")
        if ratio < policy.min_ratio:
            return "ratio_below_threshold"
        if policy.runs_apart:
            apart = _runs_ratio(better.label(aspect), worse.label(aspect), aspect, policy.floor)
            if apart is None:
                return "unstable"
            if apart < policy.min_ratio:
                return "runs_overlap"
            return Decision(better, worse, apart, f"runs_apart>={policy.min_ratio}")
        return Decision(better, worse, ratio, f"ratio>={policy.min_ratio}")

    return decide


def _score_gap(a: Scored, b: Scored, aspect: Aspect, passes_gap, rule: str) -> Verdict:
    """Both pass; the better-scored one is chosen when ``passes_gap(gap)`` holds."""
    ranked = _ranked(a, b, aspect, both_pass=True)
    if isinstance(ranked, str):
        return ranked
    better, worse, better_score, worse_score = ranked
    gap = abs(worse_score - better_score)
    if not passes_gap(gap):
        return "gap_too_small"
    return Decision(better, worse, gap, rule)


def security(a: Scored, b: Scored, policy: SecurityPolicy) -> Verdict:
    verdict = _score_gap(a, b, Aspect.Security_Hardness, lambda gap: gap > policy.min_gap, "strictly_more_severe")
    if isinstance(verdict, Decision):
        # fewer findings in a program the analyzers could not fully parse may only mean they saw less of it
        return "incomplete_analysis" if _incompletely_analysed(verdict.chosen) else verdict
    if verdict != "tie" or not policy.hardening_tiebreak:
        return verdict
    if _incompletely_analysed(a) or _incompletely_analysed(b):
        return "incomplete_analysis"
    # imported on the first tie only: the labelers package loads tree-sitter and the analyzers' wrappers
    from labelers.security import hardening_tiebreak

    la, lb = a.label(Aspect.Security_Hardness), b.label(Aspect.Security_Hardness)
    order = hardening_tiebreak(la, a.candidate.code, lb, b.candidate.code)
    if order == 0:
        return "tie"
    better, worse = (a, b) if order > 0 else (b, a)
    gap = abs(la.evidence.metrics["hardening"] - lb.evidence.metrics["hardening"])
    return Decision(better, worse, gap, "equal_findings_more_hardening")


def _incompletely_analysed(scored: Scored) -> bool:
    return scored.label(Aspect.Security_Hardness).confidence < 1.0


def readability(a: Scored, b: Scored, policy: ReadabilityPolicy) -> Verdict:
    return _score_gap(a, b, Aspect.Readability_Maintainability, lambda gap: gap >= policy.min_gap, f"gap>={policy.min_gap}")


POLICIES: dict[Aspect, Callable[[Scored, Scored, Any], Verdict]] = {
    Aspect.Functional_Correctness: correctness,
    Aspect.Runtime_Efficiency: efficiency(Aspect.Runtime_Efficiency),
    Aspect.Memory_Efficiency: efficiency(Aspect.Memory_Efficiency),
    Aspect.Security_Hardness: security,
    Aspect.Readability_Maintainability: readability,
}


# ----------------------------------------------------------------------------- joining the records


def _scored_by_problem(
    problems: Iterable[Problem],
    candidates: Iterable[Candidate],
    executions: Iterable[Execution],
    labels: Iterable[Labels],
    skipped: Counter,
) -> tuple[dict[str, Problem], dict[str, list[Scored]]]:
    """Join candidates to their problem (``problem.key``), execution and labels (candidate sha)."""
    by_key = {problem.key: problem for problem in problems}
    execution_of: dict[tuple[str, str], Execution] = {}
    for execution in executions:
        execution_of.setdefault((execution.candidate_sha, execution.problem_id or "*"), execution)
    labels_of = {(label.candidate_sha, f"{label.problem_id}@{label.language}"): label for label in labels}
    grouped: dict[str, dict[str, Scored]] = defaultdict(dict)
    for candidate in candidates:
        key = candidate.problem_key
        if key not in by_key:
            raise ValueError(f"candidate {candidate.sha256[:12]} ({candidate.origin}) names unknown problem {key!r}")
        execution = execution_of.get((candidate.sha256, candidate.problem_id))
        execution = execution or execution_of.get((candidate.sha256, "*"))
        label = labels_of.get((candidate.sha256, key))
        if execution is None:
            skipped["no_execution"] += 1
        elif label is None:
            skipped["no_labels"] += 1
        elif execution.status == Status.sandbox_error:
            skipped["sandbox_error"] += 1  # an infrastructure failure says nothing about the code
        elif candidate.sha256 in grouped[key]:
            skipped["duplicate_code"] += 1
        else:
            grouped[key][candidate.sha256] = Scored(candidate, execution, label)
    # candidates in sha order, so the result never depends on input order
    return by_key, {key: [group[sha] for sha in sorted(group)] for key, group in grouped.items()}


def _behaviour_of(candidate: Candidate) -> str | None:
    """The program whose behaviour ``candidate`` has by construction: a reference's own sha, or the parent's sha of a
    readability mutant (renamed identifiers, inlined helpers, stripped comments, collapsed layout change no
    behaviour); None for anything else (correctness mutants, LLM samples, commits)."""
    if candidate.origin_kind == "reference":
        return candidate.sha256
    if candidate.params.get("category") == "readability":
        return candidate.params.get("reference_sha")
    return None


def same_behaviour(a: Candidate, b: Candidate) -> bool:
    """Two versions of one program that behave the same by construction: comparing them on any criterion but
    readability would teach a difference of names or layout (e.g. a rename that drops a size word from a bound the
    hardening counts see, or a secret's name a timing rule keys on)."""
    parent = _behaviour_of(a)
    return parent is not None and parent == _behaviour_of(b)


def _closeness(decision: Decision, config: PairingConfig) -> float:
    """Line similarity of the pair's two programs, rounded so near-equal ones still fall to the seeded hash."""
    if not config.prefer_minimal_pairs:
        return 0.0
    return round(line_similarity(decision.chosen.candidate.code, decision.rejected.candidate.code), 2)


def _tiebreak(seed: int, decision: Decision) -> str:
    return hashlib.sha256(f"{seed}:{decision.chosen.sha}:{decision.rejected.sha}".encode()).hexdigest()


def _evidence(aspect: Aspect, decision: Decision) -> str:
    summary = {
        "rule": decision.rule,
        "chosen": decision.chosen.summary(aspect),
        "rejected": decision.rejected.summary(aspect),
    }
    return json.dumps(summary, sort_keys=True, separators=(",", ":"))


def make_pairs(
    problems: Iterable[Problem],
    candidates: Iterable[Candidate],
    executions: Iterable[Execution],
    labels: Iterable[Labels],
    config: PairingConfig | None = None,
    seed: int = 0,
    report: PairingReport | None = None,
) -> list[Pair]:
    """All pairs the enabled policies accept, at most K per (problem, criterion, language).

    Deterministic for the same records and seed whatever their input order: candidates are compared
    in sha order, the K kept are the largest margins (ties broken by a seeded hash), ``idx`` follows
    (problem key, criterion, margin), and the system prompts come from one ``random.Random(seed)``
    drawn in idx order.
    """
    config = config or PairingConfig()
    skipped: Counter = Counter()
    by_key, scored = _scored_by_problem(problems, candidates, executions, labels, skipped)
    refused: dict[str, Counter] = defaultdict(Counter)
    capped: Counter = Counter()
    selected: list[tuple[str, Aspect, Decision]] = []
    for key in sorted(scored):
        if by_key[key].language not in Language._value2member_map_:
            skipped["language_not_in_themis"] += len(scored[key])
            continue
        for aspect, decide in POLICIES.items():
            policy = config.policy_for(aspect)
            if not policy.enabled:
                continue
            decisions = []
            for a, b in combinations(scored[key], 2):
                if aspect is not Aspect.Readability_Maintainability and same_behaviour(a.candidate, b.candidate):
                    refused[aspect.value]["same_behaviour"] += 1
                    continue
                verdict = decide(a, b, policy)
                if isinstance(verdict, str):
                    refused[aspect.value][verdict] += 1
                else:
                    decisions.append(verdict)
            decisions.sort(key=lambda d: (-d.margin, -_closeness(d, config), _tiebreak(seed, d)))
            capped[aspect.value] += max(0, len(decisions) - config.max_pairs_per_group)
            selected += [(key, aspect, d) for d in decisions[: config.max_pairs_per_group]]
    selected.sort(key=lambda item: (item[0], ASPECT_ORDER[item[1]], -item[2].margin, _tiebreak(seed, item[2])))

    rng = random.Random(seed)
    pairs = []
    for idx, (key, aspect, decision) in enumerate(selected):
        problem = by_key[key]
        pairs.append(
            Pair(
                system=sample_training_system_prompt(aspect, rng),
                input=problem.prompt,
                chosen=decision.chosen.candidate.code,
                rejected=decision.rejected.candidate.code,
                language=problem.language,
                aspect=aspect,
                source=problem.source,
                idx=idx,
                problem_id=problem.id,
                margin=decision.margin,
                chosen_sha=decision.chosen.sha,
                rejected_sha=decision.rejected.sha,
                policy=POLICY_VERSIONS[aspect],
                evidence=_evidence(aspect, decision),
            )
        )
    if report is not None:
        report.made = dict(sorted(Counter(p.aspect.value for p in pairs).items()))
        report.refused = {aspect: dict(sorted(c.items())) for aspect, c in sorted(refused.items())}
        report.capped = dict(sorted(capped.items()))
        report.skipped_candidates = dict(sorted(skipped.items()))
    return pairs
