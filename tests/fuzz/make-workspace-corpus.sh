#!/usr/bin/env bash
# Regenerates tests/fuzz/corpus/workspace: a small real workspace (the demo alliance), and copies of
# it with pages overwritten, zeroed or cut off, as a damaged disk or a hostile sender would leave them.
# Usage: tests/fuzz/make-workspace-corpus.sh BUILD_DIR   (BUILD_DIR holds src/cli/trellis-cli)
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR}
out="$(dirname "$0")/corpus/workspace"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
rm -rf "$(dirname "$0")/corpus/workspace"
XDG_DATA_HOME="$scratch/data" "$build/src/cli/trellis-cli" demo "$scratch/demo.trellis" --entries 12 >/dev/null
# Small pages keep each seed small (libFuzzer reads the whole file every run); still a real workspace.
sqlite3 "$scratch/demo.trellis" 'PRAGMA journal_mode = DELETE; PRAGMA page_size = 512; VACUUM;' >/dev/null
mkdir -p "$out"
python3 - "$scratch/demo.trellis" "$out" <<'PY'
import random, sys
src, out = sys.argv[1], sys.argv[2]
data = bytearray(open(src, 'rb').read())
page = int.from_bytes(data[16:18], 'big') or 65536
pages = len(data) // page
rng = random.Random(20261202)
def save(name, b):
    open(f"{out}/{name}", 'wb').write(bytes(b))
save('intact', data)
for victim in (1, pages // 2):
    b = bytearray(data)
    b[victim * page:(victim + 1) * page] = bytes(rng.getrandbits(8) for _ in range(page))
    save(f'page-{victim}-random', b)
b = bytearray(data); b[2 * page:3 * page] = bytes(page); save('page-2-zeroed', b)
save('cut-in-half', data[:len(data) // 2])
b = bytearray(data); b[28:32] = (pages * 4).to_bytes(4, 'big'); save('header-page-count-lies', b)
PY
ls -l "$out"
