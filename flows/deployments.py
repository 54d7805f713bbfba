"""Scheduled rebuilds: the nightly `build` deployment and a `train` deployment triggered when a build completes.

``themis serve`` serves both from this process against the configured Prefect API (a local
``prefect server start``); ``prefect.yaml`` declares the same deployments for work-pool workers.
"""

from __future__ import annotations

from pathlib import Path

NIGHTLY_CRON = "0 3 * * *"


def build_deployments(config_path: str, cron: str = NIGHTLY_CRON, train_preset: str = "tiny-cpu") -> list:
    from prefect.events import DeploymentEventTrigger

    from flows.build import build_flow
    from flows.config import load_build_config
    from flows.pipelines import train_flow

    config = load_build_config(config_path)
    out_dir = str(config.out_dir())
    build = build_flow.to_deployment(
        name=f"{config.name}-nightly", cron=cron, parameters={"config_path": str(Path(config_path)), "out": out_dir},
        description=f"Nightly rebuild of {config.name}",
    )
    train = train_flow.to_deployment(
        name=f"{config.name}-train-after-build",
        parameters={"data": out_dir, "out": str(Path(out_dir) / "rm"), "preset": train_preset},
        triggers=[
            DeploymentEventTrigger(
                expect={"prefect.flow-run.Completed"},
                match_related={"prefect.resource.name": "build", "prefect.resource.role": "flow"},
            )
        ],
        description=f"Train a {train_preset} reward model after each {config.name} build",
    )
    return [build, train]


def serve(config_path: str, cron: str = NIGHTLY_CRON) -> None:
    from prefect import serve as prefect_serve

    prefect_serve(*build_deployments(config_path, cron))
