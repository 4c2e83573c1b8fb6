/* mod_random.c — the native `_random` module: CPython's MT19937 generator.
 *
 * Owns the generator state objects and the three primitives the Python
 * `random` module (runtime/lib/random.py) builds every algorithm on: seeding
 * from an int, random() (53-bit floats) and getrandbits(k).  Invariant: for
 * the same int seed the word sequence equals CPython's, so seeded programs
 * print CPython's numbers.
 */
#include <gmp.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "abstract.h"
#include "bytes.h"
#include "containers.h"
#include "errors.h"
#include "func.h"
#include "module.h"
#include "num.h"

#define MT_N 624
#define MT_M 397

typedef struct MTState {
    Obj ob;
    int index;               /* next word to hand out; MT_N means "regenerate" */
    uint32_t mt[MT_N];
} MTState;

static Value rnd_random(Value *args, int nargs, Value kw);
static Value rnd_getrandbits(Value *args, int nargs, Value kw);

/* The state's own random()/getrandbits() let random.Random bind them
 * directly, so `random.random()` is one native call. */
static const MethodDef mtstate_methods[] = {
    {"random", rnd_random, METH_DEFAULT, NULL},
    {"getrandbits", rnd_getrandbits, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

static Type type_mtstate = {
    .ob = {&type_type},
    .name = "_random.MTState",
    .size = sizeof(MTState),
    .methods = mtstate_methods,
};

static void init_genrand(MTState *s, uint32_t seed) {
    s->mt[0] = seed;
    for (int i = 1; i < MT_N; i++)
        s->mt[i] = 1812433253u * (s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) + (uint32_t)i;
    s->index = MT_N;
}

static void init_by_array(MTState *s, const uint32_t *key, size_t len) {
    init_genrand(s, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        s->mt[i] = (s->mt[i] ^ ((s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++, j++;
        if (i >= MT_N) { s->mt[0] = s->mt[MT_N - 1]; i = 1; }
        if (j >= len) j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        s->mt[i] = (s->mt[i] ^ ((s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) { s->mt[0] = s->mt[MT_N - 1]; i = 1; }
    }
    s->mt[0] = 0x80000000u;
}

static uint32_t genrand(MTState *s) {
    static const uint32_t mag01[2] = {0x0u, 0x9908b0dfu};
    uint32_t y;
    if (s->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (s->mt[kk] & 0x80000000u) | (s->mt[kk + 1] & 0x7fffffffu);
            s->mt[kk] = s->mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1u];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (s->mt[kk] & 0x80000000u) | (s->mt[kk + 1] & 0x7fffffffu);
            s->mt[kk] = s->mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1u];
        }
        y = (s->mt[MT_N - 1] & 0x80000000u) | (s->mt[0] & 0x7fffffffu);
        s->mt[MT_N - 1] = s->mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1u];
        s->index = 0;
    }
    y = s->mt[s->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= (y >> 18);
    return y;
}

static MTState *state_arg(Value v) {
    if (TYPE(v) != &type_mtstate) {
        rt_raise(&exc_TypeError, "expected a random state, not '%s'", type_name(v));
        return NULL;
    }
    return (MTState *)v;
}

/* new_state() -> an unseeded generator state */
static Value rnd_new_state(Value *args, int nargs, Value kw) {
    if (!arg_count("new_state", nargs, 0, 0) || !arg_nokw("new_state", kw)) return NIL;
    MTState *s = gc_obj_atomic(sizeof(MTState), &type_mtstate);
    if (!s) return rt_raise_nomem();
    init_genrand(s, 5489u);
    return OBJ_VAL(s);
}

/* seed(state, n): n is an int (its absolute value is used, as CPython does),
 * or None for a seed from the clock and pid. */
static Value rnd_seed(Value *args, int nargs, Value kw) {
    if (!arg_count("seed", nargs, 2, 2) || !arg_nokw("seed", kw)) return NIL;
    MTState *s = state_arg(args[0]);
    if (!s) return NIL;
    mpz_t n;
    mpz_init(n);
    if (args[1] == NONE) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        mpz_set_ui(n, (unsigned long)ts.tv_sec);
        mpz_mul_2exp(n, n, 32);
        mpz_add_ui(n, n, (unsigned long)ts.tv_nsec ^ ((unsigned long)getpid() << 16));
    } else if (int_check(args[1])) {
        int_to_mpz(args[1], n);
        mpz_abs(n, n);
    } else {
        return rt_raise(&exc_TypeError, "The only supported seed types are: None,\n"
                        "int, float, str, bytes, and bytearray.");
    }
    size_t words = (mpz_sizeinbase(n, 2) + 31) / 32;
    if (words == 0) words = 1;
    uint32_t *key = GC_MALLOC_ATOMIC(words * sizeof(uint32_t));
    if (!key) return rt_raise_nomem();
    memset(key, 0, words * sizeof(uint32_t));
    size_t count = 0;
    mpz_export(key, &count, -1, sizeof(uint32_t), 0, 0, n);
    init_by_array(s, key, words);
    return NONE;
}

/* random(state) -> float in [0.0, 1.0) with 53 random bits */
static Value rnd_random(Value *args, int nargs, Value kw) {
    if (!arg_count("random", nargs, 1, 1)) return NIL;
    MTState *s = state_arg(args[0]);
    if (!s) return NIL;
    uint32_t a = genrand(s) >> 5, b = genrand(s) >> 6;
    return float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

/* getrandbits(state, k) -> int with k random bits (words little-endian, the
 * last word's surplus high bits dropped, exactly as CPython) */
static Value rnd_getrandbits(Value *args, int nargs, Value kw) {
    if (!arg_count("getrandbits", nargs, 2, 2)) return NIL;
    MTState *s = state_arg(args[0]);
    if (!s) return NIL;
    int64_t k;
    if (!int_check(args[1])) return rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(args[1]));
    if (!int_to_i64(args[1], &k)) return rt_raise(&exc_OverflowError, "Python int too large to convert to C int");
    if (k < 0) return rt_raise(&exc_ValueError, "number of bits must be non-negative");
    if (k == 0) return MK_SMALL(0);
    if (k <= 32) return int_from_u64(genrand(s) >> (32 - k));
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = GC_MALLOC_ATOMIC(words * sizeof(uint32_t));
    if (!w) return rt_raise_nomem();
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand(s);
        if (k < 32) r >>= (32 - k);
        w[i] = r;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w);
    return int_from_mpz(z);
}

/* getstate(state) -> tuple of 625 ints (624 words, then the index) */
static Value rnd_getstate(Value *args, int nargs, Value kw) {
    if (!arg_count("getstate", nargs, 1, 1)) return NIL;
    MTState *s = state_arg(args[0]);
    if (!s) return NIL;
    Value t = tuple_new(MT_N + 1);
    for (int i = 0; i < MT_N; i++) TUPLE_ITEMS(t)[i] = int_from_u64(s->mt[i]);
    TUPLE_ITEMS(t)[MT_N] = MK_SMALL(s->index);
    return t;
}

/* setstate(state, tuple) restores what getstate returned */
static Value rnd_setstate(Value *args, int nargs, Value kw) {
    if (!arg_count("setstate", nargs, 2, 2)) return NIL;
    MTState *s = state_arg(args[0]);
    if (!s) return NIL;
    Value t = args[1];
    if (!tuple_check(t) || TUPLE_LEN(t) != MT_N + 1)
        return rt_raise(&exc_ValueError, "state vector is the wrong size");
    for (int i = 0; i <= MT_N; i++) {
        int64_t v;
        if (!int_check(TUPLE_ITEMS(t)[i]) || !int_to_i64(TUPLE_ITEMS(t)[i], &v) || v < 0 || v > 0xffffffffLL)
            return rt_raise(&exc_ValueError, "invalid state");
        if (i < MT_N) s->mt[i] = (uint32_t)v;
        else if (v > MT_N) return rt_raise(&exc_ValueError, "invalid state");
        else s->index = (int)v;
    }
    return NONE;
}

bool mod_random_init(Value m) {
    type_ready(&type_mtstate);
    module_add_func(m, "new_state", rnd_new_state);
    module_add_func(m, "seed", rnd_seed);
    module_add_func(m, "random", rnd_random);
    module_add_func(m, "getrandbits", rnd_getrandbits);
    module_add_func(m, "getstate", rnd_getstate);
    module_add_func(m, "setstate", rnd_setstate);
    return true;
}
