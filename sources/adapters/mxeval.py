"""mxeval: MBXP (MBPP in many languages) and multilingual HumanEval — prompt, harness test, maybe a solution.

mxeval runs ``prompt + completion + "\\n" + test`` in one file; for Python the test only
defines ``check`` and mxeval appends ``check(entry_point)``, which we put in the test code so
every language has self-running tests.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from schemas import Problem, canonical_language
from sources.adapters.harness import MXEVAL, harness_meta
from sources.base import LoadContext, Row, need, read_jsonl, record, require_file

DISPLAY = {"Cpp": "C++", "CSharp": "C#"}
LICENSES = {"mbxp": "CC-BY-4.0", "mxeval-humaneval": "MIT"}


def _files(root: Path, languages: Iterable[str] | None, what: str) -> list[tuple[str, Path]]:
    """(language, file) from the folder's metadata.json, restricted to ``languages`` if given."""
    metadata = json.loads(require_file(root / "metadata.json", what).read_text())
    wanted = {canonical_language(name) for name in languages} if languages is not None else None
    files = []
    for upstream, filename in metadata.items():
        language = canonical_language(upstream)
        path = root / filename
        if (wanted is None or language in wanted) and path.exists():  # metadata lists sets not shipped here
            files.append((language, path))
    return files


def mbxp_rows(root: Path, languages: Iterable[str] | None = None) -> Iterator[Row]:
    for language, path in _files(root, languages, "mbxp"):
        yield from read_jsonl(path, {"language": language})


def load_mbxp(path: Path, context: LoadContext, *, languages: Iterable[str] | None = None) -> Iterator[Problem]:
    rows = mbxp_rows(path, languages)
    yield from context.convert_rows(rows, lambda row: convert(row, context, "mbxp"))


def load_multilingual_humaneval(
    path: Path, context: LoadContext, *, languages: Iterable[str] | None = None
) -> Iterator[Problem]:
    rows = mbxp_rows(path, languages)
    yield from context.convert_rows(rows, lambda row: convert(row, context, "mxeval-humaneval"))


def convert(row: Row, context: LoadContext, source: str) -> list[Problem]:
    data = row.data
    language = row.hints.get("language") or canonical_language(need(data, "language"))
    if not context.keeps(language):
        return []
    code_prompt = need(data, "prompt")
    entry_point = need(data, "entry_point")
    number = need(data, "task_id").split("/")[-1]
    references = []
    if data.get("canonical_solution"):
        references.append({"tag": "canonical", "code": code_prompt + data["canonical_solution"]})
    description = data.get("description") or ""
    problem = {
        "id": f"{source}/{number}",
        "source": source,
        "language": language,
        "prompt": instruction(language, description, code_prompt),
        "entry_point": entry_point,
        "tests": {"kind": "harness", "code": test_code(language, need(data, "test"), entry_point)},
        "references": references,
        "license": LICENSES[source],
        "meta": {"task_id": data["task_id"], "code_prompt": code_prompt, "harness": harness_meta(MXEVAL, language, "mxeval")},
    }
    return [record(Problem, problem)]


def test_code(language: str, test: str, entry_point: str) -> str:
    if language == "Python":
        return f"{test}\ncheck({entry_point})\n"
    return test


def instruction(language: str, description: str, code_prompt: str) -> str:
    name = DISPLAY.get(language, language)
    head = f"{description.strip()}\n\n" if description.strip() else ""
    return f"{head}Complete the following {name} code. Return the complete {name} program.\n\n```\n{code_prompt.rstrip()}\n```"

