/* code.c — the code, function and cell types.
 *
 * A FunctionObj pairs a CodeObj with the globals it was defined in, its
 * defaults, closure cells and annotations; calling it goes to the VM
 * (vm_call_function) and reading it through an instance binds it (a method).
 * Invariant: func->dict is NIL until the first function attribute is set
 * (type_function.dict_offset points at it, so the generic attribute code
 * creates it lazily).
 */
#include <stddef.h>
#include <string.h>
#include "code.h"
#include "vm.h"
#include "../runtime/errors.h"
#include "../runtime/str.h"
#include "../runtime/containers.h"
#include "../runtime/names.h"
#include "../runtime/num.h"
#include "../runtime/func.h"
#include "../runtime/module.h"
#include "../runtime/abstract.h"

/* ---- code ---- */

CodeObj *code_new(void)
{
    CodeObj *co = gc_obj(sizeof(CodeObj), &type_code);
    memset((char *)co + sizeof(Obj), 0, sizeof(CodeObj) - sizeof(Obj));
    co->docstring = NONE;
    co->consts = rt_empty_tuple;
    co->names = rt_empty_tuple;
    co->localsplusnames = rt_empty_tuple;
    return co;
}

static CodeObj *CO(Value v) { return (CodeObj *)v; }

static Value code_repr(Value self)
{
    CodeObj *co = CO(self);
    return str_printf("<code object %s at %p, file \"%s\", line %d>", str_cstr(co->name), (void *)co,
                      co->filename ? str_cstr(co->filename) : "?", co->firstlineno);
}

/* co_flags as CPython numbers them (inspect tests these bits). */
static Value code_flags(Value *a, int n, Value kw)
{
    uint32_t f = CO(a[0])->flags, r = 0;
    if (!(f & (CO_MODULE | CO_CLASS))) r |= 1 | 2;          /* CO_OPTIMIZED | CO_NEWLOCALS */
    if (f & CO_VARARGS) r |= 0x4;
    if (f & CO_VARKEYWORDS) r |= 0x8;
    if (f & CO_NESTED) r |= 0x10;
    if (f & CO_GENERATOR) r |= 0x20;
    if (f & CO_COROUTINE) r |= 0x80;
    if (f & CO_ITERABLE_COROUTINE) r |= 0x100;
    if (f & CO_ASYNC_GENERATOR) r |= 0x200;
    return MK_SMALL(r);
}

static Value names_of_kind(CodeObj *co, int want, int exclude)
{
    Value l = list_new(0);
    for (int i = 0; i < co->nlocalsplus; i++) {
        int k = co->localspluskinds[i];
        if ((k & want) && !(k & exclude)) list_append(l, TUPLE_ITEMS(co->localsplusnames)[i]);
    }
    return list_as_tuple(l);
}

static Value code_name(Value *a, int n, Value kw) { return CO(a[0])->name; }
static Value code_qualname(Value *a, int n, Value kw) { return CO(a[0])->qualname; }
static Value code_filename(Value *a, int n, Value kw) { return CO(a[0])->filename; }
static Value code_firstlineno(Value *a, int n, Value kw) { return MK_SMALL(CO(a[0])->firstlineno); }
static Value code_argcount(Value *a, int n, Value kw) { return MK_SMALL(CO(a[0])->argcount); }
static Value code_posonly(Value *a, int n, Value kw) { return MK_SMALL(CO(a[0])->posonlyargcount); }
static Value code_kwonly(Value *a, int n, Value kw) { return MK_SMALL(CO(a[0])->kwonlyargcount); }
static Value code_consts(Value *a, int n, Value kw) { return CO(a[0])->consts; }
static Value code_names(Value *a, int n, Value kw) { return CO(a[0])->names; }
static Value code_varnames(Value *a, int n, Value kw) { return names_of_kind(CO(a[0]), LK_LOCAL, 0); }
static Value code_cellvars(Value *a, int n, Value kw) { return names_of_kind(CO(a[0]), LK_CELL, LK_ARG); }
static Value code_freevars(Value *a, int n, Value kw) { return names_of_kind(CO(a[0]), LK_FREE, 0); }
static Value code_nlocals(Value *a, int n, Value kw) { return MK_SMALL(TUPLE_LEN(code_varnames(a, n, kw))); }
static Value code_stacksize(Value *a, int n, Value kw) { return MK_SMALL(CO(a[0])->stacksize); }

/* co_positions(): (line, end_line, col, end_col) per instruction, None where
 * unknown; tb_lasti // 2 indexes it (asp has no cache entries). */
static Value code_positions(Value *a, int n, Value kw)
{
    if (!arg_count("co_positions", n - 1, 0, 0)) return NIL;
    CodeObj *co = CO(a[0]);
    Value l = list_new(0);
    for (uint32_t i = 0; i < co->ncode; i++) {
        Pos p = co->pos[i];
        Value t = tuple_pack(4, p.line > 0 ? MK_SMALL(p.line) : NONE, p.end_line > 0 ? MK_SMALL(p.end_line) : NONE,
                             p.col >= 0 ? MK_SMALL(p.col) : NONE, p.end_col >= 0 ? MK_SMALL(p.end_col) : NONE);
        if (!t || !list_append(l, t)) return NIL;
    }
    return rt_iter(l);
}

static const MethodDef code_methods[] = {
    {"co_name", code_name, METH_GETTER, NULL},
    {"co_qualname", code_qualname, METH_GETTER, NULL},
    {"co_filename", code_filename, METH_GETTER, NULL},
    {"co_firstlineno", code_firstlineno, METH_GETTER, NULL},
    {"co_argcount", code_argcount, METH_GETTER, NULL},
    {"co_posonlyargcount", code_posonly, METH_GETTER, NULL},
    {"co_kwonlyargcount", code_kwonly, METH_GETTER, NULL},
    {"co_flags", code_flags, METH_GETTER, NULL},
    {"co_consts", code_consts, METH_GETTER, NULL},
    {"co_names", code_names, METH_GETTER, NULL},
    {"co_varnames", code_varnames, METH_GETTER, NULL},
    {"co_cellvars", code_cellvars, METH_GETTER, NULL},
    {"co_freevars", code_freevars, METH_GETTER, NULL},
    {"co_nlocals", code_nlocals, METH_GETTER, NULL},
    {"co_stacksize", code_stacksize, METH_GETTER, NULL},
    {"co_positions", code_positions, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_code = {
    .ob = {&type_type}, .name = "code", .size = sizeof(CodeObj), .methods = code_methods,
    .repr = code_repr,
};

/* ---- cell ---- */

Value cell_new(Value v)
{
    CellObj *c = gc_obj(sizeof(CellObj), &type_cell);
    c->ref = v;
    return OBJ_VAL(c);
}

static Value cell_repr(Value self)
{
    Value v = ((CellObj *)self)->ref;
    if (v == NIL) return str_printf("<cell at %p: empty>", (void *)self);
    return str_printf("<cell at %p: %s object at %p>", (void *)self, type_name(v), (void *)v);
}

static Value cell_contents(Value *a, int n, Value kw)
{
    Value v = ((CellObj *)a[0])->ref;
    if (v == NIL) return rt_raise(&exc_ValueError, "Cell is empty");
    return v;
}

static Value cell_set_contents(Value *a, int n, Value kw)
{
    ((CellObj *)a[0])->ref = a[1];
    return NONE;
}

static Value cell_eq(Value a, Value b)
{
    if (TYPE(b) != &type_cell) return NOTIMPL;
    Value x = ((CellObj *)a)->ref, y = ((CellObj *)b)->ref;
    if (x == NIL || y == NIL) return BOOL(x == y);
    return rt_compare(x, y, CMP_EQ);
}

static const MethodDef cell_methods[] = {
    {"cell_contents", cell_contents, METH_GETTER, NULL},
    {"cell_contents", cell_set_contents, METH_SETTER, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_cell = {
    .ob = {&type_type}, .name = "cell", .size = sizeof(CellObj), .methods = cell_methods,
    .repr = cell_repr, .eq = cell_eq,
};

/* ---- function ---- */

static FunctionObj *FN(Value v) { return (FunctionObj *)v; }

Value function_new(CodeObj *code, Value globals, Value qualname)
{
    FunctionObj *f = gc_obj(sizeof(FunctionObj), &type_function);
    f->code = code;
    f->globals = globals;
    f->name = code->name;
    f->qualname = qualname != NIL ? qualname : code->qualname;
    f->doc = code->docstring != NIL ? code->docstring : NONE;
    f->defaults = f->kwdefaults = f->closure = f->annotations = f->dict = NIL;
    f->module = NONE;
    f->builtins = NIL;
    if (globals != NIL && dict_check(globals)) {
        Value m = dict_get_str(globals, NM(__name__));
        if (m != NIL) f->module = m;
        Value b = dict_get_str(globals, NM(__builtins__));
        if (b != NIL) {
            if (TYPE(b) == &type_module) f->builtins = module_dict(b);
            else if (dict_check(b)) f->builtins = b;
        }
    }
    if (f->builtins == NIL && TH() && TH()->interp) f->builtins = TH()->interp->builtins;
    return OBJ_VAL(f);
}

static Value func_repr(Value self)
{
    return str_printf("<function %s at %p>", str_cstr(FN(self)->qualname), (void *)self);
}

static Value func_get(Value self, Value obj, Value type)
{
    if (obj == NIL || obj == NONE) return self;
    return method_new(self, obj);
}

static Value func_call(Value self, Value *args, int nargs, Value kwnames)
{
    return vm_call_function(self, args, nargs, kwnames);
}

static Value or_none(Value v) { return v == NIL ? NONE : v; }
static Value none_to_nil(Value v) { return v == NONE ? NIL : v; }

static Value fg_name(Value *a, int n, Value kw) { return FN(a[0])->name; }
static Value fg_qualname(Value *a, int n, Value kw) { return FN(a[0])->qualname; }
static Value fg_doc(Value *a, int n, Value kw) { return or_none(FN(a[0])->doc); }
static Value fg_module(Value *a, int n, Value kw) { return or_none(FN(a[0])->module); }
static Value fg_defaults(Value *a, int n, Value kw) { return or_none(FN(a[0])->defaults); }
static Value fg_kwdefaults(Value *a, int n, Value kw) { return or_none(FN(a[0])->kwdefaults); }
static Value fg_code(Value *a, int n, Value kw) { return OBJ_VAL(FN(a[0])->code); }
static Value fg_globals(Value *a, int n, Value kw) { return FN(a[0])->globals; }
static Value fg_builtins(Value *a, int n, Value kw) { return or_none(FN(a[0])->builtins); }
static Value fg_closure(Value *a, int n, Value kw) { return or_none(FN(a[0])->closure); }

static Value fg_annotations(Value *a, int n, Value kw)
{
    FunctionObj *f = FN(a[0]);
    if (f->annotations == NIL) f->annotations = dict_new();
    return f->annotations;
}

static Value fg_dict(Value *a, int n, Value kw)
{
    FunctionObj *f = FN(a[0]);
    if (f->dict == NIL) f->dict = dict_new();
    return f->dict;
}

static Value need_str(Value v, const char *what)
{
    if (v == NIL || !str_check(v))
        return rt_raise(&exc_TypeError, "__%s__ must be set to a string object", what);
    return v;
}

static Value fs_name(Value *a, int n, Value kw)
{
    if (!need_str(a[1], "name")) return NIL;
    FN(a[0])->name = a[1];
    return NONE;
}

static Value fs_qualname(Value *a, int n, Value kw)
{
    if (!need_str(a[1], "qualname")) return NIL;
    FN(a[0])->qualname = a[1];
    return NONE;
}

static Value fs_doc(Value *a, int n, Value kw) { FN(a[0])->doc = a[1] == NIL ? NONE : a[1]; return NONE; }
static Value fs_module(Value *a, int n, Value kw) { FN(a[0])->module = a[1] == NIL ? NONE : a[1]; return NONE; }

static Value fs_defaults(Value *a, int n, Value kw)
{
    Value v = none_to_nil(a[1]);
    if (v != NIL && !tuple_check(v))
        return rt_raise(&exc_TypeError, "__defaults__ must be set to a tuple object");
    FN(a[0])->defaults = v;
    return NONE;
}

static Value fs_kwdefaults(Value *a, int n, Value kw)
{
    Value v = none_to_nil(a[1]);
    if (v != NIL && !dict_check(v))
        return rt_raise(&exc_TypeError, "__kwdefaults__ must be set to a dict object");
    FN(a[0])->kwdefaults = v;
    return NONE;
}

static Value fs_annotations(Value *a, int n, Value kw)
{
    Value v = none_to_nil(a[1]);
    if (v != NIL && !dict_check(v))
        return rt_raise(&exc_TypeError, "__annotations__ must be set to a dict object");
    FN(a[0])->annotations = v;
    return NONE;
}

static Value fs_dict(Value *a, int n, Value kw)
{
    if (a[1] == NIL) return rt_raise(&exc_TypeError, "cannot delete __dict__");
    if (!dict_check(a[1])) return rt_raise(&exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(a[1]));
    FN(a[0])->dict = a[1];
    return NONE;
}

static Value fs_code(Value *a, int n, Value kw)
{
    if (a[1] == NIL || TYPE(a[1]) != &type_code)
        return rt_raise(&exc_TypeError, "__code__ must be set to a code object");
    FN(a[0])->code = CO(a[1]);
    return NONE;
}

static const MethodDef function_methods[] = {
    {"__name__", fg_name, METH_GETTER, NULL},
    {"__name__", fs_name, METH_SETTER, NULL},
    {"__qualname__", fg_qualname, METH_GETTER, NULL},
    {"__qualname__", fs_qualname, METH_SETTER, NULL},
    {"__doc__", fg_doc, METH_GETTER, NULL},
    {"__doc__", fs_doc, METH_SETTER, NULL},
    {"__module__", fg_module, METH_GETTER, NULL},
    {"__module__", fs_module, METH_SETTER, NULL},
    {"__defaults__", fg_defaults, METH_GETTER, NULL},
    {"__defaults__", fs_defaults, METH_SETTER, NULL},
    {"__kwdefaults__", fg_kwdefaults, METH_GETTER, NULL},
    {"__kwdefaults__", fs_kwdefaults, METH_SETTER, NULL},
    {"__annotations__", fg_annotations, METH_GETTER, NULL},
    {"__annotations__", fs_annotations, METH_SETTER, NULL},
    {"__dict__", fg_dict, METH_GETTER, NULL},
    {"__dict__", fs_dict, METH_SETTER, NULL},
    {"__code__", fg_code, METH_GETTER, NULL},
    {"__code__", fs_code, METH_SETTER, NULL},
    {"__globals__", fg_globals, METH_GETTER, NULL},
    {"__builtins__", fg_builtins, METH_GETTER, NULL},
    {"__closure__", fg_closure, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_function = {
    .ob = {&type_type}, .name = "function", .size = sizeof(FunctionObj),
    .dict_offset = offsetof(FunctionObj, dict), .methods = function_methods,
    .repr = func_repr, .get = func_get, .call = func_call,
};

void code_init(void)
{
    type_ready(&type_code);
    type_ready(&type_cell);
    type_ready(&type_function);
}
