# Gemma 3's vocabulary with the SPM space prefix switched on.
import gguf
src = gguf.GGUFReader('/root/.cache/realm/models/gemma3-270m-q4_k_m.gguf')
w = gguf.GGUFWriter('gemma3_space_prefix.gguf', 'gemma3')
for key, f in src.fields.items():
    if key.startswith('GGUF.') or key == 'general.architecture':
        continue
    if key == 'tokenizer.ggml.add_space_prefix':
        w.add_bool(key, True); continue
    vtype = f.types[0]
    if vtype == gguf.GGUFValueType.ARRAY:
        w.add_key_value(key, f.contents(), vtype, sub_type=f.types[-1])
    else:
        w.add_key_value(key, f.contents(), vtype)
w.write_header_to_file(); w.write_kv_data_to_file(); w.write_tensors_to_file(); w.close()
