"""asyncio.threads — to_thread(): run a blocking call on the default executor.

CPython runs the call inside a copy of the caller's contextvars context; asp
shares one context between threads (see contextvars.py), so the call runs in
it directly.
"""

import functools

from . import events

__all__ = ("to_thread",)


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in a worker thread and return its result."""
    loop = events.get_running_loop()
    func_call = functools.partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)
