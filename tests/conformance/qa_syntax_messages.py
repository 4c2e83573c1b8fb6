# SyntaxError messages and positions for common mistakes (compile() of strings).
cases = [
    # try without a handler
    "try:\n  pass\nelse:\n  pass\n",
    "def f():\n    try:\n        x = 1\n    return 2\n",
    "try:\n  pass\n",
    "def f():\n    try:\n        x = 1\ny = 2\n",
    "try:\n    x = 1\n\n# c\nelif x:\n  pass\n",
    # conditional expression without else
    "x = a if b", "x = [a + 1 if b]", "f(x.y if z, 2)", "x = a if b else c if d",
    "print(1 if 2 3)", "lambda: a if b", "x = a if b:",
    # forgotten commas around attribute/call chains
    "print(a.b c)", "print(a.b.c(1)[2].d c)", "print(x a.b)", "print(f(1)(2) c)",
    # invalid targets
    "(yield) = 1", "x = (yield) = 1", "not x = 1", "-x = 1", "a + b = 1", "(yield) += 1",
    "for (yield) in x: pass", "with a as (yield): pass", "a or b = 1", "a < b = 1",
    "a if b else c = 1", "lambda: 1 = 1", "[a, b()] = 1", "a, f() = 1", "a, 1 = 1",
    "a, b + 1 = 2", "a, not b = 1", "a, f() = b = 1", "[a, f()] = 1", "a, [f()] = 1",
    # dict displays
    "x = {1: 2, abc}", "x = {1: 2, a + b, 3:4}", "x = {1: 2, a b}", "{1:2, 3 4}", "{1, 2: 3}",
    "{a: 1, **b, c}", "{1: 2, f(x)}", "{a b}", "{**a, b}", "{1: {2, 3}, 4}",
    # f-strings
    'f"{=}"', 'f"{ !r}"', 'f"{ "', 'f"{x!r"', 'f"{x!rr}"', 'f"{x!z}"', 'f"{x!r:"', 'f"{x!"',
    'f"{x=!r"', 'f"{"', 'f"{}"', 'f"{ }"', 'f"{x"', 'f"{x:"', 'f"{!r}"', 'f"{x!}"', 'f"{:}"',
]
for src in cases:
    try:
        compile(src, "f.py", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
