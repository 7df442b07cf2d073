# The two commands of the README: `make run` and `make test`. Everything else is CMake.
JOBS ?= $(shell nproc)
# ccache shares compiled objects between checkouts in different folders.
export CCACHE_BASEDIR ?= $(CURDIR)
export CCACHE_NOHASHDIR ?= true

.PHONY: run test test-sanitized build deps configure bench clean translations package

deps:
	@scripts/deps.sh

configure: deps
	@test -f build/CMakeCache.txt || cmake --preset default

build: configure
	cmake --build build -j $(JOBS)

run: build
	./build/src/gui/trellis

test: build
	ctest --test-dir build --output-on-failure -j $(JOBS) -LE slow

# The whole suite again under AddressSanitizer, LeakSanitizer and UBSan (the `debug` preset, in
# build-debug/), stopping at the first report. See docs/testing.md.
SANITIZER_ENV = ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 \
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0
test-sanitized: deps
	@test -f build-debug/CMakeCache.txt || cmake --preset debug
	cmake --build build-debug -j $(JOBS)
	$(SANITIZER_ENV) ctest --test-dir build-debug --output-on-failure -j $(JOBS) -LE slow

# A Debian package of the programs, icons, desktop entry, metainfo and MIME type (docs/packaging.md).
package: build
	cmake --build build --target package

translations: configure
	cmake --build build --target update_translations

bench: configure
	cmake -S . -B build -DTRELLIS_BUILD_BENCH=ON
	cmake --build build -j $(JOBS)
	tests/bench/run.sh

clean:
	rm -rf build build-debug
