def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t = (1, 2, 3)
print(t, (), (1,), ((1, 2), (3,)), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(len(t), t[0], t[-1], t[1:], t[::-1], t[5:], t[:0])
show(lambda: t[3])
show(lambda: t['a'])
show(lambda: tuple(1))
show(lambda: tuple([1], [2]))
show(lambda: tuple(x=1))
print(t + (4,), t * 2, 2 * t, t * 0, () * 5)
show(lambda: t + [4])
show(lambda: t * 'a')
print(t == (1, 2, 3), t != (1, 2), t < (1, 2, 4), t > (1, 2), (1, 'a') < (1, 'b'), (1, 2) == [1, 2])
show(lambda: (1, 'a') < (1, 2))
print(2 in t, 5 in t, t.count(2), (1, 1, 1).count(1), t.index(3), (1, 2, 1).index(1, 1))
show(lambda: t.index(9))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash(((1, 2), 'a')) == hash(((1, 2), 'a')))
print(hash((-1,)), hash((0, -1)), hash((True, 2.5, "")))
show(lambda: hash((1, [2])))
it = iter(t); print(type(it).__name__, next(it), list(it))
class P(tuple):
    def total(self): return sum(self)
p = P([4, 5]); p.tag = 'x'
print(p, p.total(), p.tag, type(p).__name__, p[0], p + (1,), isinstance(p, tuple), len(p))
a, b = p; print(a, b)
print(tuple(p) == p, p == (4, 5))
x = ([1], 2); x[0].append(3); print(x)
print(repr((1, 'a', None, 2.5)), str(('a',)))
print(sorted({(2, 1), (1, 2), (1, 1)}))
