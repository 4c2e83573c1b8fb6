"""atexit — functions to run when the interpreter exits.

The interpreter calls _run_exitfuncs() once, after the main program ended
(normally, by sys.exit() or an uncaught exception) and before the standard
streams are flushed; the callbacks run last-registered first.
"""

import sys

_callbacks = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    _callbacks[:] = [c for c in _callbacks if not (c[0] == func)]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            try:
                import traceback
                err = sys.stderr
                err.write(f"Exception ignored in atexit callback: {func!r}\n")
                # The traceback starts in the callback, as CPython's (which
                # calls it from C) does.
                tb = exc.__traceback__
                traceback.print_exception(type(exc), exc,
                                          tb.tb_next if tb else None, file=err)
            except BaseException:
                pass
