"""labelers stage (DESIGN §4): a score plus its evidence for each of the five criteria.

- Functional_Correctness: pass rate (failing tests named in the notes) — :mod:`labelers.execution`
- Runtime_Efficiency: median CPU ms, ``cv`` of the repeats, only for fully passing candidates
- Memory_Efficiency: peak RSS net of the language baseline (kB), only for fully passing candidates
- Security_Hardness: severity-weighted bandit + semgrep findings (our rules), with the program's hardening counts
  as evidence — :mod:`labelers.security`, :mod:`labelers.hardening`
- Readability_Maintainability: documented formula → [0, 100] — :mod:`labelers.readability`

``label_batch`` scans all candidates of a batch in ONE semgrep call (and one bandit call for the Python ones).
"""

from __future__ import annotations

from schemas import Aspect, Candidate, Execution, Labels, Problem, canonical_language

from labelers.execution import correctness_label, memory_label, runtime_label
from labelers.hardening import hardening_counts
from labelers.readability import readability_label
from labelers.security import scan, security_label
from labelers.tools import environment_checks

__all__ = ["label", "label_batch", "environment_checks"]

Item = tuple[Problem, Candidate, Execution]


def _check_item(position: int, problem: Problem, candidate: Candidate, execution: Execution) -> None:
    if candidate.problem_key != problem.key:
        raise ValueError(f"item {position}: candidate is for {candidate.problem_key!r} but the problem is {problem.key!r}")
    if execution.candidate_sha != candidate.sha256:
        raise ValueError(
            f"item {position}: execution.candidate_sha {execution.candidate_sha[:12]}… does not match "
            f"candidate.sha256 {candidate.sha256[:12]}… ({candidate.problem_key}, {candidate.origin})"
        )


def _baselines_for(items: list[Item], given: dict[str, Execution] | None) -> dict[str, Execution | None]:
    """Runtime baselines for the languages whose candidates passed (from ``given`` or ``sandboxes.baseline``)."""
    wanted = {canonical_language(candidate.language) for _, candidate, execution in items if execution.all_passed}
    found: dict[str, Execution | None] = {}
    given = {canonical_language(k): v for k, v in (given or {}).items()}
    for language in sorted(wanted):
        if language in given:
            found[language] = given[language]
            continue
        try:
            import sandboxes

            found[language] = sandboxes.baseline(language)
        except Exception:  # no sandbox for this language here: memory falls back to gross RSS, with a note
            found[language] = None
    return found


def label_batch(items: list[Item], *, baselines: dict[str, Execution] | None = None) -> list[Labels]:
    """Label every (problem, candidate, execution); same order as ``items``."""
    for position, (problem, candidate, execution) in enumerate(items):
        _check_item(position, problem, candidate, execution)
    runtime_baselines = _baselines_for(items, baselines)
    scans = scan([(candidate.language, candidate.code) for _, candidate, _ in items])
    labels = []
    for (problem, candidate, execution), security in zip(items, scans):
        criteria = {
            Aspect.Functional_Correctness: correctness_label(problem, execution),
            Aspect.Runtime_Efficiency: runtime_label(execution),
            Aspect.Memory_Efficiency: memory_label(execution, runtime_baselines.get(candidate.language)),
            Aspect.Security_Hardness: security_label(security, hardening_counts(candidate.code, candidate.language)),
            Aspect.Readability_Maintainability: readability_label(candidate.code, candidate.language),
        }
        labels.append(
            Labels(candidate_sha=candidate.sha256, problem_id=problem.id, language=candidate.language, criteria=criteria)
        )
    return labels


def label(problem: Problem, candidate: Candidate, execution: Execution) -> Labels:
    return label_batch([(problem, candidate, execution)])[0]
