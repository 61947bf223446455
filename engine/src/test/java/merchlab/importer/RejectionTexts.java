package merchlab.importer;

import java.util.List;

/** For tests about where and why rows were rejected: the rejections without the rows' text. */
final class RejectionTexts {
    private RejectionTexts() {
    }

    static List<Rejection> withoutText(List<Rejection> rejections) {
        return rejections.stream().map(RejectionTexts::withoutText).toList();
    }

    static Rejection withoutText(Rejection r) {
        return new Rejection(r.file(), r.line(), r.reason());
    }
}
