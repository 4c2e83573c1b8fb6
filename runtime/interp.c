/* interp.c — start-up: the collector, the Interp and its main Thread, every
 * native type in dependency order, builtins and sys.
 *
 * Invariant: the Interp and main Thread are uncollectable (the thread-local
 * th_current pointer is not a GC root), and all interpreter state hangs off them.
 */
#include <string.h>
#include "interp.h"
#include "abstract.h"
#include "cstack.h"
#include "names.h"
#include "str.h"
#include "containers.h"
#include "module.h"
#include "errors.h"
#include "file.h"

_Thread_local Thread *th_current;

Thread *interp_init(int argc, char **argv) {
    gc_init();
    cstack_init();
    Interp *in = GC_MALLOC_UNCOLLECTABLE(sizeof(Interp));
    Thread *th = GC_MALLOC_UNCOLLECTABLE(sizeof(Thread));
    memset(in, 0, sizeof *in);
    memset(th, 0, sizeof *th);
    th->interp = in;
    th->recursion_limit = 1000;
    th->exc = NIL;
    th->handled = NONE;
    th->asyncgen_firstiter = NONE;
    th->asyncgen_finalizer = NONE;
    th->running_loop = NONE;
    th->current_task = NONE;
    th_current = th;

    /* Interning needs a dict before any type is ready: static Type structs are
     * initialised at compile time, which is enough for dict_new and str_new. */
    in->interned = dict_new();
    names_init();
    /* type_ready() gives base-less types rt_empty_tuple as __bases__. */
    tuple_new(0);

    object_init();
    num_init();
    str_init();
    containers_init();
    exceptions_init();
    code_init();
    gen_init();

    in->modules = dict_new();
    in->loop = NONE;
    in->warnings_seen = dict_new();
    in->open_files = list_new(0);
    in->source_cache = dict_new();
    in->script_dir = NIL;
    in->path = list_new(0);
    in->argv = list_new(0);
    for (int i = 0; i < argc; i++)
        list_append(in->argv, str_from_cstr(argv[i]));
    in->main_module = NIL;
    in->stdout = in->stderr = in->stdin = NONE;

    file_types_init();
    builtins_init();

    Value sys = module_new(str_intern("sys"));
    in->sys = sys;
    dict_set_str(in->modules, str_intern("sys"), sys);
    if (!mod_sys_init(sys)) {
        exc_print(rt_exc_fetch());
    }
    return th;
}

/* atexit callbacks registered through the frozen atexit module, if it was
 * imported at all: the module keeps the list, the exit path only asks it to run. */
static void run_atexit(void) {
    Interp *in = TH()->interp;
    Value m = in->modules ? dict_get_cstr(in->modules, "atexit") : NIL;
    if (!m || TYPE(m) != &type_module) return;
    Value fn = dict_get_cstr(module_dict(m), "_run_exitfuncs");
    if (!fn) return;
    Value saved = rt_exc_fetch();
    if (!rt_call0(fn)) exc_print(rt_exc_fetch());
    TH()->exc = saved;
}

/* threading._shutdown(): wait for the non-daemon threads, as CPython does
 * before the atexit callbacks; only if threading was imported at all. */
static void wait_for_threads(void) {
    Interp *in = TH()->interp;
    Value m = in->modules ? dict_get_cstr(in->modules, "threading") : NIL;
    if (!m || TYPE(m) != &type_module) return;
    Value fn = dict_get_cstr(module_dict(m), "_shutdown");
    if (!fn) return;
    Value saved = rt_exc_fetch();
    if (!rt_call0(fn)) exc_print(rt_exc_fetch());
    TH()->exc = saved;
}

bool interp_flush_all(void) {
    Thread *th = TH();
    if (th) wait_for_threads();
    if (th) run_atexit();
    if (th && th->report_never_awaited) th->report_never_awaited();
    return file_flush_all();
}
