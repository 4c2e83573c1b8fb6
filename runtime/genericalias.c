/* genericalias.c — types.GenericAlias (`list[int]`) and types.UnionType
 * (`int | None`): the typing objects the core syntax produces.
 * Invariant: args is always a tuple; a union's args are flattened, without
 * duplicates, and hold NoneType for None. */
#include <string.h>
#include "type.h"
#include "abstract.h"
#include "errors.h"
#include "names.h"
#include "str.h"
#include "num.h"
#include "containers.h"
#include "func.h"

static Value alias_alloc(Type *t, Value origin, Value args) {
    AliasObj *a = gc_obj(sizeof(AliasObj), t);
    a->origin = origin;
    a->args = args;
    a->params = rt_empty_tuple;
    return OBJ_VAL(a);
}

Value generic_alias_new(Value origin, Value args) {
    if (IS_SMALL(args) || TYPE(args) != &type_tuple) args = tuple_pack(1, args);
    return alias_alloc(&type_generic_alias, origin, args);
}

/* repr of one item as typing shows it: `int`, `__main__.C`, `...`, `list[int]`. */
static bool repr_item(StrBuf *b, Value p) {
    if (p == ELLIPSIS) {
        sb_adds(b, "...");
        return true;
    }
    if (p == OBJ_VAL(&type_none)) {
        sb_adds(b, "None");
        return true;
    }
    if (!IS_SMALL(p) && (TYPE(p) == &type_generic_alias || TYPE(p) == &type_union))
        return sb_addv_repr(b, p);
    if (IS_TYPE(p)) {
        Value q = type_qualified_name((Type *)p);
        sb_adds(b, str_cstr(q));
        return true;
    }
    return sb_addv_repr(b, p);
}

static Value ga_repr(Value self) {
    AliasObj *a = (AliasObj *)self;
    StrBuf b;
    sb_init(&b);
    if (!repr_item(&b, a->origin)) return NIL;
    sb_addc(&b, '[');
    size_t n = TUPLE_LEN(a->args);
    if (n == 0) sb_adds(&b, "()");
    for (size_t i = 0; i < n; i++) {
        if (i) sb_adds(&b, ", ");
        if (!repr_item(&b, TUPLE_ITEMS(a->args)[i])) return NIL;
    }
    sb_addc(&b, ']');
    return sb_finish(&b);
}

static Value ga_call(Value self, Value *args, int nargs, Value kwnames) {
    AliasObj *a = (AliasObj *)self;
    Value r = rt_call(a->origin, args, nargs, kwnames);
    if (!r) return NIL;
    if (rt_setattr(r, str_intern("__orig_class__"), self) < 0) rt_exc_clear();
    return r;
}

static bool ga_own_attr(Value name) {
    static const char *const own[] = {"__origin__", "__args__", "__parameters__", "__class__",
                                      "__mro_entries__", "__reduce_ex__", "__reduce__",
                                      "__copy__", "__deepcopy__", "__unpacked__", NULL};
    const char *s = str_cstr(name);
    for (int i = 0; own[i]; i++)
        if (strcmp(s, own[i]) == 0) return true;
    return false;
}

static Value ga_getattr(Value self, Value name) {
    if (ga_own_attr(name)) return obj_generic_getattr(self, name);
    return rt_getattr(((AliasObj *)self)->origin, name);
}

static Value ga_eq(Value x, Value y) {
    if (IS_SMALL(y) || TYPE(y) != &type_generic_alias) return NOTIMPL;
    AliasObj *a = (AliasObj *)x, *b = (AliasObj *)y;
    int r = rt_eq(a->origin, b->origin);
    if (r <= 0) return r < 0 ? NIL : FALSE_V;
    r = rt_eq(a->args, b->args);
    return r < 0 ? NIL : BOOL(r);
}

static intptr_t ga_hash(Value self) {
    AliasObj *a = (AliasObj *)self;
    intptr_t h1 = rt_hash(a->origin);
    if (h1 == -1) return -1;
    intptr_t h2 = rt_hash(a->args);
    if (h2 == -1) return -1;
    intptr_t h = h1 ^ h2;
    return h == -1 ? -2 : h;
}

static Value ga_get_origin(Value *a, int n, Value k) { return ((AliasObj *)a[0])->origin; }
static Value ga_get_args(Value *a, int n, Value k) { return ((AliasObj *)a[0])->args; }
static Value ga_get_params(Value *a, int n, Value k) { return ((AliasObj *)a[0])->params; }
static Value ga_mro_entries(Value *a, int n, Value k) {
    return tuple_pack(1, ((AliasObj *)a[0])->origin);
}
static Value ga_instancecheck(Value *a, int n, Value k) {
    return rt_raise(&exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}
static Value ga_subclasscheck(Value *a, int n, Value k) {
    return rt_raise(&exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static const MethodDef ga_methods[] = {
    {"__origin__", ga_get_origin, METH_GETTER, NULL},
    {"__args__", ga_get_args, METH_GETTER, NULL},
    {"__parameters__", ga_get_params, METH_GETTER, NULL},
    {"__mro_entries__", ga_mro_entries, 0, NULL},
    {"__instancecheck__", ga_instancecheck, 0, NULL},
    {"__subclasscheck__", ga_subclasscheck, 0, NULL},
    {NULL, NULL, 0, NULL}};

static Value ga_new(Value type, Value *args, int nargs, Value kwnames) {
    if (!arg_nokw("GenericAlias", kwnames)) return NIL;
    if (!arg_count("GenericAlias", nargs, 2, 2)) return NIL;
    Value r = generic_alias_new(args[0], args[1]);
    return r;
}

static Value alias_or(Value a, Value b) { return union_or(a, b); }
static Value alias_ror(Value a, Value b) { return union_or(b, a); }

Type type_generic_alias = {
    .ob = {&type_type}, .name = "types.GenericAlias", .size = sizeof(AliasObj),
    .flags = TF_BASETYPE, .methods = ga_methods, .new_ = ga_new, .repr = ga_repr,
    .call = ga_call, .getattr = ga_getattr, .eq = ga_eq, .hash = ga_hash,
    .or_ = alias_or, .ror_ = alias_ror,
};

/* ---- types.UnionType ---- */

static bool unionable(Value v) {
    if (v == NONE || IS_TYPE(v)) return true;
    return !IS_SMALL(v) && (TYPE(v) == &type_generic_alias || TYPE(v) == &type_union);
}

static bool add_arg(Value list, Value v) {
    if (v == NONE) v = OBJ_VAL(&type_none);
    for (size_t i = 0; i < LIST_LEN(list); i++) {
        Value x = LIST_ITEMS(list)[i];
        if (x == v) return true;
        if (!IS_TYPE(x) && !IS_TYPE(v)) {
            int r = rt_eq(x, v);
            if (r < 0) return false;
            if (r) return true;
        }
    }
    return list_append(list, v);
}

static bool add_flat(Value list, Value v) {
    if (!IS_SMALL(v) && TYPE(v) == &type_union) {
        Value args = ((AliasObj *)v)->args;
        for (size_t i = 0; i < TUPLE_LEN(args); i++)
            if (!add_arg(list, TUPLE_ITEMS(args)[i])) return false;
        return true;
    }
    return add_arg(list, v);
}

Value union_or(Value a, Value b) {
    if (!unionable(a) || !unionable(b)) return NOTIMPL;
    Value l = list_new(0);
    if (!add_flat(l, a) || !add_flat(l, b)) return NIL;
    if (LIST_LEN(l) == 1) return LIST_ITEMS(l)[0];
    return alias_alloc(&type_union, NIL, list_as_tuple(l));
}

static Value union_repr(Value self) {
    AliasObj *a = (AliasObj *)self;
    StrBuf b;
    sb_init(&b);
    for (size_t i = 0; i < TUPLE_LEN(a->args); i++) {
        if (i) sb_adds(&b, " | ");
        if (!repr_item(&b, TUPLE_ITEMS(a->args)[i])) return NIL;
    }
    return sb_finish(&b);
}

static int contains_all(Value x, Value y) {
    for (size_t i = 0; i < TUPLE_LEN(x); i++) {
        bool found = false;
        for (size_t j = 0; j < TUPLE_LEN(y) && !found; j++) {
            int r = rt_eq(TUPLE_ITEMS(x)[i], TUPLE_ITEMS(y)[j]);
            if (r < 0) return -1;
            found = r;
        }
        if (!found) return 0;
    }
    return 1;
}

static Value union_eq(Value x, Value y) {
    if (IS_SMALL(y) || TYPE(y) != &type_union) return NOTIMPL;
    Value ax = ((AliasObj *)x)->args, ay = ((AliasObj *)y)->args;
    int r = contains_all(ax, ay);
    if (r > 0) r = contains_all(ay, ax);
    return r < 0 ? NIL : BOOL(r);
}

static intptr_t union_hash(Value self) {
    Value args = ((AliasObj *)self)->args;
    intptr_t h = 0x345678;
    for (size_t i = 0; i < TUPLE_LEN(args); i++) {
        intptr_t x = rt_hash(TUPLE_ITEMS(args)[i]);
        if (x == -1) return -1;
        h ^= x;
    }
    return h == -1 ? -2 : h;
}

static const MethodDef union_methods[] = {
    {"__args__", ga_get_args, METH_GETTER, NULL},
    {"__parameters__", ga_get_params, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL}};

Type type_union = {
    .ob = {&type_type}, .name = "types.UnionType", .size = sizeof(AliasObj),
    .methods = union_methods, .repr = union_repr, .eq = union_eq, .hash = union_hash,
    .or_ = alias_or, .ror_ = alias_ror,
};
