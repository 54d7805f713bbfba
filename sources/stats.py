"""Counts of what a source yields: the figures `themis sources stats` prints."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from schemas import Pair, Problem


def summarize(records: Iterable[Problem | Pair]) -> dict[str, Any]:
    """``{"problems": N, "languages": {lang: n}, "references_by_tag": {tag: {lang: n_problems}}}``.

    A reference tag counts a problem once however many references of that tag it has. Pair sets
    give ``{"pairs": N, "languages": {...}, "aspects": {...}}`` instead.
    """
    problems = 0
    pairs = 0
    languages: Counter = Counter()
    aspects: Counter = Counter()
    by_tag: dict[str, Counter] = defaultdict(Counter)
    for item in records:
        if isinstance(item, Pair):
            pairs += 1
            languages[item.language.value] += 1
            aspects[item.aspect.value] += 1
            continue
        problems += 1
        languages[item.language] += 1
        for tag in {reference.tag for reference in item.references}:
            by_tag[tag][item.language] += 1
    if pairs and not problems:
        return {"pairs": pairs, "languages": dict(sorted(languages.items())), "aspects": dict(sorted(aspects.items()))}
    return {
        "problems": problems,
        "languages": dict(sorted(languages.items())),
        "references_by_tag": {tag: dict(sorted(counts.items())) for tag, counts in sorted(by_tag.items())},
    }
