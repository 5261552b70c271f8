"""A small BERT-style token classifier in plain PyTorch.

Same structure as Hugging Face's BertForTokenClassification (word + position +
token-type embeddings, LayerNorm, post-LN encoder layers with GELU feed-forward,
dropout, linear classifier), so the exported ONNX graph takes the usual three
inputs: input_ids, attention_mask, token_type_ids.
"""
import math
import torch
import torch.nn as nn
import torch.nn.functional as F


class Embeddings(nn.Module):
    def __init__(self, vocab_size, hidden, max_pos, type_vocab, dropout):
        super().__init__()
        self.word = nn.Embedding(vocab_size, hidden, padding_idx=0)
        self.position = nn.Embedding(max_pos, hidden)
        self.token_type = nn.Embedding(type_vocab, hidden)
        self.norm = nn.LayerNorm(hidden, eps=1e-12)
        self.drop = nn.Dropout(dropout)

    def forward(self, input_ids, token_type_ids):
        seq = input_ids.shape[1]
        pos = torch.arange(seq, device=input_ids.device).unsqueeze(0)
        x = self.word(input_ids) + self.position(pos) + self.token_type(token_type_ids)
        return self.drop(self.norm(x))


class Layer(nn.Module):
    def __init__(self, hidden, heads, inter, dropout, attn_dropout):
        super().__init__()
        self.heads = heads
        self.dh = hidden // heads
        self.q = nn.Linear(hidden, hidden)
        self.k = nn.Linear(hidden, hidden)
        self.v = nn.Linear(hidden, hidden)
        self.o = nn.Linear(hidden, hidden)
        self.norm1 = nn.LayerNorm(hidden, eps=1e-12)
        self.ff1 = nn.Linear(hidden, inter)
        self.ff2 = nn.Linear(inter, hidden)
        self.norm2 = nn.LayerNorm(hidden, eps=1e-12)
        self.drop = nn.Dropout(dropout)
        self.attn_drop = nn.Dropout(attn_dropout)

    def split(self, x):
        b, s, _ = x.shape
        return x.view(b, s, self.heads, self.dh).transpose(1, 2)

    def forward(self, x, bias):
        b, s, h = x.shape
        q, k, v = self.split(self.q(x)), self.split(self.k(x)), self.split(self.v(x))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(self.dh) + bias
        probs = self.attn_drop(torch.softmax(scores, dim=-1))
        ctx = torch.matmul(probs, v).transpose(1, 2).reshape(b, s, h)
        x = self.norm1(x + self.drop(self.o(ctx)))
        y = self.ff2(F.gelu(self.ff1(x)))
        return self.norm2(x + self.drop(y))


class BertTagger(nn.Module):
    def __init__(self, vocab_size, num_labels, hidden=128, layers=3, heads=4,
                 inter=512, max_pos=256, type_vocab=2, dropout=0.1, attn_dropout=0.1,
                 pos_init="sin", pos_scale=0.02 * math.sqrt(2)):
        super().__init__()
        self.emb = Embeddings(vocab_size, hidden, max_pos, type_vocab, dropout)
        self.layers = nn.ModuleList([Layer(hidden, heads, inter, dropout, attn_dropout) for _ in range(layers)])
        self.drop = nn.Dropout(dropout)
        self.classifier = nn.Linear(hidden, num_labels)
        self.apply(self._init)
        if pos_init == "sin":
            # Sinusoidal start for the (learned, absolute) position embeddings: their dot products
            # then depend on relative distance, so attention finds a character's neighbours early
            # instead of after a long plateau. Scaled to the word embeddings' size.
            pos = torch.arange(max_pos, dtype=torch.float)[:, None]
            div = torch.exp(torch.arange(0, hidden, 2, dtype=torch.float) * (-math.log(10000.0) / hidden))
            pe = torch.zeros(max_pos, hidden)
            pe[:, 0::2] = torch.sin(pos * div)
            pe[:, 1::2] = torch.cos(pos * div)
            with torch.no_grad():
                self.emb.position.weight.copy_(pe * pos_scale)

    @staticmethod
    def _init(m):
        # Linear layers: Xavier-uniform. BERT's N(0, 0.02) is tuned for hidden 768; at hidden 128
        # it leaves the post-LN stack nearly inert and training stalls at the label marginals.
        if isinstance(m, nn.Linear):
            nn.init.xavier_uniform_(m.weight)
        if isinstance(m, nn.Embedding):
            nn.init.normal_(m.weight, mean=0.0, std=0.02)
        if isinstance(m, nn.Linear) and m.bias is not None:
            nn.init.zeros_(m.bias)
        if isinstance(m, nn.Embedding) and m.padding_idx is not None:
            with torch.no_grad():
                m.weight[m.padding_idx].zero_()
        if isinstance(m, nn.LayerNorm):
            nn.init.ones_(m.weight)
            nn.init.zeros_(m.bias)

    def forward(self, input_ids, attention_mask, token_type_ids):
        x = self.emb(input_ids, token_type_ids)
        # [batch, 1, 1, seq]: 0 where attended, -10000 where masked (BERT convention)
        bias = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        return self.classifier(self.drop(x))
