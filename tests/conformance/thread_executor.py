# concurrent.futures on real threads: ThreadPoolExecutor, Future, wait,
# as_completed, cancellation, timeouts, worker names.
import concurrent.futures as cf
import threading
import time
from concurrent.futures import ThreadPoolExecutor, Future, wait, as_completed


def work(x, delay=0.0):
    time.sleep(delay)
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * 10


with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(work, i, 0.01) for i in range(5)]
    print([f.result() for f in futs])
    print(list(ex.map(work, [1, 2, 3], [0.03, 0.02, 0.01])))
    names = set(ex.map(lambda _: threading.current_thread().name, range(6)))
    print(names <= {"ThreadPoolExecutor-0_0", "ThreadPoolExecutor-0_1", "ThreadPoolExecutor-0_2"})
    bad = ex.submit(work, -1)
    try:
        bad.result()
    except ValueError as e:
        print("result raised", e, type(bad.exception()).__name__, bad.done())
    print(repr(bad).split(" at ")[0], repr(bad).split("state=")[1])

with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
    slow = ex.submit(work, 1, 0.3)
    fast = ex.submit(work, 2, 0.01)
    done, not_done = wait([slow, fast], return_when=cf.FIRST_COMPLETED)
    print("first completed", [f.result() for f in done], len(not_done))
    try:
        slow.result(timeout=0.01)
    except TimeoutError:
        print("timed out", slow.running(), slow.done())
    done, not_done = wait([slow, fast], timeout=5)
    print("all", len(done), len(not_done), slow.result())

# FIRST_EXCEPTION returns as soon as one raises.
with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(work, 1, 0.4), ex.submit(work, -2, 0.01), ex.submit(work, 3, 0.4)]
    done, not_done = wait(fs, return_when=cf.FIRST_EXCEPTION)
    print("first exception", [type(f.exception()).__name__ for f in done], len(not_done))

# as_completed yields in completion order.
with ThreadPoolExecutor(max_workers=3) as ex:
    fs = {ex.submit(work, i, d): i for i, d in [(1, 0.15), (2, 0.01), (3, 0.08)]}
    print("as_completed", [fs[f] for f in as_completed(fs)])
    try:
        for f in as_completed([ex.submit(work, 9, 0.3)], timeout=0.02):
            pass
    except TimeoutError as e:
        print("as_completed timeout:", e)

# Pending futures can be cancelled; running ones cannot.
ex = ThreadPoolExecutor(max_workers=1)
gate = threading.Event()
first = ex.submit(gate.wait, 5)
second = ex.submit(work, 5)
time.sleep(0.02)
print("cancel", first.cancel(), second.cancel(), second.cancelled(), first.running())
try:
    second.result()
except cf.CancelledError:
    print("CancelledError")
gate.set()
print(first.result())
ex.shutdown(wait=True)
try:
    ex.submit(work, 1)
except RuntimeError as e:
    print(e)

# shutdown(cancel_futures=True) drops what has not started.
ex = ThreadPoolExecutor(max_workers=1)
gate = threading.Event()
running = ex.submit(gate.wait, 5)
queued = [ex.submit(work, i) for i in range(3)]
time.sleep(0.02)
threading.Timer(0.05, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print("cancel_futures", running.result(), [f.cancelled() for f in queued])

# Done callbacks run in the thread that finished the future.
seen = []
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="cb") as ex:
    f = ex.submit(work, 4, 0.02)
    f.add_done_callback(lambda fut: seen.append((fut.result(), threading.current_thread().name)))
print("callback", seen)
f.add_done_callback(lambda fut: seen.append(("late", threading.current_thread().name)))
print(seen[-1])

# A Future resolved by a plain thread wakes result().
fut = Future()
threading.Timer(0.03, fut.set_result, args=("from timer",)).start()
print(fut.result(timeout=5))
try:
    fut.set_result(1)
except cf.InvalidStateError:
    print("InvalidStateError")
print(cf.TimeoutError is TimeoutError, issubclass(cf.CancelledError, cf._base.Error))
