#pragma once

// Shared by the benchmark programs: where they print, and how a series of timings is summed up.

#include <QTextStream>

#include <algorithm>
#include <vector>

namespace tilltro::bench {

inline QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// Milliseconds, summed up: median, 90th percentile, fastest, slowest.
struct Stats {
    double median = 0;
    double p90 = 0;
    double min = 0;
    double max = 0;
};

inline Stats stats(std::vector<double> times)
{
    if (times.empty())
        return {};
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times[times.size() * 9 / 10], times.front(), times.back()};
}

} // namespace tilltro::bench
