# Interpreter exit waits for non-daemon threads (threading._shutdown) before
# the atexit callbacks run; daemon threads are simply abandoned.
import atexit
import sys
import threading
import time

atexit.register(lambda: print("atexit callback"))


def late_worker():
    time.sleep(0.1)
    print("non-daemon worker finished")


def forever():
    while True:
        time.sleep(0.01)


threading.Thread(target=late_worker).start()
threading.Thread(target=forever, daemon=True).start()
print("main body ends", threading.active_count())
sys.exit(4)
