# Big-int multiplications large enough for GMP's FFT, with collections running
# in between: GMP's temporaries must stay visible to the collector.
import math
x = math.factorial(30000)
y = 3 ** 2000000
s = 0
for i in range(2000):
    s += (x * (i + 1)) % 1000003
    junk = [str(i)] * 50
z = x * x
w = y * y
print(s, z % 1000003, y % 1000003, w % 1000003, w.bit_length())
