/* disasm.c — `asp --dis`: a CPython-dis-like listing of a code object and,
 * after it, of every code object among its constants (depth first).
 *
 * Invariant: the output holds no addresses and no directories, so golden
 * files stay stable: code objects print as <code object f, file "x.py", line 3>.  Offsets are
 * instruction indices (the jump operands), not bytes.
 */
#include <stdio.h>
#include <string.h>
#include "compile.h"
#include "emit.h"
#include "../runtime/str.h"
#include "../runtime/containers.h"
#include "../runtime/abstract.h"
#include "../runtime/errors.h"
#include "../runtime/func.h"
#include "../runtime/module.h"
#include <stdlib.h>

const char *const op_names[] = {
#define OP(name, operand, pops, pushes, flags) #name,
#include "opcodes.def"
#undef OP
};

static const char *const op_operands[] = {
#define OP(name, operand, pops, pushes, flags) #operand,
#include "opcodes.def"
#undef OP
};

static const char *const binop_syms[] = {
#define X(name, sym, f, r, i) sym,
    BINOPS(X)
#undef X
};

static const char *const cmp_syms[] = {"<", "<=", "==", "!=", ">", ">="};

/* The file's base name only: goldens must not depend on where the tree lives. */
static void add_code_name(StrBuf *b, CodeObj *co)
{
    const char *file = co->filename ? str_cstr(co->filename) : "?";
    const char *slash = strrchr(file, '/');
    sb_printf(b, "<code object %s, file \"%s\", line %d>", str_cstr(co->name), slash ? slash + 1 : file,
              co->firstlineno);
}

static void add_const(StrBuf *b, Value v)
{
    if (!IS_SMALL(v) && TYPE(v) == &type_code) {
        add_code_name(b, (CodeObj *)v);
        return;
    }
    Value r = rt_repr(v);
    if (!r) {
        rt_exc_clear();
        sb_adds(b, "?");
        return;
    }
    sb_add(b, str_cstr(r), str_len(r));
}

/* One instruction line, as dis formats it (fields joined by spaces, right-stripped). */
static void add_instr(StrBuf *b, CodeObj *co, uint32_t i, const char *lineno, bool is_target, int offw)
{
    int opc = I_OP(co->code[i]);
    int arg = (int)I_ARG(co->code[i]);
    sb_printf(b, "%s     %s %*u %-20s", lineno, is_target ? ">>" : "  ", offw, i, op_names[opc]);
    const char *kind = op_operands[opc];
    if (strcmp(kind, "NONE") == 0) return;
    sb_printf(b, " %5d", arg);
    if (strcmp(kind, "CONST") == 0 && (size_t)arg < TUPLE_LEN(co->consts)) {
        sb_adds(b, " (");
        add_const(b, TUPLE_ITEMS(co->consts)[arg]);
        sb_adds(b, ")");
    } else if (strcmp(kind, "NAME") == 0 && (size_t)arg < TUPLE_LEN(co->names)) {
        sb_printf(b, " (%s)", str_cstr(TUPLE_ITEMS(co->names)[arg]));
    } else if (strcmp(kind, "LOCAL") == 0 && arg < co->nlocalsplus) {
        sb_printf(b, " (%s)", str_cstr(TUPLE_ITEMS(co->localsplusnames)[arg]));
    } else if (strcmp(kind, "JUMP") == 0) {
        sb_printf(b, " (to %d)", arg);
    } else if (opc == OP_BINARY_OP && arg < 2 * BINOP__COUNT) {
        sb_printf(b, " (%s%s)", binop_syms[arg % BINOP__COUNT], arg >= BINOP__COUNT ? "=" : "");
    } else if (opc == OP_COMPARE_OP && arg < 6) {
        sb_printf(b, " (%s)", cmp_syms[arg]);
    } else if (opc == OP_GET_AWAITABLE && arg < 3) {
        static const char *const where[] = {"await", "__aenter__", "__aexit__"};
        sb_printf(b, " (%s)", where[arg]);
    } else if (opc == OP_FORMAT_VALUE) {
        static const char *const conv[] = {"", "str", "repr", "ascii"};
        if ((arg & 3) && (arg & 4)) sb_printf(b, " (%s, with format)", conv[arg & 3]);
        else if (arg & 3) sb_printf(b, " (%s)", conv[arg & 3]);
        else if (arg & 4) sb_adds(b, " (with format)");
    }
}

static void disasm_one(FILE *out, CodeObj *co)
{
    StrBuf b;
    sb_init(&b);
    sb_adds(&b, "Disassembly of ");
    add_code_name(&b, co);
    sb_adds(&b, ":\n");
    bool *target = GC_MALLOC_ATOMIC(co->ncode + 1);
    memset(target, 0, co->ncode + 1);
    for (uint32_t i = 0; i < co->ncode; i++)
        if (op_is_jump(I_OP(co->code[i])) && I_ARG(co->code[i]) <= co->ncode) target[I_ARG(co->code[i])] = true;
    for (uint32_t i = 0; i < co->nexc; i++)
        if (co->exctab[i].target <= co->ncode) target[co->exctab[i].target] = true;
    int offw = co->ncode >= 10000 ? 6 : 4;
    int last_line = -1;
    for (uint32_t i = 0; i < co->ncode; i++) {
        int line = co->pos ? co->pos[i].line : -1;
        char lbuf[16] = "   ";
        if (line != last_line && line > 0) {
            if (i > 0) sb_addc(&b, '\n');
            snprintf(lbuf, sizeof lbuf, "%3d", line);
            last_line = line;
        }
        add_instr(&b, co, i, lbuf, target[i], offw);
        while (b.len && b.p[b.len - 1] == ' ') b.len--;
        sb_addc(&b, '\n');
    }
    if (co->nexc) {
        sb_adds(&b, "ExceptionTable:\n");
        for (uint32_t i = 0; i < co->nexc; i++) {
            ExcEntry *x = &co->exctab[i];
            sb_printf(&b, "  %u to %u -> %u [%u]\n", x->start, x->end - 1, x->target, x->depth);
        }
    }
    Value s = sb_finish(&b);
    fwrite(str_cstr(s), 1, str_len(s), out);
}

static void disasm_rec(FILE *out, CodeObj *co, bool first)
{
    if (!first) fputc('\n', out);
    disasm_one(out, co);
    for (size_t i = 0; i < TUPLE_LEN(co->consts); i++) {
        Value v = TUPLE_ITEMS(co->consts)[i];
        if (!IS_SMALL(v) && TYPE(v) == &type_code) disasm_rec(out, (CodeObj *)v, false);
    }
}

void disasm_print(CodeObj *code)
{
    disasm_rec(stdout, code, true);
    fflush(stdout);
}

/* ---- the `_dis` module behind runtime/lib/dis.py ---- */

/* _dis.disassemble(code) -> the same listing as `asp --dis`, as a str. */
static Value dis_disassemble(Value *args, int nargs, Value kwnames)
{
    if (!arg_count("disassemble", nargs, 1, 1) || !arg_nokw("disassemble", kwnames)) return NIL;
    if (TYPE(args[0]) != &type_code)
        return rt_raise(&exc_TypeError, "disassemble() expects a code object, not '%s'", type_name(args[0]));
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    if (!out) return rt_raise_nomem();
    disasm_rec(out, (CodeObj *)args[0], true);
    fclose(out);
    Value s = str_new(text, len);
    free(text);
    return s;
}

bool mod_dis_init(Value m)
{
    module_add_func(m, "disassemble", dis_disassemble);
    return true;
}
