# Classes: inheritance, super, properties, class/static methods, dunders.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + ": woof"


d = Dog("Rex")
print(d, d.speak(), d.kind, Animal.kind, isinstance(d, Animal), issubclass(Dog, Animal))
print(Dog.__name__, Dog.__mro__, type(d) is Dog)


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


v = Vector(1, 2) + Vector(3, 4)
print(v, v * 2, 3 * v, v == Vector(4, 6), len(v), v[0], list(v), bool(Vector(0, 0)))
print({Vector(1, 1): "a"}[Vector(1, 1)])
try:
    Vector(1, 2) + 5
except TypeError as e:
    print(e)


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("too cold")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        t = cls()
        t.celsius = (f - 32) * 5 / 9
        return t

    @staticmethod
    def unit():
        return "C"


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.from_f(212).celsius, Temperature.unit(), t.unit())
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1


for _ in range(3):
    Counter()
print(Counter.instances)


class Base:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class Tagged(Base, tag="special"):
    pass


print(Tagged.tag)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])


class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return True


with Ctx() as c:
    raise ValueError("suppressed")
print("after with")
o = object()
print(type(o).__name__, hasattr(d, "name"), getattr(d, "missing", "dflt"))
setattr(d, "age", 3)
print(d.age, vars(d))
print(callable(d.speak), callable(3), d.speak.__name__)
