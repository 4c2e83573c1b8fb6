/* compile.c — AST to code objects: the lowering of every statement and
 * expression kind of ast.def onto the instruction set of opcodes.def.
 *
 * One Unit per code object being built (module, class body, function, lambda,
 * comprehension); units nest like the scopes of symtable.c.  A stack of
 * FBlocks per unit records the enclosing loops, try blocks, with blocks and
 * handlers so that return/break/continue can run what those blocks must run
 * on the way out (finally bodies are duplicated on those paths, as CPython).
 * Invariant: every emitted instruction carries the position of the AST node
 * being compiled; the exception handler of an instruction is the innermost
 * try/with/handler region it was emitted in (emit.c).
 */
#include "../runtime/cstack.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "compile.h"
#include "parse.h"
#include "emit.h"
#include "symtable.h"
#include "../runtime/errors.h"
#include "../runtime/str.h"
#include "../runtime/bytes.h"
#include "../runtime/containers.h"
#include "../runtime/names.h"
#include "../runtime/num.h"
#include "../runtime/abstract.h"

enum FBKind {
    FB_WHILE, FB_FOR, FB_ASYNC_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
    FB_WITH, FB_ASYNC_WITH, FB_HANDLER_CLEANUP, FB_EXC_HANDLER, FB_EG_HANDLER, FB_POP_VALUE,
};

typedef struct FBlock {
    int kind;
    Label cont, brk;          /* loops: continue and break targets */
    Node *node;               /* FINALLY_TRY: the Try (its finalbody); WITH: the With */
    Value name;               /* HANDLER_CLEANUP: the `except ... as name` or NIL */
    int outer_handler;        /* the exception handler active outside this block */
} FBlock;

enum ScopeType { ST_MODULE, ST_CLASS, ST_FUNCTION, ST_ASYNC_FUNCTION, ST_LAMBDA, ST_COMPREHENSION };

#define MAX_FBLOCKS 64

typedef struct Unit {
    Emit e;
    Scope *scope;
    struct Unit *parent;
    int scope_type;
    Value name, qualname;
    int firstlineno;
    int argcount, posonly, kwonly;
    Value slots;              /* dict name -> small int localsplus index */
    Value lp_names;           /* list */
    uint8_t *kinds;
    int nslots, kinds_cap, nfree;
    FBlock fb[MAX_FBLOCKS];
    int nfb;
    Value docstring;
} Unit;

typedef struct Comp {
    Unit *u;
    Value filename, source;
    SymTable *st;
    int mode;
    bool failed;
    int flags;                /* COMPILE_* (REPL: top-level await) */
    bool toplevel_await;      /* the module body awaited: its code is a coroutine */
} Comp;

/* REPL top-level await (COMPILE_TOPLEVEL_AWAIT): may the current unit use
 * await / async for / async with?  Only the module body itself qualifies. */
static bool toplevel_await_ok(Comp *c)
{
    if (!(c->flags & COMPILE_TOPLEVEL_AWAIT) || c->u->scope_type != ST_MODULE) return false;
    c->toplevel_await = true;
    return true;
}

static void compile_stmt(Comp *c, Node *s);
static void compile_stmts(Comp *c, NodeList *l);
static void compile_expr(Comp *c, Node *e);
static void compile_store(Comp *c, Node *t);
static void compile_jump_if(Comp *c, Node *e, bool cond, Label target);

#define E (&c->u->e)

static void check_compare(Comp *c, Node *e);
static void check_caller(Comp *c, Node *f);
static void check_subscript(Comp *c, Node *e);

/* ---- errors and positions ---- */

static void comp_error(Comp *c, Node *n, const char *msg)
{
    if (c->failed) return;
    c->failed = true;
    st_error_at(c->filename, c->source, n, msg);
}

/* Nesting deeper than the C stack allows: CPython's RecursionError. */
static void recursion_error(Comp *c)
{
    if (c->failed) return;
    c->failed = true;
    rt_raise(&exc_RecursionError, "maximum recursion depth exceeded during compilation");
}

static Pos node_pos(Node *n) { return (Pos){n->line, n->end_line, n->col, n->end_col}; }

static Pos set_pos(Comp *c, Node *n)
{
    Pos old = E->cur;
    if (n && n->line > 0) E->cur = node_pos(n);
    return old;
}

static inline int op(Comp *c, int opc, int arg) { return em_op(E, opc, arg); }

/* The implicit `return None` takes the line of the last instruction, as
 * CPython's line propagation gives it. */
static void implicit_return_pos(Comp *c)
{
    int line = E->n ? E->pos[E->n - 1].line : c->u->firstlineno;
    E->cur = (Pos){line, line, -1, -1};
}
static inline void load_const(Comp *c, Value v) { op(c, OP_LOAD_CONST, em_const(E, v)); }
static inline void op_name(Comp *c, int opc, Value name) { op(c, opc, em_name(E, name)); }

/* The await loop shared by await, yield from, async with and async for:
 *   L: SEND exit; YIELD_VALUE; JUMP L; exit:
 * Stack: receiver value -> result */
static void yield_from_loop(Comp *c)
{
    Label top = em_new_label(E), exit = em_new_label(E);
    em_label(E, top);
    op(c, OP_SEND, exit);          /* Stack: receiver yielded | result (jump) */
    op(c, OP_YIELD_VALUE, 0);      /* Stack: receiver sent */
    op(c, OP_JUMP, top);
    em_label(E, exit);
}

static void await_loop(Comp *c, int where)
{
    op(c, OP_GET_AWAITABLE, where);
    load_const(c, NONE);
    yield_from_loop(c);
}

/* ---- units and localsplus ---- */

static int add_slot(Unit *u, Value name, int kind)
{
    if (u->nslots == u->kinds_cap) {
        int cap = u->kinds_cap ? 2 * u->kinds_cap : 16;
        uint8_t *k = GC_MALLOC_ATOMIC(cap);
        if (u->nslots) memcpy(k, u->kinds, u->nslots);
        u->kinds = k;
        u->kinds_cap = cap;
    }
    u->kinds[u->nslots] = (uint8_t)kind;
    list_append(u->lp_names, name);
    dict_set_str(u->slots, name, MK_SMALL(u->nslots));
    return u->nslots++;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(str_cstr(*(const Value *)a), str_cstr(*(const Value *)b));
}

/* Names of s whose symbol matches (scope == sc) or has DEF_FREE_CLASS, sorted. */
static Value sorted_names(Scope *s, int sc, bool free_class)
{
    Value l = list_new(0);
    size_t pos = 0;
    Value name, v;
    while (dict_next(s->symbols, &pos, &name, &v)) {
        int fl = (int)SMALL_VAL(v);
        int scope = (fl >> SCOPE_SHIFT) & SCOPE_MASK;
        if (scope == sc || (free_class && (fl & DEF_FREE_CLASS))) list_append(l, name);
    }
    if (LIST_LEN(l) > 1) qsort(LIST_ITEMS(l), LIST_LEN(l), sizeof(Value), cmp_names);
    return l;
}

/* CPython 3.11 localsplus layout: parameters, other locals, cells that are
 * not parameters, then free variables. */
static void layout_slots(Unit *u)
{
    Scope *s = u->scope;
    if (s->type == BLOCK_FUNCTION) {
        for (size_t i = 0; i < LIST_LEN(s->varnames); i++) {
            Value name = LIST_ITEMS(s->varnames)[i];
            int kind = LK_ARG | LK_LOCAL;
            if (st_scope(s, name) == SC_CELL) kind |= LK_CELL;
            add_slot(u, name, kind);
        }
        size_t pos = 0;
        Value name, v;
        while (dict_next(s->symbols, &pos, &name, &v)) {
            int fl = (int)SMALL_VAL(v);
            if (((fl >> SCOPE_SHIFT) & SCOPE_MASK) == SC_LOCAL && !(fl & DEF_PARAM))
                add_slot(u, name, LK_LOCAL);
        }
    }
    Value cells = sorted_names(s, SC_CELL, false);
    for (size_t i = 0; i < LIST_LEN(cells); i++) {
        Value name = LIST_ITEMS(cells)[i];
        if (dict_get_str(u->slots, name) == NIL) add_slot(u, name, LK_CELL);
    }
    if (s->type == BLOCK_CLASS && s->needs_class_closure) add_slot(u, NM(__class__), LK_CELL);
    Value frees = sorted_names(s, SC_FREE, s->type == BLOCK_CLASS);
    for (size_t i = 0; i < LIST_LEN(frees); i++) add_slot(u, LIST_ITEMS(frees)[i], LK_FREE);
    u->nfree = (int)LIST_LEN(frees);
}

static int slot_of(Unit *u, Value name)
{
    Value v = dict_get_str(u->slots, name);
    return v == NIL ? -1 : (int)SMALL_VAL(v);
}

static Unit *enter_unit(Comp *c, Scope *s, int scope_type, Value name, Value qualname, int firstlineno)
{
    Unit *u = GC_MALLOC(sizeof *u);
    em_init(&u->e);
    u->scope = s;
    u->parent = c->u;
    u->scope_type = scope_type;
    u->name = name;
    u->qualname = qualname;
    u->firstlineno = firstlineno;
    u->slots = dict_new();
    u->lp_names = list_new(0);
    u->docstring = NONE;
    c->u = u;
    layout_slots(u);
    u->e.cur = (Pos){firstlineno, firstlineno, -1, -1};
    /* prologue: cells, then the closure's free variables */
    for (int i = 0; i < u->nslots; i++)
        if (u->kinds[i] & LK_CELL) op(c, OP_MAKE_CELL, i);
    if (u->nfree) op(c, OP_COPY_FREE_VARS, u->nfree);
    return u;
}

static CodeObj *leave_unit(Comp *c)
{
    Unit *u = c->u;
    CodeObj *co = code_new();
    em_finish(&u->e, co);
    co->name = u->name;
    co->qualname = u->qualname;
    co->filename = c->filename;
    co->firstlineno = u->firstlineno;
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonly;
    co->kwonlyargcount = u->kwonly;
    co->nlocalsplus = u->nslots;
    co->nfree = u->nfree;
    co->localsplusnames = list_as_tuple(u->lp_names);
    co->localspluskinds = u->kinds ? u->kinds : GC_MALLOC_ATOMIC(1);
    co->docstring = u->docstring;
    co->source = c->source;
    Scope *s = u->scope;
    uint32_t fl = 0;
    if (u->scope_type == ST_MODULE) fl |= CO_MODULE | (c->toplevel_await ? CO_COROUTINE : 0);
    else if (u->scope_type == ST_CLASS) fl |= CO_MODULE | CO_CLASS;
    else {
        if (s->varargs) fl |= CO_VARARGS;
        if (s->varkeywords) fl |= CO_VARKEYWORDS;
        if (s->nested) fl |= CO_NESTED;
        if (s->generator && s->coroutine) fl |= CO_ASYNC_GENERATOR;
        else if (s->generator) fl |= CO_GENERATOR;
        else if (s->coroutine) fl |= CO_COROUTINE;
    }
    co->flags = fl;
    c->u = u->parent;
    return co;
}

static bool is_function_unit(Unit *u) { return u->scope->type == BLOCK_FUNCTION; }

/* CPython's __qualname__ rule: nested in a function -> parent.<locals>.name,
 * in a class -> Class.name, unless declared global in the parent. */
static Value make_qualname(Comp *c, Value name, bool is_def)
{
    Unit *p = c->u;
    if (!p || p->scope_type == ST_MODULE) return name;
    if (is_def) {
        Value mangled = st_mangle(p->scope->private_name, name);
        if (st_scope(p->scope, mangled) == SC_GLOBAL_EXPLICIT) return name;
    }
    if (p->scope_type == ST_FUNCTION || p->scope_type == ST_ASYNC_FUNCTION || p->scope_type == ST_LAMBDA)
        return str_printf("%s.<locals>.%s", str_cstr(p->qualname), str_cstr(name));
    return str_printf("%s.%s", str_cstr(p->qualname), str_cstr(name));
}

/* ---- names ---- */

enum { NOP_FAST, NOP_GLOBAL, NOP_DEREF, NOP_NAME };

static void compile_name(Comp *c, Value id, int ctx)
{
    Unit *u = c->u;
    Value name = st_mangle(u->scope->private_name, id);
    if (ctx == CTX_LOAD && strcmp(str_cstr(name), "__debug__") == 0) {
        load_const(c, TRUE_V);
        return;
    }
    int sc = st_scope(u->scope, name);
    int kind = NOP_NAME;
    switch (sc) {
    case SC_FREE: case SC_CELL: kind = NOP_DEREF; break;
    case SC_LOCAL: if (is_function_unit(u)) kind = NOP_FAST; break;
    case SC_GLOBAL_IMPLICIT: if (is_function_unit(u)) kind = NOP_GLOBAL; break;
    case SC_GLOBAL_EXPLICIT: kind = NOP_GLOBAL; break;
    default: break;
    }
    if (kind == NOP_FAST || kind == NOP_DEREF) {
        int slot = slot_of(u, name);
        if (slot < 0) kind = is_function_unit(u) ? NOP_GLOBAL : NOP_NAME;  /* defensive */
        else {
            static const int fast[] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST};
            static const int deref[] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF};
            int o = kind == NOP_FAST ? fast[ctx] : deref[ctx];
            if (o == OP_LOAD_DEREF && u->scope->type == BLOCK_CLASS) o = OP_LOAD_CLASSDEREF;
            op(c, o, slot);
            return;
        }
    }
    static const int glob[] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL};
    static const int nm[] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME};
    op_name(c, kind == NOP_GLOBAL ? glob[ctx] : nm[ctx], name);
}

static Value mangled_attr(Comp *c, Value attr)
{
    return st_mangle(c->u->scope->private_name, attr);
}

/* ---- fblocks and unwinding ---- */

static FBlock *push_fblock(Comp *c, Node *where, int kind, Label cont, Label brk)
{
    Unit *u = c->u;
    if (u->nfb >= MAX_FBLOCKS) {
        comp_error(c, where, "too many statically nested blocks");
        return NULL;
    }
    FBlock *f = &u->fb[u->nfb++];
    f->kind = kind;
    f->cont = cont;
    f->brk = brk;
    f->node = NULL;
    f->name = NIL;
    f->outer_handler = em_handler(E);
    return f;
}

static void pop_fblock(Comp *c) { c->u->nfb--; }

static void call_exit_with_nones(Comp *c)
{
    load_const(c, NONE);
    load_const(c, NONE);
    load_const(c, NONE);
    op(c, OP_CALL, 3);
}

/* Emit what leaving block f early requires.  preserve_tos: a return value sits
 * on top of the stack and must survive. */
static void unwind_fblock(Comp *c, FBlock *f, bool preserve_tos)
{
    em_set_handler(E, f->outer_handler);
    switch (f->kind) {
    case FB_WHILE: case FB_EXC_HANDLER: case FB_EG_HANDLER: case FB_TRY_EXCEPT:
        break;
    case FB_FOR: case FB_ASYNC_FOR:
        /* Stack: iter [value] -> [value] */
        if (preserve_tos) op(c, OP_SWAP, 2);
        op(c, OP_POP_TOP, 0);
        break;
    case FB_FINALLY_TRY: {
        /* the finally body, inlined on this path */
        if (preserve_tos) push_fblock(c, f->node, FB_POP_VALUE, 0, 0);
        Pos old = E->cur;
        compile_stmts(c, f->node->u.Try.finalbody);
        E->cur = old;
        if (preserve_tos) pop_fblock(c);
        break;
    }
    case FB_FINALLY_END:
        /* Stack: prev exc [value] -> [value] */
        if (preserve_tos) op(c, OP_SWAP, 2);
        op(c, OP_POP_TOP, 0);
        if (preserve_tos) op(c, OP_SWAP, 2);
        op(c, OP_POP_EXCEPT, 0);
        break;
    case FB_WITH: case FB_ASYNC_WITH: {
        /* Stack: exit [value] -> [value]; exit(None, None, None) */
        Pos old = set_pos(c, f->node);
        if (preserve_tos) op(c, OP_SWAP, 2);
        call_exit_with_nones(c);
        if (f->kind == FB_ASYNC_WITH) await_loop(c, 2);
        op(c, OP_POP_TOP, 0);
        E->cur = old;
        break;
    }
    case FB_HANDLER_CLEANUP:
        /* Stack: prev [value] -> [value]; restore the handled exception */
        if (preserve_tos) op(c, OP_SWAP, 2);
        op(c, OP_POP_EXCEPT, 0);
        if (f->name != NIL) {
            load_const(c, NONE);
            compile_name(c, f->name, CTX_STORE);
            compile_name(c, f->name, CTX_DEL);
        }
        break;
    case FB_POP_VALUE:
        if (preserve_tos) op(c, OP_SWAP, 2);
        op(c, OP_POP_TOP, 0);
        break;
    }
}

static bool is_loop(FBlock *f) { return f->kind == FB_WHILE || f->kind == FB_FOR || f->kind == FB_ASYNC_FOR; }

/* Unwind blocks from the innermost outwards, stopping below the innermost
 * loop when stop_at_loop.  Returns the loop's index or -1. */
static int unwind_fblock_stack(Comp *c, Node *s, bool preserve_tos, bool stop_at_loop)
{
    Unit *u = c->u;
    if (u->nfb == 0 || c->failed) return -1;
    FBlock *top = &u->fb[u->nfb - 1];
    if (top->kind == FB_EG_HANDLER) {
        comp_error(c, s, "'break', 'continue' and 'return' cannot appear in an except* block");
        return -1;
    }
    if (stop_at_loop && is_loop(top)) return u->nfb - 1;
    FBlock copy = *top;
    u->nfb--;
    unwind_fblock(c, &copy, preserve_tos);
    int r = unwind_fblock_stack(c, s, preserve_tos, stop_at_loop);
    u->fb[u->nfb++] = copy;
    return r;
}

/* ---- statements ---- */

static Value docstring_of(NodeList *body)
{
    if (body->n == 0) return NIL;
    Node *s = body->items[0];
    if (s->kind != K_Expr || s->u.Expr.value->kind != K_Constant) return NIL;
    Value v = s->u.Expr.value->u.Constant.value;
    return str_check(v) ? v : NIL;
}

/* Does the block contain an annotated assignment (outside nested defs)? */
static bool find_ann(NodeList *l)
{
    for (int i = 0; i < l->n; i++) {
        Node *s = l->items[i];
        switch (s->kind) {
        case K_AnnAssign: return true;
        case K_For: if (find_ann(s->u.For.body) || find_ann(s->u.For.orelse)) return true; break;
        case K_While: if (find_ann(s->u.While.body) || find_ann(s->u.While.orelse)) return true; break;
        case K_If: if (find_ann(s->u.If.body) || find_ann(s->u.If.orelse)) return true; break;
        case K_With: if (find_ann(s->u.With.body)) return true; break;
        case K_Try:
            if (find_ann(s->u.Try.body) || find_ann(s->u.Try.orelse) || find_ann(s->u.Try.finalbody)) return true;
            for (int j = 0; j < s->u.Try.handlers->n; j++)
                if (find_ann(s->u.Try.handlers->items[j]->u.ExceptHandler.body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

static void compile_stmts(Comp *c, NodeList *l)
{
    for (int i = 0; i < l->n && !c->failed; i++) compile_stmt(c, l->items[i]);
}

/* Push the closure tuple for child scope cs (if it has free variables).
 * Returns the MAKE_FUNCTION flag bit 8 or 0. */
static int make_closure(Comp *c, CodeObj *co)
{
    if (!co->nfree) return 0;
    int first = co->nlocalsplus - co->nfree;
    for (int i = 0; i < co->nfree; i++) {
        Value name = TUPLE_ITEMS(co->localsplusnames)[first + i];
        int slot = slot_of(c->u, name);
        if (slot < 0) {
            comp_error(c, NULL, "internal error: no closure cell");
            return 0;
        }
        op(c, OP_LOAD_CLOSURE, slot);
    }
    op(c, OP_BUILD_TUPLE, co->nfree);
    return 8;
}

/* Stack: [defaults] [kwdefaults] [annotations] -> function */
static void make_function(Comp *c, CodeObj *co, int flags)
{
    flags |= make_closure(c, co);
    load_const(c, OBJ_VAL(co));
    op(c, OP_MAKE_FUNCTION, flags);
}

/* Stack: -> [defaults tuple] [kwdefaults dict]; returns MAKE_FUNCTION flags */
static int compile_defaults(Comp *c, Node *a)
{
    int flags = 0;
    NodeList *d = a->u.arguments.defaults;
    if (d->n) {
        for (int i = 0; i < d->n; i++) compile_expr(c, d->items[i]);
        op(c, OP_BUILD_TUPLE, d->n);
        flags |= 1;
    }
    NodeList *kw = a->u.arguments.kwonlyargs, *kwd = a->u.arguments.kw_defaults;
    int n = 0;
    for (int i = 0; i < kw->n && i < kwd->n; i++) {
        if (!kwd->items[i]) continue;
        load_const(c, mangled_attr(c, kw->items[i]->u.arg.arg));
        compile_expr(c, kwd->items[i]);
        n++;
    }
    if (n) {
        op(c, OP_BUILD_MAP, n);
        flags |= 2;
    }
    return flags;
}

static int ann_args(Comp *c, NodeList *l)
{
    int n = 0;
    for (int i = 0; i < l->n; i++) {
        Node *a = l->items[i];
        if (!a->u.arg.annotation) continue;
        load_const(c, mangled_attr(c, a->u.arg.arg));
        compile_expr(c, a->u.arg.annotation);
        n++;
    }
    return n;
}

/* Stack: -> [annotations dict]; returns flag 4 or 0 (CPython 3.11's order). */
static int compile_annotations(Comp *c, Node *a, Node *returns)
{
    int n = ann_args(c, a->u.arguments.args);
    n += ann_args(c, a->u.arguments.posonlyargs);
    if (a->u.arguments.vararg && a->u.arguments.vararg->u.arg.annotation) {
        load_const(c, mangled_attr(c, a->u.arguments.vararg->u.arg.arg));
        compile_expr(c, a->u.arguments.vararg->u.arg.annotation);
        n++;
    }
    n += ann_args(c, a->u.arguments.kwonlyargs);
    if (a->u.arguments.kwarg && a->u.arguments.kwarg->u.arg.annotation) {
        load_const(c, mangled_attr(c, a->u.arguments.kwarg->u.arg.arg));
        compile_expr(c, a->u.arguments.kwarg->u.arg.annotation);
        n++;
    }
    if (returns) {
        load_const(c, str_intern("return"));
        compile_expr(c, returns);
        n++;
    }
    if (!n) return 0;
    op(c, OP_BUILD_MAP, n);
    return 4;
}

static void set_arg_counts(Unit *u, Node *a)
{
    u->posonly = a->u.arguments.posonlyargs->n;
    u->argcount = u->posonly + a->u.arguments.args->n;
    u->kwonly = a->u.arguments.kwonlyargs->n;
}

/* @d1 @d2 def f(a=D, *, k=K) -> R: BODY
 *     d1; d2; [D..., BUILD_TUPLE]; [{'k': K}]; [{'a': A, 'return': R}]; [closure]
 *     LOAD_CONST <code f>; MAKE_FUNCTION flags
 *     CALL 1 (d2); CALL 1 (d1); STORE f
 * Stack: -> function (stored) */
static void compile_funcdef(Comp *c, Node *s)
{
    NodeList *decos = s->u.FunctionDef.decorator_list;
    Node *a = s->u.FunctionDef.args;
    for (int i = 0; i < decos->n; i++) compile_expr(c, decos->items[i]);
    int flags = compile_defaults(c, a);
    flags |= compile_annotations(c, a, s->u.FunctionDef.returns);
    Scope *fs = st_child(c->u->scope, s);
    if (!fs || c->failed) return;
    int first = decos->n ? decos->items[0]->line : s->line;
    Value name = s->u.FunctionDef.name;
    Value qual = make_qualname(c, name, true);
    Pos outer = E->cur;
    Unit *u = enter_unit(c, fs, s->u.FunctionDef.is_async ? ST_ASYNC_FUNCTION : ST_FUNCTION, name, qual, first);
    set_arg_counts(u, a);
    NodeList *body = s->u.FunctionDef.body;
    Value doc = docstring_of(body);
    int start = 0;
    if (doc != NIL) {
        u->docstring = doc;
        start = 1;
    }
    for (int i = start; i < body->n && !c->failed; i++) compile_stmt(c, body->items[i]);
    if (E->reachable) {
        implicit_return_pos(c);
        load_const(c, NONE);
        op(c, OP_RETURN_VALUE, 0);
    }
    CodeObj *co = leave_unit(c);
    E->cur = outer;
    if (c->failed) return;
    make_function(c, co, flags);
    for (int i = decos->n - 1; i >= 0; i--) {
        Pos old = set_pos(c, decos->items[i]);
        op(c, OP_CALL, 1);
        E->cur = old;
    }
    compile_name(c, name, CTX_STORE);
}

/* Push the arguments of a call whose callable (and `npre` leading positional
 * values) are already on the stack, then emit the call.
 * Plain:     args...; [kw values...; KW_NAMES names]; CALL n
 * With * / **: [pre..., args...] as a tuple, keywords as a dict; CALL_FUNCTION_EX */
static void call_helper(Comp *c, int npre, NodeList *args, NodeList *kws, Node *call)
{
    bool ex = false;
    for (int i = 0; i < args->n; i++) if (args->items[i]->kind == K_Starred) ex = true;
    for (int i = 0; i < kws->n; i++) if (kws->items[i]->u.keyword.arg == NIL) ex = true;
    if (!ex) {
        for (int i = 0; i < args->n; i++) compile_expr(c, args->items[i]);
        for (int i = 0; i < kws->n; i++) compile_expr(c, kws->items[i]->u.keyword.value);
        Pos old = set_pos(c, call);
        if (kws->n) {
            Value names = tuple_new(kws->n);
            for (int i = 0; i < kws->n; i++) TUPLE_ITEMS(names)[i] = kws->items[i]->u.keyword.arg;
            op(c, OP_KW_NAMES, em_const(E, names));
        }
        op(c, OP_CALL, npre + args->n + kws->n);
        E->cur = old;
        return;
    }
    /* Stack: f pre... -> f args (f(*a) alone passes a as is: CALL_FUNCTION_EX
     * converts it and names the function in its error, as CPython) */
    int i = 0;
    if (npre == 0 && args->n == 1 && args->items[0]->kind == K_Starred) {
        compile_expr(c, args->items[0]->u.Starred.value);
        i = 1;
    } else {
        while (i < args->n && args->items[i]->kind != K_Starred) compile_expr(c, args->items[i++]);
        op(c, OP_BUILD_LIST, npre + i);
    }
    for (; i < args->n; i++) {
        Node *a = args->items[i];
        if (a->kind == K_Starred) {
            compile_expr(c, a->u.Starred.value);
            op(c, OP_LIST_EXTEND, 1);
        } else {
            compile_expr(c, a);
            op(c, OP_LIST_APPEND, 1);
        }
    }
    if (!(npre == 0 && args->n == 1 && args->items[0]->kind == K_Starred)) op(c, OP_LIST_TO_TUPLE, 0);
    int flags = 0;
    if (kws->n) {
        /* Stack: f args -> f args kwargs */
        bool have = false;
        int nseen = 0;
        for (int k = 0; k < kws->n; k++) {
            Node *kw = kws->items[k];
            if (kw->u.keyword.arg == NIL) {
                if (nseen) {
                    op(c, OP_BUILD_MAP, nseen);
                    if (have) op(c, OP_DICT_MERGE, 1);
                    have = true;
                    nseen = 0;
                }
                if (!have) {
                    op(c, OP_BUILD_MAP, 0);
                    have = true;
                }
                compile_expr(c, kw->u.keyword.value);
                Pos old = set_pos(c, call);
                op(c, OP_DICT_MERGE, 1);
                E->cur = old;
            } else {
                load_const(c, kw->u.keyword.arg);
                compile_expr(c, kw->u.keyword.value);
                nseen++;
            }
        }
        if (nseen) {
            op(c, OP_BUILD_MAP, nseen);
            if (have) op(c, OP_DICT_MERGE, 1);
        }
        flags = 1;
    }
    Pos old = set_pos(c, call);
    op(c, OP_CALL_FUNCTION_EX, flags);
    E->cur = old;
}

/* @d class C(B1, B2, metaclass=M): BODY
 *     d; LOAD_BUILD_CLASS; LOAD_CONST <code C>; MAKE_FUNCTION [closure]
 *     LOAD_CONST 'C'; B1; B2; M; KW_NAMES ('metaclass',); CALL 4
 *     CALL 1 (d); STORE C
 * The body code runs with a locals dict (CO_CLASS) and returns the
 * __class__ cell (stored as __classcell__) or None. */
static void compile_classdef(Comp *c, Node *s)
{
    NodeList *decos = s->u.ClassDef.decorator_list;
    for (int i = 0; i < decos->n; i++) compile_expr(c, decos->items[i]);
    Scope *cs = st_child(c->u->scope, s);
    if (!cs || c->failed) return;
    Value name = s->u.ClassDef.name;
    Value qual = make_qualname(c, name, true);
    int first = decos->n ? decos->items[0]->line : s->line;
    Pos outer = E->cur;
    Unit *u = enter_unit(c, cs, ST_CLASS, name, qual, first);
    E->cur = node_pos(s);
    E->cur.end_line = s->line;
    /* Stack: -> ; __module__ = __name__; __qualname__ = 'C' */
    op_name(c, OP_LOAD_NAME, NM(__name__));
    op_name(c, OP_STORE_NAME, NM(__module__));
    load_const(c, qual);
    op_name(c, OP_STORE_NAME, NM(__qualname__));
    NodeList *body = s->u.ClassDef.body;
    Value doc = docstring_of(body);
    int start = 0;
    if (doc != NIL) {
        u->docstring = doc;
        Pos old = set_pos(c, body->items[0]);
        load_const(c, doc);
        op_name(c, OP_STORE_NAME, NM(__doc__));
        E->cur = old;
        start = 1;
    }
    if (find_ann(body)) op(c, OP_SETUP_ANNOTATIONS, 0);
    for (int i = start; i < body->n && !c->failed; i++) compile_stmt(c, body->items[i]);
    E->cur = (Pos){s->line, s->line, -1, -1};
    if (cs->needs_class_closure) {
        /* Stack: -> cell (returned to __build_class__, which fills it) */
        op(c, OP_LOAD_CLOSURE, slot_of(u, NM(__class__)));
        op(c, OP_COPY, 1);
        op_name(c, OP_STORE_NAME, NM(__classcell__));
    } else {
        load_const(c, NONE);
    }
    op(c, OP_RETURN_VALUE, 0);
    CodeObj *co = leave_unit(c);
    E->cur = outer;
    if (c->failed) return;
    /* Stack: -> build_class func name bases... */
    op(c, OP_LOAD_BUILD_CLASS, 0);
    make_function(c, co, 0);
    load_const(c, name);
    call_helper(c, 2, s->u.ClassDef.bases, s->u.ClassDef.keywords, s);
    for (int i = decos->n - 1; i >= 0; i--) {
        Pos old = set_pos(c, decos->items[i]);
        op(c, OP_CALL, 1);
        E->cur = old;
    }
    compile_name(c, name, CTX_STORE);
}

/* return V:  V; <unwind enclosing blocks, keeping V>; RETURN_VALUE */
static void compile_return(Comp *c, Node *s)
{
    Node *v = s->u.Return.value;
    Unit *u = c->u;
    if (!is_function_unit(u)) {
        comp_error(c, s, "'return' outside function");
        return;
    }
    if (v && u->scope->coroutine && u->scope->generator) {
        comp_error(c, s, "'return' with value in async generator");
        return;
    }
    bool preserve = v && v->kind != K_Constant;
    if (preserve) compile_expr(c, v);
    int h = em_handler(E);
    unwind_fblock_stack(c, s, preserve, false);
    if (!v) load_const(c, NONE);
    else if (!preserve) {
        Pos old = set_pos(c, v);
        load_const(c, v->u.Constant.value);
        E->cur = old;
    }
    op(c, OP_RETURN_VALUE, 0);
    em_set_handler(E, h);
}

static void compile_break_continue(Comp *c, Node *s, bool is_break)
{
    int h = em_handler(E);
    int loop = unwind_fblock_stack(c, s, false, true);
    if (c->failed) return;
    if (loop < 0) {
        comp_error(c, s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    FBlock *f = &c->u->fb[loop];
    if (is_break) {
        FBlock copy = *f;
        unwind_fblock(c, &copy, false);
        op(c, OP_JUMP, f->brk);
    } else {
        em_set_handler(E, f->outer_handler);
        op(c, OP_JUMP, f->cont);
    }
    em_set_handler(E, h);
}

/* if T: BODY else: ORELSE
 *     <T false -> else>; BODY; JUMP end
 *   else: ORELSE
 *   end: */
static void compile_if(Comp *c, Node *s)
{
    Label end = em_new_label(E);
    Label els = s->u.If.orelse->n ? em_new_label(E) : end;
    compile_jump_if(c, s->u.If.test, false, els);
    compile_stmts(c, s->u.If.body);
    if (s->u.If.orelse->n) {
        op(c, OP_JUMP, end);
        em_label(E, els);
        compile_stmts(c, s->u.If.orelse);
    }
    em_label(E, end);
}

static bool is_true_const(Node *e)
{
    if (e->kind != K_Constant) return false;
    Value v = e->u.Constant.value;
    return v == TRUE_V || (IS_SMALL(v) && SMALL_VAL(v) != 0);
}

/* while T: BODY else: ORELSE
 *   top: <T false -> orelse>; BODY (continue -> top, break -> end); JUMP top
 *   orelse: ORELSE
 *   end: */
static void compile_while(Comp *c, Node *s)
{
    Label top = em_new_label(E), orelse = em_new_label(E), end = em_new_label(E);
    em_label(E, top);
    if (!is_true_const(s->u.While.test)) compile_jump_if(c, s->u.While.test, false, orelse);
    if (!push_fblock(c, s, FB_WHILE, top, end)) return;
    compile_stmts(c, s->u.While.body);
    pop_fblock(c);
    op(c, OP_JUMP, top);
    em_label(E, orelse);
    compile_stmts(c, s->u.While.orelse);
    em_label(E, end);
}

/* for T in I: BODY else: ORELSE
 *     I; GET_ITER                      Stack: it
 *   top: FOR_ITER orelse               Stack: it v
 *     STORE T; BODY                    Stack: it   (continue -> top; break -> POP_TOP, JUMP end)
 *     JUMP top
 *   orelse: ORELSE                     Stack: (FOR_ITER popped it)
 *   end: */
static void compile_for(Comp *c, Node *s)
{
    Label top = em_new_label(E), orelse = em_new_label(E), end = em_new_label(E);
    compile_expr(c, s->u.For.iter);
    op(c, OP_GET_ITER, 0);
    em_label(E, top);
    op(c, OP_FOR_ITER, orelse);
    compile_store(c, s->u.For.target);
    if (!push_fblock(c, s, FB_FOR, top, end)) return;
    compile_stmts(c, s->u.For.body);
    pop_fblock(c);
    op(c, OP_JUMP, top);
    em_label(E, orelse);
    compile_stmts(c, s->u.For.orelse);
    em_label(E, end);
}

/* async for T in A: BODY else: ORELSE
 *     A; GET_AITER                       Stack: aiter
 *   top: (handler -> except, depth keeps aiter)
 *     GET_ANEXT; LOAD_CONST None; <await loop>   Stack: aiter value
 *     (end of handler range)
 *     STORE T; BODY; JUMP top            (break -> POP_TOP, JUMP end)
 *   except: END_ASYNC_FOR                Stack: aiter exc -> (StopAsyncIteration) else re-raise
 *     ORELSE
 *   end: */
static void compile_async_for(Comp *c, Node *s)
{
    if (c->u->scope_type != ST_ASYNC_FUNCTION && !toplevel_await_ok(c)) {
        comp_error(c, s, "'async for' outside async function");
        return;
    }
    Label top = em_new_label(E), except = em_new_label(E), end = em_new_label(E);
    compile_expr(c, s->u.For.iter);
    op(c, OP_GET_AITER, 0);
    em_label(E, top);
    int h = em_push_handler(E, except, E->depth);
    op(c, OP_GET_ANEXT, 0);
    load_const(c, NONE);
    yield_from_loop(c);
    em_set_handler(E, h);
    compile_store(c, s->u.For.target);
    if (!push_fblock(c, s, FB_ASYNC_FOR, top, end)) return;
    compile_stmts(c, s->u.For.body);
    pop_fblock(c);
    op(c, OP_JUMP, top);
    em_label(E, except);
    op(c, OP_END_ASYNC_FOR, 0);
    compile_stmts(c, s->u.For.orelse);
    em_label(E, end);
}

/* The exceptional exit shared by with / async with and try handlers:
 *   cleanup: SWAP 2; POP_EXCEPT; RERAISE      Stack: prev exc2 -> */
static void pop_except_and_reraise(Comp *c)
{
    op(c, OP_SWAP, 2);
    op(c, OP_POP_EXCEPT, 0);
    op(c, OP_RERAISE, 0);
}

/* with M as V: BODY   (several items nest: with A: with B: BODY)
 *     M; BEFORE_WITH                    Stack: exit res
 *     (handler -> exc, depth keeps exit)
 *     STORE V | POP_TOP                 Stack: exit
 *     BODY
 *     (end of handler range)
 *     LOAD_CONST None x3; CALL 3; POP_TOP   exit(None, None, None)
 *     JUMP end
 *   exc: (handler -> cleanup)           Stack: exit exc
 *     PUSH_EXC_INFO                     Stack: exit prev exc
 *     WITH_EXCEPT_START                 Stack: exit prev exc res
 *     POP_JUMP_IF_TRUE suppress; RERAISE
 *   cleanup: SWAP 2; POP_EXCEPT; RERAISE
 *   suppress: POP_TOP; POP_EXCEPT; POP_TOP      Stack: exit prev exc ->
 *   end:
 * async with: BEFORE_ASYNC_WITH; GET_AWAITABLE 1 + await loop after the
 * enter call, GET_AWAITABLE 2 + await loop after each exit call. */
static void compile_with_item(Comp *c, Node *s, int i)
{
    bool is_async = s->u.With.is_async != 0;
    Node *item = s->u.With.items->items[i];
    Label exc = em_new_label(E), cleanup = em_new_label(E), suppress = em_new_label(E), end = em_new_label(E);
    compile_expr(c, item->u.withitem.context_expr);
    Pos old = set_pos(c, s);
    if (is_async) {
        op(c, OP_BEFORE_ASYNC_WITH, 0);
        await_loop(c, 1);
    } else {
        op(c, OP_BEFORE_WITH, 0);
    }
    E->cur = old;
    int h0 = em_push_handler(E, exc, E->depth - 1);
    FBlock *f = push_fblock(c, s, is_async ? FB_ASYNC_WITH : FB_WITH, 0, 0);
    if (!f) return;
    f->node = s;
    f->outer_handler = h0;
    if (item->u.withitem.optional_vars) compile_store(c, item->u.withitem.optional_vars);
    else op(c, OP_POP_TOP, 0);
    if (i + 1 < s->u.With.items->n) compile_with_item(c, s, i + 1);
    else compile_stmts(c, s->u.With.body);
    pop_fblock(c);
    em_set_handler(E, h0);
    old = set_pos(c, s);
    call_exit_with_nones(c);
    if (is_async) await_loop(c, 2);
    op(c, OP_POP_TOP, 0);
    op(c, OP_JUMP, end);
    em_label(E, exc);
    em_push_handler(E, cleanup, E->depth);
    op(c, OP_PUSH_EXC_INFO, 0);
    op(c, OP_WITH_EXCEPT_START, 0);
    if (is_async) await_loop(c, 2);
    op(c, OP_POP_JUMP_IF_TRUE, suppress);
    op(c, OP_RERAISE, 0);
    em_set_handler(E, h0);
    em_label(E, cleanup);
    pop_except_and_reraise(c);
    em_label(E, suppress);
    op(c, OP_POP_TOP, 0);
    op(c, OP_POP_EXCEPT, 0);
    op(c, OP_POP_TOP, 0);
    em_label(E, end);
    E->cur = old;
}

static void compile_with(Comp *c, Node *s)
{
    if (s->u.With.is_async && c->u->scope_type != ST_ASYNC_FUNCTION && !toplevel_await_ok(c)) {
        comp_error(c, s, "'async with' outside async function");
        return;
    }
    compile_with_item(c, s, 0);
}

/* try: BODY except E as n: H ... else: ORELSE
 *     (handler -> except)
 *     BODY
 *     (end of handler range)
 *     ORELSE; JUMP end
 *   except: (handler -> cleanup)        Stack: exc
 *     PUSH_EXC_INFO                     Stack: prev exc
 *     E; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next    Stack: prev exc
 *     STORE n | POP_TOP                 Stack: prev
 *     (handler -> cleanup_n if named)   H
 *     POP_EXCEPT; [n = None; del n]; JUMP end
 *   cleanup_n: n = None; del n; RERAISE Stack: prev exc2
 *   next: ... ; RERAISE                 (no handler matched)
 *   cleanup: SWAP 2; POP_EXCEPT; RERAISE
 *   end: */
static void compile_try_except(Comp *c, Node *s)
{
    Label except = em_new_label(E), cleanup = em_new_label(E), end = em_new_label(E);
    int d0 = E->depth;
    int h0 = em_push_handler(E, except, d0);
    if (!push_fblock(c, s, FB_TRY_EXCEPT, 0, 0)) return;
    c->u->fb[c->u->nfb - 1].outer_handler = h0;
    compile_stmts(c, s->u.Try.body);
    pop_fblock(c);
    em_set_handler(E, h0);
    compile_stmts(c, s->u.Try.orelse);
    op(c, OP_JUMP, end);
    em_label(E, except);
    Pos old = E->cur;
    int h1_prev = em_push_handler(E, cleanup, d0 + 1);
    (void)h1_prev;
    int h1 = em_handler(E);
    op(c, OP_PUSH_EXC_INFO, 0);
    FBlock *eh = push_fblock(c, s, FB_EXC_HANDLER, 0, 0);
    if (!eh) return;
    eh->outer_handler = h0;
    NodeList *hs = s->u.Try.handlers;
    for (int i = 0; i < hs->n && !c->failed; i++) {
        Node *h = hs->items[i];
        set_pos(c, h);
        if (!h->u.ExceptHandler.type && i + 1 < hs->n) {
            comp_error(c, h, "default 'except:' must be last");
            return;
        }
        Label next = em_new_label(E);
        if (h->u.ExceptHandler.type) {
            compile_expr(c, h->u.ExceptHandler.type);
            op(c, OP_CHECK_EXC_MATCH, 0);
            op(c, OP_POP_JUMP_IF_FALSE, next);
        }
        Value name = h->u.ExceptHandler.name;
        Label cleanup_n = em_new_label(E);
        if (name != NIL) {
            compile_name(c, name, CTX_STORE);
            em_push_handler(E, cleanup_n, d0 + 1);
        } else {
            op(c, OP_POP_TOP, 0);
        }
        FBlock *hc = push_fblock(c, h, FB_HANDLER_CLEANUP, 0, 0);
        if (!hc) return;
        hc->name = name;
        hc->outer_handler = h0;
        compile_stmts(c, h->u.ExceptHandler.body);
        pop_fblock(c);
        em_set_handler(E, h0);
        E->cur = (Pos){E->cur.line, E->cur.line, -1, -1};
        op(c, OP_POP_EXCEPT, 0);
        if (name != NIL) {
            load_const(c, NONE);
            compile_name(c, name, CTX_STORE);
            compile_name(c, name, CTX_DEL);
        }
        op(c, OP_JUMP, end);
        em_set_handler(E, h1);
        if (name != NIL) {
            em_label(E, cleanup_n);
            load_const(c, NONE);
            compile_name(c, name, CTX_STORE);
            compile_name(c, name, CTX_DEL);
            op(c, OP_RERAISE, 0);
        }
        em_label(E, next);
    }
    pop_fblock(c);
    op(c, OP_RERAISE, 0);
    em_set_handler(E, h0);
    em_label(E, cleanup);
    pop_except_and_reraise(c);
    em_label(E, end);
    E->cur = old;
}

/* try: BODY except* E as n: H ...  (CPython 3.11's layout)
 *   except:                              Stack: exc
 *     PUSH_EXC_INFO; COPY 1; BUILD_LIST 0; SWAP 2   Stack: prev orig list eg
 *     per handler:
 *       E; CHECK_EG_MATCH; COPY 1; POP_JUMP_IF_NONE no_match   Stack: prev orig list rest match
 *       STORE n | POP_TOP                Stack: prev orig list rest
 *       H (handler -> cleanup_end); [n = None; del n]; JUMP next
 *     cleanup_end: [n = None; del n]; LIST_APPEND 2   (raised exception collected)
 *     no_match: POP_TOP
 *     next: (last handler: LIST_APPEND 1, rest collected)
 *     PREP_RERAISE_STAR; COPY 1; POP_JUMP_IF_NOT_NONE reraise   Stack: prev res
 *     POP_TOP; POP_EXCEPT; JUMP end
 *   reraise: SWAP 2; POP_EXCEPT; RERAISE */
static void compile_try_star(Comp *c, Node *s)
{
    Label except = em_new_label(E), cleanup = em_new_label(E), end = em_new_label(E),
          orelse = em_new_label(E), reraise_star = em_new_label(E), reraise = em_new_label(E);
    int d0 = E->depth;
    int h0 = em_push_handler(E, except, d0);
    if (!push_fblock(c, s, FB_TRY_EXCEPT, 0, 0)) return;
    c->u->fb[c->u->nfb - 1].outer_handler = h0;
    compile_stmts(c, s->u.Try.body);
    pop_fblock(c);
    em_set_handler(E, h0);
    op(c, OP_JUMP, orelse);
    em_label(E, except);
    Pos old = E->cur;
    em_push_handler(E, cleanup, d0 + 1);
    int h1 = em_handler(E);
    op(c, OP_PUSH_EXC_INFO, 0);
    FBlock *eh = push_fblock(c, s, FB_EG_HANDLER, 0, 0);
    if (!eh) return;
    eh->outer_handler = h0;
    NodeList *hs = s->u.Try.handlers;
    for (int i = 0; i < hs->n && !c->failed; i++) {
        Node *h = hs->items[i];
        set_pos(c, h);
        Label next = em_new_label(E), no_match = em_new_label(E), cleanup_end = em_new_label(E),
              after = em_new_label(E);
        if (i == 0) {
            op(c, OP_COPY, 1);
            op(c, OP_BUILD_LIST, 0);
            op(c, OP_SWAP, 2);
        }
        if (h->u.ExceptHandler.type) {
            compile_expr(c, h->u.ExceptHandler.type);
            op(c, OP_CHECK_EG_MATCH, 0);
            op(c, OP_COPY, 1);
            op(c, OP_POP_JUMP_IF_NONE, no_match);
        }
        Value name = h->u.ExceptHandler.name;
        if (name != NIL) compile_name(c, name, CTX_STORE);
        else op(c, OP_POP_TOP, 0);
        em_push_handler(E, cleanup_end, d0 + 4);
        compile_stmts(c, h->u.ExceptHandler.body);
        em_set_handler(E, h1);
        if (name != NIL) {
            load_const(c, NONE);
            compile_name(c, name, CTX_STORE);
            compile_name(c, name, CTX_DEL);
        }
        op(c, OP_JUMP, next);
        em_label(E, cleanup_end);
        if (name != NIL) {
            load_const(c, NONE);
            compile_name(c, name, CTX_STORE);
            compile_name(c, name, CTX_DEL);
        }
        op(c, OP_LIST_APPEND, 2);
        op(c, OP_JUMP, next);
        em_label(E, no_match);
        op(c, OP_POP_TOP, 0);
        em_label(E, next);
        (void)after;
        if (i == hs->n - 1) {
            op(c, OP_LIST_APPEND, 1);
            op(c, OP_JUMP, reraise_star);
        }
    }
    pop_fblock(c);
    em_label(E, reraise_star);
    op(c, OP_PREP_RERAISE_STAR, 0);
    op(c, OP_COPY, 1);
    op(c, OP_POP_JUMP_IF_NOT_NONE, reraise);
    op(c, OP_POP_TOP, 0);
    em_set_handler(E, h0);
    op(c, OP_POP_EXCEPT, 0);
    op(c, OP_JUMP, end);
    em_label(E, reraise);
    op(c, OP_SWAP, 2);
    op(c, OP_POP_EXCEPT, 0);
    op(c, OP_RERAISE, 0);
    em_label(E, cleanup);
    pop_except_and_reraise(c);
    em_label(E, orelse);
    E->cur = old;
    compile_stmts(c, s->u.Try.orelse);
    em_label(E, end);
}

/* try: BODY finally: FIN
 *     (handler -> fin_exc)
 *     BODY               (return/break/continue run FIN inline first)
 *     (end of handler range)
 *     FIN; JUMP end
 *   fin_exc: (handler -> cleanup)       Stack: exc
 *     PUSH_EXC_INFO                     Stack: prev exc
 *     FIN; RERAISE
 *   cleanup: SWAP 2; POP_EXCEPT; RERAISE
 *   end: */
static void compile_try_finally(Comp *c, Node *s)
{
    Label fin_exc = em_new_label(E), cleanup = em_new_label(E), end = em_new_label(E);
    int d0 = E->depth;
    int h0 = em_push_handler(E, fin_exc, d0);
    FBlock *f = push_fblock(c, s, FB_FINALLY_TRY, 0, 0);
    if (!f) return;
    f->node = s;
    f->outer_handler = h0;
    if (s->u.Try.handlers->n) {
        if (s->u.Try.is_star) compile_try_star(c, s);
        else compile_try_except(c, s);
    } else {
        compile_stmts(c, s->u.Try.body);
    }
    pop_fblock(c);
    em_set_handler(E, h0);
    compile_stmts(c, s->u.Try.finalbody);
    op(c, OP_JUMP, end);
    em_label(E, fin_exc);
    em_push_handler(E, cleanup, d0 + 1);
    op(c, OP_PUSH_EXC_INFO, 0);
    FBlock *fe = push_fblock(c, s, FB_FINALLY_END, 0, 0);
    if (!fe) return;
    fe->outer_handler = h0;
    compile_stmts(c, s->u.Try.finalbody);
    pop_fblock(c);
    op(c, OP_RERAISE, 0);
    em_set_handler(E, h0);
    em_label(E, cleanup);
    pop_except_and_reraise(c);
    em_label(E, end);
}

static void compile_try(Comp *c, Node *s)
{
    if (s->u.Try.finalbody->n) {
        /* try/except/else/finally is try: (try/except/else) finally: FIN; the
         * inner part sees the Try node but compile_try_finally calls it only
         * for the handlers and orelse */
        if (s->u.Try.handlers->n) {
            compile_try_finally(c, s);
            return;
        }
        compile_try_finally(c, s);
        return;
    }
    if (s->u.Try.is_star) compile_try_star(c, s);
    else compile_try_except(c, s);
}

/* raise / raise X / raise X from Y:  [X] [Y] RAISE_VARARGS n */
static void compile_raise(Comp *c, Node *s)
{
    int n = 0;
    if (s->u.Raise.exc) {
        compile_expr(c, s->u.Raise.exc);
        n++;
        if (s->u.Raise.cause) {
            compile_expr(c, s->u.Raise.cause);
            n++;
        }
    }
    op(c, OP_RAISE_VARARGS, n);
}

/* assert T, M:  <T true -> end>; LOAD_ASSERTION_ERROR; [M; CALL 1]; RAISE_VARARGS 1; end: */
static void compile_assert(Comp *c, Node *s)
{
    Label end = em_new_label(E);
    compile_jump_if(c, s->u.Assert.test, true, end);
    op(c, OP_LOAD_ASSERTION_ERROR, 0);
    if (s->u.Assert.msg) {
        compile_expr(c, s->u.Assert.msg);
        op(c, OP_CALL, 1);
    }
    op(c, OP_RAISE_VARARGS, 1);
    em_label(E, end);
}

/* import a.b.c      LOAD_CONST 0; LOAD_CONST None; IMPORT_NAME 'a.b.c'; STORE a
 * import a.b.c as d IMPORT_NAME 'a.b.c'; IMPORT_FROM b; SWAP 2; POP_TOP;
 *                   IMPORT_FROM c; STORE d; POP_TOP */
static void compile_import(Comp *c, Node *s)
{
    NodeList *names = s->u.Import.names;
    for (int i = 0; i < names->n; i++) {
        Node *a = names->items[i];
        Value full = a->u.alias.name;
        load_const(c, MK_SMALL(0));
        load_const(c, NONE);
        op_name(c, OP_IMPORT_NAME, full);
        const char *nm = str_cstr(full);
        const char *dot = strchr(nm, '.');
        if (a->u.alias.asname != NIL) {
            if (dot) {
                /* Stack: top -> top.b -> ... -> the last module */
                const char *p = dot + 1;
                for (;;) {
                    const char *q = strchr(p, '.');
                    Value attr = str_intern_value(str_new(p, q ? (size_t)(q - p) : strlen(p)));
                    op_name(c, OP_IMPORT_FROM, attr);
                    if (!q) break;
                    op(c, OP_SWAP, 2);
                    op(c, OP_POP_TOP, 0);
                    p = q + 1;
                }
                compile_name(c, a->u.alias.asname, CTX_STORE);
                op(c, OP_POP_TOP, 0);
            } else {
                compile_name(c, a->u.alias.asname, CTX_STORE);
            }
        } else {
            Value top = dot ? str_intern_value(str_new(nm, dot - nm)) : full;
            compile_name(c, top, CTX_STORE);
        }
    }
}

/* from .m import x, y as z:  LOAD_CONST level; LOAD_CONST ('x', 'y'); IMPORT_NAME m;
 *     IMPORT_FROM x; STORE x; IMPORT_FROM y; STORE z; POP_TOP
 * from m import *:  ...; IMPORT_NAME m; IMPORT_STAR */
static void compile_import_from(Comp *c, Node *s)
{
    NodeList *names = s->u.ImportFrom.names;
    Value fromlist = tuple_new(names->n);
    for (int i = 0; i < names->n; i++) TUPLE_ITEMS(fromlist)[i] = names->items[i]->u.alias.name;
    load_const(c, MK_SMALL(s->u.ImportFrom.level));
    load_const(c, fromlist);
    Value mod = s->u.ImportFrom.module != NIL ? s->u.ImportFrom.module : NM(empty);
    op_name(c, OP_IMPORT_NAME, mod);
    if (names->n == 1 && strcmp(str_cstr(names->items[0]->u.alias.name), "*") == 0) {
        op(c, OP_IMPORT_STAR, 0);
        return;
    }
    for (int i = 0; i < names->n; i++) {
        Node *a = names->items[i];
        Pos old = set_pos(c, a);
        op_name(c, OP_IMPORT_FROM, a->u.alias.name);
        compile_name(c, a->u.alias.asname != NIL ? a->u.alias.asname : a->u.alias.name, CTX_STORE);
        E->cur = old;
    }
    op(c, OP_POP_TOP, 0);
}

/* x op= v:  x; v; BINARY_OP op+inplace; STORE x
 * a.b op= v: a; COPY 1; LOAD_ATTR b; v; BINARY_OP; SWAP 2; STORE_ATTR b
 * a[k] op= v: a; k; COPY 2; COPY 2; BINARY_SUBSCR; v; BINARY_OP; SWAP 3; SWAP 2; STORE_SUBSCR */
static void compile_augassign(Comp *c, Node *s)
{
    Node *t = s->u.AugAssign.target;
    Pos old = set_pos(c, t);
    switch (t->kind) {
    case K_Name:
        compile_name(c, t->u.Name.id, CTX_LOAD);
        break;
    case K_Attribute:
        compile_expr(c, t->u.Attribute.value);
        op(c, OP_COPY, 1);
        op_name(c, OP_LOAD_ATTR, mangled_attr(c, t->u.Attribute.attr));
        break;
    case K_Subscript:
        compile_expr(c, t->u.Subscript.value);
        compile_expr(c, t->u.Subscript.slice);
        op(c, OP_COPY, 2);
        op(c, OP_COPY, 2);
        op(c, OP_BINARY_SUBSCR, 0);
        break;
    default:
        comp_error(c, t, "illegal expression for augmented assignment");
        return;
    }
    E->cur = old;
    compile_expr(c, s->u.AugAssign.value);
    op(c, OP_BINARY_OP, s->u.AugAssign.op + BINOP__COUNT);
    set_pos(c, t);
    switch (t->kind) {
    case K_Name:
        compile_name(c, t->u.Name.id, CTX_STORE);
        break;
    case K_Attribute:
        op(c, OP_SWAP, 2);
        op_name(c, OP_STORE_ATTR, mangled_attr(c, t->u.Attribute.attr));
        break;
    default:
        op(c, OP_SWAP, 3);
        op(c, OP_SWAP, 2);
        op(c, OP_STORE_SUBSCR, 0);
        break;
    }
    E->cur = old;
}

static void compile_annassign(Comp *c, Node *s)
{
    Node *t = s->u.AnnAssign.target;
    bool module_or_class = c->u->scope_type == ST_MODULE || c->u->scope_type == ST_CLASS;
    if (s->u.AnnAssign.value) {
        compile_expr(c, s->u.AnnAssign.value);
        compile_store(c, t);
    }
    switch (t->kind) {
    case K_Name:
        if (s->u.AnnAssign.simple && module_or_class) {
            /* __annotations__['x'] = ANN */
            compile_expr(c, s->u.AnnAssign.annotation);
            op_name(c, OP_LOAD_NAME, NM(__annotations__));
            load_const(c, st_mangle(c->u->scope->private_name, t->u.Name.id));
            op(c, OP_STORE_SUBSCR, 0);
        }
        break;
    case K_Attribute:
        if (!s->u.AnnAssign.value) {
            compile_expr(c, t->u.Attribute.value);
            op(c, OP_POP_TOP, 0);
        }
        break;
    case K_Subscript:
        if (!s->u.AnnAssign.value) {
            compile_expr(c, t->u.Subscript.value);
            op(c, OP_POP_TOP, 0);
            compile_expr(c, t->u.Subscript.slice);
            op(c, OP_POP_TOP, 0);
        }
        break;
    default: break;
    }
    if (!s->u.AnnAssign.simple && module_or_class) {
        compile_expr(c, s->u.AnnAssign.annotation);
        op(c, OP_POP_TOP, 0);
    }
}

static void compile_delete_target(Comp *c, Node *t)
{
    Pos old = set_pos(c, t);
    switch (t->kind) {
    case K_Name: compile_name(c, t->u.Name.id, CTX_DEL); break;
    case K_Attribute:
        compile_expr(c, t->u.Attribute.value);
        set_pos(c, t);
        op_name(c, OP_DELETE_ATTR, mangled_attr(c, t->u.Attribute.attr));
        break;
    case K_Subscript:
        compile_expr(c, t->u.Subscript.value);
        compile_expr(c, t->u.Subscript.slice);
        set_pos(c, t);
        op(c, OP_DELETE_SUBSCR, 0);
        break;
    case K_Tuple: case K_List: {
        NodeList *l = t->kind == K_Tuple ? t->u.Tuple.elts : t->u.List.elts;
        for (int i = 0; i < l->n; i++) compile_delete_target(c, l->items[i]);
        break;
    }
    case K_Starred: comp_error(c, t, "cannot delete starred"); break;
    default: comp_error(c, t, "cannot delete expression"); break;
    }
    E->cur = old;
}

static void compile_stmt(Comp *c, Node *s)
{
    if (c->failed) return;
    if (cstack_exhausted()) { recursion_error(c); return; }
    Pos old = set_pos(c, s);
    switch (s->kind) {
    case K_FunctionDef: compile_funcdef(c, s); break;
    case K_ClassDef: compile_classdef(c, s); break;
    case K_Return: compile_return(c, s); break;
    case K_Delete:
        for (int i = 0; i < s->u.Delete.targets->n; i++) compile_delete_target(c, s->u.Delete.targets->items[i]);
        break;
    case K_Assign: {
        /* a = b = V:  V; COPY 1; STORE a; STORE b */
        NodeList *ts = s->u.Assign.targets;
        compile_expr(c, s->u.Assign.value);
        for (int i = 0; i < ts->n; i++) {
            if (i + 1 < ts->n) op(c, OP_COPY, 1);
            compile_store(c, ts->items[i]);
        }
        break;
    }
    case K_AugAssign: compile_augassign(c, s); break;
    case K_AnnAssign: compile_annassign(c, s); break;
    case K_For: if (s->u.For.is_async) compile_async_for(c, s); else compile_for(c, s); break;
    case K_While: compile_while(c, s); break;
    case K_If: compile_if(c, s); break;
    case K_With: compile_with(c, s); break;
    case K_Raise: compile_raise(c, s); break;
    case K_Try: compile_try(c, s); break;
    case K_Assert: compile_assert(c, s); break;
    case K_Import: compile_import(c, s); break;
    case K_ImportFrom: compile_import_from(c, s); break;
    case K_Global: case K_Nonlocal: case K_Pass: break;
    case K_Expr: {
        Node *v = s->u.Expr.value;
        if (c->mode == PARSE_SINGLE && c->u->scope_type == ST_MODULE) {
            compile_expr(c, v);
            op(c, OP_PRINT_EXPR, 0);
        } else if (v->kind != K_Constant) {
            compile_expr(c, v);
            op(c, OP_POP_TOP, 0);
        }
        break;
    }
    case K_Break: compile_break_continue(c, s, true); break;
    case K_Continue: compile_break_continue(c, s, false); break;
    default: comp_error(c, s, "unsupported statement"); break;
    }
    E->cur = old;
}

/* ---- expressions ---- */

/* Jump to target when bool(e) == cond; fall through otherwise. */
static void compile_jump_if(Comp *c, Node *e, bool cond, Label target)
{
    if (e->kind == K_UnaryOp && e->u.UnaryOp.op == UOP_NOT) {
        compile_jump_if(c, e->u.UnaryOp.operand, !cond, target);
        return;
    }
    if (e->kind == K_BoolOp) {
        NodeList *vs = e->u.BoolOp.values;
        bool is_or = e->u.BoolOp.op == 1;
        Label next = target;
        if (cond != is_or) next = em_new_label(E);
        for (int i = 0; i < vs->n - 1; i++) compile_jump_if(c, vs->items[i], is_or, next);
        compile_jump_if(c, vs->items[vs->n - 1], cond, target);
        if (next != target) em_label(E, next);
        return;
    }
    compile_expr(c, e);
    Pos old = set_pos(c, e);
    op(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, target);
    E->cur = old;
}

static void compile_cmp_op(Comp *c, int k)
{
    switch (k) {
    case CK_IS: op(c, OP_IS_OP, 0); break;
    case CK_ISNOT: op(c, OP_IS_OP, 1); break;
    case CK_IN: op(c, OP_CONTAINS_OP, 0); break;
    case CK_NOTIN: op(c, OP_CONTAINS_OP, 1); break;
    default: op(c, OP_COMPARE_OP, k); break;
    }
}

/* a < b < c:  a; b; SWAP 2; COPY 2; COMPARE_OP <; JUMP_IF_FALSE_OR_POP cleanup;
 *             c; COMPARE_OP <; JUMP end; cleanup: SWAP 2; POP_TOP; end: */
static void compile_compare(Comp *c, Node *e)
{
    check_compare(c, e);
    NodeList *ops = e->u.Compare.ops, *cs = e->u.Compare.comparators;
    compile_expr(c, e->u.Compare.left);
    if (ops->n == 1) {
        compile_expr(c, cs->items[0]);
        compile_cmp_op(c, ops->items[0]->u.CmpOpNode.op);
        return;
    }
    Label cleanup = em_new_label(E), end = em_new_label(E);
    for (int i = 0; i < ops->n - 1; i++) {
        compile_expr(c, cs->items[i]);
        op(c, OP_SWAP, 2);
        op(c, OP_COPY, 2);
        compile_cmp_op(c, ops->items[i]->u.CmpOpNode.op);
        op(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    compile_expr(c, cs->items[ops->n - 1]);
    compile_cmp_op(c, ops->items[ops->n - 1]->u.CmpOpNode.op);
    op(c, OP_JUMP, end);
    em_label(E, cleanup);
    op(c, OP_SWAP, 2);
    op(c, OP_POP_TOP, 0);
    em_label(E, end);
}

/* The value of a constant expression: a Constant, or -/+ applied to an int
 * or float Constant (CPython's AST optimizer folds those).  NIL otherwise. */
static Value const_value(Node *e)
{
    if (e->kind == K_Constant) return e->u.Constant.value;
    if (e->kind != K_UnaryOp || e->u.UnaryOp.operand->kind != K_Constant) return NIL;
    Value v = e->u.UnaryOp.operand->u.Constant.value;
    if (!IS_SMALL(v) && TYPE(v) != &type_int && TYPE(v) != &type_float) return NIL;
    if (e->u.UnaryOp.op == UOP_UADD) return v;
    if (e->u.UnaryOp.op != UOP_USUB) return NIL;
    Value r = TYPE(v) == &type_float ? float_new(-FLOAT_VAL(v)) : int_neg(v);
    if (!r) rt_exc_clear();
    return r;
}

static bool all_constants(NodeList *l)
{
    for (int i = 0; i < l->n; i++) if (const_value(l->items[i]) == NIL) return false;
    return true;
}

/* ---- compile-time SyntaxWarnings (CPython's check_compare / check_caller /
 * check_subscripter / check_index): likely a forgotten comma or '==' ---- */

/* The value CPython's AST optimizer folds e into (constants, -1, all-constant
 * tuples), or NIL. */
static Value folded_value(Node *e)
{
    if (e->kind == K_Tuple && all_constants(e->u.Tuple.elts)) {
        NodeList *l = e->u.Tuple.elts;
        Value t = tuple_new(l->n);
        for (int i = 0; i < l->n; i++) TUPLE_ITEMS(t)[i] = const_value(l->items[i]);
        return t;
    }
    return const_value(e);
}

/* The type name an expression certainly evaluates to, or NULL (CPython's infer_type). */
static const char *infer_type(Node *e)
{
    switch (e->kind) {
    case K_Tuple: return "tuple";
    case K_List: case K_ListComp: return "list";
    case K_Dict: case K_DictComp: return "dict";
    case K_Set: case K_SetComp: return "set";
    case K_GeneratorExp: return "generator";
    case K_Lambda: return "function";
    case K_JoinedStr: case K_FormattedValue: return "str";
    default: {
        Value v = const_value(e);
        return v ? TYPE(v)->name : NULL;
    }
    }
}

static void comp_warn(Comp *c, Node *n, Value msg)
{
    if (msg) rt_warn_explicit(&exc_SyntaxWarning, msg, c->filename, n->line);
    else rt_exc_clear();
}

static bool is_arg_ok(Node *e)
{
    Value v = folded_value(e);
    return !v || v == NONE || v == TRUE_V || v == FALSE_V || v == ELLIPSIS;
}

static void check_compare(Comp *c, Node *e)
{
    NodeList *ops = e->u.Compare.ops, *cs = e->u.Compare.comparators;
    bool left = is_arg_ok(e->u.Compare.left);
    for (int i = 0; i < ops->n; i++) {
        int k = ops->items[i]->u.CmpOpNode.op;
        bool right = is_arg_ok(cs->items[i]);
        if ((k == CK_IS || k == CK_ISNOT) && (!left || !right)) {
            comp_warn(c, e, str_from_cstr(k == CK_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                                    : "\"is not\" with a literal. Did you mean \"!=\"?"));
            return;
        }
        left = right;
    }
}

static void check_caller(Comp *c, Node *f)
{
    switch (f->kind) {
    case K_Constant: case K_Tuple: case K_List: case K_ListComp: case K_Dict: case K_DictComp:
    case K_Set: case K_SetComp: case K_GeneratorExp: case K_JoinedStr: case K_FormattedValue:
        comp_warn(c, f, str_printf("'%s' object is not callable; perhaps you missed a comma?", infer_type(f)));
        break;
    default:
        if (const_value(f))   /* -1 is folded into a constant */
            comp_warn(c, f, str_printf("'%s' object is not callable; perhaps you missed a comma?", infer_type(f)));
        break;
    }
}

static void check_subscript(Comp *c, Node *e)
{
    Node *v = e->u.Subscript.value;
    Value k = folded_value(v);
    bool warn = v->kind == K_Set || v->kind == K_SetComp || v->kind == K_GeneratorExp || v->kind == K_Lambda;
    if (k && (k == NONE || k == ELLIPSIS || IS_SMALL(k) || int_check(k) || TYPE(k) == &type_float
              || TYPE(k) == &type_set || TYPE(k) == &type_frozenset))
        warn = true;
    if (warn)
        comp_warn(c, e, str_printf("'%s' object is not subscriptable; perhaps you missed a comma?", k ? TYPE(k)->name : infer_type(v)));
    const char *it = infer_type(e->u.Subscript.slice);
    Value iv = const_value(e->u.Subscript.slice);
    if (!it || (iv && (IS_SMALL(iv) || int_check(iv)))) return;
    bool bad = v->kind == K_List || v->kind == K_ListComp || v->kind == K_JoinedStr || v->kind == K_FormattedValue
            || (k && (str_check(k) || TYPE(k) == &type_bytes || TYPE(k) == &type_tuple))
            || v->kind == K_Tuple;
    if (bad)
        comp_warn(c, e, str_printf("%s indices must be integers or slices, not %s; perhaps you missed a comma?",
                                   k ? TYPE(k)->name : infer_type(v), it));
}

static bool has_starred(NodeList *l)
{
    for (int i = 0; i < l->n; i++) if (l->items[i]->kind == K_Starred) return true;
    return false;
}

/* [a, *b, c] / (a, *b) / {a, *b}:  BUILD_x for the plain prefix, then
 * x_APPEND / x_EXTEND (x_ADD / x_UPDATE) for the rest; tuples via LIST_TO_TUPLE. */
static void compile_display(Comp *c, NodeList *elts, int kind)
{
    int build = kind == K_Set ? OP_BUILD_SET : OP_BUILD_LIST;
    int add = kind == K_Set ? OP_SET_ADD : OP_LIST_APPEND;
    int extend = kind == K_Set ? OP_SET_UPDATE : OP_LIST_EXTEND;
    bool star = has_starred(elts);
    if (kind != K_Tuple && elts->n > 2 && all_constants(elts)) {
        /* [1, 2, 3]: BUILD_LIST 0; LOAD_CONST (1, 2, 3); LIST_EXTEND 1 — a set
         * display goes through a frozenset constant, so its iteration order
         * matches CPython's */
        Value t = tuple_new(elts->n);
        for (int i = 0; i < elts->n; i++) TUPLE_ITEMS(t)[i] = const_value(elts->items[i]);
        if (kind == K_Set) {
            /* CPython builds the frozenset, then rebuilds it from its own
             * iteration order when merging constants */
            t = frozenset_new(t);
            if (t) t = rt_tuple_from_iter(t);
            if (t) t = frozenset_new(t);
            if (!t) {
                c->failed = true;
                return;
            }
        }
        op(c, build, 0);
        load_const(c, t);
        op(c, extend, 1);
        return;
    }
    if (!star && elts->n <= 30) {
        for (int i = 0; i < elts->n; i++) compile_expr(c, elts->items[i]);
        op(c, kind == K_Tuple ? OP_BUILD_TUPLE : build, elts->n);
        return;
    }
    int i = 0;
    while (i < elts->n && i < 30 && elts->items[i]->kind != K_Starred) compile_expr(c, elts->items[i++]);
    op(c, build, i);
    for (; i < elts->n; i++) {
        Node *x = elts->items[i];
        if (x->kind == K_Starred) {
            compile_expr(c, x->u.Starred.value);
            op(c, extend, 1);
        } else {
            compile_expr(c, x);
            op(c, add, 1);
        }
    }
    if (kind == K_Tuple) op(c, OP_LIST_TO_TUPLE, 0);
}

/* {k: v, **m, ...}: BUILD_MAP n for runs of pairs, DICT_UPDATE 1 to merge. */
static void compile_dict(Comp *c, Node *e)
{
    NodeList *ks = e->u.Dict.keys, *vs = e->u.Dict.values;
    bool have = false;
    int n = 0;
    for (int i = 0; i < vs->n; i++) {
        Node *k = i < ks->n ? ks->items[i] : NULL;
        if (!k) {
            if (n) {
                op(c, OP_BUILD_MAP, n);
                if (have) op(c, OP_DICT_UPDATE, 1);
                have = true;
                n = 0;
            }
            if (!have) {
                op(c, OP_BUILD_MAP, 0);
                have = true;
            }
            compile_expr(c, vs->items[i]);
            op(c, OP_DICT_UPDATE, 1);
        } else {
            compile_expr(c, k);
            compile_expr(c, vs->items[i]);
            if (++n == 16) {
                op(c, OP_BUILD_MAP, n);
                if (have) op(c, OP_DICT_UPDATE, 1);
                have = true;
                n = 0;
            }
        }
    }
    if (n || !have) {
        op(c, OP_BUILD_MAP, n);
        if (have) op(c, OP_DICT_UPDATE, 1);
    }
}

/* The loops of a comprehension, innermost element last.
 *   sync:  [I; GET_ITER | LOAD_FAST .0]; top: FOR_ITER end; STORE T; <ifs -> top>; INNER; JUMP top; end:
 *   async: [I; GET_AITER | LOAD_FAST .0]; top: (handler -> end) GET_ANEXT; await loop;
 *          STORE T; <ifs -> top>; INNER; JUMP top; end: END_ASYNC_FOR
 * INNER at depth d (d+1 iterators on the stack, the container below them):
 *   genexp: ELT; [ASYNC_GEN_WRAP]; YIELD_VALUE; POP_TOP
 *   list/set: ELT; LIST_APPEND / SET_ADD d+2;  dict: K; V; MAP_ADD d+2 */
static void compile_comp_generator(Comp *c, NodeList *gens, int i, int depth, Node *elt, Node *val, int kind)
{
    Node *g = gens->items[i];
    bool is_async = g->u.comprehension.is_async != 0;
    Label top = em_new_label(E), end = em_new_label(E);
    if (i == 0) {
        op(c, OP_LOAD_FAST, 0);
    } else {
        compile_expr(c, g->u.comprehension.iter);
        op(c, is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    }
    em_label(E, top);
    int h = -1;
    if (is_async) {
        h = em_push_handler(E, end, E->depth);
        op(c, OP_GET_ANEXT, 0);
        load_const(c, NONE);
        yield_from_loop(c);
        em_set_handler(E, h);
    } else {
        op(c, OP_FOR_ITER, end);
    }
    compile_store(c, g->u.comprehension.target);
    NodeList *ifs = g->u.comprehension.ifs;
    for (int k = 0; k < ifs->n; k++) compile_jump_if(c, ifs->items[k], false, top);
    if (i + 1 < gens->n) {
        compile_comp_generator(c, gens, i + 1, depth + 1, elt, val, kind);
    } else {
        switch (kind) {
        case COMP_GENEXP:
            compile_expr(c, elt);
            if (c->u->scope->coroutine) op(c, OP_ASYNC_GEN_WRAP, 0);
            op(c, OP_YIELD_VALUE, 0);
            op(c, OP_POP_TOP, 0);
            break;
        case COMP_LIST:
            compile_expr(c, elt);
            op(c, OP_LIST_APPEND, depth + 2);
            break;
        case COMP_SET:
            compile_expr(c, elt);
            op(c, OP_SET_ADD, depth + 2);
            break;
        case COMP_DICT:
            compile_expr(c, elt);
            compile_expr(c, val);
            op(c, OP_MAP_ADD, depth + 2);
            break;
        }
    }
    op(c, OP_JUMP, top);
    em_label(E, end);
    if (is_async) op(c, OP_END_ASYNC_FOR, 0);
}

/* [ELT for ...]:  LOAD_CONST <code <listcomp>>; MAKE_FUNCTION; I; GET_ITER (GET_AITER);
 *                 CALL 1; [GET_AWAITABLE 0; await loop when the comprehension is a coroutine]
 * The nested code takes the outermost iterator as its only argument `.0`. */
static void compile_comprehension(Comp *c, Node *e, int kind, NodeList *gens, Node *elt, Node *val)
{
    static const char *const names[] = {"", "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
    Scope *cs = st_child(c->u->scope, e);
    if (!cs || c->failed) return;
    int outer_type = c->u->scope_type;
    if (cs->coroutine && kind != COMP_GENEXP && outer_type != ST_ASYNC_FUNCTION && outer_type != ST_COMPREHENSION
        && !toplevel_await_ok(c)) {
        comp_error(c, e, "asynchronous comprehension outside of an asynchronous function");
        return;
    }
    Value name = str_intern(names[kind]);
    Value qual = make_qualname(c, name, false);
    Pos outer = E->cur;
    Unit *u = enter_unit(c, cs, ST_COMPREHENSION, name, qual, e->line);
    u->argcount = 1;
    E->cur = node_pos(e);
    if (kind == COMP_LIST) op(c, OP_BUILD_LIST, 0);
    else if (kind == COMP_SET) op(c, OP_BUILD_SET, 0);
    else if (kind == COMP_DICT) op(c, OP_BUILD_MAP, 0);
    compile_comp_generator(c, gens, 0, 0, elt, val, kind);
    if (kind == COMP_GENEXP) load_const(c, NONE);
    op(c, OP_RETURN_VALUE, 0);
    CodeObj *co = leave_unit(c);
    E->cur = outer;
    if (c->failed) return;
    make_function(c, co, 0);
    Node *g0 = gens->items[0];
    compile_expr(c, g0->u.comprehension.iter);
    op(c, g0->u.comprehension.is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    op(c, OP_CALL, 1);
    if (cs->coroutine && kind != COMP_GENEXP) await_loop(c, 0);
}

/* lambda ARGS: BODY  ->  a function whose code returns BODY */
static void compile_lambda(Comp *c, Node *e)
{
    Node *a = e->u.Lambda.args;
    int flags = compile_defaults(c, a);
    Scope *ls = st_child(c->u->scope, e);
    if (!ls || c->failed) return;
    Value name = str_intern("<lambda>");
    Value qual = make_qualname(c, name, false);
    Pos outer = E->cur;
    Unit *u = enter_unit(c, ls, ST_LAMBDA, name, qual, e->line);
    set_arg_counts(u, a);
    E->cur = node_pos(e->u.Lambda.body);
    compile_expr(c, e->u.Lambda.body);
    if (ls->generator) {
        op(c, OP_POP_TOP, 0);
        load_const(c, NONE);
    }
    op(c, OP_RETURN_VALUE, 0);
    CodeObj *co = leave_unit(c);
    E->cur = outer;
    if (c->failed) return;
    make_function(c, co, flags);
}

static void compile_call(Comp *c, Node *e)
{
    Node *f = e->u.Call.func;
    check_caller(c, f);
    NodeList *args = e->u.Call.args, *kws = e->u.Call.keywords;
    bool method = f->kind == K_Attribute && !has_starred(args) && args->n < 30;
    for (int i = 0; method && i < kws->n; i++)
        if (kws->items[i]->u.keyword.arg == NIL) method = false;
    if (method) {
        /* obj.m(args):  obj; LOAD_METHOD m; args; [KW_NAMES]; CALL_METHOD n */
        compile_expr(c, f->u.Attribute.value);
        Pos old = set_pos(c, f);
        op_name(c, OP_LOAD_METHOD, mangled_attr(c, f->u.Attribute.attr));
        E->cur = old;
        for (int i = 0; i < args->n; i++) compile_expr(c, args->items[i]);
        for (int i = 0; i < kws->n; i++) compile_expr(c, kws->items[i]->u.keyword.value);
        set_pos(c, e);
        if (kws->n) {
            Value names = tuple_new(kws->n);
            for (int i = 0; i < kws->n; i++) TUPLE_ITEMS(names)[i] = kws->items[i]->u.keyword.arg;
            op(c, OP_KW_NAMES, em_const(E, names));
        }
        op(c, OP_CALL_METHOD, args->n + kws->n);
        E->cur = old;
        return;
    }
    compile_expr(c, f);
    call_helper(c, 0, args, kws, e);
}

/* f"a{x!r:>{w}}b":  'a'; x; w; FORMAT_VALUE (spec, no conversion); FORMAT_VALUE 2|4; 'b'; BUILD_STRING 3 */
static void compile_joined(Comp *c, Node *e)
{
    NodeList *vs = e->u.JoinedStr.values;
    if (vs->n == 0) {
        load_const(c, NM(empty));
        return;
    }
    for (int i = 0; i < vs->n; i++) compile_expr(c, vs->items[i]);
    if (vs->n > 1 || vs->items[0]->kind != K_FormattedValue) {
        if (vs->n > 1) op(c, OP_BUILD_STRING, vs->n);
    }
}

static void compile_formatted(Comp *c, Node *e)
{
    compile_expr(c, e->u.FormattedValue.value);
    int flags = 0;
    switch (e->u.FormattedValue.conversion) {
    case 's': flags = 1; break;
    case 'r': flags = 2; break;
    case 'a': flags = 3; break;
    default: break;
    }
    if (e->u.FormattedValue.format_spec) {
        compile_expr(c, e->u.FormattedValue.format_spec);
        flags |= 4;
    }
    op(c, OP_FORMAT_VALUE, flags);
}

/* Unpack the value on the stack into the elements of a tuple/list target. */
static void compile_unpack(Comp *c, Node *t, NodeList *elts)
{
    int star = -1;
    for (int i = 0; i < elts->n; i++) {
        if (elts->items[i]->kind == K_Starred) {
            if (star >= 0) {
                comp_error(c, t, "multiple starred expressions in assignment");
                return;
            }
            star = i;
        }
    }
    if (star >= 0) {
        int after = elts->n - star - 1;
        if (star > 255 || after > 0xffff) {
            comp_error(c, t, "too many expressions in star-unpacking assignment");
            return;
        }
        op(c, OP_UNPACK_EX, star | (after << 8));
    } else {
        op(c, OP_UNPACK_SEQUENCE, elts->n);
    }
    for (int i = 0; i < elts->n; i++) {
        Node *x = elts->items[i];
        compile_store(c, x->kind == K_Starred ? x->u.Starred.value : x);
    }
}

/* Store the value on top of the stack into target t. */
static void compile_store(Comp *c, Node *t)
{
    if (c->failed) return;
    Pos old = set_pos(c, t);
    switch (t->kind) {
    case K_Name: compile_name(c, t->u.Name.id, CTX_STORE); break;
    case K_Attribute:
        /* Stack: v -> v obj -> */
        compile_expr(c, t->u.Attribute.value);
        set_pos(c, t);
        op_name(c, OP_STORE_ATTR, mangled_attr(c, t->u.Attribute.attr));
        break;
    case K_Subscript:
        /* Stack: v -> v container key -> */
        compile_expr(c, t->u.Subscript.value);
        compile_expr(c, t->u.Subscript.slice);
        set_pos(c, t);
        op(c, OP_STORE_SUBSCR, 0);
        break;
    case K_Tuple: compile_unpack(c, t, t->u.Tuple.elts); break;
    case K_List: compile_unpack(c, t, t->u.List.elts); break;
    case K_Starred: comp_error(c, t, "starred assignment target must be in a list or tuple"); break;
    default: comp_error(c, t, "cannot assign to expression"); break;
    }
    E->cur = old;
}

static void compile_expr(Comp *c, Node *e)
{
    if (c->failed || !e) return;
    if (cstack_exhausted()) { recursion_error(c); return; }
    Pos old = set_pos(c, e);
    switch (e->kind) {
    case K_BoolOp: {
        /* a and b:  a; JUMP_IF_FALSE_OR_POP end; b; end: */
        Label end = em_new_label(E);
        NodeList *vs = e->u.BoolOp.values;
        int jop = e->u.BoolOp.op == 0 ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
        for (int i = 0; i < vs->n - 1; i++) {
            compile_expr(c, vs->items[i]);
            op(c, jop, end);
        }
        compile_expr(c, vs->items[vs->n - 1]);
        em_label(E, end);
        break;
    }
    case K_NamedExpr:
        /* (x := v):  v; COPY 1; STORE x */
        compile_expr(c, e->u.NamedExpr.value);
        op(c, OP_COPY, 1);
        compile_store(c, e->u.NamedExpr.target);
        break;
    case K_BinOp:
        compile_expr(c, e->u.BinOp.left);
        compile_expr(c, e->u.BinOp.right);
        op(c, OP_BINARY_OP, e->u.BinOp.op);
        break;
    case K_UnaryOp: {
        compile_expr(c, e->u.UnaryOp.operand);
        static const int uops[] = {OP_UNARY_INVERT, OP_UNARY_NOT, OP_UNARY_POSITIVE, OP_UNARY_NEGATIVE};
        op(c, uops[e->u.UnaryOp.op & 3], 0);
        break;
    }
    case K_Lambda: compile_lambda(c, e); break;
    case K_IfExp: {
        /* B if T else O:  <T false -> els>; B; JUMP end; els: O; end: */
        Label els = em_new_label(E), end = em_new_label(E);
        compile_jump_if(c, e->u.IfExp.test, false, els);
        compile_expr(c, e->u.IfExp.body);
        op(c, OP_JUMP, end);
        em_label(E, els);
        compile_expr(c, e->u.IfExp.orelse);
        em_label(E, end);
        break;
    }
    case K_Dict: compile_dict(c, e); break;
    case K_Set: compile_display(c, e->u.Set.elts, K_Set); break;
    case K_ListComp: compile_comprehension(c, e, COMP_LIST, e->u.ListComp.generators, e->u.ListComp.elt, NULL); break;
    case K_SetComp: compile_comprehension(c, e, COMP_SET, e->u.SetComp.generators, e->u.SetComp.elt, NULL); break;
    case K_DictComp:
        compile_comprehension(c, e, COMP_DICT, e->u.DictComp.generators, e->u.DictComp.key, e->u.DictComp.value);
        break;
    case K_GeneratorExp:
        compile_comprehension(c, e, COMP_GENEXP, e->u.GeneratorExp.generators, e->u.GeneratorExp.elt, NULL);
        break;
    case K_Await: {
        Unit *u = c->u;
        bool toplevel = toplevel_await_ok(c);
        if (!is_function_unit(u) && !toplevel) {
            comp_error(c, e, "'await' outside function");
            break;
        }
        if (u->scope_type != ST_ASYNC_FUNCTION && u->scope_type != ST_COMPREHENSION && !toplevel) {
            comp_error(c, e, "'await' outside async function");
            break;
        }
        /* await X:  X; GET_AWAITABLE 0; LOAD_CONST None; SEND loop */
        compile_expr(c, e->u.Await.value);
        set_pos(c, e);
        await_loop(c, 0);
        break;
    }
    case K_Yield:
        if (!is_function_unit(c->u)) {
            comp_error(c, e, "'yield' outside function");
            break;
        }
        if (e->u.Yield.value) compile_expr(c, e->u.Yield.value);
        else load_const(c, NONE);
        set_pos(c, e);
        if (c->u->scope->coroutine) op(c, OP_ASYNC_GEN_WRAP, 0);
        op(c, OP_YIELD_VALUE, 0);
        break;
    case K_YieldFrom:
        if (!is_function_unit(c->u)) {
            comp_error(c, e, "'yield' outside function");
            break;
        }
        if (c->u->scope_type == ST_ASYNC_FUNCTION) {
            comp_error(c, e, "'yield from' inside async function");
            break;
        }
        /* yield from X:  X; GET_YIELD_FROM_ITER; LOAD_CONST None; SEND loop */
        compile_expr(c, e->u.YieldFrom.value);
        set_pos(c, e);
        op(c, OP_GET_YIELD_FROM_ITER, 0);
        load_const(c, NONE);
        yield_from_loop(c);
        break;
    case K_Compare: compile_compare(c, e); break;
    case K_Call: compile_call(c, e); break;
    case K_FormattedValue: compile_formatted(c, e); break;
    case K_JoinedStr: compile_joined(c, e); break;
    case K_Constant: load_const(c, e->u.Constant.value); break;
    case K_Attribute:
        if (e->u.Attribute.ctx == CTX_LOAD) {
            compile_expr(c, e->u.Attribute.value);
            set_pos(c, e);
            op_name(c, OP_LOAD_ATTR, mangled_attr(c, e->u.Attribute.attr));
        } else {
            comp_error(c, e, "internal error: attribute store in expression");
        }
        break;
    case K_Subscript:
        check_subscript(c, e);
        compile_expr(c, e->u.Subscript.value);
        compile_expr(c, e->u.Subscript.slice);
        set_pos(c, e);
        op(c, OP_BINARY_SUBSCR, 0);
        break;
    case K_Starred:
        comp_error(c, e, "can't use starred expression here");
        break;
    case K_Name: compile_name(c, e->u.Name.id, e->u.Name.ctx == CTX_STORE ? CTX_LOAD : e->u.Name.ctx); break;
    case K_List:
        compile_display(c, e->u.List.elts, K_List);
        break;
    case K_Tuple: {
        NodeList *l = e->u.Tuple.elts;
        if (l->n > 0 && all_constants(l)) {
            Value t = tuple_new(l->n);
            for (int i = 0; i < l->n; i++) TUPLE_ITEMS(t)[i] = const_value(l->items[i]);
            load_const(c, t);
        } else {
            compile_display(c, l, K_Tuple);
        }
        break;
    }
    case K_Slice: {
        /* lower upper [step] BUILD_SLICE 2|3 */
        int n = 2;
        if (e->u.Slice.lower) compile_expr(c, e->u.Slice.lower); else load_const(c, NONE);
        if (e->u.Slice.upper) compile_expr(c, e->u.Slice.upper); else load_const(c, NONE);
        if (e->u.Slice.step) {
            compile_expr(c, e->u.Slice.step);
            n = 3;
        }
        op(c, OP_BUILD_SLICE, n);
        break;
    }
    default: comp_error(c, e, "unsupported expression"); break;
    }
    E->cur = old;
}

/* ---- entry points ---- */

static CodeObj *compile_ast_flags(Node *mod, Value filename, Value source, int mode, int flags);

CodeObj *compile_ast(Node *mod, Value filename, Value source, int mode)
{
    return compile_ast_flags(mod, filename, source, mode, 0);
}

/* The REPL's entry point (top-level await); see compile.h. */
CodeObj *compile_source_flags(const char *src, size_t len, Value filename, int mode, int flags, bool *incomplete)
{
    Node *mod = parse_source(src, len, filename, mode, incomplete);
    if (!mod) return NULL;
    return compile_ast_flags(mod, filename, str_new(src, len), mode & ~PARSE_STREAM, flags);
}

static CodeObj *compile_ast_flags(Node *mod, Value filename, Value source, int mode, int flags)
{
    SymTable *st = st_build(mod, filename, source);
    if (!st) return NULL;
    Comp comp = {NULL, filename, source, st, mode, false, flags, false};
    Comp *c = &comp;
    enter_unit(c, st->top, ST_MODULE, str_intern("<module>"), str_intern("<module>"), 1);
    if (mod->kind == K_Expression) {
        Node *b = mod->u.Expression.body;
        set_pos(c, b);
        compile_expr(c, b);
        op(c, OP_RETURN_VALUE, 0);
    } else {
        NodeList *body = mod->kind == K_Module ? mod->u.Module.body : mod->u.Interactive.body;
        int start = 0;
        if (body->n) E->cur = node_pos(body->items[0]);
        if (find_ann(body)) op(c, OP_SETUP_ANNOTATIONS, 0);
        if (mod->kind == K_Module) {
            Value doc = docstring_of(body);
            if (doc != NIL) {
                /* __doc__ = "..." */
                c->u->docstring = doc;
                set_pos(c, body->items[0]);
                load_const(c, doc);
                op_name(c, OP_STORE_NAME, NM(__doc__));
                start = 1;
            }
        }
        for (int i = start; i < body->n && !c->failed; i++) compile_stmt(c, body->items[i]);
        implicit_return_pos(c);
        load_const(c, NONE);
        op(c, OP_RETURN_VALUE, 0);
    }
    CodeObj *co = leave_unit(c);
    if (c->failed) return NULL;
    return co;
}

CodeObj *compile_source(const char *src, size_t len, Value filename, int mode, bool *incomplete)
{
    Node *mod = parse_source(src, len, filename, mode, incomplete);
    if (!mod) return NULL;
    return compile_ast(mod, filename, str_new(src, len), mode & ~PARSE_STREAM);
}
