# asp — build, test and install.
#
#   make deps     install what is missing (apt-get), or print the command to run
#   make          build ./asp (generated sources go to build/)
#   make run      deps, build, then run an example
#   make test     build and run tests/ (closing line: N passed, N failed)
#   make check    the test suite under AddressSanitizer + UBSan (build-asan/)
#   make bench    benchmarks under asp and python3, with the ratio
#   make expected regenerate tests' .out files with python3 (CPython 3.11)
#   make install / uninstall   (PREFIX, default /usr/local)

PREFIX ?= /usr/local
CC ?= cc
BUILD ?= build
PKGS := bdw-gc libuv libedit libutf8proc
OPT ?= -O2
CFLAGS_BASE := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wno-unused-parameter \
  -Wno-missing-field-initializers -g $(OPT) -I. -Isrc -Iruntime -I$(BUILD)
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CFLAGS += $(CFLAGS_BASE) $(PKG_CFLAGS) $(EXTRA_CFLAGS)
LDLIBS += $(PKG_LIBS) -lgmp -lm -lpthread

SRCS := $(wildcard src/*.c) $(wildcard runtime/*.c)
GEN_SRCS := $(BUILD)/lexer.c $(BUILD)/parser.c $(BUILD)/frozen.c
OBJS := $(SRCS:%.c=$(BUILD)/%.o) $(GEN_SRCS:.c=.o)
FROZEN := $(sort $(wildcard runtime/lib/*.py) $(wildcard runtime/lib/*/*.py) $(wildcard runtime/lib/*/*/*.py))

.PHONY: all deps run test check bench expected install uninstall clean

all: asp

asp: $(OBJS)
	$(CC) $(CFLAGS) -o $@ $(OBJS) $(LDFLAGS) $(LDLIBS)

$(BUILD)/%.o: %.c | $(BUILD)/parser.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/%.o: $(BUILD)/%.c | $(BUILD)/parser.h
	$(CC) $(CFLAGS) -Wno-unused-function -Wno-sign-compare -MMD -MP -c $< -o $@

$(BUILD)/lexer.c: grammar/lexer.re | $(BUILD)/parser.h
	@mkdir -p $(BUILD)
	re2c -W --no-generation-date -o $@ $<

$(BUILD)/parser.c $(BUILD)/parser.h: grammar/parser.y
	@mkdir -p $(BUILD)
	bison -Wall --defines=$(BUILD)/parser.h -o $(BUILD)/parser.c $<

$(BUILD)/frozen.c: $(FROZEN) runtime/lib/freeze.sh
	@mkdir -p $(BUILD)
	sh runtime/lib/freeze.sh $(FROZEN) > $@.tmp && mv $@.tmp $@

-include $(OBJS:.o=.d)

# Debian/Ubuntu packages asp builds with; `make deps` installs the missing ones.
DEB_PKGS := gcc make pkg-config re2c bison libgc-dev libuv1-dev libgmp-dev libedit-dev libutf8proc-dev
deps:
	@missing=""; for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then echo "deps: everything is installed"; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "deps: installing$$missing"; \
	  (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	elif command -v sudo >/dev/null 2>&1; then \
	  echo "deps: installing$$missing (sudo)"; \
	  sudo apt-get update -qq; sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else echo "deps: missing$$missing; run: sudo apt-get install$$missing"; exit 1; fi

run: deps
	@$(MAKE) --no-print-directory all
	./asp examples/hello_async.py

test: asp
	@sh tests/run ./asp

# Boehm GC under ASan: the collector's own conservative scanning reads memory
# ASan considers out of bounds, so the sanitized build links the same libgc but
# turns off stack-use-after-return (fake stacks hide roots from the collector)
# and leak detection (the GC frees lazily; LSan reports are noise).
check:
	@$(MAKE) --no-print-directory BUILD=build-asan OPT=-O1 \
	  EXTRA_CFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	  asp-asan
	ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=0:allow_user_segv_handler=1 \
	UBSAN_OPTIONS=print_stacktrace=1 sh tests/run ./asp-asan

asp-asan: $(OBJS)
	$(CC) $(CFLAGS) -o $@ $(OBJS) $(LDFLAGS) $(LDLIBS)

bench: asp
	@sh tests/bench/run ./asp

expected:
	@sh tests/run --expected

install: asp
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 asp $(DESTDIR)$(PREFIX)/bin/asp

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/asp

clean:
	rm -rf build build-asan asp asp-asan
