"""Every adapter on the real public files in ../shared/data: counts, references, harness metadata."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest

from schemas import Aspect, Language, Pair
from sources import SOURCES, load_source
from sources.stats import summarize


def _load(name, shared_data, path=None, **options):
    records = load_source(name, shared_data / (path or SOURCES[name].default_path), **options)
    return list(records), records


def _by_language(problems):
    return dict(Counter(problem.language for problem in problems))


def test_humaneval_x_has_164_per_language_and_drops_rust(shared_data):
    problems, loaded = _load("humaneval-x", shared_data)
    assert _by_language(problems) == {lang: 164 for lang in ("Cpp", "Go", "Java", "JavaScript", "Python")}
    assert loaded.dropped_languages == {"Rust": 164} and loaded.skipped == 0
    assert len({problem.key for problem in problems}) == 820
    assert len({problem.id for problem in problems}) == 164  # ids are shared across languages
    go = next(p for p in problems if p.key == "humaneval-x/0@Go")
    assert go.references[0].code.startswith("package main\n") and "func HasCloseElements" in go.references[0].code
    assert go.tests.code.startswith("package main") and "func TestHasCloseElements" in go.tests.code
    assert go.meta["harness"]["test_file"] == "main_test.go"
    java = next(p for p in problems if p.key == "humaneval-x/0@Java")
    assert "class Solution" in java.references[0].code and "public class Main" in java.tests.code


def test_humanevalpack_adds_buggy_references_with_bug_type(shared_data):
    problems, _ = _load("humanevalpack", shared_data, languages=["python", "cpp"])
    assert _by_language(problems) == {"Python": 164, "Cpp": 164}
    stats = summarize(problems)
    assert stats["references_by_tag"]["buggy"] == {"Cpp": 164, "Python": 164}
    first = problems[0]
    assert first.meta["bug_type"] == "missing logic"
    assert first.references_tagged("buggy")[0].code != first.references_tagged("canonical")[0].code
    assert first.prompt.startswith("Write a Python function")


def test_mbxp_counts_and_canonical_references(shared_data):
    problems, loaded = _load("mbxp", shared_data)
    assert _by_language(problems) == {
        "CSharp": 968, "Cpp": 848, "Go": 939, "Java": 966, "JavaScript": 966, "Python": 974, "Ruby": 966
    }
    assert loaded.dropped_languages == {"PHP": 966, "TypeScript": 968}
    canonical = summarize(problems)["references_by_tag"]["canonical"]
    assert canonical == {"CSharp": 725, "Cpp": 773, "Java": 874, "JavaScript": 938, "Python": 974, "Ruby": 784}
    python = next(p for p in problems if p.key == "mbxp/1@Python")
    assert python.tests.code.rstrip().endswith("check(min_cost)")


def test_mxeval_multilingual_humaneval_has_no_solutions(shared_data):
    problems, loaded = _load("mxeval-humaneval", shared_data)
    assert _by_language(problems) == {"CSharp": 161, "Go": 160, "Java": 161, "JavaScript": 161, "Ruby": 161}
    assert loaded.dropped_languages == {"PHP": 161, "TypeScript": 161}
    assert all(not problem.references for problem in problems)


def test_exercism_c_bundles_unity_and_the_exercise_header(shared_data):
    problems, _ = _load("exercism-c", shared_data)
    assert len(problems) == 85 and _by_language(problems) == {"C": 85}
    acronym = next(p for p in problems if p.id == "exercism-c/acronym")
    files = acronym.tests.extra_files
    assert {"test-framework/unity.c", "test-framework/unity.h", "test-framework/unity_internals.h", "acronym.h"} <= set(files)
    assert acronym.meta["harness"]["solution_file"] == "acronym.c"
    assert "TEST_IGNORE();" in acronym.tests.code  # upstream test kept as is; the sandbox strips it
    assert acronym.tests.test_names[:2] == ["test_null_string", "test_empty_string"]
    # the header the tests compile against is the example's when the stub's is incomplete
    base = next(p for p in problems if p.id == "exercism-c/all-your-base")
    assert "size_t rebase(" in base.tests.extra_files["all_your_base.h"]


def test_nofuneval_runtime_pairs_carry_codenet_times_and_stdio_cases(shared_data):
    problems, _ = _load("nofuneval-runtime", shared_data)
    assert len(problems) == 113
    for problem in problems:
        assert problem.tests.kind == "stdio" and len(problem.tests.cases) >= 3
        assert isinstance(problem.references_tagged("slow")[0].meta["cpu_time_ms"], int)
        assert isinstance(problem.references_tagged("fast")[0].meta["cpu_time_ms"], int)
    first = problems[0]
    assert first.references_tagged("slow")[0].meta["cpu_time_ms"] == 433
    assert first.references_tagged("fast")[0].meta["cpu_time_ms"] == 334


def test_enamel_has_efficient_and_canonical_references_with_generators(shared_data):
    problems, _ = _load("enamel", shared_data)
    assert len(problems) == 164
    stats = summarize(problems)["references_by_tag"]
    assert stats == {"canonical": {"Python": 164}, "efficient": {"Python": 164}}
    enamel = problems[0].meta["enamel"]
    assert enamel["input_levels"] == [20, 100, 10000, 15000]
    assert "def generate_input" in enamel["input_generator"] and "def __check" in enamel["checker"]


def test_safecoder_pairs_prefer_the_fix(shared_data):
    pairs, loaded = _load("safecoder", shared_data)
    assert len(pairs) == 547 and all(isinstance(pair, Pair) for pair in pairs)
    assert loaded.filtered == {"unchanged_function": 1}
    assert {pair.aspect for pair in pairs} == {Aspect.Security_Hardness}
    assert Counter(pair.language for pair in pairs)[Language.Python] == 184
    assert len({pair.idx for pair in pairs}) == 547
    problems, _ = _load("safecoder", shared_data, as_problems=True)
    assert len(problems) == 547 and len({p.key for p in problems}) == 547
    insecure = problems[0].references_tagged("insecure")[0]
    assert insecure.cwe == "CWE-338" and problems[0].tests is None
    assert insecure.code == pairs[0].rejected and problems[0].references_tagged("secure")[0].code == pairs[0].chosen


def test_cyberseceval_gives_insecure_references_with_cwe(shared_data):
    problems, loaded = _load("cyberseceval", shared_data)
    assert _by_language(problems) == {"C": 227, "CSharp": 235, "Cpp": 259, "Java": 229, "JavaScript": 249, "Python": 351}
    assert loaded.dropped_languages == {"PHP": 162, "Rust": 204}
    assert all(p.tests is None and p.references[0].tag == "insecure" and p.references[0].cwe for p in problems)


def _runs(code: str) -> bool:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60).returncode == 0


@pytest.mark.parametrize("source", ["humanevalpack", "mbxp"])
def test_python_references_behave_under_the_harness_contract(shared_data, source):
    """A real run of a sample: reference + "\n" + test code; canonical passes, buggy fails."""
    problems, _ = _load(source, shared_data, languages=["python"])
    for problem in problems[:: len(problems) // 6][:6]:
        assert _runs(problem.references_tagged("canonical")[0].code + "\n" + problem.tests.code), problem.key
        for buggy in problem.references_tagged("buggy"):
            assert not _runs(buggy.code + "\n" + problem.tests.code), problem.key
