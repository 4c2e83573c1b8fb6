# Classes: inheritance, super, properties, descriptors, class attributes.
class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return super().speak() + " (woof)"


class Puppy(Dog):
    def speak(self):
        return "small " + super().speak()


a = Animal("generic")
d = Dog("rex", "lab")
p = Puppy("bit", "pug")
print(a, d, p)
print(a.speak())
print(d.speak())
print(p.speak())
print(Animal.count, d.kind, p.kind, a.kind)
print(Puppy.__mro__)
print(Puppy.__bases__, Puppy.__base__, Animal.__bases__)
print(Puppy.__name__, Puppy.__qualname__, Puppy.__module__)
print(isinstance(p, Animal), isinstance(a, Dog), issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print(isinstance(p, (int, Dog)), issubclass(bool, (str, int)))
print(type(p) is Puppy, type(type(p)), p.__class__)
print(d.__dict__)
d.extra = 5
print(sorted(d.__dict__))
del d.extra
print(hasattr(d, "extra"), getattr(d, "extra", "dflt"))


class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
print(repr(Outer.Inner)[:30])

# bound methods
m = d.speak
print(m.__self__ is d, m.__func__ is Dog.speak, m.__name__)
print(m == d.speak, m == p.speak)
print(str(type(m)))
print(repr(Dog.speak)[:22])

# class and static methods
class K:
    n = 10

    @classmethod
    def make(cls, x):
        return cls, x

    @staticmethod
    def add(a, b):
        return a + b

class K2(K):
    n = 20

print(K.make(1), K2.make(2), K2().make(3))
print(K.add(1, 2), K().add(3, 4))
print(type(K.__dict__["make"]).__name__, type(K.__dict__["add"]).__name__)
print(K.__dict__["add"].__func__(5, 6))

# properties
class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "The temperature."
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    @property
    def ro(self):
        return 42

t = Temp()
t.celsius = 25
print(t.celsius, Temp.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t.celsius)
try:
    t.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.ro
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temp.celsius).__name__)
print(Temp.ro.fget(t), Temp.ro.fset)

# custom descriptors
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)

class Point:
    x = Typed()
    y = Typed()

    def __init__(self, x, y):
        self.x = x
        self.y = y

pt = Point(1, 2)
print(pt.x, pt.y, type(Point.x).__name__)
try:
    pt.x = "a"
except TypeError as e:
    print("TypeError:", e)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class HasND:
    attr = NonData()

h = HasND()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr, HasND.attr)

# class attribute mutation and deletion
class Counter:
    total = 0
Counter.total += 3
Counter.new_attr = "n"
print(Counter.total, Counter.new_attr, Counter().new_attr)
del Counter.new_attr
print(hasattr(Counter, "new_attr"))
try:
    Counter.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter().missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Counter().missing
except AttributeError as e:
    print("AttributeError:", e)

# type() with three arguments
def meth(self):
    return "meth of " + type(self).__name__
Dyn = type("Dyn", (Animal,), {"meth": meth, "kind": "dyn"})
dy = Dyn("z")
print(dy.meth(), dy.kind, Dyn.__mro__, Dyn.__module__)
print(type(3), type("s"), type(None), type(type))
