"""Host side of the sandbox workers: start them once, send runs, restart one that died."""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sandboxes import isolation
from sandboxes.cache import artifact_root, cache_root
from sandboxes.isolation import SlotPaths
from sandboxes.limits import Limits

WORKER_SCRIPT = Path(__file__).resolve().parent / "worker.py"
HELPER_SOURCE = Path(__file__).resolve().parent / "exec_helper.c"
# Best first: without libc (x86_64; starts in ~0.05 ms instead of ~0.3 ms), static libc, dynamic libc. Static keeps
# the helper's image (and so the program's starting RSS) tiny.
HELPER_BUILDS = (
    ["-static", "-nostdlib", "-ffreestanding", "-fno-stack-protector", "-fno-tree-loop-distribute-patterns",
     "-DTHEMIS_NOLIBC"],
    ["-static"],
    [],
)


class SandboxInfraError(RuntimeError):
    """The sandbox itself failed (not the program): the run is a sandbox_error and may be retried."""


@dataclass
class RunReply:
    exit_code: int
    cpu_ms: float
    wall_ms: float
    maxrss_kb: int
    timed_out: bool
    oom_killed: bool
    cgroup_peak_kb: int | None
    error: str | None


def exec_helper() -> Path | None:
    """The static exec helper (exec_helper.c), compiled once into the artifact cache; None without a C compiler."""
    source = HELPER_SOURCE.read_bytes()
    # The build flags are part of the name: a process running older code must not pass its build off as this one.
    digest = hashlib.sha256(source + repr(HELPER_BUILDS).encode()).hexdigest()[:12]
    target = artifact_root() / ".bin" / f"themis-exec-{digest}"
    if target.exists():
        return target
    compiler = shutil.which("gcc") or shutil.which("cc")
    if compiler is None:
        return None
    target.parent.mkdir(mode=0o755, exist_ok=True)
    staging = target.with_suffix(f".tmp{os.getpid()}")
    for flags in HELPER_BUILDS:
        if subprocess.run([compiler, "-O2", *flags, "-o", str(staging), str(HELPER_SOURCE)], capture_output=True).returncode == 0:
            os.chmod(staging, 0o755)
            os.rename(staging, target)
            return target
    return None


class Worker:
    """One long-lived worker process (one slot); runs requests one at a time."""

    backend = "local"

    def __init__(self, paths: SlotPaths, helper: Path | None = None) -> None:
        self.paths = paths
        self.helper = helper
        self.process: subprocess.Popen | None = None
        self.lock = threading.Lock()

    @property
    def backend_version(self) -> str:
        return isolation.features().describe()

    def use_language(self, spec) -> None:
        """Backends that need the language up front (Docker picks its image) override this."""

    def toolchain_version(self, spec) -> str:
        from sandboxes import toolchains

        return toolchains.version(spec)

    def start(self) -> None:
        config = json.dumps(isolation.worker_config(self.paths, self.helper))
        log = open(self.paths.work_root / f"worker-{self.paths.slot}.log", "ab")
        self.process = subprocess.Popen(
            isolation.launcher(self.paths, WORKER_SCRIPT, config),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
            close_fds=True,
        )
        log.close()

    def request(self, payload: dict) -> dict:
        with self.lock:
            for attempt in range(2):
                if self.process is None or self.process.poll() is not None:
                    self.start()
                try:
                    self.process.stdin.write((json.dumps(payload) + "\n").encode())
                    self.process.stdin.flush()
                    line = self.process.stdout.readline()
                except (BrokenPipeError, OSError):
                    line = b""
                if line:
                    return json.loads(line)
                self.stop()
            raise SandboxInfraError(f"sandbox worker {self.paths.slot} died twice (see {self.paths.work_root}/worker-*.log)")

    def run(self, argv: list[str], env: dict[str, str], cwd: Path, stdin: Path | None, stdout: Path, stderr: Path,
            limits: Limits, rlimit_as: bool, build: bool = False) -> RunReply:
        sandbox = self.paths.sandbox_path
        reply = self.request(
            {
                "argv": argv,
                "env": env,
                "cwd": sandbox(cwd),
                "stdin": sandbox(stdin) if stdin else None,
                "stdout": sandbox(stdout),
                "stderr": sandbox(stderr),
                "limits": {**limits.model_dump(), "wall_s": limits.wall_limit_s, "rlimit_as": rlimit_as},
                "build": build,
            }
        )
        if reply.get("infrastructure"):
            raise SandboxInfraError(reply["error"])
        return RunReply(**reply)

    def probe(self) -> dict:
        return self.request({"probe": True})

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        try:
            process.stdin.close()
            process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            process.kill()
            process.wait()


WORK_PREFIX = "themis-sandbox-"


def work_parent() -> str:
    """Run dirs live in memory (/dev/shm) when possible: creating and removing them on a busy disk costs ms."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else tempfile.gettempdir()


def remove_stale_work_roots() -> None:
    """Work roots of processes that died without closing their pool (killed by a timeout, SIGKILL …)."""
    for path in Path(work_parent()).glob(f"{WORK_PREFIX}*-*"):
        pid = path.name[len(WORK_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            shutil.rmtree(path, ignore_errors=True)


class WorkerPool:
    """``size`` workers sharing one work root; check one out for a whole candidate (compile + tests)."""

    def __init__(self, size: int) -> None:
        self.size = size
        remove_stale_work_roots()
        isolation.remove_stale_cgroups()
        self.work_root = Path(tempfile.mkdtemp(prefix=f"{WORK_PREFIX}{os.getpid()}-", dir=work_parent()))
        os.chmod(self.work_root, 0o711)
        self.tag = f"{os.getpid()}-{self.work_root.name[-8:]}"
        self.free: queue.Queue[Worker] = queue.Queue()
        self.workers: list[Worker] = []
        self._uid_locks: list[int] = []
        helper = exec_helper()
        for slot in range(size):
            uid, lock = isolation.allocate_uid()
            if lock is not None:
                self._uid_locks.append(lock)
            paths = SlotPaths(slot=slot, uid=uid, work_root=self.work_root, artifacts=artifact_root(), gocache=self._gocache(uid))
            isolation.make_cgroups(paths, self.tag)
            worker = Worker(paths, helper)
            self.workers.append(worker)
            self.free.put(worker)

    @staticmethod
    def _gocache(uid: int | None) -> Path:
        # One Go build cache per uid: the cache must be writable by the run, and slots have distinct uids.
        path = cache_root() / "gocache" / str(uid if uid is not None else "own")
        path.mkdir(parents=True, exist_ok=True)
        if uid is not None and path.stat().st_uid != uid:
            for item in [path, *path.rglob("*")]:
                os.lchown(item, uid, uid)
        return path

    @contextmanager
    def checkout(self) -> Iterator[Worker]:
        worker = self.free.get()
        try:
            yield worker
        finally:
            self.free.put(worker)

    def close(self) -> None:
        for worker in self.workers:
            worker.stop()
            isolation.remove_cgroups(worker.paths)
        for lock in self._uid_locks:
            os.close(lock)
        shutil.rmtree(self.work_root, ignore_errors=True)


_POOLS: dict[tuple[int, Path], WorkerPool] = {}
_POOLS_LOCK = threading.Lock()


def get_pool(size: int) -> WorkerPool:
    """A process-wide pool of ``size`` workers, started on first use and kept (that is the speed).

    Keyed by the artifact cache too: workers see the cache through a bind mount made at their start.
    """
    key = (size, artifact_root())
    with _POOLS_LOCK:
        if key not in _POOLS:
            _POOLS[key] = WorkerPool(size)
        return _POOLS[key]


def close_pools() -> None:
    with _POOLS_LOCK:
        for pool in _POOLS.values():
            pool.close()
        _POOLS.clear()


atexit.register(close_pools)
