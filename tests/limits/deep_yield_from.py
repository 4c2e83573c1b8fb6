# A 100,000-deep yield-from chain: resuming, throwing into and closing it
# never recurse on the C stack.
import sys
sys.setrecursionlimit(10**6)

def leaf():
    try:
        x = yield 1
        print("leaf got", x)
        yield 2
    except ValueError as e:
        print("leaf caught", e)
        yield 3
    finally:
        print("leaf finally")
    return "done"

def chain(n):
    if n == 0:
        r = yield from leaf()
    else:
        r = yield from chain(n - 1)
    return r

g = chain(100000)
print(next(g))
print(g.send("hello"))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

g = chain(100000)
print(next(g))
g.close()
print("closed", g.gi_frame is None)

def gen_count(n):
    if n == 0:
        yield from range(3)
    else:
        yield from gen_count(n - 1)

print(sum(gen_count(100000)))
