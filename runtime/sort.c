/* sort.c — list.sort(): a stable merge sort (binary insertion for short
 * runs, then bottom-up merging) comparing with `<` through rt_compare_bool,
 * so user __lt__ and key functions work.
 *
 * Invariant: while sorting, the list is empty (as in CPython) so mutation by
 * user code is detected afterwards ("list modified during sort"); on any
 * error every item is still in the array, which becomes the list again.
 */
#include <string.h>
#include "containers.h"
#include "abstract.h"
#include "errors.h"
#include "num.h"
#include "str.h"

typedef struct { Value key, value; } Pair;

/* When every key has the same simple type (checked once before sorting, as
 * CPython does), `<` is decided here without the generic protocol. */
enum KeyKind { KEYS_ANY, KEYS_SMALL, KEYS_FLOAT, KEYS_STR };

/* 1 if a < b, 0 if not, -1 on error. */
static inline int lt(int kind, Value a, Value b) {
    switch (kind) {
    case KEYS_SMALL: return (intptr_t)a < (intptr_t)b;
    case KEYS_FLOAT: return FLOAT_VAL(a) < FLOAT_VAL(b);
    case KEYS_STR: return str_cmp(a, b) < 0;
    default:
        if (IS_SMALL(a) && IS_SMALL(b)) return (intptr_t)a < (intptr_t)b;
        return rt_compare_bool(a, b, CMP_LT);
    }
}

static int key_kind(const Pair *a, size_t n) {
    Type *t = TYPE(a[0].key);
    bool small = IS_SMALL(a[0].key);
    for (size_t i = 1; i < n; i++) {
        if (small ? !IS_SMALL(a[i].key) : TYPE(a[i].key) != t) return KEYS_ANY;
    }
    if (small) return KEYS_SMALL;
    if (t == &type_float) return KEYS_FLOAT;
    if (t == &type_str) return KEYS_STR;
    return KEYS_ANY;
}

/* Sort a[lo..hi) by binary insertion; a[lo..start) is already sorted. */
static bool binsort(int kind, Pair *a, size_t lo, size_t hi, size_t start) {
    for (size_t s = start; s < hi; s++) {
        Pair pivot = a[s];
        size_t l = lo, r = s;
        while (l < r) {
            size_t m = l + (r - l) / 2;
            int c = lt(kind, pivot.key, a[m].key);
            if (c < 0) return false;
            if (c) r = m; else l = m + 1;
        }
        memmove(&a[l + 1], &a[l], (s - l) * sizeof(Pair));
        a[l] = pivot;
    }
    return true;
}

/* Merge a[lo..mid) and a[mid..hi); on error all items stay in a. */
static bool merge(int kind, Pair *a, size_t lo, size_t mid, size_t hi, Pair *tmp) {
    size_t nl = mid - lo;
    memcpy(tmp, &a[lo], nl * sizeof(Pair));
    size_t i = 0, j = mid, k = lo;
    bool ok = true;
    while (i < nl && j < hi) {
        int c = lt(kind, a[j].key, tmp[i].key);
        if (c < 0) { ok = false; break; }
        if (c) a[k++] = a[j++]; else a[k++] = tmp[i++];
    }
    memcpy(&a[k], &tmp[i], (nl - i) * sizeof(Pair));
    return ok;
}

#define RUN 32

static bool sort_pairs(Pair *a, size_t n) {
    int kind = key_kind(a, n);
    for (size_t lo = 0; lo < n; lo += RUN) {
        size_t hi = lo + RUN < n ? lo + RUN : n;
        if (!binsort(kind, a, lo, hi, lo + 1)) return false;
    }
    if (n <= RUN) return true;
    Pair *tmp = GC_MALLOC((n / 2 + 1) * sizeof(Pair) + n * sizeof(Pair));
    if (!tmp) { rt_raise_nomem(); return false; }
    for (size_t w = RUN; w < n; w *= 2) {
        for (size_t lo = 0; lo + w < n; lo += 2 * w) {
            size_t mid = lo + w, hi = lo + 2 * w < n ? lo + 2 * w : n;
            /* Already ordered runs need one comparison, not a merge. */
            int c = lt(kind, a[mid].key, a[mid - 1].key);
            if (c < 0) return false;
            if (c && !merge(kind, a, lo, mid, hi, tmp)) return false;
        }
    }
    return true;
}

static void reverse_pairs(Pair *a, size_t n) {
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) { Pair t = a[i]; a[i] = a[j - 1]; a[j - 1] = t; }
}

bool list_sort(Value list, Value key, bool reverse) {
    ListObj *l = (ListObj *)list;
    size_t n = l->len, cap = l->cap;
    Value *items = l->items;
    l->len = 0; l->cap = 0; l->items = NULL;

    bool ok = true;
    Pair *a = n ? GC_MALLOC(n * sizeof(Pair)) : NULL;
    if (n && !a) { rt_raise_nomem(); ok = false; }
    for (size_t i = 0; ok && i < n; i++) {
        a[i].value = items[i];
        if (key) {
            a[i].key = rt_call1(key, items[i]);
            if (!a[i].key) ok = false;
        } else {
            a[i].key = items[i];
        }
    }
    if (ok && n > 1) {
        /* reverse=True keeps equal items in original order: reverse, sort, reverse. */
        if (reverse) reverse_pairs(a, n);
        ok = sort_pairs(a, n);
        if (reverse) reverse_pairs(a, n);
        for (size_t i = 0; i < n; i++) items[i] = a[i].value;
    }
    bool modified = l->items != NULL || l->len != 0;
    l->items = items; l->len = n; l->cap = cap;
    if (ok && modified) {
        rt_raise(&exc_ValueError, "list modified during sort");
        return false;
    }
    return ok;
}
