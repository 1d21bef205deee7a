package io.healthpage.i18n;

import java.util.Arrays;

/** Converts character offsets of a file's text into 1-based line:column ({@code \n} ends a line). */
final class TextPositions {
    private final int[] lineStarts;

    TextPositions(CharSequence text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, n);
    }

    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, offset));
        return (i >= 0 ? i : -i - 2) + 1;
    }

    int column(int offset) {
        return Math.max(0, offset) - lineStarts[line(offset) - 1] + 1;
    }
}
