"""asyncio.futures — Future: a result that will arrive later.

States: PENDING -> FINISHED (result or exception) or CANCELLED.  Done
callbacks are scheduled with loop.call_soon, never called directly.
"""

from . import events
from .exceptions import CancelledError, InvalidStateError

__all__ = ("Future", "wrap_future", "isfuture")

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


def isfuture(obj):
    return getattr(type(obj), "_asyncio_future_blocking", None) is not None and \
        getattr(obj, "_asyncio_future_blocking", None) is not None


def _format_callbacks(cb):
    def name(c):
        return getattr(c, "__qualname__", None) or repr(c)
    size = len(cb)
    if size == 0:
        return ""
    if size == 1:
        return f"cb=[{name(cb[0])}()]"
    if size == 2:
        return f"cb=[{name(cb[0])}(), {name(cb[1])}()]"
    if size > 2:
        return f"cb=[{name(cb[0])}(), <{size - 2} more>, {name(cb[-1])}()]"


def _repr_info(fut):
    info = [fut._state.lower()]
    if fut._state == _FINISHED:
        if fut._exception is not None:
            info.append(f"exception={fut._exception!r}")
        else:
            info.append(f"result={fut._result!r}")
    if fut._callbacks:
        info.append(_format_callbacks(fut._callbacks))
    return info


class Future:
    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _asyncio_future_blocking = False
    _cancel_message = None
    _cancelled_exc = None
    _log_traceback = False
    _log_destroy_pending = True

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(_repr_info(self))}>"

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not set.")
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True
        _note_unretrieved(self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _note_unretrieved(fut):
    """CPython reports an exception nobody retrieved when the Future is
    garbage collected; asp reports the ones still unretrieved when the loop
    closes (events.EventLoop.close)."""
    loop = fut._loop
    if loop is not None and hasattr(loop, "_unretrieved"):
        pending = loop._unretrieved
        n = len(pending)
        if n >= 256 and n & (n - 1) == 0:
            # Keep the list proportional to what may still be reported.
            pending[:] = [f for f in pending if getattr(f, "_log_traceback", True)]
        pending.append(fut)


def _report_unretrieved(loop):
    pending = loop._unretrieved
    loop._unretrieved = []
    for fut in pending:
        if fut._log_traceback:
            fut._log_traceback = False
            loop.call_exception_handler({
                "message": f"{fut.__class__.__name__} exception was never retrieved",
                "exception": fut._exception,
                "future": fut,
            })


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _convert_future_exc(exc):
    exc_class = type(exc)
    import concurrent.futures
    if exc_class is concurrent.futures.CancelledError:
        return CancelledError(*exc.args)
    elif exc_class is concurrent.futures.InvalidStateError:
        return InvalidStateError(*exc.args)
    return exc


def _copy_future_state(source, dest):
    """Copy the done source's outcome onto the asyncio Future dest."""
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            dest.set_result(source.result())


def _set_concurrent_future_state(concurrent, source):
    """Copy the done source's outcome onto the concurrent.futures.Future concurrent."""
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        concurrent.set_result(source.result())


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _chain_future(source, destination):
    """Make destination follow source (either may be an asyncio or a
    concurrent.futures Future); a cancelled destination cancels source.
    Outcomes hop to the other future's loop with call_soon_threadsafe."""
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if (destination.cancelled() and
                dest_loop is not None and dest_loop.is_closed()):
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """An asyncio Future following the concurrent.futures.Future future."""
    if isfuture(future):
        return future
    import concurrent.futures
    if not isinstance(future, concurrent.futures.Future):
        raise AssertionError(f"concurrent.futures.Future is expected, got {future!r}")
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


# The native Future (runtime/future.c) replaces the class above, as CPython's
# _asyncio does; the Python class stays as the reference implementation.
_PyFuture = Future
try:
    from _asyncio import Future as _CFuture
except ImportError:
    pass
else:
    Future = _CFuture
