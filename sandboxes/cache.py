"""Content-addressed cache of compiled artifacts (and of compile errors).

Key = sha256 over the language, the toolchain version, the compile step and every source file the
step sees (normalised candidate code, harness, support files). A candidate is compiled once; all
its tests, repeats and later runs reuse the artifact. Entries are written to a temp dir and renamed,
so a crash never leaves a half-written artifact.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import uuid
from pathlib import Path

CACHE_ENV = "THEMIS_CACHE_DIR"
COMPILE_ERROR_FILE = "compile_error.json"


def cache_root() -> Path:
    root = Path(os.environ.get(CACHE_ENV) or os.path.expanduser("~/.cache/themis-forge"))
    if not root.is_dir():  # one stat on the hot path (this is called for every candidate)
        root.mkdir(parents=True, exist_ok=True)
    return root


def artifact_root() -> Path:
    path = cache_root() / "artifacts"
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        path.mkdir(parents=True, exist_ok=True)
        mode = None
    if mode != 0o755:  # runs read artifacts under their own uid
        os.chmod(path, 0o755)
    return path


def artifact_key(language: str, toolchain: str, step: list[str], files: dict[str, str]) -> str:
    payload = json.dumps({"language": language, "toolchain": toolchain, "step": step, "files": files}, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def entry_dir(key: str) -> Path:
    return artifact_root() / key[:2] / key


def lookup(key: str) -> tuple[Path | None, dict | None]:
    """(artifact dir, None) on a hit, (None, compile error record) for a cached failure, (None, None) on a miss."""
    path = entry_dir(key)
    if not path.is_dir():
        return None, None
    error_file = path / COMPILE_ERROR_FILE
    if os.access(error_file, os.F_OK):  # no exception on the hot path (a hit), unlike Path.exists()
        return None, json.loads(error_file.read_text())
    return path, None


def _publish(key: str, fill) -> Path:
    final = entry_dir(key)
    final.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(final.parent, 0o755)
    staging = final.parent / f".tmp-{key}-{uuid.uuid4().hex[:8]}"
    staging.mkdir(mode=0o755)
    fill(staging)
    try:
        os.rename(staging, final)
    except OSError:  # another worker published the same key first: same content
        shutil.rmtree(staging, ignore_errors=True)
    return final


def store_artifacts(key: str, build_dir: Path, names: list[str]) -> Path:
    def fill(staging: Path) -> None:
        for name in names:
            source = build_dir / name
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
            os.chmod(target, 0o755 if os.access(source, os.X_OK) else 0o644)

    return _publish(key, fill)


def store_compile_error(key: str, record: dict) -> None:
    _publish(key, lambda staging: (staging / COMPILE_ERROR_FILE).write_text(json.dumps(record)))


def clear() -> None:
    shutil.rmtree(artifact_root(), ignore_errors=True)
