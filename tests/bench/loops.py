total = 0
for i in range(3000):
    for j in range(1000):
        total += i ^ j
print(total)
