def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate(iterable='x', start=-1)), list(enumerate([], 2**70)))
print(list(enumerate('ab', start=2**62)))
show(lambda: enumerate())
show(lambda: enumerate([], 1, 2))
show(lambda: enumerate([], x=1))
show(lambda: enumerate(1))
print(list(zip('abc', range(5))), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')))
print(list(zip('ab', 'cd', strict=True)))
show(lambda: list(zip('abc', 'cd', strict=True)))
show(lambda: list(zip('ab', 'cde', strict=True)))
show(lambda: list(zip('ab', 'cd', 'e', strict=True)))
show(lambda: list(zip('ab', 'cd', 'efg', strict=True)))
show(lambda: zip([], x=1))
show(lambda: zip(1))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 1])), list(map(lambda x, y, z: x + y + z, 'ab', 'cd', 'ef')))
show(lambda: map(abs))
show(lambda: list(map(abs, ['a'])))
print(list(filter(None, [0, 1, '', 'a', [], [0]])), list(filter(lambda x: x % 2, range(10))), list(filter(bool, [0, 2])))
show(lambda: filter(None))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), list(iter(Seq())), 20 in Seq(), 25 in Seq())
print(type(iter(Seq())).__name__, type(reversed(Seq())).__name__)
class Rev:
    def __reversed__(self): return iter('zyx')
print(list(reversed(Rev())))
show(lambda: reversed(1))
show(lambda: list(reversed({1: 2, 3: 4})))
show(lambda: reversed())
class G:
    def __getitem__(self, i):
        if i > 4: raise StopIteration
        return i
print(list(G()))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 5)), type(iter(counter, 99)).__name__)
it = iter([1, 2]); print(iter(it) is it, next(it), next(it), next(it, 'done'))
e = enumerate('ab'); print(next(e), list(e), list(e))
z = zip([1, 2], [3]); print(list(z), list(z))
print(dict(enumerate('ab')), sorted(zip([3, 1, 2], 'cab')), sum(map(len, ['ab', 'c'])))
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__)
class MyEnum(enumerate):
    pass
print(list(MyEnum('ab')))
a, *b = map(str, range(4)); print(a, b)
