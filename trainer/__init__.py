"""Bradley-Terry reward-model trainer (the Themis recipe, DESIGN §7).

Names are imported on first use, so `themis --help` does not pay for importing torch.
"""

from importlib import import_module

_EXPORTS = {
    "PRESETS": "trainer.config",
    "TinyModel": "trainer.config",
    "TrainConfig": "trainer.config",
    "resolve_config": "trainer.config",
    "LossParts": "trainer.loss",
    "themis_loss": "trainer.loss",
    "evaluate": "trainer.loop",
    "train": "trainer.loop",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'trainer' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)
