import base64, binascii
samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xff\xfe\xfd" * 7]
for s in samples:
    e = base64.b64encode(s)
    print(e, base64.b64decode(e) == s, base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s))
    print(base64.b32decode(base64.b32encode(s)) == s, base64.b16decode(base64.b16encode(s)) == s, base64.b85encode(s), base64.a85encode(s))
    print(base64.b85decode(base64.b85encode(s)) == s, base64.a85decode(base64.a85encode(s)) == s, base64.b32hexdecode(base64.b32hexencode(s)) == s)
print(base64.b85encode(b"abc", pad=True), base64.a85encode(b"\0\0\0\0abcd    ", foldspaces=True), base64.a85encode(b"hello world", adobe=True))
print(base64.b64decode("Zm9vYmFy"), base64.b64decode(b"Zm9v\nYmFy"), base64.urlsafe_b64decode("_-8="), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(base64.b32decode("mzxw6===", casefold=True), base64.b16decode("666f6f", casefold=True))
print(base64.encodebytes(bytes(range(100))), base64.decodebytes(base64.encodebytes(b"xyz" * 40)) == b"xyz" * 40)
for s in [b'YQ==YQ==', b'YQ=', b'YQ', b'Y', b'YWJj', b'YW Jj\n', b'Y===', b'YQ=a', b'=YQ==', b'YWI=YWI=', b'YQ==\n\n', b'Y!Q==', b'YQ==x', b'YWJjZA=', b'YWJjZA', b'YWJjZ']:
    try: print(s, binascii.a2b_base64(s))
    except Exception as e: print(s, type(e).__name__, e)
for s in [b'YQ==YQ==', b'Y!Q==', b'YQ==\n', b'YQ', b'=YQ==', b'YQ==']:
    try: print(s, binascii.a2b_base64(s, strict_mode=True))
    except Exception as e: print(s, type(e).__name__, e)
for f, a in [(base64.b64decode, "abc"), (base64.b32decode, "AAA"), (base64.b32decode, "A1======"), (base64.b16decode, "0g"), (base64.b64encode, "str"), (base64.b64decode, "é")]:
    try: print(f(a))
    except Exception as e: print(type(e).__name__, e)
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.b2a_hex(b"\x01\x02\x03", "-"), binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False))
for bad in ("0", "zz", "0 "):
    try: binascii.unhexlify(bad)
    except binascii.Error as e: print(e)
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc_hqx(b"hello", 0), binascii.crc32(b""))
print(isinstance(binascii.Error(), ValueError))
big = bytes(range(256)) * 200
print(len(base64.b64encode(big)), base64.b64decode(base64.b64encode(big)) == big)
