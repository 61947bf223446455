package merchlab.importer;

import java.util.List;

/**
 * Why a delimited file cannot be read, in columns: the format that comes closest to reading it and the columns it
 * needs that the file's header lacks, with the header's own names to map them from.
 *
 * @param format  the format the file would be read as
 * @param missing the needed columns the header lacks, by the name the format knows them
 * @param header  the file's header names (normalised), to choose from
 */
public record ColumnGap(String format, List<String> missing, List<String> header) {
    public ColumnGap {
        missing = List.copyOf(missing);
        header = List.copyOf(header);
    }
}
