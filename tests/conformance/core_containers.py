# Lists, tuples, dicts, sets and comprehensions.
nums = [5, 3, 8, 1]
nums.append(7)
nums.extend([2, 2])
nums.insert(0, 9)
print(nums, len(nums), nums.count(2), nums.index(8))
nums.sort()
print(nums, nums[0], nums[-1], nums[2:5], nums[::-1], nums[1:6:2])
nums.remove(2)
print(nums.pop(), nums.pop(0), nums)
del nums[1]
print(nums)
nums[1:3] = ["a", "b", "c"]
print(nums)
t = (1, "two", 3.0)
print(t, t[1], t[-1], len(t), t + (4,), t * 2, (1,), ())
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, d["two"], d.get("four"), d.get("four", 4), len(d), "one" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
del d["one"]
print(d, d.pop("two"), d, d.setdefault("x", 0), d)
s = {3, 1, 2}
s.add(2)
s.add(4)
print(s, len(s), 3 in s, s | {9}, s & {1, 4}, s - {1}, {1, 2} ^ {2, 3})
print([x * x for x in range(6)])
print({x: x * x for x in range(4)})
print({x % 3 for x in range(10)})
print(list(x for x in "hey"))
print([(a, b) for a in range(3) for b in range(a)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print(list(enumerate("ab", start=1)), list(zip("abc", range(5))))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), list(reversed([1, 2, 3])))
print(any([0, 0, 1]), all([1, 1, 0]), any([]), all([]))
print(list(filter(None, [0, 1, "", "a"])), list(map(str, [1, 2])))
print([1, 2] == [1, 2], [1, 2] < [1, 3], (1, 2) < (1, 2, 0), {1: 2} == {1: 2})
print(dict(a=1, b=2), dict([("x", 1)]), list("abc"), tuple([1, 2]), set([1, 1, 2]))
nested = {"k": [1, {"deep": (2, 3)}]}
print(nested, nested["k"][1]["deep"][0])
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == a.copy(), a is a.copy())
print(max("apple", "kiwi", key=len), min([], default="empty"), sum(range(101)))
print(frozenset([1, 2]), {"b": 1, "a": 2}, [None, True, 1.5, "s"])
x = [[0] * 3 for _ in range(2)]
x[0][1] = 5
print(x)
