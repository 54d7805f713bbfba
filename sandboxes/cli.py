"""`themis sandbox …`: run one program, check conformance on a source, build the Docker images."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

sandbox_app = typer.Typer(name="sandbox", no_args_is_help=True, help="Isolated, measured execution (local or Docker).")


def _naming_errors():
    """What a wrong --lang, --source or --path ends in (each message names the language, source or file)."""
    from schemas import RecordError, input_errors
    from sandboxes import UnknownLanguage
    from sources import UnknownSource

    return input_errors(UnknownLanguage, UnknownSource, FileNotFoundError, RecordError)


def _find_problem(problem_id: str, language: str, source: str | None, path: Path | None):
    from sources import load_source

    source = source or problem_id.split("/", 1)[0]
    for problem in load_source(source, path):
        if problem.id == problem_id and problem.language == language:
            return problem
    raise typer.BadParameter(f"problem {problem_id!r} in {language} not found in source {source!r}", param_hint="--problem")


@sandbox_app.command("exec")
def exec_command(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="The program's source file."),
    lang: str = typer.Option(..., "--lang", help="Language (C, CSharp, Cpp, Go, Java, JavaScript, Python, Ruby or an alias)."),
    stdin: Optional[Path] = typer.Option(None, "--stdin", exists=True, dir_okay=False, help="Feed this file as stdin (no tests)."),
    problem: Optional[str] = typer.Option(None, "--problem", help="Run the tests of this problem id (e.g. humaneval-x/0)."),
    source: Optional[str] = typer.Option(None, "--source", help="Source of --problem (default: the id's prefix)."),
    path: Optional[Path] = typer.Option(None, "--path", help="Data path of the source."),
    repeats: int = typer.Option(1, "--repeats", min=1),
    measure: str = typer.Option("rusage", "--measure", help="rusage | callgrind"),
    backend: str = typer.Option("local", "--backend", help="local | docker"),
) -> None:
    """Run FILE once (passed on exit 0, runtime_error on a non-zero exit, else the limit) or against a problem's tests; print the Execution JSON."""
    from schemas import Candidate
    from sandboxes import run_matched, spec_for

    if stdin is not None and problem is not None:
        raise typer.BadParameter("give --stdin or --problem, not both")
    with _naming_errors():
        language = spec_for(lang).name
        target = _find_problem(problem, language, source, path) if problem is not None else None
    candidate = Candidate(
        problem_id=target.id if target else f"file/{file.name}",
        language=language,
        code=file.read_text(encoding="utf-8"),
        origin=f"commit:{file.name}",
    )
    input_text = stdin.read_text(encoding="utf-8") if stdin is not None else ""
    execution = run_matched([(candidate, target)], backend=backend, repeats=repeats, measure=measure, workers=1, stdin=input_text)[0]
    typer.echo(execution.model_dump_json(indent=2))


@sandbox_app.command("check")
def check_command(
    lang: Optional[str] = typer.Option(None, "--lang", help="Only this language."),
    source: str = typer.Option("seed", "--source", help="A problem source (sources.SOURCES), e.g. humaneval-x, humanevalpack, mbxp, exercism-c."),
    path: Optional[Path] = typer.Option(None, "--path", help="Data path of the source (default: the shared data)."),
    as_json: bool = typer.Option(False, "--json", help="Print only the JSON report."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="At most N problems per language."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1),
    backend: str = typer.Option("local", "--backend"),
) -> None:
    """Conformance: canonical references must pass, buggy ones must fail; prints {"by_language": {...}}."""
    from collections import Counter

    from sources import load_source
    from sandboxes import conformance, spec_for

    seen: Counter[str] = Counter()
    problems = []
    with _naming_errors():
        wanted = spec_for(lang).name if lang else None
        for problem in load_source(source, path):
            if wanted and problem.language != wanted:
                continue
            if limit and seen[problem.language] >= limit:
                continue
            seen[problem.language] += 1
            problems.append(problem)
    def progress(done: int, total: int) -> None:
        typer.echo(f"checked {done}/{total} references", err=True)

    tallies = conformance.check(problems, backend=backend, workers=workers, progress=progress)
    report = conformance.report(tallies)
    if not as_json:
        for language, counts in tallies.items():
            typer.echo(f"{language}: {counts.passed}/{counts.total} references pass, {counts.buggy_failed}/{counts.buggy_total} buggy fail")
            for line in counts.exceptions:
                typer.echo(f"  - {line}")
    typer.echo(json.dumps(report))


@sandbox_app.command("build-images")
def build_images_command(
    lang: Optional[list[str]] = typer.Option(None, "--lang", help="Only these languages (repeatable)."),
) -> None:
    """Build the Docker images from sandboxes/langs/<L>/Dockerfile (needs an engine and the base image: make setup-docker)."""
    from sandboxes.docker_backend import build_images

    for name, tag in build_images(lang or None).items():
        typer.echo(f"{name}: {tag}")


def register(app: typer.Typer) -> None:
    """Add this stage's commands to ``app``."""
    app.add_typer(sandbox_app, name="sandbox")
