# collections.deque: construction, the methods at both ends, maxlen, rotate,
# insert/remove/index/count, indexing, operators and repr.
from collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen)
d = deque("abc")
print(d, len(d), bool(d))
print(deque(range(5)), deque((1, 2)), deque({1: 2, 3: 4}), deque(x * x for x in range(4)))
print(deque(iterable=[1, 2], maxlen=None), deque(maxlen=3), deque([], 0))
print(deque(range(10), 3), deque(range(10), maxlen=3).maxlen, deque(maxlen=True))

# both ends
d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d)
print(d.pop(), d.popleft(), d.pop(), d.popleft(), d)
d.extend("xy")
d.extendleft("ab")
print(d)
d.extend(d)
print(d)
d.extendleft(d)
print(d, len(d))
d.clear()
print(d, len(d))
d.clear()
print(d)

# growth and wrap-around of the ring
d = deque()
for i in range(1000):
    d.append(i)
    if i % 3 == 0:
        d.popleft()
print(len(d), d[0], d[-1], d[333], sum(d))
for i in range(600):
    d.appendleft(i)
    d.pop()
print(len(d), d[0], d[-1], sum(d))
while len(d) > 3:
    d.popleft()
print(d)

# maxlen trimming from the other end
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
print(d)
d.appendleft("L")
print(d)
d.extendleft("abcd")
print(d)
d.extend([7, 8])
print(d)
z = deque(range(5), 0)
z.append(1)
z.appendleft(2)
z.extend(range(3))
z.extendleft(range(3))
print(z, len(z))

# rotate
d = deque(range(10))
d.rotate()
print(d)
d.rotate(3)
print(d)
d.rotate(-4)
print(d)
d.rotate(23)
print(d)
d.rotate(-123)
print(d)
d.rotate(0)
print(d)
e = deque()
e.rotate(5)
e = deque([1])
e.rotate(-5)
print(e)
full = deque(range(8), 8)
full.rotate(3)
print(full)
full.rotate(-5)
print(full)

# reverse
d = deque(range(7))
d.reverse()
print(d)
d = deque()
d.reverse()
print(d)

# insert
d = deque(range(10))
for i, x in [(0, "a"), (3, "b"), (-2, "c"), (100, "d"), (-100, "e"), (13, "f"), (8, "g")]:
    d.insert(i, x)
print(d)
d = deque(maxlen=3)
d.insert(0, 1)
d.insert(0, 2)
d.insert(5, 3)
print(d)

# remove, del, index, count
d = deque("abcabcabc")
d.remove("b")
print(d)
del d[0]
del d[-1]
del d[3]
print(d)
print(d.index("a"), d.index("c"), d.index("b", 2), d.index("a", -3), d.index("a", 0, 100))
print(d.count("a"), d.count("c"), d.count("z"), deque().count(1))
print(deque([1, 1.0, True]).count(1))

# indexing and assignment
d = deque(range(10))
print(d[0], d[9], d[-1], d[-10], d[5], d[True])
d[0] = "first"
d[-1] = "last"
d[4] = None
print(d)

# operators
a, b = deque([1, 2]), deque([3])
print(a + b, b + a, a * 3, 2 * b, a * 0, a * -1)
c = deque([1, 2, 3], 4)
print(c + deque("xyz"), c * 3)
c *= 2
print(c)
c += [9]
print(c)
c += c
print(c)
f = deque([5])
f *= 4
print(f)
g = deque([1, 2])
g *= 1
print(g)
g *= 0
print(g)
h = deque([1], 2)
h *= 10
print(h)

# comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2]), deque([1]) == deque([1], 3))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1]), deque([1]) > deque([]),
      deque([1]) >= deque([1]), deque("abc") < deque("abd"), deque([2]) > deque([1, 5]))
print(deque([1]) == [1], deque() == (), [1] == deque([1]), deque([1]).__eq__([1]))
d = deque([1])
print(d == d, d != d, d <= d)
nan = float("nan")
x = deque([nan])
print(x == x, x == deque([nan]), deque([nan]) == deque([nan]))

# membership, len, bool, iteration
d = deque("hello")
print("e" in d, "z" in d, "z" not in d, len(d), bool(deque([0])))
print(list(d), list(reversed(d)), sorted(d), tuple(d), "".join(d))
print(max(deque([3, 1, 2])), sum(deque(range(101))), list(enumerate(deque("ab"))))

# repr with recursion
d = deque()
d.append(d)
print(d)
d = deque([1, [2]], 5)
d[1].append(d)
print(d)
d = deque([1], 3)
d.append(d)
print(repr(d), str(d))
print(deque(["a", 1.5, None, (1,)]))
