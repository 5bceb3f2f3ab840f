#pragma once
/// Runs independent jobs on several threads. Each job writes only its own
/// slot of the caller's results, so output can be assembled in input order
/// and is the same for every number of threads.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace ipsfid {

/// The default for -j: the number of hardware threads (at least 1).
inline unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

/// Calls `job(i)` for every i in [0, count) on up to `jobs` threads. The first
/// exception a job throws is rethrown here after all threads have stopped.
inline void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& job) {
    const auto threads = static_cast<std::size_t>(std::max(1u, jobs));
    if (threads == 1 || count < 2) {
        for (std::size_t i = 0; i < count; ++i) job(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto worker = [&] {
        for (std::size_t i = next++; i < count; i = next++) {
            try {
                job(i);
            } catch (...) {
                const std::lock_guard lock(failure_mutex);
                if (!failure) failure = std::current_exception();
                next = count;  // stop handing out work
            }
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < std::min(threads, count); ++t) pool.emplace_back(worker);
    worker();
    for (std::thread& thread : pool) thread.join();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace ipsfid
