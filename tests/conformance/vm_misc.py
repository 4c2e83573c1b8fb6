import sys
class Meta(type):
    pass
class A(metaclass=Meta):
    x = 1
    def f(self): return __class__
    y = x + 1
    z = [x for _ in range(2)] if False else None
print(A.y, A().f().__name__)
def mk():
    v = 5
    class B:
        v = 10
        w = v
        def get(self): return v
    return B
B = mk(); print(B.w, B().get())
class Base:
    def hello(self): return "base"
class Derived(Base):
    def hello(self): return "derived+" + super().hello()
print(Derived().hello())
ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["b"], eval("a * 10", ns), eval("q + 1", {"q": 2}))
loc = {}
exec("def h(): return 42\nr = h()", {}, loc)
print(loc["r"])
def gen_locals():
    x = 1
    return locals()
print(gen_locals())
g = 0
def setg():
    global g
    g = 5
    del g
try:
    setg(); print(g)
except NameError as e:
    print(e)
def unb():
    print(zz)
    zz = 1
try: unb()
except UnboundLocalError as e: print(e)
def fr():
    def inner(): return q
    try: inner()
    except NameError as e: print(e)
    q = 1
fr()
try: undefined_name
except NameError as e: print(e)
class Ctx:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n, a[0]); return False
def w():
    with Ctx(1) as a, Ctx(2) as b:
        return a + b
print(w())
try:
    with Ctx(3):
        raise KeyError("k")
except KeyError as e: print("propagated", e)
def loop_with():
    for i in range(3):
        with Ctx(i):
            if i == 1: continue
            if i == 2: break
    return "done"
print(loop_with())
def fin_ret():
    try:
        raise ValueError
    finally:
        return "finally wins"
print(fin_ret())
def nested_exc():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
    except TypeError as e:
        return repr(e.__context__)
print(nested_exc())
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise e
except ValueError as e2:
    print(e2.__context__)
def exc_var_deleted():
    try: raise ValueError
    except ValueError as e: pass
    try: return e
    except NameError as n: return str(n)
print(exc_var_deleted())
x = [1, 2, 3]
x[1] = 20; del x[0]; print(x)
d = {"a": 1}; d["b"] = 2; del d["a"]; print(d)
print({**d, "c": 3}, [*x, *"ab"], {*x})
print(*[1, 2], sep=",")
def kwonly(*, a, b=2): return a, b
print(kwonly(a=1), kwonly(**{"a": 5, "b": 6}))
import math
from math import sqrt as s
print(s(16), math.floor(2.5))
print(sys.getrecursionlimit())
def star(*args, **kw): return args, kw
print(star(1, *[2, 3], k=1, **{"j": 2}))
a = 5
a += 1; a -= 2; a *= 3; a //= 2; a %= 5; a **= 2; a <<= 2; a >>= 1; a |= 1; a &= 7; a ^= 2
print(a)
print(~5, -(-3), +4, 7 & 3, 7 | 8, 7 ^ 2, 1 << 70, -(2**62) - 1)
