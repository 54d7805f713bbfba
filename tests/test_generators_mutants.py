"""Tree-sitter mutants: every language, both categories, parsing, deterministic, safe renaming, measured kill/pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from generators import generate, mutant_stats
from generators.mutants import OPERATORS, mutate_reference
from generators.spec import CORRECTNESS_OPERATORS, READABILITY_OPERATORS, MutantSpec
from labelers.grammars import has_errors, parse
from labelers.tools import SOURCE_FILES
from schemas import Problem, Reference, StdioCase, StdioTests

DATA = Path(__file__).parent / "data" / "generators"
FILES = SOURCE_FILES
# "n k / n integers" → count and sum of the values above k
CASES = [
    StdioCase(name="sample", stdin="5 2\n1 2 3 4 5\n", expected="3 12\n"),
    StdioCase(name="empty", stdin="0 3\n\n", expected="0 0\n"),
    StdioCase(name="negatives", stdin="4 0\n-1 5 0 7\n", expected="2 12\n"),
    StdioCase(name="boundary", stdin="3 10\n10 11 9\n", expected="1 11\n"),
]


def count_big_problem(language: str) -> Problem:
    code = (DATA / FILES[language]).read_text(encoding="utf-8")
    return Problem(
        id="test/count-big",
        source="test",
        language=language,
        prompt="Count the values above k and sum them.",
        tests=StdioTests(cases=CASES),
        references=[Reference(tag="efficient", code=code)],
        license="Apache-2.0",
    )


@pytest.mark.parametrize("language", sorted(FILES))
def test_every_operator_applies_and_every_mutant_parses(language: str) -> None:
    problem = count_big_problem(language)
    mutants = mutate_reference(problem, problem.references[0], MutantSpec(max_per_operator=3))
    operators = {m.params["operator"] for m in mutants}
    assert set(READABILITY_OPERATORS) <= operators
    assert len(operators & set(CORRECTNESS_OPERATORS)) >= 5  # Go's multi-value return has no replacement
    for mutant in mutants:
        assert mutant.origin == f"mutant:{mutant.params['operator']}"
        assert mutant.params["category"] == OPERATORS[mutant.params["operator"]]
        assert mutant.code != problem.references[0].code
        assert not has_errors(parse(mutant.code, language)), mutant.params
        assert "location" in mutant.params and mutant.params["parses"] is True
    assert len({m.sha256 for m in mutants}) == len(mutants)
    per_operator = {}
    for mutant in mutants:
        per_operator[mutant.params["operator"]] = per_operator.get(mutant.params["operator"], 0) + 1
    assert max(per_operator.values()) <= 3


def test_mutants_are_deterministic_under_a_seed() -> None:
    problem = count_big_problem("Python")
    first = mutate_reference(problem, problem.references[0], MutantSpec(seed=7))
    again = mutate_reference(problem, problem.references[0], MutantSpec(seed=7))
    other = mutate_reference(problem, problem.references[0], MutantSpec(seed=8))
    assert [m.code for m in first] == [m.code for m in again]
    assert [m.code for m in first] != [m.code for m in other]


def test_correctness_locations_point_at_the_change() -> None:
    problem = count_big_problem("C")
    spec = MutantSpec(operators=["flip_comparison"], max_per_operator=10)
    for mutant in mutate_reference(problem, problem.references[0], spec):
        location = mutant.params["location"]
        line = mutant.code.splitlines()[location["line"] - 1]
        assert location["to"] in line and location["from"] in location["before"]


def _renamed(code: str, language: str) -> str:
    problem = count_big_problem(language).model_copy(update={"references": [Reference(tag="efficient", code=code)]})
    mutants = mutate_reference(problem, problem.references[0], MutantSpec(operators=["rename_identifiers"]))
    return mutants[0].code if mutants else code


def test_rename_leaves_fields_keywords_and_globals_alone() -> None:
    python = (
        "import sys\n\nlimit = 10\n\n\ndef scale(point, factor=2):\n"
        "    total = point.total * factor\n    return dict(total=total, limit=limit)\n\n\n"
        "print(scale(sys, factor=3))\n"
    )
    renamed = _renamed(python, "Python")
    assert "point.total" not in renamed and ".total *" in renamed  # the attribute keeps its name
    assert "dict(total=" in renamed  # the keyword argument is not a variable; `total` is left alone
    assert "factor=3" in renamed and "factor=2" in renamed  # a parameter passed by keyword keeps its name
    assert "limit" in renamed  # module global used in a function keeps its name where it's ambiguous
    assert "def scale(" in renamed and "import sys" in renamed
    compile(renamed, "renamed.py", "exec")

    java = (
        "public class Main {\n    static int count = 0;\n    static int add(int value) {\n"
        "        int count = value + 1;\n        return count;\n    }\n"
        "    public static void main(String[] args) { System.out.println(add(2) + Main.count); }\n}\n"
    )
    renamed = _renamed(java, "Java")
    assert "int count = " in renamed and "return count;" in renamed  # shares its name with a field
    assert "int value" not in renamed and "value + 1" not in renamed  # the parameter was renamed
    assert "System.out.println" in renamed


def test_rename_skips_files_that_read_variables_by_name() -> None:
    code = "def f(x):\n    y = x + 1\n    return eval('y')\n\n\nprint(f(1))\n"
    assert _renamed(code, "Python") == code


def test_collapse_keeps_multiline_strings_and_preprocessor_lines() -> None:
    c_code = '#include <stdio.h>\n#define TWICE(x) \\\n    ((x) * 2)\n\nint main(void) {\n    // note\n    printf("%d\\n", TWICE(2));\n    return 0;\n}\n'
    problem = count_big_problem("C").model_copy(update={"references": [Reference(tag="efficient", code=c_code)]})
    (mutant,) = mutate_reference(problem, problem.references[0], MutantSpec(operators=["collapse_formatting"]))
    lines = mutant.code.splitlines()
    assert lines[:3] == ["#include <stdio.h>", "#define TWICE(x) \\", "((x) * 2)"]
    assert len(lines) < len(c_code.splitlines())
    python = 'def f():\n    text = """a\n    b"""\n    return text\n\n\nprint(f())\n'
    problem = count_big_problem("Python").model_copy(update={"references": [Reference(tag="efficient", code=python)]})
    (mutant,) = mutate_reference(problem, problem.references[0], MutantSpec(operators=["collapse_formatting"]))
    assert mutant.code == 'def f():\n text = """a\n    b"""\n return text\nprint(f())\n'


def test_generate_dispatches_on_spec_dicts_and_lists() -> None:
    problems = [count_big_problem(language) for language in FILES]
    candidates = list(generate(problems, [{"kind": "reference"}, {"kind": "mutants", "max_per_operator": 1}]))
    references = [c for c in candidates if c.origin == "reference:efficient"]
    assert len(references) == len(FILES)
    by_language = {c.language for c in candidates if c.origin_kind == "mutant"}
    assert by_language == set(FILES)


@pytest.mark.slow
@pytest.mark.xdist_group("sandbox")
def test_mutants_are_killed_or_keep_passing_in_the_sandbox() -> None:
    """Measured with the real sandbox: correctness mutants fail a test, readability mutants still pass."""
    import sandboxes

    problems = [count_big_problem(language) for language in FILES]
    candidates = list(generate(problems, MutantSpec(max_per_operator=1)))
    executions = sandboxes.execute(candidates, problems, limits=sandboxes.Limits(cpu_s=2))
    stats = mutant_stats(candidates, executions)
    assert set(stats) == set(FILES)
    killed = sum(s["correctness_killed"] for s in stats.values()) / sum(s["correctness_total"] for s in stats.values())
    assert killed >= 0.7, stats
    for language, row in stats.items():
        assert row["readability_passing_ratio"] == 1.0, (language, row)


def _inlined(language: str, code: str) -> list[dict]:
    problem = Problem(id="test/inline", source="test", language=language, prompt="p", tests=StdioTests(cases=CASES),
                      references=[Reference(tag="efficient", code=code)], license="Apache-2.0")
    mutants = mutate_reference(problem, problem.references[0], MutantSpec(operators=["inline_helpers"], max_per_operator=5))
    return [{"code": m.code, **m.params["location"]} for m in mutants]


def test_inline_helpers_only_where_behaviour_is_kept() -> None:
    python = (
        "LIMIT = 10\n\ndef capped(x):\n    return min(x, LIMIT)\n\n"  # LIMIT is also a local below: not movable
        "def twice(x):\n    return x + x\n\n"
        "def fact(n):\n    return 1 if n < 2 else n * fact(n - 1)\n\n"  # recursive
        "def main():\n    LIMIT = 3\n    print(capped(5), twice(4), twice(int(input())), fact(5))\n\nmain()\n"
    )
    [twice] = _inlined("Python", python)
    assert twice["helper"] == "twice" and twice["calls_inlined"] == 1
    assert "((4) + (4))" in twice["code"] and "twice(int(input()))" in twice["code"]  # an effect is not evaluated twice
    assert twice["definition_removed"] is False and "def twice" in twice["code"]

    c = (
        "#include <stdio.h>\n#include <stdlib.h>\n"
        "static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }\n"
        "static long sq(long x) { return x * x; }\n"
        "int main(void) { int v[2] = {2, 1}; qsort(v, 2, sizeof v[0], cmp); printf(\"%ld\\n\", sq(v[0]) + cmp(&v[0], &v[1])); return 0; }\n"
    )
    mutants = {m["helper"]: m for m in _inlined("C", c)}
    assert mutants["sq"]["definition_removed"] is True and "((long)(((long)(v[0])) * ((long)(v[0]))))" in mutants["sq"]["code"]
    assert mutants["cmp"]["definition_removed"] is False and "qsort(v, 2, sizeof v[0], cmp)" in mutants["cmp"]["code"]

    javascript = "const isPair = (a, b) => a === '(' && b === ')';\nconst later = async (x) => x;\nconsole.log(isPair('(', ')'), later(1));\n"
    [arrow] = _inlined("JavaScript", javascript)  # an async arrow returns a promise: not inlined
    assert arrow["code"].startswith("const later") and "((('(') === '(' && (')') === ')'), later(1))" in arrow["code"]

    java_overloads = "public class Main { static int f(int a) { return a; } static long f(long a) { return a; }\n public static void main(String[] s) { System.out.println(f(1)); } }\n"
    assert _inlined("Java", java_overloads) == []
