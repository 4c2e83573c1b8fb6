/* bytes.h — immutable bytes and mutable bytearray.
 * Invariant: data is followed by a NUL byte that is not part of the value. */
#ifndef ASP_BYTES_H
#define ASP_BYTES_H

#include "value.h"
#include "type.h"

typedef struct BytesObj { Obj ob; size_t len; intptr_t hash; char data[]; } BytesObj;
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

#endif
