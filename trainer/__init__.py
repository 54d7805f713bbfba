"""Bradley-Terry reward-model trainer (the Themis recipe, DESIGN §7)."""

from trainer.config import PRESETS, TinyModel, TrainConfig, resolve_config
from trainer.loss import LossParts, themis_loss
from trainer.train import evaluate, train

__all__ = ["PRESETS", "LossParts", "TinyModel", "TrainConfig", "evaluate", "resolve_config", "themis_loss", "train"]
