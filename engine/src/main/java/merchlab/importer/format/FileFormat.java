package merchlab.importer.format;

import java.io.IOException;
import java.util.Set;
import merchlab.importer.DataKind;

/** One importable file format: its name, what it holds, how it is recognised and how its records are read. */
public interface FileFormat {
    /** The name a user passes to {@code --format}, for example {@code events-csv}. */
    String name();

    /** The kinds of data this format holds. */
    Set<DataKind> kinds();

    /** How sure this format is that the sniffed file is in it: 0 not at all, 10 certain. */
    int recognise(Sniff sniff);

    /**
     * Streams every record of the file into {@code sink}; a problem with the whole file (a missing required column)
     * is a {@link merchlab.MerchLabException}, a problem with one record goes to the sink.
     */
    void read(ImportSource source, RowSink sink) throws IOException;
}
