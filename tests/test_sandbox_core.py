"""Core behaviour of sandboxes.execute: every language runs, stdio comparison modes, statuses, cache, measures."""

from __future__ import annotations

import pytest

import sandboxes
from sandboxes import Limits
from sandboxes.compare import outputs_match
from schemas import Candidate, Check, Execution, HarnessTests, Problem, Status, StdioCase, StdioTests

SUM_PROGRAMS = {
    "Python": "import sys\nprint(sum(map(int, sys.stdin.read().split())))\n",
    "Ruby": "puts STDIN.read.split.map(&:to_i).sum\n",
    "JavaScript": "const s = require('fs').readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean).map(Number);\nconsole.log(s.reduce((a, b) => a + b, 0));\n",
    "C": '#include <stdio.h>\nint main(void){long a,s=0;while(scanf("%ld",&a)==1)s+=a;printf("%ld\\n",s);return 0;}\n',
    "Cpp": "#include <iostream>\nint main(){long a,s=0;while(std::cin>>a)s+=a;std::cout<<s<<std::endl;}\n",
    "Java": "import java.util.*;\npublic class Main{public static void main(String[] a){Scanner s=new Scanner(System.in);long t=0;while(s.hasNextLong())t+=s.nextLong();System.out.println(t);}}\n",
    "CSharp": "using System;\nclass P{static void Main(){long t=0;foreach(var w in Console.In.ReadToEnd().Split((char[])null,StringSplitOptions.RemoveEmptyEntries))t+=long.Parse(w);Console.WriteLine(t);}}\n",
    "Go": 'package main\nimport "fmt"\nfunc main(){var a,s int64\nfor{_,e:=fmt.Scan(&a);if e!=nil{break};s+=a}\nfmt.Println(s)}\n',
}


def stdio_problem(language: str, cases: list[tuple[str, str]], compare: str = "tokens", pid: str = "t/sum") -> Problem:
    return Problem(
        id=pid, source="test", language=language, prompt="sum the numbers", license="MIT",
        tests=StdioTests(cases=[StdioCase(name=f"c{i}", stdin=i_, expected=o) for i, (i_, o) in enumerate(cases)], compare=compare),
    )


def candidate(problem: Problem, code: str, origin: str = "reference:test") -> Candidate:
    return Candidate(problem_id=problem.id, language=problem.language, code=code, origin=origin)


def test_languages_are_discovered() -> None:
    assert {"C", "CSharp", "Cpp", "Go", "Java", "JavaScript", "Python", "Ruby"} <= set(sandboxes.languages())


@pytest.mark.xdist_group("sandbox")
def test_every_language_runs_stdio_tests_with_measures() -> None:
    problems = [stdio_problem(lang, [("1 2 3\n", "6\n"), ("5 5\n", "11\n")]) for lang in SUM_PROGRAMS]
    candidates = [candidate(p, SUM_PROGRAMS[p.language]) for p in problems]
    executions = sandboxes.execute(candidates, problems)
    assert [e.language for e in executions] == list(SUM_PROGRAMS)  # same order as the candidates
    for execution in executions:
        assert execution.status == Status.failed, (execution.language, execution.stderr)  # the second case is wrong on purpose
        assert (execution.tests_passed, execution.tests_total) == (1, 2)
        assert [t.status for t in execution.tests] == [Status.passed, Status.failed]
        assert execution.tests[1].detail and "expected '11', got '10'" in execution.tests[1].detail
        assert execution.cpu_ms is not None and execution.cpu_ms > 0
        assert execution.peak_rss_kb and execution.peak_rss_kb > 500
        assert execution.toolchain[execution.language]
        assert {"cpu", "wall", "rss"} <= set(execution.measures)
        assert execution.candidate_sha == candidates[executions.index(execution)].sha256


def test_peak_rss_is_the_programs_own() -> None:
    """A tiny C program must not inherit the worker's pre-exec RSS (wait4 counts it without the exec helper)."""
    problem = stdio_problem("C", [("", "")], pid="t/empty")
    small = sandboxes.execute([candidate(problem, "int main(void){return 0;}\n")], [problem])[0]
    big = sandboxes.execute([candidate(problem, "#include <stdlib.h>\nint main(void){volatile char*p=malloc(64<<20);for(long i=0;i<(64<<20);i+=512)p[i]=1;return p[512]-1;}\n")], [problem])[0]
    assert small.status == big.status == Status.passed
    assert small.peak_rss_kb < 4000
    assert big.peak_rss_kb - small.peak_rss_kb > 60000


@pytest.mark.parametrize(
    ("compare", "expected", "actual", "match"),
    [
        ("tokens", "1 2\n3\n", "1   2 3", True),
        ("tokens", "1 2 3", "1 2 4", False),
        ("exact", "1 2\n", "1 2", False),
        ("exact", "a\n", "a\n", True),
        ("float", "0.3333333", "0.33333331", True),
        ("float", "0.5 x", "0.5000001 x", True),
        ("float", "0.5", "0.6", False),
        ("float", "1 2", "1", False),
    ],
)
def test_output_comparison(compare: str, expected: str, actual: str, match: bool) -> None:
    tests = StdioTests(cases=[StdioCase(name="a", stdin="", expected=expected)], compare=compare, float_tol=1e-6)
    assert outputs_match(expected, actual, tests) is match


def test_statuses_compile_runtime_timeout_and_harness() -> None:
    stdio = stdio_problem("C", [("", "ok\n")], pid="t/status")
    harness = Problem(id="t/h", source="test", language="Python", prompt="add", entry_point="add", license="MIT",
                      tests=HarnessTests(code="def check(f):\n    assert f(2, 3) == 5\n"))
    cases = [
        (candidate(stdio, "int main( {"), stdio, Status.compile_error),
        (candidate(stdio, "#include <stdlib.h>\nint main(void){abort();}\n"), stdio, Status.runtime_error),
        (candidate(stdio, "int main(void){for(;;);}\n"), stdio, Status.timeout),
        (candidate(harness, "def add(a, b):\n    return a + b\n"), harness, Status.passed),
        (candidate(harness, "def add(a, b):\n    return a - b\n"), harness, Status.failed),
        (candidate(harness, "def add(a, b):\n    return 1 / 0\n"), harness, Status.runtime_error),
        (candidate(harness, "def add(a, b)\n    return a\n"), harness, Status.compile_error),
    ]
    executions = sandboxes.execute([c for c, _, _ in cases], [stdio, harness], limits=Limits(cpu_s=1, wall_s=3))
    assert [e.status for e in executions] == [expected for _, _, expected in cases]
    assert "error" in executions[0].stderr.lower()
    assert executions[3].tests[0].name == "harness" and executions[3].pass_rate == 1.0


def test_repeats_keep_every_measure_and_cache_is_reused(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("THEMIS_CACHE_DIR", str(tmp_path / "cache"))
    problem = stdio_problem("Cpp", [("3 4\n", "7\n")], pid="t/rep")
    code = SUM_PROGRAMS["Cpp"] + "// repeats\n"
    first = sandboxes.execute([candidate(problem, code)], [problem], repeats=3)[0]
    assert first.status == Status.passed and len(first.cpu_ms_repeats) == 3
    assert first.cpu_ms == sorted(first.cpu_ms_repeats)[1]
    assert first.compile_ms and first.compile_ms > 0
    artifacts = list((tmp_path / "cache" / "artifacts").glob("??/*/main"))
    assert len(artifacts) == 1
    again = sandboxes.execute([candidate(problem, code + "\n\n")], [problem])[0]  # same normalized code: cache hit
    assert again.status == Status.passed and again.compile_ms is None
    assert len(list((tmp_path / "cache" / "artifacts").glob("??/*/main"))) == 1


def test_callgrind_counts_instructions_deterministically() -> None:
    problem = stdio_problem("C", [("", "5000050000\n")], pid="t/cg")
    code = '#include <stdio.h>\nint main(void){long s=0;for(long i=1;i<=100000;i++)s+=i;printf("%ld\\n",s);return 0;}\n'
    execution = sandboxes.execute([candidate(problem, code)], [problem], repeats=2, measure="callgrind")[0]
    assert execution.status == Status.passed
    assert "instructions" in execution.measures
    assert execution.instructions and execution.instructions > 100000
    assert len(set(execution.instructions_repeats)) == 1


def test_unmatched_candidate_is_a_clear_error() -> None:
    problem = stdio_problem("Python", [("", "")], pid="t/x")
    other = Candidate(problem_id="t/missing", language="Python", code="pass\n", origin="reference:x")
    with pytest.raises(ValueError, match="t/missing@Python"):
        sandboxes.execute([other], [problem])


def test_baseline_and_environment_checks() -> None:
    base = sandboxes.baseline("Python")
    assert isinstance(base, Execution) and base.status == Status.passed and len(base.cpu_ms_repeats) == 5
    assert sandboxes.baseline("python") is base  # cached, aliases accepted
    checks = sandboxes.environment_checks()
    assert all(isinstance(c, Check) for c in checks)
    names = {c.name for c in checks}
    assert set(SUM_PROGRAMS) <= names
    perf = next(c for c in checks if c.name.startswith("perf"))
    assert perf.required is False
    assert any(c.section == "isolation" and c.name.startswith("bubblewrap") for c in checks)


def test_go_imports_are_made_to_match_use() -> None:
    """Go rejects unused and missing imports; HumanEval-X prompts have both (see langs/Go/spec.toml)."""
    from sandboxes.program import build_program

    spec = sandboxes.spec_for("Go")
    solution = 'import (\n    "math"\n    "strings"\n)\n\n// strings.Fields is not used\nfunc F(x float64) string { return strconv.Itoa(int(math.Abs(x))) }\n'
    test = ('package main\n\nimport (\n    "testing"\n    "crypto/md5"\n    "github.com/stretchr/testify/assert"\n)\n'
            "func TestF(t *testing.T) { assert := assert.New(t); assert.Equal(\"1\", F(math.Sqrt(1))) }\n")
    problem = Problem(id="t/go", source="test", language="Go", prompt="f", license="MIT", tests=HarnessTests(code=test))
    files = build_program(spec, candidate(problem, solution), problem).files
    assert files["main.go"].startswith('package main\nimport "math"\nimport "strconv"\n')
    assert '"strings"' not in files["main.go"]
    assert '"crypto/md5"' not in files["main_test.go"] and 'import "math"' in files["main_test.go"]
    one_liner = 'package main\nimport("fmt";"os")\nfunc main(){fmt.Fprintln(os.Stdout, 1)}\n'
    assert build_program(spec, candidate(problem, one_liner), None).files["main.go"] == one_liner
    crypto = 'package main\n\nimport (\n    "crypto/rand"\n    "fmt"\n)\n\nfunc main() { b := make([]byte, 4); rand.Read(b); fmt.Println(len(b)) }\n'
    fixed = build_program(spec, candidate(problem, crypto), None).files["main.go"]
    assert '"crypto/rand"' in fixed and '"math/rand"' not in fixed


def test_python_runs_with_the_site_module_as_a_judge_does() -> None:
    """exit() / quit() are site builtins; a judge's plain python3 has them, and so must the sandbox."""
    p = Problem(id="t/site", source="test", language="Python", prompt="p", license="MIT",
                tests=StdioTests(cases=[StdioCase(name="c", stdin="", expected="ok\n")]))
    code = "import sys\nprint('ok')\nsys.stdout.flush()\nexit(0)\n"
    [execution] = sandboxes.execute([Candidate(problem_id=p.id, language="Python", code=code, origin="llm:t")], [p])
    assert execution.status == Status.passed, execution.stderr


def test_python_string_hashing_is_the_same_in_every_run() -> None:
    """PYTHONHASHSEED=0 must reach the program (``-I`` would drop it with every PYTHON* variable): set order, and
    the time spent in string-keyed dicts and sets, is then the same in every run, so labels are reproducible."""
    import subprocess

    code = "print(hash('abc'))\n"
    seed_zero = subprocess.run(["python3", "-c", code], env={"PYTHONHASHSEED": "0"}, capture_output=True, text=True).stdout
    p = Problem(id="t/hash", source="test", language="Python", prompt="p", license="MIT",
                tests=StdioTests(cases=[StdioCase(name="c", stdin="", expected=seed_zero)]))
    runs = sandboxes.execute([Candidate(problem_id=p.id, language="Python", code=code, origin="llm:t")] * 2, [p])
    assert [run.status for run in runs] == [Status.passed] * 2, runs[0].stdout


def test_java_builds_in_one_batch_with_the_single_build_results(tmp_path, monkeypatch) -> None:
    """One javac JVM builds many candidates; statuses, artifacts and compiler messages are a single build's."""
    import sandboxes.local as local

    settled: list[int] = []
    single_prebuild = local.prebuild
    monkeypatch.setattr(local, "prebuild", lambda *args: settled.append(single_prebuild(*args)) or settled[-1])
    monkeypatch.setenv("THEMIS_CACHE_DIR", str(tmp_path / "batch"))
    problem = stdio_problem("Java", [("3 4\n", "7\n")], pid="t/jbatch")
    good = [candidate(problem, SUM_PROGRAMS["Java"] + f"// variant {i}\n") for i in range(3)]
    bad = candidate(problem, "public class Main { public static void main(String[] a) { int x = ; } }\n")
    executions = sandboxes.execute([*good, bad], [problem], workers=1)
    assert sum(settled) == 4  # every build came from the batch
    assert [e.status for e in executions] == [Status.passed] * 3 + [Status.compile_error]
    assert executions[-1].stderr.startswith("Main.java:1: error:")

    monkeypatch.setenv("THEMIS_CACHE_DIR", str(tmp_path / "alone"))
    [alone] = sandboxes.execute([bad], [problem], workers=1)  # a lone build is not batched
    assert alone.stderr == executions[-1].stderr and settled[-1] == 0
