"""asyncio.events — the event loop, its handles and the running-loop registry.

One iteration (CPython's order): poll the OS through libuv (_uv.run_once:
timeout 0 if anything is ready, else until the next deadline, else block), the
I/O callbacks appending to the ready queue; then move every timer whose
deadline has passed to the ready queue, in deadline then creation order; then
run every callback that was ready at that point (new arrivals wait for the
next iteration).  The I/O methods live in uv_events._UVLoopMixin.
"""

import sys
import time as _time
import _uv
from _thread import _get_running_loop, _set_running_loop
from heapq import heappush as _heappush, heappop as _heappop
from .uv_events import _UVLoopMixin

__all__ = ("AbstractEventLoop", "Handle", "TimerHandle", "get_event_loop", "set_event_loop",
           "new_event_loop", "get_running_loop", "_get_running_loop", "_set_running_loop",
           "get_event_loop_policy")

_event_loop = None


class _Classes:
    """Future and Task, looked up once: futures and tasks import this module,
    so it cannot import them at the top."""

    def __getattr__(self, name):
        from . import futures, tasks
        self.Future = futures.Future
        self.Task = tasks.Task
        return getattr(self, name)


_classes = _Classes()


def _user_frame():
    """(filename, lineno) of the innermost frame outside asyncio: where
    CPython's debug mode says a handle was "created at"."""
    f = sys._getframe(2)
    while f is not None and f.f_code.co_filename.startswith("<frozen asyncio"):
        f = f.f_back
    return None if f is None else (f.f_code.co_filename, f.f_lineno)


class Handle:
    __slots__ = ("_callback", "_args", "_cancelled", "_loop", "_source_traceback", "_repr",
                 "__weakref__")

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        self._source_traceback = _user_frame() if loop._debug else None
        self._repr = None

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append("cancelled")
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        if self._source_traceback:
            info.append(f"created at {self._source_traceback[0]}:{self._source_traceback[1]}")
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return "<{}>".format(" ".join(self._repr_info()))

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            if self._loop._debug:
                # debug mode keeps naming the callback (slow-callback warnings)
                self._repr = repr(self)
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return None

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = _format_callback_source(self._callback, self._args)
            self._loop.call_exception_handler({
                "message": f"Exception in callback {cb}",
                "exception": exc,
                "handle": self,
            })


class TimerHandle(Handle):
    __slots__ = ("_when", "_seq", "_scheduled")

    def __init__(self, when, seq, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._seq = seq
        self._scheduled = False

    def __lt__(self, other):
        return (self._when, self._seq) < (other._when, other._seq)

    def __eq__(self, other):
        return self is other

    __hash__ = object.__hash__

    def when(self):
        return self._when

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f"when={self._when}")
        return info

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


def _short_repr(obj):
    """repr() cut the way reprlib.repr does for callback arguments."""
    try:
        import reprlib
    except ImportError:
        return repr(obj)
    return reprlib.repr(obj)


def _format_args(args, kwargs):
    items = [_short_repr(arg) for arg in args or ()]
    items.extend(f"{k}={_short_repr(v)}" for k, v in (kwargs or {}).items())
    return "({})".format(", ".join(items))


def _format_callback(func, args, kwargs, suffix=""):
    from functools import partial
    if isinstance(func, partial):
        suffix = _format_args(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    name = getattr(func, "__qualname__", None) or getattr(func, "__name__", None) or repr(func)
    return name + _format_args(args, kwargs) + suffix


def _function_source(func):
    from functools import partial
    while hasattr(func, "__wrapped__"):
        func = func.__wrapped__
    if isinstance(func, partial):
        return _function_source(func.func)
    code = getattr(func, "__code__", None)
    if code is not None and hasattr(func, "__globals__"):
        return code.co_filename, code.co_firstlineno
    return None


def _format_callback_source(func, args):
    """How CPython names a callback in reprs and errors: qualname(args) at file:line."""
    text = _format_callback(func, args, None)
    source = _function_source(func)
    if source:
        text += f" at {source[0]}:{source[1]}"
    return text


class AbstractEventLoop:
    pass


def _run_until_complete_cb(fut):
    # A task that raised SystemExit/KeyboardInterrupt re-raises it out of the
    # loop by itself; stopping here too would leave a stale stop request.
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    get_loop = getattr(fut, "get_loop", None)
    (get_loop() if get_loop is not None else fut._loop).stop()


def _format_handle(handle):
    task = getattr(handle._callback, "__self__", None)
    if isinstance(task, _classes.Task):
        return repr(task)
    return str(handle)


class EventLoop(_UVLoopMixin, AbstractEventLoop):
    slow_callback_duration = 0.1

    def __init__(self):
        self._io_init()
        self._ready = []
        self._scheduled = []
        self._timer_seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._clock_resolution = 1e-09
        self._unretrieved = []
        self._default_executor = None
        self._executor_shutdown_called = False

    def __repr__(self):
        return (f"<{type(self).__name__} running={self.is_running()} "
                f"closed={self.is_closed()} debug={self.get_debug()}>")

    # -- time and scheduling ------------------------------------------------
    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        # The append is atomic under the GIL; the wake-up makes a loop that
        # waits in libuv notice it.
        handle = self.call_soon(callback, *args)
        _uv.wakeup()
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        self._timer_seq += 1
        timer = TimerHandle(when, self._timer_seq, callback, args, self)
        _heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        pass

    def create_future(self):
        return _classes.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return _classes.Task(coro, loop=self, name=name)

    # -- running ------------------------------------------------------------
    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _check_running(self):
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if _get_running_loop() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")

    def run_forever(self):
        self._check_closed()
        self._check_running()
        old_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        self._running = True
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)
            sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        from .futures import isfuture
        from .tasks import ensure_future
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False

        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        from .futures import _report_unretrieved
        from .tasks import _report_pending
        _report_unretrieved(self)
        _report_pending(self)
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._close_io()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def _run_once(self):
        scheduled = self._scheduled
        while scheduled and scheduled[0]._cancelled:
            _heappop(scheduled)._scheduled = False
        if self._ready or self._stopping:
            timeout = 0
        elif scheduled:
            timeout = max(0, scheduled[0]._when - self.time())
        else:
            timeout = None
        # Poll the OS through libuv: I/O callbacks append to self._ready.
        _uv.run_once(timeout)
        end_time = self.time() + self._clock_resolution
        while scheduled:
            handle = scheduled[0]
            if handle._when >= end_time:
                break
            handle = _heappop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)
        batch = self._ready
        self._ready = []
        if self._debug:
            self._run_batch_debug(batch)
            return
        for handle in batch:
            if not handle._cancelled:
                handle._run()

    def _run_batch_debug(self, batch):
        # Debug mode, as CPython: a callback or task step slower than
        # slow_callback_duration gets a warning on stderr.
        for handle in batch:
            if handle._cancelled:
                continue
            t0 = self.time()
            handle._run()
            dt = self.time() - t0
            if dt >= self.slow_callback_duration:
                print(f"Executing {_format_handle(handle)} took {dt:.3f} seconds", file=sys.stderr)

    # -- async generators ---------------------------------------------------
    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        from .tasks import gather
        results = await gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    "message": f"an error occurred during closing of asynchronous generator {agen!r}",
                    "exception": result,
                    "asyncgen": agen,
                })

    async def shutdown_default_executor(self):
        """Shut the default executor down, waiting (in a helper thread) for its calls."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        import threading
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    # -- errors -------------------------------------------------------------
    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f"A callable object or None is expected, got {handler!r}")
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get("message") or "Unhandled exception in event loop"
        exception = context.get("exception")
        lines = [message]
        for key in sorted(context):
            if key in ("message", "exception"):
                continue
            lines.append(f"{key}: {context[key]!r}")
        print("\n".join(lines), file=sys.stderr)
        if exception is not None:
            sys.__excepthook__(type(exception), exception, exception.__traceback__)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                print("Exception in default exception handler", file=sys.stderr)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        "message": "Unhandled error in exception handler",
                        "exception": exc,
                        "context": context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    print("Exception in default exception handler", file=sys.stderr)

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)


# _get_running_loop() / _set_running_loop(loop) come from _thread: the
# running loop belongs to the thread that runs it.


def get_running_loop():
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def get_event_loop():
    global _event_loop
    loop = _get_running_loop()
    if loop is not None:
        return loop
    if _event_loop is None or _event_loop.is_closed():
        _event_loop = EventLoop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _event_loop = loop


def new_event_loop():
    return EventLoop()


class _Policy:
    def get_event_loop(self):
        return get_event_loop()

    def set_event_loop(self, loop):
        set_event_loop(loop)

    def new_event_loop(self):
        return new_event_loop()


_policy = _Policy()


def get_event_loop_policy():
    return _policy
