package merchlab.importer;

import java.util.List;

/**
 * The outcome of one import, as stored in the workspace and shown to the user.
 *
 * @param status     {@code completed}, {@code failed} or {@code cancelled}
 * @param rejections the first rejected rows (all of them are stored in the workspace)
 */
public record ImportReport(long id, String file, String format, String status, long accepted, long rejected,
                           List<Rejection> rejections, double seconds) {
    public ImportReport {
        rejections = List.copyOf(rejections);
    }
}
