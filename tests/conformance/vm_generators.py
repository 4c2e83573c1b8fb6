def gen(n):
    for i in range(n):
        x = yield i
        if x: print("got", x)
    return "ret"
g = gen(3)
print(next(g), g.send("a"), next(g))
try: next(g)
except StopIteration as e: print("stop", e.value)
try: next(g)
except StopIteration as e: print("stop again", e.value)
print(list(gen(4)))
g = gen(3)
try: g.send(1)
except TypeError as e: print(e)
def sub():
    yield 1
    yield 2
    return 3
def outer():
    r = yield from sub()
    print("r", r)
    yield r
print(list(outer()))
def thrower():
    try:
        yield 1
    except KeyError as e:
        print("caught", repr(e))
        yield 99
g = thrower(); next(g)
print(g.throw(KeyError("k")))
g = thrower(); next(g)
try: g.throw(ValueError)
except ValueError as e: print("propagated", repr(e))
print(g.gi_frame)
def closer():
    try:
        yield 1
    finally:
        print("closing")
g = closer(); next(g); g.close(); print(g.gi_frame)
def bad():
    try: yield 1
    except GeneratorExit: yield 2
g = bad(); next(g)
try: g.close()
except RuntimeError as e: print(e)
def stopper():
    raise StopIteration
    yield
try: next(stopper())
except RuntimeError as e: print(e, repr(e.__cause__))
g = gen(2)
print(g.__name__, g.__qualname__, repr(g)[:24])
g.__name__ = "zz"; print(g.__name__)
def running():
    g.send(None)
    yield
g = running()
try: next(g)
except ValueError as e: print(e)
ge = (x * 2 for x in range(5))
print(sum(ge), list(ge))
def ydeleg():
    yield from [1, 2]
    yield from (3, 4)
print(list(ydeleg()))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()), [x for x in It()])
def y2():
    yield from It()
print(list(y2()))
import types
print(type(gen(1)).__name__)
