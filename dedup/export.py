"""Export a built dataset folder: the exact upload layout to a local folder, or a push to the Hub."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from dedup.shards import CARD, STATS


class ExportError(RuntimeError):
    """The dataset folder is not exportable, or the Hub cannot be reached."""


REPO_ID = re.compile(r"^[^/\s]+/[^/\s]+$")  # a Hub repo id: ORG/NAME


def check_repo_id(repo_id: str, what: str = "--repo") -> str:
    if not REPO_ID.match(repo_id):
        raise ExportError(f"{what} must be ORG/NAME, got {repo_id!r}")
    return repo_id


def upload_files(dataset_dir: str | Path) -> list[str]:
    """The relative paths that make up the upload, after checking them against ``stats.json``."""
    root = Path(dataset_dir)
    for name in (CARD, STATS):
        if not (root / name).is_file():
            raise ExportError(f"{root}: missing {name}; is this a folder written by write_shards?")
    if not (root / CARD).read_text(encoding="utf-8").startswith("---\n"):
        raise ExportError(f"{root / CARD}: the dataset card has no YAML header")
    try:
        listed = [entry["path"] for entry in json.loads((root / STATS).read_text(encoding="utf-8"))["files"]]
    except (json.JSONDecodeError, KeyError, TypeError) as error:
        raise ExportError(f"{root / STATS}: cannot read the shard list ({error})") from None
    present = sorted(str(p.relative_to(root)) for p in (root / "data").glob("*.parquet"))
    if sorted(listed) != present:
        raise ExportError(f"{root}: data/ holds {present} but {STATS} lists {sorted(listed)}")
    return [CARD, STATS, *present]


def export_to_dir(dataset_dir: str | Path, out_dir: str | Path) -> list[str]:
    """Copy exactly the upload layout into ``out_dir`` (replaced atomically); returns the files."""
    source, target = Path(dataset_dir), Path(out_dir)
    files = upload_files(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    try:
        staged.chmod(0o755)
        for relative in files:
            (staged / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source / relative, staged / relative)
        if target.exists():
            shutil.rmtree(target)
        staged.rename(target)
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    return files


def hub_token() -> str:
    """The token from ``HF_TOKEN`` (or huggingface_hub's own lookup), or a clear error."""
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes", "on"):
        raise ExportError(
            "HF_HUB_OFFLINE is set, so nothing can be pushed; unset it, or use --to-dir to write the layout locally"
        )
    from huggingface_hub import get_token

    token = os.environ.get("HF_TOKEN") or get_token()
    if not token:
        raise ExportError("no Hugging Face token: set HF_TOKEN (a write token) in the environment, or use --to-dir")
    return token


def check_push(repo_id: str, what: str) -> None:
    """A push could be made: ``repo_id`` is ORG/NAME and a token is there (checked before a build, not after it)."""
    check_repo_id(repo_id, what)
    hub_token()


@contextmanager
def _hub_reachable():
    """huggingface_hub also goes offline when ``TRANSFORMERS_OFFLINE`` is set (read once, at import), and builds
    set it so that no model is ever downloaded; an explicit push is not a download, so for its duration the client
    follows ``HF_HUB_OFFLINE`` alone (which :func:`hub_token` has already refused)."""
    from huggingface_hub import constants

    before = constants.HF_HUB_OFFLINE
    constants.HF_HUB_OFFLINE = False
    try:
        yield
    finally:
        constants.HF_HUB_OFFLINE = before


def push_to_hub(dataset_dir: str | Path, repo_id: str, *, private: bool = False, revision: str | None = None) -> str:
    """Upload the layout to the dataset repo ``repo_id`` (created if needed); returns the commit URL."""
    check_repo_id(repo_id)
    files = upload_files(dataset_dir)
    token = hub_token()
    from huggingface_hub import HfApi

    api = HfApi(token=token)
    try:
        with _hub_reachable():
            api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
            if revision:
                api.create_branch(repo_id, repo_type="dataset", branch=revision, exist_ok=True)
            commit = api.upload_folder(
                repo_id=repo_id,
                repo_type="dataset",
                folder_path=str(dataset_dir),
                allow_patterns=files,
                revision=revision,
                commit_message="Upload Themis-forge code preference pairs",
            )
    except Exception as error:  # network, auth and permission errors all end the export the same way
        raise ExportError(f"push to {repo_id} failed: {type(error).__name__}: {error}") from None
    return str(getattr(commit, "commit_url", commit))
