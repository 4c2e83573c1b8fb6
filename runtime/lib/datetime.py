"""datetime — dates, times, durations and fixed-offset time zones.

Owns date, time, datetime, timedelta, tzinfo, timezone (with timezone.utc,
also exported as UTC), MINYEAR and MAXYEAR, with CPython 3.11's API, reprs and
error messages.

Dates are handled through day ordinals of the proleptic Gregorian calendar
(0001-01-01 is day 1) and durations through integer microseconds, so all
arithmetic is exact; floats only enter through explicit float arguments,
which are converted exactly (as_integer_ratio) and rounded half-to-even once.
Local time comes from the native time module (time.time, time.localtime).
strftime substitutes %f, %z and %Z itself and hands the rest to the C library
through time.strftime, as CPython does, so the output is the same as
CPython's on the same libc.  strptime is parsed here by a small backtracking
matcher that accepts exactly what the regular expressions of CPython's
_strptime accept (there is no re module to lean on)."""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059            # date(9999, 12, 31).toordinal()
_EPOCH_ORD = 719163              # date(1970, 1, 1).toordinal()
_US_PER_SEC = 1000000
_US_PER_DAY = 86400000000
_MAX_DELTA_DAYS = 999999999
_DIGITS = "0123456789"


# ---- the calendar ----

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _ymd2ord(y, m, d):
    y1 = y - 1
    n = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + _DAYS_BEFORE_MONTH[m] + d
    if m > 2 and _is_leap(y):
        n += 1
    return n


def _ord2ymd(n):
    # Count from 0000-03-01 so the leap day falls at the end of each
    # "year"; then 400-year eras, years of the era and 153-day month groups
    # follow by plain integer arithmetic (works for any n, also n < 1).
    z = n + 305
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    if mp < 10:
        return yoe + era * 400, mp + 3, d
    return yoe + era * 400 + 1, mp - 9, d


def _iso_week1_monday(y):
    jan4 = _ymd2ord(y, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _has_53_weeks(y):
    wd = (_ymd2ord(y, 1, 1) + 6) % 7
    return wd == 3 or (wd == 2 and _is_leap(y))


def _utc_fields(secs):
    days, rem = divmod(secs, 86400)
    y, m, d = _ord2ymd(days + _EPOCH_ORD)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss


def _fields_to_secs(y, m, d, hh, mm, ss):
    return (_ymd2ord(y, m, d) - _EPOCH_ORD) * 86400 + hh * 3600 + mm * 60 + ss


# ---- argument helpers ----

def _tname(obj):
    # CPython's C types are named "datetime.date" etc.; subclasses written in
    # Python go by their bare name.
    t = type(obj)
    if t in _OWN_TYPES:
        return "datetime." + t.__name__
    return t.__name__


_GETTERS = {
    "_year": lambda self: self._year, "_month": lambda self: self._month,
    "_day": lambda self: self._day, "_hour": lambda self: self._hour,
    "_minute": lambda self: self._minute, "_second": lambda self: self._second,
    "_microsecond": lambda self: self._microsecond, "_tzinfo": lambda self: self._tzinfo,
    "_fold": lambda self: self._fold,
}


def _ro(slot):
    # A read-only field; assigning to it fails with CPython's wording.
    def fset(self, value):
        owner = "datetime"
        for t in (datetime, date, time):
            if isinstance(self, t):
                owner = "datetime." + t.__name__
                break
        if slot in ("_year", "_month", "_day"):
            owner = "datetime.date"
        raise AttributeError("attribute '%s' of '%s' objects is not writable" % (slot[1:], owner))

    return property(_GETTERS[slot], fset)


def _argtype(v):
    if v is None:
        return "None"
    return _tname(v)


def _as_int(v):
    if type(v) is int:
        return v
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        meth = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return meth(v)


def _check_date_fields(year, month, day):
    year = _as_int(year)
    month = _as_int(month)
    day = _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _as_int(hour)
    minute = _as_int(minute)
    second = _as_int(second)
    microsecond = _as_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, int(fold)


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_offset(name, off):
    if off is None:
        return
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(off).__name__))
    if not -_ONE_DAY < off < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)


def _div_half_even(n, d):
    if d == 0:
        raise ZeroDivisionError("integer division or modulo by zero")
    if d < 0:
        n, d = -n, -d
    q, r = divmod(n, d)
    r2 = 2 * r
    if r2 > d or (r2 == d and q & 1):
        q += 1
    return q


def _split_timestamp(t):
    # (whole seconds, microseconds), rounded half-to-even like CPython.
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if not -9.2e18 < t < 9.2e18:
            raise OverflowError("timestamp out of range for platform time_t")
        frac, whole = _math.modf(t)
        secs = int(whole)
        us = round(frac * 1e6)
        if us >= 1000000:
            secs += 1
            us -= 1000000
        elif us < 0:
            secs -= 1
            us += 1000000
        return secs, us
    secs = _as_int(t)
    if not -2 ** 63 <= secs < 2 ** 63:
        raise OverflowError("timestamp out of range for platform time_t")
    return secs, 0


def _format_time(hh, mm, ss, us, timespec, argno=1):
    if not isinstance(timespec, str):
        raise TypeError("isoformat() argument %d must be str, not %s" % (argno, _argtype(timespec)))
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _format_offset(off, sep):
    if off is None:
        return ""
    us = (off._days * 86400 + off._seconds) * _US_PER_SEC + off._microseconds
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    ss, us = divmod(us, _US_PER_SEC)
    mm, ss = divmod(ss, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or us:
        s += "%s%02d" % (sep, ss)
        if us:
            s += ".%06d" % us
    return s


def _wrap_strftime(obj, fmt, timetuple):
    # Only %f, %z and %Z depend on more than the time tuple; everything else
    # (including the C library's extensions and unknown directives) is left
    # to the platform strftime, which is what CPython does too.
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % _argtype(fmt))
    if "%" not in fmt:
        return _time.strftime(fmt, timetuple) if fmt else ""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%":
            out.append(ch)
            continue
        if i >= n:
            out.append("%")
            break
        ch = fmt[i]
        i += 1
        if ch == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif ch == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(off, ""))
        elif ch == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            if name:
                out.append(name.replace("%", "%%"))
        else:
            out.append("%")
            out.append(ch)
    return _time.strftime("".join(out), timetuple)


def _check_format_arg(fmt):
    if not isinstance(fmt, str):
        raise TypeError("__format__() argument 1 must be str, not %s" % _argtype(fmt))


# ---- timedelta ----

def _td_new(cls, us):
    d, us = divmod(us, _US_PER_DAY)
    if not -_MAX_DELTA_DAYS <= d <= _MAX_DELTA_DAYS:
        raise OverflowError("days=%d; must have magnitude <= %d" % (d, _MAX_DELTA_DAYS))
    s, us = divmod(us, _US_PER_SEC)
    self = object.__new__(cls)
    self._days = d
    self._seconds = s
    self._microseconds = us
    self._hashcode = -1
    return self


_TD_UNITS = (("days", 86400000000), ("seconds", 1000000), ("microseconds", 1),
             ("milliseconds", 1000), ("minutes", 60000000), ("hours", 3600000000),
             ("weeks", 604800000000))


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        args = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        num = 0
        den = 1
        for i in range(7):
            v = args[i]
            if type(v) is int:
                if v:
                    num += v * _TD_UNITS[i][1] * den
            elif isinstance(v, int):
                num += int(v) * _TD_UNITS[i][1] * den
            elif isinstance(v, float):
                if v != v:
                    raise ValueError("cannot convert float NaN to integer")
                if v in (_INF, -_INF):
                    raise OverflowError("cannot convert float infinity to integer")
                n, d = v.as_integer_ratio()
                num = num * d + n * _TD_UNITS[i][1] * den
                den *= d
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_TD_UNITS[i][0], type(v).__name__))
        if den != 1:
            num = _div_half_even(num, den)
        return _td_new(cls, num)

    days = property(lambda self: self._days, doc="Number of days.")
    seconds = property(lambda self: self._seconds,
                       doc="Number of seconds (>= 0 and less than 1 day).")
    microseconds = property(lambda self: self._microseconds,
                            doc="Number of microseconds (>= 0 and less than 1 second).")

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SEC + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_tname(self), ", ".join(args) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_new(timedelta, self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_new(timedelta, self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_new(timedelta, other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _td_new(timedelta, -self._to_us())

    def __pos__(self):
        return _td_new(timedelta, self._to_us())

    def __abs__(self):
        us = self._to_us()
        return _td_new(timedelta, -us if us < 0 else us)

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_new(timedelta, self._to_us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_new(timedelta, _div_half_even(self._to_us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return _td_new(timedelta, _div_half_even(self._to_us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_new(timedelta, _div_half_even(self._to_us() * d, n))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _td_new(timedelta, self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_new(timedelta, self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _td_new(timedelta, r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return (self._days == other._days and self._seconds == other._seconds
                    and self._microseconds == other._microseconds)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), self._key())

    def __copy__(self):
        return _copy_immutable(self)

    def __deepcopy__(self, memo):
        return _copy_immutable(self)


_INF = float("inf")
_ONE_DAY = _td_new(timedelta, _US_PER_DAY)
_ZERO = _td_new(timedelta, 0)
timedelta.min = _td_new(timedelta, -_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _td_new(timedelta, (_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _td_new(timedelta, 1)


def _copy_immutable(obj):
    # Instances of our own types never change, so a copy may be the object
    # itself; a subclass instance is rebuilt so that its __dict__ is copied.
    if type(obj) in _OWN_TYPES:
        return obj
    cls, args = obj.__reduce__()[:2]
    new = cls(*args)
    d = getattr(obj, "__dict__", None)
    if d:
        new.__dict__.update(d)
    return new


# ---- date ----

def _date_new(cls, y, m, d):
    if cls is date:
        self = object.__new__(date)
        self._year = y
        self._month = m
        self._day = d
        self._hashcode = -1
        return self
    return cls(y, m, d)


_MISSING = object()


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=_MISSING, day=_MISSING):
        if month is _MISSING:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is _MISSING:
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # -- alternate constructors --

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp.

        The timestamp is a number, e.g. created via time.time(), that is interpreted
        as local time."""
        if isinstance(t, float):
            secs = _math.floor(t)
        else:
            secs = _split_timestamp(t)[0]
        lt = _time.localtime(secs)
        return cls(lt[0], lt[1], lt[2])

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _as_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return _date_new(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        n = len(date_string)
        ymd = None
        if n == 7 or n == 8 or n == 10:
            ymd = _parse_iso_date(date_string, n)
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

        This is the inverse of the date.isocalendar() function"""
        year = _as_int(year)
        week = _as_int(week)
        day = _as_int(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if not 0 < week < 53 and not (week == 53 and _has_53_weeks(year)):
            raise ValueError("Invalid week: %d" % week)
        if not 0 < day < 8:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
        return cls(*_ord2ymd(n))

    # -- fields --

    year = _ro("_year")
    month = _ro("_month")
    day = _ro("_day")

    # -- formatting --

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tname(self), self._year, self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        wd = (_ymd2ord(self._year, self._month, self._day) + 6) % 7
        return "%s %s %2d 00:00:00 %04d" % (_DAY_ABBR[wd], _MONTH_ABBR[self._month],
                                            self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        _check_format_arg(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # -- conversions --

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def weekday(self):
        """Return the day of the week represented by the date.
        Monday == 0 ... Sunday == 6"""
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
        Monday == 1 ... Sunday == 7"""
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        y = self._year
        n = _ymd2ord(y, self._month, self._day)
        start = _iso_week1_monday(y)
        if n < start:
            y -= 1
            start = _iso_week1_monday(y)
        else:
            nxt = _iso_week1_monday(y + 1)
            if n >= nxt:
                y += 1
                start = nxt
        week, day = divmod(n - start, 7)
        return IsoCalendarDate(y, week + 1, day + 1)

    # -- comparisons and hashing --

    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date):
            return (self._day == other._day and self._month == other._month
                    and self._year == other._year)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return self._cmpkey() < other._cmpkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return self._cmpkey() <= other._cmpkey()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return self._cmpkey() > other._cmpkey()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return self._cmpkey() >= other._cmpkey()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmpkey())
        return self._hashcode

    # -- arithmetic --

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = _ymd2ord(self._year, self._month, self._day) + other._days
            if 0 < n <= _MAXORDINAL:
                y, m, d = _ord2ymd(n)
                return _date_new(type(self), y, m, d)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            n = _ymd2ord(self._year, self._month, self._day) - other._days
            if 0 < n <= _MAXORDINAL:
                y, m, d = _ord2ymd(n)
                return _date_new(type(self), y, m, d)
            raise OverflowError("date value out of range")
        if isinstance(other, date) and not isinstance(other, datetime):
            n = _ymd2ord(self._year, self._month, self._day)
            return _td_new(timedelta, (n - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))

    def __copy__(self):
        return _copy_immutable(self)

    def __deepcopy__(self, memo):
        return _copy_immutable(self)


def _build_struct_time(y, m, d, hh, mm, ss, dst):
    n = _ymd2ord(y, m, d)
    return _time.struct_time((y, m, d, hh, mm, ss, (n + 6) % 7,
                              n - _ymd2ord(y, 1, 1) + 1, dst))


class IsoCalendarDate(tuple):
    """The result of date.isocalendar(): (year, week, weekday)."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)

    def __reduce__(self):
        return (tuple, (tuple(self),))


# ---- tzinfo ----

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        # Standard time first, then whatever DST applies at that moment.
        std = off - dst
        if std:
            dt += std
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, getattr(self, "__dict__", None) or None)


# ---- time ----

def _time_new(cls, hh, mm, ss, us, tz, fold):
    if cls is time:
        self = object.__new__(time)
        self._hour = hh
        self._minute = mm
        self._second = ss
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    self = cls(hh, mm, ss, us, tz)
    if fold:
        self._fold = fold
    return self


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

    All arguments are optional. tzinfo may be None, or an instance of
    a tzinfo subclass. The remaining arguments may be ints."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold",
                 "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = _ro("_hour")
    minute = _ro("_minute")
    second = _ro("_second")
    microsecond = _ro("_microsecond")
    tzinfo = _ro("_tzinfo")
    fold = _ro("_fold")

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        start = 1 if time_string[:1] == "T" else 0
        t = _parse_iso_time(time_string, start)
        if t is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        return cls(*t)

    # -- time zone --

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(None)
        _check_offset("utcoffset", off)
        return off

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(None)
        _check_offset("dst", off)
        return off

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        _check_tzname(name)
        return name

    # -- formatting --

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        s = "%s(%s" % (_tname(self), s)
        # Unlike datetime's repr, time's puts tzinfo before fold.
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def isoformat(self, timespec="auto"):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        if self._tzinfo is not None:
            s += _format_offset(self.utcoffset(), ":")
        return s

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """format -> strftime() style string."""
        return _wrap_strftime(self, format, _time.struct_time(
            (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)))

    def __format__(self, fmt):
        _check_format_arg(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """Return time with new specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    # -- comparisons and hashing --

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SEC \
            + self._microsecond

    def _cmp(self, other, for_eq):
        # (self - other) sign, or None when naive meets aware under ==.
        if self._tzinfo is other._tzinfo:
            a = self._us()
            b = other._us()
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if myoff == otoff:
                a = self._us()
                b = other._us()
            elif myoff is None or otoff is None:
                if for_eq:
                    return None
                raise TypeError("can't compare offset-naive and offset-aware times")
            else:
                a = self._us() - myoff._to_us()
                b = other._us() - otoff._to_us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(t._us())
            else:
                self._hashcode = hash(t._us() - off._to_us())
        return self._hashcode

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond, self._tzinfo)
        return (type(self), args)

    def __copy__(self):
        return _copy_immutable(self)

    def __deepcopy__(self, memo):
        return _copy_immutable(self)


# ---- datetime ----

def _dt_new(cls, y, m, d, hh, mm, ss, us, tz, fold):
    if cls is datetime:
        self = object.__new__(datetime)
        self._year = y
        self._month = m
        self._day = d
        self._hour = hh
        self._minute = mm
        self._second = ss
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    self = cls(y, m, d, hh, mm, ss, us, tz)
    if fold:
        self._fold = fold
    return self


def _dt_from_us(cls, total, tz):
    # total: microseconds since 0001-01-01T00:00 minus one day (ordinal-based).
    n, us = divmod(total, _US_PER_DAY)
    if not 0 < n <= _MAXORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _ord2ymd(n)
    secs, us = divmod(us, _US_PER_SEC)
    hh, secs = divmod(secs, 3600)
    mm, ss = divmod(secs, 60)
    return _dt_new(cls, y, m, d, hh, mm, ss, us, tz, 0)


def _local_offset(u):
    lt = _time.localtime(u)
    return _fields_to_secs(lt[0], lt[1], lt[2], lt[3], lt[4], lt[5]) - u


def _local_timezone(u):
    lt = _time.localtime(u)
    off = _fields_to_secs(lt[0], lt[1], lt[2], lt[3], lt[4], lt[5]) - u
    name = getattr(lt, "tm_zone", None)
    if name is None:
        name = _time.tzname[1 if lt[8] > 0 else 0]
    return timezone(_td_new(timedelta, off * _US_PER_SEC), name)


def _local_to_posix(y, m, d, hh, mm, ss, fold):
    # Solve u + offset(u) == wall for u.  The offsets a day before and a day
    # after bracket any transition near the wall time: both solve it when the
    # wall time repeats (fold picks the later), neither when it falls into a
    # gap (fold=0 then keeps the offset from before the transition).
    t = _fields_to_secs(y, m, d, hh, mm, ss)
    u1 = t - _local_offset(t - 86400)
    ok1 = u1 + _local_offset(u1) == t
    u2 = t - _local_offset(t + 86400)
    if u1 == u2:
        return u1
    ok2 = u2 + _local_offset(u2) == t
    if ok1 and ok2:
        return max(u1, u2) if fold else min(u1, u2)
    if ok1:
        return u1
    if ok2:
        return u2
    return min(u1, u2) if fold else max(u1, u2)


def _local_fold(u):
    # 1 when the local wall time of u already occurred earlier (clocks were
    # set back within the last day and u is the second pass).
    off = _local_offset(u)
    before = _local_offset(u - 86400)
    if before > off:
        wall = u + off
        u0 = wall - before
        if u0 < u and u0 + _local_offset(u0) == wall:
            return 1
    return 0


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

    The year, month and day arguments are required. tzinfo may be None, or an
    instance of a tzinfo subclass. The remaining arguments may be ints."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if month is _MISSING:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is _MISSING:
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = _ro("_hour")
    minute = _ro("_minute")
    second = _ro("_second")
    microsecond = _ro("_microsecond")
    tzinfo = _ro("_tzinfo")
    fold = _ro("_fold")

    # -- alternate constructors --

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        secs, us = _split_timestamp(t)
        if tz is None:
            lt = _time.localtime(secs)
            if not MINYEAR <= lt[0] <= MAXYEAR:
                raise ValueError("year %d is out of range" % lt[0])
            # CPython probes the offset a day earlier to detect a fold; near
            # the minimum that probe leaves the supported range.
            early = _time.localtime(secs - 86400)[0]
            if early < MINYEAR:
                raise ValueError("year %d is out of range" % early)
            return _dt_new(cls, lt[0], lt[1], lt[2], lt[3], lt[4], min(lt[5], 59), us, None,
                           _local_fold(secs))
        y, m, d, hh, mm, ss = _utc_fields(secs)
        return tz.fromutc(_dt_new(cls, y, m, d, hh, mm, ss, us, tz, 0))

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        secs, us = _split_timestamp(t)
        y, m, d, hh, mm, ss = _utc_fields(secs)
        return _dt_new(cls, y, m, d, hh, mm, ss, us, None, 0)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

          tz
            Timezone object.

        If no tz is specified, uses local timezone."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % _argtype(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % _argtype(time))
        if tzinfo is True:
            tzinfo = time._tzinfo
        return cls(date._year, date._month, date._day, time._hour, time._minute, time._second,
                   time._microsecond, tzinfo, fold=time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        pos = _iso_separator_pos(s)
        ymd = _parse_iso_date(s, pos) if pos >= 0 else None
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        if len(s) > pos:
            t = _parse_iso_time(s, pos + 1)
            if t is None:
                raise ValueError("Invalid isoformat string: %r" % (s,))
            return cls(ymd[0], ymd[1], ymd[2], *t)
        return cls(ymd[0], ymd[1], ymd[2])

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s" % _argtype(date_string))
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s" % _argtype(format))
        fields, fraction, gmtoff, gmtoff_us, zone = _strptime(date_string, format)
        y, m, d, hh, mm, ss = fields
        if gmtoff is None:
            return cls(y, m, d, hh, mm, ss, fraction)
        off = timedelta(seconds=gmtoff, microseconds=gmtoff_us)
        tz = timezone(off, zone) if zone else timezone(off)
        return cls(y, m, d, hh, mm, ss, fraction, tz)

    # -- conversions --

    def _total_us(self):
        return ((_ymd2ord(self._year, self._month, self._day) * 86400
                 + self._hour * 3600 + self._minute * 60 + self._second) * _US_PER_SEC
                + self._microsecond)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        if dst is None:
            flag = -1
        else:
            flag = 1 if dst else 0
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, flag)

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = self.utcoffset()
        t = self
        if off:
            t = _dt_from_us(datetime, self._total_us() - off._to_us(), None)
        return _build_struct_time(t._year, t._month, t._day, t._hour, t._minute, t._second, 0)

    def _local_seconds(self):
        return _local_to_posix(self._year, self._month, self._day, self._hour, self._minute,
                               self._second, self._fold)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        off = self.utcoffset()
        if off is None:
            return self._local_seconds() + self._microsecond / 1e6
        us = self._total_us() - off._to_us() - _EPOCH_ORD * _US_PER_DAY
        return us / 10 ** 6

    def date(self):
        """Return date object with same year, month and day."""
        return _date_new(date, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _time_new(time, self._hour, self._minute, self._second, self._microsecond,
                         None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _time_new(time, self._hour, self._minute, self._second, self._microsecond,
                         self._tzinfo, self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        mytz = self._tzinfo
        off = None
        if mytz is not None:
            off = self.utcoffset()
        if off is None:
            # Naive (or a tzinfo that declines): the fields are local time.
            u = self._local_seconds()
            mytz = _local_timezone(u)
            off = mytz._offset
        if tz is None:
            u = (self._total_us() - off._to_us()) // _US_PER_SEC - _EPOCH_ORD * 86400
            tz = _local_timezone(u)
        elif tz is mytz:
            return self
        utc = _dt_from_us(type(self), self._total_us() - off._to_us(), tz)
        return tz.fromutc(utc)

    # -- time zone --

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(self)
        _check_offset("utcoffset", off)
        return off

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(self)
        _check_offset("dst", off)
        return off

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        _check_tzname(name)
        return name

    # -- formatting --

    def __repr__(self):
        s = "%s(%d, %d, %d, %d, %d" % (_tname(self), self._year, self._month, self._day,
                                       self._hour, self._minute)
        if self._microsecond:
            s += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s += ", %d" % self._second
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        return s + ")"

    def isoformat(self, sep="T", timespec="auto"):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % _argtype(sep))
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec, 2)
        if self._tzinfo is not None:
            s += _format_offset(self.utcoffset(), ":")
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        """Return ctime() style string."""
        wd = (_ymd2ord(self._year, self._month, self._day) + 6) % 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBR[wd], _MONTH_ABBR[self._month], self._day, self._hour, self._minute,
            self._second, self._year)

    # -- comparisons and hashing --

    def _cmp(self, other, for_eq):
        # Sign of (self - other); None when the two are unequal without an
        # order (naive against aware, or a fold-dependent offset, under ==).
        mytz = self._tzinfo
        ottz = other._tzinfo
        if mytz is not ottz:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if for_eq and (type(mytz) is not timezone or type(ottz) is not timezone):
                # An instant whose offset depends on fold never equals one
                # in another zone (PEP 495).
                if myoff is not None and myoff != self.replace(fold=1 - self._fold).utcoffset():
                    return None
                if otoff is not None and otoff != other.replace(fold=1 - other._fold).utcoffset():
                    return None
            if myoff != otoff:
                if myoff is None or otoff is None:
                    if for_eq:
                        return None
                    raise TypeError("can't compare offset-naive and offset-aware datetimes")
                a = self._total_us() - myoff._to_us()
                b = other._total_us() - otoff._to_us()
                return (a > b) - (a < b)
        a = (self._year, self._month, self._day, self._hour, self._minute, self._second,
             self._microsecond)
        b = (other._year, other._month, other._day, other._hour, other._minute,
             other._second, other._microsecond)
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) < 0
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tname(self), _tname(other)))
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) <= 0
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tname(self), _tname(other)))
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) > 0
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tname(self), _tname(other)))
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) >= 0
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tname(self), _tname(other)))
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(t._total_us())
            else:
                self._hashcode = hash(t._total_us() - off._to_us())
        return self._hashcode

    # -- arithmetic --

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._total_us() + other._to_us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            delta = self._total_us() - other._total_us()
            if self._tzinfo is not other._tzinfo:
                myoff = self.utcoffset()
                otoff = other.utcoffset()
                if myoff != otoff:
                    if myoff is None or otoff is None:
                        raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                    delta += otoff._to_us() - myoff._to_us()
            return _td_new(timedelta, delta)
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._total_us() - other._to_us(), self._tzinfo)
        return NotImplemented

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond, self._tzinfo)
        return (type(self), args)


_date_class = date
_time_class = time


# ---- timezone ----

class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % _argtype(offset))
        if name is _MISSING:
            name = None
            if not offset and _UTC is not None:
                return _UTC
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _argtype(name))
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r." % (offset,))
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (timezone, self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, what, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_dt("utcoffset", dt)
        return self._offset

    def dst(self, dt):
        """Return None."""
        self._check_dt("dst", dt)
        return None

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_dt("tzname", dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return _dt_from_us(type(dt), dt._total_us() + self._offset._to_us(), self)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_UTC = None
_UTC = timezone(_ZERO)
timezone.utc = _UTC
timezone.min = timezone(_td_new(timedelta, -(23 * 3600 + 59 * 60) * _US_PER_SEC))
timezone.max = timezone(_td_new(timedelta, (23 * 3600 + 59 * 60) * _US_PER_SEC))
UTC = _UTC

_OWN_TYPES = (date, datetime, time, timedelta, timezone, tzinfo)

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ---- ISO 8601 parsing (the grammar of CPython 3.11's fromisoformat) ----
#
# The parser reads past the end of a field the way a scan over a
# NUL-terminated string does ("\0" past the end), which is what decides
# several borderline inputs in CPython ("12:" is bad, "12:+01:00" is fine).

def _ch(s, i):
    return s[i] if i < len(s) else "\0"


def _digits(s, p, n):
    if n <= 0 or p + n > len(s):
        return None
    v = 0
    for i in range(p, p + n):
        c = s[i]
        if c not in _DIGITS:
            return None
        v = v * 10 + ord(c) - 48
    return v


def _iso_separator_pos(s):
    # Where the date ends: the date forms differ in characters 4 and 5, and
    # for basic week dates (YYYYWww / YYYYWwwD) followed by a digit
    # separator, the length of the digit run decides.
    n = len(s)
    if n == 7:
        return 7
    if _ch(s, 4) == "-":
        if _ch(s, 5) != "W":
            return 10
        if n < 8:
            return -1
        if n > 8 and s[8] == "-":
            if n == 9:
                return -1
            if n > 10 and s[10] in _DIGITS:
                return 8
            return 10
        return 8
    if _ch(s, 4) == "W":
        i = 7
        while i < n and s[i] in _DIGITS:
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


def _parse_iso_date(s, n):
    y = _digits(s, 0, 4)
    if y is None:
        return None
    p = 4
    extended = _ch(s, p) == "-"
    if extended:
        p += 1
    if _ch(s, p) == "W":
        week = _digits(s, p + 1, 2)
        if week is None:
            return None
        p += 3
        day = 1
        if p < n:
            if extended:
                if _ch(s, p) != "-":
                    return None
                p += 1
            day = _digits(s, p, 1)
            if day is None:
                return None
        if not 0 < week < 53 and not (week == 53 and _has_53_weeks(y)):
            return None
        if not 0 < day < 8:
            return None
        return _ord2ymd(_iso_week1_monday(y) + (week - 1) * 7 + day - 1)
    m = _digits(s, p, 2)
    if m is None:
        return None
    p += 2
    if extended:
        if _ch(s, p) != "-":
            return None
        p += 1
    d = _digits(s, p, 2)
    if d is None:
        return None
    return y, m, d


def _parse_hms(s, p, end):
    # HH[[:]MM[[:]SS]] with an optional fraction after any of them.
    # Returns (trailing, h, m, s, us); trailing is true when something other
    # than the end of the string follows.
    vals = [0, 0, 0]
    colons = False
    i = 0
    while i < 3:
        v = _digits(s, p, 2)
        if v is None:
            return None
        vals[i] = v
        p += 2
        c = _ch(s, p)
        p += 1
        if i == 0:
            colons = c == ":"
        if p >= end:
            return (c != "\0", vals[0], vals[1], vals[2], 0)
        if colons and c == ":":
            i += 1
            continue
        if c == "." or c == ",":
            break
        if colons:
            return None
        p -= 1
        i += 1
    k = end - p
    if k > 6:
        k = 6
    us = _digits(s, p, k)
    if us is None:
        return None
    p += k
    us *= 10 ** (6 - k)
    n = len(s)
    while p < n and s[p] in _DIGITS:
        p += 1
    return (p < n, vals[0], vals[1], vals[2], us)


def _parse_iso_time(s, start):
    # -> (hour, minute, second, microsecond, tzinfo) or None.
    n = len(s)
    tzpos = start
    while tzpos < n and s[tzpos] not in "Z+-":
        tzpos += 1
    r = _parse_hms(s, start, tzpos)
    if r is None:
        return None
    if tzpos >= n:
        if r[0]:
            return None
        return r[1], r[2], r[3], r[4], None
    if s[tzpos] == "Z":
        if tzpos + 1 != n:
            return None
        return r[1], r[2], r[3], r[4], _UTC
    z = _parse_hms(s, tzpos + 1, n)
    if z is None or z[0]:
        return None
    secs = z[1] * 3600 + z[2] * 60 + z[3]
    us = z[4]
    if s[tzpos] == "-":
        secs = -secs
        us = -us
    if secs == 0:
        tz = _UTC
    else:
        tz = timezone(timedelta(seconds=secs, microseconds=us))
    return r[1], r[2], r[3], r[4], tz


# ---- strptime ----
#
# Each directive accepts what the corresponding group of _strptime's regular
# expression accepts, in the same order of preference, and the matcher
# backtracks through those choices like the regex engine would, so
# "%m%d" on "123" still reads month 12, day 3.

_D = None    # stands for \d: any Unicode decimal digit

_NUM_ALTS = {
    "d": (("3", "01"), ("12", _D), ("0", "123456789"), ("123456789",), (" ", "123456789")),
    "H": (("2", "0123"), ("01", _D), (_D,)),
    "I": (("1", "012"), ("0", "123456789"), ("123456789",)),
    "G": ((_D, _D, _D, _D),),
    "j": (("3", "6", "0123456"), ("3", "012345", _D), ("12", _D, _D), ("0", "123456789", _D),
          ("0", "0", "123456789"), ("123456789", _D), ("0", "123456789"), ("123456789",)),
    "m": (("1", "012"), ("0", "123456789"), ("123456789",)),
    "M": (("012345", _D), (_D,)),
    "S": (("6", "01"), ("012345", _D), (_D,)),
    "U": (("5", "0123"), ("01234", _D), (_D,)),
    "w": (("0123456",),),
    "u": (("1234567",),),
    "V": (("5", "0123"), ("0", "123456789"), ("1234", _D), (_D,)),
    "y": ((_D, _D),),
    "Y": ((_D, _D, _D, _D),),
}
_NUM_ALTS["W"] = _NUM_ALTS["U"]

_FULL_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ABBR_DAYS = tuple(d[:3] for d in _FULL_DAYS)
_FULL_MONTHS = ("", "january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december")
_ABBR_MONTHS = ("",) + tuple(m[:3] for m in _FULL_MONTHS[1:])
_LOCALE_FORMATS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_REGEX_SPECIALS = "\\.^$*+?(){}[]|"


def _by_length(names):
    return tuple(sorted(names, key=len, reverse=True))


_NAME_ALTS = {
    "a": _by_length(_ABBR_DAYS),
    "A": _by_length(_FULL_DAYS),
    "b": _by_length(_ABBR_MONTHS[1:]),
    "B": _by_length(_FULL_MONTHS[1:]),
    "p": ("am", "pm"),
}


def _tz_names():
    no_dst = {"utc", "gmt", _time.tzname[0].lower()}
    dst = {_time.tzname[1].lower()} if _time.daylight else set()
    return no_dst, dst


def _strp_compile(fmt, whole):
    toks = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            toks.append(("s", None))
            continue
        if c != "%":
            toks.append(("l", c.lower()))
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("stray %% in format '%s'" % whole)
        d = fmt[i + 1]
        i += 2
        if d in _NUM_ALTS or d in _NAME_ALTS or d in "fzZ":
            toks.append(("d", d))
        elif d == "%":
            toks.append(("l", "%"))
        elif d in _LOCALE_FORMATS:
            toks.extend(_strp_compile(_LOCALE_FORMATS[d], whole))
        else:
            if d in _REGEX_SPECIALS or d.isspace():
                d = "%"
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, whole))
    return toks


def _num_cands(alts, s, pos):
    out = []
    n = len(s)
    for alt in alts:
        k = len(alt)
        if pos + k > n:
            continue
        for j in range(k):
            c = s[pos + j]
            cls = alt[j]
            if cls is None:
                if not c.isdecimal():
                    break
            elif c not in cls:
                break
        else:
            out.append(pos + k)
    return out


def _z_cands(s, pos):
    # [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z
    out = []
    n = len(s)
    c = _ch(s, pos)
    if c in "+-" and c != "\0":
        p = pos + 1
        if p + 2 <= n and s[p].isdecimal() and s[p + 1].isdecimal():
            p += 2
            if p < n and s[p] == ":":
                p += 1
            if p + 2 <= n and s[p] in "012345" and s[p + 1].isdecimal():
                p += 2
                q = p + 1 if p < n and s[p] == ":" else p
                if q + 2 <= n and s[q] in "012345" and s[q + 1].isdecimal():
                    q += 2
                    if q < n and s[q] == "." and q + 1 < n and s[q + 1].isdecimal():
                        k = 0
                        while k < 6 and q + 1 + k < n and s[q + 1 + k].isdecimal():
                            k += 1
                        while k >= 1:
                            out.append(q + 1 + k)
                            k -= 1
                    out.append(q)
                out.append(p)
    if c == "Z":
        out.append(pos + 1)
    return out


def _dir_cands(d, s, pos):
    alts = _NUM_ALTS.get(d)
    if alts is not None:
        return _num_cands(alts, s, pos)
    if d == "f":
        k = 0
        n = len(s)
        while k < 6 and pos + k < n and s[pos + k] in _DIGITS:
            k += 1
        return [pos + j for j in range(k, 0, -1)]
    if d == "z":
        return _z_cands(s, pos)
    if d == "Z":
        no_dst, dst = _tz_names()
        names = _by_length(list(no_dst) + list(dst))
    else:
        names = _NAME_ALTS[d]
    out = []
    for name in names:
        k = len(name)
        if s[pos:pos + k].lower() == name:
            out.append(pos + k)
    return out


def _strp_match(toks, s):
    spans = [None] * len(toks)
    n = len(s)
    ntok = len(toks)

    def step(k, pos):
        while k < ntok:
            kind, arg = toks[k]
            if kind == "l":
                if pos < n and s[pos].lower() == arg:
                    spans[k] = (pos, pos + 1)
                    pos += 1
                    k += 1
                    continue
                return -1
            if kind == "s":
                e = pos
                while e < n and s[e].isspace():
                    e += 1
                cands = range(e, pos, -1)
            else:
                cands = _dir_cands(arg, s, pos)
            for e in cands:
                spans[k] = (pos, e)
                r = step(k + 1, e)
                if r >= 0:
                    return r
            return -1
        return pos

    return step(0, 0), spans


_STRP_CACHE = {}


def _calc_julian_from_U_or_W(year, week, weekday, monday_first):
    first = (_ymd2ord(year, 1, 1) + 6) % 7
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday


def _strptime(data, fmt):
    toks = _STRP_CACHE.get(fmt)
    if toks is None:
        toks = _strp_compile(fmt, fmt)
        if len(_STRP_CACHE) > 100:
            _STRP_CACHE.clear()
        _STRP_CACHE[fmt] = toks
    end, spans = _strp_match(toks, data)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if end != len(data):
        raise ValueError("unconverted data remains: %s" % data[end:])
    found = {}
    for i in range(len(toks)):
        kind, d = toks[i]
        if kind == "d":
            a, b = spans[i]
            found[d] = data[a:b]

    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    gmtoff = None
    gmtoff_us = 0
    iso_year = iso_week = None
    week_of_year = None
    week_starts_monday = False
    weekday = julian = None
    for d, v in found.items():
        if d == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif d == "Y":
            year = int(v)
        elif d == "G":
            iso_year = int(v)
        elif d == "m":
            month = int(v)
        elif d == "B":
            month = _FULL_MONTHS.index(v.lower())
        elif d == "b":
            month = _ABBR_MONTHS.index(v.lower())
        elif d == "d":
            day = int(v)
        elif d == "H":
            hour = int(v)
        elif d == "I":
            hour = int(v)
            ampm = found.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm" and hour != 12:
                hour += 12
        elif d == "M":
            minute = int(v)
        elif d == "S":
            second = int(v)
        elif d == "f":
            fraction = int(v + "0" * (6 - len(v)))
        elif d == "A":
            weekday = _FULL_DAYS.index(v.lower())
        elif d == "a":
            weekday = _ABBR_DAYS.index(v.lower())
        elif d == "w":
            weekday = int(v)
            weekday = 6 if weekday == 0 else weekday - 1
        elif d == "u":
            weekday = int(v) - 1
        elif d == "j":
            julian = int(v)
        elif d == "U" or d == "W":
            week_of_year = int(v)
            week_starts_monday = d == "W"
        elif d == "V":
            iso_week = int(v)
        elif d == "z":
            if v == "Z":
                gmtoff = 0
            else:
                z = v
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % v)
                        z = z[:5] + z[6:]
                gmtoff = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
                rest = z[8:]
                gmtoff_us = int(rest + "0" * (6 - len(rest)))
                if z[0] == "-":
                    gmtoff = -gmtoff
                    gmtoff_us = -gmtoff_us

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")

    # Without a year, 29 February must still parse far enough to be
    # reported by the constructor against the default year 1900.
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_fix = True
        else:
            year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _calc_julian_from_U_or_W(year, week_of_year, weekday, week_starts_monday)
        elif iso_year is not None and iso_week is not None:
            # No range check on the week: an ordinal past the year's end
            # simply rolls over, as in CPython.
            n = _iso_week1_monday(iso_year) + (iso_week - 1) * 7 + weekday
            year = iso_year if n >= _ymd2ord(iso_year, 1, 1) else iso_year - 1
            julian = n - _ymd2ord(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        julian = date(year, month, day).toordinal() - _ymd2ord(year, 1, 1) + 1
    else:
        n = julian - 1 + _ymd2ord(year, 1, 1)
        year, month, day = date.fromordinal(n)._cmpkey()
    if leap_fix:
        year = 1900
    return (year, month, day, hour, minute, second), fraction, gmtoff, gmtoff_us, found.get("Z")


_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
