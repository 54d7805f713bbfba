"""Benchmark scorer (DESIGN §7): the CodeRewardBench metric, readers, reward-model scoring, reports."""

from scorer.bench import BenchItem, load_bench
from scorer.conversation import render_conversation, system_prompt_for
from scorer.metric import compile_results, rm_bench_accuracies, scores_frame, write_outputs
from scorer.score import RewardModel, rm_bench_with_model, save_scores, score_with_judge, score_with_model

__all__ = [
    "BenchItem",
    "RewardModel",
    "compile_results",
    "load_bench",
    "render_conversation",
    "rm_bench_accuracies",
    "rm_bench_with_model",
    "save_scores",
    "score_with_judge",
    "score_with_model",
    "scores_frame",
    "system_prompt_for",
    "write_outputs",
]
