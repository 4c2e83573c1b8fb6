# threading primitives between real threads: Condition, Semaphore, Event,
# Barrier, RLock, join(timeout), names, local, queue workers.
import queue
import threading
import time

# Thread names and numbering (Thread-N (target)), repr before start.
def noop():
    pass

a = threading.Thread(target=noop)
b = threading.Thread(target=noop, name="named")
c = threading.Thread()
print(a.name, b.name, c.name, repr(a).startswith("<Thread(Thread-1 (noop), initial)"))
a.start(); a.join(); b.start(); b.join()
print(a.is_alive(), "stopped" in repr(a), a.ident is not None, isinstance(a.native_id, int))

# Condition: a consumer waits until the producer has put three items.
items = []
cond = threading.Condition()

def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        print("consumer sees", items)

t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    time.sleep(0.01)
    with cond:
        items.append(i)
        cond.notify()
t.join()

# Event set by another thread wakes the waiter; wait(timeout) times out.
ev = threading.Event()
threading.Timer(0.05, ev.set).start()
print("event", ev.wait(5), ev.is_set(), threading.Event().wait(0.01))

# Semaphore: at most two workers inside at once.
sem = threading.Semaphore(2)
inside = 0
peak = 0
count_lock = threading.Lock()

def limited():
    global inside, peak
    with sem:
        with count_lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.02)
        with count_lock:
            inside -= 1

ws = [threading.Thread(target=limited) for _ in range(6)]
for w in ws: w.start()
for w in ws: w.join()
print("semaphore peak", peak)

# Barrier: three parties, the action runs once, indices are 0..2.
order = []
bar = threading.Barrier(3, action=lambda: order.append("action"))

def party():
    idx = bar.wait()
    with count_lock:
        order.append(idx)

ps = [threading.Thread(target=party) for _ in range(3)]
for p in ps: p.start()
for p in ps: p.join()
print("barrier", order[0], sorted(order[1:]), bar.broken, bar.n_waiting)
bar2 = threading.Barrier(2, timeout=0.02)
try:
    bar2.wait()
except threading.BrokenBarrierError:
    print("barrier broken", bar2.broken)

# A lock held by another thread: acquire with a timeout fails, then succeeds.
lock = threading.Lock()
held = threading.Event()
release = threading.Event()

def holder():
    with lock:
        held.set()
        release.wait()

h = threading.Thread(target=holder)
h.start()
held.wait()
print("acquire while held", lock.acquire(timeout=0.02), lock.acquire(False))
release.set()
h.join()
print("acquire after", lock.acquire(timeout=1), lock.locked())
lock.release()

# An RLock owned by another thread cannot be released here.
rl = threading.RLock()
got = threading.Event()
done = threading.Event()

def owner():
    rl.acquire(); rl.acquire()
    got.set()
    done.wait()
    rl.release(); rl.release()

o = threading.Thread(target=owner)
o.start(); got.wait()
try:
    rl.release()
except RuntimeError as e:
    print("rlock:", e)
print("rlock busy", rl.acquire(blocking=False))
done.set(); o.join()
print("rlock free", rl.acquire(blocking=False)); rl.release()

# join(timeout) returns while the thread still runs.
stop = threading.Event()
slow = threading.Thread(target=stop.wait, args=(5,), name="slow")
slow.start()
slow.join(0.02)
print("after join timeout", slow.is_alive(), threading.active_count(),
      sorted(t.name for t in threading.enumerate()))
stop.set(); slow.join()
print("after join", slow.is_alive(), threading.active_count())

# threading.local: each thread has its own attributes.
data = threading.local()
data.x = "main"
seen = []

def use_local(v):
    seen.append(hasattr(data, "x"))
    data.x = v
    time.sleep(0.01)
    seen.append(data.x == v)

ls = [threading.Thread(target=use_local, args=(i,)) for i in range(3)]
for t in ls: t.start()
for t in ls: t.join()
print("local", data.x, seen.count(False), seen.count(True))

class MyLocal(threading.local):
    def __init__(self, start):
        self.value = start

ml = MyLocal(10)
ml.value += 1
res = []
t = threading.Thread(target=lambda: res.append(ml.value))
t.start(); t.join()
print("local init", ml.value, res)

# A work queue drained by worker threads; join() waits for task_done().
q = queue.Queue()
results = []

def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with count_lock:
            results.append(item * item)
        q.task_done()

workers = [threading.Thread(target=worker, daemon=True) for _ in range(3)]
for w in workers: w.start()
for i in range(10): q.put(i)
q.join()
print("queue", sorted(results), q.unfinished_tasks)
for w in workers: q.put(None)
for w in workers: w.join()

# A bounded queue: put blocks until a consumer makes room.
bq = queue.Queue(maxsize=1)
got_items = []

def slow_consumer():
    for _ in range(3):
        time.sleep(0.01)
        got_items.append(bq.get())

sc = threading.Thread(target=slow_consumer)
sc.start()
for i in range(3):
    bq.put(i)
sc.join()
print("bounded", got_items)
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("empty after timeout")

# current_thread inside a thread; main_thread from a thread.
info = []
t = threading.Thread(target=lambda: info.append((threading.current_thread().name,
                                                 threading.main_thread().name)), name="inner")
t.start(); t.join()
print(info)
