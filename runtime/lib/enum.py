"""enum — Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique (CPython 3.11
reprs and errors).

Members are found in the class namespace in definition order: every name that
is not a dunder/sunder and not a descriptor (function, property, ...) becomes
a member, an instance of the class holding _name_ and _value_."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "auto", "unique", "ReprEnum", "IntEnum", "verify", "member", "nonmember",
           "global_enum", "EnumCheck", "FlagBoundary", "property"]

_auto_null = object()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})"


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1:2] != "_" and name[-2:-1] != "_"


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_private(cls_name, name):
    return name.startswith(f"_{cls_name}__")


class EnumType(type):
    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = []
        member_values = {}
        for key, value in list(classdict.items()):
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                  or _is_descriptor(value)):
                continue
            member_names.append(key)
            member_values[key] = value
        for key in member_names:
            del classdict[key]
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        member_type, first_enum = metacls._get_mixins_(bases)
        enum_class._member_type_ = member_type
        is_flag = Flag is not None and any(issubclass(b, Flag) for b in bases if isinstance(b, EnumType))
        last_values = []
        for name in member_names:
            value = member_values[name]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(
                        name, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and value and any(isinstance(v, auto) for v in value):
                value = tuple(v.value if isinstance(v, auto) else v for v in value)
            if value in enum_class._value2member_map_ if _hashable(value) else False:
                existing = enum_class._value2member_map_[value]
                enum_class._member_map_[name] = existing
                type.__setattr__(enum_class, name, existing)
                last_values.append(value)
                continue
            args = value if isinstance(value, tuple) and member_type is not object else (value,)
            new = classdict.get("__new__") if "__new__" in classdict else None
            if new is not None:
                enum_member = new(enum_class, *args)
                if not hasattr(enum_member, "_value_"):
                    enum_member._value_ = value
            elif member_type is object:
                enum_member = object.__new__(enum_class)
                enum_member._value_ = value
            else:
                enum_member = member_type.__new__(enum_class, *args)
                enum_member._value_ = member_type(*args)
            enum_member._name_ = name
            enum_member.__objclass__ = enum_class
            if "__init__" in classdict or any("__init__" in b.__dict__ for b in enum_class.__mro__[1:-1]
                                                 if b not in (Enum, Flag, object) and b is not member_type):
                if member_type is object:
                    enum_member.__init__(*args)
            enum_class._member_names_.append(name)
            enum_class._member_map_[name] = enum_member
            if _hashable(enum_member._value_):
                enum_class._value2member_map_.setdefault(enum_member._value_, enum_member)
            type.__setattr__(enum_class, name, enum_member)
            last_values.append(value)
        if member_type is not object:
            # A mixed-in type (int, str) must not win over the Enum methods.
            for meth in ("__repr__", "__str__", "__format__"):
                if meth in classdict:
                    continue
                for base in enum_class.__mro__[1:]:
                    if isinstance(base, EnumType) and meth in base.__dict__:
                        type.__setattr__(enum_class, meth, base.__dict__[meth])
                        break
        if is_flag:
            enum_class._flag_mask_ = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    enum_class._flag_mask_ |= m._value_
        return enum_class

    @staticmethod
    def _get_mixins_(bases):
        if not bases:
            return object, None
        member_type = object
        first_enum = bases[-1]
        for base in bases:
            for b in base.__mro__:
                if b is object or isinstance(b, EnumType):
                    continue
                member_type = b
                break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new_member__(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def __new_member__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            names = [(n, i) for i, n in enumerate(names, start)]
        bases = (cls,) if type is None else (type, cls)
        ns = {"__module__": module or "__main__", "__qualname__": qualname or class_name}
        items = names.items() if isinstance(names, dict) else names
        for item in items:
            name, value = item
            ns[name] = value
        return EnumType.__new__(EnumType, class_name, bases, ns)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return value in cls._value2member_map_ or any(m._value_ == value for m in cls._member_map_.values())

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {attr!r}.")
        super().__delattr__(attr)


EnumMeta = EnumType


def _hashable(v):
    try:
        hash(v)
    except TypeError:
        return False
    return True


Flag = None


class Enum(metaclass=EnumType):
    def __new__(cls, value):
        return cls.__new_member__(value)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = sorted(last_values)[-1] if all(isinstance(v, int) for v in last_values) else last_values[-1]
            return last + 1
        except TypeError:
            raise TypeError(f"unable to sort non-numeric values") from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if "_value_repr_" in dir(self.__class__) else repr
        return f"<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(int(self), spec)


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return str.__format__(str(self), spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _high_bit(value):
    return value.bit_length() - 1


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high_bit = max(_high_bit(v) for v in last_values if isinstance(v, int))
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ and (value & m._value_) == m._value_
                 and _is_single_bit(m._value_)]
        pseudo._name_ = "|".join(names) if names or value == 0 else None
        if value == 0 and not names:
            pseudo._name_ = None
        cls._value2member_map_.setdefault(value, pseudo)
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                            f"and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ and _is_single_bit(m._value_) and (self._value_ & m._value_) == m._value_:
                yield m

    def __len__(self):
        return bin(self._value_).count("1")

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"<{cls_name}: {self._value_!r}>"
        return f"<{cls_name}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"{cls_name}({self._value_!r})"
        return f"{cls_name}.{self._name_}"

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _is_single_bit(num):
    return num != 0 and (num & (num - 1)) == 0


class IntFlag(int, ReprEnum, Flag):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(int(self), spec)

    def __or__(self, other):
        if isinstance(other, int):
            return self.__class__(self._value_ | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return self.__class__(self._value_ & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return self.__class__(self._value_ ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def unique(enumeration):
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ", ".join(f"{alias} -> {name}" for (alias, name) in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {alias_details}")
    return enumeration


class EnumCheck(StrEnum):
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


def verify(*checks):
    return lambda enumeration: enumeration


def global_enum(cls):
    return cls
