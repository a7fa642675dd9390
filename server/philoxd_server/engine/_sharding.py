"""TF's work shards on its CPU intra-op pool, as a pure function of the pool size.

Most TF random kernels skip each shard's generator to a position fixed by the shard's first
output, so their values do not depend on how the work is split. Two do not:
``MultinomialFunctor`` (categorical, stateless_categorical) and ``TruncatedNormalFunctorV2``
(stateless parameterized truncated normal) skip by a formula that is only right at the start of
a shard, so their values depend on where TF's shards begin: on the pool size ``threads`` (TF's
``intra_op_parallelism_threads``), the op's cost estimate and its size. :func:`shard_starts`
gives those starts; the kernels take them as an argument (philoxd's own parallelism is its own
business: it never changes the values).

TF's rule (TF 2.21): ``Shard(max_parallelism=threads, pool, total, cost_per_unit, work)``
(``tensorflow/core/util/work_sharder.cc``) runs ``work(0, total)`` inline when ``threads <= 1``;
otherwise (``max_parallelism >= pool.NumThreads()``) ``ThreadPool::ParallelFor``
(``tsl/platform/threadpool.cc``), which is Eigen's ``ThreadPoolDevice::parallelFor`` with
``TensorOpCost(0, 0, cost_per_unit)`` (``unsupported/Eigen/CXX11/src/Tensor/
TensorDeviceThreadPool.h``, ``TensorCostModel.h``):

* one block when ``total <= 1`` or the cost model wants one thread:
  ``int((total * cost - kStartupCycles) / kPerThreadCycles + 0.9) <= 1``;
* else ``block_size = min(total, max(ceil(total / (4 * threads)), int(1 / (cost / kTaskSize))))``,
  then grown towards ``min(total, 2 * block_size)`` while the parallel efficiency
  ``blocks / (ceil(blocks / threads) * threads)`` does not drop by more than 0.01
  (``CalculateParallelForBlock``); the blocks are ``[k * block_size, (k + 1) * block_size)``.
"""

from __future__ import annotations

import math

__all__ = [
    "may_shard",
    "multinomial_cost",
    "ptn_cost",
    "shard_starts",
]

# Eigen TensorCostModel<ThreadPoolDevice> (TensorCostModel.h), in device cycles.
_STARTUP_CYCLES = 100000  # kStartupCycles
_PER_THREAD_CYCLES = 100000  # kPerThreadCycles
_TASK_SIZE = 40000  # kTaskSize
_MAX_OVERSHARDING = 4  # CalculateParallelForBlock: max_oversharding_factor
_EFFICIENCY_SLACK = 0.01  # CalculateParallelForBlock: coarser_efficiency + 0.01 >= max_efficiency
_INT_MAX = 2**31 - 1  # GenericNumTraits<int>::highest(): numThreads' clamp before its int cast


def _cdiv(a: int, b: int) -> int:
    return -(-a // b)


def _cost_model_threads(total: int, cost: int, threads: int) -> int:
    """``TensorCostModel::numThreads(total, TensorOpCost(0, 0, cost), threads)``."""
    want = (float(total) * float(cost) - _STARTUP_CYCLES) / _PER_THREAD_CYCLES + 0.9
    return min(threads, max(1, int(min(want, _INT_MAX))))


def _efficiency(blocks: int, threads: int) -> float:
    return blocks / (_cdiv(blocks, threads) * threads)


def may_shard(total: int, cost_per_unit: int) -> bool:
    """Whether TF splits this work at some thread count (else it is one shard at every count)."""
    return total > 1 and _cost_model_threads(total, cost_per_unit, _INT_MAX) > 1


def shard_starts(threads: int, total: int, cost_per_unit: int) -> list[int]:
    """The first unit of each of TF's shards of ``[0, total)`` on ``threads`` intra-op threads.

    Args:
      threads: TF's intra-op pool size (``>= 1``).
      total: Units of work (rows, outputs), ``>= 0``.
      cost_per_unit: The kernel's cost estimate per unit (``>= 1``; see :func:`multinomial_cost`,
        :func:`ptn_cost`).

    Returns:
      Increasing starts, ``[0]`` for a single shard (``[]`` for no work).
    """
    if total <= 0:
        return []
    if threads <= 1 or total <= 1 or _cost_model_threads(total, cost_per_unit, threads) == 1:
        return [0]
    block_size_f = 1.0 / (float(cost_per_unit) / _TASK_SIZE)  # 1 / CostModel::taskSize(1, cost)
    block_size = min(total, max(_cdiv(total, _MAX_OVERSHARDING * threads), int(block_size_f)))
    max_block_size = min(total, 2 * block_size)
    block_count = _cdiv(total, block_size)
    max_efficiency = _efficiency(block_count, threads)
    prev_block_count = block_count
    while max_efficiency < 1.0 and prev_block_count > 1:
        coarser_block_size = _cdiv(total, prev_block_count - 1)
        if coarser_block_size > max_block_size:
            break
        coarser_block_count = _cdiv(total, coarser_block_size)
        prev_block_count = coarser_block_count
        coarser_efficiency = _efficiency(coarser_block_count, threads)
        if coarser_efficiency + _EFFICIENCY_SLACK >= max_efficiency:
            block_size = coarser_block_size
            max_efficiency = max(max_efficiency, coarser_efficiency)
    return list(range(0, total, block_size))


def multinomial_cost(num_samples: int, num_classes: int) -> int:
    """``MultinomialFunctor<CPUDevice>``'s cost per row (multinomial_op.cc):
    ``int64(50 * (num_samples * log(num_classes) / log(2) + num_classes))``, in double."""
    return int(50 * (num_samples * math.log(num_classes) / math.log(2) + num_classes))


# TruncatedNormalFunctorV2<CPUDevice, T>'s cost estimate (parameterized_truncated_normal_op.cc),
# from its parts. TF's CPU build has AVX without FMA, so Eigen's non-FMA costs apply (the sweep
# against TF 2.21 pins float 187, double 258, half 214: no other value fits every case).
_ADD = _MUL = 1  # NumTraits<T>::AddCost / MulCost for half, float, double
_PHILOX_ELEMENT_COST = 10  # PhiloxRandom::kElementCost (philox_random.h)
_UNIFORM_ELEMENT_COST = 3  # UniformDistribution<PhiloxRandom, T>::kElementCost, every T
# functor_traits<scalar_sqrt_op<T>>::Cost (EIGEN_FAST_MATH): double 28, else 3 Add + 5 Mul.
_SQRT_COST = {2: 3 * _ADD + 5 * _MUL, 4: 3 * _ADD + 5 * _MUL, 8: 28}
# functor_traits<scalar_exp_op<T>>::Cost without FMA: float 21 Add + 13 Mul; other sizes
# 23 Add + 12 Mul + scalar_div_cost<T> (double with AVX: 16; half: the generic 8 Mul).
_EXP_COST = {2: 23 * _ADD + 12 * _MUL + 8 * _MUL, 4: 21 * _ADD + 13 * _MUL, 8: 23 * _ADD + 12 * _MUL + 16}


def ptn_cost(itemsize: int) -> int:
    """``TruncatedNormalFunctorV2<CPUDevice, T>``'s cost per output for a ``T`` of ``itemsize``
    bytes: ``batchInitCost + 2 * uniformRejectionSamplingCost`` (187 for float)."""
    sqrt, exp = _SQRT_COST[itemsize], _EXP_COST[itemsize]
    batch_init = (_ADD + _MUL) * 2 + _ADD + _MUL + sqrt + _MUL * 4 + exp + _ADD
    uniform_sample = _PHILOX_ELEMENT_COST + _UNIFORM_ELEMENT_COST
    rejection_round = uniform_sample + _MUL + _ADD + _MUL * 2 + _ADD + uniform_sample + exp + _MUL + _ADD
    return batch_init + 2 * rejection_round
