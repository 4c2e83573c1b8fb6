"""asyncio.coroutines — telling coroutines and coroutine functions apart."""

import types

__all__ = ("iscoroutinefunction", "iscoroutine")

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


def iscoroutinefunction(func):
    while hasattr(func, "__func__"):
        func = func.__func__
    code = getattr(func, "__code__", None)
    if code is not None and code.co_flags & _CO_COROUTINE:
        return True
    return getattr(func, "_is_coroutine", None) is _is_coroutine


_is_coroutine = object()


def iscoroutine(obj):
    if type(obj) is types.CoroutineType:
        return True
    if type(obj) is types.GeneratorType:
        return bool(obj.gi_code.co_flags & _CO_ITERABLE_COROUTINE)
    return isinstance(obj, types.CoroutineType)
