"""Local backend: compile once (cached), run every test in a sandbox worker, classify, measure."""

from __future__ import annotations

import glob
import itertools
import os
import re
import shutil
import signal
import statistics
from dataclasses import dataclass
from pathlib import Path

from schemas import Candidate, Execution, HarnessTests, Problem, Status, StdioCase, StdioTests, TestResult
from sandboxes import cache, toolchains
from sandboxes.compare import mismatch_detail, outputs_match
from sandboxes.limits import COMPILE_LIMITS, DEFAULT_LIMITS, Limits
from sandboxes.pool import RunReply, SandboxInfraError, Worker
from sandboxes.program import Program, build_program
from sandboxes.spec import LanguageSpec, spec_for

# When several tests end differently, the Execution reports the most severe outcome.
SEVERITY = [
    Status.sandbox_error,
    Status.timeout,
    Status.memory_limit,
    Status.output_limit,
    Status.runtime_error,
    Status.failed,
    Status.passed,
]
CALLGRIND_SLOWDOWN = 30
HARNESS_TEST_NAME = "harness"
NO_TEST_NAME = "run"
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


@dataclass
class Outcome:
    """One run of one test."""

    result: TestResult
    stdout: str
    stderr: str


# ----------------------------------------------------------------------------- helpers


def tail(data: bytes, limit: int) -> str:
    return data[-limit:].decode("utf-8", errors="replace")


def _substitutions(spec: LanguageSpec, worker: Worker, limits: Limits, artifact: Path | None) -> dict[str, str]:
    values = {
        "memory_mb": str(limits.memory_mb),
        "gocache": worker.paths.sandbox_path(worker.paths.gocache),
        "lang_dir": worker.paths.sandbox_path(spec.dir),
    }
    if artifact is not None:
        values["artifact"] = worker.paths.sandbox_path(artifact)
    return values


def _format(items: list[str], values: dict[str, str]) -> list[str]:
    out = []
    for item in items:
        for name, value in values.items():
            item = item.replace("{" + name + "}", value)
        out.append(item)
    return out


def _env(spec: LanguageSpec, home: str, values: dict[str, str]) -> dict[str, str]:
    """A scrubbed environment: nothing of the host's (tokens, keys) reaches the program."""
    env = {"PATH": toolchains.SANDBOX_PATH, "HOME": home, "TMPDIR": home, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    env.update({key: _format([value], values)[0] for key, value in spec.env.items()})
    return env


_RUN_IDS = itertools.count()  # unique within the process, and every pool has its own work root


class RunDir:
    """``<work>/<id>/`` (root only) holding stdin/stdout/stderr, and ``cwd/`` owned by the run's uid."""

    def __init__(self, worker: Worker) -> None:
        self.root = worker.paths.work_root / f"run-{next(_RUN_IDS)}"
        self.cwd = self.root / "cwd"
        self.root.mkdir(mode=0o711)
        self.cwd.mkdir(mode=0o700)
        if worker.paths.uid is not None:
            os.chown(self.cwd, worker.paths.uid, worker.paths.uid)
        self.uid = worker.paths.uid

    def write_sources(self, files: dict[str, str]) -> None:
        for name, text in files.items():
            path = self.cwd / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        if self.uid is not None:
            for path in self.cwd.rglob("*"):
                os.lchown(path, self.uid, self.uid)

    def remove(self) -> None:
        # The common case (the io files and an empty cwd) without rmtree's walk: this runs for every test.
        try:
            with os.scandir(self.root) as entries:
                for entry in entries:
                    (os.rmdir if entry.name == "cwd" else os.unlink)(entry.path)
            os.rmdir(self.root)
        except OSError:  # the run left files in cwd
            shutil.rmtree(self.root, ignore_errors=True)


def sandboxed_run(worker: Worker, run_dir: RunDir, argv: list[str], env: dict[str, str], stdin: str | None,
                  limits: Limits, rlimit_as: bool, build: bool = False) -> tuple[RunReply, bytes, bytes, int]:
    """Run argv; return the reply, stdout and stderr bytes (stdout read fully) and the stdout size."""
    stdin_path = None
    if stdin:
        stdin_path = run_dir.root / "stdin"
        stdin_path.write_text(stdin, encoding="utf-8")
    out_path, err_path = run_dir.root / "stdout", run_dir.root / "stderr"
    argv = [toolchains.resolve(argv[0]), *argv[1:]]
    reply = worker.run(argv, env, run_dir.cwd, stdin_path, out_path, err_path, limits, rlimit_as, build)
    stdout, stderr = read_or_empty(out_path), read_or_empty(err_path)
    return reply, stdout, stderr, max(len(stdout), len(stderr))


def read_or_empty(path: Path) -> bytes:
    """The file's bytes; plain os.read (open() adds fstat, ioctl and lseek calls: this runs twice per test)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:  # the run never started
        return b""
    try:
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def limit_status(reply: RunReply, limits: Limits, output_size: int, stderr: bytes, spec: LanguageSpec) -> Status | None:
    """The limit (or sandbox failure) that ended the run, None if it ended on its own."""
    if reply.error:
        return Status.sandbox_error
    killed_by = -reply.exit_code if reply.exit_code < 0 else None
    # SIGXCPU is RLIMIT_CPU's soft limit; a SIGKILL near the limit is its hard limit. rusage can read a few
    # ticks below what the kernel charged when it sent SIGXCPU, so that signal alone decides.
    cpu_limit_kill = killed_by == signal.SIGXCPU or (killed_by == signal.SIGKILL and reply.cpu_ms >= limits.cpu_s * 1000 * 0.95)
    # A run held at its memory ceiling reclaims pages (charged to it as CPU time) until the wall clock or the
    # CPU limit ends it, before the cgroup's OOM kill on a slow VM: that is the memory limit.
    at_ceiling = (reply.cgroup_peak_kb or 0) >= limits.memory_mb * 1024 * 0.95
    if reply.oom_killed or ((reply.timed_out or cpu_limit_kill) and at_ceiling):
        return Status.memory_limit
    if reply.timed_out or cpu_limit_kill:
        return Status.timeout
    if output_size >= limits.output_kb * 1024 or killed_by == signal.SIGXFSZ:
        return Status.output_limit
    if reply.exit_code != 0:
        text = stderr[-20000:].decode("utf-8", errors="replace")
        if any(pattern in text for pattern in spec.memory_patterns):
            return Status.memory_limit
    return None


# ----------------------------------------------------------------------------- compile


@dataclass
class Build:
    artifact: Path | None
    status: Status | None  # compile_error / timeout / … when the build failed
    stderr: str
    compile_ms: float | None


def compile_program(worker: Worker, spec: LanguageSpec, program: Program, toolchain: str, limits: Limits) -> Build:
    step = spec.compile_step(program.harness)
    if step is None:  # nothing to compile: the sources are the artifact
        key = cache.artifact_key(spec.name, toolchain, [], program.files)
        hit, _ = cache.lookup(key)
        if hit is None:
            run_dir = RunDir(worker)
            try:
                run_dir.write_sources(program.files)
                hit = cache.store_artifacts(key, run_dir.cwd, list(program.files))
            finally:
                run_dir.remove()
        return Build(hit, None, "", None)

    key = cache.artifact_key(spec.name, toolchain, step.command + step.artifacts, program.files)
    hit, error = cache.lookup(key)
    if hit is not None:
        return Build(hit, None, "", None)
    if error is not None:
        return Build(None, Status.compile_error, error["stderr"], error.get("compile_ms"))

    run_dir = RunDir(worker)
    try:
        run_dir.write_sources(program.files)
        values = _substitutions(spec, worker, limits, None)
        env = _env(spec, worker.paths.sandbox_path(run_dir.cwd), values)
        reply, stdout, stderr, size = sandboxed_run(worker, run_dir, _format(step.command, values), env, None, limits, False, build=True)
        message = tail(stderr + stdout, limits.tail_chars)
        stopped = limit_status(reply, limits, size, b"", spec)
        if stopped is not None:
            return Build(None, stopped, reply.error or message, reply.wall_ms)
        if reply.exit_code != 0:
            cache.store_compile_error(key, {"stderr": message, "compile_ms": reply.wall_ms})
            return Build(None, Status.compile_error, message, reply.wall_ms)
        kept = _artifacts(run_dir.cwd, step.artifacts)
        if not kept:
            return Build(None, Status.compile_error, f"compiler produced none of {step.artifacts}\n{message}", reply.wall_ms)
        return Build(cache.store_artifacts(key, run_dir.cwd, kept), None, "", reply.wall_ms)
    finally:
        run_dir.remove()


def _artifacts(build_dir: Path, patterns: list[str]) -> list[str]:
    """The files a build left that the step keeps, relative to its directory."""
    return sorted({os.path.relpath(p, build_dir) for pattern in patterns for p in glob.glob(str(build_dir / pattern))})


def batch_programs(matched) -> dict[str, list[Program]]:
    """Distinct programs whose language builds in batches (Java), by language; the rest build one by one."""
    found: dict[str, dict[tuple, Program]] = {}
    for candidate, problem in matched:
        spec = spec_for(candidate.language)
        if spec.compile is None or spec.compile.batch is None:
            continue
        try:
            program = build_program(spec, candidate, problem)
        except ValueError:
            continue  # execute_one reports it
        step = spec.compile_step(program.harness)
        if step is not None and step.batch is not None:
            found.setdefault(spec.name, {})[tuple(sorted(program.files.items()))] = program
    return {language: list(programs.values()) for language, programs in found.items()}


def prebuild(worker: Worker, spec: LanguageSpec, programs: list[Program]) -> int:
    """Build the programs not in the artifact cache in one batch process; return how many it settled.

    Results go to the cache under the single-build key, so ``compile_program`` finds them; a program the
    batch left without a status (it was killed) is built alone there.
    """
    worker.use_language(spec)
    toolchain = worker.toolchain_version(spec)
    todo = []
    for program in programs:
        step = spec.compile_step(program.harness)
        key = cache.artifact_key(spec.name, toolchain, step.command + step.artifacts, program.files)
        if cache.lookup(key) == (None, None):
            todo.append((key, step, program))
    if len(todo) < 2:
        return 0  # one build gains nothing from a batch
    run_dir = RunDir(worker)
    try:
        names = [f"b{i}" for i in range(len(todo))]
        run_dir.write_sources({f"{name}/{file}": text for name, (_, _, program) in zip(names, todo) for file, text in program.files.items()})
        values = _substitutions(spec, worker, COMPILE_LIMITS, None)
        env = _env(spec, worker.paths.sandbox_path(run_dir.cwd), values)
        inside = [worker.paths.sandbox_path(run_dir.cwd / name) for name in names]
        batch = todo[0][1].batch
        argv = [part for item in _format(batch.command, values) for part in (inside if item == "{dirs}" else [item])]
        sandboxed_run(worker, run_dir, argv, env, None, COMPILE_LIMITS, False, build=True)
        return sum(_store_batch_result(run_dir.cwd / name, directory, key, step)
                   for name, directory, (key, step, _) in zip(names, inside, todo))
    finally:
        run_dir.remove()


def _store_batch_result(build_dir: Path, inside: str, key: str, step) -> bool:
    status = build_dir / step.batch.status_file
    if not status.exists():
        return False
    exit_code, compile_ms = status.read_text().split()
    # messages name the batch directory; the single build's name files relative to its own
    message = (build_dir / step.batch.output_file).read_text(encoding="utf-8", errors="replace").replace(inside + "/", "")
    if int(exit_code) != 0:
        cache.store_compile_error(key, {"stderr": message[-COMPILE_LIMITS.tail_chars:], "compile_ms": float(compile_ms)})
        return True
    kept = _artifacts(build_dir, step.artifacts)
    if not kept:
        return False
    cache.store_artifacts(key, build_dir, kept)
    return True


# ----------------------------------------------------------------------------- tests


def run_test(worker: Worker, spec: LanguageSpec, artifact: Path, harness: bool, case: StdioCase | None,
             tests: StdioTests | None, limits: Limits, measure: str, stdin: str = "") -> Outcome:
    """One test: a stdio case (compared with its expected output), the harness, or a bare run (case None)."""
    name = case.name if case is not None else (HARNESS_TEST_NAME if harness else NO_TEST_NAME)
    values = _substitutions(spec, worker, limits, artifact)
    argv = _format(spec.run_command(harness), values)
    rlimit_as = spec.rlimit_as
    run_limits = limits
    run_dir = RunDir(worker)
    try:
        env = _env(spec, worker.paths.sandbox_path(run_dir.cwd), values)
        if measure == "callgrind":
            log = worker.paths.sandbox_path(run_dir.cwd / "callgrind.log")
            argv = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", f"--log-file={log}", *argv]
            rlimit_as = False
            run_limits = limits.model_copy(update={"cpu_s": limits.cpu_s * CALLGRIND_SLOWDOWN, "wall_s": limits.wall_limit_s * CALLGRIND_SLOWDOWN})
        reply, stdout, stderr, size = sandboxed_run(worker, run_dir, argv, env, case.stdin if case else stdin, run_limits, rlimit_as)
        instructions = None
        if measure == "callgrind":
            found = _COLLECTED.findall((run_dir.cwd / "callgrind.log").read_text(errors="replace")) if (run_dir.cwd / "callgrind.log").exists() else []
            instructions = sum(int(n) for n in found) if found else None
    finally:
        run_dir.remove()

    status = limit_status(reply, run_limits, size, stderr, spec)
    detail = reply.error
    if status is None:
        status, detail = _judge(spec, harness, case, tests, reply.exit_code, stdout, stderr)
    result = TestResult(
        name=name,
        status=status,
        cpu_ms=round(reply.cpu_ms, 3),
        wall_ms=round(reply.wall_ms, 3),
        peak_rss_kb=reply.maxrss_kb,
        instructions=instructions,
        exit_code=reply.exit_code,
        detail=(detail or "")[:500] or None,
    )
    return Outcome(result, tail(stdout, limits.tail_chars), tail(stderr, limits.tail_chars))


def _judge(spec: LanguageSpec, harness: bool, case: StdioCase | None, tests: StdioTests | None, exit_code: int,
           stdout: bytes, stderr: bytes) -> tuple[Status, str | None]:
    """Status of a run that ended on its own."""
    if exit_code != 0:
        text = (stderr[-20000:] + stdout[-20000:]).decode("utf-8", errors="replace")
        detail = f"exit code {exit_code}: {tail(stderr, 300).strip()}"
        if harness and spec.harness and any(p in text for p in spec.harness.failure_patterns):
            return Status.failed, detail
        return Status.runtime_error, detail
    if case is None:
        return Status.passed, None
    actual = stdout.decode("utf-8", errors="replace")
    if outputs_match(case.expected, actual, tests):
        return Status.passed, None
    return Status.failed, mismatch_detail(case.expected, actual)


def run_suite(worker: Worker, spec: LanguageSpec, artifact: Path, harness: bool, problem: Problem | None,
              limits: Limits, measure: str, stdin: str = "") -> list[Outcome]:
    """Every test of the problem once; after a timeout the remaining tests are not run (they would time out too).

    Without a problem the program runs once on ``stdin`` (no expected output: the exit status decides).
    """
    tests = problem.tests if problem is not None else None
    if isinstance(tests, StdioTests):
        outcomes: list[Outcome] = []
        for case in tests.cases:
            if outcomes and outcomes[-1].result.status == Status.timeout:
                skipped = TestResult(name=case.name, status=Status.timeout, detail="not run: an earlier test timed out")
                outcomes.append(Outcome(skipped, "", ""))
                continue
            outcomes.append(run_test(worker, spec, artifact, harness, case, tests, limits, measure))
        return outcomes
    return [run_test(worker, spec, artifact, harness, None, None, limits, measure, stdin)]


# ----------------------------------------------------------------------------- one candidate


def worst(statuses: list[Status]) -> Status:
    return min(statuses, key=SEVERITY.index) if statuses else Status.passed


def execute_one(worker: Worker, candidate: Candidate, problem: Problem | None, limits: Limits | None,
                measure: str, stdin: str = "") -> Execution:
    """Build the candidate and run its tests once (repeats are rounds: ``sandboxes.run_matched``)."""
    spec = spec_for(candidate.language)
    limits = (limits or DEFAULT_LIMITS).merged(spec.limits)
    worker.use_language(spec)
    base = {
        "candidate_sha": candidate.sha256,
        "problem_id": problem.id if problem is not None else candidate.problem_id,
        "language": spec.name,
        "backend": worker.backend,
        "backend_version": worker.backend_version,
    }
    tests_total = len(problem.tests.cases) if problem is not None and isinstance(problem.tests, StdioTests) else 1
    try:
        toolchain = worker.toolchain_version(spec)
        program = build_program(spec, candidate, problem)
        build = compile_program(worker, spec, program, toolchain, COMPILE_LIMITS)
    except (SandboxInfraError, toolchains.ToolchainMissing, OSError, ValueError) as error:
        return Execution(**base, status=Status.sandbox_error, tests_passed=0, tests_total=tests_total, stderr=str(error)[-4000:])
    versions = {spec.name: toolchain}
    if build.artifact is None:
        return Execution(**base, status=build.status, tests_passed=0, tests_total=tests_total, compile_ms=build.compile_ms,
                         stderr=build.stderr, toolchain=versions, measures=[])

    try:
        run = run_suite(worker, spec, build.artifact, program.harness, problem, limits, measure, stdin)
    except (SandboxInfraError, toolchains.ToolchainMissing, OSError) as error:
        return Execution(**base, status=Status.sandbox_error, tests_passed=0, tests_total=tests_total, stderr=str(error)[-4000:],
                         toolchain=versions)
    return _summarise(base, run, build, versions, measure)


def merge_rounds(first: Execution, later: list[Execution]) -> Execution:
    """One candidate's executions from several rounds as one: status, tests and output from the first round;
    CPU and wall time the median over rounds (every round's time kept), peak RSS the max."""
    runs = [first, *later]
    cpu = [time for run in runs for time in run.cpu_ms_repeats]
    wall = [run.wall_ms for run in runs if run.wall_ms is not None]
    rss = [run.peak_rss_kb for run in runs if run.peak_rss_kb is not None]
    counted = all("instructions" in run.measures for run in runs)
    instructions = [count for run in runs for count in run.instructions_repeats] if counted else []
    return first.model_copy(update={
        "cpu_ms": round(statistics.median(cpu), 3) if cpu else None,
        "cpu_ms_repeats": cpu,
        "wall_ms": round(statistics.median(wall), 3) if wall else None,
        "peak_rss_kb": max(rss) if rss else None,
        "instructions": int(statistics.median(instructions)) if instructions else None,
        "instructions_repeats": instructions,
        "measures": [m for m in first.measures if m != "instructions" or instructions],
    })  # fmt: skip


def _summarise(base: dict, run: list[Outcome], build: Build, versions: dict[str, str], measure: str) -> Execution:
    """One run of the suite as an Execution; its times are the sums over the tests."""
    cpu = round(sum(o.result.cpu_ms or 0.0 for o in run), 3)
    rss = [o.result.peak_rss_kb for o in run if o.result.peak_rss_kb is not None]
    instructions = sum(o.result.instructions or 0 for o in run) if measure == "callgrind" else 0
    shown = next((o for o in run if o.result.status != Status.passed), run[-1])
    return Execution(
        **base,
        status=worst([o.result.status for o in run]),
        tests_passed=sum(o.result.status == Status.passed for o in run),
        tests_total=len(run),
        tests=[o.result for o in run],
        cpu_ms=cpu,
        cpu_ms_repeats=[cpu],
        wall_ms=round(sum(o.result.wall_ms or 0.0 for o in run), 3),
        peak_rss_kb=max(rss) if rss else None,
        instructions=instructions or None,
        instructions_repeats=[instructions] if instructions else [],
        compile_ms=build.compile_ms,
        stdout=shown.stdout,
        stderr=shown.stderr,
        toolchain=versions,
        measures=["cpu", "wall", "rss"] + (["instructions"] if instructions else []),
    )
