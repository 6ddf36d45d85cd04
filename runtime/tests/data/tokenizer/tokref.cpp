// Reference tokenizations from llama.cpp's own vocabulary code, for Realm's
// tokenizer tests. Build against libllama (llama-cpp-python 0.3.36's vendored
// llama.cpp, commit 0c1e57098):
//   g++ -O2 -std=c++17 tokref.cpp -I<llama.cpp>/include -I<llama.cpp>/ggml/include \
//       -L<build>/bin -lllama -lggml -lggml-base -o tokref
// Usage: tokref MODEL.gguf TEXTS.hex > out.json
// TEXTS.hex holds one text per line, hex-encoded (so texts may hold newlines).
// Output: one JSON object; every byte string is hex-encoded.
#include "llama.h"

#include <cstdio>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

static std::string hex(const std::string & s) {
    static const char * d = "0123456789abcdef";
    std::string out;
    for (unsigned char c : s) { out += d[c >> 4]; out += d[c & 15]; }
    return out;
}

static std::string unhex(const std::string & h) {
    std::string out;
    for (size_t i = 0; i + 1 < h.size(); i += 2) out += (char) std::stoi(h.substr(i, 2), nullptr, 16);
    return out;
}

static std::vector<llama_token> tokenize(const llama_vocab * v, const std::string & t, bool add, bool parse) {
    std::vector<llama_token> out(t.size() + 16);
    int n = llama_tokenize(v, t.data(), (int) t.size(), out.data(), (int) out.size(), add, parse);
    if (n < 0) { out.resize(-n); n = llama_tokenize(v, t.data(), (int) t.size(), out.data(), (int) out.size(), add, parse); }
    out.resize(n);
    return out;
}

static std::string detok(const llama_vocab * v, const std::vector<llama_token> & ids, bool remove, bool unparse) {
    std::string out(ids.size() * 16 + 16, '\0');
    int n = llama_detokenize(v, ids.data(), (int) ids.size(), &out[0], (int) out.size(), remove, unparse);
    if (n < 0) { out.resize(-n); n = llama_detokenize(v, ids.data(), (int) ids.size(), &out[0], (int) out.size(), remove, unparse); }
    out.resize(n);
    return out;
}

static std::string piece(const llama_vocab * v, llama_token id, bool special) {
    std::string out(64, '\0');
    int n = llama_token_to_piece(v, id, &out[0], (int) out.size(), 0, special);
    if (n < 0) { out.resize(-n); n = llama_token_to_piece(v, id, &out[0], (int) out.size(), 0, special); }
    out.resize(n);
    return out;
}

static void ids_json(const std::vector<llama_token> & ids) {
    printf("[");
    for (size_t i = 0; i < ids.size(); i++) printf("%s%d", i ? "," : "", ids[i]);
    printf("]");
}

// FNV-1a over each piece's length (u32 LE) then bytes.
static uint64_t fnv(uint64_t h, const std::string & s) {
    auto eat = [&](unsigned char c) { h ^= c; h *= 1099511628211ULL; };
    uint32_t n = (uint32_t) s.size();
    for (int i = 0; i < 4; i++) eat((n >> (8 * i)) & 255);
    for (unsigned char c : s) eat(c);
    return h;
}

int main(int argc, char ** argv) {
    if (argc != 3) { fprintf(stderr, "usage: %s MODEL TEXTS.hex\n", argv[0]); return 1; }
    llama_backend_init();
    auto mp = llama_model_default_params();
    mp.vocab_only = true;
    llama_model * model = llama_model_load_from_file(argv[1], mp);
    if (!model) return 1;
    const llama_vocab * v = llama_model_get_vocab(model);
    const int n_vocab = llama_vocab_n_tokens(v);

    printf("{\"n_vocab\":%d,\"bos\":%d,\"eos\":%d,\"add_bos\":%s,\"eog\":[", n_vocab, llama_vocab_bos(v), llama_vocab_eos(v),
           llama_vocab_get_add_bos(v) ? "true" : "false");
    bool first = true;
    for (int id = 0; id < n_vocab; id++) if (llama_vocab_is_eog(v, id)) { printf("%s%d", first ? "" : ",", id); first = false; }
    printf("],\"control\":[");
    first = true;
    for (int id = 0; id < n_vocab; id++) if (llama_vocab_is_control(v, id)) { printf("%s%d", first ? "" : ",", id); first = false; }
    uint64_t h_special = 14695981039346656037ULL, h_plain = 14695981039346656037ULL;
    for (int id = 0; id < n_vocab; id++) { h_special = fnv(h_special, piece(v, id, true)); h_plain = fnv(h_plain, piece(v, id, false)); }
    printf("],\"pieces_fnv1a64_special\":\"%016llx\",\"pieces_fnv1a64_plain\":\"%016llx\",\"texts\":[\n",
           (unsigned long long) h_special, (unsigned long long) h_plain);

    std::ifstream in(argv[2]);
    std::string line;
    first = true;
    while (std::getline(in, line)) {
        std::string text = unhex(line);
        auto special = tokenize(v, text, true, true);
        auto plain = tokenize(v, text, false, false);
        printf("%s{\"text\":\"%s\",\"ids_special\":", first ? "" : ",\n", hex(text).c_str());
        ids_json(special);
        printf(",\"ids_plain\":");
        ids_json(plain);
        printf(",\"detok_plain_unparse\":\"%s\"", hex(detok(v, plain, false, true)).c_str());
        printf(",\"detok_special_remove\":\"%s\"", hex(detok(v, special, true, false)).c_str());
        printf(",\"detok_special_unparse\":\"%s\"}", hex(detok(v, special, false, true)).c_str());
        first = false;
    }
    printf("\n]}\n");
    llama_model_free(model);
    return 0;
}
