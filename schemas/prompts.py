"""Themis system prompts, byte-exact (iNeil77/Themis, Apache-2.0; see data/THEMIS-LICENSE).

Training rows get a system prompt by Themis' rule: with probability 0.15 none, 0.60 the
base prompt plus the row's criterion numbered 3, else the base prompt plus all five
criteria shuffled and numbered 3–7. Evaluation uses the fixed ``SYSTEM_PROMPT_MAP``.
"""

from __future__ import annotations

import json
import random
from functools import cache
from importlib import resources
from typing import Any

from schemas.enums import Aspect

# Key of each criterion's string in Themis' training strings, in Themis' shuffle-input order
# (readability, runtime, memory, security, functional), which the full prompt shuffles.
_CRITERION_KEYS: dict[Aspect, str] = {
    Aspect.Readability_Maintainability: "readability_prompt",
    Aspect.Runtime_Efficiency: "runtime_prompt",
    Aspect.Memory_Efficiency: "memory_prompt",
    Aspect.Security_Hardness: "security_prompt",
    Aspect.Functional_Correctness: "functional_prompt",
}

EVAL_PROMPT_KEYS: tuple[str, ...] = ("none", "Full", *(aspect.value for aspect in Aspect))


@cache
def _prompt_data() -> dict[str, Any]:
    text = resources.files("schemas").joinpath("data/themis_prompts.json").read_text(encoding="utf-8")
    return json.loads(text)


def eval_system_prompt(key: str) -> str | None:
    """The evaluation system prompt: ``"none"`` → None, ``"Full"`` or an aspect key (``"Runtime_Efficiency"``)."""
    if key == "none":
        return None
    prompts = _prompt_data()["eval_system_prompts"]
    if key not in prompts:
        raise KeyError(f"unknown eval prompt key {key!r}; expected one of {list(EVAL_PROMPT_KEYS)}")
    return prompts[key]


def training_strings() -> dict[str, str]:
    return {k: v for k, v in _prompt_data()["training_strings"].items() if isinstance(v, str)}


def sample_training_system_prompt(aspect: Aspect | str, rng: random.Random) -> str | None:
    """One draw of Themis' 15 / 60 / 25 rule for a row of ``aspect``, using ``rng`` only."""
    aspect = Aspect.from_any(aspect) if isinstance(aspect, str) else aspect
    strings = training_strings()
    sampling = _prompt_data()["sampling"]
    base = strings["base_system_prompt"]
    draw = rng.uniform(0, 1)
    if draw < sampling["none_below"]:
        return None
    if draw < sampling["single_below"]:
        return f"{base}\n\n3. {strings[_CRITERION_KEYS[aspect]]}\n\n"
    criteria = [strings[key] for key in _CRITERION_KEYS.values()]
    rng.shuffle(criteria)
    numbered = "\n\n".join(f"{i + 3}. {text}" for i, text in enumerate(criteria))
    return f"{base}\n\n{numbered}\n\n"
