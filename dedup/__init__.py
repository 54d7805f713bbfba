"""Pairs, filters, near-dup, decontamination and shards (DESIGN §5, issue 9).

``make_pairs`` turns labelled candidates into ``Pair`` rows per criterion; ``filter_pairs``,
``exact_dedup``, ``near_dedup`` and ``decontaminate`` (all four in order: ``clean_pairs``) each return
the kept pairs and a report of what they dropped and why; ``write_shards`` writes the Hub-loadable
dataset folder.
"""

from dedup.decontam import DecontamConfig, decontaminate
from dedup.duplicates import NearDedupConfig, exact_dedup, near_dedup
from dedup.filters import FilterConfig, filter_pairs
from dedup.minhash import MinHashParams, cluster_batches, cluster_roots, parquet_batches
from dedup.pipeline import DedupConfig, clean_pairs
from dedup.policies import POLICY_VERSIONS, PairingConfig, PairingReport, make_pairs
from dedup.report import Dropped, StepReport
from dedup.shards import CardInfo, ShardManifest, SourceInfo, held_out_split, sources_from_problems, write_shards

__all__ = [
    "CardInfo",
    "DecontamConfig",
    "DedupConfig",
    "Dropped",
    "FilterConfig",
    "MinHashParams",
    "NearDedupConfig",
    "POLICY_VERSIONS",
    "PairingConfig",
    "PairingReport",
    "ShardManifest",
    "SourceInfo",
    "StepReport",
    "clean_pairs",
    "cluster_batches",
    "cluster_roots",
    "decontaminate",
    "exact_dedup",
    "filter_pairs",
    "held_out_split",
    "make_pairs",
    "near_dedup",
    "parquet_batches",
    "sources_from_problems",
    "write_shards",
]
