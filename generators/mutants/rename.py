"""Consistent renaming of local variables and parameters to meaningless names.

A binding (scope, name) is renamed only when we can show every use of the name is that
variable: scopes are function-like nodes plus the file; a use resolves to the nearest
enclosing scope that declares the name. A name is left alone when it appears anywhere in
a position that is not a variable (a field, a method, a keyword argument, a type, a string
that spells it, a macro body), when the file reads variables by name (``eval``, ``locals``),
or, in block-scoped languages, when some use of it resolves to no declaration at all.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict

from tree_sitter import Node, Tree

from generators.mutants.edits import Edit, Mutation, field_in_parent, text, walk
from generators.mutants.syntax import Syntax

_BINDING_ONLY_IN_METHOD = {"Ruby"}  # Ruby: an assignment inside a block declares in the enclosing method


def rename_identifiers(tree: Tree, source: bytes, syntax: Syntax, rng: random.Random) -> list[Mutation]:
    root = tree.root_node
    if _reads_variables_by_name(root, syntax):
        return []
    uses: dict[str, list[Node]] = defaultdict(list)  # name → identifier nodes in variable positions
    blocked: set[str] = set(syntax.reserved)
    for node in walk(root):
        if node.child_count == 0 or node.type.endswith("identifier"):
            name = text(node)
            if node.type == "identifier" and is_variable_position(node, syntax):
                uses[name].append(node)
            elif node.is_named and node.type not in syntax.comments:
                blocked.add(name)  # the name also spells a field, type, string … somewhere
    if syntax.line_directive:
        blocked |= _names_in_preprocessor(root)

    declared: dict[tuple[int, str], list[Node]] = defaultdict(list)  # (scope id, name) → declaring identifiers
    scope_of_declaration: dict[int, Node] = {}
    for name, nodes in uses.items():
        for node in nodes:
            if is_declaration(node, syntax):
                scope = declaring_scope(node, syntax)
                declared[(scope.id, name)].append(node)
                scope_of_declaration[scope.id] = scope

    bindings: dict[tuple[int, str], list[Node]] = defaultdict(list)
    unresolved: set[str] = set()
    for name, nodes in uses.items():
        if name in blocked:
            continue
        for node in nodes:
            scope = _resolve(node, name, declared, syntax)
            if scope is None:
                unresolved.add(name)
            else:
                bindings[(scope.id, name)].append(node)

    taken = set(re.findall(rb"[A-Za-z_][A-Za-z0-9_]*", source))
    edits: list[Edit] = []
    renamed: dict[str, str] = {}
    for (scope_id, name), nodes in sorted(bindings.items(), key=lambda item: item[1][0].start_byte):
        if not _safe_binding(name, scope_id, nodes, declared, unresolved, syntax, root.id):
            continue
        fresh = _fresh_name(rng, taken)
        renamed[f"{name}@{scope_of_declaration[scope_id].start_point[0] + 1}"] = fresh
        edits += [Edit(n.start_byte, n.end_byte, fresh) for n in nodes]
    if not edits:
        return []
    return [Mutation(edits, None, {"renamed": renamed})]


def _reads_variables_by_name(root: Node, syntax: Syntax) -> bool:
    return any(n.type == "identifier" and text(n) in syntax.dynamic_names for n in walk(root))


def is_variable_position(node: Node, syntax: Syntax) -> bool:
    parent = node.parent
    if parent is None:
        return False
    field = field_in_parent(node)
    return (parent.type, field or "") not in syntax.non_variable and (parent.type, "*") not in syntax.non_variable


def _names_in_preprocessor(root: Node) -> set[str]:
    names: set[str] = set()
    for node in walk(root):
        if node.type.startswith("preproc") and node.type not in ("preproc_include",):
            names |= set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text(node)))
    return names


def is_declaration(node: Node, syntax: Syntax) -> bool:
    current = node
    while True:
        parent = current.parent
        if parent is None:
            return False
        field = field_in_parent(current) or ""
        if (parent.type, field) in syntax.declarations or (parent.type, "*") in syntax.declarations:
            return True
        if parent.type not in syntax.declarator_wrappers:
            return False
        current = parent


def _enclosing_scope(node: Node, syntax: Syntax) -> Node:
    current = node.parent
    while current is not None and current.parent is not None and current.type not in syntax.scopes:
        current = current.parent
    return current if current is not None else node


def declaring_scope(node: Node, syntax: Syntax) -> Node:
    scope = _enclosing_scope(node, syntax)
    if syntax.language in _BINDING_ONLY_IN_METHOD and not _is_parameter(node):
        while scope.type in ("block", "do_block", "lambda") and scope.parent is not None:
            scope = _enclosing_scope(scope, syntax)
    return scope


def _is_parameter(node: Node) -> bool:
    return node.parent is not None and node.parent.type.endswith(("parameters", "parameter"))


def _resolve(node: Node, name: str, declared: dict[tuple[int, str], list[Node]], syntax: Syntax) -> Node | None:
    scope = _enclosing_scope(node, syntax)
    while True:
        if (scope.id, name) in declared:
            return scope
        if scope.parent is None:
            return None
        if syntax.language == "Ruby" and scope.type in ("method", "singleton_method"):
            return None  # a Ruby def does not see outer locals: this is a method call
        scope = _enclosing_scope(scope, syntax)


def _safe_binding(
    name: str,
    scope_id: int,
    nodes: list[Node],
    declared: dict[tuple[int, str], list[Node]],
    unresolved: set[str],
    syntax: Syntax,
    root_id: int,
) -> bool:
    first = min(nodes, key=lambda n: n.start_byte)
    if first.id not in {d.id for d in declared[(scope_id, name)]}:
        return False  # used before it is declared: something else (a builtin, a method) by that name
    if syntax.block_scoped:
        if name in unresolved:
            return False
        scopes_declaring = [scope for scope, declared_name in declared if declared_name == name]
        if len(scopes_declaring) > 1 and root_id in scopes_declaring:
            return False  # a global and a local share the name: block scoping could make either one visible
    return True


def _fresh_name(rng: random.Random, taken: set[bytes]) -> str:
    while True:
        candidate = f"{rng.choice('abcdefghjkmnpqrstuvwxyz')}{rng.randrange(10, 100)}"
        if candidate.encode() not in taken:
            taken.add(candidate.encode())
            return candidate
