import sys
print("a", "b", sep=None, end=None)
print("x", "y", sep="", file=sys.stdout)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print(1, 2, 3, sep=", ", end="!\n", file=w)
print(w.parts)
try:
    print(1, sep=3)
except TypeError as e:
    print(e)
print(repr(exit), repr(quit))
g = {"a": 1}
exec("b = a + 1", g)
print(g["b"], eval("a * 10", g), eval(" 3 + 4"))
code = compile("x = 5\ny = x * 2", "<test>", "exec")
ns = {}
exec(code, ns)
print(ns["y"], type(code).__name__)
print(eval(compile("1 + 2", "<e>", "eval")))
try:
    compile("x", "f", "bad")
except ValueError as e:
    print(e)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
class P:
    def __init__(self): self.x = 1; self.y = 2
print(vars(P()), "x" in dir(P()), dir(P())[:3])
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
cnt = [0]
def tick():
    cnt[0] += 1
    return cnt[0]
print(list(iter(tick, 4)))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = "Meta"
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
class C(metaclass=Meta, flag=True):
    pass
print(C.made_by, C.kw, type(C).__name__)
class D(C): pass
print(type(D).__name__, D.made_by)
print(min([], default=0), max("abc", key=ord), min(3, 1, key=lambda v: -v))
for bad in [lambda: max([]), lambda: min(), lambda: ord("ab"), lambda: ord(1), lambda: chr(-1), lambda: getattr(1, 2), lambda: next([]), lambda: sum(["a"], "")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(hash(1) == hash(1.0), id(g) == id(g), callable(C), isinstance(C(), C))
print(setattr(P, "z", 3), P.z, hasattr(P, "z"), delattr(P, "z"), hasattr(P, "z"))
print(sum([1.5, 2.5], 1), sum([[1], [2]], []), round(1234.5678, -2), round(7))
print(sorted("bca"), sorted([3, 1, 2], key=lambda v: -v), ascii("é"), format(255, "x"))
print(divmod(-7, 2), divmod(7.5, 2), pow(3, -1, 7), abs(-2.5))
print(globals()["__name__"], sys.getrecursionlimit())
sys.setrecursionlimit(2000); print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
print(type(sys.stdout).__name__, sys.stdout.encoding, sys.stdout.fileno(), sys.stderr.fileno())
print(sys.argv[0].endswith("builtins_misc.py"), sys.exc_info(), sys.exception())
try:
    raise ValueError("in")
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exception())
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.implementation.name in ("asp", "cpython"))
print(sys.get_asyncgen_hooks())
print(len(sys.modules) > 1, "sys" in sys.modules, sys.byteorder, sys.hexversion >= 0x030b0000)
import time
t = time.localtime(0)
print(type(t).__name__, len(t), time.gmtime(0).tm_year, time.strftime("%Y-%m-%d", time.gmtime(86400)))
print(time.gmtime(0))
