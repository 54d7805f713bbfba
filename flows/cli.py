"""`themis`: the command line. Each stage package contributes its commands through ``<pkg>.cli.register``."""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import version

import typer

app = typer.Typer(name="themis", no_args_is_help=True, add_completion=False, help=__doc__)

# Stage packages whose cli module adds commands (sub-apps or top-level commands) to the root app.
COMMAND_MODULES = (
    "flows.doctor",
    "sources.cli",
    "sandboxes.cli",
    "labelers.cli",
    "generators.cli",
    "dedup.cli",
    "trainer.cli",
    "scorer.cli",
    "flows.commands",
)


def _version_callback(show: bool) -> None:
    if show:
        typer.echo(f"themis-forge {version('themis-forge')}")
        raise typer.Exit()


@app.callback()
def main(
    show_version: bool = typer.Option(False, "--version", callback=_version_callback, is_eager=True, help="Print the version."),
) -> None:
    """Forge multilingual, multi-criteria code preference data and reward models."""


for _module in COMMAND_MODULES:
    import_module(_module).register(app)
