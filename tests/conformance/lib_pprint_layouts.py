import pprint, random, collections
r = random.Random(7)
def gen(d):
    k = r.randrange(9 if d < 3 else 4)
    if k == 0: return r.randrange(-10**r.randrange(1, 12), 10**r.randrange(1, 12))
    if k == 1: return " ".join("w" * r.randrange(1, 9) for _ in range(r.randrange(0, 12)))
    if k == 2: return r.random()
    if k == 3: return None
    if k == 4: return [gen(d + 1) for _ in range(r.randrange(0, 7))]
    if k == 5: return tuple(gen(d + 1) for _ in range(r.randrange(0, 4)))
    if k == 6: return {("k%d" % r.randrange(50)): gen(d + 1) for _ in range(r.randrange(0, 6))}
    if k == 7: return set(r.randrange(100) for _ in range(r.randrange(0, 10)))
    return collections.OrderedDict((str(i), gen(d + 1)) for i in range(r.randrange(0, 3)))
for i in range(60):
    obj = gen(0)
    for width, indent, compact, depth in [(80, 1, False, None), (30, 4, True, None), (15, 2, False, 3), (50, 1, True, 2)]:
        print(pprint.pformat(obj, width=width, indent=indent, compact=compact, depth=depth))
