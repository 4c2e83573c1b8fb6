"""list(range(10**12)) and friends presize from len() and fail at once with
MemoryError, as CPython does (qa2)."""
for make in (lambda: list(range(10**12)), lambda: tuple(range(10**12)),
             lambda: sorted(range(10**12)), lambda: [].extend(range(10**12)),
             lambda: list(range(10**19))):
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)


class BadLen:
    def __len__(self):
        raise ValueError('no len')

    def __iter__(self):
        return iter([1])


class TypeLen:
    def __len__(self):
        raise TypeError('ignored')

    def __iter__(self):
        return iter([1, 2])


class Liar:
    def __len__(self):
        return 1

    def __iter__(self):
        return iter(range(5))


try:
    list(BadLen())
except ValueError as e:
    print('ValueError', e)
print(list(TypeLen()), list(Liar()), tuple(Liar()), sorted(Liar(), reverse=True))
x = [1]
x.extend(range(3))
x.extend({'a': 1})
print(x, list('abc'), list({1, 2}), list(range(0)))
