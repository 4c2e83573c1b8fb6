/* str.h — immutable Unicode strings stored as UTF-8, and a string builder.
 *
 * Invariant: data is valid UTF-8 followed by a NUL; cplen is the code-point
 * count; ascii is true iff every byte < 0x80 (then indexing is O(1)); hash is
 * -1 until computed.  Interned strings are unique per text: two interned
 * strings are equal iff they are the same object.
 */
#ifndef ASP_STR_H
#define ASP_STR_H

#include <stdarg.h>
#include "value.h"
#include "type.h"

typedef struct StrObj {
    Obj ob;
    size_t len;          /* bytes, excluding the NUL */
    size_t cplen;        /* code points */
    intptr_t hash;       /* -1 until computed */
    bool ascii;
    bool interned;
    size_t mark_cp, mark_off; /* non-ascii: a known (code point, byte offset) pair,
                                 so sequential indexing needs no rescans */
    char *data;          /* len bytes + NUL, inside this object's own allocation
                            (after the __dict__ slot for str subclasses) */
} StrObj;

extern Type type_str;

static inline StrObj *AS_STR(Value v) { return (StrObj *)v; }
static inline const char *str_cstr(Value v) { return ((StrObj *)v)->data; }
static inline size_t str_len(Value v) { return ((StrObj *)v)->len; }
bool str_check(Value v);                        /* str or subclass */

Value str_new(const char *utf8, size_t len);    /* copies; assumes valid UTF-8 */
Value str_from_cstr(const char *s);
Value str_intern(const char *s);               /* returns the unique interned str */
Value str_intern_value(Value s);               /* intern an existing str */
Value str_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
Value str_vprintf(const char *fmt, va_list ap);
Value str_from_codepoint(uint32_t cp);
bool str_eq(Value a, Value b);                  /* both str */
int str_cmp(Value a, Value b);                  /* code-point order */
intptr_t str_hash(Value s);
Value str_concat(Value a, Value b);
Value str_repr(Value s);                        /* 'text' with CPython's quoting and escapes */
Value str_getitem_index(Value s, intptr_t i);   /* i already normalised to [0, cplen) */
bool str_validate_utf8(const char *s, size_t len);
/* A str of a known code-point count (no scan); internal fast path. */
Value str_new_known(const char *utf8, size_t len, size_t cplen, bool ascii);
/* Decode the code point at *p (valid UTF-8) and advance *p past it. */
uint32_t str_next_cp(const char **p);
/* The byte offset of code point i in s (0 <= i <= cplen). */
size_t str_cp_offset(Value s, size_t i);
/* An integer argument through __index__ (CPython's PyNumber_AsSsize_t):
 * mode IDX_CLAMP clamps ints beyond the C range (slice bounds), IDX_SSIZE
 * raises OverflowError "Python int too large to convert to C ssize_t",
 * IDX_FIT raises OverflowError "cannot fit 'int' into an index-sized integer".
 * Objects without __index__: "'x' object cannot be interpreted as an integer". */
enum { IDX_CLAMP, IDX_SSIZE, IDX_FIT };
bool str_as_index(Value v, intptr_t *out, int mode);
/* Instance of str subclass t holding a copy of the text of the exact str s. */
Value str_new_subtype(Type *t, Value s);
/* str.format(*args, **kwargs) and the % operator, exposed for the VM/builtins. */
Value str_format_method(Value *args, int nargs, Value kwnames);
Value str_mod(Value fmt, Value args);           /* "..." % args */
Value str_format_spec(Value s, Value spec);     /* format(str, spec) */
Value str_format_map(Value fmt, Value mapping);  /* str.format_map */
bool str_cp_isprintable(uint32_t cp);           /* str.isprintable's rule for one code point */

/* A growable UTF-8 buffer on the GC heap.  When memory runs out it stops
 * growing (failed is set, later additions are dropped) and sb_finish raises
 * MemoryError. */
typedef struct StrBuf { char *p; size_t len, cap; bool failed; } StrBuf;
void sb_init(StrBuf *b);
bool sb_reserve(StrBuf *b, size_t extra);       /* room for extra bytes; false with MemoryError */
void sb_add(StrBuf *b, const char *s, size_t n);
void sb_adds(StrBuf *b, const char *s);
void sb_addc(StrBuf *b, char c);
void sb_addcp(StrBuf *b, uint32_t cp);         /* encode one code point */
void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
bool sb_addv_str(StrBuf *b, Value v);           /* str(v); false on error */
bool sb_addv_repr(StrBuf *b, Value v);          /* repr(v); false on error */
Value sb_finish(StrBuf *b);                     /* the str; b is spent */

/* Parsed format-spec mini-language: [[fill]align][sign][z][#][0][width][grouping][.precision][type] */
typedef struct FormatSpec {
    uint32_t fill;
    char align;        /* '<' '>' '^' '=' or 0 */
    char sign;         /* '+' '-' ' ' or 0 */
    bool alt, zero, no_neg_zero;
    intptr_t width;    /* -1 when absent */
    char grouping;     /* ',' '_' or 0 */
    intptr_t precision;/* -1 when absent */
    char type;         /* 0 when absent */
} FormatSpec;
/* Parse spec (a str); ValueError as CPython for a bad spec. false on error. */
bool format_spec_parse(Value spec, FormatSpec *out);
/* The same with CPython's full messages: default_type is the type used when
 * the spec has none (it decides which grouping options are legal, 's' for str)
 * and tname names the object's type in "Invalid format specifier '..' for
 * object of type 'int'".  Prefer this one. */
bool format_spec_parse_ex(Value spec, FormatSpec *out, char default_type, const char *tname);
/* Pad body (already signed/grouped) to the spec's width with its fill/align.
 * With no explicit align, a '0' flag (fs->zero) and default_align '>' mean '=':
 * padding goes after a leading sign and, when fs->alt, after a 0x/0o/0b prefix. */
Value format_pad(const char *body, size_t len, const FormatSpec *fs, char default_align);

#endif
