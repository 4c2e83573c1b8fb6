"""hashlib — secure hashes: md5, sha1, sha224, sha256, sha384, sha512.

The digests are computed natively (_hashlib); a hash object keeps the
running state as bytes, so copy() is cheap.  pbkdf2_hmac and file_digest are
built on them.  Other algorithms (sha3_*, blake2*, shake_*) are not
available: new() raises ValueError('unsupported hash type NAME') for them.
"""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'new', 'algorithms_guaranteed', 'algorithms_available',
           'pbkdf2_hmac', 'file_digest')

_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64),
    'sha256': (32, 64), 'sha384': (48, 128), 'sha512': (64, 128),
}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


class _Hash:
    """A running hash: update() with bytes, then digest() or hexdigest()."""

    __slots__ = ('name', '_state')

    def __init__(self, name, data=b''):
        self.name = name
        self._state = _hashlib.new(name)
        if data:
            self.update(data)

    @property
    def digest_size(self):
        return _SIZES[self.name][0]

    @property
    def block_size(self):
        return _SIZES[self.name][1]

    def update(self, data):
        self._state = _hashlib.update(self._state, data)

    def digest(self):
        return _hashlib.digest(self._state)

    def hexdigest(self):
        return _hashlib.digest(self._state).hex()

    def copy(self):
        other = _Hash.__new__(_Hash)
        other.name = self.name
        other._state = self._state
        return other

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %#x>' % (self.name, id(self))


def new(name, data=b'', **kwargs):
    """A hash object for the named algorithm (case-insensitive)."""
    if not isinstance(name, str):
        raise TypeError(f"new() argument 'name' must be str, not {type(name).__name__}")
    key = name.lower().replace('-', '')
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + name)
    return _Hash(key, data)


def _constructor(name):
    def make(data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        return _Hash(name, data)
    make.__name__ = 'openssl_' + name
    make.__qualname__ = make.__name__
    return make


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PKCS #5 v2.0 password-based key derivation with HMAC-hash_name."""
    import hmac
    if not isinstance(hash_name, str):
        raise TypeError(hash_name)
    password = bytes(password)
    salt = bytes(salt)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    inner = new(hash_name)
    if dklen is None:
        dklen = inner.digest_size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    prf = hmac.new(password, None, hash_name)
    dkey = b''
    block = 1
    while len(dkey) < dklen:
        h = prf.copy()
        h.update(salt + block.to_bytes(4, 'big'))
        u = h.digest()
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            h = prf.copy()
            h.update(u)
            u = h.digest()
            acc ^= int.from_bytes(u, 'big')
        dkey += acc.to_bytes(len(u), 'big')
        block += 1
    return dkey[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The digest of a binary file object, read in chunks."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
