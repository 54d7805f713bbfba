"""Toolchain lookup (by the sandbox's PATH, never the host's shims) and version strings."""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache

from sandboxes.spec import LanguageSpec

# The PATH runs see: system toolchains only (pyenv / rustup shims under /root are slow and unreadable to the run uid).
SANDBOX_PATH = "/usr/local/bin:/usr/bin:/bin"


class ToolchainMissing(RuntimeError):
    pass


@lru_cache(maxsize=256)
def resolve(program: str) -> str:
    """Absolute path of ``program`` on the sandbox PATH (runs get argv[0] absolute: no PATH search at exec)."""
    if os.path.isabs(program):
        return program
    found = shutil.which(program, path=SANDBOX_PATH)
    if not found:
        raise ToolchainMissing(f"{program!r} not found on {SANDBOX_PATH}")
    return found


def version(spec: LanguageSpec) -> str:
    """First line of the language's version command (stdout or stderr: `java -version` prints to stderr)."""
    return _version(tuple(spec.version_command))


@lru_cache(maxsize=64)
def _version(command: tuple[str, ...]) -> str:
    argv = [resolve(command[0]), *command[1:]]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=30, env={"PATH": SANDBOX_PATH, "HOME": "/tmp"})
    text = (result.stdout.strip() or result.stderr.strip()).splitlines()
    return text[0].strip() if text else "unknown"


def versions(spec: LanguageSpec) -> dict[str, str]:
    return {spec.name: version(spec)}

