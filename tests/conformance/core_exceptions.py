# Exceptions: try/except/else/finally, raise from, custom classes, chaining.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
        return result
    finally:
        print("finally for", a, b)

print(divide(1, 2))
print(divide(1, 0))

class AppError(Exception):
    pass

class DetailError(AppError):
    def __init__(self, code, detail):
        super().__init__(f"code {code}: {detail}")
        self.code = code

try:
    raise DetailError(42, "broken")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args)

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        [][1]
    except IndexError:
        raise TypeError("during handling")
except TypeError as e:
    print(repr(e), repr(e.__context__))

for exc in (ValueError, KeyError, IndexError, ZeroDivisionError):
    try:
        raise exc("x")
    except (KeyError, IndexError) as e:
        print("lookup error", type(e).__name__, isinstance(e, LookupError))
    except Exception as e:
        print("other", type(e).__name__)

def finally_return():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(finally_return())

def loop_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
    return i
print(loop_finally())

try:
    int("abc")
except ValueError as e:
    print(e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    raise KeyError("k")
except KeyError as e:
    print(str(e), repr(e), e.args)
e = Exception("a", 1)
print(str(e), repr(e), str(Exception()), repr(ValueError()))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
try:
    raise StopIteration(5)
except StopIteration as s:
    print("value", s.value)

def reraiser():
    try:
        raise ValueError("inner")
    except ValueError:
        print("handling, then re-raise")
        raise
try:
    reraiser()
except ValueError as e:
    print("re-raised:", e)

import sys
try:
    raise RuntimeError("info")
except RuntimeError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
print(sys.exc_info())
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
except* ValueError as g:
    print("value errors:", g.exceptions)
except* TypeError as g:
    print("type errors:", g.exceptions)
