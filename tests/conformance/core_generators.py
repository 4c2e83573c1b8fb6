# Generators: yield, send, throw, close, yield from, generator expressions.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count_up(4)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stopped with", e.value)

def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(next(acc), acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

def delegator():
    result = yield from count_up(3)
    print("inner returned", result)
    yield "after"

print(list(delegator()))

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", e)
        finally:
            pass

c = catcher()
next(c)
print(c.throw(ValueError("bad")))
c.close()
print("closed")

def closer():
    try:
        yield 1
    finally:
        print("cleanup on close")

cl = closer()
next(cl)
cl.close()

squares = (x * x for x in range(5))
print(type(squares).__name__, sum(squares), sum(squares))
print(list(zip(count_up(3), "abc")))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], "ab", range(2))))
gen = count_up(1)
print(iter(gen) is gen, list(gen), list(gen))

def bad():
    yield 1
    raise StopIteration

try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)

def started():
    yield 1
s = started()
try:
    s.send("x")
except TypeError as e:
    print("TypeError:", e)
