/* code.h — the compiler's output and the VM's working objects: Code, Function,
 * Cell, Frame and Gen (generators, coroutines, async generators).
 *
 * Invariant (stackless, DESIGN.md section 2): a Frame lives on the GC heap and
 * is linked to the frame that receives its result through `prev`; resuming a
 * generator links its saved frame on top of the resumer, suspending unlinks it.
 * The C stack never grows with Python call depth.
 */
#ifndef ASP_CODE_H
#define ASP_CODE_H

#include "../runtime/value.h"
#include "../runtime/type.h"
#include "../runtime/interp.h"

/* Instruction word: opcode in the low 8 bits, operand in the high 24 bits. */
typedef uint32_t Instr;
#define INSTR(op, arg) ((Instr)(op) | ((Instr)(arg) << 8))
#define I_OP(w) ((w) & 0xff)
#define I_ARG(w) ((w) >> 8)
#define ARG_MAX 0xffffff

enum Opcode {
#define OP(name, operand, pops, pushes, flags) OP_##name,
#include "opcodes.def"
#undef OP
    OP__COUNT
};
extern const char *const op_names[];

/* Source position of one instruction (for tracebacks and their caret lines). */
typedef struct Pos { int32_t line, end_line; int32_t col, end_col; } Pos; /* col: 0-based byte offsets; -1 unknown */

/* One exception-table entry: an exception raised at pc in [start, end) pops the
 * value stack to `depth` items, pushes the exception and jumps to target.
 * Entries are sorted innermost first; the VM takes the first that covers pc. */
typedef struct ExcEntry { uint32_t start, end, target, depth; } ExcEntry;

enum CodeFlags {
    CO_VARARGS = 1 << 0,
    CO_VARKEYWORDS = 1 << 1,
    CO_GENERATOR = 1 << 2,
    CO_COROUTINE = 1 << 3,
    CO_ASYNC_GENERATOR = 1 << 4,
    CO_ITERABLE_COROUTINE = 1 << 5,  /* types.coroutine */
    CO_NESTED = 1 << 6,
    CO_MODULE = 1 << 7,              /* module or class body: names go through frame->locals */
    CO_CLASS = 1 << 8,
};

/* Kinds of localsplus slots (CPython 3.11 layout: args first, then locals,
 * then cells that are not args, then free variables). */
enum { LK_LOCAL = 1, LK_CELL = 2, LK_FREE = 4, LK_ARG = 8 };

typedef struct CodeObj {
    Obj ob;
    Value name, qualname, filename;  /* str */
    int firstlineno;
    int argcount, posonlyargcount, kwonlyargcount; /* positional incl. posonly; kwonly */
    int nlocalsplus;                 /* slots in localsplus */
    int nfree;                       /* free vars: the last nfree slots */
    int stacksize;                   /* max value-stack depth */
    uint32_t flags;                  /* CO_* */
    Instr *code; uint32_t ncode;     /* bytecode (GC_MALLOC_ATOMIC) */
    Pos *pos;                        /* pos[i] for code[i] */
    ExcEntry *exctab; uint32_t nexc;
    Value consts;                    /* tuple */
    Value names;                     /* tuple of interned str: globals, attributes */
    Value localsplusnames;           /* tuple of interned str */
    uint8_t *localspluskinds;        /* LK_* per slot */
    Value docstring;                 /* str or NONE */
    Value source;                    /* the file's text (str) for traceback lines, or NIL */
} CodeObj;

typedef struct CellObj { Obj ob; Value ref; /* NIL = empty */ } CellObj;

typedef struct FunctionObj {
    Obj ob;
    CodeObj *code;
    Value globals;                   /* dict */
    Value builtins;                  /* dict */
    Value name, qualname, module;    /* str, str, str or NONE */
    Value defaults;                  /* tuple or NIL */
    Value kwdefaults;                /* dict or NIL */
    Value closure;                   /* tuple of cells or NIL */
    Value annotations;               /* dict or NIL */
    Value doc;                       /* __doc__ */
    Value dict;                      /* function attributes, NIL until set */
} FunctionObj;

/* How a finishing frame hands its result to `prev` (set by whoever links it). */
enum RetMode {
    RET_PUSH,      /* a call: push the return value on prev's stack */
    RET_EXIT,      /* return to the C caller of vm_call / vm_resume */
    RET_SEND,      /* a generator resumed by prev's SEND: yield pushes, return jumps */
    RET_FOR_ITER,  /* a generator resumed by prev's FOR_ITER */
    RET_INIT,      /* a heap class's Python __init__: the result must be None; the
                    * instance is already on prev's stack */
};

struct Frame {
    CodeObj *code;
    FunctionObj *func;               /* NULL for module/class bodies run by exec */
    Value globals, builtins;
    Value locals;                    /* dict for CO_MODULE/CO_CLASS code; NIL otherwise */
    Instr *ip;                       /* next instruction; valid while not running in a register */
    Value *sp;                       /* value-stack top (one past the last item); valid while not running */
    Frame *prev;                     /* who receives our result; NULL when unlinked (suspended gen) */
    struct GenObj *gen;              /* the generator owning this frame, or NULL */
    uint8_t ret_mode;                /* RetMode, valid while linked */
    Value kwnames;                   /* set by KW_NAMES, consumed by the next CALL; NIL otherwise */
    Value frame_obj;                 /* the Python-visible frame object, made on demand (frame.c) */
    Value localsplus[];              /* nlocalsplus slots, then stacksize stack slots */
};

static inline Value *frame_stack(Frame *f) { return f->localsplus + f->code->nlocalsplus; }

enum GenState { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_CLOSED };

typedef struct GenObj {
    Obj ob;                          /* type_generator / type_coroutine / type_async_generator */
    Frame *frame;                    /* the saved frame; NULL once closed */
    Value name, qualname;            /* str */
    uint8_t state;                   /* GenState */
    bool hooks_inited;               /* async generators: firstiter hook called */
    bool closed_by_aclose;           /* async generators: aclose() ran */
    bool running_async;              /* async generators: an asend/athrow awaitable is in flight (ag_running) */
    Value finalizer;                 /* async generators: the finalizer hook or NIL */
    Value exc_state;                 /* the generator's own handled exception (NONE/NIL: none) */
    Value resumer_handled;           /* Thread.handled of whoever resumed it, restored at yield */
    Value code;                      /* the CodeObj (gi_code), kept after the frame is gone */
    Value origin_file;               /* coroutines: where it was created, for "never awaited"; NIL otherwise */
    int origin_line;                 /* valid when origin_file is set */
} GenObj;

extern Type type_code, type_function, type_cell, type_generator, type_coroutine,
    type_async_generator;

CodeObj *code_new(void);
Value function_new(CodeObj *code, Value globals, Value qualname);
Value cell_new(Value v);

#endif
