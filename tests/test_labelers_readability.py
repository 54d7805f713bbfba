"""Readability labeler: the documented formula on real snippets in all 8 languages, and Scalabrino's ratings."""

from __future__ import annotations

import pytest

from labelers.readability import RAMPS, WEIGHTS, readability_label, readability_metrics
from labelers.validate import check_readability

# The same task (sum of the even numbers read from stdin) written readably and unreadably per language.
PAIRS = {
    "Python": (
        "import sys\n\n\ndef sum_of_evens(numbers):\n    \"\"\"Add up the even numbers.\"\"\"\n    total = 0\n"
        "    for number in numbers:\n        if number % 2 == 0:\n            total += number\n    return total\n\n\n"
        "values = [int(token) for token in sys.stdin.read().split()]\nprint(sum_of_evens(values))\n",
        "import sys\nq=[int(z) for z in sys.stdin.read().split()];r=0\nfor z in q:\n if z%2==0:\n  if z!=0:\n"
        "   if True:\n    r=r+z if z%2==0 and (z>0 or z<0 or z==0) and not z%2 else r+0*z+0\nprint(r)\n",
    ),
    "Ruby": (
        "# Sum of the even numbers on standard input.\ndef sum_of_evens(numbers)\n  numbers.select(&:even?).sum\nend\n\n"
        "values = STDIN.read.split.map(&:to_i)\nputs sum_of_evens(values)\n",
        "q=STDIN.read.split.map(&:to_i);r=0;q.each{|z| if z%2==0 then if z!=0 then if true then r=r+z end end end};puts r\n",
    ),
    "JavaScript": (
        "// Sum of the even numbers on standard input.\nfunction sumOfEvens(numbers) {\n  let total = 0;\n"
        "  for (const number of numbers) {\n    if (number % 2 === 0) total += number;\n  }\n  return total;\n}\n\n"
        "const values = require('fs').readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean).map(Number);\n"
        "console.log(sumOfEvens(values));\n",
        "const q=require('fs').readFileSync(0,'utf8').split(/\\s+/).filter(Boolean).map(Number);let r=0;for(const z of q){"
        "if(z%2===0){if(z!==0){if(true){r=r+z}}}}console.log(r)\n",
    ),
    "C": (
        "#include <stdio.h>\n\n/* Sum of the even numbers on standard input. */\nint main(void) {\n    long total = 0;\n"
        "    long number;\n    while (scanf(\"%ld\", &number) == 1) {\n        if (number % 2 == 0) total += number;\n    }\n"
        "    printf(\"%ld\\n\", total);\n    return 0;\n}\n",
        "#include <stdio.h>\nint main(void){long r=0,z;while(scanf(\"%ld\",&z)==1){if(z%2==0){if(z!=0){if(1){if(z>0||z<0)"
        "{r=r+z;}}}}}printf(\"%ld\\n\",r);return 0;}\n",
    ),
    "Cpp": (
        "#include <iostream>\n\n// Sum of the even numbers on standard input.\nint main() {\n    long long total = 0;\n"
        "    long long number;\n    while (std::cin >> number) {\n        if (number % 2 == 0) total += number;\n    }\n"
        "    std::cout << total << std::endl;\n    return 0;\n}\n",
        "#include <iostream>\nint main(){long long r=0,z;while(std::cin>>z){if(z%2==0){if(z!=0){if(1){if(z>0||z<0){r=r+z;"
        "}}}}}std::cout<<r<<std::endl;return 0;}\n",
    ),
    "Go": (
        "package main\n\nimport \"fmt\"\n\n// main prints the sum of the even numbers on standard input.\nfunc main() {\n"
        "\ttotal := 0\n\tvar number int\n\tfor {\n\t\tif _, err := fmt.Scan(&number); err != nil {\n\t\t\tbreak\n\t\t}\n"
        "\t\tif number%2 == 0 {\n\t\t\ttotal += number\n\t\t}\n\t}\n\tfmt.Println(total)\n}\n",
        "package main\nimport \"fmt\"\nfunc main(){r:=0;var z int;for{if _,e:=fmt.Scan(&z);e!=nil{break};if z%2==0{if z!=0{"
        "if true{if z>0||z<0{r=r+z}}}}};fmt.Println(r)}\n",
    ),
    "Java": (
        "import java.util.Scanner;\n\n/** Sum of the even numbers on standard input. */\npublic class Main {\n"
        "    public static void main(String[] args) {\n        Scanner scanner = new Scanner(System.in);\n"
        "        long total = 0;\n        while (scanner.hasNextLong()) {\n            long number = scanner.nextLong();\n"
        "            if (number % 2 == 0) total += number;\n        }\n        System.out.println(total);\n    }\n}\n",
        "import java.util.*;public class Main{public static void main(String[] a){Scanner q=new Scanner(System.in);long r=0;"
        "while(q.hasNextLong()){long z=q.nextLong();if(z%2==0){if(z!=0){if(true){if(z>0||z<0){r=r+z;}}}}}System.out.println(r);}}\n",
    ),
    "CSharp": (
        "using System;\n\n// Sum of the even numbers on standard input.\nclass Program\n{\n    static void Main()\n    {\n"
        "        long total = 0;\n        foreach (string token in Console.In.ReadToEnd().Split((char[])null, "
        "StringSplitOptions.RemoveEmptyEntries))\n        {\n            long number = long.Parse(token);\n"
        "            if (number % 2 == 0) total += number;\n        }\n        Console.WriteLine(total);\n    }\n}\n",
        "using System;class P{static void Main(){long r=0;foreach(var t in Console.In.ReadToEnd().Split((char[])null,"
        "StringSplitOptions.RemoveEmptyEntries)){long z=long.Parse(t);if(z%2==0){if(z!=0){if(true){if(z>0||z<0){r=r+z;}}}}}"
        "Console.WriteLine(r);}}\n",
    ),
}


@pytest.mark.parametrize("language", sorted(PAIRS))
def test_readable_version_scores_higher(language):
    readable, unreadable = (readability_label(code, language) for code in PAIRS[language])
    assert 0 <= unreadable.score < readable.score <= 100
    assert readable.direction == "higher_better"
    assert readable.evidence.metrics["nesting_max"] < unreadable.evidence.metrics["nesting_max"]
    assert readable.evidence.metrics["ident_len_mean"] > unreadable.evidence.metrics["ident_len_mean"]


def test_every_weighted_metric_is_reported_and_python_gets_radon_mi():
    metrics, notes = readability_metrics(PAIRS["Python"][0], "Python")
    assert set(WEIGHTS) == set(RAMPS) and set(WEIGHTS) <= set(metrics)
    assert 0 < metrics["mi"] <= 100 and not notes
    assert metrics["comment_density"] > 0 and metrics["functions"] == 1


def test_ruby_methods_with_blocks_are_counted_by_tree_sitter():
    code = "def evens(xs)\n  xs.each do |x|\n    puts x if x.even? && x > 0\n  end\nend\n\ndef two(a, b)\n  a + b\nend\n"
    metrics, _ = readability_metrics(code, "Ruby")
    assert metrics["functions"] == 2
    assert metrics["ccn_max"] == 3  # the `if` modifier and `&&`
    assert metrics["params_max"] == 2


def test_broken_code_is_scored_with_a_note():
    label = readability_label("def f(:\n    return (\n", "Python")
    assert label.score is not None and label.confidence < 1
    assert any("syntax errors" in note for note in label.evidence.notes)


def test_scalabrino_spearman_reaches_target(shared_data):
    row = check_readability(shared_data, subset=True).rows[0]
    assert row.n == 200
    assert row.value >= 0.5, row
