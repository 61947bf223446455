package merchlab.importer.format;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import merchlab.behaviour.Event;
import merchlab.behaviour.EventType;
import merchlab.importer.DataKind;
import merchlab.importer.read.LineReader;
import merchlab.importer.read.RowProblem;
import merchlab.importer.read.Utf8;

/**
 * One shopper per line, {@code shopper product product ...} separated by spaces or tabs, products in time order: the
 * layout of many public sequential-recommendation data sets (the S3-Rec Amazon files, for example). Each product is one
 * purchase. The files carry no times, so the n-th purchase of a line (from 0) gets the synthetic timestamp
 * {@link #START} + n seconds: every shopper's order is kept exactly, and times say nothing across shoppers.
 */
final class SequenceLinesFormat implements FileFormat {
    /** The synthetic time of every shopper's first purchase: 2000-01-01T00:00:00Z, in epoch milliseconds. */
    static final long START = 946_684_800_000L;
    private static final Pattern TOKENS = Pattern.compile("[\\p{L}\\p{N}_.:@#-]+([ \\t]+[\\p{L}\\p{N}_.:@#-]+)*");
    private static final Pattern SPACE = Pattern.compile("[ \\t]+");

    @Override
    public String name() {
        return "sequence-lines";
    }

    @Override
    public Set<DataKind> kinds() {
        return Set.of(DataKind.EVENTS);
    }

    /**
     * Sure enough (4) when every line seen is plain tokens, some line has two or more, and the first line is no header
     * (its first token holds a digit, as ids do); lower than any format that knows its header.
     */
    @Override
    public int recognise(Sniff sniff) {
        List<String> lines = sniff.lines();
        if (lines.isEmpty() || sniff.isJson()) {
            return 0;
        }
        for (String line : lines) {
            if (!TOKENS.matcher(line.strip()).matches()) {
                return 0;
            }
        }
        boolean pairs = lines.stream().anyMatch(l -> SPACE.split(l.strip()).length >= 2);
        String first = SPACE.split(lines.get(0).strip())[0];
        return pairs && first.chars().anyMatch(Character::isDigit) ? 4 : 0;
    }

    @Override
    public void read(ImportSource source, RowSink sink) throws IOException {
        Utf8 utf8 = new Utf8();
        try (LineReader reader = new LineReader(source.stream())) {
            while (reader.next()) {
                sink.begin(reader.line());
                if (reader.tooLong()) {
                    sink.reject("line longer than 8 MiB");
                    continue;
                }
                try {
                    String line = utf8.decode(reader.buffer(), reader.offset(), reader.length(), "line").strip();
                    String[] tokens = SPACE.split(line);
                    if (tokens.length < 2) {
                        throw new RowProblem("a shopper without products");
                    }
                    for (int i = 1; i < tokens.length; i++) {
                        sink.event(new Event(START + (i - 1) * 1000L, tokens[0], null, EventType.PURCHASE, tokens[i],
                                null, null, null, null, null, null, null, null));
                    }
                    sink.accept();
                } catch (RowProblem p) {
                    sink.reject(p.getMessage());
                }
            }
        }
    }
}
