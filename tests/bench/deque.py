# collections.deque: appends and pops at both ends, a FIFO window, rotate,
# a bounded deque, indexing and iteration.
from collections import deque


def both_ends(n):
    d = deque()
    for i in range(n):
        d.append(i)
        d.appendleft(i)
    total = 0
    while d:
        total += d.pop() - d.popleft()
    return total


def fifo(n):
    d = deque()
    total = 0
    for i in range(n):
        d.append(i)
        if len(d) > 100:
            total += d.popleft()
    return total


def rotate(n):
    d = deque(range(1000))
    for i in range(n):
        d.rotate(7)
        d.rotate(-3)
    return d[0] + d[500] + d[-1]


def bounded(n):
    d = deque(maxlen=50)
    for i in range(n):
        d.append(i)
    return sum(d)


def scan(n):
    d = deque(range(1000))
    total = 0
    for _ in range(n):
        for x in d:
            total += x
        total += d[250] + d[-250]
    return total


print(both_ends(1_000_000), fifo(2_000_000), rotate(1_000_000), bounded(2_000_000), scan(1000))
