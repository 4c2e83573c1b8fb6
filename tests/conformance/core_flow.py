# Control flow: if/elif/else, while/else, for/else, break, continue, pass.
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("not reached")

for i in range(3):
    pass
else:
    print("for-else ran, i =", i)

n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while-else ran, n =", n)

def classify(v):
    if v < 0:
        return "negative"
    elif v == 0:
        return "zero"
    elif v < 10:
        return "small"
    else:
        return "large"

print([classify(v) for v in (-3, 0, 5, 50)])
total = 0
for a in range(3):
    for b in range(3):
        if b > a:
            break
        total += a * b
print("total", total)
x = 5
print("big" if x > 3 else "small")
print([y for y in range(20) if y % 3 == 0 if y % 2 == 0])
count = 0
while True:
    count += 1
    if count >= 3:
        break
print("count", count)
if (m := 10) > 5:
    print("walrus", m)
values = [1, 2, 3]
while (v := values.pop()) != 1:
    print("popped", v)
print(list(range(5, 0, -2)), list(range(-3)), list(range(2, 8, 3)))
