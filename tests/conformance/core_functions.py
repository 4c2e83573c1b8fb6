# Functions: defaults, *args, **kwargs, keyword-only, positional-only, closures.
def greet(name, greeting="Hello", *, punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))

def collect(*args, **kwargs):
    return args, kwargs

print(collect())
print(collect(1, 2, a=3, b=4))
print(collect(*[1, 2], *(3,), **{"x": 1}, y=2))

def posonly(a, b, /, c, *, d=4):
    return a + b + c + d

print(posonly(1, 2, 3), posonly(1, 2, c=3, d=10))

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = counter()
c()
c()
print(c(10))

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([f(10) for f in make_adders()])
late = [lambda: i for i in range(3)]
print([f() for f in late])

G = 1
def read_global():
    return G
def write_global():
    global G
    G = 2
write_global()
print(read_global())

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(i) for i in range(15)])

def apply(f, *args, **kw):
    return f(*args, **kw)
print(apply(max, 3, 9, 4), apply(sorted, [3, 1, 2], reverse=True))

square = lambda x: x * x
print(square(12), (lambda *a, **k: (a, k))(1, z=2))

def doc():
    "A docstring."
    return doc.__doc__
print(doc(), doc.__name__)

def deco(f):
    def wrapper(*a):
        return "<" + str(f(*a)) + ">"
    return wrapper

@deco
def plus(a, b):
    return a + b
print(plus(2, 3))

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
print(sorted(["banana", "Apple", "cherry"], key=str.lower))
print(list(map(lambda p: p[1], sorted({"b": 2, "a": 1}.items()))))
