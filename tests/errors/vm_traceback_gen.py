def g():
    yield 1
    x = yield 2
    raise StopIteration
def h():
    yield from g()
for i in h(): pass
