"""Sandbox benchmark: overhead vs bare subprocess, Python throughput, warm/cold compile cache, CPU-time CV.

    .venv/bin/python bench/sandbox.py [--quick]

Last lines: overhead_ratio=X  python_runs_per_s=X  warm_over_cold=X  cpu_cv=X
- overhead_ratio: median wall of a trivial Python program through execute() (one run, one worker)
  over the median wall of the same program run bare with subprocess (same interpreter, same loop).
- python_runs_per_s: Python stdio test-runs per second on all cores (one candidate with many cases).
- warm_over_cold: time of a batch of C++ candidates with a cold artifact cache over a warm re-run (≥ 5 wanted).
- cpu_cv: coefficient of variation of cpu_ms over 5 repeats of a ~150 ms Python workload.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TRIVIAL = "print('ok')\n"


def problem(pid: str, language: str, cases: list[tuple[str, str]]):
    from schemas import Problem, StdioCase, StdioTests

    return Problem(id=pid, source="bench", language=language, prompt="bench", license="MIT",
                   tests=StdioTests(cases=[StdioCase(name=f"c{i}", stdin=s, expected=e) for i, (s, e) in enumerate(cases)]))


def candidate(p, code: str):
    from schemas import Candidate

    return Candidate(problem_id=p.id, language=p.language, code=code, origin="reference:bench")


def overhead(loops: int) -> float:
    import sandboxes

    p = problem("bench/trivial", "Python", [("", "ok\n")])
    c = candidate(p, TRIVIAL)
    sandboxes.execute([c], [p], workers=1)  # start the worker, fill the cache
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "main.py"
        script.write_text(TRIVIAL)
        bare, boxed = [], []
        for _ in range(loops):
            start = time.perf_counter()
            subprocess.run(["/usr/bin/python3", "-I", "-S", str(script)], input=b"", capture_output=True, check=True)
            bare.append(time.perf_counter() - start)
            start = time.perf_counter()
            execution = sandboxes.execute([c], [p], workers=1)[0]
            boxed.append(time.perf_counter() - start)
            assert execution.status.value == "passed", execution.stderr
    print(f"bare_median_ms={statistics.median(bare) * 1000:.2f} sandbox_median_ms={statistics.median(boxed) * 1000:.2f}")
    return statistics.median(boxed) / statistics.median(bare)


def throughput(cases: int) -> float:
    import sandboxes

    code = "import sys\nprint(sum(map(int, sys.stdin.read().split())))\n"
    problems = [problem(f"bench/sum{w}", "Python", [(f"{i} {i}\n", f"{2 * i}\n") for i in range(cases)]) for w in range(os.cpu_count() or 1)]
    candidates = [candidate(p, code) for p in problems]
    sandboxes.execute(candidates, problems)  # warm
    start = time.perf_counter()
    executions = sandboxes.execute(candidates, problems)
    elapsed = time.perf_counter() - start
    assert all(e.status.value == "passed" for e in executions)
    return sum(e.tests_total for e in executions) / elapsed


def warm_over_cold(n: int) -> float:
    import sandboxes

    with tempfile.TemporaryDirectory() as cache:
        os.environ["THEMIS_CACHE_DIR"] = cache
        p = problem("bench/cpp", "Cpp", [("2 3\n", "5\n")])
        candidates = [candidate(p, f"#include <iostream>\nint main(){{long a,b;std::cin>>a>>b;std::cout<<a+b<<std::endl;}} // v{i}\n") for i in range(n)]
        start = time.perf_counter()
        cold = sandboxes.execute(candidates, [p])
        cold_s = time.perf_counter() - start
        start = time.perf_counter()
        warm = sandboxes.execute(candidates, [p])
        warm_s = time.perf_counter() - start
        del os.environ["THEMIS_CACHE_DIR"]
    assert all(e.status.value == "passed" for e in cold + warm)
    print(f"cpp_cold_s={cold_s:.2f} cpp_warm_s={warm_s:.2f} candidates={n}")
    return cold_s / warm_s


def cpu_cv() -> float:
    import sandboxes

    code = "s = 0\nfor i in range(2_500_000):\n    s += i * i\nprint(s > 0)\n"
    p = problem("bench/cv", "Python", [("", "True\n")])
    execution = sandboxes.execute([candidate(p, code)], [p], repeats=5, workers=1)[0]
    repeats = execution.cpu_ms_repeats
    print(f"cpu_ms_repeats={repeats}")
    return statistics.stdev(repeats) / statistics.mean(repeats)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer loops")
    args = parser.parse_args()
    ratio = overhead(30 if args.quick else 100)
    runs = throughput(50 if args.quick else 200)
    warm = warm_over_cold(4 if args.quick else 8)
    cv = cpu_cv()
    print(f"overhead_ratio={ratio:.3f}")
    print(f"python_runs_per_s={runs:.1f}")
    print(f"warm_over_cold={warm:.1f}")
    print(f"cpu_cv={cv:.4f}")


if __name__ == "__main__":
    main()
