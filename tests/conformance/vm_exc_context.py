import sys
def g():
    try:
        yield 1
    except ValueError:
        yield sys.exc_info()[1]
        raise KeyError("in gen handler")
it = g()
next(it)
try:
    raise TypeError("outer")
except TypeError:
    print(repr(it.throw(ValueError("v"))))
    try:
        next(it)
    except KeyError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
def h():
    yield
    raise IndexError("h")
try:
    raise OSError("handling")
except OSError:
    try:
        for _ in h(): pass
    except IndexError as e:
        print(repr(e.__context__))
def k():
    try:
        yield
    finally:
        print("k exc_info", sys.exc_info()[0])
kk = k(); next(kk)
try:
    raise ZeroDivisionError
except ZeroDivisionError:
    kk.close()
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit got", a[0].__name__ if a[0] else None)
        return a[0] is KeyError
def wg():
    with CM():
        yield 1
        yield 2
w = wg(); next(w)
try: print(w.throw(KeyError))
except StopIteration: print("gen finished after suppressing")
w = wg(); next(w)
try: w.throw(ValueError("x"))
except ValueError as e: print("VE out", e)
e1 = ValueError("loop")
try:
    try:
        raise e1
    except ValueError as e:
        raise e1
except ValueError as e:
    print(e.__context__)
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError(2) from None
except ValueError as e:
    print(repr(e.__context__), e.__suppress_context__, e.__cause__)
