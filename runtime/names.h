/* names.h — interned identifier strings, built once by names_init() and never
 * mutated: NM(__add__), NM(__name__), ...  Compare them by identity with
 * other interned strings (attribute names, identifiers in code). */
#ifndef ASP_NAMES_H
#define ASP_NAMES_H

#include "value.h"

enum NameId {
#define SLOT(dunder, field, sig) N_##dunder,
#include "slots.def"
#undef SLOT
#define NAME(id, text) N_##id,
#include "names.def"
#undef NAME
    N__COUNT
};

extern Value rt_names[N__COUNT];
#define NM(id) (rt_names[N_##id])

void names_init(void);

#endif
