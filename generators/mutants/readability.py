"""Readability operators: same behaviour, harder to read (the rejected side of readability pairs)."""

from __future__ import annotations

import random
import re

from tree_sitter import Node, Tree

from generators.mutants.edits import Edit, Mutation, line_bounds, text, walk
from generators.mutants.inline import inline_helpers
from generators.mutants.rename import rename_identifiers
from generators.mutants.syntax import Syntax

# comments that are directives, not prose: removing them changes the build or the runtime
_DIRECTIVE_COMMENT = re.compile(r"^(#!|#\s*(-\*-|frozen_string_literal|encoding|coding)|//go:|// \+build|//\s*#)")


def strip_comments(tree: Tree, source: bytes, syntax: Syntax, rng: random.Random) -> list[Mutation]:
    edits = []
    for node in walk(tree.root_node):
        if node.type in syntax.comments and not _DIRECTIVE_COMMENT.match(text(node)):
            edits.append(_remove_span(source, node.start_byte, node.end_byte))
        elif syntax.language == "Python" and _is_docstring(node):
            siblings = [c for c in node.parent.named_children if c.type not in syntax.comments]
            if len(siblings) == 1:
                edits.append(Edit(node.start_byte, node.end_byte, "pass"))
            else:
                edits.append(_remove_span(source, node.start_byte, node.end_byte))
    return [Mutation(edits, None, {"removed": len(edits)})] if edits else []


def _remove_span(source: bytes, start: int, end: int) -> Edit:
    """Drop a comment; its line goes too when nothing else is on it; a separating space stays."""
    line_start, line_end = line_bounds(source, start, end)
    if not source[line_start:start].strip() and not source[end:line_end].strip():
        return Edit(line_start, line_end, "")
    before = source[start - 1 : start] if start else b""
    after = source[end : end + 1]
    needs_space = before not in (b" ", b"\t", b"\n", b"") and after not in (b" ", b"\t", b"\n", b"\r", b"")
    return Edit(start, end, " " if needs_space else "")


def _is_docstring(node: Node) -> bool:
    if node.type != "expression_statement" or node.named_child_count != 1 or node.named_children[0].type != "string":
        return False
    parent = node.parent
    if parent is None or parent.type not in ("block", "module"):
        return False
    first = next((c for c in parent.named_children if c.type != "comment"), None)
    return first is not None and first.id == node.id


def collapse_formatting(tree: Tree, source: bytes, syntax: Syntax, rng: random.Random) -> list[Mutation]:
    """Indentation removed (Python: one space per level); free-layout languages also joined into few lines.

    Lines that start inside a string or a comment keep their bytes: those are content.
    """
    protected = _protected_line_starts(tree, source, syntax)
    lines = source.split(b"\n")
    if syntax.layout == "indent":
        new_lines = _python_indentation(lines, protected)
    else:
        new_lines = [line if i in protected else line.lstrip(b" \t") for i, line in enumerate(lines)]
        new_lines = [line for i, line in enumerate(new_lines) if i in protected or line.strip()]
        if syntax.layout == "braces":
            kept = [i for i, line in enumerate(lines) if i in protected or line.strip()]
            new_lines = _join_lines(new_lines, kept, tree, syntax)
    collapsed = b"\n".join(new_lines).rstrip(b"\n") + b"\n"
    if collapsed == source:
        return []
    return [Mutation([Edit(0, len(source), collapsed.decode("utf-8"))], None, {"lines": len(new_lines)})]


def _protected_line_starts(tree: Tree, source: bytes, syntax: Syntax) -> set[int]:
    """Line numbers whose start lies inside a multi-line string or comment (or heredoc)."""
    protected: set[int] = set()
    for node in walk(tree.root_node):
        if node.type == "heredoc_body":  # its text starts on a line of its own (column 0)
            first = node.start_point[0] + (node.start_point[1] > 0)
            protected.update(range(first, node.end_point[0] + 1))
        elif node.end_point[0] > node.start_point[0] and (node.type in syntax.strings or node.type in syntax.comments):
            protected.update(range(node.start_point[0] + 1, node.end_point[0] + 1))
    return protected


def _python_indentation(lines: list[bytes], protected: set[int]) -> list[bytes]:
    widths = sorted({len(_indent(line).expandtabs(8)) for i, line in enumerate(lines) if i not in protected and line.strip()})
    level = {width: index for index, width in enumerate(widths)}
    out = []
    for i, line in enumerate(lines):
        if i in protected:
            out.append(line)
        elif not line.strip():
            continue
        else:
            body = line.lstrip(b" \t")
            out.append(b" " * level[len(_indent(line).expandtabs(8))] + body)
    return out


def _indent(line: bytes) -> bytes:
    return line[: len(line) - len(line.lstrip(b" \t"))]


def _join_lines(lines: list[bytes], rows: list[int], tree: Tree, syntax: Syntax) -> list[bytes]:
    """Join the lines of a brace language, except where a newline is syntax: after a line
    comment, around a preprocessor directive, or inside a string or block comment."""
    line_comment_ends = {
        node.end_point[0] for node in walk(tree.root_node) if node.type in syntax.comments and text(node).startswith("//")
    }
    break_inside_token = {
        row
        for node in walk(tree.root_node)
        if node.type in syntax.strings or node.type in syntax.comments
        for row in range(node.start_point[0], node.end_point[0])
    }
    out: list[bytes] = []
    previous_row, previous_directive = -1, False
    for line, row in zip(lines, rows):
        directive = syntax.line_directive is not None and line.lstrip().startswith(syntax.line_directive.encode())
        directive = directive or (previous_directive and out[-1].rstrip().endswith(b"\\"))
        joinable = (
            out
            and not directive
            and not previous_directive
            and previous_row not in line_comment_ends
            and previous_row not in break_inside_token
        )
        if joinable:
            out[-1] = out[-1] + b" " + line
        else:
            out.append(line)
        previous_row, previous_directive = row, directive
    return out


READABILITY = {
    "rename_identifiers": rename_identifiers,
    "inline_helpers": inline_helpers,
    "strip_comments": strip_comments,
    "collapse_formatting": collapse_formatting,
}
