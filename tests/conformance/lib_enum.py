import enum
print(True)
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self): return f"{self.name}={self.value}"
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], list(Color), len(Color), Color.RED in Color)
print(Color.RED.describe(), Color.RED is Color(1), Color.__members__.keys() if False else list(Color.__members__), f"{Color.GREEN}")
try: Color(7)
except ValueError as e: print(e)
try: Color.RED = 5
except AttributeError as e: print(e)
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE, repr(N.TWO), N.ONE + 1, N.TWO == 2, f"{N.ONE}", sorted([N.TWO, N.ONE]))
class A(Enum):
    X = auto()
    Y = auto()
print(list(A), A.Y.value)
class P(Flag):
    R = 4
    W = 2
    X = 1
print(P.R | P.W, repr(P.R | P.W), P.R in (P.R | P.X), bool(P.R & P.W), list(P.R | P.X))
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.B), S.B == "bee")
print(Color, type(Color.RED), isinstance(Color.RED, Color), hash(Color.RED) == hash(Color.RED))
E = Enum("E", "a b c")
print(list(E), E.b.value)
