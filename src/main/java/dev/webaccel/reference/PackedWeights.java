package dev.webaccel.reference;

/**
 * A quantized weight matrix W (rows x cols, row-major; rows = output channels) in the layout the
 * qmatmul kernel reads. See {@link WeightPacker} for the bit layout.
 *
 * @param words  rows * wordsPerRow() u32 words (Java int bits)
 * @param scales rows * groupsPerRow() floats, group g of row r at r * groupsPerRow() + g
 * @param zeros  same layout as scales; integer-valued zero points stored as float
 */
public record PackedWeights(int bits, int rows, int cols, int groupSize, QuantScheme scheme,
                            int[] words, float[] scales, float[] zeros) {

    public int valuesPerWord() {
        return WeightPacker.valuesPerWord(bits);
    }

    public int wordsPerRow() {
        return WeightPacker.wordsPerRow(cols, bits);
    }

    public int groupsPerRow() {
        return (cols + groupSize - 1) / groupSize;
    }

    public int code(int row, int col) {
        int vpw = valuesPerWord();
        int word = words[row * wordsPerRow() + col / vpw];
        return (word >>> ((col % vpw) * bits)) & ((1 << bits) - 1);
    }

    public float scale(int row, int col) {
        return scales[row * groupsPerRow() + col / groupSize];
    }

    public float zero(int row, int col) {
        return zeros[row * groupsPerRow() + col / groupSize];
    }

    public float dequantized(int row, int col) {
        return scale(row, col) * (code(row, col) - zero(row, col));
    }

    public float[] dequantize() {
        float[] out = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[r * cols + c] = dequantized(r, c);
            }
        }
        return out;
    }
}
