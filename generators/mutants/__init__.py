"""Tree-sitter mutants of reference solutions, for all eight languages.

Correctness mutants (``category="correctness"``) should fail a test: they become the
rejected side of correctness pairs. Readability mutants (``category="readability"``)
keep the behaviour and lose clarity. A mutant is kept only when it still parses without
errors; whether it compiles is the sandbox's verdict (``compile_error``), which
:func:`generators.stats.mutant_stats` leaves out of the kill ratio.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from generators.mutants.correctness import CORRECTNESS
from generators.mutants.edits import Mutation, apply_edits
from generators.mutants.readability import READABILITY
from generators.mutants.syntax import SYNTAX
from generators.spec import MutantSpec
from labelers.grammars import has_errors, parse
from schemas import Candidate, Problem, Reference, code_sha256, normalize_code

OPERATORS: dict[str, str] = {**{name: "correctness" for name in CORRECTNESS}, **{name: "readability" for name in READABILITY}}


def mutate(problems, spec: MutantSpec) -> Iterator[Candidate]:
    for problem in problems:
        for reference in problem.references:
            if reference.tag in spec.reference_tags:
                yield from mutate_reference(problem, reference, spec)


def mutate_reference(problem: Problem, reference: Reference, spec: MutantSpec) -> list[Candidate]:
    """Up to ``spec.max_per_operator`` parsing mutants per operator, chosen under ``spec.seed``."""
    syntax = SYNTAX.get(problem.language)
    if syntax is None:
        return []
    source = reference.code.encode("utf-8")
    tree = parse(reference.code, problem.language)
    if has_errors(tree):
        return []  # we could not tell our own parse errors from the reference's
    seen = {normalize_code(reference.code)}
    candidates = []
    for operator in spec.operators or list(OPERATORS):
        rng = random.Random(f"{spec.seed}|{problem.key}|{reference.tag}|{operator}")
        if OPERATORS[operator] == "correctness":
            mutations = CORRECTNESS[operator](tree, source, syntax)
            rng.shuffle(mutations)
        else:
            mutations = READABILITY[operator](tree, source, syntax, rng)
        kept = 0
        for mutation in mutations:
            if kept >= spec.max_per_operator:
                break
            candidate = _candidate(problem, reference, operator, mutation, source, spec.seed, seen)
            if candidate is not None:
                candidates.append(candidate)
                kept += 1
    return candidates


def _candidate(
    problem: Problem, reference: Reference, operator: str, mutation: Mutation, source: bytes, seed: int, seen: set[str]
) -> Candidate | None:
    try:
        code = apply_edits(source, mutation.edits).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    normalized = normalize_code(code)
    if normalized in seen or not code.strip() or has_errors(parse(code, problem.language)):
        return None
    seen.add(normalized)
    return Candidate(
        problem_id=problem.id,
        language=problem.language,
        code=code,
        origin=f"mutant:{operator}",
        params={
            "operator": operator,
            "category": OPERATORS[operator],
            "location": mutation.location(source),
            "reference_tag": reference.tag,
            "reference_sha": code_sha256(reference.code),  # the parent program, for pairing (dedup.same_behaviour)
            "seed": seed,
            "parses": True,
        },
    )
