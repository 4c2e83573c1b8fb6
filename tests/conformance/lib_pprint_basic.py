import pprint
import collections
from dataclasses import dataclass, field

data = {"name": "example", "values": list(range(30)), "nested": {"a": [1, 2, {"x": "y" * 20}], "b": (1, 2, 3), "c": {3, 1, 2}},
        "text": "lorem ipsum dolor sit amet " * 5, "z": None, 1: 2.5}
try:
    pprint.pprint(data)
except TypeError as e:
    print("TypeError", e)
data.pop(1)
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(list(range(50)), compact=True)
pprint.pprint(list(range(50)), compact=True, width=30)
print(pprint.pformat([[1, 2, 3] * 10, ("a",) * 3, (1,), (), [], {}, set(), frozenset({1, 2})]))
pprint.pprint([("x" * 30, "y" * 30, "z" * 30)])
pprint.pprint({"k" + str(i): list(range(i)) for i in range(12)})
pprint.pp({"b": 1, "a": 2})
pprint.pprint(frozenset(range(40)))
pprint.pprint(set("abcdefghijklmnopqrstuvwxyz" * 3))
od = collections.OrderedDict((str(i), i * 1000) for i in range(20))
pprint.pprint(od)
dd = collections.defaultdict(list, {i: [i] * 5 for i in range(10)})
pprint.pprint(dd)
pprint.pprint(collections.Counter("abracadabra" * 20 + "xyzxyzxyz" + "mnopqrstu"), width=30)
pprint.pprint(collections.deque(range(40)))
pprint.pprint(collections.deque(range(40), maxlen=50))
pprint.pprint(b"0123456789" * 12)
pprint.pprint([b"abcdefgh" * 12])
pprint.pprint("multi\nline string with many words " * 4)

@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)

pprint.pprint(Point(1, 2, ["tag%d" % i for i in range(20)]))
pprint.pprint([Point(1, 2)])
r = [1, 2]
r.append(r)
print(pprint.saferepr(r).split(" with id")[0], pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, "a"]))
d = {"a": 1}
d["self"] = d
print(pprint.pformat(d).split(" with id")[0])
print(pprint.pformat(10**20, underscore_numbers=True))
pp = pprint.PrettyPrinter(width=20)
print(pp.pformat({"alpha": [1, 2, 3], "beta": "x"}))
for bad in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
nested = [[[[[[["deep"]]]]]]]
pprint.pprint(nested, depth=3)
pprint.pprint({"x": {"y": {"z": {}}}}, depth=2)
