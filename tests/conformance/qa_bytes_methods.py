# bytes/bytearray zfill, expandtabs, istitle, maketrans, translate.
print(b'a\tb'.expandtabs(), b'-42'.zfill(6), b'+7'.zfill(1), b''.zfill(3), b'Ab Cd'.istitle(), b'ab'.istitle(), b'A1b'.istitle(), b''.istitle(), b'AB'.istitle())
print(bytes.maketrans(b'ab', b'xy')[95:100], b'abc'.translate(bytes.maketrans(b'ab', b'xy'), b'c'), b'abc'.translate(None, b'b'), b'abc'.translate(None, delete=b'a'))
try: bytes.maketrans(b'a', b'bc')
except ValueError as e: print(e)
try: b'a'.translate(b'x')
except ValueError as e: print(e)
print(b'a\tb\ncd\te'.expandtabs(tabsize=4), bytearray(b'-1').zfill(4), bytearray(b'a\tb').expandtabs(2), bytearray(b'xyz').translate(None, b'y'), bytearray.maketrans(b'a', b'b')[97])
print(b'x\ty'.expandtabs(0), b'x\ty'.expandtabs(-1))
b = bytearray(b'ab'); c = b; b *= 2; print(c, b is c)
b *= 0; print(c, len(b))
b = bytearray(b'x'); b *= -1; print(b)
try:
    b *= 'a'
except TypeError as e: print(e)
class B(bytearray): pass
x = B(b'q'); x *= 3; print(type(x).__name__, x)
