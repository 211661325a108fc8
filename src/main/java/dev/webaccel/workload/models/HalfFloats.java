package dev.webaccel.workload.models;

/** IEEE 754 binary16 to and from binary32 (Java 17 has no Float.float16ToFloat / floatToFloat16). */
final class HalfFloats {
    private HalfFloats() {
    }

    static float f16ToF32(short half) {
        int bits = half & 0xffff;
        int sign = (bits & 0x8000) << 16;
        int exponent = (bits >>> 10) & 0x1f;
        int mantissa = bits & 0x3ff;
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
        }
        if (exponent == 0) {
            float magnitude = mantissa * 0x1p-24f;
            return sign == 0 ? magnitude : -magnitude;
        }
        return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
    }

    /** Rounded to nearest even; beyond 65504 to infinity; NaN stays NaN. */
    static short f32ToF16(float f) {
        int bits = Float.floatToRawIntBits(f);
        int sign = (bits >>> 16) & 0x8000;
        int val = bits & 0x7fffffff;
        if (val >= 0x7f800000) {
            return (short) (sign | 0x7c00 | (val > 0x7f800000 ? 0x200 : 0));
        }
        if (val >= 0x477ff000) {
            return (short) (sign | 0x7c00);
        }
        if (val < 0x38800000) {
            if (val < 0x33000000) {
                return (short) sign;
            }
            int exp = val >>> 23;
            int mant = (val & 0x7fffff) | 0x800000;
            int shift = 126 - exp;
            return (short) (sign | roundedShift(mant, shift));
        }
        int half = (((val >>> 23) - 112) << 10) | ((val & 0x7fffff) >>> 13);
        int rem = val & 0x1fff;
        if (rem > 0x1000 || (rem == 0x1000 && (half & 1) == 1)) {
            half++;
        }
        return (short) (sign | half);
    }

    private static int roundedShift(int mant, int shift) {
        int kept = mant >>> shift;
        int rem = mant & ((1 << shift) - 1);
        int halfway = 1 << (shift - 1);
        return rem > halfway || (rem == halfway && (kept & 1) == 1) ? kept + 1 : kept;
    }
}
