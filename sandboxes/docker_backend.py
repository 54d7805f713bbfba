"""Docker backend: the same compile / run / classify pipeline as the local backend, each run in a container.

Images ``themis-sandbox-<lang>`` are built from ``sandboxes/langs/<Lang>/Dockerfile`` (``build_images``) on
the local base image (``sandboxes.docker_setup``). Every run: ``--network none``, ``--read-only`` root,
tmpfs ``/tmp`` and ``/work`` (builds get their build dir instead), ``--memory`` = ``--memory-swap``,
``--pids-limit``, ``--cpus 1``, ulimits (cpu, fsize, nofile, stack), ``--cap-drop ALL``,
``no-new-privileges``, user 61000. The static exec helper (mounted read-only with the artifact cache)
reports the program's own rusage, so CPU time and peak RSS mean the same as in the local backend.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import tempfile
import threading
import time
import uuid
from functools import lru_cache
from pathlib import Path

from sandboxes.cache import artifact_root, cache_root
from sandboxes.isolation import SlotPaths
from sandboxes.limits import Limits
from sandboxes.pool import RunReply, SandboxInfraError, exec_helper
from sandboxes.spec import LANGS_DIR, LanguageSpec, languages

IMAGE_PREFIX = "themis-sandbox-"
BASE_IMAGE = "themis-base:bookworm"
RUN_UID = 61000
IN_ARTIFACTS = "/artifacts"
IN_IO = "/io"
IN_WORK = "/work"
IN_LANGS = "/langs"
IN_GOCACHE = "/tmp/gocache"
DOCKER_TIMEOUT_GRACE_S = 10


def docker_binary() -> str:
    found = shutil.which("docker")
    if not found:
        raise SandboxInfraError("docker CLI not found (make setup-docker)")
    return found


def engine_available() -> tuple[bool, str]:
    """(reachable, server version or the reason it is not)."""
    if not shutil.which("docker"):
        return False, "docker CLI not installed"
    result = subprocess.run(["docker", "version", "-f", "{{.Server.Version}}"], capture_output=True, text=True, timeout=20)
    if result.returncode != 0:
        return False, (result.stderr.strip().splitlines() or ["engine unreachable"])[-1]
    return True, result.stdout.strip()


def image_name(language: str) -> str:
    return IMAGE_PREFIX + language.lower()


def build_images(names: list[str] | None = None) -> dict[str, str]:
    """docker build every (or the named) language's image; returns {language: tag}."""
    from sandboxes.spec import spec_for

    specs = [spec_for(n) for n in names] if names else list(languages().values())
    built = {}
    for spec in specs:
        tag = image_name(spec.name)
        result = subprocess.run(
            [docker_binary(), "build", "--network", "host", "-t", tag, "-f", str(spec.dir / "Dockerfile"), str(spec.dir)],
            capture_output=True, text=True, env={**os.environ, "DOCKER_BUILDKIT": "0"},
        )
        if result.returncode != 0:
            raise SandboxInfraError(f"docker build {tag} failed: {result.stderr[-2000:]}")
        built[spec.name] = tag
    return built


class DockerPaths(SlotPaths):
    """Host directories and how a container sees them (bind mounts)."""

    def sandbox_path(self, host: Path) -> str:
        for base, inside in ((self.artifacts, IN_ARTIFACTS), (LANGS_DIR, IN_LANGS), (self.gocache, IN_GOCACHE)):
            try:
                return str(Path(inside) / host.relative_to(base))
            except ValueError:
                continue
        try:  # a run dir: <work_root>/<id>/cwd is the container's /work, <id>/ its /io
            relative = host.relative_to(self.work_root)
        except ValueError:
            return str(host)
        parts = relative.parts
        if len(parts) >= 2 and parts[1] == "cwd":
            return str(Path(IN_WORK, *parts[2:]))
        return str(Path(IN_IO, *parts[1:]))


class DockerWorker:
    """Runs each request in a fresh container of the current language's image."""

    backend = "docker"

    def __init__(self, paths: DockerPaths, helper: Path) -> None:
        self.paths = paths
        self.helper = helper
        self.image = ""
        self.lock = threading.Lock()

    @property
    def backend_version(self) -> str:
        return f"docker {engine_available()[1]}, {self.image}"

    def use_language(self, spec: LanguageSpec) -> None:
        self.image = image_name(spec.name)

    def toolchain_version(self, spec: LanguageSpec) -> str:
        return _image_version(self.image, tuple(spec.version_command))

    def run(self, argv: list[str], env: dict[str, str], cwd: Path, stdin: Path | None, stdout: Path, stderr: Path,
            limits: Limits, rlimit_as: bool, build: bool = False) -> RunReply:
        io_dir = cwd.parent
        name = f"themis-{uuid.uuid4().hex[:12]}"
        cpu = max(1, math.ceil(limits.cpu_s))
        helper = self.paths.sandbox_path(self.helper)
        redirect = f"exec {helper} \"$@\" <{IN_IO}/stdin >{IN_IO}/stdout 2>{IN_IO}/stderr 3>{IN_IO}/report"
        if stdin is None:
            (io_dir / "stdin").write_text("")
        command = [
            docker_binary(), "run", "--name", name, "--network", "none", "--read-only",
            "--memory", f"{limits.memory_mb}m", "--memory-swap", f"{limits.memory_mb}m",
            "--pids-limit", str(limits.processes), "--cpus", "1",
            "--ulimit", f"cpu={cpu}:{cpu + 1}", "--ulimit", f"fsize={limits.output_kb * 1024}",
            "--ulimit", f"nofile={limits.open_files}", "--ulimit", f"stack={limits.stack_mb * 1024 * 1024}",
            "--cap-drop", "ALL", "--security-opt", "no-new-privileges", "--user", f"{RUN_UID}:{RUN_UID}",
            "--tmpfs", "/tmp:rw,exec,size=256m", "--tmpfs", f"{IN_GOCACHE}:rw,exec,size=512m,uid={RUN_UID}",
            "-v", f"{self.paths.artifacts}:{IN_ARTIFACTS}:ro", "-v", f"{LANGS_DIR}:{IN_LANGS}:ro",
            "-v", f"{io_dir}:{IN_IO}:rw", "-w", IN_WORK,
        ]
        if build:  # the build dir must come back out: bind it; runs get a fresh tmpfs
            command += ["-v", f"{cwd}:{IN_WORK}:rw"]
        else:
            command += ["--tmpfs", f"{IN_WORK}:rw,exec,size=256m,uid={RUN_UID}"]
        for key, value in env.items():
            command += ["-e", f"{key}={value}"]
        command += [self.image, "/bin/sh", "-c", redirect, "sh", *argv]
        os.chmod(io_dir, 0o777)
        started = time.perf_counter()
        timed_out = False
        try:
            subprocess.run(command, capture_output=True, timeout=limits.wall_limit_s + DOCKER_TIMEOUT_GRACE_S)
        except subprocess.TimeoutExpired:
            timed_out = True
            subprocess.run([docker_binary(), "kill", name], capture_output=True)
        wall_ms = (time.perf_counter() - started) * 1000
        state = self._state(name)
        subprocess.run([docker_binary(), "rm", "-f", name], capture_output=True)
        report = (io_dir / "report").read_text().split() if (io_dir / "report").exists() else []
        if len(report) == 4:
            exit_code = os.waitstatus_to_exitcode(int(report[0]))
            cpu_ms, maxrss = (int(report[1]) + int(report[2])) / 1000, int(report[3])
        else:
            exit_code, cpu_ms, maxrss = -9 if state.get("ExitCode") == 137 else state.get("ExitCode", -9), 0.0, 0
        timed_out = timed_out or wall_ms > limits.wall_limit_s * 1000
        return RunReply(exit_code=exit_code, cpu_ms=cpu_ms, wall_ms=wall_ms, maxrss_kb=maxrss, timed_out=timed_out,
                        oom_killed=bool(state.get("OOMKilled")), cgroup_peak_kb=None, error=None)

    @staticmethod
    def _state(name: str) -> dict:
        result = subprocess.run([docker_binary(), "inspect", "-f", "{{json .State}}", name], capture_output=True, text=True)
        return json.loads(result.stdout) if result.returncode == 0 else {}


@lru_cache(maxsize=32)
def _image_version(image: str, command: tuple[str, ...]) -> str:
    result = subprocess.run([docker_binary(), "run", "--rm", "--network", "none", image, *command], capture_output=True, text=True)
    text = (result.stdout.strip() or result.stderr.strip()).splitlines()
    if result.returncode != 0 and not text:
        raise SandboxInfraError(f"image {image} is missing or broken (themis sandbox build-images)")
    return text[0].strip() if text else "unknown"


class DockerPool:
    """``size`` container slots sharing one work root (checked out like the local workers)."""

    def __init__(self, size: int) -> None:
        import queue

        ok, detail = engine_available()
        if not ok:
            raise SandboxInfraError(f"no Docker engine: {detail} (python -m sandboxes.docker_setup)")
        helper = exec_helper()
        if helper is None:
            raise SandboxInfraError("the exec helper needs a C compiler on the host")
        self.work_root = Path(tempfile.mkdtemp(prefix="themis-docker-"))
        os.chmod(self.work_root, 0o711)
        gocache = cache_root() / "gocache" / "docker"
        gocache.mkdir(parents=True, exist_ok=True)
        self.free: "queue.Queue[DockerWorker]" = queue.Queue()
        for slot in range(size):
            paths = DockerPaths(slot=slot, uid=RUN_UID, work_root=self.work_root, artifacts=artifact_root(), gocache=gocache)
            self.free.put(DockerWorker(paths, helper))

    def checkout(self):
        from contextlib import contextmanager

        @contextmanager
        def lease():
            worker = self.free.get()
            try:
                yield worker
            finally:
                self.free.put(worker)

        return lease()


_POOLS: dict[int, DockerPool] = {}
_POOLS_LOCK = threading.Lock()


def get_pool(size: int) -> DockerPool:
    with _POOLS_LOCK:
        if size not in _POOLS:
            _POOLS[size] = DockerPool(size)
        return _POOLS[size]
