# Literals, arithmetic, names, printing.
print("hello, world")
print(1, 2, 3, sep="-", end="!\n")
x = 7
y = 3
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y)
print(-x // y, -x % y, x // -y, x % -y)
print(2 ** 100, -(2 ** 64) // 3, (2 ** 64) % 1000)
print(0x1F, 0o17, 0b101, 1_000_000)
print(1.5, 0.1 + 0.2, 1e16, 1e-5, 3.0, -0.0, 2.5e-10)
print(10 / 4, 7 // 2.0, 7 % 2.5, 2 ** -1)
print(True + True, True and 5, 0 or "default", not 0)
print(None, ..., type(None).__name__)
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
x = y = z = 0
print(x, y, z)
n = 10
n += 5
n -= 3
n *= 2
n //= 5
n **= 3
print(n)
s = "con" "cat" 'en' """ation"""
print(s, len(s))
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, x is not None, "a" in "abc", 3 not in [1, 2])
print(abs(-5), abs(-2.5), min(3, 1, 2), max([4, 9, 2]), sum([1, 2, 3]), sum([0.5, 0.25], 1))
print(divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(2, 10, 1000), round(2.675, 2), round(3.5), round(4.5))
print(hex(255), oct(8), bin(5), ord("A"), chr(97), hex(-1))
print(int("42"), int("ff", 16), int(3.9), int(-3.9), float("1.5"), str(12), bool([]), bool([0]))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"))
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()))
big = 123456789012345678901234567890
print(big * big, big // 7, big % 7, -big, hash(1) == hash(1.0))
print(float(big), 2 ** 0.5, 10 ** 20, 10 ** 20 / 3)
