import inspect
import functools
import asyncio


def f(a, b: int = 2, *args, c, d: str = "x", **kw) -> bool:
    """Do things.

    More detail here.
        indented
    """
    return True


def g(x, y, /, z, *, w=None):
    pass


async def co(x):
    await asyncio.sleep(0)


async def agen():
    yield 1


def gen():
    yield 1


class A:
    """Class A doc."""

    def __init__(self, p, q=5):
        self.p = p

    def method(self, r):
        """Method doc."""
        return r

    @classmethod
    def cm(cls, s):
        pass

    @staticmethod
    def sm(t, u=1):
        pass

    @property
    def prop(self):
        return 1


class B(A):
    def method(self, r):
        return r


class NoInit:
    pass


class WithCall:
    def __call__(self, k, *, m=3):
        pass


for obj in (f, g, co, agen, gen, A, A.method, A(1).method, A.cm, A.sm, NoInit, WithCall(), lambda x, *y: 0,
            functools.partial(f, 1), functools.partial(f, b=3), functools.partial(g, 1, 2)):
    sig = inspect.signature(obj)
    print(sig, repr(sig)[:12])
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is p.empty, p.annotation, repr(p))
print(sig.return_annotation, inspect.Parameter.KEYWORD_ONLY, int(inspect.Parameter.VAR_KEYWORD))
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs)
ba = sig.bind(1, c=0)
ba.apply_defaults()
print(ba.arguments)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2), {"b": 3, "c": 1})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
gs = inspect.signature(g)
for args, kwargs in [((1, 2, 3, 4), {}), ((1,), {"y": 2, "z": 3}), ((1, 2, 3), {"q": 1})]:
    try:
        gs.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
print(gs.bind_partial(1))
P = inspect.Parameter
s2 = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.POSITIONAL_OR_KEYWORD, default=1), P("c", P.KEYWORD_ONLY, annotation=int)], return_annotation=list)
print(s2, s2 == inspect.Signature(list(s2.parameters.values()), return_annotation=list))
print(s2.replace(return_annotation=inspect.Signature.empty))
for bad in ([P("b", P.POSITIONAL_OR_KEYWORD, default=1), P("a", P.POSITIONAL_OR_KEYWORD)], [P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)], [P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)]):
    try:
        inspect.Signature(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    P("1x", P.POSITIONAL_ONLY)
except ValueError as e:
    print(e)
try:
    P("x", P.VAR_POSITIONAL, default=1)
except ValueError as e:
    print(e)
try:
    inspect.signature(5)
except TypeError as e:
    print(e)

print([inspect.isfunction(x) for x in (f, A.method, A(1).method, len, A)])
print([inspect.ismethod(x) for x in (f, A.method, A(1).method, A.cm)])
print([inspect.isclass(x) for x in (A, A(1), int, type)])
print(inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(f), inspect.isgeneratorfunction(gen), inspect.isasyncgenfunction(agen), inspect.isasyncgenfunction(gen))
c = co(1)
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(1), inspect.isgenerator(gen()), inspect.isasyncgen(agen()))
c.close()
print(inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine(f), inspect.ismodule(inspect), inspect.isabstract(A))
print(inspect.getdoc(f))
print(inspect.getdoc(A), inspect.getdoc(B.method), inspect.getdoc(NoInit))
print(repr(inspect.cleandoc("   first\n     second\n       third\n\n")))
print([name for name, _ in inspect.getmembers(A) if not name.startswith("__")])
print([name for name, _ in inspect.getmembers(A(1), inspect.ismethod)])
print(inspect.getmodule(f).__name__, inspect.getmodule(inspect.signature).__name__)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def wrapped(alpha, beta=2):
    return alpha


print(inspect.signature(wrapped), inspect.unwrap(wrapped) is wrapped.__wrapped__, inspect.signature(wrapped, follow_wrapped=False))
print(inspect.getsource(A.method), end="")
print(inspect.getsource(f).splitlines()[0])
print(inspect.getsource(wrapped), end="")
print(inspect.getsource(NoInit), end="")
print(inspect.getsourcelines(g)[1])
fr = inspect.currentframe()
print(fr.f_code.co_name, inspect.getframeinfo(fr).function)


def who():
    st = inspect.stack()
    return [(fi.function, fi.code_context[0].strip() if fi.code_context else None) for fi in st[:2]]


print(who())
print(inspect.getfullargspec(f))
print(inspect.getcallargs(f, 1, c=2))
print(inspect.getgeneratorstate(gen()))
gg = gen()
next(gg)
print(inspect.getgeneratorstate(gg))
gg.close()
print(inspect.getgeneratorstate(gg))
print(inspect.getattr_static(A, "prop").__class__.__name__, inspect.getattr_static(A(1), "p"))
