"""`themis doctor` lines for the sandbox: every toolchain, every isolation feature, the measurement modes."""

from __future__ import annotations

import shutil
import subprocess

from schemas import Check
from sandboxes import isolation, toolchains
from sandboxes.spec import LanguageSpec, languages

SECTION_TOOLCHAIN = "toolchain"
SECTION_ISOLATION = "isolation"
SECTION_MEASURE = "measurement"


def toolchain_check(spec: LanguageSpec) -> Check:
    programs = [spec.version_command[0], spec.run[0], *(spec.compile.command[:1] if spec.compile else [])]
    # `sh -c "gcc …"` compile steps: the shell is not the toolchain.
    programs = [p for p in dict.fromkeys(programs) if not p.startswith("{") and p != "sh"]
    try:
        paths = [toolchains.resolve(p) for p in programs]
        return Check(section=SECTION_TOOLCHAIN, name=spec.name, ok=True, version=toolchains.version(spec), path=", ".join(paths))
    except (toolchains.ToolchainMissing, OSError, subprocess.SubprocessError) as error:
        return Check(section=SECTION_TOOLCHAIN, name=spec.name, ok=False, detail=str(error))


def isolation_checks() -> list[Check]:
    feats = isolation.features()
    checks = [
        Check(section=SECTION_ISOLATION, name="bubblewrap (read-only host, private /tmp)", ok=bool(feats.bwrap), required=False,
              version=feats.bwrap_version, path=feats.bwrap or "",
              detail="" if feats.bwrap else "absent: runs see a writable host (apt-get install bubblewrap)"),
        Check(section=SECTION_ISOLATION, name="network namespace (unshare / bwrap)", ok=feats.netns, required=False,
              path=feats.unshare or "", detail="" if feats.netns else "absent: programs could reach the network"),
        Check(section=SECTION_ISOLATION, name="cgroup v1 memory", ok=feats.cgroup_memory is not None, required=False,
              path=str(feats.cgroup_memory or ""), detail="" if feats.cgroup_memory else "absent: RLIMIT_AS only (C, C++, Python, Ruby)"),
        Check(section=SECTION_ISOLATION, name="cgroup v1 pids", ok=feats.cgroup_pids is not None, required=False,
              path=str(feats.cgroup_pids or ""), detail="" if feats.cgroup_pids else "absent: RLIMIT_NPROC per slot uid only"),
        Check(section=SECTION_ISOLATION, name="rlimits (cpu, nproc, fsize, nofile, stack, as)", ok=True,
              detail="resource.setrlimit in the forked child"),
        Check(section=SECTION_ISOLATION, name="unprivileged run user", ok=feats.root, required=False,
              detail=f"uids {isolation.SLOT_UID_BASE}+ per worker slot" if feats.root else "not root: runs keep the caller's uid"),
    ]
    from sandboxes.docker_backend import engine_available

    docker_ok, docker_detail = engine_available()
    checks.append(Check(section=SECTION_ISOLATION, name="docker engine (backend='docker')", ok=docker_ok, required=False,
                        version=docker_detail if docker_ok else "",
                        detail="" if docker_ok else f"{docker_detail}: make setup-docker"))
    return checks


def measurement_checks() -> list[Check]:
    checks = [Check(section=SECTION_MEASURE, name="rusage CPU time + wait4 peak RSS", ok=True, detail="always available")]
    perf = shutil.which("perf")
    perf_ok, perf_detail = False, "perf not installed"
    if perf:
        result = subprocess.run([perf, "stat", "-x,", "-e", "instructions", "true"], capture_output=True, text=True, timeout=30)
        perf_ok = result.returncode == 0 and "<not supported>" not in result.stderr and "instructions" in result.stderr
        perf_detail = "" if perf_ok else "instructions counter <not supported> (no PMU on this VM): use measure='callgrind'"
    checks.append(Check(section=SECTION_MEASURE, name="perf instructions counter", ok=perf_ok, required=False, path=perf or "",
                        detail=perf_detail))
    valgrind = shutil.which("valgrind")
    version = subprocess.run([valgrind, "--version"], capture_output=True, text=True).stdout.strip() if valgrind else ""
    checks.append(Check(section=SECTION_MEASURE, name="valgrind callgrind (measure='callgrind')", ok=bool(valgrind), required=False,
                        version=version, path=valgrind or "", detail="" if valgrind else "absent: no instruction counts"))
    return checks


def environment_checks() -> list[Check]:
    return [*(toolchain_check(spec) for spec in languages().values()), *isolation_checks(), *measurement_checks()]
