"""13-gram decontamination: drop a pair whose prompt shares a word 13-gram with any benchmark prompt.

Words are lower-cased ``\\w+`` runs, so formatting and punctuation do not hide an overlap. An n-gram
found in more than ``max_benchmark_prompts`` benchmark prompts is boilerplate (``import java.util.*``
headers, "You are an expert Ruby programmer") rather than a task, and is not used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from dedup.benchmarks import SHARED_BENCHMARKS, load_benchmark_prompts
from dedup.report import Dropped, StepReport, split_kept
from schemas import Pair

_WORD = re.compile(r"\w+")


class DecontamConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ngram: int = Field(13, ge=1)
    benchmarks: list[str] = Field(default_factory=lambda: sorted(SHARED_BENCHMARKS))
    crb_path: Path | None = Field(None, description="Themis-CodeRewardBench parquet file or folder")
    max_benchmark_prompts: int = Field(50, ge=1, description="n-grams in more benchmark prompts are boilerplate")


def word_ngrams(text: str, n: int) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


class NgramIndex:
    """Benchmark n-grams → the first benchmark prompt that has them, without boilerplate n-grams."""

    def __init__(self, prompts: Iterable[tuple[str, str]], n: int, max_prompts: int):
        self.n = n
        first: dict[str, str] = {}
        seen_in: dict[str, int] = {}
        for benchmark_id, prompt in prompts:
            for gram in word_ngrams(prompt, n):
                seen_in[gram] = seen_in.get(gram, 0) + 1
                first.setdefault(gram, benchmark_id)
        self.source = {gram: bid for gram, bid in first.items() if seen_in[gram] <= max_prompts}
        self.boilerplate = len(first) - len(self.source)

    def overlap(self, text: str) -> tuple[str, str] | None:
        """``(ngram, benchmark_id)`` of the first shared n-gram (in text order), or None."""
        words = _WORD.findall(text.lower())
        for i in range(len(words) - self.n + 1):
            gram = " ".join(words[i : i + self.n])
            if gram in self.source:
                return gram, self.source[gram]
        return None


def build_index(config: DecontamConfig, root: Path | None = None) -> NgramIndex:
    prompts = load_benchmark_prompts(config.benchmarks, root=root, crb_path=config.crb_path)
    return NgramIndex(prompts, config.ngram, config.max_benchmark_prompts)


def decontaminate(
    pairs: list[Pair],
    config: DecontamConfig | None = None,
    *,
    index: NgramIndex | None = None,
    root: Path | None = None,
) -> tuple[list[Pair], StepReport]:
    """Drop pairs whose ``input`` shares an n-gram with a benchmark prompt; the report names both."""
    config = config or DecontamConfig()
    index = index or build_index(config, root)
    hits: dict[str, tuple[str, str] | None] = {}
    dropped = []
    for pair in pairs:
        if pair.input not in hits:
            hits[pair.input] = index.overlap(pair.input)
        hit = hits[pair.input]
        if hit is not None:
            dropped.append(Dropped.of(pair, "benchmark_overlap", benchmark_id=hit[1], ngram=hit[0]))
    return split_kept(pairs, dropped, "decontaminate")
