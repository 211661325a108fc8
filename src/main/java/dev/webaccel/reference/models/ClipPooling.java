package dev.webaccel.reference.models;

/**
 * Where CLIPTextTransformer pools a text: with eos_token_id 2 (configs from before the tokenizer fix) at the highest
 * token id, as the original CLIP did; otherwise at the first token equal to eos_token_id, and at position 0 where
 * there is none (torch's argmax of an all-zero row).
 */
public final class ClipPooling {
    private static final int LEGACY_EOS_TOKEN_ID = 2;

    private ClipPooling() {
    }

    /** For every text of ids (batch x seq), the row of (batch*seq) x hidden to pool. */
    public static int[] rows(int[] ids, int batch, int seq, int eosTokenId) {
        int[] rows = new int[batch];
        for (int b = 0; b < batch; b++) {
            int position = eosTokenId == LEGACY_EOS_TOKEN_ID ? argmax(ids, b, seq) : firstEqual(ids, b, seq, eosTokenId);
            rows[b] = b * seq + position;
        }
        return rows;
    }

    private static int argmax(int[] ids, int b, int seq) {
        int best = 0;
        for (int i = 1; i < seq; i++) {
            if (ids[b * seq + i] > ids[b * seq + best]) {
                best = i;
            }
        }
        return best;
    }

    private static int firstEqual(int[] ids, int b, int seq, int eosTokenId) {
        for (int i = 0; i < seq; i++) {
            if (ids[b * seq + i] == eosTokenId) {
                return i;
            }
        }
        return 0;
    }
}
