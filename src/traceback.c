/* traceback.c — traceback objects: one entry per frame an exception passed
 * through, newest frame first in the chain built by the VM (each new entry's
 * tb_next is the exception's previous __traceback__).
 * Invariant: line is fixed at creation from code->pos[lasti] (the frame may
 * run on, but the entry records where the exception passed).
 */
#include "vm.h"
#include "../runtime/errors.h"
#include "../runtime/str.h"

Value traceback_new(Value next, CodeObj *code, int lasti)
{
    TracebackObj *tb = gc_obj(sizeof(TracebackObj), &type_traceback);
    tb->next = next ? next : NONE;
    tb->code = code;
    tb->lasti = lasti;
    int line = code->firstlineno;
    if (code->pos && lasti >= 0 && (uint32_t)lasti < code->ncode && code->pos[lasti].line > 0)
        line = code->pos[lasti].line;
    tb->line = line;
    return OBJ_VAL(tb);
}

static TracebackObj *TB(Value v) { return (TracebackObj *)v; }

static Value tb_next_get(Value *a, int n, Value k) { return TB(a[0])->next ? TB(a[0])->next : NONE; }
static Value tb_next_set(Value *a, int n, Value k)
{
    Value v = a[1];
    if (!v) return rt_raise(&exc_TypeError, "can't delete tb_next attribute");
    if (v != NONE && TYPE(v) != &type_traceback)
        return rt_raise(&exc_TypeError, "expected traceback object or None, got '%s'", type_name(v));
    for (Value c = v; c != NONE && c; c = TB(c)->next)
        if (c == a[0]) return rt_raise(&exc_ValueError, "traceback loop detected");
    TB(a[0])->next = v;
    return NONE;
}
static Value tb_lineno(Value *a, int n, Value k) { return MK_SMALL(TB(a[0])->line); }
static Value tb_lasti(Value *a, int n, Value k) { return MK_SMALL(TB(a[0])->lasti * 2); }
static Value tb_frame(Value *a, int n, Value k)
{
    Frame *f = TB(a[0])->frame;
    return f ? frame_object(f) : NONE;
}

static const MethodDef tb_methods[] = {
    {"tb_next", tb_next_get, METH_GETTER, NULL},
    {"tb_next", tb_next_set, METH_SETTER, NULL},
    {"tb_lineno", tb_lineno, METH_GETTER, NULL},
    {"tb_lasti", tb_lasti, METH_GETTER, NULL},
    {"tb_frame", tb_frame, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_traceback = {
    .ob = {&type_type}, .name = "traceback", .base = &type_object,
    .size = sizeof(TracebackObj), .methods = tb_methods,
};
