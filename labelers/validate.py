"""`themis validate`: each labeler checked against real external data nobody on the team made.

Every check yields one row per language plus an ``all`` row: ``{name, source, language, value, target,
passed, n}`` (``target``/``passed`` are ``None`` for report-only rows), and counts every miss by category,
so a figure can be traced to what went wrong (e.g. "canonical fails in the sandbox").

Checks (the issue table): correctness pair accuracy (HumanEvalPack canonical vs buggy), runtime ordering
(NoFunEval slow vs fast on CodeNet cases; ENAMEL expert vs HumanEval canonical on ENAMEL's large inputs),
security pair accuracy (SafeCoder before vs after), security recall (CyberSecEval instruct origin code),
analyzer fidelity (bandit's own example files), readability (Spearman ρ vs Scalabrino ratings).
``subset=True`` takes a fixed, seeded sample of each set so the run fits in CI (≤ 5 min).
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import subprocess
import tempfile
import textwrap
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from schemas import Candidate, Execution, HarnessTests, Problem, Status

SEED = 20261122


@dataclass
class CheckRow:
    name: str
    source: str
    language: str
    value: float | None
    target: float | None
    passed: bool | None
    n: int


@dataclass
class CheckResult:
    """Rows of one check and its misses, ``{category: count}`` plus a few example ids per category."""

    rows: list[CheckRow] = field(default_factory=list)
    misses: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)


class Tally:
    """Hits and totals per language, and misses by category (with up to 3 example ids each)."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.totals: Counter[str] = Counter()
        self.misses: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = defaultdict(list)

    def add(self, language: str, hit: bool, miss_category: str | None = None, example: str = "") -> None:
        self.totals[language] += 1
        self.hits[language] += hit
        if not hit and miss_category:
            self.miss(miss_category, example)

    def miss(self, category: str, example: str = "") -> None:
        self.misses[category] += 1
        if example and len(self.examples[category]) < 3:
            self.examples[category].append(example)

    def result(self, name: str, source: str, target: float | None, *, per_language_target: bool = True) -> CheckResult:
        rows = []
        for language in sorted(self.totals):
            rows.append(_row(name, source, language, self.hits[language], self.totals[language], target if per_language_target else None))
        rows.append(_row(name, source, "all", sum(self.hits.values()), sum(self.totals.values()), target))
        return CheckResult(rows, dict(self.misses), dict(self.examples))


def _row(name: str, source: str, language: str, hits: int, total: int, target: float | None) -> CheckRow:
    value = round(hits / total, 4) if total else None
    passed = None if target is None else (value is not None and value >= target)
    return CheckRow(name, source, language, value, target, passed, total)


def _sample(items: list, k: int, subset: bool) -> list:
    if not subset or len(items) <= k:
        return items
    return random.Random(SEED).sample(items, k)


def _candidate(problem: Problem, code: str, tag: str) -> Candidate:
    return Candidate(problem_id=problem.id, language=problem.language, code=code, origin=f"reference:{tag}")


def _execute(pairs: list[tuple[Problem, Candidate]], *, repeats: int = 1, limits=None) -> list[Execution]:
    import sandboxes

    problems = {problem.key: problem for problem, _ in pairs}
    return sandboxes.execute([candidate for _, candidate in pairs], problems, repeats=repeats, limits=limits)


# ----------------------------------------------------------------------------- correctness


def check_correctness(data: Path, subset: bool) -> CheckResult:
    """HumanEvalPack: the canonical solution must get a strictly higher correctness label than the buggy one."""
    from labelers.execution import correctness_label
    from sources import load_source

    by_language: dict[str, list[Problem]] = defaultdict(list)
    for problem in load_source("humanevalpack", data / "humanevalpack"):
        by_language[problem.language].append(problem)
    pairs: list[tuple[Problem, Candidate]] = []
    for language, problems in sorted(by_language.items()):
        for problem in _sample(problems, 2, subset):
            for tag in ("canonical", "buggy"):
                pairs.extend((problem, _candidate(problem, ref.code, tag)) for ref in problem.references_tagged(tag)[:1])
    executions = _execute(pairs)
    outcome: dict[str, dict[str, Execution]] = defaultdict(dict)
    problems_by_key = {}
    for (problem, candidate), execution in zip(pairs, executions):
        outcome[problem.key][candidate.origin.split(":", 1)[1]] = execution
        problems_by_key[problem.key] = problem
    tally = Tally()
    for key, runs in outcome.items():
        problem = problems_by_key[key]
        if set(runs) != {"canonical", "buggy"}:
            tally.miss("problem lacks a canonical or buggy reference", key)
            continue
        canonical, buggy = runs["canonical"], runs["buggy"]
        if not canonical.all_passed:
            tally.miss(f"canonical fails in the sandbox ({canonical.status.value}): excluded", key)
            continue
        better = correctness_label(problem, canonical).score > correctness_label(problem, buggy).score
        tally.add(problem.language, better, "buggy passes every test", key)
    return tally.result("correctness pair accuracy", "humanevalpack", 1.0)


# ----------------------------------------------------------------------------- runtime


_MISSING_MODULE = re.compile(r"ModuleNotFoundError: No module named '([\w.]+)'")


def _ordering(tally: Tally, language: str, key: str, slow: Execution, fast: Execution, min_ratio: float) -> None:
    from labelers.execution import runtime_label

    if not slow.all_passed or not fast.all_passed:
        which = "slow" if not slow.all_passed else "fast"
        failed = slow if which == "slow" else fast
        missing = _MISSING_MODULE.search(failed.stderr)
        reason = f"needs module {missing.group(1)!r}, absent in the sandbox" if missing else failed.status.value
        tally.miss(f"{which} reference fails the tests in the sandbox ({reason}): excluded", key)
        return
    slow_ms, fast_ms = runtime_label(slow).score, runtime_label(fast).score
    if min_ratio > 1 and max(slow_ms, fast_ms) < min_ratio * max(min(slow_ms, fast_ms), 1e-9):
        tally.miss(f"measured times differ < {min_ratio:g}x: excluded", key)
        return
    tally.add(language, slow_ms > fast_ms, "measured the faster reference as slower", key)


def check_runtime_nofuneval(data: Path, subset: bool) -> list[CheckResult]:
    """NoFunEval runtime_efficiency: CodeNet's slower submission (v0) must get the larger runtime label."""
    from sources import load_source

    problems = _sample(list(load_source("nofuneval-runtime", data / "nofuneval")), 4, subset)
    pairs = []
    for problem in problems:
        for tag in ("slow", "fast"):
            pairs.extend((problem, _candidate(problem, ref.code, tag))
                         for ref in problem.references_tagged(tag)[:1])  # fmt: skip
    executions = _execute(pairs, repeats=3)
    runs: dict[str, dict[str, Execution]] = defaultdict(dict)
    upstream: dict[str, dict[str, float]] = defaultdict(dict)
    by_key = {problem.key: problem for problem in problems}
    for (problem, candidate), execution in zip(pairs, executions):
        tag = candidate.origin.split(":", 1)[1]
        runs[problem.key][tag] = execution
        ref = problem.references_tagged(tag)[0]
        upstream[problem.key][tag] = float(ref.meta.get("cpu_time_ms", 0) or 0)
    every, wide = Tally(), Tally()
    for key, pair in runs.items():
        if set(pair) != {"slow", "fast"}:
            every.miss("pair lacks a slow or fast reference", key)
            continue
        _ordering(every, by_key[key].language, key, pair["slow"], pair["fast"], 1.0)
        times = upstream[key]
        if times["slow"] >= 2 * max(times["fast"], 1):
            _ordering(wide, by_key[key].language, key, pair["slow"], pair["fast"], 1.0)
    return [
        every.result("runtime ordering", "nofuneval-runtime", 0.9),
        wide.result("runtime ordering (CodeNet times differ >= 2x)", "nofuneval-runtime", None),
    ]


ENAMEL_IMPORTS = "import random, math, string, itertools, collections, heapq, bisect, functools, re\n"
ENAMEL_CASES = 2
ENAMEL_CPU_S = 10.0
ENAMEL_ROUNDS = 3


def _enamel_harness(problem: Problem, null: bool = False) -> str:
    """Generate ENAMEL's largest-level inputs inside the sandbox and call the solution on each."""
    meta = problem.meta["enamel"]
    level = len(meta["input_levels"]) - 1
    size = meta["input_levels"][level]
    call = "pass" if null else f"{problem.entry_point}(*_args)"
    return (
        ENAMEL_IMPORTS + meta["input_generator"] + "\n"
        f"random.seed({SEED})\n"
        f"for _cid in range({ENAMEL_CASES}):\n"
        f"    _args = generate_input({size}, {level}, _cid)\n"
        f"    {call}\n"
    )


def check_runtime_enamel(data: Path, subset: bool) -> CheckResult:
    """ENAMEL: the expert solution must get the smaller runtime label than HumanEval's canonical one where the
    measured times differ ≥ 2× (net of the input-generation time, measured with a solution that does nothing),
    by more than the noise, and in the same order in every round (``sandboxes.execute`` runs repeats in rounds, and a
    problem's three programs — generation, canonical, expert — side by side in each)."""
    import sandboxes
    from sources import load_source

    problems = [p for p in load_source("enamel", data / "enamel" / "enamel.csv") if "enamel" in p.meta]
    problems = _sample(problems, 3, subset)
    pairs = []
    for problem in problems:
        timed = problem.model_copy(update={"tests": HarnessTests(code=_enamel_harness(problem))})
        null = problem.model_copy(update={"id": problem.id + "/generation", "tests": HarnessTests(code=_enamel_harness(problem, null=True))})
        for tag in ("efficient", "canonical"):
            pairs.extend((timed, _candidate(timed, ref.code, tag)) for ref in problem.references_tagged(tag)[:1])
        pairs.append((null, _candidate(null, problem.references_tagged("canonical")[0].code, "canonical")))
    executions = _execute(pairs, repeats=ENAMEL_ROUNDS, limits=sandboxes.Limits(cpu_s=ENAMEL_CPU_S, memory_mb=2048))
    runs: dict[str, dict[str, Execution]] = defaultdict(dict)
    for (problem, candidate), execution in zip(pairs, executions):
        key = problem.key.replace("/generation@", "@")
        tag = "null" if problem.id.endswith("/generation") else candidate.origin.split(":", 1)[1]
        runs[key][tag] = execution
    tally = Tally()
    for key, run in runs.items():
        generation = run.get("null")
        if generation is None or not generation.all_passed:
            reason = generation.status.value if generation else "not run"
            tally.miss(f"input generator fails in the sandbox ({reason}): excluded", key)
            continue
        canonical, expert = run["canonical"], run["efficient"]
        if Status.timeout in (canonical.status, expert.status):
            # a run stopped at the CPU limit took at least that long: an ordering we measured, not a guess
            finished = expert if canonical.status == Status.timeout else canonical
            if not finished.all_passed or finished.status == Status.timeout:
                tally.miss("both time out or the other fails: excluded", key)
                continue
            tally.add("Python", finished is expert, "expert times out where the canonical one finishes", key)
            continue
        canonical_net, expert_net = _net(canonical, generation), _net(expert, generation)
        if abs(canonical_net.cpu_ms - expert_net.cpu_ms) < _noise_ms(generation, canonical, expert):
            tally.miss("difference within the runs' run-to-run noise: excluded", key)
            continue
        if len({fast < slow for fast, slow in zip(expert.cpu_ms_repeats, canonical.cpu_ms_repeats)}) > 1:
            tally.miss("the faster reference differs from round to round: excluded", key)
            continue
        _ordering(tally, "Python", key, canonical_net, expert_net, 2.0)
    return tally.result("runtime ordering", "enamel", 0.9)


def _noise_ms(*executions: Execution) -> float:
    """The net difference is (canonical − generation) − (expert − generation): below 3 σ of the three runs'
    combined run-to-run spread (+2 ms) it is noise. (The generation's spread alone let near-zero net times
    through on a loaded machine, and their ratio then looked like a 2× ordering.)"""
    from labelers.execution import runtime_label

    spreads = [runtime_label(run).evidence.metrics.get("cv", 0.0) * (run.cpu_ms or 0.0) for run in executions]
    variance = sum(spread**2 for spread in spreads)
    return 3.0 * variance**0.5 + 2.0


def _net(execution: Execution, generation: Execution) -> Execution:
    """The execution with the input-generation CPU time taken off (floored at 0.01 ms)."""
    if execution.cpu_ms is None or generation.cpu_ms is None:
        return execution
    net = max(0.01, execution.cpu_ms - generation.cpu_ms)
    repeats = [max(0.01, value - generation.cpu_ms) for value in execution.cpu_ms_repeats]
    return execution.model_copy(update={"cpu_ms": net, "cpu_ms_repeats": repeats})


# ----------------------------------------------------------------------------- security


SAFECODER_LANGUAGES = {"py": "Python", "js": "JavaScript", "rb": "Ruby", "c": "C", "go": "Go", "java": "Java", "cpp": "Cpp",
                       "cc": "Cpp", "jsx": "JavaScript"}  # fmt: skip


def safecoder_pairs(data: Path) -> list[dict]:
    """SafeCoder rows from every split file, with our language name (from the file extension)."""
    rows = []
    files = sorted((data / "safecoder").glob("*/*.jsonl"))
    if not files:
        raise FileNotFoundError(f"{data / 'safecoder'}: no SafeCoder files (<split>/*.jsonl) there")
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            row = json.loads(line)
            extension = str(row.get("file_name", "")).rsplit(".", 1)[-1].lower()
            language = SAFECODER_LANGUAGES.get(extension)
            if language is None or not row.get("func_src_before") or not row.get("func_src_after"):
                continue
            rows.append({**row, "language": language, "where": f"{path.relative_to(data)}:{number}"})
    return rows


def safecoder_half(row: dict) -> str:
    """"dev" or "held-out", by a hash of the fix commit (so the pairs of one commit share a half): rules were
    developed looking at dev pairs only until session 10; session 11 read the held-out half's undecided pairs too
    (docs/labelers.md), so NoFunEval is now the independent security figure."""
    digest = hashlib.sha256(str(row.get("commit_link", "")).encode()).digest()
    return "dev" if digest[0] % 2 == 0 else "held-out"


def _fragment(code: str) -> str:
    """Function fragments are indented as in their file; dedent so Python parses them."""
    return textwrap.dedent(code.expandtabs(4)) if "\t" in code or code.startswith(" ") else code


def _python_blocks_reopened(code: str) -> str | None:
    """A Python fragment cut inside a block starts deeper than it later goes (CyberSecEval's excerpts): open an
    ``if True:`` at every shallower indentation it returns to, so each dedent closes a block that exists."""
    lines = [line.expandtabs(4) for line in code.splitlines() if line.strip()]
    depth = [len(line) - len(line.lstrip()) for line in lines]
    if not lines or min(depth) == depth[0]:
        return None
    levels = sorted({0, *(d for d in depth if d < depth[0])})
    return "".join(" " * level + "if True:\n" for level in levels) + code.expandtabs(4)


RUBY_ENDS_TRIED = 8  # deeper than any method body SafeCoder cuts short (its 17 cut Ruby fragments need 1 or 2)


def _ruby_blocks_closed(code: str) -> str | None:
    """A Ruby fragment cut before its ``end``s (SafeCoder keeps a long method's first lines only): the fewest
    ``end`` lines after which tree-sitter parses it without an error; None when it parses already or none do."""
    from labelers.grammars import has_errors, parse

    if not has_errors(parse(code, "Ruby")):
        return None
    for ends in range(1, RUBY_ENDS_TRIED + 1):
        closed = code.rstrip("\n") + "\nend" * ends + "\n"
        if not has_errors(parse(closed, "Ruby")):
            return closed
    return None


def standalone_variants(language: str, code: str) -> list[str]:
    """Ways to make a cut-out fragment parse on its own: as is, brackets balanced, and wrapped in a
    class / method / function (Python: the blocks it was cut out of reopened; Ruby: the blocks it was cut inside
    closed). A fragment counts as flagged when any variant is (the miss category "code does not parse standalone"
    is what remains)."""
    code = _fragment(code)
    if language == "Python":
        return [variant for variant in (code, _python_blocks_reopened(code)) if variant]
    if language == "Ruby":
        return [variant for variant in (code, _ruby_blocks_closed(code)) if variant]
    if language == "Go":
        return [code]
    from labelers.security import balance_brackets  # (`scan` itself retries a bracket language balanced)

    balanced = balance_brackets(code)
    if language in ("Java", "CSharp"):
        return [code, "class Snippet {\n" + balanced + "}\n", "class Snippet {\nvoid Snippet0() {\n" + balanced + "}\n}\n"]
    opener = "function snippet() {\n" if language == "JavaScript" else "void snippet(void) {\n"
    return [code, opener + balanced + "}\n"]


def scan_fragments(programs: list[tuple[str, str]]):
    """Scan every standalone variant of each fragment in one batch; merge each fragment's findings."""
    from labelers.security import ScanResult, scan

    variants = [(index, language, variant) for index, (language, code) in enumerate(programs)
                for variant in standalone_variants(language, code)]  # fmt: skip
    scanned = scan([(language, variant) for _, language, variant in variants])
    merged = [ScanResult() for _ in programs]
    best: dict[int, float] = {}
    for (index, _, _), result in zip(variants, scanned):
        if index not in best or result.score > best[index]:  # the most complete parse sees the most findings
            best[index] = result.score
            merged[index] = result
    return merged


@dataclass
class SecurityPair:
    """A vulnerable program (or one function cut out of its file) and its fixed version."""

    language: str
    before: str
    after: str
    cwe: str
    where: str


def _cwe(text: str) -> str:
    """``cwe-079`` → ``CWE-79`` (SafeCoder and NoFunEval write CWEs zero-padded and in lower case)."""
    match = re.search(r"cwe-0*(\d+)", text, re.I)
    return f"CWE-{match.group(1)}" if match else text.upper()


@dataclass
class SecurityVerdict:
    """How the labeler judged one pair. ``ordered``: it put one version above the other (rightly or not) — the
    only pairs a build ever emits, so accuracy on them is the label noise of Security_Hardness pairs."""

    hit: bool
    ordered: bool
    category: str | None  # why it missed; None on a hit


def judge_security_pairs(pairs: list[SecurityPair], covered: set[str]) -> list[SecurityVerdict]:
    """Per pair: is the vulnerable version labelled less secure — more severe findings, or equally severe findings
    and fewer defensive constructs (the hardening tie-break)? When not, the miss category says why (``covered``:
    the CWEs our rules have a rule for)."""
    from labelers.hardening import hardening_counts
    from labelers.security import hardening_tiebreak, security_label

    programs = [(pair.language, code) for pair in pairs for code in (pair.before, pair.after)]
    results = scan_fragments(programs)
    labels = [security_label(result, hardening_counts(_fragment(code), language))
              for result, (language, code) in zip(results, programs)]  # fmt: skip
    verdicts = []
    for position, pair in enumerate(pairs):
        before, after = labels[2 * position], labels[2 * position + 1]
        tiebreak = hardening_tiebreak(after, pair.after, before, pair.before)
        hit = before.score > after.score or tiebreak > 0
        ordered = before.score != after.score or tiebreak != 0
        flagged = "flagged equally in both versions" if before.score else "nothing flagged in either version"
        category = (
            None if hit
            else f"{pair.cwe}, a test function the fix commit changed (no vulnerable code in it)" if is_test_code(pair.before)
            else "fixed version flagged more" if after.score > before.score
            else "equal findings, fixed version has fewer defensive constructs" if tiebreak < 0
            else _undecided_category(pair, flagged, covered)
        )  # fmt: skip
        verdicts.append(SecurityVerdict(hit, ordered, category))
    return verdicts


# a test's signature: `def test_x`, `def testX`, `func TestX(t *testing.T)`, `@Test`, `it("...", `, a `*testing.T`
# helper — but not `testngXml...`, whose `test` starts another word
_TEST_SIGNATURE = re.compile(
    r"^\s*(?:@Test\b|(?:it|test|describe)\s*\(\s*[\"'`]|.*\b(?:def|func|void|function)\s+(?:self\.)?[Tt]est(?:_|[A-Z\d(]|\b)"
    r"|.*\*testing\.[TB]\b)",
    re.M,
)


def is_test_code(code: str) -> bool:
    """Is this fragment a test (SafeCoder's fix commits sometimes change a test beside the fixed code)? Judged on
    its first lines — the decorators and the signature —, not on calls inside the body."""
    head = "\n".join(code.strip().splitlines()[:3])
    return bool(_TEST_SIGNATURE.search(head))


def _undecided_category(pair: SecurityPair, flagged: str, covered: set[str]) -> str:
    """Why a pair with equally severe findings and as many defensive constructs on both sides stays undecided."""
    from schemas import versions_of_one_program

    if not versions_of_one_program(pair.before, pair.after):
        return f"{pair.cwe} {flagged}, the fix rewrites the function (not comparable as versions)"
    same = unchanged_structure(_fragment(pair.before), _fragment(pair.after), pair.language)
    if same:
        return f"{pair.cwe} {flagged}, {same}"
    unruled = "" if pair.cwe in covered else " (no rule for this CWE)"
    return f"{pair.cwe} {flagged}, same number of defensive constructs{unruled}"


_STRING_DELIMITER = re.compile(r"[rbuf]{0,2}[\"'`]{1,3}", re.I)


def unchanged_structure(before: str, after: str, language: str) -> str | None:
    """Say what differs when two versions share one syntactic structure — only layout, comments, quote style and
    semicolons, or only names and literal values (a renamed variable or API, a literal replaced by a constant, a
    number changed); ``None`` when the structure changed. Structural evidence (defensive-construct counts) cannot
    tell such versions apart; only a rule that knows the names or values can."""
    from labelers.grammars import leaf_tokens

    def significant(code: str) -> list[tuple[bool, str]]:
        return [(named, text) for named, text in leaf_tokens(code, language)
                if text != ";" and not _STRING_DELIMITER.fullmatch(text)]  # fmt: skip

    first, second = significant(before), significant(after)
    if [text for _, text in first] == [text for _, text in second]:
        return "the versions differ only in layout, comments, quotes or semicolons"
    if [None if named else text for named, text in first] == [None if named else text for named, text in second]:
        return "the versions differ only in names and literal values"
    return None


def _covered_cwes() -> set[str]:
    from labelers.rulebook import load_rules

    return {rule.cwe.split(":")[0].upper() for rule in load_rules()}


def check_security_pairs(data: Path, subset: bool) -> list[CheckResult]:
    """SafeCoder: the vulnerable function (before the fix) must be labelled less secure than the fixed one."""
    rows = _sample(safecoder_pairs(data), 40, subset)
    pairs = [SecurityPair(row["language"], row["func_src_before"], row["func_src_after"], _cwe(str(row.get("vul_type", ""))),
                          row["where"]) for row in rows]  # fmt: skip
    covered = _covered_cwes()
    every, in_scope, ordered = Tally(), Tally(), Tally()
    halves = {"dev": Tally(), "held-out": Tally()}
    for row, pair, verdict in zip(rows, pairs, judge_security_pairs(pairs, covered)):
        every.add(pair.language, verdict.hit, verdict.category, pair.where)
        half = safecoder_half(row)
        halves[half].add(pair.language, verdict.hit)
        if pair.cwe in covered:
            in_scope.add(pair.language, verdict.hit)
        if verdict.ordered and half == "held-out":
            ordered.add(pair.language, verdict.hit)
    return [
        # the issue's target is the overall figure; the languages are reported (as for CyberSecEval's recall)
        every.result("security pair accuracy", "safecoder", 0.8, per_language_target=False),
        in_scope.result("security pair accuracy (CWEs our rules cover)", "safecoder", None),
        *(tally.result(f"security pair accuracy ({half} half)", "safecoder", None) for half, tally in halves.items()),
        ordered.result("security pair accuracy (held-out pairs the labeler orders)", "safecoder", None),
    ]


NOFUNEVAL_LANGUAGES = {"c": "C", "cpp": "Cpp", "python": "Python", "java": "Java", "javascript": "JavaScript"}


def check_security_nofuneval(data: Path, subset: bool) -> list[CheckResult]:
    """NoFunEval security: a whole program CodeQL warns about must be labelled less secure than its rewrite that
    clears the warning. No rule or hardening pattern was written looking at these pairs, so this is an independent
    figure (report-only: the issue's target is SafeCoder's). All 41 pairs even in the subset (one scan)."""
    path = data / "nofuneval" / "security.jsonl"
    tally, ordered, pairs = Tally(), Tally(), []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
            source, target = row["source_code"], row["target_code"]
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise ValueError(f"{path}:{number}: not a NoFunEval security record ({error!r})") from error
        language = NOFUNEVAL_LANGUAGES.get(str(row.get("pl", "")).lower())
        if language is None:
            tally.miss(f"language {row.get('pl')!r} is not one we label", f"{path.name}:{number}")
            continue
        pairs.append(SecurityPair(language, source, target, _cwe(str(row.get("cwe", ""))),
                                  f"{path.name}:{number}"))  # fmt: skip
    for pair, verdict in zip(pairs, judge_security_pairs(pairs, _covered_cwes())):
        tally.add(pair.language, verdict.hit, verdict.category, pair.where)
        if verdict.ordered:
            ordered.add(pair.language, verdict.hit)
    return [tally.result("security pair accuracy (CodeQL-verified fixes)", "nofuneval-security", None),
            ordered.result("security pair accuracy (CodeQL-verified fixes the labeler orders)", "nofuneval-security", None)]  # fmt: skip


CYBERSECEVAL_LANGUAGES = {"c": "C", "cpp": "Cpp", "csharp": "CSharp", "java": "Java", "javascript": "JavaScript",
                          "python": "Python"}  # fmt: skip


def check_security_recall(data: Path, subset: bool) -> CheckResult:
    """CyberSecEval instruct: the insecure origin code must get at least one finding."""
    records = json.loads((data / "cyberseceval" / "instruct.json").read_text(encoding="utf-8"))
    by_language: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        language = CYBERSECEVAL_LANGUAGES.get(str(record.get("language", "")).lower())
        if language:
            by_language[language].append(record)
    chosen = [record for language in sorted(by_language) for record in _sample(by_language[language], 10, subset)]
    results = scan_fragments([(CYBERSECEVAL_LANGUAGES[r["language"]], r["origin_code"]) for r in chosen])
    tally = Tally()
    for record, result in zip(chosen, results):
        language = CYBERSECEVAL_LANGUAGES[record["language"]]
        tally.add(language, bool(result.findings), f"{language} {record.get('cwe_identifier')}: not flagged",
                  f"prompt {record.get('prompt_id')} ({record.get('pattern_id')})")  # fmt: skip
    return tally.result("security recall", "cyberseceval", 0.6, per_language_target=False)


def check_seed_security(data: Path, subset: bool) -> CheckResult:
    """Our seed set: every `insecure` reference must score strictly worse than its `secure` sibling."""
    from labelers.security import scan
    from sources import load_source

    pairs = [(problem, problem.references_tagged("insecure")[0], problem.references_tagged("secure")[0])
             for problem in load_source("seed", lenient=True)
             if problem.references_tagged("insecure") and problem.references_tagged("secure")]  # fmt: skip
    results = scan([(problem.language, ref.code) for problem, insecure, secure in pairs for ref in (insecure, secure)])
    tally = Tally()
    for position, (problem, insecure, _) in enumerate(pairs):
        worse, better = results[2 * position], results[2 * position + 1]
        category = f"{problem.language} {insecure.cwe}: insecure not flagged" if not worse.findings else (
            f"{problem.language} {insecure.cwe}: secure flagged as much")
        tally.add(problem.language, worse.score > better.score, category, problem.key)
    return tally.result("security pair accuracy", "seed", 1.0)


# Benchmark solutions written with no security purpose (source, folder under the data root): MBXP has no Go or C,
# HumanEvalPack no Ruby, C# or C, Exercism is C only.
BENIGN_SOURCES = (("mbxp", "mxeval/mbxp"), ("humanevalpack", "humanevalpack"), ("exercism-c", "exercism-c"))


def _parse_failure(notes: list[str]) -> str:
    """Which analyzer could not parse a program, and how (the notes carry temp paths, so they cannot be categories)."""
    kinds = ["semgrep parsed part of it" if "PartialParsing" in note else note.split(":")[0] + " syntax error"
             for note in notes if note.startswith(("semgrep:", "bandit:"))]  # fmt: skip
    return ", ".join(sorted(set(kinds))) or "unknown"


def check_security_benign(data: Path, subset: bool) -> list[CheckResult]:
    """How often the security labeler stays quiet on benchmark solutions written with no security purpose (MBXP,
    HumanEvalPack, Exercism C): a finding there is either a real weakness (strcpy, MD5 where the task asks for
    it) or a false positive, and every false positive puts noise into Security_Hardness pairs. Only findings that
    weigh in the score count (an INFO note such as a constant-looking allocation product weighs 0). Report only."""
    from labelers.security import SEVERITY_WEIGHTS, scan
    from sources import load_source

    by_language: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for source, folder in BENIGN_SOURCES:
        for problem in load_source(source, data / folder):
            for reference in problem.references_tagged("canonical")[:1]:
                by_language[problem.language].append((problem.id, reference.code))
    chosen = [(language, key, code) for language in sorted(by_language)
              for key, code in _sample(by_language[language], 40, subset)]  # fmt: skip
    results = scan([(language, code) for language, _, code in chosen])
    quiet, parsed = Tally(), Tally()
    for (language, key, _), result in zip(chosen, results):
        weighed = sorted({finding.rule for finding in result.findings if SEVERITY_WEIGHTS[finding.severity] > 0})
        quiet.add(language, not weighed, example=key)
        for rule in weighed:
            quiet.miss(f"{language}: {rule} fires", key)
        # an unparsed program is quiet because nothing was seen (every MBXP C# solution was, before the rescan)
        parsed.add(language, result.complete, f"{language}: not fully parsed ({_parse_failure(result.notes)})", key)
    source = "mbxp+humanevalpack+exercism-c"
    return [quiet.result("security quiet on benign references", source, None),
            parsed.result("security scan parses benign references", source, None)]  # fmt: skip


# ----------------------------------------------------------------------------- bandit fidelity


def _default_expectation(entry: dict) -> dict | None:
    """bandit's default-profile expectation (one with no flag), or None (see shared/data README)."""
    for expectation in entry.get("bandit_functional_expectations", []):
        flags = ("ignore_nosec", "custom_test_set_or_profile", "plugin_config_modified_in_test")
        if not any(expectation.get(flag) for flag in flags):
            return expectation["expect"]
    return None


def check_bandit_fidelity(data: Path, subset: bool) -> CheckResult:
    """bandit examples: one bandit run (default profile) must reproduce bandit's own expected counts per file."""
    from labelers.tools import bandit_command

    entries = [json.loads(line) for line in (data / "bandit" / "bandit_examples.jsonl").read_text().splitlines()]
    entries = [entry for entry in entries if _default_expectation(entry) is not None and entry["path"].endswith(".py")]
    entries = _sample(entries, 30, subset)
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="themis-bandit-") as tmp:
        root = Path(tmp)
        for entry in entries:
            target = root / entry["path"]
            target.parent.mkdir(parents=True, exist_ok=True)
            content = base64.b64decode(entry["content_b64"]) if "content_b64" in entry else entry["content"].encode()
            target.write_bytes(content)
        done = subprocess.run(bandit_command(root), capture_output=True, text=True, timeout=600)
        report = json.loads(done.stdout or "{}")
        counts: dict[str, dict[str, Counter]] = defaultdict(lambda: {"SEVERITY": Counter(), "CONFIDENCE": Counter()})
        for issue in report.get("results", []):
            relative = str(Path(issue["filename"]).resolve().relative_to(root.resolve()))
            counts[relative]["SEVERITY"][issue["issue_severity"]] += 1
            counts[relative]["CONFIDENCE"][issue["issue_confidence"]] += 1
    for entry in entries:
        expected = _default_expectation(entry)
        got = counts[entry["path"]]
        same = all(
            got[axis][level] == count for axis in ("SEVERITY", "CONFIDENCE") for level, count in expected[axis].items()
        )
        tally.add("Python", same, "counts differ from bandit's functional test", entry["path"])
    return tally.result("analyzer fidelity", "bandit-examples", 1.0)


# ----------------------------------------------------------------------------- readability


def scalabrino_snippets(data: Path) -> list[dict]:
    path = data / "readability-scalabrino" / "scalabrino_snippets.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def as_java_unit(snippet: str) -> str:
    """Scalabrino snippets are methods and fragments; wrap them in a class so they parse as Java."""
    return "class Snippet {\n" + snippet + "\n}\n"


def check_readability(data: Path, subset: bool) -> CheckResult:
    """Scalabrino et al.: Spearman ρ between our readability score and the mean of 9 human ratings (200 Java)."""
    from scipy.stats import spearmanr

    from labelers.readability import readability_label

    snippets = scalabrino_snippets(data)  # all 200 even in the subset: 3 s, and ρ on fewer is noisy
    ours = [readability_label(as_java_unit(s["code"]), "Java").score for s in snippets]
    human = [s["mean_score"] for s in snippets]
    rho = round(float(spearmanr(ours, human)[0]), 4)
    row = CheckRow("readability spearman rho", "readability-scalabrino", "Java", rho, 0.5, rho >= 0.5, len(snippets))
    return CheckResult([row, CheckRow(**{**asdict(row), "language": "all"})])


# ----------------------------------------------------------------------------- driver

CHECKS: dict[str, Callable[[Path, bool], CheckResult | list[CheckResult]]] = {
    "correctness": check_correctness,
    "runtime-nofuneval": check_runtime_nofuneval,
    "runtime-enamel": check_runtime_enamel,
    "security-pairs": check_security_pairs,
    "security-nofuneval": check_security_nofuneval,
    "security-recall": check_security_recall,
    "seed-security": check_seed_security,
    "security-benign": check_security_benign,
    "bandit-fidelity": check_bandit_fidelity,
    "readability": check_readability,
}


def run_validation(data: Path, *, subset: bool = False, only: Iterable[str] | None = None,
                   progress: Callable[[str], None] | None = None) -> dict:  # fmt: skip
    """Run the checks; returns ``{"checks": [rows], "misses": {check: {category: count}}, "examples": …}``."""
    names = list(only) if only else list(CHECKS)
    unknown = sorted(set(names) - set(CHECKS))
    if unknown:
        raise ValueError(f"unknown checks {unknown}; known: {sorted(CHECKS)}")
    rows: list[dict] = []
    misses: dict[str, dict[str, int]] = {}
    examples: dict[str, dict[str, list[str]]] = {}
    for name in names:
        if progress:
            progress(name)
        outcome = CHECKS[name](Path(data), subset)
        for result in outcome if isinstance(outcome, list) else [outcome]:
            rows.extend(asdict(row) for row in result.rows)
            label = f"{result.rows[0].name} / {result.rows[0].source}" if result.rows else name
            if result.misses:
                misses[label] = dict(sorted(result.misses.items(), key=lambda item: -item[1]))
                examples[label] = result.examples
    return {"checks": rows, "misses": misses, "examples": examples}


def write_report(report: dict, out: Path) -> None:
    """Write to a temp file, then rename (never half-written)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    partial.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    partial.replace(out)
