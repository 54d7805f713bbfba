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
    lm_labels: torch.Tensor | None = None,
) -> LossParts:
    logits = chosen - rejected - (margins if margins is not None else 0.0)
    bt = -F.logsigmoid(logits).mean()
    magnitude = ((chosen.abs() + rejected.abs()) ** 2).mean()
    lm = torch.zeros((), device=chosen.device)
    if lambda_lm > 0 and lm_logits is not None and lm_labels is not None:
        # next-token prediction: position t predicts token t+1; -100 marks prompt and padding
        lm = F.cross_entropy(lm_logits[:, :-1].flatten(0, 1).float(), lm_labels[:, 1:].flatten(), ignore_index=-100)
    total = bt + lambda_lm * lm + mu_magnitude * magnitude
    return LossParts(total, bt.detach(), lm.detach(), magnitude.detach())
