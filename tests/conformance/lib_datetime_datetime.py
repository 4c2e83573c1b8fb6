# datetime.datetime and timezone: arithmetic, naive/aware rules, conversions, custom tzinfo with DST.
import datetime
from datetime import datetime as DT, date, time, timedelta, timezone, tzinfo, UTC


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


d = DT(2024, 1, 2, 3, 4, 5)
print(repr(d), str(d), d.isoformat(), d.isoformat(" "), d.isoformat(sep="x", timespec="minutes"), d.ctime())
print(repr(DT(2024, 1, 2)), repr(DT(2024, 1, 2, 3, 4, 0, 6)), repr(DT(2024, 1, 2, fold=1)), repr(DT(2024, 1, 2, tzinfo=UTC, fold=1)))
print(DT.min, DT.max, repr(DT.resolution), UTC is timezone.utc, repr(UTC), str(UTC))
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(DT(2024, 1, 2, 3, 4, 5, 678901).isoformat(timespec=spec), d.isoformat(timespec=spec))
attempt(lambda: d.isoformat(timespec="x"))
attempt(lambda: d.isoformat(sep="ab"))
attempt(lambda: d.isoformat(sep=3))
attempt(lambda: d.isoformat("T", 3))
attempt(lambda: DT(2024, 2, 30))
attempt(lambda: DT(2024, 1, 1, 24))
attempt(lambda: DT(2024, 1, 1, tzinfo="UTC"))
attempt(lambda: DT(2024, 1))
attempt(lambda: setattr(d, "hour", 1))
attempt(lambda: setattr(d, "day", 1))

print(d.date(), repr(d.time()), repr(d.timetz()), d.timetuple(), d.utctimetuple(), d.toordinal(), d.weekday(), d.isocalendar())
print(repr(DT.combine(date(2024, 5, 6), time(7, 8, 9, 10))), repr(DT.combine(d, time(1, tzinfo=UTC))),
      repr(DT.combine(date(2024, 5, 6), time(1, tzinfo=UTC), tzinfo=None)), repr(DT.combine(date(2024, 5, 6), time(1, fold=1))))
attempt(lambda: DT.combine(1, time()))
attempt(lambda: DT.combine(date(2020, 1, 1), 1))
print(repr(d.replace(year=2000, microsecond=5)), repr(d.replace(tzinfo=UTC)), repr(d.replace(tzinfo=UTC).replace(tzinfo=None)), repr(d.replace(fold=1)))
attempt(lambda: d.replace(month=13))

td = timedelta(days=1, hours=1, microseconds=1)
print(d + td, td + d, d - td, d - DT(2023, 12, 31), DT(2023, 12, 31) - d, d - d)
print(DT(2024, 2, 28, 23, 59, 59, 999999) + timedelta(microseconds=1), DT(2024, 3, 1) - timedelta(seconds=1))
attempt(lambda: DT.max + timedelta(microseconds=1))
attempt(lambda: DT.min - timedelta(microseconds=1))
attempt_type(lambda: d + d)
attempt_type(lambda: d - date(2024, 1, 1))
attempt_type(lambda: d + 1)

# naive vs aware
a = DT(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
attempt(lambda: a < d)
attempt(lambda: a - d)
attempt(lambda: d > a)
print(a == d, a != d, d == a)
p1 = timezone(timedelta(hours=1))
b = DT(2024, 1, 2, 4, 4, 5, tzinfo=p1)
print(a == b, a < b, a - b, b - a, hash(a) == hash(b), len({a, b}), repr(b - DT(2024, 1, 2, tzinfo=UTC)))
print(DT(2024, 1, 2, 3, tzinfo=p1) < DT(2024, 1, 2, 3, tzinfo=UTC), DT(2024, 1, 2, 3, tzinfo=p1) >= DT(2024, 1, 2, 2, tzinfo=UTC))
print(sorted([b, DT(2024, 1, 2, 3, tzinfo=timezone(timedelta(hours=-5))), a.replace(minute=0)]))
print(a.utcoffset(), a.dst(), a.tzname(), b.tzname(), d.utcoffset(), d.tzname(), d.dst(), b.isoformat(), str(b))
print(b.timetuple()[-1], d.timetuple()[-1], b.utctimetuple())
print(b.timestamp(), a.timestamp(), DT(1970, 1, 1, tzinfo=UTC).timestamp(), DT(1, 1, 1, tzinfo=UTC).timestamp(),
      DT(2038, 1, 19, 3, 14, 8, 5, tzinfo=UTC).timestamp())

# timezone
for off in (timedelta(0), timedelta(hours=5, minutes=30), timedelta(hours=-5, minutes=30), timedelta(seconds=1),
            timedelta(microseconds=-1), timedelta(hours=23, minutes=59), -timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)):
    z = timezone(off)
    print(repr(z), str(z), z.tzname(None), z.utcoffset(None), z.dst(None), z == timezone(off, "n"), hash(z) == hash(off))
print(repr(timezone(timedelta(0), "Z")), timezone(timedelta(0)) is UTC, repr(timezone.min), repr(timezone.max), timezone(timedelta(hours=1), "CET"))
attempt(lambda: timezone(timedelta(hours=24)))
attempt(lambda: timezone(-timedelta(hours=24)))
attempt(lambda: timezone(3))
attempt(lambda: timezone(timedelta(0), None))
attempt(lambda: timezone(timedelta(0), 3))
attempt(lambda: UTC.utcoffset(3))
attempt(lambda: UTC.tzname("x"))
attempt(lambda: UTC.fromutc(d))
attempt(lambda: UTC.fromutc(3))
attempt(lambda: type("Sub", (timezone,), {}))
print(UTC == timezone(timedelta(0), "UTC"), UTC != p1, UTC == 0, isinstance(UTC, tzinfo))
print(repr(p1.fromutc(DT(2024, 1, 1, 23, 30, tzinfo=p1))))

# conversions between fixed zones
for tz in (UTC, p1, timezone(timedelta(hours=-8), "PST"), timezone(timedelta(hours=5, minutes=45))):
    c = b.astimezone(tz)
    print(repr(c), c == b, c.tzname())
print(b.astimezone(p1) is b, repr(DT.fromtimestamp(0, UTC)), repr(DT.fromtimestamp(1e9 + 0.5, p1)), repr(DT.fromtimestamp(-1.25, tz=UTC)))
attempt(lambda: b.astimezone(5))
attempt(lambda: DT.fromtimestamp(0, 5))
print(repr(DT.utcfromtimestamp(0)), repr(DT.utcfromtimestamp(1.5)), repr(DT.utcfromtimestamp(-1.5)), repr(DT.utcfromtimestamp(5e-7)),
      repr(DT.utcfromtimestamp(1.5e-6)), repr(DT.utcfromtimestamp(253402300799)), repr(DT.utcfromtimestamp(-62135596800)))
attempt(lambda: DT.utcfromtimestamp(253402300800))
attempt(lambda: DT.utcfromtimestamp(1e20))
attempt(lambda: DT.utcfromtimestamp("x"))
attempt(lambda: DT.utcfromtimestamp(float("nan")))
n = DT.now(UTC)
print(n.tzinfo is UTC, type(DT.utcnow()).__name__, abs(DT.now(UTC).replace(tzinfo=None) - DT.utcnow()) < timedelta(seconds=5))


# A zone with daylight saving time, in the style of the tzinfo documentation.
class Eastern(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = DT(dt.year, 3, 8, 2) + timedelta(days=(6 - DT(dt.year, 3, 8).weekday()) % 7)
        end = DT(dt.year, 11, 1, 2) + timedelta(days=(6 - DT(dt.year, 11, 1).weekday()) % 7)
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end - timedelta(hours=1):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= naive < end:
            return timedelta(hours=0) if dt.fold else timedelta(hours=1)
        if start <= naive < start + timedelta(hours=1):
            return timedelta(hours=1) if dt.fold else timedelta(0)
        return timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "Eastern()"


E = Eastern()
for h in range(3, 9):
    u = DT(2024, 11, 3, h, 30, tzinfo=UTC)
    loc = u.astimezone(E)
    print(u.time(), "->", repr(loc), loc.tzname(), loc.utcoffset(), loc.astimezone(UTC) == u)
for h in range(5, 9):
    u = DT(2024, 3, 10, h, 30, tzinfo=UTC)
    loc = u.astimezone(E)
    print(u.time(), "->", loc, loc.tzname(), loc.dst())
amb0 = DT(2024, 11, 3, 1, 30, tzinfo=E)
amb1 = amb0.replace(fold=1)
print(amb0.utcoffset(), amb1.utcoffset(), amb0 == amb1, amb0 - amb1, amb0.astimezone(UTC), amb1.astimezone(UTC))
print(amb0 == amb0.astimezone(UTC), amb1 == amb1.astimezone(UTC), amb1.astimezone(UTC) == amb1)
print(hash(amb0) == hash(amb1), amb0.timestamp(), amb1.timestamp(), amb0.timetuple()[-1], amb1.timetuple()[-1])
print(E.fromutc(DT(2024, 7, 1, 12, tzinfo=E)), DT.fromtimestamp(1720000000, E))
attempt(lambda: E.fromutc(DT(2024, 7, 1)))
attempt(lambda: tzinfo().fromutc(DT(2024, 1, 1, tzinfo=tzinfo())))


class NoDst(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)

    def dst(self, dt):
        return None


attempt(lambda: DT(2024, 1, 1, tzinfo=UTC).astimezone(NoDst()))


class BigOffset(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=24)


attempt(lambda: DT(2024, 1, 1, tzinfo=BigOffset()).utcoffset())
attempt(lambda: DT(2024, 1, 1, tzinfo=BigOffset()) == DT(2024, 1, 1, tzinfo=UTC))


class MyDT(DT):
    def label(self):
        return "my " + self.isoformat()


m = MyDT(2024, 6, 1, 12)
print(repr(m), m.label(), type(m + td).__name__, type(m - td).__name__, type(m.replace(hour=1)).__name__,
      type(m.replace(tzinfo=UTC).astimezone(p1)).__name__, type(MyDT.now()).__name__, type(MyDT.fromisoformat("2020-01-01")).__name__,
      type(MyDT.strptime("2020", "%Y")).__name__, type(MyDT.combine(date(2020, 1, 1), time())).__name__, repr(m - DT(2024, 6, 1)))
print(isinstance(m, date), isinstance(d, date), issubclass(DT, date), DT.__name__, DT.__module__, date.__name__)
import copy
print(copy.copy(b) == b, copy.deepcopy(b) == b, copy.deepcopy(m).label())
print(d.strftime("%Y-%m-%dT%H:%M:%S.%f%z"), b.strftime("%Y-%m-%dT%H:%M:%S.%f%z %Z"), f"{b:%H:%M %Z}", f"{b}")
print(datetime.MINYEAR, datetime.MAXYEAR, datetime.UTC, sorted(datetime.__all__))
