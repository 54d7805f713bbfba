"""Mutant quality on a source (default: the seed set): per-language kill / pass ratios and per-operator counts.

    .venv/bin/python bench/mutants.py [--source seed] [--max-per-operator 2] [--cpu-s 2] [--limit-problems N]
"""

from __future__ import annotations

import argparse
import json
import time

from generators.spec import MutantSpec
from generators.stats import measure_mutants, mutant_operator_stats
from sandboxes import Limits
from sources import load_source


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", default="seed")
    parser.add_argument("--max-per-operator", type=int, default=2)
    parser.add_argument("--cpu-s", type=float, default=2.0, help="per-test CPU limit (mutants that loop forever)")
    parser.add_argument("--limit-problems", type=int, default=None, help="first N tasks (all their languages)")
    parser.add_argument("--languages", nargs="*", default=None)
    parser.add_argument("--json", default=None, help="write the per-language stats here")
    args = parser.parse_args()

    problems = list(load_source(args.source))
    if args.languages:
        problems = [p for p in problems if p.language in args.languages]
    if args.limit_problems:
        keep = sorted({p.id for p in problems})[: args.limit_problems]
        problems = [p for p in problems if p.id in keep]
    started = time.perf_counter()
    stats, candidates, executions = measure_mutants(
        problems, MutantSpec(max_per_operator=args.max_per_operator), limits=Limits(cpu_s=args.cpu_s)
    )
    elapsed = time.perf_counter() - started
    print(f"{len(problems)} problems, {len(candidates)} mutants, {elapsed:.0f} s")
    print(f"{'language':<11} {'killed':>8} {'(n)':>5} {'passing':>8} {'(n)':>5} {'no-compile':>10}")
    for language, row in stats.items():
        print(
            f"{language:<11} {row['correctness_killed_ratio'] or 0:>8.1%} {row.get('correctness_total', 0):>5} "
            f"{row['readability_passing_ratio'] or 0:>8.1%} {row.get('readability_total', 0):>5} "
            f"{row.get('correctness_compile_error', 0):>10}"
        )
    print(json.dumps(mutant_operator_stats(candidates, executions), indent=1))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(stats, handle, indent=1)


if __name__ == "__main__":
    main()
