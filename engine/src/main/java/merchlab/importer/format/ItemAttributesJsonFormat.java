package merchlab.importer.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import merchlab.MerchLabException;
import merchlab.catalog.Product;
import merchlab.importer.DataKind;

/**
 * A catalog as one JSON object from product id to its list of attribute ids, {@code {"4": [1, 2, 3], ...}} (the
 * S3-Rec {@code *_item2attributes.json} files). Each entry becomes a product titled {@code item 4}, with the ids kept
 * as the attribute {@code attribute_ids} ({@code 1 2 3}); there is no text, brand or category.
 */
final class ItemAttributesJsonFormat implements FileFormat {
    private static final Pattern START = Pattern.compile("\\{\\s*\"[^\"]+\"\\s*:\\s*\\[\\s*(-?\\d|\"|\\])");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String name() {
        return "item-attributes-json";
    }

    @Override
    public Set<DataKind> kinds() {
        return Set.of(DataKind.CATALOG);
    }

    @Override
    public int recognise(Sniff sniff) {
        return START.matcher(sniff.text().stripLeading()).lookingAt() ? 8 : 0;
    }

    @Override
    public void read(ImportSource source, RowSink sink) throws IOException {
        try (JsonParser p = MAPPER.getFactory().createParser(source.stream())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MerchLabException(source.fileName() + " is not a JSON object of product ids");
            }
            long record = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String id = p.currentName().strip();
                JsonToken value = p.nextToken();
                sink.begin(++record);
                if (value != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    sink.reject("product " + id + ": attributes must be a list of ids");
                    continue;
                }
                List<String> ids = new ArrayList<>();
                boolean plain = true;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken().isScalarValue()) {
                        ids.add(p.getValueAsString());
                    } else {
                        p.skipChildren();
                        plain = false;
                    }
                }
                if (id.isEmpty() || !plain) {
                    sink.reject(id.isEmpty() ? "a product without an id" : "product " + id
                            + ": attribute ids must be numbers or text");
                    continue;
                }
                Map<String, String> attributes = ids.isEmpty() ? Map.of() : Map.of("attribute_ids", String.join(" ", ids));
                sink.product(new Product(id, "item " + id, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, attributes));
                sink.accept();
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new MerchLabException(source.fileName() + " is not valid JSON at line " + line + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("syntax error"));
        }
    }
}
