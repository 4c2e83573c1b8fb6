"""contextvars — context variables: ContextVar, Token, Context, copy_context.

Contexts are real mappings: copy_context() snapshots the current one and
Context.run() makes another current for the duration of a call, so code
that manages contexts explicitly behaves as in CPython.  Difference: asp's
asyncio does not give each Task its own copy of the context (tasks share
the context current when the loop runs them), and generators do not carry
one either.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MISSING = object()


class Context:
    """An immutable-looking mapping of ContextVar -> value."""

    __slots__ = ('_data', '_entered')

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError(
                f'cannot enter context: {self} is already entered')
        saved = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = saved
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def keys(self):
        return list(self._data.keys())

    def values(self):
        return list(self._data.values())

    def items(self):
        return list(self._data.items())

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_current = Context()


def copy_context():
    """A copy of the current context."""
    return _current.copy()


class Token:
    """What ContextVar.set() returns; ContextVar.reset(token) undoes the set."""

    __slots__ = ('_ctx', '_var', '_old_value', '_used')

    MISSING = _MISSING

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {id(self):#x}>'

    def __class_getitem__(cls, item):
        return cls


class ContextVar:
    """A variable whose value depends on the current Context."""

    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        data = _current._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        data = _current._data
        old = data.get(self, _MISSING)
        data[self] = value
        return Token(_current, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        if token._ctx is not _current:
            raise ValueError(f"{token!r} was created in a different Context")
        if token._old_value is _MISSING:
            _current._data.pop(self, None)
        else:
            _current._data[self] = token._old_value
        token._used = True

    def __repr__(self):
        default = ''
        if self._default is not _MISSING:
            default = f' default={self._default!r}'
        return f"<ContextVar name={self._name!r}{default} at {id(self):#x}>"

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        return cls
