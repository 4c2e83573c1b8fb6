/* frame.c — allocating heap frames and the Python-visible `frame` object.
 *
 * A Frame is one GC allocation: the header, then nlocalsplus local slots,
 * then stacksize value-stack slots (all NIL).  A FrameObj is only a view of a
 * Frame (for tb_frame, gi_frame, sys._getframe); the Frame itself never moves.
 */
#include "vm.h"
#include "../runtime/errors.h"
#include "../runtime/str.h"
#include "../runtime/containers.h"
#include "../runtime/abstract.h"
#include "../runtime/names.h"

Frame *frame_new(CodeObj *co, FunctionObj *func, Value globals, Value builtins, Value locals)
{
    size_t n = (size_t)co->nlocalsplus + (size_t)co->stacksize + 1;
    Frame *f = GC_MALLOC(sizeof(Frame) + n * sizeof(Value));
    if (!f) return NULL;
    f->code = co;
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals;
    f->ip = co->code;
    f->sp = f->localsplus + co->nlocalsplus;
    return f;
}

int frame_lineno(Frame *f)
{
    CodeObj *co = f->code;
    if (!co->pos || co->ncode == 0) return co->firstlineno;
    long pc = (long)(f->ip - co->code) - 1;
    if (pc < 0) return co->firstlineno;          /* not started: CPython shows the def line */
    if ((uint32_t)pc >= co->ncode) pc = co->ncode - 1;
    int line = co->pos[pc].line;
    return line > 0 ? line : co->firstlineno;
}

typedef struct FrameObj { Obj ob; Frame *f; } FrameObj;

Value frame_object(Frame *f)
{
    if (!f) return NONE;
    if (f->frame_obj) return f->frame_obj;
    FrameObj *o = gc_obj(sizeof(FrameObj), &type_frame);
    o->f = f;
    f->frame_obj = OBJ_VAL(o);
    return f->frame_obj;
}

static Frame *FR(Value v) { return ((FrameObj *)v)->f; }

static Value fr_code(Value *a, int n, Value k) { return OBJ_VAL(FR(a[0])->code); }
static Value fr_lineno(Value *a, int n, Value k) { return MK_SMALL(frame_lineno(FR(a[0]))); }
static Value fr_lasti(Value *a, int n, Value k)
{
    Frame *f = FR(a[0]);
    return MK_SMALL(((long)(f->ip - f->code->code) - 1) * 2);
}
static Value fr_globals(Value *a, int n, Value k) { return FR(a[0])->globals; }
static Value fr_builtins(Value *a, int n, Value k) { return FR(a[0])->builtins; }
static Value fr_back(Value *a, int n, Value k)
{
    Frame *p = FR(a[0])->prev;
    while (p && p->code && p->code->ncode == 0) p = p->prev;
    return frame_object(p);
}

/* f_locals: the locals dict of module/class frames, else a snapshot of the
 * bound fast locals, cells and free variables (as CPython's PyFrame_FastToLocals). */
static Value fr_locals(Value *a, int n, Value k)
{
    Frame *f = FR(a[0]);
    if (f->locals) return f->locals;
    Value d = dict_new();
    CodeObj *co = f->code;
    for (int i = 0; i < co->nlocalsplus; i++) {
        Value v = f->localsplus[i];
        uint8_t kind = co->localspluskinds ? co->localspluskinds[i] : LK_LOCAL;
        if (v && (kind & (LK_CELL | LK_FREE)) && TYPE(v) == &type_cell) v = ((CellObj *)v)->ref;
        if (v) dict_set(d, TUPLE_ITEMS(co->localsplusnames)[i], v);
    }
    return d;
}

static Value fr_repr(Value self)
{
    Frame *f = FR(self);
    return str_printf("<frame at %p, file '%s', line %d, code %s>", (void *)self,
                      str_cstr(f->code->filename), frame_lineno(f), str_cstr(f->code->name));
}

static const MethodDef frame_methods[] = {
    {"f_code", fr_code, METH_GETTER, NULL},
    {"f_lineno", fr_lineno, METH_GETTER, NULL},
    {"f_lasti", fr_lasti, METH_GETTER, NULL},
    {"f_globals", fr_globals, METH_GETTER, NULL},
    {"f_builtins", fr_builtins, METH_GETTER, NULL},
    {"f_back", fr_back, METH_GETTER, NULL},
    {"f_locals", fr_locals, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_frame = {
    .ob = {&type_type}, .name = "frame", .base = &type_object,
    .size = sizeof(FrameObj), .methods = frame_methods, .repr = fr_repr,
};
