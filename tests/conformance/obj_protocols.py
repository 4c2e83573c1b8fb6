def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class GA:
    def __getattribute__(self, n):
        if n == "boom":
            raise AttributeError("nope")
        return object.__getattribute__(self, n)
    def __getattr__(self, n):
        return "fallback-" + n
g = GA()
g.z = 1
print(g.z, g.boom, g.other)

class MetaCheck(type):
    def __instancecheck__(cls, inst):
        return inst == 42
    def __subclasscheck__(cls, sub):
        return sub is int
class Any(metaclass=MetaCheck): pass
print(isinstance(42, Any), isinstance(1, Any), issubclass(int, Any), issubclass(str, Any))

class BadIter:
    def __iter__(self): return 5
t(lambda: iter(BadIter()))
class BadHash:
    def __hash__(self): return "x"
t(lambda: hash(BadHash()))
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class BadIndex:
    def __index__(self): return "x"
t(lambda: [1][BadIndex()])
class WeirdContains:
    def __contains__(self, x): return [1]
print(3 in WeirdContains(), 3 not in WeirdContains())

class Coop1:
    def __init__(self, **kw):
        print("Coop1", kw)
        super().__init__(**kw)
class Coop2:
    def __init__(self, **kw):
        print("Coop2", kw)
        super().__init__()
class Coop3(Coop1, Coop2):
    def __init__(self):
        super().__init__(a=1)
Coop3()

class MyInt(int):
    def __eq__(self, o): return "eq called"
    __hash__ = int.__hash__
print(MyInt(1) == 1, 1 == MyInt(1), hash(MyInt(5)))
class MyList(list):
    def __add__(self, o): return "MyList.add"
    def __radd__(self, o): return "MyList.radd"
print([1] + MyList([2]), MyList() + [1])

class WithSlotsDict:
    __slots__ = ("a", "__dict__")
w = WithSlotsDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)

class SupInner:
    def m(self):
        def inner():
            return super().m
        return inner
t(lambda: SupInner().m()())

class Base:
    def hello(self): return "Base"
class Kid(Base):
    def hello(self):
        f = lambda: super(Kid, self).hello()
        return "Kid+" + f()
print(Kid().hello())

class Desc:
    def __get__(self, obj, typ=None):
        return ("get", obj is None, typ.__name__)
class HasDesc:
    d = Desc()
print(HasDesc.d, HasDesc().d[0:2])

class NoInit: pass
t(lambda: NoInit(1))
t(lambda: NoInit(x=1))
class OnlyInit:
    def __init__(self, a): self.a = a
print(OnlyInit(3).a)
t(lambda: OnlyInit())
class OnlyNew:
    def __new__(cls, a): return super().__new__(cls)
print(type(OnlyNew(1)).__name__)

print(type("X", (), {}).__module__)
X = type("X", (object,), {"a": 1, "__qualname__": "Q.X", "__doc__": "d"})
print(X.a, X.__qualname__, X.__doc__, X.__name__, X)
t(lambda: type("X", (), {}, 1))
t(lambda: type())
t(lambda: type.__new__(type, "X"))

class Meta(type):
    pass
C = Meta("C", (), {})
print(type(C), C.__class__, Meta.__mro__)
print(type.__instancecheck__(int, 1), type.__subclasscheck__(int, bool))
print(int.__dict__["real"], type(int.__dict__["real"]).__name__ if "real" in int.__dict__ else "")
print(C.__dict__["__module__"], "__doc__" in C.__dict__)
class WithDoc:
    "The doc."
print(WithDoc.__doc__, WithDoc().__doc__)
WithDoc.__doc__ = "changed"
print(WithDoc.__doc__)
WithDoc.__name__ = "Renamed"
print(WithDoc, WithDoc.__name__)
t(lambda: setattr(int, "__name__", "x"))
t(lambda: setattr(WithDoc, "__name__", 5))
