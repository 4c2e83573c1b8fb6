/* mod_math.c — the math module.
 *
 * Invariant: every function reports libm failures as CPython does: a NaN
 * from finite input is ValueError("math domain error"), an infinity from
 * finite input is OverflowError("math range error") where CPython says so.
 * Integer functions (factorial, gcd, comb, isqrt, ...) are exact via GMP.
 */
#include <float.h>
#include <math.h>
#include <string.h>
#include "num.h"
#include "errors.h"
#include "str.h"
#include "containers.h"
#include "abstract.h"
#include "module.h"
#include "names.h"

static Value domain_error(void) { return rt_raise(&exc_ValueError, "math domain error"); }
static Value range_error(void) { return rt_raise(&exc_OverflowError, "math range error"); }

static bool no_kw(const char *name, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) {
        rt_raise(&exc_TypeError, "math.%s() takes no keyword arguments", name);
        return false;
    }
    return true;
}

static bool one_arg(const char *name, int nargs, Value kwnames) {
    if (!no_kw(name, kwnames)) return false;
    if (nargs != 1) {
        rt_raise(&exc_TypeError, "math.%s() takes exactly one argument (%d given)", name, nargs);
        return false;
    }
    return true;
}

static bool n_args(const char *name, int nargs, Value kwnames, int n) {
    if (!no_kw(name, kwnames)) return false;
    if (nargs != n) {
        rt_raise(&exc_TypeError, "%s expected %d argument%s, got %d", name, n, n == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

/* One-argument libm wrapper with CPython's math_1 error rules. */
static Value math_1(const char *name, Value *args, int nargs, Value kwnames, double (*f)(double), bool can_overflow) {
    double x;
    if (!one_arg(name, nargs, kwnames) || num_to_double(args[0], &x) < 0) return NIL;
    double r = f(x);
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    return float_new(r);
}

#define MATH1(pyname, cfn, ovf) \
    static Value m_##pyname(Value *a, int n, Value k) { return math_1(#pyname, a, n, k, cfn, ovf); }

static double deg(double x) { return x * (180.0 / M_PI); }
static double rad(double x) { return x * (M_PI / 180.0); }
static double m_gamma_d(double x) {
    if (x == floor(x) && x <= 0) return NAN;
    return tgamma(x);
}
static double m_lgamma_d(double x) {
    if (x == floor(x) && x <= 0) return HUGE_VAL;  /* pole: domain error below */
    return lgamma(x);
}
static double m_exp2_d(double x) { return exp2(x); }

MATH1(sqrt, sqrt, false)
MATH1(exp, exp, true)
MATH1(exp2, m_exp2_d, true)
MATH1(expm1, expm1, true)
MATH1(sin, sin, false)
MATH1(cos, cos, false)
MATH1(tan, tan, false)
MATH1(asin, asin, false)
MATH1(acos, acos, false)
MATH1(atan, atan, false)
MATH1(sinh, sinh, true)
MATH1(cosh, cosh, true)
MATH1(tanh, tanh, false)
MATH1(asinh, asinh, false)
MATH1(acosh, acosh, false)
MATH1(atanh, atanh, false)
MATH1(fabs, fabs, false)
MATH1(degrees, deg, true)
MATH1(radians, rad, false)
MATH1(erf, erf, false)
MATH1(erfc, erfc, false)
MATH1(gamma, m_gamma_d, true)
MATH1(lgamma, m_lgamma_d, false)
MATH1(cbrt, cbrt, false)
MATH1(log1p, log1p, false)

/* ---- logarithms (ints of any size) ---- */

/* f(x) for x > 0, accepting ints too large for a double. */
static bool log_helper(Value x, double (*f)(double), double *out) {
    if (int_check(x)) {
        if (int_sign(x) <= 0) { domain_error(); return false; }
        mpz_t z;
        mpz_init(z);
        int_to_mpz(x, z);
        if (mpz_sizeinbase(z, 2) > 1000) {
            long e;
            double m = mpz_get_d_2exp(&e, z);
            *out = f(m) + f(2.0) * (double)e;
            return true;
        }
        *out = f(mpz_get_d(z));
        return true;
    }
    double d;
    if (num_to_double(x, &d) < 0) return false;
    if (isnan(d) || (isinf(d) && d > 0)) { *out = d; return true; }
    if (d <= 0) { domain_error(); return false; }
    *out = f(d);
    return true;
}

static Value m_log(Value *args, int nargs, Value kwnames) {
    if (!no_kw("log", kwnames)) return NIL;
    if (nargs < 1 || nargs > 2) return rt_raise(&exc_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (!log_helper(args[0], log, &num)) return NIL;
    if (nargs == 2) {
        if (!log_helper(args[1], log, &den)) return NIL;
        if (den == 0.0) return rt_raise(&exc_ZeroDivisionError, "float division by zero");
        return float_new(num / den);
    }
    return float_new(num);
}

static Value m_log2(Value *args, int nargs, Value kwnames) {
    double r;
    if (!one_arg("log2", nargs, kwnames) || !log_helper(args[0], log2, &r)) return NIL;
    return float_new(r);
}

static Value m_log10(Value *args, int nargs, Value kwnames) {
    double r;
    if (!one_arg("log10", nargs, kwnames) || !log_helper(args[0], log10, &r)) return NIL;
    return float_new(r);
}

/* ---- two-argument functions ---- */

static bool two_doubles(const char *name, Value *args, int nargs, Value kwnames, double *x, double *y) {
    return n_args(name, nargs, kwnames, 2) && num_to_double(args[0], x) == 0 && num_to_double(args[1], y) == 0;
}

static Value m_atan2(Value *args, int nargs, Value kwnames) {
    double x, y;
    if (!two_doubles("atan2", args, nargs, kwnames, &y, &x)) return NIL;
    return float_new(atan2(y, x));
}

static Value m_copysign(Value *args, int nargs, Value kwnames) {
    double x, y;
    if (!two_doubles("copysign", args, nargs, kwnames, &x, &y)) return NIL;
    return float_new(copysign(x, y));
}

static Value m_fmod(Value *args, int nargs, Value kwnames) {
    double x, y;
    if (!two_doubles("fmod", args, nargs, kwnames, &x, &y)) return NIL;
    if (isinf(y) && isfinite(x)) return float_new(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
    return float_new(r);
}

static Value m_remainder(Value *args, int nargs, Value kwnames) {
    double x, y;
    if (!two_doubles("remainder", args, nargs, kwnames, &x, &y)) return NIL;
    double r = remainder(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
    return float_new(r);
}

static Value m_nextafter(Value *args, int nargs, Value kwnames) {
    double x, y;
    if (!two_doubles("nextafter", args, nargs, kwnames, &x, &y)) return NIL;
    return float_new(nextafter(x, y));
}

static Value m_pow(Value *args, int nargs, Value kwnames) {
    double x, y, r;
    if (!two_doubles("pow", args, nargs, kwnames, &x, &y)) return NIL;
    bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) r = y == 0.0 ? 1.0 : x;
        else if (isnan(y)) r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            if (y > 0.) r = odd_y ? x : fabs(x);
            else if (y == 0.) r = 1.0;
            else r = odd_y ? copysign(0., x) : 0.;
        } else {  /* y infinite */
            if (fabs(x) == 1.0) r = 1.0;
            else if (y > 0. && fabs(x) > 1.0) r = y;
            else if (y < 0. && fabs(x) < 1.0) r = -y;
            else r = 0.;
        }
        return float_new(r);
    }
    if (x == 0.0 && y < 0) return domain_error();
    if (x < 0 && y != floor(y)) return domain_error();
    r = pow(x, y);
    if (isinf(r)) return range_error();
    return float_new(r);
}

static Value m_ldexp(Value *args, int nargs, Value kwnames) {
    double x;
    if (!n_args("ldexp", nargs, kwnames, 2) || num_to_double(args[0], &x) < 0) return NIL;
    if (!int_check(args[1]))
        return rt_raise(&exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!int_to_i64(args[1], &e)) e = int_sign(args[1]) > 0 ? INT32_MAX : INT32_MIN;
    if (e > INT32_MAX) e = INT32_MAX;
    if (e < INT32_MIN) e = INT32_MIN;
    if (x == 0.0 || !isfinite(x)) return float_new(x);
    double r = ldexp(x, (int)e);
    if (isinf(r)) return range_error();
    return float_new(r);
}

static Value m_frexp(Value *args, int nargs, Value kwnames) {
    double x;
    if (!one_arg("frexp", nargs, kwnames) || num_to_double(args[0], &x) < 0) return NIL;
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0.0) ? x : frexp(x, &e);
    return tuple_pack(2, float_new(m), MK_SMALL(e));
}

static Value m_modf(Value *args, int nargs, Value kwnames) {
    double x, ip;
    if (!one_arg("modf", nargs, kwnames) || num_to_double(args[0], &x) < 0) return NIL;
    if (isinf(x)) return tuple_pack(2, float_new(copysign(0.0, x)), float_new(x));
    double fp = modf(x, &ip);
    return tuple_pack(2, float_new(fp), float_new(ip));
}

static Value m_ulp(Value *args, int nargs, Value kwnames) {
    double x;
    if (!one_arg("ulp", nargs, kwnames) || num_to_double(args[0], &x) < 0) return NIL;
    if (isnan(x)) return float_new(x);
    x = fabs(x);
    if (isinf(x)) return float_new(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) { x2 = nextafter(x, -INFINITY); return float_new(x - x2); }
    return float_new(x2 - x);
}

/* ---- predicates ---- */

static Value m_isfinite(Value *args, int nargs, Value kwnames) {
    double x;
    if (!one_arg("isfinite", nargs, kwnames) || num_to_double(args[0], &x) < 0) return NIL;
    return BOOL(isfinite(x));
}
static Value m_isinf(Value *args, int nargs, Value kwnames) {
    double x;
    if (!one_arg("isinf", nargs, kwnames) || num_to_double(args[0], &x) < 0) return NIL;
    return BOOL(isinf(x));
}
static Value m_isnan(Value *args, int nargs, Value kwnames) {
    double x;
    if (!one_arg("isnan", nargs, kwnames) || num_to_double(args[0], &x) < 0) return NIL;
    return BOOL(isnan(x));
}

static Value m_isclose(Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    Value v[4];
    int nk = kwnames ? (int)TUPLE_LEN(kwnames) : 0;
    if (nargs > 2) return rt_raise(&exc_TypeError, "isclose() takes exactly 2 positional arguments (%d given)", nargs);
    if (!num_parse_args("isclose", args, nargs, kwnames, names, 4, 2, 2, v)) return NIL;
    (void)nk;
    double a, b, rel = 1e-09, abs_tol = 0.0;
    if (num_to_double(v[0], &a) < 0 || num_to_double(v[1], &b) < 0) return NIL;
    if (v[2] && num_to_double(v[2], &rel) < 0) return NIL;
    if (v[3] && num_to_double(v[3], &abs_tol) < 0) return NIL;
    if (rel < 0.0 || abs_tol < 0.0) return rt_raise(&exc_ValueError, "tolerances must be non-negative");
    if (a == b) return TRUE_V;
    if (isinf(a) || isinf(b)) return FALSE_V;
    double diff = fabs(b - a);
    return BOOL((diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || (diff <= abs_tol));
}

/* ---- rounding to int ---- */

static Value round_via(Value x, Value name, double (*f)(double), const char *fname) {
    if (int_check(x)) return int_add(x, MK_SMALL(0));
    if (float_check(x) && TYPE(x) == &type_float) return int_from_double(f(FLOAT_VAL(x)));
    Value m = rt_lookup_special(x, name);
    if (m) return rt_call0(m);
    if (rt_exc_occurred()) return NIL;
    double d;
    if (num_to_double(x, &d) < 0) return NIL;
    return int_from_double(f(d));
}

static Value m_floor(Value *args, int nargs, Value kwnames) {
    if (!one_arg("floor", nargs, kwnames)) return NIL;
    return round_via(args[0], NM(__floor__), floor, "floor");
}
static Value m_ceil(Value *args, int nargs, Value kwnames) {
    if (!one_arg("ceil", nargs, kwnames)) return NIL;
    return round_via(args[0], NM(__ceil__), ceil, "ceil");
}
static Value m_trunc(Value *args, int nargs, Value kwnames) {
    if (!one_arg("trunc", nargs, kwnames)) return NIL;
    Value x = args[0];
    if (int_check(x)) return int_add(x, MK_SMALL(0));
    if (TYPE(x) == &type_float) return int_from_double(FLOAT_VAL(x));
    Value m = rt_lookup_special(x, NM(__trunc__));
    if (!m) {
        if (rt_exc_occurred()) return NIL;
        return rt_raise(&exc_TypeError, "type %s doesn't define __trunc__ method", type_name(x));
    }
    return rt_call0(m);
}

/* ---- integer functions ---- */

static bool arg_mpz(Value v, mpz_t out) {
    Value i = num_index(v);
    if (!i) return false;
    mpz_init(out);
    int_to_mpz(i, out);
    return true;
}

static Value m_factorial(Value *args, int nargs, Value kwnames) {
    if (!one_arg("factorial", nargs, kwnames)) return NIL;
    if (float_check(args[0]))
        return rt_raise(&exc_TypeError, "'float' object cannot be interpreted as an integer");
    mpz_t n;
    if (!arg_mpz(args[0], n)) return NIL;
    if (mpz_sgn(n) < 0) return rt_raise(&exc_ValueError, "factorial() not defined for negative values");
    if (!mpz_fits_slong_p(n))
        return rt_raise(&exc_OverflowError, "factorial() argument should not exceed %ld", (long)INT64_MAX);
    unsigned long k = mpz_get_ui(n);
    if (k > 100000000UL) return rt_raise_nomem();
    mpz_t r;
    mpz_init(r);
    mpz_fac_ui(r, k);
    return int_from_mpz(r);
}

static Value m_gcd(Value *args, int nargs, Value kwnames) {
    if (!no_kw("gcd", kwnames)) return NIL;
    mpz_t r, x;
    mpz_init(r);
    for (int i = 0; i < nargs; i++) {
        if (!arg_mpz(args[i], x)) return NIL;
        mpz_gcd(r, r, x);
    }
    return int_from_mpz(r);
}

static Value m_lcm(Value *args, int nargs, Value kwnames) {
    if (!no_kw("lcm", kwnames)) return NIL;
    mpz_t r, x;
    mpz_init_set_ui(r, 1);
    for (int i = 0; i < nargs; i++) {
        if (!arg_mpz(args[i], x)) return NIL;
        mpz_lcm(r, r, x);
    }
    return int_from_mpz(r);
}

static Value m_isqrt(Value *args, int nargs, Value kwnames) {
    if (!one_arg("isqrt", nargs, kwnames)) return NIL;
    mpz_t n;
    if (!arg_mpz(args[0], n)) return NIL;
    if (mpz_sgn(n) < 0) return rt_raise(&exc_ValueError, "isqrt() argument must be nonnegative");
    mpz_sqrt(n, n);
    return int_from_mpz(n);
}

static bool comb_args(const char *name, Value *args, int nargs, Value kwnames, int min, mpz_t n, mpz_t k, bool *has_k) {
    if (!no_kw(name, kwnames)) return false;
    if (nargs < min || nargs > 2) {
        if (min == 2) rt_raise(&exc_TypeError, "%s expected 2 arguments, got %d", name, nargs);
        else if (nargs < 1) rt_raise(&exc_TypeError, "%s expected at least 1 argument, got %d", name, nargs);
        else rt_raise(&exc_TypeError, "%s expected at most 2 arguments, got %d", name, nargs);
        return false;
    }
    if (!arg_mpz(args[0], n)) return false;
    *has_k = nargs == 2 && (args[1] != NONE || min == 2);   /* only perm's k may be None */
    if (*has_k) { if (!arg_mpz(args[1], k)) return false; }
    else mpz_init_set(k, n);
    if (mpz_sgn(n) < 0) {   /* perm(n) is factorial(n), with its messages */
        rt_raise(&exc_ValueError, *has_k ? "n must be a non-negative integer" : "factorial() not defined for negative values");
        return false;
    }
    if (mpz_sgn(k) < 0) { rt_raise(&exc_ValueError, "k must be a non-negative integer"); return false; }
    return true;
}

static Value m_comb(Value *args, int nargs, Value kwnames) {
    mpz_t n, k, r;
    bool has_k;
    if (!comb_args("comb", args, nargs, kwnames, 2, n, k, &has_k)) return NIL;
    if (mpz_cmp(k, n) > 0) return MK_SMALL(0);
    mpz_t nk;
    mpz_init(nk);
    mpz_sub(nk, n, k);
    if (mpz_cmp(nk, k) < 0) mpz_set(k, nk);  /* comb(n, k) == comb(n, n-k) */
    if (!mpz_fits_ulong_p(k)) return rt_raise(&exc_OverflowError, "min(n - k, k) must not exceed %ld", (long)INT64_MAX);
    mpz_init(r);
    mpz_bin_ui(r, n, mpz_get_ui(k));
    return int_from_mpz(r);
}

static Value m_perm(Value *args, int nargs, Value kwnames) {
    mpz_t n, k, r;
    bool has_k;
    if (!comb_args("perm", args, nargs, kwnames, 1, n, k, &has_k)) return NIL;
    if (mpz_cmp(k, n) > 0) return MK_SMALL(0);
    if (!mpz_fits_slong_p(k))
        return rt_raise(&exc_OverflowError, has_k ? "k must not exceed %ld" : "factorial() argument should not exceed %ld",
                        (long)INT64_MAX);
    unsigned long kk = mpz_get_ui(k);
    mpz_init_set_ui(r, 1);
    mpz_t f;
    mpz_init_set(f, n);
    for (unsigned long i = 0; i < kk; i++) {
        mpz_mul(r, r, f);
        mpz_sub_ui(f, f, 1);
    }
    return int_from_mpz(r);
}

/* ---- hypot, dist: CPython's vector_norm (compensated, nearly correctly rounded) ---- */

static double vector_norm(int n, double *vec, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (int i = 0; i < n; i++) vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e), csum = 1.0, frac1 = 0.0, frac2 = 0.0, x, h, hi, lo, shi, slo;
    for (int i = 0; i < n; i++) {
        x = vec[i] * scale;
        hi = x * x;
        lo = fma(x, x, -hi);
        shi = csum + hi;
        slo = (csum - shi) + hi;
        csum = shi;
        frac1 += lo;
        frac2 += slo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2));
    hi = -h * h;
    lo = fma(-h, h, -hi);
    shi = csum + hi;
    slo = (csum - shi) + hi;
    csum = shi;
    frac1 += lo;
    frac2 += slo;
    x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static Value m_hypot(Value *args, int nargs, Value kwnames) {
    if (!no_kw("hypot", kwnames)) return NIL;
    double *v = GC_MALLOC_ATOMIC(sizeof(double) * (size_t)(nargs + 1)), max = 0.0;
    bool nan = false;
    for (int i = 0; i < nargs; i++) {
        double x;
        if (num_to_double(args[i], &x) < 0) return NIL;
        x = fabs(x);
        v[i] = x;
        nan |= isnan(x);
        if (x > max) max = x;
    }
    return float_new(vector_norm(nargs, v, max, nan));
}

static Value m_dist(Value *args, int nargs, Value kwnames) {
    if (!n_args("dist", nargs, kwnames, 2)) return NIL;
    Value p = rt_tuple_from_iter(args[0]);
    if (!p) return NIL;
    Value q = rt_tuple_from_iter(args[1]);
    if (!q) return NIL;
    size_t n = TUPLE_LEN(p);
    if (TUPLE_LEN(q) != n) return rt_raise(&exc_ValueError, "both points must have the same number of dimensions");
    double *v = GC_MALLOC_ATOMIC(sizeof(double) * (n + 1)), max = 0.0;
    bool nan = false;
    for (size_t i = 0; i < n; i++) {
        double a, b;
        if (num_to_double(TUPLE_ITEMS(p)[i], &a) < 0 || num_to_double(TUPLE_ITEMS(q)[i], &b) < 0) return NIL;
        double x = fabs(a - b);
        v[i] = x;
        nan |= isnan(x);
        if (x > max) max = x;
    }
    return float_new(vector_norm((int)n, v, max, nan));
}

/* ---- fsum: Shewchuk's exact partials, as CPython's math_fsum ---- */

static Value m_fsum(Value *args, int nargs, Value kwnames) {
    if (!one_arg("fsum", nargs, kwnames)) return NIL;
    Value it = rt_iter(args[0]);
    if (!it) return NIL;
    size_t np = 0, cap = 32;
    double *p = GC_MALLOC_ATOMIC(cap * sizeof(double));
    double special_sum = 0.0, inf_sum = 0.0, x, y, t, hi, yr, lo = 0.0;
    for (;;) {
        Value item = rt_next(it);
        if (!item) { if (rt_exc_occurred()) return NIL; break; }
        if (num_to_double(item, &x) < 0) return NIL;
        double xsave = x;
        size_t i, j;
        for (i = j = 0; j < np; j++) {
            y = p[j];
            if (fabs(x) < fabs(y)) { t = x; x = y; y = t; }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        np = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* a nonfinite x could arise either from an infinite or nan input, or from overflow */
                if (isfinite(xsave)) return rt_raise(&exc_OverflowError, "intermediate overflow in fsum");
                if (isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                np = 0;
            } else {
                if (np + 1 >= cap) {
                    double *np2 = GC_MALLOC_ATOMIC(cap * 2 * sizeof(double));
                    memcpy(np2, p, np * sizeof(double));
                    p = np2;
                    cap *= 2;
                }
                p[np++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) return rt_raise(&exc_ValueError, "-inf + inf in fsum");
        return float_new(special_sum);
    }
    hi = 0.0;
    if (np > 0) {
        hi = p[--np];
        while (np > 0) {
            x = hi;
            y = p[--np];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* Make half-even rounding work across multiple partials. */
        if (np > 0 && ((lo < 0.0 && p[np - 1] < 0.0) || (lo > 0.0 && p[np - 1] > 0.0))) {
            y = lo * 2.0;
            x = hi + y;
            yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return float_new(hi);
}

static Value m_prod(Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"iterable", "start"};
    Value v[2];
    if (nargs > 1) return rt_raise(&exc_TypeError, "prod() takes exactly 1 positional argument (%d given)", nargs);
    if (!num_parse_args("prod", args, nargs, kwnames, names, 2, 1, 1, v)) return NIL;
    Value acc = v[1] ? v[1] : MK_SMALL(1);
    Value it = rt_iter(v[0]);
    if (!it) return NIL;
    for (;;) {
        Value item = rt_next(it);
        if (!item) return rt_exc_occurred() ? NIL : acc;
        acc = rt_binop(BINOP_MUL, acc, item, false);
        if (!acc) return NIL;
    }
}

bool mod_math_init(Value m) {
    module_add(m, "pi", float_new(M_PI));
    module_add(m, "e", float_new(M_E));
    module_add(m, "tau", float_new(2 * M_PI));
    module_add(m, "inf", float_new(INFINITY));
    module_add(m, "nan", float_new(NAN));
    static const struct { const char *name; NativeFn fn; } fns[] = {
        {"sqrt", m_sqrt}, {"exp", m_exp}, {"exp2", m_exp2}, {"expm1", m_expm1},
        {"sin", m_sin}, {"cos", m_cos}, {"tan", m_tan}, {"asin", m_asin}, {"acos", m_acos},
        {"atan", m_atan}, {"sinh", m_sinh}, {"cosh", m_cosh}, {"tanh", m_tanh},
        {"asinh", m_asinh}, {"acosh", m_acosh}, {"atanh", m_atanh}, {"fabs", m_fabs},
        {"degrees", m_degrees}, {"radians", m_radians}, {"erf", m_erf}, {"erfc", m_erfc},
        {"gamma", m_gamma}, {"lgamma", m_lgamma}, {"cbrt", m_cbrt}, {"log1p", m_log1p},
        {"log", m_log}, {"log2", m_log2}, {"log10", m_log10},
        {"atan2", m_atan2}, {"copysign", m_copysign}, {"fmod", m_fmod}, {"remainder", m_remainder},
        {"nextafter", m_nextafter}, {"pow", m_pow}, {"ldexp", m_ldexp}, {"frexp", m_frexp},
        {"modf", m_modf}, {"ulp", m_ulp}, {"isfinite", m_isfinite}, {"isinf", m_isinf},
        {"isnan", m_isnan}, {"isclose", m_isclose}, {"floor", m_floor}, {"ceil", m_ceil},
        {"trunc", m_trunc}, {"factorial", m_factorial}, {"gcd", m_gcd}, {"lcm", m_lcm},
        {"isqrt", m_isqrt}, {"comb", m_comb}, {"perm", m_perm}, {"hypot", m_hypot},
        {"dist", m_dist}, {"fsum", m_fsum}, {"prod", m_prod},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) module_add_func(m, fns[i].name, fns[i].fn);
    return true;
}
