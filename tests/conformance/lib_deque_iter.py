# collections.deque: iterators, reversed, and the "mutated during iteration"
# checks of iteration, `in`, count, index, remove and comparisons.
from collections import deque


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))


d = deque(range(5))
it = iter(d)
print(type(it).__name__, type(reversed(d)).__name__, type(it).__module__)
print(it.__length_hint__(), next(it), next(it), it.__length_hint__(), list(it), it.__length_hint__())
r = reversed(d)
print(r.__length_hint__(), next(r), list(r), r.__length_hint__())
print(iter(it) is it, list(reversed(deque())), list(iter(deque())))
print(type(d.__iter__()).__name__, d.__reversed__().__length_hint__())


# Which operations count as a mutation for a live iterator (CPython's state).
def after(label, op):
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    op(d)
    t(label, lambda: next(it))


after("append", lambda d: d.append(9))
after("appendleft", lambda d: d.appendleft(9))
after("pop", lambda d: d.pop())
after("popleft", lambda d: d.popleft())
after("extend empty", lambda d: d.extend([]))
after("extend", lambda d: d.extend([1]))
after("clear", lambda d: d.clear())
after("rotate 0", lambda d: d.rotate(0))
after("rotate 1", lambda d: d.rotate(1))
after("reverse", lambda d: d.reverse())
after("setitem", lambda d: d.__setitem__(0, 5))
after("delitem", lambda d: d.__delitem__(0))
after("insert", lambda d: d.insert(1, 0))
after("remove", lambda d: d.remove(3))
after("count", lambda d: d.count(3))
after("index", lambda d: d.index(3))
after("iadd empty", lambda d: d.__iadd__(()))
after("imul 1", lambda d: d.__imul__(1))
after("imul 2", lambda d: d.__imul__(2))

# a failed iterator keeps failing; an exhausted one notices later changes too
d = deque([1, 2])
it = iter(d)
d.append(3)
t("first", lambda: next(it))
t("again", lambda: next(it))
d = deque([1])
it = iter(d)
print(list(it))
d.append(2)
t("exhausted then appended", lambda: next(it))
d = deque([1, 2, 3])
r = reversed(d)
next(r)
d.appendleft(0)
t("reversed", lambda: next(r))

# for-loops that mutate
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("for append:", e, d)
d = deque([1, 2, 3])
for x in d:
    d[0] = x * 10
print("for setitem:", d)
d = deque([1, 2, 3])
for x in d:
    d.reverse()
print("for reverse:", d)


class Mutator:
    def __init__(self, d, exc=False):
        self.d = d

    def __eq__(self, other):
        self.d.append(1)
        return False


d = deque([1, 2, 3])
t("in", lambda: Mutator(d) in d)
d = deque([1, 2, 3])
t("count", lambda: d.count(Mutator(d)))
d = deque([1, 2, 3])
t("index", lambda: d.index(Mutator(d)))
d = deque([1, 2, 3])
t("remove", lambda: d.remove(Mutator(d)))
d = deque([1, 2, 3])
t("eq", lambda: d == deque([Mutator(d), 2, 3]))
d = deque([1, 2, 3])
t("lt", lambda: d < deque([Mutator(d), 2, 3]))


class Popper:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        return True


d = deque([1, 2, 3])
print(Popper(d) in d, d.count(Popper(d)), d.index(Popper(d)))
d.remove(Popper(d))
print(d)


class EqSwap:
    """Equal to everything, mutating the other deque when compared."""
    def __init__(self, other):
        self.other = other

    def __eq__(self, x):
        self.other.pop()
        return True


a = deque([1, 2, 3])
b = deque([0, 0, 0])
b[0] = EqSwap(a)
t("cmp mutates", lambda: b == a)
t("cmp lt mutates", lambda: deque([EqSwap(a), 1]) < deque([5, 6]))

# comparing nested deques and the first differing element
print(deque([deque([1])]) == deque([deque([1])]), deque([[1], 2]) < deque([[1], 3]))
print(deque([1, 2, 3]) < deque([1, 2]), deque([1, 2]) < deque([1, 2, 0]))

# iterating a big ring after wrap-around
d = deque()
for i in range(100):
    d.append(i)
    d.popleft() if i % 2 else None
print(list(d)[:5], list(reversed(d))[:5], sum(d), len(d))
d.rotate(17)
print(list(d)[:5], d[-1], sum(x for x in d))
