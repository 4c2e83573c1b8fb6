/* num.h — int (tagged small ints overflowing into GMP), bool and float.
 *
 * Invariant: an int result that fits in 62 bits is always a tagged small int;
 * BigInt objects only hold values outside that range.  bool is a subclass of
 * int whose two instances are rt_True / rt_False.  Equal numbers hash equal
 * (CPython's modular hash, so hash(1.0) == hash(1) == 1, hash(-1) == -2).
 */
#ifndef ASP_NUM_H
#define ASP_NUM_H

#include <gmp.h>
#include "value.h"
#include "type.h"

typedef struct BigInt { Obj ob; mpz_t z; } BigInt;
typedef struct BoolObj { Obj ob; intptr_t val; } BoolObj;
typedef struct FloatObj { Obj ob; double d; } FloatObj;

extern Type type_int, type_bool, type_float;
extern BoolObj rt_True_obj, rt_False_obj;
#define TRUE_V OBJ_VAL(&rt_True_obj)
#define FALSE_V OBJ_VAL(&rt_False_obj)
static inline Value BOOL(bool b) { return b ? TRUE_V : FALSE_V; }

/* int */
Value int_from_i64(int64_t i);
Value int_from_u64(uint64_t u);
Value int_from_mpz(const mpz_t z);              /* normalises to small when it fits */
Value int_from_double(double d);                /* truncates; OverflowError for inf, ValueError for nan */
Value int_from_str(const char *s, size_t len, int base); /* int("..", base) rules; ValueError text as CPython */
bool int_check(Value v);                        /* int, bool or a subclass */
bool int_to_i64(Value v, int64_t *out);         /* false (no exception) when it does not fit */
void int_to_mpz(Value v, mpz_t out);            /* out must be mpz_init'ed */
double int_to_double(Value v);                  /* may raise OverflowError: returns -1 with it set */
Value int_repr(Value v);                        /* decimal str */
Value int_to_base_str(Value v, int base, bool prefix); /* hex/oct/bin */
int int_sign(Value v);
intptr_t int_hash(Value v);
/* Arithmetic on ints (both args int/bool); NOTIMPL if other is not an int. */
Value int_add(Value a, Value b);
Value int_sub(Value a, Value b);
Value int_mul(Value a, Value b);
Value int_floordiv(Value a, Value b);
Value int_mod(Value a, Value b);
Value int_truediv(Value a, Value b);
Value int_pow(Value a, Value b, Value mod);      /* mod NONE when absent */
Value int_neg(Value a);
int int_compare(Value a, Value b);               /* -1, 0, 1 */
Value int_format(Value v, Value spec);          /* format(int, spec) */

/* float */
Value float_new(double d);
static inline double FLOAT_VAL(Value v) { return ((FloatObj *)v)->d; }
bool float_check(Value v);
/* Convert an int/float/__float__/__index__ object to double; -1 with exception on error. */
int num_to_double(Value v, double *out);
Value float_repr(Value v);                      /* shortest round-trip, "1e+16", "inf", "nan" */
char *float_repr_cstr(double d, char *buf, size_t n);
Value float_format(Value v, Value spec);
intptr_t float_hash(double d);
Value float_from_str(const char *s, size_t len); /* float("...") rules; ValueError as CPython */

/* Shared by int.c, float.c and mod_math.c. */
#include "str.h"
void float_init(void);                          /* type_ready(float); called by num_init */
int int_get_max_str_digits(void);               /* sys.get_int_max_str_digits() */
void int_set_max_str_digits(int n);             /* sys.set_int_max_str_digits(n); 0 = no limit */
/* m * 2**e correctly rounded to a double (subnormals too); *overflow when out of range. */
double num_mpz_ldexp(mpz_srcptr m, long e, bool *overflow);
/* s with Unicode digits/spaces mapped to ASCII (s itself when all ASCII); *len updated. */
const char *num_ascii_digits(const char *s, size_t *len);
/* obj.__index__() as a plain int; "'X' object cannot be interpreted as an integer". */
Value num_index(Value v);
/* Positional-or-keyword arguments into out[0..n) (NIL when absent), argument-clinic texts. */
bool num_parse_args(const char *fname, Value *args, int nargs, Value kwnames,
                    const char *const *names, int n, int npos, int nreq, Value *out);
/* Lay a formatted number out: sign, prefix ("0x"), integer digits (grouped per
 * fs->grouping every `group` digits, zero-padded for '0'/'='), then rest. */
Value num_layout(bool neg, const char *prefix, const char *digits, size_t ndigits,
                 const char *rest, const FormatSpec *fs, int group, char default_align);

#endif
