// A small stand-in for libFuzzer's driver, so the fuzz targets also run with GCC in the normal test
// run: every file of the seed corpus, then mutations of them (bit flips, byte changes, cuts, splices,
// repeated chunks) and random inputs until the time budget is spent. An input that takes longer than
// the hang limit aborts the run. With clang, build with -DCSIRTKIT_LIBFUZZER=ON to use libFuzzer.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

using Bytes = std::vector<uint8_t>;
using Clock = std::chrono::steady_clock;

void run(const Bytes &input, double hangSeconds)
{
    const auto start = Clock::now();
    LLVMFuzzerTestOneInput(input.data(), input.size());
    const double took = std::chrono::duration<double>(Clock::now() - start).count();
    if (took > hangSeconds) {
        std::fprintf(stderr, "fuzz: one input of %zu bytes took %.1f s (hang limit %.1f s)\n", input.size(), took, hangSeconds);
        std::abort();
    }
}

Bytes mutate(const std::vector<Bytes> &corpus, std::mt19937 &random)
{
    std::uniform_int_distribution<int> pick(0, 6);
    const int how = pick(random);
    if (corpus.empty() || how == 0) { // random bytes
        Bytes bytes(std::uniform_int_distribution<size_t>(0, 512)(random));
        for (auto &b : bytes)
            b = uint8_t(random());
        return bytes;
    }
    Bytes bytes = corpus[std::uniform_int_distribution<size_t>(0, corpus.size() - 1)(random)];
    const int rounds = std::uniform_int_distribution<int>(1, 8)(random);
    for (int r = 0; r < rounds && !bytes.empty(); ++r) {
        const size_t at = std::uniform_int_distribution<size_t>(0, bytes.size() - 1)(random);
        switch (how) {
        case 1: bytes[at] ^= uint8_t(1u << (random() % 8)); break;
        case 2: bytes[at] = uint8_t(random()); break;
        case 3: bytes.resize(at); break;
        case 4: { // splice in part of another entry
            const Bytes &other = corpus[std::uniform_int_distribution<size_t>(0, corpus.size() - 1)(random)];
            if (!other.empty()) {
                const size_t from = std::uniform_int_distribution<size_t>(0, other.size() - 1)(random);
                bytes.insert(bytes.begin() + long(at), other.begin() + long(from), other.end());
            }
            break;
        }
        case 5: { // repeat a chunk (deep nesting, long fields)
            const size_t length = std::min<size_t>(bytes.size() - at, 16);
            const Bytes chunk(bytes.begin() + long(at), bytes.begin() + long(at + length));
            for (int i = 0; i < 64 && bytes.size() < 1 << 20; ++i)
                bytes.insert(bytes.begin() + long(at), chunk.begin(), chunk.end());
            break;
        }
        default: { // interesting characters
            static const char special[] = "\"',;\n\r\t{}[]:\\=+-@\0\xef\xbb\xbf";
            bytes[at] = uint8_t(special[random() % (sizeof(special) - 1)]);
        }
        }
    }
    return bytes;
}

} // namespace

int main(int argc, char **argv)
{
    const char *budget = std::getenv("CSIRTKIT_FUZZ_SECONDS");
    const double seconds = budget ? std::atof(budget) : 5.0;
    std::vector<Bytes> corpus;
    for (int i = 1; i < argc; ++i) {
        std::filesystem::path path(argv[i]);
        std::vector<std::filesystem::path> files;
        if (std::filesystem::is_directory(path)) {
            for (const auto &entry : std::filesystem::directory_iterator(path))
                if (entry.is_regular_file())
                    files.push_back(entry.path());
        } else {
            files.push_back(path);
        }
        for (const auto &file : files) {
            std::ifstream in(file, std::ios::binary);
            corpus.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
    }
    for (const Bytes &input : corpus)
        run(input, 10.0);
    std::mt19937 random(unsigned(std::chrono::system_clock::now().time_since_epoch().count()));
    const auto end = Clock::now() + std::chrono::duration<double>(seconds);
    size_t runs = corpus.size();
    while (Clock::now() < end) {
        run(mutate(corpus, random), 10.0);
        ++runs;
    }
    std::printf("fuzz: %zu inputs, no crash or hang\n", runs);
    return 0;
}
