package org.qimma.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkeletonFilterTest {

    @Test
    void hashIsTheSkeletonsHash() {
        for (String w : List.of("توكايف", "توكاييف", "اردوغان", "ووو", "اا", "", "ببب", "يوسف", "ءاءا", "مممحمد")) {
            assertEquals(EntityDictionary.skeleton(w).hashCode(), SkeletonFilter.skeletonHash(w), w);
        }
    }

    @Test
    void holdsEverySkeletonItWasGiven() {
        List<String> names = List.of("توكاييف", "اردوغان", "ميرضيايف", "لوكاشينكو");
        SkeletonFilter f = SkeletonFilter.of(names.stream().map(EntityDictionary::skeleton).toList());
        for (String n : names) assertTrue(f.mayContainSkeletonOf(n), n);
        assertTrue(f.mayContainSkeletonOf("توكايف")); // the same skeleton as توكاييف
    }
}
