/* mod_gc.c — the gc module over the Boehm collector.
 *
 * asp's memory is managed by a conservative tracing collector, not by
 * reference counts plus a cycle detector, so most of CPython's gc API has
 * nothing to act on: collect() runs a full Boehm collection (and returns 0,
 * the collector does not count unreachable objects), enable()/disable() only
 * record the flag isenabled() reports (allocation always may collect), and
 * the generation counts and thresholds are CPython's defaults, kept so
 * programs that tune them run unchanged.
 */
#include <gc.h>
#include "abstract.h"
#include "bytes.h"
#include "interp.h"
#include "containers.h"
#include "errors.h"
#include "func.h"
#include "module.h"
#include "num.h"
#include "str.h"

static bool gc_enabled = true;
static Value gc_thresholds;   /* tuple of three ints */

static Value gc_collect(Value *a, int n, Value k) {
    static const char *const names[] = {"generation"};
    Value out[1] = {NIL};
    if (!arg_kw("collect", a, n, k, names, out, 1) || !arg_count("collect", n, 0, 1)) return NIL;
    Value g = n ? a[0] : out[0];
    if (g) {
        intptr_t gen;
        if (!rt_index(g, &gen)) return NIL;
        if (gen < 0 || gen > 2) return rt_raise(&exc_ValueError, "invalid generation");
    }
    GC_gcollect();
    return MK_SMALL(0);
}

static Value gc_enable(Value *a, int n, Value k) {
    if (!arg_count("enable", n, 0, 0)) return NIL;
    gc_enabled = true;
    return NONE;
}

static Value gc_disable(Value *a, int n, Value k) {
    if (!arg_count("disable", n, 0, 0)) return NIL;
    gc_enabled = false;
    return NONE;
}

static Value gc_isenabled(Value *a, int n, Value k) {
    if (!arg_count("isenabled", n, 0, 0)) return NIL;
    return gc_enabled ? TRUE_V : FALSE_V;
}

static Value gc_get_count(Value *a, int n, Value k) {
    if (!arg_count("get_count", n, 0, 0)) return NIL;
    return tuple_pack(3, MK_SMALL(0), MK_SMALL(0), MK_SMALL(0));
}

static Value gc_get_threshold(Value *a, int n, Value k) {
    if (!arg_count("get_threshold", n, 0, 0)) return NIL;
    return gc_thresholds;
}

static Value gc_set_threshold(Value *a, int n, Value k) {
    if (!arg_nokw("set_threshold", k) || !arg_count("set_threshold", n, 1, 3)) return NIL;
    Value t[3] = {TUPLE_ITEMS(gc_thresholds)[0], TUPLE_ITEMS(gc_thresholds)[1],
                  TUPLE_ITEMS(gc_thresholds)[2]};
    for (int i = 0; i < n; i++) {
        intptr_t v;
        if (!rt_index(a[i], &v)) return NIL;
        t[i] = MK_SMALL(v);
    }
    gc_thresholds = tuple_pack(3, t[0], t[1], t[2]);
    return NONE;
}

/* CPython tracks containers only; atoms (numbers, strings, None) never. */
static Value gc_is_tracked(Value *a, int n, Value k) {
    if (!arg_count("is_tracked", n, 1, 1)) return NIL;
    Value v = a[0];
    if (IS_SMALL(v) || v == NONE || v == TRUE_V || v == FALSE_V || int_check(v) ||
        float_check(v) || str_check(v) || bytes_check(v))
        return FALSE_V;
    return TRUE_V;
}

static Value gc_is_finalized(Value *a, int n, Value k) {
    if (!arg_count("is_finalized", n, 1, 1)) return NIL;
    return FALSE_V;
}

static Value gc_empty_list(Value *a, int n, Value k) { return list_new(0); }

static Value gc_none(Value *a, int n, Value k) { return NONE; }

static Value gc_zero(Value *a, int n, Value k) { return MK_SMALL(0); }

bool mod_gc_init(Value m) {
    gc_thresholds = tuple_pack(3, MK_SMALL(700), MK_SMALL(10), MK_SMALL(10));
    gc_add_root(&gc_thresholds);
    module_add_func(m, "collect", gc_collect);
    module_add_func(m, "enable", gc_enable);
    module_add_func(m, "disable", gc_disable);
    module_add_func(m, "isenabled", gc_isenabled);
    module_add_func(m, "get_count", gc_get_count);
    module_add_func(m, "get_threshold", gc_get_threshold);
    module_add_func(m, "set_threshold", gc_set_threshold);
    module_add_func(m, "is_tracked", gc_is_tracked);
    module_add_func(m, "is_finalized", gc_is_finalized);
    module_add_func(m, "get_objects", gc_empty_list);
    module_add_func(m, "get_referrers", gc_empty_list);
    module_add_func(m, "get_referents", gc_empty_list);
    module_add_func(m, "freeze", gc_none);
    module_add_func(m, "unfreeze", gc_none);
    module_add_func(m, "get_freeze_count", gc_zero);
    module_add_func(m, "set_debug", gc_none);
    module_add_func(m, "get_debug", gc_zero);
    module_add(m, "garbage", list_new(0));
    module_add(m, "callbacks", list_new(0));
    module_add(m, "DEBUG_STATS", MK_SMALL(1));
    module_add(m, "DEBUG_COLLECTABLE", MK_SMALL(2));
    module_add(m, "DEBUG_UNCOLLECTABLE", MK_SMALL(4));
    module_add(m, "DEBUG_SAVEALL", MK_SMALL(32));
    module_add(m, "DEBUG_LEAK", MK_SMALL(38));
    return true;
}
