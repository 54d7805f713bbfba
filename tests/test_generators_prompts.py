"""Prompt templates render for every language; steering changes the text; missing context is an error."""

from __future__ import annotations

import jinja2
import pytest

from generators.prompts import LANGUAGE_NAMES, chat_messages, problem_prompt, render, template_names
from generators.spec import TEMPLATES
from schemas import HarnessTests, Problem, Reference

STEERED = [name for name in TEMPLATES if name.startswith("solve_")]


def problem(language: str, references: bool = True) -> Problem:
    return Problem(
        id="test/add",
        source="test",
        language=language,
        prompt="Return the sum of two integers a and b.",
        entry_point="add",
        tests=HarnessTests(code="assert add(1, 2) == 3"),
        references=[Reference(tag="efficient", code="def add(a, b):\n    return a + b\n")] if references else [],
        license="MIT",
    )


def test_every_spec_template_ships_as_a_file() -> None:
    assert set(TEMPLATES) | {"inverse_instruction", "commit_subject"} == set(template_names())


@pytest.mark.parametrize("language", sorted(LANGUAGE_NAMES))
def test_solve_templates_render_for_every_language(language: str) -> None:
    shown, fence = LANGUAGE_NAMES[language]
    plain = problem_prompt(problem(language), "solve")
    assert "Return the sum of two integers" in plain and f"```{fence}" in plain and shown in plain
    assert "`add`" in plain
    steered = {name: problem_prompt(problem(language), name) for name in STEERED}
    for name, text in steered.items():
        assert text.startswith(plain.split("\n")[0]) and text != plain, name
    assert len(set(steered.values())) == len(STEERED)
    assert "brute-force" in steered["solve_naive"] and "memory" in steered["solve_memory_light"]


def test_bug_injection_shows_the_reference_and_needs_one() -> None:
    text = problem_prompt(problem("Python"), "inject_bug")
    assert "def add(a, b):\n    return a + b" in text and "subtle bug" in text
    assert problem_prompt(problem("Python", references=False), "inject_bug") is None


def test_commit_templates_render_and_reject_missing_context() -> None:
    context = {"language": "Go", "fence": "go", "path": "main.go", "subject": "Speed up the parser"}
    inverse = render("inverse_instruction", before="a := 1", after="a := 2", **context)
    assert "Speed up the parser" in inverse and "a := 1" in inverse and "a := 2" in inverse
    subject = render("commit_subject", before="a := 1", **context)
    assert subject.startswith("Speed up the parser") and "```go\na := 1\n```" in subject
    with pytest.raises(jinja2.UndefinedError):
        render("inverse_instruction", **context)  # no before / after
    with pytest.raises(KeyError):
        render("no_such_template")


def test_chat_messages_put_the_system_prompt_first() -> None:
    assert chat_messages("hi") == [{"role": "user", "content": "hi"}]
    assert chat_messages("hi", "be brief")[0] == {"role": "system", "content": "be brief"}
