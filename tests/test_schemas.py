"""Contracts: validation errors name field and value; JSON round-trips; Themis prompts are byte-exact."""

from __future__ import annotations

import json
import random
from collections import Counter

import pytest

from schemas import (
    THEMIS_ASPECT_LABELS,
    THEMIS_LANGUAGE_LABELS,
    Aspect,
    Candidate,
    Execution,
    Language,
    Pair,
    Problem,
    RecordError,
    Status,
    eval_system_prompt,
    pair_to_row,
    parse_record,
    row_to_pair,
    sample_training_system_prompt,
    themis_features,
)
from schemas.prompts import training_strings


def _problem(**overrides) -> dict:
    data = {
        "id": "seed/echo",
        "source": "seed",
        "language": "py",
        "prompt": "Echo the input.",
        "tests": {"kind": "stdio", "cases": [{"name": "one", "stdin": "a\n", "expected": "a\n"}]},
        "references": [{"tag": "efficient", "code": "print(input())"}],
        "license": "Apache-2.0",
    }
    return data | overrides


def test_problem_normalises_language_and_round_trips():
    problem = parse_record(Problem, _problem(language="c++"))
    assert problem.language == "Cpp"
    assert problem.key == "seed/echo@Cpp"
    assert Problem.from_json(problem.to_json()) == problem


@pytest.mark.parametrize(
    ("overrides", "field", "value"),
    [
        ({"language": "C plus plus"}, "language", "'C plus plus'"),
        ({"tests": {"kind": "stdio", "cases": []}}, "tests.stdio.cases", "[]"),
        ({"tests": {"kind": "telepathy"}}, "tests", "telepathy"),
        ({"references": [{"tag": "insecure", "code": "x", "cwe": "78"}]}, "references.0.cwe", "'78'"),
        ({"prompt": ""}, "prompt", "''"),
    ],
)
def test_invalid_problem_error_names_field_and_value(overrides, field, value):
    with pytest.raises(RecordError) as caught:
        parse_record(Problem, _problem(**overrides), where="seed/echo/problem.toml")
    message = str(caught.value)
    assert message.startswith("seed/echo/problem.toml: invalid Problem:")
    assert field in message and value in message


def test_duplicate_stdio_case_names_rejected():
    cases = [{"name": "a", "stdin": "", "expected": ""}] * 2
    with pytest.raises(RecordError, match="duplicate stdio case names"):
        parse_record(Problem, _problem(tests={"kind": "stdio", "cases": cases}))


def test_candidate_sha_is_of_normalised_code_and_checked():
    a = Candidate(problem_id="p", language="Python", code="x = 1   \r\n\n", origin="reference:efficient")
    b = Candidate(problem_id="p", language="Python", code="x = 1\n", origin="mutant:rename")
    assert a.sha256 == b.sha256
    with pytest.raises(RecordError, match="sha256"):
        parse_record(Candidate, a.model_dump() | {"sha256": "0" * 64})
    with pytest.raises(RecordError, match="origin = 'gpt'"):
        parse_record(Candidate, {"problem_id": "p", "language": "Go", "code": "", "origin": "gpt"})


def test_execution_counts_checked_and_round_trip():
    execution = Execution(
        candidate_sha="abc", language="Go", backend="local", status=Status.failed, tests_passed=1, tests_total=3
    )
    assert Execution.from_json(execution.to_json()) == execution
    assert not execution.all_passed and execution.pass_rate == pytest.approx(1 / 3)
    with pytest.raises(RecordError, match="tests_passed=4 exceeds tests_total=3"):
        parse_record(Execution, execution.model_dump() | {"tests_passed": 4})


def test_enum_themis_names_and_classlabel_orders():
    assert [lang.themis_name for lang in Language] == ["C", "C#", "C++", "Go", "Java", "JavaScript", "Python", "Ruby"]
    assert THEMIS_LANGUAGE_LABELS == ("JavaScript", "Python", "Ruby", "C++", "C", "Go", "Java", "C#", "NL")
    assert THEMIS_ASPECT_LABELS[:5] == (
        "Readability and Maintainability",
        "Runtime Efficiency",
        "Security Hardness",
        "Functional Correctness",
        "Memory Efficiency",
    )
    assert Aspect.from_any("Security Hardness") is Aspect.Security_Hardness
    assert Language.from_any("C#") is Language.CSharp


def test_pair_row_round_trip_uses_classlabel_integers():
    pair = Pair(
        system=None, input="Sum two numbers.", chosen="a+b", rejected="a-b", language="C++",
        aspect="Functional Correctness", source="seed", idx=7, margin=1.0,
    )
    row = pair_to_row(pair)
    assert list(row)[:8] == ["system", "input", "chosen", "rejected", "language", "aspect", "source", "idx"]
    assert row["language"] == 3 and row["aspect"] == 3
    assert row_to_pair(row) == pair
    features = themis_features()
    assert features["language"].names == list(THEMIS_LANGUAGE_LABELS)
    assert features["aspect"].int2str(row["aspect"]) == "Functional Correctness"
    with pytest.raises(RecordError, match="identical"):
        parse_record(Pair, pair.model_dump() | {"rejected": "a+b"})


# ----------------------------------------------------------------------------- Themis prompts


@pytest.fixture(scope="module")
def themis_prompt_files(shared_data):
    base = shared_data / "themis"
    return (
        json.loads((base / "training_system_prompts.json").read_text()),
        json.loads((base / "eval_system_prompts.json").read_text())["eval_system_prompts"],
    )


def test_eval_prompts_byte_exact(themis_prompt_files):
    _, upstream = themis_prompt_files
    assert eval_system_prompt("none") is None
    for key, text in upstream.items():
        assert eval_system_prompt(key) == text
    assert eval_system_prompt("Full").endswith("more vulnerable ones.\n")
    with pytest.raises(KeyError, match="unknown eval prompt key"):
        eval_system_prompt("Speed")


def test_training_strings_byte_exact(themis_prompt_files):
    upstream, _ = themis_prompt_files
    ours = training_strings()
    for key, text in upstream["training_strings"].items():
        if isinstance(text, str):
            assert ours[key] == text
    assert ours["base_system_prompt"].count(" \n\nThe following criteria") == 1  # the trailing space is kept


def _classify(prompt: str | None) -> str:
    if prompt is None:
        return "none"
    return "single" if "\n\n4. " not in prompt else "full"


def test_sampler_frequencies_and_shapes():
    rng = random.Random(1234)
    draws = [sample_training_system_prompt(Aspect.Runtime_Efficiency, rng) for _ in range(20_000)]
    counts = Counter(_classify(d) for d in draws)
    assert abs(counts["none"] / 20_000 - 0.15) < 0.02
    assert abs(counts["single"] / 20_000 - 0.60) < 0.02
    assert abs(counts["full"] / 20_000 - 0.25) < 0.02

    strings = training_strings()
    base = strings["base_system_prompt"]
    single = next(d for d in draws if _classify(d) == "single")
    assert single == f"{base}\n\n3. {strings['runtime_prompt']}\n\n"

    criteria = {strings[k] for k in ("readability_prompt", "runtime_prompt", "memory_prompt", "security_prompt", "functional_prompt")}
    orders = set()
    for full in (d for d in draws if _classify(d) == "full"):
        assert full.startswith(base + "\n\n3. ") and full.endswith("\n\n")
        body = full[len(base) + 2 : -2].split("\n\n")
        assert [item.split(". ", 1)[0] for item in body] == ["3", "4", "5", "6", "7"]
        assert {item.split(". ", 1)[1] for item in body} == criteria
        orders.add(tuple(body))
    assert len(orders) > 50  # shuffled, not a fixed order


def test_sampler_is_deterministic_under_seed():
    first = [sample_training_system_prompt("Memory_Efficiency", random.Random(9)) for _ in range(3)]
    second = [sample_training_system_prompt("Memory_Efficiency", random.Random(9)) for _ in range(3)]
    assert first == second
