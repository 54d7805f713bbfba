"""Correctness operators: small semantic changes a test suite should notice.

Each operator lists every place it could apply (a `Mutation` per site); the caller samples
sites under a seed and keeps the ones that still parse.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tree_sitter import Node, Tree

from generators.mutants.edits import Edit, Mutation, contains_type, deletion, text, walk
from generators.mutants.syntax import Syntax, return_kind

FLIPPED = {"<": ">", ">": "<", "<=": ">=", ">=": "<=", "==": "!=", "!=": "==", "===": "!==", "!==": "==="}
STRICTNESS = {"<": "<=", "<=": "<", ">": ">=", ">=": ">"}
ARITHMETIC = {"+": "-", "-": "+"}
AUGMENTED = {"+=": "-=", "-=": "+="}
UPDATE = {"++": "--", "--": "++"}
_INTEGER = re.compile(r"^\d+$")
# statements whose removal no test can observe: releasing memory, tuning or flushing I/O
_UNOBSERVABLE_STATEMENT = re.compile(
    r"^\s*(free|delete|fclose|fflush|setvbuf|std::ios(_base)?::sync_with_stdio|ios(_base)?::sync_with_stdio|"
    r"(std::)?cin\.tie|(std::)?cout\.tie|sys\.setrecursionlimit|gc\.|\w+\.(close|Close|Dispose|flush|Flush)\b)"
)
_MAIN_NAMES = {"main", "Main"}
_FLOAT = re.compile(r"^\d+\.\d*$")


def _operator_tokens(tree: Tree, parents: frozenset[str], table: dict[str, str]) -> list[Node]:
    return [
        node
        for node in walk(tree.root_node)
        if not node.is_named and node.type in table and node.parent is not None and node.parent.type in parents
    ]


def flip_comparison(tree: Tree, source: bytes, syntax: Syntax) -> list[Mutation]:
    return [
        Mutation([Edit(n.start_byte, n.end_byte, FLIPPED[n.type])], n.parent, {"from": n.type, "to": FLIPPED[n.type]})
        for n in _operator_tokens(tree, syntax.binary_parents, FLIPPED)
    ]


def off_by_one(tree: Tree, source: bytes, syntax: Syntax) -> list[Mutation]:
    """A loop or range bound moves by one: ``<`` ↔ ``<=``, Python ``range`` stop ± 1, Ruby ``..`` ↔ ``...``."""
    mutations = [
        Mutation([Edit(n.start_byte, n.end_byte, STRICTNESS[n.type])], n.parent, {"from": n.type, "to": STRICTNESS[n.type]})
        for n in _operator_tokens(tree, syntax.binary_parents, STRICTNESS)
    ]
    if syntax.language == "Python":
        mutations += _python_range_bounds(tree)
    if syntax.language == "Ruby":
        for node in walk(tree.root_node):
            if node.type == "range":
                operator = node.child_by_field_name("operator")
                if operator is not None and operator.type in ("..", "..."):
                    to = "..." if operator.type == ".." else ".."
                    mutations.append(Mutation([Edit(operator.start_byte, operator.end_byte, to)], node, {"from": operator.type, "to": to}))
    return mutations


def _python_range_bounds(tree: Tree) -> list[Mutation]:
    mutations = []
    for node in walk(tree.root_node):
        function = node.child_by_field_name("function") if node.type == "call" else None
        if function is None or text(function) != "range":
            continue
        arguments = [a for a in node.child_by_field_name("arguments").named_children if a.type != "comment"]
        if not arguments or len(arguments) > 3 or any(a.type == "keyword_argument" for a in arguments):
            continue
        stop = arguments[0] if len(arguments) == 1 else arguments[1]
        simple = stop.type in ("identifier", "integer", "call", "subscript", "attribute", "parenthesized_expression")
        value = text(stop) if simple else f"({text(stop)})"
        for delta in ("+ 1", "- 1"):
            mutations.append(Mutation([Edit(stop.start_byte, stop.end_byte, f"{value} {delta}")], node, {"bound": delta}))
    return mutations


def swap_arithmetic(tree: Tree, source: bytes, syntax: Syntax) -> list[Mutation]:
    """``+`` ↔ ``-`` (not on string concatenations), ``+=`` ↔ ``-=``, ``++`` ↔ ``--``."""
    mutations = []
    for node in _operator_tokens(tree, syntax.binary_parents, ARITHMETIC):
        if node.type == "+" and contains_type(node.parent, syntax.strings):
            continue
        mutations.append(Mutation([Edit(node.start_byte, node.end_byte, ARITHMETIC[node.type])], node.parent, {"from": node.type}))
    for node in _operator_tokens(tree, syntax.augmented_parents, AUGMENTED):
        if node.type == "+=" and contains_type(node.parent, syntax.strings):
            continue
        mutations.append(Mutation([Edit(node.start_byte, node.end_byte, AUGMENTED[node.type])], node.parent, {"from": node.type}))
    for node in _operator_tokens(tree, syntax.update_parents, UPDATE):
        mutations.append(Mutation([Edit(node.start_byte, node.end_byte, UPDATE[node.type])], node.parent, {"from": node.type}))
    return mutations


def negate_condition(tree: Tree, source: bytes, syntax: Syntax) -> list[Mutation]:
    mutations = []
    wanted = {parent for parent, _ in syntax.conditions}
    for node in walk(tree.root_node):
        if node.type not in wanted:
            continue
        condition = _condition(node, syntax)
        if condition is None:
            continue
        body = text(condition)
        if condition.type in ("parenthesized_expression", "condition_clause") and body.startswith("("):
            replacement = f"({syntax.negation}{body})"
        else:
            replacement = f"{syntax.negation}({body})"
        mutations.append(Mutation([Edit(condition.start_byte, condition.end_byte, replacement)], condition, {"statement": node.type}))
    return mutations


def _condition(node: Node, syntax: Syntax) -> Node | None:
    for parent, field in syntax.conditions:
        if parent != node.type:
            continue
        if field != "*":
            return node.child_by_field_name(field)
        # Python's `a if cond else b` has no field names: the condition follows the `if` token
        seen_if = False
        for child in node.children:
            if seen_if and child.is_named:
                return child
            seen_if = seen_if or child.type == "if"
    return None


def drop_statement(tree: Tree, source: bytes, syntax: Syntax) -> list[Mutation]:
    mutations = []
    for node in walk(tree.root_node):
        if node.type not in syntax.statements or node.parent is None or node.parent.type not in syntax.statement_containers:
            continue
        if node.named_child_count and node.named_children[0].type in syntax.strings:
            continue  # a docstring or a bare string: not behaviour
        if _UNOBSERVABLE_STATEMENT.match(text(node)):
            continue
        siblings = [c for c in node.parent.named_children if c.type not in syntax.comments]
        if syntax.language == "Python" and len(siblings) == 1:
            edit = Edit(node.start_byte, node.end_byte, "pass")
        else:
            edit = deletion(source, node.start_byte, node.end_byte)
        mutations.append(Mutation([edit], node))
    return mutations


def replace_return(tree: Tree, source: bytes, syntax: Syntax) -> list[Mutation]:
    mutations = []
    for node in walk(tree.root_node):
        if node.type not in syntax.returns:
            continue
        values = [c for c in node.named_children if c.type not in syntax.comments]
        if len(values) != 1:
            continue
        value = values[0]
        if _early_return_in_main(node, syntax):
            continue  # an error path of main (bad input): the tests never take it
        if value.type == "argument_list" and value.named_child_count == 1:  # Ruby: return x
            value = value.named_children[0]
        replacement = _replacement_value(value, node, syntax)
        if replacement is None or replacement == text(value):
            continue
        mutations.append(Mutation([Edit(value.start_byte, value.end_byte, replacement)], node, {"to": replacement}))
    return mutations


def _early_return_in_main(node: Node, syntax: Syntax) -> bool:
    function = node.parent
    while function is not None and function.type not in syntax.scopes:
        function = function.parent
    if function is None or function.type not in syntax.return_type_field:
        return False
    declarator = function.child_by_field_name("declarator") or function
    name = declarator.child_by_field_name("declarator") or function.child_by_field_name("name")
    if name is None or text(name) not in _MAIN_NAMES:
        return False
    body = function.child_by_field_name("body")
    statements = [c for c in body.named_children if c.type not in syntax.comments] if body is not None else []
    return not statements or statements[-1].id != node.id


def _replacement_value(value: Node, statement: Node, syntax: Syntax) -> str | None:
    current = text(value).strip()
    if current == syntax.true:
        return syntax.false
    if current == syntax.false:
        return syntax.true
    if _INTEGER.match(current):
        return "1" if int(current) == 0 else "0"
    if _FLOAT.match(current):
        return "1.0" if float(current) == 0 else "0.0"
    if syntax.null is not None:
        return syntax.null
    kind = _enclosing_return_kind(statement, syntax)
    return {
        "int": "0",
        "float": "0",
        "bool": f"{syntax.negation}({current})",
        "string": '""',
    }.get(kind or "")


def _enclosing_return_kind(node: Node, syntax: Syntax) -> str | None:
    current = node.parent
    while current is not None and current.type not in syntax.scopes:
        current = current.parent
    if current is None or current.type not in syntax.return_type_field:
        return None
    if current.type == "function_definition":  # C/C++: a pointer-returning declarator changes the type
        declarator = current.child_by_field_name("declarator")
        if declarator is None or declarator.type != "function_declarator":
            return None
    type_node = current.child_by_field_name(syntax.return_type_field[current.type])
    return return_kind(text(type_node)) if type_node is not None else None


Operator = Callable[[Tree, bytes, Syntax], list[Mutation]]
CORRECTNESS: dict[str, Operator] = {
    "flip_comparison": flip_comparison,
    "off_by_one": off_by_one,
    "swap_arithmetic": swap_arithmetic,
    "negate_condition": negate_condition,
    "drop_statement": drop_statement,
    "replace_return": replace_return,
}
