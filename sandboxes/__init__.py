"""sandboxes stage: isolated, measured execution of candidates in 8 languages (DESIGN §3).

    from sandboxes import execute
    executions = execute(candidates, problems)             # local backend, one worker per core
    executions = execute(candidates, problems, repeats=5)  # cpu_ms = median of 5, all kept
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Iterable, Mapping

from schemas import Candidate, Check, Execution, Problem, Status, StdioCase, StdioTests
from sandboxes.limits import DEFAULT_LIMITS, Limits
from sandboxes.spec import LanguageSpec, UnknownLanguage, languages, spec_for

__all__ = ["Limits", "LanguageSpec", "UnknownLanguage", "baseline", "environment_checks", "execute", "languages", "spec_for"]

BACKENDS = ("local", "docker")
MEASURES = ("rusage", "callgrind")


def _problem_index(problems: Iterable[Problem] | Mapping[str, Problem]) -> dict[str, Problem]:
    if isinstance(problems, Mapping):
        values = problems.values()
    else:
        values = problems
    return {problem.key: problem for problem in values}


def execute(
    candidates: list[Candidate],
    problems: list[Problem] | dict[str, Problem],
    backend: str = "local",
    repeats: int = 1,
    limits: Limits | None = None,
    workers: int | None = None,
    measure: str = "rusage",
) -> list[Execution]:
    """Run every candidate against its problem's tests; one Execution per candidate, in order.

    A candidate is matched by ``candidate.problem_key`` (= ``problem.key``, ``id@language``). Repeats run
    the whole suite again only for candidates that passed it (measuring failing code is pointless), in rounds:
    every candidate once, then the passing ones again, so a candidate's runs are spread over the call and the
    candidates of one problem, passed next to each other, run side by side in every round. (Back-to-back repeats
    share whatever the machine is doing at that moment: CPU times of one program drift by 1.5–1.8× between
    executions minutes apart while varying by 1–3 % within one, which made equal programs look 1.5× apart.)
    ``measure="callgrind"`` adds valgrind instruction counts (native code and Python; slow).
    """
    if backend not in BACKENDS:
        raise ValueError(f"backend {backend!r} is not one of {BACKENDS}")
    if measure not in MEASURES:
        raise ValueError(f"measure {measure!r} is not one of {MEASURES}")
    if repeats < 1:
        raise ValueError(f"repeats must be >= 1, got {repeats}")
    index = _problem_index(problems)
    missing = [c.problem_key for c in candidates if c.problem_key not in index]
    if missing:
        raise ValueError(f"no problem for candidate(s) {sorted(set(missing))[:5]} (matched by problem_key = id@language)")
    matched = [(candidate, index[candidate.problem_key]) for candidate in candidates]
    return run_matched(matched, backend, repeats, limits, workers, measure)


def run_matched(matched: list[tuple[Candidate, Problem | None]], backend: str = "local", repeats: int = 1,
                limits: Limits | None = None, workers: int | None = None, measure: str = "rusage",
                stdin: str = "") -> list[Execution]:
    """Like :func:`execute` with the problem given per candidate.

    A ``None`` problem means no tests: the program runs once on ``stdin`` and passes on exit status 0.
    """
    if not matched:
        return []
    size = max(1, min(workers or os.cpu_count() or 1, len(matched)))
    from sandboxes.local import execute_one, merge_rounds

    if backend == "docker":
        from sandboxes.docker_backend import get_pool
    else:
        from sandboxes.pool import get_pool
    pool = get_pool(max(1, workers or os.cpu_count() or 1))

    def job(item: tuple[Candidate, Problem | None]) -> Execution:
        with pool.checkout() as worker:
            return execute_one(worker, item[0], item[1], limits, measure, stdin)

    with ThreadPoolExecutor(max_workers=size) as threads:
        if backend == "local":
            _prebuild(matched, pool, size, threads if size > 1 else None)
        first = list(threads.map(job, matched))
        passing = [i for i, execution in enumerate(first) if execution.all_passed]
        later: dict[int, list[Execution]] = {i: [] for i in passing}
        for _ in range(repeats - 1):
            for i, execution in zip(passing, threads.map(job, [matched[i] for i in passing])):
                later[i].append(execution)
    return [merge_rounds(execution, later[i]) if later.get(i) else execution for i, execution in enumerate(first)]


def _prebuild(matched, pool, size: int, threads: ThreadPoolExecutor | None = None) -> None:
    """Languages that build in batches (Java: one javac JVM for many candidates) fill the artifact cache first,
    in chunks spread over the workers; the per-candidate path then finds their builds."""
    from sandboxes.local import batch_programs, prebuild
    from sandboxes.pool import SandboxInfraError
    from sandboxes.toolchains import ToolchainMissing

    chunks = []
    for language, programs in batch_programs(matched).items():
        spec = spec_for(language)
        per_chunk = min(spec.compile.batch.max_items, max(2, -(-len(programs) // size)))
        chunks += [(spec, programs[i : i + per_chunk]) for i in range(0, len(programs), per_chunk)]

    def build(chunk) -> None:
        try:
            with pool.checkout() as worker:
                prebuild(worker, *chunk)
        except (SandboxInfraError, ToolchainMissing, OSError):
            pass  # each candidate then builds alone, and reports the failure as its own

    if threads is None:
        for chunk in chunks:
            build(chunk)
    else:
        list(threads.map(build, chunks))


_BASELINES: dict[tuple[str, str], Execution] = {}


def baseline(language: str, backend: str = "local") -> Execution:
    """The runtime's own cost: an empty program (spec ``empty_program``) on empty stdin, 5 repeats, cached."""
    spec = spec_for(language)
    key = (spec.name, backend)
    if key not in _BASELINES:
        problem = Problem(
            id=f"baseline/{spec.name}",
            source="sandbox-baseline",
            language=spec.name,
            prompt="empty program",
            tests=StdioTests(cases=[StdioCase(name="empty", stdin="", expected="")]),
            license="Apache-2.0",
        )
        candidate = Candidate(problem_id=problem.id, language=spec.name, code=spec.empty_program, origin="reference:baseline")
        execution = run_matched([(candidate, problem)], backend=backend, repeats=5)[0]
        if execution.status != Status.passed:
            raise RuntimeError(f"{spec.name} baseline did not run: {execution.status.value}: {execution.stderr[-500:]}")
        _BASELINES[key] = execution
    return _BASELINES[key]


def environment_checks() -> list[Check]:
    """Toolchains and isolation features, for `themis doctor`."""
    from sandboxes.checks import environment_checks as checks

    return checks()
