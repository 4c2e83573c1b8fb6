/* emit.h — the instruction buffer behind one code object being compiled:
 * labels and jump patching, the per-instruction position table, exception
 * handler ranges, constant and name pools, and stack-depth tracking.
 *
 * Invariant: every emitted instruction records the innermost exception handler
 * active when it was emitted (CPython 3.11's model: ranges never overlap, so the
 * exception table is just the runs of equal handlers).  The stack depth is
 * tracked linearly during emission: after an instruction that never falls
 * through, the depth is unknown until a label with a recorded depth is bound.
 */
#ifndef ASP_EMIT_H
#define ASP_EMIT_H

#include "code.h"

typedef int Label;

typedef struct Handler {
    Label target;
    int depth;            /* value-stack items kept when the handler runs */
} Handler;

typedef struct Emit {
    Instr *code;
    Pos *pos;
    int *hidx;            /* handler index per instruction, -1 none */
    uint32_t n, cap;
    Pos cur;              /* position given to the next instruction */
    int *label_pos;       /* instruction index or -1 (unbound) */
    int *label_depth;     /* stack depth on entry or -1 (unknown) */
    int nlabels, label_cap;
    Handler *handlers;
    int nhandlers, handler_cap;
    int cur_handler;      /* -1: none */
    int depth, maxdepth;
    bool reachable;
    Value consts;         /* list */
    Value names;          /* list of interned str */
    Value names_index;    /* dict str -> small int */
} Emit;

void em_init(Emit *e);
Label em_new_label(Emit *e);
/* Bind label l to the next instruction. */
void em_label(Emit *e, Label l);
/* Emit one instruction; for F_JUMP opcodes arg is a Label. Returns its index. */
int em_op(Emit *e, int op, int arg);
/* Exception handlers: the handler covers every instruction emitted until
 * em_set_handler() restores the previous one.  depth is the number of stack
 * items kept; the handler's label starts with depth + 1 (the exception). */
int em_push_handler(Emit *e, Label target, int depth);
int em_handler(Emit *e);                    /* the current handler index */
void em_set_handler(Emit *e, int h);

int em_const(Emit *e, Value v);             /* index into consts (deduplicated) */
int em_name(Emit *e, Value name);           /* index into names (deduplicated) */

bool op_is_jump(int op);                  /* F_JUMP: operand is a jump target */
bool op_is_term(int op);                  /* F_TERM: never falls through */

/* Stack effect of (op, arg): fallthrough (jump=false) or taken jump. */
int op_stack_effect(int op, int arg, bool jump);

/* Resolve labels, build the exception table and fill code's bytecode fields
 * (code, pos, ncode, exctab, nexc, consts, names, stacksize). */
void em_finish(Emit *e, CodeObj *code);

#endif
