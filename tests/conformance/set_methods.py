def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = {3, 1, 2}
print(s, set(), frozenset(), frozenset({1, 2}), {5, 4, 100, 8, 16, 32, 0, -1}, set('abc') == {'a', 'b', 'c'})
print(set(range(20)), {i * 8 for i in range(10)}, set([1, 9, 17, 25]))
s.add(4); s.add(1); print(s)
s.discard(10); s.discard(4); print(s)
s.remove(3); print(s)
show(lambda: s.remove(99))
show(lambda: set().pop())
p = {7, 8}; print(p.pop(), p)
print(s.copy(), s.union([5], (6,)), s.intersection({1, 9}), s.difference({1}), s.symmetric_difference({1, 7}))
a = {1, 2, 3}; b = {2, 3, 4}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, a < a | b, a >= {1}, a > a, a == {3, 2, 1}, a != b)
print(a.issubset([1, 2, 3, 4]), a.issuperset([1]), a.isdisjoint([7]), a.isdisjoint(b))
c = set(a); c |= b; print(c)
c &= {1, 2, 9}; print(c)
c -= {1}; print(c)
c ^= {2, 5}; print(c)
c.update([10, 11], {12}); print(c)
c.intersection_update([10, 11, 99]); print(c)
c.difference_update({10}); print(c)
c.symmetric_difference_update([11, 12]); print(c)
c.clear(); print(c)
show(lambda: {1} | [2])
show(lambda: {1} < [1])
def ior():
    x = {1}
    x |= [2]
show(ior)
show(lambda: {[1]})
show(lambda: hash(set()))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({'a'})) == hash(frozenset(['a'])))
print(hash(frozenset([frozenset([1]), frozenset([2])])))
print({1, 2} == frozenset({1, 2}), frozenset({1}) | {2}, type(frozenset({1}) | {2}).__name__, type({2} | frozenset({1})).__name__)
print({frozenset({1, 2}): 'x'}[frozenset({2, 1})], {1, 2} in {frozenset({1, 2})})
print(set([1, 2]) in [frozenset([1, 2])])
ss = {1, 2, 3}
def mut():
    for x in ss:
        ss.add(x + 10)
show(mut)
show(lambda: set(1))
show(lambda: set([1], [2]))
show(lambda: set(x=1))
show(lambda: frozenset([1], [2]))
show(lambda: set().add())
show(lambda: frozenset().isdisjoint())
class S(set):
    pass
x = S([1, 2]); print(x, S(), type(x | {3}).__name__, x == {1, 2})
class F(frozenset):
    pass
print(F([1]), F(), frozenset(F([1])))
r = set(); print(repr(r), str({1}), repr(frozenset('a')))
print(sorted({'pear', 'apple', 'fig'}), len({1, 2, 2}), 2 in {1, 2}, 3 not in {1, 2})
big = set(range(100)); big -= set(range(0, 100, 2)); print(len(big), min(big), max(big))
print({-5, -1, 0, 1, 5}, {2**40, 1, 2**40 + 1})
print(set({'a': 1, 'b': 2}) == {'a', 'b'}, set(iter([3, 2, 1])))
d = {i for i in range(50) if i % 7 == 0}; print(d)
t = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
t.discard(5); t.add(25); print(t)
it = iter({1}); print(type(it).__name__)
