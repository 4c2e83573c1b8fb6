# bytes and bytearray
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = b"hello"
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], list(b))
print(repr(b"it's"), repr(b'say "x"'), repr(b"both ' \""), repr(b"\x00\t\n\r\\\x7f\xff"), repr(b""))
print(b + b" world", b * 2, 2 * b, b"ab" + bytearray(b"cd"), b == b"hello", b != b"x", b < b"hellp", b"a" == bytearray(b"a"))
print(104 in b, b"ell" in b, b"" in b, bytearray(b"xy") in b"axyb")
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(b"abc"), bytes("caf\u00e9", "utf-8"), bytes(bytearray(b"q")), bytes(range(3)), bytes((x for x in [1, 2])))
class WithBytes:
    def __bytes__(self):
        return b"custom"
print(bytes(WithBytes()))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"), b"\xffa\xe2\x82".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"\xff".decode("utf-8", "backslashreplace"))
print(b"\x01\xab".hex(), b"abc".hex(":"), b"abcd".hex("-", 2), bytes.fromhex("41 42 4a"), bytearray.fromhex("ff00"))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"a,b,,c".split(b","), b" a  b ".split(), b"a b c".split(None, 1), b"a,b,c".rsplit(b",", 1), b" x y ".rsplit(None, 1))
print(b"  hi  ".strip(), b"xxhixx".strip(b"x"), b"  hi".lstrip(), b"hi  ".rstrip(), b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"hello".startswith(b"l", 2))
print(b"hello".find(b"l"), b"hello".find(108), b"hello".rfind(b"l"), b"hello".index(b"e"), b"hello".count(b"l"), b"hello".count(108), b"hello".find(b"z"))
print(b"hello".replace(b"l", b"L"), b"hello".replace(b"l", b"", 1), b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"))
print(b"Hello World".upper(), b"Hello World".lower(), b"hello world".title(), b"hello".capitalize(), b"Hi".swapcase())
print(b"123".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"".isdigit(), b"\x80".isascii())
print(b"a\nb\r\nc".splitlines(), b"a\nb\n".splitlines(True), b"hi".center(6, b"*"), b"hi".ljust(4), b"hi".rjust(4, b"0"), b"pre_x".removeprefix(b"pre_"), b"x.py".removesuffix(b".py"))
print(type(iter(b"")).__name__, type(iter(bytearray())).__name__, hash(b"abc") == hash(b"ab" + b"c"))
for x in b"AB":
    print(x, end=" ")
print()
ba = bytearray(b"abc")
print(ba, repr(ba), len(ba), ba[0], ba[1:], bytearray(), bytearray(3), bytearray([1, 2]), bytearray("\u00e9", "utf-8"))
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
print(ba)
ba[0] = 65
ba[1:3] = b"XYZ"
print(ba, ba.pop(), ba.pop(0), ba)
del ba[0]
print(ba)
ba += b"!!"
print(ba)
ba.insert(0, 33)
ba.remove(33)
print(ba, ba.copy(), ba.upper(), ba.decode(), ba.find(b"!"), ba.split(b"d"))
ba.reverse()
print(ba)
ba[::2] = b"..." + b"."
print(ba)
ba.clear()
print(ba, len(ba))
del_ba = bytearray(b"abcdef")
del del_ba[::2]
print(del_ba)
t(lambda: b"a"[5])
t(lambda: bytearray(b"a")[5])
t(lambda: "x" in b"a")
t(lambda: 300 in b"a")
t(lambda: b"a" + "a")
t(lambda: b"a" + 1)
t(lambda: bytearray(b"a") + "x")
t(lambda: b"a" * "x")
t(lambda: bytes("a"))
t(lambda: bytes(-1))
t(lambda: bytes([300]))
t(lambda: bytes(["a"]))
t(lambda: bytes(1.5))
t(lambda: bytes(1, "utf-8"))
t(lambda: bytearray().pop())
t(lambda: bytearray(b"a").pop(5))
t(lambda: bytearray().append(300))
t(lambda: bytearray().append("a"))
t(lambda: bytearray(b"a").remove(5))
t(lambda: hash(bytearray()))
t(lambda: bytes.fromhex("zz"))
t(lambda: bytes.fromhex("a b"))
t(lambda: b"\xe2\x82".decode())
t(lambda: b"\xe2\x28".decode())
t(lambda: b"\xf0\x9f\x98(".decode())
t(lambda: b"a\xff".decode("ascii"))
t(lambda: b"a".decode("foo"))
t(lambda: b"\xff".decode("utf-8", "foo"))
t(lambda: b"x".join(["a"]))
t(lambda: b"a".split("a"))
t(lambda: b"a".startswith("a"))
t(lambda: b"a".count("a"))
t(lambda: b"abc".index(b"z"))
def setbad():
    x = bytearray(b"abc")
    x[::2] = b"XYZ"
t(setbad)
def setbad2():
    x = bytearray(b"abc")
    x[0] = 256
t(setbad2)
