# random.seed with str/bytes/bytearray (SHA-512 as CPython's version 2) and version=1 str seeds.
import random
for s in ['', 'hello', 'x' * 111, 'y' * 112, 'z' * 127, 'w' * 128, 'é' * 300, b'bytes', bytearray(b'ba')]:
    random.seed(s); print(repr(s)[:20], random.random(), random.randint(1, 10**6))
for s in ['', 'hello', b'abc']:
    random.seed(s, version=1); print(repr(s), random.random())
try: random.seed([1])
except TypeError as e: print(e)
random.seed('hello'); print(random.sample(range(100), 5), random.choice('abcdef'))
l = list(range(10)); random.seed(b'x'); random.shuffle(l); print(l)
