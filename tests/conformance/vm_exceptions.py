import sys
def f():
    try:
        1/0
    except ZeroDivisionError as e:
        print("caught", e, sys.exc_info()[0].__name__)
        raise ValueError("x")
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    raise KeyError(1) from OSError(2)
except KeyError as e:
    print(repr(e.__cause__), e.__suppress_context__)
def g():
    try:
        return 1
    finally:
        print("finally")
print(g())
def h():
    for i in range(3):
        try:
            if i == 1: continue
            print("body", i)
        finally:
            print("fin", i)
h()
try:
    try:
        raise TypeError("a")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer", e)
print(sys.exc_info())
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None, v); return True
with CM() as c:
    raise RuntimeError("suppressed")
print("after with")
with CM():
    print("ok")
try:
    raise
except RuntimeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    try: 1/0
    except 1: pass
except TypeError as e: print(e)
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("VE", repr(e))
except* TypeError as e:
    print("TE", repr(e))
def gen_exc():
    try:
        yield 1
        raise ValueError
    except ValueError:
        print("exc_info in gen", sys.exc_info()[0])
        yield 2
    print("after", sys.exc_info())
for x in gen_exc(): print(x)
e = None
try:
    try:
        raise ValueError("A")
    except ValueError as e1:
        raise TypeError("B")
except TypeError as e2:
    print(repr(e2.__context__))
class E(Exception): pass
try:
    raise E
except Exception as ex:
    print(type(ex).__name__)
assert True
try:
    assert 1 == 2, "nope"
except AssertionError as e:
    print("assert", e)
def deep(n):
    if n == 0: raise ValueError("deep")
    deep(n-1)
try: deep(5)
except ValueError as e:
    tb = e.__traceback__; n = 0
    while tb: n += 1; tb = tb.tb_next
    print("tb entries", n)
