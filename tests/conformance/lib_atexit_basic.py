import atexit
import sys


def bye(x, sep="!"):
    print("bye", x, sep)


class Bad:
    def __call__(self):
        return 1 / 0

    def __repr__(self):
        return "<Bad callback>"


bad = Bad()


atexit.register(bye, 1)
atexit.register(bad)
atexit.register(bye, 2, sep="?")
atexit.register(print, "unregistered")
atexit.unregister(print)
r = atexit.register(bye, 3)
print(r is bye)
try:
    atexit.register(5)
except TypeError as e:
    print(e)
print("main done")
sys.exit(3)
