"""The long-lived sandbox worker: started once inside the namespaces, it forks every run.

Runs as ``python3 -I -S worker.py CONFIG_JSON`` (standard library only) inside bubblewrap or
``unshare`` (see :mod:`sandboxes.isolation`), so namespaces, the read-only root and the private
/tmp are paid for once per worker, not per run. Protocol: one JSON request per line on stdin, one
JSON reply per line on stdout.

Per run the worker ``posix_spawn``s (vfork-based) the tiny static exec helper (exec_helper.c) in a new
session with the run's stdin/stdout/stderr; the helper joins the slot's memory / pids cgroups, sets the
rlimits, drops to the slot's unprivileged uid, chdirs and vforks the program, so ``ru_maxrss`` is the
program's own and no copy of the worker's page tables is made (a fork of this Python process costs
~2.5 ms on the target VM). The worker waits on a pidfd with the wall limit, takes the program's status
and rusage from the helper (CPU user+sys and peak RSS of the program and the descendants it waited
for), then kills whatever the run left behind (cgroup members, else every process of the slot's uid),
reaps those orphans (the worker is a child subreaper) adding their CPU time, and wipes the private
/tmp and /dev/shm so the next run starts clean. Without a helper (no C compiler) the worker forks and
does the same set-up in Python.
"""

from __future__ import annotations

import ctypes
import json
import math
import os
import resource
import select
import signal
import sys
import time

PR_SET_CHILD_SUBREAPER = 36
REAP_GRACE_S = 2.0


_CONTROL_FDS: dict[tuple[str, int], int] = {}


def control_fd(path: str, flags: int) -> int:
    """A cgroup control file, opened once: pread/pwrite on it costs ~1 µs, open+read+close ~15 µs (5 per run).

    Only for files the kernel regenerates on every read at offset 0 (counters, limits), not cgroup.procs.
    """
    fd = _CONTROL_FDS.get((path, flags))
    if fd is None:
        fd = _CONTROL_FDS[(path, flags)] = os.open(path, flags | os.O_CLOEXEC)
    return fd


def read_text(path: str) -> str:
    try:  # offset 0 makes the kernel regenerate the file's content
        return os.pread(control_fd(path, os.O_RDONLY), 1 << 16, 0).decode()
    except OSError:
        return ""


def write_text(path: str, text: str) -> None:
    os.pwrite(control_fd(path, os.O_WRONLY), text.encode(), 0)


class Slot:
    """The worker's fixed settings: its uid, cgroups and scratch directories."""

    def __init__(self, config: dict) -> None:
        self.uid: int | None = config.get("uid")
        # Builds get their own memory cgroup: the page cache a compiler writes (Go's build cache, object files)
        # would otherwise stay charged to the runs' cgroup, and reclaiming it stalls a run near its limit.
        self.cg_memory_run: str | None = config.get("cg_memory")
        self.cg_memory_build: str | None = config.get("cg_memory_build")
        self.cg_memory = self.cg_memory_run
        self.cg_pids: str | None = config.get("cg_pids")
        self.scratch: list[str] = config.get("scratch", [])
        self.keep: set[str] = set(config.get("keep", []))
        self.helper: str | None = config.get("helper")
        self._memory_limits: dict[str, int] = {}
        self._pids_limit: int | None = None

    # -- cgroups ---------------------------------------------------------------------------------
    def prepare_cgroups(self, limits: dict, build: bool) -> int:
        """Pick the run's or the build's memory cgroup, set the limits; return the OOM-kill count before the run."""
        self.cg_memory = (self.cg_memory_build if build else self.cg_memory_run) or self.cg_memory_run
        if self.cg_pids and limits["processes"] != self._pids_limit:
            write_text(os.path.join(self.cg_pids, "pids.max"), str(int(limits["processes"])))
            self._pids_limit = limits["processes"]
        if not self.cg_memory:
            return 0
        limit = int(limits["memory_mb"]) * 1024 * 1024
        if limit != self._memory_limits.get(self.cg_memory):
            write_text(os.path.join(self.cg_memory, "memory.limit_in_bytes"), str(limit))
            self._memory_limits[self.cg_memory] = limit
        try:
            write_text(os.path.join(self.cg_memory, "memory.max_usage_in_bytes"), "0")
        except OSError:
            pass
        return self.oom_kills()

    def oom_kills(self) -> int:
        if not self.cg_memory:
            return 0
        for line in read_text(os.path.join(self.cg_memory, "memory.oom_control")).splitlines():
            if line.startswith("oom_kill "):
                return int(line.split()[1])
        return 0

    def cgroup_peak_kb(self) -> int | None:
        if not self.cg_memory:
            return None
        text = read_text(os.path.join(self.cg_memory, "memory.max_usage_in_bytes")).strip()
        return int(text) // 1024 if text else None

    def join_cgroups(self) -> None:
        for group in (self.cg_memory, self.cg_pids):
            if group:
                write_text(os.path.join(group, "cgroup.procs"), str(os.getpid()))

    # -- leftovers -------------------------------------------------------------------------------
    def occupied(self) -> bool:
        """Whether processes are left in the pids cgroup (a cheap counter read, every run)."""
        return bool(self.cg_pids) and read_text(os.path.join(self.cg_pids, "pids.current")).strip() not in ("", "0")

    def members(self) -> list[int]:
        if not self.cg_pids:
            return []
        # Opened afresh: cgroup v1 caches a pid list per open file for a second, a kept fd would read stale pids.
        with open(os.path.join(self.cg_pids, "cgroup.procs")) as handle:
            return [int(p) for p in handle.read().split()]

    def kill_leftovers(self) -> None:
        """Kill every process the run left behind (orphans, daemons, a fork bomb's children)."""
        if self.cg_pids:
            for _ in range(100):
                members = self.members()
                if not members:
                    return
                for pid in members:
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                time.sleep(0.001)
        if self.uid is not None:
            # Without a pids cgroup: a helper with the run's uid kills every process of that uid.
            for _ in range(2):
                helper = os.fork()
                if helper == 0:
                    try:
                        os.setgid(self.uid)
                        os.setuid(self.uid)
                        os.kill(-1, signal.SIGKILL)
                    finally:
                        os._exit(0)
                os.waitpid(helper, 0)

    def reap(self) -> float:
        """Reap orphans re-parented to this subreaper; return their CPU milliseconds."""
        cpu_ms = 0.0
        deadline = time.monotonic() + REAP_GRACE_S
        while True:
            try:
                pid, _, usage = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                return cpu_ms
            if pid == 0:
                if time.monotonic() > deadline:
                    return cpu_ms
                time.sleep(0.001)
                continue
            cpu_ms += (usage.ru_utime + usage.ru_stime) * 1000

    def wipe_scratch(self) -> None:
        for root in self.scratch:
            try:
                entries = list(os.scandir(root))
            except OSError:
                continue
            for entry in entries:
                if entry.path in self.keep:
                    continue
                remove_tree(entry.path)


def remove_tree(path: str) -> None:
    try:
        if os.path.isdir(path) and not os.path.islink(path):
            for entry in os.scandir(path):
                remove_tree(entry.path)
            os.rmdir(path)
        else:
            os.unlink(path)
    except OSError:
        pass


RLIMIT_NAMES = {"cpu": resource.RLIMIT_CPU, "nproc": resource.RLIMIT_NPROC, "fsize": resource.RLIMIT_FSIZE,
                "nofile": resource.RLIMIT_NOFILE, "core": resource.RLIMIT_CORE, "stack": resource.RLIMIT_STACK,
                "as": resource.RLIMIT_AS}


def rlimits(limits: dict) -> list[tuple[str, int, int]]:
    """The run's rlimits as (name, soft, hard); names as the exec helper's ``--rlimit`` takes them."""
    cpu = max(1, math.ceil(limits["cpu_s"]))
    values = [
        ("cpu", cpu, cpu + 1),
        ("nproc", int(limits["processes"]), int(limits["processes"])),
        ("fsize", int(limits["output_kb"]) * 1024, int(limits["output_kb"]) * 1024),
        ("nofile", int(limits["open_files"]), int(limits["open_files"])),
        ("core", 0, 0),
        ("stack", int(limits["stack_mb"]) * 1024 * 1024, int(limits["stack_mb"]) * 1024 * 1024),
    ]
    if limits.get("rlimit_as"):
        # Headroom over the memory limit: RSS is what is limited, address space is only a backstop.
        address_space = int(limits["memory_mb"]) * 2 * 1024 * 1024
        values.append(("as", address_space, address_space))
    return values


def helper_argv(slot: Slot, request: dict) -> list[str]:
    """The exec helper's command line: set-up options (in order: cgroups, rlimits, uid, cwd), then the program."""
    argv = [slot.helper]
    for group in (slot.cg_memory, slot.cg_pids):
        if group:
            argv += ["--cgroup", group]
    for name, soft, hard in rlimits(request["limits"]):
        argv += ["--rlimit", f"{name}={soft}:{hard}"]
    if slot.uid is not None:
        argv += ["--uid", str(slot.uid)]
    return [*argv, "--cwd", request["cwd"], "--", *request["argv"]]


def spawn_helper(slot: Slot, request: dict, report_fd: int) -> int:
    """Start the helper with posix_spawn (vfork + exec: no copy of the worker's memory) in a new session."""
    write = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    file_actions = [
        (os.POSIX_SPAWN_OPEN, 0, request["stdin"] or os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, request["stdout"], write, 0o600),
        (os.POSIX_SPAWN_OPEN, 2, request["stderr"], write, 0o600),
        (os.POSIX_SPAWN_DUP2, report_fd, 3),
    ]
    # Python ignores SIGPIPE; the program gets the default back (SIGXFSZ stays ignored: FSIZE ends in EFBIG).
    return os.posix_spawn(slot.helper, helper_argv(slot, request), request["env"], file_actions=file_actions,
                          setsid=True, setsigdef=(signal.SIGPIPE,))


def fork_child(slot: Slot, request: dict, error_fd: int) -> int:
    """Without a helper: fork, confine in Python, exec the program; exec errors come back on ``error_fd``."""
    pid = os.fork()
    if pid != 0:
        return pid
    try:
        os.setsid()
        slot.join_cgroups()
        stdin = os.open(request["stdin"] or os.devnull, os.O_RDONLY)
        stdout = os.open(request["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        stderr = os.open(request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        for fd, target in ((stdin, 0), (stdout, 1), (stderr, 2)):
            os.dup2(fd, target)
            os.close(fd)
        for name, soft, hard in rlimits(request["limits"]):
            resource.setrlimit(RLIMIT_NAMES[name], (soft, hard))
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        if slot.uid is not None:
            os.setgroups([])
            os.setgid(slot.uid)
            os.setuid(slot.uid)
        os.chdir(request["cwd"])
        os.execve(request["argv"][0], request["argv"], request["env"])
    except BaseException as error:  # report anything (exec failure included) to the worker
        try:
            os.write(error_fd, f"{type(error).__name__}: {error}".encode()[:1000])
        finally:
            os._exit(127)


def wait_with_timeout(pid: int, wall_s: float) -> bool:
    """Wait until ``pid`` exits or ``wall_s`` passes; True if it timed out."""
    pidfd = os.pidfd_open(pid)
    try:
        poller = select.poll()
        poller.register(pidfd, select.POLLIN)
        return not poller.poll(wall_s * 1000)
    finally:
        os.close(pidfd)


def start(slot: Slot, request: dict, report_fd: int) -> tuple[int | None, str]:
    """Start the run; (pid, "") or, when it could not start, (pid or None, the reason)."""
    if slot.helper:
        try:
            return spawn_helper(slot, request, report_fd), ""
        except OSError as error:  # the helper itself or a redirection failed (glibc reports it from the child)
            return None, f"{type(error).__name__}: {error}"
    read_fd, write_fd = os.pipe2(os.O_CLOEXEC)
    pid = fork_child(slot, request, write_fd)
    os.close(write_fd)
    exec_error = b""
    while chunk := os.read(read_fd, 1024):  # EOF once the child has exec'd (CLOEXEC) or died
        exec_error += chunk
    os.close(read_fd)
    return pid, exec_error.decode(errors="replace")


def run(slot: Slot, request: dict) -> dict:
    limits = request["limits"]
    oom_before = slot.prepare_cgroups(limits, bool(request.get("build")))
    report_read, report_write = os.pipe2(os.O_CLOEXEC)
    started = time.perf_counter()
    pid, error = start(slot, request, report_write)
    os.close(report_write)
    if pid is None:
        os.close(report_read)
        return {"exit_code": 127, "cpu_ms": 0.0, "wall_ms": (time.perf_counter() - started) * 1000, "maxrss_kb": 0,
                "timed_out": False, "oom_killed": False, "cgroup_peak_kb": None, "error": error}
    timed_out = wait_with_timeout(pid, limits["wall_s"])
    if timed_out:
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        slot.kill_leftovers()
    _, status, usage = os.wait4(pid, 0)
    wall_ms = (time.perf_counter() - started) * 1000
    if slot.occupied() or not slot.cg_pids:
        slot.kill_leftovers()
    orphan_cpu_ms = slot.reap()
    exit_code = os.waitstatus_to_exitcode(status)
    cpu_ms, maxrss_kb = (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_maxrss
    report = os.read(report_read, 1024)
    os.close(report_read)
    fields = report.split()
    if report.startswith(b"error "):  # the helper could not set the run up
        error = report[len(b"error "):].decode(errors="replace").strip()
    elif len(fields) == 4:  # the helper's account of the program itself
        exit_code = os.waitstatus_to_exitcode(int(fields[0]))
        cpu_ms = (int(fields[1]) + int(fields[2])) / 1000
        maxrss_kb = int(fields[3])
    reply = {
        "exit_code": exit_code,
        "cpu_ms": cpu_ms + orphan_cpu_ms,
        "wall_ms": wall_ms,
        "maxrss_kb": maxrss_kb,
        "timed_out": timed_out,
        "oom_killed": slot.oom_kills() > oom_before,
        "cgroup_peak_kb": slot.cgroup_peak_kb(),
        "error": error or None,
    }
    slot.wipe_scratch()
    return reply


def probe(slot: Slot) -> dict:
    """What the runs will see: used by the host to report isolation features."""
    return {
        "pid": os.getpid(),
        "uid": slot.uid,
        "cg_memory": bool(slot.cg_memory),
        "cg_pids": bool(slot.cg_pids),
        "hostname": os.uname().nodename,
        "net_devices": sorted(os.listdir("/sys/class/net")) if os.path.isdir("/sys/class/net") else [],
    }


def main() -> None:
    config = json.loads(sys.argv[1])
    if config.get("cpu") is not None:
        os.sched_setaffinity(0, {config["cpu"]})  # runs inherit it
    slot = Slot(config)
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    out = sys.stdout
    for line in sys.stdin:
        request = json.loads(line)
        try:
            reply = probe(slot) if request.get("probe") else run(slot, request)
        except Exception as error:  # an infrastructure failure: the host marks the run sandbox_error
            reply = {"error": f"worker: {type(error).__name__}: {error}", "infrastructure": True}
        out.write(json.dumps(reply) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
