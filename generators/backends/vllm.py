"""vLLM backend (GPU): offline batched generation with ``vllm.LLM`` and ``SamplingParams``.

Prompts go through the model's own chat template; tensor / data parallel sizes and any
other engine option in the spec are passed to ``vllm.LLM`` unchanged. vLLM is an optional
dependency (``pip install 'themis-forge[gpu]'``) and cannot run without a GPU, so both are
checked up front with a message that says what is missing.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType
from typing import Any

from generators.llm import Conversation, GeneratorUnavailable, resolve_model
from generators.spec import VllmSpec


def import_vllm() -> ModuleType:
    try:
        return import_module("vllm")
    except ImportError as error:
        raise GeneratorUnavailable(
            f"the vllm backend needs vllm ({error}); install it on a GPU machine: pip install 'themis-forge[gpu]', "
            "or use kind = \"transformers\" (CPU) or kind = \"openai\" (any vLLM / llama.cpp server)"
        ) from None


def gpu_available() -> bool:
    import torch

    return torch.cuda.is_available()


def require_gpu() -> None:
    if not gpu_available():
        raise GeneratorUnavailable(
            "the vllm backend needs a CUDA GPU and none is visible (torch.cuda.is_available() is False); "
            "use kind = \"transformers\" on CPU"
        )


def engine_kwargs(spec: VllmSpec) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "model": resolve_model(spec.model),
        "tensor_parallel_size": spec.tensor_parallel_size,
        "data_parallel_size": spec.data_parallel_size,
        "dtype": spec.dtype,
        "seed": spec.seed,
        "gpu_memory_utilization": spec.gpu_memory_utilization,
    }
    if spec.max_model_len is not None:
        kwargs["max_model_len"] = spec.max_model_len
    return kwargs | spec.engine_options


def sampling_kwargs(spec: VllmSpec) -> dict[str, Any]:
    return {
        "n": spec.n,
        "temperature": spec.temperature,
        "top_p": spec.top_p,
        "max_tokens": spec.max_tokens,
        "seed": spec.seed,
    }


def chat_prompts(tokenizer: Any, conversations: list[Conversation]) -> list[str]:
    return [tokenizer.apply_chat_template(c, add_generation_prompt=True, tokenize=False) for c in conversations]


class VllmBackend:
    def __init__(self, spec: VllmSpec):
        self.spec = spec
        self.vllm = import_vllm()
        require_gpu()
        self.llm = self.vllm.LLM(**engine_kwargs(spec))

    def complete(self, conversations: list[Conversation], keys: list[str]) -> list[list[str]]:
        prompts = chat_prompts(self.llm.get_tokenizer(), conversations)
        outputs = self.llm.generate(prompts, self.vllm.SamplingParams(**sampling_kwargs(self.spec)))
        return [[completion.text for completion in output.outputs] for output in outputs]
