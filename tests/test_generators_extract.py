"""Code extraction from recorded LLM replies: language tags, longest valid parse, open fences."""

from __future__ import annotations

from generators.extract import extract_code, fenced_blocks

# A reply in the style small instruct models give: prose, a usage example, then the solution.
REPLY_TWO_BLOCKS = """Here is a function that adds two numbers:

```python
print(add(1, 2))
```

And the implementation:

```python
def add(a, b):
    \"\"\"Return a + b.\"\"\"
    return a + b
```

This works for integers and floats."""

REPLY_INVALID_LONGER = """```python
def add(a, b)
    return a + b  # missing colon above, and longer than the valid one
    # padding padding padding
```
```python
def add(a, b):
    return a + b
```"""

REPLY_MIXED_LANGUAGES = """In C:
```c
int add(int a, int b) { return a + b; }
```
In JavaScript:
```js
function add(a, b) {
  return a + b;
}
```"""

# Recorded from SmolLM2-135M-Instruct (configs/llm-cpu.toml, greedy, 96 new tokens): the solution sits
# in an untagged or first block, a longer usage example follows.
SMOL_JS = (
    "```\nfunction maxOf(arr) {\n    return Math.max(...arr);\n}\n```\n\nExample usage:\n```javascript\n"
    "maxOf([10, 20, 30, 40, 50]); // Output: 50\nmaxOf([10, 20, 30, 40, 50]); // Output: 50\n```\n\n"
)
SMOL_C = (
    "```c\n#include <stdint.h>\n\nint is_even(int x) {\n    return (x % 2 == 0);\n}\n```\n\nExample usage:\n```c\n"
    "int main() {\n    int result = is_even(5);\n    printf(\"%d\\n\", result);  // Output: 1\n    return 0;\n}\n```\n\n"
    "This C function uses the bitwise AND operator"
)
SMOL_PY = (
    "```python\ndef add(a, b):\n    return a + b\n```\n\nThis function uses Python's built-in `add` function to add "
    "two numbers."
)

REPLY_TRUNCATED = """Sure!
```cpp
#include <vector>
int total(const std::vector<int>& v) {
    int s = 0;
    for (int x : v) s += x;
    return s;
}
"""


def test_longest_valid_tagged_block_wins() -> None:
    extraction = extract_code(REPLY_TWO_BLOCKS, "Python")
    assert extraction.valid and extraction.code.startswith("def add(a, b):") and extraction.blocks == 2


def test_a_block_that_does_not_parse_loses_to_a_shorter_one_that_does() -> None:
    extraction = extract_code(REPLY_INVALID_LONGER, "Python")
    assert extraction.valid and extraction.code == "def add(a, b):\n    return a + b\n"


def test_language_tags_and_aliases_pick_the_right_block() -> None:
    javascript = extract_code(REPLY_MIXED_LANGUAGES, "JavaScript")
    assert javascript.code.startswith("function add") and javascript.tag == "JavaScript"
    c = extract_code(REPLY_MIXED_LANGUAGES, "C")
    assert c.code.startswith("int add") and c.valid
    assert [tag for tag, _ in fenced_blocks(REPLY_MIXED_LANGUAGES)] == ["c", "js"]


def test_recorded_small_model_replies_prefer_the_definition_over_the_usage_example() -> None:
    javascript = extract_code(SMOL_JS, "JavaScript", entry_point="maxOf")
    assert javascript.code.startswith("function maxOf(arr)") and javascript.valid
    c = extract_code(SMOL_C, "C", entry_point="is_even")
    assert "int is_even(int x) {" in c.code and "main" not in c.code
    assert extract_code(SMOL_C, "C").code.startswith("int main()")  # no entry point: the longest block
    python = extract_code(SMOL_PY, "Python", entry_point="add")
    assert python.code == "def add(a, b):\n    return a + b\n" and python.tag == "Python"


def test_a_fence_left_open_by_max_tokens_runs_to_the_end() -> None:
    extraction = extract_code(REPLY_TRUNCATED, "Cpp")
    assert extraction.valid and extraction.code.rstrip().endswith("return s;\n}")


def test_untagged_fences_and_bare_code() -> None:
    untagged = extract_code("```\nputs [1, 2].sum\n```", "Ruby")
    assert untagged.valid and untagged.code == "puts [1, 2].sum\n" and untagged.tag == ""
    bare = extract_code("package main\n\nfunc main() {}\n", "Go")
    assert bare.valid and bare.tag == "raw"
    prose = extract_code("I cannot help with that, sorry.", "Java")
    assert prose is not None and not prose.valid
    assert extract_code("", "Java") is None
