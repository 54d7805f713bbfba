"""The build's stages as plain functions over records (no Prefect here: flows/build.py wraps them in tasks).

Every expensive result (an Execution, a Labels) is stored under a key of everything that
determines it, so re-runs recompute only what changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from flows.config import BuildConfig
from flows.store import ResultStore, code_version, digest
from schemas import Candidate, Execution, Labels, Problem, canonical_language


def load_problems(config: BuildConfig) -> list[Problem]:
    """Problems of every configured source, restricted to the configured languages, in a stable order."""
    from sources import load_source

    wanted = {canonical_language(lang) for lang in config.languages} if config.languages else None
    problems: dict[str, Problem] = {}
    for source in config.sources:
        tasks: list[str] = []
        for problem in load_source(source.name, source.path, **source.options):
            if wanted is not None and problem.language not in wanted:
                continue
            if problem.id not in tasks:
                if source.limit is not None and len(tasks) >= source.limit:
                    continue
                tasks.append(problem.id)
            problems.setdefault(problem.key, problem)
    return [problems[key] for key in sorted(problems)]


def generate_candidates(problems: Sequence[Problem], config: BuildConfig) -> list[Candidate]:
    """Candidates from every generator; one per (problem, normalized code) — the first origin wins."""
    from generators import generate, parse_specs

    seen: set[tuple[str, str]] = set()
    candidates = []
    for candidate in generate(list(problems), parse_specs(config.generators)):
        identity = (candidate.problem_key, candidate.sha256)
        if identity not in seen:
            seen.add(identity)
            candidates.append(candidate)
    return candidates


def _limits(config: BuildConfig):
    from sandboxes.limits import DEFAULT_LIMITS

    return DEFAULT_LIMITS.model_copy(update=config.sandbox.limits) if config.sandbox.limits else None


def execution_key(candidate: Candidate, problem: Problem, config: BuildConfig, toolchains: dict[str, str]) -> str:
    sandbox = config.sandbox
    return digest(
        "execution", candidate.sha256, problem.key, problem.tests, sandbox.backend, sandbox.repeats, sandbox.measure,
        sandbox.limits, toolchains.get(candidate.language, ""), code_version("sandboxes"),
    )


def toolchain_versions(languages: set[str]) -> dict[str, str]:
    from sandboxes import languages as specs
    from sandboxes.toolchains import version

    available = specs()
    return {language: version(available[language]) for language in sorted(languages) if language in available}


def execute_batch(
    candidates: Sequence[Candidate], problems: dict[str, Problem], config: BuildConfig, store_root: Path, toolchains: dict[str, str]
) -> list[Execution]:
    """Executions for a batch, from the store where present; the rest run in the sandbox and are stored."""
    from sandboxes import execute

    store = ResultStore(store_root, "executions")
    keys = [execution_key(c, problems[c.problem_key], config, toolchains) for c in candidates]
    found = store.get_many(keys, Execution)
    todo = [i for i, execution in enumerate(found) if execution is None]
    if todo:
        fresh = execute(
            [candidates[i] for i in todo], problems, backend=config.sandbox.backend, repeats=config.sandbox.repeats,
            limits=_limits(config), workers=config.sandbox.workers, measure=config.sandbox.measure,
        )
        for i, execution in zip(todo, fresh):
            if execution.status.value != "sandbox_error":  # infrastructure failures are retried, never cached
                store.put(keys[i], execution)
            found[i] = execution
    return found  # type: ignore[return-value]


def label_batch(
    candidates: Sequence[Candidate], executions: Sequence[Execution], problems: dict[str, Problem], store_root: Path,
    baselines: dict[str, Execution],
) -> list[Labels]:
    """Labels for a batch, from the store where present; the rest in one analyzer pass over the batch."""
    from labelers import label_batch as run_labelers

    store = ResultStore(store_root, "labels")
    version = code_version("labelers")
    keys = [
        digest("labels", c.sha256, c.problem_key, e, version, baselines.get(c.language)) for c, e in zip(candidates, executions)
    ]
    found = store.get_many(keys, Labels)
    todo = [i for i, labels in enumerate(found) if labels is None]
    if todo:
        items = [(problems[candidates[i].problem_key], candidates[i], executions[i]) for i in todo]
        for i, labels in zip(todo, run_labelers(items, baselines=baselines)):
            store.put(keys[i], labels)
            found[i] = labels
    return found  # type: ignore[return-value]


def split_by_problem(problem_ids: Sequence[str], test_ratio: float, seed: int) -> dict[str, str]:
    """A deterministic held-out split by task id (all languages of a task land on the same side)."""
    split = {}
    for problem_id in sorted(set(problem_ids)):
        bucket = int(hashlib.sha256(f"{seed}:{problem_id}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
        split[problem_id] = "test" if bucket < test_ratio else "train"
    return split


def batched(items: Sequence, size: int) -> list[Sequence]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def runtime_baselines(languages: set[str], config: BuildConfig, store_root: Path, toolchains: dict[str, str]) -> dict[str, Execution]:
    """Each runtime's empty-program cost, measured once per (toolchain, sandbox version) and stored,
    so memory labels (net of the baseline) stay identical across re-runs."""
    from sandboxes import baseline

    store = ResultStore(store_root, "baselines")
    baselines = {}
    for language in sorted(languages):
        key = digest("baseline", language, config.sandbox.backend, toolchains.get(language, ""), code_version("sandboxes"))
        found = store.get(key, Execution)
        if found is None:
            found = baseline(language, config.sandbox.backend)
            store.put(key, found)
        baselines[language] = found
    return baselines


def write_json_atomic(path: Path, data: dict) -> None:
    import json

    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True), encoding="utf-8")
    tmp.replace(path)
