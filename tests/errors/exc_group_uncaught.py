eg = ExceptionGroup("eg", [ValueError(1), TypeError("x"), ExceptionGroup("inner", [KeyError('k')])])
print(eg, repr(eg), eg.message, eg.exceptions)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), ExceptionGroup.__mro__)
m, r = eg.split(ValueError)
print(m, r, m.exceptions, r.exceptions)
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(eg.split((TypeError, KeyError)))
for bad in [lambda: ExceptionGroup("x", 1), lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("x", [1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
e = ValueError("v")
e.add_note("note1")
e.add_note("line a\nline b")
print(e.__notes__)
def f():
    raise eg
f()
