/* vm.h — the only ways C enters the VM (DESIGN.md section 2).
 * Each pushes a sentinel frame (its one instruction is EXIT) and runs the
 * dispatch loop until that frame is reached again; nested entries are counted
 * in Thread.c_depth and bounded (RecursionError past the bound). */
#ifndef ASP_VM_H
#define ASP_VM_H

#include "code.h"

/* Call any callable from C (dunders, key functions, callbacks). */
Value vm_call(Value callable, Value *args, int nargs, Value kwnames);

/* Run a module or class body code object with the given globals/locals. */
Value vm_exec(CodeObj *code, Value globals, Value locals);
/* Run a function's code with an explicit locals dict (class bodies). */
Value vm_exec_function_body(Value func, Value locals);

/* Resume generator/coroutine gen: send `value` (exc == NIL) or throw `exc`.
 * Returns the yielded value with *finished=false, or the return value with
 * *finished=true; NIL with the exception set when it raised. */
Value vm_resume(GenObj *gen, Value value, Value exc, bool *finished);

/* Python-level call of a function object (the __call__ slot of functions). */
Value vm_call_function(Value func, Value *args, int nargs, Value kwnames);

/* The traceback object type and helper: tb chain from the frames an exception passed. */
typedef struct TracebackObj {
    Obj ob;
    Value next;          /* TracebackObj or NONE */
    CodeObj *code;
    int lasti;           /* instruction index */
    int line;
} TracebackObj;
extern Type type_traceback;
Value traceback_new(Value next, CodeObj *code, int lasti);

#endif
