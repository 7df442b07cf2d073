#include "io/delimitersniffer.h"

#include <array>
#include <map>
#include <vector>

namespace trellis::io {
namespace {

constexpr std::array<char, 4> kCandidates = {',', ';', '\t', '|'};
constexpr std::size_t kSampleRecords = 20;
using Counts = std::array<int, kCandidates.size()>;

std::vector<Counts> countPerRecord(QByteArrayView sample, bool complete)
{
    std::vector<Counts> records;
    Counts counts{};
    bool inQuotes = false, any = false;
    for (const char c : sample) {
        if (c == '"') {
            inQuotes = !inQuotes; // a doubled quote toggles twice
            any = true;
        } else if (inQuotes) {
            continue;
        } else if (c == '\r' || c == '\n') {
            if (any)
                records.push_back(counts);
            counts = {};
            any = false;
            if (records.size() == kSampleRecords)
                return records;
        } else {
            any = true;
            for (std::size_t k = 0; k < kCandidates.size(); ++k)
                counts[k] += c == kCandidates[k] ? 1 : 0;
        }
    }
    if (any && (complete || records.empty()))
        records.push_back(counts); // a cut first record is still better than nothing
    return records;
}

} // namespace

char sniffDelimiter(QByteArrayView utf8Sample, bool complete)
{
    const std::vector<Counts> records = countPerRecord(utf8Sample, complete);
    char best = ',';
    std::size_t bestAgreeing = 0;
    int bestCount = 0;
    for (std::size_t k = 0; k < kCandidates.size(); ++k) {
        std::map<int, std::size_t> frequency;
        for (const Counts &counts : records)
            ++frequency[counts[k]];
        int mode = 0;
        std::size_t agreeing = 0;
        for (const auto &[count, times] : frequency) {
            if (count > 0 && times >= agreeing) { // ties go to the larger count
                mode = count;
                agreeing = times;
            }
        }
        if (mode == 0)
            continue;
        if (agreeing > bestAgreeing || (agreeing == bestAgreeing && mode > bestCount)) {
            best = kCandidates[k];
            bestAgreeing = agreeing;
            bestCount = mode;
        }
    }
    return best;
}

} // namespace trellis::io
