# CPU-bound threads share the interpreter: the GIL changes hands while they
# compute, so a busy-waiting thread cannot starve the others.  Also: exceptions
# in threads go to threading.excepthook; SystemExit ends a thread quietly.
import sys
import threading
import time

# Busy-wait (no sleep, no blocking call) on a flag another busy thread sets.
flag = False
progress = []

def spinner():
    n = 0
    while not flag:
        n += 1
    progress.append("spinner saw flag")

def setter():
    total = 0
    for i in range(200000):
        total += i
    global flag
    flag = True
    progress.append("setter done %d" % total)

s = threading.Thread(target=spinner)
s.start()
st = threading.Thread(target=setter)
st.start()
st.join()
s.join()
print(progress)

# Shared counter under a lock: the total is exact.
counter = 0
lock = threading.Lock()

def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

ts = [threading.Thread(target=add, args=(5000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("counter", counter)

# The main thread keeps computing while a sleeper sleeps.
woke = []
sleeper = threading.Thread(target=lambda: (time.sleep(0.05), woke.append(True)))
sleeper.start()
x = 0
while not woke:
    x += 1
sleeper.join()
print("main computed while sleeper slept", x > 0)

# Deep recursion in a thread has its own depth budget.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

out = []
t = threading.Thread(target=lambda: out.append(depth(500)))
t.start(); t.join()
print("depth", out)

def rec():
    rec()

t = threading.Thread(target=rec, name="recurser")
t.start(); t.join()

# excepthook: the default prints to stderr; a custom hook gets the details.
def fail():
    raise ValueError("thread failed")

t = threading.Thread(target=fail, name="Failer")
t.start(); t.join()
print("after default hook", t.is_alive())

def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name,
          args.exc_traceback is not None)

threading.excepthook = hook
t = threading.Thread(target=fail, name="Hooked")
t.start(); t.join()
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=sys.exit, args=(3,))
t.start(); t.join()
print("SystemExit in a thread is silent")
