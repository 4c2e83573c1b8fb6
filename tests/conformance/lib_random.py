import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.randrange(0, 1000, 7))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(1000), 5), random.sample(range(30), 10), random.uniform(1, 2), random.gauss(0, 1), random.gauss(0,1))
print(random.choices("xyz", k=5), random.choices("xyz", weights=[1, 5, 1], k=4), random.getrandbits(100))
random.seed(2**70 + 5); print(random.random())
random.seed(-7); print(random.random(), random.expovariate(2), random.triangular())
