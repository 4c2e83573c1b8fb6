"""copy — shallow and deep copies."""

import types as _types


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex if False else int, str, bytes, type, range,
           _types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented), _types.FunctionType,
           frozenset)


def copy(x):
    cls = type(x)
    if cls in _atomic:
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls is tuple:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, shallow=True)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        if all(a is b for a, b in zip(x, y)):
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, shallow=False, memo=memo)
    if y is not x:
        memo[d] = y
    return y


def _reconstruct(x, shallow, memo=None):
    cls = type(x)
    if isinstance(x, tuple) and hasattr(x, "_fields"):
        items = list(x) if shallow else [deepcopy(a, memo) for a in x]
        return cls._make(items)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None and reductor is not object.__reduce__:
        return _from_reduce(x, reductor(x), shallow, memo)
    y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    if isinstance(x, list):
        y.extend(x if shallow else [deepcopy(a, memo) for a in x])
    elif isinstance(x, dict):
        for k, v in x.items():
            y[k] = v if shallow else deepcopy(v, memo)
    state = getattr(x, "__dict__", None)
    if state:
        if not shallow:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__") and type(y).__setstate__ is not object.__dict__.get("__setstate__"):
            try:
                y.__setstate__(state)
                return y
            except AttributeError:
                pass
        y.__dict__.update(state)
    return y


def _from_reduce(x, rv, shallow, memo):
    """CPython's rebuild from a class's own __reduce__ value:
    (callable, args[, state[, listitems[, dictitems]]]) (deque, datetime, ...)."""
    if isinstance(rv, str):
        return x
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    deep = not shallow
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__") and type(y).__setstate__ is not object.__dict__.get("__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
