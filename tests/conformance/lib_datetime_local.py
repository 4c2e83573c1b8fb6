# Local-time conversions (checked through invariants that hold in any time zone).
import time as _time
from datetime import date, datetime, timedelta, timezone

now = datetime.now()
utcnow = datetime.utcnow()
aware = datetime.now(timezone.utc)
print(type(now).__name__, now.tzinfo, utcnow.tzinfo, aware.tzinfo)
local = now.astimezone()
print(type(local.tzinfo).__name__, isinstance(local.tzname(), str), local.replace(tzinfo=None) == now)
off = local.utcoffset()
print(abs((now - utcnow) - off) < timedelta(seconds=5), abs(aware - local) < timedelta(seconds=5))
print(abs(now.timestamp() - _time.time()) < 5, abs(aware.timestamp() - _time.time()) < 5)
print(date.today() in (now.date(), now.date() + timedelta(days=1)))

for t in (0, 1, 86400 * 365, 10**9, 10**9 + 0.25, 1234567890.5, 1700000000, 1720000000.125, -86400 * 3 - 0.5, 4102444800):
    loc = datetime.fromtimestamp(t)
    utc = datetime.fromtimestamp(t, timezone.utc)
    print(t, loc.timestamp() == t, loc.astimezone(timezone.utc) == utc, utc.timestamp() == t,
          loc.astimezone() == utc, loc.astimezone().astimezone(timezone.utc) == utc,
          datetime.utcfromtimestamp(t) == utc.replace(tzinfo=None), date.fromtimestamp(t) == loc.date())

for wall in (datetime(2024, 1, 15, 12), datetime(2024, 7, 15, 12, 30, 45, 500), datetime(1999, 12, 31, 23, 59, 59)):
    a = wall.astimezone()
    print(a.replace(tzinfo=None) == wall, a.timestamp() == wall.timestamp(),
          datetime.fromtimestamp(wall.timestamp()) == wall, wall.astimezone(timezone.utc) == a,
          a.tzname() == a.tzinfo.tzname(None))
    lt = _time.localtime(int(wall.timestamp()))
    print(lt[:6] == wall.timetuple()[:6], wall.timetuple().tm_isdst)

fixed = datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone(timedelta(hours=9)))
print(fixed.astimezone().astimezone(timezone.utc) == fixed, fixed.astimezone(None) == fixed)
print(datetime.fromtimestamp(0).fold, datetime.fromtimestamp(1e9).fold)
