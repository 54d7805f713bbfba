"""HumanEval-X and HumanEvalPack: 164 problems × (cpp, go, java, js, python, rust), harness tests.

References are complete programs (``prompt + canonical_solution``; for Go with a ``package main``
clause, since the upstream prompt starts at the imports), so a sandbox appends the test code
exactly as upstream does (layout in :mod:`sources.adapters.harness`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from schemas import Problem
from sources.adapters.harness import HUMANEVAL_X, harness_meta
from sources.base import LoadContext, Row, need, read_jsonl, record, require_file

# upstream file language → our benchmark string
LANGUAGES = {"cpp": "Cpp", "go": "Go", "java": "Java", "js": "JavaScript", "python": "Python", "rust": "Rust"}
DISPLAY = {"Cpp": "C++", "Go": "Go", "Java": "Java", "JavaScript": "JavaScript", "Python": "Python", "Rust": "Rust"}
LICENSES = {"humaneval-x": "Apache-2.0", "humanevalpack": "MIT"}


def _languages(languages: Iterable[str] | None) -> list[str]:
    if languages is None:
        return list(LANGUAGES)
    by_name = {**{k: k for k in LANGUAGES}, **{v.lower(): k for k, v in LANGUAGES.items()}, "c++": "cpp", "javascript": "js"}
    try:
        return [by_name[name.lower()] for name in languages]
    except KeyError as error:
        raise ValueError(f"unknown HumanEval-X language {error.args[0]!r}; known: {sorted(LANGUAGES)}") from None


def humaneval_x_rows(root: Path, languages: Iterable[str] | None = None) -> Iterator[Row]:
    for lang in _languages(languages):
        path = require_file(root / f"humaneval_{lang}.jsonl.gz", "humaneval-x")
        yield from read_jsonl(path, {"language": lang})


def humanevalpack_rows(root: Path, languages: Iterable[str] | None = None) -> Iterator[Row]:
    for lang in _languages(languages):
        path = require_file(root / lang / "humanevalpack.jsonl", "humanevalpack")
        yield from read_jsonl(path, {"language": lang})


def load_humaneval_x(path: Path, context: LoadContext, *, languages: Iterable[str] | None = None) -> Iterator[Problem]:
    rows = humaneval_x_rows(path, languages)
    yield from context.convert_rows(rows, lambda row: convert(row, context, "humaneval-x"))


def load_humanevalpack(path: Path, context: LoadContext, *, languages: Iterable[str] | None = None) -> Iterator[Problem]:
    rows = humanevalpack_rows(path, languages)
    yield from context.convert_rows(rows, lambda row: convert(row, context, "humanevalpack"))


def convert(row: Row, context: LoadContext, source: str) -> list[Problem]:
    data = row.data
    language = LANGUAGES[row.hints.get("language") or need(data, "task_id").split("/")[0].lower()]
    if not context.keeps(language):
        return []
    number = need(data, "task_id").split("/")[-1]
    code_prompt = need(data, "prompt")
    references = [{"tag": "canonical", "code": program(language, code_prompt, need(data, "canonical_solution"))}]
    meta: dict[str, Any] = {
        "task_id": data["task_id"],
        "code_prompt": code_prompt,
        "harness": harness_meta(HUMANEVAL_X, language, source),
    }
    if source == "humanevalpack":
        references.append(
            {
                "tag": "buggy",
                "code": program(language, code_prompt, need(data, "buggy_solution")),
                "meta": {"bug_type": data.get("bug_type"), "failure_symptoms": data.get("failure_symptoms")},
            }
        )
        meta["bug_type"] = data.get("bug_type")
        meta["failure_symptoms"] = data.get("failure_symptoms")
    problem = {
        "id": f"{source}/{number}",
        "source": source,
        "language": language,
        "prompt": data.get("instruction") or instruction(language, code_prompt),
        "entry_point": data.get("entry_point") or None,
        "signature": data.get("signature") or None,
        "tests": {"kind": "harness", "code": harness_code(language, data)},
        "references": references,
        "license": LICENSES[source],
        "meta": meta,
    }
    return [record(Problem, problem)]


def program(language: str, code_prompt: str, body: str) -> str:
    """A complete solution file: the upstream prompt with the body; Go gets its package clause."""
    text = code_prompt + body
    if language == "Go":
        text = "package main\n\n" + text.lstrip("\n")
    return text


def harness_code(language: str, data: dict[str, Any]) -> str:
    """The upstream test code; Go's ``test_setup`` (package clause + imports) heads its own test file."""
    test = need(data, "test")
    if language == "Go":
        return need(data, "test_setup") + "\n" + test
    return test


def instruction(language: str, code_prompt: str) -> str:
    name = DISPLAY[language]
    return f"Complete the following {name} code. Return the complete {name} program.\n\n```\n{code_prompt.rstrip()}\n```"
