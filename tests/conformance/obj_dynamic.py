def t(f):
    try:
        r = f()
        print(r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    def __add__(self, o): return "A.add"
class B(A): pass
a, b = A(), B()
print(a + 1, b + 1)
def new_add(self, o): return "patched"
A.__add__ = new_add
print(a + 1, b + 1)
del A.__add__
t(lambda: a + 1)
t(lambda: b + 1)
B.__radd__ = lambda self, o: "B.radd"
print(1 + b)
A.__getattr__ = lambda self, n: "dyn-" + n
print(a.foo, b.bar)
A.__len__ = lambda self: 3
print(len(b), bool(b))
A.__eq__ = lambda self, o: True
print(a == 5, b == 7)

class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Single(1)
s2 = Single(2)
print(s1 is s2, s1.v)

class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())

class WithNew:
    def __new__(cls, x):
        o = object.__new__(cls)
        o.x = x
        return o
print(WithNew(5).x)
t(lambda: object.__new__(WithNew, 1))

class InitRet:
    def __init__(self):
        return 5
t(lambda: InitRet())

class C1:
    def m(self): pass
class C2: pass
c1 = C1()
c1.__class__ = C2
print(type(c1).__name__)
t(lambda: setattr(c1, '__class__', int))
t(lambda: setattr(c1, '__class__', 5))

class D: pass
d = D()
d.__dict__ = {"q": 1}
print(d.q, vars(d))
t(lambda: setattr(d, '__dict__', 5))

class E(Exception):
    def __str__(self): return "custom E"
t(lambda: (_ for _ in ()).throw(E()))
try:
    raise E("x")
except E as e:
    print(e, repr(e), e.args)

class NE:
    def __eq__(self, o): return NotImplemented
n = NE()
print(n == n, n == NE(), n != NE())

class It:
    def __iter__(self): return iter([1, 2, 3])
print(2 in It(), 5 in It())

class SN:
    def __set_name__(self, owner, name): raise ValueError("boom")
try:
    class Holder:
        x = SN()
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

class G:
    def __class_getitem__(cls, item): return (cls.__name__, item)
class G2(G): pass
print(G2[int])

class M:
    def f(self): pass
m = M()
print(m.f == m.f, m.f is m.f, hash(m.f) == hash(m.f), m.f != M().f)
print(repr(m.f).startswith("<bound method M.f of <__main__.M object at 0x"))
print(repr(M.__dict__['f'].__get__(None, M))[:20])
print(classmethod(len), staticmethod(len))
print(A.__dict__["__len__"].__name__)
p = property(lambda s: 1, doc="docs")
print(p.__doc__, p.fget(0), p.getter(lambda s: 2).fget(0), p.getter(lambda s: 2).__doc__)
class PD:
    @property
    def x(self):
        "x doc"
        return 1
    y = x.setter(lambda s, v: None)
print(PD.x.__doc__, PD.y.__doc__, PD.y.fset is not None, PD().y)
t(lambda: super())
t(lambda: super(int, "x"))
t(lambda: super(1))
print(super(B, b).__self__ is b, super(B, b).__thisclass__, super(B, B).__self_class__)
print(super(B))
print(dir(D())[:5], 'm' in dir(C1), '__add__' in dir(1))
print(type.__dict__['mro'], type(type.__dict__['__prepare__']).__name__)
print(getattr(int, '__name__'), getattr(type, '__name__'), type.__name__, type.__qualname__)
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
print(type(len).__name__, type(A.__init__).__name__, type(object.__init__).__name__, type(a.__init__).__name__)
print(type(int.__dict__['from_bytes']).__name__, int.from_bytes(b'\x01', 'big'))
print(object.__init__(a), A.__init__(a))
t(lambda: A.__init__(a, 1))
print(object.__ne__(1, 2), object.__eq__(1, 1), object.__lt__(1, 2), (1).__lt__(2))
print(int.__new__(int, 5), int.__new__(bool, 1) if False else 0)
print(str(type), repr(object), str(A), A.__doc__)
