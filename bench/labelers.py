"""Static-labeling throughput: how many programs per second the analyzers label, and what a batch costs.

    .venv/bin/python -P bench/labelers.py [--batches 1,10,50,200,800]

Programs: every reference of our bundled seed set (all 8 languages, every tag), repeated to the largest batch.
- security: one `labelers.security.scan` call per batch (one semgrep call, plus one bandit call when the batch holds
  Python) — wall seconds and programs/s per batch size; the 1-program batch is the analyzers' start-up cost, which
  a build pays once per `batch_size` candidates.
  A batch of one language parses only that language's rule file(s): the last security line times 200 Python
  programs alone against 200 of all languages.
- hardening + readability: per program (tree-sitter, lizard, radon), programs/s per language.
Last line: security_programs_per_s=X (at the largest batch)  startup_s=X  readability_programs_per_s=X
The figures depend on the machine's load (printed before and after).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def seed_programs() -> list[tuple[str, str]]:
    """(language, code) of every reference in the bundled seed set."""
    from sources import load_source

    return [(problem.language, reference.code) for problem in load_source("seed") for reference in problem.references]


def time_security(programs: list[tuple[str, str]], batches: list[int]) -> dict[int, float]:
    """Wall seconds of one scan call per batch size."""
    from labelers.security import scan

    seconds = {}
    for size in batches:
        batch = (programs * (size // len(programs) + 1))[:size]
        started = time.perf_counter()
        scan(batch)
        seconds[size] = time.perf_counter() - started
        print(f"security  batch {size:5d}: {seconds[size]:7.2f} s  {size / seconds[size]:7.1f} programs/s", flush=True)
    return seconds


def time_static_per_program(programs: list[tuple[str, str]]) -> tuple[float, dict[str, float]]:
    """Programs per second of hardening counts + readability, overall and per language."""
    from labelers.hardening import hardening_counts
    from labelers.readability import readability_label

    spent: dict[str, float] = defaultdict(float)
    count: dict[str, int] = defaultdict(int)
    for language, code in programs:
        started = time.perf_counter()
        hardening_counts(code, language)
        readability_label(code, language)
        spent[language] += time.perf_counter() - started
        count[language] += 1
    per_language = {language: count[language] / spent[language] for language in sorted(spent)}
    for language, rate in per_language.items():
        print(f"readability+hardening {language:<11} {count[language]:4d} programs  {rate:7.1f} programs/s")
    return sum(count.values()) / sum(spent.values()), per_language


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", default="1,10,50,200,800", help="comma-separated batch sizes for the security scan")
    args = parser.parse_args()
    batches = sorted(int(size) for size in args.batches.split(","))
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    programs = seed_programs()
    print(f"{len(programs)} seed references in {len({language for language, _ in programs})} languages")
    security = time_security(programs, batches)
    python_only = [program for program in programs if program[0] == "Python"]
    print("one language (Python):")
    time_security(python_only, [200])
    readability, _ = time_static_per_program(programs)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    largest = batches[-1]
    startup = security[batches[0]] if batches[0] == 1 else float("nan")
    print(f"security_programs_per_s={largest / security[largest]:.1f}  startup_s={startup:.2f}  "
          f"readability_programs_per_s={readability:.1f}")


if __name__ == "__main__":
    main()
