"""SyntaxError positions next to parentheses: a parenthesised expression's
node excludes its parentheses (qa2); and errors at the end of the input."""
srcs = [
    "(a) if b else c = 1", "x = {1:2, (x)}", "{1:2, (x)} = 1", "(a) + 1 = 2",
    "f((a) for a in b, 1)", "(a) = yield = 1", "((a)) += 1", "for (a) + 1 in x: pass",
    "del (a) + 1", "(a).b() = 1", "x = (a) if b", "x = {(a):}", "x = {(a), 1:2}",
    "x = {1:2, (a), 3:4}", "print((a) (b))", "[(a) for (a) in b] = 1",
    "(a, (b)) = 1, 2 = (3) + 1", "f(**(a), *(b))", "f((a)=1)", "lambda: (yield)",
    "x = (a) = (1) = 3", "with (a) as (b) + 1: pass", "(a) b", "x = (a) (b) c",
    "(-a) = 1", "x = 1 if (a) else", "def f((a)): pass",
    "f(True=1)", "f((True)=1)", "f(x.y=1)", "f(a = 1)", "f((a) := 1)", "[(a) := 1]",
    "[a := 1]", "[(a.b) := 1]", "f(x for x in y, 1)", "f(x for x in (y) if (z), 1)",
    "f(1, (x) for x in y)", "f(x for x in y if a if (b), 1)",
    "def g():\n    yield = 1", "def g():\n    x = yield = 1", "def g():\n    x = (yield) = 1",
    "def g():\n    (yield) = 1", "def g():\n    x = yield from a = 1", "def g():\n    yield = yield",
    "f(a.b = 1)", "f(1 + 2 = 3)", "f(a, (b)=2)", "x = (a) if (b)", "x = {1:2, (a + b)}",
    "x = {1:2, ((a))}", "x = {1:2, (a, b)}", "x = {1:2, (a for a in b)}",
    "x = (a + b) if (b + c)", "print((a) if (b) ; 1)", "x = {1:2, (x) }",
    "f(a.b := 1)", "f(a[0] := 1)", "f(1, (a) := 1)", "f(x, a.b := 2)", "print(1 := 1)",
    "x = {a:}", "x = {1:}", "x = {1:2, 3:}", "x = {a: }", "x = {a:, 1:2}",
    "def f(x, (a, b)): pass", "lambda (a): 1", "def f((a,)): pass", "x = {lambda: }",
    "'abc\n", "'abc", "0b12", "0b2\n", "0o8\n", "0o18\n", "0o\n", "0b1_2\n", "0o7_9", "0b1a",
    "0x1g", "0b_2", "01\n", "1_\n", "0x\n", "1e\n", "(]\n", ")\n", "x = 'a' 'b\n", 'x = """\n',
    "a\u20ac = 1\n", "x = 5a\n", "1__0\n", "1 +", "(a) = 1", "a b", "x = 1\n  y = 2",
    "if 1:\n", "try:\n    x = 1\n", "if 1:", "def f():\n    pass\nfor x in y:\n",
    "try:\n    x = 1\nexcept:\n", "x = (1,\n", "if 1:\n\n\n", "class A:\n    # c\n",
]
for s in srcs:
    try:
        compile(s, 'f', 'exec')
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
