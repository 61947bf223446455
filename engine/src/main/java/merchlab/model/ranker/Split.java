package merchlab.model.ranker;

import java.util.Random;
import java.util.stream.IntStream;
import merchlab.features.TrainingExamples;

/**
 * Training and validation rows: the newest result lists are held out for early stopping; when they lack clicks (or
 * non-clicks), every tenth result list is held out instead.
 */
final class Split {
    final int[] train;
    final int[] validation;

    private Split(int[] train, int[] validation) {
        this.train = train;
        this.validation = validation;
    }

    static Split of(TrainingExamples examples, double share) {
        int n = examples.size();
        int cut = (int) Math.round(n * (1 - share));
        while (cut > 0 && cut < n && examples.request(cut) == examples.request(cut - 1)) {
            cut++;
        }
        int finalCut = cut;
        Split byTime = new Split(IntStream.range(0, finalCut).toArray(), IntStream.range(finalCut, n).toArray());
        if (bothClasses(examples, byTime.validation)) {
            return byTime;
        }
        Split every = new Split(IntStream.range(0, n).filter(i -> Math.floorMod(examples.request(i), 10) != 9).toArray(),
                IntStream.range(0, n).filter(i -> Math.floorMod(examples.request(i), 10) == 9).toArray());
        if (bothClasses(examples, every.validation) && every.train.length > 0) {
            return every;
        }
        return new Split(IntStream.range(0, n).toArray(), new int[0]);
    }

    private static boolean bothClasses(TrainingExamples examples, int[] rows) {
        boolean pos = false;
        boolean neg = false;
        for (int i : rows) {
            if (examples.clicked(i)) {
                pos = true;
            } else {
                neg = true;
            }
            if (pos && neg) {
                return true;
            }
        }
        return false;
    }

    /** Training rows in a fresh random order (Fisher-Yates with the given generator). */
    int[] shuffledTrain(Random random) {
        int[] order = train.clone();
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
