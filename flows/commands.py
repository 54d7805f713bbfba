"""`themis build` and `themis serve`: the Prefect flows on the command line."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

# Prefect runs fully offline: an ephemeral local API (with time to create its DB on a cold start), no telemetry.
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
    "PREFECT_UI_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "HF_HUB_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "SEMGREP_ENABLE_VERSION_CHECK": "0",
}


def prepare(config: Path, push: str | None = None) -> None:
    """Before Prefect starts: the config loads (an error names the file and the field), and a build that will push
    has a valid repo id and a token (not found missing after the whole build); the offline environment is set."""
    from dedup.export import ExportError, check_push
    from flows.config import load_build_config
    from schemas import RecordError, input_errors

    with input_errors(RecordError, ExportError):
        loaded = load_build_config(config)
        # the offline defaults go in before huggingface_hub is first imported (it reads them once, at import)
        prefect_environment(pushing=bool(push or loaded.export.repo))
        if push or loaded.export.repo:
            check_push(push or loaded.export.repo, "--push" if push else "export.repo")


def prefect_environment(*, pushing: bool = False) -> None:
    """Set the offline defaults the caller has not set; a build that pushes to the Hub keeps huggingface_hub
    online (models and datasets are still never downloaded: transformers and datasets stay offline)."""
    for name, value in PREFECT_DEFAULTS.items():
        if not (pushing and name == "HF_HUB_OFFLINE"):
            os.environ.setdefault(name, value)


def task_runner(runner: str, address: str | None, workers: int | None):
    if runner == "dask":
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=address) if address else DaskTaskRunner(cluster_kwargs={"n_workers": workers or 2, "processes": True})
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=workers or os.cpu_count() or 2)


def build(
    config: Path = typer.Option(..., exists=True, dir_okay=False, help="Build config (TOML), e.g. configs/seed.toml."),
    out: Optional[Path] = typer.Option(None, help="Output directory (default: the config's `out`)."),
    runner: str = typer.Option("thread", help="thread (local) | dask (a distributed cluster)."),
    address: Optional[str] = typer.Option(None, help="Dask scheduler address, e.g. tcp://10.0.0.5:8786."),
    workers: Optional[int] = typer.Option(None, help="Task-runner workers (threads, or local Dask workers)."),
    train: Optional[bool] = typer.Option(None, "--train/--no-train", help="Train the reward model after the build."),
    score: Optional[bool] = typer.Option(None, "--score/--no-score", help="Score the reward model on the held-out split."),
    push: Optional[str] = typer.Option(None, "--push", metavar="ORG/NAME", help="Push the dataset to this Hub repo afterwards (token from HF_TOKEN; default: the config's [export] repo)."),
) -> None:
    """Run the build flow: sources → generate → execute → label → pair → shards + card + stats + report."""
    prepare(config, push)
    from rich.console import Console
    from rich.table import Table

    from flows.build import build_flow
    from flows.interrupt import stopped_at_once_on_interrupt

    flow = build_flow.with_options(task_runner=task_runner(runner, address, workers))
    with stopped_at_once_on_interrupt():
        stats = flow(config_path=str(config), out=str(out) if out else None, train=train, score=score, push=push)
    table = Table(title="pairs per criterion × language")
    cells = stats["pairs_by_aspect_language"]
    languages = sorted({lang for row in cells.values() for lang in row})
    table.add_column("criterion")
    for language in languages:
        table.add_column(language, justify="right")
    for aspect, row in sorted(cells.items()):
        table.add_row(aspect, *(str(row.get(language, 0)) for language in languages))
    Console().print(table)
    if "score" in stats:
        Console().print(f"reward model held-out accuracy: {stats['score']['accuracy']}")
    if "export" in stats:
        typer.echo(f"pushed to {stats['export']['repo']}: {stats['export']['url']}")  # one unwrapped line, for copying


def serve(
    config: Path = typer.Option(Path("configs/seed.toml"), exists=True, help="Build config to rebuild on schedule."),
    cron: str = typer.Option("0 3 * * *", help="Cron of the nightly build."),
) -> None:
    """Serve the scheduled deployments (nightly build, train after build) against the Prefect API; a config with
    an `[export] repo` pushes each nightly build to the Hub."""
    prepare(config)
    from flows.deployments import serve as serve_deployments

    serve_deployments(str(config), cron)


def register(app: typer.Typer) -> None:
    app.command()(build)
    app.command()(serve)
