package merchlab.sample.io;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.csv.CsvRows;
import merchlab.sample.Lang;
import merchlab.sample.catalog.Gender;
import merchlab.sample.catalog.Vocabulary;
import merchlab.sample.query.QueryIntent;
import merchlab.sample.query.QueryKind;

/** Reads a generated {@code queries.csv} back into true query intents, keyed by query text. */
public final class QueryFileReader {
    private QueryFileReader() {
    }

    public static Map<String, QueryIntent> read(Path queriesCsv, Vocabulary vocabulary) {
        Map<String, QueryIntent> intents = new LinkedHashMap<>();
        try (CsvRows in = CsvRows.open(queriesCsv)) {
            List<String> header = in.next();
            if (header == null || !header.subList(0, 8).equals(QueryFiles.QUERY_COLUMNS.subList(0, 8))) {
                throw new MerchLabException(queriesCsv + " is not a generated queries.csv");
            }
            for (List<String> row = in.next(); row != null; row = in.next()) {
                Lang lang = Lang.parse(row.get(1));
                QueryIntent intent = new QueryIntent(row.get(0), lang, QueryKind.parse(row.get(2)),
                        vocabulary.leafByPath(row.get(3)), vocabulary.brandByName(row.get(4)),
                        vocabulary.colourByName(row.get(5)),
                        row.size() > 8 ? Gender.parse(row.get(8)) : Gender.NONE, number(row.get(6)),
                        number(row.get(7)));
                intents.put(intent.text(), intent);
            }
        }
        return intents;
    }

    private static Double number(String cell) {
        return cell == null || cell.isEmpty() ? null : Double.valueOf(cell);
    }
}
