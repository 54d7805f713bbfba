"""Inline short helpers: a function whose body is one ``return <expr>`` disappears into its call sites.

Behaviour is kept by construction, and every case we cannot show safe is skipped:

- each argument replaces its parameter in parentheses; typed languages also cast it to the parameter's
  type and the result to the return type, so the call's implicit conversions still happen;
- an argument with side effects (a call, an assignment, ``new`` …) is substituted only when it is the
  call's only such argument, its parameter is used exactly once, and nothing in the body evaluates
  conditionally (``&&``, ``?:``, lambdas …) — so it is still evaluated exactly once;
- a name the body reads besides its parameters must not be declared by any function of the file, so no
  call site can see a different variable by that name;
- the definition is deleted only when every mention of the helper was an inlined call (a helper also
  passed as a function pointer, declared by a prototype, or called as a statement stays).

One mutation per helper, so two inlinings never interfere.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from tree_sitter import Node, Tree

from generators.mutants.edits import Edit, Mutation, apply_edits, deletion, field_in_parent, text, walk
from generators.mutants.rename import declaring_scope, is_declaration, is_variable_position
from generators.mutants.syntax import Syntax


@dataclass
class Helper:
    node: Node  # the whole definition
    name: str
    parameters: list[tuple[str, str | None]]  # (name, type to cast to; None in dynamic languages)
    returns: str | None  # return type to cast to (typed languages)
    body: Node  # the returned expression


# -- definitions, per language ------------------------------------------------------------------------


def _single_statement(block: Node | None, ignore: tuple[str, ...] = ()) -> Node | None:
    if block is None:
        return None
    statements = [c for c in block.named_children if "comment" not in c.type and c.type not in ignore]
    if len(statements) == 1 and statements[0].type == "statement_list":
        return _single_statement(statements[0])
    return statements[0] if len(statements) == 1 else None


def _returned(statement: Node | None) -> Node | None:
    """The expression of ``return <expr>`` (one value)."""
    if statement is None or statement.type not in ("return_statement", "return"):
        return None
    values = [c for c in statement.named_children if "comment" not in c.type]
    if len(values) == 1 and values[0].type in ("expression_list", "argument_list"):
        values = values[0].named_children
    return values[0] if len(values) == 1 else None


def _is_async(function: Node) -> bool:
    return any(child.type == "async" for child in function.children)


def _type_without_name(parameter: Node, name_node: Node) -> str:
    """``const char *s`` → ``const char *``: the parameter's text with its name cut out."""
    whole = parameter.text
    start, end = name_node.start_byte - parameter.start_byte, name_node.end_byte - parameter.start_byte
    return (whole[:start] + whole[end:]).decode("utf-8").strip()


def _python(node: Node) -> Helper | None:
    if node.type != "function_definition" or node.parent is None or node.parent.type != "module" or _is_async(node):
        return None  # decorated, nested or a method: calls may not be plain calls; async: a call is a coroutine
    parameters = []
    for child in node.child_by_field_name("parameters").named_children:
        name = child if child.type == "identifier" else child.named_children[0] if child.type == "typed_parameter" else None
        if name is None or name.type != "identifier":
            return None  # defaults, *args, **kwargs
        parameters.append((text(name), None))
    body = _returned(_single_statement(node.child_by_field_name("body")))
    return Helper(node, text(node.child_by_field_name("name")), parameters, None, body) if body else None


def _javascript(node: Node) -> Helper | None:
    """``function f(a, b) { return …; }`` or ``const f = (a, b) => …;`` (const: the name is never rebound)."""
    if node.type == "function_declaration":
        function, name = node, node.child_by_field_name("name")
    elif node.type == "lexical_declaration" and text(node.child_by_field_name("kind")) == "const" and node.named_child_count == 1:
        declarator = node.named_children[0]
        function, name = declarator.child_by_field_name("value"), declarator.child_by_field_name("name")
        if function is None or function.type != "arrow_function" or name.type != "identifier":
            return None
    else:
        return None
    if _is_async(function):
        return None
    single = function.child_by_field_name("parameter")
    parameters = [single] if single is not None else function.child_by_field_name("parameters").named_children
    if any(p.type != "identifier" for p in parameters):
        return None
    body = function.child_by_field_name("body")
    body = _returned(_single_statement(body)) if body.type == "statement_block" else body
    return Helper(node, text(name), [(text(p), None) for p in parameters], None, body) if body else None


def _ruby(node: Node) -> Helper | None:
    parameters = node.child_by_field_name("parameters")
    if node.type != "method" or parameters is None or not parameters.named_children:
        return None  # a method without parameters is called without parentheses: not a plain call
    if any(p.type != "identifier" for p in parameters.named_children):
        return None
    statement = _single_statement(node.child_by_field_name("body"))
    if statement is None or statement.type in ("rescue", "ensure", "else"):
        return None
    body = _returned(statement) if statement.type == "return" else statement
    names = [(text(p), None) for p in parameters.named_children]
    return Helper(node, text(node.child_by_field_name("name")), names, None, body) if body else None


def _c_like(node: Node) -> Helper | None:
    if node.type != "function_definition" or (node.parent is not None and node.parent.type == "template_declaration"):
        return None
    declarator = node.child_by_field_name("declarator")
    if declarator is None or declarator.type != "function_declarator":
        return None  # returns a pointer, or an operator / qualified member
    name = declarator.child_by_field_name("declarator")
    if name is None or name.type != "identifier":
        return None
    parameters = []
    for parameter in declarator.child_by_field_name("parameters").named_children:
        inner = parameter.child_by_field_name("declarator")
        if parameter.type != "parameter_declaration":
            return None
        if inner is None:
            if text(parameter) == "void":
                continue
            return None
        identifiers = [n for n in walk(inner) if n.type == "identifier"]
        if len(identifiers) != 1 or any(n.type in ("array_declarator", "function_declarator") for n in walk(inner)):
            return None
        parameters.append((text(identifiers[0]), _type_without_name(parameter, identifiers[0])))
    body = _returned(_single_statement(node.child_by_field_name("body")))
    returns = node.child_by_field_name("type")
    if body is None or returns is None or text(returns) in ("auto", "decltype(auto)"):
        return None
    return Helper(node, text(name), parameters, text(returns), body)


def _java(node: Node) -> Helper | None:
    if node.type != "method_declaration" or node.child_by_field_name("type_parameters") is not None:
        return None
    parameters = []
    for parameter in node.child_by_field_name("parameters").named_children:
        if parameter.type != "formal_parameter" or parameter.child_by_field_name("dimensions") is not None:
            return None
        parameters.append((text(parameter.child_by_field_name("name")), text(parameter.child_by_field_name("type"))))
    body = _returned(_single_statement(node.child_by_field_name("body")))
    return Helper(node, text(node.child_by_field_name("name")), parameters, text(node.child_by_field_name("type")), body) if body else None


def _csharp(node: Node) -> Helper | None:
    if node.type != "method_declaration" or node.child_by_field_name("type_parameters") is not None:
        return None
    if any(child.type == "modifier" and text(child) == "async" for child in node.children):
        return None
    parameters = []
    for parameter in node.child_by_field_name("parameters").named_children:
        kind, name = parameter.child_by_field_name("type"), parameter.child_by_field_name("name")
        if parameter.type != "parameter" or kind is None or len(parameter.named_children) != 2:
            return None  # ref / out / params / this / a default value
        parameters.append((text(name), text(kind)))
    block = node.child_by_field_name("body")
    if block is not None and block.type == "arrow_expression_clause":
        body = block.named_children[0] if block.named_child_count == 1 else None
    else:
        body = _returned(_single_statement(block))
    returns = node.child_by_field_name("returns") or node.child_by_field_name("type")
    return Helper(node, text(node.child_by_field_name("name")), parameters, text(returns), body) if body and returns else None


def _go(node: Node) -> Helper | None:
    if node.type != "function_declaration" or node.child_by_field_name("type_parameters") is not None:
        return None
    result = node.child_by_field_name("result")
    if result is None or result.type == "parameter_list":
        return None  # no value, several values, or named results
    parameters = []
    for declaration in node.child_by_field_name("parameters").named_children:
        if declaration.type != "parameter_declaration":
            return None  # variadic
        kind = text(declaration.child_by_field_name("type"))
        names = [c for c in declaration.named_children if field_in_parent(c) == "name"]
        if not names:
            return None
        parameters += [(text(n), kind) for n in names]
    body = _returned(_single_statement(node.child_by_field_name("body")))
    return Helper(node, text(node.child_by_field_name("name")), parameters, text(result), body) if body else None


@dataclass(frozen=True)
class CallShape:
    node: str  # call node type
    callee: str  # field holding the called name
    arguments: str  # field holding the argument list
    receiver: str | None = None  # field that must be empty (a method called on an object is not our helper)


DEFINITIONS: dict[str, Callable[[Node], Helper | None]] = {
    "Python": _python, "JavaScript": _javascript, "Ruby": _ruby, "C": _c_like, "Cpp": _c_like,
    "Java": _java, "CSharp": _csharp, "Go": _go,
}
CALLS: dict[str, CallShape] = {
    "Python": CallShape("call", "function", "arguments"),
    "JavaScript": CallShape("call_expression", "function", "arguments"),
    "Ruby": CallShape("call", "method", "arguments", receiver="receiver"),
    "C": CallShape("call_expression", "function", "arguments"),
    "Cpp": CallShape("call_expression", "function", "arguments"),
    "Java": CallShape("method_invocation", "name", "arguments", receiver="object"),
    "CSharp": CallShape("invocation_expression", "function", "arguments"),
    "Go": CallShape("call_expression", "function", "arguments"),
}
# Where a value-returning call is not an expression we may replace by a parenthesised one.
_STATEMENT_PARENTS = frozenset({"expression_statement", "defer_statement", "go_statement"})
_SIDE_EFFECTS = ("call", "invocation", "assignment", "update", "creation", "new_expression", "await", "yield")
_CONDITIONAL = frozenset({"&&", "||", "and", "or", "??", "?", "if", "unless"})
_DEFERRED = ("lambda", "arrow_function", "comprehension", "generator", "block", "conditional", "ternary")


# -- the operator ---------------------------------------------------------------------------------------


def inline_helpers(tree: Tree, source: bytes, syntax: Syntax, rng: random.Random) -> list[Mutation]:
    language = syntax.language
    if language not in DEFINITIONS:
        return []
    root = tree.root_node
    helpers = [h for h in (DEFINITIONS[language](n) for n in walk(root)) if h is not None]
    names = [h.name for h in helpers]
    local = _names_declared_in_functions(root, syntax)
    mutations = []
    for helper in helpers:
        if names.count(helper.name) == 1:  # overloads: we cannot tell which one a call means
            mutation = _inline(helper, root, source, syntax, CALLS[language], local)
            if mutation is not None:
                mutations.append(mutation)
    rng.shuffle(mutations)
    return mutations


def _inline(helper: Helper, root: Node, source: bytes, syntax: Syntax, shape: CallShape, local: set[str]) -> Mutation | None:
    parameters = [name for name, _ in helper.parameters]
    uses = _parameter_uses(helper, syntax)
    free = {text(n) for n in walk(helper.body) if n.type == "identifier" and text(n) not in parameters}
    if helper.name in free or free & local:
        return None  # recursive, or a name a call site could see as a different variable
    mentions = [n for n in walk(root) if n.type == "identifier" and text(n) == helper.name and not _inside(n, helper.node)]
    edits, inlined = [], set()
    for call in _calls(root, helper, shape):
        replacement = _expanded(helper, call, shape, uses)
        if replacement is not None:
            edits.append(Edit(call.start_byte, call.end_byte, replacement))
            inlined.add(call.child_by_field_name(shape.callee).id)
    if not edits or _nested(edits):
        return None
    removed = all(n.id in inlined for n in mentions)
    if removed:
        edits.append(deletion(source, helper.node.start_byte, helper.node.end_byte))
    return Mutation(edits, helper.node, {"helper": helper.name, "calls_inlined": len(inlined), "definition_removed": removed})


def _names_declared_in_functions(root: Node, syntax: Syntax) -> set[str]:
    """Every variable or parameter name declared below the file scope."""
    return {
        text(n) for n in walk(root)
        if n.type == "identifier" and is_declaration(n, syntax) and declaring_scope(n, syntax).id != root.id
    }


def _parameter_uses(helper: Helper, syntax: Syntax) -> dict[str, list[Node]]:
    uses: dict[str, list[Node]] = {name: [] for name, _ in helper.parameters}
    for node in walk(helper.body):
        if node.type == "identifier" and text(node) in uses and is_variable_position(node, syntax):
            uses[text(node)].append(node)
    return uses


def _inside(node: Node, ancestor: Node) -> bool:
    return ancestor.start_byte <= node.start_byte and node.end_byte <= ancestor.end_byte


def _calls(root: Node, helper: Helper, shape: CallShape) -> list[Node]:
    found = []
    for node in walk(root):
        if node.type != shape.node or _inside(node, helper.node):
            continue
        callee = node.child_by_field_name(shape.callee)
        if callee is None or callee.type != "identifier" or text(callee) != helper.name:
            continue
        if shape.receiver and node.child_by_field_name(shape.receiver) is not None:
            continue
        if node.parent is not None and node.parent.type in _STATEMENT_PARENTS:
            continue
        found.append(node)
    return found


def _arguments(call: Node, shape: CallShape) -> list[Node] | None:
    """Positional argument expressions, or None (keywords, splats, named or ref arguments, a block)."""
    container = call.child_by_field_name(shape.arguments)
    if container is None or call.child_by_field_name("block") is not None:
        return None
    arguments = []
    for argument in container.named_children:
        if "comment" in argument.type:
            continue
        if argument.type == "argument":  # C#: unwrap, refusing `name:` and ref / out / in
            if argument.named_child_count != 1 or argument.child_count != 1:
                return None
            argument = argument.named_children[0]
        if argument.type in ("keyword_argument", "list_splat", "dictionary_splat", "spread_element", "splat_argument",
                             "hash_splat_argument", "block_argument", "pair", "variadic_argument"):
            return None
        arguments.append(argument)
    if any(c.type == "..." for c in container.children):
        return None  # Go: f(xs...)
    return arguments


def _expanded(helper: Helper, call: Node, shape: CallShape, uses: dict[str, list[Node]]) -> str | None:
    arguments = _arguments(call, shape)
    if arguments is None or len(arguments) != len(helper.parameters):
        return None
    impure = [i for i, a in enumerate(arguments) if _has_side_effects(a)]
    if impure and not _evaluated_once_in_order(helper, arguments, impure, uses):
        return None
    edits = []
    for (name, kind), argument in zip(helper.parameters, arguments):
        value = f"(({kind})({text(argument)}))" if kind else f"({text(argument)})"
        edits += [Edit(n.start_byte - helper.body.start_byte, n.end_byte - helper.body.start_byte, value) for n in uses[name]]
    expression = apply_edits(helper.body.text, edits).decode("utf-8")
    return f"(({helper.returns})({expression}))" if helper.returns else f"({expression})"


def _has_side_effects(node: Node) -> bool:
    return any(effect in n.type for n in walk(node) for effect in _SIDE_EFFECTS)


def _evaluated_once_in_order(helper: Helper, arguments: list[Node], impure: list[int], uses: dict[str, list[Node]]) -> bool:
    """An argument with side effects keeps its single evaluation and its order: it is the only argument that
    is not a literal, its parameter is read exactly once, and the body neither has effects of its own nor
    evaluates anything conditionally or later."""
    if len(impure) > 1 or len(uses[helper.parameters[impure[0]][0]]) != 1:
        return False
    others = [a for i, a in enumerate(arguments) if i != impure[0]]
    if any(n.type == "identifier" for a in others for n in walk(a)):
        return False
    body = helper.body
    return not _has_side_effects(body) and not any(n.type in _CONDITIONAL or any(d in n.type for d in _DEFERRED) for n in walk(body))


def _nested(edits: list[Edit]) -> bool:
    spans = sorted((e.start, e.end) for e in edits)
    return any(later_start < end for (_, end), (later_start, _) in zip(spans, spans[1:]))
