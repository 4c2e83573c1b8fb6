"""dir() of built-in classes equals CPython's: no __dict__ on object, int,
list ...; type's and object's own attributes; __dict__ / __weakref__ appear
on the classes that introduce them."""
import sys

for t in [object, type, int, bool, float, str, bytes, bytearray, list, tuple, dict, set,
          frozenset, range, slice, BaseException, Exception, ValueError, OSError,
          StopIteration, type(None), type(len), staticmethod, classmethod, property, super,
          enumerate, map, filter, type(sys), memoryview]:
    print(t.__name__, dir(t))

print('__dict__' in dir(str), '__dict__' in object.__dict__, '__dict__' in type.__dict__)


class C:
    pass


class D(C):
    pass


class S:
    __slots__ = ('a',)


class W:
    __slots__ = ('a', '__weakref__')


class I(int):
    pass


class E(Exception):
    pass


for k in (C, D, S, W, I, E):
    print(k.__name__, sorted(set(dir(k)) - set(dir(object))),
          '__dict__' in k.__dict__, '__weakref__' in k.__dict__)

c = C()
c.x = 1
print(c.__dict__, vars(c), c.__weakref__, c.__getstate__(), C().__getstate__(), object().__getstate__())
c.__dict__ = {'y': 2}
print(c.y, vars(c))
try:
    object().__dict__
except AttributeError as e:
    print(e)
try:
    (1).__dict__
except AttributeError as e:
    print(e)


def f():
    pass


f.a = 1
print(f.__dict__, ValueError(1).__dict__, type(sys.__dict__).__name__)

print(C.__annotations__, '__annotations__' in C.__dict__)
try:
    int.__annotations__
except AttributeError as e:
    print(e)
m = type(sys)('m')
print(m.__annotations__, '__annotations__' in m.__dict__)
print('x'.__rmod__(3), b'ab'.__bytes__(), float.__getformat__('double'), enumerate[int])
e = ValueError(1)
e.__setstate__({'a': 1})
print(e.a, e.__reduce__())
print(int.__text_signature__, type(int.__flags__), type(int.__basicsize__), int.__flags__ & (1 << 24) != 0)
b = BlockingIOError(11, 'x', 3)
print(b.characters_written, b.args, b.filename)
try:
    OSError().characters_written
except AttributeError as e:
    print(e)
