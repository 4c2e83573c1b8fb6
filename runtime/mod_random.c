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

/* ---- SHA-512 (FIPS 180-4): seed(str/bytes) hashes its argument as CPython does ---- */

static const uint64_t sha_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static void sha512_block(uint64_t h[8], const unsigned char *p) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = 0;
        for (int j = 0; j < 8; j++) w[i] = (w[i] << 8) | p[i * 8 + j];
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = hh + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & f) ^ (~e & g)) + sha_k[i] + w[i];
        uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

static void sha512(const unsigned char *data, size_t len, unsigned char out[64]) {
    uint64_t h[8] = {
        0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
        0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
    };
    size_t full = len / 128 * 128;
    for (size_t i = 0; i < full; i += 128) sha512_block(h, data + i);
    /* The tail, a 1 bit, zeros and the 128-bit length (high half always 0 here). */
    unsigned char tail[256] = {0};
    size_t rest = len - full;
    memcpy(tail, data + full, rest);
    tail[rest] = 0x80;
    size_t tlen = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)len * 8;
    for (int j = 0; j < 8; j++) tail[tlen - 1 - j] = (unsigned char)(bits >> (8 * j));
    if (len >> 61) tail[tlen - 9] = (unsigned char)(len >> 61);
    for (size_t i = 0; i < tlen; i += 128) sha512_block(h, tail + i);
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++) out[i * 8 + j] = (unsigned char)(h[i] >> (56 - 8 * j));
}

/* sha512(data) -> the 64-byte digest of a bytes-like object */
static Value rnd_sha512(Value *args, int nargs, Value kw) {
    if (!arg_count("sha512", nargs, 1, 1) || !arg_nokw("sha512", kw)) return NIL;
    const char *d;
    size_t n;
    if (!bytes_buffer(args[0], &d, &n))
        return rt_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", type_name(args[0]));
    unsigned char out[64];
    sha512((const unsigned char *)d, n, out);
    return bytes_new((const char *)out, 64);
}

bool mod_random_init(Value m) {
    type_ready(&type_mtstate);
    module_add_func(m, "new_state", rnd_new_state);
    module_add_func(m, "seed", rnd_seed);
    module_add_func(m, "random", rnd_random);
    module_add_func(m, "getrandbits", rnd_getrandbits);
    module_add_func(m, "getstate", rnd_getstate);
    module_add_func(m, "setstate", rnd_setstate);
    module_add_func(m, "sha512", rnd_sha512);
    return true;
}
