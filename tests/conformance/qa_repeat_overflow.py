# A repeat count that does not fit a machine word is an OverflowError.
for expr in ("[1] * 2**70", "(1,) * 2**70", "'a' * 2**70", "b'a' * 2**70", "2**70 * [1]", "[1] * -2**70"):
    try:
        print(expr, "->", len(eval(expr)))
    except (OverflowError, MemoryError) as e:
        print(expr, "->", type(e).__name__, e)
