package dev.webaccel.reference;

/**
 * PyTorch weight normalisation (torch.nn.utils.weight_norm / parametrizations.weight_norm): w = g * v / ||v||, the norm
 * taken over every dimension except dim, so g holds one value per index along dim. v is row-major with the given shape.
 */
public final class WeightNorm {
    private WeightNorm() {
    }

    public static float[] apply(float[] g, float[] v, int[] shape, int dim) {
        Shapes.require(dim >= 0 && dim < shape.length, "dim must name a dimension of shape");
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        Shapes.require(v.length == size, "v must hold the product of shape values");
        Shapes.require(g.length == shape[dim], "g must hold shape[dim] values");
        int inner = 1;
        for (int d = dim + 1; d < shape.length; d++) {
            inner *= shape[d];
        }
        int along = shape[dim];
        double[] squares = new double[along];
        for (int i = 0; i < size; i++) {
            int index = (i / inner) % along;
            squares[index] += (double) v[i] * v[i];
        }
        float[] out = new float[size];
        for (int i = 0; i < size; i++) {
            int index = (i / inner) % along;
            out[i] = (float) (g[index] * (v[i] / Math.sqrt(squares[index])));
        }
        return out;
    }
}
