/* ast.h — AST nodes generated from ast.def.
 * Invariant: every Node carries the source span it came from; LIST fields are
 * never NULL.  Nodes live on the GC heap and are immutable after parsing
 * (the symtable and compiler only read them).
 */
#ifndef ASP_AST_H
#define ASP_AST_H

#include "../runtime/value.h"

typedef struct Node Node;
typedef struct NodeList { int n, cap; Node **items; } NodeList;

enum NodeKind {
#define NODE(kind, fields) K_##kind,
#include "ast.def"
#undef NODE
    K__COUNT
};

enum ExprCtx { CTX_LOAD, CTX_STORE, CTX_DEL };
enum UnaryOpKind { UOP_INVERT, UOP_NOT, UOP_UADD, UOP_USUB };
/* Comparison kinds as in CPython's ast: the first six match enum CmpOp. */
enum CmpKind { CK_LT, CK_LE, CK_EQ, CK_NE, CK_GT, CK_GE, CK_IS, CK_ISNOT, CK_IN, CK_NOTIN };

#define F_NODE Node *
#define F_LIST NodeList *
#define F_IDENT Value
#define F_INT int
#define F_CONST Value
#define F(type, name) F_##type name;
#define NODE(kind, fields) struct kind##_fields { int dummy_; fields };
#include "ast.def"
#undef NODE
#undef F

struct Node {
    int kind;                       /* enum NodeKind */
    int line, col, end_line, end_col;
    union {
#define NODE(kind, fields) struct kind##_fields kind;
#include "ast.def"
#undef NODE
    } u;
};

typedef struct SrcPos { int line, col, end_line, end_col; } SrcPos;

/* Constructors: ast_Kind(pos, field1, field2, ...) in ast.def order. */
#define F(type, name) , F_##type name
#define NODE(kind, fields) Node *ast_##kind(SrcPos pos fields);
#include "ast.def"
#undef NODE
#undef F

NodeList *nodelist_new(void);
void nodelist_push(NodeList *l, Node *n);
extern const char *const ast_kind_names[];

/* Print the tree like CPython's ast.dump(tree, indent=2) to a string. */
Value ast_dump(Node *n);

#endif
