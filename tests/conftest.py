"""Shared fixtures. Real public data is read from ../shared/data: a missing copy fails in CI and skips elsewhere."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("THEMIS_SHARED_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """Root of ../shared/data (the real public datasets)."""
    if not (SHARED_DATA / "MANIFEST.json").exists():
        message = f"shared data not found at {SHARED_DATA}"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (required in CI)")
        pytest.skip(message)
    return SHARED_DATA


@pytest.fixture
def fake_hub(tmp_path):
    """A local Hub (tests/fake_hub.py) for pushes through the real huggingface_hub client."""
    from fake_hub import FakeHub

    hub = FakeHub(tmp_path / "hub")
    yield hub
    hub.close()


@pytest.fixture(autouse=True)
def _offline_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test may reach a hub or write telemetry."""
    for name, value in {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_DATASETS_OFFLINE": "1",
        "SEMGREP_ENABLE_VERSION_CHECK": "0",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
    }.items():
        monkeypatch.setenv(name, value)


SLOW_SUM = "def total(values):\n    result = 0\n    for v in values:\n        result = result + v\n    return result\n"
FAST_SUM = "def total(values):\n    return sum(values)\n"


def _git(repo: Path, *args: str) -> None:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_SYSTEM": os.devnull}
    subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=Test", "-c", "user.email=test@example.com", *args],
        check=True, capture_output=True, env=env,
    )


def _commit(repo: Path, message: str, files: dict[str, str]) -> None:
    for name, content in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(content, encoding="utf-8")
    _git(repo, "add", *files)
    _git(repo, "commit", "-q", "-m", message)


@pytest.fixture
def scripted_repo(tmp_path: Path) -> Path:
    """A history with one commit of every kind the miner must keep or skip."""
    repo = tmp_path / "demo"
    repo.mkdir()
    _git(repo, "init", "-q")
    _commit(repo, "Initial import", {"stats.py": SLOW_SUM, "app.js": "const x = 1;\n", "README.md": "demo\n"})
    _commit(repo, "Optimize performance of total: use the builtin sum", {"stats.py": FAST_SUM})
    _commit(repo, "Fix SQL injection in query builder", {"app.js": "const x = 2;\n", "README.md": "two files\n"})
    _commit(repo, "Update docs", {"README.md": "docs only\n"})
    _commit(repo, "Tweak things", {"stats.py": FAST_SUM + "\n\ndef mean(values):\n    return total(values) / len(values)\n"})
    _commit(
        repo, "Fix XSS: escape user input before rendering",
        {"app.js": "function render(s) {\n  return escape(s);\n}\n"},
    )
    return repo
