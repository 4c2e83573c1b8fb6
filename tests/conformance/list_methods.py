# list: methods, errors, slicing, sorting, repr
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [3, 1, 2]
a.append(4); print(a)
a.extend((5, 6)); print(a)
a.extend(x for x in "ab"); print(a)
a.insert(0, 'z'); a.insert(-1, 'y'); a.insert(100, 'end'); a.insert(-100, 'start'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: [1].pop('a'))
a = [1, 2, 3, 2]
a.remove(2); print(a)
show(lambda: a.remove(9))
print(a.index(2), a.index(3), [1, 2, 1, 2].index(1, 1), [1, 2, 1, 2].index(2, -1))
show(lambda: a.index(9))
show(lambda: a.index('x'))
show(lambda: [1, 2, 3].index(1, 1, 2))
print([1, 1, 2].count(1), [].count(0))
b = a.copy(); b.clear(); print(a, b)
c = [1, 2, 3]; c.reverse(); print(c)
show(lambda: [].append())
show(lambda: [].append(1, 2))
show(lambda: [].insert(1))
show(lambda: [].index())
show(lambda: [].count())
show(lambda: [].clear(1))
show(lambda: [].append(x=1))
# sort
d = [5, 2, 8, 1, 9, 3]
d.sort(); print(d)
d.sort(reverse=True); print(d)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
pairs.sort(key=lambda p: p[0]); print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True); print(pairs)
show(lambda: [1, 'a'].sort())
show(lambda: [3, 2].sort(1))
show(lambda: [3, 2].sort(foo=1))
big = [(i * 7919) % 1000 for i in range(1000)]
big.sort(); print(big[:10], big[-5:], big == sorted(big))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'K(%d)' % self.v
print(sorted([K(3), K(1), K(2)]))
lst = [3, 2, 1]
def bad(x):
    lst.append(x)
    return x
show(lambda: lst.sort(key=bad))
# repr recursion
r = [1, 2]; r.append(r); print(r)
nested = [[1, [2, [3]]], []]; print(nested, repr(nested), str(nested))
# comparisons
print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] <= [], [1] >= [1, 0])
show(lambda: [1] < ['a'])
show(lambda: [1] < (1,))
print([1, 2] == (1, 2))
# indexing
e = list(range(10))
print(e[0], e[-1], e[2:5], e[::2], e[::-1], e[-3:], e[:-7], e[8:2:-2], e[100:], e[-100:2])
show(lambda: e[10])
show(lambda: e[-11])
show(lambda: e['a'])
show(lambda: e[1.0])
show(lambda: e[::0])
e[0] = 'x'; e[-1] = 'y'; print(e)
e[1:3] = 'abc'; print(e)
e[::2] = range(6); print(e)
def assign_ext():
    e[::3] = [1, 2]
show(assign_ext)
def assign_idx():
    e[50] = 1
show(assign_idx)
def assign_bad():
    e[1:2] = 5
show(assign_bad)
del e[0]; print(e)
del e[::2]; print(e)
del e[-2:]; print(e)
del e[::-1]; print(e)
f = [1, 2, 3]
f[1:1] = f; print(f)
f[:] = []; print(f)
def delidx():
    del f[0]
show(delidx)
# operators
print([1] + [2], [1, 2] * 2, 2 * [0], [1] * 0, [1] * -1)
show(lambda: [1] + (2,))
show(lambda: [1] * 'a')
show(lambda: [1] * 1.5)
g = [1]; g += (2, 3); g += "ab"; print(g)
h = [1, 2]; h *= 3; print(h)
h2 = h; h2 *= 0; print(h, h2 is h)
print(3 in [1, 2, 3], 4 not in [1, 2, 3])
print(list(), list("abc"), list((1, 2)), list({1: 2}), list(range(3)))
show(lambda: list(1))
show(lambda: list([1], [2]))
show(lambda: hash([]))
print(list(reversed([1, 2, 3])), len([1, 2]), bool([]), bool([0]))
it = iter([1, 2, 3]); print(type(it).__name__, next(it), it.__length_hint__(), list(it))
print(type(reversed([])).__name__)
class L(list):
    pass
l = L([1, 2]); l.x = 5; l.append(3); print(l, l.x, type(l).__name__, len(l), l[1:])
x = [1, 2, 3]
for i in x:
    if i == 1:
        x.append(4)
print(x)
