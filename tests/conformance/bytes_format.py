# printf-style % formatting of bytes and bytearray
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class B:
    def __bytes__(self):
        return b"BB"
t(lambda: b"%s|%b|%5s|%-5b|%.1s" % (b"ab", bytearray(b"cd"), b"x", b"y", b"zz"))
t(lambda: b"%d %i %x %X %o %5.2f %e %g %+d %05d" % (1, 2, 255, 255, 8, 3.14159, 1.5, 0.5, 3, -7))
t(lambda: b"%r %a" % ("\u00e9", b"\xff"))
t(lambda: b"%c%c%c" % (65, b"B", bytearray(b"C")))
t(lambda: b"%s" % B())
t(lambda: b"%(k)s=%(v)d" % {b"k": b"key", b"v": 5})
t(lambda: b"100%%" % ())
t(lambda: bytearray(b"%s-%s") % (b"a", b"b"))
t(lambda: b"\xff%s\xfe" % (b"\x80",))
t(lambda: b"%s" % "str")
t(lambda: b"%s" % 5)
t(lambda: b"%c" % 256)
t(lambda: b"%c" % "a")
t(lambda: b"%s %s" % (b"a",))
t(lambda: b"%s" % (b"a", b"b"))
t(lambda: b"%z" % 1)
t(lambda: b"%d" % "x")
