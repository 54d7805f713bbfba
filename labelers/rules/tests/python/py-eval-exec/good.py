import ast, sys
expr = sys.stdin.readline()
print(ast.literal_eval(expr))
