/* bytes.h — immutable bytes and mutable bytearray.
 * Invariant: data is followed by a NUL byte that is not part of the value. */
#ifndef ASP_BYTES_H
#define ASP_BYTES_H

#include "value.h"
#include "type.h"

/* data points into the object's own allocation (after the __dict__ slot for
 * instances of bytes subclasses). */
typedef struct BytesObj { Obj ob; size_t len; intptr_t hash; char *data; } BytesObj;
typedef struct ByteArrayObj { Obj ob; size_t len, cap; char *data; } ByteArrayObj;

extern Type type_bytes, type_bytearray;

Value bytes_new(const char *data, size_t len);
static inline const char *bytes_data(Value v) { return ((BytesObj *)v)->data; }
static inline size_t bytes_len(Value v) { return ((BytesObj *)v)->len; }
bool bytes_check(Value v);
Value bytes_repr(Value v);                      /* b'...' as CPython */
Value bytearray_new(const char *data, size_t len);
/* bytes(x) / bytearray(x) from an iterable of ints, a buffer, an int count. */
Value bytes_from_object(Value v);
/* bytes or bytearray (or subclass): their data; false (no exception) otherwise. */
bool bytes_buffer(Value v, const char **data, size_t *len);
/* memoryview (memview.c): bytes_buffer accepts views too (a strided view's
 * bytes are gathered into a fresh buffer). */
extern Type type_memoryview;
bool memview_check(Value v);
bool memview_buffer(Value v, const char **data, size_t *len);   /* false (no exception) if released */
/* Decode with a codec name (utf-8, ascii, latin-1, utf-16/32 [-le/-be] and
 * aliases) and an errors mode (strict, replace, ignore, backslashreplace,
 * surrogateescape); LookupError for unknown codecs.  (str_encode lives in
 * bytes.c with the other codec code.) */
Value bytes_decode(const char *data, size_t len, const char *encoding, const char *errors);
/* Encode a str likewise (strict, replace, ignore, backslashreplace, xmlcharrefreplace). */
Value str_encode(Value s, const char *encoding, const char *errors);
/* b"..." % args (format.c); the result is a bytearray when to_bytearray. */
Value bytes_mod(const char *fmt, size_t len, Value args, bool to_bytearray);
void bytes_init(void);                          /* called by str_init() */

#endif
