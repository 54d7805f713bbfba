"""Hardening evidence: the defensive constructs a program carries, counted per kind.

A security fix usually *adds* something rather than removing a finding a pattern rule can see: a bounds
or NULL check, a guard clause that refuses bad input, a sanitising / escaping / validating call, a type
coercion of request input, a path reduced to its base name, a CSRF middleware. Counting these gives
Security_Hardness a second, differential signal: of two versions of one program whose findings are
equally severe, the one with more defensive constructs is the more hardened (``labelers.security.
hardening_tiebreak``). The counts are language-agnostic patterns over the code with its comments blanked
out (a comment saying "escape" is not escaping).
"""

from __future__ import annotations

import re

from labelers.grammars import GRAMMARS, parse
from schemas import canonical_language

_EXIT = (
    r"(?:return\b|throw\b|raise\b|goto\b|abort\s*\(|exit\s*\(|continue\b|break\b|panic\s*\(|die\b|fail\b"
    r"|render\s|redirect_to\b|head\s+:)"
)
_SIZE_WORD = r"\w*(?:len|length|size|sizeof|count|max|min|limit|capacity|bound|remaining|avail|end|MAX)\w*"

HARDENING_PATTERNS: dict[str, re.Pattern[str]] = {
    # `if (...) return/throw/raise/goto ...` within three lines of the condition's end: input refused before it is
    # used. A condition continued over lines (a line ending in `||`, `&&`, `,`, `(` or an operator; up to 7 lines,
    # which keeps the search linear) counts as one
    "guard_clause": re.compile(
        r"\b(?:if|unless|elif|elsif)\b(?:[^\n]*(?:\|\||&&|\band|\bor|[,(+\-*/<>=])[ \t]*\n){0,6}?"
        r"[^\n]*(?:\n[^\n]*){0,2}?" + _EXIT
    ),
    # a comparison against a length, size, count or limit, or against a buffer's end written as base + length:
    # `n < sizeof(buf)`, `len(d) >= max_items`, `cp < nbuf + size`, `(q + 12) < (datum + length - 16)`
    "bounds_check": re.compile(
        rf"\b{_SIZE_WORD}\s*[)\]]?\s*[<>]=?|[<>]=?\s*\(?\s*(?:[\w.]+(?:->\w+)*\s*[+-]\s*)?{_SIZE_WORD}", re.I
    ),
    # `== NULL`, `!= (Image *) NULL`, `!= nil`, `is None`, `.nil?`, `if not x`, `!x)`
    "null_check": re.compile(
        r"(?:==|!=)\s*(?:\(\s*(?:const\s+)?\w+\s*\*+\s*\)\s*)?(?:NULL|nullptr|nil|null|None|0)\b"
        r"|\bis\s+(?:not\s+)?None\b|!\s*\w+\s*\)|\.nil\?|\bif\s+not\b",
        re.I,
    ),
    # a bare pointer / flag test, alone or first in a chain: `if (tc->t_sock)`, `if (!ctx)`,
    # `if (serial->port[0] && serial->port[0] == x)`; an error-code sign test `if (err < 0)`; Python's `if config:`
    "pointer_guard": re.compile(
        r"\bif\s*\(\s*!?\s*[A-Za-z_]\w*(?:\s*(?:->|\.)\s*\w+|\[\w+\])*\s*(?:\)|&&|\|\||<\s*0\s*\))"
        r"|\bif\s+(?!not\b)[A-Za-z_][\w.]*\s*:"
    ),
    # escaping, sanitising, validating, authorising, verifying calls and names
    "sanitizer": re.compile(
        r"\b\w*(?:escape|saniti[sz]|quote|valid|clean|normali[sz]|realpath|canonical|secure_|safe_|whitelist|allowlist"
        r"|strip_tags|encodeURI|bleach|purify|authori[sz]|permi(?:t|ssion)|verify|clamp|is_?safe)\w*"
        r"|\b\w*safe\w*\(|\bcheck_?\w*\(",
        re.I,
    ),
    # request input coerced to a number before use: `params[:id].to_i`, `parseInt(x)`, `int(x)`, `strtol`
    "type_coercion": re.compile(
        r"\.to_[if]\b|\bparse(?:Int|Float|Long)\s*\(|\bNumber\s*\(|\b(?:int|float|Integer)\s*\("
        r"|\bstrto[lu]l?\s*\(|\b(?:Atoi|Parse(?:Int|Uint|Float|Bool))\s*\("
    ),
    # paths reduced to a base name / cleaned / checked to stay inside a root, "../" stripped; CSRF protection;
    # `rel="noopener"`
    "path_or_request_guard": re.compile(
        r"\bbasename\b|\.getName\s*\(\s*\)|GetFileName\s*\(|filepath\.(?:Base|Clean|Rel)\b"
        r"|\.is_relative_to\s*\(|\bcommonpath\s*\("
        r"|\b(?:replace(?:All)?|gsub|sub|str_replace)\s*\(\s*['\"]\.\.[/\\]"
        r"|\bnoopener\b|\b\w*[cx]srf\w*",
        re.I,
    ),
    # arithmetic widened to 64 bits / sizes (integer overflow and truncation fixes): `(uint64_t)a * b`, `n int64`
    # and an operand cast to a wide typedef before it is multiplied: `(sf_count_t) a * b`
    "integer_widening": re.compile(
        r"\b(?:u?int64_t|size_t|u?int64|unsigned\s+long|Int64|UInt64)\b"
        r"|\(\s*\w+_t\s*\)\s*\w+(?:(?:->|\.)\w+)*\s*\*(?!\s*\))"
    ),
    # arithmetic that cannot wrap: overflow-checking builtins and helpers, saturating adds (integer overflow fixes):
    # `__builtin_mul_overflow(a, b, &n)`, `ckd_add(&r, a, b)`, `Math.multiplyExact(a, b)`, `opj_uint_adds(a, b)`
    "checked_arithmetic": re.compile(
        r"\b__builtin_\w+_overflow\s*\(|\bckd_(?:add|sub|mul)\s*\(|\bMath\.\w+Exact\s*\("
        r"|\b\w*_(?:adds|subs|muls)\s*\(|\bchecked_(?:add|sub|mul)\w*\s*\(|\b\w*(?:add|mul)_overflows?\s*\("
    ),
    # a struct field cleared after its object is released: `q->fq = NULL;`
    "pointer_reset": re.compile(r"(?:->|\.)\w+\s*=\s*(?:NULL|nullptr)\s*;"),
    # bound query parameters instead of spliced values: `WHERE id = ?`, `VALUES ($1, $2)`
    "query_parameter": re.compile(
        r"(?:=|\bIN\s*\(|\bVALUES\s*\(|\bLIKE\s|,)\s*(?:\?|\$\d+)(?=\s*[,)'\"]|\s+(?:AND|OR|WHERE)\b)", re.I
    ),
    # characters stripped or escaped, by a character class or a literal markup / quote / shell metacharacter:
    # `.replace(/[<>"']/g, "")`, `gsub(%r{[^\w]}, "")`, `text.replace("'", "\\'")`
    "character_strip": re.compile(
        r"\b(?:replace(?:All)?|gsub|sub|tr|delete|str_replace)\s*\(\s*"
        r"(?:/\[|/\\?<|%r\{\[|r?['\"]\[|\"[^\"\n]*[<>&'`;|][^\"\n]*\"|'[^'\n]*[<>&\"`;|][^'\n]*')"
    ),
    # membership in an allowlist or a known-key test: `x in ALLOWED_TYPES:`, `keys.includes(k)`, `.has_key?(k)`,
    # `.containsKey(k)`, `obj.hasOwnProperty(k)` -- the value is accepted only when it is one of a known set
    "membership_test": re.compile(
        r"\bin\s+(?:self\.|cls\.)?[A-Z][A-Z0-9_]+\b(?=\s*(?::|\)|,|\band\b|\bor\b|$))"
        r"|\.(?:includes|contains|containsKey|has|has_\w+|hasOwnProperty|include\?|member\?|key\?)\s*[(\s]",
        re.M,
    ),
    # output HTML-encoded or written as text, not markup: `"&quot;"`, `htmlspecialchars(`, `el.textContent = s`,
    # `encodeHTML(s)`, `JSONEncoderForHTML`, jQuery's `$(el).text(s)` and its `$("<div>").text(s).html()` idiom
    "html_encoding": re.compile(
        r"&(?:quot|lt|gt|amp|apos|#x?[0-9a-fA-F]+);|\bhtml(?:specialchars|entities)\s*\("
        r"|\.(?:textContent|innerText)\b|\bcreateTextNode\s*\("
        r"|\b\w*(?:html_?encode|encode_?(?:for_?)?html)\w*|\w*ForHTML\b|\)\.text\(\s*[^)\s]",
        re.I,
    ),
    # TLS restricted to strong versions / verified peers: `OP_NO_SSLv3`, `MinVersion: tls.VersionTLS12`, `CERT_REQUIRED`
    "tls_hardening": re.compile(
        r"\bOP_NO_\w+|\bVersionTLS1[23]\b|\bPROTOCOL_TLS_(?:CLIENT|SERVER)\b|\bCERT_REQUIRED\b"
        r"|\bcheck_hostname\s*=\s*True\b|\bcreate_default_context\b"
        r"|\bminimum_version\s*=\s*ssl\.TLSVersion\.TLSv1_[23]\b"
    ),
    # temporary files created atomically with private permissions (not a guessable name): `mkstemp`,
    # `NamedTemporaryFile`, Ruby `Tempfile`, Go `os.CreateTemp`, C `tmpfile()`
    "secure_tempfile": re.compile(
        r"\b(?:mkstemp|mkdtemp|NamedTemporaryFile|TemporaryFile|TemporaryDirectory|Tempfile|CreateTemp)\b"
        r"|\b(?:tmpfile|ioutil\.TempFile)\s*\("
    ),
}


def _without_comments(code: str, language: str) -> str:
    """``code`` with every comment blanked (same length and lines); unchanged for languages without a grammar."""
    if canonical_language(language) not in GRAMMARS:
        return code
    data = bytearray(code.encode("utf-8"))
    stack = [parse(code, language).root_node]
    while stack:
        node = stack.pop()
        if "comment" in node.type:
            span = bytes(data[node.start_byte : node.end_byte])
            data[node.start_byte : node.end_byte] = re.sub(rb"[^\n]", b" ", span)
        else:
            stack.extend(node.children)
    return data.decode("utf-8", errors="replace")


def hardening_counts(code: str, language: str) -> dict[str, int]:
    """How many constructs of each kind in :data:`HARDENING_PATTERNS` the code carries."""
    text = _without_comments(code, language)
    return {kind: len(pattern.findall(text)) for kind, pattern in HARDENING_PATTERNS.items()}
