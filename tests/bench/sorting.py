import random
random.seed(1)
data = [random.random() for _ in range(200_000)]
words = [str(x)[2:8] for x in data]
print(sorted(data)[100], sorted(words)[:3], sorted(data, reverse=True)[0] > 0.99)
