package io.healthpage.json;

import io.healthpage.problem.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects problems up to a cap. Not thread-safe: one per read. */
final class Problems {
    private final List<Problem> list = new ArrayList<>();
    private final int max;
    private boolean truncated;

    Problems(int max) {
        this.max = max;
    }

    void add(Problem p) {
        if (list.size() < max) list.add(p);
        else truncated = true;
    }

    int errorCount() {
        int n = 0;
        for (Problem p : list) if (p.isError()) n++;
        return n + (truncated ? 1 : 0);
    }

    boolean truncated() {
        return truncated;
    }

    List<Problem> list() {
        return Collections.unmodifiableList(list);
    }
}
