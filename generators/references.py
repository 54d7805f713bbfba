"""Known solutions as candidates: ``origin="reference:<tag>"``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from generators.spec import ReferenceSpec
from schemas import Candidate, Problem


def reference_candidates(problems: Iterable[Problem], spec: ReferenceSpec) -> Iterator[Candidate]:
    for problem in problems:
        for reference in problem.references:
            if spec.tags is not None and reference.tag not in spec.tags:
                continue
            params = {"reference_tag": reference.tag}
            if reference.cwe:
                params["cwe"] = reference.cwe
            yield Candidate(
                problem_id=problem.id,
                language=problem.language,
                code=reference.code,
                origin=f"reference:{reference.tag}",
                params=params,
            )
