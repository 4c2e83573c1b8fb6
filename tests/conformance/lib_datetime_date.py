# datetime.date: construction errors, ordinals, weekdays, ISO calendar, arithmetic, comparisons.
import datetime
from datetime import date, timedelta, MINYEAR, MAXYEAR


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


def attempt_type(f):
    # The interpreter's own operator errors name classes without the module.
    try:
        f()
    except TypeError:
        print("TypeError")


print(MINYEAR, MAXYEAR, date.min, date.max, repr(date.resolution))
d = date(2024, 1, 2)
print(repr(d), str(d), d.isoformat(), d.year, d.month, d.day, format(d), f"{d:%d/%m/%Y}", d.ctime())
print(repr(date(year=2020, month=2, day=29)), repr(date(True, 1, 1)))
attempt(lambda: date(0, 1, 1))
attempt(lambda: date(10000, 1, 1))
attempt(lambda: date(2024, 13, 1))
attempt(lambda: date(2024, 0, 1))
attempt(lambda: date(2023, 2, 29))
attempt(lambda: date(2024, 4, 31))
attempt(lambda: date(2024, 1, 0))
attempt(lambda: date(2024.0, 1, 1))
attempt(lambda: date("2024", 1, 1))
attempt(lambda: date(2024, 1))
attempt(lambda: date(2024))
attempt(lambda: setattr(d, "year", 5))

for dd in [date(1, 1, 1), date(1970, 1, 1), date(2000, 2, 29), date(2024, 12, 30), date(2021, 1, 3),
           date(2020, 12, 31), date(2026, 1, 1), date(9999, 12, 31), date(2008, 12, 29), date(2010, 1, 3)]:
    print(dd, dd.toordinal(), dd.weekday(), dd.isoweekday(), dd.isocalendar(), tuple(dd.isocalendar()), dd.timetuple()[6:])
ic = date(2024, 5, 17).isocalendar()
print(ic.year, ic.week, ic.weekday, ic[0], len(ic), ic == (2024, 20, 5), isinstance(ic, tuple))
print(repr(date.fromordinal(1)), repr(date.fromordinal(738000)), repr(date.fromordinal(3652059)))
attempt(lambda: date.fromordinal(0))
attempt(lambda: date.fromordinal(3652060))
for n in range(1, 800000, 9973):
    if date.fromordinal(n).toordinal() != n:
        print("ordinal mismatch", n)
print(repr(date.fromisocalendar(2020, 53, 7)), repr(date.fromisocalendar(2024, 1, 1)), repr(date.fromisocalendar(1, 1, 1)))
attempt(lambda: date.fromisocalendar(2021, 53, 1))
attempt(lambda: date.fromisocalendar(2020, 0, 1))
attempt(lambda: date.fromisocalendar(2020, 1, 8))
attempt(lambda: date.fromisocalendar(0, 1, 1))
attempt(lambda: date.fromisocalendar(10000, 1, 1))

print(d + timedelta(days=30), timedelta(days=-2) + d, d - timedelta(days=1), d + timedelta(hours=25), d - timedelta(hours=1))
print(repr(date(2024, 3, 1) - date(2024, 2, 1)), repr(date(2000, 1, 1) - date(2024, 1, 1)), repr(d - d))
attempt(lambda: date.max + timedelta(1))
attempt(lambda: date.min - timedelta(1))
attempt(lambda: date.min + timedelta(-1))
attempt_type(lambda: d + 1)
attempt_type(lambda: d - 1)
attempt_type(lambda: d + d)
attempt_type(lambda: d - datetime.datetime(2024, 1, 1))

e = date(2024, 1, 3)
print(d < e, d <= e, d > e, d >= e, d == date(2024, 1, 2), d != e, d == "2024-01-02", d != 5)
attempt_type(lambda: d < 5)
print(d == datetime.datetime(2024, 1, 2), d != datetime.datetime(2024, 1, 2))
attempt(lambda: d < datetime.datetime(2024, 1, 2))
attempt(lambda: datetime.datetime(2024, 1, 2) >= d)
print(sorted([e, d, date.min, date.max]))
print(hash(d) == hash(date(2024, 1, 2)), len({d, date(2024, 1, 2), e}))
print(d.replace(day=29), d.replace(year=2000, month=2), repr(d.replace()))
attempt(lambda: d.replace(month=2, day=30))
print(d.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %%"), d.strftime(""), d.strftime("%f|%z|%Z"))
print(d.timetuple())
attempt(lambda: d.strftime(5))
attempt(lambda: format(d, 5))


class D(date):
    def double_day(self):
        return self.day * 2


x = D(2024, 1, 31)
print(repr(x), x.double_day(), type(x + timedelta(1)).__name__, type(x - timedelta(1)).__name__,
      type(x.replace(day=1)).__name__, type(D.fromordinal(5)).__name__, type(D.fromisoformat("2020-01-01")).__name__,
      type(D.fromisocalendar(2020, 1, 1)).__name__, repr(x - date(2024, 1, 1)), x == date(2024, 1, 31))
print(repr(datetime.date(2024, 7, 4)))
import copy
print(copy.copy(d) == d, copy.deepcopy(d) == d, copy.copy(x) == x, type(copy.deepcopy(x)).__name__)
t = date.today()
print(type(t).__name__, date.min <= t <= date.max, t == date.fromtimestamp(__import__("time").time()) or "midnight")
print(date.fromtimestamp(0) in (date(1970, 1, 1), date(1969, 12, 31), date(1970, 1, 2)))
