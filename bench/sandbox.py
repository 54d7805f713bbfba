"""Sandbox benchmark: overhead vs bare subprocess, Python throughput, warm/cold compile cache, CPU-time CV.

    .venv/bin/python bench/sandbox.py [--quick]

Last lines: overhead_ratio=X  python_runs_per_s=X  warm_over_cold=X  bare_cpu_cv=X  cpu_cv=X
- overhead_ratio: median wall of a trivial Python program through execute() (one run, one worker)
  over the median wall of the same program run bare with subprocess (same interpreter, same loop).
- python_runs_per_s: Python stdio test-runs per second on all cores (one candidate with many cases).
- warm_over_cold: time of a batch of C++ candidates with a cold artifact cache over a warm re-run (≥ 5 wanted).
- cpu_cv: coefficient of variation of cpu_ms over 5 repeats of a ~150 ms Python workload (median over
  --cv-runs executions); bare_cpu_cv: the same workload run bare on the same CPU, interleaved (the machine's noise).
- load averages before and after: other jobs on the machine move every timing figure.
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
            subprocess.run(["/usr/bin/python3", "-I", str(script)], input=b"", capture_output=True, check=True)
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


CV_WORKLOAD = "s = 0\nfor i in range(2_500_000):\n    s += i * i\nprint(s > 0)\n"


def cv(values: list[float]) -> float:
    return statistics.stdev(values) / statistics.mean(values)


def cpu_cv() -> float:
    """CV of cpu_ms over the 5 repeats of one execute() (the repeats a label's Runtime_Efficiency uses)."""
    import sandboxes

    p = problem("bench/cv", "Python", [("", "True\n")])
    execution = sandboxes.execute([candidate(p, CV_WORKLOAD)], [p], repeats=5, workers=1)[0]
    repeats = execution.cpu_ms_repeats
    print(f"cpu_ms_repeats={repeats}")
    return cv(repeats)


def bare_cpu_cv() -> float:
    """The same 5 repeats run bare (no sandbox) on the CPU the sandbox worker uses: the machine's own noise."""
    from sandboxes.isolation import worker_cpu

    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "main.py"
        script.write_text(CV_WORKLOAD)
        repeats = []
        for _ in range(5):
            pid = os.posix_spawn("/usr/bin/python3", ["python3", "-I", str(script)], {},
                                 file_actions=[(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)])
            os.sched_setaffinity(pid, {worker_cpu(0)})
            _, _, usage = os.wait4(pid, 0)
            repeats.append(round((usage.ru_utime + usage.ru_stime) * 1000, 3))
    print(f"bare_cpu_ms_repeats={repeats}")
    return cv(repeats)


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer loops")
    parser.add_argument("--cv-runs", type=int, default=3, help="cpu_cv is the median over this many executions")
    args = parser.parse_args()
    print(f"load_average_before={load_average()}")
    ratio = overhead(30 if args.quick else 100)
    runs = throughput(50 if args.quick else 200)
    warm = warm_over_cold(4 if args.quick else 8)
    cvs, bare_cvs = [], []
    for _ in range(args.cv_runs):  # interleaved: both see the same machine
        cvs.append(cpu_cv())
        bare_cvs.append(bare_cpu_cv())
    print(f"cpu_cv_runs={[round(v, 4) for v in cvs]} bare_cpu_cv_runs={[round(v, 4) for v in bare_cvs]}")
    print(f"load_average_after={load_average()}")
    print(f"overhead_ratio={ratio:.3f}")
    print(f"python_runs_per_s={runs:.1f}")
    print(f"warm_over_cold={warm:.1f}")
    print(f"bare_cpu_cv={statistics.median(bare_cvs):.4f}")
    print(f"cpu_cv={statistics.median(cvs):.4f}")


if __name__ == "__main__":
    main()
