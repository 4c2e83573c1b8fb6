# str subclasses, dunder protocol interplay, interning, conversions
import sys

class Name(str):
    def __new__(cls, value, tag="t"):
        obj = super().__new__(cls, value.upper())
        obj.tag = tag
        return obj
    def shout(self):
        return self + "!"

n = Name("bob", tag="x")
print(n, repr(n), n.tag, n.shout(), len(n), n[0], n[1:], isinstance(n, str), type(n).__name__)
print(n == "BOB", "BOB" == n, hash(n) == hash("BOB"), n in ["BOB"], "O" in n)
print(n.lower(), type(n.lower()).__name__, type(n + "x").__name__, type(str(n)).__name__, type(n[:]).__name__, f"{n}", "%s" % n, "{}".format(n))

class Upper(str):
    def __str__(self):
        return "custom"
    def __repr__(self):
        return "Upper()"
u = Upper("x")
print(str(u), repr(u), u, f"{u}", f"{u!r}", "%s %r" % (u, u), [u])

class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
    def __format__(self, spec):
        return "P-format[" + spec + "]"
p = P()
print(str(p), repr(p), f"{p}", f"{p:xyz}", f"{p!s:>8}", "{:abc}".format(p), format(p, "q"), "%s|%r|%a" % (p, p, p))

class Idx:
    def __index__(self):
        return 2
print("abcdef"[Idx()], "ab" * Idx(), "abcdef".find("c", Idx()), "abc".center(Idx(), "-"), "abc".zfill(Idx()))

class R:
    def __radd__(self, other):
        return "radd:" + other
    def __rmul__(self, other):
        return "rmul:" + other
print("x" + R(), "y" * R())

a = sys.intern("hello_world_" + str(42))
b = sys.intern("hello_world_42")
print(a is b, a == b)
print(str.__name__, type("").__name__, str.__mro__ if hasattr(str, "__mro__") else None)
print(str("abc") is not None, str(b"\xc3\xa9", encoding="utf-8"), str(object=5), str(bytearray(b"hi"), "ascii"))
s = "abc"
s += "def"
s *= 2
print(s, s.count("c"), len(s))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(set("mississippi")), "".join(reversed("stressed")), max(words, key=len))
print("a" "b" 'c', """tri
ple""", '''x''')
print(list(map(str.upper, ["a", "b"])), list(filter(str.isdigit, ["1", "a", "22"])))
print(dict.fromkeys("ab"), list(enumerate("xy")), list(zip("ab", "cd")))
print(repr("\\"), repr("'"), repr('"'), repr("'\""), "\u2022")
print(ascii("caf\u00e9 \U0001F600"), ascii(["\u00e9"]), repr("\ud7ff\ue000\uffff"))
