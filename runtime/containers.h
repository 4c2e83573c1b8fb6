/* containers.h — tuple, list, dict, set/frozenset, range and slice.
 *
 * Invariants: a tuple never changes after it is returned to Python code; a list
 * owns items[0..len) with cap >= len; a dict keeps insertion order (dense entry
 * array plus an index table) and the same layout serves instance __dict__,
 * module globals and class dicts.
 */
#ifndef ASP_CONTAINERS_H
#define ASP_CONTAINERS_H

#include "value.h"
#include "type.h"

/* tuple */
/* Heap subclasses keep their __dict__ after the items (DICT_AT_END, type.h);
 * tuple.__new__ allocates them with obj_alloc_var. */
typedef struct TupleObj { Obj ob; size_t len; intptr_t hash; Value items[]; } TupleObj;
extern Type type_tuple;
extern Value rt_empty_tuple;
Value tuple_new(size_t len);                   /* items zeroed; fill before publishing */
Value tuple_pack(size_t n, ...);
Value tuple_from_array(const Value *items, size_t n);
static inline size_t TUPLE_LEN(Value t) { return ((TupleObj *)t)->len; }
static inline Value *TUPLE_ITEMS(Value t) { return ((TupleObj *)t)->items; }
bool tuple_check(Value v);

/* list */
typedef struct ListObj { Obj ob; size_t len, cap; Value *items; } ListObj;
extern Type type_list;
Value list_new(size_t len);                    /* len items, zeroed (fill them) */
Value list_from_array(const Value *items, size_t n);
bool list_append(Value list, Value item);
static inline size_t LIST_LEN(Value l) { return ((ListObj *)l)->len; }
static inline Value *LIST_ITEMS(Value l) { return ((ListObj *)l)->items; }
bool list_check(Value v);
/* Sort in place, stable; key may be NIL.  false on error (exception set). */
bool list_sort(Value list, Value key, bool reverse);
Value list_extend(Value list, Value iterable);  /* NONE or NIL */
Value list_as_tuple(Value list);

/* dict */
typedef struct DictEntry { intptr_t hash; Value key, value; } DictEntry;
typedef struct DictObj {
    Obj ob;
    size_t used;          /* live entries */
    size_t nentries;      /* entries[0..nentries), some may be deleted (key NIL) */
    size_t cap;           /* capacity of entries */
    size_t mask;          /* index table size - 1 */
    int32_t *index;       /* -1 empty, -2 deleted, else entry number */
    DictEntry *entries;
    uint64_t version;     /* bumped on every mutation (iteration safety checks) */
} DictObj;
extern Type type_dict;
Value dict_new(void);
/* 1 found (*out set), 0 absent, -1 error (from __hash__ / __eq__). */
int dict_find(Value d, Value key, Value *out);
int dict_set(Value d, Value key, Value value);   /* 0 ok, -1 error */
int dict_del(Value d, Value key);                /* 1 deleted, 0 absent (no exception), -1 error */
/* Fast paths for str keys (never call user code for exact-str keys). */
Value dict_get_str(Value d, Value key);          /* NIL when absent */
void dict_set_str(Value d, Value key, Value value);
Value dict_get_cstr(Value d, const char *key);   /* NIL when absent */
void dict_set_cstr(Value d, const char *key, Value value);
size_t dict_len(Value d);
/* Iterate: start *pos at 0; true while entries remain. */
bool dict_next(Value d, size_t *pos, Value *key, Value *value);
Value dict_copy(Value d);
int dict_update(Value d, Value other);           /* mapping or iterable of pairs; 0 / -1 */
bool dict_check(Value v);
Value dict_keys_list(Value d);

/* set / frozenset */
/* CPython's open-addressing table (setobject.c), so that iteration order
 * matches CPython's.  key NIL = unused slot; key == SET_DUMMY = deleted.
 * A zeroed SetObj (obj_alloc of a subclass) is a valid empty set. */
typedef struct SetEntry { Value key; intptr_t hash; } SetEntry;
typedef struct SetObj {
    Obj ob;
    size_t fill, used, mask;   /* fill: active + dummy slots; mask: table size - 1 */
    SetEntry *table;           /* NULL until first insertion */
    intptr_t hash;             /* frozenset hash cache, -1 unknown (0 in a zeroed object: see set.c) */
    size_t finger;             /* set.pop() search start */
} SetObj;
extern Type type_set, type_frozenset;
Value set_new(void);
Value frozenset_new(Value iterable_or_nil);
int set_add(Value s, Value item);                /* 0 / -1 */
int set_contains(Value s, Value item);           /* 1 / 0 / -1 */
bool set_next(Value s, size_t *pos, Value *item);
size_t set_len(Value s);
bool set_check(Value v);                         /* set, frozenset or subclass */
bool frozenset_check(Value v);                   /* frozenset or subclass */
int set_discard(Value s, Value item);            /* 1 removed / 0 absent / -1 */
int set_update(Value s, Value iterable);         /* 0 / -1 (SET_UPDATE) */
Value set_from_iter(Value iterable_or_nil);      /* a new set */

/* range and slice */
typedef struct RangeObj { Obj ob; Value start, stop, step, len; } RangeObj;
typedef struct SliceObj { Obj ob; Value start, stop, step; } SliceObj;
extern Type type_range, type_slice;
Value range_new(Value start, Value stop, Value step);
Value slice_new(Value start, Value stop, Value step);
/* Resolve a slice against a sequence length (CPython's PySlice_GetIndicesEx). */
bool slice_indices(Value slice, intptr_t length, intptr_t *start, intptr_t *stop,
                   intptr_t *step, intptr_t *slicelen);

/* Builtin iterator types (iter.c): enumerate, zip, map, filter, reversed,
 * the sequence iterator used for __getitem__-only iterables, callable_iterator. */
extern Type type_enumerate, type_zip, type_map, type_filter, type_reversed,
    type_seqiter, type_callable_iterator;
Value seqiter_new(Value seq);
Value callable_iter_new(Value callable, Value sentinel);  /* iter(f, sentinel) */

/* The other native types of this module (views, iterators), for isinstance
 * checks and the types module. */
extern Type type_tuple_iterator, type_list_iterator, type_list_reverseiterator,
    type_dict_keys, type_dict_values, type_dict_items,
    type_dict_keyiterator, type_dict_valueiterator, type_dict_itemiterator,
    type_dict_reversekeyiterator, type_dict_reversevalueiterator,
    type_dict_reverseitemiterator, type_set_iterator, type_range_iterator,
    type_longrange_iterator;

/* Helpers shared by the container files (and usable by other native
 * containers such as deque). */
/* repr recursion guard (CPython's Py_ReprEnter/Leave): 1 when v's repr is
 * already running on this thread (print "[...]"), 0 when entered. */
int rt_repr_enter(Value v);
void rt_repr_leave(Value v);
/* The __hash__ slot of unhashable types: "unhashable type: 'list'". */
intptr_t rt_hash_unhashable(Value v);
/* A sequence index (int or __index__; not a slice): TypeError
 * "<what> indices must be integers or slices, not str", IndexError
 * "cannot fit 'int' into an index-sized integer" for huge ints. */
bool seq_index(Value key, const char *what, intptr_t *out);
/* operator.index(v) as an exact int Value (big ints kept); NIL + TypeError
 * "'str' object cannot be interpreted as an integer". */
Value rt_number_index(Value v);
/* The slice-index conversion of CPython (_PyEval_SliceIndex): None leaves *out
 * unchanged, big ints clamp to INTPTR_MIN/MAX. */
bool slice_index_value(Value v, intptr_t *out);

/* Internal to tuple.c / list.c (sequence behaviour they share). */
Value seq_richcompare(Value v, size_t (*lenf)(Value), Value *(*itemsf)(Value), Value w, int op);
Value seq_concat_error(const char *tname, Value other);
bool seq_repeat_count(Value n, intptr_t *out, bool *notimpl);
Value seq_repeat_error(Value n, bool reflected);
bool seq_index_bounds(Value *args, int nargs, size_t len, intptr_t *start, intptr_t *stop);
intptr_t tuple_hash_items(const Value *items, size_t n);
Value cont_class_getitem(Value *args, int nargs, Value kwnames);   /* list[int] */

#endif
