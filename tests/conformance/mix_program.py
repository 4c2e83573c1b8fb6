# A program mixing arithmetic, strings, containers, comprehensions, closures,
# f-strings and builtins (issue "The core": done-when program).
from_words = "the quick brown fox jumps over the lazy dog the end".split()


def word_stats(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


stats = word_stats(from_words)
top = sorted(stats.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("top words:", top)
print("lengths:", {w: len(w) for w in sorted(set(from_words)) if len(w) > 3})


def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, limit + 1, i):
                sieve[j] = False
    return [i for i, is_p in enumerate(sieve) if is_p]


ps = primes(100)
print(f"{len(ps)} primes below 100, sum {sum(ps)}, last five {ps[-5:]}")
factorial = 1
for k in range(1, 41):
    factorial *= k
print("40! =", factorial, "digits:", len(str(factorial)))
print("2**200 mod 97 =", pow(2, 200, 97), "big // small =", factorial // 12345678901)
mean = sum(ps) / len(ps)
var = sum((p - mean) ** 2 for p in ps) / len(ps)
print(f"mean={mean:.4f} var={var:.3f} sd={var ** 0.5:.5g}")
print("floats:", 1 / 3, 2 / 3, 1e300 * 10, -1e-7, 123456.789e3, round(2.5), round(-0.5))


def make_counter(start=0):
    value = start

    def step(by=1):
        nonlocal value
        value += by
        return value
    return step


counter = make_counter(10)
print("counter:", [counter() for _ in range(3)], counter(5))


def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run


pipeline = compose(str.upper, lambda s: s[::-1], str.strip)
print("pipeline:", pipeline("  hello  "))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
transposed = [list(col) for col in zip(*matrix)]
diag = [matrix[i][i] for i in range(3)]
print("matrix:", matrix, "transposed:", transposed, "diag:", diag)
flat = [x for row in matrix for x in row if x % 2]
print("odd flat:", flat, "any>7:", any(x > 7 for x in flat), "all odd:", all(x % 2 for x in flat))
table = [("alice", 31, 55000.5), ("bob", 27, 48000.0), ("carol", 45, 91000.25)]
print(f"{'name':<8}|{'age':>4}|{'salary':>12}")
for name, age, salary in table:
    print(f"{name.title():<8}|{age:>4}|{salary:>12,.2f}")
oldest = max(table, key=lambda r: r[1])
print("oldest:", oldest[0], "avg age: %.2f" % (sum(r[1] for r in table) / len(table)))
groups = {}
for n in range(1, 16):
    key = "fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else "num"
    groups.setdefault(key, []).append(n)
print("groups:", groups)
s = "Mississippi"
print("counts:", {c: s.count(c) for c in sorted(set(s))}, s.replace("ss", "SS"), s.find("ssi"), s.rfind("ssi"))
encoded = ",".join(f"{ord(c):02x}" for c in "asp!")
print("encoded:", encoded, "decoded:", "".join(chr(int(h, 16)) for h in encoded.split(",")))
print("divmod:", [divmod(n, 7) for n in (-15, 15)], "hex:", hex(factorial)[:12], "bin:", bin(37))
nested = {"a": [1, 2, {"b": (3, 4)}], "c": None, "d": {1, 2}}
print("nested:", nested, "repr:", repr("quote's"), "len:", len(nested))
print("sorted desc:", sorted(stats, key=stats.get, reverse=True)[:2], "min:", min(stats.values()))
print("enumerate:", list(enumerate("abc", 1)), "zip:", dict(zip("xyz", range(3))))
print("bools:", True + 1, bool(""), not [], [] or "empty", 0 and 1, None is None)
print("chained:", 1 < 2 <= 2 < 3, "a" < "b" < "c", 3 > 2 > 2)
total = 0
for i in range(1000):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print("euler1:", total)
print("unpack:", *[1, 2, 3], sep=" | ")
first, *middle, last = range(6)
print("star:", first, middle, last)
