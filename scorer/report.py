"""Plots (criterion × language accuracy heatmap, score-difference histograms), a self-contained HTML
report, and a side-by-side comparison of two ``results.json`` files."""

from __future__ import annotations

import base64
import html
import io
import json
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # headless: no display on build machines
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import polars as pl  # noqa: E402


def accuracy_matrix(frame: pl.DataFrame) -> tuple[list[str], list[str], np.ndarray]:
    aspects = sorted(frame["aspect"].unique().to_list())
    languages = sorted(frame["language"].unique().to_list())
    grid = np.full((len(aspects), len(languages)), np.nan)
    grouped = frame.group_by("aspect", "language").agg(pl.col("correct").mean().alias("acc"))
    for row in grouped.iter_rows(named=True):
        grid[aspects.index(row["aspect"]), languages.index(row["language"])] = row["acc"]
    return aspects, languages, grid


def heatmap_png(frame: pl.DataFrame) -> bytes:
    aspects, languages, grid = accuracy_matrix(frame)
    fig, ax = plt.subplots(figsize=(1.1 * len(languages) + 3, 0.7 * len(aspects) + 1.5))
    image = ax.imshow(grid, vmin=0, vmax=1, cmap="RdYlGn", aspect="auto")
    ax.set_xticks(range(len(languages)), languages, rotation=30, ha="right")
    ax.set_yticks(range(len(aspects)), aspects)
    for (r, c), value in np.ndenumerate(grid):
        if not np.isnan(value):
            ax.text(c, r, f"{value:.2f}", ha="center", va="center", fontsize=8)
    fig.colorbar(image, ax=ax, label="accuracy")
    ax.set_title("Pairwise accuracy: criterion × language")
    return png_bytes(fig)


def histogram_png(frame: pl.DataFrame) -> bytes:
    aspects = sorted(frame["aspect"].unique().to_list())
    fig, axes = plt.subplots(len(aspects), 1, figsize=(7, 1.8 * len(aspects) + 0.5), squeeze=False)
    for ax, aspect in zip(axes[:, 0], aspects):
        diffs = frame.filter(pl.col("aspect") == aspect)["score_diff"].to_numpy()
        ax.hist(diffs, bins=30, color="#4477aa")
        ax.axvline(0, color="black", linewidth=0.8)
        ax.set_title(f"{aspect}: chosen − rejected score", fontsize=9)
    fig.tight_layout()
    return png_bytes(fig)


def png_bytes(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    return buffer.getvalue()


def img_tag(png: bytes, alt: str) -> str:
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{base64.b64encode(png).decode()}">'


def _table(title: str, groups: dict[str, dict[str, Any]]) -> str:
    rows = "".join(f"<tr><td>{html.escape(k)}</td><td>{v['accuracy']:.4f}</td><td>{v['count']}</td></tr>" for k, v in groups.items())
    return f"<h2>{html.escape(title)}</h2><table><tr><th>{title}</th><th>accuracy</th><th>n</th></tr>{rows}</table>"


def write_report(frame: pl.DataFrame, results: dict[str, Any], out_dir: Path) -> Path:
    """``heatmap.png``, ``score_diff.png`` and a self-contained ``report.html``."""
    heatmap, histogram = heatmap_png(frame), histogram_png(frame)
    (out_dir / "heatmap.png").write_bytes(heatmap)
    (out_dir / "score_diff.png").write_bytes(histogram)
    overall = results["overall"]
    body = (
        f"<h1>Reward model scores</h1><p>accuracy {overall['accuracy']:.4f} over {overall['total_examples']} pairs "
        f"(mean score difference {overall['mean_score_difference']})</p>"
        + img_tag(heatmap, "criterion by language heatmap")
        + img_tag(histogram, "score difference histograms")
        + _table("by_aspect", results["by_aspect"])
        + _table("by_language", results["by_language"])
        + _table("by_subset", results["by_subset"])
    )
    page = f"<!doctype html><html><head><meta charset='utf-8'><title>themis score</title><style>body{{font-family:sans-serif;max-width:1000px;margin:auto}}td,th{{padding:2px 10px}}img{{max-width:100%}}</style></head><body>{body}</body></html>"
    path = out_dir / "report.html"
    tmp = path.with_name(".report.html.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)
    return path


def compare(a: Path, b: Path) -> list[tuple[str, str, float | None, float | None]]:
    """Rows (section, key, accuracy in A, accuracy in B) over the union of both files' keys."""
    left, right = json.loads(a.read_text()), json.loads(b.read_text())
    rows = [("overall", "accuracy", left["overall"]["accuracy"], right["overall"]["accuracy"])]
    for section in ("by_aspect", "by_language", "by_subset"):
        for key in sorted(set(left.get(section, {})) | set(right.get(section, {}))):
            rows.append((section, key, left.get(section, {}).get(key, {}).get("accuracy"), right.get(section, {}).get(key, {}).get("accuracy")))
    return rows
