"""The seed set: our own stdio problems with references in the eight languages (issue 3 §1).

One folder per task under ``sources/seed/problems/<NN>-<slug>/`` (format: docs/seed.md):
``problem.toml`` (title, prompt, tags, license, [tests], [cwe], [notes]), ``tests.json`` (cases with
inline ``stdin`` or a ``gen`` call into the folder's ``gen.py``) and ``refs/<tag>.<ext>``.
:func:`load_seed` yields one :class:`~schemas.Problem` per (task, language with an ``efficient``
reference); :func:`check_references` runs every reference in the sandbox and checks the tags' promises.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import re
import tomllib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from schemas import Language, Problem, RecordError, Reference, StdioCase, StdioTests, parse_record

log = logging.getLogger(__name__)

SOURCE_NAME = "seed"
EXTENSION_LANGUAGES: dict[str, str] = {
    "c": "C",
    "cs": "CSharp",
    "cpp": "Cpp",
    "go": "Go",
    "java": "Java",
    "js": "JavaScript",
    "py": "Python",
    "rb": "Ruby",
}
REFERENCE_TAGS = ("efficient", "naive", "memory_heavy", "secure", "insecure", "readable", "unreadable")
PROBLEM_TAGS = ("algorithm", "security", "readability", "memory")
MIN_CASES = 8
MIN_LARGE_CASES = 2
_FOLDER = re.compile(r"^(?P<number>\d{2})-(?P<slug>[a-z0-9][a-z0-9-]*)$")
_CWE = r"^CWE-\d+$"


def language_line(language: str) -> str:
    """The sentence the loader appends to every prompt (the toml prompt never names a language)."""
    name = Language.from_any(language).themis_name
    return (
        f"Write a complete {name} program that reads the input from standard input "
        "and writes the answer to standard output."
    )


def problems_dir() -> Path:
    """The seed folders shipped inside the ``sources`` package."""
    return Path(str(files("sources") / "seed" / "problems"))


def cache_dir() -> Path:
    """Where generated stdin is cached: ``$THEMIS_CACHE_DIR/seed-inputs`` or ``~/.cache/themis-forge/seed-inputs``."""
    root = os.environ.get("THEMIS_CACHE_DIR")
    base = Path(root) if root else Path.home() / ".cache" / "themis-forge"
    return base / "seed-inputs"


# ----------------------------------------------------------------------------- file models


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SeedTestOptions(_Strict):
    compare: Literal["exact", "tokens", "float"] = "tokens"
    float_tol: float = Field(1e-6, ge=0)


class SeedToml(_Strict):
    """``problem.toml``."""

    title: str = Field(min_length=1)
    prompt: str = Field(min_length=1)
    tags: list[Literal["algorithm", "security", "readability", "memory"]] = Field(min_length=1)
    license: str = Field(min_length=1)
    tests: SeedTestOptions = Field(default_factory=SeedTestOptions)
    cwe: dict[str, str] = Field(default_factory=dict, description="insecure = default CWE; <Language> = override")
    notes: dict[str, str] = Field(default_factory=dict, description="free text per reference tag")

    @model_validator(mode="after")
    def _cwe_keys_and_values(self) -> "SeedToml":
        for key, value in self.cwe.items():
            if key != "insecure" and key not in EXTENSION_LANGUAGES.values():
                raise ValueError(f"cwe key {key!r} is neither 'insecure' nor a language name")
            if not re.match(_CWE, value):
                raise ValueError(f"cwe.{key} = {value!r} is not of the form CWE-<number>")
        unknown = sorted(set(self.notes) - set(REFERENCE_TAGS))
        if unknown:
            raise ValueError(f"notes keys {unknown} are not reference tags {list(REFERENCE_TAGS)}")
        return self


class SeedGen(_Strict):
    args: list[str | int] = Field(default_factory=list)


class SeedCase(_Strict):
    name: str = Field(min_length=1)
    stdin: str | None = None
    gen: SeedGen | None = None
    expected: str
    large: bool = False

    @model_validator(mode="after")
    def _one_input(self) -> "SeedCase":
        if (self.stdin is None) == (self.gen is None):
            raise ValueError(f"case {self.name!r} needs exactly one of 'stdin' and 'gen'")
        return self


class SeedTestsFile(_Strict):
    """``tests.json``."""

    cases: list[SeedCase]

    @model_validator(mode="after")
    def _enough_cases(self) -> "SeedTestsFile":
        if len(self.cases) < MIN_CASES:
            raise ValueError(f"{len(self.cases)} cases, the seed format needs at least {MIN_CASES}")
        large = sum(case.large for case in self.cases)
        if large < MIN_LARGE_CASES:
            raise ValueError(f"{large} large cases, the seed format needs at least {MIN_LARGE_CASES}")
        return self


# ----------------------------------------------------------------------------- reading one folder


def _read_toml(path: Path) -> SeedToml:
    if not path.is_file():
        raise RecordError("SeedToml", ["file is missing"], where=str(path))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise RecordError("SeedToml", [f"TOML syntax: {error}"], where=str(path)) from None
    return parse_record(SeedToml, data, where=str(path))


def _read_tests_file(path: Path) -> SeedTestsFile:
    if not path.is_file():
        raise RecordError("SeedTestsFile", ["file is missing"], where=str(path))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise RecordError("SeedTestsFile", [f"JSON syntax at line {error.lineno}: {error.msg}"], where=str(path)) from None
    return parse_record(SeedTestsFile, data, where=str(path))


@lru_cache(maxsize=64)
def _generator(gen_path: Path, digest: str):
    """Import ``gen.py`` under a name unique to its content (several folders all have a gen.py)."""
    spec = importlib.util.spec_from_file_location(f"_seed_gen_{digest[:16]}", gen_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    generate = getattr(module, "generate", None)
    if not callable(generate):
        raise RecordError("SeedGen", ["gen.py defines no generate(*args) function"], where=str(gen_path))
    return generate


def generated_stdin(folder: Path, args: list[str | int]) -> str:
    """Stdin of a ``gen`` case, cached on disk by sha256(gen.py + args); written atomically."""
    gen_path = folder / "gen.py"
    if not gen_path.is_file():
        raise RecordError("SeedCase", ["gen: the folder has no gen.py"], where=str(folder / "tests.json"))
    source = gen_path.read_bytes()
    key = hashlib.sha256(source + b"\0" + json.dumps([str(a) for a in args]).encode()).hexdigest()
    cached = cache_dir() / f"{key}.txt"
    if cached.is_file():
        return cached.read_text(encoding="utf-8")
    text = _generator(gen_path, hashlib.sha256(source).hexdigest())(*[str(a) for a in args])
    if not isinstance(text, str):
        raise RecordError("SeedGen", [f"generate{tuple(args)} returned {type(text).__name__}, not str"], where=str(gen_path))
    cached.parent.mkdir(parents=True, exist_ok=True)
    partial = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, cached)
    return text


def _stdio_tests(folder: Path, spec: SeedToml, tests_file: SeedTestsFile) -> StdioTests:
    cases = [
        StdioCase(
            name=case.name,
            stdin=case.stdin if case.stdin is not None else generated_stdin(folder, case.gen.args),
            expected=case.expected,
            large=case.large,
        )
        for case in tests_file.cases
    ]
    return parse_record(
        StdioTests,
        {"cases": cases, "compare": spec.tests.compare, "float_tol": spec.tests.float_tol},
        where=str(folder / "tests.json"),
    )


def _reference_files(folder: Path) -> dict[str, dict[str, Path]]:
    """``{language: {tag: path}}`` from ``refs/<tag>.<ext>``; unknown tags or extensions are errors."""
    refs_dir = folder / "refs"
    if not refs_dir.is_dir():
        raise RecordError("SeedReferences", ["refs/ folder is missing"], where=str(folder))
    found: dict[str, dict[str, Path]] = {}
    for path in sorted(refs_dir.iterdir()):
        tag, _, ext = path.name.partition(".")
        if tag not in REFERENCE_TAGS:
            raise RecordError("SeedReferences", [f"tag {tag!r} is not one of {list(REFERENCE_TAGS)}"], where=str(path))
        if ext not in EXTENSION_LANGUAGES:
            raise RecordError("SeedReferences", [f"extension {ext!r} is not one of {list(EXTENSION_LANGUAGES)}"], where=str(path))
        found.setdefault(EXTENSION_LANGUAGES[ext], {})[tag] = path
    orphans = [str(paths[tag]) for paths in found.values() for tag in paths if "efficient" not in paths]
    if orphans:
        raise RecordError("SeedReferences", ["no efficient reference in this language"], where=", ".join(orphans))
    return found


def _reference(folder: Path, spec: SeedToml, language: str, tag: str, path: Path) -> Reference:
    code = path.read_text(encoding="utf-8")
    if not code.strip():
        raise RecordError("Reference", ["code: file is empty"], where=str(path))
    cwe = None
    if tag == "insecure":
        cwe = spec.cwe.get(language, spec.cwe.get("insecure"))
        if cwe is None:
            raise RecordError("SeedToml", [f"cwe: no CWE for the insecure {language} reference"], where=str(folder / "problem.toml"))
    return Reference(tag=tag, code=code, cwe=cwe, note=spec.notes.get(tag), meta={"path": f"refs/{path.name}"})


def load_task(folder: Path) -> list[Problem]:
    """All language variants of one seed folder (raises :class:`RecordError` naming file and field)."""
    match = _FOLDER.match(folder.name)
    if match is None:
        raise RecordError("SeedFolder", ["folder name must be <NN>-<slug> (lowercase, digits, dashes)"], where=str(folder))
    spec = _read_toml(folder / "problem.toml")
    tests = _stdio_tests(folder, spec, _read_tests_file(folder / "tests.json"))
    meta = {"title": spec.title, "tags": list(spec.tags), "notes": dict(spec.notes), "folder": folder.name}
    problems = []
    for language, paths in sorted(_reference_files(folder).items()):
        references = [_reference(folder, spec, language, tag, paths[tag]) for tag in REFERENCE_TAGS if tag in paths]
        problems.append(
            Problem(
                id=f"{SOURCE_NAME}/{match['slug']}",
                source=SOURCE_NAME,
                language=language,
                prompt=f"{spec.prompt.strip()}\n\n{language_line(language)}",
                tests=tests,  # one instance shared by the task's languages (large stdin is not copied 8×)
                references=references,
                license=spec.license,
                meta=meta,
            )
        )
    return problems


def task_folders(root: Path) -> list[Path]:
    """The task folders under ``root`` in number order; ``root`` may itself be one task folder."""
    if (root / "problem.toml").is_file():
        return [root]
    if not root.is_dir():
        raise RecordError("SeedSet", ["not a directory"], where=str(root))
    return sorted(path for path in root.iterdir() if path.is_dir() and not path.name.startswith((".", "_")))


def load_seed(path: str | Path | None = None, *, lenient: bool = False) -> Iterator[Problem]:
    """Yield one :class:`Problem` per (seed task, language with an ``efficient`` reference).

    ``path`` is the problems directory (default: the one shipped in the package) or a single task
    folder. A malformed folder raises :class:`RecordError`; with ``lenient`` it is logged and skipped.
    """
    root = Path(path) if path is not None else problems_dir()
    for folder in task_folders(root):
        try:
            problems = load_task(folder)
        except RecordError as error:
            if not lenient:
                raise
            log.warning("skipping seed folder %s: %s", folder.name, error)
            continue
        yield from problems


# ----------------------------------------------------------------------------- reference check

# "Measurably worse" (asserted) and the sizing targets of the seed format (reported only).
WORSE_RATIO = {"naive": 2.0, "memory_heavy": 2.0}
TARGET_RATIO = {"naive": 5.0, "memory_heavy": 3.0}
# Nets below these floors are measurement noise: the ratio's denominator is floored, and a
# naive / memory_heavy must also exceed its efficient sibling by at least this much.
CPU_FLOOR_MS = 2.0
RSS_FLOOR_KB = 1024
_MEASURED_TAG = {"naive": "cpu", "memory_heavy": "rss"}


class LargeCaseFigure(BaseModel):
    """Net cost of one reference on one large case (baseline of the language subtracted)."""

    case: str
    cpu_ms: float | None = Field(None, description="the fastest run's net CPU time")
    cpu_ms_max: float | None = Field(None, description="the slowest run's net CPU time")
    peak_rss_kb: float | None = None
    ratio: float | None = Field(None, description="naive: net CPU / efficient's; memory_heavy: net RSS / efficient's")


class ReferenceCheck(BaseModel):
    problem_id: str
    language: str
    tag: str
    status: str
    tests_passed: int
    tests_total: int
    passed: bool
    large: list[LargeCaseFigure] = Field(default_factory=list)
    ratio: float | None = Field(None, description="best ratio over the large cases (naive / memory_heavy only)")
    worse: bool | None = Field(
        None, description="ratio >= 2, and (CPU) every run slower than every efficient run by the noise floor: asserted"
    )
    target_met: bool | None = Field(None, description="ratio >= 5 (CPU) / >= 3 (RSS): the sizing target, reported")
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.passed and self.worse is not False

    def describe(self) -> str:
        figure = f" ratio={self.ratio:.1f}" if self.ratio is not None else ""
        return f"{self.problem_id}@{self.language} {self.tag}: {self.status} {self.tests_passed}/{self.tests_total}{figure} {self.detail}".rstrip()


class SeedCheckReport(BaseModel):
    checks: list[ReferenceCheck]
    baselines: dict[str, dict[str, float | None]] = Field(default_factory=dict, description="language: cpu_ms, peak_rss_kb")

    @property
    def failures(self) -> list[ReferenceCheck]:
        return [check for check in self.checks if not check.ok]

    def by_language(self) -> dict[str, dict[str, Any]]:
        """Per language: references checked / passing, worse-than-efficient counts and median ratios."""
        summary: dict[str, dict[str, Any]] = {}
        for check in self.checks:
            row = summary.setdefault(
                check.language, {"references": 0, "passed": 0, "failed": 0, "naive_ratios": [], "memory_heavy_ratios": []}
            )
            row["references"] += 1
            row["passed" if check.ok else "failed"] += 1
            if check.ratio is not None:
                row[f"{check.tag}_ratios"].append(check.ratio)
        for row in summary.values():
            for tag in ("naive", "memory_heavy"):
                ratios = sorted(row.pop(f"{tag}_ratios"))
                row[f"{tag}_median_ratio"] = round(ratios[len(ratios) // 2], 2) if ratios else None
                row[f"{tag}_min_ratio"] = round(ratios[0], 2) if ratios else None
        return dict(sorted(summary.items()))


def _net(value: float | None, base: float | None) -> float | None:
    if value is None:
        return None
    return value - (base or 0.0)


def _large_variants(problem: Problem) -> list[Problem]:
    """One single-case copy of ``problem`` per large case, so repeats measure that case alone."""
    return [
        problem.model_copy(update={"tests": problem.tests.model_copy(update={"cases": [case]})})
        for case in problem.tests.cases
        if case.large
    ]


def _compare(tag: str, figures: list[LargeCaseFigure], efficient: list[LargeCaseFigure]) -> tuple[float | None, bool | None]:
    """Fill each figure's ratio vs the efficient sibling; return the best ratio and whether it is measurably worse."""
    measure = _MEASURED_TAG[tag]
    floor = CPU_FLOOR_MS if measure == "cpu" else RSS_FLOOR_KB
    worse = False
    for figure, reference in zip(figures, efficient):
        mine = figure.cpu_ms if measure == "cpu" else figure.peak_rss_kb
        theirs = reference.cpu_ms if measure == "cpu" else reference.peak_rss_kb
        if mine is None or theirs is None:
            continue
        figure.ratio = round(max(mine, 0.0) / max(theirs, floor), 2)
        # CPU runs must not overlap: one lucky efficient run next to two unlucky copies of it is no evidence
        theirs_worst = reference.cpu_ms_max if measure == "cpu" and reference.cpu_ms_max is not None else theirs
        worse = worse or (figure.ratio >= WORSE_RATIO[tag] and mine - theirs_worst >= floor)
    ratios = [figure.ratio for figure in figures if figure.ratio is not None]
    return (max(ratios) if ratios else None), worse


def check_references(
    problems: Iterable[Problem], *, workers: int | None = None, repeats: int = 3, tags: Iterable[str] | None = None
) -> SeedCheckReport:
    """Run every reference of ``problems`` in the sandbox; measure naive / memory_heavy against efficient.

    Every reference must pass every test. Each naive (memory_heavy) reference must be measurably worse
    than the efficient one of the same problem and language on at least one large case: net CPU time
    (net peak RSS) — the language's empty-program baseline subtracted — at least ``WORSE_RATIO`` times
    the efficient one's, with ``repeats`` runs per large case (fastest CPU run, max RSS).
    """
    import sandboxes
    from schemas import Candidate

    problems = list(problems)
    wanted = set(tags) if tags is not None else None
    pairs = [
        (problem, reference)
        for problem in problems
        for reference in problem.references
        if wanted is None or reference.tag in wanted or (reference.tag == "efficient" and wanted & set(_MEASURED_TAG))
    ]

    def candidate(problem: Problem, reference: Reference) -> Candidate:
        return Candidate(problem_id=problem.id, language=problem.language, code=reference.code, origin=f"reference:{reference.tag}")

    executions = sandboxes.execute([candidate(p, r) for p, r in pairs], problems, repeats=1, workers=workers)
    checks = {
        (problem.key, reference.tag): ReferenceCheck(
            problem_id=problem.id,
            language=problem.language,
            tag=reference.tag,
            status=execution.status.value,
            tests_passed=execution.tests_passed,
            tests_total=execution.tests_total,
            passed=execution.all_passed,
            detail="" if execution.all_passed else _failure_detail(execution),
        )
        for (problem, reference), execution in zip(pairs, executions)
    }
    baselines = {language: sandboxes.baseline(language) for language in sorted({p.language for p in problems})}
    figures = _measure_large_cases(problems, pairs, checks, baselines, candidate, workers, repeats)
    for (key, tag), check in checks.items():
        if tag not in _MEASURED_TAG or not check.passed:
            continue
        efficient = figures.get((key, "efficient"))
        check.large = figures.get((key, tag), [])
        if not efficient:
            check.worse, check.detail = False, "efficient reference did not pass, nothing to compare with"
            continue
        check.ratio, check.worse = _compare(tag, check.large, efficient)
        check.target_met = check.ratio is not None and check.ratio >= TARGET_RATIO[tag]
        if not check.worse:
            check.detail = f"not measurably worse than efficient ({'CPU' if tag == 'naive' else 'RSS'} ratio < {WORSE_RATIO[tag]})"
    for (key, tag), large in figures.items():
        if tag == "efficient":
            checks[(key, tag)].large = large
    return SeedCheckReport(
        checks=list(checks.values()),
        baselines={lang: {"cpu_ms": b.cpu_ms, "peak_rss_kb": b.peak_rss_kb} for lang, b in baselines.items()},
    )


def _failure_detail(execution) -> str:
    failing = next((test for test in execution.tests if test.status.value != "passed"), None)
    if failing is not None:
        return f"case {failing.name!r}: {failing.status.value} {(failing.detail or '')[:200]}".strip()
    return (execution.stderr or "")[-300:]


def _measure_large_cases(problems, pairs, checks, baselines, candidate, workers, repeats):
    """``{(problem key, tag): [LargeCaseFigure per large case]}`` for efficient/naive/memory_heavy that passed."""
    import sandboxes

    measured_keys = {p.key for p, r in pairs if r.tag in _MEASURED_TAG}
    jobs = []  # (large-case position, problem key, tag, candidate, single-case problem)
    for problem, reference in pairs:
        if problem.key not in measured_keys or reference.tag not in ("efficient", *_MEASURED_TAG):
            continue
        if not checks[(problem.key, reference.tag)].passed:
            continue
        for position, variant in enumerate(_large_variants(problem)):
            jobs.append((position, problem.key, reference.tag, candidate(problem, reference), variant))
    figures: dict[tuple[str, str], list[LargeCaseFigure]] = {}
    # one execute call per large-case position, since a call maps each problem key to one problem
    for position in sorted({job[0] for job in jobs}):
        batch = [job for job in jobs if job[0] == position]
        runs = sandboxes.execute([job[3] for job in batch], {job[1]: job[4] for job in batch}, repeats=repeats, workers=workers)
        for (_, key, tag, _, variant), execution in zip(batch, runs):
            base = baselines[variant.language]
            figures.setdefault((key, tag), []).append(
                LargeCaseFigure(
                    case=variant.tests.cases[0].name,
                    # the fastest run: timing noise (a busy neighbour, a cold cache) only ever adds CPU time
                    cpu_ms=_net(min(execution.cpu_ms_repeats, default=execution.cpu_ms), base.cpu_ms),
                    cpu_ms_max=_net(max(execution.cpu_ms_repeats, default=execution.cpu_ms), base.cpu_ms),
                    peak_rss_kb=_net(execution.peak_rss_kb, base.peak_rss_kb),
                )
            )
    return figures
