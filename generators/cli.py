"""Commands of the generators stage: ``themis mine-commits``, ``themis mutants``."""

from __future__ import annotations

from pathlib import Path

import typer


def mine_commits(
    repo: Path = typer.Option(..., "--repo", exists=True, file_okay=False, help="a local git repository"),
    out: Path = typer.Option(..., "--out", help="output file: .parquet (Themis shard layout) or .jsonl"),
    max_pairs: int | None = typer.Option(None, "--max", min=1, help="stop after this many pairs"),
    generator: Path | None = typer.Option(
        None, "--generator", exists=True, dir_okay=False,
        help="TOML whose generators list has an LLM entry (transformers, vllm, openai) that writes the prompts; default: the commit subject",
    ),
    seed: int = typer.Option(0, help="seed of the system-prompt sampling"),
) -> None:
    """Mine single-file commits into Themis-format preference pairs (after = chosen, before = rejected)."""
    from collections import Counter

    from generators.commits import GitError, mine_pairs, write_pairs
    from schemas import input_errors

    backend = _llm_backend(generator) if generator else None
    with input_errors(GitError):
        pairs = mine_pairs(repo, max_pairs=max_pairs, backend=backend, seed=seed)
    write_pairs(pairs, out)
    counts = Counter((p.language.value, p.aspect.value) for p in pairs)
    typer.echo(f"{len(pairs)} pairs → {out}")
    for (language, aspect), count in sorted(counts.items()):
        typer.echo(f"  {language:<11} {aspect:<28} {count}")


def _llm_backend(config: Path):
    from generators.llm import make_backend
    from generators.spec import LLMSpec, load_specs

    specs = [spec for spec in load_specs(config) if isinstance(spec, LLMSpec)]
    if not specs:
        raise typer.BadParameter(f"{config} has no LLM generator (kind transformers, vllm or openai)")
    return make_backend(specs[0])


def mutants(
    source: str = typer.Option("seed", help="a registered source (sources.SOURCES)"),
    max_per_operator: int = typer.Option(2, min=1),
    cpu_s: float = typer.Option(2.0, help="per-test CPU limit for the mutants' runs"),
    out: Path | None = typer.Option(None, help="write the per-language figures as JSON"),
) -> None:
    """Generate tree-sitter mutants of a source's references, run them, print kill / pass ratios per language."""
    import json

    from generators.spec import MutantSpec
    from generators.stats import measure_mutants
    from sandboxes import Limits
    from schemas import RecordError, input_errors
    from sources import UnknownSource, load_source

    with input_errors(UnknownSource, FileNotFoundError, RecordError):  # the source's files are read as mutants are made
        stats, candidates, _ = measure_mutants(
            load_source(source), MutantSpec(max_per_operator=max_per_operator), limits=Limits(cpu_s=cpu_s)
        )
    typer.echo(f"{len(candidates)} mutants")
    for language, row in stats.items():
        typer.echo(
            f"  {language:<11} correctness killed {row['correctness_killed_ratio']}  "
            f"readability passing {row['readability_passing_ratio']}"
        )
    if out is not None:
        out.write_text(json.dumps(stats, indent=1), encoding="utf-8")


def register(app: typer.Typer) -> None:
    """Add this stage's commands to ``app``."""
    app.command("mine-commits")(mine_commits)
    app.command("mutants")(mutants)
