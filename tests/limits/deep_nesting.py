# Deeply nested data: repr, str, ==, json and hash raise RecursionError (as
# CPython does) instead of exhausting the C stack, even under ulimit -s 1024.
x = []
for i in range(100000):
    x = [x]
try:
    print(len(repr(x)))
except RecursionError as e:
    print("RecursionError", e)
d = {}
for i in range(100000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print("RecursionError", e)
try:
    x == x[0]
except RecursionError as e:
    print("cmp RecursionError")
import json
try:
    json.dumps(x)
except RecursionError as e:
    print("json RecursionError")
print(hash(tuple([1]*10)))
t = ()
for i in range(3000):
    t = (t,)
print(hash(t))
src = "x = " + "[" * 150 + "]" * 150
exec(src)
try:
    compile("1+" * 100000 + "1", "deep", "exec")
except RecursionError as e:
    print(e)
