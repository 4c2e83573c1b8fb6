# A 100,000-deep chain of generators delegating with `yield from`, run under
# `ulimit -s 1024`: resumption links heap frames, the C stack stays flat.
import sys

sys.setrecursionlimit(1_000_000)


def chain(n):
    if n == 0:
        yield "bottom"
        return "done"
    result = yield from chain(n - 1)
    return result


g = chain(100_000)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)
