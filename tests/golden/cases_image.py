# Golden cases for tf.image's random ops (issue 27 item 2): ``I`` = ``tf.image`` / ``rng.image``.
# Loaded by `tools/tf-oracle python tests/golden/record.py --cases tests/golden/cases_image.py`;
# `case` and `FLOATS` are injected by the loader, which takes the snippets' ``I`` from
# ``namespace(tf)`` below. The replay tests bind ``I`` to ``rng.image``.
# ruff: noqa: F821

import numpy as np

# Deterministic images (a splitmix64 hash of the pixel index, the same from every numpy), and pixels that
# probe the arithmetic: signed zeros, ties between channels, grays, saturated values.
PRELUDE = '''
def img(shape, seed=0, dtype="float32", lo=0.0, hi=1.0):
    # splitmix64 of the pixel index: the same bits from every numpy
    z = (np.arange(int(np.prod(shape)), dtype=np.uint64) + np.uint64(seed * 0x9E3779B9 + 1)) * np.uint64(0x9E3779B97F4A7C15)
    z ^= z >> np.uint64(31)
    z *= np.uint64(0xBF58476D1CE4E5B9)
    z ^= z >> np.uint64(29)
    if dtype == "uint8":
        return (z >> np.uint64(56)).astype(np.uint8).reshape(shape)
    u = (z >> np.uint64(40)).astype(np.float64) / 2.0**24
    return (lo + (hi - lo) * u).astype(dtype).reshape(shape)

SPECIAL = np.array([[[0.0, 0.0, 0.0], [1.0, 1.0, 1.0], [0.5, 0.5, 0.5], [1.0, 0.0, 0.0]],
                    [[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 1.0, 0.0], [0.0, 1.0, 1.0]],
                    [[1.0, 0.0, 1.0], [0.2, 0.2, 0.7], [0.7, 0.2, 0.2], [0.2, 0.7, 0.7]],
                    [[-0.0, 0.25, 0.25], [0.9, 0.9, 0.1], [0.3, 0.6, 0.3], [0.6, 0.3, 0.6]],
                    [[1e-3, 2e-3, 0.0], [0.999, 1.0, 0.998], [0.1, 0.4, 0.4], [0.4, 0.1, 0.4]]], np.float32)
'''


def namespace(tf):
    """The snippets' ``I`` under TensorFlow: ``tf.image``, except that the two JPEG ops answer
    the quality TF encoded the image with (captured at ``EncodeJpegVariableQuality``), which
    is what philoxd returns: JPEG's arithmetic is not reproduced, its draw is."""
    from tensorflow.python.ops import gen_image_ops

    class TFImage:
        def __getattr__(self, name):
            return getattr(tf.image, name)

        @staticmethod
        def _quality(fn, *args, **kwargs):
            seen = []
            original = gen_image_ops.encode_jpeg_variable_quality

            def spy(image, quality, name=None):
                seen.append(np.asarray(quality))
                return original(image, quality, name=name)

            gen_image_ops.encode_jpeg_variable_quality = spy
            try:
                fn(*args, **kwargs)
            finally:
                gen_image_ops.encode_jpeg_variable_quality = original
            assert len(seen) == 1, seen
            return seen[0]

        def random_jpeg_quality(self, *args, **kwargs):
            return self._quality(tf.image.random_jpeg_quality, *args, **kwargs)

        def stateless_random_jpeg_quality(self, *args, **kwargs):
            return self._quality(tf.image.stateless_random_jpeg_quality, *args, **kwargs)

    return {"I": TFImage()}


def icase(name, code):
    import textwrap

    case(name, PRELUDE + textwrap.dedent(code))


# ---- flips -------------------------------------------------------------------------------------
for dt in ["float32", "uint8"]:
    icase(f"image_random_flips_3d_{dt}", f"""
        x = img((3, 4, 2), 1, "{dt}")
        R.set_seed(7)
        for _ in range(6):
            out(I.random_flip_left_right(x, seed=3))
        for _ in range(6):
            out(I.random_flip_up_down(x))
        out(R.uniform([2], seed=3))
        out(I.random_flip_up_down(x, seed=3))
    """)
    icase(f"image_random_flips_4d_{dt}", f"""
        x = img((9, 2, 3, 3), 2, "{dt}")
        R.set_seed(11)
        out(I.random_flip_left_right(x, seed=1))
        out(I.random_flip_left_right(x, seed=1))
        out(I.random_flip_up_down(x))
        out(I.random_flip_up_down(x[:1]))
        out(I.random_flip_up_down(x[:0]))
        out(R.uniform([3]))
    """)
    icase(f"image_stateless_flips_{dt}", f"""
        x = img((3, 5, 3), 4, "{dt}")
        b = img((8, 3, 2, 1), 5, "{dt}")
        for s in [[1, 2], [3, 4], [5, 6], [7, 8], [-1, 2**31 - 1]]:
            out(I.stateless_random_flip_left_right(x, seed=s))
            out(I.stateless_random_flip_up_down(x, seed=s))
        out(I.stateless_random_flip_left_right(b, seed=[1, 2]))
        out(I.stateless_random_flip_up_down(b, seed=np.array([9, 10], np.int64)))
    """)
icase("image_flip_4d_float_specials", """
    x = np.stack([SPECIAL, -SPECIAL, np.full_like(SPECIAL, np.inf), np.full_like(SPECIAL, -0.0)])
    x[2, 0, 0, 0] = 1e-40
    x[3, 1, 1, 1] = -1e-40
    x[0, 2, 2, 2] = np.nan
    out(I.stateless_random_flip_left_right(x, seed=[1, 2]))
    out(I.stateless_random_flip_up_down(x, seed=[1, 2]))
    out(I.stateless_random_flip_left_right(x, seed=[3, 2]))
""")
icase("image_flip_errors", """
    R.set_seed(2)
    err(lambda: I.random_flip_left_right(np.zeros([3, 4], np.float32)))
    err(lambda: I.random_flip_up_down(np.zeros([0, 4, 3], np.float32)))
    err(lambda: I.random_flip_up_down(np.zeros([1, 2, 3, 4, 5], np.float32)))
    err(lambda: I.stateless_random_flip_left_right(np.zeros([4], np.float32), seed=[1, 2]))
    out(R.uniform([2]))
""")

# ---- brightness ----------------------------------------------------------------------------------
for dt in ["float32", "uint8"]:
    icase(f"image_random_brightness_{dt}", f"""
        x = img((4, 5, 3), 6, "{dt}")
        R.set_seed(3)
        out(I.random_brightness(x, 0.3, seed=1))
        out(I.random_brightness(x, 0.3, seed=1))
        out(I.random_brightness(x, 0.9))
        out(I.random_brightness(img((2, 3, 4, 3), 7, "{dt}"), 1.0, seed=2))
        out(I.random_brightness(x, 0))
        out(R.uniform([2], seed=1))
    """)
    icase(f"image_stateless_brightness_{dt}", f"""
        x = img((6, 3, 3), 8, "{dt}")
        for s in [[1, 2], [3, 4], [-7, 7]]:
            out(I.stateless_random_brightness(x, 0.5, seed=s))
        out(I.stateless_random_brightness(img((3, 2, 2, 1), 9, "{dt}"), 0.25, seed=[5, 6]))
        out(I.stateless_random_brightness(x, 2, seed=[5, 6]))
    """)
icase("image_adjust_brightness", """
    out(I.adjust_brightness(img((3, 4, 3), 10, lo=-2.0, hi=2.0), 0.1))
    out(I.adjust_brightness(img((3, 4, 3), 10, "uint8"), -0.2))
    out(I.adjust_brightness(img((3, 4, 3), 10, "uint8"), 0.7))
    out(I.adjust_brightness(SPECIAL, np.float32(-1e-39)))
    out(I.adjust_brightness(img((5,), 11), 0.25))
""")
icase("image_brightness_errors", """
    R.set_seed(4)
    err(lambda: I.random_brightness(np.zeros([2, 2, 3], np.float32), -0.1))
    err(lambda: I.stateless_random_brightness(np.zeros([2, 2, 3], np.float32), -0.1, seed=[1, 2]))
    out(R.uniform([2]))
""")

# ---- contrast ------------------------------------------------------------------------------------
# Shapes of every parity of h * w, single pixels, one channel, batches and a 5-D stack: the halving fold.
CONTRAST_SHAPES = [(1, 1, 1), (1, 1, 3), (1, 2, 3), (2, 1, 1), (3, 1, 2), (2, 3, 3), (5, 7, 3), (7, 5, 1),
                   (4, 4, 3), (16, 16, 3), (17, 15, 2), (31, 33, 3), (37, 53, 3), (64, 1, 3), (1, 127, 4),
                   (2, 6, 6, 3), (3, 9, 11, 1), (2, 2, 5, 3, 2)]
icase("image_adjust_contrast_shapes", f"""
    for i, shape in enumerate({CONTRAST_SHAPES!r}):
        out(I.adjust_contrast(img(shape, 100 + i), 1.7))
        out(I.adjust_contrast(img(shape, 200 + i, lo=-3.0, hi=5.0), -0.35))
""")
icase("image_adjust_contrast_factors", """
    x = img((13, 21, 3), 12)
    for f in [0.0, 0.5, 1.0, 1.5, 3.0, -1.0, 1e-7, 123.456]:
        out(I.adjust_contrast(x, f))
    out(I.adjust_contrast(img((13, 21, 3), 13, "uint8"), 0.6))
    out(I.adjust_contrast(img((13, 21, 3), 13, "uint8"), 2.5))
    out(I.adjust_contrast(SPECIAL, 2.0))
    out(I.adjust_contrast(img((9, 9, 3), 14, lo=-1e30, hi=1e30), 1.25))
    out(I.adjust_contrast(img((9, 9, 3), 15, lo=0.0, hi=1e-37), 0.5))
""")
for dt in ["float32", "uint8"]:
    icase(f"image_random_contrast_{dt}", f"""
        x = img((6, 7, 3), 16, "{dt}")
        R.set_seed(5)
        out(I.random_contrast(x, 0.2, 1.8, seed=1))
        out(I.random_contrast(x, 0.2, 1.8, seed=1))
        out(I.random_contrast(img((2, 5, 5, 3), 17, "{dt}"), 0.5, 1.5))
        out(R.uniform([2], seed=1))
    """)
    icase(f"image_stateless_contrast_{dt}", f"""
        x = img((8, 3, 3), 18, "{dt}")
        for s in [[1, 2], [3, 4]]:
            out(I.stateless_random_contrast(x, 0.3, 1.6, seed=s))
        out(I.stateless_random_contrast(img((3, 4, 4, 1), 19, "{dt}"), 0.0, 4.0, seed=[7, 8]))
    """)
icase("image_contrast_errors", """
    R.set_seed(6)
    err(lambda: I.random_contrast(np.zeros([2, 2, 3], np.float32), 1.0, 1.0))
    err(lambda: I.random_contrast(np.zeros([2, 2, 3], np.float32), -0.5, 1.0))
    err(lambda: I.random_contrast(np.zeros([2, 3], np.float32), 0.5, 1.0))
    out(R.uniform([2]))
    err(lambda: I.stateless_random_contrast(np.zeros([2, 2, 3], np.float32), 2.0, 1.0, seed=[1, 2]))
""")

# ---- saturation / hue ----------------------------------------------------------------------------
icase("image_adjust_saturation", """
    x = img((11, 13, 3), 20)
    for f in [0.0, 0.3, 1.0, 1.7, 5.0, 1e6]:
        out(I.adjust_saturation(x, f))
        out(I.adjust_saturation(SPECIAL, f))
    out(I.adjust_saturation(img((11, 13, 3), 21, "uint8"), 0.4))
    out(I.adjust_saturation(img((11, 13, 3), 21, "uint8"), 2.5))
    out(I.adjust_saturation(img((2, 4, 5, 3), 22, lo=-0.5, hi=1.5), 1.3))
    q = (np.arange(6 * 256 * 3, dtype=np.float32).reshape(6, 256, 3) % 7) / 6
    out(I.adjust_saturation(q, 0.8))
""")
icase("image_adjust_hue", """
    x = img((11, 13, 3), 23)
    for d in [0.0, 0.1, -0.1, 0.5, -0.5, 0.9, -1.0, 1.0, 1e-7]:
        out(I.adjust_hue(x, d))
        out(I.adjust_hue(SPECIAL, d))
    out(I.adjust_hue(img((11, 13, 3), 24, "uint8"), 0.3))
    out(I.adjust_hue(img((11, 13, 3), 24, "uint8"), -0.45))
    out(I.adjust_hue(img((2, 4, 5, 3), 25, lo=-0.5, hi=1.5), 0.2))
    q = (np.arange(6 * 256 * 3, dtype=np.float32).reshape(6, 256, 3) % 7) / 6
    out(I.adjust_hue(q, 0.37))
""")
for dt in ["float32", "uint8"]:
    icase(f"image_random_saturation_hue_{dt}", f"""
        x = img((5, 6, 3), 26, "{dt}")
        R.set_seed(8)
        out(I.random_saturation(x, 0.5, 1.5, seed=1))
        out(I.random_saturation(x, 0.5, 1.5, seed=1))
        out(I.random_hue(x, 0.2, seed=1))
        out(I.random_hue(x, 0.5))
        out(I.random_saturation(img((2, 3, 3, 3), 27, "{dt}"), 0.0, 3.0))
        out(I.stateless_random_saturation(x, 0.5, 1.5, seed=[1, 2]))
        out(I.stateless_random_hue(x, 0.4, seed=[1, 2]))
        out(I.stateless_random_hue(img((2, 3, 3, 3), 28, "{dt}"), 0.1, seed=[3, 4]))
        out(R.uniform([2]))
    """)
icase("image_saturation_hue_errors", """
    R.set_seed(9)
    err(lambda: I.random_saturation(np.zeros([2, 2, 3], np.float32), 1.0, 0.5))
    err(lambda: I.random_saturation(np.zeros([2, 2, 3], np.float32), -1.0, 0.5))
    err(lambda: I.random_hue(np.zeros([2, 2, 3], np.float32), 0.6))
    err(lambda: I.random_hue(np.zeros([2, 2, 3], np.float32), -0.1))
    err(lambda: I.random_saturation(np.zeros([2, 2, 4], np.float32), 0.5, 1.0))
    err(lambda: I.random_hue(np.zeros([2, 2, 1], np.float32), 0.2))
    err(lambda: I.adjust_hue(np.zeros([2, 2, 3], np.float32), 1.5))
    out(R.uniform([2]))
""")

# ---- crop ----------------------------------------------------------------------------------------
icase("image_random_crop", """
    x = img((10, 12, 3), 29)
    R.set_seed(10)
    out(I.random_crop(x, [4, 5, 3], seed=1))
    out(I.random_crop(x, [4, 5, 3], seed=1))
    out(I.random_crop(x, [10, 12, 3]))
    out(I.random_crop(x, [1, 1, 1]))
    out(I.random_crop(img((4, 9, 8, 3), 30, "uint8"), [2, 3, 3, 3], seed=2))
    out(I.random_crop(np.arange(100, dtype=np.int32), [7], seed=3))
    out(I.random_crop(np.arange(60).reshape(6, 10), np.array([2, 4], np.int64)))
    out(R.uniform([2], maxval=2**31 - 1, dtype="int32", seed=1))
""")
icase("image_stateless_random_crop", """
    x = img((10, 12, 3), 31, "uint8")
    for s in [[1, 2], [3, 4], [2**31 - 1, -5]]:
        out(I.stateless_random_crop(x, [3, 7, 2], seed=s))
    out(I.stateless_random_crop(img((5, 4, 4, 1), 32), [5, 2, 2, 1], seed=np.array([1, 2], np.int64)))
""")
icase("image_random_crop_errors", """
    R.set_seed(12)
    err(lambda: I.random_crop(np.zeros([2, 3, 3], np.float32), [3, 3, 3]))
    err(lambda: I.stateless_random_crop(np.zeros([2, 3, 3], np.float32), [2, 4, 3], seed=[1, 2]))
    out(R.uniform([2]))
""")

# ---- JPEG quality (the draw) ---------------------------------------------------------------------
icase("image_random_jpeg_quality", """
    x = img((8, 8, 3), 33, "uint8")
    R.set_seed(13)
    out(I.random_jpeg_quality(x, 10, 90, seed=1))
    out(I.random_jpeg_quality(x, 10, 90, seed=1))
    out(I.random_jpeg_quality(x, 0, 100))
    out(I.random_jpeg_quality(img((8, 8, 1), 34), 75, 76, seed=2))
    out(R.uniform([2], minval=10, maxval=90, dtype="int32", seed=1))
    out(I.random_jpeg_quality(x, 50, 60))
    for s in [[1, 2], [3, 4], [5, 6]]:
        out(I.stateless_random_jpeg_quality(x, 20, 80, seed=s))
    err(lambda: I.random_jpeg_quality(x, -1, 50))
    err(lambda: I.random_jpeg_quality(x, 50, 101))
    err(lambda: I.random_jpeg_quality(x, 50, 50))
    err(lambda: I.stateless_random_jpeg_quality(x, 60, 50, seed=[1, 2]))
    out(R.uniform([2]))
""")

# ---- mixed: one session's op seeds through image and random ops, and inside a function ----------
icase("image_mixed_unseeded_sequence", """
    x = img((4, 4, 3), 35)
    R.set_seed(2024)
    out(I.random_flip_left_right(x))
    out(I.random_brightness(x, 0.1))
    out(R.categorical([[0.0, 1.0, 2.0]], 3))
    out(I.random_contrast(x, 0.5, 1.5))
    out(I.random_saturation(x, 0.5, 1.5))
    out(I.random_hue(x, 0.1))
    out(I.random_crop(x, [2, 2, 3]))
    out(I.random_jpeg_quality(img((4, 4, 3), 35, "uint8"), 30, 70))
    out(R.uniform([2]))
""")

# ---- sample_distorted_bounding_box ---------------------------------------------------------------
BOXES = "[[[0.1, 0.2, 0.5, 0.9], [0.3, 0.05, 0.95, 0.4]]]"
icase("image_sample_distorted_bounding_box", f"""
    R.set_seed(14)
    for _ in range(4):
        emit(I.sample_distorted_bounding_box([100, 200, 3], {BOXES}, seed=1))
    emit(I.sample_distorted_bounding_box([100, 200, 3], {BOXES}, seed=1, min_object_covered=0.7))
    emit(I.sample_distorted_bounding_box(np.array([480, 640, 3], np.int64), {BOXES}, seed=2, aspect_ratio_range=[0.5, 2.0],
                                         area_range=[0.3, 0.9], max_attempts=20))
    emit(I.sample_distorted_bounding_box(np.array([31, 17, 1], np.uint8), np.zeros([1, 0, 4], np.float32), seed=3,
                                         use_image_if_no_bounding_boxes=True))
    emit(I.sample_distorted_bounding_box(np.array([31, 17, 1], np.uint8), np.zeros([1, 0, 4], np.float32), seed=3,
                                         use_image_if_no_bounding_boxes=True))
    emit(I.sample_distorted_bounding_box([5, 7, 3], [[[0.0, 0.0, 1.0, 1.0]]], seed=4, min_object_covered=0.0, area_range=[0.01, 0.1]))
    emit(I.sample_distorted_bounding_box([64, 64, 3], [[[0.4, 0.4, 0.45, 0.45]]], seed=5, min_object_covered=1.0, max_attempts=3))
    emit(I.sample_distorted_bounding_box([1000, 3, 3], [[[0.0, 0.0, 1.0, 1.0]]], seed=6, aspect_ratio_range=[3.0, 5.0]))
    emit(I.sample_distorted_bounding_box([2, 2000, 3], [[[0.0, 0.0, 1.0, 1.0]]], seed=7, aspect_ratio_range=[0.01, 0.02]))
    out(R.uniform([2], seed=1))
""")
icase("image_sample_distorted_bounding_box_op_seed_only", f"""
    emit(I.sample_distorted_bounding_box([100, 200, 3], {BOXES}, seed=9))
    emit(I.sample_distorted_bounding_box([100, 200, 3], {BOXES}, seed=9, max_attempts=1))
    emit(I.sample_distorted_bounding_box([100, 200, 3], {BOXES}, seed=9))
    emit(I.sample_distorted_bounding_box([300, 100, 3], {BOXES}, seed=2**31 + 3))
    R.set_seed(0)
    emit(I.sample_distorted_bounding_box([300, 100, 3], {BOXES}, seed=0 or 2**31 - 1))
""")
icase("image_sample_distorted_bounding_box_unseeded", f"""
    R.set_seed(15)
    b, s, x = I.sample_distorted_bounding_box([100, 200, 3], {BOXES})
    out(np.zeros_like(b)); out(np.zeros_like(s)); out(np.zeros_like(x))
    out(R.uniform([2]))
""")
icase("image_stateless_sample_distorted_bounding_box", f"""
    for s in [[1, 2], [3, 4], [-5, 2**31 - 1]]:
        emit(I.stateless_sample_distorted_bounding_box([100, 200, 3], {BOXES}, seed=s))
    emit(I.stateless_sample_distorted_bounding_box(np.array([123, 45, 3], np.int64), {BOXES}, seed=np.array([7, 8], np.int64),
                                                   min_object_covered=0.3, aspect_ratio_range=(0.9, 1.1), area_range=(0.5, 1.0),
                                                   max_attempts=7))
    emit(I.stateless_sample_distorted_bounding_box([0, 10, 3], np.zeros([1, 0, 4], np.float32), seed=[1, 2],
                                                   use_image_if_no_bounding_boxes=True))
    for i in range(12):
        emit(I.stateless_sample_distorted_bounding_box([37 + 11 * i, 53 + 7 * i, 3], [[[0.25, 0.25, 0.75, 0.75]]], seed=[i, 99],
                                                       min_object_covered=0.05 * i, area_range=[0.02 * (i + 1), 1.0]))
""")
icase("image_sample_distorted_bounding_box_errors", f"""
    R.set_seed(16)
    err(lambda: I.sample_distorted_bounding_box([100, 200, 3], {BOXES}, seed=1, aspect_ratio_range=[0.0, 1.0]))
    err(lambda: I.sample_distorted_bounding_box([100, 200, 3], {BOXES}, seed=1, aspect_ratio_range=[1.0]))
    err(lambda: I.sample_distorted_bounding_box([100, 200, 3], {BOXES}, seed=1, area_range=[0.5, 1.5]))
    err(lambda: I.sample_distorted_bounding_box([100, 200, 3], {BOXES}, seed=1, area_range=[-0.5, 0.5]))
    err(lambda: I.sample_distorted_bounding_box([100, 200, 3], {BOXES}, seed=1, max_attempts=0))
    emit(I.sample_distorted_bounding_box([100, 200, 3], {BOXES}, seed=1))
    err(lambda: I.sample_distorted_bounding_box([100, 200], {BOXES}, seed=1))
    emit(I.sample_distorted_bounding_box([100, 200, 3], {BOXES}, seed=1))
    err(lambda: I.sample_distorted_bounding_box([100, 200, 3], [[[0.1, 0.2, 1.5, 0.9]]], seed=1))
    err(lambda: I.sample_distorted_bounding_box([100, 200, 3], [[0.1, 0.2, 0.5, 0.9]], seed=1))
    err(lambda: I.sample_distorted_bounding_box([100, 200, 3], [[[0.1, 0.2, 0.5]]], seed=1))
    err(lambda: I.sample_distorted_bounding_box([100, 200, 3], {BOXES}, seed=1, min_object_covered=-0.5))
    err(lambda: I.sample_distorted_bounding_box([100, 200, 3], np.zeros([1, 0, 4], np.float32), seed=1))
    err(lambda: I.sample_distorted_bounding_box([2**31, 200, 3], {BOXES}, seed=1))
    err(lambda: I.sample_distorted_bounding_box([100, -1, 3], {BOXES}, seed=1))
    emit(I.sample_distorted_bounding_box([100, 200, 3], {BOXES}, seed=1))
    err(lambda: I.stateless_sample_distorted_bounding_box([100, 200, 3], {BOXES}, seed=[1, 2, 3]))
    err(lambda: I.stateless_sample_distorted_bounding_box([100, 200, 3], {BOXES}, seed=[1, 2], area_range=[0.0, 1.0]))
    out(R.uniform([2]))
""")

# ---- inside a function: op seeds by position ---------------------------------------------------
icase("image_in_function", """
    x = img((4, 5, 3), 36)
    R.set_seed(17)
    f = F(lambda: (I.random_flip_left_right(x), I.random_brightness(x, 0.2), I.random_contrast(x, 0.5, 1.5, seed=3),
                   I.random_hue(x, 0.2), I.random_crop(x, [2, 3, 3]), I.stateless_random_saturation(x, 0.5, 1.5, seed=[1, 2])))
    emit(f())
    emit(f())
    out(R.uniform([2]))
""")
icase("image_in_function_arguments_and_batches", """
    x = img((4, 5, 3), 37)
    q = img((3, 4, 5, 3), 38, "uint8")
    R.set_seed(18)
    g = F(lambda im: (I.random_brightness(im, 0.3), I.random_brightness(im, 0.3, seed=4), I.random_flip_up_down(im)))
    emit(g(x))
    emit(g(x))
    h = F(lambda: (I.random_brightness(q, 0.3), I.random_flip_left_right(q), I.random_brightness(x, 0.25, seed=4),
                   I.random_flip_up_down(x[None]), I.random_contrast(q, 0.2, 1.8)))
    emit(h())
    emit(h())
    out(R.uniform([2]))
""")

# ---- other dtypes: converted to float32 and back (convert_image_dtype) ------------------------
for dt, lo, hi, scale in [("float64", -0.2, 1.2, "1"), ("uint16", 0.0, 1.0, "65535"), ("int8", -1.0, 1.0, "127"),
                          ("int32", -1.0, 1.0, "2**31 - 1")]:
    icase(f"image_other_dtype_{dt}", f"""
        x = (img((5, 6, 3), 39, lo={lo}, hi={hi}).astype(np.float64) * ({scale})).astype("{dt}")
        b = np.stack([x, x[::-1], x[:, ::-1]])
        R.set_seed(19)
        out(I.random_brightness(x, 0.3, seed=1))
        out(I.random_contrast(b, 0.2, 1.8, seed=2))
        out(I.random_saturation(x, 0.2, 1.8, seed=3))
        out(I.random_hue(b, 0.4, seed=4))
        out(I.random_flip_left_right(b, seed=5))
        out(I.stateless_random_brightness(b, 0.5, seed=[1, 2]))
        out(I.stateless_random_contrast(x, 0.5, 1.5, seed=[1, 2]))
    """)
