"""Records that cross stage borders (DESIGN §2). Stages never pass raw dicts.

Every model forbids unknown fields and validates on assignment, so a typo in a
producer fails where it is made; :func:`schemas.errors.describe` turns pydantic's
error into one line naming the field and the value.
"""

from __future__ import annotations

import difflib
import hashlib
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from schemas.enums import Aspect, Language, canonical_language


class Record(BaseModel):
    """Base of every border record: strict fields, JSON round-trip helpers."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, frozen=False)

    def to_json(self) -> str:
        return self.model_dump_json(exclude_none=False)

    @classmethod
    def from_json(cls, text: str | bytes):
        from schemas.errors import parse_record

        return parse_record(cls, text)


def _language(value: Any) -> str:
    return canonical_language(value)


LanguageName = Annotated[
    str, BeforeValidator(_language), Field(min_length=1, description="benchmark string, e.g. Cpp, CSharp, Python")
]


# ----------------------------------------------------------------------------- code identity


def normalize_code(code: str) -> str:
    """Normalisation used for identity (cache keys and exact dedup).

    Line endings unified, trailing white space and blank lines at both ends dropped;
    indentation is kept because it is syntax in Python and Ruby heredocs.
    """
    lines = [line.rstrip() for line in code.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def code_sha256(code: str) -> str:
    return hashlib.sha256(normalize_code(code).encode("utf-8")).hexdigest()


def line_similarity(first: str, second: str) -> float:
    """Share of matching lines (difflib ratio, 0–1): near 1 for a program and its edited version (a fix, a
    mutant), low for two independent solutions."""
    return difflib.SequenceMatcher(None, first.splitlines(), second.splitlines(), autojunk=False).ratio()


# Two programs are versions of one another when at least this share of their lines match: a fix and the code
# it fixes (SafeCoder: 95 % of pairs), a reference and its mutant. Two independent solutions of one problem
# are far below it.
VERSION_SIMILARITY = 0.5


def versions_of_one_program(first: str, second: str, min_similarity: float = VERSION_SIMILARITY) -> bool:
    return line_similarity(first, second) >= min_similarity


def program_change(first: str, second: str, context: int = 2) -> str:
    """The lines that differ between two versions of a program, each hunk with ``context`` lines around it
    (a unified diff without its file and position headers, so equal edits at other offsets match)."""
    lines = difflib.unified_diff(first.splitlines(), second.splitlines(), n=context, lineterm="")
    return "\n".join(line for line in lines if not line.startswith(("---", "+++", "@@")))


# ----------------------------------------------------------------------------- tests


class StdioCase(Record):
    """One stdin → expected stdout case."""

    name: str = Field(min_length=1)
    stdin: str
    expected: str
    large: bool = Field(False, description="a performance-sized input (runtime/memory labels lean on these)")


class StdioTests(Record):
    kind: Literal["stdio"] = "stdio"
    cases: list[StdioCase] = Field(min_length=1)
    compare: Literal["exact", "tokens", "float"] = Field(
        "tokens", description="exact bytes; whitespace-separated tokens; tokens with float tolerance"
    )
    float_tol: float = Field(1e-6, ge=0)

    @model_validator(mode="after")
    def _unique_names(self) -> "StdioTests":
        names = [case.name for case in self.cases]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"duplicate stdio case names: {duplicates}")
        return self


class HarnessTests(Record):
    """Test code compiled or run together with the solution; pass = exit status 0."""

    kind: Literal["harness"] = "harness"
    code: str = Field(min_length=1)
    extra_files: dict[str, str] = Field(default_factory=dict, description="support files, e.g. Unity headers")
    test_names: list[str] = Field(default_factory=list, description="names of the asserts/tests, if known")


Tests = Annotated[StdioTests | HarnessTests, Field(discriminator="kind")]


# ----------------------------------------------------------------------------- problems


class Reference(Record):
    """A known solution. Tags: efficient, naive, memory_heavy, secure, insecure, readable, unreadable, buggy, canonical …"""

    tag: str = Field(min_length=1)
    code: str = Field(min_length=1)
    cwe: str | None = Field(None, pattern=r"^CWE-\d+$")
    note: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)


class Problem(Record):
    """A task in one language. ``id`` is shared by the same task's other languages."""

    id: str = Field(min_length=1)
    source: str = Field(min_length=1)
    language: LanguageName
    prompt: str = Field(min_length=1, description="the natural-language instruction, stored as `input`")
    entry_point: str | None = None
    signature: str | None = None
    tests: Tests | None = Field(
        None, description="None only for sets without executable tests (CyberSecEval, SafeCoder as problems)"
    )
    references: list[Reference] = Field(default_factory=list)
    license: str = Field(min_length=1)
    meta: dict[str, Any] = Field(default_factory=dict)

    @property
    def key(self) -> str:
        """Unique over all problems: the task id plus the language."""
        return f"{self.id}@{self.language}"

    def references_tagged(self, tag: str) -> list[Reference]:
        return [ref for ref in self.references if ref.tag == tag]


# ----------------------------------------------------------------------------- candidates


class Candidate(Record):
    problem_id: str = Field(min_length=1)
    language: LanguageName
    code: str
    origin: str = Field(
        pattern=r"^(reference|mutant|llm|commit):.+$",
        description="reference:<tag> | mutant:<operator> | llm:<model> | commit:<sha>",
    )
    params: dict[str, Any] = Field(default_factory=dict, description="generation parameters, mutant location …")
    sha256: str = Field("", description="sha256 of normalize_code(code); filled in when empty")

    @model_validator(mode="after")
    def _fill_sha(self) -> "Candidate":
        expected = code_sha256(self.code)
        if not self.sha256:
            object.__setattr__(self, "sha256", expected)
        elif self.sha256 != expected:
            raise ValueError(f"sha256 {self.sha256!r} does not match the code (expected {expected!r})")
        return self

    @property
    def problem_key(self) -> str:
        return f"{self.problem_id}@{self.language}"

    @property
    def origin_kind(self) -> str:
        return self.origin.split(":", 1)[0]


# ----------------------------------------------------------------------------- executions


class Status(str, Enum):
    passed = "passed"
    failed = "failed"
    compile_error = "compile_error"
    runtime_error = "runtime_error"
    timeout = "timeout"
    memory_limit = "memory_limit"
    output_limit = "output_limit"
    sandbox_error = "sandbox_error"


class TestResult(Record):
    name: str
    status: Status
    cpu_ms: float | None = None
    wall_ms: float | None = None
    peak_rss_kb: int | None = None
    instructions: int | None = None
    exit_code: int | None = None
    detail: str | None = Field(None, description="why it failed, capped")


class Execution(Record):
    candidate_sha: str = Field(min_length=1)
    problem_id: str | None = None
    language: LanguageName
    backend: str = Field(min_length=1)
    backend_version: str = ""
    status: Status
    tests_passed: int = Field(ge=0)
    tests_total: int = Field(ge=0)
    tests: list[TestResult] = Field(default_factory=list)
    cpu_ms: float | None = Field(None, description="median over repeats of the summed CPU time of all tests")
    cpu_ms_repeats: list[float] = Field(default_factory=list)
    wall_ms: float | None = None
    peak_rss_kb: int | None = Field(None, description="max over tests and repeats")
    instructions: int | None = None
    instructions_repeats: list[int] = Field(default_factory=list)
    compile_ms: float | None = None
    stdout: str = Field("", description="capped tail")
    stderr: str = Field("", description="capped tail")
    toolchain: dict[str, str] = Field(default_factory=dict)
    measures: list[str] = Field(default_factory=list, description="measures available: cpu, rss, instructions …")

    @model_validator(mode="after")
    def _counts(self) -> "Execution":
        if self.tests_passed > self.tests_total:
            raise ValueError(f"tests_passed={self.tests_passed} exceeds tests_total={self.tests_total}")
        return self

    @property
    def pass_rate(self) -> float:
        return self.tests_passed / self.tests_total if self.tests_total else 0.0

    @property
    def all_passed(self) -> bool:
        return self.status == Status.passed and self.tests_total > 0 and self.tests_passed == self.tests_total


# ----------------------------------------------------------------------------- labels


class Severity(str, Enum):
    info = "INFO"
    low = "LOW"
    medium = "MEDIUM"
    high = "HIGH"
    critical = "CRITICAL"


class Finding(Record):
    tool: str
    rule: str
    severity: Severity
    cwe: str | None = Field(None, pattern=r"^CWE-\d+$")
    line: int | None = None
    message: str = ""


class Evidence(Record):
    findings: list[Finding] = Field(default_factory=list)
    metrics: dict[str, float] = Field(default_factory=dict)
    notes: list[str] = Field(default_factory=list, description="e.g. failing test names, analyzer errors")


class CriterionLabel(Record):
    """A score for one criterion. Higher is better for every criterion except where noted in ``direction``."""

    score: float | None = Field(description="None when the criterion does not apply (e.g. runtime of a failing candidate)")
    direction: Literal["higher_better", "lower_better"] = "higher_better"
    confidence: float = Field(1.0, ge=0, le=1)
    evidence: Evidence = Field(default_factory=Evidence)


class Labels(Record):
    candidate_sha: str = Field(min_length=1)
    problem_id: str = Field(min_length=1)
    language: LanguageName
    criteria: dict[Aspect, CriterionLabel] = Field(default_factory=dict)


# ----------------------------------------------------------------------------- pairs


class Pair(Record):
    """A Themis-CodePreference row plus provenance."""

    system: str | None
    input: str = Field(min_length=1)
    chosen: str = Field(min_length=1)
    rejected: str = Field(min_length=1)
    language: Language
    aspect: Aspect
    source: str = Field(min_length=1)
    idx: int = Field(ge=0)
    # provenance
    problem_id: str = ""
    margin: float | None = None
    chosen_sha: str = ""
    rejected_sha: str = ""
    policy: str = Field("", description="name@version of the pairing policy")
    evidence: str = Field("", description="short JSON summary of the evidence behind the preference")

    @field_validator("language", mode="before")
    @classmethod
    def _parse_language(cls, value: Any) -> Any:
        return Language.from_any(value) if isinstance(value, str) else value

    @field_validator("aspect", mode="before")
    @classmethod
    def _parse_aspect(cls, value: Any) -> Any:
        return Aspect.from_any(value) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _distinct_sides(self) -> "Pair":
        if self.chosen == self.rejected:
            raise ValueError("chosen and rejected are identical")
        return self


# ----------------------------------------------------------------------------- environment checks


class Check(Record):
    """One line of `themis doctor`: a toolchain, an isolation feature, an analyzer or an accelerator."""

    section: str
    name: str
    ok: bool
    required: bool = True
    version: str = ""
    path: str = ""
    detail: str = ""
