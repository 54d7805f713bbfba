"""Themis' pair filters: length per side, code AST depth, English prompt. Each reports what it dropped and why.

Token counting never downloads anything. ``tokenizer`` is one of:
- ``"bytes"`` (default): UTF-8 bytes. Every byte-level BPE token covers at least one byte, so this is an
  upper bound on any byte-level tokenizer's count: a pair that passes here passes for Qwen/GPT tokenizers
  too (it also drops some pairs a real tokenizer would keep; code averages ~3–4 bytes per token).
- ``"pretokens"``: GPT-2 pre-tokenizer pieces, a lower bound on a byte-level BPE count.
- a path to a ``tokenizer.json`` (Hugging Face ``tokenizers``): the exact count of that tokenizer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from dedup.report import Dropped, StepReport, split_kept
from schemas import Pair

# GPT-2's pre-tokenizer pattern with \p classes spelled for Python's re
_PRETOKEN = re.compile(r"""'s|'t|'re|'ve|'m|'ll|'d| ?[^\W\d_]+| ?\d+| ?[^\s\w]+|\s+(?!\S)|\s+""")
_WORD = re.compile(r"[^\W\d_]{2,}")

# Languages the English detector weighs English against: the common languages of code-instruction data.
DETECTOR_LANGUAGES = (
    "ENGLISH", "CHINESE", "SPANISH", "FRENCH", "GERMAN", "RUSSIAN", "JAPANESE", "KOREAN", "PORTUGUESE",
    "ITALIAN", "DUTCH", "POLISH", "TURKISH", "VIETNAMESE", "ARABIC", "HINDI", "INDONESIAN", "PERSIAN",
)  # fmt: skip


class FilterConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_tokens: int = Field(4096, gt=0, description="per side: input + chosen, input + rejected")
    tokenizer: str = Field("bytes", description='"bytes", "pretokens" or a tokenizer.json path')
    min_ast_depth: int = Field(3, ge=1)
    english: bool = True
    min_english_confidence: float = Field(0.5, ge=0, le=1)
    min_words_to_judge: int = Field(3, ge=1, description="prompts with fewer natural-language words are kept")
    high_accuracy: bool = Field(
        False, description="lingua's full models (~16 s to load) instead of trigram-only ones (<1 s)"
    )


@cache
def token_counter(spec: str) -> Callable[[str], int]:
    """A local token counter for ``spec`` (see the module docstring)."""
    if spec == "bytes":
        return lambda text: len(text.encode("utf-8"))
    if spec == "pretokens":
        return lambda text: len(_PRETOKEN.findall(text))
    path = Path(spec)
    if not path.is_file():
        raise ValueError(f"tokenizer {spec!r} is neither 'bytes', 'pretokens' nor an existing tokenizer.json file")
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    return lambda text: len(tokenizer.encode(text, add_special_tokens=False).ids)


def too_long(pairs: list[Pair], config: FilterConfig) -> list[Dropped]:
    count = token_counter(config.tokenizer)
    dropped = []
    for pair in pairs:
        prompt = count(pair.input)
        sides = {"chosen": prompt + count(pair.chosen), "rejected": prompt + count(pair.rejected)}
        longest = max(sides, key=sides.get)
        if sides[longest] > config.max_tokens:
            dropped.append(
                Dropped.of(
                    pair, "too_long", side=longest, tokens=sides[longest], limit=config.max_tokens, tokenizer=config.tokenizer
                )
            )
    return dropped


def too_shallow(pairs: list[Pair], config: FilterConfig) -> list[Dropped]:
    from labelers.grammars import ast_depth, parse

    depth_of: dict[tuple[str, str], int] = {}
    dropped = []
    for pair in pairs:
        for side in ("chosen", "rejected"):
            code = getattr(pair, side)
            key = (code, pair.language.value)
            if key not in depth_of:
                depth_of[key] = ast_depth(parse(code, pair.language.value).root_node)
            if depth_of[key] < config.min_ast_depth:
                depth = depth_of[key]
                dropped.append(Dropped.of(pair, "ast_too_shallow", side=side, depth=depth, minimum=config.min_ast_depth))
                break
    return dropped


@cache
def english_detector(high_accuracy: bool = False):
    """A lingua detector over ``DETECTOR_LANGUAGES``; its models ship in the wheel (no network)."""
    from lingua import Language, LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_languages(*(getattr(Language, name) for name in DETECTOR_LANGUAGES))
    return (builder if high_accuracy else builder.with_low_accuracy_mode()).build()


def prose_of(prompt: str) -> str:
    """The words of a prompt: code signatures and punctuation carry no language signal."""
    return " ".join(_WORD.findall(prompt))


def english_confidence(prompt: str, high_accuracy: bool = False) -> float:
    """Confidence in [0, 1] that the prompt's prose is English."""
    from lingua import Language

    return english_detector(high_accuracy).compute_language_confidence(prose_of(prompt), Language.ENGLISH)


def not_english(pairs: list[Pair], config: FilterConfig) -> list[Dropped]:
    verdict: dict[str, float | None] = {}
    dropped = []
    for pair in pairs:
        if pair.input not in verdict:
            words = prose_of(pair.input).split()
            judged = len(words) >= config.min_words_to_judge
            verdict[pair.input] = english_confidence(pair.input, config.high_accuracy) if judged else None
        confidence = verdict[pair.input]
        if confidence is not None and confidence < config.min_english_confidence:
            dropped.append(Dropped.of(pair, "not_english", english_confidence=round(confidence, 4)))
    return dropped


def filter_pairs(pairs: list[Pair], config: FilterConfig | None = None) -> tuple[list[Pair], list[StepReport]]:
    """Apply the length, AST-depth and English filters in turn; one report per filter."""
    config = config or FilterConfig()
    steps: list[tuple[str, Callable[[list[Pair], FilterConfig], list[Dropped]]]] = [
        ("length", too_long),
        ("ast_depth", too_shallow),
    ]
    if config.english:
        steps.append(("english", not_english))
    reports = []
    for name, step in steps:
        pairs, report = split_kept(pairs, step(pairs, config), name)
        reports.append(report)
    return pairs, reports
