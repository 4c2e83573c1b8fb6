import reprlib
import numbers
from fractions import Fraction

print(reprlib.repr(list(range(100))), reprlib.repr('a' * 100), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr((1,)), reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(10 ** 50))
print(reprlib.repr(frozenset()), reprlib.repr(frozenset(range(10))), reprlib.repr(()), reprlib.repr([]))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"), r.repr({"x": [1, 2, 3]}))
r.maxlevel = 1
print(r.repr([[1], [2]]), r.repr({"a": {"b": 1}}))


class Big:
    def __repr__(self):
        return "Big(" + "x" * 50 + ")"


print(reprlib.repr(Big()))


class Node:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % self.children


n = Node()
n.children.append(n)
print(repr(n))

for v in (1, True, 1.5, Fraction(1, 2), "s", None):
    print(type(v).__name__, isinstance(v, numbers.Number), isinstance(v, numbers.Complex),
          isinstance(v, numbers.Real), isinstance(v, numbers.Rational), isinstance(v, numbers.Integral))
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Integral), issubclass(bool, numbers.Number))


class MyInt(numbers.Integral):
    pass


try:
    MyInt()
except TypeError as e:
    print(str(e)[:45])
