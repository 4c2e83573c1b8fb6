from dataclasses import dataclass, field, asdict, astuple, replace, fields
import copy
@dataclass
class P:
    x: int
    y: int = 0
try: P()
except TypeError as e: print(e)
try: P(1,2,3)
except TypeError as e: print(e)
try: P(1, z=3)
except TypeError as e: print(e)
print(P(1), P(1)==P(1,0), P.__init__.__qualname__, asdict(P(2,3)), astuple(P(4)), replace(P(1), y=9))
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: list = field(default_factory=list, repr=False)
f=F(1)
try: f.a = 2
except Exception as e: print(type(e).__name__, e)
print(f, F(1) < F(2), [x.name for x in fields(F)], sorted([F(3), F(1)]))
@dataclass
class Inv:
    name: str
    qty: int = 1
    tags: list = field(default_factory=list)
    def __post_init__(self): self.total = self.qty * 2
i = Inv("w"); i.tags.append("t"); print(i, i.total, Inv("v").tags, Inv.__doc__)
a = [1, [2, 3], {"k": (4, [5])}]
b = copy.deepcopy(a); b[1].append(9); print(a, b, copy.copy(a)[1] is a[1])
