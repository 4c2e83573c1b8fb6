# datetime.time: construction, repr/str/isoformat with timespec, tz offsets, comparisons, replace.
from datetime import time, timedelta, timezone, tzinfo, datetime


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


print(repr(time()), repr(time(0)), repr(time(1, 2)), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), repr(time(1, 2, 0, 4)))
print(repr(time(1, 2, 3, 4, fold=1)), repr(time(5, tzinfo=timezone.utc)), repr(time(5, 6, 7, fold=1, tzinfo=timezone(timedelta(hours=-3)))))
print(time.min, time.max, repr(time.resolution))
attempt(lambda: time(24))
attempt(lambda: time(-1))
attempt(lambda: time(1, 60))
attempt(lambda: time(1, 1, 60))
attempt(lambda: time(1, 1, 1, 10**6))
attempt(lambda: time(fold=2))
attempt(lambda: time(1.5))
attempt(lambda: time(1, tzinfo=5))
attempt(lambda: setattr(time(1), "hour", 2))

t = time(13, 5, 9, 123456)
print(t, t.isoformat(), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, bool(time(0)))
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(spec, t.isoformat(spec), time(1, 2).isoformat(timespec=spec))
attempt(lambda: t.isoformat("bogus"))
attempt(lambda: t.isoformat(timespec=3))

tz = timezone(timedelta(hours=5, minutes=30), "IST")
a = time(12, 0, tzinfo=tz)
print(a, a.utcoffset(), a.tzname(), a.dst(), repr(a))
print(time(1, tzinfo=timezone(timedelta(hours=-1, seconds=-1))).isoformat())
print(time(1, tzinfo=timezone(timedelta(microseconds=-1))).isoformat())
print(time(1).utcoffset(), time(1).tzname(), time(1).dst())
print(t.strftime("%H:%M:%S.%f %p %I %Y-%m-%d %j"), a.strftime("%z %Z"), format(t, "%H"), format(t), f"{a}")

b = time(6, 30, tzinfo=timezone.utc)
print(a == b, a < b, a > b, a <= b, a != b, time(1) == time(1, 0, 0, 0), time(1) < time(1, 0, 0, 1))
print(time(1) == time(1, tzinfo=timezone.utc), time(1) != time(1, tzinfo=timezone.utc), time(1) == 1)
attempt(lambda: time(1) < time(1, tzinfo=timezone.utc))
attempt_type(lambda: time(1) < 1)
print(hash(a) == hash(b), hash(time(1, fold=1)) == hash(time(1)), len({time(1), time(1, fold=1), time(2)}))
print(time(1, fold=1) == time(1))
print(repr(t.replace(hour=1)), repr(t.replace(tzinfo=tz)), repr(a.replace(tzinfo=None)), repr(t.replace(fold=1)))
attempt(lambda: t.replace(minute=61))
print(sorted([time(3), time(1, 30), time(0, 0, 0, 1)]))


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)


c = time(10, tzinfo=Fixed(-90, "X"))
print(c, c.tzname(), c.utcoffset(), c.dst(), c == time(11, 30, tzinfo=timezone.utc))


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5

    def tzname(self, dt):
        return 7


attempt(lambda: time(1, tzinfo=Bad()).utcoffset())
attempt(lambda: time(1, tzinfo=Bad()).tzname())
attempt(lambda: time(1, tzinfo=Bad()).isoformat())
attempt(lambda: time(1, tzinfo=tzinfo()).utcoffset())


class T(time):
    pass


print(repr(T(1, 2)), type(T(1).replace(hour=3)).__name__, repr(datetime(2020, 1, 1, 3).time()), repr(datetime(2020, 1, 1, 3, tzinfo=tz).timetz()))
