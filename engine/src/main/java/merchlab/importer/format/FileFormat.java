package merchlab.importer.format;

import java.io.IOException;
import java.util.List;
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
     * The header columns a delimited format cannot do without, each with the names it also accepts (first the name it
     * is known by); empty for formats without a header. Detection names the missing ones when no format fits.
     */
    default List<List<String>> neededColumns() {
        return List.of();
    }

    /**
     * Whether the file names shoppers by personal data (an e-mail address, a phone number) rather than by a shop's
     * own id: such a file is pseudonymised unless the import asks to keep the ids.
     */
    default boolean namesShoppers() {
        return false;
    }

    /**
     * Streams every record of the file into {@code sink}; a problem with the whole file (a missing required column)
     * is a {@link merchlab.MerchLabException}, a problem with one record goes to the sink.
     */
    void read(ImportSource source, RowSink sink) throws IOException;
}
