"""asyncio.coroutines — telling coroutines and coroutine functions apart.

As CPython 3.11: a coroutine is anything with the Coroutine ABC's methods
(send, throw, close, __await__), a native coroutine or any generator; types
that passed once are cached so Task creation stays cheap.
"""

import collections.abc
import types

__all__ = ("iscoroutinefunction", "iscoroutine")

_CO_COROUTINE = 0x80


def iscoroutinefunction(func):
    while True:
        if hasattr(func, "__func__") and isinstance(func, types.MethodType):
            func = func.__func__
            continue
        inner = getattr(func, "func", None)
        if inner is not None and type(func).__name__ == "partial":
            func = inner
            continue
        break
    if isinstance(func, types.FunctionType) and func.__code__.co_flags & _CO_COROUTINE:
        return True
    return getattr(func, "_is_coroutine", None) is _is_coroutine


_is_coroutine = object()

_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType, collections.abc.Coroutine)
_iscoroutine_typecache = {types.CoroutineType, types.GeneratorType}


def iscoroutine(obj):
    if type(obj) in _iscoroutine_typecache:
        return True
    if isinstance(obj, _COROUTINE_TYPES):
        if len(_iscoroutine_typecache) < 100:
            _iscoroutine_typecache.add(type(obj))
        return True
    return False
