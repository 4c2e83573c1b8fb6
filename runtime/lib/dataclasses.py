"""dataclasses — @dataclass, field, fields, asdict, astuple, replace.

Like CPython, the generated methods (__init__, __repr__, __eq__, ordering,
__hash__, __setattr__ for frozen classes) are written as source text and
compiled with exec, so argument errors read exactly as for a hand-written
__init__ ("P.__init__() missing 1 required positional argument: 'x'")."""

import copy as _copy

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type={self._field_type})")

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith("typing.ClassVar") or text.startswith("ClassVar")


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, "__dataclass_fields__", None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    kw_only_mode = kw_only
    own = []
    for name, tp in annotations.items():
        if tp is KW_ONLY or tp is _KwOnlyType:
            kw_only_mode = True
            continue
        default = getattr(cls, name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            if isinstance(default, (list, dict, set)):
                raise ValueError(f"mutable default {type(default)} for field {name} is not allowed: use default_factory")
            f = field(default=default)
        f.name = name
        f.type = tp
        f._field_type = _FIELD
        if _is_classvar(tp):
            f._field_type = _FIELD_CLASSVAR
        elif isinstance(tp, InitVar):
            f._field_type = _FIELD_INITVAR
        if f.kw_only is MISSING:
            f.kw_only = kw_only_mode
        if f._field_type is _FIELD and f.default_factory is not MISSING and f.default is MISSING:
            pass
        if isinstance(default, Field):
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
            else:
                setattr(cls, name, f.default)
        own.append(f)
        fields[name] = f
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    all_fields = [f for f in fields.values() if f._field_type is _FIELD]
    init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]

    ns = {"MISSING": MISSING, "_cls": cls, "FrozenInstanceError": FrozenInstanceError,
          "__dataclass_builtins_object__": object}
    if init:
        std = [f for f in init_fields if not f.kw_only]
        kw = [f for f in init_fields if f.kw_only]
        seen_default = False
        for f in std:
            has_default = f.default is not MISSING or f.default_factory is not MISSING
            if not has_default and seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
            seen_default = seen_default or has_default
        params = ["self"]

        def param(f):
            if f.default is not MISSING:
                ns[f"_dflt_{f.name}"] = f.default
                return f"{f.name}=_dflt_{f.name}"
            if f.default_factory is not MISSING:
                ns[f"_fact_{f.name}"] = f.default_factory
                return f"{f.name}=MISSING"
            return f.name
        params += [param(f) for f in std]
        if kw:
            params.append("*")
            params += [param(f) for f in kw]
        body = []
        for f in init_fields:
            if f._field_type is _FIELD_INITVAR:
                continue
            value = f.name
            if f.default_factory is not MISSING:
                if f.init:
                    value = f"_fact_{f.name}() if {f.name} is MISSING else {f.name}"
                else:
                    value = f"_fact_{f.name}()"
            if frozen:
                body.append(f"__dataclass_builtins_object__.__setattr__(self, {f.name!r}, {value})")
            else:
                body.append(f"self.{f.name} = {value}")
        for f in all_fields:
            if not f.init and f.default_factory is not MISSING:
                ns[f"_fact_{f.name}"] = f.default_factory
                if frozen:
                    body.append(f"__dataclass_builtins_object__.__setattr__(self, {f.name!r}, _fact_{f.name}())")
                else:
                    body.append(f"self.{f.name} = _fact_{f.name}()")
        if hasattr(cls, "__post_init__"):
            initvars = [f.name for f in init_fields if f._field_type is _FIELD_INITVAR]
            body.append(f"self.__post_init__({', '.join(initvars)})")
        if not body:
            body = ["pass"]
        _add_method(cls, "__init__", f"def __init__({', '.join(params)}):\n" +
                    "".join(f"    {line}\n" for line in body), ns)
    if repr and "__repr__" not in cls.__dict__:
        parts = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in all_fields if f.repr)
        _add_method(cls, "__repr__",
                    "def __repr__(self):\n"
                    f"    return f\"{{self.__class__.__qualname__}}({parts})\"\n", ns)
    compare_fields = [f for f in all_fields if f.compare]
    tuple_of = lambda obj: "(" + "".join(f"{obj}.{f.name}," for f in compare_fields) + ")"
    if eq and "__eq__" not in cls.__dict__:
        _add_method(cls, "__eq__",
                    "def __eq__(self, other):\n"
                    "    if other.__class__ is self.__class__:\n"
                    f"        return {tuple_of('self')} == {tuple_of('other')}\n"
                    "    return NotImplemented\n", ns)
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
            _add_method(cls, name,
                        f"def {name}(self, other):\n"
                        "    if other.__class__ is self.__class__:\n"
                        f"        return {tuple_of('self')} {op} {tuple_of('other')}\n"
                        "    return NotImplemented\n", ns)
    if frozen:
        names = tuple(f.name for f in all_fields)
        ns["_frozen_names"] = names
        _add_method(cls, "__setattr__",
                    "def __setattr__(self, name, value):\n"
                    "    if type(self) is _cls or name in _frozen_names:\n"
                    "        raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n"
                    "    super(_cls, self).__setattr__(name, value)\n", ns)
        _add_method(cls, "__delattr__",
                    "def __delattr__(self, name):\n"
                    "    if type(self) is _cls or name in _frozen_names:\n"
                    "        raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n"
                    "    super(_cls, self).__delattr__(name)\n", ns)
    has_explicit_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    hash_fields = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash or (eq and frozen):
        if not has_explicit_hash or unsafe_hash:
            _add_method(cls, "__hash__",
                        "def __hash__(self):\n"
                        "    return hash((" + "".join(f"self.{f.name}," for f in hash_fields) + "))\n", ns)
    elif eq and not has_explicit_hash:
        cls.__hash__ = None
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in init_fields if not f.kw_only)
    if "__doc__" not in cls.__dict__ or cls.__doc__ is None:
        try:
            cls.__doc__ = cls.__name__ + "(" + ", ".join(_doc_param(f) for f in init_fields) + ")"
        except Exception:
            pass
    return cls


def _doc_param(f):
    text = f"{f.name}: {_type_name(f.type)}"
    if f.default is not MISSING:
        text += f" = {f.default!r}"
    elif f.default_factory is not MISSING:
        text += " = <factory>"
    return text


def _type_name(tp):
    if isinstance(tp, type):
        return tp.__name__
    return repr(tp)


def _add_method(cls, name, source, ns):
    local = {}
    exec(source, ns, local)
    fn = local[name]
    fn.__qualname__ = f"{cls.__qualname__}.{name}"
    setattr(cls, name, fn)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, "__dataclass_fields__")
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = "typing.Any"
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns["__annotations__"] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
