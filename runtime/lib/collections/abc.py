"""collections.abc — the abstract container classes, for isinstance checks."""

from abc import ABC, abstractmethod


def _has(cls, *methods):
    mro = cls.__mro__
    for method in methods:
        for base in mro:
            if method in base.__dict__:
                if base.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class _Checked(ABC):
    _methods = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls.__dict__.get("_methods") and cls._methods:
            return _has(C, *cls._methods)
        return NotImplemented


class Hashable(_Checked): _methods = ("__hash__",)
class Awaitable(_Checked): _methods = ("__await__",)
class Coroutine(Awaitable): _methods = ("send", "throw", "close", "__await__")
class AsyncIterable(_Checked): _methods = ("__aiter__",)
class AsyncIterator(AsyncIterable): _methods = ("__anext__", "__aiter__")
class AsyncGenerator(AsyncIterator): _methods = ("asend", "athrow", "aclose", "__aiter__", "__anext__")
class Iterable(_Checked): _methods = ("__iter__",)
class Iterator(Iterable): _methods = ("__next__", "__iter__")
class Reversible(Iterable): _methods = ("__reversed__", "__iter__")
class Generator(Iterator): _methods = ("send", "throw", "close", "__iter__", "__next__")
class Sized(_Checked): _methods = ("__len__",)
class Container(_Checked): _methods = ("__contains__",)
class Callable(_Checked): _methods = ("__call__",)
class Collection(Sized, Iterable, Container): _methods = ("__len__", "__iter__", "__contains__")
class Sequence(Reversible, Collection): _methods = ()
class MutableSequence(Sequence): _methods = ()
class Set(Collection): _methods = ()
class MutableSet(Set): _methods = ()
class Mapping(Collection): _methods = ()
class MutableMapping(Mapping): _methods = ()
class MappingView(Sized): _methods = ()
class KeysView(MappingView, Set): _methods = ()
class ItemsView(MappingView, Set): _methods = ()
class ValuesView(MappingView, Collection): _methods = ()
class ByteString(Sequence): _methods = ()


for _t in (tuple, str, range, list, bytes):
    Sequence.register(_t)
from _collections import deque as _deque
for _t in (list, bytearray, _deque):
    MutableSequence.register(_t)
Set.register(frozenset)
MutableSet.register(set)
Mapping.register(dict)
MutableMapping.register(dict)
ByteString.register(bytes)
