def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {'a': 1, 'b': 2}
d['c'] = 3; d[1] = 'one'; d[2.0] = 'two'; d[(1, 2)] = 'tup'
print(d, len(d), d['a'], d[1], d[2], d[(1, 2)])
show(lambda: d['zz'])
show(lambda: d[[1]])
show(lambda: {}[[1]])
show(lambda: d.get([1]))
print(d.get('a'), d.get('zz'), d.get('zz', 0), 'a' in d, 'zz' in d, 1.0 in d, True in d)
print(d.setdefault('a', 9), d.setdefault('n', []), d)
print(d.pop('n'), d.pop('zz', 'dflt'))
show(lambda: d.pop('zz'))
del d[(1, 2)]; del d[2]
def delmissing():
    del d['nope']
show(delmissing)
print(d)
print(d.popitem(), d)
show(lambda: {}.popitem())
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print({}.keys(), {}.items())
e = dict(d); e.update({'x': 1}, y=2); e.update([('z', 3)]); e.update(w=4); print(e)
show(lambda: e.update([(1, 2, 3)]))
show(lambda: e.update([1]))
show(lambda: e.update({}, {}))
show(lambda: dict([(1, 2)], [3]))
show(lambda: dict(1))
print(dict(), dict(a=1), dict({'a': 1}, b=2), dict([('k', 'v')]), dict(zip('ab', range(2))))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), type(dict.fromkeys([])).__name__)
c = d.copy(); c['new'] = 1; print(d, c)
c.clear(); print(c, len(c))
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {} == {}, {1: 2} == [1])
show(lambda: {} < {})
print({'a': 1} | {'b': 2}, {'a': 1} | {'a': 3})
f = {'a': 1}; f |= {'b': 2}; f |= [('c', 3)]; print(f)
show(lambda: {} | [])
show(lambda: hash({}))
# recursion in repr
r = {}; r['self'] = r; print(r)
# iteration order and mutation during iteration
g = {i: i * i for i in range(10)}
for k in list(g):
    if k % 2: del g[k]
print(g)
g[1] = 1; print(list(g), list(reversed(g)), list(reversed(g.values())), list(reversed(g.items())))
def mutate():
    for k in g:
        g[k + 100] = 0
show(mutate)
def mutate2():
    h = {1: 1, 2: 2}
    for k in h:
        del h[k]
        h[k + 10] = 0
show(mutate2)
# views
k = {'a': 1, 'b': 2, 'c': 3}.keys()
print(len(k), 'a' in k, 'z' in k, k & {'a', 'z'}, sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(k == {'a', 'b', 'c'}, k != {'a'}, k < {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c'}, k > {'a'}, k.isdisjoint({'x'}))
print(sorted({'x', 'a'} & k), sorted({'x'} | k), sorted({'a', 'x'} - k))
items = {'a': 1, 'b': 2}.items()
print(('a', 1) in items, ('a', 2) in items, 'a' in items, items & {('a', 1)}, type(items).__name__)
vals = {'a': 1}.values(); print(1 in vals, 2 in vals, type(vals).__name__)
it = iter({'a': 1}); print(type(it).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__)
print(type(reversed({})).__name__)
# user keys
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, Key) and self.v == o.v
    def __repr__(self): return 'Key(%r)' % self.v
m = {Key(1): 'a'}; m[Key(1)] = 'b'; m[Key(2)] = 'c'
print(m, m[Key(2)], Key(3) in m)
class Bad:
    def __hash__(self): raise ValueError('no hash')
show(lambda: {Bad(): 1})
class D(dict):
    def __missing__(self, key):
        return key * 2
dd = D(a=1); print(dd['a'], dd['zz'], dd, type(dd).__name__, isinstance(dd, dict))
class E(dict):
    pass
ee = E({'x': 1}); ee.attr = 3; print(ee, ee.attr, ee.get('x'))
show(lambda: ee['q'])
# big dict
big = {}
for i in range(1000): big[str(i)] = i
for i in range(0, 1000, 3): del big[str(i)]
print(len(big), sum(big.values()), list(big)[:5])
print({1: 'a', True: 'b', 1.0: 'c'})
print(str({'a': [1, {'b': (2,)}]}))
