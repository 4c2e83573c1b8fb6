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
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: len(BadLen()))
t(lambda: len(BadLen2()))
t(lambda: bool(BadBool()))
t(lambda: len(five))
t(lambda: five())
t(lambda: iter(five))
t(lambda: five[0])
t(lambda: hash([]))
print([10, 20, 30][Idx()], "abc"[Idx()], list(range(5))[Idx():])
class R:
    def __repr__(self): return "R()"
class S2:
    def __str__(self): return "str-S2"
class F:
    def __format__(self, spec): return "F[" + spec + "]"
print(R(), str(R()), [R()], S2(), format(F(), "x"))
print(f"{F():>10}")
print(repr(S2())[:22])
class BadRepr:
    def __repr__(self): return 5
t(lambda: repr(BadRepr()))
t(lambda: format(object(), "d"))
t(lambda: object().x)
t(lambda: setattr(object(), 'x', 1))
t(lambda: setattr(1, 'x', 1))
t(lambda: isinstance(1, 1))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: 'a' * 'b')
t(lambda: [1] * 1.5)
t(lambda: 1 < 'a')
t(lambda: 1 in five)
t(lambda: int.__add__('a', 1))
t(lambda: int.__add__())
t(lambda: (1).__add__())
t(lambda: str.upper())
t(lambda: str.upper(1))
t(lambda: (1).__neg__(2))
t(lambda: object.__new__(int))
t(lambda: int.__new__(str))
print(int.__add__, str.upper, dict.__dict__['fromkeys'], type.__dict__['__name__'])
print(repr((1).__add__)[:37], repr('a'.upper)[:37])
print(int.__add__(1, 2), (1).__add__(2), int.__dict__['__add__'].__objclass__)
print(len, 3 * [1], [1] * 3, 2 * "ab", (1,) * 2)
print(int.__name__, int.__qualname__, int.__module__, int.__mro__, bool.__mro__, bool.__base__)
print(object.__bases__, object.__base__, type.__base__, type(type), type(object))
print(list.__hash__, int.__hash__ is not None, type(None)(), type(NotImplemented)(), type(...)())
t(lambda: type(None)(1))
print(NotImplemented, Ellipsis, None, ..., bool(NotImplemented))
print(str.__dict__['upper'].__name__, str.upper.__qualname__)
print(bool.__subclasses__())
print(object.__subclasshook__())
print(int.__dict__['__add__'].__name__, (1).__add__.__self__, (1).__add__.__name__)
print(hasattr(1, '__await__'), hasattr(1, '__add__'), hasattr([], '__hash__'), [].__hash__)
