# philoxd server image: `philoxd serve` with every store (memory, sqlite, redis, postgresql), as non-root.
#
# Debian (glibc) on purpose: the engine's float paths go through glibc's libm, as
# TensorFlow's CPU kernels do, and bit-exactness is the product. libgomp1 gives
# numba its OpenMP threading layer (thread-safe under gRPC's thread pool).
#
#   docker build -t philoxd .
#   docker run -d --name philoxd -p 127.0.0.1:50051:50051 -v philoxd-state:/var/lib/philoxd philoxd
#
# The state (SQLite, state.db) lives in the volume /var/lib/philoxd: a new container on the
# same volume continues every stream. `docker stop` drains in-flight calls (--grace 8 s, under
# docker's 10 s) and exits 0. Listening on 0.0.0.0 without --auth-file/--tls-cert: publish the
# port on loopback or a private network only, or pass those flags (see docs/operations.md, security).

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# --- build: a venv with the dependencies (a layer of their own, so a code change reuses it),
#     then `pip install .[server,redis,postgresql]` (the build hook generates the gRPC stubs from
#     proto/): the plain install is the client; the image serves, so it takes the `server` extra
#     (the engine: numba), the `redis` one (--store redis://...) and the `postgresql` one
#     (--store postgresql://...: psycopg 3 with its pool; psycopg-binary carries its own libpq).
FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/philoxd
WORKDIR /src
COPY pyproject.toml ./
RUN python -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; \
extras = p['optional-dependencies']; \
print('\n'.join(p['dependencies'] + extras['server'] + extras['redis'] + extras['postgresql']))" > requirements.txt \
 && /opt/philoxd/bin/pip install -q -r requirements.txt
COPY hatch_build.py README.md ./
COPY proto ./proto
COPY client ./client
COPY server ./server
# Not needed to serve: pip and setuptools themselves, and the dependencies' own test suites.
RUN /opt/philoxd/bin/pip install -q --no-deps . \
 && /opt/philoxd/bin/pip uninstall -q -y pip setuptools \
 && rm -rf /opt/philoxd/lib/python3.11/site-packages/*/tests

# --- runtime
FROM ${PYTHON_IMAGE}
# libgomp1 is installed only where the base image lacks it (and apt's caches go with the layer).
RUN if ! ldconfig -p | grep -q libgomp.so.1; then \
      apt-get update && apt-get install -y --no-install-recommends libgomp1 \
      && apt-get clean && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin; \
    fi \
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
# Compile the numba kernels once at build time (the warm-up `philoxd serve` runs before it says
# SERVING), so a new container is SERVING within a second or two. A different CPU at run time
# only means a recompile.
RUN python -c "from philoxd_server.service._server import warm_up; print(f'numba kernels compiled in {warm_up():.0f} s')"
VOLUME ["/var/lib/philoxd"]
EXPOSE 50051
STOPSIGNAL SIGTERM
# SERVING only while the store answers (the server pings it every 2 s): a replica whose Redis is
# gone turns unhealthy (3 failed checks, 5 s apart; a check costs ~0.1 s of CPU).
HEALTHCHECK --interval=5s --timeout=5s --start-period=30s --retries=3 \
  CMD ["philoxd", "health", "--target", "127.0.0.1:50051", "--timeout", "4"]
CMD ["philoxd", "serve", "--host", "0.0.0.0", "--port", "50051", "--state-dir", "/var/lib/philoxd"]
