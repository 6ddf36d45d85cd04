# SmolLM2's vocabulary and merges under other pre-tokenizers (metadata only,
# no tensors: llama.cpp loads it with vocab_only).
import gguf, sys
src = gguf.GGUFReader('/root/.cache/realm/models/SmolLM2-135M-Instruct.Q4_1.gguf')
for pre in ['gpt-2', 'llama-bpe', 'qwen2', None, 'tekken', 'gpt-4o', 'falcon', 'starcoder', 'stablelm2', 'bloom']:
    name = 'smollm2_pre_' + (pre or 'missing').replace('-', '_')
    w = gguf.GGUFWriter(name + '.gguf', 'llama')
    for key, f in src.fields.items():
        if key.startswith('GGUF.') or key == 'general.architecture':
            continue
        if key == 'tokenizer.ggml.pre':
            if pre is not None:
                w.add_string(key, pre)
            continue
        vtype = f.types[0]
        if vtype == gguf.GGUFValueType.ARRAY:
            w.add_key_value(key, f.contents(), vtype, sub_type=f.types[-1])
        else:
            w.add_key_value(key, f.contents(), vtype)
    w.write_header_to_file(); w.write_kv_data_to_file(); w.write_tensors_to_file(); w.close()
    print(name)
