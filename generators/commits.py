"""Commit mining: preference pairs from a git history (Themis' commit-mining recipe).

A commit that changes exactly one file, in one of the eight languages, whose message
matches Themis' term list of a criterion, gives a pair: the file after the commit is
*chosen*, before it *rejected*. The prompt is written by an LLM from the change (the
inverse-instruction template) or, without an LLM, taken from the commit subject.
Only read-only git commands are run (``git log``, ``git show``).
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from generators.prompts import chat_messages, language_context, render
from labelers.grammars import has_errors, parse
from schemas import Aspect, Pair, code_sha256, normalize_code, pair_to_row, sample_training_system_prompt, themis_features

POLICY = "commit-mining@1"
RULE = ("The file after a single-file commit is chosen over the file before it, for the criterion whose Themis "
        "term list the commit message matches; not executed or analysed.")
EXTENSIONS: dict[str, str] = {
    ".c": "C",
    ".cs": "CSharp",
    ".cpp": "Cpp",
    ".cc": "Cpp",
    ".cxx": "Cpp",
    ".go": "Go",
    ".java": "Java",
    ".js": "JavaScript",
    ".mjs": "JavaScript",
    ".cjs": "JavaScript",
    ".py": "Python",
    ".rb": "Ruby",
}
TERM_LISTS: dict[Aspect, str] = {
    Aspect.Security_Hardness: "sec_term_list.list",
    Aspect.Memory_Efficiency: "memory_eff_term_list.list",
    Aspect.Runtime_Efficiency: "runtime_eff_term_list.list",
    Aspect.Functional_Correctness: "functionality_term_list.list",
    Aspect.Readability_Maintainability: "readability_term_list.list",
}  # order = tie-break: the more specific criterion wins a tie


@dataclass(frozen=True)
class Commit:
    sha: str
    message: str
    path: str
    language: str

    @property
    def subject(self) -> str:
        return self.message.strip().splitlines()[0] if self.message.strip() else ""


@dataclass(frozen=True)
class MinedChange:
    commit: Commit
    aspect: Aspect
    terms: tuple[str, ...]
    before: str
    after: str


@cache
def term_patterns() -> dict[Aspect, list[tuple[str, re.Pattern[str]]]]:
    """Themis' term lists (package data). A term matches at a word start: lists hold stems like ``misus``."""
    folder = resources.files("generators").joinpath("data/commit_mining_terms")
    patterns = {}
    for aspect, name in TERM_LISTS.items():
        terms = [t.strip().lower() for t in folder.joinpath(name).read_text(encoding="utf-8").splitlines() if t.strip()]
        patterns[aspect] = [(term, re.compile(r"\b" + re.escape(term))) for term in terms]
    return patterns


def classify_message(message: str) -> tuple[Aspect, tuple[str, ...]] | None:
    """The criterion whose terms match the message most often (ties: list order), with the matched terms."""
    lowered = message.lower()
    best: tuple[Aspect, tuple[str, ...]] | None = None
    for aspect, patterns in term_patterns().items():
        matched = tuple(term for term, pattern in patterns if pattern.search(lowered))
        if matched and (best is None or len(matched) > len(best[1])):
            best = (aspect, matched)
    return best


class GitError(RuntimeError):
    """A git command failed (not a repository, an unknown revision, ...); the message carries git's own words."""


def _git(repo: Path, *args: str) -> bytes:
    result = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, env={**os.environ, "GIT_PAGER": "cat", "LC_ALL": "C"}
    )
    if result.returncode != 0:
        raise GitError(f"git {' '.join(args[:2])} in {repo}: {result.stderr.decode(errors='replace').strip()}")
    return result.stdout


def single_file_commits(repo: Path) -> Iterator[Commit]:
    """Non-merge commits that modify exactly one file, that file in one of the eight languages (newest first)."""
    log = _git(repo, "log", "--no-merges", "--format=%x1e%H%x1f%B%x1f", "--name-status", "--no-renames")
    for chunk in log.decode("utf-8", errors="replace").split("\x1e")[1:]:
        sha, message, changes = chunk.split("\x1f", 2)
        lines = [line for line in changes.strip().splitlines() if line.strip()]
        if len(lines) != 1:
            continue
        status, _, path = lines[0].partition("\t")
        language = EXTENSIONS.get(Path(path).suffix.lower())
        if status == "M" and language is not None:
            yield Commit(sha=sha.strip(), message=message.strip(), path=path, language=language)


def _file_at(repo: Path, revision: str, path: str) -> str | None:
    try:
        return _git(repo, "show", f"{revision}:{path}").decode("utf-8")
    except (GitError, UnicodeDecodeError):
        return None


def mine_changes(repo: str | Path, *, max_pairs: int | None = None, max_chars: int = 20_000) -> Iterator[MinedChange]:
    """Classified single-file changes whose after-version parses, newest first."""
    repo = Path(repo)
    found = 0
    for commit in single_file_commits(repo):
        if max_pairs is not None and found >= max_pairs:
            return
        classified = classify_message(commit.message)
        if classified is None:
            continue
        before = _file_at(repo, f"{commit.sha}^", commit.path)
        after = _file_at(repo, commit.sha, commit.path)
        if not before or not after or max(len(before), len(after)) > max_chars:
            continue
        if normalize_code(before) == normalize_code(after) or has_errors(parse(after, commit.language)):
            continue
        found += 1
        yield MinedChange(commit, classified[0], classified[1], before, after)


def subject_prompt(change: MinedChange) -> str:
    """The prompt without an LLM: the commit subject over the file before the change."""
    commit = change.commit
    return render(
        "commit_subject", subject=commit.subject, path=commit.path, before=change.before.rstrip(),
        **language_context(commit.language),
    )


def inverse_instruction_messages(change: MinedChange) -> list[dict[str, str]]:
    commit = change.commit
    prompt = render(
        "inverse_instruction", subject=commit.subject, path=commit.path, before=change.before.rstrip(),
        after=change.after.rstrip(), **language_context(commit.language),
    )
    return chat_messages(prompt)


def mine_pairs(repo: str | Path, *, max_pairs: int | None = None, backend=None, seed: int = 0) -> list[Pair]:
    """Themis-format pairs from ``repo``; ``backend`` (an LLM backend) writes the prompts when given."""
    repo = Path(repo).resolve()
    changes = list(mine_changes(repo, max_pairs=max_pairs))
    prompts = [subject_prompt(change) for change in changes]
    if backend is not None and changes:
        replies = backend.complete(
            [inverse_instruction_messages(c) for c in changes], [f"commit:{c.commit.sha}" for c in changes]
        )
        prompts = [(r[0].strip() if r and r[0].strip() else p) for r, p in zip(replies, prompts)]
    rng = random.Random(seed)
    pairs = []
    for index, (change, prompt) in enumerate(zip(changes, prompts)):
        commit = change.commit
        pairs.append(
            Pair(
                system=sample_training_system_prompt(change.aspect, rng),
                input=prompt,
                chosen=change.after,
                rejected=change.before,
                language=commit.language,
                aspect=change.aspect,
                source=f"commits:{repo.name}",
                idx=index,
                problem_id=f"commit:{commit.sha[:12]}:{commit.path}",
                chosen_sha=code_sha256(change.after),
                rejected_sha=code_sha256(change.before),
                policy=POLICY,
                evidence=json.dumps({"sha": commit.sha, "path": commit.path, "terms": list(change.terms), "subject": commit.subject}),
            )
        )
    return pairs


def _write_parquet(pairs: list[Pair], path: Path) -> None:
    """The shard layout: Themis columns + provenance, ClassLabels recorded in the ``huggingface`` metadata."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    features = themis_features()
    schema = features.arrow_schema.with_metadata({"huggingface": json.dumps({"info": {"features": features.to_dict()}})})
    pq.write_table(pa.Table.from_pylist([pair_to_row(pair) for pair in pairs], schema=schema), path)


def write_pairs(pairs: list[Pair], out: str | Path) -> Path:
    """Parquet in the Themis shard layout (``.jsonl``: one Pair per line), written to a temp file then renamed."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    try:
        if out.suffix == ".jsonl":
            temporary.write_text("".join(pair.to_json() + "\n" for pair in pairs), encoding="utf-8")
        else:
            _write_parquet(pairs, temporary)
        os.replace(temporary, out)
    finally:
        temporary.unlink(missing_ok=True)
    return out
