"""importlib.machinery — ModuleSpec and the loaders behind asp's specs."""

import sys

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What the import system knows about a module before loading it."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and
                    self.origin == other.origin and smsl == other.submodule_search_locations and
                    self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Built-in (native) modules."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        from importlib.util import find_spec
        spec = find_spec(fullname)
        return spec if spec is not None and spec.loader is cls else None

    @staticmethod
    def create_module(spec):
        return __import__(spec.name)

    @staticmethod
    def exec_module(module):
        pass


class FrozenImporter:
    """Modules compiled into asp (its runtime/lib)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        from importlib.util import find_spec
        spec = find_spec(fullname)
        return spec if spec is not None and spec.loader is cls else None

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        import _imp
        name = module.__spec__.name if module.__spec__ is not None else module.__name__
        found = _imp.find_source(name)
        if found is None or found[0] != 'frozen':
            raise ImportError(f'{name!r} is not a frozen module', name=name)
        exec(compile(found[2], found[1], 'exec'), module.__dict__)


class SourceFileLoader:
    """Loads a module from a .py file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and self.name == other.name and
                self.path == other.path)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def create_module(self, spec):
        return None

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname=None):
        return self.get_data(self.path).decode('utf-8')

    def is_package(self, fullname=None):
        base = self.path.rpartition('/')[2]
        return base.rpartition('.')[0] == '__init__'

    def get_code(self, fullname=None):
        return compile(self.get_data(self.path), self.path, 'exec')

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def load_module(self, fullname=None):
        import importlib.util
        name = fullname or self.name
        spec = importlib.util.spec_from_file_location(name, self.path, loader=self)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            self.exec_module(module)
        except BaseException:
            del sys.modules[name]
            raise
        return sys.modules[name]


SourcelessFileLoader = SourceFileLoader
