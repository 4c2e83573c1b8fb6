/* parser.y — Python 3.11's grammar (asp's subset) as an LALR(1) push parser.
 * Owns the shape of statements and expressions; src/parse.c feeds it tokens
 * and owns the checks that LALR cannot express (targets, call-argument and
 * parameter order), which the actions call.
 * Invariant: actions only build AST nodes; every node gets the span of the
 * tokens it came from (parentheses are part of a node only where CPython says so).
 * %expect 0: no conflicts.
 */
%require "3.8"
%define api.pure full
%define api.push-pull push
%define api.token.prefix {T_}
%define api.location.type {SrcPos}
%define parse.error custom
%define parse.lac full
%locations
%expect 0
%parse-param {ParseState *pst}

%code top {
/* The parser's stacks hold AST nodes, which live on the GC heap: bison's own
 * allocations must be visible to the collector (uncollectable, freed by
 * yypstate_delete). */
#include <gc.h>
#define YYMALLOC GC_MALLOC_UNCOLLECTABLE
#define YYFREE GC_FREE
}

%code requires {
#include "ast.h"
#include "lex.h"
}

%code {
#include "../runtime/abstract.h"
#include "../runtime/num.h"
#include "../runtime/str.h"
#include "../runtime/errors.h"

static void yyerror(SrcPos *loc, ParseState *pst, const char *msg) { (void)loc; (void)pst; (void)msg; }

#define YYLLOC_DEFAULT(Cur, Rhs, N) do { \
    if (N) { (Cur).line = YYRHSLOC(Rhs, 1).line; (Cur).col = YYRHSLOC(Rhs, 1).col; \
             (Cur).end_line = YYRHSLOC(Rhs, N).end_line; (Cur).end_col = YYRHSLOC(Rhs, N).end_col; } \
    else { (Cur).line = (Cur).end_line = YYRHSLOC(Rhs, 0).end_line; \
           (Cur).col = (Cur).end_col = YYRHSLOC(Rhs, 0).end_col; } } while (0)

/* From the start of location l to the end of node n (blocks end at their last statement). */
static SrcPos span(SrcPos l, Node *n) {
    SrcPos p = l;
    if (n) { p.end_line = n->end_line; p.end_col = n->end_col; }
    return p;
}
static Node *last(NodeList *l) { return l->n ? l->items[l->n - 1] : NULL; }
static NodeList *L0(void) { return nodelist_new(); }
static NodeList *L1(Node *n) { NodeList *l = nodelist_new(); nodelist_push(l, n); return l; }
static NodeList *push(NodeList *l, Node *n) { nodelist_push(l, n); return l; }
static Node *const_(SrcPos p, Value v) { return ast_Constant(p, v, NIL); }
static Node *binop(SrcPos p, Node *a, int op, Node *b) { return ast_BinOp(p, a, op, b); }
static Node *boolop(SrcPos p, int op, Node *a, Node *b) {
    if (a->kind == K_BoolOp && a->u.BoolOp.op == op && a->line == p.line && a->col == p.col) {
        nodelist_push(a->u.BoolOp.values, b);
        a->end_line = p.end_line; a->end_col = p.end_col;
        return a;
    }
    NodeList *l = L1(a); nodelist_push(l, b);
    return ast_BoolOp(p, op, l);
}
/* A tuple when there was a comma, else the single expression. */
static Node *tuple_or(SrcPos p, NodeList *l, bool comma) {
    return (l->n == 1 && !comma) ? l->items[0] : ast_Tuple(p, l, CTX_LOAD);
}
}

%union {
    Node *node;
    NodeList *list;
    Value val;
    int num;
    struct { NodeList *list; bool comma; } tl;
}

%token <val> NAME NUMBER
%token <node> STRING
%token <num> AUGASSIGN
%token NEWLINE INDENT DEDENT ENDMARKER
%token EQEQ NOTEQ LESSEQ GREATEREQ LSHIFT RSHIFT POW FLOORDIV ARROW WALRUS ELLIPSIS
%token START_FILE START_SINGLE START_EVAL START_FEXPR
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL ELIF ELSE
%token EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR PASS RAISE
%token RETURN TRY WHILE WITH YIELD

%type <node> stmt_simple compound_stmt if_stmt while_stmt for_stmt try_stmt with_stmt funcdef
%type <node> classdef decorated async_stmt
%type <node> expr_stmt del_stmt flow_stmt import_stmt global_stmt nonlocal_stmt assert_stmt
%type <node> rhs yield_expr named test or_test and_test not_test comparison
%type <node> star_expr expr xor_expr and_expr shift_expr arith_expr term factor power
%type <node> await_primary primary atom subscript subscripts argument param lparam
%type <node> lambdef comp_clause sync_comp_for star_or_named star_or_expr star_or_test
%type <node> dict_item with_item import_as_name dotted_as_name except_clause
%type <node> testlist_star_expr exprlist opt_returns params lparams
%type <list> file_body stmts stmt simple_stmt small_stmts suite if_rest else_opt
%type <list> decorators arglist_opt arglist param_list lparam_list comp_for comp_ifs with_as_items
%type <list> except_clauses with_items import_as_names dotted_as_names name_list
%type <list> dict_items subscript_list assign_list
%type <tl> star_named_list star_test_list set_items exprlist_items
%type <num> comp_op dots dots_opt
%type <val> dotted_name

%start start

%%

/* Entry points: the driver pushes one START_* token first. */
start
    : START_FILE file_body ENDMARKER        { pst->result = ast_Module(@$, $2); }
    | START_SINGLE file_body ENDMARKER      { pst->result = ast_Interactive(@$, $2); }
    | START_EVAL testlist_star_expr newlines_opt ENDMARKER { pst->result = ast_Expression(@$, $2); }
    | START_FEXPR testlist_star_expr newlines_opt ENDMARKER { pst->result = $2; }
    | START_FEXPR yield_expr newlines_opt ENDMARKER { pst->result = $2; }
    ;

newlines_opt: %empty | newlines_opt NEWLINE ;

/* file: [statements] ENDMARKER */
file_body
    : %empty                { $$ = L0(); }
    | file_body NEWLINE     { $$ = $1; }
    | file_body stmt        { $$ = $1; for (int i = 0; i < $2->n; i++) nodelist_push($$, $2->items[i]); }
    ;

/* statements: statement+ */
stmts
    : stmt                  { $$ = $1; }
    | stmts stmt            { $$ = $1; for (int i = 0; i < $2->n; i++) nodelist_push($$, $2->items[i]); }
    ;

/* statement: compound_stmt | simple_stmts */
stmt
    : compound_stmt         { $$ = L1($1); }
    | simple_stmt           { $$ = $1; }
    ;

/* simple_stmts: ';'.simple_stmt+ [';'] NEWLINE */
simple_stmt
    : small_stmts NEWLINE           { $$ = $1; }
    | small_stmts ';' NEWLINE       { $$ = $1; }
    ;
small_stmts
    : stmt_simple                   { $$ = L1($1); }
    | small_stmts ';' stmt_simple   { $$ = push($1, $3); }
    ;

/* simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt
 *   | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue'
 *   | global_stmt | nonlocal_stmt */
stmt_simple
    : expr_stmt | del_stmt | flow_stmt | import_stmt | global_stmt | nonlocal_stmt | assert_stmt
    | PASS                  { $$ = ast_Pass(@$); }
    ;

/* assignment:
 *   | NAME ':' expression ['=' annotated_rhs]
 *   | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
 *   | (star_targets '=')+ (yield_expr | star_expressions)
 *   | single_target augassign (yield_expr | star_expressions)
 * star_expressions (as an expression statement) */
expr_stmt
    : testlist_star_expr                    { $$ = ast_Expr(@$, $1); }
    | yield_expr                            { $$ = ast_Expr(@$, $1); }
    | testlist_star_expr ':' test           { $$ = ast_AnnAssign(@$, p_ann_target(pst, $1), $3, NULL, $1->kind == K_Name && @1.col == $1->col); }
    | testlist_star_expr ':' test '=' rhs   { $$ = ast_AnnAssign(@$, p_ann_target(pst, $1), $3, $5, $1->kind == K_Name && @1.col == $1->col); }
    | testlist_star_expr AUGASSIGN rhs      { $$ = ast_AugAssign(@$, p_aug_target(pst, $1), $2, $3); }
    | assign_list rhs                       {
            int ctx = ($1->n == 1 && $2->kind != K_Yield && $2->kind != K_YieldFrom) ? CTX_STORE_EQ : CTX_STORE;
            for (int i = 0; i < $1->n; i++) p_store(pst, $1->items[i], ctx);
            $$ = ast_Assign(@$, $1, $2); }
    ;
assign_list
    : testlist_star_expr '='                { $$ = L1($1); }
    | yield_expr '='                        { $$ = L1($1); p_bare_yield_target(pst, $1); }
    | assign_list rhs '='                   { $$ = push($1, $2);
                                              if (@2.col == $2->col && @2.line == $2->line) p_bare_yield_target(pst, $2); }
    ;
rhs: yield_expr | testlist_star_expr ;

/* del_stmt: 'del' del_targets &(';' | NEWLINE) */
del_stmt
    : DEL exprlist_items    { $$ = ast_Delete(@$, $2.list);
                              for (int i = 0; i < $$->u.Delete.targets->n; i++) p_store(pst, $$->u.Delete.targets->items[i], CTX_DEL); }
    ;

/* return_stmt | raise_stmt | 'break' | 'continue' | yield_stmt */
flow_stmt
    : BREAK                 { $$ = ast_Break(@$); }
    | CONTINUE              { $$ = ast_Continue(@$); }
    | RETURN                { $$ = ast_Return(@$, NULL); }
    | RETURN testlist_star_expr { $$ = ast_Return(@$, $2); }
    | RAISE                 { $$ = ast_Raise(@$, NULL, NULL); }
    | RAISE test            { $$ = ast_Raise(@$, $2, NULL); }
    | RAISE test FROM test  { $$ = ast_Raise(@$, $2, $4); }
    ;

/* import_name: 'import' dotted_as_names
 * import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *            | 'from' ('.' | '...')+ 'import' import_from_targets */
import_stmt
    : IMPORT dotted_as_names                        { $$ = ast_Import(@$, $2); }
    | FROM dots_opt dotted_name IMPORT '*'          { $$ = ast_ImportFrom(@$, $3, L1(ast_alias(@5, str_intern("*"), NIL)), $2); }
    | FROM dots_opt dotted_name IMPORT import_as_names      { $$ = ast_ImportFrom(@$, $3, $5, $2); }
    | FROM dots_opt dotted_name IMPORT '(' import_as_names ')'      { $$ = ast_ImportFrom(@$, $3, $6, $2); }
    | FROM dots_opt dotted_name IMPORT '(' import_as_names ',' ')'  { $$ = ast_ImportFrom(@$, $3, $6, $2); }
    | FROM dots IMPORT '*'                          { $$ = ast_ImportFrom(@$, NIL, L1(ast_alias(@4, str_intern("*"), NIL)), $2); }
    | FROM dots IMPORT import_as_names              { $$ = ast_ImportFrom(@$, NIL, $4, $2); }
    | FROM dots IMPORT '(' import_as_names ')'      { $$ = ast_ImportFrom(@$, NIL, $5, $2); }
    | FROM dots IMPORT '(' import_as_names ',' ')'  { $$ = ast_ImportFrom(@$, NIL, $5, $2); }
    ;
dots_opt: %empty { $$ = 0; } | dots ;
dots
    : '.'               { $$ = 1; }
    | ELLIPSIS          { $$ = 3; }
    | dots '.'          { $$ = $1 + 1; }
    | dots ELLIPSIS     { $$ = $1 + 3; }
    ;
import_as_names
    : import_as_name                        { $$ = L1($1); }
    | import_as_names ',' import_as_name    { $$ = push($1, $3); }
    ;
/* import_from_as_name: NAME ['as' NAME] */
import_as_name
    : NAME              { $$ = ast_alias(@$, $1, NIL); }
    | NAME AS NAME      { $$ = ast_alias(@$, $1, $3); }
    ;
dotted_as_names
    : dotted_as_name                        { $$ = L1($1); }
    | dotted_as_names ',' dotted_as_name    { $$ = push($1, $3); }
    ;
/* dotted_as_name: dotted_name ['as' NAME] */
dotted_as_name
    : dotted_name               { $$ = ast_alias(@$, $1, NIL); }
    | dotted_name AS NAME       { $$ = ast_alias(@$, $1, $3); }
    ;
/* dotted_name: dotted_name '.' NAME | NAME */
dotted_name
    : NAME                      { $$ = $1; }
    | dotted_name '.' NAME      { $$ = str_intern_value(str_concat(str_concat($1, str_intern(".")), $3)); }
    ;

/* global_stmt: 'global' ','.NAME+ */
global_stmt: GLOBAL name_list       { $$ = ast_Global(@$, $2); } ;
/* nonlocal_stmt: 'nonlocal' ','.NAME+ */
nonlocal_stmt: NONLOCAL name_list   { $$ = ast_Nonlocal(@$, $2); } ;
name_list
    : NAME                  { $$ = L1(ast_Name(@1, $1, CTX_LOAD)); }
    | name_list ',' NAME    { $$ = push($1, ast_Name(@3, $3, CTX_LOAD)); }
    ;

/* assert_stmt: 'assert' expression [',' expression] */
assert_stmt
    : ASSERT test               { $$ = ast_Assert(@$, $2, NULL); }
    | ASSERT test ',' test      { $$ = ast_Assert(@$, $2, $4); }
    ;

/* compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt | while_stmt */
compound_stmt: if_stmt | while_stmt | for_stmt | try_stmt | with_stmt | funcdef | classdef | decorated | async_stmt ;

/* block: NEWLINE INDENT statements DEDENT | simple_stmts */
suite
    : simple_stmt                   { $$ = $1; }
    | NEWLINE INDENT stmts DEDENT   { $$ = $3; }
    ;

/* if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block]) */
if_stmt
    : IF named ':' suite if_rest    { $$ = ast_If(span(@1, $5->n ? last($5) : last($4)), $2, $4, $5); }
    ;
/* elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block]) */
if_rest
    : else_opt                      { $$ = $1; }
    | ELIF named ':' suite if_rest  { $$ = L1(ast_If(span(@1, $5->n ? last($5) : last($4)), $2, $4, $5)); }
    ;
/* else_block: 'else' ':' block */
else_opt
    : %empty                { $$ = L0(); }
    | ELSE ':' suite        { $$ = $3; }
    ;

/* while_stmt: 'while' named_expression ':' block [else_block] */
while_stmt
    : WHILE named ':' suite else_opt    { $$ = ast_While(span(@1, $5->n ? last($5) : last($4)), $2, $4, $5); }
    ;

/* for_stmt: 'for' star_targets 'in' ~ star_expressions ':' block [else_block] */
for_stmt
    : FOR exprlist IN testlist_star_expr ':' suite else_opt
        { $$ = ast_For(span(@1, $7->n ? last($7) : last($6)), p_store(pst, $2, CTX_STORE), $4, $6, $7, 0); }
    ;

/* try_stmt: 'try' ':' block finally_block
 *   | 'try' ':' block except_block+ [else_block] [finally_block]
 *   | 'try' ':' block except_star_block+ [else_block] [finally_block] */
try_stmt
    : TRY ':' suite FINALLY ':' suite
        { $$ = ast_Try(span(@1, last($6)), $3, L0(), L0(), $6, 0); }
    | TRY ':' suite except_clauses else_opt
        { $$ = p_try(pst, span(@1, $5->n ? last($5) : last($4)), $3, $4, $5, L0()); }
    | TRY ':' suite except_clauses else_opt FINALLY ':' suite
        { $$ = p_try(pst, span(@1, last($8)), $3, $4, $5, $8); }
    ;
except_clauses
    : except_clause                     { $$ = L1($1); }
    | except_clauses except_clause      { $$ = push($1, $2); }
    ;
/* except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
 * except_star_block: 'except' '*' expression ['as' NAME] ':' block */
except_clause
    : EXCEPT ':' suite                  { $$ = ast_ExceptHandler(span(@1, last($3)), NULL, NIL, $3); }
    | EXCEPT test ':' suite             { $$ = ast_ExceptHandler(span(@1, last($4)), $2, NIL, $4); }
    | EXCEPT test AS NAME ':' suite     { $$ = ast_ExceptHandler(span(@1, last($6)), $2, $4, $6); }
    | EXCEPT test ',' exprlist ':' suite { p_error(pst, &exc_SyntaxError, span(@2, $4), "multiple exception types must be parenthesized"); $$ = ast_ExceptHandler(@$, $2, NIL, $6); }
    | EXCEPT '*' test ':' suite         { $$ = ast_ExceptHandler(span(@1, last($5)), $3, NIL, $5); p_star_handler(pst, $$); }
    | EXCEPT '*' test AS NAME ':' suite { $$ = ast_ExceptHandler(span(@1, last($7)), $3, $5, $7); p_star_handler(pst, $$); }
    | EXCEPT '*' ':' suite              { p_error(pst, &exc_SyntaxError, @2, "expected one or more exception types"); $$ = ast_ExceptHandler(@$, NULL, NIL, $4); }
    ;

/* with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block | 'with' ','.with_item+ ':' block */
with_stmt
    : WITH with_items ':' suite         { $$ = ast_With(span(@1, last($4)), p_with_items(pst, $2), $4, 0); }
    ;
with_items
    : with_item                     { $$ = L1($1); }
    | with_items ',' with_item      { $$ = push($1, $3); }
    ;
/* with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
with_item
    : test                  { $$ = ast_withitem(@$, $1, NULL); }
    | test AS star_or_expr  { $$ = ast_withitem(@$, $1, p_store(pst, $3, CTX_STORE)); }
    ;

/* async_stmt: ASYNC (function_def | with_stmt | for_stmt) */
async_stmt
    : ASYNC funcdef     { $$ = $2; $$->u.FunctionDef.is_async = 1; $$->line = @1.line; $$->col = @1.col; }
    | ASYNC with_stmt   { $$ = $2; $$->u.With.is_async = 1; $$->line = @1.line; $$->col = @1.col; }
    | ASYNC for_stmt    { $$ = $2; $$->u.For.is_async = 1; $$->line = @1.line; $$->col = @1.col; }
    ;

/* decorators: ('@' named_expression NEWLINE)+ */
decorators
    : '@' named NEWLINE             { $$ = L1($2); }
    | decorators '@' named NEWLINE  { $$ = push($1, $3); }
    ;
decorated
    : decorators classdef           { $$ = $2; $$->u.ClassDef.decorator_list = $1; }
    | decorators funcdef            { $$ = $2; $$->u.FunctionDef.decorator_list = $1; }
    | decorators ASYNC funcdef      { $$ = $3; $$->u.FunctionDef.decorator_list = $1; $$->u.FunctionDef.is_async = 1; $$->line = @2.line; $$->col = @2.col; }
    ;

/* function_def_raw: 'def' NAME '(' [params] ')' ['->' expression] ':' block */
funcdef
    : DEF NAME '(' params ')' opt_returns ':' suite
        { $$ = ast_FunctionDef(span(@1, last($8)), $2, $4, $8, L0(), $6, 0); }
    ;
opt_returns: %empty { $$ = NULL; } | ARROW test { $$ = $2; } ;

/* params: parameters (positional-only '/', defaults, '*' [param], keyword-only, '**' param) */
params
    : %empty                    { $$ = p_arguments(pst, L0(), false); }
    | param_list                { $$ = p_arguments(pst, $1, false); }
    | param_list ','            { $$ = p_arguments(pst, $1, false); }
    ;
param_list
    : param                     { $$ = L1($1); }
    | param_list ',' param      { $$ = push($1, $3); }
    ;
/* param: NAME annotation? default? | '*' [param] | '**' param | '/' */
param
    : NAME                      { $$ = ast_arg(@$, $1, NULL); }
    | NAME ':' test             { $$ = ast_arg(@$, $1, $3); }
    | NAME '=' test             { $$ = ast_NamedExpr(@$, ast_arg(@1, $1, NULL), $3); }
    | NAME ':' test '=' test    { $$ = ast_NamedExpr(@$, ast_arg(span(@1, $3), $1, $3), $5); }
    | '*'                       { $$ = ast_Starred(@$, NULL, 0); }
    | '*' NAME                  { $$ = ast_Starred(@$, ast_arg(@2, $2, NULL), 0); }
    | '*' NAME ':' test         { $$ = ast_Starred(@$, ast_arg(span(@2, $4), $2, $4), 0); }
    | '*' NAME ':' star_expr    { $$ = ast_Starred(@$, ast_arg(span(@2, $4), $2, $4), 0); }
    | POW NAME                  { $$ = ast_Starred(@$, ast_arg(@2, $2, NULL), 1); }
    | POW NAME ':' test         { $$ = ast_Starred(@$, ast_arg(span(@2, $4), $2, $4), 1); }
    | '/'                       { $$ = ast_Slice(@$, NULL, NULL, NULL); }
    ;

/* class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block */
classdef
    : CLASS NAME ':' suite
        { $$ = ast_ClassDef(span(@1, last($4)), $2, L0(), L0(), $4, L0()); }
    | CLASS NAME '(' arglist_opt ')' ':' suite
        { Node *c = p_call(pst, @$, NULL, $4);
          $$ = ast_ClassDef(span(@1, last($7)), $2, c->u.Call.args, c->u.Call.keywords, $7, L0()); }
    ;

/* star_expressions: star_expression (',' star_expression)* [','] */
testlist_star_expr
    : star_test_list        { $$ = tuple_or(@$, $1.list, $1.comma); }
    ;
star_test_list
    : star_or_test                      { $$.list = L1($1); $$.comma = false; }
    | star_test_list ',' star_or_test   { $$.list = push($1.list, $3); $$.comma = true; }
    | star_test_list ','                { $$ = $1; $$.comma = true; }
    ;
star_or_test: star_expr | test ;
star_named_list
    : star_or_named                     { $$.list = L1($1); $$.comma = false; }
    | star_named_list ',' star_or_named { $$.list = push($1.list, $3); $$.comma = true; }
    | star_named_list ','               { $$ = $1; $$.comma = true; }
    ;
star_or_named: star_expr | named ;

/* star_targets / del_targets: parsed as expressions, checked by p_store */
exprlist
    : exprlist_items        { $$ = tuple_or(@$, $1.list, $1.comma); }
    ;
exprlist_items
    : star_or_expr                      { $$.list = L1($1); $$.comma = false; }
    | exprlist_items ',' star_or_expr   { $$.list = push($1.list, $3); $$.comma = true; }
    | exprlist_items ','                { $$ = $1; $$.comma = true; }
    ;
star_or_expr: star_expr | expr ;

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
yield_expr
    : YIELD                         { $$ = ast_Yield(@$, NULL); }
    | YIELD testlist_star_expr      { $$ = ast_Yield(@$, $2); }
    | YIELD FROM test               { $$ = ast_YieldFrom(@$, $3); }
    ;

/* named_expression: NAME ':=' ~ expression | expression !':=' */
named
    : test
    | test WALRUS test      { $$ = ast_NamedExpr(@$, p_walrus_target(pst, @1, $1, NULL), $3); }
    ;

/* expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
test
    : or_test
    | or_test IF or_test ELSE test  { $$ = ast_IfExp(@$, $3, $1, $5); }
    | lambdef
    ;

/* lambdef: 'lambda' [lambda_params] ':' expression */
lambdef
    : LAMBDA lparams ':' test       { $$ = ast_Lambda(@$, $2, $4); }
    ;
lparams
    : %empty                    { $$ = p_arguments(pst, L0(), true); }
    | lparam_list               { $$ = p_arguments(pst, $1, true); }
    | lparam_list ','           { $$ = p_arguments(pst, $1, true); }
    ;
lparam_list
    : lparam                    { $$ = L1($1); }
    | lparam_list ',' lparam    { $$ = push($1, $3); }
    ;
lparam
    : NAME                      { $$ = ast_arg(@$, $1, NULL); }
    | NAME '=' test             { $$ = ast_NamedExpr(@$, ast_arg(@1, $1, NULL), $3); }
    | '*'                       { $$ = ast_Starred(@$, NULL, 0); }
    | '*' NAME                  { $$ = ast_Starred(@$, ast_arg(@2, $2, NULL), 0); }
    | POW NAME                  { $$ = ast_Starred(@$, ast_arg(@2, $2, NULL), 1); }
    | '/'                       { $$ = ast_Slice(@$, NULL, NULL, NULL); }
    ;

/* disjunction: conjunction ('or' conjunction)+ | conjunction */
or_test
    : and_test
    | or_test OR and_test       { $$ = boolop(@$, 1, $1, $3); }
    ;
/* conjunction: inversion ('and' inversion)+ | inversion */
and_test
    : not_test
    | and_test AND not_test     { $$ = boolop(@$, 0, $1, $3); }
    ;
/* inversion: 'not' inversion | comparison */
not_test
    : NOT not_test              { $$ = ast_UnaryOp(@$, UOP_NOT, $2); }
    | comparison
    ;
/* comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
comparison
    : expr
    | comparison comp_op expr   {
            if ($1->kind == K_Compare && $1->line == @1.line && $1->col == @1.col && $1->end_col == @1.end_col && $1->end_line == @1.end_line) {
                $$ = $1; nodelist_push($$->u.Compare.ops, ast_CmpOpNode(@2, $2));
                nodelist_push($$->u.Compare.comparators, $3);
                $$->end_line = @$.end_line; $$->end_col = @$.end_col;
            } else
                $$ = ast_Compare(@$, $1, L1(ast_CmpOpNode(@2, $2)), L1($3)); }
    ;
comp_op
    : '<' { $$ = CK_LT; } | '>' { $$ = CK_GT; } | EQEQ { $$ = CK_EQ; } | GREATEREQ { $$ = CK_GE; }
    | LESSEQ { $$ = CK_LE; } | NOTEQ { $$ = CK_NE; } | IN { $$ = CK_IN; } | NOT IN { $$ = CK_NOTIN; }
    | IS { $$ = CK_IS; } | IS NOT { $$ = CK_ISNOT; }
    ;
/* star_expression: '*' bitwise_or */
star_expr
    : '*' expr                  { $$ = ast_Starred(@$, $2, CTX_LOAD); }
    ;
/* bitwise_or / bitwise_xor / bitwise_and / shift_expr / sum / term */
expr
    : xor_expr
    | expr '|' xor_expr         { $$ = binop(@$, $1, BINOP_OR, $3); }
    ;
xor_expr
    : and_expr
    | xor_expr '^' and_expr     { $$ = binop(@$, $1, BINOP_XOR, $3); }
    ;
and_expr
    : shift_expr
    | and_expr '&' shift_expr   { $$ = binop(@$, $1, BINOP_AND, $3); }
    ;
shift_expr
    : arith_expr
    | shift_expr LSHIFT arith_expr  { $$ = binop(@$, $1, BINOP_LSHIFT, $3); }
    | shift_expr RSHIFT arith_expr  { $$ = binop(@$, $1, BINOP_RSHIFT, $3); }
    ;
arith_expr
    : term
    | arith_expr '+' term       { $$ = binop(@$, $1, BINOP_ADD, $3); }
    | arith_expr '-' term       { $$ = binop(@$, $1, BINOP_SUB, $3); }
    ;
term
    : factor
    | term '*' factor           { $$ = binop(@$, $1, BINOP_MUL, $3); }
    | term '/' factor           { $$ = binop(@$, $1, BINOP_TRUEDIV, $3); }
    | term '%' factor           { $$ = binop(@$, $1, BINOP_MOD, $3); }
    | term FLOORDIV factor      { $$ = binop(@$, $1, BINOP_FLOORDIV, $3); }
    | term '@' factor           { $$ = binop(@$, $1, BINOP_MATMUL, $3); }
    ;
/* factor: '+' factor | '-' factor | '~' factor | power */
factor
    : '+' factor                { $$ = ast_UnaryOp(@$, UOP_UADD, $2); }
    | '-' factor                { $$ = ast_UnaryOp(@$, UOP_USUB, $2); }
    | '~' factor                { $$ = ast_UnaryOp(@$, UOP_INVERT, $2); }
    | power
    ;
/* power: await_primary '**' factor | await_primary */
power
    : await_primary
    | await_primary POW factor  { $$ = binop(@$, $1, BINOP_POW, $3); }
    ;
/* await_primary: AWAIT primary | primary */
await_primary
    : primary
    | AWAIT primary             { $$ = ast_Await(@$, $2); }
    ;
/* primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom */
primary
    : atom
    | primary '.' NAME                  { $$ = ast_Attribute(@$, $1, $3, CTX_LOAD); }
    | primary '(' arglist_opt ')'       { $$ = p_call(pst, @$, $1, $3); }
    | primary '[' subscripts ']'        { $$ = ast_Subscript(@$, $1, $3, CTX_LOAD); }
    ;

/* atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp)
 *     | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...' */
atom
    : NAME                  { $$ = ast_Name(@$, $1, CTX_LOAD); }
    | NUMBER                { $$ = const_(@$, $1); }
    | STRING                { $$ = $1; }
    | ELLIPSIS              { $$ = const_(@$, ELLIPSIS); }
    | NONE                  { $$ = const_(@$, NONE); }
    | TRUE                  { $$ = const_(@$, TRUE_V); }
    | FALSE                 { $$ = const_(@$, FALSE_V); }
    | '(' ')'               { $$ = ast_Tuple(@$, L0(), CTX_LOAD); }
    | '(' yield_expr ')'    { $$ = $2; }
    | '(' star_named_list ')'   {
            if ($2.list->n == 1 && !$2.comma) {
                $$ = $2.list->items[0];
                if ($$->kind == K_Starred) p_error(pst, &exc_SyntaxError, (SrcPos){ $$->line, $$->col, $$->end_line, $$->end_col }, "cannot use starred expression here");
            } else $$ = ast_Tuple(@$, $2.list, CTX_LOAD); }
    | '(' named comp_for ')'     { $$ = ast_GeneratorExp(@$, $2, $3); }
    | '(' with_as_items ')'     { $$ = ast_Tuple(@$, $2, CTX_WITHITEMS); }
    | '(' with_as_items ',' ')' { $$ = ast_Tuple(@$, $2, CTX_WITHITEMS); }
    | '[' ']'                   { $$ = ast_List(@$, L0(), CTX_LOAD); }
    | '[' star_named_list ']'   { $$ = ast_List(@$, $2.list, CTX_LOAD); }
    | '[' named comp_for ']'    { $$ = ast_ListComp(@$, $2, $3); }
    | '{' '}'                   { $$ = ast_Dict(@$, L0(), L0()); }
    | '{' set_items '}'         { $$ = ast_Set(@$, $2.list); }
    | '{' named comp_for '}'    { $$ = ast_SetComp(@$, $2, $3); }
    | '{' dict_items '}'        { $$ = p_dict(@$, $2); }
    | '{' dict_items ',' '}'    { $$ = p_dict(@$, $2); }
    | '{' test ':' test comp_for '}' { $$ = ast_DictComp(@$, $2, $4, $5); }
    ;
/* Parenthesised with-items containing 'as': only valid right after 'with'. */
with_as_items
    : test AS star_or_expr                  { $$ = L1(ast_withitem(@$, $1, p_store(pst, $3, CTX_STORE))); }
    | with_as_items ',' test                { $$ = push($1, ast_withitem(@3, $3, NULL)); }
    | with_as_items ',' test AS star_or_expr { $$ = push($1, ast_withitem(span(@3, $5), $3, p_store(pst, $5, CTX_STORE))); }
    | star_named_list ',' test AS star_or_expr {
            $$ = L0();
            for (int i = 0; i < $1.list->n; i++) { Node *e = $1.list->items[i]; nodelist_push($$, ast_withitem((SrcPos){e->line, e->col, e->end_line, e->end_col}, e, NULL)); }
            nodelist_push($$, ast_withitem(span(@3, $5), $3, p_store(pst, $5, CTX_STORE))); }
    ;
set_items
    : star_or_named                     { $$.list = L1($1); $$.comma = false; }
    | set_items ',' star_or_named       { $$.list = push($1.list, $3); $$.comma = true; }
    | set_items ','                     { $$ = $1; $$.comma = true; }
    ;
dict_items
    : dict_item                         { $$ = L1($1); }
    | dict_items ',' dict_item          { $$ = push($1, $3); }
    ;
/* double_starred_kvpair: '**' bitwise_or | expression ':' expression */
dict_item
    : test ':' test     { $$ = ast_Dict(@$, L1($1), L1($3)); }
    | POW expr          { $$ = ast_Dict(@$, L1(NULL), L1($2)); }
    ;

/* for_if_clauses: for_if_clause+ */
comp_for
    : comp_clause               { $$ = L1($1); }
    | comp_for comp_clause      { $$ = push($1, $2); }
    ;
/* for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)* */
comp_clause
    : sync_comp_for
    | ASYNC sync_comp_for       { $$ = $2; $$->u.comprehension.is_async = 1; }
    ;
sync_comp_for
    : FOR exprlist IN or_test comp_ifs
        { $$ = ast_comprehension(@$, p_store(pst, $2, CTX_STORE), $4, $5, 0); }
    ;
comp_ifs
    : %empty                    { $$ = L0(); }
    | comp_ifs IF or_test       { $$ = push($1, $3); }
    ;

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
subscripts
    : subscript_list            { $$ = $1->n == 1 ? $1->items[0] : ast_Tuple(@$, $1, CTX_LOAD); }
    | subscript_list ','        { $$ = ast_Tuple(@$, $1, CTX_LOAD); }
    ;
subscript_list
    : subscript                         { $$ = L1($1); }
    | subscript_list ',' subscript      { $$ = push($1, $3); }
    ;
/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
subscript
    : named
    | star_expr
    | ':'                       { $$ = ast_Slice(@$, NULL, NULL, NULL); }
    | test ':'                  { $$ = ast_Slice(@$, $1, NULL, NULL); }
    | ':' test                  { $$ = ast_Slice(@$, NULL, $2, NULL); }
    | test ':' test             { $$ = ast_Slice(@$, $1, $3, NULL); }
    | ':' ':'                   { $$ = ast_Slice(@$, NULL, NULL, NULL); }
    | test ':' ':'              { $$ = ast_Slice(@$, $1, NULL, NULL); }
    | ':' test ':'              { $$ = ast_Slice(@$, NULL, $2, NULL); }
    | test ':' test ':'         { $$ = ast_Slice(@$, $1, $3, NULL); }
    | ':' ':' test              { $$ = ast_Slice(@$, NULL, NULL, $3); }
    | test ':' ':' test         { $$ = ast_Slice(@$, $1, NULL, $4); }
    | ':' test ':' test         { $$ = ast_Slice(@$, NULL, $2, $4); }
    | test ':' test ':' test    { $$ = ast_Slice(@$, $1, $3, $5); }
    ;

/* arguments: args [','] &')' */
arglist_opt
    : %empty                { $$ = L0(); }
    | arglist               { $$ = $1; }
    | arglist ','           { $$ = $1; }
    ;
arglist
    : argument              { $$ = L1($1); }
    | arglist ',' argument  { $$ = push($1, $3); }
    ;
/* args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
 * kwarg_or_starred: NAME '=' expression | starred_expression
 * kwarg_or_double_starred: NAME '=' expression | '**' expression */
argument
    : test                  { $$ = $1; }
    | test comp_for         { $$ = ast_GeneratorExp(@$, $1, $2); p_bare_genexp(pst, $$); }
    | test WALRUS test      { $$ = ast_NamedExpr(@$, p_walrus_target(pst, @1, $1, &@2), $3); }
    | test '=' test         { $$ = p_keyword(pst, @$, @1, @2, $1, $3); }
    | '*' test              { $$ = ast_Starred(@$, $2, CTX_LOAD); }
    | POW test              { $$ = ast_keyword(@$, NIL, $2); }
    ;

%%

/* Map bison's expected-token symbols to the token numbers parse.c reasons about. */
static int yyreport_syntax_error(const yypcontext_t *ctx, ParseState *pst)
{
    yysymbol_kind_t exp[YYNTOKENS];
    int n = yypcontext_expected_tokens(ctx, exp, YYNTOKENS);
    int toks[YYNTOKENS];
    int m = 0;
    for (int i = 0; i < n; i++) {
        /* Recover the external token number from the symbol. */
        for (int t = 0; t < YYMAXUTOK + 1 && t < (int)(sizeof yytranslate / sizeof yytranslate[0]); t++)
            if (yytranslate[t] == exp[i]) { toks[m++] = t; break; }
    }
    p_syntax_error(pst, toks, m < 0 ? 0 : m);
    return 0;
}

/* The generated parser's entry points, wrapped so parse.c need not see bison's types. */
void *pp_new(void) { return yypstate_new(); }
void pp_delete(void *p) { yypstate_delete(p); }
int pp_push(void *p, int tok, Token *t, ParseState *pst)
{
    YYSTYPE v;
    v.val = t->value;
    if (tok == T_STRING) v.node = (Node *)t->value;
    else if (tok == T_AUGASSIGN) v.num = (int)SMALL_VAL(t->value);
    SrcPos loc = { t->line, t->col, t->end_line, t->end_col };
    return yypush_parse(p, tok, &v, &loc, pst);
}
int pp_more(void) { return YYPUSH_MORE; }
