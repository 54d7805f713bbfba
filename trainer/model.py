"""The reward model: an ``AutoModelForSequenceClassification`` (head ``score``, no bias, zero-initialised,
read at the last non-pad token) plus, for the LM regulariser, the backbone's LM head."""

from __future__ import annotations

import torch
from torch import nn


class RewardModelWithLM(nn.Module):
    def __init__(self, seqcls, lm_head: nn.Module | None):
        super().__init__()
        self.seqcls = seqcls
        self.lm_head = lm_head
        # FSDP's transformer-based auto-wrap reads this to find the decoder layers to shard
        self._no_split_modules = getattr(seqcls, "_no_split_modules", None)

    def forward(self, input_ids, attention_mask, lm_labels=None):
        """Rewards of every row; with ``lm_labels`` (token ids to predict in its first rows — the chosen
        responses —, -100 elsewhere), also the LM logits at exactly the positions whose next token is labelled,
        flattened, and those tokens. Vocabulary-sized logits cost more than the rest of a tiny model's step and
        dominate memory at 4096 tokens: prompt, padding and rejected positions would be computed for nothing."""
        backbone = self.seqcls.base_model
        hidden = backbone(input_ids=input_ids, attention_mask=attention_mask, use_cache=False).last_hidden_state
        last = attention_mask.sum(dim=1) - 1  # right padding: the last real token of each row
        final = hidden[torch.arange(hidden.size(0), device=hidden.device), last]
        rewards = self.seqcls.score(final).squeeze(-1).float()
        if lm_labels is None or self.lm_head is None:
            return rewards, None, None
        targets = lm_labels[:, 1:]  # position t predicts token t + 1
        predicting = targets != -100
        return rewards, self.lm_head(hidden[: lm_labels.size(0), :-1][predicting]), targets[predicting]


def zero_init_head(seqcls) -> None:
    """Themis: a zero-initialised linear head without bias, so every reward starts at exactly 0."""
    with torch.no_grad():
        seqcls.score.weight.zero_()
        if getattr(seqcls.score, "bias", None) is not None:
            raise ValueError("the reward head must have no bias")


def build_tiny(tokenizer, tiny) -> tuple:
    """A Qwen3-architecture model from a config, with tied embeddings serving as the LM head."""
    from transformers import Qwen3Config, Qwen3ForSequenceClassification

    config = Qwen3Config(
        vocab_size=len(tokenizer),
        hidden_size=tiny.hidden_size,
        num_hidden_layers=tiny.num_hidden_layers,
        num_attention_heads=tiny.num_attention_heads,
        num_key_value_heads=tiny.num_key_value_heads,
        head_dim=tiny.head_dim,
        intermediate_size=tiny.intermediate_size,
        max_position_embeddings=tiny.max_position_embeddings,
        # local first layers see n-gram-sized windows, as a convolution would; the rest attend to everything
        use_sliding_window=tiny.local_layers > 0,
        sliding_window=tiny.sliding_window,
        layer_types=[
            "sliding_attention" if layer < tiny.local_layers else "full_attention" for layer in range(tiny.num_hidden_layers)
        ],
        tie_word_embeddings=True,
        num_labels=1,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        bos_token_id=None,
    )
    seqcls = Qwen3ForSequenceClassification(config)
    zero_init_head(seqcls)
    return seqcls, _tied_lm_head(seqcls)


def _tied_lm_head(seqcls) -> nn.Module:
    embeddings = seqcls.get_input_embeddings()
    head = nn.Linear(embeddings.weight.shape[1], embeddings.weight.shape[0], bias=False)
    head.weight = embeddings.weight
    return head


def load_pretrained(path: str, gguf_file: str | None, dtype, attn_implementation: str | None, want_lm: bool) -> tuple:
    """A pretrained backbone as a reward model; its LM head is loaded only when the LM loss is on."""
    from transformers import AutoModelForCausalLM, AutoModelForSequenceClassification

    kwargs = {"dtype": dtype, "num_labels": 1}
    if gguf_file:
        kwargs["gguf_file"] = gguf_file
    if attn_implementation:
        kwargs["attn_implementation"] = attn_implementation
    seqcls = AutoModelForSequenceClassification.from_pretrained(path, **kwargs)
    _drop_quantizer(seqcls)
    zero_init_head(seqcls)
    if not want_lm:
        return seqcls, None
    if seqcls.config.tie_word_embeddings:
        return seqcls, _tied_lm_head(seqcls)
    causal = AutoModelForCausalLM.from_pretrained(path, **{k: v for k, v in kwargs.items() if k != "num_labels"})
    return seqcls, causal.get_output_embeddings()


def _drop_quantizer(model) -> None:
    """GGUF weights are dequantized on load; forget the quantizer so save_pretrained writes plain weights."""
    if getattr(model, "hf_quantizer", None) is not None:
        model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
