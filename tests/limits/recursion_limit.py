# Going past the recursion limit is a RecursionError, never a crash.
import sys


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

sys.setrecursionlimit(50)


def depth(n):
    return depth(n + 1) if n < 1000 else n


try:
    depth(0)
except RecursionError as e:
    print("limit 50:", e)
print(sys.getrecursionlimit())


class Node:
    def __repr__(self):
        return repr(self)


sys.setrecursionlimit(1000)
try:
    repr(Node())
except RecursionError as e:
    print("repr:", e)
