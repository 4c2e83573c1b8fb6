/* mod_asyncio.c — the `_asyncio` module: registers the native Future and Task
 * (future.c, task.c) and resolves, on first use, the parts of the Python
 * asyncio package they share state with.
 *
 * futures.py and tasks.py import this module at their end and rebind their
 * public names to the native classes (CPython's own pattern), so the package
 * is still half-loaded at import time: nothing here may touch it before a
 * Future or Task is actually used.  The cached references are immutable
 * module-level objects, shared by every thread.
 */
#include "abstract.h"
#include "containers.h"
#include "errors.h"
#include "future.h"
#include "module.h"
#include "str.h"

AioState aio;

static Value attr(Value m, const char *name) { return m ? rt_getattr_cstr(m, name) : NIL; }

bool aio_base(void) {
    if (aio.base_ready) return true;
    Value exc = import_cstr("asyncio.exceptions");
    Value ce = attr(exc, "CancelledError"), ise = attr(exc, "InvalidStateError");
    if (!ce || !ise) return false;
    if (!IS_TYPE(ce) || !IS_TYPE(ise))
        return rt_raise(&exc_TypeError, "asyncio.exceptions is damaged"), false;
    Value ev = import_cstr("asyncio.events");
    Value gel = attr(ev, "get_event_loop");
    if (!gel) return false;
    /* The fast path of call_soon applies to loops whose call_soon is
     * EventLoop's own; without that class there is no fast path. */
    Value cls = rt_getattr_opt(ev, str_intern("EventLoop"));
    Value cs = NIL, cc = NIL;
    if (cls && IS_TYPE(cls)) {
        cs = type_lookup((Type *)cls, str_intern("call_soon"));
        cc = type_lookup((Type *)cls, aio.s_check_closed);
    }
    rt_exc_clear();
    aio.cancelled_error = (Type *)ce;
    aio.invalid_state_error = (Type *)ise;
    aio.get_event_loop = gel;
    aio.loop_call_soon = cs && cc ? cs : NIL;
    aio.loop_check_closed = cs && cc ? cc : NIL;
    aio.base_ready = true;
    return true;
}

bool aio_tasks(void) {
    if (aio.tasks_ready) return true;
    if (!aio_base()) return false;
    Value tm = import_cstr("asyncio.tasks");
    Value at = attr(tm, "_all_tasks"), ct = attr(tm, "_current_tasks"), tc = attr(tm, "_task_counter");
    if (!at || !ct || !tc) return false;
    Value cm = import_cstr("asyncio.coroutines");
    Value isc = attr(cm, "iscoroutine");
    if (!isc) return false;
    if (!set_check(at) || !dict_check(ct))
        return rt_raise(&exc_TypeError, "asyncio.tasks is damaged"), false;
    aio.all_tasks = at;
    aio.current_tasks = ct;
    aio.task_counter = tc;
    aio.iscoroutine = isc;
    aio.tasks_ready = true;
    return true;
}

bool mod_asyncio_init(Value m) {
    aio.s_ready = str_intern("_ready");
    aio.s_closed = str_intern("_closed");
    aio.s_unretrieved = str_intern("_unretrieved");
    aio.s_call_soon = str_intern("call_soon");
    aio.s_call_exception_handler = str_intern("call_exception_handler");
    aio.s_cancel = str_intern("cancel");
    aio.s_add_done_callback = str_intern("add_done_callback");
    aio.s_asyncio_future_blocking = str_intern("_asyncio_future_blocking");
    aio.s_loop = str_intern("_loop");
    aio.s_result = str_intern("result");
    aio.s_check_closed = str_intern("_check_closed");
    aio.kw_context = tuple_pack(1, str_intern("context"));
    if (!future_types_init() || !task_types_init()) return false;
    module_add(m, "Future", OBJ_VAL(&aio_type_future));
    module_add(m, "Task", OBJ_VAL(&aio_type_task));
    module_add(m, "FutureIter", OBJ_VAL(&aio_type_future_iter));
    module_add(m, "Handle", OBJ_VAL(&aio_type_handle));
    module_add_func(m, "_sleep0", aio_sleep0_func);
    return true;
}
