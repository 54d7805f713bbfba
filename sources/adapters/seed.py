"""The seed set (``sources/seed.py``, written by the seed authors) behind the common adapter signature."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from schemas import Problem
from sources.base import LoadContext


def load(path: Path | None, context: LoadContext) -> Iterator[Problem]:
    from sources.seed import load_seed

    yield from load_seed(path, lenient=context.lenient)
