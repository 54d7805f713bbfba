"""Hostile programs: each run ends classified, nothing escapes or survives, and the next run is unaffected."""

from __future__ import annotations

import dataclasses
import os
import signal
import uuid
from pathlib import Path

import pytest

import sandboxes
from sandboxes import Limits
from sandboxes.local import limit_status
from sandboxes.pool import RunReply
from sandboxes.spec import languages
from schemas import Candidate, Problem, Status, StdioCase, StdioTests

REPO = Path(__file__).resolve().parents[1]
HOSTILE_LIMITS = Limits(cpu_s=2, wall_s=4, memory_mb=256, processes=64)
pytestmark = pytest.mark.xdist_group("sandbox")


def problem(language: str, expected: str = "", pid: str = "hostile/x") -> Problem:
    return Problem(id=pid, source="test", language=language, prompt="hostile", license="MIT",
                   tests=StdioTests(cases=[StdioCase(name="only", stdin="", expected=expected)]))


def run(language: str, code: str, expected: str = "", limits: Limits = HOSTILE_LIMITS):
    p = problem(language, expected)
    return sandboxes.execute([Candidate(problem_id=p.id, language=language, code=code, origin="llm:hostile")], [p], limits=limits)[0]


def processes_with(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


def assert_next_run_is_clean() -> None:
    after = run("Python", "print('still fine')\n", "still fine\n")
    assert after.status == Status.passed, after.stderr


def test_fork_bomb_is_contained() -> None:
    execution = run("Python", "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n")
    assert execution.status == Status.timeout
    assert_next_run_is_clean()


def test_c_fork_bomb_is_contained() -> None:
    execution = run("C", "#include <unistd.h>\nint main(void){for(;;)fork();}\n")
    assert execution.status == Status.timeout
    assert_next_run_is_clean()


@pytest.mark.parametrize(
    ("language", "code"),
    [
        ("Python", "x = []\nwhile True:\n    x.append(bytearray(10**7))\n"),
        ("C", "#include <stdlib.h>\n#include <string.h>\nint main(void){for(;;){char*p=malloc(1<<24);if(p)memset(p,1,1<<24);}}\n"),
        ("Cpp", "#include <vector>\nint main(){std::vector<std::vector<char>> v;for(;;)v.emplace_back(1<<24, 'x');}\n"),
        ("Java", "import java.util.*;\npublic class Main{public static void main(String[] a){List<long[]> l=new ArrayList<>();for(;;)l.add(new long[1<<20]);}}\n"),
        ("JavaScript", "const a = [];\nfor (;;) a.push(new Array(1 << 20).fill(1.5));\n"),
        ("Go", "package main\nfunc main(){var l [][]byte\nfor{b:=make([]byte,1<<24)\nfor i:=range b{b[i]=1}\nl=append(l,b)}}\n"),
        ("Ruby", "a = []\nloop { a << ('x' * (1 << 24)) }\n"),
        ("CSharp", "using System.Collections.Generic;\nclass P{static void Main(){var l=new List<long[]>();for(;;)l.Add(new long[1<<20]);}}\n"),
    ],
)
def test_memory_bomb_is_memory_limit(language: str, code: str) -> None:
    # The kernel's cgroup-v1 reclaim takes ~4 s of wall time before its OOM kill on this VM (also outside the sandbox).
    execution = run(language, code, limits=Limits(cpu_s=4, wall_s=12, memory_mb=256, processes=64))
    assert execution.status == Status.memory_limit, (execution.status, execution.stderr[-500:])


def test_jvm_heap_is_sized_to_the_memory_limit() -> None:
    # The cgroup is invisible inside the sandbox: without -XX:MaxRAM the JVM sized its heap from the host's RAM.
    code = "public class Main{public static void main(String[] a){System.out.println(Runtime.getRuntime().maxMemory()>>20);}}\n"
    execution = run("Java", code, limits=Limits(cpu_s=4, wall_s=12, memory_mb=256, processes=64))
    assert 0 < int(execution.stdout) <= 256 * 0.8, execution.stdout


def test_cpu_limit_at_the_memory_ceiling_is_memory_limit() -> None:
    # cgroup-v1 reclaim is charged as the program's CPU time: on a slow VM RLIMIT_CPU fires before the OOM kill.
    limits = Limits(cpu_s=4, wall_s=12, memory_mb=256, processes=64)
    reclaiming = RunReply(exit_code=-signal.SIGXCPU, cpu_ms=4010, wall_ms=4500, maxrss_kb=250_000, timed_out=False,
                          oom_killed=False, cgroup_peak_kb=256 * 1024, error=None)
    spinning = dataclasses.replace(reclaiming, cgroup_peak_kb=20_000)
    spec = languages()["Python"]
    assert limit_status(reclaiming, limits, 0, b"", spec) == Status.memory_limit
    assert limit_status(spinning, limits, 0, b"", spec) == Status.timeout


@pytest.mark.parametrize(
    ("language", "code"),
    [
        ("Python", "while True:\n    pass\n"),
        ("Java", "public class Main{public static void main(String[] a){long i=0;for(;;)i++;}}\n"),
        ("JavaScript", "for (;;) {}\n"),
        ("Go", "package main\nfunc main(){i:=0\nfor{i++}}\n"),
        ("Ruby", "loop {}\n"),
        ("CSharp", "class P{static void Main(){for(;;){}}}\n"),
    ],
)
def test_infinite_loop_is_timeout(language: str, code: str) -> None:
    execution = run(language, code, limits=Limits(cpu_s=1, wall_s=3))
    assert execution.status == Status.timeout


def test_orphan_busy_child_does_not_survive() -> None:
    marker = f"themis-orphan-{uuid.uuid4().hex}"
    code = (
        "import os\n"
        "if os.fork() == 0:\n"
        "    os.setsid()\n"
        f"    os.execv('/bin/sh', ['sh', '-c', 'while :; do :; done # {marker}'])\n"
        "print('parent done')\n"
    )
    execution = run("Python", code, "parent done\n")
    assert execution.status == Status.passed
    assert processes_with(marker) == []
    assert_next_run_is_clean()


def test_network_is_unreachable() -> None:
    code = (
        "import socket\n"
        "for host, port in (('127.0.0.1', 22), ('8.8.8.8', 53), ('pypi.org', 443)):\n"
        "    try:\n"
        "        socket.create_connection((host, port), timeout=2).close()\n"
        "        print('CONNECTED', host)\n"
        "    except OSError:\n"
        "        print('blocked')\n"
    )
    execution = run("Python", code, "blocked\nblocked\nblocked\n")
    assert execution.status == Status.passed, execution.stdout


def test_writes_outside_the_work_dir_do_not_reach_the_host() -> None:
    name = f"themis-escape-{uuid.uuid4().hex}"
    targets = [f"/tmp/{name}", str(REPO / name), f"/var/tmp/{name}", f"/root/{name}"]
    code = "for path in %r:\n    try:\n        open(path, 'w').write('x')\n        print('wrote')\n    except OSError:\n        print('denied')\n" % targets
    execution = run("Python", code)
    assert execution.status == Status.failed  # expected output is empty: we only care about the host
    assert execution.stdout.split()[1:] == ["denied", "denied", "denied"]  # /tmp is the run's private tmpfs
    for target in targets:
        assert not os.path.exists(target)


def test_host_secrets_are_not_visible(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THEMIS_TEST_SECRET", "s3cr3t-value")
    code = (
        "import os\n"
        "print(sorted(k for k in os.environ if 'SECRET' in k or 'TOKEN' in k or 'KEY' in k))\n"
        "for path in ('/root/.ssh', os.path.expanduser('~/.ssh'), '/root'):\n"
        "    try:\n"
        "        print(path, os.listdir(path))\n"
        "    except OSError:\n"
        "        print(path, 'unreadable')\n"
    )
    execution = run("Python", code)
    assert "s3cr3t" not in execution.stdout
    lines = execution.stdout.splitlines()
    assert lines[0] == "[]"
    assert lines[1].endswith("[]") or lines[1].endswith("unreadable")  # /root is an empty tmpfs or unreadable
    assert lines[2].endswith("unreadable")


def test_gigabyte_of_output_is_output_limit() -> None:
    code = "import sys\nchunk = 'x' * (1 << 20)\nfor _ in range(1024):\n    sys.stdout.write(chunk)\n"
    execution = run("Python", code)
    assert execution.status == Status.output_limit
    assert len(execution.stdout) <= HOSTILE_LIMITS.tail_chars


def test_kill_everything_only_kills_the_run() -> None:
    probe = run("Python", "import os\nprint(os.getuid(), os.getpid())\n")
    uid, pid = map(int, probe.stdout.split())
    if uid == 0 and pid > 1000:
        pytest.skip("the sandbox shows neither a PID namespace nor a non-root user: kill -9 -1 would end every process")
    sentinel = run("Python", "import os\nprint(os.getppid() > 0)\n", "True\n")
    assert sentinel.status == Status.passed
    execution = run("Python", "import os, signal\nos.kill(-1, signal.SIGKILL)\nprint('survived')\n", "survived\n")
    # The run's own processes die (the exec helper that waits for the program shares the run's uid), nothing else.
    assert execution.status in (Status.passed, Status.runtime_error)
    assert os.getppid() > 1  # this test process and its parent are untouched
    assert_next_run_is_clean()


def test_run_is_unprivileged_confined_and_pinned() -> None:
    """The exec helper's set-up reaches the program: no privileges left, the rlimits, one CPU."""
    from sandboxes import isolation

    if not isolation.features().root:
        pytest.skip("runs keep the caller's uid without root: there is no privilege to drop")
    code = (
        "import os, resource\n"
        "status = dict(line.split(':', 1) for line in open('/proc/self/status'))\n"
        "print(os.getuid() != 0, status['NoNewPrivs'].strip(), int(status['CapEff'], 16), os.getgroups())\n"
        "print(resource.getrlimit(resource.RLIMIT_CPU), resource.getrlimit(resource.RLIMIT_NOFILE))\n"
        "print(len(os.sched_getaffinity(0)), os.getsid(0) == os.getpid() or os.getsid(0) == os.getppid())\n"
    )
    execution = run("Python", code)
    lines = execution.stdout.splitlines()
    assert lines[0] == "True 1 0 []", execution.stdout + execution.stderr
    assert lines[1] == f"(2, 3) ({HOSTILE_LIMITS.open_files}, {HOSTILE_LIMITS.open_files})"
    assert lines[2] == "1 True"  # pinned to the worker's CPU; the helper leads the run's own session


def test_a_run_that_cannot_be_set_up_is_a_sandbox_error() -> None:
    from sandboxes.pool import get_pool

    with get_pool(1).checkout() as worker:
        io = worker.paths.work_root / f"setup-{uuid.uuid4().hex}"
        io.mkdir()
        try:
            reply = worker.run(["/bin/true"], {}, io / "missing-cwd", None, io / "stdout", io / "stderr",
                               HOSTILE_LIMITS, False)
        finally:
            for path in io.iterdir():
                path.unlink()
            io.rmdir()
    assert reply.error and "missing-cwd" in reply.error
    assert limit_status(reply, HOSTILE_LIMITS, 0, b"", languages()["C"]) == Status.sandbox_error
    assert_next_run_is_clean()
