#!/usr/bin/env bash
# Builds web-assets/wasm/kernels-{scalar,simd,simd-threads}.wasm from wasm/src.
#   wasm/build.sh          build into web-assets/wasm/
#   wasm/build.sh --check  build into a temp dir and fail if any committed file differs
# Needs clang and wasm-ld (Debian: apt-get install clang lld; built and checked with clang 14).
# Output is deterministic: no debug info, source paths mapped to '.', sorted inputs.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
src="$here/src"
dest="$root/web-assets/wasm"
mode=build
case "${1:-}" in
  --check) mode=check ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

CC="${CC:-clang}"
command -v "$CC" >/dev/null || { echo "build.sh: $CC not found (apt-get install clang lld)" >&2; exit 1; }
command -v wasm-ld >/dev/null || command -v wasm-ld-14 >/dev/null || { echo "build.sh: wasm-ld not found (apt-get install lld)" >&2; exit 1; }

# Initial memory (2 MiB = 32 pages) holds the 256 KiB stack (placed first, so an
# overflow traps instead of corrupting data) and static tables. wasm.js relies on
# INITIAL_PAGES = 32 and MAX_PAGES = 32768 (2 GiB, the shared build's declared maximum).
common=(--target=wasm32 -O3 -nostdlib -std=c11 -Wall -Wextra -Werror
  -fvisibility=hidden -mmutable-globals -ffile-prefix-map="$src"=.
  -Wl,--no-entry -Wl,--import-memory -Wl,--export-dynamic -Wl,--stack-first
  -Wl,-z,stack-size=262144 -Wl,--initial-memory=2097152
  -Wl,--export=__heap_base -Wl,--export=__stack_pointer)
sources=()
while IFS= read -r f; do sources+=("$f"); done < <(cd "$src" && ls *.c | LC_ALL=C sort)

build_all() {  # $1 = output dir
  local out="$1"
  (cd "$src" &&
   "$CC" "${common[@]}" -mno-simd128 -o "$out/kernels-scalar.wasm" "${sources[@]}" &&
   "$CC" "${common[@]}" -msimd128 -o "$out/kernels-simd.wasm" "${sources[@]}" &&
   "$CC" "${common[@]}" -msimd128 -matomics -mbulk-memory \
     -Wl,--shared-memory -Wl,--max-memory=2147483648 -o "$out/kernels-simd-threads.wasm" "${sources[@]}")
}

files=(kernels-scalar.wasm kernels-simd.wasm kernels-simd-threads.wasm)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/a" "$tmp/b"
build_all "$tmp/a"
build_all "$tmp/b"
for f in "${files[@]}"; do
  cmp -s "$tmp/a/$f" "$tmp/b/$f" || { echo "build.sh: $f is not reproducible (two builds differ)" >&2; exit 1; }
done

if [ "$mode" = check ]; then
  status=0
  for f in "${files[@]}"; do
    if [ ! -f "$dest/$f" ]; then
      echo "build.sh --check: web-assets/wasm/$f is missing; run wasm/build.sh and commit it" >&2; status=1
    elif ! cmp -s "$tmp/a/$f" "$dest/$f"; then
      echo "build.sh --check: web-assets/wasm/$f differs from a fresh build of wasm/src; run wasm/build.sh and commit it" >&2; status=1
    fi
  done
  [ $status -eq 0 ] && echo "build.sh --check: all ${#files[@]} files match the sources"
  exit $status
fi

mkdir -p "$dest"
for f in "${files[@]}"; do
  cp "$tmp/a/$f" "$dest/$f"
  echo "built web-assets/wasm/$f ($(wc -c < "$dest/$f") bytes, sha256 $(sha256sum "$dest/$f" | cut -c1-16))"
done
