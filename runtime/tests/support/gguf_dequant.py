#!/usr/bin/env python3
"""Reference dequantization of a GGUF file with the `gguf` Python package.

Realm's own dequantization (`realm_ir::dequant`) is checked against this in
`runtime/tests/dequant_vs_gguf.rs`: the package is maintained with llama.cpp,
so it is an independent reading of the same block layouts.

Usage: gguf_dequant.py FILE OUTDIR [--max-bytes B --head-rows R]

For every tensor in FILE, writes its values as little-endian f32 (row-major,
`dims[0]` fastest, as in the file) to OUTDIR/NNNN.f32, and writes
OUTDIR/index.json:

    {"file": FILE, "tensors": [{"name", "type", "dims", "n_values", "path"}]}

`dims` is in ggml order and `type` is ggml's name (e.g. "Q4_K"). With
--max-bytes, a tensor of B bytes or more is cut to its first R rows (R * dims[0]
values): `n_values` says how many values were written.
"""

import argparse
import json
import os
import sys

import numpy as np
from gguf import GGUFReader
from gguf.constants import GGML_QUANT_SIZES
from gguf.quants import dequantize


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("outdir")
    parser.add_argument("--max-bytes", type=int, default=None,
                        help="cut tensors of at least this many bytes to their first rows")
    parser.add_argument("--head-rows", type=int, default=64,
                        help="rows kept of a tensor cut by --max-bytes")
    args = parser.parse_args()

    os.makedirs(args.outdir, exist_ok=True)
    reader = GGUFReader(args.file)
    index = []
    for i, tensor in enumerate(reader.tensors):
        dims = [int(d) for d in tensor.shape]
        block_size, type_size = GGML_QUANT_SIZES[tensor.tensor_type]
        row_len = dims[0]
        n_rows = tensor.n_elements // row_len
        row_bytes = row_len // block_size * type_size
        if args.max_bytes is not None and tensor.n_bytes >= args.max_bytes:
            n_rows = min(n_rows, args.head_rows)

        # The reader hands back typed arrays for float types and byte arrays for
        # quantized ones; the raw bytes of the first n_rows rows work for both.
        raw = np.ascontiguousarray(tensor.data).reshape(-1).view(np.uint8)
        rows = raw[: n_rows * row_bytes].reshape(n_rows, row_bytes)
        values = dequantize(rows, tensor.tensor_type).astype("<f4", copy=False)
        assert values.size == n_rows * row_len, (tensor.name, values.shape)

        path = os.path.join(args.outdir, f"{i:04}.f32")
        with open(path, "wb") as out:
            out.write(np.ascontiguousarray(values).tobytes())
        index.append({
            "name": tensor.name,
            "type": tensor.tensor_type.name,
            "dims": dims,
            "n_values": int(values.size),
            "path": path,
        })

    with open(os.path.join(args.outdir, "index.json"), "w") as out:
        json.dump({"file": args.file, "tensors": index}, out, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
