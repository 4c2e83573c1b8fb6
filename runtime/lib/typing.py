"""typing — the names programs import, subscriptable; no static checking.

Annotations are evaluated at definition time (as CPython 3.11 does), so every
special form here must support subscription and print like CPython's."""

import collections.abc as _abc

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if obj is type(None):
        return "None"
    return repr(obj)


class _GenericAlias:
    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name
        self._inst = inst

    def __repr__(self):
        name = self._name or _type_repr(self.__origin__)
        if not self.__args__:
            return f"typing.{name}" if self._name else name
        args = ", ".join(_type_repr(a) if not isinstance(a, list) else
                         "[" + ", ".join(_type_repr(x) for x in a) + "]" for a in self.__args__)
        prefix = "typing." if self._name else ""
        return f"{prefix}{name}[{args}]"

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _SpecialGeneric:
    """List, Dict, Callable, ...: an unsubscripted alias of a real class."""

    def __init__(self, origin, name, nparams=-1, inst=True):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams
        self._inst = inst

    def __repr__(self):
        return f"typing.{self._name}"

    def __getitem__(self, params):
        if self._name == "Callable" and isinstance(params, tuple) and len(params) == 2:
            args, result = params
            if args is ...:
                return _CallableAlias((..., result))
            return _CallableAlias((list(args), result))
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _CallableAlias(_GenericAlias):
    def __init__(self, args):
        super().__init__(_abc.Callable, args, "Callable")

    def __repr__(self):
        params, result = self.__args__
        if params is ...:
            return f"typing.Callable[..., {_type_repr(result)}]"
        return f"typing.Callable[[{', '.join(_type_repr(a) for a in params)}], {_type_repr(result)}]"


class _SpecialForm:
    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return f"typing.{self._name}"

    def __getitem__(self, params):
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f"typing.Optional[{_type_repr(other)}]"
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))


def _union_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _UnionAlias):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), "Union")


def _optional_getitem(self, param):
    return Union[param, None]


def _literal_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _LiteralAlias(Literal, params, "Literal")


class _LiteralAlias(_GenericAlias):
    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(a) for a in self.__args__)}]"


def _passthrough_getitem(self, param):
    return _GenericAlias(self, param, self._name)


Any = _SpecialForm("Any", _passthrough_getitem)
NoReturn = _SpecialForm("NoReturn", _passthrough_getitem)
Never = _SpecialForm("Never", _passthrough_getitem)
Self = _SpecialForm("Self", _passthrough_getitem)
LiteralString = _SpecialForm("LiteralString", _passthrough_getitem)
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
ClassVar = _SpecialForm("ClassVar", _passthrough_getitem)
Final = _SpecialForm("Final", _passthrough_getitem)
Annotated = _SpecialForm("Annotated", lambda self, params: params[0])
TypeAlias = _SpecialForm("TypeAlias", _passthrough_getitem)
Concatenate = _SpecialForm("Concatenate", _passthrough_getitem)
TypeGuard = _SpecialForm("TypeGuard", _passthrough_getitem)
Required = _SpecialForm("Required", _passthrough_getitem)
NotRequired = _SpecialForm("NotRequired", _passthrough_getitem)
Unpack = _SpecialForm("Unpack", _passthrough_getitem)

List = _SpecialGeneric(list, "List", inst=False)
Dict = _SpecialGeneric(dict, "Dict", inst=False)
Set = _SpecialGeneric(set, "Set", inst=False)
FrozenSet = _SpecialGeneric(frozenset, "FrozenSet", inst=False)
Tuple = _SpecialGeneric(tuple, "Tuple", inst=False)
Type = _SpecialGeneric(type, "Type", inst=False)
Callable = _SpecialGeneric(_abc.Callable, "Callable")
Iterable = _SpecialGeneric(_abc.Iterable, "Iterable")
Iterator = _SpecialGeneric(_abc.Iterator, "Iterator")
Generator = _SpecialGeneric(_abc.Generator, "Generator")
Awaitable = _SpecialGeneric(_abc.Awaitable, "Awaitable")
Coroutine = _SpecialGeneric(_abc.Coroutine, "Coroutine")
AsyncIterable = _SpecialGeneric(_abc.AsyncIterable, "AsyncIterable")
AsyncIterator = _SpecialGeneric(_abc.AsyncIterator, "AsyncIterator")
AsyncGenerator = _SpecialGeneric(_abc.AsyncGenerator, "AsyncGenerator")
Sequence = _SpecialGeneric(_abc.Sequence, "Sequence")
MutableSequence = _SpecialGeneric(_abc.MutableSequence, "MutableSequence")
Mapping = _SpecialGeneric(_abc.Mapping, "Mapping")
MutableMapping = _SpecialGeneric(_abc.MutableMapping, "MutableMapping")
AbstractSet = _SpecialGeneric(_abc.Set, "AbstractSet")
MutableSet = _SpecialGeneric(_abc.MutableSet, "MutableSet")
Collection = _SpecialGeneric(_abc.Collection, "Collection")
Container = _SpecialGeneric(_abc.Container, "Container")
Hashable = _SpecialGeneric(_abc.Hashable, "Hashable")
Sized = _SpecialGeneric(_abc.Sized, "Sized")
Reversible = _SpecialGeneric(_abc.Reversible, "Reversible")
KeysView = _SpecialGeneric(_abc.KeysView, "KeysView")
ItemsView = _SpecialGeneric(_abc.ItemsView, "ItemsView")
ValuesView = _SpecialGeneric(_abc.ValuesView, "ValuesView")


def _collections_alias(name, attr):
    import collections
    return _SpecialGeneric(getattr(collections, attr), name, inst=False)


Deque = _collections_alias("Deque", "deque")
DefaultDict = _collections_alias("DefaultDict", "defaultdict")
OrderedDict = _collections_alias("OrderedDict", "OrderedDict")
Counter = _collections_alias("Counter", "Counter")
ChainMap = _collections_alias("ChainMap", "ChainMap")
Text = str
AnyStr = None


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar("AnyStr", bytes, str)


class ParamSpec(TypeVar):
    args = object()
    kwargs = object()


class TypeVarTuple(TypeVar):
    pass


class Generic:
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)


class Protocol(Generic):
    __slots__ = ()


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    import sys
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            g = globalns
            if g is None:
                g = getattr(sys.modules.get(base.__module__), "__dict__", {})
            l = dict(vars(base)) if localns is None else localns
            for name, value in getattr(base, "__annotations__", {}).items():
                hints[name] = _eval_hint(value, g, l)
        return hints
    g = globalns
    if g is None:
        g = getattr(obj, "__globals__", None)
        if g is None:
            g = getattr(obj, "__dict__", {})
    for name, value in getattr(obj, "__annotations__", {}).items():
        hints[name] = _eval_hint(value, g, localns)
    return hints


def get_origin(tp):
    return getattr(tp, "__origin__", None)


def get_args(tp):
    return getattr(tp, "__args__", ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def NamedTuple(typename, fields=None, /, **kwargs):
    import collections
    if fields is None:
        fields = kwargs.items()
    names = [n for n, t in fields]
    return collections.namedtuple(typename, names)


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        import collections
        if ns.get("_root"):
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get("__annotations__", {})
        names = list(types)
        defaults = [ns[n] for n in names if n in ns]
        nt = collections.namedtuple(typename, names, defaults=defaults,
                                    module=ns.get("__module__", "__main__"))
        for key, value in ns.items():
            if key in ("__module__", "__qualname__", "__annotations__", "_root") or key in names:
                continue
            setattr(nt, key, value)
        nt.__annotations__ = dict(types)
        return nt


class _NamedTupleBase(metaclass=_NamedTupleMeta):
    _root = True


NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    return dict


def assert_never(arg):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def reveal_type(obj):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj
