# A 200,000-deep Python recursion under `ulimit -s 1024`: frames live on the
# heap, so only the recursion limit policy bounds the depth (DESIGN.md 2).
import sys

sys.setrecursionlimit(1_000_000)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(200_000))


def count(n, acc):
    return acc if n == 0 else count(n - 1, acc + n)


print(count(150_000, 0))
