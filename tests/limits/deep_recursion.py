# Python-level recursion is stackless: 200,000 frames under a 1 MB C stack.
import sys
sys.setrecursionlimit(10**6)

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

print(depth(200000))

def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + [n] if n % 50000 == 0 else acc)

print(count_down(200000, []))

# The limit still applies when it is lower.
sys.setrecursionlimit(1000)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
