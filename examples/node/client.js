#!/usr/bin/env node
// A philoxd client in Node.js, written from proto/philoxd/v1/random.proto and docs/protocol.md
// alone (@grpc/grpc-js + @grpc/proto-loader; nothing from the Python package).
//
//   cd examples/node && npm ci --omit=dev && node client.js [HOST:PORT]   (default 127.0.0.1:50051)
//
// It opens a private session, sets TF's global seed, makes a small draw (DrawOne) and retries it
// with the same request_id, then streams a 32 MiB draw from a Generator (Draw) and reassembles it.
// Each result is printed as one JSON line; tests/integration/test_node_client.py compares them
// with TensorFlow's bits. Set PHILOXD_TOKEN for a server started with --auth-file, and
// PHILOXD_CA_FILE (a PEM file) for one started with TLS.
"use strict";

const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const grpc = require("@grpc/grpc-js");
const protoLoader = require("@grpc/proto-loader");

const PROTO_ROOT = path.resolve(__dirname, "..", "..", "proto");
const definition = protoLoader.loadSync("philoxd/v1/random.proto", {
  includeDirs: [PROTO_ROOT],
  keepCase: true, // field names as in the .proto (request_id, not requestId)
  longs: String, // int64 / uint64 / sint64 as decimal strings: exact beyond 2**53
  enums: String, // enum values by name ("FLOAT32")
  defaults: true, // unset fields as their proto3 defaults
  oneofs: true, // which member of a oneof is set: message.<oneof name>
});
const philoxd = grpc.loadPackageDefinition(definition).philoxd.v1;

// Bytes per element of each DType (proto comments; little-endian, C order).
const ITEMSIZE = {
  FLOAT16: 2, FLOAT32: 4, FLOAT64: 8, INT32: 4, INT64: 8, UINT32: 4, UINT64: 8, BFLOAT16: 2,
  BOOL: 1, INT8: 1, UINT8: 1, INT16: 2, UINT16: 2, COMPLEX64: 8, COMPLEX128: 16,
};

function float16(bits) {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 31) return fraction ? NaN : sign * Infinity;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

// The elements of `count` items of `dtype` from `buf` (from element `start`), as JS numbers
// (BigInt for 64-bit integers; [re, im] pairs for complex values).
function decode(dtype, buf, start = 0, count = Infinity) {
  const size = ITEMSIZE[dtype];
  if (!size) throw new Error(`unknown dtype ${dtype}`);
  const n = Math.min(count, buf.length / size - start);
  const out = [];
  for (let i = start; i < start + n; i++) {
    const o = i * size;
    switch (dtype) {
      case "FLOAT16": out.push(float16(buf.readUInt16LE(o))); break;
      case "BFLOAT16": { // the top 16 bits of a float32
        const f = Buffer.alloc(4);
        f.writeUInt32LE(buf.readUInt16LE(o) << 16 >>> 0);
        out.push(f.readFloatLE(0));
        break;
      }
      case "FLOAT32": out.push(buf.readFloatLE(o)); break;
      case "FLOAT64": out.push(buf.readDoubleLE(o)); break;
      case "INT32": out.push(buf.readInt32LE(o)); break;
      case "INT64": out.push(buf.readBigInt64LE(o)); break;
      case "UINT32": out.push(buf.readUInt32LE(o)); break;
      case "UINT64": out.push(buf.readBigUInt64LE(o)); break;
      case "BOOL": out.push(buf[o] !== 0); break;
      case "INT8": out.push(buf.readInt8(o)); break;
      case "UINT8": out.push(buf[o]); break;
      case "INT16": out.push(buf.readInt16LE(o)); break;
      case "UINT16": out.push(buf.readUInt16LE(o)); break;
      case "COMPLEX64": out.push([buf.readFloatLE(o), buf.readFloatLE(o + 4)]); break;
      case "COMPLEX128": out.push([buf.readDoubleLE(o), buf.readDoubleLE(o + 8)]); break;
    }
  }
  return out;
}

const requestId = () => crypto.randomBytes(16).toString("hex"); // fresh per logical call

function unary(client, method, request, metadata, seconds = 30) {
  return new Promise((resolve, reject) => {
    const deadline = new Date(Date.now() + seconds * 1000);
    client[method](request, metadata, { deadline }, (err, reply) => (err ? reject(err) : resolve(reply)));
  });
}

// A Draw (or Replay) stream, reassembled: the head carries dtype, shape and the provenance but
// never data; every later message carries the next bytes in `data`.
function drawStream(client, request, metadata, seconds = 120) {
  return new Promise((resolve, reject) => {
    const call = client.Draw(request, metadata, { deadline: new Date(Date.now() + seconds * 1000) });
    let head = null;
    let out = null;
    let pos = 0;
    let chunks = 0;
    const append = (bytes) => {
      if (pos + bytes.length > out.length) throw new Error("the stream carries more bytes than its shape holds");
      bytes.copy(out, pos);
      pos += bytes.length;
    };
    call.on("data", (chunk) => {
      try {
        chunks += 1;
        if (head === null) {
          head = chunk;
          const elements = head.tensor.shape.reduce((a, d) => a * Number(d), 1);
          out = Buffer.alloc(elements * ITEMSIZE[head.tensor.dtype]);
          append(head.tensor.data); // always empty from philoxd: accepted all the same
        } else {
          append(chunk.data);
        }
      } catch (err) {
        call.cancel();
        reject(err);
      }
    });
    call.on("error", reject);
    call.on("end", () => {
      if (head === null) return reject(new Error("the stream ended without a head"));
      if (pos !== out.length) return reject(new Error(`the stream ended after ${pos} of ${out.length} bytes`));
      resolve({ dtype: head.tensor.dtype, shape: head.tensor.shape.map(Number), data: out, provenance: head.provenance, chunks });
    });
  });
}

function report(name, dtype, shape, data, extra = {}) {
  const line = { name, dtype, shape, bytes: data.length, ...extra };
  if (data.length <= 64) {
    line.hex = data.toString("hex");
    line.values = decode(dtype, data).map(String);
  } else {
    const size = ITEMSIZE[dtype];
    line.head_hex = data.subarray(0, 4 * size).toString("hex");
    line.tail_hex = data.subarray(data.length - 4 * size).toString("hex");
    line.tail_values = decode(dtype, data, data.length / size - 4).map(String);
    line.sha256 = crypto.createHash("sha256").update(data).digest("hex");
  }
  console.log(JSON.stringify(line));
}

async function main() {
  const target = process.argv[2] || "127.0.0.1:50051";
  const credentials = process.env.PHILOXD_CA_FILE
    ? grpc.credentials.createSsl(fs.readFileSync(process.env.PHILOXD_CA_FILE))
    : grpc.credentials.createInsecure();
  const client = new philoxd.Random(target, credentials);
  const metadata = new grpc.Metadata();
  if (process.env.PHILOXD_TOKEN) metadata.set("authorization", `Bearer ${process.env.PHILOXD_TOKEN}`);

  try {
    // 1. A session first: every stateful call names one (NOT_FOUND otherwise).
    const opened = await unary(client, "OpenSession", {}, metadata);
    const session = opened.session;
    console.log(JSON.stringify({ name: "session", session, created: opened.created, store_id: opened.store_id }));

    // 2. tf.random.set_seed(5): the seed is a decimal string of any size, sent untruncated.
    await unary(client, "SetSeed", { session, seed: "5", request_id: requestId() }, metadata);

    // 3. tf.random.uniform([3], seed=1): a stateful kernel, small enough for DrawOne.
    const small = {
      session,
      request_id: requestId(),
      distribution: "UNIFORM",
      dtype: "FLOAT32",
      shape: ["3"],
      kernel: { seed: "1" }, // minval/maxval unset: TF's defaults [0, 1)
    };
    const first = await unary(client, "DrawOne", small, metadata);
    report("uniform_seeded", first.tensor.dtype, first.tensor.shape.map(Number), first.tensor.data, {
      counter_lo: first.provenance.counter_lo,
      key: first.provenance.key,
    });

    // 4. The same request again (same request_id), as after a lost answer: the server answers
    //    the same numbers and the kernel does not advance twice.
    const retried = await unary(client, "DrawOne", small, metadata);
    report("uniform_seeded_retry", retried.tensor.dtype, retried.tensor.shape.map(Number), retried.tensor.data);

    // 5. A streamed draw: Generator.from_state([1 - M, 1, 3], alg="philox") starts M Philox
    //    blocks before the state [1, 2, 3] (the 128-bit counter borrows from its high word), so
    //    the last 4 of 4*M + 4 uniform floats are what TF's from_state([1, 2, 3]).uniform([4])
    //    gives. 4*M + 4 float32 = 32 MiB + 16 bytes: 11 data chunks.
    const M = 2 ** 21;
    const created = await unary(client, "CreateGenerator", {
      session,
      request_id: requestId(),
      state: { counter_lo: String(1 - M), counter_hi: "1", key: "3", alg: "PHILOX" },
    }, metadata);
    const big = await drawStream(client, {
      session,
      request_id: requestId(),
      distribution: "UNIFORM",
      dtype: "FLOAT32",
      shape: [String(4 * M + 4)],
      generator: { generator: created.generator },
    }, metadata);
    report("generator_uniform_streamed", big.dtype, big.shape, big.data, {
      chunks: big.chunks,
      counter_lo: big.provenance.counter_lo,
      counter_hi: big.provenance.counter_hi,
    });
  } catch (err) {
    // A gRPC status: code, message, and for TF's ValueError/TypeError checks the trailing
    // metadata key philoxd-python-class.
    const pythonClass = err.metadata ? err.metadata.get("philoxd-python-class")[0] : undefined;
    console.error(`philoxd: ${grpc.status[err.code] || "ERROR"}: ${err.details || err.message}${pythonClass ? ` (${pythonClass})` : ""}`);
    process.exitCode = 1;
  } finally {
    client.close();
  }
}

main();
