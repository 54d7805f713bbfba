"""Candidate generators (DESIGN §1): references, tree-sitter mutants, LLM backends, commit mining.

``generate(problems, spec)`` is the one entry point the build uses; ``spec`` is a
:class:`GeneratorSpec` (or a dict, or a list of either) from the build config.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from generators.spec import (
    GeneratorSpec,
    MutantSpec,
    OpenAISpec,
    ReferenceSpec,
    TransformersSpec,
    VllmSpec,
    load_specs,
    parse_spec,
    parse_specs,
)
from generators.stats import mutant_operator_stats, mutant_stats
from schemas import Candidate, Problem

SpecLike = GeneratorSpec | dict[str, Any]


def generate(problems: Iterable[Problem], spec: SpecLike | Sequence[SpecLike]) -> Iterator[Candidate]:
    """Candidates for ``problems`` from one spec, or from each spec of a list in turn."""
    if isinstance(spec, Sequence) and not isinstance(spec, (str, bytes)):
        problems = list(problems)
        for one in spec:
            yield from generate(problems, one)
        return
    spec = parse_spec(spec) if isinstance(spec, dict) else spec
    if isinstance(spec, ReferenceSpec):
        from generators.references import reference_candidates

        yield from reference_candidates(problems, spec)
    elif isinstance(spec, MutantSpec):
        from generators.mutants import mutate

        yield from mutate(problems, spec)
    else:
        from generators.llm import llm_candidates

        yield from llm_candidates(problems, spec)


__all__ = [
    "GeneratorSpec",
    "MutantSpec",
    "OpenAISpec",
    "ReferenceSpec",
    "TransformersSpec",
    "VllmSpec",
    "generate",
    "load_specs",
    "mutant_operator_stats",
    "mutant_stats",
    "parse_spec",
    "parse_specs",
]
