/* interp.h — the Thread (frame chain, pending exception, depths) and the Interp
 * (modules, builtins, the loop).  All mutable interpreter state hangs off
 * these two; th_current is the one thread-local pointer to the running Thread.
 */
#ifndef ASP_INTERP_H
#define ASP_INTERP_H

#include "value.h"

typedef struct Frame Frame;
typedef struct Interp Interp;

typedef struct Thread {
    Interp *interp;
    Frame *frame;            /* the running (innermost) frame; NULL outside the VM */
    Value exc;               /* the exception being raised; NIL when none */
    Value handled;           /* the exception being handled (sys.exc_info()); NONE/NIL when none */
    int depth;               /* Python frame depth (recursion limit policy) */
    int c_depth;             /* nested vm_call / vm_resume entries from C */
    int recursion_limit;     /* sys.getrecursionlimit(), default 1000 */
    volatile int interrupt;  /* set by SIGINT handler; the VM raises KeyboardInterrupt */
    Value asyncgen_firstiter, asyncgen_finalizer; /* sys.set_asyncgen_hooks; NONE when unset */
    Value running_loop;      /* the running event loop or NONE */
    Value current_task;      /* asyncio.current_task() or NONE */
    /* Coroutines that may never be awaited (gen.c): new ones wait in the
     * ring; those still unstarted when it fills move to never_awaited (a
     * list, NIL until needed); report_never_awaited runs at exit. */
    Value young_coros[32];
    int n_young;
    Value never_awaited;
    size_t never_awaited_pruned;     /* its length after the last pruning */
    void (*report_never_awaited)(void); /* set by the first coroutine created; NULL before */
    Value repr_active;       /* list of containers whose repr is running (Py_ReprEnter); NIL until used */ /* needed by containers */
} Thread;

struct Interp {
    Value modules;           /* sys.modules (dict) */
    Value builtins;          /* the builtins module's dict */
    Value sys;               /* the sys module */
    Value path;              /* sys.path (list) */
    Value argv;              /* sys.argv (list) */
    Value interned;          /* str interning table (dict str -> str) */
    Value main_module;       /* __main__ */
    Value stdout, stderr, stdin; /* sys.stdout etc. as file objects */
    Value loop;              /* the event loop object in use, or NONE */
    Value warnings_seen;     /* set of (file, line, category) already warned */
    Value open_files;        /* list of writable file objects, flushed at exit (file.c) */
    Value source_cache;      /* dict filename -> list of lines, for tracebacks (excprint.c) */
    Value script_dir;        /* sys.path[0] as set by main.c, or NIL */
    Value importing;         /* dict: names of modules whose body is running (module.c) */
    int exit_code;
};

extern _Thread_local Thread *th_current;
static inline Thread *TH(void) { return th_current; }

/* Start-up: GC, names, every native type, builtins, sys; returns the main thread. */
Thread *interp_init(int argc, char **argv);
/* Flush sys.stdout / sys.stderr and every open file (at exit); false if stdout failed. */
bool interp_flush_all(void);

/* Per-module start-up, called by interp_init() in this order after
 * names_init(): each calls type_ready() on the native types its file defines
 * and sets up what else it owns. */
void object_init(void);       /* type.c, object.c, func.c: object, type, NoneType, super, property, ... */
void num_init(void);          /* int.c, float.c: int, bool, float */
void str_init(void);          /* str.c, bytes.c: str, bytes, bytearray and their iterators */
void containers_init(void);   /* tuple, list, dict, set, frozenset, range, slice, iterators */
void exceptions_init(void);   /* exceptions.c: the exceptions.def hierarchy */
void code_init(void);         /* src/code.c: code, function, cell */
void gen_init(void);          /* src/gen.c, src/vm.c: generator, coroutine, async_generator, traceback */
void builtins_init(void);     /* builtins.c: the builtins module */

/* Every GC root outside the stack and Values reachable from them (gc.c). */
void gc_init(void);
void gc_add_root(Value *slot);


#endif
