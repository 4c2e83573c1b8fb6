# str: literals, repr, indexing, slicing, operators, iteration
s = "hello"
print(s, len(s), repr(s))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnl\nret\rbs\\"))
print(repr("\x00\x07\x1f\x7f"), repr("caf\u00e9"), repr("\u200b zero width"), repr("\U0001f600"), repr("\x85\xa0"))
print(repr(""), str(""), len(""))
print(s[0], s[-1], s[1:3], s[::-1], s[::2], s[1:], s[:-2], s[10:], s[-100:2])
u = "h\u00e9llo w\u00f6rld \u4e2d\u6587"
print(u, len(u), u[1], u[-1], u[3:8], u[::-1], u[::3], u[-4:-1])
print(s + " world", s * 3, 3 * s, s * 0, s * -1, "ab" * True)
print("a" < "b", "abc" < "abd", "ab" < "abc", "b" > "abc", "\u00e9" > "z", "a" == "a", "a" != "a")
print("ell" in s, "xyz" in s, "" in s, "\u4e2d" in u)
for ch in "abc":
    print(ch, end=" ")
print()
for ch in "\u00e9\u4e2d!":
    print(ch, end="|")
print()
print(list("ab\u00e9"), tuple("xy"))
print(str(123), str(1.5), str(None), str(True), str([1, "a"]), str("x"))
print(str(b"abc", "ascii"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"))
print(str(), repr(str()))
d = {"a": 1, "b": 2}
print(d["a"], "a" in d, hash("abc") == hash("ab" + "c"))
print(sorted(["banana", "apple", "Cherry", "\u00e9clair"]))
print(max("hello"), min("hello"))
class S(str):
    pass
x = S("sub")
print(x, repr(x), len(x), x.upper(), type(x).__name__, type(str(x)).__name__, x == "sub", isinstance(x, str))
x.attr = 5
print(x.attr, x + "!", type(x + "!").__name__)
print(type(iter("abc")).__name__, type(iter("\u00e9")).__name__)
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print(ord("a"), ord("\u00e9"), chr(97), chr(0x4e2d))
print("%s" % "x", f"{s!r:>10}|{s:<8}|{s:^9}|")
