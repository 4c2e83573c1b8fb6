# Shortest float repr when printf rounds a tie the wrong way (2**-24).
print(2.0**-24, 2.0**-25, 5e-324, 2**-1074 * 3, 9007199254740993.0, 0.1 + 0.2)
