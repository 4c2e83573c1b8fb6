"""importlib.util — find_spec, module_from_spec, spec_from_file_location,
resolve_name."""

import sys
import _imp
from importlib import _resolve_name
from importlib.machinery import (ModuleSpec, BuiltinImporter, FrozenImporter,
                                 SourceFileLoader)


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def _spec_from_found(name, found):
    kind, filename, source, is_pkg, locations = found
    if kind == 'built-in':
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    if kind == 'frozen':
        spec = ModuleSpec(name, FrozenImporter, origin='frozen', is_package=is_pkg)
        if is_pkg:
            spec.submodule_search_locations = list(locations)
        return spec
    spec = ModuleSpec(name, SourceFileLoader(name, filename), origin=filename, is_package=is_pkg)
    if is_pkg:
        spec.submodule_search_locations = list(locations)
    spec.has_location = True
    return spec


def _spec_of_module(name, module):
    spec = getattr(module, '__spec__', None)
    if spec is not None:
        return spec
    if name == '__main__':
        raise ValueError(f'{name}.__spec__ is None')
    # asp's import system records no spec: describe what the module says.
    loader = getattr(module, '__loader__', None)
    file = getattr(module, '__file__', None)
    path = getattr(module, '__path__', None)
    if loader == 'built-in':
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    if loader == 'frozen' or file is None:
        spec = ModuleSpec(name, FrozenImporter, origin='frozen', is_package=path is not None)
    else:
        spec = ModuleSpec(name, SourceFileLoader(name, file), origin=file,
                          is_package=path is not None)
        spec.has_location = True
    if path is not None:
        spec.submodule_search_locations = list(path)
    return spec


def find_spec(name, package=None):
    """The spec for a module (its parent packages are imported), or None."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        found = _imp.find_source(fullname)
        return None if found is None else _spec_from_found(fullname, found)
    return _spec_of_module(fullname, sys.modules[fullname])


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for a module to be loaded from a source file."""
    if location is None:
        if loader is None:
            return None
        location = loader.get_filename(name)
    location = str(location) if not isinstance(location, str) else location
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    elif getattr(loader, 'is_package', None) and loader.is_package(name):
        spec.submodule_search_locations = [location.rpartition('/')[0]]
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if is_package is None and hasattr(loader, 'is_package'):
        is_package = loader.is_package(name)
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """A new module for spec, its import-related attributes set."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module
