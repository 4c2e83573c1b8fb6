# Operator overloading, NotImplemented, reflected operands, comparisons, hashing.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd called")
        return self + o
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return (self.x, self.y) == (o.x, o.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __pow__(self, n, mod=None):
        return ("pow", n, mod)
    def __iadd__(self, o):
        print("iadd")
        self.x += o
        return self

v, w = V(1, 2), V(3, 4)
print(v + w, v - w, v * 3, 3 * v, -v, abs(w), v @ w)
print(1 + v)
print(v ** 2, pow(v, 2, 5))
print(v == V(1, 2), v != V(1, 2), v == w, v == 5, v != "x")
print(bool(V(0, 0)), bool(v), not V(0, 0))
try:
    hash(v)
except TypeError as e:
    print("TypeError:", e)
print(V.__hash__)
u = v
u += 10
print(u, u is v)
for bad in (lambda: v + "s", lambda: "s" + v, lambda: v - 1, lambda: v < w, lambda: v * v):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)

# subclass reflected operand goes first when it overrides
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
    def __lt__(self, o):
        return "Base.lt"
    def __gt__(self, o):
        return "Base.gt"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.radd"
    def __gt__(self, o):
        return "Sub.gt"
class Sub2(Base):
    pass
print(Base() + Sub(), Base() + Sub2(), Sub() + Base())
print(Base() < Sub(), Base() < Sub2(), Sub() < Base())

# comparisons falling back to reflection
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __repr__(self): return f"Ord({self.v})"
print(Ord(1) < Ord(2), Ord(1) > Ord(2), Ord(3) >= Ord(2), sorted([Ord(3), Ord(1), Ord(2)]))
print(max(Ord(5), Ord(7)), min([Ord(5), Ord(7)]))

# __eq__ and __hash__
class P:
    def __init__(self, a): self.a = a
    def __eq__(self, o): return isinstance(o, P) and self.a == o.a
    def __hash__(self): return hash(self.a)
s = {P(1), P(1), P(2)}
print(len(s), P(1) in s, {P(3): "x"}[P(3)])
class NoEq: pass
n1 = NoEq()
print(n1 == n1, n1 == NoEq(), n1 != NoEq(), hash(n1) == hash(n1))
class HashNone:
    __hash__ = None
try:
    {HashNone()}
except TypeError as e:
    print("TypeError:", e)
class EqOnly:
    def __eq__(self, o): return True
class EqChild(EqOnly):
    def __hash__(self): return 7
print(EqOnly.__hash__, hash(EqChild()), EqOnly() == 3, 3 == EqOnly())

# containers protocol
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(len(Seq(4)), list(Seq(4)), 9 in Seq(4), 5 in Seq(4), bool(Seq(0)))
class Box:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(sorted(self.d))
b = Box()
b["x"] = 1
b["y"] = 2
del b["x"]
print("x" in b, "y" in b, b["y"], list(b))
try:
    b["x"]
except KeyError as e:
    print("KeyError:", e)

# iterators
class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), [x for x in Count(2)])
it = iter(Count(1))
print(next(it), next(it, "done"))

# __call__, __len__ errors, __bool__ errors, __index__
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1): return (self.n + x) * times
print(Adder(2)(3), Adder(2)(3, times=2), callable(Adder(1)), callable(Adder))
class BadLen:
    def __len__(self): return -1
class BadLen2:
    def __len__(self): return "3"
class BadBool:
    def __bool__(self): return 1
class Idx:
    def __index__(self): return 2
five = 5
for f in (lambda: len(BadLen()), lambda: len(BadLen2()), lambda: bool(BadBool()),
          lambda: len(five), lambda: five(), lambda: iter(five), lambda: five[0], lambda: hash([])):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print([10, 20, 30][Idx()], "abc"[Idx()], list(range(5))[Idx():])

# __str__ / __repr__ / __format__
class R:
    def __repr__(self): return "R()"
class S2:
    def __str__(self): return "str-S2"
class F:
    def __format__(self, spec): return f"F[{spec}]"
print(R(), str(R()), [R()], S2(), f"{F():>10}", format(F(), "x"))
print(repr(S2())[:22])
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
