"""How a (system?, prompt, response) triple becomes model text — one definition for trainer and scorer.

Mirrors Themis' ``coderewardbench-seqcls.py``: the tokenizer's chat template over
``[system?, user, assistant]`` messages, and, for tokenizers without one, its plain-text fallback.
"""

from __future__ import annotations

from typing import Literal

from schemas import eval_system_prompt

PromptMode = Literal["none", "full", "aspect"]


def messages(system: str | None, prompt: str, response: str) -> list[dict[str, str]]:
    turns = [{"role": "system", "content": system}] if system is not None else []
    return [*turns, {"role": "user", "content": prompt}, {"role": "assistant", "content": response}]


def render_conversation(tokenizer, system: str | None, prompt: str, response: str) -> str:
    """The text a reward model scores."""
    if getattr(tokenizer, "chat_template", None):
        return tokenizer.apply_chat_template(messages(system, prompt, response), tokenize=False, add_generation_prompt=False)
    if system is not None:
        return f"System:\n{system}\n\nUser:\n{prompt}\n\nAssistant:\n{response}"
    return f"User: {prompt}\nAssistant: {response}"


def render_prompt_only(tokenizer, system: str | None, prompt: str) -> str:
    """The text before the response (what response-only truncation must keep whole)."""
    if getattr(tokenizer, "chat_template", None):
        turns = messages(system, prompt, "")[:-1]
        return tokenizer.apply_chat_template(turns, tokenize=False, add_generation_prompt=True)
    if system is not None:
        return f"System:\n{system}\n\nUser:\n{prompt}\n\nAssistant:\n"
    return f"User: {prompt}\nAssistant: "


def system_prompt_for(mode: PromptMode, aspect: str | None) -> str | None:
    """Themis' eval rule: none; the Full prompt; or the aspect's own prompt (none for an unknown aspect)."""
    if mode == "none" or aspect is None:
        return None if mode != "full" else eval_system_prompt("Full")
    if mode == "full":
        return eval_system_prompt("Full")
    try:
        return eval_system_prompt(aspect)
    except KeyError:
        return None
