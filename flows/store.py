"""A content-addressed result store: one JSON record per key, written atomically.

Executions and labels are keyed by everything that determines them (candidate code, the
problem's tests, limits, repeats, toolchain and the stage's code version), so a re-run after a
crash, or with added problems, recomputes only the records it cannot find.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


def digest(*parts: object) -> str:
    """sha256 of the JSON of ``parts`` (pydantic models by their JSON)."""
    hasher = hashlib.sha256()
    for part in parts:
        text = part.model_dump_json() if isinstance(part, BaseModel) else json.dumps(part, sort_keys=True, default=str)
        hasher.update(text.encode("utf-8"))
        hasher.update(b"\x00")
    return hasher.hexdigest()


REPO_ROOT = Path(__file__).resolve().parents[1]
# files of a stage package (paths inside it) that cannot change what the stage computes: its command-line module
# and the labelers' validation harness; example snippets / fixtures under a tests folder are left out too (a
# change there must not make a build re-execute every candidate)
NOT_RESULTS = {"cli.py", "validate.py"}


@cache
def code_version(*packages: str, root: Path = REPO_ROOT) -> str:
    """Hash of a stage package's source and data files: a code change invalidates that stage's results."""
    hasher = hashlib.sha256()
    for package in packages:
        for path in sorted((root / package).rglob("*")):
            parts = path.relative_to(root / package).parts
            if (path.is_file() and path.suffix in {".py", ".toml", ".yml", ".yaml", ".json", ".j2", ".c"}
                    and "__pycache__" not in parts and "tests" not in parts[:-1] and "/".join(parts) not in NOT_RESULTS):  # fmt: skip
                hasher.update(str(path.relative_to(root)).encode())
                hasher.update(path.read_bytes())
    return hasher.hexdigest()[:16]


class ResultStore:
    def __init__(self, root: Path, kind: str):
        self.root = Path(root) / kind

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str, model: type[M]) -> M | None:
        path = self._path(key)
        if not path.exists():
            return None
        return model.model_validate_json(path.read_bytes())

    def put(self, key: str, record: BaseModel) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(record.model_dump_json(), encoding="utf-8")
        tmp.replace(path)

    def get_many(self, keys: Iterable[str], model: type[M]) -> list[M | None]:
        return [self.get(key, model) for key in keys]
