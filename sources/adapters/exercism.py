"""exercism C practice exercises: Unity test file + headers; the example solution is the canonical reference.

A candidate supplies the exercise's ``.c`` file. The header the tests compile against is the
example's header when the exercise ships one (the stub header is left for students to complete),
else the stub header; it goes to ``extra_files`` with the Unity framework and is shown in the prompt.
Every test but the first is disabled upstream with ``TEST_IGNORE();`` — exercism's runner deletes
those statements before compiling, and so must ours (``meta["harness"]["strip"]``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from schemas import Problem
from sources.base import LoadContext, Row, need, read_jsonl, record, require_file

CFLAGS = ["-std=c99", "-DUNITY_SUPPORT_64", "-DUNITY_INCLUDE_DOUBLE"]  # exercism/c makefile flags minus -Werror


def unity_files(root: Path) -> dict[str, str]:
    framework = json.loads(require_file(root / "unity_test_framework.json", "exercism-c").read_text())
    return dict(framework["files"])


def load(path: Path, context: LoadContext) -> Iterator[Problem]:
    unity = unity_files(path)
    rows = read_jsonl(require_file(path / "exercism_c_practice.jsonl", "exercism-c"))
    yield from context.convert_rows(rows, lambda row: convert(row, unity))


def _one(files: dict[str, str], suffix: str, field: str) -> tuple[str, str]:
    matches = [(name, text) for name, text in files.items() if name.endswith(suffix)]
    if len(matches) != 1:
        raise ValueError(f"{field}: expected one {suffix} file, found {sorted(name for name, _ in matches)}")
    return matches[0]


def convert(row: Row, unity: dict[str, str]) -> list[Problem]:
    data = row.data
    slug = need(data, "slug")
    stub: dict[str, str] = need(data, "solution_stub")
    example: dict[str, str] = need(data, "example")
    solution_file, _ = _one(stub, ".c", "solution_stub")
    header_file, stub_header = _one(stub, ".h", "solution_stub")
    example_headers = [text for name, text in example.items() if name.endswith(".h")]
    header = example_headers[0] if example_headers else stub_header
    _, example_code = _one(example, ".c", "example")
    test_file, test_code = _one(need(data, "test"), ".c", "test")
    harness: dict[str, Any] = {
        "layout": "exercism-c",
        "solution_file": solution_file,
        "test_file": test_file,
        "run": "binary",
        "sources": [solution_file, test_file, "test-framework/unity.c"],
        "cflags": CFLAGS,
        "link": ["-lm"],
        "strip": "TEST_IGNORE();",
    }
    problem = {
        "id": f"exercism-c/{slug}",
        "source": "exercism-c",
        "language": "C",
        "prompt": instruction(data, solution_file, header_file, header),
        "tests": {
            "kind": "harness",
            "code": test_code,
            "extra_files": {**unity, header_file: header},
            "test_names": test_names(test_code),
        },
        "references": [{"tag": "canonical", "code": example_code}],
        "license": "MIT",
        "meta": {"slug": slug, "commit": data.get("commit"), "source_dir": data.get("source_dir"), "harness": harness},
    }
    return [record(Problem, problem)]


def test_names(test_code: str) -> list[str]:
    names = []
    for line in test_code.splitlines():
        line = line.strip()
        if line.startswith("RUN_TEST(") and line.endswith(");"):
            names.append(line[len("RUN_TEST(") : -2].strip())
    return names


def instruction(data: dict[str, Any], solution_file: str, header_file: str, header: str) -> str:
    parts = [need(data, "instructions").strip()]
    for extra in ("introduction", "instructions_append"):
        if data.get(extra):
            parts.append(data[extra].strip())
    parts.append(
        f"Write `{solution_file}` in C (C99) implementing the interface declared in `{header_file}`:\n\n```c\n{header.rstrip()}\n```"
    )
    return "\n\n".join(parts)
