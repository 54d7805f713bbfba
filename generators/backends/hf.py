"""transformers backend (CPU or GPU): the model's chat template, left-padded batches, ``n`` samples each."""

from __future__ import annotations

from functools import cache

from generators.llm import Conversation, GeneratorUnavailable, resolve_model
from generators.spec import TransformersSpec


@cache
def load_model(model: str, gguf_file: str | None, device: str, dtype: str):
    """(model, tokenizer), loaded once per process: a GGUF file is dequantized on load (slow), so reuse it."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if device.startswith("cuda") and not torch.cuda.is_available():
        raise GeneratorUnavailable(f"transformers backend: device {device!r} requested but no CUDA GPU is visible")
    path = resolve_model(model)
    tokenizer = AutoTokenizer.from_pretrained(path, gguf_file=gguf_file)
    tokenizer.padding_side = "left"  # decoder-only batches: new tokens must follow every prompt directly
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    loaded = AutoModelForCausalLM.from_pretrained(
        path, gguf_file=gguf_file, dtype=getattr(torch, dtype), device_map=device if device == "auto" else None
    )
    if device != "auto":
        loaded = loaded.to(device)
    loaded.eval()
    return loaded, tokenizer


class TransformersBackend:
    def __init__(self, spec: TransformersSpec):
        self.spec = spec
        self.model, self.tokenizer = load_model(spec.model, spec.gguf_file, spec.device, spec.dtype)

    def complete(self, conversations: list[Conversation], keys: list[str]) -> list[list[str]]:
        replies: list[list[str]] = []
        size = self.spec.batch_size
        for start in range(0, len(conversations), size):
            replies += self._batch(conversations[start : start + size], batch_index=start // size)
        return replies

    def _batch(self, conversations: list[Conversation], batch_index: int) -> list[list[str]]:
        import torch

        spec, tokenizer = self.spec, self.tokenizer
        texts = [tokenizer.apply_chat_template(c, add_generation_prompt=True, tokenize=False) for c in conversations]
        encoded = tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False).to(self.model.device)
        torch.manual_seed(spec.seed + batch_index)  # one seed per batch: reruns of a config reproduce
        sampling = {"do_sample": True, "temperature": spec.temperature, "top_p": spec.top_p} if spec.temperature > 0 else {"do_sample": False}
        with torch.no_grad():
            output = self.model.generate(
                **encoded,
                max_new_tokens=spec.max_tokens,
                num_return_sequences=spec.n,
                pad_token_id=tokenizer.pad_token_id,
                **sampling,
            )
        decoded = tokenizer.batch_decode(output[:, encoded["input_ids"].shape[1] :], skip_special_tokens=True)
        return [decoded[i * spec.n : (i + 1) * spec.n] for i in range(len(conversations))]
