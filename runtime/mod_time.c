/* mod_time.c — the time module: clocks, sleep, struct_time conversions and
 * strftime over the C library.
 *
 * Invariant: sleep() is interruptible: a SIGINT during it raises
 * KeyboardInterrupt promptly (the handler sets Thread.interrupt, nanosleep
 * returns EINTR).
 */
#include <errno.h>
#include <math.h>
#include <string.h>
#include <time.h>
#include "module.h"
#include "abstract.h"
#include "containers.h"
#include "errors.h"
#include "func.h"
#include "gil.h"
#include "interp.h"
#include "num.h"
#include "str.h"

static StructSeqType struct_time_type;
/* tm_zone and tm_gmtoff are attributes only: len(struct_time) is 9. */
static const char *const st_fields[] = {"tm_year", "tm_mon",  "tm_mday",  "tm_hour", "tm_min",
                                        "tm_sec",  "tm_wday", "tm_yday",  "tm_isdst", "tm_zone",
                                        "tm_gmtoff"};

static double clock_sec(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static Value clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

static Value t_time(Value *a, int n, Value k) { return float_new(clock_sec(CLOCK_REALTIME)); }
static Value t_time_ns(Value *a, int n, Value k) { return clock_ns(CLOCK_REALTIME); }
static Value t_monotonic(Value *a, int n, Value k) { return float_new(clock_sec(CLOCK_MONOTONIC)); }
static Value t_monotonic_ns(Value *a, int n, Value k) { return clock_ns(CLOCK_MONOTONIC); }
static Value t_process_time(Value *a, int n, Value k) {
    return float_new(clock_sec(CLOCK_PROCESS_CPUTIME_ID));
}
static Value t_process_time_ns(Value *a, int n, Value k) { return clock_ns(CLOCK_PROCESS_CPUTIME_ID); }

static Value t_sleep(Value *a, int n, Value k) {
    if (!arg_nokw("sleep", k) || !arg_count("sleep", n, 1, 1)) return NIL;
    double secs;
    if (!int_check(a[0]) && !float_check(a[0]))
        return rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                        type_name(a[0]));
    if (num_to_double(a[0], &secs) < 0) return NIL;
    if (isnan(secs)) return rt_raise(&exc_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0) return rt_raise(&exc_ValueError, "sleep length must be non-negative");
    struct timespec ts;
    ts.tv_sec = (time_t)secs;
    ts.tv_nsec = (long)((secs - (double)ts.tv_sec) * 1e9);
    Thread *th = TH();
    Thread *token = gil_release();    /* other threads run while this one sleeps */
    int err = 0;
    while (nanosleep(&ts, &ts) < 0) {
        if (errno != EINTR) {
            err = errno;
            break;
        }
        if (th->interrupt) {
            err = -1;
            break;
        }
    }
    gil_acquire(token);
    if (err > 0) return rt_raise_oserror(err, NIL);
    if (err < 0) {
        th->interrupt = 0;
        return rt_raise_args(&exc_KeyboardInterrupt, rt_empty_tuple);
    }
    return NONE;
}

static Value tm_to_struct(const struct tm *tm) {
    Value items[11] = {MK_SMALL(tm->tm_year + 1900), MK_SMALL(tm->tm_mon + 1), MK_SMALL(tm->tm_mday),
                       MK_SMALL(tm->tm_hour), MK_SMALL(tm->tm_min), MK_SMALL(tm->tm_sec),
                       MK_SMALL((tm->tm_wday + 6) % 7), MK_SMALL(tm->tm_yday + 1),
                       MK_SMALL(tm->tm_isdst), tm->tm_zone ? str_from_cstr(tm->tm_zone) : NONE,
                       int_from_i64(tm->tm_gmtoff)};
    return structseq_new(&struct_time_type, items);
}

static bool get_secs(Value *a, int n, time_t *out) {
    if (n == 0 || a[0] == NONE) {
        *out = time(NULL);
        return true;
    }
    double d;
    if (num_to_double(a[0], &d) < 0) return false;
    *out = (time_t)floor(d);
    return true;
}

static Value t_localtime(Value *a, int n, Value k) {
    if (!arg_count("localtime", n, 0, 1)) return NIL;
    time_t t;
    if (!get_secs(a, n, &t)) return NIL;
    struct tm tm;
    if (!localtime_r(&t, &tm)) return rt_raise(&exc_OverflowError, "timestamp out of range for platform time_t");
    return tm_to_struct(&tm);
}

static Value t_gmtime(Value *a, int n, Value k) {
    if (!arg_count("gmtime", n, 0, 1)) return NIL;
    time_t t;
    if (!get_secs(a, n, &t)) return NIL;
    struct tm tm;
    if (!gmtime_r(&t, &tm)) return rt_raise(&exc_OverflowError, "timestamp out of range for platform time_t");
    return tm_to_struct(&tm);
}

/* A struct_time or 9-tuple to struct tm. */
static bool to_tm(Value v, struct tm *tm, const char *fname) {
    Value t = rt_tuple_from_iter(v);
    if (!t) return false;
    if (TUPLE_LEN(t) != 9) {
        rt_raise(&exc_TypeError, "%s(): illegal time tuple argument", fname);
        return false;
    }
    intptr_t f[9];
    for (int i = 0; i < 9; i++)
        if (!rt_index(TUPLE_ITEMS(t)[i], &f[i])) return false;
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)f[0] - 1900;
    tm->tm_mon = (int)f[1] - 1;
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)(f[6] + 1) % 7;
    tm->tm_yday = (int)f[7] - 1;
    tm->tm_isdst = (int)f[8];
    /* A struct_time brings its zone along (strftime's %Z and %z), as CPython's gettmarg. */
    if (!IS_SMALL(v) && type_is_subtype(TYPE(v), &struct_time_type.type)) {
        Value zone = TUPLE_ITEMS(v)[9], off = TUPLE_ITEMS(v)[10];
        int64_t o;
        if (zone && str_check(zone)) tm->tm_zone = str_cstr(zone);
        if (off && int_check(off) && int_to_i64(off, &o)) tm->tm_gmtoff = (long)o;
    }
    return true;
}

static Value t_mktime(Value *a, int n, Value k) {
    if (!arg_count("mktime", n, 1, 1)) return NIL;
    struct tm tm;
    if (!to_tm(a[0], &tm, "mktime")) return NIL;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        return rt_raise(&exc_OverflowError, "mktime argument out of range");
    return float_new((double)t);
}

static Value t_strftime(Value *a, int n, Value k) {
    if (!arg_count("strftime", n, 1, 2)) return NIL;
    if (!str_check(a[0]))
        return rt_raise(&exc_TypeError, "strftime() argument 1 must be str, not %s", type_name(a[0]));
    struct tm tm;
    if (n > 1) {
        if (!to_tm(a[1], &tm, "strftime")) return NIL;
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    if (str_len(a[0]) == 0) return str_from_cstr("");
    size_t cap = 256 + str_len(a[0]) * 8;
    for (int tries = 0; tries < 6; tries++, cap *= 4) {
        char *buf = GC_MALLOC_ATOMIC(cap);
        size_t len = strftime(buf, cap, str_cstr(a[0]), &tm);
        if (len > 0) return str_new(buf, len);
    }
    return str_from_cstr("");
}

static Value ctime_of(const struct tm *tm) {
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const mons[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return str_printf("%s %s %2d %02d:%02d:%02d %d", days[tm->tm_wday % 7], mons[tm->tm_mon % 12],
                      tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_year + 1900);
}

static Value t_ctime(Value *a, int n, Value k) {
    if (!arg_count("ctime", n, 0, 1)) return NIL;
    time_t t;
    if (!get_secs(a, n, &t)) return NIL;
    struct tm tm;
    localtime_r(&t, &tm);
    return ctime_of(&tm);
}

static Value t_asctime(Value *a, int n, Value k) {
    if (!arg_count("asctime", n, 0, 1)) return NIL;
    struct tm tm;
    if (n > 0) {
        if (!to_tm(a[0], &tm, "asctime")) return NIL;
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    return ctime_of(&tm);
}

/* timezone, altzone, daylight and tzname as CPython computes them with glibc:
 * from the local time about Jan 1 and Jul 1 of this year (the C library's
 * tzname can name a zone the place no longer uses). */
static void init_timezone(Value m) {
    const time_t year = (365 * 24 + 6) * 3600;
    time_t t = (time(NULL) / year) * year;
    struct tm p;
    memset(&p, 0, sizeof p);
    localtime_r(&t, &p);
    Value janname = str_from_cstr(p.tm_zone ? p.tm_zone : "");
    long janzone = -p.tm_gmtoff;
    t += year / 2;
    memset(&p, 0, sizeof p);
    localtime_r(&t, &p);
    Value julyname = str_from_cstr(p.tm_zone ? p.tm_zone : "");
    long julyzone = -p.tm_gmtoff;
    /* DST is reversed in the southern hemisphere. */
    bool south = janzone < julyzone;
    module_add(m, "timezone", int_from_i64(south ? julyzone : janzone));
    module_add(m, "altzone", int_from_i64(south ? janzone : julyzone));
    module_add(m, "daylight", MK_SMALL(janzone != julyzone));
    module_add(m, "tzname", south ? tuple_pack(2, julyname, janname) : tuple_pack(2, janname, julyname));
}

/* time.tzset(): reread TZ and recompute the zone constants. */
static Value t_tzset(Value *a, int n, Value k) {
    if (!arg_count("tzset", n, 0, 0)) return NIL;
    tzset();
    Value m = import_cstr("time");
    if (!m) return NIL;
    init_timezone(m);
    return NONE;
}

bool mod_time_init(Value m) {
    structseq_init_type_hidden(&struct_time_type, "struct_time", "time", st_fields, 11, 9);
    module_add(m, "struct_time", OBJ_VAL(&struct_time_type.type));
    module_add_func(m, "time", t_time);
    module_add_func(m, "time_ns", t_time_ns);
    module_add_func(m, "monotonic", t_monotonic);
    module_add_func(m, "monotonic_ns", t_monotonic_ns);
    module_add_func(m, "perf_counter", t_monotonic);
    module_add_func(m, "perf_counter_ns", t_monotonic_ns);
    module_add_func(m, "process_time", t_process_time);
    module_add_func(m, "process_time_ns", t_process_time_ns);
    module_add_func(m, "sleep", t_sleep);
    module_add_func(m, "localtime", t_localtime);
    module_add_func(m, "gmtime", t_gmtime);
    module_add_func(m, "mktime", t_mktime);
    module_add_func(m, "strftime", t_strftime);
    module_add_func(m, "ctime", t_ctime);
    module_add_func(m, "asctime", t_asctime);
    module_add_func(m, "tzset", t_tzset);
    tzset();
    init_timezone(m);
    return true;
}
