import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"


def rel(s):
    return s.replace(HERE, "")


def a():
    return b()


def b():
    return traceback.extract_stack()


st = a()
print(len(st) >= 3)
for fs in st[-3:]:
    print(rel(fs.filename), fs.lineno, fs.name, fs.line)


def c():
    return traceback.format_stack()


for line in c()[-2:]:
    print(rel(line), end="")


def d(n):
    if n == 0:
        return traceback.format_stack(limit=2)
    return d(n - 1)


print(rel("".join(d(3))), end="")


def rec(n):
    if n == 0:
        raise RuntimeError("deep")
    rec(n - 1)


try:
    rec(10)
except RuntimeError as e:
    print(rel("".join(traceback.format_exception(e))), end="")
    print(rel("".join(traceback.format_tb(e.__traceback__))), end="")
    print(rel("".join(traceback.format_tb(e.__traceback__, limit=2))), end="")
    st = traceback.extract_tb(e.__traceback__)
    print(rel("".join(st.format())), end="")
    print(rel("".join(traceback.format_list(st[:2]))), end="")
    print(traceback.format_list([("f.py", 3, "g", "x = 1")]))
    s = traceback.StackSummary.from_list([("f.py", 3, "g", "x = 1"), ("f.py", 4, "h", None)])
    print(s.format())
    print([tuple(x) for x in s])
    print(s[0] == ("f.py", 3, "g", "x = 1"))

sys.tracebacklimit = 1
try:
    rec(3)
except RuntimeError as e:
    print(rel("".join(traceback.format_exception(e))), end="")
del sys.tracebacklimit

fs = traceback.FrameSummary("x.py", 10, "func", line="  y = 2  ")
print(fs.line, repr(fs), len(fs), list(fs))
print(list(traceback.walk_tb(None)))

try:
    rec(1)
except RuntimeError:
    traceback.print_exc()
    import io
    buf = io.StringIO()
    traceback.print_exc(limit=1, file=buf)
    tb = sys.exc_info()[2]
    traceback.print_tb(tb, limit=1, file=buf)
    traceback.print_stack(file=buf)
    traceback.print_exception(ValueError("v"), file=buf)
    print(rel(buf.getvalue()), end="")

print("end")
