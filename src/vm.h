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
/* The same for gen.throw(*raw): raw are throw()'s arguments as given, passed on
 * unchanged to a non-generator receiver's throw() (CPython's delegation). */
Value vm_resume_throw(GenObj *gen, Value value, Value exc, Value *raw, int nraw, bool *finished);

/* Python-level call of a function object (the __call__ slot of functions). */
Value vm_call_function(Value func, Value *args, int nargs, Value kwnames);

/* The traceback object type and helper: tb chain from the frames an exception passed. */
typedef struct TracebackObj {
    Obj ob;
    Value next;          /* TracebackObj or NONE */
    CodeObj *code;
    int lasti;           /* instruction index */
    int line;
    Frame *frame;        /* tb_frame (set by the VM), or NULL */
} TracebackObj;
extern Type type_traceback;
Value traceback_new(Value next, CodeObj *code, int lasti);

/* Frames and argument binding (src/frame.c, src/call.c). */
Frame *frame_new(CodeObj *code, FunctionObj *func, Value globals, Value builtins, Value locals);
/* Bind (self, args, nargs, kwnames) to f's parameters as CPython 3.11 does;
 * self == NIL means no receiver (otherwise it is positional argument 0).
 * false + TypeError with CPython's text on a mismatch. */
bool call_bind_args(Frame *f, FunctionObj *func, Value self, Value *args, int nargs, Value kwnames);
/* "__main__.f()" / "len()": how CPython names a callable in call errors. */
Value call_func_str(Value func);

/* Generators (src/gen.c): wrap an unlinked, bound frame of generator code. */
Value gen_new(Frame *f, FunctionObj *func);
/* The receiver a suspended generator delegates to (yield from / await), or NIL. */
Value gen_yieldfrom(GenObj *g);
extern Type type_coroutine_wrapper, type_async_generator_asend,
    type_async_generator_athrow, type_async_gen_wrapped_value, type_frame;
/* ASYNC_GEN_WRAP: mark a value-yield of an async generator. */
Value gen_async_wrap(Value v);
/* The `await` protocol for GET_AWAITABLE and friends: returns the iterator to
 * drive with SEND; where selects the error texts (0 await, 1 aenter, 2 aexit). */
Value gen_get_awaitable(Value obj, int where);
/* sys._asp_mark_iterable_coroutine(func) for types.coroutine (a NativeFn). */
Value gen_mark_iterable_coroutine(Value *args, int nargs, Value kwnames);
/* PEP 479 messages by generator kind. */
const char *gen_kind(GenObj *g);   /* "generator", "coroutine", "async generator" */

/* Frame objects for tb_frame / gi_frame / sys._getframe. */
Value frame_object(Frame *f);
int frame_lineno(Frame *f);        /* current line of a (possibly suspended) frame */

#endif
