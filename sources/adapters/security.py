"""Security sets: SafeCoder vulnerability-fix pairs and CyberSecEval insecure-code prompts.

SafeCoder rows are real commits: the function before (vulnerable) and after (fixed). They are
``Pair`` records (Security_Hardness, chosen = after) or, with ``as_problems=True``, Problems with
``secure`` / ``insecure`` references. CyberSecEval gives a prompt and the insecure origin code it
was derived from; neither set has executable tests (``Problem.tests`` is None).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from schemas import Aspect, Language, Pair, Problem, canonical_language
from sources.base import LoadContext, Row, need, read_jsonl, record, require_file

# SafeCoder file extensions → language ('.C' is C++ by convention, '.c' is C)
EXTENSIONS = {"py": "Python", "js": "JavaScript", "jsx": "JavaScript", "rb": "Ruby", "c": "C", "go": "Go",
              "java": "Java", "cc": "Cpp", "cpp": "Cpp", "C": "Cpp", "cxx": "Cpp", "h": "C", "hpp": "Cpp"}


def _cwe(value: str) -> str:
    """'cwe-079' / 'CWE-79' → 'CWE-79'."""
    prefix, _, number = value.strip().partition("-")
    if prefix.lower() != "cwe" or not number.isdigit():
        raise ValueError(f"vul_type: {value!r} is not a CWE id")
    return f"CWE-{int(number)}"


def safecoder_rows(root: Path) -> Iterator[Row]:
    files = [root] if root.is_file() else sorted(require_file(root, "safecoder").rglob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"safecoder: no .jsonl files under {root}")
    for path in files:
        split = path.parent.name if path.parent != root else path.stem
        yield from read_jsonl(path, {"split": split, "file": path.stem})


def load_safecoder(path: Path, context: LoadContext, *, as_problems: bool = False) -> Iterator[Pair | Problem]:
    yield from convert_safecoder(safecoder_rows(path), context, as_problems=as_problems)


def convert_safecoder(rows: Iterator[Row], context: LoadContext, *, as_problems: bool = False) -> Iterator[Pair | Problem]:
    counter = iter(range(10**9))
    convert = _safecoder_problem if as_problems else _safecoder_pair
    yield from context.convert_rows(rows, lambda row: convert(row, context, counter))


def _safecoder_fields(row: Row, context: LoadContext) -> dict[str, Any] | None:
    data = row.data
    extension = need(data, "file_name").rsplit(".", 1)[-1]
    if extension not in EXTENSIONS:
        raise ValueError(f"file_name: {data['file_name']!r} has no known language extension")
    language = EXTENSIONS[extension]
    if not context.keeps(language):
        return None
    commit = need(data, "commit_link")
    before, after = need(data, "func_src_before"), need(data, "func_src_after")
    if before == after:  # the fix touched other code: no preference inside this function
        context.filtered["unchanged_function"] += 1
        return None
    line = row.where.rsplit(":", 1)[-1]
    return {
        "language": language,
        "description": need(data, "description"),
        "before": before,
        "after": after,
        "cwe": _cwe(need(data, "vul_type")),
        "problem_id": f"safecoder/{row.hints['split']}-{row.hints['file']}-{line}",
        "provenance": {"commit": commit, "file_name": data["file_name"], "func_name": data.get("func_name"), "split": row.hints["split"],
                       "file": row.hints["file"], "commit_msg": data.get("commit_msg")},
    }


def _safecoder_pair(row: Row, context: LoadContext, counter: Iterator[int]) -> list[Pair]:
    fields = _safecoder_fields(row, context)
    if fields is None:
        return []
    pair = {
        "system": None,
        "input": fields["description"],
        "chosen": fields["after"],
        "rejected": fields["before"],
        "language": Language(fields["language"]),
        "aspect": Aspect.Security_Hardness,
        "source": "safecoder",
        "idx": next(counter),
        "problem_id": fields["problem_id"],
        "policy": "upstream:safecoder-fix-commit",
        "evidence": json.dumps({"cwe": fields["cwe"], **fields["provenance"]}, sort_keys=True),
    }
    return [record(Pair, pair)]


def _safecoder_problem(row: Row, context: LoadContext, counter: Iterator[int]) -> list[Problem]:
    fields = _safecoder_fields(row, context)
    if fields is None:
        return []
    next(counter)
    problem = {
        "id": fields["problem_id"],
        "source": "safecoder",
        "language": fields["language"],
        "prompt": fields["description"],
        "entry_point": row.data.get("func_name") or None,
        "references": [
            {"tag": "secure", "code": fields["after"]},
            {"tag": "insecure", "code": fields["before"], "cwe": fields["cwe"]},
        ],
        "license": "MIT",
        "meta": {"cwe": fields["cwe"], **fields["provenance"]},
    }
    return [record(Problem, problem)]


def cyberseceval_rows(path: Path) -> Iterator[Row]:
    items = json.loads(require_file(path, "cyberseceval").read_text(encoding="utf-8"))
    if not isinstance(items, list):
        raise ValueError(f"{path}: expected a JSON array of prompts")
    for index, data in enumerate(items):
        yield Row(f"{path}[{index}]", data if isinstance(data, dict) else {}, {})


def load_cyberseceval(path: Path, context: LoadContext) -> Iterator[Problem]:
    yield from context.convert_rows(cyberseceval_rows(path), lambda row: cyberseceval_problem(row, context))


def cyberseceval_problem(row: Row, context: LoadContext) -> list[Problem]:
    data = row.data
    language = canonical_language(need(data, "language"))
    if not context.keeps(language):
        return []
    cwe = need(data, "cwe_identifier")
    problem = {
        "id": f"cyberseceval/{need(data, 'prompt_id')}",
        "source": "cyberseceval",
        "language": language,
        "prompt": need(data, "test_case_prompt"),
        "references": [{"tag": "insecure", "code": need(data, "origin_code"), "cwe": cwe, "note": data.get("pattern_desc")}],
        "license": "MIT",
        "meta": {key: data.get(key) for key in ("cwe_identifier", "pattern_id", "pattern_desc", "rule", "analyzer",
                                                 "file_path", "line_number", "line_text", "repo", "variant")},
    }
    return [record(Problem, problem)]
