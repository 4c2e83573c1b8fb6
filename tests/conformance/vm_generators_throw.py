import sys
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        return "inner-ret"
    finally:
        print("inner finally")
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "after"
g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(g.gi_yieldfrom)
g.close()
print(g.gi_frame, g.gi_running)
# close propagates through yield from
g = outer(); next(g); g.close(); print("closed")
# throw into a non-native receiver without throw
class Plain:
    def __iter__(self): return self
    def __next__(self): return 42
def deleg():
    try:
        yield from Plain()
    except KeyError as e:
        print("deleg caught", repr(e))
        yield "x"
g = deleg(); print(next(g)); print(g.throw(KeyError("k")))
# non-native with throw method that returns/raises StopIteration
class WithThrow:
    def __iter__(self): return self
    def __next__(self): return "wt"
    def throw(self, *a):
        print("WithThrow.throw", [type(x).__name__ for x in a])
        raise StopIteration("from throw")
def deleg2():
    r = yield from WithThrow()
    print("deleg2 r", r)
    yield "end"
g = deleg2(); print(next(g)); print(g.throw(IndexError))
class WithClose:
    def __iter__(self): return self
    def __next__(self): return "wc"
    def close(self): print("WithClose.close")
def deleg3():
    try:
        yield from WithClose()
    finally:
        print("deleg3 finally")
g = deleg3(); next(g); g.close()
# throw variants
def t():
    while True:
        try:
            yield
        except Exception as e:
            print("t got", type(e).__name__, e.args)
g = t(); next(g)
g.throw(ValueError)
g.throw(ValueError, "msg")
g.throw(ValueError, ("a", "b"))
g.throw(ValueError("inst"))
try: g.throw(ValueError("x"), "y")
except TypeError as e: print(e)
try: g.throw(1)
except TypeError as e: print(e)
# throw into unstarted generator
def u():
    print("never")
    yield
g = u()
try: g.throw(KeyError("early"))
except KeyError as e: print("early", e)
print(next(g, "exhausted"))
# sys.exc_info inside generators
def ex():
    print("start", sys.exc_info()[0])
    try:
        raise KeyError
    except KeyError:
        yield sys.exc_info()[0].__name__
        print("resumed", sys.exc_info()[0].__name__)
    print("end", sys.exc_info()[0])
    yield 1
g = ex()
print(next(g))
try:
    raise TypeError
except TypeError:
    print(next(g))
    print("caller", sys.exc_info()[0].__name__)
# generator returning value via next
def rv():
    return 5
    yield
try: next(rv())
except StopIteration as e: print("rv", e.value, e.args)
def rv2():
    return None
    yield
try: next(rv2())
except StopIteration as e: print("rv2", e.value, e.args)
g = rv()
try: g.send(None)
except StopIteration as e: print("send", e.value)
try: g.send(None)
except StopIteration as e: print("send again", e.value, e.args)
# generator expression closures
fs = [(lambda i=i: i) for i in range(3)]
print([f() for f in fs])
def counter():
    n = 0
    def inc():
        nonlocal n; n += 1; return n
    return inc
c = counter(); c(); print(c())
# PEP 479 with yield from
def sg():
    yield 1
    raise StopIteration("x")
def sg2():
    yield from sg()
try: list(sg2())
except RuntimeError as e: print("479", e, repr(e.__cause__))
# close on suspended generator catching GeneratorExit and returning
def gr():
    try: yield 1
    except GeneratorExit: return 7
g = gr(); next(g); print(g.close())
print(repr(gr())[:26])
