"""The build's self-contained HTML report (plots inlined as PNG), for people to read."""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

from schemas import Aspect, Candidate, Execution, Labels, Pair
from scorer.report import img_tag, png_bytes


def pairs_heatmap(pairs_by_aspect_language: dict[str, dict[str, int]]) -> bytes:
    aspects = [a.value for a in Aspect]
    languages = sorted({lang for row in pairs_by_aspect_language.values() for lang in row})
    grid = np.array([[pairs_by_aspect_language.get(a, {}).get(lang, 0) for lang in languages] for a in aspects], dtype=float)
    fig, ax = plt.subplots(figsize=(1.1 * max(len(languages), 1) + 3, 4.5))
    image = ax.imshow(grid, cmap="Blues", aspect="auto")
    ax.set_xticks(range(len(languages)), languages, rotation=30, ha="right")
    ax.set_yticks(range(len(aspects)), aspects)
    for (r, c), value in np.ndenumerate(grid):
        ax.text(c, r, f"{int(value)}", ha="center", va="center", fontsize=8, color="red" if value == 0 else "black")
    fig.colorbar(image, ax=ax, label="pairs")
    ax.set_title("Pairs per criterion × language")
    return png_bytes(fig)


def status_breakdown(executions: list[Execution]) -> bytes:
    counts: dict[str, Counter] = defaultdict(Counter)
    for execution in executions:
        counts[execution.language][execution.status.value] += 1
    languages = sorted(counts)
    statuses = sorted({s for c in counts.values() for s in c})
    fig, ax = plt.subplots(figsize=(9, 4))
    bottom = np.zeros(len(languages))
    for status in statuses:
        values = np.array([counts[lang][status] for lang in languages], dtype=float)
        ax.bar(languages, values, bottom=bottom, label=status)
        bottom += values
    ax.set_ylabel("executions")
    ax.set_title("Execution status per language")
    ax.legend(fontsize=8)
    return png_bytes(fig)


def margin_distributions(pairs: list[Pair]) -> bytes:
    by_aspect: dict[str, list[float]] = defaultdict(list)
    for pair in pairs:
        if pair.margin is not None:
            by_aspect[pair.aspect.value].append(pair.margin)
    aspects = sorted(by_aspect) or ["(no pairs)"]
    fig, axes = plt.subplots(len(aspects), 1, figsize=(7, 1.7 * len(aspects) + 0.5), squeeze=False)
    for ax, aspect in zip(axes[:, 0], aspects):
        ax.hist(by_aspect.get(aspect, []), bins=25, color="#228833")
        ax.set_title(f"{aspect}: margin", fontsize=9)
    fig.tight_layout()
    return png_bytes(fig)


def findings_by_cwe(labels: list[Labels]) -> bytes:
    counts: Counter = Counter()
    for label in labels:
        security = label.criteria.get(Aspect.Security_Hardness)
        for finding in security.evidence.findings if security else []:
            counts[finding.cwe or "no CWE"] += 1
    top = counts.most_common(15) or [("none", 0)]
    fig, ax = plt.subplots(figsize=(8, 0.35 * len(top) + 1.5))
    ax.barh([name for name, _ in top][::-1], [n for _, n in top][::-1], color="#aa3377")
    ax.set_xlabel("findings")
    ax.set_title("Analyzer findings by CWE")
    return png_bytes(fig)


def stage_throughput(stage_seconds: dict[str, float], counts: dict[str, int]) -> bytes:
    stages = list(stage_seconds)
    rates = [counts.get(stage, 0) / max(stage_seconds[stage], 1e-3) for stage in stages]
    fig, ax = plt.subplots(figsize=(7, 3))
    ax.bar(stages, rates, color="#ee7733")
    for i, seconds in enumerate(stage_seconds.values()):
        ax.text(i, rates[i], f"{seconds:.1f}s", ha="center", va="bottom", fontsize=8)
    ax.set_yscale("log")
    ax.set_ylabel("items / s (log)")
    ax.set_title("Throughput per stage")
    return png_bytes(fig)


def write_report(path: Path, title: str, stats: dict, executions: list[Execution], labels: list[Labels], pairs: list[Pair], candidates: list[Candidate]) -> Path:
    counts = {"load": stats["problems_loaded"], "generate": len(candidates), "execute": len(executions), "label": len(labels), "pair_and_write": len(pairs)}
    figures = [
        (pairs_heatmap(stats["pairs_by_aspect_language"]), "pairs per criterion and language"),
        (status_breakdown(executions), "execution status per language"),
        (margin_distributions(pairs), "margin distributions per criterion"),
        (findings_by_cwe(labels), "analyzer findings by CWE"),
        (stage_throughput(stats["stage_seconds"], counts), "throughput per stage"),
    ]
    sections = "".join(f"<h2>{html.escape(alt)}</h2>{img_tag(png, alt)}" for png, alt in figures)
    summary = f"<p>{stats['pairs_total']} pairs from {len(candidates)} candidates ({len(executions)} executions).</p>"
    page = (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        "<style>body{font-family:sans-serif;max-width:1000px;margin:auto}img{max-width:100%}</style></head>"
        f"<body><h1>{html.escape(title)}</h1>{summary}{sections}</body></html>"
    )
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)
    return path
