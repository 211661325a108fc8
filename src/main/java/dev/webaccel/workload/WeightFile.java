package dev.webaccel.workload;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A safetensors file a case's graph reads weights from, and what the model's config says it must hold. The page
 * fetches it in byte ranges ({@code /runs/<id>/files/<id>}), parses its header and checks every tensor against
 * {@code tensors} before anything is uploaded; the path never leaves Java.
 *
 * @param id the name the page fetches it by ([A-Za-z0-9_.-]+), unique within a plan
 * @param tensors the tensors the graph reads, by their names in the file, with the shapes the config implies
 * @param ignored tensors the file may also hold that the graph does not read (e.g. a pooler a config leaves
 *     unused); any other tensor in the file is an error, as it means another architecture or config
 */
public record WeightFile(String id, Path path, List<WeightTensor> tensors, List<String> ignored) {
    public WeightFile {
        tensors = List.copyOf(tensors);
        ignored = List.copyOf(ignored);
        if (!id.matches("[A-Za-z0-9_.\\-]+")) {
            throw new IllegalArgumentException("weight file id must be [A-Za-z0-9_.-]+, was '" + id + "'");
        }
        Set<String> names = new HashSet<>();
        for (WeightTensor t : tensors) {
            if (!names.add(t.name())) {
                throw new IllegalArgumentException("weight file " + id + " lists tensor '" + t.name() + "' twice");
            }
        }
    }

    /** One tensor the graph reads: its name in the file (also its tensor name in the graph) and expected shape. */
    public record WeightTensor(String name, List<Integer> shape) {
        public WeightTensor {
            shape = List.copyOf(shape);
        }

        public long elements() {
            return shape.stream().mapToLong(Integer::longValue).reduce(1, Math::multiplyExact);
        }
    }
}
