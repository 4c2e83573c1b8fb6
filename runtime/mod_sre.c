/* mod_sre.c — the native `_sre` module: the matching engine under re.
 *
 * Owns executing the programs that runtime/lib/re/_compiler.py builds (the
 * OP_* numbers below are shared with it).  The engine is a backtracking VM
 * with CPython's leftmost / greedy-first semantics, so which alternative wins
 * and what repeated groups capture is the same as in CPython.
 *
 * Invariants:
 *  - Backtracking state lives on an explicit heap stack of frames, never on
 *    the C stack: choice points, plus undo records for every capture slot and
 *    loop register the forward path overwrites.  Failing pops frames, undoing
 *    as it goes, until a choice point resumes.  So captures after a failed
 *    branch are exactly as before it, and deep inputs cannot overflow C.
 *  - Only look-around and atomic groups recurse in C (one level per nesting
 *    in the pattern text), guarded by cstack_exhausted().
 *  - Subjects are code-point arrays: ASCII str, bytes and bytearray are read
 *    in place as bytes; other str are decoded once to UTF-32 (and the last
 *    decoding is cached, since finditer/sub/split scan the same str again).
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "bytes.h"
#include "containers.h"
#include "cstack.h"
#include "errors.h"
#include "func.h"
#include "module.h"
#include "num.h"
#include "str.h"

enum {
    OP_FAIL, OP_SUCCEED, OP_CHAR, OP_CHAR_I, OP_ANY, OP_ANY_ALL, OP_SET, OP_CAT,
    OP_AT, OP_JMP, OP_SPLIT, OP_SAVE, OP_REPINIT, OP_REPLOOP, OP_REPNEXT,
    OP_REP1, OP_BACKREF, OP_ASSERT, OP_ATOMIC, OP_COND,
};
enum { I_LIT, I_RANGE, I_CAT };
enum { FOLD_NONE, FOLD_ASCII, FOLD_UNICODE };
enum {
    CAT_DIGIT, CAT_NOT_DIGIT, CAT_WORD, CAT_NOT_WORD, CAT_SPACE, CAT_NOT_SPACE,
    CAT_ASCII = 6,
};
enum {
    AT_BOL, AT_BOL_M, AT_EOL, AT_EOL_M, AT_BOS, AT_EOS,
    AT_BOUND, AT_NBOUND, AT_BOUND_A, AT_NBOUND_A,
};
enum { MODE_MATCH, MODE_FULLMATCH, MODE_SEARCH, MODE_MUST_ADVANCE = 4 };

/* ---- the compiled program ---------------------------------------------------- */

typedef struct Program {
    Obj ob;
    int32_t *code;
    size_t ncode;
    int ngroups;          /* capturing groups, not counting group 0 */
    int nregs;            /* general loops: two registers each (count, last pos) */
    uint32_t *prefix;     /* literal every match starts with */
    size_t nprefix;
    bool anchored;        /* can only match at index 0 */
    int first;            /* pc of a one-character op the match must start with, or -1 */
} Program;

static Type type_program = {
    .ob = {&type_type},
    .name = "_sre.Program",
    .size = sizeof(Program),
};

/* ---- character predicates ------------------------------------------------------ */

static inline uint32_t lower_a(uint32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
static inline uint32_t upper_a(uint32_t c) { return (c >= 'a' && c <= 'z') ? c - 32 : c; }
static inline uint32_t lower_u(uint32_t c) {
    return c < 128 ? lower_a(c) : (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
}
static inline uint32_t upper_u(uint32_t c) {
    return c < 128 ? upper_a(c) : (uint32_t)utf8proc_toupper((utf8proc_int32_t)c);
}

static inline bool word_a(uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
static inline bool digit_a(uint32_t c) { return c >= '0' && c <= '9'; }
static inline bool space_a(uint32_t c) { return c == ' ' || (c >= 9 && c <= 13); }

/* str.isalnum() or '_' as CPython's sre defines \w for str patterns. */
static bool word_u(uint32_t c) {
    if (c < 128) return word_a(c);
    switch (utf8proc_category((utf8proc_int32_t)c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return true;
    default:
        return false;
    }
}
static bool digit_u(uint32_t c) {
    if (c < 128) return digit_a(c);
    return utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_ND;
}
/* str.isspace() */
static bool space_u(uint32_t c) {
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

static bool in_cat(int k, uint32_t c) {
    switch (k) {
    case CAT_DIGIT: return digit_u(c);
    case CAT_NOT_DIGIT: return !digit_u(c);
    case CAT_WORD: return word_u(c);
    case CAT_NOT_WORD: return !word_u(c);
    case CAT_SPACE: return space_u(c);
    case CAT_NOT_SPACE: return !space_u(c);
    case CAT_ASCII + CAT_DIGIT: return digit_a(c);
    case CAT_ASCII + CAT_NOT_DIGIT: return !digit_a(c);
    case CAT_ASCII + CAT_WORD: return word_a(c);
    case CAT_ASCII + CAT_NOT_WORD: return !word_a(c);
    case CAT_ASCII + CAT_SPACE: return space_a(c);
    case CAT_ASCII + CAT_NOT_SPACE: return !space_a(c);
    }
    return false;
}

static bool in_items(const int32_t *it, int32_t n, uint32_t c) {
    const int32_t *e = it + n;
    while (it < e) {
        switch (it[0]) {
        case I_LIT:
            if (c == (uint32_t)it[1]) return true;
            it += 2;
            break;
        case I_RANGE:
            if (c >= (uint32_t)it[1] && c <= (uint32_t)it[2]) return true;
            it += 3;
            break;
        default:
            if (in_cat(it[1], c)) return true;
            it += 2;
            break;
        }
    }
    return false;
}

/* OP_SET negated fold n items... */
static bool in_set(const int32_t *op, uint32_t c) {
    int32_t fold = op[2], n = op[3];
    const int32_t *items = op + 4;
    bool r = in_items(items, n, c);
    if (!r && fold == FOLD_ASCII)
        r = in_items(items, n, lower_a(c)) || in_items(items, n, upper_a(c));
    else if (!r && fold == FOLD_UNICODE)
        r = in_items(items, n, lower_u(c)) || in_items(items, n, upper_u(c));
    return r != (op[1] != 0);
}

static inline bool char_i(const int32_t *op, uint32_t c) {
    uint32_t lo = (uint32_t)op[2], up = (uint32_t)op[3];
    if (c == lo || c == up) return true;
    if (op[1] != FOLD_UNICODE) return false;
    return lower_u(c) == lo || upper_u(c) == up;
}

static inline bool same_i(int fold, uint32_t a, uint32_t b) {
    if (a == b) return true;
    if (fold == FOLD_ASCII) return lower_a(a) == lower_a(b);
    if (fold == FOLD_UNICODE) return lower_u(a) == lower_u(b) || upper_u(a) == upper_u(b);
    return false;
}

/* ---- matcher state ------------------------------------------------------------- */

enum { BT_CHOICE, BT_SLOT, BT_REG, BT_REP1G, BT_REP1L, BT_REPLAZY };

typedef struct Frame { int32_t kind, pc; intptr_t a, b; } Frame;

typedef struct M {
    const int32_t *code;
    const uint8_t *s1;       /* one of s1 / s4 is the subject */
    const uint32_t *s4;
    intptr_t end;            /* endpos: the subject ends here for every purpose */
    intptr_t *slots;         /* 2 per group (group 0 included), then lastindex */
    intptr_t lastindex_slot;
    intptr_t *regs;
    Frame *stack;
    size_t sp, cap;
    int depth;               /* look-around / atomic nesting */
    bool fullmatch;
    intptr_t forbid_empty;   /* a match may not end here (it would be empty): see sre_run */
    int err;                 /* 0, or ERR_* once the match must be abandoned */
} M;

enum { ERR_NOMEM = 1, ERR_RECURSION = 2 };

static inline uint32_t CH(const M *m, intptr_t i) { return m->s1 ? m->s1[i] : m->s4[i]; }

static bool grow(M *m) {
    size_t ncap = m->cap ? m->cap * 2 : 256;
    Frame *ns = realloc(m->stack, ncap * sizeof(Frame));
    if (!ns) { m->err = ERR_NOMEM; return false; }
    m->stack = ns;
    m->cap = ncap;
    return true;
}

static inline bool push(M *m, int32_t kind, int32_t pc, intptr_t a, intptr_t b) {
    if (m->sp == m->cap && !grow(m)) return false;
    Frame *f = &m->stack[m->sp++];
    f->kind = kind;
    f->pc = pc;
    f->a = a;
    f->b = b;
    return true;
}

/* Does the one-character op at `op` accept the character at i (< end)? */
static inline bool one(const M *m, const int32_t *op, intptr_t i) {
    uint32_t c = CH(m, i);
    switch (op[0]) {
    case OP_CHAR: return c == (uint32_t)op[1];
    case OP_CHAR_I: return char_i(op, c);
    case OP_ANY: return c != '\n';
    case OP_ANY_ALL: return true;
    case OP_SET: return in_set(op, c);
    case OP_CAT: return in_cat(op[1], c);
    }
    return false;
}

/* How many characters from i on (at most lim) the one-character op accepts. */
static intptr_t count(const M *m, const int32_t *op, intptr_t i, intptr_t lim) {
    intptr_t n = 0;
    switch (op[0]) {
    case OP_ANY_ALL:
        return lim;
    case OP_ANY:
        if (m->s1) {
            const void *nl = memchr(m->s1 + i, '\n', (size_t)lim);
            return nl ? (const uint8_t *)nl - (m->s1 + i) : lim;
        }
        while (n < lim && m->s4[i + n] != '\n') n++;
        return n;
    case OP_CHAR: {
        uint32_t c = (uint32_t)op[1];
        while (n < lim && CH(m, i + n) == c) n++;
        return n;
    }
    default:
        while (n < lim && one(m, op, i + n)) n++;
        return n;
    }
}

static bool at(const M *m, int k, intptr_t i) {
    intptr_t end = m->end;
    switch (k) {
    case AT_BOL: return i == 0;
    case AT_BOL_M: return i == 0 || CH(m, i - 1) == '\n';
    case AT_EOL: return i == end || (i == end - 1 && CH(m, i) == '\n');
    case AT_EOL_M: return i == end || CH(m, i) == '\n';
    case AT_BOS: return i == 0;
    case AT_EOS: return i == end;
    case AT_BOUND: case AT_NBOUND: {
        if (end == 0) return false;     /* CPython: neither holds in an empty string */
        bool before = i > 0 && word_u(CH(m, i - 1));
        bool after = i < end && word_u(CH(m, i));
        return (before != after) == (k == AT_BOUND);
    }
    case AT_BOUND_A: case AT_NBOUND_A: {
        if (end == 0) return false;
        bool before = i > 0 && word_a(CH(m, i - 1));
        bool after = i < end && word_a(CH(m, i));
        return (before != after) == (k == AT_BOUND_A);
    }
    }
    return false;
}

/* Pop frames down to base, applying their undo records. */
static void unwind(M *m, size_t base) {
    while (m->sp > base) {
        Frame *f = &m->stack[--m->sp];
        if (f->kind == BT_SLOT) m->slots[f->a] = f->b;
        else if (f->kind == BT_REG) m->regs[f->a] = f->b;
    }
}

/* After a sub-match that is final (look-ahead, atomic group): drop its choice
 * points but keep its undo records, so backtracking past it later restores
 * the captures it made. */
static void commit(M *m, size_t base) {
    size_t w = base;
    for (size_t r = base; r < m->sp; r++) {
        int32_t k = m->stack[r].kind;
        if (k == BT_SLOT || k == BT_REG) m->stack[w++] = m->stack[r];
    }
    m->sp = w;
}

static inline bool set_slot(M *m, intptr_t s, intptr_t v) {
    if (!push(m, BT_SLOT, 0, s, m->slots[s])) return false;
    m->slots[s] = v;
    return true;
}
static inline bool set_reg(M *m, intptr_t r, intptr_t v) {
    if (!push(m, BT_REG, 0, r, m->regs[r])) return false;
    m->regs[r] = v;
    return true;
}

/* Run the program from pc at position pos.  The end position on success (the
 * frames it pushed stay on the stack for the caller), -1 on failure (the
 * stack is back where it was), -2 when m->err is set. */
static intptr_t run(M *m, int32_t pc, intptr_t pos) {
    const int32_t *code = m->code;
    const intptr_t end = m->end;
    const size_t base = m->sp;
    for (;;) {
        const int32_t *op = &code[pc];
        switch (op[0]) {
        case OP_FAIL:
            goto fail;
        case OP_SUCCEED:
            if (m->depth == 0 && ((m->fullmatch && pos != end) || pos == m->forbid_empty)) goto fail;
            return pos;
        case OP_CHAR:
            if (pos < end && CH(m, pos) == (uint32_t)op[1]) { pos++; pc += 2; continue; }
            goto fail;
        case OP_CHAR_I:
            if (pos < end && char_i(op, CH(m, pos))) { pos++; pc += 4; continue; }
            goto fail;
        case OP_ANY:
            if (pos < end && CH(m, pos) != '\n') { pos++; pc += 1; continue; }
            goto fail;
        case OP_ANY_ALL:
            if (pos < end) { pos++; pc += 1; continue; }
            goto fail;
        case OP_SET:
            if (pos < end && in_set(op, CH(m, pos))) { pos++; pc += 4 + op[3]; continue; }
            goto fail;
        case OP_CAT:
            if (pos < end && in_cat(op[1], CH(m, pos))) { pos++; pc += 2; continue; }
            goto fail;
        case OP_AT:
            if (at(m, op[1], pos)) { pc += 2; continue; }
            goto fail;
        case OP_JMP:
            pc = op[1];
            continue;
        case OP_SPLIT:
            if (!push(m, BT_CHOICE, op[2], pos, 0)) return -2;
            pc = op[1];
            continue;
        case OP_SAVE: {
            intptr_t s = op[1];
            if (!set_slot(m, s, pos)) return -2;
            if ((s & 1) && s > 1 && !set_slot(m, m->lastindex_slot, s / 2)) return -2;
            pc += 2;
            continue;
        }
        case OP_REPINIT: {
            intptr_t r = 2 * (intptr_t)op[1];
            if (!set_reg(m, r, 0) || !set_reg(m, r + 1, -1)) return -2;
            pc += 2;
            continue;
        }
        case OP_REPLOOP: {
            intptr_t r = 2 * (intptr_t)op[1];
            intptr_t c = m->regs[r];
            int32_t min = op[2], max = op[3];
            if (c < min) { pc += 6; continue; }
            /* An iteration that matched nothing ends the loop, or an empty
             * body would repeat forever. */
            if ((max < 0 || c < max) && pos != m->regs[r + 1]) {
                if (!op[4]) {
                    if (!push(m, BT_CHOICE, op[5], pos, 0) || !set_reg(m, r + 1, pos)) return -2;
                    pc += 6;
                } else {
                    if (!push(m, BT_REPLAZY, pc, pos, 0)) return -2;
                    pc = op[5];
                }
                continue;
            }
            pc = op[5];
            continue;
        }
        case OP_REPNEXT: {
            intptr_t r = 2 * (intptr_t)op[1];
            if (!set_reg(m, r, m->regs[r] + 1)) return -2;
            pc = op[2];
            continue;
        }
        case OP_REP1: {
            int32_t min = op[1], max = op[2];
            /* As CPython: fails when pos + min > end, even for min 0 when a
             * match() starts beyond endpos. */
            if (end - pos < min) goto fail;
            intptr_t avail = end - pos;
            if (!op[3]) {
                intptr_t lim = (max < 0 || max > avail) ? avail : max;
                intptr_t n = count(m, op + 5, pos, lim);
                if (n < min) goto fail;
                if (n > min && !push(m, BT_REP1G, pc, pos, n)) return -2;
                pos += n;
            } else {
                intptr_t n = count(m, op + 5, pos, min);
                if (n < min) goto fail;
                if ((max < 0 || n < max) && !push(m, BT_REP1L, pc, pos, n)) return -2;
                pos += n;
            }
            pc = op[4];
            continue;
        }
        case OP_BACKREF: {
            intptr_t g = op[1];
            intptr_t s = m->slots[2 * g], e = m->slots[2 * g + 1];
            if (s < 0 || e < 0 || e < s) goto fail;
            intptr_t len = e - s;
            if (end - pos < len) goto fail;
            int fold = op[2];
            intptr_t k = 0;
            for (; k < len; k++) {
                uint32_t a = CH(m, s + k), b = CH(m, pos + k);
                if (a != b && !(fold && same_i(fold, a, b))) break;
            }
            if (k < len) goto fail;
            pos += len;
            pc += 3;
            continue;
        }
        case OP_ASSERT: {
            intptr_t from = op[1] ? pos - op[3] : pos;
            intptr_t r = -1;
            size_t save = m->sp;
            if (from >= 0) {
                if (cstack_exhausted()) { m->err = ERR_RECURSION; return -2; }
                m->depth++;
                r = run(m, pc + 5, from);
                m->depth--;
                if (r == -2) return -2;
            }
            if (!op[2]) {
                if (r < 0) goto fail;
                commit(m, save);
            } else if (r >= 0) {
                unwind(m, save);
                goto fail;
            }
            pc = op[4];
            continue;
        }
        case OP_ATOMIC: {
            size_t save = m->sp;
            if (cstack_exhausted()) { m->err = ERR_RECURSION; return -2; }
            m->depth++;
            intptr_t r = run(m, pc + 2, pos);
            m->depth--;
            if (r == -2) return -2;
            if (r < 0) goto fail;
            commit(m, save);
            pos = r;
            pc = op[1];
            continue;
        }
        case OP_COND: {
            intptr_t g = op[1];
            if (m->slots[2 * g] >= 0 && m->slots[2 * g + 1] >= 0) pc += 3;
            else pc = op[2];
            continue;
        }
        default:
            goto fail;
        }

    fail:
        for (;;) {
            if (m->sp == base) return -1;
            Frame *f = &m->stack[--m->sp];
            switch (f->kind) {
            case BT_SLOT:
                m->slots[f->a] = f->b;
                continue;
            case BT_REG:
                m->regs[f->a] = f->b;
                continue;
            case BT_CHOICE:
                pc = f->pc;
                pos = f->a;
                break;
            case BT_REP1G: {
                const int32_t *rop = &code[f->pc];
                intptr_t start = f->a, n = f->b - 1, min = rop[1];
                int32_t next = rop[4];
                /* Give back characters until the next op could match. */
                if (code[next] == OP_CHAR) {
                    uint32_t c = (uint32_t)code[next + 1];
                    while (n >= min && (start + n >= end || CH(m, start + n) != c)) n--;
                    if (n < min) continue;
                }
                if (n > min) { f->b = n; m->sp++; }
                pos = start + n;
                pc = next;
                break;
            }
            case BT_REP1L: {
                const int32_t *rop = &code[f->pc];
                intptr_t start = f->a, n = f->b, max = rop[2];
                if (start + n >= end || !one(m, rop + 5, start + n)) continue;
                n++;
                if (max < 0 || n < max) { f->b = n; m->sp++; }
                pos = start + n;
                pc = rop[4];
                break;
            }
            case BT_REPLAZY: {
                const int32_t *rop = &code[f->pc];
                intptr_t r = 2 * (intptr_t)rop[1];
                pos = f->a;
                pc = f->pc + 6;
                if (!set_reg(m, r + 1, pos)) return -2;
                break;
            }
            }
            break;
        }
    }
}

/* ---- subjects ------------------------------------------------------------------ */

/* The last non-ASCII str decoded, kept so repeated scans of one string
 * (finditer, sub, split) decode it once.  The reference keeps the str alive,
 * so its address cannot be reused by another string meanwhile.  String and
 * code points live in one object published through one pointer, so a reader
 * on another thread never pairs one string with another's code points. */
typedef struct Decoded { Value str; uint32_t *cps; } Decoded;
static Decoded *last_decoded;

static bool subject(Value s, M *m) {
    m->s1 = NULL;
    m->s4 = NULL;
    if (str_check(s)) {
        StrObj *so = AS_STR(s);
        if (so->ascii) { m->s1 = (const uint8_t *)so->data; return true; }
        Decoded *d = __atomic_load_n(&last_decoded, __ATOMIC_ACQUIRE);
        if (d && d->str == s) { m->s4 = d->cps; return true; }
        d = GC_MALLOC(sizeof(Decoded));
        uint32_t *cps = GC_MALLOC_ATOMIC((so->cplen + 1) * sizeof(uint32_t));
        if (!d || !cps) { rt_raise_nomem(); return false; }
        const char *p = so->data;
        for (size_t i = 0; i < so->cplen; i++) cps[i] = str_next_cp(&p);
        cps[so->cplen] = 0;     /* like the NUL after str/bytes data: a peek at len is safe */
        d->str = s;
        d->cps = cps;
        __atomic_store_n(&last_decoded, d, __ATOMIC_RELEASE);
        m->s4 = cps;
        return true;
    }
    const char *data;
    size_t len;
    if (bytes_buffer(s, &data, &len)) { m->s1 = (const uint8_t *)data; return true; }
    rt_raise(&exc_TypeError, "expected string or bytes-like object, got '%s'", type_name(s));
    return false;
}

/* ---- Python interface ---------------------------------------------------------- */

static bool get_int(Value v, intptr_t *out) {
    if (!IS_SMALL(v)) {
        rt_raise(&exc_TypeError, "an integer is required");
        return false;
    }
    *out = SMALL_VAL(v);
    return true;
}

static bool int32_list(Value list, int32_t **out, size_t *n) {
    if (!list_check(list)) { rt_raise(&exc_TypeError, "expected a list"); return false; }
    size_t len = LIST_LEN(list);
    int32_t *a = GC_MALLOC_ATOMIC((len + 1) * sizeof(int32_t));
    if (!a) { rt_raise_nomem(); return false; }
    for (size_t i = 0; i < len; i++) {
        intptr_t v;
        if (!get_int(LIST_ITEMS(list)[i], &v)) return false;
        a[i] = (int32_t)v;
    }
    *out = a;
    *n = len;
    return true;
}

/* compile(code, ngroups, nregs, prefix, anchored, first) -> Program */
static Value sre_compile(Value *args, int nargs, Value kw) {
    if (!arg_count("compile", nargs, 6, 6) || !arg_nokw("compile", kw)) return NIL;
    Program *p = gc_obj(sizeof(Program), &type_program);
    if (!p) return rt_raise_nomem();
    intptr_t ng, nr, first, anchored;
    int32_t *prefix;
    size_t nprefix;
    if (!int32_list(args[0], &p->code, &p->ncode)) return NIL;
    if (!get_int(args[1], &ng) || !get_int(args[2], &nr) || !get_int(args[4], &anchored) ||
        !get_int(args[5], &first))
        return NIL;
    if (!int32_list(args[3], &prefix, &nprefix)) return NIL;
    p->ngroups = (int)ng;
    p->nregs = (int)nr;
    p->prefix = (uint32_t *)prefix;
    p->nprefix = nprefix;
    p->anchored = anchored != 0;
    p->first = (int)first;
    return OBJ_VAL(p);
}

/* Next index >= i (and <= end - nprefix) where the literal prefix starts, or -1. */
static intptr_t find_prefix(const M *m, const Program *p, intptr_t i) {
    intptr_t n = (intptr_t)p->nprefix, last = m->end - n;
    uint32_t c0 = p->prefix[0];
    while (i <= last) {
        if (m->s1) {
            if (c0 > 255) return -1;
            const uint8_t *hit = memchr(m->s1 + i, (int)c0, (size_t)(last - i + 1));
            if (!hit) return -1;
            i = hit - m->s1;
        } else {
            while (i <= last && m->s4[i] != c0) i++;
            if (i > last) return -1;
        }
        intptr_t k = 1;
        while (k < n && CH(m, i + k) == p->prefix[k]) k++;
        if (k == n) return i;
        i++;
    }
    return -1;
}

/* run(program, string, pos, endpos, mode) -> None or a tuple: the start and
 * end of each group (group 0 first; -1 when unset), then lastindex (-1: none).
 * pos and endpos are already clamped to 0 <= pos, endpos <= len. */
static Value sre_run(Value *args, int nargs, Value kw) {
    if (!arg_count("run", nargs, 5, 5) || !arg_nokw("run", kw)) return NIL;
    if (TYPE(args[0]) != &type_program)
        return rt_raise(&exc_TypeError, "expected a compiled program");
    Program *p = (Program *)args[0];
    intptr_t pos, endpos, mode;
    if (!get_int(args[2], &pos) || !get_int(args[3], &endpos) || !get_int(args[4], &mode)) return NIL;
    M m = {0};
    if (!subject(args[1], &m)) return NIL;
    /* MUST_ADVANCE (after an empty match at pos, as CPython's scanners do):
     * no empty match at pos.  Attempts start at pos or later, so forbidding
     * matches that end at pos forbids exactly that. */
    m.forbid_empty = (mode & MODE_MUST_ADVANCE) ? pos : -1;
    mode &= ~MODE_MUST_ADVANCE;
    m.code = p->code;
    m.end = endpos;
    m.fullmatch = mode == MODE_FULLMATCH;
    size_t nslots = 2 * ((size_t)p->ngroups + 1) + 1;
    intptr_t slots_buf[32];
    intptr_t *slots = nslots <= 32 ? slots_buf : malloc(nslots * sizeof(intptr_t));
    intptr_t *regs = p->nregs ? malloc(2 * (size_t)p->nregs * sizeof(intptr_t)) : NULL;
    if (!slots || (p->nregs && !regs)) {
        if (slots != slots_buf) free(slots);
        free(regs);
        return rt_raise_nomem();
    }
    for (size_t i = 0; i < nslots; i++) slots[i] = -1;
    for (int i = 0; i < 2 * p->nregs; i++) regs[i] = -1;
    m.slots = slots;
    m.lastindex_slot = (intptr_t)nslots - 1;
    m.regs = regs;

    intptr_t start = pos, r = -1;
    /* CPython lets match() start beyond endpos (only empty matches can
     * succeed there); search() finds nothing. */
    if (mode != MODE_SEARCH) {
        r = run(&m, 0, pos);
    } else if (pos <= endpos) {
        if (p->anchored) {
            if (pos == 0) r = run(&m, 0, 0);
        } else {
            const int32_t *first = p->first >= 0 ? &p->code[p->first] : NULL;
            for (; start <= endpos; start++) {
                if (p->nprefix) {
                    start = find_prefix(&m, p, start);
                    if (start < 0) break;
                } else if (first) {
                    while (start < endpos && !one(&m, first, start)) start++;
                    if (start >= endpos) break;
                }
                r = run(&m, 0, start);
                if (r != -1) break;
            }
        }
    }
    free(m.stack);
    free(regs);
    Value result;
    if (r == -2) {
        result = m.err == ERR_RECURSION
            ? rt_raise(&exc_RecursionError, "maximum recursion depth exceeded in regular expression")
            : rt_raise_nomem();
    } else if (r < 0) {
        result = NONE;
    } else {
        slots[0] = start;
        slots[1] = r;
        result = tuple_new(nslots);
        if (result)
            for (size_t i = 0; i < nslots; i++) TUPLE_ITEMS(result)[i] = MK_SMALL(slots[i]);
    }
    if (slots != slots_buf) free(slots);
    return result;
}

bool mod_sre_init(Value m) {
    type_ready(&type_program);
    module_add_func(m, "compile", sre_compile);
    module_add_func(m, "run", sre_run);
    module_add(m, "MAXREPEAT", int_from_u64(4294967295u));
    module_add(m, "MAXGROUPS", MK_SMALL(1073741823));
    module_add(m, "CODESIZE", MK_SMALL(4));
    return true;
}
