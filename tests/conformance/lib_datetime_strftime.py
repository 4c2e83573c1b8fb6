# strftime/__format__/ctime for date, time and datetime: %f %z %Z handled by datetime, the rest by libc.
from datetime import date, time, datetime, timedelta, timezone, tzinfo

d = datetime(2024, 3, 5, 14, 7, 9, 12345)
FORMATS = ["%Y-%m-%d %H:%M:%S.%f", "%a %A %b %B %c", "%x %X %j %U %W %w %u %G %V %g", "%I %p %y %C %e %D %F %T %R %r",
           "%z|%Z|%%|%f", "%", "%5", "plain", "", "%%f", "%%%f", "%-m/%-d", "%10Y", "%Ey %Od", "\u00e9%Y\u00fc", "%n%t|",
           "%%z %%Z", "%H%M%S%f" * 3, "%k|%l|%P|%h"]
for f in FORMATS:
    print(repr(f), "->", repr(d.strftime(f)), repr(format(d, f)))
for dd in [date(1, 1, 1), date(999, 12, 31), date(9999, 12, 31), date(2024, 12, 30), date(2021, 1, 3), date(2000, 2, 29)]:
    print(dd.strftime("%Y|%y|%G|%g|%V|%U|%W|%j|%C|%F|%c|%x"), dd.ctime())
z = timezone(timedelta(hours=-3, minutes=-30), "NST")
dz = datetime(2024, 3, 5, 14, 7, 9, tzinfo=z)
print(dz.strftime("%z %Z"), format(dz, "%H:%M %Z"), f"{dz:%Y}", f"{dz}", dz.timetz().strftime("%H %z %Z %f %Y"), time(1, 2).strftime("%c"))
for off in (timedelta(0), timedelta(hours=5, minutes=30), timedelta(hours=1, seconds=1, microseconds=5),
            -timedelta(hours=1, seconds=1), timedelta(minutes=-1), timedelta(microseconds=1)):
    print(repr(datetime(2020, 1, 1, tzinfo=timezone(off)).strftime("%z %Z")))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=1), "A%dB")).strftime("%Z %z"))
print(datetime(2020, 1, 1, tzinfo=timezone.utc).strftime("%Z"), datetime(2020, 1, 1, tzinfo=timezone(timedelta(0), "")).strftime("[%Z]"))


class Named(tzinfo):
    def utcoffset(self, dt):
        return None

    def tzname(self, dt):
        return None

    def dst(self, dt):
        return None


print(repr(datetime(2020, 1, 1, tzinfo=Named()).strftime("[%z][%Z]")), repr(time(5, tzinfo=Named()).strftime("[%z][%Z]")))
print(time(23, 59, 58, 999).strftime("%H:%M:%S.%f %I %p %j %a %Y"), date(2024, 7, 4).strftime("%H:%M:%S %f %z [%Z]"))
print(format(date(2024, 7, 4), ""), format(time(1), ""), format(d, ""), "{:%d %b}".format(date(2024, 7, 4)))
for call in (lambda: d.strftime(5), lambda: format(d, 5), lambda: date(2024, 1, 1).strftime(None), lambda: time().__format__(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(datetime(2024, 1, 2, 3, 4, 5).ctime(), date(2024, 1, 12).ctime(), datetime(5, 6, 7, 8, 9, 10).ctime())
print(d.timetuple().tm_yday, d.strftime("%s") == str(int(__import__("time").mktime(d.timetuple()))))
