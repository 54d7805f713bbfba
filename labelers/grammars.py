"""Tree-sitter grammars for every language we label, loaded offline from the per-language wheels.

tree-sitter-language-pack >= 1.0 downloads grammars at first use, so we depend on the
individual ``tree-sitter-<lang>`` packages, whose compiled grammars ship in the wheel.
Generators (mutants, code extraction), labelers (readability) and dedup (AST-depth filter)
all parse through here.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module

from tree_sitter import Language, Node, Parser, Tree

from schemas import canonical_language

# language → (module, attribute holding the grammar)
GRAMMARS: dict[str, tuple[str, str]] = {
    "C": ("tree_sitter_c", "language"),
    "CSharp": ("tree_sitter_c_sharp", "language"),
    "Cpp": ("tree_sitter_cpp", "language"),
    "Go": ("tree_sitter_go", "language"),
    "Java": ("tree_sitter_java", "language"),
    "JavaScript": ("tree_sitter_javascript", "language"),
    "Python": ("tree_sitter_python", "language"),
    "Ruby": ("tree_sitter_ruby", "language"),
    "Rust": ("tree_sitter_rust", "language"),
}


@cache
def grammar(language: str) -> Language:
    name = canonical_language(language)
    if name not in GRAMMARS:
        raise KeyError(f"no tree-sitter grammar for language {language!r}; known: {sorted(GRAMMARS)}")
    module, attribute = GRAMMARS[name]
    return Language(getattr(import_module(module), attribute)())


def parse(code: str, language: str) -> Tree:
    """Parse ``code``; a new Parser per call keeps this safe across threads."""
    return Parser(grammar(language)).parse(code.encode("utf-8"))


def has_errors(tree: Tree) -> bool:
    return tree.root_node.has_error


def ast_depth(node: Node) -> int:
    """Depth of the deepest named node (iterative: generated code can nest deeply)."""
    deepest = 0
    stack = [(node, 1)]
    while stack:
        current, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in current.named_children)
    return deepest


def leaf_tokens(code: str, language: str) -> list[tuple[bool, str]]:
    """The code's tokens in order, comments left out, as ``(named, text)``: named leaves are identifiers and
    literals, the others keywords, operators and punctuation."""
    source = code.encode("utf-8")
    tokens: list[tuple[bool, str]] = []
    stack = [parse(code, language).root_node]
    while stack:
        node = stack.pop()
        if "comment" in node.type:
            continue
        if node.child_count == 0:
            tokens.append((node.is_named, source[node.start_byte : node.end_byte].decode("utf-8", errors="replace")))
        stack.extend(reversed(node.children))
    return tokens
