/* excprint.c — printing exceptions exactly as CPython 3.11's C traceback code
 * does (Python/pythonrun.c print_exception*, Python/traceback.c): frames with
 * source lines and caret lines (~~~^^^ anchors for binary operators and
 * subscripts), chained exceptions, SyntaxError locations, notes, "Did you
 * mean" suggestions and exception-group boxes.
 *
 * exc_format_lines gives the traceback module the same text, cut into
 * TracebackException.format()'s pieces, so both print identically.
 *
 * Invariant: printing never raises — any failure inside is swallowed and the
 * pending exception of the caller is restored; output goes to sys.stderr in
 * one write.
 */
#include <stdio.h>
#include <string.h>
#include "errors.h"
#include "abstract.h"
#include "containers.h"
#include "interp.h"
#include "module.h"
#include "names.h"
#include "num.h"
#include "str.h"
#include "../src/vm.h"
#include "../src/parse.h"

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10
#define TB_RECURSIVE_CUTOFF 3

typedef struct Ctx {
    StrBuf *b;
    Value seen;          /* list of exceptions already printed (identity) */
    int group_depth;
    bool need_close;
    /* For the traceback module: the text is cut into the pieces CPython's
     * TracebackException.format() yields (a frame, a header, a message line),
     * because callers index or count format_exception()'s list. */
    Value chunks;        /* list of str, or NIL when only the whole text is wanted */
    long limit;          /* traceback.py's limit: first N entries, or last -N */
    bool has_limit;
    bool no_chain;
} Ctx;

static void cut(Ctx *c) {
    if (!c->chunks || c->b->len == 0) return;
    list_append(c->chunks, str_new(c->b->p, c->b->len));
    c->b->len = 0;
}

/* ---- source lines -------------------------------------------------------- */

static Value split_lines(const char *s, size_t n) {
    Value lines = list_new(0);
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '\n') {
            if (i == n && start == n) break;
            size_t e = i;
            if (e > start && s[e - 1] == '\r') e--;
            const char *p = s + start;
            size_t len = e - start;
            list_append(lines, str_validate_utf8(p, len) ? str_new(p, len) : str_from_cstr(""));
            start = i + 1;
        }
    }
    return lines;
}

static Value lines_for(Value filename, Value source) {
    if (!filename || !str_check(filename)) return NIL;
    const char *fn = str_cstr(filename);
    if (fn[0] == '<') return NIL;
    Value cache = TH()->interp->source_cache;
    Value lines = cache ? dict_get_str(cache, filename) : NIL;
    if (lines) return lines == NONE ? NIL : lines;
    if (source && str_check(source)) {
        lines = split_lines(str_cstr(source), str_len(source));
    } else {
        FILE *f = fopen(fn, "rb");
        if (!f) {
            if (cache) dict_set_str(cache, filename, NONE);
            return NIL;
        }
        StrBuf b;
        sb_init(&b);
        char buf[8192];
        size_t k;
        while ((k = fread(buf, 1, sizeof buf, f)) > 0) sb_add(&b, buf, k);
        fclose(f);
        lines = split_lines(b.p ? b.p : "", b.len);
    }
    if (cache) dict_set_str(cache, filename, lines);
    return lines;
}

static Value line_of(Value filename, Value source, int line) {
    Value lines = lines_for(filename, source);
    if (!lines || line < 1 || (size_t)line > LIST_LEN(lines)) return NIL;
    return LIST_ITEMS(lines)[line - 1];
}

Value exc_source_line(Value filename, int line) { return line_of(filename, NIL, line); }

/* ---- helpers --------------------------------------------------------------- */

static void margin(Ctx *c, int indent, const char *m) {
    for (int i = 0; i < indent; i++) sb_addc(c->b, ' ');
    sb_adds(c->b, m);
}
#define EXC_MARGIN(c) ((c)->group_depth ? "| " : "")
#define EXC_INDENT(c) (2 * (c)->group_depth)
static void write_margin(Ctx *c) { margin(c, EXC_INDENT(c), EXC_MARGIN(c)); }

/* Code points in the first `bytes` bytes of s (clamped as CPython does). */
static long byte_to_char(const char *s, long bytes) {
    long len = (long)strlen(s);
    if (bytes > len) bytes = len;
    long n = 0;
    for (long i = 0; i < bytes; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n;
}

static long cp_count(const char *s) { return byte_to_char(s, (long)strlen(s)); }

/* Byte offset of code point index ci in s. */
static long char_to_byte(const char *s, long ci) {
    long i = 0, n = 0;
    while (s[i] && n < ci) {
        i++;
        while (((unsigned char)s[i] & 0xC0) == 0x80) i++;
        n++;
    }
    return i;
}

static bool is_ws(char ch) { return ch == ' ' || ch == '\t' || ch == '\f'; }

/* CPython's extract_anchors_from_line: re-parse the failing segment and find
 * the operator of a binary operation or the brackets of a subscript.
 * Returns true with the left and right anchors as character offsets within the line. */
static bool extract_anchors(const char *line, long start, long end, long *left, long *right) {
    long bs = char_to_byte(line, start), be = char_to_byte(line, end);
    if (be <= bs) return false;
    size_t n = (size_t)(be - bs);
    char *seg = GC_MALLOC_ATOMIC(n + 1);
    memcpy(seg, line + bs, n);
    seg[n] = 0;
    Value saved = rt_exc_fetch();
    Node *mod = parse_source(seg, n, str_from_cstr("<string>"), PARSE_EVAL, NULL);
    rt_exc_clear();
    TH()->exc = saved;
    if (!mod || mod->kind != K_Expression) return false;
    Node *e = mod->u.Expression.body;
    long la = -1, ra = -1;
    if (!e) return false;
    if (e->kind == K_BinOp) {
        Node *l = e->u.BinOp.left, *r = e->u.BinOp.right;
        for (long i = l->end_col; i < r->col && i < (long)n; i++) {
            if (is_ws(seg[i]) || seg[i] == '\n' || seg[i] == '\\') continue;
            la = i;
            ra = i + 1;
            if (i + 1 < r->col && !is_ws(seg[i + 1])) ra++;
            if (i + 1 < r->col && seg[i] == ')') continue;
            break;
        }
        if (la < 0) return false;
    } else if (e->kind == K_Subscript) {
        long len = (long)n;
        la = e->u.Subscript.value->end_col;
        ra = e->u.Subscript.slice->end_col + 1;
        while (la < len && (is_ws(seg[la]) || seg[la] != '[')) la++;
        while (ra < len && (is_ws(seg[ra]) || seg[ra] != ']')) ra++;
        if (ra < len) ra++;
    } else {
        return false;
    }
    *left = byte_to_char(seg, la) + start;
    *right = byte_to_char(seg, ra) + start;
    return true;
}

static void display_line(Ctx *c, TracebackObj *tb, int indent, const char *m) {
    CodeObj *code = tb->code;
    Value fn = code->filename;
    margin(c, indent, m);
    sb_printf(c->b, "  File \"%s\", line %d, in %s\n", fn ? str_cstr(fn) : "<unknown>", tb->line,
              code->name ? str_cstr(code->name) : "<unknown>");
    Value lv = line_of(fn, code->source, tb->line);
    if (!lv) return;
    const char *line = str_cstr(lv);
    long i = 0;
    while (is_ws(line[i])) i++;
    if (!line[i]) return;
    margin(c, indent, m);
    sb_adds(c->b, "    ");
    sb_adds(c->b, line + i);
    sb_addc(c->b, '\n');

    if (!code->pos || tb->lasti < 0 || (uint32_t)tb->lasti >= code->ncode) return;
    Pos p = code->pos[tb->lasti];
    if (p.line < 0 || p.end_line < 0 || p.col < 0 || p.end_col < 0) return;
    if (p.line != tb->line) return;
    long start = byte_to_char(line, p.col);
    long end = byte_to_char(line, p.end_col);
    long left = -1, right = -1;
    bool special = false;
    const char *prim = "^", *sec = "^";
    if (p.line == p.end_line) {
        if (extract_anchors(line, start, end, &left, &right)) {
            special = true;
            prim = "~";
            sec = "^";
        }
    } else {
        long k = (long)strlen(line);
        while (--k >= 0 && (is_ws(line[k]) || line[k] == '\r' || line[k] == '\n')) {}
        end = byte_to_char(line, k + 1);
    }
    long istart = byte_to_char(line, i);
    long stripped_len = cp_count(line) - istart;
    if (end - start == stripped_len && !special) return;
    if (end <= start) return;
    margin(c, indent, m);
    long off = istart - 4;
    while (++off <= end) {
        if (off <= start) sb_addc(c->b, ' ');
        else if (special && left < off && off <= right) sb_adds(c->b, sec);
        else sb_adds(c->b, prim);
    }
    sb_addc(c->b, '\n');
}

static void print_repeated(Ctx *c, long cnt, int indent, const char *m) {
    cnt -= TB_RECURSIVE_CUTOFF;
    margin(c, indent, m);
    sb_printf(c->b, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
}

static void print_tb(Ctx *c, Value tbv, int indent, const char *m, const char *header_margin,
                     const char *header) {
    Value entries = list_new(0);
    for (; tbv && tbv != NONE && TYPE(tbv) == &type_traceback; tbv = ((TracebackObj *)tbv)->next)
        list_append(entries, tbv);
    size_t first = 0, n = LIST_LEN(entries);
    if (c->has_limit) {
        if (c->limit >= 0) {
            if ((size_t)c->limit < n) n = (size_t)c->limit;
        } else if ((size_t)-c->limit < n) {
            first = n - (size_t)-c->limit;
        }
    }
    /* traceback.py prints no header for an empty stack (limit=0). */
    if (first >= n && c->has_limit) return;
    if (header) {
        margin(c, indent, header_margin);
        sb_adds(c->b, header);
        cut(c);
    }
    Value last_file = NIL, last_name = NIL;
    int last_line = -1;
    long cnt = 0;
    for (size_t i = first; i < n; i++) {
        TracebackObj *tb = (TracebackObj *)LIST_ITEMS(entries)[i];
        Value fn = tb->code->filename, nm = tb->code->name;
        if (!last_file || !str_eq(fn, last_file) || last_line == -1 || tb->line != last_line ||
            !last_name || !str_eq(nm, last_name)) {
            if (cnt > TB_RECURSIVE_CUTOFF) {
                print_repeated(c, cnt, indent, m);
                cut(c);
            }
            last_file = fn;
            last_line = tb->line;
            last_name = nm;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF) {
            display_line(c, tb, indent, m);
            cut(c);
        }
    }
    if (cnt > TB_RECURSIVE_CUTOFF) {
        print_repeated(c, cnt, indent, m);
        cut(c);
    }
}

/* ---- suggestions (Python/suggestions.c) ---------------------------------- */

#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static int subst_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a += 'a' - 'A';
    if ('A' <= b && b <= 'Z') b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t an, const char *b, size_t bn, size_t max_cost) {
    size_t buffer[MAX_STRING_SIZE];
    if (a == b) return 0;
    while (an && bn && a[0] == b[0]) { a++; b++; an--; bn--; }
    while (an && bn && a[an - 1] == b[bn - 1]) { an--; bn--; }
    if (an == 0 || bn == 0) return (an + bn) * MOVE_COST;
    if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) return max_cost + 1;
    if (bn < an) {
        const char *t = a; a = b; b = t;
        size_t tn = an; an = bn; bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost) return max_cost + 1;
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < an; i++) { buffer[i] = tmp; tmp += MOVE_COST; }
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = (size_t)-1;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = distance + (size_t)subst_cost(code, a[i]);
            distance = buffer[i];
            size_t ins_del = (result < distance ? result : distance) + MOVE_COST;
            result = ins_del < substitute ? ins_del : substitute;
            buffer[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

static Value suggest_from(Value names, Value name) {
    if (!names || !list_check(names) || LIST_LEN(names) >= MAX_CANDIDATE_ITEMS) return NIL;
    const char *ns = str_cstr(name);
    size_t nn = str_len(name);
    size_t best_d = (size_t)-1 >> 1;
    Value best = NIL;
    for (size_t i = 0; i < LIST_LEN(names); i++) {
        Value it = LIST_ITEMS(names)[i];
        if (!str_check(it)) continue;
        if (str_eq(it, name)) continue;
        size_t in = str_len(it);
        size_t maxd = (nn + in + 3) * MOVE_COST / 6;
        if (best_d - 1 < maxd) maxd = best_d - 1;
        size_t d = levenshtein(ns, nn, str_cstr(it), in, maxd);
        if (d > maxd) continue;
        if (!best || d < best_d) {
            best = it;
            best_d = d;
        }
    }
    return best;
}

static Value dict_keys_or_nil(Value d) { return d && dict_check(d) ? dict_keys_list(d) : NIL; }

static Value suggestion_for(Value exc) {
    ExcObj *e = (ExcObj *)exc;
    if (IS_INSTANCE(exc, &exc_AttributeError)) {
        Value name = e->extra[0], obj = e->extra[1];
        if (!name || !obj || TYPE(name) != &type_str) return NIL;
        Value d = builtins_dir(obj);
        if (!d) return NIL;
        return suggest_from(d, name);
    }
    if (IS_INSTANCE(exc, &exc_NameError)) {
        Value name = e->extra[0];
        if (!name && e->args && TUPLE_LEN(e->args) == 1 && str_check(TUPLE_ITEMS(e->args)[0])) {
            /* The VM raises NameError with the message only: recover the name. */
            const char *msg = str_cstr(TUPLE_ITEMS(e->args)[0]);
            const char *pre = strncmp(msg, "name '", 6) == 0 ? msg + 6
                              : strncmp(msg, "cannot access free variable '", 30) == 0 ? NULL : NULL;
            if (pre) {
                const char *q = strchr(pre, '\'');
                if (q && strcmp(q, "' is not defined") == 0) name = str_new(pre, (size_t)(q - pre));
            }
        }
        if (!name || TYPE(name) != &type_str) return NIL;
        Value tbv = e->traceback;
        if (!tbv || tbv == NONE || TYPE(tbv) != &type_traceback) return NIL;
        while (((TracebackObj *)tbv)->next && ((TracebackObj *)tbv)->next != NONE)
            tbv = ((TracebackObj *)tbv)->next;
        CodeObj *code = ((TracebackObj *)tbv)->code;
        Value locals = list_new(0);
        if (code->localsplusnames)
            for (int i = 0; i < code->nlocalsplus; i++)
                if (!code->localspluskinds || (code->localspluskinds[i] & (LK_LOCAL | LK_ARG)))
                    list_append(locals, TUPLE_ITEMS(code->localsplusnames)[i]);
        Value s = suggest_from(locals, name);
        if (s) return s;
        Interp *in = TH()->interp;
        Value globals = NIL;
        if (in->main_module) globals = module_dict(in->main_module);
        if (code->filename && in->modules) {
            size_t pos = 0;
            Value k, m;
            while (dict_next(in->modules, &pos, &k, &m)) {
                if (TYPE(m) != &type_module) continue;
                Value f = dict_get_cstr(module_dict(m), "__file__");
                if (f && str_check(f) && str_eq(f, code->filename)) {
                    globals = module_dict(m);
                    break;
                }
            }
        }
        s = suggest_from(dict_keys_or_nil(globals), name);
        if (s) return s;
        return suggest_from(dict_keys_or_nil(in->builtins), name);
    }
    return NIL;
}

/* ---- one exception ------------------------------------------------------- */

static void write_type_name(Ctx *c, Type *t) {
    Value mod = t->module;
    if (t->flags & TF_HEAPTYPE) {
        Value m = t->dict ? dict_get_cstr(t->dict, "__module__") : NIL;
        if (m) mod = m;
    }
    if (!mod || !str_check(mod)) {
        sb_adds(c->b, "<unknown>");
    } else if (strcmp(str_cstr(mod), "builtins") != 0 && strcmp(str_cstr(mod), "__main__") != 0) {
        sb_adds(c->b, str_cstr(mod));
        sb_addc(c->b, '.');
    }
    Value q = t->qualname;
    if (q && str_check(q)) sb_adds(c->b, str_cstr(q));
    else sb_adds(c->b, t->name);
}

static void print_error_text(Ctx *c, long offset, long end_offset, const char *text) {
    long caret_rep = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    long len = (long)strlen(text);
    if (len > 0 && text[len - 1] == '\n') len--;
    if (offset > len) offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl) break;
        long inl = nl - text;
        if (inl >= offset) break;
        inl += 1;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    write_margin(c);
    sb_adds(c->b, "    ");
    sb_adds(c->b, text);
    if (text[len] != '\n') sb_addc(c->b, '\n');
    cut(c);
    if (offset < 0) return;
    write_margin(c);
    sb_adds(c->b, "    ");
    while (--offset >= 0) sb_addc(c->b, ' ');
    for (long i = 0; i < caret_rep; i++) sb_addc(c->b, '^');
    sb_addc(c->b, '\n');
    cut(c);
}

static long int_or(Value v, long dflt) {
    if (v && IS_SMALL(v)) return (long)SMALL_VAL(v);
    return dflt;
}

/* SyntaxError: the file/line header and the offending line; returns the msg to print. */
static Value print_syntax_location(Ctx *c, Value exc) {
    ExcObj *e = (ExcObj *)exc;
    Value msg = e->extra[0] ? e->extra[0] : NONE;
    Value fn = e->extra[1];
    long lineno = int_or(e->extra[2], 0);
    long offset = e->extra[3] && e->extra[3] != NONE ? int_or(e->extra[3], -1) : -1;
    Value text = e->extra[4];
    long end_lineno = e->extra[5] && e->extra[5] != NONE ? int_or(e->extra[5], lineno) : lineno;
    long end_offset = e->extra[6] && e->extra[6] != NONE ? int_or(e->extra[6], -1) : -1;
    /* Without a line number CPython prints no location at all. */
    if (!e->extra[2] || !int_check(e->extra[2])) return msg;
    if (TYPE(exc) != &exc_SyntaxError) {
        /* CPython ignores the end position of SyntaxError subclasses. */
        end_lineno = lineno;
        end_offset = -1;
    }
    write_margin(c);
    sb_printf(c->b, "  File \"%s\", line %ld\n",
              fn && str_check(fn) ? str_cstr(fn) : "<string>", lineno);
    cut(c);
    if (text && str_check(text)) {
        const char *t = str_cstr(text);
        long line_size = (long)str_len(text);
        /* Offsets are in characters; count them on the text as CPython does. */
        long chars = cp_count(t);
        if (chars != line_size) line_size = chars;
        if (end_lineno > lineno) end_offset = line_size;
        if (end_offset > line_size + 1) end_offset = line_size + 1;
        /* print_error_text works on bytes of ASCII text; map for non-ASCII. */
        if (chars != (long)str_len(text)) {
            if (offset > 0) offset = byte_to_char(t, char_to_byte(t, offset - 1)) + 1;
        }
        print_error_text(c, offset, end_offset, t);
    }
    return msg;
}

static void print_message(Ctx *c, Type *t, Value value, bool is_str_value) {
    write_margin(c);
    write_type_name(c, t);
    if (value == NONE && !is_str_value) return;
    Value s = is_str_value ? rt_str(value) : rt_str(value);
    if (!s) {
        rt_exc_clear();
        sb_adds(c->b, ": <exception str() failed>");
        return;
    }
    if (str_len(s) != 0) {
        sb_adds(c->b, ": ");
        sb_add(c->b, str_cstr(s), str_len(s));
    }
}

static void print_notes(Ctx *c, Value exc) {
    Value notes = rt_getattr_opt(exc, str_intern("__notes__"));
    if (!notes) {
        rt_exc_clear();
        return;
    }
    if (str_check(notes) || !(list_check(notes) || tuple_check(notes))) {
        write_margin(c);
        Value r = rt_repr(notes);
        if (!r) {
            rt_exc_clear();
            sb_adds(c->b, "<__notes__ repr() failed>");
        } else {
            sb_adds(c->b, str_cstr(r));
        }
        sb_addc(c->b, '\n');
        cut(c);
        return;
    }
    Value items = rt_list_from_iter(notes);
    if (!items) {
        rt_exc_clear();
        return;
    }
    for (size_t i = 0; i < LIST_LEN(items); i++) {
        Value s = rt_str(LIST_ITEMS(items)[i]);
        if (!s) {
            rt_exc_clear();
            sb_adds(c->b, "<note str() failed>");
        } else {
            const char *p = str_cstr(s), *end = p + str_len(s);
            while (p < end) {
                const char *nl = memchr(p, '\n', (size_t)(end - p));
                const char *stop = nl ? nl + 1 : end;
                write_margin(c);
                sb_add(c->b, p, (size_t)(stop - p));
                if (nl) cut(c);
                p = stop;
            }
        }
        sb_addc(c->b, '\n');
        cut(c);
    }
}

static void print_one(Ctx *c, Value exc, bool with_tb) {
    ExcObj *e = (ExcObj *)exc;
    if (with_tb && e->traceback && e->traceback != NONE) {
        const char *header = "Traceback (most recent call last):\n";
        const char *hm = EXC_MARGIN(c);
        if (IS_INSTANCE(exc, &exc_BaseExceptionGroup)) {
            header = "Exception Group Traceback (most recent call last):\n";
            if (c->group_depth == 1) hm = "+ ";
        }
        print_tb(c, e->traceback, EXC_INDENT(c), EXC_MARGIN(c), hm, header);
    }
    Type *t = TYPE(exc);
    if (IS_INSTANCE(exc, &exc_SyntaxError)) {
        Value msg = print_syntax_location(c, exc);
        print_message(c, t, msg, true);
    } else {
        print_message(c, t, exc, false);
    }
    Value sug = suggestion_for(exc);
    rt_exc_clear();
    if (sug) {
        Value r = rt_repr(sug);
        if (r) sb_printf(c->b, ". Did you mean: %s?", str_cstr(r));
        rt_exc_clear();
    }
    sb_addc(c->b, '\n');
    cut(c);
    print_notes(c, exc);
}

static void print_recursive(Ctx *c, Value exc);

static bool seen(Ctx *c, Value v) {
    for (size_t i = 0; i < LIST_LEN(c->seen); i++)
        if (LIST_ITEMS(c->seen)[i] == v) return true;
    return false;
}

static void print_chained(Ctx *c, Value v, const char *message) {
    bool need_close = c->need_close;
    print_recursive(c, v);
    c->need_close = need_close;
    write_margin(c);
    sb_addc(c->b, '\n');
    write_margin(c);
    sb_adds(c->b, message);
    write_margin(c);
    sb_addc(c->b, '\n');
    cut(c);
}

static void print_cause_and_context(Ctx *c, Value exc) {
    list_append(c->seen, exc);
    if (c->no_chain) return;
    ExcObj *e = (ExcObj *)exc;
    Value cause = e->cause && e->cause != NONE ? e->cause : NIL;
    if (cause) {
        if (!seen(c, cause))
            print_chained(c, cause, "The above exception was the direct cause of the following exception:\n");
        return;
    }
    if (e->suppress_context) return;
    Value ctx = e->context && e->context != NONE ? e->context : NIL;
    if (ctx && !seen(c, ctx))
        print_chained(c, ctx, "During handling of the above exception, another exception occurred:\n");
}

static void print_group(Ctx *c, Value exc) {
    if (c->group_depth > MAX_GROUP_DEPTH) {
        write_margin(c);
        sb_printf(c->b, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        cut(c);
        return;
    }
    if (c->group_depth == 0) c->group_depth++;
    print_one(c, exc, true);
    Value excs = ((ExcObj *)exc)->extra[1];
    size_t num = excs && tuple_check(excs) ? TUPLE_LEN(excs) : 0;
    size_t n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    c->need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) c->need_close = true;
        margin(c, EXC_INDENT(c), "");
        bool truncated = i >= MAX_GROUP_WIDTH;
        if (!truncated)
            sb_printf(c->b, "%s+---------------- %zu ----------------\n", i == 0 ? "+-" : "  ", i + 1);
        else
            sb_printf(c->b, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        cut(c);
        c->group_depth++;
        if (!truncated) {
            print_recursive(c, TUPLE_ITEMS(excs)[i]);
        } else {
            size_t rem = num - MAX_GROUP_WIDTH;
            write_margin(c);
            sb_printf(c->b, "and %zu more exception%s\n", rem, rem > 1 ? "s" : "");
            cut(c);
        }
        if (last && c->need_close) {
            margin(c, EXC_INDENT(c), "");
            sb_adds(c->b, "+------------------------------------\n");
            cut(c);
            c->need_close = false;
        }
        c->group_depth--;
    }
    if (c->group_depth == 1) c->group_depth--;
}

static void print_recursive(Ctx *c, Value exc) {
    if (IS_SMALL(exc) || !(TYPE(exc)->flags & TF_EXC)) {
        write_margin(c);
        sb_printf(c->b, "TypeError: print_exception(): Exception expected for value, %s found\n",
                  type_name(exc));
        cut(c);
        return;
    }
    if (LIST_LEN(c->seen) > 200) return;
    print_cause_and_context(c, exc);
    if (IS_INSTANCE(exc, &exc_BaseExceptionGroup)) print_group(c, exc);
    else print_one(c, exc, true);
}

void exc_print(Value exc) {
    if (!exc) return;
    Value saved = rt_exc_fetch();
    StrBuf b;
    sb_init(&b);
    Ctx c = {.b = &b, .seen = list_new(0)};
    /* sys.tracebacklimit as CPython's C printer reads it: the last N entries,
     * and no traceback at all when N <= 0. */
    Value lim = dict_get_cstr(module_dict(TH()->interp->sys), "tracebacklimit");
    if (lim && int_check(lim)) {
        int64_t v;
        if (!int_to_i64(lim, &v)) v = int_sign(lim) < 0 ? -1 : INT64_MAX;
        c.has_limit = true;
        c.limit = v <= 0 ? 0 : -(long)v;
    }
    rt_exc_clear();
    print_recursive(&c, exc);
    rt_exc_clear();
    Value text = sb_finish(&b);
    err_write(str_cstr(text), str_len(text));
    TH()->exc = saved;
}

Value exc_format_only(Value exc) {
    StrBuf b;
    sb_init(&b);
    Ctx c = {.b = &b, .seen = list_new(0)};
    Value saved = rt_exc_fetch();
    if (IS_INSTANCE(exc, &exc_SyntaxError)) {
        Value msg = print_syntax_location(&c, exc);
        print_message(&c, TYPE(exc), msg, true);
    } else {
        print_message(&c, TYPE(exc), exc, false);
    }
    rt_exc_clear();
    TH()->exc = saved;
    return sb_finish(&b);
}

Value exc_format_lines(Value obj, bool has_limit, long limit, bool chain, bool only) {
    StrBuf b;
    sb_init(&b);
    Ctx c = {.b = &b, .seen = list_new(0), .chunks = list_new(0), .limit = limit,
             .has_limit = has_limit, .no_chain = !chain};
    Value saved = rt_exc_fetch();
    if (!IS_SMALL(obj) && TYPE(obj) == &type_traceback)
        print_tb(&c, obj, 0, "", "", NULL);
    else if (IS_SMALL(obj) || !(TYPE(obj)->flags & TF_EXC))
        print_recursive(&c, obj);
    else if (only)
        print_one(&c, obj, false);
    else
        print_recursive(&c, obj);
    cut(&c);
    rt_exc_clear();
    TH()->exc = saved;
    return c.chunks;
}

int exc_system_exit_status(Value exc) {
    Value code = ((ExcObj *)exc)->extra[0];
    if (!code || code == NONE) return 0;
    if (IS_SMALL(code)) return (int)(SMALL_VAL(code) & 0xff);
    if (int_check(code)) {
        int64_t v;
        if (int_to_i64(code, &v)) return (int)(v & 0xff);
        return -1 & 0xff;
    }
    Value s = rt_str(code);
    if (!s) {
        rt_exc_clear();
        return 1;
    }
    StrBuf b;
    sb_init(&b);
    sb_add(&b, str_cstr(s), str_len(s));
    sb_addc(&b, '\n');
    Value t = sb_finish(&b);
    err_write(str_cstr(t), str_len(t));
    return 1;
}
