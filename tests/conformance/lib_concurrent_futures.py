from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait, Future, ALL_COMPLETED
import concurrent.futures as cf
def sq(x):
    if x == 3:
        raise ValueError("three")
    return x * x
with ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(sq, i) for i in range(5)]
    for f in futs:
        try:
            print(f.result())
        except ValueError as e:
            print("error", e, type(f.exception()).__name__)
    print(list(ex.map(sq, [1, 2])))
    done, not_done = wait(futs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    print(sorted(f.result() for f in as_completed(futs) if not f.exception()))
try:
    ex.submit(sq, 1)
except RuntimeError as e:
    print(e)
f = Future()
print(f.done(), f.cancel(), f.cancelled())
f2 = Future(); f2.set_result(5); print(f2.result(), f2.done())
try: f2.set_result(6)
except cf.InvalidStateError: print("InvalidStateError")
calls = []
f3 = Future(); f3.add_done_callback(lambda fut: calls.append(fut.result())); f3.set_result("cb"); print(calls)
try: Future().result(timeout=0.01)
except cf.TimeoutError: print("TimeoutError")
with ProcessPoolExecutor() as pex:
    print(list(pex.map(abs, [-1, -2])))
try: ThreadPoolExecutor(max_workers=0)
except ValueError as e: print(e)
