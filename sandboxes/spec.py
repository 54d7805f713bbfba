"""Language specs: one folder per language under ``sandboxes/langs/<Name>/`` (spec.toml, Dockerfile, README.md).

Adding a language is adding a folder; :func:`languages` discovers them. Extra folders can be put on the
search path with the env var ``THEMIS_SANDBOX_LANGS`` (``os.pathsep``-separated directories that hold
language folders), which is how the tests show a throwaway language working with no code change.
"""

from __future__ import annotations

import os
import re
import tomllib
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

LANGS_DIR = Path(__file__).resolve().parent / "langs"
LANGS_ENV = "THEMIS_SANDBOX_LANGS"


class SpecError(ValueError):
    """A spec.toml that cannot be used; the message names the file and the field."""


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AutoImport(_Spec):
    """Make a file import exactly the listed packages it uses (Go rejects missing and unused imports alike).

    Import declarations matching ``declaration`` are taken out; every package they named (``path`` regex,
    group 1) and every package in ``packages`` is imported again if the rest of the file uses it
    (``<last path element>.``), one ``template`` line each, after the ``after`` anchor.
    """

    after: str = Field(description="regex of the line the imports go after (the package clause)")
    template: str = Field(description='one import line, with {{pkg}}, e.g. import "{{pkg}}"')
    packages: list[str] = Field(description="packages imported when used, even if the file does not import them")
    declaration: str | None = Field(None, description="regex of the file's own import declarations (pruned when unused)")
    path: str = Field(r'"([^"]+)"', description="regex of one imported path inside a declaration (group 1)")
    any_declaration: str = Field(r"(?ms)^import\s*\(.*?\)|^import[^\n]*",
                                 description="regex of every import declaration, pruned or not (names already taken)")

    @field_validator("after", "declaration", "path", "any_declaration")
    @classmethod
    def _regex(cls, value: str | None) -> str | None:
        if value is not None:
            re.compile(value)
        return value

    def apply(self, text: str) -> str:
        declared: list[str] = []
        if self.declaration:
            for match in re.finditer(self.declaration, text):
                declared += re.findall(self.path, match.group(0))
            text = re.sub(self.declaration, "", text)
        anchor = re.search(self.after, text)
        if anchor is None:
            return text
        body = text[anchor.end():]
        code = re.sub(r"//[^\n]*|/\*.*?\*/", "", body, flags=re.S)  # a package named in a comment is not a use
        # Names imported by declarations left alone (aliases, one-liners) or declared here: `crypto/rand` is `rand`
        # too, so the listed `math/rand` must not be added beside it.
        kept_imports = "".join(m.group(0) for m in re.finditer(self.any_declaration, body))
        taken = {path.rsplit("/", 1)[-1] for path in [*declared, *re.findall(self.path, kept_imports)]}

        def name(pkg: str) -> str:
            return pkg.rsplit("/", 1)[-1]

        used = [
            pkg for pkg in dict.fromkeys([*declared, *self.packages])
            if re.search(rf"\b{re.escape(name(pkg))}\.", code) and (pkg in declared or name(pkg) not in taken)
        ]
        lines = "".join(fill(self.template, {"pkg": pkg}) + "\n" for pkg in used)
        return text[: anchor.end()] + lines + body


class Fixup(_Spec):
    """A textual repair applied to one generated file (upstream sets glue code and tests in different ways)."""

    file: str
    when: str | None = Field(None, description="regex that must match the file for the fixup to apply")
    unless: str | None = Field(None, description="regex that must NOT match")
    prepend: str = ""
    append: str = ""
    replace: list[tuple[str, str]] = Field(default_factory=list, description="literal (old, new) replacements")
    hoist: str | None = Field(None, description="regex of lines moved to the top of the file (imports)")
    auto_import: AutoImport | None = None

    @field_validator("when", "unless", "hoist")
    @classmethod
    def _regex(cls, value: str | None) -> str | None:
        if value is not None:
            re.compile(value)
        return value

    def apply(self, text: str, substitutions: dict[str, str]) -> str:
        if self.when and not re.search(self.when, text):
            return text
        if self.unless and re.search(self.unless, text):
            return text
        for old, new in self.replace:
            text = text.replace(old, new)
        if self.hoist:
            pattern = re.compile(self.hoist)
            lines = dict.fromkeys(match.group(0).strip() + "\n" for match in pattern.finditer(text))
            text = "".join(lines) + pattern.sub("", text)
        text = fill(self.prepend, substitutions) + text + fill(self.append, substitutions)
        return self.auto_import.apply(text) if self.auto_import else text


class BatchStep(_Spec):
    """One process that builds many candidates, each in its own directory (``{dirs}`` in ``command``).

    It must do per directory what the single step does, and leave ``status_file`` ("exit-status
    milliseconds") and ``output_file`` (the compiler's messages) in it; a directory without a status file
    (the batch died) is built alone afterwards.
    """

    command: list[str] = Field(min_length=1)
    max_items: int = Field(16, ge=2)
    status_file: str
    output_file: str


class Step(_Spec):
    """A command run in the build directory; ``artifacts`` are the globs kept afterwards."""

    command: list[str] = Field(min_length=1)
    artifacts: list[str] = Field(min_length=1)
    batch: BatchStep | None = None


class HarnessSpec(_Spec):
    files: dict[str, str] = Field(min_length=1, description="file name -> template with {{code}}, {{test}}, {{entry_point}}")
    fixups: list[Fixup] = Field(default_factory=list)
    support_files: list[str] = Field(default_factory=list, description="paths relative to the language folder")
    failure_patterns: list[str] = Field(default_factory=list, description="output that marks a failed assert, not a crash")
    compile: Step | None = Field(None, description="overrides the language's compile step for harness tests")
    run: list[str] | None = Field(None, description="overrides the language's run command for harness tests")


class LanguageSpec(_Spec):
    name: str
    aliases: list[str] = Field(default_factory=list)
    source_file: str
    run: list[str] = Field(min_length=1)
    version_command: list[str] = Field(min_length=1)
    empty_program: str
    compile: Step | None = None
    harness: HarnessSpec | None = None
    fixups: list[Fixup] = Field(default_factory=list, description="applied to stdio and harness sources alike")
    rlimit_as: bool = Field(False, description="RLIMIT_AS is safe (runtimes that reserve huge address space: false)")
    callgrind: bool = Field(False, description="valgrind --tool=callgrind gives meaningful counts")
    memory_patterns: list[str] = Field(default_factory=list, description="stderr text of an allocation failure")
    env: dict[str, str] = Field(default_factory=dict)
    limits: dict[str, float] = Field(default_factory=dict, description="per-language overrides of Limits fields")
    dir: Path = Field(Path("."), exclude=True)

    def compile_step(self, harness: bool) -> Step | None:
        if harness and self.harness and self.harness.compile:
            return self.harness.compile
        return self.compile

    def run_command(self, harness: bool) -> list[str]:
        if harness and self.harness and self.harness.run:
            return self.harness.run
        return self.run


def fill(template: str, substitutions: dict[str, str]) -> str:
    """Replace ``{{name}}`` placeholders (double braces: code is full of single ones)."""
    for name, value in substitutions.items():
        template = template.replace("{{" + name + "}}", value)
    return template


def load_spec(folder: Path) -> LanguageSpec:
    path = folder / "spec.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise SpecError(f"{path}: cannot read: {error}") from error
    try:
        spec = LanguageSpec.model_validate({**data, "dir": folder})
    except ValueError as error:
        raise SpecError(f"{path}: {error}") from error
    if spec.name != folder.name:
        raise SpecError(f"{path}: name {spec.name!r} must equal the folder name {folder.name!r}")
    return spec


def search_path() -> list[Path]:
    extra = [Path(p) for p in os.environ.get(LANGS_ENV, "").split(os.pathsep) if p]
    return [LANGS_DIR, *extra]


@lru_cache(maxsize=8)
def _discover(roots: tuple[Path, ...]) -> dict[str, LanguageSpec]:
    specs: dict[str, LanguageSpec] = {}
    for root in roots:
        for folder in sorted(p for p in root.iterdir() if (p / "spec.toml").is_file()):
            specs[folder.name] = load_spec(folder)
    return specs


def languages() -> dict[str, LanguageSpec]:
    """Every language folder found on the search path, by name."""
    return dict(_discover(tuple(search_path())))


class UnknownLanguage(KeyError):
    """A language no folder under the sandbox search path defines (nor one of their aliases)."""


def spec_for(language: str) -> LanguageSpec:
    specs = languages()
    if language in specs:
        return specs[language]
    lowered = language.lower()
    for spec in specs.values():
        if lowered == spec.name.lower() or lowered in spec.aliases:
            return spec
    raise UnknownLanguage(f"no sandbox language {language!r}; known: {sorted(specs)}")
