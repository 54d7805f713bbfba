"""The one place that defines languages, criteria and their Themis names and orders.

Benchmark strings (``Cpp``, ``CSharp`` …) are what records carry; the Themis
``ClassLabel`` names (``C++``, ``C#`` …) are what shards carry. Both orders of the
published ClassLabels are kept exactly, so integer labels written by us mean the
same thing in Themis-CodePreference and in Themis-RM's training code.
"""

from __future__ import annotations

import re
from enum import Enum


class Language(str, Enum):
    """The eight languages of Themis, by their benchmark string."""

    C = "C"
    CSharp = "CSharp"
    Cpp = "Cpp"
    Go = "Go"
    Java = "Java"
    JavaScript = "JavaScript"
    Python = "Python"
    Ruby = "Ruby"

    @property
    def themis_name(self) -> str:
        return _THEMIS_LANGUAGE_NAMES[self]

    @classmethod
    def from_any(cls, value: str) -> "Language":
        """Parse a benchmark string, a Themis name or a common alias (``cpp``, ``js``, ``c#``)."""
        name = canonical_language(value)
        try:
            return cls(name)
        except ValueError:
            raise ValueError(f"language {value!r} is not one of the eight Themis languages") from None


class Aspect(str, Enum):
    """The five code criteria, by their benchmark string."""

    Functional_Correctness = "Functional_Correctness"
    Runtime_Efficiency = "Runtime_Efficiency"
    Memory_Efficiency = "Memory_Efficiency"
    Readability_Maintainability = "Readability_Maintainability"
    Security_Hardness = "Security_Hardness"

    @property
    def themis_name(self) -> str:
        return _THEMIS_ASPECT_NAMES[self]

    @classmethod
    def from_any(cls, value: str) -> "Aspect":
        """Parse a benchmark string (``Runtime_Efficiency``) or a Themis name (``Runtime Efficiency``)."""
        key = (value.value if isinstance(value, Enum) else str(value)).strip()
        for aspect in cls:
            if key in (aspect.value, aspect.themis_name):
                return aspect
        raise ValueError(f"aspect {value!r} is not one of {[a.value for a in cls]}")


_THEMIS_LANGUAGE_NAMES: dict[Language, str] = {
    Language.C: "C",
    Language.CSharp: "C#",
    Language.Cpp: "C++",
    Language.Go: "Go",
    Language.Java: "Java",
    Language.JavaScript: "JavaScript",
    Language.Python: "Python",
    Language.Ruby: "Ruby",
}

_THEMIS_ASPECT_NAMES: dict[Aspect, str] = {
    Aspect.Functional_Correctness: "Functional Correctness",
    Aspect.Runtime_Efficiency: "Runtime Efficiency",
    Aspect.Memory_Efficiency: "Memory Efficiency",
    Aspect.Readability_Maintainability: "Readability and Maintainability",
    Aspect.Security_Hardness: "Security Hardness",
}

# ClassLabel orders of Themis-CodePreference (Dataset/Prompts/system_prompt_mapper.py aspect_map and
# the published dataset's language feature). Never reorder: integer labels depend on them.
THEMIS_LANGUAGE_LABELS: tuple[str, ...] = ("JavaScript", "Python", "Ruby", "C++", "C", "Go", "Java", "C#", "NL")
THEMIS_ASPECT_LABELS: tuple[str, ...] = (
    "Readability and Maintainability",
    "Runtime Efficiency",
    "Security Hardness",
    "Functional Correctness",
    "Memory Efficiency",
    "Helpfulness",
    "Harmlessness",
)

_LANGUAGE_ALIASES: dict[str, str] = {
    "c": "C",
    "c#": "CSharp",
    "cs": "CSharp",
    "csharp": "CSharp",
    "c++": "Cpp",
    "cpp": "Cpp",
    "cxx": "Cpp",
    "go": "Go",
    "golang": "Go",
    "java": "Java",
    "javascript": "JavaScript",
    "js": "JavaScript",
    "node": "JavaScript",
    "python": "Python",
    "py": "Python",
    "python3": "Python",
    "ruby": "Ruby",
    "rb": "Ruby",
    "rust": "Rust",
    "rs": "Rust",
    "typescript": "TypeScript",
    "ts": "TypeScript",
    "php": "PHP",
    "kotlin": "Kotlin",
}

_LANGUAGE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def canonical_language(value: str) -> str:
    """Map any spelling of a language to our benchmark string.

    Languages outside the Themis eight (``Rust``, or a folder someone adds under
    ``sandboxes/langs``) keep a canonical spelling too, so a sandbox can exist for
    them; only shards are restricted to the eight.
    """
    raw = (value.value if isinstance(value, Enum) else str(value)).strip()
    alias = _LANGUAGE_ALIASES.get(raw.lower())
    if alias is not None:
        return alias
    if not _LANGUAGE_NAME.match(raw):
        raise ValueError(f"language {value!r} is not a valid language name")
    return raw


def themis_language_label(language: str) -> int:
    """Integer ClassLabel of a language in Themis' order."""
    return THEMIS_LANGUAGE_LABELS.index(Language.from_any(language).themis_name)


def themis_aspect_label(aspect: str) -> int:
    """Integer ClassLabel of an aspect in Themis' order."""
    return THEMIS_ASPECT_LABELS.index(Aspect.from_any(aspect).themis_name)
