#!/usr/bin/env python3
"""Dynamic int8 quantization of the exported tagger, with the `onnx` package only.

onnxruntime (whose quantize_dynamic would do this) is not installed for the
Debian Python, so the rewrite is done here. Every MatMul whose second input is
a constant weight W [K, N] becomes the pattern onnxruntime's own dynamic
quantizer writes, which its CPU graph optimizer fuses into one
DynamicQuantizeMatMul kernel:

    Xq, xs, xz = DynamicQuantizeLinear(X)           # activations: uint8, per tensor, at run time
    Y = Cast(MatMulInteger(Xq, Wq, xz), float) * (xs * ws)

Weights are int8, symmetric, one scale per output column (ws [N]), in the
reduced range [-63, 63]: on x86 CPUs without VNNI, onnxruntime multiplies
uint8 x int8 with VPMADDUBSW, whose 16-bit pair sums saturate at full range
(the same reason as quantize_dynamic's reduce_range). Embeddings, LayerNorm,
softmax and the attention products stay float32.

    /usr/bin/python3 quantize.py IN.onnx OUT.onnx
"""
import argparse
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

QMAX = 63  # reduced range, see the docstring


def quantize(model):
    g = model.graph
    inits = {i.name: i for i in g.initializer}
    consumers = {}
    for n in g.node:
        for i in n.input:
            consumers[i] = consumers.get(i, 0) + 1
    new_nodes, new_inits, dropped, count = [], [], set(), 0
    for n in g.node:
        w = inits.get(n.input[1]) if n.op_type == "MatMul" else None
        if w is None or len(w.dims) != 2:
            new_nodes.append(n)
            continue
        W = numpy_helper.to_array(w).astype(np.float32)
        scale = np.maximum(np.abs(W).max(axis=0), 1e-8) / QMAX          # [N]
        Wq = np.clip(np.rint(W / scale), -QMAX, QMAX).astype(np.int8)
        p = f"{n.name or n.output[0]}_q"
        new_inits += [numpy_helper.from_array(Wq, p + "_W"), numpy_helper.from_array(scale.astype(np.float32), p + "_ws")]
        new_nodes += [
            helper.make_node("DynamicQuantizeLinear", [n.input[0]], [p + "_x", p + "_xs", p + "_xz"], name=p + "_dq"),
            helper.make_node("MatMulInteger", [p + "_x", p + "_W", p + "_xz"], [p + "_i"], name=p + "_mm"),
            helper.make_node("Cast", [p + "_i"], [p + "_f"], to=TensorProto.FLOAT, name=p + "_cast"),
            helper.make_node("Mul", [p + "_xs", p + "_ws"], [p + "_s"], name=p + "_scale"),
            helper.make_node("Mul", [p + "_f", p + "_s"], [n.output[0]], name=p + "_out"),
        ]
        if consumers.get(w.name, 0) == 1:
            dropped.add(w.name)
        count += 1
    del g.node[:]
    g.node.extend(new_nodes)
    kept = [i for i in g.initializer if i.name not in dropped]
    del g.initializer[:]
    g.initializer.extend(kept + new_inits)
    onnx.checker.check_model(model)
    return count


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inp")
    ap.add_argument("out")
    args = ap.parse_args()
    m = onnx.load(args.inp)
    n = quantize(m)
    onnx.save(m, args.out)
    print(f"quantize: {n} MatMuls to int8, {os.path.getsize(args.inp) / 2**20:.2f} MiB -> "
          f"{os.path.getsize(args.out) / 2**20:.2f} MiB ({args.out})")


if __name__ == "__main__":
    main()
