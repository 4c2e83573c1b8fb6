# collections.deque against a list model: thousands of random operations
# (an LCG drives them, so the run is the same everywhere), bounded and not.
from collections import deque

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return (state >> 8) % n


def trim(model, maxlen, left):
    if maxlen is not None:
        while len(model) > maxlen:
            if left:
                model.pop(0)
            else:
                model.pop()


def run(maxlen, steps):
    d = deque(maxlen=maxlen)
    model = []
    mismatches = 0
    counts = {}
    for step in range(steps):
        op = rnd(16)
        counts[op] = counts.get(op, 0) + 1
        x = rnd(50)
        if op == 0 or op == 1:
            d.append(x)
            model.append(x)
            trim(model, maxlen, True)
        elif op == 2:
            d.appendleft(x)
            model.insert(0, x)
            trim(model, maxlen, False)
        elif op == 3:
            if model:
                assert d.pop() == model.pop()
        elif op == 4:
            if model:
                assert d.popleft() == model.pop(0)
        elif op == 5:
            items = [rnd(50) for _ in range(rnd(8))]
            d.extend(items)
            model.extend(items)
            trim(model, maxlen, True)
        elif op == 6:
            items = [rnd(50) for _ in range(rnd(8))]
            d.extendleft(items)
            for it in items:
                model.insert(0, it)
            trim(model, maxlen, False)
        elif op == 7:
            k = rnd(40) - 20
            d.rotate(k)
            if model:
                k %= len(model)
                model[:] = model[-k:] + model[:-k] if k else model
        elif op == 8:
            i = rnd(60) - 30
            if maxlen is not None and len(model) == maxlen:
                try:
                    d.insert(i, x)
                except IndexError:
                    pass
            else:
                d.insert(i, x)
                model.insert(i, x)
        elif op == 9:
            if model:
                i = rnd(len(model) * 2) - len(model)
                del d[i]
                del model[i]
        elif op == 10:
            if model:
                i = rnd(len(model))
                d[i] = x
                model[i] = x
        elif op == 11:
            try:
                d.remove(x)
                model.remove(x)
            except ValueError:
                assert x not in model
        elif op == 12:
            d.reverse()
            model.reverse()
        elif op == 13:
            try:
                assert d.index(x) == model.index(x)
            except ValueError:
                assert x not in model
            assert d.count(x) == model.count(x)
            assert (x in d) == (x in model)
        elif op == 14:
            if rnd(10) == 0:
                d.clear()
                model.clear()
            elif len(model) < 20:
                k = rnd(3)
                d *= k
                model *= k
                trim(model, maxlen, True)
        else:
            if model:
                i = rnd(len(model) * 2) - len(model)
                assert d[i] == model[i]
        if list(d) != model or len(d) != len(model) or list(reversed(d)) != model[::-1]:
            mismatches += 1
            print("mismatch at", step, "op", op, list(d), model)
            break
    print(maxlen, steps, mismatches, len(d), sum(d), list(d)[:8], sorted(counts.items())[:4])


run(None, 6000)
run(5, 3000)
run(1, 1000)
run(0, 500)
run(64, 4000)


# Grow the ring to thousands of items from both ends, then drain it (the ring
# shrinks on the way down) checking the contents at every stage.
def grow_shrink():
    d = deque()
    model = []
    ok = True
    for i in range(5000):
        if rnd(3):
            d.append(i)
            model.append(i)
        else:
            d.appendleft(i)
            model.insert(0, i)
        if i % 997 == 0:
            d.rotate(i % 13)
            k = (i % 13) % len(model)
            model[:] = model[-k:] + model[:-k] if k else model
            ok = ok and list(d) == model
    while model:
        if rnd(2):
            ok = ok and d.pop() == model.pop()
        else:
            ok = ok and d.popleft() == model.pop(0)
        if len(model) % 250 == 0:
            ok = ok and list(d) == model and (not model or d[len(model) // 2] == model[len(model) // 2])
            d.rotate(-3)
            if model:
                k = -3 % len(model)
                model[:] = model[-k:] + model[:-k] if k else model
    print("grow/shrink", ok, len(d))


grow_shrink()
