"""The build configuration: a TOML file validated into one pydantic model (each stage's own config nested)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from dedup import PairingConfig
from dedup.export import REPO_ID
from dedup.pipeline import DedupConfig

from schemas.errors import RecordError, describe


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceSpec(_Section):
    name: str = Field(description="a registered source: seed, humaneval-x, mbxp, … (see `themis sources list`)")
    path: str | None = None
    limit: int | None = Field(None, ge=1, description="first N tasks (per language) of this source")
    problems: list[str] | None = Field(None, description="only these task ids, e.g. seed/greet-command")
    options: dict[str, Any] = Field(default_factory=dict)


class CommitsSpec(_Section):
    """Pairs mined from a git history (after = chosen, before = rejected); they join the pairs before filters and dedup."""

    repo: str = Field(description="a local git repository; a relative path is taken from the working directory")
    max_pairs: int | None = Field(None, ge=1, description="stop after this many pairs")
    prompt_generator: dict[str, Any] | None = Field(
        None, description="an LLM generator entry (kind transformers, vllm or openai) that writes each prompt; None: the commit subject"
    )


class SandboxSection(_Section):
    backend: Literal["local", "docker"] = "local"
    repeats: int = Field(3, ge=1, description="runs of passing candidates, for the median CPU time and its CV")
    workers: int | None = None
    measure: Literal["rusage", "callgrind"] = "rusage"
    limits: dict[str, float] = Field(default_factory=dict, description="sandboxes.Limits overrides, e.g. cpu_s = 5")


class SplitSection(_Section):
    test_ratio: float = Field(0.2, ge=0, lt=1, description="share of problems held out (by problem id)")


class TrainSection(_Section):
    enabled: bool = False
    preset: str = "tiny-cpu"
    overrides: dict[str, Any] = Field(default_factory=dict)


class ScoreSection(_Section):
    enabled: bool = False
    prompts: Literal["none", "full", "aspect"] = "none"


class ExportSection(_Section):
    repo: str | None = Field(
        None, pattern=REPO_ID.pattern, description="Hub dataset repo ORG/NAME the shards are pushed to after the build"
    )
    private: bool = Field(False, description="create the Hub repo as private")
    revision: str | None = Field(None, description="branch to push to (created if missing); None: main")


class BuildConfig(_Section):
    name: str = Field(min_length=1)
    seed: int = 0
    out: str = Field("out/{name}", description="output directory; {name} is replaced")
    languages: list[str] | None = Field(None, description="keep only these languages (None: all)")
    sources: list[SourceSpec] = Field(default_factory=list)
    generators: list[dict[str, Any]] = Field(default_factory=list, description="generators.GeneratorSpec entries")
    commits: list[CommitsSpec] = Field(default_factory=list, description="git histories mined for pairs (no execution)")
    sandbox: SandboxSection = Field(default_factory=SandboxSection)
    batch_size: int = Field(200, ge=1, description="candidates per Prefect task (one task per batch, never per candidate)")
    pairing: PairingConfig = Field(default_factory=PairingConfig)
    dedup: DedupConfig = Field(default_factory=DedupConfig, description="filters, exact/near dedup, decontamination")
    split: SplitSection = Field(default_factory=SplitSection)
    train: TrainSection = Field(default_factory=TrainSection)
    score: ScoreSection = Field(default_factory=ScoreSection)
    export: ExportSection = Field(default_factory=ExportSection)

    @model_validator(mode="after")
    def _has_inputs(self) -> BuildConfig:
        if not self.sources and not self.commits:
            raise ValueError("give at least one [[sources]] or [[commits]] entry")
        if self.sources and not self.generators:
            raise ValueError("[[sources]] need at least one [[generators]] entry")
        return self

    def out_dir(self, override: str | Path | None = None) -> Path:
        return Path(override) if override else Path(self.out.format(name=self.name))

    def store_dir(self, out_dir: Path) -> Path:
        """Results store beside the build folder (which is replaced whole on every shard write)."""
        return out_dir.parent / ".themis-store"


def load_build_config(path: str | Path) -> BuildConfig:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RecordError("BuildConfig", ["file not found"], str(path)) from None
    except tomllib.TOMLDecodeError as error:
        raise RecordError("BuildConfig", [f"TOML syntax: {error}"], str(path)) from None
    try:
        config = BuildConfig.model_validate(data)
    except ValidationError as error:
        raise RecordError("BuildConfig", describe(error), str(path)) from None
    _validate_stage_sections(config, path)
    return config


def _validate_stage_sections(config: BuildConfig, path: Path) -> None:
    """Each stage validates its own section, so a typo fails at load time with the stage's field name."""
    from generators import parse_specs
    from generators.spec import llm_spec

    try:
        parse_specs(config.generators)
    except (ValidationError, RecordError, ValueError) as error:
        raise RecordError("BuildConfig", [f"generators: {error}"], str(path)) from None
    problems = _unknown_sources_languages_and_tasks(config) + _train_section_problems(config)
    if problems:
        raise RecordError("BuildConfig", problems, str(path))
    for i, commits in enumerate(config.commits):
        if not (Path(commits.repo) / ".git").exists():
            raise RecordError("BuildConfig", [f"commits[{i}].repo: {commits.repo!r} is not a git repository (a relative path is taken from {Path.cwd()})"], str(path))
        if commits.prompt_generator is not None:
            try:
                llm_spec(commits.prompt_generator, f"commits[{i}].prompt_generator")
            except (ValidationError, RecordError, ValueError) as error:
                raise RecordError("BuildConfig", [str(error)], str(path)) from None


def _unknown_sources_languages_and_tasks(config: BuildConfig) -> list[str]:
    """Source names that are not registered, languages no sandbox runs, and listed task ids a source does not
    have (before, a misspelt task id was silently left out of the build)."""
    from sandboxes import languages as sandbox_languages
    from schemas import canonical_language
    from sources import SOURCES, load_source

    problems = []
    runnable = sandbox_languages()
    for language in config.languages or []:
        try:
            known = canonical_language(language) in runnable
        except ValueError:
            known = False
        if not known:
            problems.append(f"languages: {language!r} has no sandbox (known: {', '.join(sorted(runnable))})")
    for i, source in enumerate(config.sources):
        if source.name not in SOURCES:
            problems.append(f"sources[{i}].name = {source.name!r}: not a source (known: {', '.join(sorted(SOURCES))})")
        elif source.problems:
            try:
                found = {problem.id for problem in load_source(source.name, source.path, **source.options)}
            except (OSError, ValueError) as error:  # missing files (or an unreachable Hub id), a malformed record
                problems.append(f"sources[{i}]: {source.name!r} cannot be read to check its problems: {error}")
                continue
            missing = [task for task in source.problems if task not in found]
            if missing:
                problems.append(f"sources[{i}].problems: {missing} are not tasks of source {source.name!r}")
    return problems


def _train_section_problems(config: BuildConfig) -> list[str]:
    """The [train] preset and overrides resolve to a training config (checked even when training is off, so a
    later `--train` does not fail after the whole build)."""
    from trainer.config import resolve_config

    try:
        resolve_config("data", Path("out"), config.train.preset, config.train.overrides)
    except RecordError as error:  # the preset's own problem names its field; the others come from the overrides
        return [f"train.{problem}" if problem.startswith("preset = ") else f"train.overrides: {problem}" for problem in error.problems]
    return []
