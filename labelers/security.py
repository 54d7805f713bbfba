"""Security hardness: bandit (Python) and semgrep with our own rules (all 8 languages), one call per batch.

Score = Σ over distinct findings of ``SEVERITY_WEIGHTS[severity] × CONFIDENCE_FACTORS[confidence]``
(lower is better, 0 = nothing found). semgrep findings have confidence HIGH (our rules are written to be
precise); bandit reports its own confidence. When bandit and semgrep flag the same line with the same CWE
(Python), the finding is counted once, with the larger weight. bandit's B101 (``assert`` used) is skipped:
asserts in a stdio program are not an attack surface, and counting them would penalise defensive code.

The label's evidence also carries the program's hardening counts (:mod:`labelers.hardening`). They never
change the score; they break ties between two *versions of one program* (``hardening_tiebreak``): with
equally severe findings, the version with more defensive constructs is the more hardened one.
"""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from schemas import CriterionLabel, Evidence, Finding, Severity, canonical_language, versions_of_one_program
from labelers.rulebook import rule_files_for
from labelers.tools import RULES_DIR, SOURCE_FILES, AnalyzerError, bandit_command, semgrep_command, semgrep_env

SEVERITY_WEIGHTS: dict[Severity, float] = {
    Severity.info: 0.0,
    Severity.low: 1.0,
    Severity.medium: 3.0,
    Severity.high: 6.0,
    Severity.critical: 10.0,
}
CONFIDENCE_FACTORS: dict[str, float] = {"HIGH": 1.0, "MEDIUM": 0.8, "LOW": 0.5, "UNDEFINED": 0.5}
BANDIT_LABEL_SKIPS: tuple[str, ...] = ("B101",)
SEMGREP_TIMEOUT_S = 900
INCOMPLETE_SCAN_CONFIDENCE = 0.5  # the label's confidence when semgrep or bandit reported a parse error

_CWE = re.compile(r"CWE-(\d+)", re.IGNORECASE)


@dataclass
class ScanResult:
    """What the analyzers said about one program."""

    findings: list[Finding] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)  # CONFIDENCE_FACTORS value per finding
    notes: list[str] = field(default_factory=list)
    complete: bool = True  # False when an analyzer could not parse all of the program (what it did not see is unknown)

    @property
    def score(self) -> float:
        return round(sum(SEVERITY_WEIGHTS[f.severity] * c for f, c in zip(self.findings, self.confidences)), 3)


def _cwe_id(text: object) -> str | None:
    match = _CWE.search(str(text or ""))
    return f"CWE-{match.group(1)}" if match else None


def _write_tree(root: Path, programs: list[tuple[str, str]]) -> dict[str, int]:
    """One folder per program (``p<i>/<source file>``); returns relative path → program index."""
    paths: dict[str, int] = {}
    for index, (language, code) in enumerate(programs):
        name = SOURCE_FILES.get(canonical_language(language))
        if name is None:
            continue  # no rules for this language; the caller gets an empty result with a note
        relative = f"p{index}/{name}"
        (root / f"p{index}").mkdir()
        (root / relative).write_text(code, encoding="utf-8")
        paths[relative] = index
    return paths


def _relative(root: Path, path: str) -> str:
    resolved = Path(path)
    return str(resolved.relative_to(root)) if resolved.is_absolute() else str(resolved)


def _run_json(command: list[str], *, env: dict[str, str] | None, ok_codes: tuple[int, ...], what: str) -> dict:
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=SEMGREP_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise AnalyzerError(f"{what} failed to run: {error}") from error
    if done.returncode not in ok_codes:
        raise AnalyzerError(f"{what} exited {done.returncode}: {done.stderr.strip()[-500:]}")
    try:
        return json.loads(done.stdout or "{}")
    except json.JSONDecodeError as error:
        raise AnalyzerError(f"{what} printed no JSON ({error}); stderr: {done.stderr.strip()[-300:]}") from error


def run_semgrep(root: Path, paths: dict[str, int], results: list[ScanResult], rules: Path | list[Path] = RULES_DIR) -> None:
    """One semgrep call over the whole tree (startup costs ~3 s, so never one call per file)."""
    report = _run_json(semgrep_command(rules, root), env=semgrep_env(), ok_codes=(0, 1), what="semgrep")
    for hit in report.get("results", []):
        index = paths.get(_relative(root, hit["path"]))
        if index is None:
            continue
        extra = hit.get("extra", {})
        metadata = extra.get("metadata", {})
        rule = hit["check_id"].rsplit(".", 1)[-1]
        results[index].findings.append(
            Finding(
                tool="semgrep", rule=rule, severity=Severity(str(metadata.get("severity", "MEDIUM")).upper()),
                cwe=_cwe_id(metadata.get("cwe")), line=hit.get("start", {}).get("line"),
                message=str(extra.get("message", ""))[:300],
            )  # fmt: skip
        )
        results[index].confidences.append(CONFIDENCE_FACTORS["HIGH"])
    for error in report.get("errors", []):
        index = paths.get(_relative(root, str(error.get("path", ""))))
        if index is not None:
            results[index].notes.append(f"semgrep: {error.get('type', 'error')}: {str(error.get('message', ''))[:200]}")
            results[index].complete = False


def run_bandit(root: Path, paths: dict[str, int], results: list[ScanResult], *, skip=BANDIT_LABEL_SKIPS) -> None:
    """One bandit run over the tree's Python files (bandit -r only reads *.py)."""
    if not any(path.endswith(".py") for path in paths):
        return
    report = _run_json(bandit_command(root, skip=skip), env=None, ok_codes=(0, 1), what="bandit")
    for issue in report.get("results", []):
        index = paths.get(_relative(root, issue["filename"]))
        if index is None:
            continue
        results[index].findings.append(
            Finding(
                tool="bandit", rule=f"{issue['test_id']}:{issue['test_name']}",
                severity=Severity(issue["issue_severity"].upper()),
                cwe=_cwe_id(f"CWE-{(issue.get('issue_cwe') or {}).get('id', '')}"),
                line=issue.get("line_number"), message=issue.get("issue_text", "")[:300],
            )  # fmt: skip
        )
        results[index].confidences.append(CONFIDENCE_FACTORS.get(issue.get("issue_confidence", "UNDEFINED"), 0.5))
    for error in report.get("errors", []):
        index = paths.get(_relative(root, error.get("filename", "")))
        if index is not None:
            results[index].notes.append(f"bandit: {str(error.get('reason', ''))[:200]}")
            results[index].complete = False


def _merge_duplicates(result: ScanResult) -> None:
    """bandit and semgrep flagging the same line with the same CWE count once (the heavier one)."""
    best: dict[tuple, int] = {}
    for position, finding in enumerate(result.findings):
        key = (finding.line, finding.cwe) if finding.cwe else (finding.line, finding.tool, finding.rule)
        weight = SEVERITY_WEIGHTS[finding.severity] * result.confidences[position]
        kept = best.get(key)
        if kept is None or weight > SEVERITY_WEIGHTS[result.findings[kept].severity] * result.confidences[kept]:
            best[key] = position
    keep = sorted(best.values(), key=lambda p: (result.findings[p].line or 0, result.findings[p].rule))
    result.findings = [result.findings[p] for p in keep]
    result.confidences = [result.confidences[p] for p in keep]


OPENERS = {"(": ")", "[": "]", "{": "}"}
CLOSERS = {closer: opener for opener, closer in OPENERS.items()}


def balance_brackets(code: str) -> str:
    """Drop closing brackets that close nothing open (the fragment's opening was cut off) and close the
    ones left open, innermost first (a fragment cut mid-expression, e.g. inside JSX ``return (``);
    string contents are ignored."""
    out, stack, quote, escaped = [], [], "", False
    for char in code:
        if quote:
            escaped = not escaped and char == "\\"
            if char == quote and not escaped:
                quote = ""
        elif char in "\"'`":
            quote = char
        elif char in OPENERS:
            stack.append(char)
        elif char in CLOSERS:
            if not stack or stack[-1] != CLOSERS[char]:
                continue
            stack.pop()
        out.append(char)
    return "".join(out) + "\n" + "".join(OPENERS[opener] + "\n" for opener in reversed(stack))


# languages whose blocks are brackets: a program cut where a harness closes them (MBXP's C# solutions end inside
# their class; the test code appended at run time closes it) parses once its brackets are balanced
BRACKET_LANGUAGES = frozenset({"C", "Cpp", "CSharp", "Go", "Java", "JavaScript"})


def _semgrep_on_tree(root: Path, paths: dict[str, int], programs: list[tuple[str, str]], results: list[ScanResult],
                     rules: Path) -> None:  # fmt: skip
    present = frozenset(canonical_language(programs[index][0]) for index in paths.values())
    if present:  # only the rule files of the languages in this batch (semgrep's start-up is mostly rule parsing)
        run_semgrep(root, paths, results, rule_files_for(present, rules) if rules.is_dir() else rules)


def _rescan_with_brackets_balanced(programs: list[tuple[str, str]], results: list[ScanResult], rules: Path) -> None:
    """Programs of a bracket language semgrep could not fully parse get a second pass (one call for all of them)
    with their brackets balanced; its result replaces the first where it parsed completely."""
    retry, balanced = [], []
    for index, (language, code) in enumerate(programs):
        if results[index].complete or canonical_language(language) not in BRACKET_LANGUAGES:
            continue
        closed = balance_brackets(code)
        if closed.rstrip("\n") != code.rstrip("\n"):  # brackets were off: worth a second look
            retry.append(index)
            balanced.append((language, closed))
    if not retry:
        return
    second = [ScanResult() for _ in retry]
    with tempfile.TemporaryDirectory(prefix="themis-scan-") as tmp:
        _semgrep_on_tree(Path(tmp), _write_tree(Path(tmp), balanced), balanced, second, rules)
    for index, result in zip(retry, second):
        if result.complete:
            result.notes.append("semgrep: parsed with its brackets balanced (the harness closes them at run time)")
            results[index] = result


def scan(programs: list[tuple[str, str]], *, rules: Path = RULES_DIR, bandit: bool = True) -> list[ScanResult]:
    """Scan ``(language, code)`` programs with one semgrep call (and one bandit call for the Python ones); a second
    semgrep call only for bracket-language programs it could not parse as they are."""
    results = [ScanResult() for _ in programs]
    if not programs:
        return results
    with tempfile.TemporaryDirectory(prefix="themis-scan-") as tmp:
        root = Path(tmp)
        paths = _write_tree(root, programs)
        for index, (language, _) in enumerate(programs):
            if index not in paths.values():
                results[index].notes.append(f"no security rules for language {language!r}")
        _semgrep_on_tree(root, paths, programs, results, rules)
        if bandit:
            run_bandit(root, paths, results)
    _rescan_with_brackets_balanced(programs, results, rules)
    for result in results:
        _merge_duplicates(result)
    return results


def security_label(result: ScanResult, hardening: dict[str, int] | None = None) -> CriterionLabel:
    """The label of one scan; ``hardening`` (from :func:`labelers.hardening.hardening_counts`) goes into the
    evidence as ``hardening`` (the total) and ``hardening_<kind>`` per kind found."""
    metrics = {"findings": float(len(result.findings)), "weighted": result.score}
    for severity in Severity:
        count = sum(f.severity == severity for f in result.findings)
        if count:
            metrics[severity.value.lower()] = float(count)
    if hardening is not None:
        metrics["hardening"] = float(sum(hardening.values()))
        metrics.update({f"hardening_{kind}": float(count) for kind, count in hardening.items() if count})
    return CriterionLabel(
        score=result.score,
        direction="lower_better",
        # a program an analyzer could not fully parse may hide findings: pairing never calls it the more secure one
        confidence=1.0 if result.complete else INCOMPLETE_SCAN_CONFIDENCE,
        evidence=Evidence(findings=result.findings, metrics=metrics, notes=result.notes),
    )


def hardening_tiebreak(first: CriterionLabel, first_code: str, second: CriterionLabel, second_code: str) -> int:
    """+1 when ``first`` is the more hardened, -1 when ``second`` is, 0 when undecided.

    Decides only between versions of one program whose findings weigh the same, and only when both labels
    carry hardening counts (labels made before they existed do not)."""
    if first.score != second.score:
        return 0
    mine, theirs = first.evidence.metrics.get("hardening"), second.evidence.metrics.get("hardening")
    if mine is None or theirs is None or mine == theirs or not versions_of_one_program(first_code, second_code):
        return 0
    return 1 if mine > theirs else -1
