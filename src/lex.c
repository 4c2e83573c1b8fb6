/* lex.c — the token stream: raw tokens from grammar/lexer.re turned into
 * Python's logical lines (NEWLINE / NL / INDENT / DEDENT / COMMENT /
 * ENDMARKER), with positions, keyword recognition, number values and the
 * tokenizer's SyntaxErrors (CPython 3.11 texts and positions).
 * Invariant: inside brackets no NEWLINE/INDENT/DEDENT is produced; the indent
 * stack always starts with 0 and only grows by one level per line.
 */
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>
#include "lex.h"
#include "parse.h"
#include "parser.h"
#include "../runtime/errors.h"
#include "../runtime/num.h"
#include "../runtime/str.h"
#include "../runtime/abstract.h"

static const struct { const char *text; int tok; } keywords[] = {
#define KW(text, tok) { text, T_##tok },
#include "../grammar/keywords.def"
#undef KW
};

void lex_init(Lexer *lx, const char *src, size_t len, Value filename)
{
    memset(lx, 0, sizeof *lx);
    /* Universal newlines: \r\n and \r become \n, so columns and lines are simple. */
    char *buf = GC_MALLOC_ATOMIC(len + 2);
    size_t j = 0;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\r') { buf[j++] = '\n'; if (i + 1 < len && src[i + 1] == '\n') i++; }
        else if (src[i] == '\0') break;     /* the raw lexer stops at the first NUL */
        else buf[j++] = src[i];
    }
    buf[j] = '\0';
    lx->src = lx->cur = lx->line_start = buf;
    lx->len = j;
    lx->filename = filename;
    lx->line = 1;
    lx->at_bol = true;
    lx->blank_line = true;
}

Value lex_line_text(const char *src, int line)
{
    const char *p = src;
    for (int l = 1; l < line && *p; p++)
        if (*p == '\n') l++;
    const char *e = p;
    while (*e && *e != '\n') e++;
    if (*e == '\n') e++;                  /* CPython keeps the newline in .text */
    return str_new(p, (size_t)(e - p));
}

static const char *line_ptr(const char *src, int line)
{
    const char *p = src;
    for (int l = 1; l < line && *p; p++)
        if (*p == '\n') l++;
    return p;
}

int lex_char_offset(const char *src, int line, int col)
{
    const char *p = line_ptr(src, line);
    int chars = 0;
    for (int i = 0; i < col && p[i]; i++)
        if (((unsigned char)p[i] & 0xC0) != 0x80) chars++;
    return chars + 1;
}

static void raise_at(Lexer *lx, Type *t, const char *msg, int line, int col, int end_line, int end_col, bool strip_nl)
{
    int l = line + lx->line_offset, el = end_line + lx->line_offset;
    int off = lex_char_offset(lx->src, line, col) + (line == 1 ? lx->col_offset : 0);
    int eoff = end_col < 0 ? end_col + 1 : lex_char_offset(lx->src, end_line, end_col) + (end_line == 1 ? lx->col_offset : 0);
    Value text = lex_line_text(lx->src, line);
    if (strip_nl && str_len(text) > 0 && str_cstr(text)[str_len(text) - 1] == '\n')
        text = str_new(str_cstr(text), str_len(text) - 1);
    char buf[300];
    if (lx->in_fstring && strncmp(msg, "f-string", 8) != 0) {
        snprintf(buf, sizeof buf, "f-string: %s", msg);
        msg = buf;
    }
    rt_syntax_error(t, msg, lx->filename, l, off, el, eoff, text);
}

void lex_error_at(Lexer *lx, Type *t, const char *msg, int line, int col, int end_line, int end_col)
{
    raise_at(lx, t, msg, line, col, end_line, end_col, false);
}

/* A token error (bad character, number, string or bracket): CPython's
 * tokenizer reports the line without its newline. */
static void tok_error_at(Lexer *lx, const char *msg, int line, int col, int end_line, int end_col)
{
    raise_at(lx, &exc_SyntaxError, msg, line, col, end_line, end_col, true);
}

static Token tok_at(Lexer *lx, int kind, const char *s, const char *e)
{
    Token t;
    t.kind = kind;
    t.start = s; t.end = e;
    t.line = lx->line; t.col = (int)(s - lx->line_start);
    /* Multi-line tokens (triple-quoted strings): advance the line counter past them. */
    for (const char *p = s; p < e; p++)
        if (*p == '\n') { lx->line++; lx->line_start = p + 1; }
    t.end_line = lx->line; t.end_col = (int)(e - lx->line_start);
    t.value = NIL;
    return t;
}

static Token err_tok(Lexer *lx)
{
    Token t;
    memset(&t, 0, sizeof t);
    t.kind = TK_ERROR;
    t.line = t.end_line = lx->line;
    return t;
}

/* Decode one UTF-8 code point (lenient: bad bytes decode as themselves). */
static int32_t decode_cp(const char *s, int *n)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &cp);
    if (k <= 0) { *n = 1; return (unsigned char)*s; }
    *n = (int)k;
    return cp;
}

static bool is_id_char(int32_t cp, bool start)
{
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' || (!start && cp >= '0' && cp <= '9');
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
        return true;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
        return !start;
    default:
        return cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C || cp == 0x1885 || cp == 0x1886
            || (!start && (cp == 0xB7 || cp == 0x387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA));
    }
}

static void bad_char(Lexer *lx, const char *p)
{
    int n;
    int32_t cp = decode_cp(p, &n);
    char msg[80];
    if (cp < 0x80 && cp >= 0x20 && cp != 0x7f)
        snprintf(msg, sizeof msg, "invalid character '%c' (U+%04X)", (char)cp, (unsigned)cp);
    else if (cp < 0x80 || utf8proc_category(cp) == UTF8PROC_CATEGORY_CC || utf8proc_category(cp) == UTF8PROC_CATEGORY_CF)
        snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", (unsigned)cp);
    else
        snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04X)", n, p, (unsigned)cp);
    int col = (int)(p - lx->line_start);
    tok_error_at(lx, msg, lx->line, col, lx->line, col);
    lx->err_overrides = true;
}

static int keyword(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strlen(keywords[i].text) == n && memcmp(keywords[i].text, s, n) == 0) return keywords[i].tok;
    return 0;
}

/* Number value from its text (underscores dropped). */
static Value number_value(const char *s, const char *e, int raw)
{
    char buf[256];
    char *b = (size_t)(e - s) < sizeof buf ? buf : GC_MALLOC_ATOMIC((size_t)(e - s) + 1);
    size_t n = 0;
    for (const char *p = s; p < e; p++)
        if (*p != '_') b[n++] = *p;
    b[n] = '\0';
    if (raw == RAW_FLOAT) return float_from_str(b, n);
    int base = 10;
    const char *d = b;
    if (n > 1 && b[0] == '0' && (b[1] == 'x' || b[1] == 'X')) { base = 16; d += 2; }
    else if (n > 1 && b[0] == '0' && (b[1] == 'o' || b[1] == 'O')) { base = 8; d += 2; }
    else if (n > 1 && b[0] == '0' && (b[1] == 'b' || b[1] == 'B')) { base = 2; d += 2; }
    size_t dn = n - (size_t)(d - b);
    if (dn <= 15 && base == 10) {
        int64_t v = 0;
        for (size_t i = 0; i < dn; i++) v = v * 10 + (d[i] - '0');
        return MK_SMALL(v);
    }
    return int_from_str(d, dn, base);
}

/* The BinOp of an augmented-assignment operator, given without its "=". */
static int binop_of(const char *s, const char *e)
{
    switch (e - s == 2 ? s[0] * 256 + s[1] : s[0]) {
    case '+': return BINOP_ADD; case '-': return BINOP_SUB; case '*': return BINOP_MUL;
    case '/': return BINOP_TRUEDIV; case '%': return BINOP_MOD; case '@': return BINOP_MATMUL;
    case '&': return BINOP_AND; case '|': return BINOP_OR; case '^': return BINOP_XOR;
    case '/' * 256 + '/': return BINOP_FLOORDIV; case '*' * 256 + '*': return BINOP_POW;
    case '>' * 256 + '>': return BINOP_RSHIFT; case '<' * 256 + '<': return BINOP_LSHIFT;
    }
    return BINOP_ADD;
}

/* Indentation of the line starting at p: columns with tabs to multiples of 8,
 * and with tabs counting 1 (CPython compares both to detect tab/space mixes). */
static const char *measure(const char *p, int *col, int *alt)
{
    *col = *alt = 0;
    for (;; p++) {
        if (*p == ' ') { (*col)++; (*alt)++; }
        else if (*p == '\t') { *col = (*col / 8 + 1) * 8; (*alt)++; }
        else if (*p == '\f') { *col = *alt = 0; }
        else return p;
    }
}

static const char *const closers = ")]}";

Token lex_next(Lexer *lx)
{
    Token t;
    if (lx->pending < 0) {
        lx->pending++;
        t = tok_at(lx, T_DEDENT, lx->cur, lx->cur);
        return t;
    }
    if (lx->done) return tok_at(lx, T_ENDMARKER, lx->cur, lx->cur);

    for (;;) {
        if (lx->at_bol && lx->depth == 0) {
            lx->at_bol = false;
            int col, alt;
            const char *p = measure(lx->cur, &col, &alt);
            if (*p == '#' || *p == '\n' || (*p == '\\' && p[1] == '\n')) {
                /* A blank or comment-only line does not touch the indentation. */
                lx->cur = p;
                lx->blank_line = true;
            } else if (*p == '\0') {
                lx->cur = p;
            } else if (!lx->in_fstring) {
                const char *start = lx->cur;
                lx->cur = p;
                int top = lx->indents[lx->nindent];
                if (col == top) {
                    if (alt != lx->altindents[lx->nindent]) goto tab_error;
                } else if (col > top) {
                    if (alt <= lx->altindents[lx->nindent]) goto tab_error;
                    if (lx->nindent >= LEX_MAX_INDENT) {
                        lex_error_at(lx, &exc_IndentationError, "too many levels of indentation", lx->line, col, lx->line, -1);
                        return err_tok(lx);
                    }
                    lx->nindent++;
                    lx->indents[lx->nindent] = col;
                    lx->altindents[lx->nindent] = alt;
                    lx->blank_line = false;
                    return tok_at(lx, T_INDENT, start, p);
                } else {
                    int n = 0;
                    while (lx->nindent > 0 && col < lx->indents[lx->nindent]) { lx->nindent--; n++; }
                    if (col != lx->indents[lx->nindent]) {
                        int len = 0;
                        while (p[len] && p[len] != '\n') len++;
                        lex_error_at(lx, &exc_IndentationError, "unindent does not match any outer indentation level",
                                     lx->line, (int)(p - lx->line_start) + len, lx->line, -2);
                        return err_tok(lx);
                    }
                    if (alt != lx->altindents[lx->nindent]) goto tab_error;
                    lx->pending = -(n - 1);
                    lx->blank_line = false;
                    return tok_at(lx, T_DEDENT, p, p);
                }
                if (0) {
                tab_error:
                    lex_error_at(lx, &exc_TabError, "inconsistent use of tabs and spaces in indentation", lx->line, 0, lx->line, -1);
                    return err_tok(lx);
                }
            }
        }

        const char *s = lx->cur, *e;
        int raw = lex_raw(s, &e);
        switch (raw) {
        case RAW_WS:
            lx->cur = e;
            continue;
        case RAW_CONT:
            lx->cur = e;
            lx->line++;
            lx->line_start = e;
            if (*e == '\0') {
                lex_error_at(lx, &exc_SyntaxError, "unexpected EOF while parsing", lx->line - 1, (int)(e - 1 - line_ptr(lx->src, lx->line - 1)), lx->line - 1, -2);
                lx->err_overrides = true;
                return err_tok(lx);
            }
            continue;
        case RAW_COMMENT:
            lx->cur = e;
            return tok_at(lx, TK_COMMENT, s, e);
        case RAW_NEWLINE:
            lx->cur = e;
            t = tok_at(lx, (lx->depth > 0 || lx->blank_line) ? TK_NL : T_NEWLINE, s, e);
            t.end_line = t.line; t.end_col = t.col + 1;
            if (lx->depth == 0) { lx->at_bol = true; lx->blank_line = true; }
            return t;
        case RAW_EOF:
            if (lx->depth == 0 && !lx->blank_line && !lx->in_fstring) {
                lx->blank_line = true;
                t = tok_at(lx, T_NEWLINE, s, s);
                t.end_col = t.col + 1;
                return t;
            }
            if (lx->nindent > 0) {
                lx->pending = -(lx->nindent - 1);
                lx->nindent = 0;
                /* DEDENTs and ENDMARKER sit at the start of the line after the last one. */
                if (s > lx->src && s[-1] == '\n') { lx->line_start = s; }
                return tok_at(lx, T_DEDENT, s, s);
            }
            lx->done = true;
            return tok_at(lx, T_ENDMARKER, s, s);
        case RAW_NAME: {
            /* Validate non-ASCII identifier characters (Unicode XID classes). */
            for (const char *p = s; p < e;) {
                int n;
                int32_t cp = decode_cp(p, &n);
                if (!is_id_char(cp, p == s)) {
                    if (cp >= 0x80 || p == s) { lx->cur = e; bad_char(lx, p); return err_tok(lx); }
                }
                p += n;
            }
            lx->cur = e;
            lx->blank_line = false;
            int kw = keyword(s, (size_t)(e - s));
            t = tok_at(lx, kw ? kw : T_NAME, s, e);
            if (!kw) t.value = str_intern_value(str_new(s, (size_t)(e - s)));
            return t;
        }
        case RAW_INT: case RAW_FLOAT: case RAW_IMAG: case RAW_LEADZERO:
        case RAW_BADHEX: case RAW_BADOCT: case RAW_BADBIN: {
            lx->cur = e;
            lx->blank_line = false;
            const char *kind = "decimal";
            if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) kind = "hexadecimal";
            else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) kind = "octal";
            else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) kind = "binary";
            char msg[64];
            snprintf(msg, sizeof msg, "invalid %s literal", kind);
            int col = (int)(s - lx->line_start);
            if (raw == RAW_LEADZERO) {
                tok_error_at(lx, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                             lx->line, col, lx->line, col + 1);
                lx->err_overrides = true;
                return err_tok(lx);
            }
            const char *dp = *e == '_' ? e + 1 : e;
            if ((kind[0] == 'b' || kind[0] == 'o') && *dp >= '0' && *dp <= '9') {
                /* "0b12", "0o8", "0b1_2": CPython names the digit. */
                int dcol = (int)(dp - lx->line_start);
                snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", *dp, kind);
                tok_error_at(lx, msg, lx->line, dcol, lx->line, dcol);
                lx->err_overrides = true;
                return err_tok(lx);
            }
            if (raw >= RAW_BADBIN && raw <= RAW_BADHEX) {
                tok_error_at(lx, msg, lx->line, (int)(e - lx->line_start) - 1, lx->line, (int)(e - lx->line_start) - 1);
                lx->err_overrides = true;
                return err_tok(lx);
            }
            /* A number glued to a name ("1abc", "1_", "0x1g") is one bad literal,
             * except before the keywords CPython still accepts there (1if x else y). */
            int n;
            int32_t cp = decode_cp(e, &n);
            if (is_id_char(cp, false) || (raw != RAW_IMAG && (cp == '_'))) {
                const char *q = e;
                while (*q && is_id_char(decode_cp(q, &n), false)) q += n;
                int k = keyword(e, (size_t)(q - e));
                bool ok = (k == T_AND || k == T_ELSE || k == T_FOR || k == T_IF || k == T_IN || k == T_IS || k == T_NOT || k == T_OR)
                          && !(raw == RAW_INT && kind[0] == 'h');
                if (!ok || (s[0] != '0' && (*e == 'e' || *e == 'E') && raw == RAW_INT && kind[0] == 'd')) {
                    int ecol = (int)(e - lx->line_start);
                    if (kind[0] == 'd') tok_error_at(lx, msg, lx->line, *e == '_' ? ecol : ecol - 1, lx->line, *e == '_' ? ecol : ecol - 1);
                    else tok_error_at(lx, msg, lx->line, ecol - 1, lx->line, ecol - 1);
                    lx->err_overrides = true;
                    return err_tok(lx);
                }
            }
            if (raw == RAW_IMAG) {
                lex_error_at(lx, &exc_SyntaxError, "imaginary literals are not supported by asp", lx->line, col, lx->line, (int)(e - lx->line_start));
                lx->err_overrides = true;
                return err_tok(lx);
            }
            t = tok_at(lx, T_NUMBER, s, e);
            t.value = number_value(s, e, raw);
            if (!t.value) {
                rt_exc_clear();
                tok_error_at(lx, "invalid number literal", t.line, t.col, t.line, t.end_col);
                return err_tok(lx);
            }
            return t;
        }
        case RAW_STRING:
            lx->cur = e;
            lx->blank_line = false;
            return tok_at(lx, T_STRING, s, e);
        case RAW_UNTERM: case RAW_UNTERM3: {
            int line = lx->line, col = (int)(s - lx->line_start);
            lx->cur = e;
            t = tok_at(lx, T_STRING, s, e);
            int detected = lx->line;
            if (raw == RAW_UNTERM3 && e > s && e[-1] == '\n') detected--;
            char msg[96];
            snprintf(msg, sizeof msg, raw == RAW_UNTERM ? "unterminated string literal (detected at line %d)"
                                                        : "unterminated triple-quoted string literal (detected at line %d)", detected + lx->line_offset);
            tok_error_at(lx, msg, line, col, line, col);
            lx->err_overrides = true;
            lx->unterminated_triple = raw == RAW_UNTERM3;
            return err_tok(lx);
        }
        case RAW_BADCHAR:
            lx->cur = e;
            if (*s == '\\') {
                int col = (int)(s - lx->line_start) + 1;
                if (s[1] == '\0') {
                    lex_error_at(lx, &exc_SyntaxError, "unexpected EOF while parsing", lx->line, col, lx->line, -2);
                    lx->err_overrides = true;
                    lx->eof_continuation = true;
                    return err_tok(lx);
                }
                lex_error_at(lx, &exc_SyntaxError, "unexpected character after line continuation character", lx->line, col, lx->line, -1);
                lx->err_overrides = true;
                return err_tok(lx);
            }
            if (*s == '$' || *s == '?' || *s == '`') {
                /* CPython's tokenizer passes these on as ERRORTOKEN; the parser then says "invalid syntax". */
                lx->blank_line = false;
                return tok_at(lx, TK_BADTOKEN, s, e);
            }
            bad_char(lx, s);
            return err_tok(lx);
        default:
            /* Operators (bison token numbers or single characters). */
            lx->cur = e;
            lx->blank_line = false;
            t = tok_at(lx, raw, s, e);
            if (raw == T_AUGASSIGN) t.value = MK_SMALL(binop_of(s, e - 1));
            if (raw == '(' || raw == '[' || raw == '{') {
                if (lx->depth >= LEX_MAX_DEPTH) {
                    tok_error_at(lx, "too many nested parentheses", t.line, t.col, t.line, t.col);
                    lx->err_overrides = true;
                    return err_tok(lx);
                }
                lx->brackets[lx->depth] = (char)raw;
                lx->bracket_line[lx->depth] = t.line;
                lx->bracket_col[lx->depth] = t.col;
                lx->depth++;
            } else if (raw == ')' || raw == ']' || raw == '}') {
                char msg[120];
                if (lx->depth == 0) {
                    snprintf(msg, sizeof msg, "unmatched '%c'", raw);
                    tok_error_at(lx, msg, t.line, t.col, t.line, t.col);
                    lx->err_overrides = true;
                    return err_tok(lx);
                }
                char open = lx->brackets[lx->depth - 1];
                if (closers[open == '(' ? 0 : open == '[' ? 1 : 2] != raw) {
                    if (lx->bracket_line[lx->depth - 1] != t.line)
                        snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                                 raw, open, lx->bracket_line[lx->depth - 1] + lx->line_offset);
                    else
                        snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening parenthesis '%c'", raw, open);
                    tok_error_at(lx, msg, t.line, t.col, t.line, t.col);
                    lx->err_overrides = true;
                    return err_tok(lx);
                }
                lx->depth--;
            }
            return t;
        }
    }
}

/* --tokens ------------------------------------------------------------------ */

static const char *tok_type_name(int kind)
{
    switch (kind) {
    case T_NAME: return "NAME";
    case T_NUMBER: return "NUMBER";
    case T_STRING: return "STRING";
    case T_NEWLINE: return "NEWLINE";
    case TK_NL: return "NL";
    case TK_COMMENT: return "COMMENT";
    case T_INDENT: return "INDENT";
    case T_DEDENT: return "DEDENT";
    case T_ENDMARKER: return "ENDMARKER";
    case TK_BADTOKEN: return "ERRORTOKEN";
    }
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (keywords[i].tok == kind) return "NAME";
    return "OP";
}

bool lex_dump_tokens(const char *src, size_t len, Value filename)
{
    Lexer lx;
    lex_init(&lx, src, len, filename);
    fputs("0,0-0,0:            ENCODING       'utf-8'        \n", stdout);
    for (;;) {
        Token t = lex_next(&lx);
        if (t.kind == TK_ERROR) return false;
        StrBuf b;
        sb_init(&b);
        sb_printf(&b, "%d,%d-%d,%d:", t.line, t.col, t.end_line, t.end_col);
        while (b.len < 20) sb_addc(&b, ' ');
        sb_adds(&b, tok_type_name(t.kind));
        while (b.len < 35) sb_addc(&b, ' ');
        Value text = str_new(t.start ? t.start : "", t.start ? (size_t)(t.end - t.start) : 0);
        if (t.kind == T_NEWLINE && t.start == t.end) text = str_new("", 0);
        if (!sb_addv_repr(&b, text)) return false;
        while (b.len < 50) sb_addc(&b, ' ');
        sb_addc(&b, '\n');
        Value s = sb_finish(&b);
        fwrite(str_cstr(s), 1, str_len(s), stdout);
        if (t.kind == T_ENDMARKER) break;
    }
    return true;
}
