"""Stdio output comparison: exact bytes, whitespace-separated tokens, tokens with a float tolerance."""

from __future__ import annotations

import math

from schemas import StdioTests


def _float_equal(expected: str, actual: str, tol: float) -> bool:
    try:
        want, got = float(expected), float(actual)
    except ValueError:
        return False
    if math.isnan(want) or math.isnan(got):
        return math.isnan(want) and math.isnan(got)
    return math.isclose(want, got, rel_tol=tol, abs_tol=tol)


def outputs_match(expected: str, actual: str, tests: StdioTests) -> bool:
    if tests.compare == "exact":
        return expected == actual
    want, got = expected.split(), actual.split()
    if want == got:
        return True
    if tests.compare != "float" or len(want) != len(got):
        return False
    return all(w == g or _float_equal(w, g, tests.float_tol) for w, g in zip(want, got))


def mismatch_detail(expected: str, actual: str, limit: int = 300) -> str:
    """First differing token, for TestResult.detail."""
    want, got = expected.split(), actual.split()
    for index, (w, g) in enumerate(zip(want, got)):
        if w != g:
            return f"token {index}: expected {w[:80]!r}, got {g[:80]!r}"[:limit]
    return f"expected {len(want)} tokens, got {len(got)}"[:limit]
