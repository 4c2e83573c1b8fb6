/* ast.c — AST constructors, node lists and ast_dump, all generated from ast.def.
 * Invariant: constructors never leave a LIST field NULL; ast_dump prints what
 * CPython's ast.dump(tree, indent=2) prints for the same tree.
 *
 * ast.def's field lists are walked here as preprocessor sequences: with
 * F(type, name) defined as "(type, name)", a node's fields become
 * "(NODE, test)(LIST, body)...", which the SEQ_* macros below visit one by one
 * (two alternating macros, the last one pasted into an empty *_END).
 */
#include <stdio.h>
#include <string.h>
#include "ast.h"
#include "../runtime/abstract.h"
#include "../runtime/str.h"
#include "../runtime/num.h"
#include "../runtime/errors.h"

#define SEQ_END(...) SEQ_END_(__VA_ARGS__)
#define SEQ_END_(...) __VA_ARGS__ ## _END

/* ", Node * test, NodeList * body" */
#define SIG_A(t, n) , F_##t n SIG_B
#define SIG_B(t, n) , F_##t n SIG_A
#define SIG_A_END
#define SIG_B_END

/* "u_->test = test; u_->body = body ? body : nodelist_new();" */
#define SET_NODE(n) n
#define SET_LIST(n) (n ? n : nodelist_new())
#define SET_IDENT(n) n
#define SET_INT(n) n
#define SET_CONST(n) n
#define ASSIGN_A(t, n) u_->n = SET_##t(n); ASSIGN_B
#define ASSIGN_B(t, n) u_->n = SET_##t(n); ASSIGN_A
#define ASSIGN_A_END
#define ASSIGN_B_END

#define F(type, name) (type, name)
#define NODE(K, fields) \
    Node *ast_##K(SrcPos pos SEQ_END(SIG_A fields)) { \
        Node *n_ = GC_MALLOC(sizeof(Node)); \
        n_->kind = K_##K; \
        n_->line = pos.line; n_->col = pos.col; n_->end_line = pos.end_line; n_->end_col = pos.end_col; \
        struct K##_fields *u_ = &n_->u.K; (void)u_; \
        SEQ_END(ASSIGN_A fields) \
        return n_; \
    }
#include "ast.def"
#undef NODE

const char *const ast_kind_names[] = {
#define NODE(kind, fields) #kind,
#include "ast.def"
#undef NODE
};

NodeList *nodelist_new(void)
{
    NodeList *l = GC_MALLOC(sizeof(NodeList));
    l->n = l->cap = 0;
    l->items = NULL;
    return l;
}

void nodelist_push(NodeList *l, Node *n)
{
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        Node **items = GC_MALLOC(sizeof(Node *) * (size_t)cap);
        if (l->n) memcpy(items, l->items, sizeof(Node *) * (size_t)l->n);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = n;
}

/* ---------------------------------------------------------------- ast_dump */

typedef struct Dump { StrBuf b; bool ok; } Dump;

static const char *binop_names[] = {
#define X(name, sym, f, r, i) #name,
    BINOPS(X)
#undef X
};

static const char *op_class(int op)
{
    static const struct { const char *ours, *cpy; } map[] = {
        {"ADD", "Add"}, {"AND", "BitAnd"}, {"FLOORDIV", "FloorDiv"}, {"LSHIFT", "LShift"},
        {"MATMUL", "MatMult"}, {"MUL", "Mult"}, {"MOD", "Mod"}, {"OR", "BitOr"}, {"POW", "Pow"},
        {"RSHIFT", "RShift"}, {"SUB", "Sub"}, {"TRUEDIV", "Div"}, {"XOR", "BitXor"},
    };
    if (op < 0 || op >= BINOP__COUNT) return "?";
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcmp(map[i].ours, binop_names[op]) == 0) return map[i].cpy;
    return "?";
}

static const char *const cmp_names[] = { "Lt", "LtE", "Eq", "NotEq", "Gt", "GtE", "Is", "IsNot", "In", "NotIn" };
static const char *const unary_names[] = { "Invert", "Not", "UAdd", "USub" };
static const char *const ctx_names[] = { "Load", "Store", "Del" };

/* One formatted field value: its text and whether it is "simple" (CPython's
 * rule: a node with no fields shown, or an empty list, or a plain value). */
typedef struct Part { Value text; bool simple; } Part;

static Part fmt_node(Node *n, int level);

static Value indent_str(int level)
{
    StrBuf b;
    sb_init(&b);
    for (int i = 0; i < level; i++) sb_adds(&b, "  ");
    return sb_finish(&b);
}

/* Join "name=value" parts the way ast.dump does. */
static Part finish_call(const char *cls, Value *args, int nargs, bool allsimple, int level)
{
    StrBuf b;
    sb_init(&b);
    sb_adds(&b, cls);
    sb_addc(&b, '(');
    if (allsimple && nargs <= 3) {
        for (int i = 0; i < nargs; i++) {
            if (i) sb_adds(&b, ", ");
            sb_add(&b, str_cstr(args[i]), str_len(args[i]));
        }
        sb_addc(&b, ')');
        return (Part){ sb_finish(&b), nargs == 0 };
    }
    Value ind = indent_str(level + 1);
    for (int i = 0; i < nargs; i++) {
        sb_adds(&b, i ? ",\n" : "\n");
        sb_add(&b, str_cstr(ind), str_len(ind));
        sb_add(&b, str_cstr(args[i]), str_len(args[i]));
    }
    sb_addc(&b, ')');
    return (Part){ sb_finish(&b), false };
}

static Part fmt_list(NodeList *l, int level, bool names_as_str)
{
    if (!l || l->n == 0) return (Part){ str_from_cstr("[]"), true };
    StrBuf b;
    sb_init(&b);
    sb_addc(&b, '[');
    Value ind = indent_str(level + 1);
    for (int i = 0; i < l->n; i++) {
        sb_adds(&b, i ? ",\n" : "\n");
        sb_add(&b, str_cstr(ind), str_len(ind));
        Node *x = l->items[i];
        Value t;
        if (!x) t = str_from_cstr("None");
        else if (names_as_str && x->kind == K_Name) t = str_repr(x->u.Name.id);
        else t = fmt_node(x, level + 1).text;
        if (!t) return (Part){ NIL, false };
        sb_add(&b, str_cstr(t), str_len(t));
    }
    sb_addc(&b, ']');
    return (Part){ sb_finish(&b), false };
}

static Part op_node(const char *s) { return (Part){ str_printf("%s()", s), true }; }

/* Fields CPython declares optional ("?" in its ASDL): omitted when None. */
static bool optional_field(const char *kind, const char *field)
{
    static const char *const opt[] = {
        "FunctionDef.returns", "Return.value", "AnnAssign.value", "Raise.exc", "Raise.cause",
        "Assert.msg", "ImportFrom.module", "Yield.value", "FormattedValue.format_spec",
        "Constant.kind", "Slice.lower", "Slice.upper", "Slice.step", "ExceptHandler.type",
        "ExceptHandler.name", "arguments.vararg", "arguments.kwarg", "arg.annotation",
        "keyword.arg", "alias.asname", "withitem.optional_vars",
    };
    char key[64];
    snprintf(key, sizeof key, "%s.%s", kind, field);
    for (size_t i = 0; i < sizeof opt / sizeof opt[0]; i++)
        if (strcmp(opt[i], key) == 0) return true;
    return false;
}

/* Per-field formatting, driven by the field's declared type. */
#define DUMP_NODE(n) (u_->n ? fmt_node(u_->n, level + 1) : (Part){ NIL, true })
#define DUMP_LIST(n) fmt_list(u_->n, level + 1, (n_->kind == K_Global || n_->kind == K_Nonlocal))
#define DUMP_IDENT(n) (u_->n ? (Part){ str_repr(u_->n), true } : (Part){ NIL, true })
#define DUMP_INT(n) int_field(n_, #n, u_->n)
#define DUMP_CONST(n) (Part){ rt_repr(u_->n), true }
#define FIELD_A(t, n) add_field(&fs, #n, DUMP_##t(n), kname); FIELD_B
#define FIELD_B(t, n) add_field(&fs, #n, DUMP_##t(n), kname); FIELD_A
#define FIELD_A_END
#define FIELD_B_END

typedef struct Fields { Value args[12]; int n; bool allsimple; bool failed; } Fields;

static Part int_field(Node *n, const char *field, int v)
{
    if (strcmp(field, "op") == 0) {
        switch (n->kind) {
        case K_BinOp: case K_AugAssign: return op_node(op_class(v));
        case K_UnaryOp: return op_node(v >= 0 && v < 4 ? unary_names[v] : "?");
        case K_BoolOp: return op_node(v ? "Or" : "And");
        default: break;
        }
    }
    if (strcmp(field, "ctx") == 0) return op_node(v >= 0 && v < 3 ? ctx_names[v] : "Load");
    return (Part){ str_printf("%d", v), true };
}

static void add_field(Fields *fs, const char *name, Part p, const char *kind)
{
    if (fs->failed) return;
    if (strcmp(name, "is_async") == 0 && strcmp(kind, "comprehension") != 0) return;
    if (strcmp(name, "is_star") == 0) return;
    if (!p.text) {
        if (rt_exc_occurred()) { fs->failed = true; return; }
        if (optional_field(kind, name)) return;
        p.text = str_from_cstr("None");
    }
    fs->allsimple = fs->allsimple && p.simple;
    StrBuf b;
    sb_init(&b);
    sb_adds(&b, name);
    sb_addc(&b, '=');
    sb_add(&b, str_cstr(p.text), str_len(p.text));
    fs->args[fs->n++] = sb_finish(&b);
}

static Part fmt_node(Node *n_, int level)
{
    if (n_->kind == K_CmpOpNode) {
        int op = n_->u.CmpOpNode.op;
        return op_node(op >= 0 && op < 10 ? cmp_names[op] : "?");
    }
    Fields fs;
    fs.n = 0; fs.allsimple = true; fs.failed = false;
    const char *kname = ast_kind_names[n_->kind];
    const char *cls = kname;
    switch (n_->kind) {
#define F(type, name) (type, name)
#define NODE(kind, fields) case K_##kind: { struct kind##_fields *u_ = &n_->u.kind; (void)u_; SEQ_END(FIELD_A fields) } break;
#include "ast.def"
#undef NODE
#undef F
    default: break;
    }
    if (fs.failed) return (Part){ NIL, false };
    switch (n_->kind) {
    case K_FunctionDef: if (n_->u.FunctionDef.is_async) cls = "AsyncFunctionDef"; break;
    case K_For: if (n_->u.For.is_async) cls = "AsyncFor"; break;
    case K_With: if (n_->u.With.is_async) cls = "AsyncWith"; break;
    case K_Try: if (n_->u.Try.is_star) cls = "TryStar"; break;
    case K_Module: fs.args[fs.n++] = str_from_cstr("type_ignores=[]"); break;
    default: break;
    }
    return finish_call(cls, fs.args, fs.n, fs.allsimple, level);
}

Value ast_dump(Node *n)
{
    if (!n) return str_from_cstr("None");
    return fmt_node(n, 0).text;
}
