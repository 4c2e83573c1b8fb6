def add(a, b):
    return a + b


def run(n):
    acc = 0
    for i in range(n):
        acc = add(acc, i)
    return acc


print(run(2_000_000))
