import hashlib, hmac
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    for data in (b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 111, b"a" * 112, b"a" * 128, bytes(range(256)) * 40):
        h = hashlib.new(name, data)
        print(name, len(data), h.hexdigest(), h.digest_size, h.block_size, h.name)
    h = getattr(hashlib, name)()
    for i in range(100):
        h.update(b"chunk%d" % i)
    c = h.copy()
    c.update(b"more")
    print(h.hexdigest(), c.hexdigest())
print(hashlib.sha256("héllo".encode()).hexdigest(), hashlib.md5(b"x").digest())
try:
    hashlib.sha256("str")
except TypeError as e:
    print(e)
try:
    hashlib.new("foo")
except ValueError as e:
    print(e)
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "md5").hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha256).hexdigest())
print(hmac.new(b"k" * 200, b"msg", "sha512").hexdigest())
print(hmac.digest(b"key", b"msg", "sha1").hex(), hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("a", "b"))
h = hmac.new(b"key", digestmod="sha256"); h.update(b"part1"); h2 = h.copy(); h2.update(b"x"); print(h.hexdigest(), h2.hexdigest(), h.name, h.digest_size)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 100).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 30).hex())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
import time
t = time.time()
h = hashlib.sha256()
for i in range(20000):
    h.update(b"x" * 100)
print(h.hexdigest())
