"""The Themis reward loss: Bradley-Terry + λ · LM on chosen response tokens + μ · (|r_c| + |r_r|)²."""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F


@dataclass
class LossParts:
    total: torch.Tensor
    bt: torch.Tensor
    lm: torch.Tensor
    magnitude: torch.Tensor


def themis_loss(
    chosen: torch.Tensor,
    rejected: torch.Tensor,
    *,
    lambda_lm: float = 0.0,
    mu_magnitude: float = 0.0,
    margins: torch.Tensor | None = None,
    lm_logits: torch.Tensor | None = None,
    lm_targets: torch.Tensor | None = None,
) -> LossParts:
    """``lm_logits`` (N, vocabulary) predict ``lm_targets`` (N,): the chosen response tokens, as the model
    gives them (``RewardModelWithLM.forward``)."""
    logits = chosen - rejected - (margins if margins is not None else 0.0)
    bt = -F.logsigmoid(logits).mean()
    magnitude = ((chosen.abs() + rejected.abs()) ** 2).mean()
    lm = torch.zeros((), device=chosen.device)
    if lambda_lm > 0 and lm_logits is not None and lm_targets is not None and lm_targets.numel():
        lm = F.cross_entropy(lm_logits.float(), lm_targets)
    total = bt + lambda_lm * lm + mu_magnitude * magnitude
    return LossParts(total, bt.detach(), lm.detach(), magnitude.detach())
