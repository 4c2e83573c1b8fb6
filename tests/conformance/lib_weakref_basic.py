import weakref
class C:
    def __init__(self, n): self.n = n
    def m(self): return self.n
c = C(1)
r = weakref.ref(c)
print(r() is c, r == weakref.ref(c), hash(r) == hash(c))
for bad in (1, "s", [1], {}, (1,)):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
d = weakref.WeakValueDictionary()
d["a"] = c
print(d["a"].n, len(d), list(d), "a" in d, d.get("b"))
k = weakref.WeakKeyDictionary()
k[c] = 5
print(k[c], len(k))
s = weakref.WeakSet([c])
print(len(s), c in s)
wm = weakref.WeakMethod(c.m)
print(wm()())
f = weakref.finalize(c, print, "finalized", 1)
print(f.alive, f.peek()[1:])
f()
print(f.alive)
f2 = weakref.finalize(c, print, "at exit")
print("end")
class Res:
    pass
r1, r2 = Res(), Res()
fa = weakref.finalize(r1, print, "exit finalizer A")
fb = weakref.finalize(r2, print, "exit finalizer B")
fc = weakref.finalize(r2, print, "never: detached")
print(fc.detach()[1:], fc.alive, fc.detach(), fb.atexit)
fd = weakref.finalize(r1, print, "no atexit")
fd.atexit = False
print(fd.atexit, fd.alive)
