"""Prompt templates (Jinja2 files in ``generators/templates``) and the chat messages built from them."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from schemas import Problem, canonical_language

# benchmark language → (name shown to a model, markdown fence tag)
LANGUAGE_NAMES: dict[str, tuple[str, str]] = {
    "C": ("C", "c"),
    "CSharp": ("C#", "csharp"),
    "Cpp": ("C++", "cpp"),
    "Go": ("Go", "go"),
    "Java": ("Java", "java"),
    "JavaScript": ("JavaScript", "javascript"),
    "Python": ("Python", "python"),
    "Ruby": ("Ruby", "ruby"),
}


@cache
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("generators", "templates"),
        undefined=StrictUndefined,  # a missing variable is an error, not an empty string in a prompt
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )


def template_names() -> list[str]:
    return sorted(name.removesuffix(".j2") for name in environment().list_templates(extensions=["j2"]))


def language_context(language: str) -> dict[str, str]:
    name = canonical_language(language)
    shown, fence = LANGUAGE_NAMES.get(name, (name, name.lower()))
    return {"language": shown, "fence": fence}


def render(template: str, **context: Any) -> str:
    if template not in template_names():
        raise KeyError(f"no prompt template {template!r}; known: {template_names()}")
    text = environment().get_template(f"{template}.j2").render(**context)
    return "\n".join(line.rstrip() for line in text.strip().splitlines()) + "\n"


def problem_prompt(problem: Problem, template: str) -> str | None:
    """The user message for ``problem``; None when the template needs what the problem lacks (a reference)."""
    context: dict[str, Any] = {"problem": problem, **language_context(problem.language)}
    if template == "inject_bug":
        references = problem.references_tagged("efficient") or problem.references_tagged("canonical") or problem.references
        if not references:
            return None
        context["reference_code"] = references[0].code.rstrip()
    return render(template, **context)


def chat_messages(user: str, system: str | None = None) -> list[dict[str, str]]:
    messages = [{"role": "system", "content": system}] if system else []
    return messages + [{"role": "user", "content": user}]
