import threading, queue
results = []
def work(n, out):
    out.append(n * n)
    results.append(threading.current_thread().name)
ts = [threading.Thread(target=work, args=(i, results)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(results, [t.is_alive() for t in ts], threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), len(threading.enumerate()), isinstance(threading.get_ident(), int))
lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
try: lock.release()
except RuntimeError as e: print(e)
with lock:
    print("in lock", lock.locked())
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
try: r.release()
except RuntimeError as e: print(e)
c = threading.Condition()
try: c.notify()
except RuntimeError as e: print(e)
with c:
    c.notify_all()
    print(c.wait(timeout=0.01), c.wait_for(lambda: 5))
s = threading.BoundedSemaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
s.release(); s.release()
try: s.release()
except ValueError as e: print(e)
e = threading.Event()
print(e.is_set(), e.wait(0.01)); e.set(); print(e.wait(), e.is_set()); e.clear(); print(e.is_set())
class T(threading.Thread):
    def run(self):
        results.append("custom run " + self.name)
t = T(name="worker")
t.start(); t.join()
print(results[-1], t.name, t.daemon)
try: t.start()
except RuntimeError as e: print(e)
try: threading.Thread().join()
except RuntimeError as e: print(e)
hits = []
tm = threading.Timer(0.01, hits.append, args=["fired"])
tm.start(); tm.join(); print(hits)
tm2 = threading.Timer(5, hits.append, args=["no"]); tm2.cancel(); tm2.start(); print(hits)
loc = threading.local(); loc.x = 1; print(loc.x)
q = queue.Queue()
def producer():
    for i in range(3): q.put(i)
threading.Thread(target=producer).start()
print([q.get() for _ in range(3)])
def boom():
    raise ValueError("thread failed")
bt = threading.Thread(target=boom, name="Boomer")
bt.start(); bt.join()
print("after boom", bt.is_alive())
