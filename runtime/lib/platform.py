"""platform — information about the machine and the Python running on it.

asp has no uname(2) binding, so the system facts come from /proc/sys/kernel
(ostype, hostname, osrelease, version) and the machine from the ELF header
of the running executable.  python_implementation() is 'asp'; the version
functions report the Python version asp implements (3.11).
"""

import os
import sys
from collections import namedtuple

__all__ = ['architecture', 'machine', 'node', 'platform', 'processor',
           'python_build', 'python_compiler', 'python_implementation',
           'python_version', 'python_version_tuple', 'release', 'system',
           'uname', 'version', 'libc_ver', 'freedesktop_os_release']


def _read(path, default=''):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return default


_ELF_MACHINES = {3: 'i686', 40: 'armv7l', 62: 'x86_64', 183: 'aarch64',
                 243: 'riscv64', 21: 'ppc64le', 22: 's390x'}


def _machine():
    try:
        with open(sys.executable, 'rb') as f:
            head = f.read(20)
    except OSError:
        return ''
    if len(head) < 20 or head[:4] != b'\x7fELF':
        return ''
    order = 'little' if head[5] == 1 else 'big'
    return _ELF_MACHINES.get(int.from_bytes(head[18:20], order), '')


class uname_result(namedtuple('uname_result', 'system node release version machine')):
    """(system, node, release, version, machine), plus .processor."""

    @property
    def processor(self):
        return ''

    # processor counts as a sixth field when iterating, as in CPython.
    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __len__(self):
        return 6

    def __getitem__(self, key):
        return tuple(self)[key]


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        system = _read('/proc/sys/kernel/ostype', 'Linux')
        _uname_cache = uname_result(
            system, _read('/proc/sys/kernel/hostname'),
            _read('/proc/sys/kernel/osrelease'),
            _read('/proc/sys/kernel/version'), _machine())
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    try:
        with open(executable, 'rb') as f:
            head = f.read(5)
    except OSError:
        head = b''
    if head[:4] == b'\x7fELF':
        return ('64bit' if head[4] == 2 else '32bit', 'ELF')
    return (bits or '64bit', linkage)


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return (lib, version)


def platform(aliased=False, terse=False):
    """'Linux-<release>-<machine>' (terse: 'Linux-<release>')."""
    u = uname()
    parts = [u.system, u.release]
    if not terse:
        parts.append(u.machine)
    return '-'.join(p for p in parts if p)


def python_implementation():
    return 'asp'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('main', '')


def python_compiler():
    return 'C11'


def freedesktop_os_release():
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path) as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in lines:
            if '=' in line and not line.startswith('#'):
                k, _, v = line.partition('=')
                if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
                    v = v[1:-1]
                info[k.strip()] = v
        return info
    raise OSError("/etc/os-release: no such file")
