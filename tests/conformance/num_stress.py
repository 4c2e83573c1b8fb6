# deterministic pseudo-random checks of repr, true division, int->float, str<->float
x = 12345
def rnd():
    global x
    x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
    return x
out = []
for i in range(3000):
    a = rnd() >> (rnd() % 64)
    b = (rnd() >> (rnd() % 64)) + 1
    if rnd() % 2: a = -a
    big = a * (rnd() ** (rnd() % 5)) + rnd()
    out.append(repr(a / b))
    out.append(repr(big / b))
    out.append(repr(float(big)))
    out.append(repr(b / (big + 1 if big != -1 else 3)))
    f = float.fromhex('0x1.%013xp%d' % (rnd() % 2**52, rnd() % 2000 - 1000))
    out.append(repr(f))
    out.append(str(f * 1e-300))
    out.append(repr(round(f, rnd() % 20 - 5)))
    out.append(format(f, '.%de' % (rnd() % 20)))
    out.append(format(f, '.%dg' % (rnd() % 20)))
    out.append(str(hash(f)) + ' ' + str(hash(big)))
    out.append(str(f == big) + str(f < big) + str(a < f))
    out.append(repr(float(repr(f)) == f))
    out.append(repr((big * 7) // (b - 3 if b != 3 else 1)) + ' ' + repr(big % (b + 11)) + repr(divmod(-big, b)))
    out.append(repr(big >> (rnd() % 70)) + repr(big << (rnd() % 70)) + repr(big & rnd()) + repr(big | -rnd()) + repr(big ^ rnd()))
    out.append(repr(pow(big, rnd() % 50 + 1, b + 1)))
    out.append(repr(int(f) if abs(f) < 1e30 else 0))
print(len(out))
h = 0
for i, s in enumerate(out):
    h = (h * 31 + hash(s)) % 2**61
print('\n'.join(out[:400]))
print(out[-50:])
