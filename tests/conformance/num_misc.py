print(0x_ff, 1_000, 0b1_0, 0o7_7, 1_0.5e1_0, 123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF, 1e400, 0.1e-5, 00, 0.0)
import sys
print(sys.float_info.max if hasattr(sys, 'float_info') else 1.7976931348623157e+308, sys.maxsize)
print(int.__name__, float.__name__, bool.__name__, bool.__mro__, int.__mro__, type(True).__base__)
print(True.real, True.imag, (1.5).real, int.__doc__ is None or True, (5).__index__(), (5).__int__(), (5).__float__(), (2.5).__int__(), (2.5).__float__())
print(isinstance(True, int), issubclass(bool, int), isinstance(1.0, float), int.from_bytes(b'\x01\x00', 'little'), float.__new__(float) if False else 0)
print(1 .bit_length(), (-255).bit_count(), (0).bit_length(), (2**100).bit_length())
print([1, 2, 3][-True], 10 ** -2, 10.0 ** 2, (-1) ** 0.0, 2 ** 0.5, pow(2, 0.5), pow(4, -0.5), 7 / 7, -7 // 7.0)
