"""Commands of this stage, added to the root `themis` app by flows.cli."""

import typer


def register(app: typer.Typer) -> None:
    """Add this stage's commands to ``app``."""
