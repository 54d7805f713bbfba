"""Generator specifications: what the build config holds under ``[[generators]]``.

One pydantic model per kind, told apart by ``kind`` (a discriminated union), so a typo
in a config fails at load time with the field's name instead of deep inside a run.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator

from schemas.errors import RecordError, describe

CORRECTNESS_OPERATORS: tuple[str, ...] = (
    "flip_comparison",
    "off_by_one",
    "swap_arithmetic",
    "negate_condition",
    "drop_statement",
    "replace_return",
)
READABILITY_OPERATORS: tuple[str, ...] = ("rename_identifiers", "inline_helpers", "strip_comments", "collapse_formatting")
TEMPLATES: tuple[str, ...] = (
    "solve",
    "solve_efficient",
    "solve_naive",
    "solve_memory_light",
    "solve_secure",
    "solve_insecure",
    "solve_readable",
    "solve_terse",
    "inject_bug",
)


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ReferenceSpec(_Spec):
    """Every known solution of a problem becomes a candidate (``origin="reference:<tag>"``)."""

    kind: Literal["reference"] = "reference"
    tags: list[str] | None = Field(None, description="only these reference tags; None = all")


class MutantSpec(_Spec):
    """Tree-sitter mutants of references (``origin="mutant:<operator>"``)."""

    kind: Literal["mutants"] = "mutants"
    operators: list[Literal[CORRECTNESS_OPERATORS + READABILITY_OPERATORS]] | None = Field(  # type: ignore[valid-type]
        None, description="None = every operator"
    )
    reference_tags: list[str] = Field(default_factory=lambda: ["efficient"], description="references to mutate")
    max_per_operator: int = Field(2, ge=1, description="mutants per (reference, operator)")
    seed: int = 0


class SamplingOptions(_Spec):
    """Options every LLM backend shares: which prompts, how many samples, how to sample."""

    model: str = Field(min_length=1, description="hub id, local path, or pkg:<python package> holding the weights")
    templates: list[Literal[TEMPLATES]] = Field(default_factory=lambda: ["solve"])  # type: ignore[valid-type]
    system_prompt: str | None = None
    n: int = Field(1, ge=1, description="samples per (problem, template)")
    temperature: float = Field(0.8, ge=0)
    top_p: float = Field(0.95, gt=0, le=1)
    max_tokens: int = Field(1024, ge=1)
    seed: int = 0
    keep_invalid: bool = Field(False, description="keep replies whose code does not parse (as compile failures)")

    @model_validator(mode="after")
    def _samples_need_sampling(self) -> "SamplingOptions":
        if self.n > 1 and self.temperature == 0:
            raise ValueError(f"n={self.n} samples with temperature=0 would all be the same greedy reply")
        return self


class TransformersSpec(SamplingOptions):
    kind: Literal["transformers"] = "transformers"
    gguf_file: str | None = None
    device: str = Field("cpu", description="cpu, cuda, cuda:1, auto")
    dtype: Literal["float32", "bfloat16", "float16"] = "float32"
    batch_size: int = Field(4, ge=1)


class VllmSpec(SamplingOptions):
    kind: Literal["vllm"] = "vllm"
    tensor_parallel_size: int = Field(1, ge=1)
    data_parallel_size: int = Field(1, ge=1)
    dtype: str = "auto"
    max_model_len: int | None = None
    gpu_memory_utilization: float = Field(0.9, gt=0, le=1)
    engine_options: dict[str, Any] = Field(default_factory=dict, description="passed through to vllm.LLM")


class OpenAISpec(SamplingOptions):
    kind: Literal["openai"] = "openai"
    base_url: str = Field("http://127.0.0.1:8000/v1", description="…/v1 of any OpenAI-compatible server")
    api_key_env: str = Field("OPENAI_API_KEY", description="environment variable holding the key (may be unset)")
    concurrency: int = Field(8, ge=1)
    max_retries: int = Field(5, ge=0)
    backoff_s: float = Field(1.0, ge=0, description="first retry delay; doubles each retry")
    timeout_s: float = Field(120.0, gt=0, description="per request")
    results_path: str | None = Field(None, description="JSONL of replies; present replies are not requested again")


GeneratorSpec = Annotated[
    ReferenceSpec | MutantSpec | TransformersSpec | VllmSpec | OpenAISpec, Field(discriminator="kind")
]
LLMSpec = TransformersSpec | VllmSpec | OpenAISpec

_SPEC = TypeAdapter(GeneratorSpec)
_SPECS = TypeAdapter(list[GeneratorSpec])


def parse_spec(data: dict[str, Any] | BaseModel, where: str = "generator spec") -> GeneratorSpec:
    if isinstance(data, BaseModel):
        return data  # type: ignore[return-value]
    try:
        return _SPEC.validate_python(data)
    except ValidationError as error:
        raise RecordError("GeneratorSpec", describe(error), where) from None


def llm_spec(data: dict[str, Any], where: str = "generator spec") -> LLMSpec:
    """A spec that must be an LLM (transformers, vllm or openai): what writes prompts for mined commits."""
    spec = parse_spec(data, where)
    if not isinstance(spec, LLMSpec):
        raise RecordError("GeneratorSpec", [f"kind: {spec.kind!r} is not an LLM (transformers, vllm or openai)"], where)
    return spec


def parse_specs(data: list[dict[str, Any]] | dict[str, Any], where: str = "generators") -> list[GeneratorSpec]:
    """A list of specs, or a mapping holding one under ``generators`` (the build config's form)."""
    if isinstance(data, dict):
        data = data.get("generators", [])
    return [parse_spec(item, f"{where}[{i}]") for i, item in enumerate(data)]


def load_specs(path: str | Path) -> list[GeneratorSpec]:
    """Read ``[[generators]]`` tables from a TOML file."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise RecordError("generator config", [str(error)], str(path)) from None
    if "generators" not in data:
        raise RecordError("generator config", ["no [[generators]] table"], str(path))
    return parse_specs(data, where=f"{path}: generators")

