# collections.deque: every error path with CPython's exception types and texts.
from collections import deque


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))


class Idx:
    def __index__(self):
        return 2


t("maxlen str", lambda: deque(maxlen="a"))
t("maxlen float", lambda: deque(maxlen=2.0))
t("maxlen index", lambda: deque(maxlen=Idx()))
t("maxlen neg", lambda: deque(maxlen=-1))
t("maxlen huge", lambda: deque(maxlen=2**70))
t("maxlen huge neg", lambda: deque(maxlen=-2**70))
t("not iterable", lambda: deque(1))
t("3 args", lambda: deque([], 3, 4))
t("pos+kw count", lambda: deque([1], 2, maxlen=3))
t("bad kw", lambda: deque(foo=1))
t("dup kw", lambda: deque([1], iterable=[2]))
t("kw only", lambda: deque(maxlen=None, iterable=[5]))
t("new ignores args", lambda: deque.__new__(deque, 1, 2, x=3))
t("pop empty", lambda: deque().pop())
t("popleft empty", lambda: deque().popleft())
t("index missing", lambda: deque([1]).index(2))
t("index str missing", lambda: deque(["a"]).index("zz"))
t("index bad start", lambda: deque([1]).index(1, "a"))
t("index None start", lambda: deque([1]).index(1, None))
t("index float stop", lambda: deque([1]).index(1, 0, 1.5))
t("index Idx start", lambda: deque([1, 2, 3]).index(3, Idx()))
t("index out of window", lambda: deque([1, 2, 3]).index(3, 0, 2))
t("index huge start", lambda: deque([1, 2, 3]).index(3, 2**100))
t("index huge neg start", lambda: deque([1, 2, 3]).index(3, -2**100))
t("index huge stop", lambda: deque([1, 2, 3]).index(3, 0, 2**100))
t("index args", lambda: deque([1]).index())
t("index 4 args", lambda: deque([1]).index(1, 2, 3, 4))
t("index kw", lambda: deque([1]).index(1, start=0))
t("remove missing", lambda: deque([1, 2]).remove(3))
t("remove str missing", lambda: deque().remove("x"))
t("insert full", lambda: deque([1], 1).insert(0, 2))
t("insert maxlen 0", lambda: deque([], 0).insert(0, 2))
t("insert str", lambda: deque([1]).insert("a", 1))
t("insert float", lambda: deque([1]).insert(1.5, 1))
t("insert huge", lambda: deque([1]).insert(2**100, 1))
t("insert Idx", lambda: deque([1, 2, 3]).insert(Idx(), "x"))
t("insert 1 arg", lambda: deque([1]).insert(1))
t("insert 3 args", lambda: deque([1]).insert(1, 2, 3))
t("rotate str", lambda: deque([1]).rotate("a"))
t("rotate float", lambda: deque([1]).rotate(1.0))
t("rotate huge", lambda: deque([1]).rotate(2**100))
t("rotate huge neg", lambda: deque([1]).rotate(-2**100))
t("rotate 2 args", lambda: deque([1]).rotate(1, 2))
t("rotate kw", lambda: deque([1]).rotate(n=1))
t("rotate Idx", lambda: deque([1, 2, 3]).rotate(Idx()))
t("getitem str", lambda: deque([1])["a"])
t("getitem slice", lambda: deque([1])[0:1])
t("getitem float", lambda: deque([1])[1.5])
t("getitem range", lambda: deque([1])[1])
t("getitem neg range", lambda: deque([1])[-2])
t("getitem empty", lambda: deque()[0])
t("getitem huge", lambda: deque([1])[2**100])
t("getitem huge neg", lambda: deque([1])[-2**100])
t("getitem Idx", lambda: deque([1, 2, 3])[Idx()])


def setitem(k):
    d = deque([1, 2])
    d[k] = 0
    return d


def delitem(k):
    d = deque([1, 2])
    del d[k]
    return d


t("setitem range", lambda: setitem(2))
t("setitem neg", lambda: setitem(-3))
t("setitem str", lambda: setitem("x"))
t("setitem slice", lambda: setitem(slice(0, 1)))
t("setitem huge", lambda: setitem(2**100))
t("setitem ok", lambda: setitem(-2))
t("delitem range", lambda: delitem(2))
t("delitem str", lambda: delitem("x"))
t("delitem huge", lambda: delitem(2**100))
t("delitem ok", lambda: delitem(-1))
t("concat list", lambda: deque([1]) + [1])
t("concat str", lambda: deque([1]) + "ab")
t("list concat deque", lambda: [1] + deque([2]))
t("repeat str", lambda: deque([1]) * "a")
t("repeat float", lambda: deque([1]) * 2.0)
t("rrepeat float", lambda: 2.0 * deque([1]))
t("repeat huge", lambda: deque([1]) * 2**70)
t("repeat too big", lambda: deque([1, 2, 3]) * 2**62)
t("repeat bounded huge", lambda: deque([1, 2, 3], 2) * 2**40)
t("imul none", lambda: exec("d = deque([1]); d *= None", {"deque": deque}))
t("iadd int", lambda: deque([1]).__iadd__(5))
t("extend int", lambda: deque().extend(5))
t("extendleft int", lambda: deque().extendleft(5))
t("lt list", lambda: deque([1]) < [1])
t("ge tuple", lambda: deque([1]) >= (1,))
t("lt mixed", lambda: deque([1, "a"]) < deque([1, 2]))
t("eq list", lambda: deque([1]) == [1])
t("hash", lambda: hash(deque()))
t("hash attr", lambda: deque.__hash__)
t("in set", lambda: {deque()})
for name in ["append", "appendleft", "extend", "extendleft", "remove", "count"]:
    t(name + " 0", lambda: getattr(deque([1]), name)())
    t(name + " 2", lambda: getattr(deque([1]), name)(1, 2))
    t(name + " kw", lambda: getattr(deque([1]), name)(x=1))
for name in ["pop", "popleft", "clear", "copy", "reverse", "__copy__", "__reduce__"]:
    t(name + " 1", lambda: getattr(deque([1]), name)(1))
    t(name + " kw", lambda: getattr(deque([1]), name)(x=1))
t("maxlen set", lambda: setattr(deque(), "maxlen", 3))
t("maxlen del", lambda: delattr(deque(), "maxlen"))
t("attr set", lambda: setattr(deque(), "foo", 3))
t("no dict", lambda: deque().__dict__)
t("descriptor", lambda: deque.append(1, 2))
t("len descriptor", lambda: deque.__len__([]))
t("class getitem", lambda: deque[int])
t("class getitem 2", lambda: deque[int, str])


def gen():
    yield 1
    raise ValueError("boom")


t("init gen error", lambda: deque(gen()))
d = deque([0])
t("extend gen error", lambda: d.extend(gen()))
print(d)
d = deque([0])
t("extendleft gen error", lambda: d.extendleft(gen()))
print(d)


class BadEq:
    def __eq__(self, other):
        raise KeyError("eq")


t("count raise", lambda: deque([1, 2]).count(BadEq()))
t("index raise", lambda: deque([1, 2]).index(BadEq()))
t("remove raise", lambda: deque([1, 2]).remove(BadEq()))
t("contains raise", lambda: BadEq() in deque([1, 2]))
t("eq raise", lambda: deque([BadEq()]) == deque([1]))


class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")


t("repr raise", lambda: repr(deque([BadRepr()])))
t("index repr raise", lambda: deque([1]).index(BadRepr()))
