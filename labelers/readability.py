"""Readability & maintainability: a documented formula over lizard, radon and tree-sitter metrics → [0, 100].

Raw metrics (all in ``evidence.metrics``):
- lizard, per function (Ruby: tree-sitter, lizard misses ``def`` bodies holding blocks): cyclomatic complexity
  (``ccn_mean``, ``ccn_max``), lines of code (``fn_nloc_mean``), parameters (``params_max``);
- radon maintainability index ``mi`` (Python only, 0–100);
- tree-sitter: ``nesting_max`` (control-flow nesting; ``else if`` chains do not nest), identifier quality
  (``ident_len_mean`` = mean length of the distinct names, ``ident_words`` = share of their sub-words
  (camelCase / snake_case split) that are English dictionary words or common programming abbreviations),
  ``comment_density`` (comment and docstring lines / non-blank lines), ``line_len_mean`` and ``long_lines`` (share of
  lines longer than 100 characters), ``ast_depth``.

Each raw metric becomes a sub-score in [0, 1] by a piecewise-linear ramp between a "good" and a "bad" anchor
(``RAMPS``). Per-language normalisation: ``ast_depth`` is taken relative to the depth of that language's
hello-world program (a Java method sits 4 levels deeper than a Python one for the same logic).
score = 100 × Σ wᵢ·subᵢ / Σ wᵢ with ``WEIGHTS``; for Python the maintainability index joins as one more
sub-score (MI/100, weight ``MI_WEIGHT``). Programs that do not parse get their tree-sitter sub-scores from
the parseable part and a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import lizard

from labelers.grammars import ast_depth, has_errors, parse
from schemas import CriterionLabel, Evidence, canonical_language

LONG_LINE = 100

# metric → (good anchor, bad anchor): sub-score 1 at/beyond good, 0 at/beyond bad, linear between.
RAMPS: dict[str, tuple[float, float]] = {
    "ccn_mean": (2.0, 10.0),
    "ccn_max": (3.0, 15.0),
    "fn_nloc_mean": (10.0, 50.0),
    "params_max": (4.0, 9.0),
    "nesting_max": (1.0, 5.0),
    "ident_words": (0.9, 0.3),
    "ident_len_mean": (6.0, 1.5),
    "comment_density": (0.15, 0.0),
    "line_len_mean": (25.0, 80.0),
    "long_lines": (0.0, 0.3),
    "ast_depth_rel": (3.0, 15.0),
}
# Weights: size, line length, comments and AST depth carry most of the human signal in Scalabrino et al.'s
# ratings (each removed alone costs ρ 0.04–0.09 there); identifier quality and complexity stay in with smaller
# weights because synthetic unreadable code (one-letter names, deep branching) is what our pairs contrast.
WEIGHTS: dict[str, float] = {
    "ccn_mean": 0.05,
    "ccn_max": 0.05,
    "fn_nloc_mean": 0.16,
    "params_max": 0.04,
    "nesting_max": 0.08,
    "ident_words": 0.07,
    "ident_len_mean": 0.07,
    "comment_density": 0.14,
    "line_len_mean": 0.14,
    "long_lines": 0.05,
    "ast_depth_rel": 0.15,
}
MI_WEIGHT = 0.15

# Node types that open a nesting level (control flow and nested functions), across the 8 grammars.
NESTING_NODES = frozenset(
    {
        "if_statement", "for_statement", "for_in_statement", "for_range_loop", "enhanced_for_statement",
        "foreach_statement", "while_statement", "do_statement", "switch_statement", "switch_expression",
        "expression_switch_statement", "type_switch_statement", "select_statement", "try_statement",
        "with_statement", "match_statement", "lambda", "lambda_expression", "arrow_function",
        "function_expression", "func_literal", "anonymous_method_expression",
    }
)  # fmt: skip
# tree-sitter-ruby names its nodes after the keywords; "block" means a `{ }` block only there (Java's
# "block" is any braced statement list).
RUBY_NESTING_NODES = frozenset({"if", "unless", "while", "until", "for", "case", "begin", "block", "do_block", "lambda"})
# An `if` inside these is an `else if` chain, not a deeper level.
ELSE_PARENTS = frozenset({"else_clause", "if_statement", "else", "elsif"})
RUBY_BRANCHES = frozenset(
    {"if", "unless", "while", "until", "for", "when", "elsif", "rescue", "conditional", "if_modifier",
     "unless_modifier", "while_modifier", "until_modifier", "rescue_modifier"}
)  # fmt: skip
RUBY_BOOLEAN_OPERATORS = frozenset({"&&", "||", "and", "or"})

PROGRAMMING_WORDS = frozenset(
    """args argv argc arr attr buf buff cfg cmd cnt col cols conf config ctx cur db dest dir dist dst
    elem env err errno exe expr fd fmt func idx impl init int io iter len lhs lib msg mul num nums obj
    ok param params pos ptr pwd rhs req res ret rng sb sqrt src std stdin stdout stderr str strlen
    sum sys tmp tok util utils val vals var vec println printf scanf sprintf malloc calloc realloc
    json http https url uri id ids api sql uuid utf ascii hex min max abs len cpp java csharp golang
    bool char chars const enum struct typedef async await lambda readline writeline foreach isdigit
    isalpha tolower toupper substr strcmp memcpy memset atoi itoa parseint tostring hashmap arraylist
    stringbuilder linkedlist treemap hashset nullptr goto def elif puts gets nil repr kwargs""".split()
)  # fmt: skip

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


@dataclass
class FunctionMetrics:
    ccn: int
    nloc: int
    params: int


@cache
def _dictionary() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["web2", "gcide"], lower=True)) | PROGRAMMING_WORDS


def _ramp(value: float, good: float, bad: float) -> float:
    if good == bad:
        return 1.0
    fraction = (value - good) / (bad - good)
    return round(min(1.0, max(0.0, 1.0 - fraction)), 4)


# ----------------------------------------------------------------------------- functions


def _lizard_functions(code: str, language: str) -> list[FunctionMetrics]:
    from labelers.tools import SOURCE_FILES

    analysis = lizard.analyze_file.analyze_source_code(SOURCE_FILES[language], code)
    return [FunctionMetrics(f.cyclomatic_complexity, f.nloc, f.parameter_count) for f in analysis.function_list]


def _ruby_functions(tree) -> list[FunctionMetrics]:
    """lizard misses Ruby methods whose body holds a block; count them on the tree-sitter tree."""
    functions = []
    lines = _lines_of(tree)
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        stack.extend(node.named_children)
        if node.type not in ("method", "singleton_method"):
            continue
        parameters = node.child_by_field_name("parameters")
        branches = 0
        inner = [node]
        while inner:
            current = inner.pop()
            inner.extend(current.named_children)
            if current.type in RUBY_BRANCHES or (current.type == "binary" and _operator(current) in RUBY_BOOLEAN_OPERATORS):
                branches += 1
        nloc = sum(1 for row in range(node.start_point[0], node.end_point[0] + 1) if lines[row].strip())
        functions.append(FunctionMetrics(1 + branches, nloc, parameters.named_child_count if parameters else 0))
    return functions


def _operator(node) -> str:
    operator = node.child_by_field_name("operator")
    return operator.type if operator is not None else ""


def _lines_of(tree) -> list[str]:
    return tree.root_node.text.decode("utf-8", "replace").split("\n")


# ----------------------------------------------------------------------------- tree-sitter metrics


def _nesting_max(root, language: str) -> int:
    opening = RUBY_NESTING_NODES if language == "Ruby" else NESTING_NODES
    deepest = 0
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        opens = node.type in opening and not (
            node.type in ("if_statement", "if") and node.parent is not None and node.parent.type in ELSE_PARENTS
        )
        depth += opens
        deepest = max(deepest, depth)
        stack.extend((child, depth) for child in node.named_children)
    return deepest


def _identifiers(root) -> set[str]:
    names: set[str] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type.endswith("identifier") or node.type == "constant":
            names.add(node.text.decode("utf-8", "replace"))
        else:
            stack.extend(node.named_children)
    return names


def _identifier_quality(names: set[str]) -> tuple[float, float]:
    """(mean name length, share of sub-words that are dictionary words)."""
    if not names:
        return 0.0, 0.0
    dictionary = _dictionary()
    words = [word.lower() for name in names for word in _WORD.findall(name) if not word.isdigit()]
    known = sum(len(word) >= 2 and word in dictionary for word in words)
    return sum(map(len, names)) / len(names), (known / len(words) if words else 0.0)


def _comment_lines(root) -> set[int]:
    rows: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if "comment" in node.type or _is_docstring(node):
            rows.update(range(node.start_point[0], node.end_point[0] + 1))
        else:
            stack.extend(node.children)
    return rows


def _is_docstring(node) -> bool:
    """A Python string standing alone as a statement documents, like a comment."""
    return node.type == "expression_statement" and node.named_child_count == 1 and node.named_children[0].type == "string"


@cache
def _language_depth_baseline(language: str) -> int:
    from labelers.tools import HELLO_PROGRAMS

    return ast_depth(parse(HELLO_PROGRAMS[language], language).root_node)


# ----------------------------------------------------------------------------- the label


def readability_metrics(code: str, language: str) -> tuple[dict[str, float], list[str]]:
    language = canonical_language(language)
    notes: list[str] = []
    tree = parse(code, language)
    if has_errors(tree):
        notes.append("tree-sitter: the program has syntax errors; metrics cover the parseable part")
    root = tree.root_node
    functions = _ruby_functions(tree) if language == "Ruby" else _lizard_functions(code, language)
    if not functions:
        notes.append("no functions found: the whole program counts as one")
    lines = code.replace("\r\n", "\n").split("\n")
    non_blank = [line for line in lines if line.strip()] or [""]
    code_nloc = len(non_blank)
    functions = functions or [FunctionMetrics(1 + _nesting_max(root, language), code_nloc, 0)]
    ident_len, ident_words = _identifier_quality(_identifiers(root))
    metrics = {
        "ccn_mean": sum(f.ccn for f in functions) / len(functions),
        "ccn_max": float(max(f.ccn for f in functions)),
        "fn_nloc_mean": sum(f.nloc for f in functions) / len(functions),
        "params_max": float(max(f.params for f in functions)),
        "functions": float(len(functions)),
        "nesting_max": float(_nesting_max(root, language)),
        "ident_len_mean": ident_len,
        "ident_words": ident_words,
        "comment_density": len(_comment_lines(root)) / code_nloc,
        "line_len_mean": sum(len(line.rstrip()) for line in non_blank) / len(non_blank),
        "long_lines": sum(len(line.rstrip()) > LONG_LINE for line in non_blank) / len(non_blank),
        "ast_depth": float(ast_depth(root)),
        "ast_depth_rel": float(ast_depth(root) - _language_depth_baseline(language)),
        "nloc": float(code_nloc),
    }
    if language == "Python":
        mi = _python_mi(code)
        if mi is None:
            notes.append("radon: the program does not parse as Python 3; no maintainability index")
        else:
            metrics["mi"] = mi
    return {key: round(value, 4) for key, value in metrics.items()}, notes


def _python_mi(code: str) -> float | None:
    from radon.metrics import mi_visit

    try:
        return float(mi_visit(code, multi=True))
    except (SyntaxError, ValueError):
        return None


def readability_score(metrics: dict[str, float]) -> float:
    total = weight_sum = 0.0
    for name, weight in WEIGHTS.items():
        total += weight * _ramp(metrics[name], *RAMPS[name])
        weight_sum += weight
    if "mi" in metrics:
        total += MI_WEIGHT * min(1.0, max(0.0, metrics["mi"] / 100.0))
        weight_sum += MI_WEIGHT
    return round(100.0 * total / weight_sum, 2)


def readability_label(code: str, language: str) -> CriterionLabel:
    metrics, notes = readability_metrics(code, language)
    return CriterionLabel(
        score=readability_score(metrics),
        direction="higher_better",
        confidence=0.5 if notes and notes[0].startswith("tree-sitter") else 1.0,
        evidence=Evidence(metrics=metrics, notes=notes),
    )
