/* symtable.h — scopes of a module: which names are local, global, free or
 * cell in each module, class, function, lambda and comprehension body, and
 * whether a body is a generator, coroutine or async generator.
 *
 * Invariant: after st_build() every Scope's symbols map each name to its
 * definition flags (DEF_*) plus its resolved scope (SC_* << SCOPE_SHIFT),
 * following CPython 3.11's two-pass algorithm (collect, then analyze).
 */
#ifndef ASP_SYMTABLE_H
#define ASP_SYMTABLE_H

#include "ast.h"

enum { BLOCK_MODULE, BLOCK_CLASS, BLOCK_FUNCTION };

/* definition flags */
enum {
    DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16,
    DEF_FREE_CLASS = 32, DEF_IMPORT = 64, DEF_ANNOT = 128, DEF_COMP_ITER = 256,
};
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)
#define SCOPE_SHIFT 11
#define SCOPE_MASK 7
/* resolved scopes */
enum { SC_NONE, SC_LOCAL, SC_GLOBAL_EXPLICIT, SC_GLOBAL_IMPLICIT, SC_FREE, SC_CELL };

/* comprehension kinds */
enum { COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GENEXP };

typedef struct Directive { Value name; Node *stmt; } Directive;

typedef struct Scope Scope;
struct Scope {
    int type;                 /* BLOCK_* */
    Value name;               /* str: function/class name, "<lambda>", "<listcomp>", "top" */
    Node *node;               /* the defining node (NULL for the module) */
    Scope *parent;
    Scope **children;
    int nchildren, child_cap;
    Value symbols;            /* dict: name -> small int (flags | scope << SCOPE_SHIFT) */
    Value varnames;           /* list of parameter names in order */
    Directive *directives;    /* global / nonlocal statements, for error positions */
    int ndirectives, directive_cap;
    int comp_kind;            /* COMP_* for comprehension scopes */
    int comp_iter_expr;       /* >0 while visiting a comprehension's iterable */
    bool comp_iter_target;    /* visiting a comprehension's target */
    bool is_lambda, is_async_def, nested;
    bool generator, coroutine;
    bool varargs, varkeywords;
    bool has_free, child_free;
    bool needs_class_closure; /* class body must create the __class__ cell */
    Value private_name;       /* enclosing class name for __mangling, or NIL */
};

typedef struct SymTable {
    Scope *top;
    Value filename, source;
} SymTable;

/* Build the scopes of mod (Module/Interactive/Expression).  NULL with a
 * SyntaxError pending on a scoping error. */
SymTable *st_build(Node *mod, Value filename, Value source);
/* The scope created for node n (a def, class, lambda or comprehension) in s. */
Scope *st_child(Scope *s, Node *n);
/* flags | scope << SCOPE_SHIFT of name in s; 0 when absent. */
int st_lookup(Scope *s, Value name);
static inline int st_scope(Scope *s, Value name) { return (st_lookup(s, name) >> SCOPE_SHIFT) & SCOPE_MASK; }
/* CPython's name mangling of __x inside class `private_name`. */
Value st_mangle(Value private_name, Value name);
/* The text of source line `line` (1-based), with its newline; NONE if absent. */
Value st_source_line(Value source, int line);
/* Raise SyntaxError msg at node n's position.  Returns NIL. */
Value st_error_at(Value filename, Value source, Node *n, const char *msg);

#endif
