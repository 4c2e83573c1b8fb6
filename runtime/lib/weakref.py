"""weakref — weak references, the weak containers and finalize.

Difference from CPython: asp's memory is managed by a tracing collector
with no hook to tell Python code that an object died, so every reference
here is in fact strong.  A ref() stays alive and keeps returning its object,
WeakValueDictionary / WeakKeyDictionary / WeakSet never drop entries on their
own, proxy() returns the object itself, and callbacks of refs never run.
finalize() objects still run when called, and those still alive at exit run
then (atexit=True), as CPython does for objects that outlive the program.
The API and error messages (which objects cannot be weakly referenced,
the repr of refs) follow CPython 3.11.
"""

import sys
from collections.abc import Mapping, MutableMapping, MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

# CPython's builtin atoms and containers have no __weakref__ slot.
_NOT_WEAKREFABLE = (int, float, str, bytes, tuple, list, dict, bool,
                    type(None), set, frozenset, bytearray)


def _check(obj):
    if type(obj) in _NOT_WEAKREFABLE:
        raise TypeError(
            f"cannot create weak reference to '{type(obj).__name__}' object")


class ref:
    """A reference to obj; calling it returns obj (always alive, see above)."""

    __slots__ = ("_obj", "__callback__", "__dict__")

    def __new__(cls, ob, callback=None, *args, **kwargs):
        _check(ob)
        self = object.__new__(cls)
        self._obj = ob
        self.__callback__ = callback
        return self

    def __init__(self, ob, callback=None, *args, **kwargs):
        pass

    def __call__(self):
        return self._obj

    def __hash__(self):
        return hash(self._obj)

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj != other._obj

    def __repr__(self):
        o = self._obj
        name = getattr(o, "__name__", None)
        if isinstance(name, str):
            return "<weakref at %#x; to '%s' at %#x (%s)>" % (
                id(self), type(o).__qualname__, id(o), name)
        return "<weakref at %#x; to '%s' at %#x>" % (
            id(self), type(o).__qualname__, id(o))

    def __class_getitem__(cls, item):
        return cls


ReferenceType = ref


def proxy(object, callback=None):
    """The object itself: with strong references a proxy has nothing to add."""
    _check(object)
    return object


class ProxyType:
    pass


class CallableProxyType:
    pass


ProxyTypes = (ProxyType, CallableProxyType)


def getweakrefcount(object):
    return 0


def getweakrefs(object):
    return []


class WeakMethod(ref):
    """A ref to a bound method: keeps the function and its instance."""

    __slots__ = ("_func", "_self")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._func = func
        self._self = obj
        return self

    def __call__(self):
        return self._func.__get__(self._self, type(self._self))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self._self is other._self and self._func == other._func
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not (self._self is other._self and self._func == other._func)
        return NotImplemented

    def __hash__(self):
        return hash((id(self._self), self._func))


class _Mapping(MutableMapping):
    """The dict methods, over self.data."""

    def keys(self):
        return self.data.keys()

    def values(self):
        return self.data.values()

    def items(self):
        return self.data.items()

    def clear(self):
        self.data.clear()

    def update(self, other=(), /, **kw):
        if isinstance(other, _Mapping):
            other = other.data
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kw.items():
            self[key] = value

    def __eq__(self, other):
        if isinstance(other, _Mapping):
            return self.data == other.data
        if isinstance(other, dict):
            return self.data == other
        return NotImplemented

    __hash__ = None


class WeakValueDictionary(_Mapping):
    """A mapping whose values would be weakly held (here: a plain dict)."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __iter__(self):
        return iter(list(self.data))

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        return type(self)(self.data)

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(key, default)

    def itervaluerefs(self):
        for v in list(self.data.values()):
            yield ref(v)

    def valuerefs(self):
        return [ref(v) for v in self.data.values()]

    def setdefault(self, key, default=None):
        return self.data.setdefault(key, default)

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def popitem(self):
        return self.data.popitem()

    def __or__(self, other):
        if isinstance(other, Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(_Mapping):
    """A mapping whose keys would be weakly held (here: a plain dict)."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        _check(key)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __iter__(self):
        return iter(list(self.data))

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        return type(self)(self.data)

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(key, default)

    def keyrefs(self):
        return [ref(k) for k in self.data]

    def setdefault(self, key, default=None):
        _check(key)
        return self.data.setdefault(key, default)

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def popitem(self):
        return self.data.popitem()

    def __or__(self, other):
        if isinstance(other, Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet(MutableSet):
    """A set whose members would be weakly held (here: a plain set)."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        return item in self.data

    def __repr__(self):
        return repr({ref(x) for x in self.data})

    def add(self, item):
        _check(item)
        self.data.add(item)

    def discard(self, item):
        self.data.discard(item)

    def remove(self, item):
        self.data.remove(item)

    def pop(self):
        return self.data.pop()

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self.data)

    __copy__ = copy

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        return type(self)(self.data.difference(other))

    __sub__ = difference

    def difference_update(self, other):
        self.data.difference_update(other)

    def intersection(self, other):
        return type(self)(self.data.intersection(other))

    __and__ = intersection

    def intersection_update(self, other):
        self.data.intersection_update(other)

    def union(self, other):
        return type(self)(self.data.union(other))

    __or__ = union

    def symmetric_difference(self, other):
        return type(self)(self.data.symmetric_difference(other))

    __xor__ = symmetric_difference

    def issubset(self, other):
        return self.data.issubset(other)

    __le__ = issubset

    def issuperset(self, other):
        return self.data.issuperset(other)

    __ge__ = issuperset

    def __lt__(self, other):
        return self.data < set(other)

    def __gt__(self, other):
        return self.data > set(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == other.data

    def isdisjoint(self, other):
        return self.data.isdisjoint(other)


class finalize:
    """Call func(*args, **kwargs) once: when called, or at exit if still alive."""

    __slots__ = ('_obj', '_func', '_args', '_kwargs', '_atexit', '_order')

    _live = {}          # finalize -> None, in creation order (alive ones)
    _created = 0
    _hooked = False
    _exiting = False

    def __init__(self, obj, func, /, *args, **kwargs):
        _check(obj)
        if not finalize._hooked:
            import atexit
            atexit.register(finalize._run_at_exit)
            finalize._hooked = True
        self._obj = obj
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self._atexit = True
        finalize._created += 1
        self._order = finalize._created
        finalize._live[self] = None

    def _take(self):
        """Detach and return (obj, func, args, kwargs), or None if dead."""
        if finalize._live.pop(self, 0) is not None:
            return None
        return (self._obj, self._func, self._args, self._kwargs)

    def __call__(self, _=None):
        state = self._take()
        if state is not None and not finalize._exiting:
            obj, func, args, kwargs = state
            return func(*args, **kwargs)

    def detach(self):
        return self._take()

    def peek(self):
        if self in finalize._live:
            return (self._obj, self._func, self._args, self._kwargs)
        return None

    @property
    def alive(self):
        return self in finalize._live

    @property
    def atexit(self):
        return self in finalize._live and self._atexit

    @atexit.setter
    def atexit(self, value):
        self._atexit = bool(value)

    def __repr__(self):
        if self not in finalize._live:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        obj = self._obj
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @staticmethod
    def _run_at_exit():
        # Newest first, as CPython runs the finalizers left at shutdown.
        pending = sorted((f for f in finalize._live if f._atexit),
                         key=lambda f: f._order, reverse=True)
        for f in pending:
            try:
                f()
            except Exception:
                sys.excepthook(*sys.exc_info())
        finalize._exiting = True
