# A class-heavy program: inheritance, properties, operator overloading, custom
# exceptions, context managers, generators, descriptors, class methods.
from functools import total_ordering


class InventoryError(Exception):
    """Base of this program's errors."""


class OutOfStock(InventoryError):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
        self.item = item
        self.wanted = wanted
        self.have = have


class Positive:
    """A data descriptor that only accepts positive numbers."""

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value!r}")
        setattr(obj, self.name, value)


@total_ordering
class Money:
    __slots__ = ("cents",)

    def __init__(self, amount):
        self.cents = round(amount * 100)

    @classmethod
    def from_cents(cls, cents):
        m = cls(0)
        m.cents = cents
        return m

    def __add__(self, other):
        if isinstance(other, Money):
            return Money.from_cents(self.cents + other.cents)
        return NotImplemented

    __radd__ = lambda self, other: self if other == 0 else NotImplemented

    def __mul__(self, k):
        return Money.from_cents(self.cents * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return f"Money({self.cents // 100}.{self.cents % 100:02d})"

    def __format__(self, spec):
        return format(self.cents / 100, spec or ".2f")


class Item:
    price = Positive()
    quantity = Positive()
    count = 0

    def __init__(self, name, price, quantity):
        self.name = name
        self.price = price
        self.quantity = quantity
        Item.count += 1

    @property
    def total(self):
        return Money(self.price) * self.quantity

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.price}, {self.quantity})"


class Perishable(Item):
    def __init__(self, name, price, quantity, days):
        super().__init__(name, price, quantity)
        self.days = days

    @property
    def total(self):
        base = super().total
        return base * 1 if self.days > 2 else Money.from_cents(base.cents // 2)

    def __repr__(self):
        return super().__repr__()[:-1] + f", days={self.days})"


class Inventory:
    def __init__(self):
        self._items = {}
        self.log = []

    def add(self, item):
        self._items[item.name] = item
        return self

    def __len__(self):
        return len(self._items)

    def __contains__(self, name):
        return name in self._items

    def __getitem__(self, name):
        try:
            return self._items[name]
        except KeyError:
            raise InventoryError(f"no such item: {name}") from None

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda i: i.name)

    def take(self, name, n):
        item = self[name]
        if item.quantity < n:
            raise OutOfStock(name, n, item.quantity)
        item.quantity -= n
        self.log.append((name, n))

    def value(self):
        return sum((i.total for i in self), Money(0))

    def transaction(self):
        return Transaction(self)


class Transaction:
    def __init__(self, inventory):
        self.inventory = inventory

    def __enter__(self):
        self.snapshot = {i.name: i.quantity for i in self.inventory}
        print("begin transaction")
        return self.inventory

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("commit")
            return False
        for name, qty in self.snapshot.items():
            self.inventory[name].quantity = qty
        print(f"rollback after {exc_type.__name__}: {exc}")
        return issubclass(exc_type, OutOfStock)


def restock_plan(inventory, threshold):
    for item in inventory:
        if item.quantity < threshold:
            needed = yield item.name
            print(f"  plan: order {needed} of {item.name}")


inv = Inventory()
inv.add(Item("bolt", 0.25, 400)).add(Item("nut", 0.1, 1000)).add(Perishable("glue", 3.5, 12, 1))
inv.add(Perishable("paint", 12.0, 3, 30))
print(len(inv), "items;", "bolt" in inv, "screw" in inv, Item.count)
for it in inv:
    print(f"{it!r:40} total={it.total}")
print("inventory value:", inv.value(), f"{inv.value():>12,.2f}")
print(Money(1.5) + Money(2.25), 3 * Money(0.1), Money(2) > Money(1.99), Money(1) <= Money(1))
print(sorted([Money(3), Money(1), Money(2)]), len({Money(1), Money(1.0)}))
with inv.transaction() as t:
    t.take("bolt", 100)
    t.take("nut", 5000)
print("after rollback:", inv["bolt"].quantity, inv["nut"].quantity)
with inv.transaction() as t:
    t.take("paint", 1)
print("log:", inv.log)
try:
    inv["screw"]
except InventoryError as e:
    print("error:", e, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__)
try:
    Item("bad", -1, 3)
except ValueError as e:
    print("error:", e)
try:
    inv.take("glue", 50)
except OutOfStock as e:
    print(type(e).__name__, e.item, e.wanted, e.have, isinstance(e, InventoryError))
plan = restock_plan(inv, 20)
name = next(plan)
while True:
    print("low stock:", name)
    try:
        name = plan.send(50)
    except StopIteration:
        break
print(type(Item.price).__name__, type(Item.__dict__["quantity"]).__name__)
m = Money(1)
try:
    m.extra = 1
except AttributeError as e:
    print("slots:", e)
print(Perishable.__mro__[1].__name__, Perishable.__bases__, Money.__slots__)
print(getattr(inv, "missing", "default"), hasattr(inv, "log"), vars(inv["bolt"]))
inv.take("paint", 10)
