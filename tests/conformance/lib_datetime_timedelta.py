# datetime.timedelta: normalisation, float rounding, repr/str, arithmetic, limits, errors.
from datetime import timedelta
import datetime


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


cases = [
    timedelta(), timedelta(1), timedelta(days=1, seconds=3600), timedelta(-1), timedelta(seconds=-1),
    timedelta(microseconds=-1), timedelta(1, 2, 3, 4, 5, 6, 7), timedelta(weeks=-2, hours=25),
    timedelta(milliseconds=1500), timedelta(minutes=-90), timedelta(hours=36, microseconds=10**6),
    timedelta(seconds=0.5, microseconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5),
    timedelta(microseconds=-0.5), timedelta(microseconds=-1.5), timedelta(days=0.1, hours=0.3),
    timedelta(days=1.5, seconds=-0.25), timedelta(weeks=0.5), timedelta(seconds=1e-7), timedelta(seconds=True),
    timedelta(days=-1, seconds=5), timedelta(days=2), timedelta(days=-2, microseconds=1),
]
for td in cases:
    print(repr(td), "|", str(td), "|", td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))

print(timedelta.min, "|", timedelta.max, "|", timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))
attempt(lambda: timedelta(days=10**9))
attempt(lambda: timedelta(days=-10**9))
attempt(lambda: timedelta.max + timedelta.resolution)
attempt(lambda: -timedelta.min)
attempt(lambda: timedelta(days="1"))
attempt(lambda: timedelta(seconds=None))
attempt(lambda: timedelta(days=float("inf")))
attempt(lambda: timedelta(days=float("nan")))

a = timedelta(days=1, hours=2)
b = timedelta(hours=7, microseconds=5)
print(a + b, a - b, b - a, -a, +b, abs(-a), abs(b))
print(a * 3, 3 * a, a * -1, a * 0.5, 0.25 * a, a * 1.1, b * (1 / 3))
print(a / b, a / 7, a / 2.5, a // b, a // 7, a % b, divmod(a, b), divmod(-a, b))
print(timedelta(1) / timedelta(hours=1), timedelta(microseconds=3) / 2, timedelta(microseconds=5) / 2)
print(timedelta(microseconds=-3) // 2, timedelta(microseconds=-5) / 2)
attempt(lambda: a / 0)
attempt(lambda: a // 0)
attempt(lambda: a / timedelta(0))
attempt(lambda: a / 0.0)
attempt(lambda: a * float("inf"))
attempt_type(lambda: a + 1)
attempt_type(lambda: a * "x")
attempt_type(lambda: 1 / a)
attempt_type(lambda: a * timedelta(1))
print(a > b, a < b, a >= a, a <= b, a == timedelta(hours=26), a != b, a == 1, a != "x")
attempt_type(lambda: a < 5)
print(sorted([a, b, -a, timedelta(0)]))
print(hash(a) == hash(timedelta(hours=26)), hash(timedelta(0)) == hash(timedelta()))
print(len({timedelta(hours=24), timedelta(days=1), timedelta(seconds=86400), timedelta(1, 1)}))
print(max(a, b), min(a, b), sum([a, b, b], timedelta()))


class TD(timedelta):
    pass


t = TD(hours=5)
print(repr(t), type(t).__name__, type(t + t).__name__, type(-t).__name__, type(t * 2).__name__, t == timedelta(hours=5))
print(isinstance(t, timedelta), repr(datetime.timedelta(3)))
import copy
print(copy.copy(a) == a, copy.deepcopy(b) == b)
print(timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999) == timedelta.max)
print(timedelta(microseconds=86400 * 10**6 * 5 + 7) // timedelta(seconds=1))
