"""Benchmark scorer (DESIGN §7): the CodeRewardBench metric, readers, reward-model scoring, reports.

Names are imported on first use, so the CLI starts without polars, numpy or torch.
"""

from importlib import import_module

_EXPORTS = {
    "BenchFormatError": "scorer.bench",
    "BenchItem": "scorer.bench",
    "load_bench": "scorer.bench",
    "render_conversation": "scorer.conversation",
    "system_prompt_for": "scorer.conversation",
    "compile_results": "scorer.metric",
    "rm_bench_accuracies": "scorer.metric",
    "scores_frame": "scorer.metric",
    "write_outputs": "scorer.metric",
    "ModelLoadError": "scorer.score",
    "RewardModel": "scorer.score",
    "rm_bench_with_model": "scorer.score",
    "save_scores": "scorer.score",
    "score_with_judge": "scorer.score",
    "score_with_model": "scorer.score",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'scorer' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)
