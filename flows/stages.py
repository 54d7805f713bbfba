"""The build's stages as plain functions over records (no Prefect here: flows/build.py wraps them in tasks).

Every expensive result (an Execution, a Labels) is stored under a key of everything that
determines it, so re-runs recompute only what changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from dataclasses import dataclass

from flows.config import BuildConfig
from flows.store import ResultStore, code_version, digest
from schemas import Candidate, Execution, Labels, Pair, Problem, canonical_language


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
            if source.problems is not None and problem.id not in source.problems:
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


def mine_commit_pairs(config: BuildConfig) -> list[Pair]:
    """Pairs of every ``[[commits]]`` history, restricted to the configured languages."""
    from generators.commits import mine_pairs
    from generators.llm import make_backend
    from generators.spec import llm_spec

    wanted = {canonical_language(lang) for lang in config.languages} if config.languages else None
    pairs: list[Pair] = []
    for i, spec in enumerate(config.commits):
        backend = make_backend(llm_spec(spec.prompt_generator, f"commits[{i}].prompt_generator")) if spec.prompt_generator else None
        mined = mine_pairs(spec.repo, max_pairs=spec.max_pairs, backend=backend, seed=config.seed)
        pairs += [pair for pair in mined if wanted is None or pair.language in wanted]
    return pairs


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


@dataclass
class PairResult:
    pairs: list[Pair]
    pairing: dict
    steps: list[dict]
    manifest: dict

    @property
    def pairs_written(self) -> int:
        return len(self.pairs)


def pair_and_write(
    problems: Sequence[Problem], candidates: Sequence[Candidate], executions: Sequence[Execution], labels: Sequence[Labels],
    config: BuildConfig, out_dir: Path, mined: Sequence[Pair] = (),
) -> PairResult:
    """Pairs per criterion → Themis filters → exact and near dedup → decontamination → shards and card."""
    import dedup
    from dedup.pipeline import clean_pairs
    from generators import commits

    report = dedup.PairingReport()
    pairs = dedup.make_pairs(problems, candidates, executions, labels, config.pairing, seed=config.seed, report=report)
    pairs += _renumbered(mined, start=max((p.idx for p in pairs), default=-1) + 1)
    pairs, steps = clean_pairs(pairs, config.dedup, seed=config.seed)
    # Held out by problem; a mined commit is its own problem.
    split = dedup.held_out_split([p.id for p in problems] + [p.problem_id for p in mined], config.split.test_ratio, salt=f"seed:{config.seed}")
    card = dedup.CardInfo(
        pretty_name=f"themis-forge {config.name}",
        sources=dedup.sources_from_problems(problems) + _commit_sources(config, mined),
        build={"config": config.name, "seed": str(config.seed), "sandbox": code_version("sandboxes"), "labelers": code_version("labelers")},
        notes=[step.summary() for step in steps],
        decisions=config.pairing.decision_rules() | {commits.POLICY: commits.RULE},
    )
    manifest = dedup.write_shards(pairs, out_dir, split_by_problem=split, seed=config.seed, card=card)
    return PairResult(pairs, report.model_dump(), [step.model_dump() for step in steps], manifest.model_dump())


def _renumbered(pairs: Sequence[Pair], start: int) -> list[Pair]:
    """Mined pairs after the executed ones: ``idx`` identifies a row of the whole build."""
    return [pair.model_copy(update={"idx": start + i}) for i, pair in enumerate(pairs)]


def _commit_sources(config: BuildConfig, mined: Sequence[Pair]):
    """One card entry per mined repository that gave pairs: its path at the HEAD it was mined from."""
    import subprocess

    from dedup import SourceInfo

    found = {pair.source for pair in mined}
    sources = []
    for spec in config.commits:
        repo = Path(spec.repo).resolve()
        if f"commits:{repo.name}" in found:
            head = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
            sources.append(SourceInfo(name=f"commits:{repo.name}", license="as the repository's LICENSE states", origin=f"{repo}@{head}",
                                      note="commit mining: file after the commit = chosen, before = rejected"))
    return sources


def build_stats(candidates: Sequence[Candidate], executions: Sequence[Execution], result: PairResult, seconds: dict[str, float], problems: int) -> dict:
    from collections import Counter

    from generators import mutant_stats

    return {
        **result.manifest["stats"],
        "pairs_total": len(result.pairs),
        "problems_loaded": problems,
        "candidates": len(candidates),
        "candidates_by_origin": dict(sorted(Counter(c.origin for c in candidates).items())),
        "executions_by_status": dict(sorted(Counter(e.status.value for e in executions).items())),
        "stage_seconds": seconds,
        "mutants": mutant_stats(candidates, executions),
        "pairing": result.pairing,
        "dropped": {step["step"]: len(step["dropped"]) for step in result.steps},
    }


def write_build_report(out_dir: Path, name: str, candidates, executions, labels, result: PairResult, stats: dict) -> Path:
    from flows.report import write_report

    return write_report(out_dir / "report.html", f"themis-forge build: {name}", stats, list(executions), list(labels), result.pairs, list(candidates))
