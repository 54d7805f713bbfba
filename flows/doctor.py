"""`themis doctor`: what this machine offers the pipeline, and what is missing.

Each stage reports its own environment (``sandboxes.environment_checks`` for toolchains and
isolation, ``labelers.environment_checks`` for analyzers and grammars); this module adds the
accelerator checks and prints one table. Exit code 1 when a required piece is missing.
"""

from __future__ import annotations

import importlib.util

import typer
from rich.console import Console
from rich.table import Table

from schemas import Check


def accelerator_checks() -> list[Check]:
    """GPU and vLLM are optional: every feature has a CPU path."""
    import torch

    cuda = torch.cuda.is_available()
    gpu = Check(
        section="accelerator",
        name="CUDA GPU",
        ok=cuda,
        required=False,
        version=torch.version.cuda or "",
        detail=torch.cuda.get_device_name(0) if cuda else "none: CPU paths are used (tiny-cpu trainer, mutant generators)",
    )
    has_vllm = importlib.util.find_spec("vllm") is not None
    vllm = Check(
        section="accelerator",
        name="vLLM",
        ok=has_vllm and cuda,
        required=False,
        detail="installed" if has_vllm else "not installed (pip install 'themis-forge[gpu]' on a GPU machine)",
    )
    return [gpu, vllm]


def all_checks() -> list[Check]:
    import labelers
    import sandboxes

    return [*sandboxes.environment_checks(), *labelers.environment_checks(), *accelerator_checks()]


def render(checks: list[Check], console: Console) -> None:
    table = Table(title="themis doctor")
    for column in ("section", "name", "status", "version", "path / detail"):
        table.add_column(column)
    for check in checks:
        if check.ok:
            status = "[green]ok[/green]"
        elif check.required:
            status = "[red]MISSING[/red]"
        else:
            status = "[yellow]absent[/yellow]"
        table.add_row(check.section, check.name, status, check.version, check.path or check.detail)
    console.print(table)


def doctor() -> None:
    """Show toolchains, isolation features, analyzers and accelerators; exit 1 if a required one is missing."""
    console = Console()
    checks = all_checks()
    render(checks, console)
    missing = [check for check in checks if check.required and not check.ok]
    for check in missing:
        console.print(f"[red]missing:[/red] {check.section} {check.name}: {check.detail}")
    if missing:
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    app.command()(doctor)
