"""NoFunEval runtime_efficiency: a slow CodeNet submission and its faster rewrite, with CodeNet cpu times.

Each row becomes a Python Problem with stdio tests from CodeNet's public test cases
(``codenet_public_test_cases.jsonl``) and two references, ``slow`` (source_code) and ``fast``
(target_code), each carrying its measured upstream CodeNet time in ``meta["cpu_time_ms"]``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from schemas import Problem, canonical_language
from sources.base import LoadContext, Row, need, read_jsonl, record, require_file

TASK_FILE = "runtime_efficiency.jsonl"
CASES_FILE = "codenet_public_test_cases.jsonl"


def codenet_cases(path: Path, context: LoadContext) -> dict[str, list[dict[str, Any]]]:
    """problem_id → stdio cases, validated row by row like any other upstream file."""
    cases: dict[str, list[dict[str, Any]]] = {}

    def convert(row: Row) -> list[None]:
        cases[need(row.data, "problem_id")] = [
            {"name": f"case-{need(case, 'index')}", "stdin": case["input"], "expected": case["output"]}
            for case in need(row.data, "cases")
        ]
        return []

    list(context.convert_rows(read_jsonl(require_file(path, "nofuneval-runtime")), convert))
    return cases


def load(path: Path, context: LoadContext, *, cases_path: str | Path | None = None) -> Iterator[Problem]:
    cases = codenet_cases(Path(cases_path) if cases_path else path / CASES_FILE, context)
    rows = read_jsonl(require_file(path / TASK_FILE, "nofuneval-runtime"))
    yield from context.convert_rows(rows, lambda row: convert(row, cases, context))


def convert(row: Row, cases: dict[str, list[dict[str, Any]]], context: LoadContext) -> list[Problem]:
    data = row.data
    problem_id = need(data, "problem_id")
    language = canonical_language(need(data, "pl"))
    if not context.keeps(language):
        return []
    if problem_id not in cases:
        raise ValueError(f"problem_id: {problem_id!r} has no CodeNet test cases in {CASES_FILE}")
    problem = {
        "id": f"nofuneval-runtime/{problem_id}",
        "source": "nofuneval-runtime",
        "language": language,
        "prompt": need(data, "base_prompt"),
        "tests": {"kind": "stdio", "cases": cases[problem_id], "compare": "tokens"},
        "references": [
            _reference("slow", need(data, "source_code"), need(data, "cpu_time_v0"), data.get("submission_id_v0")),
            _reference("fast", need(data, "target_code"), need(data, "cpu_time_v1"), None),
        ],
        "license": "MIT",
        "meta": {"codenet_problem_id": problem_id, "upstream_speedup": int(data["cpu_time_v0"]) / int(data["cpu_time_v1"])},
    }
    return [record(Problem, problem)]


def _reference(tag: str, code: str, cpu_time: str | int, submission: str | None) -> dict[str, Any]:
    meta: dict[str, Any] = {"cpu_time_ms": int(cpu_time), "measured_by": "CodeNet"}
    if submission:
        meta["submission_id"] = submission
    return {"tag": tag, "code": code, "meta": meta}
