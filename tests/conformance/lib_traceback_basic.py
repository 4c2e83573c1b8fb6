import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"
_print = print


def print(*args, **kw):
    # Paths of this file differ between checkouts: show them relative.
    _print(*[a.replace(HERE, "") if isinstance(a, str) else
             str(a).replace(HERE, "") if isinstance(a, list) else a
             for a in args], **kw)


def inner(x):
    return x / 0


def middle(x):
    return inner(x) + 1


def outer():
    d = {"a": [1, 2]}
    return d["a"][5]


try:
    middle(3)
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text, end="")
    print("---")
    print(''.join(traceback.format_exception(*sys.exc_info())), end='')
    print("---")
    lines = traceback.format_exception(*sys.exc_info())
    print(len(lines))
    print(lines[0], end="")
    print(lines[-1], end="")

print("=== exception alone")
try:
    outer()
except IndexError as e:
    for piece in traceback.format_exception(e):
        print(repr(piece))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception(e, limit=1)), end="")
    print("".join(traceback.format_exception(e, limit=-1)), end="")
    print("".join(traceback.format_exception(e, limit=0)), end="")
    print(traceback.format_tb(e.__traceback__))
    print(len(traceback.extract_tb(e.__traceback__)))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.line, repr(fs)[:13])
        fn, ln, name, line = fs
        print(name, line)

print("=== chains")


def chained():
    try:
        {}["missing"]
    except KeyError as k:
        raise ValueError("bad value") from k


try:
    chained()
except ValueError as e:
    print(''.join(traceback.format_exception(e)), end='')
    print("--- no chain")
    print(''.join(traceback.format_exception(e, chain=False)), end='')
    print("--- old signature")
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__)), end='')

try:
    try:
        1 + "a"
    except TypeError:
        undefined_name_x
except NameError as e:
    print("".join(traceback.format_exception(e)), end="")

print("=== notes and groups")
try:
    e = ValueError("with notes")
    e.add_note("first note")
    e.add_note("second\nnote")
    raise e
except ValueError as err:
    print("".join(traceback.format_exception(err)), end="")
    print(traceback.format_exception_only(err))

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print("".join(traceback.format_exception(eg)), end="")

print("=== none")
print(traceback.format_exc(), end="")
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))

print("=== TracebackException")
try:
    chained()
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack))
    print(te.__cause__.exc_type.__name__, te.__cause__._str)
    print("".join(te.format()), end="")
    print(list(te.format_exception_only()))
    print("".join(te.format(chain=False)), end="")

print("=== syntax error")
try:
    compile("x = (1,\n", "<src>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
try:
    compile("a = 1 +* 2", "fake.py", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))

print("=== class in module")


class MyError(Exception):
    pass


try:
    raise MyError("custom")
except MyError as e:
    print(traceback.format_exception_only(e))
try:
    [].nope
except AttributeError as e:
    print(traceback.format_exception_only(e))
