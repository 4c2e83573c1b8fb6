# Allocations far beyond memory raise MemoryError (or CPython's OverflowError),
# never crash or hang.
tests = [
    "'x' * 10**12", "[0] * 10**12", "(1,) * 10**12", "b'x' * 10**12", "bytearray(b'x') * 10**12",
    "b'ab' + b'c' * 10**11", "bytes(10**12)", "bytearray(10**12)",
    "b'x'.center(10**12)", "b'x'.ljust(10**12)", "b'x'.zfill(10**12)",
    "'x'.center(10**12)", "'x'.zfill(10**12)", "'x'.ljust(10**12)", "'é'.rjust(10**12, 'ü')",
    "'a\\tb'.expandtabs(10**12)", "'%*d' % (10**12, 1)",
    "'{:10000000000000}'.format(1)", "f'{1:>{10**12}}'", "format(1.5, '010000000000000')",
    "b'%*d' % (10**12, 1)", "'%*d' % (10**30, 1)", "'%.*f' % (2**31, 1)",
    "1 << 2**40", "1 << 2**62", "1 << 2**65", "1 << 2**66", "10**10 << 2**50",
]
for t in tests:
    try:
        eval(t)
        print(t, 'ok')
    except (MemoryError, OverflowError) as e:
        print(t, type(e).__name__, e)
print((1 << 1000) >> 990, -3 << 100, 5 >> 2**64, (-5) >> 2**100)
