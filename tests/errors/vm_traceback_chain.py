def a(x):
    return b(x) + 1
def b(x):
    return 10 / x
def g():
    yield 1
    raise KeyError("in gen")
try:
    for v in g(): pass
except KeyError:
    pass
try:
    a(0)
except ZeroDivisionError as e:
    try:
        raise ValueError("second") from e
    except ValueError:
        pass
class C:
    def __init__(self, v):
        self.v = 1 / v
def outer():
    try:
        C(0)
    except ZeroDivisionError:
        raise RuntimeError("wrapped")
outer()
