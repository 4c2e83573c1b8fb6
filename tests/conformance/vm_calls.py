def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{'c': 7, 'z': 8}))
def g(a, /, b, *, c): return a, b, c
print(g(1, b=2, c=3))
for s in ["g(a=1,b=2,c=3)", "g(1,2,3)", "g(1,2)", "g()", "f()", "f(1,2,c=1,b=3)"]:
    try: eval(s)
    except TypeError as e: print(e)
def k(x, y): pass
for s in ["k(1,2,3)", "k(1,x=2)", "k(1,z=2)", "k()", "k(1)", "k(1, 2, **{'x': 5})", "k(*1)", "k(**1)", "k(**{1:2})"]:
    try: eval(s)
    except TypeError as e: print(e)
class C:
    def m(self, x): return x * 2
    def __init__(self, v): self.v = v
c = C(5)
print(c.m(4), c.v, C.m(c, 3))
try: C.m()
except TypeError as e: print(e)
try: c.m()
except TypeError as e: print(e)
class D:
    def __init__(self): return 3
try: D()
except TypeError as e: print(e)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
i = outer()
print(i(), i(), i())
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(20))
print([x*x for x in range(10) if x % 2])
print({x: x+1 for x in range(3)}, sorted({x for x in "aab"}))
a, *b, c = range(6)
print(a, b, c)
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1, 2]
except ValueError as e: print(e)
try: a, b = 1
except TypeError as e: print(e)
try: a, *b, c = [1]
except ValueError as e: print(e)
print(f"{1+1} {'x'!r} {3.14159:.2f} {c!s:>5}")
x = 10
while x > 0:
    x -= 3
    if x == 4: continue
    if x < 0: break
else:
    print("no")
print(x)
print(1 < 2 < 3, 2 ** 100, -7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(not 0, not [], not [1])
def deco(fn):
    def w(*a, **k): return ("deco", fn(*a, **k))
    return w
@deco
def h(x): return x
print(h(3))
lam = lambda x, y=2: x + y
print(lam(1), (lambda: 0)())
try: (lambda x: 0)()
except TypeError as e: print(e)
