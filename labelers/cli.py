"""Commands of this stage, added to the root `themis` app by flows.cli: `themis validate`."""

from __future__ import annotations

from pathlib import Path

import typer


def validate(
    data: Path = typer.Option(None, "--data", help="shared data root (default: THEMIS_SHARED_DATA or ../shared/data)"),
    out: Path = typer.Option(Path("validation.json"), "--out", help="where to write the JSON report"),
    subset: bool = typer.Option(False, "--subset", help="a fixed sample of each set (CI, <= 5 min)"),
    check: list[str] = typer.Option(None, "--check", help="run only these checks (repeatable)"),
) -> None:
    """Check every labeler against real external data; print a table and write validation.json."""
    from rich.console import Console
    from rich.table import Table

    from labelers.validate import CHECKS, run_validation, write_report
    from schemas import input_errors
    from sources import data_root

    unknown = sorted(set(check or ()) - set(CHECKS))
    if unknown:
        raise typer.BadParameter(f"unknown check(s) {', '.join(unknown)}; known: {', '.join(CHECKS)}", param_hint="--check")
    console = Console()
    root = data if data is not None else data_root()
    if not root.is_dir():
        raise typer.BadParameter(f"shared data folder {root} does not exist", param_hint="--data")
    with input_errors(FileNotFoundError):  # a data set missing from --data: name the file, not a traceback
        report = run_validation(root, subset=subset, only=check, progress=lambda name: console.log(f"check {name} …"))
    table = Table(title="themis validate" + (" (subset)" if subset else ""))
    for column in ("check", "source", "language", "value", "target", "passed", "n"):
        table.add_column(column, justify="right" if column in ("value", "target", "n") else "left")
    for row in report["checks"]:
        passed = {True: "[green]yes[/]", False: "[red]NO[/]", None: "report"}[row["passed"]]
        value = "–" if row["value"] is None else f"{row['value']:.3f}"
        target = "–" if row["target"] is None else f">= {row['target']:g}"
        table.add_row(row["name"], row["source"], row["language"], value, target, passed, str(row["n"]))
    console.print(table)
    for check_name, categories in report["misses"].items():
        console.print(f"[bold]misses[/] {check_name}: " + "; ".join(f"{c} × {n}" for c, n in categories.items()))
    write_report(report, out)
    console.print(f"wrote {out}")
    if any(row["passed"] is False for row in report["checks"]):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add this stage's commands to ``app``."""
    app.command("validate")(validate)
