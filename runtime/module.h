/* module.h — module objects, native module registration, frozen Python
 * modules and the import system (sys.modules, sys.path, packages).
 * Invariant: a module is in sys.modules before its body runs (circular imports
 * see the partly initialised module, as in CPython). */
#ifndef ASP_MODULE_H
#define ASP_MODULE_H

#include "value.h"
#include "type.h"

typedef struct ModuleObj { Obj ob; Value dict; Value name; } ModuleObj;
extern Type type_module;

Value module_new(Value name);                    /* __name__ set, empty otherwise */
static inline Value module_dict(Value m) { return ((ModuleObj *)m)->dict; }
void module_add(Value m, const char *name, Value v);
void module_add_func(Value m, const char *name, NativeFn fn);

/* A native module: init fills the module object; NULL on error. */
typedef struct NativeModuleDef {
    const char *name;
    bool (*init)(Value module);
} NativeModuleDef;

/* Native modules (module.c keeps the table; each init lives in its owner's file). */
bool mod_sys_init(Value m);       /* mod_sys.c */
bool mod_time_init(Value m);      /* mod_time.c */
bool mod_math_init(Value m);      /* mod_math.c */
bool mod_random_init(Value m);    /* mod_random.c: the _random module */
bool mod_os_init(Value m);        /* mod_os.c: the _os module under os.py */
bool mod_uv_init(Value m);        /* mod_uv.c: libuv for asyncio I/O */
bool mod_hash_init(Value m);      /* mod_hash.c: _hashlib, the digests under hashlib.py */
bool mod_thread_init(Value m);    /* mod_thread.c: _thread, OS threads and locks */ /* needed by threads */
bool mod_sre_init(Value m);       /* mod_sre.c: the matching engine under re */
bool mod_asyncio_init(Value m);   /* mod_asyncio.c: native Future and Task */
bool mod_dis_init(Value m);       /* src/disasm.c: the _dis module under dis.py */
bool mod_collections_init(Value m); /* mod_collections.c: _collections (deque) */

/* `import name` machinery: returns the module (top package for dotted names
 * when fromlist is empty, as __import__ does).  level > 0 for relative imports. */
Value import_module(Value name, Value globals, Value fromlist, int level);
/* Import a module by its full dotted name and return it (not the top package). */
Value import_cstr(const char *name);
/* python -m NAME: find NAME's source without running it (its parent packages
 * are imported).  1 found (out filled), 2 a built-in module (no source), 0 not
 * found (no exception set), -1 error. */
typedef struct ModuleSource {
    const char *src;
    size_t len;
    Value filename;        /* for code objects and tracebacks */
    Value file;            /* __file__, or NIL for a frozen module */
    bool is_pkg;
    Value pkgpath;         /* a package's __path__ (NIL if frozen) */
    const char *loader;    /* "frozen" or NULL */
} ModuleSource;
int import_find_source(Value name, ModuleSource *out);
/* `from m import x` item lookup with CPython's ImportError text. */
Value import_from(Value module, Value name);

/* Struct sequences (sys.version_info, time.struct_time, sys.flags ...): a
 * tuple subclass whose items are also readable as named attributes and whose
 * repr is "name(field=value, ...)".  mod_sys.c. */
typedef struct StructSeqType {
    Type type;
    const char *const *fields;
    int nfields;
    int nvisible;    /* items in the tuple; later fields are attributes only */
} StructSeqType;
void structseq_init_type(StructSeqType *st, const char *name, const char *module,
                         const char *const *fields, int nfields);
/* The same with fields[nvisible..] hidden from the tuple (time.struct_time's
 * tm_zone and tm_gmtoff); such a type can be built from a sequence of
 * nvisible to nfields items, as CPython's. */
void structseq_init_type_hidden(StructSeqType *st, const char *name, const char *module,
                                const char *const *fields, int nfields, int nvisible);
Value structseq_new(StructSeqType *st, const Value *items);   /* nfields items */

/* dir(obj) as the builtin does (sorted list of str); builtins.c. */
Value builtins_dir(Value obj);

#endif
