/* symtable.c — scope analysis (CPython 3.11's symtable.c algorithm).
 *
 * Pass 1 walks the AST and records, per scope, how each name is used (DEF_*
 * flags).  Pass 2 (analyze_block) resolves every name to local, global
 * (explicit or implicit), free or cell, passing down the names bound by
 * enclosing functions and passing up the names free in children.
 * Invariant: a comprehension is its own function scope whose single parameter
 * ".0" is the outermost iterator; its outermost iterable is visited in the
 * enclosing scope.
 */
#include "../runtime/cstack.h"
#include <stdio.h>
#include <string.h>
#include "symtable.h"
#include "../runtime/errors.h"
#include "../runtime/str.h"
#include "../runtime/containers.h"
#include "../runtime/names.h"

typedef struct St {
    SymTable *t;
    Scope *cur;
    bool failed;
} St;

/* ---- helpers ---- */

Value st_source_line(Value source, int line)
{
    if (source == NIL || !str_check(source) || line < 1) return NONE;
    const char *p = str_cstr(source), *end = p + str_len(source);
    for (int l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', end - p);
        if (!nl) return NONE;
        p = nl + 1;
    }
    if (p >= end) return NONE;
    const char *nl = memchr(p, '\n', end - p);
    size_t n = nl ? (size_t)(nl - p + 1) : (size_t)(end - p);
    return str_new(p, n);
}

Value st_error_at(Value filename, Value source, Node *n, const char *msg)
{
    int line = n ? n->line : 1, col = n ? n->col : 0;
    int eline = n ? n->end_line : line, ecol = n ? n->end_col : col;
    return rt_syntax_error(&exc_SyntaxError, msg, filename, line, col + 1, eline, ecol + 1,
                           st_source_line(source, line));
}

static void error(St *st, Node *n, const char *msg)
{
    if (st->failed) return;
    st->failed = true;
    st_error_at(st->t->filename, st->t->source, n, msg);
}

static void errorf(St *st, Node *n, const char *fmt, Value name)
{
    if (st->failed) return;
    char buf[512];
    snprintf(buf, sizeof buf, fmt, str_cstr(name));
    error(st, n, buf);
}

Value st_mangle(Value private_name, Value name)
{
    if (private_name == NIL || name == NIL) return name;
    const char *s = str_cstr(name);
    size_t n = str_len(name);
    if (n < 2 || s[0] != '_' || s[1] != '_') return name;
    if (n >= 2 && s[n - 1] == '_' && s[n - 2] == '_') return name;   /* __dunder__ */
    if (memchr(s, '.', n)) return name;                               /* dotted import */
    const char *p = str_cstr(private_name);
    while (*p == '_') p++;
    if (!*p) return name;                                             /* class ___ */
    Value m = str_printf("_%s%s", p, s);
    return str_intern_value(m);
}

static Scope *scope_new(St *st, int type, Value name, Node *node)
{
    Scope *s = GC_MALLOC(sizeof *s);
    s->type = type;
    s->name = name;
    s->node = node;
    s->symbols = dict_new();
    s->varnames = list_new(0);
    s->private_name = NIL;
    Scope *p = st->cur;
    s->parent = p;
    if (p) {
        s->private_name = p->private_name;
        s->nested = p->nested || p->type == BLOCK_FUNCTION;
        if (p->nchildren == p->child_cap) {
            int cap = p->child_cap ? 2 * p->child_cap : 4;
            Scope **c = GC_MALLOC(cap * sizeof *c);
            if (p->nchildren) memcpy(c, p->children, p->nchildren * sizeof *c);
            p->children = c;
            p->child_cap = cap;
        }
        p->children[p->nchildren++] = s;
    }
    return s;
}

Scope *st_child(Scope *s, Node *n)
{
    for (int i = 0; i < s->nchildren; i++)
        if (s->children[i]->node == n) return s->children[i];
    return NULL;
}

int st_lookup(Scope *s, Value name)
{
    Value v = dict_get_str(s->symbols, name);
    return v == NIL ? 0 : (int)SMALL_VAL(v);
}

static int get_flags(Scope *s, Value name) { return st_lookup(s, name); }

static bool add_def_in(St *st, Scope *s, Value name, int flag, Node *loc)
{
    Value mangled = st_mangle(s->private_name, name);
    int old = get_flags(s, mangled);
    if ((flag & DEF_PARAM) && (old & DEF_PARAM)) {
        errorf(st, loc, "duplicate argument '%s' in function definition", mangled);
        return false;
    }
    dict_set_str(s->symbols, mangled, MK_SMALL(old | flag));
    if (flag & DEF_PARAM) list_append(s->varnames, mangled);
    return true;
}

static bool add_def(St *st, Value name, int flag, Node *loc)
{
    return add_def_in(st, st->cur, name, flag, loc);
}

static void record_directive(Scope *s, Value name, Node *stmt)
{
    if (s->ndirectives == s->directive_cap) {
        int cap = s->directive_cap ? 2 * s->directive_cap : 4;
        Directive *d = GC_MALLOC(cap * sizeof *d);
        if (s->ndirectives) memcpy(d, s->directives, s->ndirectives * sizeof *d);
        s->directives = d;
        s->directive_cap = cap;
    }
    s->directives[s->ndirectives++] = (Directive){name, stmt};
}

static Node *directive_of(Scope *s, Value name)
{
    for (int i = 0; i < s->ndirectives; i++)
        if (str_eq(s->directives[i].name, name)) return s->directives[i].stmt;
    return s->node;
}

/* ---- pass 1 ---- */

/* Nesting deeper than the C stack allows: CPython's RecursionError. */
static void recursion_error(St *st)
{
    if (st->failed) return;
    st->failed = true;
    rt_raise(&exc_RecursionError, "maximum recursion depth exceeded during compilation");
}

static void visit_stmt(St *st, Node *s);
static void visit_expr(St *st, Node *e);

static void visit_stmts(St *st, NodeList *l)
{
    for (int i = 0; i < l->n && !st->failed; i++) visit_stmt(st, l->items[i]);
}

static void visit_exprs(St *st, NodeList *l)
{
    for (int i = 0; i < l->n && !st->failed; i++)
        if (l->items[i]) visit_expr(st, l->items[i]);
}

static void visit_params(St *st, NodeList *l)
{
    for (int i = 0; i < l->n && !st->failed; i++)
        add_def(st, l->items[i]->u.arg.arg, DEF_PARAM, l->items[i]);
}

static void visit_arguments(St *st, Node *a)
{
    visit_params(st, a->u.arguments.posonlyargs);
    visit_params(st, a->u.arguments.args);
    visit_params(st, a->u.arguments.kwonlyargs);
    if (a->u.arguments.vararg) {
        add_def(st, a->u.arguments.vararg->u.arg.arg, DEF_PARAM, a->u.arguments.vararg);
        st->cur->varargs = true;
    }
    if (a->u.arguments.kwarg) {
        add_def(st, a->u.arguments.kwarg->u.arg.arg, DEF_PARAM, a->u.arguments.kwarg);
        st->cur->varkeywords = true;
    }
}

static void visit_arg_annotations(St *st, NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->items[i]->u.arg.annotation) visit_expr(st, l->items[i]->u.arg.annotation);
}

static void visit_annotations(St *st, Node *a, Node *returns)
{
    visit_arg_annotations(st, a->u.arguments.posonlyargs);
    visit_arg_annotations(st, a->u.arguments.args);
    if (a->u.arguments.vararg && a->u.arguments.vararg->u.arg.annotation)
        visit_expr(st, a->u.arguments.vararg->u.arg.annotation);
    if (a->u.arguments.kwarg && a->u.arguments.kwarg->u.arg.annotation)
        visit_expr(st, a->u.arguments.kwarg->u.arg.annotation);
    visit_arg_annotations(st, a->u.arguments.kwonlyargs);
    if (returns) visit_expr(st, returns);
}

static void enter(St *st, int type, Value name, Node *node)
{
    st->cur = scope_new(st, type, name, node);
}

static void leave(St *st) { st->cur = st->cur->parent; }

static void visit_global_nonlocal(St *st, Node *s, bool is_global)
{
    NodeList *names = is_global ? s->u.Global.names : s->u.Nonlocal.names;
    Scope *cur = st->cur;
    if (!is_global && cur->type == BLOCK_MODULE) {
        error(st, s, "nonlocal declaration not allowed at module level");
        return;
    }
    for (int i = 0; i < names->n && !st->failed; i++) {
        Node *nn = names->items[i];
        Value name = nn->kind == K_Name ? nn->u.Name.id : nn->u.Constant.value;
        Value mangled = st_mangle(cur->private_name, name);
        int cur_flags = get_flags(cur, mangled);
        if (cur_flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            const char *msg;
            if (cur_flags & DEF_PARAM)
                msg = is_global ? "name '%s' is parameter and global" : "name '%s' is parameter and nonlocal";
            else if (cur_flags & USE)
                msg = is_global ? "name '%s' is used prior to global declaration"
                                : "name '%s' is used prior to nonlocal declaration";
            else if (cur_flags & DEF_ANNOT)
                msg = is_global ? "annotated name '%s' can't be global" : "annotated name '%s' can't be nonlocal";
            else
                msg = is_global ? "name '%s' is assigned to before global declaration"
                                : "name '%s' is assigned to before nonlocal declaration";
            errorf(st, s, msg, name);
            return;
        }
        add_def(st, name, is_global ? DEF_GLOBAL : DEF_NONLOCAL, s);
        record_directive(cur, mangled, s);
    }
}

static void visit_stmt(St *st, Node *s)
{
    if (st->failed) return;
    if (cstack_exhausted()) { recursion_error(st); return; }
    switch (s->kind) {
    case K_FunctionDef: {
        Node *a = s->u.FunctionDef.args;
        add_def(st, s->u.FunctionDef.name, DEF_LOCAL, s);
        visit_exprs(st, a->u.arguments.defaults);
        visit_exprs(st, a->u.arguments.kw_defaults);
        visit_annotations(st, a, s->u.FunctionDef.returns);
        visit_exprs(st, s->u.FunctionDef.decorator_list);
        enter(st, BLOCK_FUNCTION, s->u.FunctionDef.name, s);
        st->cur->is_async_def = s->u.FunctionDef.is_async != 0;
        if (st->cur->is_async_def) st->cur->coroutine = true;
        visit_arguments(st, a);
        visit_stmts(st, s->u.FunctionDef.body);
        leave(st);
        break;
    }
    case K_ClassDef: {
        add_def(st, s->u.ClassDef.name, DEF_LOCAL, s);
        visit_exprs(st, s->u.ClassDef.bases);
        for (int i = 0; i < s->u.ClassDef.keywords->n; i++)
            visit_expr(st, s->u.ClassDef.keywords->items[i]->u.keyword.value);
        visit_exprs(st, s->u.ClassDef.decorator_list);
        enter(st, BLOCK_CLASS, s->u.ClassDef.name, s);
        st->cur->private_name = s->u.ClassDef.name;
        visit_stmts(st, s->u.ClassDef.body);
        leave(st);
        break;
    }
    case K_Return:
        if (s->u.Return.value) visit_expr(st, s->u.Return.value);
        break;
    case K_Delete: visit_exprs(st, s->u.Delete.targets); break;
    case K_Assign:
        visit_expr(st, s->u.Assign.value);
        visit_exprs(st, s->u.Assign.targets);
        break;
    case K_AugAssign:
        visit_expr(st, s->u.AugAssign.target);
        visit_expr(st, s->u.AugAssign.value);
        break;
    case K_AnnAssign: {
        Node *t = s->u.AnnAssign.target;
        if (t->kind == K_Name) {
            Value mangled = st_mangle(st->cur->private_name, t->u.Name.id);
            int cur = get_flags(st->cur, mangled);
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->cur->type != BLOCK_MODULE &&
                s->u.AnnAssign.simple) {
                errorf(st, s, (cur & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                 : "annotated name '%s' can't be nonlocal", t->u.Name.id);
                return;
            }
            if (s->u.AnnAssign.simple)
                add_def(st, t->u.Name.id, DEF_ANNOT | DEF_LOCAL, t);
            else if (s->u.AnnAssign.value)
                add_def(st, t->u.Name.id, DEF_LOCAL, t);
        } else {
            visit_expr(st, t);
        }
        visit_expr(st, s->u.AnnAssign.annotation);
        if (s->u.AnnAssign.value) visit_expr(st, s->u.AnnAssign.value);
        break;
    }
    case K_For:
        visit_expr(st, s->u.For.iter);
        visit_expr(st, s->u.For.target);
        visit_stmts(st, s->u.For.body);
        visit_stmts(st, s->u.For.orelse);
        break;
    case K_While:
        visit_expr(st, s->u.While.test);
        visit_stmts(st, s->u.While.body);
        visit_stmts(st, s->u.While.orelse);
        break;
    case K_If:
        visit_expr(st, s->u.If.test);
        visit_stmts(st, s->u.If.body);
        visit_stmts(st, s->u.If.orelse);
        break;
    case K_With:
        for (int i = 0; i < s->u.With.items->n; i++) {
            Node *it = s->u.With.items->items[i];
            visit_expr(st, it->u.withitem.context_expr);
            if (it->u.withitem.optional_vars) visit_expr(st, it->u.withitem.optional_vars);
        }
        visit_stmts(st, s->u.With.body);
        break;
    case K_Raise:
        if (s->u.Raise.exc) visit_expr(st, s->u.Raise.exc);
        if (s->u.Raise.cause) visit_expr(st, s->u.Raise.cause);
        break;
    case K_Try:
        visit_stmts(st, s->u.Try.body);
        for (int i = 0; i < s->u.Try.handlers->n; i++) {
            Node *h = s->u.Try.handlers->items[i];
            if (h->u.ExceptHandler.type) visit_expr(st, h->u.ExceptHandler.type);
            if (h->u.ExceptHandler.name != NIL) add_def(st, h->u.ExceptHandler.name, DEF_LOCAL, h);
            visit_stmts(st, h->u.ExceptHandler.body);
        }
        visit_stmts(st, s->u.Try.orelse);
        visit_stmts(st, s->u.Try.finalbody);
        break;
    case K_Assert:
        visit_expr(st, s->u.Assert.test);
        if (s->u.Assert.msg) visit_expr(st, s->u.Assert.msg);
        break;
    case K_Import:
    case K_ImportFrom: {
        NodeList *names = s->kind == K_Import ? s->u.Import.names : s->u.ImportFrom.names;
        for (int i = 0; i < names->n && !st->failed; i++) {
            Node *a = names->items[i];
            Value store = a->u.alias.asname;
            if (store == NIL) {
                const char *nm = str_cstr(a->u.alias.name);
                if (strcmp(nm, "*") == 0) {
                    if (st->cur->type != BLOCK_MODULE) {
                        error(st, a, "import * only allowed at module level");
                        return;
                    }
                    continue;
                }
                const char *dot = strchr(nm, '.');
                store = dot ? str_intern_value(str_new(nm, dot - nm)) : a->u.alias.name;
            }
            add_def(st, store, DEF_IMPORT, a);
        }
        break;
    }
    case K_Global: visit_global_nonlocal(st, s, true); break;
    case K_Nonlocal: visit_global_nonlocal(st, s, false); break;
    case K_Expr: visit_expr(st, s->u.Expr.value); break;
    default: break;
    }
}

/* A walrus inside a comprehension binds in the nearest enclosing function
 * (or module) scope. */
static void extend_namedexpr_scope(St *st, Node *target)
{
    Value name = target->u.Name.id;
    for (Scope *s = st->cur; s; s = s->parent) {
        if (s->comp_kind) {
            if (get_flags(s, name) & DEF_COMP_ITER) {
                errorf(st, target, "assignment expression cannot rebind comprehension iteration variable '%s'", name);
                return;
            }
            continue;
        }
        if (s->type == BLOCK_FUNCTION) {
            int fl = get_flags(s, name);
            add_def(st, name, (fl & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL, target);
            record_directive(st->cur, name, target);
            add_def_in(st, s, name, DEF_LOCAL, target);
            return;
        }
        if (s->type == BLOCK_MODULE) {
            add_def(st, name, DEF_GLOBAL, target);
            record_directive(st->cur, name, target);
            add_def_in(st, s, name, DEF_GLOBAL, target);
            return;
        }
        error(st, target, "assignment expression within a comprehension cannot be used in a class body");
        return;
    }
}

static void visit_comprehension(St *st, Node *e, NodeList *gens, Node *elt, Node *value, int kind)
{
    static const char *const names[] = {"", "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
    Node *outer = gens->items[0];
    st->cur->comp_iter_expr++;
    visit_expr(st, outer->u.comprehension.iter);
    st->cur->comp_iter_expr--;
    if (st->failed) return;
    enter(st, BLOCK_FUNCTION, str_intern(names[kind]), e);
    Scope *s = st->cur;
    s->comp_kind = kind;
    if (kind == COMP_GENEXP) s->generator = true;
    if (outer->u.comprehension.is_async) s->coroutine = true;
    add_def(st, str_intern(".0"), DEF_PARAM, e);
    s->comp_iter_target = true;
    visit_expr(st, outer->u.comprehension.target);
    s->comp_iter_target = false;
    visit_exprs(st, outer->u.comprehension.ifs);
    for (int i = 1; i < gens->n && !st->failed; i++) {
        Node *g = gens->items[i];
        s->comp_iter_target = true;
        visit_expr(st, g->u.comprehension.target);
        s->comp_iter_target = false;
        s->comp_iter_expr++;
        visit_expr(st, g->u.comprehension.iter);
        s->comp_iter_expr--;
        visit_exprs(st, g->u.comprehension.ifs);
        if (g->u.comprehension.is_async) s->coroutine = true;
    }
    if (value) visit_expr(st, value);
    if (elt) visit_expr(st, elt);
    leave(st);
}

static void yield_in_comprehension(St *st, Node *e)
{
    static const char *const msgs[] = {"", "'yield' inside list comprehension",
        "'yield' inside set comprehension", "'yield' inside dict comprehension",
        "'yield' inside generator expression"};
    error(st, e, msgs[st->cur->comp_kind]);
}

static void visit_expr(St *st, Node *e)
{
    if (st->failed || !e) return;
    if (cstack_exhausted()) { recursion_error(st); return; }
    switch (e->kind) {
    case K_NamedExpr: {
        if (st->cur->comp_iter_expr > 0) {
            error(st, e, "assignment expression cannot be used in a comprehension iterable expression");
            return;
        }
        if (st->cur->comp_kind) {
            extend_namedexpr_scope(st, e->u.NamedExpr.target);
            if (st->failed) return;
        }
        visit_expr(st, e->u.NamedExpr.value);
        visit_expr(st, e->u.NamedExpr.target);
        break;
    }
    case K_BoolOp: visit_exprs(st, e->u.BoolOp.values); break;
    case K_BinOp:
        visit_expr(st, e->u.BinOp.left);
        visit_expr(st, e->u.BinOp.right);
        break;
    case K_UnaryOp: visit_expr(st, e->u.UnaryOp.operand); break;
    case K_Lambda: {
        Node *a = e->u.Lambda.args;
        visit_exprs(st, a->u.arguments.defaults);
        visit_exprs(st, a->u.arguments.kw_defaults);
        enter(st, BLOCK_FUNCTION, str_intern("<lambda>"), e);
        st->cur->is_lambda = true;
        visit_arguments(st, a);
        visit_expr(st, e->u.Lambda.body);
        leave(st);
        break;
    }
    case K_IfExp:
        visit_expr(st, e->u.IfExp.test);
        visit_expr(st, e->u.IfExp.body);
        visit_expr(st, e->u.IfExp.orelse);
        break;
    case K_Dict:
        for (int i = 0; i < e->u.Dict.values->n; i++) {
            if (e->u.Dict.keys->items[i]) visit_expr(st, e->u.Dict.keys->items[i]);
            visit_expr(st, e->u.Dict.values->items[i]);
        }
        break;
    case K_Set: visit_exprs(st, e->u.Set.elts); break;
    case K_ListComp: visit_comprehension(st, e, e->u.ListComp.generators, e->u.ListComp.elt, NULL, COMP_LIST); break;
    case K_SetComp: visit_comprehension(st, e, e->u.SetComp.generators, e->u.SetComp.elt, NULL, COMP_SET); break;
    case K_DictComp:
        visit_comprehension(st, e, e->u.DictComp.generators, e->u.DictComp.value, e->u.DictComp.key, COMP_DICT);
        break;
    case K_GeneratorExp:
        visit_comprehension(st, e, e->u.GeneratorExp.generators, e->u.GeneratorExp.elt, NULL, COMP_GENEXP);
        break;
    case K_Await:
        visit_expr(st, e->u.Await.value);
        st->cur->coroutine = true;
        break;
    case K_Yield:
    case K_YieldFrom:
        visit_expr(st, e->kind == K_Yield ? e->u.Yield.value : e->u.YieldFrom.value);
        st->cur->generator = true;
        if (st->cur->comp_kind) yield_in_comprehension(st, e);
        break;
    case K_Compare:
        visit_expr(st, e->u.Compare.left);
        visit_exprs(st, e->u.Compare.comparators);
        break;
    case K_Call:
        visit_expr(st, e->u.Call.func);
        visit_exprs(st, e->u.Call.args);
        for (int i = 0; i < e->u.Call.keywords->n; i++)
            visit_expr(st, e->u.Call.keywords->items[i]->u.keyword.value);
        break;
    case K_FormattedValue:
        visit_expr(st, e->u.FormattedValue.value);
        if (e->u.FormattedValue.format_spec) visit_expr(st, e->u.FormattedValue.format_spec);
        break;
    case K_JoinedStr: visit_exprs(st, e->u.JoinedStr.values); break;
    case K_Attribute: visit_expr(st, e->u.Attribute.value); break;
    case K_Subscript:
        visit_expr(st, e->u.Subscript.value);
        visit_expr(st, e->u.Subscript.slice);
        break;
    case K_Starred: visit_expr(st, e->u.Starred.value); break;
    case K_Slice:
        visit_expr(st, e->u.Slice.lower);
        visit_expr(st, e->u.Slice.upper);
        visit_expr(st, e->u.Slice.step);
        break;
    case K_Name: {
        int flag = e->u.Name.ctx == CTX_LOAD ? USE : DEF_LOCAL;
        if (st->cur->comp_iter_target) flag |= DEF_COMP_ITER;
        add_def(st, e->u.Name.id, flag, e);
        if (e->u.Name.ctx == CTX_LOAD && st->cur->type == BLOCK_FUNCTION &&
            strcmp(str_cstr(e->u.Name.id), "super") == 0)
            add_def(st, NM(__class__), USE, e);
        break;
    }
    case K_List: visit_exprs(st, e->u.List.elts); break;
    case K_Tuple: visit_exprs(st, e->u.Tuple.elts); break;
    default: break;
    }
}

/* ---- pass 2 ---- */

static bool ns_has(Value set, Value name) { return set != NIL && dict_get_str(set, name) != NIL; }
static void ns_add(Value set, Value name) { dict_set_str(set, name, NONE); }
static void ns_discard(Value set, Value name) { if (set != NIL) dict_del(set, name); }
static void ns_update(Value dst, Value src)
{
    if (src == NIL) return;
    size_t pos = 0;
    Value k, v;
    while (dict_next(src, &pos, &k, &v)) dict_set_str(dst, k, NONE);
}
static Value ns_copy(Value src)
{
    Value d = dict_new();
    ns_update(d, src);
    return d;
}

static void analyze_name(St *st, Scope *s, Value scopes, Value name, int flags, Value bound,
                         Value local, Value free, Value global)
{
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL) {
            errorf(st, directive_of(s, name), "name '%s' is nonlocal and global", name);
            return;
        }
        dict_set_str(scopes, name, MK_SMALL(SC_GLOBAL_EXPLICIT));
        ns_add(global, name);
        ns_discard(bound, name);
        return;
    }
    if (flags & DEF_NONLOCAL) {
        if (!ns_has(bound, name)) {
            errorf(st, directive_of(s, name), "no binding for nonlocal '%s' found", name);
            return;
        }
        dict_set_str(scopes, name, MK_SMALL(SC_FREE));
        s->has_free = true;
        ns_add(free, name);
        return;
    }
    if (flags & DEF_BOUND) {
        dict_set_str(scopes, name, MK_SMALL(SC_LOCAL));
        ns_add(local, name);
        ns_discard(global, name);
        return;
    }
    if (ns_has(bound, name)) {
        dict_set_str(scopes, name, MK_SMALL(SC_FREE));
        s->has_free = true;
        ns_add(free, name);
        return;
    }
    if (ns_has(global, name)) {
        dict_set_str(scopes, name, MK_SMALL(SC_GLOBAL_IMPLICIT));
        return;
    }
    if (s->nested) s->has_free = true;
    dict_set_str(scopes, name, MK_SMALL(SC_GLOBAL_IMPLICIT));
}

static void analyze_block(St *st, Scope *s, Value bound, Value free, Value global)
{
    Value local = dict_new(), scopes = dict_new();
    Value newglobal = dict_new(), newfree = dict_new(), newbound = dict_new();
    if (s->type == BLOCK_CLASS) {
        ns_update(newglobal, global);
        ns_update(newbound, bound);
    }
    size_t pos = 0;
    Value name, v;
    while (dict_next(s->symbols, &pos, &name, &v)) {
        analyze_name(st, s, scopes, name, (int)SMALL_VAL(v), bound, local, free, global);
        if (st->failed) return;
    }
    if (s->type != BLOCK_CLASS) {
        if (s->type == BLOCK_FUNCTION) ns_update(newbound, local);
        ns_update(newbound, bound);
        ns_update(newglobal, global);
    } else {
        ns_add(newbound, NM(__class__));
    }
    Value allfree = dict_new();
    for (int i = 0; i < s->nchildren; i++) {
        Scope *c = s->children[i];
        Value tb = ns_copy(newbound), tf = ns_copy(newfree), tg = ns_copy(newglobal);
        analyze_block(st, c, tb, tf, tg);
        if (st->failed) return;
        ns_update(allfree, tf);
        if (c->has_free || c->child_free) s->child_free = true;
    }
    ns_update(newfree, allfree);
    if (s->type == BLOCK_FUNCTION) {
        /* names local here and free in a child become cells */
        pos = 0;
        while (dict_next(scopes, &pos, &name, &v)) {
            if (SMALL_VAL(v) != SC_LOCAL || !ns_has(newfree, name)) continue;
            dict_set_str(scopes, name, MK_SMALL(SC_CELL));
            ns_discard(newfree, name);
        }
    } else if (s->type == BLOCK_CLASS) {
        if (ns_has(newfree, NM(__class__))) {
            ns_discard(newfree, NM(__class__));
            s->needs_class_closure = true;
        }
    }
    /* update_symbols */
    pos = 0;
    while (dict_next(s->symbols, &pos, &name, &v)) {
        Value sc = dict_get_str(scopes, name);
        int fl = (int)SMALL_VAL(v) | (int)((sc != NIL ? SMALL_VAL(sc) : 0) << SCOPE_SHIFT);
        dict_set_str(s->symbols, name, MK_SMALL(fl));
    }
    pos = 0;
    while (dict_next(newfree, &pos, &name, &v)) {
        Value old = dict_get_str(s->symbols, name);
        if (old != NIL) {
            int fl = (int)SMALL_VAL(old);
            if (s->type == BLOCK_CLASS && (fl & (DEF_BOUND | DEF_GLOBAL)))
                dict_set_str(s->symbols, name, MK_SMALL(fl | DEF_FREE_CLASS));
            continue;
        }
        if (bound != NIL && !ns_has(bound, name)) continue;
        dict_set_str(s->symbols, name, MK_SMALL(SC_FREE << SCOPE_SHIFT));
    }
    ns_update(free, newfree);
}

SymTable *st_build(Node *mod, Value filename, Value source)
{
    SymTable *t = GC_MALLOC(sizeof *t);
    t->filename = filename;
    t->source = source;
    St st = {t, NULL, false};
    enter(&st, BLOCK_MODULE, str_intern("top"), mod);
    t->top = st.cur;
    switch (mod->kind) {
    case K_Module: visit_stmts(&st, mod->u.Module.body); break;
    case K_Interactive: visit_stmts(&st, mod->u.Interactive.body); break;
    case K_Expression: visit_expr(&st, mod->u.Expression.body); break;
    default: break;
    }
    if (st.failed) return NULL;
    analyze_block(&st, t->top, NIL, dict_new(), dict_new());
    if (st.failed) return NULL;
    return t;
}
