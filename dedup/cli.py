"""Commands of this stage, added to the root `themis` app by flows.cli."""

from __future__ import annotations

from pathlib import Path

import typer


def export(
    dataset_dir: Path = typer.Argument(..., help="A folder written by the build (data/, README.md, stats.json)."),
    repo: str = typer.Option(None, "--repo", help="Hub dataset repo ORG/NAME to push to (token from HF_TOKEN)."),
    private: bool = typer.Option(False, "--private", help="Create the Hub repo as private."),
    revision: str = typer.Option(None, "--revision", help="Branch to push to (created if missing)."),
    to_dir: Path = typer.Option(None, "--to-dir", help="Write the exact upload layout to this folder instead."),
) -> None:
    """Export a built dataset: push it to the Hugging Face Hub, or write the upload layout locally."""
    from dedup.export import ExportError, export_to_dir, push_to_hub
    from schemas import input_errors

    if (repo is None) == (to_dir is None):
        raise typer.BadParameter("give exactly one of --repo ORG/NAME or --to-dir OUT")
    with input_errors(ExportError, OSError):  # OSError: an output folder that cannot be written
        if to_dir is not None:
            files = export_to_dir(dataset_dir, to_dir)
            typer.echo(f"wrote {len(files)} files to {to_dir}: " + ", ".join(files))
        else:
            url = push_to_hub(dataset_dir, repo, private=private, revision=revision)
            typer.echo(f"pushed {dataset_dir} to {repo}: {url}")


def register(app: typer.Typer) -> None:
    """Add this stage's commands to ``app``."""
    app.command("export")(export)
