"""`themis sources …`: list the sources, show what one yields, count it, check the seed set."""

from __future__ import annotations

import json
from typing import Optional

import typer

sources_app = typer.Typer(name="sources", no_args_is_help=True, help="Problem and pair sources (seed set, public sets).")


def register(app: typer.Typer) -> None:
    """Add this stage's commands to ``app``."""
    app.add_typer(sources_app, name="sources")


@sources_app.command("list")
def list_sources() -> None:
    """Print every registered source: name, kind, default location, description."""
    from sources import SOURCES, data_root

    root = data_root()
    for source in SOURCES.values():
        location = str(root / source.default_path) if source.default_path else "-"
        typer.echo(f"{source.name:18} {source.kind:8} {location}\n{'':28}{source.description}")


@sources_app.command("show")
def show(
    name: str = typer.Argument(..., help="source name (see `themis sources list`)"),
    path: Optional[str] = typer.Option(None, "--path", help="local file/folder or Hub dataset id"),
    limit: int = typer.Option(3, "--limit", min=1, help="how many records to print"),
    lenient: bool = typer.Option(False, "--lenient", help="skip malformed records (counted)"),
) -> None:
    """Print the first records a source yields, as JSON lines."""
    records = _load(name, path, lenient)
    for count, item in enumerate(records, start=1):
        typer.echo(item.to_json())
        if count >= limit:
            break


@sources_app.command("stats")
def stats(
    name: str = typer.Argument(..., help="source name"),
    path: Optional[str] = typer.Option(None, "--path", help="local file/folder or Hub dataset id"),
    as_json: bool = typer.Option(False, "--json", help="print JSON only"),
    lenient: bool = typer.Option(False, "--lenient", help="skip malformed records (counted)"),
) -> None:
    """Count problems per language and references per tag and language (pairs: per aspect and language)."""
    from sources.stats import summarize

    records = _load(name, path, lenient)
    summary = summarize(records)
    if as_json:
        typer.echo(json.dumps(summary, sort_keys=True))
        return
    for key, value in summary.items():
        typer.echo(f"{key}: {json.dumps(value, sort_keys=True)}")


@sources_app.command("check")
def check(
    name: str = typer.Argument("seed", help="source to check (the seed set)"),
    path: Optional[str] = typer.Option(None, "--path", help="seed problems folder (or one problem folder)"),
    language: Optional[list[str]] = typer.Option(None, "--lang", help="only these languages (repeatable)"),
    problem: Optional[list[str]] = typer.Option(None, "--problem", help="only these problem ids, e.g. seed/two-sum (repeatable)"),
    tag: Optional[list[str]] = typer.Option(None, "--tag", help="only these reference tags (repeatable)"),
    repeats: int = typer.Option(3, "--repeats", min=1, help="runs per large case for the worse-than-efficient check"),
    workers: Optional[int] = typer.Option(None, "--workers", help="sandbox workers (default: cores)"),
    as_json: bool = typer.Option(False, "--json", help="print the per-language summary as JSON"),
) -> None:
    """Run every seed reference in the sandbox; fail on a reference that does not pass or is not measurably worse."""
    if name != "seed":
        raise typer.BadParameter("only the seed set has a reference check; public sets: `themis sandbox check --source`")
    from schemas import canonical_language
    from sources.seed import check_references

    wanted = {canonical_language(lang) for lang in language} if language else None
    problems = [
        p for p in _load(name, path, False) if (wanted is None or p.language in wanted) and (not problem or p.id in problem)
    ]
    report = check_references(problems, workers=workers, repeats=repeats, tags=tag or None)
    summary = report.by_language()
    typer.echo(json.dumps(summary, sort_keys=True) if as_json else "\n".join(f"{k}: {json.dumps(v)}" for k, v in summary.items()))
    for failure in report.failures:
        typer.echo(f"FAIL {failure.describe()}", err=True)
    if report.failures:
        raise typer.Exit(1)


def _load(name: str, path: str | None, lenient: bool):
    from schemas import RecordError
    from sources import load_source

    try:
        records = load_source(name, path, lenient=lenient)
        return _reporting(records)
    except (KeyError, ValueError, FileNotFoundError, RecordError) as error:
        raise typer.BadParameter(str(error)) from None


def _reporting(records):
    """Yield the records; a malformed one ends the command with its file/line/field message."""
    from schemas import RecordError, input_errors

    with input_errors(RecordError, FileNotFoundError, ValueError, RuntimeError):
        yield from records
    if records.skipped:
        typer.echo(f"skipped {records.skipped} malformed record(s); first: {records.errors[0]}", err=True)
    if records.filtered:
        typer.echo(f"left out: {json.dumps(records.filtered, sort_keys=True)}", err=True)
    if records.dropped_languages:
        typer.echo(f"dropped (no sandbox): {json.dumps(records.dropped_languages, sort_keys=True)}", err=True)
