/* future.h — the native asyncio core (the `_asyncio` module): Future, Task,
 * the await iterator and the handles they put on the loop's ready queue.
 * future.c owns Future/FutureIter/handles, task.c owns Task and sleep(0),
 * mod_asyncio.c owns the module and the lazily resolved asyncio pieces.
 *
 * Invariant: the Python asyncio modules stay the one source of shared state
 * (tasks._all_tasks, tasks._current_tasks, the task counter, the loop's
 * _ready list); C only reaches them faster, in the same order Python would.
 */
#ifndef ASP_FUTURE_H
#define ASP_FUTURE_H

#include "value.h"
#include "type.h"

enum { FUT_PENDING, FUT_CANCELLED, FUT_FINISHED };

typedef struct FutureObj {
    Obj ob;
    Value dict;              /* instance attributes; NIL until the first one is set */
    Value loop;              /* NONE until __init__ ran */
    Value result, exception; /* NONE when unset */
    Value cancel_msg;        /* cancel(msg): NONE by default */
    Value cancelled_exc;     /* the CancelledError a task caught, reused once; NONE */
    Value cb0;               /* first done callback, NIL when none */
    Value cbs;               /* list of the later callbacks, NIL when none */
    uint8_t state;           /* FUT_* */
    bool blocking;           /* _asyncio_future_blocking */
    bool log_tb;             /* _log_traceback */
    bool log_destroy_pending;
} FutureObj;

typedef struct TaskObj {
    FutureObj fut;
    Value coro, name;
    Value fut_waiter;        /* the future the task waits for, or NONE */
    Value wakeup;            /* the bound task_wakeup, made once; NIL until needed */
    Value step_handle;       /* a step handle not on any ready queue, reused; NIL */
    void *sleep0_frame;      /* the frame suspended in sleep(0) for this task (task.c) */
    intptr_t num_cancels;    /* _num_cancels_requested */
    bool must_cancel;
} TaskObj;

extern Type aio_type_future, aio_type_task, aio_type_future_iter, aio_type_handle,
    aio_type_step_wrapper, aio_type_sleep0;

static inline bool aio_is_future(Value v) { return !IS_SMALL(v) && IS_INSTANCE(v, &aio_type_future); }
static inline bool aio_is_task(Value v) { return !IS_SMALL(v) && IS_INSTANCE(v, &aio_type_task); }

/* The asyncio pieces C needs, resolved on first use (the Python modules import
 * _asyncio while they are still loading). */
typedef struct AioState {
    bool base_ready, tasks_ready;
    Type *cancelled_error, *invalid_state_error;
    Value get_event_loop;            /* events.get_event_loop */
    Value loop_call_soon;            /* events.EventLoop.call_soon: the fast path's guard */
    Value loop_check_closed;         /* events.EventLoop._check_closed */
    Value iscoroutine;               /* coroutines.iscoroutine */
    Value all_tasks, current_tasks;  /* tasks._all_tasks (set), tasks._current_tasks (dict) */
    Value task_counter;              /* tasks._task_counter (list of one int) */
    Value s_ready, s_closed, s_unretrieved, s_call_soon, s_call_exception_handler,
        s_cancel, s_add_done_callback, s_asyncio_future_blocking, s_loop,
        s_result, s_check_closed;    /* interned attribute names */
    Value kw_context;                /* ("context",) */
} AioState;
extern AioState aio;
bool aio_base(void);                 /* events + exceptions; false with an exception set */
bool aio_tasks(void);                /* + tasks and coroutines */

/* Future internals shared with task.c (exc/res are the Python semantics of
 * the same-named methods of the base class, bypassing subclass overrides). */
bool fut_init(FutureObj *f, Value loop);
Value fut_cancel(FutureObj *f, Value msg);           /* Future.cancel: TRUE/FALSE */
bool fut_set_result(FutureObj *f, Value v);
bool fut_set_exception(FutureObj *f, Value exc);     /* exc: an exception instance */
Value fut_make_cancelled_error(FutureObj *f);
Value fut_result(FutureObj *f);                      /* Future.result() */
bool fut_add_callback(FutureObj *f, Value fn);
Value fut_repr_info(FutureObj *f);                   /* list of str, as futures._repr_info */
Value aio_format_callbacks(FutureObj *f);            /* "cb=[...]" or NIL when none */
Value aio_short_repr(Value v);                       /* reprlib.repr */
Value aio_join_repr(Value self, Value info);         /* "<TypeName a b c>" from a list of str */
bool aio_msg_arg(Value *a, int n, Value kw, Value *msg);  /* cancel(msg=None)'s argument */

/* loop.call_soon(fn, arg) (arg NIL: no argument).  When the loop is a plain
 * events.EventLoop a native handle is appended to its _ready list directly:
 * the same order, no Python frames. */
bool aio_call_soon(Value loop, Value fn, Value arg);
/* loop.call_soon(task step[, exc]), reusing the task's idle step handle. */
bool aio_call_soon_step(TaskObj *t, Value exc);

/* task.c: the step and the wake-up, for the handles. */
Value task_step(TaskObj *t, Value exc);
Value task_wakeup(TaskObj *t, Value fut);
Value task_wakeup_fn(Value *args, int nargs, Value kwnames);   /* the task_wakeup method */
Value aio_sleep0_func(Value *args, int nargs, Value kwnames);  /* _asyncio._sleep0() */

bool future_types_init(void);
bool task_types_init(void);

#endif
