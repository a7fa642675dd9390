"""The wire contract (proto/philoxd/v1/random.proto) for clients in any language.

* ``buf lint`` (STANDARD + COMMENTS, buf.yaml) is clean, and ``buf breaking`` finds nothing
  against v1 as of git commit 9979dca (no release tag exists; that commit is the baseline).
  The buf CLI comes from npm (examples/node's devDependencies, ``npm ci``); without it the buf
  tests skip with the reason, and with ``CI=true`` (or ``PHILOXD_REQUIRE_NODE=1``) they fail.
* The lint exceptions stay where buf.yaml says: ``buf:lint:ignore`` only on v1's service and RPCs.
* The language options are pinned (buf.yaml excepts their "changed" rules for the 9979dca baseline).
* A real server serves reflection as ``grpc.reflection.v1`` and ``v1alpha``, and its error
  messages name the op (``tf.random.stateless_uniform``, ``Generator.uniform``) or the RPC.
"""

from __future__ import annotations

import os
import pathlib
import re
import shutil
import subprocess

import grpc
import numpy as np
import pytest
from google.protobuf import descriptor_pb2
from grpc_reflection.v1alpha import reflection_pb2

from philoxd import _codec
from philoxd.v1 import random_pb2 as pb
from philoxd.v1 import random_pb2_grpc as pb_grpc

ROOT = pathlib.Path(__file__).resolve().parents[2]
PROTO = ROOT / "proto" / "philoxd" / "v1" / "random.proto"
BUF = ROOT / "examples" / "node" / "node_modules" / ".bin" / "buf"
BASELINE = "9979dca"  # v1 as the first foreign clients used it (there is no release tag)
_CLONE_DEPTH = 100000  # commits buf fetches to find BASELINE (its default, 50, is long passed)

# v1 as of 9979dca: the only elements that may carry `buf:lint:ignore` (new ones follow STANDARD).
V1_SERVICE = "Random"
V1_RPCS = {
    "OpenSession", "SetSeed", "RegisterScope", "Draw", "DrawOne", "DrawStream", "CreateGenerator",
    "GetGenerator", "ResetGenerator", "SkipGenerator", "Replay", "Sample",
}  # fmt: skip
IGNORABLE = {"SERVICE_SUFFIX", "RPC_REQUEST_STANDARD_NAME", "RPC_RESPONSE_STANDARD_NAME", "RPC_REQUEST_RESPONSE_UNIQUE"}
LANGUAGE_OPTIONS = {
    "csharp_namespace": "Philoxd.V1",
    "go_package": "philoxd/gen/go/philoxd/v1;philoxdv1",
    "java_outer_classname": "RandomOuterClass",
    "java_package": "philoxd.v1",
    "php_namespace": "Philoxd\\V1",
    "ruby_package": "Philoxd::V1",
}


def _required() -> bool:
    return os.environ.get("CI") == "true" or bool(os.environ.get("PHILOXD_REQUIRE_NODE"))


def _buf(*args: str, cwd: pathlib.Path = ROOT) -> subprocess.CompletedProcess[str]:
    if not BUF.exists():
        reason = "the buf CLI is not installed (run `npm ci` in examples/node)"
        if _required():
            pytest.fail(f"{reason} (CI=true: buf lint and buf breaking must run; .ci/run installs it)")
        pytest.skip(reason)
    return subprocess.run([str(BUF), *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_buf_lint_is_clean() -> None:
    done = _buf("lint")
    assert done.returncode == 0, f"buf lint:\n{done.stdout}{done.stderr}"


def test_buf_breaking_against_v1_finds_nothing() -> None:
    if not (ROOT / ".git").exists() or subprocess.run(["git", "cat-file", "-e", f"{BASELINE}^{{commit}}"], cwd=ROOT).returncode:
        reason = f"not a git checkout holding commit {BASELINE}, the buf breaking baseline"
        if _required():
            pytest.fail(reason)
        pytest.skip(reason)
    # depth: buf clones 50 commits from HEAD by default; the baseline lies further back
    done = _buf("breaking", "--against", f".git#ref={BASELINE},subdir=proto,depth={_CLONE_DEPTH}")
    assert done.returncode == 0, f"buf breaking against {BASELINE}:\n{done.stdout}{done.stderr}"


@pytest.mark.parametrize(
    ("old", "new", "rule"),
    [
        ("  string request_id = 2;\n  // What to draw", "  string draw_id = 2;\n  // What to draw", "FIELD_SAME_NAME"),
        ("  FLOAT32 = 2;", "  FLOAT_32 = 2;", "ENUM_VALUE_SAME_NAME"),
        ("GeneratorInfo", "GeneratorDescription", "MESSAGE_NO_DELETE"),  # every use
        ("  rpc GetGenerator(", "  rpc ReadGenerator(", "RPC_NO_DELETE"),
    ],
)
def test_buf_breaking_catches_renames(tmp_path: pathlib.Path, old: str, new: str, rule: str) -> None:
    before, after = tmp_path / "before", tmp_path / "after"
    for tree in (before, after):
        (tree / PROTO.relative_to(ROOT)).parent.mkdir(parents=True)
        shutil.copy(ROOT / "buf.yaml", tree / "buf.yaml")
    text = PROTO.read_text()
    assert old in text, old
    (before / PROTO.relative_to(ROOT)).write_text(text)
    (after / PROTO.relative_to(ROOT)).write_text(text.replace(old, new))
    done = _buf("breaking", str(after), "--against", str(before), "--error-format", "json")
    assert done.returncode != 0 and f'"type":"{rule}"' in done.stdout, done.stdout + done.stderr


def test_lint_ignores_only_on_v1_service_and_rpcs() -> None:
    pending: list[str] = []
    for number, line in enumerate(PROTO.read_text().splitlines(), 1):
        stripped = line.strip()
        found = re.fullmatch(r"// buf:lint:ignore (\w+)", stripped)
        if found:
            assert found.group(1) in IGNORABLE, f"line {number}: {stripped} (except it in buf.yaml with a reason, or fix it)"
            pending.append(found.group(1))
            continue
        if stripped.startswith("//") or not pending:
            continue
        element = re.match(r"(service|rpc) (\w+)", stripped)
        assert element, f"line {number}: buf:lint:ignore {pending} on {stripped!r}: only v1's service and RPCs may carry one"
        kind, name = element.groups()
        allowed = name == V1_SERVICE if kind == "service" else name in V1_RPCS
        assert allowed, f"line {number}: {kind} {name} is new since v1: follow the STANDARD names, no buf:lint:ignore"
        pending = []
    assert not pending


def test_language_options_are_pinned() -> None:
    options = pb.DESCRIPTOR.GetOptions()
    assert {field.name: value for field, value in options.ListFields()} == LANGUAGE_OPTIONS


def _reflect(target: str, service: str, *requests: reflection_pb2.ServerReflectionRequest) -> list[reflection_pb2.ServerReflectionResponse]:
    with grpc.insecure_channel(target) as channel:
        call = channel.stream_stream(
            f"/{service}/ServerReflectionInfo",
            request_serializer=reflection_pb2.ServerReflectionRequest.SerializeToString,
            response_deserializer=reflection_pb2.ServerReflectionResponse.FromString,
        )
        return list(call(iter(requests), timeout=10))


@pytest.mark.parametrize("service", ["grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"])
def test_reflection_v1_and_v1alpha(server_target: str, service: str) -> None:
    listed, random_file, v1_file = _reflect(
        server_target,
        service,
        reflection_pb2.ServerReflectionRequest(list_services=""),
        reflection_pb2.ServerReflectionRequest(file_containing_symbol="philoxd.v1.Random"),
        reflection_pb2.ServerReflectionRequest(file_containing_symbol="grpc.reflection.v1.ServerReflection"),
    )
    names = {s.name for s in listed.list_services_response.service}
    assert names == {
        "philoxd.v1.Random",
        "grpc.health.v1.Health",
        "grpc.reflection.v1.ServerReflection",
        "grpc.reflection.v1alpha.ServerReflection",
    }
    files = {}
    for response in (random_file, v1_file):
        for blob in response.file_descriptor_response.file_descriptor_proto:
            proto = descriptor_pb2.FileDescriptorProto.FromString(blob)
            files[proto.name] = proto
    random_proto = files["philoxd/v1/random.proto"]
    assert [m.name for m in random_proto.service[0].method][:3] == ["OpenSession", "SetSeed", "RegisterScope"]
    v1 = files["grpc/reflection/v1/reflection.proto"]
    assert v1.package == "grpc.reflection.v1"
    method = v1.service[0].method[0]
    assert (method.input_type, method.output_type) == (
        ".grpc.reflection.v1.ServerReflectionRequest",
        ".grpc.reflection.v1.ServerReflectionResponse",
    )


def _draw_error(target: str, request: pb.DrawRequest, method: str = "DrawOne") -> tuple[grpc.StatusCode, str]:
    with grpc.insecure_channel(target) as channel:
        stub = pb_grpc.RandomStub(channel)
        try:
            if method == "Draw":
                list(stub.Draw(request, timeout=10))
            else:
                getattr(stub, method)(request, timeout=10)
        except grpc.RpcError as exc:
            return exc.code(), exc.details()  # type: ignore[attr-defined, no-any-return]
    raise AssertionError("the call succeeded")


def _session(target: str) -> str:
    with grpc.insecure_channel(target) as channel:
        return pb_grpc.RandomStub(channel).OpenSession(pb.OpenSessionRequest(), timeout=10).session  # type: ignore[no-any-return]


def test_errors_name_the_stateless_op(server_target: str) -> None:
    seed = _codec.encode_tensor(np.array([1, 2], np.int64))
    request = pb.DrawRequest(distribution=pb.NORMAL, dtype=pb.INT32, shape=[2], stateless=pb.StatelessSource(seed=seed))
    code, message = _draw_error(server_target, request)
    assert code == grpc.StatusCode.INVALID_ARGUMENT
    assert message.startswith("tf.random.stateless_normal: argument `dtype`"), message


def test_errors_name_the_generator_method(server_target: str) -> None:
    session = _session(server_target)
    with grpc.insecure_channel(server_target) as channel:
        stub = pb_grpc.RandomStub(channel)
        generator = stub.CreateGenerator(
            pb.CreateGeneratorRequest(session=session, state=pb.GeneratorState(counter_lo=1, counter_hi=2, key=3)), timeout=10
        ).generator
    request = pb.DrawRequest(
        session=session, distribution=pb.NORMAL, dtype=pb.INT32, shape=[2], generator=pb.GeneratorSource(generator=generator)
    )
    code, message = _draw_error(server_target, request, "Draw")
    assert code == grpc.StatusCode.INVALID_ARGUMENT
    assert message.startswith("Generator.normal: argument `dtype`"), message


def test_errors_name_the_stateful_op(server_target: str) -> None:
    session = _session(server_target)
    request = pb.DrawRequest(session=session, distribution=pb.NORMAL, dtype=pb.INT64, shape=[2], kernel=pb.KernelSource(seed=1))
    code, message = _draw_error(server_target, request, "Sample")
    assert code == grpc.StatusCode.INVALID_ARGUMENT
    assert message.startswith("tf.random.normal: argument `dtype`"), message


@pytest.mark.parametrize(
    ("method", "request_fields", "code", "start"),
    [
        ("DrawOne", {"distribution": pb.UNIFORM, "shape": [2]}, "INVALID_ARGUMENT", "DrawOne: field `dtype` is required"),
        ("DrawOne", {"dtype": pb.FLOAT32, "shape": [2]}, "INVALID_ARGUMENT", "DrawOne: field `distribution` is required"),
        ("Draw", {"distribution": pb.UNIFORM, "dtype": pb.FLOAT32}, "INVALID_ARGUMENT", "Draw: one of `kernel`, `stateless` or `generator`"),
        ("Sample", {"distribution": pb.UNIFORM, "dtype": pb.FLOAT32, "kernel": pb.KernelSource()}, "INVALID_ARGUMENT", "Sample: field `session` is required"),
        ("DrawOne", {"session": "never-opened", "distribution": pb.UNIFORM, "dtype": pb.FLOAT32, "kernel": pb.KernelSource()}, "NOT_FOUND", "DrawOne: session "),
    ],
)  # fmt: skip
def test_request_errors_name_the_rpc(server_target: str, method: str, request_fields: dict, code: str, start: str) -> None:
    status, message = _draw_error(server_target, pb.DrawRequest(**request_fields), method)
    assert (status.name, message[: len(start)]) == (code, start), message
    if status == grpc.StatusCode.NOT_FOUND:
        assert message.endswith("(a private session that expired or was removed cannot come back: connect again for a new one)")


def test_unary_errors_name_the_rpc(server_target: str) -> None:
    with grpc.insecure_channel(server_target) as channel:
        stub = pb_grpc.RandomStub(channel)
        with pytest.raises(grpc.RpcError) as bad_seed:
            stub.SetSeed(pb.SetSeedRequest(session=_session(server_target), seed="12a"), timeout=10)
        with pytest.raises(grpc.RpcError) as unknown:
            stub.GetGenerator(pb.GetGeneratorRequest(session="never-opened", generator="g"), timeout=10)
    assert bad_seed.value.details() == "SetSeed: field `seed`='12a' is not a decimal integer"  # type: ignore[attr-defined]
    assert unknown.value.code() == grpc.StatusCode.NOT_FOUND  # type: ignore[attr-defined]
    assert unknown.value.details().startswith("GetGenerator: session 'never-opened' does not exist")  # type: ignore[attr-defined]
