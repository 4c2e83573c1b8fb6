# A first asp program: run it with `./asp examples/hello.py` (or `make run`).
def greet(names):
    for i, name in enumerate(names, 1):
        yield f"{i}. Hello, {name}!"


for line in greet(["asp", "Python", "world"]):
    print(line)

squares = {n: n * n for n in range(1, 6)}
print("squares:", squares)
print("2 ** 100 =", 2 ** 100)
