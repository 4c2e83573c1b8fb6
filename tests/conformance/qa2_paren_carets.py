"""Caret ranges next to parentheses (qa2): a parenthesised expression's
position excludes its parentheses, as CPython's AST; tuples and calls keep
theirs."""
import traceback


def t(f):
    try:
        f()
    except Exception as e:
        fr = traceback.extract_tb(e.__traceback__)[-1]
        print(type(e).__name__, fr.lineno, fr.colno, fr.end_colno, fr.line)
        print(''.join(traceback.format_exception_only(type(e), e)), end='')


a = None
b = []
t(lambda: (a) + 1)
t(lambda: (a) if (a)[0] else 1)
t(lambda: 1 if b else (a)())
t(lambda: [(a)()])
t(lambda: {1: 2, (b): 3})
t(lambda: {(b)})
t(lambda: ((b), 1) in {})
t(lambda: (a).x)
t(lambda: ((a)) .x)
t(lambda: (a) [1])
t(lambda: (  a  )  +  ( 1 ))
t(lambda: (a
           ) + 1)
t(lambda: (b)[(a)])
t(lambda: print(*(a)))
t(lambda: print(**(a)))
t(lambda: (1).x)
t(lambda: ("s") + 1)
t(lambda: (a, b)[3])
t(lambda: (a)(b))
t(lambda: -(a))
t(lambda: not (a)[1])
t(lambda: [x for x in (a)])
t(lambda: (a) < (b))
t(lambda: (b) - (b))
t(lambda: (nosuch) if 1 else 2)
t(lambda: {1: 2, (nosuch): 3})
t(lambda: [1, (nosuch)])
t(lambda: (nosuch).x)
t(lambda: 1 + (nosuch))
t(lambda: ((nosuch)))
t(lambda: 1 + (nosuch).y)
t(lambda: 1 + (1 + nosuch))


def g():
    for x in (3):
        pass


def g2():
    with (3):
        pass


def g3():
    x = 1 + (5)
    (x)(2)


def g4():
    a, b = (5)


def g5():
    raise (nosuch)


def g6():
    return 1, (nosuch)


for f in (g, g2, g3, g4, g5, g6):
    t(f)
