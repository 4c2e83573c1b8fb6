/* emit.c — instruction buffer, labels, positions, exception ranges, constant
 * and name pools, and stack depth for one code object (see emit.h).
 *
 * Invariant: jump operands hold Label numbers until em_finish() rewrites them
 * to absolute instruction indices; every instruction remembers the innermost
 * handler that was active when it was emitted.
 */
#include <string.h>
#include "emit.h"
#include "../runtime/containers.h"
#include "../runtime/str.h"
#include "../runtime/num.h"
#include "../runtime/bytes.h"

#define F_JUMP 1
#define F_TERM 2
#define VAR (-100)

typedef struct OpInfo { int8_t pops, pushes; uint8_t flags; } OpInfo;
static const OpInfo op_info[] = {
#define OP(name, operand, pops, pushes, flags) { pops, pushes, flags },
#include "opcodes.def"
#undef OP
};
#undef VAR

bool op_is_jump(int op) { return (op_info[op].flags & F_JUMP) != 0; }
bool op_is_term(int op) { return (op_info[op].flags & F_TERM) != 0; }

void em_init(Emit *e)
{
    memset(e, 0, sizeof *e);
    e->cap = 64;
    e->code = GC_MALLOC_ATOMIC(e->cap * sizeof(Instr));
    e->pos = GC_MALLOC_ATOMIC(e->cap * sizeof(Pos));
    e->hidx = GC_MALLOC_ATOMIC(e->cap * sizeof(int));
    e->cur_handler = -1;
    e->reachable = true;
    e->consts = list_new(0);
    e->names = list_new(0);
    e->names_index = dict_new();
    e->cur = (Pos){1, 1, -1, -1};
}

Label em_new_label(Emit *e)
{
    if (e->nlabels == e->label_cap) {
        int cap = e->label_cap ? e->label_cap * 2 : 16;
        int *p = GC_MALLOC_ATOMIC(cap * sizeof(int));
        int *d = GC_MALLOC_ATOMIC(cap * sizeof(int));
        if (e->nlabels) {
            memcpy(p, e->label_pos, e->nlabels * sizeof(int));
            memcpy(d, e->label_depth, e->nlabels * sizeof(int));
        }
        e->label_pos = p; e->label_depth = d; e->label_cap = cap;
    }
    e->label_pos[e->nlabels] = -1;
    e->label_depth[e->nlabels] = -1;
    return e->nlabels++;
}

/* Record that control reaches label l with the given stack depth. */
static void reach(Emit *e, Label l, int depth)
{
    if (depth < 0) depth = 0;
    if (e->label_depth[l] < depth) e->label_depth[l] = depth;
    if (depth > e->maxdepth) e->maxdepth = depth;
}

void em_label(Emit *e, Label l)
{
    e->label_pos[l] = (int)e->n;
    if (e->reachable) {
        reach(e, l, e->depth);
        /* a forward jump may have recorded a deeper stack: trust the larger */
        e->depth = e->label_depth[l];
    } else if (e->label_depth[l] >= 0) {
        e->depth = e->label_depth[l];
        e->reachable = true;
    } else {
        /* dead code (after return/raise/break): keep going with the old depth */
        e->reachable = true;
        reach(e, l, e->depth);
    }
}

int op_stack_effect(int op, int arg, bool jump)
{
    switch (op) {
    case OP_COPY: return 1;
    case OP_SWAP: return 0;
    case OP_CALL: return -arg;
    case OP_CALL_METHOD: return -arg - 1;
    case OP_CALL_FUNCTION_EX: return -1 - (arg & 1);
    case OP_MAKE_FUNCTION: return -__builtin_popcount(arg & 15);
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET:
    case OP_BUILD_SLICE: case OP_BUILD_STRING: return 1 - arg;
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_SEND: return jump ? -1 : 0;
    case OP_RAISE_VARARGS: return -arg;
    default: return op_info[op].pushes - op_info[op].pops;
    }
}

static void grow(Emit *e)
{
    uint32_t cap = e->cap * 2;
    Instr *c = GC_MALLOC_ATOMIC(cap * sizeof(Instr));
    Pos *p = GC_MALLOC_ATOMIC(cap * sizeof(Pos));
    int *h = GC_MALLOC_ATOMIC(cap * sizeof(int));
    memcpy(c, e->code, e->n * sizeof(Instr));
    memcpy(p, e->pos, e->n * sizeof(Pos));
    memcpy(h, e->hidx, e->n * sizeof(int));
    e->code = c; e->pos = p; e->hidx = h; e->cap = cap;
}

int em_op(Emit *e, int op, int arg)
{
    if (e->n == e->cap) grow(e);
    if (arg < 0) arg = 0;
    if (arg > ARG_MAX) arg = ARG_MAX;
    int i = (int)e->n++;
    e->code[i] = INSTR(op, arg);
    e->pos[i] = e->cur;
    e->hidx[i] = e->cur_handler;
    if (e->cur_handler >= 0) {
        /* an exception here lands in the handler with the exception pushed */
        Handler *h = &e->handlers[e->cur_handler];
        reach(e, h->target, h->depth + 1);
    }
    if (op_info[op].flags & F_JUMP)
        reach(e, arg, e->depth + op_stack_effect(op, arg, true));
    e->depth += op_stack_effect(op, arg, false);
    if (e->depth < 0) e->depth = 0;
    if (e->depth > e->maxdepth) e->maxdepth = e->depth;
    if (op_info[op].flags & F_TERM) e->reachable = false;
    return i;
}

int em_push_handler(Emit *e, Label target, int depth)
{
    if (e->nhandlers == e->handler_cap) {
        int cap = e->handler_cap ? e->handler_cap * 2 : 8;
        Handler *h = GC_MALLOC_ATOMIC(cap * sizeof(Handler));
        if (e->nhandlers) memcpy(h, e->handlers, e->nhandlers * sizeof(Handler));
        e->handlers = h; e->handler_cap = cap;
    }
    int prev = e->cur_handler;
    if (depth < 0) depth = 0;
    e->handlers[e->nhandlers] = (Handler){target, depth};
    reach(e, target, depth + 1);
    e->cur_handler = e->nhandlers++;
    return prev;
}

int em_handler(Emit *e) { return e->cur_handler; }
void em_set_handler(Emit *e, int h) { e->cur_handler = h; }

/* Constants are equal for pooling only when they have the same type and value
 * (1, 1.0 and True stay distinct, as in CPython's co_consts). */
static bool const_same(Value a, Value b)
{
    if (a == b) return true;
    if (IS_SMALL(a) || IS_SMALL(b)) return false;
    Type *t = TYPE(a);
    if (t != TYPE(b)) return false;
    if (t == &type_str) return str_eq(a, b);
    if (t == &type_bytes)
        return bytes_len(a) == bytes_len(b) && memcmp(bytes_data(a), bytes_data(b), bytes_len(a)) == 0;
    if (t == &type_float) {
        double x = FLOAT_VAL(a), y = FLOAT_VAL(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    return false;
}

int em_const(Emit *e, Value v)
{
    size_t n = LIST_LEN(e->consts);
    Value *items = LIST_ITEMS(e->consts);
    for (size_t i = 0; i < n; i++)
        if (const_same(items[i], v)) return (int)i;
    list_append(e->consts, v);
    return (int)n;
}

int em_name(Emit *e, Value name)
{
    Value idx = dict_get_str(e->names_index, name);
    if (idx != NIL) return (int)SMALL_VAL(idx);
    int n = (int)LIST_LEN(e->names);
    list_append(e->names, name);
    dict_set_str(e->names_index, name, MK_SMALL(n));
    return n;
}

void em_finish(Emit *e, CodeObj *co)
{
    for (uint32_t i = 0; i < e->n; i++) {
        int op = I_OP(e->code[i]);
        if (op_info[op].flags & F_JUMP) {
            int l = (int)I_ARG(e->code[i]);
            int target = e->label_pos[l];
            if (target < 0) target = (int)e->n - 1;  /* never happens for bound labels */
            e->code[i] = INSTR(op, target);
        }
    }
    /* exception table: runs of instructions sharing one handler */
    uint32_t nexc = 0;
    for (uint32_t i = 0; i < e->n; i++)
        if (e->hidx[i] >= 0 && (i == 0 || e->hidx[i - 1] != e->hidx[i])) nexc++;
    ExcEntry *tab = nexc ? GC_MALLOC_ATOMIC(nexc * sizeof(ExcEntry)) : NULL;
    uint32_t k = 0;
    for (uint32_t i = 0; i < e->n;) {
        int h = e->hidx[i];
        uint32_t j = i + 1;
        while (j < e->n && e->hidx[j] == h) j++;
        if (h >= 0) {
            Handler *hd = &e->handlers[h];
            tab[k++] = (ExcEntry){i, j, (uint32_t)e->label_pos[hd->target], (uint32_t)hd->depth};
        }
        i = j;
    }
    co->code = e->code;
    co->ncode = e->n;
    co->pos = e->pos;
    co->exctab = tab;
    co->nexc = nexc;
    co->consts = list_as_tuple(e->consts);
    co->names = list_as_tuple(e->names);
    co->stacksize = e->maxdepth + 1;
}
