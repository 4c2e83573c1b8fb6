"""types — names for the built-in types that have no builtin name."""


def _f():
    pass


async def _c():
    pass


def _g():
    yield


async def _ag():
    yield


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = FunctionType
CodeType = type(_f.__code__)
GeneratorType = type(_g())
_coro = _c()
CoroutineType = type(_coro)
_coro.close()
del _coro
AsyncGeneratorType = type(_ag())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(__import__("sys"))
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | None)


class SimpleNamespace:
    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def coroutine(func):
    """Make a generator function awaitable (its generators become iterable coroutines)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    code = getattr(func, "__code__", None)
    if code is not None and type(func) is FunctionType and (code.co_flags & 0x20):
        _mark_iterable_coroutine(func)
        return func
    return func


def _mark_iterable_coroutine(func):
    import sys
    marker = getattr(sys, "_asp_mark_iterable_coroutine", None)
    if marker is not None:
        marker(func)


del _f, _c, _g, _ag, _C
