package dev.webaccel.workload.models;

import dev.webaccel.workload.SeededRandom;
import java.util.Arrays;

/**
 * Deterministic inputs for the presets, shaped like a tokenizer's or image processor's output: BERT [CLS] ... [SEP]
 * with a padding tail (mask 0) and two segments; CLIP's bos ... eos padded with eos (49407, as the CLIP tokenizer
 * pads), so pooling picks the first eos; a LLaMA prompt after bos; images with values in [-1, 1] as after
 * normalisation with mean 0.5 and std 0.5.
 */
public final class PresetInputs {
    private static final int BERT_CLS = 101;
    private static final int BERT_SEP = 102;
    private static final int BERT_FIRST_WORD = 1996;
    private static final int CLIP_BOS = 49406;
    private static final int CLIP_EOS = 49407;

    /** CI: small enough for the default browser suite; FULL: the benchmark's sizes. */
    public enum Size {
        CI(16, 8, 8), FULL(128, 77, 64);

        final int bertTokens;
        final int clipTokens;
        final int llamaTokens;

        Size(int bertTokens, int clipTokens, int llamaTokens) {
            this.bertTokens = bertTokens;
            this.clipTokens = clipTokens;
            this.llamaTokens = llamaTokens;
        }

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** BERT's input_ids, attention_mask and token_type_ids. */
    public record BertInput(int[] ids, int[] mask, int[] tokenTypes) {
    }

    private PresetInputs() {
    }

    /** A quarter of the tokens are padding; the real ones are two segments (type 0, then type 1). */
    public static BertInput bert(long seed, Size size, int vocab) {
        int seq = size.bertTokens;
        int real = seq - seq / 4;
        SeededRandom r = new SeededRandom(seed);
        int[] ids = new int[seq];
        int[] mask = new int[seq];
        int[] types = new int[seq];
        for (int i = 0; i < real; i++) {
            ids[i] = i == 0 ? BERT_CLS : i == real - 1 ? BERT_SEP : BERT_FIRST_WORD + r.nextInt(vocab - BERT_FIRST_WORD);
            mask[i] = 1;
            types[i] = i >= real / 2 ? 1 : 0;
        }
        return new BertInput(ids, mask, types);
    }

    /** Two texts: a short one padded with eos and one that fills the context. */
    public static int[][] clipTexts(long seed, Size size) {
        int seq = size.clipTokens;
        SeededRandom r = new SeededRandom(seed);
        return new int[][] {clipText(r, seq, Math.max(3, seq / 4 + 2)), clipText(r, seq, seq)};
    }

    private static int[] clipText(SeededRandom r, int seq, int length) {
        int[] ids = new int[seq];
        Arrays.fill(ids, CLIP_EOS);
        ids[0] = CLIP_BOS;
        for (int i = 1; i < length - 1; i++) {
            ids[i] = r.nextInt(CLIP_BOS);
        }
        return ids;
    }

    /** A prompt: bos (0 for SmolLM) then random ids. */
    public static int[] llamaPrompt(long seed, Size size, int vocab, int bos) {
        SeededRandom r = new SeededRandom(seed);
        int[] ids = new int[size.llamaTokens];
        ids[0] = bos;
        for (int i = 1; i < ids.length; i++) {
            ids[i] = r.nextInt(vocab);
        }
        return ids;
    }

    /** channels x side x side values in [-1, 1]. */
    public static float[] image(long seed, int channels, int side) {
        return new SeededRandom(seed).uniform(channels * side * side, -1f, 1f);
    }
}
