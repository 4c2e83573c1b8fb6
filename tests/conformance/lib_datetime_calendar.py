# calendar: leap years, weekdays, month layouts (text and HTML), name sequences, timegm.
import calendar
import datetime


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


for y in (1900, 2000, 2023, 2024, 2100, 1):
    print(y, calendar.isleap(y))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2000, 2001), calendar.leapdays(2024, 2024))
print(calendar.weekday(2024, 1, 1), calendar.weekday(1970, 1, 1), calendar.weekday(0, 1, 1), calendar.weekday(10000, 1, 1))
for ym in ((2024, 2), (2023, 2), (2024, 12), (1, 1), (9999, 12)):
    print(ym, calendar.monthrange(*ym))
attempt(lambda: calendar.monthrange(2024, 13))
attempt(lambda: calendar.monthrange(2024, 0))
e = calendar.IllegalMonthError(13)
print(isinstance(e, ValueError), e.month, calendar.error is ValueError)
attempt(lambda: calendar.setfirstweekday(7))
attempt(lambda: calendar.weekday(2024, 2, 30))

print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2021, 2))
print(list(calendar.month_name))
print(list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr))
print(len(calendar.month_name), len(calendar.day_abbr), calendar.month_name[1:4], calendar.day_name[-1])
attempt(lambda: calendar.month_name[13])
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH, calendar.mdays)

print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)))
print(calendar.timegm(datetime.datetime(2000, 1, 1, 1, 2, 3).utctimetuple()))
print(calendar.timegm((2024, 1, 32, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))

tc = calendar.TextCalendar()
print(tc.formatmonth(2024, 2), end="")
print(tc.formatmonth(2024, 9, w=4, l=2), end="")
print(tc.formatmonth(2021, 2, 3), end="")
calendar.prmonth(1999, 12)
print(calendar.month(2000, 1), end="")
print(repr(calendar.weekheader(2)), repr(calendar.weekheader(1)), repr(calendar.weekheader(9)), repr(calendar.weekheader(12)))
print(repr(calendar.week([(1, 0), (2, 1), (0, 2)], 3)))
print(repr(tc.formatmonthname(2024, 3, 25)), repr(tc.formatmonthname(2024, 3, 10, False)))
print(repr(tc.formatday(0, 0, 3)), repr(tc.formatday(7, 0, 5)))
print(calendar.calendar(2024), end="")
print(calendar.calendar(2023, 3, 1, 4, 4), end="")
calendar.prcal(1900, m=6)
print(calendar.formatstring(["a", "bb", "ccc"], 5, 2) + "|")
calendar.format(["x", "y"], 3, 1)

sunday = calendar.TextCalendar(calendar.SUNDAY)
print(sunday.formatmonth(2024, 6), end="")
print(list(sunday.iterweekdays()), sunday.getfirstweekday())
cal = calendar.Calendar(8)
print(cal.firstweekday, list(cal.iterweekdays()))
cal.setfirstweekday(2)
print(cal.firstweekday, list(cal.itermonthdays(2024, 2))[:10])
print(list(calendar.Calendar().itermonthdays2(2024, 3))[:9])
print(list(calendar.Calendar().itermonthdays3(2024, 3))[:6], list(calendar.Calendar().itermonthdays3(2024, 3))[-3:])
print(list(calendar.Calendar(6).itermonthdays4(2024, 1))[:3])
print(calendar.Calendar().monthdatescalendar(2024, 4)[0])
print(calendar.Calendar().monthdays2calendar(2024, 4)[-1])
print(len(calendar.Calendar().yeardatescalendar(2024)), len(calendar.Calendar().yeardayscalendar(2024, 4)))
print(calendar.Calendar().yeardays2calendar(2024, 6)[1][5][-1])
print(list(calendar.Calendar().itermonthdays3(1, 1))[:1], list(calendar.Calendar().itermonthdays3(9999, 12))[-4:])
attempt(lambda: list(calendar.Calendar().itermonthdates(1, 1)))

calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 2)[0])
print(calendar.month(2024, 2), end="")
calendar.setfirstweekday(0)

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2), end="")
print(h.formatmonth(2024, 3, withyear=False), end="")
print(h.formatyear(2023, 4))
page = h.formatyearpage(2024, 6, css=None)
print(type(page).__name__, page[:120])
print(len(page), page[-40:])
print(h.formatweekday(6), h.formatday(0, 3), h.formatday(9, 3))
print(calendar.HTMLCalendar(6).formatweekheader())
print(calendar.LocaleTextCalendar(0, "C").formatmonth(2024, 5), end="")
