# Metaclasses, __init_subclass__, __set_name__, __slots__, __class_getitem__,
# __getattr__, subclassing builtins, generic aliases and unions.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    def describe(cls):
        return f"<{cls.__name__} via Meta>"

class A(metaclass=Meta):
    def f(self): pass
class B(A, flag=1):
    pass
print(type(A), type(B), A.tag, B.tag, B.describe())
b = B()
print(type(b).__name__, isinstance(b, A), isinstance(B, Meta))
try:
    b.describe()
except AttributeError as e:
    print("AttributeError:", e)

class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
try:
    class X3(X1, X2): pass
except TypeError as e:
    print("TypeError:", e)
class M3(M1, M2): pass
class X4(X1, X2, metaclass=M3): pass
print(type(X4).__name__)

class WithPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"injected": 1}
class UsesPrepare(metaclass=WithPrepare):
    pass
print(UsesPrepare.injected)

# __init_subclass__
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__
        Plugin.registry.append(cls.plugin_name)
class P1(Plugin): pass
class P2(Plugin, name="second"): pass
class P3(P2): pass
print(Plugin.registry, P3.plugin_name)
try:
    class Bad(object, x=1): pass
except TypeError as e:
    print("TypeError:", e)

# __set_name__ with owner
class Field:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name
class Model:
    a = Field()
    b = Field()
print(Model.a.owner, Model.a.name, Model.b.name)

# MRO
class O: pass
class L1(O): pass
class L2(O): pass
class D(L1, L2): pass
print([c.__name__ for c in D.__mro__], [c.__name__ for c in D.mro()])
try:
    class Bad2(O, L1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad3(L1, L1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad4(bool): pass
except TypeError as e:
    print("TypeError:", e)
print(sorted(c.__name__ for c in O.__subclasses__()))

# super in diamond
class DA:
    def who(self): return ["DA"]
class DB(DA):
    def who(self): return ["DB"] + super().who()
class DC(DA):
    def who(self): return ["DC"] + super().who()
class DD(DB, DC):
    def who(self): return ["DD"] + super().who()
print(DD().who(), super(DB, DD()).who())
print(super(DD, DD()))
class CM:
    @classmethod
    def create(cls): return cls.__name__
class CM2(CM):
    @classmethod
    def create(cls): return "CM2+" + super().create()
print(CM2.create(), CM2().create())

# __slots__
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
s.b = 2
del s.a
print(s.b, hasattr(s, "a"), type(Slotted.a).__name__)
class SlotChild(Slotted):
    pass
sc = SlotChild()
sc.z = 9
print(sc.z, sc.__dict__)

# __getattr__ / __getattribute__ / __setattr__ / __delattr__
class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.xyz, getattr(d, "nope", "default"), hasattr(d, "xa"), hasattr(d, "q"))
class Logged:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
lg = Logged()
lg.v = 3
print(lg.v, lg.secret)
del lg.v
print(hasattr(lg, "v"))

# __class_getitem__ and builtin generics
class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Gen[int], Gen["x"])
print(list[int], dict[str, list[int]], tuple[int, ...], type[Gen], tuple[()])
ga = list[int]
print(ga.__origin__, ga.__args__, ga([1, 2]), type(ga([1])))
print(list[int] == list[int], list[int] == list[str])
print(int | None, int | str | None, list[int] | None, (int | str).__args__)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(3.0, int | str))
print(int | int, (int | str) == (str | int))
try:
    isinstance(1, list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)

# subclassing builtins
class MyInt(int):
    def double(self): return self * 2
class MyStr(str):
    def shout(self): return self.upper() + "!"
class MyList(list):
    def total(self): return sum(self)
class MyDict(dict):
    def __missing__(self, k): return f"missing {k}"
class MyTuple(tuple):
    def first(self): return self[0]
mi = MyInt(21)
print(mi, mi.double(), mi + 1, type(mi + 1).__name__, isinstance(mi, int), repr(mi))
ms = MyStr("hi")
print(ms, ms.shout(), len(ms), ms + "x", type(ms).__name__)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__)
md = MyDict(a=1)
print(md["a"], md["zz"], md)
mt = MyTuple((7, 8))
print(mt, mt.first(), len(mt))
mi.attr = "x"
ms.attr = "y"
mt.attr = "z"
print(mi.attr, ms.attr, mt.attr)
class MyErr(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(5)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)
