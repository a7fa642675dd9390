# philoxd server image.
#
# Debian (glibc) on purpose: the engine's float paths go through glibc's libm, as
# TensorFlow's CPU kernels do, and bit-exactness is the product. libgomp1 gives
# numba its OpenMP threading layer (thread-safe under gRPC's thread pool).
#
#   docker build -t philoxd .
#   docker run --rm -p 127.0.0.1:50051:50051 philoxd
#
# No authentication or TLS yet: publish the port on loopback or a private network only.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# --- build: pip install . into a venv (the build hook generates the gRPC stubs from proto/)
FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/philoxd
WORKDIR /src
COPY pyproject.toml hatch_build.py README.md ./
COPY proto ./proto
COPY client ./client
COPY server ./server
RUN /opt/philoxd/bin/pip install .

# --- runtime
FROM ${PYTHON_IMAGE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends libgomp1 \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 philoxd \
 && useradd --system --uid 10001 --gid philoxd --home-dir /var/lib/philoxd --shell /usr/sbin/nologin philoxd \
 && install -d -o philoxd -g philoxd -m 0750 /var/lib/philoxd /var/cache/philoxd /var/cache/philoxd/numba
COPY --from=build /opt/philoxd /opt/philoxd
ENV PATH=/opt/philoxd/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    NUMBA_CACHE_DIR=/var/cache/philoxd/numba
USER philoxd:philoxd
WORKDIR /var/lib/philoxd
# Compile the numba kernels once at build time (~13 s cold), so the first draws of a
# new container are fast. A different CPU at run time only means a recompile.
RUN python -c "\
import numpy as np, philoxd; \
r = philoxd.connect().random; \
r.set_seed(1); \
[(r.uniform([8], dtype=dt), r.normal([8], dtype=dt), r.truncated_normal([8], dtype=dt), \
  r.stateless_uniform([8], seed=[1, 2], dtype=dt), r.stateless_normal([8], seed=[1, 2], dtype=dt), \
  r.stateless_truncated_normal([8], seed=[1, 2], dtype=dt)) for dt in (np.float16, np.float32, np.float64)]; \
[(r.uniform([8], maxval=9, dtype=dt), r.stateless_uniform([8], seed=[1, 2], minval=0, maxval=9, dtype=dt)) for dt in (np.int32, np.int64)]; \
r.shuffle(np.arange(8)); r.categorical(np.zeros((2, 3), np.float32), 4); \
g = r.Generator.from_seed(1); g.uniform([8]); g.normal([8]); \
print('numba kernels compiled')"
VOLUME ["/var/lib/philoxd"]
EXPOSE 50051
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=3 \
  CMD ["philoxd", "health", "--target", "127.0.0.1:50051", "--timeout", "4"]
CMD ["philoxd", "serve", "--host", "0.0.0.0", "--port", "50051", "--state-dir", "/var/lib/philoxd"]
