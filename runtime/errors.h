/* errors.h — raising and inspecting exceptions from C.
 *
 * Convention: a function that fails sets the current thread's exception and
 * returns NIL (Values), -1 (counts, int status) or false; its caller propagates
 * the same way.  No setjmp/longjmp.  The exception object lives on the Thread
 * (thread.h) until the VM unwinds to a handler or the top level prints it.
 */
#ifndef ASP_ERRORS_H
#define ASP_ERRORS_H

#include "value.h"
#include "type.h"

#define EXC(name, base) extern Type exc_##name;
#include "exceptions.def"
#undef EXC

/* Native layout of every exception instance (subclasses extend via dict). */
typedef struct ExcObj {
    Obj ob;
    Value dict;           /* instance __dict__ (always present) */
    Value args;           /* tuple */
    Value traceback;      /* Traceback object or NONE */
    Value context;        /* __context__ or NONE */
    Value cause;          /* __cause__ or NONE */
    bool suppress_context;
    Value notes;          /* __notes__ list or NIL */
    /* Per-family attributes (exceptions.c): StopIteration value; SystemExit
     * code; OSError errno, strerror, filename, filename2; SyntaxError msg,
     * filename, lineno, offset, text, end_lineno, end_offset; ImportError msg,
     * name, path; AttributeError/NameError name, obj; BaseExceptionGroup
     * message, exceptions. */
    Value extra[7];
} ExcObj;
enum { EXC_NEXTRA = 7 };

/* Raise exc_type(message) with a printf-style message (%s takes C strings;
 * use type_name(v) / str_cstr(v) for Python values).  Always returns NIL. */
Value rt_raise(Type *exc_type, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Raise an already-built exception instance, or a class (instantiated with no args). */
Value rt_raise_value(Value exc);
/* Raise exc_type with exactly these args (KeyError(key), StopIteration(value)). */
Value rt_raise_args(Type *exc_type, Value args_tuple);
Value rt_raise_nomem(void);           /* MemoryError, without allocating much */
Value rt_raise_oserror(int errnum, Value filename); /* picks FileNotFoundError etc. from errno */

/* The pending exception (NIL when none), taking it clears it. */
Value rt_exc_current(void);
Value rt_exc_fetch(void);
void rt_exc_clear(void);
/* Does the pending exception match exc_type (isinstance)? false when none is pending. */
bool rt_exc_matches(Type *exc_type);
bool rt_exc_occurred(void);

/* Build exc_type(*args) without raising it. */
Value exc_new(Type *exc_type, Value args_tuple);
/* Print "Traceback (most recent call last):" ... chained, as CPython 3.11, to stderr. */
void exc_print(Value exc);
/* Short description "TypeError: message" (no traceback). */
Value exc_format_only(Value exc);

/* SyntaxError / IndentationError / TabError with CPython's attributes set:
 * filename, lineno, offset (1-based column, as CPython), text (the source line),
 * end_lineno, end_offset.  Raises it and returns NIL. */
Value rt_syntax_error(Type *t, const char *msg, Value filename, int line, int offset,
                      int end_line, int end_offset, Value text);

/* warnings.warn-style message on stderr: "file:line: Category: message" plus the
 * source line, once per (file, line, category, message) as CPython's default filter. */
void rt_warn(Type *category, Value message, Value filename, int line);
/* needed by the compiler: the same without the once-per-location registry, as
 * CPython's compile-time SyntaxWarnings (each occurrence is printed). */
void rt_warn_explicit(Type *category, Value message, Value filename, int line);

/* AttributeError "'C' object has no attribute 'x'" (type objects and modules get
 * CPython's own wording) with .name and .obj set, so the traceback can suggest
 * "Did you mean: 'y'?". Returns NIL. */
Value rt_raise_attribute_error(Value obj, Value name);

/* except* matching: split exc by matcher (an exception type or tuple of types).
 * A naked exception that matches becomes ExceptionGroup("", [exc]).  *match and
 * *rest are NONE when empty.  false with an exception set on error. */
bool exc_group_split(Value exc, Value matcher, Value *match, Value *rest);
/* BaseExceptionGroup(message, excs) picking ExceptionGroup when all are Exceptions. */
Value exc_group_new(Value message, Value excs_list);

/* The OSError subclass CPython picks for an errno (FileNotFoundError for ENOENT ...). */
Type *exc_oserror_type(int errnum);
/* The source line `line` (1-based) of a file, without its newline; NIL if unknown. */
Value exc_source_line(Value filename, int line);

/* Write text to sys.stderr (fd 2 before sys exists), flushing stdout first. */
void err_write(const char *s, size_t n);

/* sys.exit / SystemExit at the top level: the process exit status, printing a
 * non-int code to stderr as CPython does. */
int exc_system_exit_status(Value exc);

/* The Python-visible name of v's type: "int", "NoneType", "C" (not qualified). */
const char *type_name(Value v);

#endif
