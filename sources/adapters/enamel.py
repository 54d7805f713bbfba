"""ENAMEL: HumanEval problems with expert ``efficient`` references and the inputs to time them on.

The tests are the original HumanEval ``check`` (openai-human-eval), the ``canonical`` reference
is HumanEval's; ``meta["enamel"]`` keeps ENAMEL's ``generate_input(size, lid, cid)`` source, the
``input_levels`` sizes (the last levels are the large inputs) and the output checker, so a
harness can generate and time large inputs.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from schemas import Problem
from sources.base import LoadContext, Row, need, read_jsonl, record, require_file

HUMANEVAL = Path("openai-human-eval") / "HumanEval.jsonl.gz"


def csv_rows(path: Path) -> Iterator[Row]:
    csv.field_size_limit(sys.maxsize)  # generators and solutions are long fields
    with open(require_file(path, "enamel"), newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        for data in reader:
            yield Row(f"{path}:{reader.line_num}", dict(data))


def humaneval(path: Path) -> dict[str, dict[str, Any]]:
    return {row.data["task_id"]: row.data for row in read_jsonl(require_file(path, "enamel (HumanEval tests)"))}


def load(path: Path, context: LoadContext, *, humaneval_path: str | Path | None = None) -> Iterator[Problem]:
    from sources.registry import data_root

    originals = humaneval(Path(humaneval_path) if humaneval_path else data_root() / HUMANEVAL)
    yield from context.convert_rows(csv_rows(path), lambda row: convert(row, originals))


def convert(row: Row, originals: dict[str, dict[str, Any]]) -> list[Problem]:
    data = row.data
    task_id = need(data, "task_id")
    if task_id not in originals:
        raise ValueError(f"task_id: {task_id!r} is not in HumanEval")
    original = originals[task_id]
    entry_point = need(data, "entry_point")
    prompt = need(data, "prompt").rstrip("\n") + "\n"
    levels = [int(size) for size in need(data, "input_levels").split()]
    problem = {
        "id": f"enamel/{task_id.split('/')[-1]}",
        "source": "enamel",
        "language": "Python",
        "prompt": f"Complete the following Python function as efficiently as possible.\n\n```python\n{prompt.rstrip()}\n```",
        "entry_point": entry_point,
        "tests": {"kind": "harness", "code": f"{original['test']}\ncheck({entry_point})\n"},
        "references": [
            {"tag": "efficient", "code": prompt + need(data, "reference_solution"), "note": "ENAMEL expert solution"},
            {"tag": "canonical", "code": original["prompt"] + original["canonical_solution"]},
        ],
        "license": "Apache-2.0",
        "meta": {
            "task_id": task_id,
            "code_prompt": prompt,
            "harness": {"layout": "humaneval", "solution_file": "main.py", "test_file": "main.py", "run": "script"},
            "enamel": {
                "input_generator": need(data, "input_generator"),
                "input_levels": levels,
                "checker": need(data, "checker"),
            },
        },
    }
    return [record(Problem, problem)]
