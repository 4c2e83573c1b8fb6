"""importlib — import_module, reload and invalidate_caches over asp's import
system (module.c); importlib.util and importlib.machinery hold the specs.

Difference from CPython: there is no finder/loader protocol on sys.meta_path
or sys.path_hooks; specs describe what module.c found (built-in, frozen or a
source file) and loaders can only execute source.
"""

import sys
import _imp

__all__ = ['import_module', 'reload', 'invalidate_caches']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def _gcd_import(name, package=None, level=0):
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    module = sys.modules.get(name)
    if module is None:
        __import__(name)
        module = sys.modules[name]
    return module


def import_module(name, package=None):
    """Import a module; a relative name ('.x') is resolved against package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
    return _gcd_import(name[level:], package, level)


def invalidate_caches():
    """asp's import system keeps no finder caches: nothing to do."""


_RELOADING = {}


def reload(module):
    """Execute the module's code again in its own namespace and return it."""
    if not module or not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    try:
        name = module.__spec__.name
    except AttributeError:
        name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        if parent_name and parent_name not in sys.modules:
            raise ImportError(f"parent {parent_name!r} not in sys.modules", name=parent_name)
        found = _imp.find_source(name)
        if found is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
        kind, filename, source, is_pkg, locations = found
        if kind == 'built-in':
            return module
        ns = module.__dict__
        if kind == 'source':
            ns['__file__'] = filename
        if is_pkg:
            ns['__path__'] = locations
        code = compile(source, filename, 'exec')
        exec(code, ns)
        return sys.modules[name]
    finally:
        del _RELOADING[name]
