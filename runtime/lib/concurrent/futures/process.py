"""concurrent.futures.process — ProcessPoolExecutor, run in this process.

asp starts no worker processes: each submitted call runs to completion
inside submit() (map() likewise), so every returned Future is already done.
The executor protocol (context manager, shutdown, submit after shutdown,
max_workers checks) is CPython's.
"""

import os
from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process died (never raised by asp)."""


class ProcessPoolExecutor(_base.Executor):

    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._shutdown_thread = False
        if initializer is not None:
            initializer(*initargs)

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown_thread:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = _base.Future()
        if f.set_running_or_notify_cancel():
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:
                f.set_exception(exc)
            else:
                f.set_result(result)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown_thread = True
