"""time.struct_time: tm_zone / tm_gmtoff as attributes (len stays 9), and
tzname / timezone / altzone / daylight probed as CPython does (qa2)."""
import os
import time

t = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(t, t.tm_zone, t.tm_gmtoff, len(t))
t = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, 'UTC', 3600))
print(t, len(t), t.tm_zone, t.tm_gmtoff, t[:], t == (2020, 1, 2, 3, 4, 5, 6, 7, 0), list(t), t[-1])
for a in [(1, 2), tuple(range(12)), 5]:
    try:
        time.struct_time(a)
    except TypeError as e:
        print(e)
g = time.gmtime(0)
print(g, g.tm_zone, g.tm_gmtoff, hash(g) == hash(tuple(g)), g.count(0))
a, b, *c = time.gmtime(86400)
print(a, b, c)
for tz in ['UTC', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Europe/London']:
    os.environ['TZ'] = tz
    time.tzset()
    l = time.localtime(1e9)
    w = time.localtime(0)
    print(tz, time.tzname, time.timezone, time.altzone, time.daylight, l.tm_zone, l.tm_gmtoff,
          time.strftime('%Z %z', l), w.tm_zone, w.tm_gmtoff, time.strftime('%Z', (2020, 1, 1, 0, 0, 0, 0, 1, 0)))
