# collections.deque: subclasses, copy/deepcopy/__reduce__, generic aliases,
# the abstract base classes, and the asyncio and queue modules built on it.
import collections
import collections.abc
import copy
from collections import deque

print(deque.__module__, deque.__name__, deque.__qualname__, repr(deque))
print(collections.deque is deque, deque[int], deque[int].__origin__ is deque, deque[str, int].__args__)
print(isinstance(deque(), collections.abc.MutableSequence), isinstance(deque(), collections.abc.Sequence),
      isinstance(deque(), collections.abc.Iterable), issubclass(deque, collections.abc.Sized))
print(deque.__doc__.splitlines()[0])
print(sorted(n for n in deque.__dict__ if not n.startswith("__")))


class MyDeque(deque):
    pass


m = MyDeque([1, 2], 5)
print(m, type(m).__name__, isinstance(m, deque), m.maxlen, len(m))
m.append(3)
m.appendleft(0)
m.attr = "x"
print(m, m.attr, m.__dict__)
print(m.copy(), type(m.copy()).__name__, hasattr(m.copy(), "attr"))
print(m + deque([9]), type(m + deque([9])).__name__, deque([9]) + m, type(deque([9]) + m).__name__)
print(m * 2, type(m * 2).__name__)
m2 = m
m2 += [7]
print(m2 is m, m)
print(m == deque([0, 1, 2, 3, 7]), deque([0, 1, 2, 3, 7]) == m, m == MyDeque([0, 1, 2, 3, 7]))
print(m.__reduce__()[:3], type(m.__reduce__()[3]).__name__)
print(deque([1, 2]).__reduce__()[:3], deque([1, 2], 7).__reduce__()[:3])
r = deque([1, 2, 3]).__reduce__()
print(list(r[3]))
e = MyDeque()
e.append(e)
print(e)


class Stack(deque):
    def __init__(self, items=(), *, name="s"):
        super().__init__(items)
        self.name = name

    def push(self, x):
        self.append(x)

    def __repr__(self):
        return f"Stack<{self.name}>{list(self)}"

    def __iter__(self):
        return iter([1, 2])


s = Stack([5, 6], name="t")
s.push(7)
print(s, len(s), list(s), s[0], s[-1], s.pop(), bool(s))
print(repr(deque([s])))


class Limited(deque):
    def __init__(self, iterable=(), maxlen=3):
        super().__init__(iterable, maxlen)


lim = Limited(range(10))
print(lim, lim.maxlen, lim.copy(), type(lim.copy()).__name__)


class NoCopy(deque):
    def __init__(self, a, b, c):
        super().__init__(a)


try:
    NoCopy([1], 2, 3).copy()
except TypeError as exc:
    print("TypeError:", exc)


class Weird(deque):
    def __new__(cls, *args):
        return 5 if args else super().__new__(cls)


try:
    Weird().copy()
except TypeError as exc:
    print("TypeError:", exc)


class Hashable(deque):
    def __hash__(self):
        return 7


print(hash(Hashable()), {Hashable([1]): 1}[Hashable([1])] if False else "skip")

# copy and deepcopy
d = deque([[1], [2]], 4)
c = copy.copy(d)
dc = copy.deepcopy(d)
print(c, c.maxlen, c[0] is d[0], dc, dc.maxlen, dc[0] is d[0], dc[0] == d[0])
sub = MyDeque([[1], {"a": [2]}])
sub.tag = [3]
sc = copy.copy(sub)
sd = copy.deepcopy(sub)
print(type(sc).__name__, sc, hasattr(sc, "tag"), type(sd).__name__, sd, sd.tag, sd.tag is sub.tag, sd[1] is sub[1])
rec = deque()
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc, rc[0] is rc, rc is rec)
shared = [0]
pair = deque([shared, shared])
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
print(copy.deepcopy(deque()), copy.copy(deque(maxlen=0)))

# asyncio.Queue (a deque inside) and its LIFO / priority variants
import asyncio


async def main():
    q = asyncio.Queue()
    for i in range(5):
        q.put_nowait(i)
    print(type(q._queue).__name__, q.qsize(), [q.get_nowait() for _ in range(3)], q.qsize())
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for i in (3, 1, 2):
        lq.put_nowait(i)
        pq.put_nowait(i)
    print(type(lq._queue).__name__, [lq.get_nowait() for _ in range(3)],
          type(pq._queue).__name__, [pq.get_nowait() for _ in range(3)])
    bq = asyncio.Queue(maxsize=2)

    async def producer():
        for i in range(6):
            await bq.put(i)
        await bq.put(None)

    async def consumer():
        got = []
        while (item := await bq.get()) is not None:
            got.append(item)
        return got

    print(await asyncio.gather(producer(), consumer()))
    print(type(bq._getters).__name__, type(bq._putters).__name__)


asyncio.run(main())

import queue

fq = queue.Queue()
for i in range(4):
    fq.put(i)
print(type(fq.queue).__name__, [fq.get() for _ in range(4)])
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print(type(lq.queue).__name__, [lq.get() for _ in range(3)])
