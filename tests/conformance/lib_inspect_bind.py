import inspect
def f1(a, b=2, *args, c, d="x", **kw): pass
def f2(x, y, /, z=3, *, w): pass
def f3(a, *, b): pass
def f4(x, /, **kw): pass
def f5(*args, **kw): pass
def f6(a, b): pass
def f7(a, b=1, /, c=2): pass
cases = [
    (f1, (), {}), (f1, (1,), {}), (f1, (1,), {"c": 3}), (f1, (1, 2, 3, 4), {"c": 0, "z": 9}), (f1, (1,), {"a": 2, "c": 1}), (f1, (), {"a": 1, "b": 2, "c": 3, "e": 5}),
    (f2, (1, 2), {}), (f2, (1, 2), {"w": 1}), (f2, (1,), {"y": 2, "w": 0}), (f2, (1, 2, 3, 4), {"w": 0}), (f2, (1, 2, 3), {"z": 4, "w": 1}), (f2, (1, 2), {"x": 1, "w": 1}),
    (f3, (1, 2), {}), (f3, (1,), {}), (f3, (1,), {"b": 2, "c": 3}), (f3, (), {"b": 1}),
    (f4, (), {"x": 1}), (f4, (1,), {"x": 2}), (f4, (1,), {"y": 2}),
    (f5, (), {}), (f5, (1, 2), {"k": 3}),
    (f6, (1, 2, 3), {}), (f6, (1,), {"b": 2}), (f6, (), {"b": 2}), (f6, (1,), {"a": 1}),
    (f7, (1,), {"c": 5}), (f7, (), {"a": 1}), (f7, (1, 2, 3, 4), {}),
]
for fn, args, kwargs in cases:
    sig = inspect.signature(fn)
    for partial in (False, True):
        try:
            ba = sig.bind_partial(*args, **kwargs) if partial else sig.bind(*args, **kwargs)
            print(fn.__name__, args, kwargs, partial, ba, ba.args, ba.kwargs)
            ba.apply_defaults()
            print("  defaults", ba.arguments)
        except TypeError as e:
            print(fn.__name__, args, kwargs, partial, "TypeError:", e)
for fn in (f1, f2, f3, f4, f5, f6, f7, lambda *, k: 0, lambda a, /: 0):
    print(inspect.signature(fn))
