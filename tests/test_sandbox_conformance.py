"""Conformance on samples of the real public sets, and a throwaway language discovered with no code change."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest
from typer.testing import CliRunner

import sandboxes
from sandboxes import conformance
from schemas import Candidate, HarnessTests, Problem, Reference, StdioCase, StdioTests

SAMPLE = 4  # problems per language and set: the full sets run through `themis sandbox check` (figures in docs/sandboxes.md)
pytestmark = pytest.mark.xdist_group("sandbox")


# Broken upstream, documented in docs/sandboxes.md: mbxp/2's JavaScript solution uses testTup1 for a parameter testtup1.
UPSTREAM_BROKEN = {"mbxp/2@JavaScript"}


def sample(name: str, path: Path, languages: list[str]) -> list[Problem]:
    """The first SAMPLE problems with references of each language."""
    from sources import load_source

    usable = [p for p in load_source(name, path) if p.language in languages and p.references and p.key not in UPSTREAM_BROKEN]
    return [p for language in languages for p in islice((q for q in usable if q.language == language), SAMPLE)]


def assert_all_conform(tallies: dict[str, conformance.LanguageTally], languages: list[str]) -> None:
    assert sorted(tallies) == sorted(languages)
    for language, counts in tallies.items():
        assert counts.total == SAMPLE and counts.passed == counts.total, (language, counts.exceptions)
        assert counts.buggy_failed == counts.buggy_total, (language, counts.exceptions)


def test_humanevalpack_canonical_pass_and_buggy_fail(shared_data: Path) -> None:
    languages = ["Cpp", "Go", "Java", "JavaScript", "Python"]
    tallies = conformance.check(sample("humanevalpack", shared_data / "humanevalpack", languages))
    assert_all_conform(tallies, languages)
    assert all(t.buggy_total == SAMPLE for t in tallies.values())


def test_mbxp_canonical_pass(shared_data: Path) -> None:
    languages = ["CSharp", "Cpp", "Java", "JavaScript", "Python", "Ruby"]
    assert_all_conform(conformance.check(sample("mbxp", shared_data / "mxeval" / "mbxp", languages)), languages)


def test_exercism_c_examples_pass_unity(shared_data: Path) -> None:
    tallies = conformance.check(sample("exercism-c", shared_data / "exercism-c", ["C"]))
    assert_all_conform(tallies, ["C"])


SHELL_SPEC = """
name = "Shell"
aliases = ["sh"]
source_file = "main.sh"
run = ["sh", "{artifact}/main.sh"]
version_command = ["sh", "-c", "echo posix-sh"]
empty_program = "true\\n"

[compile]
command = ["sh", "-n", "main.sh"]
artifacts = ["main.sh"]

[harness]
failure_patterns = ["FAIL"]
[harness.files]
"main.sh" = "{{code}}\\n{{test}}\\n"
"""


def test_a_throwaway_language_folder_is_discovered_and_conformance_checked(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "langs" / "Shell"
    folder.mkdir(parents=True)
    (folder / "spec.toml").write_text(SHELL_SPEC)
    monkeypatch.setenv("THEMIS_SANDBOX_LANGS", str(tmp_path / "langs"))
    assert "Shell" in sandboxes.languages()
    stdio = Problem(id="sh/add", source="test", language="Shell", prompt="add", license="MIT",
                    tests=StdioTests(cases=[StdioCase(name="a", stdin="2 3\n", expected="5\n"), StdioCase(name="b", stdin="1 1\n", expected="2\n")]),
                    references=[Reference(tag="canonical", code="read a b\necho $((a + b))\n"),
                                Reference(tag="buggy", code="read a b\necho $((a * b))\n")])
    harness = Problem(id="sh/double", source="test", language="Shell", prompt="double", license="MIT",
                      tests=HarnessTests(code='[ "$(double 4)" = 8 ] || { echo FAIL; exit 1; }'),
                      references=[Reference(tag="canonical", code="double() { echo $(($1 * 2)); }"),
                                  Reference(tag="buggy", code="double() { echo $(($1 + 2)); }")])
    tallies = conformance.check([stdio, harness])
    assert conformance.report(tallies) == {"by_language": {"Shell": {"passed": 2, "total": 2, "buggy_failed": 2, "buggy_total": 2}}}
    checks = {c.name: c for c in sandboxes.environment_checks()}
    assert checks["Shell"].ok and checks["Shell"].version == "posix-sh"


def test_cli_check_and_exec(tmp_path, monkeypatch) -> None:
    from flows.cli import app

    runner = CliRunner()
    program = tmp_path / "echo.py"
    program.write_text("import sys\nprint(sys.stdin.read().upper(), end='')\nsys.exit(0)\n")
    stdin = tmp_path / "in.txt"
    stdin.write_text("hello\n")
    result = runner.invoke(app, ["sandbox", "exec", "--lang", "python", str(program), "--stdin", str(stdin)])
    assert result.exit_code == 0, result.output
    execution = json.loads(result.output)
    assert execution["status"] == "passed" and execution["stdout"] == "HELLO\n"
    program.write_text("raise SystemExit(3)\n")
    result = runner.invoke(app, ["sandbox", "exec", "--lang", "py", str(program)])
    assert json.loads(result.output)["status"] == "runtime_error"

    result = runner.invoke(app, ["sandbox", "check", "--source", "exercism-c", "--limit", "2", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.strip().splitlines()[-1]) == {
        "by_language": {"C": {"passed": 2, "total": 2, "buggy_failed": 0, "buggy_total": 0}}
    }


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["sandbox", "exec", "--lang", "Cobol"], "error: no sandbox language 'Cobol'; known: ['C', 'CSharp'"),
        (["sandbox", "exec", "--lang", "Python", "--problem", "nosuch/1"], "error: unknown source 'nosuch'; known: "),
        (["sandbox", "check", "--lang", "Cobol"], "error: no sandbox language 'Cobol'"),
        (["mutants", "--source", "nosuch"], "error: unknown source 'nosuch'"),
        (["sandbox", "check", "--source", "humaneval-x", "--path", "{tmp}"], "error: humaneval-x: {tmp}/humaneval_"),
    ],
)
def test_unknown_languages_and_sources_are_refused_by_name(command, expected, tmp_path) -> None:
    from flows.cli import app

    program = tmp_path / "p.py"
    program.write_text("print(1)\n")
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]  # an empty data folder
    args += [str(program)] if command[:2] == ["sandbox", "exec"] else []
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and result.stderr.startswith(expected.replace("{tmp}", str(tmp_path))), result.output


def test_seed_references_pass_and_naive_or_memory_heavy_are_measurably_worse() -> None:
    from sources import load_source

    problem = next(p for p in load_source("seed") if p.key == "seed/window-best-sum@Python")
    tags = ["efficient", "naive", "memory_heavy"]
    candidates = [
        Candidate(problem_id=problem.id, language=problem.language, code=problem.references_tagged(tag)[0].code, origin=f"reference:{tag}")
        for tag in tags
    ]
    efficient, naive, heavy = sandboxes.execute(candidates, [problem], repeats=3)
    assert all(e.all_passed for e in (efficient, naive, heavy)), [e.status for e in (efficient, naive, heavy)]
    assert naive.cpu_ms > 1.5 * efficient.cpu_ms
    assert heavy.peak_rss_kb > 1.5 * efficient.peak_rss_kb
