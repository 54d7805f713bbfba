"""The `build` flow: sources → generate → execute → label → pair → filter / dedup / decontaminate → shards.

One Prefect task per batch of candidates (``config.batch_size``), never one per candidate; results
live in the content-addressed store under ``<out>/.store`` (Prefect keeps none in memory or on disk),
so a killed build resumes where it stopped and a re-run redoes only what changed.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import task_run

from flows import stages
from flows.config import BuildConfig, load_build_config
from flows.interrupt import keep_stopping_at_once
from flows.progress import StageProgress
from schemas import Candidate, Execution, Labels, Problem, Status

INFRA_RETRIES = 2


class SandboxInfrastructureError(RuntimeError):
    """A batch had executions that failed for sandbox reasons (not the candidate's): worth a retry."""


def _is_infrastructure_error(task, task_run, state) -> bool:  # noqa: ARG001 (Prefect's signature)
    try:
        state.result()
    except SandboxInfrastructureError:
        return True
    except Exception:  # noqa: BLE001 — any other failure is a bug or bad input: never retried
        return False
    return False


_TASK_OPTIONS = {"cache_policy": NO_CACHE, "cache_result_in_memory": False, "persist_result": False}


@task(name="execute-batch", retries=INFRA_RETRIES, retry_condition_fn=_is_infrastructure_error, **_TASK_OPTIONS)
def execute_batch_task(candidates: list[Candidate], problems: dict[str, Problem], config: BuildConfig, store: Path, toolchains: dict[str, str]) -> list[Execution]:
    executions = stages.execute_batch(candidates, problems, config, store, toolchains)
    broken = sum(e.status == Status.sandbox_error for e in executions)
    if broken and task_run.run_count <= INFRA_RETRIES:
        raise SandboxInfrastructureError(f"{broken} of {len(executions)} executions hit sandbox errors")
    return executions


@task(name="label-batch", **_TASK_OPTIONS)
def label_batch_task(candidates: list[Candidate], executions: list[Execution], problems: dict[str, Problem], store: Path, baselines: dict[str, Execution]) -> list[Labels]:
    return stages.label_batch(candidates, executions, problems, store, baselines)


@flow(name="build", log_prints=True, persist_result=False)
def build_flow(config_path: str, out: str | None = None, train: bool | None = None, score: bool | None = None,
               push: str | None = None) -> dict:  # fmt: skip
    """Forge a Themis-format preference dataset from a build config (and push it to the Hub: ``push`` or the
    config's ``[export] repo``)."""
    keep_stopping_at_once()
    config = load_build_config(config_path)
    if push:
        config = config.model_copy(update={"export": config.export.model_copy(update={"repo": push})})
    out_dir = config.out_dir(out)
    return run_build(config, out_dir, train=config.train.enabled if train is None else train, score=config.score.enabled if score is None else score)


def run_build(config: BuildConfig, out_dir: Path, *, train: bool = False, score: bool = False) -> dict:
    if config.export.repo:  # a bad repo id, no token, or offline: fail now, not after the whole build
        from dedup.export import check_push

        check_push(config.export.repo, "export.repo")
    store = config.store_dir(out_dir)
    seconds: dict[str, float] = {}
    with StageProgress() as progress:
        clock = time.perf_counter()
        problems = stages.load_problems(config)
        by_key = {p.key: p for p in problems}
        seconds["load"] = _lap(clock)
        progress.done("problems", len(problems))

        clock = time.perf_counter()
        candidates = stages.generate_candidates(problems, config)
        seconds["generate"] = _lap(clock)
        progress.done("candidates", len(candidates))

        clock = time.perf_counter()
        languages = {c.language for c in candidates}
        toolchains = stages.toolchain_versions(languages)
        batches = stages.batched(candidates, config.batch_size)
        futures = [execute_batch_task.submit(list(batch), _problems_for(batch, by_key), config, store, toolchains) for batch in batches]
        executions = progress.collect("executions", futures, len(candidates))
        seconds["execute"] = _lap(clock)

        clock = time.perf_counter()
        baselines = stages.runtime_baselines(languages, config, store, toolchains)
        futures = [
            label_batch_task.submit(list(batch), executions[i * config.batch_size : i * config.batch_size + len(batch)], _problems_for(batch, by_key), store, baselines)
            for i, batch in enumerate(batches)
        ]
        labels = progress.collect("labels", futures, len(candidates))
        seconds["label"] = _lap(clock)

        clock = time.perf_counter()
        mined = stages.mine_commit_pairs(config)
        seconds["mine_commits"] = _lap(clock)
        if config.commits:
            progress.done("mined pairs", len(mined))

        clock = time.perf_counter()
        result = stages.pair_and_write(problems, candidates, executions, labels, config, out_dir, mined)
        seconds["pair_and_write"] = _lap(clock)
        progress.done("pairs", result.pairs_written)

    stats = stages.build_stats(candidates, executions, result, seconds, len(problems))
    stages.write_json_atomic(out_dir / "stats.json", stats)
    report = stages.write_build_report(out_dir, config.name, candidates, executions, labels, result, stats)
    _publish_artifact(report, stats)
    if train:
        stats["train"] = _train_on_the_train_split(config, out_dir)
    if score:
        stats["score"] = _score_on_the_held_out_split(config, out_dir)
    if train or score:
        stages.write_json_atomic(out_dir / "stats.json", stats)
    if config.export.repo:  # returned, not written: the folder stays exactly what was pushed
        stats = stats | {"export": _push_to_the_hub(config, out_dir)}
    return stats


def _push_to_the_hub(config: BuildConfig, out_dir: Path) -> dict:
    """The `export` subflow: the shards, card and stats to the ``[export]`` Hub dataset repo."""
    from flows.pipelines import export_flow

    section = config.export
    url = export_flow(str(out_dir), section.repo, private=section.private, revision=section.revision)
    return {"repo": section.repo, "revision": section.revision, "url": url}


def _train_on_the_train_split(config: BuildConfig, out_dir: Path) -> dict:
    """The `train` subflow on the build's shards; the reward model goes to ``<out>/rm``."""
    from flows.pipelines import train_flow

    model = Path(train_flow(str(out_dir), str(out_dir / "rm"), config.train.preset, config.train.overrides))
    metrics = json.loads((model / "train_metrics.json").read_text())
    return {key: metrics[key] for key in ("train_pairs", "steps", "seconds", "eval")}


def _score_on_the_held_out_split(config: BuildConfig, out_dir: Path) -> dict:
    """The `score` subflow: ``<out>/rm`` on the build's test split (CRB metric and layout) into ``<out>/score``."""
    from flows.pipelines import score_flow

    results = score_flow(str(out_dir / "rm"), str(out_dir), str(out_dir / "score"), config.score.prompts, "shards", "test")
    return {"accuracy": results["overall"]["accuracy"], "n": results["overall"]["total_examples"], "by_aspect": results["by_aspect"]}


def _problems_for(batch, by_key: dict[str, Problem]) -> dict[str, Problem]:
    return {c.problem_key: by_key[c.problem_key] for c in batch}


def _lap(start: float) -> float:
    return round(time.perf_counter() - start, 2)


def _publish_artifact(report: Path, stats: dict) -> None:
    """The stats as a Prefect markdown artifact, so the UI shows what each build produced."""
    from prefect.artifacts import create_markdown_artifact

    cells = stats["pairs_by_aspect_language"]
    languages = sorted({lang for row in cells.values() for lang in row})
    lines = ["| aspect | " + " | ".join(languages) + " |", "|---|" + "---|" * len(languages)]
    lines += [f"| {aspect} | " + " | ".join(str(row.get(lang, 0)) for lang in languages) + " |" for aspect, row in sorted(cells.items())]
    status = Counter(stats["executions_by_status"]).most_common()
    markdown = f"# build report\n\nReport: `{report}`\n\n## Pairs per criterion × language\n\n" + "\n".join(lines)
    markdown += "\n\n## Executions\n\n" + ", ".join(f"{k}: {v}" for k, v in status)
    create_markdown_artifact(markdown=markdown, key="build-report", description="pairs per criterion x language")

