"""Byte-range edits over source text, and small tree helpers the operators share."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from tree_sitter import Node


@dataclass(frozen=True)
class Edit:
    start: int  # byte offsets into the UTF-8 source
    end: int
    text: str


@dataclass
class Mutation:
    """One candidate change: its edits and where it happened (recorded in the candidate's params)."""

    edits: list[Edit]
    node: Node | None = None
    detail: dict[str, Any] = field(default_factory=dict)

    def location(self, source: bytes) -> dict[str, Any]:
        if self.node is None:
            return {"scope": "file", **self.detail}
        row, column = self.node.start_point
        return {
            "line": row + 1,
            "column": column + 1,
            "start_byte": self.node.start_byte,
            "end_byte": self.node.end_byte,
            "before": source[self.node.start_byte : self.node.end_byte].decode("utf-8", "replace")[:200],
            **self.detail,
        }


def apply_edits(source: bytes, edits: list[Edit]) -> bytes:
    """Apply non-overlapping edits (any order) and return the new source."""
    out = bytearray(source)
    last_start = len(source) + 1
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        if edit.end > last_start:
            raise ValueError(f"overlapping edits at bytes {edit.start}-{edit.end}")
        out[edit.start : edit.end] = edit.text.encode("utf-8")
        last_start = edit.start
    return bytes(out)


def walk(node: Node) -> Iterator[Node]:
    """Every node below ``node`` (pre-order, iterative)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children))


def text(node: Node) -> str:
    return node.text.decode("utf-8", "replace") if node.text is not None else ""


def field_in_parent(node: Node) -> str | None:
    parent = node.parent
    if parent is None:
        return None
    for index, child in enumerate(parent.children):
        if child.id == node.id:
            return parent.field_name_for_child(index)
    return None


def contains_type(node: Node, types: frozenset[str]) -> bool:
    return any(n.type in types for n in walk(node))


def line_bounds(source: bytes, start: int, end: int) -> tuple[int, int]:
    """Start of the line holding ``start`` and end (incl. newline) of the line holding ``end``."""
    line_start = source.rfind(b"\n", 0, start) + 1
    newline = source.find(b"\n", end)
    return line_start, (len(source) if newline == -1 else newline + 1)


def deletion(source: bytes, start: int, end: int) -> Edit:
    """Delete a span; take its whole line(s) with it when nothing else is on them."""
    line_start, line_end = line_bounds(source, start, end)
    before = source[line_start:start]
    after = source[end:line_end]
    if not before.strip() and not after.strip():
        return Edit(line_start, line_end, "")
    return Edit(start, end, "")
