import typing, collections, functools, itertools, contextlib, operator, string, abc
from typing import Optional, List, Dict, Callable, Union, NamedTuple, TypeVar, Any
T = TypeVar("T")
print(Optional[int], List[int], Dict[str, int], Callable[..., T], Callable[[int, str], bool], Union[int, str], Any)
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return abs(self.x) + abs(self.y)
p = P(3, -4)
print(p, p.norm(), p._asdict(), P(1))
Pt = collections.namedtuple("Pt", "a b")
print(Pt(1, 2), Pt._fields, Pt(1,2)._replace(a=5))
d = collections.deque([1,2,3], maxlen=3); d.append(4); d.appendleft(0); print(d, d.popleft(), d)
c = collections.Counter("abracadabra"); print(c, c.most_common(2))
dd = collections.defaultdict(list); dd["a"].append(1); print(dd)
print(functools.reduce(operator.add, range(5)), functools.partial(pow, 2)(10))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(50), fib.cache_info())
print(list(itertools.permutations("abc", 2)), list(itertools.combinations(range(4), 2))[:3], list(itertools.product("ab", repeat=2)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.islice(itertools.count(), 2, 10, 3)))
with contextlib.suppress(KeyError): {}["x"]
@contextlib.contextmanager
def cm():
    print("in"); yield 1; print("out")
with cm() as v: print(v)
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
try: A()
except TypeError as e: print(e)
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping), isinstance(iter([]), collections.abc.Iterator))
print(string.Template("$a and ${b}").substitute(a=1, b=2), string.capwords("hi there"))
