/* parse.c — drives the bison push parser with lex.c's tokens and owns what
 * LALR cannot say: string literals (escapes, concatenation, f-strings parsed by
 * re-entering the parser), target checks, call-argument and parameter order,
 * and the choice of CPython 3.11's SyntaxError message and position when the
 * parser gets stuck.
 * Invariant: the first error recorded wins, except that a tokenizer error
 * later in the file replaces a parser error (CPython tokenizes the rest of the
 * file before reporting one).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "../runtime/cstack.h"
#include "lex.h"
#include "parse.h"
#include "parser.h"
#include "../runtime/errors.h"
#include "../runtime/num.h"
#include "../runtime/str.h"
#include "../runtime/bytes.h"
#include "../runtime/abstract.h"

/* ---------------------------------------------------------------- errors */

/* Record SyntaxError msg at 1-based line, 0-based byte columns (end_col < 0:
 * CPython's end_offset is end_col + 1, i.e. -1 -> 0, -2 -> -1). */
static void error_at(ParseState *ps, Type *t, const char *msg, int line, int col, int end_line, int end_col)
{
    if (ps->failed) return;
    ps->failed = true;
    ps->err_from_lexer = false;
    lex_error_at(ps->lx, t, msg, line, col, end_line, end_col);
}

void p_error(ParseState *ps, Type *t, SrcPos pos, const char *fmt, ...)
{
    if (ps->failed) return;
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    error_at(ps, t, msg, pos.line, pos.col, pos.end_line, pos.end_col);
}

/* An error whose token is the ENDMARKER: CPython's tokenizer is then on the
 * last line of the file (blank and comment lines count), at its end; read
 * from a stream, its buffer is spent and the offset is 0 (no caret). */
static void eof_error(ParseState *ps, Type *t, const char *msg)
{
    if (ps->failed) return;
    Lexer *lx = ps->lx;
    const char *src = lx->src, *end = src + lx->len, *last = src;
    int line = 1;
    for (const char *p = src; p < end; p++)
        if (*p == '\n' && p + 1 < end) line++, last = p + 1;
    int col = 0;
    while (last + col < end && last[col] != '\n') col++;
    if (!ps->stream || lx->line_offset) {
        error_at(ps, t, msg, line, col, line, -2);
        return;
    }
    ps->failed = true;
    ps->err_from_lexer = false;
    rt_syntax_error(t, msg, lx->filename, line, 0, line, -1, lex_line_text(src, line));
}

static SrcPos npos(Node *n) { return (SrcPos){ n->line, n->col, n->end_line, n->end_col }; }

/* ---------------------------------------------------------------- targets */

static const char *expr_name(Node *e)
{
    switch (e->kind) {
    case K_Attribute: return "attribute";
    case K_Subscript: return "subscript";
    case K_Starred: return "starred";
    case K_Name: return "name";
    case K_List: return "list";
    case K_Tuple: return "tuple";
    case K_Lambda: return "lambda";
    case K_Call: return "function call";
    case K_BoolOp: case K_BinOp: case K_UnaryOp: return "expression";
    case K_GeneratorExp: return "generator expression";
    case K_Yield: case K_YieldFrom: return "yield expression";
    case K_Await: return "await expression";
    case K_ListComp: return "list comprehension";
    case K_SetComp: return "set comprehension";
    case K_DictComp: return "dict comprehension";
    case K_Dict: return "dict literal";
    case K_Set: return "set display";
    case K_JoinedStr: case K_FormattedValue: return "f-string expression";
    case K_Constant: {
        Value v = e->u.Constant.value;
        if (v == NONE) return "None";
        if (v == TRUE_V) return "True";
        if (v == FALSE_V) return "False";
        if (v == ELLIPSIS) return "ellipsis";
        return "literal";
    }
    case K_Compare: return "comparison";
    case K_IfExp: return "conditional expression";
    case K_NamedExpr: return "named expression";
    default: return "expression";
    }
}

/* The first node inside e that cannot be a target, or NULL. */
static Node *invalid_target(Node *e, int ctx)
{
    switch (e->kind) {
    case K_Name: case K_Attribute: case K_Subscript: return NULL;
    case K_Starred: return ctx == CTX_DEL ? e : invalid_target(e->u.Starred.value, ctx);
    case K_Tuple: case K_List: {
        NodeList *l = e->kind == K_Tuple ? e->u.Tuple.elts : e->u.List.elts;
        if (e->kind == K_Tuple && e->u.Tuple.ctx == CTX_WITHITEMS) return e;
        for (int i = 0; i < l->n; i++) {
            Node *bad = invalid_target(l->items[i], ctx);
            if (bad) return bad;
        }
        return NULL;
    }
    default: return e;
    }
}

static void set_ctx(Node *e, int ctx)
{
    switch (e->kind) {
    case K_Name: e->u.Name.ctx = ctx; break;
    case K_Attribute: e->u.Attribute.ctx = ctx; break;
    case K_Subscript: e->u.Subscript.ctx = ctx; break;
    case K_Starred: e->u.Starred.ctx = ctx; set_ctx(e->u.Starred.value, ctx); break;
    case K_Tuple: e->u.Tuple.ctx = ctx; for (int i = 0; i < e->u.Tuple.elts->n; i++) set_ctx(e->u.Tuple.elts->items[i], ctx); break;
    case K_List: e->u.List.ctx = ctx; for (int i = 0; i < e->u.List.elts->n; i++) set_ctx(e->u.List.elts->items[i], ctx); break;
    default: break;
    }
}



/* Looser than bitwise_or and not parenthesised: CPython's invalid_named_expression
 * (the "Maybe you meant '=='" hint) does not apply to it. */
static bool is_unparenthesized_low(Node *e)
{
    bool low = e->kind == K_BoolOp || e->kind == K_Compare || e->kind == K_IfExp || e->kind == K_Lambda
            || (e->kind == K_UnaryOp && e->u.UnaryOp.op == UOP_NOT);
    return low;
}

static bool is_bare_yield(ParseState *ps, Node *e)
{
    for (int i = 0; i < ps->bare_yields->n; i++)
        if (ps->bare_yields->items[i] == e) return true;
    return false;
}

Node *p_store(ParseState *ps, Node *e, int ctx)
{
    Node *bad = invalid_target(e, ctx == CTX_DEL ? CTX_DEL : CTX_STORE);
    if (bad) {
        const char *what = expr_name(bad);
        if (ctx == CTX_DEL) p_error(ps, &exc_SyntaxError, npos(bad), "cannot delete %s", what);
        else if (bad == e && (bad->kind == K_Yield || bad->kind == K_YieldFrom) && is_bare_yield(ps, bad))
            p_error(ps, &exc_SyntaxError, npos(bad), "assignment to yield expression not possible");
        /* The hint needs the bad target right before '=' (alone, or last in a bare tuple). */
        else if (ctx == CTX_STORE_EQ && (bad == e || (e->kind == K_Tuple && e->u.Tuple.elts->n > 0
                                                   && bad == e->u.Tuple.elts->items[e->u.Tuple.elts->n - 1]))
                 && bad->kind != K_Tuple && bad->kind != K_List && bad->kind != K_Starred
                 && !(bad->kind == K_Constant && (bad->u.Constant.value == NONE || bad->u.Constant.value == TRUE_V || bad->u.Constant.value == FALSE_V))
                 && bad->kind != K_GeneratorExp && !is_unparenthesized_low(bad))
            p_error(ps, &exc_SyntaxError, npos(bad), "cannot assign to %s here. Maybe you meant '==' instead of '='?", what);
        else p_error(ps, &exc_SyntaxError, npos(bad), "cannot assign to %s", what);
        return e;
    }
    if (ctx != CTX_DEL && e->kind == K_Starred)
        p_error(ps, &exc_SyntaxError, npos(e), "starred assignment target must be in a list or tuple");
    set_ctx(e, ctx == CTX_DEL ? CTX_DEL : CTX_STORE);
    return e;
}

Node *p_aug_target(ParseState *ps, Node *e)
{
    if (e->kind == K_Name || e->kind == K_Attribute || e->kind == K_Subscript) { set_ctx(e, CTX_STORE); return e; }
    p_error(ps, &exc_SyntaxError, npos(e), "'%s' is an illegal expression for augmented assignment", expr_name(e));
    return e;
}

Node *p_ann_target(ParseState *ps, Node *e)
{
    if (e->kind == K_Name || e->kind == K_Attribute || e->kind == K_Subscript) { set_ctx(e, CTX_STORE); return e; }
    if (e->kind == K_Tuple)
        p_error(ps, &exc_SyntaxError, e->u.Tuple.elts->n ? npos(e->u.Tuple.elts->items[0]) : npos(e), "only single target (not tuple) can be annotated");
    else if (e->kind == K_List)
        p_error(ps, &exc_SyntaxError, npos(e), "only single target (not list) can be annotated");
    else
        p_error(ps, &exc_SyntaxError, npos(e), "illegal target for annotation");
    return e;
}

/* A group's node excludes its parentheses: a parenthesised e starts later than written. */
static bool parenthesised(SrcPos written, Node *e) { return written.line != e->line || written.col != e->col; }

Node *p_walrus_target(ParseState *ps, SrcPos e1, Node *e, const SrcPos *op)
{
    if (e->kind == K_Name && !parenthesised(e1, e)) { e->u.Name.ctx = CTX_STORE; return e; }
    if (op) {
        p_error(ps, &exc_SyntaxError, *op, "invalid syntax");
        return e;
    }
    p_error(ps, &exc_SyntaxError, npos(e), "cannot use assignment expressions with %s", expr_name(e));
    return e;
}

/* ---------------------------------------------------------------- calls, params */

void p_bare_genexp(ParseState *ps, Node *g) { nodelist_push(ps->bare_genexps, g); }

static bool is_bare_genexp(ParseState *ps, Node *g)
{
    for (int i = 0; i < ps->bare_genexps->n; i++)
        if (ps->bare_genexps->items[i] == g) return true;
    return false;
}

void p_bare_yield_target(ParseState *ps, Node *e)
{
    if (e->kind == K_Yield || e->kind == K_YieldFrom) nodelist_push(ps->bare_yields, e);
}

Node *p_keyword(ParseState *ps, SrcPos pos, SrcPos name1, SrcPos eq, Node *name, Node *value)
{
    bool paren = parenthesised(name1, name);
    if (name->kind == K_Name && !paren) return ast_keyword(pos, name->u.Name.id, value);
    /* CPython's invalid_kwarg: from the expression (its node) to the '='. */
    SrcPos p = { name->line, name->col, eq.end_line, eq.end_col };
    if (!paren && name->kind == K_Constant && (name->u.Constant.value == TRUE_V || name->u.Constant.value == FALSE_V || name->u.Constant.value == NONE))
        p_error(ps, &exc_SyntaxError, p, "cannot assign to %s", expr_name(name));
    else
        p_error(ps, &exc_SyntaxError, p, "expression cannot contain assignment, perhaps you meant \"==\"?");
    return ast_keyword(pos, NIL, value);
}

Node *p_call(ParseState *ps, SrcPos pos, Node *func, NodeList *items)
{
    NodeList *args = nodelist_new(), *kws = nodelist_new();
    bool seen_kw = false, seen_dstar = false;
    SrcPos close = { pos.end_line, pos.end_col - 1, pos.end_line, pos.end_col };
    for (int i = 0; i < items->n; i++) {
        Node *a = items->items[i];
        if (a->kind == K_GeneratorExp && is_bare_genexp(ps, a) && items->n > 1) {
            /* CPython's range: the element's node to the last comprehension item's. */
            Node *elt = a->u.GeneratorExp.elt;
            NodeList *gens = a->u.GeneratorExp.generators;
            Node *lastc = gens->items[gens->n - 1];
            NodeList *ifs = lastc->u.comprehension.ifs;
            Node *end = ifs->n ? ifs->items[ifs->n - 1] : lastc->u.comprehension.iter;
            SrcPos p = { elt->line, elt->col, end->end_line, end->end_col };
            p_error(ps, &exc_SyntaxError, p, "Generator expression must be parenthesized");
        }
        if (a->kind == K_keyword) {
            if (a->u.keyword.arg == NIL) seen_dstar = true;
            else {
                seen_kw = true;
                for (int j = 0; j < kws->n; j++)
                    if (kws->items[j]->u.keyword.arg == a->u.keyword.arg)
                        p_error(ps, &exc_SyntaxError, npos(a), "keyword argument repeated: %s", str_cstr(a->u.keyword.arg));
            }
            nodelist_push(kws, a);
        } else if (a->kind == K_Starred) {
            if (seen_dstar) {
                SrcPos p = npos(a); p.end_line = p.line; p.end_col = p.col + 1;
                p_error(ps, &exc_SyntaxError, p, "iterable argument unpacking follows keyword argument unpacking");
            }
            nodelist_push(args, a);
        } else {
            if (seen_dstar) p_error(ps, &exc_SyntaxError, close, "positional argument follows keyword argument unpacking");
            else if (seen_kw) p_error(ps, &exc_SyntaxError, close, "positional argument follows keyword argument");
            nodelist_push(args, a);
        }
    }
    /* A bare genexp as the sole argument spans the call's parentheses. */
    if (items->n == 1 && items->items[0]->kind == K_GeneratorExp && is_bare_genexp(ps, items->items[0]) && func) {
        Node *g = items->items[0];
        g->line = func->end_line; g->col = func->end_col;
        g->end_line = pos.end_line; g->end_col = pos.end_col;
    }
    return ast_Call(pos, func, args, kws);
}

static SrcPos first_char(Node *n) { SrcPos p = npos(n); p.end_line = p.line; p.end_col = p.col + 1; return p; }

Node *p_arguments(ParseState *ps, NodeList *params, bool lambda)
{
    NodeList *posonly = nodelist_new(), *args = nodelist_new(), *kwonly = nodelist_new();
    NodeList *kwdefaults = nodelist_new(), *defaults = nodelist_new();
    Node *vararg = NULL, *kwarg = NULL;
    bool seen_star = false, seen_slash = false, seen_default = false;
    Node *bare_star = NULL;
    for (int i = 0; i < params->n; i++) {
        Node *p = params->items[i];
        if (kwarg) { p_error(ps, &exc_SyntaxError, npos(p), "arguments cannot follow var-keyword argument"); break; }
        switch (p->kind) {
        case K_arg:
            if (seen_star) { nodelist_push(kwonly, p); nodelist_push(kwdefaults, NULL); bare_star = NULL; }
            else if (seen_default) p_error(ps, &exc_SyntaxError, npos(p), "non-default argument follows default argument");
            else nodelist_push(args, p);
            break;
        case K_NamedExpr:
            if (seen_star) { nodelist_push(kwonly, p->u.NamedExpr.target); nodelist_push(kwdefaults, p->u.NamedExpr.value); bare_star = NULL; }
            else { nodelist_push(args, p->u.NamedExpr.target); nodelist_push(defaults, p->u.NamedExpr.value); seen_default = true; }
            break;
        case K_Starred:
            if (p->u.Starred.ctx == 1) { kwarg = p->u.Starred.value; break; }
            if (seen_star) { p_error(ps, &exc_SyntaxError, first_char(p), "* argument may appear only once"); break; }
            seen_star = true;
            vararg = p->u.Starred.value;
            if (!vararg) bare_star = p;
            break;
        case K_Slice:
            if (seen_slash) p_error(ps, &exc_SyntaxError, npos(p), "/ may appear only once");
            else if (seen_star) p_error(ps, &exc_SyntaxError, npos(p), "/ must be ahead of *");
            else if (args->n == 0) p_error(ps, &exc_SyntaxError, npos(p), i == 0 ? "invalid syntax" : "at least one argument must precede /");
            seen_slash = true;
            for (int j = 0; j < args->n; j++) nodelist_push(posonly, args->items[j]);
            args = nodelist_new();
            break;
        default: break;
        }
    }
    if (bare_star) p_error(ps, &exc_SyntaxError, npos(bare_star), "named arguments must follow bare *");
    (void)lambda;
    SrcPos pos = params->n ? npos(params->items[0]) : (SrcPos){ 0, 0, 0, 0 };
    if (params->n) { Node *l = params->items[params->n - 1]; pos.end_line = l->end_line; pos.end_col = l->end_col; }
    return ast_arguments(pos, posonly, args, vararg, kwonly, kwdefaults, kwarg, defaults);
}

Node *p_dict(SrcPos pos, NodeList *pairs)
{
    NodeList *keys = nodelist_new(), *values = nodelist_new();
    for (int i = 0; i < pairs->n; i++) {
        nodelist_push(keys, pairs->items[i]->u.Dict.keys->items[0]);
        nodelist_push(values, pairs->items[i]->u.Dict.values->items[0]);
    }
    return ast_Dict(pos, keys, values);
}

void p_star_handler(ParseState *ps, Node *h) { nodelist_push(ps->star_handlers, h); }

Node *p_try(ParseState *ps, SrcPos pos, NodeList *body, NodeList *handlers, NodeList *orelse, NodeList *final)
{
    int nstar = 0;
    for (int i = 0; i < handlers->n; i++) {
        bool star = false;
        for (int j = 0; j < ps->star_handlers->n; j++)
            if (ps->star_handlers->items[j] == handlers->items[i]) star = true;
        nstar += star;
        if (i > 0 && star != (nstar - star == i)) {
            Node *h = handlers->items[i];
            p_error(ps, &exc_SyntaxError, (SrcPos){ h->line, h->col, h->line, h->col + 6 },
                    "cannot have both 'except' and 'except*' on the same 'try'");
        }
        if (!star && handlers->items[i]->u.ExceptHandler.type == NULL && i < handlers->n - 1) {
            Node *h = handlers->items[i];
            p_error(ps, &exc_SyntaxError, (SrcPos){ h->line, h->col, h->line, h->col + 6 }, "default 'except:' must be last");
        }
    }
    return ast_Try(pos, body, handlers, orelse, final, nstar > 0);
}

NodeList *p_with_items(ParseState *ps, NodeList *items)
{
    if (items->n == 1 && !items->items[0]->u.withitem.optional_vars) {
        Node *e = items->items[0]->u.withitem.context_expr;
        if (e->kind == K_Tuple && e->u.Tuple.ctx == CTX_WITHITEMS) return e->u.Tuple.elts;
        if (e->kind == K_Tuple && e->u.Tuple.elts->n > 0 && ps->lx->src[0] && e->col >= 0) {
            NodeList *l = nodelist_new();
            for (int i = 0; i < e->u.Tuple.elts->n; i++) {
                Node *x = e->u.Tuple.elts->items[i];
                nodelist_push(l, ast_withitem(npos(x), x, NULL));
            }
            return l;
        }
    }
    for (int i = 0; i < items->n; i++) {
        Node *e = items->items[i]->u.withitem.context_expr;
        if (e->kind == K_Tuple && e->u.Tuple.ctx == CTX_WITHITEMS) p_error(ps, &exc_SyntaxError, npos(e), "invalid syntax");
    }
    return items;
}

/* ---------------------------------------------------------------- tree walks */

/* Call f on every child node of n (its NODE and LIST fields). */
#define F_V_NODE(x) if (x) f(x, ctx);
#define F_V_LIST(x) for (int i_ = 0; i_ < (x)->n; i_++) if ((x)->items[i_]) f((x)->items[i_], ctx);
#define F_V_IDENT(x)
#define F_V_INT(x)
#define F_V_CONST(x)
static void visit_children(Node *n, void (*f)(Node *, void *), void *ctx)
{
    switch (n->kind) {
#define F(type, name) F_V_##type(u_->name)
#define NODE(kind, fields) case K_##kind: { struct kind##_fields *u_ = &n->u.kind; (void)u_; fields } break;
#include "ast.def"
#undef F
#undef NODE
    default: break;
    }
}

static void shift_pos(Node *n, void *ctx)
{
    int *d = ctx;   /* line offset, column offset for line 1 */
    if (n->line == 1) n->col += d[1];
    if (n->end_line == 1) n->end_col += d[1];
    n->line += d[0];
    n->end_line += d[0];
    visit_children(n, shift_pos, ctx);
}

static void check_leftovers(Node *n, void *ctx)
{
    ParseState *ps = ctx;
    if (ps->failed) return;
    if (cstack_exhausted()) {
        ps->failed = true;
        rt_raise(&exc_RecursionError, "maximum recursion depth exceeded during compilation");
        return;
    }
    if (n->kind == K_Tuple && n->u.Tuple.ctx == CTX_WITHITEMS) {
        p_error(ps, &exc_SyntaxError, npos(n), "invalid syntax");
        return;
    }
    visit_children(n, check_leftovers, ctx);
}

/* ---------------------------------------------------------------- strings */

static Node *parse_fexpr(ParseState *ps, Token *t, const char *s, const char *e);

/* Where p (inside token t's text) sits in the file. */
static void text_pos(Token *t, const char *p, int *line, int *col)
{
    *line = t->line; *col = t->col;
    for (const char *q = t->start; q < p; q++) {
        if (*q == '\n') { (*line)++; *col = 0; } else (*col)++;
    }
}

/* Errors CPython reports at the end of the literal's token. */
static void str_error(ParseState *ps, Token *t, const char *msg)
{
    error_at(ps, &exc_SyntaxError, msg, t->end_line, t->end_col, t->end_line, t->end_col);
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decode backslash escapes of [s, e) into out. */
static bool unescape(ParseState *ps, Token *t, const char *s, const char *e, bool bytes, StrBuf *out)
{
    const char *body = s;
    for (const char *p = s; p < e;) {
        if (*p != '\\' || p + 1 >= e) { sb_addc(out, *p++); continue; }
        char c = p[1];
        p += 2;
        switch (c) {
        case '\n': break;
        case '\\': sb_addc(out, '\\'); break;
        case '\'': sb_addc(out, '\''); break;
        case '"': sb_addc(out, '"'); break;
        case 'a': sb_addc(out, '\a'); break;
        case 'b': sb_addc(out, '\b'); break;
        case 'f': sb_addc(out, '\f'); break;
        case 'n': sb_addc(out, '\n'); break;
        case 'r': sb_addc(out, '\r'); break;
        case 't': sb_addc(out, '\t'); break;
        case 'v': sb_addc(out, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(c - '0');
            for (int k = 0; k < 2 && p < e && *p >= '0' && *p <= '7'; k++) v = v * 8 + (unsigned)(*p++ - '0');
            if (bytes) sb_addc(out, (char)(v & 0xFF)); else sb_addcp(out, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            if (bytes && c != 'x') { sb_addc(out, '\\'); sb_addc(out, c); break; }
            int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            uint32_t v = 0;
            int k = 0;
            for (; k < n && p + k < e && hexval(p[k]) >= 0; k++) v = v * 16 + (uint32_t)hexval(p[k]);
            char msg[160];
            size_t pos = (size_t)(p - 2 - body);
            if (k < n) {
                if (bytes) snprintf(msg, sizeof msg, "(value error) invalid \\x escape at position %zu", pos);
                else snprintf(msg, sizeof msg, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: truncated \\%c%s escape",
                              pos, pos + 1 + (size_t)k, c, c == 'x' ? "XX" : c == 'u' ? "XXXX" : "XXXXXXXX");
                str_error(ps, t, msg);
                return false;
            }
            if (v > 0x10FFFF) {
                snprintf(msg, sizeof msg, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: illegal Unicode character", pos, pos + 9);
                str_error(ps, t, msg);
                return false;
            }
            p += n;
            if (bytes) sb_addc(out, (char)v); else sb_addcp(out, v);
            break;
        }
        case 'N':
            if (!bytes) {
                char msg[160];
                snprintf(msg, sizeof msg, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: \\N{...} escapes are not supported by asp",
                         (size_t)(p - 2 - body), (size_t)(p - body));
                str_error(ps, t, msg);
                return false;
            }
            /* fall through */
        default:
            sb_addc(out, '\\');
            p--;    /* the character after the backslash is kept as is */
            break;
        }
    }
    return true;
}

typedef struct StrParts {
    NodeList *values;     /* f-string: Constant / FormattedValue nodes */
    StrBuf lit;           /* pending literal text */
    SrcPos pos;
} StrParts;

static void flush_lit(StrParts *sp)
{
    if (sp->lit.len == 0) return;
    Value v = sb_finish(&sp->lit);
    sb_init(&sp->lit);
    nodelist_push(sp->values, ast_Constant(sp->pos, v, NIL));
}

/* Parse an f-string body [s, e).  In a format spec (spec=true) a '}' ends it
 * and *stop says where.  Literal text goes to sp->lit, fields to sp->values. */
static bool fstring_body(ParseState *ps, Token *t, const char *s, const char *e, bool raw, bool spec, StrParts *sp, const char **stop)
{
    const char *p = s;
    while (p < e) {
        const char *q = p;
        while (q < e && *q != '{' && *q != '}') q++;
        if (q > p) {
            if (raw) sb_add(&sp->lit, p, (size_t)(q - p));
            else if (!unescape(ps, t, p, q, false, &sp->lit)) return false;
        }
        p = q;
        if (p >= e) break;
        if (*p == '}') {
            if (spec) { *stop = p; return true; }
            if (p + 1 < e && p[1] == '}') { sb_addc(&sp->lit, '}'); p += 2; continue; }
            str_error(ps, t, "f-string: single '}' is not allowed");
            return false;
        }
        if (!spec && p + 1 < e && p[1] == '{') { sb_addc(&sp->lit, '{'); p += 2; continue; }
        /* A replacement field: find the end of the expression. */
        const char *xs = ++p;
        int depth = 0;
        char quote = 0;
        for (; p < e; p++) {
            char c = *p;
            if (quote) { if (c == quote) quote = 0; continue; }
            if (c == '\'' || c == '"') { quote = c; continue; }
            if (c == '[' || c == '(' || c == '{') { depth++; continue; }
            if (c == '#') { str_error(ps, t, "f-string expression part cannot include '#'"); return false; }
            if (depth > 0) { if (c == ']' || c == ')' || c == '}') depth--; continue; }
            if (c == '!' || c == '=' || c == '<' || c == '>') {
                if (p + 1 < e && p[1] == '=') { p++; continue; }
                if (c == '<' || c == '>') continue;
                break;
            }
            if (c == ':' || c == '}' || c == ']' || c == ')') break;
        }
        if (quote) { str_error(ps, t, "f-string: unterminated string"); return false; }
        const char *xe = p;
        bool blank = true;
        for (const char *k = xs; k < xe; k++) if (*k != ' ' && *k != '\t' && *k != '\n') blank = false;
        if (blank) {
            str_error(ps, t, p < e && *p == '!' ? "f-string: expression required before '!'" :
                             p < e && *p == ':' ? "f-string: expression required before ':'" :
                             p < e && *p == '=' ? "f-string: expression required before '='" :
                             p >= e ? "f-string: expecting '}'" : "f-string: empty expression not allowed");
            return false;
        }
        if (p >= e) { str_error(ps, t, "f-string: expecting '}'"); return false; }
        Node *expr = parse_fexpr(ps, t, xs, xe);
        if (!expr) return false;
        int conv = -1;
        bool selfdoc = false;
        Node *fspec = NULL;
        if (*p == '=') {
            p++;
            sb_add(&sp->lit, xs, (size_t)(p - xs));
            while (p < e && (*p == ' ' || *p == '\t' || *p == '\n')) sb_addc(&sp->lit, *p++);
            selfdoc = true;
        }
        if (p < e && *p == '!') {
            p++;
            if (p >= e || (*p != 's' && *p != 'r' && *p != 'a') || p + 1 >= e || (p[1] != ':' && p[1] != '}')) {
                /* A valid conversion character not followed by ':' or '}' is a missing '}'. */
                if (p >= e || ((*p == 's' || *p == 'r' || *p == 'a'))) str_error(ps, t, "f-string: expecting '}'");
                else str_error(ps, t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
                return false;
            }
            conv = *p++;
        }
        if (p < e && *p == ':') {
            p++;
            StrParts sub;
            sub.values = nodelist_new();
            sb_init(&sub.lit);
            sub.pos = sp->pos;
            const char *end = e;
            if (!fstring_body(ps, t, p, e, raw, true, &sub, &end)) return false;
            flush_lit(&sub);
            fspec = ast_JoinedStr(sp->pos, sub.values);
            p = end;
        }
        /* {x=} shows the repr unless a conversion or a format spec says otherwise. */
        if (selfdoc && conv == -1 && !fspec) conv = 'r';
        if (p >= e || *p != '}') { str_error(ps, t, "f-string: expecting '}'"); return false; }
        p++;
        flush_lit(sp);
        nodelist_push(sp->values, ast_FormattedValue(sp->pos, expr, conv, fspec));
    }
    if (spec) { *stop = e; str_error(ps, t, "f-string: expecting '}'"); return false; }
    return true;
}

Node *parse_strings(ParseState *ps, Token *toks, int n)
{
    Token *first = &toks[0], *lastt = &toks[n - 1];
    SrcPos pos = { first->line, first->col, lastt->end_line, lastt->end_col };
    bool any_bytes = false, any_str = false, any_f = false, u_kind = false;
    for (int i = 0; i < n; i++) {
        bool b = false, f = false;
        for (const char *p = toks[i].start; *p != '\'' && *p != '"'; p++) {
            if (*p == 'b' || *p == 'B') b = true;
            if (*p == 'f' || *p == 'F') f = true;
            if (i == 0 && (*p == 'u' || *p == 'U')) u_kind = true;
        }
        if (b) any_bytes = true; else any_str = true;
        if (f) any_f = true;
    }
    if (any_bytes && any_str) {
        error_at(ps, &exc_SyntaxError, "cannot mix bytes and nonbytes literals", lastt->end_line, lastt->end_col, lastt->end_line, lastt->end_col);
        return NULL;
    }
    StrParts sp;
    sp.values = nodelist_new();
    sb_init(&sp.lit);
    sp.pos = pos;
    for (int i = 0; i < n; i++) {
        Token *t = &toks[i];
        bool raw = false, f = false;
        const char *p = t->start;
        for (; *p != '\'' && *p != '"'; p++) {
            if (*p == 'r' || *p == 'R') raw = true;
            if (*p == 'f' || *p == 'F') f = true;
        }
        char q = *p;
        int ql = (p[1] == q && p[2] == q && t->end - p >= 6) ? 3 : 1;
        const char *s = p + ql, *e = t->end - ql;
        if (any_bytes) {
            for (const char *k = s; k < e; k++)
                if ((unsigned char)*k >= 0x80) {
                    error_at(ps, &exc_SyntaxError, "bytes can only contain ASCII literal characters", t->line, t->col, t->end_line, t->end_col);
                    return NULL;
                }
        }
        if (f) {
            if (!fstring_body(ps, t, s, e, raw, false, &sp, NULL)) return NULL;
        } else if (raw) sb_add(&sp.lit, s, (size_t)(e - s));
        else if (!unescape(ps, t, s, e, any_bytes, &sp.lit)) return NULL;
    }
    if (any_bytes) {
        return ast_Constant(pos, bytes_new(sp.lit.p ? sp.lit.p : "", sp.lit.len), NIL);
    }
    if (!any_f) {
        Value v = sb_finish(&sp.lit);
        return ast_Constant(pos, v, u_kind ? str_intern("u") : NIL);
    }
    flush_lit(&sp);
    return ast_JoinedStr(pos, sp.values);
}

/* ---------------------------------------------------------------- driver */

static void record(ParseState *ps, Token t)
{
    if (ps->ntoks == ps->captoks) {
        ps->captoks = ps->captoks ? ps->captoks * 2 : 256;
        Token *nt = GC_MALLOC(sizeof(Token) * (size_t)ps->captoks);
        if (ps->ntoks) memcpy(nt, ps->toks, sizeof(Token) * (size_t)ps->ntoks);
        ps->toks = nt;
    }
    ps->toks[ps->ntoks++] = t;
}

/* The next token the parser cares about (no NL / COMMENT). */
static Token next_tok(ParseState *ps)
{
    for (;;) {
        Token t = lex_next(ps->lx);
        if (t.kind == TK_NL || t.kind == TK_COMMENT) continue;
        if (t.kind != TK_ERROR) record(ps, t);
        return t;
    }
}

static void init_state(ParseState *ps, Lexer *lx, Value filename, int mode)
{
    memset(ps, 0, sizeof *ps);
    ps->lx = lx;
    ps->src = lx->src;
    ps->filename = filename;
    ps->mode = mode;
    ps->bare_genexps = nodelist_new();
    ps->star_handlers = nodelist_new();
    ps->bare_yields = nodelist_new();
}

static Node *run(ParseState *ps, int start)
{
    void *pp = pp_new();
    Token st;
    memset(&st, 0, sizeof st);
    st.kind = start; st.line = st.end_line = 1;
    int r = pp_push(pp, start, &st, ps);
    Token la;
    bool have_la = false;
    while (r == pp_more() && !ps->failed) {
        Token t = have_la ? la : next_tok(ps);
        have_la = false;
        if (t.kind == TK_ERROR) { ps->failed = true; ps->err_from_lexer = true; break; }
        if (t.kind == T_STRING) {
            int first = ps->ntoks - 1, n = 1;
            for (;;) {
                la = next_tok(ps);
                if (la.kind != T_STRING) { have_la = true; break; }
                n++;
            }
            Node *s = parse_strings(ps, &ps->toks[first], n);
            if (!s) break;
            Token *lt = &ps->toks[first + n - 1];
            t.end_line = lt->end_line; t.end_col = lt->end_col; t.end = lt->end;
            t.value = (Value)s;
        }
        if (t.kind == TK_BADTOKEN) t.kind = '$';
        ps->cur = t;
        r = pp_push(pp, t.kind, &t, ps);
        if (t.kind == T_ENDMARKER && r == pp_more() && !ps->failed)
            r = pp_push(pp, 0, &t, ps);      /* bison's own end of input */
    }
    pp_delete(pp);
    if (r == 0 && !ps->failed) return ps->result;
    if (!ps->failed) {          /* bison gave up without calling us (memory) */
        ps->failed = true;
        rt_raise_nomem();
    }
    return NULL;
}

static void shift_pos(Node *n, void *ctx);

/* An f-string replacement field: parse "(expr)" on its own, then move the
 * positions to where the expression sits in the file. */
static Node *parse_fexpr(ParseState *ps, Token *t, const char *s, const char *e)
{
    size_t n = (size_t)(e - s);
    char *buf = GC_MALLOC_ATOMIC(n + 3);
    buf[0] = '(';
    memcpy(buf + 1, s, n);
    buf[n + 1] = ')';
    buf[n + 2] = '\0';
    Lexer lx;
    lex_init(&lx, buf, n + 2, ps->filename);
    lx.in_fstring = true;
    ParseState sub;
    init_state(&sub, &lx, ps->filename, PARSE_EVAL);
    sub.fstring_depth = ps->fstring_depth + 1;
    Node *r = run(&sub, T_START_FEXPR);
    if (!r) { ps->failed = true; ps->err_from_lexer = true; return NULL; }
    int line, col;
    text_pos(t, s, &line, &col);
    int d[2] = { line - 1, col - 1 };
    shift_pos(r, d);
    return r;
}

/* ---------------------------------------------------------------- syntax errors */

static bool starts_expr(int k)
{
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_NONE: case T_TRUE: case T_FALSE:
    case T_ELLIPSIS: case T_LAMBDA: case T_NOT: case T_AWAIT: case '(': case '[': case '{':
    case '-': case '+': case '~':
        return true;
    }
    return false;
}

static bool ends_expr(int k)
{
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_NONE: case T_TRUE: case T_FALSE:
    case T_ELLIPSIS: case ')': case ']': case '}':
        return true;
    }
    return false;
}

static bool binary_tok(int k)
{
    switch (k) {
    case '+': case '-': case '*': case '/': case '%': case '@': case '|': case '&': case '^':
    case '<': case '>': case '.': case T_EQEQ: case T_NOTEQ: case T_LESSEQ: case T_GREATEREQ:
    case T_LSHIFT: case T_RSHIFT: case T_POW: case T_FLOORDIV: case T_AND: case T_OR: case T_NOT:
    case T_IS: case T_IN: case '~': case T_AWAIT:
        return true;
    }
    return false;
}

/* Narrow the token range [*a, *b] to the expression CPython's AST would give
 * it: a parenthesised expression's node excludes its parentheses (a group is
 * its inner node), unless the parentheses make a tuple or a generator. */
static void strip_group(ParseState *ps, int *a, int *b)
{
    while (*a < *b && ps->toks[*a].kind == '(' && ps->toks[*b].kind == ')') {
        int d = 0, j = *a;
        bool inner_only = true;
        for (; j <= *b; j++) {
            int k = ps->toks[j].kind;
            if (k == '(' || k == '[' || k == '{') d++;
            else if (k == ')' || k == ']' || k == '}') { if (--d == 0) break; }
            else if (d == 1 && (k == ',' || k == T_FOR)) inner_only = false;
        }
        if (j != *b || !inner_only || *b - *a < 2) return;
        (*a)++, (*b)--;
    }
}

/* Index of the first token of the disjunction ending at toks[i]. */
static int expr_start(ParseState *ps, int i)
{
    int j = i;
    while (j >= 0) {
        int k = ps->toks[j].kind;
        if (k == ')' || k == ']' || k == '}') {
            int d = 0;
            for (; j >= 0; j--) {
                int kk = ps->toks[j].kind;
                if (kk == ')' || kk == ']' || kk == '}') d++;
                else if (kk == '(' || kk == '[' || kk == '{') { if (--d == 0) break; }
            }
            if (j < 0) return 0;
            k = ps->toks[j].kind;
        }
        if (j == 0) return 0;
        int pk = ps->toks[j - 1].kind;
        /* keep going through trailers and binary operators */
        if (pk == '.' && j >= 2) { j -= 2; continue; }
        if ((k == '(' || k == '[') && ends_expr(pk)) { j--; continue; }
        if (binary_tok(pk) && pk != '.') { j -= 1; if (j == 0) return 0; j--; if (!ends_expr(ps->toks[j].kind)) return j + 1; continue; }
        if (pk == T_STRING && k == T_STRING) { j--; continue; }
        return j;
    }
    return 0;
}

/* Lex ahead until toks[idx] exists; false at the end of input or on a tokenizer error. */
static bool ensure(ParseState *ps, int idx)
{
    while (ps->ntoks <= idx) {
        if (ps->lx->done) return false;
        Token t = next_tok(ps);
        if (t.kind == TK_ERROR) { rt_exc_clear(); ps->lx->done = true; return false; }
    }
    return true;
}

/* Index of the last token of the expression starting at toks[j] (lexing ahead as needed). */
static int expr_end(ParseState *ps, int j)
{
    for (;;) {
        int k = ps->toks[j].kind;
        if (k == '(' || k == '[' || k == '{') {
            int d = 0;
            for (;; j++) {
                if (!ensure(ps, j)) return j - 1;
                int kk = ps->toks[j].kind;
                if (kk == '(' || kk == '[' || kk == '{') d++;
                else if ((kk == ')' || kk == ']' || kk == '}') && --d == 0) break;
            }
        }
        if (!ensure(ps, j + 1)) return j;
        int nk = ps->toks[j + 1].kind;
        if (nk == '.') { if (!ensure(ps, j + 2)) return j; j += 2; continue; }
        if (nk == '(' || nk == '[') { j += 1; continue; }
        if (binary_tok(nk) && nk != T_NOT && ensure(ps, j + 2) && starts_expr(ps->toks[j + 2].kind)) { j += 2; continue; }
        return j;
    }
}

/* The first token of the logical line containing toks[i]. */
static int line_start(ParseState *ps, int i)
{
    int d = 0;
    for (int j = i - 1; j >= 0; j--) {
        int k = ps->toks[j].kind;
        if (k == ')' || k == ']' || k == '}') d++;
        else if (k == '(' || k == '[' || k == '{') d--;
        else if (d <= 0 && (k == T_NEWLINE || k == T_INDENT || k == T_DEDENT || k == ';')) return j + 1;
    }
    return 0;
}

static const char *block_kind(ParseState *ps, int s, int *line)
{
    Token *t = &ps->toks[s];
    if (t->kind == T_ASYNC && s + 1 < ps->ntoks) t = &ps->toks[s + 1];
    *line = t->line;
    switch (t->kind) {
    case T_IF: return "'if' statement";
    case T_ELIF: return "'elif' statement";
    case T_ELSE: return "'else' statement";
    case T_WHILE: return "'while' statement";
    case T_FOR: return "'for' statement";
    case T_WITH: return "'with' statement";
    case T_TRY: return "'try' statement";
    case T_FINALLY: return "'finally' statement";
    case T_EXCEPT: return (t + 1 < ps->toks + ps->ntoks && t[1].kind == '*') ? "'except*' statement" : "'except' statement";
    case T_DEF: return "function definition";
    case T_CLASS: return "class definition";
    }
    return NULL;
}

static bool is_name(Token *t, const char *s)
{
    return t->kind == T_NAME && strcmp(str_cstr(t->value), s) == 0;
}

void p_syntax_error(ParseState *ps, const int *expected, int n)
{
    if (ps->failed) return;
    Lexer *lx = ps->lx;
    Token *t = &ps->cur;
    int ti = ps->ntoks - 1;
    while (ti > 0 && ps->toks[ti].start != t->start) ti--;
    bool exp_indent = false, exp_colon = false, exp_except = false, exp_finally = false, exp_else = false;
    for (int i = 0; i < n; i++) {
        if (expected[i] == T_INDENT) exp_indent = true;
        if (expected[i] == ':') exp_colon = true;
        if (expected[i] == T_EXCEPT) exp_except = true;
        if (expected[i] == T_FINALLY) exp_finally = true;
        if (expected[i] == T_ELSE) exp_else = true;
    }
    if (t->kind == T_ENDMARKER) ps->eof_incomplete = true;
    if (t->kind == T_ENDMARKER && lx->depth > 0) {
        char msg[64];
        snprintf(msg, sizeof msg, "'%c' was never closed", lx->brackets[lx->depth - 1]);
        error_at(ps, &exc_SyntaxError, msg, lx->bracket_line[lx->depth - 1], lx->bracket_col[lx->depth - 1],
                 lx->bracket_line[lx->depth - 1], -1);
        return;
    }
    int ls = line_start(ps, ti);
    Token *first = &ps->toks[ls];
    if (is_name(first, "match") && ls + 1 <= ti && ps->fstring_depth == 0) {
        /* A match statement: its header ends with ':' at bracket depth 0. */
        int j = ti;
        while (ps->toks[j].kind != T_NEWLINE && ps->toks[j].kind != T_ENDMARKER && ensure(ps, j + 1)) j++;
        if (j > ls && ps->toks[j - 1].kind == ':') {
            error_at(ps, &exc_SyntaxError, "'match' statements are not supported by asp", first->line, first->col, first->end_line, first->end_col);
            return;
        }
    }
    if (t->kind == T_INDENT) {
        error_at(ps, &exc_IndentationError, "unexpected indent", t->line, t->end_col - 1, t->line, -2);
        return;
    }
    if (exp_indent && t->kind != T_INDENT) {
        /* After "header: NEWLINE" the block's INDENT is missing. */
        int nl = ti - 1;
        while (nl > 0 && ps->toks[nl].kind != T_NEWLINE) nl--;
        int hs = line_start(ps, nl);
        int line;
        const char *what = block_kind(ps, hs, &line);
        if (what) {
            char msg[128];
            snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what, line);
            if (t->kind == T_ENDMARKER)
                eof_error(ps, &exc_IndentationError, msg);
            else
                error_at(ps, &exc_IndentationError, msg, t->line, t->col, t->line, t->end_col);
            return;
        }
    }
    if (exp_except && exp_finally && t->kind != T_EXCEPT) {
        /* "try: block" and then neither handler: CPython's invalid_try_stmt. */
        const char *msg = "expected 'except' or 'finally' block";
        /* The block's DEDENT is consumed; a further DEDENT gets offset 0 (no caret). */
        int j = ti;
        while (ps->toks[j].kind == T_DEDENT && ensure(ps, j + 1)) j++;
        if (ps->toks[j].kind == T_ENDMARKER) {
            eof_error(ps, &exc_SyntaxError, msg);
        } else if (t->kind == T_DEDENT) {
            ps->failed = true;
            ps->err_from_lexer = false;
            rt_syntax_error(&exc_SyntaxError, msg, lx->filename, t->line + lx->line_offset, 0,
                            t->line + lx->line_offset, -1, lex_line_text(lx->src, t->line));
        } else {
            error_at(ps, &exc_SyntaxError, msg, t->line, t->col, t->end_line, t->end_col);
        }
        return;
    }
    if (exp_else && t->kind != ':' && ti > 0) {
        /* "a if b" without else: CPython's invalid_expression. */
        int d = 0, j = ti - 1;
        for (; j > 0; j--) {
            int k = ps->toks[j].kind;
            if (k == ')' || k == ']' || k == '}') d++;
            else if (k == '(' || k == '[' || k == '{') { if (--d < 0) break; }
            else if (d == 0 && k == T_IF) break;
        }
        if (j > 0 && ps->toks[j].kind == T_IF && ends_expr(ps->toks[j - 1].kind)) {
            int a0 = expr_start(ps, j - 1), a1 = j - 1, b0 = j + 1, b1 = ti - 1;
            strip_group(ps, &a0, &a1);
            strip_group(ps, &b0, &b1);
            Token *ta = &ps->toks[a0], *tb = &ps->toks[b1];
            error_at(ps, &exc_SyntaxError, "expected 'else' after 'if' expression", ta->line, ta->col, tb->end_line, tb->end_col);
            return;
        }
    }
    if ((t->kind == '}' || t->kind == ',') && ti > 1 && ps->toks[ti - 1].kind == ':') {
        /* "{key:}": CPython's invalid_double_starred_kvpairs, at the ':'. */
        int d = 0, j = ti - 2;
        bool in_key = true;    /* still inside this key (a lambda's ':' is no key's) */
        for (; j >= 0; j--) {
            int k = ps->toks[j].kind;
            if (k == ')' || k == ']' || k == '}') d++;
            else if (k == '(' || k == '[' || k == '{') { if (--d < 0) break; }
            else if (d == 0 && k == ',') in_key = false;
            else if (d == 0 && k == T_LAMBDA && in_key) break;
        }
        if (j >= 0 && ps->toks[j].kind == '{') {
            Token *c = &ps->toks[ti - 1];
            error_at(ps, &exc_SyntaxError, "expression expected after dictionary key and ':'", c->line, c->col, c->end_line, c->end_col);
            return;
        }
    }
    if (t->kind == '(' && ti > 0 && (ps->toks[ti - 1].kind == '(' || ps->toks[ti - 1].kind == ',' || ps->toks[ti - 1].kind == T_LAMBDA)) {
        /* "def f((a, b))" / "lambda (a): 0": CPython's invalid_parameters
         * rules, from the '(' to its ')' around plain names. */
        int j = ti - 1;
        while (j > 0 && (ps->toks[j].kind == T_NAME || ps->toks[j].kind == ',')) j--;
        bool lambda = ps->toks[j].kind == T_LAMBDA;
        bool def = ps->toks[j].kind == '(' && j >= 2 && ps->toks[j - 1].kind == T_NAME && ps->toks[j - 2].kind == T_DEF;
        if (lambda || def) {
            int e = ti + 1, names = 0;
            while (ensure(ps, e) && (ps->toks[e].kind == T_NAME || ps->toks[e].kind == ',')) {
                if (ps->toks[e].kind == T_NAME) {
                    if (e > ti + 1 && ps->toks[e - 1].kind == T_NAME) break;
                    names++;
                } else if (ps->toks[e - 1].kind != T_NAME) break;
                e++;
            }
            if (names > 0 && ensure(ps, e) && ps->toks[e].kind == ')') {
                Token *b = &ps->toks[e];
                error_at(ps, &exc_SyntaxError, lambda ? "Lambda expression parameters cannot be parenthesized"
                                                      : "Function parameters cannot be parenthesized",
                         t->line, t->col, b->end_line, b->end_col);
                return;
            }
        }
    }
    if (exp_colon && t->kind != ':') {
        /* A key without a value in a dict display: CPython's invalid_kvpair. */
        int d = 0, j = ti - 1, key = -1;
        bool dict = false;
        for (; j >= 0; j--) {
            int k = ps->toks[j].kind;
            if (k == ')' || k == ']' || k == '}') d++;
            else if (k == '(' || k == '[' || k == '{') { if (--d < 0) break; }
            else if (d == 0 && k == ',' && key < 0) key = j + 1;
            else if (d == 0 && (k == ':' || k == T_POW)) dict = true;
        }
        if (j >= 0 && ps->toks[j].kind == '{' && dict && key > 0 && key < ti) {
            int k0 = key, k1 = ti - 1;
            strip_group(ps, &k0, &k1);
            Token *e = &ps->toks[k1];
            error_at(ps, &exc_SyntaxError, "':' expected after dictionary key", e->end_line, e->end_col - 1, e->end_line, -1);
            return;
        }
    }
    if (exp_colon && t->kind != ':' && lx->depth == 0) {
        int k = first->kind == T_ASYNC && ls + 1 < ps->ntoks ? ps->toks[ls + 1].kind : first->kind;
        bool forced = k == T_DEF || k == T_TRY || k == T_ELSE || k == T_FINALLY;
        bool header = k == T_IF || k == T_ELIF || k == T_WHILE || k == T_FOR || k == T_WITH || k == T_CLASS || k == T_EXCEPT;
        if (forced || (header && t->kind == T_NEWLINE)) {
            error_at(ps, &exc_SyntaxError, "expected ':'", t->line, t->col, t->line, t->kind == T_NEWLINE ? t->col : t->end_col);
            return;
        }
    }
    if (first->kind == T_DEF && ls + 2 == ti && t->kind != '(') {
        error_at(ps, &exc_SyntaxError, "expected '('", t->line, t->col, t->end_line, t->end_col);
        return;
    }
    /* Two expressions side by side inside brackets: a forgotten comma. */
    if (ti > 0 && lx->depth > 0 && starts_expr(t->kind) && ends_expr(ps->toks[ti - 1].kind)
        && !(ps->toks[ti - 1].kind == T_NAME && t->kind == T_STRING)) {
        int a = expr_start(ps, ti - 1);
        int b = expr_end(ps, ti);
        /* A file that ends inside brackets reports those instead (see parse_source). */
        Token *ta = &ps->toks[a], *tb = &ps->toks[b];
        error_at(ps, &exc_SyntaxError, "invalid syntax. Perhaps you forgot a comma?", ta->line, ta->col, tb->end_line, tb->end_col);
        return;
    }
    if (is_name(first, "print") && ls + 1 == ti && starts_expr(t->kind) && t->kind != '(' && lx->depth == 0) {
        int b = expr_end(ps, ti);
        error_at(ps, &exc_SyntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?",
                 first->line, first->col, ps->toks[b].end_line, ps->toks[b].end_col);
        return;
    }
    if (t->kind == '=' && ti > 0 && ps->toks[ti - 1].kind == T_NAME && ti - 1 > ls) {
        int pk = ps->toks[ti - 2].kind;
        if (pk == T_IF || pk == T_ELIF || pk == T_WHILE || pk == T_AND || pk == T_OR || pk == T_NOT) {
            int b = ensure(ps, ti + 1) ? expr_end(ps, ti + 1) : ti;
            error_at(ps, &exc_SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                     ps->toks[ti - 1].line, ps->toks[ti - 1].col, ps->toks[b].end_line, ps->toks[b].end_col);
            return;
        }
    }
    if (t->kind == T_NEWLINE || t->kind == T_ENDMARKER || t->kind == T_DEDENT)
        error_at(ps, &exc_SyntaxError, "invalid syntax", t->line, t->col, t->line, t->col);
    else
        error_at(ps, &exc_SyntaxError, "invalid syntax", t->line, t->col, t->end_line, t->end_col);
}

/* ---------------------------------------------------------------- entry */

static bool ends_with_blank_line(const char *s, size_t n)
{
    /* The REPL finishes a compound statement with an empty line. */
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    if (n == 0 || s[n - 1] != '\n') return false;
    n--;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    return n == 0 || s[n - 1] == '\n';
}

/* The checks CPython's tokenizer makes on the raw text before tokenizing:
 * no NUL bytes, valid UTF-8.  false with the SyntaxError set. */
static bool check_source_bytes(const char *src, size_t len, Value filename)
{
    bool from_string = !filename || !str_check(filename) || str_cstr(filename)[0] == '<';
    const char *nul = memchr(src, 0, len);
    if (nul) {
        if (from_string) {
            rt_raise(&exc_SyntaxError, "source code string cannot contain null bytes");
            return false;
        }
        int line = 1;
        const char *bol = src;
        for (const char *p = src; p < nul; p++)
            if (*p == '\n') { line++; bol = p + 1; }
        const char *eol = memchr(nul, '\n', len - (size_t)(nul - src));
        if (!eol) eol = src + len;
        Value text = str_new(bol, (size_t)(nul - bol));
        rt_syntax_error(&exc_SyntaxError, "source code cannot contain null bytes", filename, line, 0, line, 0, text);
        return false;
    }
    if (!str_validate_utf8(src, len)) {
        /* Find the first bad byte for the message, as CPython's tokenizer reports it. */
        const char *p = src, *end = src + len;
        int line = 1;
        while (p < end) {
            unsigned char c = (unsigned char)*p;
            size_t n = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
            if (n == 0 || p + n > end || !str_validate_utf8(p, n)) break;
            if (c == '\n') line++;
            p += n;
        }
        rt_raise(&exc_SyntaxError, "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                 "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                 (unsigned char)*p, from_string ? "<string>" : str_cstr(filename), line);
        return false;
    }
    return true;
}

Node *parse_source(const char *src, size_t len, Value filename, int mode, bool *incomplete)
{
    bool stream = (mode & PARSE_STREAM) != 0;
    mode &= ~PARSE_STREAM;
    if (incomplete) *incomplete = false;
    if (mode == PARSE_FILE && !stream && len > 0 && src[len - 1] != '\n') {
        /* CPython's string tokenizer ends exec input with a newline (error
         * texts show it); a file read as a stream is taken as it is. */
        char *copy = GC_MALLOC_ATOMIC(len + 2);
        memcpy(copy, src, len);
        copy[len] = '\n';
        copy[len + 1] = 0;
        src = copy;
        len++;
    }
    if (!check_source_bytes(src, len, filename)) return NULL;
    Lexer lx;
    lex_init(&lx, src, len, filename);
    ParseState ps;
    init_state(&ps, &lx, filename, mode);
    ps.stream = stream;
    int start = mode == PARSE_SINGLE ? T_START_SINGLE : mode == PARSE_EVAL ? T_START_EVAL : T_START_FILE;
    if (mode == PARSE_EVAL) {
        /* eval() ignores leading whitespace on the first line. */
        while (*lx.cur == ' ' || *lx.cur == '\t') lx.cur++;
        lx.at_bol = false;
    }
    Node *r = run(&ps, start);
    if (r) {
        visit_children(r, check_leftovers, &ps);
        if (ps.failed) return NULL;
        if (mode == PARSE_SINGLE && incomplete && r->u.Interactive.body->n > 0) {
            Node *lastst = r->u.Interactive.body->items[r->u.Interactive.body->n - 1];
            bool compound = lastst->kind == K_If || lastst->kind == K_While || lastst->kind == K_For || lastst->kind == K_Try
                         || lastst->kind == K_With || lastst->kind == K_FunctionDef || lastst->kind == K_ClassDef;
            if (compound && !ends_with_blank_line(lx.src, lx.len)) { *incomplete = true; rt_exc_clear(); return NULL; }
        }
        return r;
    }
    if (mode == PARSE_SINGLE && incomplete) {
        if (ps.eof_incomplete || (ps.err_from_lexer && (lx.unterminated_triple || lx.eof_continuation))) {
            *incomplete = true;
            rt_exc_clear();
            return NULL;
        }
    }
    if (!ps.err_from_lexer && ps.fstring_depth == 0) {
        /* CPython tokenizes the rest of the file: a tokenizer error there wins,
         * and so does a bracket left open at the end of the file. */
        Value saved = rt_exc_fetch();
        int err_line = 0;
        if (saved) {
            Value l = rt_getattr_cstr(saved, "lineno");
            if (l && IS_SMALL(l)) err_line = (int)SMALL_VAL(l);
            else rt_exc_clear();
        }
        for (;;) {
            Token t = lex_next(&lx);
            if (t.kind == TK_ERROR) {
                if (lx.err_overrides) return NULL;
                rt_exc_clear();
                break;
            }
            if (t.kind == T_ENDMARKER) {
                if (lx.depth > 0 && err_line >= lx.bracket_line[lx.depth - 1]) {
                    char msg[64];
                    snprintf(msg, sizeof msg, "'%c' was never closed", lx.brackets[lx.depth - 1]);
                    lex_error_at(&lx, &exc_SyntaxError, msg, lx.bracket_line[lx.depth - 1], lx.bracket_col[lx.depth - 1],
                                 lx.bracket_line[lx.depth - 1], -1);
                    return NULL;
                }
                break;
            }
        }
        if (saved) rt_raise_value(saved);
    }
    return NULL;
}
