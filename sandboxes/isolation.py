"""Which isolation this machine offers, and how a sandbox worker is launched inside it.

Preference order: bubblewrap (read-only host root, private /tmp, /dev and /proc, new net / pid / ipc /
uts namespaces, the process keeps root only to set cgroups and then drops to the slot's uid) →
``unshare`` (namespaces, writable host) → a bare worker (rlimits and uid drop only). Each worker slot
gets its own uid (from ``SLOT_UID_BASE`` up) so RLIMIT_NPROC and "kill every process of the uid" are
per slot (see :func:`allocate_uid`), and its own memory and pids cgroup (v1) when the cgroup tree is writable.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

SLOT_UID_BASE = 61000
# Where the work root, the artifact cache and the Go build cache appear inside the sandbox (bubblewrap).
SANDBOX_WORK = "/tmp/work"
SANDBOX_ARTIFACTS = "/tmp/artifacts"
SANDBOX_GOCACHE = "/tmp/gocache"
# The worker script is bound here: the checkout itself may sit under /tmp, /root or /home, which the sandbox hides.
SANDBOX_WORKER = "/tmp/themis-worker.py"
# The language folders (support files such as JavaScript's node_modules stand-ins), read-only, for the same reason.
SANDBOX_LANGS = "/tmp/themis-langs"
LANGS_DIR = Path(__file__).resolve().parent / "langs"
CGROUP_V1 = Path("/sys/fs/cgroup")
SANDBOX_PYTHON = "/usr/bin/python3"


@dataclass(frozen=True)
class Features:
    bwrap: str | None
    bwrap_version: str
    unshare: str | None
    netns: bool
    root: bool
    cgroup_memory: Path | None
    cgroup_pids: Path | None
    detail: dict[str, str] = field(default_factory=dict)

    @property
    def mode(self) -> str:
        if self.bwrap:
            return "bwrap"
        if self.unshare and self.netns:
            return "unshare"
        return "none"

    def describe(self) -> str:
        parts = [self.mode + (f" {self.bwrap_version}" if self.bwrap else "")]
        if self.cgroup_memory:
            parts.append("cgroup-v1 memory")
        if self.cgroup_pids:
            parts.append("cgroup-v1 pids")
        parts.append("uid-drop" if self.root else "same-uid")
        return ", ".join(parts)


def _own_cgroup(controller: str) -> Path | None:
    """This process's cgroup directory for a v1 controller, if we may create children in it."""
    base = CGROUP_V1 / controller
    if not base.is_dir():
        return None
    try:
        for line in Path("/proc/self/cgroup").read_text().splitlines():
            _, controllers, path = line.split(":", 2)
            if controller in controllers.split(","):
                own = base / path.lstrip("/")
                probe = own / f"themis-probe-{os.getpid()}"
                probe.mkdir()
                probe.rmdir()
                return own
    except OSError:
        return None
    return None


def _works(argv: list[str]) -> bool:
    try:
        return subprocess.run(argv, capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@lru_cache(maxsize=1)
def features() -> Features:
    root = os.geteuid() == 0
    bwrap = shutil.which("bwrap")
    version = ""
    if bwrap and _works([bwrap, "--ro-bind", "/", "/", "--unshare-net", "--unshare-pid", "true"]):
        out = subprocess.run([bwrap, "--version"], capture_output=True, text=True).stdout
        version = (re.search(r"[\d.]+", out) or re.search("", "")).group(0)
    else:
        bwrap = None
    unshare = shutil.which("unshare")
    netns = bool(unshare) and _works([unshare, "--net", "true"])
    return Features(
        bwrap=bwrap,
        bwrap_version=version,
        unshare=unshare,
        netns=netns or bool(bwrap),
        root=root,
        cgroup_memory=_own_cgroup("memory") if root else None,
        cgroup_pids=_own_cgroup("pids") if root else None,
    )


UID_LOCKS = Path("/run/lock/themis-sandbox-uids") if Path("/run/lock").is_dir() else Path("/tmp/themis-sandbox-uids")


def allocate_uid() -> tuple[int | None, int | None]:
    """An unprivileged uid no other live pool uses (flock on a file per uid); (uid, lock fd).

    Distinct uids keep RLIMIT_NPROC and "kill every process of the uid" apart between workers, also
    between processes (pytest-xdist workers, parallel flows). Not root: runs keep our own uid.
    """
    if not features().root:
        return None, None
    UID_LOCKS.mkdir(parents=True, exist_ok=True)
    for uid in range(SLOT_UID_BASE, SLOT_UID_BASE + 1000):
        fd = os.open(UID_LOCKS / str(uid), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return uid, fd
        except BlockingIOError:
            os.close(fd)
    raise RuntimeError(f"no free sandbox uid in {SLOT_UID_BASE}..{SLOT_UID_BASE + 999} (locks in {UID_LOCKS})")


@dataclass
class SlotPaths:
    """Host paths of one worker slot and how the sandbox sees the shared directories."""

    slot: int
    uid: int | None
    work_root: Path
    artifacts: Path
    gocache: Path
    cg_memory: Path | None = None
    cg_memory_build: Path | None = None
    cg_pids: Path | None = None
    _mounts: list[tuple[str, str]] | None = field(default=None, init=False, repr=False, compare=False)

    def sandbox_path(self, host: Path | str) -> str:
        """The path under which the run sees ``host`` (identity without bubblewrap).

        Called several times per run: plain string prefixes, since the paths are absolute and normalised.
        """
        if self._mounts is None:
            bound = ((self.work_root, SANDBOX_WORK), (self.artifacts, SANDBOX_ARTIFACTS), (self.gocache, SANDBOX_GOCACHE),
                     (LANGS_DIR, SANDBOX_LANGS))
            self._mounts = [(str(base), inside) for base, inside in bound] if features().mode == "bwrap" else []
        text = str(host)
        for base, inside in self._mounts:
            if text.startswith(base) and (len(text) == len(base) or text[len(base)] == "/"):
                return inside + text[len(base):]
        return text


def remove_stale_cgroups() -> None:
    """Slot cgroups (``themis-<pid>-…``) of processes that died without closing their pool."""
    feats = features()
    for root in (feats.cgroup_memory, feats.cgroup_pids):
        if root is None:
            continue
        for group in root.glob("themis-*-*"):
            pid = group.name.split("-")[1]
            if pid.isdigit() and not Path(f"/proc/{pid}").exists():
                try:
                    group.rmdir()
                except OSError:
                    pass


def make_cgroups(paths: SlotPaths, tag: str) -> None:
    feats = features()
    for controller_root, attribute in ((feats.cgroup_memory, "cg_memory"), (feats.cgroup_pids, "cg_pids")):
        if controller_root is None:
            continue
        group = controller_root / f"themis-{tag}-{paths.slot}"
        group.mkdir(exist_ok=True)
        setattr(paths, attribute, group)
    if feats.cgroup_memory is not None:
        paths.cg_memory_build = feats.cgroup_memory / f"themis-{tag}-{paths.slot}-build"
        paths.cg_memory_build.mkdir(exist_ok=True)
    if paths.cg_memory is not None:
        # No swap for sandboxed runs when the kernel accounts it (memsw needs limit set first).
        memsw = paths.cg_memory / "memory.memsw.limit_in_bytes"
        if memsw.exists():
            try:
                (paths.cg_memory / "memory.swappiness").write_text("0")
            except OSError:
                pass


def remove_cgroups(paths: SlotPaths) -> None:
    for group in (paths.cg_memory, paths.cg_memory_build, paths.cg_pids):
        if group is None:
            continue
        try:
            group.rmdir()
        except OSError:
            pass


def worker_cpu(slot: int) -> int:
    """The CPU a worker slot (and every run it makes) is pinned to: slots spread over the CPUs we may use.

    A run that stays on one CPU keeps its caches and skips cross-CPU wake-ups (~0.3 ms per run on this VM), and
    its CPU time varies less between repeats.
    """
    allowed = sorted(os.sched_getaffinity(0))
    return allowed[slot % len(allowed)]


def worker_config(paths: SlotPaths, helper: Path | None) -> dict:
    bwrap = features().mode == "bwrap"
    return {
        "cpu": worker_cpu(paths.slot),
        "uid": paths.uid,
        "helper": paths.sandbox_path(helper) if helper else None,
        "cg_memory": str(paths.cg_memory) if paths.cg_memory else None,
        "cg_memory_build": str(paths.cg_memory_build) if paths.cg_memory_build else None,
        "cg_pids": str(paths.cg_pids) if paths.cg_pids else None,
        # The private /tmp and /dev/shm are wiped after every run; only bubblewrap makes /tmp private.
        "scratch": ["/tmp", "/dev/shm"] if bwrap else [],
        "keep": [SANDBOX_WORK, SANDBOX_ARTIFACTS, SANDBOX_GOCACHE, SANDBOX_WORKER, SANDBOX_LANGS],
    }


def launcher(paths: SlotPaths, worker_script: Path, config_json: str) -> list[str]:
    """argv that starts a worker inside the best available isolation."""
    feats = features()
    worker = [SANDBOX_PYTHON, "-I", "-S", str(worker_script), config_json]
    if feats.mode == "bwrap":
        worker[3] = SANDBOX_WORKER
        argv = [
            feats.bwrap,
            "--ro-bind", "/", "/",
            "--dev", "/dev",
            "--proc", "/proc",
            "--tmpfs", "/tmp",
            # Host secrets under /root and /home disappear; the run's HOME is its work dir.
            "--tmpfs", "/root",
            "--tmpfs", "/home",
            "--bind", str(paths.work_root), SANDBOX_WORK,
            "--ro-bind", str(paths.artifacts), SANDBOX_ARTIFACTS,
            "--bind", str(paths.gocache), SANDBOX_GOCACHE,
            "--ro-bind", str(worker_script), SANDBOX_WORKER,
            "--ro-bind", str(LANGS_DIR), SANDBOX_LANGS,
        ]
        for group in (paths.cg_memory, paths.cg_memory_build, paths.cg_pids):
            if group is not None:
                argv += ["--bind", str(group), str(group)]
        argv += [
            "--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
            "--hostname", "sandbox",
            "--die-with-parent", "--new-session",
            # The worker itself keeps root (cgroups, setuid); every run drops to the slot uid and loses all caps.
            "--cap-add", "ALL",
        ]
        return argv + worker
    if feats.mode == "unshare":
        return [feats.unshare, "--net", "--pid", "--fork", "--mount-proc", "--ipc", "--uts", *worker]
    return worker
