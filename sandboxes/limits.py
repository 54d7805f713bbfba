"""Resource limits of one sandboxed run (a compile or one test)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Limits(BaseModel):
    """Per-run limits. ``wall_s`` defaults to three times the CPU limit plus one second, so that on a busy
    machine (parallel workers, 2 cores) the CPU limit — not the load — decides what times out."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    cpu_s: float = Field(10.0, gt=0, description="CPU seconds (RLIMIT_CPU, and the timeout classification)")
    wall_s: float | None = Field(None, gt=0, description="wall-clock seconds before the process group is killed")
    memory_mb: int = Field(1024, gt=0, description="cgroup memory limit (RLIMIT_AS where the runtime allows it)")
    processes: int = Field(128, gt=0, description="processes + threads of the run's user (RLIMIT_NPROC, pids cgroup)")
    output_kb: int = Field(32 * 1024, gt=0, description="stdout / any written file (RLIMIT_FSIZE); more is output_limit")
    open_files: int = Field(256, gt=0, description="RLIMIT_NOFILE")
    stack_mb: int = Field(256, gt=0, description="RLIMIT_STACK (deep recursion is legitimate in tests)")
    tail_chars: int = Field(4000, gt=0, description="stdout / stderr tails kept in the Execution")

    @property
    def wall_limit_s(self) -> float:
        return self.wall_s if self.wall_s is not None else 3 * self.cpu_s + 1

    def merged(self, overrides: dict[str, float]) -> "Limits":
        """These limits with a language's overrides (e.g. more processes for the JVM)."""
        if not overrides:
            return self
        return self.model_copy(update={k: type(getattr(self, k) or 0.0)(v) for k, v in overrides.items()})


DEFAULT_LIMITS = Limits()
# Compilers are trusted more than programs but still run inside the sandbox: roomier limits.
COMPILE_LIMITS = Limits(cpu_s=60, wall_s=120, memory_mb=2048, processes=256, output_kb=256 * 1024)
