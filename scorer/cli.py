"""`themis score`: grade a reward model on a benchmark, recompute results from stored scores, or compare runs."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


def score(
    model: Optional[str] = typer.Option(None, help="Reward model: local path or Hub id (AutoModelForSequenceClassification)."),
    judge: Optional[str] = typer.Option(None, help="Instead of a model: `analyzers` (static analyzers only, no execution)."),
    bench: Optional[str] = typer.Option(None, help="Benchmark: CRB/RewardBench parquet, RM-Bench json, a shards dir, or a Hub id."),
    out: Optional[Path] = typer.Option(None, help="Output directory for results.json, scores.parquet, report.html."),
    prompts: str = typer.Option("none", help="System prompts: none | full | aspect (Themis' eval prompts)."),
    bench_format: str = typer.Option("auto", "--format", help="auto | crb | rewardbench | rm-bench | shards | humanevalpack | source (a pair source name, e.g. safecoder)"),
    config: Optional[str] = typer.Option(None, help="Dataset config for Hub benchmarks (for --format source: the source's path)."),
    split: str = typer.Option("test", help="Split (Hub benchmarks, or our shards)."),
    limit: Optional[int] = typer.Option(None, help="Score only the first N pairs."),
    batch_size: int = typer.Option(8),
    max_length: int = typer.Option(4096),
    from_scores: Optional[Path] = typer.Option(None, "--from-scores", exists=True, dir_okay=False, help="Recompute results.json from a scores.parquet."),
    compare: Optional[list[Path]] = typer.Option(None, "--compare", exists=True, dir_okay=False, help="Two results.json files to compare (give twice)."),
) -> None:
    """Score chosen and rejected independently; accuracy = share of pairs with chosen > rejected (ties are wrong)."""
    from rich.console import Console

    console = Console()
    if compare:
        _print_comparison(console, compare)
        return
    if from_scores:
        from scorer.metric import read_scores, write_outputs

        results = write_outputs(read_scores(from_scores), out or from_scores.parent)
        console.print_json(data=results["overall"])
        return
    if not ((model or judge) and bench and out):
        raise typer.BadParameter("give --model (or --judge), --bench and --out (or --from-scores, or --compare A --compare B)")
    if prompts not in ("none", "full", "aspect"):
        raise typer.BadParameter(f"--prompts must be none, full or aspect, not {prompts!r}")
    from schemas import input_errors
    from scorer.bench import BenchFormatError, load_bench
    from scorer.score import ModelLoadError, RewardModel, rm_bench_with_model, save_scores, score_with_model

    with input_errors(BenchFormatError):
        items = load_bench(bench, bench_format, config=config, split=split, limit=limit)
    if judge:
        results = _judge(judge, items, out)
        console.print_json(data=results["overall"])
        return
    with input_errors(ModelLoadError):
        reward_model = RewardModel(model, max_length=max_length, batch_size=batch_size)
    frame = score_with_model(reward_model, items, prompts)
    extra = {"rm_bench": rm_bench_with_model(reward_model, items, prompts)} if items and items[0].chosen_variants else None
    results = save_scores(frame, out, extra)
    console.print_json(data={"overall": results["overall"], **(extra or {})})


def _judge(name: str, items, out: Path) -> dict:
    from scorer.judge import AnalyzerJudge
    from scorer.score import save_scores, score_with_judge

    if name != "analyzers":
        raise typer.BadParameter(f"--judge must be `analyzers`, not {name!r}")
    return save_scores(score_with_judge(AnalyzerJudge(), items), out)


def _print_comparison(console, files: list[Path]) -> None:
    from rich.table import Table

    from scorer.report import compare

    if len(files) != 2:
        raise typer.BadParameter("--compare takes exactly two results.json files")
    table = Table(title="results comparison")
    for column in ("section", "key", str(files[0]), str(files[1]), "Δ"):
        table.add_column(column)
    for section, key, a, b in compare(*files):
        delta = f"{b - a:+.4f}" if a is not None and b is not None else ""
        table.add_row(section, key, "" if a is None else f"{a:.4f}", "" if b is None else f"{b:.4f}", delta)
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(score)
