# Gathers tokref's per-model outputs (<model>.json, run on every GGUF listed in
# VARIANTS) into llamacpp_tokenize.json, the file tests/tokenizer.rs reads.
import json
exec(open('texts.py').read())
def ranges(ids):
    out=[]
    for i in ids:
        if out and out[-1][1]==i: out[-1][1]=i+1
        else: out.append([i,i+1])
    return out
def text_or_hex(h):
    b=bytes.fromhex(h)
    try: return b.decode('utf-8')
    except UnicodeDecodeError: return 'hex:'+h
out={"generator":"A model with a variant is the base model's GGUF metadata with the listed keys set or removed (made by gguf-py, loaded by llama.cpp with vocab_only). tokref.cpp (beside this file) against llama.cpp 0c1e57098 as vendored in llama-cpp-python 0.3.36; texts from texts.py. ids_special = llama_tokenize(add_special=true, parse_special=true); ids_plain = (false, false). detok_* = llama_detokenize of ids_plain (remove_special=false, unparse_special=true), of ids_special (true, false) and of ids_special (false, true); strings starting with 'hex:' are not valid UTF-8. control/eog are [start, end) id ranges; pieces_fnv1a64_special is FNV-1a 64 over every token's llama_token_to_piece(special=true), each as u32 LE length then bytes.",
     "texts":TEXTS,"models":{}}
VARIANTS={'tiny':None,'smollm2':None,'gemma3':None,
  'gemma3_space_prefix':{'base':'gemma3','set_bool':{'tokenizer.ggml.add_space_prefix':True}}}
for pre in ['gpt-2','llama-bpe','qwen2','tekken','gpt-4o','falcon','starcoder','stablelm2','bloom']:
    VARIANTS['smollm2_pre_'+pre.replace('-','_')]={'base':'smollm2','set_str':{'tokenizer.ggml.pre':pre}}
VARIANTS['smollm2_pre_missing']={'base':'smollm2','remove':['tokenizer.ggml.pre']}
for m,variant in VARIANTS.items():
    d=json.load(open(m+'.json'))
    assert [bytes.fromhex(t['text']).decode() for t in d['texts']]==TEXTS
    out['models'][m]={"variant":variant,"n_vocab":d['n_vocab'],"bos":d['bos'],"eos":d['eos'],"add_bos":d['add_bos'],
        "eog":ranges(d['eog']),"control":ranges(d['control']),"pieces_fnv1a64_special":d['pieces_fnv1a64_special'],
        "results":[{"ids_special":t['ids_special'],"ids_plain":t['ids_plain'],
                    "detok_plain_unparse":text_or_hex(t['detok_plain_unparse']),
                    "detok_special_remove":text_or_hex(t['detok_special_remove']),
                    "detok_special_unparse":text_or_hex(t['detok_special_unparse'])} for t in d['texts']]}
s=json.dumps(out,ensure_ascii=False,separators=(',',':'))
# one result per line keeps diffs readable
s=s.replace('},{"ids_special"','},\n{"ids_special"')
open('llamacpp_tokenize.json','w').write(s+'\n')
print(len(s))
for m in out['models']:
    print(m, out['models'][m]['eog'], len(out['models'][m]['control']), sum('hex:' in json.dumps(r) for r in out['models'][m]['results']))
