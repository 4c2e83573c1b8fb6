/* module.c — module objects and the import system: sys.modules, the native
 * module table, frozen Python modules, then sys.path (NAME.py and
 * NAME/__init__.py packages), dotted and relative names, `from m import x`.
 *
 * Invariant: a module is in sys.modules before its body runs and is removed
 * again if the body raises; a submodule becomes an attribute of its parent once
 * it has loaded.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <errno.h>
#include "module.h"
#include "abstract.h"
#include "containers.h"
#include "errors.h"
#include "frozen.h"
#include "func.h"
#include "interp.h"
#include "names.h"
#include "num.h"
#include "str.h"
#include "../src/compile.h"
#include "../src/parse.h"
#include "../src/vm.h"

/* Native modules whose init lives elsewhere; weak so a module that is not
 * linked in yet is simply absent. */
bool mod_random_init(Value m) __attribute__((weak));
bool mod_math_init(Value m) __attribute__((weak));
bool mod_asyncio_init(Value m) __attribute__((weak));
bool mod_os_init(Value m) __attribute__((weak));
bool mod_itertools_init(Value m) __attribute__((weak));
bool mod_functools_init(Value m) __attribute__((weak));
bool mod_collections_init(Value m) __attribute__((weak));
bool mod_gc_init(Value m) __attribute__((weak));
bool mod_dis_init(Value m) __attribute__((weak));
bool mod_sre_init(Value m) __attribute__((weak));

static bool mod_imp_init(Value m);

static const NativeModuleDef native_modules[] = {
    {"sys", mod_sys_init},
    {"time", mod_time_init},
    {"math", mod_math_init},
    {"_random", mod_random_init},
    {"_asyncio", mod_asyncio_init},
    {"_os", mod_os_init},
    {"_uv", mod_uv_init},
    {"_itertools", mod_itertools_init},
    {"_functools", mod_functools_init},
    {"_collections", mod_collections_init},
    {"gc", mod_gc_init},
    {"_dis", mod_dis_init},
    {"_hashlib", mod_hash_init},
    {"_sre", mod_sre_init},
    {"_thread", mod_thread_init},
    {"_imp", mod_imp_init},
    {NULL, NULL},
};

/* ---- the module type -------------------------------------------------------- */

static inline ModuleObj *M(Value v) { return (ModuleObj *)v; }

Value module_new(Value name) {
    ModuleObj *m = (ModuleObj *)obj_alloc(&type_module);
    if (!m) return NIL;
    m->dict = dict_new();
    m->name = name;
    dict_set_str(m->dict, NM(__name__), name);
    dict_set_str(m->dict, NM(__doc__), NONE);
    dict_set_str(m->dict, NM(__package__), NONE);
    dict_set_str(m->dict, NM(__spec__), NONE);
    dict_set_str(m->dict, str_intern("__loader__"), NONE);
    return OBJ_VAL(m);
}

void module_add(Value m, const char *name, Value v) {
    dict_set_str(M(m)->dict, str_intern(name), v);
}

void module_add_func(Value m, const char *name, NativeFn fn) {
    Value mn = dict_get_str(M(m)->dict, NM(__name__));
    module_add(m, name, native_func_new(name, fn, mn ? mn : M(m)->name));
}

static const char *mod_name_cstr(Value m) {
    Value n = dict_get_str(M(m)->dict, NM(__name__));
    if (n && str_check(n)) return str_cstr(n);
    return M(m)->name && str_check(M(m)->name) ? str_cstr(M(m)->name) : "?";
}

static Value module_getattr(Value self, Value name) {
    ModuleObj *m = M(self);
    if (name == NM(__dict__)) return m->dict;
    if (name != NM(__class__)) {
        Value v = dict_get_str(m->dict, name);
        if (v) return v;
    }
    Value v = obj_generic_getattr(self, name);
    if (v || !rt_exc_matches(&exc_AttributeError)) return v;
    rt_exc_clear();
    Value ga = dict_get_str(m->dict, NM(__getattr__));
    if (ga) return rt_call1(ga, name);
    Interp *in = TH()->interp;
    Value modname = dict_get_str(m->dict, NM(__name__));
    if (in->importing && modname && dict_get_str(in->importing, modname)) {
        return rt_raise(&exc_AttributeError,
                        "partially initialized module '%s' has no attribute '%s' "
                        "(most likely due to a circular import)",
                        mod_name_cstr(self), str_cstr(name));
    }
    Value exc = exc_new(&exc_AttributeError,
                        tuple_pack(1, str_printf("module '%s' has no attribute '%s'",
                                                 mod_name_cstr(self), str_cstr(name))));
    if (!exc) return NIL;
    ((ExcObj *)exc)->extra[0] = name;
    ((ExcObj *)exc)->extra[1] = self;
    TH()->exc = exc;
    return NIL;
}

static int module_setattr(Value self, Value name, Value v) {
    if (name == NM(__dict__) || name == NM(__class__)) return obj_generic_setattr(self, name, v);
    return dict_set(M(self)->dict, name, v);
}

static int module_delattr(Value self, Value name) {
    int r = dict_del(M(self)->dict, name);
    if (r == 0) {
        rt_raise(&exc_AttributeError, "module '%s' has no attribute '%s'", mod_name_cstr(self),
                 str_cstr(name));
        return -1;
    }
    return r < 0 ? -1 : 0;
}

static Value module_repr(Value self) {
    ModuleObj *m = M(self);
    Value name = dict_get_str(m->dict, NM(__name__));
    Value nrepr = rt_repr(name ? name : str_from_cstr("?"));
    if (!nrepr) return NIL;
    Value file = dict_get_str(m->dict, NM(__file__));
    if (file && str_check(file)) {
        Value fr = rt_repr(file);
        if (!fr) return NIL;
        return str_printf("<module %s from %s>", str_cstr(nrepr), str_cstr(fr));
    }
    Value loader = dict_get_cstr(m->dict, "__loader__");
    if (loader && str_check(loader)) {
        if (strcmp(str_cstr(loader), "frozen") == 0)
            return str_printf("<module %s (frozen)>", str_cstr(nrepr));
        if (strcmp(str_cstr(loader), "built-in") == 0)
            return str_printf("<module %s (built-in)>", str_cstr(nrepr));
    }
    return str_printf("<module %s>", str_cstr(nrepr));
}

static Value module_new_slot(Value type, Value *args, int nargs, Value kw) {
    static const char *const names[] = {"name", "doc"};
    Value out[2] = {NIL, NIL};
    int npos = nargs;
    if (npos > 2) return rt_raise(&exc_TypeError, "module() takes at most 2 arguments (%d given)", npos);
    if (!arg_kw("module", args, nargs, kw, names, out, 2)) return NIL;
    for (int i = 0; i < npos; i++) out[i] = args[i];
    if (!out[0])
        return rt_raise(&exc_TypeError, "module.__init__() missing required argument 'name' (pos 1)");
    if (!str_check(out[0]))
        return rt_raise(&exc_TypeError, "module.__init__() argument 'name' must be str, not %s",
                        type_name(out[0]));
    Value m = module_new(out[0]);
    if (!m) return NIL;
    if (out[1]) dict_set_str(M(m)->dict, NM(__doc__), out[1]);
    return m;
}

static Value module_init_slot(Value self, Value *args, int nargs, Value kw) { return NONE; }

static Value m_dir(Value *a, int n, Value k) {
    Value l = dict_keys_list(M(a[0])->dict);
    if (!l || !list_sort(l, NIL, false)) return NIL;
    return l;
}

/* m.__annotations__ when the module has none: an empty dict, kept (3.10+). */
static Value m_get_annotations(Value *a, int n, Value k) {
    Value nm = str_intern("__annotations__");
    Value v = dict_get_str(M(a[0])->dict, nm);
    if (v) return v;
    v = dict_new();
    dict_set_str(M(a[0])->dict, nm, v);
    return v;
}

static Value m_set_annotations(Value *a, int n, Value k) {
    Value nm = str_intern("__annotations__");
    if (a[1]) {
        dict_set_str(M(a[0])->dict, nm, a[1]);
        return NONE;
    }
    if (dict_del(M(a[0])->dict, nm) <= 0) return rt_raise(&exc_AttributeError, "__annotations__");
    return NONE;
}

static const MethodDef module_methods[] = {
    {"__dir__", m_dir, METH_DEFAULT, NULL},
    {"__annotations__", m_get_annotations, METH_GETTER, NULL},
    {"__annotations__", m_set_annotations, METH_SETTER, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_module = {
    .ob = {&type_type}, .name = "module", .base = &type_object,
    .size = sizeof(ModuleObj), .dict_offset = offsetof(ModuleObj, dict),
    .flags = TF_BASETYPE, .methods = module_methods,
    .getattr = module_getattr, .setattr = module_setattr, .delattr = module_delattr,
    .repr = module_repr, .new_ = module_new_slot, .init = module_init_slot,
};

/* ---- import machinery ---------------------------------------------------- */

static Value modules(void) { return TH()->interp->modules; }

static Value not_found(Value name) {
    Value exc = exc_new(&exc_ModuleNotFoundError,
                        tuple_pack(1, str_printf("No module named '%s'", str_cstr(name))));
    if (!exc) return NIL;
    ((ExcObj *)exc)->extra[1] = name;
    TH()->exc = exc;
    return NIL;
}

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 8192, n = 0;
    char *buf = GC_MALLOC_ATOMIC(cap + 1);
    size_t k;
    while ((k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *nb = GC_MALLOC_ATOMIC(cap * 2 + 1);
            memcpy(nb, buf, n);
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    buf[n] = 0;
    *len = n;
    return buf;
}

static void set_parent_attr(Value fullname, Value module) {
    const char *s = str_cstr(fullname);
    const char *dot = strrchr(s, '.');
    if (!dot) return;
    Value parent = dict_get_str(modules(), str_new(s, (size_t)(dot - s)));
    if (parent && TYPE(parent) == &type_module)
        dict_set_str(M(parent)->dict, str_intern(dot + 1), module);
}

/* Run source as module `name`; file is the __file__ (or NIL), pkgdir the
 * package directory for __path__ (or NIL). */
static Value exec_module(Value name, const char *src, size_t len, Value filename, Value file,
                         bool is_pkg, Value pkgpath, const char *loader) {
    Value m = module_new(name);
    if (!m) return NIL;
    Value d = M(m)->dict;
    Interp *in = TH()->interp;
    if (file) dict_set_str(d, NM(__file__), file);
    dict_set_str(d, NM(__builtins__), in->builtins);
    if (loader) dict_set_cstr(d, "__loader__", str_from_cstr(loader));
    const char *s = str_cstr(name);
    const char *dot = strrchr(s, '.');
    if (is_pkg) {
        dict_set_str(d, NM(__package__), name);
        dict_set_str(d, NM(__path__), pkgpath ? pkgpath : list_new(0));
    } else {
        dict_set_str(d, NM(__package__), dot ? str_new(s, (size_t)(dot - s)) : str_from_cstr(""));
    }
    dict_set_str(modules(), name, m);
    if (!in->importing) in->importing = dict_new();
    dict_set_str(in->importing, name, TRUE_V);
    CodeObj *code = compile_source(src, len, filename, PARSE_FILE, NULL);
    Value r = code ? vm_exec(code, d, d) : NIL;
    dict_del(in->importing, name);
    if (!r) {
        Value saved = rt_exc_fetch();
        dict_del(modules(), name);
        TH()->exc = saved;
        return NIL;
    }
    Value final = dict_get_str(modules(), name);
    if (!final) return rt_raise(&exc_ImportError, "Loaded module %s not found in sys.modules", s);
    set_parent_attr(name, final);
    return final;
}

static Value load_native(Value name) {
    const char *s = str_cstr(name);
    for (const NativeModuleDef *d = native_modules; d->name; d++) {
        if (!d->init || strcmp(d->name, s) != 0) continue;
        Value m = module_new(name);
        if (!m) return NIL;
        dict_set_cstr(M(m)->dict, "__loader__", str_from_cstr("built-in"));
        dict_set_str(M(m)->dict, NM(__package__), str_from_cstr(""));
        dict_set_str(modules(), name, m);
        if (!d->init(m)) {
            Value saved = rt_exc_fetch();
            dict_del(modules(), name);
            TH()->exc = saved;
            return NIL;
        }
        return m;
    }
    return NIL;
}

static Value load_frozen(Value name) {
    const char *s = str_cstr(name);
    for (const FrozenModule *f = frozen_modules; f->name; f++) {
        if (strcmp(f->name, s) != 0) continue;
        Value fn = str_printf("<frozen %s>", s);
        return exec_module(name, f->source, strlen(f->source), fn, NIL, f->is_package, NIL, "frozen");
    }
    return NIL;
}

static Value load_from_path(Value name, Value search) {
    const char *s = str_cstr(name);
    const char *dot = strrchr(s, '.');
    const char *base = dot ? dot + 1 : s;
    if (!search || !list_check(search)) return NIL;
    for (size_t i = 0; i < LIST_LEN(search); i++) {
        Value entry = LIST_ITEMS(search)[i];
        if (!str_check(entry)) continue;
        const char *dir = str_cstr(entry);
        const char *sep = (dir[0] && dir[strlen(dir) - 1] != '/') ? "/" : "";
        if (!dir[0]) dir = ".", sep = "/";
        Value pkgdir = str_printf("%s%s%s", dir, sep, base);
        Value init = str_printf("%s/__init__.py", str_cstr(pkgdir));
        if (is_dir(str_cstr(pkgdir)) && is_file(str_cstr(init))) {
            size_t len;
            char *src = read_file(str_cstr(init), &len);
            if (!src) return rt_raise_oserror(errno, init);
            return exec_module(name, src, len, init, init, true, list_from_array(&pkgdir, 1), NULL);
        }
        Value py = str_printf("%s%s%s.py", dir, sep, base);
        if (is_file(str_cstr(py))) {
            size_t len;
            char *src = read_file(str_cstr(py), &len);
            if (!src) return rt_raise_oserror(errno, py);
            return exec_module(name, src, len, py, py, false, NIL, NULL);
        }
    }
    return NIL;
}

/* Import the module with this absolute dotted name (parents first). */
static Value find_and_load(Value name) {
    Value m = dict_get_str(modules(), name);
    if (m) {
        if (m == NONE)
            return rt_raise(&exc_ModuleNotFoundError, "import of %s halted; None in sys.modules",
                            str_cstr(name));
        return m;
    }
    const char *s = str_cstr(name);
    const char *dot = strrchr(s, '.');
    Value search = TH()->interp->path;
    if (dot) {
        Value pname = str_new(s, (size_t)(dot - s));
        Value parent = find_and_load(pname);
        if (!parent) return NIL;
        m = dict_get_str(modules(), name);
        if (m) return m;
        search = rt_getattr_opt(parent, NM(__path__));
        if (!search) {
            if (rt_exc_occurred()) return NIL;
            Value exc = exc_new(&exc_ModuleNotFoundError,
                                tuple_pack(1, str_printf("No module named '%s'; '%s' is not a package",
                                                         s, str_cstr(pname))));
            if (exc) {
                ((ExcObj *)exc)->extra[1] = name;
                TH()->exc = exc;
            }
            return NIL;
        }
    } else {
        Value sys = TH()->interp->sys;
        Value p = sys ? dict_get_cstr(module_dict(sys), "path") : NIL;
        if (p) search = p;
    }
    if (!dot && (m = load_native(name))) return m;
    if (rt_exc_occurred()) return NIL;
    if ((m = load_frozen(name))) return m;
    if (rt_exc_occurred()) return NIL;
    if ((m = load_from_path(name, search))) return m;
    if (rt_exc_occurred()) return NIL;
    return not_found(name);
}

/* ---- python -m: finding a module's source without running it ---------------- */

int import_find_source(Value name, ModuleSource *out) {
    memset(out, 0, sizeof *out);
    const char *s = str_cstr(name);
    const char *dot = strrchr(s, '.');
    const char *base = dot ? dot + 1 : s;
    Value search = TH()->interp->path;
    if (dot) {
        Value pname = str_new(s, (size_t)(dot - s));
        Value parent = find_and_load(pname);
        if (!parent) return -1;
        search = rt_getattr_opt(parent, NM(__path__));
        if (!search) {
            if (rt_exc_occurred()) return -1;
            rt_raise(&exc_ModuleNotFoundError, "__path__ attribute not found on '%s' while trying to find '%s'",
                     str_cstr(pname), s);
            return -1;
        }
    } else {
        Value sys = TH()->interp->sys;
        Value p = sys ? dict_get_cstr(module_dict(sys), "path") : NIL;
        if (p) search = p;
        for (const NativeModuleDef *d = native_modules; d->name; d++)
            if (d->init && strcmp(d->name, s) == 0) return 2;
    }
    for (const FrozenModule *f = frozen_modules; f->name; f++) {
        if (strcmp(f->name, s) != 0) continue;
        out->src = f->source;
        out->len = strlen(f->source);
        out->filename = str_printf("<frozen %s>", s);
        out->is_pkg = f->is_package;
        out->loader = "frozen";
        return 1;
    }
    if (!search || !list_check(search)) return 0;
    for (size_t i = 0; i < LIST_LEN(search); i++) {
        Value entry = LIST_ITEMS(search)[i];
        if (!str_check(entry)) continue;
        const char *dir = str_cstr(entry);
        const char *sep = (dir[0] && dir[strlen(dir) - 1] != '/') ? "/" : "";
        if (!dir[0]) dir = ".", sep = "/";
        Value pkgdir = str_printf("%s%s%s", dir, sep, base);
        Value init = str_printf("%s/__init__.py", str_cstr(pkgdir));
        Value py = str_printf("%s%s%s.py", dir, sep, base);
        Value found = NIL;
        if (is_dir(str_cstr(pkgdir)) && is_file(str_cstr(init))) {
            found = init;
            out->is_pkg = true;
            out->pkgpath = list_from_array(&pkgdir, 1);
        } else if (is_file(str_cstr(py))) {
            found = py;
        }
        if (!found) continue;
        out->src = read_file(str_cstr(found), &out->len);
        if (!out->src) {
            rt_raise_oserror(errno, found);
            return -1;
        }
        out->filename = out->file = found;
        return 1;
    }
    return 0;
}

/* _imp.find_source(name): what importlib.util.find_spec and reload need to
 * know about a module without running it: None if it is not found, else
 * (kind, filename, source, is_package, search_locations) with kind
 * 'built-in' (no filename or source), 'frozen' or 'source'. */
static Value imp_find_source(Value *a, int n, Value k) {
    if (!arg_nokw("find_source", k) || !arg_count("find_source", n, 1, 1)) return NIL;
    if (!str_check(a[0]))
        return rt_raise(&exc_TypeError, "find_source() argument must be str, not %s", type_name(a[0]));
    ModuleSource ms;
    int r = import_find_source(a[0], &ms);
    if (r < 0) return NIL;
    if (r == 0) return NONE;
    if (r == 2) return tuple_pack(5, str_from_cstr("built-in"), NONE, NONE, FALSE_V, NONE);
    return tuple_pack(5, str_from_cstr(ms.loader ? ms.loader : "source"), ms.filename,
                      str_new(ms.src, ms.len), BOOL(ms.is_pkg),
                      ms.is_pkg ? (ms.pkgpath ? ms.pkgpath : list_new(0)) : NONE);
}

static bool mod_imp_init(Value m) {
    module_add_func(m, "find_source", imp_find_source);
    return true;
}

/* The package a relative import is resolved against (importlib's _calc___package__). */
static Value calc_package(Value globals) {
    if (!globals || !dict_check(globals)) return NIL;
    Value pkg = dict_get_str(globals, NM(__package__));
    if (pkg && pkg != NONE) {
        if (!str_check(pkg)) return rt_raise(&exc_TypeError, "package must be a string");
        return pkg;
    }
    Value name = dict_get_str(globals, NM(__name__));
    if (!name || !str_check(name)) return NIL;
    if (dict_get_str(globals, NM(__path__))) return name;
    const char *s = str_cstr(name);
    const char *dot = strrchr(s, '.');
    return dot ? str_new(s, (size_t)(dot - s)) : str_from_cstr("");
}

static Value resolve_name(Value name, Value globals, int level) {
    Value pkg = calc_package(globals);
    if (!pkg && rt_exc_occurred()) return NIL;
    if (!pkg || str_len(pkg) == 0)
        return rt_raise(&exc_ImportError, "attempted relative import with no known parent package");
    const char *p = str_cstr(pkg);
    size_t end = str_len(pkg);
    for (int i = 1; i < level; i++) {
        while (end > 0 && p[end - 1] != '.') end--;
        if (end == 0)
            return rt_raise(&exc_ImportError, "attempted relative import beyond top-level package");
        end--;
    }
    Value base = str_new(p, end);
    if (str_len(name) == 0) return base;
    return str_printf("%s.%s", str_cstr(base), str_cstr(name));
}

static bool handle_fromlist(Value module, Value fromlist) {
    Value path = dict_get_str(M(module)->dict, NM(__path__));
    if (!path) return true;
    Value items = rt_list_from_iter(fromlist);
    if (!items) return false;
    Value modname = dict_get_str(M(module)->dict, NM(__name__));
    for (size_t i = 0; i < LIST_LEN(items); i++) {
        Value x = LIST_ITEMS(items)[i];
        if (!str_check(x))
            return rt_raise(&exc_TypeError, "Item in %s.__all__ must be str, not %s",
                            str_cstr(modname), type_name(x)), false;
        if (strcmp(str_cstr(x), "*") == 0) {
            Value all = dict_get_str(M(module)->dict, NM(__all__));
            if (all && !handle_fromlist(module, all)) return false;
            continue;
        }
        if (dict_get_str(M(module)->dict, x)) continue;
        Value sub = str_printf("%s.%s", str_cstr(modname), str_cstr(x));
        if (!find_and_load(sub)) {
            Value exc = rt_exc_current();
            if (IS_INSTANCE(exc, &exc_ModuleNotFoundError)) {
                Value n = ((ExcObj *)exc)->extra[1];
                if (n && str_check(n) && str_eq(n, sub)) {
                    rt_exc_clear();
                    continue;
                }
            }
            return false;
        }
    }
    return true;
}

Value import_module(Value name, Value globals, Value fromlist, int level) {
    if (!str_check(name))
        return rt_raise(&exc_TypeError, "module name must be str, not %s", type_name(name));
    if (level < 0) return rt_raise(&exc_ValueError, "level must be >= 0");
    Value absname = name;
    if (level > 0) {
        absname = resolve_name(name, globals, level);
        if (!absname) return NIL;
    } else if (str_len(name) == 0) {
        return rt_raise(&exc_ValueError, "Empty module name");
    }
    Value m = find_and_load(absname);
    if (!m) return NIL;
    bool has_from = false;
    if (fromlist && fromlist != NONE) {
        intptr_t n = rt_len(fromlist);
        if (n < 0) return NIL;
        has_from = n > 0;
    }
    if (!has_from) {
        const char *s = str_cstr(name);
        const char *dot = strchr(s, '.');
        if (level == 0) {
            if (!dot) return m;
            return find_and_load(str_new(s, (size_t)(dot - s)));
        }
        if (str_len(name) == 0) return m;
        /* Relative `__import__('a.b', level=1)` returns the module for `a`. */
        size_t cut = str_len(absname) - str_len(name) + (dot ? (size_t)(dot - s) : str_len(name));
        return find_and_load(str_new(str_cstr(absname), cut));
    }
    if (TYPE(m) == &type_module && !handle_fromlist(m, fromlist)) return NIL;
    return m;
}

Value import_cstr(const char *name) { return find_and_load(str_from_cstr(name)); }

Value import_from(Value module, Value name) {
    Value v = rt_getattr_opt(module, name);
    if (v) return v;
    if (rt_exc_occurred()) {
        if (!rt_exc_matches(&exc_AttributeError)) return NIL;
        rt_exc_clear();
    }
    Value modname = rt_getattr_opt(module, NM(__name__));
    rt_exc_clear();
    if (modname && str_check(modname)) {
        Value full = str_printf("%s.%s", str_cstr(modname), str_cstr(name));
        Value sub = dict_get_str(modules(), full);
        if (sub) return sub;
    }
    const char *mn = modname && str_check(modname) ? str_cstr(modname) : "<unknown module name>";
    Value file = TYPE(module) == &type_module ? dict_get_str(M(module)->dict, NM(__file__)) : NIL;
    Interp *in = TH()->interp;
    Value msg;
    if (modname && in->importing && dict_get_str(in->importing, modname))
        msg = str_printf("cannot import name '%s' from partially initialized module '%s' "
                         "(most likely due to a circular import) (%s)",
                         str_cstr(name), mn, file && str_check(file) ? str_cstr(file) : "unknown location");
    else
        msg = str_printf("cannot import name '%s' from '%s' (%s)", str_cstr(name), mn,
                         file && str_check(file) ? str_cstr(file) : "unknown location");
    Value exc = exc_new(&exc_ImportError, tuple_pack(1, msg));
    if (!exc) return NIL;
    ((ExcObj *)exc)->extra[1] = modname ? modname : NONE;
    ((ExcObj *)exc)->extra[2] = file ? file : NONE;
    TH()->exc = exc;
    return NIL;
}
