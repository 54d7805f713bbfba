"""Code out of an LLM reply: fenced blocks, language tag first, the longest block that parses wins."""

from __future__ import annotations

import re
from dataclasses import dataclass

from labelers.grammars import has_errors, parse
from schemas import canonical_language

# ```tag\n … ``` ; a last fence left open (the reply hit max_tokens) runs to the end
_FENCE = re.compile(r"```[ \t]*([\w+#.-]*)[^\n]*\n(.*?)(?:\n[ \t]*```|\Z)", re.DOTALL)


@dataclass(frozen=True)
class Extraction:
    code: str
    valid: bool  # tree-sitter parsed it without errors
    tag: str  # the fence's language tag ("" when untagged, "raw" when the reply had no fence)
    blocks: int  # fenced blocks in the reply


def fenced_blocks(reply: str) -> list[tuple[str, str]]:
    return [(tag.strip(), body) for tag, body in _FENCE.findall(reply)]


def extract_code(reply: str, language: str, entry_point: str | None = None) -> Extraction | None:
    """The best code block of ``reply`` for ``language``.

    Candidates are the blocks tagged with the language and the untagged ones (the whole reply
    when it has no fence). Ranked by: parses without errors, defines ``entry_point`` (so a
    usage example loses to the function it calls), tagged before untagged, then length.
    """
    language = canonical_language(language)
    blocks = fenced_blocks(reply)
    if blocks:
        candidates = [(body, 1, language) for tag, body in blocks if _tag_language(tag) == language]
        candidates += [(body, 0, "") for tag, body in blocks if not tag]
    else:
        candidates = [(reply, 0, "raw")]
    candidates = [c for c in candidates if c[0].strip()]
    if not candidates:
        return None
    scored = [
        ((not has_errors(parse(body, language)), defines(body, entry_point, language), rank, len(body)), body, tag)
        for body, rank, tag in candidates
    ]
    (valid, *_), body, tag = max(scored, key=lambda item: item[0])
    return Extraction(_clean(body), valid, tag, len(blocks))


def defines(code: str, name: str | None, language: str) -> bool:
    """Whether ``code`` defines a function called ``name`` (a textual check: enough to rank blocks)."""
    if not name:
        return False
    pattern = _DEFINITION.get(language, _C_LIKE_DEFINITION).format(name=re.escape(name))
    return re.search(pattern, code, re.MULTILINE) is not None


_C_LIKE_DEFINITION = r"\b{name}\s*\([^;{{}}()]*\)\s*(const\s*)?(throws [\w., ]+)?\{{"
_DEFINITION = {
    "Python": r"^\s*(async\s+)?def\s+{name}\s*\(",
    "Ruby": r"^\s*def\s+(self\.)?{name}\b",
    "Go": r"^func\s+(\([^)]*\)\s*)?{name}\s*[\[(]",
    "JavaScript": r"(function\s*\*?\s*{name}\s*\(|\b{name}\s*[:=]\s*(async\s*)?(function|\(|\w+\s*=>))",
}


def _tag_language(tag: str) -> str | None:
    if not tag:
        return None
    try:
        return canonical_language(tag)
    except ValueError:
        return None


def _clean(code: str) -> str:
    return code.strip("\n") + "\n"
