/* lex.h — the front end's internal interface: raw tokens (grammar/lexer.re),
 * the token stream with NEWLINE / INDENT / DEDENT (lex.c), and the helpers the
 * bison actions call (parse.c).
 * Invariant: every Token carries its start and end (1-based line, 0-based byte
 * column) and its source text; NAME values are interned strs.
 */
#ifndef ASP_LEX_H
#define ASP_LEX_H

#include "../runtime/value.h"
#include "ast.h"

/* Raw token kinds from lex_raw(): negative, so they never collide with bison's
 * token numbers or the single-character tokens. */
enum {
    RAW_EOF = -1, RAW_NEWLINE = -2, RAW_WS = -3, RAW_COMMENT = -4, RAW_CONT = -5,
    RAW_NAME = -6, RAW_INT = -7, RAW_FLOAT = -8, RAW_IMAG = -9, RAW_STRING = -10,
    RAW_UNTERM = -11, RAW_UNTERM3 = -12, RAW_BADCHAR = -13, RAW_LEADZERO = -14,
    RAW_BADHEX = -15, RAW_BADOCT = -16, RAW_BADBIN = -17,
};
int lex_raw(const char *s, const char **end);

/* Stream-only token kinds (the parser never sees them); below RAW_*. */
enum { TK_NL = -100, TK_COMMENT = -101, TK_ERROR = -102, TK_BADTOKEN = -103 };

typedef struct Token {
    int kind;                 /* bison token (T_NAME, '(' ...) or TK_* */
    int line, col, end_line, end_col;
    const char *start, *end;  /* source text */
    Value value;              /* NAME: interned str; NUMBER: int/float; AUGASSIGN: op */
} Token;

#define LEX_MAX_INDENT 100
#define LEX_MAX_DEPTH 200

typedef struct Lexer {
    const char *src, *cur, *line_start;
    size_t len;
    Value filename;
    int line;
    int indents[LEX_MAX_INDENT + 1], altindents[LEX_MAX_INDENT + 1], nindent;
    int pending;              /* >0 INDENTs / <0 DEDENTs still to emit */
    int depth;                /* bracket nesting */
    char brackets[LEX_MAX_DEPTH];
    int bracket_line[LEX_MAX_DEPTH], bracket_col[LEX_MAX_DEPTH];
    bool at_bol;              /* at the start of a logical line */
    bool blank_line;          /* the current physical line has no token yet */
    bool done;                /* ENDMARKER emitted */
    bool eof_newline;         /* NEWLINE at EOF already synthesised */
    bool in_fstring;          /* lexing the inside of an f-string replacement field */
    int line_offset, col_offset; /* added to positions (f-string sub-lexers) */
    bool eof_continuation;    /* the source ended right after a backslash */
    bool unterminated_triple; /* the error was an unterminated ''' string (REPL: incomplete) */
    bool err_overrides;       /* the pending error is a tokenizer error CPython reports over parser ones */
} Lexer;

void lex_init(Lexer *lx, const char *src, size_t len, Value filename);
/* Next token; TK_ERROR with a SyntaxError pending on a tokenizer error. */
Token lex_next(Lexer *lx);
/* Raise a SyntaxError of type t at the given 1-based line / 0-based byte columns. */
void lex_error_at(Lexer *lx, Type *t, const char *msg, int line, int col, int end_line, int end_col);
/* The text of source line `line` (1-based), without its newline. */
Value lex_line_text(const char *src, int line);
/* Byte column to CPython's 1-based character offset within that line. */
int lex_char_offset(const char *src, int line, int col);

/* --- parse.c, called from the bison actions ---------------------------- */

/* A parenthesised group of with-items containing 'as' is a Tuple with this
 * ctx until the with statement takes it apart; anywhere else it is an error. */
#define CTX_WITHITEMS 7
/* p_store ctx for the single target of `a = b` (CPython adds "Maybe you meant '=='"). */
#define CTX_STORE_EQ 8

typedef struct ParseState {
    Lexer *lx;
    const char *src;          /* the whole (normalised) source, for error lines */
    Value filename;
    int mode;
    Node *result;
    bool failed;              /* an error is pending; feed no more tokens */
    bool err_from_lexer;
    NodeList *bare_genexps;   /* f(x for x in y) genexps: fine only as a sole argument */
    NodeList *star_handlers;  /* except* handlers */
    NodeList *bare_yields;    /* yield expressions written bare as assignment targets */
    Token *toks;              /* every token fed so far (error heuristics look back) */
    int ntoks, captoks;
    int fstring_depth;
    Token cur;                /* the token being pushed */
    int err_line;             /* line of the recorded error */
    bool eof_incomplete;      /* PARSE_SINGLE: the input stopped short of a complete statement */
    bool stream;              /* PARSE_STREAM was given */
} ParseState;

/* Mark e (and its elements, for tuples / lists / starred) as an assignment or
 * del target; records CPython's SyntaxError for an invalid one. Returns e. */
Node *p_store(ParseState *ps, Node *e, int ctx);
Node *p_aug_target(ParseState *ps, Node *e);
Node *p_ann_target(ParseState *ps, Node *e);
/* e1: the location of the target as written (parentheses included); op: the
 * ':=' of a call argument (a bad target there is plain "invalid syntax"), or NULL. */
Node *p_walrus_target(ParseState *ps, SrcPos e1, Node *e, const SrcPos *op);
/* A yield expression written bare before '=' ("assignment to yield expression not possible"). */
void p_bare_yield_target(ParseState *ps, Node *e);
/* Split a mixed argument list into Call(args, keywords), checking the order rules. */
Node *p_call(ParseState *ps, SrcPos pos, Node *func, NodeList *args);
/* name1: the name as written (parentheses included); eq: the '='. */
Node *p_keyword(ParseState *ps, SrcPos pos, SrcPos name1, SrcPos eq, Node *name, Node *value);
/* Parameters (arg / NamedExpr(arg, default) / Starred(arg, 0=* 1=**) / Slice = '/')
 * checked and folded into an `arguments` node. */
Node *p_arguments(ParseState *ps, NodeList *params, bool lambda);
Node *p_dict(SrcPos pos, NodeList *pairs);
Node *p_try(ParseState *ps, SrcPos pos, NodeList *body, NodeList *handlers, NodeList *orelse, NodeList *final);
void p_star_handler(ParseState *ps, Node *h);
NodeList *p_with_items(ParseState *ps, NodeList *items);
void p_bare_genexp(ParseState *ps, Node *g);
/* Record a SyntaxError (the first one wins). */
void p_error(ParseState *ps, Type *t, SrcPos pos, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* bison found no way on: pick CPython's message. expected: token numbers it could take. */
void p_syntax_error(ParseState *ps, const int *expected, int n);

/* The generated parser (parser.y epilogue). */
void *pp_new(void);
void pp_delete(void *p);
int pp_push(void *p, int tok, Token *t, ParseState *ps);
int pp_more(void);

#endif
