"""A "judge" baseline built from our static analyzers only (no execution, no model).

Security Hardness: minus the severity-weighted findings of bandit + our semgrep rules.
Readability & Maintainability: the readability score (0–100).
Other criteria have no static signal of their own; they get the generic static quality
``readability / 100 − security findings``. All responses of a benchmark are scanned in one
analyzer pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class JudgeRequest:
    prompt: str
    response: str
    aspect: str
    language: str


class AnalyzerJudge:
    def score_many(self, requests: Sequence[JudgeRequest]) -> list[float]:
        from labelers.readability import readability_label
        from labelers.security import scan, security_label

        scans = scan([(r.language, r.response) for r in requests])
        scores = []
        for request, result in zip(requests, scans):
            findings = security_label(result).score or 0.0
            if request.aspect == "Security_Hardness":
                scores.append(-findings)
                continue
            readability = readability_label(request.response, request.language).score or 0.0
            scores.append(readability if request.aspect == "Readability_Maintainability" else readability / 100 - findings)
        return scores
