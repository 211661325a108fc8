package dev.webaccel.workload.cases;

import dev.webaccel.workload.KernelSpec;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which WGSL file, entry and override constants run an operation: the guide's
 * {@code generate_compute_shader(operation, bits, browser, adaptive_precision, layer_type, config)}.
 * Nothing is generated; every kernel is a checked-in file under {@code wgsl/}, and this only picks one.
 *
 * <p>config keys (all optional): {@code adaptive_precision} (boolean: bits come from {@link MixedPrecision#GUIDE}
 * by layer type instead of the {@code bits} argument), {@code per_channel}, {@code symmetric} (booleans; they
 * change the packed weights, not the kernel, which reads scale and zero point for both), {@code group_size}
 * (int), {@code variant} ("fft" | "dft", logmel only), {@code workgroup_size} (int, replaces the browser preset's).
 * Unknown keys are rejected, so a typo cannot silently select the default.
 */
public final class ShaderCatalogue {
    private static final Set<String> CONFIG_KEYS = Set.of("adaptive_precision", "per_channel", "symmetric", "group_size",
            "variant", "workgroup_size");
    private static final Set<String> ELEMENTWISE = Set.of("add", "mul", "gelu", "silu");

    private ShaderCatalogue() {
    }

    /**
     * @param op matmul (bits 32: f32 tiled, 16: f16 tiled, 8/4/3/2: packed qmatmul), qmatmul, logmel, add, mul,
     *     gelu, silu, softmax, layernorm, attention, conv1d, conv2d_patch
     * @param layerType attention | feed_forward | anything else (used with adaptive_precision)
     * @param browser chrome | firefox | anything else (picks a {@link BrowserPreset})
     */
    public static KernelSpec select(String op, int bits, String layerType, String browser, Map<String, Object> config) {
        Map<String, Object> cfg = config == null ? Map.of() : config;
        for (String key : cfg.keySet()) {
            if (!CONFIG_KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown shader config key '" + key + "'; known: " + CONFIG_KEYS);
            }
        }
        BrowserPreset preset = BrowserPreset.of(browser);
        String name = op.trim().toLowerCase(Locale.ROOT);
        if (name.equals("matmul") || name.equals("qmatmul")) {
            return matmul(effectiveBits(bits, layerType, cfg));
        }
        if (name.equals("logmel")) {
            String variant = String.valueOf(cfg.getOrDefault("variant", "fft"));
            if (!variant.equals("fft") && !variant.equals("dft")) {
                throw new IllegalArgumentException("logmel variant must be fft or dft, was " + variant);
            }
            int wg = intOf(cfg, "workgroup_size", preset.audioWorkgroup());
            if (Integer.bitCount(wg) != 1) {
                throw new IllegalArgumentException("logmel workgroup_size must be a power of two (log_max reduces by halving), was " + wg);
            }
            return new KernelSpec("logmel.wgsl", "logmel_" + variant, Map.of("WG", wg));
        }
        if (ELEMENTWISE.contains(name)) {
            return new KernelSpec("elementwise.wgsl", name, workgroup(cfg, "WG"));
        }
        return switch (name) {
            case "softmax" -> new KernelSpec("softmax.wgsl", "softmax", workgroup(cfg, "WG"));
            case "layernorm" -> new KernelSpec("layernorm.wgsl", "layernorm", workgroup(cfg, "WG"));
            case "attention" -> new KernelSpec("attention.wgsl", "attention", workgroup(cfg, "WG"));
            case "conv1d" -> new KernelSpec("conv1d.wgsl", "conv1d", Map.of());
            case "conv2d_patch" -> new KernelSpec("conv2d_patch.wgsl", "conv2d_patch", Map.of());
            default -> throw new IllegalArgumentException("no kernel for op '" + op + "'");
        };
    }

    /** The weight bits used: the layer type's {@link MixedPrecision#GUIDE} bits with adaptive_precision, else bits. */
    public static int effectiveBits(int bits, String layerType, Map<String, Object> config) {
        boolean adaptive = Boolean.TRUE.equals(config == null ? null : config.get("adaptive_precision"));
        return adaptive ? MixedPrecision.GUIDE.bitsFor(layerType) : bits;
    }

    static void requireQuantizedBits(int bits) {
        if (bits != 2 && bits != 3 && bits != 4 && bits != 8) {
            throw new IllegalArgumentException("quantized weights are 2, 3, 4 or 8 bits, was " + bits);
        }
    }

    private static KernelSpec matmul(int bits) {
        return switch (bits) {
            case 32 -> new KernelSpec("matmul.wgsl", "matmul_tiled", Map.of("WG_X", 16, "WG_Y", 16, "TILE_K", 16));
            case 16 -> new KernelSpec("matmul_f16.wgsl", "matmul_tiled", Map.of("WG_X", 16, "WG_Y", 16, "TILE_K", 16));
            default -> {
                requireQuantizedBits(bits);
                yield new KernelSpec("qmatmul.wgsl", "qmatmul", Map.of("BITS", bits, "WG", 64));
            }
        };
    }

    private static Map<String, Number> workgroup(Map<String, Object> cfg, String constant) {
        Map<String, Number> constants = new HashMap<>();
        if (cfg.containsKey("workgroup_size")) {
            constants.put(constant, intOf(cfg, "workgroup_size", 0));
        }
        return constants;
    }

    private static int intOf(Map<String, Object> cfg, String key, int fallback) {
        Object value = cfg.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number number) || number.intValue() <= 0 || number.doubleValue() != number.intValue()) {
            throw new IllegalArgumentException("config '" + key + "' must be a positive integer, was " + value);
        }
        return number.intValue();
    }
}
