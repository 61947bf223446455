package merchlab.importer.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import merchlab.MerchLabException;
import merchlab.importer.DataKind;
import merchlab.importer.read.RowProblem;

/**
 * The OpenSearch Search Relevance Workbench judgment list: one JSON document with {@code judgmentRatings}, a list of
 * {@code {query, ratings: [{docId, rating}]}}. Each rating is a record, reported at its line; the rating is stored as
 * given (the ESCI lists use 100/10/1/0, that is 100 times the ESCI gains).
 */
final class OpenSearchJudgmentsFormat implements FileFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String name() {
        return "opensearch-judgments";
    }

    @Override
    public Set<DataKind> kinds() {
        return Set.of(DataKind.JUDGMENTS);
    }

    @Override
    public int recognise(Sniff sniff) {
        String t = sniff.text().stripLeading();
        return t.startsWith("{") && t.contains("\"judgmentRatings\"") ? 10 : 0;
    }

    private record Rating(long line, JsonNode node) {
    }

    @Override
    public void read(ImportSource source, RowSink sink) throws IOException {
        JsonFactory factory = MAPPER.getFactory();
        boolean found = false;
        try (JsonParser p = factory.createParser(source.stream())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MerchLabException(source.fileName() + " is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("judgmentRatings") && value == JsonToken.START_ARRAY) {
                    found = true;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        query(p, sink);
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new MerchLabException(source.fileName() + " is not valid JSON at line " + line + ": "
                    + merchlab.importer.read.Numbers.clip(
                            e.getOriginalMessage().lines().findFirst().orElse("syntax error"), 120));
        }
        if (!found) {
            throw new MerchLabException(source.fileName() + " has no judgmentRatings list");
        }
    }

    /** Reads one {@code {query, ratings}} object; the parser stands on its START_OBJECT. */
    private static void query(JsonParser p, RowSink sink) throws IOException {
        long queryLine = p.currentLocation().getLineNr();
        String query = null;
        List<Rating> ratings = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("query") && value.isScalarValue()) {
                query = p.getValueAsString();
            } else if (field.equals("ratings") && value == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    long line = p.currentLocation().getLineNr();
                    ratings.add(new Rating(line, MAPPER.readTree(p)));
                }
            } else {
                p.skipChildren();
            }
        }
        String text = query == null || query.isBlank() ? null : query.strip();
        if (ratings.isEmpty()) {
            sink.begin(queryLine);
            sink.reject(text == null ? "judgment entry without query and ratings" : "query '" + merchlab.importer.read.Numbers.clip(text) + "' has no ratings");
            return;
        }
        for (Rating r : ratings) {
            sink.begin(r.line());
            try {
                if (text == null) {
                    throw new RowProblem("rating without a query");
                }
                String doc = r.node().isObject() ? JsonValues.text(r.node(), "docId") : null;
                if (doc == null) {
                    throw new RowProblem("missing docId");
                }
                sink.judgment(text, doc, Grades.parse(JsonValues.text(r.node(), "rating")));
                sink.accept();
            } catch (RowProblem e) {
                sink.reject(e.getMessage());
            }
        }
    }
}
