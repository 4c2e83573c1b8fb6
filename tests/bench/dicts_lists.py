d = {}
for i in range(300_000):
    d[i] = i * 2
    d[str(i)] = i
total = 0
for k in range(300_000):
    total += d[k] + d[str(k)]
lst = [x * 3 for x in range(500_000)]
lst.reverse()
print(total, sum(lst[::3]), len(d))
