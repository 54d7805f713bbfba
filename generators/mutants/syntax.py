"""Per-language tree-sitter facts the mutation operators need: node types, fields, literals.

Operators are written once over these tables; adding a language means adding a `Syntax`.
Node types were read off the installed grammars (tree-sitter-<lang> wheels, via
``labelers.grammars``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# (parent node type, field name or "*") pairs
Positions = frozenset[tuple[str, str]]


@dataclass(frozen=True)
class Syntax:
    language: str
    binary_parents: frozenset[str]
    augmented_parents: frozenset[str]
    update_parents: frozenset[str]
    conditions: Positions  # (node type, field) holding an if / elif / ternary condition
    statements: frozenset[str]  # statements drop_statement may delete
    statement_containers: frozenset[str]  # where a dropped statement must sit (a block, not a for header)
    returns: frozenset[str]
    true: str
    false: str
    negation: str
    null: str | None  # dynamic languages: the value a replaced return gives back
    strings: frozenset[str]  # string-ish node types (operands that make + a concatenation)
    comments: frozenset[str]
    # renaming (see rename.py)
    scopes: frozenset[str]  # function-like nodes; the root is a scope too
    declarations: Positions  # where an identifier declares a variable
    declarator_wrappers: frozenset[str]  # nodes between a declaration position and its identifier
    non_variable: Positions  # where an `identifier` is not a variable (a field, a method, a type …)
    dynamic_names: frozenset[str]  # calls that read variables by name: renaming is unsafe when present
    block_scoped: bool
    # return types of typed languages: function node type → field holding its return type
    return_type_field: dict[str, str] = field(default_factory=dict)
    reserved: frozenset[str] = frozenset()
    layout: str = "braces"  # braces (free layout) | indent (Python) | lines (newline-terminated: Go, JS, Ruby)
    line_directive: str | None = None  # lines starting with this keep their own line (C preprocessor)


_C_LIKE_BINARY = frozenset({"binary_expression"})
_C_STATEMENTS = frozenset({"expression_statement"})

C = Syntax(
    language="C",
    binary_parents=_C_LIKE_BINARY,
    augmented_parents=frozenset({"assignment_expression"}),
    update_parents=frozenset({"update_expression"}),
    conditions=frozenset({("if_statement", "condition"), ("conditional_expression", "condition")}),
    statements=_C_STATEMENTS,
    statement_containers=frozenset({"compound_statement", "case_statement"}),
    returns=frozenset({"return_statement"}),
    true="true",
    false="false",
    negation="!",
    null=None,
    strings=frozenset({"string_literal", "char_literal", "concatenated_string", "raw_string_literal"}),
    comments=frozenset({"comment"}),
    scopes=frozenset({"function_definition"}),
    declarations=frozenset(
        {("parameter_declaration", "declarator"), ("init_declarator", "declarator"), ("declaration", "declarator")}
    ),
    declarator_wrappers=frozenset({"pointer_declarator", "array_declarator", "init_declarator", "reference_declarator"}),
    non_variable=frozenset(
        {
            ("call_expression", "function"),
            ("function_declarator", "declarator"),
            ("preproc_def", "name"),
            ("preproc_function_def", "name"),
            ("preproc_params", "*"),
            ("preproc_defined", "*"),
            ("preproc_ifdef", "name"),
            ("qualified_identifier", "*"),
            ("using_declaration", "*"),
            ("enumerator", "name"),
        }
    ),
    dynamic_names=frozenset(),
    block_scoped=True,
    return_type_field={"function_definition": "type"},
    reserved=frozenset({"main"}),
    layout="braces",
    line_directive="#",
)

CPP = Syntax(
    **{
        **C.__dict__,
        "language": "Cpp",
        "conditions": C.conditions,
        "statement_containers": frozenset({"compound_statement", "case_statement"}),
        "strings": C.strings | {"raw_string_literal", "user_defined_literal"},
        "scopes": frozenset({"function_definition", "lambda_expression"}),
        "declarations": C.declarations | {("for_range_loop", "declarator"), ("optional_parameter_declaration", "declarator")},
        "reserved": frozenset({"main", "this", "std"}),
    }
)

JAVA = Syntax(
    language="Java",
    binary_parents=_C_LIKE_BINARY,
    augmented_parents=frozenset({"assignment_expression"}),
    update_parents=frozenset({"update_expression"}),
    conditions=frozenset({("if_statement", "condition"), ("ternary_expression", "condition")}),
    statements=_C_STATEMENTS,
    statement_containers=frozenset({"block", "switch_block_statement_group"}),
    returns=frozenset({"return_statement"}),
    true="true",
    false="false",
    negation="!",
    null=None,
    strings=frozenset({"string_literal", "character_literal", "text_block"}),
    comments=frozenset({"line_comment", "block_comment"}),
    scopes=frozenset({"method_declaration", "constructor_declaration", "lambda_expression"}),
    declarations=frozenset(
        {
            ("formal_parameter", "name"),
            ("variable_declarator", "name"),
            ("enhanced_for_statement", "name"),
            ("catch_formal_parameter", "name"),
            ("lambda_expression", "parameters"),
            ("inferred_parameters", "*"),
            ("resource", "name"),
        }
    ),
    declarator_wrappers=frozenset({"spread_parameter"}),
    non_variable=frozenset(
        {
            ("method_invocation", "name"),
            ("field_access", "field"),
            ("method_declaration", "name"),
            ("class_declaration", "name"),
            ("interface_declaration", "name"),
            ("enum_declaration", "name"),
            ("record_declaration", "name"),
            ("constructor_declaration", "name"),
            ("scoped_identifier", "*"),
            ("labeled_statement", "*"),
            ("break_statement", "*"),
            ("continue_statement", "*"),
            ("method_reference", "*"),
            ("annotation", "name"),
            ("marker_annotation", "name"),
            ("enum_constant", "*"),
            ("switch_label", "*"),
            ("import_declaration", "*"),
            ("package_declaration", "*"),
        }
    ),
    dynamic_names=frozenset(),
    block_scoped=True,
    return_type_field={"method_declaration": "type"},
    reserved=frozenset({"main", "args", "this", "super", "length"}),
    layout="braces",
)

CSHARP = Syntax(
    language="CSharp",
    binary_parents=_C_LIKE_BINARY,
    augmented_parents=frozenset({"assignment_expression"}),
    update_parents=frozenset({"postfix_unary_expression", "prefix_unary_expression"}),
    conditions=frozenset({("if_statement", "condition"), ("conditional_expression", "condition")}),
    statements=_C_STATEMENTS,
    statement_containers=frozenset({"block", "switch_section"}),
    returns=frozenset({"return_statement"}),
    true="true",
    false="false",
    negation="!",
    null=None,
    strings=frozenset(
        {"string_literal", "character_literal", "verbatim_string_literal", "interpolated_string_expression", "raw_string_literal"}
    ),
    comments=frozenset({"comment"}),
    scopes=frozenset(
        {"method_declaration", "constructor_declaration", "local_function_statement", "lambda_expression", "anonymous_method_expression"}
    ),
    declarations=frozenset(
        {
            ("parameter", "name"),
            ("variable_declarator", "name"),
            ("foreach_statement", "left"),
            ("catch_declaration", "name"),
            ("declaration_expression", "name"),
            ("lambda_expression", "parameters"),
            ("implicit_parameter", "*"),
        }
    ),
    declarator_wrappers=frozenset(),
    non_variable=frozenset(
        {
            ("member_access_expression", "name"),
            ("invocation_expression", "function"),
            ("method_declaration", "name"),
            ("class_declaration", "name"),
            ("struct_declaration", "name"),
            ("interface_declaration", "name"),
            ("enum_declaration", "name"),
            ("record_declaration", "name"),
            ("constructor_declaration", "name"),
            ("property_declaration", "name"),
            ("local_function_statement", "name"),
            ("namespace_declaration", "name"),
            ("qualified_name", "*"),
            ("using_directive", "*"),
            ("generic_name", "*"),
            ("argument", "name"),
            ("name_colon", "*"),
            ("variable_declaration", "type"),
            ("parameter", "type"),
            ("object_creation_expression", "type"),
            ("cast_expression", "type"),
            ("array_type", "type"),
            ("type_argument_list", "*"),
            ("nullable_type", "*"),
            ("attribute", "name"),
            ("labeled_statement", "*"),
            ("goto_statement", "*"),
            ("enum_member_declaration", "*"),
            ("foreach_statement", "type"),
            ("typeof_expression", "*"),
            ("base_list", "*"),
        }
    ),
    dynamic_names=frozenset(),
    block_scoped=True,
    return_type_field={"method_declaration": "returns", "local_function_statement": "type"},
    reserved=frozenset({"Main", "this", "base", "value", "var", "args"}),
    layout="braces",
    line_directive="#",
)

GO = Syntax(
    language="Go",
    binary_parents=_C_LIKE_BINARY,
    augmented_parents=frozenset({"assignment_statement"}),
    update_parents=frozenset({"inc_statement", "dec_statement"}),
    conditions=frozenset({("if_statement", "condition")}),
    statements=frozenset({"expression_statement", "assignment_statement", "inc_statement", "dec_statement"}),
    statement_containers=frozenset({"statement_list"}),
    returns=frozenset({"return_statement"}),
    true="true",
    false="false",
    negation="!",
    null=None,
    strings=frozenset({"interpreted_string_literal", "raw_string_literal", "rune_literal"}),
    comments=frozenset({"comment"}),
    scopes=frozenset({"function_declaration", "method_declaration", "func_literal"}),
    declarations=frozenset(
        {
            ("parameter_declaration", "name"),
            ("variadic_parameter_declaration", "name"),
            ("short_var_declaration", "left"),
            ("var_spec", "name"),
            ("const_spec", "name"),
            ("range_clause", "left"),
        }
    ),
    declarator_wrappers=frozenset({"expression_list"}),
    non_variable=frozenset(
        {
            ("call_expression", "function"),
            ("function_declaration", "name"),
            ("literal_element", "*"),
            ("keyed_element", "*"),
        }
    ),
    dynamic_names=frozenset(),
    block_scoped=True,
    return_type_field={"function_declaration": "result", "method_declaration": "result"},
    reserved=frozenset({"main", "_", "iota", "nil", "true", "false"}),
    layout="lines",
)

JAVASCRIPT = Syntax(
    language="JavaScript",
    binary_parents=_C_LIKE_BINARY,
    augmented_parents=frozenset({"augmented_assignment_expression"}),
    update_parents=frozenset({"update_expression"}),
    conditions=frozenset({("if_statement", "condition"), ("ternary_expression", "condition")}),
    statements=_C_STATEMENTS,
    statement_containers=frozenset({"statement_block", "program", "switch_case", "switch_default"}),
    returns=frozenset({"return_statement"}),
    true="true",
    false="false",
    negation="!",
    null="null",
    strings=frozenset({"string", "template_string", "regex"}),
    comments=frozenset({"comment"}),
    scopes=frozenset(
        {
            "function_declaration",
            "function_expression",
            "function",
            "arrow_function",
            "method_definition",
            "generator_function_declaration",
            "generator_function",
        }
    ),
    declarations=frozenset(
        {
            ("variable_declarator", "name"),
            ("formal_parameters", "*"),
            ("arrow_function", "parameter"),
            ("catch_clause", "parameter"),
            ("assignment_pattern", "left"),
            ("rest_pattern", "*"),
        }
    ),
    declarator_wrappers=frozenset({"array_pattern", "assignment_pattern", "rest_pattern"}),
    non_variable=frozenset(
        {
            ("call_expression", "function"),
            ("function_declaration", "name"),
            ("function_expression", "name"),
            ("function", "name"),
            ("class_declaration", "name"),
            ("import_specifier", "*"),
            ("export_specifier", "*"),
            ("import_clause", "*"),
            ("namespace_import", "*"),
            ("for_in_statement", "left"),
        }
    ),
    dynamic_names=frozenset({"eval", "Function", "arguments"}),
    block_scoped=True,
    reserved=frozenset({"require", "module", "exports", "undefined", "this", "process", "console"}),
    layout="lines",
)

PYTHON = Syntax(
    language="Python",
    binary_parents=frozenset({"binary_operator", "comparison_operator"}),
    augmented_parents=frozenset({"augmented_assignment"}),
    update_parents=frozenset(),
    conditions=frozenset({("if_statement", "condition"), ("elif_clause", "condition"), ("conditional_expression", "*")}),
    statements=frozenset({"expression_statement"}),
    statement_containers=frozenset({"block", "module"}),
    returns=frozenset({"return_statement"}),
    true="True",
    false="False",
    negation="not ",
    null="None",
    strings=frozenset({"string", "concatenated_string"}),
    comments=frozenset({"comment"}),
    scopes=frozenset(
        {
            "function_definition",
            "lambda",
            "list_comprehension",
            "set_comprehension",
            "dictionary_comprehension",
            "generator_expression",
        }
    ),
    declarations=frozenset(
        {
            ("parameters", "*"),
            ("lambda_parameters", "*"),
            ("default_parameter", "name"),
            ("typed_parameter", "*"),
            ("typed_default_parameter", "name"),
            ("assignment", "left"),
            ("augmented_assignment", "left"),
            ("for_statement", "left"),
            ("for_in_clause", "left"),
            ("as_pattern_target", "*"),
            ("list_splat_pattern", "*"),
            ("dictionary_splat_pattern", "*"),
        }
    ),
    declarator_wrappers=frozenset(
        {"pattern_list", "tuple_pattern", "list_pattern", "parenthesized_expression", "tuple", "list", "list_splat_pattern"}
    ),
    non_variable=frozenset(
        {
            ("attribute", "attribute"),
            ("keyword_argument", "name"),
            ("function_definition", "name"),
            ("class_definition", "name"),
            ("dotted_name", "*"),
            ("aliased_import", "*"),
            ("import_from_statement", "*"),
            ("global_statement", "*"),
            ("nonlocal_statement", "*"),
            ("named_expression", "name"),
            ("keyword_pattern", "*"),
            ("class_pattern", "*"),
        }
    ),
    dynamic_names=frozenset({"eval", "exec", "locals", "vars", "globals", "__import__", "getattr", "setattr"}),
    block_scoped=False,
    reserved=frozenset({"self", "cls", "_", "__name__", "__file__"}),
    layout="indent",
)

RUBY = Syntax(
    language="Ruby",
    binary_parents=frozenset({"binary"}),
    augmented_parents=frozenset({"operator_assignment"}),
    update_parents=frozenset(),
    conditions=frozenset(
        {
            ("if", "condition"),
            ("elsif", "condition"),
            ("unless", "condition"),
            ("if_modifier", "condition"),
            ("unless_modifier", "condition"),
            ("conditional", "condition"),
        }
    ),
    statements=frozenset({"assignment", "operator_assignment", "call"}),
    statement_containers=frozenset({"body_statement", "then", "else", "do", "block_body", "program", "begin"}),
    returns=frozenset({"return"}),
    true="true",
    false="false",
    negation="!",
    null="nil",
    strings=frozenset({"string", "heredoc_body", "heredoc_beginning", "character", "regex", "string_array", "symbol_array"}),
    comments=frozenset({"comment"}),
    scopes=frozenset({"method", "singleton_method", "block", "do_block", "lambda"}),
    declarations=frozenset(
        {
            ("method_parameters", "*"),
            ("block_parameters", "*"),
            ("lambda_parameters", "*"),
            ("optional_parameter", "name"),
            ("splat_parameter", "name"),
            ("block_parameter", "name"),
            ("assignment", "left"),
            ("operator_assignment", "left"),
            ("left_assignment_list", "*"),
            ("for", "pattern"),
            ("exception_variable", "*"),
        }
    ),
    declarator_wrappers=frozenset({"left_assignment_list", "destructured_left_assignment", "rest_assignment"}),
    non_variable=frozenset(
        {
            ("call", "method"),
            ("method", "name"),
            ("singleton_method", "name"),
            ("keyword_parameter", "name"),
            ("alias", "*"),
            ("undef", "*"),
            ("setter", "*"),
        }
    ),
    dynamic_names=frozenset(
        {"eval", "binding", "instance_variable_get", "local_variables", "define_method", "send", "public_send", "instance_eval"}
    ),
    block_scoped=False,
    reserved=frozenset({"self", "_", "it"}),
    layout="lines",
)

SYNTAX: dict[str, Syntax] = {s.language: s for s in (C, CPP, CSHARP, GO, JAVA, JAVASCRIPT, PYTHON, RUBY)}

# Return-type text → the kind of value a replaced return gives back (typed languages).
_INT_TYPES = {
    "int", "long", "short", "byte", "sbyte", "uint", "ulong", "ushort", "size_t", "long long", "unsigned",
    "unsigned int", "unsigned long", "unsigned long long", "long int", "int64_t", "int32_t", "uint64_t", "uint32_t",
    "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "uintptr", "i64",
}  # fmt: skip
_FLOAT_TYPES = {"double", "float", "float32", "float64", "decimal", "long double"}
_BOOL_TYPES = {"bool", "boolean", "_Bool"}
_STRING_TYPES = {"string", "String", "std::string"}


def return_kind(type_text: str) -> str | None:
    text = " ".join(type_text.split())
    if text in _INT_TYPES:
        return "int"
    if text in _FLOAT_TYPES:
        return "float"
    if text in _BOOL_TYPES:
        return "bool"
    if text in _STRING_TYPES:
        return "string"
    return None
