"""The registry of sources and ``load_source``: one name → one adapter, its default files and its kind."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any, Literal

from schemas import Pair, Problem
from sources.base import LoadContext, Loaded

REPO = Path(__file__).resolve().parents[1]
# A Hub dataset id: "owner/name" that is not an existing local path.
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


def data_root() -> Path:
    """Root of the shared public data: ``$THEMIS_SHARED_DATA`` else ``<repo>/../shared/data``."""
    return Path(os.environ.get("THEMIS_SHARED_DATA") or REPO.parent / "shared" / "data")


@dataclass(frozen=True)
class Source:
    """A registered source. ``loader`` is ``module:function`` (imported on first use, so listing is cheap)."""

    name: str
    kind: Literal["problems", "pairs"]
    description: str
    loader: str
    default_path: str | None = None  # relative to data_root(); None = the adapter knows its own location
    hub: bool = True  # whether a Hub dataset id may be given as ``path``

    def resolve(self, path: str | Path | None) -> Path | None:
        if path is not None:
            return Path(path)
        return data_root() / self.default_path if self.default_path is not None else None

    def adapter(self):
        module, function = self.loader.split(":")
        return getattr(import_module(module), function)


SOURCES: dict[str, Source] = {
    source.name: source
    for source in (
        Source(
            "seed",
            "problems",
            "our own seed set: stdio problems with efficient/naive/memory_heavy/secure/insecure/readable references in 8 languages",
            "sources.adapters.seed:load",
            hub=False,
        ),
        Source(
            "humaneval-x",
            "problems",
            "HumanEval-X (cpp, go, java, js, python, rust): canonical solutions + upstream harness tests",
            "sources.adapters.humaneval:load_humaneval_x",
            "humaneval-x",
        ),
        Source(
            "humanevalpack",
            "problems",
            "HumanEvalPack: HumanEval-X problems with canonical and buggy references (bug_type in meta)",
            "sources.adapters.humaneval:load_humanevalpack",
            "humanevalpack",
        ),
        Source(
            "mbxp",
            "problems",
            "MBXP (mxeval): MBPP in C#, Ruby, Java, JS, C++, Python, TS, PHP, Go; canonical references where present",
            "sources.adapters.mxeval:load_mbxp",
            "mxeval/mbxp",
        ),
        Source(
            "mxeval-humaneval",
            "problems",
            "mxeval multilingual HumanEval (C#, Go, Java, JS, Ruby, TS, PHP): prompts + harness tests, no solutions",
            "sources.adapters.mxeval:load_multilingual_humaneval",
            "mxeval/multilingual_humaneval",
        ),
        Source(
            "exercism-c",
            "problems",
            "exercism C practice exercises: Unity tests + headers, example solution as the canonical reference",
            "sources.adapters.exercism:load",
            "exercism-c",
            hub=False,
        ),
        Source(
            "nofuneval-runtime",
            "problems",
            "NoFunEval runtime_efficiency: Python slow/fast pairs with CodeNet cpu times and public stdio cases",
            "sources.adapters.nofuneval:load",
            "nofuneval",
            hub=False,
        ),
        Source(
            "enamel",
            "problems",
            "ENAMEL: HumanEval problems with expert efficient references, input generators and large inputs",
            "sources.adapters.enamel:load",
            "enamel/enamel.csv",
        ),
        Source(
            "safecoder",
            "pairs",
            "SafeCoder vulnerability-fix function pairs (Security_Hardness, chosen = fixed); as_problems=True for Problems",
            "sources.adapters.security:load_safecoder",
            "safecoder",
        ),
        Source(
            "cyberseceval",
            "problems",
            "CyberSecEval instruct prompts with insecure origin code and CWE (no tests)",
            "sources.adapters.security:load_cyberseceval",
            "cyberseceval/instruct.json",
        ),
        Source(
            "themis-pairs",
            "pairs",
            "Themis-format pair parquet (Themis-CodePreference / CodeRewardBench layouts)",
            "sources.adapters.themis_pairs:load",
            None,
        ),
        Source(
            "hf",
            "problems",
            "any source above from the Hugging Face Hub: path = dataset id, option format=<source name>",
            "sources.adapters.hub:load",
            None,
        ),
    )
}


class UnknownSource(KeyError):
    """A source name that is not in :data:`SOURCES`."""


def load_source(
    name: str, path: str | Path | None = None, *, lenient: bool = False, **options: Any
) -> Loaded[Problem | Pair]:
    """Iterate the records of source ``name`` (Problems, or Pairs for pair sets).

    ``path`` overrides the default location under :func:`data_root`; for sources that support it a
    Hub dataset id (``owner/name``) is loaded through ``datasets.load_dataset``. ``lenient`` skips
    malformed rows and counts them in the returned iterator's ``skipped`` / ``errors``.
    """
    if name not in SOURCES:
        raise UnknownSource(f"unknown source {name!r}; known: {', '.join(sorted(SOURCES))}")
    source = SOURCES[name]
    context = LoadContext(source=name, lenient=lenient)
    if name != "hf" and path is not None and is_hub_id(path):
        if not source.hub:
            raise ValueError(f"source {name!r} reads local files only; {path!r} does not exist")
        records = SOURCES["hf"].adapter()(Path(str(path)), context, format=name, **options)
    else:
        records = source.adapter()(source.resolve(path), context, **options)
    return Loaded(records, context)


def is_hub_id(path: str | Path) -> bool:
    text = str(path)
    return not Path(text).exists() and bool(_HUB_ID.match(text))

